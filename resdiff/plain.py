"""The one-line plain-text view of the objects that display themselves (IPython's
``_repr_pretty_``: a console, and a notebook's ``text/plain``, saved in the .ipynb beside
the HTML): one line each, not the whole model that ``repr()`` gives (hundreds of kilobytes
for a history or a provenance); ``print()`` gives the report, ``model_dump()`` the data.

Each model names :func:`one_line` as its ``_repr_pretty_``; the lines live here, by class
name, so the models' modules keep their room. This module imports nothing of resdiff but
:mod:`resdiff.safe`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .safe import printable

__all__ = ["one_line"]


def _count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 change``, ``2 changes``: the lines are read by people, not parsed."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _draft(d: Any) -> str:
    return (
        f"<Draft {d.name}: {len(d.preamble)} preambular, "
        f"{_count(len(d.operative), 'operative paragraph')}; print() for its outline>"
    )


def _change(c: Any) -> str:
    why = "; ".join(s.describe() for s in c.shifts[:2])
    more = f" (+{len(c.shifts) - 2})" if len(c.shifts) > 2 else ""
    return f"<Change {c.label}: {c.kind}{': ' + why + more if why else ''}; print() for the words>"


def _comparison(c: Any) -> str:
    old, new = c.old.symbol or c.old.name, c.new.symbol or c.new.name
    return (
        f"<Comparison {old} → {new}: {c.summary.direction}, "
        f"{_count(len(c.changes), 'change')}; print() for the report>"
    )


def _history(h: Any) -> str:
    names = " → ".join(r.name for r in h.revisions)
    return f"<History: {names} ({_count(len(h.revisions), 'revision')}); print() for the timeline>"


def _lineage(lin: Any) -> str:
    first, last = lin.revisions[0].name, lin.revisions[-1].name
    texts = _count(len(lin.revisions), "text")
    return f"<Lineage: {first} → {last} ({texts}); print() for the report>"


def _provenance(p: Any) -> str:
    final = p.final.symbol or p.final.name
    sources = _count(len(p.sources), "source")
    return f"<Provenance of {final} from {sources}; print() for the report>"


def _precedents(p: Any) -> str:
    counts = {s: 0 for s in ("agreed", "adapted", "new")}
    for paragraph in p.paragraphs:
        counts[paragraph.status] = counts.get(paragraph.status, 0) + 1
    shown = ", ".join(f"{n} {status}" for status, n in counts.items())
    name = p.draft.symbol or p.draft.name
    return f"<Precedents of {name}: {shown}; print() for the report>"


def _series(s: Any) -> str:
    return (
        f"<Series: {_count(len(s.texts), 'text')}, {len(s.mandates)} series, "
        f"{_count(len(s.pairs), 'renewal')} compared; print() for the report>"
    )


_LINES: dict[str, Callable[[Any], str]] = {
    "Draft": _draft,
    "Change": _change,
    "Comparison": _comparison,
    "History": _history,
    "Lineage": _lineage,
    "Provenance": _provenance,
    "Precedents": _precedents,
    "Series": _series,
}


def one_line(self: Any, p: Any, cycle: bool) -> None:
    """IPython's plain-text view of ``self``: its one line (by the first class in its
    ``__mro__`` that has one, so a subclass shows as its base), control characters
    escaped."""
    for cls in type(self).__mro__:
        line = _LINES.get(cls.__name__)
        if line is not None:
            p.text(printable(line(self)))
            return
    p.text(repr(self))
