"""Review of the eighteenth session's precision rules (tests/test_precision18.py): near
misses of ordinary UN wording the rules first read wrongly. Each case is written for the
test; the rule it pins is named in the comment above it."""

from __future__ import annotations

import pytest
from drafting import change_of, draft, op1

import resdiff

_TASK = "Decides that the Mission shall support the electoral commission"


@pytest.mark.parametrize(
    "limit",
    [
        "subject to the availability of troops",
        "subject to the availability of the necessary resources",
        "subject to available funds",
        "subject to availability of resources",
    ],
)
def test_availability_the_capacity_hedge_does_not_read_is_still_a_condition(limit: str) -> None:
    # The hedge "subject to available resources" reads its own wordings only; every other
    # "subject to the availability of ..." still makes the task conditional (softer), not
    # a wider reach (stronger), as it did before the hedge took its wordings.
    kind, shifts = op1(f"{_TASK};", f"{_TASK}, {limit};")
    assert kind == "softened"
    assert not [s for s in shifts if s[0] == "stronger"]
    kind, _ = op1(f"{_TASK}, {limit};", f"{_TASK};")
    assert kind == "strengthened"


def test_emphasis_in_a_further_task_after_a_report_still_presses() -> None:
    # What a report covers ends where the same request asks a further task ("and to
    # ensure ..."): "unhindered" presses the Secretary-General's own task.
    kind, shifts = op1(
        "Requests the Secretary-General to report on the situation and to ensure access "
        "for the Mission;",
        "Requests the Secretary-General to report on the situation and to ensure "
        "unhindered access for the Mission;",
    )
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “unhindered”") in shifts
    # Near miss: a purpose inside what is reported ("steps taken to ensure ...") is still
    # what is reported.
    kind, shifts = op1(
        "Requests the Secretary-General to report on steps taken to ensure access;",
        "Requests the Secretary-General to report on steps taken to ensure unhindered access;",
    )
    assert not [s for s in shifts if s[1].startswith("emphasis")]


def test_support_for_the_secretary_generals_envoy_is_still_weighed() -> None:
    # The declaratory forms ("Supports the Secretary-General's ...") are the Council's
    # support for the Secretary-General himself; "the Secretary-General's Special Envoy"
    # is the envoy of 317dde0, whose efforts stay an ask of tier 2.
    kind, shifts = op1(
        "Welcomes the efforts of the Special Envoy to convene the parties;",
        "Supports the Secretary-General's Special Envoy in his efforts to convene the parties;",
    )
    assert kind == "strengthened"
    kind, shifts = op1(
        "Welcomes the efforts of the Personal Envoy to convene the parties;",
        "Fully supports the efforts of the Secretary-General's Personal Envoy to convene "
        "the parties;",
    )
    assert kind == "strengthened"
    # Dropping "the Secretary-General's" before the same envoy changes no force.
    kind, shifts = op1(
        "Supports the Secretary-General's Special Envoy in his efforts to convene the parties;",
        "Supports the Special Envoy in his efforts to convene the parties;",
    )
    assert not [s for s in shifts if s[0] != "neutral"]


def test_a_recital_supporting_the_secretary_generals_envoy_is_still_weighed() -> None:
    old = draft(
        ["Decides to remain seized of the matter."],
        preamble=[
            "Recalling its previous resolutions,",
            "Welcoming the efforts of the Special Representative to assist the parties,",
        ],
    )
    new = draft(
        ["Decides to remain seized of the matter."],
        preamble=[
            "Recalling its previous resolutions,",
            "Supporting the efforts of the "
            "Secretary-General's Special Representative to assist the parties,",
        ],
    )
    kind, _ = change_of(resdiff.compare(old, new), "PP2")
    assert kind == "strengthened"


def test_addressees_set_off_by_commas_are_read_as_a_list() -> None:
    # "Urges the sides, and all involved participants, to ...": the comma before "to"
    # closes the list; it leaves no empty addressee that voids it.
    kind, shifts = op1(
        "Urges the sides, and all involved participants, to renew their commitment to a "
        "settlement;",
        "Urges the sides to renew their commitment to a settlement;",
    )
    assert kind == "softened"
    assert ("softer", "addressees removed: all involved participants") in shifts
