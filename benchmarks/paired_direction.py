"""The directed provisions resdiff pairs as the judges do and still reads reworded or mixed,
sorted by cause (issue 9 §1–§3, softened and strengthened recall).

For every judged comparison of the chosen sets, every item the judges call softened or
strengthened whose two provisions resdiff pairs the same way (the same old and new refs)
and reads ``reworded`` or ``mixed``. For each it prints the old and new text, the judge's
reason and shifts, and resdiff's named shifts (direction and weight), then tallies:

- by **cause**, the drafting move the judge names: the feature of the judge's first shift
  in the judged direction (:data:`CAUSES`: an ask moved on the ladder inside the
  provision, a degree word or what the ask covers, a censure widened or dropped, an
  addressee, a condition or hedge, a time, a mandate's tasks, a measure, ...);
- by **what resdiff sees** (:func:`seen`): no shift at all, shifts all neutral, the judged
  direction named but weighing nothing, both directions weighed and read ``mixed`` (the
  judged direction the lighter side, ``outweighed``, or not, ``heavier``), or only the
  other direction.

The judges' files are the truth; resdiff's reading is only described. ``--json`` keeps
every row so that a rule can be weighed against them without running the engine again.

    python benchmarks/paired_direction.py --half even [--list] [--json rows.json]

It ends with resdiff's mixed provisions (paired as the judges pair them) by the ratio of
their two sides' weights, against the judged kind: whether a balance would tell the
judges' one-sided verdicts from "mixed".

    python benchmarks/paired_direction.py --load rows.json --half even --list
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.model import Change

#: The directed kinds this tool follows, with the shift direction each stands for.
DIRECTED = {"softened": "softer", "strengthened": "stronger"}
#: resdiff's kinds that miss a directed verdict on a provision it pairs right.
MISSED = ("reworded", "mixed")

#: The sets added in the last five sessions, blind when first scored.
NEWEST = tuple(f"holdout{n}" for n in range(51, 61))

#: Causes, by the feature of the judge's first shift in the judged direction (the judges'
#: own labels, `benchmarks/judged/README.md`), grouped as a drafter names the move.
CAUSES: dict[str, str] = {
    "verb": "an ask added, dropped or moved on the ladder inside the provision",
    "demand": "an ask added, dropped or moved on the ladder inside the provision",
    "lead": "a lead swapped at its tier (recital or declaratory verb)",
    "degree": "a degree or emphasis word, or what the ask covers widened or narrowed",
    "emphasis": "a degree or emphasis word, or what the ask covers widened or narrowed",
    "modifier": "a degree or emphasis word, or what the ask covers widened or narrowed",
    "censure": "a censure or concern sharpened, widened, narrowed or dropped",
    "concern": "a censure or concern sharpened, widened, narrowed or dropped",
    "addressee": "an addressee widened, narrowed or singled out",
    "condition": "a condition or hedge put in or taken out",
    "hedge": "a condition or hedge put in or taken out",
    "modal": "a modal ('shall' / 'should' / 'will')",
    "quantity": "a time: a deadline, an interval, a period, 'as soon as possible'",
    "date": "a time: a deadline, an interval, a period, 'as soon as possible'",
    "mandate": "a mandate's or a report's tasks added or dropped",
    "measure": "a measure or exemption changed in kind or reach",
    "exemption": "a measure or exemption changed in kind or reach",
    "lifecycle": "a measure or exemption changed in kind or reach",
    "scope": "a measure or exemption changed in kind or reach",
    "chapter-vii": "Chapter VII or an Article 39 finding",
    "art39": "Chapter VII or an Article 39 finding",
    "section": "words moved between the preamble and the operative part",
}


def cause_of(item: dict[str, Any]) -> str:
    """The cause the judge's first shift in the judged direction names (:data:`CAUSES`),
    the feature itself when it is not listed, ``"no directed shift named"`` when none."""
    direction = DIRECTED.get(item["kind"])
    for s in item.get("shifts", ()):
        if s.get("direction") == direction:
            feature = str(s.get("feature"))
            return CAUSES.get(feature, feature)
    return "no directed shift named"


def seen(kind: str, shifts: list[dict[str, Any]], direction: str) -> str:
    """What resdiff sees of the judged ``direction`` in a paired provision it reads ``kind``:

    - ``no shift``: nothing named;
    - ``neutral only``: shifts named, none directed;
    - ``direction unweighed``: the judged direction named, weighing nothing;
    - ``outweighed (mixed)`` / ``heavier, still mixed`` / ``both weighed``: both
      directions weighed, the judged one lighter than the other, or at least as heavy,
      read ``mixed``; or read otherwise;
    - ``other direction only``: only the opposite direction named.
    """
    toward = [s for s in shifts if s["direction"] == direction]
    away = [s for s in shifts if s["direction"] not in (direction, "neutral")]
    if not shifts:
        return "no shift"
    if not toward and not away:
        return "neutral only"
    if toward and not any(s["weight"] for s in toward) and not away:
        return "direction unweighed"
    if toward and away:
        if kind != "mixed":
            return "both weighed"
        # Most of the judges' one-sided verdicts resdiff reads mixed have the judged side
        # the heavier one (review of recall16): "outweighed" only where it is lighter.
        lighter = sum(s["weight"] for s in toward) < sum(s["weight"] for s in away)
        return "outweighed (mixed)" if lighter else "heavier, still mixed"
    if away:
        return "other direction only"
    return "direction weighed, still " + kind


def _shifts(change: Change) -> list[dict[str, Any]]:
    return [
        {
            "direction": s.direction,
            "feature": s.feature,
            "weight": s.weight,
            "text": s.describe(),
            "ref": s.ref,
        }
        for c in change.walk()
        for s in c.shifts
    ]


def rows_of(pair: dict[str, Any], changes: list[Change]) -> list[dict[str, Any]]:
    """The rows of one judged pair: its directed items resdiff pairs alike and misses.

    ``changes`` are resdiff's changes of the pair's comparison."""
    found = {(c.old, c.new): c for c in changes}
    second = judged.second_kinds(pair["id"])
    rows = []
    for item in pair["judged"]["changes"]:
        truth = item["kind"]
        if truth not in DIRECTED or not item["old"] or not item["new"]:
            continue
        key = (tuple(item["old"]), tuple(item["new"]))
        change = found.get(key)
        if change is None or change.kind not in MISSED:
            continue
        shifts = _shifts(change)
        rows.append(
            {
                "set": pair["set"],
                "pair": pair["id"],
                "era": judged.era_of(pair),
                "item": item.get("item"),
                "old": item["old"],
                "new": item["new"],
                "judged": truth,
                "second": second.get(key),
                "found": change.kind,
                "old_text": change.old_text,
                "new_text": change.new_text,
                "reason": item.get("reason", ""),
                "judge_shifts": [
                    {k: s.get(k) for k in ("feature", "direction", "what")}
                    for s in item.get("shifts", ())
                ],
                "shifts": shifts,
                "cause": cause_of(item),
                "seen": seen(change.kind, shifts, DIRECTED[truth]),
            }
        )
    return rows


def balance_of(pair: dict[str, Any], changes: list[Change]) -> list[dict[str, Any]]:
    """Every provision of ``pair`` the judges pair as resdiff does and resdiff reads mixed,
    with the weight and number of its softer and stronger shifts and both judges' kinds:
    whether a balance of weights would tell the judges' one-sided verdicts from "mixed"."""
    found = {(c.old, c.new): c for c in changes}
    second = judged.second_kinds(pair["id"])
    out = []
    for item in pair["judged"]["changes"]:
        key = (tuple(item["old"]), tuple(item["new"]))
        change = found.get(key)
        if change is None or change.kind != "mixed" or not item["old"] or not item["new"]:
            continue
        weights = {"softer": 0.0, "stronger": 0.0}
        number = {"softer": 0, "stronger": 0}
        for sub in change.walk():
            for s in sub.shifts:
                if s.direction in weights:
                    weights[s.direction] += s.weight
                    number[s.direction] += 1
        out.append(
            {
                "set": pair["set"],
                "pair": pair["id"],
                "judged": item["kind"],
                "second": second.get(key),
                "softer": weights["softer"],
                "stronger": weights["stronger"],
                "n_softer": number["softer"],
                "n_stronger": number["stronger"],
            }
        )
    return out


def collect(sets: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the judged pairs of ``sets``, and every mixed provision's balance."""
    rows: list[dict[str, Any]] = []
    balance: list[dict[str, Any]] = []
    for pair in judged.open_pairs():
        if pair["set"] not in sets:
            continue
        cmp = resdiff.compare(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"])
        rows.extend(rows_of(pair, list(cmp.changes)))
        balance.extend(balance_of(pair, list(cmp.changes)))
    return {"rows": rows, "balance": balance}


#: The bounds of the weight ratios :func:`print_balance` counts in.
RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0, 5.0)


def print_balance(balance: list[dict[str, Any]]) -> None:
    """resdiff's mixed provisions by the ratio of the heavier side's weight to the
    lighter's, against the judged kind: ``heavier`` where the judges give the heavier
    side's direction, ``lighter`` the other, ``mixed`` and ``reworded`` as judged."""
    print(f"\nresdiff's mixed provisions paired as the judges pair them: {len(balance)}")
    print(f"  {'ratio':12} heavier lighter  mixed reworded   (second judge mixed / one-sided)")
    for k, low in enumerate(RATIOS):
        high = RATIOS[k + 1] if k + 1 < len(RATIOS) else float("inf")
        tally: Counter[str] = Counter()
        for b in balance:
            heavy, light = max(b["softer"], b["stronger"]), min(b["softer"], b["stronger"])
            ratio = heavy / light if light else float("inf")
            if not low <= ratio < high:
                continue
            side = "softened" if b["softer"] > b["stronger"] else "strengthened"
            judged_kind = b["judged"]
            if judged_kind in DIRECTED:
                tally["heavier" if judged_kind == side else "lighter"] += 1
            else:
                tally[judged_kind] += 1
            if b["second"]:
                tally["second " + ("mixed" if b["second"] == "mixed" else "other")] += 1
        label = f"{low:g}–{high:g}"
        print(
            f"  {label:12} {tally['heavier']:7} {tally['lighter']:7} {tally['mixed']:6} "
            f"{tally['reworded']:8}   ({tally['second mixed']} / {tally['second other']})"
        )


def print_row(r: dict[str, Any], tag: str | None = None, width: int = 400) -> None:
    """One row as the listings print it: the pair, the item, the judged and found kinds
    (``tag`` after them, by default the row's cause and what resdiff sees), both texts cut
    at ``width`` characters, the judge's reason and shifts, and resdiff's shifts."""
    second = f", second judge {r['second']}" if r["second"] else ""
    if tag is None:
        tag = f"[{r['cause']}; {r['seen']}]"
    print(
        f"\n- {r['pair']} #{r['item']} {'+'.join(r['old'])} → {'+'.join(r['new'])}: "
        f"judged {r['judged']}{second}, resdiff {r['found']} {tag}"
    )
    print(f"    old: {r['old_text'][:width]}")
    print(f"    new: {r['new_text'][:width]}")
    print(f"    judge: {r['reason']}")
    for s in r["judge_shifts"]:
        print(f"      {s['feature']} {s['direction']}: {s['what']}")
    for s in r["shifts"]:
        print(f"    resdiff [{s['direction']} {s['weight']:g}] {s['text']}")


def tally(rows: list[dict[str, Any]], label: str) -> None:
    """Print the counts by cause and by what resdiff sees, each split by judged kind."""
    print(f"\n{label}: {len(rows)} rows")
    for field in ("cause", "seen", "found", "era", "cause × seen"):
        counts: Counter[tuple[str, str]] = Counter(
            (f"{r['cause']} | {r['seen']}" if field == "cause × seen" else r[field], r["judged"])
            for r in rows
        )
        names = sorted({k for k, _ in counts}, key=lambda k: -sum(counts[(k, j)] for j in DIRECTED))
        print(f"  by {field}:  (softened / strengthened)")
        for name in names:
            soft, strong = counts[(name, "softened")], counts[(name, "strengthened")]
            print(f"    {name:70} {soft:4} {strong:4}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd", "newest"), default="even")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--load", type=Path, help="read the rows --json wrote")
    parser.add_argument("--list", action="store_true", help="print every row")
    parser.add_argument("--cause", help="with --list, only rows of this cause")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir() and not args.load:
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    if args.half == "newest":
        sets = NEWEST
    else:
        odd = args.half == "odd"
        sets = tuple(n for n in judged.SETS[:60] if judged.SETS.index(n) % 2 == odd)
    data = json.loads(args.load.read_text(encoding="utf-8")) if args.load else collect(sets)
    rows = [r for r in data["rows"] if r["set"] in sets]
    if args.json:
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    if args.list:
        for r in rows:
            if not args.cause or r["cause"] == args.cause:
                print_row(r)
    tally(rows, f"{args.half} half")
    print_balance([b for b in data["balance"] if b["set"] in sets])
    for era in ("modern", "scanned"):
        tally([r for r in rows if r["era"] == era], f"{args.half} half, {era}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
