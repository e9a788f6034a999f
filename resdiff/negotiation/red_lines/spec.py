"""The red-lines spec: a delegation's rules, and the loader that reads them from TOML.

Each rule type is a model of :mod:`.models` (:class:`~.models.ChapterVIIRule`,
:class:`~.models.MinStrengthRule`, ...); :class:`RedLines` holds a delegation's rules with
the line each was read from. :class:`_Loader` reads a TOML spec and names the file, the
line and the key of anything wrong (an unknown rule type or key, a missing field);
:func:`_check_semantics` checks what needs the lexicon (verbs and phrases, tiers, measure
ids).
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from ...errors import SpecError, toml_error
from ...model import Frozen
from .amounts import RENEWAL, quantity_entry
from .models import (
    _AXIS_MAX,
    _RULE_TYPES,
    Axis,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    NoSunsetRule,
    ParagraphSelector,
    QuantityRule,
    Rule,
    parse_limit,
)

if TYPE_CHECKING:
    from ...lexicon import Lexicon


_TOP_KEYS = ("delegation", "description", "rule")

_UTF8_BOM = b"\xef\xbb\xbf"

#: What a red-lines file that is not text most often is: a draft given in its place.
_BINARY_KINDS = (
    (b"PK\x03\x04", "a Word document or another ZIP package"),
    (b"%PDF-", "a PDF"),
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 (.doc) or other OLE file"),
)


def _not_text(data: bytes, at: int) -> str:
    """Why bytes that are not UTF-8 are no red-lines file, in a user's words."""
    for magic, kind in _BINARY_KINDS:
        if data.startswith(magic):
            return f"{kind}, not a red-lines file: red lines are TOML text ([[rule]] tables)"
    return f"not UTF-8 text (byte {at + 1:,}): save the red-lines file as UTF-8 TOML text"


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
        """Read and validate a red-lines TOML file (at most :data:`MAX_SPEC_BYTES`)."""
        target = Path(path)
        try:
            with target.open("rb") as stream:
                # One byte over the limit is enough to refuse: /dev/zero is never read whole.
                data = stream.read(MAX_SPEC_BYTES + 1)
        except FileNotFoundError:
            raise SpecError("red-lines file not found", path=str(path)) from None
        except IsADirectoryError:
            raise SpecError(
                "is a folder: expected a red-lines file (.toml)", path=str(path)
            ) from None
        except OSError as exc:
            why = exc.strerror or str(exc)
            raise SpecError(f"cannot read red-lines file: {why}", path=str(path)) from None
        if len(data) > MAX_SPEC_BYTES:
            raise _too_large(
                f"red-lines file larger than the limit of {MAX_SPEC_BYTES:,} bytes", str(path)
            )
        try:
            # A byte-order mark (Notepad's "UTF-8 with BOM") is no TOML: it is left out,
            # and a byte past it is still counted from the file's start.
            bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
            text = data[bom:].decode("utf-8")
        except UnicodeDecodeError as exc:
            # Python's codec words ("can't decode byte 0x87 in position 12: invalid start
            # byte") told a user who gave a draft for the red lines nothing of what to do.
            raise SpecError(_not_text(data, bom + exc.start), path=str(path)) from None
        # As the file was once read as text: a lone CR is a line break too.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls.from_toml(text, name=str(path), lexicon=lexicon)

    @classmethod
    def from_toml(
        cls, text: str, *, name: str = "<red-lines>", lexicon: Lexicon | None = None
    ) -> RedLines:
        """Read and validate red lines from TOML text (at most :data:`MAX_SPEC_BYTES`
        characters); ``name`` stands for the file in error messages."""
        if len(text) > MAX_SPEC_BYTES:
            raise _too_large(
                f"red lines of {len(text):,} characters, more than the limit of {MAX_SPEC_BYTES:,}",
                name,
            )
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

#: Largest red-lines spec read, in bytes (or characters, given as text). A delegation's
#: red lines take a few kilobytes (a rule, about 80 bytes); each rule is checked against
#: the whole draft, so a spec of tens of thousands of rules is no use, only a cost.
MAX_SPEC_BYTES = 1024 * 1024


def _too_large(what: str, name: str) -> SpecError:
    """The error for a spec over :data:`MAX_SPEC_BYTES`: ``what`` it is, and why."""
    return SpecError(f"{what} (a delegation's red lines take a few kilobytes)", path=name)


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    from ...lexicon import Lexicon

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
        #: First and last line of each ``[[rule]]`` table, found in one pass: a table ends
        #: before the next table header of any kind (``[rule.paragraph]`` too).
        self.blocks: list[tuple[int, int]] = []
        start: int | None = None
        for n, line in enumerate(self.lines, 1):
            if not _TABLE.match(line):
                continue
            if start is not None:
                self.blocks.append((start, n - 1))
            start = n if _HEADER.match(line) else None
        if start is not None:
            self.blocks.append((start, len(self.lines)))
        #: The lines :meth:`top_key_line` found, by key: rules written as one inline
        #: array have no header, and each asks for the line of ``rule``.
        self._top_lines: dict[str, int | None] = {}

    def block(self, k: int) -> tuple[int, int] | None:
        """First and last line of the ``k``-th ``[[rule]]`` table."""
        return self.blocks[k] if k < len(self.blocks) else None

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
        if key not in self._top_lines:
            self._top_lines[key] = self._find_top_key(key)
        return self._top_lines[key]

    def _find_top_key(self, key: str) -> int | None:
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
        #: The index of the rule of each name: a lookup, not a scan of the rules before.
        names: dict[str, int] = {}
        for k, raw in enumerate(raw_rules):
            rule = self.rule(k, raw)

            def line_of(key: str | None, k: int = k) -> int | None:
                return self.key_line(k, key)

            _check_semantics(rule, k, lex, line_of, self.name)
            named = names.setdefault(rule.name, k)
            if named != k:
                # result(name) finds a red line by its name: two of one name would make
                # the second unreachable.
                raise self.error(
                    f'rule {k + 1}: name: "{rule.name}" is the name of rule {named + 1} too; '
                    "give each red line its own name",
                    self.key_line(k, "name"),
                )
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
            loc = [str(p) for p in first["loc"]]
            # The union's tag leads the location ("quantity", "at_least"): a field named
            # like its rule type ("quantity") stays; the member types of a union value
            # ("at_least", "str") are no key.
            if loc and loc[0] == kind:
                loc = loc[1:]
            loc = [p for p in loc if p not in _TYPE_NAMES and not p.startswith("function-")]
            key = loc[0] if loc else None
            where = ".".join(loc)
            article = "an" if kind[:1] in "aeiou" else "a"
            if first["type"] == "extra_forbidden":
                message = f'unknown key "{where}"'
            elif first["type"] == "missing":
                message = f"{where} is required for {article} {kind} rule"
            else:
                text = str(first["msg"]).removeprefix("Value error, ")
                message = f"{where}: {text}" if where else text
            raise self.error(f"{label}: {message}", self.key_line(k, key)) from None


#: The names pydantic gives the members of a union value in an error's location.
_TYPE_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict"})


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
    """The checks that need the lexicon, each naming the key's line: verbs and phrases,
    tiers, measure ids, quantity ids and their limits."""
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
    if (
        isinstance(rule, NoSunsetRule)
        and rule.measure.strip().lower() not in _ANY_SUNSET
        and _measure_id(rule.measure, lexicon) is None
    ):
        known = ", ".join(sorted(lexicon.measures))
        raise fail("measure", f'unknown measure "{rule.measure}" (known: any, mandate, {known})')
    if isinstance(rule, QuantityRule):
        entry = quantity_entry(rule.quantity, lexicon)
        if entry is None or entry.kind in _NAMES:
            named = {k for k, e in lexicon.quantity_types.items() if e.kind not in _NAMES}
            known = ", ".join(sorted(named | ({RENEWAL} if "duration" in named else set())))
            what = "unknown quantity" if entry is None else "no amount to limit in a"
            raise fail("quantity", f'{what} "{rule.quantity}" (known: {known})')
        if rule.matching is not None and not rule.matching.strip():
            raise fail("matching", "must not be empty")
        parsed: dict[str, tuple[float, bool]] = {}
        for key in ("at_least", "at_most"):
            value = getattr(rule, key)
            if value is None:
                continue
            try:
                parsed[key] = parse_limit(value)
            except ValueError as exc:
                raise fail(key, str(exc)) from None
            is_time = parsed[key][1]
            if is_time and entry.kind != "time":
                raise fail(key, f"a time, but a {entry.label} is not counted in time")
            if not is_time and entry.kind == "time":
                raise fail(key, f'a {entry.label} is a time: give it with a unit ("90 days")')
        if len(parsed) == 2 and parsed["at_least"][0] > parsed["at_most"][0]:
            raise fail("at_least", "is above at_most")


#: What a ``no_sunset`` rule's ``measure`` may say besides a measure id: any sunset, or
#: the sunsets no measure carries (a mandate's, a body's).
_ANY_SUNSET = ("any", "*", "mandate", "mandates")

#: Quantity kinds that are names, not amounts (dates, symbols, citations).
_NAMES = ("reference", "date")


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
