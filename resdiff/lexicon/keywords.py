"""What every look-up of a lexicon shares: the keywords tried before an entry's patterns
(a look for a few short literals in the text, lower-cased and spaced once, is far cheaper
than the patterns), and the longest of overlapping matches."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

from ..memo import lower_case, recall, remembered


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
    lowered = lower_case(text)
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


#: Keywords of a screen that open with the same this many characters are looked for
#: behind their common opening (see :func:`_plan`).
_PROBE_CHARS = 4

#: One step of a screen's plan: a string looked for in the text, the entries it lets
#: through itself (0 for an opening shared by keywords that is none itself), and the
#: keywords, with their entries, that are looked for only where it occurs (each of them
#: holds it).
_Step = tuple[str, int, tuple[tuple[str, int], ...]]


def _common_opening(keys: list[str]) -> str:
    """The longest string every one of ``keys`` opens with."""
    first, last = min(keys), max(keys)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _plan(keys: Iterable[tuple[str, int]]) -> tuple[_Step, ...]:
    """The order a screen looks for its keywords in: a keyword that holds another string
    looked for (the common opening of keywords that open alike, "priorit" of "prioritise"
    and "priority"; a shorter keyword, "immediate" in "immediately") is looked for only
    where that string occurs. A keyword can occur only where every string it holds does,
    so the plan finds exactly the keywords a test of each finds, and a text holding none
    of a group is scanned once for the group, not once for each of its keywords (most
    texts hold none: on the 500-paragraph speed benchmark 13% fewer instructions scanning).
    """
    ordered = sorted(keys, key=lambda item: (len(item[0]), item[0]))
    groups: dict[str, list[tuple[str, int]]] = {}
    for key, entries in ordered:
        if len(key) >= _PROBE_CHARS:
            groups.setdefault(key[:_PROBE_CHARS], []).append((key, entries))
    steps: list[tuple[str, int, list[tuple[str, int]]]] = []
    grouped: set[str] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        probe = _common_opening([key for key, _ in members])
        own = 0
        inner = []
        for key, entries in members:
            if key == probe:
                own |= entries
            else:
                inner.append((key, entries))
            grouped.add(key)
        steps.append((probe, own, inner))
    for key, entries in ordered:
        if key in grouped:
            continue
        # Shortest first: a keyword goes behind a string looked for already that it holds.
        host = next((step for step in steps if step[0] in key), None)
        if host is not None:
            host[2].append((key, entries))
        else:
            steps.append((key, entries, []))
    return tuple((probe, own, tuple(inner)) for probe, own, inner in steps)


class _Screen:
    """The keywords of a table of entries (all hedges, all conditions), each with the
    entries it lets through, as a bit mask (bit ``k``: entry ``k``): one pass over the
    distinct keywords tells which entries may match a text. When none may, the table is
    skipped; when some may, they are known without a test of each entry's keywords again
    (a paragraph that holds one hedge's keyword tested those of all 23 hedges)."""

    __slots__ = ("always", "plan")

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
        self.always = always
        self.plan = _plan(by_key.items())

    def passing(self, text: str) -> int:
        """The entries whose keywords occur in ``text`` (a keyed text), or that have none,
        as a bit mask: 0 when none may match."""
        found = self.always
        for probe, entries, inner in self.plan:
            if probe in text:
                found |= entries
                for key, more in inner:
                    if key in text:
                        found |= more
        return found
