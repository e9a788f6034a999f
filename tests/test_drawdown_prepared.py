"""An ask whose object is a step down of the mandate weighs as the step prepared
(RESULTS §2fp lead 2): "Requests the Secretary-General to begin immediately preparing
specific proposals for the drawdown of an appropriate number of military personnel"
(S/RES/898 (1994) OP3) was read as a request added, stronger, where the four first judges
and the three second judges who read it call it a drawdown prepared, softer; and
lifecycle.toml already said so of a plan or a timetable for a drawdown. Options and
proposals for a drawdown are no mention of it any more, and a drawdown of personnel
counted in words ("an appropriate number of") is one, as one counted in figures is.
Made-up texts."""

from __future__ import annotations

import pytest
from test_held_back_with_words_between import _added

from resdiff.lexicon import Lexicon


@pytest.mark.parametrize(
    "paragraph",
    [
        "Requests the Secretary-General to prepare proposals for the drawdown of an "
        "appropriate number of military personnel of the Mission;",
        "Requests the Secretary-General to present options for the reduction of the military "
        "personnel of the Mission;",
        "Requests the Secretary-General to submit proposals for the phased withdrawal of the "
        "Force;",
    ],
)
def test_proposals_or_options_for_a_drawdown_prepare_it(paragraph: str) -> None:
    # Before: "operative verb added: requests", stronger.
    assert ("lifecycle", "softer") in _added(paragraph)


@pytest.mark.parametrize(
    "text",
    [
        # Still mentions: a report on it, its possible course, a review of it.
        "Requests the Secretary-General to report on the drawdown of the Mission;",
        "Requests the Secretary-General to report on the possible reduction of the troops;",
        "Requests an assessment of the withdrawal of the Force;",
    ],
)
def test_a_report_on_a_drawdown_still_only_names_it(text: str) -> None:
    assert not Lexicon.default().lifecycle_in(text)


def test_a_drawdown_of_personnel_counted_in_words_is_one() -> None:
    found = Lexicon.default().lifecycle_in(
        "Decides on the drawdown of an appropriate number of military personnel;"
    )
    assert [m.label for m in found] == ["drawn down"]
