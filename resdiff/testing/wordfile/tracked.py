"""Two drafts' paragraphs aligned as tracked changes: equal, changed (with a word diff),
deleted, inserted, or moved unchanged."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from .markup import Change, Run, deleted, inserted
from .units import _Unit


@dataclass
class _Entry:
    """One paragraph of the tracked package: in both drafts, or in one only."""

    old: _Unit | None
    new: _Unit | None
    op: Change | Literal["equal", "change"]
    move: str = ""


def _entries(old: list[_Unit], new: list[_Unit]) -> list[_Entry]:
    """Align the paragraphs of two drafts: equal, changed (paired by similarity), deleted,
    inserted; a paragraph deleted at one place and inserted unchanged at another is a move."""
    matcher = difflib.SequenceMatcher(
        None, [u.key for u in old], [u.key for u in new], autojunk=False
    )
    out: list[_Entry] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(
                _Entry(old[i], new[j], "equal")
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        out.extend(_paired(old[i1:i2], new[j1:j2]))
    # Moves: the same paragraph deleted here and inserted there.
    inserted_at: dict[tuple[str, str, int, str], list[int]] = {}
    for k, entry in enumerate(out):
        if entry.op == "ins" and entry.new is not None:
            inserted_at.setdefault(entry.new.key, []).append(k)
    moves = 0
    for entry in out:
        if entry.op != "del" or entry.old is None or not entry.old.text.strip():
            continue
        targets = inserted_at.get(entry.old.key)
        if not targets:
            continue
        target = out[targets.pop(0)]
        moves += 1
        entry.op, entry.move = "moveFrom", f"move{moves}"
        target.op, target.move, target.old = "moveTo", f"move{moves}", entry.old
    return out


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _paired(old: list[_Unit], new: list[_Unit]) -> list[_Entry]:
    """Pair the paragraphs of a replaced block in order (similar ones of one kind become
    a change), the rest deleted or inserted where they stand."""
    pairs: list[tuple[int, int]] = []
    start = 0
    for i, unit in enumerate(old):
        best, best_j = 0.5, -1
        for j in range(start, len(new)):
            if new[j].kind == unit.kind and new[j].section == unit.section:
                score = _similar(unit.text, new[j].text)
                if score > best:
                    best, best_j = score, j
        if best_j >= 0:
            pairs.append((i, best_j))
            start = best_j + 1
    out: list[_Entry] = []
    i = j = 0
    for pi, pj in [*pairs, (len(old), len(new))]:
        out.extend(_Entry(unit, None, "del") for unit in old[i:pi])
        out.extend(_Entry(None, unit, "ins") for unit in new[j:pj])
        if pi < len(old) and pj < len(new):
            out.append(_Entry(old[pi], new[pj], "change"))
        i, j = pi + 1, pj + 1
    return out


def _word_diff(old: str, new: str) -> list[Run]:
    """The words of ``old`` turned into ``new`` as plain, deleted and inserted runs."""
    a = re.findall(r"\s+|\S+", old)
    b = re.findall(r"\s+|\S+", new)
    runs: list[Run] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(Run("".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(deleted("".join(a[i1:i2])))
        if j2 > j1:
            runs.append(inserted("".join(b[j1:j2])))
    return runs
