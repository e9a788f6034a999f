"""PDFs as users get them: the defects the twenty-ninth session left (thirtieth session,
branch pdf20).

Found by printing corpus texts, written out as plain text, web pages and OpenDocument
texts by a writer of our own, with Chromium's print-to-PDF and LibreOffice
(``benchmarks/pdf_layouts.py``; the made files are not kept). Pages are laid out glyph by
glyph here (made-up words, or PDFium's boxes of a printed line), or made at test time by
LibreOffice from a few made-up lines (skipped, with the reason, where it is absent).
"""

from __future__ import annotations

import dataclasses

import pytest
from glyph_fixtures import glyphs_at
from pdf_fixtures import UNDocument, convert, document_from_lines, fodt

import resdiff
from resdiff.read.pdf import pdf_text
from resdiff.read.pdf.glyphs import _SPACE, _Glyph, _rows
from resdiff.read.pdf.layout import _layout
from resdiff.read.pdf.linenumbers import Column, drop_every_line_number

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
    glyphs += glyphs_at("its resolutions on", x=171.6, y=515.4, height=9.57)
    glyphs[len(boxes)].space_before = _SPACE
    # An acronym in the line's type: capitals' boxes, as high as the lead's first
    # (review of pdf20: boxes of the lower-case letters' height made it small capitals).
    unisfa = glyphs_at("UNISFA,", x=glyphs[-1].right + 4.8, y=515.4, height=11.77)
    unisfa[0].space_before = _SPACE
    return glyphs + unisfa


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


def test_capitals_set_lower_or_higher_in_smaller_type_stay_capitals() -> None:
    # Review of pdf20: small capitals stand on their word's baseline; a capital in
    # smaller type set below it or above it is a subscript or a superscript the author
    # typed as a capital (Chromium's <sub> and <sup>, 0.83 of the type: "NO" and a
    # subscript "X" read "NOx", "CO" and a raised "VID" "COvid").
    glyphs = glyphs_at("Notes NO", x=100.0, y=500.0, height=14.0)
    glyphs += glyphs_at("X", x=156.0, y=497.3, height=11.6)
    glyphs += glyphs_at("and CO", x=166.0, y=500.0, height=14.0)
    glyphs += glyphs_at("VID", x=208.0, y=505.2, height=11.6)
    glyphs += glyphs_at("and R", x=240.0, y=500.0, height=14.0)
    glyphs += glyphs_at("EPORT,", x=275.0, y=500.5, height=11.6)
    [line] = _layout([_rows(glyphs)])[0]
    assert line.text == "Notes NOX and COVID and Report,"


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
    # (Review of pdf20: a lead of several words in small caps, and a span of them
    # holding an acronym and a numeral typed in capitals, read "Calls UPON" and
    # "Acting UNDER Chapter VII OF THE Charter": only a word opening with a capital was
    # lowered.)
    body += (
        '<text:p><text:span text:style-name="T1">Calls upon</text:span> the parties to'
        " implement the agreement;</text:p>"
        '<text:p><text:span text:style-name="T1">Acting under Chapter VII of the Charter'
        " on UNISFA,</text:span></text:p>"
    )
    pdf = convert({"small-caps": _fodt(styles, body)})["small-caps"]
    assert pdf_text(pdf).text.split("\n") == [
        "Recalling its decision on the UNISFA mandate of the U.N. mission,",
        "Decides to extend the mandate of UNISFA until 15 November;",
        "Calls upon the parties to implement the agreement;",
        "Acting under Chapter VII of the Charter on UNISFA,",
    ]


def test_a_lead_of_several_words_in_small_capitals_reads_in_lower_case() -> None:
    # Review of pdf20: the words of a lead in small caps after its first ("Calls upon")
    # are small capitals from their first letter: read in lower case, as the first
    # word's small capitals are; a word after them in the line's capitals stays.
    glyphs = [
        _Glyph(c, 100.0 + 6 * k, 106.0 + 6 * k, 515.4 if k == 0 else 515.86, top, 0, 13.0)
        for k, (c, top) in enumerate(zip("CALLS", [527.17] + [525.27] * 4, strict=True))
    ]
    upon = [
        _Glyph(c, 136.0 + 6 * k, 142.0 + 6 * k, 515.86, 525.27, 0, 13.0)
        for k, c in enumerate("UPON")
    ]
    upon[0].space_before = _SPACE
    unisfa = [
        _Glyph(c, 166.0 + 6 * k, 172.0 + 6 * k, 515.4, 527.17, 0, 13.0)
        for k, c in enumerate("UNISFA")
    ]
    unisfa[0].space_before = _SPACE
    [line] = _layout([_rows(glyphs + upon + unisfa)])[0]
    assert line.text == "Calls upon UNISFA"
    # A word in lower case ends the run: "CTBT" in the line's type after "Bank" read
    # with a larger initial ("B" 15 points, the rest 12) is no small capitals.
    glyphs = glyphs_at("B", x=100.0, y=500.0, height=15.0)
    glyphs += glyphs_at("ANK report and the CTBT", x=108.0, y=500.5, height=12.0)
    [line] = _layout([_rows(glyphs)])[0]
    assert line.text == "Bank report and the CTBT"


# ------------------------------------------------------- line numbers in two columns


def _made_up_draft() -> UNDocument:
    """A made-up resolution of recitals and paragraphs citing years and figures (which
    end lines at the left column's edge, beside the gutter's numbers)."""
    pp = [
        (
            "pp",
            "",
            f"{lead} its resolutions 2{k}42 (2012), 2{k}43 (2012), 2{k}18 (2013) and "
            f"2{k}39 (2014) on the situation in the region of the made-up river, and the "
            f"statements of its President of 3 August 2011 and 21 March 2012,",
        )
        for k, lead in enumerate(
            [
                "Recalling",
                "Reaffirming",
                "Expressing concern at",
                "Noting",
                "Welcoming",
                "Stressing",
                "Recognizing",
                "Underlining",
            ]
        )
    ]
    op = [
        (
            "op",
            f"{k}.",
            f"{verb} all parties to the made-up agreement to implement the "
            f"provisions of its paragraphs {k} and {k + 1} within 90 days, and to report on "
            f"the progress achieved to the committee established by resolution 2{k}93 (2017), "
            f"including on the resources provided in 2019 and 2020;",
        )
        for k, verb in enumerate(
            [
                "Calls upon",
                "Urges",
                "Requests",
                "Encourages",
                "Demands",
                "Invites",
                "Calls upon",
                "Urges",
                "Requests",
                "Encourages",
                "Demands",
                "Invites",
            ],
            start=1,
        )
    ]
    document = document_from_lines(
        symbol="S/RES/9999 (2031)",
        job="31-00001 (E)",
        date="1 January 2031",
        title=["Resolution 9999 (2031)", "Adopted by the Security Council on 1 January 2031"],
        body=[("formula", "", "The Security Council,"), *pp, *op],
    )
    return dataclasses.replace(
        document, columns=2, line_numbers=5, restart_numbers=False, hyphenate=0.0
    )


def _plain(document: UNDocument) -> str:
    """The document as plain text: one paragraph a line, blank lines between."""
    lines = [" ".join(p for p in row if p) for row in document.masthead] + document.title
    lines += [f"{b.label} {b.text}".strip() for b in document.blocks]
    return "\n\n".join(lines)


def test_a_draft_in_two_columns_with_its_lines_numbered_reads_as_its_plain_text() -> None:
    # LibreOffice numbers the right column's lines on from the left column's count and
    # prints them in the gutter, against the left column's line ends ("… in order to
    # cont-90", "respect85", "2393" and "50" read "239350"): every paragraph they fell in
    # was cut or read with figures in it (133 of 508 provisions read right in the pdf19
    # harness's two columns with every fifth line numbered).
    document = _made_up_draft()
    pdf = convert({"columns": fodt(document)})["columns"]
    draft = resdiff.parse(pdf, name="columns.pdf")
    plain = resdiff.parse(_plain(document).encode(), name="columns.txt")
    assert [(c.ref, " ".join(c.text.split())) for c in draft.walk()] == [
        (c.ref, " ".join(c.text.split())) for c in plain.walk()
    ]


def _numbered_page(years: bool = False) -> list[_Glyph]:
    """A page of 45 lines numbered every fifth line in the left margin (flush right at
    40), a left column from 60 and a right column from 320 whose lines stand half a
    line lower (LibreOffice's columns do not face each other line for line) and are
    numbered on (50, 55 ...) flush right at 305, in the gutter; but the fifth right
    line, on the left one's baseline, its number touching the left line's end ("2393"
    and "50" read "239350"). With ``years``, one column only, and a year at its right
    edge on every fifth line ("2005", "2010" ...: a table's figures)."""
    glyphs: list[_Glyph] = []
    for k in range(45):
        y = 700.0 - 14 * k
        fifth = (k + 1) % 5 == 0
        if fifth:
            number = str(k + 1)
            glyphs += glyphs_at(number, x=40.0 - 5 * len(number), y=y)
        if years:
            glyphs += glyphs_at(f"words of the left line {k}", x=60.0, y=y)
            if k % 5 == 2:
                glyphs += glyphs_at(str(2005 + 5 * (k // 5)), x=285.0, y=y)
                glyphs[-4].space_before = _SPACE
            continue
        if k == 4:
            glyphs += glyphs_at(f"words of the left line {k} 2393", x=140.0, y=y)
        else:
            glyphs += glyphs_at(f"words of the left line {k}", x=60.0, y=y)
        y_right = y if k == 4 else y - 7
        if fifth:
            number = str(45 + k + 1)
            glyphs += glyphs_at(number, x=305.0 - 5 * len(number), y=y_right)
        right = glyphs_at(f"words of the right line {k}", x=320.0, y=y_right)
        right[0].space_before = _SPACE
        glyphs += right
    return glyphs


def test_the_right_columns_numbers_in_the_gutter_are_left_out() -> None:
    rows, margin, gutter = drop_every_line_number(_rows(_numbered_page()), None, None)
    assert margin is not None and gutter is not None
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert "wordsoftheleftline42393wordsoftherightline4" in texts
    assert "wordsoftherightline9" in texts
    assert not any(text[:1].isdigit() for text in texts), texts


def test_figures_at_a_one_column_pages_edge_are_no_gutters_numbers() -> None:
    # A table's years at one edge, rising, on a page numbered in its margin: no count
    # going on from the margin's (2005 is more lines past 45 than the page holds).
    rows, margin, gutter = drop_every_line_number(_rows(_numbered_page(years=True)), None, None)
    assert margin is not None and gutter is None
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert texts[2] == "wordsoftheleftline22005"


def test_a_short_last_pages_gutter_number_is_left_out() -> None:
    # The last page of a draft numbered every fifth line through the document: the
    # header's line numbered "10" by a count of its own, four lines of the left column
    # ("390" the only number among them), and "395" in the gutter before the right
    # column's first line. Two margin numbers tell no step (380 between them).
    glyphs = glyphs_at("10", x=30.0, y=760.0) + glyphs_at("S/RES/9999 (2031)", x=60.0, y=760.0)
    for k in range(4):
        y = 700.0 - 14 * k
        if k == 1:
            glyphs += glyphs_at("390", x=25.0, y=y)
        glyphs += glyphs_at(f"words of the left line {k}", x=60.0, y=y)
    glyphs += glyphs_at("395", x=290.0, y=693.0)
    right = glyphs_at("words of the right line", x=320.0, y=693.0)
    right[0].space_before = _SPACE
    glyphs += right
    rows, _margin, gutter = drop_every_line_number(_rows(glyphs), Column("right", 40.0), 305.0)
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert "wordsoftherightline" in texts, texts
    assert gutter == 305.0


def test_a_figure_at_the_gutters_edge_on_a_page_without_numbers_is_kept() -> None:
    # Review of pdf20: a page whose margin holds no number after pages numbered in two
    # columns (an annex in one column, a page the numbering skips) knows no count: a
    # line ending in a figure where the gutter's numbers stood ("… resolution 2591",
    # "… paragraph 12") kept every digit but its last ("259", "1"): only a figure
    # standing clear of the text, whole, is a number of the gutter there.
    glyphs = glyphs_at("S/RES/9999 (2031)", x=60.0, y=760.0)
    ends = ["of its resolution 2591", "as set out in paragraph 12"]
    for k, end in enumerate(ends):
        y = 700.0 - 14 * k
        glyphs += glyphs_at(end, x=305.0 - 5 * len(end), y=y)
        glyphs += glyphs_at(f"words of one column {k} going on", x=60.0, y=y - 28)
    # The gutter's number standing clear, before a right column's line, is one still.
    glyphs += glyphs_at("395", x=290.0, y=600.0)
    right = glyphs_at("words of the right line", x=320.0, y=600.0)
    right[0].space_before = _SPACE
    glyphs += right
    rows, margin, gutter = drop_every_line_number(_rows(glyphs), Column("right", 40.0), 305.0)
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert "ofitsresolution2591" in texts, texts
    assert "assetoutinparagraph12" in texts, texts
    assert "wordsoftherightline" in texts, texts
    assert margin is None and gutter == 305.0


def test_a_gutter_number_drawn_before_its_rows_text_is_left_out() -> None:
    # Review of pdf20: LibreOffice draws a row's line numbers before its text; where the
    # margin's number and the gutter's share a row (a short last page), they are one run
    # of glyphs, put first in the row, and the gutter's "395" ran on into the left
    # line's first figure, drawn after it but far left of it: "395" and "95" read
    # "39595", at no edge, and stayed in the paragraph.
    glyphs = glyphs_at("10", x=30.0, y=760.0) + glyphs_at("S/RES/9999 (2031)", x=60.0, y=760.0)
    for k in range(4):
        y = 700.0 - 14 * k
        if k == 1:
            glyphs += glyphs_at("390", x=25.0, y=y) + glyphs_at("395", x=290.0, y=y)
            glyphs += glyphs_at("95 words of the left line", x=60.0, y=y)
        else:
            glyphs += glyphs_at(f"words of the left line {k}", x=60.0, y=y)
    rows, _margin, gutter = drop_every_line_number(_rows(glyphs), Column("right", 40.0), 305.0)
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert "95wordsoftheleftline" in texts, texts
    assert gutter == 305.0
