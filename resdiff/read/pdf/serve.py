"""The loop of a resident PDF reader (see :mod:`.readers`).

It runs in a fresh Python started by a process that cannot fork safely (one running
threads, or one that ignores SIGCHLD), and only there: it says it is ready once the
reader and PDFium are loaded, then reads one request at a time (the function's module
and name, its arguments, the budget) whole, forks a child for it under the budget (this
process runs no other thread), and sends back what the child sent and how it ended. It
ends when the process that started it closes the pipe of requests, or ends while a child
is read; told to stop (SIGTERM), it kills and reaps its child first.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import pickle
import signal
from collections.abc import Callable
from types import FrameType

from ...errors import ResdiffError
from . import child
from .readers import READY, TAKEN, framed

__all__ = ["serve"]


def _stop(signum: int, frame: FrameType | None) -> None:  # pragma: no cover - a reader
    """SIGTERM: the child read now, if any, is killed and reaped, then this process ends
    (a child left behind would fall to whatever reaps orphans: a container's first
    process may not)."""
    pid = child.current_child
    if pid:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
    os._exit(0)


def serve(write: int, take: Callable[[int], bytes]) -> None:  # pragma: no cover - a reader
    """Answer requests read with ``take`` (``take(n)``: the next ``n`` bytes of the
    requests, or the end of this process) on the pipe ``write``, for ever."""
    # Signal dispositions of SIG_IGN and a blocked mask pass through exec: a caller that
    # ignores SIGCHLD would have this process's children reaped for it (how each ended
    # lost), one that blocks SIGTERM could not stop it.
    signal.pthread_sigmask(signal.SIG_SETMASK, ())
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _stop)
    importlib.import_module("resdiff.read.pdf")
    with contextlib.suppress(ImportError):
        import pypdfium2.raw  # noqa: F401 - loaded once, before any child's caps
    os.write(write, READY)
    # Nothing is written to the caller's temporary file of start-up errors from now on.
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    os.close(quiet)
    while True:
        size = int.from_bytes(take(8), "big")
        request = take(size)
        try:
            os.write(write, TAKEN)
        except OSError:  # the caller has ended
            os._exit(0)
        module, name, args, seconds, memory, path = pickle.loads(request)
        reply: tuple[object, ...]
        try:
            func = getattr(importlib.import_module(module), name)
            # The child holds neither pipe (one left running must not keep them open),
            # and a caller that ends while it reads ends it (the pipe of requests closes).
            work = functools.partial(func, *args)
            ended = child.fork_child(work, seconds, memory, path, close=(write, 0), watch=0)
            reply = ("ended", *ended)
        except ResdiffError as exc:  # no child to be had for now: "try again"
            reply = ("raise", exc)
        except Exception as exc:  # the function could not be found: a bug, told as one
            told = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
            reply = ("ended", child.BUG + told, True, True, None)
        view = memoryview(framed(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)))
        try:
            while view:
                view = view[os.write(write, view) :]
        except OSError:  # the caller has ended
            os._exit(0)
