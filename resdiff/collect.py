"""Fewer runs of the cyclic garbage collector while resdiff reads and compares.

Reading and comparing drafts makes hundreds of thousands of small objects (lines, units,
clauses, phrases, shifts) and almost no reference cycles. With Python's default
threshold the cyclic collector runs every 700 allocations and walks them again and
again: a third of the read of a dense 50 KB text (10,000 one-line headings: 100 ms, of
which 30 ms collecting), 10-12% of a 500- or 5,000-paragraph comparison. While
:func:`fewer_collections` is in force it runs every :data:`THRESHOLD` allocations, as the
command line has done since its first release (and as mypy does); memory that cycles
hold is freed all the same, later.

The threshold is process-wide, so the helper counts who is inside: the first to enter
saves the caller's threshold, the last to leave puts it back, whatever the order in
which threads leave. A threshold the program changes meanwhile is kept: only resdiff's
own setting is undone. This module imports nothing of the package, so that every stage
may use it.
"""

from __future__ import annotations

import _thread
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["THRESHOLD", "fewer_collections"]

#: Allocations between two runs of the young generation's collection while resdiff works.
THRESHOLD = 200_000

# The lock threading.Lock() makes, from the module threading is built on: importing
# threading cost `resdiff --version` 0.7 ms of its 28.
_lock = _thread.allocate_lock()
_inside = 0
_saved: tuple[int, ...] | None = None


def _after_fork_in_child() -> None:
    # A fork taken while another thread held the lock would leave the child's copy held
    # for ever, and the count of threads inside would never come back to 0 there (only
    # the forking thread lives on): the child starts afresh, with the caller's threshold.
    global _lock, _inside, _saved
    _lock = _thread.allocate_lock()
    if _saved is not None and gc.get_threshold()[0] == THRESHOLD:
        gc.set_threshold(*_saved)
    _inside = 0
    _saved = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic collector every :data:`THRESHOLD` allocations in the ``with``
    block (reentrant, and safe across threads)."""
    global _inside, _saved
    with _lock:
        if _inside == 0:
            current = gc.get_threshold()
            if current[0] and current[0] < THRESHOLD:
                _saved = current
                gc.set_threshold(THRESHOLD, *current[1:])
            else:
                # Collection off (0) or already as rare: nothing to change, nothing to undo.
                _saved = None
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            # Never below 0: a block entered before a fork leaves, in the child, a count
            # the fork already reset.
            _inside = max(0, _inside - 1)
            if _inside == 0 and _saved is not None:
                if gc.get_threshold()[0] == THRESHOLD:
                    gc.set_threshold(*_saved)
                _saved = None
