"""Errors raised by resdiff.

Every error a user can meet is a :class:`ResdiffError`. Errors about input carry the
file, line and column where the problem was found, and say what was expected, so that
``str(error)`` reads like a compiler message::

    japan-draft.txt:42:1: expected an operative paragraph, found an empty line
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    # Only for the annotation: the lexicon cache spares most runs from parsing TOML, so
    # tomllib (about 10 ms) is loaded by whoever parses, not by every import of errors.
    import tomllib


class ResdiffError(Exception):
    """Base class of every error resdiff raises on purpose.

    ``path``, ``line`` and ``column`` locate the problem when it has a place in an
    input file (lines and columns count from 1).
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    @property
    def location(self) -> str:
        """``path:line:column`` with whatever parts are known (may be empty)."""
        parts = [self.path or "<text>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        if self.path is None and self.line is None:
            return self.message
        return f"{self.location}: {self.message}"


class ResolutionParseError(ResdiffError):
    """The input could not be read as a resolution or draft (empty, binary, no paragraphs,
    malformed XML, too large)."""


class LexiconError(ResdiffError):
    """A lexicon file is malformed or one of its entries is invalid."""


class SpecError(ResdiffError):
    """A red-lines specification or scenario step is invalid."""


class OutputError(ResdiffError):
    """A report could not be written where asked: a missing folder, a directory, a full
    device, or one of the inputs (which would be overwritten)."""


_E = TypeVar("_E", bound=ResdiffError)
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_error(exc: tomllib.TOMLDecodeError, cls: type[_E], path: str | None) -> _E:
    """``exc`` as a resdiff error of class ``cls`` placed at its line and column (tomllib
    3.11 puts them only in the message: "... (at line 3, column 7)")."""
    message = str(exc)
    found = _TOML_AT.search(message)
    line = column = None
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        message = message[: found.start()].rstrip()
    return cls(f"invalid TOML: {message}", path=path, line=line, column=column)
