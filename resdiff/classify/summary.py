"""The document summary: counts of changes by kind, the Chapter VII, Article 39 and
use-of-force flags across the comparison, the measures added, dropped or changed in mode,
the headings, the weighted balance and the direction it gives, headline first, and the
few key changes a reader must see first."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

from ..analyze.citing import stand_ins_apart, stand_ins_in_force
from ..compiled import compile_cached
from ..explain import describe_shift, describe_unquoted
from ..lexicon import Lexicon
from ..model import (
    CARRIED_BY_REFERENCE,
    CHANGE_KINDS,
    DECISION_TIER,
    DOCUMENT_FLAGS,
    Change,
    ChangeKind,
    Clause,
    Direction,
    Draft,
    DraftInfo,
    FlagStatus,
    KeyChange,
    MeasureChange,
    NetDirection,
    NumberedClause,
    Shift,
    Summary,
)
from .acted import _labels_acted, _names_near, _stage_unweighed
from .balance import (
    POSTURE_LEFT_OUT,
    UNCOUNTERED_OUTWEIGHED,
    formal_art39,
    renewal_uncountered,
)
from .censures import censure_raised

# DOMINANCE stays importable from here (resdiff.classify exports it); the rest of the
# rules' names and thresholds are deciding.py's own, read there.
from .deciding import DOMINANCE as DOMINANCE
from .deciding import OUTWEIGHED, deciding_rule, servants_ask
from .headings import heading_changes
from .keyleads import changed_lead_in, over_items
from .modes import carried_to_an_end, strongest_measures

#: How many key changes a summary keeps, at most.
KEY_CHANGES = 5

#: The least tier of an operative verb that asks something of someone ("encourages",
#: "invites", "appeals"); tier 1 declares or notes ("welcomes", "takes note").
ASK_TIER = 2


def _status(old: bool, new: bool, *, unknown: bool = False) -> FlagStatus:
    """A flag across the comparison; ``unknown`` when either draft could not be analysed
    (a text not in English), whatever the other says: a flag the lexicon could not look
    for is neither absent, nor added, nor dropped."""
    if unknown:
        return "unknown"
    if old and new:
        return "kept"
    if new:
        return "added"
    if old:
        return "dropped"
    return "absent"


def _info(draft: Draft) -> DraftInfo:
    return DraftInfo(
        symbol=draft.symbol,
        name=draft.name,
        kind=draft.kind,
        status=draft.status,
        language=draft.language,
        analysis_unavailable=draft.analysis_unavailable,
        sponsors=draft.sponsors,
        date=draft.date,
        preamble=len(draft.preamble),
        operative=len(draft.operative),
        chapter_vii=draft.chapter_vii,
        art39=draft.art39,
        path=draft.source.path if draft.source else None,
        # In the order printed: part B's own recitals of a resolution in parts after part
        # A's operative paragraphs (S/RES/814 (1993)), where the Word report writes them.
        clauses=tuple(
            NumberedClause(ref=c.ref, label=c.label, tracked_by=c.tracked_by)
            for paragraph in draft.printed
            for c in paragraph.walk()
        ),
        # Without spans: a report places a heading by the clause it stands before.
        headings=tuple(h.model_copy(update={"span": None}) for h in draft.headings),
        warnings=draft.warnings,
    )


#: The flags that set a text's posture: a follow-up that no longer acts under Chapter VII
#: (or no longer finds a threat, or authorises force) has changed posture, whatever
#: stands in the text before it (S/RES/820 -> 838 (1993), judged softer). It weighs as
#: operative language, not as a headline change: the earlier decisions stand, so the
#: judges read the missing recital as "formal rather than a retreat", outweighed by new
#: decisions and demands (S/RES/660 -> 662 (1990) on Iraq's annexation of Kuwait, and
#: 794 -> 814 (1993), UNOSOM II's mandate, each judged stronger; 820 -> 838 stays softer).
_POSTURE = frozenset(DOCUMENT_FLAGS)
#: What the other shifts of a provision a follow-up leaves out weigh in its direction:
#: it may still stand in the old resolution, or have been overtaken, or withdrawn (the
#: judges read some of each), so it counts, at half.
FOLLOW_UP_LEFT_OUT = 0.5


def _left_out(change: Change, operative: float) -> Change:
    """A provision a follow-up leaves out, weighed for the direction: its posture flags
    as operative language, at most :data:`POSTURE_LEFT_OUT` times ``operative`` (the
    least weight of that class), the rest at :data:`FOLLOW_UP_LEFT_OUT`."""
    return change.model_copy(
        update={
            "shifts": tuple(
                s.model_copy(update={"weight": min(s.weight, POSTURE_LEFT_OUT * operative)})
                if s.feature in _POSTURE
                else s.model_copy(update={"weight": s.weight * FOLLOW_UP_LEFT_OUT})
                for s in change.shifts
            ),
            "children": tuple(_left_out(c, operative) for c in change.children),
        }
    )


#: A shift's weight is stored to three decimals (the classifier rounds it), and a tier's
#: share of its class (``tier / 3``, halved for a follow-up's omissions) has no exact
#: decimal: 16/3 is stored 5.333. Summed as stored, four of them and a 20/3 made the
#: reported balance 61.999 beside 20.0 (a new user's finding, S/RES/2504 -> 2533 (2020)).
#: The balance sums each weight as the multiple of a twelfth it was rounded from, and is
#: rounded once, at the end.
WEIGHT_DENOMINATOR = 12
#: How far a stored weight may stand from the value it was rounded from: half the last
#: of its three decimals.
_ROUNDING = 0.0005


def exact_weight(weight: float) -> float:
    """The weight a shift's stored ``weight`` was rounded from when it is a multiple of
    a twelfth (:data:`WEIGHT_DENOMINATOR`: thirds, halved twice) within the rounding
    (5.333 is 16/3); else ``weight`` as stored (a user's weight of 0.33 stays 0.33)."""
    scaled = weight * WEIGHT_DENOMINATOR
    whole = round(scaled)
    if abs(scaled - whole) <= WEIGHT_DENOMINATOR * _ROUNDING + 1e-9:
        return whole / WEIGHT_DENOMINATOR
    return weight


def _class_of(shift: Shift, part: Change, headline: float, operative: float) -> int:
    """The class of the direction a shift counts in: 0 headline, 1 operative language, 2
    preambular language. Any shift of an operative paragraph below the headline is
    operative language, whatever it weighs: an ask at a low tier ("encourages", "calls
    for") weighs less than a demand (see the classifier's weighing) but a new "calls for
    the reopening of all the crossing points" is not outweighed in a class of its own by
    the preamble (UNFICYP 2020, judged stronger); and a condemnation a follow-up leaves
    out, weighed at half (:data:`FOLLOW_UP_LEFT_OUT`), is still an operative censure
    weighed against the operative asks the follow-up adds, not a recital (S/RES/840
    (1993) on Cambodia leaves out 826's condemnation and warning: judged softer)."""
    if shift.weight >= headline:
        return 0
    if shift.weight >= operative or part.section == "operative":
        return 1
    return 2


def _closing_forms(lexicon: Lexicon) -> tuple[str, ...]:
    """The forms of the closing formula in ``lexicon`` ("decides to remain actively
    seized"; :attr:`VerbEntry.closing`), in lower case."""
    return tuple(
        form.lower() for entry in lexicon.verbs.values() if entry.closing for form in entry.forms
    )


def _closing_only(part: Change, forms: tuple[str, ...]) -> bool:
    """Whether ``part`` is the closing formula alone, in both versions: it opens with one
    of ``forms`` and says nothing more in the same sentence than what it stays seized of
    ("Decides to remain actively seized of the matter."). Not a formula with another act
    or further steps in view ("... seized of the matter and to consider further
    measures"), which is read as those."""
    for side in (0, 1):
        # The redline's version of each side: equal words and that side's own.
        text = " ".join(
            "".join(t for op, t in part.redline if op == 0 or op == (1 if side else -1)).split()
        ).lower()
        form = next((f for f in forms if text.startswith(f)), None)
        if form is None or _MORE_THAN_SEIZED.search(text, len(form)) is not None:
            return False
    return True


#: Words after the closing formula that make it more than the formula: a further clause
#: or act ("and to consider", "; requests") or anything after its sentence's end.
_MORE_THAN_SEIZED = compile_cached(r"[;:]|\band\b|\bwith\s+a\s+view\b|\.\s*\S", re.IGNORECASE)


def direction(changes: Sequence[Change], lexicon: Lexicon, *, by_rank: bool = True) -> NetDirection:
    """The document's direction, headline first: the balance of the headline changes
    (Chapter VII, Article 39, force, measures and their life cycle, caps and durations)
    decides when there are any; else that of operative language; else that of
    preambular language. In each class one side must outweigh the other
    :data:`DOMINANCE` times; a balanced class hands the decision to the next, and a
    document whose every class is balanced is "mixed". ``by_rank``: an operative part
    that trades like for like, rung by rung, is mixed (:func:`.deciding.same_ranks`), as
    ``compare`` reads it by default (``AlignOptions.mixed_by_rank``)."""
    return _weighed_direction(changes, lexicon, by_rank=by_rank)[0]


def _weighed_direction(
    changes: Sequence[Change],
    lexicon: Lexicon,
    outweighed: float = OUTWEIGHED,
    *,
    revised: bool = False,
    by_rank: bool = False,
) -> tuple[NetDirection, list[list[float]]]:
    """:func:`direction` and the classes' weights it was decided on; ``outweighed``: the
    :data:`OUTWEIGHED` of this balance (:data:`.balance.UNCOUNTERED_OUTWEIGHED` for a renewal
    with no counterpart alone, see :func:`.balance.renewal_uncountered`); ``revised``: as
    :func:`weigh_classes` takes it; ``by_rank``: an operative part that trades like for
    like rank by rank is mixed (:func:`.deciding.same_ranks`, off by default)."""
    ranks: tuple[list[float], list[float]] | None = ([], []) if by_rank else None
    classes, heavy, lone = weigh_classes(changes, lexicon, revised=revised, ranks=ranks)
    return deciding_rule(classes, heavy, lone, lexicon, outweighed, ranks)[1], classes


def weigh_classes(
    changes: Sequence[Change],
    lexicon: Lexicon,
    *,
    revised: bool = False,
    ranks: tuple[list[float], list[float]] | None = None,
) -> tuple[list[list[float]], frozenset[str], float | None]:
    """The softer and stronger weight of each class of :func:`direction` (headline,
    operative language, preambular language), the features of the headline-weight
    shifts, and the weight of the one shift weighed when there is only one and it is no
    new ask of the operative part (:func:`_new_ask`; else ``None``): what the direction
    is decided on (a benchmark prints them beside a miss). ``revised``: the new text is
    a revised draft of the old, not a later resolution
    (:func:`.following.later_resolution`), so an ask it leaves out is withdrawn and is
    no lone shift either (:func:`_ask_withdrawn`). ``ranks``, when given: two lists that
    receive the weight of each shift added to the operative class, softer and stronger,
    an ask of the Organization's own organs at half (:func:`.deciding.servants_ask`):
    what :func:`.deciding.same_ranks` compares."""
    headline, operative = lexicon.weight_classes()
    closing = _closing_forms(lexicon)
    classes = [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]
    weights: list[float] = []
    # Whether each weighed shift is a new ask of the operative part (see _new_ask).
    asks: list[bool] = []
    # Shifts that tell one fact or one drafting choice, counted once at their heaviest.
    once: dict[tuple[object, ...], tuple[Shift, Change]] = {}

    def add(shift: Shift, part: Change) -> None:
        rank = _class_of(shift, part, headline, operative)
        side = 0 if shift.direction == "softer" else 1
        classes[rank][side] += exact_weight(shift.weight)
        if ranks is not None and rank == 1:
            # An ask of the Organization's own organs stands a rung below an ask of
            # States or parties: at half, the rung of the least asks (deciding.rank_of).
            servants = servants_ask(shift, part, lexicon)
            ranks[side].append(exact_weight(shift.weight) / (2 if servants else 1))
        weights.append(shift.weight)
        asks.append(_asks_anew(shift, part, lexicon, revised))

    for change in changes:
        for part in change.walk():
            for shift in part.shifts:
                if shift.direction == "neutral" or not shift.weight:
                    continue
                if shift.feature == "emphasis" and _closing_only(part, closing):
                    # "Decides to remain seized" → "... actively seized": the closing
                    # formula, not a decision of substance; its adverbs weigh nothing in
                    # the balance (the judge of the two-day Somalia rollover: "the only
                    # textual gain, 'actively seized', is a formula ... neutral").
                    continue
                if shift.weight >= headline or shift.feature == "emphasis":
                    # One fact told in several paragraphs ("renewal period: 6 months → 12
                    # months" for the embargo, the travel ban and the Panel) counts once,
                    # and so does the same emphasis word taken from (or put in) several
                    # paragraphs ("full, equal and meaningful participation" → "full and
                    # meaningful" three times): one drafting choice, not three. An
                    # exemption widened in two sub-paragraphs is two exemptions widened:
                    # the same words of safeguard, a different item each time.
                    key = (
                        shift.feature,
                        # (A lead's clause quoted names a shift, not another fact.)
                        shift.detail if shift.clause_words is None else None,
                        shift.old,
                        shift.new,
                        shift.direction,
                        shift.ref if shift.feature == "exemption" else None,
                    )
                    if key not in once or once[key][0].weight < shift.weight:
                        once[key] = (shift, part)
                    continue
                add(shift, part)
    for shift, part in once.values():
        add(shift, part)
    # A headline class made of numbers alone (a renewal period, a reporting interval)
    # against operative language that clearly goes the other way is a mixed document: a
    # mandate renewed for longer with its demands on the parties cut down (UNISFA 2022),
    # a reporting cycle lengthened beside new asks (UNAMI 2022).
    heavy = frozenset(
        s.feature
        for change in changes
        for part in change.walk()
        for s in part.shifts
        if s.direction != "neutral" and s.weight >= headline
    )
    # One light change alone leaves the text's force as it was (the lone-shift rule), but
    # not a new ask: an appeal or an invitation the Council now makes of the parties in its
    # operative part asks more than the old text did, however mildly. One a later
    # resolution no longer makes may have been met, or stands in the old one (UNIFIL 1992,
    # "invites" left out of a plain renewal: neutral); one a revised draft deletes is
    # withdrawn, as a new one added to it is made (the review of dir18).
    lone = weights[0] if len(weights) == 1 and not asks[0] else None
    return classes, heavy, lone


def _asks_anew(shift: Shift, part: Change, lexicon: Lexicon, revised: bool) -> bool:
    """Whether ``shift`` is no lone shift for being an ask: one the new text makes
    (:func:`_new_ask`), or, in a revised draft, one it withdraws (:func:`_ask_withdrawn`)."""
    return _new_ask(shift, part, lexicon) or (revised and _ask_withdrawn(shift, part, lexicon))


def _new_ask(shift: Shift, part: Change, lexicon: Lexicon) -> bool:
    """Whether ``shift`` is an ask the new text makes in its operative part where the old
    made none: an operative verb added, of the tier of an ask or above ("appeals",
    "invites", "encourages", "calls upon"). Not a declaratory one ("notes", "welcomes"),
    not the Council's own stance ("expresses the hope", "stands ready": it asks no one),
    nor a verb raised or lowered from another."""
    if shift.feature != "verb" or shift.direction != "stronger" or shift.old or not shift.new:
        return False
    return part.section == "operative" and _asks(shift.new, lexicon)


def _ask_withdrawn(shift: Shift, part: Change, lexicon: Lexicon) -> bool:
    """Whether ``shift`` is an ask the old text made in its operative part that the new
    one no longer makes: an operative verb left out, of the tier of an ask or above, not
    the Council's own stance (the mirror of :func:`_new_ask`)."""
    if shift.feature != "verb" or shift.direction != "softer" or shift.new or not shift.old:
        return False
    return part.section == "operative" and _asks(shift.old, lexicon)


def _asks(verb: str, lexicon: Lexicon) -> bool:
    """Whether the operative verb phrase ``verb`` asks something of someone: of the tier
    of an ask or above (:data:`ASK_TIER`), and not the Council's own stance."""
    found = lexicon.match_operative(verb)
    return (
        found is not None
        and not lexicon.states_stance(found.lemma)
        and (found.axis_a or 0) >= ASK_TIER
    )


def _decision_left_out(change: Change, shift: Shift, lexicon: Lexicon) -> bool:
    """Whether ``shift`` is a decision removed with a provision the new text leaves out (a
    dropped one): an operative verb of the decision tier ("decides", "authorizes",
    "determines") no longer said."""
    if change.new or shift.feature != "verb" or shift.direction != "softer":
        return False
    found = lexicon.match_operative(shift.old) if shift.old else None
    return found is not None and (found.axis_a or 0) >= DECISION_TIER


def key_changes(
    changes: Sequence[Change],
    limit: int = KEY_CHANGES,
    *,
    decisions_left_out: float = 1.0,
    left_out_stands: bool = False,
    lexicon: Lexicon | None = None,
    lead_in: Callable[[Change], Hashable | None] | None = None,
) -> tuple[KeyChange, ...]:
    """The few changes a reader must see first: heaviest first (a Chapter VII drop before a
    measure lifted before a demand softened), ties broken by the total weight and then
    by order. Changes with no directional shift are never key. ``decisions_left_out``: the
    share of its weight a decision removed with a provision the new text leaves out ranks
    at (see :func:`summarise`); the provision's other shifts rank in full, and each key
    change still reports its full weight. ``left_out_stands``: the new text is a follow-up
    whose note says that what it does not repeat stands in the old resolution
    (:func:`.standing.follows_up`), so a provision it leaves out is no key change: it was
    not withdrawn. Only its posture (Chapter VII, Article 39, force no longer stated)
    stays key, as it weighs in the direction as operative language (:func:`_left_out`).
    ``lead_in``: the changed lead-in ("Resolves:" → "Recommends:") that governs a
    change's paragraph on both sides, as any hashable value, or None: the key changes of
    its items that change alike are one (:func:`.keyleads.over_items`)."""
    lexicon = lexicon or Lexicon.default()
    ranked = []
    for index, change in enumerate(changes):
        weighty = sorted(
            (
                s
                for part in change.walk()
                for s in part.shifts
                if s.direction != "neutral"
                and not (left_out_stands and not change.new and s.feature not in _POSTURE)
            ),
            key=lambda s: -s.weight,
        )
        if not weighty:
            continue
        # Only the decision ranks at the share: a demand or a measure left out in the same
        # paragraph ranks in full, as it would in a paragraph of its own.
        ranks = [
            s.weight * decisions_left_out
            if decisions_left_out != 1.0 and _decision_left_out(change, s, lexicon)
            else s.weight
            for s in weighty
        ]
        ranked.append((-max(ranks), -sum(ranks), index, change, weighty))
    ranked.sort(key=lambda item: item[:3])
    out: list[KeyChange] = []
    # The items of one changed lead-in ("Resolves:" → "Recommends:" over six items) each
    # change alike: one key change names the lead-in's change and every item it moved, so
    # that it takes one place of the few, not six (a review's finding).
    merged: dict[tuple[object, ...], int] = {}
    items: dict[int, list[Change]] = {}
    for _, _, _, change, weighty in ranked:
        group = lead_in(change) if lead_in is not None else None
        if group is None and len(out) >= limit:
            continue
        key = _key_change(change, weighty)
        same = (group, key.kind, key.direction, tuple(map(describe_unquoted, key.shifts)))
        if group is not None and same in merged:
            items[merged[same]].append(change)
            continue
        if len(out) >= limit:
            continue
        if group is not None:
            merged[same] = len(out)
            items[len(out)] = [change]
        out.append(key)
    for at, members in items.items():
        if len(members) > 1:
            out[at] = over_items(out[at], members)
    return tuple(out)


def _key_change(change: Change, weighty: Sequence[Shift]) -> KeyChange:
    """The key change of ``change`` whose directional shifts are ``weighty``, heaviest
    first."""
    softer = sum(s.weight for s in weighty if s.direction == "softer")
    stronger = sum(s.weight for s in weighty if s.direction == "stronger")
    direction: Direction = "softer" if softer > stronger else "stronger"
    if softer == stronger:
        direction = weighty[0].direction
    # The headline goes the way the change goes: a "▼" beside "exemption removed"
    # (stronger) read as a contradiction (a new user's finding on a change whose
    # heaviest shift was outweighed by the others).
    headline = next((s for s in weighty if s.direction == direction), weighty[0])
    # The same shift told of two sub-paragraphs ("exemption widened: approved in
    # advance by the committee → notified to the committee", items (c) and (g)) is
    # shown once: the line names what changed, the report says where. So is a lead gone
    # from each, whichever clause it led: the quote names a shift, it picks none.
    shown: list[Shift] = []
    told: set[str] = set()
    for shift in weighty:
        said = describe_unquoted(shift)
        if said not in told:
            told.add(said)
            shown.append(shift)
    return KeyChange(
        label=change.label,
        old=change.old,
        new=change.new,
        kind=change.kind,
        direction=direction,
        weight=headline.weight,
        headline=describe_shift(headline),
        shifts=tuple(shown[:3]),
    )


def _measures_carried(changes: Sequence[Change]) -> frozenset[str]:
    """The measures (by label) whose every removal the comparison names without weighing
    it, as carried elsewhere ("carried by reference to resolution 2542 (2020)", "its
    words stand in new OP5"): the summary does not list them dropped. A measure also
    removed with weight somewhere is not carried."""
    carried: set[str] = set()
    weighed: set[str] = set()
    for change in changes:
        for part in change.walk():
            for shift in part.shifts:
                if shift.feature != "measure" or shift.new is not None or not shift.old:
                    continue
                # Named as "arms embargo (mandatory)": the label before its mode.
                label = shift.old.rsplit(" (", 1)[0]
                if shift.direction == "neutral" and shift.note:
                    carried.add(label)
                elif shift.direction != "neutral":
                    weighed.add(label)
    return frozenset(carried - weighed)


def _carried_by_reference(changes: Sequence[Change]) -> frozenset[str]:
    """The new refs of the paragraphs whose shifts name a measure carried on by
    reference (:data:`~resdiff.model.CARRIED_BY_REFERENCE`)."""
    return frozenset(
        shift.ref
        for change in changes
        for part in change.walk()
        for shift in part.shifts
        if shift.feature == "measure"
        and shift.ref is not None
        and (shift.note or "").startswith(CARRIED_BY_REFERENCE)
    )


def summarise(
    old: Draft,
    new: Draft,
    changes: Sequence[Change],
    lexicon: Lexicon | None = None,
    *,
    in_force: bool = False,
    follow_up: str | None = None,
    kept_by: str | None = None,
    carried: frozenset[str] = frozenset(),
    restated: frozenset[str] = frozenset(),
    successor: bool = False,
    by_rank: bool = False,
) -> Summary:
    """The document summary: counts per kind, flags, measures, the weighted balance and
    the direction it gives (:func:`direction`), and the key changes. ``in_force``: the new
    text leaves what it does not restate in force (a short amendment or rollover, see
    :mod:`.standing`), so a flag or measure it does not repeat is kept, not dropped.
    ``kept_by``: the new paragraph that keeps every measure in force without naming one
    (:func:`.standing.measures_maintained`): the measures it does not name stand.
    ``follow_up``: why the new text is a follow-up (:func:`.standing.follows_up`): its
    direction is weighed on what it adds and changes, and the measures it does not
    repeat stand. ``carried``: the flags (``chapter-vii``, ``use-of-force``) the new text
    keeps by continuing the mission's mandate by reference
    (:func:`.reference.flags_by_reference`): shown kept, not dropped. ``restated``: the
    flags the new text states where the old one carried them by reference
    (:func:`.reference.flags_restated`): shown kept, not added. ``successor``: the new
    text is a later resolution, not a revised draft (:func:`.standing.later_resolution`):
    a decision it leaves out ranks lower among the key changes (:func:`key_changes`).
    ``by_rank``: an operative part that trades like for like rank by rank makes the text
    mixed (``AlignOptions.mixed_by_rank``, :func:`.deciding.same_ranks`)."""
    counts: dict[ChangeKind, int] = dict.fromkeys(CHANGE_KINDS, 0)
    for change in changes:
        counts[change.kind] += 1
    old_measures = strongest_measures(old.walk())
    new_measures = strongest_measures(new.walk())
    added, dropped, changed = [], [], []
    # The paragraphs that carry a named measure on by the number of the paragraph that
    # imposed it (classify.measures): the measures they cite are that measure, not one
    # added (review of the twenty-sixth session's merge).
    carried_at = _carried_by_reference(changes)
    # A measure one draft carries on only to an end on a date (:func:`.carried_to_an_end`)
    # is held there until then: against the other's renewal of it ("shall remain in force
    # until", "shall not expire on"), neither added nor dropped, as the shifts read it
    # (classify.measures; the sunset weighs as a life-cycle shift). The summary listed
    # "the measures cited" dropped of a renewal turned into an expiry, and added of the
    # reverse (review of the twenty-eighth session's merge).
    old_to_end, new_to_end = carried_to_an_end(old.walk()), carried_to_an_end(new.walk())
    for kind, (label, mode, ref) in new_measures.items():
        if kind not in old_measures:
            if ref in carried_at and kind in (lexicon or Lexicon.default()).stand_in_measures():
                continue
            if kind in old_to_end:
                continue
            added.append(MeasureChange(measure=kind, label=label, new_mode=mode, ref=ref))
        elif old_measures[kind][1] != mode:
            changed.append(
                MeasureChange(
                    measure=kind,
                    label=label,
                    old_mode=old_measures[kind][1],
                    new_mode=mode,
                    ref=ref,
                )
            )
    lexicon = lexicon or Lexicon.default()
    carried_measures = _measures_carried(changes)
    in_force_by_reference = False
    stand_in_kinds = lexicon.stand_in_measures()
    if any(k in stand_in_kinds and k not in new_measures for k in old_measures):
        in_force_by_reference = stand_ins_in_force(new.walk(), old.walk(), lexicon)
    for kind, (label, mode, ref) in old_measures.items():
        if (
            kind not in new_measures
            and kind not in new_to_end
            and not in_force
            and follow_up is None
            and not kept_by
            and label not in carried_measures
            and not (in_force_by_reference and kind in stand_in_kinds)
        ):
            dropped.append(MeasureChange(measure=kind, label=label, old_mode=mode, ref=ref))
    # The measures applied by reference are one kind by name, but not the same measures
    # where they cite other paragraphs: the Houthis made subject to the arms embargo of
    # resolution 2216 are measures added beside the renewal of resolution 2140's.
    listed = {m.measure for m in added}
    for measure, ref in stand_ins_apart(new.walk(), old.walk(), lexicon):
        if measure.kind in old_measures and measure.kind not in listed:
            listed.add(measure.kind)
            added.append(
                MeasureChange(
                    measure=measure.kind, label=measure.label, new_mode=measure.mode, ref=ref
                )
            )
    listed = {m.measure for m in dropped}
    if not in_force and follow_up is None and not kept_by:
        for measure, ref in stand_ins_apart(old.walk(), new.walk(), lexicon):
            if (
                measure.kind in new_measures
                and measure.kind not in listed
                and measure.label not in carried_measures
            ):
                listed.add(measure.kind)
                dropped.append(
                    MeasureChange(
                        measure=measure.kind, label=measure.label, old_mode=measure.mode, ref=ref
                    )
                )
    unknown = old.analysis_unavailable or new.analysis_unavailable

    continuing = frozenset(e.label for e in lexicon.lifecycle.values() if e.stage == "continue")
    # A renewal that has moved to another paragraph is no renewal dropped (S/RES/784 (1992)
    # OP1 "Approves the proposal ... to extend the current mandate of ONUSAL" paired with
    # 832 (1993) OP1 "Approves the report", whose OP4 extends the mandate it enlarges).
    acted = _labels_acted(new, lexicon)
    moved = continuing & acted.keys()

    old_clauses: dict[str, Clause] = {}

    def same(part: Change, label: str) -> bool:
        # The same thing renewed: a name near the stage in the old paragraph is near it
        # in a new one ("Observer Mission"); a mission's renewal dropped while the new
        # text extends a Panel of Experts is a renewal dropped.
        if not old_clauses:
            old_clauses.update((c.ref, c) for c in old.walk())
        names: set[str] = set()
        for ref in part.old:
            if ref in old_clauses:
                names |= _names_near(old_clauses[ref].text, label, lexicon)
        # A side that names nothing near it ("Decides to extend the mandate for a further
        # period") cannot tell: the renewal the new text makes is taken for the old one.
        there, nameless = acted[label]
        return not names or nameless or bool(names & there)

    unmoved = [_stage_unweighed(c, moved, same) for c in changes]
    unmoved = censure_raised(unmoved, lexicon)
    if old.chapter_vii and new.chapter_vii:
        # "Recognizing that ... the situation in Afghanistan remains a threat" ->
        # "Determining that the situation ... continues to constitute a threat" under
        # Chapter VII both times (S/RES/2557 (2020) -> 2615 (2021)): judged stronger as a
        # recital, but the exemption the new text carves out decided its direction.
        operative = lexicon.weight_classes()[1]
        unmoved = [formal_art39(c, operative) for c in unmoved]
    outweighed = (
        UNCOUNTERED_OUTWEIGHED
        if successor
        and renewal_uncountered(
            unmoved, continuing, lambda: _labels_acted(old, lexicon).keys(), lexicon
        )
        else OUTWEIGHED
    )
    # A revised draft withdraws the asks it leaves out; a later resolution's stand or were
    # met (the lone-shift rule, weigh_classes).
    revised = not successor
    (net, classes), note = (
        _weighed_direction(unmoved, lexicon, outweighed, revised=revised, by_rank=by_rank),
        follow_up,
    )
    # The key changes are ranked on the same weights: a renewal the new text still makes
    # elsewhere was the first key change ("measure or mandate no longer extended") of a
    # revision read stronger.
    weighed: Sequence[Change] = unmoved
    if note is not None:
        # A follow-up is weighed on what it adds and changes; one that only leaves things
        # out is weighed on them after all. Its key changes are ranked the same way, so
        # that they lead with what decided the direction. It renews nothing, so a renewal
        # or a "shall remain in force" of the old text that a paragraph of its own no
        # longer states stands in the old resolution, as a decision it leaves out does:
        # the truce of S/RES/54 (1948), kept in force "subject to further decision", is
        # not ended by resolution 56 (1948), which decides the parties' duties under it.
        operative = lexicon.weight_classes()[1]
        follow = censure_raised(
            [
                _stage_unweighed(c, continuing) if c.new else _left_out(c, operative)
                for c in changes
            ],
            lexicon,
        )
        own, own_classes = _weighed_direction(follow, lexicon, revised=revised, by_rank=by_rank)
        if own != "neutral":
            net, weighed, classes = own, follow, own_classes
        else:
            # One that only leaves things out is weighed on them after all, but what it
            # keeps standing in the old resolution stays unweighed there too: S/RES/56
            # (1948) points the parties to 54 ("Directs the attention ... to its
            # resolution 54", a call to notice) and leaves 54's cease-fire "in force"
            # standing; read on what it leaves out, that was a maintenance ended, softer
            # (RESULTS §2fp lead 5). Where leaving them standing moves the direction, it
            # is weighed so, and where it leaves nothing weighing, the follow-up reading is
            # the note; elsewhere all is as before (the note only where it decided: a
            # note lists nothing left out among the key changes, and the judges of
            # middle-east-1973-h63 read its left-out recital softer).
            stood = [_stage_unweighed(c, continuing) if c.new else c for c in unmoved]
            stood_net, stood_classes = _weighed_direction(
                stood, lexicon, outweighed, revised=revised, by_rank=by_rank
            )
            moved_by_stages = stood_net != net
            if moved_by_stages:
                net, weighed, classes = stood_net, stood, stood_classes
            note = note if moved_by_stages and net == "neutral" else None
    # The weighted balance reported is the one the direction weighs: a renewal the new text
    # still makes in another paragraph counted 25 softer in the report's sums of a
    # revision read stronger, and one fact told in three paragraphs or the closing
    # formula's "actively" counted where the direction counts them once or not at all
    # (two reviews' findings).
    softer, stronger = sum(c[0] for c in classes), sum(c[1] for c in classes)

    def flag(was: bool, now: bool, feature: str = "") -> FlagStatus:
        # What the old text held and the new one leaves in force (or carries by
        # reference) is held still.
        held = in_force or feature in carried
        return _status(was or (now and feature in restated), now or (held and was), unknown=unknown)

    return Summary(
        counts=counts,
        moved=sum(1 for c in changes if c.moved),
        chapter_vii=flag(old.chapter_vii, new.chapter_vii, "chapter-vii"),
        art39=flag(old.art39, new.art39, "art39"),
        use_of_force=flag(old.use_of_force, new.use_of_force, "use-of-force"),
        measures_added=tuple(added),
        measures_dropped=tuple(dropped),
        measures_changed=tuple(changed),
        headings=heading_changes(old, new),
        # Nothing was weighed for a draft the lexicon could not read: say so, not "neutral".
        direction="unknown" if unknown else net,
        direction_note=None if unknown else note,
        weight_softer=round(softer, 3),
        weight_stronger=round(stronger, 3),
        # A decision stands until the Council undoes it: one a later resolution leaves out
        # was more often done (an enlargement, a conference convened) or still in force
        # than withdrawn (on the judged pairs such key changes were borne out 7 times in
        # 15, a demand left out 24 in 26). It ranks among the key changes at the share a
        # follow-up's left-out provisions weigh, below what the new text says or changes
        # at a like weight, and keeps its weight in the balance. A follow-up's are halved
        # already; a revised draft's omissions are its choice.
        key_changes=key_changes(
            weighed,
            decisions_left_out=FOLLOW_UP_LEFT_OUT if successor and note is None else 1.0,
            # The list agrees with the note: "what it does not repeat stands" (S/RES/660 ->
            # 678 (1990) listed "old OP1 (dropped): censure removed: condemns").
            left_out_stands=note is not None,
            lexicon=lexicon,
            lead_in=changed_lead_in(old, new, lexicon),
        ),
    )
