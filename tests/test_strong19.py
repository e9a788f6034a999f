"""One word, read once (issue 9, strengthened provisions of the scanned texts; twenty-ninth
session, branch strong19), on wording of our own.

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
