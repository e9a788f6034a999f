"""A lead moved between neighbouring paragraphs: "noting with regret" gone from one
recital and opening the next one instead (UNFICYP 2021 → 2022: "noting with regret that
sufficient common ground could not be found" in PP3 becomes "Noting with regret the lack
of progress" in PP5, judged reworded in both places). Each paragraph is compared with its
own counterpart, so the one reads "censure removed" and the other "censure added": one
move told as two changes that cancel. Both are named, not weighed."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Change, Shift
from .kinds import named_not_weighed

__all__ = ["MOVED_LEAD_REACH", "leads_moved"]

#: The shifts whose lead may move: a censure, a recital's lead phrase. Not an operative
#: verb: "requests" gone from one paragraph and given in the next is most often two asks
#: (tried on the opened sets: 2 verdicts fixed, 2 broken, MINUSCA 2021 OP40, MINUSMA
#: 2022 OP46).
_MOVABLE = frozenset({"censure", "lead"})
#: How far apart (in changes, in the order of the document) the two paragraphs may
#: stand: a lead moves to a neighbour, not across the text, where the same words are more
#: often a new act ("requests" gone from OP5 and given in OP30 asks two things).
MOVED_LEAD_REACH = 4


def _movable(change: Change, lost: bool) -> list[Shift]:
    """The top-level shifts of a paired change that take a lead out (``lost``) or put
    one in, weighed and not explained otherwise."""
    return [
        s
        for s in change.shifts
        if s.feature in _MOVABLE
        and s.direction != "neutral"
        and s.note is None
        # (A lead's clause quoted only names the shift: the lead is still movable.)
        and (s.detail is None or s.clause_words is not None)
        and (
            (s.old is not None and s.new is None) if lost else (s.new is not None and s.old is None)
        )
    ]


def leads_moved(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """``changes`` with each lead taken out of one paired paragraph and put into a
    neighbouring paired paragraph of the same part named as moved, not weighed, in both,
    and their kinds read again. Matched one for one, the nearest first."""
    paired = [k for k, c in enumerate(changes) if c.old and c.new and c.kind != "unchanged"]
    gains = {k: _movable(changes[k], False) for k in paired}
    notes: dict[int, dict[int, str]] = {}
    taken: set[int] = set()
    for k in paired:
        for lost in _movable(changes[k], True):
            near = sorted(
                (abs(j - k), j)
                for j in paired
                if j != k
                and abs(j - k) <= MOVED_LEAD_REACH
                and changes[j].section == changes[k].section
            )
            for _, j in near:
                gained = next(
                    (
                        g
                        for g in gains[j]
                        if id(g) not in taken
                        and g.feature == lost.feature
                        and (g.new or "").lower() == (lost.old or "").lower()
                    ),
                    None,
                )
                if gained is None:
                    continue
                taken.add(id(gained))
                notes.setdefault(k, {})[id(lost)] = f"moved to new {', '.join(changes[j].new)}"
                notes.setdefault(j, {})[id(gained)] = f"moved from old {', '.join(changes[k].old)}"
                break
    if not notes:
        return changes

    def noted(found: dict[int, str]) -> Callable[[Change, Shift], str | None]:
        return lambda _part, shift: found.get(id(shift))

    return tuple(
        named_not_weighed(c, noted(notes[k])) if k in notes else c for k, c in enumerate(changes)
    )
