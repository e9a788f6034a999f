"""Tracked changes: the two versions a Word document holds.

A document with tracked changes holds two texts: ``"accepted"`` keeps insertions and the
new place of moved text, ``"original"`` keeps deletions and the old place. Here is what
each version drops (:data:`_DROPPED`), which changes make the two versions differ
(:data:`_TRACKED`), and the joining of each paragraph whose mark a version removes with
the next one (:func:`_join`). The walk (:mod:`.reader`) keeps one version as it reads:
the runs, paragraph properties and numbering that version has.
"""

from __future__ import annotations

from dataclasses import replace

from .paragraphs import _Physical

#: What each version drops: text inserted (or moved in) is not in the original, text
#: deleted (or moved away) is not in the accepted version.
_DROPPED = {"accepted": ("del", "moveFrom"), "original": ("ins", "moveTo")}
#: The tracked changes that make a document's two versions differ (text, paragraph
#: marks, table rows and cells, numbering and paragraph properties); a change of run
#: formatting alone (``w:rPrChange``) leaves both versions the same text.
_TRACKED = (
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "cellIns",
    "cellDel",
    "pPrChange",
    "numberingChange",
)


def _join(physical: list[_Physical]) -> list[tuple[_Physical, str, bool]]:
    """Join each paragraph whose mark this version removes with the next one. The
    joined paragraph keeps the properties (numbering) of its first part with text.
    The third item says the paragraph vanishes: its mark is removed and no paragraph
    follows to take its text (an insertion at the end of the document, rejected)."""
    out: list[tuple[_Physical, str, bool]] = []
    group: list[_Physical] = []
    for p in physical:
        group.append(p)
        if not p.joins_next:
            out.append(_merged(group, vanishes=False))
            group = []
    if group:
        out.append(_merged(group, vanishes=True))
    return out


def _merged(group: list[_Physical], *, vanishes: bool) -> tuple[_Physical, str, bool]:
    lead = next((p for p in group if p.text.strip()), group[-1])
    if len(group) > 1:
        # The joined paragraph of a report: the lead's label, every part's text and
        # bookmarks (see :func:`_report_draft`).
        bodies = [p.body for p in group]
        lead = replace(
            lead,
            body=None if None in bodies else "".join(b or "" for b in bodies),
            bookmarks=tuple(name for p in group for name in p.bookmarks),
            # A paragraph joined to the next by a deleted mark: the authors of every part
            # with words in this version. A part with none was deleted (or moved away)
            # whole, mark and all: its words are in no clause of this version, and its
            # author touched none of the next paragraph's (a paragraph China deleted made
            # the untouched one after it "tracked by China", formats review 3 December).
            authors=tuple(dict.fromkeys(a for p in group if p.text.strip() for a in p.authors)),
            # Moved whole only when every part with words was moved by the same move.
            move=_one_move([p for p in group if p.text.strip()]),
        )
    return lead, "".join(p.text for p in group), vanishes


def _one_move(parts: list[_Physical]) -> str | None:
    """The move that holds every one of ``parts`` whole, if one does."""
    moves = {p.move for p in parts}
    return moves.pop() if len(moves) == 1 else None
