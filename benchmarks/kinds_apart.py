"""Two kinds of force moving apart: for every judged pair, the kind of the heaviest loss and
of the heaviest gain of the operative class as the summary weighs them (a censure, a
prescriptive ask, or another shift), against whether the judges call the pair mixed
(issue 9 §7, RESULTS.md §2ek). A pair is "apart" when a censure is the heaviest loss and an
ask the heaviest gain, or the reverse: the reading by kind some judges give a mixed text.
The tally counts the pairs apart and not, judged mixed and not, by half, over every pair
and over the pairs the operative class decides; ``--list`` names the operative-decided
pairs apart.

    python benchmarks/kinds_apart.py [--set NAME] [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import directions
import judged

import resdiff
from resdiff.classify import summary as summary_module
from resdiff.lexicon import Lexicon
from resdiff.model import Change, Shift

#: The kinds a weighed shift of the operative class is read as.
CENSURE, ASK, OTHER = "censure", "prescriptive", "other"


def kind_of(shift: Shift, lexicon: Lexicon) -> str:
    """A censure (a condemnation, deploring or concern made or withdrawn), a prescriptive
    ask (an operative verb of an ask's tier or above put in, left out or moved), or
    another shift."""
    if shift.feature == "censure":
        return CENSURE
    if shift.feature in ("verb", "modifier") and any(
        summary_module._asks(verb, lexicon) for verb in (shift.old or "", shift.new or "")
    ):
        return ASK
    return OTHER


def heaviest(changes: list[Change], lexicon: Lexicon) -> dict[str, set[str]]:
    """The kinds of the heaviest softer and stronger shift of the operative class (every
    kind found at the top weight), by direction."""
    headline, operative = lexicon.weight_classes()
    top: dict[str, tuple[float, set[str]]] = {}
    for change in changes:
        for part in change.walk():
            for s in part.shifts:
                if s.direction == "neutral" or not s.weight:
                    continue
                if summary_module._class_of(s, part, headline, operative) != 1:
                    continue
                weight, kinds = top.get(s.direction, (0.0, set()))
                if s.weight > weight:
                    top[s.direction] = (s.weight, {kind_of(s, lexicon)})
                elif s.weight == weight:
                    kinds.add(kind_of(s, lexicon))
    return {direction: kinds for direction, (_, kinds) in top.items()}


def apart(kinds: dict[str, set[str]]) -> bool:
    """Whether a censure is the heaviest loss and an ask the heaviest gain, or the
    reverse."""
    lost, gained = kinds.get("softer", set()), kinds.get("stronger", set())
    return (CENSURE in lost and ASK in gained) or (ASK in lost and CENSURE in gained)


def reading(old: Any, new: Any, lexicon: Lexicon) -> tuple[str, str, dict[str, set[str]]]:
    """The summary's direction, the rule that decided it and the heaviest operative kinds
    of one comparison (``old`` and ``new`` as :func:`resdiff.compare` takes them)."""
    with directions.recorded() as calls:
        cmp = resdiff.compare(old, new, lexicon=lexicon)
    if not calls:
        return cmp.summary.direction, "not weighed", {}
    changes, _, classes, outweighed, revised = directions.decided_balance(calls)
    ranks: tuple[list[float], list[float]] | None = (
        ([], []) if resdiff.AlignOptions().mixed_by_rank else None
    )
    _, heavy, lone = summary_module.weigh_classes(changes, lexicon, revised=revised, ranks=ranks)
    rule = directions.deciding_rule(classes, heavy, lone, lexicon, outweighed, ranks)
    return cmp.summary.direction, rule, heaviest(changes, lexicon)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*judged.SETS, "all"), default="all")
    parser.add_argument(
        "--list", action="store_true", help="name the operative-decided pairs apart"
    )
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    sets = judged.SETS if args.set == "all" else (args.set,)
    lexicon = Lexicon.default()
    tally: Counter[tuple[str, str, bool, bool]] = Counter()
    for pair in judged.load_pairs():
        if pair["set"] not in sets:
            continue
        found, rule, kinds = reading(
            judged.CORPUS / pair["old"], judged.CORPUS / pair["new"], lexicon
        )
        half = "even" if judged.SETS.index(pair["set"]) % 2 == 0 else "odd"
        truth = pair["judged"]["direction"]
        # A text the operative part decides, by its sums or by its ranks (§2fr).
        by_operative = rule in ("operative", "same ranks")
        for scope in ("all", "operative") if by_operative else ("all",):
            tally[(scope, half, apart(kinds), truth == "mixed")] += 1
        if args.list and by_operative and apart(kinds):
            print(f"{pair['id']} ({half}): judged {truth}; resdiff {found}")
    print("scope      half  apart+mixed  apart+not  other+mixed  other+not")
    for scope in ("all", "operative"):
        for half in ("even", "odd"):
            cells = [
                tally[(scope, half, a, m)]
                for a, m in ((True, True), (True, False), (False, True), (False, False))
            ]
            print(f"{scope:<10} {half:<5}" + "".join(f"{n:>12}" for n in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
