"""Text clean-up and clause references shared by every reader."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

from ..compiled import compile_cached

#: Bullets Word writes in symbol fonts (private-use characters) or as a letter ("o" in
#: Courier New), as the characters they show: read so from a Word file's numbering and
#: from a PDF's glyphs alike.
FONT_BULLETS: dict[str, str] = {
    "\uf0b7": "•",  # Symbol: bullet
    "\uf02d": "–",  # Symbol: minus, a dash bullet
    "\uf0a7": "▪",  # Wingdings: small square
    "\uf06e": "▪",  # Wingdings: black square
    "o": "◦",  # Courier New: the white bullet of a second level
}

#: The words a cited document's description goes on with after the footnote call a
#: printed volume sets after its date or symbol ("the report of 19 March 1978, 147
#: approved by ...", "the letter dated 17 January 1992 146 from the ..."): a number
#: there before one of them is a call; before any other word ("in 2021 300 additional
#: troops", "in May, 20 soldiers") it is text. Read by the text reader
#: (:mod:`resdiff.read.text.calls`) and by the comparison, which folds the calls a reader
#: left in (:mod:`resdiff.classify.classifier`). Drawn from the calls of the 451 scanned
#: texts of 1946-1994.
CALL_FOLLOWERS: frozenset[str] = frozenset(
    [
        "and",
        "or",
        "to",
        "approved",
        "adopted",
        "submitted",
        "endorsed",
        "confirmed",
        "concerning",
        "which",
        "that",
        "on",
        "as",
        "in",
        "from",
        "for",
        "between",
        "relating",
        "proposing",
        "especially",
        "including",
        "containing",
        "made",
        "expressed",
        "transmitting",
        "indicating",
        "specifying",
        "regarding",
        "addressed",
        "will",
        "would",
    ]
)

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

#: A fold table as (character, replacement) pairs: every pair, and the ASCII ones.
FoldPairs = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


def fold_pairs(table: dict[int, str]) -> FoldPairs:
    """The pairs of a table made by ``str.maketrans`` for :func:`fold_with`. No
    replacement may hold a character the table replaces: replacing one character after
    another then gives what ``translate`` gives, in any order."""
    pairs = tuple((chr(k), v) for k, v in table.items())
    if any(c in v for c, _ in pairs for _, v in pairs):
        raise ValueError("a fold table whose replacements hold characters it replaces")
    return pairs, tuple((c, v) for c, v in pairs if c.isascii())


def fold_with(pairs: FoldPairs, text: str) -> str:
    """``unicodedata.normalize("NFC", text).translate(table)`` for the table of
    ``pairs`` (:func:`fold_pairs`), computed faster: str.translate looks every character
    up in a dict (the readers' most costly step on a long AKN file), while the folded
    characters are rare and a scan in C for each finds them. ASCII text is its own NFC
    form and can hold only the table's ASCII characters (the tab)."""
    if text.isascii():
        found = pairs[1]
    else:
        text = unicodedata.normalize("NFC", text)
        found = pairs[0]
    for char, plain in found:
        if char in text:
            text = text.replace(char, plain)
    return text


_FOLD_PAIRS = fold_pairs(_FOLD)
#: :data:`DISPLAY_FOLD` for :func:`fold_with`.
DISPLAY_FOLD_PAIRS = fold_pairs(DISPLAY_FOLD)


def clean_for_display(text: str) -> str:
    """Fold what only changes how text is laid out (no-break and zero-width spaces, soft
    hyphens, ligatures) and keep what a reader sees: curly quotes, apostrophes and dashes
    as printed. Does not touch line breaks."""
    return fold_with(DISPLAY_FOLD_PAIRS, text)


def clean(text: str) -> str:
    """Fold typographic variants (curly quotes, no-break and zero-width spaces, soft
    hyphens, ligatures) to plain characters. Does not touch line breaks."""
    return fold_with(_FOLD_PAIRS, text)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    # str.split() splits on exactly the characters \s matches (str.isspace), so this is
    # re.sub(r"\s+", " ", text).strip(), done in C without the regular expression.
    return " ".join(text.split())


_ROMAN = compile_cached(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


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


def commonest_place(places: Counter[int]) -> int:
    """The place (an indent, a glyph's left edge rounded) most lines start at, the
    leftmost of those tied: the text's margin, for the readers that tell a column of
    line numbers from the text beside it."""
    return max(places.items(), key=lambda item: (item[1], -item[0]))[0]


#: The least share of numbered lines whose line above runs on into them (it ends in a
#: word, a figure or a hyphen, no stop, comma or colon) for the numbers to count printed
#: lines: wrapped prose runs on at two lines in three or more (every page of the real
#: drafts printed with line numbers, 0.5 at the least), a list of one-line items
#: numbered without full stops at one in ten (0.21 at most a page).
RUNS_ON_SHARE = 1 / 3
#: The share of numbered lines holding a cell at one place right of their text's start
#: above which they are the rows of a table.
CELLS_SHARE = 0.5


#: A label a numbered line's text opens with ("(a) battle tanks;", "1. Decides", "(iv)"):
#: a list numbered without full stops carries no labels of its own besides its numbers,
#: so a numbered line that opens with one is a printed line of a draft's list (a draft's
#: lists are labelled), whatever it ends with.
_OWN_LABEL = compile_cached(r"(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|\d{1,3}\.)(?![\d.])")


def numbers_count_lines(
    ends: list[str], cells: list[set[int]], openings: list[str] | None = None
) -> bool:
    """Whether numbers opening lines are line numbers by what the lines say: ``ends`` are
    the last characters of the line above each numbered line (where one stands above
    it), ``cells`` the places (rounded) where a cell starts, after a gap wider than a
    word space, in each numbered line's text.

    A column of line numbers numbers wrapped prose: most of its lines run on from the
    line above (:data:`RUNS_ON_SHARE`). The numbers of a list or of a table's rows,
    printed without a full stop and one item a line, rise by one a line too and stand
    in a column of their own, but their lines are whole items, closed by a stop, a
    semicolon or a comma; a table's rows each hold a cell at the same place further
    right (:data:`CELLS_SHARE`), where words of prose fall anywhere.

    ``openings``, the start of each numbered line's text: a line that opens with a label
    of its own (:data:`_OWN_LABEL`) counts as running on, for a short draft printed with
    its lines numbered may be mostly one-line labelled items ("(a) battle tanks;"), which
    end in a semicolon as a list's items do. A line above ending in a closing bracket or
    quote ("2375 (2017)") runs on too: a list's items end in a stop."""
    if ends:
        running = sum(1 for end in ends if end.isalnum() or end in "-\u00ad)”’")
        running += sum(1 for text in openings or () if _OWN_LABEL.match(text))
        if running < RUNS_ON_SHARE * len(ends):
            return False
    at: Counter[int] = Counter()
    for places in cells:
        at.update(places)
    return not at or at.most_common(1)[0][1] <= CELLS_SHARE * len(cells)


def _names(file: str) -> frozenset[str]:
    # Read beside this module, not through importlib.resources: a compare of cached data
    # loads none of the standard modules it needs only to find files.
    data = Path(__file__).with_name(file).read_text(encoding="utf-8")
    return frozenset(
        ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")
    )


@cache
def member_states() -> frozenset[str]:
    """The short names of the Member States and observer States (data file
    ``member_states.txt``): the names a sponsors line may hold."""
    return _names("member_states.txt")


def is_member_state(name: str) -> bool:
    """Whether ``name`` ("Sudan", "the Sudan") is the short name of a Member State or an
    observer State (data file ``member_states.txt``, the list the sponsors lines name)."""
    name = " ".join(name.split())
    return name in member_states() or name.removeprefix("the ") in member_states()


@cache
def other_state_names() -> frozenset[str]:
    """Other names of States, current and former ("Syria", "Zaire", "the DRC"; data
    file ``state_names.txt``): not the names a sponsors line holds, but names of States."""
    return _names("state_names.txt")


def is_state(name: str) -> bool:
    """Whether ``name`` names a State by any of its names, current or former
    (:func:`is_member_state`, or ``state_names.txt``: "Syria", "Zaire", "the DRC")."""
    name = " ".join(name.split())
    return is_member_state(name) or name.removeprefix("the ") in other_state_names()
