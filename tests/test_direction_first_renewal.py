"""A renewal against an old text that set up, renewed or kept nothing weighs as a decision,
not as a headline (UNFICYP's renewal of 1985 against S/RES/550 (1984), judged softer);
where the old text set the force up or renewed it, the renewal stays a headline."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff
from resdiff.model import Comparison, Shift

RENEWAL = (
    "Extends once more the stationing in the island of the peace-keeping force for a further "
    "period ending 15 June;"
)
NEW = [
    RENEWAL,
    "Calls upon all the parties concerned to continue to co-operate with the force;",
    "Requests the Secretary-General to continue his mission of good offices and to report "
    "by 31 May;",
]
POLITICAL = [
    "Condemns all secessionist actions, including the purported exchange of ambassadors;",
    "Calls upon all States not to recognize the purported State and not to facilitate or in "
    "any way assist it;",
    "Calls upon all States to respect the sovereignty, independence and territorial integrity "
    "of the island;",
    "Declares that any attempt to settle any part of the fenced area by people other than "
    "its inhabitants is inadmissible;",
    "Requests the Secretary-General to promote the urgent implementation of the present "
    "resolution;",
]


def _renewals(cmp: Comparison) -> list[Shift]:
    # As the summary weighs them: its key changes.
    return [
        s
        for k in cmp.summary.key_changes
        for s in k.shifts
        if s.feature == "lifecycle" and s.direction == "stronger"
    ]


def test_a_renewal_against_a_political_text_weighs_as_a_decision() -> None:
    cmp = resdiff.compare(draft(POLITICAL), draft(NEW))
    renewals = _renewals(cmp)
    assert renewals and all(s.weight == 8.0 for s in renewals)
    # The condemnation and the calls lost decide.
    assert cmp.summary.direction == "softer"
    assert cmp.summary.weight_stronger < cmp.summary.weight_softer


@pytest.mark.parametrize(
    "founding",
    [
        # The old text set the force up: its first renewal is a headline.
        "Decides to establish a peace-keeping force in the island for a period of three months;",
        # Or renewed it.
        "Decides to extend the stationing of the peace-keeping force for a further period of "
        "six months;",
    ],
)
def test_a_renewal_of_what_the_old_text_founded_stays_a_headline(founding: str) -> None:
    cmp = resdiff.compare(draft([founding, *POLITICAL]), draft(NEW))
    renewals = _renewals(cmp)
    assert all(s.weight >= 20 for s in renewals)
