"""Word-level redlines on diff-match-patch.

diff-match-patch diffs characters. Its line mode maps each line to one character, diffs
the characters and maps back; we do the same with words (and the runs of spaces and
punctuation between them), so the diff never cuts a word in half and runs in time
proportional to the number of words, not characters. The diff is exact on every real text
and bounded on hostile ones by the work it may do, not by the clock (:data:`DIFF_WORK`),
so the same two texts always give the same redline; the semantic clean-up merges the
small equalities that make a redline hard to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain, groupby
from operator import itemgetter
from typing import Any

from diff_match_patch import diff_match_patch

from .compiled import compile_cached
from .model import Redline

DELETE, EQUAL, INSERT = -1, 0, 1

# A word (letters, digits, inner apostrophes and hyphens), or one run of spaces, or one
# punctuation character: the units a reader sees as changed or not.
_TOKEN = compile_cached(r"\w+(?:['’-]\w+)*|\s+|[^\w\s]", re.UNICODE)

# Skip the surrogate range: Python strings can hold those code points, but they are not
# characters, and a unit mapped onto one would be fragile to encode.
_SURROGATES = range(0xD800, 0xE000)


# The units of _TOKEN but the runs of spaces, captured: re.split gives the spaces between
# them (each one run of spaces, or empty) and the units in turn (see _split_words).
_UNIT = compile_cached(r"(\w+(?:['’-]\w+)*|[^\w\s])", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Split text into the units a redline works on; ``"".join`` gives the text back."""
    return _TOKEN.findall(text)


def _units_to_chars(tokens_a: list[str], tokens_b: list[str]) -> tuple[str, str, list[str]]:
    """Map each distinct unit to one character, as diff-match-patch's line mode does: the
    first unit met (in ``tokens_a``, then ``tokens_b``) is character 1, the next 2, and
    so on past the surrogates."""
    table = list(dict.fromkeys(chain(tokens_a, tokens_b)))
    index = dict(zip(table, _chars(len(table)), strict=True))
    return (
        "".join(map(index.__getitem__, tokens_a)),
        "".join(map(index.__getitem__, tokens_b)),
        table,
    )


def _chars(n: int) -> Iterator[str]:
    """The characters of the first ``n`` distinct units: from 1 on, past the surrogates."""
    below = min(n, _SURROGATES.start - 1)
    return map(
        chr, chain(range(1, below + 1), range(_SURROGATES.stop, _SURROGATES.stop + n - below))
    )


def _decode(chars: str, table: list[str]) -> str:
    out = []
    for char in chars:
        code = ord(char)
        if code >= _SURROGATES.stop:
            code -= len(_SURROGATES)
        out.append(table[code - 1])
    return "".join(out)


class _Work:
    """A deadline for diff-match-patch counted in the work done, not in seconds.

    ``diff_bisect`` asks ``time.time() > deadline`` once for each step ``d`` of its
    search, before it looks along up to ``2d + 1`` diagonals each way: Python asks this
    object's ``__lt__``, which counts ``d`` (reset by :class:`_Engine` for each bisection)
    and says the deadline has passed once :data:`DIFF_WORK` is spent. What a deadline does
    then is unchanged: that part of the texts is given back whole, as deleted and
    inserted, an exact but coarser redline. A wall-clock deadline made the redline of the
    same two texts depend on the machine's load (the annex of S/RES/2610 against that of
    2611, 689,000 of this work, took 0.5 s: coarse or exact by the hour)."""

    __slots__ = ("d", "left")

    def __init__(self, work: int) -> None:
        self.d = 0
        self.left = work

    def __lt__(self, now: object) -> bool:
        self.d += 1
        self.left -= self.d
        return self.left < 0


class _Engine(diff_match_patch):  # type: ignore[misc]  # untyped library
    """diff-match-patch, with each bisection's steps counted afresh by :class:`_Work`.

    Its half-match speed-up is off (``Diff_Timeout = 0``): it runs before any bisection,
    unbounded by the work counted, and is quadratic on periodic text ("a b " * 80,000
    against "b a " * 80,000: 16.6 s, found by the review of 3 December); the search it
    shortcuts is bounded by :data:`DIFF_WORK` anyway."""

    def __init__(self) -> None:
        super().__init__()
        self.Diff_Timeout = 0

    def diff_bisect(self, text1: str, text2: str, deadline: object) -> Any:
        if isinstance(deadline, _Work):
            deadline.d = 0
        return super().diff_bisect(text1, text2, deadline)


def diff_units(old: list[str], new: list[str]) -> list[tuple[int, list[str]]]:
    """The diff of two sequences of units (words, or any strings), unit by unit:
    ``[(op, units), ...]`` with -1 delete, 0 keep, 1 insert. Each distinct unit is mapped
    to one character and the characters are diffed, as in diff-match-patch's line mode."""
    chars_a, chars_b, table = _units_to_chars(old, new)
    diffs = _Engine().diff_main(chars_a, chars_b, False, _Work(DIFF_WORK))
    out: list[tuple[int, list[str]]] = []
    for op, chars in diffs:
        units = [table[_code(char) - 1] for char in chars]
        if units:
            out.append((op, units))
    return out


def _code(char: str) -> int:
    code = ord(char)
    return code - len(_SURROGATES) if code >= _SURROGATES.stop else code


def redline(old: str, new: str, *, semantic: bool = True) -> Redline:
    """The word-level diff that turns ``old`` into ``new``.

    Returns ``((op, text), ...)`` with diff-match-patch's operations: -1 delete, 0 keep,
    1 insert. Joining the texts of ops 0 and -1 gives ``old``; of ops 0 and 1, ``new``.
    """
    if old == new:
        return ((EQUAL, old),) if old else ()
    if not old:
        return ((INSERT, new),)
    if not new:
        return ((DELETE, old),)
    words_a, gaps_a = _split_words(old)
    words_b, gaps_b = _split_words(new)
    chars_a, chars_b, table = _units_to_chars(words_a, words_b)
    engine = _Engine()
    diffs = engine.diff_main(chars_a, chars_b, False, _Work(DIFF_WORK))
    if semantic:
        diffs = _cleanup(engine, diffs, table)
    return _balance(_merge(_with_gaps(diffs, words_a, gaps_a, words_b, gaps_b)))


#: The brackets an edit should hold both halves of: a citation's year, "(2015)", reads as
#: one unit, and a redline that cuts its closing bracket off ("[-2253 (2015-] {+2368
#: (2017+})") reads as garbled.
_BRACKETS = (("(", ")"), ("[", "]"))


def _unmatched(text: str, opener: str, closer: str) -> tuple[int, int]:
    """The closers ``text`` has no opener for, and the openers it leaves open."""
    closers = openers = 0
    for char in text:
        if char == opener:
            openers += 1
        elif char == closer:
            if openers:
                openers -= 1
            else:
                closers += 1
    return closers, openers


def _balance(ops: Redline) -> Redline:
    """Move a bracket across the edge of an edit where that closes the edit's brackets.

    The word diff keeps a bracket both texts share as kept text, so a changed citation
    loses its closing bracket to the text after it ("[-2253 (2015-] {+2368 (2017+})"), and
    an inserted citation after another may start with the first one's closing bracket
    ("(2020{+) and 2585 (2021+});"). Each text stays as it was: a deletion and an
    insertion side by side both take the bracket the kept text next to them opens (or
    closes) with; a lone edit slides by one character where its first character is the
    one after it (or its last the one before it). Only where every edit's brackets then
    match: a bracket around the whole edit ("([-A/1-] {+B/2+})") stays kept text."""
    out = list(ops)
    k = 0
    while k < len(out):
        if out[k][0] == EQUAL:
            k += 1
            continue
        end = k
        while end < len(out) and out[end][0] != EQUAL:
            end += 1
        for opener, closer in _BRACKETS:
            # Looked at only where a bracket stands at the edge: most edits have none. A
            # kept run that is the bracket alone, between this edit and another, is not
            # taken: emptied, it would join the two edits into one run with nothing kept
            # between them (an insertion, then a deletion and an insertion).
            left = (
                k > 0
                and out[k - 1][1].endswith(opener)
                and not (k > 1 and out[k - 1][1] == opener and out[k - 2][0] != EQUAL)
            )
            right = (
                end < len(out)
                and out[end][1].startswith(closer)
                and not (end + 1 < len(out) and out[end][1] == closer and out[end + 1][0] != EQUAL)
            )
            if left or right:
                k, end = _balance_at(out, k, end, opener, closer, left=left, right=right)
        k = end
    return _merge(out)


def _balance_at(
    out: list[tuple[int, str]],
    k: int,
    end: int,
    opener: str,
    closer: str,
    *,
    left: bool,
    right: bool,
) -> tuple[int, int]:
    """:func:`_balance` for the edits ``out[k:end]`` and one kind of bracket; returns
    where the edits stand afterwards (``k`` and ``end``)."""
    edits = out[k:end]
    if all(_unmatched(text, opener, closer) == (0, 0) for _, text in edits):
        return k, end
    if len(edits) > 1:
        # A deletion and an insertion: both take the kept bracket.
        for take_left, take_right in ((False, True), (True, False), (True, True)):
            if (take_left and not left) or (take_right and not right):
                continue
            head, tail = opener if take_left else "", closer if take_right else ""
            grown = [(op, head + text + tail) for op, text in edits]
            if all(_unmatched(text, opener, closer) == (0, 0) for _, text in grown):
                out[k:end] = grown
                if take_left:
                    out[k - 1] = (EQUAL, out[k - 1][1][:-1])
                if take_right:
                    out[end] = (EQUAL, out[end][1][1:])
                return k, end
        return k, end
    # A lone edit slides: its first character moves to its end (or its last to its start).
    op, text = edits[0]
    if right and text.startswith(closer):
        slid = text[1:] + closer
        if _unmatched(slid, opener, closer) == (0, 0):
            out[k] = (op, slid)
            out[end] = (EQUAL, out[end][1][1:])
            if k > 0:
                out[k - 1] = (EQUAL, out[k - 1][1] + closer)
                return k, end
            out.insert(k, (EQUAL, closer))
            return k + 1, end + 1
    if left and text.endswith(opener):
        slid = opener + text[:-1]
        if _unmatched(slid, opener, closer) == (0, 0):
            out[k] = (op, slid)
            out[k - 1] = (EQUAL, out[k - 1][1][:-1])
            if end < len(out):
                out[end] = (EQUAL, opener + out[end][1])
            else:
                out.insert(end, (EQUAL, opener))
    return k, end


def _split_words(text: str) -> tuple[list[str], list[str]]:
    """The units of ``text`` that are not spaces, and the spaces around them: ``gaps[k]``
    stands before ``words[k]`` and ``gaps[-1]`` after the last one (``""`` where there is
    none).

    Only the words (and punctuation) are diffed. Diffed as units too, the spaces between
    forty deleted and forty inserted words outnumber a twenty-word run the two texts
    share, and the longest common subsequence keeps the spaces instead of the run.
    Split in C: what :data:`_UNIT` splits alternates spaces and units, from the spaces
    before the first unit to those after the last."""
    parts = _UNIT.split(text)
    return parts[1::2], parts[0::2]


def _with_gaps(
    diffs: list[tuple[int, str]],
    words_a: list[str],
    gaps_a: list[str],
    words_b: list[str],
    gaps_b: list[str],
) -> list[tuple[int, str]]:
    """The word diff spelled out with the spaces of both texts: a space kept between two
    kept words is kept, one that differs is replaced, and an edit carries the spaces
    before each of its words. A deletion and an insertion side by side that open (or
    close) with the same space keep that space as kept text ("a[ b]{ c}" reads "a [b]{c}")."""
    out: list[tuple[int, str]] = []
    ia = ib = 0
    for op, chars in diffs:
        n = len(chars)
        if op == EQUAL:
            # The kept words and the spaces kept between them as one run, cut where a
            # space differs (the operations merged as _merge would merge them).
            run: list[str] = []
            for ga, gb, word in zip(
                gaps_a[ia : ia + n], gaps_b[ib : ib + n], words_a[ia : ia + n], strict=True
            ):
                if ga == gb:
                    run += (ga, word)
                else:
                    out += [(EQUAL, "".join(run)), (DELETE, ga), (INSERT, gb)]
                    run = [word]
            out.append((EQUAL, "".join(run)))
            ia += n
            ib += n
        elif op == DELETE:
            out.append((DELETE, "".join(gaps_a[k] + words_a[k] for k in range(ia, ia + n))))
            ia += n
        else:
            out.append((INSERT, "".join(gaps_b[k] + words_b[k] for k in range(ib, ib + n))))
            ib += n
    ga, gb = gaps_a[ia], gaps_b[ib]
    if ga == gb:
        out.append((EQUAL, ga))
    else:
        out += [(DELETE, ga), (INSERT, gb)]
    return _peel(out)


def _peel(ops: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Spaces shared by the edges of a deletion and the insertion next to it become kept
    text (see :func:`_with_gaps`)."""
    merged = list(_merge(ops))
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(merged):
        op, text = merged[k]
        if op != EQUAL and k + 1 < len(merged) and merged[k + 1][0] == -op:
            other = merged[k + 1][1]
            head = _common_space(text, other)
            text, other = text[len(head) :], other[len(head) :]
            tail = _common_space(text[::-1], other[::-1])[::-1]
            if tail:
                text, other = text[: -len(tail)], other[: -len(tail)]
            out += [(EQUAL, head), (op, text), (-op, other), (EQUAL, tail)]
            k += 2
            continue
        out.append((op, text))
        k += 1
    return out


def _common_space(a: str, b: str) -> str:
    """The whitespace both strings open with (up to their first other character)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n] and a[n].isspace():
        n += 1
    return a[:n]


#: A run of at least this many kept words survives the semantic clean-up.
KEEP_WORDS = 8


def _cleanup(
    engine: diff_match_patch, diffs: list[tuple[int, str]], table: list[str]
) -> list[tuple[int, str]]:
    """diff-match-patch's semantic clean-up, run between long kept runs.

    The clean-up folds a kept run into the edits around it when the run is shorter than
    the edits on both sides. With a long rewrite on each side of a clause that stayed
    ("Decides that ... shall [prevent the transfer of missile and missile-related items
    ... to the DPRK's missile or WMD programmes], including: (a) ..."), twenty kept
    words were shown as deleted and inserted again. A run of :data:`KEEP_WORDS` words or
    more is what a reader recognises as the same text, so it is kept as is and the
    clean-up runs on the stretches between such runs."""
    out: list[tuple[int, str]] = []
    segment: list[tuple[int, str]] = []
    # The characters of the units that are words: a kept run's words are counted by them.
    words = {
        char for char, unit in zip(_chars(len(table)), table, strict=True) if unit[:1].isalnum()
    }

    def clean(segment: list[tuple[int, str]]) -> None:
        # The clean-up is quadratic in the edits it is given: a stretch of more than
        # CLEANUP_MOST (thousands of alternating edits, only a hostile text has them) is
        # left as the diff gave it.
        if len(segment) <= CLEANUP_MOST:
            engine.diff_cleanupSemantic(segment)
        out.extend(segment)

    for op, chars in diffs:
        if op == EQUAL and sum(map(words.__contains__, chars)) >= KEEP_WORDS:
            if segment:
                clean(segment)
                segment = []
            out.append((op, chars))
        else:
            segment.append((op, chars))
    if segment:
        clean(segment)
    return out


#: The work after which diff-match-patch gives a coarser redline (see :class:`_Work`):
#: about 0.8 s on the 2-core machine of the benchmarks. The most a real text of the
#: corpus needs is 689,000 (an annex of 2,000 words), the next 40,000.
DIFF_WORK = 1_000_000
#: Most edits of one stretch the semantic clean-up is run on.
CLEANUP_MOST = 400


def _merge(ops: Iterable[tuple[int, str]]) -> Redline:
    """Join neighbouring operations of the same kind and drop empty ones."""
    return tuple(
        (op, "".join(text for _, text in run))
        for op, run in groupby((item for item in ops if item[1]), key=itemgetter(0))
    )


def apply(old: str, ops: Redline) -> str:
    """Apply a redline to ``old`` and return the new text.

    Raises ``ValueError`` when the redline does not fit ``old`` (its kept and deleted
    parts must spell ``old`` exactly).
    """
    expected = "".join(text for op, text in ops if op <= 0)
    if expected != old:
        raise ValueError("redline does not apply: its old side differs from the text given")
    return "".join(text for op, text in ops if op >= 0)


def distance(ops: Redline) -> int:
    """Number of words inserted or deleted (spaces and punctuation not counted)."""
    return sum(
        sum(1 for token in tokenize(text) if token[0].isalnum()) for op, text in ops if op != EQUAL
    )


def similarity(ops: Redline) -> float:
    """Share of words kept, 0–1: 2 × kept / (old words + new words)."""
    kept = old = new = 0
    for op, text in ops:
        words = sum(1 for token in tokenize(text) if token[0].isalnum())
        if op == EQUAL:
            kept += words
        elif op == DELETE:
            old += words
        else:
            new += words
    total = 2 * kept + old + new
    return 1.0 if total == 0 else 2 * kept / total
