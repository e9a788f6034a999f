"""Text clean-up and clause references shared by every reader."""

from __future__ import annotations

import re
import unicodedata

# Characters that only change how text looks, folded so that a draft copied from a PDF,
# a Word file and an AKN file of the same text read the same. Spaces, invisible
# characters and ligatures fold for display too (DISPLAY_FOLD); quotation marks only for
# comparison.
_LAYOUT_FOLD: dict[str, str] = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\u00ad": "",  # soft hyphen: a line-break hint, not a character of the text
    "\t": " ",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb00": "ff",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
}
#: Curly quotes and primes to their plain forms, one character for one (the analysis
#: folds them too, keeping offsets).
QUOTE_FOLD: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
}
_FOLD = str.maketrans({**_LAYOUT_FOLD, **QUOTE_FOLD})
#: What the readers fold in text kept for display: :data:`_FOLD` without the quotation
#: marks, which are how the text is printed.
DISPLAY_FOLD = str.maketrans(_LAYOUT_FOLD)

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Fold typographic variants (curly quotes, no-break and zero-width spaces, soft
    hyphens, ligatures) to plain characters. Does not touch line breaks."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def is_roman(token: str) -> bool:
    """True for a lower-case roman numeral (i, ii, iv, xii, ...)."""
    return bool(token) and bool(_ROMAN.match(token))


def label_key(label: str) -> str:
    """The part of a sub-paragraph label that goes into a ref: ``"(a)"`` and ``"a."`` give
    ``"a"``, ``"(ii)"`` gives ``"ii"``, ``"5."`` gives ``"5"``."""
    return label.strip().strip("().").strip()


def child_ref(parent_ref: str, label: str | None, ordinal: int) -> str:
    """The ref of a sub-paragraph: ``OP5`` + ``(a)`` gives ``OP5(a)``.

    Bullets (en-dash, bullet sign) and unlabelled items have no letter or number of their
    own, so they are numbered by position: the second bullet of OP5 is ``OP5(2)``.
    """
    key = label_key(label) if label else ""
    if not key or not key.isalnum():
        key = str(ordinal)
    return f"{parent_ref}({key})"
