"""Two columns of text side by side, as ``pdftotext -layout`` copies a page printed in
two columns (a browser's print of a page styled so, a newsletter's layout): each line
holds a line of the left column, a gutter of spaces, then a line of the right column.
Read across, every line joined the two columns' sentences ("... the          adverse
humanitarian ..."), and a comparison paired nothing right.

A page is read column by column, left then right, where a gutter runs down it: two
character places blank on every line with text between the first line that holds text on
both sides and the page's last (the first and the last may cross it: a title, a foot),
text left of them on two in five of the lines or more and right of them on as many, most
of those lines prose (four words or more: a table's cells, a masthead's flush-right
symbol and a margin's line numbers are not), and wrapped (three in ten of each side's
lines or more open in lower case: a table of longer cells, a list of names two a line
and a text in a script without case are not). Lines above the columns stay above them; a
foot set apart under them and across both (a browser's address and page) stays whole
below them. pdftotext prints the two columns' lines on rows of their own where their
heights differ: a row of the other column only is no blank line of this one, unless the
line above ended a paragraph and the one below opens with a capital. A paragraph the left
column leaves unended runs on atop the right one. Each column's lines keep their line
numbers (a warning or a clause names the line of the text given) and their indent from
the column's own edge.
"""

from __future__ import annotations

from .lines import _Line

#: The fewest lines with text on a page set in columns, and of those with text on both
#: sides of the gutter (a page's last lines may hold the left column's only).
_LEAST_LINES = 12
_LEAST_BOTH = 6
#: The most lines with text a page set in columns holds: a printed page holds about 60; a
#: text without page breaks holds its pages in one (a copy pasted into an e-mail). Beyond
#: this a text is not looked at (each place of each line is counted).
_MOST_LINES = 1_000
#: The widest line of such a page, in characters (two columns of a landscape page).
_WIDEST = 400
#: The share of a page's lines with text that must hold text on each side of the gutter.
_SIDE_SHARE = 0.4
#: The fewest words in a line of prose; the share of each side's lines that must be so.
_PROSE_WORDS = 4
_PROSE_SHARE = 0.6
#: The share of each side's lines that must open in lower case: a column of prose wraps
#: its sentences, and most of its lines go on with a word in lower case (0.45 to 0.75 of
#: them in the twenty-third session's two-column prints), where a table's cells and a
#: list of names side by side open with a capital or a figure ("Bangladesh Infantry
#: Battalion   1,200   Nepal Engineering Company   300"): read down, a row's cells part.
_WRAPPED_SHARE = 0.3
#: Last words of a line that leave its sentence to go on below: articles, prepositions
#: and conjunctions.
_GOES_ON = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "to",
        "by",
        "for",
        "with",
        "and",
        "or",
        "that",
        "from",
        "at",
        "as",
        "its",
        "their",
        "his",
        "her",
    ]
)
#: The narrowest column, in characters: the gutter is looked for right of it.
_NARROWEST = 20
#: Blank places a gutter takes at least (pdftotext's narrowest between justified columns).
_GUTTER = 2


def _page_gutter(raws: list[str]) -> int | None:
    """The place where the gutter of a page's lines (each as printed, its indent kept)
    starts, or None where the page is no page of two columns. Only the first and the
    last of the lines may run over it (a title, the page's foot)."""
    texts = [raw for raw in raws if raw.strip()]
    if not _LEAST_LINES <= len(texts) <= _MOST_LINES:
        return None
    width = max(len(raw) for raw in texts)
    if not 2 * _NARROWEST + _GUTTER <= width <= _WIDEST:
        return None
    inner = texts[1:-1]
    # The places blank on every inner line, narrowed line by line (each test a slice):
    # a page of prose leaves the gutter's few, and one line of text across the page none.
    places = list(range(_NARROWEST, width - _NARROWEST))
    for raw in inner:
        places = [at for at in places if not raw[at : at + _GUTTER].strip()]
        if not places:
            return None
    # The first blank places decide: further right, the left side only grows.
    at = places[0]
    columns = [raw for raw in texts if not _crossing(raw, at)]
    left = [raw[:at].strip() for raw in columns]
    right = [raw[at:].strip() for raw in columns]
    return at if _two_sides(left, right, len(texts)) else None


def _two_sides(left: list[str], right: list[str], lines: int) -> bool:
    """Whether the text on each side of a gutter is a column of prose."""
    for side in (left, right):
        held = [text for text in side if text]
        if len(held) < _SIDE_SHARE * lines:
            return False
        prose = sum(1 for text in held if len(text.split()) >= _PROSE_WORDS)
        if prose < _PROSE_SHARE * len(held):
            return False
        # A line goes on with the sentence above where it opens in lower case, or where
        # the line above stopped on a word no sentence or cell ends with ("... report of
        # the" / "Secretary-General on ...": a narrow column of UN prose opens many lines
        # with a name's capital; a table's cells do not end with "the" or "of").
        wrapped = sum(
            1
            for above, text in zip(["", *held[:-1]], held, strict=True)
            if text[:1].islower() or (above and above.rsplit(None, 1)[-1] in _GOES_ON)
        )
        if wrapped < _WRAPPED_SHARE * len(held):
            return False
    return True


def _crossing(raw: str, gutter: int) -> bool:
    """Whether a line's text runs over the gutter's places."""
    return bool(raw[gutter : gutter + _GUTTER].strip())


def _page(lines: list[_Line]) -> list[_Line] | None:
    """A page's lines read column by column, or None where it is not set in columns."""
    # The lines with a gap as wide as the gutter or wider: the first is where the columns
    # may begin.
    both = [at for at, ln in enumerate(lines) if " " * _GUTTER in ln.text]
    if not _LEAST_BOTH <= len(both) <= _MOST_LINES:
        return None
    raws = [" " * ln.indent + ln.text for ln in lines]
    # The columns run from the first line holding both down to the page's last line
    # (one column may run on below the other's end).
    first = both[0]
    held = [at for at, raw in enumerate(raws) if raw.strip()]
    last = held[-1]
    if (
        last - 1 > first
        and not raws[last - 1].strip()
        and all(
            len(part.split()) < _PROSE_WORDS for part in raws[last].split(" " * _GUTTER) if part
        )
    ):
        # The page's foot, set apart under the columns and across both (a browser's
        # "file:///.../draft.html          1/3"): kept whole, below them.
        last = held[-2]
    gutter = _page_gutter(raws[first : last + 1])
    if gutter is None:
        return None
    # A line over both columns at either end of them (a title, the page's foot) stays
    # whole, above or below them.
    if _crossing(raws[first], gutter):
        first += 1
    if _crossing(raws[last], gutter):
        last -= 1
    left: list[_Line | None] = []
    right: list[_Line | None] = []
    right_indents = [
        len(raw) - len(raw[gutter:].lstrip()) - gutter
        for raw in raws[first : last + 1]
        if raw[gutter:].strip()
    ]
    margin = min(right_indents, default=0)
    left_margin = min(
        (len(raw) - len(raw.lstrip()) for raw in raws[first : last + 1] if raw[:gutter].strip()),
        default=0,
    )
    for line, raw in zip(lines[first : last + 1], raws[first : last + 1], strict=True):
        # Each column's lines keep their indent from its own left edge, as a page of one
        # column prints them (a recital's first line set in, say).
        own = raw[left_margin:gutter].rstrip()
        other = raw[gutter:]
        text = other.strip()
        # A row with text on one side only: the other column's lines stand at another
        # pitch (pdftotext prints each on a row of its own), no blank line of this one.
        left.append(
            _Line(line.no, own.lstrip(), len(own) - len(own.lstrip()) if own else 0)
            if own or not text
            else None
        )
        indent = len(other) - len(other.lstrip()) - margin if text else 0
        right.append(_Line(line.no, text, max(indent, 0)) if text or not own else None)
    top = list(lines[:first])
    down_left, down_right = _column(left), _column(right)
    if not down_left:
        return None
    if first == 0 and lines[0].page_break:
        # The page's break stays on its first line.
        head = down_left[0]
        down_left[0] = _Line(head.no, head.text, head.indent, True)
    # A paragraph the left column leaves unended runs on at the right column's top
    # ("... the outstanding services that" / "he rendered to the cause ..."); one it
    # ended is set apart from the next by a blank line.
    # (The blank rows under the left column's end are the right column's.)
    while len(down_left) > 1 and not down_left[-1].text:
        down_left.pop()
    ended = down_left[-1].text.endswith(_ENDS)
    gap = [_Line(lines[last].no, "")] if ended else []
    return [*top, *down_left, *gap, *down_right, *lines[last + 1 :]]


#: What ends a paragraph or a clause of a column's line, before a blank row.
_ENDS = (",", ";", ".", ":")


def _column(rows: list[_Line | None]) -> list[_Line]:
    """A column's lines, down the page: a row where only the other column has text
    (``None``) is a blank line of this one where the line above ended a paragraph and
    the one below opens with a capital ("... targeted sanctions," / "" /
    "Reaffirming ..."), and no line at all elsewhere: the two columns' lines stand at
    different heights, and pdftotext gives each its row ("... resolution 2616" / "" /
    "(2021),", one recital)."""
    # The text of the first line with text below each row, found in one pass upward.
    below_at: list[str] = [""] * len(rows)
    below = ""
    for at in range(len(rows) - 1, -1, -1):
        below_at[at] = below
        row = rows[at]
        if row is not None and row.text:
            below = row.text
    out: list[_Line] = []
    for at, row in enumerate(rows):
        if row is not None:
            out.append(row)
            continue
        above = out[-1].text if out else ""
        if above.endswith(_ENDS) and below_at[at][:1].isupper():
            out.append(_Line(out[-1].no, ""))
    return out


def read_columns(lines: list[_Line]) -> tuple[list[_Line], list[int]]:
    """``lines`` with each page set in two columns read column by column, and the
    numbers of those pages (counted from 1; none where no page is so set)."""
    gap = " " * _GUTTER
    if not any(gap in ln.text for ln in lines):
        # No gutter inside any line: most texts, looked at no further. (As wide as the
        # gutter the page is read for: a test for three spaces passed over two columns
        # of justified prose two spaces apart, review of the twenty-third session.)
        return lines, []
    pages: list[list[_Line]] = []
    for line in lines:
        if line.page_break or not pages:
            pages.append([])
        pages[-1].append(line)
    out: list[_Line] = []
    columned: list[int] = []
    for number, page in enumerate(pages, start=1):
        read = _page(page)
        if read is None:
            out.extend(page)
        else:
            columned.append(number)
            out.extend(read)
    return (out, columned) if columned else (lines, [])
