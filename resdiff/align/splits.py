"""Split and merged paragraphs: runs of paragraphs whose words one paragraph of the other
draft holds replace a weaker single pairing when the joined run is closer to it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..model import Clause
from .links import AlignOptions, Link
from .score import common_df
from .text import Vocabulary, normalise


def find_splits_and_merges(
    old: Sequence[Clause],
    new: Sequence[Clause],
    old_norm: list[str],
    new_norm: list[str],
    pair_of_new: dict[int, Link],
    opts: AlignOptions,
    vocabulary: Vocabulary | None = None,
) -> list[Link]:
    """Round 3: turn weak single pairings plus leftovers into splits and merges.

    Every candidate group is proposed first and the proposals are applied best gain first,
    so a paragraph goes to the whole that explains it best wherever that whole stands.
    Identical and normalised pairs, and pairs a tracked move made, are never broken up.
    """
    links: dict[int, Link] = {id(link): link for link in pair_of_new.values()}
    new_owner: dict[int, Link] = dict(pair_of_new)
    old_owner: dict[int, Link] = {i: link for link in links.values() for i in link.old}
    loose_new = {j for j in range(len(new)) if j not in new_owner}
    loose_old = {i for i in range(len(old)) if i not in old_owner}
    if not loose_new and not loose_old:
        return list(links.values())

    if vocabulary is None:
        vocabulary = Vocabulary(old_norm, new_norm)
    old_words, new_words = vocabulary.old_words, vocabulary.new_words
    # Only words in few paragraphs propose candidates (as in Scorer): walking the
    # postings of "the" and "of" for every paragraph would make this pass quadratic.
    df = vocabulary.df
    common = common_df(len(old) + len(new))
    # A paragraph paired as identical or normalised is never a part nor a whole (see
    # propose), so only the others are indexed: in a long draft revised in places, a
    # tenth of it.
    old_index = _inverted(old_words, df, common, skip=old_owner)
    new_index = _inverted(new_words, df, common, skip=new_owner)

    proposals: list[tuple[float, int, bool, tuple[int, ...], float]] = []
    # A part with sub-paragraphs of its own may go into the whole without them: "Decides
    # that all Member States shall prevent the transfer of missile ... items, including:
    # (a) complete rocket systems ..." merged with the next paragraph into one call to
    # "exercise vigilance in preventing the transfer ... and the procurement ...", its
    # list of items dropped (the 2006 Japan-led and China-Russia drafts). Its own words
    # are tried where its whole text is too long to be a part.
    own_norm: dict[tuple[bool, int], str] = {}

    def own_of(is_new: bool, k: int) -> str | None:
        # Read on first need: only a part too long by its sub-paragraphs asks.
        clause = (new if is_new else old)[k]
        if not clause.children:
            return None
        key = (is_new, k)
        if key not in own_norm:
            own_norm[key] = normalise(clause.text)
        return own_norm[key]

    def propose(whole: int, is_split: bool) -> None:
        whole_words = old_words[whole] if is_split else new_words[whole]
        whole_norm = old_norm[whole] if is_split else new_norm[whole]
        part_words = new_words if is_split else old_words
        part_norm = new_norm if is_split else old_norm
        # Parts scored on their own words (below), by index: the lists are not copied
        # for every whole proposed.
        own_used: dict[int, str] = {}
        part_owner = new_owner if is_split else old_owner
        current = (old_owner if is_split else new_owner).get(whole)
        if not whole_words or (current is not None and _held(current)):
            return
        index = new_index if is_split else old_index
        pieces = []
        for p in sorted(_sharing(index, whole_words, df, common)):
            words = part_words[p]
            owner = part_owner.get(p)
            if (
                owner is not None
                and (owner is not current)
                and (_held(owner) or len(owner.old) + len(owner.new) > 2)
            ):
                continue
            if words and len(words & whole_words) / len(words) >= opts.containment_threshold:
                pieces.append(p)
                continue
            own = own_of(is_split, p)
            own_words = frozenset(own.split()) if own else frozenset()
            if (
                own_words
                and len(own_words & whole_words) / len(own_words) >= opts.containment_threshold
            ):
                # Scored on its own words: its sub-paragraphs are what it left behind.
                own_used[p] = own or part_norm[p]
                pieces.append(p)
        if len(pieces) < 2:
            return
        # A run may step over paragraphs nobody explains (one inserted between the parts).
        groups: set[tuple[int, ...]] = set()
        for run in _runs(pieces, loose_new if is_split else loose_old):
            for first in range(len(run)):
                for last in range(first + 2, min(len(run), first + opts.max_parts) + 1):
                    groups.add(tuple(run[first:last]))
        # Parts apart (another paragraph moved in between, or the tail moved away): only
        # the current partner with parts nobody explains, and only for a clear gain.
        apart: set[tuple[int, ...]] = set()
        if current is not None and len(current.old) + len(current.new) == 2:
            anchor = current.new[0] if is_split else current.old[0]
            extra = [p for p in pieces if p not in part_owner]
            if anchor in pieces and extra:
                options = [[p] for p in extra]
                if 1 < len(extra) < opts.max_parts:
                    options.append(extra)
                for chosen in options:
                    group = tuple(sorted([anchor, *chosen]))
                    if group not in groups:
                        apart.add(group)
        best: tuple[float, tuple[int, ...]] | None = None
        for group in sorted(groups | apart):
            joined = " ".join(own_used.get(p, part_norm[p]) for p in group)
            score = fuzz.ratio(joined, whole_norm) / 100
            if best is None or score > best[0]:
                best = (score, group)
        if best is None:
            return
        score, group = best
        baseline = current.score if current is not None else 0.0
        # Taking a part from another pairing needs a clear gain; taking parts nobody else
        # explains (they would be reported added or dropped) needs only to keep the score
        # about where it was, unless the parts stand apart.
        stolen = [
            part_owner[p].score for p in group if p in part_owner and part_owner[p] is not current
        ]
        # A part taken from another pairing must be explained better by this whole than
        # by its partner: "Demands the immediate and total withdrawal ..." paired at 0.83
        # with "Reiterates its demand for the immediate withdrawal ..." is no part of a
        # recital merged from two paragraphs at 0.6 (S/RES/326 → 328 (1973)).
        needed = (
            max([baseline, *stolen]) + opts.split_margin
            if stolen or group in apart
            else baseline - opts.split_margin
        )
        if score >= opts.split_threshold and score >= needed:
            gain = score * len(group) - baseline
            proposals.append((gain, whole, is_split, group, score))

    if loose_new:
        for i in sorted(
            {i for j in loose_new for i in _sharing(old_index, new_words[j], df, common)}
        ):
            propose(i, True)
    if loose_old:
        for j in sorted(
            {j for i in loose_old for j in _sharing(new_index, old_words[i], df, common)}
        ):
            propose(j, False)

    proposals.sort(key=lambda item: (-item[0], not item[2], item[1], item[3]))
    seen_old: dict[int, Link | None] = {i: old_owner.get(i) for i in range(len(old))}
    seen_new: dict[int, Link | None] = {j: new_owner.get(j) for j in range(len(new))}
    for _, whole, is_split, group, score in proposals:
        # Apply only while everything the proposal touched is as it was when proposed
        # (the snapshot is the state before any proposal was applied).
        whole_now = (old_owner if is_split else new_owner).get(whole)
        whole_then = (seen_old if is_split else seen_new)[whole]
        part_now = new_owner if is_split else old_owner
        part_then = seen_new if is_split else seen_old
        if whole_now is not whole_then or any(part_now.get(p) is not part_then[p] for p in group):
            continue
        stale = {id(part_now[p]) for p in group if p in part_now}
        if whole_now is not None:
            stale.add(id(whole_now))
        for key in stale:
            gone = links.pop(key)
            for i in gone.old:
                old_owner.pop(i, None)
            for j in gone.new:
                new_owner.pop(j, None)
        if is_split:
            link = Link((whole,), group, "split", round(score, 4))
        else:
            link = Link(group, (whole,), "merged", round(score, 4))
        links[id(link)] = link
        for i in link.old:
            old_owner[i] = link
        for j in link.new:
            new_owner[j] = link
    return list(links.values())


def _held(link: Link) -> bool:
    """Whether ``link`` is a pairing never broken up into a split or a merge: identical or
    normalised texts, or a pair a tracked move of a Word file made."""
    return link.method in ("identical", "normalised") or link.tracked


def _inverted(
    word_sets: list[frozenset[str]],
    df: Counter[str],
    common: int,
    *,
    skip: dict[int, Link],
) -> dict[str, list[int]]:
    """Postings of the words that stand in at most ``common`` paragraphs, for the
    paragraphs not held by a pairing never broken up (:func:`_held`) in ``skip``."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(word_sets):
        owner = skip.get(k)
        if owner is not None and _held(owner):
            continue
        for word in words:
            if df[word] <= common:
                index[word].append(k)
    return index


def _sharing(
    index: dict[str, list[int]],
    words: frozenset[str],
    df: Counter[str],
    common: int,
    least: int = 3,
) -> set[int]:
    """Paragraphs sharing at least ``least`` of the indexed (rarer) words of ``words``, or
    all of them when it has fewer."""
    rare = [w for w in words if df.get(w, 0) <= common]
    if not rare:
        return set()
    counts: dict[int, int] = defaultdict(int)
    for word in rare:
        for k in index.get(word, ()):
            counts[k] += 1
    need = min(least, len(rare))
    return {k for k, n in counts.items() if n >= need}


def _runs(indices: list[int], skippable: set[int]) -> list[list[int]]:
    """Split sorted indices into runs of neighbours; indices in ``skippable`` may stand
    between two members of a run."""
    runs: list[list[int]] = []
    for k in indices:
        if runs and all(m in skippable for m in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs
