"""``benchmarks/pairing_causes.py`` sorts the judged provisions resdiff pairs otherwise
than the judges by cause. The drafts here are hand-written in ordinary Council wording."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff

causes = load("pairing_causes")
_KEPT = [
    "Recalls its earlier decisions on the question;",
    "Requests the Secretary-General to keep the Council informed of the situation;",
]
_LAST = "Decides to remain seized of the matter."
_CALL = (
    "Calls upon the parties to cease hostilities in the entire area of conflict immediately "
    "and to withdraw all armed personnel to the positions held before the fighting;"
)
_DEMAND = (
    "Demands that the parties urgently honour their commitments to the Council to observe "
    "the cease-fire;"
)
_TRADE = "Welcomes the conference on trade and shipping to be held in Westport;"
_MUSEUM = "Encourages the restoration of the national museum and its collections;"


def _rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = resdiff.parse(draft([*_KEPT, _CALL, _TRADE, _LAST]))
    new = resdiff.parse(draft([*_KEPT, _DEMAND, _MUSEUM, _LAST]))
    pair = {
        "id": "made-up",
        "set": "dev",
        "old": "a.xml",
        "new": "b.xml",
        "judged": {"changes": items},
    }
    return causes.rows_between(pair, old, new, resdiff.compare(old, new))


def test_a_rewrite_left_as_dropped_and_added_is_apart_and_the_rest_is_not_listed() -> None:
    rows = _rows(
        [
            {"old": ["OP3"], "new": ["OP3"], "kind": "strengthened"},
            {"old": ["OP4"], "new": [], "kind": "dropped"},
            {"old": [], "new": ["OP4"], "kind": "added"},
        ]
    )
    # The call recast as a demand scores under every round's bar: resdiff reads it
    # dropped and added, the judges pair it. The trade conference and the museum the
    # judges and resdiff both read dropped and added: no row.
    assert [(r["old"], r["new"], r["cause"]) for r in rows] == [(["OP3"], ["OP3"], "apart")]
    (row,) = rows
    assert row["kind"] == "strengthened" and row["kindred"] and row["ref_delta"] == 0
    assert row["second_judges"] is None


def test_a_grouping_and_a_pair_the_judges_do_not_make_are_sorted_apart() -> None:
    rows = _rows(
        [
            {"old": ["OP3", "OP4"], "new": ["OP3"], "kind": "mixed"},
            {"old": [], "new": ["OP4"], "kind": "added"},
        ]
    )
    assert {r["cause"] for r in rows} == {"split_merge"}
    rows = _rows(
        [
            {"old": ["OP3"], "new": [], "kind": "dropped"},
            {"old": [], "new": ["OP3"], "kind": "added"},
            {"old": ["OP4"], "new": ["OP4"], "kind": "reworded"},
        ]
    )
    # The museum for the trade conference: paired by the judges, not by resdiff.
    assert [(r["old"], r["cause"]) for r in rows] == [(["OP4"], "apart")]
