"""Candidate search: which indexed paragraphs are worth scoring against a draft paragraph.

Scoring every indexed paragraph against every draft paragraph would cost the product of
the two (a 60-paragraph draft against 100,000 paragraphs is six million scores). The index
keeps, for every folded word, the ids of the paragraphs that hold it (``terms``). A draft
paragraph's candidates are the paragraphs that share its *rarer* words, ranked by the sum
of the shared words' inverse document frequency; only the best :data:`CANDIDATES` of them
are scored (:func:`resdiff.corpus.precedents.similarity`), and paragraphs whose folded
words are the same are found by their key without any scoring at all.

A word held by more than :data:`COMMON_SHARE` of the paragraphs proposes no candidate
(it would propose most of the index), unless the paragraph has fewer than
:data:`LEAST_WORDS` rarer words: then its rarest words are used whatever their frequency,
so that "Decides to remain seized of the matter" still finds its precedents.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
import sys
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable

__all__ = [
    "CANDIDATES",
    "COMMON_SHARE",
    "LEAST_WORDS",
    "TermIndex",
    "owner",
    "pack",
    "unpack",
]

#: Candidates scored per draft paragraph.
CANDIDATES = 100
#: Share of the paragraphs above which a word is too common to propose candidates.
COMMON_SHARE = 0.05
#: Least number of words a paragraph proposes candidates with.
LEAST_WORDS = 8


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
    """The ``terms`` table read for one query session: each word's postings are read at
    most once."""

    def __init__(self, connection: sqlite3.Connection, paragraphs: int) -> None:
        self._connection = connection
        self._total = max(paragraphs, 1)
        self._postings: dict[str, array[int]] = {}
        self._common = max(int(COMMON_SHARE * self._total), 50)

    def load(self, words: Iterable[str]) -> None:
        """Read the postings of ``words`` not read yet, in one query per 500 words."""
        wanted = sorted({w for w in words if w not in self._postings})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._connection.execute(
                f"SELECT term, postings FROM terms WHERE term IN ({marks})", chunk
            )
            for term, data in rows:
                self._postings[term] = unpack(data)
            for term in chunk:
                self._postings.setdefault(term, array("I"))

    def idf(self, word: str) -> float:
        """Inverse document frequency of a loaded word (0 for a word not in the index)."""
        df = len(self._postings.get(word, ()))
        return math.log((1 + self._total) / (1 + df)) + 1.0 if df else 0.0

    def candidates(
        self,
        words: list[str],
        limit: int = CANDIDATES,
        allowed: Callable[[int], bool] | None = None,
    ) -> list[int]:
        """Ids of the ``limit`` paragraphs sharing the most weight of rarer words with a
        paragraph of these folded ``words``, best first (ties: lower id first), among those
        ``allowed`` accepts (all by default). The words' postings must have been
        :meth:`load`\\ ed."""
        distinct = sorted(set(words), key=lambda w: (len(self._postings.get(w, ())), w))
        distinct = [w for w in distinct if self._postings.get(w)]
        rare = [w for w in distinct if len(self._postings[w]) <= self._common]
        if len(rare) < LEAST_WORDS:
            rare = distinct[: max(LEAST_WORDS, len(rare))]
        weight: dict[int, float] = defaultdict(float)
        for word in rare:
            w = self.idf(word)
            for paragraph in self._postings[word]:
                weight[paragraph] += w
        items = weight.items() if allowed is None else [i for i in weight.items() if allowed(i[0])]
        best = heapq.nsmallest(limit, items, key=lambda item: (-item[1], item[0]))
        return [paragraph for paragraph, _ in best]
