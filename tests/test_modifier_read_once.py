"""A word the lead's own modifier names is read once (issue 9, strengthened provisions of
the scanned texts; RESULTS §2eb), on wording of our own.

The lead's own modifier is one word: "Urgently calls upon Portugal" → "Calls upon Portugal"
takes out "urgently" once, named as the modifier removed; it is not weighed a second time
as an emphasis word gone (S/RES/180 (1963) → 312 (1972) weighed it twice, and the double
weight turned a text both judges read stronger into softer). An emphasis word elsewhere in
the provision is still its own.
"""

from __future__ import annotations

import resdiff
from resdiff.model import Change, Comparison


def _adopted(symbol: str, year: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} ({year})\nof 4 February {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the question,\n\n{ops}\n"
    )


KEPT = "Requests the Secretary-General to follow the implementation of the present resolution;"


def _compare(old: list[str], new: list[str]) -> Comparison:
    return resdiff.compare(_adopted("100", "1963", old), _adopted("200", "1972", new))


def _change(cmp: Comparison, ref: str) -> Change:
    (change,) = [c for c in cmp.changes if ref in (c.new or c.old)]
    return change


def _shifts(change: Change) -> list[str]:
    return [f"{s.feature} {s.direction}" for c in change.walk() for s in c.shifts]


def test_the_leads_modifier_taken_out_is_read_once() -> None:
    cmp = _compare(
        ["Urgently calls upon the administering Power to release all political prisoners;", KEPT],
        ["Calls upon the administering Power to release all political prisoners;", KEPT],
    )
    shifts = _shifts(_change(cmp, "OP1"))
    assert shifts == ["modifier softer"]


def test_the_leads_modifier_put_in_is_read_once() -> None:
    cmp = _compare(
        ["Calls upon the administering Power to release all political prisoners;", KEPT],
        ["Urgently calls upon the administering Power to release all political prisoners;", KEPT],
    )
    assert _shifts(_change(cmp, "OP1")) == ["modifier stronger"]


def test_an_emphasis_word_outside_the_lead_is_still_read() -> None:
    cmp = _compare(
        ["Calls upon the administering Power to release all political prisoners;", KEPT],
        [
            "Calls upon the administering Power to release all political prisoners without delay;",
            KEPT,
        ],
    )
    assert _shifts(_change(cmp, "OP1")) == ["emphasis stronger"]


def test_another_word_comes_beside_the_modifier_gone() -> None:
    # "urgently" taken out of the lead, "without delay" put into the ask: two words, both
    # read (the provision mixed), each once.
    cmp = _compare(
        ["Urgently calls upon the administering Power to release all political prisoners;", KEPT],
        [
            "Calls upon the administering Power to release all political prisoners without delay;",
            KEPT,
        ],
    )
    assert sorted(_shifts(_change(cmp, "OP1"))) == ["emphasis stronger", "modifier softer"]


# The word printed twice is two words: the lead's modifier and an emphasis word elsewhere
# in the provision, both taken out (or both put in), are each read (stranger's review of
# §2eb: read_once dropped the second one on the strength of the first).


def test_the_modifier_and_the_same_word_in_the_ask_both_taken_out_are_both_read() -> None:
    cmp = _compare(
        [
            "Urgently calls upon the administering Power to take measures urgently to release all "
            "political prisoners;",
            KEPT,
        ],
        [
            "Calls upon the administering Power to take measures to release all political "
            "prisoners;",
            KEPT,
        ],
    )
    assert sorted(_shifts(_change(cmp, "OP1"))) == ["emphasis softer", "modifier softer"]


def test_the_modifier_and_the_same_word_in_the_ask_both_put_in_are_both_read() -> None:
    cmp = _compare(
        [
            "Calls upon the administering Power to take measures to release all political "
            "prisoners;",
            KEPT,
        ],
        [
            "Urgently calls upon the administering Power to take measures urgently to release all "
            "political prisoners;",
            KEPT,
        ],
    )
    assert sorted(_shifts(_change(cmp, "OP1"))) == ["emphasis stronger", "modifier stronger"]


def test_the_same_word_in_another_clause_of_the_provision_is_its_own() -> None:
    cmp = _compare(
        [
            "Requests the Secretary-General to report urgently on the situation and urgently calls "
            "upon the parties to cease fire;",
            KEPT,
        ],
        [
            "Requests the Secretary-General to report on the situation and calls upon the parties "
            "to cease fire;",
            KEPT,
        ],
    )
    assert sorted(_shifts(_change(cmp, "OP1"))) == ["emphasis softer", "modifier softer"]


def test_fully_the_leads_modifier_is_read_once() -> None:
    # "fully" is both a modifier and an emphasis entry, like "urgently".
    cmp = _compare(
        [
            "Fully supports the efforts of the Secretary-General to release all political "
            "prisoners;",
            KEPT,
        ],
        ["Supports the efforts of the Secretary-General to release all political prisoners;", KEPT],
    )
    assert _shifts(_change(cmp, "OP1")) == ["modifier softer"]
