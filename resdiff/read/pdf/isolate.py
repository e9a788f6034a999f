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
its budget allows. A child over its budget is refused with a :class:`ResolutionParseError`
naming the limit and how to raise it; one that dies otherwise (PDFium crashing on a
malformed file) is refused as a corrupt PDF.

The budget grows with the file, as real prints cost in proportion to their size (the
longest seen: a 1 MB LibreOffice print of 2.6 million characters read in 15 s and
780 MB): :data:`SECONDS` plus :data:`SECONDS_PER_MB` a megabyte of CPU time, and
:data:`MEMORY_MB` plus :data:`MEMORY_MB_PER_MB` a megabyte of address space beyond what
the process held when it forked.

Where a child cannot be forked (Windows; or a process running other threads, which a
fork would copy in whatever state their locks are in) PDFium runs in the process as
before, with only the stream scan and the page limits to guard it. Set
``RESDIFF_PDF_IN_PROCESS=1`` to run it in the process anyway (a debugger, a profiler).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ...errors import ResdiffError, ResolutionParseError

__all__ = ["MEMORY_MB", "MEMORY_MB_PER_MB", "SECONDS", "SECONDS_PER_MB", "isolated"]

#: CPU seconds PDFium and the reader may spend on any PDF ...
SECONDS = 5.0
#: ... and more for each megabyte of the file.
SECONDS_PER_MB = 30.0
#: Megabytes of address space the child may take beyond its parent's, for any PDF ...
MEMORY_MB = 768
#: ... and more for each megabyte of the file.
MEMORY_MB_PER_MB = 1024

_T = TypeVar("_T")

#: How PDFium ends a process whose allocation failed (a trap, an abort or a fault).
_CRASHES = frozenset(
    getattr(signal, name)
    for name in ("SIGSEGV", "SIGABRT", "SIGBUS", "SIGILL", "SIGTRAP")
    if hasattr(signal, name)
)

#: How the child ends, in the first byte of what it sends back.
_DONE, _FAILED, _NO_MEMORY = b"D", b"F", b"M"


def _forkable() -> bool:
    return (
        hasattr(os, "fork")
        and sys.platform.startswith("linux")
        and threading.active_count() == 1
        and os.environ.get("RESDIFF_PDF_IN_PROCESS", "") in ("", "0")
    )


def _address_space() -> int:
    """Bytes of address space this process holds now (Linux: /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _budget(size: int) -> tuple[float, int]:
    megabytes = size / 1_000_000
    seconds = SECONDS + SECONDS_PER_MB * megabytes
    memory = int((MEMORY_MB + MEMORY_MB_PER_MB * megabytes) * 1024 * 1024)
    return seconds, memory


def _child(write: int, work: Callable[[], Any], seconds: float, memory: int) -> None:
    """Run ``work`` under the limits and send its outcome down ``write``; never
    returns (the child must not run the parent's code after it: ``os._exit``)."""
    import faulthandler
    import resource

    status = 1
    try:
        # A child PDFium ends (an allocation refused under the cap) must not print a
        # Python crash report into the user's terminal: the parent says what happened.
        faulthandler.disable()
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = int(used.ru_utime + used.ru_stime + seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        room = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (room, room))
        try:
            payload = _DONE + pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = _NO_MEMORY
        except ResdiffError as exc:
            payload = _FAILED + pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(write, view) :]
        status = 0
    except BaseException:  # whatever happened, the parent is told by the exit status
        status = 1
    finally:
        os._exit(status)


def _receive(read: int, pid: int, deadline: float) -> tuple[bytes, bool]:
    """Everything the child sends, and whether it came within ``deadline`` (the child is
    killed otherwise)."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            return b"".join(chunks), False
        ready, _, _ = select.select([read], [], [], left)
        if not ready:
            continue
        chunk = os.read(read, 1 << 20)
        if not chunk:
            return b"".join(chunks), True
        chunks.append(chunk)


def isolated(work: Callable[[], _T], size: int, path: str | None) -> _T:
    """``work()`` (which reads a PDF of ``size`` bytes) run in a child process under the
    budget above, its result or its :class:`ResdiffError` handed back; run in this
    process where no child can be forked."""
    if not _forkable():
        return work()
    seconds, memory = _budget(size)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read)
        _child(write, work, seconds, memory)
    os.close(write)
    started = time.monotonic()
    try:
        # CPU time is capped in the child; the clock, a little more loosely, here (a child
        # waiting on nothing uses no CPU time).
        payload, in_time = _receive(read, pid, started + 2 * seconds + 5)
    finally:
        os.close(read)
        _, status = os.waitpid(pid, 0)
    raise_it = "raise it: resdiff.read.pdf.isolate.{} in Python"
    if payload[:1] == _DONE and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        result: _T = pickle.loads(payload[1:])  # written by our own child
        return result
    if payload[:1] == _FAILED:
        error = pickle.loads(payload[1:])  # written by our own child
        if isinstance(error, ResdiffError):
            raise error
    killed = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    if not in_time or killed in (signal.SIGXCPU, signal.SIGKILL):
        raise ResolutionParseError(
            f"reading this PDF took more than its budget of {seconds:.0f} s "
            f"({SECONDS:.0f} s and {SECONDS_PER_MB:.0f} s a megabyte of the file): not a "
            f"printed document ({raise_it.format('SECONDS_PER_MB')})",
            path=path,
        )
    if payload[:1] == _NO_MEMORY or killed in _CRASHES:
        # PDFium ends the process when an allocation fails: a crash under the cap on
        # memory is most often that.
        raise ResolutionParseError(
            f"reading this PDF needed more than its budget of {memory // (1024 * 1024):,} MB "
            f"of memory ({MEMORY_MB} MB and {MEMORY_MB_PER_MB} MB a megabyte of the file), "
            f"or PDFium failed on it: not a printed document, or a corrupt one "
            f"({raise_it.format('MEMORY_MB_PER_MB')})",
            path=path,
        )
    raise ResolutionParseError("corrupt PDF: PDFium failed while reading it", path=path)
