"""The index file: one SQLite database, its tables, and the checks that an opened file is
a resdiff index this version can read.

SQLite, not DuckDB: it is in the standard library (no extra to install, nothing to
build), it is a single file that any SQLite tool can inspect, and the index is read by
point look-ups (a paragraph's folded text, one word's postings) and written by one
process, which is SQLite's strength; DuckDB's columnar scans would help analytical
queries over all paragraphs, which the index never makes (README, "The corpus index").

Tables:

- ``meta``: ``format`` (always :data:`FORMAT`), ``schema`` (:data:`SCHEMA_VERSION`) and
  the resdiff version that wrote the file;
- ``documents``: one row per text, with what :class:`~resdiff.model.Draft` says of it
  (symbol, draft symbol, date, status, kind, title, organ, flags), its source path and
  sha256, the agenda item and (for a text without one) the title when metadata gave them
  (``title_source`` says which: ``text`` or ``metadata``), the range of its paragraphs' ids, and
  the whole draft as zlib-compressed JSON;
- ``paragraphs``: one row per top-level paragraph (PP/OP), its sub-paragraphs included:
  ref, section, text, the key of its folded text, the lead verb and its tiers, measures,
  flags, and the analysed :class:`~resdiff.model.Clause` as zlib-compressed JSON;
- ``folded``: each paragraph's folded text, in a narrow table of its own: candidates are
  scored on it, thousands per query, and a narrow row is one page read, not several;
- ``terms``: the candidate index, one row per folded word: how many paragraphs hold it
  (``df``, also in the covering index ``terms_df``, so that counts are read without the
  ids) and their ids (packed unsigned 32-bit integers, ascending).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import ResdiffError

__all__ = ["FORMAT", "SCHEMA_VERSION", "CorpusError", "connect", "create"]

#: What the ``meta`` table's ``format`` says in every resdiff index.
FORMAT = "resdiff-corpus"
#: The layout of the tables; a file with a higher number was written by a newer resdiff.
SCHEMA_VERSION = 1

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    symbol TEXT,
    draft_symbol TEXT,
    date TEXT,
    status TEXT,
    kind TEXT,
    title TEXT,
    title_source TEXT,
    organ TEXT,
    agenda TEXT,
    language TEXT,
    chapter_vii INTEGER NOT NULL,
    art39 INTEGER NOT NULL,
    use_of_force INTEGER NOT NULL,
    preamble INTEGER NOT NULL,
    operative INTEGER NOT NULL,
    first_paragraph INTEGER NOT NULL,
    last_paragraph INTEGER NOT NULL,
    draft BLOB NOT NULL
);
CREATE INDEX documents_symbol ON documents (symbol);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_path ON documents (path);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents (id),
    position INTEGER NOT NULL,
    ref TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    key TEXT NOT NULL,
    lead TEXT,
    axis_a INTEGER,
    axis_b INTEGER,
    measures TEXT NOT NULL,
    flags TEXT NOT NULL,
    clause BLOB NOT NULL
);
CREATE INDEX paragraphs_key ON paragraphs (key);
CREATE INDEX paragraphs_document ON paragraphs (document, position);
CREATE TABLE folded (
    id INTEGER PRIMARY KEY REFERENCES paragraphs (id),
    folded TEXT NOT NULL
);
CREATE TABLE terms (
    term TEXT NOT NULL UNIQUE,
    df INTEGER NOT NULL,
    postings BLOB NOT NULL
);
CREATE INDEX terms_df ON terms (term, df);
"""

_REQUIRED = {
    "meta": {"key", "value"},
    "documents": {"id", "sha256", "path", "symbol", "date", "draft", "first_paragraph"},
    "paragraphs": {"id", "document", "ref", "key", "clause"},
    "folded": {"id", "folded"},
    "terms": {"term", "df", "postings"},
}


class CorpusError(ResdiffError):
    """An index file that cannot be used: not a resdiff index, written by a newer
    resdiff, corrupt, or missing."""


def create(path: Path, version: str) -> sqlite3.Connection:
    """A new, empty index at ``path`` (which must not exist yet)."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.executescript(_TABLES)
        connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", FORMAT), ("schema", str(SCHEMA_VERSION)), ("resdiff", version)],
        )
    except sqlite3.Error as exc:
        raise CorpusError(f"cannot create the index: {exc}", path=str(path)) from None
    _tune(connection)
    return connection


def connect(path: Path, *, writable: bool = False) -> sqlite3.Connection:
    """Open an existing index, checked: a file that is not a resdiff index, one written
    with a newer schema, or a damaged database is a :class:`CorpusError` naming the file.
    ``writable`` opens it for :meth:`Corpus.add`; otherwise it is opened read-only."""
    name = str(path)
    if not path.exists():
        raise CorpusError("no such index file", path=name)
    if path.is_dir():
        raise CorpusError("is a directory, not an index file", path=name)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise CorpusError(f"cannot read the index: {exc.strerror}", path=name) from None
    if header != b"SQLite format 3\x00":
        raise CorpusError(
            "not a resdiff index (not an SQLite database); build one with: "
            "resdiff index build SOURCES -o FILE",
            path=name,
        )
    uri = path.resolve().as_uri() + ("" if writable else "?mode=ro")
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        tables = {
            row[0]: row[1]
            for row in connection.execute("SELECT name, type FROM sqlite_master WHERE type='table'")
        }
        if "meta" not in tables:
            raise CorpusError(
                "not a resdiff index (an SQLite database without resdiff's tables)", path=name
            )
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"corrupt index: {exc}", path=name) from None
    if meta.get("format") != FORMAT:
        raise CorpusError("not a resdiff index (its meta table names no resdiff format)", path=name)
    schema = meta.get("schema", "")
    if not schema.isdigit():
        raise CorpusError(f"corrupt index: schema version {schema!r} is not a number", path=name)
    if int(schema) > SCHEMA_VERSION:
        raise CorpusError(
            f"written by a newer resdiff ({meta.get('resdiff', '?')}, index schema {schema}); "
            f"this resdiff reads schema {SCHEMA_VERSION} and older: upgrade resdiff",
            path=name,
        )
    try:
        for table, columns in _REQUIRED.items():
            found = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if not columns <= found:
                missing = ", ".join(sorted(columns - found))
                raise CorpusError(f"corrupt index: table {table} lacks {missing}", path=name)
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"corrupt index: {exc}", path=name) from None
    _tune(connection)
    return connection


def _tune(connection: sqlite3.Connection) -> None:
    # The index is written by one process in large transactions; readers only read.
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA cache_size = -65536")
