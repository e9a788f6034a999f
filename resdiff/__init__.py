"""resdiff: compare drafts of United Nations resolutions clause by clause.

The public API is small:

- :func:`parse` reads a draft (plain text, Markdown or Akoma Ntoso XML) into an analysed
  :class:`~resdiff.model.Draft`.
- :func:`compare` aligns two drafts and classifies every change into a
  :class:`~resdiff.model.Comparison`.
- :mod:`resdiff.model` holds the immutable data model.
- :class:`~resdiff.errors.ResdiffError` is the base of every error raised on purpose.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import LexiconError, ResdiffError, ResolutionParseError, SpecError
from .history import History, history
from .model import Change, Clause, Comparison, Draft, Shift, SourceFormat, TrackedVersion
from .provenance import Provenance, provenance
from .redlines_spec import CheckResult, RedLines, check
from .scenario import Scenario

if TYPE_CHECKING:
    from .align import AlignOptions
    from .lexicon import Lexicon

#: Anything :func:`parse` accepts: a path, text, bytes, or a draft already read.
DraftSource = str | os.PathLike[str] | bytes | Draft

__version__ = "0.1.0"


def parse(
    source: DraftSource,
    *,
    format: SourceFormat | None = None,
    lexicon: Lexicon | None = None,
    analyze: bool = True,
    version: TrackedVersion = "accepted",
) -> Draft:
    """Read a draft resolution from a path (``"-"`` for standard input), a string of
    text, or bytes, and analyse it.

    ``format`` is ``"text"``, ``"markdown"``, ``"akn"``, ``"docx"`` or ``"pdf"``; by
    default it follows the file suffix and the content. ``version`` picks, in a Word file
    with tracked changes, the proposal (``"accepted"``, the default) or the
    ``"original"``. ``lexicon`` replaces the shipped lexicon for the analysis (phrases,
    tiers, hedges, measures, Chapter VII); ``analyze=False`` returns the structure only. A
    :class:`Draft` passed in is analysed if it was not yet.

    Raises :class:`ResolutionParseError` for input that is empty, binary, undecodable,
    too large or has no paragraphs, naming the file, line and column.
    """
    from .analyze import DEFAULT_LEXICON
    from .analyze import analyze as analyse

    if isinstance(source, Draft):
        draft = source
    else:
        from .read import load

        draft = load(source, format=format, version=version)
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
) -> Comparison:
    """Compare two drafts: which provisions were added, dropped, moved, reworded,
    softened or strengthened, and why.

    ``old`` and ``new`` are drafts or anything :func:`parse` reads (paths, text).
    ``options`` holds the aligner's thresholds (:class:`resdiff.AlignOptions`);
    ``lexicon`` replaces the shipped lexicon. Returns an immutable
    :class:`~resdiff.model.Comparison`.
    """
    from .analyze import AnalysisMemo
    from .classify import compare_drafts
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    # The two drafts share most paragraphs: what is read in one is not read again.
    memo = AnalysisMemo()
    return compare_drafts(
        _parse(old, lexicon, memo),
        _parse(new, lexicon, memo),
        lexicon=lex,
        options=options,
    )


def _parse(source: DraftSource, lexicon: Lexicon | None, memo: object) -> Draft:
    from .analyze import DEFAULT_LEXICON, AnalysisMemo
    from .analyze import analyze as analyse

    assert isinstance(memo, AnalysisMemo)
    draft = parse(source, lexicon=lexicon, analyze=False)
    if lexicon is None and draft.lexicon == DEFAULT_LEXICON:
        return draft
    return analyse(draft, lexicon, memo=memo)


def __getattr__(name: str) -> object:
    # The aligner's options and the lexicon are public but imported on first use, so
    # that ``import resdiff`` stays light.
    if name == "AlignOptions":
        from .align import AlignOptions

        return AlignOptions
    if name == "Lexicon":
        from .lexicon import Lexicon

        return Lexicon
    raise AttributeError(f"module 'resdiff' has no attribute {name!r}")


__all__ = [
    "AlignOptions",
    "Change",
    "CheckResult",
    "Clause",
    "Comparison",
    "Draft",
    "DraftSource",
    "History",
    "Lexicon",
    "LexiconError",
    "Provenance",
    "RedLines",
    "ResdiffError",
    "ResolutionParseError",
    "Scenario",
    "Shift",
    "SpecError",
    "__version__",
    "check",
    "compare",
    "history",
    "parse",
    "provenance",
]
