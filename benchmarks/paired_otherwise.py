"""The judged provisions resdiff pairs otherwise, grouped and sorted by cause (issue 9).

For every judged comparison of the chosen half, the items whose pairing resdiff does not
reproduce, joined with resdiff's changes on the same provisions into *incidents* (the
judges' items and resdiff's changes that share a provision, taken together), each sorted
by cause:

- ``reader``: a provision the judges name that resdiff's reading of the text does not
  hold (the reader, or the judges' sheet, split or joined paragraphs otherwise);
- ``judges' split``: a second judge (``judged/second/``) pairs these provisions as
  resdiff does (not a fair target);
- ``split/merge missed``: the judges pair one provision with several, resdiff does not;
- ``false split/merge``: resdiff pairs one with several, the judges do not;
- ``rewrite moved, left dropped + added``: a pair of the judges, left dropped and
  added, that crosses a pair resdiff kept (or the preamble and the operative part);
- ``rewrite in place, left dropped + added``: a pair of the judges left dropped and
  added where it stood;
- ``wrong partner``: resdiff pairs a provision of the judges' pair with another;
- ``false pair``: resdiff pairs two provisions the judges read as dropped and added.

Each incident costs the verdicts of its judged items (all are wrong while paired
otherwise), reported by the judged kind: an item judged reworded costs less to the
issue's figures than one judged softened or strengthened.

    python benchmarks/paired_otherwise.py --half even [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.model import Draft

SECOND = judged.JUDGED / "second"

Node = tuple[str, str]


def _second_pairs(pair_id: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]] | None:
    """The pairings (old refs, new refs) of the second judge of ``pair_id``, if any."""
    path = SECOND / f"{pair_id}.json"
    if not path.exists():
        return None
    data = judged._scored(json.loads(path.read_text(encoding="utf-8")))
    return {(tuple(c["old"]), tuple(c["new"])) for c in data.get("changes", [])}


def _crosses(i: int, j: int, kept: list[tuple[int, int]]) -> bool:
    """Whether old index ``i`` with new index ``j`` crosses a kept 1:1 pair."""
    return any((a < i and b > j) or (a > i and b < j) for a, b in kept)


def incidents(pair: dict[str, Any]) -> list[dict[str, Any]]:
    """The incidents of one judged pair of ``pairs.toml``: its texts read from the
    corpus, its second judge's pairings from ``judged/second/`` when there are any."""
    return incidents_of(
        pair["id"],
        judged.era_of(pair),
        pair["judged"]["changes"],
        resdiff.parse(judged.CORPUS / pair["old"]),
        resdiff.parse(judged.CORPUS / pair["new"]),
        _second_pairs(pair["id"]),
    )


def incidents_of(
    pair_id: str,
    era: str,
    judged_changes: list[dict[str, Any]],
    old_draft: Draft,
    new_draft: Draft,
    second: set[tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
) -> list[dict[str, Any]]:
    """The incidents of one comparison: the judged items (``judged_changes``, as in a
    judgement file) resdiff pairs otherwise, with its changes on the same provisions,
    each with a cause; ``second``: a second judge's pairings, if any."""
    cmp = resdiff.compare(old_draft, new_draft)
    old_refs = [c.ref for c in old_draft.preamble] + [c.ref for c in old_draft.operative]
    new_refs = [c.ref for c in new_draft.preamble] + [c.ref for c in new_draft.operative]
    old_text = {c.ref: c.full_text() for c in (*old_draft.preamble, *old_draft.operative)}
    new_text = {c.ref: c.full_text() for c in (*new_draft.preamble, *new_draft.operative)}
    found = {(c.old, c.new) for c in cmp.changes}
    items = [i for i in judged_changes if (tuple(i["old"]), tuple(i["new"])) not in found]
    if not items:
        return []
    parent: dict[Node, Node] = {}

    def root(x: Node) -> Node:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def join(nodes: list[Node]) -> None:
        for a in nodes[1:]:
            parent[root(a)] = root(nodes[0])

    def nodes_of(old: Any, new: Any) -> list[Node]:
        return [("o", r) for r in old] + [("n", r) for r in new]

    for item in items:
        join(nodes_of(item["old"], item["new"]))
    touched = {n for item in items for n in nodes_of(item["old"], item["new"])}
    changes = [
        c
        for c in cmp.changes
        if c.old + c.new and any(n in touched for n in nodes_of(c.old, c.new))
    ]
    for change in changes:
        join(nodes_of(change.old, change.new))
    groups: dict[Node, dict[str, list[Any]]] = defaultdict(lambda: {"j": [], "r": []})
    for item in items:
        groups[root(nodes_of(item["old"], item["new"])[0])]["j"].append(item)
    for change in changes:
        groups[root(nodes_of(change.old, change.new)[0])]["r"].append(change)
    kept = [
        (old_refs.index(c.old[0]), new_refs.index(c.new[0]))
        for c in cmp.changes
        if len(c.old) == 1 and len(c.new) == 1 and c.old[0] in old_refs and c.new[0] in new_refs
    ]
    out = []
    for group in groups.values():
        js, rs = group["j"], group["r"]
        refs_missing = [r for i in js for r in i["old"] if r not in old_refs] + [
            r for i in js for r in i["new"] if r not in new_refs
        ]
        r_pairs = [c for c in rs if c.old and c.new]
        j_pairs = [i for i in js if i["old"] and i["new"]]
        if refs_missing:
            cause = "reader"
        elif second is not None and all((c.old, c.new) in second for c in rs) and rs:
            cause = "judges' split"
        elif any(len(i["old"]) + len(i["new"]) > 2 for i in js):
            cause = "split/merge missed"
        elif any(len(c.old) + len(c.new) > 2 for c in rs):
            cause = "false split/merge"
        elif j_pairs and not r_pairs:
            moved = any(
                _part(i["old"][0]) != _part(i["new"][0])
                or _crosses(old_refs.index(i["old"][0]), new_refs.index(i["new"][0]), kept)
                for i in j_pairs
            )
            where = "moved" if moved else "in place"
            cause = f"rewrite {where}, left dropped + added"
        elif j_pairs:
            cause = "wrong partner"
        else:
            cause = "false pair"
        # Whether a second judge of this pair pairs these provisions otherwise than the
        # first: such an item is no fair target whatever resdiff does.
        differ = second is not None and any(
            (tuple(i["old"]), tuple(i["new"])) not in second for i in js
        )
        out.append(
            {
                "pair": pair_id,
                "second_differs": differ,
                "era": era,
                "cause": cause,
                "judged": [(i["old"], i["new"], i["kind"]) for i in js],
                "resdiff": [(list(c.old), list(c.new), c.kind, c.match, c.score) for c in rs],
                "texts": {
                    **{f"old {r}": old_text.get(r, "?")[:160] for i in js for r in i["old"]},
                    **{f"new {r}": new_text.get(r, "?")[:160] for i in js for r in i["new"]},
                    **{f"old {r}": old_text.get(r, "?")[:160] for c in rs for r in c.old},
                    **{f"new {r}": new_text.get(r, "?")[:160] for c in rs for r in c.new},
                },
                "reasons": [i.get("reason", "")[:200] for i in js],
            }
        )
    return out


#: The judged kinds an item may have.
_KINDS = ("added", "dropped", "unchanged", "reworded", "softened", "strengthened", "mixed")


def _part(ref: str) -> str:
    """PP or OP: the part a ref names."""
    return ref[:2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--era", choices=("scanned", "modern", "across"))
    parser.add_argument("--list", action="store_true", help="print every incident")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sets = [n for n in judged.SETS if judged.SETS.index(n) % 2 == (args.half == "odd")]
    found: list[dict[str, Any]] = []
    for pair in judged.load_pairs():
        if pair["set"] in sets and (args.era is None or judged.era_of(pair) == args.era):
            found.extend(incidents(pair))
    by_cause: dict[str, Counter[str]] = defaultdict(Counter)
    count: Counter[str] = Counter()
    for inc in found:
        count[inc["cause"]] += 1
        row = by_cause[inc["cause"]]
        for _, _, kind in inc["judged"]:
            row[kind] += 1
            row[inc["era"]] += 1
            row["second differs"] += inc["second_differs"]
        # resdiff's own softened and strengthened verdicts on pairs the judges do not
        # make: what the cause costs the strict precision.
        row["false s/s"] += sum(
            kind in ("softened", "strengthened") for _, _, kind, _, _ in inc["resdiff"]
        )
    columns = (
        "scanned",
        "modern",
        "added",
        "dropped",
        "reworded",
        "softened",
        "strengthened",
        "mixed",
        "second differs",
        "false s/s",
    )
    print(f"{'cause':<40} {'incid.':>6} {'items':>6} " + " ".join(f"{k[:8]:>8}" for k in columns))
    for cause, n in count.most_common():
        row = by_cause[cause]
        items = sum(row[k] for k in _KINDS)
        print(f"{cause:<40} {n:>6} {items:>6} " + " ".join(f"{row[k]:>8}" for k in columns))
    if args.list:
        for inc in sorted(found, key=lambda x: (x["cause"], x["pair"])):
            note = ", second judge pairs otherwise" if inc["second_differs"] else ""
            print(f"\n[{inc['cause']}] {inc['pair']} ({inc['era']}{note})")
            for old, new, kind in inc["judged"]:
                print(f"  judges : {old} -> {new} {kind}")
            for old, new, kind, match, score in inc["resdiff"]:
                print(f"  resdiff: {old} -> {new} {kind} ({match} {score})")
            for ref, text in inc["texts"].items():
                print(f"    {ref}: {text}")
    if args.json:
        args.json.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
