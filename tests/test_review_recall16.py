"""Review of recall16's two rules on the corpus at large (sentences written for these
tests, modelled on the corpus sentences the review read).

A timing hedge eases an ask only in the place of a firmer time the other text holds and
this one does not: a deadline kept beside it, or a date that times something else in both
texts ("the agreements referred to in its resolution 30 (1947) of 25 August 1947",
S/RES/36 (1947); "his letter of 4 August 1993", S/RES/854 (1993)), is not the time it
stands in for, and "as soon as possible" put in there presses the ask.

A demand for accountability another made, noted or welcomed ("noting that the African
Union, IGAD, and the United Nations Security Council demanded that parties that violate
the ACOH must be held accountable", S/RES/2514 (2020) PP4, 2625 (2022) PP9), is no new
demand of the Council's.
"""

from __future__ import annotations

import resdiff


def _draft(paragraph: str, recital: str) -> str:
    return (
        f"The Security Council,\n\n{recital}\n\n"
        f"1. Decides to remain seized of the matter;\n\n2. {paragraph}\n"
    )


def _read(old: str, new: str, ref: str) -> tuple[str, list[tuple[str, str]]]:
    recital = "Recalling its previous resolutions,"
    ask = "Requests the Secretary-General to keep the Council informed."
    if ref == "PP1":
        cmp = resdiff.compare(_draft(ask, old), _draft(ask, new))
    else:
        cmp = resdiff.compare(_draft(old, recital), _draft(new, recital))
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def test_a_deadline_kept_beside_the_hedge_is_not_the_time_it_stands_in_for() -> None:
    kind, shifts = _read(
        "Calls upon the parties to conclude the agreement within 30 days;",
        "Calls upon the parties to conclude the agreement as soon as possible and in any case"
        " within 30 days;",
        "OP2",
    )
    assert kind == "strengthened"
    assert [d for d, _ in shifts] == ["stronger"]


def test_a_date_of_something_else_in_both_texts_is_not_a_firmer_time() -> None:
    old = (
        "Invites the parties to conclude between them{} the agreements referred to in its"
        " resolution 30 (1947) of 25 August 1947;"
    )
    kind, shifts = _read(old.format(""), old.format(" as soon as possible"), "OP2")
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “as soon as possible”") in [
        (d, s.split(" (", 1)[0]) for d, s in shifts
    ]
    kind, _ = _read(old.format(" as soon as possible"), old.format(""), "OP2")
    assert kind == "softened"


def test_the_date_it_replaces_still_makes_it_the_hedge() -> None:
    # The near miss kept: the date is gone from the text that holds the hedge.
    kind, shifts = _read(
        "Invites the parties to conclude the agreements by 25 August 1947;",
        "Invites the parties to conclude the agreements as soon as possible;",
        "OP2",
    )
    assert kind == "softened"
    assert ("softer", "hedge added: “as soon as possible”") in shifts


def test_accountability_another_demanded_noted_or_welcomed_is_not_read() -> None:
    base = "Expressing its deep concern about the security situation in the country,"
    for added in (
        " and noting that the African Union demanded that parties that violate the"
        " agreement must be held accountable,",
        " and noting with appreciation the statement of the Government that perpetrators"
        " must be held accountable,",
        " and welcoming the commitment of the Government that the perpetrators will be"
        " brought to justice,",
    ):
        kind, _ = _read(base, base[:-1] + "," + added, "PP1")
        assert kind != "strengthened", added


def test_the_council_s_own_demand_beside_a_noted_one_is_still_read() -> None:
    base = "Noting the report of the Panel of Experts,"
    kind, shifts = _read(
        base,
        base[:-1] + ", and stressing that those responsible must be held accountable,",
        "PP1",
    )
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “must be held accountable”") in shifts
