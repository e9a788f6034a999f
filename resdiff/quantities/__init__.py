"""Quantities that mean something: numbers paired through the redline, typed, weighed.

Numbers are read as whole units with the lexicon's quantity types (``quantities.toml``):
a document symbol ("S/2021/309"), a citation ("2375 (2017)"), a paragraph reference, a
date, a duration, a reporting interval, a cap or a ceiling. Each text becomes a sequence
of words in which every quantity is one unit; the two sequences are diffed, and a
quantity deleted is paired with the quantity of the same type inserted at the same place
(in the same run of changes), never by its position in a list. A renewal date or a
report symbol that moves on is named, neutral; a cap, a duration or an interval that
changes is named with the direction its type gives a larger value.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re

from ..compiled import compile_cached
from ..lexicon import Lexicon, QuantityMatch
from ..lexicon.quantity_entries import MONTH_NAMES
from ..model import Direction, Shift
from .pairs import _SPACING, paired_quantities

#: How a pair of quantities is named: references and dates by their kind, every other
#: typed quantity as a "quantity".
_FEATURE = {"reference": "reference", "date": "date"}
#: Two amounts this close (a share of the larger) are the same amount in other units.
SAME_AMOUNT = 0.05


_BARE_YEAR = compile_cached(r"(?:19|20)\d{2}")


#: What a date may carry that does not change it: "the 10th of February 2020" is
#: "10 February 2020" (UNIFIL, S/RES/2539 (2020) → 2591 (2021)).
_DATE_WORDS = compile_cached(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\b", re.IGNORECASE)


def _folded(q: QuantityMatch) -> str:
    value = _DATE_WORDS.sub("", q.value) if q.kind == "date" else q.value
    return _SPACING.sub("", value.lower())


def _same_value(o: QuantityMatch, n: QuantityMatch) -> bool:
    """The same value once spacing and case are folded: "29(i)(e)" is "29 (i) (e)", and
    "10th of February 2020" is "10 February 2020"."""
    return _folded(o) == _folded(n) and (o.unit or "") == (n.unit or "")


def _year_only_differs(old: str, new: str) -> bool:
    """Whether one date is the other with its year added or left out ("16 September" and
    "16 September 2021", either way)."""
    a, b = " ".join(old.split()), " ".join(new.split())
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return (
        short != long
        and _BARE_YEAR.fullmatch(long[len(short) :].strip(" ,")) is not None
        and long.startswith(short)
    )


def _shown(q: QuantityMatch) -> str:
    if q.id == "reporting_interval":
        return " ".join(q.text.split())  # "every other month", "on a quarterly basis"
    if q.kind in ("time", "measure") and q.unit:
        return f"{q.value} {q.unit}"
    if q.kind == "measure" and q.text[:1].isalpha():
        # "ceiling at 3,550" → "ceiling to 3,250" reads as "3,550 → 3,250" beside its
        # label ("personnel ceiling"); "14,000 military" keeps what it counts.
        return q.value
    if q.kind in ("time", "measure", "count"):
        return q.text
    return q.value


def quantity_shifts(
    old: str,
    new: str,
    lexicon: Lexicon,
    ref: str | None,
    leads: tuple[str, str] | None = None,
) -> list[Shift]:
    """The named shifts of the quantities that changed between two texts.

    - a symbol, citation, paragraph reference or date replaced: ``reference`` or
      ``date``, neutral;
    - a typed quantity replaced by one of another value: ``quantity``, in the direction its
      type gives a larger value (a longer reporting interval is softer);
    - a typed quantity with no counterpart: named only where its type says what its
      appearing means (a reporting interval where there was none: stronger).
    Numbers that belong to no type are not named.

    ``leads``: for two versions of a sub-paragraph, the lead-ins of its old and new lists.
    A typed quantity an item gains (or loses) is compared with the one of its type that
    the other version's lead-in set for the whole list, which that item ran under: "report
    ... every three months including: ... (iii) progress towards the benchmarks" → "...
    (6) every six months, updates on progress towards the benchmarks" is that update
    made less often (MONUSCO 2021 → 2022), not a reporting interval added.
    """
    shifts: list[Shift] = []
    pairs = paired_quantities(old, new, lexicon)
    inherited: dict[int, str] = {}
    if leads is not None and any(o is None or n is None for o, n in pairs):
        pairs, inherited = _inherited(pairs, leads, lexicon)
    for k, (o, n) in enumerate(pairs):
        if o is not None and n is not None:
            if _same_value(o, n):
                continue
            if o.kind == "date" and _year_only_differs(o.value, n.value):
                # "16 September" -> "16 September 2021": the same day, its year spelt
                # out; nothing moved.
                continue
            if _BARE_YEAR.fullmatch(o.value) or _BARE_YEAR.fullmatch(n.value):
                # A year alone ("in 2022") is a fact of the sentence, not a term of the
                # provision: not named.
                continue
            feature = _FEATURE.get(o.kind, "quantity")
            direction: Direction = "neutral"
            if feature == "quantity":
                if o.number is not None and n.number is not None:
                    if o.number == n.number or (
                        o.kind == "time"
                        and abs(o.number - n.number) <= SAME_AMOUNT * max(o.number, n.number)
                    ):
                        # "every three months" is "quarterly", "twelve months" is "one
                        # year": times are counted in days, so allow for the rounding.
                        continue
                    if o.larger != "neutral":
                        larger = o.larger
                        smaller: Direction = "softer" if larger == "stronger" else "stronger"
                        direction = larger if n.number > o.number else smaller
                elif _shown(o) == _shown(n):
                    continue
            shifts.append(
                Shift(
                    feature=feature,
                    old=_shown(o),
                    new=_shown(n),
                    direction=direction,
                    ref=ref,
                    detail=o.label,
                    note=inherited.get(k),
                )
            )
        else:
            q = o if o is not None else n
            assert q is not None
            if q.added == "neutral":
                continue
            if _timed_otherwise(old, new, lexicon, q, pairs):
                continue
            appears: Direction = q.added
            gone: Direction = "softer" if appears == "stronger" else "stronger"
            sooner = _asked_sooner(old, new, lexicon, q) if n is not None else None
            if sooner is not None:
                # An interval put where the old clause asked for the report as events
                # occur: the wait grows ("timely report" -> "report annually").
                shifts.append(
                    Shift(
                        feature="quantity",
                        old=sooner,
                        new=_shown(q),
                        direction="softer" if q.larger == "softer" else "stronger",
                        ref=ref,
                        detail=q.label,
                    )
                )
                continue
            shifts.append(
                Shift(
                    feature="quantity",
                    old=_shown(q) if o is not None else None,
                    new=_shown(q) if n is not None else None,
                    direction=appears if n is not None else gone,
                    ref=ref,
                    detail=q.label,
                )
            )
    return shifts


#: The kinds of quantity that set when an ask is due: dates, time limits, intervals.
TIMING_KINDS = frozenset({"date", "time"})


def _timed_otherwise(
    old: str,
    new: str,
    lexicon: Lexicon,
    q: QuantityMatch,
    pairs: list[tuple[QuantityMatch | None, QuantityMatch | None]],
) -> bool:
    """Whether the time limit ``q``, with no counterpart, only changed how the ask's
    time is set: the other version (the new one when ``q`` went, the old when it came)
    holds more unpaired dates, limits or intervals than ``q``'s own, or more of its type's
    ``timed_otherwise`` words ("periodically", "as soon as possible"); or ``q``'s own
    version sets an interval, whose cycle the limit starts. False for a type without
    such words: its coming or going is read wherever it happens."""
    entry = lexicon.quantity_types.get(q.id)
    if entry is None or not entry.timed_otherwise:
        return False
    went = any(o is q for o, _ in pairs)
    mine, theirs = (old, new) if went else (new, old)
    # Dates and times with no counterpart, on each side: the same date kept is no new time.
    lone_old = [o for o, n in pairs if o is not None and n is None and o.kind in TIMING_KINDS]
    lone_new = [n for o, n in pairs if n is not None and o is None and n.kind in TIMING_KINDS]
    own, other = (lone_old, lone_new) if went else (lone_new, lone_old)
    if len(other) > len(own) - 1:
        return True
    # "the first written report due by 15 November and every 90 days thereafter": the
    # date starts a cycle of reports, whose interval is weighed on its own.
    if any(x.id == "reporting_interval" for x in lexicon.quantities_in(mine)):
        return True
    rx = _phrases_rx(entry.timed_otherwise)
    return len(rx.findall(theirs.lower())) > len(rx.findall(mine.lower()))


def _asked_sooner(old: str, new: str, lexicon: Lexicon, q: QuantityMatch) -> str | None:
    """The word of the old text (``instead_of`` of ``q``'s type: "timely", "promptly")
    that asked for what ``q`` now sets an interval to, where the new text has fewer of
    it; else None."""
    entry = lexicon.quantity_types.get(q.id)
    if entry is None or not entry.instead_of:
        return None
    old_low, new_low = old.lower(), new.lower()
    word: str
    for word in entry.instead_of:
        rx = _phrases_rx((word,))
        found = rx.findall(old_low)
        if found and len(found) > len(rx.findall(new_low)):
            return word
    return None


def _inherited(
    pairs: list[tuple[QuantityMatch | None, QuantityMatch | None]],
    leads: tuple[str, str],
    lexicon: Lexicon,
) -> tuple[list[tuple[QuantityMatch | None, QuantityMatch | None]], dict[int, str]]:
    """``pairs`` with a typed quantity an item gained (or lost) paired with the one of its
    type the other version's lead-in holds (only where it holds exactly one), and the
    note of each pair so made, by index."""
    found = [lexicon.quantities_in(lead) for lead in leads]
    out: list[tuple[QuantityMatch | None, QuantityMatch | None]] = []
    made: dict[int, str] = {}
    for o, n in pairs:
        q = o if n is None else n if o is None else None
        if q is None or q.kind in ("date", "reference"):
            out.append((o, n))
            continue
        # An item that gained a quantity ran under the old lead-in; one that lost it runs
        # under the new one.
        pool = found[0] if o is None else found[1]
        same = [p for p in pool if p.id == q.id]
        if len(same) != 1:
            out.append((o, n))
            continue
        if _same_value(same[0], q):
            # The item states what its list already said: nothing moved.
            continue
        lead = f"“{_shown(same[0])}”"
        made[len(out)] = (
            f"the old item ran under its list's lead-in: {lead}"
            if o is None
            else f"the new item runs under its list's lead-in: {lead}"
        )
        out.append((same[0], n) if o is None else (o, same[0]))
    return out, made


_MONTH_NUMBER = {m.lower(): k + 1 for k, m in enumerate(MONTH_NAMES)}
#: The month names, the lexicon's, as one alternation. A day may stand glued to its month
#: in the patterns below ("ending on 31January 2021", S/RES/2537 (2020) OP11 as the
#: official file prints it): only a month name may follow a day so glued.
_MONTHS = "|".join(MONTH_NAMES)
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
        detail="renewal period",
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
