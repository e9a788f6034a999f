"""The words the judges read and resdiff does not, mined across files: for the phrases put
in or taken out of the provisions the judges call softened or strengthened and resdiff
misses, how many different files (series of pairs) each is seen in and which way it leans,
against the provisions the judges call reworded (issue 9, softened and strengthened
recall).

It reads only the judged sets of :data:`judged.SETS` (through :func:`judged.open_pairs`),
and from them only the chosen half. For every judged comparison:

- the **missed** rows: every provision the judges call softened or strengthened whose
  two sides resdiff pairs as the judges do (the same old and new refs) and reads
  otherwise: ``reworded``, ``mixed``, ``unchanged`` or the other direction;
- the **base** rows: every provision the judges call reworded, paired as resdiff pairs
  it (any reading);
- the **hit** rows (counted beside, not mined): the directed provisions resdiff reads as
  the judges do, so that a phrase resdiff already weighs shows as such;
- the **paired otherwise** rows (mined only with ``--otherwise``): the directed
  provisions resdiff does not pair as the judges do, their texts taken from the drafts
  by the judges' refs (each side's joined).

The halves are the sets at even or odd places of ``judged.SETS`` without the fresh sets
holdout51–64, which ``--half fresh`` reads apart (to check, never to mine).

For each row it takes the word diff (:func:`resdiff.redline.redline`) of the two texts
and, from every inserted run and every deleted run, each phrase of 1–4 words (folded
case; a phrase of only function words is skipped, as is one of figures alone). A phrase
is counted once per row and side (``+`` inserted, ``-`` deleted); its *files* are the
different series the rows come from (:func:`series_of`: the pairs that share a text, or
the same regime's name before its first bracket or colon, are one series), so a phrase a
regime repeats renewal after renewal counts once.

A **candidate** is a phrase seen in at least ``--min-files`` files (3) of the missed rows
and leaning one way: its rate among the softened rows (rows holding it / rows of the
class), against the sum of its rates among the softened, strengthened and reworded rows,
at least ``--lean`` (0.75) — or the same for strengthened. The table gives, for each
candidate, the side, the files, the raw counts of softened / strengthened / reworded /
hit rows, the lean (``--short``: only the phrases of runs of at most six words, where
the words themselves are the change), the lexicon tables that already hold the phrase
(a literal search of ``resdiff/lexicon/*.toml``: a first hint, not a verdict) and
examples with the judges' named shifts. Each candidate still needs a drafter's review: a hedge, a
condition, a degree word, an addressee narrowed, a modal or a life-cycle word is
vocabulary; a topic word that only co-occurs is not.

    python benchmarks/lexicon_mining.py --half even [--json /tmp/mined.json]
    python benchmarks/lexicon_mining.py --load /tmp/mined.json --half even --examples 3
    python benchmarks/lexicon_mining.py --load /tmp/mined.json --half even --short --otherwise

A phrase found on both sides of one row only moved or changed case ("[-Urges-]{+Strongly
urges+}") and counts for neither.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.model import Draft
from resdiff.redline import DELETE, INSERT, redline

#: The judged kinds mined, with the kind resdiff would read for each.
DIRECTED = ("softened", "strengthened")
#: The longest phrase counted, in words.
LONGEST = 4
#: Words too common to stand as a phrase alone (a phrase of only these is skipped).
FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "by", "with", "at"),
        *("as", "from", "its", "their", "his", "her", "it", "they", "this", "that", "these"),
        *("those", "which", "who", "whom", "be", "is", "are", "was", "were", "been", "has"),
        *("have", "had", "all", "any", "such", "into", "upon", "under", "within", "between"),
        *("including", "also", "other", "further"),
    }
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_DIGITS = re.compile(r"^[\d\W]+$")
LEXICON = Path(__file__).resolve().parent.parent / "resdiff" / "lexicon"


def series_of(pairs: list[dict[str, Any]]) -> dict[str, str]:
    """Each pair's series: pairs sharing a text, or a regime's name up to its first bracket
    or colon, joined (union-find), named by the first pair of the series."""
    parent = {p["id"]: p["id"] for p in pairs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for p in pairs:
        regime = re.split(r"[(:,]| -> ", p.get("regime", ""))[0].strip().lower()
        keys = [f"text:{p['old']}", f"text:{p['new']}"] + ([f"regime:{regime}"] if regime else [])
        for key in keys:
            if key in first:
                a, b = find(first[key]), find(p["id"])
                if a != b:
                    parent[b] = a
            else:
                first[key] = p["id"]
    return {p["id"]: find(p["id"]) for p in pairs}


def phrases(text: str) -> set[str]:
    """The phrases of 1–:data:`LONGEST` words of one run of inserted or deleted text, in
    folded case, without those of function words only or figures only."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    out = set()
    for n in range(1, LONGEST + 1):
        for k in range(len(words) - n + 1):
            gram = words[k : k + n]
            if all(w in FUNCTION_WORDS for w in gram) or all(_DIGITS.match(w) for w in gram):
                continue
            out.add(" ".join(gram))
    return out


#: The longest run of inserted or deleted words read as a *short* edit: there the words
#: themselves are the change, where in a long run they may only ride along with a new
#: clause (``--short``).
SHORT_RUN = 6


def edits(old: str, new: str) -> dict[str, set[str]]:
    """The phrases inserted (``+``) and deleted (``-``) between two texts, each side's
    runs read apart (a phrase never spans two runs), a phrase found on both sides left
    out; ``+short`` and ``-short`` hold those of runs of at most :data:`SHORT_RUN`
    words."""
    out: dict[str, set[str]] = {"+": set(), "-": set(), "+short": set(), "-short": set()}
    for op, text in redline(old, new):
        if op not in (INSERT, DELETE):
            continue
        side = "+" if op == INSERT else "-"
        found = phrases(text)
        out[side] |= found
        if len(_WORD.findall(text)) <= SHORT_RUN:
            out[side + "short"] |= found
    # A phrase on both sides only moved or changed case ("[-Urges-]{+Strongly urges+}"):
    # it is neither put in nor taken out.
    moved = out["+"] & out["-"]
    return {side: found - moved for side, found in out.items()}


def _texts(draft: Draft) -> dict[str, str]:
    """Every clause's whole text by its ref, sub-paragraphs too."""
    out: dict[str, str] = {}
    stack = [*draft.preamble, *draft.operative]
    while stack:
        clause = stack.pop()
        if clause.ref:
            out[clause.ref] = clause.full_text()
        stack.extend(clause.children)
    return out


def _row(
    pair: dict[str, Any], series: str, item: dict[str, Any], role: str, found: str
) -> dict[str, Any]:
    return {
        "set": pair["set"],
        "pair": pair["id"],
        "series": series,
        "item": item.get("item"),
        "judged": item["kind"],
        "found": found,
        "role": role,
        "judge_shifts": [
            f"{s.get('feature')} {s.get('direction')}: {s.get('what')}"
            for s in item.get("shifts", ())
            if s.get("direction") != "neutral"
        ],
    }


def rows_of(pair: dict[str, Any], series: str) -> list[dict[str, Any]]:
    """The missed, base and hit rows of one judged pair (module docstring), and the
    directed provisions resdiff pairs otherwise (role ``"softened (paired otherwise)"``
    and the like: the judges' old and new provisions' texts, each side's joined)."""
    old = resdiff.parse(judged.CORPUS / pair["old"])
    new = resdiff.parse(judged.CORPUS / pair["new"])
    cmp = resdiff.compare(old, new)
    by_key = {(c.old, c.new): c for c in cmp.changes}
    old_texts, new_texts = _texts(old), _texts(new)
    rows = []
    for item in pair["judged"]["changes"]:
        truth = item["kind"]
        if truth not in (*DIRECTED, "reworded") or not item["old"] or not item["new"]:
            continue
        change = by_key.get((tuple(item["old"]), tuple(item["new"])))
        if change is None:
            refs = [*item["old"], *item["new"]]
            if truth == "reworded" or not all(r in old_texts or r in new_texts for r in refs):
                continue
            row = _row(pair, series, item, f"{truth} (paired otherwise)", "(paired otherwise)")
            old_text = " ".join(old_texts.get(r, "") for r in item["old"])
            new_text = " ".join(new_texts.get(r, "") for r in item["new"])
            shifts: list[str] = []
        else:
            if truth == "reworded":
                role = "reworded"
            elif change.kind == truth:
                role = "hit"
            elif change.kind in ("reworded", "mixed", "unchanged", *DIRECTED):
                role = truth
            else:
                continue
            row = _row(pair, series, item, role, change.kind)
            old_text, new_text = change.old_text, change.new_text
            shifts = [
                f"{s.direction} {s.weight:g} {s.describe()}"
                for c in change.walk()
                for s in c.shifts
            ]
        diff = edits(old_text, new_text)
        row |= {"old_text": old_text, "new_text": new_text, "resdiff_shifts": shifts}
        row |= {side: sorted(phrases_of) for side, phrases_of in diff.items()}
        rows.append(row)
    return rows


#: The fresh sets, judged blind in the last sessions: never mined, only checked.
FRESH = tuple(f"holdout{n}" for n in range(51, 65))


def half_sets(half: str) -> tuple[str, ...]:
    """The sets at even or odd places of :data:`judged.SETS` but the fresh ones, or the
    fresh sets holdout51–64 (``fresh``), which are checked apart and never mined."""
    if half == "fresh":
        return FRESH
    odd = half == "odd"
    return tuple(n for n in judged.SETS if judged.SETS.index(n) % 2 == odd and n not in FRESH)


def collect(sets: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every row of the judged pairs of ``sets``."""
    pairs = judged.open_pairs()
    series = series_of(pairs)
    rows: list[dict[str, Any]] = []
    for pair in pairs:
        if pair["set"] in sets:
            rows.extend(rows_of(pair, series[pair["id"]]))
    return rows


def _lexicon_holders() -> dict[str, str]:
    return {
        p.stem: p.read_text(encoding="utf-8").casefold() for p in sorted(LEXICON.glob("*.toml"))
    }


def candidates(
    rows: list[dict[str, Any]],
    min_files: int,
    lean: float,
    *,
    short: bool = False,
    otherwise: bool = False,
) -> list[dict[str, Any]]:
    """The phrases of the missed rows seen in ``min_files`` files or more and leaning one
    way by at least ``lean`` (module docstring), strongest lean and most files first;
    with ``short``, only the phrases of short runs (:data:`SHORT_RUN`) count, in every
    class alike; with ``otherwise``, the directed provisions resdiff pairs otherwise
    count with those it pairs alike and misses."""
    if otherwise:
        rows = [{**r, "role": r["role"].removesuffix(" (paired otherwise)")} for r in rows]
    size = Counter(r["role"] for r in rows)
    seen: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"rows": Counter(), "files": defaultdict(set), "examples": defaultdict(list)}
    )
    for r in rows:
        for side in ("+", "-"):
            for phrase in r[side + "short" if short else side]:
                entry = seen[(phrase, side)]
                entry["rows"][r["role"]] += 1
                entry["files"][r["role"]].add(r["series"])
                entry["examples"][r["role"]].append(r)
    holders = _lexicon_holders()
    out = []
    for (phrase, side), entry in seen.items():
        for toward, away in (("softened", "strengthened"), ("strengthened", "softened")):
            files = entry["files"][toward]
            if len(files) < min_files:
                continue
            rate = {
                k: entry["rows"][k] / size[k] if size[k] else 0.0
                for k in (toward, away, "reworded")
            }
            total = sum(rate.values())
            share = rate[toward] / total if total else 0.0
            if share < lean:
                continue
            out.append(
                {
                    "phrase": phrase,
                    "side": side,
                    "toward": toward,
                    "files": len(files),
                    "softened": entry["rows"]["softened"],
                    "strengthened": entry["rows"]["strengthened"],
                    "reworded": entry["rows"]["reworded"],
                    "reworded_files": len(entry["files"]["reworded"]),
                    "hit": entry["rows"]["hit"],
                    "lean": share,
                    "in_lexicon": [k for k, t in holders.items() if _held(phrase, t)],
                    "examples": entry["examples"][toward],
                }
            )
    out.sort(key=lambda c: (c["toward"], -c["files"], -c["lean"], c["phrase"]))
    return out


def _held(phrase: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def print_table(cands: list[dict[str, Any]], size: Counter[str], examples: int) -> None:
    """The candidates, one line each, with up to ``examples`` examples under each."""
    print(
        f"rows: softened {size['softened']}, strengthened {size['strengthened']} (missed), "
        f"reworded {size['reworded']} (base), hit {size['hit']}; paired otherwise: softened "
        f"{size['softened (paired otherwise)']}, strengthened "
        f"{size['strengthened (paired otherwise)']} (counted with --otherwise)"
    )
    for toward in DIRECTED:
        part = [c for c in cands if c["toward"] == toward]
        print(f"\ncandidates leaning {toward}: {len(part)}")
        print(f"  {'phrase':34} side files  soft strong rew(files) hit  lean  lexicon")
        for c in part:
            print(
                f"  {c['phrase'][:34]:34} {c['side']:>4} {c['files']:5} {c['softened']:5} "
                f"{c['strengthened']:6} {c['reworded']:4}({c['reworded_files']:2}) {c['hit']:4} "
                f"{c['lean']:.2f}  {','.join(c['in_lexicon']) or '-'}"
            )
            done: set[str] = set()
            for r in c["examples"]:
                if len(done) >= examples or r["series"] in done:
                    continue
                done.add(r["series"])
                print(f"      {r['pair']} #{r['item']} resdiff {r['found']}")
                print(f"        old: {r['old_text'][:300]}".replace("\n", " "))
                print(f"        new: {r['new_text'][:300]}".replace("\n", " "))
                for s in r["judge_shifts"][:3]:
                    print(f"        judge: {s}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd", "fresh"), default="even")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--load", type=Path, help="read the rows --json wrote")
    parser.add_argument("--min-files", type=int, default=3)
    parser.add_argument("--lean", type=float, default=0.75)
    parser.add_argument("--examples", type=int, default=0, help="examples printed per phrase")
    parser.add_argument(
        "--short", action="store_true", help=f"only runs of at most {SHORT_RUN} words"
    )
    parser.add_argument(
        "--otherwise",
        action="store_true",
        help="count the directed provisions resdiff pairs otherwise with those it misses",
    )
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir() and not args.load:
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    sets = half_sets(args.half)
    rows = json.loads(args.load.read_text(encoding="utf-8")) if args.load else collect(sets)
    rows = [r for r in rows if r["set"] in sets]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    cands = candidates(rows, args.min_files, args.lean, short=args.short, otherwise=args.otherwise)
    print_table(cands, Counter(r["role"] for r in rows), args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
