"""What every look-up of a lexicon shares: the keywords tried before an entry's patterns
(a look for a few short literals in the text, lower-cased and spaced once, is far cheaper
than the patterns), and the longest of overlapping matches."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

from ..limits import LONGEST_REMEMBERED
from ..memo import recall, remembered


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


def _key_text(text: str) -> str:
    """The text as keywords are looked for in it: lower case, one space between words
    (a keyword "not apply" must find "shall not  apply" across a line break too)."""
    lowered = text.lower()
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # A printable text holds no whitespace but the ASCII space (every other is a
        # control or a separator), and lower-casing makes none: single spaces inside are
        # the keyed text already. Most paragraphs are so (the readers normalise their
        # spaces); splitting and joining their words cost most of this function.
        return lowered
    return " ".join(lowered.split())


#: :func:`_key_text`, remembered: every feature of a paragraph looks for its keywords in
#: the same text. As many texts as two long drafts hold (the 500-paragraph speed
#: benchmark keys about 1,100, in several passes): with 256, two in three were keyed
#: again (3,182 keyings; 2.3% of the command's instructions with anchors' _lowered).
_keyed = remembered(4096)(_key_text)

_L = TypeVar("_L")
_H = TypeVar("_H")
_A = TypeVar("_A")

#: Texts a lexicon's look-up remembers its answers for (see :func:`_per_text`): the
#: paragraphs and clauses of two long drafts that the analysis and the comparison read.
_SEEN = 4096


def _seen(lexicon: object, name: str) -> dict[str, Any]:
    """The memo a look-up named ``name`` keeps in ``lexicon``: a plain dict, made on first
    use (a lexicon's snapshot keeps only plain tables, and this is one)."""
    state = vars(lexicon)
    memo = state.get(name)
    if memo is None:
        memo = state[name] = {}
    return memo


def _per_text(method: Callable[[_L, str], list[_H]]) -> Callable[[_L, str], list[_H]]:
    """A lexicon's look-up of the matches in a text, remembered per text: the analysis
    reads a text's hedges, conditions and quantities, and the comparison reads them
    again for every change the text stands in (on the 5,000-paragraph speed benchmark a
    fifth of these look-ups asked about a text asked about before). The matches are
    frozen; each caller is given a list of its own."""
    name = f"_seen_{method.__name__}"

    @functools.wraps(method)
    def recalled(self: _L, text: str) -> list[_H]:
        memo: dict[str, tuple[_H, ...]] = _seen(self, name)
        found: tuple[_H, ...] = recall(memo, text, lambda t: tuple(method(self, t)), size=_SEEN)
        return list(found)

    return recalled


def _per_text_frozen(method: Callable[[_L, str], _A]) -> Callable[[_L, str], _A]:
    """:func:`_per_text` for a look-up whose answer is frozen itself (one match or
    ``None``)."""
    name = f"_seen_{method.__name__}"

    @functools.wraps(method)
    def recalled(self: _L, text: str) -> _A:
        memo: dict[str, _A] = _seen(self, name)
        return recall(memo, text, lambda t: method(self, t), size=_SEEN)

    return recalled


#: The lexicon's strings looked for in keyed texts (keywords and literals), cut at their
#: whitespace: each piece, in the order first registered. A piece holds no whitespace, so
#: it occurs in a text only inside one of the text's words (``str.split()``'s pieces):
#: which pieces a word holds is worked out once per distinct word (:func:`_held`), which
#: a text's words then give (:func:`_present`). The 500-paragraph speed benchmark tested
#: about 72,000 keywords and literals with ``in`` (114 million instructions, 4% of the
#: command) on 751 texts of 4,425 distinct words.
_PIECES: list[str] = []
#: Each registered piece (membership; filled before the piece joins :data:`_PIECES`).
_KNOWN: set[str] = set()
#: The registered pieces of two or more characters, by their first two: the lengths, in
#: increasing order, of those that open so (a word's places are tried only at these).
_BY_OPENING: dict[str, tuple[int, ...]] = {}
#: The registered pieces of one character.
_SINGLE: list[str] = []
#: Registering is rare (a lexicon built or read back); a lock keeps two threads from
#: losing each other's lengths in :data:`_BY_OPENING`.
_REGISTERING = threading.Lock()
#: Words and texts remembered at most (their pieces, with how many were registered then).
_MOST_WORDS = 1 << 16
_HELD: dict[str, tuple[int, frozenset[str]]] = {}
_PRESENT: dict[str, tuple[int, frozenset[str]]] = {}


def register(needles: Iterable[str]) -> None:
    """Make the pieces of ``needles`` (strings a keyed text is searched for) known to
    :func:`_present`; a piece registered after a word or text was read is looked for in
    it on its next reading (:func:`_held`, :func:`_present`)."""
    with _REGISTERING:
        for needle in needles:
            for piece in needle.split():
                if piece in _KNOWN:
                    continue
                # Indexed before it is counted: a reader that counts it finds it indexed.
                _KNOWN.add(piece)
                if len(piece) == 1:
                    _SINGLE.append(piece)
                else:
                    lengths = _BY_OPENING.get(piece[:2], ())
                    if len(piece) not in lengths:
                        _BY_OPENING[piece[:2]] = tuple(sorted((*lengths, len(piece))))
                _PIECES.append(piece)


def _held(word: str) -> frozenset[str]:
    """The registered pieces ``word`` holds (``word`` holds no whitespace)."""
    known = len(_PIECES)
    entry = _HELD.get(word)
    if entry is not None:
        count, held = entry
        if count == known:
            return held
        # Pieces registered since: looked for one by one.
        held = held.union(
            [piece for piece in _PIECES[count:known] if len(piece) > 1 and piece in word]
        )
    else:
        # Pieces of one character are looked for in the whole text (_present).
        found = []
        opening = _BY_OPENING
        size = len(word)
        for at in range(size - 1):
            lengths = opening.get(word[at : at + 2])
            if lengths is None:
                continue
            for length in lengths:
                if at + length > size:
                    break
                piece = word[at : at + length]
                if piece in _KNOWN:
                    found.append(piece)
        held = frozenset(found)
    if len(_HELD) >= _MOST_WORDS:
        _HELD.clear()
    _HELD[word] = (known, held)
    return held


def _present(text: str) -> frozenset[str]:
    """The registered pieces that occur in ``text``: those its words hold."""
    known = len(_PIECES)
    entry = _PRESENT.get(text)
    if entry is not None:
        count, present = entry
        if count == known:
            return present
        # Pieces registered since (a user's lexicon, whose literals are worked out as its
        # patterns are first tried): looked for in the text itself, each once.
        present = present.union([piece for piece in _PIECES[count:known] if piece in text])
    else:
        found = {piece for piece in _SINGLE if piece in text}
        words = _HELD
        for word in set(text.split()):
            entry = words.get(word)
            held = entry[1] if entry is not None and entry[0] == known else _held(word)
            if held:
                found |= held
        present = frozenset(found)
    if len(text) <= LONGEST_REMEMBERED:
        if len(_PRESENT) >= _SEEN:
            _PRESENT.clear()
        _PRESENT[text] = (known, present)
    return present


class _Needles:
    """Strings looked for in a text, split for :func:`_present`: those without whitespace
    (``whole``), each of which occurs where it is present, and the others (``spaced``),
    each with its pieces, which must all be present before the string is looked for."""

    __slots__ = ("spaced", "whole")

    def __init__(self, needles: Iterable[str]) -> None:
        needles = list(needles)
        register(needles)
        whole = []
        spaced = []
        for needle in needles:
            pieces = needle.split()
            if pieces == [needle]:
                whole.append(needle)
            else:
                spaced.append((needle, frozenset(pieces)))
        self.whole = frozenset(whole)
        self.spaced = tuple(spaced)

    def found(self, text: str) -> list[str]:
        """The strings that occur in ``text`` (each once, in no set order)."""
        present = _present(text)
        found = list(self.whole.intersection(present))
        for needle, pieces in self.spaced:
            if pieces <= present and needle in text:
                found.append(needle)
        return found

    def any_in(self, text: str) -> bool:
        """Whether one of the strings occurs in ``text``."""
        present = _present(text)
        if not self.whole.isdisjoint(present):
            return True
        for needle, pieces in self.spaced:  # noqa: SIM110
            if pieces <= present and needle in text:
                return True
        return False


class _Keywords:
    """An entry's keywords: lower-case substrings one of which every match of the entry
    contains, looked for in the keyed text (:func:`_keyed`) before the entry's own
    patterns run. Whether one occurs is read from the text's words (:class:`_Needles`),
    which finds exactly what ``in`` on each would: a keyword occurs or not."""

    __slots__ = ("keys", "_needles")

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(dict.fromkeys(keys))
        self._needles = _Needles(self.keys)

    def __getstate__(self) -> tuple[tuple[str, ...]]:
        # A tuple holding the keys: pickle calls no __setstate__ for a false state.
        return (self.keys,)

    def __setstate__(self, state: tuple[tuple[str, ...]]) -> None:
        # Read back (a lexicon's snapshot): registered in this process too.
        self.keys = state[0]
        self._needles = _Needles(self.keys)

    def search(self, text: str) -> bool:
        """Whether one of the keywords occurs in ``text``."""
        return self._needles.any_in(text)


def _keyword_rx(keys: tuple[str, ...]) -> _Keywords | None:
    """An entry's keywords, or ``None`` when it has none (its patterns are always tried)."""
    if not keys:
        return None
    return _Keywords(keys)


class _Screen:
    """The keywords of a table of entries (all hedges, all conditions), each with the
    entries it lets through, as a bit mask (bit ``k``: entry ``k``): one reading of the
    text's keywords (:class:`_Needles`) tells which entries may match it. When none may,
    the table is skipped; when some may, they are known without a test of each entry's
    keywords again (a paragraph that holds one hedge's keyword tested those of all 23
    hedges)."""

    __slots__ = ("always", "by_key", "_needles")

    def __init__(self, entries: Iterable[_Keywords | None]) -> None:
        by_key: dict[str, int] = {}
        always = 0
        for k, entry in enumerate(entries):
            if entry is None:
                # No keywords: the entry's patterns are always tried.
                always |= 1 << k
                continue
            for key in entry.keys:
                by_key[key] = by_key.get(key, 0) | 1 << k
        self._start(always, by_key)

    def _start(self, always: int, by_key: dict[str, int]) -> None:
        self.always = always
        self.by_key = by_key
        self._needles = _Needles(by_key)

    def __getstate__(self) -> tuple[int, dict[str, int]]:
        return self.always, self.by_key

    def __setstate__(self, state: tuple[int, dict[str, int]]) -> None:
        # Read back (a lexicon's snapshot): registered in this process too.
        self._start(*state)

    def passing(self, text: str) -> int:
        """The entries whose keywords occur in ``text`` (a keyed text), or that have none,
        as a bit mask: 0 when none may match."""
        found = self.always
        by_key = self.by_key
        for key in self._needles.found(text):
            found |= by_key[key]
        return found
