"""The paragraphs the walk reads: :class:`_Physical`, one ``w:p`` of the document in the
version read, and :class:`_Paragraph`, a paragraph of that version with its label, list
level and number in the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
