"""The judged provisions resdiff pairs otherwise than the judges, sorted by cause
(issue 9 §4, "pairing by function"): the truth table of RESULTS §2ea.

For every scored item of a judged comparison that resdiff does not produce with the same
old and new refs (``judged.py``'s "(paired otherwise)"), one row:

- ``apart``: the judges pair one old provision with one new, and resdiff reads the old
  one dropped and the new one added (a rewrite left as dropped + added);
- ``other_partner``: the judges pair one with one, and resdiff pairs at least one of the
  two with another provision;
- ``split_merge``: the judges pair several provisions with one (or several with several),
  and resdiff does not;
- ``reverse``: the judges read a provision added or dropped, and resdiff pairs it (with
  ``partner_alone`` when its partner too is judged added or dropped: a false pair of two
  leftovers, the cost of any new pairing rule).

Each row carries the judged kind, the aligner's word score of the judges' pair (and of
resdiff's pair where it makes one), whether a second judge (``judged/second/``) made the
judges' pairing or resdiff's, and the features a drafter pairs a rewrite by: the same
lead lemma, leads of one family (``aboutness.kindred``), the same addressee
(``resdiff.align.function.same_addressee``), the share of content words in common, and
the refs' distance. The items the judges marked ``"pairing": "wrong: ..."`` are counted
beside (the sheet's pairing they reject) with whether resdiff still makes it.

    python benchmarks/pairing_causes.py --half even [--json /tmp/causes.json] [--list]
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

import aboutness
import judged

import resdiff
from resdiff.align.function import same_addressee
from resdiff.align.score import Scorer
from resdiff.align.text import Vocabulary, normalise_all
from resdiff.model import Clause, Comparison, Draft

_TOP = re.compile(r"^(PP|OP)(\d+)$")


def _num(ref: str) -> int:
    match = _TOP.match(ref)
    return int(match.group(2)) if match else -1


def _second(pair_id: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]] | None:
    path = judged.JUDGED / "second" / f"{pair_id}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        (tuple(c["old"]), tuple(c["new"]))
        for c in data.get("changes", ())
        if not str(c.get("pairing", "")).startswith("wrong")
    }


def rows_between(
    pair: dict[str, Any], old: Draft, new: Draft, cmp: Comparison
) -> list[dict[str, Any]]:
    """The rows of one judged comparison (``pair["judged"]`` as ``judged.load_pairs``
    gives it) whose texts were read as ``old`` and ``new`` and compared as ``cmp``."""
    olds = {c.ref: c for c in (*old.preamble, *old.operative) if c.ref}
    news = {c.ref: c for c in (*new.preamble, *new.operative) if c.ref}
    found = {(c.old, c.new): c for c in cmp.changes}
    of_old = {r: c for c in cmp.changes for r in c.old}
    of_new = {r: c for c in cmp.changes for r in c.new}
    old_refs, new_refs = list(olds), list(news)
    old_norm = normalise_all([olds[r].full_text() for r in old_refs], {})
    new_norm = normalise_all([news[r].full_text() for r in new_refs], {})
    scorer = Scorer(old_norm, new_norm, Vocabulary(old_norm, new_norm))
    oi, ni = {r: k for k, r in enumerate(old_refs)}, {r: k for k, r in enumerate(new_refs)}
    items = pair["judged"]["changes"]
    alone_old = {r for i in items if not i["new"] for r in i["old"]}
    alone_new = {r for i in items if not i["old"] for r in i["new"]}
    second = _second(pair["id"])

    def score(o: str, n: str) -> float | None:
        if o in oi and n in ni:
            return round(scorer.score(oi[o], ni[n]), 3)
        return None

    def features(a: Clause, b: Clause) -> dict[str, Any]:
        la, lb = a.lead_phrase, b.lead_phrase
        ca, cb = set(aboutness.about(a)["terms"]), set(aboutness.about(b)["terms"])
        return {
            "same_lead": bool(la and lb and la.lemma and la.lemma == lb.lemma),
            "leads": (la.lemma if la else None, lb.lemma if lb else None),
            "kindred": aboutness.kindred(a, b),
            "same_addressee": same_addressee(a, b),
            "content": round(len(ca & cb) / max(1, min(len(ca), len(cb))), 2),
        }

    out: list[dict[str, Any]] = []
    for item in items:
        key = (tuple(item["old"]), tuple(item["new"]))
        if key in found:
            continue
        o, n = item["old"], item["new"]
        row: dict[str, Any] = {
            "pair": pair["id"],
            "set": pair["set"],
            "era": judged.era_of(pair),
            "old": o,
            "new": n,
            "kind": item["kind"],
            "corrected": str(item.get("pairing", "")).startswith("corrected"),
            "second_judges": None if second is None else key in second,
            "resdiff": sorted(
                {(c.old, c.new, str(c.kind)) for r in o if (c := of_old.get(r)) is not None}
                | {(c.old, c.new, str(c.kind)) for r in n if (c := of_new.get(r)) is not None}
            ),
        }
        row["second_resdiff"] = (
            None
            if second is None
            else all((tuple(a), tuple(b)) in second for a, b, _ in row["resdiff"])
        )
        if o and n and len(o) == 1 and len(n) == 1:
            co, cn = of_old.get(o[0]), of_new.get(n[0])
            left = co is not None and not co.new and cn is not None and not cn.old
            row["cause"] = "apart" if left else "other_partner"
            row["score"] = score(o[0], n[0])
            if o[0] in olds and n[0] in news:
                row |= features(olds[o[0]], news[n[0]])
                row["ref_delta"] = abs(_num(o[0]) - _num(n[0])) if o[0][:2] == n[0][:2] else 99
                row["texts"] = (olds[o[0]].full_text()[:160], news[n[0]].full_text()[:160])
            if not left:
                row["resdiff_scores"] = [
                    score(a[0], b[0]) for a, b, _ in row["resdiff"] if len(a) == len(b) == 1
                ]
        elif o and n:
            row["cause"] = "split_merge"
        else:
            row["cause"] = "reverse"
            partners = [r for a, b, _ in row["resdiff"] for r in ((*b,) if o else (*a,))]
            row["partner_alone"] = bool(partners) and all(
                r in (alone_new if o else alone_old) for r in partners
            )
            row["resdiff_scores"] = [
                score(a[0], b[0]) for a, b, _ in row["resdiff"] if len(a) == len(b) == 1
            ]
        out.append(row)
    for item in pair["judged"].get("rejected", ()):
        key = (tuple(item["old"]), tuple(item["new"]))
        out.append(
            {
                "pair": pair["id"],
                "set": pair["set"],
                "era": judged.era_of(pair),
                "old": item["old"],
                "new": item["new"],
                "kind": item["kind"],
                "cause": "rejected_still_made" if key in found else "rejected_undone",
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--json", type=Path, help="write every row here")
    parser.add_argument("--load", type=Path, help="read the rows --json wrote")
    parser.add_argument("--list", action="store_true", help="print every row")
    args = parser.parse_args(argv)
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        odd = args.half == "odd"
        rows = []
        for pair in judged.open_pairs():
            if judged.SETS.index(pair["set"]) % 2 != odd:
                continue
            old = resdiff.parse(judged.CORPUS / pair["old"])
            new = resdiff.parse(judged.CORPUS / pair["new"])
            rows.extend(rows_between(pair, old, new, resdiff.compare(old, new)))
        if args.json:
            args.json.write_text(json.dumps(rows), encoding="utf-8")
    by: Counter[tuple[str, str]] = Counter((r["cause"], r["kind"]) for r in rows)
    causes = sorted({c for c, _ in by})
    kinds = sorted({k for _, k in by})
    print(f"{'cause':<22}" + "".join(f"{k[:12]:>13}" for k in kinds) + f"{'all':>7}")
    for c in causes:
        print(
            f"{c:<22}"
            + "".join(f"{by[(c, k)]:>13}" for k in kinds)
            + f"{sum(by[(c, k)] for k in kinds):>7}"
        )
    if args.list:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
