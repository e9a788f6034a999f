"""Review of leads23 (RESULTS §2fi, Review): three forms the branch's rules missed or
over-read. Made-up texts.

- A number counted over the ceiling is no ceiling in every name of personnel, not only
  "troops": "295 military personnel above the authorized troop ceiling" (the pattern had
  backtracked to "295 military" and read it as the ceiling).
- "Decides further, not to apply ..." and "decides not to apply paragraph 3 to ..." carve
  out as "Decides not to apply the measures ... to" does; with "apply" gone from the
  forbearance's list they had read as a decision added (stronger), where main read them
  softer.
- "Decides that all States shall cease their efforts to ..." binds States to stop: no
  effort of the Council's own ended.
"""

from __future__ import annotations

import pytest
from test_review_fix14 import _compare

from resdiff.lexicon import Lexicon

ASK = "Calls upon the parties to cooperate with the Secretary-General;"


def _added(paragraph: str) -> list[tuple[str, str]]:
    cmp = _compare([ASK], [ASK, paragraph])
    change = next(c for c in cmp.changes if "OP2" in c.new)
    return [(s.feature, s.direction) for p in change.walk() for s in p.shifts if s.weight]


@pytest.mark.parametrize(
    "text",
    [
        "to allow the withdrawal of 295 military personnel above the authorized troop ceiling",
        "to allow the withdrawal of 295 police officers above the authorized police ceiling",
        "to retain 295 formed police units above the authorized ceiling",
    ],
)
def test_personnel_over_the_ceiling_are_no_ceiling(text: str) -> None:
    lex = Lexicon.default()
    assert not [q for q in lex.quantities_in(text) if q.id == "personnel_ceiling"]


def test_personnel_named_in_full_are_still_a_ceiling() -> None:
    lex = Lexicon.default()
    text = "an authorized strength of up to 580 military observers and military staff officers"
    assert "580" in [q.value for q in lex.quantities_in(text) if q.id == "personnel_ceiling"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides, further, not to apply the measures imposed by paragraph 1 to food;",
        "Decides not to apply paragraph 3 to supplies intended solely for the Mission;",
        "Decides not to apply subparagraph 3 (a) to supplies intended solely for the Mission;",
    ],
)
def test_not_applied_to_some_is_an_exemption(paragraph: str) -> None:
    # Before: "operative verb added: decides", stronger.
    assert _added(paragraph) == [("exemption", "softer")]


def test_states_bound_to_cease_their_efforts_end_no_effort_of_the_council() -> None:
    # Before: "measure or mandate discontinued", softer.
    text = "Decides that all States shall cease their efforts to acquire nuclear weapons;"
    assert ("lifecycle", "softer") not in _added(text)
    assert "efforts-ended" not in [m.id for m in Lexicon.default().lifecycle_in(text)]
