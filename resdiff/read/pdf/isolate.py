"""PDFium run in a child process held to a budget of time and memory.

No scan of a PDF's bytes can bound what PDFium spends on it (a stranger's review, 3
December): one 833-byte file draws a 1.9 MB form of ``q Q`` a thousand times and PDFium
spends 42 s loading its page; another repeats one stream four hundred times in its
``/Contents``; a dictionary can name its filters in ways a byte scan does not read
(``/ASCIIHexD#65code``, ``/Filter 6 0 R``, an encrypted stream). The stream scan of
:mod:`.streams` still refuses the plain compression bombs at once and with a clear
reason; everything PDFium does is then done in a child process (``fork``: the parent's
modules and PDFium itself are already loaded, so it costs about 5 ms) whose CPU time and
address space are capped with ``setrlimit``, and the parent waits for it no longer than
its budget allows (:mod:`.child`). A child over its budget is refused with a
:class:`ResolutionParseError` naming the limit and how to raise it; one that dies
otherwise (PDFium crashing on a malformed file) is refused as a corrupt PDF. This caps
resources; it is no sandbox: the child runs with this process's rights and its result is
unpickled here.

The budget grows with the file, as real prints cost in proportion to their size (the
longest seen: a 1 MB LibreOffice print of 2.6 million characters read in 15 s and
780 MB): :data:`SECONDS` plus :data:`SECONDS_PER_MB` a megabyte of CPU time, and
:data:`MEMORY_MB` plus :data:`MEMORY_MB_PER_MB` a megabyte of address space beyond what
the process held when it forked.

A process running other threads (a web server reading uploads, Jupyter, Dask) cannot
fork safely, since a fork copies their locks in whatever state they are in: it starts a
resident reader instead (a fresh Python of the same ``resdiff``, about 0.35 s once,
:mod:`.readers`), which stays for the next PDF and forks each PDF's child under the same
budget; :func:`stop_readers` ends the idle ones. So does a process that ignores SIGCHLD,
whose children's exit status, which tells how one ended, is lost. Where no reader can be
started (Python embedded in a program that is not Python, a frozen application) a PDF is
refused, never read without its budget, unless ``RESDIFF_PDF_IN_PROCESS=1`` says to read
PDFs in the process (as off Linux, with only the stream scan and the page limits to guard
it; a debugger, a profiler).
"""

from __future__ import annotations

import functools
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ...errors import ResdiffError, ResolutionParseError
from . import readers
from .child import BUG, CRASHES, DONE, FAILED, NO_MEMORY, fork_child, try_again
from .readers import stop_readers

__all__ = [
    "MEMORY_MB",
    "MEMORY_MB_PER_MB",
    "SECONDS",
    "SECONDS_PER_MB",
    "isolated",
    "stop_readers",
]

#: CPU seconds PDFium and the reader may spend on any PDF ...
SECONDS = 5.0
#: ... and more for each megabyte of the file.
SECONDS_PER_MB = 30.0
#: Megabytes of address space the child may take beyond its parent's, for any PDF ...
MEMORY_MB = 768
#: ... and more for each megabyte of the file.
MEMORY_MB_PER_MB = 1024

_T = TypeVar("_T")


def _forkable() -> bool:
    """Whether a child can be forked from this process itself."""
    return (
        _isolating()
        and _threads() == 1
        # A process that ignores SIGCHLD has its children reaped for it: their exit
        # status, which tells how one ended, is lost.
        and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN
    )


def _threads() -> int:
    """The threads this process runs: every one the kernel knows (a thread started by
    ``_thread`` or by a C library too), or those of :mod:`threading` where it cannot say."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _isolating() -> bool:
    """Whether PDFium is to run in a child at all: on Linux (``setrlimit`` caps, and
    ``/proc`` to read a child's CPU time), unless ``RESDIFF_PDF_IN_PROCESS=1``."""
    return (
        hasattr(os, "fork")
        and sys.platform.startswith("linux")
        and os.environ.get("RESDIFF_PDF_IN_PROCESS", "") in ("", "0")
    )


def _budget(size: int) -> tuple[float, int]:
    megabytes = size / 1_000_000
    seconds = SECONDS + SECONDS_PER_MB * megabytes
    memory = int((MEMORY_MB + MEMORY_MB_PER_MB * megabytes) * 1024 * 1024)
    return seconds, memory


def isolated(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """``func(*args)`` (which reads a PDF of ``size`` bytes) run in a child process under
    the budget above, its result or its :class:`ResdiffError` handed back. The child is
    forked from this process when it runs no other thread, and from a resident reader
    when it does (see :func:`_in_server`); the work is done in this process off Linux or
    where ``RESDIFF_PDF_IN_PROCESS=1``. ``func`` is a module-level function and ``args``
    can be pickled, as a reader needs."""
    if _forkable():
        return _forked(func, args, size, path)
    if _isolating():
        return _in_server(func, args, size, path)
    return _here(func, args)


#: PDFium is not thread-safe (no two threads may call it at once, even on documents of
#: their own): the reads done in this process take turns.
_HERE = threading.Lock()


def _here(func: Callable[..., _T], args: tuple[Any, ...]) -> _T:
    """``func(*args)`` in this process, one thread at a time."""
    with _HERE:
        return func(*args)


def _new_lock() -> None:
    """A lock of its own for a forked child: one held by another thread at the fork would
    never be released there."""
    global _HERE
    _HERE = threading.Lock()


if hasattr(os, "register_at_fork"):  # not on Windows, where nothing forks
    os.register_at_fork(after_in_child=_new_lock)


def _forked(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """:func:`isolated` in a child forked from this process."""
    seconds, memory = _budget(size)
    payload, in_time, exited, killed = fork_child(
        functools.partial(func, *args), seconds, memory, path
    )
    result: _T = _outcome(payload, in_time, exited, killed, size, path)
    return result


#: How many readers in a row must end on their own, unanswered, before a PDF is refused
#: as one no reader can be had for here, rather than for now (one may have met a passing
#: want of memory as it started).
_LASTING = 3
#: How many have, in a row; and how many in a row said nothing at all within
#: ``readers.STARTUP`` (a program that is not Python and keeps running, or a machine
#: loaded beyond it: refused "for now", never with the way out of the caps).
_ENDED = 0
_SILENT = 0
#: Once that many have, no reader is started for :data:`_QUIET` seconds (a program that
#: is not Python would be run with made-up arguments for every PDF): until when, and why.
_QUIET = 60.0
_QUIET_UNTIL = 0.0
_QUIET_WHY = ""


def _in_server(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """:func:`isolated` through a resident reader (see :mod:`.readers`): an idle one
    started on this process's path, or a new one. A reader that had ended while idle (the
    memory killer, a stray kill) is replaced once, before it was given the PDF; once it
    has the PDF, no failure of its is answered by reading the PDF again.

    No failure reads the PDF without its budget. A reader that cannot be started for now
    (descriptors, processes or memory run short; a reader slow on a loaded machine, or
    killed) refuses the PDF, to be tried again; one that ends on its own before it has
    answered, :data:`_LASTING` times in a row (a program that is not Python, a Python
    that cannot load the reader), refuses it saying how to read PDFs in this process
    instead, ``RESDIFF_PDF_IN_PROCESS=1``; no reader is started again for a minute, and
    the PDF after that tries again.
    """
    seconds, memory = _budget(size)
    executable = sys.executable
    if not executable or getattr(sys, "frozen", False):
        # A frozen application's executable is the application, not a Python to start.
        raise _no_reader("no Python to start (sys.executable)", path)
    places = tuple(readers.child_path())
    request = readers.framed(
        pickle.dumps(
            (func.__module__, func.__qualname__, args, seconds, memory, path),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    )
    # At most as many reads at once as readers are kept: a flood of uploads waits its
    # turn rather than start a reader (and a child of up to its budget) for each.
    with readers.SLOTS:
        reply = _ask_a_reader(executable, places, request, seconds, size, path)
    said = pickle.loads(reply)  # written by our own reader
    if said[0] == "raise":
        raise said[1]
    payload, in_time, exited, killed = said[1:]
    result: _T = _outcome(payload, in_time, exited, killed, size, path)
    return result


def _ask_a_reader(
    executable: str,
    places: tuple[str, ...],
    request: bytes,
    seconds: float,
    size: int,
    path: str | None,
) -> bytes:
    """The reply of a reader, idle or new, to ``request``, the reader given back; or the
    refusal of the PDF (see :func:`_in_server`)."""
    global _ENDED, _SILENT, _QUIET_UNTIL, _QUIET_WHY

    reader = None
    try:
        reader = readers.take(places)
        while True:
            fresh = reader is None
            if reader is None:
                if time.monotonic() < _QUIET_UNTIL:
                    why = f"{_QUIET_WHY}; not tried again for a minute"
                    raise _no_reader(why, path) if _ENDED >= _LASTING else try_again(why, path)
                started = readers.start_reader(executable, places, path)
                if isinstance(started, tuple):
                    failed, kind = started
                    _ENDED = _ENDED + 1 if kind == "lasting" else 0
                    _SILENT = _SILENT + 1 if kind == "silent" else 0
                    if _ENDED >= _LASTING or _SILENT >= _LASTING:
                        # Not started again for a minute: a program that is not Python
                        # would be run with made-up arguments for each PDF, and one that
                        # keeps running would hold a turn for STARTUP seconds each time.
                        _QUIET_UNTIL, _QUIET_WHY = time.monotonic() + _QUIET, failed
                    if _ENDED >= _LASTING:
                        raise _no_reader(failed, path)
                    raise try_again(failed, path)
                _ENDED = _SILENT = 0
                reader = started
            reply = reader.ask(request, seconds)
            if reply != "unsent" or fresh:
                break
            reader.stop()
            reader = None
    except BaseException:
        # Interrupted (Ctrl-C, a caller's own timeout): the reader and its child go.
        if reader is not None:
            reader.stop()
        raise
    if isinstance(reply, str):
        reader.stop()
        if reply == "late":  # past any time the reader would have waited on its child
            _outcome(b"", False, True, None, size, path)  # raises: over its time
        why = {
            "unsent": "the process to read it had ended",
            "stuck": "the process to read it did not take it in time",
        }.get(reply, "the process reading it ended before it answered")
        raise try_again(why, path)
    readers.give_back(reader)
    return reply


def _no_reader(why: str, path: str | None) -> ResolutionParseError:
    """The refusal of a PDF no reader can be started for here."""
    return ResolutionParseError(
        f"no process can be started here to read this PDF under its budget of time and "
        f"memory ({why}); set RESDIFF_PDF_IN_PROCESS=1 to read PDFs in this process, "
        f"without that budget",
        path=path,
    )


def _outcome(
    payload: bytes, in_time: bool, exited: bool, killed: int | None, size: int, path: str | None
) -> Any:
    """What a child's ``payload`` and end come to: its result, or the error to raise
    (its own :class:`ResdiffError`; the budget of time or memory it went over; a reader's
    bug; a corrupt PDF)."""
    seconds, memory = _budget(size)
    if exited and payload[:1] in (DONE, FAILED):
        try:
            outcome = pickle.loads(payload[1:])  # written by our own child
        except Exception:  # cut short: told below as a failure
            outcome = None
        if payload[:1] == DONE and outcome is not None:
            return outcome
        if isinstance(outcome, ResdiffError):
            raise outcome
    if exited and payload[:1] == BUG:
        raise RuntimeError(
            "resdiff's PDF reader failed (a bug; please report it with the file): "
            + payload[1:].decode("utf-8", "replace")
        )
    raise_it = "raise it: resdiff.read.pdf.isolate.{} in Python"
    if not in_time or killed == signal.SIGXCPU:
        raise ResolutionParseError(
            f"reading this PDF took more than its budget of {seconds:.0f} s "
            f"({SECONDS:.0f} s and {SECONDS_PER_MB:.0f} s a megabyte of the file): not a "
            f"printed document ({raise_it.format('SECONDS_PER_MB')})",
            path=path,
        )
    if payload[:1] == NO_MEMORY or killed in CRASHES or killed == signal.SIGKILL:
        # PDFium ends the process when an allocation fails, and the kernel kills one it
        # has no memory for: a crash under the cap on memory is most often that.
        raise ResolutionParseError(
            f"reading this PDF needed more than its budget of {memory // (1024 * 1024):,} MB "
            f"of memory ({MEMORY_MB} MB and {MEMORY_MB_PER_MB} MB a megabyte of the file), "
            f"or PDFium failed on it: not a printed document, or a corrupt one "
            f"({raise_it.format('MEMORY_MB_PER_MB')})",
            path=path,
        )
    raise ResolutionParseError("corrupt PDF: PDFium failed while reading it", path=path)
