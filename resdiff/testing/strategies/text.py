"""A draft as plain text: :func:`to_text` writes it as a UN document reads when copied
from its PDF, and :func:`draft_texts` is the strategy of such texts, for testing a parser.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

from ...explain import and_list
from ...lexicon import Lexicon
from ...model import Clause, Draft
from .draft import drafts
from .vocabulary import _MONTHS


def to_text(draft: Draft, *, width: int = 78) -> str:
    """The draft as a UN document reads when copied from its PDF: the masthead in two
    columns, the sponsors line, the enacting formula, indented recitals, numbered
    operative paragraphs and lettered sub-paragraphs, hard-wrapped at ``width``.

    ``resdiff.parse(to_text(draft))`` gives back the draft's symbol, sponsors, date and
    paragraphs (refs and texts).
    """
    lines: list[str] = []
    symbol = draft.symbol or "S/2000/1"
    lines.append(f"{'United Nations':<62}{symbol:>16}")
    lines.append("")
    lines.append(f"{'          Security Council':<63}Distr.: General")
    if draft.date is not None:
        when = draft.date
        lines.append(" " * 63 + f"{when.day} {_MONTHS[when.month - 1]} {when.year}")
    lines.append("")
    lines.append(" " * 63 + "Original: English")
    lines += ["", ""]
    if draft.sponsors:
        # "draft resolution" is kept on one line (a non-breaking space while wrapping).
        lines += [
            line.replace("\u00a0", " ")
            for line in textwrap.wrap(
                f"{and_list(draft.sponsors)}:\u00a0draft\u00a0resolution",
                width=width,
                break_on_hyphens=False,
                break_long_words=False,
            )
        ]
        lines += ["", ""]
    lines.append("          " + (draft.enacting_formula or "The Security Council,"))
    lines.append("")

    def para(first: str, rest: str, text: str) -> None:
        wrapped = textwrap.wrap(
            text,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
            break_long_words=False,
        )
        lines.extend(wrapped)
        lines.append("")

    for clause in draft.preamble:
        para("          ", "     ", clause.text)

    def sub(clause: Clause, depth: int) -> None:
        pad = "     " + "     " * depth
        label = f"{clause.label or ''}"
        para(f"{pad}{label:<5}", pad, clause.text)
        for child in clause.children:
            sub(child, depth + 1)

    for clause in draft.operative:
        para(f"     {clause.label or '':<5}", "     ", clause.text)
        for child in clause.children:
            sub(child, 1)
    return "\n".join(lines).rstrip("\n") + "\n"


def draft_texts(
    *,
    min_preamble: int = 2,
    max_preamble: int = 8,
    min_operative: int = 2,
    max_operative: int = 10,
    chapter_vii: bool | None = None,
    measures: bool | None = None,
    sub_paragraphs: bool | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[str]:
    """The plain text of :func:`drafts` (same arguments), as :func:`to_text` writes it:
    for testing a parser, alone or against the draft it came from."""
    return drafts(
        min_preamble=min_preamble,
        max_preamble=max_preamble,
        min_operative=min_operative,
        max_operative=max_operative,
        chapter_vii=chapter_vii,
        measures=measures,
        sub_paragraphs=sub_paragraphs,
        lexicon=lexicon,
    ).map(to_text)
