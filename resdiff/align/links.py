"""What alignment is told (:class:`AlignOptions`) and what it returns: one :class:`Link` per
paired, split, merged, added or dropped group of paragraphs."""

# No ``from __future__ import annotations``: pydantic reads AlignOptions' annotations as
# objects instead of evaluating strings (as in resdiff.model).

from typing import NamedTuple

from pydantic import Field

from ..model import Frozen, MatchMethod


class AlignOptions(Frozen):
    """Thresholds of the aligner. Scores are similarities between 0 and 1.

    - ``similar_threshold``: least similarity for two paragraphs to count as the same
      provision reworded (below it, one is dropped and the other added).
    - ``same_lead_threshold``: least similarity for two paragraphs that open with the same
      phrase ("Acting under ...") and stand in the same place between kept paragraphs.
    - ``confident_threshold``: pairs at least this similar are taken first, wherever they
      stand; the others are paired in order within the gaps left between them.
    - ``cross_section_penalty``: taken off the score of a pair that crosses between the
      preamble and the operative part, so a same-section partner wins a near tie.
    - ``candidates``: best candidates kept per new paragraph before assignment.
    - ``containment_threshold``: least share of a part's words found in the whole for it to
      be considered a piece of a split or merge.
    - ``split_threshold``: least similarity between the whole and the joined parts.
    - ``split_margin``: how much better the joined parts must score than the best single
      pairing for a split or merge to replace it.
    - ``max_parts``: most paragraphs one paragraph may split into or merge from.
    - ``function_bonus``: added to the score of two paragraphs that renew, extend or end
      the same thing (the same measure, the same mission or panel), which then pair
      from ``same_lead_threshold`` up (:func:`function_of`).
    - ``slot_threshold``: least similarity for the one paragraph dropped and the one
      added between the same two kept paragraphs (of the same section) to pair: the
      provision rewritten in its place (:func:`slot_pairs`).
    - ``sole_threshold``: least similarity for a paragraph dropped and one added anywhere
      that are each other's clear best partner to pair (:func:`sole_partners`) ...
    - ``sole_margin``: ... when that score stands this far above the next best score of
      each of the two among the paragraphs left unpaired.
    - ``combined_evidence``: whether to pair leftovers on combined evidence at all (off:
      on the benchmark's other half it paired at 0.71 precision, and cost two verdicts);
    - ``combined_threshold``, ``combined_margin`` and ``combined_own``: the least score,
      margin over each side's best rival, and words held by no other paragraph, of a
      dropped and an added paragraph of the same gap, part and addressee that pair on
      that evidence together (:func:`combined_partners`).
    - ``family_partners``: whether to pair leftovers that keep one function in new words
      (:func:`family_partners`): leads of one family, the same subject (at least
      ``family_share`` of the shorter paragraph's longer words past the lead), each the
      other's best partner, from ``family_threshold`` up; with ``family_stretch``, only
      a dropped and an added paragraph between the same two kept paragraphs.
    - ``part_partners``: whether to pair a paragraph dropped from one part (preamble,
      operative part) and one added to the other that say the same thing (a decision
      demoted to a recital, a recital raised): the same lead verb in either form, each
      the other's best partner among the leftovers, from ``part_threshold`` up, sharing
      at least ``part_share`` of the shorter one's longer words past the lead
      (:func:`part_partners`). Off by default: it loses kind on the benchmark's odd half
      (RESULTS §2fj).
    - ``remainder_parts``: whether a paragraph left added (dropped) beside a reworded
      pair that brings back what the pair's other side said and its partner lost joins
      the pair as the other part of a split (merge) (:func:`remainder_parts`): at least
      ``remainder_cover`` of the lost rarer words, and at least ``remainder_share`` of
      its own rarer words found in the whole.
    - ``tracked_moves``: whether clauses that carry one tracked move's name
      (:attr:`Clause.moved_as`) pair by it first. Only the two versions of one Word file
      share their moves: :func:`compare_drafts` turns it off for any other two drafts,
      whose moves may bear the same name ("move1") and have nothing to do with each
      other.
    - ``same_lead_subject``: off at 0 (the default); above 0, two paragraphs of the same
      lead and addressee pair in the same-lead band (under ``similar_threshold``) only
      when they share at least this much of the shorter one's subject past the lead and
      its addressee (:func:`subject_shared`), or are both asks to report: "Requests the
      Secretary-General to keep the Council informed" and "Requests the
      Secretary-General to establish a trust fund for demining" are two asks. Off by
      default: it gains kind on both halves of the benchmark but costs directions on
      the odd half (RESULTS §2fc).
    - ``same_lead_slot``: with ``same_lead_subject``, two paragraphs this many places
      apart or fewer in their part are spared that test (the same slot of the
      document's order: a paragraph rewritten in its place); -1 spares none.
    - ``gap_partners``: whether to pair, in a gap between two kept pairs that holds at
      most ``gap_run`` dropped and ``gap_run`` added paragraphs, a dropped and an added
      one that are each other's best there by word score, from ``gap_threshold`` up,
      sharing at least ``gap_share`` of the shorter one's subject past the lead and its
      addressee (:func:`gap_partners`): a provision rewritten in its place. Off by
      default (RESULTS §2fx).
    - ``mixed_by_rank``: not the aligner's, the direction's: whether a text whose
      operative part decides its direction and trades like for like, rung by rung of the
      ladder (a decision, a demand or censure, an ask, less: as many of each one way as
      the other), is mixed whatever the tiers within a rung sum to
      (:func:`resdiff.classify.deciding.same_ranks`): one call dropped and one urging
      added. On by default (RESULTS §2fr: three directions gained on the even half of the
      benchmark, one net on the odd, every gain one series, UNFICYP's renewals); off,
      the sums within the operative part decide as before.
    - ``asks_moved``: not the aligner's, the classifier's: an ask taken out of one
      paragraph whose object stands in a paragraph or list item the revision puts in,
      asked at least as firmly in the same part, is named, not weighed ("its ask stands
      in new OP13"; :mod:`resdiff.classify.asks_moved`). Off by default (RESULTS §2fv:
      the judges weigh such a removal where it left in 12 of the 21 places it reaches;
      it spares four wrong shifts on each half, gains no kind on the even half and
      loses two on the odd).
    """

    similar_threshold: float = Field(default=0.45, ge=0.0, le=1.0)
    same_lead_threshold: float = Field(default=0.2, ge=0.0, le=1.0)
    confident_threshold: float = Field(default=0.75, ge=0.0, le=1.0)
    cross_section_penalty: float = Field(default=0.05, ge=0.0, le=1.0)
    candidates: int = Field(default=5, ge=1)
    containment_threshold: float = Field(default=0.7, ge=0.0, le=1.0)
    split_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    split_margin: float = Field(default=0.05, ge=0.0, le=1.0)
    max_parts: int = Field(default=6, ge=2)
    function_bonus: float = Field(default=0.1, ge=0.0, le=1.0)
    slot_threshold: float = Field(default=0.35, ge=0.0, le=1.0)
    sole_threshold: float = Field(default=0.35, ge=0.0, le=1.0)
    sole_margin: float = Field(default=0.15, ge=0.0, le=1.0)
    combined_evidence: bool = False
    combined_threshold: float = Field(default=0.2, ge=0.0, le=1.0)
    combined_margin: float = Field(default=0.05, ge=0.0, le=1.0)
    combined_own: int = Field(default=2, ge=1)
    family_partners: bool = False
    family_threshold: float = Field(default=0.3, ge=0.0, le=1.0)
    family_share: float = Field(default=0.3, ge=0.0, le=1.0)
    family_stretch: bool = True
    part_partners: bool = False
    part_threshold: float = Field(default=0.2, ge=0.0, le=1.0)
    part_share: float = Field(default=0.25, ge=0.0, le=1.0)
    remainder_parts: bool = False
    remainder_cover: float = Field(default=0.6, ge=0.0, le=1.0)
    remainder_share: float = Field(default=0.4, ge=0.0, le=1.0)
    tracked_moves: bool = True
    same_lead_subject: float = Field(default=0.0, ge=0.0, le=1.0)
    same_lead_slot: int = Field(default=-1, ge=-1)
    gap_partners: bool = False
    gap_run: int = Field(default=2, ge=1, le=8)
    gap_threshold: float = Field(default=0.25, ge=0.0, le=1.0)
    gap_share: float = Field(default=0.3, ge=0.0, le=1.0)
    mixed_by_rank: bool = True
    asks_moved: bool = False


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command) and cheaper to make.
class Link(NamedTuple):
    """One aligned group: indices into the old and new clause lists (empty on one side
    for an added or dropped clause), how it was matched, its score and whether it moved.

    A named tuple, no longer a dataclass: a changed copy is ``link._replace(moved=True)``
    (``dataclasses.replace`` raises ``TypeError`` on it), and a ``Link`` equals the plain
    tuple of its fields."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    method: MatchMethod
    score: float
    moved: bool = False
    #: The citation by which the new paragraph restates the old one ("paragraph 19 of
    #: resolution 864 (1993)"), where that is what paired them (:func:`cited_pairs`).
    cited: str | None = None
    #: Paired by a tracked move of a Word file (the clause's :attr:`Clause.moved_as` at
    #: its old and its new place): the move Word shows, whatever the texts' order.
    tracked: bool = False
