"""Whether a line that opens with no label starts a unit or goes on with the one above,
the last step of the paragraph splitter (:mod:`.paragraphs`): headings whose blank lines
the copy lost, a recital that lost its comma, a blank line or a page break inside a
sentence, a paragraph's own ending after its list, a recital or a paragraph that no
blank line sets apart."""

from __future__ import annotations

from .cut import _Cut
from .hyphens import KEPT_HYPHEN, SOFT_HYPHEN
from .lines import _final_punct, _Line
from .patterns import _ABBREVIATION_END, _LEADING_NUMBER, _PP_OPENER, _RUNS_ON
from .shapes import (
    _OP_OPENER,
    _heading_run,
    _is_title,
    _lost_comma_line,
    _next_is_label,
    _next_is_op,
    _next_line_is_item,
    _op_after_blank,
    _opens_upper,
    is_title_heading,
)
from .units import _runs_over_a_page, _Unit

#: Columns by which a recital's wrapped lines stand left of its first line, at least, for
#: a line at their margin to go on with it.
_SET_BACK = 3

#: The articles no paragraph ends with, in lower case ("A" alone is a part's label).
_ARTICLES = frozenset(["the", "a", "an"])


def _ends_in_article(text: str) -> bool:
    """Whether ``text`` ends with an article after another word: a sentence cut short."""
    head, _, last = text.rstrip().rpartition(" ")
    return last in _ARTICLES and bool(head.strip())


def _starts_new(cut: _Cut, i: int, line: _Line, cur: _Unit | None, ended: str) -> bool | None:
    """Whether ``line`` (``lines[i]``, no label opening a unit at it) starts a new unit
    rather than go on with ``cur``; ``None`` where a step made it a unit of its own (a
    heading, a recital, a paragraph's ending: read so). ``ended``: the final punctuation
    of the line before."""
    starts_new = bool(cur is None or line.md_heading or (cur.lines and cur.lines[-1].md_heading))
    if cut.awaiting_text or (cur is not None and cur.kind == "note" and not cut.blank_before):
        return False
    if cur is not None and cur.kind == "note":
        return True
    if starts_new:
        return True
    assert cur is not None
    # (Each test but the blank line's needs the line above to have ended: a line after
    # one that ended nothing asks none of them.)
    if ended and (
        _headings_below(cut, i, line, cur, ended) or _lost_comma(cut, i, line, cur, ended)
    ):
        return None
    if cut.blank_before:
        return _after_blank(cut, line, cur, ended)
    if not ended:
        return False
    if _sub_heading(cut, i, line, cur, ended) or _heading_between(cut, i, line, cur, ended):
        return None
    return _opens_para(cut, line, cur, ended)


def _headings_below(cut: _Cut, i: int, line: _Line, cur: _Unit, ended: str) -> bool:
    """Whether ``line`` opens a run of headings below a paragraph that ended, the blank
    lines around them lost in the copy, above the paragraph the count expects (read
    so)."""
    text = line.text
    if not (
        (not cut.blank_before or cut.page_break)
        and not cut.markdown
        and cut.prev is not None
        and cur.kind != "note"
        and not cur.title
        and ended
        and ended != ":"
        and text[0].isupper()
        and (ended != "," or _PP_OPENER.match(cur.lines[0].text) is not None)
        and (run := _heading_run(cut.lines, i, cut.expected)) is not None
    ):
        return False
    # "... country;" / "MINUSMA's mandate" / "General principles" / "15. Decides ...",
    # or one heading wrapped over two lines ("... in Mali," / "Political situation and
    # elections"). Each is a unit of its own, never the end of the paragraph (nor, over
    # a page break, taken for the paragraph going on). Not after a colon: the lines a
    # paragraph announces ("... designated:" / "Mohammed Omar Khan" / "Abdul Rahman
    # Yasin") are its own.
    cut.headed = run
    cut.headed.pop(i)
    cut.add(line, title=True)
    return True


def _lost_comma(cut: _Cut, i: int, line: _Line, cur: _Unit, ended: str) -> bool:
    """Whether ``line`` is a recital that lost its comma, with no blank lines around it
    ("... months;" / "Noting with concern the situation in Haiti" / "3. Calls upon
    ..."): a unit of its own (the tree reads it as a recital out of place, as with blank
    lines), not the end of the paragraph above, which has ended (read so)."""
    if (
        not cut.blank_before
        and not cut.markdown
        and cur.kind != "note"
        and not cur.title
        and ended in (";", ".")
        and _lost_comma_line(cut.lines, i, cut.expected)
    ):
        cut.add(line)
        return True
    return False


def _after_blank(cut: _Cut, line: _Line, cur: _Unit, ended: str) -> bool | None:
    """Whether ``line``, after a blank line, starts a new unit: it does, unless the
    sentence goes on (lower-case start, a hyphenated word broken over a page, a number
    that reads on, a sentence cut after an article) or a page broke inside a paragraph
    that has not ended; ``None`` where it is the paragraph's own ending after its list
    (read so)."""
    text = line.text
    goes_on = text[:1].islower() or cur.lines[-1].text.endswith(("-", SOFT_HYPHEN, KEPT_HYPHEN))
    last_part = cut.last_part
    if (
        goes_on
        and len(text) == 1
        and ended in (";", ".")
        and last_part is not None
        and len(last_part) == 1
        and ord(text) == ord(last_part) + 33
    ):
        # "B" / ... "30. ... Monitor Mission;" / blank / "c" (S/RES/820 (1993), part C's
        # label lowered by the scan): the letter after the last part's label, alone after
        # a paragraph that has ended, goes on no sentence; the tree reads it as the next
        # part's label.
        goes_on = False
    if (
        cut.prev is not None
        and ended in ("", ",")
        and text[0].isdecimal()  # (what the pattern opens with: "\d")
        and not (len(text) > 4 and text[:5].isdecimal())  # (four digits at most)
        and (leading := _LEADING_NUMBER.match(text))
        and _RUNS_ON.match(text[leading.end() :])
    ):
        # "... issued on" / "19 September 2005 by China", "... of resolution" / "687
        # (1991) and": no paragraph opens with a number that reads on.
        goes_on = True
    if (
        not goes_on
        and not ended
        and _ends_in_article(cur.lines[-1].text)
        and not _PP_OPENER.match(text)
        and not _OP_OPENER.match(text)
        and not is_title_heading(text)
    ):
        # "Mindful of its duties and its responsibilities under the" / blank / "Charter
        # of the United Nations ...": no paragraph ends with an article; the blank line is
        # the scan's (a page or a column broke the sentence). Not before a recital's own
        # lead ("... of the" / "Reaffirming the programme") nor an operative verb ("...
        # as amended by the" / "Decides to remain seized") or a heading ("Political
        # process", a Word draft's): that opens a paragraph of its own, the one above
        # left unfinished by its drafter.
        goes_on = True
    if cut.page_break:
        goes_on = _over_a_page_break(cut, line, cur, ended, goes_on)
    if (
        goes_on
        and text[:1].islower()
        and not cut.page_break
        and cur.kind == "sub"
        and line.indent < cur.indent
        and cut.op_indent is not None
        and line.indent <= cut.op_indent
        and _final_punct(cur.lines[-1].text) in (";", ".")
    ):
        # "(b) entities owned or controlled by them;" / blank / "provided that the
        # Committee may ..." set back at the paragraph's indent: the paragraph's own
        # ending after its list, not the last item going on.
        cut.add(line, wrap_up=True)
        return None
    return not goes_on


def _over_a_page_break(cut: _Cut, line: _Line, cur: _Unit, ended: str, goes_on: bool) -> bool:
    """Whether ``line``, after a page break, goes on with ``cur`` (``goes_on``: what the
    tests of the blank line found): a unit that has not ended goes on, but for a
    paragraph of one short line (a job number printed on each page); a paragraph broken
    after a comma goes on at its wrapped lines' indent."""
    if (
        cur.kind != "note"
        # (The line above's, found already, when it is the unit's last.)
        and not (ended if cut.prev is cur.lines[-1] else _final_punct(cur.lines[-1].text))
    ):
        # The cheap tests first: a unit of several lines is not joined again (a long unit
        # broken by many pages was re-joined at every break, quadratic; found by the
        # fuzzing campaign, 3.6 s per MB).
        if not goes_on and (len(cur.lines) > 1 or cur.kind != "para"):
            goes_on = True
        elif not goes_on:
            # A paragraph of one line, told by its text (a job number printed as a
            # paragraph of its own on each of a thousand pages).
            one = cur.lines[0].text
            if (long := cut.long_lines.get(one)) is None:
                joined = cur.text
                long = len(joined.split()) > 10 or bool(_PP_OPENER.match(joined))
                cut.long_lines[one] = long
            goes_on = long
    if (
        cur.kind == "para"
        and len(cur.lines) > 1
        and cur.lines[0].indent > cur.lines[-1].indent == line.indent
        and not _PP_OPENER.match(line.text)
    ):
        # The page broke after a comma inside a paragraph ("... Guinea-Bissau," /
        # "ECOWAS, UNIOGBIS, ..."): a new paragraph would open with its first-line
        # indent, a continued one keeps the indent of its wrapped lines.
        goes_on = True
    return goes_on


def _sub_heading(cut: _Cut, i: int, line: _Line, cur: _Unit, ended: str) -> bool:
    """Whether ``line`` is a sub-heading between two items of a list, set off only by its
    indent: "... efforts;" / "Root causes of conflict" / "(c) Provide ..." (read so)."""
    if (
        cut.prev is not None
        and cur.kind in ("sub", "op")
        and ended
        and line.indent >= cut.prev.indent + 2
        and _is_title(line.text)
        and _next_is_label(cut.lines, i)
    ):
        cut.add(line, title=True)
        return True
    return False


def _heading_between(cut: _Cut, i: int, line: _Line, cur: _Unit, ended: str) -> bool:
    """Whether ``line`` is a heading between the preamble and paragraph 1, between two
    numbered paragraphs or between two items of a list, with no blank line around it:
    "..., / Targeted Sanctions / 1. Decides ...", "... mandate: / Protection of
    civilians / (a) To protect ...". It is a unit of its own (read so), and the label
    after it may open a paragraph or an item."""
    lines, expected = cut.lines, cut.expected
    if (
        not cut.markdown
        and cut.prev is not None
        and cur.kind != "note"
        and ended
        and (
            _next_is_op(lines, i, expected)
            or (
                # Below a paragraph that ended, or a recital: a line ending with a comma
                # may be the first of a heading of two lines ("Implementation of the
                # Agreement on Peace and Reconciliation in Mali," / "Political situation
                # and elections"). (The look ahead first, and the recital's opener on
                # its first line: the unit joined at each of its thousands of lines was
                # quadratic.)
                _op_after_blank(lines, i, expected)
                and (ended != "," or _PP_OPENER.match(cur.lines[0].text) is not None)
            )
            or (cur.kind in ("op", "sub") and _next_line_is_item(lines, i))
        )
        and is_title_heading(line.text)
    ):
        cut.add(line, title=True)
        return True
    return False


def _opens_para(cut: _Cut, line: _Line, cur: _Unit, ended: str) -> bool:
    """Whether ``line``, with no blank line before it, opens a paragraph after ``cur``,
    a recital: set in after a line that ended, a recital's opener after a comma, a
    capital after a full stop in the preamble, an operative paragraph after the last
    recital."""
    prev = cut.prev
    text = line.text
    return bool(
        prev is not None
        and cur.kind == "para"
        and (
            (line.indent >= prev.indent + 2 and ended)
            or (
                ended == ","
                and _PP_OPENER.match(text)
                and not cut.in_operative
                # Where blank lines part the recitals (a PDF printed with a gap between
                # paragraphs), a line with none before it goes on with the recital above,
                # whatever word it opens with ("... EUCAP Somalia," / "Combined Maritime
                # Forces' ..."). Not across a page break: a page may open a recital.
                and not (cut.parted and not cut.page_break)
                # A recital that opens set in further than this line ("     Expressing
                # ..., welcoming ... Illegal," / "Unreported and Unregulated Fishing"):
                # the line is one of its wrapped lines, whatever word it opens with: set
                # back clearly (a justified copy varies a column or two) to the margin of
                # the wrapped line above it. Not across a page break: each page of a
                # copied text has its own margin.
                and not (
                    line.indent + _SET_BACK <= cur.lines[0].indent
                    and abs(line.indent - prev.indent) <= 1
                    and prev is not cur.lines[0]
                    and not cut.page_break
                    and not _runs_over_a_page(cur)
                )
            )
            or (
                ended in (";", ".")
                and _opens_upper(text)
                and not cut.in_operative
                and not _ABBREVIATION_END.search(prev.text)
            )
            or (
                # "Having examined the application ..., 26" / "Recommends to the General
                # Assembly ...": a single operative paragraph after the last recital,
                # with no blank line between them.
                ended == ","
                and not cut.in_operative
                and _OP_OPENER.match(text)
                and _PP_OPENER.match(cur.text)
            )
        )
    )
