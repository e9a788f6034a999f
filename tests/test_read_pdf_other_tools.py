"""PDFs made by other tools than resdiff's (twenty-ninth session, branch pdf19): drafts
printed in two columns by Chromium and by LibreOffice from a web page.

Found by printing corpus texts, written out as plain text and as web pages by a writer of
our own, with Chromium's print-to-PDF and LibreOffice (the made files are not kept). The
pages are laid out glyph by glyph here (made-up words), as PDFium reads them.
"""

from __future__ import annotations

import time

import pytest
from glyph_fixtures import glyphs_at

import resdiff
from resdiff.read.pdf.columns import _column_shift, _read_columns, _shift_right_columns
from resdiff.read.pdf.furniture import _take_furniture
from resdiff.read.pdf.glyphs import _SPACE, _Glyph, _Row, _rows
from resdiff.read.pdf.layout import _layout

#: The columns' margins, their width, the gutter's middle and the first-line (and list)
#: indent of the pages below.
_LEFT, _RIGHT, _WIDTH, _GUTTER, _INDENT = 100.0, 330.0, 200.0, 315.0, 20.0


def _line(
    text: str, *, x: float, y: float, margin: float, last: bool = False, height: float = 10.0
) -> list[_Glyph]:
    """A line of a column from ``x``: justified to the column's right edge (its words
    spaced out), or as it falls if it is a paragraph's ``last``."""
    words = text.split()
    if last or len(words) < 2:
        return glyphs_at(text, x=x, y=y, height=height)
    room = margin + _WIDTH - x - height / 2 * sum(len(word) for word in words)
    glyphs: list[_Glyph] = []
    for k, word in enumerate(words):
        placed = glyphs_at(word, x=x, y=y, height=height)
        if k:
            placed[0].space_before = _SPACE
        glyphs += placed
        x = placed[-1].right + room / (len(words) - 1)
    return glyphs


def _page_of_recitals_beside_numbered_paragraphs(lines: int) -> list[_Glyph]:
    """A page of two columns as a browser prints a draft: recitals down the left column
    (each first line indented), one recital opening the right column at its top, then
    numbered paragraphs whose lines all start at the list's indent, past the labels."""
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(lines):
        first, last = k % 4 == 0, k % 4 == 3
        y -= 6 if first and k else 0  # the space between paragraphs
        text = f"Recalling words of left recital {k}" if first else f"words of left recital {k}"
        x = _LEFT + (_INDENT if first else 0.0)
        glyphs += _line(text + "," * last, x=x, y=y, margin=_LEFT, last=last)
        y -= 14
    y = 700.0
    glyphs += _line(
        "Expressing concern over the situation in", x=_RIGHT + _INDENT, y=y, margin=_RIGHT
    )
    for k in range(3):
        y -= 14
        text = f"the region of the right recital {k}" + "," * (k == 2)
        glyphs += _line(text, x=_RIGHT, y=y, margin=_RIGHT, last=k == 2)
    for k in range(lines - 4):
        y -= 14
        if k % 3 == 0:
            y -= 6
            glyphs += glyphs_at(f"{k // 3 + 1}.", x=_RIGHT + 6, y=y)
        text = f"Decides words of paragraph {k}" + ";" * (k % 3 == 2)
        glyphs += _line(text, x=_RIGHT + _INDENT, y=y, margin=_RIGHT, last=k % 3 == 2)
    return glyphs


def _page_of_numbered_paragraphs(lines: int, first: int) -> list[_Glyph]:
    """The next page: numbered paragraphs down both columns, from paragraph ``first``."""
    glyphs: list[_Glyph] = []
    number = first
    for margin in (_LEFT, _RIGHT):
        y = 700.0
        for k in range(lines):
            if k % 3 == 0:
                y -= 6
                glyphs += glyphs_at(f"{number}.", x=margin + 6, y=y)
                number += 1
            text = f"Requests words of paragraph {k}" + ";" * (k % 3 == 2)
            glyphs += _line(text, x=margin + _INDENT, y=y, margin=margin, last=k % 3 == 2)
            y -= 14
    return glyphs


def _pages() -> list[list[_Row]]:
    """A page of recitals beside numbered paragraphs, and a short last page of numbered
    paragraphs, read in columns, the right columns' lines moved under the left's."""
    pages = [
        _read_columns(_rows(_page_of_recitals_beside_numbered_paragraphs(40)), _GUTTER),
        _read_columns(_rows(_page_of_numbered_paragraphs(9, 13)), _GUTTER),
    ]
    _shift_right_columns(pages)
    return pages


def test_a_recital_opening_the_right_column_keeps_its_first_line_indent() -> None:
    # A browser's two columns (Chromium, CSS columns) of S/RES/2630 (2022): the recitals
    # fill the left column and run on to the top of the right one, under which the
    # numbered paragraphs start all their lines at the list's indent. The right column's
    # lines were measured from where most of them start, the list's indent, so the
    # recital at its top lost its first-line indent (and, at a column's top, there is no
    # blank line above it): "Expressing deep concern ..." ran into the recital the left
    # column ends with. The columns' distance is now told by their right edges, among the
    # distances between places where their lines start.
    lines = [line.text for line in _layout(_pages())[0]]
    opening = next(line for line in lines if "Expressing" in line)
    recital = next(line for line in lines if line.lstrip().startswith("Recalling"))
    wrapped = next(line for line in lines if "right recital 0" in " ".join(line.split()))
    indent = len(recital) - len(recital.lstrip())
    assert indent > 0
    assert len(opening) - len(opening.lstrip()) == indent, lines
    assert not wrapped.startswith(" "), lines


def test_the_recital_opening_the_right_column_is_read_as_a_recital_of_its_own() -> None:
    # The same pages through the text reader: the right column's recital is a paragraph
    # of its own, not the tail of the left column's last recital.
    text = "The Security Council,\n\n" + _take_furniture(_layout(_pages())).text
    draft = resdiff.parse(text, format="text")
    openings = [c.text.split()[0] for c in draft.walk() if c.ref.startswith("PP")]
    assert openings.count("Expressing") == 1, openings


def test_columns_whose_lines_all_start_alike_keep_their_indents() -> None:
    # The guard: two columns of numbered paragraphs alike (labels hanging, text at the
    # list's indent) are moved by the distance between their margins, as before.
    pages = [_read_columns(_rows(_page_of_numbered_paragraphs(30, 1)), _GUTTER)]
    _shift_right_columns(pages)
    starts = {
        len(line.text) - len(line.text.lstrip())
        for line in _layout(pages)[0]
        if line.text.lstrip().startswith("Requests")
    }
    assert len(starts) == 1, starts


def test_a_justified_title_line_across_two_columns_is_read_across() -> None:
    # A web page's title in larger type over a text in two CSS columns, justified with
    # the body: the title's first line, spaced out to the page's width, has a word space
    # on the gutter, so it was cut there, and its right half ("ITS 8700TH MEETING, ON 10
    # JANUARY", S/RES/2504 (2020) printed by LibreOffice and by Chromium) was read as the
    # right column's first line, into the paragraph the left column ends with. Lines in
    # type larger than the columns' body above them are read over the columns.
    glyphs = _line("ADOPTED BY THE COUNCIL", x=_LEFT, y=730, margin=_LEFT, height=14)
    glyphs += _line("AT ITS MEETING ON 10 JAN", x=_RIGHT, y=730, margin=_RIGHT, height=14)
    glyphs += glyphs_at("2020", x=_LEFT, y=710, height=14)
    glyphs += _page_of_numbered_paragraphs(20, 1)
    texts = ["".join(g.char for g in row.glyphs) for row in _read_columns(_rows(glyphs), _GUTTER)]
    assert texts[0] == "ADOPTEDBYTHECOUNCILATITSMEETINGON10JAN", texts


def test_a_lead_word_in_small_capitals_is_one_word() -> None:
    # Chromium prints a lead word in small caps (CSS font-variant: small-caps) as smaller
    # capitals, its letters still lower case in the text layer, each box only as high as
    # the small capital (6.7 points in a line of 15): the gap beside a narrow "I" (1.6
    # points) passed for a word space, and "Recalling" read "Recalli ng", "Determining"
    # "Determ i n i ng" (every lead word of a resolution so printed). The glyphs below are
    # PDFium's of such a line (S/RES/2533 (2020), 13-point type).
    boxes = [
        ("R", 119.25, 127.37, 533.62, 548.73),
        ("e", 128.16, 131.97, 536.67, 543.33),
        ("c", 132.94, 137.70, 536.55, 543.45),
        ("a", 138.20, 143.61, 536.67, 543.33),
        ("l", 144.46, 148.14, 536.67, 543.33),
        ("l", 148.96, 152.64, 536.67, 543.33),
        ("i", 153.46, 154.26, 536.67, 543.33),
        ("n", 155.85, 160.32, 536.67, 543.33),
        ("g", 161.56, 166.72, 536.55, 543.45),
    ]
    glyphs = [
        _Glyph(c, left, right, bottom, top, 0, 17.33 * (c == "R"))
        for c, left, right, bottom, top in boxes
    ]
    glyphs += glyphs_at(
        "its resolutions 2042 (2012), 2043 (2012), 2118", x=171.14, y=533.62, height=15.12
    )
    glyphs[len(boxes)].space_before = _SPACE
    [line] = _layout([_rows(glyphs)])[0]
    assert line.text.startswith("Recalling its resolutions"), line.text


def test_a_last_page_of_one_numbered_line_under_a_numbered_header_loses_its_numbers() -> None:
    # LibreOffice numbers every line (Tools > Line Numbering, counted on over the pages)
    # and the lines of the header and the footer with a count of their own; a draft's
    # last paragraph printed alone on its last page reads "4" (the header), "39" (the
    # paragraph), "5" (the footer): no step of one count, so the column found on the
    # pages before was refused there, and the three numbers and the running header were
    # read into the paragraph above ("...delivered; 4 S/RES/2533 (2020) 39 4. Decides").
    from resdiff.read.pdf.linenumbers import Column, drop_line_numbers

    glyphs = glyphs_at("4", x=95, y=780)
    glyphs += glyphs_at("S/RES/2533 (2020)", x=120, y=780)
    glyphs += glyphs_at("39", x=90, y=740)
    glyphs += glyphs_at("4. Decides to remain seized of the matter.", x=150, y=740)
    glyphs += glyphs_at("5", x=95, y=60)
    glyphs += glyphs_at("2/2", x=120, y=60)
    rows, column = drop_line_numbers(_rows(glyphs), Column("right", 100.0))
    assert column is not None
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert texts == ["S/RES/2533(2020)", "4.Decidestoremainseizedofthematter.", "2/2"], texts


def test_a_short_last_page_with_its_header_and_footer_numbered_apart_loses_its_numbers() -> None:
    # The same count of LibreOffice's on a last page of eight lines: "10" (the header),
    # "186" ... "193", "11" (the footer): two steps out of count of nine, one more than a
    # count started again (a footnote's) is allowed, so the page kept its numbers in
    # the text ("keep the Council fully 186 informed ..., pred- 189 eployment").
    from resdiff.read.pdf.linenumbers import Column, drop_line_numbers

    glyphs = glyphs_at("10", x=90, y=780)
    glyphs += glyphs_at("S/RES/2602 (2021)", x=120, y=780)
    for k in range(8):
        glyphs += glyphs_at(str(186 + k), x=85, y=740 - 14 * k)
        glyphs += glyphs_at(f"words of the last paragraph line {k}", x=150, y=740 - 14 * k)
    glyphs += glyphs_at("11", x=90, y=60)
    glyphs += glyphs_at("6/6", x=120, y=60)
    rows, column = drop_line_numbers(_rows(glyphs), Column("right", 100.0))
    assert column is not None
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    assert texts[0] == "S/RES/2602(2021)", texts
    assert texts[1] == "wordsofthelastparagraphline0", texts
    assert texts[-1] == "6/6", texts


def test_the_columns_distance_is_found_in_time_linear_in_the_places_lines_start() -> None:
    # Each frequent place where the right column's lines start was paired with every
    # place of the left column's: quadratic in the distinct places, which a hostile
    # document within the reader's limits (2,000 pages, 20 million characters, pages of
    # any size) holds by the thousand (8,000 each: 3.5 s of CPU before, the whole
    # reading of a long draft). The pairs are now looked up within a line's height of
    # the columns' distance.
    places = 8000
    left = [_Row(glyphs_at("ab", x=10 + k / 2, y=700)) for k in range(places) for _ in range(3)]
    right = [
        _Row(glyphs_at("ab", x=10 + places + k / 2, y=700)) for k in range(places) for _ in range(3)
    ]
    start = time.process_time()
    shift = _column_shift(left, right)
    assert time.process_time() - start < 1.0
    assert shift == places


def _tight_line_pdf(adjust: int) -> bytes:
    """A PDF without space characters (each word placed by the text's own kerning, as
    TeX and many typesetters write): a 12-point line whose middle words are capitals in
    8.4 points (small capitals as a typesetter draws them), then a line of short words,
    every word space narrowed to ``adjust`` thousandths of an em (a tightly justified
    line)."""
    from pdf_fixtures import one_page_pdf

    small = f" -{adjust} ".join(
        f"({w})" for w in ["IN", "ON", "AT", "BY", "OF", "TO", "AS", "IS", "IT"]
    )
    short = f" -{adjust} ".join(
        f"({w})" for w in ["to", "do", "so", "as", "it", "is", "in", "an", "up"]
    )
    stream = (
        "BT /F1 12 Tf 72 700 Td [(Recalling) -278 (the)] TJ ET "
        f"BT /F1 8.4 Tf 150 700 Td [{small}] TJ ET "
        "BT /F1 12 Tf 300 700 Td [(and) -278 (so) -278 (on)] TJ ET "
        f"BT /F1 12 Tf 72 680 Td [{short}] TJ ET "
    )
    return one_page_pdf(stream.encode())


def test_a_tightly_justified_line_of_short_words_keeps_them_apart() -> None:
    # The lead's question of the small-capitals rule: does weighing a gap against the
    # line's type join two real words of a tightly set line? Not where PDFium finds a
    # word space (inferred, here from 0.15 em: the rule weighs only gaps inside a word
    # as the PDF writes it), in small capitals beside larger type as in the line's own.
    pytest.importorskip("pypdfium2")
    from resdiff.read.pdf import pdf_text

    lines = [" ".join(line.split()) for line in pdf_text(_tight_line_pdf(150)).text.splitlines()]
    assert "Recalling the IN ON AT BY OF TO AS IS IT and so on" in lines, lines
    assert "to do so as it is in an up" in lines, lines


def test_two_headings_opening_the_columns_side_by_side_stay_in_their_columns() -> None:
    # The title rule's over-reach: lines in larger type at the columns' top were read
    # across whatever their sides, so two headings opening the left and the right
    # column at one height ("I. Measures on arms and goods" / "II. Measures on travel of
    # persons", an annex printed in two columns) were read as one line, the right
    # column's heading moved out of it, over the left column's paragraphs. A line cut at
    # the gutter is a title across the columns only where the gap there is a word space
    # of the line's (the justified title of the test above).
    glyphs = glyphs_at("I. Measures on arms and goods", x=_LEFT, y=720, height=13)
    glyphs += glyphs_at("II. Measures on travel of persons", x=_RIGHT, y=720, height=13)
    glyphs += _page_of_numbered_paragraphs(20, 1)
    texts = ["".join(g.char for g in row.glyphs) for row in _read_columns(_rows(glyphs), _GUTTER)]
    assert texts[0] == "I.Measuresonarmsandgoods", texts
    right = texts.index("II.Measuresontravelofpersons")
    assert texts[right + 1].startswith("8."), texts
