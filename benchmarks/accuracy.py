"""Mutation benchmark: how well ``resdiff.compare`` recovers known edits of real texts.

For every Security Council resolution of ``../shared/corpus/akn`` (next to the repo), parse
it, apply random known edits with :func:`resdiff.testing.mutate` (several seeds, a few
edits each, paragraphs for ``insert`` drawn from the other resolutions), compare the two
drafts and score the result against the truth:

- **alignment F1**: the pairs (old refs, new refs) found against the true ones, over every
  provision, edited or not (an added or dropped provision pairs with nothing);
- **move recall / precision**: moved provisions flagged as moved, and flags that are right;
- **kind accuracy**: over edited provisions, the change kind found equals the true one
  (a provision whose pair was not found counts as wrong);
- **feature recall**: for strength edits, the change names the expected shift feature;
- **false changes**: provisions left alone that come out other than ``unchanged``;

with a table per edit type, the most common errors, and timings::

    .venv/bin/python benchmarks/accuracy.py [--seeds 5] [--edits 3] [--json out.json]
        [--failures 3] [--limit N]

``--failures N`` prints up to N failing examples per edit type; ``--json PATH`` (``-`` for
stdout) dumps the figures and failures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402
from resdiff.model import Change, Clause, Comparison, Draft  # noqa: E402
from resdiff.testing import EDITS, Mutation, Truth, mutate  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"

AIMS = {"alignment_f1": 0.97, "move_recall": 0.95, "kind_accuracy": 0.90}

Pair = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass
class EditScore:
    """Counts for one edit type."""

    n: int = 0
    pair: int = 0
    kind: int = 0
    moved: int = 0
    feature_n: int = 0
    feature: int = 0
    errors: Counter[str] = field(default_factory=Counter)


@dataclass
class Failure:
    """One edited provision the comparison got wrong."""

    file: str
    seed: int
    edit: str
    truth: dict[str, Any]
    found: list[dict[str, Any]]
    old_text: list[str]
    new_text: list[str]
    problem: str


@dataclass
class Totals:
    """Everything the benchmark counts."""

    files: int = 0
    mutations: int = 0
    edits: int = 0
    provisions: int = 0
    true_pairs: int = 0
    predicted_pairs: int = 0
    matched_pairs: int = 0
    moves_true: int = 0
    moves_found: int = 0
    moves_flagged: int = 0
    moves_flag_right: int = 0
    kind_n: int = 0
    kind_ok: int = 0
    feature_n: int = 0
    feature_ok: int = 0
    untouched: int = 0
    false_changes: int = 0
    false_change_kinds: Counter[str] = field(default_factory=Counter)
    parse_s: float = 0.0
    mutate_s: float = 0.0
    compare_s: float = 0.0
    per_edit: dict[str, EditScore] = field(default_factory=lambda: defaultdict(EditScore))
    failures: list[Failure] = field(default_factory=list)


def _describe(change: Change) -> dict[str, Any]:
    return {
        "old": list(change.old),
        "new": list(change.new),
        "kind": change.kind,
        "moved": change.moved,
        "match": change.match,
        "score": change.score,
        "shifts": [f"{s.feature}:{s.direction}:{s.old}->{s.new}" for s in change.shifts],
    }


def _touching(cmp: Comparison, truth: Truth) -> list[Change]:
    old, new = set(truth.old), set(truth.new)
    return [c for c in cmp.changes if old & set(c.old) or new & set(c.new)]


def _text(draft: Draft, refs: tuple[str, ...]) -> list[str]:
    return [draft.clause(r).full_text() for r in refs]


def score(totals: Totals, mutation: Mutation, cmp: Comparison, *, file: str, seed: int) -> None:
    """Add one comparison's figures to ``totals``."""
    predicted: dict[Pair, Change] = {(c.old, c.new): c for c in cmp.changes}
    truths: dict[Pair, Truth] = {t.pair: t for t in mutation.truth}
    totals.provisions += len(mutation.truth)
    totals.true_pairs += len(truths)
    totals.predicted_pairs += len(predicted)
    totals.matched_pairs += len(truths.keys() & predicted.keys())

    true_moves = {p for p, t in truths.items() if t.moved}
    flagged = {p for p, c in predicted.items() if c.moved}
    totals.moves_true += len(true_moves)
    totals.moves_found += len(true_moves & flagged)
    totals.moves_flagged += len(flagged)
    totals.moves_flag_right += len(flagged & true_moves)

    for pair, truth in truths.items():
        change = predicted.get(pair)
        if truth.edit is None:
            totals.untouched += 1
            if change is None or change.kind != "unchanged" or change.moved:
                totals.false_changes += 1
                what: str = "unpaired" if change is None else change.kind
                if change is not None and change.moved:
                    what += " moved"
                totals.false_change_kinds[what] += 1
            continue
        per = totals.per_edit[truth.edit]
        per.n += 1
        totals.kind_n += 1
        problem = ""
        if change is None:
            problem = "pair not found"
            per.errors["pair not found"] += 1
        else:
            per.pair += 1
            if change.kind == truth.kind:
                per.kind += 1
                totals.kind_ok += 1
            else:
                problem = f"kind {change.kind} (expected {truth.kind})"
                per.errors[f"kind {change.kind}"] += 1
            if change.moved == truth.moved:
                per.moved += 1
            else:
                problem = problem or f"moved={change.moved}"
                per.errors[f"moved={change.moved}"] += 1
        if truth.feature is not None:
            per.feature_n += 1
            totals.feature_n += 1
            found = change is not None and any(
                s.feature == truth.feature and s.direction == truth.direction
                for c in change.walk()
                for s in c.shifts
            )
            if found:
                per.feature += 1
                totals.feature_ok += 1
            elif change is not None:
                problem = problem or f"no {truth.feature} shift"
                per.errors[f"no {truth.feature} shift"] += 1
        if problem:
            totals.failures.append(
                Failure(
                    file=file,
                    seed=seed,
                    edit=truth.edit,
                    truth=asdict(truth),
                    found=[_describe(c) for c in _touching(cmp, truth)],
                    old_text=_text(mutation.old, truth.old),
                    new_text=_text(mutation.new, truth.new),
                    problem=problem,
                )
            )


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def figures(t: Totals) -> dict[str, Any]:
    """The headline figures and the per-edit table, as plain data."""
    precision = _ratio(t.matched_pairs, t.predicted_pairs)
    recall = _ratio(t.matched_pairs, t.true_pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "files": t.files,
        "mutations": t.mutations,
        "edits": t.edits,
        "provisions": t.provisions,
        "alignment_precision": precision,
        "alignment_recall": recall,
        "alignment_f1": f1,
        "move_recall": _ratio(t.moves_found, t.moves_true),
        "move_precision": _ratio(t.moves_flag_right, t.moves_flagged),
        "moves_true": t.moves_true,
        "moves_flagged": t.moves_flagged,
        "kind_accuracy": _ratio(t.kind_ok, t.kind_n),
        "feature_recall": _ratio(t.feature_ok, t.feature_n),
        "false_change_rate": _ratio(t.false_changes, t.untouched),
        "false_change_kinds": dict(t.false_change_kinds),
        "timing_s": {
            "parse": t.parse_s,
            "mutate": t.mutate_s,
            "compare": t.compare_s,
            "compare_mean_ms": 1000 * _ratio_f(t.compare_s, t.mutations),
        },
        "per_edit": {
            name: {
                "n": s.n,
                "pair": _ratio(s.pair, s.n),
                "kind": _ratio(s.kind, s.n),
                "moved": _ratio(s.moved, s.n),
                "feature": _ratio(s.feature, s.feature_n) if s.feature_n else None,
                "errors": dict(s.errors.most_common()),
            }
            for name, s in sorted(t.per_edit.items(), key=lambda kv: EDITS.index(kv[0]))
        },
    }


def _ratio_f(a: float, b: int) -> float:
    return a / b if b else float("nan")


def report(fig: dict[str, Any]) -> str:
    """The figures as a plain-text table."""
    lines = [
        f"resdiff mutation benchmark: {fig['files']} resolutions, {fig['mutations']} "
        f"mutated drafts, {fig['edits']} edits, {fig['provisions']} provisions scored",
        "",
        f"{'measure':<24}{'value':>8}{'aim':>8}",
    ]
    rows = [
        ("alignment F1", fig["alignment_f1"], AIMS["alignment_f1"]),
        ("  precision", fig["alignment_precision"], None),
        ("  recall", fig["alignment_recall"], None),
        ("move recall", fig["move_recall"], AIMS["move_recall"]),
        ("move precision", fig["move_precision"], None),
        ("kind accuracy", fig["kind_accuracy"], AIMS["kind_accuracy"]),
        ("feature recall", fig["feature_recall"], None),
        ("false-change rate", fig["false_change_rate"], None),
    ]
    for name, value, aim in rows:
        mark = "" if aim is None else ("  ok" if value >= aim else "  MISSED")
        aim_s = "" if aim is None else f"{aim:.2f}"
        lines.append(f"{name:<24}{value:>8.3f}{aim_s:>8}{mark}")
    lines.append(
        f"moves: {fig['moves_true']} true, {fig['moves_flagged']} flagged; "
        f"false changes by kind: {fig['false_change_kinds'] or 'none'}"
    )
    lines += [
        "",
        f"{'edit':<18}{'n':>5}{'pair':>7}{'kind':>7}{'moved':>7}{'feature':>9}  top errors",
    ]
    for name, row in fig["per_edit"].items():
        feature = "" if row["feature"] is None else f"{row['feature']:.2f}"
        errors = ", ".join(f"{k} ×{v}" for k, v in list(row["errors"].items())[:3])
        lines.append(
            f"{name:<18}{row['n']:>5}{row['pair']:>7.2f}{row['kind']:>7.2f}"
            f"{row['moved']:>7.2f}{feature:>9}  {errors}"
        )
    timing = fig["timing_s"]
    lines += [
        "",
        f"time: parse {timing['parse']:.1f} s, mutate {timing['mutate']:.1f} s, compare "
        f"{timing['compare']:.1f} s ({timing['compare_mean_ms']:.1f} ms per comparison)",
    ]
    return "\n".join(lines)


def _failure_text(f: Failure) -> str:
    out = [f"[{f.edit}] {f.file} seed {f.seed}: {f.problem}"]
    t = f.truth
    out.append(
        f"  truth: {t['old']} -> {t['new']} {t['kind']} moved={t['moved']} feature={t['feature']}"
    )
    for found in f.found:
        out.append(
            f"  found: {found['old']} -> {found['new']} {found['kind']} "
            f"moved={found['moved']} {found['match']} {found['score']:.2f} "
            f"{found['shifts']}"
        )
    for text in f.old_text:
        out.append(f"  old: {text[:220]}")
    for text in f.new_text:
        out.append(f"  new: {text[:220]}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5, help="mutations per resolution")
    parser.add_argument("--edits", type=int, default=3, help="edits per mutation")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    parser.add_argument(
        "--failures", type=int, default=0, help="print up to N failing examples per edit type"
    )
    parser.add_argument("--json", metavar="PATH", help="dump figures as JSON ('-': stdout)")
    args = parser.parse_args(argv)

    files = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []
    if not files:
        print(f"AKN corpus not found at {CORPUS}: nothing to benchmark", file=sys.stderr)
        return 2
    if args.limit:
        files = files[: args.limit]

    totals = Totals(files=len(files))
    start = time.perf_counter()
    drafts = [resdiff.parse(path) for path in files]
    totals.parse_s = time.perf_counter() - start
    by_file: list[list[Clause]] = [list(d.paragraphs) for d in drafts]

    for n, (path, draft) in enumerate(zip(files, drafts, strict=True)):
        pool = [c for m, paras in enumerate(by_file) if m != n for c in paras]
        for seed in range(args.seeds):
            rng = random.Random(f"{path.stem}:{seed}")
            start = time.perf_counter()
            mutation = mutate(draft, rng=rng, edits=args.edits, pool=pool)
            totals.mutate_s += time.perf_counter() - start
            start = time.perf_counter()
            cmp = resdiff.compare(mutation.old, mutation.new)
            totals.compare_s += time.perf_counter() - start
            totals.mutations += 1
            totals.edits += len(mutation.edits)
            score(totals, mutation, cmp, file=path.name, seed=seed)

    fig = figures(totals)
    if args.json == "-":
        print(json.dumps({**fig, "failures": [asdict(f) for f in totals.failures]}, indent=2))
        return 0
    print(report(fig))
    if args.failures:
        shown: Counter[str] = Counter()
        print("\nfailures:")
        for failure in totals.failures:
            if shown[failure.edit] < args.failures:
                shown[failure.edit] += 1
                print(_failure_text(failure))
    if args.json:
        Path(args.json).write_text(
            json.dumps({**fig, "failures": [asdict(f) for f in totals.failures]}, indent=2)
        )
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
