"""Clause nodes, for the last stage of the text reader: a unit made the node of a clause,
and a node made its :class:`~resdiff.model.Clause` (the model's validators called
directly, for the clauses and for the headings and warnings the builder makes)."""

from __future__ import annotations

from ...model import (
    Clause,
    Heading,
    ParseWarning,
    Section,
    Span,
)
from .lines import _join
from .units import _Unit

#: A unit that opened a clause: the clause's node, the builder's fields set on the unit
#: (:class:`_Unit` holds them).
_Node = _Unit


def _node(unit: _Unit, ref: str, section: Section, family: str = "", key: str = "") -> _Node:
    """``unit`` made the node of a clause: its ref, section and label family set (its
    label, lines and indent are the clause's already)."""
    unit.ref = ref
    unit.section = section
    unit.family = family
    unit.key = key
    return unit


def _add_child(parent: _Node, child: _Node) -> None:
    """Append ``child`` to ``parent``'s sub-paragraphs."""
    if parent.children is None:
        parent.children = [child]
    else:
        parent.children.append(child)


def _child_count(node: _Node) -> int:
    """How many sub-paragraphs ``node`` has."""
    return len(node.children) if node.children is not None else 0


def _clause(node: _Node) -> Clause:
    """The clause of ``node`` and its sub-paragraphs, made once: the node gives its
    sub-paragraphs up as their clauses are made, so that a text of 15,000 items holds the
    nodes or the clauses, not both, while the cyclic collector walks them (two full
    collections over both were a quarter of such a read). Recursion is bounded: the
    builder nests no deeper than :data:`MAX_CLAUSE_DEPTH`."""
    lines = node.lines
    last = lines[0].no if len(lines) == 1 else max(ln.no for ln in lines)
    nodes = node.children
    if nodes:
        node.children = None
        made: list[Clause] = []
        nodes.reverse()
        while nodes:
            child = _clause(nodes.pop())
            span = child.span
            if span is not None and span.last_line > last:
                last = span.last_line
            made.append(child)
        children: tuple[Clause, ...] = tuple(made)
    else:
        children = ()
    # Validated as ``Clause(...)`` validates (the same checks, the same object), without
    # the keyword call of ``__init__``: a text of 15,000 one-line items builds 15,000.
    clause: Clause = _CLAUSE(
        {
            "ref": node.ref,
            "section": node.section,
            "label": node.label,
            "text": _join(lines),
            "children": children,
            "heading": node.heading,
            "span": _SPAN({"first_line": lines[0].no, "last_line": last}),
        }
    )
    return clause


#: The validators ``Clause(...)`` and ``Span(...)`` call, called directly by :func:`_clause`.
_CLAUSE = Clause.__pydantic_validator__.validate_python
_SPAN = Span.__pydantic_validator__.validate_python
#: The same for the headings and warnings the builder makes (thousands in a hostile text).
_HEADING = Heading.__pydantic_validator__.validate_python
_WARNING = ParseWarning.__pydantic_validator__.validate_python
