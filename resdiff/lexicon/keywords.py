"""What every look-up of a lexicon shares: the keywords tried before an entry's patterns
(a look for a few short literals in the text, lower-cased and spaced once, is far cheaper
than the patterns), and the longest of overlapping matches."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def _longest(found: list[_S]) -> list[_S]:
    """Matches in order where two overlap the longer is kept."""
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_S] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


@functools.lru_cache(maxsize=256)
def _keyed(text: str) -> str:
    """The text as keywords are looked for in it: lower case, one space between words
    (a keyword "not apply" must find "shall not  apply" across a line break too).
    Cached: every feature of a paragraph looks for its keywords in the same text."""
    return " ".join(text.lower().split())


class _Keywords:
    """An entry's keywords: lower-case substrings one of which every match of the entry
    contains, looked for in the keyed text (:func:`_keyed`) before the entry's own
    patterns run. ``in`` on a few short literals is several times faster than a regular
    expression alternating them (measured on the 500-paragraph speed benchmark: the
    hedges' group test 25 -> 4 ms), and finds exactly the same: a keyword occurs or not."""

    __slots__ = ("keys",)

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(dict.fromkeys(keys))

    def search(self, text: str) -> bool:
        """Whether one of the keywords occurs in ``text``."""
        # A plain loop: a generator in any() costs more than the tests themselves.
        for key in self.keys:  # noqa: SIM110
            if key in text:
                return True
        return False


def _keyword_rx(keys: tuple[str, ...]) -> _Keywords | None:
    """An entry's keywords, or ``None`` when it has none (its patterns are always tried)."""
    if not keys:
        return None
    return _Keywords(keys)


def _group_rx(keys: Iterable[_Keywords | None]) -> _Keywords | None:
    """The keywords of a whole group of entries (all hedges, all life-cycle words): when
    none occurs, no entry can match, so the group is skipped with a single test. ``None``
    when an entry of the group has no keywords (it must always be tried)."""
    found: list[str] = []
    for entry in keys:
        if entry is None:
            return None
        found.extend(entry.keys)
    return _Keywords(found) if found else None
