"""What a revision did with the words in dispute: brackets agreed, alternatives settled,
text put in brackets or dropped from them, drafters' notes added or removed.

The analysis reads negotiation brackets as agreed text (:mod:`resdiff.brackets`), so a
revision that agrees "[immediately]" reads the same words before and after, and the two
paragraphs would compare "unchanged". For a negotiator it is the news of the day. Each
place of dispute that came or went is named here, never weighed: what the agreed words
do to the provision (a verb settled lower than the first alternative, an emphasis word
dropped with its brackets) is weighed by the other rules, from the text as read.
"""

from __future__ import annotations

from collections import Counter

from ..align import normalise
from ..brackets import (
    alternative_label,
    bracket_groups,
    drafters_notes,
    labelled_alternatives,
    negotiation_brackets,
    slash_alternatives,
    span_ends,
)
from ..model import DISPUTED_FLAG, DOCUMENT_FLAGS, Change, Draft, Shift

__all__ = ["dispute_shifts", "flags_in_dispute"]

#: A shift's ``detail`` for each thing a revision does to a place of dispute.
AGREED = "brackets removed, agreed"
AGREED_WHOLE = "brackets removed, the whole paragraph agreed"
PUT_WHOLE = "the whole paragraph put in brackets"
SPAN_AGREED = "brackets spanning paragraphs removed, the paragraph agreed"
SPAN_PUT = "put in brackets spanning paragraphs"
SETTLED = "alternative settled"
PUT_IN_DISPUTE = "put in brackets"
PROPOSED = "bracketed text proposed"
DROPPED = "bracketed text dropped"
NOTE_ADDED = "drafter's note added"
NOTE_REMOVED = "drafter's note removed"
LABELLED_SETTLED = "labelled alternatives settled"
LABELLED_TABLED = "tabled in labelled alternatives"


def alternatives(place: str) -> list[str]:
    """The words of each alternative of a place of dispute as printed: "[Demands][Calls
    upon]" → ["Demands", "Calls upon"], "[Decides/Requests]" → ["Decides", "Requests"],
    "[immediately]" → ["immediately"]."""
    out: list[str] = []
    for group in bracket_groups(place):
        content = group.content(place)
        slash = slash_alternatives(content)
        if slash is not None and not out:
            out += [content[:slash].strip(), content[slash + 1 :].strip()]
        else:
            out.append(content.strip())
    return [a for a in out if a]


def _holds(folded: str, words: str) -> bool:
    """Whether ``words`` stand as words in ``folded`` (a text already :func:`_folded`):
    case, typography and punctuation folded."""
    wanted = normalise(words)
    return bool(wanted) and f" {wanted} " in folded


def _folded(text: str) -> str:
    """``text`` outside its brackets, folded once for :func:`_holds`: where agreed words
    must stand."""
    kept = list(text)
    for group in bracket_groups(text):
        for k in range(group.start, group.end):
            kept[k] = " "
    return f" {normalise(''.join(kept))} "


def dispute_shifts(
    old: str, new: str, ref: str, spanned: tuple[bool, bool] = (False, False)
) -> list[Shift]:
    """The places of dispute of a paired provision that a revision agreed, settled, put
    in brackets, proposed or dropped, and the drafters' notes that came or went: each a
    neutral shift naming the words as printed. A provision with more places of dispute
    than :data:`MOST_PLACES` that changed gets one shift saying how many (each look for
    agreed words reads the whole text). ``spanned``: whether each side stands inside
    brackets that span paragraphs (:func:`resdiff.brackets.spanned_parts`)."""
    shifts = _labelled_shifts(old, new, ref)
    if any(spanned):
        shifts += _span_shifts(old, new, ref, spanned)
    if "[" not in old and "[" not in new:
        return shifts
    was, now = Counter(negotiation_brackets(old)), Counter(negotiation_brackets(new))
    if shifts:
        # Alternatives labelled inside brackets ("[Alt 1: ...] [Alt 2: ...]") were named
        # settled or tabled above, not each bracket.
        for places in (was, now):
            for place in [p for p in places if alternative_label(p) is not None]:
                del places[place]
    gone, came = list((was - now).elements()), list((now - was).elements())
    if len(gone) + len(came) > MOST_PLACES:
        return [_shift(ref, f"brackets changed in {len(gone) + len(came)} places")]
    if gone or came:
        folded_new, folded_old = _folded(new), _folded(old)
        whole_old = f" {normalise(old)} "
    # Words whose brackets went because the paragraph is now tabled in labelled
    # alternatives are no more agreed than before: "tabled in labelled alternatives" says
    # what happened to them.
    now_alternatives = len(labelled_alternatives(new)) > 1
    for place in gone:
        options = alternatives(place)
        kept = [a for a in options if _holds(folded_new, a)]
        if kept and now_alternatives:
            continue
        if kept and len(options) == 1 and place == old.strip():
            shifts.append(_shift(ref, AGREED_WHOLE))
        elif kept and len(options) > 1:
            shifts.append(_shift(ref, SETTLED, old=place, new=kept[0]))
        elif kept:
            shifts.append(_shift(ref, AGREED, old=place, new=kept[0]))
        else:
            shifts.append(_shift(ref, DROPPED, old=place))
    for place in came:
        options = alternatives(place)
        if len(options) == 1 and place == new.strip() and _holds(whole_old, options[0]):
            shifts.append(_shift(ref, PUT_WHOLE))
        elif any(_holds(folded_old, a) for a in options):
            shifts.append(_shift(ref, PUT_IN_DISPUTE, new=place))
        else:
            shifts.append(_shift(ref, PROPOSED, new=place))
    notes_was, notes_now = Counter(drafters_notes(old)), Counter(drafters_notes(new))
    shifts += [_shift(ref, NOTE_REMOVED, old=n) for n in (notes_was - notes_now).elements()]
    shifts += [_shift(ref, NOTE_ADDED, new=n) for n in (notes_now - notes_was).elements()]
    return shifts


def _span_shifts(old: str, new: str, ref: str, spanned: tuple[bool, bool]) -> list[Shift]:
    """The end of brackets spanning paragraphs that a revision took away or put in
    ("[Condemning the attacks ...," → "Condemning the attacks ...,"): the paragraph agreed,
    or put in dispute, with the paragraphs the brackets held. Only an end of brackets the
    draft reads as spanning paragraphs (``spanned``) is one."""
    was = spanned[0] and any(span_ends(old))
    now = spanned[1] and any(span_ends(new))
    if was and not now:
        return [_shift(ref, SPAN_AGREED)]
    if now and not was:
        return [_shift(ref, SPAN_PUT)]
    return []


def _labelled_shifts(old: str, new: str, ref: str) -> list[Shift]:
    """A paragraph tabled in labelled alternatives ("Alt 1: ... Alt 2: ...") that a
    revision settled (named with the alternative whose words the new text keeps most of),
    or a paragraph put in alternatives."""
    was, now = labelled_alternatives(old), labelled_alternatives(new)
    # One alternative left, its label kept or not ("Alt 1: ..." alone): settled.
    was = was if len(was) > 1 else []
    now = now if len(now) > 1 else []
    if was and not now:
        words = set(normalise(new).split())

        def kept(option: tuple[str, str]) -> float:
            own = set(normalise(option[1]).split())
            return len(own & words) / len(own) if own else 0.0

        label, _words = max(was, key=kept)
        return [_shift(ref, LABELLED_SETTLED, old=" / ".join(lab for lab, _ in was), new=label)]
    if now and not was:
        return [_shift(ref, LABELLED_TABLED, new=", ".join(label for label, _ in now))]
    return []


#: Most places of dispute of one provision named one by one.
MOST_PLACES = 50


def _shift(ref: str, detail: str, *, old: str | None = None, new: str | None = None) -> Shift:
    return Shift(feature="brackets", old=old, new=new, direction="neutral", ref=ref, detail=detail)


def flags_in_dispute(changes: tuple[Change, ...], new: Draft) -> tuple[Change, ...]:
    """A flag shift that the new draft still holds in dispute says so: "Chapter VII dropped
    (still on the table in the new draft, bracketed or in a later alternative)" where the
    first alternative, which the analysis reads, leaves it out but a later one proposes
    it; "Chapter VII added (in dispute in the new draft, bracketed or in an alternative)"
    where it comes in square brackets. Still weighed, as the words read are; the note
    keeps a negotiator from reading a proposal as settled (the summary line says the
    same: "Chapter VII: dropped; in dispute in the new draft")."""
    disputed = {
        feature
        for feature in DOCUMENT_FLAGS
        if any(w.code == f"{DISPUTED_FLAG}{feature}" for w in new.warnings)
    }
    if not disputed:
        return changes

    def noted(shift: Shift) -> Shift:
        if shift.feature not in disputed or shift.direction == "neutral" or shift.note:
            return shift
        # Dropped (or put in the place of another formula): still proposed; added: only
        # proposed.
        note = (
            "still on the table in the new draft, bracketed or in a later alternative"
            if shift.direction == "softer"
            else "in dispute in the new draft, bracketed or in an alternative"
        )
        return shift.model_copy(update={"note": note})

    def walk(change: Change) -> Change:
        return change.model_copy(
            update={
                "shifts": tuple(noted(s) for s in change.shifts),
                "children": tuple(walk(c) for c in change.children),
            }
        )

    return tuple(walk(c) for c in changes)
