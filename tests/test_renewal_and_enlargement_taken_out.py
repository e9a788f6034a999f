"""A renewal by reference and an enlargement decided by one lead, taken out together
(review of the thirty-first session's merge). leads21 names the lead of a renewal by
reference taken out, not weighed (the measures left to lapse weigh it); fix21 reads more
enlargements ("to enlarge the mandate"). Where one "Decides" renews the measures *and*
enlarges a mandate or the measures, the lead was named, not weighed, as the renewal's, and
the enlargement taken out weighed nothing: before leads21 it weighed as its lead. The lead
is the renewal's only where every life-cycle word it reads is one a measure of the
paragraph carries and weighs. Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.model import Shift

EMBARGO = "Decides that all States shall prevent the supply of arms to Freedonia;"
RENEWAL = (
    "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of resolution "
    "1001 (2021)"
)


def _dropped(paragraph: str) -> list[Shift]:
    cmp = resdiff.compare(draft([EMBARGO, paragraph, CLOSING]), draft([EMBARGO, CLOSING]))
    (change,) = [c for c in cmp.changes if c.kind == "dropped"]
    return [s for part in change.walk() for s in part.shifts]


@pytest.mark.parametrize(
    "enlargement",
    [
        ", and to expand the measures to include the supply of fuel;",
        " and to enlarge the mandate of the United Nations Mission in Freedonia to include "
        "the monitoring of the measures;",
    ],
)
def test_an_enlargement_under_the_renewal_s_lead_still_weighs_taken_out(enlargement: str) -> None:
    shifts = _dropped(RENEWAL + enlargement)
    weighed = {(s.feature, s.old) for s in shifts if s.direction == "softer" and s.weight > 0}
    # The renewal: the measures left to lapse. The enlargement: its lead, as a dropped
    # enlargement alone weighs ("Decides to expand the mandate ..." taken out).
    assert ("measure", "the measures cited (mandatory)") in weighed
    assert ("verb", "decides") in weighed


def test_a_renewal_and_a_panel_enlarged_under_one_lead_still_weigh_once() -> None:
    # Every word the lead reads is carried by a measure that weighs: the renewal by the
    # measures cited, the Panel's enlargement by the sanctions institutions. The lead is
    # named, not weighed a second time (leads21's rule, kept).
    shifts = _dropped(RENEWAL + " and to enlarge the mandate of the Panel of Experts;")
    lead = [s for s in shifts if s.feature == "verb"]
    assert lead and all(s.direction == "neutral" for s in lead)
    assert {s.old for s in shifts if s.feature == "measure" and s.direction == "softer"} == {
        "the measures cited (mandatory)",
        "sanctions institutions (mandatory)",
    }
