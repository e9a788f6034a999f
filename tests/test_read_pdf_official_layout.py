"""The thirty-second session's PDF fixes (branch pdf22): a right column whose first line
is a recital's indented first line, measured in the type's height, not in the boxes of
x-height letters (S/RES/2591 (2021) printed by LibreOffice in two columns). Made-up
words, laid out glyph by glyph as LibreOffice's boxes are."""

from __future__ import annotations

from resdiff.read.pdf.columns import _read_columns
from resdiff.read.pdf.glyphs import _NO_SPACE, _SPACE, _TALL, _Glyph, _rows, _type_height

#: LibreOffice's boxes run from the type's descent to each letter's top: a capital's or
#: an ascender's box is about 9.2 points high in 10-point type, an x-height letter's 7.1.
_TALL_BOX, _SHORT_BOX = 9.2, 7.1


def _printed(text: str, x: float, y: float) -> list[_Glyph]:
    """The glyphs of ``text`` from ``x`` on the line at ``y`` (its descent), 3.6 points
    wide each, boxed as LibreOffice boxes them."""
    out = []
    before = _NO_SPACE
    for char in text:
        if char == " ":
            x += 3.6
            before = _SPACE
            continue
        top = y + (_TALL_BOX if char in _TALL else _SHORT_BOX)
        out.append(_Glyph(char, x, x + 3.6, y, top, before, size=10.0))
        x += 3.6
        before = _NO_SPACE
    return out


#: The right column's lines: its first a recital's first line, indented.
_RIGHT = [
    "Strongly urging the made-up",
    "council to form a new cabinet, as soon as",
    "one can, in answer to a sense of urgency",
    "among its many voters in every province,",
    "so as to serve its own common purposes,",
    "as one voice, as a service to everyone,",
    "in answer to its worries over arrears,",
    "as soon as sources are secure on an even",
]
_LEFT = [
    "The Security Council,",
    "Recalling its previous resolutions on",
    "the made-up river, in particular those of",
    "2011, 2012 and 2013 and the statements of",
    "its President on the situation in the",
    "region of the river, and the reports of",
    "the Secretary-General on the matter, and",
    "Taking note of the letter of the Director",
]


def _page(indent: float) -> list[_Glyph]:
    """A page in two columns whose lines do not face each other (the left column's
    recital opens a paragraph's gap lower than the right column's running one), its
    right column opening with a recital's first line ``indent`` points in, beside "The
    Security Council,"."""
    glyphs = _printed(_LEFT[0], 136.0, 700.0) + _printed(_RIGHT[0], 320.0 + indent, 700.0)
    for k, line in enumerate(_LEFT[1:], start=1):
        glyphs += _printed(line, 136.0 if k == 1 else 100.0, 686.0 - 14.0 * k)
    for k, line in enumerate(_RIGHT[1:], start=1):
        glyphs += _printed(line, 320.0, 700.0 - 14.0 * k)
    return glyphs


def test_a_right_columns_first_line_indented_as_a_recitals_is_the_columns() -> None:
    # 34 points in: within four heights of the type (9.2), not of the line's median box
    # (7.1, most letters stand at the x-height). Read across the page before the fix:
    # "The Security Council, Strongly urging ..." over the columns, and the rest of the
    # recital after the left column, apart from its opening words (S/RES/2591 (2021) in
    # LibreOffice's two columns: 35 provisions of 67 a leg, three legs).
    rows = _rows(_page(34.0))
    order = ["".join(g.char for g in row.glyphs) for row in _read_columns(rows, 305.0)]
    first = order.index("Stronglyurgingthemade-up")
    assert order[first + 1] == "counciltoformanewcabinet,assoonas"
    assert order.index("TakingnoteoftheletteroftheDirector") < first
    assert order[0] == "TheSecurityCouncil,"


def test_a_lines_type_height_is_its_tall_letters_box() -> None:
    glyphs = _printed("among its voters", 0.0, 0.0)
    assert _type_height(glyphs) == _TALL_BOX
    assert _type_height(_printed("an ocean", 0.0, 0.0)) == _SHORT_BOX


def test_a_right_part_far_right_of_the_margin_is_no_line_of_the_column() -> None:
    # Eight heights of the type in: a masthead's part set flush right, not a first
    # line's indent; it stays across the page, above the columns.
    rows = _rows(_page(80.0))
    order = ["".join(g.char for g in row.glyphs) for row in _read_columns(rows, 305.0)]
    assert order[0] == "TheSecurityCouncil,Stronglyurgingthemade-up"


def test_a_right_column_opening_higher_in_x_height_letters_stays_the_columns() -> None:
    # The right column starts half a line higher than the left one; its first line,
    # mostly x-height letters, has a median box 0.77 of the left column's first line of
    # figures: it was taken for a line in smaller type over the columns and read before
    # the left column. Like letters compared (capitals, ascenders and figures with their
    # like), the two lines are in one type.
    left = [
        "2011 (2012), 2013 (2014), 2015 (2016) and",
        "its President on the situation in the",
        "region of the river, and the reports of",
        "the Secretary-General on the matter, and",
        "Taking note of the letter of the Director",
        "General of the made-up agency of 2017",
        "on the progress of its work in the region",
        "Recalling its previous resolutions on",
    ]
    glyphs: list[_Glyph] = []
    for k, line in enumerate(left):
        glyphs += _printed(line, 100.0, 700.0 - 14.0 * k)
    for k, line in enumerate(_RIGHT[1:]):
        glyphs += _printed(line, 320.0, 707.0 - 14.0 * k)
    rows = _rows(glyphs)
    order = ["".join(g.char for g in row.glyphs) for row in _read_columns(rows, 305.0)]
    assert order[0] == "2011(2012),2013(2014),2015(2016)and"
    assert order[len(left)] == "counciltoformanewcabinet,assoonas"


def test_marks_in_smaller_type_stay_smaller_than_the_lines_tall_letters() -> None:
    # A footnote's call mark, 5.8-point figures, against a line of 10-point text: smaller
    # by its size and by the boxes of like letters (figures against capitals).
    from resdiff.read.pdf.glyphs import _smaller

    body = _printed("Recalling its resolution 2011,", 0.0, 0.0)
    mark = [_Glyph("1", 0.0, 2.0, 4.0, 4.0 + 0.58 * _TALL_BOX, _NO_SPACE, size=5.8)]
    assert _smaller(mark, body)
    assert not _smaller(_printed("an ocean as wide", 0.0, 0.0), body)


def test_a_recitals_indent_is_measured_in_ems_not_in_the_boxes_of_its_letters() -> None:
    # The reach of a first line's indent was four heights of the part's tall letters: in
    # LibreOffice's boxes a "t" stands 8.6 points high in 10-point type (capitals 9.0 to
    # 9.2, ascenders 9.4), so a line whose tall letters are mostly t's measured 34.4
    # points against the half-inch (36-point) indent of a recital's first line, and was
    # read across the page as before the fix (60 of the 397 such first lines in the
    # LibreOffice two-column prints of pdf_layouts.py measure under 36.1; S/RES/2591
    # passed by 0.1 point). An indent is set in ems: where the PDF gives the type's size
    # (10 points here) the reach is four of them.
    page = _page(36.0)
    first = [g for g in page if g.bottom == 700.0 and g.left >= 356.0]
    assert "".join(g.char for g in first) == "Stronglyurgingthemade-up"
    opening = _printed("Noting that its tenth test at sea", 356.0, 700.0)
    for glyph in opening:
        if glyph.char == "t":
            glyph.top = glyph.bottom + 8.6
            glyph.height = 8.6
            glyph.middle = glyph.bottom + 4.3
    shifted = [g for g in page if g not in first] + opening
    rows = _rows(shifted)
    order = ["".join(g.char for g in row.glyphs) for row in _read_columns(rows, 305.0)]
    assert order[0] == "TheSecurityCouncil,"
    opening = order.index("Notingthatitstenthtestatsea")
    assert order[opening + 1] == "counciltoformanewcabinet,assoonas"
