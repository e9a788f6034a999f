"""The pairs a pairing round makes, right and false against the judges, with the signals a
drafter pairs a rewrite by (RESULTS §2fc): what tells the family round's (§2ea) and the
remainder round's (§2ej) false pairs from their right ones, and resdiff's default pairs of
two provisions the judges both read alone (``pairing_causes.py``'s "reverse") from the
default pairs the judges make.

For each judged comparison of the half, resdiff compares the texts with the default
options and with the rounds turned on (``--rounds family,remainder``). Rows:

- ``made``: a pair (or group) the rounds add, ``right`` when it is a judges' item exactly;
- ``base``: a default 1:1 pair made below the similar round's bar (method ``gap`` or
  ``function`` and the like, score under 0.45), ``right`` when the judges make it,
  ``false`` when both its sides are judged alone.

Each row carries the signals: the same lead lemma, leads of one family, the addressee
(named on both sides and the same, named on both and different, named on one or none),
the resolutions cited (both cite one in common, both cite and none in common), the names
in the subject (``aboutness.actors``), the content shared past the lead, the share of the
new side's terms that are new, and the slot (how many kept pairs stand between the two
sides' places: 0 is the same slot of the document's order).

    python benchmarks/pair_precision.py --half even [--rounds family,remainder] [--list]
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aboutness
import judged

import resdiff
from resdiff.align import AlignOptions
from resdiff.align.function import _addressed
from resdiff.align.score import Scorer
from resdiff.align.text import Vocabulary, normalise_all
from resdiff.model import Change, Clause, Comparison

ROUNDS = {"family": "family_partners", "remainder": "remainder_parts"}

#: The similar round's bar: pairs below it come from the same-lead and function rounds.
_LOW = 0.45


def _options(rounds: str) -> AlignOptions:
    names = [r for r in rounds.split(",") if r]
    return AlignOptions(**{ROUNDS[r]: True for r in names})


def signals(
    a: Clause, b: Clause, slot: tuple[list[int], list[int]], ia: int, ib: int
) -> dict[str, Any]:
    """What a drafter pairs ``a`` (old) and ``b`` (new) by."""
    la, lb = a.lead_phrase, b.lead_phrase
    xa, xb = aboutness.about(a), aboutness.about(b)
    ta, tb = xa["terms"], xb["terms"]
    da, db = _addressed(a), _addressed(b)
    if da is None or db is None:
        addressee = "unnamed"
    else:
        addressee = "same" if (da[0] & db[0]) - {"the", "all"} else "other"
    ca, cb = xa["cites"], xb["cites"]
    cites = "none" if not ca or not cb else ("shared" if ca & cb else "other")
    aa, ab = aboutness.actors(a), aboutness.actors(b)
    actors = "none" if not aa or not ab else ("shared" if aa & ab else "other")
    new_n, old_n = slot
    # Kept pairs between the two sides' places: the old side's gap against the new's.
    gap_old = bisect.bisect_left(old_n, ia)
    gap_new = bisect.bisect_left(new_n, ib)
    return {
        "same_lead": bool(la and lb and la.lemma and la.lemma == lb.lemma),
        "leads": (la.lemma if la else None, lb.lemma if lb else None),
        "family": aboutness.kindred(a, b),
        "addressee": addressee,
        "cites": cites,
        "actors": actors,
        "content": round(len(ta & tb) / max(1, min(len(ta), len(tb))), 2),
        "new_terms": round(len(tb - ta) / max(1, len(tb)), 2),
        "lost_terms": round(len(ta - tb) / max(1, len(ta)), 2),
        "slot": abs(gap_old - gap_new),
        "part": a.ref[:2] == b.ref[:2],
    }


def rows_of(
    pair: dict[str, Any], base: Comparison, on: Comparison | None, old: Any, new: Any
) -> list[dict[str, Any]]:
    """The rows of one judged comparison."""
    olds = {c.ref: c for c in (*old.preamble, *old.operative) if c.ref}
    news = {c.ref: c for c in (*new.preamble, *new.operative) if c.ref}
    lo, ln = list(olds), list(news)
    items = pair["judged"]["changes"]
    judged_keys = {(tuple(i["old"]), tuple(i["new"])): i for i in items}
    alone_old = {r for i in items if not i["new"] for r in i["old"]}
    alone_new = {r for i in items if not i["old"] for r in i["new"]}
    of_old = {r: i for i in items for r in i["old"]}
    of_new = {r: i for i in items for r in i["new"]}
    slot = aboutness.chain_anchors(base, lo, ln)
    base_keys = {(c.old, c.new) for c in base.changes}
    out: list[dict[str, Any]] = []

    def row(c: Any, source: str) -> dict[str, Any]:
        key = (tuple(c.old), tuple(c.new))
        item = judged_keys.get(key)
        if item is not None:
            verdict = "right"
        elif all(r in alone_old for r in c.old) and all(r in alone_new for r in c.new):
            verdict = "false"
        else:
            verdict = "other"
        r: dict[str, Any] = {
            "source": source,
            "pair": pair["id"],
            "set": pair["set"],
            "era": judged.era_of(pair),
            "old": list(c.old),
            "new": list(c.new),
            "match": str(c.match),
            "score": round(c.score, 3),
            "verdict": verdict,
            "resdiff_kind": str(c.kind),
            "judged": sorted(
                {
                    f"{'+'.join(i['old']) or '-'}>{'+'.join(i['new']) or '-'}:{i['kind']}"
                    for i in [*(of_old.get(x) for x in c.old), *(of_new.get(x) for x in c.new)]
                    if i is not None
                }
            ),
        }
        if item is not None:
            r["read_right"] = str(c.kind) == item["kind"]
        oa, nb = c.old[0], c.new[0]
        if oa in olds and nb in news:
            r |= signals(olds[oa], news[nb], slot, lo.index(oa), ln.index(nb))
            r["texts"] = (
                " | ".join(olds[x].full_text()[:220] for x in c.old if x in olds),
                " | ".join(news[x].full_text()[:220] for x in c.new if x in news),
            )
        return r

    if on is not None:
        for c in on.changes:
            if c.old and c.new and (c.old, c.new) not in base_keys:
                out.append(row(c, "made"))
    for c in _mutual_leftovers(base, olds, news):
        out.append(row(c, "cand"))
    for c in base.changes:
        if (
            len(c.old) == len(c.new) == 1
            and c.score < _LOW
            and str(c.match)
            not in (
                "identical",
                "normalised",
            )
        ):
            out.append(row(c, "base"))
    return out


def _mutual_leftovers(
    base: Comparison, olds: dict[str, Clause], news: dict[str, Clause]
) -> list[Change]:
    """Every dropped and added paragraph of ``base`` that are each other's best by word
    score among the leftovers of the same part, at a score of at least 0.15: the
    candidates any pairing round of leftovers chooses among."""
    dropped = [r for c in base.changes if not c.new for r in c.old if r in olds]
    added = [r for c in base.changes if not c.old for r in c.new if r in news]
    if not dropped or not added:
        return []
    on = normalise_all([olds[r].full_text() for r in dropped], {})
    nn = normalise_all([news[r].full_text() for r in added], {})
    scorer = Scorer(on, nn, Vocabulary(on, nn))
    best_o: dict[int, tuple[float, int]] = {}
    best_n: dict[int, tuple[float, int]] = {}
    for i, a in enumerate(dropped):
        for j, b in enumerate(added):
            if a[:2] != b[:2]:
                continue
            v = scorer.score(i, j)
            if v > best_o.get(i, (-1.0, -1))[0]:
                best_o[i] = (v, j)
            if v > best_n.get(j, (-1.0, -1))[0]:
                best_n[j] = (v, i)
    out = []
    for j, (v, i) in best_n.items():
        if best_o[i][1] == j and v >= 0.15:
            out.append(
                Change(
                    kind="reworded",
                    old=(dropped[i],),
                    new=(added[j],),
                    section="operative" if added[j].startswith("OP") else "preamble",
                    match="similar",
                    score=max(0.0, min(1.0, v)),
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--sets", help="comma-separated set names (instead of a half)")
    parser.add_argument("--rounds", default="family,remainder", help="rounds turned on")
    parser.add_argument("--json", type=Path, help="write every row here")
    parser.add_argument("--list", action="store_true", help="print every row")
    args = parser.parse_args(argv)
    opts = _options(args.rounds)
    wanted = set(args.sets.split(",")) if args.sets else None
    rows: list[dict[str, Any]] = []
    for pair in judged.open_pairs():
        if wanted is not None:
            if pair["set"] not in wanted:
                continue
        elif args.half != "all" and judged.SETS.index(pair["set"]) % 2 != (args.half == "odd"):
            continue
        old = resdiff.parse(judged.CORPUS / pair["old"])
        new = resdiff.parse(judged.CORPUS / pair["new"])
        base = resdiff.compare(old, new)
        on = resdiff.compare(old, new, options=opts) if args.rounds else None
        rows.extend(rows_of(pair, base, on, old, new))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    by = Counter((r["source"], r["verdict"]) for r in rows)
    for key in sorted(by):
        print(*key, by[key])
    if args.list:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
