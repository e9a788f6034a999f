"""The provisions two blind judges read the same way and resdiff does not (issue 9; the
map of RESULTS §2fj).

Of the pairs judged twice (``judged/second/``), an item is *consensus* where the second
judge split the provision as the first did (the same old and new refs) and gave it the
same kind. This tool counts, per half, the consensus items of a direction (softened,
strengthened, and "mixed" apart) that resdiff reads as another kind — the misses where
the truth is as sure as the benchmark can make it — each with one cause:

- ``pairing: apart`` / ``pairing: other partner`` / ``pairing: split or merge``: resdiff
  pairs the provision otherwise (the classes of ``pairing_causes.py``);
- ``not read at all``: paired as judged, no shift named (``reading_causes.py``'s
  ``not_read``/``none``; a provision read "unchanged" too);
- ``neutral shift only``: paired as judged, only neutral shifts (dates, symbols,
  references) named;
- ``weighed under the threshold``: the words named, and weighed neutral by a rule (words
  standing elsewhere, a spent ask, ...: ``weighed_neutral``);
- ``the other side of a mixed not read``: judged mixed, read one way;
- ``an opposite shift makes it mixed``: judged one way, read mixed (the rule named is the
  opposite shift);
- ``wrong direction``: softened read strengthened or the reverse;
- ``"actively" alone``: the seizure formula, which the first judges read both ways.

It counts beside them the *consensus false verdicts*: items both judges call reworded or
unchanged that resdiff reads softened or strengthened (what a recall rule must not add).

Only the even half's rows may guide a rule: ``--list`` prints items of the even half only;
the odd half's counts are printed, never its items.

    python benchmarks/consensus_misses.py --half even [--list] [--json rows.json]
    python benchmarks/consensus_misses.py --half odd
    python benchmarks/consensus_misses.py --fresh        # holdout51–holdout74, counts only
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
import pairing_causes
import reading_causes

import resdiff

#: The kinds whose consensus misses are counted.
DIRECTED = ("softened", "strengthened", "mixed")
#: The kinds a consensus false verdict is judged as, and the verdicts that make it false.
NEUTRAL = ("reworded", "unchanged")
VERDICTS = ("softened", "strengthened")
#: The fresh sets, judged blind after the rules they are scored against.
FRESH = tuple(f"holdout{n}" for n in range(51, 75))

_PAIRING = {
    "apart": "pairing: apart",
    "other_partner": "pairing: other partner",
    "split_merge": "pairing: split or merge",
    "reverse": "pairing: reverse",
}


def cause(item: dict[str, Any], pairing: str | None = None) -> str:
    """The cause of one consensus miss (``item`` in the form of ``judged.py``'s
    disagreements); ``pairing`` is ``pairing_causes``' cause where resdiff paired the
    provision otherwise."""
    if item["found"] == "(paired otherwise)":
        return _PAIRING.get(pairing or "", f"pairing: {pairing}")
    if item["found"] not in reading_causes.READINGS:
        # Paired as judged and read "unchanged": nothing named.
        return "not read at all"
    name, what = reading_causes.cause_of(item)
    if name == "not_read":
        if what == "none":
            return "not read at all"
        if what == "neutral":
            return "neutral shift only"
        return "the other side of a mixed not read"
    if name == "weighed_neutral":
        return "weighed under the threshold"
    if name == "wrong_direction":
        return "wrong direction"
    if name == "threshold_actively":
        return '"actively" alone'
    if name == "weighed_directed" and item["found"] == "mixed":
        return "an opposite shift makes it mixed"
    return name


def family(pair: dict[str, Any]) -> str:
    """A pair's family: the era of its texts and the kind of its regime."""
    return f"{judged.era_of(pair)}/{pair.get('kind', '?')}"


def rows_of(pair: dict[str, Any]) -> list[dict[str, Any]]:
    """The consensus rows of one pair: each miss (``"miss": True``, with its cause), each
    hit, and each consensus false verdict (``"false": True``)."""
    second = judged.second_kinds(pair["id"])
    if not second:
        return []
    old = resdiff.parse(judged.CORPUS / pair["old"])
    new = resdiff.parse(judged.CORPUS / pair["new"])
    cmp = resdiff.compare(old, new)
    counts = judged.Counts()
    judged.score_comparison(pair, cmp, counts)
    wrong = {(tuple(d["old"]), tuple(d["new"])): d for d in counts.disagreements}
    found = {(c.old, c.new): c.kind for c in cmp.changes}
    pairing: dict[tuple[tuple[str, ...], tuple[str, ...]], str] | None = None
    base = {
        "pair": pair["id"],
        "set": pair["set"],
        "family": family(pair),
        "regime": pair.get("regime", ""),
    }
    out = []
    for item in pair["judged"]["changes"]:
        key = (tuple(item["old"]), tuple(item["new"]))
        truth = item["kind"]
        if second.get(key) != truth:
            continue
        got = found.get(key, "(paired otherwise)")
        if truth in NEUTRAL and got in VERDICTS:
            out.append({**base, **wrong[key], "false": True, "miss": False})
            continue
        if truth not in DIRECTED:
            continue
        if got == truth:
            out.append({**base, "item": item.get("item"), "judged": truth, "miss": False})
            continue
        row = {**base, **wrong[key], "miss": True}
        how = None
        if got == "(paired otherwise)":
            if pairing is None:
                pairing = {
                    (tuple(r["old"]), tuple(r["new"])): r["cause"]
                    for r in pairing_causes.rows_between(pair, old, new, cmp)
                }
            how = pairing.get(key)
        row["cause"] = cause(row, how)
        out.append(row)
    return out


def table(rows: list[dict[str, Any]], label: str) -> list[str]:
    """The lines of one table: consensus items, misses and causes by kind."""
    lines = [f"== {label}"]
    for kind in DIRECTED:
        mine = [r for r in rows if r.get("judged") == kind and not r.get("false")]
        misses = sum(r["miss"] for r in mine)
        lines.append(f"  {kind:<13} consensus {len(mine):>4}  resdiff misses {misses:>4}")
    misses = [r for r in rows if r["miss"]]
    by = Counter((r["cause"], r["judged"]) for r in misses)
    lines.append(f"  {'cause':<38}" + "".join(f"{k[:12]:>13}" for k in DIRECTED) + f"{'all':>6}")
    for name, n in Counter(r["cause"] for r in misses).most_common():
        lines.append(
            f"  {name:<38}" + "".join(f"{by[(name, k)]:>13}" for k in DIRECTED) + f"{n:>6}"
        )
    false = Counter(f"{r['judged']}→{r['found']}" for r in rows if r.get("false"))
    lines.append(
        f"  consensus false verdicts (both judges reworded/unchanged, resdiff directed): "
        f"{sum(false.values())}"
        + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(false.items())) + ")" if false else "")
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the counts of one half (or of the fresh sets), by family, and with ``--list``
    the even half's misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--fresh", action="store_true", help="the sets holdout51–holdout74")
    parser.add_argument("--list", action="store_true", help="the even half's misses")
    parser.add_argument("--json", type=Path, help="write the even half's rows here")
    args = parser.parse_args(argv)
    # Refused before anything is read: the odd half's items (and the fresh sets' of both
    # halves) are counted, never listed nor written out, and a --json that would write
    # nothing is an error, not a silence.
    if (args.list or args.json) and args.half != "even":
        parser.error("--list and --json give the even half's items only (--half even)")
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    rows: list[dict[str, Any]] = []
    for pair in judged.open_pairs():
        place = judged.SETS.index(pair["set"])
        if args.half and place % 2 != (args.half == "odd"):
            continue
        if args.fresh and pair["set"] not in FRESH:
            continue
        rows.extend(rows_of(pair))
    label = "fresh sets holdout51–74" if args.fresh else f"{args.half or 'all'} half"
    if args.fresh and args.half:
        label += f", {args.half} half"
    for line in table(rows, label):
        print(line)
    for fam in sorted({r["family"] for r in rows}):
        for line in table([r for r in rows if r["family"] == fam], f"{label}: {fam}"):
            print(line)
    if not args.fresh:
        fresh = [r for r in rows if r["set"] in FRESH]
        for line in table(fresh, f"{label}: of which the fresh sets holdout51–74"):
            print(line)
    if args.half == "even":
        if args.json:
            args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        if args.list:
            for r in rows:
                if r["miss"]:
                    print(
                        f"{r['pair']}\t#{r['item']}\t{'+'.join(r['old'])}\t{'+'.join(r['new'])}"
                        f"\t{r['judged']}\t{r['found']}\t{r['cause']}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
