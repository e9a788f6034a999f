"""Texts as alignment compares them: normalised (case, punctuation, spacing, invisible
characters folded) and counted as words across both drafts (:class:`Vocabulary`)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from ..compiled import compile_cached

_WORD = compile_cached(r"\w+", re.UNICODE)


#: Characters that join or hide inside words without being letters: the soft hyphen, the
#: zero-width spaces and joiners, the word joiner and the byte-order mark. Dropped before
#: the words are taken, so "Secre\u00adtary" is one word.
_INVISIBLE = str.maketrans(dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]))


_INVISIBLE_CHARS = tuple(chr(c) for c in _INVISIBLE)

# ASCII text (most paragraphs) is normalised on its bytes: one table lower-cases letters
# and turns every byte that is not a word character of \w (letters, digits, "_") into a
# space. The same words as the regular expression, a few times faster (the whole of a
# 5,000-paragraph comparison's texts went through it).
_ASCII_WORDS = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (chr(c).isalnum() or c == 95) and c < 128 else 32
    for c in range(256)
)


#: The most distinct characters outside ASCII replaced one by one (a paragraph with curly
#: quotes, dashes and no-break spaces holds two to six).
_FEW_OTHERS = 16


def normalise(text: str) -> str:
    """Lower-case words only: what two texts must share to be "normalised" equal.

    Typography is folded with everything that is not a word: curly and straight quotes,
    every dash and hyphen (the non-breaking hyphen of "Secretary‑General" included),
    no-break and thin spaces all separate words alike, so two paragraphs that differ only
    by them pair as "normalised". The texts themselves are never changed: reports show
    the characters as printed.
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    # str.translate looks every character up in a dict; the invisible characters are
    # rare, and a scan in C for each is faster.
    for char in _INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    # Most text outside ASCII holds none but curly quotes, dashes and spaces of other
    # widths, none of them a word character: each separates words as a space does, and
    # the text is then read as ASCII. The regular expression tried \w at every
    # character of it (35 M instructions of a 500-paragraph compare).
    # Only a few distinct ones: each is a pass over the text (and a copy of it), so a
    # text of thousands of distinct symbols would cost time quadratic in its length.
    others = [c for c in set(text) if c > "\x7f"]
    if len(others) <= _FEW_OTHERS and not any(c.isalnum() for c in others):
        for char in others:
            text = text.replace(char, " ")
        return b" ".join(text.encode("ascii").translate(_ASCII_WORDS).split()).decode("ascii")
    return " ".join(_WORD.findall(text.lower()))


def normalise_all(texts: list[str], known: dict[str, str]) -> list[str]:
    """:func:`normalise` of each text, each distinct text once (``known`` is shared by
    the two drafts, which hold most of their texts in common)."""
    out = []
    for text in texts:
        norm = known.get(text)
        if norm is None:
            norm = known[text] = normalise(text)
        out.append(norm)
    return out


class Vocabulary:
    """The word sets of both drafts' normalised texts and in how many paragraphs each
    word stands (its document frequency, over every paragraph of both drafts). Made on
    first need, each distinct text split once: the texts the two drafts share (most of
    them) are split once, not twice."""

    def __init__(self, old_norm: list[str], new_norm: list[str]) -> None:
        # How many paragraphs of both drafts hold each distinct text: most texts stand
        # once in each draft.
        times: Counter[str] = Counter(old_norm)
        times.update(new_norm)
        sets = {text: frozenset(text.split()) for text in times}
        self.old_words = [sets[t] for t in old_norm]
        self.new_words = [sets[t] for t in new_norm]
        # Each distinct text's words are counted once (Counter counts in C), then weighed
        # by how many paragraphs hold that text: the counts of a loop over every
        # paragraph, for about half the words counted (5,000 paragraphs a side: 235,000
        # rather than 430,000).
        by_times: dict[int, list[frozenset[str]]] = {}
        for text, n in times.items():
            by_times.setdefault(n, []).append(sets[text])
        self.df: Counter[str] = Counter()
        for n, group in by_times.items():
            counted = Counter(chain.from_iterable(group))
            if n == 1 and not self.df:
                self.df = counted
                continue
            df = self.df
            for word, count in counted.items():
                df[word] += n * count
        self.paragraphs = len(old_norm) + len(new_norm)
