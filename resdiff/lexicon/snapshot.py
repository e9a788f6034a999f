"""The default lexicon kept whole in the user's cache, and read back at once.

Building the default lexicon costs about 55 ms of every fresh ``resdiff`` command even
when its patterns come from the cache file of :mod:`.cache`: the JSON read and checked,
the entries validated, the patterns' sources written out and rebuilt. The built
:class:`~resdiff.lexicon.match.Lexicon` is plain data (validated entries, lookup tables,
compiled patterns), so it is also kept whole, pickled, in ``snapshot-<key>.pickle``
beside that file, with the literals and opening words its patterns are screened by; read
back, it costs about 15 ms. Each compiled pattern is kept as the code :mod:`re` compiled
it to and rebuilt from that code (pickle would otherwise compile it again).

The key hashes the key of the lexicon's cache (its files, resdiff's and Python's version,
the regex engine) with the size and modification time of every Python file of resdiff:
a snapshot is never read by code other than the code that wrote it (a class given a new
attribute, a pattern built another way).

A snapshot is read with the care any file from outside deserves, though only resdiff
writes it, in a folder only its user may write: its header names the format and key and
a checksum of the body; the unpickler builds nothing but the lexicon's own classes and
compiled patterns (:class:`_Unpickler`, the "restricting globals" of the :mod:`pickle`
documentation), the regex engine verifies each pattern's code, and what comes back must
be a lexicon. A snapshot that fails any of this is ignored: the lexicon is built as usual
and the snapshot written again. A folder that cannot be written only means the next
command builds it again. The folder is safe to delete.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Any, TypeVar

from ..compiled import build_packed, cache_body, pattern_reduction, write_cache_bytes

__all__ = ["code_stamp", "load_snapshot", "save_snapshot", "snapshot_key"]

#: Version of the file layout.
FORMAT = 1

_PREFIX = "snapshot-"
_SUFFIX = ".pickle"
#: The first item of the pickled tuple: what a snapshot is, checked on reading.
_TAG = "resdiff.lexicon.snapshot"
#: The package whose classes a snapshot may build.
_LEXICON_PACKAGE = __name__.rsplit(".", 1)[0]

_T = TypeVar("_T")


def code_stamp(root: Path | None = None) -> str | None:
    """The size and modification time of every Python file of resdiff (of the package
    folder ``root``), hashed; ``None`` when they cannot be listed (a package in a zip file
    keeps no snapshot)."""
    root = root if root is not None else Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    found = 0
    pending = [root]
    try:
        while pending:
            folder = pending.pop()
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
            for entry in listed:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    stat = entry.stat()
                    name = os.path.relpath(entry.path, root)
                    digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
                    found += 1
    except OSError:
        return None
    return digest.hexdigest() if found else None


def snapshot_key(lexicon_key: str) -> str | None:
    """The key of the default lexicon's snapshot: its cache's ``lexicon_key`` and the
    stamp of resdiff's code; ``None`` when the code cannot be stamped."""
    stamp = code_stamp()
    if stamp is None:
        return None
    return hashlib.sha256(f"{FORMAT}\0{lexicon_key}\0{stamp}".encode()).hexdigest()


def _path(folder: Path, key: str) -> Path:
    return folder / f"{_PREFIX}{key[:32]}{_SUFFIX}"


class _Pickler(pickle.Pickler):
    """Pickles compiled patterns as their code (:func:`pattern_reduction`)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            return pattern_reduction(obj)
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    """Builds nothing but the classes of the lexicon's modules and compiled patterns."""

    def find_class(self, module: str, name: str) -> Any:
        if module == build_packed.__module__ and name == build_packed.__name__:
            return build_packed
        if module.startswith(f"{_LEXICON_PACKAGE}."):
            loaded = sys.modules.get(module)
            found = getattr(loaded, name, None) if loaded is not None else None
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a lexicon")


def save_snapshot(
    folder: Path | None,
    key: str | None,
    lexicon: object,
    literals: dict[tuple[str, int], tuple[str, ...] | None],
    anchors: dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
) -> bool:
    """Keep ``lexicon`` (with the ``literals`` and ``anchors`` of its patterns) under
    ``key`` in ``folder``. Never raises: ``False`` when it could not be kept."""
    if folder is None or key is None:
        return False
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((_TAG, lexicon, literals, anchors))
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError):
        # Something in the lexicon pickles otherwise than as data: no snapshot.
        return False
    return write_cache_bytes(_path(folder, key), FORMAT, key, buffer.getvalue(), _PREFIX, _SUFFIX)


def load_snapshot(
    folder: Path | None, key: str | None, expected: type[_T]
) -> (
    tuple[
        _T,
        dict[tuple[str, int], tuple[str, ...] | None],
        dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
    ]
    | None
):
    """The lexicon kept under ``key`` in ``folder``, with its patterns' literals and
    opening words, when a snapshot is there, whole and of the ``expected`` class; else
    ``None``."""
    if folder is None or key is None:
        return None
    try:
        raw = _path(folder, key).read_bytes()
    except OSError:
        return None
    body = cache_body(raw, FORMAT, key)
    if body is None:
        return None
    try:
        content = _Unpickler(io.BytesIO(body)).load()
    except Exception:  # any failure to read a file from outside: built as usual
        return None
    if not (
        isinstance(content, tuple)
        and len(content) == 4
        and content[0] == _TAG
        and type(content[1]) is expected
        and isinstance(content[2], dict)
        and isinstance(content[3], dict)
    ):
        return None
    return content[1], content[2], content[3]
