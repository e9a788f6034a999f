"""The one-line plain-text view of the objects that display themselves (IPython's
``_repr_pretty_``: a console, and a notebook's ``text/plain``, saved in the .ipynb beside
the HTML): one line each, not the whole model that ``repr()`` gives (hundreds of kilobytes
for a history or a provenance); ``print()`` gives the report, ``model_dump()`` the data.

Each model names :func:`one_line` as its ``_repr_pretty_``; the lines live here, by class
name, so the models' modules keep their room. This module imports nothing of resdiff but
:mod:`resdiff.safe`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .safe import printable

__all__ = ["one_line", "pair_titles", "told_apart"]


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


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def pair_titles(old: Any, new: Any) -> tuple[str, str]:
    """The names a report's title gives two drafts (``DraftInfo`` s): each its symbol,
    else its name, told apart where both would read alike (:func:`told_apart`), as two
    revisions of one draft resolution do (both ``S/2022/650``)."""
    first, second = told_apart(
        [(info.symbol or info.name, info.name, info.date, info.path) for info in (old, new)]
    )
    return first, second


def told_apart(drafts: Sequence[tuple[str, str, Any, str | None]]) -> list[str]:
    """The titles of drafts given as ``(title, name, date, path)``, those that read alike
    told apart: by their names where those differ (``S/2022/650 (original)`` of a file
    with tracked changes), else by their dates (``S/2022/650 of 26 August 2022``), else
    by their files' names (``S/2022/650 (earlier.txt)``); left alike where none differs."""
    titles = [title for title, _, _, _ in drafts]
    for title in set(titles):
        alike = [k for k, t in enumerate(titles) if t == title]
        if len(alike) < 2:
            continue
        names = [drafts[k][1] for k in alike]
        dates = [drafts[k][2] for k in alike]
        files = [_file(drafts[k][3]) for k in alike]
        if len(set(names)) == len(alike):
            told = names
        elif None not in dates and len(set(dates)) == len(alike):
            told = [f"{title} of {_day(date)}" for date in dates]
        elif all(files) and len(set(files)) == len(alike):
            told = [f"{title} ({file})" for file in files]
        else:
            continue
        for k, said in zip(alike, told, strict=True):
            titles[k] = said
    return titles


def _day(date: Any) -> str:
    """UN style, locale-independent: ``26 August 2022``."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def _file(path: str | None) -> str:
    """A path's last part, ``""`` for none."""
    return (path or "").replace("\\", "/").rsplit("/", 1)[-1]


def _comparison(c: Any) -> str:
    old, new = pair_titles(c.old, c.new)
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
