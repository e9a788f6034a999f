"""Literals a pattern cannot match without: a cheap test that spares a regular expression
most of the texts it would search in vain.

A lexicon pattern such as ``\\b(?:in\\s+accordance|consistent)\\s+with\\s+international\\s+
law\\b`` runs, case-insensitively, over every paragraph whose keywords (the lexicon's
``keywords``, one word such as "international") occur, and finds nothing in most of them:
that search is most of the analysis's time. Every match of it contains "with
international law"; where the paragraph's lower-case text does not, the pattern cannot
match and need not run.

:func:`necessary_literals` reads a pattern's parsed form (Python's own regex parser) and
returns a set of lower-case strings one of which every match contains, or ``None`` when
it cannot tell. :func:`may_match` applies it to ASCII text, and to text whose other
characters match no ASCII one (curly quotes, dashes, accented letters): there,
case-insensitive matching of the literals is plain ASCII case, so the test never skips a
text the pattern would match. Text with a character that does (where a case-insensitive
"s" also matches "ſ", say) is always searched.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from .anchors import plain_case
from .cache import PATTERNS
from .keywords import _keyed, _Keywords, _Screen

_E = TypeVar("_E")

_parser: Any
_constants: Any
try:
    _parser = importlib.import_module("re._parser")
    _constants = importlib.import_module("re._constants")
    _SUPPORTED = hasattr(_parser, "parse")
except ImportError:  # pragma: no cover - another Python: every text is searched
    _SUPPORTED = False

#: Parsed items nested deeper than this are not looked into (patterns are the lexicon's,
#: a few levels deep; the bound keeps the walk's recursion finite for any pattern).
_MAX_DEPTH = 50

Literals = frozenset[str]


def necessary_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Lower-case strings one of which every match of ``pattern`` contains once the
    text is lower-cased with each run of whitespace one space (``None``: no such set is
    known, the pattern must always run). Whitespace the pattern matches (``\\s+``, a
    space) stands as one space inside a literal, never at its ends."""
    if not _SUPPORTED:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # a pattern the parser refuses is compiled (and refused) elsewhere
        return None
    return _sequence(list(parsed), 0)


def may_match(rx: re.Pattern[str], text: str, keyed: str) -> bool:
    """Whether ``rx`` may match ``text``: false only when ``text`` holds none of the
    pattern's necessary literals and reads them as ASCII text would (:func:`plain_case`:
    ASCII, or with no other character that matches an ASCII one ignoring case).
    ``keyed`` is ``text`` lower-cased with one space for each run of whitespace."""
    # Beyond ASCII, literals stay sound where plain_case holds: a literal's characters
    # are ASCII, matched only by ASCII characters, which lower-casing makes the
    # literal's; the whitespace ``\\s`` matches is what str.split() splits on (both
    # Py_UNICODE_ISSPACE), one space in the keyed text as in ASCII text.
    if not text.isascii() and not plain_case(text):
        return True
    literals = _literals_of(rx.pattern, rx.flags)
    if literals is None:
        return True
    # A plain loop: a generator in any() costs more than the tests themselves.
    for literal in literals:  # noqa: SIM110
        if literal in keyed:
            return True
    return False


def screened(
    table: Iterable[tuple[_E, re.Pattern[str], _Keywords | None]],
    screen: _Screen,
    text: str,
) -> Iterator[tuple[_E, re.Pattern[str]]]:
    """The entries of a feature's ``table`` (entry, pattern, keywords) whose pattern may
    match ``text``: those whose keywords occur (``screen``, the table's
    :class:`~.keywords._Screen`: none when no keyword does) and whose necessary literals
    (:func:`may_match`) stand in it. The cheap tests every feature's scan runs before its
    patterns, written once."""
    lowered = _keyed(text)
    passing = screen.passing(lowered)
    for entry, rx, _ in table:
        if not passing:
            return
        if passing & 1 and may_match(rx, text, lowered):
            yield entry, rx
        passing >>= 1


@functools.lru_cache(maxsize=2048)
def _literals_of(pattern: str, flags: int) -> Literals | None:
    # Worked out once per pattern, and for the default lexicon kept in its cache file
    # with the compiled patterns (parsing them all costs about 25 ms a command).
    return PATTERNS.literals(pattern, flags, lambda: necessary_literals(pattern, flags))


def prime(patterns: Iterable[re.Pattern[str]]) -> None:
    """Work out (or read from the cache) the literals of ``patterns`` now, while the
    default lexicon's build records what its cache file is to keep."""
    for rx in patterns:
        _literals_of(rx.pattern, rx.flags)


def _is_space(op: Any, av: Any) -> bool:
    """``\\s`` (one whitespace character)."""
    c = _constants
    return bool(
        op is c.IN
        and len(av) == 1
        and av[0][0] is c.CATEGORY
        and av[0][1] in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE)
    )


def _sequence(items: list[tuple[Any, Any]], depth: int) -> Literals | None:
    """The best necessary set of a sequence of parsed items: of every run of literal
    characters and every group that has one, the set whose shortest string is longest
    (the most telling), fewer strings on a tie."""
    if depth > _MAX_DEPTH:
        return None
    c = _constants
    found: list[Literals] = []
    run: list[str] = []

    def close() -> None:
        # One space for each run of spaces, none at the ends: whitespace at a run's end
        # may be the text's own start or end, which the keyed text strips.
        text = " ".join(filter(None, "".join(run).split(" ")))
        if text:
            found.append(frozenset([text]))
        run.clear()

    for op, av in items:
        if op is c.LITERAL and chr(av).isascii():
            char = chr(av)
            run.append(" " if char.isspace() else char.lower())
        elif _is_space(op, av):
            run.append(" ")
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, body = av
            body = list(body)
            if low >= 1 and len(body) == 1 and _is_space(*body[0]):
                run.append(" ")  # \s+: a space in the keyed text
                continue
            close()
            inner = _sequence(body, depth + 1) if low >= 1 else None
            if inner is not None:
                found.append(inner)
        elif op is c.SUBPATTERN:
            close()
            inner = _sequence(list(av[3]), depth + 1)
            if inner is not None:
                found.append(inner)
        elif op is c.ATOMIC_GROUP:
            close()
            inner = _sequence(list(av), depth + 1)
            if inner is not None:
                found.append(inner)
        elif op is c.BRANCH:
            close()
            # Every alternative must bring its own literals; the set is their union.
            union: set[str] = set()
            for alternative in av[1]:
                inner = _sequence(list(alternative), depth + 1)
                if inner is None:
                    union.clear()
                    break
                union |= inner
            if union:
                found.append(frozenset(union))
        else:
            # Anything else (a class, a boundary, a look-around, a back-reference, a
            # character outside ASCII, which may match an ASCII one when case is ignored:
            # the Kelvin sign a "k") ends the run and brings no literal of its own.
            close()
    close()
    if not found:
        return None
    return max(found, key=lambda s: (min(len(x) for x in s), -len(s)))
