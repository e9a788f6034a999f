"""The document direction beside the judges': for every judged pair whose
``summary.direction`` differs from the judge's (or every pair, ``--all``), the weights it
was decided on, class by class, the rule of :func:`resdiff.classify.summary.direction`
that decided it, and the heaviest shifts of each class (issue 9 §7).

The balance is the one the summary weighs, recorded as it is weighed: a renewal the new
text still makes elsewhere weighs nothing, a follow-up's left-out provisions weigh at
half, one fact told in several paragraphs counts once (the shifts listed under a class
are each shift as found, so a repeated fact may be listed twice where the sums count it
once). Beside each pair: the judge's direction, the second judge's where
``judged/second/`` holds the pair, and the judge's headline. The closing tally counts the
pairs by the rule that decided them, agreeing and not, to tell a miss of the weighing
from a miss of a provision's reading.

    python benchmarks/directions.py --half even [--all] [--shifts 5]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.classify import deciding
from resdiff.classify import summary as summary_module
from resdiff.lexicon import Lexicon
from resdiff.model import Change, Comparison, NetDirection

#: The classes of the balance, in the order the direction reads them.
CLASSES = deciding.CLASS_NAMES

#: One balance the summary weighed: the changes as weighed, the direction, the classes'
#: softer and stronger weights, the ``OUTWEIGHED`` it was decided with
#: (``balance.UNCOUNTERED_OUTWEIGHED`` for a renewal with no counterpart alone), and
#: whether the new text was weighed as a revised draft (``summary.weigh_classes``).
Call = tuple[list[Change], NetDirection, list[list[float]], float, bool]


@dataclass
class Weighing:
    """What one comparison's direction was decided on: the summary's direction, the
    softer and stronger weight of each class, the rule that decided it, and each
    weighed shift as ``(class, direction, weight, where, what)``."""

    direction: str
    classes: list[list[float]]
    rule: str
    shifts: list[tuple[int, str, float, str, str]] = field(default_factory=list)


@contextmanager
def recorded() -> Iterator[list[Call]]:
    """Record every balance the summary weighs while the block runs: the changes as
    weighed, the direction and the classes' weights (the summary weighs twice for a
    follow-up, first on every change, then on what it adds and changes)."""
    calls: list[Call] = []
    original = summary_module._weighed_direction

    def wrapper(
        changes: Sequence[Change],
        lexicon: Lexicon,
        outweighed: float = deciding.OUTWEIGHED,
        *,
        revised: bool = False,
        by_rank: bool = False,
    ) -> tuple[NetDirection, list[list[float]]]:
        net, classes = original(changes, lexicon, outweighed, revised=revised, by_rank=by_rank)
        calls.append((list(changes), net, classes, outweighed, revised))
        return net, classes

    summary_module._weighed_direction = wrapper
    try:
        yield calls
    finally:
        summary_module._weighed_direction = original


def deciding_rule(
    classes: list[list[float]],
    heavy: frozenset[str],
    lone: float | None,
    lexicon: Lexicon,
    outweighed: float = deciding.OUTWEIGHED,
    ranks: tuple[Sequence[float], Sequence[float]] | None = None,
) -> str:
    """The rule of :func:`resdiff.classify.summary.direction` that decides on
    ``classes``: the name :func:`resdiff.classify.deciding.deciding_rule` gives it, the one
    place the rules' order is written ("lone shift", "numbers only", "outweighed",
    "narrow headline", "headline", "operative", "preamble", "all balanced" or "nothing
    weighed", or "renewal outweighed" when ``outweighed`` is the lower
    ``balance.UNCOUNTERED_OUTWEIGHED`` of a renewal with no counterpart alone; "same
    ranks" with ``ranks``, the operative shifts' weights each way, when they trade like
    for like)."""
    return deciding.deciding_rule(classes, heavy, lone, lexicon, outweighed, ranks)[0]


#: The direction each rule that is not a class's own balance gives.
_RULE_DIRECTIONS = {
    "lone shift": "neutral",
    "numbers only": "mixed",
    "outweighed": "mixed",
    "renewal outweighed": "mixed",
    "all balanced": "mixed",
    "same ranks": "mixed",
    "nothing weighed": "neutral",
}


def rule_direction(rule: str, classes: list[list[float]]) -> str:
    """The direction ``rule`` (of :func:`deciding_rule`) gives on ``classes``: a class's
    own balance for "headline", "operative" and "preamble", the first class after the
    headline one side wins for "narrow headline", else the rule's fixed direction. The
    tool reads the rules again beside the summary, so :func:`weighing` checks that the
    rule it names gives the direction the summary gave (a rule of the summary changed
    and not here shows as "unexplained")."""
    if rule in CLASSES:
        return deciding._net(*classes[CLASSES.index(rule)])
    if rule == "narrow headline":
        return deciding._first_decided(classes[1:])
    return _RULE_DIRECTIONS.get(rule, "")


def decided_balance(calls: Sequence[Call]) -> Call:
    """Of the balances the summary weighed for one comparison (:func:`recorded`), the one
    its direction comes from: a follow-up's own (the second) unless it is neutral, as
    :func:`resdiff.classify.summary.summarise` keeps it, else the first."""
    return calls[1] if len(calls) > 1 and calls[1][1] != "neutral" else calls[0]


def weighing(old: Any, new: Any, lexicon: Lexicon | None = None) -> tuple[Comparison, Weighing]:
    """Compare ``old`` with ``new`` (paths, texts or drafts, as :func:`resdiff.compare`
    takes them) and tell what the direction was decided on."""
    lexicon = lexicon or Lexicon.default()
    with recorded() as calls:
        cmp = resdiff.compare(old, new, lexicon=lexicon)
    if not calls:
        return cmp, Weighing(cmp.summary.direction, [[0.0, 0.0]] * 3, "not weighed")
    changes, _, classes, outweighed, revised = decided_balance(calls)
    # The compare above runs with the default options: the rank rule as they set it.
    ranks: tuple[list[float], list[float]] | None = (
        ([], []) if resdiff.AlignOptions().mixed_by_rank else None
    )
    _, heavy, lone = summary_module.weigh_classes(changes, lexicon, revised=revised, ranks=ranks)
    headline, operative = lexicon.weight_classes()
    closing = summary_module._closing_forms(lexicon)
    rows = [
        (
            summary_module._class_of(s, part, headline, operative),
            s.direction,
            s.weight,
            f"{'/'.join(change.old) or '-'} -> {'/'.join(change.new) or '-'}",
            s.describe(),
        )
        for change in changes
        for part in change.walk()
        for s in part.shifts
        if s.direction != "neutral"
        and s.weight
        # The closing formula's "actively" weighs nothing in the sums: not listed either.
        and not (s.feature == "emphasis" and summary_module._closing_only(part, closing))
    ]
    rows.sort(key=lambda r: (r[0], -r[2], r[3]))
    rule = deciding_rule(classes, heavy, lone, lexicon, outweighed, ranks)
    if cmp.summary.direction == "unknown":
        rule = "not analysed"
    elif rule_direction(rule, classes) != cmp.summary.direction:
        rule = f"unexplained ({rule})"
    return cmp, Weighing(cmp.summary.direction, classes, rule, rows)


def second_direction(pair_id: str) -> str | None:
    """The second judge's direction of a pair, or ``None`` where no second judge read it."""
    path = judged.JUDGED / "second" / f"{pair_id}.json"
    if not path.exists():
        return None
    found: str = json.loads(path.read_text(encoding="utf-8"))["direction"]
    return found


def report(
    pair: dict[str, Any], found: Weighing, shifts: int, note: str | None = None
) -> list[str]:
    """The lines printed for one pair."""
    truth = pair["judged"]["direction"]
    second = second_direction(pair["id"])
    lines = [
        f"{pair['id']} ({pair['set']}): judged {truth}"
        + (f", second judge {second}" if second else "")
        + f"; resdiff {found.direction}, decided by {found.rule}",
        f"  judge's headline: {pair['judged'].get('headline', '')[:200]}",
    ]
    if note:
        lines.append(f"  note: {note[:120]}")
    for rank, name in enumerate(CLASSES):
        softer, stronger = found.classes[rank]
        lines.append(f"  {name:<9} softer {softer:7.2f}  stronger {stronger:7.2f}")
        for row in [r for r in found.shifts if r[0] == rank][:shifts]:
            lines.append(f"      {row[1]:<8} {row[2]:6.2f}  {row[3]}: {row[4][:100]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*judged.SETS, "all"), default="all")
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--pair", action="append", help="only this pair id (repeatable)")
    parser.add_argument("--all", action="store_true", help="every pair, not only the misses")
    parser.add_argument("--shifts", type=int, default=5, help="shifts listed per class")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    sets = judged.SETS if args.set == "all" else (args.set,)
    if args.half:
        sets = tuple(n for n in sets if judged.SETS.index(n) % 2 == (args.half == "odd"))
    tally: Counter[tuple[str, bool]] = Counter()
    lexicon = Lexicon.default()
    for pair in judged.load_pairs():
        if pair["set"] not in sets or (args.pair and pair["id"] not in args.pair):
            continue
        cmp, found = weighing(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"], lexicon)
        right = found.direction == pair["judged"]["direction"]
        tally[(found.rule, right)] += 1
        if args.all or not right:
            print("\n".join(report(pair, found, args.shifts, cmp.summary.direction_note)))
    print("\nthe rule that decided, pairs agreeing / not agreeing with the judge:")
    for rule in sorted(
        {r for r, _ in tally}, key=lambda r: -(tally[(r, True)] + tally[(r, False)])
    ):
        print(f"  {rule:<16} {tally[(rule, True)]:4d} / {tally[(rule, False)]:3d}")
    right = sum(n for (_, ok), n in tally.items() if ok)
    print(f"  directions {right}/{sum(tally.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
