"""The lexicon: what the lead phrases, modifiers, hedges, flags and measures of UN
resolutions mean, as data.

The knowledge lives in the TOML files next to this module (``verbs.toml``,
``preamble.toml``, ``modifiers.toml``, ``hedges.toml``, ``flags.toml``, ``measures.toml``,
``spelling.toml``); this module only validates, compiles and queries it. A user can load a
lexicon of their own with the same sections, or lay one over the default::

    lex = Lexicon.default().with_overrides("my-lexicon.toml")
    lex.match_operative("Strongly urges the DPRK to return ...").axis_a   # 4

Every entry is an immutable pydantic model; a bad entry raises
:class:`~resdiff.errors.LexiconError` naming the file and the entry::

    my-lexicon.toml: verbs["insist"]: axis_a must be between 1 and 6

Regular expressions are compiled once per :class:`Lexicon`, so the lookups can run on
thousands of paragraphs.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, Self, TypeVar

from pydantic import Field, ValidationError, field_validator, model_validator

from ..errors import LexiconError, toml_error
from ..model import Frozen, Measure, MeasureMode, Phrase

#: Highest tier on axis A (prescriptive force) and axis B (censure).
AXIS_A_MAX = 6
AXIS_B_MAX = 7

_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Lower case, one space between words: the shape every key and form is kept in."""
    return _SPACES.sub(" ", text).strip().lower()


def _check_tier(value: int | None, high: int) -> int | None:
    if value is not None and not 1 <= value <= high:
        raise ValueError(f"must be between 1 and {high}")
    return value


def _check_patterns(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for i, pattern in enumerate(patterns):
        try:
            re.compile(_spaces_in_pattern(pattern))
        except re.error as exc:
            raise ValueError(f"[{i}] is not a valid regular expression ({exc})") from exc
    return patterns


def _spaces_in_pattern(pattern: str) -> str:
    # A space in a data pattern stands for any run of whitespace: text copied from PDFs
    # keeps line breaks and double spaces, and data authors should not have to write \s+.
    return re.sub(r"(?<!\\) +", r"\\s+", pattern)


def third_person(lemma: str) -> str:
    """The 3rd person singular of a lemma, inflecting its first word: ``"call upon"`` ->
    ``"calls upon"``, ``"express concern"`` -> ``"expresses concern"``."""
    first, sep, rest = lemma.partition(" ")
    if re.search(r"(?:s|sh|ch|x|z|o)$", first):
        first += "es"
    elif re.search(r"[^aeiou]y$", first):
        first = first[:-1] + "ies"
    else:
        first += "s"
    return first + sep + rest


# --------------------------------------------------------------------------- entries


class Entry(Frozen):
    """Fields every lexicon entry has: a ``note`` saying why, and ``disabled`` to switch a
    default entry off from a user's file."""

    note: str | None = None
    disabled: bool = False


class PatternEntry(Entry):
    """An entry matched by regular expressions, with optional ``keywords``: lower-case
    substrings one of which every match contains, so that texts without any are skipped
    (a speed-up only; without keywords the patterns are always tried)."""

    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(value)

    @field_validator("keywords")
    @classmethod
    def _keywords(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(k != k.lower() or not k.strip() for k in value):
            raise ValueError("must be non-empty lower-case strings")
        return value


class TieredEntry(Entry):
    """An entry that places a verb on the strength ladders: ``axis_a`` (prescriptive
    force), ``axis_b`` (censure), at least one of them."""

    axis_a: int | None = None
    axis_b: int | None = None

    @field_validator("axis_a")
    @classmethod
    def _axis_a(cls, value: int | None) -> int | None:
        return _check_tier(value, AXIS_A_MAX)

    @field_validator("axis_b")
    @classmethod
    def _axis_b(cls, value: int | None) -> int | None:
        return _check_tier(value, AXIS_B_MAX)

    @model_validator(mode="after")
    def _some_axis(self) -> Self:
        if self.axis_a is None and self.axis_b is None:
            raise ValueError("needs axis_a, axis_b or both")
        return self


class VerbEntry(TieredEntry):
    """An operative verb or phrase: its lemma, the forms that open a clause, its tiers."""

    lemma: str
    forms: tuple[str, ...] = ()

    @field_validator("lemma")
    @classmethod
    def _lemma(cls, value: str) -> str:
        value = _norm(value)
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("forms")
    @classmethod
    def _forms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        forms = tuple(_norm(f) for f in value)
        if any(not f for f in forms):
            raise ValueError("must not contain an empty form")
        return forms

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The forms matched in text: ``forms``, or the 3rd person of the lemma."""
        return self.forms or (third_person(self.lemma),)


class PreambleEntry(Entry):
    """A preambular lead phrase ("Recalling", "Gravely concerned") and, when it expresses
    censure or concern, its axis-B tier."""

    phrase: str
    axis_b: int | None = None

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        value = _norm(value)
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("axis_b")
    @classmethod
    def _axis_b(cls, value: int | None) -> int | None:
        return _check_tier(value, AXIS_B_MAX)


class ModifierEntry(Entry):
    """A modifier of an operative verb and what it does to the verb's tiers.

    An intensifier adds ``effect_a`` / ``effect_b`` tiers, on axis A only from tier
    ``min_a`` up, and never above ``ceiling_a`` / ``ceiling_b``; it never lowers a tier.
    A continuer ("further", "also") changes nothing.
    """

    phrase: str
    kind: Literal["intensifier", "continuer"]
    position: Literal["pre", "post", "both"] = "pre"
    effect_a: int = Field(default=0, ge=0, le=AXIS_A_MAX - 1)
    effect_b: int = Field(default=0, ge=0, le=AXIS_B_MAX - 1)
    min_a: int = Field(default=1, ge=1, le=AXIS_A_MAX)
    ceiling_a: int = Field(default=AXIS_A_MAX, ge=1, le=AXIS_A_MAX)
    ceiling_b: int = Field(default=AXIS_B_MAX, ge=1, le=AXIS_B_MAX)

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        value = _norm(value)
        if not value:
            raise ValueError("must not be empty")
        return value

    @model_validator(mode="after")
    def _continuer_inert(self) -> ModifierEntry:
        if self.kind == "continuer" and (self.effect_a or self.effect_b):
            raise ValueError("a continuer cannot have an effect")
        return self


class ModifierOverride(TieredEntry):
    """An exception to the modifier rule: this modifier with this lemma gives these tiers
    ("strongly" + "encourage" stays at axis A 2)."""

    modifier: str
    lemma: str

    @field_validator("modifier", "lemma")
    @classmethod
    def _text(cls, value: str) -> str:
        return _norm(value)

    @property
    def key(self) -> tuple[str, str]:
        """``(modifier, lemma)``: what a user entry overrides by."""
        return (self.modifier, self.lemma)


HedgeKind = Literal["legal-qualifier", "discretion", "effort", "capacity", "timing", "voluntary"]


class HedgeEntry(PatternEntry):
    """A hedge that lowers a clause's effective force, with the reason why. The key is
    matched literally unless the entry has ``patterns``; ``variants`` are other literal
    wordings."""

    phrase: str
    kind: HedgeKind
    explanation: str
    variants: tuple[str, ...] = ()

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        return _norm(value)


class ModalEntry(Entry):
    """A modal verb and its rank (3 "shall" / "must" ... 1 "may")."""

    word: str
    rank: int = Field(ge=1, le=3)
    not_after: tuple[str, ...] = ()


class FlagEntry(PatternEntry):
    """A document-level flag (Chapter VII, Article 39 determination, use of force)."""

    id: str
    label: str
    patterns: tuple[str, ...] = Field(min_length=1)


class MeasureEntry(PatternEntry):
    """A kind of sanctions measure (domain.md §3) and the patterns that detect it."""

    id: str
    label: str
    patterns: tuple[str, ...] = Field(min_length=1)


class ModeRule(Entry):
    """When a measure is in this mode: its governing verb reaches ``min_axis_a``, or one
    of ``modals`` stands between that verb and the measure."""

    mode: MeasureMode
    min_axis_a: int = Field(ge=1, le=AXIS_A_MAX)
    modals: tuple[str, ...] = ()


class Spelling(Frozen):
    """British to American folds: whole words, and ``-is-`` stems that fold to ``-iz-``."""

    words: dict[str, str] = Field(default_factory=dict)
    ize_stems: tuple[str, ...] = ()
    ize_endings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- matches


class VerbMatch(Frozen):
    """An operative verb phrase found in a clause, with its tiers after modifiers.

    ``text`` is the phrase as printed ("Strongly urges"), ``start``/``end`` its offsets in
    the searched text. ``modifier`` holds the intensifiers ("strongly", "in the strongest
    terms"), ``continuers`` the words that change nothing ("further", "also").
    """

    text: str
    start: int
    end: int
    lemma: str
    form: str
    modifier: str | None = None
    continuers: tuple[str, ...] = ()
    axis_a: int | None = None
    axis_b: int | None = None
    base_axis_a: int | None = None
    base_axis_b: int | None = None

    def to_phrase(
        self,
        *,
        hedges: Iterable[str] = (),
        modal: str | None = None,
        addressee: str | None = None,
        offset: int = 0,
    ) -> Phrase:
        """This match as a :class:`~resdiff.model.Phrase` of a clause."""
        return Phrase(
            text=self.text,
            lemma=self.lemma,
            modifier=self.modifier,
            axis_a=self.axis_a,
            axis_b=self.axis_b,
            hedges=tuple(hedges),
            modal=modal,
            addressee=addressee,
            start=self.start + offset,
        )


class PreambleMatch(Frozen):
    """A preambular lead phrase found at the start of a paragraph."""

    text: str
    start: int
    end: int
    phrase: str
    modifier: str | None = None
    continuers: tuple[str, ...] = ()
    axis_b: int | None = None


class HedgeMatch(Frozen):
    """A hedge found in a clause: which one (``hedge``), the words, and why it weakens."""

    hedge: str
    text: str
    start: int
    end: int
    kind: HedgeKind
    explanation: str


class ModalMatch(Frozen):
    """A modal verb found in a clause."""

    word: str
    rank: int
    start: int


class FlagMatch(Frozen):
    """A document-level flag found in a text: ``flag`` is its id (``chapter_vii``)."""

    flag: str
    label: str
    text: str
    start: int
    end: int


class MeasureHit(Frozen):
    """A sanctions measure found in a clause.

    ``mode`` is ``None`` when the measure is only mentioned: its governing verb is
    declaratory ("recalls", "welcomes") and no modal imposes it. ``verb`` is the lemma of
    the governing verb, when one was found.
    """

    measure: str
    label: str
    mode: MeasureMode | None
    evidence: str
    start: int
    verb: str | None = None

    def to_measure(self) -> Measure | None:
        """This hit as a :class:`~resdiff.model.Measure`, or ``None`` without a mode."""
        if self.mode is None:
            return None
        return Measure(kind=self.measure, label=self.label, mode=self.mode, evidence=self.evidence)


# --------------------------------------------------------------------------- loading

_E = TypeVar("_E", bound=Frozen)

#: Table sections: name -> (entry model, field the table key goes into).
_TABLES: dict[str, tuple[type[Entry], str]] = {
    "verbs": (VerbEntry, "lemma"),
    "preamble": (PreambleEntry, "phrase"),
    "modifiers": (ModifierEntry, "phrase"),
    "hedges": (HedgeEntry, "phrase"),
    "modals": (ModalEntry, "word"),
    "flags": (FlagEntry, "id"),
    "measures": (MeasureEntry, "id"),
    "modes": (ModeRule, "mode"),
}
_SECTIONS = (*_TABLES, "modifier_overrides", "spelling")
# Keys of these sections are phrases, kept in the normalised (lower-case) shape.
_PHRASE_KEYED = {"verbs", "preamble", "modifiers", "hedges", "modals"}


def _describe(error: Mapping[str, Any]) -> str:
    loc = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "missing":
        return f"{loc} is required"
    if kind == "extra_forbidden":
        return f"{loc} is not a known field"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"{loc}: {message}"
    return f"{loc} {message}" if loc else message


def _validate(model: type[_E], data: dict[str, Any], *, path: str, where: str) -> _E:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise LexiconError(f"{where}: {_describe(first)}", path=path) from None


class _Parts:
    """The raw, validated contents of a lexicon before compilation (mutable while loading)."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, Entry]] = {name: {} for name in _TABLES}
        self.overrides: dict[tuple[str, str], ModifierOverride] = {}
        self.words: dict[str, str] = {}
        self.stems: list[str] = []
        self.endings: list[str] = []
        self.sources: list[str] = []
        # Where each entry came from, to name both files when one directory repeats it.
        self.origin: dict[tuple[str, str], str] = {}

    def add_document(self, doc: dict[str, Any], *, path: str) -> None:
        for section, body in doc.items():
            if section not in _SECTIONS:
                known = ", ".join(_SECTIONS)
                raise LexiconError(
                    f'unknown section "{section}" (expected one of: {known})', path=path
                )
            if section == "modifier_overrides":
                self._add_overrides(body, path=path)
            elif section == "spelling":
                self._add_spelling(body, path=path)
            else:
                self._add_table(section, body, path=path)
        self.sources.append(path)

    def _add_table(self, section: str, body: Any, *, path: str) -> None:
        if not isinstance(body, dict):
            raise LexiconError(f"{section}: expected a table of entries", path=path)
        model, key_field = _TABLES[section]
        for raw_key, value in body.items():
            where = f'{section}["{raw_key}"]'
            if not isinstance(value, dict):
                raise LexiconError(
                    f"{where}: expected a table, found {type(value).__name__}", path=path
                )
            if key_field in value:
                raise LexiconError(
                    f"{where}: {key_field} is given by the key and must not be repeated",
                    path=path,
                )
            key = _norm(raw_key) if section in _PHRASE_KEYED else raw_key
            entry = _validate(model, {**value, key_field: key}, path=path, where=where)
            previous = self.origin.get((section, key))
            if previous is not None and previous != path:
                raise LexiconError(f"{where}: also defined in {previous}", path=path)
            self.tables[section][key] = entry
            self.origin[(section, key)] = path

    def _add_overrides(self, body: Any, *, path: str) -> None:
        if not isinstance(body, list):
            raise LexiconError(
                "modifier_overrides: expected an array of tables ([[modifier_overrides]])",
                path=path,
            )
        for i, value in enumerate(body):
            where = f"modifier_overrides[{i}]"
            if not isinstance(value, dict):
                raise LexiconError(f"{where}: expected a table", path=path)
            entry = _validate(ModifierOverride, value, path=path, where=where)
            self.overrides[entry.key] = entry

    def _add_spelling(self, body: Any, *, path: str) -> None:
        if not isinstance(body, dict):
            raise LexiconError("spelling: expected a table", path=path)
        data = _validate(Spelling, body, path=path, where="spelling")
        self.words.update({_norm(k): _norm(v) for k, v in data.words.items()})
        self.stems.extend(s for s in data.ize_stems if s not in self.stems)
        self.endings.extend(e for e in data.ize_endings if e not in self.endings)

    def absorb(self, other: _Parts) -> None:
        """Lay ``other`` over this: its entries add to or replace these, by key."""
        for name, table in other.tables.items():
            self.tables[name].update(table)
        self.overrides.update(other.overrides)
        self.words.update(other.words)
        self.stems.extend(s for s in other.stems if s not in self.stems)
        self.endings.extend(e for e in other.endings if e not in self.endings)
        self.sources.extend(other.sources)

    def copy(self) -> _Parts:
        new = _Parts()
        new.absorb(self)
        return new


def _parse_toml(text: str, *, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(exc, LexiconError, path) from None


def _read_path(path: str | os.PathLike[str]) -> _Parts:
    target = Path(path)
    parts = _Parts()
    if target.is_dir():
        files = sorted(p for p in target.iterdir() if p.suffix == ".toml")
        if not files:
            raise LexiconError("no .toml files in lexicon directory", path=str(target))
    elif target.is_file():
        files = [target]
    else:
        raise LexiconError("lexicon file not found", path=str(target))
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LexiconError(f"cannot read lexicon file: {exc}", path=str(file)) from exc
        parts.add_document(_parse_toml(text, path=str(file)), path=str(file))
    return parts


# --------------------------------------------------------------------------- the lexicon


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
        self._overrides = {k: v for k, v in parts.overrides.items() if not v.disabled}
        self._compile_spelling(parts)
        self._compile_verbs()
        self._compile_preamble()
        self._compile_patterns()

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
        variants: dict[str, set[str]] = {}
        for british, american in fold_map.items():
            variants.setdefault(american, set()).add(british)
        self._variants = variants

    _WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")

    def fold(self, text: str) -> str:
        """``text`` in lower case, one space between words, British spellings folded to
        American ("Authorises" -> "authorizes", "programme" -> "program"). For matching
        and lemmas only: never shown as the draft's words."""
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

        return self._WORD.sub(one, _norm(text))

    def _fold_word(self, word: str) -> str:
        lower = word.lower()
        return self._fold_map.get(lower, lower)

    def _word_rx(self, word: str) -> str:
        spellings = sorted({word, *self._variants.get(word, ())}, key=len, reverse=True)
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
        self._op_start = re.compile(r"\s*" + body, re.IGNORECASE)
        # Inside a paragraph a verb must follow a clause boundary ("; ", ", ", " and ",
        # ", and ") and must not be a noun ("the reports and notes of the
        # Secretary-General", "requests for assistance").
        self._op_inner = re.compile(
            body
            + r"(?!\s*(?:of|for|made|by|submitted|received|contained|from)\b|\s*[;.:)\]]|\s*$)",
            re.IGNORECASE,
        )
        # A multi-word phrase ("decides to remain seized") cannot be a noun, so it is taken
        # without that guard ("... seized of the matter").
        self._op_inner_free = re.compile(body, re.IGNORECASE)
        self._boundary = re.compile(r"(?:[;,]\s*(?:and\s+)?|\band\s+)([A-Za-z]+)")
        # First words a clause-opening phrase can have: a cheap test before the big regex.
        self._lead_words = {self.fold(p).split(" ")[0] for p in (*form_to_lemma, *self._modifiers)}
        self._mod_rx = re.compile(rf"\b(?:{mods})\b", re.IGNORECASE)

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
        those after a clause boundary ("; ", ", ", " and ", ", and "), e.g. "Commends ...
        and requests ..." gives both. A word that is also a noun is not taken when a noun
        follows it ("notes of", "requests for")."""
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
        mods = self._alternation(
            k for k, m in self._modifiers.items() if m.position in ("pre", "both")
        )
        post = self._alternation(
            k
            for k, m in self._modifiers.items()
            if m.position in ("post", "both") and m.kind == "continuer"
        )
        phrases = self._alternation(self._preamble)
        self._pp_start = re.compile(
            rf"\s*(?P<pre>(?:(?:{mods})\b\s*,?\s*)*?)(?P<phrase>{phrases})\b"
            rf"(?P<post>(?:\s*,?\s*(?:{post})\b(?=\s*(?:that|to|the|its|their|all|,)\b))*)",
            re.IGNORECASE,
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
        b = entry.axis_b
        for name in intensifiers:
            mod = self._modifiers[name]
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
            axis_b=b,
        )

    # ----------------------------------------------------------------- patterns

    def _compile_patterns(self) -> None:
        def patterns_rx(patterns: Iterable[str]) -> re.Pattern[str]:
            joined = "|".join(f"(?:{_spaces_in_pattern(p)})" for p in patterns)
            return re.compile(joined or "(?!)", re.IGNORECASE)

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

        self._hedge_rx: list[tuple[HedgeEntry, re.Pattern[str], tuple[str, ...]]] = []
        for key, hedge in self._hedges.items():
            literals = list(hedge.variants) + ([] if hedge.patterns else [key])
            alternatives = [rf"\b(?:{self._phrase_rx(x)})\b" for x in literals]
            alternatives += list(hedge.patterns)
            self._hedge_rx.append((hedge, patterns_rx(alternatives), keywords(hedge, literals)))

        # Case-sensitive on purpose: "May 2006" is a month, "may" a modal. The words after
        # which a modal is a noun ("political will") are checked in Python: lookbehinds
        # in the regex would slow every search.
        words = sorted(self._modals, key=len, reverse=True)
        self._modal_rx = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" if words else "(?!)"
        )
        self._modal_guard = {
            w: re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(x) for x in m.not_after) + r")\s+$")
            for w, m in self._modals.items()
            if m.not_after
        }

        self._flag_rx = {k: (patterns_rx(f.patterns), keywords(f)) for k, f in self._flags.items()}
        self._measure_rx = [
            (m, patterns_rx(m.patterns), keywords(m)) for m in self._measures.values()
        ]
        self._mode_rules = sorted(self._modes.values(), key=lambda r: -r.min_axis_a)

    def hedges_in(self, text: str) -> list[HedgeMatch]:
        """Every hedge in ``text``, in order; where two overlap the longer is kept."""
        found: list[HedgeMatch] = []
        lowered = text.lower()
        for hedge, rx, keys in self._hedge_rx:
            if keys and not any(k in lowered for k in keys):
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
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[HedgeMatch] = []
        for hit in found:
            if kept and hit.start < kept[-1].end:
                if hit.end - hit.start > kept[-1].end - kept[-1].start:
                    kept[-1] = hit
                continue
            kept.append(hit)
        return kept

    def modals_in(self, text: str) -> list[ModalMatch]:
        """Every modal verb in ``text`` (lower case only), in order."""
        found: list[ModalMatch] = []
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
        if keys and not any(k in text.lower() for k in keys):
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

    def measures_in(self, text: str, *, governing: str | None = None) -> list[MeasureHit]:
        """The sanctions measures in ``text``, each once, in order, with their mode.

        The mode follows the verb governing the measure (the nearest verb before it) and
        any modal between that verb and the measure. For a sub-paragraph, pass the
        lead-in of its parent as ``governing``: its last verb governs when ``text`` has
        none of its own.
        """
        hits: list[MeasureHit] = []
        verbs: list[VerbMatch] | None = None
        modals: list[ModalMatch] | None = None
        lowered = text.lower()
        for entry, rx, keys in self._measure_rx:
            if keys and not any(k in lowered for k in keys):
                continue
            m = rx.search(text)
            if m is None:
                continue
            if verbs is None:
                verbs, modals = self.find_verbs(text), self.modals_in(text)
            assert modals is not None
            # A match that runs across a verb ("supply for armed groups ... and calls for
            # ... small arms") belongs to the phrase that verb opens: look again from it.
            while inner := [v for v in verbs if m.start() < v.start < m.end()]:
                again = rx.search(text, inner[-1].start)
                if again is None or again.start() < inner[-1].start:
                    break
                m = again
            verb = next((v for v in reversed(verbs) if v.start <= m.start()), None)
            lower = verb.end if verb is not None else 0
            modal = next((x for x in reversed(modals) if lower <= x.start < m.start()), None)
            if verb is None and governing:
                lead_verbs = self.find_verbs(governing)
                if lead_verbs:
                    verb = lead_verbs[-1]
                    if modal is None:
                        after = [x for x in self.modals_in(governing) if x.start >= verb.end]
                        modal = after[-1] if after else None
            mode = self.mode_for(
                verb.axis_a if verb is not None else None, modal.word if modal else None
            )
            hits.append(
                MeasureHit(
                    measure=entry.id,
                    label=entry.label,
                    mode=mode,
                    evidence=m.group(),
                    start=m.start(),
                    verb=verb.lemma if verb is not None else None,
                )
            )
        hits.sort(key=lambda h: h.start)
        return hits


def _package_parts() -> _Parts:
    parts = _Parts()
    root = resources.files(__name__)
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".toml"):
            path = f"resdiff/lexicon/{item.name}"
            parts.add_document(_parse_toml(item.read_text(encoding="utf-8"), path=path), path=path)
    return parts


@functools.cache
def _default_lexicon() -> Lexicon:
    return Lexicon(_package_parts())


__all__ = [
    "AXIS_A_MAX",
    "AXIS_B_MAX",
    "Entry",
    "FlagEntry",
    "FlagMatch",
    "HedgeEntry",
    "HedgeMatch",
    "Lexicon",
    "MeasureEntry",
    "MeasureHit",
    "ModalEntry",
    "ModalMatch",
    "ModeRule",
    "ModifierEntry",
    "ModifierOverride",
    "PreambleEntry",
    "PreambleMatch",
    "Spelling",
    "VerbEntry",
    "VerbMatch",
    "third_person",
]
