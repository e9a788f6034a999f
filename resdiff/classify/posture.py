"""The posture of a whole text across its provisions: the peace an Article 39
determination finds threatened, and the flags (Chapter VII, Article 39, the Council's
warning) that one provision loses and another carries, or that a cited resolution still
holds. These passes run over the whole comparison once every provision is classified
(:func:`flags_held`, :func:`determination_recalled`), and a per-provision reading of the
determination's scope (:func:`threatened`)."""

from __future__ import annotations

import re

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import CHAPTER_VII_RECALLED, FINDING_RAISED, THREATENED, Change, Draft, Shift
from .kinds import held_calmed
from .standing import cited_by, stages_acted

#: What a determination finds threatened, and how widely: the peace of the region alone
#: (1), international peace and security (2), regional and international (3).
_THREATENED = compile_cached(
    r"\bthreat(?:en|ens)?\s+(?:to\s+)?(?P<what>(?:regional\s+and\s+international"
    r"|international\s+and\s+regional|international|regional)?\s*peace\s+and\s+security)",
    re.IGNORECASE,
)


def _threat_rank(text: str) -> tuple[int, str] | None:
    # The last mention in the determination's span, which ends with what it finds
    # threatened: an earlier one sits in a relative clause of the subject ("the situation,
    # which threatens regional peace and security, constitutes a threat to ...").
    found = list(_THREATENED.finditer(text))
    if not found:
        return None
    what = " ".join(found[-1].group("what").lower().split())
    if "regional" in what and "international" in what:
        return 3, what
    if "international" in what:
        return 2, what
    return 1, what


def threatened(old_text: str, new_text: str, ref: str) -> list[Shift]:
    """The peace a determination finds threatened, widened ("a threat to international
    peace and security" → "a threat to regional and international peace and security",
    ATMIS 2022: stronger, as both its judges read it) or narrowed."""
    a, b = _threat_rank(old_text), _threat_rank(new_text)
    if a is None or b is None or a[0] == b[0]:
        return []
    return [
        Shift(
            feature="art39",
            old=a[1],
            new=b[1],
            direction="stronger" if b[0] > a[0] else "softer",
            ref=ref,
            detail=THREATENED,
        )
    ]


#: Flags a text carries as a whole: a provision that loses one (or gains it) while the
#: other text carries it in another paragraph moved it there; the text did not drop it.
_HELD_FLAGS = frozenset({"chapter-vii", "art39", "warning", "peace-finding"})


def flags_held(changes: tuple[Change, ...], lexicon: Lexicon) -> tuple[Change, ...]:
    """A Chapter VII or Article 39 flag (or the Council's warning of further action) that
    left one provision and came into another is a flag moved, not one dropped and one
    taken: both shifts are named but not weighed.
    UNOSOM 794 (1992) acted under Chapter VII in the lead-in of OP10, UNOSOM II 814
    (1993) in a heading over its section B ("Acting under Chapter VII of the Charter,"
    then OP5); both texts act under it. Each loss is matched with a gain of the same flag
    in another change, in order, one for one, so a determination dropped while another
    text merely quotes an earlier one stays a loss. A loss (or gain) left over is held by
    a paragraph both texts keep word for word that opens with the flag ("Acting under
    Chapter VII of the Charter," as the last recital): the text still acts under it. Only
    the flag itself moves this way: a narrowed subject of a determination (a shift with a
    ``detail``) is weighed as ever."""

    def flag_shifts(change: Change, lost: bool) -> list[Shift]:
        # A warning named but not weighed in a provision dropped whole (its verb weighs
        # it) still left that provision: it can be the one that moved.
        return [
            s
            for part in change.walk()
            for s in part.shifts
            if s.feature in _HELD_FLAGS
            # (A warning's detail names the measures it threatens: still the warning; a
            # determination that raised a finding is still the determination made.)
            and (s.detail in (None, FINDING_RAISED, CHAPTER_VII_RECALLED) or s.feature == "warning")
            and (
                (
                    s.old is not None
                    and (s.direction == "softer" or (s.feature == "warning" and bool(s.note)))
                )
                if lost
                else s.old is None or s.detail == FINDING_RAISED
            )
        ]

    held: dict[int, dict[str, str]] = {}
    # The flags each change loses and gains, read once rather than once per flag (a
    # long text's thousands of changes were each walked eight times).
    lost_in = [frozenset(s.feature for s in flag_shifts(c, True)) for c in changes]
    gained_in = [frozenset(s.feature for s in flag_shifts(c, False)) for c in changes]
    for feature in sorted(_HELD_FLAGS):
        losses = [k for k, flags in enumerate(lost_in) if feature in flags]
        gains = [
            k for k, flags in enumerate(gained_in) if feature in flags and feature not in lost_in[k]
        ]
        for lost, gained in zip(losses, gains, strict=False):
            where_new = " + ".join(changes[gained].new) or "?"
            where_old = " + ".join(changes[lost].old) or "?"
            held.setdefault(lost, {})[feature] = f"moved to new {where_new}"
            held.setdefault(gained, {})[feature] = f"moved from old {where_old}"
        left = losses[len(gains) :] + gains[len(losses) :]
        if left:
            kept = _kept_lead(changes, feature, lexicon)
            for k in left:
                if kept is not None:
                    side = "new" if k in losses else "old"
                    held.setdefault(k, {})[feature] = f"the {side} text carries it in {kept}"
    if not held:
        return changes
    return tuple(held_calmed(c, held[k]) if k in held else c for k, c in enumerate(changes))


def determination_recalled(
    changes: tuple[Change, ...], old: Draft, new: Draft, lexicon: Lexicon
) -> tuple[Change, ...]:
    """An Article 39 determination the new text does not make again, while it cites the
    old resolution that made it ("Recalling its resolutions 660 (1990) ..."), still
    stands: named, not weighed. S/RES/662 (1990) recalls 660, whose finding of a breach
    of the peace it does not repeat (judged neutral), where S/RES/824 (1993) and
    S/RES/2559 (2020), which drop the determination of the text before them without
    citing it, are judged softer. Only a determination left after
    :func:`flags_held` (one moved to another paragraph is held there). Only a later
    resolution whose own recital recalls or reaffirms the old one ("Recalling its
    resolutions 660 (1990) ...": not a report "requested in resolution 2525"), and that
    ends, lifts or draws down nothing (S/RES/2559 ends UNAMID, and the finding with
    it)."""
    cited = cited_by(old, new, recalled=True)
    if cited is None or stages_acted(new, lexicon) - lexicon.growing_stages:
        return changes
    number, year = cited
    note = f"the new text cites resolution {number} ({year}), which made it"

    def dropped(change: Change) -> bool:
        return any(
            s.feature == "art39" and s.direction == "softer" and s.detail is None
            for part in change.walk()
            for s in part.shifts
        )

    return tuple(held_calmed(c, {"art39": note}) if dropped(c) else c for c in changes)


def finding_held_above(
    changes: tuple[Change, ...], new: Draft, lexicon: Lexicon
) -> tuple[Change, ...]:
    """A finding of a danger to the peace left out of one provision ("Gravely concerned
    that incidents of this nature endanger international peace and security") while the
    new text finds as much or more elsewhere
    (:meth:`~resdiff.lexicon.Lexicon.finding_above_in`: an Article 39 determination, or one
    recalled in its own words, in one paragraph) is no finding withdrawn: named, not
    weighed. S/RES/522 (1982) → 598 (1987), whose PP9 determines a breach of the peace,
    and 268 (1969) → 326 (1973), whose PP4 recalls 232's determination of a threat: the
    judges read the recital reworded (RESULTS §2em, §2en). Only a finding dropped outright
    (one lowered from a threat has a ``detail`` and is weighed as ever); a finding moved
    to another paragraph is :func:`flags_held`'s."""

    def dropped(change: Change) -> bool:
        return any(
            s.feature == "peace-finding"
            and s.direction == "softer"
            and s.detail is None
            and not s.new
            and bool(s.weight)
            for part in change.walk()
            for s in part.shifts
        )

    if not any(dropped(c) for c in changes):
        return changes
    # Read paragraph by paragraph: joined, a recall of resolutions by number ran on into
    # the next recital's report "in which it found that ..." (review of fix20).
    above = next(
        (f for f in map(lexicon.finding_above_in, (c.full_text() for c in new.paragraphs)) if f),
        None,
    )
    if above is None:
        return changes
    note = f"the new text finds as much or more: “{above.text}”"
    return tuple(held_calmed(c, {"peace-finding": note}) if dropped(c) else c for c in changes)


def _kept_lead(changes: tuple[Change, ...], feature: str, lexicon: Lexicon) -> str | None:
    """The first paragraph both texts keep word for word that opens with the flag
    ("Acting under Chapter VII ...", "Determining that ..."), as "PP12", or ``None``. A
    recital that quotes an earlier determination inside a recall is no such paragraph."""
    if feature not in {"chapter-vii", "art39"}:
        # A warning is held only by a provision that carries it on the other side.
        return None
    find = lexicon.chapter_vii_in if feature == "chapter-vii" else lexicon.art39_in
    for change in changes:
        if change.kind != "unchanged" or not change.new:
            continue
        found = find(change.new_text)
        if found is not None and found.start == 0:
            return change.new[0]
    return None
