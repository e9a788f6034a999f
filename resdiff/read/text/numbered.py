"""The units a label opens, steps of the paragraph splitter (:mod:`.paragraphs`): a
negotiation draft's "PP1" and "OP3", an operative paragraph's number (printed, without
its full stop, or misread by a scan) and a sub-paragraph's label or bullet, each where
:mod:`.openers` says the label may open a unit there (not "paragraph 1" / "(g) of this
resolution", a reference running on)."""

from __future__ import annotations

import re
import string

from .cut import _Cut
from .labels import _label_follows, _predecessor_keys
from .lines import _final_punct, _Line
from .openers import _label_opens
from .patterns import (
    _BARE_OP_ALONE,
    _BULLET,
    _BULLETS,
    _CROSS_REF_END,
    _DOT_LABEL,
    _MD_OP_LABEL,
    _NEGOTIATION_LABEL,
    _OP_LABEL,
    _PAREN_LABEL,
    _SHORT_OP_DIGITS,
)
from .patterns import (
    _BARE_OP_LABEL as _BARE_OP,
)
from .shapes import OCR_NUMBER_FIRST, _bare_op, _ends_list_item, _ends_unit, _ocr_op
from .units import _labels_in, _runs_full_width, _Unit

#: The characters a bullet (:data:`_BULLET`) may be.
_BULLET_FIRST = frozenset("–—•·▪‣◦*+-")

#: The characters a line that :func:`_labelled` may take opens with (besides a decimal
#: digit of any script): a bracketed number's, a scan's misread number's, a sub-paragraph
#: label's ("(a)", "a.") and a bullet. A line opening with another (a recital's or a
#: heading's capital) is not asked (three calls a line, a fifth of the splitter's).
LABEL_FIRST = frozenset("[(" + string.ascii_lowercase) | OCR_NUMBER_FIRST | _BULLET_FIRST

#: The last characters of a line that :data:`_CROSS_REF_END` cannot end (it ends in a
#: number, a bracket, a comma, "and", "or" or "to"): the ASCII letters but those three
#: words end in. A line ending in one is not searched (a list of items was, at every item).
_NO_CROSS_REF_END = frozenset(string.ascii_letters) - frozenset("dDrRoO")


def _negotiation_label(cut: _Cut, line: _Line, first_char: str) -> bool:
    """Whether ``line`` opens with a negotiation draft's label ("PP1 Recalling ...",
    "OP3. Decides ...") that opens a unit (read so): a preambular paragraph keeps its
    label and opens a recital; an operative one is numbered as "3." would be."""
    text = line.text
    negotiated = _NEGOTIATION_LABEL.match(text) if first_char in "OP[" else None
    prev = cut.prev
    if negotiated is None or not (
        cut.blank_before
        or prev is None
        or cut.awaiting_text
        or _ends_unit(prev.text, _final_punct(prev.text))
    ):
        return False
    label = negotiated.group("label")
    if negotiated.group("side") == "PP":
        # A recital, wherever it stands (a "PP3" after "OP2" takes no operative number:
        # the tree keeps it in the preamble).
        cut.labelled(line, negotiated.group("rest"), "para", label, None)
    else:
        number = int(negotiated.group("num"))
        cut.labelled(line, negotiated.group("rest"), "op", label, number)
        if not negotiated.group("suffix"):
            cut.expected = number + 1
        cut.in_operative = True
        cut.sub_labels.clear()
        cut.op_indent = line.indent if cut.op_indent is None else cut.op_indent
    cut.took(line)
    return True


def _operative_number(
    cut: _Cut, i: int, text: str, first_char: str, bracketed: bool
) -> re.Match[str] | None:
    """The operative number ``text`` opens with, if any: printed ("3."; in a Markdown
    text, as Markdown numbers a list; inside the brackets of a paragraph in dispute),
    without its full stop where the count expects it ("3 Requests ...") or misread by a
    scan ("Z. Demands ...")."""
    markdown = cut.markdown
    op = None
    if first_char.isdecimal() or bracketed:
        op = (_MD_OP_LABEL if markdown else _OP_LABEL).match(text[1:] if bracketed else text)
        if (
            op is None
            and not markdown
            and not bracketed
            and not (len(text) > 3 and text[:4].isdecimal())
        ):
            # "1 Decides ...": a number (three digits at most) without its full stop.
            op = _bare_op(cut.lines, i, cut.expected, counting=cut.bare_count)
            cut.bare_count = cut.bare_count or op is not None
    if (
        op is None
        and first_char in OCR_NUMBER_FIRST
        and not markdown
        and not bracketed
        # (Its ". " after the count's number, of six digits at most: looked for first.)
        and (". " in text[1:8] or cut.expected >= 1_000_000)
    ):
        # A scanned number with a letter for a digit ("Z. Demands ...", S/RES/686
        # (1991); "S. Decides ...", S/RES/902 (1994)) where the count expects it: read as
        # the digits, the label as printed (the tree warns).
        op = _ocr_op(text, cut.expected, cut.prev)
    return op


def _sub_label(text: str, first_char: str) -> re.Match[str] | None:
    """The sub-paragraph's label ("(a)", "a.") or bullet ``text`` opens with, if any
    (each pattern tried only at the first characters it opens with)."""
    if first_char == "(":
        return _PAREN_LABEL.match(text)
    if "a" <= first_char <= "z":
        return _DOT_LABEL.match(text)
    if first_char in _BULLET_FIRST:
        sub = _BULLET.match(text)
        if sub is not None and sub.group("rest")[:1] == "(":
            # "- (a) Supplies ...": a bullet before an item's own label (pasted Word
            # bullets, a Markdown list of lettered items) is the item's label.
            return _PAREN_LABEL.match(sub.group("rest")) or sub
        return sub
    return None


def _opens_operative(
    cut: _Cut, line: _Line, op: re.Match[str], bracketed: bool, ended: str | None
) -> tuple[bool, str]:
    """Whether operative number ``op``, which may open a unit at ``line``, opened one (an
    operative paragraph, or an item where paragraphs are quoted or nested under a
    lead-in: read so), and the final punctuation of the line before."""
    prev = cut.prev
    markdown = cut.markdown
    text = line.text
    if ended is None:
        ended = _final_punct(prev.text) if prev is not None else ""
    number = int(op.group("num"))
    if markdown and op.groupdict().get("suffix"):
        pass  # "1 bis." stands after 1 as printed
    elif markdown and cut.part_opened:
        cut.part_opened = False
        cut.only_ones = number == 1
    elif markdown and number == 1 and cut.only_ones and cut.expected > 1:
        # "1." on every item: Markdown numbers the list itself (1, 2, 3).
        number = cut.expected
    elif markdown:
        cut.only_ones = cut.only_ones and number == 1
    long_ok = len(op.group("num")) <= _SHORT_OP_DIGITS or number == cut.expected
    op_indent = cut.op_indent
    deeper = op_indent is not None and line.indent >= op_indent + 2
    # Paragraphs quoted under a lead-in, set in and out of the count ("... shall be
    # replaced by the following:" / "     5. Decides that ..." / "     6. ..."): the
    # first after the colon, then those set in as far as it.
    quoted = deeper and (
        (ended == ":" and (number != cut.expected or line.indent >= (op_indent or 0) + 4))
        or (cut.quote_indent is not None and line.indent >= cut.quote_indent)
    )
    nested = deeper and (markdown or cut.nested_by_indent or quoted)
    if quoted and cut.quote_indent is None:
        cut.quote_indent = line.indent
    sep_ok = (
        markdown
        or op.group("sep") == "."
        or number == cut.expected
        or op.re in (_BARE_OP, _BARE_OP_ALONE)
    )
    plausible = number == cut.expected or cut.blank_before or bool(prev and ended)
    shift = 1 if bracketed else 0
    label = text[shift : shift + op.start("rest")].strip() if op.group("rest") else text
    rest = ("[" if bracketed else "") + (op.group("rest") or "")
    if bracketed and not op.group("rest"):
        # "[7.]" alone: no paragraph to open.
        return False, ended
    if sep_ok and plausible and long_ok and not nested:
        inner = _PAREN_LABEL.match(op.group("rest") or "")
        if inner and inner.group("rest") and not bracketed:
            # "11. (a) Expresses ...": the paragraph opens with its first item.
            cut.labelled(line, "", "op", label, number)
            cut.labelled(line, inner.group("rest"), "sub", inner.group("label"), None)
        else:
            # "2." alone on its line: its text, below, is its own (and goes on over a
            # page break as the paragraph's, not as a paragraph of ten words or fewer
            # that a heading's test would take).
            cut.labelled(line, rest or None, "op", label, number)
        if not op.groupdict().get("suffix"):
            # "1 bis." stands after 1 and before 2: the count goes on from 1.
            cut.expected = number + 1
        cut.in_operative = True
        cut.quote_indent = None
        cut.sub_labels.clear()
        cut.op_indent = line.indent if op_indent is None else op_indent
        cut.took(line)
        return True, ended
    if nested:
        cut.labelled(line, rest, "sub", label, None)
        cut.took(line)
        return True, ended
    return False, ended


def _cross_ref(cut: _Cut, sub: re.Match[str], cur: _Unit | None) -> bool:
    """Whether item label ``sub`` goes on with a reference the line before ends with
    ("paragraph 1" / "(g) of this resolution"), or with an enumeration running inside
    the sentence: one sentence, not an item."""
    prev = cut.prev
    cross_ref = bool(
        prev is not None
        and not cut.awaiting_text
        and prev.text[-1:] not in _NO_CROSS_REF_END
        and _CROSS_REF_END.search(prev.text)
        and (sub.group("rest") or "")[:1].islower()
    )
    if (
        sub.re is _PAREN_LABEL
        and cur is not None
        and prev is not None
        and not cut.blank_before
        and not cut.awaiting_text
        # (The labels before this one first, remembered: "(a)" has none, and the line
        # before is not looked at. The unit's text is joined only when the label has a
        # predecessor: a run of "(a)" lines read on into one paragraph joined it again
        # at each line.)
        and bool(before := _predecessor_keys(sub.group("label")))
        and (not _ends_list_item(prev.text) or _runs_full_width(prev, cur))
        and not _labels_in(cur).isdisjoint(before)
    ):
        # "... by (1) the cessation of hostilities ...," / "(2) the establishment of
        # ...": an enumeration running inside the sentence, whose next item happens to
        # start a wrapped line. A real list item would follow one that ended.
        cross_ref = True
    return cross_ref


def _opens_item(
    cut: _Cut, line: _Line, sub: re.Match[str], can_label: bool, cur: _Unit | None
) -> bool:
    """Whether item label ``sub`` (which :mod:`.openers` may have let open a unit:
    ``can_label``) opened an item at ``line`` (read so)."""
    if (
        not can_label
        and cur is not None
        and cur.kind == "sub"
        and (sub.group("rest") or "")[:1].isupper()
        and _label_follows(cut.sub_labels.get(line.indent), sub.group("label"))
    ):
        # The next label of a list at the same indent, after an item that ends without
        # punctuation ("... Joint Demarcation Committee" / "(7) National").
        can_label = True
    if not can_label or line.md_heading or not (cut.units or sub.re is not _DOT_LABEL):
        return False
    # What labelled() does, written out: this runs at every item of a list.
    rest, label = sub.group("rest", "label")
    cut.units.append(
        _Unit([_Line(line.no, rest or "", line.indent)], "sub", label, None, line.indent)
    )
    cut.awaiting_text = rest is None
    if label not in _BULLETS:
        cut.sub_labels[line.indent] = label
    cut.took(line)
    return True


def _labelled(
    cut: _Cut, i: int, line: _Line, first_char: str, cur: _Unit | None
) -> tuple[bool, bool, str | None]:
    """Whether a label ``line`` opens with opened a unit (read so); if not, whether the
    line goes on with a reference or an enumeration of the sentence above (one sentence:
    it opens nothing), and the final punctuation of the line before where the tests had
    to find it (``None`` where they did not)."""
    text = line.text
    # A whole paragraph in dispute, its number inside the brackets ("[7. Decides that
    # all States shall ...;]"): the number is the label, the bracket stays in the text.
    bracketed = first_char == "[" and text[1:2].isdecimal()
    op = _operative_number(cut, i, text, first_char, bracketed)
    sub = _sub_label(text, first_char)
    if op is None and sub is None:
        return False, False, None
    # Whether a label may open a unit here: asked only of a line that opens with one (no
    # other line reads it).
    can_label, ended = _label_opens(
        cut.lines,
        i,
        op,
        sub,
        cur,
        cut.units,
        cut.prev,
        blank_before=cut.blank_before,
        awaiting_text=cut.awaiting_text,
        expected=cut.expected,
        bracketed=bracketed,
    )
    if op and can_label and not line.md_heading:
        took, ended = _opens_operative(cut, line, op, bracketed, ended)
        if took:
            return True, False, ended
    if sub is None:
        return False, False, ended
    cross_ref = _cross_ref(cut, sub, cur)
    if not cross_ref and _opens_item(cut, line, sub, can_label, cur):
        return True, False, ended
    return False, cross_ref, ended
