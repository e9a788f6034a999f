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

from typing import Literal

from ..align import AlignOptions, align
from ..align.basis import read_basis
from ..align.texts import whole_texts
from ..analyze import fold_typography
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import Annex, Comparison, Draft, TextChange
from ..redline import redline
from .classifier import Classifier
from .disputes import flags_in_dispute
from .hosts import MOVED_CLAUSE_SHARE, MOVED_CLAUSE_WORDS, RECAST, _restructured
from .modes import ended_measures, strongest_measures
from .posture import determination_recalled, flags_held
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
        )
    )
    changes = _restructured(changes, old_paragraphs, new_paragraphs, lexicon)
    changes = flags_held(changes, lexicon)
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
    changes = decisions_standing(changes, old, new, follow)
    changes = tasks_standing(changes, old, follow, lexicon)
    changes = measures_standing(changes, follow)
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
    )
    basis = whole_restated(whole, old, new)
    if basis is not None and summary.direction_note is None and summary.direction != "unknown":
        # The old text kept a whole resolution in force that resdiff does not hold: say
        # what the direction was weighed against.
        summary = summary.model_copy(update={"direction_note": basis})
    differ = text_changes(old, new)
    return Comparison(
        old=_info(old),
        new=_info(new),
        changes=changes,
        text_changes=differ,
        texts=whole_texts(old, new, differ),
        summary=summary,
    )


#: The number of a resolution in its symbol: "S/RES/864 (1993)", "864 (1993)".
_RESOLUTION_NUMBER = compile_cached(r"(\d{1,5})\s*\(\d{4}\)")


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
    found = _RESOLUTION_NUMBER.search(old.symbol)
    return found.group(1) if found else None


def _typeset(text: str) -> str:
    """``text`` with its typography folded (curly quotes, no-break hyphens and spaces) and
    its spacing made single: what an annex or a footnote must keep to be unchanged."""
    return " ".join(fold_typography(text).split())


def _annex_text(annex: Annex) -> str:
    return "\n".join([annex.title, *annex.paragraphs])


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def text_changes(old: Draft, new: Draft) -> tuple[TextChange, ...]:
    """The annexes and the footnotes that differ between the drafts, with their words:
    annexes paired by title ("Annex I", "Annex: Criteria for designation"), then in
    order; the footnotes of each draft taken together. An annex moved on (a name listed,
    a figure corrected) was reported "no change" when only the numbered paragraphs were
    compared."""
    out: list[TextChange] = []
    left = list(old.annexes)
    pairs: list[tuple[Annex | None, Annex | None]] = []
    unpaired: list[Annex] = []
    for annex in new.annexes:
        match = next((a for a in left if _title_key(a.title) == _title_key(annex.title)), None)
        if match is None:
            unpaired.append(annex)
        else:
            left.remove(match)
            pairs.append((match, annex))
    for annex in unpaired:
        # Retitled annexes pair in order with the old ones left; the rest come or go.
        pairs.append((left.pop(0) if left else None, annex))
    pairs += [(annex, None) for annex in left]
    for was, now in pairs:
        a = _annex_text(was) if was is not None else ""
        b = _annex_text(now) if now is not None else ""
        if a == b or (a and b and _typeset(a) == _typeset(b)):
            # Typography and spacing are no change of words, in an annex as in the body
            # ("non-financial" with a hyphen or a non-breaking hyphen, Taliban 2022); a
            # sign is ("> 300 km" -> "< 300 km", "$5" -> "€5").
            continue
        shown = now if now is not None else was
        title = shown.title if shown is not None else ""
        kind: Literal["added", "dropped", "changed"] = (
            "changed" if a and b else "added" if b else "dropped"
        )
        out.append(TextChange(part="annex", title=title, kind=kind, redline=redline(a, b)))
    notes_old = "\n".join(f.text for f in old.footnotes)
    notes_new = "\n".join(f.text for f in new.footnotes)
    if notes_old != notes_new and not (
        notes_old and notes_new and _typeset(notes_old) == _typeset(notes_new)
    ):
        kind = "changed" if notes_old and notes_new else "added" if notes_new else "dropped"
        ops = redline(notes_old, notes_new)
        out.append(TextChange(part="footnotes", title="Footnotes", kind=kind, redline=ops))
    return tuple(out)
