"""The text reader's cheap gates agree with the patterns they stand for.

To read dense text fast, the reader tries a pattern only on a line whose first (or last)
character that pattern can start (or end) with: `_CLOSING_FIRST` for the closing's
patterns, `_BULLET_FIRST` for a bullet, "a" to "z" for a dotted label, `_MARK_ENDS` for a
footnote mark. Each gate is a copy, by hand, of what its regex can begin or end with; an
edit to the regex alone would make the reader skip lines silently. These tests compute
the characters each regex can start or end with from its parse tree and check the gate
covers them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from resdiff.read.text import blocks, lines, paragraphs, patterns

#: Stand-ins in a character set: any character, any decimal digit, any space.
ANY, DIGIT, SPACE = "<any>", "<digit>", "<space>"


def _items(seq: Iterable[tuple[Any, Any]], ignore_case: bool, last: bool) -> tuple[set[str], bool]:
    """The characters a sequence of parse-tree items can start (or end) with, and
    whether it can match the empty string."""
    found: set[str] = set()
    items = list(seq)
    for op, av in reversed(items) if last else items:
        chars, empty = _item(op, av, ignore_case, last)
        found |= chars
        if not empty:
            return found, False
    return found, True


def _item(op: Any, av: Any, ignore_case: bool, last: bool) -> tuple[set[str], bool]:
    def case(c: str) -> set[str]:
        return {c, c.lower(), c.upper()} if ignore_case else {c}

    if op is sre_c.LITERAL:
        return case(chr(av)), False
    if op is sre_c.NOT_LITERAL or op is sre_c.ANY:
        return {ANY}, False
    if op is sre_c.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is sre_c.NEGATE:
                return {ANY}, False
            if kind is sre_c.LITERAL:
                out |= case(chr(value))
            elif kind is sre_c.RANGE:
                for code in range(value[0], value[1] + 1):
                    out |= case(chr(code))
            elif kind is sre_c.CATEGORY:
                out.add(
                    DIGIT
                    if value is sre_c.CATEGORY_DIGIT
                    else SPACE
                    if value is sre_c.CATEGORY_SPACE
                    else ANY
                )
            else:
                out.add(ANY)
        return out, False
    if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True
    if op is sre_c.SUBPATTERN:
        _, add, _, sub = av
        return _items(sub, ignore_case or bool(add & re.IGNORECASE), last)
    if op is sre_c.ATOMIC_GROUP:
        return _items(av, ignore_case, last)
    if op is sre_c.BRANCH:
        out, empty = set(), False
        for alternative in av[1]:
            chars, e = _items(alternative, ignore_case, last)
            out |= chars
            empty = empty or e
        return out, empty
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars, empty = _items(sub, ignore_case, last)
        return chars, empty or low == 0
    if op is sre_c.CATEGORY:
        return ({DIGIT} if av is sre_c.CATEGORY_DIGIT else {ANY}), False
    return {ANY}, False


def edge_chars(pattern: re.Pattern[str], *, last: bool = False) -> set[str]:
    """The characters a match of ``pattern`` can start with (``last``: end with)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    chars, empty = _items(tree, bool(pattern.flags & re.IGNORECASE), last)
    assert not empty, f"{pattern.pattern!r} can match the empty string"
    return chars


def test_the_closing_gate_covers_every_first_character_of_the_closing_patterns() -> None:
    firsts: set[str] = set()
    for pattern in (patterns._ADOPTED, patterns._FAILED, patterns._VOTE_LINE):
        firsts |= edge_chars(pattern)
    # The gate lets a line through on its first character or on a decimal digit.
    assert firsts - {DIGIT} <= set(blocks._CLOSING_FIRST)


def test_the_bullet_gate_is_the_bullet_pattern() -> None:
    assert edge_chars(patterns._BULLET) <= set(paragraphs._BULLET_FIRST)
    assert set(paragraphs._BULLET_FIRST) == set(patterns._BULLETS)


def test_the_dotted_label_gate_covers_its_pattern() -> None:
    firsts = edge_chars(patterns._DOT_LABEL)
    assert firsts and all("a" <= c <= "z" for c in firsts)


def test_the_footnote_mark_gate_covers_every_last_character_of_a_mark() -> None:
    ends = edge_chars(patterns._TRAILING_MARKS, last=True)
    # The fast path of _final_punct lets a text through on these, a decimal or a space.
    assert ends - {DIGIT, SPACE} <= set(lines._MARK_ENDS)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(?:\d+\s+)?Adopted", {DIGIT, "A"}),
        (r"(?i)^vote", {"v", "V"}),
        (r"^[a-c]x|^\(y", {"a", "b", "c", "("}),
    ],
)
def test_the_analysis_itself(pattern: str, expected: set[str]) -> None:
    # The analysis the gate tests rely on, checked on small patterns whose answer is known.
    assert edge_chars(re.compile(pattern)) == expected
