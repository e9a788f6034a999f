"""The sequence of the clauses: one level's clauses in the order that gives both drafts'
orders, with the drafts' headings among them.

:func:`_sequence` writes the changes that kept their place (the longest chain in order in
both drafts) in place, and everything else where it stands in its own draft, between two
of them; :func:`_with_headings` puts each draft's headings before the clause they stand
before in that draft, plain when both drafts have them there.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

from ...chains import longest_increasing
from ...model import Change, Comparison
from .._common import placed_headings
from .labels import _SECTION_RANK, _positions, ref_bookmark
from .marks import _Group, _Kind, _Para, _Piece, _Revisions, _wrap
from .markup import _run
from .styles import HEADING_STYLE
from .tracked import _side_paras, _side_tree, _whole


def _runs_of(refs: Sequence[str], where: dict[str, int]) -> list[tuple[int, ...]]:
    """Indices of ``refs`` in groups that stand next to each other in their draft."""
    runs: list[list[int]] = []
    for k, ref in enumerate(refs):
        if runs and where[ref] == where[refs[runs[-1][-1]]] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [tuple(run) for run in runs]


def _sequence(changes: Sequence[Change], depth: int, rev: _Revisions) -> list[_Piece]:
    """The clauses of one level (the paragraphs, or the sub-paragraphs of one paragraph)
    as sections and paragraphs in the order that gives both drafts' orders.

    The changes that kept their place (on the longest chain that is in order in both
    drafts) are anchors written in place; everything else is written where it stands in
    its own draft, in the gap between two anchors: dropped clauses and the old places of
    moves first, then added clauses and the new places of moves, preamble before the
    operative part.
    """
    old_at = _positions([ref for c in changes for ref in c.old], rev.numbering.old_order)
    new_at = _positions([ref for c in changes for ref in c.new], rev.numbering.new_order)
    steady = sorted(
        (c for c in changes if c.old and c.new and not c.moved), key=lambda c: new_at[c.new[0]]
    )
    chain = longest_increasing([old_at[c.old[0]] for c in steady])
    anchors = [c for k, c in enumerate(steady) if k in chain]
    anchored = {id(c) for c in anchors}
    anchor_old = [old_at[c.old[0]] for c in anchors]
    anchor_new = [new_at[c.new[0]] for c in anchors]
    gaps: list[list[tuple[int, int, int, _Piece]]] = [[] for _ in range(len(anchors) + 1)]
    placed: dict[int, _Piece] = {}

    def old_only(ref: str, section: str, paras: list[_Para]) -> None:
        section = _section_of(ref, section)
        at = old_at[ref]
        # Ranked by the part it is printed in: a recital printed among the operative
        # paragraphs goes among them, after the operative clauses before it in its gap.
        part = rev.numbering.part_of(ref, section, old=True)
        gaps[bisect.bisect_left(anchor_old, at)].append(
            (_SECTION_RANK.get(part, 1), 0, at, _Piece(section, paras, old=ref))
        )

    def new_only(ref: str, section: str, paras: list[_Para]) -> None:
        section = _section_of(ref, section)
        at = new_at[ref]
        part = rev.numbering.part_of(ref, section, old=False)
        gaps[bisect.bisect_left(anchor_new, at)].append(
            (_SECTION_RANK.get(part, 1), 1, at, _Piece(section, paras, new=ref))
        )

    for change in changes:
        old_section = change.old_section or change.section
        if not change.old:
            new_only(change.new[0], change.section, _whole(change, "added", depth, rev))
            continue
        if not change.new:
            old_only(change.old[0], old_section, _whole(change, "dropped", depth, rev))
            continue
        split, merged = len(change.new) > 1, len(change.old) > 1
        if split:
            runs = _runs_of(change.new, new_at)
        elif merged:
            runs = _runs_of(change.old, old_at)
        else:
            runs = [(0,)]
        steady_here = id(change) in anchored
        groups = [
            _Group(run, None if steady_here and not k else rev.move_name())
            for k, run in enumerate(runs)
        ]
        one_to_one = not split and not merged
        if steady_here:
            paras = _side_paras(change, "inplace", groups, change.section, depth, rev)
            if one_to_one:
                for sub in _sequence(change.children, depth + 1, rev):
                    paras += sub.paras
            placed[id(change)] = _Piece(change.section, paras, change.old[0], change.new[0])
            for group in groups[1:]:
                if split:
                    ref = change.new[group.segments[0]]
                    new_only(
                        ref,
                        change.section,
                        _side_paras(change, "to", [group], change.section, depth, rev),
                    )
                else:
                    ref = change.old[group.segments[0]]
                    old_only(
                        ref,
                        old_section,
                        _side_paras(change, "from", [group], old_section, depth, rev),
                    )
            continue
        # Moved: the old side where the old draft has it, the new side where the new one does.
        if merged:
            for group in groups:
                old_only(
                    change.old[group.segments[0]],
                    old_section,
                    _side_paras(change, "from", [group], old_section, depth, rev),
                )
        else:
            paras = _side_paras(change, "from", groups, old_section, depth, rev)
            if one_to_one:
                paras += _side_tree(change, "from", old_section, depth + 1, rev)
                assert groups[0].name is not None
                _wrap(paras, "moveFrom", groups[0].name, rev)
            old_only(change.old[0], old_section, paras)
        if split:
            for group in groups:
                new_only(
                    change.new[group.segments[0]],
                    change.section,
                    _side_paras(change, "to", [group], change.section, depth, rev),
                )
        else:
            paras = _side_paras(change, "to", groups, change.section, depth, rev)
            if one_to_one:
                paras += _side_tree(change, "to", change.section, depth + 1, rev)
                assert groups[0].name is not None
                _wrap(paras, "moveTo", groups[0].name, rev)
            new_only(change.new[0], change.section, paras)

    out: list[_Piece] = []
    for k, gap in enumerate(gaps):
        out += [piece for *_, piece in sorted(gap, key=lambda g: g[:3])]
        if k < len(anchors):
            out.append(placed[id(anchors[k])])
    return out


def _section_of(ref: str, section: str) -> str:
    """The part of its draft clause ``ref`` stands in: a merge or split across the end of
    the preamble has parts in both, and the change names only its first part's."""
    if ref.startswith("PP"):
        return "preamble"
    return "operative" if ref.startswith("OP") else section


def _heading_para(text: str, kind: _Kind) -> _Para:
    return _Para(HEADING_STYLE, [(kind, _run(text, deleted=kind == "del"))], kind)


#: Where a heading stands: before a piece, or before a paragraph of a piece.
_Spot = int | tuple[int, int]


def _with_headings(pieces: list[_Piece], cmp: Comparison) -> list[_Piece]:
    """The pieces with the drafts' headings among them, each before the clause it stands
    before in its draft (at the end of its part when it stands before none): a heading
    both drafts have before the same clause written in place is plain, any other is
    deleted where the old draft has it and inserted where the new one does, so that
    rejecting or accepting every revision gives each draft's headings."""
    old_at = {p.old: k for k, p in enumerate(pieces) if p.old is not None}
    new_at = {p.new: k for k, p in enumerate(pieces) if p.new is not None}

    def where(ref: str | None, at: dict[str, int], side: Literal["old", "new"]) -> _Spot | None:
        if ref is None:
            return None
        if ref in at:
            return at[ref]
        # A heading among sub-paragraphs goes before its sub-paragraph, found by the
        # bookmark naming it (else before their paragraph).
        k = at.get(ref.split("(", 1)[0])
        if k is None:
            return None
        name = ref_bookmark(side, ref)
        paras = pieces[k].paras
        j = next((j for j, para in enumerate(paras) if name in para.bookmarks), None)
        return k if j is None or name is None else (k, j)

    before: dict[_Spot | str, list[tuple[int, _Para]]] = {}
    for heading in placed_headings(cmp):
        old_k = where(heading.old_before, old_at, "old")
        new_k = where(heading.new_before, new_at, "new")
        if heading.status == "kept" and heading.old_text is None and old_k == new_k:
            spot = heading.section if old_k is None else old_k
            before.setdefault(spot, []).append((1, _heading_para(heading.text, "plain")))
            continue
        if heading.status != "added":
            spot = heading.section if old_k is None else old_k
            text = heading.old_text or heading.text
            before.setdefault(spot, []).append((0, _heading_para(text, "del")))
        if heading.status != "dropped":
            spot = heading.section if new_k is None else new_k
            before.setdefault(spot, []).append((2, _heading_para(heading.text, "ins")))

    def heading_paras(spot: _Spot | str) -> list[_Para]:
        # Deleted headings first, then kept, then inserted; each draft's in its order.
        return [para for _, para in sorted(before.get(spot, []), key=lambda e: e[0])]

    def headed(spot: _Spot | str, section: str) -> list[_Piece]:
        return [_Piece(section, [para]) for para in heading_paras(spot)]

    out: list[_Piece] = []
    for k, piece in enumerate(pieces):
        out += headed(k, piece.section)
        paras: list[_Para] = []
        for j, para in enumerate(piece.paras):
            paras += heading_paras((k, j))
            paras.append(para)
        out.append(_Piece(piece.section, paras, piece.old, piece.new))
    # Headings at the end of their part: the preamble's before the first operative piece.
    cut = next((k for k, p in enumerate(out) if p.section == "operative"), len(out))
    return out[:cut] + headed("preamble", "preamble") + out[cut:] + headed("operative", "operative")
