"""``benchmarks/pair_precision.py`` lists the pairs a round makes and the default's
low-score pairs, right and false against the judges, with a drafter's signals (RESULTS
§2fc). The drafts here are hand-written in ordinary Council wording."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff

precision = load("pair_precision")
_KEPT = [
    "Recalls its earlier decisions on the question;",
    "Welcomes the progress made towards a ceasefire in the northern provinces;",
]
_LAST = "Decides to remain seized of the matter."
_INFORMED = (
    "Requests the Secretary-General to keep the Security Council informed of further developments;"
)
_FUND = (
    "Requests the Secretary-General to establish a trust fund for the clearance of mines "
    "and unexploded ordnance in the northern provinces, open to voluntary contributions "
    "from Member States, regional organizations and private donors;"
)
_URGES = "Urges the parties to release all detainees held in connection with the conflict;"


def _rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = resdiff.parse(draft([*_KEPT, _INFORMED, _LAST]))
    new = resdiff.parse(draft([*_KEPT, _FUND, _URGES, _LAST]))
    pair = {"id": "made-up", "set": "dev", "old": "a", "new": "b", "judged": {"changes": items}}
    return precision.rows_of(pair, resdiff.compare(old, new), None, old, new)


def test_a_same_lead_pair_the_judges_read_as_two_asks_is_false() -> None:
    rows = _rows(
        [
            {"old": ["OP3"], "new": [], "kind": "dropped"},
            {"old": [], "new": ["OP3"], "kind": "added"},
            {"old": [], "new": ["OP4"], "kind": "added"},
        ]
    )
    base = [r for r in rows if r["source"] == "base"]
    assert [(r["old"], r["new"], r["verdict"]) for r in base] == [(["OP3"], ["OP3"], "false")]
    (row,) = base
    # The same lead and addressee, nothing of the subject shared, the same slot.
    assert row["same_lead"] and row["addressee"] == "same"
    assert row["content"] == 0.0 and row["slot"] == 0
    # The leftover candidates: the urging has no partner left, so no mutual pair.
    assert [r for r in rows if r["source"] == "cand"] == []


def test_the_judges_pair_is_right() -> None:
    rows = _rows(
        [
            {"old": ["OP3"], "new": ["OP3"], "kind": "reworded"},
            {"old": [], "new": ["OP4"], "kind": "added"},
        ]
    )
    assert [r["verdict"] for r in rows if r["source"] == "base"] == ["right"]
