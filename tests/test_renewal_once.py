"""An added renewal by reference weighs once (RESULTS §2el, leads20): "Decides to renew
until 1 March 2023 the measures imposed by paragraph 1 of resolution 1001 (2021)" put in
was read as the measures renewed (a life-cycle shift, 25) and as "the measures cited"
imposed (a measure shift, 30): one act counted twice. The renewal weighs; the measures
it cites are named, not weighed. Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.model import Shift
from resdiff.render import render

EMBARGO = "Decides that all States shall prevent the supply of arms to Freedonia;"


def _added(paragraph: str) -> list[Shift]:
    cmp = resdiff.compare(draft([EMBARGO, CLOSING]), draft([EMBARGO, paragraph, CLOSING]))
    (change,) = [c for c in cmp.changes if c.kind == "added"]
    return [s for part in change.walk() for s in part.shifts]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of "
            "resolution 1001 (2021);",
            "renewed",
        ),
        (
            "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) "
            "shall remain in force until 1 March 2023;",
            "maintained",
        ),
    ],
)
def test_a_renewal_by_reference_put_in_weighs_once(paragraph: str, label: str) -> None:
    weighed = [(s.feature, s.new) for s in _added(paragraph) if s.direction != "neutral"]
    assert weighed == [("lifecycle", label)]
    cited = [s for s in _added(paragraph) if s.feature == "measure"]
    assert cited and all(s.direction == "neutral" and s.note for s in cited)


def test_the_measures_cited_applied_without_a_renewal_still_weigh() -> None:
    paragraph = (
        "Decides that the individuals designated by the Committee shall be subject to the "
        "measures imposed by paragraph 1 of resolution 1001 (2021);"
    )
    assert ("measure", "stronger") in [(s.feature, s.direction) for s in _added(paragraph)]


def _dropped(paragraph: str) -> list[Shift]:
    cmp = resdiff.compare(draft([EMBARGO, paragraph, CLOSING]), draft([EMBARGO, CLOSING]))
    (change,) = [c for c in cmp.changes if c.kind == "dropped"]
    return [s for part in change.walk() for s in part.shifts]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of "
        "resolution 1001 (2021);",
        "Decides that the measures imposed by paragraph 1 of resolution 1001 (2021) "
        "shall remain in force until 1 March 2023;",
    ],
)
def test_a_renewal_by_reference_taken_out_weighs_once(paragraph: str) -> None:
    # The mirror of the renewal put in (RESULTS §2eq): one renewal gone, weighed as the
    # measures it renewed left to lapse; its lead removed is named, not weighed besides.
    shifts = _dropped(paragraph)
    weighed = [(s.feature, s.direction) for s in shifts if s.direction != "neutral"]
    assert weighed == [("measure", "softer")]
    lead = [s for s in shifts if s.feature == "verb"]
    assert lead and all(s.direction == "neutral" and s.note for s in lead)


def test_the_measures_cited_applied_without_a_renewal_still_weigh_taken_out() -> None:
    paragraph = (
        "Decides that the individuals designated by the Committee shall be subject to the "
        "measures imposed by paragraph 1 of resolution 1001 (2021);"
    )
    assert ("measure", "softer") in [(s.feature, s.direction) for s in _dropped(paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of "
        "resolution 1001 (2021), and demands that the parties cease all hostilities "
        "immediately;",
        "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of "
        "resolution 1001 (2021); and demands that the parties cease all hostilities "
        "immediately;",
    ],
)
def test_an_unrelated_decision_beside_a_renewal_taken_out_still_weighs(paragraph: str) -> None:
    # Two acts in one dropped paragraph (review of leads21): the renewal's lead is named,
    # not weighed (the measures left to lapse weigh it), but the demand beside it is an
    # act of its own, and its removal still weighs.
    shifts = _dropped(paragraph)
    leads = {s.old: s.direction for s in shifts if s.feature == "verb"}
    assert leads["decides"] == "neutral"
    assert leads["demands"] == "softer"
    assert ("measure", "softer") in [(s.feature, s.direction) for s in shifts]


def test_the_renewal_lead_taken_out_is_still_named_in_the_reports() -> None:
    # Named, not weighed: the text, Markdown and HTML reports still say it (review of leads21).
    paragraph = (
        "Decides to renew until 1 March 2023 the measures imposed by paragraph 1 of "
        "resolution 1001 (2021);"
    )
    cmp = resdiff.compare(draft([EMBARGO, paragraph, CLOSING]), draft([EMBARGO, CLOSING]))
    for fmt in ("text", "markdown", "html"):
        out = " ".join(render(cmp, fmt).split())
        assert "operative verb removed: decides (the renewal taken out" in out, fmt
