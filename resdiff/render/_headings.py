"""The drafts' headings and lead-ins in a report: each paired across the drafts, placed
among the changes, and what a report says beside it. Every report places them so (the
text, Markdown, terminal and HTML reports, the Word document), and the product reports
word a heading change alike; re-exported by :mod:`._common`, where renderers import it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from ..model import Change, Comparison, Heading, HeadingChange, Section


def heading_phrase(h: HeadingChange) -> str:
    """``added “Political process” (operative part)``; a lead-in ``lead-in changed
    “Resolves:” → “Decides:” (operative part)`` (:meth:`HeadingChange.describe`, which
    the series table words its headings with too)."""
    return h.describe()


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command).
class PlacedHeading(NamedTuple):
    """A heading of either draft and where it stands: before clause ``old_before`` of the
    old draft and ``new_before`` of the new one (``None``: at the end of its part, or
    not in that draft). A kept heading is in both drafts, by its words."""

    text: str
    section: Section
    status: Literal["kept", "added", "dropped"]
    old_before: str | None = None
    new_before: str | None = None
    #: The old draft's words of a kept heading, when they differ (in case or spacing).
    old_text: str | None = None
    #: Whether it is the lead-in of the operative paragraphs after it ("Resolves:").
    lead_in: bool = False


def placed_headings(cmp: Comparison) -> list[PlacedHeading]:
    """The headings of both drafts (each draft's in its order, new draft first), a
    heading of the new draft paired with the first unpaired one of the old draft with
    the same words (case and spacing folded, as the summary's heading changes are). A
    lead-in is paired as the summary pairs it, the k-th of the new draft with the k-th of
    the old, whatever its words: "Resolves:" → "Decides:" is one lead-in changed (kept,
    with ``old_text``), not one dropped and one added."""

    def key(heading: Heading) -> tuple[str, Section, bool]:
        return " ".join(heading.text.lower().split()), heading.section, heading.lead_in

    unpaired = list(cmp.old.headings)
    old_lead_ins = [h for h in cmp.old.headings if h.lead_in]
    out: list[PlacedHeading] = []
    for heading in cmp.new.headings:
        wanted = key(heading)
        if heading.lead_in:
            match = old_lead_ins.pop(0) if old_lead_ins else None
        else:
            match = next((h for h in unpaired if key(h) == wanted), None)
        if match is None:
            out.append(
                PlacedHeading(
                    heading.text,
                    heading.section,
                    "added",
                    new_before=heading.before,
                    lead_in=heading.lead_in,
                )
            )
            continue
        unpaired.remove(match)
        out.append(
            PlacedHeading(
                heading.text,
                heading.section,
                "kept",
                match.before,
                heading.before,
                match.text if match.text != heading.text else None,
                heading.lead_in,
            )
        )
    out += [
        PlacedHeading(h.text, h.section, "dropped", old_before=h.before, lead_in=h.lead_in)
        for h in unpaired
    ]
    return out


def headings_among(
    cmp: Comparison, shown: Callable[[Change], bool] = lambda change: True
) -> tuple[dict[int, list[PlacedHeading]], list[PlacedHeading]]:
    """Where reports show the drafts' headings among the changes: by the index of the
    change each stands before (a kept or added heading before the change holding its
    clause of the new draft, a dropped one before the change holding its clause of the
    old draft), and those that stand before no clause (shown after the last change).

    Before a change a report does not show (``shown`` false), a kept heading is left
    out with it, and one added or dropped, itself a change, goes to the next change
    shown."""
    new_at: dict[str, int] = {}
    old_at: dict[str, int] = {}
    for k, change in enumerate(cmp.changes):
        for new_ref in change.new:
            new_at.setdefault(new_ref, k)
        for old_ref in change.old:
            old_at.setdefault(old_ref, k)
    before: dict[int, list[PlacedHeading]] = {}
    after: list[PlacedHeading] = []
    for heading in placed_headings(cmp):
        ref, at = (
            (heading.old_before, old_at)
            if heading.status == "dropped"
            else (heading.new_before, new_at)
        )
        # A heading among sub-paragraphs is shown before their paragraph.
        place = None if ref is None else at.get(ref, at.get(ref.split("(", 1)[0]))
        if place is None:
            after.append(heading)
        else:
            before.setdefault(place, []).append(heading)
    carried: list[PlacedHeading] = []
    for k, change in enumerate(cmp.changes):
        headings = carried + before.pop(k, [])
        carried = []
        if shown(change):
            if headings:
                before[k] = headings
        else:
            carried = [h for h in headings if h.status != "kept" or _lead_in_changed(h)]
    return before, carried + after


def _lead_in_changed(heading: PlacedHeading) -> bool:
    """Whether ``heading`` is a lead-in kept with other words ("Resolves:" → "Decides:"):
    a change, shown as one even before an unchanged paragraph."""
    folded = " ".join(heading.text.lower().split())
    return (
        heading.lead_in
        and heading.old_text is not None
        and " ".join(heading.old_text.lower().split()) != folded
    )


def heading_note(heading: PlacedHeading) -> str | None:
    """What a report says beside a heading: added or dropped (``heading added``), and,
    for one among a paragraph's sub-paragraphs, which item it stands before (reports
    show it before the paragraph: "== Urgent temporary measures: ==  (before OP36(f)(iii))",
    MINUSCA 2022, read as a heading of OP36 itself). ``None`` for a kept heading before a
    paragraph, which is shown plain."""
    ref = heading.old_before if heading.status == "dropped" else heading.new_before
    inside = f"before {ref}" if ref is not None and "(" in ref else None
    if heading.lead_in:
        # A lead-in is never shown plain: a reader must see that its verb governs.
        if heading.status != "kept":
            return f"lead-in {heading.status}"
        changed = _lead_in_changed(heading)
        return f"lead-in changed, was “{heading.old_text}”" if changed else "lead-in"
    if heading.status == "kept":
        return inside
    return f"heading {heading.status}" + (f", {inside}" if inside else "")
