"""The sanctions measures of one provision compared: a measure imposed, lifted, made
firmer or softer, ended or restored, and whether the other draft still imposes it
elsewhere (:meth:`.drafts.Drafts.held_elsewhere`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..analyze.citing import citations_of, cite_alike
from ..clauses import direction_of
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..lexicon.results import Citation
from ..model import CARRIED_BY_REFERENCE, MODE_RANK, Clause, Shift
from .drafts import Drafts
from .modes import carried_to_an_end, ended_measures, strongest_measures

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
    # A measure one side's provision carries on only to its end ("renew for a final period
    # until ... the measures imposed by paragraph 1", "the measures imposed by paragraph 1
    # ... shall expire on ...": :attr:`.Measure.sunset_only`) is still held there until
    # then: against the other side's plain renewal of it, neither imposed nor taken out
    # (the sunset weighs, as a life-cycle shift). It read "removed (still imposed in new
    # OP1)" of the very paragraph that carries it on (review of leads18).
    old_to_end, new_to_end = carried_to_an_end(old), carried_to_an_end(new)
    for kind, (label, mode, _) in new_m.items():
        if kind in stand_ins and named_gone:
            continue
        if kind not in old_m and kind not in old_end and kind not in old_to_end:
            came = Shift(
                feature="measure",
                old=None,
                new=f"{label} ({mode})",
                direction="stronger",
                ref=ref,
            )
            # The mirror of a measure gone from a provision that stays (below).
            came = (
                drafts.held_elsewhere(came, kind, mode, "old", _cited(new, kind, drafts))
                if old
                else came
            )
            if came.direction != "neutral" and kind in stand_ins:
                came = _carrying_on(came, new, drafts)
            if came.direction != "neutral" and kind in stand_ins and _renews(new, kind, drafts):
                # "Decides to renew until 1 March 2023 the measures imposed by paragraph 1
                # of resolution 1001 (2021)" put in is one renewal, which the life-cycle
                # shift weighs ("renewed"): the measures it cites are what it renews, not a
                # measure imposed besides (it weighed twice, renewed and "the measures
                # cited" added; leads20). Named, not weighed.
                came = came.model_copy(update={"direction": "neutral", "note": RENEWED_CITED})
            shifts.append(came)
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
    renewed_by = _renewed_by_reference(new, drafts) if old and new and named_gone else None
    if renewed_by is None and old and named_gone:
        # Carried on by a paragraph of its own: the old paragraph that imposed the
        # embargo is dropped (or rewritten without it) and another new paragraph renews
        # "the measures imposed by paragraph 1 of resolution 2588 (2021)". The same
        # rollover as in one paired paragraph, which the pairing did not make; only
        # where the old paragraph cites nothing the renewal does not (leads19).
        elsewhere = _renewed_in_draft(drafts, "new")
        if elsewhere is not None and _cited_alike(elsewhere[1], old, drafts):
            renewed_by = elsewhere[0]
    for kind, (label, mode, _) in old_m.items():
        if kind in stand_ins and named_came:
            continue
        if kind not in new_m and kind not in new_end and kind not in new_to_end:
            gone = Shift(
                feature="measure",
                old=f"{label} ({mode})",
                new=None,
                direction="softer",
                ref=ref,
            )
            if renewed_by is not None and kind not in stand_ins:
                # "Decides that, until 31 July 2022, all Member States shall continue to
                # take the necessary measures to prevent the ... supply ... of arms" →
                # "Decides to renew until 31 July 2023 the measures imposed by paragraph 1
                # of resolution 2588 (2021)": the embargo carried on by the number of the
                # paragraph that imposed it, a rollover, not an embargo lifted (issue 9 §4,
                # twenty-sixth session). Named, not weighed.
                shifts.append(
                    gone.model_copy(
                        update={
                            "direction": "neutral",
                            "note": f"{CARRIED_BY_REFERENCE} {renewed_by}",
                        }
                    )
                )
                continue
            # In a provision dropped too: the new draft imposing the measure at least as
            # firmly in a paragraph of its own lifted nothing, as its summary says
            # ("Calls upon all States to observe strictly the arms embargo" dropped when
            # "Decides that all States shall cease forthwith any provision ... of arms"
            # makes it mandatory, S/RES/282 (1970) -> 418 (1977)). Not so for a measure
            # added in a paragraph of its own (above): it may be a wider one, which the
            # other draft's mention does not tell.
            gone = drafts.held_elsewhere(gone, kind, mode, "new", _cited(old, kind, drafts))
            if gone.direction != "neutral" and kind in stand_ins and _renews(old, kind, drafts):
                # The mirror of a renewal by reference put in (above): one taken out is one
                # act, the measures it renewed left to lapse at their term, which this shift
                # weighs; the lead removed beside it is the same act (it weighed twice;
                # review of the thirtieth session's merge): the classifier names the lead.
                gone = gone.model_copy(update={"note": RENEWED_DROPPED})
            shifts.append(gone)
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


#: The life-cycle stages that keep the measures a clause cites in force to a date: a
#: renewal, an extension or a maintenance ("continue"), and a final renewal ("sunset"):
#: "Decides to renew for a final period until 31 July 2023 the measures imposed by
#: paragraph 1 of resolution 2588 (2021)" keeps the embargo until that date and then
#: ends it. The sunset weighs (softer); the embargo is not lifted now (issue 9 §4,
#: twenty-seventh session). Not "end" nor "suspend": those lift it now.
_KEPT_UNTIL_A_DATE = frozenset({"continue", "sunset"})


#: The note of the measures cited that a renewal put in carries on: weighed once, as the
#: renewal.
RENEWED_CITED = "the measures the renewal cites: weighed as the renewal"

#: Its mirror: the note of the measures cited that a renewal taken out carried on, which
#: weigh as the renewal taken out (its lead removed is named, not weighed).
RENEWED_DROPPED = "the renewal taken out: the measures it renewed lapse at their term"


def renewal_words(clauses: Sequence[Clause], drafts: Drafts) -> frozenset[str]:
    """The life-cycle words by which ``clauses`` carry on stand-in measures to a date
    ("renew", "extend": :func:`_renews`), as the phrase that reads each has them: the lead
    of a renewal by reference, told from another lead of the same paragraph ("...; and
    demands that the parties cease hostilities"; review of leads21)."""
    lexicon = drafts.lexicon
    stand_ins = lexicon.stand_in_measures()
    words: set[str] = set()
    for clause in clauses:
        for m in clause.measures:
            if m.kind in stand_ins and m.action is not None and _renews([clause], m.kind, drafts):
                words.add(m.action)
    return frozenset(words)


def measure_words(clauses: Sequence[Clause]) -> frozenset[str]:
    """The life-cycle words a measure of ``clauses`` carries (its ``action``: "renew" for
    the measures cited, "expand" for a Panel's mandate enlarged), which the measure's own
    shift weighs: a lead that reads no other does nothing its measures do not weigh
    (review of the thirty-first session's merge: "Decides to renew ... the measures
    imposed by paragraph 1 ..., and to expand the measures to include fuel" reads an
    enlargement no measure carries, and taken out it weighs as its lead)."""
    return frozenset(m.action for c in clauses for m in c.measures if m.action is not None)


def _renews(clauses: Sequence[Clause], kind: str, drafts: Drafts) -> bool:
    """Whether ``clauses`` carry on the stand-in measures ``kind`` by a life-cycle word that
    keeps them to a date (renewed, extended, maintained, or a final renewal:
    :data:`_KEPT_UNTIL_A_DATE`), in a clause that reads that word: the renewal weighs."""
    lexicon = drafts.lexicon
    for clause in clauses:
        for m in clause.measures:
            if m.kind != kind or m.ends or m.action is None:
                continue
            entry = lexicon.lifecycle.get(m.action)
            kept = entry is not None and entry.stage in _KEPT_UNTIL_A_DATE
            if kept and any(m.action in p.lifecycle for p in clause.phrases):
                return True
    return False


def _renewed_by_reference(clauses: Sequence[Clause], drafts: Drafts) -> str | None:
    """The paragraphs cited by the measures that ``clauses`` carry on by reference (a
    life-cycle word of a stage that keeps what it acts on without starting or growing it,
    lifecycle.toml's ``continue``: renewed, extended, maintained; or a final renewal,
    ``sunset``: :data:`_KEPT_UNTIL_A_DATE`), citing a paragraph of a
    resolution by number: "renew until 31 July 2023 the measures imposed by paragraph 1 of
    resolution 2588 (2021)", "the measures imposed by paragraphs 1 to 5 of resolution 2588
    (2021) shall continue to apply until ...": "paragraph 1 of resolution 2588".
    ``None`` where there are none."""
    found = _renewal_by_reference(clauses, drafts)
    return None if found is None else found[0]


def _renewal_by_reference(clauses: Sequence[Clause], drafts: Drafts) -> tuple[str, Citation] | None:
    """:func:`_renewed_by_reference`, with the citation itself."""
    lexicon = drafts.lexicon
    stand_ins = lexicon.stand_in_measures()
    for clause in clauses:
        for m in clause.measures:
            if m.kind not in stand_ins or m.ends or m.action is None:
                continue
            entry = lexicon.lifecycle.get(m.action)
            if entry is None or entry.stage not in _KEPT_UNTIL_A_DATE:
                continue
            cited = citations_of(clause.text, m, lexicon)
            for c in cited:
                if c.resolution is not None and c.paragraphs and _old_knows(c.resolution, drafts):
                    numbers = sorted(c.paragraphs, key=lambda p: (len(p), p))
                    word = "paragraphs" if len(numbers) > 1 else "paragraph"
                    return f"{word} {', '.join(numbers)} of resolution {c.resolution}", c
    return None


def _cited_alike(renewal: Citation, holders: Sequence[Clause], drafts: Drafts) -> bool:
    """Whether the paragraphs ``holders`` (where the old text named a measure) may be what
    a renewal by reference in another paragraph cites: they cite no paragraph of a
    resolution, or one the renewal cites too. "Decides to extend ... the mandate of the
    Panel of Experts, as set out in paragraphs 11 to 15 of resolution 2374 (2017)" is not
    carried on by "Decides to renew ... the measures set out in paragraphs 1 to 7 of
    resolution 2374 (2017)" (the mutation benchmark, S/RES/2649 (2022))."""
    cites = [c for d in holders for c in drafts.lexicon.citations_in(d.text) if c.resolution]
    return cite_alike([renewal], cites)


def _renewed_in_draft(drafts: Drafts, side: str) -> tuple[str, Citation] | None:
    """:func:`_renewal_by_reference` of the paragraphs of the ``side`` draft the other
    draft does not hold as they are, with where it stands ("paragraph 1 of resolution 2588
    (new OP2)"), or ``None``."""
    other = {c.full_text() for c in drafts.side("old" if side == "new" else "new")}
    for clause in drafts.side(side):
        if clause.full_text() in other:
            continue
        for part in clause.walk():
            found = _renewal_by_reference([part], drafts)
            if found is not None:
                return f"{found[0]} ({side} {part.ref})", found[1]
    return None


def _carrying_on(came: Shift, new: Sequence[Clause], drafts: Drafts) -> Shift:
    """A stand-in ("the measures cited") that a new provision renews by reference
    ("Decides to renew until 31 July 2023 the measures imposed by paragraph 1 of
    resolution 2588 (2021)"), where the old text imposed a measure by name that the new
    text no longer names anywhere: the same measures carried on by the number of the
    paragraph that imposed them, in a paragraph the pairing left without that one (the
    mirror of a named measure gone, above). Named, not weighed; ``came`` as it is
    otherwise (a renewal of measures the old text did not hold is a renewal added)."""
    renewal = _renewal_by_reference(new, drafts)
    if renewal is None:
        return came
    renewed_by, cited = renewal
    stand_ins = drafts.lexicon.stand_in_measures()
    old_parts = [d for c in drafts.side("old") for d in c.walk()]
    old_named = strongest_measures(old_parts)
    new_named = strongest_measures(d for c in drafts.side("new") for d in c.walk())
    gone = [
        k
        for k in old_named
        if k not in stand_ins
        and k not in new_named
        and _cited_alike(cited, [d for d in old_parts if d.ref == old_named[k][2]], drafts)
    ]
    if not gone:
        return came
    return came.model_copy(
        update={
            "direction": "neutral",
            "note": f"{CARRIED_BY_REFERENCE} {renewed_by}, the {old_named[gone[0]][0]} "
            f"of old {old_named[gone[0]][2]}",
        }
    )


#: A resolution cited by number and year ("2588 (2021)", "S/RES/2588 (2021)"): the number.
RESOLUTION_NUMBER = compile_cached(r"\b(\d{1,4})\s*\((?:19|20)\d{2}\)")


def _old_knows(resolution: str, drafts: Drafts) -> bool:
    """Whether the old text may be the resolution whose measures a rollover cites: it is
    that resolution (its symbol), or it cites it, or it names no resolution at all (a
    draft that shows nothing either way). "Decides to renew ... the measures imposed by
    paragraph 1 of resolution 1970 (2011)" where the old text is resolution 2588 and
    cites 2127 and 2507 carries on another regime's measures, not the old embargo (review
    of fix16)."""
    known = {
        m.group(1)
        for text in (drafts.symbols[0] or "", *(c.text for c in drafts.side("old")))
        for m in RESOLUTION_NUMBER.finditer(text)
    }
    return not known or resolution.lstrip("0") in {k.lstrip("0") for k in known}


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
