"""The Word and PDF readers on layouts other tools make (issue 9/11, twenty-first session):
pages LibreOffice sets in two columns, with Word's list indents and its footnotes close
under a column.

The pages are laid out glyph by glyph here (made-up words), as PDFium reads them, so that
each rule is tested on the layout that broke it.
"""

from __future__ import annotations

from resdiff.read.pdf.columns import _read_columns
from resdiff.read.pdf.glyphs import _NO_SPACE, _SPACE, _Glyph, _rows


def _glyphs(text: str, *, x: float, y: float, height: float = 10.0) -> list[_Glyph]:
    """The glyphs of ``text`` from ``x`` on the line at ``y``, half a height wide each;
    a space in the text is a space character of the PDF."""
    out = []
    before = _NO_SPACE
    width = height / 2
    for char in text:
        if char == " ":
            x += width
            before = _SPACE
            continue
        out.append(_Glyph(char, x, x + width, y, y + height, before, size=height))
        x += width
        before = _NO_SPACE
    return out


def _texts(glyphs: list[_Glyph], gutter: float) -> list[str]:
    return ["".join(g.char for g in row.glyphs) for row in _read_columns(_rows(glyphs), gutter)]


def test_a_right_columns_lines_at_a_words_list_indent_stay_in_the_column() -> None:
    # LibreOffice's print of a Word draft in two columns (S/RES/804 (1993) laid out so):
    # the right column's recitals start at its margin, its numbered paragraph's lines at
    # Word's list indent, half an inch (five line heights) further right. The page's
    # last two lines, a short line of the left column beside the right column's and one
    # of the right column alone, were read across after the right column: "actions in
    # Angola," was read into operative paragraph 3 and lost to its recital.
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(10):
        glyphs += _glyphs(f"left words of recital line {k}", x=100, y=y)
        glyphs += _glyphs(f"right words of recital {k}", x=330, y=y)
        y -= 14
    glyphs += _glyphs("left words of line ten", x=100, y=y)
    glyphs += _glyphs("3.", x=330, y=y) + _glyphs("Demands that the two parties", x=380, y=y)
    y -= 14
    for k in range(2):
        glyphs += _glyphs(f"left words of line {k} more", x=100, y=y)
        glyphs += _glyphs(f"cease fire now and {k}", x=380, y=y)
        y -= 14
    glyphs += _glyphs("actions in Angola,", x=100, y=y)
    glyphs += _glyphs("collection of their weapons,", x=380, y=y)
    y -= 14
    glyphs += _glyphs("demobilization and formation of", x=380, y=y)
    texts = _texts(glyphs, 315.0)
    left = texts.index("actionsinAngola,")
    assert texts[left - 1] == "leftwordsofline1more", texts
    assert texts[left + 1] == "rightwordsofrecital0", texts
    assert texts[-2:] == ["collectionoftheirweapons,", "demobilizationandformationof"], texts


def test_a_footnote_in_smaller_type_close_under_the_left_column_is_read_last() -> None:
    # LibreOffice sets a footnote under the left column a line and a half below its last
    # line (S/RES/834 (1993) in two columns): the gap is no wider than a paragraph's, but
    # the note is in smaller type. Read before the right column, the note took in its
    # first paragraph ("S/2021/1234, annex. 1. Decides to extend the existing mandate").
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(12):
        glyphs += _glyphs(f"left words of recital line {k}", x=100, y=y)
        glyphs += _glyphs(f"right words of paragraph {k}", x=330, y=y)
        y -= 14
    glyphs += _glyphs("right words of the last line", x=330, y=y)
    # The note: 1.5 line pitches below the left column's last line, in 7-point type.
    glyphs += _glyphs("1 S/2021/1234, annex.", x=100, y=700.0 - 11 * 14 - 21, height=7.0)
    texts = _texts(glyphs, 315.0)
    assert texts[-1] == "1S/2021/1234,annex.", texts
    assert texts[-2] == "rightwordsofthelastline", texts


def test_a_left_columns_tail_in_body_type_below_the_right_column_stays_in_place() -> None:
    # The same layout with the last line in the body's type: the rest of the left column
    # (a last page whose right column is short), read before the right column as before.
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(12):
        glyphs += _glyphs(f"left words of recital line {k}", x=100, y=y)
        glyphs += _glyphs(f"right words of paragraph {k}", x=330, y=y)
        y -= 14
    glyphs += _glyphs("right words of the last line", x=330, y=y)
    glyphs += _glyphs("1 and the words after it", x=100, y=700.0 - 11 * 14 - 21)
    texts = _texts(glyphs, 315.0)
    assert texts.index("1andthewordsafterit") < texts.index("rightwordsofparagraph0"), texts
