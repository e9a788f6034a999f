"""A provision rewritten in its place under a lead of the same family: a paragraph
dropped and one added that stand within a few places of each other in the same part,
whose leads a redraft trades for each other, and that are each other's best partner
among everything left unpaired (issue 9).

"Calls upon the parties to cease hostilities in the entire area of conflict immediately"
→ "Demands that the parties urgently honour their commitments to the Council to observe
the cease-fire" (S/RES/209 → 211 (1965), OP1 → OP1); "Alarmed by the invasion of Kuwait"
→ "Gravely alarmed by the declaration by Iraq of a 'comprehensive and eternal merger'
with Kuwait" (PP1 → PP2): the word score stays under every bar, the lead changed, but a
drafter reads the same provision strengthened in the same place."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Clause
from .links import AlignOptions, Link
from .score import Scorer
from .sole import leftovers

#: Most scores :func:`rewrite_partners` computes (each candidate's side against every
#: paragraph left on the other side): past it the round does not run (a hostile text's
#: bound).
REWRITE_CHECKS = 20_000


def kindred_leads(a: Clause, b: Clause) -> bool:
    """Whether two paragraphs' leads are of one family a redraft trades for each other
    (as ``clauses.views`` reads them): both of concern or censure (axis B: "Concerned
    at", "Gravely alarmed by", "Strongly deplores", "Censures"), or both asks between
    encouraging and demanding (axis A tiers 2 to 5: "Calls upon", "Urges", "Demands") of
    the same addressee as printed."""
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


def rewrite_partners(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    scorer: Scorer,
    opts: AlignOptions,
) -> list[Link]:
    """``links`` and the pairs of leftovers that all of these make a pair, best score
    first, each paragraph at most once:

    - they stand in the same part (preamble or operative), at most ``rewrite_distance``
      places apart (their places counted within the part);
    - their leads are of one family (:func:`kindred_leads`);
    - each is the other's best partner by the word score among all leftovers (ties
      allowed), and that score is at least ``rewrite_threshold``.

    Measured before the rule on the even half of the judged sets
    (``benchmarks/rewrites.py``): of the (dropped, added) pairs resdiff left, 19 of the
    judges' 1:1 pairs and 2 pairs whose sides the judges read dropped and added pass."""
    if opts.rewrite_distance < 0:
        return links
    dropped, added = leftovers(links, len(old), len(new))
    if not dropped or not added:
        return links
    place_old, place_new = _places(old), _places(new)
    # The candidates first (same part, near, leads of one family: no score needed), then
    # each candidate's side against every leftover of the other side, within the bound.
    at_place = {(new[j].section, place_new[j]): j for j in added}
    reach = range(-opts.rewrite_distance, opts.rewrite_distance + 1)
    near = [
        (i, j)
        for i in dropped
        for step in reach
        if (j := at_place.get((old[i].section, place_old[i] + step))) is not None
        and kindred_leads(old[i], new[j])
    ]
    sides_old = sorted({i for i, _ in near})
    sides_new = sorted({j for _, j in near})
    if len(sides_old) * len(added) + len(sides_new) * len(dropped) > REWRITE_CHECKS:
        return links
    scores: dict[tuple[int, int], float] = {}

    def score(i: int, j: int) -> float:
        if (i, j) not in scores:
            scores[(i, j)] = scorer.score(i, j)
        return scores[(i, j)]

    best_old = {i: max(score(i, j) for j in added) for i in sides_old}
    best_new = {j: max(score(i, j) for i in dropped) for j in sides_new}
    ranked = []
    for i, j in near:
        value = score(i, j)
        if value >= opts.rewrite_threshold and value >= best_old[i] and value >= best_new[j]:
            ranked.append((value, i, j))
    ranked.sort(key=lambda item: (-item[0], item[2], item[1]))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    made = []
    for value, i, j in ranked:
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        made.append(Link((i,), (j,), "similar", round(value, 4)))
    return [*links, *made]


def _places(clauses: Sequence[Clause]) -> list[int]:
    """Each clause's place within its part (0 for the first of the preamble and the
    first of the operative part)."""
    seen: dict[object, int] = {}
    out = []
    for clause in clauses:
        out.append(seen.get(clause.section, 0))
        seen[clause.section] = out[-1] + 1
    return out
