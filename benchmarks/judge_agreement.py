"""How far two independent judges are from each other, and resdiff from each of them.

    .venv/bin/python benchmarks/judge_agreement.py

For every pair re-judged by a second judge (``benchmarks/judged/second/<id>.json``, same
format as the first judgement, wrong pairings re-judged as one change the same way), it
compares the two judgements provision by provision: the provisions both judges split
the same way (same old and new refs) count, and on those it prints how often the judges
give the same kind, and how often resdiff's kind equals each judge's. The targets of
issue 9 (kind agreement of 0.90 and more) mean little if two experts agree less than
that; this is the yardstick.

It ends with the same yardstick for issue 9's recall and precision targets: for softened
and for strengthened, how many of the first judge's provisions of that kind the second
judge gives the same kind (recall) and how many of the second judge's are the first's
(precision), beside resdiff's recall and precision against each judge, all on the
provisions both judges split the same way.
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

#: The kinds issue 9 sets recall and precision targets for.
DIRECTED = ("softened", "strengthened")


def _by_key(data: dict[str, Any]) -> dict[Key, str]:
    return {(tuple(c["old"]), tuple(c["new"])): c["kind"] for c in data["changes"]}


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "— (0/0)"


def directed_lines(kinds: list[tuple[str, str, str]]) -> list[str]:
    """Recall and precision of each directed kind, judge against judge and resdiff against both.

    ``kinds`` holds one (first judge, second judge, resdiff) triple per provision both
    judges split the same way; resdiff's kind is ``"-"`` where it split the refs otherwise.
    """
    lines = []
    for kind in DIRECTED:
        one = [k for k in kinds if k[0] == kind]
        two = [k for k in kinds if k[1] == kind]
        found = [k for k in kinds if k[2] == kind]
        lines.append(
            f"{kind}: the second judge finds {_ratio(sum(k[1] == kind for k in one), len(one))} "
            f"of the first judge's, precision {_ratio(sum(k[0] == kind for k in two), len(two))}; "
            f"resdiff finds {_ratio(sum(k[2] == kind for k in one), len(one))} of the first's "
            f"(precision {_ratio(sum(k[0] == kind for k in found), len(found))}) and "
            f"{_ratio(sum(k[2] == kind for k in two), len(two))} of the second's "
            f"(precision {_ratio(sum(k[1] == kind for k in found), len(found))})"
        )
    return lines


def main() -> int:
    """Print the agreement figures, pair by pair and over all re-judged pairs."""
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    # Only the sets judged.SETS lists: a blind set's second judgements are the lead's.
    pairs = {p["id"]: p for p in judged.open_pairs()}
    kinds: list[tuple[str, str, str]] = []
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
        kinds.extend((one[k], two[k], found.get(k, "-")) for k in shared)
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
    for line in directed_lines(kinds):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
