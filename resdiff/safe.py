"""Text that is safe to print: control characters made visible.

A draft is untrusted input. An ESC sequence hidden in a paragraph (``"\\x1b]0;pwned\\x07"``)
would set a terminal's title or clear its screen, a C1 control (U+009B) acts as an ESC
sequence in some terminals, and a bidi override (U+202E) makes a line read backwards.
Reports printed for people show each as its escape (``\\x1b``, ``\\u202e``); JSON keeps
the data and writes them as JSON escapes. Line breaks and tabs stay as they are. This
module imports nothing from the package but the cache of compiled patterns (which imports
nothing of it but its version), so the model and every renderer may use it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    # A type bound only: printable() and json_safe() serve commands that load no model.
    from pydantic import BaseModel

__all__ = ["displayable", "json_safe", "printable"]

# C0 controls but tab and line feed, DEL, C1 controls, and the invisible direction marks,
# embeddings, overrides and isolates of the bidi algorithm.
_UNSAFE_CHARS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# The same but C0 (which JSON encoders already escape).
_UNSAFE_IN_JSON_CHARS = "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"


@functools.cache
def _unsafe() -> re.Pattern[str]:
    # Compiled on first use, from the cache of compiled patterns: a set of characters
    # beyond Latin-1 costs re about 0.5 ms to compile, paid at the import of this module
    # by every command before (`resdiff --version` too, which prints nothing unsafe).
    from .compiled import compile_cached

    return compile_cached(_UNSAFE_CHARS)


@functools.cache
def _unsafe_in_json() -> re.Pattern[str]:
    from .compiled import compile_cached

    return compile_cached(_UNSAFE_IN_JSON_CHARS)


_M = TypeVar("_M", bound="BaseModel")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        # A byte of a file name that is not UTF-8, as the file system's decoding keeps it
        # (surrogateescape): shown as that byte, as shown_path shows it.
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown_path(path: str) -> str:
    """A file name as reports and the index keep it: a name that is not valid UTF-8 (its
    bytes held as lone surrogates by the file system's decoding) with those bytes escaped
    ("\\xff.txt"), so that every report, the JSON and the index can write it."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def printable(text: str) -> str:
    """``text`` with every control character shown as its escape (``\\x1b``)."""
    return _unsafe().sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text with C1 controls and bidi controls written as JSON escapes
    (``\\u009b``): the same data, safe to print."""
    return _unsafe_in_json().sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _holds_unsafe(dumped: str) -> bool:
    # JSON writes C0 controls as "\u00XX": look for those escapes too. Every unsafe
    # character is unprintable (a control, a format character or a surrogate), and
    # str.isprintable() scans a comparison's JSON in half the time of the search, which
    # runs only where some character is not (a no-break space, say).
    if "\\u00" in dumped:
        return True
    return not dumped.isprintable() and _unsafe().search(dumped) is not None


def _visible(value: Any) -> Any:
    """``value`` with its strings :func:`printable`: the same object where none needs it,
    so that only the branches of a model that hold a control are copied."""
    if isinstance(value, str):
        return printable(value) if _unsafe().search(value) else value
    if isinstance(value, tuple | list):
        items = [_visible(v) for v in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if isinstance(value, dict):
        found = {k: _visible(v) for k, v in value.items()}
        return value if all(found[k] is v for k, v in value.items()) else found
    if hasattr(value, "model_dump_json"):
        # A model is looked into only when its JSON (written by pydantic's core, in a
        # few milliseconds for a whole comparison) holds a control.
        if not _holds_unsafe(value.model_dump_json()):
            return value
        update = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _visible(old)
            if new is not old:
                update[name] = new
        return value.model_copy(update=update) if update else value
    return value


def displayable(model: _M) -> _M:
    """A copy of ``model`` whose strings are :func:`printable`, for renderers that write
    to a terminal; ``model`` itself when it holds no control character (the usual
    case). Only the parts that hold one are copied: the strings of a long comparison
    walked, cleaned and validated again cost about 0.15 s where one of its texts holds a
    direction mark (U+200E, common in UN texts)."""
    result: _M = _visible(model)
    return result
