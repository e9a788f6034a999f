"""Pages set in columns: told by their gutter, read down each column.

A page is in two columns where a place near the middle of its text is kept clear by most
of its lines, with a gutter's gap where a line has text on both sides and prose on each
side (:func:`_in_two_columns`); each band between lines printed across the page is then
read down its left column, then its right one (:func:`_read_columns`), and a page of a
two-column document that the same gutter fits is read so too
(:func:`_read_other_pages_in_columns`). Three columns are only told
(:func:`_in_three_columns`): the reader warns that they are read across.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .glyphs import _NO_SPACE, _is_mark_char, _Row, _size_of, _smaller, _type_height, _words

#: A page is in two columns when at least this share of its lines (and this many) hold
#: a gutter's gap at one place, and this share of those part two runs of this many words
#: each (see _in_two_columns).
_COLUMN_SHARE = 0.6
_PROSE_SHARE = 0.4
_COLUMN_LINES = 8
_COLUMN_WORDS = 4
#: A line's part in a column of a page set in three runs to this many words or more (a
#: third of a page's width holds three or four words a line).
_THIRD_WORDS = 2
#: A gutter is looked for within this share of the text's width of its middle, and is
#: at least this share of a line's height wide (LibreOffice's 0.8 cm gap of a 12-point
#: text: 1.6; a word space is at most about 0.5 in a justified line).
_GUTTER_REACH = 0.08
_GUTTER_MIN = 0.7
#: Each side of a gutter holds text on this share of the page's lines at least.
_COLUMN_SIDE = 0.3
#: A line of one column above (or below) the first (last) line of a page's two columns
#: of prose is read with the columns when it stands within this many line pitches of
#: the line below (above) it: a column that starts higher than the other.
_COLUMN_REACH = 2.0
#: How far left of a column's text a list label may hang, in line heights.
_LABEL_HANG = 4.0
#: The most an em counts against the boxes of a line's tall letters where the type's
#: size is its measure (see _read_columns): LibreOffice's 10-point type has tall boxes
#: of 8.6 to 9.4 points.
_EM_PER_BOX = 1.25
#: The gap above a left column's foot read after the right column (a footnote under the
#: left column), in line pitches: more than a paragraph's spacing.
_FOOT_GAP = 1.8
#: The most lines such a foot may hold: a page's notes, not the rest of its column.
_FOOT_LINES = 8
#: A place where this many lines' right parts start at least, among the lines of the
#: columns' prose, is a margin of the right column too (the text of its numbered
#: paragraphs, indented past their labels).
_INDENT_LINES = 3
#: A place where this many of a column's lines start at least is one of its margins
#: (see :func:`_column_shift`).
_MARGIN_LINES = 3
#: A line in larger type cut at the gutter is a title spaced out across the columns
#: where the gap at the cut is at most this many times its widest other word space (see
#: :func:`_one_line_across`).
_ACROSS_GAP = 2.0
#: The gap above a page's foot printed under its columns in smaller type, in line
#: pitches: more than the lines of a paragraph stand apart (see :func:`_page_foot`).
_PAGE_FOOT_GAP = 1.15
#: A masthead's type against the body's, at most: smaller by a point of ten (LibreOffice's
#: masthead in 9-point type over a body in 10), where "smaller type" elsewhere (a note's
#: mark, a footer) is smaller by 15 per cent (see :func:`_over_the_columns`).
_MASTHEAD_TYPE = 0.95


def _in_two_columns(rows: Sequence[_Row]) -> float | None:
    """Where the gutter of a page set in two columns of prose stands (its middle, in PDF
    units), or ``None`` for a page of one column (see :func:`_gutter_near`)."""
    return _gutter_near(rows, 0.5)


def _in_three_columns(rows: Sequence[_Row]) -> bool:
    """Whether a page is set in three columns of prose: gutters (:func:`_gutter_near`)
    near a third and two thirds of its text's width. Such a page is read across, its
    columns' lines mixed, and said so."""
    return (
        _gutter_near(rows, 1 / 3, _THIRD_WORDS) is not None
        and _gutter_near(rows, 2 / 3, _THIRD_WORDS) is not None
    )


def _gutter_near(rows: Sequence[_Row], centre: float, words: int = _COLUMN_WORDS) -> float | None:
    """Where a gutter between columns of prose stands (its middle, in PDF units) near
    ``centre`` of the text's width (a half for two columns), or ``None``.

    A gutter is looked for near that place of the page's text (within
    :data:`_GUTTER_REACH` of its width): a place that most of the page's lines (at least
    :data:`_COLUMN_LINES` of them, and :data:`_COLUMN_SHARE`) keep clear of, with a gap
    of :data:`_GUTTER_MIN` of a line's height at least where a line has text on both
    sides (the two columns' lines need not share a baseline), and with prose on each
    side: :data:`_PROSE_SHARE` of the lines' parts on either side run to
    :data:`_COLUMN_WORDS` words or more (a column's last line of a paragraph may be
    short). A line of one column crosses any place near the middle; a table of short
    cells is no prose, and is read across its gaps (see :func:`_read_columns` for
    columns)."""
    if len(rows) < _COLUMN_LINES:
        return None
    # The text's width without the odd line out in the margin (a running header, a
    # job number at the page's foot).
    lefts = sorted(row.left for row in rows)
    ends = sorted(row.glyphs[-1].right for row in rows)
    low, high = lefts[len(rows) // 20], ends[-1 - len(rows) // 20]
    width = high - low
    if width <= 0:
        return None
    rights = [[g.right for g in row.glyphs] for row in rows]
    # Each place is tried on the lines' boxes first, and cut short once too many lines
    # cross it (a page of one column: at once); the words of the parts, dearer, are
    # counted only for the places that pass.
    allowed = len(rows) - _COLUMN_SHARE * len(rows)
    found: list[tuple[int, float, list[tuple[int, int]]]] = []
    steps = round(_GUTTER_REACH * 100)
    for step in sorted(range(-steps, steps + 1), key=abs):
        x = low + width * (centre + step / 100)
        cuts: list[tuple[int, int]] = []
        crossing = 0
        for k, (row, row_ends) in enumerate(zip(rows, rights, strict=True)):
            glyphs = row.glyphs
            cut = bisect.bisect_left(row_ends, x)
            if (cut < len(glyphs) and glyphs[cut].left < x) or (
                # A word space of a line across the page.
                0 < cut < len(glyphs)
                and glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height
            ):
                crossing += 1
                if crossing > allowed:
                    break
                continue
            cuts.append((k, cut))
        else:
            found.append((len(cuts), x, cuts))
    best: tuple[int, float] | None = None
    for clear, x, cuts in sorted(found, key=lambda item: -item[0]):
        sides = [0, 0]
        prose = [0, 0]
        for k, cut in cuts:
            glyphs = rows[k].glyphs
            for side, part in enumerate((glyphs[:cut], glyphs[cut:])):
                if part:
                    sides[side] += 1
                    prose[side] += _words(part, words) >= words
        if all(n >= _COLUMN_SIDE * len(rows) for n in sides) and all(
            p >= _PROSE_SHARE * n for p, n in zip(prose, sides, strict=True)
        ):
            best = (clear, x)
            break
    if best is None:
        return None
    x = best[1]
    # The middle of the empty band the place stands in, between the lines clear of it.
    clear_rows = [row for row in rows if not any(g.left < x < g.right for g in row.glyphs)]
    before = max((g.right for row in clear_rows for g in row.glyphs if g.right <= x), default=x)
    after = min((g.left for row in clear_rows for g in row.glyphs if g.left >= x), default=x)
    return (before + after) / 2 if before < after else x


def _shift_right_columns(pages: list[list[_Row]]) -> None:
    """Measure the indents of the right columns' lines from the right column's margin,
    as the left columns' are from theirs: each margin is read over the whole document (a
    page's right column may hold only indented items, "– to maintain a ...")."""
    right = [row for rows in pages for row in rows if row.column == 2]
    left = [row for rows in pages for row in rows if row.column == 1]
    if not right or not left:
        return
    # The right column's lines are moved by the distance between the columns (see
    # :func:`_column_shift`), not by the distance between the places most of each
    # column's lines start: a right column of numbered paragraphs beside a left one of
    # recitals starts most lines at the paragraphs' list indent, and its recitals'
    # first-line indents were lost against it (a recital opening the right column at the
    # top of the page ran into the one the left column ends with: a browser's two columns
    # of S/RES/2630 (2022), pdf19).
    shift = _column_shift(left, right)
    for row in right:
        row.shift = shift


def _over_the_columns(rows: list[_Row], cuts: list[int | None], prose: list[int]) -> set[int]:
    """The lines of the right side only, above the first line of the left column, set
    in smaller type than the columns' body, or under a line of a masthead set flush
    right (of the right side only, too short to be prose) in the masthead's type, a
    little smaller than the body's (:data:`_MASTHEAD_TYPE`): a masthead's last line over
    the columns ("Adopted by the Security Council on 31 August 2020"), which starts near
    enough to the right column's margin to pass for its first line, and was read after
    the whole left column, into its paragraph. A right column may start a line higher
    than the left one under a running header or a header of two lines ("Confidential" /
    "Draft of 3 May"): its first line is set in the body's type, and stays the
    column's. The first lines of the columns' block in type larger than their body, of
    either side or both, are read over the columns too: a title, justified with the body,
    whose first line has a word space on the gutter."""
    left = next((k for k in prose if cuts[k] != 0), None)
    if left is None:
        return set()
    spoken = set(prose)
    # The body's type: the columns' lines' median size (a title over the left column
    # may be larger), and a line set in it.
    sizes = {k: _size_of(rows[k].glyphs) for k in prose if k >= left}
    body = statistics.median_low(sizes.values())
    ref = next(k for k, size in sizes.items() if size == body)
    # The first lines in larger type than the body, whatever their sides: a title over
    # the columns, justified with the body, whose first line has a word space on the
    # gutter ("ADOPTED BY THE SECURITY COUNCIL AT | ITS 8700TH MEETING, ON 10 JANUARY", a
    # web page's two columns printed by LibreOffice and Chromium: its right half was read
    # as the right column's first line, into the left column's last paragraph).
    title: set[int] = set()
    for k in prose:
        if k < left:
            continue
        if not _smaller(rows[ref].glyphs, rows[k].glyphs) or not _one_line_across(rows[k], cuts[k]):
            break
        title.add(k)
    left = next((k for k in prose if cuts[k] != 0 and k not in title), None)
    if left is None:
        return title
    return title | {
        k
        for k in prose
        if k < left
        and cuts[k] == 0
        and (
            _smaller(rows[k].glyphs, rows[ref].glyphs)
            or (
                k > 0
                and cuts[k - 1] == 0
                and k - 1 not in spoken
                and _size_of(rows[k].glyphs) < _MASTHEAD_TYPE * body
            )
        )
    }


def _page_foot(
    rows: list[_Row], cuts: list[int | None], first: int, last: int, pitch: float
) -> bool:
    """Whether the last line of a page set in two columns, read as the columns' last, is
    the page's foot: a line of the left side only ("Page 2 of the draft text, for
    delegations only", a Word footer set flush left, short enough to fit in the left
    column), set in smaller type than the line above it and apart from it by more than a
    paragraph's lines are. A column's own last line is set in the body's type."""
    if last != len(rows) - 1 or last <= first:
        return False
    row, above = rows[last], rows[last - 1]
    return (
        cuts[last] == len(row.glyphs)
        and above.baseline - row.baseline > _PAGE_FOOT_GAP * pitch
        and _smaller(row.glyphs, above.glyphs)
    )


def _one_line_across(row: _Row, cut: int | None) -> bool:
    """Whether a line cut at the gutter is one line spaced out across it, not two
    columns' lines side by side: the gap at the cut is no wider than
    :data:`_ACROSS_GAP` times the widest word space among its other words (a title
    justified to the page's width has a word space on the gutter like its others; two
    headings opening the columns side by side, "I. Measures on arms and goods" /
    "II. Measures on travel", stand a gutter and a ragged line's end apart). A line of
    one side only is no evidence either way."""
    glyphs = row.glyphs
    if cut is None or cut <= 0 or cut >= len(glyphs):
        return True
    spaces = [
        after.left - before.right
        for k, (before, after) in enumerate(pairwise(glyphs), 1)
        if k != cut and after.space_before != _NO_SPACE
    ]
    return bool(spaces) and glyphs[cut].left - glyphs[cut - 1].right <= _ACROSS_GAP * max(spaces)


def _most_common_start(lefts: list[float]) -> float:
    """The place most lines start at, to the half point."""
    return Counter(round(x * 2) for x in lefts).most_common(1)[0][0] / 2


def _column_shift(left: list[_Row], right: list[_Row]) -> float:
    """How far right of the left column's lines the right column's stand: of the
    distances between a place where the left column's lines often start and one where
    the right column's do (to the half point, :data:`_MARGIN_LINES` lines at least), the
    one nearest the distance between the columns' right edges (where most of their lines
    end, justified, or the farthest most of them reach, ragged: the columns are as wide),
    within a line's height; else the distance between the places most of each column's
    lines start. The places lines start at differ between the columns with what they
    hold (wrapped lines of recitals at the margin, the text of numbered paragraphs at the
    list's indent), their right edges do not."""
    lefts = Counter(round(row.left * 2) for row in left)
    rights = Counter(round(row.left * 2) for row in right)
    shift = (rights.most_common(1)[0][0] - lefts.most_common(1)[0][0]) / 2
    edges = _right_edge(right) - _right_edge(left)
    height = statistics.median(row.height for row in left)
    # Each frequent place of the right column is paired with the left column's places
    # within a line's height of the columns' distance only, looked up in a window (a
    # document may hold thousands of distinct places: pairing every one with every
    # other was quadratic in them, a stranger's review of pdf19). The first pair
    # nearest that distance in the order the places were met wins, as before.
    often = {x: k for k, (x, count) in enumerate(lefts.items()) if count >= _MARGIN_LINES}
    reach = math.ceil(2 * height) + 1
    near = [
        (abs((r - x) / 2 - edges), j, often[x], (r - x) / 2)
        for j, (r, count) in enumerate(rights.items())
        if count >= _MARGIN_LINES
        for x in range(r - round(2 * edges) - reach, r - round(2 * edges) + reach + 1)
        if x in often and abs((r - x) / 2 - edges) <= height
    ]
    if near:
        shift = min(near)[3]
    return max(0.0, shift)


def _right_edge(rows: list[_Row]) -> float:
    """Where a column's lines end: the place most of them end at (to the half point) if
    a third do (justified), else the place nine in ten of them end short of (ragged)."""
    ends = sorted(row.glyphs[-1].right for row in rows)
    place, count = Counter(round(end * 2) for end in ends).most_common(1)[0]
    if count * 3 >= len(ends):
        return place / 2
    return ends[(len(ends) * 9) // 10]


def _read_other_pages_in_columns(
    pages: list[list[_Row]], columned: list[int], gutter: float
) -> None:
    """Read in columns, in place, the pages of a document set in two columns that were
    not found to be so on their own (too few lines, a page of short sub-paragraphs), where
    their lines keep clear of the document's ``gutter``: a line at least has text on both
    sides of it (a last page may hold a line or two of its right column only), and at
    most a quarter of them cross it (a page of one column: most). ``columned`` (the page
    numbers read in columns) gains them, in order."""
    for number, rows in enumerate(pages, start=1):
        if number in columned or not rows:
            continue
        across = both = 0
        for row in rows:
            glyphs = row.glyphs
            cut = bisect.bisect_left([g.right for g in glyphs], gutter)
            if cut < len(glyphs) and glyphs[cut].left < gutter:
                across += 1
            elif 0 < cut < len(glyphs):
                if glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height:
                    across += 1
                else:
                    both += 1
        # A document's last page may hold a few lines of each column only, or a short
        # right column ("Decides to remain seized of the matter.").
        if both and across <= len(rows) / 4:
            pages[number - 1] = _read_columns(rows, gutter)
            columned.append(number)
    columned.sort()


def _opens_with_note_mark(row: _Row) -> bool:
    """Whether a line opens as a footnote does: one to three digits, asterisks or
    daggers, then a word ("1 See S/2021/123, annex.", "*Reissued ..."), not a paragraph
    number ("19. Decides", "(a)")."""
    glyphs = row.glyphs
    count = 0
    while count < min(len(glyphs), 3) and _is_mark_char(glyphs[count].char):
        count += 1
    return 0 < count < len(glyphs) and glyphs[count].char not in ".)]:,-"


def _read_columns(rows: list[_Row], gutter: float) -> list[_Row]:
    """A page set in two columns, in reading order: the left column down, then the right
    one, for each band of the page the columns share.

    A line that holds no glyph across ``gutter`` is cut there into its left and right
    parts, where they stand a gutter's width apart. A line printed across the gutter (a
    title, a centred heading over both columns)
    ends a band: the columns above it are read before it, those below after it. Only the
    lines from the first to the last that hold a run of prose on either side are read so:
    the running header above and the page's foot below ("20-16436 (E)   1/24") stay as
    printed, where the furniture is looked for; nor are lines whose part right of the
    gutter starts far right of the right column's margin (a masthead's right-hand lines
    over the columns). The right column's lines are marked, to keep their
    indents from its own margin (see :func:`_shift_right_columns`)."""
    cuts: list[int | None] = []
    for row in rows:
        glyphs = row.glyphs
        cut = bisect.bisect_left([g.right for g in glyphs], gutter)
        if (cut < len(glyphs) and glyphs[cut].left < gutter) or (
            # A word space of a line across the page ("... at its 9102nd meeting, ...")
            # that falls on the gutter.
            0 < cut < len(glyphs)
            and glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height
        ):
            cuts.append(None)
        else:
            cuts.append(cut)
    # The right column's margin, where most of its lines start: a right part that starts
    # far right of it (a masthead's "Distr.: General" / "21 December 2020" set flush
    # right above a browser's columns) is no line of the column, whatever its words.
    starts = [
        row.glyphs[cut].left
        for row, cut in zip(rows, cuts, strict=True)
        if cut is not None and cut < len(row.glyphs)
    ]
    margin = _most_common_start(starts) if starts else gutter
    # The column's other margins: where the wrapped lines of its numbered paragraphs
    # start, past the labels (Word's list indent, half an inch, is wider than a label's
    # hang in small type: the last lines of a page's right column of operative paragraphs
    # were read across, after the column, 804 (1993) set in two columns by LibreOffice).
    # Counted from the first line with prose on either side to the last: a UN masthead's
    # "Distr.: General" / "21 December 2020" / "Original: English" above the columns start
    # at one place right of the column, and were read into its first paragraph (a
    # stranger's review of this rule). Not from the first line whose right part is prose:
    # a narrow column's indented lines may hold two or three words each ("ational,
    # regional,"), half a page of them (2625 in two narrow columns, its roman items).
    spoken = [
        k
        for k, (row, cut) in enumerate(zip(rows, cuts, strict=True))
        if cut is not None
        and (
            _words(row.glyphs[:cut], _COLUMN_WORDS) >= _COLUMN_WORDS
            or _words(row.glyphs[cut:], _COLUMN_WORDS) >= _COLUMN_WORDS
        )
    ]
    indents = (
        {
            start
            for start, count in Counter(
                round(row.glyphs[cut].left * 2) / 2
                for row, cut in zip(
                    rows[spoken[0] : spoken[-1] + 1],
                    cuts[spoken[0] : spoken[-1] + 1],
                    strict=True,
                )
                if cut is not None and cut < len(row.glyphs)
            ).items()
            if count >= _INDENT_LINES
        }
        if spoken
        else set()
    )

    def _in_right_column(row: _Row, cut: int | None) -> bool:
        """Whether the part of ``row`` right of the gutter, if any, starts at the
        right column's margin (a label hanging left of it, or a first line's indent, no
        further) or where the column's indented lines start. The reach is measured in
        the type's height (:func:`_type_height`), not the line's median box: LibreOffice
        boxes each letter to its own top, and a line of x-height letters measured 0.8 of
        its type (S/RES/2591 (2021)'s right column, opening beside "The Security
        Council," with a recital's first line indented 36 points in 10-point type, was
        read across the page, pdf20 and pdf21). Where the PDF gives the type's size, the
        reach is measured in ems, four of them: an indent is set in ems, and the boxes
        of the tall letters of LibreOffice's 10-point type run from 8.6 points (a "t")
        to 9.4, so that a half-inch indent passed or failed by its line's letters (a
        stranger's review of pdf22); a PDF that writes every size as 1 and scales its
        text by a matrix is measured by its boxes, and a size far above them (a matrix
        scaling a large size down) counts no more than :data:`_EM_PER_BOX` of them."""
        if cut is None or cut == len(row.glyphs):
            return True
        part = row.glyphs[cut:]
        height = _type_height(part)
        em = max(height, min(_size_of(part), _EM_PER_BOX * height))
        return (
            row.glyphs[cut].left <= margin + _LABEL_HANG * em
            or round(row.glyphs[cut].left * 2) / 2 in indents
        )

    prose = [
        k
        for k, (row, cut) in enumerate(zip(rows, cuts, strict=True))
        if cut is not None
        and (
            _words(row.glyphs[:cut], _COLUMN_WORDS) >= _COLUMN_WORDS
            or (
                _words(row.glyphs[cut:], _COLUMN_WORDS) >= _COLUMN_WORDS
                and _in_right_column(row, cut)
            )
        )
    ]
    over = _over_the_columns(rows, cuts, prose)
    prose = [k for k in prose if k not in over]
    if not prose:
        return rows
    first, last = prose[0], prose[-1]
    pitch = (
        statistics.median(
            above.baseline - below.baseline
            for above, below in pairwise(rows[first : last + 1])
            if above.baseline > below.baseline
        )
        if last > first
        else rows[first].height
    )
    # A line of one column only just above the first line of both columns, or just
    # below the last, is a column's own: one column may start higher than the other.
    # The line must keep within the columns' width: a page's foot ("20-16436 (E)
    # 10/20") stands out in the margin.
    # A list label hangs left of its column's text ("(h) provide support to", the last
    # lines of a page of sub-paragraphs, formats review 3 December): a few ems of room.
    low = min(rows[k].glyphs[0].left for k in prose) - _LABEL_HANG * rows[first].height
    high = max(rows[k].glyphs[-1].right for k in prose) + rows[first].height

    def within(k: int) -> bool:
        row = rows[k]
        return (
            cuts[k] is not None
            and k not in over
            and low <= row.glyphs[0].left
            and row.glyphs[-1].right <= high
            and _in_right_column(row, cuts[k])
        )

    while (
        first > 0
        and within(first - 1)
        and rows[first - 1].baseline - rows[first].baseline <= _COLUMN_REACH * pitch
    ):
        first -= 1
    while (
        last + 1 < len(rows)
        and within(last + 1)
        and rows[last].baseline - rows[last + 1].baseline <= _COLUMN_REACH * pitch
    ):
        last += 1
    if _page_foot(rows, cuts, first, last, pitch):
        # The page's footer, read with the left column, fell between the columns, into
        # the paragraph running over to the right one; left below them, it is the
        # page's last line, where the furniture is looked for.
        last -= 1
    out = rows[:first]
    left: list[_Row] = []
    right: list[_Row] = []

    def flush() -> None:
        for r in left:
            r.column = 1
        for r in right:
            r.column = 2
        # The foot of the left column below the right column's last line, after a gap
        # (a footnote printed under the left column only, its rule above it): read after
        # the right column, where a page's notes are. Read before it, the note took in
        # the right column's first lines ("See S/2021/123, annex. elections in 2021 and
        # beyond, ...", formats review 3 December).
        foot = 0
        if left and right:
            bottom = min(r.baseline for r in right)
            while foot < len(left) - 1 and left[-foot - 1].baseline < bottom:
                foot += 1
            if foot and (
                (
                    left[-foot - 1].baseline - left[-foot].baseline <= _FOOT_GAP * pitch
                    # A note in smaller type needs no wider gap: LibreOffice sets its
                    # footnotes close under the column (834 (1993) in two columns: a
                    # gap of 1.5 pitches, and the note, read before the right column,
                    # took in its first paragraph).
                    and not _smaller(left[-foot].glyphs, left[-foot - 1].glyphs)
                )
                # A note opens with its mark ("1 See ..."), and notes are a few lines: the
                # rest of a full left column beside a short right one, on a last page
                # spaced with blank lines, is the body's (it was read after the right
                # column: a stranger's review of this change).
                or not _opens_with_note_mark(left[-foot])
                or foot > _FOOT_LINES
            ):
                foot = 0
        out.extend(left[: len(left) - foot])
        out.extend(right)
        out.extend(left[len(left) - foot :])
        left.clear()
        right.clear()

    for row, at in zip(rows[first : last + 1], cuts[first : last + 1], strict=True):
        if at is None:
            flush()
            out.append(row)
        elif at == len(row.glyphs):
            left.append(row)
        elif at == 0:
            right.append(row)
        else:
            left.append(_Row(row.glyphs[:at]))
            right.append(_Row(row.glyphs[at:]))
    flush()
    out.extend(rows[last + 1 :])
    return out
