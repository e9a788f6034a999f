"""Series: the consecutive texts of one mandate or sanctions regime, paired and compared.

An analyst following a year's renewals asks which mandates and regimes were weakened.
:func:`series` takes many adopted texts (files, or an index's documents), finds the
**series** among them — the texts that renew, extend, amend or end one mandate or regime
— pairs each text with the one before it in its series, compares every pair with
:func:`resdiff.compare` (through :func:`resdiff.parallel.parallel_map`, so on Dask when
asked) and keeps, per pair, the comparison's direction, counts, flags, measures and key
changes. The result is one table (:meth:`Series.rows`, :meth:`Series.to_dataframe`; CSV
and Parquet in :mod:`resdiff.render.series`) and one HTML dashboard.

How texts are put in series
---------------------------
1. **Metadata**, when given: texts with the same agenda item and the same subject in
   their title (the title with its dates and periods taken out: "extension of the
   mandate of UNMISS until 15 March 2021" is "extension of the mandate of UNMISS").
2. **Text**, for the rest: two texts belong to one series when their words are close
   enough (``SeriesOptions.similarity``: the mean of two IDF-weighted cosines, over every
   paragraph and over the opening — the first two preambular and first three operative
   paragraphs). Candidates come from an inverted index of each text's most telling
   words, never from all pairs. Linked texts form a series, ordered by date.
3. **Short texts** (``SeriesOptions.short`` operative paragraphs or fewer: a technical
   rollover, "Decides to extend the mandate of UNSMIL until 30 September 2021") carry
   too few words for step 2. A group made only of them joins the series of the latest
   text of the set it cites in its operative part ("as set out in resolution 2542
   (2020)"); failing that, the series whose renewals name the same body ("the mandate
   of UNSOM", "the deployment of AMISOM"); two such groups naming the same body are one
   series.

Consecutive texts of a series are paired; a text alone in its series is listed, not
paired. Measured in ``benchmarks/series.py`` against the pairs the UN's titles imply.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from .display import hook
from .model import (
    ChangeKind,
    Comparison,
    Draft,
    FlagStatus,
    Frozen,
    KeyChange,
    MeasureChange,
    NetDirection,
    symbol_key,
)

if TYPE_CHECKING:
    import os

    import pandas

    from .corpus.index import Corpus
    from .corpus.ingest import Metadata
    from .lexicon import Lexicon

__all__ = [
    "SERIES_SCHEMA",
    "Mandate",
    "Series",
    "SeriesOptions",
    "SeriesPair",
    "SeriesText",
    "TextMetadata",
    "corpus_series",
    "files_series",
    "group_texts",
    "series",
    "title_subject",
]

#: The version of the series JSON contract this library writes.
SERIES_SCHEMA = "resdiff.series/2"

Evidence = Literal["metadata", "text", "citation", "body"]


class SeriesOptions(Frozen):
    """How texts are put in series (see the module docstring).

    - ``similarity``: least text similarity (0–1) for two texts to be one series;
    - ``short``: a text with at most this many operative paragraphs is a short text,
      placed by what it cites and names rather than by its words;
    - ``top_words``: the most telling words of each text that candidate search uses;
    - ``max_posting``: a word that is among the most telling of more texts than this is
      not used to find candidates (it would pair everything with everything).
    """

    similarity: float = Field(default=0.45, ge=0.0, le=1.0)
    short: int = Field(default=5, ge=0, le=1000)
    top_words: int = Field(default=25, ge=1, le=1000)
    max_posting: int = Field(default=200, ge=2)


class TextMetadata(Frozen):
    """What a metadata file says of one text: its agenda item and title."""

    agenda: str | None = None
    title: str | None = None


class SeriesText(Frozen):
    """One text of a series run: how reports name it, and where it stands."""

    index: int = Field(ge=0)
    symbol: str | None = None
    name: str
    date: _dt.date | None = None
    title: str | None = None
    agenda: str | None = None
    path: str | None = None
    preamble: int = 0
    operative: int = 0
    chapter_vii: bool = False
    mandate: str | None = Field(default=None, description="The id of its series, if any.")
    duplicate_of: int | None = Field(
        default=None, description="The text of the same symbol kept in its stead, if any."
    )


class SeriesPair(Frozen):
    """One renewal: a text and the one before it in its series, and what the later one
    changed (the comparison's summary). ``evidence`` says what put the later text in the
    series: its metadata, its words, a citation of an earlier text or the body it
    names; ``similarity`` is the texts' similarity (0–1)."""

    mandate: str
    old: int = Field(ge=0)
    new: int = Field(ge=0)
    old_symbol: str | None = None
    new_symbol: str | None = None
    old_date: _dt.date | None = None
    new_date: _dt.date | None = None
    evidence: Evidence
    similarity: float = Field(ge=0.0, le=1.0)
    direction: NetDirection
    counts: dict[ChangeKind, int]
    chapter_vii: FlagStatus
    art39: FlagStatus
    use_of_force: FlagStatus
    measures_added: tuple[MeasureChange, ...] = ()
    measures_dropped: tuple[MeasureChange, ...] = ()
    measures_changed: tuple[MeasureChange, ...] = ()
    key_changes: tuple[KeyChange, ...] = ()
    weight_softer: float = Field(default=0.0, ge=0.0)
    weight_stronger: float = Field(default=0.0, ge=0.0)
    skipped: tuple[str, ...] = Field(
        default=(),
        description="Texts of the same series that a metadata file dates between the two "
        "and that were not read: the pair spans more than one renewal.",
    )


class Mandate(Frozen):
    """A series: its ``id``, a ``label`` for reports (the body its renewals name, the
    title's subject, or its first text), its agenda item when known, and its texts in
    order (indices into :attr:`Series.texts`)."""

    id: str
    label: str
    agenda: str | None = None
    texts: tuple[int, ...]


class Series(Frozen):
    """The result of :func:`series`: every text, the series found among them, and one
    :class:`SeriesPair` per renewal, series by series in date order.

    ``s.rows()`` gives the table (one dict a pair), ``s.to_dataframe()`` the same as a
    pandas DataFrame; ``str(s)`` is a short text report and a notebook shows the
    dashboard; ``s.model_dump_json()`` is the ``resdiff.series/2`` contract and
    reads back with ``Series.model_validate_json``.
    """

    schema_: Literal["resdiff.series/2"] = Field(default="resdiff.series/2", alias="schema")
    texts: tuple[SeriesText, ...]
    mandates: tuple[Mandate, ...]
    pairs: tuple[SeriesPair, ...]
    options: SeriesOptions = SeriesOptions()
    unread: tuple[str, ...] = Field(
        default=(), description="Files that could not be read, each with the reason."
    )
    duplicates: tuple[str, ...] = Field(
        default=(),
        description="Texts left out because an earlier one has the same symbol (two files "
        "of one resolution), each naming the one kept.",
    )

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 2 adds each renewal's texts skipped (none in version 1 files).
        if isinstance(data, dict) and data.get("schema") == "resdiff.series/1":
            return {**data, "schema": "resdiff.series/2"}
        return data

    @property
    def unpaired(self) -> tuple[SeriesText, ...]:
        """The texts alone in their series (no renewal before or after them here)."""
        return tuple(t for t in self.texts if t.mandate is None and t.duplicate_of is None)

    def mandate(self, key: str) -> Mandate:
        """The series with this id or label; ``KeyError`` if none."""
        for m in self.mandates:
            if key in (m.id, m.label):
                return m
        raise KeyError(key)

    def pairs_of(self, mandate: str) -> tuple[SeriesPair, ...]:
        """The renewals of one series (by id), in order."""
        return tuple(p for p in self.pairs if p.mandate == mandate)

    def pair(self, old: str, new: str) -> SeriesPair:
        """The pair of these two symbols; ``KeyError`` if they are not paired, naming the
        pairs there are of either symbol (or the first few)."""
        for p in self.pairs:
            if symbol_key(p.old_symbol or "") == symbol_key(old) and symbol_key(
                p.new_symbol or ""
            ) == symbol_key(new):
                return p
        near = [
            p
            for p in self.pairs
            if old in (p.old_symbol, p.new_symbol) or new in (p.old_symbol, p.new_symbol)
        ]
        shown = [f"{p.old_symbol} → {p.new_symbol}" for p in (near or list(self.pairs))[:5]]
        hint = "; the pairs of these texts: " if near else "; pairs here include: "
        raise KeyError(
            f"{old} → {new} is not a renewal pair" + (hint + ", ".join(shown) if shown else "")
        )

    def rows(self, *, key_changes: int = 3) -> list[dict[str, Any]]:
        """The table: one dict a pair with the series, both symbols and dates, the
        direction, the count of each kind of change, the flags, the measures changed and
        the first ``key_changes`` key changes (headlines joined by " | ")."""
        labels = {m.id: m.label for m in self.mandates}
        rows: list[dict[str, Any]] = []
        for p in self.pairs:
            measures = [
                f"{m.label}: {m.old_mode or '—'} → {m.new_mode or '—'}"
                for m in (*p.measures_added, *p.measures_dropped, *p.measures_changed)
            ]
            rows.append(
                {
                    "mandate": labels[p.mandate],
                    "old_symbol": p.old_symbol or self.texts[p.old].name,
                    "old_date": p.old_date.isoformat() if p.old_date else None,
                    "new_symbol": p.new_symbol or self.texts[p.new].name,
                    "new_date": p.new_date.isoformat() if p.new_date else None,
                    "direction": p.direction,
                    **{kind: p.counts.get(kind, 0) for kind in _KINDS},
                    "chapter_vii": p.chapter_vii,
                    "art39": p.art39,
                    "measures": "; ".join(measures),
                    "key_changes": " | ".join(
                        f"{k.label}: {k.headline}" for k in p.key_changes[:key_changes]
                    ),
                    "evidence": p.evidence,
                    "similarity": round(p.similarity, 3),
                    "skipped": "; ".join(p.skipped),
                }
            )
        return rows

    def __str__(self) -> str:
        text: str = hook("series_text")(self)
        return text

    def _repr_html_(self) -> str:
        html: str = hook("series_html")(self)
        return html

    def to_dataframe(self, *, key_changes: int = 3) -> pandas.DataFrame:
        """:meth:`rows` as a pandas DataFrame (``pip install 'resdiff[notebook]'``)."""
        try:
            import pandas
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "Series.to_dataframe() needs pandas: pip install 'resdiff[notebook]'"
            ) from exc
        return pandas.DataFrame(self.rows(key_changes=key_changes), columns=list(COLUMNS))


_KINDS: tuple[ChangeKind, ...] = (
    "strengthened",
    "softened",
    "mixed",
    "added",
    "dropped",
    "reworded",
    "unchanged",
)
#: The table's columns, in order.
COLUMNS: tuple[str, ...] = (
    "mandate",
    "old_symbol",
    "old_date",
    "new_symbol",
    "new_date",
    "direction",
    *_KINDS,
    "chapter_vii",
    "art39",
    "measures",
    "key_changes",
    "evidence",
    "similarity",
    "skipped",
)


# ---------------------------------------------------------------------------------------
# Putting texts in series

#: Words too common in resolutions to tell one series from another.
_STOP = frozenset(
    {"the", "of", "and", "to", "in", "on", "its", "all", "for", "with", "by", "as", "that",
     "an", "at", "be", "is", "are", "this", "their", "from", "or", "which", "including",
     "has", "have", "been", "also", "other", "such", "these", "those", "any", "further"}
)  # fmt: skip
_CITATION = re.compile(r"\b(\d{1,4})\s*\(((?:19|20)\d{2})\)")
_SYMBOL_NUMBER = re.compile(r"/RES/(\d{1,4})\s*\(((?:19|20)\d{2})\)")
#: The body a renewal acts on: a mission's acronym after its name, "the mandate of
#: UNSOM", "the deployment of AMISOM", "to establish UNITAMS".
_BODY = re.compile(
    r"\b(?:Mission|Missions|Force|Office|Operation|Directorate|Mechanism|Commission)\b"
    r"[^();]{0,80}?\(([A-Z][A-Z]{2,}(?:[- ][A-Z]{2,})?)\)"
    r"|\bmandates?\s+of\s+(?:the\s+)?([A-Z][A-Z]{2,})\b"
    r"|\bdeployment\s+of\s+(?:the\s+)?(?:[\w,]+\s+){0,2}?([A-Z][A-Z]{2,})\b"
    r"|\b([A-Z][A-Z]{2,})(?:'s|’s)\s+mandate\b"
    r"|\b(?:establish|extend|renew|terminate)\w*\s+(?:the\s+)?([A-Z][A-Z]{2,})\b"
)
#: Capitals that name no body: organisations and places a renewal mentions in passing.
_NOT_BODIES = frozenset(
    {"UN", "USA", "DPRK", "CAR", "DRC", "AU", "EU", "ECOWAS", "IGAD", "COVID", "ISIL",
     "UNSC", "UNDP", "UNICEF", "UNHCR", "OCHA", "OHCHR", "PRST"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    from .align import normalise

    return [w for w in normalise(text).split() if len(w) > 2 and w not in _STOP and not w.isdigit()]


def _vector(bag: Counter[str], idf: Mapping[str, float], default: float) -> dict[str, float]:
    weights = {w: (1.0 + math.log(c)) * idf.get(w, default) for w, c in bag.items()}
    norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
    return {w: x / norm for w, x in weights.items()}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _lifecycle_texts(draft: Draft) -> list[str]:
    """The operative paragraphs (sub-paragraphs included) with a life-cycle word."""
    return [
        c.full_text()
        for c in draft.operative
        if any(p.lifecycle for part in c.walk() for p in part.phrases)
    ]


def _bodies(draft: Draft) -> frozenset[str]:
    """The bodies named by the first operative paragraph with a life-cycle word that
    names any: what the text renews, extends, establishes or ends."""
    for text in _lifecycle_texts(draft):
        found = {next(g for g in m if g) for m in _BODY.findall(text)} - _NOT_BODIES
        if found:
            return frozenset(found)
    return frozenset()


def _number(draft: Draft) -> tuple[str, str] | None:
    m = _SYMBOL_NUMBER.search(draft.symbol or "")
    return (m.group(1), m.group(2)) if m else None


def _order_key(draft: Draft, k: int) -> tuple[_dt.date, int, int]:
    number = _number(draft)
    return (draft.date or _dt.date.max, int(number[0]) if number else 0, k)


class _Union:
    """Disjoint sets of texts (union-find with path halving: no recursion)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            found.setdefault(self.find(x), []).append(x)
        return found


def _text_similarities(
    drafts: Sequence[Draft], options: SeriesOptions
) -> dict[tuple[int, int], float]:
    """The similarity of every candidate pair (``i < j``) of texts sharing one of their
    most telling words: the mean of the cosines over all paragraphs and over the
    opening."""
    n = len(drafts)
    bags = [Counter(w for c in d.paragraphs for w in _words(c.full_text())) for d in drafts]
    openings = [
        Counter(w for c in (*d.preamble[:2], *d.operative[:3]) for w in _words(c.full_text()))
        for d in drafts
    ]
    df = Counter(w for bag in bags for w in bag)
    idf = {w: math.log(n / c) for w, c in df.items()}
    default = math.log(max(n, 1))
    whole = [_vector(b, idf, default) for b in bags]
    opening = [_vector(b, idf, default) for b in openings]
    postings: dict[str, list[int]] = {}
    for k, vec in enumerate(whole):
        for w in sorted(vec, key=lambda w: (-vec[w], w))[: options.top_words]:
            postings.setdefault(w, []).append(k)
    # A word among the most telling of very many texts tells no series apart, and would
    # make the candidates grow with the square of the corpus: such lists are left out.
    candidates = {
        (a, b)
        for ks in postings.values()
        if len(ks) <= options.max_posting
        for a in ks
        for b in ks
        if a < b
    }
    return {
        (a, b): 0.5 * _cosine(whole[a], whole[b]) + 0.5 * _cosine(opening[a], opening[b])
        for a, b in sorted(candidates)
    }


_TITLE_ON = re.compile(r"^on\s+", re.IGNORECASE)
_TITLE_DATE = re.compile(
    r"\b(?:until|unitl|as\s+of|with\s+effect\s+from|from)\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
)
_TITLE_PERIOD = re.compile(
    r"\bfor\s+(?:a\s+|an\s+)?(?:further\s+|additional\s+)?(?:period\s+of\s+)?"
    r"\d{1,3}\s+months?",
    re.IGNORECASE,
)
_TITLE_FOR_MONTHS = re.compile(r"\bfor\s+\d{1,3}\s+months?\s+", re.IGNORECASE)


def title_subject(title: str, *, fold: bool = True) -> str:
    """What a title is about, without its dates and periods: ``"Security Council
    resolution 2514 (2020) [on extension of the mandate of the UN Mission in South Sudan
    (UNMISS) until 15 Mar. 2021]"`` → ``"extension of the mandate of the un mission in
    south sudan (unmiss)"`` (lower case, to compare; ``fold=False`` keeps the title's
    case, to show)."""
    text = title[title.find("[") + 1 :] if "[" in title else title
    text = _TITLE_ON.sub("", text.rstrip("] ").strip())
    text = _TITLE_FOR_MONTHS.sub("", _TITLE_PERIOD.sub("", _TITLE_DATE.sub("", text)))
    text = " ".join(text.split())
    return text.lower() if fold else text


def group_texts(
    drafts: Sequence[Draft],
    metadata: Sequence[TextMetadata | None] | None = None,
    options: SeriesOptions | None = None,
) -> list[tuple[list[int], list[Evidence], dict[tuple[int, int], float]]]:
    """The series among ``drafts``: each as its texts in order (indices), what put each
    text after the first in it, and the text similarities of its consecutive pairs.
    ``metadata`` (one entry per draft, ``None`` where unknown) groups the texts it
    covers by agenda item and title subject; the rest are grouped by their words, what
    they cite and the bodies they name (see the module docstring)."""
    opts = options or SeriesOptions()
    n = len(drafts)
    meta = list(metadata) if metadata is not None else [None] * n
    if len(meta) != n:
        raise ValueError(f"{len(meta)} metadata entries for {n} texts")
    order = sorted(range(n), key=lambda k: _order_key(drafts[k], k))
    rank = {k: r for r, k in enumerate(order)}
    sims = _text_similarities(drafts, opts)
    sets = _Union(n)
    evidence: dict[int, Evidence] = {}

    # 1. Metadata: agenda item and title subject.
    by_subject: dict[tuple[str, str], list[int]] = {}
    for k, m in enumerate(meta):
        if m is not None and m.title:
            by_subject.setdefault((m.agenda or "", title_subject(m.title)), []).append(k)
    for ks in by_subject.values():
        for k in ks[1:]:
            sets.union(k, ks[0])
            evidence[k] = "metadata"

    # 2. Words, unless the metadata puts the two texts under different agenda items.
    agendas = [m.agenda if m is not None else None for m in meta]
    for (a, b), score in sims.items():
        if score >= opts.similarity and not (
            agendas[a] and agendas[b] and agendas[a] != agendas[b]
        ):
            sets.union(a, b)

    # 3. Short texts: what they cite, then the bodies they name.
    groups = sets.groups()

    any_agenda = any(agendas)

    def compatible(a: int, b: int) -> bool:
        """Whether the groups of two texts may be one series: never across agenda items."""
        if not any_agenda:
            return True
        roots = {sets.find(a), sets.find(b)}
        known = {agendas[k] for k in range(n) if sets.find(k) in roots} - {None}
        return len(known) <= 1

    def is_short(k: int) -> bool:
        return len(drafts[k].operative) <= opts.short

    def loose(root: int) -> bool:
        members = groups[root]
        return len(members) == 1 or all(is_short(k) for k in members)

    numbers = {num: k for k in range(n) if (num := _number(drafts[k])) is not None}
    for root, members in list(groups.items()):
        if not loose(root) or not all(is_short(k) for k in members):
            continue
        cited = {
            numbers[(m.group(1), m.group(2))]
            for k in members
            for c in drafts[k].operative
            for m in _CITATION.finditer(c.full_text())
            if (m.group(1), m.group(2)) in numbers
        }
        earlier = sorted(
            (
                c
                for c in cited
                if sets.find(c) != sets.find(root) and rank[c] < max(rank[k] for k in members)
            ),
            key=rank.__getitem__,
        )
        if earlier and compatible(root, earlier[-1]):
            sets.union(root, earlier[-1])
            for k in members:
                evidence.setdefault(k, "citation")
    groups = sets.groups()
    bodies = [_bodies(d) for d in drafts]
    owners: dict[str, list[int]] = {}
    for root, members in groups.items():
        if loose(root):
            continue
        counts = Counter(b for k in members for b in bodies[k])
        for body, count in counts.items():
            if 2 * count > len(members):
                owners.setdefault(body, []).append(root)

    def closeness(group: Sequence[int], other: Sequence[int]) -> float:
        return max(
            (sims.get((min(a, b), max(a, b)), 0.0) for a in group for b in other), default=0.0
        )

    for root, members in list(groups.items()):
        if not loose(root):
            continue
        named = {b for k in members for b in bodies[k] if b in owners}
        roots = sorted({r for b in named for r in owners[b] if compatible(root, r)})
        if roots:
            best = max(roots, key=lambda r: closeness(members, groups[r]))
            sets.union(root, best)
            for k in members:
                evidence.setdefault(k, "body")
    groups = sets.groups()
    loose_roots = [r for r in groups if loose(r)]
    for x, rx in enumerate(loose_roots):
        named_x = {b for k in groups[rx] for b in bodies[k]}
        for ry in loose_roots[x + 1 :]:
            if (
                sets.find(rx) != sets.find(ry)
                and named_x & {b for k in groups[ry] for b in bodies[k]}
                and compatible(rx, ry)
            ):
                sets.union(rx, ry)
                for k in groups[ry]:
                    evidence.setdefault(k, "body")

    # Two series whose texts each name one body in most of them, one after the other in
    # time, are one mandate its words split in two: UNSMIL 2542 → 2595 → 2599 → 2619 and
    # 2629 → 2647 → 2656, once printed as two series named "UNSMIL" (a new user's
    # finding). Series that overlap in time stay apart (a mandate and its financing).
    groups = sets.groups()
    owned: dict[str, list[int]] = {}
    for root, members in groups.items():
        if len(members) < 2:
            continue
        counts = Counter(b for k in members for b in bodies[k])
        for body, count in counts.items():
            # As the series' label counts it: named in half its texts or more.
            if 2 * count >= len(members):
                owned.setdefault(body, []).append(root)
    for body in sorted(owned):
        joined = True
        while joined:
            # The spans of the series as they stand now, earlier unions included, so that
            # a chain of unions never joins two series that overlap in time.
            now: dict[int, list[int]] = {}
            for r in owned[body]:
                now.setdefault(sets.find(r), [])
            for k in range(n):
                if sets.find(k) in now:
                    now[sets.find(k)].append(k)
            spans = sorted(
                (min(rank[k] for k in ks), max(rank[k] for k in ks), root)
                for root, ks in now.items()
            )
            joined = False
            for (_, a_last, ra), (b_first, _, rb) in itertools.pairwise(spans):
                if a_last < b_first and compatible(ra, rb):
                    first_of_b = min(now[rb], key=rank.__getitem__)
                    sets.union(ra, rb)
                    evidence.setdefault(first_of_b, "body")
                    joined = True
                    break

    found: list[tuple[list[int], list[Evidence], dict[tuple[int, int], float]]] = []
    for members in sets.groups().values():
        if len(members) < 2:
            continue
        members.sort(key=rank.__getitem__)
        pair_sims = {
            (a, b): sims.get((min(a, b), max(a, b)), 0.0) for a, b in itertools.pairwise(members)
        }
        found.append(([*members], [evidence.get(k, "text") for k in members], pair_sims))
    found.sort(key=lambda g: rank[g[0][0]])
    return found


# ---------------------------------------------------------------------------------------
# Comparing the pairs


def compare_renewals(
    task: tuple[tuple[Draft, ...], tuple[tuple[int, int], ...]],
) -> list[Comparison]:
    """Compare the renewals of one series: ``task`` is its texts and the pairs to compare
    (positions in them, earlier first). The function :func:`series` maps over the
    series, here or on a Dask worker: one task a series, so each text travels once."""
    from .api import compare

    texts, pairs = task
    return [compare(texts[a], texts[b]) for a, b in pairs]


_CAPITALS = re.compile(r"\b([A-Z][A-Z]{3,})\b")
#: A place's name: capitalised words, "of" or "of the" between them ("Democratic Republic
#: of the Congo").
_PLACE = r"([A-Z][\w'’-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’-]*){0,5})"
_SITUATION = re.compile(r"\bsituation\s+(?:in|concerning|regarding)\s+(?:the\s+)?" + _PLACE)

#: The country a recital reaffirms the sovereignty or unity of: "its strong commitment to
#: the sovereignty, independence, territorial integrity and national unity of Libya" (a
#: sanctions regime's texts often recall no "situation in").
_SOVEREIGN = re.compile(
    r"\b(?:sovereignty|independence|territorial\s+integrity|unity)\s+of\s+(?:the\s+)?" + _PLACE
)

#: Words that make what :data:`_SOVEREIGN` caught a body or a group, not a country.
_NOT_A_COUNTRY = re.compile(
    r"\b(?:Council|Panel|Committee|Experts|Mission|Office|Court|Tribunal|Secretariat"
    r"|Secretary|Member|States|Nations|Organization|Union|Commission|Group|Force)\b"
)


def _label(
    drafts: Sequence[Draft], members: Sequence[int], meta: Sequence[TextMetadata | None]
) -> str:
    """A name for a series: the body its renewals name in most of its texts ("UNSOM"),
    else the title subject its metadata gives, else the situation its texts recall (or the
    country whose sovereignty they reaffirm) and the resolution their renewals cite
    ("Syrian Arab Republic: resolution 2165 (2014)", "Libya: resolution 2441 (2018)"),
    else its first text."""
    half = (len(members) + 1) // 2
    named: Counter[str] = Counter()
    mentioned: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    for k in members:
        texts = _lifecycle_texts(drafts[k])
        named.update(_bodies(drafts[k]))
        if texts:
            # The capitals of the first renewal paragraph: "Expresses its full support
            # for UNFICYP, and decides to extend its mandate".
            mentioned.update(set(_CAPITALS.findall(texts[0])) - _NOT_BODIES)
        cited.update(
            {
                f"resolution {m.group(1)} ({m.group(2)})"
                for t in texts
                for m in _CITATION.finditer(t)
            }
        )
    for counts in (named, mentioned):
        if counts:
            body, count = max(counts.items(), key=lambda item: (item[1], item[0]))
            if count >= half:
                return body
    titles = [m.title for k in members if (m := meta[k]) and m.title]
    if titles:
        # The most common subject (compared folded), shown as its latest title prints it.
        subject = Counter(title_subject(t) for t in titles).most_common(1)[0][0]
        return next(
            title_subject(t, fold=False) for t in reversed(titles) if title_subject(t) == subject
        )
    places: Counter[str] = Counter(
        m.group(1)
        for k in members
        for c in drafts[k].preamble[:3]
        for m in _SITUATION.finditer(c.text)
    )
    if not places:
        places.update(
            m.group(1)
            for k in members
            for c in drafts[k].preamble[:5]
            for m in _SOVEREIGN.finditer(c.text)
            # "the independence of the Panel of Experts", "the unity of the Security
            # Council", "the sovereignty of Member States": no country.
            if not _NOT_A_COUNTRY.search(m.group(1))
        )
    place = places.most_common(1)[0][0] if places else None
    resolution = None
    if cited:
        resolution, count = max(cited.items(), key=lambda item: (item[1], item[0]))
        if count < half:
            resolution = None
    if place or resolution:
        return ": ".join(x for x in (place, resolution) if x)
    first = drafts[members[0]]
    return f"series from {first.symbol or first.name}"


def _distinct_labels(mandates: list[Mandate], drafts: Sequence[Draft]) -> list[Mandate]:
    """Series that share a label told apart by the years of their texts ("Lebanon,
    1980–1994" and "Lebanon, 1981–1982"): two series printed under one name, and one
    name in the table's ``mandate`` column, read as one (a new user's finding). Series
    found apart are different series: a mandate and its financing, a truce of 1948 and
    the status of Jerusalem in 1968, both named for what they recall."""
    seen = Counter(m.label for m in mandates)
    out = []
    for m in mandates:
        if seen[m.label] > 1:
            years = sorted(d.date.year for k in m.texts if (d := drafts[k]).date is not None)
            if years:
                span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
                m = m.model_copy(update={"label": f"{m.label}, {span}"})
        out.append(m)
    # Still alike (the same years, or no dates): numbered in order.
    again = Counter(m.label for m in out)
    number: Counter[str] = Counter()
    for k, m in enumerate(out):
        if again[m.label] > 1:
            number[m.label] += 1
            out[k] = m.model_copy(update={"label": f"{m.label} ({number[m.label]})"})
    return out


def series(
    drafts: Sequence[Draft],
    *,
    metadata: Sequence[TextMetadata | None] | None = None,
    paths: Sequence[str | None] | None = None,
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    lexicon: Lexicon | None = None,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
) -> Series:
    """Find the series among analysed ``drafts`` (adopted texts, in any order), pair the
    consecutive texts of each and compare every pair.

    ``metadata`` gives texts their agenda item and title (one entry per draft, ``None``
    where unknown); ``paths`` where each came from, for reports. ``scheduler`` says
    where the comparisons run (:func:`resdiff.parallel.parallel_map`: this machine's
    processes by default, ``"sync"`` for this process, or a Dask cluster's address); the
    result is the same wherever they ran. ``lexicon`` re-analyses the drafts with another
    lexicon first. ``since`` and ``until`` (both included) keep the renewals adopted in
    that window — a year's renewals, each still compared with the text before it,
    however old.

    Raises ``ValueError`` when ``metadata`` or ``paths`` do not match the drafts.
    """
    from .parallel import parallel_map

    opts = options or SeriesOptions()
    texts_in = list(drafts)
    if lexicon is not None:
        from .api import parse

        texts_in = [parse(d, lexicon=lexicon) for d in texts_in]
    n = len(texts_in)
    meta = list(metadata) if metadata is not None else [None] * n
    where = (
        list(paths)
        if paths is not None
        else [d.source.path if d.source else None for d in texts_in]
    )
    if len(meta) != n or len(where) != n:
        raise ValueError(f"{len(meta)} metadata entries and {len(where)} paths for {n} texts")
    # Two files of one resolution (its XML and its PDF) are one text, not a renewal:
    # the first is kept, the others are named in ``duplicates``.
    first_of: dict[str, int] = {}
    duplicates: list[str] = []
    duplicate_of: dict[int, int] = {}
    kept: list[int] = []
    for k, d in enumerate(texts_in):
        if d.symbol is not None and d.symbol in first_of:
            duplicate_of[k] = first_of[d.symbol]
            duplicates.append(
                f"{where[k] or d.name}: the same symbol as {where[first_of[d.symbol]] or d.symbol}"
            )
            continue
        if d.symbol is not None:
            first_of[d.symbol] = k
        kept.append(k)
    grouped = group_texts([texts_in[k] for k in kept], [meta[k] for k in kept], opts)
    groups = [
        (
            [kept[k] for k in members],
            evidence,
            {(kept[a], kept[b]): v for (a, b), v in sims.items()},
        )
        for members, evidence, sims in grouped
    ]
    mandate_of: dict[int, str] = {}
    mandates: list[Mandate] = []
    work: list[tuple[str, int, int, Evidence, float]] = []
    for number, (members, evidence, sims) in enumerate(groups, start=1):
        ident = f"S{number}"
        agenda = next((m.agenda for k in members if (m := meta[k]) and m.agenda), None)
        mandates.append(
            Mandate(
                id=ident,
                label=_label(texts_in, members, meta),
                agenda=agenda,
                texts=tuple(members),
            )
        )
        for k in members:
            mandate_of[k] = ident
        for (a, b), ev in zip(itertools.pairwise(members), evidence[1:], strict=True):
            if _within(texts_in[b].date, since, until):
                work.append((ident, a, b, ev, sims[(a, b)]))
    mandates = _distinct_labels(mandates, texts_in)
    # One task a series, its texts sent once; the comparisons come back in work's order.
    tasks: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
    for ident, a, b, _, _ in work:
        members, pairs_at = tasks.setdefault(ident, ([], []))
        for k in (a, b):
            if k not in members:
                members.append(k)
        pairs_at.append((members.index(a), members.index(b)))
    done = parallel_map(
        compare_renewals,
        [
            (tuple(texts_in[k] for k in members), tuple(pairs_at))
            for members, pairs_at in tasks.values()
        ],
        scheduler=scheduler,
        progress=progress,
        label="comparing renewals",
    )
    comparisons = [cmp for batch in done for cmp in batch]
    pairs = [
        _pair(ident, a, b, ev, sim, texts_in, cmp)
        for (ident, a, b, ev, sim), cmp in zip(work, comparisons, strict=True)
    ]
    texts = tuple(
        SeriesText(
            index=k,
            symbol=d.symbol,
            name=d.symbol or d.name,
            date=d.date,
            title=(meta[k].title if meta[k] is not None else None) or d.title,  # type: ignore[union-attr]
            agenda=meta[k].agenda if meta[k] is not None else None,  # type: ignore[union-attr]
            path=where[k],
            preamble=len(d.preamble),
            operative=len(d.operative),
            chapter_vii=d.chapter_vii,
            mandate=mandate_of.get(k),
            duplicate_of=duplicate_of.get(k),
        )
        for k, d in enumerate(texts_in)
    )
    return Series(
        texts=texts,
        mandates=tuple(mandates),
        pairs=tuple(pairs),
        options=opts,
        duplicates=tuple(duplicates),
    )


def _within(date: _dt.date | None, since: _dt.date | None, until: _dt.date | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def _pair(
    ident: str,
    a: int,
    b: int,
    evidence: Evidence,
    similarity: float,
    drafts: Sequence[Draft],
    cmp: Comparison,
) -> SeriesPair:
    s = cmp.summary
    return SeriesPair(
        mandate=ident,
        old=a,
        new=b,
        old_symbol=drafts[a].symbol,
        new_symbol=drafts[b].symbol,
        old_date=drafts[a].date,
        new_date=drafts[b].date,
        evidence=evidence,
        similarity=min(1.0, max(0.0, similarity)),
        direction=s.direction,
        counts=dict(s.counts),
        chapter_vii=s.chapter_vii,
        art39=s.art39,
        use_of_force=s.use_of_force,
        measures_added=s.measures_added,
        measures_dropped=s.measures_dropped,
        measures_changed=s.measures_changed,
        key_changes=s.key_changes,
        weight_softer=s.weight_softer,
        weight_stronger=s.weight_stronger,
    )


def corpus_series(
    corpus: Corpus,
    *,
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
) -> Series:
    """:func:`series` over the adopted texts of a corpus index (drafts, vetoed and
    not-adopted texts left out). A text the index has an agenda item for (the
    ``--metadata`` of ``resdiff index build``) is grouped by it and its title too."""
    documents = [
        d for d in corpus.documents() if d.status not in ("draft", "vetoed", "not-adopted")
    ]
    drafts = [corpus.draft(d) for d in documents]
    # An agenda item says the title came with it from the metadata; a text's own title
    # alone ("Resolution 2536 (2020)") names no series.
    metadata = [
        TextMetadata(agenda=d.agenda, title=d.title) if d.agenda else None for d in documents
    ]
    return series(
        drafts,
        metadata=metadata,
        paths=[d.path for d in documents],
        options=options,
        scheduler=scheduler,
        progress=progress,
        since=since,
        until=until,
    )


def files_series(
    sources: Sequence[str | os.PathLike[str]],
    *,
    metadata: Sequence[str | os.PathLike[str]] = (),
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
) -> Series:
    """:func:`series` over files, folders or globs, read through a temporary corpus index
    (built where ``scheduler`` says, like ``resdiff index build``; ``metadata``: JSON
    lines files as there) and deleted afterwards. A file that cannot be read is a
    :class:`~resdiff.errors.ResdiffError` naming it, as in an index build."""
    import tempfile
    from pathlib import Path

    from .corpus.index import Corpus

    with tempfile.TemporaryDirectory(prefix="resdiff-series-") as folder:
        corpus = Corpus.build(
            sources,
            Path(folder) / "series.rdx",
            scheduler=scheduler,
            progress=progress,
            metadata=metadata,
        )
        with corpus:
            found = corpus_series(
                corpus,
                options=options,
                scheduler=scheduler,
                progress=progress,
                since=since,
                until=until,
            )
            failed = corpus.last_build.failed
    if metadata:
        from .corpus.ingest import read_metadata

        found = skipped_texts(found, read_metadata(list(metadata)))
    return found.model_copy(update={"unread": tuple(f"{f.path}: {f.error}" for f in failed)})


def skipped_texts(found: Series, facts: Mapping[str, Metadata]) -> Series:
    """``found`` with each renewal's :attr:`SeriesPair.skipped`: the texts ``facts`` (a
    metadata file's, by symbol) dates strictly between the pair's two texts, with the
    title subject of one of them (:func:`title_subject`) and the same agenda item where
    both have one, that the series did not read. Without them a pair of texts two years
    apart reads as one renewal (UNMISS 2514 (2020) → 2625 (2022), with 2567 (2021) not
    in the corpus)."""
    read = {t.symbol for t in found.texts if t.symbol}
    candidates = [
        (m.date, symbol, title_subject(m.title), m.agenda)
        for symbol, m in facts.items()
        if symbol not in read and m.date is not None and m.title
    ]
    if not candidates:
        return found
    pairs = []
    for p in found.pairs:
        old, new = found.texts[p.old], found.texts[p.new]
        subjects = {title_subject(t.title) for t in (old, new) if t.title}
        agendas = {t.agenda for t in (old, new) if t.agenda}
        if p.old_date is None or p.new_date is None or not subjects:
            pairs.append(p)
            continue
        skipped = sorted(
            (date, symbol)
            for date, symbol, subject, agenda in candidates
            if p.old_date < date < p.new_date
            and subject in subjects
            and (not agendas or agenda is None or agenda in agendas)
        )
        pairs.append(
            p.model_copy(update={"skipped": tuple(s for _, s in skipped)}) if skipped else p
        )
    return found.model_copy(update={"pairs": tuple(pairs)})
