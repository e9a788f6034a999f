"""Measures held back, exempted or refused growth, in the words drafters also use (RESULTS
§2fi item 2; no text of ../shared/corpus holds them, so they are shown here):

- "Decides to defer / postpone the imposition (or application) of the measures", "Decides
  to refrain from imposing further measures" hold an act back, as "Decides ... not to
  impose at present" does (``[lifecycle.withheld]``): softer when it comes, never a measure
  imposed (the growth is refused, ``[fragments.growth_refused]``);
- "Decides not to apply the measures imposed by paragraph 1 to supplies intended solely
  for the Mission" carves an exemption out of the measures (scope.toml's "shall not apply
  to"), softer as an exemption weighs, not a forbearance;
- "Decides that no further expansion of the mandate shall take place" refuses a growth: no
  expansion read.

Made-up texts."""

from __future__ import annotations

import pytest
from test_review_fix14 import _compare

from resdiff.lexicon import Lexicon

ASK = "Calls upon the parties to cooperate with the Secretary-General;"


def _added(paragraph: str) -> list[tuple[str, str, str]]:
    cmp = _compare([ASK], [ASK, paragraph])
    change = next(c for c in cmp.changes if "OP2" in c.new)
    return [(s.feature, s.direction, s.describe()) for p in change.walk() for s in p.shifts]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides to defer the imposition of the additional measures against the party "
        "concerned until 1 March 1994;",
        "Decides to postpone the imposition of the measures set out in paragraph 1;",
        "Decides to postpone the application of the measures imposed by paragraph 1;",
        "Decides to refrain from imposing the additional measures at this stage;",
        "Decides further to refrain from taking further measures at this stage;",
    ],
)
def test_a_measure_put_off_is_held_back_not_imposed(paragraph: str) -> None:
    # Before: "measure or mandate imposed", stronger (25), or "decides", stronger.
    shifts = _added(paragraph)
    assert [(f, d) for f, d, _ in shifts] == [("lifecycle", "softer")], shifts
    assert "withheld" in shifts[0][2]


def test_a_measure_not_applied_to_some_is_an_exemption() -> None:
    # Before: "withheld for now" (4), a forbearance.
    shifts = _added(
        "Decides not to apply the measures imposed by paragraph 1 to supplies intended solely "
        "for the Mission;"
    )
    assert [(f, d) for f, d, _ in shifts] == [("exemption", "softer")], shifts


@pytest.mark.parametrize(
    "text",
    [
        # A ban's own proviso inside the decision that imposes it (S/RES/816 (1993)).
        "Decides to extend the ban to all aircraft, this ban not to apply to flights "
        "authorized by the Force;",
        # Another body's decision the Council provides for.
        "Decides that the Committee may decide not to apply the measures to food;",
    ],
)
def test_what_is_no_decision_not_to_apply(text: str) -> None:
    assert not [m for m in Lexicon.default().exemptions_in(text) if "not to apply" in m.text]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that no further expansion of the mandate of the Mission shall take place;",
        "Decides that no further enlargement of the Force shall take place;",
    ],
)
def test_no_further_growth_is_no_growth(paragraph: str) -> None:
    # Before: "measure or mandate expanded / enlarged", stronger (25).
    shifts = _added(paragraph)
    assert not [s for s in shifts if s[0] == "lifecycle"], shifts


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Decides to impose the measures set out in the annex;", "imposed"),
        ("Decides to expand the mandate of the Mission;", "expanded"),
        ("Authorizes the deployment of additional troops to the Force;", "enlarged"),
    ],
)
def test_growth_not_put_off_is_still_read(text: str, label: str) -> None:
    assert label in [m.label for m in Lexicon.default().lifecycle_in(text)]


def test_an_ask_to_refrain_is_no_forbearance() -> None:
    text = "Calls upon all States to refrain from imposing restrictions on the flights;"
    assert "withheld" not in [m.id for m in Lexicon.default().lifecycle_in(text)]
