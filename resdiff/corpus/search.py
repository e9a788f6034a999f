"""Candidate search: which indexed paragraphs are worth scoring against a draft paragraph.

Scoring every indexed paragraph against every draft paragraph would cost the product of
the two (a 60-paragraph draft against 100,000 paragraphs is six million scores). The index
keeps, for every folded word, the ids of the paragraphs that hold it (``terms``). A draft
paragraph's candidates are the paragraphs that share the most of its *rarest* words (at
most :data:`MOST_WORDS` of them, so that the work per paragraph stays bounded however
large the index grows); only the best :data:`CANDIDATES` of them
are scored (:func:`resdiff.corpus.precedents.similarity`), and paragraphs whose folded
words are the same are found by their key without any scoring at all.

A word held by more than :data:`COMMON_SHARE` of the paragraphs proposes no candidate
(it would propose most of the index), unless the paragraph has fewer than
:data:`LEAST_WORDS` rarer words: then its rarest words are used whatever their frequency
(within :data:`POSTINGS_BUDGET`), so that "Decides to remain seized of the matter" still
finds its precedents.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from .store import CorpusError

__all__ = [
    "CANDIDATES",
    "COMMON_SHARE",
    "FEWEST_WORDS",
    "LEAST_WORDS",
    "MOST_WORDS",
    "POSTINGS_BUDGET",
    "TermIndex",
    "owner",
    "pack",
    "unpack",
]

#: Candidates scored per draft paragraph.
CANDIDATES = 50
#: Share of the paragraphs above which a word is too common to propose candidates.
COMMON_SHARE = 0.05
#: Least number of words a paragraph proposes candidates with, however common.
FEWEST_WORDS = 3
#: Least number of words a paragraph proposes candidates with while the budget allows.
LEAST_WORDS = 8
#: Most words a paragraph proposes candidates with: its rarest ones.
MOST_WORDS = 24
#: Most paragraph ids a paragraph's proposing words may hold together (beyond its
#: :data:`FEWEST_WORDS` rarest).
POSTINGS_BUDGET = 4000


def owner(firsts: list[int], ids: list[int], paragraph: int) -> int:
    """The id of the document paragraph ``paragraph`` belongs to: ``firsts`` are the
    documents' first paragraph ids, ascending, and ``ids`` their ids in the same order
    (a document's paragraphs have consecutive ids)."""
    return ids[bisect_right(firsts, paragraph) - 1]


def pack(ids: Iterable[int]) -> bytes:
    """Paragraph ids as stored: unsigned 32-bit integers, little-endian, ascending."""
    packed = array("I", sorted(ids))
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


def unpack(data: bytes) -> array[int]:
    """The ids :func:`pack` stored."""
    ids = array("I")
    ids.frombytes(data)
    if sys.byteorder != "little":
        ids.byteswap()
    return ids


class TermIndex:
    """The ``terms`` table read for one query session: each word's frequency and postings
    are read at most once, the postings only for the words that propose candidates."""

    def __init__(self, connection: sqlite3.Connection, paragraphs: int, *, path: str) -> None:
        self._connection = connection
        self._path = path
        self._total = max(paragraphs, 1)
        self._df: dict[str, int] = {}
        self._postings: dict[str, array[int]] = {}
        self._common = max(int(COMMON_SHARE * self._total), 50)

    def _select(self, column: str, words: list[str]) -> Iterator[tuple[str, Any]]:
        for start in range(0, len(words), 500):
            chunk = words[start : start + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._connection.execute(
                    f"SELECT term, {column} FROM terms WHERE term IN ({marks})", chunk
                ).fetchall()
            except sqlite3.DatabaseError as exc:
                raise CorpusError(f"corrupt index: {exc}", path=self._path) from None
            for term, value in rows:
                if column == "df" and not isinstance(value, int):
                    raise CorpusError(f"corrupt index: word {term!r} has no count", path=self._path)
                if column == "postings" and (not isinstance(value, bytes) or len(value) % 4):
                    raise CorpusError(
                        f"corrupt index: the postings of {term!r} are not whole ids",
                        path=self._path,
                    )
                yield term, value

    def load(self, words: Iterable[str]) -> None:
        """Read how many paragraphs hold each of ``words`` (those not read yet)."""
        wanted = sorted({w for w in words if w not in self._df})
        for term, df in self._select("df", wanted):
            self._df[term] = int(df)
        for term in wanted:
            self._df.setdefault(term, 0)

    def load_postings(self, words: Iterable[str]) -> None:
        """Read the postings of ``words`` not read yet, in one query per 500 words."""
        wanted = sorted({w for w in words if w not in self._postings})
        for term, data in self._select("postings", wanted):
            self._postings[term] = unpack(data)
        for term in wanted:
            self._postings.setdefault(term, array("I"))

    def postings(self, word: str) -> array[int]:
        """The ids of the paragraphs that hold ``word``, ascending."""
        found = self._postings.get(word)
        if found is None:
            found = array("I")
            for _, data in self._select("postings", [word]):
                found = unpack(data)
            self._postings[word] = found
        return found

    def proposing(self, words: Iterable[str]) -> list[str]:
        """The words of a paragraph that propose its candidates, rarest first: at least its
        :data:`FEWEST_WORDS` rarest, then more while their postings come to at most
        :data:`POSTINGS_BUDGET` ids, up to :data:`LEAST_WORDS` words whatever their
        frequency and beyond that only rarer words (held by at most :data:`COMMON_SHARE`
        of the paragraphs), at most :data:`MOST_WORDS` in all. The budget bounds the work
        per paragraph however large the index grows. The words must have been
        :meth:`load`\\ ed."""
        known = sorted((w for w in set(words) if self._df.get(w)), key=lambda w: (self._df[w], w))
        chosen: list[str] = []
        spent = 0
        for word in known:
            df = self._df[word]
            if len(chosen) >= MOST_WORDS:
                break
            if len(chosen) >= FEWEST_WORDS and spent + df > POSTINGS_BUDGET:
                break
            if len(chosen) >= LEAST_WORDS and df > self._common:
                break
            chosen.append(word)
            spent += df
        return chosen

    def candidates(
        self, words: list[str], limit: int = CANDIDATES, allowed: bytes | None = None
    ) -> list[int]:
        """Ids of the ``limit`` paragraphs sharing the most of the :meth:`proposing` words
        of a paragraph of these folded ``words``, most shared first (ties: lower id
        first), among those whose byte in ``allowed`` (indexed by paragraph id) is not
        zero (all by default)."""
        shared: Counter[int] = Counter()
        for word in self.proposing(words):
            # Counter.update counts an iterable in C: no Python loop over the postings.
            shared.update(self.postings(word))
        if not shared:
            return []
        # How many paragraphs share each number of words, to find the least number that
        # still yields ``limit`` candidates without sorting them all.
        spread = Counter(shared.values())
        least = max(spread)
        taken = 0
        for count in sorted(spread, reverse=True):
            least = count
            taken += spread[count]
            if taken >= limit:
                break
        while True:
            pool = [
                p
                for p, n in shared.items()
                if n >= least and (allowed is None or (p < len(allowed) and allowed[p]))
            ]
            if len(pool) >= limit or least <= 1:
                break
            least -= 1
        # Most shared first, lower id first among equals: a stable sort on the count after
        # one on the id, each with a key in C.
        pool.sort()
        pool.sort(key=shared.__getitem__, reverse=True)
        return pool[:limit]
