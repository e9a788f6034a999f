"""Moved-clause hosts: the paragraph of the other draft that holds the words of a clause
or paragraph that came or went. An added or dropped paragraph whose words stand in one
paragraph of the other draft was cut out of it or folded into it; a clause whose words
stand in another paragraph moved there. Both are named, not weighed. Found through an
inverted index of words, never by scoring all pairs."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain

from ..analyze.citing import citations_of, cite_alike
from ..clauses import content_words
from ..lexicon import Lexicon
from ..model import WORDS_ELSEWHERE, Change, Clause, Shift

#: Least share of an added (or dropped) paragraph's words that one paragraph of the other
#: draft holds for it to be that paragraph's words recast, not new (or lost) language.
RECAST = 0.75
#: A clause moved into another paragraph: at least this many content words, nearly all
#: (this share) standing in one paragraph of the other draft.
MOVED_CLAUSE_WORDS = 8
MOVED_CLAUSE_SHARE = 0.9
#: The work the search for hosts may do in one comparison (paragraphs looked at or
#: postings counted): this many per paragraph of the drafts, and this many besides. Of
#: the 250 judged pairs of real texts the busiest used 1,262 (moved clauses) and 11,177
#: (paragraphs recast, UNMISS 2022) of about 120,000; the 5,000-paragraph benchmark
#: 67,000 and 41,000 of about 1.1 and 2.1 million.
WORK_PER_PARAGRAPH = 200
WORK_BASE = 100_000
#: The paragraphs already found to hold a word are counted (in C) against a clause's
#: candidate hosts while there are at most this many per candidate: counting one costs
#: about an eighth of looking through a candidate's text for the word in Python.
_COUNTED_PER_CANDIDATE = 8


def _restructured(
    changes: tuple[Change, ...],
    old: Sequence[Clause],
    new: Sequence[Clause],
    lexicon: Lexicon,
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
    # Postings counted, in all (see WORK_PER_PARAGRAPH): thousands of paragraphs added and
    # dropped that all share their few words would count every paragraph for each.
    work = WORK_BASE + WORK_PER_PARAGRAPH * (len(old) + len(new))
    for change in changes:
        if change.kind not in ("added", "dropped"):
            out.append(change)
            continue
        weighed = any(s.direction != "neutral" for part in change.walk() for s in part.shifts)
        mine, other = ("new", "old") if change.kind == "added" else ("old", "new")
        refs = change.new if change.kind == "added" else change.old
        words = content_words(" ".join(by_ref[mine][r].full_text() for r in refs))
        # A paragraph with nothing weighed is said to stand elsewhere only when nearly
        # all its words do: the reader is told where, nothing else changes.
        cost = sum(len(index[other].get(w, ())) for w in words)
        work -= cost
        host = (
            _best_host(words, index[other], share=RECAST if weighed else MOVED_CLAUSE_SHARE)
            if work >= 0
            else None
        )
        if host is None:
            out.append(change)
            continue
        source = (old if other == "old" else new)[host].ref
        where = f"its words stand in {other} {source}"
        if weighed:
            # A sanctions measure the host does not hold is new all the same: "and the
            # transfer of any financial resources" in the adopted OP4 of S/RES/1695
            # (2006), whose other words stand in the China-Russia OP3 (an expert's trial).
            host_clause = (old if other == "old" else new)[host]
            held = frozenset(m.label for c in host_clause.walk() for m in c.measures)
            held -= _stand_ins_apart([by_ref[mine][r] for r in refs], host_clause, lexicon)
            out.append(_neutralised(change, where, held_measures=held))
        else:
            # "old PP6 dropped" while its words are the second half of new PP6 (CAR
            # sanctions, S/RES/2536 (2020) → 2588 (2021)): dropped from its place, not
            # from the text.
            kept = Shift(
                feature="wording",
                direction="neutral",
                ref=refs[0],
                detail=WORDS_ELSEWHERE,
                note=where,
            )
            out.append(change.model_copy(update={"shifts": (*change.shifts, kept)}))
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


def _stand_ins_apart(paragraphs: Sequence[Clause], host: Clause, lexicon: Lexicon) -> set[str]:
    """The labels of the measures applied by reference in ``paragraphs`` (added or
    dropped) that ``host``, whose words they share, does not hold because it cites none
    of their paragraphs of another resolution (:func:`.citing.cite_alike`): "Decides to
    renew until 31 July 2020 the measures and provisions as set out in paragraphs 4 and
    5 of resolution 2488 (2019)" dropped beside the same words renewing "paragraphs 9,
    14, and 16 to 19 of resolution 2399 (2018)" is other measures no longer renewed
    (CAR, S/RES/2507 (2020) OP3 and OP4), one kind by name only. Any paragraph the host
    cites counts: a clause reads one stand-in, and two renewals may share a paragraph."""
    stand_ins = lexicon.stand_in_measures()
    theirs = [c for c in lexicon.citations_in(host.full_text()) if c.resolution is not None]
    apart: set[str] = set()
    for paragraph in paragraphs:
        for part in paragraph.walk():
            for m in part.measures:
                if m.kind not in stand_ins:
                    continue
                mine = [c for c in citations_of(part.text, m, lexicon) if c.resolution]
                if mine and not cite_alike(mine, theirs):
                    apart.add(m.label)
    return apart


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


class TextHosts:
    """The paragraphs of one draft as candidate hosts of a moved clause, found without an
    index of every paragraph's words.

    A host must hold at least ``share`` of the clause's content words, so it holds one of
    any ``n - need + 1`` of them (``need`` the least count that reaches the share): those
    words, the longest first, are looked for in the paragraphs' lower-cased texts joined
    into one string (a content word is a substring of the lower-cased text it was read
    from), and only the paragraphs they occur in have their words counted. The host is
    the one :func:`_best_host` picks from an index of every paragraph: the best-sharing
    paragraph is among the candidates whenever it reaches the share, and when it does not,
    no candidate does. Measured at 5,000 paragraphs: the index of every paragraph's
    content words cost 0.17 s for 16 clauses; this finds the same hosts in a few ms."""

    def __init__(self, texts: Sequence[str]) -> None:
        # Paragraphs looked at, in all, for one comparison: a few per paragraph of the
        # draft. Real drafts stay far below it (see WORK_PER_PARAGRAPH); a draft whose
        # thousands of paragraphs all share their few words (every clause a candidate
        # host for every other) would be quadratic, and once it is spent no more hosts
        # are looked for: those clauses read as moved or dropped, as they do anyway.
        self.work = WORK_BASE + WORK_PER_PARAGRAPH * len(texts)
        self.starts: list[int] = []
        at = 0
        for text in texts:
            self.starts.append(at)
            at += len(text) + 1
        # NUL stands between paragraphs: no content word holds it, so no find spans two.
        self.joined = "\0".join(texts)
        # The texts themselves, kept rather than cut out of the joined one again for each
        # candidate tested (tens of thousands in a long draft).
        self.texts = list(texts)
        # The paragraphs found for each word: the same words are looked for by many
        # clauses ("secretary-general", "implementation"), each a scan of the whole draft.
        self._holding: dict[str, frozenset[int]] = {}

    def holding(self, word: str) -> frozenset[int]:
        """The paragraphs whose lower-cased text holds ``word`` (as a substring)."""
        known = self._holding.get(word)
        if known is not None:
            # Charged as the scan it spares would be, one a paragraph found: a comparison
            # then stops looking for hosts at the same point with the cache as without it,
            # and so reports the same on a draft that spends the work allowed.
            if self.work >= len(known):
                self.work -= len(known)
                return known
            self.work = min(self.work, 0)
            return frozenset()
        found: set[int] = set()
        starts, joined = self.starts, self.joined
        at = joined.find(word)
        while at >= 0:
            if self.work <= 0:
                return frozenset()
            self.work -= 1
            k = bisect_right(starts, at) - 1
            found.add(k)
            # On to the next paragraph: one hit is enough for this one.
            at = joined.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
        known = self._holding[word] = frozenset(found)
        return known

    def every_holding(self, word: str) -> list[int]:
        """Every paragraph whose lower-cased text holds ``word``, in order, found without
        counting against the work allowed (for a caller that would otherwise look at
        every paragraph)."""
        found: list[int] = []
        starts, joined = self.starts, self.joined
        at = joined.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.append(k)
            at = joined.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
        return found

    def text(self, k: int) -> str:
        """The lower-cased text of paragraph ``k`` (with its sub-paragraphs)."""
        return self.texts[k]

    def best(
        self,
        words: frozenset[str],
        words_of: Callable[[int], frozenset[str]],
        exclude: set[int],
        share: float,
    ) -> int | None:
        """What :func:`_best_host` returns for ``words`` over an index of every paragraph
        (``words_of(k)``: the content words of paragraph ``k``)."""
        n = len(words)
        if n < 4:
            return None
        # The same test as _best_host's, so that float rounding decides alike.
        need = next((s for s in range(1, n + 1) if s / n >= share), None)
        if need is None:
            return None
        probes = sorted(words, key=lambda w: (-len(w), w))[: n - need + 1]
        held = [self.holding(word) for word in probes]
        if self.work <= 0:
            return None
        # How many of the probes each paragraph holds, counted in C: every candidate
        # holds one at least.
        holds = Counter(chain.from_iterable(held))
        for k in exclude:
            holds.pop(k, None)
        self.work -= len(holds)
        if self.work < 0:
            return None
        best: tuple[int, int] | None = None
        # The other words, the longest first: the rarest, so a candidate that lacks too
        # many of them is given up after a few tests rather than after all (5,000
        # paragraphs: 51,000 candidates for 92 clauses, a few hundred with enough words).
        # The probes each candidate lacks are known from their paragraphs already, and so
        # are the other words whose paragraphs an earlier clause found (counted in C when
        # there are not many more of them than candidates, so that the count stays within
        # the cost of testing each candidate's text).
        others = sorted(words.difference(probes), key=len, reverse=True)
        most = _COUNTED_PER_CANDIDATE * len(holds)
        known = {
            w: found
            for w in others
            if (found := self._holding.get(w)) is not None and len(found) <= most
        }
        also = Counter(chain.from_iterable(known.values()))
        if known:
            others = [w for w in others if w not in known]
        allowed = n - need
        lacked = len(probes) + len(known)
        texts = self.texts
        for k, present in holds.items():
            # The words that occur in the text bound those its words hold: most candidates
            # fall short without reading their words.
            misses = lacked - present - also.get(k, 0)
            if misses > allowed:
                continue
            if others:
                text = texts[k]
                for w in others:
                    if w not in text:
                        misses += 1
                        if misses > allowed:
                            break
                if misses > allowed:
                    continue
            count = len(words & words_of(k))
            if count and (best is None or (count, -k) > (best[0], -best[1])):
                best = (count, k)
        return best[1] if best is not None and best[0] / n >= share else None


def _neutralised(
    change: Change,
    where: str,
    features: frozenset[str] | None = None,
    *,
    held_measures: frozenset[str] | None = None,
) -> Change:
    """``change`` with its directional shifts (of ``features`` only, when given), and its
    sub-paragraphs', named but not weighed, each with the note ``where``. With
    ``held_measures`` (the labels of the measures the host paragraph holds), a measure
    added or removed that the host does not hold stays weighed."""

    def held(shift: Shift) -> bool:
        if held_measures is None or shift.feature != "measure" or shift.detail:
            return True
        value = shift.new if shift.new is not None else shift.old
        return value is None or value.rsplit(" (", 1)[0] in held_measures

    def calm(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
        return tuple(
            s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": where})
            if s.direction != "neutral" and (features is None or s.feature in features) and held(s)
            else s
            for s in shifts
        )

    return change.model_copy(
        update={
            "shifts": calm(change.shifts),
            "children": tuple(
                _neutralised(c, where, features, held_measures=held_measures)
                for c in change.children
            ),
        }
    )


def items_elsewhere(
    children: tuple[Change, ...], old: Sequence[Clause], new: Sequence[Clause]
) -> tuple[Change, ...]:
    """The sub-paragraphs of a paired paragraph added or dropped with nothing weighed
    whose words (:data:`RECAST` of them: the host is a sibling, in the same paragraph, so
    a recast share says enough) stand in one sub-paragraph of the other version: two
    items joined into one ("(b) engage the Technical Committees ... to ensure effective
    coordination" folded into the new (a), UNFICYP 2021 → 2022) or one cut in two. They
    stay added or dropped, and say where their words are, as a paragraph does
    (:func:`_restructured`). Found through an index of the items' words."""
    if not any(c.kind in ("added", "dropped") for c in children):
        return children
    index = {
        "old": _word_index([content_words(c.full_text()) for c in old]),
        "new": _word_index([content_words(c.full_text()) for c in new]),
    }
    by_ref = {"old": {c.ref: c for c in old}, "new": {c.ref: c for c in new}}
    out = []
    for change in children:
        if change.kind not in ("added", "dropped") or any(
            s.direction != "neutral" for part in change.walk() for s in part.shifts
        ):
            out.append(change)
            continue
        mine, other = ("new", "old") if change.kind == "added" else ("old", "new")
        refs = change.new if change.kind == "added" else change.old
        if not all(r in by_ref[mine] for r in refs):
            out.append(change)
            continue
        words = content_words(" ".join(by_ref[mine][r].full_text() for r in refs))
        host = (
            _best_host(words, index[other], share=RECAST)
            if len(words) >= MOVED_CLAUSE_WORDS
            else None
        )
        if host is None:
            out.append(change)
            continue
        source = (old if other == "old" else new)[host].ref
        kept = Shift(
            feature="wording",
            direction="neutral",
            ref=refs[0],
            detail=WORDS_ELSEWHERE,
            note=f"its words stand in {other} {source}",
        )
        out.append(change.model_copy(update={"shifts": (*change.shifts, kept)}))
    return tuple(out)
