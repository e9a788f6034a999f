"""A new user's formats (twenty-eighth session, branch user18): drafts LibreOffice
prints in two columns with a Word footer and a masthead set flush right.

Found by printing corpus texts, written out as plain text by a reader of our own, in two
columns with headers, footers and footnotes (the made files are not kept). The pages are
laid out glyph by glyph here (made-up words), as PDFium reads them.
"""

from __future__ import annotations

import pytest
from glyph_fixtures import column_texts, glyphs_at

import resdiff
from resdiff.read.pdf.glyphs import _Glyph


def _columns(y: float, lines: int) -> list[_Glyph]:
    glyphs: list[_Glyph] = []
    for k in range(lines):
        glyphs += glyphs_at(f"left words of recital line {k}", x=100, y=y)
        glyphs += glyphs_at(f"right words of the paragraph {k}", x=330, y=y)
        y -= 14
    return glyphs


def test_a_footer_flush_left_under_two_columns_stays_the_pages_last_line() -> None:
    # A Word footer "Page 1 of the draft text, for delegations only", set flush left in
    # 8-point type under a page of two columns, fits in the left column: it was read as
    # the left column's last line, before the right one, into the paragraph running over
    # ("PP8  Page 1 of the draft text, for delegations only peace in Cyprus ..."), and,
    # no longer the page's last line, was never taken for the footer it is.
    glyphs = _columns(700.0, 14)
    glyphs += glyphs_at(
        "Page 1 of the draft, for delegations only", x=100, y=700 - 13 * 14 - 20, height=8
    )
    texts = column_texts(glyphs, 315.0)
    assert texts[-1] == "Page1ofthedraft,fordelegationsonly", texts
    assert texts[-2] == "rightwordsoftheparagraph13", texts


def test_a_mastheads_last_line_at_the_right_columns_margin_is_read_over_the_columns() -> None:
    # A masthead set flush right over two columns: its last line, "Adopted by the
    # Security Council on 31 August 2020", is long enough to start at the right column's
    # margin and was read as that column's first line, after the whole left column: the
    # recitals of the right column ran into the left one's last, and S/RES/2541 (2020)
    # printed so lost fourteen recitals and its Chapter VII.
    # (The masthead in 9-point type over a body in 10, as LibreOffice printed it.)
    glyphs = glyphs_at("Distr.: General", x=450, y=760, height=9)
    glyphs += glyphs_at("Resolution 2541 (2020)", x=420, y=746, height=9)
    glyphs += glyphs_at("Adopted by the Council on 31 August", x=332, y=732, height=9)
    glyphs += _columns(718.0, 14)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("AdoptedbytheCouncilon31August") < texts.index("leftwordsofrecitalline0"), (
        texts
    )
    assert texts[-14] == "rightwordsoftheparagraph0", texts


def test_a_right_column_starting_higher_under_a_running_header_stays_in_the_column() -> None:
    # The guard of the rule above: under one flush-right line (a running header), a right
    # column that starts a line higher than the left one is still the right column.
    glyphs = glyphs_at("S/RES/2541 (2020)", x=450, y=760)
    glyphs += glyphs_at("right words of the paragraph top", x=330, y=732)
    glyphs += _columns(718.0, 14)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("rightwordsoftheparagraphtop") > texts.index("leftwordsofrecitalline13")


def test_a_right_column_starting_higher_under_a_two_line_header_stays_in_the_column() -> None:
    # Review: a header of two flush-right lines in the body's type ("Confidential" /
    # "Draft of 3 May", a negotiation draft's Word header) over a right column that starts
    # a line higher than the left one: the column's first line was read over the columns,
    # before the whole left column, cut from the paragraph it opens. A masthead's last
    # line is told by its type, smaller than the body's.
    glyphs = glyphs_at("Confidential", x=480, y=760)
    glyphs += glyphs_at("Draft of 3 May", x=470, y=746)
    glyphs += glyphs_at("right words of the paragraph top", x=330, y=732)
    glyphs += _columns(718.0, 14)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("rightwordsoftheparagraphtop") > texts.index("leftwordsofrecitalline13")
    assert texts.index("rightwordsoftheparagraphtop") < texts.index("rightwordsoftheparagraph0")


def test_a_one_line_mastheads_last_line_at_the_right_columns_margin_is_over_the_columns() -> None:
    # Review: a masthead of one line above its last ("S/RES/2541 (2020)" / "Adopted by
    # ..."), in the masthead's type: read over the columns as under a longer masthead (the
    # rule asked two flush-right lines above, and read this one into the right column).
    glyphs = glyphs_at("S/RES/2541 (2020)", x=450, y=746, height=9)
    glyphs += glyphs_at("Adopted by the Council on 31 August", x=332, y=732, height=9)
    glyphs += _columns(718.0, 14)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("AdoptedbytheCouncilon31August") < texts.index("leftwordsofrecitalline0")
    assert texts[-14] == "rightwordsoftheparagraph0", texts


def test_a_right_column_in_body_type_under_a_larger_title_stays_in_the_column() -> None:
    # Review: the body's type is the columns', not the left column's first line's: a
    # right column starting a line higher, beside a title in larger type over the left
    # column, is still the right column.
    glyphs = glyphs_at("S/RES/2541 (2020)", x=450, y=760, height=9)
    glyphs += glyphs_at("right words of the paragraph top", x=330, y=732)
    glyphs += glyphs_at("The Security Council of the Nations", x=100, y=718, height=12)
    glyphs += _columns(704.0, 14)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("rightwordsoftheparagraphtop") > texts.index("leftwordsofrecitalline13")


# ------------------------------------------------ a heading typed right above its paragraph


_HEADED = """The Security Council,

Recalling its resolutions,

1. Notes with concern the reports of the Panel;

{heading}
2. {verb} its decisions in its resolution
    1844 (2008) which imposed targeted
    sanctions;
3. Requests the Secretary-General to report;
"""


@pytest.mark.parametrize(
    ("heading", "verb"),
    [
        ("Arms embargo", "Recalls"),
        ("Targeted sanctions in Somalia", "Recalls"),
        ("1d: IED components restrictions", "Recalls"),
        ("Arms embargo", "Decides to renew"),
    ],
)
def test_a_heading_typed_right_above_a_paragraph_does_not_take_it_into_the_one_above(
    heading: str, verb: str
) -> None:
    # Text copied from a PDF in two columns (S/RES/2551 (2020) printed so) keeps the
    # blank line above a heading but none under it: "Targeted sanctions in Somalia" /
    # "20. Recalls its decisions ...". The number, under a line that ended nothing and
    # opening with a verb the reader's list lacks, was read as the heading's words going
    # on, and the heading and the whole paragraph ran into paragraph 19 ("... purposes;
    # Targeted sanctions in Somalia 20. Recalls ..."), with only a numbering gap warned.
    draft = resdiff.parse(_HEADED.format(heading=heading, verb=verb), paths=False)
    assert [c.label for c in draft.operative] == ["1.", "2.", "3."]
    assert draft.clause("OP1").text == "Notes with concern the reports of the Panel;"
    assert draft.clause("OP2").text.startswith(verb)
    assert [h.text for h in draft.headings] == [heading]
