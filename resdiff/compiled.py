"""The package's own regular expressions, compiled once and kept in the user's cache.

The readers, the analysis and the comparison compile about 100 regular expressions of
their own in a ``resdiff compare`` (at import or on first use): about 15 ms of every
command. As for the default lexicon (:mod:`resdiff.lexicon.cache`, which explains the
method), what :mod:`re` compiles a pattern to is kept: a list of integers that
``_sre.compile`` turns into the pattern at once. One JSON file, ``patterns-<key>.json``
in the folder the lexicon's cache uses, holds them by pattern and flags; the key hashes
resdiff's version, the Python version and the regex engine's magic number, so an upgrade
starts a new file (older ones are removed when it is written). A pattern edited in the
source is not found and is compiled as usual.

A file is never trusted blindly: one that does not parse, has another key, fails its
checksum, or holds an entry of the wrong shape is ignored whole; code the regex engine
refuses (``_sre`` verifies what it is given) is compiled again. When a pattern was
missing from the file, the file is written again at exit with every pattern known; a
folder that cannot be written only means the next command compiles again. This module
imports nothing from the package but its version, so that every stage may use it.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["compile_cached"]

# The helpers below are shared with :mod:`resdiff.lexicon.cache`, which keeps the default
# lexicon's patterns the same way (one implementation of the engine's internals, here,
# since this module may be imported by every stage).

_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
    ENGINE = f"{_sre.MAGIC}-{_sre.CODESIZE}"
    SUPPORTED = hasattr(_compiler, "_code") and hasattr(_parser, "parse")
except (ImportError, AttributeError):  # pragma: no cover - another Python
    ENGINE = ""
    SUPPORTED = False

#: Version of the file layout: 2 since the checksum is CRC-32 (1: SHA-256). The key
#: hashes it, so the two layouts have files of their own: two checkouts of one version
#: (two worktrees, an upgrade undone) sharing the user's cache would otherwise each
#: ignore the other's file and write its own over it on every command.
FORMAT = 2
#: The file's checksum (:data:`CHECKSUMS`): CRC-32, as the lexicon's snapshot, since
#: the check is against a file cut short or damaged; SHA-256 of its 299 KB cost about
#: 7 million instructions of every command, CRC-32 about 1 million. A file written with
#: another checksum holds no field of this name, so it is ignored and written again
#: (as the file of another :data:`FORMAT` it also has another name).
_CHECKSUM = "crc32"
_FILE_PREFIX = "patterns-"
_CODE_TYPE = "I" if array("I").itemsize == 4 else "L"

#: What a pattern compiles to: final flags, code, groups, group index, index group.
Record = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_dir() -> Path | None:
    """The folder resdiff's caches are kept in (``$XDG_CACHE_HOME/resdiff``, else
    ``~/.cache/resdiff``; ``~/Library/Caches/resdiff`` on macOS, ``%LOCALAPPDATA%\\resdiff``
    on Windows), or ``None`` when there is no home to put it in."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG rules: a relative path is to be ignored.
    if base and os.path.isabs(base):
        return Path(base) / "resdiff"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "resdiff"
    if os.name == "nt":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / "resdiff"
    return home / ".cache" / "resdiff"


def _key() -> str:
    from ._version import __version__

    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, sys.version, ENGINE, sys.byteorder):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def record_of(pattern: str, flags: int) -> Record:
    """What ``re`` compiles ``pattern`` to, as ``re._compiler.compile`` computes it."""
    parsed = _parser.parse(pattern, flags)
    code = list(_compiler._code(parsed, flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))  # fmt: skip


def build(pattern: str, record: Record) -> re.Pattern[str]:
    """The pattern ``record`` (from :func:`record_of`) compiles to, built at once."""
    flags, code, groups, groupindex, indexgroup = record
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def encode(pattern: str, flags: int, record: Record) -> list[Any]:
    """One cache entry for ``pattern`` and its record: the code packed in base64."""
    final, code, groups, groupindex, indexgroup = record
    packed = base64.b64encode(array(_CODE_TYPE, code).tobytes()).decode("ascii")
    return [pattern, flags, final, packed, groups, groupindex, list(indexgroup)]


def decode(item: Any) -> tuple[str, int, Record]:
    """One cached pattern; ``ValueError`` for anything not shaped as this module writes."""
    pattern, flags, final, packed, groups, groupindex, indexgroup = _checked(item)
    code = array(_CODE_TYPE)
    try:
        code.frombytes(base64.b64decode(packed, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("bad code") from exc
    return pattern, flags, (final, code.tolist(), groups, groupindex, tuple(indexgroup))


def _checked(item: Any) -> list[Any]:
    """A cache entry (as :func:`encode` writes it) whose shape holds, its code not yet
    decoded; ``ValueError`` for anything else."""
    if not isinstance(item, list) or len(item) != 7:
        raise ValueError("not a pattern entry")
    pattern, flags, final, packed, groups, groupindex, indexgroup = item
    if not (
        isinstance(pattern, str)
        and all(type(n) is int for n in (flags, final, groups))
        and isinstance(packed, str)
        and isinstance(groupindex, dict)
        and all(isinstance(k, str) and type(v) is int for k, v in groupindex.items())
        and isinstance(indexgroup, list)
        and all(g is None or isinstance(g, str) for g in indexgroup)
    ):
        raise ValueError("a pattern entry of the wrong shape")
    return item


class _Store:
    """The cache file of this process: read on the first pattern, written at exit when a
    pattern was missing from it."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, int], Record] | None = None
        # Entries read from the file whose code is not decoded yet (see _open).
        self.unread: dict[tuple[str, int], list[Any]] = {}
        self.path: Path | None = None
        self.key = ""
        self.dirty = False

    def _open(self) -> dict[tuple[str, int], Record]:
        self.known = {}
        folder = cache_dir() if SUPPORTED else None
        if folder is None:
            return self.known
        self.key = _key()
        self.path = folder / f"{_FILE_PREFIX}{self.key[:32]}.json"
        try:
            raw = self.path.read_bytes()
        except OSError:
            return self.known
        body = cache_body(raw, FORMAT, self.key, _CHECKSUM)
        if body is None:
            return self.known
        try:
            items = json.loads(body)
            if not isinstance(items, list):
                return self.known
            found = {}
            for item in items:
                # Each entry's shape is checked now (a file with one entry of another shape
                # is ignored whole), its code decoded when its pattern is first asked for:
                # the file keeps every pattern any command compiled (the readers of every
                # format), and decoding them all cost each command 1.5 ms for 160 of them.
                entry = _checked(item)
                found[(entry[0], entry[1])] = entry
        except (ValueError, UnicodeDecodeError):
            # A file this module did not write as it is: ignored whole.
            return self.known
        self.unread = found
        return self.known

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        known = self.known if self.known is not None else self._open()
        record = known.get((pattern, flags))
        if record is None and (pattern, flags) in self.unread:
            try:
                record = decode(self.unread.pop((pattern, flags)))[2]
            except ValueError:
                record = None  # code that is not base64: compiled again, the file rewritten
            else:
                known[(pattern, flags)] = record
        if record is not None:
            try:
                return build(pattern, record)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                # The engine refused the cached code: compile it and write it again.
                del known[(pattern, flags)]
        compiled = re.compile(pattern, flags)
        if self.path is not None:
            try:
                fresh = record_of(pattern, flags)
                # Kept only when it builds the very pattern re.compile gave (same code).
                if build(pattern, fresh) == compiled:
                    known[(pattern, flags)] = fresh
                    if not self.dirty:
                        self.dirty = True
                        atexit.register(self.save)
            except Exception:  # an engine internal changed: only stop caching
                self.path = None
        return compiled

    def save(self) -> None:
        """Write every pattern known (read or compiled). Never raises: a cache that cannot
        be written is only slower."""
        if not self.dirty or self.path is None or self.known is None:
            return
        self.dirty = False
        entries = {key: encode(*key, record) for key, record in self.known.items()}
        # The entries never asked for are written as they were read.
        entries.update((key, item) for key, item in self.unread.items() if key not in entries)
        items = [entries[key] for key in sorted(entries)]
        write_cache_file(self.path, FORMAT, self.key, items, _FILE_PREFIX, _CHECKSUM)


_STORE = _Store()


def write_cache_file(
    path: Path, form: int, key: str, content: Any, prefix: str, checksum: str = "sha256"
) -> bool:
    """Write ``content`` as JSON to the cache file ``path`` (see :func:`write_cache_bytes`,
    ``checksum`` as there). ``False`` when it could not be written: a cache that cannot be
    written is only slower."""
    body = json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return write_cache_bytes(path, form, key, body, prefix, ".json", checksum)


#: How many files of one kind a cache folder keeps, the newest: two checkouts of resdiff
#: (or two lexicons) used by turns would otherwise each remove the other's file and
#: build their own again on every command.
KEPT_VERSIONS = 4


#: The checksums a cache file's header may hold, by the header's name for it: SHA-256,
#: and CRC-32 (the default lexicon's snapshot, :mod:`resdiff.lexicon.snapshot`: 1.4 MB
#: read by every command, whose SHA-256 cost 38 million instructions of the command's
#: 2,473 million and 1 ms, against 5 million and 0.3 ms; the check is against a file
#: cut short or damaged, which CRC-32 is made for, not against a forger, who could
#: recompute either).
CHECKSUMS: dict[str, Callable[[bytes], str]] = {
    "sha256": lambda body: hashlib.sha256(body).hexdigest(),
    "crc32": lambda body: f"{binascii.crc32(body):08x}",
}


def write_cache_bytes(
    path: Path,
    form: int,
    key: str,
    body: bytes,
    prefix: str,
    suffix: str,
    checksum: str = "sha256",
) -> bool:
    """Write ``body`` to the cache file ``path``, under a one-line JSON header with its
    format, key and checksum (``checksum`` names one of :data:`CHECKSUMS`); of the other
    files of its kind (named ``prefix``*``suffix``) beside it, keep the
    :data:`KEPT_VERSIONS` - 1 newest and remove the rest. Written aside and renamed, so a
    reader never sees half a file. ``False`` when it could not be written."""
    fields = {"format": form, "key": key, checksum: CHECKSUMS[checksum](body)}
    header = json.dumps(fields).encode("ascii")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Imported here: a command that writes no cache (most of them) does not pay for
        # tempfile and the shutil it imports.
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=f".{prefix}", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(header + b"\n" + body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        others = []
        for old in folder.glob(f"{prefix}*{suffix}"):
            if old != path:
                try:
                    others.append((old.stat().st_mtime_ns, old))
                except OSError:
                    continue  # removed meanwhile
        others.sort(reverse=True)
        for _, old in others[KEPT_VERSIONS - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def cache_body(raw: bytes, form: int, key: str, checksum: str = "sha256") -> bytes | None:
    """The body of a cache file read as ``raw`` (as :func:`write_cache_bytes` writes it),
    or ``None`` unless its header names format ``form`` and key ``key`` and the body's
    checksum (``checksum``, the one it was written with) holds."""
    head, newline, body = raw.partition(b"\n")
    if not newline:
        return None
    try:
        header = json.loads(head)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if (
        not isinstance(header, dict)
        or header.get("format") != form
        or header.get("key") != key
        or header.get(checksum) != CHECKSUMS[checksum](body)
    ):
        return None
    return body


def parsed_toml(
    raw: str, form: int, prefix: str, well_formed: Callable[[Any], bool]
) -> dict[str, Any]:
    """A data file's TOML text ``raw`` parsed, kept as JSON in the user's cache.

    Importing tomllib and parsing a data file of the readers cost milliseconds of every
    command that reads a draft; the same document kept as ``<prefix><hash>.json`` (format
    ``form``, under a hash of the text) reads back in a tenth of a millisecond. A cache
    file that is missing, damaged, of another text, or whose content ``well_formed``
    refuses (the shape the caller reads) is passed over: the text is parsed and the cache
    written again. A value JSON cannot hold (a TOML date) is not kept: parsed every time."""
    key = hashlib.sha256(f"{form}\0{raw}".encode()).hexdigest()
    folder = cache_dir()
    path = folder / f"{prefix}{key[:32]}.json" if folder is not None else None
    if path is not None:
        try:
            body = cache_body(path.read_bytes(), form, key)
            if body is not None:
                data = json.loads(body)
                if well_formed(data):
                    return data  # type: ignore[no-any-return]
        except (OSError, ValueError, RecursionError):
            pass
    import tomllib

    data = tomllib.loads(raw)
    if path is not None:
        with contextlib.suppress(TypeError, ValueError):
            write_cache_file(path, form, key, data, prefix)
    return data


def pattern_reduction(rx: re.Pattern[str]) -> tuple[Any, tuple[Any, ...]]:
    """How to pickle ``rx`` so that it is rebuilt from its code rather than compiled again
    (what :meth:`pickle.Pickler.reducer_override` returns for it): :func:`build_packed` and
    its arguments. ``ValueError`` when the code found does not build ``rx`` itself."""
    # The flags re.compile was given: a str pattern's hold re.UNICODE, which parsing adds.
    flags = int(rx.flags & ~re.UNICODE) if isinstance(rx.pattern, str) else int(rx.flags)
    final, code, groups, groupindex, indexgroup = record_of(rx.pattern, flags)
    if build(rx.pattern, (final, code, groups, groupindex, indexgroup)) != rx:
        raise ValueError(f"the code of {rx.pattern[:60]!r} does not build it")
    packed = array(_CODE_TYPE, code).tobytes()
    return build_packed, (
        rx.pattern,
        int(final),
        packed,
        groups,
        dict(groupindex),
        tuple(indexgroup),
    )


def build_packed(
    pattern: str,
    flags: int,
    packed: bytes,
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[str]:
    """The pattern :func:`pattern_reduction` packed, built at once (``_sre`` verifies the
    code, and raises on code it refuses)."""
    if not (
        isinstance(pattern, str)
        and type(flags) is int
        and isinstance(packed, bytes)
        and type(groups) is int
        and isinstance(groupindex, dict)
        and isinstance(indexgroup, tuple)
    ):
        raise ValueError("a packed pattern of the wrong shape")
    code = array(_CODE_TYPE)
    code.frombytes(packed)
    return build(pattern, (flags, code.tolist(), groups, groupindex, indexgroup))


def compile_cached(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the user's cache when it holds the pattern."""
    return _STORE.compile(pattern, int(flags))
