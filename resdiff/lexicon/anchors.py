"""Where a pattern's matches can start: found from a word every match opens with, so that
a case-insensitive pattern is tried at a few places of a text rather than at every one.

Python's regular expressions scan a pattern that opens with ``\\b`` or ignores case one
position at a time, trying the whole pattern at each: about 40 µs for a paragraph, for
each lexicon pattern whose keywords and literals occur (most of them then find nothing).
Most lexicon patterns open with a word a few characters in ("``\\b(?:re-?)?impos(?:e|es)
...``": "impos", at most three characters after the start). :func:`leading_anchors`
reads that from the parsed pattern (Python's own regex parser): a set of (word, reach)
such that every match starting at ``s`` holds one of the words, lower-cased, at an
offset between ``s`` and ``s + reach`` (or a digit, for a pattern that opens with one:
dates, symbols, figures; or a run of capitals, for one that opens with an acronym matched
as printed: ``(?-i:\\b[A-Z]{3,})``). :func:`finditer` then tries the pattern only at
the places those words allow, in order, and yields exactly the matches of
``rx.finditer(text)``: a match can start nowhere else, a match found at a place is the
one the scan would find there (the same engine from the same position, which sees the
characters before it for ``\\b`` and look-behinds), and the scan resumes where a match
ends, as ``finditer`` does for matches that are never empty.

Only text whose opening words are plain ASCII is read this way: ASCII text (there,
ignoring case is plain ASCII case and lower-casing moves no character) and text whose
other characters match no ASCII letter or digit, ignoring case, and lower to one
character each (:func:`_lowered`); other text, and patterns without such a word, are
scanned as before.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..compiled import compile_cached
from ..memo import lower_case, remembered
from .cache import PATTERNS

_parser: Any
_constants: Any
try:
    _parser = importlib.import_module("re._parser")
    _constants = importlib.import_module("re._constants")
    _SUPPORTED = hasattr(_parser, "parse") and hasattr(_parser, "SubPattern")
except ImportError:  # pragma: no cover - another Python: every text is scanned
    _SUPPORTED = False

#: How far into a match its opening word may stand: beyond it the places to try grow
#: too many to gain anything.
_MAX_REACH = 24
#: The shortest opening word used (one letter occurs everywhere).
_MIN_WORD = 2
#: Parsed items nested deeper than this are not looked into.
_MAX_DEPTH = 20

Anchors = tuple[tuple[str, int], ...]

#: The opening "word" of a pattern that opens with a digit ("\\d{1,2}\\s+(?:January|...)"):
#: any digit of the text.
DIGIT = "\\d"
_DIGITS = compile_cached("[0-9]+")
#: The opening "word" of a pattern that opens with an acronym matched as printed
#: ("(?-i:\\b[A-Z]{3,})", "(?-i:(?<![A-Z0-9])[A-Z][A-Z0-9]{3,}+)"): a capital A to Z
#: followed by two more capitals or digits, case and all, found in the text itself (not
#: the lowered one). The life-cycle patterns whose subject may be any acronym had no
#: opening word and were tried at every position (187 M instructions of the 2,786 M of
#: a 500-paragraph compare, twenty-sixth session).
CAPITALS = "[A-Z]"
#: How many characters of a run of capitals and digits the anchor asks for.
_CAPITALS_WIDTH = 3
#: Runs of capitals and digits that open with a capital (case-sensitive: no flag); the
#: places of :data:`CAPITALS` are within them.
_CAPITAL_RUNS = compile_cached("[A-Z][A-Z0-9]{2,}")
#: Characters a case-sensitive item may match to count as a capital, or as a capital or
#: digit, of :data:`CAPITALS` (code points, inclusive ranges).
_UPPER = ((ord("A"), ord("Z")),)
_UPPER_OR_DIGIT = ((ord("0"), ord("9")), (ord("A"), ord("Z")))
#: A match tried at one place costs about as much as the engine's scan of this many
#: characters (a call from Python against a step in C).
_SCAN_COST = 8


def _is_digit(op: Any, av: Any) -> bool:
    """``\\d`` (one digit: in ASCII text, 0 to 9)."""
    c = _constants
    return bool(
        op is c.IN
        and len(av) == 1
        and av[0][0] is c.CATEGORY
        and av[0][1] in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT)
    )


def leading_anchors(pattern: str, flags: int) -> Anchors | None:
    """(word, reach) pairs, one of which every match of ``pattern`` holds near its start
    (the word, lower-case, at most ``reach`` characters after it), or ``None`` when the
    pattern is not read this way: it does not ignore case, it may match the empty
    string, or no such words are found."""
    if not _SUPPORTED or not flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.getwidth()[0] == 0:
            return None
        found = _lead(list(parsed), parsed.state, 0, 0, ignore=True)
    except Exception:  # a pattern the parser refuses is compiled (and refused) elsewhere
        return None
    return tuple(sorted(found)) if found else None


def _width(item: tuple[Any, Any], state: Any) -> int | None:
    """The most characters one parsed item can match (``None``: more than any reach)."""
    high = int(_parser.SubPattern(state, [item]).getwidth()[1])
    return high if high <= _MAX_REACH else None


def _within(op: Any, av: Any, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Whether one parsed character item, matched case and all, can only match a
    character of ``ranges``."""
    c = _constants

    def inside(low: int, high: int) -> bool:
        return any(lo <= low and high <= hi for lo, hi in ranges)

    if op is c.LITERAL:
        return inside(av, av)
    if op is not c.IN:
        return False
    for kind, value in av:
        if kind is c.LITERAL:
            if not inside(value, value):
                return False
        elif kind is c.RANGE:
            if not inside(value[0], value[1]):
                return False
        else:  # a negation, a category (\\w, \\d): wider than the ranges
            return False
    return True


def _opens_with_capitals(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``items``, matched case and all, open with a capital A to Z followed by
    two more capitals or digits (:data:`CAPITALS`): single characters, or repeats of one
    character, counted as many times as they must match."""
    c = _constants
    count = 0
    for op, av in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and len(av[2]) == 1:
            low, high, item = int(av[0]), int(av[1]), av[2][0]
        else:
            low, high, item = 1, 1, (op, av)
        for _ in range(min(low, _CAPITALS_WIDTH - count)):
            if not _within(item[0], item[1], _UPPER if count == 0 else _UPPER_OR_DIGIT):
                return False
            count += 1
        if count >= _CAPITALS_WIDTH:
            return True
        if low == 0 or low != high:
            # What follows may stand at more than one offset.
            return False
    return False


def _lead(
    items: list[tuple[Any, Any]], state: Any, reach: int, depth: int, *, ignore: bool
) -> set[tuple[str, int]] | None:
    """The opening words of a sequence of parsed items whose start is at most ``reach``
    characters after the match's start (``ignore``: whether the items ignore case)."""
    if depth > _MAX_DEPTH:
        return None
    c = _constants
    k = 0
    while k < len(items):
        if reach > _MAX_REACH:
            return None
        op, av = items[k]
        # An acronym matched as printed (a literal word is read below, more narrowly).
        if not ignore and op is not c.LITERAL and _opens_with_capitals(items[k:]):
            return {(CAPITALS, reach)}
        if op is c.LITERAL:
            word = ""
            while k < len(items) and items[k][0] is c.LITERAL:
                char = chr(items[k][1])
                if not (char.isascii() and char.isalnum()):
                    break
                word += char.lower()
                k += 1
            if len(word) >= _MIN_WORD:
                return {(word, reach)}
            if not word:
                # Another literal character (a space, a hyphen): one character.
                reach += 1
                k += 1
            else:
                reach += len(word)
            continue
        if _is_digit(op, av):
            return {(DIGIT, reach)}
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            # Zero width: a boundary or a look-around.
            k += 1
            continue
        if op is c.SUBPATTERN:
            # (group, flags added, flags removed, items): "(?-i:...)" matches case and all.
            within = bool(av[1] & re.IGNORECASE) or (ignore and not av[2] & re.IGNORECASE)
            inner = _lead(list(av[3]), state, reach, depth + 1, ignore=within)
            if inner:
                return inner
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[:2] == (0, 1):
            # Optional ("(?:at\\s+least\\s+)?"): the words of the match that takes it and
            # of the one that does not.
            # A short one ("(?:re-?)?") is better read as a width before the word after it.
            rest = items[k + 1 :]
            width = _width((op, av), state)
            after = (
                _lead(rest, state, reach + width, depth + 1, ignore=ignore)
                if width is not None
                else None
            )
            if after:
                return after
            taken = _lead(list(av[2]) + rest, state, reach, depth + 1, ignore=ignore)
            skipped = _lead(rest, state, reach, depth + 1, ignore=ignore)
            return taken | skipped if taken and skipped else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            # Repeated at least once: the first time opens where the repeat does.
            inner = _lead(list(av[2]), state, reach, depth + 1, ignore=ignore)
            if inner:
                return inner
        elif op is c.BRANCH:
            union: set[tuple[str, int]] = set()
            for alternative in av[1]:
                inner = _lead(list(alternative), state, reach, depth + 1, ignore=ignore)
                if not inner:
                    union.clear()
                    break
                union |= inner
            if union:
                return union
        width = _width((op, av), state)
        if width is None:
            return None
        reach += width
        k += 1
    return None


def anchors_of(rx: re.Pattern[str]) -> Anchors | None:
    """:func:`leading_anchors` of a compiled pattern, worked out once (for the default
    lexicon's patterns, kept in its cache file: parsing them all costs about 20 ms)."""
    # Remembered by the pattern's source and flags, not by the compiled pattern: a
    # compiled pattern's hash is not kept, and works through its whole compiled code at
    # every look-up (CPython's pattern_hash), 20,000 instructions for one of the
    # lexicon's long alternations: 23 M of a 500-paragraph compare. A source string
    # keeps its hash, and a source and flags compile to one code.
    return _anchors_of(rx.pattern, rx.flags)


@functools.lru_cache(maxsize=1024)
def _anchors_of(pattern: str, flags: int) -> Anchors | None:
    return PATTERNS.anchors(pattern, flags, lambda: leading_anchors(pattern, flags))


def prime(patterns: Iterable[re.Pattern[str]]) -> None:
    """Work out (or read from the cache) the opening words of ``patterns`` now, while
    the default lexicon's build records what its cache file is to keep."""
    for rx in patterns:
        anchors_of(rx)


#: The characters outside ASCII that match an ASCII letter or digit when case is ignored
#: (the dotted and dotless i, the long s, the Kelvin sign) or match ``\\d`` (the digits
#: of other scripts).
_LIKE_ASCII_WORD = compile_cached(r"(?i:[a-z0-9])|\d")


# Remembered: every feature of a paragraph looks for its patterns in the same text, the
# analysis and the comparison each in turn (as many texts as keywords._keyed keeps).
@remembered(4096)
def _lowered(text: str) -> str | None:
    """``text`` lower-cased, where an opening word found in it stands where the pattern
    would match it; ``None`` where it may not (the text is then scanned)."""
    lowered = lower_case(text)
    if text.isascii():
        return lowered
    # Text with curly quotes, dashes or accented names (a third of the paragraphs of a
    # long draft) is read the same way when none of its other characters can stand in
    # an opening word (a word is ASCII letters and digits, a digit any of 0-9) and
    # lower-casing moves no character (no character lowers to two): there an opening
    # word matched ignoring case is the same word in the lowered text, where it is found.
    if len(lowered) != len(text):
        return None
    # Each distinct character looked at once: a set of the text's characters is made in
    # C, where the scan for runs outside ASCII tried the class at every character (about
    # 120,000 instructions a paragraph of 800 characters, 22 M of a 500-paragraph
    # compare).
    if _LIKE_ASCII_WORD.search("".join(c for c in set(text) if c > "\x7f")):
        return None
    return lowered


def plain_case(text: str) -> bool:
    """Whether ignoring case in ``text`` is plain ASCII case for every ASCII letter and
    digit a pattern holds: no character of it but ASCII ones matches one (see
    :func:`_lowered`)."""
    return _lowered(text) is not None


def finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text)``, tried only where the pattern's opening words
    allow."""
    anchors = anchors_of(rx)
    if anchors is None:
        yield from rx.finditer(text)
        return
    # A run of capitals is found in the text as printed, which it matches case and all
    # (ASCII A to Z and 0 to 9 only, whatever else the text holds); words and digits in
    # the lowered text, where it can be read so.
    lowered = text
    if any(word != CAPITALS for word, _ in anchors):
        found = _lowered(text)
        if found is None:
            yield from rx.finditer(text)
            return
        lowered = found
    starts: set[int] = set()
    for word, reach in anchors:
        if word == CAPITALS:
            for run in _CAPITAL_RUNS.finditer(text):
                for at in range(run.start(), run.end() - _CAPITALS_WIDTH + 1):
                    if "A" <= text[at] <= "Z":
                        starts.update(range(max(0, at - reach), at + 1))
            continue
        if word == DIGIT:
            for run in _DIGITS.finditer(lowered):
                starts.update(range(max(0, run.start() - reach), run.end()))
            continue
        at = lowered.find(word)
        while at >= 0:
            starts.update(range(max(0, at - reach), at + 1))
            at = lowered.find(word, at + 1)
    if len(starts) * _SCAN_COST > len(text):
        # Places so many (the digits of a text full of figures, a common short word) that
        # a call for each costs more than the engine's own scan.
        yield from rx.finditer(text)
        return
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = rx.match(text, start)
        if m is not None:
            yield m
            pos = m.end()
