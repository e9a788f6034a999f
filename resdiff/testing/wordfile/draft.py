"""A draft as a Word package with real automatic numbering, alone or with an earlier
draft as tracked changes: :func:`draft_to_docx`."""

from __future__ import annotations

from ...model import Draft
from .document import WordDocument
from .markup import Change, Props, Run
from .numbering import _Lists, _Planner
from .tracked import _entries, _Entry, _word_diff
from .units import _units


def draft_to_docx(draft: Draft, *, tracked: Draft | None = None) -> bytes:
    """``draft`` as a Word package with real automatic numbering.

    With ``tracked`` (an earlier draft), the package holds both drafts as tracked changes:
    every change rejected gives ``tracked``, every change accepted gives ``draft``; a
    paragraph moved unchanged is a tracked move, numbering follows each version (a
    paragraph's own numbering change is a tracked ``w:pPrChange``).
    """
    doc = WordDocument()
    planner = _Planner(doc)
    new_units = _units(draft)
    if tracked is None:
        entries = [_Entry(None, unit, "equal") for unit in new_units]
    else:
        entries = _entries(_units(tracked), new_units)
    # The accepted version first: its paragraphs choose the list instances.
    accepted = _Lists(planner.starts)
    placed_new: dict[int, tuple[str, int] | None] = {}
    for k, entry in enumerate(entries):
        if entry.new is not None and entry.op not in ("del", "moveFrom"):
            placed_new[k] = planner.place(entry.new, accepted) if entry.new.family else None
    # Then the original: a paragraph keeps its instance where it prints the old label
    # too; otherwise (a paragraph only in the original, or numbered otherwise there) it
    # gets the instance that does, as a tracked numbering change.
    original = _Lists(planner.starts)
    planner.current = {}
    placed_old: dict[int, tuple[str, int] | None] = {}
    for k, entry in enumerate(entries):
        unit = entry.old
        if unit is None or entry.op in ("ins", "moveTo"):
            continue
        shared = placed_new.get(k)
        placed_old[k] = planner.place(unit, original, shared) if unit.family else None
    for k, entry in enumerate(entries):
        _write(doc, entry, placed_old.get(k), placed_new.get(k))
    return doc.to_bytes()


#: The paragraph mark of a paragraph only in one draft: inserted, deleted or moved.
_MARKS: dict[str, Change] = {"ins": "ins", "del": "del", "moveFrom": "moveFrom", "moveTo": "moveTo"}


def _write(
    doc: WordDocument,
    entry: _Entry,
    old_place: tuple[str, int] | None,
    new_place: tuple[str, int] | None,
) -> None:
    unit = entry.new if entry.op not in ("del", "moveFrom") else entry.old
    assert unit is not None
    place = new_place if entry.op not in ("del", "moveFrom") else old_place
    num, level = place if place is not None else (None, None)
    runs: list[str | Run]
    mark: Change | None = None
    if (
        entry.op in ("change", "equal")
        and entry.old is not None
        and entry.new is not None
        and entry.old.written_text != entry.new.written_text
    ):
        # An "equal" pair differs in its typed label only (an empty clause's, which is
        # typed: see ``_clause_units``): the label is tracked as a word.
        runs = list(_word_diff(entry.old.written_text, entry.new.written_text))
    elif entry.op in _MARKS:
        mark = _MARKS[entry.op]
        runs = [Run(unit.written_text, mark, move=entry.move or "move1")]
    else:
        runs = [unit.written_text]
    was: Props | None = None
    if (
        entry.op in ("equal", "change")
        and entry.old is not None
        and (old_place != new_place or entry.old.style != unit.style)
    ):
        old_num, old_level = old_place if old_place is not None else (None, None)
        was = Props(entry.old.style, old_num if old_num else "0", old_level)
    doc.paragraph(*runs, style=unit.style, num=num, level=level, mark=mark, was=was)
