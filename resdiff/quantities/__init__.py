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

import re

from ..compiled import compile_cached
from ..lexicon import Lexicon, QuantityMatch
from ..model import Direction, Shift
from .deadlines import (  # re-exported (see __all__)
    DEADLINE_TYPE,
    DUE_DATE_TYPE,
    EVENT_PLACED,
    expired_terms,
    spent_deadline,
    term_ends,
)
from .pairs import _SPACING, paired_quantities
from .renewals import (  # re-exported (see __all__)
    MAX_RENEWAL,
    RENEWAL_PERIOD,
    ROLLOVER_DAYS,
    SAME_PERIOD,
    SAME_PERIOD_SHARE,
    STOPGAP_DAYS,
    WEEKS_AFTER,
    WEEKS_DAYS,
    _phrases_rx,
    both_stopgaps,
    months_said,
    on_calendar,
    renewal_days,
    renewal_end,
    renewal_period,
    renewal_shift,
    renewal_term,
    same_period,
)

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


#: The public names, those of the renewals and deadlines split off included: their
#: users import them from here, as before the split.
__all__ = [
    "DEADLINE_TYPE",
    "DUE_DATE_TYPE",
    "EVENT_PLACED",
    "MAX_RENEWAL",
    "RENEWAL_PERIOD",
    "ROLLOVER_DAYS",
    "SAME_AMOUNT",
    "SAME_PERIOD",
    "SAME_PERIOD_SHARE",
    "STOPGAP_DAYS",
    "TIMING_KINDS",
    "WEEKS_AFTER",
    "WEEKS_DAYS",
    "both_stopgaps",
    "expired_terms",
    "months_said",
    "on_calendar",
    "quantity_shifts",
    "renewal_days",
    "renewal_end",
    "renewal_period",
    "renewal_shift",
    "renewal_term",
    "same_period",
    "spent_deadline",
    "term_ends",
]
