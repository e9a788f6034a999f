"""The matcher: a :class:`Lexicon` compiles validated entries into regular expressions and
answers the analysis's questions (which verb opens this clause, which hedges, measures,
quantities it holds).

Regular expressions are compiled once per :class:`Lexicon`, so the lookups can run on
thousands of paragraphs.

The lookups are cut by feature, one module each, every one a layer the next builds on:
:mod:`.spelling` (spellings folded; a phrase as a pattern in any spelling),
:mod:`.leads` (operative verbs and preambular lead phrases: what opens a clause, its
tiers), :mod:`.measures` (hedges, modals, the document flags, sanctions measures and
their mode) and :mod:`.features` (the features read inside a clause: items, conditions,
exemptions, safeguards, emphasis, degrees, censure, addressees, life cycle, quantities),
with :mod:`.keywords` (the cheap tests tried before a pattern), :mod:`.literals` (the
strings a pattern cannot match without) and :mod:`.anchors` (the places a pattern can
match at). This module builds the
:class:`Lexicon` on them: loading, extending, its contents and weights, and the default
lexicon.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..model import shown_parts
from .anchors import prime as prime_anchors
from .cache import PATTERNS, cache_dir, cache_key
from .entries import (
    AddresseeEntry,
    CouncilNameEntry,
    DegreeEntry,
    EmphasisEntry,
    FlagEntry,
    HedgeEntry,
    ItemEntry,
    MeansEntry,
    MeasureEntry,
    ModalEntry,
    ModeRule,
    ModifierEntry,
    ModifierOverride,
    OrganEntry,
    PreambleEntry,
    QualifierEntry,
    QuoteEndEntry,
    RestatedEntry,
    SafeguardEntry,
    ScopeEntry,
    VerbEntry,
    WeightEntry,
)
from .features import _ClauseFeatures
from .keywords import _keyed as _keyed
from .keywords import _Screen
from .lifecycle_entries import BodyEntry, LifecycleEntry, MentionEntry, ObjectEntry
from .literals import prime
from .load import _package_parts, _parse_toml, _Parts, _read_path, package_files
from .measures import MEASURE_MENTIONS
from .quantity_entries import QuantityEntry
from .snapshot import load_snapshot, save_snapshot, snapshot_key
from .stages import compile_fragments, compile_stages, with_growing

__all__ = ["MEASURE_MENTIONS", "Lexicon"]


class Lexicon(_ClauseFeatures):
    """A validated, compiled lexicon and the lookups the analysis needs.

    Build one with :meth:`default`, :meth:`load` or :meth:`from_toml`; combine with
    :meth:`extend` / :meth:`with_overrides`. A lexicon never changes after it is built.
    """

    def __init__(self, parts: _Parts) -> None:
        """Compile validated parts; use the class methods rather than this."""
        self._parts = parts

        def enabled(name: str) -> dict[str, Any]:
            return {k: v for k, v in parts.tables[name].items() if not v.disabled}

        self._verbs: dict[str, VerbEntry] = enabled("verbs")
        self._preamble: dict[str, PreambleEntry] = enabled("preamble")
        self._modifiers: dict[str, ModifierEntry] = enabled("modifiers")
        self._hedges: dict[str, HedgeEntry] = enabled("hedges")
        self._modals: dict[str, ModalEntry] = enabled("modals")
        self._flags: dict[str, FlagEntry] = enabled("flags")
        self._measures: dict[str, MeasureEntry] = enabled("measures")
        self._modes: dict[str, ModeRule] = enabled("modes")
        self._degrees: dict[str, DegreeEntry] = enabled("degrees")
        self._emphasis: dict[str, EmphasisEntry] = enabled("emphasis")
        self._addressees: dict[str, AddresseeEntry] = enabled("addressees")
        self._scopes: dict[str, ScopeEntry] = enabled("scopes")
        self._conditions: dict[str, QualifierEntry] = enabled("conditions")
        self._exemptions: dict[str, QualifierEntry] = enabled("exemptions")
        self._warnings: dict[str, QualifierEntry] = enabled("warnings")
        self._procedural: dict[str, QualifierEntry] = enabled("procedural")
        self._safeguards: dict[str, SafeguardEntry] = enabled("safeguards")
        self._growing_stages, self._growth_order, self._growth_moves = compile_stages(parts)
        self._lifecycle: dict[str, LifecycleEntry] = with_growing(
            enabled("lifecycle"), self._growing_stages
        )
        self._quantities: dict[str, QuantityEntry] = enabled("quantities")
        self._weights: dict[str, WeightEntry] = enabled("weights")
        self._items: dict[str, ItemEntry] = enabled("items")
        self._mentions: dict[str, MentionEntry] = enabled("mentions")
        self._objects: dict[str, ObjectEntry] = enabled("objects")
        self._bodies: dict[str, BodyEntry] = enabled("bodies")
        self._fragments: dict[str, str] = compile_fragments(parts)
        self._organs: dict[str, OrganEntry] = enabled("organs")
        self._council_names: dict[str, CouncilNameEntry] = enabled("council_names")
        means: dict[str, MeansEntry] = enabled("means")
        self._means = (
            re.compile(
                r"\b(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in means) + r")\b",
                re.IGNORECASE,
            )
            if means
            else None
        )
        self._restated: dict[str, RestatedEntry] = enabled("restated")
        self._restated_rx = _restated_rx(self._restated)
        # The words a quote does not end on: cut short, any of them; whole, the joiners.
        quote_ends: dict[str, QuoteEndEntry] = enabled("quote_ends")
        self._quote_cut = frozenset(quote_ends)
        self._quote_whole = frozenset(k for k, v in quote_ends.items() if v.joins)
        self._overrides = {k: v for k, v in parts.overrides.items() if not v.disabled}
        self._compile_spelling(parts)
        self._compile_ocr(enabled("ocr"))
        self._compile_verbs()
        self._compile_preamble()
        self._compile_patterns()
        self._compile_clause_features()
        if PATTERNS.recording:
            # The default lexicon's build: its patterns' literals go to the cache file.
            found = self._prefiltered_patterns()
            prime(found)
            prime_anchors(found)

    def _prefiltered_patterns(self) -> list[re.Pattern[str]]:
        """The patterns tried only where their literals stand (see :func:`may_match`)."""
        found = [rx for _, rx, _ in self._hedge_rx]
        for listed in (self._condition_rx, self._exemption_rx, self._safeguard_rx,
                       self._emphasis_rx, self._warning_rx, self._procedural_rx):  # fmt: skip
            found += [rx for _, _, rx, _ in listed]
        found += [rx for _, rx, _ in self._lifecycle_rx]
        found += [rx for _, rx, _ in self._measure_rx]
        found += [rx for _, group, _ in self._quantity_rx for rx in group]
        found += [rx for rx, _ in self._flag_rx.values()]
        named = [self._named_rx] if self._named_rx is not None else []
        return [*found, *named, self._addressee_rx, self._modal_rx]

    # ----------------------------------------------------------------- construction

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with resdiff (built once, then cached)."""
        return _default_lexicon()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lexicon:
        """A lexicon from a TOML file, or from every ``*.toml`` file of a directory.

        Sections may be partial; entries are validated on load. Raises
        :class:`~resdiff.errors.LexiconError` naming the file and the entry (or the line,
        for a TOML syntax error).
        """
        return cls(_read_path(path))

    @classmethod
    def from_toml(cls, text: str, *, name: str = "<lexicon>") -> Lexicon:
        """A lexicon from TOML text; ``name`` stands for the file in error messages."""
        parts = _Parts()
        parts.add_document(_parse_toml(text, path=name), path=name)
        return cls(parts)

    def extend(self, other: Lexicon | str | os.PathLike[str]) -> Lexicon:
        """A new lexicon: this one with ``other``'s entries added or replacing these, by
        lemma / phrase / id (overrides by (modifier, lemma)). ``disabled = true`` in
        ``other`` switches an entry off."""
        extra = other._parts if isinstance(other, Lexicon) else _read_path(other)
        merged = self._parts.copy()
        merged.absorb(extra)
        return Lexicon(merged)

    def with_overrides(self, path: str | os.PathLike[str]) -> Lexicon:
        """Same as :meth:`extend` with a file or directory."""
        return self.extend(path)

    def restated_opening(self, text: str, at: int) -> re.Match[str] | None:
        """Where a restating lead whose words end at ``at`` opens the decision it restates
        (``[restated]`` in verbs.toml): the content clause it opens ("Reaffirms that",
        "Recalls, as set out in its statute, that", "Further reiterates in that regard
        that"), a decision it names ("Recalls its decision that"), or a paragraph it cites
        ("Recalls paragraph 15 of resolution 1701 (2006) according to which"); the match
        ends where that decision's words begin. ``None`` where it opens none of these."""
        return self._restated_rx.match(text, at)

    # ----------------------------------------------------------------- contents

    @property
    def sources(self) -> tuple[str, ...]:
        """The files this lexicon was read from, in order."""
        return tuple(self._parts.sources)

    @property
    def verbs(self) -> Mapping[str, VerbEntry]:
        """Operative verbs by lemma."""
        return MappingProxyType(self._verbs)

    @property
    def preamble(self) -> Mapping[str, PreambleEntry]:
        """Preambular lead phrases by phrase."""
        return MappingProxyType(self._preamble)

    @property
    def modifiers(self) -> Mapping[str, ModifierEntry]:
        """Modifiers by phrase."""
        return MappingProxyType(self._modifiers)

    @property
    def restated(self) -> Mapping[str, RestatedEntry]:
        """What a restating lead opens when it restates a decision, by phrase
        (``[restated]``: see :meth:`restated_opening`)."""
        return MappingProxyType(self._restated)

    @property
    def modifier_overrides(self) -> Mapping[tuple[str, str], ModifierOverride]:
        """Exceptions to the modifier rule, by (modifier, lemma)."""
        return MappingProxyType(self._overrides)

    @property
    def hedges(self) -> Mapping[str, HedgeEntry]:
        """Hedges by phrase."""
        return MappingProxyType(self._hedges)

    @property
    def conditions(self) -> Mapping[str, QualifierEntry]:
        """The conditions of scope.toml ("upon request", "provided that"), by key."""
        return MappingProxyType(self._conditions)

    @property
    def modals(self) -> Mapping[str, ModalEntry]:
        """Modal verbs by word."""
        return MappingProxyType(self._modals)

    @property
    def flags(self) -> Mapping[str, FlagEntry]:
        """Document-level flags by id."""
        return MappingProxyType(self._flags)

    @property
    def measures(self) -> Mapping[str, MeasureEntry]:
        """Sanctions measures by id."""
        return MappingProxyType(self._measures)

    @property
    def modes(self) -> Mapping[str, ModeRule]:
        """Measure mode rules by mode."""
        return MappingProxyType(self._modes)

    def means_rx(self) -> re.Pattern[str] | None:
        """The words that open a clause of means or manner (``[means]``, scope.toml: "by
        availing themselves", "in a constructive manner"), any case, any spacing; None
        where the table is empty."""
        return self._means

    def quote_ends(self, *, cut: bool) -> frozenset[str]:
        """The words (lower case) a clause quoted by a shift does not end on
        (``[quote_ends]``, quoting.toml): every one where the quote is cut short, which
        they only lead on to; the words that join a clause to the next (``joins``) where
        it is quoted whole."""
        return self._quote_cut if cut else self._quote_whole

    def exemption_needs_measure(self, phrase: str) -> re.Pattern[str] | None:
        """The words of restraint (one pattern) that, besides a measure named, make the
        exemption ``phrase`` a headline, when it is one only in a provision that names a
        measure (``measure_only = true`` in scope.toml: "except" leaves anything out of
        anything); ``None`` for any other exemption. ``phrase`` is the entry or a shift's
        quotation of it, the words as printed then the entry (“except” (“with the
        exception of”))."""
        words, shown_entry = shown_parts(phrase)
        entry = self._exemptions.get(shown_entry if shown_entry is not None else words)
        if entry is None or not entry.measure_only:
            return None
        return words_pattern(entry.restraint_words)

    def weight_of(self, feature: str, section: str) -> float:
        """How much a shift of ``feature`` in a paragraph of ``section`` weighs in the
        document balance (weights.toml): the feature's own weight, else its section's."""
        entry = self._weights.get(feature)
        here = self._weights.get(section)
        if entry is not None and (section != "preamble" or entry.preamble):
            return entry.weight
        return here.weight if here is not None else 1.0

    def weight_classes(self) -> tuple[float, float]:
        """The thresholds of the document direction's classes: (headline, operative).
        Shifts weighing at least the first are headline changes; at least the second,
        operative language; less, preambular language."""
        headline = self._weights.get("headline")
        operative = self._weights.get("operative")
        return (
            headline.weight if headline is not None else 20.0,
            operative.weight if operative is not None else 4.0,
        )


#: The types of what a built lexicon holds (see _kept_whole).
_KEPT_TYPES = (re.Pattern, _Parts, _Screen, dict, frozenset, list, set, tuple)


def _kept_whole(lexicon: Lexicon) -> bool:
    """Whether a lexicon read back from a snapshot holds what a built one holds, at its
    top level: its validated parts and nothing of a type a built lexicon never holds (a
    snapshot is checked at its shape, not deeper: see resdiff.lexicon.snapshot)."""
    state = vars(lexicon)
    return type(state.get("_parts")) is _Parts and all(
        type(value) in _KEPT_TYPES for value in state.values()
    )


@functools.cache
def _default_lexicon() -> Lexicon:
    files = package_files()
    key = cache_key(files)
    folder = cache_dir()
    # The built lexicon kept whole (about 15 ms to read back, against 55 to build).
    kept_key = snapshot_key(key)
    kept = load_snapshot(folder, kept_key, Lexicon, _kept_whole)
    if kept is not None:
        lexicon, literals, anchors = kept
        PATTERNS.adopt(literals, anchors)
        return lexicon
    PATTERNS.open(key, folder)
    paths = [path for path, _ in files]
    cached = PATTERNS.documents(paths)
    if cached is not None:
        documents = list(zip(paths, cached, strict=True))
    else:
        documents = [(path, _parse_toml(text, path=path)) for path, text in files]
        PATTERNS.keep_documents(documents)
    try:
        lexicon = Lexicon(_package_parts(documents))
    finally:
        PATTERNS.save()
    save_snapshot(folder, kept_key, lexicon, *PATTERNS.screens())
    return lexicon


@functools.lru_cache(maxsize=64)
def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for ``words`` (whole words or phrases of the data, such as
    ``restraint_words`` and ``normative_words``): each matched whole, case folded, any
    spacing between its words, a final ``*`` for any ending; blank ones are ignored, and
    a list with none matches nothing. Literal alternatives: linear."""
    alternatives = [
        r"\s+".join(re.escape(part) for part in word.rstrip("*").split())
        + (r"\w*" if word.endswith("*") else "")
        for word in words
        if word.strip()
    ]
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _restated_rx(entries: Mapping[str, RestatedEntry]) -> re.Pattern[str]:
    """The opening of a decision restated (:meth:`Lexicon.restated_opening`), from the
    phrases of ``[restated]`` by role; a role with none matches nothing. Every repeat is
    bounded and possessive where it can be: no phrase makes it backtrack without end."""

    def alternation(role: str) -> str:
        phrases = sorted((k for k, v in entries.items() if v.role == role), key=len, reverse=True)
        spaced = [r"\s++".join(map(re.escape, p.split())) for p in phrases]
        return "|".join(spaced) if spaced else "(?!)"

    insets, names, cites = alternation("inset"), alternation("names"), alternation("cites")
    return re.compile(
        r"\s*+(?:"
        rf"(?:,[^;:]{{1,200}}?,\s*+|(?:{insets})\s++)?that\b"
        rf"|(?:its|the)\s++(?:[a-z]+\s++)?(?:{names})\b[^;:]{{0,200}}?\bthat\b"
        rf"|(?:(?:its|the)\s++)?(?:paragraphs?|resolutions?)\s++\d[^;:]{{0,100}}?\b(?:{cites})\b"
        r")",
        re.IGNORECASE,
    )
