"""Reading a lexicon: TOML files into validated entries (:class:`Parts`), before any
pattern is compiled.

Each section of a file is a table of the entry models of :mod:`resdiff.lexicon.entries`;
a bad section, entry or TOML syntax raises :class:`~resdiff.errors.LexiconError` naming
the file and the entry. :mod:`resdiff.lexicon.match` compiles what this returns.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from ..errors import LexiconError, toml_error
from ..model import Frozen
from .entries import (
    AddresseeEntry,
    CouncilNameEntry,
    DegreeEntry,
    EmphasisEntry,
    Entry,
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
    Spelling,
    VerbEntry,
    WeightEntry,
    _norm,
)
from .lifecycle_entries import (
    BodyEntry,
    FragmentEntry,
    GrowthMoveEntry,
    LifecycleEntry,
    MentionEntry,
    ObjectEntry,
    StageEntry,
)
from .ocr import OcrSlipEntry
from .quantity_entries import QuantityEntry

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

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
    "degrees": (DegreeEntry, "word"),
    "emphasis": (EmphasisEntry, "phrase"),
    "addressees": (AddresseeEntry, "noun"),
    "scopes": (ScopeEntry, "phrase"),
    "conditions": (QualifierEntry, "phrase"),
    "exemptions": (QualifierEntry, "phrase"),
    "warnings": (QualifierEntry, "phrase"),
    "procedural": (QualifierEntry, "phrase"),
    "restated": (RestatedEntry, "phrase"),
    "safeguards": (SafeguardEntry, "phrase"),
    "lifecycle": (LifecycleEntry, "id"),
    "stages": (StageEntry, "stage"),
    "growth": (GrowthMoveEntry, "id"),
    "quantities": (QuantityEntry, "id"),
    "weights": (WeightEntry, "feature"),
    "items": (ItemEntry, "phrase"),
    "mentions": (MentionEntry, "phrase"),
    "objects": (ObjectEntry, "phrase"),
    # Keys kept as printed: "Committee" and "Group" name bodies, "group" does not.
    "bodies": (BodyEntry, "phrase"),
    # Keys kept as printed: the names the patterns write between braces.
    "fragments": (FragmentEntry, "name"),
    "organs": (OrganEntry, "phrase"),
    "council_names": (CouncilNameEntry, "phrase"),
    "means": (MeansEntry, "phrase"),
    "quote_ends": (QuoteEndEntry, "word"),
    # Keys kept as printed (case and all): "ail" is an OCR slip, "Ali" a name.
    "ocr": (OcrSlipEntry, "slip"),
}
_SECTIONS = (*_TABLES, "modifier_overrides", "spelling")
# Keys of these sections are phrases, kept in the normalised (lower-case) shape.
_PHRASE_KEYED = {
    "verbs",
    "preamble",
    "modifiers",
    "hedges",
    "modals",
    "degrees",
    "emphasis",
    "addressees",
    "scopes",
    "conditions",
    "exemptions",
    "warnings",
    "procedural",
    "restated",
    "safeguards",
    "items",
    "mentions",
    "objects",
    "organs",
    "council_names",
    "means",
    "quote_ends",
}


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
        # Entries marked ``extend = true``: the fields a file gives, kept apart until the
        # lexicon beneath is known (:meth:`absorb`), with the file that gave them.
        self.extensions: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}

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
            extend = value.get("extend", False)
            if not isinstance(extend, bool):
                raise LexiconError(f"{where}: extend must be true or false", path=path)
            value = {k: v for k, v in value.items() if k != "extend"}
            previous = self.origin.get((section, key))
            if previous is not None and previous != path:
                raise LexiconError(f"{where}: also defined in {previous}", path=path)
            self.origin[(section, key)] = path
            if extend:
                unknown = next((f for f in value if f not in model.model_fields), None)
                if unknown is not None:
                    raise LexiconError(f"{where}: {unknown} is not a known field", path=path)
                self.extensions[(section, key)] = (value, path)
                continue
            entry = _validate(model, {**value, key_field: key}, path=path, where=where)
            self.tables[section][key] = entry

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

    def absorb(self, other: _Parts, *, pending: bool = False) -> None:
        """Lay ``other`` over this: its entries add to or replace these, by key, and its
        entries marked ``extend = true`` change the fields they give of the entry of the
        same key here (``pending``: kept unapplied, as :meth:`copy` keeps them)."""
        for name, table in other.tables.items():
            self.tables[name].update(table)
        for (section, key), (fields, path) in other.extensions.items():
            if pending:
                self.extensions[(section, key)] = (fields, path)
            else:
                self.tables[section][key] = self._extended(section, key, fields, path)
        self.overrides.update(other.overrides)
        # Where each entry now comes from: a row of a user's file laid over the default
        # is named by that file when it contradicts another (lifecycle's stages).
        self.origin.update(other.origin)
        self.words.update(other.words)
        self.stems.extend(s for s in other.stems if s not in self.stems)
        self.endings.extend(e for e in other.endings if e not in self.endings)
        self.sources.extend(other.sources)

    def _extended(self, section: str, key: str, fields: dict[str, Any], path: str) -> Entry:
        """The entry ``key`` of ``section`` here with ``fields`` laid over it: a field given
        replaces the entry's, a list given adds its items to the entry's list (those not
        there already, after them), a field not given is kept."""
        where = f'{section}["{key}"]'
        base = self.tables[section].get(key)
        if base is None:
            raise LexiconError(
                f"{where}: extend = true, but the lexicon beneath has no such entry to "
                "extend (leave out extend to add it as a new entry)",
                path=path,
            )
        data = base.model_dump()
        for name, given in fields.items():
            held = data.get(name)
            if isinstance(held, tuple | list) and isinstance(given, list):
                data[name] = [*held, *(item for item in given if item not in held)]
            else:
                data[name] = given
        model, _ = _TABLES[section]
        return _validate(model, data, path=path, where=where)

    def copy(self) -> _Parts:
        new = _Parts()
        new.absorb(self, pending=True)
        return new


def _parse_toml(text: str, *, path: str) -> dict[str, Any]:
    # Imported here: the default lexicon comes from its cache on most runs, which then
    # parse no TOML and need not load tomllib (about 5.5 ms).
    import tomllib

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


def _package_folder() -> Traversable:
    """This package's folder: the module's own folder when the package is plain files (as
    installed), else what :func:`importlib.resources.files` finds (a zip).

    The two are the same path for plain files; ``resources.files`` first imports
    importlib's resource readers (:mod:`zipfile`, :mod:`tempfile` and :mod:`shutil` with
    them; ``importlib.resources`` itself imports the last two), about 5 ms of every
    command that loads the lexicon, to find a folder ``__file__`` names already."""
    if isinstance(__spec__.loader, SourceFileLoader | SourcelessFileLoader):
        return Path(__file__).parent
    from importlib import resources

    return resources.files(__package__)


def package_files() -> list[tuple[str, str]]:
    """The lexicon files shipped with resdiff, as (path, text), in name order."""
    root = _package_folder()
    return [
        (f"resdiff/lexicon/{item.name}", item.read_text(encoding="utf-8"))
        for item in sorted(root.iterdir(), key=lambda t: t.name)
        if item.name.endswith(".toml")
    ]


def _package_parts(documents: list[tuple[str, dict[str, Any]]]) -> _Parts:
    """The shipped lexicon's parsed files, as (path, TOML document), validated."""
    parts = _Parts()
    for path, doc in documents:
        parts.add_document(doc, path=path)
    return parts
