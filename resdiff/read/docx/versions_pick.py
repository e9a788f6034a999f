"""One version of a comparison table, row by row: which cells of each row give that
version its paragraphs (:class:`RowPick`, chosen by :mod:`.versions`), and the walk that
reads them (:func:`picked_rows`, called by the reader for each comparison table).

A row broken across a page (its text going on in the next row, as a table converted
from a PDF or cut by hand at a page end has it) is one provision: a version cell that
opens in lower case, unnumbered, after a cell of the same version that ends with no
full stop, semicolon or colon, is read on from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .package import _local
from .paragraphs import _Physical
from .tables import _LEAD_LABEL

#: How a paragraph that a table's next row may go on ends: not as a provision does.
_ENDS = (".", ";", ":")


@dataclass(frozen=True)
class RowPick:
    """What a row of a comparison table gives one version."""

    #: The positions (among the row's cells, in reading order) of the cells read.
    read: frozenset[int] = frozenset()
    #: A paragraph number from the table's number column ("3.", "(a)"), put before the
    #: version's first paragraph of the row where it has none of its own.
    label: str = ""


def picked_rows(
    rows: list[Any],
    picks: list[RowPick],
    cells_of: Callable[[Any], Iterator[Any]],
    read: Callable[[Any], list[_Physical]],
    skip: Callable[[int], None],
    numbered: Callable[[_Physical], bool],
) -> Iterator[_Physical]:
    """The paragraphs one version reads from a comparison table's ``rows``: each row's
    cells that its pick names, in order, through ``read``; the paragraphs of the others
    counted through ``skip``. A row without a pick (one the detection did not see) gives
    nothing. Each row is held back until the next is read, to be joined with it where
    the next goes on with its text."""
    held: list[_Physical] = []
    for k, row in enumerate(rows):
        pick = picks[k] if k < len(picks) else RowPick()
        got: list[_Physical] = []
        for position, cell in enumerate(cells_of(row)):
            if position in pick.read:
                got.extend(read(cell))
            else:
                skip(sum(1 for el in cell.iter() if _local(el) == "p"))
        texted = [p for p in got if p.text.strip()]
        if not texted:
            held.extend(got)
            continue
        first = texted[0]
        if pick.label and not numbered(first) and _LEAD_LABEL.match(first.text) is None:
            first.text = f"{pick.label} {first.text.lstrip()}"
        elif _goes_on(held, first, numbered):
            _join_on(held, got)
        yield from held
        held = got
    yield from held


def _goes_on(
    held: list[_Physical], first: _Physical, numbered: Callable[[_Physical], bool]
) -> bool:
    """Whether ``first`` (a row's first paragraph with text) goes on with the last one
    ``held`` (the version's paragraphs of the row above): it opens in lower case, with
    no number, and the one above ends as no provision does."""
    last = next((p for p in reversed(held) if p.text.strip()), None)
    if last is None:
        return False
    text = first.text.lstrip()
    return (
        text[:1].islower()
        and not numbered(first)
        and _LEAD_LABEL.match(text) is None
        and not last.text.rstrip().endswith(_ENDS)
    )


def _join_on(held: list[_Physical], got: list[_Physical]) -> None:
    """Join the last paragraph with text of ``held`` to the first of ``got``, one space
    between, through the empty paragraphs around them (their marks go too)."""
    last = max(k for k, p in enumerate(held) if p.text.strip())
    held[last].text = held[last].text.rstrip() + " "
    for p in held[last:]:
        p.joins_next = True
    for p in got:
        if p.text.strip():
            p.text = p.text.lstrip()
            break
        p.joins_next = True
