"""Where a draft's bytes come from: a path, standard input or bytes given; the size
limit, read in bounded chunks whatever size a file reports; the binary formats told by
their first bytes.

A file is never trusted to be what it says: ``/dev/zero`` reports no size and never ends,
a named pipe may have no writer, a ``.docx`` may be a Word 97 file or a password-protected
package. Each is read within the limit or refused with a :class:`ResolutionParseError`
naming the path.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

from ..errors import ResolutionParseError
from ..model import Limits, SourceFormat

#: Largest input accepted by default, in bytes (:attr:`Limits.max_bytes`). Resolutions
#: run to tens of kilobytes; the biggest texts with annexes to a few megabytes.
MAX_INPUT_BYTES = Limits().max_bytes

_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_XML_SUFFIXES = {".xml", ".akn"}
_BINARY_SUFFIXES = {".docx": "docx", ".pdf": "pdf"}
#: How a path opens and no draft does: "/", "~/", "./", "../", a drive ("C:\\", "C:/"), a
#: network share ("\\\\server").
_ROOTED = re.compile(r"(?:/|~[\w.-]*/|\.\.?[/\\]|[A-Za-z]:[/\\]|\\\\)")
#: What standard input is called wherever a path is accepted.
STDIN = "-"

# The first bytes of the binary formats, which tell them apart whatever the file is called.
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream name of an encrypted OOXML package inside its OLE container (UTF-16LE).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: How to convert a file of a format the readers refuse (a Word 97-2003 file, an
#: OpenDocument text, RTF) where Word is not at hand: LibreOffice's command line.
CONVERT_HINT = "without Word: soffice --headless --convert-to docx FILE"
#: How an RTF document opens, and what the readers say of one, whatever it is called.
_RTF_MAGIC = b"{\\rtf"
RTF_REFUSED = (
    f"an RTF document, not a draft: save it as .docx or .txt ({CONVERT_HINT}) and try again"
)


def too_large(what: str, limit: int, path: str | None) -> ResolutionParseError:
    """The error for an input over the byte limit: what it is, the limit, how to raise it."""
    return ResolutionParseError(
        f"{what}, more than the limit of {limit:,} bytes (raise it: --max-bytes on the "
        "command line, limits=Limits(max_bytes=...) in Python)",
        path=path,
    )


def read_bytes(name: str, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a file named on a command line (``"-"``: standard input), within the
    size limit."""
    if name == STDIN:
        return read_stdin(max_bytes=max_bytes)
    return read_file(Path(name), name, max_bytes=max_bytes)


def read_file(file: Path, path: str, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``file``, read in bounded chunks up to the size limit.

    The size a file reports is not trusted (``/dev/zero`` reports 0 and never ends), a
    directory is refused, and a named pipe is opened without waiting for a writer: with
    none, it reads as empty instead of blocking forever."""
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise ResolutionParseError("no such file", path=path) from exc
    except IsADirectoryError as exc:
        raise ResolutionParseError("is a directory: expected a draft file", path=path) from exc
    except OSError as exc:
        raise ResolutionParseError(f"cannot read file: {exc.strerror}", path=path) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ResolutionParseError("is a directory: expected a draft file", path=path)
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large(f"file is {info.st_size:,} bytes", max_bytes, path)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise too_large("input is larger", max_bytes, path)
        return b"".join(chunks)
    except OSError as exc:
        raise ResolutionParseError(f"cannot read file: {exc.strerror}", path=path) from exc
    finally:
        os.close(fd)


def read_stdin(path: str = "<stdin>", *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Standard input as bytes, up to the size limit (read in one bounded call, so a
    stream that never ends is cut off rather than filling memory)."""
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    if stream is None:
        raise ResolutionParseError("standard input is not readable", path=path)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large("input is larger", max_bytes, path)
    return data


def sniff_bytes(
    data: bytes, *, path: str | None = None, expected: str | None = None
) -> SourceFormat | None:
    """The binary format of ``data`` from its first bytes: ``"docx"`` for a ZIP package,
    ``"pdf"`` for a PDF, ``None`` for anything else (text). A Word 97–2003 ``.doc`` (an
    OLE compound file) is refused with a clear error, whatever its name."""
    if data.startswith(_ZIP_MAGIC):
        return "docx"
    if data.startswith(_PDF_MAGIC):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        # A password-protected .docx is an OLE container too (the package is stored
        # encrypted in its "EncryptedPackage" stream): say so rather than blame the format.
        if _ENCRYPTED_PACKAGE in data:
            raise ResolutionParseError(
                "an encrypted (password-protected) Office file: "
                "save it without a password and try again",
                path=path,
            )
        raise ResolutionParseError(
            f"a Word 97-2003 (.doc) or other OLE file: save it as .docx ({CONVERT_HINT}) "
            "and try again",
            path=path,
        )
    if expected in ("docx", "pdf") and not data.strip():
        kind = "a Word (.docx)" if expected == "docx" else "a PDF"
        raise ResolutionParseError(f"empty file: expected {kind} file", path=path)
    if expected in ("docx", "pdf") and data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(
        _RTF_MAGIC
    ):
        # Word saves RTF under any name: say what the file is and how to convert it,
        # as for an RTF file named .rtf or .txt (see read._refuse_markup).
        raise ResolutionParseError(RTF_REFUSED, path=path)
    if expected in ("docx", "pdf"):
        raise ResolutionParseError(
            f"not a {'Word (.docx)' if expected == 'docx' else 'PDF'} file: its first bytes "
            f"are {data[:8]!r}",
            path=path,
        )
    return None


def _looks_like_path(source: str) -> bool:
    """A one-line string naming an existing file or folder, ending with a draft file
    suffix, or a single word holding a path separator (so a folder, or a mistyped path
    such as ``corpus/S_RES_2646_2022.xm``, is reported as what it is, not parsed as a
    one-line draft: no draft is one word)."""
    if "\n" in source or "\0" in source or len(source) > 4096:
        # No file name holds a NUL: such a string is text (refused as binary, with its
        # line and column), not a path the system refuses with a bare ValueError.
        return False
    try:
        path = Path(source)
        if path.is_file() or path.is_dir():
            return True
    except OSError:
        return False
    stripped = source.strip()
    one_word = bool(stripped) and not any(c.isspace() for c in stripped)
    if one_word and ("/" in stripped or "\\" in stripped):
        return True
    if _ROOTED.match(stripped):
        # An absolute, home or relative path with spaces ("/Users/me/My Drafts/x.xm",
        # "C:\\Drafts\\x"): no draft opens so; the same on every system.
        return True
    suffixes = _TEXT_SUFFIXES | _MARKDOWN_SUFFIXES | _XML_SUFFIXES | set(_BINARY_SUFFIXES)
    return path.suffix.lower() in suffixes - {""}
