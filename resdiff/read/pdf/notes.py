"""Footnotes as printed: the marks cited in the text and the rule above the notes.

A line may open a footnote where its mark is cited, raised, higher on its page
(:func:`_find_note_marks`), and the footnotes stand under a short rule
(:func:`_find_rules`) or in smaller type; :func:`_notes_at_foot` takes the lines of the
footnotes at the foot of a page on that evidence only, so a note whose mark is printed at
the text's size stays for the text reader to judge.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections.abc import Iterator
from typing import Any

from .glyphs import (
    _MARK_GLYPHS,
    _SPACE,
    _WORD_GAP,
    _Glyph,
    _is_mark_char,
    _is_smaller,
    _like_heights,
    _mark_of,
    _PageLine,
    _Row,
    _size_of,
    _smaller,
)

#: A superscript mark's bottom stands higher than the line's by this share of its height.
_RAISED = 0.2
#: A footnote line in type smaller than this share of the body's is in smaller type
#: (10-point notes under 12-point text: 0.83).
_NOTE_SIZE = 0.9
#: The rule drawn above the footnotes: at most this thick, at least this wide (points).
_RULE_THICKNESS = 3.0
_RULE_MIN_WIDTH = 20.0
#: Most objects of a page looked through for that rule (a page of vector drawings holds
#: tens of thousands; a page of text a few hundred).
_MAX_OBJECTS = 20_000
#: A gap between lines wider than this many usual line pitches is a paragraph break.
_PARAGRAPH_GAP = 1.3


def _raised_marks(row: _Row) -> Iterator[str]:
    """The footnote marks a line cites: digits (or asterisks, daggers) set raised and in
    smaller type than the line."""
    floor = row.baseline + _RAISED * row.height
    token = ""
    for glyph in row.glyphs:
        if (
            _is_mark_char(glyph.char)
            and glyph.bottom > floor
            and _is_smaller(glyph.size, glyph.height, row.size, row.height)
        ):
            token = glyph.char if glyph.space_before == _SPACE else token + glyph.char
            continue
        if token and (mark := _mark_of(token)):
            yield mark
        token = ""
    if token and (mark := _mark_of(token)):
        yield mark


def _opening_mark(row: _Row) -> str | None:
    """The mark a line opens with, set apart from the words after it (by a space, or by
    being smaller, as a superscript), the words opening with a letter, a quotation mark
    or a bracket: "1 S/2021/229.", "¹See ...". ``None`` for "2. Demands", "2030 Agenda"."""
    glyphs = row.glyphs
    count = 0
    while count < min(len(glyphs), _MARK_GLYPHS) and _is_mark_char(glyphs[count].char):
        count += 1
    mark = _mark_of("".join(g.char for g in glyphs[:count]))
    if mark is None or count >= len(glyphs):
        return None
    after = glyphs[count]
    if not (after.char.isalpha() or after.char in "\"'‘“(["):
        return None
    gap = after.left - glyphs[count - 1].right
    spaced = after.space_before == _SPACE or gap > _WORD_GAP * max(after.height, 1e-6)
    if spaced or _smaller(glyphs[:count], [after]):
        return mark
    return None


def _join_lone_marks(rows: list[_Row]) -> None:
    """Join, in place, a line that holds nothing but a footnote mark cited above it on
    the page to the line under it, when that line opens with a word: a note printed with
    its mark on a line of its own ("1" / "See S/2021/123, annex."). The mark alone was
    read as a page number, and the note's text ran into the next page's recital
    (formats review, 3 December)."""
    cited: set[str] = set()
    out: list[_Row] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        below = rows[k + 1] if k + 1 < len(rows) else None
        chars = "".join(g.char for g in row.glyphs)
        if (
            below is not None
            and cited
            and _mark_of(chars) in cited
            and below.glyphs[0].char.isalpha()
            and row.baseline - below.baseline <= 2 * max(row.height, below.height)
            and row.glyphs[-1].right <= below.glyphs[0].left + max(below.height, 1e-6)
        ):
            below.glyphs[0].space_before = _SPACE
            joined = _Row(row.glyphs + below.glyphs)
            joined.column, joined.above, joined.shift = below.column, below.above, below.shift
            out.append(joined)
            k += 2
            continue
        cited.update(_raised_marks(row))
        out.append(row)
        k += 1
    rows[:] = out


def _find_note_marks(rows: list[_Row]) -> bool:
    """Mark the lines of a page that open with a footnote mark cited, raised, on a line
    above them on the page (a note is printed on the page that cites it); whether any
    does."""
    _join_lone_marks(rows)
    cited: dict[str, _Row] = {}
    opened: set[str] = set()
    found = False
    above: _Row | None = None
    for row in rows:
        mark = _opening_mark(row) if cited else None
        row.opens_mark = mark is not None
        if mark is None and cited:
            mark = _glued_mark(row, cited)
            row.opens_mark = mark is not None
        if cited and mark not in cited and (split := _glued_to_figure(row, cited, opened, above)):
            mark = split
            row.opens_mark = True
        if mark is not None and mark in cited:
            row.note_mark = mark
            opened.add(mark)
            found = True
        for raised in _raised_marks(row):
            cited.setdefault(raised, row)
        above = row
    return found


#: A sub-paragraph's label after a figure ("7(b)", "2(iv)"): a reference to a paragraph's
#: sub-paragraph at a line's start, not a note's mark glued to its text (review formats23).
_SUB_REFERENCE = re.compile(r"[(\[][a-z]{1,4}[)\]]")


def _glued_mark(row: _Row, cited: dict[str, _Row]) -> str | None:
    """The mark a note's line opens with, printed against its text with no space and not
    raised ("1A/74/976-S/2020/773.": a note style without a hanging indent), taken on
    the evidence a glued figure leaves: the mark is cited, raised, on a line above on
    the page, the word after it opens with a capital, a quotation mark or a bracket (not
    "12th"), and the line is in smaller type than the line that cites it (not "2030
    Agenda" in the text's type)."""
    glyphs = row.glyphs
    count = 0
    while count < min(len(glyphs), _MARK_GLYPHS) and _is_mark_char(glyphs[count].char):
        count += 1
    mark = _mark_of("".join(g.char for g in glyphs[:count]))
    if mark is None or mark not in cited or count >= len(glyphs):
        return None
    after = glyphs[count]
    if not (after.char.isupper() or after.char in "\"'‘“(["):
        return None
    following = "".join(g.char for g in glyphs[count : count + 6])
    if _SUB_REFERENCE.match(following):
        return None  # "7(b) of that resolution": a paragraph's sub-paragraph, cited
    return mark if _in_note_type(glyphs[count:], cited[mark]) else None


def _in_note_type(glyphs: list[_Glyph], citing: _Row) -> bool:
    """Whether ``glyphs`` are in smaller type than the words of the line that cites
    their note, by the notes' own measure (:data:`_NOTE_SIZE`: 8.5-point notes under
    10-point text): the sizes first, the boxes of like letters where the PDF gives no
    sizes that differ."""
    words = [g for g in citing.glyphs if not _is_mark_char(g.char)] or citing.glyphs
    size, other = _size_of(glyphs), _size_of(words)
    if size > 0 and other > 0 and size != other:
        return size < _NOTE_SIZE * other
    height, other_height = _like_heights(glyphs, words)
    return height < _NOTE_SIZE * other_height


#: Most figures read at a line's start for a mark glued to a figure of its note's text
#: ("12022 ..." is note 1 on "2022 ...").
_GLUED_FIGURES = 8
#: How a note ends: the line above a note that opens with a figure ends so, or is no
#: note's line (a wrapped note line may open with a figure too: "... adopted on" /
#: "21 December 2020").
_NOTE_ENDS = (".", ".)", ".\u201d", ".'", '."', "\u201d.", ")")


def _glued_to_figure(
    row: _Row, cited: dict[str, _Row], opened: set[str], above: _Row | None
) -> str | None:
    """The mark a note's line opens with, printed against its own text where that text
    opens with a figure ("11 January 2022 ..." is note 1 on "1 January 2022 ...": the
    note style without a hanging indent of :func:`_glued_mark`, which read it as mark
    "11", cited nowhere; formats24). Taken where the figures' first one to three, and no
    longer run, are a mark cited, raised, above on the page and not opened yet, the
    figures after it do not open with a nought, the line is in the notes' smaller type
    (:func:`_in_note_type`), and the line above is none of the notes' or ends a note
    (:data:`_NOTE_ENDS`), not the line of a note it would wrap."""
    glyphs = row.glyphs
    count = 0
    while (
        count < min(len(glyphs), _GLUED_FIGURES)
        and "0" <= glyphs[count].char <= "9"
        and (count == 0 or glyphs[count].space_before != _SPACE)
    ):
        count += 1  # the figures glued together: "1 11 January" is the opening mark's
    if count < 2 or count >= len(glyphs):
        return None
    for cut in range(min(count - 1, 3), 0, -1):
        mark = "".join(g.char for g in glyphs[:cut])
        if mark not in cited or mark in opened or glyphs[cut].char == "0":
            continue
        if not _in_note_type(glyphs[cut:], cited[mark]):
            return None
        if (
            above is not None
            and _in_note_type(above.glyphs, cited[mark])
            and not "".join(g.char for g in above.glyphs[-3:]).endswith(_NOTE_ENDS)
        ):
            return None  # a wrapped line of the note above
        return mark
    return None


def _path_boxes(page: Any, pdfium_c: Any) -> Iterator[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of the paths drawn on a page, among its first
    :data:`_MAX_OBJECTS` objects: the rules, underlines and strikes the layout looks for."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    count = min(max(pdfium_c.FPDFPage_CountObjects(page), 0), _MAX_OBJECTS)
    for index in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page, index)
        if not obj or pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            yield left.value, bottom.value, right.value, top.value


def _with_line_above(rows: list[_Row]) -> Iterator[tuple[_Row, _Row]]:
    """Each line after the first with the line above it: the line before it in the
    reading order, or in its own column where it stands in one."""
    last: dict[int, _Row] = {}
    before: _Row | None = None
    for row in rows:
        above = last.get(row.column, before) if row.column else before
        if above is not None:
            yield above, row
        before = last[row.column] = row


def _find_rules(page: Any, rows: list[_Row], pdfium_c: Any) -> None:
    """Note the lines that open with a footnote mark and have the rule drawn above the
    footnotes in the gap above them: a short horizontal line (a path) starting at the
    left margin, less than half as wide as the text. Only the first
    :data:`_MAX_OBJECTS` objects of the page are looked at."""
    margin = min(row.left for row in rows)
    width = max(row.glyphs[-1].right for row in rows) - margin
    rules = [
        (bottom, top)
        for left, bottom, right, top in _path_boxes(page, pdfium_c)
        if top - bottom <= _RULE_THICKNESS
        and _RULE_MIN_WIDTH <= right - left < 0.5 * width
        and abs(left - margin) <= _RULE_THICKNESS * 2
    ]
    # The gap above each line that may open a footnote, lowest first; each rule is
    # looked up in them (a page of many rules and many such lines stays fast).
    # Above a line of a page read in columns stands the line before it in its own column:
    # a footnote under the left column is read after the right one (see
    # columns._read_columns), whose last line is no line above it.
    gaps = sorted(
        (
            (row.baseline + row.height * 0.5, above.baseline, row)
            for above, row in _with_line_above(rows)
            if row.note_mark is not None
        ),
        key=lambda gap: gap[0],
    )
    floors = [floor for floor, _, _ in gaps]
    for low, high in rules:
        at = bisect.bisect_left(floors, low) - 1
        if at >= 0 and high < gaps[at][1]:
            gaps[at][2].rule_above = True


def _notes_at_foot(lines: list[_PageLine], end: int, body_size: float) -> range | None:
    """The lines of the footnotes at the foot of a page, above ``end`` (the page furniture
    at its foot), or ``None``.

    The notes open at the first line that opens with a footnote mark cited above it on
    the page (:func:`_find_note_marks`) and either has the footnotes' rule above it, or
    follows a line in the body's type and is, with the rest of the notes, in smaller
    type. They go on over the lines that open a note and those that stand at a line's
    pitch under the line before (a note wrapped over lines); a line further down (a
    footer the furniture did not know) ends them.
    """
    # reach[i]: where notes that take in lines[i] end; small[i]: how many of lines[:i]
    # are in smaller type (both computed once: the page is read in linear time).
    reach = [end] * (end + 1)
    for i in range(end - 2, -1, -1):
        after = lines[i + 1]
        # A line that opens with a mark no line above cites ("2 Centrifuges ..." of an
        # annex's list in small type) is no note's: it ends the notes.
        goes_on = after.note_mark is not None or (
            after.spacing <= _PARAGRAPH_GAP and not after.opens_mark
        )
        reach[i] = reach[i + 1] if goes_on else i + 1
    small = [0]
    for line in lines[:end]:
        small.append(small[-1] + (0 < line.size < _NOTE_SIZE * body_size))
    for start in range(1, end):
        line = lines[start]
        if line.note_mark is None:
            continue
        stop = reach[start]
        if stop < end and lines[stop].opens_mark and lines[stop].note_mark is None:
            # Stopped by a line opening with a mark no line above cites: a numbered list
            # set small ("1 Nuclear reactors ..." / "2 Centrifuges ..." of an annex),
            # whose first number happens to be cited, not the notes.
            continue
        if line.rule_above or (
            lines[start - 1].size >= _NOTE_SIZE * body_size
            and small[stop] - small[start] == stop - start
        ):
            return range(start, stop)
    return None
