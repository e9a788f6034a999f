"""Line numbers printed in the left margin, left out of the text.

Drafts under negotiation are often printed with their lines numbered, so that a
delegation can say "line 42": Word's Layout > Line Numbers, or a browser print of a
page that numbers its lines. The numbers stand in a column of their own left of the
text, on the printed lines themselves (every line, or every fifth), and read as text
they open every paragraph with a figure: "15 Reaffirming …", "40 1. Decides …" (an
operative paragraph read as a recital), a word cut by "55", or a whole body read as
footnotes.

A column of such numbers is told by its layout, not by its figures alone:

- each is a run of digits only (no "1." of an operative paragraph), at the very start of
  its printed line, set apart from the line's text by a gap wider than a word space, or
  alone on its line (a browser numbers blank lines too);
- they share an edge, right (Word sets them flush right) or left (a browser's column),
  and they rise by as many lines as stand between them (every line, every fifth);
- they stand left of the page's text: the margin most lines start at (a numbered line
  where its text starts) lies right of them, where a table's figures, a list's numbers
  or footnotes' marks stand at the margin themselves.

A column found on a page with at least :data:`_LEAST_ON_A_PAGE` numbers is looked for on
the next pages at the same edge even where fewer stand (the last, short page of a draft
numbered every fifth line).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from dataclasses import dataclass

from ..common import commonest_place, numbers_count_lines
from .glyphs import _Row

#: The fewest numbers in a column for a page to show it on its own: a table's first
#: column or a few footnotes may hold three or four rising figures; a page of a draft
#: numbered every fifth line holds eight or nine.
_LEAST_ON_A_PAGE = 5
#: The widest line number, in digits (a long draft numbered continuously passes 1,000).
_MOST_DIGITS = 5
#: The gap between a line number and its line's text, as a fraction of the line height:
#: wider than a word space (about 0.25 em), as every layout of line numbers sets it
#: (Word's "auto" distance is a quarter inch, about 1.5 line heights at 12 points).
_APART = 0.8
#: How far the edges of one column's numbers may differ, in PDF units (a point).
_SAME_EDGE = 1.5
#: How many of the fullest edges are tried as the column.
_TRIED = 4
#: The share of a page's lines a column it shows on its own must span.
_SPAN = 0.5
#: The share of the lines it spans under which those without a number are furniture
#: only, no evidence of where the text starts.
_FEW = 0.2


@dataclass(frozen=True)
class Column:
    """Where a page's line numbers stand: the edge they share (``"right"`` or ``"left"``)
    and its place, in PDF units."""

    side: str
    edge: float


@dataclass(frozen=True)
class _Number:
    """A candidate line number: its row, its value, its edges and how many glyphs it
    takes at the start of the row."""

    row: int
    value: int
    left: float
    right: float
    width: int


def _leading_number(row: _Row) -> tuple[int, int] | None:
    """The digits a row opens with, as (value, glyph count), where they stand apart from
    the row's text (or are all of it); ``None`` otherwise."""
    glyphs = row.glyphs
    height = max(row.height, 1e-6)
    k = 0
    while k < len(glyphs) and k < _MOST_DIGITS and glyphs[k].char in "0123456789":
        if k and glyphs[k].left - glyphs[k - 1].right > 0.5 * height:
            break
        k += 1
    if k == 0:
        return None
    if k < len(glyphs):
        after = glyphs[k]
        if after.left - glyphs[k - 1].right < _APART * height:
            return None
    return int("".join(g.char for g in glyphs[:k])), k


def _candidates(rows: list[_Row]) -> list[_Number]:
    found: list[_Number] = []
    for i, row in enumerate(rows):
        leading = _leading_number(row)
        if leading is not None:
            value, width = leading
            glyphs = row.glyphs
            found.append(_Number(i, value, glyphs[0].left, glyphs[width - 1].right, width))
    return found


def _at(numbers: list[_Number], column: Column) -> list[_Number]:
    """The numbers standing at ``column``'s edge."""
    return [
        n
        for n in numbers
        if abs((n.right if column.side == "right" else n.left) - column.edge) <= _SAME_EDGE
    ]


def _rising(numbers: list[_Number]) -> list[_Number]:
    """The numbers that rise down the page, the first kept: a figure lower than the one
    above it at the same edge is text (a table's), not the column's."""
    kept: list[_Number] = []
    for n in numbers:
        if not kept or n.value > kept[-1].value:
            kept.append(n)
    return kept


def _left_of_the_text(rows: list[_Row], numbers: list[_Number]) -> bool:
    """Whether the column stands left of the page's text: of the places lines start at
    (a numbered line where its text starts, after the number), the commonest, the
    text's margin, lies right of every number. The column must also span most of the
    page's lines (:data:`_SPAN`), and the lines without a number between
    its first and last start right of where the numbers do. Line numbers are printed in
    the margin, down the page; the figures of a table of years, of a list numbered
    without full stops or of footnotes take a part of the page and stand at the margin
    the other lines start at. Lines above or below the column (a masthead, a running
    header, a browser's date) are no evidence either way."""
    numbered = {n.row: n for n in numbers}
    first, last = min(numbered), max(numbered)
    starts: Counter[int] = Counter()
    between: Counter[int] = Counter()
    for i, row in enumerate(rows):
        n = numbered.get(i)
        if n is None:
            starts[round(row.left)] += 1
            if first < i < last:
                between[round(row.left)] += 1
        elif n.width < len(row.glyphs):
            starts[round(row.glyphs[n.width].left)] += 1
    if last - first + 1 < _SPAN * len(rows):
        return False
    others = sum(between.values())
    if others > _FEW * (last - first + 1) and max(n.left for n in numbers) >= commonest_place(
        between
    ):
        # The lines without a number start where the numbers do: a list's items.
        return False
    return not starts or max(n.right for n in numbers) < commonest_place(starts)


def _runs_on(rows: list[_Row], numbers: list[_Number]) -> bool:
    """Whether the numbered rows read as wrapped prose, not as a list's or a table's
    items one a line (:func:`~resdiff.read.common.numbers_count_lines`): the last
    character of the row above each (a row of a number alone passed over: a numbered
    blank line), and where cells start in each, a glyph after a gap wider than
    :data:`_APART` (to the point)."""
    width = {n.row: n.width for n in numbers}
    ends: list[str] = []
    cells: list[set[int]] = []
    openings: list[str] = []
    above: str | None = None
    for i, row in enumerate(rows):
        glyphs = row.glyphs[width.get(i, 0) :]
        if not glyphs:
            continue
        if i in width:
            if above is not None:
                ends.append(above)
            openings.append("".join(g.char for g in glyphs[:12]).lstrip())
            gap = _APART * max(row.height, 1e-6)
            cells.append(
                {
                    round(b.left)
                    for a, b in itertools.pairwise(glyphs)
                    if b.left - a.right > gap and not b.char.isspace()
                }
            )
        above = glyphs[-1].char
    return numbers_count_lines(ends, cells, openings)


def _count_lines(numbers: list[_Number]) -> bool:
    """Whether the numbers count printed lines: from one to the next they rise by as many
    lines as stand between them (1 a line, 5 every fifth line), all but one of them or
    four in five. The numbers of paragraphs set without a full stop ("1  Decides") rise
    by one a paragraph, however many lines it takes; one step out of count is a count
    started again (LibreOffice numbers the lines of the footnotes from 1). The first and
    the last step may be out of count besides: LibreOffice numbers the lines of the
    header and the footer with a count of their own ("10", "186" ... "193", "11": a last
    page of eight lines was refused, and its numbers read into the text, pdf19)."""
    steps = list(itertools.pairwise(numbers))
    out = [k for k, (a, b) in enumerate(steps) if b.value - a.value != b.row - a.row]
    inner = sum(1 for k in out if 0 < k < len(steps) - 1)
    counted = len(steps) - len(out)
    return inner <= max(1, len(steps) // 5) and (counted > 0 or len(steps) < 2)


def _column_on_page(numbers: list[_Number]) -> Column | None:
    """The column of line numbers the page shows on its own, if any: the edge most of its
    candidates share, with at least :data:`_LEAST_ON_A_PAGE` rising there.

    The candidates are counted by edge first, in buckets a point and a half wide, and
    only the fullest buckets are tried: linear in the page's lines."""
    buckets: Counter[tuple[str, int]] = Counter()
    for n in numbers:
        buckets["right", round(n.right / _SAME_EDGE)] += 1
        buckets["left", round(n.left / _SAME_EDGE)] += 1
    best: tuple[int, Column] | None = None
    for (side, key), _count in buckets.most_common(_TRIED):
        column = Column(side, key * _SAME_EDGE)
        count = len(_rising(_at(numbers, column)))
        if best is None or count > best[0]:
            best = (count, column)
    if best is None or best[0] < _LEAST_ON_A_PAGE:
        return None
    return best[1]


def drop_line_numbers(rows: list[_Row], known: Column | None) -> tuple[list[_Row], Column | None]:
    """``rows`` without the line numbers of their left margin, and the column they stood
    in (``known``, the column of an earlier page, is looked for first); the rows as they
    were and ``None`` where the page shows none. A row that held only its number (a
    numbered blank line) is left out."""
    numbers = _candidates(rows)
    if not numbers:
        return rows, None
    column = known if known is not None and _at(numbers, known) else _column_on_page(numbers)
    if column is None:
        return rows, None
    rising = _rising(_at(numbers, column))
    if len(rising) < _LEAST_ON_A_PAGE and column is not known:
        return rows, None
    # The column found, every number at its edge is one of it, those of a count started
    # again included (LibreOffice numbers the lines of the footnotes from 1).
    taken = _at(numbers, column)
    # A column found on an earlier page is not asked where the page's text starts: a
    # short last page holds a line or two and its running header and foot. Nor, on such
    # a page, whether its numbers count its lines: LibreOffice numbers the lines of the
    # header and the footer with a count of their own, and a last page holding one line
    # of text reads "4" (its header), "39", "5" (its footer), none a step of one count
    # (the three numbers and the header were read into the last paragraph, pdf19).
    short = column is known and len(taken) < _LEAST_ON_A_PAGE
    if not (short or _count_lines(taken)) or (
        column is not known and not (_left_of_the_text(rows, taken) and _runs_on(rows, taken))
    ):
        return rows, None
    edges = [n.right if column.side == "right" else n.left for n in taken]
    column = Column(column.side, statistics.median(edges))
    width = {n.row: n.width for n in taken}
    kept: list[_Row] = []
    for i, row in enumerate(rows):
        if i not in width:
            kept.append(row)
        elif width[i] < len(row.glyphs):
            kept.append(_Row(row.glyphs[width[i] :]))
    return kept, column
