"""Footnotes among the paragraphs, asked by the third stage of the text reader: a block
that opens with a number shown to be a note (its mark cited, or at the foot of a page), a
note whose asterisk the masthead cites, a Markdown footnote's definition. (The notes after
the last paragraph are cut off with the tail, in :mod:`.blocks`.)"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...compiled import compile_cached
from ...model import RemovedText
from .lines import (
    _final_punct,
    _Line,
)
from .patterns import (
    _CITED_MARK,
    _FOOT_LOOKAHEAD,
    _FOOTNOTE,
    _RUNS_ON,
)


def _cited_marks(lines: list[_Line]) -> set[int]:
    """The footnote marks the text cites (:data:`_CITED_MARK`), as numbers."""
    cited: set[int] = set()
    # A line repeated (boilerplate, a text pasted many times) cites what it cited once:
    # the pattern tries several lookbehinds at every character, so each text is read once.
    seen: set[str] = set()
    for line in lines:
        text = line.text
        if not text or text in seen:
            continue
        seen.add(text)
        cited.update(
            int(number)
            for match in _CITED_MARK.finditer(text)
            for number in match.groups()
            if number
        )
    return cited


def _at_page_foot(lines: list[_Line], i: int) -> bool:
    """Whether the block that opens at ``lines[i]`` stands at the foot of a page: after
    it, and after any other notes printed below it, comes a page break (page furniture,
    a form feed) or the end of the text."""
    in_block = True
    for line in lines[i + 1 : i + _FOOT_LOOKAHEAD]:
        if line.page_break:
            return True
        if not line.text:
            in_block = False
        elif not in_block:
            if not _FOOTNOTE.match(line.text):
                return False
            in_block = True
    return i + _FOOT_LOOKAHEAD >= len(lines)


def _is_footnote(
    lines: list[_Line],
    i: int,
    note: re.Match[str],
    prev: _Line | None,
    cited: set[int],
    expected: int,
) -> bool:
    """Whether a block that opens with a number after a blank line (``note``, on
    ``lines[i]``) is a footnote rather than text of the body.

    A note must be shown to be one: its mark is cited in the text ("Charter1"), it stands
    at the foot of a page, or its number is next to one cited (old volumes number notes
    across the book, and the one on a title the scan left out is cited nowhere). And its
    text must not read on from the line before: a date, a year in brackets or a word in
    lower case after the number ("on" / "5 July 2006;") goes on with the sentence, and a
    sentence that has not ended goes on unless a cited note at the page's foot interrupts
    it. A slash mark ("1/") is never text. In doubt, the words stay in the body.

    The body's first block (``prev`` is ``None``: only the masthead and the formula are
    above it) is a note only if its mark is cited: no paragraph stands above it for an
    uncited note to belong to, and read as one it leaves the draft without paragraphs
    ("7Bearing in mind ..." right under the formula and alone on its page, a recital that
    opens with a number, read as note 7: "no paragraphs found").
    """
    mark = note.group("mark")
    slash = mark.endswith("/")
    number = int(mark.rstrip("/"))
    if not slash and _RUNS_ON.match(note.group("text")):
        return False
    is_cited = number in cited
    if not slash and prev is None and not is_cited:
        return False
    at_foot = _at_page_foot(lines, i)
    if not slash and prev is not None and not _final_punct(prev.text):
        return is_cited and at_foot
    if not slash and number in (expected, expected - 1) and not (is_cited and at_foot):
        # "2 Requests ...": the next operative number, its full stop lost.
        return False
    return is_cited or at_foot or bool({number - 1, number + 1} & cited)


def _cited_stars(masthead: Sequence[str]) -> frozenset[int]:
    """How many asterisks the marks the ``masthead`` cites have (1 for "*"): glued to a
    word or a sign and followed by a space or the line's end ("Cuba:* draft resolution",
    "A/78/L.12*"), as many asterisks and no more. The body's asterisks are Markdown's
    emphasis ("*Recalling*"), not citations. Found once per text."""
    return frozenset(
        n
        for n, cite in enumerate(_STAR_CITES, start=1)
        if any(cite.search(text) for text in masthead if "*" in text)
    )


def _rules(removed: Sequence[RemovedText]) -> list[int]:
    """The lines, in order, of the rules set aside as furniture (the line drawn above
    the notes: "___________"). Found once per text."""
    return sorted(r.line for r in removed if r.text.strip() and set(r.text.strip()) <= _RULE_CHARS)


def _at_the_foot(prev: _Line | None, line: _Line, rules: list[int]) -> bool:
    """Whether ``line`` stands at the foot of the text: under the rule drawn above the
    notes (one of ``rules`` between it and the line before), or after the last paragraph,
    ended with a full stop. An item of a list ("* Freeze the funds ...;") follows a
    lead-in or an item."""
    if prev is None:
        return False
    if _final_punct(prev.text) == ".":
        return True
    at = bisect_right(rules, prev.no)
    return at < len(rules) and rules[at] < line.no


#: The characters of the rule drawn above the notes.
_RULE_CHARS = frozenset("_-—–")


#: A Markdown footnote's definition: "[^1]: Resolution 217 A (III).", "[^note]: ...".
_MD_NOTE = compile_cached(r"\[\^(?P<mark>[^\]\s]{1,20})\]:[ \t]*+(?P<text>.*)")
#: An asterisk mark cited, by the number of asterisks (one to three).
_STAR_CITES = tuple(compile_cached(rf"(?<=[^\s*])\*{{{n}}}(?=\s|$)") for n in (1, 2, 3))
