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

from ..align import AlignOptions, align
from ..align.basis import read_basis
from ..align.parts import read_parts
from ..align.texts import compare_texts
from ..lexicon import Lexicon
from ..model import Comparison, Draft
from .asks_moved import asks_moved
from .classifier import Classifier
from .disputes import flags_in_dispute
from .following import both_adopted
from .hosts import MOVED_CLAUSE_SHARE, MOVED_CLAUSE_WORDS, RECAST, _restructured
from .measures import RESOLUTION_NUMBER
from .modes import ended_measures, strongest_measures
from .posture import determination_recalled, finding_held_above, flags_held
from .reference import (
    continued_as_whole,
    dropped_by_whole,
    flags_by_reference,
    flags_by_whole,
    flags_restated,
    mandate_by_reference,
    whole_restated,
)
from .relocated import leads_moved
from .renewed import founding_period_renewed
from .standing import (
    carried_by_reference,
    decisions_standing,
    follows_up,
    kept_in_force,
    later_resolution,
    measures_kept,
    measures_maintained,
    measures_standing,
    still_in_force,
    tasks_standing,
)
from .summary import (
    DOMINANCE,
    KEY_CHANGES,
    _info,
    direction,
    key_changes,
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
    if opts.tracked_moves and not _one_file(old, new):
        # Moves pair only the two versions of one Word file: two files' moves may share
        # a name ("move1") and have nothing to do with each other.
        opts = opts.model_copy(update={"tracked_moves": False})
    successor = later_resolution(old, new)
    classifier = Classifier(
        lexicon,
        opts,
        dates=(old.date, new.date),
        successor=successor,
        symbols=(old.symbol, new.symbol),
        drafted=not both_adopted(old, new),
    )
    # In the order of the document: the changes of a resolution in parts follow its
    # parts (part B's recitals after part A's operative paragraphs, under B's headings).
    old_paragraphs = old.printed
    new_paragraphs = new.printed
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
        for link in align(
            old_paragraphs,
            new_paragraphs,
            opts,
            cited_as=_cited_as(old, new),
            basis=read_basis(old_paragraphs, new_paragraphs, lexicon),
            parts=read_parts(old_paragraphs, new_paragraphs, lexicon),
        )
    )
    changes = _restructured(changes, old_paragraphs, new_paragraphs, lexicon)
    if opts.asks_moved:
        changes = asks_moved(changes, old_paragraphs, new_paragraphs, classifier.drafts)
    changes = flags_held(changes, lexicon)
    changes = finding_held_above(changes, new, lexicon)
    changes = leads_moved(changes)
    in_force = still_in_force(old, new)
    changes = kept_in_force(changes, in_force, old)
    by_reference = mandate_by_reference(new)
    changes = carried_by_reference(changes, by_reference, old, new)
    changes, carried = flags_by_reference(changes, by_reference, old)
    # Only a text that itself acts under Chapter VII re-grounds the resolution it
    # continues: the judges of the two-day Somalia rollover (no Chapter VII recital of its
    # own) read its missing recital and determination as dropped, softer.
    continuing = frozenset(e.label for e in lexicon.lifecycle.values() if e.stage == "continue")
    whole_new = continued_as_whole(new) if new.chapter_vii else None
    changes, kept_whole = flags_by_whole(changes, whole_new, continuing)
    carried |= kept_whole
    # What a text continuing a resolution as a whole does not restate stands there.
    changes = dropped_by_whole(changes, continued_as_whole(new))
    whole = continued_as_whole(old)
    changes, restated = flags_restated(changes, old, new, whole)
    recalled = determination_recalled(changes, old, new, lexicon)
    if any(a is not b for a, b in zip(changes, recalled, strict=True)):
        # The determination the new text leaves to the resolution it cites stands there:
        # the summary shows it kept, as the change names it (S/RES/660 -> 678 (1990) said
        # "Article 39 determination: dropped" beside "not restated ... (the new text
        # cites resolution 660 (1990), which made it)").
        carried |= {"art39"}
    changes = recalled
    follow = follows_up(old, new, lexicon)
    changes = decisions_standing(changes, old, new, follow, lexicon)
    changes = tasks_standing(changes, old, follow, lexicon)
    changes = measures_standing(changes, follow)
    # A founding text's period renewed for the same length: the same stationing (§2ex).
    changes = founding_period_renewed(changes, old, new, lexicon)
    kept_by = measures_maintained(old, new, lexicon)
    changes = measures_kept(changes, kept_by)
    changes = flags_in_dispute(changes, new)
    summary = summarise(
        old,
        new,
        changes,
        lexicon,
        in_force=in_force is not None,
        follow_up=follow,
        kept_by=kept_by,
        carried=carried,
        restated=restated,
        successor=successor,
        by_rank=opts.mixed_by_rank,
    )
    basis = whole_restated(whole, old, new)
    if basis is not None and summary.direction_note is None and summary.direction != "unknown":
        # The old text kept a whole resolution in force that resdiff does not hold: say
        # what the direction was weighed against.
        summary = summary.model_copy(update={"direction_note": basis})
    differ, texts = compare_texts(old, new)
    return Comparison(
        old=_info(old),
        new=_info(new),
        changes=changes,
        text_changes=differ,
        texts=texts,
        summary=summary,
    )


def _one_file(old: Draft, new: Draft) -> bool:
    """Whether the two drafts are two versions (original, accepted) of one Word file with
    tracked changes: the same file's digest, read as two versions."""
    a, b = old.source, new.source
    return (
        a is not None
        and b is not None
        and a.sha256 is not None
        and a.sha256 == b.sha256
        and a.version is not None
        and b.version is not None
        and a.version != b.version
    )


def _cited_as(old: Draft, new: Draft) -> str | None:
    """The number by which ``new``, a later resolution, cites ``old`` ("paragraph 19 of
    resolution 864 (1993)"), or ``None`` where ``new`` is no later resolution."""
    if not later_resolution(old, new) or old.symbol is None:
        return None
    found = RESOLUTION_NUMBER.search(old.symbol)
    return found.group(1) if found else None
