"""The splits and merges the judges make and resdiff misses, and what a looser rule would
risk (RESULTS §2ej): every paragraph resdiff leaves added (dropped) within two paragraphs
of a reworded 1:1 pair it made, in the same part, all between them left alone too, with
what a drafter would look at, and whether the judges group it with that pair.

For each such *candidate*, on the side of the pair it stands (``split``: an added new
paragraph beside the pair's new side, the old paragraph the whole; ``merge``: the
reverse):

- ``share``: of the candidate's rarer words (in at most ``common_df`` paragraphs, as the
  aligner reads them), the share found in the whole;
- ``cover``: of the whole's rarer words its partner lost (the *remainder*), the share the
  candidate brings back (``lost``: how many they are);
- ``joined`` and ``alone``: the edit ratio to the whole of the partner joined with the
  candidate, and of the partner alone;
- ``lead_inside``: the candidate's first word stands inside the whole past its own first
  word (the cut at "..., and requests", "..., reiterating");
- ``label``: the judges' item holding the pair holds the candidate too (``exact``: that
  item is the pair and the candidate and nothing else).

Only paragraphs are read, not sub-paragraphs: the round also runs among the
sub-paragraphs of a pair (the aligner aligns each pair's children), where the judges list
no items of their own, so a group made there (unmiss-2022 OP8(a)(vi) → OP3(a)(v)+(vi) on
the odd half) is in neither the candidates nor the counts.

Then the candidates a rule takes, right and wrong, for the rule of
``resdiff.align.remainder`` (``AlignOptions.remainder_parts``) and a few others, and
resdiff's current splits and merges against the judges (the counter-class).

    python benchmarks/split_remainders.py --half even [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.align import AlignOptions
from resdiff.align.remainder import LEAST_REMAINDER, REACH
from resdiff.align.score import common_df
from resdiff.align.text import Vocabulary, normalise
from resdiff.model import Comparison, Draft


def candidates(
    pair: dict[str, Any], old: Draft, new: Draft, cmp: Comparison
) -> list[dict[str, Any]]:
    """The candidate rows of one judged comparison (``pair["judged"]`` as
    ``judged.load_pairs`` gives it), its texts read as ``old`` and ``new``."""
    ol = [c for c in (*old.preamble, *old.operative) if c.ref]
    nl = [c for c in (*new.preamble, *new.operative) if c.ref]
    on = [normalise(c.full_text()) for c in ol]
    nn = [normalise(c.full_text()) for c in nl]
    vocabulary = Vocabulary(on, nn)
    df, common = vocabulary.df, common_df(len(on) + len(nn))
    oi = {c.ref: k for k, c in enumerate(ol)}
    ni = {c.ref: k for k, c in enumerate(nl)}
    groups = [(set(i["old"]), set(i["new"])) for i in pair["judged"]["changes"]]
    of_old = {r: c for c in cmp.changes for r in c.old}
    of_new = {r: c for c in cmp.changes for r in c.new}
    rows: list[dict[str, Any]] = []
    for change in cmp.changes:
        if len(change.old) != 1 or len(change.new) != 1:
            continue
        a, b = oi.get(change.old[0]), ni.get(change.new[0])
        if a is None or b is None or on[a] == nn[b]:
            continue
        for side in ("split", "merge"):
            is_split = side == "split"
            refs, norms = (nl, nn) if is_split else (ol, on)
            words = vocabulary.new_words if is_split else vocabulary.old_words
            of = of_new if is_split else of_old
            anchor = b if is_split else a
            whole = vocabulary.old_words[a] if is_split else vocabulary.new_words[b]
            whole_norm = on[a] if is_split else nn[b]
            lost = {w for w in whole - words[anchor] if df[w] <= common}
            for step in (-1, 1):
                k = anchor + step
                while 0 <= k < len(refs) and abs(k - anchor) <= REACH:
                    ref = refs[k].ref or ""
                    held = of.get(ref)
                    if held is None or (held.new if not is_split else held.old):
                        break
                    if refs[k].section != refs[anchor].section:
                        break
                    rare = {w for w in words[k] if df[w] <= common}
                    joined = " ".join(norms[m] for m in sorted((anchor, k)))
                    lead = norms[k].split()[0] if norms[k] else ""
                    inside = (" " + whole_norm + " ")[len(whole_norm.split()[0]) + 1 :]
                    member = [
                        g
                        for g in groups
                        if change.old[0] in g[0]
                        and change.new[0] in g[1]
                        and ref in (g[1] if is_split else g[0])
                    ]
                    exact = bool(member) and (
                        member[0][1 if is_split else 0]
                        == {ref, change.new[0] if is_split else change.old[0]}
                        and len(member[0][0 if is_split else 1]) == 1
                    )
                    rows.append(
                        {
                            "pair": pair["id"],
                            "era": judged.era_of(pair),
                            "side": side,
                            "old": change.old[0],
                            "new": change.new[0],
                            "candidate": ref,
                            "distance": abs(k - anchor),
                            "share": round(len(rare & whole) / max(1, len(rare)), 3),
                            "cover": round(len(lost & words[k]) / max(1, len(lost)), 3),
                            "lost": len(lost),
                            "joined": round(fuzz.ratio(joined, whole_norm) / 100, 3),
                            "alone": round(fuzz.ratio(norms[anchor], whole_norm) / 100, 3),
                            "lead_inside": bool(lead) and f" {lead} " in inside,
                            "label": bool(member),
                            "exact": exact,
                        }
                    )
                    k += step
    return rows


def _remainder_rule(opts: AlignOptions) -> Callable[[dict[str, Any]], bool]:
    """The rule of ``resdiff.align.remainder`` as the rows state it."""

    def rule(r: dict[str, Any]) -> bool:
        return (
            r["lost"] >= LEAST_REMAINDER
            and r["share"] >= opts.remainder_share
            and r["cover"] >= opts.remainder_cover
            and r["joined"] >= r["alone"] - opts.split_margin
        )

    return rule


def rules() -> dict[str, Callable[[dict[str, Any]], bool]]:
    """The rules measured on the candidates, by name."""
    remainder = _remainder_rule(AlignOptions())
    return {
        "remainder (share 0.4, cover 0.6, joined ≥ alone − 0.05)": remainder,
        "remainder, and the candidate's lead inside the whole": lambda r: (
            remainder(r) and r["lead_inside"]
        ),
        "share 0.7 (rarer words contained), joined ≥ alone − 0.05": lambda r: (
            r["lost"] >= LEAST_REMAINDER and r["share"] >= 0.7 and r["joined"] >= r["alone"] - 0.05
        ),
        "cover 0.6 alone": lambda r: r["lost"] >= LEAST_REMAINDER and r["cover"] >= 0.6,
        "lead inside and share 0.4": lambda r: r["lead_inside"] and r["share"] >= 0.4,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--list", action="store_true", help="print the candidates taken")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir():
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    odd = args.half == "odd"
    rows: list[dict[str, Any]] = []
    current: Counter[str] = Counter()
    for pair in judged.open_pairs():
        if judged.SETS.index(pair["set"]) % 2 != odd:
            continue
        old = resdiff.parse(judged.CORPUS / pair["old"])
        new = resdiff.parse(judged.CORPUS / pair["new"])
        cmp = resdiff.compare(old, new)
        rows.extend(candidates(pair, old, new, cmp))
        items = {(tuple(i["old"]), tuple(i["new"])) for i in pair["judged"]["changes"]}
        rejected = {(tuple(i["old"]), tuple(i["new"])) for i in pair["judged"].get("rejected", ())}
        for c in cmp.changes:
            if len(c.old) > 1 or len(c.new) > 1:
                key = (tuple(c.old), tuple(c.new))
                current[
                    "the judges' item"
                    if key in items
                    else "rejected"
                    if key in rejected
                    else "other"
                ] += 1
    labelled = sum(r["label"] for r in rows)
    exactly = sum(r["exact"] for r in rows)
    print(f"{len(rows)} candidates, {labelled} grouped by the judges ({exactly} exactly)")
    print(f"resdiff's current splits and merges: {dict(current)}")
    for name, rule in rules().items():
        taken = [r for r in rows if rule(r)]
        right = sum(r["label"] for r in taken)
        exact = sum(r["exact"] for r in taken)
        print(
            f"  {name}: {len(taken)} taken, {right} in a judges' group ({exact} exactly), "
            f"{len(taken) - right} not"
        )
        if args.list:
            for r in taken:
                print(
                    f"    {'+' if r['label'] else '-'} {r['pair']} {r['side']} "
                    f"{r['old']}>{r['new']} "
                    f"+{r['candidate']} share {r['share']} cover {r['cover']}/{r['lost']} "
                    f"joined {r['joined']} alone {r['alone']} lead {r['lead_inside']}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
