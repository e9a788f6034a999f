"""Deadlines: the dates and terms a text sets that a later text may find spent (a
deadline counted from adoption, a due date, an hour on a day, a term that runs to a
date), and the words that place an event in time rather than limit an act."""

from __future__ import annotations

import datetime as _dt
import math
import re

from ..compiled import compile_cached
from ..lexicon import Lexicon, QuantityMatch
from .renewals import _EXTEND_TO, _MONTH_NUMBER, _MONTHS, _UNTIL, _month_days

_DEADLINE = compile_cached(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|before)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(\d{1,2})\s*)?(" + _MONTHS + r")\s+(\d{4})\b"
)
#: A year an ask is for: "in 2020", "during 2021", "by the end of 2020" (not "in
#: August 2020", read above, nor a resolution's year, "2532 (2020)").
_YEAR_TERM = compile_cached(
    r"\b(?:in|during|throughout|by\s+the\s+end\s+of)\s+((?:19|20)\d\d)\b(?!\s*\))",
    re.IGNORECASE,
)
#: A report named by its month, due by the end of it, where something is asked into it:
#: "requests the Secretary-General to include in his December 2021 report on MINUSMA an
#: update" (Mali 2021 → 2022); not a report cited ("as documented in the February 2021
#: report published by ..."). The groups as :data:`_DEADLINE`'s (the day is never there).
_REPORT_OF_MONTH = compile_cached(
    r"\b(?:include|provide|report|update|submit|present)\w*+,?\s++(?:[^;.\s]++\s++){0,12}?"
    r"(?:in|for)\s++(?:his|her|its|their)\s++(?:next\s++)?(?:(\d{1,2})\s++)?"
    r"(" + _MONTHS + r")\s++(\d{4})\s++(?:[\w-]++\s++)?reports?\b"
)
#: Where a report named by its month starts in a :data:`_REPORT_OF_MONTH` match.
_REPORT_START = compile_cached(r"\b(?:in|for)\s++(?:his|her|its|their)\b")
#: An act due at an hour on a day: "cease fire ... and discontinue all military
#: activities at 2000 hours GMT on 7 June 1967", "not later than 0600 hours, local time,
#: on Sunday, 6 June 1982". Read only in a later resolution (see :func:`spent_deadline`).
#: Every run of spaces is taken whole (possessive): no way to split one between two
#: optional parts.
_AT_HOUR = compile_cached(
    r"\b(?:by|no\s++later\s++than|not\s++later\s++than|before|at)\s++\d{3,4}\s++hours"
    r"(?:(?:\s*+,)?\s++(?:GMT|local\s++time))?(?:\s*+,)?\s++on\s++"
    r"(?:[A-Z][a-z]{2,8}day(?:\s*+,)?\s++)?"
    r"(?:(\d{1,2})\s*+)?(" + _MONTHS + r")\s++(\d{4})\b"
)


#: A term that runs to a date: "renew the Special Adviser's term to 18 September 2021".
_TERM_END = compile_cached(r"\b(?:to|until)\s+(\d{1,2})\s*(" + _MONTHS + r")\s+(\d{4})\b")


def term_ends(text: str) -> list[_dt.date]:
    """Every date ``text`` runs something "until" (or extends it "to"), in order: the ends
    of the terms it sets."""
    found = (_term_date(m) for rx in (_UNTIL, _EXTEND_TO) for m in rx.finditer(text))
    return sorted(d for d in found if d is not None)


def expired_terms(old: str, new: str, on: _dt.date | None = None) -> frozenset[_dt.date]:
    """The end dates of the old text's terms that the new text moved on: each date the
    old text runs something "until" that the new text no longer names ("extends the
    mandate until 18 September 2021" renewed "until 17 September 2022"). A one-time task
    tied to such a date belonged to the old term. With ``on``, the new text's date, a
    term still running then is moved on only by a new text that runs one past it: a
    text that amends a regime between its renewals ("the notification requirements ...
    shall no longer apply", DRC sanctions, December 2022) leaves the measures renewed
    "until 1 July 2023" running, not spent."""
    dates = [
        _term_date(m) for m in _UNTIL.finditer(old) if " ".join(m.group(0).split()[1:]) not in new
    ]
    ended = frozenset(d for d in dates if d is not None)
    if on is None or not ended:
        return ended
    latest = max(
        (d for m in _UNTIL.finditer(new) if (d := _term_date(m)) is not None), default=None
    )
    return frozenset(d for d in ended if d < on or (latest is not None and latest > d))


def spent_deadline(
    text: str,
    on: _dt.date,
    expired: frozenset[_dt.date] = frozenset(),
    *,
    since: _dt.date | None = None,
    lexicon: Lexicon | None = None,
) -> str | None:
    """The deadline of a one-time request that had passed by ``on`` (the date of the
    text that no longer carries it): "report by the end of February 2020", dropped from
    a text of July 2020, was delivered or overtaken, not withdrawn. A term run to one of
    the ``expired`` dates (see :func:`expired_terms`) is spent too: "renew the Special
    Adviser's term to 18 September 2021", dropped when the mandate it matched is renewed
    past that date. With the ``lexicon``'s deadlines and ``since`` (the date of the text
    that made the request), a deadline counted from adoption is read too: "report within
    three months", asked in August 1993 and dropped in October 1994, and so is an act
    due at an hour on a day ("cease fire ... at 2000 hours GMT on 7 June 1967"). ``None``
    unless ``text`` names a deadline and every deadline it names had passed."""
    if expired:
        ends = [m for m in _TERM_END.finditer(text) if _term_date(m) in expired]
        if ends and not any(_term_date(m) not in expired for m in _TERM_END.finditer(text)):
            return " ".join(ends[0].group(0).split())
    found = []
    # An hour on a day is read only in a later resolution (``since``): a cease-fire due to
    # start at an hour binds from then on, and a revised draft of the next day that drops
    # it withdraws the demand; a later resolution that does not repeat it has moved on.
    deadlines = (
        (_DEADLINE, _REPORT_OF_MONTH, _AT_HOUR)
        if since is not None
        else (_DEADLINE, _REPORT_OF_MONTH)
    )
    for m in (m for rx in deadlines for m in rx.finditer(text)):
        year, month = int(m.group(3)), _MONTH_NUMBER[m.group(2).lower()]
        # A month without a day is due at its end.
        if year < _dt.MINYEAR:
            return None  # "December 0000": no date, as a day no month holds
        last = _month_days(year, month)
        day = int(m.group(1)) if m.group(1) else last
        if not 1 <= day <= last:
            return None
        if _dt.date(year, month, day) >= on:
            return None
        shown = m.group(0)
        if m.re is _REPORT_OF_MONTH:
            # From the report on: "in his December 2021 report", not the ask before it.
            shown = shown[[x.start() for x in _REPORT_START.finditer(shown)][-1] :]
        found.append(" ".join(shown.split()))
    for m in _YEAR_TERM.finditer(text):
        # An ask for a year ("to ensure ... humanitarian assistance to Syria in 2020"):
        # due by the year's end.
        if _dt.date(int(m.group(1)), 12, 31) >= on:
            return None
        found.append(" ".join(m.group(0).split()))
    typed = lexicon.quantities_in(text) if lexicon is not None else []
    for q in typed:
        # A date the lexicon reads as due ("before the end of 1992", "not later than the
        # first week of December 1992", "prior to 1 May 1978"), in any of its forms: the
        # patterns above know only some of them.
        due = _due_by(q.value) if q.id == DUE_DATE_TYPE else None
        at = q.start + max(q.text.find(q.value), 0)
        if due is None or EVENT_PLACED.search(text[max(0, at - _EVENT_REACH) : at]):
            # "the operating status that existed prior to 29 February 2020" (UNFICYP
            # 2021): the date places an event, nothing was due by it.
            continue
        if due >= on:
            return None
        found.append(" ".join(q.text.split()))
    relative = [q for q in typed if q.id == DEADLINE_TYPE]
    if relative and _RECURRING.search(text):
        # "report within three months, and every three months thereafter": a request that
        # recurs is not met by its first report.
        return None
    for q in relative:
        counted = _COUNTED_FROM.search(q.text) is not None
        start = (_THIS_ADOPTION if counted else _FROM_ADOPTION).match(text, q.end)
        if since is None or q.number is None or start is None or _due_after(since, q) >= on:
            # Counted from something else ("within 30 days of the elections"), or not
            # yet due: the request may still stand, and so the paragraph is not spent.
            return None
        found.append(" ".join((q.text + start.group(0)).split()))
    return found[0] if found else None


#: "before" or "prior to" (a date) within three words of a past participle or "in
#: place", searched on the text right before the date: "the positions they occupied
#: before", "occupied by Israel before", "the elections held before", "the ceasefire
#: agreed before", "in place prior to". The date places an event told; it limits no act
#: (read by ``classify.limits`` and by :func:`spent_deadline`). It may be a part of a
#: month or a year, in any of the due dates' words ("before the end of 1973", "before
#: the first week of March 1971"): one or two words and "of".
EVENT_PLACED = compile_cached(
    r"\b(?:\w+ed|held|made|taken|set|begun|signed|done|given|won|met|place|existing)"
    r"(?:\W+\w+){0,2}?\W+(?:before|prior\s+to)\s+(?:the\s+(?:\w+\s+){1,2}of\s+)?$",
    re.IGNORECASE,
)

#: The quantity type of a deadline counted from a date ("within fifteen days").
DEADLINE_TYPE = "deadline"
#: The quantity type of a date an ask is due by ("by 31 October 1963").
DUE_DATE_TYPE = "due_date"
#: How far before a due date (characters) the event it may place is read.
_EVENT_REACH = 200
#: The value of a due date: a day, a month or a year, with its year ("31 December 1992",
#: "December 1992", "1992").
_DUE_VALUE = compile_cached(r"(?:(?:(\d{1,2})\s+)?([A-Za-z]+)\s+)?(\d{4})")


def _due_by(value: str) -> _dt.date | None:
    """The last day of the due date ``value`` (a ``due_date``'s value): the day itself, a
    month's last day, a year's last day (a limit set at the beginning or the middle of a
    year is read as passed only once the year has: never too early). ``None`` without a
    year ("by 15 November"), or for a day or a year ("0000") no calendar holds."""
    m = _DUE_VALUE.fullmatch(" ".join(value.split()))
    if m is None:
        return None
    year = int(m.group(3))
    month = _MONTH_NUMBER.get((m.group(2) or "December").lower())
    if month is None or year < _dt.MINYEAR:
        return None
    last = _month_days(year, month)
    day = int(m.group(1)) if m.group(1) else last
    return _dt.date(year, month, day) if 1 <= day <= last else None


#: The adoption of the text itself: "the adoption of this resolution", "the date of the
#: present resolution", "its adoption".
_THIS = (
    r"(?:(?:the\s++)?date\s++of\s++)?(?:(?:the\s++)?adoption\s++of\s++)?"
    r"(?:this|the\s++present)\s++resolution\b|(?:the\s++date\s++of\s++)?its\s++adoption\b"
)
#: A deadline counted from the text's adoption: said so, or counted from nothing else
#: ("within fifteen days;", "to report within three months on ...", "within 30 days of
#: the adoption of this resolution"; not "within 90 days of the elections", "of the
#: adoption of the new constitution", "when the Mission reaches full strength").
_FROM_ADOPTION = compile_cached(
    r"(?<!\s)(?!\s*+,?\s*+(?:of|from|after|following|upon|once|since|before|prior\s++to|when"
    r"|thereafter|after\s++which)\b(?!\s++(?:" + _THIS + r")))",
    re.IGNORECASE,
)
#: A deadline whose words end with what it counts from ("no later than 45 days after"),
#: and the text's adoption as that start.
_COUNTED_FROM = compile_cached(r"\b(?:of|from|after|following)$", re.IGNORECASE)
_THIS_ADOPTION = compile_cached(r"(?<!\s)\s++(?:" + _THIS + r")", re.IGNORECASE)
#: A request whose deadline recurs ("within three months, and every three months
#: thereafter"). "In his regular reporting" is where a one-time report goes, not a
#: deadline that recurs (UNSMIL 2020: an assessment due 60 days after adoption).
_RECURRING = compile_cached(r"\b(?:every|thereafter)\b", re.IGNORECASE)


def _due_after(since: _dt.date, q: QuantityMatch) -> _dt.date:
    """The date a deadline counted from ``since`` falls due: months counted on the
    calendar ("within twelve months" of 1 January 2020 is 1 January 2021), days and weeks
    as days. Past the calendar's last day (a text dated 9999): that last day."""
    assert q.number is not None
    if (q.unit or "").lower().startswith("month"):
        months = since.month - 1 + round(q.number / 30)
        year, month = since.year + months // 12, months % 12 + 1
        if year > _dt.MAXYEAR:
            return _dt.date.max
        return _dt.date(year, month, min(since.day, _month_days(year, month)))
    try:
        return since + _dt.timedelta(days=math.ceil(q.number))
    except OverflowError:
        return _dt.date.max


def _term_date(m: re.Match[str]) -> _dt.date | None:
    day, month, year = int(m.group(1)), _MONTH_NUMBER[m.group(2).lower()], int(m.group(3))
    if year < _dt.MINYEAR or not 1 <= day <= _month_days(year, month):
        return None
    return _dt.date(year, month, day)
