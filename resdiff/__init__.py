"""resdiff: compare drafts of United Nations resolutions clause by clause.

The public API is small:

- :func:`parse` reads a draft (plain text, Markdown, Akoma Ntoso XML, Word ``.docx`` with
  ``resdiff[docx]``, PDF with ``resdiff[pdf]``) into an analysed
  :class:`~resdiff.model.Draft`.
- :func:`compare` aligns two drafts and classifies every change into a
  :class:`~resdiff.model.Comparison`.
- :mod:`resdiff.model` holds the immutable data model.
- :class:`~resdiff.errors.ResdiffError` is the base of every error raised on purpose.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from .errors import LexiconError, ResdiffError, ResolutionParseError, SpecError

if TYPE_CHECKING:
    from .align import AlignOptions
    from .api import DraftSource, compare, comparison_table, parse, read_comparison_table
    from .corpus import Corpus
    from .history import History, history
    from .lexicon import Lexicon
    from .model import Change, Clause, Comparison, Draft, Limits, Shift
    from .negotiation.red_lines import CheckResult, RedLines, check
    from .negotiation.scenario import Scenario
    from .provenance import Provenance, provenance

from ._version import __version__
from .lazy import lazy_names

#: Where each public name lives. They are imported on first use (PEP 562), so that
#: ``import resdiff`` and ``resdiff --version`` do not pay for pydantic, the lexicon,
#: history or red lines that the command at hand may never touch.
_LAZY = {
    "AlignOptions": "align",
    "Change": "model",
    "CheckResult": "negotiation.red_lines",
    "Clause": "model",
    "Corpus": "corpus",
    "Comparison": "model",
    "Draft": "model",
    "DraftSource": "api",
    "History": "history",
    "Limits": "model",
    "Lexicon": "lexicon",
    "Provenance": "provenance",
    "RedLines": "negotiation.red_lines",
    "Scenario": "negotiation.scenario",
    "Shift": "model",
    "check": "negotiation.red_lines",
    "compare": "api",
    "comparison_table": "api",
    "read_comparison_table": "api",
    "history": "history",
    "parse": "api",
    "provenance": "provenance",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


class _Package(types.ModuleType):
    """The package module, so that ``resdiff.history`` and ``resdiff.provenance`` stay the
    functions once their modules are imported: the import system sets a loaded submodule
    as an attribute of its package, which would hide the function of the same name."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "AlignOptions",
    "Change",
    "CheckResult",
    "Clause",
    "Comparison",
    "Corpus",
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
    "comparison_table",
    "history",
    "parse",
    "provenance",
    "read_comparison_table",
]
