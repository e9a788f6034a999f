"""Recall of softened and strengthened on real texts (trial 7): general drafting rules
that the hand-judged benchmark's misses showed, each pinned with a short made-up text in
resolution style."""

from __future__ import annotations

from drafting import draft as _draft
from drafting import shift_descriptions as _shifts

import resdiff

CLOSING = "Decides to remain seized of the matter."


def _first(old: str, new: str) -> tuple[str, list[str]]:
    cmp = resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING]))
    change = next(c for c in cmp.changes if c.old == ("OP1",))
    return change.kind, [s.describe() for x in change.walk() for s in x.shifts]


# -- an ask joined under a firmer lead in the same paragraph ---------------------------


def test_an_ask_folded_into_a_firmer_call_of_the_same_paragraph_is_not_dropped() -> None:
    # "... and further calls for the swift prosecution of alleged perpetrators" taken
    # into "calls upon the authorities to swiftly investigate ... and prosecute alleged
    # perpetrators": the ask pressed harder, in other forms of its words.
    old = (
        "Calls upon the national authorities to swiftly investigate alleged abuses in "
        "order to fight impunity, and to facilitate access for all survivors to available "
        "services, and further calls for the swift prosecution of alleged perpetrators;"
    )
    new = (
        "Calls upon the national authorities to swiftly investigate alleged abuses and "
        "prosecute alleged perpetrators in order to fight impunity, and to facilitate "
        "access for all survivors to available services;"
    )
    kind, shifts = _first(old, new)
    assert kind == "strengthened", shifts
    assert not [s for s in shifts if s.startswith("operative verb removed")], shifts


def test_a_censure_whose_words_stand_only_under_a_note_still_goes() -> None:
    # Other forms of the words under a lead of no axis in common ("Noting the easing of
    # tensions") are no part joined: the concern is gone.
    old = (
        "Expressing deep concern at the further escalation of tensions in the region over "
        "exploration, and reiterating its call to avoid any escalation,"
    )
    new = (
        "Noting the easing of tensions in the region over exploration, and reiterating "
        "its call to avoid escalatory steps,"
    )
    cmp = resdiff.compare(_draft([CLOSING], old), _draft([CLOSING], new))
    change = next(c for c in cmp.changes if c.old == ("PP1",))
    assert change.kind in ("softened", "mixed"), _shifts(cmp)


# -- the Council's own stance firmed ---------------------------------------------------


def test_a_hope_turned_into_an_expectation_presses_harder() -> None:
    preamble = (
        "Expressing grave concern at the reports of violations, emphasizing its {} that "
        "those responsible will be held accountable,"
    )
    old, new = preamble.format("hope"), preamble.format("expectation")
    cmp = resdiff.compare(_draft([CLOSING], old), _draft([CLOSING], new))
    change = next(c for c in cmp.changes if c.old == ("PP1",))
    assert change.kind == "strengthened", _shifts(cmp)
    assert "emphasis added: “its expectation”" in _shifts(cmp)
    # And back: softer.
    back = resdiff.compare(_draft([CLOSING], new), _draft([CLOSING], old))
    assert next(c for c in back.changes if c.old == ("PP1",)).kind == "softened"


def test_a_readiness_turned_into_a_determination_presses_harder() -> None:
    kind, shifts = _first(
        "Expresses its full confidence in the mission and its readiness to endorse the "
        "results of the elections provided that they are free and fair;",
        "Reaffirms its determination to endorse the results of the elections provided that "
        "they are free and fair;",
    )
    assert kind == "strengthened", shifts
    assert "emphasis added: “its determination”" in shifts


def test_a_determination_dropped_beside_no_weaker_stance_is_not_read() -> None:
    # A determination to consider further measures recast as a recital recalling the
    # undertaking: no hope or readiness took its place, so no stance is read as eased
    # (the warning of further action and the move to the preamble are read apart).
    old = (
        "Reiterates its determination to consider urgently further measures to enforce "
        "the ban on military flights;"
    )
    new = (
        "Recalling its resolution in which the Council undertook to consider urgently "
        "further measures to enforce the ban on military flights,"
    )
    cmp = resdiff.compare(_draft([old, CLOSING]), _draft([CLOSING], new))
    assert not [s for s in _shifts(cmp) if "its determination" in s], _shifts(cmp)


def test_a_determination_in_another_sense_is_no_stance() -> None:
    # "the determination of their future": the act of determining, not the Council's.
    _, shifts = _first(
        "Calls upon the parties to respect the right of the people to decide their future;",
        "Calls upon the parties to respect the right of the people to the determination of "
        "their future;",
    )
    assert not [s for s in shifts if "determination" in s], shifts


# -- "all" read word by word in a run replaced whole ------------------------------------


def test_a_pronoun_spelt_out_with_all_in_a_run_replaced_whole_presses_harder() -> None:
    preamble = (
        "Reaffirming its endorsement of the agreement reached by the parties on the port "
        "city, and reiterating its call on the parties to {},"
    )
    old = preamble.format("implement it")
    new = preamble.format("work cooperatively to implement all its provisions")
    cmp = resdiff.compare(_draft([CLOSING], old), _draft([CLOSING], new))
    change = next(c for c in cmp.changes if c.old == ("PP1",))
    assert change.kind == "strengthened", _shifts(cmp)
    assert "emphasis added: “all”" in _shifts(cmp)


def test_all_before_an_addressee_in_a_run_replaced_whole_is_still_scope() -> None:
    # "all" before "parties" is the addressees' scope (read apart), not emphasis, however
    # the run around it was rewritten.
    _, shifts = _first(
        "Calls upon the Government to cease hostilities;",
        "Calls upon all parties to the conflict to cease hostilities;",
    )
    assert "emphasis added: “all”" not in shifts, shifts


def test_an_ask_joined_to_a_firmer_lead_that_came_with_it_is_one_substitution() -> None:
    # The firmer lead is new: the encouragement and the request are the one verb swapped
    # (read by the recast), named once, not also a part joined beside a request added.
    old = (
        "Notes the efforts of the parties, and welcomes and encourages the Mission's "
        "efforts to integrate women into peace discussions;"
    )
    new = (
        "Notes the efforts of the parties, and requests the Mission to integrate women "
        "into peace discussions and to support these efforts;"
    )
    kind, shifts = _first(old, new)
    assert kind == "strengthened", shifts
    assert not [s for s in shifts if "part joined" in s], shifts
