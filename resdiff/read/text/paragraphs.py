"""Paragraphs, the third stage of the text reader: the body cut into units (paragraphs,
sub-paragraphs, headings, footnotes at the foot of a page).

The splitter reads the body line by line, each line through its steps in turn until one
takes it: a line going on with the unit above (the commonest, told at once), a line of a
run of headings, a unit of one line of its own (a part's formula or label, a note), a
unit a label opens (:mod:`.numbered`), a footnote between paragraphs, and last whether a
line with no label starts a unit (:mod:`.unlabelled`). The steps share the state of
:mod:`.cut`; they ask :mod:`.shapes` what a line looks like, :mod:`.labels` which label
may follow which, and :mod:`.footnotes` whether a numbered block is a note."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import RemovedText
from .cut import _Cut
from .footnotes import (
    _MD_NOTE,
    _at_page_foot,
    _at_the_foot,
    _cited_marks,
    _cited_stars,
    _is_footnote,
    _rules,
)
from .lines import _final_punct, _Line
from .numbered import _BULLET_FIRST, LABEL_FIRST, _labelled, _negotiation_label
from .patterns import (
    _BULLET,
    _DOT_LABEL,
    _FOOTNOTE,
    _FORMULA,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PP_OPENER,
)
from .shapes import _ends_unit
from .units import _Unit
from .unlabelled import _starts_new

#: The characters a part's label (:data:`_PART_LABEL`) may open with: "PART", "Part", a
#: letter A-H or a Roman numeral.
_PART_LABEL_FIRST = frozenset("PABCDEFGHIVX")

#: The characters a line that :func:`_own_line` may take opens with: a formula's, a part's
#: label's, a note's ("[^1]:", "*") and a negotiation label's ("OP3", "PP1", "[OP3]").
_OWN_LINE_FIRST = frozenset("TLE[*OP") | _PART_LABEL_FIRST

#: Longest enacting formula on a line of its own ("Therefore the Economic and Social
#: Council,").
_FORMULA_CHARS = 60


def _units(
    lines: list[_Line],
    markdown: bool,
    removed: list[RemovedText],
    *,
    nested_by_indent: bool = False,
    masthead: Sequence[str] = (),
    blank_gaps: bool = False,
) -> list[_Unit]:
    """Cut the body into units (``masthead``: the lines above the body, which may cite a
    note below: "Cuba:* draft resolution").

    A unit starts at an operative number, a sub-paragraph label or bullet, after a blank
    line (unless the text goes on in lower case: a page break inside a sentence), at a
    more indented line after a line that ends a paragraph, and, in the preamble, at a line
    opening with a participle or adjective after a line ending with a comma (unless
    ``blank_gaps``, the reader wrote a blank line at every gap it measured between
    paragraphs, and the recitals are parted so: :func:`_parted`).
    """
    cut = _Cut(lines, markdown, removed, nested_by_indent, masthead)
    cut.parted = blank_gaps and _parted(lines)
    units = cut.units
    for i, line in enumerate(lines):
        if not line.text:
            cut.blank_before = True
            cut.page_break = cut.page_break or line.page_break
            continue
        # A form feed opening the line itself (pdftotext's page break, after the blank
        # line that ends the page) breaks the page as much as one on a blank line.
        cut.page_break = cut.page_break or line.page_break
        first_char = line.text[0]
        cur = units[-1] if units else None
        # (Each step asked only where its first character lets it take the line.)
        if (
            ("a" <= first_char <= "z" and _wraps_on(cut, line, cur))
            or (first_char in _BULLET_FIRST and _item_reads_on(cut, line, cur))
            or (bool(cut.headed) and _in_heading_run(cut, i, line, cur))
            or (first_char in _OWN_LINE_FIRST and _own_line(cut, line, first_char))
        ):
            continue
        if first_char in LABEL_FIRST or first_char.isdecimal():
            took, cross_ref, ended = _labelled(cut, i, line, first_char, cur)
            if took:
                continue
        else:
            cross_ref, ended = False, None
        if ended is None:
            ended = _final_punct(cut.prev.text) if cut.prev is not None else ""
        if first_char.isdigit() and _footnote(cut, i, line):
            continue
        starts_new = _starts_new(cut, i, line, cur, ended)
        if starts_new is None:
            continue
        if cross_ref and cur is not None and cur.kind != "note":
            starts_new = False  # "paragraph 1" / "(g) of this resolution": one sentence
        if starts_new:
            units.append(_Unit([line], "para", indent=line.indent, md_heading=line.md_heading))
        else:
            assert cur is not None
            cur.lines.append(line)
        cut.awaiting_text = False
        cut.took(line)
    return units


#: The recitals opening after a blank line a text must have for :func:`_parted` to hold.
_PARTED_LEAST = 3


def _parted(lines: list[_Line]) -> bool:
    """Whether blank lines part the recitals of these lines: of the lines that open with
    a recital's opener after a line ending with a comma, at least :data:`_PARTED_LEAST`
    and more than half have a blank line before them. A print without space between its
    paragraphs has none so, and keeps the rule that a recital's opener after a comma
    opens a recital; one whose blank lines were lost in places keeps it too."""
    after_blank = directly = 0
    blank = False
    previous = ""
    for line in lines:
        text = line.text
        if not text:
            blank = True
            continue
        if previous.endswith(",") and _PP_OPENER.match(text) is not None:
            if blank:
                after_blank += 1
            else:
                directly += 1
        previous, blank = text, False
    return after_blank >= _PARTED_LEAST and after_blank > directly


def _wraps_on(cut: _Cut, line: _Line, cur: _Unit | None) -> bool:
    """Whether ``line`` is a wrapped line going on with the unit above, told at once (the
    commonest line): in lower case, no item's label, after a line that ended nothing and
    no blank line (appended so). Every later step needs a label, a capital, a digit, a
    blank line or a final punctuation before it, and would append it all the same (30
    tests a line: 1.5 µs, half the loop of a text of short lines)."""
    prev = cut.prev
    if not (
        "a" <= line.text[0] <= "z"
        and not cut.blank_before
        and not cut.awaiting_text
        and not cut.headed
        and prev is not None
        and cur is not None
        and cur.kind != "note"
        and not line.md_heading
        and not (cur.lines and cur.lines[-1].md_heading)
    ):
        return False
    # The tests of the two texts, remembered by them: a hostile text repeats one short
    # wrapped line ("x-") tens of thousands of times.
    text = line.text
    wraps = cut.wrapping.get((text, prev.text))
    if wraps is None:
        wraps = _DOT_LABEL.match(text) is None and not _final_punct(prev.text)
        cut.wrapping[text, prev.text] = wraps
    if wraps:
        cur.lines.append(line)
        cut.prev, cut.page_break = line, False
    return wraps


def _item_reads_on(cut: _Cut, line: _Line, cur: _Unit | None) -> bool:
    """Whether ``line`` is an item "- x" under a paragraph that ends nothing, going on
    with it (appended so): no later step lets it open a unit (each needs a blank, a final
    mark, indent, "and", "]", a sub or a title)."""
    prev = cut.prev
    if not (
        line.text[0] in _BULLET_FIRST
        and not cut.blank_before
        and not cut.awaiting_text
        and not cut.headed
        and prev is not None
        and cur is not None
        and not cur.title
        and (cur.kind == "op" or (cur.kind == "para" and len(cur.lines) > 1))
        and line.indent <= prev.indent
        and not (line.md_heading or cur.lines[-1].md_heading)
    ):
        return False
    text = line.text
    reads_on = cut.bulleted.get((text, prev.text))
    if reads_on is None:
        item = _BULLET.match(text)
        reads_on = cut.bulleted[text, prev.text] = (
            item is not None
            and item.group("rest")[:1] != "("
            and not _ends_unit(prev.text, _final_punct(prev.text))
            and "]" not in prev.text
        )
    if reads_on:
        cur.lines.append(line)
        cut.prev, cut.page_break = line, False
    return reads_on


def _in_heading_run(cut: _Cut, i: int, line: _Line, cur: _Unit | None) -> bool:
    """Whether ``line`` is one of a run of headings found below a paragraph (see
    :func:`.unlabelled._headings_below`): it opens a heading or goes on with the one
    above (read so)."""
    opens = cut.headed.pop(i, None)
    if opens is None:
        return False
    if opens or cur is None:
        cut.add(line, title=True)
    else:
        cur.lines.append(line)
        cut.took(line)
    return True


def _own_line(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` is a unit of one line of its own (a part's formula or label, a
    Markdown note, a cited asterisk's note) or opens with a negotiation draft's label
    (read so)."""
    # (Each asked only where the line's first character lets it take the line.)
    return (
        (first_char in "TLE" and _part_formula(cut, line, first_char))
        or (first_char in _PART_LABEL_FIRST and _part_label(cut, line, first_char))
        or (first_char == "[" and _markdown_note(cut, line, first_char))
        or (first_char == "*" and _star_note(cut, line, first_char))
        or (first_char in "OP[" and _negotiation_label(cut, line, first_char))
    )


def _part_formula(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` is a part's own enacting formula ("B" / "Title" / "The General
    Assembly," / "Recalling ..."): a unit of its own (read so), never the end of the
    paragraph before nor a recital (the tree keeps it as a heading of the part)."""
    text = line.text
    if (
        len(text) <= _FORMULA_CHARS
        and first_char in "TLE"
        and not cut.awaiting_text
        and (formula := _FORMULA.fullmatch(text)) is not None
        and formula.group(0)[-1:] in ",:"
    ):
        cut.add(line, blank_before=True)
        return True
    return False


def _part_label(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` is a part of a resolution labelled on a line of its own ("A",
    "B", "II"), the text of the part right under it with no blank line between: the label
    is a unit of its own (a heading), and what follows starts afresh (read so; found in
    S/RES/814 and 864 (1993), where "A" and "1. Welcomes" were read as one recital)."""
    text = line.text
    prev = cut.prev
    if not (
        len(text) <= _PART_LABEL_CHARS
        # (What the pattern opens with, told before it is run at every short line.)
        and first_char in _PART_LABEL_FIRST
        and _PART_LABEL.match(text)
        and not cut.awaiting_text
        and (
            cut.blank_before
            # In a text copied from a PDF, with no blank lines: after a paragraph that
            # ended (not "Acting under Chapter" / "VII" / "of the Charter": a lone "VII"
            # or "I" with no blank line before is a wrapped line of a sentence).
            or (prev is not None and _final_punct(prev.text) in (",", ";", ".", ":"))
        )
        # A label with its full stop ("A.") after a lead-in's colon or a list item's
        # semicolon or comma is the list's next item ("... designated:" / "A." /
        # "Mr. X;" / "B."), not a part: a part opens the text or follows one that ended.
        and not (
            text.rstrip().endswith(".")
            and prev is not None
            and _final_punct(prev.text) in (",", ";", ":")
        )
    ):
        return False
    cut.add(line, blank_before=True)
    # A part numbered afresh ("B" / "1."): its "1." is its own first paragraph, not
    # Markdown counting on.
    cut.part_opened = True
    cut.last_part = text.split()[-1].rstrip(".")
    return True


def _markdown_note(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` is a Markdown footnote's definition ("[^1]: Resolution 217 A
    (III)."): a note (read so)."""
    if not (cut.markdown and first_char == "["):
        return False
    defined = _MD_NOTE.match(line.text)
    if defined is None:
        return False
    cut.units.append(
        _Unit(
            [_Line(line.no, defined.group("text"), line.indent)],
            "note",
            defined.group("mark"),
            None,
            line.indent,
        )
    )
    cut.took(line)
    return True


def _star_note(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` is a note whose asterisk the text cites, not an item with a
    bullet ("* On behalf of the States Members of the United Nations that are members of
    the Group of 77 and China." under a masthead's "Cuba:* draft resolution"): read
    so."""
    if not (first_char == "*" and cut.blank_before and not cut.markdown and not cut.awaiting_text):
        return False
    star = _FOOTNOTE.match(line.text)
    if star is None:
        return False
    if cut.rules is None:
        cut.rules = _rules(cut.removed)
    if cut.stars is None:
        cut.stars = _cited_stars(cut.masthead)
    if (
        cut.stars
        and len(star.group("mark")) in cut.stars
        and _at_the_foot(cut.prev, line, cut.rules or [])
    ):
        cut.add(line, "note", star.group("mark"))
        return True
    return False


def _footnote(cut: _Cut, i: int, line: _Line) -> bool:
    """Whether ``line`` is a footnote at the bottom of a page, between paragraphs (read
    so)."""
    text = line.text
    if cut.markdown or cut.awaiting_text:
        return False
    note = _FOOTNOTE.match(text) if text[:1].isdigit() else None
    if note is None or not note.group("mark")[0].isdigit():
        return False
    if cut.cited is None:
        cut.cited = _cited_marks(cut.lines)
    if not cut.blank_before:
        # A PDF's text layer has no blank line above the notes where the print's gap is
        # no wider than its paragraphs' ("... ideas that should" / "1/ S/1994/262." /
        # page break, a scanned text printed as typed): a slash mark the text cites, at
        # the page's foot, is the note all the same (never text: "1/" opens no sentence).
        mark = note.group("mark")
        if not (mark.endswith("/") and int(mark[:-1]) in cut.cited and _at_page_foot(cut.lines, i)):
            return False
        cut.add(line, "note", mark)
        return True
    if _is_footnote(cut.lines, i, note, cut.prev, cut.cited, cut.expected):
        cut.add(line, "note", note.group("mark"))
        return True
    return False
