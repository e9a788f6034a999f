"""resdiff: compare drafts of United Nations resolutions clause by clause.

The public API is small:

- :func:`parse` reads a draft (plain text, Markdown or Akoma Ntoso XML) into a
  :class:`~resdiff.model.Draft`.
- :mod:`resdiff.model` holds the immutable data model.
- :class:`~resdiff.errors.ResdiffError` is the base of every error raised on purpose.
"""

from __future__ import annotations

import os

from .errors import LexiconError, ResdiffError, ResolutionParseError, SpecError
from .model import Clause, Draft, SourceFormat

__version__ = "0.1.0"


def parse(
    source: str | os.PathLike[str] | bytes | Draft,
    *,
    format: SourceFormat | None = None,
) -> Draft:
    """Read a draft resolution from a path, a string of text, or bytes.

    ``format`` is ``"text"``, ``"markdown"`` or ``"akn"``; by default it follows the file
    suffix and the content. A :class:`Draft` passed in is returned as it is.

    Raises :class:`ResolutionParseError` for input that is empty, binary, undecodable,
    too large or has no paragraphs, naming the file, line and column.
    """
    if isinstance(source, Draft):
        return source
    from .read import load

    return load(source, format=format)


__all__ = [
    "Clause",
    "Draft",
    "LexiconError",
    "ResdiffError",
    "ResolutionParseError",
    "SpecError",
    "__version__",
    "parse",
]
