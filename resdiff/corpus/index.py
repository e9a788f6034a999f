"""The corpus index: :class:`Corpus` builds, opens, extends and queries one index file.

A build reads every text the sources name (:func:`~resdiff.corpus.ingest.expand_sources`),
skips those whose bytes the index already holds, parses and analyses the rest where
:func:`resdiff.parallel.parallel_map` runs them (this machine's processes, or a Dask
cluster), and writes the rows in the sources' order from this process alone, so that
where the work ran never changes the file.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import sqlite3
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..model import symbol_key
from .ingest import Metadata, ReadText, expand_sources, read_metadata, read_text
from .model import (
    BuildReport,
    Document,
    DocumentFacts,
    Failure,
    IndexedParagraph,
    texts_of,
)
from .search import TermIndex, pack, unpack
from .store import CorpusError, connect, create

if TYPE_CHECKING:
    from ..api import DraftSource
    from ..model import Clause, Draft
    from .model import PrecedentOptions, Precedents

__all__ = ["Corpus", "CorpusError", "day_of"]

#: Most bytes a stored draft or clause may inflate to (256 MB): a draft's JSON with its
#: analysis is a few times its text, and resdiff reads texts of 20 MB by default.
_MAX_INFLATED = 256 * 1024 * 1024

#: Texts read and written per round: bounds the memory a build holds (each round's rows
#: are written before the next is read) while starting the workers once for most builds
#: (each round is one parallel_map: a pool of processes started anew).
_ROUND = 4096

_PARAGRAPHS = "paragraphs AS p JOIN folded AS f ON f.id = p.id"
_DOCUMENT_COLUMNS = (
    "id, symbol, draft_symbol, date, status, kind, title, organ, agenda, language, path, "
    "format, sha256, chapter_vii, art39, use_of_force, preamble, operative"
)
#: A paragraph's columns, its folded text joined from its own table (as ``_PARAGRAPHS``).
_PARAGRAPH_COLUMNS = (
    "p.id, p.document, p.position, p.ref, p.section, p.text, f.folded, p.lead, p.axis_a, "
    "p.axis_b, p.measures, p.flags, p.clause"
)


class Corpus:
    """An index of many texts in one SQLite file (see :mod:`resdiff.corpus.store` for
    what it holds).

    ``Corpus.build(sources, path)`` makes one, ``Corpus.open(path)`` opens one,
    :meth:`add` adds texts to it; :meth:`documents`, :meth:`document`, :meth:`draft` and
    :meth:`paragraphs` read it back; :meth:`precedents` says where each paragraph of a
    draft comes from. Use it as a context manager, or :meth:`close` it.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path, *, writable: bool) -> None:
        """Use :meth:`open` or :meth:`build`."""
        self._connection = connection
        self._writable = writable
        self.path = path
        self.last_build = BuildReport()

    # -- opening and building --------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, writable: bool = False) -> Corpus:
        """Open the index at ``path`` (read-only unless ``writable``). Raises
        :class:`CorpusError` for a missing file, a file that is not a resdiff index, one
        written by a newer resdiff, or a corrupt one."""
        where = Path(path)
        return cls(connect(where, writable=writable), where, writable=writable)

    @classmethod
    def build(
        cls,
        sources: Sequence[str | os.PathLike[str]],
        path: str | os.PathLike[str],
        *,
        scheduler: str | None = None,
        progress: bool = False,
        metadata: Sequence[str | os.PathLike[str]] = (),
    ) -> Corpus:
        """Index every text ``sources`` name (files, folders, glob patterns) into a new
        file at ``path``, replacing any file there once the build has succeeded.

        ``scheduler`` says where texts are parsed and analysed (see
        :func:`resdiff.parallel.parallel_map`: this machine's processes by default, or a
        Dask cluster's address); the file is the same wherever they were. A text that
        cannot be read is left out and named in :attr:`last_build`'s ``failed``.
        ``metadata`` names JSON-lines files (or folders of them) with one object per
        resolution, as in the UN's data extracts: ``symbol``, and ``resolution_title``
        (or ``title``) and ``agenda_item_name`` (or ``agenda``); they give each indexed
        text of that symbol its agenda item, and its title when the text has none.
        Returns the open corpus (writable).
        """
        target = Path(path)
        if target.is_dir():
            raise CorpusError("is a directory: give a file name for the index", path=str(target))
        if not target.parent.is_dir():
            raise CorpusError(f"no such folder: {str(target.parent)!r}", path=str(target))
        if target.is_file() and target.stat().st_size:
            # An index is an SQLite file: never replace a draft or a report by mistake.
            with open(target, "rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00":
                    raise CorpusError(
                        "exists and is not a resdiff index: not replaced "
                        "(remove it or choose another name)",
                        path=str(target),
                    )
        files = expand_sources(list(sources))
        facts = read_metadata(list(metadata))
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        partial.unlink(missing_ok=True)
        corpus = cls(create(partial, __version__), partial, writable=True)
        try:
            corpus._ingest(files, scheduler=scheduler, progress=progress, metadata=facts)
            corpus._connection.close()
            os.replace(partial, target)
        except BaseException:
            corpus._connection.close()
            partial.unlink(missing_ok=True)
            raise
        built = cls.open(target, writable=True)
        built.last_build = corpus.last_build
        return built

    def add(
        self,
        sources: Sequence[str | os.PathLike[str]],
        *,
        scheduler: str | None = None,
        progress: bool = False,
        metadata: Sequence[str | os.PathLike[str]] = (),
    ) -> BuildReport:
        """Add the texts ``sources`` name. A file whose bytes the index holds already is
        skipped (``unchanged``, by sha256); a file at a path the index holds with other
        bytes replaces the earlier version (``replaced``). ``metadata`` as in
        :meth:`build`, applied to every indexed text of a symbol it names (those indexed
        before included). Returns what was done (also in :attr:`last_build`)."""
        if not self._writable:
            raise CorpusError(
                "cannot write the index: it was opened read-only "
                "(Corpus.open(path, writable=True))",
                path=str(self.path),
            )
        files = expand_sources(list(sources))
        facts = read_metadata(list(metadata))
        self._ingest(files, scheduler=scheduler, progress=progress, metadata=facts)
        return self.last_build

    def _ingest(
        self,
        files: list[str],
        *,
        scheduler: str | None,
        progress: bool,
        metadata: dict[str, Metadata],
    ) -> None:
        from ..parallel import parallel_map

        known = {
            sha: path for sha, path in self._query("SELECT sha256, path FROM documents ORDER BY id")
        }
        by_path = {path: sha for sha, path in known.items()}
        unchanged: list[str] = []
        replaced: list[str] = []
        failed: list[Failure] = []
        todo: list[tuple[str, bytes]] = []
        batch: dict[str, str] = {}
        for given in files:
            # Stored absolute: a path relative to where the build ran would not match the
            # same file added from another folder, which would then be indexed twice.
            name = os.path.abspath(given)
            try:
                data = Path(name).read_bytes()
            except OSError as exc:
                failed.append(Failure(path=name, error=f"{name}: cannot read: {exc.strerror}"))
                continue
            sha = hashlib.sha256(data).hexdigest()
            if sha in known or sha in batch:
                unchanged.append(name)
                continue
            batch[sha] = name
            todo.append((name, data))
        indexed: list[str] = []
        for start in range(0, len(todo), _ROUND):
            chunk = todo[start : start + _ROUND]
            results = parallel_map(
                read_text,
                chunk,
                scheduler=scheduler,
                progress=progress,
                label=f"indexing {start + 1}–{start + len(chunk)} of {len(todo)}",
            )
            # Postings are merged once a round: a common word's list is rewritten once per
            # round, not once per text.
            postings: dict[str, list[int]] = defaultdict(list)
            removed: set[int] = set()
            with self._transaction():
                for result in results:
                    if result.document is None:
                        failed.append(Failure(path=result.path, error=result.error or "unread"))
                        continue
                    old = by_path.get(result.path)
                    if old is not None:
                        self._remove(old, postings, removed)
                        replaced.append(result.path)
                        del by_path[result.path]
                    self._write(result, postings)
                    indexed.append(result.path)
                self._merge_postings(postings, removed)
        if metadata:
            self._apply(metadata)
        documents, paragraphs = self._counts()
        # Counted as a reader counts texts, as precedents count them: the scanned corpus's
        # S_RES_542_1983.txt holds 538 (1983), a text S_RES_538_1983.txt holds too.
        texts, folded = texts_of(self.document_facts())
        self.last_build = BuildReport(
            indexed=tuple(indexed),
            unchanged=tuple(unchanged),
            replaced=tuple(replaced),
            failed=tuple(failed),
            documents=documents,
            paragraphs=paragraphs,
            texts=texts,
            folded=folded,
        )

    def _apply(self, metadata: dict[str, Metadata]) -> None:
        """Give the indexed texts of each symbol ``metadata`` names its agenda item, and
        its title where the text has none of its own."""
        with self._transaction():
            for symbol, facts in sorted(metadata.items()):
                if facts.agenda is not None:
                    self._connection.execute(
                        "UPDATE documents SET agenda = ? WHERE symbol = ?", (facts.agenda, symbol)
                    )
                if facts.title is not None:
                    self._connection.execute(
                        "UPDATE documents SET title = ?, title_source = 'metadata' "
                        "WHERE symbol = ? AND (title IS NULL OR title_source = 'metadata')",
                        (facts.title, symbol),
                    )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction around the block: begun at once (``BEGIN IMMEDIATE``),
        committed when the block ends, rolled back when it raises (an SQLite error as a
        :class:`CorpusError`). A build's rounds and the metadata applied after them each
        write in one."""
        self._transaction_begin()
        try:
            yield
            self._connection.execute("COMMIT")
        except sqlite3.Error as exc:
            self._roll_back()
            raise CorpusError(f"cannot write the index: {exc}", path=str(self.path)) from None
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        # SQLite ends the transaction itself on some failures (a full disk, no memory):
        # a ROLLBACK then fails with "no transaction is active", an error that would
        # hide the one that mattered.
        if self._connection.in_transaction:
            self._connection.execute("ROLLBACK")

    def _transaction_begin(self) -> None:
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise CorpusError(f"cannot write the index: {exc}", path=str(self.path)) from None

    def _write(self, result: ReadText, postings: dict[str, list[int]]) -> None:
        document = result.document
        assert document is not None
        execute = self._connection.execute
        first = (execute("SELECT COALESCE(MAX(id), 0) FROM paragraphs").fetchone()[0]) + 1
        cursor = execute(
            "INSERT INTO documents (sha256, path, format, symbol, draft_symbol, date, status, "
            "kind, title, title_source, organ, agenda, language, chapter_vii, art39, "
            "use_of_force, preamble, operative, first_paragraph, last_paragraph, draft) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.sha256,
                document.path,
                document.format,
                document.symbol,
                document.draft_symbol,
                document.date,
                document.status,
                document.kind,
                document.title,
                "text" if document.title else None,
                document.organ,
                document.language,
                document.chapter_vii,
                document.art39,
                document.use_of_force,
                document.preamble,
                document.operative,
                first,
                first + len(result.paragraphs) - 1,
                document.draft,
            ),
        )
        document_id = cursor.lastrowid
        rows = []
        for offset, p in enumerate(result.paragraphs):
            paragraph_id = first + offset
            rows.append(
                (
                    paragraph_id,
                    document_id,
                    p.position,
                    p.ref,
                    p.section,
                    p.text,
                    p.key,
                    p.lead,
                    p.axis_a,
                    p.axis_b,
                    p.measures,
                    p.flags,
                    p.clause,
                )
            )
            for word in set(p.folded.split()):
                postings[word].append(paragraph_id)
        self._connection.executemany(
            "INSERT INTO paragraphs (id, document, position, ref, section, text, key, "
            "lead, axis_a, axis_b, measures, flags, clause) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._connection.executemany(
            "INSERT INTO folded (id, folded) VALUES (?, ?)",
            [(first + offset, p.folded) for offset, p in enumerate(result.paragraphs)],
        )

    def _merge_postings(self, added: dict[str, list[int]], removed: set[int]) -> None:
        """Add paragraph ids to (and remove others from) the postings of these words."""
        execute = self._connection.execute
        updates = []
        deletions = []
        for word in sorted(added):
            row = execute("SELECT postings FROM terms WHERE term = ?", (word,)).fetchone()
            ids: array[int] | list[int] = unpack(row[0]) if row else array("I")
            kept = [i for i in ids if i not in removed] if removed else list(ids)
            merged = kept + added[word]
            if merged:
                updates.append((word, len(merged), pack(merged)))
            else:
                deletions.append((word,))
        self._connection.executemany(
            "INSERT INTO terms (term, df, postings) VALUES (?, ?, ?) "
            "ON CONFLICT (term) DO UPDATE SET df = excluded.df, postings = excluded.postings",
            updates,
        )
        self._connection.executemany("DELETE FROM terms WHERE term = ?", deletions)

    def _remove(self, sha256: str, postings: dict[str, list[int]], removed: set[int]) -> None:
        """Take the document with these bytes and its paragraphs out; its paragraphs' ids
        join ``removed`` and their words ``postings``, for :meth:`_merge_postings`."""
        execute = self._connection.execute
        (document_id,) = execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        rows = execute(
            "SELECT f.id, f.folded FROM paragraphs AS p JOIN folded AS f ON f.id = p.id "
            "WHERE p.document = ?",
            (document_id,),
        ).fetchall()
        removed.update(row[0] for row in rows)
        for _, folded in rows:
            for word in folded.split():
                postings.setdefault(word, [])
        execute(
            "DELETE FROM folded WHERE id IN (SELECT id FROM paragraphs WHERE document = ?)",
            (document_id,),
        )
        execute("DELETE FROM paragraphs WHERE document = ?", (document_id,))
        execute("DELETE FROM documents WHERE id = ?", (document_id,))

    # -- reading ---------------------------------------------------------------------

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as exc:
            raise CorpusError(f"corrupt index: {exc}", path=str(self.path)) from None

    def _counts(self) -> tuple[int, int]:
        ((documents,),) = self._query("SELECT COUNT(*) FROM documents")
        ((paragraphs,),) = self._query("SELECT COUNT(*) FROM paragraphs")
        return int(documents), int(paragraphs)

    def __len__(self) -> int:
        """The number of documents in the index."""
        return self._counts()[0]

    def documents(
        self,
        *,
        symbol: str | None = None,
        organ: str | None = None,
        status: str | None = None,
        title: str | None = None,
        since: _dt.date | str | None = None,
        until: _dt.date | str | None = None,
    ) -> list[Document]:
        """The indexed documents, oldest first (undated ones last, then in the order they
        were added), narrowed by any of: ``symbol`` (exact), ``organ`` and ``status``
        (exact), ``title`` (words it contains, case ignored), dated ``since`` and
        ``until`` (both included; a ``date`` or an ISO date string, ``"2021-01-01"``, as
        the command line's ``--since`` takes)."""
        since = _as_date(since, "since")
        until = _as_date(until, "until")
        where: list[str] = []
        values: list[Any] = []
        for column, value in (("symbol", symbol), ("organ", organ), ("status", status)):
            if value is not None:
                where.append(f"{column} = ?")
                values.append(value)
        if title is not None:
            where.append("LOWER(title) LIKE ? ESCAPE '\\'")
            escaped = title.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            values.append(f"%{escaped}%")
        if since is not None:
            where.append("date >= ?")
            values.append(since.isoformat())
        if until is not None:
            where.append("date <= ?")
            values.append(until.isoformat())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._query(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents {clause} ORDER BY date IS NULL, date, id",
            values,
        )
        return [self._document(row) for row in rows]

    def document(self, key: str | int) -> Document:
        """One document by its id, its symbol, its draft symbol or its path; ``KeyError``
        if the index has none (or, for a symbol, the most recently added one)."""
        if isinstance(key, int):
            rows = self._query(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (key,))
        else:
            rows = self._query(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE symbol = ? OR draft_symbol = ? "
                "OR path = ? ORDER BY id DESC LIMIT 1",
                (key, key, key),
            )
            if not rows:
                # A symbol typed with other spacing or case ("S/RES/2618(2022)").
                rows = self._query(
                    f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE "
                    "REPLACE(UPPER(symbol), ' ', '') = ? "
                    "OR REPLACE(UPPER(draft_symbol), ' ', '') = ? "
                    "ORDER BY id DESC LIMIT 1",
                    (symbol_key(key), symbol_key(key)),
                )
        if not rows:
            raise KeyError(key)
        return self._document(rows[0])

    def draft(self, key: str | int | Document) -> Draft:
        """The whole analysed :class:`~resdiff.model.Draft` of a document, as it was read
        (no file is read again)."""
        from ..model import Draft

        document = key if isinstance(key, Document) else self.document(key)
        ((data,),) = self._query("SELECT draft FROM documents WHERE id = ?", (document.id,))
        where = f"document {document.id}"
        try:
            return Draft.model_validate_json(self._inflate(data, where))
        except ValueError as exc:  # pydantic's ValidationError, a malformed or foreign draft
            raise CorpusError(
                f"corrupt index: {where} holds no readable draft: {_first_line(exc)}",
                path=str(self.path),
            ) from None

    def paragraphs(self, key: str | int | Document) -> list[IndexedParagraph]:
        """A document's top-level paragraphs, preamble first, as indexed."""
        document = key if isinstance(key, Document) else self.document(key)
        rows = self._query(
            f"SELECT {_PARAGRAPH_COLUMNS} FROM {_PARAGRAPHS} WHERE p.document = ? "
            "ORDER BY p.position",
            (document.id,),
        )
        return [self._paragraph(row) for row in rows]

    def paragraphs_by_id(self, ids: Sequence[int]) -> dict[int, IndexedParagraph]:
        """Indexed paragraphs by their ids (those the index has)."""
        found: dict[int, IndexedParagraph] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._query(
                f"SELECT {_PARAGRAPH_COLUMNS} FROM {_PARAGRAPHS} WHERE p.id IN ({marks})", chunk
            ):
                found[row[0]] = self._paragraph(row)
        return found

    def folded_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """The folded texts of these paragraphs, by id: what candidates are scored on,
        read without decompressing their clauses."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for pid, folded in self._query(
                f"SELECT id, folded FROM folded WHERE id IN ({marks})", chunk
            ):
                found[int(pid)] = str(folded)
        return found

    def _paragraph(self, row: Sequence[Any]) -> IndexedParagraph:
        from ..model import Clause

        where = f"paragraph {row[0]}"
        try:
            measures = tuple(tuple(m) for m in json.loads(row[10]))
            flags = tuple(json.loads(row[11]))
        except (ValueError, TypeError, RecursionError):
            raise CorpusError(
                f"corrupt index: {where} has unreadable measures or flags", path=str(self.path)
            ) from None
        try:
            clause = Clause.model_validate_json(self._inflate(row[12], where))
            return self._indexed(row, measures, flags, clause)
        except ValueError as exc:  # pydantic's ValidationError
            raise CorpusError(
                f"corrupt index: {where} is unreadable: {_first_line(exc)}", path=str(self.path)
            ) from None

    def _indexed(
        self,
        row: Sequence[Any],
        measures: tuple[tuple[Any, ...], ...],
        flags: tuple[Any, ...],
        clause: Clause,
    ) -> IndexedParagraph:
        return IndexedParagraph.model_validate(
            {
                "id": row[0],
                "document": row[1],
                "position": row[2],
                "ref": row[3],
                "section": row[4],
                "text": row[5],
                "folded": row[6],
                "lead": row[7],
                "axis_a": row[8],
                "axis_b": row[9],
                "measures": measures,
                "flags": flags,
                "clause": clause,
            }
        )

    def _inflate(self, data: object, where: str) -> bytes:
        if not isinstance(data, bytes):
            raise CorpusError(f"corrupt index: {where} holds no stored data", path=str(self.path))
        inflater = zlib.decompressobj()
        try:
            # Bounded: a stored blob that inflates without end is damage, not a draft.
            out = inflater.decompress(data, _MAX_INFLATED)
        except zlib.error as exc:
            raise CorpusError(f"corrupt index: {where}: {exc}", path=str(self.path)) from None
        if inflater.unconsumed_tail:
            raise CorpusError(
                f"corrupt index: {where} inflates past {_MAX_INFLATED:,} bytes",
                path=str(self.path),
            )
        return out

    def term_index(self) -> TermIndex:
        """The candidate index, for :mod:`resdiff.corpus.search`."""
        return TermIndex(self._connection, self._counts()[1], path=str(self.path))

    def paragraph_ids_with_key(self, key: str) -> list[tuple[int, int]]:
        """``(paragraph id, document id)`` of every paragraph with this folded key."""
        return [
            (int(a), int(b))
            for a, b in self._query("SELECT id, document FROM paragraphs WHERE key = ?", (key,))
        ]

    def document_facts(self) -> list[DocumentFacts]:
        """What precedents need of every document, read in one query without building
        :class:`Document` models: id, symbol, date, status, sha256, path and the range of
        its paragraphs' ids, in the order of those ids."""
        rows = self._query(
            "SELECT id, symbol, date, status, sha256, path, first_paragraph, last_paragraph "
            "FROM documents ORDER BY first_paragraph, id"
        )
        facts = []
        for row in rows:
            try:
                date = _dt.date.fromisoformat(row[2]) if row[2] is not None else None
            except (TypeError, ValueError):
                raise CorpusError(
                    f"corrupt index: document {row[0]} has the date {row[2]!r}",
                    path=str(self.path),
                ) from None
            facts.append(DocumentFacts(int(row[0]), row[1], date, row[3], row[4], row[5],
                                       int(row[6]), int(row[7])))  # fmt: skip
        return facts

    # -- precedents ------------------------------------------------------------------

    def precedents(
        self,
        draft: DraftSource,
        *,
        before: _dt.date | str | None = None,
        options: PrecedentOptions | None = None,
    ) -> Precedents:
        """Where each paragraph of ``draft`` comes from: agreed language, adapted (with
        the best earlier paragraphs and the verdict against each) or new. Only adopted
        texts older than ``before`` (a ``date`` or an ISO date string) count (default: the
        draft's own date when known, else no limit); the similarity threshold and the
        other settings are ``options`` (:class:`~resdiff.corpus.model.PrecedentOptions`:
        ``PrecedentOptions(threshold=0.5)``); see
        :func:`resdiff.corpus.precedents.find_precedents`."""
        from .precedents import find_precedents

        return find_precedents(self, draft, before=_as_date(before, "before"), options=options)

    # -- life cycle ------------------------------------------------------------------

    def close(self) -> None:
        """Close the file."""
        self._connection.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r})"

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents())

    def _document(self, row: Sequence[Any]) -> Document:
        try:
            return Document.model_validate(
                {
                    "id": row[0],
                    "symbol": row[1],
                    "draft_symbol": row[2],
                    "date": row[3],
                    "status": row[4],
                    "kind": row[5],
                    "title": row[6],
                    "organ": row[7],
                    "agenda": row[8],
                    "language": row[9],
                    "path": row[10],
                    "format": row[11],
                    "sha256": row[12],
                    "chapter_vii": bool(row[13]),
                    "art39": bool(row[14]),
                    "use_of_force": bool(row[15]),
                    "preamble": row[16],
                    "operative": row[17],
                }
            )
        except ValueError as exc:
            raise CorpusError(
                f"corrupt index: document {row[0]}: {exc}", path=str(self.path)
            ) from None


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def day_of(text: str) -> _dt.date:
    """The day an ISO string names: a date ("2021-01-01") or a datetime's ISO form
    ("2021-01-01T10:00", "2021-01-01 10:00+02:00"), which is its day, as a ``datetime``
    is. Raises ``ValueError`` for anything else. The Python arguments and the command
    line's ``--since`` / ``--until`` read dates by this one rule."""
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        return _dt.datetime.fromisoformat(text.strip()).date()


def _as_date(value: _dt.date | str | None, name: str) -> _dt.date | None:
    """A date argument as a ``date``: an ISO string (``"2021-01-01"``, as the command line
    takes) read, a ``datetime`` cut to its day (its ISO form would compare wrongly with
    the stored days), anything else refused in one line before a query runs."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return day_of(value)
        except ValueError:
            raise ValueError(f"{name}={value!r}: not a date; give YYYY-MM-DD") from None
    raise TypeError(f"{name} must be a date or a YYYY-MM-DD string, not {type(value).__name__}")
