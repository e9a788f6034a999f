"""Printed labels ("1.", "(a)", "(iv)", "–") read as the Word list family and value
that print them, and the operative list's levels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...read.common import is_roman
from .markup import Level


@dataclass(frozen=True)
class _Family:
    """How a list's labels look: ``prefix`` + number in ``fmt`` + ``suffix`` ("(" lowerLetter
    ")" for "(a)"); for bullets ``fmt`` is ``bullet`` and ``prefix`` the bullet."""

    prefix: str
    fmt: str
    suffix: str

    def level(self, k: int) -> Level:
        if self.fmt == "bullet":
            return Level("bullet", self.prefix)
        return Level(self.fmt, f"{self.prefix}%{k + 1}{self.suffix}")


#: The operative list: "1.", then "(a)", "(i)", "(A)", "(1)" as its deeper levels.
_OPERATIVE_LEVELS: tuple[_Family, ...] = (
    _Family("", "decimal", "."),
    _Family("(", "lowerLetter", ")"),
    _Family("(", "lowerRoman", ")"),
    _Family("(", "upperLetter", ")"),
    _Family("(", "decimal", ")"),
    _Family("(", "lowerLetter", ")"),
    _Family("(", "lowerRoman", ")"),
    _Family("(", "upperLetter", ")"),
    _Family("(", "decimal", ")"),
)

_LABEL = re.compile(r"^([(\[]?)([0-9]{1,4}|[a-z]{1,8}|[A-Z]{1,8})([).\]])$")
_PAIRS = {"(": ")", "[": "]"}


def _roman_value(key: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for k, ch in enumerate(key):
        value = values[ch]
        total += -value if k + 1 < len(key) and values[key[k + 1]] > value else value
    return total


def _letter_value(key: str) -> int | None:
    """Word's letters: a..z, then aa, bb, ... (27, 28, ...)."""
    if len(set(key)) != 1:
        return None
    return (len(key) - 1) * 26 + ord(key[0]) - ord("a") + 1


def _read_label(label: str, previous: tuple[_Family, int] | None) -> tuple[_Family, int] | None:
    """The list family and value of a printed label, ``None`` when Word's numbering cannot
    print it. "(i)" is roman at the start of a list or after "(h)"'s roman neighbour, a
    letter after "(h)"."""
    label = label.strip()
    if len(label) == 1 and not label.isalnum() and label not in "([":
        return _Family(label, "bullet", ""), 1
    match = _LABEL.match(label)
    if match is None:
        return None
    prefix, key, suffix = match.groups()
    if prefix and _PAIRS[prefix] != suffix:
        return None
    if not prefix and suffix == "]":
        return None
    if key.isdigit():
        if key != str(int(key)):
            return None  # "00.", "01.": Word's decimal numbering prints no leading zero
        return _Family(prefix, "decimal", suffix), int(key)
    upper = key.isupper()
    lower = key.lower()
    roman = _roman_value(lower) if is_roman(lower) else None
    letter = _letter_value(lower)
    letter_fmt = "upperLetter" if upper else "lowerLetter"
    roman_fmt = "upperRoman" if upper else "lowerRoman"
    options: list[tuple[_Family, int]] = []
    if roman is not None:
        options.append((_Family(prefix, roman_fmt, suffix), roman))
    if letter is not None:
        options.append((_Family(prefix, letter_fmt, suffix), letter))
    if not options:
        return None
    if previous is not None:
        for family, value in options:
            if family == previous[0] and value == previous[1] + 1:
                return family, value
    if roman is not None and (lower == "i" or letter is None):
        return options[0]
    return options[-1]
