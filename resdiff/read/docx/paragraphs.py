"""The paragraphs the walk reads: :class:`_Physical`, one ``w:p`` of the document in the
version read, and :class:`_Paragraph`, a paragraph of that version with its label, list
level and number in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: The label of a row of a table read as a list (see :func:`row_text`).
ROW_BULLET = "•"
#: A first cell that is a label: "(a)", "1.", "a.", "(iv)".
_ROW_LABEL = re.compile(r"\((?:[a-z]{1,4}|\d{1,3})\)|\d{1,3}\.|[a-z]\.")


@dataclass
class _Physical:
    """One ``w:p`` of the document in the version read."""

    index: int
    text: str
    #: The paragraph mark is removed in this version: the paragraph runs on into the next.
    joins_next: bool
    ppr: Any
    #: Footnotes and endnotes referenced, in order: (mark, kind, id).
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    #: In the flow of the body: not in a table, a text box or the first-page header.
    flow: bool = True
    #: The text of the runs in a resdiff report's clause-label style ("3.", "(a)"), which
    #: lead the paragraph's text.
    label: str = ""
    #: The names of the bookmarks that start in the paragraph.
    bookmarks: tuple[str, ...] = ()
    #: The text after :attr:`label` (``None`` when the label runs do not lead the text).
    body: str | None = None
    #: Who made the tracked changes to its words, in order of first appearance.
    authors: tuple[str, ...] = ()
    #: The name of the tracked move (``w:moveFromRangeStart``/``w:moveToRangeStart``)
    #: that holds all its words in the version read: the paragraph was moved whole.
    move: str | None = None
    #: A tracked paragraph change took its number off, or put one on, so that the
    #: version read does not number it and the other does: Word shows a paragraph of
    #: its own.
    unnumbered: bool = False
    #: A table row read as one paragraph: its cells' paragraphs, labelled with the
    #: numbers Word gives them when the paragraphs are numbered (see :func:`row_text`).
    cells: tuple[tuple[_Physical, ...], ...] = ()


def row_text(cells: list[list[tuple[str, str]]]) -> str:
    """A table row as one paragraph of a list, from its cells' paragraphs (each its
    automatic number, "" when it has none, and its text): the cells' text joined by
    " – " (the paragraphs of one cell by a space), led by the row's label so that each
    row is an item of the list: the number Word shows on the row's first paragraph,
    else a first cell that is a typed label ("(a)" | "Arms and related materiel"),
    else a bullet."""
    label = ""
    if cells and cells[0] and cells[0][0][0]:
        # Numbered by Word ("(a)" drawn before the first cell's words, or alone in it).
        label = cells[0][0][0]
        cells = [[("", cells[0][0][1]), *cells[0][1:]], *cells[1:]]
    cell_texts = [
        " ".join(" ".join(f"{number} {text}".split()) for number, text in cell).strip()
        for cell in cells
    ]
    if not label and len(cell_texts) > 1 and _ROW_LABEL.fullmatch(cell_texts[0]):
        label, cell_texts = cell_texts[0], cell_texts[1:]
    return f"{label or ROW_BULLET} {' – '.join(t for t in cell_texts if t)}"


@dataclass
class _Paragraph:
    """A paragraph of the version read: label, text, list level, paragraph number."""

    index: int
    text: str
    label: str = ""
    level: int = 0
    listed: bool = False
    #: In the flow of the body (see :attr:`_Physical.flow`).
    flow: bool = False
    #: One printed line of a text laid out as printed (see :func:`_mark_printed_lines`).
    printed: bool = False
    #: The paragraph style's name, in lower case ("" when it has none).
    style: str = ""
    #: A resdiff report's clause label and the text after it (``None`` when the label
    #: runs do not lead the text), and the bookmarks of the paragraph's parts (see
    #: :func:`_report_draft`).
    report_label: str = ""
    report_text: str | None = None
    bookmarks: tuple[str, ...] = ()
    #: Who made the tracked changes to its words (see :attr:`_Physical.authors`).
    authors: tuple[str, ...] = ()
    #: The tracked move that holds all its words (see :attr:`_Physical.move`).
    move: str | None = None
    #: Its number taken off by a tracked change (see :attr:`_Physical.unnumbered`).
    unnumbered: bool = False
