"""Pairs by function among the leftovers: a paragraph dropped and one added whose leads are
of one family (the same censure or concern, or the same ask of the same addressee in
another verb), that hold the same subject, and that are each other's best partner among
what is left: a provision rewritten in new words that keeps its function."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..chains import longest_increasing
from ..lexicon.wordforms import word_forms
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


def mutual_best(scored: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The pairs ``(i, j, value)`` of ``scored`` in which each is the other's best
    partner (the first best on a tie), in the order of ``j``."""
    best_old: dict[int, tuple[float, int]] = {}
    best_new: dict[int, tuple[float, int]] = {}
    for i, j, value in scored:
        if value > best_new.get(j, (-1.0, -1))[0]:
            best_new[j] = (value, i)
        if value > best_old.get(i, (-1.0, -1))[0]:
            best_old[i] = (value, j)
    return [(i, j, value) for j, (value, i) in sorted(best_new.items()) if best_old[i][1] == j]


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
    stretch = _stretches(links) if opts.family_stretch else None
    made: list[Link] = []
    for i, j, value in mutual_best(scored):
        if value < opts.family_threshold:
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


def _lead_verb(clause: Clause) -> str | None:
    """The verb a provision opens with, in the form its lead phrase gives it: the lemma's
    first word, past an adverb ("strongly condemning": the operative lemma keeps its
    adverb apart as a modifier, the recital's phrase holds it) and a perfect's auxiliary
    ("having considered"); none for a past participle standing alone, an adjective."""
    lead = clause.lead_phrase
    if lead is None or not lead.lemma:
        return None
    words = lead.lemma.lower().split()
    perfect = False
    while len(words) > 1 and (words[0].endswith("ly") or words[0] == "having"):
        perfect = perfect or words[0] == "having"
        words = words[1:]
    if words[0].endswith("ed") and not perfect:
        # A recital's adjective, not a verb's form: "Encouraged by the progress" is
        # pleased, "Encourages the parties" asks; "Determined to" resolves,
        # "Determines that" finds.
        return None
    return words[0]


def same_lead_verb(a: Clause, b: Clause) -> bool:
    """Whether two provisions open with the same verb, whatever its form ("Commends" and
    "Commending", "Regrets" and "Regretting", "Considers" and "Having considered"): the
    forms :func:`~resdiff.lexicon.wordforms.word_forms` gives each verb meet."""
    x, y = _lead_verb(a), _lead_verb(b)
    return x is not None and y is not None and bool(word_forms(x) & word_forms(y))


def part_partners(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    scorer: Scorer,
    opts: AlignOptions,
) -> list[Link]:
    """``links`` and the pairs of a paragraph dropped from one part and one added to the
    other that say the same thing: a decision demoted to a recital ("Commends the
    untiring efforts and the bravery of the Force ..." → "Commending the United Nations
    Protection Force for its continuing action ..."), or a recital raised to an operative
    paragraph. A drafter reads them as one provision moved between the parts (softer
    into the preamble, stronger out of it: ``section_shift``), not as an operative
    paragraph withdrawn beside a new recital. They pair when each is the other's best
    partner among the leftovers (of either part) that share a rarer word with it, the
    score is at least ``part_threshold``, they share at least ``part_share`` of the
    shorter one's longer words past the lead (:func:`same_subject`), and they open with
    the same verb in either form (:func:`same_lead_verb`: "Commends" and "Commending").
    Without that verb, two paragraphs of the two parts that share their words are as
    often a recital and the decision it grounds ("Recalling its resolution 1001" and
    "Reaffirms its resolution 1001 and decides ..."): on the judged texts such a round
    lost five provisions for each it gained (RESULTS §2fj)."""
    dropped, added = leftovers(links, len(old), len(new))
    if not dropped or not added:
        return links
    scored = rare_scores(scorer, dropped, added, FAMILY_CHECKS)
    if scored is None:
        return links
    made: list[Link] = []
    for i, j, value in mutual_best(scored):
        if value < opts.part_threshold:
            continue
        if old[i].section == new[j].section or not same_lead_verb(old[i], new[j]):
            continue
        if not same_subject(scorer.old_norm[i], scorer.new_norm[j], opts.part_share):
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
