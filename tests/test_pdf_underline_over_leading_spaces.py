"""A draft printed with its tracked changes whose inserted item opens with typed spaces:
LibreOffice underlines the spaces too, from the margin, so the underline of the item's
first line runs far left of its first glyph. Before: that line was read as not
underlined (the mark "runs far past the glyphs it marks", as a table's border does),
and the original kept the first line of every inserted item ("(a) reinvigorate their
efforts to provide the necessary support and overall"), from S/RES/2587 → 2618 (2022)
written as text, converted to Word, compared by LibreOffice and printed by it. Glyphs
laid out by hand."""

from __future__ import annotations

import pytest
from pdf_fixtures import one_page_pdf

import resdiff

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

_LINES = [
    (72, 760, "The Security Council,"),
    (72, 730, "Recalling its resolutions,"),
    (72, 700, "1. Calls upon the leaders to:"),
    (100, 680, r"\(a\) reinvigorate their efforts to provide support;"),
    (100, 660, r"\(b\) engage the committees more actively;"),
    (100, 640, r"\(c\) ensure effective cooperation;"),
    (72, 610, "2. Decides to remain seized of the matter."),
]


def _print(underline_from: float) -> bytes:
    text = b"".join(
        b"BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (x, y, t.encode()) for x, y, t in _LINES
    )
    # (a) inserted: underlined from ``underline_from`` to its last glyph (326 points);
    # (b) deleted: struck through from its first glyph to its last (301 points).
    marks = b"0.6 w %.1f 679 m 326.5 679 l S\n0.6 w 100.5 663.5 m 301.8 663.5 l S\n" % (
        underline_from
    )
    return one_page_pdf(text + marks)


@pytest.mark.parametrize("underline_from", [72.0, 100.5])
def test_an_item_underlined_from_the_margin_is_inserted_whole(underline_from: float) -> None:
    pdf = _print(underline_from)
    original = resdiff.parse(pdf, format="pdf", version="original")
    assert "reinvigorate" not in original.operative[0].full_text()
    assert [c.text for c in original.operative[0].children] == [
        "engage the committees more actively;",
        "ensure effective cooperation;",
    ]
    proposal = resdiff.parse(pdf, format="pdf")
    assert [c.text for c in proposal.operative[0].children] == [
        "reinvigorate their efforts to provide support;",
        "ensure effective cooperation;",
    ]


def test_a_rule_past_both_ends_of_a_line_marks_nothing() -> None:
    """The counter-example: a rule that runs far past the glyphs at both ends (a table's
    border under its last line) marks nothing."""
    text = b"".join(
        b"BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (x, y, t.encode()) for x, y, t in _LINES
    )
    marks = b"0.6 w 72 679 m 520 679 l S\n0.6 w 100.5 663.5 m 301.8 663.5 l S\n"
    original = resdiff.parse(one_page_pdf(text + marks), format="pdf", version="original")
    assert "reinvigorate" in original.operative[0].full_text()


def test_a_rule_from_the_margin_under_a_line_that_starts_mid_page_marks_nothing() -> None:
    """The forgiveness is for typed spaces, a few of them, not a column's width: a rule
    from the margin that ends under the last glyph of a line starting mid-page (a table's
    border under the last line of its right-hand cell, its left cell ended above) does not
    underline that line. Before the review it did, and the original lost the line."""
    lines = [*_LINES[:3], (250, 680, _LINES[3][2]), *_LINES[4:]]
    text = b"".join(b"BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (x, y, t.encode()) for x, y, t in lines)
    # The line's glyphs end 150 points right of (a)'s at 100 (326 + 150).
    marks = b"0.6 w 72 679 m 476.5 679 l S\n0.6 w 100.5 663.5 m 301.8 663.5 l S\n"
    original = resdiff.parse(one_page_pdf(text + marks), format="pdf", version="original")
    assert "reinvigorate" in original.operative[0].full_text()
