"""A body named after its measure (issue 9 §4, twenty-sixth session).

"The Panel of Experts on the arms embargo shall continue to assist the Committee ..." keeps
the Panel; the arms embargo is only the Panel's name. Before this round the words were read
as the embargo imposed: the renewal patterns wanted the body right before its modal, and
fix15's ``[bodies]`` rule applied only where a life-cycle word acts on the measure. The
body or measure a renewal's subject is written once (lifecycle.toml ``[fragments]``,
``{subject}``) and lets the rest of a body's name stand before the modal; a measure that
stands in a body's name with no verb between is no measure of the clause. Made-up wording,
with the counter-examples that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

_REPORT = "Requests the Secretary-General to report on the situation in the territory;"


def _continues(text: str, lexicon: Lexicon | None = None) -> list[str]:
    lex = lexicon or Lexicon.default()
    return [m.label for m in lex.lifecycle_in(text) if m.stage == "continue"]


def _compare(old: str, new: str) -> Comparison:
    return resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))


def _measures_added(cmp: Comparison) -> list[str]:
    return [
        s.new or ""
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "measure" and s.direction == "stronger"
    ]


# -- the renewal read with the body's whole name before the modal ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
        "Committee until 1 June 2031;",
        "Decides that the Committee established pursuant to resolution 9999 (2030) concerning "
        "the arms embargo shall continue to perform its tasks for a further period of twelve "
        "months;",
        "Decides that the Group of Experts on the asset freeze shall continue to assist the "
        "Committee for a further period of thirteen months;",
    ],
)
def test_a_body_named_after_its_measure_is_renewed(text: str) -> None:
    assert _continues(text) == ["extended"]


@pytest.mark.parametrize(
    "text",
    [
        # Refused, no date or period, or the body's name running into a modal of its own.
        "Decides that the Panel of Experts on the arms embargo shall not continue for a "
        "further period;",
        "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
        "Committee;",
        "Decides that the Panel of Experts for which no funds will be found shall continue to "
        "assist the Committee until 1 June 2031;",
        # A relative clause brings its own subject: the States report, nothing is renewed.
        "Decides that the measures on which all States shall continue to report until 1 June "
        "2031 remain under review;",
        "Decides that the Mission for which the Member States will continue to provide troops "
        "until 1 June 2031 is a priority;",
    ],
)
def test_a_body_named_after_its_measure_without_a_renewal_is_not(text: str) -> None:
    assert _continues(text) == []


# -- the measure in the body's name is no measure of the clause ------------------------


@pytest.mark.parametrize(
    "new",
    [
        "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
        "Committee;",
        "Decides that the Committee established pursuant to resolution 9999 (2030) concerning "
        "the arms embargo shall continue to undertake its tasks;",
        "Decides that the Panel of Experts on the arms embargo shall continue to assist the "
        "Committee until 1 June 2031;",
    ],
)
def test_the_measure_a_body_is_named_after_is_not_imposed(new: str) -> None:
    assert not [m for m in _measures_added(_compare(_REPORT, new)) if "arms embargo" in m]


@pytest.mark.parametrize(
    "new",
    [
        # The body's own act on the measure (a task, read as before), a body joined to the
        # measure, and a measure the States apply: each still reads the embargo.
        "Decides that the Committee shall monitor the arms embargo imposed by paragraph 1;",
        "Decides to extend the mandate of the Panel and the arms embargo until 1 June 2031;",
        "Decides that all States shall prevent the supply of arms and related materiel to the "
        "territory;",
    ],
)
def test_a_measure_not_in_a_body_name_is_read_as_before(new: str) -> None:
    assert [m for m in _measures_added(_compare(_REPORT, new)) if "arms embargo" in m]


def test_a_panel_mandate_extended_in_the_passive_is_the_same_renewal() -> None:
    # "Decides to extend ... the mandate of the Panel of Experts" → "the mandate of the
    # Panel of Experts ... is extended": the same panel kept, the date moved on (neutral),
    # where the embargo was read imposed, or the panel read removed.
    cmp = _compare(
        "Decides to extend until 1 June 2030 the mandate of the Panel of Experts on the arms "
        "embargo;",
        "Decides that the mandate of the Panel of Experts on the arms embargo is extended until "
        "1 June 2031;",
    )
    assert cmp.summary.direction == "neutral"
    assert not [s for c in cmp.changes for s in c.shifts if s.feature == "measure"]


# -- the subject written once -----------------------------------------------------------


def test_the_renewal_subject_is_written_once_in_the_lexicon() -> None:
    lex = Lexicon.default()
    extend = lex.lifecycle["extend"]
    written = [p for p in extend.patterns if "{subject}" in p]
    assert len(written) == 2
    toml = (Path(resdiff.__file__).parent / "lexicon" / "lifecycle.toml").read_text("utf-8")
    # The alternation itself stands once, in [fragments.subject].
    assert toml.count("Directorate|Presence") == 1


def test_a_user_fragment_changes_both_patterns(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text("[fragments.subject]\npattern = '\\bWidget'\n", encoding="utf-8")
    mine = Lexicon.default().with_overrides(path)
    assert _continues("Decides that the Widget shall continue to operate until 1 June 2031;", mine)
    assert _continues(
        "Decides that the Widget shall remain in place for a further period of six months;", mine
    )
    assert not _continues(
        "Decides that the Panel shall continue to assist the Committee until 1 June 2031;", mine
    )
