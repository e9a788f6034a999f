"""Pairing the leftovers learned from the judges' own pairings, measured on fresh texts
(issue 9, RESULTS.md §2cn, §2cs).

The aligner leaves some paragraphs dropped on one side and added on the other; the
judges pair many of them (a rewrite under a new lead verb). This tool:

1. ``collect``: for every judged comparison, the (dropped, added) pairs of top-level
   leftovers that the scorer's inverted index of rarer words proposes (never all pairs:
   :func:`resdiff.align.combined.candidate_features`, bounded), with their cheap
   evidence, the relative position and the leads' axis and tier, and the 1:1 pairs made
   under a word score of :data:`LOW_SCORE` with the same pairwise evidence; each
   labelled by the judges' pairing (the two alone in a kept or corrected item: paired;
   anything else, a part of a split or merge included: held apart), to a JSON file;
2. ``train``: a small logistic regression (standardised features, L2), trained on the
   46 sets other than holdout45–holdout54, cross-validated by set (each fold leaves
   whole sets out), tested on holdout45–holdout54 (``--last 52``: §2cn's split);
   prints the weights and, for each threshold, the pairs a greedy one-to-one pick
   would make and how many are the judges' (a false pair costs the verdicts of the
   two provisions, ``at_stake``);
   ``made``: the same for un-pairing the low pairs made (how many a cut undoes, how many
   of them the judges' own);
3. ``measure``: the judged figures (``judged.py``'s kinds, directions, key changes) on
   the test or train sets with the model pairing the leftovers (``--threshold``) or
   un-pairing the low pairs it doubts (``--cut``), fitted on the train sets (or, with
   ``--cv``, on the other folds), its samples weighed by their cost with ``--weighted``
   (a judges' pair by ``--undo-cost`` more in the un-pairing fit), a pair the engine
   reads with a shift of at least ``--guard`` weight undone only under ``--sure``;
   without ``--threshold`` or ``--cut``, the engine as it is. ``collect`` records each
   low pair's verdict as the engine reads it for the guard.

    python benchmarks/learn_pairing.py collect --out /tmp/pairing.json
    python benchmarks/learn_pairing.py train --data /tmp/pairing.json --model /tmp/m.json
    python benchmarks/learn_pairing.py measure --data /tmp/pairing.json --threshold 0.7 --test
    python benchmarks/learn_pairing.py measure --data /tmp/pairing.json --cut 0.4 --cv
    python benchmarks/learn_pairing.py --last 52 measure --data /tmp/pairing.json --cut 0.45 --test
    python benchmarks/learn_pairing.py measure --data /tmp/pairing.json --cut 0.6 --cv \
        --guard 0.5 --sure 0
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
import resdiff.align as align_module
from resdiff.align.combined import _names_numbers, candidate_features
from resdiff.align.function import same_addressee, same_lead
from resdiff.align.links import AlignOptions, Link
from resdiff.align.score import Scorer
from resdiff.model import Clause

_REF = re.compile(r"^(PP|OP)\d+$")

#: The fresh blind sets: the test sets, never trained on (§2cs: holdout45–holdout54;
#: §2cn's were holdout45–holdout52, ``--last 52``).
TEST_SETS = tuple(f"holdout{n}" for n in range(45, 55))


def _set_test_sets(last: int) -> None:
    """Make holdout45–holdout``last`` the test sets."""
    global TEST_SETS
    TEST_SETS = tuple(f"holdout{n}" for n in range(45, last + 1))


#: The features the model reads, each capped where counts run long (a drafter reads a
#: weight per unit of each).
FEATURES = (
    "score",
    "own",
    "rare_share",
    "names",
    "numbers",
    "same_lead",
    "same_addressee",
    "same_section",
    "same_gap",
    "gap_distance",
    "length_ratio",
    "margin_old",
    "margin_new",
    "mutual",
    "pos_diff",
    "same_axis",
    "tier_gap",
)
_CAPS = {"own": 5, "names": 5, "numbers": 5, "gap_distance": 5, "tier_gap": 6}


def vector(row: dict[str, Any], features: Sequence[str] = FEATURES) -> list[float]:
    """The features of one candidate row, as numbers."""
    return [min(float(row[name]), _CAPS.get(name, math.inf)) for name in features]


def _rows_of(
    links: list[Link], old: Sequence[Clause], new: Sequence[Clause], scorer: Scorer
) -> list[dict[str, Any]]:
    rows = candidate_features(links, old, new, scorer)
    for row in rows:
        row["pos_diff"] = abs(row["i"] / max(1, len(old)) - row["j"] / max(1, len(new)))
        row["same_axis"], row["tier_gap"] = _axes(old[row["i"]], new[row["j"]])
    return rows


#: Pairs made under this word score are weighed for un-pairing (the wrong pairs of §2ck).
LOW_SCORE = 0.5

#: The features of a pair made (no rival margins or gaps: the pair already stands).
MADE_FEATURES = (
    "score",
    "own",
    "rare_share",
    "names",
    "numbers",
    "same_lead",
    "same_addressee",
    "same_section",
    "length_ratio",
    "pos_diff",
    "same_axis",
    "tier_gap",
)


def _made_rows(
    links: list[Link], old: Sequence[Clause], new: Sequence[Clause], scorer: Scorer
) -> list[dict[str, Any]]:
    """The 1:1 pairs made under :data:`LOW_SCORE`, with the evidence for them."""
    df, common = scorer.df, scorer.common_df
    vocab = scorer.vocabulary
    rows = []
    for link in links:
        if len(link.old) != 1 or len(link.new) != 1 or link.score >= LOW_SCORE:
            continue
        i, j = link.old[0], link.new[0]
        rare_i = {w for w in vocab.old_words[i] if df[w] <= common}
        rare_j = {w for w in vocab.new_words[j] if df[w] <= common}
        names_i, numbers_i = _names_numbers(old[i])
        names_j, numbers_j = _names_numbers(new[j])
        len_i, len_j = len(scorer.old_norm[i].split()), len(scorer.new_norm[j].split())
        same_axis, tier_gap = _axes(old[i], new[j])
        rows.append(
            {
                "i": i,
                "j": j,
                "score": link.score,
                "own": sum(1 for w in vocab.old_words[i] & vocab.new_words[j] if df[w] == 2),
                "rare_share": len(rare_i & rare_j) / max(1, min(len(rare_i), len(rare_j))),
                "names": len(names_i & names_j),
                "numbers": len(numbers_i & numbers_j),
                "same_lead": float(same_lead(old[i], new[j])),
                "same_addressee": float(same_addressee(old[i], new[j])),
                "same_section": float(old[i].section == new[j].section),
                "length_ratio": min(len_i, len_j) / max(1, len_i, len_j),
                "pos_diff": abs(i / max(1, len(old)) - j / max(1, len(new))),
                "same_axis": same_axis,
                "tier_gap": tier_gap,
            }
        )
    return rows


def _axes(a: Clause, b: Clause) -> tuple[float, float]:
    """Whether the two leads rank on the same axis (prescriptive force or censure), and
    how far apart on it (6, the most, when they share none)."""
    pa, pb = a.lead_phrase, b.lead_phrase
    if pa is None or pb is None:
        return 0.0, 6.0
    for x, y in ((pa.axis_a, pb.axis_a), (pa.axis_b, pb.axis_b)):
        if x is not None and y is not None:
            return 1.0, float(abs(x - y))
    return 0.0, 6.0


def _top_level(old: Sequence[Clause]) -> bool:
    return bool(old and old[0].ref and _REF.match(old[0].ref))


def _recorder(store: list[dict[str, Any]]) -> Any:
    """A stand-in for the combined round that records the top level's leftovers and
    pairs nothing (the engine as it is)."""

    def wrapper(
        links: list[Link],
        old: Sequence[Clause],
        new: Sequence[Clause],
        scorer: Scorer,
        opts: AlignOptions,
    ) -> list[Link]:
        if _top_level(old):
            store.append(
                {
                    "rows": _rows_of(links, old, new, scorer),
                    "made": _made_rows(links, old, new, scorer),
                    "old": [c.ref for c in old],
                    "new": [c.ref for c in new],
                }
            )
        return links

    return wrapper


def probability(model: dict[str, Any], row: dict[str, Any]) -> float:
    """The model's probability that the judges pair the candidate ``row``."""
    z = model["bias"]
    features = model["features"]
    for name, x in zip(features, vector(row, features), strict=True):
        z += model["weights"][name] * (x - model["mean"][name]) / model["scale"][name]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pick(rows: list[dict[str, Any]], probs: list[float], threshold: float) -> list[int]:
    """The rows a greedy one-to-one pick makes: most probable first, each paragraph at
    most once, none under ``threshold``."""
    order = sorted(range(len(rows)), key=lambda k: (-probs[k], rows[k]["j"], rows[k]["i"]))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    chosen = []
    for k in order:
        if probs[k] < threshold:
            break
        i, j = rows[k]["i"], rows[k]["j"]
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        chosen.append(k)
    return chosen


def _applier(
    model: dict[str, Any] | None,
    threshold: float,
    made_model: dict[str, Any] | None = None,
    cut: float = 0.0,
    guarded: set[tuple[str, str]] | None = None,
    sure: float = 0.0,
) -> Any:
    """A stand-in for the combined round that un-pairs the top level's low pairs the
    ``made_model`` doubts (under ``cut``; a pair in ``guarded``, by its refs, only under
    ``sure``), then pairs the leftovers ``model`` picks. ``guarded`` is read at each
    call, so the caller may refill it per comparison."""

    def wrapper(
        links: list[Link],
        old: Sequence[Clause],
        new: Sequence[Clause],
        scorer: Scorer,
        opts: AlignOptions,
    ) -> list[Link]:
        if not _top_level(old):
            return links
        if made_model is not None:
            doubted = {
                (r["i"], r["j"])
                for r in _made_rows(links, old, new, scorer)
                if probability(made_model, r)
                < (sure if guarded and (old[r["i"]].ref, new[r["j"]].ref) in guarded else cut)
            }
            links = [
                link
                for link in links
                if not (
                    len(link.old) == len(link.new) == 1 and (link.old[0], link.new[0]) in doubted
                )
            ]
        if model is None:
            return links
        rows = _rows_of(links, old, new, scorer)
        probs = [probability(model, r) for r in rows]
        made = [
            Link((rows[k]["i"],), (rows[k]["j"],), "similar", round(rows[k]["score"], 4))
            for k in pick(rows, probs, threshold)
        ]
        return [*links, *made]

    return wrapper


def _labelled(
    row: dict[str, Any],
    top: dict[str, Any],
    exact: dict[tuple[str, str], str],
    within: set[tuple[str, str]],
    alone: set[tuple[str, str]],
) -> dict[str, Any]:
    """A candidate row with its refs and the judges' truth about it."""
    o, n = top["old"][row["i"]], top["new"][row["j"]]
    return {
        **row,
        "old_ref": o,
        "new_ref": n,
        "label": int((o, n) in exact),
        "kind": exact.get((o, n), ""),
        "within": int((o, n) in within),
        "at_stake": (("old", o) in alone) + (("new", n) in alone),
    }


def paired_verdicts(cmp: Any) -> dict[tuple[str, str], tuple[str, float, list[str]]]:
    """Each 1:1 change's verdict as the engine reads it: its kind, the weight of its
    heaviest shift on the key-change ladder (``weights.toml``) and its shifts' features."""
    out = {}
    for change in cmp.changes:
        if len(change.old) == 1 and len(change.new) == 1:
            shifts = [s for c in change.walk() for s in c.shifts]
            out[(change.old[0], change.new[0])] = (
                change.kind,
                max((s.weight for s in shifts), default=0.0),
                sorted({s.feature for s in shifts if s.weight > 0}),
            )
    return out


def collect(out: Path) -> None:
    """Write every judged pair's leftover candidates, labelled, to ``out``."""
    store: list[dict[str, Any]] = []
    align_module.combined_partners = _recorder(store)
    groups = []
    # Not a blind set's pairs (judged.open_pairs): their judges' pairings would be labels.
    for pair in judged.open_pairs():
        store.clear()
        cmp = resdiff.compare(
            judged.CORPUS / pair["old"],
            judged.CORPUS / pair["new"],
            options=AlignOptions(combined_evidence=True),
        )
        if not store:
            continue
        top = store[0]
        verdicts = paired_verdicts(cmp)
        changes = pair["judged"]["changes"]
        # The judges' 1:1 pairs: pairing one provision of a split or a merge with one of
        # its parts leaves the item wrong all the same (a first fit on every pair within
        # an item lost pairings in cross-validation).
        exact = {
            (c["old"][0], c["new"][0]): c["kind"]
            for c in changes
            if len(c["old"]) == 1 and len(c["new"]) == 1
        }
        within = {(o, n) for item in changes for o in item["old"] for n in item["new"]}
        alone = {("old", r) for c in changes if not c["new"] for r in c["old"]} | {
            ("new", r) for c in changes if not c["old"] for r in c["new"]
        }

        # The features as floats for the fit (a bool is a 0/1 feature); the pairs made
        # keep their values as the aligner recorded them.
        rows = [
            _labelled(
                {k: (float(v) if isinstance(v, bool) else v) for k, v in row.items()},
                top,
                exact,
                within,
                alone,
            )
            for row in top["rows"]
        ]
        made = [_labelled(row, top, exact, within, alone) for row in top["made"]]
        for row in made:
            kind, weight, features = verdicts.get((row["old_ref"], row["new_ref"]), ("", 0.0, []))
            row["paired_kind"], row["paired_weight"], row["paired_features"] = (
                kind,
                weight,
                features,
            )
        groups.append(
            {
                "pair": pair["id"],
                "set": pair["set"],
                "era": judged.era_of(pair),
                "rows": rows,
                "made": made,
            }
        )
    out.write_text(json.dumps(groups), encoding="utf-8")
    n = sum(len(g["rows"]) for g in groups)
    pos = sum(r["label"] for g in groups for r in g["rows"])
    print(f"{len(groups)} comparisons, {n} candidates, {pos} the judges' pairs -> {out}")


def fit(
    rows: list[dict[str, Any]],
    l2: float = 1.0,
    steps: int = 25,
    features: Sequence[str] = FEATURES,
    weighted: bool = False,
    undo_cost: float = 1.0,
) -> dict[str, Any]:
    """A logistic regression on standardised features, L2 on the weights, fitted by
    Newton's method (numpy, here only: the model it writes is applied in plain Python)."""
    import numpy as np

    x = np.array([vector(r, features) for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows], dtype=float)
    weight = np.array(
        [(cost(r) if weighted else 1.0) * (undo_cost if r["label"] else 1.0) for r in rows],
        dtype=float,
    )
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (weight * (p - y)) + penalty @ w
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + penalty
        w = w - np.linalg.solve(hess, grad)
    return {
        "features": list(features),
        "bias": float(w[0]),
        "weights": {f: float(v) for f, v in zip(features, w[1:], strict=True)},
        "mean": {f: float(v) for f, v in zip(features, mean, strict=True)},
        "scale": {f: float(v) for f, v in zip(features, scale, strict=True)},
        "caps": _CAPS,
    }


#: The judged kinds a rewrite's verdict carries (the issue's figures).
VERDICT_KINDS = ("softened", "strengthened", "mixed")


def cost(row: dict[str, Any]) -> float:
    """What a wrong decision on ``row`` costs, as a sample weight: a judges' pair whose
    item is a verdict (softened, strengthened, mixed) costs two, another one; a pair the
    judges hold apart costs the verdicts at stake on its two provisions, at least a half."""
    if row["label"]:
        return 2.0 if row.get("kind") in VERDICT_KINDS else 1.0
    return 0.5 + 0.5 * row["at_stake"]


def evaluate(
    groups: list[dict[str, Any]], model: dict[str, Any], threshold: float
) -> dict[str, int]:
    """What a greedy pick at ``threshold`` makes over ``groups``: pairs, the judges'
    pairs among them, the judges' pairs there were, the verdicts false pairs put at
    stake."""
    made = good = stake = 0
    for g in groups:
        rows = g["rows"]
        chosen = pick(rows, [probability(model, r) for r in rows], threshold)
        made += len(chosen)
        good += sum(rows[k]["label"] for k in chosen)
        stake += sum(rows[k]["at_stake"] for k in chosen if not rows[k]["label"])
    total = sum(r["label"] for g in groups for r in g["rows"])
    return {"made": made, "judged": good, "of": total, "stake": stake}


THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def train(data: Path, model_out: Path, folds: int) -> None:
    """Fit on the train sets, cross-validate by set, test on the fresh sets."""
    groups = json.loads(data.read_text(encoding="utf-8"))
    trainset = [g for g in groups if g["set"] not in TEST_SETS]
    testset = [g for g in groups if g["set"] in TEST_SETS]
    fold_of = _folds(list({g["set"] for g in trainset}), folds)
    cv = {t: {"made": 0, "judged": 0, "of": 0, "stake": 0} for t in THRESHOLDS}
    for k in range(folds):
        fitted = fit([r for g in trainset if fold_of[g["set"]] != k for r in g["rows"]])
        held = [g for g in trainset if fold_of[g["set"]] == k]
        for t in THRESHOLDS:
            for key, value in evaluate(held, fitted, t).items():
                cv[t][key] += value
    model = fit([r for g in trainset for r in g["rows"]])
    model_out.write_text(json.dumps(model, indent=1), encoding="utf-8")
    rows_train = sum(len(g["rows"]) for g in trainset)
    rows_test = sum(len(g["rows"]) for g in testset)
    print(
        f"train: {len(trainset)} comparisons, {rows_train} candidates; "
        f"test: {len(testset)}, {rows_test}"
    )
    print("weights (per standard deviation of the feature), bias", round(model["bias"], 3))
    for name in sorted(FEATURES, key=lambda f: -abs(model["weights"][f])):
        print(
            f"  {name:<15} {model['weights'][name]:+.3f}  (mean {model['mean'][name]:.3f}, "
            f"sd {model['scale'][name]:.3f})"
        )
    print("threshold | cross-validated (made/judges'/of, stake) | train fit | test")
    for t in THRESHOLDS:
        a = cv[t]
        b = evaluate(trainset, model, t)
        c = evaluate(testset, model, t)
        print(
            f"  {t:.1f} | {a['made']}/{a['judged']}/{a['of']}, {a['stake']} | "
            f"{b['made']}/{b['judged']}/{b['of']}, {b['stake']} | "
            f"{c['made']}/{c['judged']}/{c['of']}, {c['stake']}"
        )
    for era in ("scanned", "modern", "across"):
        part = [g for g in testset if g["era"] == era]
        if part:
            c = evaluate(part, model, 0.6)
            print(f"  test {era} at 0.6: {c}")


def _folds(names: list[str], folds: int) -> dict[str, int]:
    """Each train set's fold (whole sets, shuffled with a fixed seed)."""
    names = sorted(names)
    random.Random(20261206).shuffle(names)
    return {name: k % folds for k, name in enumerate(names)}


def train_made(data: Path, folds: int) -> None:
    """The other side: the pairs made under :data:`LOW_SCORE`, un-paired where the model
    doubts them; cross-validated by set on the train sets, tested on the fresh ones."""
    groups = json.loads(data.read_text(encoding="utf-8"))
    trainset = [g for g in groups if g["set"] not in TEST_SETS]
    testset = [g for g in groups if g["set"] in TEST_SETS]
    fold_of = _folds(list({g["set"] for g in trainset}), folds)

    def unpair(held: list[dict[str, Any]], model: dict[str, Any], t: float) -> list[int]:
        rows = [r for g in held for r in g["made"]]
        cut = [r for r in rows if probability(model, r) < t]
        return [len(rows), len(cut), sum(r["label"] for r in cut), sum(r["at_stake"] for r in cut)]

    cuts = (0.1, 0.2, 0.3, 0.4, 0.5)
    cv = {t: [0, 0, 0, 0] for t in cuts}
    for k in range(folds):
        part = [r for g in trainset if fold_of[g["set"]] != k for r in g["made"]]
        fitted = fit(part, features=MADE_FEATURES)
        held = [g for g in trainset if fold_of[g["set"]] == k]
        for t in cuts:
            cv[t] = [a + b for a, b in zip(cv[t], unpair(held, fitted, t), strict=True)]
    model = fit([r for g in trainset for r in g["made"]], features=MADE_FEATURES)
    rows = [r for g in trainset for r in g["made"]]
    print(
        f"pairs made under {LOW_SCORE}: train {len(rows)}, "
        f"the judges' 1:1 {sum(r['label'] for r in rows)}"
    )
    for name in sorted(MADE_FEATURES, key=lambda f: -abs(model["weights"][f])):
        print(f"  {name:<15} {model['weights'][name]:+.3f}")
    print("cut under | cross-validated (made, cut, of them the judges', stake) | test")
    for t in cuts:
        print(f"  {t:.1f} | {cv[t]} | {unpair(testset, model, t)}")


def measure(
    data: Path,
    threshold: float | None,
    cut: float | None,
    test: bool,
    cv: bool,
    folds: int,
    weighted: bool = False,
    undo_cost: float = 1.0,
    guard: float | None = None,
    sure: float = 0.0,
    dump: Path | None = None,
    reworded_only: bool = False,
) -> None:
    """The judged figures on the test (or train) sets: the leftovers paired by the model
    at ``threshold`` and the low pairs un-paired under ``cut`` (each only when given),
    the models fitted on the train sets of ``data``; with ``cv`` (train sets only), each
    fold's sets handled by the models fitted on the other folds. ``undo_cost``: a judges'
    pair weighs so much in the un-pairing fit (a pair wrongly undone costs the verdict a
    user reads). ``guard``: a pair whose paired verdict, as the engine reads it, holds a
    shift of at least this weight on the key-change ladder is undone only under ``sure``,
    and with ``reworded_only`` so is any pair the engine's comparison does not hold as a
    1:1 change read "reworded" (a later round, the basis merge of §2cp, remade it).
    ``dump``: each pair's direction and disagreements, as JSON, to compare two runs."""
    sets = TEST_SETS if test else tuple(s for s in judged.SETS if s not in TEST_SETS)
    everything = json.loads(data.read_text(encoding="utf-8"))
    groups = [g for g in everything if g["set"] not in TEST_SETS]
    fold_of = _folds(list({g["set"] for g in groups}), folds)
    guarded: set[tuple[str, str]] = set()
    guards = {
        g["pair"]: {
            (r["old_ref"], r["new_ref"])
            for r in g["made"]
            if r.get("paired_weight", 0) >= guard
            or (reworded_only and r.get("paired_kind") != "reworded")
        }
        for g in everything
        if guard is not None
    }

    def applier(k: int | None) -> Any:
        part = [g for g in groups if k is None or fold_of[g["set"]] != k]
        model = (
            fit([r for g in part for r in g["rows"]], weighted=weighted)
            if threshold is not None
            else None
        )
        made = (
            fit(
                [r for g in part for r in g["made"]],
                features=MADE_FEATURES,
                weighted=weighted,
                undo_cost=undo_cost,
            )
            if cut is not None
            else None
        )
        return _applier(model, threshold or 1.0, made, cut or 0.0, guarded, sure)

    active = threshold is not None or cut is not None
    appliers: dict[str, Any] = {}
    if active and cv:
        fitted = [applier(k) for k in range(folds)]
        appliers = {name: fitted[fold_of.get(name, 0)] for name in sets}
    elif active:
        appliers = dict.fromkeys(sets, applier(None))
    pooled = judged.Counts()
    eras: dict[str, Any] = {}
    per_pair = []
    for pair in judged.load_pairs():
        if pair["set"] not in sets:
            continue
        if appliers:
            align_module.combined_partners = appliers[pair["set"]]
        guarded.clear()
        guarded.update(guards.get(pair["id"], ()))
        one = judged.Counts()
        cmp = resdiff.compare(
            judged.CORPUS / pair["old"],
            judged.CORPUS / pair["new"],
            options=AlignOptions(combined_evidence=bool(appliers)),
        )
        judged.score_comparison(pair, cmp, one)
        pooled.add(one)
        eras.setdefault(judged.era_of(pair), judged.Counts()).add(one)
        per_pair.append(
            {
                "pair": pair["id"],
                "direction": one.directions[0][1:],
                "kind": one.kind_right,
                "items": one.items,
                "key_misses": one.key_misses,
                "softened_found": one.confusion[("softened", "softened")],
                "strengthened_found": one.confusion[("strengthened", "strengthened")],
                "disagreements": [
                    [d["item"], d["old"], d["new"], d["judged"], d["found"]]
                    for d in one.disagreements
                ],
            }
        )
    judged.report_pooled(pooled, len(sets), "test" if test else "train")
    for era, counts in sorted(eras.items()):
        agree = sum(1 for _, t, f in counts.directions if t == f)
        print(
            f"  {era}: kind {counts.kind_right}/{counts.items}, directions "
            f"{agree}/{len(counts.directions)}, key changes "
            f"{counts.key_changes_right}/{counts.key_changes}"
        )
    if dump is not None:
        dump.write_text(json.dumps(per_pair, indent=0), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    t = sub.add_parser("train")
    t.add_argument("--data", type=Path, required=True)
    t.add_argument("--model", type=Path, required=True)
    t.add_argument("--folds", type=int, default=5)
    md = sub.add_parser("made")
    md.add_argument("--data", type=Path, required=True)
    md.add_argument("--folds", type=int, default=5)
    m = sub.add_parser("measure")
    m.add_argument("--data", type=Path, required=True)
    m.add_argument("--threshold", type=float, help="pair leftovers at this probability")
    m.add_argument("--cut", type=float, help="un-pair low pairs under this probability")
    m.add_argument("--test", action="store_true")
    m.add_argument("--cv", action="store_true", help="cross-validated, on the train sets")
    m.add_argument("--folds", type=int, default=5)
    m.add_argument("--weighted", action="store_true", help="weigh samples by their cost")
    m.add_argument(
        "--undo-cost",
        type=float,
        default=1.0,
        help="a judges' pair's weight in the un-pairing fit",
    )
    m.add_argument(
        "--guard", type=float, help="undo a pair with a shift this heavy only under --sure"
    )
    m.add_argument("--sure", type=float, default=0.0)
    m.add_argument("--dump", type=Path, help="each pair's figures, as JSON")
    m.add_argument(
        "--reworded-only", action="store_true", help="guard too the pairs not read reworded"
    )
    parser.add_argument("--last", type=int, default=54, help="test sets holdout45-holdoutN")
    args = parser.parse_args(argv)
    _set_test_sets(args.last)
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    if args.command == "collect":
        collect(args.out)
    elif args.command == "made":
        train_made(args.data, args.folds)
    elif args.command == "train":
        train(args.data, args.model, args.folds)
    else:
        measure(
            args.data,
            args.threshold,
            args.cut,
            args.test,
            args.cv,
            args.folds,
            args.weighted,
            args.undo_cost,
            args.guard,
            args.sure,
            args.dump,
            args.reworded_only,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
