"""What a headline change weighs beside the text's other changes, for the document
direction (:mod:`.summary`): an Article 39 determination where it only states the
finding a Chapter VII text's decisions presuppose, and a renewal with no counterpart in
the old text."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from ..lexicon import Lexicon
from ..model import Change, Direction, Shift
from ..quantities import RENEWAL_PERIOD

#: What a posture flag weighs where it is no headline of its own, in multiples of the
#: least weight of operative language: a decision's (tier 6 of verbs.toml weighs twice
#: the class), the heaviest operative act.
POSTURE_LEFT_OUT = 2.0

#: What stands for :data:`.deciding.OUTWEIGHED` when the headline is a renewal with no
#: counterpart alone: a mandate or measure a later resolution extends, renews or
#: maintains where the old text, another kind of text of the same file, renewed nothing
#: (a political resolution on Afghanistan, then UNAMA's renewal). The renewal carries on
#: what the old text never touched: it is the new text's headline, not a firmer stance
#: against what the old text asked, so operative language going the other way by half
#: its weight makes the text mixed (S/RES/2593 (2021) -> 2596 and 2626: the condemnation
#: "in the strongest terms" and the demand on terrorism gone, 28 and 36 against 13.3 and
#: 17.3, beside UNAMA renewed, 25; both judges mixed). A renewal of the same mandate as
#: the old text's is weighed as before: the old text renewed it too.
UNCOUNTERED_OUTWEIGHED = 0.5


def _heavy(changes: Sequence[Change], lexicon: Lexicon) -> list[Shift]:
    """The headline-weight shifts of ``changes`` that weigh in the direction."""
    headline = lexicon.weight_classes()[0]
    return [
        s
        for change in changes
        for part in change.walk()
        for s in part.shifts
        if s.direction != "neutral" and s.weight >= headline
    ]


def renewal_uncountered(
    changes: Sequence[Change],
    continuing: frozenset[str],
    old_acted: Callable[[], Collection[str]],
    lexicon: Lexicon,
) -> bool:
    """Whether the headline of ``changes`` is a renewal with no counterpart alone (see
    :data:`UNCOUNTERED_OUTWEIGHED`): every headline-weight shift weighed is a renewal,
    extension or maintenance the new text adds (stronger, with no old stage), and the old
    text decides none of ``continuing`` (``old_acted``: the life-cycle labels its
    operative clauses decide, read only when the headline is such a renewal). Asked of a
    later resolution only (the caller's part): a revised draft that adds a renewal its
    first version lacked has made its choice."""
    heavy = _heavy(changes, lexicon)
    return (
        bool(heavy)
        and all(
            s.feature == "lifecycle"
            and s.direction == "stronger"
            and s.old is None
            and s.new in continuing
            for s in heavy
        )
        and not any(label in continuing for label in old_acted())
    )


def formal_art39(change: Change, operative: float) -> Change:
    """A change weighed for the direction of a text whose predecessor acted under Chapter
    VII too: its Article 39 determination made (or dropped) is the finding every Chapter
    VII decision presupposes, stated (or left unstated), not the text brought under
    Chapter VII; it weighs as the heaviest operative act (:data:`POSTURE_LEFT_OUT`), not
    as a headline change."""
    return change.model_copy(
        update={
            "shifts": tuple(
                s.model_copy(update={"weight": min(s.weight, POSTURE_LEFT_OUT * operative)})
                if s.feature == "art39"
                else s
                for s in change.shifts
            ),
            "children": tuple(formal_art39(c, operative) for c in change.children),
        }
    )


def period_halves(shifts: Sequence[Shift], lexicon: Lexicon) -> list[Shift]:
    """``shifts`` of one provision, weighed, with a life-cycle stage that counters a period
    (``counters_period`` in lifecycle.toml) raised to the weight of the renewal period the
    same provision changes the other way: the renewal's other half, as heavy as its
    period. A force extended for six months instead of three "in the expectation that ...
    progress ... will make possible a withdrawal or substantial reduction of the Force"
    is a longer renewal with a drawdown in view: the headline cuts both ways, and the
    operative asks decide (UNFICYP 1964 -> 1967 and 1967 -> 1968, each judged softer by
    its asks by both judges; the reverse, a period halved and the expectation dropped,
    1967, judged stronger by its asks). A renewal put in whole stands for its period (the
    same extension added to a crisis text that renewed nothing, UNFICYP 1974 -> 364).
    Alone, with no period moved the other way, the stage weighs as its headline flag says
    ("only an expectation", UNFICYP 1978)."""
    periods = _period_labels(lexicon)
    renewing = {x.label for x in lexicon.lifecycle.values() if x.stage == "continue"}
    moved: dict[Direction, float] = {}
    for s in shifts:
        if s.feature == "quantity" and s.detail in periods and s.direction != "neutral":
            moved[s.direction] = max(moved.get(s.direction, 0.0), s.weight)
        elif (
            s.feature == "lifecycle"
            and s.direction == "stronger"
            and s.old is None
            and s.new in renewing
        ):
            # A renewal put in whole, with no old period to compare (a force extended
            # where the old text renewed nothing, :func:`.renewed.renewal_beside`): the
            # renewal is the period, and the expectation beside it its other half.
            moved["stronger"] = max(moved.get("stronger", 0.0), s.weight)
    if not moved:
        return list(shifts)
    countering = {x.label for x in lexicon.lifecycle.values() if x.counters_period}
    out = []
    for s in shifts:
        other: Direction = "softer" if s.direction == "stronger" else "stronger"
        if (
            s.feature == "lifecycle"
            and s.direction != "neutral"
            and (s.new or s.old) in countering
            and moved.get(other, 0.0) > s.weight
        ):
            s = s.model_copy(update={"weight": moved[other]})
        out.append(s)
    return out


def _period_labels(lexicon: Lexicon) -> frozenset[str]:
    """The details a renewal's period is named by: read from its end dates, or stated
    (the duration type's label)."""
    duration = lexicon.quantity_types.get("duration")
    return frozenset({RENEWAL_PERIOD} | ({duration.label} if duration is not None else set()))
