"""Footnote calls printed apart from the text: the numbers a printed volume sets after a
recital's comma or a date to call its notes, which a scan or a copy keeps as words of
their own. Resolutions of 1946–1994 read from the yearly volumes end their recitals
"... of 12 June 1980, 42" and cite letters "on 8 May, 43 17 May 44 and 27 May 1980, 45";
read as text, the numbers made "42 → 71" changes of recitals that did not change, and
"1980 42" passages a redline cannot match across two texts.

Two readings, the second only where the first found calls in the text:

- **At a paragraph's end.** A clause that ends with its own punctuation (the comma of a
  recital, the semicolon or full stop of an operative paragraph; not a colon, which a
  figure may follow: "the ceiling shall be: 500") and then one or two
  numbers of up to three digits ("..., 42", "...; 34", "... (S/9383) 9"). No sentence of a
  resolution goes on after its final punctuation. The text before the punctuation must
  end in a word, a bracket or a quotation mark, a year or a document symbol, so that a
  list of numbers ("paragraphs 2, 4") is never cut.
- **Inside a paragraph.** A number of up to three digits after a date (its year, or its
  month where the number cannot be a day), a document symbol or a closing bracket, and
  before a word in lower case (not a unit: "30 days"), another symbol ("S/6196") or a
  date's day ("43 17 May"), when the text's calls at paragraph ends number near it
  (volumes number their notes in order: the calls of one resolution lie close).

The numbers taken out are kept as furniture, each with its line, and the draft says so in
a ``footnote-calls`` warning: nothing of the input is lost.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace

from ...compiled import compile_cached
from ...model import RemovedText
from .lines import _Line
from .paragraphs import _Unit
from .patterns import _MONTHS

#: A word of a unit: the index of its line in the unit, its span in the line, its text.
_Word = tuple[int, int, int, str]
#: One word of a line (anything between spaces), found once each.
_TOKEN = compile_cached(r"\S+")
#: A call: one to three digits, nothing else.
_CALL = compile_cached(r"\d{1,3}")
#: What stands before the final punctuation a call follows: a word's letter, a bracket
#: or a quotation mark, or the last digits of a year or a symbol ("1980,", "S/10251,").
_BEFORE_END = compile_cached(r"(?:[^\W\d_]|[)\]\"'”’]|\d{4}|/\d+)[,;.]$")
#: A date's year, a month or a symbol, with or without a comma: what a call inside a
#: paragraph follows (or a closing bracket).
_YEAR = compile_cached(r"(?:1[89]|20)\d\d,?")
_MONTH = compile_cached(rf"(?:{_MONTHS}),?")
_SYMBOL = compile_cached(r"(?<![A-Z])[A-Z]+/[\w./-]*\d,?")
#: What a call inside a paragraph comes before: a word in lower case, a symbol, or the
#: day of a date.
_LOWER = compile_cached(r"[a-z]")
_DAY = compile_cached(r"\d{1,2}")
_MONTH_WORD = compile_cached(rf"(?:{_MONTHS})\b")
#: Words a number counts ("30 days", "12 members"): the number is text, not a call.
_UNITS = frozenset(
    [
        "per",
        "days",
        "months",
        "weeks",
        "years",
        "hours",
        "minutes",
        "members",
        "persons",
        "people",
        "troops",
        "officers",
        "observers",
        "military",
        "police",
        "civilian",
        "civilians",
        "million",
        "millions",
        "billion",
        "thousand",
        "hundred",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "tons",
        "tonnes",
        "dollars",
        "units",
        "vessels",
        "countries",
        "states",
        "of",
        "to",
    ]
)
#: How far a call inside a paragraph may number from the text's calls at paragraph ends.
NEAR = 20


def _apart(before: _Word, after: _Word) -> bool:
    """Whether two words stand on one line with one space between them: a call is set
    after its word as the next word is; two spaces or more are a table's column gap."""
    return before[0] == after[0] and after[1] - before[2] == 1


def _end_calls(words: list[_Word]) -> int:
    """How many of the last words of a clause (its last line's) are calls after its final
    punctuation (0, 1 or 2)."""
    for count in (1, 2):
        if len(words) <= count:
            return 0
        if not all(_CALL.fullmatch(w[3]) for w in words[-count:]):
            return 0
        if not all(_apart(x, y) for x, y in itertools.pairwise(words[-count - 1 :])):
            return 0
        before = words[-count - 1][3]
        if _BEFORE_END.search(before) or before.endswith(")"):
            return count
    return 0


def _goes_on(unit: _Unit | None) -> bool:
    """Whether ``unit`` reads on from the one before: it opens with a month ("13 | April
    2009", a date cut where a copy of two columns broke the paragraph), a date's day and
    month, or a word in lower case. A number before it may be text, not a call."""
    if unit is None or not unit.lines:
        return False
    first = unit.lines[0].text.lstrip()
    if _LOWER.match(first) or _MONTH_WORD.match(first):
        return True
    # A date's day and month ("26 March 2021, and requests ..."): text run on.
    day, _, rest = first.partition(" ")
    return bool(_DAY.fullmatch(day) and _MONTH_WORD.match(rest))


def _inner_call(before: str, token: str, after: str, then: str) -> bool:
    """Whether ``token``, between ``before`` and ``after`` (and ``then`` after that), is
    a call inside a paragraph."""
    if not _CALL.fullmatch(token):
        return False
    if _MONTH.fullmatch(before):
        # "May 44 and": a month's day is no call; a bare month before a number
        # could be a date written month first.
        if not before.endswith(",") and int(token) <= 31:
            return False
    elif not (
        _YEAR.fullmatch(before) or _SYMBOL.fullmatch(before) or before.rstrip(",").endswith(")")
    ):
        return False
    if after.startswith("S/"):
        return True
    if _DAY.fullmatch(after) and _MONTH_WORD.match(then):
        return True
    return bool(_LOWER.match(after)) and after.rstrip(",;:.") not in _UNITS


def _words(lines: list[_Line], since: int = 0) -> list[_Word]:
    """The words of ``lines[since:]``: each with its line's index, its span and text."""
    return [
        (index, m.start(), m.end(), m.group())
        for index in range(since, len(lines))
        for m in _TOKEN.finditer(lines[index].text)
    ]


def drop_footnote_calls(units: Iterable[_Unit], removed: list[RemovedText]) -> int | None:
    """Take the footnote calls printed apart out of the units' lines, keep each as
    furniture in ``removed``; return the line of the first call taken, or ``None`` when
    none was.

    Each line changed is replaced by a new one (a join made before is not reused), and a
    line left empty is let go."""
    units = [u for u in units if u.lines and not u.md_heading]
    taken: dict[int, list[_Word]] = {}
    values: list[int] = []
    for u, unit in enumerate(units):
        # A call stands on the line of the clause's last word (one alone on a line is a
        # table's cell as often: no call in the 451 scanned texts stands so).
        tail = _words(unit.lines, len(unit.lines) - 1)
        count = _end_calls(tail)
        if count and not _goes_on(units[u + 1] if u + 1 < len(units) else None):
            taken[u] = tail[-count:]
            values.extend(int(w[3]) for w in tail[-count:])
    if not taken:
        return None
    for u, unit in enumerate(units):
        found = _words(unit.lines)
        ends = taken.get(u, [])
        last = len(found) - len(ends)
        for k in range(1, last - 1):
            then = found[k + 2][3] if k + 2 < len(found) else ""
            if _apart(found[k - 1], found[k]) and _inner_call(
                found[k - 1][3], found[k][3], found[k + 1][3], then
            ):
                value = int(found[k][3])
                if any(abs(value - v) <= NEAR for v in values):
                    taken.setdefault(u, []).append(found[k])
    first: int | None = None
    for u, calls in taken.items():
        lines = units[u].lines
        # From the last word back, so that the spans of the words before stay right.
        for index, start, end, text in sorted(calls, reverse=True):
            line = lines[index]
            left, right = line.text[:start].rstrip(), line.text[end:].lstrip()
            lines[index] = replace(line, text=f"{left} {right}" if left and right else left + right)
            removed.append(RemovedText(line=line.no, text=text, kind="other"))
            first = line.no if first is None else min(first, line.no)
        if len(lines) > 1:
            lines[:] = [line for line in lines if line.text] or lines[:1]
    return first


__all__ = ["drop_footnote_calls"]
