"""The Council's censure across the operative part, for the document direction: a lower
censure the new text no longer states, where it now censures at a higher tier, is the
censure raised, not a censure lost."""

from __future__ import annotations

from collections.abc import Sequence

from ..clauses import content_words
from ..lexicon import Lexicon
from ..model import Change, Shift

#: How many words (its lead's aside) a censure's paragraph must share with another's for
#: the two to concern the same act.
SAME_ACT_WORDS = 1


def censure_tier(phrase: str | None, lexicon: Lexicon) -> int | None:
    """The censure tier (axis B of verbs.toml: 1 "expresses concern" .. 7 "condemns in
    the strongest terms") of an operative censure's lead as a shift names it ("strongly
    deplores", "condemns"), or ``None`` where the lexicon does not rank it."""
    if not phrase:
        return None
    lemma = lexicon.lemma_of(phrase)
    if lemma is not None and lexicon.warns(lemma):
        # A warning of consequences ("warns", "issues a solemn warning") is no milder
        # censure than a deploring: a deploring left out beside a warning added is not
        # the censure lowered (S/RES/248 -> 256 (1968), judged stronger).
        return None
    try:
        return lexicon.tier_of(phrase)[1]
    except KeyError:
        return None


def censure_raised(changes: Sequence[Change], lexicon: Lexicon) -> list[Change]:
    """``changes`` with each operative censure the new text no longer states weighing
    nothing in the direction where a censure it adds in its operative part stands at a
    higher tier: "Strongly deplores the firing on the students" left out beside a new
    "Condemns especially the acts of violence committed by the security forces" is the
    Council's censure raised a step (S/RES/592 (1986) -> 672 (1990), judged stronger:
    "censure rises a tier"), not a deploring lost against a condemnation made, which the
    flat weight of a censure reads as a tie. A censure removed at the same tier as the
    highest added one still weighs: a condemnation of one act for one of another is no
    step up. The mirror holds too: a censure added below one the new text no longer
    states is the censure lowered, and weighs nothing beside it, so that the two drafts
    read in either order give opposite directions."""
    added = _censures(changes, lexicon, "stronger")
    removed = _censures(changes, lexicon, "softer")
    if not added or not removed:
        return list(changes)
    top_added, top_removed = max(t for t, _ in added), max(t for t, _ in removed)
    # The censure rose (or held) across the operative part: the lower ones left out are
    # its steps; it fell (or held): the lower ones added are. Not both ways at once: a
    # concern added beside a condemnation that outranks the deploring left out is more
    # censure, not the censure lowered (occupied territories 1990, judged stronger).
    above: dict[str, list[tuple[int, frozenset[str]]]] = {"softer": [], "stronger": []}
    if top_added >= top_removed:
        above["softer"] = added
    if top_removed >= top_added:
        above["stronger"] = removed

    def below(part: Change, s: Shift) -> bool:
        if s.direction not in above or s.weight <= 0:
            return False
        tier = _tier(part, s, lexicon, s.direction)
        if tier is None:
            return False
        words = _censured(part, s, lexicon)
        return any(t > tier and len(w & words) >= SAME_ACT_WORDS for t, w in above[s.direction])

    def unweighed(change: Change) -> Change:
        if not any(below(part, s) for part in change.walk() for s in part.shifts):
            return change
        return change.model_copy(
            update={
                "shifts": tuple(
                    s.model_copy(update={"weight": 0.0}) if below(change, s) else s
                    for s in change.shifts
                ),
                "children": tuple(unweighed(c) for c in change.children),
            }
        )

    return [unweighed(c) for c in changes]


def _tier(part: Change, s: Shift, lexicon: Lexicon, direction: str) -> int | None:
    """The tier of an operative censure ``s`` made (``direction`` "stronger") or
    no longer stated ("softer") as a whole, not a censure's lead changed in place."""
    if part.section != "operative" or s.feature != "censure" or s.direction != direction:
        return None
    if (s.old if direction == "stronger" else s.new) is not None:
        return None
    return censure_tier(s.new if direction == "stronger" else s.old, lexicon)


def _censured(part: Change, s: Shift, lexicon: Lexicon) -> frozenset[str]:
    """The words of the paragraph a censure stands in, its lead's aside: what it
    censures, to tell whether two censures concern the same act. The Council's own verbs
    there ("..., and demands that it cease") are what it asks, not what it censures, and
    the Council's own name ("the Security Council", scope.toml's [council_names]) says
    who speaks: a refusal to comply with "the resolutions of the Security Council" and
    violence by "the security forces" are two acts, not one through "security"."""
    text = lexicon.without_council_names(
        part.new_text if s.direction == "stronger" else part.old_text
    )
    words = content_words(text) - content_words(s.new or s.old or "")
    return frozenset(w for w in words if lexicon.lemma_of(w) is None)


def _censures(
    changes: Sequence[Change], lexicon: Lexicon, direction: str
) -> list[tuple[int, frozenset[str]]]:
    return [
        (tier, _censured(part, s, lexicon))
        for change in changes
        for part in change.walk()
        for s in part.shifts
        for tier in (_tier(part, s, lexicon, direction),)
        if tier is not None
    ]
