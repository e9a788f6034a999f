"""A lineage says two texts are years apart only where they are distinct resolutions, as
the history does (:func:`resdiff.render.timeline_words.gap_words`: "for a step of distinct
resolutions"). Two drafts of one text dated four years apart read "4 years apart: the
texts between them, if any, are not here" in the lineage and nothing in the history of
the same two (review of the thirty-second session's merge, RESULTS §2fg)."""

from __future__ import annotations

import resdiff
from resdiff.lineage import lineage

BODY = (
    "The Security Council,\n\nRecalling its earlier decisions,\n\n"
    "1. Decides to extend the mandate of the United Nations Observer Mission until "
    "{until};\n\n2. Decides to remain seized of the matter.\n"
)
MASTHEAD = (
    "United Nations\n\nS/RES/{number} ({year})\n\nSecurity Council\n\n"
    "Resolution {number} ({year})\n\nAdopted by the Security Council at its {meeting}th "
    "meeting, on 26 July {year}\n\n"
)


def _adopted(number: int, year: int) -> resdiff.Draft:
    head = MASTHEAD.format(number=number, year=year, meeting=number + 4000)
    return resdiff.parse(head + BODY.format(until=f"31 January {year + 1}"), paths=False)


def _draft(year: int) -> resdiff.Draft:
    text = f"Draft of 26 July {year}\n\n" + BODY.format(until=f"31 January {year + 1}")
    return resdiff.parse(text, paths=False)


def _apart(report: str) -> list[str]:
    return [line for line in report.splitlines() if "years apart" in line]


def test_two_drafts_years_apart_are_not_said_to_be_in_a_lineage() -> None:
    old, new = _draft(2006), _draft(2010)
    assert old.symbol is None and new.symbol is None
    assert not resdiff.history([old, new]).distinct
    assert _apart(str(resdiff.history([old, new]))) == []
    assert _apart(str(lineage([old, new]))) == []


def test_two_resolutions_years_apart_still_are() -> None:
    old, new = _adopted(1500, 2003), _adopted(1900, 2009)
    assert resdiff.history([old, new]).distinct
    assert _apart(str(lineage([old, new])))
