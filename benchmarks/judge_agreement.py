"""How far two independent judges are from each other, and resdiff from each of them.

    .venv/bin/python benchmarks/judge_agreement.py

For every pair re-judged by a second judge (``benchmarks/judged/second/<id>.json``, same
format as the first judgement, wrong pairings re-judged as one change the same way), it
compares the two judgements provision by provision: the provisions both judges split
the same way (same old and new refs) count, and on those it prints how often the judges
give the same kind, and how often resdiff's kind equals each judge's. The targets of
issue 9 (kind agreement of 0.90 and more) mean little if two experts agree less than
that; this is the yardstick.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import judged  # noqa: E402

import resdiff  # noqa: E402

Key = tuple[tuple[str, ...], tuple[str, ...]]


def _by_key(data: dict[str, Any]) -> dict[Key, str]:
    return {(tuple(c["old"]), tuple(c["new"])): c["kind"] for c in data["changes"]}


def main() -> int:
    """Print the agreement figures, pair by pair and over all re-judged pairs."""
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    # Only the sets judged.SETS lists: a blind set's second judgements are the lead's.
    pairs = {p["id"]: p for p in judged.open_pairs()}
    totals = {"items": 0, "judges": 0, "first": 0, "second": 0, "pairs": 0, "directions": 0}
    print(f"{'pair':<24} {'items':>5} {'judges':>7} {'resdiff~1':>10} {'resdiff~2':>10}  direction")
    for path in sorted((HERE / "judged" / "second").glob("*.json")):
        if path.stem not in pairs:
            continue
        second = json.loads(path.read_text(encoding="utf-8"))
        pair = pairs[path.stem]
        first = pair["judged"]
        cmp = resdiff.compare(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"])
        found = {(c.old, c.new): c.kind for c in cmp.changes}
        one, two = _by_key(first), _by_key(second)
        shared = [k for k in one if k in two]
        same = sum(one[k] == two[k] for k in shared)
        first_hits = sum(found.get(k) == one[k] for k in shared)
        second_hits = sum(found.get(k) == two[k] for k in shared)
        n = len(shared) or 1
        totals["items"] += len(shared)
        totals["judges"] += same
        totals["first"] += first_hits
        totals["second"] += second_hits
        totals["pairs"] += 1
        totals["directions"] += first["direction"] == second["direction"]
        print(
            f"{path.stem:<24} {len(shared):>5} {same / n:>7.2f} {first_hits / n:>10.2f} "
            f"{second_hits / n:>10.2f}  {first['direction']}/{second['direction']} "
            f"(resdiff {cmp.summary.direction})"
        )
    n = totals["items"] or 1
    print(
        f"\nall: {totals['items']} provisions judged alike by both in {totals['pairs']} pairs; "
        f"the judges agree on the kind of {totals['judges'] / n:.3f}; resdiff agrees with "
        f"the first judge on {totals['first'] / n:.3f}, with the second on "
        f"{totals['second'] / n:.3f}; directions agree in {totals['directions']} of "
        f"{totals['pairs']} pairs"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
