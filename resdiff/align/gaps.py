"""Pairs found in the gaps between the pairs that keep their order: where each unpaired
paragraph would stand, the chain of best total score in each gap, and provisions
rewritten in their place (pairs by slot)."""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..chains import longest_increasing
from ..model import Clause
from .links import AlignOptions, Link
from .score import Scorer


def gap_places(
    pair_of_new: dict[int, Link], left_old: list[int], left_new: list[int], small: int
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """For each unpaired new paragraph: the old position it would have if nothing moved
    (counted from the nearest pair before it on the longest in-order chain of the pairs
    made), and the unpaired old paragraphs of its gap (between that pair and the next on
    the chain) when there are at most ``small`` of them."""
    made = sorted((link.new[0], link.old[0]) for link in pair_of_new.values())
    keep = longest_increasing([i for _, i in made])
    anchors = [made[k] for k in sorted(keep)]
    anchor_new = [j for j, _ in anchors]
    near: dict[int, int] = {}
    mates: dict[int, list[int]] = {}
    for j in left_new:
        k = bisect.bisect_left(anchor_new, j)
        before = anchors[k - 1] if k else (-1, -1)
        after_old = anchors[k][1] if k < len(anchors) else math.inf
        near[j] = before[1] + (j - before[0])
        lo = bisect.bisect_right(left_old, before[1])
        hi = bisect.bisect_left(left_old, after_old) if after_old != math.inf else len(left_old)
        if 0 < hi - lo <= small:
            mates[j] = left_old[lo:hi]
    return near, mates


def slot_pairs(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
    opts: AlignOptions,
) -> list[tuple[int, int, float]]:
    """Pairs of the one old and the one new paragraph of the same section left between
    the same two kept paragraphs, from ``slot_threshold`` up: a provision rewritten in
    its place ("Expressing grave concern about the deterioration of the political
    situation ... urging ..." cut down to "Acknowledging the decisions of the Summit
    ..."). Drafters revise a provision where it stands far more often than they drop one
    and write an unrelated one in its very place, so the place makes up for the words the
    rewriting changed. A gap holding as many paragraphs on each side, up to
    :data:`SLOT_RUN`, pairs them in order, each pair on the same terms (S/RES/750 -> 774
    (1992): its first operative paragraph, rewritten beside another); gaps of unequal sides are
    left to the scores alone."""
    made = sorted((link.new[0], link.old[0]) for link in pair_of_new.values())
    keep = longest_increasing([i for _, i in made])
    anchors = [made[k] for k in sorted(keep)]
    if not anchors:
        # No paragraph kept: no place to speak of.
        return []
    # Each gap between consecutive anchors (and before the first, after the last), by
    # its bounds on both sides.
    bounds = [(-1, -1), *anchors, (len(new), len(old))]
    left_new = [j for j in range(len(new)) if j not in pair_of_new]
    left_old = [i for i in range(len(old)) if i not in old_taken]
    out: list[tuple[int, int, float]] = []
    for (j0, i0), (j1, i1) in itertools.pairwise(bounds):
        if j1 - j0 <= 1 or i1 - i0 <= 1:
            continue
        lo, hi = bisect.bisect_right(left_new, j0), bisect.bisect_left(left_new, j1)
        olo, ohi = bisect.bisect_right(left_old, i0), bisect.bisect_left(left_old, i1)
        if hi - lo != ohi - olo or not 1 <= hi - lo <= SLOT_RUN:
            continue
        for j, i in zip(left_new[lo:hi], left_old[olo:ohi], strict=True):
            if old[i].section != new[j].section:
                continue
            # The place vouches only for paragraphs on one subject: a few longer words in
            # common, not only "the" and "of" (two short recitals score high on those).
            shared = {
                w
                for w in set(scorer.old_norm[i].split()) & set(scorer.new_norm[j].split())
                if len(w) > SUBSTANCE_WORD
            }
            fewer = min(
                sum(1 for w in set(scorer.old_norm[i].split()) if len(w) > SUBSTANCE_WORD),
                sum(1 for w in set(scorer.new_norm[j].split()) if len(w) > SUBSTANCE_WORD),
            )
            if len(shared) < max(_SLOT_SHARED, _SLOT_SHARE * fewer):
                continue
            value = scorer.score(i, j)
            if value >= opts.slot_threshold:
                out.append((i, j, value))
    return out


#: Most paragraphs a gap may hold on each side for them to pair by place, in order.
SLOT_RUN = 3


#: A word longer than this many letters is a word of substance for :func:`slot_pairs`,
#: which wants at least this many of them in common.
SUBSTANCE_WORD = 3
_SLOT_SHARED = 3
#: ... and at least this share of the shorter paragraph's such words.
_SLOT_SHARE = 0.5


def chains_in_gaps(
    pair_of_new: dict[int, Link],
    candidates: dict[int, list[tuple[int, float]]],
    old_taken: set[int],
    crossing: AbstractSet[int],
) -> list[tuple[int, int, float]]:
    """The candidate pairs on the order-keeping chain of highest total score, taken over
    the pairs already made (each weighing its score, 1 for identical texts) and the
    candidates together: a weighted longest common subsequence over the sparse pairs
    only, O(p log n) with a Fenwick tree of prefix maxima.

    Choosing the chain over both at once matters when two paragraphs trade places: the
    pairs already made cross, and which of them stays "in order" decides which gap the
    candidates may fill. Weighing the candidates in makes that choice the same whichever
    draft is called old (a chain fixed from the made pairs alone breaks the tie by
    position, and the mirror comparison then pairs differently)."""
    points: list[tuple[int, int, float, bool]] = [
        (link.new[0], link.old[0], link.score, True)
        for j, link in pair_of_new.items()
        if j not in crossing
    ]
    points += [
        (j, i, v, False)
        for j, found in candidates.items()
        if j not in pair_of_new
        for i, v in found
        if i not in old_taken
    ]
    if not any(not made for *_, made in points):
        return []
    points.sort(key=lambda p: (p[0], p[1]))
    size = max(i for _, i, _, _ in points) + 2
    tree_value = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)

    def query(i: int) -> tuple[float, int]:
        # Best chain ending at an old index below i (Fenwick positions are i + 1).
        best, arg = 0.0, -1
        k = i
        while k > 0:
            if tree_value[k] > best:
                best, arg = tree_value[k], tree_arg[k]
            k -= k & -k
        return best, arg

    def update(i: int, value: float, arg: int) -> None:
        k = i + 1
        while k <= size:
            if value > tree_value[k]:
                tree_value[k], tree_arg[k] = value, arg
            k += k & -k

    best = [0.0] * len(points)
    back = [-1] * len(points)
    start = 0
    while start < len(points):
        # All pairs of one new paragraph are scored before any is entered, so the chain
        # never holds two pairs of the same new paragraph.
        stop = start
        while stop < len(points) and points[stop][0] == points[start][0]:
            stop += 1
        for k in range(start, stop):
            top, arg = query(points[k][1])
            best[k], back[k] = top + points[k][2], arg
        for k in range(start, stop):
            update(points[k][1], best[k], k)
        start = stop
    k = max(range(len(points)), key=lambda n: (best[n], -n))
    chosen: list[tuple[int, int, float]] = []
    while k >= 0:
        j, i, v, made = points[k]
        if not made:
            chosen.append((i, j, v))
        k = back[k]
    return chosen
