"""Clause alignment: which paragraph of the old draft became which of the new.

Pairs are found in rounds, cheapest first, so that the expensive work only touches what
is left:

0. **tracked moves**: a clause a Word file moved (the same move name at its old place in
   the original and its new place in the accepted version, :attr:`Clause.moved_as`)
   pairs with itself first, and is a move whatever the order of the others;
1. **identical** texts, then texts equal once case, punctuation and spacing are
   **normalised** (hash look-ups, linear);
2. **similar** texts: each leftover new paragraph is scored against the leftover old ones
   with rapidfuzz's ``ratio`` (a C++ bit-parallel edit distance, with length-based early
   exit), the best candidates are kept, and pairs are taken greedily from the best score
   down. No character diff runs here: redlines are computed later, for kept pairs only;
3. **split** and **merged** paragraphs: a run of consecutive new paragraphs whose words are
   contained in one old paragraph (or the reverse) replaces a weaker single pairing when
   the joined run is closer to it; parts that stand apart (a paragraph moved in between)
   join a pairing only when they are otherwise unexplained and the gain is clear; with
   ``remainder_parts`` (off by default), a paragraph left beside a pair that brings back
   what its partner lost of the whole is the other part (:mod:`.remainder`);
4. **sole partners**: a paragraph dropped and one added that are each other's clear best
   partner among what is left (a provision rewritten past the word score);
4b. **gap partners** (only with ``gap_partners``): in a gap of at most two dropped and
   two added paragraphs, the two that are each other's best there on one subject;
5. **combined evidence** (only with ``combined_evidence``): a paragraph dropped and one
   added of the same gap, part and addressee that share words no other paragraph holds
   and have no close rival;
6. **moves**: the pairs that lie on the longest order-preserving chain stay in place; the
   others moved. A new number caused by an insertion above is not a move.

Everything is deterministic: ties break on position.

The rounds live in the modules of this package: :mod:`.text` (normalising, the
vocabulary), :mod:`.score` (the word scorer), :mod:`.function` and :mod:`.acts` (pairs by
what a paragraph does or acts on), :mod:`.gaps` (pairs in the gaps between kept pairs),
:mod:`.splits` and :mod:`.remainder` (splits and merges), :mod:`.sole` (sole partners),
:mod:`.rewritten` (pairs by the shape of a gap),
:mod:`.combined` (pairs on combined evidence) and :mod:`.order`
(equal texts in order, moves); :mod:`.links` holds what alignment is told and returns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Clause, MatchMethod
from .acts import (
    RESTATING_LEADS,
    cited_pairs,
    mandate_acts,
    opening_recitals,
    report_acts,
    report_recitals,
    same_openings,
)
from .basis import Basis, basis_apart, carried_into
from .combined import combined_partners
from .family import family_partners, part_partners
from .function import (
    AU_MISSION_ACRONYM,
    MISSION_ACRONYM,
    add_function_pairs,
    function_of,
    same_addressee,
    same_lead,
    shares_substance,
    subject_shared,
)
from .gaps import chains_in_gaps, gap_places, slot_pairs
from .links import AlignOptions, Link
from .order import in_order_equal, ordered, tracked_pairs, untangle_equal
from .parts import Parts, read_parts
from .remainder import remainder_parts
from .rewritten import gap_partners
from .score import Scorer
from .sole import sole_partners
from .splits import find_splits_and_merges
from .text import Vocabulary, normalise, normalise_all

__all__ = [
    "AU_MISSION_ACRONYM",
    "MISSION_ACRONYM",
    "RESTATING_LEADS",
    "AlignOptions",
    "Basis",
    "Link",
    "Parts",
    "align",
    "function_of",
    "normalise",
    "read_parts",
]


def _places(clauses: Sequence[Clause]) -> list[int]:
    """Each paragraph's place in its part (the preamble or the operative part), from 0."""
    seen: dict[str, int] = defaultdict(int)
    out = []
    for clause in clauses:
        out.append(seen[clause.section])
        seen[clause.section] += 1
    return out


def align(
    old: Sequence[Clause],
    new: Sequence[Clause],
    options: AlignOptions | None = None,
    *,
    cited_as: str | None = None,
    basis: Basis | None = None,
    parts: Parts | None = None,
) -> list[Link]:
    """Align two lists of clauses (top-level paragraphs, or the children of one pair).

    ``cited_as``: the number by which the new text cites the old one ("864" where a later
    resolution cites "paragraph 19 of resolution 864 (1993)"), so that an old paragraph
    the new text restates by its number pairs with that restatement
    (:func:`cited_pairs`). ``basis``: the paragraphs that state the Chapter VII formula
    alone or hold it inside them (read with the lexicon by the caller), which pair
    across the two parts by no words of the formula (:mod:`.basis`). ``parts``: the
    paragraphs that only add a part beside a mission (read with the lexicon by the
    caller), which are no act on the mandate (:mod:`.parts`).

    Returns links covering every old and every new index exactly once, in the new
    draft's order with each dropped clause placed where it stood.
    """
    opts = options or AlignOptions()
    bases = basis or Basis()
    old_raw = [c.full_text() for c in old]
    new_raw = [c.full_text() for c in new]
    known: dict[str, str] = {}
    old_norm = normalise_all(old_raw, known)
    new_norm = normalise_all(new_raw, known)
    vocabulary: Vocabulary | None = None
    scorer: Scorer | None = None

    pair_of_new: dict[int, Link] = {}
    old_taken: set[int] = set()

    # Round 0: the pairs a Word file's tracked moves name (the clause at its old place
    # in the original, at its new place in the accepted version, under one move name):
    # the strongest evidence there is of which paragraph moved, so they pair before any
    # text is compared, and stay a move whatever the order of the others.
    for i, j in tracked_pairs(old, new) if opts.tracked_moves else ():
        if old_raw[i] == new_raw[j] or old_norm[i] == new_norm[j]:
            how: MatchMethod = "identical" if old_raw[i] == new_raw[j] else "normalised"
            value = 1.0
        else:
            if scorer is None:
                vocabulary = Vocabulary(old_norm, new_norm)
                scorer = Scorer(old_norm, new_norm, vocabulary)
            how, value = "similar", round(max(scorer.score(i, j), 0.0), 4)
        old_taken.add(i)
        pair_of_new[j] = Link((i,), (j,), how, value, tracked=True)

    # Round 1: identical, then normalised texts. A text that repeats (the closing formula,
    # recurring boilerplate) pairs in order: first along one longest common subsequence
    # of the two drafts' texts, so that nothing in order is paired across; then what is
    # left, first come first served (paragraphs that did move).
    for texts_old, texts_new, method in (
        (old_raw, new_raw, "identical"),
        (old_norm, new_norm, "normalised"),
    ):
        for i, j in in_order_equal(texts_old, texts_new, old_taken, pair_of_new):
            old_taken.add(i)
            pair_of_new[j] = Link((i,), (j,), method, 1.0)  # type: ignore[arg-type]
        by_text: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(texts_old):
            if i not in old_taken:
                by_text[text].append(i)
        for j, text in enumerate(texts_new):
            if j in pair_of_new:
                continue
            queue = by_text.get(text)
            if queue:
                i = queue.pop(0)
                old_taken.add(i)
                pair_of_new[j] = Link((i,), (j,), method, 1.0)  # type: ignore[arg-type]

    # Round 2: similar texts among what is left, scored on words (see Scorer). First the
    # confident pairs anywhere; then, in each gap between pairs that keep their order,
    # the chain of pairs with the best total score (so two paragraphs reworded side by
    # side pair with each other, not one with the other's neighbour); last, what is left
    # anywhere (paragraphs moved *and* edited).
    left_old = [i for i in range(len(old)) if i not in old_taken]
    left_new = [j for j in range(len(new)) if j not in pair_of_new]
    if left_old and left_new:
        if vocabulary is None or scorer is None:
            vocabulary = Vocabulary(old_norm, new_norm)
            scorer = Scorer(old_norm, new_norm, vocabulary)

        def take(i: int, j: int, value: float, cited: str | None = None) -> None:
            old_taken.add(i)
            pair_of_new[j] = Link((i,), (j,), "similar", round(max(value, 0.0), 4), cited=cited)

        # The recitals on the report before the Council pair first, by what they do.
        for i, j, value in report_recitals(old, new, pair_of_new, old_taken, scorer):
            take(i, j, value)
        left_old = [i for i in left_old if i not in old_taken]
        left_new = [j for j in left_new if j not in pair_of_new]
        floor = min(opts.similar_threshold, opts.same_lead_threshold)
        candidates: dict[int, list[tuple[int, float]]] = {}
        # Where each new paragraph would stand in the old draft if nothing moved, and the
        # old paragraphs left in its gap: equal scores go to the in-order partner, and a
        # small gap's paragraphs are always scored, even when every word they have is too
        # common to propose them (boilerplate reworded in place).
        near, gap_mates = gap_places(pair_of_new, left_old, left_new, opts.candidates)
        # The places are read only by the same-lead guard, off by default (RESULTS §2fc).
        guarded = opts.same_lead_subject > 0.0
        old_place, new_place = (_places(old), _places(new)) if guarded else ([], [])
        for j in left_new:
            found = []
            best = scorer.best(j, left_old, opts.candidates, floor, near[j], gap_mates.get(j, ()))
            for i, value in best:
                if bases.apart(i, j, old, new):
                    # The formula's words are all they share: no evidence (see .basis).
                    continue
                if old[i].section != new[j].section:
                    value -= opts.cross_section_penalty
                if value >= opts.similar_threshold or (
                    value >= opts.same_lead_threshold
                    and same_lead(old[i], new[j])
                    and shares_substance(old_norm[i], new_norm[j])
                    and same_addressee(old[i], new[j])
                    and (
                        not guarded
                        or abs(old_place[i] - new_place[j]) <= opts.same_lead_slot
                        or subject_shared(old[i], new[j]) >= opts.same_lead_subject
                    )
                ):
                    found.append((i, value))
            candidates[j] = found
        add_function_pairs(old, new, left_old, left_new, scorer, candidates, opts)

        def greedy(floor: float) -> None:
            # Best score first; ties break on position, so the result is deterministic.
            ranked = sorted(
                (v, j, i) for j, found in candidates.items() for i, v in found if v >= floor
            )
            ranked.sort(key=lambda item: (-item[0], abs(item[2] - near[item[1]]), item[1], item[2]))
            for value, j, i in ranked:
                if j not in pair_of_new and i not in old_taken:
                    take(i, j, value)

        greedy(opts.confident_threshold)
        crossing = {
            j for j, link in pair_of_new.items() if old[link.old[0]].section != new[j].section
        }
        for i, j, value in chains_in_gaps(pair_of_new, candidates, old_taken, crossing):
            take(i, j, value)
        greedy(opts.similar_threshold)
        for i, j, value in mandate_acts(
            old, new, pair_of_new, old_taken, scorer, parts if parts is not None else Parts()
        ):
            take(i, j, value)
        for i, j, value in report_acts(old, new, pair_of_new, old_taken, scorer):
            take(i, j, value)
        for i, j, value in slot_pairs(old, new, pair_of_new, old_taken, scorer, opts):
            take(i, j, value)
        for i, j, value in opening_recitals(old, new, pair_of_new, old_taken, scorer):
            take(i, j, value)
        for i, j, value, citation in cited_pairs(
            old, new, pair_of_new, old_taken, scorer, cited_as
        ):
            take(i, j, value, citation)
        for i, j, value in same_openings(old, new, pair_of_new, old_taken, scorer):
            take(i, j, value)

    links = find_splits_and_merges(old, new, old_norm, new_norm, pair_of_new, opts, vocabulary)
    if opts.remainder_parts and vocabulary is not None:
        # Then the parts a drafter rewrote as well as cut: a paragraph beside a pair that
        # brings back what its partner lost of the whole (see .remainder).
        links = remainder_parts(links, old, new, old_norm, new_norm, vocabulary, opts)
    if scorer is not None:
        # Last, a paragraph dropped and one added that are each other's clear best partner.
        links = sole_partners(links, old, new, scorer, opts)
        if opts.gap_partners:
            # Then, when asked, a provision rewritten in its place: the one or two
            # dropped and added of a small gap, each the other's best there, on one
            # subject (off by default, RESULTS §2fx).
            links = gap_partners(links, old, new, scorer, opts)
        if opts.family_partners:
            # Then a dropped and an added paragraph that keep one function in new words
            # (leads of one family, the same subject, each the other's best).
            links = family_partners(links, old, new, scorer, opts)
        if opts.part_partners:
            # Then one provision moved between the parts in new words (a decision
            # demoted to a recital, a recital raised), each the other's best.
            links = part_partners(links, old, new, scorer, opts)
        if opts.combined_evidence:
            # Then, when asked, pairs that several weak signals together make (the same
            # place, addressee and rare words, no close rival): off by default, as it
            # did not carry from the half of the benchmark it was made on to the other.
            links = combined_partners(links, old, new, scorer, opts)
    links = carried_into(
        basis_apart(links, old, new, bases),
        old,
        new,
        bases,
        scorer.score if scorer is not None else None,
        min(opts.similar_threshold, opts.same_lead_threshold),
    )
    links = untangle_equal(links, old, old_raw, side="old")
    links = untangle_equal(links, new, new_raw, side="new")
    return ordered(links, len(old), len(new))
