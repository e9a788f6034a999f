"""Precision of softened and strengthened (issue 9, sixteenth session): leads the
lexicon misread, so that a provision restated at the same force read as weakened, and a
mandate named as it stands read as expanded. Each case is ordinary UN wording written for
the test, with a near miss beside it where the shift must still fire."""

from __future__ import annotations

import pytest
from drafting import lifecycle_labels, op1


def test_reiterated_call_to_the_parties_is_the_call_upon_them() -> None:
    # "Reiterates its call to all parties to ..." is "Calls upon all parties to ..." said
    # again (S/RES/766 (1992)), not a declaratory "reiterates".
    kind, shifts = op1(
        "Calls upon all parties to comply fully with the ceasefire agreement;",
        "Reiterates its call to all parties to comply fully with the ceasefire agreement;",
    )
    assert (kind, shifts) == ("reworded", [])


def test_the_call_turned_into_a_reiterated_importance_still_weakens() -> None:
    kind, shifts = op1(
        "Calls upon all parties to comply fully with the ceasefire agreement;",
        "Reiterates the importance of all parties complying fully with the ceasefire agreement;",
    )
    assert kind == "softened"
    assert ("softer", "operative verb weakened: calls upon → reiterates") in shifts


def test_a_demand_reiterated_once_again_is_the_same_demand() -> None:
    kind, shifts = op1(
        "Reiterates its demand that the armed groups release all detained humanitarian workers;",
        "Reiterates once again its demand that the armed groups release all detained "
        "humanitarian workers;",
    )
    assert (kind, shifts) == ("reworded", [])


def test_a_demand_made_then_only_reiterated_still_weakens() -> None:
    # "Demands" (tier 5) → "Reiterates its demand" (tier 4): judged softened on the
    # benchmark (Zambia 1973); "once again" between the words changes nothing of that.
    kind, shifts = op1(
        "Demands that the armed groups release all detained humanitarian workers;",
        "Reiterates once again its demand that the armed groups release all detained "
        "humanitarian workers;",
    )
    assert kind == "softened"
    assert any(s.startswith("operative verb weakened: demands →") for _, s in shifts)


def test_the_councils_readiness_reaffirmed_is_the_same_stance() -> None:
    kind, shifts = op1(
        "Expresses its readiness to support the transitional authorities in the preparation "
        "of elections;",
        "Reaffirms its readiness to support the transitional authorities in the preparation "
        "of elections;",
    )
    assert (kind, shifts) == ("reworded", [])


def test_the_councils_readiness_given_up_for_a_welcome_still_weakens() -> None:
    kind, shifts = op1(
        "Expresses its readiness to support the transitional authorities in the preparation "
        "of elections;",
        "Welcomes the support of the transitional authorities in the preparation of elections;",
    )
    assert kind == "softened"
    assert ("softer", "operative verb weakened: expresses its readiness → welcomes") in shifts


def test_a_mandate_named_as_expanded_is_no_expansion() -> None:
    assert (
        lifecycle_labels("to cooperate fully, including in the discharge of its expanded mandate")
        == []
    )
    assert lifecycle_labels("to support the Mission in carrying out their expanded mandate") == []
    # Near misses: the Council expanding a mandate, or deciding what the expanded one holds.
    assert "expanded" in lifecycle_labels(
        "Decides to expand the mandate of the Mission to include the monitoring of the ceasefire"
    )
    assert "expanded" in lifecycle_labels(
        "Decides that the expanded mandate of the Mission shall include monitoring the ceasefire"
    )


@pytest.mark.parametrize("other", ["Reiterates its readiness", "Stresses its readiness"])
def test_the_councils_readiness_restated_by_another_verb_is_the_same_stance(other: str) -> None:
    # Review of the sixteenth session: with "Reaffirms its readiness" read as the stance
    # and "Reiterates" / "Stresses its readiness" as their declaratory verbs, swapping them
    # (UNAVEM II 1993, judged "both declaratory", reworded) read as strengthened one way
    # and weakened the other.
    rest = " to consider further measures to secure the implementation of the peace accords;"
    for old, new in ((other, "Reaffirms its readiness"), ("Reaffirms its readiness", other)):
        assert op1(old + rest, new + rest) == ("reworded", [])
    assert op1("Expresses its readiness" + rest, other + rest) == ("reworded", [])
