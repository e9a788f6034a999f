"""Units, what the paragraph splitter (:mod:`.paragraphs`) cuts the body into, and the
questions asked of a unit while it grows line by line: the labels written in it, whether
it runs over a page, whether a line of it runs to the margin. Each is answered from the
lines not yet read, so a unit of thousands of lines is not read again at each."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ...compiled import compile_cached
from ...model import Section
from .labels import _continues, _family_of
from .lines import _final_punct, _join, _Line


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


def _labels_below_their_text(units: list[_Unit]) -> int | None:
    """Give each label a scan printed below its item's text to that text, in place; the
    line of the first label so moved, or None.

    A scan of a list whose labels stood in a column of their own (S/RES/724 (1991),
    OP5(b)) printed "To examine ...;" / "(i)" / "To seek ...;" / "(ii)" / "To consider
    ...;" / "(iii)" / "(iv) To recommend ...": each label alone on its line below its
    text. Read top down, the first item had no label, each label took the next item's
    text, and the last stood empty before the next labelled item. Only such a run is
    moved: an unlabelled paragraph after a lead-in's colon, then labels alone on their
    lines from a list's first, each but the last with a text, the last with none and the
    label after it next in the list.
    """
    moved: int | None = None
    # From the end, so that a run taken out leaves the places of those above it.
    for n in range(len(units) - 2, 1, -1):
        last = units[n]
        if last.kind != "sub" or len(last.lines) != 1 or last.lines[0].text:
            continue
        family, key = _family_of(last.label or "")
        if units[n + 1].kind != "sub" or not _continues(family, key, units[n + 1].label or ""):
            continue
        j = n
        while (
            j > 0
            and units[j - 1].kind == "sub"
            and len(units[j - 1].lines) > 1
            and not units[j - 1].lines[0].text
            and _continues(family, _family_of(units[j - 1].label or "")[1], units[j].label or "")
        ):
            j -= 1
        first = units[j - 1] if j >= 2 else None
        if (
            first is None
            or first.kind != "para"
            or _family_of(units[j].label or "")[1] not in ("a", "A", "i", "I", "1")
            or _final_punct(units[j - 2].lines[-1].text) != ":"
        ):
            continue
        labels = [unit.label for unit in units[j : n + 1]]
        moved = units[j].lines[0].no
        first.kind = "sub"
        for unit, label in zip(units[j - 1 : n], labels, strict=True):
            unit.label = label
            if unit is not first:
                del unit.lines[0]  # the label's own line, now empty
            unit.label_keys, unit.label_keys_read = None, 0
        del units[n]
    return moved
