"""The directed provisions resdiff pairs as the judges do and still reads reworded or mixed,
sorted by cause (issue 9 §1–§3, softened and strengthened recall).

For every judged comparison of the chosen sets, every item the judges call softened or
strengthened whose two provisions resdiff pairs the same way (the same old and new refs)
and reads ``reworded`` or ``mixed``. For each it prints the old and new text, the judge's
reason and shifts, and resdiff's named shifts (direction and weight), then tallies:

- by **cause**, the drafting move the judge's reason and shifts name (:data:`CAUSES`,
  first match wins, in that order: a verb down or up the ladder, a degree word, an
  addressee narrowed, a condition added, a deadline moved, a welcome made a note, a
  decision made a call, "shall" made "should", a scope narrowed, ...);
- by **what resdiff sees** (:func:`seen`): no shift at all, shifts all neutral, the judged
  direction named but weighing nothing, the judged direction outweighed by the other
  (``mixed``), or only the other direction.

The judges' files are the truth; resdiff's reading is only described. ``--json`` keeps
every row so that a rule can be weighed against them without running the engine again.

    python benchmarks/paired_direction.py --half even [--list] [--json rows.json]
    python benchmarks/paired_direction.py --load rows.json --half even --list
"""

from __future__ import annotations

import argparse
import json
import re
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

#: Causes, read from the judge's reason and shift notes (lower case), first match wins.
#: The order puts the specific drafting moves before the general ones ("verb").
CAUSES: tuple[tuple[str, str], ...] = (
    ("welcome made a note", r"welcom\w* -> (?:'?\w+ )?(?:takes? note|notes?|noting)|takes? note"),
    ("decision made a call or ask", r"decid\w*.{0,40}(?:->|to|now).{0,30}(?:call|request|urg)"),
    ("shall made should/may", r"\bshall\b.{0,30}(?:->|to).{0,20}\b(?:should|may|could)\b"),
    ("deadline or period moved", r"deadline|time limit|within \w+ days|period|months?\b|date"),
    ("addressee narrowed or widened", r"addressee|all states|member states|narrow\w* to"),
    ("condition or hedge added", r"condition|hedge|as appropriate|where appropriate|subject to"),
    ("scope narrowed or widened", r"\bscope\b|narrow|wide|broad|limited to|only\b"),
    ("degree word", r"\bdegree\b|strongly|deeply|gravely|urgently|firmly|fully|serious|grave"),
    ("censure", r"censure|condemn|deplor|concern|regret"),
    ("measure", r"measure|sanction|embargo|mandate|authori[sz]"),
    ("verb on the ladder", r"\bverb\b|tier|->"),
)


def cause_of(item: dict[str, Any]) -> str:
    """The first of :data:`CAUSES` the judge's reason or shift notes name."""
    text = " ".join(
        [str(item.get("reason", ""))]
        + [f"{s.get('feature')} {s.get('what')}" for s in item.get("shifts", ())]
    ).lower()
    for name, pattern in CAUSES:
        if re.search(pattern, text):
            return name
    return "other"


def seen(kind: str, shifts: list[dict[str, Any]], direction: str) -> str:
    """What resdiff sees of the judged ``direction`` in a paired provision it reads ``kind``:

    - ``no shift``: nothing named;
    - ``neutral only``: shifts named, none directed;
    - ``direction unweighed``: the judged direction named, weighing nothing;
    - ``outweighed (mixed)`` / ``both weighed``: both directions weighed;
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
        return "outweighed (mixed)" if kind == "mixed" else "both weighed"
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
                    {"feature": s.get("feature"), "direction": s.get("direction"), "what": s.get("what")}
                    for s in item.get("shifts", ())
                ],
                "shifts": shifts,
                "cause": cause_of(item),
                "seen": seen(change.kind, shifts, DIRECTED[truth]),
            }
        )
    return rows


def collect(sets: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every row of the judged pairs of ``sets``."""
    rows = []
    for pair in judged.open_pairs():
        if pair["set"] not in sets:
            continue
        cmp = resdiff.compare(judged.CORPUS / pair["old"], judged.CORPUS / pair["new"])
        rows.extend(rows_of(pair, list(cmp.changes)))
    return rows


def _print_row(r: dict[str, Any]) -> None:
    second = f", second judge {r['second']}" if r["second"] else ""
    print(
        f"\n- {r['pair']} #{r['item']} {'+'.join(r['old'])} → {'+'.join(r['new'])}: "
        f"judged {r['judged']}{second}, resdiff {r['found']} [{r['cause']}; {r['seen']}]"
    )
    print(f"    old: {r['old_text'][:400]}")
    print(f"    new: {r['new_text'][:400]}")
    print(f"    judge: {r['reason']}")
    for s in r["judge_shifts"]:
        print(f"      {s['feature']} {s['direction']}: {s['what']}")
    for s in r["shifts"]:
        print(f"    resdiff [{s['direction']} {s['weight']:g}] {s['text']}")


def tally(rows: list[dict[str, Any]], label: str) -> None:
    """Print the counts by cause and by what resdiff sees, each split by judged kind."""
    print(f"\n{label}: {len(rows)} rows")
    for field in ("cause", "seen", "found", "era"):
        counts: Counter[tuple[str, str]] = Counter((r[field], r["judged"]) for r in rows)
        names = sorted({k for k, _ in counts}, key=lambda k: -sum(counts[(k, j)] for j in DIRECTED))
        print(f"  by {field}:  (softened / strengthened)")
        for name in names:
            print(f"    {name:36} {counts[(name, 'softened')]:4} {counts[(name, 'strengthened')]:4}")


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
    if args.load:
        rows = [r for r in json.loads(args.load.read_text(encoding="utf-8")) if r["set"] in sets]
    else:
        rows = collect(sets)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    if args.list:
        for r in rows:
            if not args.cause or r["cause"] == args.cause:
                _print_row(r)
    tally(rows, f"{args.half} half")
    for era in ("modern", "scanned"):
        tally([r for r in rows if r["era"] == era], f"{args.half} half, {era}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
