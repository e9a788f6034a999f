"""Clause-level comparison: the clauses of two versions of a provision, aligned and
compared one by one.

A paragraph carries several clauses ("Welcomes ... and requests ..."; "Condemning ...,
recalling ..., and further urging ..."); the analysis found them, each a
:class:`~resdiff.model.Phrase` with the features read inside it. Here the clauses of the
old and the new version are aligned in order (same lead and shared words first), and:

- an aligned pair is compared feature by feature: a verb swapped in the same slot is one
  substitution ranked by tier on its axis; a modifier, a degree of concern, hedges,
  conditions, exemptions, the modal, the scope of the addressee, the life-cycle words of
  measures and mandates, and emphasis words ("immediately", "fully");
- a clause with no counterpart is a demand, call or censure *added* (stronger) or
  *removed* (softer) by its own force, unless its words were there all along (a verb
  repeated because a sentence was split is not a new demand);
- a hedge or condition that goes with its clause is not reported on its own: only the
  features of aligned clauses are compared.

Every shift names its feature, its old and new values and a direction; weights are put
on by the classifier.

The work is cut by what is compared, one module each: :mod:`.views` (a clause as the
comparison sees it, and the clauses of two versions aligned in order), :mod:`.qualifiers`
(hedges, conditions, exemptions, modals, emphasis and the reach of an ask),
:mod:`.pairs` (one aligned pair: its lead, degree, addressees and items) and
:mod:`.provision` (:class:`ClauseComparer`: the clauses of a provision, those with no
counterpart among them). This module keeps every public name importable from
``resdiff.clauses``, as before the split.
"""

from __future__ import annotations

from ..model import DECISION_TIER
from .pairs import ADDRESSEE_REACH, ADDRESSEE_START, RESTATED_OVERLAP, RESTATED_TIER
from .provision import ClauseComparer
from .qualifiers import (
    REACH_AXIS_B,
    REACH_JOINED_WORDS,
    REACH_RATIO,
    REACH_WORDS,
)
from .recast import RECAST_SHARED
from .views import (
    ALIGN_LIMIT,
    CONTAINED,
    CUT_WORDS,
    PAIR_FLOOR,
    SAME_LEAD_FLOOR,
    WEIGHTY_AXIS_A,
    ClauseView,
    align_clauses,
    clause_views,
    contained,
    content_words,
    direction_of,
    own_voice,
    words_text,
)
from .wording import QUALIFIED_WORDS

__all__ = [
    "ADDRESSEE_REACH",
    "ADDRESSEE_START",
    "ALIGN_LIMIT",
    "CONTAINED",
    "CUT_WORDS",
    "DECISION_TIER",
    "PAIR_FLOOR",
    "QUALIFIED_WORDS",
    "REACH_AXIS_B",
    "REACH_JOINED_WORDS",
    "REACH_RATIO",
    "REACH_WORDS",
    "RECAST_SHARED",
    "RESTATED_OVERLAP",
    "RESTATED_TIER",
    "SAME_LEAD_FLOOR",
    "WEIGHTY_AXIS_A",
    "ClauseComparer",
    "ClauseView",
    "align_clauses",
    "clause_views",
    "contained",
    "content_words",
    "direction_of",
    "own_voice",
    "words_text",
]
