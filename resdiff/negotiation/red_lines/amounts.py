"""The amounts a ``quantity`` red line reads in a text: the lexicon's quantities of a
type, and the period a renewal runs, read from its end date as a comparison and the
lineage read it ("decides to extend its mandate for a further period ending on 31 January
2023", adopted on 28 July 2022: 187 days)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ...lexicon import Lexicon, QuantityEntry
    from ...model import Draft

#: The quantity a red line names for the period a renewal runs (the lineage's track of
#: the same name): a duration ("for a further period of twelve months") or an end date
#: ("until 31 July 2023", counted from the draft's date) in a paragraph that renews or
#: extends something. ``duration`` reads the end dates too, as a comparison weighs them.
RENEWAL = "renewal"
#: What the renewal quantity is called in a report.
RENEWAL_LABEL = "renewal period"
#: The quantities that read a renewal's end date.
TIMED = frozenset({"duration", RENEWAL})


class Amount(NamedTuple):
    """One amount read: where it stands in the text, its number (in days for a time) and
    unit, and what the report says after the words quoted (a period read from an end
    date: how long it runs, from when)."""

    start: int
    end: int
    number: float
    unit: str | None
    note: str = ""


def amounts_in(text: str, quantity: str, draft: Draft, lexicon: Lexicon) -> Iterator[Amount]:
    """The amounts of ``quantity`` (a lexicon id, or :data:`RENEWAL`) in ``text``: for
    :data:`RENEWAL`, a renewal's end date where it has one, else its stated periods; for
    ``duration``, the stated periods, else a renewal's end date."""
    timed = quantity in TIMED
    if quantity == RENEWAL and not any(x.stage == "continue" for x in lexicon.lifecycle_in(text)):
        return
    ends = _end_date(text, draft, lexicon) if timed else None
    wanted = "duration" if timed else quantity
    read = [
        Amount(q.start, q.end, q.number, q.unit)
        for q in lexicon.quantities_in(text)
        if q.id == wanted and q.number is not None
    ]
    if quantity == RENEWAL and ends is not None:
        # The end date is the renewing verb's ("extend the mandate until 31 July 2023"):
        # a period of the paragraph that runs otherwise is not the renewal's ("…, and
        # requests a report covering a period of two years" read "two years" for a
        # year's renewal). One that is the same period (as a comparison pairs two) is the
        # renewal said in words, quoted so ("for a period of six months, that is until 10
        # July 2020"; "for a period of six months, until 30 June 2021", 194 days).
        from ...quantities import same_period

        read = [a for a in read if same_period(round(a.number), round(ends.number))]
    yield from read
    if ends is not None and not read:
        yield ends


def _end_date(text: str, draft: Draft, lexicon: Lexicon) -> Amount | None:
    """The period a renewal in ``text`` runs to its end date, counted from the draft's
    date; ``None`` with no date, no renewal or no end date."""
    if draft.date is None:
        return None
    from ...quantities import months_said, renewal_period

    found = renewal_period(text, draft.date, lexicon)
    if found is None:
        return None
    start, end, days = found
    # Shown as a comparison shows a renewal period: in months (years from two), as the
    # Council counts.
    about = months_said(days)
    since = f"{draft.date.day} {draft.date:%B %Y}"
    return Amount(start, end, float(days), "days", f" ({about} from {since})")


def undated_renewal(texts: Iterable[str], lexicon: Lexicon) -> bool:
    """Whether one of ``texts`` renews something to an end date: a draft with no date of
    its own cannot count how long that runs (the report says why none was read)."""
    from ...quantities import renewal_end

    return any(renewal_end(text, lexicon) is not None for text in texts)


def quantity_entry(quantity: str, lexicon: Lexicon) -> QuantityEntry | None:
    """The lexicon's entry of ``quantity``; for :data:`RENEWAL`, the duration's, named
    "renewal period" and naming no subjects (a renewal's words name the mandate)."""
    if quantity == RENEWAL:
        duration = lexicon.quantity_types.get("duration")
        if duration is None:
            return None
        return duration.model_copy(update={"id": RENEWAL, "label": RENEWAL_LABEL, "subjects": ()})
    return lexicon.quantity_types.get(quantity)
