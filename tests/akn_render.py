"""Render an AKN4UN resolution as plain text, the way a reader copies it out of the PDF.

Test helper for the agreement check: the XML gives the true structure, the rendering is
what the plain-text reader meets in real life (hard wraps at about 80 columns, indented
first lines, numbers set off by spaces, page furniture every ~45 lines, words hyphenated
across lines, footnotes at the end). The output is deterministic: every random choice is
seeded by the file name.

This module deliberately does not use resdiff's AKN reader (it reads the XML with
:mod:`xml.etree.ElementTree`, which is fine for the trusted corpus), so that the agreement
test compares two independent readings of the same document.
"""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from resdiff.model import Draft

WIDTH = 80
PAGE_LINES = 45

# Blocks the renderer lays out, in reading order.
_BULLETS = {"–", "-", "•", "—"}


@dataclass
class Block:
    """One printed block: ``kind`` is heading, formula, pp, op, sub, text or separator."""

    kind: str
    text: str
    label: str = ""
    depth: int = 0


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, *tags: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) in tags]


def _first(el: ET.Element, *tags: str) -> ET.Element | None:
    found = _children(el, *tags)
    return found[0] if found else None


_STRUCT = {"num", "list", "sublist", "point", "item", "subheading", "heading", "blockList"}


class _Text:
    """Collects footnotes while extracting text."""

    def __init__(self) -> None:
        self.notes: list[tuple[str, str]] = []

    def of(self, el: ET.Element | None) -> str:
        if el is None:
            return ""
        parts: list[str] = []
        self._walk(el, parts)
        return " ".join("".join(parts).split())

    def _walk(self, el: ET.Element, parts: list[str]) -> None:
        parts.append(el.text or "")
        for child in el:
            tag = _local(child.tag)
            if tag == "authorialNote":
                mark = child.get("marker", "")
                parts.append(mark)  # the footnote mark stays glued to the word
                self.notes.append((mark, self.of(child)))
            elif tag not in _STRUCT:
                if tag == "p" and parts and not parts[-1].endswith((" ", "\t", "\n")):
                    parts.append(" ")
                self._walk(child, parts)
            parts.append(child.tail or "")


def _blocks(xml_path: Path, tx: _Text) -> tuple[list[str], list[Block], str, str]:
    """Masthead lines, body blocks, symbol and job number of one file."""
    root = ET.parse(xml_path).getroot()
    doc = next(c for c in root if _local(c.tag) != "meta")
    symbol = ""
    masthead: list[str] = []
    cover = _first(doc, "coverPage")
    if cover is not None:
        for p in cover:
            line = tx.of(p)
            if line:
                masthead.append(line)
        for el in cover.iter():
            if _local(el.tag) == "docNumber":
                symbol = tx.of(el)
    job = ""
    for el in doc.iter():
        if _local(el.tag) == "docketNumber":
            job = tx.of(el)
            break

    blocks: list[Block] = []
    preamble = _first(doc, "preamble")
    if preamble is not None:
        for el in preamble:
            tag = _local(el.tag)
            if tag == "formula":
                blocks.append(Block("formula", tx.of(el)))
            elif tag == "container":
                block_list = _first(el, "blockList")
                if block_list is None:
                    blocks.append(Block("pp", tx.of(el)))
                else:
                    blocks.append(Block("pp", tx.of(_first(block_list, "listIntroduction"))))
                    for item in _children(block_list, "item"):
                        blocks.append(
                            Block("sub", tx.of(_first(item, "p")), tx.of(_first(item, "num")), 1)
                        )

    body = _first(doc, "mainBody")
    if body is not None:
        for el in body:
            _body_element(el, blocks, tx, 0)

    attachments = _first(doc, "attachments")
    if attachments is not None:
        for el in attachments.iter():
            if _local(el.tag) == "mainBody":
                blocks.append(Block("separator", "*"))
                for para in el:
                    num = tx.of(_first(para, "num"))
                    text = " ".join(tx.of(c) for c in para if _local(c.tag) != "num")
                    text = " ".join(text.split())
                    if not num and re.match(r"Annex\b", text):
                        blocks.append(Block("annex", text))  # a title, centred
                    else:
                        blocks.append(Block("text", text, num))
    return masthead, blocks, symbol, job


def _body_element(el: ET.Element, blocks: list[Block], tx: _Text, depth: int) -> None:
    """A ``paragraph``/``point`` and what it holds, in document order."""
    tag = _local(el.tag)
    if tag in {"subheading", "heading"}:
        blocks.append(Block("heading", tx.of(el)))
        return
    if tag in {"content", "intro", "wrapUp", "alinea", "p", "listIntroduction"}:
        text = tx.of(el)
        if text:
            blocks.append(Block("text", text, "", depth))
        for child in el:
            if _local(child.tag) in {"list", "sublist", "blockList"}:
                _body_element(child, blocks, tx, depth)
        return
    if tag in {"list", "blockList"}:
        for child in el:
            _body_element(child, blocks, tx, depth)
        return
    if tag == "sublist":
        for child in el:
            _body_element(child, blocks, tx, depth + 1 if _local(child.tag) == "point" else depth)
        return
    if tag == "container":  # a heading held in a container
        blocks.append(Block("heading", tx.of(el)))
        return
    if tag not in {"paragraph", "point", "item"}:
        return
    label = tx.of(_first(el, "num"))
    kids = list(el)
    # Headings printed above the numbered paragraph or point.
    for child in kids:
        if _local(child.tag) in {"subheading", "heading"} and (label == "" or tag == "point"):
            blocks.append(Block("heading", tx.of(child)))
    texts = [c for c in kids if _local(c.tag) in {"content", "intro", "p"}]
    first_text = tx.of(texts[0]) if texts else ""
    if tag == "paragraph" and label and not texts and not _children(el, "list", "point"):
        # A numbered heading: "(i) Exemptions ..."
        heading = " ".join(tx.of(c) for c in kids if _local(c.tag) != "num")
        blocks.append(Block("heading", f"{label} {heading}"))
        return
    if tag == "paragraph" and not label and not _children(el, "list"):
        text = first_text
        if _children(el, "subheading", "heading"):
            pass  # printed above
        elif text.strip("* ") == "":
            blocks.append(Block("separator", text))
        elif len(text.split()) <= 20 and not text.endswith((".", ";", ",")):
            blocks.append(Block("heading", text))
        else:
            blocks.append(Block("op", text))
        return
    own_depth = depth + 1 if tag in {"point", "item"} else depth
    kind = "op" if tag == "paragraph" else "sub"
    lists = [c for c in kids if _local(c.tag) in {"list", "sublist", "blockList"}]
    intro = ""
    if lists and not texts:
        first_list = lists[0]
        intro = tx.of(_first(first_list, "intro", "listIntroduction"))
    blocks.append(Block(kind, first_text or intro, label, own_depth if kind == "sub" else 0))
    for child in kids:
        ctag = _local(child.tag)
        if ctag in {"num", "subheading", "heading"} or (texts and child is texts[0]):
            continue
        if ctag in {"list", "blockList"}:
            for sub in child:
                stag = _local(sub.tag)
                if stag in {"intro", "listIntroduction"}:
                    if intro:
                        continue
                    _body_element(sub, blocks, tx, own_depth)
                else:
                    _body_element(sub, blocks, tx, own_depth)
        else:
            _body_element(child, blocks, tx, own_depth)


# --------------------------------------------------------------------------------------
# Layout


def _wrap(text: str, first: str, rest: str, rng: random.Random, hyphenate: bool) -> list[str]:
    """Wrap to WIDTH columns; sometimes break a long word with a hyphen at the line end."""
    words = text.split()
    lines: list[str] = []
    line = first
    fresh = True
    i = 0
    while i < len(words):
        word = words[i]
        sep = "" if fresh else " "
        if len(line) + len(sep) + len(word) <= WIDTH:
            line += sep + word
            fresh = False
            i += 1
            continue
        room = WIDTH - len(line) - len(sep) - 1  # keep one column for the hyphen
        if (
            hyphenate
            and not fresh
            and re.fullmatch(r"[A-Za-z]{9,}[,;:.]?", word)
            and room >= 4
            and rng.random() < 0.35
        ):
            cut = min(room, len(word.rstrip(",;:.")) - 4)
            if cut >= 4:
                lines.append(line + sep + word[:cut] + "-")
                words[i] = word[cut:]
                line = rest
                fresh = True
                continue
        if fresh:  # a word longer than the line: put it alone
            line += word
            i += 1
            fresh = False
            continue
        lines.append(line)
        line = rest
        fresh = True
    if not fresh or line.strip():
        lines.append(line)
    return lines


def render_pdf_text(xml_path: str | Path, *, furniture: bool = True) -> str:
    """Plain text of an AKN file as copied from the printed PDF (see module docstring).

    ``furniture=False`` leaves out the page breaks (to tell their effect from others').
    """
    xml_path = Path(xml_path)
    rng = random.Random(xml_path.name)
    tx = _Text()
    masthead, blocks, symbol, job = _blocks(xml_path, tx)
    blank_between = rng.random() < 0.75  # some copies lose the blank lines between paragraphs
    hyphenate = True

    body: list[str] = []
    for line in masthead:
        body.append(line)
        if line.startswith(("Resolution", "Adopted")):
            body.append("")
    body.append("")

    pp_first, rest_indent = " " * 12, " " * 6
    carry = ""  # a paragraph number printed on the line of its first sub-paragraph
    for block in blocks:
        if block.kind == "op" and block.label and not block.text:
            # "11. (a) Expresses concern ...": the paragraph has no words of its own.
            carry = (" " * 6 + block.label).ljust(12)
            continue
        if block.kind == "formula":
            body.append(" " * 6 + block.text)
            body.append("")
            continue
        if block.kind == "heading":
            if body and body[-1] != "":
                body.append("")
            body.extend(_wrap(block.text, " " * 6, " " * 6, rng, False))
            body.append("")
            continue
        if block.kind == "annex":
            body.extend(["", ""])
            body.extend(
                line.center(WIDTH).rstrip() for line in _wrap(block.text, "", "", rng, False)
            )
            body.append("")
            continue
        if block.kind == "separator":
            body.append("")
            body.append(" " * 38 + (block.text or "*"))
            body.append("")
            continue
        if block.kind == "pp":
            lines = _wrap(block.text, pp_first, rest_indent, rng, hyphenate)
        elif block.kind == "op":
            if block.label:
                first = (" " * 6 + block.label).ljust(12)
                if len(first) == 12 and not first.endswith(" "):
                    first += " "
                lines = _wrap(block.text, first, rest_indent, rng, hyphenate)
            else:
                lines = _wrap(block.text, pp_first, rest_indent, rng, hyphenate)
        else:  # sub-paragraph or unnumbered text at some depth
            indent = 6 + 6 * block.depth
            if block.label:
                first = (" " * indent + block.label).ljust(indent + 6)
                if not first.endswith(" "):
                    first += " "
                if carry:
                    first = carry + first.lstrip().ljust(6)
                    carry = ""
                lines = _wrap(block.text, first, " " * indent, rng, hyphenate)
            else:
                lines = _wrap(block.text, " " * (indent + 6), " " * indent, rng, hyphenate)
        if not lines:
            continue
        body.extend(lines)
        if blank_between:
            body.append("")

    if tx.notes:
        body.append("")
        body.append(" " * 6 + "_" * 20)
        for mark, text in tx.notes:
            body.extend(_wrap(f"{mark} {text}", " " * 6 + "   ", " " * 6 + "   ", rng, False))

    if not furniture:
        return "\n".join(body).rstrip() + "\n"
    return _paginate(body, symbol, job, rng)


def _paginate(body: list[str], symbol: str, job: str, rng: random.Random) -> str:
    """Insert page furniture (footer with job number and page number, running header with
    the symbol) every ~45 lines, wherever the break falls, as a copied PDF has it."""
    pages: list[list[str]] = []
    i = 0
    while i < len(body):
        size = PAGE_LINES + rng.randint(-4, 4)
        pages.append(body[i : i + size])
        i += size
    total = len(pages)
    job_short = job.split(" ")[0] if job else "00-00000"
    out: list[str] = []
    for n, page in enumerate(pages, start=1):
        if n > 1:
            out.append(symbol)
            out.append("")
        out.extend(page)
        out.append("")
        if n == 1:
            out.append(job)
        else:
            style = n % 2
            out.append(f"{n}/{total}" if style else job_short)
            out.append(job_short if style else f"{n}/{total}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------------------
# Comparing two readings (model objects only, so no reader code is used here either)


@dataclass
class Structure:
    """The parts of a draft's structure the agreement check compares.

    ``headings`` are (normalised text, ref of the clause the heading stands before), in
    reading order; they are compared apart from the rest (:func:`heading_differences`).
    """

    preamble: int
    operative: int
    subs: tuple[str, ...]
    headings: tuple[tuple[str, str | None], ...] = ()

    @classmethod
    def of(cls, draft: Draft) -> Structure:
        subs = tuple(c.ref for c in draft.walk() if "(" in c.ref)
        headings = tuple((normalise_heading(h.text), h.before) for h in draft.headings)
        return cls(len(draft.preamble), len(draft.operative), subs, headings)


def normalise_heading(text: str) -> str:
    """A heading's words as compared: spaces collapsed, case folded, a closing colon or
    full stop dropped ("Rule of law:" and "Rule of law" are the same heading)."""
    return " ".join(text.split()).rstrip(":.").strip().casefold()


def differences(expected: Structure, got: Structure) -> list[str]:
    """What differs in the PP count, OP count and sub-paragraph refs, in words (empty
    when they agree). Headings are left to :func:`heading_differences`."""
    out: list[str] = []
    if expected.preamble != got.preamble:
        out.append(f"PP count {expected.preamble} (XML) vs {got.preamble} (text)")
    if expected.operative != got.operative:
        out.append(f"OP count {expected.operative} (XML) vs {got.operative} (text)")
    if expected.subs != got.subs:
        missing = [r for r in expected.subs if r not in got.subs]
        extra = [r for r in got.subs if r not in expected.subs]
        detail = []
        if missing:
            detail.append(f"missing {_short(missing)}")
        if extra:
            detail.append(f"extra {_short(extra)}")
        if not detail:
            detail.append("same refs in another order")
        out.append(
            f"sub-paragraphs {len(expected.subs)} (XML) vs {len(got.subs)} (text): "
            + "; ".join(detail)
        )
    return out


def heading_differences(expected: Structure, got: Structure) -> list[str]:
    """What differs in the headings (text and the clause each stands before), in words."""
    if expected.headings == got.headings:
        return []

    def show(items: list[tuple[str, str | None]]) -> str:
        return _short([f"{text!r} before {before}" for text, before in items], 3)

    missing = [h for h in expected.headings if h not in got.headings]
    extra = [h for h in got.headings if h not in expected.headings]
    detail = []
    if missing:
        detail.append(f"missing {show(missing)}")
    if extra:
        detail.append(f"extra {show(extra)}")
    if not detail:
        detail.append("same headings in another order")
    return [
        f"headings {len(expected.headings)} (XML) vs {len(got.headings)} (text): "
        + "; ".join(detail)
    ]


def _short(refs: list[str], n: int = 6) -> str:
    return ", ".join(refs[:n]) + (f" … (+{len(refs) - n})" if len(refs) > n else "")


__all__ = [
    "Structure",
    "differences",
    "heading_differences",
    "normalise_heading",
    "render_pdf_text",
]
