"""The matcher: a :class:`Lexicon` compiles validated entries into regular expressions and
answers the analysis's questions (which verb opens this clause, which hedges, measures,
quantities it holds).

Regular expressions are compiled once per :class:`Lexicon`, so the lookups can run on
thousands of paragraphs.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Literal, Protocol, TypeVar

from ..model import MeasureMode
from .cache import PATTERNS, cache_dir, cache_key
from .entries import (
    NUMBER_WORDS,
    AddresseeEntry,
    DegreeEntry,
    EmphasisEntry,
    FlagEntry,
    HedgeEntry,
    ItemEntry,
    LifecycleEntry,
    MeasureEntry,
    ModalEntry,
    ModeRule,
    ModifierEntry,
    ModifierOverride,
    PatternEntry,
    PreambleEntry,
    QualifierEntry,
    QuantityEntry,
    SafeguardEntry,
    ScopeEntry,
    VerbEntry,
    WeightEntry,
    _norm,
    _spaces_in_pattern,
    expand_quantity_pattern,
)
from .literals import may_match, prime
from .load import _package_parts, _parse_toml, _Parts, _read_path, package_files
from .results import (
    AddresseeMatch,
    DegreeMatch,
    FlagMatch,
    HedgeMatch,
    LifecycleMatch,
    MeasureHit,
    ModalMatch,
    PreambleMatch,
    QualifierMatch,
    QuantityMatch,
    VerbMatch,
)

#: How many mentions of one measure in one text are read for the verb that gives it a
#: mode: enough for any real paragraph, and a bound on adversarial repetition.
MEASURE_MENTIONS = 16

#: Texts up to this many characters are remembered by Lexicon.fold, at most this many.
_FOLD_MEMO_LENGTH = 60
_FOLD_MEMO_SIZE = 8192


class Lexicon:
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
        self._safeguards: dict[str, SafeguardEntry] = enabled("safeguards")
        self._lifecycle: dict[str, LifecycleEntry] = enabled("lifecycle")
        self._quantities: dict[str, QuantityEntry] = enabled("quantities")
        self._weights: dict[str, WeightEntry] = enabled("weights")
        self._items: dict[str, ItemEntry] = enabled("items")
        self._overrides = {k: v for k, v in parts.overrides.items() if not v.disabled}
        self._compile_spelling(parts)
        self._compile_verbs()
        self._compile_preamble()
        self._compile_patterns()
        self._compile_clause_features()
        if PATTERNS.recording:
            # The default lexicon's build: its patterns' literals go to the cache file.
            prime(self._prefiltered_patterns())

    def _prefiltered_patterns(self) -> list[re.Pattern[str]]:
        """The patterns tried only where their literals stand (see :func:`may_match`)."""
        found = [rx for _, rx, _ in self._hedge_rx]
        for listed in (self._condition_rx, self._exemption_rx, self._safeguard_rx,
                       self._emphasis_rx):  # fmt: skip
            found += [rx for _, _, rx, _ in listed]
        found += [rx for _, rx, _ in self._lifecycle_rx]
        found += [rx for _, rx, _ in self._measure_rx]
        found += [rx for _, group, _ in self._quantity_rx for rx in group]
        found += [rx for rx, _ in self._flag_rx.values()]
        return [*found, self._addressee_rx, self._modal_rx]

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
    def modifier_overrides(self) -> Mapping[tuple[str, str], ModifierOverride]:
        """Exceptions to the modifier rule, by (modifier, lemma)."""
        return MappingProxyType(self._overrides)

    @property
    def hedges(self) -> Mapping[str, HedgeEntry]:
        """Hedges by phrase."""
        return MappingProxyType(self._hedges)

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

    # ----------------------------------------------------------------- spelling

    def _compile_spelling(self, parts: _Parts) -> None:
        fold_map = dict(parts.words)
        for stem in parts.stems:
            for ending in parts.endings:
                fold_map[f"{stem}s{ending}"] = f"{stem}z{ending}"
        self._fold_map = fold_map
        self._folded: dict[str, str] = {}
        variants: dict[str, set[str]] = {}
        for british, american in fold_map.items():
            variants.setdefault(american, set()).add(british)
        self._variants = variants

    _WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")

    def fold(self, text: str) -> str:
        """``text`` in lower case, one space between words, British spellings folded to
        American ("Authorises" -> "authorizes", "programme" -> "program"). For matching
        and lemmas only: never shown as the draft's words."""
        # The verb forms, modifiers and nouns folded while reading a draft are a few
        # hundred short strings, each folded thousands of times in a long draft (twice a
        # verb match): those are remembered, within a bound.
        short = len(text) <= _FOLD_MEMO_LENGTH
        if short:
            known = self._folded.get(text)
            if known is not None:
                return known
        fold_map = self._fold_map

        def one(match: re.Match[str]) -> str:
            word = match.group()
            folded = fold_map.get(word)
            if folded is not None:
                return folded
            if "-" in word or "'" in word:
                # "organisation's", "programme-related": fold the parts.
                return re.sub(r"[a-z]+", lambda p: fold_map.get(p.group(), p.group()), word)
            return word

        folded = self._WORD.sub(one, _norm(text))
        if short and len(self._folded) < _FOLD_MEMO_SIZE:
            self._folded[text] = folded
        return folded

    def _fold_word(self, word: str) -> str:
        lower = word.lower()
        return self._fold_map.get(lower, lower)

    def _word_rx(self, word: str) -> str:
        # Longest first; equal lengths by spelling, so that the pattern is the same in every
        # run (set order changes with the hash seed) and the pattern cache finds it.
        spellings = sorted({word, *self._variants.get(word, ())}, key=lambda s: (-len(s), s))
        if len(spellings) == 1:
            return re.escape(word)
        return "(?:" + "|".join(re.escape(s) for s in spellings) + ")"

    def _phrase_rx(self, phrase: str) -> str:
        """A regex for a literal phrase: any spelling variant, any whitespace between words."""
        return r"\s+".join(self._word_rx(w) for w in self.fold(phrase).split(" "))

    def _alternation(self, phrases: Iterable[str]) -> str:
        # Longest first, so that the regex's first matching alternative is the longest.
        unique = sorted({self.fold(p) for p in phrases}, key=lambda p: (-len(p), p))
        return "|".join(self._phrase_rx(p) for p in unique) or "(?!)"

    # ----------------------------------------------------------------- operative verbs

    def _compile_verbs(self) -> None:
        form_to_lemma: dict[str, str] = {}
        for lemma, entry in self._verbs.items():
            for form in entry.surface_forms:
                form_to_lemma[self.fold(form)] = lemma
        self._form_to_lemma = form_to_lemma
        self._modifier_by_fold = {self.fold(k): k for k in self._modifiers}

        mods = self._alternation(self._modifiers)
        pre_mods = self._alternation(
            k for k, m in self._modifiers.items() if m.position in ("pre", "both")
        )
        post_int = self._alternation(
            k
            for k, m in self._modifiers.items()
            if m.position in ("post", "both") and m.kind == "intensifier"
        )
        post_cont = self._alternation(
            k
            for k, m in self._modifiers.items()
            if m.position in ("post", "both") and m.kind == "continuer"
        )
        verbs = self._alternation(form_to_lemma)
        # Modifiers before the verb are matched lazily so that a verb phrase that itself
        # starts with a modifier word wins over modifier + shorter verb.
        body = (
            rf"(?P<pre>(?:(?:{pre_mods})\b\s*,?\s*)*?)"
            rf"(?P<verb>{verbs})\b"
            # Continuers after the verb only before its complement ("Decides further
            # that"), not as adjectives ("calls for further efforts").
            rf"(?P<post>(?:\s*,?\s*(?:and\s+)?(?:(?:{post_int})\b|(?:{post_cont})\b"
            r"(?=\s*(?:that|to|the|its|their|all|,)\b)))*)"
        )
        self._op_start = _compile(r"\s*" + body, re.IGNORECASE)
        # Inside a paragraph a verb must follow a clause boundary ("; ", ", ", " and ",
        # ", and ") and must not be a noun ("the reports and notes of the
        # Secretary-General", "requests for assistance").
        self._op_inner = _compile(
            body
            + r"(?!\s*(?:of|for|made|by|submitted|received|contained|from)\b|\s*[;.:)\]]|\s*$)",
            re.IGNORECASE,
        )
        # A multi-word phrase ("decides to remain seized") cannot be a noun, so it is taken
        # without that guard ("... seized of the matter").
        self._op_inner_free = _compile(body, re.IGNORECASE)
        self._boundary = _compile(
            r"(?:[;,]\s*(?:(?:and|but)\s+)?|\b(?:and|but)\s+)([A-Za-z]+)"
        )
        # First words a clause-opening phrase can have: a cheap test before the big regex.
        self._lead_words = {self.fold(p).split(" ")[0] for p in (*form_to_lemma, *self._modifiers)}
        self._mod_rx = _compile(rf"\b(?:{mods})\b", re.IGNORECASE)

    def _split_modifiers(self, text: str) -> list[str]:
        return [self._modifier_by_fold[self.fold(m.group())] for m in self._mod_rx.finditer(text)]

    def _apply(self, entry: VerbEntry, modifiers: Iterable[str]) -> tuple[int | None, int | None]:
        a, b = entry.axis_a, entry.axis_b
        for name in modifiers:
            mod = self._modifiers.get(name)
            if mod is None or mod.kind == "continuer":
                continue
            override = self._overrides.get((name, entry.lemma))
            if override is not None:
                a = override.axis_a if override.axis_a is not None else a
                b = override.axis_b if override.axis_b is not None else b
                continue
            if a is not None and mod.effect_a and a >= mod.min_a:
                a = max(a, min(a + mod.effect_a, mod.ceiling_a))
            if b is not None and mod.effect_b:
                b = max(b, min(b + mod.effect_b, mod.ceiling_b))
        return a, b

    def _verb_match(self, m: re.Match[str], offset: int = 0) -> VerbMatch:
        lemma = self._form_to_lemma[self.fold(m.group("verb"))]
        entry = self._verbs[lemma]
        mods = self._split_modifiers(m.group("pre")) + self._split_modifiers(m.group("post"))
        intensifiers = [x for x in mods if self._modifiers[x].kind == "intensifier"]
        continuers = tuple(x for x in mods if self._modifiers[x].kind == "continuer")
        a, b = self._apply(entry, intensifiers)
        start = m.start("pre") if m.group("pre") else m.start("verb")
        end = m.end("post") if m.group("post") else m.end("verb")
        return VerbMatch(
            text=m.string[start:end],
            start=start + offset,
            end=end + offset,
            lemma=lemma,
            form=self.fold(m.group("verb")),
            modifier=" ".join(intensifiers) or None,
            continuers=continuers,
            axis_a=a,
            axis_b=b,
            base_axis_a=entry.axis_a,
            base_axis_b=entry.axis_b,
        )

    def match_operative(self, text: str) -> VerbMatch | None:
        """The modifiers and verb phrase a clause opens with ("Strongly urges", "Condemns
        in the strongest terms", "Further decides"), longest match, any case; ``None``
        when the clause does not open with a known verb."""
        m = self._op_start.match(text)
        return self._verb_match(m) if m else None

    def find_verbs(self, text: str) -> list[VerbMatch]:
        """Every operative verb phrase of a paragraph, in order: the one it opens with and
        those after a clause boundary ("; ", ", ", " and ", ", and ", ", but "), e.g.
        "Commends ... and requests ..." gives both. A word that is also a noun is not taken
        when a noun follows it ("notes of", "requests for")."""
        found: list[VerbMatch] = []
        first = self.match_operative(text)
        pos = 0
        if first is not None:
            found.append(first)
            pos = first.end
        for b in self._boundary.finditer(text, pos):
            if b.start(1) < pos or self._fold_word(b.group(1)) not in self._lead_words:
                continue
            m = self._op_inner_free.match(text, b.start(1))
            if m is None or " " not in m.group("verb").strip():
                m = self._op_inner.match(text, b.start(1))
            if m is not None:
                hit = self._verb_match(m)
                found.append(hit)
                pos = hit.end
        return found

    def tier_of(self, lemma: str, modifier: str | None = None) -> tuple[int | None, int | None]:
        """``(axis_a, axis_b)`` of a verb given by lemma ("call upon"), form ("calls
        upon") or whole phrase ("strongly condemns"), after ``modifier`` ("strongly",
        "in the strongest terms", several separated by spaces). ``KeyError`` if unknown."""
        key = _norm(lemma)
        mods = self._split_modifiers(modifier) if modifier else []
        if key not in self._verbs:
            folded = self.fold(key)
            if folded in self._form_to_lemma:
                key = self._form_to_lemma[folded]
            else:
                m = self._op_start.fullmatch(lemma.strip())
                if m is None:
                    raise KeyError(lemma)
                key = self._form_to_lemma[self.fold(m.group("verb"))]
                mods = self._split_modifiers(m.group("pre") + " " + m.group("post")) + mods
        return self._apply(self._verbs[key], mods)

    # ----------------------------------------------------------------- preamble

    def _compile_preamble(self) -> None:
        self._preamble_by_fold = {self.fold(k): k for k in self._preamble}
        # First words a recital's clause can open with: its lead phrases and modifiers.
        self._preamble_first_words = {
            self.fold(p).split(" ")[0] for p in (*self._preamble, *self._modifiers)
        }
        mods = self._alternation(
            k for k, m in self._modifiers.items() if m.position in ("pre", "both")
        )
        post = self._alternation(
            k
            for k, m in self._modifiers.items()
            if m.position in ("post", "both") and m.kind == "continuer"
        )
        post_int = self._alternation(
            k
            for k, m in self._modifiers.items()
            if m.position in ("post", "both") and m.kind == "intensifier"
        )
        phrases = self._alternation(self._preamble)
        # After the phrase: continuers before its complement ("Recalling further that"),
        # and intensifiers ("Reaffirming its condemnation in the strongest terms").
        self._pp_start = _compile(
            rf"\s*(?P<pre>(?:(?:{mods})\b\s*,?\s*)*?)(?P<phrase>{phrases})\b"
            rf"(?P<post>(?:\s*,?\s*(?:(?:{post_int})\b|(?:{post})\b"
            r"(?=\s*(?:that|to|the|its|their|all|,)\b)))*)",
            re.IGNORECASE,
        )

    # "while" opens a clause as "and" does: "..., while expressing concern that ...".
    _participle_boundary = re.compile(
        r"(?:[;,]\s*(?:(?:and|while|whilst)\s+)?|\b(?:and|while|whilst)\s+)([A-Za-z]+)"
    )

    def match_preamble(self, text: str) -> PreambleMatch | None:
        """The lead phrase a preambular paragraph opens with ("Gravely concerned",
        "Recalling further"), longest match, any case; ``None`` when none is known."""
        m = self._pp_start.match(text)
        if m is None:
            return None
        key = self._preamble_by_fold[self.fold(m.group("phrase"))]
        entry = self._preamble[key]
        mods = self._split_modifiers(m.group("pre")) + self._split_modifiers(m.group("post"))
        intensifiers = [x for x in mods if self._modifiers[x].kind == "intensifier"]
        a, b = entry.axis_a, entry.axis_b
        for name in intensifiers:
            mod = self._modifiers[name]
            if a is not None and mod.effect_a and a >= mod.min_a:
                a = max(a, min(a + mod.effect_a, mod.ceiling_a))
            if b is not None and mod.effect_b:
                b = max(b, min(b + mod.effect_b, mod.ceiling_b))
        start = m.start("pre") if m.group("pre") else m.start("phrase")
        end = m.end("post") if m.group("post") else m.end("phrase")
        return PreambleMatch(
            text=text[start:end],
            start=start,
            end=end,
            phrase=key,
            modifier=" ".join(intensifiers) or None,
            continuers=tuple(x for x in mods if self._modifiers[x].kind == "continuer"),
            axis_a=a,
            axis_b=b,
        )

    # ----------------------------------------------------------------- patterns

    def _compile_patterns(self) -> None:
        def patterns_rx(patterns: Iterable[str]) -> re.Pattern[str]:
            joined = "|".join(f"(?:{_spaces_in_pattern(p)})" for p in patterns)
            return _compile(joined or "(?!)", re.IGNORECASE)

        def keywords(entry: PatternEntry, literals: Iterable[str] = ()) -> tuple[str, ...]:
            # Literal wordings bring their own keyword: their longest word, in every
            # spelling. Pattern entries without keywords are always tried (empty tuple).
            if entry.patterns and not entry.keywords:
                return ()
            found = set(entry.keywords)
            for literal in literals:
                longest = max(self.fold(literal).split(" "), key=len)
                found.update({longest, *self._variants.get(longest, ())})
            return tuple(sorted(found))

        self._hedge_rx: list[tuple[HedgeEntry, re.Pattern[str], _Keywords | None]] = []
        for key, hedge in self._hedges.items():
            literals = list(hedge.variants) + ([] if hedge.patterns else [key])
            alternatives = [rf"\b(?:{self._phrase_rx(x)})\b" for x in literals]
            alternatives += list(hedge.patterns)
            self._hedge_rx.append(
                (hedge, patterns_rx(alternatives), _keyword_rx(keywords(hedge, literals)))
            )

        # Case-sensitive on purpose: "May 2006" is a month, "may" a modal. The words after
        # which a modal is a noun ("political will") are checked in Python: lookbehinds
        # in the regex would slow every search.
        words = sorted(self._modals, key=len, reverse=True)
        self._modal_rx = _compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" if words else "(?!)"
        )
        self._modal_guard = {
            w: _compile(r"(?:^|\W)(?:" + "|".join(re.escape(x) for x in m.not_after) + r")\s+$")
            for w, m in self._modals.items()
            if m.not_after
        }

        self._flag_rx = {
            k: (patterns_rx(f.patterns), _keyword_rx(keywords(f))) for k, f in self._flags.items()
        }
        self._measure_rx = [
            (m, patterns_rx(m.patterns), _keyword_rx(keywords(m))) for m in self._measures.values()
        ]
        self._mode_rules = sorted(self._modes.values(), key=lambda r: -r.min_axis_a)
        self._hedge_any = _group_rx(k for _, _, k in self._hedge_rx)
        self._measure_any = _group_rx(k for _, _, k in self._measure_rx)

    def hedges_in(self, text: str) -> list[HedgeMatch]:
        """Every hedge in ``text``, in order; where two overlap the longer is kept."""
        found: list[HedgeMatch] = []
        lowered = _keyed(text)
        if self._hedge_any is not None and not self._hedge_any.search(lowered):
            return found
        for hedge, rx, keys in self._hedge_rx:
            if keys is not None and not keys.search(lowered):
                continue
            if not may_match(rx, text, lowered):
                continue
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append(
                        HedgeMatch(
                            hedge=hedge.phrase,
                            text=m.group(),
                            start=m.start(),
                            end=m.end(),
                            kind=hedge.kind,
                            explanation=hedge.explanation,
                        )
                    )
        return _longest(found)

    def modals_in(self, text: str) -> list[ModalMatch]:
        """Every modal verb in ``text`` (lower case only), in order."""
        found: list[ModalMatch] = []
        if not may_match(self._modal_rx, text, _keyed(text)):
            return found
        for m in self._modal_rx.finditer(text):
            word = m.group()
            guard = self._modal_guard.get(word)
            if guard is not None and guard.search(text, max(0, m.start() - 40), m.start()):
                continue
            found.append(ModalMatch(word=word, rank=self._modals[word].rank, start=m.start()))
        return found

    def modal_rank(self, word: str | None) -> int | None:
        """The rank of a modal verb (3 "shall" / "must", 2 "should" / "will", 1 "may"),
        or ``None`` for a word that is not one."""
        if word is None:
            return None
        entry = self._modals.get(word.strip().lower())
        return entry.rank if entry is not None else None

    def modal_in(self, text: str) -> ModalMatch | None:
        """The first modal verb in ``text``, or ``None``."""
        found = self.modals_in(text)
        return found[0] if found else None

    def flag_in(self, flag: str, text: str) -> FlagMatch | None:
        """The first match of flag ``flag`` (an id in flags.toml) in ``text``, or ``None``;
        ``KeyError`` for an unknown flag."""
        rx, keys = self._flag_rx[flag]
        lowered = _keyed(text)
        if keys is not None and not keys.search(lowered):
            return None
        if not may_match(rx, text, lowered):
            return None
        m = rx.search(text)
        if m is None:
            return None
        entry = self._flags[flag]
        return FlagMatch(flag=flag, label=entry.label, text=m.group(), start=m.start(), end=m.end())

    def chapter_vii_in(self, text: str) -> FlagMatch | None:
        """The Chapter VII formula ("Acting under Chapter VII of the Charter of the United
        Nations") in ``text``; "Acting under its special responsibility ..." is not one."""
        return self.flag_in("chapter_vii", text) if "chapter_vii" in self._flag_rx else None

    def special_responsibility_in(self, text: str) -> FlagMatch | None:
        """The "special responsibility" wording that replaced Chapter VII in 2006."""
        if "special_responsibility" not in self._flag_rx:
            return None
        return self.flag_in("special_responsibility", text)

    def art39_in(self, text: str) -> FlagMatch | None:
        """An Article 39 determination ("Determining that ... constitutes a threat to
        international peace and security") in ``text``."""
        return self.flag_in("art39", text) if "art39" in self._flag_rx else None

    def use_of_force_in(self, text: str) -> FlagMatch | None:
        """An authorization of force ("authorizes ... all necessary measures") in ``text``."""
        return self.flag_in("use_of_force", text) if "use_of_force" in self._flag_rx else None

    def mode_for(self, axis_a: int | None, modal: str | None = None) -> MeasureMode | None:
        """The mode a measure takes under a verb of this axis-A tier and this modal: the
        modal decides when it names one, else the tier; ``None`` below every rule."""
        if modal is not None:
            for rule in self._mode_rules:
                if modal in rule.modals:
                    return rule.mode
        if axis_a is not None:
            for rule in self._mode_rules:
                if axis_a >= rule.min_axis_a:
                    return rule.mode
        return None

    def measures_in(
        self,
        text: str,
        *,
        governing: str | None = None,
        governing_verbs: list[VerbMatch] | None = None,
    ) -> list[MeasureHit]:
        """The sanctions measures in ``text``, each once, in order, with their mode.

        The mode follows the verb governing the measure (the nearest verb before it) and
        any modal between that verb and the measure. For a sub-paragraph, pass the
        lead-in of its parent as ``governing``: its last verb governs when ``text`` has
        none of its own (``governing_verbs``: that lead-in's verbs when the caller has read
        them already, as for every item of one list).
        """
        hits: list[MeasureHit] = []
        verbs: list[VerbMatch] | None = None
        modals: list[ModalMatch] | None = None
        lowered = _keyed(text)
        if self._measure_any is not None and not self._measure_any.search(lowered):
            return hits
        for entry, rx, keys in self._measure_rx:
            if keys is not None and not keys.search(lowered):
                continue
            if not may_match(rx, text, lowered):
                continue
            m = rx.search(text)
            if m is None:
                continue
            if verbs is None:
                verbs, modals = self.find_verbs(text), self.modals_in(text)
                if governing and governing_verbs is None and not any(
                    v.start <= m.start() for v in verbs
                ):
                    # The lead-in's verbs, read once for every measure of this text.
                    governing_verbs = self.find_verbs(governing)
            assert modals is not None
            found: MeasureHit | None = None
            # The first mention a verb gives a mode decides: in "Expresses serious concern
            # over violations of the arms embargo, demands full compliance with the arms
            # embargo" the concern only names the embargo, the demand imposes it. The
            # mentions looked at are bounded, so a text that repeats a measure's name
            # thousands of times stays linear.
            for _ in range(MEASURE_MENTIONS):
                # A match that runs across a verb ("supply for armed groups ... and calls
                # for ... small arms") belongs to the phrase that verb opens: look again
                # from it.
                while inner := [v for v in verbs if m.start() < v.start < m.end()]:
                    again = rx.search(text, inner[-1].start)
                    if again is None or again.start() < inner[-1].start:
                        break
                    m = again
                hit = self._measure_hit(entry, m, verbs, modals, governing, governing_verbs)
                if found is None or (found.mode is None and hit.mode is not None):
                    found = hit
                if found.mode is not None:
                    break
                following = rx.search(text, max(m.end(), m.start() + 1))
                if following is None:
                    break
                m = following
            assert found is not None
            hits.append(found)
        hits.sort(key=lambda h: h.start)
        return hits

    def _measure_hit(
        self,
        entry: MeasureEntry,
        m: re.Match[str],
        verbs: list[VerbMatch],
        modals: list[ModalMatch],
        governing: str | None,
        governing_verbs: list[VerbMatch] | None,
    ) -> MeasureHit:
        """One mention of a measure with the mode its governing verb and modal give."""
        verb = next((v for v in reversed(verbs) if v.start <= m.start()), None)
        lower = verb.end if verb is not None else 0
        modal = next((x for x in reversed(modals) if lower <= x.start < m.start()), None)
        if verb is None and governing:
            lead_verbs = (
                governing_verbs if governing_verbs is not None else self.find_verbs(governing)
            )  # read here only when the text's first measure had a verb of its own
            if lead_verbs:
                verb = lead_verbs[-1]
                if modal is None:
                    after = [x for x in self.modals_in(governing) if x.start >= verb.end]
                    modal = after[-1] if after else None
        mode = self.mode_for(
            verb.axis_a if verb is not None else None, modal.word if modal else None
        )
        return MeasureHit(
            measure=entry.id,
            label=entry.label,
            mode=mode,
            evidence=m.group(),
            start=m.start(),
            verb=verb.lemma if verb is not None else None,
        )

    # ----------------------------------------------------------------- clause features

    def _compile_clause_features(self) -> None:
        def listed(
            entries: Mapping[str, QualifierEntry | EmphasisEntry],
        ) -> list[tuple[str, str, re.Pattern[str], _Keywords | None]]:
            compiled = []
            for key, entry in entries.items():
                literals = list(entry.variants) + ([] if entry.patterns else [key])
                alternatives = [rf"\b(?:{self._phrase_rx(x)})\b" for x in literals]
                alternatives += [_spaces_in_pattern(p) for p in entry.patterns]
                rx = _compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
                keys: set[str] = set(entry.keywords)
                if not entry.patterns or entry.keywords:
                    for literal in literals:
                        longest = max(self.fold(literal).split(" "), key=len)
                        keys.update({longest, *self._variants.get(longest, ())})
                explanation = getattr(entry, "explanation", "")
                compiled.append((key, explanation, rx, _keyword_rx(tuple(sorted(keys)))))
            return compiled

        self._item_rx = _compile(
            rf"\b(?:{self._alternation(self._items)})\b" if self._items else "(?!)",
            re.IGNORECASE,
        )
        self._item_by_fold = {self.fold(k): v for k, v in self._items.items()}
        self._condition_rx = listed(self._conditions)
        self._exemption_rx = listed(self._exemptions)
        self._safeguard_rx = listed(self._safeguards)
        self._emphasis_rx = listed(self._emphasis)
        self._degree_rx = _compile(
            rf"\b(?:{self._alternation(self._degrees)})\b" if self._degrees else "(?!)",
            re.IGNORECASE,
        )
        self._degree_by_fold = {self.fold(k): v for k, v in self._degrees.items()}
        self._compile_censure_nouns()
        nouns = self._alternation(self._addressees)
        before = self._alternation(k for k, v in self._scopes.items() if v.position == "before")
        after = self._alternation(k for k, v in self._scopes.items() if v.position == "after")
        # The scope word stands just before the noun, with at most one word between
        # ("all the parties", "relevant Afghan actors"), or just after it.
        self._addressee_rx = _compile(
            rf"(?:\b(?P<before>{before})\s+(?:[\w'’-]+\s+)?)?\b(?P<noun>{nouns})\b"
            rf"(?:\s*,?\s*(?P<after>{after})\b)?",
            re.IGNORECASE,
        )
        self._scope_by_fold = {self.fold(k): v for k, v in self._scopes.items()}
        self._noun_by_fold = {self.fold(k): k for k in self._addressees}
        self._lifecycle_rx = [
            (
                entry,
                _compile(
                    "|".join(f"(?:{_spaces_in_pattern(p)})" for p in entry.patterns), re.IGNORECASE
                ),
                _keyword_rx(entry.keywords),
            )
            for entry in self._lifecycle.values()
        ]
        self._lifecycle_any = _group_rx(k for _, _, k in self._lifecycle_rx)
        self._quantity_rx = [
            (
                entry,
                [
                    _compile(_spaces_in_pattern(expand_quantity_pattern(p)), re.IGNORECASE)
                    for p in entry.patterns
                ],
                _keyword_rx(entry.keywords),
            )
            for entry in self._quantities.values()
        ]

    @staticmethod
    def _listed_in(
        compiled: list[tuple[str, str, re.Pattern[str], _Keywords | None]], text: str
    ) -> list[QualifierMatch]:
        found: list[QualifierMatch] = []
        lowered = _keyed(text)
        for key, explanation, rx, keys in compiled:
            if keys is not None and not keys.search(lowered):
                continue
            if not may_match(rx, text, lowered):
                continue
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append(
                        QualifierMatch(
                            phrase=key,
                            text=m.group().strip(),
                            start=m.start(),
                            end=m.end(),
                            explanation=explanation,
                        )
                    )
        return _longest(found)

    def items_in(self, text: str) -> dict[str, tuple[int, str]]:
        """What each measure covers in ``text``, by measure id: the highest rank on the
        item ladder found, with its words ("arms_embargo": (1, "small arms and light
        weapons"))."""
        found: dict[str, tuple[int, str]] = {}
        for m in self._item_rx.finditer(text):
            entry = self._item_by_fold.get(self.fold(m.group()))
            if entry is None:
                continue
            held = found.get(entry.measure)
            if held is None or entry.rank > held[0]:
                found[entry.measure] = (entry.rank, " ".join(m.group().split()))
        return found

    def conditions_in(self, text: str) -> list[QualifierMatch]:
        """The conditions in ``text`` ("unless the Council decides otherwise", "with the
        consent of", "upon request"), in order; where two overlap the longer is kept."""
        return self._listed_in(self._condition_rx, text)

    def exemptions_in(self, text: str) -> list[QualifierMatch]:
        """The exemptions in ``text`` ("shall not apply to", "exemption", "except"), in
        order."""
        return self._listed_in(self._exemption_rx, text)

    def safeguards_in(self, text: str) -> list[QualifierMatch]:
        """What an exemption is granted under, in ``text``: the Committee's prior
        approval, a notification."""
        return self._listed_in(self._safeguard_rx, text)

    def safeguard_rank(self, phrase: str) -> int:
        """How much a safeguard asks: 2 prior approval, 1 notification (safeguards.toml)."""
        entry = self._safeguards.get(phrase)
        return entry.rank if entry is not None else 0

    def emphasis_in(self, text: str) -> list[QualifierMatch]:
        """The emphasis words in ``text`` ("immediately", "fully", "without delay",
        "intensify"), each occurrence, in order."""
        return self._listed_in(self._emphasis_rx, text)

    def degree_in(self, text: str) -> DegreeMatch | None:
        """The highest-ranked intensity word of a censure or concern in ``text``
        ("deepest" 3, "grave" 2), or ``None``."""
        best: DegreeMatch | None = None
        for m in self._degree_rx.finditer(text):
            entry = self._degree_by_fold.get(self.fold(m.group()))
            if entry is not None and (best is None or entry.rank > best.rank):
                best = DegreeMatch(word=entry.word, rank=entry.rank, start=m.start())
        return best

    def _compile_censure_nouns(self) -> None:
        # The nouns and adjectives of censure and concern are the last words of the
        # lexicon's own censure phrases ("expresses its alarm", "noting with concern",
        # "reiterating its condemnation"), each at the lowest tier a phrase gives it; the
        # plural is read too ("expresses concerns"). Lead words ("condemns") and
        # modifier words ("in the strongest terms") are not nouns.
        phrases = [
            (form, entry.axis_b)
            for entry in self._verbs.values()
            if entry.axis_b is not None
            for form in entry.surface_forms
        ]
        phrases += [(k, e.axis_b) for k, e in self._preamble.items() if e.axis_b is not None]
        leads = self._lead_words | self._preamble_first_words
        modifier_words = {w for k in self._modifiers for w in self.fold(k).split(" ")}
        nouns: dict[str, int] = {}
        for phrase, tier in phrases:
            words = self.fold(phrase).split(" ")
            last = words[-1]
            if len(words) < 2 or last in leads or last in modifier_words:
                continue
            for form in (last, last + "s"):
                nouns[form] = min(tier, nouns.get(form, tier))
        self._censure_nouns = nouns
        # What may stand between a lead and its censure noun: "its", "and", a degree word
        # ("its alarm and deep concern"), "continued" ("its continued concern").
        self._censure_fillers = {"its", "and", "continued"} | {
            k for k in self._degree_by_fold if " " not in k
        }

    _CENSURE_TOKEN = re.compile(r"\s*+,?\s*+([A-Za-z]+)")

    def censure_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """A censure or concern a declaratory lead governs in words no phrase of the
        lexicon lists: "Reiterating| its alarm and deep concern", "Expresses| concerns".
        Returns where its last noun ends and its tier on axis B (the highest of its nouns,
        at least that of grave concern with a degree word such as "deep"), or ``None``
        when the words right after ``pos`` are not such a phrase."""
        end = None
        tier = 0
        degree = 0
        for count in range(8):
            m = self._CENSURE_TOKEN.match(text, pos)
            if m is None:
                break
            word = self.fold(m.group(1))
            if word in self._censure_nouns:
                tier = max(tier, self._censure_nouns[word])
                end = m.end()
            elif word in self._degree_by_fold:
                degree = max(degree, self._degree_by_fold[word].rank)
            elif word not in self._censure_fillers or (word == "its" and count):
                break
            pos = m.end()
        if end is None:
            return None
        return end, max(tier, 2) if degree >= 2 else tier

    def addressee_in(self, text: str) -> AddresseeMatch | None:
        """The first addressee noun of ``text`` ("parties", "Member States") with its scope:
        ``all`` ("all parties"), ``narrowed`` ("relevant parties", "Member States in a
        position to do so") or ``plain`` ("the parties")."""
        # Most windows name no addressee noun: a look for the nouns' words spares the
        # pattern, which tries its optional scope word at every position. (Not through
        # the _keyed cache: these windows would push the paragraphs out of it.)
        if not may_match(self._addressee_rx, text, " ".join(text.lower().split())):
            return None
        m = self._addressee_rx.search(text)
        if m is None:
            return None
        noun = self._noun_by_fold.get(self.fold(m.group("noun")), self.fold(m.group("noun")))
        scope: Literal["all", "plain", "narrowed"] = "plain"
        by = None
        for group in ("after", "before"):
            word = m.group(group)
            if word:
                entry = self._scope_by_fold.get(self.fold(word))
                if entry is not None and (entry.scope == "narrowed" or scope == "plain"):
                    scope, by = entry.scope, entry.phrase
        return AddresseeMatch(
            noun=noun, text=m.group().strip(), scope=scope, by=by, start=m.start(), end=m.end()
        )

    def lifecycle_in(self, text: str) -> list[LifecycleMatch]:
        """The life-cycle words of measures and mandates in ``text`` ("renew", "lift",
        "for a final time"), in order, each entry once per place."""
        found: list[LifecycleMatch] = []
        lowered = _keyed(text)
        if self._lifecycle_any is not None and not self._lifecycle_any.search(lowered):
            return found
        for entry, rx, keys in self._lifecycle_rx:
            if keys is not None and not keys.search(lowered):
                continue
            if not may_match(rx, text, lowered):
                continue
            for m in rx.finditer(text):
                found.append(
                    LifecycleMatch(
                        id=entry.id,
                        label=entry.label,
                        stage=entry.stage,
                        text=m.group(),
                        start=m.start(),
                        end=m.end(),
                    )
                )
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        return found

    @property
    def lifecycle(self) -> Mapping[str, LifecycleEntry]:
        """Life-cycle words of measures and mandates by id."""
        return MappingProxyType(self._lifecycle)

    def restates(self, lemma: str) -> bool:
        """Whether an operative verb restates a standing provision ("reaffirms",
        "recalls"): with "shall" it ranks as the decision it restates."""
        entry = self._verbs.get(lemma)
        return entry is not None and entry.restates

    def broad_threat_subject(self, subject: str) -> bool:
        """Whether the subject of an Article 39 determination is the broad one ("the
        situation in X"), not a narrowed one ("armed groups in X"): the flag
        ``art39_broad_subject`` of flags.toml."""
        if "art39_broad_subject" not in self._flag_rx:
            return True
        rx, _ = self._flag_rx["art39_broad_subject"]
        return rx.match(subject.strip()) is not None

    @property
    def quantity_types(self) -> Mapping[str, QuantityEntry]:
        """Typed quantities by id."""
        return MappingProxyType(self._quantities)

    def quantities_in(self, text: str) -> list[QuantityMatch]:
        """The typed quantities of ``text`` in order: symbols, citations, paragraph
        references, dates, durations, intervals, caps, ceilings. Where matches overlap the
        longest wins, so "S/2021/309" is one symbol and never the number 309."""
        hits: list[QuantityMatch] = []
        lowered = _keyed(text)
        for entry, patterns, keys in self._quantity_rx:
            if keys is not None and not keys.search(lowered):
                continue
            for rx in patterns:
                if not may_match(rx, text, lowered):
                    continue
                for m in rx.finditer(text):
                    if m.end() <= m.start():
                        continue
                    value = m.group("value")
                    unit = m.groupdict().get("unit")
                    hits.append(
                        QuantityMatch(
                            id=entry.id,
                            label=entry.label,
                            kind=entry.kind,
                            larger=entry.larger,
                            added=entry.added,
                            text=m.group().strip(),
                            value=" ".join(value.split()),
                            unit=unit.lower() if unit else None,
                            number=_quantity_number(value, unit),
                            start=m.start(),
                            end=m.end(),
                        )
                    )
        return _longest(hits)

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

    def find_participles(self, text: str, start: int = 0) -> list[PreambleMatch]:
        """The preambular lead phrases that open a clause inside a recital after ``start``:
        after a comma, a semicolon or "and" ("Condemning ..., recalling ..., and further
        urging ..."), each a clause of its own."""
        found: list[PreambleMatch] = []
        pos = start
        for b in self._participle_boundary.finditer(text, start):
            at = b.start(1)
            if at < pos or self._fold_word(b.group(1)) not in self._preamble_first_words:
                # Most commas are followed by anything but a lead phrase: a set look-up
                # spares the big pattern.
                continue
            more = self.match_preamble(text[at:])
            if more is None or more.start != 0:
                continue
            found.append(more.model_copy(update={"start": at, "end": at + more.end}))
            pos = at + more.end
        return found


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_FREQUENCY_DAYS = {
    "weekly": 7, "monthly": 30, "bimonthly": 60, "bi-monthly": 60, "quarterly": 91,
    "biannual": 182, "bi-annual": 182, "semi-annual": 182, "annual": 365, "yearly": 365,
}  # fmt: skip


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def _longest(found: list[_S]) -> list[_S]:
    """Matches in order where two overlap the longer is kept."""
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_S] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


@functools.lru_cache(maxsize=256)
def _keyed(text: str) -> str:
    """The text as keywords are looked for in it: lower case, one space between words
    (a keyword "not apply" must find "shall not  apply" across a line break too).
    Cached: every feature of a paragraph looks for its keywords in the same text."""
    return " ".join(text.lower().split())


class _Keywords:
    """An entry's keywords: lower-case substrings one of which every match of the entry
    contains, looked for in the keyed text (:func:`_keyed`) before the entry's own
    patterns run. ``in`` on a few short literals is several times faster than a regular
    expression alternating them (measured on the 500-paragraph speed benchmark: the
    hedges' group test 25 -> 4 ms), and finds exactly the same: a keyword occurs or not."""

    __slots__ = ("keys",)

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(dict.fromkeys(keys))

    def search(self, text: str) -> bool:
        """Whether one of the keywords occurs in ``text``."""
        # A plain loop: a generator in any() costs more than the tests themselves.
        for key in self.keys:  # noqa: SIM110
            if key in text:
                return True
        return False


def _keyword_rx(keys: tuple[str, ...]) -> _Keywords | None:
    """An entry's keywords, or ``None`` when it has none (its patterns are always tried)."""
    if not keys:
        return None
    return _Keywords(keys)


def _group_rx(keys: Iterable[_Keywords | None]) -> _Keywords | None:
    """The keywords of a whole group of entries (all hedges, all life-cycle words): when
    none occurs, no entry can match, so the group is skipped with a single test. ``None``
    when an entry of the group has no keywords (it must always be tried)."""
    found: list[str] = []
    for entry in keys:
        if entry is None:
            return None
        found.extend(entry.keys)
    return _Keywords(found) if found else None


def _quantity_number(value: str, unit: str | None) -> float | None:
    """The value of a quantity as a number, times in days: "twelve" months -> 360,
    "2,000,000" -> 2000000, "quarterly" -> 91; ``None`` for values that are names
    (symbols, dates)."""
    words = value.lower().replace("-", " ").split()
    if not words:
        return None
    if len(words) == 1 and words[0] in _FREQUENCY_DAYS:
        return float(_FREQUENCY_DAYS[words[0]])
    number: float | None = None
    if len(words) == 1 and words[0] == "other":
        number = 2.0
    elif re.fullmatch(r"[\d,]+(?:\.\d+)?", words[0]) and len(words) == 1:
        number = float(words[0].replace(",", ""))
    else:
        total = current = 0
        for word in words:
            if word == "and":
                continue
            n = NUMBER_WORDS.get(word)
            if n is None:
                return None
            if n in (100, 1000):
                current = max(current, 1) * n
                if n == 1000:
                    total, current = total + current, 0
            else:
                current += n
        number = float(total + current)
    if unit:
        singular = unit.lower().rstrip("s")
        factor = _UNIT_DAYS.get(singular)
        if factor is not None:
            number *= factor
    return number


#: Every pattern of a lexicon is compiled through the cache of compiled patterns.
_compile = PATTERNS.compile


@functools.cache
def _default_lexicon() -> Lexicon:
    files = package_files()
    PATTERNS.open(cache_key(files), cache_dir())
    paths = [path for path, _ in files]
    cached = PATTERNS.documents(paths)
    if cached is not None:
        documents = list(zip(paths, cached, strict=True))
    else:
        documents = [(path, _parse_toml(text, path=path)) for path, text in files]
        PATTERNS.keep_documents(documents)
    try:
        return Lexicon(_package_parts(documents))
    finally:
        PATTERNS.save()
