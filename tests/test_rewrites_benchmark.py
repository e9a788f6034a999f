"""``benchmarks/rewrites.py`` sorts the (dropped, added) pairs resdiff leaves by the
judges' pairing and reads the features a drafter pairs a rewrite by. The drafts here are
hand-written in ordinary Council wording."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff
from resdiff.lexicon import Lexicon

rewrites = load("rewrites")
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


def _rows() -> dict[tuple[str, str], dict[str, Any]]:
    old = resdiff.parse(draft([*_KEPT, _CALL, _TRADE, _LAST]))
    new = resdiff.parse(draft([*_KEPT, _DEMAND, _MUSEUM, _LAST]))
    pair = {
        "id": "made-up",
        "set": "dev",
        "old": "a.xml",
        "new": "b.xml",
        "judged": {
            "changes": [
                {"old": ["OP3"], "new": ["OP3"], "kind": "strengthened"},
                {"old": ["OP4"], "new": [], "kind": "dropped"},
                {"old": [], "new": ["OP4"], "kind": "added"},
            ]
        },
    }
    rows = rewrites.rows_between(pair, old, new, rewrites.objects._noise(Lexicon.default()))
    return {(r["old"], r["new"]): r for r in rows}


def test_the_classes_and_features_of_the_leftover_pairs() -> None:
    rows = _rows()
    # All four (dropped, added) pairs are resdiff's leftovers: the call recast as a
    # demand scores under every round's bar.
    assert set(rows) == {("OP3", "OP3"), ("OP3", "OP4"), ("OP4", "OP3"), ("OP4", "OP4")}
    lost, apart = rows[("OP3", "OP3")], rows[("OP4", "OP4")]
    assert lost["cls"] == "lost" and lost["kind"] == "strengthened"
    assert apart["cls"] == "apart"
    # One side paired by the judges, the other read dropped or added alone.
    assert rows[("OP3", "OP4")]["cls"] == rows[("OP4", "OP3")]["cls"] == "other"
    # The rewrite: same place and gap, leads of one family (a call and a demand on the
    # parties), each the other's best; the trade conference and the museum are neither.
    assert lost["ref_delta"] == 0 and lost["same_gap"] and lost["same_rank"]
    assert lost["kindred"] and lost["mutual"]
    assert not apart["kindred"]
    assert rewrites.RULES["mutual + kindred + ref within 2 (the round)"](lost)
    assert not rewrites.RULES["mutual + kindred + ref within 2 (the round)"](apart)


def test_marks_are_citations_and_names_past_the_first_word() -> None:
    (clause,) = resdiff.parse(
        draft(["Demands that Ruritania comply with resolution 1001 (1991) forthwith;"])
    ).operative
    assert {"Ruritania", "1001"} <= rewrites._marks(clause)
    assert "Demands" not in rewrites._marks(clause)
