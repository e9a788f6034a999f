"""Recall of "softened" and "strengthened" on real texts (twelfth round, 5 December
2026, issue 9): families of provisions the judges weighed that resdiff called reworded.
Each rule is pinned with short sentences in resolution style, written for these tests,
with the near misses that must not fire.

- A renewal of weeks (a stopgap while the Council negotiates) followed by one of months
  is a longer renewal, stronger; the other way, or two rollovers of months, stay named
  and unweighed.
"""

from __future__ import annotations

import datetime as dt

from resdiff.lexicon import Lexicon
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
