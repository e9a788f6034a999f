"""Measures held back or growth refused with words between the refusal and what it governs
(RESULTS §2fp lead 1; the §2fi review and §2fo left them):

- "Decides, in view of the report, not to apply the measures … to X": a clause set between
  the Council's "decides" and its "not" still carves an exemption (scope.toml's "shall not
  apply to"), as "Decides further not to apply …" does; before, the carve began at "not"
  right after the lead and the paragraph read as a decision added, stronger;
- "no further action shall be taken to expand …", "defer consideration of the expansion
  of …", "not to take any decision on the enlargement of …": the refusal or deferral
  governs a process noun ("action", "steps", "consideration", "decision") that governs the
  growing word (lifecycle.toml's ``[fragments.growth_refused]``): no growth is read.

No text of ../shared/corpus holds any of these forms (S/RES/890 (1993)'s "Decides, in view
of …, not to impose at present" is the forbearance, read before); made-up texts."""

from __future__ import annotations

import pytest
from test_review_fix14 import _compare

from resdiff.lexicon import Lexicon

ASK = "Calls upon the parties to cooperate with the Secretary-General;"


def _added(paragraph: str) -> list[tuple[str, str]]:
    cmp = _compare([ASK], [ASK, paragraph])
    change = next(c for c in cmp.changes if "OP2" in c.new)
    return [(s.feature, s.direction) for p in change.walk() for s in p.shifts]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides, in view of the report of the Secretary-General, not to apply the measures "
        "imposed by paragraph 1 to supplies intended solely for the Mission;",
        "Decides, in the light of the progress achieved, not to apply paragraph 3 to the "
        "Government;",
        "Decides also, having considered the letter of 2 May, not to apply the embargo to "
        "non-lethal equipment;",
    ],
)
def test_a_clause_between_decides_and_not_still_carves_an_exemption(paragraph: str) -> None:
    # Before: "operative verb added: decides", stronger (8).
    assert _added(paragraph) == [("exemption", "softer")]


@pytest.mark.parametrize(
    "text",
    [
        # Another body's decision and a ban's own proviso stay no exemption of the Council.
        "Decides that the Committee, after consultation, may decide not to apply the "
        "measures to food;",
        "Decides to extend the ban to all aircraft, this ban not to apply to flights "
        "authorized by the Force;",
        # The clause must be the decision's own, between its two commas.
        "Requests, in view of the report, the States not to apply the measures to food;",
    ],
)
def test_no_exemption_without_the_councils_decides_before_the_clause(text: str) -> None:
    found = Lexicon.default().exemptions_in(text)
    assert not [m for m in found if "not to apply" in m.text], found


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that no further action shall be taken to expand the mandate of the Mission;",
        "Decides that no further steps shall be taken towards the expansion of the measures "
        "imposed by paragraph 1;",
        "Decides to defer consideration of the expansion of the mandate of the Mission;",
        "Decides to defer further consideration of the enlargement of the Force;",
        "Decides to postpone its decision on the expansion of the mandate of the Mission;",
        "Decides not to take any decision on the expansion of the mandate of the Mission at "
        "this stage;",
    ],
)
def test_growth_refused_through_a_process_noun_is_no_growth(paragraph: str) -> None:
    # Before: "measure or mandate expanded / enlarged", stronger (25).
    shifts = _added(paragraph)
    assert not [s for s in shifts if s[0] == "lifecycle"], shifts


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Decides to take action to expand the mandate of the Mission;", "expanded"),
        ("Decides to give consideration to the enlargement of the Force;", "enlarged"),
        # A "not" of another clause, past a semicolon, refuses nothing here.
        (
            "Regrets that no further steps have been taken; decides to expand the mandate of "
            "the Mission;",
            "expanded",
        ),
    ],
)
def test_growth_through_a_process_noun_not_refused_is_still_read(text: str, label: str) -> None:
    assert label in [m.label for m in Lexicon.default().lifecycle_in(text)]
