"""The text a Word report gives once every revision is accepted or rejected, and the
full text of a draft as the report writes it, to check the one against the other.

:func:`tracked_text` accepts (or rejects) every revision of a report written by
:func:`resdiff.render.render_docx` at the XML level, with the standard library: the
report's own matter (its block content controls) is left out, deleted (inserted) runs
and the old (new) places of moves dropped, and a paragraph whose mark the version
removes runs on into the next. :func:`full_text` is what that must give: the enacting
formula, the draft's headings and clauses in the order printed, its annexes (title,
then paragraphs) and its footnotes' words. ``benchmarks/docx_libreoffice.py`` holds
LibreOffice's accept-all and reject-all to both.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from typing import Literal

from ..model import Clause, Draft

__all__ = ["full_text", "tracked_text", "words"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: What each version leaves out: rejecting drops insertions and the new places of moves,
#: accepting drops deletions and the old places.
_GONE = {
    "accept": (f"{_W}del", f"{_W}moveFrom"),
    "reject": (f"{_W}ins", f"{_W}moveTo"),
}


def _text_of(element: ET.Element) -> str:
    out: list[str] = []
    for node in element.iter():
        if node.tag in (f"{_W}t", f"{_W}delText"):
            out.append(node.text or "")
        elif node.tag == f"{_W}tab":
            out.append("\t")
        elif node.tag == f"{_W}br":
            out.append("\n")
    return "".join(out)


def tracked_text(package: bytes, mode: Literal["accept", "reject"]) -> list[str]:
    """The paragraphs of a report's tracked text with every revision accepted
    (``"accept"``) or rejected (``"reject"``); empty paragraphs are left out."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(f"{_W}body")
    gone = _GONE[mode]
    out: list[str] = []
    carry = ""
    for p in body if body is not None else ():
        if p.tag != f"{_W}p":
            continue  # the report's own matter stands in content controls
        text = carry
        for child in p:
            if child.tag == f"{_W}pPr" or child.tag in gone:
                continue
            text += _text_of(child)
        mark = p.find(f"{_W}pPr/{_W}rPr")
        if mark is not None and any(m.tag in gone for m in mark):
            carry = text
            continue
        carry = ""
        if text.strip():
            out.append(text)
    if carry.strip():
        out.append(carry)
    return out


def full_text(draft: Draft, formula: str | None = None) -> list[str]:
    """The paragraphs of ``draft`` as the report's tracked text writes them: ``formula``
    (the enacting formula the report opens with, if any), each heading before the clause
    it heads, the clauses in the order printed (labels as read), then the annexes and
    the footnotes' words."""
    out = [formula] if formula else []
    headings: dict[str | None, list[str]] = {}
    for heading in draft.headings:
        headings.setdefault(heading.before, []).append(heading.text)
    tops = [*draft.preamble, *draft.operative]
    if all(top.span is not None for top in tops):
        tops.sort(key=lambda top: top.span.first_line if top.span is not None else 0)
    stack: list[Clause] = list(reversed(tops))
    while stack:
        clause = stack.pop()
        out += headings.pop(clause.ref, [])
        out.append(f"{clause.label} {clause.text}" if clause.label else clause.text)
        stack.extend(reversed(clause.children))
    for texts in headings.values():
        out += texts
    for annex in draft.annexes:
        out += [annex.title, *annex.paragraphs]
    out += [note.text for note in draft.footnotes]
    return [p for p in out if p.strip()]


def words(paragraphs: list[str]) -> list[str]:
    """The words of ``paragraphs`` in order (what two texts laid out apart share)."""
    return " ".join(paragraphs).split()
