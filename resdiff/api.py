"""The engine's entry points: :func:`parse` reads a draft, :func:`compare` compares two.

They live here rather than in the package's ``__init__`` so that the products built on
the engine (history, provenance, red lines, scenarios) import them from a module that
imports nothing of theirs: the import graph keeps one direction.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .collect import fewer_collections
from .model import LIMITS_IN_FORCE, Comparison, Draft, Limits, SourceFormat, TrackedVersion

if TYPE_CHECKING:
    from .align import AlignOptions
    from .lexicon import Lexicon

#: Anything :func:`parse` accepts: a path, text, bytes, or a draft already read.
DraftSource = str | os.PathLike[str] | bytes | Draft

#: The limits :func:`parse` and :func:`compare` apply when none are passed: the defaults
#: of :class:`Limits`, or those set by :func:`limits_in_force` for the code it wraps.
_LIMITS = LIMITS_IN_FORCE


@contextmanager
def limits_in_force(limits: Limits) -> Iterator[Limits]:
    """Apply ``limits`` to every :func:`parse` and :func:`compare` called inside the
    ``with`` block that is given none of its own, including those that history,
    provenance, red lines and scenarios make (the command line's ``--max-bytes`` and
    ``--max-paragraphs`` work this way), and to the readers called directly (the Word
    reader's own limits). Context-local: threads and tasks each keep their own."""
    token = _LIMITS.set(limits)
    try:
        yield limits
    finally:
        _LIMITS.reset(token)


def parse(
    source: DraftSource,
    *,
    format: SourceFormat | None = None,
    lexicon: Lexicon | None = None,
    analyze: bool = True,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
) -> Draft:
    """Read a draft resolution from a path (``"-"`` for standard input), a string of
    text, or bytes, and analyse it.

    ``format`` is ``"text"``, ``"markdown"``, ``"akn"``, ``"docx"`` or ``"pdf"``; by
    default it follows the file suffix and the content. ``version`` picks, in a Word file
    with tracked changes, the proposal (``"accepted"``, the default) or the
    ``"original"``. ``lexicon`` replaces the shipped lexicon for the analysis (phrases,
    tiers, hedges, measures, Chapter VII); ``analyze=False`` returns the structure only. A
    :class:`Draft` passed in is analysed if it was not yet.

    ``limits`` bounds the input's size and its number of paragraphs (default
    :class:`~resdiff.model.Limits`: 20 MB and 20,000 paragraphs and sub-paragraphs, or
    what :func:`limits_in_force` set).

    Raises :class:`ResolutionParseError` for input that is empty, binary, undecodable,
    too large (over a limit: the error names it and how to raise it) or has no
    paragraphs, naming the file, line and column.
    """
    from .analyze import DEFAULT_LEXICON
    from .analyze import analyze as analyse
    from .read import check_paragraphs, load

    limits = limits or _LIMITS.get() or Limits()
    with fewer_collections():
        if isinstance(source, Draft):
            draft = source
            check_paragraphs(draft, limits, None)
        else:
            # In force while reading: the Word reader, called without them, bounds its
            # package's parts by them too.
            with limits_in_force(limits):
                draft = load(source, format=format, version=version, limits=limits)
        if not analyze:
            return draft
        if lexicon is None and draft.lexicon == DEFAULT_LEXICON:
            return draft
        return analyse(draft, lexicon)


def compare(
    old: DraftSource,
    new: DraftSource,
    *,
    options: AlignOptions | None = None,
    lexicon: Lexicon | None = None,
    limits: Limits | None = None,
) -> Comparison:
    """Compare two drafts: which provisions were added, dropped, moved, reworded,
    softened or strengthened, and why.

    ``old`` and ``new`` are drafts or anything :func:`parse` reads (paths, text).
    ``options`` holds the aligner's thresholds (:class:`resdiff.AlignOptions`);
    ``lexicon`` replaces the shipped lexicon; ``limits`` bounds each draft as in
    :func:`parse`. Returns an immutable :class:`~resdiff.model.Comparison`.
    """
    from .analyze import AnalysisMemo, analyze_pair
    from .classify import compare_drafts
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    limits = limits or _LIMITS.get() or Limits()
    with fewer_collections():
        old_draft = parse(old, lexicon=lexicon, analyze=False, limits=limits)
        new_draft = parse(new, lexicon=lexicon, analyze=False, limits=limits)
        # The two drafts share most paragraphs: what is read in one is not read again,
        # and what the comparison never reads is not read at all.
        old_draft, new_draft = analyze_pair(old_draft, new_draft, lexicon, AnalysisMemo())
        return compare_drafts(old_draft, new_draft, lexicon=lex, options=options)
