"""Spelling: how a lexicon folds British spellings to American ones ("Authorises" →
"authorizes") for its lemmas and look-ups, and writes a phrase as a pattern that finds it
in any spelling and spacing. The first layer of :class:`~resdiff.lexicon.Lexicon`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..compiled import compile_cached
from ..memo import recall
from .entries import _norm
from .load import _Parts

#: Texts up to this many characters are remembered by Lexicon.fold, the latest this many.
_FOLD_MEMO_LENGTH = 60
_FOLD_MEMO_SIZE = 8192
#: The letters of a word, each run folded alone in "organisation's", "programme-related".
_LETTERS = compile_cached("[a-z]+")


class _Spelling:
    """A lexicon's spelling folds and phrase patterns (the base of
    :class:`~resdiff.lexicon.Lexicon`)."""

    def _compile_spelling(self, parts: _Parts) -> None:
        fold_map = dict(parts.words)
        for stem in parts.stems:
            for ending in parts.endings:
                fold_map[f"{stem}s{ending}"] = f"{stem}z{ending}"
        self._fold_map = fold_map
        self._folded: dict[str, str] = {}
        variants: dict[str, set[str]] = {}
        for british, american in fold_map.items():
            variants.setdefault(american, set()).add(british)
        self._variants = variants

    _WORD = compile_cached(r"[a-z]+(?:[-'][a-z]+)*")

    def fold(self, text: str) -> str:
        """``text`` in lower case, one space between words, British spellings folded to
        American ("Authorises" -> "authorizes", "programme" -> "program"). For matching
        and lemmas only: never shown as the draft's words."""
        # The verb forms, modifiers and nouns folded while reading a draft are a few
        # hundred short strings, each folded thousands of times in a long draft (twice a
        # verb match): those are remembered, within a bound (a dict of the lexicon's own,
        # which its snapshot keeps as it keeps every table).
        return recall(
            self._folded, text, self._fold_anew, size=_FOLD_MEMO_SIZE, longest=_FOLD_MEMO_LENGTH
        )

    def _fold_anew(self, text: str) -> str:
        fold_map = self._fold_map

        def one(match: re.Match[str]) -> str:
            word = match.group()
            folded = fold_map.get(word)
            if folded is not None:
                return folded
            if "-" in word or "'" in word:
                # "organisation's", "programme-related": fold the parts.
                return _LETTERS.sub(lambda p: fold_map.get(p.group(), p.group()), word)
            return word

        return self._WORD.sub(one, _norm(text))

    def _fold_word(self, word: str) -> str:
        lower = word.lower()
        return self._fold_map.get(lower, lower)

    def _word_rx(self, word: str) -> str:
        # Longest first; equal lengths by spelling, so that the pattern is the same in every
        # run (set order changes with the hash seed) and the pattern cache finds it.
        spellings = sorted({word, *self._variants.get(word, ())}, key=lambda s: (-len(s), s))
        if len(spellings) == 1:
            return re.escape(word)
        return "(?:" + "|".join(re.escape(s) for s in spellings) + ")"

    def _phrase_rx(self, phrase: str, *, hyphen: bool = False) -> str:
        """A regex for a literal phrase: any spelling variant, any whitespace between words
        (or, with ``hyphen``, a hyphen: a measure's name printed as a compound,
        "arms-embargo", "asset-freeze")."""
        between = r"(?:\s+|-)" if hyphen else r"\s+"
        return between.join(self._word_rx(w) for w in self.fold(phrase).split(" "))

    def _alternation(self, phrases: Iterable[str], *, hyphen: bool = False) -> str:
        # Longest first, so that the regex's first matching alternative is the longest.
        unique = sorted({self.fold(p) for p in phrases}, key=lambda p: (-len(p), p))
        return "|".join(self._phrase_rx(p, hyphen=hyphen) for p in unique) or "(?!)"
