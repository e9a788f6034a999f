"""An ask taken out of one paragraph whose object stands in a paragraph or list item the
same revision puts in was moved there, not withdrawn (issue 9 §6, RESULTS §2fv;
:mod:`resdiff.classify.asks_moved`). Texts written for these tests, in the style of a
peacekeeping renewal (the shape of UNFICYP 2021 → 2022: the urging on personnel safety
moved into a new paragraph, the performance requests condensed into an item of a new
omnibus request)."""

from __future__ import annotations

import resdiff
from resdiff.align import AlignOptions
from resdiff.model import Comparison

HEAD = "The Security Council,\n\nRecalling its previous resolutions,\n\n"
BUFFER = "Urges the parties to respect the mandated authority of the Force in the buffer zone"
SAFETY = (
    "urges both sides to take all appropriate measures to ensure the safety and "
    "security of the personnel of the Force"
)
WIDER = (
    "Stresses that the mandated authority of the Force extends throughout Ruritania, and "
    "requests the Secretary-General, Member States and all parties to continue to take "
    "all appropriate measures to ensure the safety and security and freedom of movement "
    "of the personnel of the Force;"
)
FISHING = "Requests the Secretary-General to report on the fishing rights of the parties;"
SEIZED = "Decides to remain seized of the matter."
#: The rule is off by default (RESULTS §2fv).
MOVED = AlignOptions(asks_moved=True)


def _text(*paragraphs: str) -> str:
    body = "\n\n".join(f"{k}. {p}" for k, p in enumerate(paragraphs, 1))
    return f"{HEAD}{body}\n"


def _removed(cmp: Comparison) -> list[tuple[str, str | None]]:
    return [
        (s.direction, s.note)
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "verb" and s.old is not None and s.new is None
    ]


def test_an_ask_taken_out_that_stands_widened_in_an_added_paragraph_was_moved() -> None:
    old = _text(f"{BUFFER}, and {SAFETY};", FISHING, SEIZED)
    new = _text(f"{BUFFER};", WIDER, FISHING, SEIZED)
    cmp = resdiff.compare(old, new, options=MOVED)
    assert _removed(cmp) == [("neutral", "its ask stands in new OP2")]
    # The paragraph it left keeps only what it kept: no softer change.
    assert cmp.changes[0].kind in ("reworded", "unchanged")
    # The added paragraph keeps its own reading.
    assert next(c for c in cmp.changes if c.new == ("OP2",)).kind == "added"


def test_off_by_default_the_removal_weighs_as_before() -> None:
    # Off by default (RESULTS §2fv): the judges weigh such a removal where it left more
    # often than not.
    old = _text(f"{BUFFER}, and {SAFETY};", FISHING, SEIZED)
    new = _text(f"{BUFFER};", WIDER, FISHING, SEIZED)
    assert _removed(resdiff.compare(old, new)) == [("softer", None)]


def test_an_ask_condensed_into_an_item_of_an_added_list_was_moved() -> None:
    # The paragraph of performance requests dropped, its substance an item put into the
    # kept omnibus request: not a request withdrawn beside an item added.
    performance = (
        "Welcomes the initiatives of the Secretary-General on performance, and recalls its "
        "requests in its resolutions 2378 (2017) and 2436 (2018) that the "
        "Secretary-General ensure that performance data related to the effectiveness of "
        "peacekeeping operations is used to improve mission operations;"
    )
    omnibus = "Requests the Secretary-General to implement the following in the Force:"
    evacuation = "casualty and medical evacuation procedures;"
    requirements = (
        "peacekeeping performance requirements under resolutions 2378 (2017) and 2436 (2018);"
    )
    old = _text(FISHING, f"{omnibus}\n\n(a) {evacuation}", performance, SEIZED)
    new = _text(FISHING, f"{omnibus}\n\n(a) {requirements}\n\n(b) {evacuation}", SEIZED)
    cmp = resdiff.compare(old, new, options=MOVED)
    assert ("neutral", "its ask stands in new OP2(a)") in _removed(cmp)
    assert ("softer", None) not in _removed(cmp)


def test_an_ask_that_went_to_a_weaker_ask_still_weighs() -> None:
    # A demand whose object now stands under an appeal is softer where it went: compared
    # tier for tier, not moved (the judges of UNAVEM 1993: "by appeal, so it is not a
    # successor").
    demand = (
        "demands that both sides take all necessary measures to ensure the safety and "
        "security of the personnel of the Force and of humanitarian relief personnel"
    )
    appeal = (
        "Expresses grave concern at the attacks on relief convoys in the north, and appeals "
        "to both sides to take all necessary measures to ensure the safety and security of "
        "the personnel of the Force and of humanitarian relief personnel, and to facilitate "
        "the delivery of assistance to all in need;"
    )
    old = _text(f"{BUFFER}, and {demand};", FISHING, SEIZED)
    new = _text(f"{BUFFER};", appeal, FISHING, SEIZED)
    cmp = resdiff.compare(old, new, options=MOVED)
    demands = [
        s.direction
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "verb" and s.old == "demands"
    ]
    assert demands == ["softer"]
    assert not any((note or "").startswith("its ask stands") for _, note in _removed(cmp))


def test_an_operative_ask_does_not_stand_in_an_added_recital() -> None:
    # Only within one part: an operative ask whose object now stands in a recital put in
    # was demoted, which weighs (domain.md §2); this rule never names it moved.
    recital = (
        "Urging the Secretary-General, Member States and all parties to continue to take "
        "all appropriate measures to ensure the safety and security and freedom of "
        "movement of the personnel of the Force,"
    )
    old = _text(f"{BUFFER}, and {SAFETY};", FISHING, SEIZED)
    new = _text(f"{BUFFER};", FISHING, SEIZED).replace(
        "Recalling its previous resolutions,", f"Recalling its previous resolutions,\n\n{recital}"
    )
    assert ("softer", None) in _removed(resdiff.compare(old, new, options=MOVED))
