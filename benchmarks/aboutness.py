"""What a provision is about, for the judged pairs resdiff pairs otherwise (issue 9, §2bu).

For every judged comparison of the chosen half, two populations:

- ``A``: every (dropped, added) pair of top-level provisions resdiff leaves unpaired:
  a rule that pairs on what a provision is about would add some of these;
- ``B``: resdiff's 1:1 pairs below the similar bar (0.45): a rule would refuse some.

Each candidate is read for what the two provisions are about: the terms of what follows
the lead and its addressee (lemmatised by a light suffix rule, with a small list of
equivalences: "cease-fire" ~ "cessation of hostilities" ~ "truce", "withdrawal" ~
"withdraw", "release" ~ "free", "abduction" ~ "hostage"), weighted by how rare each is
across the whole corpus (``../shared/corpus/``, one count per resolution), the first terms
of the lead's own object (its head), the documents both cite and the names both hold.
Prints, by signal, how many of the judges' pairs and how many false pairs each admits in
``A`` (with the verdicts the false ones put at stake), and what each refuses in ``B``
(the judges' pairs lost, with their kind right, against the verdicts freed).

    python benchmarks/aboutness.py --half even [--era scanned] [--json out.json]
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged

import resdiff
from resdiff.chains import longest_increasing
from resdiff.model import Clause

_TOP = re.compile(r"^(PP|OP)\d+$")
_WORD = re.compile(r"[a-z][a-z'-]*")
# One word list, easier read as prose than as a list literal.
_STOP = frozenset(
    """a an the of and or to in on at by for with from as that this these those which who
    whom whose its his her their it be is are was were been being has have had shall will
    would should may might can could not no all any such other also further more most upon
    into within without under over between among against about after before during
    including inter alia whereby thereof therein herein there here so than then very well""".split()  # noqa: SIM905
)
#: Phrases read as one term (the equivalences the brief asked for), then single words.
_PHRASES = (
    ("cessation of all hostilities", "ceasefire"),
    ("cessation of hostilities", "ceasefire"),
    ("cessation of the fighting", "ceasefire"),
    ("cessation of fighting", "ceasefire"),
    ("stop the fighting", "ceasefire"),
    ("cease hostilities", "ceasefire"),
    ("cease-fire", "ceasefire"),
    ("cease fire", "ceasefire"),
    ("hostage-taking", "hostage"),
    ("pull out", "withdraw"),
    ("peace-keeping", "peacekeeping"),
    ("co-operation", "cooperation"),
    ("co-operate", "cooperation"),
)
_WORDS = {
    "truce": "ceasefire",
    "withdrawal": "withdraw",
    "withdrawals": "withdraw",
    "withdrawn": "withdraw",
    "free": "release",
    "freed": "release",
    "freeing": "release",
    "abduction": "hostage",
    "abductions": "hostage",
    "abducted": "hostage",
    "hostages": "hostage",
    "kidnapping": "hostage",
    "electoral": "election",
    "elections": "election",
    "sanctions": "sanction",
    "cooperate": "cooperation",
    "negotiations": "negotiation",
    "negotiate": "negotiation",
    "implementation": "implement",
    "implemented": "implement",
    "implementing": "implement",
}
#: Terms every provision of a Council text may hold: no evidence of what it is about.
_GENERIC = frozenset(
    {"council", "security", "unit", "nation", "resolution", "general", "secretary-general"}
    | {"state", "member", "present", "relevant", "paragraph", "report"}
)
_CITE = re.compile(
    r"\bresolutions?\s+(\d{2,4})|\bS/\d+|\bArticle\s+\d+|\b\d{1,2}\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+\d{4}"
)


def _stem(word: str) -> str:
    """A word's term: an equivalence of :data:`_WORDS`, else its light lemma."""
    word = word.strip("'-")
    if word in _WORDS:
        return _WORDS[word]
    return light_stem(word)


def light_stem(word: str) -> str:
    """A light lemma: plural and the commonest derivational endings folded."""
    word = word.strip("'-")
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    for suffix in ("ation", "ment", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """The terms of ``text``: lemmatised words past the function words, equivalences
    read as one term."""
    low = text.lower().replace("’", "'")
    for phrase, term in _PHRASES:
        low = low.replace(phrase, f" {term} ")
    return [_stem(w) for w in _WORD.findall(low) if w not in _STOP and len(w) > 2]


def about(clause: Clause) -> dict[str, Any]:
    """What ``clause`` is about: the terms past its lead and addressee, the head of the
    lead's object (its first terms), the documents it cites, its lead."""
    text = clause.full_text()
    lead = clause.lead_phrase
    begin = lead.start + len(lead.text) if lead else 0
    end = lead.end if lead and lead.end else len(text)
    own = set(terms(lead.text)) if lead else set()
    own |= set(terms(lead.addressee or "")) if lead else set()
    return {
        "terms": {t for t in terms(text[begin:]) if t not in own} - _GENERIC,
        "head": [t for t in terms(text[begin:end]) if t not in own][:2],
        "cites": {m.group(1) or m.group() for m in _CITE.finditer(text)},
        "lead": lead.lemma if lead else "",
    }


_NAME_FILLER = frozenset(
    {"Security", "Council", "United", "Nations", "Secretary-General", "Government", "Member"}
    | {"States", "State", "Special", "Representative", "President", "Charter", "Organization"}
)


def actors(clause: Clause) -> set[str]:
    """The names in the lead's addressee, or in the first words past the lead (the
    subject of "Demands that Israel ..."): who the provision is about, in that role."""
    text = clause.full_text()
    lead = clause.lead_phrase
    begin = lead.start + len(lead.text) if lead else 0
    words = (lead.addressee if lead and lead.addressee else text[begin:]).split()[:8]
    out = set()
    for raw in words:
        word = raw.strip(".,;:()[]\"'’“”")
        if len(word) > 2 and word[0].isupper() and word not in _NAME_FILLER:
            out.add(word)
    return out


def chain_anchors(cmp: Any, olds: list[str], news: list[str]) -> tuple[list[int], list[int]]:
    """The new and the old indices (in ``news`` and ``olds``) of the longest in-order
    chain of ``cmp``'s 1:1 pairs, in order."""
    made = sorted(
        (news.index(c.new[0]), olds.index(c.old[0]))
        for c in cmp.changes
        if len(c.old) == len(c.new) == 1 and c.old[0] in olds and c.new[0] in news
    )
    keep = longest_increasing([i for _, i in made])
    anchors = [made[k] for k in sorted(keep)]
    return [j for j, _ in anchors], [i for _, i in anchors]


def _gaps(cmp: Any, olds: list[str], news: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Each provision's gap: how many pairs of the longest in-order chain of resdiff's
    1:1 pairs stand before it on its side."""
    anchor_new, anchor_old = chain_anchors(cmp, olds, news)
    return (
        {r: bisect.bisect_left(anchor_old, k) for k, r in enumerate(olds)},
        {r: bisect.bisect_left(anchor_new, k) for k, r in enumerate(news)},
    )


def kindred(a: Clause, b: Clause) -> bool:
    """Whether two provisions' leads are of one family a redraft trades for each other
    (as ``clauses.views`` reads them): both of concern or censure, or both asks between
    encouraging and demanding made of the same addressee."""
    x, y = a.lead_phrase, b.lead_phrase
    if x is None or y is None:
        return False
    if x.axis_b is not None and y.axis_b is not None:
        return True
    return (
        x.axis_a is not None
        and y.axis_a is not None
        and 2 <= x.axis_a <= 5
        and 2 <= y.axis_a <= 5
        and (x.addressee or "").lower() == (y.addressee or "").lower()
    )


def corpus_df() -> tuple[Counter[str], int]:
    """In how many resolutions of the whole corpus each term occurs, and how many there
    are."""
    root = judged.CORPUS.parent
    df: Counter[str] = Counter()
    paths = [*root.joinpath("scanned").glob("*.txt"), *root.joinpath("akn").rglob("*.xml")]
    for path in paths:
        df.update(set(terms(re.sub(r"<[^>]+>", " ", path.read_text(errors="replace")))))
    return df, len(paths)


def candidates(pair: dict[str, Any], idf: Callable[[str], float]) -> list[dict[str, Any]]:
    """The candidates of populations A and B of one judged pair, with their evidence."""
    old, new = (
        resdiff.parse(judged.CORPUS / pair["old"]),
        resdiff.parse(judged.CORPUS / pair["new"]),
    )
    cmp = resdiff.compare(old, new)
    olds = {c.ref: c for c in (*old.preamble, *old.operative) if _TOP.match(c.ref or "")}
    news = {c.ref: c for c in (*new.preamble, *new.operative) if _TOP.match(c.ref or "")}
    made = {(c.old[0], c.new[0]): c for c in cmp.changes if len(c.old) == len(c.new) == 1}
    touched_old = {r for c in cmp.changes if c.new for r in c.old}
    touched_new = {r for c in cmp.changes if c.old for r in c.new}
    items = pair["judged"]["changes"]
    exact = {
        (i["old"][0], i["new"][0]): i["kind"] for i in items if len(i["old"]) == len(i["new"]) == 1
    }
    alone = {("o", r) for i in items if not i["new"] for r in i["old"]}
    alone |= {("n", r) for i in items if not i["old"] for r in i["new"]}
    seen_old = {r: about(c) for r, c in olds.items()}
    seen_new = {r: about(c) for r, c in news.items()}
    gap_old, gap_new = _gaps(cmp, list(olds), list(news))
    actor_old = {r: actors(c) for r, c in olds.items()}
    actor_new = {r: actors(c) for r, c in news.items()}
    left_gap_old = Counter(gap_old[o] for o in olds if o not in touched_old)
    left_gap_new = Counter(gap_new[n] for n in news if n not in touched_new)
    todo = [("A", o, n) for o in olds if o not in touched_old for n in news if n not in touched_new]
    todo += [
        ("B", o, n)
        for (o, n), c in made.items()
        if o in olds and n in news and c.match in ("similar", "moved") and (c.score or 0) < 0.45
    ]
    # C: the judges' 1:1 pairs resdiff pairs otherwise, with resdiff's partner of each side.
    partner_old = {c.old[0]: c.new for c in cmp.changes if len(c.old) == 1 and c.new}
    partner_new = {c.new[0]: c.old for c in cmp.changes if len(c.new) == 1 and c.old}
    for o, n in exact:
        if o in olds and n in news and (o, n) not in made:
            todo.append(("C", o, n))
            todo += [("Cr", o, r) for r in partner_old.get(o, ()) if r in news]
            todo += [("Cr", r, n) for r in partner_new.get(n, ()) if r in olds]
    rows = []
    for population, o, n in todo:
        a, b = seen_old[o], seen_new[n]
        shared = a["terms"] & b["terms"]
        weight = sum(idf(t) for t in shared)
        smaller = min(sum(idf(t) for t in a["terms"]), sum(idf(t) for t in b["terms"]))
        change = made.get((o, n))
        rows.append(
            {
                "pair": pair["id"],
                "era": judged.era_of(pair),
                "population": population,
                "old": o,
                "new": n,
                "judged": (o, n) in exact,
                "kind": exact.get((o, n), ""),
                "resdiff_kind": change.kind if change else "",
                "score": change.score if change else 0.0,
                "at_stake": (("o", o) in alone) + (("n", n) in alone),
                "operative": o.startswith("OP") and n.startswith("OP"),
                "same_lead": a["lead"] == b["lead"],
                "overlap": weight / smaller if smaller else 0.0,
                "head": bool(set(a["head"]) & set(b["head"])),
                "cites": bool(a["cites"] & b["cites"]),
                "actor": bool(actor_old[o] & actor_new[n]),
                "kindred": kindred(olds[o], news[n]),
                "same_gap": gap_old[o] == gap_new[n] and o[:2] == n[:2],
                "slot": left_gap_old[gap_old[o]] == 1 == left_gap_new[gap_new[n]],
            }
        )
    return rows


def _mutual(rows: list[dict[str, Any]]) -> set[int]:
    """The rows that are the best of both their provisions by the weighted overlap."""
    best_old: dict[tuple[str, str], float] = {}
    best_new: dict[tuple[str, str], float] = {}
    for r in rows:
        ko, kn = (r["pair"], r["old"]), (r["pair"], r["new"])
        best_old[ko] = max(best_old.get(ko, 0.0), r["overlap"])
        best_new[kn] = max(best_new.get(kn, 0.0), r["overlap"])
    return {
        id(r)
        for r in rows
        if r["overlap"] > 0
        and r["overlap"] >= best_old[(r["pair"], r["old"])]
        and r["overlap"] >= best_new[(r["pair"], r["new"])]
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--era", choices=("scanned", "modern", "across"), default="scanned")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    df, total = corpus_df()

    def idf(term: str) -> float:
        return math.log(total / max(1, df[term]))

    sets = [n for n in judged.SETS if judged.SETS.index(n) % 2 == (args.half == "odd")]
    rows = []
    for pair in judged.load_pairs():
        if pair["set"] in sets and judged.era_of(pair) == args.era:
            rows.extend(candidates(pair, idf))
    part_a = [r for r in rows if r["population"] == "A"]
    part_b = [r for r in rows if r["population"] == "B"]
    mutual = _mutual(part_a)
    print(f"A: {len(part_a)} leftover pairs, {sum(r['judged'] for r in part_a)} the judges'")
    signals: dict[str, Callable[[dict[str, Any]], bool]] = {
        "overlap >= 0.3": lambda r: r["overlap"] >= 0.3,
        "overlap >= 0.5": lambda r: r["overlap"] >= 0.5,
        "overlap >= 0.2, mutual best": lambda r: r["overlap"] >= 0.2 and id(r) in mutual,
        "overlap >= 0.4, mutual best": lambda r: r["overlap"] >= 0.4 and id(r) in mutual,
        "head of the object shared": lambda r: r["head"],
        "head shared, mutual best": lambda r: r["head"] and id(r) in mutual,
        "a cited document shared": lambda r: r["cites"],
        "same lead": lambda r: r["same_lead"],
        "same actor in the same role": lambda r: r["actor"],
        "same gap and part": lambda r: r["same_gap"],
        "same gap, mutual best": lambda r: r["same_gap"] and id(r) in mutual,
        "same gap, overlap >= 0.3": lambda r: r["same_gap"] and r["overlap"] >= 0.3,
        "alone in their gap (a slot)": lambda r: r["same_gap"] and r["slot"],
        "a slot, overlap >= 0.2": lambda r: r["same_gap"] and r["slot"] and r["overlap"] >= 0.2,
        "same gap, actor, mutual best": lambda r: r["same_gap"] and r["actor"] and id(r) in mutual,
        "leads of one family": lambda r: r["kindred"],
        "one family, same gap": lambda r: r["kindred"] and r["same_gap"],
        "one family, same gap, mutual best": lambda r: (
            r["kindred"] and r["same_gap"] and id(r) in mutual
        ),
    }
    for name, test in signals.items():
        hit = [r for r in part_a if test(r)]
        good = [r for r in hit if r["judged"]]
        stake = sum(r["at_stake"] for r in hit if not r["judged"])
        found = sum(r["kind"] in ("softened", "strengthened") for r in good)
        print(
            f"  {name:<32} {len(hit):>5} pass, {len(good):>4} judged ({found} softened or "
            f"strengthened), {len(hit) - len(good):>5} false, {stake:>5} verdicts at stake"
        )
    print(f"B: {len(part_b)} pairs under 0.45, {sum(r['judged'] for r in part_b)} the judges'")
    for limit in (0.05, 0.1, 0.2):
        for only_op in (False, True):
            hit = [r for r in part_b if r["overlap"] < limit and (r["operative"] or not only_op)]
            good = [r for r in hit if r["judged"]]
            right = sum(r["resdiff_kind"] == r["kind"] for r in good)
            found = sum(
                r["resdiff_kind"] == r["kind"] in ("softened", "strengthened") for r in good
            )
            freed = sum(r["at_stake"] for r in hit if not r["judged"])
            where = "operative" if only_op else "all"
            print(
                f"  refuse overlap < {limit} ({where:<9}) {len(hit):>4}: {len(good):>3} judged "
                f"({right} kind right, {found} softened/strengthened found), "
                f"{len(hit) - len(good):>3} false, {freed:>3} verdicts freed"
            )
    # C: does what a provision is about prefer the judges' partner over resdiff's?
    rivals: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        if r["population"] == "Cr":
            rivals.setdefault((r["pair"], r["old"]), []).append(r["overlap"])
            rivals.setdefault((r["pair"], r["new"]), []).append(r["overlap"])
    wins = ties = losses = alone_ = 0
    for r in rows:
        if r["population"] != "C":
            continue
        other = rivals.get((r["pair"], r["old"]), []) + rivals.get((r["pair"], r["new"]), [])
        if not other:
            alone_ += 1
        elif r["overlap"] > max(other):
            wins += 1
        elif r["overlap"] == max(other):
            ties += 1
        else:
            losses += 1
    print(
        f"C: the judges' pairs resdiff pairs otherwise: {alone_} with no partner in resdiff, "
        f"and against resdiff's partner the judges' scores higher {wins}, as high {ties}, "
        f"lower {losses}"
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
