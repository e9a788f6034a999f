"""Reading texts for the index: which files the sources name, and the rows one text gives.

:func:`read_text` is the work each text needs (parse, analyse, fold) and the only
function :func:`resdiff.parallel.parallel_map` runs on the workers: it takes the file's
bytes, not its path, so that a worker on another machine needs no access to the files,
and it returns plain rows, so the database is written by one process in input order and
an index built on a cluster is the one built here.
"""

from __future__ import annotations

import datetime as _dt
import glob
import hashlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ResdiffError
from ..model import SourceFormat
from ..safe import shown_path
from .store import CorpusError

__all__ = [
    "SUFFIXES",
    "DocumentRow",
    "Metadata",
    "ParagraphRow",
    "ReadText",
    "Source",
    "expand_sources",
    "fold",
    "metadata_files",
    "paragraph_key",
    "read_metadata",
    "read_text",
]

#: The file suffixes a folder is searched for (what resdiff reads).
SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".xml", ".akn", ".docx", ".pdf"})

#: Formats the suffix decides, as :func:`resdiff.read.load` decides them for a path; the
#: rest (plain text, Word, PDF) are told from the bytes.
_SUFFIX_FORMATS: dict[str, SourceFormat] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".xml": "akn",
    ".akn": "akn",
}

#: zlib level for the stored JSON: close to the best ratio at a fraction of level 9's time.
_ZLIB_LEVEL = 6


@dataclass(frozen=True)
class Source:
    """One file to index: its path as given and its bytes' sha256 (the bytes travel
    separately, so that a skipped file is never read twice)."""

    path: str
    sha256: str


@dataclass(frozen=True)
class ParagraphRow:
    """What the index stores of one top-level paragraph (its sub-paragraphs included)."""

    position: int
    ref: str
    section: str
    text: str
    folded: str
    key: str
    lead: str | None
    axis_a: int | None
    axis_b: int | None
    measures: str
    flags: str
    clause: bytes


@dataclass(frozen=True)
class DocumentRow:
    """What the index stores of one text, besides its paragraphs."""

    sha256: str
    path: str
    format: str
    symbol: str | None
    draft_symbol: str | None
    date: str | None
    status: str | None
    kind: str | None
    title: str | None
    organ: str | None
    language: str | None
    chapter_vii: bool
    art39: bool
    use_of_force: bool
    preamble: int
    operative: int
    draft: bytes


@dataclass(frozen=True)
class ReadText:
    """The result of reading one text: its rows, or the error that stopped it."""

    path: str
    document: DocumentRow | None = None
    paragraphs: tuple[ParagraphRow, ...] = field(default=())
    error: str | None = None


def fold(text: str) -> str:
    """A paragraph's words as compared for agreed language: lower case, British spellings
    folded to American, punctuation, dashes and spacing dropped (the engine's own folds:
    :meth:`Lexicon.fold` then :func:`resdiff.align.normalise`), one space between words."""
    from ..align import normalise
    from ..lexicon import Lexicon

    return normalise(Lexicon.default().fold(text.replace("\u00ad", "")))


def paragraph_key(folded: str) -> str:
    """The key of a folded text: equal for texts that are the same words once folded
    (spaces dropped too, so "peace-building" and "peacebuilding" agree)."""
    return hashlib.blake2b(folded.replace(" ", "").encode("utf-8"), digest_size=16).hexdigest()


def read_text(item: tuple[str, bytes]) -> ReadText:
    """Parse and analyse one text (``(path, bytes)``) into the index's rows. Bad input
    gives a :class:`ReadText` with the error's message rather than an exception, so that
    one unreadable file among thousands is reported, not fatal."""
    path, data = item
    path = shown_path(path)
    from ..api import parse
    from ..lexicon import Lexicon
    from ..read import load

    suffix = Path(path).suffix.lower()
    fmt: SourceFormat | None = _SUFFIX_FORMATS.get(suffix)
    try:
        draft = parse(load(data, path=path, format=fmt))
    except ResdiffError as exc:
        return ReadText(path=path, error=str(exc))
    from ..analyze import NOT_A_RESOLUTION

    if any(w.code == NOT_A_RESOLUTION for w in draft.warnings):
        # A README or a report in a folder of resolutions: its paragraphs would stand in
        # the index as an (undated, "adopted") resolution and turn up as precedents.
        return ReadText(
            path=path, error=f"{path}: not a resolution (no enacting formula, no lead verb)"
        )
    lexicon = Lexicon.default()
    paragraphs = []
    for position, clause in enumerate(draft.paragraphs):
        text = clause.full_text()
        folded = fold(text)
        led = [p for c in clause.walk() for p in c.phrases if p.led]
        flags = lexicon.document_flags_in(text)
        measures = [[m.kind, m.mode, m.ends] for c in clause.walk() for m in c.measures]
        paragraphs.append(
            ParagraphRow(
                position=position,
                ref=clause.ref,
                section=clause.section,
                text=text,
                folded=folded,
                key=paragraph_key(folded),
                lead=led[0].lemma if led else None,
                axis_a=led[0].axis_a if led else None,
                axis_b=led[0].axis_b if led else None,
                measures=json.dumps(measures),
                flags=json.dumps(flags),
                clause=zlib.compress(clause.model_dump_json().encode("utf-8"), _ZLIB_LEVEL),
            )
        )
    source = draft.source
    document = DocumentRow(
        sha256=hashlib.sha256(data).hexdigest(),
        path=path,
        format=source.format if source else "text",
        symbol=draft.symbol,
        draft_symbol=draft.draft_symbol,
        date=draft.date.isoformat() if draft.date else None,
        status=draft.status,
        kind=draft.kind,
        title=draft.title,
        organ=draft.organ,
        language=draft.language,
        chapter_vii=draft.chapter_vii,
        art39=draft.art39,
        use_of_force=draft.use_of_force,
        preamble=len(draft.preamble),
        operative=len(draft.operative),
        draft=zlib.compress(draft.model_dump_json().encode("utf-8"), _ZLIB_LEVEL),
    )
    return ReadText(path=path, document=document, paragraphs=tuple(paragraphs))


def expand_sources(sources: list[str | os.PathLike[str]]) -> list[str]:
    """The files ``sources`` name, in a stable order: a file as given; a folder, every
    file under it with a suffix resdiff reads (:data:`SUFFIXES`, hidden files and folders
    left out), sorted; a glob pattern (``*``, ``?``, ``[``, ``**``), its matches, sorted.
    A file named twice is listed once. Raises :class:`CorpusError` for a source that
    names nothing."""
    found: list[str] = []
    seen: set[str] = set()

    def take(name: str) -> None:
        key = os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            found.append(name)

    for source in sources:
        name = os.fspath(source)
        path = Path(name)
        if path.is_dir():
            files = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                raise CorpusError(
                    f"no file resdiff reads in this folder ({', '.join(sorted(SUFFIXES))})",
                    path=name,
                )
            for file in files:
                take(file)
        elif path.is_file():
            take(name)
        elif glob.has_magic(name):
            matches = sorted(m for m in glob.glob(name, recursive=True) if os.path.isfile(m))
            if not matches:
                raise CorpusError("the pattern matches no file", path=name)
            for match in matches:
                take(match)
        else:
            raise CorpusError("no such file or folder", path=name)
    return found


@dataclass(frozen=True)
class Metadata:
    """What a metadata file says of one symbol (``date``: its adoption, when given)."""

    title: str | None
    agenda: str | None
    date: _dt.date | None = None


def _metadata_date(value: object) -> _dt.date | None:
    """An adoption date as the UN's extracts write it ("29 January 2021") or in ISO form
    ("2021-01-29"); ``None`` for anything else (a date is a help, never required)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    from ..lexicon.quantity_entries import MONTH_NAMES

    words = text.replace(",", " ").split()
    if len(words) != 3 or not words[0].isdigit() or not words[2].isdigit():
        return None
    month = next((k for k, m in enumerate(MONTH_NAMES, 1) if m.lower() == words[1].lower()), 0)
    try:
        return _dt.date(int(words[2]), month, int(words[0])) if month else None
    except ValueError:
        return None


#: Largest metadata file read (the UN's extract for a year is about 300 KB).
_METADATA_BYTES = 64 * 1024 * 1024


def metadata_files(sources: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The files :func:`read_metadata` reads for ``sources``: a file as given; a folder,
    its ``*.json`` and ``*.jsonl`` files (not those of its subfolders), sorted. Raises
    :class:`CorpusError` for a source that names nothing, or a folder without one."""
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix in (".json", ".jsonl")
            )
            if not found:
                raise CorpusError("no .json or .jsonl metadata file in this folder", path=str(path))
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise CorpusError("no such metadata file or folder", path=str(path))
    return files


def read_metadata(sources: list[str | os.PathLike[str]]) -> dict[str, Metadata]:
    """The title and agenda item of each symbol in JSON-lines files (a folder: every
    ``*.json`` and ``*.jsonl`` file in it, sorted): one object per line with ``symbol``
    and any of ``resolution_title`` / ``title``, ``agenda_item_name`` / ``agenda`` and
    ``adoption_date`` / ``date``;
    blank lines are skipped and a later line for the same symbol wins. Raises
    :class:`CorpusError` naming the file and line of anything else."""
    facts: dict[str, Metadata] = {}
    for path in metadata_files(sources):
        name = str(path)
        if path.stat().st_size > _METADATA_BYTES:
            raise CorpusError(f"metadata file larger than {_METADATA_BYTES:,} bytes", path=name)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"cannot read the metadata: {exc}", path=name) from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except (ValueError, RecursionError) as exc:
                raise CorpusError(
                    f"not a JSON object: {exc.args[0] if exc.args else exc}",
                    path=name,
                    line=number,
                ) from None
            if not isinstance(row, dict) or not isinstance(row.get("symbol"), str):
                raise CorpusError(
                    'expected a JSON object with a "symbol" string', path=name, line=number
                )
            title = row.get("resolution_title", row.get("title"))
            agenda = row.get("agenda_item_name", row.get("agenda"))
            for key, value in (("title", title), ("agenda", agenda)):
                if value is not None and not isinstance(value, str):
                    raise CorpusError(f"{key} must be a string", path=name, line=number)
            facts[row["symbol"].strip()] = Metadata(
                title=title or None,
                agenda=agenda or None,
                date=_metadata_date(row.get("adoption_date", row.get("date"))),
            )
    return facts
