"""Paragraphs, the third stage of the text reader: the body cut into units (paragraphs,
sub-paragraphs, headings, footnotes at the foot of a page), and the label sequences they
follow."""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from ...brackets import bracket_groups
from ...compiled import compile_cached
from ...model import (
    RemovedText,
    Section,
)
from ..common import is_roman
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .patterns import (
    _ABBREVIATION_END,
    _BULLET,
    _BULLETS,
    _CITED_MARK,
    _CROSS_REF_END,
    _DOT_LABEL,
    _FOOT_LOOKAHEAD,
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

# --------------------------------------------------------------------------- units


@dataclass(slots=True)
class _Unit:
    """A run of lines the splitter cut: a paragraph, a sub-paragraph or a heading."""

    lines: list[_Line]
    kind: str  # "op", "sub", "para"
    label: str | None = None
    number: int | None = None
    indent: int = 0
    md_heading: bool = False
    #: A short title line set off by its indent inside a list (a sub-heading).
    title: bool = False
    #: The end of a paragraph after its list of items ("provided that the Committee may
    #: authorize exemptions ..."), set back to the paragraph's indent: it belongs to the
    #: paragraph, not to its last item.
    wrap_up: bool = False
    #: The keys of the parenthesised labels in the lines read so far (see _labels_in),
    #: made the first time they are asked for: most units never are, and a set each kept
    #: 15,000 more objects for the cyclic collector to walk in a text of 15,000 items.
    label_keys: set[str] | None = None
    label_keys_read: int = 0
    #: Whether a line after the first opens a new page (see _runs_over_a_page), and how
    #: many lines have been looked at for it.
    paged: bool = False
    paged_read: int = 1
    # Set by the builder (:mod:`.tree`) on a unit that opens a clause: the unit is that
    # clause's node, so that a text of 15,000 one-line items makes no second object for
    # each (one more for the cyclic collector to walk, and 1 µs to make).
    #: The clause's ref ("OP1(a)"), its section, and the heading it stands under.
    ref: str = ""
    section: Section = "preamble"
    heading: str | None = None
    #: The sub-paragraphs' nodes, a list made at the first (most nodes are leaves).
    children: list[_Unit] | None = None
    #: For sub-paragraphs: the label family ("paren-alpha", "bullet", ...) and key.
    family: str = ""
    key: str = ""

    @property
    def text(self) -> str:
        return _join(self.lines)


def _whole_brackets(text: str) -> bool:
    """Whether a line is brackets from its first character to its last: a drafter's note
    ("[Note: ...]") or a text in dispute on a line of its own."""
    text = text.strip()
    if text[:1] != "[" or text[-1:] != "]":
        return False
    groups = bracket_groups(text)
    return bool(groups) and groups[0].start == 0 and groups[-1].end == len(text)


def _ends_unit(text: str, final: str) -> bool:
    """Whether a line can end a paragraph or a lead-in (so that a label may follow);
    ``final`` is its final punctuation (:func:`_final_punct`), which the caller has."""
    if final:
        return True
    # "...; and" wrapped so that the conjunction stands alone on its line.
    return text.endswith((" and", " or")) or text in ("and", "or")


def _is_title(text: str) -> bool:
    """A short capitalised line without final punctuation: a heading's shape."""
    return (
        len(text.split()) <= 10
        and text[:1].isupper()
        and not _final_punct(text)
        and text[-1:] not in ",;:.!?-"
        and _PP_OPENER.match(text) is None
    )


#: Small words a title-case heading leaves in lower case ("Protection of Civilians").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "with", "its", "their", "under"}
)
#: Operative verbs that open a paragraph, third person: a line opening with one after a
#: recital's final comma starts the operative part ("Recommends to the General ...").
_OP_OPENER = compile_cached(
    r"^(?:Recommends|Decides|Requests|Calls|Urges|Demands|Condemns|Resolves|Takes\s+note|"
    r"Notes|Welcomes|Expresses|Appeals|Invites|Approves|Elects|Appoints|Endorses|"
    r"Authori[sz]es|Reaffirms|Affirms|Declares|Agrees|Deplores|Commends|Encourages|"
    r"Emphasi[sz]es|Stresses|Supports|Underlines|Hereby|Considers|Reiterates|Extends|"
    r"Renews|Directs|Instructs)\b"
)


#: Most words of a labelled title wrapped over lines ("(b) Good offices and support to
#: the peace process, including the implementation of the Peace Agreement, elections,
#: national reconciliation, social cohesion and transitional justice at national and
#: local levels": 26).
_WRAPPED_TITLE_WORDS = 40
#: The labels that open a list ("(a)", "(i)", "(1)").
_FIRST_KEYS = frozenset({"a", "A", "i", "I", "1"})
#: Columns by which a recital's wrapped lines stand left of its first line, at least, for
#: a line at their margin to go on with it.
_SET_BACK = 3
#: Words that may stand before an operative verb ("Further requests", "Strongly condemns").
_VERB_PREFIXES = frozenset({"Further", "Also", "Strongly", "Again", "Firmly", "Once"})


def _opens_with_verb(text: str) -> bool:
    """Whether a paragraph's text opens with an operative verb, perhaps after a word that
    continues or stresses it ("Decides", "Further requests", "Strongly condemns")."""
    first, _, rest = text.partition(" ")
    if first in _VERB_PREFIXES:
        if first == "Once":
            rest = rest.removeprefix("again ")
        return _OP_OPENER.match(rest[:1].upper() + rest[1:]) is not None
    return _OP_OPENER.match(text) is not None


def _opens_upper(text: str) -> bool:
    """Whether a line opens with a capital, past an opening quotation mark (the
    paragraphs of a presidential statement open with one: '"The Security Council ...')."""
    return text.lstrip("\"'“‘")[:1].isupper()


def _is_title_case(words: list[str]) -> bool:
    """Every word capitalised except the small ones ("of", "and"), the first too."""
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def is_title_heading(text: str) -> bool:
    """A short heading line: :func:`_is_title`, or a title-case line that opens with a
    participle ("Targeted Sanctions", "Monitoring and Reporting", "Reporting").

    A recital that lost its comma opens with a participle too, but the word after it is
    in lower case ("Acting under Chapter VII of the Charter", "Recalling its ..."), and
    it cites things (numbers, brackets) where a heading names a subject.
    """
    if _is_title(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 6 or not all(w.isalpha() for w in words):
        return False
    if not _is_title_case(words) or _final_punct(text):
        return False
    rest = words[1:]
    if rest and rest[0] in ("and", "or"):
        rest = rest[1:]  # "Monitoring and Reporting"
    return not rest or rest[0][:1].isupper()


def _ends_list_item(text: str) -> bool:
    """Whether a line ends an item of a list: ";" (perhaps "; and"), ":" or ".". An
    enumeration inside a sentence runs on with commas and "and"."""
    text = text.rstrip()
    return _final_punct(text) in (";", ":", ".") or text.endswith(("; and", "; or"))


@lru_cache(maxsize=4096)
def _predecessor_keys(label: str) -> tuple[str, ...]:
    """The keys of the labels that may stand before ``label`` in a list ("h" and "viii"
    before "(ix)"): none before "(a)", "(A)" or "(1)". Remembered: a list of thousands of
    items asks for the same few (3 µs each, with the Roman numerals)."""
    key = label.strip("().}")
    before: list[str] = []
    if key.isdigit() and int(key) > 1:
        before.append(str(int(key) - 1))
    if is_roman(key) and key != "i":
        before.append(_to_roman(_from_roman(key) - 1))
    if len(key) == 1 and key.isalpha() and key not in "aA":
        before.append(chr(ord(key) - 1))
    return tuple(before)


#: The last characters of a line that :data:`_CROSS_REF_END` cannot end (it ends in a
#: number, a bracket, a comma, "and", "or" or "to"): the ASCII letters but those three
#: words end in. A line ending in one is not searched (a list of items was, at every item).
_NO_CROSS_REF_END = frozenset(string.ascii_letters) - frozenset("dDrRoO")

#: The characters a bullet (:data:`_BULLET`) may be.
_BULLET_FIRST = frozenset("–—•·▪‣◦*+-")

#: A line at least this share of the widest line of its paragraph runs to the margin.
_FULL_WIDTH = 0.85


def _runs_full_width(prev: _Line, cur: _Unit) -> bool:
    """Whether ``prev`` runs to the right margin like the other lines of ``cur``: a line
    wrapped by the layout, not one ended by its writer. An item that ends there ("...
    of the OIOS;" / "(ii) production of ...") is an enumeration running inside the
    sentence when its first item stood inside the sentence too; a list set as a list
    ends its items short."""
    if len(cur.lines) < 2:
        return False
    widest = max(len(line.text) for line in cur.lines)
    return len(prev.text) >= _FULL_WIDTH * widest


#: "S. Decides ...": a paragraph number 5 as an OCR misreads it, a capital word after it.
_OCR_FIVE = compile_cached(r"S\.\s[A-Z][a-z]")


def _is_expected_op(op: re.Match[str] | None, expected: int, *, verb: bool = False) -> bool:
    """Whether an operative label found (``op``, of :data:`_OP_LABEL` or its Markdown
    twin) opens paragraph ``expected`` with a full stop ("3."), and, with ``verb``, its
    text with an operative verb (:func:`_opens_with_verb`)."""
    return bool(
        op
        and op.groupdict().get("sep", ".") == "."
        and int(op.group("num")) == expected
        and (not verb or _opens_with_verb(op.group("rest") or ""))
    )


def _next_is_op(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether the line right after ``lines[i]``, with no blank line between, opens
    operative paragraph ``expected`` ("1. Decides ..."). (Where blank lines set the
    paragraphs apart, a line without one before it goes on: a heading wrapped over two
    lines, say.)"""
    return i + 1 < len(lines) and _is_expected_op(_OP_LABEL.match(lines[i + 1].text), expected)


def _op_after_blank(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether one blank line follows ``lines[i]`` and then operative paragraph
    ``expected`` opening with its verb ("" / "1. Encourages ..."): the line is a heading
    set off below only, as text copied from a PDF prints it ("... livelihoods;" /
    "Human rights, including child protection" / "" / "2. Reiterates ...")."""
    if i + 2 >= len(lines) or lines[i + 1].text:
        return False
    return _is_expected_op(_OP_LABEL.match(lines[i + 2].text), expected, verb=True)


def _next_line_is_item(lines: list[_Line], i: int) -> bool:
    """Whether the line right after ``lines[i]``, with no blank line between, opens with
    a parenthesised item label ("(a) To protect ...")."""
    return i + 1 < len(lines) and bool(_PAREN_LABEL.match(lines[i + 1].text))


def _next_is_label(lines: list[_Line], i: int) -> bool:
    """Whether the next non-blank line after ``lines[i]`` opens with a sub-paragraph label."""
    for j in range(i + 1, len(lines)):  # by index: a slice per call was quadratic
        line = lines[j]
        if line.text:
            return bool(_PAREN_LABEL.match(line.text) or _DOT_LABEL.match(line.text))
    return False


def _cited_marks(lines: list[_Line]) -> set[int]:
    """The footnote marks the text cites (:data:`_CITED_MARK`), as numbers."""
    return {
        int(number)
        for line in lines
        if line.text
        for match in _CITED_MARK.finditer(line.text)
        for number in match.groups()
        if number
    }


def _at_page_foot(lines: list[_Line], i: int) -> bool:
    """Whether the block that opens at ``lines[i]`` stands at the foot of a page: after
    it, and after any other notes printed below it, comes a page break (page furniture,
    a form feed) or the end of the text."""
    in_block = True
    for line in lines[i + 1 : i + _FOOT_LOOKAHEAD]:
        if line.page_break:
            return True
        if not line.text:
            in_block = False
        elif not in_block:
            if not _FOOTNOTE.match(line.text):
                return False
            in_block = True
    return i + _FOOT_LOOKAHEAD >= len(lines)


def _is_footnote(
    lines: list[_Line],
    i: int,
    note: re.Match[str],
    prev: _Line | None,
    cited: set[int],
    expected: int,
) -> bool:
    """Whether a block that opens with a number after a blank line (``note``, on
    ``lines[i]``) is a footnote rather than text of the body.

    A note must be shown to be one: its mark is cited in the text ("Charter1"), it stands
    at the foot of a page, or its number is next to one cited (old volumes number notes
    across the book, and the one on a title the scan left out is cited nowhere). And its
    text must not read on from the line before: a date, a year in brackets or a word in
    lower case after the number ("on" / "5 July 2006;") goes on with the sentence, and a
    sentence that has not ended goes on unless a cited note at the page's foot interrupts
    it. A slash mark ("1/") is never text. In doubt, the words stay in the body.
    """
    mark = note.group("mark")
    slash = mark.endswith("/")
    number = int(mark.rstrip("/"))
    if not slash and _RUNS_ON.match(note.group("text")):
        return False
    at_foot = _at_page_foot(lines, i)
    is_cited = number in cited
    if not slash and prev is not None and not _final_punct(prev.text):
        return is_cited and at_foot
    if not slash and number in (expected, expected - 1) and not (is_cited and at_foot):
        # "2 Requests ...": the next operative number, its full stop lost.
        return False
    return is_cited or at_foot or bool({number - 1, number + 1} & cited)


def _cited_stars(masthead: Sequence[str]) -> frozenset[int]:
    """How many asterisks the marks the ``masthead`` cites have (1 for "*"): glued to a
    word or a sign and followed by a space or the line's end ("Cuba:* draft resolution",
    "A/78/L.12*"), as many asterisks and no more. The body's asterisks are Markdown's
    emphasis ("*Recalling*"), not citations. Found once per text."""
    return frozenset(
        n
        for n, cite in enumerate(_STAR_CITES, start=1)
        if any(cite.search(text) for text in masthead if "*" in text)
    )


def _rules(removed: Sequence[RemovedText]) -> list[int]:
    """The lines, in order, of the rules set aside as furniture (the line drawn above
    the notes: "___________"). Found once per text."""
    return sorted(r.line for r in removed if r.text.strip() and set(r.text.strip()) <= _RULE_CHARS)


def _at_the_foot(prev: _Line | None, line: _Line, rules: list[int]) -> bool:
    """Whether ``line`` stands at the foot of the text: under the rule drawn above the
    notes (one of ``rules`` between it and the line before), or after the last paragraph,
    ended with a full stop. An item of a list ("* Freeze the funds ...;") follows a
    lead-in or an item."""
    if prev is None:
        return False
    if _final_punct(prev.text) == ".":
        return True
    at = bisect_right(rules, prev.no)
    return at < len(rules) and rules[at] < line.no


#: The characters of the rule drawn above the notes.
_RULE_CHARS = frozenset("_-—–")


#: A Markdown footnote's definition: "[^1]: Resolution 217 A (III).", "[^note]: ...".
_MD_NOTE = compile_cached(r"\[\^(?P<mark>[^\]\s]{1,20})\]:[ \t]*+(?P<text>.*)")
#: An asterisk mark cited, by the number of asterisks (one to three).
_STAR_CITES = tuple(compile_cached(rf"(?<=[^\s*])\*{{{n}}}(?=\s|$)") for n in (1, 2, 3))


def _label_follows(before: str | None, label: str) -> bool:
    """Whether ``label`` can be the label after ``before`` in one list: "(7)" after
    "(6)", "(ii)" after "(i)", "(i)" after "(h)"."""
    if before is None or before in _BULLETS or label in _BULLETS:
        return False
    if before.startswith("(") != label.startswith("("):
        return False
    raw, key = label.strip("().}"), before.strip("().}")
    if key.isdigit():
        return raw == str(int(key) + 1)
    if is_roman(key) and raw == _next_key("paren-roman", key):
        return True
    return len(key) == 1 and raw == _next_key("paren-alpha", key)


#: Longest enacting formula on a line of its own ("Therefore the Economic and Social
#: Council,").
_FORMULA_CHARS = 60


#: A parenthesised label inside a line ("by (1) the cessation ..."): its key.
_LABEL_IN_TEXT = compile_cached(r"\((\w{1,8})\)")


def _labels_in(unit: _Unit) -> AbstractSet[str]:
    """The keys of the parenthesised labels written in ``unit``'s lines so far ("(1)",
    "(b)"), gathered from the lines not yet read: a unit asked at each of its thousand
    lines is read once, not joined a thousand times (fuzz campaign of 1 December, seed
    1301, input 40782: 35 s per MB)."""
    seen = unit.label_keys
    lines = unit.lines
    for line in lines[unit.label_keys_read :]:
        # A line without a bracket holds no label: no search, and no set for a unit
        # without any (the items of a list of one-line items are asked, one by one).
        if "(" in line.text and (found := _LABEL_IN_TEXT.findall(line.text)):
            if seen is None:
                seen = unit.label_keys = set()
            seen.update(found)
    unit.label_keys_read = len(lines)
    return seen if seen is not None else _NO_KEYS


_NO_KEYS: frozenset[str] = frozenset()


def _runs_over_a_page(unit: _Unit) -> bool:
    """Whether a line of ``unit`` after its first opens a new page, the lines not yet
    looked at read only: a recital of thousands of wrapped lines is asked at each."""
    if not unit.paged:
        lines = unit.lines
        unit.paged = any(line.page_break for line in lines[unit.paged_read :])
        unit.paged_read = len(lines)
    return unit.paged


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

    page_break = False
    # The marks cited, found the first time a block may be a footnote: a text of one-line
    # items has none, and each of its lines was searched for marks (1 µs a line).
    cited: set[int] | None = None
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
        elif first_char == "S" and expected == 5 and not markdown and _OCR_FIVE.match(text):
            # A scanned "5." read as "S." ("S. Decides to review the matter further", S/RES
            # 902 (1994)), where the count expects 5: read as the digit, the same length.
            op = _OP_LABEL.match("5" + text[1:])
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
        # (no other line reads it), the tests of a list's items first.
        can_label = (
            (op is not None or sub is not None)
            and (
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
                # The paragraph the count expects, opening with an operative verb ("1.
                # Reiterates ..."), after a line that ended nothing: a heading copied out of a
                # PDF ("Political process, including the implementation of the Peace
                # Agreement"), or a list typed with no final punctuation. A sentence wrapped
                # before "2." goes on in lower case, or with no verb.
                or (not bracketed and _is_expected_op(op, expected, verb=True))
                # A drafter's note or a text in dispute on a line of its own ("[Note: the United
                # States proposes deleting this paragraph]") ends what stood before it.
                or _whole_brackets(prev.text)
                or (line.indent > prev.indent and cur is not None and cur.kind != "para")
            )
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
            sep_ok = markdown or op.group("sep") == "." or number == expected
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
                    labelled(line, rest, "op", label, number)
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
        elif not starts_new and blank_before:
            # After a blank line a new paragraph starts, unless the sentence goes on
            # (lower-case start, or a hyphenated word broken over a page).
            # A page break inside a paragraph that has not ended goes on, too.
            assert cur is not None
            goes_on = text[:1].islower() or cur.lines[-1].text.endswith("-")
            if (
                prev is not None
                and ended in ("", ",")
                and first_char.isdecimal()  # (what the pattern opens with: "\d")
                and (leading := _LEADING_NUMBER.match(text))
                and _RUNS_ON.match(text[leading.end() :])
            ):
                # "... issued on" / "19 September 2005 by China", "... of resolution" /
                # "687 (1991) and": no paragraph opens with a number that reads on.
                goes_on = True
            if page_break and cur.kind != "note" and not _final_punct(cur.lines[-1].text):
                # The cheap tests first: a unit of several lines is not joined again (a
                # long unit broken by many pages was re-joined at every break, quadratic;
                # found by the fuzzing campaign, 3.6 s per MB).
                goes_on = goes_on or (
                    len(cur.lines) > 1
                    or cur.kind != "para"
                    or len(cur.text.split()) > 10
                    or bool(_PP_OPENER.match(cur.text))
                )
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


# --------------------------------------------------------------------------- building


def _to_roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _from_roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(s):
        value = values[ch]
        total += -value if k + 1 < len(s) and values[s[k + 1]] > value else value
    return total


@lru_cache(maxsize=4096)
def _next_key(family: str, key: str) -> str:
    """The label key expected after ``key`` in a list of this family (remembered: a list
    of thousands of items asks for the same few)."""
    if family.endswith("roman"):
        return _to_roman(_from_roman(key) + 1) if is_roman(key) else ""
    if family.endswith("num"):
        return str(int(key) + 1) if key.isdigit() else ""
    if family.endswith("upper"):
        return chr(ord(key) + 1) if len(key) == 1 else ""
    if family == "bullet":
        return key
    if len(key) == 1 and key < "z":
        return chr(ord(key) + 1)
    return ""


def _ocr_roman(key: str) -> str:
    """Roman numerals misread as digits or "l": "(1)" for "(i)", "(11)" for "(ii)"."""
    folded = key.replace("1", "i").replace("l", "i")
    return folded if is_roman(folded) else ""
