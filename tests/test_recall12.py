"""Recall of "softened" and "strengthened" on real texts (twelfth round, 5 December
2026, issue 9): families of provisions the judges weighed that resdiff called reworded.
Each rule is pinned with short sentences in resolution style, written for these tests,
with the near misses that must not fire.

- A renewal of weeks (a stopgap while the Council negotiates) followed by one of months
  is a longer renewal, stronger; the other way, or two rollovers of months, stay named
  and unweighed.
- A force extended "in the expectation that ... will make possible a withdrawal or
  substantial reduction of the Force" has its end foreseen (a sunset): the expectation
  left out of the next extension is stronger, put in softer. A hope of progress alone is
  no sunset.
- "respect and uphold" international humanitarian law cut to "respect" asks less
  (softer), the pair put in asks more; "uphold" alone is a verb of its own, not read.
- An Article 39 determination kept whose situation is named in a place within the
  State rather than the State ("the situation in Sudan" -> "the situation in Darfur")
  is narrowed, softer, weighed as the wording of the finding (never a headline); the
  way back widens it. A region, or another State, is neither.
"""

from __future__ import annotations

import datetime as dt

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import PLACE_OF_THREAT
from resdiff.quantities import renewal_shift

EXTEND = (
    "Decides to extend until {} the mandate of the Mission, as set out in resolution 1234 (2010);"
)


def _period(old_until: str, new_until: str, adopted: tuple[dt.date, dt.date]) -> tuple[str, str]:
    shift = renewal_shift(
        EXTEND.format(old_until), EXTEND.format(new_until), adopted, Lexicon.default(), "OP1"
    )
    assert shift is not None
    return shift.direction, f"{shift.old} → {shift.new}"


def test_a_stopgap_of_weeks_then_a_period_of_months_is_a_longer_renewal() -> None:
    # Two weeks (15 to 30 September), then three months (30 April to 31 July).
    weeks_then_months = (dt.date(2021, 9, 15), dt.date(2022, 4, 29))
    assert _period("30 September 2021", "31 July 2022", weeks_then_months) == (
        "stronger",
        "15 days → 3 months",
    )


def test_months_then_a_stopgap_of_days_and_two_rollovers_of_months_stay_neutral() -> None:
    # Two months, then five days: the Council holds the mission over, nothing more.
    assert (
        _period("31 May 2020", "3 June 2020", (dt.date(2020, 3, 31), dt.date(2020, 5, 29)))[0]
        == "neutral"
    )
    # Four months, then three: both rollovers (judged both ways on the benchmark).
    assert (
        _period("31 January 2022", "30 April 2022", (dt.date(2021, 9, 30), dt.date(2022, 1, 31)))[0]
        == "neutral"
    )
    # Three weeks, then five weeks: both stopgaps of weeks.
    assert (
        _period("15 March 2022", "20 April 2022", (dt.date(2022, 2, 22), dt.date(2022, 3, 15)))[0]
        == "neutral"
    )


FORCE = (
    "Extends the stationing of the Peace-keeping Force for a further period ending {until}{tail}"
)
EXPECTED = (
    ", in the expectation that by then sufficient progress towards a settlement will make "
    "possible a withdrawal or substantial reduction of the Force;"
)
HOPED = (
    ", in the firm hope that by the end of this period substantial progress towards a "
    "settlement will have been achieved;"
)


def _extension(old_tail: str, new_tail: str) -> tuple[str, list[tuple[str, str]]]:
    def text(until: str, tail: str) -> str:
        extend = FORCE.format(until=until, tail=tail)
        return (
            "The Security Council,\n\nRecalling its previous resolutions,\n\n"
            f"1. {extend}\n\n2. Decides to remain seized of the matter.\n"
        )

    cmp = resdiff.compare(text("15 June 1980", old_tail), text("15 December 1980", new_tail))
    change = next(c for c in cmp.changes if "OP1" in c.old)
    return change.kind, [(s.direction, s.feature) for x in change.walk() for s in x.shifts]


def test_the_expected_withdrawal_of_a_force_left_out_is_stronger() -> None:
    kind, shifts = _extension(EXPECTED, ";")
    assert kind == "strengthened"
    assert ("stronger", "lifecycle") in shifts
    # Put in, the force's end is foreseen: softer.
    kind, shifts = _extension(";", EXPECTED)
    assert kind == "softened"
    assert ("softer", "lifecycle") in shifts


def test_an_expected_withdrawal_weighs_as_language_not_as_a_headline() -> None:
    # An expectation, no decision to withdraw: a pair softer by its asks stays softer
    # ("was only an expectation", the judge of UNFICYP 1978).
    def text(until: str, tail: str) -> str:
        return (
            "The Security Council,\n\nRecalling its previous resolutions,\n\n"
            f"1. {FORCE.format(until=until, tail=tail)}\n\n"
            "2. Decides to remain seized of the matter.\n"
        )

    cmp = resdiff.compare(text("15 June 1980", EXPECTED), text("15 December 1980", ";"))
    stage = next(s for c in cmp.changes for s in c.shifts if s.feature == "lifecycle")
    assert stage.direction == "stronger" and stage.weight < 20


def test_a_hope_of_progress_or_the_same_expectation_is_no_sunset() -> None:
    # Progress hoped for, no end of the force in view: nothing winds down.
    kind, shifts = _extension(";", HOPED)
    assert not any(f == "lifecycle" and d != "neutral" for d, f in shifts)
    # The expectation kept, in a hope's words or its own: no change of force.
    hoped_end = HOPED.replace(
        ";", " so as to render possible a withdrawal or a substantial reduction of the Force;"
    )
    kind, shifts = _extension(hoped_end, EXPECTED)
    assert kind == "reworded"


def _recital(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    def text(recital: str) -> str:
        return (
            f"The Security Council,\n\nRecalling its previous resolutions,\n\n{recital}\n\n"
            "1. Calls upon the parties to respect the cease-fire;\n\n"
            "2. Decides to remain seized of the matter.\n"
        )

    cmp = resdiff.compare(text(old), text(new))
    change = next(c for c in cmp.changes if "PP2" in c.old)
    return change.kind, [(s.direction, s.feature) for x in change.walk() for s in x.shifts]


NEED = "Reiterating the need for all parties to {} international humanitarian law,"


def test_respect_and_uphold_cut_to_respect_asks_less() -> None:
    kind, shifts = _recital(NEED.format("respect and uphold"), NEED.format("respect"))
    assert (kind, shifts) == ("softened", [("softer", "emphasis")])
    kind, shifts = _recital(NEED.format("respect"), NEED.format("respect and uphold"))
    assert (kind, shifts) == ("strengthened", [("stronger", "emphasis")])


def test_uphold_alone_is_not_the_pair() -> None:
    _, shifts = _recital(NEED.format("uphold"), NEED.format("honour"))
    assert ("softer", "emphasis") not in shifts and ("stronger", "emphasis") not in shifts


THREAT = (
    "Determining that the situation in {} constitutes a threat to international peace and security,"
)


def test_a_determination_narrowed_from_a_state_to_a_place_within_it_is_softer() -> None:
    kind, shifts = _recital(THREAT.format("Sudan"), THREAT.format("Darfur"))
    assert (kind, shifts) == ("softened", [("softer", "art39")])
    cmp = resdiff.compare(
        *(
            "The Security Council,\n\nRecalling its previous resolutions,\n\n"
            f"{THREAT.format(place)}\n\n1. Calls upon the parties to respect the cease-fire;"
            "\n\n2. Decides to remain seized of the matter.\n"
            for place in ("Sudan", "Darfur")
        )
    )
    shift = next(s for c in cmp.changes for s in c.shifts if s.feature == "art39")
    assert shift.detail == PLACE_OF_THREAT
    assert "kept, its subject narrowed" in shift.describe()
    # The wording of the finding, not a headline: it weighs as a recital's language.
    assert shift.weight < 20
    kind, shifts = _recital(THREAT.format("Darfur"), THREAT.format("the Sudan"))
    assert (kind, shifts) == ("strengthened", [("stronger", "art39")])


def test_a_region_or_another_state_is_no_narrowing() -> None:
    for old, new in (
        ("the region", "the region of the former Yugoslavia"),
        ("Libya", "Mali"),
        ("Somalia", "West Africa"),
    ):
        _, shifts = _recital(THREAT.format(old), THREAT.format(new))
        assert not any(f == "art39" and d != "neutral" for d, f in shifts), (old, new)


def test_a_state_by_another_of_its_names_or_a_sea_is_no_place_within_it() -> None:
    # Review of the place rule: "Syria" is the Syrian Arab Republic by its short name,
    # "the DRC" and "Zaire" the Democratic Republic of the Congo; the Caribbean is wider.
    for old, new in (
        ("the Syrian Arab Republic", "Syria"),
        ("the Central African Republic", "CAR"),
        ("Zaire", "the Democratic Republic of the Congo"),
        ("Haiti", "the Caribbean"),
        ("Haiti", "Caribbean"),
    ):
        _, shifts = _recital(THREAT.format(old), THREAT.format(new))
        assert not any(f == "art39" and d != "neutral" for d, f in shifts), (old, new)
