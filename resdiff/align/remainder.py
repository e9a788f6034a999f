"""Split and merged paragraphs whose parts are not each contained in the whole: a
paragraph left added (dropped) beside a pair, that carries what the pair's other side said
and its partner no longer says.

A drafter who cuts "Decides to extend the mandate until 31 March and requests the
Secretary-General to report on the elections" in two keeps the extension in one paragraph
and the report in the next, and rewrites both: neither part is then contained in the old
paragraph word for word (the containment :mod:`.splits` asks of every part), and the
aligner pairs the closer part and reports the other one added. What shows the second
part is a part is the *remainder*: the rarer words of the whole that its partner lost.
A paragraph beside the partner that brings most of that remainder back, and whose own
rarer words come from the whole for a good share, is the other part.

A new paragraph beside a kept one that merely shares the regime's name brings back none
of what the partner lost and stays added.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from ..model import Clause
from .links import AlignOptions, Link
from .score import common_df
from .text import Vocabulary

#: How far from its partner a part may stand (in paragraphs of the same part of the
#: text, every one between them left unpaired as well).
REACH = 2

#: The least number of rarer words of the whole its partner lost: below it there is no
#: remainder to speak of, and any neighbour would bring it back.
LEAST_REMAINDER = 3


def remainder_parts(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    old_norm: list[str],
    new_norm: list[str],
    vocabulary: Vocabulary,
    opts: AlignOptions,
) -> list[Link]:
    """``links`` with each 1:1 pair of reworded paragraphs grown into a split (merge) by
    the added (dropped) paragraphs beside its new (old) side that bring back at least
    ``remainder_cover`` of the whole's rarer words its partner lost, hold at least
    ``remainder_share`` of their own rarer words in the whole, and leave the joined parts
    no further from the whole than ``split_margin`` below the partner alone.

    Linear in the paragraphs: each pair looks at no more than :data:`REACH` neighbours
    on each side, and one edit ratio is computed per part proposed."""
    df = vocabulary.df
    common = common_df(len(old) + len(new))
    new_of: dict[int, Link] = {j: link for link in links for j in link.new}
    old_of: dict[int, Link] = {i: link for link in links for i in link.old}
    claimed_new: set[int] = set()
    claimed_old: set[int] = set()
    grown: dict[Link, Link] = {}
    # Best pairs first: a leftover goes to the pair it explains best when two could take it.
    pairs = sorted(
        (
            link
            for link in links
            if len(link.old) == 1
            and len(link.new) == 1
            and link.method == "similar"
            and not link.tracked
        ),
        key=lambda link: (-link.score, link.new[0], link.old[0]),
    )
    for link in pairs:
        i, j = link.old[0], link.new[0]
        for is_split in (True, False):
            whole = vocabulary.old_words[i] if is_split else vocabulary.new_words[j]
            anchor = j if is_split else i
            clauses = new if is_split else old
            words = vocabulary.new_words if is_split else vocabulary.old_words
            owner = new_of if is_split else old_of
            claimed = claimed_new if is_split else claimed_old
            lost = {w for w in whole - words[anchor] if df[w] <= common}
            if len(lost) < LEAST_REMAINDER:
                continue
            parts = []
            for step in (-1, 1):
                k = anchor + step
                while 0 <= k < len(clauses) and abs(k - anchor) <= REACH:
                    if k in owner:
                        # A paired paragraph between: the part would stand apart.
                        break
                    if clauses[k].section != clauses[anchor].section:
                        break
                    if k not in claimed and _brings_back(words[k], whole, lost, df, common, opts):
                        parts.append(k)
                    k += step
            if not parts:
                continue
            whole_norm = old_norm[i] if is_split else new_norm[j]
            norms = new_norm if is_split else old_norm
            alone = fuzz.ratio(norms[anchor], whole_norm) / 100
            group = tuple(sorted([anchor, *parts]))
            joined = fuzz.ratio(" ".join(norms[k] for k in group), whole_norm) / 100
            if joined < alone - opts.split_margin:
                continue
            base = grown.get(link, link)
            if (base.method == "split") != is_split and base is not link:
                # Already grown the other way: a pair is a split or a merge, not both.
                continue
            claimed.update(parts)
            if is_split:
                grown[link] = Link((i,), group, "split", round(joined, 4))
            else:
                grown[link] = Link(group, (j,), "merged", round(joined, 4))
    # Every link here pairs both sides (the added and dropped ones are made last, by
    # .order), so a part taken stood in no link: the grown pairs replace their own only.
    return [grown.get(link, link) for link in links] if grown else links


def _brings_back(
    words: frozenset[str],
    whole: frozenset[str],
    lost: set[str],
    df: dict[str, int],
    common: int,
    opts: AlignOptions,
) -> bool:
    """Whether a paragraph with ``words`` brings back at least ``remainder_cover`` of the
    ``lost`` words of ``whole`` and holds at least ``remainder_share`` of its own rarer
    words in it."""
    rare = [w for w in words if df.get(w, 0) <= common]
    if not rare:
        return False
    if sum(1 for w in rare if w in whole) < opts.remainder_share * len(rare):
        return False
    return sum(1 for w in lost if w in words) >= opts.remainder_cover * len(lost)
