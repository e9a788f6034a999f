"""Readers: turn a file or a string into a :class:`~resdiff.model.Draft`.

One module per input format (:mod:`.text` for plain text and Markdown, :mod:`.akn` for
Akoma Ntoso XML). :func:`load` finds the format, enforces the size limit, decodes the
bytes and hands them to the right reader. Readers know nothing of analysis or comparison.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import ResolutionParseError
from ..model import Draft, Source, SourceFormat

#: Largest input accepted, in bytes. Resolutions run to tens of kilobytes; the biggest
#: texts with annexes to a few megabytes.
MAX_INPUT_BYTES = 20 * 1024 * 1024

_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_XML_SUFFIXES = {".xml", ".akn"}


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    format: SourceFormat | None = None,
    path: str | None = None,
) -> Draft:
    """Read a draft from a path, from text, or from bytes, without analysing it.

    A ``str`` is a path when it names an existing file and has no line break; otherwise it
    is the text itself. ``format`` forces the reader (``"text"``, ``"markdown"``, ``"akn"``);
    by default it follows the file suffix and then the content.

    Raises :class:`~resdiff.errors.ResolutionParseError` for an empty, binary,
    undecodable, oversized or malformed input, naming the file and the line.
    """
    data: bytes
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, os.PathLike) or _looks_like_path(source):
        file = Path(source)
        path = path or str(source)
        try:
            size = file.stat().st_size
        except FileNotFoundError as exc:
            raise ResolutionParseError("no such file", path=path) from exc
        except OSError as exc:
            raise ResolutionParseError(f"cannot read file: {exc.strerror}", path=path) from exc
        if size > MAX_INPUT_BYTES:
            raise ResolutionParseError(
                f"file is {size} bytes, more than the limit of {MAX_INPUT_BYTES}", path=path
            )
        if format is None:
            suffix = file.suffix.lower()
            if suffix in _MARKDOWN_SUFFIXES:
                format = "markdown"
            elif suffix in _XML_SUFFIXES:
                format = "akn"
        data = file.read_bytes()
    else:
        data = source.encode("utf-8")

    if len(data) > MAX_INPUT_BYTES:
        raise ResolutionParseError(
            f"input is {len(data)} bytes, more than the limit of {MAX_INPUT_BYTES}", path=path
        )
    digest = hashlib.sha256(data).hexdigest()
    text = decode(data, path=path)
    if format is None:
        format = sniff(text)

    if format == "akn":
        from .akn import parse_akn

        draft = parse_akn(text, path=path)
    else:
        from .text import parse_text

        draft = parse_text(text, path=path, markdown=format == "markdown")
    return draft.model_copy(update={"source": Source(path=path, format=format, sha256=digest)})


def _looks_like_path(source: str) -> bool:
    """A one-line string naming an existing file, or ending with a draft file suffix (so a
    mistyped path is reported as missing, not parsed as a one-line draft)."""
    if "\n" in source or len(source) > 4096:
        return False
    try:
        path = Path(source)
        if path.is_file():
            return True
    except OSError:
        return False
    return path.suffix.lower() in (_TEXT_SUFFIXES | _MARKDOWN_SUFFIXES | _XML_SUFFIXES) - {""}


def decode(data: bytes, *, path: str | None = None) -> str:
    """Decode input bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Binary data (NUL bytes in a file without a UTF-16 BOM) and bytes that are not valid
    UTF-8 raise :class:`ResolutionParseError` with the line and column of the first bad
    byte: guessing a legacy code page would silently change words.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ResolutionParseError("invalid UTF-16 text", path=path) from exc
    if b"\x00" in data[:8192]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ResolutionParseError(
            "binary file: expected text (UTF-8), Markdown or Akoma Ntoso XML",
            path=path,
            line=line,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise ResolutionParseError(
            f"cannot decode byte 0x{data[exc.start]:02x} as UTF-8: "
            "expected UTF-8 text (save the file as UTF-8)",
            path=path,
            line=line,
            column=column,
        ) from exc


def sniff(text: str) -> SourceFormat:
    """Guess the format of decoded input from its first characters."""
    head = text.lstrip()[:2048]
    if head.startswith("<") and ("akomaNtoso" in head or head.startswith("<?xml")):
        return "akn"
    return "text"


__all__ = ["MAX_INPUT_BYTES", "decode", "load", "sniff"]
