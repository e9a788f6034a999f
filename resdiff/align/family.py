"""Pairs by function among the leftovers: a paragraph dropped and one added whose leads are
of one family (the same censure or concern, or the same ask of the same addressee in
another verb), that hold the same subject, and that are each other's best partner among
what is left: a provision rewritten in new words that keeps its function."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..chains import longest_increasing
from ..model import Clause, Phrase
from .gaps import SUBSTANCE_WORD
from .links import AlignOptions, Link
from .score import Scorer
from .sole import leftovers, rare_scores

#: Most scores :func:`family_partners` computes among the leftovers the index proposes (a
#: hostile text's bound, as the sole and combined rounds' checks): a long renewal
#: rewritten throughout proposes a few thousand; past the bound nothing pairs, since a
#: best partner found among only some of the candidates is not each the other's best.
FAMILY_CHECKS = 20_000


def one_family(a: Clause, b: Clause) -> bool:
    """Whether two provisions' leads are of one family (:func:`kindred`)."""
    x, y = a.lead_phrase, b.lead_phrase
    return x is not None and y is not None and kindred(x, y)


def kindred(x: Phrase, y: Phrase) -> bool:
    """Whether two leads are of one family, which a redraft trades for each other: both
    of concern or censure ("Deeply alarmed by" and "Gravely concerned at", "Deplores"
    and "Condemns"), or both asks between encouraging and demanding (tiers 2 to 5 of
    the prescriptive axis) made of the same addressee ("Urges the parties" and "Calls
    upon the parties"). One rule for the aligner's family round and for the clause
    alignment of two paired paragraphs (``clauses.views``), which pairs their clauses
    by it."""
    if x.axis_b is not None and y.axis_b is not None:
        return True
    return (
        x.axis_a is not None
        and y.axis_a is not None
        and 2 <= x.axis_a <= 5
        and 2 <= y.axis_a <= 5
        and x.addressee is not None
        and x.addressee.lower() == (y.addressee or "").lower()
    )


def _substance(text: str) -> set[str]:
    """The longer words of a normalised paragraph past its first (the lead's verb)."""
    return {w for w in text.split()[1:] if len(w) > SUBSTANCE_WORD}


def same_subject(a: str, b: str, share: float) -> bool:
    """Whether two normalised paragraphs share at least ``share`` of the shorter one's
    longer words past the lead: what the censure or the ask is *about* is the same
    ("the illicit production and trafficking of drugs"), not only its verb."""
    x, y = _substance(a), _substance(b)
    fewer = min(len(x), len(y))
    return fewer > 0 and len(x & y) >= share * fewer


def family_partners(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    scorer: Scorer,
    opts: AlignOptions,
) -> list[Link]:
    """``links`` and the pairs of a dropped and an added paragraph of the same part that
    keep one function in new words: leads of one family (:func:`one_family`), the same
    subject (:func:`same_subject`, ``family_share``), a word score of at least
    ``family_threshold``, and each the other's best partner among the leftovers that
    share a rarer word with it ("Deploring the continuation of the fighting in Bosnia
    and Herzegovina which is rendering difficult the provision of humanitarian
    assistance" rewritten as "Dismayed by the continuation of conditions that impede the
    delivery of humanitarian supplies").

    A lead of one family alone pairs many neighbours of a kind (two concerns of one
    preamble); the same subject alone pairs a recital with the ask that follows it; each
    the other's best alone pairs whatever is left. Candidates come from the scorer's
    inverted index of rarer words, never all pairs of leftovers, and at most
    :data:`FAMILY_CHECKS` of them are scored."""
    dropped, added = leftovers(links, len(old), len(new))
    if not dropped or not added:
        return links
    scored = rare_scores(scorer, dropped, added, FAMILY_CHECKS)
    if scored is None:
        return links
    best_old: dict[int, tuple[float, int]] = {}
    best_new: dict[int, tuple[float, int]] = {}
    for i, j, value in scored:
        if value > best_new.get(j, (-1.0, -1))[0]:
            best_new[j] = (value, i)
        if value > best_old.get(i, (-1.0, -1))[0]:
            best_old[i] = (value, j)
    stretch = _stretches(links) if opts.family_stretch else None
    made: list[Link] = []
    for j, (value, i) in sorted(best_new.items()):
        if best_old[i][1] != j or value < opts.family_threshold:
            continue
        if stretch is not None and bisect.bisect(stretch[0], i) != bisect.bisect(stretch[1], j):
            # Not between the same two kept paragraphs.
            continue
        if old[i].section != new[j].section or not one_family(old[i], new[j]):
            continue
        if not same_subject(scorer.old_norm[i], scorer.new_norm[j], opts.family_share):
            continue
        made.append(Link((i,), (j,), "similar", round(value, 4)))
    return [*links, *made]


def _stretches(links: list[Link]) -> tuple[list[int], list[int]]:
    """The old and the new positions of the kept pairs that stand in order (one longest
    chain; a split or merge by its first paragraph): a paragraph's stretch is how many
    of them stand before it."""
    made = sorted((link.new[0], link.old[0]) for link in links if link.old and link.new)
    keep = longest_increasing([i for _, i in made])
    anchors = [made[k] for k in sorted(keep)]
    return [i for _, i in anchors], [j for j, _ in anchors]
