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


def _draft(d: Any) -> str:
    return (
        f"<Draft {d.name}: {len(d.preamble)} preambular, "
        f"{len(d.operative)} operative paragraphs; print() for its outline>"
    )


def _comparison(c: Any) -> str:
    old, new = c.old.symbol or c.old.name, c.new.symbol or c.new.name
    return (
        f"<Comparison {old} → {new}: {c.summary.direction}, "
        f"{len(c.changes)} changes; print() for the report>"
    )


def _history(h: Any) -> str:
    names = " → ".join(r.name for r in h.revisions)
    return f"<History: {names} ({len(h.revisions)} revisions); print() for the timeline>"


def _lineage(lin: Any) -> str:
    first, last = lin.revisions[0].name, lin.revisions[-1].name
    return f"<Lineage: {first} → {last} ({len(lin.revisions)} texts); print() for the report>"


def _provenance(p: Any) -> str:
    final = p.final.symbol or p.final.name
    return f"<Provenance of {final} from {len(p.sources)} sources; print() for the report>"


def _precedents(p: Any) -> str:
    counts = {s: 0 for s in ("agreed", "adapted", "new")}
    for paragraph in p.paragraphs:
        counts[paragraph.status] = counts.get(paragraph.status, 0) + 1
    shown = ", ".join(f"{n} {status}" for status, n in counts.items())
    name = p.draft.symbol or p.draft.name
    return f"<Precedents of {name}: {shown}; print() for the report>"


def _series(s: Any) -> str:
    return (
        f"<Series: {len(s.texts)} texts, {len(s.mandates)} series, "
        f"{len(s.pairs)} renewals compared; print() for the report>"
    )


_LINES: dict[str, Callable[[Any], str]] = {
    "Draft": _draft,
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
