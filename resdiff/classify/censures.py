"""The Council's censure across the operative part, for the document direction: a lower
censure the new text no longer states, where it now censures at a higher tier, is the
censure raised, not a censure lost."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from ..model import Change, Shift


def censure_tier(phrase: str | None, lexicon: Lexicon) -> int | None:
    """The censure tier (axis B of verbs.toml: 1 "expresses concern" .. 7 "condemns in
    the strongest terms") of an operative censure's lead as a shift names it ("strongly
    deplores", "condemns"), or ``None`` where the lexicon does not rank it."""
    if not phrase:
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
    step up."""
    added = [
        tier
        for change in changes
        for part in change.walk()
        if part.section == "operative"
        for s in part.shifts
        if s.feature == "censure" and s.direction == "stronger" and s.old is None
        for tier in (censure_tier(s.new, lexicon),)
        if tier is not None
    ]
    if not added:
        return list(changes)
    top = max(added)

    def below(part: Change, s: Shift) -> bool:
        if s.feature != "censure" or s.direction != "softer" or s.new is not None:
            return False
        tier = censure_tier(s.old, lexicon)
        return part.section == "operative" and tier is not None and tier < top and s.weight > 0

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
