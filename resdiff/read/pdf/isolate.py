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
malformed file) is refused as a corrupt PDF. This caps resources; it is no sandbox: the
child runs with this process's rights and its result is unpickled here.

The budget grows with the file, as real prints cost in proportion to their size (the
longest seen: a 1 MB LibreOffice print of 2.6 million characters read in 15 s and
780 MB): :data:`SECONDS` plus :data:`SECONDS_PER_MB` a megabyte of CPU time, and
:data:`MEMORY_MB` plus :data:`MEMORY_MB_PER_MB` a megabyte of address space beyond what
the process held when it forked.

A process running other threads (a web server reading uploads, Jupyter, Dask) cannot
fork safely, since a fork copies their locks in whatever state they are in: it starts a
resident reader instead (a fresh Python of the same ``resdiff``, about 0.35 s once),
which stays for the next PDF and forks each PDF's child under the same budget (see
:func:`_in_server`; :func:`stop_readers` ends the idle ones). So does a process that
ignores SIGCHLD, whose children's exit status, which tells how one ended, is lost. Off
Linux, or where no Python can be started (embedded in another program), PDFium runs in
the process, with only the stream scan and the page limits to guard it. Set
``RESDIFF_PDF_IN_PROCESS=1`` to run it in the process anyway (a debugger, a profiler).
"""

from __future__ import annotations

import contextlib
import errno
import functools
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

#: How PDFium ends a process whose allocation failed (a trap, an abort or a fault).
_CRASHES = frozenset(
    getattr(signal, name)
    for name in ("SIGSEGV", "SIGABRT", "SIGBUS", "SIGILL", "SIGTRAP")
    if hasattr(signal, name)
)

#: How the child ends, in the first byte of what it sends back.
_DONE, _FAILED, _NO_MEMORY, _BUG = b"D", b"F", b"M", b"X"
#: What a process started anew sends once Python is up, and once it has the reader loaded.
_UP, _READY = b"resdiff-up", b"resdiff-ready"
#: Seconds a process started anew may take to say each (a loaded machine starts many).
_STARTUP = 30.0


def _forkable() -> bool:
    """Whether a child can be forked from this process itself."""
    return (
        _isolating()
        and _threads() == 1
        # A process that ignores SIGCHLD has its children reaped for it: their exit
        # status, which tells how one ended, is lost.
        and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN
    )


def _servable() -> bool:
    """Whether a fresh process can be started to read in (see :func:`_in_server`)."""
    return _isolating() and not _SERVER_FAILED


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


#: Why no process could be started to read in, once that happened: the work is then done
#: in this process.
_SERVER_FAILED = ""


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
        _cap(resource.RLIMIT_CPU, cpu, cpu + 1)
        room = _address_space() + memory
        _cap(resource.RLIMIT_AS, room, room)
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
    # poll, not select: select refuses a descriptor past 1023 (a busy server's).
    poller = select.poll()
    poller.register(read, select.POLLIN)
    while True:
        wait = max(0.0, min(deadline - time.monotonic(), 1.0))
        if poller.poll(wait * 1000):
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


def isolated(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """``func(*args)`` (which reads a PDF of ``size`` bytes) run in a child process under
    the budget above, its result or its :class:`ResdiffError` handed back. The child is
    forked from this process when it runs no other thread; started anew when it does
    (see :func:`_in_server`); and the work is done in this process where neither can be
    had. ``func`` is a module-level function and ``args`` can be pickled, as a process
    started anew needs."""
    if _forkable():
        return _forked(func, args, size, path)
    if _servable():
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
    """Locks of its own for a forked child (one held by another thread at the fork would
    never be released there), and no idle reader: they answer the parent."""
    global _HERE, _IDLE_LOCK
    _HERE = threading.Lock()
    _IDLE_LOCK = threading.Lock()
    for reader in _IDLE:
        reader.forget()
    _IDLE.clear()


os.register_at_fork(after_in_child=_new_lock)


def _forked(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """:func:`isolated` in a child forked from this process."""
    seconds, memory = _budget(size)
    ended = _fork_child(functools.partial(func, *args), seconds, memory, path)
    result: _T = _outcome(*ended, size, path)
    return result


#: How a child ended: what it sent, whether in time, whether it exited well, and the
#: signal that killed it.
_Ended = tuple[bytes, bool, bool, int | None]


def _fork_child(work: Callable[[], Any], seconds: float, memory: int, path: str | None) -> _Ended:
    """``work`` run in a child forked from this process (which runs no other thread)
    under the budget, and how the child ended."""
    read, write = _pipe(path)
    try:
        pid = os.fork()
    except OSError as exc:
        # No child to be had for now (processes or memory run short): reading it here
        # would read it unbounded, which is what a flood of uploads would aim at.
        os.close(read)
        os.close(write)
        raise _try_again(str(exc), path) from exc
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
    killed = os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None
    return payload, in_time, exited, killed


def _in_server(func: Callable[..., _T], args: tuple[Any, ...], size: int, path: str | None) -> _T:
    """:func:`isolated` through a resident reader: a fresh Python that forks a child for
    each PDF. A process running threads cannot fork safely (a thread's locks are copied
    in whatever state they are in), and a web server that reads uploads is such a
    process; a fresh Python (``subprocess`` starts it safely from any thread) runs no
    thread of ours, and forks as cheaply as the command line does. Starting one costs
    about 0.35 s, paid once: it stays, idle, for the next PDF (see :class:`_Reader`).
    (``multiprocessing``'s fork server was tried: its children import the caller's
    ``__main__`` again, which runs a script without a main guard twice.)

    A reader runs isolated from its environment (``-I``: no ``PYTHON*`` variables, no
    user site, not the current folder) in ``/``, in a session of its own (a Ctrl-C at
    the terminal is this process's to handle), its path the absolute folders of this
    process's ``sys.path`` in their order (never ``''`` or a relative one, which would
    follow the current folder), so that it imports what this process imports; a reader
    started on another path is not used again. It talks on pipes of its own, not its
    standard output, which whatever it imports may print to. It says when Python is up,
    reads its path, and says again when the reader is loaded, each within
    :data:`_STARTUP` seconds.

    A reader that ends on its own before it has answered, :data:`_LASTING` times in a
    row (a program that is not Python, a Python that cannot load the reader: it will not
    do better next time), means no reader can be had here: the PDF is read in this
    process, with a warning, as every PDF is from then on. Any other failure
    (descriptors, processes or memory run short; a reader slow on a loaded machine, or
    killed) refuses this PDF, to be tried again, rather than read it unbounded.
    """
    global _ENDED

    seconds, memory = _budget(size)
    executable = sys.executable
    if not executable or getattr(sys, "frozen", False):
        # A frozen application's executable is the application, not a Python to start.
        return _unisolated("no Python to start (sys.executable)", func, args)
    places = tuple(_child_path())
    request = _framed(
        pickle.dumps(
            (func.__module__, func.__qualname__, args, seconds, memory, path),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    )
    reader = _take(places)
    while True:
        fresh = reader is None
        if reader is None:
            started = _start_reader(executable, places, path)
            if isinstance(started, tuple):
                failed, lasting = started
                _ENDED = _ENDED + 1 if lasting else 0
                if _ENDED >= _LASTING:
                    return _unisolated(failed, func, args)
                raise _try_again(failed, path)
            _ENDED = 0
            reader = started
        try:
            reply = reader.ask(request, seconds)
        except BaseException:
            # Interrupted (Ctrl-C, a caller's own timeout): the reader and its child go.
            reader.stop()
            raise
        if reply != "gone" or fresh:
            break
        # An idle reader that had gone (the memory killer, a stray kill): once more,
        # with a new one.
        reader.stop()
        reader = None
    if isinstance(reply, str):
        reader.stop()
        if reply == "late":  # past any budget the reader would have kept to
            result: _T = _outcome(b"", False, True, None, size, path)
            return result
        raise _try_again("the process reading it ended before it answered", path)
    _give_back(reader)
    said = pickle.loads(reply)  # written by our own reader
    if said[0] == "raise":
        raise said[1]
    payload, in_time, exited, killed = said[1:]
    result = _outcome(payload, in_time, exited, killed, size, path)
    return result


class _Reader:
    """A resident reader (see :func:`_in_server`): a fresh Python, waiting for requests
    on ``to_reader`` and answering each on ``from_reader``, one at a time. Each request
    is read whole before the reader does anything with it; its child is forked and held
    to its budget there (:func:`_fork_child`), and what the child sent comes back with
    how it ended, the exit status read where it can be (this process may ignore
    SIGCHLD, the reader does not). A reader ends when this process closes its pipe (or
    ends itself)."""

    def __init__(self, process: Any, to_reader: int, from_reader: int, places: tuple[str, ...]):
        self.process = process
        self.to_reader = to_reader
        self.from_reader = from_reader
        self.places = places

    def ask(self, request: bytes, seconds: float) -> bytes | str:
        """The reader's reply to ``request``: its pickled bytes; ``"gone"`` when the
        reader could not be given the request, or ended before it answered; ``"late"``
        when no answer came within any time the reader would have kept to."""
        sent = _send(self.to_reader, request, time.monotonic() + _STARTUP)
        if sent != "ok":
            return sent
        # The reader waits on its child for at most 20 times the budget and a minute (a
        # loaded machine); this is only a backstop for a reader that waits on nothing.
        return _take_frame(self.from_reader, time.monotonic() + 20 * seconds + 60 + _STARTUP)

    def alive(self) -> bool:
        """Whether the reader has not ended."""
        return bool(self.process.poll() is None)

    def stop(self) -> None:
        """End the reader, its child with it, and reap it."""
        for fd in (self.to_reader, self.from_reader):
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.killpg(self.process.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self.process.wait()

    def forget(self) -> None:
        """Close this process's ends of the reader's pipes and nothing more (in a
        forked child, whose parent still uses the reader)."""
        for fd in (self.to_reader, self.from_reader):
            with contextlib.suppress(OSError):
                os.close(fd)


#: Idle readers, ready for the next PDF, and the lock that guards the list.
_IDLE: list[_Reader] = []
_IDLE_LOCK = threading.Lock()
#: How many idle readers are kept: as many as PDFs a process may usefully read at once.
_KEEP = min(8, os.cpu_count() or 1)


def stop_readers() -> None:
    """End every idle resident reader (see :func:`_in_server`): a long-lived process
    that is done with PDFs for a while may give their memory back. The next PDF read in
    a process running threads starts a reader again."""
    with _IDLE_LOCK:
        idle = list(_IDLE)
        _IDLE.clear()
    for reader in idle:
        reader.stop()


def _take(places: tuple[str, ...]) -> _Reader | None:
    """An idle reader started on ``places``, or None. Readers on another path (this
    process's ``sys.path`` has changed since) and readers that have ended are let go."""
    found, stale = None, []
    with _IDLE_LOCK:
        for reader in list(_IDLE):
            if reader.places != places or not reader.alive():
                _IDLE.remove(reader)
                stale.append(reader)
            elif found is None:
                _IDLE.remove(reader)
                found = reader
    for reader in stale:
        reader.stop()
    return found


def _give_back(reader: _Reader) -> None:
    """Keep ``reader`` for the next PDF, or end it where enough are kept."""
    with _IDLE_LOCK:
        if len(_IDLE) < _KEEP:
            _IDLE.append(reader)
            return
    reader.stop()


def _start_reader(
    executable: str, places: tuple[str, ...], path: str | None
) -> _Reader | tuple[str, bool]:
    """A new reader, or why none could be started and whether that will last (see
    :func:`_ended_badly`)."""
    import subprocess
    import tempfile

    process = None
    fds: list[int] = []
    failed, lasting = "", False
    try:
        from_reader, write = _pipe(path)
        fds += [from_reader, write]
        read, to_reader = _pipe(path)
        fds += [read, to_reader]
        bootstrap = (
            "import os, pickle, sys\n"
            f"os.write({write}, {_UP!r})\n"
            "def take(n):\n"
            "    got = b''\n"
            "    while len(got) < n:\n"
            "        chunk = os.read(0, n - len(got))\n"
            "        if not chunk:\n"
            "            os._exit(0)\n"
            "        got += chunk\n"
            "    return got\n"
            "sys.path[:] = pickle.loads(take(int.from_bytes(take(8), 'big')))\n"
            "from resdiff.read.pdf.serve import serve\n"
            f"serve({write}, take)\n"
        )
        with contextlib.ExitStack() as stack:
            try:
                # What the reader says before it is up (a traceback), for the warning.
                errors: Any = stack.enter_context(tempfile.TemporaryFile())
            except OSError:
                errors = subprocess.DEVNULL
            try:
                process = subprocess.Popen(
                    [executable, "-I", "-c", bootstrap],
                    stdin=read,
                    stdout=subprocess.DEVNULL,
                    stderr=errors,
                    pass_fds=(write,),
                    cwd="/",
                    start_new_session=True,
                )
            except (OSError, ValueError, subprocess.SubprocessError) as exc:
                failed = f"{executable} could not be started ({exc})"
                lasting = getattr(exc, "errno", None) not in _PASSING
            for fd in (read, write):
                os.close(fd)
                fds.remove(fd)
            if process is not None:
                os.set_blocking(to_reader, False)
                answer = _handshake(from_reader, _UP)
                if answer != "ok":
                    failed = f"{executable} did not start as Python"
                    lasting = _ended_badly(process, answer)
                else:
                    # The reader reads its path whole, before anything that could stall.
                    told = pickle.dumps(list(places), protocol=pickle.HIGHEST_PROTOCOL)
                    _send(to_reader, _framed(told), time.monotonic() + _STARTUP)
                    answer = _handshake(from_reader, _READY)
                    if answer != "ok":
                        failed = "resdiff's PDF reader could not be loaded in a new process"
                        lasting = _ended_badly(process, answer)
                if failed:
                    with contextlib.suppress(OSError):
                        os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                    if errors is not subprocess.DEVNULL:
                        errors.seek(0)
                        said = errors.read()[-400:].decode("utf-8", "replace").strip()
                        if said:
                            failed += f": {said.splitlines()[-1]}"
    except BaseException:
        if process is not None:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        for fd in fds:
            os.close(fd)
        raise
    if failed:
        for fd in fds:
            os.close(fd)
        return failed, lasting
    return _Reader(process, to_reader, from_reader, places)


def _framed(body: bytes) -> bytes:
    """``body`` with its length before it, as requests and replies travel."""
    return len(body).to_bytes(8, "big") + body


def _send(fd: int, data: bytes, deadline: float) -> str:
    """``"ok"`` when all of ``data`` went down the non-blocking ``fd`` by ``deadline``;
    ``"gone"`` when the reader had closed its end; ``"late"`` when it read too slowly
    (a reader stopped or stuck: this process must not wait on it for ever)."""
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
            continue
        except BlockingIOError:
            pass
        except OSError:  # BrokenPipeError, or the pipe closed under us
            return "gone"
        left = deadline - time.monotonic()
        if left <= 0:
            return "late"
        poller.poll(min(left, 1.0) * 1000)
    return "ok"


def _take_frame(fd: int, deadline: float) -> bytes | str:
    """One framed reply from ``fd``: its body; ``"gone"`` when the pipe closes first;
    ``"late"`` when it has not come whole by ``deadline``."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    got = bytearray()
    wanted = 8
    while len(got) < wanted:
        left = deadline - time.monotonic()
        if left <= 0:
            return "late"
        if not poller.poll(min(left, 1.0) * 1000):
            continue
        chunk = os.read(fd, min(wanted - len(got), 1 << 20))
        if not chunk:
            return "gone"
        got += chunk
        if wanted == 8 and len(got) == 8:
            wanted = 8 + int.from_bytes(got, "big")
    return bytes(got[8:])


#: How many children in a row must end on their own, unanswered, before none is tried
#: again (one may have met a passing want of memory as it started).
_LASTING = 3
#: How many have, in a row.
_ENDED = 0


#: Why a process may fail to start for now only: descriptors, processes or memory run
#: short (EMFILE, ENFILE, EAGAIN, ENOMEM).
_PASSING = frozenset({errno.EMFILE, errno.ENFILE, errno.EAGAIN, errno.ENOMEM})


def _ended_badly(process: Any, answer: str) -> bool:
    """Whether a child that did not answer ended on its own, before its time was up (a
    program that is not Python, a Python that cannot import the reader: it will not do
    better next time). A child that was late is slow, on a loaded machine, however it
    ends after; one killed by a signal (the memory killer) was stopped; and where
    SIGCHLD is ignored no exit status tells either."""
    if answer != "ended" or signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN:
        return False
    with contextlib.suppress(Exception):
        process.wait(timeout=0.5)
    code = process.poll()
    return code is not None and code >= 0


def _pipe(path: str | None) -> tuple[int, int]:
    """A pipe, or a refusal of the PDF when no descriptor is left for one."""
    try:
        return os.pipe()
    except OSError as exc:
        raise _try_again(str(exc), path) from exc


def _try_again(why: str, path: str | None) -> ResolutionParseError:
    """The refusal of a PDF no child could be had for, for now."""
    return ResolutionParseError(
        f"no process could be started to read this PDF under its budget ({why}): try again",
        path=path,
    )


def _child_path() -> list[str]:
    """The path a child started anew imports from: the absolute folders of ``sys.path``
    that exist, once each, in their order; this ``resdiff``'s folder first where
    ``sys.path`` reaches it only through the current folder."""
    package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    places: list[str] = []
    for place in sys.path:
        if (
            isinstance(place, str)
            and os.path.isabs(place)
            and place not in places
            and os.path.exists(place)
        ):
            places.append(place)
    if package not in places:
        places.insert(0, package)
    return places


def _handshake(read: int, token: bytes) -> str:
    """``"ok"`` when ``token`` comes down ``read`` within :data:`_STARTUP` seconds;
    ``"late"`` when it has not by then; ``"ended"`` when the pipe closes, or brings
    something else, first."""
    poller = select.poll()
    poller.register(read, select.POLLIN)
    deadline = time.monotonic() + _STARTUP
    got = b""
    while len(got) < len(token):
        left = deadline - time.monotonic()
        if left <= 0 or not poller.poll(left * 1000):
            return "late"
        chunk = os.read(read, len(token) - len(got))
        if not chunk:
            return "ended"
        got += chunk
    return "ok" if got == token else "ended"


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside resdiff: a warning names the
    caller's line (``load``, ``parse``, ``compare``), not this module's."""
    level, frame = 2, sys._getframe(2)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("resdiff."):
        frame = frame.f_back
        level += 1
    return level


def _unisolated(reason: str, func: Callable[..., _T], args: tuple[Any, ...]) -> _T:
    """``func(*args)`` in this process, where no process can be started to run it:
    said once, and so from then on."""
    global _SERVER_FAILED
    if not _SERVER_FAILED:
        import warnings

        warnings.warn(
            f"resdiff reads PDFs in this process without its budget of time and memory: "
            f"{reason} (see resdiff.read.pdf.isolate)",
            RuntimeWarning,
            stacklevel=_caller_level(),
        )
    _SERVER_FAILED = reason
    return _here(func, args)


def _outcome(
    payload: bytes, in_time: bool, exited: bool, killed: int | None, size: int, path: str | None
) -> Any:
    """What a child's ``payload`` and end come to: its result, or the error to raise
    (its own :class:`ResdiffError`; the budget of time or memory it went over; a reader's
    bug; a corrupt PDF)."""
    seconds, memory = _budget(size)
    if exited and payload[:1] in (_DONE, _FAILED):
        try:
            outcome = pickle.loads(payload[1:])  # written by our own child
        except Exception:  # cut short: told below as a failure
            outcome = None
        if payload[:1] == _DONE and outcome is not None:
            return outcome
        if isinstance(outcome, ResdiffError):
            raise outcome
    if exited and payload[:1] == _BUG:
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
