"""One longest order-keeping chain: the positions of a longest strictly increasing
subsequence. The aligner uses it to tell what moved; the Word renderer, to write what
stays in place and what is a tracked move. It imports nothing from the package, so both
may use it without an import running backwards through the pipeline."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

__all__ = ["longest_increasing"]


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of ``values``
    (patience sorting, O(n log n))."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for at, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(at)
        else:
            tails[k] = value
            tail_at[k] = at
        previous[at] = tail_at[k - 1] if k else -1
    chain: set[int] = set()
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        chain.add(at)
        at = previous[at]
    return chain
