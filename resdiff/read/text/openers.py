"""Whether a line that opens with a label (an operative number, a sub-paragraph's label or
a bullet) opens a unit of its own, for the paragraph stage (:mod:`.paragraphs`): after a
blank line or a unit that ended, under a short labelled title, as a list's first item
whose next item stands below, as the paragraph the count expects; otherwise the label is
a wrapped line's words ("... paragraph" / "3. of resolution ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...memo import remembered
from .headings import _SECTION_CODE
from .labels import _label_follows
from .lines import _final_punct, _Line
from .patterns import _BARE_OP_ALONE, _PAREN_LABEL, _PART_LABEL, _PART_LABEL_CHARS
from .patterns import _BARE_OP_LABEL as _BARE_OP
from .shapes import (
    _bare_expected,
    _ends_unit,
    _is_expected_op,
    _opens_upper,
    _text_below,
    _whole_brackets,
)
from .units import _Unit

#: Most words of a labelled title wrapped over lines ("(b) Good offices and support to
#: the peace process, including the implementation of the Peace Agreement, elections,
#: national reconciliation, social cohesion and transitional justice at national and
#: local levels": 26).
_WRAPPED_TITLE_WORDS = 40
#: The labels that open a list ("(a)", "(i)", "(1)").
_FIRST_KEYS = frozenset({"a", "A", "i", "I", "1"})
#: Lines looked through below a first item "(a)" for the item after it.
_ITEM_LOOK_AHEAD = 40


def _next_item_below(lines: Sequence[_Line], i: int, label: str) -> bool:
    """Whether a line among the few below line ``i`` (before a blank one) opens with the
    label after ``label`` ("(b)" after "(a)"); the blank a page's furniture left (a page
    break) does not stop the search."""
    # The texts looked at already: the answer is the text's (a list of "(a) x" nested a
    # thousand deep and pasted a thousand times holds forty alike below each item).
    looked: set[str] = set()
    # A slice, not itertools.islice: islice walks the list from its first line to reach
    # line i, so a text of n lines with an item on each asked n times over (the fuzzer's
    # 406 KB of "(a)" items and hyphenated "x-" lines, 2.4 s per MB and growing with n).
    for line in lines[i + 1 : i + 1 + _ITEM_LOOK_AHEAD]:
        if not line.text:
            if line.page_break:
                continue
            return False
        text = line.text
        if text in looked:
            continue
        looked.add(text)
        found = _paren_label(text)
        if found is not None and _label_follows(label, found):
            return True
    return False


@remembered(4096)
def _paren_label(text: str) -> str | None:
    """The bracketed label ``text`` opens with ("(a)"), or ``None``: remembered by the
    text, as each line is asked by the forty items above it (the fuzzer's list of "(a) x"
    nested a thousand deep, 3.8 s per MB)."""
    found = _PAREN_LABEL.match(text)
    return found.group("label") if found is not None else None


def _label_opens(
    lines: list[_Line],
    i: int,
    op: re.Match[str] | None,
    sub: re.Match[str] | None,
    cur: _Unit | None,
    units: Sequence[_Unit],
    prev: _Line | None,
    *,
    blank_before: bool,
    awaiting_text: bool,
    expected: int,
    bracketed: bool,
) -> tuple[bool, str | None]:
    """Whether the label that line ``i`` opens with (``op``, an operative number, or
    ``sub``, a sub-paragraph's label or bullet; one at least) may open a unit there, and
    the final punctuation of the line before where the tests had to find it (``None``
    where they did not: the caller finds it when it needs it). The tests of a list's
    items come first; the cheap ones before those that look ahead."""
    line = lines[i]
    text = line.text
    ended: str | None = None
    opens = bool(
        blank_before
        or prev is None
        or awaiting_text
        # After a short labelled title ("(a) Protection of civilians"), a label starts
        # a sub-paragraph; so does one more indented than the line before (below).
        or (
            cur is not None
            and cur.kind == "sub"
            and len(cur.lines) == 1
            and len(cur.lines[0].text.split()) <= 8
        )
        # The same title wrapped over two lines ("(e) Support for national and
        # international justice, the fight against impunity, and the rule" / "of
        # law"), then the first item under it ("(i) To help reinforce ..."): the
        # title ends nothing, but the list under it opens with a capital.
        or (
            sub is not None
            and cur is not None
            and cur.kind == "sub"
            and len(cur.lines) <= 4
            and not _final_punct(cur.lines[-1].text)
            and len(cur.text.split()) <= _WRAPPED_TITLE_WORDS
            and sub.group("label").strip("().") in _FIRST_KEYS
            and (sub.group("rest") or "")[:1].isupper()
        )
        # A sub-heading inside a list ("Root causes of conflict").
        or (cur is not None and cur.title)
        # A part's title on one line under its label ("II" / "General activities of
        # the Department" / "3. Stresses ..."), as a PDF prints it with no gap.
        or (
            cur is not None
            and cur.kind == "para"
            and len(cur.lines) == 1
            and len(units) >= 2
            and len(units[-2].lines) == 1
            and len(units[-2].text) <= _PART_LABEL_CHARS
            and _PART_LABEL.match(units[-2].text) is not None
        )
        or _ends_unit(prev.text, ended := _final_punct(prev.text))
        # The first item of a list whose lead-in ends with no colon ("... UNAMI
        # shall" / "(a) prioritize ..." / "(b) promote ...", S/RES/2522 (2020)
        # OP2): its next item opens a line below, before any blank line.
        or (
            sub is not None
            and sub.re is _PAREN_LABEL
            and sub.group("label").strip("().") in _FIRST_KEYS
            and _next_item_below(lines, i, sub.group("label"))
        )
        # The paragraph the count expects, opening with an operative verb ("1.
        # Reiterates ..."), after a line that ended nothing: a heading copied out of a
        # PDF ("Political process, including the implementation of the Peace
        # Agreement"), or a list typed with no final punctuation. A sentence wrapped
        # before "2." goes on in lower case, or with no verb.
        # (A number alone on its line, "3." / "Expresses ...", finds its verb below it.)
        or (
            op is not None
            and not bracketed
            and _is_expected_op(
                op, expected, verb=True, below="" if op.group("rest") else _text_below(lines, i)
            )
        )
        # The same without the full stop ("Political process" / "1<tab>Decides
        # ..."): the count's number and an operative verb (a capital, which
        # _bare_op takes once the count has begun, is no proof here).
        or (
            op is not None
            and op.re in (_BARE_OP, _BARE_OP_ALONE)
            and _bare_expected(text, expected, _text_below(lines, i))
        )
        # The same under a heading typed right above it, after a blank line ("... ;" /
        # "" / "Arms embargo" / "2. Recalls its decision ..."), whatever the verb: the
        # count's number opening with a capital, under one short line that ends with
        # no punctuation. Read as the heading's words going on, the paragraph ran, with
        # the heading, into the one above the blank line, and its number was lost.
        or (op is not None and not bracketed and _under_heading(op, cur, expected))
        # A drafter's note or a text in dispute on a line of its own ("[Note: the United
        # States proposes deleting this paragraph]") ends what stood before it.
        or ("]" in prev.text and _whole_brackets(prev.text))
        or (line.indent > prev.indent and cur is not None and cur.kind != "para")
    )
    return opens, ended


#: The most words of a heading line right above a numbered paragraph (see
#: :func:`_under_heading`).
_HEADING_ABOVE_WORDS = 10


def _under_heading(op: re.Match[str], cur: _Unit | None, expected: int) -> bool:
    """Whether operative number ``op`` is the count's (with its full stop), its text
    opening with a capital, right under a unit of one line that looks like a heading: at
    most :data:`_HEADING_ABOVE_WORDS` words, opening with a capital or a section code,
    ending with no punctuation ("Arms embargo", "Targeted sanctions in Somalia", "1d: IED
    components restrictions"). A sentence wrapped
    before a number ends a longer unit, or opens nothing with a capital."""
    if cur is None or cur.kind != "para" or len(cur.lines) != 1:
        return False
    heading = cur.lines[0].text
    return (
        op.groupdict().get("sep", ".") == "."
        and int(op.group("num")) == expected
        and _opens_upper(op.group("rest") or "")
        and (heading[:1].isupper() or _SECTION_CODE.match(heading) is not None)
        and len(heading.split()) <= _HEADING_ABOVE_WORDS
        and not _final_punct(heading)
        and heading[-1:] not in ",;:.!?-"
    )
