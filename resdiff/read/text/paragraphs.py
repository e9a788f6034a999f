"""Paragraphs, the third stage of the text reader: the body cut into units (paragraphs,
sub-paragraphs, headings, footnotes at the foot of a page).

The splitter asks :mod:`.shapes` what a line looks like, :mod:`.labels` which label may
follow which, and :mod:`.footnotes` whether a numbered block is a note."""

from __future__ import annotations

import string
from collections.abc import Sequence

from ...model import (
    RemovedText,
)
from .footnotes import (
    _MD_NOTE,
    _at_the_foot,
    _cited_marks,
    _cited_stars,
    _is_footnote,
    _rules,
)
from .hyphens import SOFT_HYPHEN
from .labels import _label_follows, _predecessor_keys
from .lines import (
    _final_punct,
    _Line,
)
from .openers import _label_opens
from .patterns import (
    _ABBREVIATION_END,
    _BARE_OP_ALONE,
    _BULLET,
    _BULLETS,
    _CROSS_REF_END,
    _DOT_LABEL,
    _FOOTNOTE,
    _FORMULA,
    _LEADING_NUMBER,
    _MD_OP_LABEL,
    _NEGOTIATION_LABEL,
    _OP_LABEL,
    _PAREN_LABEL,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PP_OPENER,
    _RUNS_ON,
    _SHORT_OP_DIGITS,
)
from .patterns import (
    _BARE_OP_LABEL as _BARE_OP,
)
from .shapes import (
    _OP_OPENER,
    OCR_NUMBER_FIRST,
    _bare_op,
    _ends_list_item,
    _ends_unit,
    _heading_run,
    _is_title,
    _lost_comma_line,
    _next_is_label,
    _next_is_op,
    _next_line_is_item,
    _ocr_op,
    _op_after_blank,
    _opens_upper,
    is_title_heading,
)
from .units import _labels_in, _runs_full_width, _runs_over_a_page, _Unit

#: Columns by which a recital's wrapped lines stand left of its first line, at least, for
#: a line at their margin to go on with it.
_SET_BACK = 3


#: The last characters of a line that :data:`_CROSS_REF_END` cannot end (it ends in a
#: number, a bracket, a comma, "and", "or" or "to"): the ASCII letters but those three
#: words end in. A line ending in one is not searched (a list of items was, at every item).
_NO_CROSS_REF_END = frozenset(string.ascii_letters) - frozenset("dDrRoO")

#: The characters a bullet (:data:`_BULLET`) may be.
_BULLET_FIRST = frozenset("–—•·▪‣◦*+-")


#: The characters a part's label (:data:`_PART_LABEL`) may open with: "PART", "Part", a
#: letter A-H or a Roman numeral.
_PART_LABEL_FIRST = frozenset("PABCDEFGHIVX")

#: Longest enacting formula on a line of its own ("Therefore the Economic and Social
#: Council,").
_FORMULA_CHARS = 60


#: The articles no paragraph ends with, in lower case ("A" alone is a part's label).
_ARTICLES = frozenset(["the", "a", "an"])


def _ends_in_article(text: str) -> bool:
    """Whether ``text`` ends with an article after another word: a sentence cut short."""
    head, _, last = text.rstrip().rpartition(" ")
    return last in _ARTICLES and bool(head.strip())


def _units(
    lines: list[_Line],
    markdown: bool,
    removed: list[RemovedText],
    *,
    nested_by_indent: bool = False,
    masthead: Sequence[str] = (),
) -> list[_Unit]:
    """Cut the body into units (``masthead``: the lines above the body, which may cite a
    note below: "Cuba:* draft resolution").

    A unit starts at an operative number, a sub-paragraph label or bullet, after a blank
    line (unless the text goes on in lower case: a page break inside a sentence), at a
    more indented line after a line that ends a paragraph, and, in the preamble, at a line
    opening with a participle or adjective after a line ending with a comma.
    """
    units: list[_Unit] = []
    expected = 1
    blank_before = True
    prev: _Line | None = None
    in_operative = False
    op_indent: int | None = None
    # A label printed alone on its line ("1." then the text): the text that follows,
    # even after a blank line, belongs to it.
    awaiting_text = False
    # The last sub-paragraph label seen at each indent, within the current paragraph.
    sub_labels: dict[int, str] = {}
    # The indent of paragraphs quoted under a lead-in, while they go on.
    quote_indent: int | None = None
    # Whether every operative number of a Markdown text so far is "1." (a list Markdown
    # numbers itself).
    only_ones = True
    # Whether a part's label came since the last operative number.
    part_opened = False
    # The last part's label read on a line of its own ("B"), if any.
    last_part: str | None = None
    # The rules above the notes and the asterisk marks the masthead cites, found when a
    # line first opens with "*".
    rules: list[int] | None = None
    stars: frozenset[int] | None = None

    def labelled(line: _Line, rest: str | None, kind: str, label: str, number: int | None) -> None:
        nonlocal awaiting_text
        units.append(
            _Unit([_Line(line.no, rest or "", line.indent)], kind, label, number, line.indent)
        )
        awaiting_text = rest is None

    # The lines of a run of headings found below a paragraph (see _heading_run): whether
    # each opens a heading or goes on with the one above.
    headed: dict[int, bool] = {}
    page_break = False
    # The marks cited, found the first time a block may be a footnote: a text of one-line
    # items has none, and each of its lines was searched for marks (1 µs a line).
    cited: set[int] | None = None
    # Whether a paragraph number without its full stop ("1 Decides ...") was read: the
    # count, once so begun, goes on at any capital (see _bare_op).
    bare_count = False
    # Whether a line in lower case goes on with the line above (the fast path below), by
    # the two lines' texts.
    wrapping: dict[tuple[str, str], bool] = {}
    bulleted: dict[tuple[str, str], bool] = {}  # (the same for an item "- x", below)
    # Whether a paragraph of one line reads on over a page break, by its text (below).
    long_lines: dict[str, bool] = {}
    for i, line in enumerate(lines):
        if not line.text:
            blank_before = True
            page_break = page_break or line.page_break
            continue
        # A form feed opening the line itself (pdftotext's page break, after the blank
        # line that ends the page) breaks the page as much as one on a blank line.
        page_break = page_break or line.page_break
        text = line.text
        first_char = text[0]
        cur = units[-1] if units else None
        if (
            "a" <= first_char <= "z"
            and not blank_before
            and not awaiting_text
            and not headed
            and prev is not None
            and cur is not None
            and cur.kind != "note"
            and not line.md_heading
            and not (cur.lines and cur.lines[-1].md_heading)
        ):
            # The tests of the two texts, remembered by them: a hostile text repeats one
            # short wrapped line ("x-") tens of thousands of times.
            wraps = wrapping.get((text, prev.text))
            if wraps is None:
                wraps = _DOT_LABEL.match(text) is None and not _final_punct(prev.text)
                wrapping[text, prev.text] = wraps
            if wraps:
                # A wrapped line going on with the unit above, told at once (the
                # commonest line): in lower case, no item's label, after a line that
                # ended nothing and no blank line. Every test below needs a label, a
                # capital, a digit, a blank line or a final punctuation before it, and
                # would append it all the same (30 tests a line: 1.5 µs, half the loop
                # of a text of short lines).
                cur.lines.append(line)
                prev, page_break = line, False
                continue
        if (
            first_char in _BULLET_FIRST
            and not blank_before
            and not awaiting_text
            and not headed
            and prev is not None
            and cur is not None
            and not cur.title
            and (cur.kind == "op" or (cur.kind == "para" and len(cur.lines) > 1))
            and line.indent <= prev.indent
            and not (line.md_heading or cur.lines[-1].md_heading)
        ):
            # An item "- x" under a paragraph that ends nothing: no test below lets it open a
            # unit (each needs a blank, a final mark, indent, "and", "]", a sub or a title).
            reads_on = bulleted.get((text, prev.text))
            if reads_on is None:
                item = _BULLET.match(text)
                reads_on = bulleted[text, prev.text] = (
                    item is not None
                    and item.group("rest")[:1] != "("
                    and not _ends_unit(prev.text, _final_punct(prev.text))
                    and "]" not in prev.text
                )
            if reads_on:
                cur.lines.append(line)
                prev, page_break = line, False
                continue
        # (Empty but below a run of headings: not asked at every line.)
        opens = headed.pop(i, None) if headed else None
        if opens is not None:
            if opens or cur is None:
                units.append(_Unit([line], "para", indent=line.indent, title=True))
            else:
                cur.lines.append(line)
            blank_before, prev, page_break = False, line, False
            continue
        if (
            len(text) <= _FORMULA_CHARS
            and first_char in "TLE"
            and not awaiting_text
            and (formula := _FORMULA.fullmatch(text)) is not None
            and formula.group(0)[-1:] in ",:"
        ):
            # A part's own enacting formula ("B" / "Title" / "The General Assembly," /
            # "Recalling ..."): a unit of its own, never the end of the paragraph before
            # nor a recital (the tree keeps it as a heading of the part).
            units.append(_Unit([line], "para", None, None, line.indent))
            blank_before, prev, page_break = True, line, False
            continue
        if (
            len(text) <= _PART_LABEL_CHARS
            # (What the pattern opens with, told before it is run at every short line.)
            and first_char in _PART_LABEL_FIRST
            and _PART_LABEL.match(text)
            and not awaiting_text
            and (
                blank_before
                # In a text copied from a PDF, with no blank lines: after a paragraph
                # that ended (not "Acting under Chapter" / "VII" / "of the Charter").
                or (prev is not None and _final_punct(prev.text) in (",", ";", ".", ":"))
            )
        ):
            # A part of a resolution labelled on a line of its own ("A", "B", "II") after
            # a blank line, the text of the part right under it with no blank line
            # between: the label is a unit of its own (a heading), and what follows starts
            # afresh (found in S/RES/814 and 864 (1993), where "A" and "1. Welcomes" were
            # read as one recital). Without the blank line before, a lone "VII" or "I" is
            # a wrapped line of a sentence ("Acting under Chapter" / "VII" / "of the").
            units.append(_Unit([line], "para", None, None, line.indent))
            blank_before, prev, page_break = True, line, False
            # A part numbered afresh ("B" / "1."): its "1." is its own first paragraph,
            # not Markdown counting on.
            part_opened = True
            last_part = text.split()[-1]
            continue
        if markdown and first_char == "[" and (defined := _MD_NOTE.match(text)) is not None:
            # "[^1]: Resolution 217 A (III)." A Markdown footnote's definition: a note.
            units.append(
                _Unit(
                    [_Line(line.no, defined.group("text"), line.indent)],
                    "note",
                    defined.group("mark"),
                    None,
                    line.indent,
                )
            )
            blank_before, prev, page_break = False, line, False
            continue
        star = (
            _FOOTNOTE.match(text)
            if first_char == "*" and blank_before and not markdown and not awaiting_text
            else None
        )
        if star is not None:
            if rules is None:
                rules = _rules(removed)
            if stars is None:
                stars = _cited_stars(masthead)
        if (
            star is not None
            and stars
            and len(star.group("mark")) in stars
            and _at_the_foot(prev, line, rules or [])
        ):
            # "* On behalf of the States Members of the United Nations that are members of
            # the Group of 77 and China." under a masthead's "Cuba:* draft resolution": a
            # note whose asterisk the text cites, not an item with a bullet.
            units.append(_Unit([line], "note", star.group("mark"), None, line.indent))
            blank_before, prev, page_break = False, line, False
            continue
        negotiated = _NEGOTIATION_LABEL.match(text) if first_char in "OP[" else None
        if negotiated is not None and (
            blank_before
            or prev is None
            or awaiting_text
            or _ends_unit(prev.text, _final_punct(prev.text))
        ):
            # "PP1 Recalling ...", "OP3. Decides ...": the labels of a negotiation
            # draft. A preambular paragraph keeps its label and opens a recital; an
            # operative one is numbered as "3." would be.
            label = negotiated.group("label")
            if negotiated.group("side") == "PP":
                # A recital, wherever it stands (a "PP3" after "OP2" takes no operative
                # number: the tree keeps it in the preamble).
                labelled(line, negotiated.group("rest"), "para", label, None)
            else:
                number = int(negotiated.group("num"))
                labelled(line, negotiated.group("rest"), "op", label, number)
                if not negotiated.group("suffix"):
                    expected = number + 1
                in_operative = True
                sub_labels.clear()
                op_indent = line.indent if op_indent is None else op_indent
            blank_before, prev, page_break = False, line, False
            continue
        # The line before's final punctuation, asked for up to five times below: found
        # when first asked (an item of a list that opens a unit does not ask).
        ended: str | None = None
        # Each label pattern opens with its own first characters: a line is matched only
        # against the one its first character allows (the same match, fewer tries).
        op = None
        # A whole paragraph in dispute, its number inside the brackets ("[7. Decides that
        # all States shall ...;]"): the number is the label, the bracket stays in the text.
        bracketed = first_char == "[" and text[1:2].isdecimal()
        if first_char.isdecimal() or bracketed:
            op = (_MD_OP_LABEL if markdown else _OP_LABEL).match(text[1:] if bracketed else text)
            if (
                op is None
                and not markdown
                and not bracketed
                and not (len(text) > 3 and text[:4].isdecimal())
            ):
                # "1 Decides ...": a number (three digits at most) without its full stop.
                op = _bare_op(lines, i, expected, counting=bare_count)
                bare_count = bare_count or op is not None
        if (
            op is None
            and first_char in OCR_NUMBER_FIRST
            and not markdown
            and not bracketed
            # (Its ". " after the count's number, of six digits at most: looked for first.)
            and (". " in text[1:8] or expected >= 1_000_000)
        ):
            # A scanned number with a letter for a digit ("Z. Demands ...", S/RES/686
            # (1991); "S. Decides ...", S/RES/902 (1994)) where the count expects it: read
            # as the digits, the label as printed (the tree warns).
            op = _ocr_op(text, expected, prev)
        if first_char == "(":
            sub = _PAREN_LABEL.match(text)
        elif "a" <= first_char <= "z":
            sub = _DOT_LABEL.match(text)
        elif first_char in _BULLET_FIRST:
            sub = _BULLET.match(text)
            if sub is not None and sub.group("rest")[:1] == "(":
                # "- (a) Supplies ...": a bullet before an item's own label (pasted Word
                # bullets, a Markdown list of lettered items) is the item's label.
                sub = _PAREN_LABEL.match(sub.group("rest")) or sub
        else:
            sub = None
        # Whether a label may open a unit here: asked only of a line that opens with one
        # (no other line reads it).
        can_label = False
        if op is not None or sub is not None:
            can_label, ended = _label_opens(
                lines,
                i,
                op,
                sub,
                cur,
                units,
                prev,
                blank_before=blank_before,
                awaiting_text=awaiting_text,
                expected=expected,
                bracketed=bracketed,
            )
        if op and can_label and not line.md_heading:
            if ended is None:
                ended = _final_punct(prev.text) if prev is not None else ""
            number = int(op.group("num"))
            if markdown and op.groupdict().get("suffix"):
                pass  # "1 bis." stands after 1 as printed
            elif markdown and part_opened:
                part_opened = False
                only_ones = number == 1
            elif markdown and number == 1 and only_ones and expected > 1:
                # "1." on every item: Markdown numbers the list itself (1, 2, 3).
                number = expected
            elif markdown:
                only_ones = only_ones and number == 1
            long_ok = len(op.group("num")) <= _SHORT_OP_DIGITS or number == expected
            deeper = op_indent is not None and line.indent >= op_indent + 2
            # Paragraphs quoted under a lead-in, set in and out of the count ("... shall
            # be replaced by the following:" / "     5. Decides that ..." / "     6.
            # ..."): the first after the colon, then those set in as far as it.
            quoted = deeper and (
                (ended == ":" and (number != expected or line.indent >= (op_indent or 0) + 4))
                or (quote_indent is not None and line.indent >= quote_indent)
            )
            nested = deeper and (markdown or nested_by_indent or quoted)
            if quoted and quote_indent is None:
                quote_indent = line.indent
            sep_ok = (
                markdown
                or op.group("sep") == "."
                or number == expected
                or op.re in (_BARE_OP, _BARE_OP_ALONE)
            )
            plausible = number == expected or blank_before or bool(prev and ended)
            shift = 1 if bracketed else 0
            label = text[shift : shift + op.start("rest")].strip() if op.group("rest") else text
            rest = ("[" if bracketed else "") + (op.group("rest") or "")
            if bracketed and not op.group("rest"):
                # "[7.]" alone: no paragraph to open.
                op = None
            elif sep_ok and plausible and long_ok and not nested:
                inner = _PAREN_LABEL.match(op.group("rest") or "")
                if inner and inner.group("rest") and not bracketed:
                    # "11. (a) Expresses ...": the paragraph opens with its first item.
                    labelled(line, "", "op", label, number)
                    labelled(line, inner.group("rest"), "sub", inner.group("label"), None)
                else:
                    # "2." alone on its line: its text, below, is its own (and goes on
                    # over a page break as the paragraph's, not as a paragraph of ten
                    # words or fewer that a heading's test would take).
                    labelled(line, rest or None, "op", label, number)
                if not op.groupdict().get("suffix"):
                    # "1 bis." stands after 1 and before 2: the count goes on from 1.
                    expected = number + 1
                in_operative = True
                quote_indent = None
                sub_labels.clear()
                op_indent = line.indent if op_indent is None else op_indent
                blank_before, prev, page_break = False, line, False
                continue
            if nested and op is not None:
                labelled(line, rest, "sub", label, None)
                blank_before, prev, page_break = False, line, False
                continue
        cross_ref = bool(
            sub
            and prev is not None
            and not awaiting_text
            and prev.text[-1:] not in _NO_CROSS_REF_END
            and _CROSS_REF_END.search(prev.text)
            and (sub.group("rest") or "")[:1].islower()
        )
        if (
            sub
            and sub.re is _PAREN_LABEL
            and cur is not None
            and prev is not None
            and not blank_before
            and not awaiting_text
            # (The labels before this one first, remembered: "(a)" has none, and the line
            # before is not looked at. The unit's text is joined only when the label has
            # a predecessor: a run of "(a)" lines read on into one paragraph joined it
            # again at each line.)
            and bool(before := _predecessor_keys(sub.group("label")))
            and (not _ends_list_item(prev.text) or _runs_full_width(prev, cur))
            and not _labels_in(cur).isdisjoint(before)
        ):
            # "... by (1) the cessation of hostilities ...," / "(2) the establishment of
            # ...": an enumeration running inside the sentence, whose next item happens
            # to start a wrapped line. A real list item would follow one that ended.
            cross_ref = True
        if (
            sub
            and not can_label
            and cur is not None
            and cur.kind == "sub"
            and (sub.group("rest") or "")[:1].isupper()
            and _label_follows(sub_labels.get(line.indent), sub.group("label"))
        ):
            # The next label of a list at the same indent, after an item that ends
            # without punctuation ("... Joint Demarcation Committee" / "(7) National").
            can_label = True
        if (
            sub
            and can_label
            and not cross_ref
            and not line.md_heading
            and (units or sub.re is not _DOT_LABEL)
        ):
            # What labelled() does, written out: this runs at every item of a list.
            rest, label = sub.group("rest", "label")
            units.append(
                _Unit([_Line(line.no, rest or "", line.indent)], "sub", label, None, line.indent)
            )
            awaiting_text = rest is None
            if label not in _BULLETS:
                sub_labels[line.indent] = label
            blank_before, prev, page_break = False, line, False
            continue
        if ended is None:
            ended = _final_punct(prev.text) if prev is not None else ""
        note = (
            _FOOTNOTE.match(text)
            if blank_before and not markdown and not awaiting_text and text[:1].isdigit()
            else None
        )
        if note and note.group("mark")[0].isdigit() and cited is None:
            cited = _cited_marks(lines)
        if (
            note
            and cited is not None
            and note.group("mark")[0].isdigit()
            and _is_footnote(lines, i, note, prev, cited, expected)
        ):
            # A footnote at the bottom of a page, between paragraphs.
            units.append(_Unit([line], "note", note.group("mark"), None, line.indent))
            blank_before, prev, page_break = False, line, False
            continue
        starts_new = cur is None or line.md_heading or (cur.lines and cur.lines[-1].md_heading)
        if awaiting_text or (cur is not None and cur.kind == "note" and not blank_before):
            starts_new = False
        elif cur is not None and cur.kind == "note":
            starts_new = True
        elif (
            not starts_new
            and (not blank_before or page_break)
            and not markdown
            and prev is not None
            and cur is not None
            and cur.kind != "note"
            and not cur.title
            and ended
            and ended != ":"
            and first_char.isupper()
            and (ended != "," or _PP_OPENER.match(cur.lines[0].text) is not None)
            and (run := _heading_run(lines, i, expected)) is not None
        ):
            # Headings below a paragraph that ended, the blank lines around them lost in
            # the copy, above the paragraph the count expects: "... country;" /
            # "MINUSMA's mandate" / "General principles" / "15. Decides ...", or one
            # heading wrapped over two lines ("... in Mali," / "Political situation and
            # elections"). Each is a unit of its own, never the end of the paragraph
            # (nor, over a page break, taken for the paragraph going on). Not after a
            # colon: the lines a paragraph announces ("... designated:" / "Mohammed
            # Omar Khan" / "Abdul Rahman Yasin") are its own.
            headed = run
            headed.pop(i)
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif (
            not starts_new
            and not blank_before
            and not markdown
            and cur is not None
            and cur.kind != "note"
            and not cur.title
            and ended in (";", ".")
            and _lost_comma_line(lines, i, expected)
        ):
            # "... months;" / "Noting with concern the situation in Haiti" / "3. Calls
            # upon ...", no blank lines: a recital that lost its comma, a unit of its own
            # (the tree reads it as a recital out of place, as with blank lines), not the
            # end of the paragraph above, which has ended.
            units.append(_Unit([line], "para", indent=line.indent))
            blank_before, prev, page_break = False, line, False
            continue
        elif not starts_new and blank_before:
            # After a blank line a new paragraph starts, unless the sentence goes on
            # (lower-case start, or a hyphenated word broken over a page).
            # A page break inside a paragraph that has not ended goes on, too.
            assert cur is not None
            goes_on = text[:1].islower() or cur.lines[-1].text.endswith(("-", SOFT_HYPHEN))
            if (
                goes_on
                and len(text) == 1
                and ended in (";", ".")
                and last_part is not None
                and len(last_part) == 1
                and ord(text) == ord(last_part) + 33
            ):
                # "B" / ... "30. ... Monitor Mission;" / blank / "c" (S/RES/820 (1993),
                # part C's label lowered by the scan): the letter after the last part's
                # label, alone after a paragraph that has ended, goes on no sentence; the
                # tree reads it as the next part's label.
                goes_on = False
            if (
                prev is not None
                and ended in ("", ",")
                and first_char.isdecimal()  # (what the pattern opens with: "\d")
                and not (len(text) > 4 and text[:5].isdecimal())  # (four digits at most)
                and (leading := _LEADING_NUMBER.match(text))
                and _RUNS_ON.match(text[leading.end() :])
            ):
                # "... issued on" / "19 September 2005 by China", "... of resolution" /
                # "687 (1991) and": no paragraph opens with a number that reads on.
                goes_on = True
            if (
                not goes_on
                and not ended
                and _ends_in_article(cur.lines[-1].text)
                and not _PP_OPENER.match(text)
                and not _OP_OPENER.match(text)
                and not is_title_heading(text)
            ):
                # "Mindful of its duties and its responsibilities under the" / blank /
                # "Charter of the United Nations ...": no paragraph ends with an article;
                # the blank line is the scan's (a page or a column broke the sentence).
                # Not before a recital's own lead ("... of the" / "Reaffirming the
                # programme") nor an operative verb ("... as amended by the" /
                # "Decides to remain seized") or a heading ("Political process", a Word
                # draft's): that opens a paragraph of its own, the one above left
                # unfinished by its drafter.
                goes_on = True
            if (
                page_break
                and cur.kind != "note"
                # (The line above's, found already, when it is the unit's last.)
                and not (ended if prev is cur.lines[-1] else _final_punct(cur.lines[-1].text))
            ):
                # The cheap tests first: a unit of several lines is not joined again (a
                # long unit broken by many pages was re-joined at every break, quadratic;
                # found by the fuzzing campaign, 3.6 s per MB).
                if not goes_on and (len(cur.lines) > 1 or cur.kind != "para"):
                    goes_on = True
                elif not goes_on:
                    # A paragraph of one line, told by its text (a job number printed
                    # as a paragraph of its own on each of a thousand pages).
                    one = cur.lines[0].text
                    if (long := long_lines.get(one)) is None:
                        joined = cur.text
                        long = len(joined.split()) > 10 or bool(_PP_OPENER.match(joined))
                        long_lines[one] = long
                    goes_on = long
            if (
                page_break
                and cur.kind == "para"
                and len(cur.lines) > 1
                and cur.lines[0].indent > cur.lines[-1].indent == line.indent
                and not _PP_OPENER.match(text)
            ):
                # The page broke after a comma inside a paragraph ("... Guinea-Bissau," /
                # "ECOWAS, UNIOGBIS, ..."): a new paragraph would open with its first-line
                # indent, a continued one keeps the indent of its wrapped lines.
                goes_on = True
            starts_new = not goes_on
            if (
                goes_on
                and text[:1].islower()
                and not page_break
                and cur.kind == "sub"
                and line.indent < cur.indent
                and op_indent is not None
                and line.indent <= op_indent
                and _final_punct(cur.lines[-1].text) in (";", ".")
            ):
                # "(b) entities owned or controlled by them;" / blank / "provided that
                # the Committee may ..." set back at the paragraph's indent: the
                # paragraph's own ending after its list, not the last item going on.
                units.append(_Unit([line], "para", indent=line.indent, wrap_up=True))
                blank_before, prev, page_break = False, line, False
                continue
        elif (
            not starts_new
            and prev is not None
            and cur is not None
            and cur.kind in ("sub", "op")
            and ended
            and line.indent >= prev.indent + 2
            and _is_title(text)
            and _next_is_label(lines, i)
        ):
            # A sub-heading between two items of a list, set off only by its indent:
            # "... efforts;" / "Root causes of conflict" / "(c) Provide ...".
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif (
            not starts_new
            and not markdown
            and prev is not None
            and cur is not None
            and cur.kind != "note"
            and ended
            and (
                _next_is_op(lines, i, expected)
                or (
                    # Below a paragraph that ended, or a recital: a line ending with a
                    # comma may be the first of a heading of two lines
                    # ("Implementation of the Agreement on Peace and Reconciliation in
                    # Mali," / "Political situation and elections").
                    # (The look ahead first, and the recital's opener on its first
                    # line: the unit joined at each of its thousands of lines was
                    # quadratic.)
                    _op_after_blank(lines, i, expected)
                    and (ended != "," or _PP_OPENER.match(cur.lines[0].text) is not None)
                )
                or (cur.kind in ("op", "sub") and _next_line_is_item(lines, i))
            )
            and is_title_heading(text)
        ):
            # A heading line between the preamble and paragraph 1, between two numbered
            # paragraphs or between two items of a list, with no blank line around it:
            # "..., / Targeted Sanctions / 1. Decides ...", "... mandate: / Protection
            # of civilians / (a) To protect ...". It is a unit of its own, and the label
            # after it may open a paragraph or an item.
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif (
            not starts_new
            and prev is not None
            and cur is not None
            and cur.kind == "para"
            and (
                (line.indent >= prev.indent + 2 and ended)
                or (
                    ended == ","
                    and _PP_OPENER.match(text)
                    and not in_operative
                    # A recital that opens set in further than this line ("     Expressing
                    # ..., welcoming ... Illegal," / "Unreported and Unregulated Fishing"):
                    # the line is one of its wrapped lines, whatever word it opens with:
                    # set back clearly (a justified copy varies a column or two) to the
                    # margin of the wrapped line above it. Not across a page break: each
                    # page of a copied text has its own margin.
                    and not (
                        line.indent + _SET_BACK <= cur.lines[0].indent
                        and abs(line.indent - prev.indent) <= 1
                        and prev is not cur.lines[0]
                        and not page_break
                        and not _runs_over_a_page(cur)
                    )
                )
                or (
                    ended in (";", ".")
                    and _opens_upper(text)
                    and not in_operative
                    and not _ABBREVIATION_END.search(prev.text)
                )
                or (
                    # "Having examined the application ..., 26" / "Recommends to the
                    # General Assembly ...": a single operative paragraph after the
                    # last recital, with no blank line between them.
                    ended == ","
                    and not in_operative
                    and _OP_OPENER.match(text)
                    and _PP_OPENER.match(cur.text)
                )
            )
        ):
            starts_new = True
        if cross_ref and cur is not None and cur.kind != "note":
            starts_new = False  # "paragraph 1" / "(g) of this resolution": one sentence
        if starts_new:
            units.append(_Unit([line], "para", indent=line.indent, md_heading=line.md_heading))
        else:
            assert cur is not None
            cur.lines.append(line)
        awaiting_text = False
        blank_before, prev, page_break = False, line, False
    return units
