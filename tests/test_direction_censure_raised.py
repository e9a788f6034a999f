"""A lower operative censure left out where the new text censures at a higher tier is the
censure raised, not a censure lost (S/RES/592 (1986) -> 672 (1990), judged stronger)."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff
from resdiff.classify.censures import censure_tier
from resdiff.lexicon import Lexicon

CALL = "Calls upon the occupying Power to abide by its obligations under the Convention;"


def _direction(old_censure: str, new_censure: str) -> str:
    old = draft([old_censure, CALL, "Requests the Secretary-General to report on the situation;"])
    new = draft([new_censure, CALL, "Requests the Secretary-General to report on the situation;"])
    return resdiff.compare(old, new).summary.direction


def test_a_deploring_left_out_beside_a_condemnation_is_the_censure_raised() -> None:
    assert (
        _direction(
            # The same forces censured on both sides, as in the real texts ("the Israeli
            # army" / "the Israeli security forces"): one act, the censure raised. Censures
            # that share no word are of different acts (test_mirror.py).
            "Strongly deplores the opening of fire by the security forces on unarmed students;",
            "Condemns the acts of violence committed by the security forces at the holy places;",
        )
        == "stronger"
    )


@pytest.mark.parametrize(
    ("old_censure", "new_censure"),
    [
        # One condemnation for another: the same tier, no step up.
        (
            "Condemns the shelling of the town by the armed forces;",
            "Condemns the bombing of the refugee camp by the armed forces;",
        ),
        # A condemnation left out beside a deploring: a step down still weighs.
        (
            "Condemns the shelling of the town by the armed forces;",
            "Deplores the bombing of the refugee camp by the armed forces;",
        ),
    ],
)
def test_no_step_up_no_censure_unweighed(old_censure: str, new_censure: str) -> None:
    assert _direction(old_censure, new_censure) != "stronger"


def test_the_tiers_read_are_the_lexicons() -> None:
    lexicon = Lexicon.default()
    assert censure_tier("condemns", lexicon) == 5
    assert censure_tier("strongly deplores", lexicon) == 4
    # An ask that censures nothing has no censure tier.
    assert censure_tier("welcomes", lexicon) is None
    assert censure_tier("an unknown phrase", lexicon) is None
    assert censure_tier(None, lexicon) is None


def test_the_councils_own_name_is_no_word_of_the_act_censured() -> None:
    # "the Security Council" against "the security forces": one shared word, two acts (a
    # refusal to comply, violence by forces). The deploring is no step of the
    # condemnation, and weighs as a censure left out beside a censure made.
    assert (
        _direction(
            "Strongly deplores the refusal of the occupying Power to comply with the "
            "resolutions of the Security Council;",
            "Condemns the acts of violence committed by the security forces at the holy places;",
        )
        != "stronger"
    )
    lexicon = Lexicon.default()
    assert "security" not in lexicon.without_council_names("the Security  Council decides").lower()
    assert "security forces" in lexicon.without_council_names("the security forces")
