"""The engine's entry points: :func:`parse` reads a draft, :func:`compare` compares two.

They live here rather than in the package's ``__init__`` so that the products built on
the engine (history, provenance, red lines, scenarios) import them from a module that
imports nothing of theirs: the import graph keeps one direction.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, get_args

from .collect import fewer_collections
from .errors import ResdiffError, ResolutionParseError
from .model import LIMITS_IN_FORCE, Comparison, Draft, Limits, SourceFormat, TrackedVersion

if TYPE_CHECKING:
    from .align import AlignOptions
    from .lexicon import Lexicon
    from .read.docx.tables import TableTerms
    from .read.docx.versions import TableVersions

#: Anything :func:`parse` accepts: a path, text, bytes (or a bytearray or memoryview), a
#: file object open for reading (an upload), or a draft already read.
DraftSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | IO[str] | Draft

_FORMATS = get_args(SourceFormat)
_VERSIONS = get_args(TrackedVersion)


def _checked(
    source: object, format: object, version: object, limits: object, name: str | None
) -> tuple[str | os.PathLike[str] | bytes | Draft, str | None, bool]:
    """The arguments of :func:`parse` checked before any work (a wrong one raised deep in
    a reader, or after the whole text was read): ``source`` as :func:`~resdiff.read.load`
    takes it, the name to show for it (a file object's own name, when it has one and
    ``name`` is not given), and whether it is content read from a stream (never a path:
    an upload holding "/etc/passwd" or "-" is that text)."""
    if format is not None and format not in _FORMATS:
        raise ValueError(f"format must be one of {', '.join(_FORMATS)} (or None), not {format!r}")
    if version not in _VERSIONS:
        raise ValueError(f"version must be one of {', '.join(_VERSIONS)}, not {version!r}")
    if limits is not None and not isinstance(limits, Limits):
        raise TypeError(f"limits must be a resdiff.Limits, not {type(limits).__name__}")
    if isinstance(source, (str, bytes, Draft, os.PathLike)):
        return source, name, False
    if isinstance(source, (bytearray, memoryview)):
        return bytes(source), name, False
    read = getattr(source, "read", None)
    if callable(read):
        # An upload: read no more than the size limit allows, and one more byte to tell
        # an input over it (refused by the reader, with the limit named).
        cap = (limits if isinstance(limits, Limits) else _LIMITS.get() or Limits()).max_bytes
        data = _read_upto(read, cap + 1, type(source).__name__)
        shown = getattr(source, "name", None)
        return data, name or (shown if isinstance(shown, str) and shown else None), True
    raise TypeError(
        f"a draft is a path, text, bytes, a file object or a Draft, not {type(source).__name__}"
    )


def _read_upto(read: Any, cap: int, kind: str) -> str | bytes:
    """What a file object's ``read`` gives, up to ``cap`` bytes or characters, read until
    its end: a raw stream (a pipe, a socket) gives what has arrived so far at each call,
    and one call read half an upload, compared without a word said."""
    parts: list[Any] = []
    got = 0
    while got < cap:
        chunk = read(cap - got)
        if chunk is None:
            # A non-blocking stream with nothing yet: taking what came as the whole draft
            # would compare part of it without a word said.
            raise ResolutionParseError(
                f"the {kind} gave no data yet (a non-blocking stream): read it, then pass the bytes"
            )
        if not isinstance(chunk, (str, bytes, bytearray)):
            raise TypeError(f"{kind}.read() gave {type(chunk).__name__}")
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    if not parts:
        return b""
    if isinstance(parts[0], str):
        if not all(isinstance(p, str) for p in parts):
            raise TypeError(f"{kind}.read() gave text and bytes")
        return "".join(parts)
    if any(isinstance(p, str) for p in parts):
        raise TypeError(f"{kind}.read() gave text and bytes")
    return b"".join(bytes(p) for p in parts)


#: The limits :func:`parse` and :func:`compare` apply when none are passed: the defaults
#: of :class:`Limits`, or those set by :func:`limits_in_force` for the code it wraps.
_LIMITS = LIMITS_IN_FORCE


@contextmanager
def limits_in_force(limits: Limits) -> Iterator[Limits]:
    """Apply ``limits`` to every :func:`parse` and :func:`compare` called inside the
    ``with`` block that is given none of its own, including those that history,
    provenance, red lines and scenarios make (the command line's ``--max-bytes`` and
    ``--max-paragraphs`` work this way), and to the readers called directly (the Word
    reader's own limits). Context-local: threads and tasks each keep their own."""
    token = _LIMITS.set(limits)
    try:
        yield limits
    finally:
        _LIMITS.reset(token)


def parse(
    source: DraftSource,
    *,
    format: SourceFormat | None = None,
    lexicon: Lexicon | None = None,
    analyze: bool = True,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    name: str | None = None,
    paths: bool = True,
) -> Draft:
    """Read a draft resolution from a path (``"-"`` for standard input), a string of
    text, bytes or a file object, and analyse it.

    A one-line ``str`` that names a file is read as that file; one that names a folder,
    or a single word holding a path separator that names no file (a mistyped path), is
    refused as such, never read as a one-line draft. A server that reads its
    users' drafts passes ``paths=False`` (a ``str`` is then always the text itself, never
    a file or standard input of the server's), or bytes. ``name`` is what errors and
    reports call the draft ("upload.docx"; by default the path, a file object's name, or
    nothing), in place of the server's own path too.

    ``format`` is ``"text"``, ``"markdown"``, ``"akn"``, ``"docx"`` or ``"pdf"``; by
    default it follows the file suffix and the content. ``version`` picks, in a Word file
    with tracked changes, the proposal (``"accepted"``, the default) or the
    ``"original"``. ``lexicon`` replaces the shipped lexicon for the analysis (phrases,
    tiers, hedges, measures, Chapter VII); ``analyze=False`` returns the structure only. A
    :class:`Draft` passed in is analysed if it was not yet.

    ``limits`` bounds the input's size and its number of paragraphs (default
    :class:`~resdiff.model.Limits`: 20 MB and 20,000 paragraphs and sub-paragraphs, or
    what :func:`limits_in_force` set).

    Raises :class:`ResolutionParseError` for input that is empty, binary, undecodable,
    too large (over a limit: the error names it and how to raise it) or has no
    paragraphs, naming the file, line and column.
    """
    from .analyze import DEFAULT_LEXICON
    from .analyze import analyze as analyse
    from .read import check_paragraphs, load

    source, name, streamed = _checked(source, format, version, limits, name)
    paths = paths and not streamed
    limits = limits or _LIMITS.get() or Limits()
    with fewer_collections():
        if isinstance(source, Draft):
            draft = source
            check_paragraphs(draft, limits, None)
        else:
            # In force while reading: the Word reader, called without them, bounds its
            # package's parts by them too.
            with limits_in_force(limits):
                draft = load(
                    source,
                    format=format,
                    version=version,
                    limits=limits,
                    path=name,
                    paths=paths,
                )
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
    limits: Limits | None = None,
    old_name: str | None = None,
    new_name: str | None = None,
    paths: bool = True,
) -> Comparison:
    """Compare two drafts: which provisions were added, dropped, moved, reworded,
    softened or strengthened, and why.

    ``old`` and ``new`` are drafts or anything :func:`parse` reads (paths, text, bytes,
    file objects). ``options`` holds the aligner's thresholds
    (:class:`resdiff.AlignOptions`); ``lexicon`` replaces the shipped lexicon; ``limits``
    bounds each draft as in :func:`parse`; ``old_name``, ``new_name`` and ``paths`` are
    :func:`parse`'s ``name`` and ``paths`` for each draft. An error reading a draft given
    as text or bytes with no name says which it was (``<old draft>:3:12: ...``). Returns
    an immutable :class:`~resdiff.model.Comparison`.
    """
    from .analyze import AnalysisMemo, analyze_pair
    from .classify import compare_drafts
    from .lexicon import Lexicon

    lex = lexicon or Lexicon.default()
    limits = limits or _LIMITS.get() or Limits()
    with fewer_collections():
        old_draft = _side(old, "old", old_name, lexicon, limits, paths)
        new_draft = _side(new, "new", new_name, lexicon, limits, paths)
        # The two drafts share most paragraphs: what is read in one is not read again,
        # and what the comparison never reads is not read at all.
        old_draft, new_draft = analyze_pair(old_draft, new_draft, lexicon, AnalysisMemo())
        return compare_drafts(old_draft, new_draft, lexicon=lex, options=options)


def _side(
    source: DraftSource,
    side: str,
    name: str | None,
    lexicon: Lexicon | None,
    limits: Limits,
    paths: bool,
) -> Draft:
    """One draft of :func:`compare`, read without analysis; an error in a draft that has
    no name of its own (text, bytes) names its side: both were "<text>" before."""
    try:
        return parse(source, lexicon=lexicon, analyze=False, limits=limits, name=name, paths=paths)
    except ResdiffError as exc:
        if exc.path is None:
            exc.path = f"<{side} draft>"
        raise


def comparison_table(
    source: str | os.PathLike[str] | bytes | IO[bytes],
    *,
    columns: tuple[str, str] | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    name: str | None = None,
    terms: TableTerms | None = None,
) -> TableVersions:
    """Read a Word comparison table (one row per provision: the earlier text in one
    column, the proposal in another, perhaps a column of comments) as the two versions
    it holds, each an analysed draft, with its columns and notes (comments, cells
    marked "Deleted" or "[…]"): a :class:`~resdiff.read.docx.TableVersions`.

    ``source`` is a path or the ``.docx`` bytes (or a file object); ``columns`` the two
    columns to compare, earlier first, by number from 1 or by header text ("Zero
    draft", "Rev.1"); by default those the header names as versions, else the two that
    pair provisions row by row. ``version`` reads the tracked changes inside the cells
    accepted or rejected. ``terms`` replaces the words that name the columns and the
    marker cells (:class:`~resdiff.read.docx.TableTerms`; default the shipped
    ``table_terms.toml``).

    Raises :class:`ResolutionParseError` where the file is not a Word file, holds no
    comparison table (the message says why) or has no such column.
    """
    from .read import load_table_versions, read_bytes

    checked, name, _ = _checked(source, "docx", version, limits, name)
    limits = limits or _LIMITS.get() or Limits()
    if isinstance(checked, Draft):
        raise TypeError("a comparison table is a Word file (a path or bytes), not a Draft")
    if isinstance(checked, bytes):
        data = checked
    else:
        path = os.fspath(checked)
        name = name or path
        data = read_bytes(path, max_bytes=limits.max_bytes)
    with limits_in_force(limits):
        read = load_table_versions(
            data, path=name, version=version, limits=limits, columns=columns, terms=terms
        )
    from dataclasses import replace

    return replace(read, old=parse(read.old), new=parse(read.new))


def read_comparison_table(
    source: str | os.PathLike[str] | bytes | IO[bytes],
    *,
    columns: tuple[str, str] | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    name: str | None = None,
) -> tuple[Draft, Draft]:
    """The two versions of a Word comparison table, earlier first, each an analysed
    draft: ``old, new = resdiff.read_comparison_table("table.docx")``, then
    ``resdiff.compare(old, new)``. See :func:`comparison_table` (the same, with the
    table's columns and notes) for the arguments and errors."""
    read = comparison_table(source, columns=columns, version=version, limits=limits, name=name)
    return read.old, read.new
