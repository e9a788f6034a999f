"""The kind of a measure applied by reference ("shall be subject to the measures imposed
by paragraph 14 of resolution 2216 (2015)"), read from the draft's other words on the
paragraph it cites: a clause that names the measure beside the same paragraph ("the
targeted arms embargo imposed by paragraph 14 of resolution 2216 (2015)"), or, for the
draft's own paragraph ("paragraphs 3, 6 and 11 above"), the measures that paragraph
imposes. Where neither says, the measure stays "the measures cited"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..lexicon import Lexicon
from ..lexicon.results import Citation
from ..model import DECISION_TIER, Clause, Measure, Phrase
from .reading import analyze_clause

__all__ = [
    "citations_of",
    "cite_alike",
    "name_cited_measures",
    "stand_ins_apart",
    "stand_ins_in_force",
]

#: The life-cycle stages (lifecycle.toml) that end measures: terminated, lifted,
#: suspended.
_ENDING = frozenset({"end", "suspend"})


def citations_of(text: str, measure: Measure, lexicon: Lexicon) -> list[Citation]:
    """The paragraphs a stand-in ``measure`` found in ``text`` cites: those right after its
    words ("subject to the measures imposed by paragraph 14 of resolution 2216 (2015)"),
    else any the text cites."""
    at = text.find(measure.evidence)
    if at < 0:
        return lexicon.citations_in(text)
    return lexicon.citations_in(text, at, at + len(measure.evidence) + _AFTER)


def cite_alike(a: Sequence[Citation], b: Sequence[Citation]) -> bool:
    """Whether two stand-ins may be the same measures: they cite a paragraph of the same
    resolution in common, or one of them cites none that can be read."""
    if not a or not b:
        return True
    return any(x.resolution == y.resolution and x.paragraphs & y.paragraphs for x in a for y in b)


def stand_ins_apart(
    clauses: Iterable[Clause], others: Iterable[Clause], lexicon: Lexicon
) -> list[tuple[Measure, str]]:
    """The stand-ins ``clauses`` impose (measures applied by reference, kind unsaid) that
    cite no paragraph a stand-in of ``others`` cites, each with the ref of its clause:
    "subject to the measures imposed by paragraph 14 of resolution 2216 (2015)" is not
    "the measures imposed by paragraphs 11 and 15 of resolution 2140 (2014)" that the
    other text renews (Yemen, S/RES/2511 (2020) -> 2624 (2022))."""
    stand_ins = lexicon.stand_in_measures()

    def cited(parts: Iterable[Clause]) -> list[tuple[Measure, str, list[Citation]]]:
        return [
            (m, part.ref, citations_of(part.text, m, lexicon))
            for part in parts
            for m in part.measures
            if m.kind in stand_ins and not m.ends
        ]

    theirs = [c for _, _, c in cited(others)]
    return [
        (measure, ref)
        for measure, ref, mine in cited(clauses)
        if not any(cite_alike(mine, t) for t in theirs)
    ]


def stand_ins_in_force(new: Iterable[Clause], old: Iterable[Clause], lexicon: Lexicon) -> bool:
    """Whether the ``new`` clauses say that measures they apply by reference run on, in
    force whatever verb states it, while ending none of the stand-ins the ``old`` clauses
    impose: "Reiterates that the measures set forth in paragraph 1 of resolution 1807
    (2008) continue to apply" (DRC, S/RES/2667 (2022), a mid-cycle amendment that renews
    nothing, whose "notification requirements set out in paragraph 5 of resolution 1807
    (2008) shall no longer apply" ends other measures than the old text renewed). The
    measures applied by reference that an older text renewed are then in force by
    reference, not dropped; a measure of a named kind left out is still dropped, and so
    are the old text's measures by reference that the new text terminates ("Decides to
    terminate the measures as set out in paragraphs 1 to 6 of resolution 800", cited
    alike, :func:`cite_alike`), whatever other measures it says continue. The words are
    the life-cycle's ``continue`` stage (lifecycle.toml) in a clause holding a measure
    applied by reference, even one only mentioned."""
    stand_ins = lexicon.stand_in_measures()
    parts = list(new)
    if not any(
        any(m.stage == "continue" for m in lexicon.lifecycle_in(part.text))
        and any(h.measure in stand_ins for h in lexicon.measures_in(part.text))
        for part in parts
    ):
        return False
    # What the new text ends: a stand-in that "shall no longer apply", or measures a
    # paragraph terminates, lifts or suspends by the paragraphs it cites ("Decides to
    # terminate the measures as set out in paragraphs 1 to 6 of resolution 800", which
    # the measures read no stand-in in).
    ended = [
        citations_of(part.text, m, lexicon)
        for part in parts
        for m in part.measures
        if m.kind in stand_ins and m.ends
    ]
    ended += [
        cited
        for part in parts
        if any(m.stage in _ENDING for m in lexicon.lifecycle_in(part.text))
        and (cited := lexicon.citations_in(part.text))
    ]
    if not ended:
        return True
    imposed = [
        citations_of(part.text, m, lexicon)
        for part in old
        for m in part.measures
        if m.kind in stand_ins and not m.ends
    ]
    return not any(cite_alike(e, i) for e in ended for i in imposed)


def name_cited_measures(
    clauses: Sequence[Clause], lexicon: Lexicon, recitals: Sequence[Clause] = ()
) -> tuple[Clause, ...]:
    """``clauses`` (a draft's operative paragraphs) with each stand-in measure that cites a
    paragraph replaced by the measures of the kinds that paragraph holds, in the same
    mode; ``recitals`` may name the cited paragraph's measure too."""
    stand_ins = lexicon.stand_in_measures()
    if not any(m.kind in stand_ins for c in clauses for p in c.walk() for m in p.measures):
        return tuple(clauses)
    own: dict[str, list[str]] = {}
    # The paragraphs of each number, in order, that impose no measure of a kind: the
    # last of them that carves out of a measure is the carve-out its number cites.
    bare: dict[str, list[Clause]] = {}
    for clause in clauses:
        if clause.ref.startswith("OP") and clause.ref[2:].isdigit():
            own[clause.ref[2:]] = kinds_held = [
                m.kind
                for p in clause.walk()
                for m in p.measures
                if m.kind not in stand_ins and not m.ends
            ]
            if not kinds_held:
                bare.setdefault(clause.ref[2:], []).append(clause)
    # Both tables below are read only where a stand-in cites a paragraph, in few drafts
    # and few of their clauses: worked out on first use (the names of 1,005 paragraphs
    # were a tenth of the 500-paragraph speed benchmark's compare).
    named: list[tuple[str, Citation]] | None = None
    # The text's own paragraphs that carve out of a measure by a decision and impose
    # none: a stand-in citing one applies the carve-out, not a measure.
    carving: dict[str, str | None] = {}

    def named_by() -> list[tuple[str, Citation]]:
        nonlocal named
        if named is None:
            named = []
            for recital in recitals:
                named += lexicon.named_by_citation(recital.full_text())
            for clause in clauses:
                for part in clause.walk():
                    named += lexicon.named_by_citation(part.text)
        return named

    def carve_out(number: str) -> str | None:
        if number not in carving:
            carving[number] = next(
                (
                    cut
                    for clause in reversed(bare.get(number, ()))
                    if (cut := _carve_out(clause, lexicon)) is not None
                ),
                None,
            )
        return carving[number]

    def kinds(cited: Citation) -> list[str]:
        if cited.resolution is None:
            return [k for n in sorted(cited.paragraphs) for k in own.get(n, ())]
        return [
            kind
            for kind, where in named_by()
            if where.resolution == cited.resolution and where.paragraphs & cited.paragraphs
        ]

    def named_measures(clause: Clause) -> Clause:
        measures: list[Measure] = []
        phrases = clause.phrases
        for measure in clause.measures:
            if measure.kind not in stand_ins:
                measures.append(measure)
                continue
            cited = citations_of(clause.text, measure, lexicon)
            cuts = [
                cut
                for c in cited
                if c.resolution is None
                for n in sorted(c.paragraphs)
                if (cut := carve_out(n)) is not None
            ]
            if cuts and not any(kinds(c) for c in cited):
                # "Decides that the provisions introduced by paragraph 1 above will apply
                # to the 1267/1989/2253 ... sanctions regime for a period of two years"
                # (S/RES/2664 (2022) OP2), where paragraph 1 declares humanitarian
                # assistance no violation of the asset freezes: the carve-out applied to
                # another regime, an exemption of the clause that says so, not a measure.
                phrases = _with_exemption(phrases, clause.text.find(measure.evidence), cuts[0])
                continue
            found = list(dict.fromkeys(k for c in cited for k in kinds(c)))
            if not found:
                measures.append(measure)
            # A kind the clause names already is that measure cited again ("renews the
            # travel ban imposed by paragraph 4 ..., and decides that the group shall be
            # subject to the measures imposed by paragraph 4"), not a second one.
            held = {(m.kind, m.ends) for m in (*clause.measures, *measures)}
            measures += [
                measure.model_copy(update={"kind": k, "label": lexicon.measure_label(k)})
                for k in found
                if (k, measure.ends) not in held
            ]
        children = tuple(named_measures(c) for c in clause.children)
        if (
            tuple(measures) == clause.measures
            and phrases is clause.phrases
            and all(a is b for a, b in zip(children, clause.children, strict=True))
        ):
            # Unchanged clauses stay the same objects: the analysis knows the paragraphs
            # it left unread by their identity.
            return clause
        return clause.model_copy(
            update={"measures": tuple(measures), "children": children, "phrases": phrases}
        )

    return tuple(named_measures(c) for c in clauses)


def _carve_out(clause: Clause, lexicon: Lexicon) -> str | None:
    """The exemption a paragraph's decision carves out of a measure in so many words
    ("Decides that ... are not a violation of the asset freezes ..."), if it does."""
    if not any(lexicon.carves_out(m.phrase) for m in lexicon.exemptions_in(clause.text)):
        return None
    # A paragraph both drafts hold word for word is left unread (no phrases) by a
    # comparison: read here what it decides.
    phrases = clause.phrases or analyze_clause(clause, lexicon).phrases
    for phrase in phrases:
        if (phrase.axis_a or 1) >= DECISION_TIER:
            for exemption in phrase.exemptions:
                if lexicon.carves_out(exemption):
                    return exemption
    return None


def _with_exemption(phrases: tuple[Phrase, ...], at: int, exemption: str) -> tuple[Phrase, ...]:
    """``phrases`` with ``exemption`` read in the clause that holds the offset ``at``."""
    out = list(phrases)
    for k, phrase in enumerate(out):
        end = phrase.end if phrase.end is not None else at + 1
        if phrase.start <= at < end and exemption not in phrase.exemptions:
            out[k] = phrase.model_copy(update={"exemptions": (*phrase.exemptions, exemption)})
            break
    return tuple(out)


#: How far after a stand-in's words the paragraph it cites is looked for ("shall be
#: subject to the measures imposed by paragraph 14 of resolution 2216 (2015)").
_AFTER = 60
