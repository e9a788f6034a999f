"""Shifts named as a drafting expert would name them (issue 9): whole units, never the
fragment a print's spacing leaves, and no verb counted twice in one paragraph.

The texts are written for the tests in ordinary UN wording; the real-text figures are in
benchmarks/judged.py (and tests/test_judged.py).
"""

from __future__ import annotations

import resdiff
from resdiff.model import Change, Comparison


def _draft(operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"The Security Council,\n\nRecalling its previous resolutions on the situation,\n\n{ops}\n"
    )


def _compare(old: list[str], new: list[str]) -> Comparison:
    closing = "Decides to remain seized of the matter."
    return resdiff.compare(_draft([*old, closing]), _draft([*new, closing]))


def _first(cmp: Comparison) -> Change:
    return cmp.changes[1]  # after the recital


def test_a_revision_printed_with_a_space_after_its_point_is_part_of_the_symbol() -> None:
    change = _first(
        _compare(
            ["Takes note of the agenda contained in document S/Agenda/1234;"],
            ["Takes note of the agenda contained in document S/Agenda/1250/Rev. 1;"],
        )
    )
    assert [(s.feature, s.old, s.new, s.direction) for s in change.shifts] == [
        ("reference", "S/Agenda/1234", "S/Agenda/1250/Rev. 1", "neutral")
    ]


def test_the_same_symbol_with_and_without_the_space_is_no_change() -> None:
    cmp = _compare(
        ["Takes note of the report contained in document S/1999/12/Add. 2;"],
        ["Takes note of the report contained in document S/1999/12/Add.2;"],
    )
    assert not [s for c in cmp.changes for s in c.shifts if s.feature == "reference"]


def test_a_number_after_a_revision_mark_is_not_taken_when_a_word_follows() -> None:
    # Near miss: "Rev. 12th" is no revision number; the symbol stops at its mark.
    change = _first(
        _compare(
            ["Takes note of document S/Agenda/1234;"],
            ["Takes note of document S/Agenda/1250/Rev. 12th session;"],
        )
    )
    values = {s.new for s in change.shifts if s.feature == "reference"}
    assert values == {"S/Agenda/1250/Rev"}


# ------------------------------------------------- the Council's word to the Assembly


def _lone(old: list[str], new: list[str]) -> list[tuple[str, str]]:
    cmp = _compare(old, new)
    return [
        (s.feature, s.direction)
        for c in cmp.changes
        if not (c.old and c.new)
        for part in c.walk()
        for s in part.shifts
    ]


def test_an_admission_recommended_in_place_of_another_weighs_nothing() -> None:
    cmp = _compare(
        [
            "Recommends to the General Assembly that the Republic of Aland be admitted to "
            "membership in the United Nations;",
            "Recommends to the General Assembly that the Republic of Borduria be admitted to "
            "membership in the United Nations;",
        ],
        [
            "Recommends to the General Assembly that the Republic of Carpania be admitted to "
            "membership in the United Nations;",
        ],
    )
    directed = [
        s for c in cmp.changes for p in c.walk() for s in p.shifts if s.direction != "neutral"
    ]
    assert directed == []
    assert cmp.summary.direction == "neutral"


def test_the_assembly_notified_of_a_decision_is_no_ask_added() -> None:
    assert (
        _lone(
            ["Decides to establish a committee of three members to examine the question;"],
            [
                "Decides to establish a committee of three members to examine the question;",
                "Requests the Secretary-General to notify the General Assembly of this decision;",
            ],
        )
        == []
    )


def test_a_recommendation_to_the_parties_still_weighs_as_its_verb() -> None:
    # Near miss: a recommendation of substance, not an admission.
    assert ("verb", "stronger") in _lone(
        ["Decides to establish a committee of three members to examine the question;"],
        [
            "Decides to establish a committee of three members to examine the question;",
            "Recommends that the parties refrain from any action that might aggravate the "
            "situation;",
        ],
    )


def test_a_report_asked_for_the_assembly_still_weighs_as_a_request() -> None:
    # Near miss: a report of substance, not a message carried to the other organ.
    assert ("verb", "stronger") in _lone(
        ["Decides to establish a committee of three members to examine the question;"],
        [
            "Decides to establish a committee of three members to examine the question;",
            "Requests the Secretary-General to report to the General Assembly on the "
            "implementation of this resolution within three months;",
        ],
    )
