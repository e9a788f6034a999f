"""The object a provision governs, measured on the judges' own pairings before any rule
(issue 9 §1, §4; RESULTS.md §2cy).

A rewrite of the same provision often keeps what it acts on and trades the lead verb
("Deplores the failure of Israel ..." -> "Censures in the strongest terms the enactment
... by Israel"; "Solemnly calls upon all States to cease forthwith the sale ..." ->
"Decides that all States shall cease forthwith ..."); a wrong pair often acts on
another object (oil exports against inspections). The **governed object** of a
provision is read here from what the engine already holds: the words of its lead
clause past the lead verb (:attr:`Phrase.start` / :attr:`Phrase.end`), its addressee,
with the lexicon's modals, modifiers, degree, emphasis and hedge words, the lead verbs
and function words taken out, lemmatised by a light suffix rule; its **head** is the
first ``--head`` such terms (the head noun phrase and what hangs on it).

For every judged comparison of the chosen half, four populations of top-level pairs:

- ``lost``: a 1:1 pair of the judges that resdiff leaves dropped + added (both sides
  leftovers): a pairing rule would have to add these;
- ``leftover-other``: every other (dropped, added) pair of leftovers of the same part:
  what such a rule would add wrongly;
- ``wrong``: resdiff's 1:1 pairs that are not a 1:1 pair of the judges, neither side
  a part of the judges' split or merge (a wrong partner, or a false pair);
- ``right``: resdiff's 1:1 pairs the judges make too (a refusal must not undo them).

For each, how often the two objects agree (share a head term; with ``--rare``, a term
the objects of at most a tenth of the two texts' provisions hold), disagree (both have a
head, none shared) or cannot be told (one has none); by modern/scanned text, and with
the leads' lemmas the same or different. Then what a rule would do: pair the leftovers
whose objects are each other's sole best (weighted by rarity, optionally with a new
verb and in the same gap between kept pairs), and refuse the pairs made whose objects
disagree, by word score (wrong pairs undone against right ones). ``--list`` prints the
pairs of ``lost`` and ``wrong`` (and the right ones under 0.5 whose objects disagree)
with their heads; ``--pair ID`` every row of one comparison.

    python benchmarks/objects.py --half even [--head 6] [--rare] [--list] [--pair ID]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aboutness
import judged

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Clause

# The provision pattern, the word pattern and the function words are aboutness.py's (the
# same study of leftovers, §2bu); the words every Council provision may hold are no
# evidence of what it acts on.
_TOP = aboutness._TOP
_WORD = aboutness._WORD
_STOP = aboutness._STOP | frozenset(
    """council security united nations resolution resolutions paragraph paragraphs present
    hereby decision decides""".split()  # noqa: SIM905
)


#: A light lemma: plural and the commonest derivational endings folded (aboutness.py's,
#: without its equivalences).
_stem = aboutness.light_stem


def _noise(lex: Lexicon) -> frozenset[str]:
    """The words of the lexicon that say how hard, not what: modals, modifiers, degree,
    emphasis and hedge words, and every lead verb's own words."""
    words: set[str] = set()
    phrases: list[str] = [*lex.modals, *lex.modifiers, *lex.verbs, *lex.preamble]
    phrases += list(lex._degrees)  # read only: no public view of them
    for key, entry in lex._emphasis.items():
        phrases += [key, *entry.variants]
    for key, hedge in lex.hedges.items():
        phrases += [key, *hedge.variants]
    for phrase in phrases:
        words.update(_WORD.findall(phrase.lower()))
    return frozenset(words)


def governed(clause: Clause, noise: frozenset[str], head: int) -> tuple[str, set[str]]:
    """The lead's lemma and the head of the object it governs (a set of lemmas, the
    addressee's included)."""
    lead = clause.lead_phrase
    text = clause.text
    if lead is None:
        return "", set()
    begin = 0
    if text[lead.start :].lower().startswith(lead.text.lower()):
        begin = lead.start + len(lead.text)
    end = lead.end if lead.end and lead.end > begin else len(text)
    span = text[begin:end]
    if not _WORD.search(span.lower()) and clause.children:
        span = clause.full_text()[begin:]
    terms = []
    for word in _WORD.findall(span.lower().replace("’", "'")):
        if word in _STOP or word in noise or len(word) <= 2:
            continue
        terms.append(_stem(word))
    out = set(terms[:head])
    for word in _WORD.findall((lead.addressee or "").lower()):
        if word not in _STOP and word not in noise and len(word) > 2:
            out.add(_stem(word))
    return lead.lemma, out


#: A term of the objects of at most this share of the two texts' provisions is rare.
RARE = 0.1


def rows_of(
    pair: dict[str, Any], noise: frozenset[str], head: int, rare_only: bool
) -> list[dict[str, Any]]:
    """The four populations of one judged comparison, each pair with its objects."""
    old = resdiff.parse(judged.CORPUS / pair["old"])
    new = resdiff.parse(judged.CORPUS / pair["new"])
    cmp = resdiff.compare(old, new)
    olds = {c.ref: c for c in (*old.preamble, *old.operative) if _TOP.match(c.ref or "")}
    news = {c.ref: c for c in (*new.preamble, *new.operative) if _TOP.match(c.ref or "")}
    made = {
        (c.old[0], c.new[0]): c.score or 0.0 for c in cmp.changes if len(c.old) == len(c.new) == 1
    }
    touched_old = {r for c in cmp.changes if c.new for r in c.old}
    touched_new = {r for c in cmp.changes if c.old for r in c.new}
    exact = {
        (i["old"][0], i["new"][0]): i["kind"]
        for i in pair["judged"]["changes"]
        if len(i["old"]) == len(i["new"]) == 1
    }
    left_old = [o for o in olds if o not in touched_old]
    left_new = [n for n in news if n not in touched_new]
    todo = []
    for o in left_old:
        for n in left_new:
            if o[:2] == n[:2]:
                todo.append(("lost" if (o, n) in exact else "leftover-other", o, n))
    # The judges list only the provisions that changed: a pair of resdiff's whose two
    # sides they never name is an unchanged one, neither right nor wrong here.
    named_old = {r for i in pair["judged"]["changes"] for r in i["old"]}
    named_new = {r for i in pair["judged"]["changes"] for r in i["new"]}
    # A pair of resdiff's that is a part of the judges' split or merge is no wrong
    # partner: only those whose sides the judges pair 1:1 otherwise or leave alone.
    in_many = {
        r
        for i in pair["judged"]["changes"]
        if len(i["old"]) + len(i["new"]) > 2
        for r in (*(("o", x) for x in i["old"]), *(("n", x) for x in i["new"]))
    }
    for o, n in made:
        if o in olds and n in news and (o in named_old or n in named_new):
            if (o, n) in exact:
                todo.append(("right", o, n))
            elif ("o", o) not in in_many and ("n", n) not in in_many:
                todo.append(("wrong", o, n))
    alone = {r for i in pair["judged"]["changes"] if not i["new"] for r in i["old"]}
    alone |= {r for i in pair["judged"]["changes"] if not i["old"] for r in i["new"]}
    seen_old = {r: governed(c, noise, head) for r, c in olds.items()}
    seen_new = {r: governed(c, noise, head) for r, c in news.items()}
    # A term the object of many provisions of the two texts holds (the country, "State")
    # tells none of them apart: weighed by how few objects hold it.
    df: Counter[str] = Counter()
    for _, obj in (*seen_old.values(), *seen_new.values()):
        df.update(obj)
    total = len(seen_old) + len(seen_new)

    def weight(terms: set[str]) -> float:
        return sum(math.log(total / df[t]) for t in terms)

    rare = {t for t, k in df.items() if k <= max(2, total * RARE)}
    gap_old, gap_new = aboutness._gaps(cmp, list(olds), list(news))
    out = []
    for population, o, n in todo:
        (lead_o, obj_o), (lead_n, obj_n) = seen_old[o], seen_new[n]
        if not obj_o or not obj_n:
            agree = "unknown"
        elif rare_only:
            agree = "agree" if obj_o & obj_n & rare else "disagree"
        else:
            agree = "agree" if obj_o & obj_n else "disagree"
        out.append(
            {
                "pair": pair["id"],
                "era": judged.era_of(pair),
                "population": population,
                "old": o,
                "new": n,
                "kind": exact.get((o, n), ""),
                "object": agree,
                "shared": len(obj_o & obj_n),
                "weight": weight(obj_o & obj_n),
                "score": made.get((o, n), 0.0),
                # Both sides held apart by the judges: undone, both read right.
                "apart": (o in alone) + (n in alone),
                "same_gap": gap_old[o] == gap_new[n],
                "same_verb": bool(lead_o) and lead_o == lead_n,
                "heads": (sorted(obj_o), sorted(obj_n)),
                "leads": (lead_o, lead_n),
            }
        )
    return out


def _sole_best(values: list[float], value: float) -> bool:
    """Whether ``value`` is the highest of ``values`` and no other reaches it."""
    return value > 0 and sorted(values)[-1] == value and sorted(values)[-2:].count(value) == 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--head", type=int, default=6)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--pair", help="list this judged pair's rows")
    parser.add_argument("--rare", action="store_true", help="agree only on a rare term")
    args = parser.parse_args(argv)
    noise = _noise(Lexicon.default())
    sets = [n for n in judged.SETS if judged.SETS.index(n) % 2 == (args.half == "odd")]
    rows = []
    for pair in judged.load_pairs():
        if pair["set"] in sets:
            rows.extend(rows_of(pair, noise, args.head, args.rare))
    order = ("lost", "leftover-other", "wrong", "right")
    print(f"head = first {args.head} object terms; agree / disagree / unknown")
    for era in ("modern", "scanned", "all"):
        for verbs in ("any", "verb differs", "same verb"):
            print(f"{era}, {verbs}:")
            for population in order:
                got = Counter(
                    r["object"]
                    for r in rows
                    if r["population"] == population
                    and era in ("all", r["era"])
                    and (verbs == "any" or (verbs == "same verb") == r["same_verb"])
                )
                total = sum(got.values())
                print(
                    f"  {population:<15} {total:>5}: agree {got['agree']:>5}, disagree "
                    f"{got['disagree']:>5}, unknown {got['unknown']:>4}"
                )
    # A pairing rule would pair a leftover with the one whose object it shares most,
    # each the other's only best: how many of those are the judges'.
    best_o: dict[tuple[str, str], list[float]] = {}
    best_n: dict[tuple[str, str], list[float]] = {}
    left = [r for r in rows if r["population"] in ("lost", "leftover-other")]
    for r in left:
        best_o.setdefault((r["pair"], r["old"]), []).append(r["weight"])
        best_n.setdefault((r["pair"], r["new"]), []).append(r["weight"])
    for era in ("modern", "scanned", "all"):
        for verbs in ("any", "verb differs", "verb differs, same gap"):
            for floor in (0.0, 2.0, 4.0):
                hit = [
                    r
                    for r in left
                    if r["object"] == "agree"
                    and r["weight"] > floor
                    and era in ("all", r["era"])
                    and (verbs == "any" or not r["same_verb"])
                    and (not verbs.endswith("gap") or r["same_gap"])
                ]
                hit = [
                    r
                    for r in hit
                    if _sole_best(best_o[(r["pair"], r["old"])], r["weight"])
                    and _sole_best(best_n[(r["pair"], r["new"])], r["weight"])
                ]
                good = sum(r["population"] == "lost" for r in hit)
                print(
                    f"mutual sole best, {era}, {verbs}, weight > {floor}: {len(hit)} pairs, "
                    f"{good} the judges', {len(hit) - good} not"
                )
    # A refusal would undo a pair whose objects disagree: how many right and wrong, by
    # the word score of the pair (the low pairs are those §2cs's model doubted).
    for era in ("modern", "scanned", "all"):
        for limit in (0.3, 0.5, 1.01):
            for verbs in ("any", "verb differs"):
                hit = [
                    r
                    for r in rows
                    if r["population"] in ("right", "wrong")
                    and r["object"] == "disagree"
                    and r["score"] < limit
                    and era in ("all", r["era"])
                    and (verbs == "any" or not r["same_verb"])
                ]
                wrong = sum(r["population"] == "wrong" for r in hit)
                right = [r for r in hit if r["population"] == "right"]
                found = sum(r["kind"] in ("softened", "strengthened") for r in right)
                print(
                    f"refuse disagree, {era}, score < {limit}, {verbs}: {wrong} wrong undone, "
                    f"{len(right)} right undone ({found} judged softened/strengthened)"
                )
    if args.list or args.pair:
        for population in ("lost", "wrong", "right"):
            for r in rows:
                if r["population"] == population and (
                    r["pair"] == args.pair
                    or (
                        args.list
                        and (
                            population != "right"
                            or (r["object"] == "disagree" and r["score"] < 0.5)
                        )
                    )
                ):
                    print(
                        f"{population} {r['pair']} {r['old']}->{r['new']} {r['object']} "
                        f"{r['score']:.2f} {r.get('apart', '')} "
                        f"{r['kind']} {r['leads'][0]}->{r['leads'][1]} "
                        f"{r['heads'][0]} | {r['heads'][1]}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
