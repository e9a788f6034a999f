"""The loop of a resident PDF reader (see :func:`resdiff.read.pdf.isolate._in_server`).

It runs in a fresh Python started by a process that cannot fork safely (one running
threads), and only there: it says it is ready once the reader and PDFium are loaded,
then reads one request at a time (the function's module and name, its arguments, the
budget) whole, forks a child for it under the budget (this process runs no other
thread), and sends back what the child sent and how it ended. It ends when the process
that started it closes the pipe of requests.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import pickle
import signal
from collections.abc import Callable

from ...errors import ResdiffError
from .isolate import _BUG, _READY, _fork_child, _framed

__all__ = ["serve"]


def serve(write: int, take: Callable[[int], bytes]) -> None:  # pragma: no cover - a reader
    """Answer requests read with ``take`` (``take(n)``: the next ``n`` bytes of the
    requests, or the end of this process) on the pipe ``write``, for ever."""
    # A disposition of SIG_IGN is inherited across exec: a caller that ignores SIGCHLD
    # would have this process's children reaped for it, and how each ended lost.
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    importlib.import_module("resdiff.read.pdf")
    with contextlib.suppress(ImportError):
        import pypdfium2.raw  # noqa: F401 - loaded once, before any child's caps
    os.write(write, _READY)
    # Nothing is written to the caller's temporary file of start-up errors from now on.
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    os.close(quiet)
    while True:
        size = int.from_bytes(take(8), "big")
        module, name, args, seconds, memory, path = pickle.loads(take(size))
        reply: tuple[object, ...]
        try:
            func = getattr(importlib.import_module(module), name)
            ended = _fork_child(functools.partial(func, *args), seconds, memory, path)
            reply = ("ended", *ended)
        except ResdiffError as exc:  # no child to be had for now: "try again"
            reply = ("raise", exc)
        except Exception as exc:  # the function could not be found: a bug, told as one
            told = f"{type(exc).__name__}: {exc}".encode("utf-8", "replace")
            reply = ("ended", _BUG + told, True, True, None)
        view = memoryview(_framed(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)))
        while view:
            view = view[os.write(write, view) :]
