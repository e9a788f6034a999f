"""Provenance: where each paragraph of a final text came from, and what each source kept.

:func:`provenance` compares every source draft with the final text
(``resdiff.compare(source, final)``) and reads the comparisons two ways:

- **per final paragraph**: its partner in each source (the paragraph the aligner paired
  it with), how close that partner is, and so which source it came from. Closeness is
  judged first on the clauses (:func:`clause_agreement`: the same lead verbs and tiers,
  measures and modes, flags: "Condemns" comes from the draft that condemned, not from
  the one that "strongly deplored" in more of the same words), then on the share of
  words kept by a word redline of the two full texts (sub-paragraphs included), measured
  the same way for every source so that sources can be ranked against each other (the
  aligner's own scores are not comparable across comparisons). The origin is

  - ``single``: one source is closest (ties go to the latest source, then the one listed
    first; for a paragraph that renews, among earlier resolutions, the one it cites and
    then the words' share with every date aside come before the plain share:
    :func:`_moved_on`);
  - ``shared``: several sources have the same text (after normalising case and
    punctuation) and it is the closest, so the report says "both";
  - ``merged``: besides the closest partner, another source's paragraph supplied a
    substantial run of the final words (see below);
  - ``new``: no source has a partner for it.

  Each paragraph keeps the redline against its closest source.
- **per source**: every paragraph of the source, and whether the final text ``kept`` it
  (unchanged, perhaps moved), ``changed`` it (with the change's kind and shifts) or
  ``lost`` it (dropped).

A **merge** is found on word runs: a final word counts as coming from a source paragraph
when it sits in a run of at least :data:`RUN` consecutive words that the paragraph also
has. When a paragraph of another source covers at least ``max(6, 15 %)`` of the final
paragraph's words that the closest partner does not, that source is a part of it. Short
runs are ignored so that "all Member States" or a formula such as "international peace
and security" do not make a merge.

The document-level ``flags`` say, for Chapter VII, the Article 39 determination and the
use of force, which sources the final text agrees with.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from .compiled import compile_cached
from .display import hook
from .model import (
    ChangeKind,
    Clause,
    Comparison,
    Draft,
    DraftInfo,
    Frozen,
    MatchMethod,
    Redline,
    Section,
    Shift,
)
from .model.versions import renamed_to
from .plain import one_line
from .safe import printable
from .shared_language import (
    CITED,
    PART_SHARE,
    PART_WORDS,
    RUN,
    SOURCE_SHARE,
    same_citations,
    shares_language,
)
from .shared_language import covered as _covered
from .shared_language import normal_words as _normal_words
from .shared_language import runs as _runs

if TYPE_CHECKING:
    from .align import AlignOptions
    from .api import DraftSource
    from .lexicon import Lexicon

__all__ = [
    "RUN",
    "SOURCE_SHARE",
    "FlagAgreement",
    "ParagraphOrigin",
    "Part",
    "Provenance",
    "SourceMatch",
    "SourceProvision",
    "SourceReport",
    "provenance",
    "same_citations",
    "shares_language",
]

Origin = Literal["single", "shared", "merged", "new"]
Survival = Literal["kept", "changed", "lost"]
FlagName = Literal["chapter_vii", "art39", "use_of_force"]

_WORD = compile_cached(r"\w+", re.UNICODE)

_FLAG_LABELS: dict[FlagName, str] = {
    "chapter_vii": "Chapter VII",
    "art39": "Article 39 determination",
    "use_of_force": "Use of force",
}


class SourceMatch(Frozen):
    """A final paragraph's partner in one source: the source refs the aligner paired it
    with (empty when it found none), the change's kind and how it matched, the
    similarity of the two full texts (share of words kept, 0–1), and how far their
    clauses agree (``agreement``, 0–1: the same lead verbs and tiers, the same measures in
    the same mode, the same flags)."""

    source: str
    refs: tuple[str, ...] = ()
    kind: ChangeKind
    match: MatchMethod
    similarity: float = Field(ge=0.0, le=1.0)
    agreement: float = Field(default=0.0, ge=0.0, le=1.0)


class Part(Frozen):
    """One source's share of a final paragraph: the source paragraph(s), how many of
    the final words come from it and not from an earlier part, and the longest run of
    those words as printed in the final text."""

    source: str
    refs: tuple[str, ...]
    words: int = Field(ge=0)
    excerpt: str = ""


class ParagraphOrigin(Frozen):
    """Where one paragraph of the final text came from.

    ``closest`` is the source whose partner is most similar (``None`` when new), with its
    refs, ``same_text`` the sources whose partner reads the same (the closest included),
    the change's ``kind`` and ``shifts`` from ``compare(source, final)``, the
    ``similarity`` and a ``redline`` of the full texts (sub-paragraphs included).
    ``sources`` names every source it came from: the closest first, then those with the
    same text (``shared``) or those that supplied a part (``merged``). ``matches`` has one
    entry per source.
    """

    ref: str
    section: Section
    text: str
    origin: Origin
    sources: tuple[str, ...] = ()
    closest: str | None = None
    closest_refs: tuple[str, ...] = ()
    same_text: tuple[str, ...] = Field(
        default=(),
        description="Every source whose partner has the closest partner's text "
        "(the closest included).",
    )
    kind: ChangeKind | None = None
    shifts: tuple[Shift, ...] = ()
    similarity: float = Field(default=0.0, ge=0.0, le=1.0)
    redline: Redline = ()
    matches: tuple[SourceMatch, ...] = ()
    parts: tuple[Part, ...] = ()

    def match_in(self, source: str) -> SourceMatch:
        """The partner in this source; ``KeyError`` if the source is unknown."""
        for m in self.matches:
            if m.source == source:
                return m
        raise KeyError(source)


class SourceProvision(Frozen):
    """What became of one paragraph of a source in the final text.

    ``status`` is ``kept`` (same words, perhaps moved), ``changed`` (``kind`` says how:
    reworded, softened, ...) or ``lost``. ``final`` lists the final refs it became.
    ``closest_to`` lists the final paragraphs that credit it as their closest source
    (another source may be closer for a paragraph it also became), and
    ``contributes_to`` those that took a run of its words in a merge.
    """

    ref: str
    section: Section
    text: str
    status: Survival
    kind: ChangeKind
    final: tuple[str, ...] = ()
    moved: bool = False
    shifts: tuple[Shift, ...] = ()
    closest_to: tuple[str, ...] = ()
    contributes_to: tuple[str, ...] = ()


class SourceReport(Frozen):
    """One source draft: what it is, and the fate of each of its paragraphs."""

    name: str
    draft: DraftInfo
    provisions: tuple[SourceProvision, ...]

    def _with(self, status: Survival) -> tuple[SourceProvision, ...]:
        return tuple(p for p in self.provisions if p.status == status)

    @property
    def kept(self) -> tuple[SourceProvision, ...]:
        """Paragraphs the final text has word for word."""
        return self._with("kept")

    @property
    def changed(self) -> tuple[SourceProvision, ...]:
        """Paragraphs the final text has in another form."""
        return self._with("changed")

    @property
    def lost(self) -> tuple[SourceProvision, ...]:
        """Paragraphs the final text does not have."""
        return self._with("lost")

    def provision(self, ref: str) -> SourceProvision:
        """The source paragraph with this ref; ``KeyError`` if none."""
        wanted = ref.replace(" ", "").upper()
        for p in self.provisions:
            if p.ref.upper() == wanted:
                return p
        raise KeyError(f"{ref} in {self.name}")


class FlagAgreement(Frozen):
    """A document flag in the final text and in each source, and which sources the
    final text agrees with on it."""

    flag: FlagName
    label: str
    final: bool
    sources: dict[str, bool]
    agrees_with: tuple[str, ...] = ()
    differs_from: tuple[str, ...] = ()


class Provenance(Frozen):
    """The result of :func:`provenance`.

    ``paragraphs`` follows the final text's order; ``sources`` and ``comparisons``
    (``compare(source, final)``) follow the order the sources were given in. ``str(p)``
    is a text report and a notebook shows the HTML one; ``p.model_dump_json()`` reads
    back with ``Provenance.model_validate_json`` (``schema: "resdiff.provenance/2"``,
    whose drafts' clauses say who made their tracked changes; version 1 still reads).
    """

    schema_: Literal["resdiff.provenance/2"] = Field(default="resdiff.provenance/2", alias="schema")
    final: DraftInfo
    paragraphs: tuple[ParagraphOrigin, ...]
    sources: tuple[SourceReport, ...]
    flags: tuple[FlagAgreement, ...]
    comparisons: tuple[Comparison, ...]

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 2 adds the clauses' tracked-change authors (none in version 1's files),
        # which default: version 1 reads as it is.
        return renamed_to(data, ("resdiff.provenance/1",), "resdiff.provenance/2")

    @property
    def source_names(self) -> tuple[str, ...]:
        """The sources' names, in the order given."""
        return tuple(s.name for s in self.sources)

    def paragraph(self, ref: str) -> ParagraphOrigin:
        """The origin of the final paragraph with this ref (a sub-paragraph ref finds its
        paragraph); ``KeyError`` if none."""
        wanted = ref.replace(" ", "").upper().split("(", 1)[0]
        for p in self.paragraphs:
            if p.ref.upper() == wanted:
                return p
        raise KeyError(ref)

    def source(self, name: str) -> SourceReport:
        """The report on one source; ``KeyError`` if none has this name."""
        for s in self.sources:
            if s.name == name:
                return s
        raise KeyError(name)

    def flag(self, name: FlagName) -> FlagAgreement:
        """The agreement on one flag: ``"chapter_vii"``, ``"art39"`` or ``"use_of_force"``."""
        for f in self.flags:
            if f.flag == name:
                return f
        raise KeyError(name)

    def from_source(self, name: str) -> tuple[ParagraphOrigin, ...]:
        """Final paragraphs whose closest source is this one (shared ones included)."""
        return tuple(p for p in self.paragraphs if name in p.same_text)

    def with_origin(self, origin: Origin) -> tuple[ParagraphOrigin, ...]:
        """Final paragraphs of one origin: ``single``, ``shared``, ``merged`` or ``new``."""
        return tuple(p for p in self.paragraphs if p.origin == origin)

    def __str__(self) -> str:
        text: str = hook("provenance_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        html: str = hook("provenance_html")(self)
        return html


# ---------------------------------------------------------------------------------------
# Building a provenance


def _excerpt(text: str, positions: set[int]) -> str:
    """The longest run of these word positions, as printed in ``text``."""
    if not positions:
        return ""
    spans = [m.span() for m in _WORD.finditer(text)]
    best: tuple[int, int] = (0, -1)
    ordered = sorted(p for p in positions if p < len(spans))
    if not ordered:
        return ""
    start = prev = ordered[0]
    for p in [*ordered[1:], None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        if prev - start > best[1] - best[0]:
            best = (start, prev)
        if p is not None:
            start = prev = p
    return text[spans[best[0]][0] : spans[best[1]][1]]


def _partners(cmp: Comparison) -> dict[str, tuple[tuple[str, ...], ChangeKind, MatchMethod]]:
    """For each final (new-side) top-level ref: the source refs, kind and match method."""
    out: dict[str, tuple[tuple[str, ...], ChangeKind, MatchMethod]] = {}
    for change in cmp.changes:
        for ref in change.new:
            out[ref] = (change.old, change.kind, change.match)
    return out


def _origin(
    clause: Clause,
    sources: list[tuple[str, Draft, Comparison]],
    runs: dict[str, list[tuple[str, set[tuple[str, ...]]]]],
    lexicon: Lexicon,
    earlier: Mapping[str, Draft] | None = None,
) -> ParagraphOrigin:
    from .align import normalise
    from .redline import redline, similarity

    final_text = clause.full_text()
    matches: list[SourceMatch] = []
    texts: dict[str, str] = {}
    redlines: dict[str, Redline] = {}
    for name, draft, cmp in sources:
        refs, kind, method = _partners(cmp).get(clause.ref, ((), "added", "added"))
        if not refs:
            matches.append(SourceMatch(source=name, kind="added", match="added", similarity=0.0))
            continue
        old_text = " ".join(draft.clause(r).full_text() for r in refs)
        ops = redline(old_text, final_text)
        texts[name], redlines[name] = old_text, ops
        matches.append(
            SourceMatch(
                source=name,
                refs=refs,
                kind=kind,
                match=method,
                similarity=round(similarity(ops), 4),
                agreement=round(
                    clause_agreement([draft.clause(r) for r in refs], clause, lexicon), 4
                ),
            )
        )
    # A partner the aligner paired is a source only where it shares language with the
    # paragraph: 558 (1984) PP4 was credited to 282 (1970) PP8, two "Recognizing that …"
    # recitals keeping 6% of the words (the aligner's pair stays in ``matches``).
    paired = [
        m
        for m in matches
        if m.refs and shares_language(texts[m.source], final_text, m.similarity, m.kind, lexicon)
    ]
    # The source whose clauses the paragraph keeps (its verbs and their tiers, its
    # measures and their mode, its flags) is where it comes from, before the one that
    # shares the most words. A tie goes to the latest source, whatever the order the
    # sources were named in (two renewals that both read 94% like the final text: the
    # later one is the text it revised); undated, to the first listed.
    dated = {name: draft.date for name, draft, _ in sources}
    listed = {name: k for k, (name, _, _) in enumerate(sources)}
    moved = _moved_on(clause, earlier or {}, texts, final_text, lexicon)
    closest = max(
        paired,
        key=lambda m: (
            m.agreement,
            *moved.get(m.source, (False, m.similarity)),
            dated[m.source] or _dt.date.min,
            -listed[m.source],
        ),
        default=None,
    )

    final_words = _normal_words(final_text)
    threshold = max(PART_WORDS, math.ceil(PART_SHARE * len(final_words)))
    covered: set[int] = set()
    parts: list[Part] = []
    shared: list[str] = []
    if closest is not None:
        same = normalise(texts[closest.source])
        shared = [m.source for m in paired if normalise(texts[m.source]) == same]
        by_ref = dict(runs[closest.source])
        covered = set().union(*(_covered(final_words, by_ref[r]) for r in closest.refs))
        parts.append(
            Part(
                source=closest.source,
                refs=closest.refs,
                words=len(covered),
                excerpt=_excerpt(final_text, covered),
            )
        )
    # The words the closest partner does not account for, taken greedily from whichever
    # source paragraph holds most of them (the closest source's other paragraphs too).
    # Every source whose paragraph holds exactly those words is credited with them: a
    # recital both drafts print word for word is no more one draft's than the other's
    # (a new user's finding: "peace and stability on the Korean peninsula" in adopted OP7
    # was credited to the Japan-led PP2 alone, and giving one file twice turned OP7
    # "merged" from the two copies).
    groups: list[set[str]] = [{*shared, closest.source}] if closest is not None else []
    taken = {(closest.source, r) for r in closest.refs} if closest is not None else set()
    while True:
        candidates: list[tuple[int, int, str, str, set[int]]] = []
        for order, (name, _, _) in enumerate(sources):
            best_ref, best_extra = "", set[int]()
            for ref, paragraph_runs in runs[name]:
                if (name, ref) in taken:
                    continue
                extra = _covered(final_words, paragraph_runs) - covered
                if len(extra) > len(best_extra):
                    best_ref, best_extra = ref, extra
            if len(best_extra) >= threshold:
                candidates.append((-len(best_extra), order, name, best_ref, best_extra))
        if not candidates:
            break
        candidates.sort(key=lambda c: (c[0], c[1]))
        chosen = candidates[0][4]
        group: set[str] = set()
        for _, _, name, ref, extra in candidates:
            if extra != chosen:
                continue
            group.add(name)
            taken.add((name, ref))
            parts.append(
                Part(
                    source=name,
                    refs=(ref,),
                    words=len(extra),
                    excerpt=_excerpt(final_text, extra),
                )
            )
        groups.append(group)
        covered |= chosen

    origin: Origin
    # Merged from several drafts only when no one draft holds every piece.
    if len(groups) >= 2 and not set.intersection(*groups):
        origin = "merged"
    elif closest is None:
        origin = "new"
    elif len(shared) > 1:
        origin = "shared"
    else:
        origin = "single"
    names = list(shared) if closest is not None else []
    names += [p.source for p in parts if p.source not in names]
    if closest is None:
        return ParagraphOrigin(
            ref=clause.ref,
            section=clause.section,
            text=final_text,
            origin=origin,
            sources=tuple(names) if origin == "merged" else (),
            redline=redline("", final_text),
            matches=tuple(matches),
            parts=tuple(parts),
        )
    cmp = next(c for n, _, c in sources if n == closest.source)
    change = cmp.change_for(clause.ref, side="new")
    return ParagraphOrigin(
        ref=clause.ref,
        section=clause.section,
        text=final_text,
        origin=origin,
        sources=tuple(names),
        closest=closest.source,
        closest_refs=closest.refs,
        same_text=tuple(shared),
        kind=closest.kind,
        shifts=tuple(s for c in change.walk() for s in c.shifts),
        similarity=closest.similarity,
        redline=redlines[closest.source],
        matches=tuple(matches),
        # A single-source paragraph's only part says nothing the closest fields do not;
        # pieces of its other paragraphs (or of paragraphs several sources print) do.
        parts=tuple(parts) if len(parts) > 1 else (),
    )


_OWN = compile_cached(r"\bS/RES/(\d{1,5})\s*\(")


def _moved_on(
    clause: Clause,
    earlier: Mapping[str, Draft],
    texts: Mapping[str, str],
    final_text: str,
    lexicon: Lexicon,
) -> dict[str, tuple[bool, float]]:
    """For a renewal paragraph (a clause of ``clause`` continues a measure or mandate,
    lifecycle.toml's stage "continue"), each earlier resolution of ``earlier`` ranked
    as the text it revised (issue 9 §8): whether the paragraph cites it and it is the
    latest of them ("as set out in resolution 2618 (2022)": a renewal that cites the
    previous renewal revises it; one that cites the founding text, as many do every year,
    does not revise the founding text), then its words'
    share kept with every date read as moved on. Each year's renewal moves its dates, so
    the one whose dates differ least is no closer ("ending on 31 January 2023" from 2587
    (2021)'s "31 January 2022" rather than 2618 (2022)'s "31 July 2022", the renewal it
    revised): with the dates aside they tie, and the later source wins. Drafts of one text
    keep their dates (a six-month term against a twelve-month one is the drafts'
    difference), as does a paragraph that renews nothing."""
    from .quantities.renewals import dates_aside, renews
    from .redline import redline, similarity

    if not renews(clause, lexicon):
        return {}
    cited = {m.group(1) for m in CITED.finditer(final_text)}
    final_moved = dates_aside(final_text)
    # A citation names the text revised only when it is the previous renewal, the latest
    # earlier resolution that holds the paragraph: a renewal that cites the founding text
    # ("as set out in resolution 2100 (2013)", every year) revises last year's renewal,
    # not the founding text (review of fix15).
    dates = [d.date for n, d in earlier.items() if n in texts and d.date is not None]
    last = max(dates, default=None)
    out: dict[str, tuple[bool, float]] = {}
    for name, draft in earlier.items():
        if name not in texts:
            continue
        own = _OWN.search(draft.symbol or "")
        revised = own is not None and own.group(1) in cited and draft.date == last
        ops = redline(dates_aside(texts[name]), final_moved)
        out[name] = (revised, round(similarity(ops), 4))
    return out


def _clause_features(clauses: list[Clause], lexicon: Lexicon) -> dict[str, set[tuple[object, ...]]]:
    text = " ".join(c.full_text() for c in clauses)
    parts = [d for c in clauses for d in c.walk()]
    led = [p for d in parts for p in d.phrases if p.led]
    flags = set(lexicon.document_flags_in(text))
    return {
        "lead": {(led[0].lemma, led[0].axis_a, led[0].axis_b)} if led else set(),
        "verbs": {(p.lemma, p.axis_a, p.axis_b) for p in led},
        "measures": {(m.kind, m.mode, m.ends) for d in parts for m in d.measures},
        "flags": {(f,) for f in flags},
    }


def clause_agreement(source: list[Clause], final: Clause, lexicon: Lexicon | None = None) -> float:
    """How far a source paragraph's clauses agree with a final paragraph's, 0–1: the
    share of the features either has that both have, averaged over the lead verb (lemma
    and tiers), every led clause's verb, the measures (kind, mode, lifted or not) and
    the flags (Chapter VII, Article 39, use of force). A feature neither has is left out;
    two paragraphs with no such feature at all agree fully."""
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    a, b = _clause_features(source, lex), _clause_features([final], lex)
    scores = []
    for key in a:
        union = a[key] | b[key]
        if union:
            scores.append(len(a[key] & b[key]) / len(union))
    return sum(scores) / len(scores) if scores else 1.0


def _survival(
    name: str, draft: Draft, cmp: Comparison, paragraphs: list[ParagraphOrigin]
) -> SourceReport:
    fate: dict[str, SourceProvision] = {}
    for change in cmp.changes:
        for ref in change.old:
            status: Survival = (
                "lost" if not change.new else ("kept" if change.kind == "unchanged" else "changed")
            )
            clause = draft.clause(ref)
            fate[ref] = SourceProvision(
                ref=ref,
                section=clause.section,
                text=clause.text,
                status=status,
                kind=change.kind,
                final=change.new,
                moved=change.moved,
                shifts=tuple(s for c in change.walk() for s in c.shifts),
                closest_to=tuple(
                    p.ref
                    for p in paragraphs
                    if name in p.same_text and ref in p.match_in(name).refs
                ),
                contributes_to=tuple(
                    p.ref
                    for p in paragraphs
                    if any(
                        part.source == name
                        and ref in part.refs
                        and not (part.source == p.closest and ref in p.closest_refs)
                        for part in p.parts
                    )
                ),
            )
    info = cmp.old.model_copy()
    return SourceReport(
        name=name, draft=info, provisions=tuple(fate[c.ref] for c in draft.paragraphs)
    )


def _flags(final: Draft, sources: list[tuple[str, Draft, Comparison]]) -> tuple[FlagAgreement, ...]:
    out = []
    for flag, label in _FLAG_LABELS.items():
        value: bool = getattr(final, flag)
        per_source = {name: bool(getattr(draft, flag)) for name, draft, _ in sources}
        out.append(
            FlagAgreement(
                flag=flag,
                label=label,
                final=value,
                sources=per_source,
                agrees_with=tuple(n for n, v in per_source.items() if v == value),
                differs_from=tuple(n for n, v in per_source.items() if v != value),
            )
        )
    return tuple(out)


def provenance(
    final: DraftSource,
    sources: Mapping[str, DraftSource],
    *,
    options: AlignOptions | None = None,
    lexicon: Lexicon | None = None,
) -> Provenance:
    """Trace every paragraph of ``final`` back to the source drafts it came from.

    ``sources`` maps a name for each source ("Japan-led", "China-Russia") to a draft or
    anything :func:`resdiff.parse` reads; each source is compared with the final text by
    :func:`resdiff.compare` (``options`` and ``lexicon`` as there). See the module
    docstring for how the closest source, shared text and merges are decided.

    Returns an immutable :class:`Provenance`. Raises ``ValueError`` when no source is
    given, and :class:`resdiff.ResolutionParseError` for input that cannot be read.
    """
    from .api import compare, parse
    from .classify.following import later_resolution

    if not isinstance(sources, Mapping):
        raise TypeError(
            "provenance() sources must map a name to each source draft "
            f"(e.g. {{'Japan-led': path}}), not {type(sources).__name__}"
        )
    if not sources:
        raise ValueError("provenance() needs at least one source draft")
    final_draft = parse(final, lexicon=lexicon)
    read: list[tuple[str, Draft, Comparison]] = []
    for name, source in sources.items():
        draft = parse(source, lexicon=lexicon)
        read.append((name, draft, compare(draft, final_draft, options=options, lexicon=lexicon)))
    runs = {
        name: [(c.ref, _runs(_normal_words(c.full_text()))) for c in draft.paragraphs]
        for name, draft, _ in read
    }
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    # The sources that are earlier resolutions than the final text (not drafts of it).
    earlier = {n: d for n, d, _ in read if later_resolution(d, final_draft)}
    paragraphs = [_origin(c, read, runs, lex, earlier) for c in final_draft.paragraphs]
    return Provenance(
        final=read[0][2].new,
        paragraphs=tuple(paragraphs),
        sources=tuple(_survival(n, d, c, paragraphs) for n, d, c in read),
        flags=_flags(final_draft, read),
        comparisons=tuple(c for _, _, c in read),
    )
