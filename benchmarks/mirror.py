"""The mirror test: every judged pair compared both ways, old → new and new → old.

A drafting expert expects a mirror: if the revision A → B softened a provision, B → A
strengthened it; added ↔ dropped; reworded, mixed, unchanged and moved stay what they
are; the pairing is the same; the document's direction flips (softer ↔ stronger, mixed
and neutral stay). A reading that changes with the order of the drafts for no reason of
substance is a defect the hand-judged benchmark can only partly see::

    .venv/bin/python benchmarks/mirror.py                    # every judged pair
    .venv/bin/python benchmarks/mirror.py --set dev          # one set
    .venv/bin/python benchmarks/mirror.py --pair unmiss-2021 # one pair (repeatable)
    .venv/bin/python benchmarks/mirror.py --list             # + every item

It prints:

- **pairing**: pairs whose pairing of provisions differs between the two runs, and the
  provisions (changes) paired in one run and not in the other;
- **kinds**: provisions paired alike whose kind does not mirror, as a table of the
  forward kind → the kind of the backward run mirrored, modern and scanned texts apart;
- **shifts**: named shifts of provisions paired alike with no mirrored twin (the same
  feature, the direction flipped, the values swapped where they are named), by feature;
- **directions**: pairs whose ``summary.direction`` does not mirror.

Some asymmetry is right, because time runs one way: a request whose deadline passed is
spent when dropped and an ask when added; an act done once (an establishment, an
appointment) is done when dropped; a winding-down a later text does not restate stands;
a follow-up text that cites the old resolution is weighed on what it adds. Those are
directional by design (:data:`BY_DESIGN`): a shift whose note says so, and the
provisions and directions it explains, are counted apart from the defects.
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import judged as bench  # noqa: E402

import resdiff  # noqa: E402
from resdiff.model import NOT_RESTATED, Change, Comparison, Shift  # noqa: E402

#: A kind as the backward run should read it.
MIRROR_KIND = {"added": "dropped", "dropped": "added", "softened": "strengthened"}
MIRROR_KIND |= {v: k for k, v in MIRROR_KIND.items()}
#: A direction as the backward run should read it.
MIRROR_DIRECTION = {"softer": "stronger", "stronger": "softer"}

#: How the notes of the shifts that are directional by design open: what a later text no
#: longer needs to say (a request spent, an act done once), a winding-down not restated,
#: and what a later text keeps by continuing or citing an earlier one (a decision stands
#: until revoked; "it stands in resolution 2612 (2021), which the new text continues"; a
#: task of the Organization's own organs goes on under the old resolution),
#: a drawdown level a later text keeps, and a stopgap renewal before another (a holding
#: pattern while the Council negotiates; a stopgap before a real period is a longer one).
#: Read the other way, the earlier text cannot continue the later one: each is an ask
#: made or withdrawn there.
BY_DESIGN = (
    "spent",
    NOT_RESTATED,
    "still in force",
    "carried by reference",
    "it stands in resolution",
    "a decision stands until",
    "a task given to the Organization's own organs",
    "the new text cites resolution",
    "it asks to go on with what is in place",
    "the level the old text set",
    "both technical rollovers",
)

Key = tuple[tuple[str, ...], tuple[str, ...]]


def mirrored_kind(kind: str) -> str:
    """The kind a provision read ``kind`` forward should read backward."""
    return MIRROR_KIND.get(kind, kind)


def mirrored_direction(direction: str) -> str:
    """The direction (of a shift or a document) the backward run should read."""
    return MIRROR_DIRECTION.get(direction, direction)


def _formula_words() -> frozenset[str]:
    """The emphasis words that bring agreed language up to date in the place of others
    (``replaces`` in degrees.toml: "full, equal and meaningful" for "full, effective and
    meaningful")."""
    with (ROOT / "resdiff" / "lexicon" / "degrees.toml").open("rb") as handle:
        entries = tomllib.load(handle).get("emphasis", {})
    return frozenset(w for w, e in entries.items() if isinstance(e, dict) and e.get("replaces"))


#: Agreed language runs one way too: the formula brought up to date is named, not
#: weighed; taken back to its older form, what the newer asked is dropped (judged so).
FORMULA_WORDS = _formula_words()


def by_design(shift: Shift) -> bool:
    """True for a shift that reads one way only on purpose: its note says why, or it is
    agreed language brought up to date (or back)."""
    if shift.feature == "emphasis" and {shift.old, shift.new} & FORMULA_WORDS:
        return True
    return bool(shift.note and shift.note.startswith(BY_DESIGN))


@dataclass
class Mirror:
    """The asymmetries of one or more pairs."""

    pairs: int = 0
    provisions: int = 0
    shifts: int = 0
    pairing_pairs: list[str] = field(default_factory=list)
    pairing_changes: int = 0
    kinds: Counter[tuple[str, str, str, bool]] = field(default_factory=Counter)
    kind_items: list[str] = field(default_factory=list)
    lone_shifts: Counter[tuple[str, bool]] = field(default_factory=Counter)
    shift_items: list[str] = field(default_factory=list)
    directions: list[tuple[str, str, str, bool]] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, other: Mirror) -> None:
        """Pool another pair's figures into these."""
        self.pairs += other.pairs
        self.provisions += other.provisions
        self.shifts += other.shifts
        self.pairing_pairs += other.pairing_pairs
        self.pairing_changes += other.pairing_changes
        self.kinds += other.kinds
        self.kind_items += other.kind_items
        self.lone_shifts += other.lone_shifts
        self.shift_items += other.shift_items
        self.directions += other.directions
        self.seconds += other.seconds


def _shift_key(shift: Shift) -> tuple[str, str, str | None, str | None]:
    return (shift.feature, shift.direction, shift.old, shift.new)


def _twin_key(shift: Shift) -> tuple[str, str, str | None, str | None]:
    return (shift.feature, mirrored_direction(shift.direction), shift.new, shift.old)


def lone_shifts(forward: Iterable[Shift], backward: Iterable[Shift]) -> list[Shift]:
    """The shifts of ``forward`` with no mirrored twin in ``backward``: the same feature
    and the direction flipped, with the values swapped, or (where one run names the
    values in other words) with any values. Each twin serves once."""
    pool = Counter(_shift_key(s) for s in backward)
    loose: Counter[tuple[str, str]] = Counter((s.feature, str(s.direction)) for s in backward)
    lone: list[Shift] = []
    waiting: list[Shift] = []
    for shift in forward:
        key = _twin_key(shift)
        if pool[key]:
            pool[key] -= 1
            loose[key[:2]] -= 1
        else:
            waiting.append(shift)
    for shift in waiting:
        key = _twin_key(shift)
        if loose[key[:2]] > 0:
            loose[key[:2]] -= 1
        else:
            lone.append(shift)
    return lone


def _shifts(change: Change) -> list[Shift]:
    return [s for part in change.walk() for s in part.shifts]


def mirror_pair(pair: dict[str, Any], forward: Comparison, backward: Comparison) -> Mirror:
    """The asymmetries between ``forward`` (old → new) and ``backward`` (new → old)."""
    out = Mirror(pairs=1)
    era = bench.era_of(pair)
    there: dict[Key, Change] = {(c.new, c.old): c for c in backward.changes}
    here: dict[Key, Change] = {(c.old, c.new): c for c in forward.changes}
    unpaired = set(here) ^ set(there)
    if unpaired:
        out.pairing_pairs.append(pair["id"])
        out.pairing_changes += len(unpaired)
    # The pair's direction is read one way by design only where every provision read
    # one way is so by design: a request spent in one paragraph does not explain a
    # censure read one way only in another.
    design_anywhere, defect_anywhere = False, bool(unpaired)
    for key, change in here.items():
        out.provisions += 1
        twin = there.get(key)
        if twin is None:
            continue
        forward_shifts, backward_shifts = _shifts(change), _shifts(twin)
        out.shifts += len(forward_shifts) + len(backward_shifts)
        lone = [
            (side, shift)
            for side, one, other in (
                ("→", forward_shifts, backward_shifts),
                ("←", backward_shifts, forward_shifts),
            )
            for shift in lone_shifts(one, other)
        ]
        # A provision is read one way only by design when a shift without a twin says so.
        design = any(by_design(shift) for _, shift in lone)
        design_anywhere |= design
        defect_anywhere |= bool(lone or twin.kind != mirrored_kind(change.kind)) and not design
        expected = mirrored_kind(change.kind)
        if twin.kind != expected:
            out.kinds[(era, change.kind, mirrored_kind(twin.kind), design)] += 1
            out.kind_items.append(
                f"{pair['id']} {change.label}: {change.kind} ↔ {twin.kind}"
                + (" (by design)" if design else "")
            )
        for side, shift in lone:
            lone_design = by_design(shift)
            out.lone_shifts[(shift.feature, lone_design)] += 1
            out.shift_items.append(
                f"{pair['id']} {change.label} {side} [{shift.direction}] {shift.describe()}"
                + (f" — {shift.note}" if shift.note else "")
                + (" (by design)" if lone_design else "")
            )
    there_direction = mirrored_direction(backward.summary.direction)
    if forward.summary.direction != there_direction:
        design = (design_anywhere and not defect_anywhere) or bool(
            forward.summary.direction_note or backward.summary.direction_note
        )
        out.directions.append(
            (pair["id"], forward.summary.direction, backward.summary.direction, design)
        )
    return out


def run(pairs: list[dict[str, Any]]) -> Mirror:
    """Compare every pair both ways and pool the asymmetries."""
    total = Mirror()
    for pair in pairs:
        start = time.process_time()
        old, new = bench.CORPUS / pair["old"], bench.CORPUS / pair["new"]
        forward = resdiff.compare(old, new)
        backward = resdiff.compare(new, old)
        one = mirror_pair(pair, forward, backward)
        one.seconds = time.process_time() - start
        total.add(one)
    return total


def report(found: Mirror, *, listing: bool) -> None:
    """Print the figures (and with ``listing`` every item)."""
    kinds = sum(found.kinds.values())
    design_kinds = sum(n for k, n in found.kinds.items() if k[3])
    lone = sum(found.lone_shifts.values())
    design_lone = sum(n for k, n in found.lone_shifts.items() if k[1])
    directions = len(found.directions)
    design_directions = sum(1 for d in found.directions if d[3])
    print(f"{found.pairs} pairs compared both ways in {found.seconds:.0f} s CPU")
    print(
        f"pairing differs: {len(found.pairing_pairs)} pairs, "
        f"{found.pairing_changes} changes paired one way only"
    )
    print(
        f"kinds that do not mirror: {kinds - design_kinds} of {found.provisions} provisions"
        f" (+{design_kinds} directional by design)"
    )
    for era in ("modern", "scanned", "across"):
        rows = {k: n for k, n in found.kinds.items() if k[0] == era}
        if not rows:
            continue
        print(f"  {era}:")
        for (_, kind, back, design), n in sorted(rows.items(), key=lambda kv: -kv[1]):
            print(f"    {kind:>12} → {back:<12} {n:4d}" + ("  (by design)" if design else ""))
    print(
        f"shifts with no mirrored twin: {lone - design_lone} of {found.shifts}"
        f" (+{design_lone} directional by design)"
    )
    for (feature, design), n in sorted(found.lone_shifts.items(), key=lambda kv: -kv[1]):
        print(f"    {feature:<16} {n:4d}" + ("  (by design)" if design else ""))
    print(
        f"directions that do not mirror: {directions - design_directions} of {found.pairs}"
        f" pairs (+{design_directions} directional by design)"
    )
    if not listing:
        return
    print("\npairs paired differently:")
    for pair_id in found.pairing_pairs:
        print(f"- {pair_id}")
    print("\nkinds:")
    for line in found.kind_items:
        print(f"- {line}")
    print("\nshifts (→ forward only, ← backward only):")
    for line in found.shift_items:
        print(f"- {line}")
    print("\ndirections (forward, backward):")
    for pair_id, there, back, design in found.directions:
        print(f"- {pair_id}: {there} / {back}" + (" (by design)" if design else ""))


def main(argv: list[str] | None = None) -> int:
    """Run the mirror test over the judged pairs (or a subset)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*bench.SETS, "all"), default="all")
    parser.add_argument("--pair", action="append", help="only this pair id (repeatable)")
    parser.add_argument("--list", action="store_true", help="print every asymmetry")
    args = parser.parse_args(argv)
    if not bench.CORPUS.is_dir():
        print(f"skipped: the corpus folder {bench.CORPUS} is absent", file=sys.stderr)
        return 0
    pairs = [
        p
        for p in bench.open_pairs()
        if (args.set == "all" or p["set"] == args.set) and (not args.pair or p["id"] in args.pair)
    ]
    report(run(pairs), listing=args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
