"""OCR slips: a scanned print's misread words ("ail States" for "all States",
"humanitarian Jaw" for "humanitarian law"), each folded to the word the print meant for
matching only, and only where its neighbours prove the slip (``ocr.toml``). A layer of
:class:`~resdiff.lexicon.Lexicon`; the reader and the reports keep the text as printed."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pydantic import field_validator, model_validator

from ..compiled import compile_cached
from .entries import Entry

#: A slip, its word and each neighbour: one run of characters without spaces.
_TOKEN = compile_cached(r"\S+")


def _token(value: str) -> str:
    if _TOKEN.fullmatch(value) is None:
        raise ValueError("must be one word, without spaces")
    return value


class OcrSlipEntry(Entry):
    """A printed shape that is no word of a resolution where it stands ("ail" before
    "States"), and the word the print meant. ``before`` lists the next words and
    ``after`` the previous words that prove the slip (printed, case kept; either may be
    empty, both must hold when both are given); a shape that is never a word anywhere
    ("Furope") needs neither. Matched as printed, case and all: "ail" is a slip, "Ali" a
    name."""

    slip: str
    word: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    @field_validator("slip", "word")
    @classmethod
    def _one_word(cls, value: str) -> str:
        return _token(value)

    @model_validator(mode="after")
    def _same_length(self) -> OcrSlipEntry:
        # Every offset into a folded text is then one into the printed text: a match
        # found in the folded text is shown as printed, from the same span.
        if len(self.word) != len(self.slip):
            raise ValueError(f"word {self.word!r} must have as many characters as the slip")
        return self

    @field_validator("before", "after")
    @classmethod
    def _neighbours(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_token(v) for v in value)


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first, so that the first alternative that matches is the longest.
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class _OcrSlips:
    """A lexicon's OCR slips, compiled into one pattern (the slip's neighbours are part of
    each alternative) and the word each alternative's slip folds to."""

    def _compile_ocr(self, slips: Mapping[str, OcrSlipEntry]) -> None:
        alternatives = []
        words: dict[str, str] = {}
        for i, entry in enumerate(sorted(slips.values(), key=lambda e: e.slip)):
            group = f"s{i}"
            words[group] = entry.word
            # The pattern opens with the space before an alternative's first word, so
            # that the engine leaps from space to space (a pattern that opens with a look-behind is
            # tried at every character, about 0.6 ms a long text). The previous word is
            # matched and given back as printed (a look-behind must have one width); the
            # next word is only looked at.
            lead = rf"(?:{_alternation(entry.after)})\s+" if entry.after else ""
            tail = (
                rf"(?=\s+(?:{_alternation(entry.before)})(?![\w-]))"
                if entry.before
                else r"(?![\w-])"
            )
            alternatives.append(rf"{lead}(?P<{group}>{re.escape(entry.slip)}){tail}")
        self._ocr_rx = compile_cached(
            rf"\s(?:{'|'.join(alternatives)})" if alternatives else "(?!)"
        )
        self._ocr_words = words
        # A frozenset: a snapshot read back holds only the types a built lexicon holds.
        self._ocr_slips = frozenset(e.slip for e in slips.values())

    def ocr_fold(self, text: str) -> str:
        """``text`` with each OCR slip of ``ocr.toml`` that its neighbours prove folded to
        the word the print meant ("Calls upon ail States" -> "Calls upon all States"); the
        same text when it holds none. Each slip's word has its length, so a span of the
        folded text is the same span of ``text``. For matching only: never shown as the
        draft's words."""
        # Most texts hold no slip's letters at all: a substring look spares the pattern.
        if not any(slip in text for slip in self._ocr_slips):
            return text
        words = self._ocr_words

        def one(match: re.Match[str]) -> str:
            group = match.lastgroup
            assert group is not None  # every alternative ends in its named group
            return match.string[match.start() : match.start(group)] + words[group]

        # A space before the text: a slip that opens it has the space its pattern opens
        # with ("Reguests the Secretary-General").
        return self._ocr_rx.sub(one, " " + text)[1:]
