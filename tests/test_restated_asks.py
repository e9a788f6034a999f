"""A restated ask against the ask itself, at domain.md §2's tiers (issue 9, twenty-fifth
session, RESULTS §2de). Branch read15 tried "Reiterates / Reaffirms / Renews / Recalls its
demand" at the tier of "Demands" and was reverted (odd half: key changes 576 -> 574, two
right softened verdicts lost); the near misses it tested hold at the old tiers and stay
here: a demand restated is still above a request restated, below a decision, and
"Reiterates" with no ask after it is still declaratory. Each case is ordinary UN wording
written for the test."""

from __future__ import annotations

from drafting import op1

DEMAND = "that all parties comply fully with the ceasefire agreement;"


def test_a_demand_restated_is_still_above_a_request_restated() -> None:
    # A demand restated as a request restated still falls a tier.
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
    # "Reiterates" with no "its demand" restates no ask.
    kind, _ = op1(
        f"Demands {DEMAND}",
        "Reiterates the importance of all parties complying fully with the ceasefire agreement;",
    )
    assert kind == "softened"
