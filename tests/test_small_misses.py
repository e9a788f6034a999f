"""Three small lexicon misses a reviewer left: "Reaffirming its calls upon" (plural)
ranked as the singular; "swift implementations" and "in a swift and thorough manner"
read as speed asked; the United Nations agencies, funds and programmes and the country
team asked "to continue" asked nothing new, as the Secretary-General is."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff
from resdiff.lexicon import Lexicon


def _only_change(old: str, new: str, ref: str) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(old, new)
    change = next(c for c in cmp.changes if ref in c.new)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


@pytest.mark.parametrize("plural", ["reaffirming its calls upon", "reaffirming its calls on"])
def test_reaffirming_its_calls_upon_ranks_like_the_singular(plural: str) -> None:
    phrases = Lexicon.default().preamble
    assert phrases[plural].axis_a == phrases["reaffirming its call upon"].axis_a
    assert phrases[plural].axis_a == phrases["calling upon"].axis_a


def test_reaffirming_its_calls_upon_for_its_call_upon_is_the_same_call() -> None:
    ops = ["Requests the Secretary-General to keep it informed;", "Decides to remain seized."]
    kind, shifts = _only_change(
        draft(ops, "Reaffirming its call upon all parties to respect the ceasefire,"),
        draft(ops, "Reaffirming its calls upon all parties to respect the ceasefire,"),
        "PP1",
    )
    assert kind not in ("softened", "strengthened"), shifts


@pytest.mark.parametrize(
    "text",
    [
        "Urges the Government to ensure the swift implementations of these reforms;",
        "Urges the Government to investigate these attacks in a swift and thorough manner;",
        "Urges the Government to investigate these attacks in a swift manner;",
    ],
)
def test_swift_before_implementations_or_a_manner_is_speed_asked(text: str) -> None:
    assert "swiftly" in [m.phrase for m in Lexicon.default().emphasis_in(text)]


def test_swift_before_an_outcome_hoped_for_is_still_no_speed_asked() -> None:
    text = "Calls for a swift resolution of the current political situation;"
    assert "swiftly" not in [m.phrase for m in Lexicon.default().emphasis_in(text)]


@pytest.mark.parametrize(
    "asked",
    [
        "the United Nations agencies, funds and programmes",
        "the United Nations country team",
        "the Secretary-General",
    ],
)
def test_the_un_system_asked_to_continue_is_asked_nothing_new(asked: str) -> None:
    base = "Welcomes the efforts of the Government to consolidate peace"
    kind, shifts = _only_change(
        draft([f"{base};", "Decides to remain seized."]),
        draft(
            [
                f"{base}, and calls upon {asked} to continue to support the Government;",
                "Decides to remain seized.",
            ]
        ),
        "OP1",
    )
    assert kind == "reworded", shifts


def test_a_party_asked_to_continue_is_still_pressed() -> None:
    base = "Welcomes the efforts of the Government to consolidate peace"
    kind, _ = _only_change(
        draft([f"{base};", "Decides to remain seized."]),
        draft(
            [
                f"{base}, and urges the parties to continue to support the Government;",
                "Decides to remain seized.",
            ]
        ),
        "OP1",
    )
    assert kind == "strengthened"
