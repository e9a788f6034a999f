"""Comparison tables made at test time from two successive real texts (``../shared/corpus``
AKN files): one row per provision as resdiff aligns the pair, the earlier text in one
column and the later in another, written with python-docx (several shapes) or as an HTML
table that LibreOffice turns into a Word file (a second producer). Shared by
``tests/test_comparison_table_real.py`` and ``benchmarks/comparison_tables.py``; nothing
of the real texts is kept in the repository.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import resdiff

#: The pairs of the PDF layouts' harness (``benchmarks/pdf_layouts.py``).
PAIRS = {
    "car-sanctions-2020": ("S_RES_2507_2020", "S_RES_2536_2020"),
    "somalia-piracy-2021": ("S_RES_2554_2020", "S_RES_2608_2021"),
    "unisfa-2022": ("S_RES_2609_2021", "S_RES_2630_2022"),
    "syria-crossborder-2020": ("S_RES_2504_2020", "S_RES_2533_2020"),
    "minurso-2021": ("S_RES_2548_2020", "S_RES_2602_2021"),
    "unifil-2021": ("S_RES_2539_2020", "S_RES_2591_2021"),
}
FORMULA = "The Security Council,"


@dataclass
class Row:
    """A row of the table: the earlier version's paragraphs, the later's, and a comment
    (the change's kind)."""

    old: list[str]
    new: list[str]
    comment: str


def _lines(draft: Any, ref: str) -> list[str]:
    """A provision with its sub-paragraphs, one paragraph each, labels typed, and the
    headings before it."""
    clause = next(c for c in draft.walk() if c.ref == ref)
    out = [h.text for h in draft.headings if h.before == ref]

    def add(node: Any) -> None:
        out.append(f"{node.label} {node.text}" if node.label else node.text)
        for child in node.children:
            add(child)

    add(clause)
    return out


def rows_of(old: Any, new: Any) -> list[Row]:
    """The rows of a comparison table of ``old`` and ``new``: one per top-level change of
    their comparison, in its order; a paragraph moved is two rows, the earlier text at
    its old place (the later cell empty) and the later at its new place, so that each
    column reads in its own text's order."""
    comparison = resdiff.compare(old, new)
    order = {c.ref: k for k, c in enumerate(old.walk())}
    # Each text's masthead (symbol, date, title) in its column, as a delegation's table
    # heads each version: a text's date bears on its verdicts (a deadline passed or
    # not); then the enacting formula, the same in both.
    rows: list[tuple[int | None, Row]] = [
        (-2, Row(list(old.masthead), list(new.masthead), "")),
        (-1, Row([FORMULA], [FORMULA], "")),
    ]
    moved: list[tuple[int, Row]] = []
    for change in comparison.changes:
        refs = list(change.old)
        comment = "" if change.kind == "unchanged" else change.kind.capitalize()
        # Paragraphs far apart merged into one: the others at their own places.
        tops = [k for k, c in enumerate(old.preamble + old.operative) if c.ref in refs]
        if tops and tops[-1] - tops[0] >= len(tops):
            for ref in refs[1:]:
                moved.append((order[ref], Row(_lines(old, ref), [], f"{comment}, merged")))
            refs = refs[:1]
        a = [line for ref in refs for line in _lines(old, ref)]
        b = [line for ref in change.new for line in _lines(new, ref)]
        at = min((order[ref] for ref in refs), default=None)
        if change.moved and a and at is not None:
            moved.append((at, Row(a, [], f"{comment}, moved")))
            rows.append((None, Row([], b, f"{comment}, moved")))
        else:
            rows.append((at, Row(a, b, comment)))
    for at, row in moved:
        k = next(
            (k for k, (there, _) in enumerate(rows) if there is not None and there > at),
            len(rows),
        )
        rows.insert(k, (at, row))
    return [row for _, row in rows]


def plain_of(lines: list[str]) -> str:
    """A column's paragraphs as a plain text (blank lines between): what a reader
    faithful to the table reads."""
    return "\n\n".join(lines) + "\n"


def docx_table(
    rows: list[Row],
    *,
    header: tuple[str, ...] | None = ("Original text", "Proposed text"),
    comments: bool = False,
    merged: bool = False,
    markers: bool = False,
    split: bool = False,
) -> bytes:
    """A Word comparison table written with python-docx: a title above it, a header (or
    none), a comments column, unchanged rows as one cell merged across both
    columns, "Deleted" and "[…]" in place of an empty cell and of a repeated text, and
    (``split``) each long provision's cell broken into two rows and the table broken
    into two at a page break, its header repeated."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Comparison of the texts")
    width = 3 if comments else 2
    head = header if header is None else (*header, "Comments")[:width]

    def new_table() -> Any:
        table = document.add_table(rows=0, cols=width)
        if head is not None:
            cells = table.add_row().cells
            for cell, text in zip(cells, head, strict=True):
                cell.text = text
            props = table.rows[-1]._tr.get_or_add_trPr()
            props.append(OxmlElement("w:tblHeader"))
        return table

    def fill(cell: Any, lines: list[str]) -> None:
        cell.text = lines[0] if lines else ""
        for line in lines[1:]:
            cell.add_paragraph(line)

    table = new_table()
    half = len(rows) // 2
    for k, row in enumerate(rows):
        if split and k == half:
            breaker = document.add_paragraph()
            breaker.add_run().add_break(WD_BREAK.PAGE)
            table = new_table()
        old, new = list(row.old), list(row.new)
        if markers:
            if not new:
                new = ["Deleted"]
            elif old == new:
                new = ["[…]"]
        pieces = [(old, new)]
        if split and len(old) == 1 and old == new and len(old[0].split()) > 30:
            words = old[0].split()
            cut = len(words) // 2
            while cut < len(words) - 1 and not words[cut][:1].islower():
                cut += 1
            first, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if rest[:1].islower() and not first.endswith((".", ";", ":")):
                pieces = [([first], [first]), ([rest], [rest])]
        for a, b in pieces:
            cells = table.add_row().cells
            if merged and a == b and a:
                cell = cells[0].merge(cells[1])
                fill(cell, a)
            else:
                fill(cells[0], a)
                fill(cells[1], b)
            if comments:
                cells[2].text = row.comment
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_table(rows: list[Row], header: tuple[str, str] = ("Zero draft", "Rev.1")) -> str:
    """The comparison table as an HTML page (a title above it, one paragraph per line of
    each cell)."""

    def cell(lines: list[str]) -> str:
        return "".join(f"<p>{html.escape(line)}</p>" for line in lines)

    body = "".join(f"<tr><td>{cell(r.old)}</td><td>{cell(r.new)}</td></tr>" for r in rows)
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        "<p>Comparison of the texts</p><table border='1'>"
        f"<tr><th>{header[0]}</th><th>{header[1]}</th></tr>"
        f"{body}</table></body></html>"
    )


def libreoffice() -> str | None:
    """The LibreOffice command, ``None`` where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def html_to_docx(page: str, soffice: str) -> bytes:
    """An HTML page turned into a Word file by LibreOffice Writer."""
    with tempfile.TemporaryDirectory() as where:
        folder = Path(where)
        (folder / "table.html").write_text(page, encoding="utf-8")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{folder / 'profile'}",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--infilter=HTML (StarWriter)",
                "--outdir",
                str(folder),
                str(folder / "table.html"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (folder / "table.docx").read_bytes()
