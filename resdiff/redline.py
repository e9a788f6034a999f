"""Word-level redlines on diff-match-patch.

diff-match-patch diffs characters. Its line mode maps each line to one character, diffs
the characters and maps back; we do the same with words (and the runs of spaces and
punctuation between them), so the diff never cuts a word in half and runs in time
proportional to the number of words, not characters. ``Diff_Timeout`` is 0 so the result
is exact and deterministic, and the semantic clean-up merges the small equalities that
make a redline hard to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from diff_match_patch import diff_match_patch

from .model import Redline

DELETE, EQUAL, INSERT = -1, 0, 1

# A word (letters, digits, inner apostrophes and hyphens), or one run of spaces, or one
# punctuation character: the units a reader sees as changed or not.
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|\s+|[^\w\s]", re.UNICODE)

# Skip the surrogate range: Python strings can hold those code points, but they are not
# characters, and a unit mapped onto one would be fragile to encode.
_SURROGATES = range(0xD800, 0xE000)


def tokenize(text: str) -> list[str]:
    """Split text into the units a redline works on; ``"".join`` gives the text back."""
    return _TOKEN.findall(text)


def _units_to_chars(tokens_a: list[str], tokens_b: list[str]) -> tuple[str, str, list[str]]:
    """Map each distinct unit to one character, as diff-match-patch's line mode does."""
    table: list[str] = []
    index: dict[str, int] = {}

    def encode(tokens: list[str]) -> str:
        chars = []
        for token in tokens:
            code = index.get(token)
            if code is None:
                code = len(table) + 1
                if code >= _SURROGATES.start:
                    code += len(_SURROGATES)
                index[token] = code
                table.append(token)
            chars.append(chr(code))
        return "".join(chars)

    return encode(tokens_a), encode(tokens_b), table


def _decode(chars: str, table: list[str]) -> str:
    out = []
    for char in chars:
        code = ord(char)
        if code >= _SURROGATES.stop:
            code -= len(_SURROGATES)
        out.append(table[code - 1])
    return "".join(out)


def diff_units(old: list[str], new: list[str]) -> list[tuple[int, list[str]]]:
    """The diff of two sequences of units (words, or any strings), unit by unit:
    ``[(op, units), ...]`` with -1 delete, 0 keep, 1 insert. Each distinct unit is mapped
    to one character and the characters are diffed, as in diff-match-patch's line mode."""
    chars_a, chars_b, table = _units_to_chars(old, new)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(chars_a, chars_b, False)
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
    chars_a, chars_b, table = _units_to_chars(tokenize(old), tokenize(new))
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(chars_a, chars_b, False)
    if semantic:
        engine.diff_cleanupSemantic(diffs)
    return _merge((op, _decode(chars, table)) for op, chars in diffs)


def _merge(ops: Iterable[tuple[int, str]]) -> Redline:
    """Join neighbouring operations of the same kind and drop empty ones."""
    merged: list[tuple[int, str]] = []
    for op, text in ops:
        if not text:
            continue
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return tuple(merged)


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
