"""Run the same function over many items, here or on a Dask cluster, with the results in
input order.

Building a corpus index (parse and analyse each text) and running a series (compare each
pair) are embarrassingly parallel: :func:`parallel_map` is the one place that decides
*where* that work runs; what runs is the same function in every case, so a build on a
cluster gives the same index as a build in one process.

Where the work runs, from ``scheduler`` (or the ``RESDIFF_DASK_SCHEDULER`` environment
variable when ``scheduler`` is ``None``):

- ``None`` or ``"processes"``: the processes of this machine, one per core: Dask's
  multiprocessing scheduler when Dask is installed (``pip install 'resdiff[scale]'``),
  else the standard library's process pool;
- ``"tcp://HOST:8786"`` (any ``tcp://``, ``tls://`` or ``ucx://`` address): an existing
  ``dask.distributed`` cluster, whose workers must have resdiff installed;
- ``"sync"``: in this process, one item after the other (for debugging and tests).

This module imports neither Dask nor ``concurrent.futures`` until it is called.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from .errors import ResdiffError

__all__ = ["SCHEDULER_ENV", "SchedulerError", "parallel_map", "resolve_scheduler"]

#: The environment variable that names the scheduler when none is passed.
SCHEDULER_ENV = "RESDIFF_DASK_SCHEDULER"

#: How long to wait for a cluster's scheduler to answer.
CONNECT_TIMEOUT = "10s"

_CLUSTER_PREFIXES = ("tcp://", "tls://", "ucx://", "inproc://")

T = TypeVar("T")
R = TypeVar("R")


class SchedulerError(ResdiffError):
    """The scheduler asked for cannot be used: an unknown name, a cluster address without
    Dask installed, or a cluster that cannot be reached."""


def resolve_scheduler(scheduler: str | None) -> str:
    """The scheduler that will run the work: ``"sync"``, ``"processes"`` or a cluster
    address, from ``scheduler`` or else :data:`SCHEDULER_ENV`. Raises
    :class:`SchedulerError` for anything else."""
    name = scheduler if scheduler is not None else os.environ.get(SCHEDULER_ENV, "")
    name = name.strip()
    if name in ("", "processes", "local"):
        return "processes"
    if name in ("sync", "synchronous", "single-threaded"):
        return "sync"
    if name.startswith(_CLUSTER_PREFIXES):
        return name
    where = f"--scheduler {name!r}" if scheduler is not None else f"{SCHEDULER_ENV}={name!r}"
    raise SchedulerError(
        f"{where}: expected 'processes', 'sync' or a cluster address such as tcp://HOST:8786"
    )


def _dask_installed() -> bool:
    return importlib.util.find_spec("dask") is not None


def parallel_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    scheduler: str | None = None,
    progress: bool = False,
    label: str = "",
) -> list[R]:
    """``[fn(item) for item in items]``, computed where ``scheduler`` says (see the
    module docstring), in input order whatever order the work finishes in.

    ``fn`` must be a module-level function and the items and results picklable, since
    other processes (or machines) run it. ``progress`` draws a progress bar named
    ``label`` on standard error when it is a terminal and ``rich`` is installed. An
    exception raised by ``fn`` is raised here; :class:`SchedulerError` says when the
    scheduler cannot be used.
    """
    where = resolve_scheduler(scheduler)
    items = list(items)
    with _progress(progress, label, len(items)) as advance:
        if where == "sync" or not items:
            results = []
            for item in items:
                results.append(fn(item))
                advance(1)
            return results
        if where == "processes":
            with _main_not_rerun(fn):
                if _dask_installed():
                    return _dask_local(fn, items, advance)
                return _standard_pool(fn, items, advance)
        return _dask_cluster(fn, items, where, advance)


@contextmanager
def _main_not_rerun(fn: Callable[..., object]) -> Iterator[None]:
    """While the local worker processes start, the calling script is not run again in
    each of them.

    Processes started by "spawn" (Dask's default, and the standard library's on macOS and
    Windows) or "forkserver" (its default on Linux from Python 3.14) import the parent's
    main script before they take work, which runs its top-level code again: a script that
    calls ``Corpus.build`` or ``files_series`` at top level, as the README shows them,
    started processes that started processes until the pool broke
    (``BrokenProcessPool``), printing the script's output once per worker. The workers
    here run resdiff's own module-level functions on plain data, which need nothing of
    the main script: its file and module spec are hidden from the start methods while the
    pool starts, and put back after. A function defined in the main script itself (a
    caller's own, passed to :func:`parallel_map`) needs the script: nothing is hidden
    then, and the script must guard its code with ``if __name__ == "__main__":``, as
    Python's process pools always ask."""
    main = sys.modules.get("__main__")
    if (
        main is None
        or getattr(main, "__file__", None) is None
        or getattr(fn, "__module__", None) == "__main__"
    ):
        # A function of the main script itself: the workers must import the script to
        # find it, which a script that calls this must then guard (the standard rule).
        # An interactive session, "python -c", a notebook: nothing to run again.
        yield
        return
    names: tuple[str, ...] = ("__file__", "__spec__")
    saved: dict[str, object] = {n: main.__dict__[n] for n in names if n in main.__dict__}
    try:
        main.__dict__.pop("__file__", None)
        main.__dict__["__spec__"] = None
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _workers(count: int) -> int:
    return max(1, min(count, os.cpu_count() or 1))


def _standard_pool(fn: Callable[[T], R], items: list[T], advance: Callable[[int], None]) -> list[R]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results: dict[int, R] = {}
    with ProcessPoolExecutor(max_workers=_workers(len(items))) as pool:
        futures = {pool.submit(fn, item): k for k, item in enumerate(items)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            advance(1)
    return [results[k] for k in range(len(items))]


def _dask_local(fn: Callable[[T], R], items: list[T], advance: Callable[[int], None]) -> list[R]:
    # Dask's own annotations are partial; it is used through untyped module handles.
    dask: Any = importlib.import_module("dask")
    callbacks: Any = importlib.import_module("dask.callbacks")
    tasks = [dask.delayed(fn, pure=False)(item) for item in items]

    def posttask(key: Any, result: Any, dsk: Any, state: Any, worker_id: Any) -> None:
        # Runs in this process, in the scheduler's thread, as each text is done.
        advance(1)

    with callbacks.Callback(posttask=posttask):
        computed = dask.compute(*tasks, scheduler="processes", num_workers=_workers(len(items)))
    return list(computed)


def _dask_cluster(
    fn: Callable[[T], R], items: list[T], address: str, advance: Callable[[int], None]
) -> list[R]:
    if not _dask_installed():
        raise SchedulerError(
            f"--scheduler {address}: running on a Dask cluster needs Dask: "
            "pip install 'resdiff[scale]'"
        )
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise SchedulerError(
            f"--scheduler {address}: running on a Dask cluster needs dask.distributed: "
            "pip install 'resdiff[scale]'"
        ) from None
    _check_address(address)
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        # ValueError: an address Dask cannot use from here (a malformed one, or another
        # process's inproc:// address).
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        # pure=False: two equal items (two copies of one file) are still two tasks.
        futures = client.map(fn, items, pure=False)
        position = {future.key: k for k, future in enumerate(futures)}
        results: dict[int, R] = {}
        # The client's own loop: as_completed would otherwise look for a default client,
        # and this one is not made the default (a command line has no other).
        for future in distributed.as_completed(futures, loop=client.loop):
            results[position[future.key]] = future.result()
            advance(1)
        return [results[k] for k in range(len(items))]
    finally:
        client.close()


def _check_address(address: str) -> None:
    """Refuse an address no client could reach from here before making one: a client that
    fails to start blocks the interpreter's exit for 20 s and prints a traceback."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(address)
        if scheme == "inproc":
            parts = location.split("/")
            if len(parts) != 3 or parts[1] != str(os.getpid()):
                raise ValueError("an inproc:// address works only in the process that made it")
            return
        host, _ = parse_host_port(location, default_port=8786)
    except ValueError as exc:
        raise SchedulerError(f"--scheduler {address}: not a usable address: {exc}") from None
    if not host:
        raise SchedulerError(f"--scheduler {address}: not a usable address: no host")


@contextmanager
def _progress(wanted: bool, label: str, total: int) -> Iterator[Callable[[int], None]]:
    """A function that advances a progress bar on standard error by ``n`` items, or does
    nothing when no bar is wanted, standard error is no terminal or rich is missing."""

    if not (wanted and total > 1 and sys.stderr.isatty()):
        yield lambda n: None
        return
    if importlib.util.find_spec("rich") is None:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(label or "working", total=total)
        yield lambda n: bar.advance(task, n)
