"""Footnote calls printed apart from the text: the numbers a printed volume sets after a
recital's comma or a date to call its notes, which a scan or a copy keeps as words of
their own. Resolutions of 1946–1994 read from the yearly volumes end their recitals
"... of 12 June 1980, 42" and cite letters "on 8 May, 43 17 May 44 and 27 May 1980, 45";
read as text, the numbers made "42 → 71" changes of recitals that did not change, and
"1980 42" passages a redline cannot match across two texts.

A call stands one space after the word it follows, on that word's line (a number alone on
its line, or after a column gap, is a table's cell). Two readings:

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
  calls of one resolution lie close), or follow a full date ("of 10 March 1966 3 that",
  "11 June 1968 (S/8622) 13 that"), where a text with no call at a paragraph's end has
  its calls too, and where a few more words go on after one ("the", "is", "should",
  "annexed"; "of" where no comma ends the date: "as at 31 December 1993, 12 of the
  members" counts). Near the text's calls, a number after a name or a noun is one too
  ("the Permanent Representative of Lebanon 27 and", "its interim report 32 of 3
  December"), unless that word takes a number or a figure follows it as text
  ("paragraphs 12 and 13", "between 12 and 15"); read last, so that the calls found
  after dates tell which numbers lie near in a text with none at paragraph ends.

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
#: A number one space after a year or a bracketed symbol's end ("1966 3", "1949, 105",
#: "(S/8622) 13"): a line without one holds no call after a full date.
_DATED_CALL = compile_cached(r"\d[,;.)]? \d{1,3}(?!\d)")
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


def _after_full_date(found: list[_Word], k: int) -> bool:
    """Whether the word before ``found[k]`` ends a full date ("10 March 1966", "12 August
    1949,"), or is a bracketed symbol after one ("11 June 1968 (S/8622)"), and ``found[k]``
    is at most three digits (a call, not a figure of the text)."""
    if len(found[k][3]) > 3 or int(found[k][3]) > _MOST:
        return False
    at = k - 1
    if at >= 0 and _BRACKETED_SYMBOL.fullmatch(found[at][3].rstrip(",;")):
        at -= 1
    return (
        at >= 2
        and bool(_YEAR.fullmatch(found[at][3]))
        and bool(_MONTH.fullmatch(found[at - 1][3]))
        and bool(_DAY.fullmatch(found[at - 2][3]))
    )


#: Words a cited document's description or the sentence goes on with after a call that
#: follows a full date, besides :data:`CALL_FOLLOWERS`: "of 12 August 1949, 105 the Vienna
#: Convention ...", "of 23 October 1991 110 should be settled", "of 26 June 1992 56
#: annexed to". No figure of a resolution's text stands between a date and these words.
_AFTER_DATE = frozenset(["the", "is", "are", "should", "shall", "be", "annexed", "particularly"])


def _after_date_call(before: str, after: str) -> bool:
    """Whether the word ``after`` a number that follows a full date ending in ``before``
    makes the number a call (see :data:`_AFTER_DATE`); "of" only where no comma ends the
    date ("of 25 April 1988 38 of the mission"; "31 December 1993, 12 of the members" is
    a count)."""
    word = after.rstrip(",;:.")
    return word in _AFTER_DATE or (word == "of" and not before.endswith(","))


#: A word a call is set after, inside a paragraph: a name or a noun ("the report of the
#: Secretary-General 10 and noting", "the Permanent Representative of Lebanon 27 and",
#: "at Jakarta 116 to form", "its interim report 32 of 3 December").
_NAMED = compile_cached(r"[^\W\d_][\w’'.-]*[^\W\d_],?")
#: Words a number follows as text, not as a call: the words that take a number
#: ("paragraph 5 and 6", "resolutions 242 and 338", "Sector 4 and"), and the words of
#: a sentence a figure follows ("between 10 and 15", "the 15 members").
_NUMBERED = frozenset(
    [
        *(word.rstrip(".") for word in _TAKES_A_NUMBER),
        "paragraph",
        "paragraphs",
        "subparagraph",
        "subparagraphs",
        "resolution",
        "resolutions",
        "decision",
        "decisions",
        "article",
        "articles",
        "chapter",
        "chapters",
        "annex",
        "annexes",
        "appendix",
        "rule",
        "rules",
        "item",
        "items",
        "page",
        "pages",
        "section",
        "sections",
        "principle",
        "principles",
        "point",
        "points",
        "part",
        "parts",
        "phase",
        "phases",
        "stage",
        "stages",
        "protocol",
        "sector",
        "sectors",
        "zone",
        "zones",
        "area",
        "areas",
        "region",
        "regions",
        "number",
        "numbers",
        "volume",
        "table",
        "session",
        "sessions",
        "meeting",
        "meetings",
        "option",
        "options",
        "recommendation",
        "step",
        "steps",
        "level",
        "category",
        "group",
        "grade",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "within",
        "between",
        "and",
        "or",
        "than",
        "about",
        "some",
        "all",
        "only",
        "over",
        "under",
        "least",
        "most",
        "nearly",
        "approximately",
        "up",
        "until",
        "that",
        "which",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "first",
        "last",
        "next",
        "further",
        "another",
        "additional",
        "every",
        "each",
        "per",
        "plus",
        "minus",
        "are",
        "were",
        "was",
        "is",
        "be",
        "been",
        "being",
        "had",
        "have",
        "has",
    ]
)


def _after_word_call(before: str, after: str) -> bool:
    """Whether a number between the word ``before`` and the word ``after`` is a call set
    after a name or a noun (:data:`_NAMED`, not one of :data:`_NUMBERED`), before a word
    a citation goes on with (:data:`CALL_FOLLOWERS`, or "of"). Read only where the number
    lies near the text's calls at paragraph ends."""
    if not _NAMED.fullmatch(before) or before.rstrip(",").lower() in _NUMBERED:
        return False
    word = after.rstrip(",;:.")
    return word in CALL_FOLLOWERS or word == "of"


def _mark_near(near: bytearray, taken: dict[int, list[_Word]]) -> None:
    """Mark in ``near`` the numbers within :data:`NEAR` of a call ``taken``."""
    for calls in taken.values():
        for word in calls:
            value = int(word[3])
            near[max(0, value - NEAR) : min(_MOST, value + NEAR) + 1] = b"\x01" * (
                min(_MOST, value + NEAR) + 1 - max(0, value - NEAR)
            )


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
    ends: dict[int, int] = {}
    for u, unit in enumerate(units):
        tail = _words(unit.lines, len(unit.lines) - 1)
        count = _end_calls(tail, sub=unit.kind == "sub")
        if count and not _reads_on(units[u + 1] if u + 1 < len(units) else None):
            taken[u] = tail[-count:]
            ends[u] = count
    _mark_near(near, taken)
    # Without calls at paragraph ends, nothing tells which numbers the volume's notes
    # use: a call inside a paragraph must then follow a full date ("of 10 March 1966 3
    # that"), the commonest place of a call, and a year no figure of the text follows.
    dated_only = not taken
    tokens: dict[int, list[_Word]] = {}
    for u, unit in enumerate(units):
        if dated_only and not any(_DATED_CALL.search(line.text) for line in unit.lines):
            # Most texts have no calls at all: their words are not looked at one by one.
            continue
        found = tokens[u] = _words(unit.lines)
        for k in range(1, len(found) - ends.get(u, 0) - 1):
            word = found[k]
            if not _BARE_NUMBER.match(word[3]):
                continue
            dated = _after_full_date(found, k)
            if not dated and (dated_only or not near[int(word[3])]):
                continue
            then = found[k + 2][3] if k + 2 < len(found) else ""
            day_before = k >= 2 and bool(_DAY.fullmatch(found[k - 2][3]))
            if _apart(found[k - 1], word) and (
                _inner_call(found[k - 1][3], word[3], found[k + 1][3], then, day_before)
                or (dated and _after_date_call(found[k - 1][3], found[k + 1][3]))
            ):
                taken.setdefault(u, []).append(word)
    if not taken:
        return 0, None
    # Calls after a name or a noun, where the calls found so far (at paragraph ends, or
    # after dates) tell which numbers the notes use: read last, so that a text whose only
    # calls follow dates has these found too.
    _mark_near(near, taken)
    for u, unit in enumerate(units):
        found = tokens[u] if u in tokens else _words(unit.lines)
        held = {w[:3] for w in taken.get(u, ())}
        for k in range(1, len(found) - ends.get(u, 0) - 1):
            word = found[k]
            if (
                not _BARE_NUMBER.match(word[3])
                or not near[int(word[3])]
                or word[:3] in held
                or not _apart(found[k - 1], word)
            ):
                continue
            before, after = found[k - 1][3], found[k + 1][3]
            then = found[k + 2][3] if k + 2 < len(found) else ""
            day_before = k >= 2 and bool(_DAY.fullmatch(found[k - 2][3]))
            if k >= 2 and found[k - 2][0] != found[k - 1][0] and found[k - 2][3].endswith("-"):
                # A word broken at a line's end ("para-" / "graph 29 of his report") is
                # read whole.
                before = found[k - 2][3][:-1] + before
            if _inner_call(before, word[3], after, then, day_before) or (
                not _MONTH.fullmatch(before) and _after_word_call(before, after)
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
