"""Footnote calls printed apart from the text: the numbers a printed volume sets after a
recital's comma or a date to call its notes, which a scan or a copy keeps as words of
their own. Resolutions of 1946–1994 read from the yearly volumes end their recitals
"... of 12 June 1980, 42" and cite letters "on 8 May, 43 17 May 44 and 27 May 1980, 45";
read as text, the numbers made "42 → 71" changes of recitals that did not change, and
"1980 42" passages a redline cannot match across two texts.

A call stands one space after the word it follows, on that word's line (a number alone on
its line, or after a column gap, is a table's cell). Three readings, in this order:

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
  lower case opens it: a paragraph cut by a copy of two columns). A call glued to the
  final comma or semicolon after a year ("... on 2 November 1973,7", the scan having
  lost the space) is read so too, where it numbers no note the text prints (a Word or
  PDF text's own glued mark stays with its note).
- **After a full date.** A number of up to three digits after a full date ("of 10 March
  1966 3 that", "11 June 1968 (S/8622) 13 that"), in a text with no call at a paragraph's
  end too: before a word a cited document's description goes on with and no count does
  (:data:`_DATE_CALL_WORDS`: "that", "which", "submitted", "addressed"); or, where the
  date is a cited document's ("of", "dated", "signed on") or the number lies near the
  text's calls, before a word a citation or the sentence goes on with
  (:data:`CALL_FOLLOWERS`, "the" before a name, "is", "should"; "of" where no comma ends
  the date). A date that tells a time ("by 31 March 1995 12 to 15 battalions", "as of 1
  January 1995 25 of the observers") takes a call only where the number fits the calls
  around it in the text.
- **Inside a paragraph, near the text's calls** (volumes number their notes in order:
  the calls of one resolution lie close, within :data:`NEAR` of those found above). After
  a date (its year, or its month where the number cannot be its day), a document symbol
  or a bracketed one or year, before another symbol ("S/6196"), a date's day ("43 17
  May") or one of :data:`CALL_FOLLOWERS` (shared with the comparison's folding of
  marks): "in which", "and", "approved by". Then after a name or a noun ("the Permanent
  Representative of Lebanon 27 and", "its interim report 32 of 3 December"), unless that
  word takes a figure ("paragraphs 12 and 13", "Sector 12", "letters dated 12 and") or a
  figure follows it as text ("between 12 and 15", "12 of them"). Never in a list of
  figures ("the Agreement of 1949, 12 and 15 of whose articles", "Battalion 12 and
  Battalion 14"). Two calls in a row, the second numbering more than the first, are
  read as one ("Rwanda 3 and Uganda 4 11 for", "by France, 162 165, the United
  Kingdom"), not before a date's month ("21 24 November"), nor after a name alone where
  either closes a paragraph as its call ("Canada 12 14 and Ireland ... personnel; 14").

A text that prints its notes after its paragraphs ("14 Official Records of ...") names
its calls: the numbers of those notes count as near the text's calls (exactly, not
within :data:`NEAR`), in a text with no call at a paragraph's end too, where the
calls taken read them in the notes' order, a note called again before the next is
(:func:`_in_notes_order`), and not after a name before "of" ("the conclusion of Round 2
of the talks"; but "the President of the Security Council 52 of 3 May 1985"). Such a
number after a name is a call before any word the sentence goes on with ("the report of
the Secretary-General 7 considers", "the United Arab Emirates 53 complaining"), not
only before :data:`CALL_FOLLOWERS`.

Prints of the early 1990s mark a call with a slash, "1/", the note at the page's foot
opening with the same mark ("1/ S/26111."): such a word, a number and a slash set one
space after a word on its line ("of 20 July 1993, 1/ and", "of 4 March 1994 1/ on"), is
a call wherever it stands. Not after a slash (a symbol cut after it, "A/RES/ 1/"), nor
glued to more ("S/1/Rev.1", a date or a fraction "1/2"), nor before a number, on its line
or the next (a symbol cut at its slash, "resolution 47/ 121", a fraction "1 1/ 2"), nor
after a word that takes a number ("paragraph 1/", "page 12/").

The numbers taken out are kept as furniture, each with its line, and the draft says so in
a ``footnote-calls`` warning: nothing of the input is lost. Markdown is left alone (its
notes are "[^1]"); the Word and PDF readers, which write their text for this reader, have
their calls taken the same way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from ...compiled import compile_cached
from ...model import RemovedText
from ..common import CALL_FOLLOWERS
from .figures import _BEFORE_A_NOUN, _TAKES_A_FIGURE, _TAKES_A_NUMBER
from .lines import _Line
from .patterns import _BARE_NUMBER, _MONTHS
from .shapes import _OP_OPENER
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
_DAY = compile_cached(r"\d{1,2}")
_MONTH_WORD = compile_cached(rf"(?:{_MONTHS})\b")
#: A paragraph opening that reads on from the one before: a word in lower case, a month,
#: a bracket or a year ("(1978) and 444 (1979),").
_READS_ON = compile_cached(rf"(?:[a-z]|\(\d|(?:{_MONTHS})\b|(?:1[89]|20)\d\d\b)")
#: A word that is a number of one to three digits (what :data:`_TOKEN` cuts out and
#: ``_BARE_NUMBER`` matches whole), found in a unit's lines joined by line breaks.
_STANDALONE_NUMBER = compile_cached(r"(?<!\S)\d{1,3}(?!\S)")
#: A number one space after a year or a bracketed symbol's end ("1966 3", "1949, 105",
#: "(S/8622) 13"): a line without one holds no call after a full date.
_DATED_CALL = compile_cached(r"[\d)][,;.)]? \d{1,3}(?!\d)|(?<!\d)\d{4},\d{1,3}(?!\d)")
#: A year and a call glued to its comma, the scan having lost the space ("of 12 August
#: 1949,4 and acting"), matched whole against one word.
_GLUED_YEAR = compile_cached(r"(?:1[89]|20)\d\d,(\d{1,3})")
#: A call marked with a slash, a word of its own one space after a word on its line ("of
#: 20 July 1993, 1/ and"); never after a slash ("A/RES/ 1/") nor glued to more ("1/2",
#: "S/1/Rev.1"). Fixed-width look-behind, one try a place: linear.
_SLASH_CALL = compile_cached(r"(?<=[^\s/] )\d{1,3}/(?!\S)")
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


#: A call glued to the comma or semicolon that ends a paragraph ("... on 2 November
#: 1973,7", "... dated 4 June 1982,26"): the scan lost the space before it. (Searched in
#: one word, each try a few characters long.)
_GLUED_END = compile_cached(r"[,;]\d{1,3}$")


def _glued_end_call(words: list[_Word], named: set[int]) -> _Word | None:
    """The call glued to the final comma or semicolon after a year that ends a clause
    whose last words are ``words`` (:data:`_GLUED_END`: "... on 2 November 1973,7"), as
    a word of its own (its span within the last word), or ``None``. Not the number of a
    note the text prints (``named``): a Word or PDF text's own mark, glued as its
    superscript was ("the report of the Secretary-General,1", "of 12 June 2020,1" with
    note 1 below), stays with its note; and after a year only ("funds,2" is a mark too,
    "paragraphs 2,3" and "1,500" are figures)."""
    if not words:
        return None
    index, start, _, text = words[-1]
    glued = _GLUED_END.search(text)
    if glued is None or int(text[glued.start() + 1 :]) in named:
        return None
    if not _YEAR.fullmatch(text[: glued.start() + 1]):
        return None
    return (index, start + glued.start() + 1, start + len(text), text[glued.start() + 1 :])


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
    elif after in ("and", "or", "to") and then[:1].isdigit() and not _YEAR.fullmatch(then):
        # "the Agreement of 1949, 12 and 15 of whose articles": a list of figures; not
        # "the agreements of 1977 111 and 1979 112", a list of dates with their calls.
        return False
    if after.startswith("S/"):
        return True
    if _DAY.fullmatch(after) and _MONTH_WORD.match(then):
        return True
    return after.rstrip(",;:.") in CALL_FOLLOWERS


def _full_date_before(found: list[_Word], k: int) -> int | None:
    """The index of the day of the full date ("10 March 1966", "12 August 1949,") that
    ends just before ``found[k]``, or ends before a bracketed symbol just before it ("11
    June 1968 (S/8622)"); ``None`` if there is none."""
    at = k - 1
    if at >= 0 and _BRACKETED_SYMBOL.fullmatch(found[at][3].rstrip(",;")):
        at -= 1
    if (
        at >= 2
        and _YEAR.fullmatch(found[at][3])
        and _MONTH.fullmatch(found[at - 1][3])
        and _DAY.fullmatch(found[at - 2][3])
    ):
        return at - 2
    return None


#: Words after which a number that follows a full date is a call, in a text with no
#: other sign of its calls: a cited document's description goes on with them ("the
#: report of 10 March 1966 3 that in the present circumstances", "the letter dated 18
#: April 1977 6 addressed to all States"), and no count of anything does.
_DATE_CALL_WORDS = frozenset(
    [
        "that",
        "which",
        "who",
        "submitted",
        "addressed",
        "concerning",
        "transmitting",
        "indicating",
        "approved",
        "adopted",
        "endorsed",
        "annexed",
        "containing",
        "relating",
        "regarding",
        "specifying",
        "proposing",
        "expressing",
        "issued",
    ]
)
#: Words a cited document's description or the sentence goes on with after a call that
#: follows a cited date, besides :data:`CALL_FOLLOWERS`: "of 12 August 1949, 105 the
#: Vienna Convention ...", "dated 23 October 1991 110 should be settled".
_AFTER_DATE = frozenset(["the", "is", "are", "should", "shall", "be", "particularly"])


def _cited(found: list[_Word], day: int) -> bool:
    """Whether the date whose day is ``found[day]`` is a cited document's ("the report of
    10 March 1966", "the letter dated 18 April 1977", "signed on 23 October 1991"), not
    a time the sentence tells ("by 31 March 1995 12 to 15 battalions", "on 1 May 1994
    12 of its members")."""
    before = found[day - 1][3].lower() if day >= 1 else ""
    if before == "dated" or (before == "of" and (day < 2 or found[day - 2][3].lower() != "as")):
        # "as of 1 January 1995 25 of the observers" tells a time.
        return True
    return before == "on" and day >= 2 and found[day - 2][3].lower().endswith("ed")


def _date_call(found: list[_Word], k: int, day: int, near: bool) -> bool:
    """Whether ``found[k]``, after the full date whose day is ``found[day]``, is a call:
    before one of :data:`_DATE_CALL_WORDS`; or, the date being cited or the number
    ``near`` the text's calls, before a word a citation or the sentence goes on with
    (:data:`CALL_FOLLOWERS`, :data:`_AFTER_DATE`; "the" only before a name: "the Vienna
    Convention"; "of" only where no comma ends the date: "as at 31 December 1993, 12 of
    the members" counts)."""
    after = found[k + 1][3].rstrip(",;:.")
    if after in _DATE_CALL_WORDS:
        return True
    if not near and not _cited(found, day):
        return False
    if after == "the":
        return k + 2 < len(found) and found[k + 2][3][:1].isupper()
    if after == "of":
        return not found[k - 1][3].endswith(",")
    return after in CALL_FOLLOWERS or after in _AFTER_DATE


def _glued_date_call(found: list[_Word], k: int, near: bytearray, named: set[int]) -> _Word | None:
    """The call glued to the comma after the year of a full date that ``found[k]`` ends
    ("of 12 August 1949,4 and acting", "5 January 1949,5 that the"), as a word of its
    own (its span within ``found[k]``), or ``None``: read as a call set apart after the
    date is (:func:`_date_call`), never before "of" ("as at 31 December 1993,12 of the
    members" counts), nor where it numbers a note the text prints (``named``: a Word or
    PDF text's own mark, kept with its note as :func:`_glued_end_call` keeps it)."""
    glued = _GLUED_YEAR.fullmatch(found[k][3])
    if (
        glued is None
        or int(glued.group(1)) in named
        or not _MONTH.fullmatch(found[k - 1][3])
        or not _DAY.fullmatch(found[k - 2][3])
        or found[k + 1][3].rstrip(",;:.") == "of"
        or not _date_call(found, k, k - 2, bool(near[int(glued.group(1))]))
    ):
        return None
    index, start, end, _ = found[k]
    return (index, start + glued.start(1), end, glued.group(1))


#: A word a call is set after, inside a paragraph: a name or a noun ("the report of the
#: Secretary-General 10 and noting", "the Permanent Representative of Lebanon 27 and",
#: "at Jakarta 116 to form", "its interim report 32 of 3 December").
_NAMED = compile_cached(r"[^\W\d_][\w’'.-]*[^\W\d_],?")


def _names_a_thing(before: str, ahead: str) -> bool:
    """Whether ``before``, with ``ahead`` the word before it, names a thing or a person
    that a printed note's number follows as its call before any word: a name
    ("the Secretary-General 7 considers", not an operative verb: "Approves 2 additional
    posts"), a word closed by a comma ("the Atomic Energy Commission, 21 dated"), or a
    noun after a determiner or a number (:data:`_BEFORE_A_NOUN`: "its report 9 menaces",
    "three agreements 6 by"). Not a verb, whose figure counts what follows ("to deploy
    2 additional battalions", "shall comprise 2 infantry companies")."""
    if before.endswith(","):
        return True
    if before[:1].isupper():
        return _OP_OPENER.match(before) is None
    return ahead.lower() in _BEFORE_A_NOUN


def _word_call(before: str, after: str, then: str, noted: bool = False) -> bool:
    """Whether a number (or two, :func:`_pair`) between the word ``before`` and ``after``
    (and ``then`` after that) is a call set after a name or a noun (:data:`_NAMED`, not
    one of :data:`_TAKES_A_FIGURE`), before a word a citation goes on with
    (:data:`CALL_FOLLOWERS`, or "of"), and not in a list of figures ("12 and 15 May", "12
    to 15", "Battalion 12 and Battalion 14"). ``noted``: the number is that of a note the
    text prints, which names its call exactly: then before any word the sentence goes on
    with ("the report of the Secretary-General 7 considers", "the United Arab Emirates
    53 complaining", "Mr. Manuel Jorge, 50 who were"), not a figure."""
    if not _NAMED.fullmatch(before) or before.rstrip(",").lower() in _TAKES_A_FIGURE:
        return False
    after = after.rstrip(",;:.")
    if after not in CALL_FOLLOWERS and after != "of":
        # Not before a month: "beyond 26 December 1967" is a date's day.
        return noted and _NAMED.fullmatch(after) is not None and not _MONTH.fullmatch(after)
    then = then.rstrip(",;:.")
    if after == "of":
        # "12 of them" counts; "its interim report 32 of 3 December" calls.
        return then.lower() not in ("them", "these", "those", "whom", "which")
    if after in ("and", "or", "to"):
        # A list or a range of figures: "12 and 15 May", "12 to 15", "Battalion 12 and
        # Battalion 14".
        return not then[:1].isdigit() and then.lower() != before.rstrip(",").lower()
    return True


def _pair(found: list[_Word], k: int, stop: int, near: bytearray) -> _Word | None:
    """The second of two calls in a row that begins at ``found[k]`` ("the Governments of
    Rwanda 3 and Uganda 4 11 for", "by France, 162 165, the United Kingdom"), or
    ``None``: a number one space after the first, before ``found[stop]``, that numbers
    more than the first by at most :data:`NEAR` (the volumes number their notes in
    order; "1 500" and "12 000" are figures) and lies near the text's calls too. A comma
    after it is taken with it where one stands before the first, as in a list of names
    each with its calls ("France, 162 165, the"); it is kept as the number alone."""
    if k + 2 >= stop:
        return None
    second = found[k + 1]
    number = second[3]
    if number.endswith(",") and found[k - 1][3].endswith(","):
        number = number[:-1]
    if not _BARE_NUMBER.match(number) or not _apart(found[k], second):
        return None
    value = int(number)
    if not near[value] or not 0 < value - int(found[k][3]) <= NEAR:
        return None
    if number == second[3] and _DAY.fullmatch(number) and _MONTH_WORD.match(found[k + 2][3]):
        # "on 22 November, 21 24 November 22 and": a call before a date's day.
        return None
    return (second[0], second[1], second[2], number)


def _mark_near(near: bytearray, value: int) -> None:
    """Mark in ``near`` the numbers within :data:`NEAR` of the call ``value``."""
    low, high = max(0, value - NEAR), min(_MOST, value + NEAR)
    near[low : high + 1] = b"\x01" * (high + 1 - low)


#: A call's place in the text (its unit, line and first character) and its number.
_Placed = tuple[tuple[int, int, int], int]
#: How far a call after a date that tells a time may number from the call before it in
#: the text or the call after it (when it does not stand between their numbers): the
#: volumes number their notes in the order of the text, mostly (a note cited again keeps
#: its number), so a figure that fits is a call.
IN_SEQUENCE = 2


def _placed(taken: dict[int, list[_Word]]) -> list[_Placed]:
    """The calls ``taken`` (by unit) with their places, in the order of the text."""
    return sorted(((u, w[0], w[1]), int(w[3])) for u, calls in taken.items() for w in calls)


def _in_sequence(calls: list[_Placed], place: tuple[int, int, int], value: int) -> bool:
    """Whether ``value``, at ``place``, fits the numbers of the ``calls`` found (sorted by
    place): between those of the calls before and after it, or within
    :data:`IN_SEQUENCE` of either."""
    at = bisect_left(calls, (place, -1))
    before = calls[at - 1][1] if at > 0 else None
    after = calls[at][1] if at < len(calls) else None
    if before is not None and after is not None and before < value < after:
        return True
    return any(v is not None and abs(value - v) <= IN_SEQUENCE for v in (before, after))


def _words(lines: list[_Line], since: int = 0) -> list[_Word]:
    """The words of ``lines[since:]``: each with its line's index, its span and text."""
    return [
        (index, m.start(), m.end(), m.group())
        for index in range(since, len(lines))
        for m in _TOKEN.finditer(lines[index].text)
    ]


def _slash_calls(units: list[_Unit]) -> dict[int, list[_Word]]:
    """The calls marked with a slash (:data:`_SLASH_CALL`) in each unit's lines, by unit:
    not the number of a word that takes one ("paragraph 1/", "page 12/", "resolution 5/",
    :data:`_TAKES_A_FIGURE`), nor one a number goes on from (:func:`_number_goes_on`)."""
    found: dict[int, list[_Word]] = {}
    for u, unit in enumerate(units):
        for index, line in enumerate(unit.lines):
            if "/" in line.text:
                for m in _SLASH_CALL.finditer(line.text):
                    # The look-behind holds a word before the mark on its line.
                    before = line.text[: m.start()].split()[-1].lower()
                    if before in _TAKES_A_FIGURE or before in _TAKES_A_NUMBER:
                        continue
                    if not _number_goes_on(unit.lines, index, m.end()):
                        found.setdefault(u, []).append((index, m.start(), m.end(), m.group()))
    return found


def _number_goes_on(lines: list[_Line], index: int, end: int) -> bool:
    """Whether the word after a number and its slash (on its line, or the next line's
    first when the slash ends its line) is a number: a symbol cut at its slash ("resolution
    47/ 121", "47/" ending a line before "121 of 18 December 1992", "Council resolution
    5/ 1"), a fraction ("1 1/ 2 per cent") or a count ("13/ 0/ 2"), not a call."""
    after = lines[index].text[end:].lstrip()
    if not after and index + 1 < len(lines):
        after = lines[index + 1].text.lstrip()
    return after[:1].isdigit()


def _take_out(
    units: list[_Unit], taken: dict[int, list[_Word]], removed: list[RemovedText]
) -> tuple[int, int | None]:
    """Take the ``taken`` words out of the units' lines, each kept in ``removed``; how
    many were taken and the line of the first."""
    count = 0
    first: int | None = None
    for u, calls in taken.items():
        lines = units[u].lines
        by_line: dict[int, list[_Word]] = {}
        for word in calls:
            by_line.setdefault(word[0], []).append(word)
        for index, words in by_line.items():
            words.sort()
            line = lines[index]
            # Never empty: a call stands on the line of the word it follows.
            lines[index] = replace(line, text=_without(line.text, [(w[1], w[2]) for w in words]))
            removed.extend(RemovedText(line=line.no, text=w[3], kind="other") for w in words)
            count += len(words)
            first = line.no if first is None else min(first, line.no)
    return count, first


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


def _in_notes_order(taken: dict[int, list[_Word]], noted: list[int]) -> bool:
    """Whether the calls ``taken`` that number printed notes (``noted``, in the notes'
    order) follow that order in the text: "the detainees 12 in ... the hostages 14 in"
    with notes 2, 3, 12, 14 printed reads 12 then 14, but "States 12 and 14 of ... Blocks
    12" goes back to 12, and "detainees 14 in ... hostages 12 in" reads them the wrong way
    round. A note may be called again before the next is ("the report of the
    Secretary-General 7 considers ... 3. Takes note of the report of the
    Secretary-General; 7", "Mr. Marcelino dos Santos, 49 Mr. Gil Fernandes 49 and"): the
    volumes give a note cited twice one number. Not every note need be found so (a call
    glued to its word, "meeting.40", or in the line that records the vote is not read
    here)."""
    rank = {value: i for i, value in reversed(list(enumerate(noted)))}
    last = -1
    for u in sorted(taken):
        for word in sorted(taken[u]):
            at = rank.get(int(word[3]))
            if at is None:
                continue
            if at < last:
                return False
            last = at
    return True


def drop_footnote_calls(
    units: Iterable[_Unit], removed: list[RemovedText], marks: Iterable[str] = ()
) -> tuple[int, int | None]:
    """Take the footnote calls printed apart out of the units' lines, keep each as
    furniture in ``removed``; return how many were taken and the line of the first.
    ``marks``: the marks of the notes the text prints after its paragraphs ("14 Official
    Records of ..."), whose numbers are calls where a call may stand.

    Each line changed is replaced by a new one (a join made before is not reused)."""
    units = [u for u in units if u.lines and not u.md_heading]
    # The calls marked with a slash are calls wherever they stand: found apart, they take
    # no part in the numbers' passes below (nor in the notes' order, read of bare ones).
    slashed = _slash_calls(units)
    taken: dict[int, list[_Word]] = {}
    near = bytearray(_MOST + 1)
    # A text that prints its notes says which numbers call them, exactly (not within
    # NEAR): "the Atomic Energy Commission 14 and", "on 16 February 1946 15 in
    # pursuance" with "14 Official Records ..." and "15 Decision taken ..." below, in a
    # text with no call at a paragraph's end.
    noted = [int(m) for m in marks if _BARE_NUMBER.match(m)]
    named = set(noted)
    for value in noted:
        near[value] = 1
    ends: dict[int, int] = {}
    for u, unit in enumerate(units):
        if not unit.lines[-1].text.rstrip()[-1:].isdecimal():
            # A call at the end is a number, the last word: a line ending otherwise ("\S"
            # is not a space, "\d" a decimal, as for ``str``) is not cut into words (a
            # thousand one-line paragraphs "1000024-08292 (E)", 4 µs each).
            continue
        tail = _words(unit.lines, len(unit.lines) - 1)
        count = _end_calls(tail, sub=unit.kind == "sub")
        glued = None if count else _glued_end_call(tail, named)
        if (count or glued) and not _reads_on(units[u + 1] if u + 1 < len(units) else None):
            # A glued call is the paragraph's last word cut in two: the word itself is
            # kept out of the passes below as a call set apart is.
            taken[u] = [glued] if glued is not None else tail[-count:]
            ends[u] = count or 1
            for word in taken[u]:
                _mark_near(near, int(word[3]))
    # Calls after a full date, the commonest place of a call inside a paragraph, found
    # in a text with no call at a paragraph's end too ("of 10 March 1966 3 that").
    tokens: dict[int, list[_Word]] = {}
    dated: list[int] = []
    doubtful: list[tuple[int, int]] = []
    # Whether a unit's lines may hold a call after a date, by their texts joined (units
    # printed alike: a job number on each of a thousand pages).
    may_date: dict[str, bool] = {}
    for u, unit in enumerate(units):
        # (One search of the unit's lines joined: no match of the pattern holds a line
        # break, and the break is no digit for its look-ahead, as a line's end is not.)
        joined = "\n".join([line.text for line in unit.lines])
        if (dates := may_date.get(joined)) is None:
            dates = may_date[joined] = not (
                _DATED_CALL.search(joined) is None or _MONTH_WORD.search(joined) is None
            )
        if not dates:
            # Most texts have no calls at all: their words are not looked at one by one.
            # Nor are those of a unit that names no month (a full date's month is a word
            # of its own, _MONTH, which _MONTH_WORD finds): no date, no call after one
            # (a unit of 20,000 short lines with "12 90" in its first was listed word by
            # word, 0.4 s per MB).
            continue
        found = tokens[u] = _words(unit.lines)
        for k in range(3, len(found) - ends.get(u, 0) - 1):
            word = found[k]
            if (glued := _glued_date_call(found, k, near, named)) is not None:
                taken.setdefault(u, []).append(glued)
                dated.append(int(glued[3]))
                continue
            if not _BARE_NUMBER.match(word[3]) or not _apart(found[k - 1], word):
                continue
            day = _full_date_before(found, k)
            if day is None:
                continue
            if _date_call(found, k, day, bool(near[int(word[3])])):
                taken.setdefault(u, []).append(word)
                dated.append(int(word[3]))
            elif _date_call(found, k, day, True):
                doubtful.append((u, k))
    # A number after a date that tells a time, before a word a figure may go on with too
    # ("on 11 November 1976 11 and by ..."), is a call where it fits the numbers of the
    # calls around it (10 before it in the text): "by 31 March 1995 12 and" has none.
    if doubtful and taken:
        placed = _placed(taken)
        for u, k in doubtful:
            word = tokens[u][k]
            if _in_sequence(placed, (u, word[0], word[1]), int(word[3])):
                taken.setdefault(u, []).append(word)
                dated.append(int(word[3]))
    if not taken and not noted:
        return _take_out(units, slashed, removed)
    # The numbers called at paragraphs' ends: two of them are a pair called inside one
    # only in a list of names each with its calls ("by France, 162 165, the United
    # Kingdom ..., and the United States of America, 162 163"), not after a name
    # alone ("comprise Canada 12 14 and Ireland 600 personnel; 14").
    # (The first ``count`` of a unit's calls: those after dates, appended since, come
    # after them.)
    closing = {int(w[3]) for u, count in ends.items() for w in taken[u][:count]}
    # What the calls found so far number tells which numbers are calls elsewhere: those
    # at paragraph ends and those after dates (cited dates, or words no count goes on
    # with: a figure after a date that tells a time is taken only beside other calls).
    for value in dated:
        _mark_near(near, value)
    # Calls near those: after a date or a symbol ("on 8 May, 43 17 May 44 and", "S/6177,
    # 29 S/6196"), then after a name or a noun ("the Permanent Representative of Lebanon
    # 27 and").
    # The words each pass below looks at: numbers near a call, set apart after the word
    # before them, found once for both passes (``near`` no longer changes) and only in
    # the units that print such a number (a unit's words were otherwise listed and
    # matched one by one twice: 0.3 s per MB of short lines).
    candidates: dict[int, list[int]] = {}
    # The words and candidates of a unit not listed above, by its lines' texts and the
    # calls at its end (all they depend on here), shared by the units printed alike (a
    # hostile text repeats one paragraph and its note a thousand times). Neither list is
    # changed below.
    alike: dict[tuple[tuple[str, ...], int], tuple[list[_Word], list[int]]] = {}
    for u, unit in enumerate(units):
        key: tuple[tuple[str, ...], int] | None = None
        if u not in tokens:
            key = (tuple([line.text for line in unit.lines]), ends.get(u, 0))
            known = alike.get(key)
            if known is not None:
                tokens[u], candidates[u] = known
                continue
            numbers = _STANDALONE_NUMBER.findall("\n".join(key[0]))
            if not any(near[int(n)] for n in numbers):
                candidates[u] = []
                alike[key] = ([], [])
                continue
            tokens[u] = _words(unit.lines)
        found = tokens[u]
        stop = len(found) - ends.get(u, 0)
        candidates[u] = [
            k
            for k in range(1, stop - 1)
            if _BARE_NUMBER.match(found[k][3])
            and near[int(found[k][3])]
            and _apart(found[k - 1], found[k])
        ]
        if key is not None:
            alike[key] = (found, candidates[u])
    for words_call in (False, True):
        for u in range(len(units)):
            if not candidates[u]:
                continue
            found = tokens[u]
            held = {w[:3] for w in taken.get(u, ())}
            stop = len(found) - ends.get(u, 0)
            for k in candidates[u]:
                word = found[k]
                if word[:3] in held:
                    continue
                # Two calls in a row are read as one, the words around them tested as
                # for one call.
                second = _pair(found, k, stop, near)
                if second is not None and second[:3] in held:
                    continue
                if (
                    second is not None
                    and not found[k - 1][3].endswith(",")
                    and {int(word[3]), int(second[3])} & closing
                ):
                    second = None
                nxt = k + 1 if second is None else k + 2
                after = found[nxt][3]
                then = found[nxt + 1][3] if nxt + 1 < len(found) else ""
                if second is not None and second[3] != found[k + 1][3]:
                    # "France, 162 165, the United Kingdom": the list's comma stands
                    # for the "and" a call goes on with.
                    after, then = "and", after
                before = found[k - 1][3]
                if words_call:
                    broken = k >= 2 and found[k - 2][0] != found[k - 1][0]
                    if broken and found[k - 2][3][-1:] == "-":
                        # A word broken at a line's end ("para-" / "graph 29 of his
                        # report") is read whole.
                        before = found[k - 2][3][:-1] + before
                    exact = (
                        second is None
                        and int(word[3]) in named
                        and _names_a_thing(before, found[k - 2][3] if k >= 2 else "")
                    )
                    if _MONTH.fullmatch(before) or not _word_call(before, after, then, exact):
                        continue
                    if (
                        int(word[3]) in named
                        and after == "of"
                        and before[:1].isupper()
                        and not then[:1].isdigit()
                    ):
                        # A printed note's number after a name, before "of", is the
                        # name's part: "the conclusion of Round 2 of the talks"; not
                        # before a date, "the statement by the President of the Security
                        # Council 52 of 3 May 1985", which is a cited document's.
                        continue
                else:
                    day_before = k >= 2 and bool(_DAY.fullmatch(found[k - 2][3]))
                    if not _inner_call(before, word[3], after, then, day_before):
                        continue
                taken.setdefault(u, []).append(word)
                if second is not None:
                    taken[u].append(second)
                    held.add(second[:3])
    if noted and not _in_notes_order(taken, noted):
        # The printed notes name no call that the text does not hold as calls do.
        return drop_footnote_calls(units, removed)
    for u, words in slashed.items():
        taken.setdefault(u, []).extend(words)
    return _take_out(units, taken, removed)


__all__ = ["NEAR", "drop_footnote_calls"]
