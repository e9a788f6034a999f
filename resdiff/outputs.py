"""Where a report may be written, and the writing: not a folder, not into a missing
folder, never over one of the command's inputs (a report written over the draft it
compares), and a failed write (a full device, no permission) an
:class:`~resdiff.errors.OutputError`, not a traceback. Used by the command line and by
the products that have a command line of their own (``resdiff check``)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .errors import OutputError
from .safe import printable

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["check_output", "write_output"]


#: What names a file for :func:`check_output`: its device and inode when it exists (so a
#: symbolic link, a hard link or ``./`` is the file it reaches), else its resolved path.
_Identity = tuple[int, int] | str


def _identity(name: str) -> _Identity | None:
    """What file ``name`` is (``-``: what standard input reads, when that is a regular
    file, the only kind a report could overwrite; ``None`` otherwise)."""
    if name == "-":
        try:
            info = os.fstat(0)
        except OSError:  # no standard input at all (closed)
            return None
        return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None
    try:
        info = os.stat(name)
    except (OSError, ValueError):  # missing, unreadable folder, a NUL in the name
        try:
            return os.path.realpath(name)
        except (OSError, ValueError):
            return None
    return (info.st_dev, info.st_ino)


def check_output(target: str, *, inputs: Sequence[str] = ()) -> Path:
    """The path a report may be written to: its folder exists, it is not a folder, and it
    is none of the inputs (by identity: see :data:`_Identity`; ``-`` is standard input).
    Raises :class:`~resdiff.errors.OutputError` otherwise."""
    from pathlib import Path  # not at import: ``resdiff --version`` reads no path

    path = Path(target)
    if path.is_dir():
        raise OutputError("is a directory: give a file name for the report", path=target)
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"no such folder: {str(folder)!r}", path=target)
    output = _identity(target)
    if output is None:
        return path
    for name in inputs:
        if _identity(name) == output:
            what = " (standard input)" if name == "-" else ""
            raise OutputError(
                f"is an input of this command{what}: it would be overwritten", path=target
            )
    return path


def write_output(target: str, data: str | bytes, *, inputs: Sequence[str] = ()) -> None:
    """Write a report (text as UTF-8) after :func:`check_output`; a write that fails (a
    full device, no permission) is an :class:`~resdiff.errors.OutputError`, not a
    traceback."""
    path = check_output(target, inputs=inputs)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(path, "wb") as out:
            out.write(payload)
    except OSError as exc:
        raise OutputError(f"cannot write the report: {exc.strerror}", path=target) from None
    sys.stderr.write(printable(f"resdiff: wrote {target}") + "\n")
