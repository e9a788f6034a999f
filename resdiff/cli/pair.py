"""The two drafts of ``resdiff compare`` read at the same time, one in a forked process.

Reading a long draft is a good part of a comparison of long drafts (two 2.5 MB AKN files
of 5,000 paragraphs: 0.25-0.30 s each, of a 3 s command), and the two reads do not
depend on each other. Where the machine has a second core, the new draft is read in a
child process forked once the reading modules are loaded, while this process reads the
old one; the child sends the draft back pickled (2.9 MB for 5,000 paragraphs: 35 ms to
write, 30 ms to read back, so only drafts of some length are worth it, see
:data:`LEAST_BYTES`).

Nothing else changes: the child reads with the same function, and when it fails in any
way (an input error, a crash, a draft that cannot be sent back) this process reads the
new draft itself, so that errors, their order and their wording are those of the reads
one after the other. ``RESDIFF_SERIAL=1`` reads one after the other always. Only on
Linux: ``fork`` elsewhere is unsafe (macOS) or missing (Windows).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import stat
import sys
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["LEAST_BYTES", "SERIAL_ENV", "read_pair"]

T = TypeVar("T")

#: The size under which a draft is read here rather than in a child: below it, the fork
#: and the pickled draft's round trip (about 25 ms a MB, plus a few ms) cost about what
#: the read in parallel saves (an AKN file reads at about 100 ms a MB).
LEAST_BYTES = 256 * 1024

#: The environment variable that, set to a non-empty value other than ``0``, turns the
#: concurrent read off.
SERIAL_ENV = "RESDIFF_SERIAL"


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _regular_size(name: str) -> int | None:
    if name == "-":
        return None
    try:
        info = os.stat(name)
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def worth_forking(names: Sequence[str]) -> bool:
    """Whether the drafts ``names`` are read at the same time: two regular files of at
    least :data:`LEAST_BYTES` each, on Linux with two cores free to this process, and
    :data:`SERIAL_ENV` not set."""
    if len(names) != 2 or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if os.environ.get(SERIAL_ENV, "0") not in ("", "0"):
        return False
    sizes = [_regular_size(name) for name in names]
    if any(size is None or size < LEAST_BYTES for size in sizes):
        return False
    return _cores() >= 2


def _child(read: Callable[[str], T], name: str, out: int) -> None:
    """Read ``name`` and write the pickled result to ``out``; never returns."""
    code = 1
    try:
        data = pickle.dumps(read(name), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(out, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:
        code = 1
    finally:
        # No atexit handler, no flush of buffers the parent owns, no freeing of objects.
        os._exit(code)


def read_pair(names: Sequence[str], read: Callable[[str], T]) -> list[T]:
    """``[read(name) for name in names]``, the second read in a forked child where
    :func:`worth_forking` says so."""
    if not worth_forking(names):
        return [read(name) for name in names]
    for stream in (sys.stdout, sys.stderr):
        # A buffer written before the fork would be written twice.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    try:
        inlet, out = os.pipe()
        pid = os.fork()
    except OSError:
        return [read(name) for name in names]
    if pid == 0:  # pragma: no cover - the child, whose coverage is not collected
        os.close(inlet)
        _child(read, names[1], out)
    os.close(out)
    try:
        first = read(names[0])
    except BaseException:
        # The old draft's error is reported, as it would be first one after the other.
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(inlet)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
        raise
    with os.fdopen(inlet, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0 and data:
        try:
            second: T = pickle.loads(data)
        except Exception:
            pass
        else:
            return [first, second]
    return [first, read(names[1])]
