"""The Council's warning of further action carried by another lead (issue 9, a stranger's
review): "Reiterates its readiness to consider further measures" → "Reaffirms that it
will consider further measures" states the same warning, not a stance weakened to a
declaratory "reaffirms" (S/RES/804 → 834 (1993), judged stronger for other words); "Issues a
solemn warning" declared with the same further steps keeps the warning. Where
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


WARNED = (
    "Issues a solemn warning to the parties that if such acts were to be repeated, the "
    "Council would have to consider further steps to give effect to its decisions;"
)


def test_a_solemn_warning_declared_is_kept_not_softened() -> None:
    # S/RES/262 -> 270 (1969): the warning declared, the same further steps held out.
    kind, shifts = op1(
        WARNED,
        "Declares that such acts cannot be tolerated and that the Security Council would "
        "have to consider further and more effective steps to give effect to its decisions;",
    )
    assert kind == "strengthened"
    assert not [t for d, t in shifts if d == "softer"]
    # The old warning is the Council's own voice: no warning "added".
    assert not [t for _, t in shifts if "warning of further action added" in t]
    assert any("censure changed, the same warning of further action" in t for _, t in shifts)


def test_a_warning_with_nothing_held_out_still_softens_when_gone() -> None:
    # Near miss: no further action on either side; the warning itself is gone.
    _, shifts = op1(
        "Issues a solemn warning to the parties that such acts violate the ceasefire;",
        "Declares that such acts violate the ceasefire;",
    )
    assert ("softer", "censure softened: issues a solemn warning → declares") in shifts


def test_a_decision_turned_into_a_solemn_warning_is_sharper() -> None:
    # Near miss (S/RES/466 -> 475 (1980), judged mixed): the warning put to the party
    # in the Council's own name, where a decision to meet again stood.
    _, shifts = op1(
        "Decides that in the event of further acts of violation the Security Council will "
        "meet again to consider the adoption of more effective measures;",
        "Solemnly warns the Government that in the event of any further armed incursions the "
        "Security Council will meet again to consider further appropriate action;",
    )
    assert any(d == "stronger" and t.startswith("censure sharpened") for d, t in shifts)


def test_a_warning_recalled_is_not_the_same_warning() -> None:
    # "Recalls its readiness" quotes an earlier warning: the warning flag reads it gone,
    # and the explanation does not also call it the same warning (it said both).
    kind, shifts = op1(
        "Expresses its readiness to consider further measures;",
        "Recalls its readiness to consider further measures;",
    )
    assert kind == "softened"
    assert not any("the same warning of further action" in t for _, t in shifts)
    assert any(t.startswith("warning of further action removed") for _, t in shifts)


def test_a_warning_made_conditional_is_weakened_not_removed() -> None:
    # "may consider" still warns of further action, less firmly (a stranger's review:
    # it read "warning of further action removed" beside the modal weakened).
    kind, shifts = op1(
        "Affirms that it will consider further measures should the parties fail to comply;",
        "Affirms that it may consider further measures should the parties fail to comply;",
    )
    assert kind == "softened"
    assert ("softer", "modal weakened: will → may") in shifts
    assert not [t for _, t in shifts if t.startswith("warning")]


def test_a_warning_that_may_come_is_still_a_warning() -> None:
    _, shifts = op1(
        "Notes the report of the Secretary-General;",
        "Notes the report of the Secretary-General and affirms that the Council may "
        "consider further measures;",
    )
    assert [t for d, t in shifts if d == "stronger" and t.startswith("warning")]
