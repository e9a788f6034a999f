"""The life-cycle leads the twenty-sixth session's merge review left open (issue 9 §4,
twenty-seventh session).

1. A renewal's subject that is an acronym is the Council's own body only: a United Nations
   mission or office ("UNMISS", "MINUSCA", "ONUSAL", "BINUH") or the Counter-Terrorism
   Committee's Directorate ("CTED"). A regional organisation, a force of States or a State
   carrying on its own work ("ICGLR shall continue to monitor ... until ...") renews
   nothing (lifecycle.toml ``[fragments.subject]``).
2. "Decides to extend until DATE the mandate of the Panel of Experts" → "the Panel of
   Experts shall continue to ... until DATE": the same panel kept, not removed
   (measures.toml ``[measures.institutions]``).
3. "Decides to renew for a final period until DATE the measures imposed by paragraph 1 of
   resolution 2588 (2021)": a sunset, the embargo kept until the date, not lifted now
   (``classify/measures.py``).

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison, Shift


def _continues(text: str) -> list[str]:
    return [m.label for m in Lexicon.default().lifecycle_in(text) if m.stage == "continue"]


def _compare(old: str, new: str) -> Comparison:
    return resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))


def _shifts(cmp: Comparison, feature: str) -> list[Shift]:
    return [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == feature
    ]


# -- 1. an acronym as a renewal's subject -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Decides that ICGLR shall continue to monitor the border until 1 June 2031;",
        "Decides that ECOWAS shall continue to support the transition until 1 June 2031;",
        "Decides that AMISOM shall continue to carry out its tasks until 31 December 2031;",
        "Decides that the DPRK shall continue to abide by its obligations until 1 June 2031;",
        "Decides that UNITA shall continue to observe the cease-fire until 1 June 2031;",
        "Decides that the African Union Mission in Somalia shall continue to carry out its "
        "tasks until 31 December 2031;",
        "Decides that ECOWAS shall remain in the country for a further period of six months;",
    ],
)
def test_a_regional_body_or_state_carrying_on_is_no_renewal(text: str) -> None:
    assert _continues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Decides that UNMISS shall continue to carry out its tasks until 31 December 2031;",
        "Decides that MINUSCA shall remain in the country for a further period of six months;",
        "Decides that ONUSAL shall continue to operate until 31 May 2031;",
        "Decides that BINUH shall continue to operate until 15 July 2031;",
        "Decides that CTED will continue to operate as a special political mission for the "
        "period ending 31 December 2031;",
        # The bodies by their names, as before.
        "Decides that the Mission shall remain in the territory for a further period of six "
        "months;",
        "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
        "Committee until 1 June 2031;",
    ],
)
def test_a_council_body_carried_on_is_still_a_renewal(text: str) -> None:
    assert _continues(text) == ["extended"]


def test_the_acronyms_are_data_in_the_subject_fragment() -> None:
    toml = (Path(resdiff.__file__).parent / "lexicon" / "lifecycle.toml").read_text("utf-8")
    fragments = tomllib.loads(toml)["fragments"]
    # The prefixes of the Council's own missions stand in the lexicon, not in code: in
    # their own fragment since leads18, which the subject writes (and the enlargement and
    # withdrawal patterns with it).
    assert "{council_acronym}" in fragments["subject"]["pattern"]
    assert "MINU" in fragments["council_acronym"]["pattern"]
    assert "MINU" not in (Path(resdiff.__file__).parent / "lexicon" / "features.py").read_text(
        "utf-8"
    )


# -- 2. a panel extended, then said to continue -------------------------------------------

_EXTENDED = "Decides to extend until 1 June 2031 the mandate of the Panel of Experts;"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            _EXTENDED,
            "Decides that the Panel of Experts shall continue to assist the Committee until 1 "
            "June 2031;",
        ),
        (
            "Decides to extend until 1 June 2031 the mandate of the Panel of Experts on the arms "
            "embargo;",
            "Decides that the Panel of Experts on the arms embargo shall continue to carry out "
            "its tasks until 1 June 2031;",
        ),
        (
            "Decides to extend for a further period of twelve months the mandate of the Group of "
            "Experts;",
            "Decides that the Group of Experts shall continue to assist the Committee for a "
            "further period of twelve months;",
        ),
    ],
)
def test_a_panel_said_to_continue_to_a_date_is_kept(old: str, new: str) -> None:
    cmp = _compare(old, new)
    assert cmp.summary.direction == "neutral"
    assert not [s for s in _shifts(cmp, "measure") if s.direction == "softer"]


@pytest.mark.parametrize(
    "new",
    [
        # No date nor period: a task, the renewal gone; a refusal ends the panel.
        "Decides that the Panel of Experts shall continue to assist the Committee;",
        "Decides that the Panel of Experts shall not continue beyond 1 June 2031;",
    ],
)
def test_a_panel_without_a_renewal_still_reads_removed(new: str) -> None:
    cmp = _compare(_EXTENDED, new)
    assert [s for s in _shifts(cmp, "measure") if s.direction == "softer"]


def test_the_monitoring_team_carried_on_is_no_sanctions_body_added() -> None:
    # fix16 measured it: the 1988 Monitoring Team that "shall continue to support the
    # Committee for a period of twelve months" read as a sanctions body lost key changes.
    cmp = _compare(
        "Requests the Secretary-General to report on the situation in the territory;",
        "Decides that the Monitoring Team shall continue to support the Committee for a "
        "period of twelve months;",
    )
    assert not [s for s in _shifts(cmp, "measure") if s.direction == "stronger"]


# -- 3. a final renewal by reference ------------------------------------------------------

_CAR = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the "
    "necessary measures to prevent the direct or indirect supply, sale or transfer of arms "
    "and related materiel to the territory;"
)


def test_a_final_renewal_by_reference_is_a_sunset_only() -> None:
    cmp = _compare(
        _CAR,
        "Decides to renew for a final period until 31 July 2023 the measures imposed by "
        "paragraph 1 of resolution 2588 (2021);",
    )
    assert [s.new for s in _shifts(cmp, "lifecycle") if s.direction == "softer"] == [
        "given a sunset"
    ]
    assert not [s for s in _shifts(cmp, "measure") if s.direction == "softer"]
    assert not cmp.summary.measures_dropped


@pytest.mark.parametrize(
    "new",
    [
        # Ended or suspended now, or only reviewed: the embargo goes, as before.
        "Decides to terminate the measures imposed by paragraph 1 of resolution 2588 (2021);",
        "Decides to suspend the measures imposed by paragraph 1 of resolution 2588 (2021);",
        "Decides to review by 31 July 2023 the measures imposed by paragraph 1 of resolution "
        "2588 (2021);",
    ],
)
def test_a_measure_ended_or_reviewed_by_reference_still_goes(new: str) -> None:
    assert [s for s in _shifts(_compare(_CAR, new), "measure") if s.direction == "softer"]
