"""Resident PDF readers: fresh Pythons that fork each PDF's child for a process that
cannot fork safely itself (see :func:`resdiff.read.pdf.isolate._in_server`).

A process running threads (a web server reading uploads, Jupyter, Dask) cannot fork,
since a fork copies the other threads' locks in whatever state they are in; nor can one
that ignores SIGCHLD tell how a child ended. It starts a reader instead (``subprocess``
starts it safely from any thread; about 0.35 s), and keeps it, idle, for the next PDF.
The reader runs no thread of ours and forks each PDF's child under the budget as the
command line does (its loop is :func:`resdiff.read.pdf.serve.serve`).

A reader runs isolated from its environment (``-I``: no ``PYTHON*`` variables, no user
site, not the current folder) in ``/``, in a session of its own (a Ctrl-C at the
terminal is its caller's to handle), its path the absolute folders of the caller's
``sys.path`` in their order (never ``''`` or a relative one, which would follow the
current folder), so that it imports what its caller imports; a reader started on another
path is not used again. It talks on pipes of its own, not its standard output, which
whatever it imports may print to. It says when Python is up, reads its path, and says
again when the reader is loaded, each within :data:`STARTUP` seconds. Requests and
replies travel framed (their length first), one at a time; the caller waits on each no
longer than the reader itself would wait on its child.

A reader ends when its caller closes the pipe of requests (or ends itself), when told to
stop (SIGTERM: it kills and reaps the child it waits on first, so that no child is left
to a caller that reaps orphans, a container's first process), and when its caller ends
while it waits on a child.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import select
import signal
import sys
import threading
import time
from typing import Any

from .child import pipe

__all__ = [
    "KEEP",
    "SLOTS",
    "STARTUP",
    "Reader",
    "child_path",
    "framed",
    "give_back",
    "start_reader",
    "stop_readers",
    "take",
]

#: What a reader sends once Python is up, once it has the PDF reader loaded, and once it
#: has each request whole.
UP, READY, TAKEN = b"resdiff-up", b"resdiff-ready", b"T"
#: Seconds a reader may take to say each (a loaded machine starts many).
STARTUP = 30.0
#: Seconds a stopped reader has to end its child and itself before it is killed.
_STOPPING = 1.0

#: Why a process may fail to start for now only: descriptors, processes or memory run
#: short (EMFILE, ENFILE, EAGAIN, ENOMEM).
_PASSING = frozenset({errno.EMFILE, errno.ENFILE, errno.EAGAIN, errno.ENOMEM})


class Reader:
    """A resident reader, waiting for requests on ``to_reader`` and answering each on
    ``from_reader``."""

    def __init__(
        self, process: Any, to_reader: int, from_reader: int, places: tuple[str, ...]
    ) -> None:
        self.process = process
        self.to_reader = to_reader
        self.from_reader = from_reader
        self.places = places

    def ask(self, request: bytes, seconds: float) -> bytes | str:
        """The reader's reply to ``request`` (framed): its pickled bytes, or what went
        wrong: ``"unsent"`` when the reader had ended before it took the request;
        ``"stuck"`` when it did not take it in time; ``"gone"`` when it ended before it
        answered; ``"late"`` when no answer came within any time it would have kept to
        (20 times the budget and a minute: a loaded machine)."""
        # A reader reads a request whole as it comes; a second for each megabyte is
        # far more than a pipe takes.
        deadline = time.monotonic() + STARTUP + len(request) / 1_000_000
        sent = _send(self.to_reader, request, deadline)
        if sent != "ok":
            return sent
        # The reader says it has the request before it does anything with it: one that
        # ended before (killed while idle, an instant ago) never had it.
        taken = _take_exactly(self.from_reader, len(TAKEN), time.monotonic() + STARTUP)
        if taken != TAKEN:
            return "unsent" if taken == b"" else "stuck" if taken is None else "gone"
        return _take_frame(self.from_reader, time.monotonic() + 20 * seconds + 60 + STARTUP)

    def alive(self) -> bool:
        """Whether the reader has not ended (told without reaping it: a reader ended but
        not reaped keeps its number, and its group's, for :meth:`stop`)."""
        return not self._ended()

    def _ended(self) -> bool:
        """Whether the reader has ended, reaped or not."""
        return _end_of(self.process) != "running"

    def _reaped(self) -> bool:
        """Whether the reader was reaped already (or for this process, which ignores
        SIGCHLD): its number may be another process's by now."""
        return _end_of(self.process) == "reaped"

    def stop(self) -> None:
        """End the reader, its child first, and reap it."""
        _LIVE.discard(self)
        self.forget()
        if self._reaped():
            return
        pid = self.process.pid
        # Told to stop, the reader kills and reaps its child itself. An idle one ends on
        # the pipe closed above.
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + _STOPPING
        while not self._ended() and time.monotonic() < deadline:
            time.sleep(0.002)
        # Ended but not reaped (its number and its group's still ours) or still running:
        # what is left of its group goes too (the child of a reader killed from outside,
        # which no one would end).
        _kill_group(self.process)
        with contextlib.suppress(ChildProcessError):
            self.process.wait()
        # A process that reaps orphans (a container's first process) has the group's
        # orphans for children: they are reaped here, as no one else will.
        deadline = time.monotonic() + _STOPPING
        while time.monotonic() < deadline:
            try:
                if os.waitpid(-pid, os.WNOHANG)[0] == 0:
                    time.sleep(0.002)  # killed above, not dead yet
            except OSError:  # none left (or none ever: the usual case)
                break

    def forget(self) -> None:
        """Close this process's ends of the reader's pipes and nothing more (in a forked
        child, whose parent still uses the reader). Twice is once: a number closed is
        another file's soon after."""
        for fd in (self.to_reader, self.from_reader):
            if fd >= 0:
                _close(fd)
        self.to_reader = self.from_reader = -1


#: Idle readers, ready for the next PDF, and the lock that guards the list.
_IDLE: list[Reader] = []
_IDLE_LOCK = threading.Lock()
#: Every reader not stopped, idle or answering: a forked child forgets them all.
_LIVE: set[Reader] = set()
#: How many idle readers are kept: as many as PDFs a process may usefully read at once.
KEEP = min(8, os.cpu_count() or 1)
#: The turns to read a PDF through a reader: as many at once as readers are kept.
SLOTS = threading.BoundedSemaphore(KEEP)


def stop_readers() -> None:
    """End every idle resident reader: a long-lived process that is done with PDFs for a
    while may give their memory back. The next PDF read in a process running threads
    starts a reader again."""
    with _IDLE_LOCK:
        idle = list(_IDLE)
        _IDLE.clear()
    for reader in idle:
        reader.stop()


def take(places: tuple[str, ...]) -> Reader | None:
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


def give_back(reader: Reader) -> None:
    """Keep ``reader`` for the next PDF, or end it where enough are kept."""
    with _IDLE_LOCK:
        if len(_IDLE) < KEEP:
            _IDLE.append(reader)
            return
    reader.stop()


def _forget_all() -> None:
    """In a forked child: no reader (each answers the process that started it, and two
    processes writing to one would mix their requests), and locks of its own."""
    global _IDLE_LOCK, SLOTS
    _IDLE_LOCK = threading.Lock()
    SLOTS = threading.BoundedSemaphore(KEEP)
    for reader in list(_LIVE):
        reader.forget()
    for fd in list(_ENDS):
        _close(fd)
    _LIVE.clear()
    _IDLE.clear()


if hasattr(os, "register_at_fork"):  # not on Windows, where nothing forks
    os.register_at_fork(after_in_child=_forget_all)
# Idle readers end with this process anyway (their pipe closes); stopped here, they end
# in order and are reaped.
atexit.register(stop_readers)

#: The reader's first words: it reads its requests from standard input, ``take(n)``
#: reading the next ``n`` bytes whole (in place, linear in ``n``), or ending the process
#: at the end of the pipe.
_BOOTSTRAP = """\
import os, pickle, sys
os.write({write}, {up!r})
def take(n):
    got = bytearray(n)
    view = memoryview(got)
    at = 0
    while at < n:
        k = os.readv(0, [view[at:]])
        if not k:
            os._exit(0)
        at += k
    return bytes(got)
sys.path[:] = pickle.loads(take(int.from_bytes(take(8), 'big')))
from resdiff.read.pdf.serve import serve
serve({write}, take)
"""


def start_reader(
    executable: str, places: tuple[str, ...], path: str | None
) -> Reader | tuple[str, str]:
    """A new reader, or why none could be started and how that failure is to be taken:
    ``"lasting"`` (the program ended on its own unanswered, see :func:`_ended_badly`),
    ``"silent"`` (it said nothing within :data:`STARTUP`: a program that is not Python
    and keeps running, or a machine loaded beyond it) or ``"passing"``."""
    import pickle
    import subprocess
    import tempfile

    process = None
    fds: list[int] = []
    failed, kind = "", "passing"
    try:
        from_reader, write = _owned(pipe(path))
        fds += [from_reader, write]
        read, to_reader = _owned(pipe(path))
        fds += [read, to_reader]
        with contextlib.ExitStack() as stack:
            try:
                # What the reader says before it is up (a traceback), for the message.
                errors: Any = stack.enter_context(tempfile.TemporaryFile())
            except OSError:
                errors = subprocess.DEVNULL
            try:
                process = subprocess.Popen(
                    [executable, "-I", "-c", _BOOTSTRAP.format(write=write, up=UP)],
                    stdin=read,
                    stdout=subprocess.DEVNULL,
                    stderr=errors,
                    pass_fds=(write,),
                    cwd="/",
                    start_new_session=True,
                )
            except (OSError, ValueError, subprocess.SubprocessError) as exc:
                failed = f"{executable} could not be started ({exc})"
                if getattr(exc, "errno", None) not in _PASSING:
                    kind = "lasting"
            for fd in (read, write):
                fds.remove(fd)
                _close(fd)
            if process is not None:
                os.set_blocking(to_reader, False)
                answer = _handshake(from_reader, UP)
                if answer != "ok":
                    failed = f"{executable} did not start as Python"
                    kind = _failure(process, answer)
                else:
                    # The reader reads its path whole, before anything that could stall.
                    told = pickle.dumps(list(places), protocol=pickle.HIGHEST_PROTOCOL)
                    _send(to_reader, framed(told), time.monotonic() + STARTUP)
                    answer = _handshake(from_reader, READY)
                    if answer != "ok":
                        failed = "resdiff's PDF reader could not be loaded in a new process"
                        # Python is up: a silence now is a loaded machine's.
                        kind = "lasting" if _ended_badly(process, answer) else "passing"
                if failed:
                    _kill_group(process)
                    process.wait()
                    if errors is not subprocess.DEVNULL:
                        errors.seek(0)
                        said = errors.read()[-400:].decode("utf-8", "replace").strip()
                        if said:
                            last = said.splitlines()[-1]
                            failed += f": {last}"
                            # Memory short as it started: for now, not for good.
                            if last.startswith("MemoryError"):
                                kind = "passing"
    except BaseException:
        if process is not None:
            _kill_group(process)
            with contextlib.suppress(ChildProcessError):
                process.wait()
        for fd in fds:
            _close(fd)
        raise
    if failed:
        for fd in fds:
            _close(fd)
        return failed, kind
    reader = Reader(process, to_reader, from_reader, places)
    _LIVE.add(reader)
    return reader


def _kill_group(process: Any) -> None:
    """Kill a reader's process group, unless the reader was reaped already (its number,
    and so its group's, may be another's by now)."""
    if _end_of(process) != "reaped":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)


def _end_of(process: Any) -> str:
    """``"running"``; ``"ended"`` (not reaped: its number, and its group's, still this
    process's); or ``"reaped"`` (by :mod:`subprocess`, or for a process that ignores
    SIGCHLD). Asked without reaping it."""
    if process.returncode is not None:
        return "reaped"
    try:
        info = os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return "reaped"
    return "running" if info is None else "ended"


#: The pipe ends this module holds (readers' and those of readers being started): a
#: forked child closes them all.
_ENDS: set[int] = set()


def _owned(ends: tuple[int, int]) -> tuple[int, int]:
    """``ends`` recorded as this module's."""
    _ENDS.update(ends)
    return ends


def _close(fd: int) -> None:
    """Close one of this module's pipe ends (forgotten first: a number closed is another
    file's soon after)."""
    _ENDS.discard(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def _failure(process: Any, answer: str) -> str:
    """How a reader's silence at start is to be taken (see :func:`start_reader`)."""
    if _ended_badly(process, answer):
        return "lasting"
    return "silent" if answer == "late" else "passing"


def _ended_badly(process: Any, answer: str) -> bool:
    """Whether a reader that did not answer ended on its own, before its time was up (a
    program that is not Python, a Python that cannot import the reader: it will not do
    better next time). A reader that was late is slow, on a loaded machine, however it
    ends after; one killed by a signal (the memory killer) was stopped; and where
    SIGCHLD is ignored no exit status tells either. The reader is not reaped here: its
    group is killed after, while its number is still ours."""
    if answer != "ended" or signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN:
        return False
    deadline = time.monotonic() + 0.5
    while (end := _end_of(process)) == "running" and time.monotonic() < deadline:
        time.sleep(0.005)
    if end != "ended":
        return False
    info = os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    return info is not None and info.si_code == os.CLD_EXITED


def framed(body: bytes) -> bytes:
    """``body`` with its length before it, as requests and replies travel."""
    return len(body).to_bytes(8, "big") + body


def _send(fd: int, data: bytes, deadline: float) -> str:
    """``"ok"`` when all of ``data`` went down the non-blocking ``fd`` by ``deadline``;
    ``"unsent"`` when the reader had closed its end; ``"stuck"`` when it read too slowly
    (a reader stopped or stuck: this process must not wait on it for ever)."""
    if fd < 0:
        return "unsent"
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    view = memoryview(data)
    # A caller whose SIGPIPE is at its default (a tool piped to "head" often sets it so)
    # would be killed by a write to a reader that has just ended: the signal is held
    # while this thread writes, and one raised is taken back before it is let through.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
    pending = signal.SIGPIPE in signal.sigpending()
    broken = False
    try:
        while view:
            try:
                view = view[os.write(fd, view) :]
                continue
            except BlockingIOError:
                pass
            except OSError:  # BrokenPipeError, or the pipe closed under us
                broken = True
                return "unsent"
            left = deadline - time.monotonic()
            if left <= 0:
                return "stuck"
            poller.poll(min(left, 1.0) * 1000)
        return "ok"
    finally:
        if broken and not pending and signal.SIGPIPE in signal.sigpending():
            with contextlib.suppress(OSError):
                signal.sigtimedwait({signal.SIGPIPE}, 0)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _take_exactly(fd: int, size: int, deadline: float) -> bytes | None:
    """The next ``size`` bytes from ``fd``, fewer when the pipe closes first, or None
    when they have not come by ``deadline``."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    got = b""
    while len(got) < size:
        left = deadline - time.monotonic()
        if left <= 0 or not poller.poll(left * 1000):
            return None
        chunk = os.read(fd, size - len(got))
        if not chunk:
            break
        got += chunk
    return got


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


def child_path() -> list[str]:
    """The path a reader imports from: the absolute folders of ``sys.path`` that exist,
    once each, in their order; this ``resdiff``'s folder first where ``sys.path``
    reaches it only through the current folder."""
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
    """``"ok"`` when ``token`` comes down ``read`` within :data:`STARTUP` seconds;
    ``"late"`` when it has not by then; ``"ended"`` when the pipe closes, or brings
    something else, first."""
    got = _take_exactly(read, len(token), time.monotonic() + STARTUP)
    return "late" if got is None else "ok" if got == token else "ended"
