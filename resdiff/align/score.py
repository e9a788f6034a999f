"""The word scorer of alignment's second round: each leftover new paragraph against the
leftover old ones that share a rare enough word, with rapidfuzz on word ids; no
character diff runs here."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from .text import Vocabulary


def common_df(paragraphs: int) -> int:
    """Words in more paragraphs than this are too common to propose a candidate: a fifth
    of them, at least 8 (short drafts) and at most 200 (long ones, where a word in 200
    paragraphs says nothing about which two belong together)."""
    return max(8, min(paragraphs // 5, 200))


#: Paragraphs are scored on their word order too only while the product of their lengths
#: in words stays under this (20,000 words each): ten times the longest paragraph of the
#: corpus, and about 0.05 s of rapidfuzz's bit-parallel Indel.
_SEQUENCE_WORDS_SQUARED = 20_000 * 20_000

#: Word ids that are code points (chr): as many as there are.
_CODE_POINTS = 0x110000

#: A paragraph's words as :class:`Scorer` compares them: its IDF-weighted word bag, the
#: bag's norm, and its words in order as ids (one character each, see Scorer._words).
_Words = tuple[dict[str, float], float, "str | list[int]"]


def _similarity(old: _Words, new: _Words) -> float:
    """The mean of the cosine of the two word bags and the similarity of the two word
    sequences (see :class:`Scorer`)."""
    (a, na, old_ids), (b, nb, new_ids) = old, new
    if len(a) > len(b):
        a, b = b, a
    # A list, not a generator: the same terms summed in the same order, faster.
    cosine = sum([v * b[w] for w, v in a.items() if w in b]) / (na * nb)
    if type(old_ids) is not type(new_ids):
        # Ids past the last code point were met after one side was made (a hostile
        # text's million words): both as numbers, each character's code point its id.
        old_ids, new_ids = _as_numbers(old_ids), _as_numbers(new_ids)
    if len(old_ids) * len(new_ids) > _SEQUENCE_WORDS_SQUARED:
        # The sequence similarity costs the product of the two lengths: beyond any real
        # paragraph (the longest of the corpus has 1,899 words) the shared words are
        # counted without their order (the same ratio when nothing moved, in linear
        # time), so that a hostile text of huge paragraphs aligns in linear time.
        shared = sum((Counter(old_ids) & Counter(new_ids)).values())
        return (cosine + 2 * shared / (len(old_ids) + len(new_ids))) / 2
    sequence = fuzz.ratio(old_ids, new_ids) / 100
    return (cosine + sequence) / 2


def _as_numbers(ids: str | list[int]) -> list[int]:
    return list(map(ord, ids)) if isinstance(ids, str) else ids


class Scorer:
    """Similarity of two paragraphs on their words, 0–1: the mean of

    - the word-sequence similarity (rapidfuzz's Indel ratio over word ids: shared words
      in the same order), which rewards a paragraph kept with local edits, and
    - the cosine of the IDF-weighted word bags, which rewards shared *rare* words ("Six-Party
      Talks", "moratorium") over shared function words, so a reordered or heavily edited
      paragraph still finds its partner while two unrelated ones of the same length don't.

    Candidates come from an inverted index of the rarer words, so a paragraph is scored
    only against paragraphs it shares content words with, never against all of them.
    """

    def __init__(self, old_norm: list[str], new_norm: list[str], vocabulary: Vocabulary) -> None:
        self.old_norm, self.new_norm = old_norm, new_norm
        self.vocabulary = vocabulary
        self.df = vocabulary.df
        self.total = vocabulary.paragraphs
        # Words too common to propose a candidate (see common_df) still count in the score.
        self.common_df = common_df(self.total)
        # Each paragraph's words as the score takes them (see _Words) are made on first
        # use: only paragraphs left after the identical round are ever scored (a tenth of
        # a long draft revised in places). A word's id only needs to tell words apart, so
        # the order ids are given in changes no score.
        self.ids: dict[str, int] = {}
        self.idf: dict[str, float] = {}
        self.old_words: dict[int, _Words] = {}
        self.new_words: dict[int, _Words] = {}
        self.index: dict[str, list[int]] | None = None

    def _words(self, text: str) -> _Words:
        tf: dict[str, int] = defaultdict(int)
        words = text.split()
        for w in words:
            tf[w] += 1
        idf = self.idf
        vec = {}
        for w, n in tf.items():
            weight = idf.get(w)
            if weight is None:
                weight = idf[w] = math.log((1 + self.total) / (1 + self.df[w])) + 1.0
            vec[w] = n * weight
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        ids = self.ids
        sequence = [ids.setdefault(w, len(ids)) for w in words]
        # rapidfuzz reads a string's characters straight from its buffer, twice as fast
        # as it converts a list of numbers: each id is the code point of one character
        # while there are code points enough (over a million distinct words).
        if len(ids) <= _CODE_POINTS:
            return vec, norm, "".join(map(chr, sequence))
        return vec, norm, sequence

    def score(self, i: int, j: int) -> float:
        """Similarity of old paragraph ``i`` and new paragraph ``j``."""
        old = self.old_words.get(i)
        if old is None:
            old = self.old_words[i] = self._words(self.old_norm[i])
        new = self.new_words.get(j)
        if new is None:
            new = self.new_words[j] = self._words(self.new_norm[j])
        return _similarity(old, new)

    def best(
        self,
        j: int,
        pool: list[int],
        limit: int,
        floor: float,
        near: int = 0,
        also: Sequence[int] = (),
    ) -> list[tuple[int, float]]:
        """The best ``limit`` old paragraphs of ``pool`` for new paragraph ``j`` scoring at
        least ``floor`` (before any section penalty), best first; equal scores nearest
        first to old position ``near``. ``also`` (old paragraphs of ``pool``) are scored
        whether or not they share a rarer word with ``j``."""
        df, common = self.df, self.common_df
        if self.index is None:
            self.index = defaultdict(list)
            for i in pool:
                for w in self.vocabulary.old_words[i]:
                    if df[w] <= common:
                        self.index[w].append(i)
        candidates: set[int] = set(also)
        for w in self.vocabulary.new_words[j]:
            if df[w] <= common:
                candidates.update(self.index.get(w, ()))
        # score() without its look-ups of the new paragraph's words, once per candidate.
        new = self.new_words.get(j)
        if new is None:
            new = self.new_words[j] = self._words(self.new_norm[j])
        old_words, old_norm = self.old_words, self.old_norm
        scored = []
        for i in sorted(candidates):
            old = old_words.get(i)
            if old is None:
                old = old_words[i] = self._words(old_norm[i])
            scored.append((i, _similarity(old, new)))
        scored = [(i, v) for i, v in scored if v >= floor]
        scored.sort(key=lambda item: (-item[1], abs(item[0] - near), item[0]))
        return scored[:limit]
