"""Equal texts paired in order, interchangeable paragraphs untangled, and the links put in
the new draft's order with the moves flagged (the pairs off the longest in-order chain)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from ..chains import longest_increasing
from ..model import Clause, MatchMethod
from .links import Link


def untangle_equal(
    links: list[Link], clauses: Sequence[Clause], texts: list[str], *, side: str
) -> list[Link]:
    """Paragraphs of one draft with the same text and section are interchangeable: which
    of them pairs with which paragraph of the other draft changes no score. Give them to
    their one-to-one pairings in order, so that equal paragraphs never cross each other
    ("Decides to remain seized of this matter." twice, the first reworded in place, the
    second kept: each pairs with the paragraph in its own place, nothing moves)."""
    on_old = side == "old"
    groups: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in links:
        # A pair a tracked move made is the one Word shows: never swapped.
        if len(link.old) == 1 and len(link.new) == 1 and not link.tracked:
            k = link.old[0] if on_old else link.new[0]
            groups[(texts[k], clauses[k].section)].append(link)
    replaced: dict[int, Link] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        mine = sorted(link.old[0] if on_old else link.new[0] for link in group)
        theirs = sorted(group, key=lambda link: link.new[0] if on_old else link.old[0])
        for k, link in zip(mine, theirs, strict=True):
            if (link.old[0] if on_old else link.new[0]) != k:
                swapped = (
                    Link((k,), link.new, link.method, link.score)
                    if on_old
                    else Link(link.old, (k,), link.method, link.score)
                )
                replaced[id(link)] = swapped
    return [replaced.get(id(link), link) for link in links] if replaced else links


def tracked_pairs(old: Sequence[Clause], new: Sequence[Clause]) -> list[tuple[int, int]]:
    """The pairs of an old and a new clause that one tracked move of a Word file holds
    (:attr:`Clause.moved_as`, the same name on each side), in new order. A move of a
    block of paragraphs names each of them: its paragraphs pair in order where the two
    sides hold as many (else the name is no evidence of which is which)."""
    olds: dict[str, list[int]] = defaultdict(list)
    news: dict[str, list[int]] = defaultdict(list)
    for i, clause in enumerate(old):
        if clause.moved_as:
            olds[clause.moved_as].append(i)
    for j, clause in enumerate(new):
        if clause.moved_as:
            news[clause.moved_as].append(j)
    pairs = [
        pair
        for name, found in olds.items()
        if len(found) == len(news.get(name, ()))
        for pair in zip(found, news[name], strict=True)
    ]
    return sorted(pairs, key=lambda pair: pair[1])


def in_order_equal(
    texts_old: list[str], texts_new: list[str], old_taken: set[int], pair_of_new: dict[int, Link]
) -> list[tuple[int, int]]:
    """Pairs of equal texts along one longest common subsequence of the unpaired texts of
    both drafts, in order (rapidfuzz's bit-parallel Indel alignment, O(n·m/64) in C++;
    among equally long ones it takes the earliest texts, as first come first served
    would)."""
    left_old = [i for i in range(len(texts_old)) if i not in old_taken]
    left_new = [j for j in range(len(texts_new)) if j not in pair_of_new]
    ids: dict[str, int] = {}
    seq_old = [ids.setdefault(texts_old[i], len(ids)) for i in left_old]
    seq_new = [ids.setdefault(texts_new[j], len(ids)) for j in left_new]
    matched: list[list[int]] = []  # [position in seq_old, position in seq_new]
    for op in Indel.opcodes(seq_old, seq_new):
        if op.tag == "equal":
            matched += ([a, b] for a, b in zip(
                range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True
            ))  # fmt: skip
    _slide_in_place(matched, seq_old)
    return [(left_old[a], left_new[b]) for a, b in matched]


def _slide_in_place(matched: list[list[int]], seq_old: list[int]) -> None:
    """Move matches of a repeated text onto the diagonal of their neighbours.

    Among common subsequences of one length the alignment takes the earliest texts:
    old [R, S, R, R] against new [R', S', R, R] pairs the new R's with the first two old
    ones, stranding the old S between them where the reworded S' cannot reach it in
    order. A match slides to the equal, unmatched text that stands as far from its
    neighbour as it does in the new draft, within its neighbours' bounds, so the result
    is a common subsequence of the same length: first from the end (each match after
    the next one), then from the start (each after the previous one)."""
    taken = {a for a, _ in matched}
    for backwards in (True, False):
        order = range(len(matched) - 1, -1, -1) if backwards else range(len(matched))
        for k in order:
            a, b = matched[k]
            low = matched[k - 1][0] if k else -1
            high = matched[k + 1][0] if k + 1 < len(matched) else len(seq_old)
            if backwards:
                if k + 1 == len(matched):
                    continue
                target = high - (matched[k + 1][1] - b)
            else:
                if k == 0:
                    continue
                target = low + (b - matched[k - 1][1])
            if (
                target != a
                and low < target < high
                and target not in taken
                and seq_old[target] == seq_old[a]
            ):
                taken.discard(a)
                taken.add(target)
                matched[k][0] = target


# The body a renewal acts on, named: "the mandate of UNFICYP", "extend UNISFA's mandate".
# A country's acronym ("DPRK") names no body and pairs nothing.


def ordered(links: list[Link], n_old: int, n_new: int) -> list[Link]:
    """Mark moves, add the added and dropped clauses, and put everything in new order.
    A pair a tracked move made is a move as Word shows it: the in-order chain is taken
    among the others."""
    matched = sorted((link for link in links if link.old and link.new), key=lambda k: k.new[0])
    chained = [k for k, link in enumerate(matched) if not link.tracked]
    keep = {chained[k] for k in longest_increasing([matched[k].old[0] for k in chained])}
    placed: list[Link] = []
    for position, link in enumerate(matched):
        if position in keep:
            placed.append(link)
        else:
            method: MatchMethod = (
                "moved" if link.method in ("identical", "normalised", "similar") else link.method
            )
            placed.append(link._replace(method=method, moved=True))
    covered_new = {j for link in placed for j in link.new}
    covered_old = {i for link in placed for i in link.old}
    for j in range(n_new):
        if j not in covered_new:
            placed.append(Link((), (j,), "added", 0.0))
    placed.sort(key=lambda k: k.new[0])

    # Each dropped clause goes right after the last change in place that holds an old
    # clause before it (and after the clauses dropped just before it), ahead of anything
    # added there. The in-place changes sorted by their last old clause, with the
    # running latest position, answer that for every dropped clause in O(log n).
    kept = sorted(
        (max(link.old), position)
        for position, link in enumerate(placed)
        if link.old and link.new and not link.moved
    )
    last_old = [value for value, _ in kept]
    latest: list[int] = []
    for _, position in kept:
        latest.append(max(position, latest[-1]) if latest else position)
    after: dict[int, list[Link]] = defaultdict(list)
    for i in range(n_old):
        if i not in covered_old:
            k = bisect.bisect_left(last_old, i)
            after[latest[k - 1] if k else -1].append(Link((i,), (), "dropped", 0.0))
    if not after:
        return placed
    ordered = after.get(-1, [])
    for position, link in enumerate(placed):
        ordered.append(link)
        ordered.extend(after.get(position, ()))
    return ordered
