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

import contextlib
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
_DONE, _FAILED, _NO_MEMORY, _BUG = b"D", b"F", b"M", b"X"


def _forkable() -> bool:
    return (
        hasattr(os, "fork")
        and sys.platform.startswith("linux")
        and threading.active_count() == 1
        # A process that ignores SIGCHLD has its children reaped for it: their exit
        # status, which tells how one ended, is lost.
        and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN
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
        # Python crash report into the user's terminal, nor leave a core file (a child
        # over its CPU time dumps core by default): the parent says what happened.
        faulthandler.disable()
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
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
        except Exception as exc:  # a bug of the reader's: the parent raises it as one
            import traceback

            told = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
            payload = _BUG + told.encode("utf-8", "replace")
        view = memoryview(payload)
        while view:
            view = view[os.write(write, view) :]
        status = 0
    except BaseException:  # whatever happened, the parent is told by the exit status
        status = 1
    finally:
        os._exit(status)


def _cpu_seconds(pid: int) -> float | None:
    """CPU time the child has used so far (Linux: /proc/<pid>/stat), or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _receive(read: int, pid: int, seconds: float) -> tuple[bytes, bool]:
    """Everything the child sends, and whether it came in time (the child is killed
    otherwise). CPU time is capped in the child; the clock here is only a backstop for
    a child that waits on nothing: past twice its budget it is asked how much CPU time
    it has used, and waited for while that is under the budget (a loaded machine, or a
    command suspended with Ctrl-Z, makes the clock run ahead of the child)."""
    chunks: list[bytes] = []
    started = time.monotonic()
    deadline = started + 2 * seconds + 5
    cap = started + 20 * seconds + 60
    while True:
        ready, _, _ = select.select([read], [], [], max(0.0, min(deadline - time.monotonic(), 1.0)))
        if ready:
            chunk = os.read(read, 1 << 20)
            if not chunk:
                return b"".join(chunks), True
            chunks.append(chunk)
            continue
        now = time.monotonic()
        if now < deadline:
            continue
        used = _cpu_seconds(pid)
        if used is not None and used < seconds and now < cap:
            deadline = now + 2 * (seconds - used) + 5
            continue
        os.kill(pid, signal.SIGKILL)
        return b"".join(chunks), False


def _reap(pid: int) -> int | None:
    """The child's exit status, waited for (again if a signal interrupts), or None when
    it was reaped already (a process that ignores SIGCHLD)."""
    while True:
        try:
            return os.waitpid(pid, 0)[1]
        except ChildProcessError:
            return None
        except InterruptedError:
            continue


def isolated(work: Callable[[], _T], size: int, path: str | None) -> _T:
    """``work()`` (which reads a PDF of ``size`` bytes) run in a child process under the
    budget above, its result or its :class:`ResdiffError` handed back; run in this
    process where no child can be forked."""
    if not _forkable():
        return work()
    seconds, memory = _budget(size)
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        # No child to be had (no memory to fork a large process): read it here.
        os.close(read)
        os.close(write)
        return work()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read)
        _child(write, work, seconds, memory)
    os.close(write)
    try:
        payload, in_time = _receive(read, pid, seconds)
    except BaseException:
        # Interrupted (Ctrl-C, a caller's own timeout): the child goes too, at once.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read)
        status = _reap(pid)
    exited = status is None or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
    raise_it = "raise it: resdiff.read.pdf.isolate.{} in Python"
    if exited and payload[:1] in (_DONE, _FAILED):
        try:
            outcome = pickle.loads(payload[1:])  # written by our own child
        except Exception:  # cut short: told below as a failure
            outcome = None
        if payload[:1] == _DONE and outcome is not None:
            result: _T = outcome
            return result
        if isinstance(outcome, ResdiffError):
            raise outcome
    if exited and payload[:1] == _BUG:
        raise RuntimeError(
            "resdiff's PDF reader failed (a bug; please report it with the file): "
            + payload[1:].decode("utf-8", "replace")
        )
    killed = os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None
    if not in_time or killed == signal.SIGXCPU:
        raise ResolutionParseError(
            f"reading this PDF took more than its budget of {seconds:.0f} s "
            f"({SECONDS:.0f} s and {SECONDS_PER_MB:.0f} s a megabyte of the file): not a "
            f"printed document ({raise_it.format('SECONDS_PER_MB')})",
            path=path,
        )
    if payload[:1] == _NO_MEMORY or killed in _CRASHES or killed == signal.SIGKILL:
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
