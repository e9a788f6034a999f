"""A sheet for auditing resdiff's named shifts by hand, on the pairs of the hand-judged
benchmark.

    .venv/bin/python benchmarks/shift_audit.py --set dev --n 100 --seed 23 \
        -o build/audit/dev_sample.json

It compares each pair, collects every named shift (with the change it belongs to and both
texts) and writes a seeded random sample of them as JSON, numbered from 1, for a judge to
mark each "right" or "wrong" with a reason. The sample holds real text, so it belongs in
``build/`` (ignored by git). ``benchmarks/judged.py`` scores shifts automatically against
the judged kinds; a hand audit is the stricter measure (benchmarks/judged/RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="dev", help="dev, holdout, or both: dev,holdout")
    parser.add_argument("--n", type=int, default=100, help="shifts in the sample")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"skipped: the corpus folder {CORPUS} is absent", file=sys.stderr)
        return 0
    sets = args.set.split(",")
    with (HERE / "judged" / "pairs.toml").open("rb") as handle:
        pairs = [p for p in tomllib.load(handle)["pair"] if p["set"] in sets]
    items = []
    for pair in pairs:
        cmp = resdiff.compare(CORPUS / pair["old"], CORPUS / pair["new"])
        for change in cmp.changes:
            for part in change.walk():
                for shift in part.shifts:
                    items.append(
                        {
                            "pair": pair["id"],
                            "change": change.label,
                            "clause": shift.ref,
                            "shift": shift.describe(),
                            "direction": shift.direction,
                            "old_text": change.old_text[:2500],
                            "new_text": change.new_text[:2500],
                        }
                    )
    random.Random(args.seed).shuffle(items)
    sample = items[: args.n]
    for k, item in enumerate(sample, 1):
        item["n"] = k
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(sample, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(sample)} of {len(items)} named shifts → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
