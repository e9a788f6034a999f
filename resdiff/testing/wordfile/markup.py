"""The building blocks of a test Word package: namespaces, XML escaping, runs (plain text
or a tracked change, with a comment or a footnote), list levels, paragraph properties and
the ``w:numPr`` that numbers a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

#: A tracked change on a run or a paragraph mark.
Change = Literal["ins", "del", "moveFrom", "moveTo"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_AUTHOR = "resdiff.testing"
_DATE = "2024-01-01T00:00:00Z"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these at all.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return escape(_INVALID_XML.sub("", text))


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("", text))


# --------------------------------------------------------------------------- building blocks


@dataclass(frozen=True)
class Level:
    """One level of a list definition: number format (``decimal``, ``lowerLetter``,
    ``lowerRoman``, ``upperLetter``, ``upperRoman``, ``bullet``, ``none``), level text
    (``"%1."``, ``"(%2)"``, a bullet character), start value, ``restart`` (``lvlRestart``:
    ``None`` for Word's default, ``0`` never) and a paragraph style linked to the level."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None
    style: str | None = None


@dataclass(frozen=True)
class Run:
    """A piece of paragraph text: plain, or a tracked change (``change``), with a comment
    on it (``comment``) or a footnote after it (``footnote``), numbered by Word or, with
    ``footnote_mark``, marked by the document itself ("*": ``w:customMarkFollows``). Runs
    of a move share a ``move`` name. ``author``: who made the tracked change (the
    package's default author when ``None``)."""

    text: str
    change: Change | None = None
    comment: str | None = None
    footnote: str | None = None
    move: str = "move1"
    footnote_mark: str | None = None
    author: str | None = None


def inserted(text: str, author: str | None = None) -> Run:
    """Text inserted as a tracked change (``w:ins``), by ``author``."""
    return Run(text, "ins", author=author)


def deleted(text: str, author: str | None = None) -> Run:
    """Text deleted as a tracked change (``w:del`` with ``w:delText``), by ``author``."""
    return Run(text, "del", author=author)


def moved_from(text: str, name: str = "move1", author: str | None = None) -> Run:
    """Text moved away from here (``w:moveFrom``), by ``author``; its new place is
    :func:`moved_to` with the same ``name``."""
    return Run(text, "moveFrom", move=name, author=author)


def moved_to(text: str, name: str = "move1", author: str | None = None) -> Run:
    """Text moved here (``w:moveTo``) from the :func:`moved_from` of the same ``name``, by
    ``author``."""
    return Run(text, "moveTo", move=name, author=author)


def commented(text: str, comment: str) -> Run:
    """Text with a Word comment on it."""
    return Run(text, comment=comment)


def footnoted(text: str, note: str) -> Run:
    """Text followed by an automatically numbered footnote holding ``note``."""
    return Run(text, footnote=note)


@dataclass(frozen=True)
class Props:
    """Paragraph properties a tracked formatting change replaced (``w:pPrChange``): the
    style and the numbering (``num`` id and ``level``) the paragraph had before."""

    style: str | None = None
    num: str | None = None
    level: int | None = None


@dataclass
class _Style:
    style_id: str
    kind: str = "paragraph"
    num: str | None = None
    level: int | None = None
    based_on: str | None = None
    ppr: str = ""
    rpr: str = ""
    default: bool = False


def _num_pr(num: str | None, level: int | None, *, inserted_numbering: bool = False) -> str:
    if num is None and level is None:
        return ""
    out = "<w:numPr>"
    if level is not None:
        out += f'<w:ilvl w:val="{level}"/>'
    if num is not None:
        out += f'<w:numId w:val="{num}"/>'
    if inserted_numbering:
        out += f'<w:ins w:id="0" w:author="{_AUTHOR}" w:date="{_DATE}"/>'
    return out + "</w:numPr>"
