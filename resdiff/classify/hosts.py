"""Moved-clause hosts: the paragraph of the other draft that holds the words of a clause
or paragraph that came or went. An added or dropped paragraph whose words stand in one
paragraph of the other draft was cut out of it or folded into it; a clause whose words
stand in another paragraph moved there. Both are named, not weighed. Found through an
inverted index of words, never by scoring all pairs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain

from ..clauses import content_words
from ..model import Change, Clause, Shift

#: Least share of an added (or dropped) paragraph's words that one paragraph of the other
#: draft holds for it to be that paragraph's words recast, not new (or lost) language.
RECAST = 0.75
#: A clause moved into another paragraph: at least this many content words, nearly all
#: (this share) standing in one paragraph of the other draft.
MOVED_CLAUSE_WORDS = 8
MOVED_CLAUSE_SHARE = 0.9


def _restructured(
    changes: tuple[Change, ...], old: Sequence[Clause], new: Sequence[Clause]
) -> tuple[Change, ...]:
    """Added and dropped paragraphs whose words stand in one paragraph of the other draft
    were cut out of it or folded into it (a sentence split off into a paragraph of its
    own): they stay added or dropped, but they neither add nor take away force, so their
    shifts are named as neutral and say where the words are. Found through an inverted
    index of words, never by scoring all pairs."""
    if not any(c.kind in ("added", "dropped") for c in changes):
        return changes
    # Words cut out of a paragraph leave it changed: only paragraphs of changes that are
    # not "unchanged" can host them, which keeps the index small on a long text.
    moving = {
        side: {r for c in changes if c.kind != "unchanged" for r in getattr(c, side)}
        for side in ("old", "new")
    }
    index = {
        "old": _word_index(
            [content_words(c.full_text()) if c.ref in moving["old"] else frozenset() for c in old]
        ),
        "new": _word_index(
            [content_words(c.full_text()) if c.ref in moving["new"] else frozenset() for c in new]
        ),
    }
    by_ref = {"old": {c.ref: c for c in old}, "new": {c.ref: c for c in new}}
    hosts: dict[tuple[str, str], str] = {}
    out = []
    for change in changes:
        if change.kind not in ("added", "dropped") or not any(
            s.direction != "neutral" for part in change.walk() for s in part.shifts
        ):
            out.append(change)
            continue
        mine, other = ("new", "old") if change.kind == "added" else ("old", "new")
        refs = change.new if change.kind == "added" else change.old
        words = content_words(" ".join(by_ref[mine][r].full_text() for r in refs))
        host = _best_host(words, index[other])
        if host is None:
            out.append(change)
            continue
        source = (old if other == "old" else new)[host].ref
        where = f"its words stand in {other} {source}"
        out.append(_neutralised(change, where))
        hosts[(other, source)] = f"its words stand in {mine} {' + '.join(refs)}"
    if not hosts:
        return tuple(out)
    # The paragraph the words were cut from (or folded into) lost (or gained) a clause
    # only in appearance: its clause-removed (or clause-added) shifts are named, not
    # weighed.
    final = []
    for change in out:
        note = next(
            (
                hosts[(side, r)]
                for side in ("old", "new")
                for r in getattr(change, side)
                if (side, r) in hosts
            ),
            None,
        )
        final.append(_calmed_lone(change, note) if note and change.old and change.new else change)
    return tuple(final)


_LONE = frozenset({"verb", "lead", "censure", "lifecycle"})


def _calmed_lone(change: Change, note: str) -> Change:
    def calm(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
        return tuple(
            s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": note})
            if s.direction != "neutral"
            and s.feature in _LONE
            and (s.old is None) != (s.new is None)
            else s
            for s in shifts
        )

    return change.model_copy(update={"shifts": calm(change.shifts)})


def _word_index(paragraphs: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    # defaultdict rather than setdefault(word, []), which makes (and drops) an empty list
    # for each of a long draft's postings; a plain dict is returned, so that looking a
    # word up never adds it.
    index: defaultdict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(paragraphs):
        for word in words:
            index[word].append(k)
    return dict(index)


def _best_host(
    words: frozenset[str],
    index: dict[str, list[int]],
    exclude: set[int] | None = None,
    share: float = RECAST,
) -> int | None:
    if len(words) < 4:
        return None
    # Counted in C (Counter over the chained postings): a common word's posting list runs
    # to thousands of paragraphs in a long draft, too many for a Python loop each.
    shared = Counter(chain.from_iterable(index.get(word, ()) for word in words))
    for k in exclude or ():
        shared.pop(k, None)
    if not shared:
        return None
    best = max(shared, key=lambda k: (shared[k], -k))
    return best if shared[best] / len(words) >= share else None


def _neutralised(change: Change, where: str) -> Change:
    def calm(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
        return tuple(
            s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": where})
            if s.direction != "neutral"
            else s
            for s in shifts
        )

    return change.model_copy(
        update={
            "shifts": calm(change.shifts),
            "children": tuple(_neutralised(c, where) for c in change.children),
        }
    )
