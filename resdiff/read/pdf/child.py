"""A child process forked to run one piece of work under caps on CPU time and address
space, and how it ended (the primitives of :mod:`.isolate`).

The child caps itself with ``setrlimit`` before it runs the work and sends back one
payload, its first byte telling how the work ended (:data:`DONE`, :data:`FAILED`,
:data:`NO_MEMORY`, :data:`BUG`). The parent reads it within a clock that is only a
backstop (the CPU cap is the budget), and reaps the child. Only a process that runs no
other thread may fork (a fork copies other threads' locks in whatever state they are
in): the caller of :func:`fork_child` makes sure of it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any

from ...errors import ResdiffError, ResolutionParseError

__all__ = ["BUG", "CRASHES", "DONE", "FAILED", "NO_MEMORY", "Ended", "fork_child", "pipe"]

#: How PDFium ends a process whose allocation failed (a trap, an abort or a fault).
CRASHES = frozenset(
    getattr(signal, name)
    for name in ("SIGSEGV", "SIGABRT", "SIGBUS", "SIGILL", "SIGTRAP")
    if hasattr(signal, name)
)

#: How the child ends, in the first byte of what it sends back.
DONE, FAILED, NO_MEMORY, BUG = b"D", b"F", b"M", b"X"

#: How a child ended: what it sent, whether in time, whether it exited well, and the
#: signal that killed it.
Ended = tuple[bytes, bool, bool, int | None]

#: The child being waited for, if any (a resident reader told to stop kills and reaps
#: it first, see :mod:`.serve`).
current_child = 0


def _address_space() -> int:
    """Bytes of address space this process holds now (Linux: /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _child(write: int, work: Callable[[], Any], seconds: float, memory: int) -> None:
    """Run ``work`` under the limits and send its outcome down ``write``; never
    returns (the child must not run the parent's code after it: ``os._exit``)."""
    import faulthandler
    import resource

    status = 1
    try:
        # Signals blocked or ignored by the parent's thread stay so in a child (and pass
        # through exec into a resident reader): SIGXCPU must end a child over its time,
        # and a crash must read as one.
        signal.pthread_sigmask(signal.SIG_SETMASK, ())
        for number in (signal.SIGXCPU, signal.SIGTERM, *CRASHES):
            signal.signal(number, signal.SIG_DFL)
        # A child PDFium ends (an allocation refused under the cap) must not print a
        # Python crash report into the user's terminal, nor leave a core file (a child
        # over its CPU time dumps core by default): the parent says what happened.
        faulthandler.disable()
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = int(used.ru_utime + used.ru_stime + seconds) + 1
        _cap(resource.RLIMIT_CPU, cpu, cpu + 1)
        room = _address_space() + memory
        _cap(resource.RLIMIT_AS, room, room)
        try:
            payload = DONE + pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = NO_MEMORY
        except ResdiffError as exc:
            payload = FAILED + pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # a bug of the reader's: the parent raises it as one
            import traceback

            told = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
            payload = BUG + told.encode("utf-8", "replace")
        view = memoryview(payload)
        while view:
            view = view[os.write(write, view) :]
        status = 0
    except BaseException:  # whatever happened, the parent is told by the exit status
        status = 1
    finally:
        os._exit(status)


def _cap(kind: int, soft: int, hard: int) -> None:  # pragma: no cover - in the child
    """Lower the limit ``kind`` to ``soft`` and ``hard``, or to the hard limit the process
    already has where that is lower (a process may not raise it: under a service's
    address-space limit every PDF failed as "corrupt")."""
    import resource

    _, ceiling = resource.getrlimit(kind)
    if ceiling != resource.RLIM_INFINITY:
        soft, hard = min(soft, ceiling), min(hard, ceiling)
    resource.setrlimit(kind, (soft, hard))


def _cpu_seconds(pid: int) -> float | None:
    """CPU time the child has used so far (Linux: /proc/<pid>/stat), or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _receive(read: int, pid: int, seconds: float, watch: int | None) -> tuple[bytes, bool]:
    """Everything the child sends, and whether it came in time (the child is killed
    otherwise). CPU time is capped in the child; the clock here is only a backstop for
    a child that waits on nothing: past twice its budget it is asked how much CPU time
    it has used, and waited for while that is under the budget (a loaded machine, or a
    command suspended with Ctrl-Z, makes the clock run ahead of the child). Anything on
    ``watch`` (a resident reader's pipe of requests, which is quiet while a request is
    served: it closes when the process that asked has ended) kills the child at once."""
    chunks: list[bytes] = []
    started = time.monotonic()
    deadline = started + 2 * seconds + 5
    cap = started + 20 * seconds + 60
    # poll, not select: select refuses a descriptor past 1023 (a busy server's).
    poller = select.poll()
    poller.register(read, select.POLLIN)
    if watch is not None:
        poller.register(watch, select.POLLIN)
    while True:
        wait = max(0.0, min(deadline - time.monotonic(), 1.0))
        events = poller.poll(wait * 1000)
        if watch is not None and any(fd == watch for fd, _ in events):
            os.kill(pid, signal.SIGKILL)
            return b"".join(chunks), False
        if events:
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


def fork_child(
    work: Callable[[], Any],
    seconds: float,
    memory: int,
    path: str | None,
    *,
    close: tuple[int, ...] = (),
    watch: int | None = None,
) -> Ended:
    """``work`` run in a child forked from this process (which runs no other thread)
    under the budget, and how the child ended. The child closes ``close`` first (a
    resident reader's own pipes: a child left running must not hold them open);
    ``watch`` is passed to :func:`_receive`."""
    global current_child
    read, write = pipe(path)
    # SIGTERM (a resident reader told to stop) is held while the child's number is not
    # yet, or no longer, in current_child: the handler must never kill a number reaped.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        pid = os.fork()
    except OSError as exc:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        # No child to be had for now (processes or memory run short): reading it here
        # would read it unbounded, which is what a flood of uploads would aim at.
        os.close(read)
        os.close(write)
        raise try_again(str(exc), path) from exc
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read)
        for fd in close:
            with contextlib.suppress(OSError):
                os.close(fd)
        _child(write, work, seconds, memory)
    current_child = pid
    signal.pthread_sigmask(signal.SIG_SETMASK, held)
    os.close(write)
    try:
        payload, in_time = _receive(read, pid, seconds, watch)
    except BaseException:
        # Interrupted (Ctrl-C, a caller's own timeout): the child goes too, at once.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read)
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        try:
            status = _reap(pid)
            current_child = 0
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
    exited = status is None or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0)
    killed = os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None
    return payload, in_time, exited, killed


def pipe(path: str | None) -> tuple[int, int]:
    """A pipe, its ends numbered 3 or more, or a refusal of the PDF when no descriptor is
    left for one. (A daemon that closed its standard descriptors gets 0 and 1 from the
    system: a process started with a pipe end passed by number would have it replaced by
    its own standard input or output.)"""
    import fcntl

    try:
        ends = list(os.pipe())
    except OSError as exc:
        raise try_again(str(exc), path) from exc
    try:
        for k, fd in enumerate(ends):
            if fd < 3:
                ends[k] = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
                os.close(fd)
    except OSError as exc:
        for fd in ends:
            with contextlib.suppress(OSError):
                os.close(fd)
        raise try_again(str(exc), path) from exc
    return ends[0], ends[1]


def try_again(why: str, path: str | None) -> ResolutionParseError:
    """The refusal of a PDF no child could be had for, for now."""
    return ResolutionParseError(
        f"no process could be started to read this PDF under its budget ({why}): try again",
        path=path,
    )
