"""PDFs as users get them: the defects the twenty-ninth session left (thirtieth session,
branch pdf20).

Found by printing corpus texts, written out as plain text, web pages and OpenDocument
texts by a writer of our own, with Chromium's print-to-PDF and LibreOffice
(``benchmarks/pdf_layouts.py``; the made files are not kept). Pages are laid out glyph by
glyph here (made-up words, or PDFium's boxes of a printed line), or made at test time by
LibreOffice from a few made-up lines (skipped, with the reason, where it is absent).
"""

from __future__ import annotations

import pytest
from glyph_fixtures import glyphs_at
from pdf_fixtures import convert

from resdiff.read.pdf import pdf_text
from resdiff.read.pdf.glyphs import _SPACE, _Glyph, _rows
from resdiff.read.pdf.layout import _layout

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

_FODT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
)


def _fodt(styles: str, body: str) -> str:
    """A flat OpenDocument text of ``body`` (paragraphs) with automatic ``styles``."""
    return (
        f"{_FODT_HEAD}<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    )


# ------------------------------------------------------------ small capitals as capitals


def _small_caps_line() -> list[_Glyph]:
    """PDFium's boxes of a line LibreOffice printed with its lead word in small caps
    (S/RES/2504 (2020), 13-point type): "RECALLING" in the text layer, its first capital
    11.8 points high, the small capitals 9.4."""
    boxes = [
        ("R", 113.5, 121.62, 515.4, 527.17),
        ("E", 121.7, 127.61, 515.86, 525.27),
        ("C", 127.6, 134.13, 515.86, 525.41),
        ("A", 134.1, 140.49, 515.86, 525.27),
        ("L", 140.49, 145.69, 515.86, 525.27),
        ("L", 145.69, 150.89, 515.86, 525.27),
        ("I", 150.89, 153.65, 515.86, 525.27),
        ("N", 153.68, 160.67, 515.86, 525.27),
        ("G", 160.67, 167.92, 515.86, 525.41),
    ]
    glyphs = [
        _Glyph(c, left, right, bottom, top, 0, 13.0 * (c == "R"))
        for c, left, right, bottom, top in boxes
    ]
    # The boxes of the rest run from the type's descent to each letter's top: most
    # lower-case letters' (9.6 points) lower than the first capital's.
    glyphs += glyphs_at("its resolutions on UNISFA,", x=171.6, y=515.4, height=9.57)
    glyphs[len(boxes)].space_before = _SPACE
    return glyphs


def test_small_capitals_printed_as_capitals_are_read_in_lower_case() -> None:
    # LibreOffice prints a word in small caps with the lower-case letters as capitals in
    # the text layer, in smaller type: every lead word of a resolution so printed read
    # "RECALLING", "DECIDES" (458 provisions of 508 of the pdf19 harness's
    # lo-docx-large leg differed from the plain text in case only).
    [line] = _layout([_rows(_small_caps_line())])[0]
    assert line.text == "Recalling its resolutions on UNISFA,"


def test_capitals_in_the_lines_type_stay_capitals() -> None:
    # An acronym, an initialism with full stops and a word in capitals are in the line's
    # type: nothing is lowered.
    glyphs = glyphs_at("Decides that UNISFA and the U.N. MISSION,", x=100.0, y=500.0)
    [line] = _layout([_rows(glyphs)])[0]
    assert line.text == "Decides that UNISFA and the U.N. MISSION,"


def test_a_word_in_capitals_opening_with_an_accented_capital_stays_in_capitals() -> None:
    # An accent heightens a capital's box: the capitals after it are not smaller type.
    glyphs = glyphs_at("É", x=100.0, y=500.0, height=12.5)
    glyphs += glyphs_at("TATS MEMBRES,", x=105.0, y=500.0, height=10.0)
    [line] = _layout([_rows(glyphs)])[0]
    assert line.text == "ÉTATS MEMBRES,"


def test_capitals_after_a_larger_initial_stay_capitals() -> None:
    # A drop capital (two lines high) is not the word's type: the capitals after it,
    # smaller, are capitals still.
    glyphs = glyphs_at("T", x=100.0, y=490.0, height=24.0)
    glyphs += glyphs_at("HE COUNCIL met", x=112.0, y=500.0, height=10.0)
    glyphs += glyphs_at("in session on the ninth", x=100.0, y=485.0, height=10.0)
    lines = _layout([_rows(glyphs)])[0]
    assert lines[0].text.startswith("THE COUNCIL"), lines[0].text


def test_a_libreoffice_print_of_small_capitals_reads_in_lower_case() -> None:
    # The same made at test time: LibreOffice's small caps over made-up lines.
    styles = (
        '<style:style style:name="T1" style:family="text">'
        '<style:text-properties fo:font-variant="small-caps"/></style:style>'
    )
    body = (
        '<text:p><text:span text:style-name="T1">Recalling</text:span> its decision on'
        " the UNISFA mandate of the U.N. mission,</text:p>"
        '<text:p><text:span text:style-name="T1">Decides</text:span> to extend the'
        " mandate of UNISFA until 15 November;</text:p>"
    )
    pdf = convert({"small-caps": _fodt(styles, body)})["small-caps"]
    assert pdf_text(pdf).text.split("\n") == [
        "Recalling its decision on the UNISFA mandate of the U.N. mission,",
        "Decides to extend the mandate of UNISFA until 15 November;",
    ]
