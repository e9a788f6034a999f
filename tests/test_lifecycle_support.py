"""What a State is asked to give is not a measure extended: "to extend their full
co-operation to the United Nations", "to extend their full support to the Force" (a
reading of the 1973–1974 UNEF texts, found after the nineteenth session's blind set was
scored). Texts made up for the test."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.lexicon import Lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Requests all Member States to extend their full co-operation to the United Nations",
        "Requests all Member States to extend their full cooperation to the Mission",
        "Calls upon all States to extend their full support to the Force",
        "Calls upon the parties to extend all necessary assistance to the Operation",
        "Urges Member States to extend all facilities to the Mission",
    ],
)
def test_support_extended_is_no_extension(text: str) -> None:
    assert [m.label for m in Lexicon.default().lifecycle_in(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Decides to extend the mandate of the Force for six months",
        "Decides to extend the peace-keeping operation until 30 April",
        "Decides to extend until 30 April the mandate of the Mission",
        "Decides to extend its support mandate of the Mission",
    ],
)
def test_a_mandate_extended_still_is(text: str) -> None:
    assert [m.label for m in Lexicon.default().lifecycle_in(text)] == ["extended"]


def test_a_call_for_co_operation_is_not_read_as_an_extension_given_up() -> None:
    old = resdiff.parse(
        draft(["Requests all Member States to extend their full co-operation.", CLOSING])
    )
    new = resdiff.parse(
        draft(["Calls upon all Member States to extend their full support.", CLOSING])
    )
    change = next(c for c in resdiff.compare(old, new).changes if c.kind != "unchanged")
    assert change.kind == "strengthened"
    assert [s.feature for s in change.shifts if s.direction != "neutral"] == ["verb"]
