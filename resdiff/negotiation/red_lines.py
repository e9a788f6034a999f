"""Red lines: what a delegation will not accept, written as data and checked against a
draft (and, for some rules, against the draft it revises).

A red-lines file is TOML with one ``[[rule]]`` table per red line::

    delegation = "Japan"

    [[rule]]
    name = "Chapter VII must stay"
    type = "chapter_vii"                    # present = true is the default

    [[rule]]
    name = "Condemnation of the launches"
    type = "min_strength"
    paragraph = { contains = "launches" }   # or { ref = "OP1" }; section = "operative"
    axis = "censure"                        # or "force"
    at_least = "condemns"                   # a verb or phrase of the lexicon, or a tier

    [[rule]]
    name = "Transfer ban stays mandatory"
    type = "measure_mode"
    measure = "wmd_missile"                 # a measure id of the lexicon, or "any"
    mode = "mandatory"                      # = at_least; at_most = "hortatory" caps it

    [[rule]]
    name = "No vigilance language"
    type = "forbidden_phrase"
    phrase = "exercise vigilance"

    [[rule]]
    name = "Nothing demoted to the preamble"
    type = "no_demotion"                    # needs a base draft

    [[rule]]
    name = "No operative weakening"
    type = "no_weakening"                   # needs a base draft
    section = "operative"                   # or "preamble" or "all"

Rule types: ``chapter_vii`` and ``art39`` (``present = true|false``), ``min_strength``
and ``max_strength`` (``paragraph``, ``axis``, ``at_least`` / ``at_most``),
``measure_mode`` (``measure``, ``mode`` / ``at_least`` / ``at_most``),
``forbidden_phrase`` and ``required_phrase`` (``phrase``, optional ``section``),
``no_demotion`` and ``no_weakening`` (``section``). Every rule has a ``name`` and may have
a ``note``. Paragraphs are named by ``ref`` or by ``contains`` (a phrase the paragraph
holds, any case and spacing), because refs change from one draft to the next; a
``contains`` rule looks at every paragraph holding the phrase and takes the strongest.

:func:`check` returns a :class:`CheckResult`: each rule passed, failed or skipped (a rule
that needs a base draft, checked without one), with its evidence (ref, an excerpt, what
was found and what was required). A spec is validated when it is loaded: an unknown rule
type or key, a verb or measure the lexicon does not know, is a
:class:`~resdiff.errors.SpecError` naming the file, the line and the key::

    japan.toml:12: rule 2 ("Condemnation of the launches"): at_least: unknown verb
    or phrase "condems" (not in the lexicon)
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError, model_validator

from ..errors import ResdiffError, SpecError, toml_error
from ..model import (
    PART_BREAK,
    Change,
    Clause,
    Comparison,
    Draft,
    Frozen,
    MeasureMode,
    Section,
)
from ..safe import json_safe, printable

if TYPE_CHECKING:
    from ..api import DraftSource
    from ..lexicon import Lexicon

__all__ = [
    "Art39Rule",
    "ChapterVIIRule",
    "CheckResult",
    "Evidence",
    "ForbiddenPhraseRule",
    "MaxStrengthRule",
    "MeasureModeRule",
    "MinStrengthRule",
    "NoDemotionRule",
    "NoWeakeningRule",
    "ParagraphSelector",
    "RedLines",
    "RequiredPhraseRule",
    "Rule",
    "RuleResult",
    "add_check_command",
    "check",
    "load_red_lines",
    "main_check",
    "run_check",
]

Axis = Literal["force", "censure"]
SectionChoice = Literal["operative", "preamble", "all"]
Status = Literal["pass", "fail", "skipped"]

_MODE_RANK: dict[str, int] = {"voluntary": 1, "hortatory": 2, "mandatory": 3}
_AXIS_MAX = {"force": 6, "censure": 7}


def _no_bool(value: object) -> object:
    """Refuse ``true``/``false`` where a tier is asked for: pydantic would read ``true``
    as the integer 1, a tier nobody wrote."""
    if isinstance(value, bool):
        raise ValueError(
            f"{str(value).lower()} is not a tier: expected a verb, a phrase or a tier number"
        )
    return value


#: A required strength: a verb or phrase of the lexicon, or a tier number (never a bool).
Strength = Annotated[str | int, BeforeValidator(_no_bool)]
_EXCERPT = 90


# ----------------------------------------------------------------------------- rules


class ParagraphSelector(Frozen):
    """Which paragraph a rule is about: by ``ref`` (``"OP1"``) or by ``contains`` (a
    phrase it holds, any case and spacing), optionally only in one ``section``."""

    ref: str | None = None
    contains: str | None = None
    section: Section | None = None

    @model_validator(mode="after")
    def _one_way(self) -> ParagraphSelector:
        if (self.ref is None) == (self.contains is None):
            raise ValueError("give exactly one of ref and contains")
        if self.contains is not None and not self.contains.strip():
            raise ValueError("contains must not be empty")
        return self

    def describe(self) -> str:
        """``OP1`` or ``the paragraphs containing “launches”``."""
        where = f" of the {self.section} part" if self.section else ""
        if self.ref is not None:
            return self.ref + where
        return f"the paragraphs{where} containing “{self.contains}”"


class _Rule(Frozen):
    """Fields every rule has."""

    name: str = Field(min_length=1)
    note: str | None = None

    #: Whether the rule compares two drafts (needs a base draft).
    needs_base: ClassVar[bool] = False


class ChapterVIIRule(_Rule):
    """The draft acts under Chapter VII (``present = true``, the default) or does not."""

    type: Literal["chapter_vii"]
    present: bool = True


class Art39Rule(_Rule):
    """The draft makes an Article 39 determination (a threat to international peace and
    security) — or, with ``present = false``, does not."""

    type: Literal["art39"]
    present: bool = True


class MinStrengthRule(_Rule):
    """The paragraph reaches at least this tier on ``axis`` (``force``: decides 6 …
    declaratory 1; ``censure``: condemns in the strongest terms 7 … expresses concern
    1). ``at_least`` is a verb or phrase of the lexicon ("condemns", "calls upon") or a
    tier number."""

    type: Literal["min_strength"]
    paragraph: ParagraphSelector
    axis: Axis
    at_least: Strength


class MaxStrengthRule(_Rule):
    """Every paragraph selected stays at or below this tier on ``axis`` (a paragraph that
    is not there passes)."""

    type: Literal["max_strength"]
    paragraph: ParagraphSelector
    axis: Axis
    at_most: Strength


class MeasureModeRule(_Rule):
    """A sanctions measure (an id of the lexicon's ``[measures]``: ``arms_embargo``,
    ``asset_freeze``, ``travel_ban``, ``wmd_missile``, ..., or ``any``) is imposed at least
    in ``mode`` / ``at_least`` (it must be there), and/or at most in ``at_most`` (absent
    passes). Modes rank mandatory > hortatory > voluntary."""

    type: Literal["measure_mode"]
    measure: str
    mode: MeasureMode | None = None
    at_least: MeasureMode | None = None
    at_most: MeasureMode | None = None

    @model_validator(mode="after")
    def _some_mode(self) -> MeasureModeRule:
        if self.mode is not None and self.at_least is not None:
            raise ValueError("give mode or at_least, not both (mode means at_least)")
        if self.mode is None and self.at_least is None and self.at_most is None:
            raise ValueError("give mode, at_least or at_most")
        return self

    @property
    def minimum(self) -> MeasureMode | None:
        """The lowest mode accepted (``mode`` or ``at_least``)."""
        return self.mode or self.at_least


class ForbiddenPhraseRule(_Rule):
    """No paragraph (of ``section``, if given) holds the phrase (any case and spacing,
    British or American spelling)."""

    type: Literal["forbidden_phrase"]
    phrase: str = Field(min_length=1)
    section: Section | None = None


class RequiredPhraseRule(_Rule):
    """Some paragraph (of ``section``, if given) holds the phrase."""

    type: Literal["required_phrase"]
    phrase: str = Field(min_length=1)
    section: Section | None = None


class NoDemotionRule(_Rule):
    """No operative paragraph of the base draft was moved into the preamble (a demand
    turned into a recital). Needs a base draft."""

    type: Literal["no_demotion"]
    needs_base: ClassVar[bool] = True


class NoWeakeningRule(_Rule):
    """No paragraph of ``section`` (``operative`` by default, ``preamble`` or ``all``) was
    softened, made mixed, or dropped with a softer shift. Needs a base draft."""

    type: Literal["no_weakening"]
    section: SectionChoice = "operative"
    needs_base: ClassVar[bool] = True


Rule = Annotated[
    ChapterVIIRule
    | Art39Rule
    | MinStrengthRule
    | MaxStrengthRule
    | MeasureModeRule
    | ForbiddenPhraseRule
    | RequiredPhraseRule
    | NoDemotionRule
    | NoWeakeningRule,
    Field(discriminator="type"),
]

_RULE_TYPES: dict[str, type[_Rule]] = {
    "chapter_vii": ChapterVIIRule,
    "art39": Art39Rule,
    "min_strength": MinStrengthRule,
    "max_strength": MaxStrengthRule,
    "measure_mode": MeasureModeRule,
    "forbidden_phrase": ForbiddenPhraseRule,
    "required_phrase": RequiredPhraseRule,
    "no_demotion": NoDemotionRule,
    "no_weakening": NoWeakeningRule,
}
_TOP_KEYS = ("delegation", "description", "rule")


class RedLines(Frozen):
    """A delegation's red lines: the rules, and where they were read from (``source``,
    for messages; ``lines``, the line of each rule's ``[[rule]]`` header)."""

    delegation: str | None = None
    description: str | None = None
    rules: tuple[Rule, ...] = ()
    source: str | None = None
    lines: tuple[int | None, ...] = ()

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, lexicon: Lexicon | None = None) -> RedLines:
        """Read and validate a red-lines TOML file."""
        target = Path(path)
        try:
            text = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SpecError("red-lines file not found", path=str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"cannot read red-lines file: {exc}", path=str(path)) from None
        return cls.from_toml(text, name=str(path), lexicon=lexicon)

    @classmethod
    def from_toml(
        cls, text: str, *, name: str = "<red-lines>", lexicon: Lexicon | None = None
    ) -> RedLines:
        """Read and validate red lines from TOML text; ``name`` stands for the file in
        error messages."""
        return _Loader(text, name, lexicon).load()

    def validate_with(self, lexicon: Lexicon | None = None) -> RedLines:
        """Check every verb, phrase and measure against ``lexicon`` (default: the shipped
        one); returns ``self``. Specs read from TOML are checked on load; call this on a
        :class:`RedLines` built in code."""
        lex = _lexicon(lexicon)
        for k, rule in enumerate(self.rules):
            line = self.lines[k] if k < len(self.lines) else None

            def line_of(key: str | None, line: int | None = line) -> int | None:
                return line

            _check_semantics(rule, k, lex, line_of, self.source)
        return self


# ---------------------------------------------------------------------------- loading


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    from ..lexicon import Lexicon

    return lexicon or Lexicon.default()


_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\]\]\s*(?:#.*)?$")
_TABLE = re.compile(r"^\s*\[")


def _label(k: int, raw: Mapping[str, Any] | Any) -> str:
    name = raw.get("name") if isinstance(raw, Mapping) else None
    return f'rule {k + 1} ("{name}")' if isinstance(name, str) and name else f"rule {k + 1}"


class _Loader:
    """Reads a spec, keeping the text to find the line of every rule and key."""

    def __init__(self, text: str, name: str, lexicon: Lexicon | None) -> None:
        self.text = text
        self.name = name
        self.lexicon = lexicon
        self.lines = text.splitlines()
        self.headers = [n for n, line in enumerate(self.lines, 1) if _HEADER.match(line)]

    def block(self, k: int) -> tuple[int, int] | None:
        """First and last line of the ``k``-th ``[[rule]]`` table."""
        if k >= len(self.headers):
            return None
        start = self.headers[k]
        end = len(self.lines)
        for n in range(start + 1, len(self.lines) + 1):
            if _TABLE.match(self.lines[n - 1]):
                end = n - 1
                break
        return start, end

    def key_line(self, k: int, key: str | None) -> int | None:
        """The line of ``key`` in rule ``k`` (its header line when the key is not
        written, or for the rule as a whole)."""
        block = self.block(k)
        if block is None:
            return self.top_key_line("rule")
        start, end = block
        if key:
            quoted = re.escape(key)
            rx = re.compile(rf"""^\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*=""")
            for n in range(start, end + 1):
                if rx.match(self.lines[n - 1]):
                    return n
        return start

    def top_key_line(self, key: str) -> int | None:
        """The line of a top-level key (or of a ``[key]`` table header)."""
        quoted = re.escape(key)
        rx = re.compile(rf"""^\s*(?:{quoted}|"{quoted}")\s*=""")
        header = re.compile(rf"^\s*\[\s*{quoted}\s*\]")
        in_top = True
        for n, line in enumerate(self.lines, 1):
            if header.match(line):
                return n
            if in_top and rx.match(line):
                return n
            if _TABLE.match(line):
                in_top = False
        return None

    def error(self, message: str, line: int | None) -> SpecError:
        return SpecError(message, path=self.name, line=line)

    def load(self) -> RedLines:
        try:
            doc = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            raise toml_error(exc, SpecError, self.name) from None
        except RecursionError:
            # tomllib recurses once per nested array or inline table: a value nested
            # thousands deep exhausts the stack before any rule is read.
            raise self.error(
                "invalid TOML: arrays or inline tables nested too deep "
                "(a red-lines file needs two levels)",
                None,
            ) from None
        for key in doc:
            if key not in _TOP_KEYS:
                raise self.error(
                    f'unknown key "{key}" (expected {", ".join(_TOP_KEYS)}; each red line '
                    "is a [[rule]] table)",
                    self.top_key_line(key),
                )
        for key in ("delegation", "description"):
            if key in doc and not isinstance(doc[key], str):
                raise self.error(f"{key} must be a string", self.top_key_line(key))
        raw_rules = doc.get("rule", [])
        if not isinstance(raw_rules, list):
            raise self.error(
                "rule must be an array of tables: write each red line as [[rule]]",
                self.top_key_line("rule"),
            )
        if not raw_rules:
            raise self.error("no red lines: add at least one [[rule]] table", None)
        lex = _lexicon(self.lexicon)
        rules: list[Rule] = []
        for k, raw in enumerate(raw_rules):
            rule = self.rule(k, raw)

            def line_of(key: str | None, k: int = k) -> int | None:
                return self.key_line(k, key)

            _check_semantics(rule, k, lex, line_of, self.name)
            rules.append(rule)
        return RedLines(
            delegation=doc.get("delegation"),
            description=doc.get("description"),
            rules=tuple(rules),
            source=self.name,
            lines=tuple(self.key_line(k, None) for k in range(len(rules))),
        )

    def rule(self, k: int, raw: Any) -> Rule:
        label = _label(k, raw)
        if not isinstance(raw, dict):
            raise self.error(f"{label}: expected a table", self.key_line(k, None))
        kind = raw.get("type")
        known = ", ".join(_RULE_TYPES)
        if kind is None:
            raise self.error(f"{label}: type is required (one of: {known})", self.key_line(k, None))
        if kind not in _RULE_TYPES:
            raise self.error(
                f'{label}: type: unknown rule type "{kind}" (known: {known})',
                self.key_line(k, "type"),
            )
        model = _RULE_TYPES[kind]
        fields = [f for f in model.model_fields if f != "type"]
        for key in raw:
            if key != "type" and key not in fields:
                raise self.error(
                    f'{label}: unknown key "{key}" for a {kind} rule '
                    f"(known keys: type, {', '.join(fields)})",
                    self.key_line(k, key),
                )
        selector = raw.get("paragraph")
        if isinstance(selector, dict):
            known_sub = list(ParagraphSelector.model_fields)
            for key in selector:
                if key not in known_sub:
                    raise self.error(
                        f'{label}: paragraph: unknown key "{key}" '
                        f"(known keys: {', '.join(known_sub)})",
                        self.key_line(k, "paragraph"),
                    )
        try:
            return _rule_adapter().validate_python(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = [str(p) for p in first["loc"] if str(p) != kind]
            key = loc[0] if loc else None
            where = ".".join(loc)
            if first["type"] == "extra_forbidden":
                message = f'unknown key "{where}"'
            elif first["type"] == "missing":
                message = f"{where} is required for a {kind} rule"
            else:
                text = str(first["msg"]).removeprefix("Value error, ")
                message = f"{where}: {text}" if where else text
            raise self.error(f"{label}: {message}", self.key_line(k, key)) from None


@functools.cache
def _rule_adapter() -> TypeAdapter[Rule]:
    return TypeAdapter(Rule)


def _check_semantics(
    rule: Rule,
    k: int,
    lexicon: Lexicon,
    line_of: Callable[[str | None], int | None],
    path: str | None,
) -> None:
    """The checks that need the lexicon: verbs and phrases, tiers, measure ids."""
    label = f'rule {k + 1} ("{rule.name}")'

    def fail(key: str, message: str) -> SpecError:
        return SpecError(f"{label}: {key}: {message}", path=path, line=line_of(key))

    if isinstance(rule, MinStrengthRule | MaxStrengthRule):
        key = "at_least" if isinstance(rule, MinStrengthRule) else "at_most"
        value = rule.at_least if isinstance(rule, MinStrengthRule) else rule.at_most
        try:
            _required_tier(value, rule.axis, lexicon)
        except ValueError as exc:
            raise fail(key, str(exc)) from None
    if (
        isinstance(rule, MeasureModeRule)
        and rule.measure not in ("any", "*")
        and _measure_id(rule.measure, lexicon) is None
    ):
        known = ", ".join(sorted(lexicon.measures))
        raise fail("measure", f'unknown measure "{rule.measure}" (known: {known}, any)')


def _required_tier(value: str | int, axis: Axis, lexicon: Lexicon) -> tuple[int, str]:
    """``(tier, label)`` of a required strength: a tier number, or a verb / phrase of the
    lexicon on that axis. ``ValueError`` says what is wrong."""
    high = _AXIS_MAX[axis]
    if isinstance(value, bool):
        raise ValueError("expected a verb, a phrase or a tier number")
    if isinstance(value, int):
        if not 1 <= value <= high:
            raise ValueError(f"a {axis} tier must be between 1 and {high}")
        return value, f"tier {value}"
    phrase = " ".join(value.split())
    a: int | None
    b: int | None
    try:
        a, b = lexicon.tier_of(phrase)
    except KeyError:
        match = lexicon.match_preamble(phrase)
        if match is None or match.end < len(phrase):
            raise ValueError(f'unknown verb or phrase "{value}" (not in the lexicon)') from None
        a, b = None, match.axis_b
    tier = a if axis == "force" else b
    if tier is None:
        other = "censure" if axis == "force" else "force"
        raise ValueError(f'"{value}" has no tier on the {axis} axis (it ranks on {other})')
    return tier, f"{phrase.lower()} ({axis} {tier})"


def _measure_id(name: str, lexicon: Lexicon) -> str | None:
    wanted = " ".join(name.replace("_", " ").split()).lower()
    for key, entry in lexicon.measures.items():
        if wanted in (key.replace("_", " ").lower(), entry.label.lower()):
            return key
    return None


def load_red_lines(
    spec: RedLines | str | os.PathLike[str], *, lexicon: Lexicon | None = None
) -> RedLines:
    """A :class:`RedLines` from a model, a path, or TOML text (a string holding a
    newline or ``[[rule]]`` is read as TOML, any other string as a path)."""
    if isinstance(spec, RedLines):
        return spec
    if isinstance(spec, str) and ("\n" in spec or "[[" in spec):
        return RedLines.from_toml(spec, lexicon=lexicon)
    return RedLines.load(spec, lexicon=lexicon)


# ----------------------------------------------------------------------------- results


class Evidence(Frozen):
    """What a rule looked at: a paragraph ``ref``, an ``excerpt`` of its text, what was
    ``found`` there and what was ``required``."""

    ref: str | None = None
    excerpt: str | None = None
    found: str | None = None
    required: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.ref:
            parts.append(self.ref)
        if self.found is not None:
            parts.append(self.found)
        if self.required is not None:
            parts.append(f"(required: {self.required})")
        head = " ".join(parts)
        if self.excerpt:
            return f"{head}: “{self.excerpt}”" if head else f"“{self.excerpt}”"
        return head


class RuleResult(Frozen):
    """One rule checked: ``status`` pass, fail or skipped, a one-line ``message``, and
    the ``evidence``."""

    name: str
    type: str
    status: Status
    message: str
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None
    line: int | None = None

    @property
    def ok(self) -> bool:
        """Not failed (passed or skipped)."""
        return self.status != "fail"


class CheckResult(Frozen):
    """Every red line of a spec checked against a draft (and its base, when given).

    ``ok`` is true when no rule failed; ``str(result)`` is a readable report; the CLI exit
    code is :attr:`exit_code` (0 all hold, 1 one or more broken).
    """

    draft: str
    base: str | None = None
    delegation: str | None = None
    spec: str | None = None
    results: tuple[RuleResult, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every red line holds (skipped ones do not count as broken)."""
        return all(r.ok for r in self.results)

    @property
    def passed(self) -> tuple[RuleResult, ...]:
        """The rules that hold."""
        return tuple(r for r in self.results if r.status == "pass")

    @property
    def failed(self) -> tuple[RuleResult, ...]:
        """The rules that are broken."""
        return tuple(r for r in self.results if r.status == "fail")

    @property
    def skipped(self) -> tuple[RuleResult, ...]:
        """The rules that could not be checked (they need a base draft)."""
        return tuple(r for r in self.results if r.status == "skipped")

    @property
    def exit_code(self) -> int:
        """0 when every red line holds, 1 when one is broken."""
        return 0 if self.ok else 1

    def result(self, name: str) -> RuleResult:
        """The result of the rule called ``name``; ``KeyError`` if none."""
        for res in self.results:
            if res.name == name:
                return res
        raise KeyError(name)

    def report(self) -> str:
        """The results as text, one block per rule, broken ones marked ``FAIL``."""
        who = f"Red lines of {self.delegation}" if self.delegation else "Red lines"
        lines = [who + (f" ({self.spec})" if self.spec else "")]
        against = f", compared with {self.base}" if self.base else ""
        lines.append(f"Draft: {self.draft}{against}")
        lines.append("")
        for res in self.results:
            mark = {"pass": "PASS", "fail": "FAIL", "skipped": "SKIP"}[res.status]
            lines.append(f"  {mark}  {res.name}")
            lines.append(f"        {res.message}")
            shown = res.evidence if res.status == "fail" else res.evidence[:2]
            for ev in shown[:6]:
                lines.append(f"        - {ev}")
            if len(shown) > 6:
                lines.append(f"        - ... and {len(shown) - 6} more")
        lines.append("")
        broken, held, skipped = len(self.failed), len(self.passed), len(self.skipped)
        total = len(self.results)
        summary = (
            f"{broken} of {total} red lines broken" if broken else f"all {held} red lines hold"
        )
        if broken and held:
            summary += f", {held} hold"
        if skipped:
            reasons = sorted({r.message for r in self.skipped})
            summary += f", {skipped} not checked ({'; '.join(reasons)})"
        lines.append(summary + ".")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.report()


# ------------------------------------------------------------------------------ checks


def _excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """About ``_EXCERPT`` characters of ``text`` around ``start:end``."""
    end = len(text) if end is None else end
    if len(text) <= _EXCERPT:
        return text
    if end - start >= _EXCERPT or start < _EXCERPT // 3:
        cut = text[: max(_EXCERPT, 0)]
        return cut[: cut.rfind(" ")] + " …" if " " in cut else cut + "…"
    left = max(0, start - _EXCERPT // 3)
    piece = text[left : left + _EXCERPT]
    if left:
        piece = "… " + piece[piece.find(" ") + 1 :]
    if left + _EXCERPT < len(text):
        piece = piece[: piece.rfind(" ")] + " …"
    return piece


def _norm(text: str, lexicon: Lexicon) -> str:
    return lexicon.fold(text)


def _in_section(clause: Clause, section: str | None) -> bool:
    return section in (None, "all") or clause.section == section


def _top_level(draft: Draft, section: str | None) -> list[Clause]:
    return [c for c in draft.paragraphs if _in_section(c, section)]


def _select(draft: Draft, selector: ParagraphSelector, lexicon: Lexicon) -> list[Clause]:
    """The paragraphs (or the sub-paragraph, for a ``ref`` such as ``OP4(a)``) chosen."""
    if selector.ref is not None:
        try:
            clause = draft.clause(selector.ref)
        except KeyError:
            return []
        return [clause] if _in_section(clause, selector.section) else []
    assert selector.contains is not None
    wanted = _norm(selector.contains, lexicon)
    return [
        c for c in _top_level(draft, selector.section) if wanted in _norm(c.full_text(), lexicon)
    ]


def _strength(clause: Clause, axis: Axis) -> tuple[int, str | None, list[str]]:
    """The strongest tier on ``axis`` of a paragraph and its sub-paragraphs, the phrase
    that carries it, and the hedges of the paragraph."""
    best, phrase = 0, None
    hedges: list[str] = []
    for part in clause.walk():
        for p in part.phrases:
            hedges.extend(h for h in p.hedges if h not in hedges)
            if not p.led:
                continue  # words with no lead verb (a mandate task) carry no tier
            if axis == "force":
                if part.section == "preamble" and part.label is None:
                    continue  # a recital has no prescriptive force
                tier = p.axis_a or 1
            else:
                tier = p.axis_b or 0
            if tier > best:
                best, phrase = tier, p.text.lower()
    return best, phrase, hedges


def _strength_evidence(clause: Clause, axis: Axis, required: str) -> Evidence:
    tier, phrase, hedges = _strength(clause, axis)
    found = f"{phrase} ({axis} {tier})" if phrase else f"no {axis} phrase ({axis} 0)"
    if hedges:
        found += "; hedged: " + ", ".join(f"“{h}”" for h in hedges)
    return Evidence(
        ref=clause.ref, excerpt=_excerpt(clause.full_text()), found=found, required=required
    )


def _check_strength(
    rule: MinStrengthRule | MaxStrengthRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    minimum = isinstance(rule, MinStrengthRule)
    value = rule.at_least if isinstance(rule, MinStrengthRule) else rule.at_most
    tier, label = _required_tier(value, rule.axis, lexicon)
    required = f"{'at least' if minimum else 'at most'} {label}"
    chosen = _select(draft, rule.paragraph, lexicon)
    what = rule.paragraph.describe()
    if not chosen:
        if minimum:
            return "fail", f"no paragraph found: {what} — {required} required", ()
        return "pass", f"no paragraph found: {what}, so nothing exceeds {label}", ()
    evidence = tuple(_strength_evidence(c, rule.axis, required) for c in chosen)
    tiers = [(_strength(c, rule.axis)[0], c) for c in chosen]
    strongest, clause = max(tiers, key=lambda t: t[0])
    _, phrase, _ = _strength(clause, rule.axis)
    found = f"{clause.ref} {phrase or 'no ' + rule.axis + ' phrase'} ({rule.axis} {strongest})"
    if minimum:
        ok = strongest >= tier
        verdict = "reaches" if ok else "falls short of"
        best = [e for e in evidence if e.ref == clause.ref] + [
            e for e in evidence if e.ref != clause.ref
        ]
        return ("pass" if ok else "fail"), f"{found} {verdict} {label}", tuple(best)
    over = [e for (t, _c), e in zip(tiers, evidence, strict=True) if t > tier]
    if over:
        return "fail", f"{found} goes beyond {label}", tuple(over)
    return "pass", f"{found} stays within {label}", evidence


def _measures(draft: Draft, wanted: str | None) -> dict[str, tuple[int, Evidence]]:
    """The strongest mode of each measure (of kind ``wanted``, or all): its rank and the
    evidence."""
    found: dict[str, tuple[int, Evidence]] = {}
    for clause in draft.walk():
        for m in clause.measures:
            if wanted is not None and m.kind != wanted:
                continue
            rank = _MODE_RANK[m.mode]
            if m.kind not in found or rank > found[m.kind][0]:
                ev = Evidence(
                    ref=clause.ref, excerpt=_excerpt(clause.text), found=f"{m.label}: {m.mode}"
                )
                found[m.kind] = (rank, ev)
    return found


def _check_measure(
    rule: MeasureModeRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    kind = None if rule.measure in ("any", "*") else _measure_id(rule.measure, lexicon)
    label = "sanctions measure" if kind is None else lexicon.measures[kind].label
    wants = []
    if rule.minimum:
        wants.append(f"at least {rule.minimum}")
    if rule.at_most:
        wants.append(f"at most {rule.at_most}")
    required = " and ".join(wants)
    found = {
        k: (rank, ev.model_copy(update={"required": required}))
        for k, (rank, ev) in _measures(draft, kind).items()
    }
    evidence = tuple(ev for _, ev in found.values())
    problems: list[Evidence] = []
    if rule.minimum:
        low = _MODE_RANK[rule.minimum]
        if not found:
            return "fail", f"no {label} imposed — {required} required", ()
        if kind is not None:
            problems += [ev for rank, ev in found.values() if rank < low]
        elif all(rank < low for rank, _ in found.values()):
            problems += evidence
    if rule.at_most:
        high = _MODE_RANK[rule.at_most]
        problems += [ev for rank, ev in found.values() if rank > high and ev not in problems]
    if problems:
        what = "; ".join(f"{e.ref} {e.found}" for e in problems)
        return "fail", f"{what} — {required} required", tuple(problems)
    if not found:
        return "pass", f"no {label} imposed, so none beyond {rule.at_most}", ()
    what = "; ".join(f"{e.ref} {e.found}" for e in evidence)
    return "pass", f"{what} ({required})", evidence


def _check_phrase(
    rule: ForbiddenPhraseRule | RequiredPhraseRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    wanted = _norm(rule.phrase, lexicon)
    rx = re.compile(r"\b" + re.escape(wanted) + r"\b")
    hits = []
    for clause in draft.walk():
        if not _in_section(clause, rule.section):
            continue
        folded = _norm(clause.text, lexicon)
        m = rx.search(folded)
        if m is not None:
            hits.append(
                Evidence(
                    ref=clause.ref,
                    excerpt=_excerpt(clause.text, m.start(), m.end()),
                    found=f"“{rule.phrase}”",
                )
            )
    where = f" in the {rule.section} part" if rule.section else ""
    if isinstance(rule, ForbiddenPhraseRule):
        if hits:
            refs = ", ".join(h.ref or "" for h in hits)
            return "fail", f"“{rule.phrase}” found{where} in {refs}", tuple(hits)
        return "pass", f"“{rule.phrase}” is nowhere{where}", ()
    if hits:
        refs = ", ".join(h.ref or "" for h in hits)
        return "pass", f"“{rule.phrase}” found{where} in {refs}", tuple(hits)
    return "fail", f"“{rule.phrase}” is nowhere{where}", ()


def _flag(
    rule: ChapterVIIRule | Art39Rule, draft: Draft, cmp: Comparison | None
) -> tuple[Status, str, tuple[Evidence, ...]]:
    chapter = isinstance(rule, ChapterVIIRule)
    what = "Chapter VII" if chapter else "an Article 39 determination"
    present = draft.chapter_vii if chapter else draft.art39
    status_word = ""
    if cmp is not None:
        status = cmp.summary.chapter_vii if chapter else cmp.summary.art39
        status_word = f" ({status} since {cmp.old.name})"
    evidence: list[Evidence] = []
    if present:
        if chapter and draft.chapter_vii_formula is not None:
            f = draft.chapter_vii_formula
            evidence.append(Evidence(ref=f.ref, excerpt=f.formula, found="Chapter VII invoked"))
        elif not chapter and draft.art39_ref:
            clause = draft.clause(draft.art39_ref)
            evidence.append(
                Evidence(ref=clause.ref, excerpt=_excerpt(clause.text), found="determination")
            )
        text = f"acts under Chapter VII{status_word}" if chapter else f"makes {what}{status_word}"
    else:
        if chapter:
            for clause in draft.preamble:
                if clause.text.lower().startswith("acting under"):
                    evidence.append(
                        Evidence(
                            ref=clause.ref,
                            excerpt=_excerpt(clause.text),
                            found="acts under something else",
                        )
                    )
        text = (
            f"does not act under Chapter VII{status_word}"
            if chapter
            else f"makes no Article 39 determination{status_word}"
        )
    ok = present == rule.present
    required = ("required" if rule.present else "excluded") + f": {what}"
    return ("pass" if ok else "fail"), f"{draft.name} {text} — {required}", tuple(evidence)


def _change_evidence(change: Change) -> Evidence:
    from ..testing.assertions import format_redline

    shifts = "; ".join(s.describe() for c in change.walk() for s in c.shifts)
    return Evidence(
        ref=change.label,
        excerpt=_excerpt(format_redline(change.redline), 0, 0) if change.redline else None,
        found=f"{change.kind}" + (f": {shifts}" if shifts else ""),
    )


def _check_demotion(cmp: Comparison) -> tuple[Status, str, tuple[Evidence, ...]]:
    demoted = [
        c
        for c in cmp.changes
        if (c.old_section == "operative" and c.section == "preamble" and c.new)
        or any(s.feature == "section" and s.direction == "softer" for s in c.shifts)
    ]
    if demoted:
        labels = ", ".join(c.label for c in demoted)
        return (
            "fail",
            f"demoted to the preamble: {labels}",
            tuple(_change_evidence(c) for c in demoted),
        )
    return "pass", "no operative paragraph was moved into the preamble", ()


def _weakening(change: Change) -> bool:
    if change.kind in ("softened", "mixed"):
        return True
    return change.kind == "dropped" and any(
        s.direction == "softer" for c in change.walk() for s in c.shifts
    )


def _check_weakening(
    rule: NoWeakeningRule, cmp: Comparison
) -> tuple[Status, str, tuple[Evidence, ...]]:
    section: Section | None = None if rule.section == "all" else rule.section
    found = [c for c in cmp.where(section=section) if _weakening(c)]
    where = "the whole text" if section is None else f"the {section} part"
    if found:
        labels = ", ".join(f"{c.label} {c.kind}" for c in found)
        return "fail", f"weakened in {where}: {labels}", tuple(_change_evidence(c) for c in found)
    return "pass", f"nothing weakened in {where}", ()


def _unanalysed(draft: Draft, cmp: Comparison | None) -> str | None:
    """Names the draft (with its language) the lexicon could not read, if any."""
    infos = [(draft.name, draft.language, draft.analysis_unavailable)]
    if cmp is not None:
        infos += [(i.name, i.language, i.analysis_unavailable) for i in (cmp.old, cmp.new)]
    for name, language, unavailable in infos:
        if unavailable:
            return f"{name} (language: {language or 'unknown'})"
    return None


def _evaluate(
    rule: Rule, draft: Draft, cmp: Comparison | None, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    if rule.needs_base and cmp is None:
        return "skipped", "needs a base draft to compare with (base=... or --against)", ()
    if not isinstance(rule, ForbiddenPhraseRule | RequiredPhraseRule):
        # Every other rule reads the analysis; a draft the lexicon cannot read (not in
        # English) would fail them all as if the language were absent.
        unread = _unanalysed(draft, cmp)
        if unread is not None:
            return "skipped", f"cannot be checked: {unread} could not be analysed", ()
    if isinstance(rule, ChapterVIIRule | Art39Rule):
        return _flag(rule, draft, cmp)
    if isinstance(rule, MinStrengthRule | MaxStrengthRule):
        return _check_strength(rule, draft, lexicon)
    if isinstance(rule, MeasureModeRule):
        return _check_measure(rule, draft, lexicon)
    if isinstance(rule, ForbiddenPhraseRule | RequiredPhraseRule):
        return _check_phrase(rule, draft, lexicon)
    assert cmp is not None
    if isinstance(rule, NoDemotionRule):
        return _check_demotion(cmp)
    return _check_weakening(rule, cmp)


def _draft_of(cmp: Comparison, lexicon: Lexicon) -> Draft:
    """The new draft of a comparison, rebuilt from its changes' new texts and analysed:
    what the paragraph rules read when :func:`check` is given a comparison."""
    from ..analyze import analyze

    def build(change: Change, top: bool) -> Clause:
        ref = " + ".join(change.new)
        digits = "".join(ch for ch in change.new[0] if ch.isdigit()) if top else ""
        if top:
            label = f"{digits}." if change.section == "operative" else None
        else:
            m = re.search(r"(\([^()]*\))$", change.new[0])
            label = m.group(1) if m else None
        children = (
            tuple(build(c, False) for c in change.children if c.new)
            if len(change.new) == 1 and len(change.old) <= 1
            else ()
        )
        return Clause(
            ref=ref,
            section=change.section,
            label=label,
            text=change.new_text.replace(PART_BREAK, " "),
            children=children,
        )

    clauses = [build(c, True) for c in cmp.changes if c.new]
    draft = Draft(
        symbol=cmp.new.symbol,
        kind=cmp.new.kind,
        sponsors=cmp.new.sponsors,
        date=cmp.new.date,
        preamble=tuple(c for c in clauses if c.section == "preamble"),
        operative=tuple(c for c in clauses if c.section == "operative"),
    )
    return analyze(draft, lexicon)


def check(
    target: Draft | Comparison | DraftSource,
    spec: RedLines | str | os.PathLike[str],
    *,
    base: DraftSource | None = None,
    lexicon: Lexicon | None = None,
) -> CheckResult:
    """Check a delegation's red lines against a draft.

    ``target`` is a draft (or a path or text :func:`resdiff.parse` reads) or a
    :class:`~resdiff.model.Comparison` (its new draft is checked, against its old one).
    ``base`` is the draft it revises: the rules ``no_demotion`` and ``no_weakening`` need
    one and are skipped without it. ``spec`` is a :class:`RedLines`, a path to a TOML
    file, or TOML text. Raises :class:`~resdiff.errors.SpecError` for a bad spec.
    """
    from ..api import compare, parse

    lex = _lexicon(lexicon)
    red_lines = load_red_lines(spec, lexicon=lexicon)
    if not isinstance(spec, str | os.PathLike):
        red_lines.validate_with(lexicon)
    cmp: Comparison | None
    if isinstance(target, Comparison):
        cmp = target
        draft = _draft_of(cmp, lex)
        base_name: str | None = cmp.old.name
    else:
        draft = parse(target, lexicon=lexicon)
        cmp = compare(base, draft, lexicon=lexicon) if base is not None else None
        base_name = cmp.old.name if cmp is not None else None
    results = []
    for k, rule in enumerate(red_lines.rules):
        status, message, evidence = _evaluate(rule, draft, cmp, lex)
        results.append(
            RuleResult(
                name=rule.name,
                type=rule.type,
                status=status,
                message=message,
                evidence=evidence,
                note=rule.note,
                line=red_lines.lines[k] if k < len(red_lines.lines) else None,
            )
        )
    return CheckResult(
        draft=draft.name,
        base=base_name,
        delegation=red_lines.delegation,
        spec=red_lines.source,
        results=tuple(results),
    )


# ------------------------------------------------------------------------- command line


def add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``resdiff check DRAFT [--against BASE] --red-lines FILE`` to a CLI's
    sub-commands (``commands`` is what ``parser.add_subparsers()`` returned)."""
    cmd = commands.add_parser(
        "check",
        help="check a draft against a delegation's red lines",
        description="Check a draft against red lines written in TOML. Exit status: 0 every "
        "red line holds, 1 one or more is broken, 2 bad input or a bad red-lines file.",
    )
    cmd.add_argument("draft", help="the draft to check")
    cmd.add_argument(
        "--against",
        metavar="BASE",
        help="the draft it revises (needed by no_demotion and no_weakening rules)",
    )
    cmd.add_argument(
        "--red-lines", required=True, metavar="FILE", help="the red lines (a TOML file)"
    )
    cmd.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text: a readable report (default); json: the CheckResult model",
    )


def run_check(args: argparse.Namespace) -> int:
    """Run ``resdiff check`` on parsed arguments; returns 0 or 1 (a
    :class:`~resdiff.errors.ResdiffError` propagates: the CLI makes it exit 2)."""
    result = check(
        Path(args.draft),
        Path(args.red_lines),
        base=Path(args.against) if args.against else None,
    )
    if args.format == "json":
        sys.stdout.write(json_safe(result.model_dump_json(indent=2)) + "\n")
    else:
        sys.stdout.write(printable(result.report()) + "\n")
    return result.exit_code


def main_check(argv: Sequence[str] | None = None) -> int:
    """``resdiff check`` as a program of its own: the same arguments and exit codes
    (0 all hold, 1 one broken, 2 bad input or spec)."""
    parser = argparse.ArgumentParser(prog="resdiff")
    add_check_command(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(["check", *(sys.argv[1:] if argv is None else argv)])
    except SystemExit as exc:
        return 2 if exc.code else 0
    try:
        return run_check(args)
    except ResdiffError as exc:
        sys.stderr.write(f"resdiff: error: {exc}\n")
        return 2
