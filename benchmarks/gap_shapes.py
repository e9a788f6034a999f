"""The dropped and added provisions resdiff leaves apart, by the shape of the gap they
stand in, right and false against the judges (RESULTS §2fx): which shapes pair a 1:1
rewrite precisely enough to be paired by their shape alone.

For each judged comparison of the half, resdiff compares the texts with the default
options (or ``--options``). The *anchors* are its 1:1 pairs on the longest in-order
chain; a *gap* is what lies between two consecutive anchors on both sides. One row per
candidate:

- every dropped and added provision of the same gap (``n`` dropped against ``m`` added
  there, any part), and
- every judges' 1:1 item whose two sides resdiff leaves dropped and added (``apart``),
  wherever they stand, so that recall has its whole denominator.

A row is ``right`` when the judges pair the two sides one to one (a ``corrected: ...``
item or any other), ``false`` when the judges read both sides alone (dropped, added),
``other`` when a side belongs to another judges' item.

Each row carries what a drafter names and a diff tool uses: the gap's shape (``n``x``m``,
and the same counted in the part of the two sides only), whether the two sides are of
one part, the content share past the lead (``aboutness.about``), a cited resolution in
common, a name in common (capitalised names and acronyms past the lead), the leads (the
same lemma, of one family by ``aboutness.kindred``), the length ratio and the aligner's
word score. ``--shapes`` prints the precision and recall of the shapes of §2fx.

    python benchmarks/gap_shapes.py --half even [--json FILE] [--shapes] [--every] [--made]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aboutness
import judged

import resdiff
from resdiff.align import AlignOptions
from resdiff.align.score import Scorer
from resdiff.align.text import Vocabulary, normalise_all
from resdiff.model import Clause, Comparison, Draft

_NAME = re.compile(r"[A-Z][\w'’-]{2,}")


def names(clause: Clause) -> set[str]:
    """The names a provision holds past its lead: capitalised words that are no filler of
    the Council's own style ("Security", "Council", "Secretary-General" ...)."""
    text = clause.full_text()
    lead = clause.lead_phrase
    begin = lead.start + len(lead.text) if lead else 0
    return {w for w in _NAME.findall(text[begin:]) if w not in aboutness._NAME_FILLER}


def features(a: Clause, b: Clause, score: float) -> dict[str, Any]:
    """What a drafter and a diff tool see of ``a`` (dropped) against ``b`` (added)."""
    xa, xb = aboutness.about(a), aboutness.about(b)
    ta, tb = xa["terms"], xb["terms"]
    la, lb = a.lead_phrase, b.lead_phrase
    wa, wb = len(a.full_text().split()), len(b.full_text().split())
    return {
        "same_part": a.section == b.section,
        "content": round(len(ta & tb) / max(1, min(len(ta), len(tb))), 2),
        "cites": bool(xa["cites"] & xb["cites"]),
        "names": bool(names(a) & names(b)),
        "same_lead": bool(la and lb and la.lemma and la.lemma == lb.lemma),
        "family": aboutness.kindred(a, b),
        "length": round(min(wa, wb) / max(1, wa, wb), 2),
        "score": round(score, 3),
    }


def rows_between(
    pair: dict[str, Any], old: Draft, new: Draft, cmp: Comparison, every: bool = False
) -> list[dict[str, Any]]:
    """The candidate rows of one judged comparison; with ``every``, every dropped against
    every added provision too (so that a shape with no position has its whole count of
    false candidates)."""
    olds = {c.ref: c for c in (*old.preamble, *old.operative) if c.ref}
    news = {c.ref: c for c in (*new.preamble, *new.operative) if c.ref}
    lo, ln = list(olds), list(news)
    items = pair["judged"]["changes"]
    one_to_one = {
        (i["old"][0], i["new"][0]): i for i in items if len(i["old"]) == len(i["new"]) == 1
    }
    alone_old = {r for i in items if not i["new"] for r in i["old"]}
    alone_new = {r for i in items if not i["old"] for r in i["new"]}
    dropped = [r for c in cmp.changes if not c.new for r in c.old if r in olds]
    added = [r for c in cmp.changes if not c.old for r in c.new if r in news]
    if not dropped or not added:
        return []
    anchor_new, anchor_old = aboutness.chain_anchors(cmp, lo, ln)
    gap_old = {r: bisect.bisect_left(anchor_old, lo.index(r)) for r in dropped}
    gap_new = {r: bisect.bisect_left(anchor_new, ln.index(r)) for r in added}
    # An anchor stands between the two sides when their gap numbers differ; a gap is the
    # same only when no anchor of the chain stands before one and after the other.
    in_gap_old = Counter(gap_old.values())
    in_gap_new = Counter(gap_new.values())
    part_old = Counter((g, olds[r].section) for r, g in gap_old.items())
    part_new = Counter((g, news[r].section) for r, g in gap_new.items())
    on = normalise_all([olds[r].full_text() for r in dropped], {})
    nn = normalise_all([news[r].full_text() for r in added], {})
    scorer = Scorer(on, nn, Vocabulary(on, nn))
    wanted = {(a, b) for a in dropped for b in added if gap_old[a] == gap_new[b]}
    wanted |= {(a, b) for a, b in one_to_one if a in gap_old and b in gap_new}
    if every:
        wanted |= {(a, b) for a in dropped for b in added}
    out = []
    for a, b in sorted(wanted, key=lambda k: (lo.index(k[0]), ln.index(k[1]))):
        if (a, b) in one_to_one:
            verdict = "right"
        elif a in alone_old and b in alone_new:
            verdict = "false"
        else:
            verdict = "other"
        same_gap = gap_old[a] == gap_new[b]
        g = gap_old[a]
        row: dict[str, Any] = {
            "pair": pair["id"],
            "set": pair["set"],
            "era": judged.era_of(pair),
            "old": a,
            "new": b,
            "verdict": verdict,
            "judged_kind": one_to_one[(a, b)]["kind"] if verdict == "right" else None,
            "corrected": verdict == "right"
            and str(one_to_one[(a, b)].get("pairing", "")).startswith("corrected"),
            "same_gap": same_gap,
            "gap": f"{in_gap_old[g]}x{in_gap_new[g]}" if same_gap else "apart",
            "part_gap": (
                f"{part_old[(g, olds[a].section)]}x{part_new[(g, news[b].section)]}"
                if same_gap
                else "apart"
            ),
        }
        row |= features(olds[a], news[b], scorer.score(dropped.index(a), added.index(b)))
        row["texts"] = (olds[a].full_text()[:200], news[b].full_text()[:200])
        row["gap_id"] = g if same_gap else None
        out.append(row)
    _mark_mutual(out)
    return out


def _mark_mutual(rows: list[dict[str, Any]]) -> None:
    """Mark the rows of one gap whose two sides are each the other's best by word score
    among the gap's candidates (``mutual``)."""
    best_old: dict[tuple[Any, str], tuple[float, str]] = {}
    best_new: dict[tuple[Any, str], tuple[float, str]] = {}
    for r in rows:
        if r["gap_id"] is None:
            continue
        ko, kn = (r["gap_id"], r["old"]), (r["gap_id"], r["new"])
        if r["score"] > best_old.get(ko, (-9.0, ""))[0]:
            best_old[ko] = (r["score"], r["new"])
        if r["score"] > best_new.get(kn, (-9.0, ""))[0]:
            best_new[kn] = (r["score"], r["old"])
    for r in rows:
        g = r["gap_id"]
        r["mutual"] = (
            g is not None
            and best_old[(g, r["old"])][1] == r["new"]
            and best_new[(g, r["new"])][1] == r["old"]
        )


def made_pairs(
    pair: dict[str, Any], base: Comparison, on: Comparison, list_them: bool
) -> Counter[str]:
    """The 1:1 pairs ``on`` makes that ``base`` does not, counted right (a judges' item,
    and whether ``on`` reads its kind as judged), false (both sides judged alone) or
    other; listed (the even half only) with the judged and the found kind."""
    items = pair["judged"]["changes"]
    of = {(tuple(i["old"]), tuple(i["new"])): i for i in items}
    alone_old = {r for i in items if not i["new"] for r in i["old"]}
    alone_new = {r for i in items if not i["old"] for r in i["new"]}
    before = {(c.old, c.new) for c in base.changes}
    out: Counter[str] = Counter()
    for c in on.changes:
        if not c.old or not c.new or (c.old, c.new) in before:
            continue
        item = of.get((c.old, c.new))
        if item is not None:
            verdict = "right, read as judged" if item["kind"] == str(c.kind) else "right"
        elif set(c.old) <= alone_old and set(c.new) <= alone_new:
            verdict = "false"
        else:
            verdict = "other"
        out[verdict] += 1
        if list_them:
            judged_kind = item["kind"] if item else "-"
            print(f"{verdict:22} {pair['id']} {c.old} -> {c.new}: {c.kind} (judged {judged_kind})")
    return out


def _small(r: dict[str, Any]) -> bool:
    return r["gap"] in ("1x1", "1x2", "2x1", "2x2")


#: The shapes of RESULTS §2fx, each a test of one row.
SHAPES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "any candidate": lambda r: True,
    "same gap": lambda r: r["same_gap"],
    "same gap, same part": lambda r: r["same_gap"] and r["same_part"],
    "gap 1x1": lambda r: r["gap"] == "1x1",
    "gap 1x1, same part": lambda r: r["gap"] == "1x1" and r["same_part"],
    "part gap 1x1 (same part)": lambda r: r["part_gap"] == "1x1" and r["same_part"],
    "gap 1x1, across parts": lambda r: r["gap"] == "1x1" and not r["same_part"],
    "gap 1x2 or 2x1": lambda r: r["gap"] in ("1x2", "2x1"),
    "gap 2x2": lambda r: r["gap"] == "2x2",
    "gap larger": lambda r: r["same_gap"] and r["gap"] not in ("1x1", "1x2", "2x1", "2x2"),
    "gap 1x1, same part, content >= 0.2": lambda r: (
        r["gap"] == "1x1" and r["same_part"] and r["content"] >= 0.2
    ),
    "gap 1x1, same part, a cite or name shared": lambda r: (
        r["gap"] == "1x1" and r["same_part"] and (r["cites"] or r["names"])
    ),
    "gap 1x1, same part, leads of one family or one lemma": lambda r: (
        r["gap"] == "1x1" and r["same_part"] and (r["family"] or r["same_lead"])
    ),
    "gap 1x1, same part, length >= 0.5": lambda r: (
        r["gap"] == "1x1" and r["same_part"] and r["length"] >= 0.5
    ),
    "part gap 1x1, content >= 0.2": lambda r: (
        r["part_gap"] == "1x1" and r["same_part"] and r["content"] >= 0.2
    ),
    "part gap 1x1, a cite or name shared": lambda r: (
        r["part_gap"] == "1x1" and r["same_part"] and (r["cites"] or r["names"])
    ),
    "same gap, same part, content >= 0.3": lambda r: (
        r["same_gap"] and r["same_part"] and r["content"] >= 0.3
    ),
    "gap at most 2x2": _small,
    "gap at most 2x2, each the other's best there": lambda r: _small(r) and r["mutual"],
    "... and content >= 0.3": lambda r: _small(r) and r["mutual"] and r["content"] >= 0.3,
    "... and word score >= 0.25": lambda r: _small(r) and r["mutual"] and r["score"] >= 0.25,
    "... and both (the round's shape)": lambda r: (
        _small(r) and r["mutual"] and r["content"] >= 0.3 and r["score"] >= 0.25
    ),
    "gap 1x1, content >= 0.3, word score >= 0.25": lambda r: (
        r["gap"] == "1x1" and r["content"] >= 0.3 and r["score"] >= 0.25
    ),
}


def table(rows: list[dict[str, Any]]) -> list[tuple[str, int, int, int, float, float]]:
    """Per shape: right, false, other, precision (right of all its candidates) and
    recall (of every judges' 1:1 item resdiff leaves apart)."""
    total = sum(1 for r in rows if r["verdict"] == "right")
    out = []
    for name, test in SHAPES.items():
        hit = [r for r in rows if test(r)]
        c = Counter(r["verdict"] for r in hit)
        n = len(hit)
        out.append(
            (
                name,
                c["right"],
                c["false"],
                c["other"],
                c["right"] / n if n else 0.0,
                c["right"] / total if total else 0.0,
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--json", type=Path, help="write every row here (even half only)")
    parser.add_argument("--shapes", action="store_true", help="print the shapes' table")
    parser.add_argument(
        "--every", action="store_true", help="every dropped against every added provision"
    )
    parser.add_argument(
        "--made",
        action="store_true",
        help="count the pairs AlignOptions(gap_partners=True) adds, right and false",
    )
    args = parser.parse_args(argv)
    if args.json and args.half != "even":
        parser.error("--json lists provisions: the even half only")
    rows: list[dict[str, Any]] = []
    made: Counter[str] = Counter()
    for pair in judged.open_pairs():
        if judged.SETS.index(pair["set"]) % 2 != (args.half == "odd"):
            continue
        old = resdiff.parse(judged.CORPUS / pair["old"])
        new = resdiff.parse(judged.CORPUS / pair["new"])
        cmp = resdiff.compare(old, new)
        if args.made:
            on = resdiff.compare(old, new, options=AlignOptions(gap_partners=True))
            made.update(made_pairs(pair, cmp, on, list_them=args.half == "even"))
            continue
        rows.extend(rows_between(pair, old, new, cmp, args.every))
    if args.made:
        print(dict(made))
        return 0
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(
        Counter(
            (r["gap"] if r["gap"] in ("1x1", "apart") else "other gaps", r["verdict"]) for r in rows
        )
    )
    if args.shapes:
        print(f"{'shape':58} right false other     P     R")
        for name, right, false, other, p, r in table(rows):
            print(f"{name:58} {right:5} {false:5} {other:5} {p:5.2f} {r:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
