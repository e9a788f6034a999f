"""The sanctions measures of one provision compared: a measure imposed, lifted, made
firmer or softer, ended or restored, and whether the other draft still imposes it
elsewhere (:meth:`.drafts.Drafts.held_elsewhere`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..analyze.citing import citations_of
from ..clauses import direction_of
from ..lexicon import Lexicon
from ..lexicon.results import Citation
from ..model import MODE_RANK, Clause, Shift
from .drafts import Drafts
from .modes import ended_measures, strongest_measures

__all__ = ["measure_shifts"]


def measure_shifts(
    drafts: Drafts, old: Sequence[Clause], new: Sequence[Clause], ref: str | None
) -> list[Shift]:
    """The measure shifts of a provision, ``old`` become ``new`` (either side empty for a
    provision added or dropped): measures imposed, lifted, or changed in mode, and those
    ended or ending; a measure the other draft still holds elsewhere is named, not
    weighed (:meth:`Drafts.held_elsewhere`)."""
    shifts: list[Shift] = []
    old_m, new_m = strongest_measures(old), strongest_measures(new)
    old_end, new_end = ended_measures(old), ended_measures(new)
    # The measures cited by reference ("subject to the measures imposed by paragraph 14")
    # stand in for a kind the clause does not name: where a named measure leaves the
    # provision and the stand-in comes (or the reverse), the same measures are cited
    # under another name, none imposed or lifted by the swap (a mutated Somalia 2022
    # OP26 whose arms embargo was taken out read as "the measures cited" imposed).
    stand_ins = drafts.lexicon.stand_in_measures()
    named_gone = any(k not in new_m and k not in stand_ins for k in old_m)
    named_came = any(k not in old_m and k not in stand_ins for k in new_m)
    for kind, (label, mode, _) in new_m.items():
        if kind in stand_ins and named_gone:
            continue
        if kind not in old_m and kind not in old_end:
            came = Shift(
                feature="measure",
                old=None,
                new=f"{label} ({mode})",
                direction="stronger",
                ref=ref,
            )
            # The mirror of a measure gone from a provision that stays (below).
            shifts.append(
                drafts.held_elsewhere(came, kind, mode, "old", _cited(new, kind, drafts))
                if old
                else came
            )
        elif kind in old_m and old_m[kind][1] != mode:
            shifts.append(
                Shift(
                    feature="measure-mode",
                    old=f"{label}: {old_m[kind][1]}",
                    new=f"{label}: {mode}",
                    ref=ref,
                    direction=direction_of(MODE_RANK[old_m[kind][1]], MODE_RANK[mode]),
                )
            )
    for kind, (label, mode, _) in old_m.items():
        if kind in stand_ins and named_came:
            continue
        if kind not in new_m and kind not in new_end:
            gone = Shift(
                feature="measure",
                old=f"{label} ({mode})",
                new=None,
                direction="softer",
                ref=ref,
            )
            # In a provision dropped too: the new draft imposing the measure at least as
            # firmly in a paragraph of its own lifted nothing, as its summary says
            # ("Calls upon all States to observe strictly the arms embargo" dropped when
            # "Decides that all States shall cease forthwith any provision ... of arms"
            # makes it mandatory, S/RES/282 (1970) -> 418 (1977)). Not so for a measure
            # added in a paragraph of its own (above): it may be a wider one, which the
            # other draft's mention does not tell.
            shifts.append(drafts.held_elsewhere(gone, kind, mode, "new", _cited(old, kind, drafts)))
    for kind, (label, action) in new_end.items():
        if kind not in old_end:
            shifts.append(
                Shift(
                    feature="measure",
                    old=label,
                    new=f"{label} {_action_label(action, drafts.lexicon)}",
                    direction="softer",
                    ref=ref,
                    detail=action,
                )
            )
    for kind, (label, action) in old_end.items():
        if kind not in new_end and kind in new_m:
            shifts.append(
                Shift(
                    feature="measure",
                    old=f"{label} {_action_label(action, drafts.lexicon)}",
                    new=f"{label} ({new_m[kind][1]})",
                    direction="stronger",
                    ref=ref,
                    detail=action,
                )
            )
    return shifts


def _cited(clauses: Sequence[Clause], kind: str, drafts: Drafts) -> list[Citation] | None:
    """The paragraphs the measures of ``kind`` applied by reference in ``clauses`` cite
    (``None`` for a named kind): another paragraph holds them only where it cites one of
    the same (:meth:`.drafts.Drafts.held_elsewhere`)."""
    if kind not in drafts.lexicon.stand_in_measures():
        return None
    return [
        c
        for clause in clauses
        for m in clause.measures
        if m.kind == kind and not m.ends
        for c in citations_of(clause.text, m, drafts.lexicon)
    ]


def _action_label(action: str, lexicon: Lexicon) -> str:
    entry = lexicon.lifecycle.get(action)
    return entry.label if entry is not None else action
