"""A change's kind read from its shifts, and shifts named but not weighed.

The kind of a provision (unchanged, reworded, softened, strengthened, mixed) follows from
the directions of its shifts and of its sub-paragraphs' changes (:func:`change_kind`).
Later passes over a whole comparison (a flag moved to another paragraph, a provision
restated by reference) keep a shift named but take its weight away; the kind is then
read again from what is left (:func:`held_calmed`, :func:`restated_change`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..align import Link
from ..model import CHAPTER_VII_RECALLED, Change, ChangeKind, Clause, Phrase, Shift

#: The tier of a list's lead-in from which an item joined to or taken from its list is
#: an ask added or removed: "requests", "urges", "decides" (3 and up) wherever the list
#: stands, "encourages" (2) as :func:`asks_items` says.
FIRM_LIST_AXIS_A = 3


def asks_items(lead_in: Phrase | None, old_lead_in: Phrase | None, old: Clause) -> bool:
    """Whether the sub-paragraphs under ``lead_in`` are asks of their own, an item added
    a task more: always under a firm lead-in (a request and up); under an encouragement
    only where the old paragraph held a list too, or encouraged the same way ("Encourages
    UNODC to bring together ... and support ..." → "Encourages UNODC to: (a) ... (d)
    ...", two tasks more). A firmer ask recast as an encouraged list restates it in
    items ("urges the Government to create a conducive climate ..." → "Encourages the
    Government ... to: (a) ... (f) ..."), each of which, read as new, would outweigh the
    ask it replaced."""
    if lead_in is None or (lead_in.axis_a or 1) >= FIRM_LIST_AXIS_A:
        return True
    if old.children:
        return True
    return old_lead_in is not None and old_lead_in.lemma == lead_in.lemma


def same_subtree(old: Clause, new: Clause) -> bool:
    """Same section, same words, same borrowed lead, same sub-paragraphs: nothing to
    analyse. The lead an item takes from its lead-in is compared too ("Resolves: 1. To set
    up …" → "Recommends: 1. To set up …": the item's words stay, its verb is softened)."""
    return (
        old.section == new.section
        and old.text == new.text
        and _borrowed_lead(old) == _borrowed_lead(new)
        and len(old.children) == len(new.children)
        and all(same_subtree(a, b) for a, b in zip(old.children, new.children, strict=True))
    )


def _borrowed_lead(clause: Clause) -> tuple[str, int | None, int | None] | None:
    """The lemma and tiers of the lead ``clause`` takes from a lead-in (its first phrase
    led by words that are not its own where the phrase starts: "Resolves" over "To set up
    …"), None for any other clause. Only such a lead, never a clause's own: a paragraph
    kept word for word may be left unread by the lazy analysis (no phrases), while an item
    under a lead-in is always read, so both analyses compare alike."""
    first = clause.phrases[0] if clause.phrases else None
    if first is None or not first.led:
        return None
    own = clause.text[first.start : first.start + len(first.text)]
    if own.lower() == first.text.lower():
        return None
    return first.lemma, first.axis_a, first.axis_b


def unchanged_change(old: Clause, new: Clause, link: Link) -> Change:
    """The change of a paragraph kept word for word (most of a revision): no shifts, one
    kept run, its sub-paragraphs paired in order."""
    return Change(
        kind="unchanged",
        old=(old.ref,),
        new=(new.ref,),
        moved=link.moved,
        section=new.section,
        old_section=old.section,
        match=link.method,
        score=link.score,
        redline=((0, old.text),) if old.text else (),
        children=tuple(
            unchanged_change(a, b, Link((k,), (k,), "identical", 1.0))
            for k, (a, b) in enumerate(zip(old.children, new.children, strict=True))
        ),
    )


#: The features whose word is a lead: an operative verb, a recital's lead phrase.
DECLARATORY_FEATURES = frozenset({"verb", "lead"})

#: The notes of a declaratory word gone from one clause of a provision and come in another
#: (named, not weighed): on the word gone, and on the word come.
SAME_WORD_GONE_NOTE = "the same declaratory word stands in another clause: nothing asked"
SAME_WORD_COME_NOTE = "the same declaratory word stood in another clause: nothing asked"


def same_word_both_ways(
    shifts: Sequence[Shift], declaratory: Callable[[str], str | None]
) -> list[Shift]:
    """``shifts`` with each declaratory lead (:data:`DECLARATORY_FEATURES`: "recalls",
    "reaffirms", "notes", "welcomes", "recalling", ...) gone from one clause of a
    provision and the same lead come in another named, not weighed. Such a lead asks and
    censures nothing (domain.md §2, tier 1): "Recalls its intention to hold violators of
    the embargo accountable" gone and "Recalls that the measures apply to those who
    obstruct the elections" come is what the Council recalls moved on, new facts at the
    same tier (domain.md §6: reworded), not a recall withdrawn beside a recall added, which
    made a provision that moved one way "mixed". A lead that asks or censures ("encourages
    the return to the status of the crossings" gone, "encourages initiatives on vaccines"
    come) is an ask dropped beside another ask and still weighs both ways (one ask recast
    in shared words is the clause reader's: clauses.provision). ``declaratory`` gives a
    declaratory lead folded to what ranks it (without "further", "once again", "its"),
    ``None`` for any other; each shift is paired at most once, in order."""
    out = list(shifts)
    came = [
        k
        for k, s in enumerate(out)
        if s.feature in DECLARATORY_FEATURES and s.direction != "neutral" and s.new and not s.old
    ]
    for k, gone in enumerate(shifts):
        if gone.feature not in DECLARATORY_FEATURES or gone.direction == "neutral":
            continue
        if not gone.old or gone.new:
            continue
        word = declaratory(gone.old)
        if word is None:
            continue
        match = next(
            (
                j
                for j in came
                if out[j].feature == gone.feature
                and out[j].direction not in ("neutral", gone.direction)
                and declaratory(out[j].new or "") == word
            ),
            None,
        )
        if match is None:
            continue
        for j, note in ((k, SAME_WORD_GONE_NOTE), (match, SAME_WORD_COME_NOTE)):
            out[j] = out[j].model_copy(update={"direction": "neutral", "weight": 0.0, "note": note})
    return out


def change_kind(same_text: bool, shifts: Sequence[Shift], children: Sequence[Change]) -> ChangeKind:
    directions = {s.direction for s in shifts}
    for child in children:
        if child.kind in ("softened", "mixed"):
            directions.add("softer")
        if child.kind in ("strengthened", "mixed"):
            directions.add("stronger")
        directions.update(s.direction for s in child.shifts)
    if (
        same_text
        and all(c.kind == "unchanged" for c in children)
        and not (directions - {"neutral"})
    ):
        return "unchanged"
    if "softer" in directions and "stronger" in directions:
        return "mixed"
    if "softer" in directions:
        return "softened"
    if "stronger" in directions:
        return "strengthened"
    return "reworded"


def named_not_weighed(change: Change, note_for: Callable[[Change, Shift], str | None]) -> Change:
    """``change`` with each directional shift for which ``note_for`` gives a note named,
    not weighed (with that note), in its sub-paragraphs too, and the kind of a paired
    change (and its sub-paragraphs') read again from what is left. The one mechanism
    behind a flag held elsewhere, a provision restated by reference and a measure kept in
    force by a later text."""
    children = tuple(named_not_weighed(c, note_for) for c in change.children)
    shifts: list[Shift] = []
    noted = False
    for s in change.shifts:
        note = note_for(change, s) if s.direction != "neutral" else None
        if note is None:
            shifts.append(s)
        else:
            noted = True
            shifts.append(
                s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": note})
            )
    kind = change.kind
    if change.old and change.new and kind != "unchanged":
        kind = change_kind(False, shifts, children)
    if (
        not noted
        and kind == change.kind
        and all(c is was for c, was in zip(children, change.children, strict=True))
    ):
        # Nothing named: the change as it was (a copy would hold the same fields), not a
        # copy of each of a long text's thousands of changes.
        return change
    return change.model_copy(update={"shifts": tuple(shifts), "children": children, "kind": kind})


def restated(shifts: Iterable[Shift], note: str) -> tuple[Shift, ...]:
    """``shifts`` named, not weighed, with the ``note``, but for those of the life cycle:
    a provision restated by reference keeps what the old words said in force, while what
    it does to them (renews, ends) still weighs."""
    return tuple(
        s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": note})
        if s.direction != "neutral" and s.feature != "lifecycle"
        else s
        for s in shifts
    )


def restated_change(change: Change, note: str) -> Change:
    """A sub-paragraph of a provision restated by reference (see :func:`restated`), its
    kind read again from what is left."""
    return named_not_weighed(change, lambda _c, s: note if s.feature != "lifecycle" else None)


def held_calmed(change: Change, held: dict[str, str]) -> Change:
    """``change`` with its shifts of the ``held`` features named, not weighed (each with
    its note), and its kind (and its sub-paragraphs') read again from what is left."""

    def note_for(part: Change, s: Shift) -> str | None:
        # (A lead's clause quoted only names the shift, as if it had no detail.)
        # (Nor does the Council acting on its earlier Chapter VII decisions: still the flag.)
        if (
            s.detail not in (None, CHAPTER_VII_RECALLED)
            and s.clause_words is None
            and s.feature != "warning"
        ):
            return None
        if s.feature in held:
            return held[s.feature]
        # A provision that is only the determination ("Determines that this action
        # constitutes a breach of the peace; and", S/RES/82 (1950)) went where the
        # determination went ("Having determined that ...", S/RES/84): its verb is that
        # act, moved with it, not a decision dropped.
        whole = "art39" in held and not (part.old and part.new)
        if whole and s.feature == "verb" and (s.old or s.new or "").startswith("determin"):
            return held["art39"]
        return None

    return named_not_weighed(change, note_for)


def recited(shift: Shift) -> Shift:
    """``shift`` named, not weighed, as said in a recital: the preamble states what the
    Council or an earlier resolution did, it does not do it again."""
    if shift.direction == "neutral":
        return shift
    return shift.model_copy(
        update={"direction": "neutral", "weight": 0.0, "note": "in the preamble"}
    )
