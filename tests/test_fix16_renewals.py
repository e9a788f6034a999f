"""A measure carried on by the number of the paragraph that imposed it (issue 9 §4,
twenty-sixth session).

A sanctions text renews its arms embargo each year; a later one may carry it on by
reference ("Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of
resolution 2588 (2021)", "... shall continue to apply until ...", "Decides to extend ...
the measures imposed by paragraphs 1 to 5 of resolution 2588 (2021)"). The named embargo
gone from the paired paragraph was read lifted (softer): it is the same embargo, a
rollover, named and not weighed. Made-up wording modelled on the CAR sanctions texts, with
the counter-examples that must stay as they were."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.model import Comparison

_OLD = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the necessary "
    "measures to prevent the direct or indirect supply, sale or transfer to the territory, "
    "from or through their territories or by their nationals, of arms and related materiel of "
    "all types;"
)
_RECITAL = "Recalling its resolutions 2500 (2020) and 2588 (2021),"


def _compare(new: str, old: str = _OLD) -> Comparison:
    return resdiff.compare(draft([old, CLOSING], _RECITAL), draft([new, CLOSING], _RECITAL))


def _embargo_shifts(cmp: Comparison) -> list[str]:
    return [
        s.direction
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "measure" and "arms embargo" in (s.old or "") + (s.new or "")
    ]


@pytest.mark.parametrize(
    "new",
    [
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of resolution "
        "2588 (2021);",
        "Decides that the measures imposed by paragraph 1 of resolution 2588 (2021) shall "
        "continue to apply until 31 July 2023;",
        "Decides to extend until 31 July 2023 the measures imposed by paragraphs 1 to 5 of "
        "resolution 2588 (2021);",
    ],
)
def test_a_measure_renewed_by_its_paragraph_number_is_not_lifted(new: str) -> None:
    cmp = _compare(new)
    assert _embargo_shifts(cmp) == ["neutral"]
    assert cmp.summary.direction == "neutral"


@pytest.mark.parametrize(
    "new",
    [
        # The same wording a year on, and the embargo renewed by name: as before.
        _OLD.replace("31 July 2022", "31 July 2023"),
        "Decides to renew until 31 July 2023 the arms embargo imposed by paragraph 1 of "
        "resolution 2588 (2021);",
    ],
)
def test_a_renewal_in_the_embargo_s_own_words_stays_neutral(new: str) -> None:
    cmp = _compare(new)
    assert cmp.summary.direction == "neutral"
    assert "softer" not in _embargo_shifts(cmp)


@pytest.mark.parametrize(
    "new",
    [
        # Measures cited but not carried on (reviewed), or the embargo lifted beside the
        # reference: the embargo gone still weighs.
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of "
        "resolution 2588 (2021), and decides to lift the arms embargo;",
        "Decides to review by 31 July 2023 the measures imposed by paragraph 1 of resolution "
        "2588 (2021);",
    ],
)
def test_a_measure_cited_but_not_carried_on_still_weighs(new: str) -> None:
    assert "softer" in _embargo_shifts(_compare(new))
