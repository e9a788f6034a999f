"""The structural checks, after the tree of the text reader: preambular paragraphs that
do not end with a comma, operative ones that do not open with a capitalised verb."""

from __future__ import annotations

from ...brackets import without_trailing_notes
from ...compiled import compile_cached
from ...model import ParseWarning
from .lines import (
    _final_punct,
    _join,
)
from .nodes import _WARNING, _Node

#: A Markdown footnote's reference at the end of a paragraph: "[^1]", "[^note]".
_MD_NOTE_REF = compile_cached(r"\[\^[^\]\s]{1,20}\]$")


def _structural_warnings(draft_pp: list[_Node], draft_op: list[_Node]) -> list[ParseWarning]:
    """Preambular paragraphs without a final comma, operative ones without a verb."""
    warnings: list[ParseWarning] = []
    for node in draft_pp:
        last = node
        while last.children:
            last = last.children[-1]  # (None or a list of one at least)
        # A drafter's note after the recital ("..., [Comment (China): delete]") is not
        # its end.
        text = without_trailing_notes(_join(last.lines))
        # Nor is a Markdown footnote's reference ("... Human Rights,[^1]").
        text = _MD_NOTE_REF.sub("", text)
        if _final_punct(text) != ",":
            warnings.append(
                _WARNING(
                    {
                        "code": "preamble-no-comma",
                        "message": f"{node.ref} does not end with a comma",
                        "line": last.lines[-1].no,
                    }
                )
            )
    for node in draft_op:
        text = _join(node.lines).lstrip("\"'“‘([|")
        if not text[:1].isupper():
            warnings.append(
                _WARNING(
                    {
                        "code": "operative-no-verb",
                        "message": f"{node.ref} does not open with a capitalised verb",
                        "line": node.lines[0].no,
                    }
                )
            )
    return warnings
