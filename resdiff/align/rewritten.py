"""Pairs by the shape of a gap: in a small gap between two kept pairs, a paragraph dropped
and one added that are each other's best partner there and hold the same subject — a
provision rewritten in its place, past what the word score and the slot round pair.
Off by default (``AlignOptions.gap_partners``; RESULTS §2fx)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from ..chains import longest_increasing
from ..model import Clause
from .function import subject_shared
from .links import AlignOptions, Link
from .score import Scorer
from .sole import leftovers


def gap_partners(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    scorer: Scorer,
    opts: AlignOptions,
) -> list[Link]:
    """``links`` and, in each gap between two consecutive 1:1 pairs of the longest
    in-order chain (or before the first, after the last; with no such pair, the whole
    text, as the study of §2fx measured it) that holds at most ``gap_run`` dropped and at
    most ``gap_run`` added paragraphs (one of each at least), the pairs of a dropped and
    an added one that are each other's best partner by word score within the gap, score
    at least ``gap_threshold`` and share at least ``gap_share`` of the shorter one's
    subject past the lead and its addressee (:func:`subject_shared`): "Welcoming the nationwide
    reduction in violence …" rewritten where it stood as "Expressing its deep concern
    about the continuing high level of violence …".

    A drafter revises a provision where it stands: the place narrows the candidates to
    a few, the subject tells the rewrite from a new provision beside a dropped one. Each
    gap holds at most ``gap_run`` a side, so at most ``gap_run`` squared scores are
    computed per gap, and the gaps share no paragraph: linear in the texts' length."""
    dropped, added = leftovers(links, len(old), len(new))
    if not dropped or not added:
        return links
    made_pairs = sorted(
        (link.new[0], link.old[0]) for link in links if len(link.old) == len(link.new) == 1
    )
    keep = longest_increasing([i for _, i in made_pairs])
    anchors = [made_pairs[k] for k in sorted(keep)]
    anchor_new = [j for j, _ in anchors]
    anchor_old = [i for _, i in anchors]
    # Each leftover's gap: how many anchors stand before it on its side.
    gaps_old: dict[int, list[int]] = {}
    for i in dropped:
        gaps_old.setdefault(bisect.bisect_left(anchor_old, i), []).append(i)
    gaps_new: dict[int, list[int]] = {}
    for j in added:
        gaps_new.setdefault(bisect.bisect_left(anchor_new, j), []).append(j)
    out: list[Link] = []
    for g, olds in gaps_old.items():
        news = gaps_new.get(g)
        if not news or len(olds) > opts.gap_run or len(news) > opts.gap_run:
            continue
        scored = [(i, j, scorer.score(i, j)) for i, j in itertools.product(olds, news)]
        for i, j, value in scored:
            # Each the other's best within the gap (the first best on a tie).
            if any(
                v > value or (v == value and (a, b) < (i, j))
                for a, b, v in scored
                if (a == i) != (b == j)
            ):
                continue
            if value < opts.gap_threshold:
                continue
            if subject_shared(old[i], new[j]) < opts.gap_share:
                continue
            out.append(Link((i,), (j,), "similar", round(value, 4)))
    return [*links, *out]
