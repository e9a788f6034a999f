"""Footnote calls printed apart from the text: the numbers a printed volume sets after a
recital's comma or a date to call its notes, which a scan or a copy keeps as words of
their own. Resolutions of 1946–1994 read from the yearly volumes end their recitals
"... of 12 June 1980, 42" and cite letters "on 8 May, 43 17 May 44 and 27 May 1980, 45";
read as text, the numbers made "42 → 71" changes of recitals that did not change, and
"1980 42" passages a redline cannot match across two texts.

A call stands one space after the word it follows, on that word's line (a number alone on
its line, or after a column gap, is a table's cell). Two readings, the second only where
the first found calls in the text:

- **At a paragraph's end.** A clause that ends with its own punctuation (the comma of a
  recital, the semicolon or full stop of an operative paragraph; not a colon, which a
  figure may follow: "the ceiling shall be: 500"), or with a bracketed document symbol
  ("... (S/9383) 9"), and then a number of up to three digits, or two that rise by one or
  two ("..., 162 163"). No sentence of a resolution goes on after its final
  punctuation. The text before the punctuation must end in a word (not an abbreviation
  that takes a number: "para. 12"), a bracket or a quotation mark, a year, a document
  symbol or its addendum ("Add.65, 22"), so that a list of numbers ("paragraphs 2, 4") is
  never cut. In a sub-paragraph, where a list of figures is at home ("(a) Military
  observers, 120"), only after a year, a symbol or a bracket. Never where the next
  paragraph reads on from this one (a month, a date's day, a year, a bracket or a word in
  lower case opens it: a paragraph cut by a copy of two columns).
- **Inside a paragraph.** A number of up to three digits after a date (its year, or its
  month where the number cannot be its day), a document symbol or a bracketed one or
  year, and before another symbol ("S/6196"), a date's day ("43 17 May") or one of the
  words a cited document's description goes on with (:data:`CALL_FOLLOWERS`, shared with
  the comparison's folding of marks): "in which", "and", "approved by". The number must
  lie near the text's calls at paragraph ends (volumes number their notes in order: the
  calls of one resolution lie close).

The numbers taken out are kept as furniture, each with its line, and the draft says so in
a ``footnote-calls`` warning: nothing of the input is lost. Markdown is left alone (its
notes are "[^1]"); the Word and PDF readers, which write their text for this reader, have
their calls taken the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...compiled import compile_cached
from ...model import RemovedText
from ..common import CALL_FOLLOWERS
from .lines import _Line
from .patterns import _BARE_NUMBER, _MONTHS
from .units import _Unit

#: A word of a unit: the index of its line in the unit, its span in the line, its text.
_Word = tuple[int, int, int, str]
#: One word of a line (anything between spaces), found once each.
_TOKEN = compile_cached(r"\S+")
#: What stands before the final punctuation a call follows: a word's letter, a bracket
#: or a quotation mark, the last digits of a year or a symbol ("1980,", "S/10251,"), or
#: an addendum's or corrigendum's number ("Add.65,", "Add.1-3,", "Corr.1,").
_BEFORE_END = compile_cached(
    r"(?:[^\W\d_]|[)\]\"'”’]|\d{4}|/\d+|(?:Add|Corr|Rev)\.\d+(?:-\d+)?)[,;.]$"
)
#: Abbreviations a number follows as text: "para. 12", "No. 5", "p. 3".
_TAKES_A_NUMBER = frozenset(
    [
        "para.",
        "paras.",
        "p.",
        "pp.",
        "no.",
        "nos.",
        "art.",
        "arts.",
        "vol.",
        "chap.",
        "sect.",
        "sec.",
        "fig.",
        "op.",
        "annex.",
    ]
)
#: A year, a symbol, or a bracket holding either ("(1978)", "(S/12958)"), with or without
#: a comma after it: what a call follows in a sub-paragraph, and inside a paragraph.
_YEAR = compile_cached(r"(?:1[89]|20)\d\d[,;.]?")
_SYMBOL = compile_cached(r"(?<![A-Z])[A-Z]+/[\w./-]*\d[,;.]?")
_BRACKETED = compile_cached(r"\((?:(?:1[89]|20)\d\d|[A-Z]+/[^()\s]*)\)[,;.]?")
#: A bracketed symbol a call may follow at a paragraph's end with no punctuation between
#: ("(S/9383) 9"); a bracketed year there is a page's running head ("S/RES/1454 (2002)"
#: above its page number).
_BRACKETED_SYMBOL = compile_cached(r"\([A-Z]+/[^()\s]*\)")
_MONTH = compile_cached(rf"(?:{_MONTHS}),?")
_LOWER = compile_cached(r"[a-z]")
_DAY = compile_cached(r"\d{1,2}")
_MONTH_WORD = compile_cached(rf"(?:{_MONTHS})\b")
#: A paragraph opening that reads on from the one before: a word in lower case, a month,
#: a bracket or a year ("(1978) and 444 (1979),").
_READS_ON = compile_cached(rf"(?:[a-z]|\(\d|(?:{_MONTHS})\b|(?:1[89]|20)\d\d\b)")
#: How far a call inside a paragraph may number from the text's calls at paragraph ends.
NEAR = 20
#: Calls number at most this (the volumes' notes run to a few hundred a year): a larger
#: number is never one.
_MOST = 999


def _apart(before: _Word, after: _Word) -> bool:
    """Whether two words stand on one line with one space between them: a call is set
    after its word as the next word is; two spaces or more are a table's column gap."""
    return before[0] == after[0] and after[1] - before[2] == 1


def _dated(word: str) -> bool:
    """Whether ``word`` is a year, a document symbol or a bracket holding either."""
    return bool(_YEAR.fullmatch(word) or _SYMBOL.fullmatch(word) or _BRACKETED.fullmatch(word))


def _end_calls(words: list[_Word], sub: bool) -> int:
    """How many of the last words of a clause (those of its last line) are calls after
    its end (0, 1 or 2); ``sub``: the clause is a sub-paragraph."""
    for count in (1, 2):
        if len(words) <= count:
            return 0
        calls = words[-count:]
        if not all(_BARE_NUMBER.match(w[3]) for w in calls):
            return 0
        if count == 2 and not 0 < int(calls[1][3]) - int(calls[0][3]) <= 2:
            # "162 163" are two calls; "1 500" is a figure.
            return 0
        if not all(_apart(x, y) for x, y in zip(words[-count - 1 :], calls, strict=False)):
            return 0
        before = words[-count - 1][3]
        if sub and not _dated(before):
            continue
        if before.lower() in _TAKES_A_NUMBER:
            return 0
        if _BEFORE_END.search(before) or _BRACKETED_SYMBOL.fullmatch(before):
            return count
    return 0


def _reads_on(unit: _Unit | None) -> bool:
    """Whether ``unit`` reads on from the one before (:data:`_READS_ON`, or a date's day
    and month: "26 March 2021, and requests ..."): a number before it may be text."""
    if unit is None or not unit.lines:
        return False
    first = unit.lines[0].text.lstrip()
    if _READS_ON.match(first):
        return True
    day, _, rest = first.partition(" ")
    return bool(_DAY.fullmatch(day) and _MONTH_WORD.match(rest))


def _inner_call(before: str, token: str, after: str, then: str, day_before: bool) -> bool:
    """Whether ``token``, between ``before`` and ``after`` (and ``then`` after that), is
    a call inside a paragraph; ``day_before``: a day's number stands before ``before``."""
    if not _BARE_NUMBER.match(token):
        return False
    if _MONTH.fullmatch(before):
        # "May 44 and": a month's day is no call, where the date may be written month
        # first; not after "11 June", which has its day.
        if not before.endswith(",") and not day_before and int(token) <= 31:
            return False
    elif not _dated(before):
        return False
    if after.startswith("S/"):
        return True
    if _DAY.fullmatch(after) and _MONTH_WORD.match(then):
        return True
    return after.rstrip(",;:.") in CALL_FOLLOWERS


def _words(lines: list[_Line], since: int = 0) -> list[_Word]:
    """The words of ``lines[since:]``: each with its line's index, its span and text."""
    return [
        (index, m.start(), m.end(), m.group())
        for index in range(since, len(lines))
        for m in _TOKEN.finditer(lines[index].text)
    ]


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the words at ``spans`` (in order), each with the space before it:
    the line is rebuilt once, however many calls it held."""
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start].strip(" "))
        at = end
    parts.append(text[at:].strip(" "))
    return " ".join(p for p in parts if p)


def drop_footnote_calls(
    units: Iterable[_Unit], removed: list[RemovedText]
) -> tuple[int, int | None]:
    """Take the footnote calls printed apart out of the units' lines, keep each as
    furniture in ``removed``; return how many were taken and the line of the first.

    Each line changed is replaced by a new one (a join made before is not reused), and a
    line the calls alone made is let go."""
    units = [u for u in units if u.lines and not u.md_heading]
    taken: dict[int, list[_Word]] = {}
    near = bytearray(_MOST + 1)
    for u, unit in enumerate(units):
        tail = _words(unit.lines, len(unit.lines) - 1)
        count = _end_calls(tail, sub=unit.kind == "sub")
        if count and not _reads_on(units[u + 1] if u + 1 < len(units) else None):
            taken[u] = tail[-count:]
            for word in tail[-count:]:
                value = int(word[3])
                for v in range(max(0, value - NEAR), min(_MOST, value + NEAR) + 1):
                    near[v] = 1
    if not taken:
        return 0, None
    for u, unit in enumerate(units):
        found = _words(unit.lines)
        last = len(found) - len(taken.get(u, ()))
        for k in range(1, last - 1):
            word = found[k]
            if not _BARE_NUMBER.match(word[3]) or not near[int(word[3])]:
                continue
            then = found[k + 2][3] if k + 2 < len(found) else ""
            day_before = k >= 2 and bool(_DAY.fullmatch(found[k - 2][3]))
            if _apart(found[k - 1], word) and _inner_call(
                found[k - 1][3], word[3], found[k + 1][3], then, day_before
            ):
                taken.setdefault(u, []).append(word)
    count = 0
    first: int | None = None
    for u, calls in taken.items():
        lines = units[u].lines
        by_line: dict[int, list[_Word]] = {}
        for word in calls:
            by_line.setdefault(word[0], []).append(word)
        emptied: set[int] = set()
        for index, words in by_line.items():
            words.sort()
            line = lines[index]
            text = _without(line.text, [(w[1], w[2]) for w in words])
            lines[index] = replace(line, text=text)
            if not text:
                emptied.add(index)
            removed.extend(RemovedText(line=line.no, text=w[3], kind="other") for w in words)
            count += len(words)
            first = line.no if first is None else min(first, line.no)
        if emptied and len(emptied) < len(lines):
            lines[:] = [line for i, line in enumerate(lines) if i not in emptied]
    return count, first


__all__ = ["NEAR", "drop_footnote_calls"]
