"""Readers: turn a file or a string into a :class:`~resdiff.model.Draft`.

One module per input format (:mod:`.text` for plain text and Markdown, :mod:`.akn` for
Akoma Ntoso XML, :mod:`.docx` for Word files, :mod:`.pdf` for PDF). :func:`load` finds the
format (suffix, then the bytes themselves), enforces the size limit, decodes text and
hands the input to the right reader; ``"-"`` reads standard input. Readers know nothing
of analysis or comparison.

The steps each have a room: :mod:`.source` (the bytes, within the size limit, and the
binary formats told by their first bytes), :mod:`.encoding` (bytes to text), the format's
reader, then :mod:`.finish` (deletion marks, alternatives, bracket warnings), common to
every format.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..compiled import compile_cached
from ..errors import ResolutionParseError
from ..model import Draft, Limits, Source, SourceFormat, TrackedVersion
from ..safe import shown_path
from .checks import refuse_past, too_many_paragraphs
from .depth import bound_depth
from .encoding import decode, decode_with_warning, encode
from .finish import (
    ALTERNATIVES_WARNING,
    BRACKETED_WARNING,
    NOTES_WARNING,
    PLACEHOLDER_WARNING,
    STRUCK_WARNING,
    finish,
)

if TYPE_CHECKING:
    from .docx.tables import TableTerms
    from .docx.versions import TableVersions
from .source import (
    _BINARY_SUFFIXES,
    _MARKDOWN_SUFFIXES,
    _XML_SUFFIXES,
    MAX_INPUT_BYTES,
    RTF_REFUSED,
    STDIN,
    _looks_like_path,
    read_bytes,
    read_file,
    read_stdin,
    sniff_bytes,
    too_large,
)


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    format: SourceFormat | None = None,
    path: str | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    paths: bool = True,
) -> Draft:
    """Read a draft from a path, from text, or from bytes, without analysing it.

    A ``str`` is a path when it names an existing file and has no line break; otherwise it
    is the text itself; ``"-"`` is standard input. With ``paths=False`` a ``str`` is
    always the text itself (a server reading its users' drafts: "/etc/passwd" is then a
    one-line draft, not a file of the server's). ``format`` forces the reader
    (``"text"``, ``"markdown"``, ``"akn"``, ``"docx"``, ``"pdf"``); by default it follows
    the file suffix and then the content. ``version`` chooses, in a Word file with
    tracked changes, the proposal (``"accepted"``, every change accepted) or the
    ``"original"`` (every change rejected). ``limits`` bounds the input's bytes and the
    draft's clauses (default :class:`~resdiff.model.Limits`).

    Raises :class:`~resdiff.errors.ResolutionParseError` for an empty, binary,
    undecodable, oversized or malformed input, naming the file and the line.
    """
    limits = limits or Limits()
    max_bytes = limits.max_bytes
    data: bytes
    if path is not None:
        path = shown_path(path)
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str) and source == STDIN and paths:
        path = path or "<stdin>"
        data = read_stdin(path, max_bytes=max_bytes)
    elif isinstance(source, os.PathLike) or (paths and _looks_like_path(source)):
        # "~/Drafts/x.txt" is the user's home, as a shell reads it (the path rule takes
        # it for a path: read.source._ROOTED); the name shown stays as written.
        file = Path(os.path.expanduser(source) if isinstance(source, str) else source)
        path = path or shown_path(str(source))
        if isinstance(source, str) and not os.path.lexists(file):
            # A string taken for a path by its form ("S/RES/1695", "/My Drafts/x.xm"):
            # say so, and how to have it read as text.
            raise ResolutionParseError(
                "no such file (a one-line string shaped like a path is read as one; "
                "paths=False reads it as text)",
                path=path,
            )
        data = read_file(file, path, max_bytes=max_bytes)
        if format is None:
            suffix = file.suffix.lower()
            if suffix in _MARKDOWN_SUFFIXES:
                format = "markdown"
            elif suffix in _XML_SUFFIXES:
                format = "akn"
        expected = _BINARY_SUFFIXES.get(file.suffix.lower())
        if expected is not None and format is None:
            format = expected  # type: ignore[assignment]
    else:
        if len(source) > max_bytes:
            # Each character takes a byte at least: too large before it is encoded.
            raise too_large(f"input is {len(source):,} characters", max_bytes, path)
        data = encode(source, path=path)

    if len(data) > max_bytes:
        raise too_large(f"input is {len(data):,} bytes", max_bytes, path)
    draft = _read(data, format=format, path=path, version=version, limits=limits)
    check_paragraphs(draft, limits, path)
    return finish(draft, path)


def _read(
    data: bytes,
    *,
    format: SourceFormat | None,
    path: str | None,
    version: TrackedVersion,
    limits: Limits | None = None,
) -> Draft:
    """``data`` read by the reader of its format within ``limits`` (the Word and PDF
    readers' own, the paragraphs of a text), with its source recorded."""
    max_paragraphs = limits.max_paragraphs if limits is not None else None
    digest = hashlib.sha256(data).hexdigest()
    binary = sniff_bytes(data, path=path, expected=format)
    if binary is not None:
        format = binary
    if format == "docx":
        from .docx import parse_docx

        draft = bound_depth(parse_docx(data, path=path, version=version, limits=limits))
        return draft.model_copy(
            update={"source": Source(path=path, format="docx", sha256=digest, version=version)}
        )
    if format == "pdf":
        from .pdf import TRACKED_WARNING, parse_pdf

        draft = bound_depth(parse_pdf(data, path=path, limits=limits, version=version))
        # A draft printed with its tracked changes holds two versions: which one was read.
        tracked = any(w.code == TRACKED_WARNING for w in draft.warnings)
        return draft.model_copy(
            update={
                "source": Source(
                    path=path, format="pdf", sha256=digest, version=version if tracked else None
                )
            }
        )
    text, encoding_warning = decode_with_warning(data, path=path)
    if format is None:
        _refuse_resdiff_json(text, path)
        format = sniff(text)
    if format in ("text", "markdown"):
        _refuse_markup(text, path)

    if format == "akn":
        from .akn import parse_akn

        if max_paragraphs is not None:
            _refuse_far_too_many_elements(text, max_paragraphs, path)
        draft = bound_depth(parse_akn(text, path=path))
        if not draft.paragraphs:
            # A truncated export (an empty <body/>) is no adopted resolution of no
            # paragraphs, whose comparison would report every old provision dropped.
            raise ResolutionParseError(
                "an Akoma Ntoso document with no preamble or operative paragraphs", path=path
            )
    else:
        from .text import parse_text, refuse_far_too_many

        if max_paragraphs is not None:
            refuse_far_too_many(text, max_paragraphs, path)
        draft = parse_text(
            text, path=path, markdown=format == "markdown", max_paragraphs=max_paragraphs
        )
    update: dict[str, object] = {"source": Source(path=path, format=format, sha256=digest)}
    if encoding_warning is not None:
        update["warnings"] = (encoding_warning, *draft.warnings)
    return draft.model_copy(update=update)


#: An Akoma Ntoso element that makes a clause: a paragraph, a list's point or item.
_CLAUSE_ELEMENT = compile_cached(r"<(?:[A-Za-z_][\w.-]{0,40}:)?(?:paragraph|point|item)[\s/>]")


def _refuse_far_too_many_elements(text: str, limit: int, path: str | None) -> None:
    """Refuse, in one scan, an Akoma Ntoso text with more than twice as many clause
    elements as ``limit`` (and 10,000): the reader built the whole draft before counting
    it (250,000 paragraphs, 20 MB: 17-29 s and 958 MB to be refused)."""
    refuse_past(_CLAUSE_ELEMENT, max(2 * limit, 10_000), text, limit, path)


def check_paragraphs(draft: Draft, limits: Limits, path: str | None) -> None:
    """Raise :class:`ResolutionParseError` when ``draft`` holds more clauses (paragraphs
    and sub-paragraphs) than ``limits.max_paragraphs``."""
    count = 0
    stack = [*draft.preamble, *draft.operative]
    while stack:
        clause = stack.pop()
        count += 1
        stack.extend(clause.children)
    if count > limits.max_paragraphs:
        raise too_many_paragraphs(
            count,
            limits.max_paragraphs,
            path if path is not None else (draft.source.path if draft.source else None),
        )


#: The ``schema`` a resdiff JSON report opens with ("resdiff.comparison/10"), near its top.
_SCHEMA = compile_cached(r'"schema"\s*:\s*"(resdiff\.[a-z_]{1,40}/\d{1,4})"')
#: A draft written as JSON before its contract named a schema (`resdiff.draft/1` since).
_DRAFT_JSON = compile_cached(r'\A\{\s*"symbol"\s*:')


def _refuse_resdiff_json(text: str, path: str | None) -> None:
    """Raise for resdiff's own JSON given as a draft: a report read as a resolution
    would be analysed as text ("PP1 \"schema\": ..."), and a draft saved as JSON reads
    back exactly with :meth:`Draft.model_validate_json`, not through a text reader."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if not head.startswith("{"):
        return
    found = _SCHEMA.search(head)
    saved_draft = found is not None and found.group(1).startswith("resdiff.draft/")
    if found is not None and not saved_draft:
        raise ResolutionParseError(
            f"a resdiff report ({found.group(1)}), not a draft: give the drafts it was made from",
            path=path,
        )
    if saved_draft or (_DRAFT_JSON.match(head) and '"organ"' in head and '"preamble"' in text):
        raise ResolutionParseError(
            "a draft saved as resdiff JSON, not a document to read: load it with "
            "resdiff.Draft.model_validate_json, or give the file it was parsed from",
            path=path,
        )


_HTML_START = compile_cached(
    r"\A\s*(?:<!doctype\s+html\b|<html\b|<\?xml[^>]*>\s*<html\b)", re.IGNORECASE
)


def _refuse_markup(text: str, path: str | None) -> None:
    """An HTML page or an RTF document read as text would become paragraphs of tags and
    control words, and a comparison of them a verdict (a new user's draft saved from
    Outlook as HTML: "stronger, 17 dropped"). Refused, saying what to do."""
    head = text[:4096]
    if _HTML_START.match(head):
        raise ResolutionParseError(
            "an HTML page, not a draft: save the draft as .docx or .txt (or copy its text "
            "into a .txt file) and try again",
            path=path,
        )
    if head.lstrip().startswith("{\\rtf"):
        raise ResolutionParseError(RTF_REFUSED, path=path)


def sniff(text: str) -> SourceFormat:
    """Guess the format of decoded input from its first characters."""
    head = text.lstrip()[:2048]
    if head.startswith("<") and ("akomaNtoso" in head or head.startswith("<?xml")):
        return "akn"
    return "text"


__all__ = [
    "ALTERNATIVES_WARNING",
    "BRACKETED_WARNING",
    "MAX_INPUT_BYTES",
    "NOTES_WARNING",
    "PLACEHOLDER_WARNING",
    "STDIN",
    "STRUCK_WARNING",
    "check_paragraphs",
    "decode",
    "decode_with_warning",
    "encode",
    "load",
    "read_bytes",
    "read_file",
    "read_stdin",
    "sniff",
    "sniff_bytes",
    "too_large",
]


def load_table_versions(
    data: bytes,
    *,
    path: str | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    columns: tuple[str, str] | None = None,
    terms: TableTerms | None = None,
) -> TableVersions:
    """The two versions of a Word comparison table (``data``, a ``.docx``), each read as
    :func:`load` reads a Word file (its source recorded, finished, its paragraphs
    counted against ``limits``); see :func:`resdiff.read.docx.read_table_versions`.

    Raises :class:`~resdiff.errors.ResolutionParseError` for what is not a Word file,
    and where it holds no comparison table (saying why) or the columns named are not
    there."""
    from dataclasses import replace

    from .docx import read_table_versions

    limits = limits or Limits()
    if path is not None:
        path = shown_path(path)
    if len(data) > limits.max_bytes:
        raise too_large(f"input is {len(data):,} bytes", limits.max_bytes, path)
    if sniff_bytes(data, path=path, expected="docx") != "docx":
        raise ResolutionParseError(
            "not a Word file: a comparison table is read from a .docx", path=path
        )
    read = read_table_versions(
        data, path=path, version=version, limits=limits, columns=columns, terms=terms
    )
    digest = hashlib.sha256(data).hexdigest()
    drafts = []
    headers = {c.number: c.header for c in read.columns}
    for draft, number in ((read.old, read.old_column), (read.new, read.new_column)):
        # Each version named by its column, so that a report tells them apart.
        column = f"column {number}" + (f": {headers[number]}" if headers.get(number) else "")
        shown = f"{path or 'table'} ({column})"
        draft = bound_depth(draft).model_copy(
            update={"source": Source(path=shown, format="docx", sha256=digest, version=version)}
        )
        check_paragraphs(draft, limits, path)
        drafts.append(finish(draft, path))
    return replace(read, old=drafts[0], new=drafts[1])
