"""The last reviews' leftovers, twenty-fourth session (fix14). Made-up texts."""

from __future__ import annotations

import pytest

from resdiff.model import LEAD_REASONS, Shift
from resdiff.read.text import parse_text

#: Short words, so that a line is filled to its width with one space more in a few of
#: its gaps, never two.
_WORDS = tuple(
    [
        "the",
        "council",
        "asks",
        "all",
        "states",
        "to",
        "take",
        "the",
        "steps",
        "they",
        "can",
        "and",
        "to",
        "act",
        "now",
        "so",
        "that",
        "arms",
        "do",
        "not",
        "reach",
        "the",
        "men",
        "who",
        "use",
        "them",
        "in",
        "the",
        "east",
        "of",
        "the",
        "land",
    ]
)


def _filled(count: int, width: int, first: str) -> list[str]:
    """``count`` lines of prose exactly ``width`` wide, the first opening with ``first``:
    words a space apart, one space more in the first gaps as the width needs."""
    lines: list[str] = []
    at = 0
    for n in range(count):
        words = [first] if n == 0 else []
        while True:
            word = _WORDS[at % len(_WORDS)]
            if len(" ".join([*words, word])) > width:
                break
            words.append(word)
            at += 1
        extra = width - len(" ".join(words))
        assert extra <= len(words) - 1
        gaps = [" " * (2 if k < extra else 1) for k in range(len(words) - 1)]
        lines.append("".join(w + g for w, g in zip(words, [*gaps, ""], strict=True)))
    return lines


def test_a_gutter_of_two_spaces_is_read_as_one() -> None:
    # The gutter is two blank places (_GUTTER), but the fast path looked for three spaces
    # in a line: two columns of justified prose two spaces apart were read across.
    left = _filled(14, 40, "1. Decides")
    right = _filled(14, 40, "2. Requests")
    rows = [f"{a}  {b}" for a, b in zip(left, right, strict=True)]
    assert not any("   " in row for row in rows)
    draft = parse_text("The Security Council,\n\n" + "\n".join(rows) + "\n")
    assert [w for w in draft.warnings if w.code == "text-columns"]
    first = draft.operative[0].text
    assert first.startswith("Decides") and "Requests" not in first


# ----------------------------------------- item 1: a lead's named reason is no quote


@pytest.mark.parametrize("reason", sorted(LEAD_REASONS))
@pytest.mark.parametrize("feature", ["verb", "lead", "censure"])
def test_a_one_sided_leads_named_reason_is_no_quote(feature: str, reason: str) -> None:
    # Shift.clause_words read any detail of a lead added or removed as the clause it
    # quotes: "asks to wind down" on "decides" removed was told "operative clause
    # removed: “asks to wind down”", and weighed as having no detail.
    shift = Shift(feature=feature, old="decides", direction="softer", detail=reason)
    assert shift.clause_words is None
    assert "clause removed" not in shift.describe()


def test_a_quote_is_still_a_quote() -> None:
    quote = "Decides that all States shall continue to take the measures …"
    shift = Shift(feature="verb", old="decides", direction="softer", detail=quote)
    assert shift.clause_words == quote
    assert shift.describe() == f"operative clause removed: “{quote}”"


@pytest.mark.parametrize("reason", ["asks to wind down", "restated", "the same warning"])
def test_the_words_of_a_reason_are_not_quoted(reason: str) -> None:
    # The words as the engine writes them (not through the new names): on the starting
    # code each read as a quote.
    shift = Shift(feature="verb", new="decides", direction="stronger", detail=reason)
    assert shift.clause_words is None
