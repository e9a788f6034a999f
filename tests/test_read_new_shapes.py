"""Shapes of Word files and PDFs no round had tried (formats24), built at test time from
real AKN texts of ``../shared/corpus`` (skipped, with the reason, where it or LibreOffice
is absent): tracked changes that move a paragraph (``w:moveFrom`` / ``w:moveTo``) and
change formatting only (``w:rPrChange``), and a print two pages to a sheet.
"""

from __future__ import annotations

import ctypes
import io
import re
import zipfile

import pytest
from conftest import CORPUS

import resdiff
from resdiff.read import load
from resdiff.render import render_docx

#: A pair of the PDF layouts' harness whose comparison moves a paragraph.
_PAIR = ("S_RES_2609_2021", "S_RES_2630_2022")


def _pair() -> tuple[resdiff.Draft, resdiff.Draft]:
    paths = [CORPUS / "akn" / f"{name}.xml" for name in _PAIR]
    if not all(path.is_file() for path in paths):
        pytest.skip(f"the real-text corpus (with {', '.join(_PAIR)}) is not at {CORPUS}")
    old, new = (resdiff.parse(path) for path in paths)
    return old, new


def _formatting_changed(data: bytes, every: int = 5) -> tuple[bytes, int]:
    """The Word file with every ``every``-th run of its body made italic as a tracked
    change of formatting only (``w:rPrChange``: plain before), and how many."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    count = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                runs = 0

                def italic(match: re.Match[str]) -> str:
                    nonlocal runs, count
                    runs += 1
                    if runs % every:
                        return match.group(0)
                    count += 1
                    return (
                        f'<w:r><w:rPr><w:i/><w:rPrChange w:id="{900_000 + runs}" '
                        'w:author="A delegate" w:date="2024-01-01T00:00:00Z"><w:rPr/>'
                        "</w:rPrChange></w:rPr>"
                    )

                body = re.sub(r"<w:r>(?!<w:rPr>)", italic, body.decode("utf-8")).encode("utf-8")
            target.writestr(item, body)
    return out.getvalue(), count


def _outline(draft: resdiff.Draft) -> list[tuple[str, str]]:
    return [(c.ref, c.text) for c in draft.walk()]


def test_a_moved_paragraph_and_changes_of_formatting_only_change_no_word() -> None:
    # resdiff's own tracked Word file of a real pair moves a paragraph (w:moveFrom at
    # its old place, w:moveTo at its new one); a delegate's formatting changes on every
    # fifth run (italic, tracked as w:rPrChange) are no change of wording: both versions
    # read as without them, and the comparison finds the same changes and the move.
    old, new = _pair()
    comparison = resdiff.compare(old, new)
    data = render_docx(comparison)
    assert b"<w:moveFromRangeStart" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    changed, count = _formatting_changed(data)
    assert count > 100
    for version in ("original", "accepted"):
        plain = load(data, path="pair.docx", version=version)
        formatted = load(changed, path="pair.docx", version=version)
        assert _outline(formatted) == _outline(plain), version
    back = resdiff.compare(
        load(changed, path="pair.docx", version="original"),
        load(changed, path="pair.docx", version="accepted"),
    )
    assert sorted((c.kind, c.old, c.new, c.moved) for c in back.changes) == sorted(
        (c.kind, c.old, c.new, c.moved) for c in comparison.changes
    )
    assert any(c.moved for c in back.changes)


def test_a_print_two_pages_to_a_sheet_reads_as_the_print() -> None:
    # The Secretariat's layout of a real text, then two pages side by side on a sheet
    # twice as wide (a print dialog's "2 pages per sheet", made with PDFium's own n-up):
    # the reader takes the two pages for two columns and reads the text whole.
    import pypdfium2 as pdfium
    from pdf_fixtures import document_from_akn, pdf_bytes

    path = CORPUS / "akn" / f"{_PAIR[0]}.xml"
    if not path.is_file():
        pytest.skip(f"the real-text corpus (with {_PAIR[0]}) is not at {CORPUS}")
    pdf = pdf_bytes({"one": document_from_akn(path)})["one"]
    source = pdfium.PdfDocument(pdf)
    width, height = source[0].get_size()
    handle = pdfium.raw.FPDF_ImportNPagesToOne(
        source.raw, ctypes.c_float(2 * width), ctypes.c_float(height), 2, 1
    )
    sheets = pdfium.PdfDocument(handle)
    assert len(sheets) == (len(source) + 1) // 2
    two_up = io.BytesIO()
    sheets.save(two_up)
    one = resdiff.parse(pdf, paths=False)
    two = resdiff.parse(two_up.getvalue(), paths=False)
    assert _outline(two) == _outline(one)
