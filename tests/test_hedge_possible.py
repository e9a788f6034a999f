""" "possible" before the step ("the possible dispatch of United Nations observers", "the
possible deployment of", "possible establishment of") is a hedge: put in, softer; taken out,
stronger (hedges.toml); not "as soon as possible", "all possible assistance", "where
possible".

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

import pytest
from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison


def _compare(old: list[str], new: list[str]) -> Comparison:
    return resdiff.compare(draft([*old, CLOSING]), draft([*new, CLOSING]))


@pytest.mark.parametrize(
    ("old", "new", "kind", "shift"),
    [
        (
            "Requests the Secretary-General to consult the parties on the dispatch of "
            "United Nations observers;",
            "Requests the Secretary-General to consult the parties on the possible dispatch "
            "of United Nations observers;",
            "softened",
            ("softer", "hedge added: “possible dispatch” (a form of “possible”)"),
        ),
        (
            "Requests the Secretary-General to prepare for the possible deployment of a "
            "peace-keeping operation;",
            "Requests the Secretary-General to prepare for the deployment of a "
            "peace-keeping operation;",
            "strengthened",
            ("stronger", "hedge removed: “possible deployment” (a form of “possible”)"),
        ),
        (
            "Takes note of the options for the establishment of a peace-keeping force;",
            "Takes note of the options for the possible establishment of a peace-keeping force;",
            "softened",
            ("softer", "hedge added: “possible establishment” (a form of “possible”)"),
        ),
        # An enlargement contemplated (leads20): "plan and prepare for a possible further
        # expansion of the Mission" (S/RES/892 (1993)), "the possible augmentation of the
        # existing components" (890 (1993)).
        (
            "Requests the Secretary-General to prepare for the further expansion of the Mission;",
            "Requests the Secretary-General to prepare for a possible further expansion of "
            "the Mission;",
            "softened",
            ("softer", "hedge added: “possible further expansion” (a form of “possible”)"),
        ),
        (
            "Requests the Secretary-General to plan for the possible augmentation of the "
            "existing components of the Mission;",
            "Requests the Secretary-General to plan for the augmentation of the existing "
            "components of the Mission;",
            "strengthened",
            ("stronger", "hedge removed: “possible augmentation” (a form of “possible”)"),
        ),
        (
            "Expresses its readiness to consider an increase in the strength of the Force;",
            "Expresses its readiness to consider a possible increase in the strength of the Force;",
            "softened",
            ("softer", "hedge added: “possible increase” (a form of “possible”)"),
        ),
    ],
)
def test_possible_before_the_step_is_a_hedge(
    old: str, new: str, kind: str, shift: tuple[str, str]
) -> None:
    found_kind, shifts = change_of(_compare([old], [new]), "OP1")
    assert found_kind == kind
    assert shift in shifts


@pytest.mark.parametrize(
    "text",
    [
        "Approves the dispatch as soon as possible of an advance team;",
        "Requests the Secretary-General to deploy the observers as soon as possible;",
        "Calls upon all States to provide all possible assistance;",
        "Requests the Secretary-General to submit recommendations on possible further steps;",
        "Requests the Secretary-General to deploy, where possible, additional observers;",
        "Expresses its concern at the possible increase in violence in the region;",
        "Calls upon the parties to increase as much as possible the strength of the Force;",
        # Review of leads20: the growth of what the Council fears or condemns is no step
        # of its own it hedges.
        "Expresses its concern at the possible expansion of the conflict to neighbouring States;",
        "Condemns any possible expansion of settlements in the occupied territories;",
        "Warns against a possible enlargement of the zone of hostilities;",
    ],
)
def test_possible_elsewhere_is_no_such_hedge(text: str) -> None:
    assert "possible" not in [h.hedge for h in Lexicon.default().hedges_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Requests the Secretary-General to prepare for a possible further expansion of the "
        "Mission;",
        "Requests the Secretary-General to plan for the possible augmentation of the "
        "existing components of the Mission;",
        "Expresses its readiness to consider a possible reinforcement of UNPROFOR;",
        "Requests recommendations on a possible expansion of the United Nations presence;",
        "Expresses its readiness to consider a possible enlargement of the Force;",
    ],
)
def test_possible_before_an_enlargement_of_the_councils_own_is_the_hedge(text: str) -> None:
    assert "possible" in [h.hedge for h in Lexicon.default().hedges_in(text)]
