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


# -- review of fix16: a rollover of another resolution's measures ----------------------


def test_a_rollover_citing_a_resolution_the_old_text_never_names_still_weighs() -> None:
    # The old text recalls resolutions 2500 and 2588 only; the new one renews the measures
    # of resolution 1970 (another regime): nothing shows the embargo carried on, so the
    # embargo gone from the paragraph weighs as before (softer), not "carried on as".
    cmp = _compare(
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of resolution "
        "1970 (2011);"
    )
    assert _embargo_shifts(cmp) == ["softer"]


def test_a_rollover_of_the_old_resolution_s_own_measures_is_carried_on() -> None:
    # The old text is resolution 2588 itself (its symbol, no recital citing it): the new
    # one renewing "the measures imposed by paragraph 1 of resolution 2588" carries it on.
    old = draft(
        [_OLD, CLOSING], "Recalling its previous resolutions,", head="S/RES/2588 (2021)\n\n"
    )
    new = draft(
        [
            "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of "
            "resolution 2588 (2021);",
            CLOSING,
        ],
        "Recalling its previous resolutions,",
        head="S/RES/2650 (2022)\n\n",
    )
    cmp = resdiff.compare(old, new)
    assert resdiff.parse(old).symbol == "S/RES/2588 (2021)"
    assert _embargo_shifts(cmp) == ["neutral"]


def test_a_rollover_reads_carried_on_not_removed() -> None:
    # Review of fix16: "sanctions measure removed: arms embargo (mandatory) (carried on as
    # renew until 31 July 2023 the measures imposed by paragraph 1)" said removed and kept
    # at once; the line now says carried on, and by which paragraph.
    cmp = _compare(
        "Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of resolution "
        "2588 (2021);"
    )
    lines = [s.describe() for c in cmp.changes for s in c.shifts if s.feature == "measure"]
    assert lines == [
        "sanctions measure carried on by reference to paragraph 1 of resolution 2588: "
        "arms embargo (mandatory)"
    ]
