"""Verdicts: aligned provisions → changes with a kind and named shifts; the document
summary with its weighted direction and key changes.

A change's kind follows from its shifts and those of its sub-paragraphs: only softer
shifts make it ``softened``, only stronger ones ``strengthened``, both ``mixed``, none (but
different words) ``reworded``. The shifts come from every clause of the provision
(:mod:`resdiff.clauses`), from its quantities paired through the redline
(:mod:`resdiff.quantities`), from its measures and their life cycle, and from the
document-level flags. Each shift names the feature that moved and its old and new
values, so a reader can check the verdict, and carries a weight (the lexicon's
``weights.toml``) so that the document's direction follows its headline changes.

The work is cut in three, one module each: :mod:`.classifier` (:class:`Classifier`: one
aligned provision to a change, its shifts named and weighed), :mod:`.hosts` (added and
dropped paragraphs, and clauses, whose words stand in a paragraph of the other draft:
moved, not new) and :mod:`.summary` (the document summary: counts, flags, measures, the
weighted direction and the key changes). This module runs them in order
(:func:`compare_drafts`) and keeps every public name importable from
``resdiff.classify``, as before the split.
"""

from __future__ import annotations

import re

from ..align import AlignOptions, align
from ..lexicon import Lexicon
from ..model import Comparison, Draft
from .classifier import Classifier
from .hosts import MOVED_CLAUSE_SHARE, MOVED_CLAUSE_WORDS, RECAST, _restructured
from .posture import determination_recalled, flags_held
from .standing import (
    carried_by_reference,
    decisions_standing,
    follows_up,
    kept_in_force,
    later_resolution,
    mandate_by_reference,
    measures_standing,
    still_in_force,
)
from .summary import (
    DOMINANCE,
    KEY_CHANGES,
    _info,
    direction,
    ended_measures,
    key_changes,
    strongest_measures,
    summarise,
)

__all__ = [
    "DOMINANCE",
    "KEY_CHANGES",
    "MOVED_CLAUSE_SHARE",
    "MOVED_CLAUSE_WORDS",
    "RECAST",
    "Classifier",
    "compare_drafts",
    "direction",
    "ended_measures",
    "key_changes",
    "strongest_measures",
    "summarise",
]


def compare_drafts(
    old: Draft,
    new: Draft,
    *,
    lexicon: Lexicon,
    options: AlignOptions | None = None,
) -> Comparison:
    """Align and classify two analysed drafts."""
    opts = options or AlignOptions()
    classifier = Classifier(
        lexicon, opts, dates=(old.date, new.date), successor=later_resolution(old, new)
    )
    old_paragraphs = old.paragraphs
    new_paragraphs = new.paragraphs
    classifier.know_drafts(
        old_paragraphs,
        new_paragraphs,
        unanalysed=old.analysis_unavailable or new.analysis_unavailable,
    )
    changes = tuple(
        classifier.change(
            [old_paragraphs[i] for i in link.old],
            [new_paragraphs[j] for j in link.new],
            link,
        )
        for link in align(old_paragraphs, new_paragraphs, opts, cited_as=_cited_as(old, new))
    )
    changes = _restructured(changes, old_paragraphs, new_paragraphs)
    changes = flags_held(changes, lexicon)
    in_force = still_in_force(old, new)
    changes = kept_in_force(changes, in_force, old)
    changes = carried_by_reference(changes, mandate_by_reference(new), old)
    changes = determination_recalled(changes, old, new, lexicon)
    follow = follows_up(old, new, lexicon)
    changes = decisions_standing(changes, old, new, follow)
    changes = measures_standing(changes, follow)
    return Comparison(
        old=_info(old),
        new=_info(new),
        changes=changes,
        summary=summarise(
            old, new, changes, lexicon, in_force=in_force is not None, follow_up=follow
        ),
    )


#: The number of a resolution in its symbol: "S/RES/864 (1993)", "864 (1993)".
_RESOLUTION_NUMBER = re.compile(r"(\d{1,5})\s*\(\d{4}\)")


def _cited_as(old: Draft, new: Draft) -> str | None:
    """The number by which ``new``, a later resolution, cites ``old`` ("paragraph 19 of
    resolution 864 (1993)"), or ``None`` where ``new`` is no later resolution."""
    if not later_resolution(old, new) or old.symbol is None:
        return None
    found = _RESOLUTION_NUMBER.search(old.symbol)
    return found.group(1) if found else None
