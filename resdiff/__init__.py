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

from .api import DraftSource, compare, parse
from .errors import LexiconError, ResdiffError, ResolutionParseError, SpecError
from .history import History, history
from .model import Change, Clause, Comparison, Draft, Limits, Shift
from .provenance import Provenance, provenance
from .redlines_spec import CheckResult, RedLines, check
from .scenario import Scenario

__version__ = "0.1.0"


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
    "Limits",
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
