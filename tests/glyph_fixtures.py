"""Pages laid out glyph by glyph, as PDFium reads them, for the PDF column reader's tests
(made-up words: each rule tested on the layout that broke it)."""

from __future__ import annotations

from resdiff.read.pdf.columns import _read_columns
from resdiff.read.pdf.glyphs import _NO_SPACE, _SPACE, _Glyph, _rows


def glyphs_at(text: str, *, x: float, y: float, height: float = 10.0) -> list[_Glyph]:
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


def column_texts(glyphs: list[_Glyph], gutter: float) -> list[str]:
    """The lines the column reader makes of ``glyphs`` with a gutter at ``gutter``, in
    reading order."""
    return ["".join(g.char for g in row.glyphs) for row in _read_columns(_rows(glyphs), gutter)]
