"""A draft's paragraphs as written into the package, in reading order: masthead, formula,
headings, clauses with the list role of their labels, annexes, closing lines, notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Clause, Draft
from .labels import _OPERATIVE_LEVELS, _Family, _read_label


@dataclass
class _Unit:
    """One paragraph of a draft as written: its kind, text and list role."""

    kind: str  # masthead, formula, heading, clause, annex, closing, note
    text: str
    section: str = ""
    depth: int = 0
    label: str | None = None
    #: The label's list family and value, when Word's numbering can print it.
    family: _Family | None = None
    value: int = 0
    #: Numbered in the operative list (its ancestors are too).
    operative_list: bool = False

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.kind, self.section, self.depth, self.text)

    @property
    def style(self) -> str | None:
        if self.kind == "heading":
            return "Heading"
        if self.kind != "clause":
            return None
        return "Preambular" if self.section == "preamble" and self.depth == 0 else "Operative"

    @property
    def written_text(self) -> str:
        """The text as written: a label Word cannot number is typed before it."""
        if self.label and self.family is None:
            return f"{self.label} {self.text}" if self.text else self.label
        return self.text


def _units(draft: Draft) -> list[_Unit]:
    """Every paragraph of a draft in reading order, headings before the clause they
    stand before, with the list role of each label."""
    # The masthead as one paragraph of lines: its lines are lines as printed (a sponsors
    # line wraps), not paragraphs.
    units = [_Unit("masthead", "\n".join(draft.masthead))] if draft.masthead else []
    if draft.enacting_formula:
        units.append(_Unit("formula", draft.enacting_formula))
    before: dict[str, list[str]] = {}
    known = {c.ref for c in draft.walk()}
    trailing: dict[str, list[str]] = {"preamble": [], "operative": []}
    for heading in draft.headings:
        if heading.before in known and heading.before is not None:
            before.setdefault(heading.before, []).append(heading.text)
        else:
            trailing[heading.section].append(heading.text)
    for section, clauses in (("preamble", draft.preamble), ("operative", draft.operative)):
        _clause_units(clauses, section, before, units)
        units.extend(_Unit("heading", text, section) for text in trailing[section])
    for annex in draft.annexes:
        units.append(_Unit("annex", annex.title))
        units.extend(_Unit("annex", text) for text in annex.paragraphs)
    units.extend(_Unit("closing", line) for line in draft.closing)
    units.extend(_Unit("note", f"{note.mark} {note.text}".strip()) for note in draft.footnotes)
    return units


def _clause_units(
    clauses: Sequence[Clause], section: str, before: dict[str, list[str]], units: list[_Unit]
) -> None:
    # Depth first with an explicit stack of (clause, depth, parent in the operative list).
    stack: list[tuple[Clause, int, bool]] = [(clause, 0, True) for clause in reversed(clauses)]
    # The last readable label seen at each depth in the current sibling list.
    previous: dict[int, tuple[_Family, int] | None] = {}
    while stack:
        clause, depth, parent_listed = stack.pop()
        for text in before.get(clause.ref, []):
            units.append(_Unit("heading", text, section))
        unit = _Unit("clause", clause.text, section, depth, clause.label)
        # A label with no text is typed unless numbered sub-paragraphs follow it: Word
        # readers skip an empty numbered paragraph (a number Word draws is not text) but
        # above a numbered deeper one ("11." above "(a) Expresses ..."), so only a typed
        # one reads back as the clause it is.
        if clause.label and (clause.text.strip() or _heads_numbered(clause, depth, before)):
            read = _read_label(clause.label, previous.get(depth))
            if read is not None:
                unit.family, unit.value = read
                previous[depth] = read
                unit.operative_list = (
                    parent_listed
                    and section == "operative"
                    and depth < len(_OPERATIVE_LEVELS)
                    and unit.family == _OPERATIVE_LEVELS[depth]
                )
        units.append(unit)
        stack.extend((child, depth + 1, unit.operative_list) for child in reversed(clause.children))
        previous[depth + 1] = None  # every clause opens its own list of sub-paragraphs


def _heads_numbered(clause: Clause, depth: int, before: dict[str, list[str]]) -> bool:
    """Whether the first paragraph with text written after an empty clause's own is a
    numbered sub-paragraph of it, as the Word reader asks of an empty numbered paragraph
    to keep it (:meth:`resdiff.read.docx.labels._Labels._skip_empty`): its first
    sub-paragraph, or that one's first, and so down, while each is empty, numbered and
    no heading stands before it. A typed label ("(a)" alone, or one Word cannot number)
    or a heading there is text, and the empty number above it would be skipped."""
    # Word's lists have nine levels: from the last one down, a sub-paragraph is numbered
    # at that level too, no deeper, and an empty one there would be skipped.
    deepest = len(_OPERATIVE_LEVELS) - 1
    if depth >= deepest:
        return False
    # A loop down the first sub-paragraphs, not a recursion: a draft is untrusted input.
    child = clause.children[0] if clause.children else None
    while child is not None:
        depth += 1
        if before.get(child.ref) or not child.label or _read_label(child.label, None) is None:
            return False
        if child.text.strip():
            return True
        if depth >= deepest:
            return False
        child = child.children[0] if child.children else None
    return False
