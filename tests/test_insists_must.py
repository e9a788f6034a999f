""" "Insists that ... must be ..." is a demand in all but name (RESULTS §2el, leads20):
"insists" ranks as a call (verbs.toml, tier 4) unless what it insists on binds in so many
words, "must" or "shall" in its content clause, where it ranks as a demand
(``binding_tier``). S/RES/258 (1968) OP1, "Insists that the cease-fire ordered by the
Security Council in its resolutions must be rigorously respected", read so by both judges
of middle-east-1968-h67. Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon

INSISTS_MUST = (
    "Insists that the cease-fire ordered by the Security Council must be rigorously respected;"
)


def _kind(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    return change_of(resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING])), "OP1")


@pytest.mark.parametrize("modal", ["must", "shall"])
def test_insists_with_a_binding_modal_ranks_as_a_demand(modal: str) -> None:
    text = f"Insists that the cease-fire ordered by the Security Council {modal} be respected;"
    (clause,) = resdiff.parse(draft([text, CLOSING])).operative[:1]
    assert [p.axis_a for p in clause.phrases] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "Insists that the cease-fire ordered by the Security Council be respected;",
        "Insists that the parties should respect the cease-fire;",
        "Insists on the full implementation of the above resolutions by all parties;",
    ],
)
def test_insists_without_a_binding_modal_stays_a_call(text: str) -> None:
    (clause,) = resdiff.parse(draft([text, CLOSING])).operative[:1]
    assert [p.axis_a for p in clause.phrases] == [4]


def test_a_call_recast_as_insists_that_must_is_stronger() -> None:
    old = "Calls upon the parties to respect the cease-fire ordered by the Security Council;"
    kind, shifts = _kind(old, INSISTS_MUST)
    assert kind == "strengthened"
    assert ("stronger", "operative verb strengthened: calls upon → insists") in shifts


def test_a_demand_recast_as_insists_that_must_is_no_weakening() -> None:
    old = "Demands that the parties respect the cease-fire ordered by the Security Council;"
    kind, shifts = _kind(old, INSISTS_MUST)
    assert kind == "reworded"
    assert not [d for d, _ in shifts if d == "softer"]


def test_a_users_lexicon_may_leave_insists_a_call() -> None:
    mine = Lexicon.from_toml("[verbs]\ninsist = { axis_a = 4 }\n", name="mine.toml")
    lexicon = Lexicon.default().extend(mine)
    assert Lexicon.default().binding_tier("insist") == 5
    assert lexicon.binding_tier("insist") is None
    (clause,) = resdiff.parse(draft([INSISTS_MUST, CLOSING]), lexicon=lexicon).operative[:1]
    assert [p.axis_a for p in clause.phrases] == [4]


@pytest.mark.parametrize(
    "text",
    [
        # Review of leads20: the binding_tier reading gave every lead with "must" or
        # "shall" in its clause a prescriptive tier of 1 where it had none (a censure,
        # the Council's warning, and 107 recitals of the corpus): a lead with no
        # binding_tier is left as read.
        "Condemns the attack, for which those responsible must be held accountable;",
        "Warns that the Council shall consider further measures;",
    ],
)
def test_a_lead_without_a_binding_tier_keeps_its_own_tier(text: str) -> None:
    (clause,) = resdiff.parse(draft([text, CLOSING])).operative[:1]
    assert [p.axis_a for p in clause.phrases] == [None]


def test_a_recital_keeps_no_prescriptive_tier() -> None:
    pre = "Noting that the measures imposed by paragraph 1 shall remain in force,"
    parsed = resdiff.parse(draft([INSISTS_MUST, CLOSING], preamble=pre))
    assert [p.axis_a for c in parsed.preamble for p in c.phrases] == [None]
