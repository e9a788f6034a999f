"""Nesting bounded for every reader: no draft leaves the readers deeper than the model
allows (kept apart from :mod:`resdiff.read.common`, which imports nothing of resdiff, so
that renderers may share its label helpers)."""

from __future__ import annotations

from ..model import MAX_CLAUSE_DEPTH, Clause, Draft, ParseWarning, clause_depth


def bound_depth(draft: Draft) -> Draft:
    """``draft`` with no clause nested deeper than :data:`MAX_CLAUSE_DEPTH`: the
    sub-paragraphs below the deepest level allowed are kept, in reading order, as
    children of their ancestor at that level, with a ``too-deep`` warning each place it
    happens. Readers whose input can nest without bound (XML, Word) end here, so that
    renderers, the JSON round trip and the comparison never meet a deeper tree."""
    if clause_depth(draft.paragraphs) <= MAX_CLAUSE_DEPTH:
        return draft
    warnings: list[ParseWarning] = []

    def bounded(clause: Clause, level: int) -> Clause:
        # Recursion stops at MAX_CLAUSE_DEPTH levels; below that the walk is iterative.
        if level < MAX_CLAUSE_DEPTH - 1:
            children = tuple(bounded(child, level + 1) for child in clause.children)
        elif clause_depth(clause.children) <= 1:
            return clause
        else:
            flat: list[Clause] = []
            stack = list(reversed(clause.children))
            while stack:
                node = stack.pop()
                flat.append(node.model_copy(update={"children": ()}))
                stack.extend(reversed(node.children))
            children = tuple(flat)
            warnings.append(
                ParseWarning(
                    code="too-deep",
                    message=(
                        f"{clause.ref} holds sub-paragraphs nested deeper than "
                        f"{MAX_CLAUSE_DEPTH} levels: kept at level {MAX_CLAUSE_DEPTH}"
                    ),
                    line=clause.span.first_line if clause.span else None,
                )
            )
        return clause.model_copy(update={"children": children})

    preamble = tuple(bounded(clause, 1) for clause in draft.preamble)
    operative = tuple(bounded(clause, 1) for clause in draft.operative)
    return draft.model_copy(
        update={
            "preamble": preamble,
            "operative": operative,
            "warnings": (*draft.warnings, *warnings),
        }
    )
