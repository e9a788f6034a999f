"""A change's paragraphs as tracked revisions: kept words plain, deleted words
``w:del``, inserted words ``w:ins``, moved text ``w:moveFrom`` and ``w:moveTo``.

:func:`_side_paras` writes a clause's own paragraphs in one mode (in place, at the old or
new place of a move, dropped or added), its parts (a split's or a merge's) joined by
tracked paragraph marks, the parts' sub-paragraphs as paragraphs of their own
(:func:`_parts_with_subparagraphs`); :func:`_whole` and :func:`_side_tree` write a clause with its
sub-paragraphs. The revision marks and the paragraphs that carry them are in :mod:`.marks`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ...model import PART_BREAK, Change
from .labels import _Numbering, _positions, ref_bookmark
from .marks import (
    _MODE_MARK,
    _MODE_SIDES,
    _OP_KINDS,
    _Group,
    _Item,
    _Kind,
    _label_items,
    _mark_refs,
    _Mode,
    _move_range,
    _op_items,
    _Para,
    _Revisions,
    _segment_labels,
    _segments,
    _style,
    _wrap,
)
from .markup import _run
from .styles import LABEL_STYLE


def _side_paras(
    change: Change,
    mode: _Mode,
    groups: Sequence[_Group],
    section: str,
    depth: int,
    rev: _Revisions,
) -> list[_Para]:
    """The clause's own paragraphs for the parts in ``groups``, written in ``mode``.

    The side with several parts (a split's new side, a merge's old side) is a paragraph
    per part; the side with one paragraph holds every part, each named group of parts in
    a move range of its own. In place, the parts of the first group stand as paragraphs
    joined by tracked marks (an inserted mark where a split cut, a deleted one where a
    merge joined) and the other groups' parts, which stand elsewhere in the other draft,
    follow inline as moved-from (split) or moved-to (merge) text.
    """
    if _laid_out(change):
        return _parts_with_subparagraphs(change, mode, groups, section, depth, rev)
    style = _style(section, depth)
    segments = _segments(change)
    old_side = mode in ("from", "dropped")
    multi = len(change.old) > 1 if old_side else len(change.new) > 1
    paras: list[_Para] = []
    if mode == "inplace":
        first, *others = groups
        for k in first.segments:
            items = _label_items(*_segment_labels(change, k, rev.numbering), mode) + _op_items(
                segments[k], mode
            )
            para = _Para(style, items, "ins" if len(change.new) > 1 else "del")
            paras.append(_mark_refs(para, change, k, mode))
        paras[-1].mark = "plain"
        inline: Literal["moveFrom", "moveTo"] = "moveFrom" if len(change.new) > 1 else "moveTo"
        inline_mode: _Mode = "from" if inline == "moveFrom" else "to"
        for group in others:
            assert group.name is not None
            start, end = _move_range(rev, inline, group.name)
            paras[-1].items.append(start)
            for k in group.segments:
                paras[-1].items.extend(_op_items(segments[k], inline_mode))
            paras[-1].items.append(end)
        return paras
    if multi:
        for group in groups:
            group_paras = [
                _mark_refs(
                    _Para(
                        style,
                        _label_items(*_segment_labels(change, k, rev.numbering), mode)
                        + _op_items(segments[k], mode),
                        _MODE_MARK[mode],
                    ),
                    change,
                    k,
                    mode,
                )
                for k in group.segments
            ]
            if group.name is not None and mode in ("from", "to"):
                _wrap(group_paras, "moveFrom" if mode == "from" else "moveTo", group.name, rev)
            paras += group_paras
        return paras
    items = _label_items(*_segment_labels(change, 0, rev.numbering), mode)
    for group in groups:
        # A moved clause of one part is enclosed whole (sub-paragraphs too) by the caller.
        ranged = len(segments) > 1 and group.name is not None and mode in ("from", "to")
        if ranged:
            assert group.name is not None
            start, end = _move_range(rev, "moveFrom" if mode == "from" else "moveTo", group.name)
            items.append(start)
        for k in group.segments:
            items += _op_items(segments[k], mode)
        if ranged:
            items.append(end)
    return [_mark_refs(_Para(style, items, _MODE_MARK[mode]), change, 0, mode)]


# ---------------------------------------------------------------------------------------
# A split or merge whose parts have sub-paragraphs
#
# Its redline spells each part's full text (the part's words, then each sub-paragraph's
# label and words), and the change says where each clause of the parts starts in each
# side's text (Change.old_starts, new_starts). The redline is written as one stream of
# runs cut into paragraphs wherever a clause of either draft starts: a cut where both
# drafts start a clause ends its paragraph with a plain mark, one where only the old
# draft does with a deleted mark (the new draft runs on), one where only the new draft
# does with an inserted mark. Each paragraph carries the bookmarks of the clauses that
# start with it and the style of the clause it is part of in each draft; the labels of
# sub-paragraphs are words of the redline, written in clause-label runs. Rejecting every
# revision leaves the old draft's paragraphs, accepting every one the new draft's.


@dataclass(frozen=True)
class _Unit:
    """A clause of the parts on one side: where it starts in that side's text, its part
    (index on that side), how far below the part it stands, and the length of the label
    its text opens with (0 for a part, whose number is not in the text, or a label the
    text does not spell)."""

    ref: str
    at: int
    part: int
    level: int
    label: int


@dataclass(frozen=True)
class _Atom:
    """A piece of one redline operation that no clause start or label end cuts, with
    the offsets of its first character in the old and new texts (the offset reached,
    for a side it does not belong to)."""

    op: int
    text: str
    old_at: int
    new_at: int


def _laid_out(change: Change) -> bool:
    """Whether the change says where its parts' clauses start, consistently with its
    redline (each side's parts first among its clauses, in order, within its text)."""
    if not change.old_starts or not change.new_starts:
        return False
    for starts, parts, text in (
        (change.old_starts, change.old, change.old_text),
        (change.new_starts, change.new, change.new_text),
    ):
        ats = [s.at for s in starts]
        if ats != sorted(ats) or ats[0] != 0 or ats[-1] > len(text):
            return False
        refs = [s.ref for s in starts]
        if len(set(refs)) != len(refs) or not set(parts) <= set(refs):
            return False
        if [ref for ref in refs if ref in parts] != list(parts) or refs[0] != parts[0]:
            return False
    return True


def _units(change: Change, old_side: bool, numbering: _Numbering) -> list[_Unit]:
    starts = change.old_starts if old_side else change.new_starts
    parts = change.old if old_side else change.new
    text = change.old_text if old_side else change.new_text
    out: list[_Unit] = []
    part, part_ref = -1, ""
    for start in starts:
        if part + 1 < len(parts) and start.ref == parts[part + 1]:
            part, part_ref = part + 1, start.ref
            out.append(_Unit(start.ref, start.at, part, 0, 0))
            continue
        below = start.ref[len(part_ref) :] if start.ref.startswith(part_ref) else ""
        printed = numbering.label(start.ref, old_side)
        label = len(printed) if printed and text.startswith(printed, start.at) else 0
        out.append(_Unit(start.ref, start.at, part, max(1, below.count("(")), label))
    return out


def _whole_labels(
    redline: Sequence[tuple[int, str]], old_units: list[_Unit], new_units: list[_Unit]
) -> list[tuple[int, str]]:
    """The redline with each sub-paragraph's label in one piece on its side, and no
    label's character kept where the other draft does not read it as a label: where the
    other draft's words, or the start of one of its clauses, fall inside a label ("(1)"
    kept around an inserted "2) ... ("), or a kept character of a label is words in the
    other draft ("i." a label, "i that" a paragraph's words), the words from the label's
    first character to its last are written deleted, then inserted. So each paragraph
    opens with its whole label, and a label run is a label in every version it is in."""
    chars = [(op, ch) for op, text in redline for ch in text]
    starts = ({u.at for u in old_units}, {u.at for u in new_units})
    labels = [
        (side, u.at, u.at + u.label)
        for side, units in enumerate((old_units, new_units))
        for u in units
        if u.label
    ]
    ranges = [
        sorted((u.at, u.at + u.label) for u in units if u.label) for units in (old_units, new_units)
    ]

    def labelled(side: int) -> Callable[[int], bool]:
        lows = [low for low, _ in ranges[side]]

        def holds(at: int) -> bool:
            k = bisect.bisect_right(lows, at) - 1
            return k >= 0 and at < ranges[side][k][1]

        return holds

    in_label = (labelled(0), labelled(1))
    rewritten = False
    changed = True
    while changed:
        changed = False
        # Where each character stands in each text, and which character holds each
        # offset of each text.
        positions: list[tuple[int, int]] = []
        holder: tuple[list[int], list[int]] = ([], [])
        old_at = new_at = 0
        for k, (op, _) in enumerate(chars):
            positions.append((old_at, new_at))
            if op <= 0:
                holder[0].append(k)
                old_at += 1
            if op >= 0:
                holder[1].append(k)
                new_at += 1
        for side, a, b in labels:
            if b > len(holder[side]):
                continue
            first, last = holder[side][a], holder[side][b - 1]
            other, foreign_op = 1 - side, (1 if side == 0 else -1)
            if any(
                chars[k][0] == foreign_op
                or (
                    chars[k][0] == 0
                    and (
                        (k > first and positions[k][other] in starts[other])
                        or not in_label[other](positions[k][other])
                    )
                )
                for k in range(first, last + 1)
            ):
                span = chars[first : last + 1]
                chars[first : last + 1] = [(-1, ch) for op, ch in span if op <= 0] + [
                    (1, ch) for op, ch in span if op >= 0
                ]
                changed = rewritten = True
                break
    if not rewritten:
        return list(redline)
    return [
        (op, "".join(ch for _, ch in run))
        for op, run in itertools.groupby(chars, key=lambda item: item[0])
    ]


def _atoms(
    redline: Sequence[tuple[int, str]], old_units: list[_Unit], new_units: list[_Unit]
) -> list[_Atom]:
    """The redline cut at every clause start, label end and part break of either side."""
    cut_sets: list[set[int]] = [set(), set()]
    for side, units in enumerate((old_units, new_units)):
        for unit in units:
            cut_sets[side] |= {unit.at, unit.at + unit.label}
            if unit.level == 0 and unit.part:
                cut_sets[side] |= {unit.at - len(PART_BREAK)}
    cuts = [sorted(c) for c in cut_sets]

    def inside(side: int, at: int, length: int) -> set[int]:
        lo = bisect.bisect_right(cuts[side], at)
        hi = bisect.bisect_left(cuts[side], at + length)
        return {c - at for c in cuts[side][lo:hi]}

    atoms: list[_Atom] = []
    old_at = new_at = 0
    for op, text in redline:
        offsets: set[int] = set()
        if op <= 0:
            offsets |= inside(0, old_at, len(text))
        if op >= 0:
            offsets |= inside(1, new_at, len(text))
        edges = [0, *sorted(offsets), len(text)]
        for a, b in itertools.pairwise(edges):
            atoms.append(
                _Atom(op, text[a:b], old_at + (a if op <= 0 else 0), new_at + (a if op >= 0 else 0))
            )
        old_at += len(text) if op <= 0 else 0
        new_at += len(text) if op >= 0 else 0
    return atoms


def _parts_with_subparagraphs(
    change: Change,
    mode: _Mode,
    groups: Sequence[_Group],
    section: str,
    depth: int,
    rev: _Revisions,
) -> list[_Para]:
    """:func:`_side_paras` for a split or merge whose parts have sub-paragraphs: the
    parts in ``groups`` written in ``mode``, each clause of theirs a paragraph."""
    numbering = rev.numbering
    units = (_units(change, True, numbering), _units(change, False, numbering))
    atoms = _atoms(_whole_labels(change.redline, *units), *units)
    new_cut = len(change.new) > 1
    part_starts = (
        [u.at for u in units[0] if u.level == 0],
        [u.at for u in units[1] if u.level == 0],
    )

    def part_of(side: int, at: int) -> int:
        return max(0, bisect.bisect_right(part_starts[side], at) - 1)

    def segment(atom: _Atom) -> int:
        return part_of(1, atom.new_at) if new_cut else part_of(0, atom.old_at)

    def is_break(atom: _Atom) -> bool:
        return atom.text == PART_BREAK and any(
            (atom.op <= 0 if side == 0 else atom.op >= 0)
            and (atom.old_at, atom.new_at)[side] + len(PART_BREAK) in part_starts[side][1:]
            for side in (0, 1)
        )

    label_ranges = [sorted((u.at, u.at + u.label) for u in side if u.label) for side in units]
    label_starts = [[a for a, _ in ranges] for ranges in label_ranges]

    def in_label(side: int, atom: _Atom) -> bool:
        at = (atom.old_at, atom.new_at)[side]
        k = bisect.bisect_right(label_starts[side], at) - 1
        return k >= 0 and at < label_ranges[side][k][1]

    # The stream: (atom index or None for raw markup, kind, raw markup).
    stream: list[tuple[_Atom | None, _Kind | Literal["raw"], str]] = []

    def add(
        segs: Iterable[int],
        kinds: dict[int, _Kind],
        name: str | None,
        range_kind: Literal["moveFrom", "moveTo"] | None,
    ) -> None:
        wanted = set(segs)
        start_end = rev.move_range(range_kind, name) if name is not None and range_kind else None
        if start_end:
            stream.append((None, "raw", start_end[0]))
        for atom in atoms:
            kind = kinds.get(atom.op)
            if kind is None or not atom.text or segment(atom) not in wanted or is_break(atom):
                continue
            stream.append((atom, kind, ""))
        if start_end:
            stream.append((None, "raw", start_end[1]))

    range_kind: Literal["moveFrom", "moveTo"] | None = (
        "moveFrom" if mode == "from" else "moveTo" if mode == "to" else None
    )
    if mode == "inplace":
        first, *others = groups
        add(first.segments, _OP_KINDS["inplace"], None, None)
        inline_kind: Literal["moveFrom", "moveTo"] = "moveFrom" if new_cut else "moveTo"
        inline_mode: _Mode = "from" if new_cut else "to"
        for group in others:
            add(group.segments, _OP_KINDS[inline_mode], group.name, inline_kind)
        written_segments = set(first.segments)
    else:
        for group in groups:
            add(group.segments, _OP_KINDS[mode], group.name, range_kind)
        written_segments = {k for group in groups for k in group.segments}

    has_old, has_new = _MODE_SIDES[mode]
    sides_kinds: tuple[set[str], set[str]] = (
        {"plain", "del", "moveFrom"} if has_old else set(),
        {"plain", "ins", "moveTo"} if has_new else set(),
    )
    segment_side = 1 if new_cut else 0
    # Where each written clause starts: before the first atom of its side at or after
    # its offset (the first clause of a side opens the stream).
    starts_at: list[dict[int, list[_Unit]]] = [{}, {}]
    for side in (0, 1):
        if not sides_kinds[side]:
            continue
        own = [
            (k, (atom.old_at, atom.new_at)[side])
            for k, (atom, kind, _) in enumerate(stream)
            if atom is not None and kind in sides_kinds[side]
        ]
        own_at = [at for _, at in own]
        written = [u for u in units[side] if side != segment_side or u.part in written_segments]
        for n, unit in enumerate(written):
            if not n:
                at = 0
            else:
                k = bisect.bisect_left(own_at, unit.at)
                at = own[k][0] if k < len(own) else own[-1][0] + 1 if own else 0
                # Range starts just before the clause open its paragraph.
                while at and stream[at - 1][1] == "raw" and "RangeStart" in stream[at - 1][2]:
                    at -= 1
            starts_at[side].setdefault(at, []).append(unit)

    # The cuts in stream order: (stream index, old clause, new clause); the first opens
    # the stream. Clauses of one side starting at one place (an empty clause) each have
    # a cut; the last of each side shares one with the other side's.
    cuts: list[tuple[int, _Unit | None, _Unit | None]] = []
    for at in sorted({*starts_at[0], *starts_at[1]}):
        olds, news = list(starts_at[0].get(at, [])), list(starts_at[1].get(at, []))
        if not cuts:
            cuts.append((0, olds.pop(0) if olds else None, news.pop(0) if news else None))
        cuts += [(at, unit, None) for unit in olds[:-1]]
        cuts += [(at, None, unit) for unit in news[:-1]]
        if olds or news:
            cuts.append((at, olds[-1] if olds else None, news[-1] if news else None))
    if not cuts:
        cuts.append((0, None, None))

    def mark_of(at: int, old: _Unit | None, new: _Unit | None) -> _Kind:
        if mode != "inplace":
            return _MODE_MARK[mode]
        # By index from ``at``: itertools.islice would step through every entry before
        # it, once per cut (quadratic in a long draft's paragraphs).
        following = next(
            (stream[k][1] for k in range(at, len(stream)) if stream[k][0] is not None), None
        )
        if following == "moveFrom" or following == "moveTo":
            return following
        return "plain" if old and new else "del" if old else "ins"

    def style_of(unit: _Unit, side: int) -> str:
        part_ref = (change.old if side == 0 else change.new)[unit.part]
        part_section = (
            "preamble"
            if part_ref.startswith("PP")
            else "operative"
            if part_ref.startswith("OP")
            else section
        )
        return _style(part_section, depth + unit.level)

    kind_sides: dict[str, tuple[int, ...]] = {
        "plain": (0, 1),
        "del": (0,),
        "moveFrom": (0,),
        "ins": (1,),
        "moveTo": (1,),
    }
    paras: list[_Para] = []
    current: list[_Unit | None] = [None, None]
    for n, (at, old, new) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(stream)
        if old is not None:
            current[0] = old
        if new is not None:
            current[1] = new
        items: list[_Item] = []
        for atom, kind, raw in stream[at:end]:
            if atom is None:
                items.append(("raw", raw))
                continue
            assert kind != "raw"
            label = any(in_label(side, atom) for side in kind_sides[kind])
            items.append(
                (kind, _run(atom.text, deleted=kind == "del", style=LABEL_STYLE if label else None))
            )
        # A part's number is not in the text: it leads the part's first paragraph.
        labels: list[_Item] = []
        if mode == "inplace":
            old_label = numbering.label(old.ref, True) if old and not old.level else None
            new_label = numbering.label(new.ref, False) if new and not new.level else None
            if (old and not old.level) or (new and not new.level):
                labels = _label_items(old_label, new_label, mode)
        else:
            opening = old if has_old else new
            if opening is not None and not opening.level:
                own_side = 0 if has_old else 1
                seg = opening.part if own_side == segment_side else 0
                labels = _label_items(*_segment_labels(change, seg, numbering), mode)
        lead = next((k for k, item in enumerate(items) if item[0] != "raw"), len(items))
        items[lead:lead] = labels
        # The style of the clause the paragraph is part of in the new draft (else the old
        # one's), the old draft's tracked as the style it had.
        old_unit, new_unit = current
        if new_unit is not None and has_new:
            style = style_of(new_unit, 1)
        elif old_unit is not None:
            style = style_of(old_unit, 0)
        else:
            style = _style(section, depth)
        was = style_of(old_unit, 0) if old_unit is not None and has_old and has_new else None
        next_mark = (
            mark_of(*cuts[n + 1])
            if n + 1 < len(cuts)
            else "plain"
            if mode == "inplace"
            else _MODE_MARK[mode]
        )
        para = _Para(style, items, next_mark, was if was != style else None)
        for side, starting in ((0, old), (1, new)):
            if starting is not None and (has_old, has_new)[side]:
                name = ref_bookmark("old" if side == 0 else "new", starting.ref)
                if name is not None:
                    para.bookmarks.append(name)
        paras.append(para)
    return paras


def _all_parts(change: Change) -> tuple[_Group, ...]:
    return (_Group(tuple(range(len(_segments(change))))),)


def _whole(change: Change, mode: _Mode, depth: int, rev: _Revisions) -> list[_Para]:
    """A dropped (added) clause and its sub-paragraphs, every one deleted (inserted)."""
    section = change.section
    paras = _side_paras(change, mode, _all_parts(change), section, depth, rev)
    for child in change.children:
        paras += _whole(child, mode, depth + 1, rev)
    return paras


def _side_tree(
    change: Change, side: Literal["from", "to"], section: str, depth: int, rev: _Revisions
) -> list[_Para]:
    """The sub-paragraphs of a moved paragraph as one draft has them (old draft at the
    old place, new draft at the new place), in that draft's order: the ones kept are
    moved with their parent, a dropped (added) one is deleted (inserted)."""
    old_side = side == "from"
    refs = [r for child in change.children for r in (child.old if old_side else child.new)]
    order = rev.numbering.old_order if old_side else rev.numbering.new_order
    where = _positions(refs, order)
    entries: list[tuple[int, int, Change, int | None]] = []
    for n, child in enumerate(change.children):
        own = child.old if old_side else child.new
        if len(own) > 1:
            entries += [(where[ref], n, child, k) for k, ref in enumerate(own)]
        elif own:
            entries.append((where[own[0]], n, child, None))
    paras: list[_Para] = []
    for _, _, child, part in sorted(entries, key=lambda e: (e[0], e[1])):
        if not (child.new if old_side else child.old):
            paras += _whole(child, "dropped" if old_side else "added", depth, rev)
            continue
        groups = _all_parts(child) if part is None else (_Group((part,)),)
        paras += _side_paras(child, side, groups, section, depth, rev)
        if part is None and len(child.old) == 1 and len(child.new) == 1:
            paras += _side_tree(child, side, section, depth + 1, rev)
    return paras
