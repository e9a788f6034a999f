"""The provisions resdiff pairs as the judges pair them, with the clauses of both versions as
the analysis reads them: the truth a rule about long rewrites is weighed against (issue 9
§1, softened and strengthened recall; RESULTS §2ed).

For every judged item of the chosen sets with an old and a new provision that resdiff pairs
the same way (the same old and new refs), one row: the judged kind (and the second judge's),
resdiff's kind, both texts, the longest run of words inserted or deleted in the word redline
(``run``; a *long rewrite* is a run of more than six), resdiff's named shifts, and every
clause (:class:`~resdiff.model.Phrase`) of both versions — lead, tiers on both axes, modal,
hedges, conditions, addressee — so that a rule on the clauses can be replayed on the rows
without running the engine again.

    python benchmarks/long_rewrites.py --half even --json /tmp/rows.json
    python benchmarks/long_rewrites.py --load /tmp/rows.json --half even --list

``--list`` prints the directed provisions read otherwise in long rewrites (the misses),
with the judges' reasons and shifts; the tally counts every row by judged and found kind;
``--rules`` replays the candidate readings of a whole rewritten paragraph (:data:`RULES`)
on the long rows and counts, for each, the provisions it would put right (``gain``), put
wrong (``loss``) and move from one wrong kind to another (``move``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import judged
import paired_direction

import resdiff
from resdiff.model import Change, Clause, Draft
from resdiff.redline import DELETE, INSERT, redline

#: A rewrite is long when a run of more than this many words is inserted or deleted
#: (RESULTS §2dv's measure).
LONG_RUN = 6

#: The fresh sets, reported apart from the halves.
FRESH = tuple(f"holdout{n}" for n in range(51, 67))


def longest_run(old: str, new: str) -> int:
    """The most words of one inserted or deleted run of the word redline of ``old`` into
    ``new``."""
    return max(
        (len(text.split()) for op, text in redline(old, new) if op in (INSERT, DELETE)),
        default=0,
    )


def _clauses(draft: Draft, refs: list[str]) -> list[Clause]:
    """The clauses of ``draft`` named by ``refs`` (top-level or nested), in order."""
    wanted = set(refs)
    return [c for top in (*draft.preamble, *draft.operative) for c in top.walk() if c.ref in wanted]


def phrases_of(clauses: list[Clause]) -> list[dict[str, Any]]:
    """Every clause of every paragraph, as the analysis read it."""
    out = []
    for clause in clauses:
        for clause_ in clause.walk():
            for p in clause_.phrases:
                out.append(
                    {
                        "ref": clause_.ref,
                        "lemma": p.lemma,
                        "text": p.text,
                        "a": p.axis_a,
                        "b": p.axis_b,
                        "modal": p.modal,
                        "hedges": list(p.hedges),
                        "conditions": list(p.conditions),
                        "addressee": p.addressee,
                        "modifier": p.modifier,
                        "words": clause_.text[p.start : p.end][:300],
                    }
                )
    return out


def _shifts(change: Change) -> list[dict[str, Any]]:
    return [
        {
            "direction": s.direction,
            "feature": s.feature,
            "weight": s.weight,
            "text": s.describe(),
        }
        for c in change.walk()
        for s in c.shifts
    ]


def rows_of(pair: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one judged pair of ``pairs.toml`` (its texts read from the corpus)."""
    old = resdiff.parse(judged.CORPUS / pair["old"])
    new = resdiff.parse(judged.CORPUS / pair["new"])
    return rows_between(pair, old, new)


def rows_between(pair: dict[str, Any], old: Draft, new: Draft) -> list[dict[str, Any]]:
    """Every item of ``pair``'s judgements (``pair["judged"]["changes"]``) with both sides
    that resdiff pairs alike between ``old`` and ``new``; ``pair`` names the comparison
    (``id``, ``set``, and what ``judged.era_of`` reads)."""
    cmp = resdiff.compare(old, new)
    found = {(c.old, c.new): c for c in cmp.changes}
    second = judged.second_kinds(pair["id"])
    rows = []
    for item in pair["judged"]["changes"]:
        if not item["old"] or not item["new"]:
            continue
        key = (tuple(item["old"]), tuple(item["new"]))
        change = found.get(key)
        if change is None:
            continue
        rows.append(
            {
                "set": pair["set"],
                "pair": pair["id"],
                "era": judged.era_of(pair),
                "item": item.get("item"),
                "old": item["old"],
                "new": item["new"],
                "judged": item["kind"],
                "second": second.get(key),
                "found": change.kind,
                "run": longest_run(change.old_text or "", change.new_text or ""),
                "old_text": change.old_text,
                "new_text": change.new_text,
                "reason": item.get("reason", ""),
                "judge_shifts": [
                    {k: s.get(k) for k in ("feature", "direction", "what")}
                    for s in item.get("shifts", ())
                ],
                "shifts": _shifts(change),
                "old_phrases": phrases_of(_clauses(old, item["old"])),
                "new_phrases": phrases_of(_clauses(new, item["new"])),
            }
        )
    return rows


DIRECTED = {"softened": "softer", "strengthened": "stronger"}


def missed(r: dict[str, Any]) -> bool:
    """A directed provision read otherwise (reworded, unchanged, mixed or the other way)."""
    return r["judged"] in DIRECTED and r["found"] != r["judged"]


#: Leads that restate what the Council asked before ("reaffirms its decision",
#: "reiterates its demand"): a decision restated by them is not a weaker ask (§2ed).
RESTATING = ("reaffirm", "reiterat", "recall", "remind", "renew")


def _asks(phrases: list[dict[str, Any]]) -> list[int]:
    """The tiers of the asks of a paragraph (an encouragement and up, axis A ≥ 2), leads
    that restate left out."""
    return [
        p["a"]
        for p in phrases
        if p["lemma"]
        and p["a"] is not None
        and p["a"] >= 2
        and not p["lemma"].startswith(RESTATING)
    ]


def _censure(phrases: list[dict[str, Any]]) -> int:
    return max((p["b"] for p in phrases if p["lemma"] and p["b"] is not None), default=0)


def strongest_ask(r: dict[str, Any]) -> str | None:
    """Candidate A: the strongest ask of the old and of the new paragraph compared whole,
    however the clauses align — a lower top tier is softened, a higher one strengthened,
    where both paragraphs ask something, the censure stays at its degree and the old top
    lead does not stand in the new paragraph."""
    old, new = _asks(r["old_phrases"]), _asks(r["new_phrases"])
    if not old or not new or _censure(r["old_phrases"]) != _censure(r["new_phrases"]):
        return None
    top_old, top_new = max(old), max(new)
    leads_old = {p["lemma"] for p in r["old_phrases"] if p["a"] == top_old}
    leads_new = {p["lemma"] for p in r["new_phrases"] if p["a"] == top_new}
    if leads_old & leads_new or top_old == top_new:
        return None
    return "softened" if top_new < top_old else "strengthened"


def ladder(r: dict[str, Any]) -> str | None:
    """Candidate B: the whole ladder of a paragraph's asks, each side's tiers from the
    highest down, compared rung by rung (the first rung that differs decides; a ladder
    that only grew is strengthened, one that only lost rungs softened)."""
    old = sorted(_asks(r["old_phrases"]), reverse=True)
    new = sorted(_asks(r["new_phrases"]), reverse=True)
    for x, y in zip(old, new, strict=False):
        if x != y:
            return "softened" if y < x else "strengthened"
    if len(old) != len(new):
        return "softened" if len(new) < len(old) else "strengthened"
    return None


#: Candidate C's ladder of what an addressee is asked to do: act (3), follow or consult
#: (2), report (1). Vocabulary of a measurement, not of the engine (§2ed: not built).
TASK_RANKS: dict[str, int] = {
    **dict.fromkeys(
        [
            "ensure",
            "implement",
            "organize",
            "organise",
            "establish",
            "provide",
            "take",
            "assist",
            "carry",
            "desist",
            "cease",
            "withdraw",
            "end",
            "stop",
            "release",
            "strengthen",
            "deploy",
            "protect",
            "prevent",
            "hold",
            "investigate",
            "prosecute",
            "adopt",
            "comply",
            "respect",
            "refrain",
            "halt",
            "dismantle",
            "disarm",
            "redeploy",
            "allow",
            "grant",
            "accord",
            "abide",
            "fulfil",
            "fulfill",
            "honour",
            "honor",
            "apply",
            "enforce",
        ],
        3,
    ),
    **dict.fromkeys(
        [
            "follow",
            "monitor",
            "consider",
            "study",
            "examine",
            "explore",
            "review",
            "consult",
            "discuss",
            "continue",
            "give",
            "work",
            "cooperate",
            "co-operate",
            "coordinate",
            "co-ordinate",
            "engage",
            "formulate",
            "support",
            "encourage",
            "pursue",
            "seek",
            "endeavour",
            "endeavor",
            "strive",
            "maintain",
            "remain",
            "bear",
            "note",
            "facilitate",
            "promote",
            "use",
        ],
        2,
    ),
    **dict.fromkeys(["report", "inform", "brief", "submit", "keep", "present", "update"], 1),
}
#: Candidate D's: C's, with "provide" a light verb ranked by its object ("to provide
#: support" asks support), so unranked here.
LIGHT_VERBS = frozenset({"provide"})
_TASK = re.compile(
    r"\b(?:not\s+)?to\s+(?:(?:continue\s+to|further|immediately|fully|urgently|swiftly)\s+)?"
    r"([a-z][a-z-]{0,30})",
    re.IGNORECASE,
)


def tasks(text: str, *, light: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The ranked tasks a paragraph asks ("to ensure", "to follow", "to report"), the
    ``light`` verbs left unranked."""
    out = []
    for m in _TASK.finditer(text):
        verb = m.group(1).lower()
        if verb in TASK_RANKS and verb not in light:
            out.append((TASK_RANKS[verb], verb))
    return out


def firmest_task(r: dict[str, Any], *, light: frozenset[str] = frozenset()) -> str | None:
    """Candidate C: under the same top ask (a request and up, the same tier both sides),
    the firmest task asked falls from acting to following or reporting (softened), or
    rises (strengthened). With ``light`` = :data:`LIGHT_VERBS`, candidate D."""
    top = [
        max((p["a"] or 0 for p in r[k] if p["lemma"]), default=0)
        for k in ("old_phrases", "new_phrases")
    ]
    if top[0] < 3 or top[0] != top[1]:
        return None
    old = tasks(r["old_text"] or "", light=light)
    new = tasks(r["new_text"] or "", light=light)
    if not old or not new:
        return None
    a, b = max(x for x, _ in old), max(x for x, _ in new)
    if a == b:
        return None
    return "softened" if b < a else "strengthened"


def firmest_task_light(r: dict[str, Any]) -> str | None:
    """Candidate D: :func:`firmest_task` with the light verbs unranked."""
    return firmest_task(r, light=LIGHT_VERBS)


#: The candidates replayed by ``--rules``, each with the kinds of resdiff it may overrule.
RULES: dict[str, tuple[Callable[[dict[str, Any]], str | None], tuple[str, ...]]] = {
    "A strongest ask, reworded": (strongest_ask, ("reworded",)),
    "A strongest ask, reworded or mixed": (strongest_ask, ("reworded", "mixed")),
    "B ladder, reworded": (ladder, ("reworded",)),
    "B ladder, reworded or mixed": (ladder, ("reworded", "mixed")),
    "C firmest task, reworded": (firmest_task, ("reworded",)),
    "D firmest task, light verbs unranked": (firmest_task_light, ("reworded",)),
}


def replay(
    rows: list[dict[str, Any]], rule: Callable[[dict[str, Any]], str | None], over: tuple[str, ...]
) -> tuple[Counter[str], list[str]]:
    """Counts of the provisions of long rewrites ``rule`` would put right (``gain``), put
    wrong (``loss``) or move between wrong kinds (``move``), where resdiff reads a kind
    of ``over``; with one line per provision moved."""
    counts: Counter[str] = Counter()
    lines = []
    for r in rows:
        if r["run"] <= LONG_RUN or r["found"] not in over:
            continue
        said = rule(r)
        if said is None or said == r["found"]:
            continue
        tag = "gain" if said == r["judged"] else "loss" if r["found"] == r["judged"] else "move"
        counts[tag] += 1
        lines.append(
            f"    {tag} {r['pair']} #{r['item']}: judged {r['judged']}, {r['found']} → {said}"
        )
    return counts, lines


def leads_alike(r: dict[str, Any]) -> bool:
    """Whether both paragraphs hold the same led clauses in the same order (lead and tiers
    on both axes): the rewrite is in the words each lead governs, not in the leads."""

    def leads(side: str) -> list[tuple[str, int | None, int | None]]:
        return [(p["lemma"], p["a"], p["b"]) for p in r[f"{side}_phrases"] if p["lemma"]]

    return leads("old") == leads("new")


def _print_row(r: dict[str, Any]) -> None:
    paired_direction.print_row(r, f"(run {r['run']})", width=700)
    for side in ("old", "new"):
        leads = [
            f"{p['lemma'] or '-'}({p['a']},{p['b']}{',' + p['modal'] if p['modal'] else ''})"
            for p in r[f"{side}_phrases"]
        ]
        print(f"    {side} clauses: {' '.join(leads)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd", "fresh"), default="even")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--load", type=Path, help="read the rows --json wrote")
    parser.add_argument("--list", action="store_true", help="print every long miss")
    parser.add_argument("--rules", action="store_true", help="replay the candidate rules")
    args = parser.parse_args(argv)
    if not judged.CORPUS.is_dir() and not args.load:
        print(f"skipped: the corpus folder {judged.CORPUS} is absent", file=sys.stderr)
        return 0
    if args.half == "fresh":
        sets = FRESH
    else:
        odd = args.half == "odd"
        sets = tuple(n for n in judged.SETS if judged.SETS.index(n) % 2 == odd)
    if args.load:
        rows = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        rows = [r for p in judged.open_pairs() if p["set"] in sets for r in rows_of(p)]
    rows = [r for r in rows if r["set"] in sets]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    long_misses = [r for r in rows if missed(r) and r["run"] > LONG_RUN]
    if args.list:
        for r in long_misses:
            _print_row(r)
    tally: Counter[tuple[str, str, bool]] = Counter(
        (r["judged"], r["found"], r["run"] > LONG_RUN) for r in rows
    )
    print(f"\n{args.half}: {len(rows)} provisions paired alike; judged → found (short / long)")
    for judged_kind, found_kind in sorted({(j, f) for j, f, _ in tally}):
        print(
            f"  {judged_kind:13} → {found_kind:13} {tally[(judged_kind, found_kind, False)]:5} "
            f"{tally[(judged_kind, found_kind, True)]:5}"
        )
    print(f"\nlong misses: {len(long_misses)}; by the judge's cause: leads alike, leads changed")
    causes: Counter[tuple[str, str, bool]] = Counter(
        (
            r["judged"],
            paired_direction.cause_of({"kind": r["judged"], "shifts": r["judge_shifts"]}),
            leads_alike(r),
        )
        for r in long_misses
    )
    for judged_kind in DIRECTED:
        names = sorted(
            {c for j, c, _ in causes if j == judged_kind},
            key=lambda c: -(causes[(judged_kind, c, True)] + causes[(judged_kind, c, False)]),
        )
        for name in names:
            alike, changed = causes[(judged_kind, name, True)], causes[(judged_kind, name, False)]
            print(f"  {judged_kind:13} {name:78} {alike:3} {changed:3}")
    if args.rules:
        print("\ncandidates on the long rewrites (gain / loss / move):")
        for name, (rule, over) in RULES.items():
            counts, lines = replay(rows, rule, over)
            print(f"  {name:36} {counts['gain']:3} {counts['loss']:3} {counts['move']:3}")
            if args.list:
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
