"""Renewals: the period a text renews a mandate or a regime for, its end date and its
term, whether what it renews follows the Council's calendar, and when two renewals are the
same period moved on or both technical rollovers (stopgaps)."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..lexicon.quantity_entries import MONTH_NAMES
from ..model import Clause, Shift

_MONTH_NUMBER = {m.lower(): k + 1 for k, m in enumerate(MONTH_NAMES)}
#: The month names, the lexicon's, as one alternation. A day may stand glued to its month
#: in the patterns below ("ending on 31January 2021", S/RES/2537 (2020) OP11 as the
#: official file prints it): only a month name may follow a day so glued.
_MONTHS = "|".join(MONTH_NAMES)
#: A date in words, as a renewal moves it on: "31 January 2023", "15 March", "January
#: 2023", "March 15, 2023" (any case: the corpus folds its texts), a day or a year beside
#: the month (not the verb "may").
_A_DATE = compile_cached(
    r"\b(?:\d{1,2}\s*(?:" + _MONTHS + r")(?:\s+\d{4})?"
    r"|(?:" + _MONTHS + r")(?:\s+\d{1,2},)?\s+\d{4})\b",
    re.IGNORECASE,
)


def renews(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a clause of ``clause`` (its sub-paragraphs included) renews, extends or
    maintains a measure or a mandate: a life-cycle word of lifecycle.toml's stage
    "continue" read in its analysis. Provenance and precedents rank the text such a
    paragraph revised with its dates aside (:func:`dates_aside`)."""
    return any(
        (entry := lexicon.lifecycle.get(x)) is not None and entry.stage == "continue"
        for part in clause.walk()
        for phrase in part.phrases
        for x in phrase.lifecycle
    )


def dates_aside(text: str) -> str:
    """``text`` with every date in words read as one word, "DATE": two renewals of one
    mandate, each moving its end date on a year ("ending on 31 January 2022", "31 July
    2022"), are then as close to the next ("31 January 2023") as each other, and the one
    whose dates differ least is no closer (issue 9 §8; provenance, precedents)."""
    return _A_DATE.sub("DATE", text)


#: The end date of a renewal: "until 17 March 2023", and the UNFICYP formula "for a
#: further period ending on 31 January 2023".
_UNTIL = compile_cached(
    r"\b(?:until|ending(?:\s+on)?)\s+(\d{1,2})\s*(" + _MONTHS + r")\s+(\d{4})\b"
)
#: "Decides to extend, to 15 October 2021 the mandate of BINUH": an end date given by
#: "to" right after the verb (within a few words), not "until".
_EXTEND_TO = compile_cached(
    r"\b(?:extend|renew|prolong)(?:s|ed|ing)?\b[^;.]{0,40}?\bto\s+(\d{1,2})\s*("
    + _MONTHS
    + r")\s+(\d{4})\b"
)
#: The detail of the shift of a renewal's period read from its end dates
#: (:func:`renewal_shift`); a period the text states is named by the duration type's label.
RENEWAL_PERIOD = "renewal period"
#: Renewal periods closer than this (days) are the same period, moved on: a yearly
#: renewal adopted a few weeks late that keeps the mandate's end date runs 11 months.
SAME_PERIOD = 45
#: ... and, for short periods, closer than this share of the longer one: four months
#: after three is a longer renewal (UNSMIL 2021 → 2022), where 45 days would hide it.
SAME_PERIOD_SHARE = 0.2
#: The longest period a renewal runs, in days: ten years, as the 1540 Committee's in 2011
#: and 2022, and a little over.
MAX_RENEWAL = 10 * 366 + 31


def renewal_days(text: str, since: _dt.date, lexicon: Lexicon) -> int | None:
    """How long a renewal or extension in ``text`` runs from ``since`` (the date of the
    text that decides it), from its "until <date>": "Decides to extend the mandate until
    17 March 2023" adopted on 17 March 2022 runs 365 days. ``None`` when the text renews
    nothing or names no end date."""
    found = renewal_period(text, since, lexicon)
    return None if found is None else found[2]


def renewal_end(text: str, lexicon: Lexicon) -> _dt.date | None:
    """The end date a renewal or extension in ``text`` runs to ("until 17 March 2023"),
    whatever the text's own date; ``None`` when it renews nothing or names none."""
    found = _renewal_end(text, lexicon)
    return None if found is None else found[1]


def _renewal_end(text: str, lexicon: Lexicon) -> tuple[re.Match[str], _dt.date] | None:
    if not any(x.stage == "continue" for x in lexicon.lifecycle_in(text)):
        return None
    m = _UNTIL.search(text) or _EXTEND_TO.search(text)
    if m is None:
        return None
    try:
        until = _dt.date(int(m.group(3)), _MONTH_NUMBER[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return m, until


def renewal_period(text: str, since: _dt.date, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """:func:`renewal_days` with where its end date stands: ``(start, end, days)``, the
    span of "ending on 31 January 2023" in ``text`` (a red line's evidence quotes it)."""
    found = _renewal_end(text, lexicon)
    if found is None:
        return None
    m, until = found
    days = (until - since).days
    # A renewal runs for days to a few years; anything else is a date read wrong.
    if not 0 < days <= MAX_RENEWAL:
        return None
    # "extend, to 15 July 2022 the mandate": the end date is quoted from its "to".
    start = m.start() if m.re is _UNTIL else text.rindex("to", m.start(), m.start(1))
    return start, m.end(), days


#: How far after a renewal's verb its duration may stand when no end date bounds it
#: ("shall be extended for a further period of six months").
_TERM_REACH = 100


def renewal_term(text: str, lexicon: Lexicon) -> str | None:
    """The term of the renewal or extension in ``text`` in its own words: its duration
    and its end date ("for a further period of six months, until 24 October 1974", UNEF
    II, S/RES/346 (1974)), either alone, or ``None`` when it renews nothing or says no
    term. Named where no old renewal's period is compared with it (an extension added)."""
    renewing = [x for x in lexicon.lifecycle_in(text) if x.stage == "continue"]
    if not renewing:
        return None
    end = _renewal_end(text, lexicon)
    # Only the renewal's own duration: between its verb and its end date, or, with no end
    # date, within the verb's reach with no ";" between; not a period of another clause
    # ("... until 24 October 1974, and requests a report on the ceasefire observed for a
    # period of 30 days").
    verb = renewing[0]
    reach = (
        end[0].end() if end is not None and end[0].start() > verb.start else verb.end + _TERM_REACH
    )
    duration = next(
        (
            q.text
            for q in lexicon.quantities_in(text)
            if q.id == "duration"
            and verb.start <= q.start
            and q.end <= reach
            and ";" not in text[verb.end : q.start]
        ),
        None,
    )
    until = None if end is None else f"until {end[1].day} {end[1]:%B %Y}"
    said = [x for x in (duration, until) if x]
    return ", ".join(said) if said else None


def months_said(days: int) -> str:
    """A renewal's ``days`` as the Council counts them: "6 months", "2 years", "10 days"."""
    months = round(days / 30.44)
    if months >= 24 and months % 12 == 0:
        return f"{months // 12} years"
    return f"{months} month{'s' if months != 1 else ''}" if months else f"{days} days"


def same_period(a: int, b: int) -> bool:
    """Whether two renewal periods (days) are the same period, moved on (see
    :data:`SAME_PERIOD`)."""
    return abs(a - b) <= min(SAME_PERIOD, SAME_PERIOD_SHARE * max(a, b))


def both_stopgaps(a: int, b: int) -> bool:
    """Whether two renewal periods (days), the old ``a`` and the new ``b``, are both
    technical rollovers: each of weeks, or of three and four months (UNSMIL, September
    2021 to April 2022), neither twice the other. A stopgap of weeks before a real period
    is a longer renewal, and so is one of weeks before one of months (:data:`WEEKS_DAYS`)."""
    if a <= WEEKS_DAYS and b >= WEEKS_AFTER * a and b > WEEKS_DAYS:
        # "until 30 September 2021" (two weeks) -> "until 31 July 2022" (three months):
        # the Council held the mission over while it negotiated, then gave it a period of
        # its own (UNSMIL 2021 -> 2022, judged stronger by both of its judges). The
        # other way (two months -> five days, UNAMID 2020) is a holding pattern: neutral.
        return False
    return (a <= STOPGAP_DAYS and b <= STOPGAP_DAYS) or (
        max(a, b) <= ROLLOVER_DAYS and max(a, b) < 2 * min(a, b)
    )


def renewal_shift(
    old: str,
    new: str,
    dates: tuple[_dt.date | None, _dt.date | None],
    lexicon: Lexicon,
    ref: str | None,
) -> Shift | None:
    """The period of a renewal, lengthened (stronger) or shortened (softer), when each
    text renews "until <date>" and the texts' own dates are known: a mandate renewed for
    twelve months after six, though neither text says "months"."""
    if dates[0] is None or dates[1] is None:
        return None
    a = renewal_days(old, dates[0], lexicon)
    b = renewal_days(new, dates[1], lexicon)
    if a is None or b is None or same_period(a, b):
        return None
    # Two stopgaps ("until 31 May" → "until 3 June" while the Council negotiates the
    # real renewal, as in the COVID-19 months of 2020; four months, then three) are
    # scheduling, not a mandate given a shorter life: named, not weighed. A stopgap
    # followed by a real period (two weeks → four months) is a longer renewal.
    stopgaps = both_stopgaps(a, b)
    scheduled = not stopgaps and (on_calendar(old, lexicon) or on_calendar(new, lexicon))
    note = (
        "both technical rollovers"
        if stopgaps
        else "a sanctions regime's calendar"
        if scheduled
        else None
    )
    return Shift(
        feature="quantity",
        old=months_said(a),
        new=months_said(b),
        direction="neutral" if note else "stronger" if b > a else "softer",
        ref=ref,
        detail=RENEWAL_PERIOD,
        note=note,
    )


#: The verb that renews, in the active voice ("renew", "renews", "renewing"): not
#: "extended" or "renewal" ("the mandate of the Panel, as extended by resolution 2536
#: (2020), until ..." is renewed by the verb before them).
_RENEWING = compile_cached(r"\b(?:renew|extend|prolong|re-?establish)(?:s|ing)?\b")
#: Where the object of a renewing verb ends: a comma, a clause's end, a colon, "to"
#: ("until 15 March 2021 to implement the measures" says what for, not what) or "with"
#: ("the mandate of the 1540 Committee with the continued assistance of its group of
#: experts" renews the Committee's mandate).
_OBJECT_END = compile_cached(r"[,;.:]|\b(?:to|with)\b")
#: The "that" opening the clause of a renewal in the passive.
_THAT = compile_cached(r"\bthat\b")
#: At most this many characters after the end date are read for the object (a list of
#: resolutions cited after it is no part of its name).
_OBJECT_REACH = 200


@functools.lru_cache(maxsize=64)
def _phrases_rx(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Whole words, any spacing: "the travel and financial measures" holds "financial
    # measures"; "travel banking" holds no "travel ban". Built from the lexicon in use
    # (a user's phrases too: the calendar's, a quantity's instead_of words), once per set
    # of phrases: not a pattern of the shipped cache (compile_cached), which holds the
    # code's and the default lexicon's. Escaped words only: linear.
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{body})\b")


def _month_days(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (:func:`calendar.monthrange`, imported on
    first use: most commands never count a month's days, and the module with its locale
    machinery cost 1% of the instructions of a short ``resdiff compare``)."""
    import calendar

    return calendar.monthrange(year, month)[1]


def on_calendar(text: str, lexicon: Lexicon) -> bool:
    """Whether the renewal in ``text`` renews what follows the Council's calendar (the
    lexicon's ``calendar`` phrases of the duration type: a sanctions regime's measures,
    its Panel of Experts). Only the renewing verb's object is read: the words between
    the verb and the end date ("renew the measures ... until 31 July 2023"), and those
    right after the date up to a comma, a colon, a clause's end, "to" or "with" ("renew,
    until 31 July 2023, the measures on arms"); with no verb in the active voice before
    the date, the clause up to it ("Decides that the measures ... shall be renewed until
    ..."). Measures or a Panel named elsewhere in the clause ("extend the mandate of
    UNMISS until ..., and requests it to cooperate with the Panel of Experts") do not
    count."""
    duration = lexicon.quantity_types.get("duration")
    if duration is None or not duration.calendar:
        return False
    m = _UNTIL.search(text)
    if m is not None:
        start = max(text.rfind(";", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        verbs = list(_RENEWING.finditer(text, start, m.start()))
        if verbs:
            before = _object(text[verbs[-1].end() : m.start()])
        else:
            # The passive ("Decides that the measures ... shall be renewed until"): the
            # object is the subject of the "that" clause; with no "that", none is read.
            that = [t.end() for t in _THAT.finditer(text, start, m.start())]
            before = text[that[-1] : m.start()] if that else ""
    else:
        # "Decides to extend, to 15 October 2021 the mandate of BINUH": the verb opens
        # the match itself, and nothing before it is its object.
        m = _EXTEND_TO.search(text)
        if m is None:
            return False
        verb = _RENEWING.match(text, m.start())
        before = _object(text[verb.end() : m.start(1)]) if verb else ""
    after = _object(text[m.end() : m.end() + _OBJECT_REACH].lstrip(" ,"))
    rx = _phrases_rx(duration.calendar)
    return bool(rx.search(before.lower()) or rx.search(after.lower()))


def _object(words: str) -> str:
    """``words`` up to where the object they open ends (see :data:`_OBJECT_END`)."""
    end = _OBJECT_END.search(words)
    return words[: end.start()] if end else words


#: A renewal of at most this many days is a technical rollover (a stopgap).
STOPGAP_DAYS = 95
#: Two renewals of at most this many days, neither twice the other, are both rollovers.
ROLLOVER_DAYS = 125
#: A renewal of at most this many days is a stopgap of weeks: followed by one of at least
#: :data:`WEEKS_AFTER` times its length (of months), it was no rollover of the same kind.
WEEKS_DAYS = 31
WEEKS_AFTER = 3
