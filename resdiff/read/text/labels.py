"""Label sequences, shared by the third stage of the text reader and the tree: Roman
numerals (and the digits a scan prints for them), the key after a key and the keys that
may stand before one, whether one label follows another, a label's list family."""

from __future__ import annotations

from functools import lru_cache

from ..common import is_roman
from .patterns import _BULLETS


def _to_roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _from_roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(s):
        value = values[ch]
        total += -value if k + 1 < len(s) and values[s[k + 1]] > value else value
    return total


@lru_cache(maxsize=4096)
def _next_key(family: str, key: str) -> str:
    """The label key expected after ``key`` in a list of this family (remembered: a list
    of thousands of items asks for the same few)."""
    if family.endswith("roman"):
        return _to_roman(_from_roman(key) + 1) if is_roman(key) else ""
    if family.endswith("num"):
        return str(int(key) + 1) if key.isdigit() else ""
    if family.endswith("upper"):
        return chr(ord(key) + 1) if len(key) == 1 else ""
    if family == "bullet":
        return key
    if len(key) == 1 and key < "z":
        return chr(ord(key) + 1)
    return ""


def _ocr_roman(key: str) -> str:
    """Roman numerals misread as digits or "l": "(1)" for "(i)", "(11)" for "(ii)"."""
    folded = key.replace("1", "i").replace("l", "i")
    return folded if is_roman(folded) else ""


@lru_cache(maxsize=4096)
def _predecessor_keys(label: str) -> tuple[str, ...]:
    """The keys of the labels that may stand before ``label`` in a list ("h" and "viii"
    before "(ix)"): none before "(a)", "(A)" or "(1)". Remembered: a list of thousands of
    items asks for the same few (3 µs each, with the Roman numerals)."""
    key = label.strip("().}")
    before: list[str] = []
    if key.isdigit() and int(key) > 1:
        before.append(str(int(key) - 1))
    if is_roman(key) and key != "i":
        before.append(_to_roman(_from_roman(key) - 1))
    if len(key) == 1 and key.isalpha() and key not in "aA":
        before.append(chr(ord(key) - 1))
    return tuple(before)


@lru_cache(maxsize=4096)
def _label_follows(before: str | None, label: str) -> bool:
    """Whether ``label`` can be the label after ``before`` in one list: "(7)" after
    "(6)", "(ii)" after "(i)", "(i)" after "(h)"."""
    # Remembered by the two labels: a hostile list nested a thousand deep asks it of the
    # forty lines below each item (the fuzzer's "(a) x" indented 0-78 spaces, 3.8 s per
    # MB), of a few labels.
    if before is None or before in _BULLETS or label in _BULLETS:
        return False
    if before.startswith("(") != label.startswith("("):
        return False
    raw, key = label.strip("().}"), before.strip("().}")
    if key.isdigit():
        return raw == str(int(key) + 1)
    if is_roman(key) and raw == _next_key("paren-roman", key):
        return True
    return len(key) == 1 and raw == _next_key("paren-alpha", key)


def _family_of(label: str) -> tuple[str, str]:
    """The list family and key of a label that opens a list on its own."""
    raw = label.strip("().}")
    if label in _BULLETS:
        return "bullet", label
    style = "paren" if label.startswith("(") else "dot"
    if raw.isdigit():
        return f"{style}-num", raw
    if raw.isupper():
        return f"{style}-upper", raw
    if raw == "i" or (len(raw) > 1 and is_roman(raw)):
        return f"{style}-roman", raw
    return f"{style}-alpha", raw


def _continues(family: str, key: str, label: str) -> bool:
    """Whether ``label`` is the next one after ``key`` in a list of ``family``."""
    if family == "bullet":
        return label == key
    raw = label.strip("().}")
    if family.startswith("paren") != label.startswith("("):
        return False
    return bool(raw) and raw == _next_key(family, key)
