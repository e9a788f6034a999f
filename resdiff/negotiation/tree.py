"""The tree of a what-if draft while a :class:`~resdiff.negotiation.scenario.Scenario`
edits it: paragraphs and sub-paragraphs as nodes, and their rebuilding into clauses,
renumbered, when the scenario is built."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Clause, Section

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


@dataclass(eq=False)
class _Node:
    """A paragraph or sub-paragraph while the scenario is built."""

    ref: str | None  # the original ref; None for an inserted paragraph
    section: Section
    label: str | None
    text: str
    children: list[_Node] = field(default_factory=list)
    original: Clause | None = None
    edited: bool = False
    # Where a paragraph a step inserted stands among the base draft's (see placing.py).
    place: float | None = None

    def copy(self) -> _Node:
        return _Node(
            ref=self.ref,
            section=self.section,
            label=self.label,
            text=self.text,
            children=[c.copy() for c in self.children],
            original=self.original,
            edited=self.edited,
            place=self.place,
        )

    def walk(self) -> list[_Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def _node(clause: Clause) -> _Node:
    return _Node(
        ref=clause.ref,
        section=clause.section,
        label=clause.label,
        text=clause.text,
        children=[_node(c) for c in clause.children],
        original=clause,
    )


def rebuilt(node: _Node, ref: str, label: str | None, depth: int) -> Clause:
    """The clause ``node`` becomes, as ``ref`` labelled ``label`` at ``depth`` (0: a
    paragraph): its sub-paragraphs relabelled in their series, its span kept only where
    its text is the original's, unedited."""
    children = []
    for k, child in enumerate(node.children):
        child_label = _relabel(child.label, k, depth + 1)
        key = (child_label or f"({k + 1})").strip("().")
        children.append(rebuilt(child, f"{ref}({key})", child_label, depth + 1))
    span = None
    if not node.edited and node.original is not None and node.text == node.original.text:
        span = node.original.span
    return Clause(
        ref=ref,
        section=node.section,
        label=label,
        text=node.text,
        children=tuple(children),
        heading=node.original.heading if node.original is not None else None,
        span=span,
    )


def _relabel(label: str | None, index: int, depth: int) -> str | None:
    """The label of the ``index``-th sub-paragraph at ``depth`` (1: (a), 2: (i), 3: a.,
    4: i.) when the old label is in that series; other labels are kept."""
    if label is None:
        return None
    series: dict[int, tuple[str, Callable[[int], str]]] = {
        1: (r"\([a-z]{1,2}\)", lambda k: f"({_letters(k)})"),
        2: (r"\([ivxl]+\)", lambda k: f"({_roman(k)})"),
        3: (r"[a-z]{1,2}\.", lambda k: f"{_letters(k)}."),
        4: (r"[ivxl]+\.", lambda k: f"{_roman(k)}."),
    }
    if depth not in series:
        return label
    pattern, make = series[depth]
    return make(index) if re.fullmatch(pattern, label) else label


def _letters(k: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[k] if k < 26 else "z" * (k - 24)


def _roman(k: int) -> str:
    return _ROMAN[k] if k < len(_ROMAN) else str(k + 1)
