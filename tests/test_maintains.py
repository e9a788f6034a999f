""" "Maintains" as a lead (RESULTS §2fi item 3): a decision in form that keeps what stands as
it stands ("Maintains the authorized troop ceiling at 3,550"). It ranks with "Decides"
where it takes another verb's place, and comes and goes unweighed alone (verbs.toml
``keeps``), as the judges of the UNISFA texts read it. Made-up texts."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

KEEP = "Maintains the authorized troop ceiling at 3,550 until 15 May 2021;"
ASK = "Calls upon the parties to cooperate fully with the Force;"


def _weighed(cmp: resdiff.Comparison, ref: str) -> list[tuple[str, str]]:
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return [(s.feature, s.direction) for x in change.walk() for s in x.shifts if s.weight]


def test_maintains_is_a_lead_of_the_decision_tier() -> None:
    # Before: no lead read, and a warning that "Maintains" is no operative verb.
    parsed = resdiff.parse(draft([KEEP, CLOSING]))
    lead = parsed.operative[0].lead_phrase
    assert lead is not None and lead.lemma == "maintain" and lead.axis_a == 6
    assert not [w for w in parsed.warnings if w.code == "operative-unknown-verb"]
    assert Lexicon.default().keeps_standing("maintain")


def test_maintains_put_in_or_left_out_alone_weighs_nothing() -> None:
    added = resdiff.compare(draft([ASK, CLOSING]), draft([ASK, KEEP, CLOSING]))
    assert _weighed(added, "OP2") == []
    dropped = resdiff.compare(draft([ASK, KEEP, CLOSING]), draft([ASK, CLOSING]))
    assert _weighed(dropped, "OP2") == []


def test_maintains_in_the_place_of_decides_is_the_same_tier() -> None:
    # "Decides to reduce" -> "Maintains": one decision for another (the judge of
    # unisfa-2022: "verb neutral"); the level is what moves, if it moves.
    _, shifts = change_of(
        resdiff.compare(
            draft(["Decides to maintain the authorized troop ceiling at 3,550;", CLOSING]),
            draft(["Maintains the authorized troop ceiling at 3,550;", CLOSING]),
        ),
        "OP1",
    )
    assert not [s for s in shifts if "operative verb" in s[1]], shifts
    # A swap with a lower tier still ranks by the tier (6 above 3).
    _, shifts = change_of(
        resdiff.compare(
            draft(["Requests the Force to keep its troop level at 3,550;", CLOSING]),
            draft(["Maintains the authorized troop ceiling at 3,550;", CLOSING]),
        ),
        "OP1",
    )
    assert ("stronger", "operative verb: requests → maintains") in shifts or any(
        d == "stronger" and "verb" in s for d, s in shifts
    ), shifts
