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

A page set in two columns is numbered by LibreOffice on from the left column's count, the
right column's numbers printed in the gutter, against the left column's line ends:
:func:`drop_gutter_numbers` leaves them out where the margin holds numbers
(:func:`drop_every_line_number` does both).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from dataclasses import dataclass

from ..common import commonest_place, numbers_count_lines
from .glyphs import _Glyph, _Row

#: The fewest numbers in a column for a page to show it on its own: a table's first
#: column or a few footnotes may hold three or four rising figures; a page of a draft
#: numbered every fifth line holds eight or nine.
_LEAST_ON_A_PAGE = 5
#: The widest line number, in digits (a long draft numbered continuously passes 1,000).
_MOST_DIGITS = 5
_MOST_VALUE = 10**_MOST_DIGITS
#: The gap between a line number and its line's text, as a fraction of the line height:
#: wider than a word space (about 0.25 em), as every layout of line numbers sets it
#: (Word's "auto" distance is a quarter inch, about 1.5 line heights at 12 points).
_APART = 0.8
#: How far the edges of one column's numbers may differ, in PDF units (a point).
_SAME_EDGE = 1.5
#: Rows whose baselines are nearer than this share of a line's height stand on one
#: printed line (see _left_half).
_SAME_BASELINE = 0.3
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


def _a_count(rows: list[_Row], taken: list[_Number], short: bool, known: bool) -> bool:
    """Whether ``taken`` (the numbers at a column's edge) number the lines of ``rows``:
    they count them (but on a ``short`` page of a column ``known`` from an earlier page)
    and, for a column the page shows on its own, stand left of its text and number
    wrapped prose."""
    return (short or _count_lines(taken)) and (
        known or (_left_of_the_text(rows, taken) and _runs_on(rows, taken))
    )


def _left_half(rows: list[_Row], column: Column, least: int) -> list[tuple[int, _Row]] | None:
    """The left halves of the rows whose text starts left of the middle of the page's
    text (between the leftmost start and the rightmost end), one a printed line: the
    index of the row the line opens with and the line's glyphs that start left of the
    middle (a figure begun there whole), rows on one baseline joined (a line number
    drawn apart from its line's text, as LibreOffice draws them, stands in a row of its
    own at the line's height); ``None`` where fewer than ``least`` rows start right of it
    (a page of one column: a list's or a table's rows cut at the middle would lose the
    ends that tell them from prose). A figure opening a row away from ``column``
    (the right column's number printed in the gutter) is not where its text starts."""
    middle = (min(row.left for row in rows) + max(row.glyphs[-1].right for row in rows)) / 2
    left: list[tuple[int, _Row]] = []
    right = 0
    for i, row in enumerate(rows):
        glyphs = row.glyphs
        start = row.left
        leading = _leading_number(row)
        if leading is not None:
            _value, width = leading
            figure = _Number(0, 0, glyphs[0].left, glyphs[width - 1].right, width)
            if not _at([figure], column):
                start = glyphs[width].left if width < len(glyphs) else middle
        if start >= middle:
            right += 1
            continue
        k = 0
        while k < len(glyphs) and (
            glyphs[k].left < middle
            or (k > 0 and glyphs[k].char in "0123456789" and glyphs[k - 1].char in "0123456789")
        ):
            k += 1
        if left and abs(left[-1][1].baseline - row.baseline) < _SAME_BASELINE * row.height:
            opens, above = left[-1]
            joined = sorted(above.glyphs + glyphs[:k], key=lambda g: g.left)
            left[-1] = (opens if joined[0] is above.glyphs[0] else i, _Row(joined))
        else:
            left.append((i, row if k == len(glyphs) else _Row(glyphs[:k])))
    return left if right >= least else None


def drop_line_numbers(rows: list[_Row], known: Column | None) -> tuple[list[_Row], Column | None]:
    """``rows`` without the line numbers of their left margin, and the column they stood
    in (``known``, the column of an earlier page, is looked for first); the rows as they
    were and ``None`` where the page shows none. A row that held only its number (a
    numbered blank line) is left out."""
    kept, column, _values = _drop_margin_numbers(rows, known)
    return kept, column


def drop_every_line_number(
    rows: list[_Row], known: Column | None, gutter: float | None
) -> tuple[list[_Row], Column | None, float | None]:
    """``rows`` without their line numbers, those of the left margin
    (:func:`drop_line_numbers`) and, on a page where the margin holds some, those of a
    right column printed in the gutter (:func:`drop_gutter_numbers`); the margin's
    column and the gutter's edge (``known`` and ``gutter``: an earlier page's, looked for
    first)."""
    kept, column, values = _drop_margin_numbers(rows, known)
    if column is None:
        if known is not None and gutter is not None:
            # A short last page whose left column holds no numbered line (every fifth
            # numbered: its four lines, and "395" in the gutter before the right
            # column's first): the numbers at the gutter's edge found on the pages
            # before.
            kept, _edge = drop_gutter_numbers(kept, [], gutter)
        return kept, None, gutter
    kept, edge = drop_gutter_numbers(kept, values, gutter)
    return kept, column, edge if edge is not None else gutter


def _drop_margin_numbers(
    rows: list[_Row], known: Column | None
) -> tuple[list[_Row], Column | None, list[int]]:
    """:func:`drop_line_numbers`, with the values of the numbers taken."""
    numbers = _candidates(rows)
    if not numbers:
        return rows, None, []
    column = known if known is not None and _at(numbers, known) else _column_on_page(numbers)
    if column is None:
        return rows, None, []
    rising = _rising(_at(numbers, column))
    if len(rising) < _LEAST_ON_A_PAGE and column is not known:
        return rows, None, []
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
    if not _a_count(rows, taken, short, column is known):
        # A page in two columns whose lines do not face each other (the right column's
        # own line numbers in the gutter shift its lines): the page's rows alternate
        # between the columns, and the margin's numbers count the left column's lines
        # only. They are asked to count the rows that start left of the page's middle.
        # A column of an earlier page is not asked where the text starts nor what it
        # numbers (see _a_count): a short last page may hold a line or two of the right
        # column. A column the page shows on its own needs a right column of lines.
        halves = _left_half(rows, column, 1 if column is known else _LEAST_ON_A_PAGE)
        if halves is None:
            return rows, None, []
        left = [row for _i, row in halves]
        in_left = _at(_candidates(left), column)
        if not in_left or not _a_count(left, in_left, short, column is known):
            return rows, None, []
        taken = [_Number(halves[n.row][0], n.value, n.left, n.right, n.width) for n in in_left]
    edges = [n.right if column.side == "right" else n.left for n in taken]
    column = Column(column.side, statistics.median(edges))
    width = {n.row: n.width for n in taken}
    kept: list[_Row] = []
    for i, row in enumerate(rows):
        if i not in width:
            kept.append(row)
        elif width[i] < len(row.glyphs):
            kept.append(_Row(row.glyphs[width[i] :]))
    return kept, column, [n.value for n in taken]


# --------------------------------------------------------------- numbers in the gutter
#: The fewest numbers standing clear in the gutter for a page to show a right column's
#: line numbers there on its own (a page of two columns numbered every fifth line holds
#: eight or nine a column).
_LEAST_IN_THE_GUTTER = 3


@dataclass(frozen=True)
class _InRow:
    """A run of digits inside a row: its row, the index of its first glyph and of the
    glyph after it, its digits and its right edge; ``clear``: set apart on both sides (by
    more than :data:`_APART`, or at the row's start or end)."""

    row: int
    first: int
    end: int
    digits: str
    right: float
    clear: bool


def _gap(a: _Glyph, b: _Glyph, height: float) -> float:
    """The space between ``a`` and the glyph ``b`` after it in a row of ``height``.

    A row's glyphs keep the PDF's order within a run: LibreOffice draws a row's line
    numbers (the margin's and the gutter's, one run) before its text, so the glyph after
    a figure may stand far left of it, as far apart as one far right ("395" of the
    gutter, then "95" opening the left line)."""
    space = b.left - a.right
    return -space if space < -0.5 * height else space


def _figures(rows: list[_Row]) -> list[_InRow]:
    """Every run of digits inside the rows followed by a gap wider than :data:`_APART` or
    by the row's end (the right column's text stands apart from its number; the left
    column's line end may touch it: "respect85", "2393" and "50" read "239350")."""
    found: list[_InRow] = []
    for i, row in enumerate(rows):
        glyphs = row.glyphs
        apart = _APART * max(row.height, 1e-6)
        k = 0
        while k < len(glyphs):
            if glyphs[k].char not in "0123456789":
                k += 1
                continue
            start = k
            while (
                k + 1 < len(glyphs)
                and glyphs[k + 1].char in "0123456789"
                and _gap(glyphs[k], glyphs[k + 1], row.height) < 0.5 * row.height
            ):
                k += 1
            end = k + 1
            if end == len(glyphs) or _gap(glyphs[k], glyphs[end], row.height) > apart:
                clear = (
                    start == 0 or _gap(glyphs[start - 1], glyphs[start], row.height) > apart
                ) and end - start <= _MOST_DIGITS
                digits = "".join(g.char for g in glyphs[start:end])
                found.append(_InRow(i, start, end, digits, glyphs[k].right, clear))
            k = end
    return found


def _count_on(figure: _InRow, after: int, step: int) -> int | None:
    """How many of ``figure``'s last digits are a line number going on from ``after`` by
    ``step``s: the fewest whose value passes ``after`` by a multiple of ``step`` (a left
    column's figure may touch the number: "2012" and "55" read "201255"); ``None`` where
    none do."""
    digits = figure.digits
    for k in range(1, min(len(digits), _MOST_DIGITS) + 1):
        value = int(digits[-k:])
        if value > after and (value - after) % step == 0:
            return k
    return None


def drop_gutter_numbers(
    rows: list[_Row], numbered: list[int], known: float | None
) -> tuple[list[_Row], float | None]:
    """``rows`` (of a page whose left margin held line numbers of the values
    ``numbered``) without the line numbers of a right column, and the edge they share.

    LibreOffice numbers the lines of a page in two columns on from the left column's
    count, and prints the right column's numbers flush right in the gutter, against the
    left column's line ends ("… in order to cont-90", "respect85"): read as text they cut
    the left column's paragraphs. Such a column is told by its layout: figures sharing a
    right edge (within :data:`_SAME_EDGE`) right of the margin's numbers, each followed by
    a gap or its row's end, rising down the page past the margin's last number by steps
    the margin's numbers take too (every line, every fifth) and by no more lines than
    the page holds, at least :data:`_LEAST_IN_THE_GUTTER` standing clear of any text
    (``known``, the edge of an earlier page, is looked for first and needs none clear).
    The edge is ``None`` and the rows as they were where the page shows none."""
    if not rows or not (numbered or known is not None):
        return rows, None
    # (No number in the margin: a short last page, whose count the figures at the known
    # edge tell alone.)
    last = max(numbered, default=0)
    step = 0
    if len(numbered) > 2:
        # (Two numbers tell no step: a short page's "10" of its header's own count and
        # "390" of the text's.)
        for a, b in itertools.pairwise(sorted(numbered)):
            step = math.gcd(step, b - a)
    step = step or 1
    figures = _figures(rows)
    # The right column holds no more lines than the page: a table's years (2019, 2020
    # ...) in a numbered draft are no count going on from line 45.
    most = last + len(rows) + step if numbered else _MOST_VALUE
    edge = known
    if edge is None or not any(abs(f.right - edge) <= _SAME_EDGE for f in figures):
        buckets: Counter[int] = Counter(
            round(f.right / _SAME_EDGE) for f in figures if f.clear and last < int(f.digits) <= most
        )
        if not buckets:
            return rows, None
        key, count = buckets.most_common(1)[0]
        if count < _LEAST_IN_THE_GUTTER:
            return rows, None
        edge = key * _SAME_EDGE
    # Down the page (the rows top to bottom), rising past the margin's count by its
    # steps; a row holds one.
    taken: list[tuple[_InRow, int]] = []
    value = last
    for figure in figures:
        if abs(figure.right - edge) > _SAME_EDGE:
            continue
        if numbered:
            width = _count_on(figure, value, step)
        elif not figure.clear:
            # A page whose margin holds no number knows no count to go on from: a figure
            # touching the text before it ("… resolution 2591" ending a line where the
            # gutter's numbers stood) is the text's, not a number of the gutter ...
            continue
        else:
            # ... and one standing clear is a number whole ("2591" is no "1" going on).
            width = len(figure.digits) if int(figure.digits) > value else None
        if width is None or (taken and taken[-1][0].row == figure.row):
            return rows, None
        taken.append((figure, width))
        value = int(figure.digits[-width:])
    if len(taken) < (1 if edge == known else _LEAST_IN_THE_GUTTER) or value > most:
        return rows, None
    cut = {figure.row: (figure, width) for figure, width in taken}
    kept: list[_Row] = []
    for i, row in enumerate(rows):
        if i not in cut:
            kept.append(row)
            continue
        figure, width = cut[i]
        glyphs = row.glyphs[: figure.end - width] + row.glyphs[figure.end :]
        if glyphs:
            kept.append(_Row(glyphs))
    return kept, statistics.median(figure.right for figure, _width in taken)
