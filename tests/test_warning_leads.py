"""The Council's warning of further action carried by another lead (issue 9, a stranger's
review): "Reiterates its readiness to consider further measures" → "Reaffirms that it
will consider further measures" states the same warning, not a stance weakened to a
declaratory "reaffirms" (S/RES/804 → 834 (1993), judged stronger for other words). Where
only one side warns, or the stance asks for something else, the verbs still rank by tier."""

from __future__ import annotations

from drafting import op1

READINESS = (
    "Reiterates its readiness to consider further measures against those who obstruct the "
    "peace process;"
)
REAFFIRMS = (
    "Reaffirms that it will consider further measures against those who obstruct the peace process;"
)


def test_the_same_warning_under_another_lead_is_not_weaker() -> None:
    kind, shifts = op1(READINESS, REAFFIRMS)
    assert kind == "reworded"
    assert not [t for d, t in shifts if d != "neutral"]
    assert any("the same warning of further action" in t for _, t in shifts)


def test_and_not_stronger_the_other_way() -> None:
    kind, shifts = op1(REAFFIRMS, READINESS)
    assert kind == "reworded"
    assert not [t for d, t in shifts if d != "neutral"]


def test_a_warning_on_one_side_only_still_weighs() -> None:
    # The warning gone (the Council will only consider reports): the swap ranks by tier.
    kind, shifts = op1(
        READINESS,
        "Reaffirms that it will consider the reports on those who obstruct the peace process;",
    )
    assert kind == "softened"
    assert ("softer", "operative verb weakened: reiterates its readiness → reaffirms") in shifts


def test_a_stance_without_a_warning_still_ranks_by_tier() -> None:
    # Near miss: readiness to support, no further action held out, swapped for a
    # declaratory "reaffirms" with the same words: the verbs still rank.
    _, shifts = op1(
        "Reiterates its readiness to support the parties in the implementation of the agreement;",
        "Reaffirms that it will support the parties in the implementation of the agreement;",
    )
    assert ("softer", "operative verb weakened: reiterates its readiness → reaffirms") in shifts
