"""The printed lines written as text, as the text reader expects them.

:func:`_layout` writes each line: a wide gap kept as a run of spaces (the columns of
"United Nations ... S/RES/2512 (2020)"), the indent kept as leading spaces, a blank line
where the gap between two lines is wider than the usual line pitch, a hyphen at the end
of a line kept where it is printed, and Word's bullets in symbol fonts shown as the
bullets they print (:func:`_bullet`).
"""

from __future__ import annotations

import re
import statistics
from itertools import pairwise

from ..common import FONT_BULLETS
from .glyphs import (
    _APART_HYPHEN,
    _NO_SPACE,
    _OWN_HYPHEN,
    _SPACE,
    _WORD_GAP,
    _Glyph,
    _PageLine,
    _Row,
    _spaced,
)
from .notes import _PARAGRAPH_GAP

#: Most spaces written for an indent or a gap: a printed page is about 130 half-em columns
#: wide, and a glyph placed far off the page (a damaged file) must not become megabytes
#: of spaces.
_MAX_SPACES = 200

# --------------------------------------------------------------------------- layout
# Measures of the layout, as fractions of the line height (the loose box of a glyph,
# about 1.2 em): a gap wider than _COLUMN_GAP between two glyphs is a column gap or a
# tab, printed as spaces; a gap wider than _WORD_GAP is a space even where the PDF has no
# space character, and a space PDFium infers in a narrower gap is none (a word the
# typesetter wrote in two pieces: "resolut" "ions"); glyphs whose centres are less than
# _SAME_LINE apart vertically stand on one line (superscript footnote marks included).
_COLUMN_GAP = 1.6
#: A list label opening a printed line ("iii.", "(b)", "12."): set close to its text with
#: no space at all (LibreOffice's automatic numbering), it is still apart from it.
_ROW_LABEL = re.compile(r"\(?(?:[ivxlcdm]{1,7}|[a-zA-Z]{1,2}|\d{1,3})[.)]")
#: The longest such label, in characters ("(viii)": the line so far is joined for the
#: test only while it is no longer).
_LABEL_CHARS = 8
#: Bullets Word writes in symbol fonts or as a letter, as the characters they show: the
#: table the Word reader reads its numbering with (:data:`.common.FONT_BULLETS`).
_FONT_BULLETS = FONT_BULLETS
#: A soft hyphen: a printed hyphen where a producer wrote one at a line break, nothing
#: (a hint for breaking) anywhere else.
_SOFT_HYPHEN = "\u00ad"
#: Small capitals as LibreOffice prints them: the lower-case letters of a word in small
#: caps are capitals in the text layer, drawn in type about 0.8 of the word's first
#: capital (whose letter is a capital indeed). A capital inside a word drawn between
#: these shares of the word's first letter (the boxes' heights: from the type's descent
#: to the letter's top) is a lower-case letter so printed. The first letter is a capital
#: without an accent (whose box an accent heightens: "ÉTATS" is capitals) no taller than
#: _SMALL_CAPS_LINE of the line's median box (a drop capital or a larger title's first
#: letter is not the word's type).
_SMALL_CAPS = (0.6, 0.9)
#: Small capitals stand on their word's baseline: their boxes' bottoms (the smaller
#: type's descent) lie within this share of the first capital's box of its bottom; a
#: subscript or a superscript in smaller type (Chromium's <sub> and <sup>, about 0.2 and
#: 0.4 of the box away) is a capital the author typed ("NOX", "COVID").
_SMALL_CAPS_BASELINE = 0.1
_SMALL_CAPS_LINE = 1.5
_PLAIN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _small_capital(glyph: _Glyph, capital: _Glyph) -> bool:
    """Whether ``glyph`` is drawn as a small capital of the word whose first letter is
    ``capital``: smaller by :data:`_SMALL_CAPS`, on its baseline."""
    return (
        _SMALL_CAPS[0] * capital.height < glyph.height < _SMALL_CAPS[1] * capital.height
        and abs(glyph.bottom - capital.bottom) < _SMALL_CAPS_BASELINE * capital.height
    )


def _row_text(row: _Row, column: float, own_hyphens: bool = False) -> str:
    """The words of a printed line, with a run of spaces (at least two) for a gap wider
    than a tab, so columns stay apart. ``own_hyphens``: a line-end hyphen drawn with the
    letters before it is the word's own, written "-" and a zero-width space, which the
    text reader keeps (:data:`~resdiff.read.text.hyphens._OWN_LINE_END`)."""
    parts: list[str] = []
    previous: _Glyph | None = None
    last = len(row.glyphs) - 1
    # The first letter of the word being written, where it is a capital in the line's
    # type: the small capitals after it are read as the lower-case letters they print.
    capital: _Glyph | None = None
    # The first capital of the line's last word read in small capitals: a word after it
    # in the same small capitals from its first letter (one the author typed in lower
    # case: "Calls upon", "Acting under Chapter VII of the Charter" in small caps) is
    # read in lower case whole, up to a lower-case letter of the text layer (no small
    # capitals: "Bank report and the CTBT", after a larger initial).
    small: _Glyph | None = None
    for i, glyph in enumerate(row.glyphs):
        if glyph.char == _SOFT_HYPHEN and i != last:
            previous = glyph  # the word goes on after it, with no space
            continue
        spaced = len(parts)
        if previous is not None and glyph.hole:
            # Words of another version left out between the two (see _keep_version).
            if glyph.hole == 2:
                parts.append(" ")
        elif previous is not None:
            gap = glyph.left - previous.right
            height = max(glyph.height, previous.height, 1e-6)
            if glyph.space_before == _NO_SPACE:
                # Inside a word as the PDF writes it, a gap is weighed against the
                # line's type, not only its letters': small capitals drawn as smaller
                # capitals have boxes half the line's height, and the gap beside a narrow
                # "I" passed for a word space ("Recalli ng", "Determ i n i ng": lead
                # words in small caps printed by Chromium, pdf19).
                height = max(height, row.height)
            if gap > _COLUMN_GAP * height:
                parts.append(" " * min(_MAX_SPACES, max(2, round(gap / column))))
            elif _spaced(previous, glyph, gap, height) or (
                # A label's text opens with a letter: "25." at the start of a line
                # goes on "6 million".
                gap > 0
                and previous.char in ".)"
                and not glyph.char.isdigit()
                and len(parts) <= _LABEL_CHARS
                and _ROW_LABEL.fullmatch("".join(parts))
            ):
                parts.append(" ")
        char = glyph.char
        if (
            previous is None
            or len(parts) != spaced
            or not (previous.char.isalpha() or previous.char == _SOFT_HYPHEN)
        ):
            # A word opens (or goes on after a mark: "U.N." is no small capitals; a soft
            # hyphen inside the word is none).
            if small is not None and char.isupper() and _small_capital(glyph, small):
                capital = small
                char = char.lower()
            else:
                if char.islower():
                    # A lower-case letter of the text layer: the run of small capitals
                    # (whose letters are all capitals there) is over.
                    small = None
                capital = (
                    glyph
                    if char in _PLAIN_CAPITALS and glyph.height <= _SMALL_CAPS_LINE * row.height
                    else None
                )
        elif capital is not None and char.isupper() and _small_capital(glyph, capital):
            char = char.lower()
            small = capital
        if own_hyphens and glyph.hyphen == _OWN_HYPHEN and i == last:
            char = "-\u200b"
        parts.append("-" if char == _SOFT_HYPHEN else char)
        previous = glyph
    return "".join(parts)


def _layout(pages: list[list[_Row]]) -> list[list[_PageLine]]:
    """Each page's lines as text: indents as leading spaces (measured from the leftmost
    line of the document, a column being about half an em), a paragraph gap noted."""
    rows = [row for page in pages for row in page]
    if not rows:
        return [[] for _ in pages]
    height = statistics.median(row.height for row in rows)
    column = max(height * 0.45, 1e-6)
    margin = min(row.left for row in rows)
    pitches = [
        above.baseline - below.baseline
        for page in pages
        for above, below in pairwise(page)
        if above.baseline - below.baseline > 0.5 * height
    ]
    pitch = statistics.median(pitches) if pitches else height * 1.2
    # The pitch of the lines of a paragraph: the median is the pitch between paragraphs
    # in a text of short paragraphs, the lower quartile that of lines in most texts.
    line_pitch = max(sorted(pitches)[len(pitches) // 4] if pitches else height * 1.2, 1e-6)
    # A producer that draws the hyphens of its own breaks apart from the letters (LibreOffice)
    # tells them from a word's own, drawn with the letters: where a line of the document
    # ends with one drawn apart, a line-end hyphen drawn with its letters is the word's
    # (LibreOffice's "sub-" / "regional", which the word lists closed up; formats24).
    # Elsewhere (no hyphen drawn apart: a producer that may draw its breaks' hyphens with
    # the letters) the text reader decides as before.
    own_hyphens = any(row.glyphs[-1].hyphen == _APART_HYPHEN for row in rows)
    out: list[list[_PageLine]] = []
    for number, page in enumerate(pages, start=1):
        lines: list[_PageLine] = []
        for i, row in enumerate(page):
            indent = " " * min(_MAX_SPACES, max(0, round((row.left - row.shift - margin) / column)))
            if row.above is not None:
                rise = row.above - row.baseline
            else:
                rise = page[i - 1].baseline - row.baseline if i else 0.0
            if rise < 0:
                # The top of a page's next column (see _read_columns): the text runs on
                # from the foot of the column before, as from one line to the next.
                rise = line_pitch
            lines.append(
                _PageLine(
                    indent + _bullet(row, _row_text(row, column, own_hyphens)),
                    number,
                    gap_before=i > 0 and rise > _PARAGRAPH_GAP * pitch,
                    spacing=rise / line_pitch,
                    size=row.size,
                    note_mark=row.note_mark,
                    opens_mark=row.opens_mark,
                    rule_above=row.rule_above,
                )
            )
        out.append(lines)
    return out


def _bullet(row: _Row, text: str) -> str:
    """The text of a line with the bullet Word writes in a symbol font (a private-use
    character) or as a letter in Courier New ("o", the second level's) shown as the
    bullet it prints, as the Word reader does (:data:`_FONT_BULLETS`): a symbol opening a
    line before a space, an "o" in a fixed-pitch font before one (the word "o" of a
    text in Spanish, or a letter typed as a bullet, is in the font of the text)."""
    glyphs = row.glyphs
    shown = _FONT_BULLETS.get(glyphs[0].char)
    if shown is None or len(glyphs) < 2 or not text.startswith(glyphs[0].char):
        return text
    first, after = glyphs[0], glyphs[1]
    gap = after.left - first.right
    height = max(first.height, after.height, 1e-6)
    if first.char == "o" and not first.fixed:
        return text
    if after.space_before != _SPACE and gap <= _WORD_GAP * height:
        return text
    return shown + text[1:]
