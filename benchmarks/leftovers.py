"""The paragraphs the aligner leaves unpaired on both sides, as candidate pairs with the
evidence that might pair them, labelled by the judges' pairing (issue 9).

For every judged comparison, every (dropped, added) pair among the top-level leftovers
that the scorer's inverted index of rarer words proposes (never all pairs), with the
evidence :func:`resdiff.align.combined.candidate_features` gives (the word score, the
words shared only by the two, rarer words, names and numbers shared, the same lead and
addressee, the part, the place between the kept neighbours, the length ratio, each
side's margin over its best rival), labelled by the judges' pairing. Prints how many
candidates each single signal and the combined rule pass and how many of those the
judges paired, on the chosen half of the sets; ``--tsv`` writes every candidate (with
``exact``: the judges paired these two alone, and ``at_stake``: how many of the two the
judges read as dropped or added alone, the verdicts a false pair would turn wrong). The
combined round runs here whatever its default (``AlignOptions.combined_evidence``).

    python benchmarks/leftovers.py --half even [--tsv /tmp/leftovers.tsv]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
import resdiff.align as align_module
from resdiff.align.combined import candidate_features
from resdiff.align.links import AlignOptions, Link
from resdiff.align.score import Scorer
from resdiff.model import Clause

_REF = re.compile(r"^(PP|OP)\d+$")


def _record(store: list[dict[str, Any]]) -> Any:
    """A stand-in for the aligner's combined round that records its input (the links
    made so far) and then runs it."""
    original = align_module.combined_partners

    def wrapper(
        links: list[Link],
        old: Sequence[Clause],
        new: Sequence[Clause],
        scorer: Scorer,
        opts: AlignOptions,
    ) -> list[Link]:
        out = original(links, old, new, scorer, opts)
        if old and old[0].ref and _REF.match(old[0].ref):
            store.append(
                {
                    "rows": candidate_features(links, old, new, scorer),
                    "old": [c.ref for c in old],
                    "new": [c.ref for c in new],
                    "made": {(link.old, link.new) for link in out if link not in links},
                }
            )
        return out

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args(argv)
    store: list[dict[str, Any]] = []
    align_module.combined_partners = _record(store)
    pairs = judged.load_pairs()
    sets = [n for n in judged.SETS if judged.SETS.index(n) % 2 == (args.half == "odd")]
    rows: list[dict[str, Any]] = []
    for pair in pairs:
        if pair["set"] not in sets:
            continue
        store.clear()
        resdiff.compare(
            judged.CORPUS / pair["old"],
            judged.CORPUS / pair["new"],
            options=AlignOptions(combined_evidence=True),
        )
        if not store:
            continue
        top = store[0]
        truth: dict[tuple[str, str], str] = {}
        # The provisions the judges read as dropped or added alone: a false pair of one
        # turns a verdict now right into a wrong one.
        alone = {
            ("old", r) for item in pair["judged"]["changes"] if not item["new"] for r in item["old"]
        } | {
            ("new", r) for item in pair["judged"]["changes"] if not item["old"] for r in item["new"]
        }
        exact = {
            (item["old"][0], item["new"][0])
            for item in pair["judged"]["changes"]
            if len(item["old"]) == 1 and len(item["new"]) == 1
        }
        for item in pair["judged"]["changes"]:
            for o in item["old"]:
                for n in item["new"]:
                    truth[(o, n)] = item["kind"]
        for row in top["rows"]:
            o, n = top["old"][row["i"]], top["new"][row["j"]]
            kind = truth.get((o, n))
            made = ((row["i"],), (row["j"],)) in top["made"]
            rows.append(
                {
                    **row,
                    "pair": pair["id"],
                    "era": judged.era_of(pair),
                    "old_ref": o,
                    "new_ref": n,
                    "label": kind is not None,
                    "exact": (o, n) in exact,
                    "at_stake": (("old", o) in alone) + (("new", n) in alone),
                    "kind": kind or "",
                    "made": made,
                }
            )
    positives = sum(r["label"] for r in rows)
    print(f"{len(rows)} candidate pairs among leftovers, {positives} the judges' pairs")
    for era in ("scanned", "modern", "across"):
        part = [r for r in rows if r["era"] == era]
        print(f"  {era}: {len(part)} candidates, {sum(r['label'] for r in part)} judged pairs")
    made = [r for r in rows if r["made"]]
    print(
        f"paired by the combined round: {len(made)}, of them the judges' "
        f"{sum(r['label'] for r in made)} (changed kinds: "
        f"{sum(r['label'] and r['kind'] not in ('unchanged', 'reworded') for r in made)})"
    )
    for name, test in _SINGLE.items():
        hit = [r for r in rows if test(r)]
        good = sum(r["label"] for r in hit)
        print(f"  {name:<34} {len(hit):>5} pass, {good:>4} judged ({good / max(len(hit), 1):.2f})")
    if args.tsv:
        keys = list(rows[0]) if rows else []
        lines = ["\t".join(keys)] + ["\t".join(str(r[k]) for k in keys) for r in rows]
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


#: Single signals, each alone (RESULTS §2av measured these before; kept to compare).
_SINGLE = {
    "mutual best": lambda r: r["mutual"],
    "score >= 0.35": lambda r: r["score"] >= 0.35,
    "own words >= 2": lambda r: r["own"] >= 2,
    "same gap": lambda r: r["same_gap"],
    "same lead and addressee": lambda r: r["same_lead"] and r["same_addressee"],
    "the combined rule (what the round pairs)": lambda r: r["made"],
}


if __name__ == "__main__":
    raise SystemExit(main())
