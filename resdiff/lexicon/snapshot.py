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
a CRC-32 checksum of the body; the unpickler builds nothing but the lexicon's own classes and
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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..compiled import build_packed, cache_body, pattern_reduction, write_cache_bytes
from .cache import _anchor_entry, _literal_entry

__all__ = ["code_stamp", "load_snapshot", "save_snapshot", "snapshot_key"]

#: Version of the file layout (2: the body's checksum is CRC-32, see :data:`_CHECKSUM`).
FORMAT = 2
#: The body's checksum (:data:`resdiff.compiled.CHECKSUMS`): the snapshot is the largest
#: file a command reads, and SHA-256 of its 1.4 MB was 40% of the instructions of reading
#: the lexicon back (a check against damage, which CRC-32 is made for).
_CHECKSUM = "crc32"

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
    # Each file's name below root: its path less root's, as os.path.relpath gives it (which
    # costs 10 us a file, 2 ms of every command for resdiff's 200 files, to work that out
    # from absolute paths); relpath itself where a path does not start so.
    prefix = os.path.join(root, "")
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
                    path = entry.path
                    if path.startswith(prefix):
                        name = path[len(prefix) :]
                    else:
                        name = os.path.relpath(path, root)
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


#: The attributes of a function that can be set (``build_packed`` is handed to a
#: snapshot's pickle, which could set them as it can set a class's).
_FUNCTION_STATE = (
    "__code__",
    "__defaults__",
    "__kwdefaults__",
    "__dict__",
    "__annotations__",
    "__name__",
    "__qualname__",
    "__module__",
    "__doc__",
)
#: What a class keeps outside its ``__dict__`` that a pickle could set (its bases: a
#: class given other bases loses their methods, and a snapshot so made failed every
#: later command).
_CLASS_SLOTS = ("__bases__", "__name__", "__qualname__")


def _state_of(found: Any) -> dict[str, Any]:
    """What a pickle could change of a class or function it is handed (its BUILD opcode
    sets attributes on whatever stands below it, a class or function too), by identity."""
    if isinstance(found, type):
        state = dict(vars(found))
        state.update(("." + name, getattr(found, name)) for name in _CLASS_SLOTS)
        return state
    state = {name: getattr(found, name, None) for name in _FUNCTION_STATE}
    state.update(("." + name, value) for name, value in vars(found).items())
    return state


class _Unpickler(pickle.Unpickler):
    """Builds nothing but the classes of the lexicon's modules and compiled patterns.

    The classes and the function it hands out are remembered as they were: a pickle could
    set their attributes (``BUILD`` on a class), and :meth:`restore` undoes that."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file)
        self._handed: dict[int, tuple[Any, dict[str, Any]]] = {}

    def find_class(self, module: str, name: str) -> Any:
        found: Any = None
        if module == build_packed.__module__ and name == build_packed.__name__:
            found = build_packed
        elif module.startswith(f"{_LEXICON_PACKAGE}."):
            loaded = sys.modules.get(module)
            candidate = getattr(loaded, name, None) if loaded is not None else None
            if isinstance(candidate, type) and candidate.__module__ == module:
                found = candidate
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a lexicon")
        if id(found) not in self._handed:
            self._handed[id(found)] = (found, _state_of(found))
        return found

    def restore(self) -> bool:
        """Put back every attribute the pickle set on a class or function it was handed;
        ``True`` when there was one to put back (the snapshot is then not to be used)."""
        changed = False
        for found, before in self._handed.values():
            after = _state_of(found)
            if after.keys() == before.keys() and all(
                after[name] is value for name, value in before.items()
            ):
                continue
            changed = True
            if isinstance(found, type):
                for name in after.keys() - before.keys():
                    type.__delattr__(found, name)
                for name, value in before.items():
                    if after.get(name) is not value:
                        type.__setattr__(found, name.lstrip("."), value)
            else:
                for name in after.keys() - before.keys():
                    del found.__dict__[name[1:]]
                for name, value in before.items():
                    if after.get(name) is value:
                        continue
                    if name.startswith("."):
                        found.__dict__[name[1:]] = value
                    else:
                        setattr(found, name, value)
        return changed


def _screens_whole(literals: Any, anchors: Any) -> bool:
    """Whether the literals and opening words read back have the shapes
    :meth:`~resdiff.lexicon.cache.PatternCache.screens` gives: the entries of the
    patterns' cache file, keyed by ``(pattern, flags)``, in tuples."""

    def whole(table: Any, entry: Callable[..., bool]) -> bool:
        return type(table) is dict and all(
            type(key) is tuple and len(key) == 2 and entry(*key, found, sequence=tuple)
            for key, found in table.items()
        )

    return whole(literals, _literal_entry) and whole(anchors, _anchor_entry)


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
    return write_cache_bytes(
        _path(folder, key), FORMAT, key, buffer.getvalue(), _PREFIX, _SUFFIX, _CHECKSUM
    )


def load_snapshot(
    folder: Path | None,
    key: str | None,
    expected: type[_T],
    whole: Callable[[_T], bool] | None = None,
) -> (
    tuple[
        _T,
        dict[tuple[str, int], tuple[str, ...] | None],
        dict[tuple[str, int], tuple[tuple[str, int], ...] | None],
    ]
    | None
):
    """The lexicon kept under ``key`` in ``folder``, with its patterns' literals and
    opening words, when a snapshot is there, whole, of the ``expected`` class and, when
    ``whole`` is given, passing it; else ``None``."""
    if folder is None or key is None:
        return None
    try:
        raw = _path(folder, key).read_bytes()
    except OSError:
        return None
    body = cache_body(raw, FORMAT, key, _CHECKSUM)
    if body is None:
        return None
    unpickler = _Unpickler(io.BytesIO(body))
    try:
        content = unpickler.load()
    except Exception:  # any failure to read a file from outside: built as usual
        content = None
    finally:
        tampered = unpickler.restore()
    if tampered or not (
        isinstance(content, tuple)
        and len(content) == 4
        and content[0] == _TAG
        and type(content[1]) is expected
        and _screens_whole(content[2], content[3])
        and (whole is None or whole(content[1]))
    ):
        return None
    return content[1], content[2], content[3]
