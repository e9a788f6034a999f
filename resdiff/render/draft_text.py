"""A draft as plain text: what the readers read, written out whole.

``resdiff parse --format text`` prints it: the text a Word file or a PDF gave, clause by
clause, to check what was read (the outline cuts each clause to one line) or to keep the
draft as text. One paragraph a line and a blank line between, labels as printed, each
level of sub-paragraphs indented four spaces, headings before the clause they stand
before, then the closing lines, annexes and footnotes. The text reads back as the same
draft: :func:`resdiff.parse` of it gives the same clauses (refs, labels and texts),
headings, annexes and footnotes (``tests/test_render.py`` checks it on the examples and
on corpus texts read from every format).

Like every renderer, it only reads the model.
"""

from __future__ import annotations

from ..model import Clause, Draft

__all__ = ["draft_text"]

#: The indent of each level of sub-paragraphs, as the Word reader writes list levels.
_INDENT = "    "


def draft_text(draft: Draft) -> str:
    """The draft as plain text (see the module's docstring)."""
    blocks: list[str] = []
    masthead = [line for line in draft.masthead if line.strip()]
    blocks.extend(masthead)
    if draft.enacting_formula:
        blocks.append(draft.enacting_formula)
    headings: dict[str | None, list[str]] = {}
    for heading in draft.headings:
        headings.setdefault(heading.before, []).append(heading.text)

    def clause(node: Clause) -> None:
        # An explicit stack: no recursion, whatever the nesting (bounded by the model).
        stack = [(node, 0)]
        while stack:
            current, level = stack.pop()
            blocks.extend(headings.pop(current.ref, []))
            label = f"{current.label} " if current.label else ""
            blocks.append(f"{_INDENT * level}{label}{current.text}")
            stack.extend((child, level + 1) for child in reversed(current.children))

    tops = [*draft.preamble, *draft.operative]
    if all(top.span is not None for top in tops):
        # In the order printed: a resolution in parts ("A", "B") has recitals between
        # operative paragraphs (S/RES/814 (1993): part B's preamble after OP14).
        tops.sort(key=lambda top: top.span.first_line if top.span is not None else 0)
    for top in tops:
        clause(top)
    # Headings that stand before no clause (at the end of their part).
    for texts in headings.values():
        blocks.extend(texts)
    blocks.extend(line for line in draft.closing if line.strip())
    for annex in draft.annexes:
        blocks.append(annex.title)
        blocks.extend(annex.paragraphs)
    for note in draft.footnotes:
        blocks.append(f"{note.mark} {note.text}".strip())
    return "\n\n".join(blocks) + "\n"
