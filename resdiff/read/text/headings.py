"""Headings among the units, asked by the tree: a short line without final punctuation
before paragraphs, a title at the end of the preamble or under a lead-in, a line standing
alone between operative paragraphs, a labelled title above a numbered paragraph."""

from __future__ import annotations

from ...compiled import compile_cached
from .labels import _continues
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .nodes import _Node
from .patterns import (
    _ANY_PART_LABEL,
    _BULLETS,
    _PART_LABEL_CHARS,
    _PARTICIPLE,
    _PP_OPENER,
)
from .shapes import (
    _SHORT_HEADING_WORDS,
    _is_title,
    is_title_heading,
)
from .units import _Unit

#: The most lines a heading is wrapped over: a narrow column's (a page set in two
#: columns) wraps "Political process, including the implementation of the APPR, and
#: extension of State authority" over four. The words, not the lines, bound it.
_HEADING_LINES = 4


def _is_heading(unit: _Unit, following: _Unit | None) -> bool:
    """A short line without final punctuation, followed by paragraphs."""
    if unit.kind != "para":
        return False
    if unit.md_heading:
        return True
    # At most 16 words: on a full-width page two lines at most, but a narrow column (a
    # page in two columns, a browser's print) wraps a heading over up to four.
    if following is None or len(unit.lines) > _HEADING_LINES:
        return False
    text = unit.text
    if len(text.split()) > 16:
        return False
    if len(unit.lines) == 1 and len(text) <= _PART_LABEL_CHARS and text.endswith("."):
        # A part's label with its full stop alone on its line ("A." / "The Security
        # Council,", "XII."), a unit of its own as "A" is: its heading, as "A" is read,
        # not a recital "A." (nor the end of the paragraph above, "... matter. B.").
        return _ANY_PART_LABEL.match(text) is not None
    if _final_punct(text) or text[-1:] in ",;:.!?" or not text[:1].isupper():
        return False
    if _joined_punct(text):
        # "Determines that this action constitutes a breach of the peace; and" (S/RES/82
        # (1950), before its part "I"): a paragraph that goes on into the next, never a
        # title.
        return False
    return _PP_OPENER.match(text) is None


#: A paragraph that ends by joining the next one: "...; and", "..., or".
_JOINED = compile_cached(r"([,;:])\s*(?:and|or)\Z")


def _joined_punct(text: str) -> str:
    """The mark before a closing "and" / "or" ("...peace; and" gives ";"), or ""."""
    m = _JOINED.search(text[-8:])
    return m.group(1) if m else ""


def _ending(lines: list[_Line]) -> str:
    """The end of a unit's text, enough for its final punctuation: its last two lines
    joined. The checks below run at every unit, and joining a long paragraph's every line
    each time made a hostile text of many one-line units quadratic."""
    return _join(lines[-2:])


#: A section code opening a heading: "1a: Targeting illicit finances", "2B: Reporting".
_SECTION_CODE = compile_cached(r"^\d{1,2}[A-Za-z]:\s+\S")


def _is_operative_heading(units: list[_Unit], k: int, stack: list[_Node]) -> bool:
    """In the operative part, a line standing alone between a paragraph that has ended
    and a numbered paragraph (or the next item of a list left open) is a heading, even
    when it opens with a participle ("Reporting", "Targeted sanctions in Somalia",
    "Armed Groups"), ends with a colon ("Rule of law:"), opens with a section code
    ("1a: Targeting illicit finances") or runs over two lines; so is each of several
    such lines in a row. A recital there would end with a comma, a paragraph going on
    would start in lower case."""
    if not stack or _final_punct(_ending(stack[-1].lines)) not in (";", "."):
        return False
    while True:
        unit, following = units[k], _next(units, k)
        if not _heading_shape(unit) or following is None:
            return False
        if following.kind == "op":
            return True
        if following.kind != "para":
            break
        k += 1  # another heading follows ("Part 2: ..." / "2a: ..." / "13. Calls upon")
    if following.kind != "sub" or len(unit.lines) > 1 or len(unit.text.split()) > 8:
        return False
    # Inside a list: the next item must continue a list already open.
    label = following.label or ""
    return any(
        node.family and node.key and _continues(node.family, node.key, label) for node in stack[1:]
    )


def _heading_shape(unit: _Unit) -> bool:
    """An unlabelled unit of at most :data:`_HEADING_LINES` lines (two on a full-width
    page) and 20 words, starting with a capital or a section code, ending without
    punctuation or with a colon; a participle opening or a colon only on a short line (a
    lead-in or a recital that lost its comma is longer)."""
    text = unit.text
    words = len(text.split())
    if unit.kind != "para" or unit.md_heading or len(unit.lines) > _HEADING_LINES or words > 20:
        return False
    if not (text[:1].isupper() or _SECTION_CODE.match(text)):
        return False
    punct = _final_punct(text)
    if punct not in ("", ":") or text[-1:] in ",;.!?":
        return False
    if not (punct == ":" or _PP_OPENER.match(text)):
        return True
    if not punct and _PARTICIPLE.match(text) and not is_title_heading(text):
        # A recital's own lead ("Noting with concern", "Welcoming", "Recalling", "Having
        # considered") without its comma is a recital that lost it, on one line or
        # wrapped, not a heading: no heading of the 596 texts (247) opens so, where a
        # heading's participle names an activity ("Creating the conditions for",
        # "Strengthening", "Reporting"). The tree reads it as a recital out of place. A
        # title whose word after the participle is capitalised ("Taking Stock of
        # Progress") is no recital: a recital's next word is in lower case. One whose
        # next word is a small word ("Recalling the Principles") is read as a recital:
        # "Reaffirming the Purposes and Principles" is a recital that lost its comma.
        return False
    # The words, not the lines, tell a short one: a narrow column (a page in two columns)
    # wraps "Creating the conditions for / humanitarian assistance" over two lines where
    # a full page prints one. Wrapped, it names a subject and cites nothing: "Recalling
    # its resolution / 2086 (2013)" is a recital that lost its comma.
    if len(unit.lines) > 1 and any(c.isdigit() or c in "()[]" for c in text):
        return False
    return words <= _SHORT_HEADING_WORDS


def _is_preamble_end_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Between the last recital (which has ended) and paragraph 1, a title-case line that
    opens with a participle is a heading ("Targeted Sanctions", "Monitoring and
    Reporting"): a recital there would go on in lower case and end with a comma."""
    if following is None or following.kind != "op" or unit.kind != "para":
        return False
    if len(unit.lines) > 2 or not is_title_heading(unit.text):
        return False
    return not stack or bool(_final_punct(_ending(stack[-1].lines)))


def _is_lead_in_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Right after a lead-in ("... the following mandate:") and before its first item, a
    one-line title ("Monitoring and Reporting", "Protection of Civilians") is a heading
    of the items, not an unlabelled item holding them."""
    if following is None or following.kind != "sub" or unit.kind != "para" or not stack:
        return False
    if len(unit.lines) > 1 or not is_title_heading(unit.text):
        return False
    return _final_punct(_ending(stack[-1].lines)) == ":"


def _is_numbered_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """A labelled title line right before a numbered paragraph, that continues no list
    open in the current paragraph: a heading that carries a number, not an item."""
    if following is None or following.kind != "op" or len(unit.lines) > 1:
        return False
    if not unit.text or not _is_title(unit.text):
        return False
    label = unit.label or ""
    if label in _BULLETS:
        return False
    for node in stack[1:]:
        if node.family and node.key and _continues(node.family, node.key, label):
            return False
    return True


def _next(units: list[_Unit], k: int) -> _Unit | None:
    return units[k + 1] if k + 1 < len(units) else None
