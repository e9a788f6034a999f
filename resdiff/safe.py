"""Text that is safe to print: control characters made visible.

A draft is untrusted input. An ESC sequence hidden in a paragraph (``"\\x1b]0;pwned\\x07"``)
would set a terminal's title or clear its screen, a C1 control (U+009B) acts as an ESC
sequence in some terminals, and a bidi override (U+202E) makes a line read backwards.
Reports printed for people show each as its escape (``\\x1b``, ``\\u202e``); JSON keeps
the data and writes them as JSON escapes. Line breaks and tabs stay as they are. This
module imports nothing from the package, so the model and every renderer may use it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    # A type bound only: printable() and json_safe() serve commands that load no model.
    from pydantic import BaseModel

__all__ = ["displayable", "json_safe", "printable"]

# C0 controls but tab and line feed, DEL, C1 controls, and the invisible direction marks,
# embeddings, overrides and isolates of the bidi algorithm.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The same but C0 (which JSON encoders already escape).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

_M = TypeVar("_M", bound="BaseModel")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character shown as its escape (``\\x1b``)."""
    return _UNSAFE.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text with C1 controls and bidi controls written as JSON escapes
    (``\\u009b``): the same data, safe to print."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_clean(v) for v in value)
    return value


def displayable(model: _M) -> _M:
    """A copy of ``model`` whose strings are :func:`printable`, for renderers that write
    to a terminal; ``model`` itself when it holds no control character (the usual
    case)."""
    dumped = model.model_dump_json()
    # JSON writes C0 controls as "\u00XX": look for those escapes too.
    if not _UNSAFE.search(dumped) and "\\u00" not in dumped:
        return model
    data = _clean(model.model_dump(mode="json", by_alias=True))
    return type(model).model_validate(data)
