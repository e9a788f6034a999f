"""The default lexicon's regular expressions, compiled once and kept in the user's cache.

Building the default lexicon compiles about 350 regular expressions, some of them
alternations of hundreds of phrases: about 80 ms, paid by every fresh ``resdiff`` command.
Python cannot save a compiled pattern (pickling one compiles it again), but what
:mod:`re` compiles a pattern to is a list of integers that ``_sre.compile`` turns into a
pattern object at once. This module keeps those lists in one JSON file per key, in
``$XDG_CACHE_HOME/resdiff`` (else ``~/.cache/resdiff``; ``~/Library/Caches/resdiff`` on
macOS, ``%LOCALAPPDATA%\\resdiff`` on Windows).

The same file keeps the lexicon files parsed (TOML is read by a parser written in Python,
JSON by one in C), and what the matcher reads from each parsed pattern: its necessary
literals (:mod:`.literals`) and its opening words (:mod:`.anchors`). The key is a hash
of the lexicon files, resdiff's version, the Python version and the regex engine's magic
number: editing a lexicon file or upgrading either gives a new file, and older ones are
removed when it is written. The folder is safe to delete.

A cache file is never trusted blindly. One that does not parse, has another format or
key, fails its checksum, or holds code the regex engine refuses (``_sre`` verifies the
code it is given) is ignored: the patterns are compiled as usual and the file is written
again. A cache folder that cannot be written (a read-only home, a full disk) only means
the next command compiles again. Only the default lexicon's build records and writes
patterns; any other lexicon reads the hits it finds and compiles the rest as usual.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# The engine's internals and the cache folder are shared with the package's own pattern
# cache (one implementation, in the leaf module every stage may import).
from ..compiled import (
    ENGINE,
    SUPPORTED,
    Record,
    build,
    cache_body,
    cache_dir,
    decode,
    encode,
    record_of,
    write_cache_file,
)

__all__ = ["PATTERNS", "PatternCache", "cache_dir", "cache_key"]

#: Version of the file layout below (3: with the patterns' necessary literals; 4: the
#: opening words may be runs of capitals, anchors.CAPITALS, which a file of 3 never holds).
FORMAT = 4

_FILE_PREFIX = "lexicon-"


def cache_key(files: Iterable[tuple[str, str]]) -> str:
    """The key of a lexicon's cache: a hash of its files (name and text), resdiff's
    version, the Python version and the regex engine."""
    from .._version import __version__

    # BLAKE2b (32 bytes, as long as SHA-256's): the files' 225 KB are hashed by every
    # command, 6 million instructions with SHA-256 and half that with BLAKE2b; a key must
    # tell any two lexicons apart (an edited file must not find the old one's cache), so a
    # cryptographic hash is kept, not CRC-32.
    digest = hashlib.blake2b(digest_size=32)
    for part in (str(FORMAT), __version__, sys.version, ENGINE, sys.byteorder):
        digest.update(part.encode() + b"\0")
    for name, text in files:
        digest.update(name.encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


#: The sequence a screens entry is read in: JSON's lists, or a snapshot's tuples.
_Sequence = type[list[Any]] | type[tuple[Any, ...]]


def _literal_entry(pattern: Any, flags: Any, found: Any, sequence: _Sequence = list) -> bool:
    """Whether a cached literals entry has the shape this module writes: a pattern, its
    flags, and ``None`` or a non-empty list of non-empty strings (``sequence``: the
    tuples of a lexicon snapshot, :mod:`.snapshot`, where JSON gives lists)."""
    if not isinstance(pattern, str) or type(flags) is not int:
        return False
    if found is None:
        return True
    return (
        isinstance(found, sequence) and bool(found) and all(isinstance(x, str) and x for x in found)
    )


def _anchor_entry(pattern: Any, flags: Any, found: Any, sequence: _Sequence = list) -> bool:
    """Whether a cached anchors entry has the shape this module writes: a pattern, its
    flags, and ``None`` or a non-empty list of [non-empty word, reach] (``sequence``: as
    for :func:`_literal_entry`)."""
    if not isinstance(pattern, str) or type(flags) is not int:
        return False
    if found is None:
        return True
    return (
        isinstance(found, sequence)
        and bool(found)
        and all(
            isinstance(x, sequence)
            and len(x) == 2
            and isinstance(x[0], str)
            and x[0]
            and type(x[1]) is int
            and x[1] >= 0
            for x in found
        )
    )


class PatternCache:
    """Compiled regular expressions by (pattern, flags), read from and written to one
    cache file. :meth:`compile` is a drop-in for ``re.compile``."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], Record] = {}
        self._path: Path | None = None
        self._key = ""
        self._recording = False
        self._read: set[tuple[str, int]] = set()
        self._used: set[tuple[str, int]] = set()
        self._documents: list[tuple[str, dict[str, Any]]] | None = None
        self._documents_new = False
        # The literals every match of a pattern contains (resdiff.lexicon.literals),
        # worked out from the parsed pattern: a few milliseconds a command, kept too.
        self._literals: dict[tuple[str, int], tuple[str, ...] | None] = {}
        self._literals_new = False
        # The opening words of a pattern (resdiff.lexicon.anchors), from the same parse.
        self._anchors: dict[tuple[str, int], tuple[tuple[str, int], ...] | None] = {}
        self._anchors_new = False

    @property
    def recording(self) -> bool:
        """Whether patterns (and their literals) compiled now are kept for :meth:`save`."""
        return self._recording

    def literals(
        self, pattern: str, flags: int, work_out: Callable[[], frozenset[str] | None]
    ) -> frozenset[str] | None:
        """The necessary literals of ``(pattern, flags)``: from the cache file when it
        holds them, else ``work_out()`` (kept for :meth:`save` while recording)."""
        key = (pattern, int(flags))
        if key in self._literals:
            known = self._literals[key]
            return frozenset(known) if known is not None else None
        found = work_out()
        if self._recording:
            self._literals[key] = tuple(sorted(found)) if found is not None else None
            self._literals_new = True
        return found

    def anchors(
        self,
        pattern: str,
        flags: int,
        work_out: Callable[[], tuple[tuple[str, int], ...] | None],
    ) -> tuple[tuple[str, int], ...] | None:
        """The opening words of ``(pattern, flags)``: from the cache file when it holds
        them, else ``work_out()`` (kept for :meth:`save` while recording)."""
        key = (pattern, int(flags))
        if key in self._anchors:
            return self._anchors[key]
        found = work_out()
        if self._recording:
            self._anchors[key] = found
            self._anchors_new = True
        return found

    def open(self, key: str, folder: Path | None) -> None:
        """Read the cache file for ``key`` in ``folder`` (if any, and if valid) and
        record from now on every pattern compiled, for :meth:`save`."""
        self._key = key
        self._path = folder / f"{_FILE_PREFIX}{key[:32]}.json" if folder is not None else None
        self._recording = SUPPORTED
        self._read = set()
        self._used = set()
        self._documents = None
        self._documents_new = False
        self._literals = {}
        self._literals_new = False
        self._anchors = {}
        self._anchors_new = False
        if not SUPPORTED or self._path is None:
            return
        try:
            raw = self._path.read_bytes()
        except OSError:
            return
        parsed = self._parse(raw)
        if parsed is not None:
            found, self._documents, self._literals, self._anchors = parsed
            self._known.update(found)
            self._read = set(found)

    def screens(
        self,
    ) -> tuple[
        dict[tuple[str, int], tuple[str, ...] | None],
        dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
    ]:
        """The literals and opening words known now, by (pattern, flags): what the
        default lexicon's snapshot (:mod:`.snapshot`) keeps beside the lexicon."""
        return dict(self._literals), dict(self._anchors)

    def adopt(
        self,
        literals: dict[tuple[str, int], tuple[str, ...] | None],
        anchors: dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
    ) -> None:
        """Know ``literals`` and ``anchors`` (read from a snapshot) without a cache file:
        the default lexicon's patterns are looked up, and nothing is recorded."""
        self._recording = False
        self._literals = dict(literals)
        self._anchors = dict(anchors)

    def documents(self, paths: list[str]) -> list[dict[str, Any]] | None:
        """The lexicon files ``paths`` as parsed TOML, when the cache file holds them
        (JSON reads several times faster than TOML); else ``None``."""
        if self._documents is None or [path for path, _ in self._documents] != paths:
            return None
        return [doc for _, doc in self._documents]

    def keep_documents(self, documents: list[tuple[str, dict[str, Any]]]) -> None:
        """Keep the parsed lexicon files for :meth:`save`, unless JSON cannot hold them
        exactly (a TOML date, say): then they are parsed from TOML each time."""
        try:
            exact = json.loads(json.dumps(documents)) == [list(d) for d in documents]
        except (TypeError, ValueError):
            return
        if exact and self._recording:
            self._documents = documents
            self._documents_new = True

    def _parse(
        self, raw: bytes
    ) -> (
        tuple[
            dict[tuple[str, int], Record],
            list[tuple[str, dict[str, Any]]] | None,
            dict[tuple[str, int], tuple[str, ...] | None],
            dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
        ]
        | None
    ):
        body = cache_body(raw, FORMAT, self._key)
        if body is None:
            return None
        try:
            content = json.loads(body)
            if not isinstance(content, dict) or not isinstance(content.get("patterns"), list):
                return None
            found: dict[tuple[str, int], Record] = {}
            for item in content["patterns"]:
                pattern, flags, record = decode(item)
                found[(pattern, flags)] = record
            documents = content.get("documents")
            if documents is not None and not (
                isinstance(documents, list)
                and all(
                    isinstance(d, list)
                    and len(d) == 2
                    and isinstance(d[0], str)
                    and isinstance(d[1], dict)
                    for d in documents
                )
            ):
                return None
            literals: dict[tuple[str, int], tuple[str, ...] | None] = {}
            for item in content.get("literals", []):
                if not (isinstance(item, list) and len(item) == 3 and _literal_entry(*item)):
                    return None
                literals[(item[0], item[1])] = tuple(item[2]) if item[2] is not None else None
            anchors: dict[tuple[str, int], tuple[tuple[str, int], ...] | None] = {}
            for item in content.get("anchors", []):
                if not (isinstance(item, list) and len(item) == 3 and _anchor_entry(*item)):
                    return None
                anchors[(item[0], item[1])] = (
                    tuple((word, reach) for word, reach in item[2]) if item[2] is not None else None
                )
        except (ValueError, UnicodeDecodeError, RecursionError, TypeError):
            return None
        documents_read = [(path, doc) for path, doc in documents] if documents else None
        return found, documents_read, literals, anchors

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
        flags = int(flags)
        key = (pattern, flags)
        record = self._known.get(key)
        if record is not None:
            try:
                compiled = build(pattern, record)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                # The engine refused the cached code: forget it and compile.
                del self._known[key]
                self._read.discard(key)
            else:
                if self._recording:
                    self._used.add(key)
                return compiled
        compiled = re.compile(pattern, flags)
        if self._recording:
            try:
                fresh = record_of(pattern, flags)
                # Kept only when it builds the very pattern re.compile gave (same code).
                if build(pattern, fresh) == compiled:
                    self._known[key] = fresh
                    self._used.add(key)
            except Exception:  # an engine internal changed: only stop caching
                self._recording = False
        return compiled

    def save(self) -> None:
        """Write the patterns used since :meth:`open`, unless the file holds exactly
        those already; stop recording. Never raises: a cache that cannot be written is
        only slower."""
        recording, self._recording = self._recording, False
        if (
            not recording
            or (
                self._used == self._read
                and not self._documents_new
                and not self._literals_new
                and not self._anchors_new
            )
            or self._path is None
        ):
            return
        # Only what this build used: a file never grows with patterns no longer asked for.
        items = [encode(p, f, self._known[(p, f)]) for p, f in sorted(self._used)]
        # (A compiled pattern's flags hold re.UNICODE, which the compile did not pass.)
        used = {p for p, _ in self._used}
        literals = [
            [p, f, list(found) if found is not None else None]
            for (p, f), found in sorted(self._literals.items(), key=lambda kv: kv[0])
            if p in used
        ]
        anchors = [
            [p, f, [list(a) for a in found] if found is not None else None]
            for (p, f), found in sorted(self._anchors.items(), key=lambda kv: kv[0])
            if p in used
        ]
        content = {
            "patterns": items,
            "documents": self._documents,
            "literals": literals,
            "anchors": anchors,
        }
        if not write_cache_file(self._path, FORMAT, self._key, content, _FILE_PREFIX):
            return
        self._read = set(self._used)
        self._documents_new = False
        self._literals_new = False
        self._anchors_new = False


#: The process's cache: opened by the default lexicon's build, read by every lexicon.
PATTERNS = PatternCache()
