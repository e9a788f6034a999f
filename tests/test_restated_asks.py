"""A restated ask keeps the tier of the ask it restates (issue 9, twenty-fifth session,
RESULTS §2de): "Reiterates / Reaffirms / Renews / Recalls its demand" ranks as
"Demands", "its call upon" as "Calls upon", "its request" as "Requests". So the demand
said again is no weaker, and a call restated that comes back as a demand restated is a
call raised to a demand. Each case is ordinary UN wording written for the test, with a
near miss beside it where a shift must still fire."""

from __future__ import annotations

import pytest
from drafting import op1

DEMAND = "that all parties comply fully with the ceasefire agreement;"


@pytest.mark.parametrize(
    "restated",
    [
        "Reiterates its demand",
        "Reaffirms its demand",
        "Renews its demand",
        "Also reaffirms its demand",
        "Reiterates the Security Council's demand",
    ],
)
def test_a_demand_restated_is_the_demand(restated: str) -> None:
    # Cambodia 1993: "Demands that all parties comply ..." -> "Reiterates its demand that
    # all parties honour in full ..." was judged stronger, with no verb softer.
    kind, shifts = op1(f"Demands {DEMAND}", f"{restated} {DEMAND}")
    assert (kind, shifts) == ("reworded", [])
    kind, shifts = op1(f"{restated} {DEMAND}", f"Demands {DEMAND}")
    assert (kind, shifts) == ("reworded", [])


def test_a_call_restated_as_a_demand_restated_is_raised() -> None:
    # Bosnia 1992: "Reiterates its call on all parties ... to comply fully" ->
    # "Reaffirms its demand that all parties ...": judged "call -> demand", stronger.
    kind, shifts = op1(
        "Reiterates its call on all parties to comply fully with the ceasefire agreement;",
        f"Reaffirms its demand {DEMAND}",
    )
    assert kind == "strengthened"
    lead = "operative verb strengthened: reiterates its call on →"
    assert any(s.startswith(lead) for _, s in shifts)


def test_a_demand_restated_as_a_call_restated_is_lowered() -> None:
    # Portuguese territories 1972: "Reaffirms its urgent demand to Portugal" -> "Calls upon
    # Portugal": judged "urgent demand -> calls upon", softer.
    kind, shifts = op1(
        f"Reaffirms its demand {DEMAND}",
        "Reiterates its call on all parties to comply fully with the ceasefire agreement;",
    )
    assert kind == "softened"
    lead = "operative verb weakened: reaffirms its demand →"
    assert any(s.startswith(lead) for _, s in shifts)


def test_a_call_upon_restated_as_a_demand_is_raised() -> None:
    # Portuguese territories 1965: "Urgently calls upon Portugal" -> "Reaffirms its urgent
    # demand to Portugal": judged stronger.
    kind, _ = op1(
        "Calls upon all parties to comply fully with the ceasefire agreement;",
        f"Reaffirms its demand {DEMAND}",
    )
    assert kind == "strengthened"


def test_a_demand_restated_is_still_above_a_request_restated() -> None:
    # The near miss: a demand restated as a request restated still falls a tier.
    kind, _ = op1(
        f"Reiterates its demand {DEMAND}",
        "Reiterates its request that all parties comply fully with the ceasefire agreement;",
    )
    assert kind == "softened"


def test_a_demand_restated_is_below_a_decision() -> None:
    kind, _ = op1(
        "Decides that all parties shall comply fully with the ceasefire agreement;",
        f"Reiterates its demand {DEMAND}",
    )
    assert kind == "softened"


def test_reiterates_alone_is_still_declaratory() -> None:
    # The near miss: "Reiterates" with no "its demand" restates no ask.
    kind, _ = op1(
        f"Demands {DEMAND}",
        "Reiterates the importance of all parties complying fully with the ceasefire agreement;",
    )
    assert kind == "softened"
