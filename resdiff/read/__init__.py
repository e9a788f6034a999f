"""Readers: turn a file or a string into a :class:`~resdiff.model.Draft`.

One module per input format (:mod:`.text` for plain text and Markdown, :mod:`.akn` for
Akoma Ntoso XML, :mod:`.docx` for Word files, :mod:`.pdf` for PDF). :func:`load` finds the
format (suffix, then the bytes themselves), enforces the size limit, decodes text and
hands the input to the right reader; ``"-"`` reads standard input. Readers know nothing
of analysis or comparison.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from pathlib import Path

from ..brackets import (
    DELETION_MARKS,
    LABEL_WORDS,
    drafters_notes,
    labelled_alternatives,
    negotiation_brackets,
    spanned_parts,
    struck_spans,
)
from ..compiled import compile_cached
from ..errors import ResolutionParseError
from ..model import (
    Clause,
    Draft,
    Heading,
    Limits,
    ParseWarning,
    RemovedText,
    Source,
    SourceFormat,
    TrackedVersion,
)
from ..safe import shown_path
from .checks import too_many_paragraphs
from .depth import bound_depth

#: Largest input accepted by default, in bytes (:attr:`Limits.max_bytes`). Resolutions
#: run to tens of kilobytes; the biggest texts with annexes to a few megabytes.
MAX_INPUT_BYTES = Limits().max_bytes

_TEXT_SUFFIXES = {".txt", ".text", ""}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_XML_SUFFIXES = {".xml", ".akn"}
_BINARY_SUFFIXES = {".docx": "docx", ".pdf": "pdf"}
#: What standard input is called wherever a path is accepted.
STDIN = "-"

# The first bytes of the binary formats, which tell them apart whatever the file is called.
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream name of an encrypted OOXML package inside its OLE container (UTF-16LE).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def load(
    source: str | os.PathLike[str] | bytes,
    *,
    format: SourceFormat | None = None,
    path: str | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
) -> Draft:
    """Read a draft from a path, from text, or from bytes, without analysing it.

    A ``str`` is a path when it names an existing file and has no line break; otherwise it
    is the text itself; ``"-"`` is standard input. ``format`` forces the reader
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
    elif isinstance(source, str) and source == STDIN:
        path = path or "<stdin>"
        data = read_stdin(path, max_bytes=max_bytes)
    elif isinstance(source, os.PathLike) or _looks_like_path(source):
        file = Path(source)
        path = path or shown_path(str(source))
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
    return _warn_of_brackets(_alternatives_aside(_without_placeholders(draft, path)))


#: The code of the warning that a draft marks deleted paragraphs in their place.
PLACEHOLDER_WARNING = "deleted-placeholder"

#: The length of the longest of :data:`~resdiff.brackets.DELETION_MARKS`.
_LONGEST_MARK = max(map(len, DELETION_MARKS))


def _placeholder(clause: Clause) -> bool:
    """Whether a paragraph only marks a deletion: "6. (deleted)", "5 bis. [deleted]",
    "[Paragraph deleted]", "Deleted." (case folded; brackets, parentheses and a final
    stop aside; the words are :data:`~resdiff.brackets.DELETION_MARKS`)."""
    if clause.children:
        return False
    text = clause.text.strip().strip("[]().;,:").strip()
    # Lower-casing never shortens a text: one longer than every mark is none (asked of
    # every paragraph, most of them hundreds of characters long).
    return len(text) <= _LONGEST_MARK and text.lower() in DELETION_MARKS


def _removed(clause: Clause) -> RemovedText:
    """A paragraph the reader takes out of the draft, kept as removed text with its line:
    its label and every word, sub-paragraphs included."""
    text = clause.full_text()
    return RemovedText(
        line=clause.span.first_line if clause.span else 1,
        text=f"{clause.label} {text}".strip() if clause.label else text,
        kind="other",
    )


def _without_placeholders(draft: Draft, path: str | None = None) -> Draft:
    """``draft`` without the paragraphs that only mark a deletion ("6. (deleted)"): the
    paragraph they stand for was deleted, and a comparison reports it dropped, not an
    "added" paragraph reading "(deleted)". Each is kept as removed text with its line,
    and one warning names them. A draft whose every paragraph is such a mark is refused
    (:class:`ResolutionParseError`), as a text of no paragraphs is."""
    gone = [c for c in draft.paragraphs if _placeholder(c)]
    if not gone:
        return draft
    if len(gone) == len(draft.paragraphs):
        # Nothing would be left to compare: the same refusal as a text of no paragraphs.
        raise ResolutionParseError(
            "no paragraphs: every paragraph only marks a deletion "
            f"({gone[0].ref} {gone[0].text.strip()!r})",
            path=path,
        )
    removed = tuple(_removed(c) for c in gone)
    refs = ", ".join(c.ref for c in gone)
    warning = ParseWarning(
        code=PLACEHOLDER_WARNING,
        message=f"{refs} only mark{'s' if len(gone) == 1 else ''} a deleted paragraph "
        f"({gone[0].text.strip()!r}): left out of the draft, kept as removed text",
        line=gone[0].span.first_line if gone[0].span else None,
    )
    dropped = {id(c) for c in gone}
    # What the reader said of the mark as a paragraph ("OP6 does not open with a
    # capitalised verb") no longer holds.
    lines = {c.span.first_line for c in gone if c.span}
    kept = tuple(w for w in draft.warnings if not (w.line in lines and w.code in _PARAGRAPH_CHECKS))
    return draft.model_copy(
        update={
            "preamble": tuple(c for c in draft.preamble if id(c) not in dropped),
            "operative": tuple(c for c in draft.operative if id(c) not in dropped),
            "furniture": (*draft.furniture, *removed),
            "warnings": (*kept, warning),
        }
    )


#: The code of the warning that a draft tables paragraphs in labelled alternatives.
ALTERNATIVES_WARNING = "alternatives"
#: A ref the reader gave a paragraph whose number repeats an earlier one's ("OP2-2").
_REPEAT_REF = compile_cached(r"-\d{1,4}$")


#: A heading that labels an alternative: "Alt 2", "[Option B]", "ALT 2:", "Alt 2 (proposed
#: by the Russian Federation)" (a heading is one short line: the repetitions are bounded).
_ALT_HEADING = compile_cached(
    rf"\[?[ \t]{{0,3}}(?P<label>{LABEL_WORDS}[ \t]{{0,3}}(?P<index>\d{{1,2}}|[A-H]))(?!\w)"
    r"[ \t]{0,3}[:.)\]\u2013\u2014-]{0,2}[ \t]{0,3}(?P<rest>\([^()\n]{0,200}\))?[ \t]{0,3}\]?"
    r"[ \t:.]{0,3}"
)


def _label_heading(text: str) -> tuple[str, str] | None:
    """A heading that only labels an alternative: its index ("2", "B") and the label to
    print before the alternative's words ("Alt 2" → "Alt 2:", "Alt 2 (proposed by the
    Russian Federation)" → "Alt 2: (proposed by the Russian Federation)"), so that the
    joined paragraph reads as labelled alternatives. ``None`` for a heading that is more
    than a label."""
    m = _ALT_HEADING.fullmatch(text.strip())
    if m is None:
        return None
    rest = m.group("rest")
    label = f"{m.group('label')}: {rest}" if rest else f"{m.group('label')}:"
    return m.group("index"), label


def _alternatives_aside(draft: Draft) -> Draft:
    """``draft`` with the alternatives laid out as paragraphs of their own brought under
    the first: under headings "Alt 1" and "Alt 2" (or "Option A" and "Option B", "Alt 3"
    after "Alt 1"), the paragraphs that repeat a number of the first alternative's run
    ("Alt 1 / 2. Decides ... / 3. ... / Alt 2 / 2. Calls upon ... / 3. ...") are its
    other alternatives, not more paragraphs. A paragraph of plain text is joined with
    them into the paragraph as a delegation would print it on one line, "Alt 1: Decides
    ... Alt 2: Calls upon ...": the analysis reads its first alternative and a comparison
    shows them all (a word changed in the second is a change; a revision that keeps one
    settles them). Where either has sub-paragraphs, which one line cannot hold in order,
    the others are set aside as removed text with their lines (no word lost; a change in
    them is not compared). Only the headings of alternatives brought together go; the
    warning on labelled alternatives, or the one here, names the paragraphs."""
    if not draft.headings or not any(_label_heading(h.text) for h in draft.headings):
        return draft
    under = {h.before: h for h in draft.headings if h.before is not None}
    refs = {c.ref for c in draft.paragraphs}
    # Each first alternative (by id): its label, and the others with their labels.
    groups: dict[int, tuple[str, list[tuple[str, Clause]]]] = {}
    headed: dict[int, Heading] = {}  # a paragraph's id -> the label heading right over it
    others: set[int] = set()
    for section in (draft.preamble, draft.operative):
        index: str | None = None  # the alternative the paragraphs stand under
        label = ""
        first: dict[str, Clause] = {}  # the first alternative's paragraphs, by ref
        run: list[Clause] = []  # the same, in order: recitals pair by place, having no number
        place = 0  # the place of a recital in the run of a later alternative
        for clause in section:
            heading = under.get(clause.ref)
            if heading is not None:
                labelled = _label_heading(heading.text)  # None under an ordinary heading
                index, label = labelled if labelled is not None else (None, "")
                place = 0
                if labelled is not None:
                    headed[id(clause)] = heading
                    if index in ("1", "A"):
                        run = []
            if index is None:
                continue
            if index in ("1", "A"):
                first[clause.ref] = clause
                run.append(clause)
                groups.setdefault(id(clause), (label, []))
                continue
            if clause.section == "preamble":
                # Recitals carry no number to repeat, and nothing marks where a later
                # alternative's run ends: only one recital tabled in alternatives ("Alt 1
                # / Condemning ..., / Alt 2 / Deploring ...,") is joined, the recital
                # right under each later label; the recitals after it are the draft's own
                # ("Determining that the situation ... constitutes a threat ...,"). Runs of
                # several recitals stay apart, as printed.
                if len(run) != 1 or place >= len(run):
                    index = None
                    continue
                groups[id(run[place])][1].append((label, clause))
                others.add(id(clause))
                place += 1
                continue
            repeat = _REPEAT_REF.search(clause.ref)
            base = clause.ref[: repeat.start()] if repeat is not None else None
            if base is None or base not in refs or base not in first:
                # A number of its own: the run of the other alternative is over.
                index = None
                continue
            groups[id(first[base])][1].append((label, clause))
            others.add(id(clause))
    groups = {k: v for k, v in groups.items() if v[1]}
    if not groups:
        return draft
    by_id = {id(c): c for c in draft.paragraphs}
    aside = {
        k
        for k, (_, rest) in groups.items()
        if by_id[k].children or any(c.children for _, c in rest)
    }
    lines = {c.span.first_line for c in draft.paragraphs if id(c) in others and c.span}
    removed: list[RemovedText] = []
    used: set[int] = set()
    for k, (_, rest) in groups.items():
        members = [by_id[k], *(c for _, c in rest)]
        if k in aside:
            # Only the other alternatives' headings go with them: the first keeps its own.
            members = members[1:]
        used |= {id(headed[id(c)]) for c in members if id(c) in headed}
        if k in aside:
            for c in members:
                heading = headed.get(id(c))
                if heading is not None:
                    line = heading.span.first_line if heading.span else 1
                    removed.append(RemovedText(line=line, text=heading.text, kind="other"))
                removed.append(_removed(c))

    def joined(clause: Clause) -> Clause:
        label, rest = groups[id(clause)]
        parts = [f"{label} {clause.text}"]
        last = clause.span.last_line if clause.span else None
        for other_label, other in rest:
            # Its number (the first alternative's, repeated) kept as printed: no word lost.
            number = f"{other.label} " if other.label else ""
            parts.append(f"{other_label or 'Alt:'} {number}{other.text}")
            if other.span is not None and last is not None:
                last = max(last, other.span.last_line)
        update: dict[str, object] = {"text": " ".join(parts)}
        if clause.span is not None and last is not None:
            update["span"] = clause.span.model_copy(update={"last_line": last})
        return clause.model_copy(update=update)

    def rebuilt(section: tuple[Clause, ...]) -> tuple[Clause, ...]:
        return tuple(
            joined(c) if id(c) in groups and id(c) not in aside else c
            for c in section
            if id(c) not in others
        )

    # The reader's word on the numbers the other alternatives repeat ("paragraph 2 is
    # numbered twice", "expected paragraph 4, found 2") no longer holds.
    warnings = [
        w
        for w in draft.warnings
        if not (w.line in lines and w.code in ("numbering-repeat", "numbering-gap"))
    ]
    if aside:
        firsts = [by_id[k] for k in groups if k in aside]
        named = _named([c.ref for c in firsts])
        warnings.append(
            ParseWarning(
                code=ALTERNATIVES_WARNING,
                message=f"paragraphs with sub-paragraphs tabled in alternatives under "
                f"headings ({named}): the first alternative is read; the others are kept "
                "as removed text, not compared",
                line=firsts[0].span.first_line if firsts[0].span else None,
            )
        )
    return draft.model_copy(
        update={
            "preamble": rebuilt(draft.preamble),
            "operative": rebuilt(draft.operative),
            "headings": tuple(h for h in draft.headings if id(h) not in used),
            "furniture": (*draft.furniture, *sorted(removed, key=lambda r: r.line)),
            "warnings": tuple(warnings),
        }
    )


#: The readers' checks of a paragraph's shape, moot for a deletion mark.
_PARAGRAPH_CHECKS = frozenset({"operative-no-verb", "preamble-no-comma"})


#: The code of the warning that a draft holds bracketed text (see :mod:`resdiff.brackets`).
BRACKETED_WARNING = "bracketed-text"
#: The code of the warning that a draft holds drafters' notes in brackets.
NOTES_WARNING = "drafters-notes"
#: The code of the warning that a text holds Markdown strike-through.
STRUCK_WARNING = "struck-text"
#: Paragraphs a bracket warning names before it says how many more there are.
_BRACKETED_NAMED = 8
#: Longest example of bracketed text a warning quotes.
_EXAMPLE_CHARS = 80


def _warn_of_brackets(draft: Draft) -> Draft:
    """``draft`` with a warning when its clauses hold negotiation brackets (which
    paragraphs, the first place of dispute as printed, and how the analysis reads them:
    without the brackets, alternatives as the first), and one when they hold drafters'
    notes ("[Note: ...]", read as no text of the draft). Editors' brackets ("[sic]",
    "[S/983]") are not named."""
    disputed: list[tuple[Clause, str]] = []
    notes: list[tuple[Clause, str]] = []
    struck: list[tuple[Clause, str]] = []
    labelled: list[tuple[Clause, str]] = []
    # Brackets that span paragraphs ("[Condemning ...," / "Acting under Chapter VII
    # ...,]"): each paragraph they hold is in dispute, whole.
    across = spanned_parts(draft.printed)
    for paragraph in draft.paragraphs:
        tabled = next(
            (c.text for c in paragraph.walk() if len(labelled_alternatives(c.text)) > 1), None
        )
        if tabled is not None:
            labelled.append((paragraph, tabled))
        first_dispute = first_note = first_struck = None
        for clause in paragraph.walk():
            if "~~" in clause.text and first_struck is None:
                spans = struck_spans(clause.text)
                first_struck = clause.text[spans[0][0] : spans[0][1]] if spans else None
            if id(clause) in across:
                first_dispute = first_dispute or clause.text
            if "[" not in clause.text:
                continue
            first_dispute = first_dispute or next(iter(negotiation_brackets(clause.text)), None)
            first_note = first_note or next(iter(drafters_notes(clause.text)), None)
        if first_dispute:
            disputed.append((paragraph, first_dispute))
        if first_note:
            notes.append((paragraph, first_note))
        if first_struck:
            struck.append((paragraph, first_struck))
    warnings = list(draft.warnings)
    if disputed:
        warnings.append(
            _bracket_warning(
                BRACKETED_WARNING,
                "text in square brackets, wording not yet agreed, in",
                disputed,
                "the analysis reads it as if agreed, and of alternatives ('[A][B]', '[A/B]') "
                "the first",
            )
        )
    if labelled:
        warnings.append(
            _bracket_warning(
                ALTERNATIVES_WARNING,
                "paragraphs tabled in labelled alternatives:",
                labelled,
                "the analysis reads the first alternative (the comparison still shows them all)",
            )
        )
    if notes:
        warnings.append(
            _bracket_warning(
                NOTES_WARNING,
                "drafters' notes in square brackets in",
                notes,
                "not read as text of the draft (the comparison still shows them)",
            )
        )
    if struck:
        warnings.append(
            _bracket_warning(
                STRUCK_WARNING,
                "struck-through text (Markdown ~~...~~) in",
                struck,
                "read as deleted words (the comparison still shows them)",
            )
        )
    if len(warnings) == len(draft.warnings):
        return draft
    return draft.model_copy(update={"warnings": tuple(warnings)})


def _named(refs: list[str]) -> str:
    """Paragraph refs as a warning names them: the first :data:`_BRACKETED_NAMED`, then
    how many more ("PP3, OP2 and 4 more")."""
    named = ", ".join(refs[:_BRACKETED_NAMED])
    if len(refs) > _BRACKETED_NAMED:
        named += f" and {len(refs) - _BRACKETED_NAMED} more"
    return named


def _bracket_warning(
    code: str, what: str, places: list[tuple[Clause, str]], how: str
) -> ParseWarning:
    """One warning naming the paragraphs of ``places`` and quoting the first."""
    named = _named([p.ref for p, _ in places])
    first, example = places[0]
    if len(example) > _EXAMPLE_CHARS:
        example = example[: _EXAMPLE_CHARS - 1] + "\u2026"
    return ParseWarning(
        code=code,
        message=f"{what} {named} ({first.ref}: {example!r}): {how}",
        line=first.span.first_line if first.span else None,
    )


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

        draft = bound_depth(parse_akn(text, path=path))
        if not draft.paragraphs:
            # A truncated export (an empty <body/>) is no adopted resolution of no
            # paragraphs, whose comparison would report every old provision dropped.
            raise ResolutionParseError(
                "an Akoma Ntoso document with no preamble or operative paragraphs", path=path
            )
    else:
        from .text import parse_text

        draft = parse_text(
            text, path=path, markdown=format == "markdown", max_paragraphs=max_paragraphs
        )
    update: dict[str, object] = {"source": Source(path=path, format=format, sha256=digest)}
    if encoding_warning is not None:
        update["warnings"] = (encoding_warning, *draft.warnings)
    return draft.model_copy(update=update)


def too_large(what: str, limit: int, path: str | None) -> ResolutionParseError:
    """The error for an input over the byte limit: what it is, the limit, how to raise it."""
    return ResolutionParseError(
        f"{what}, more than the limit of {limit:,} bytes (raise it: --max-bytes on the "
        "command line, limits=Limits(max_bytes=...) in Python)",
        path=path,
    )


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
            "a Word 97-2003 (.doc) or other OLE file: save it as .docx (Word) and try again",
            path=path,
        )
    if expected in ("docx", "pdf") and not data.strip():
        kind = "a Word (.docx)" if expected == "docx" else "a PDF"
        raise ResolutionParseError(f"empty file: expected {kind} file", path=path)
    if expected in ("docx", "pdf"):
        raise ResolutionParseError(
            f"not a {'Word (.docx)' if expected == 'docx' else 'PDF'} file: its first bytes "
            f"are {data[:8]!r}",
            path=path,
        )
    return None


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
    suffixes = _TEXT_SUFFIXES | _MARKDOWN_SUFFIXES | _XML_SUFFIXES | set(_BINARY_SUFFIXES)
    return path.suffix.lower() in suffixes - {""}


def decode(data: bytes, *, path: str | None = None) -> str:
    """Decode input bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252
    where the bytes are not UTF-8 and read as Western European text (see
    :func:`decode_with_warning`, which also gives the warning that says so).

    Binary data (NUL bytes in a file without a UTF-16 BOM) and bytes that are neither
    raise :class:`ResolutionParseError` with the line and column of the first bad byte.
    """
    return decode_with_warning(data, path=path)[0]


#: Bytes Windows-1252 leaves undefined: a text that holds one is in no Western code page.
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
#: Three letters beyond ASCII in a row: a text of another script (Cyrillic, Greek, Arabic)
#: read in the wrong code page ("Ñîâåò Áåçîïàñíîñòè"), which Western texts, whose accented
#: letters stand one or two together ("Conseil de sécurité", "resoluções"), never show.
_FOREIGN_RUN = compile_cached(r"[^\W\d_a-zA-Z]{3}")


#: UTF-8 as Western text has it: a Latin-1 letter or sign (C2/C3 xx), a letter of Latin
#: Extended-A (C4/C5 xx), general punctuation (E2 80 xx: ’ “ ” – — …). Beside a byte
#: that is not UTF-8, it says the file is UTF-8 with a byte broken, which Windows-1252
#: would turn into "â€™". (Any three-byte sequence would be too wide: "sécurité\xa0»"
#: in Windows-1252 is E9 A0 BB, the UTF-8 of a CJK character.)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xc5][\x80-\xbf]|\xe2\x80[\x80-\xbf]")
#: Any three-byte UTF-8 sequence: one may be chance in Windows-1252 text, three are
#: UTF-8 (Chinese, Arabic, Cyrillic) with a byte broken.
_UTF8_THREE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: A byte beyond ASCII.
_BEYOND_BYTE = re.compile(rb"[\x80-\xff]")
#: Every ASCII byte, dropped to leave the bytes beyond it.
_BEYOND_ASCII = re.compile(rb"[\x00-\x7f]+")
#: What Windows-1252 makes of another code page's letters, never seen in Western text:
#: a sign inside a word or opening one ("Bezpiecze³stwa", "£ódŸ": Polish in Windows-1250,
#: "Łódź"), an accented capital after a small letter ("StateÕs": Mac Roman's "’"), the
#: Icelandic thorn and eth (Turkish "ş", "ğ" in Windows-1254). Spanish "¿Qué", a degree
#: "25°C", French quotes "«sécurité»", Catalan "paral·lel" and "©UN" are Western and pass.
_FOREIGN_SIGN = compile_cached(
    r"[^\W\d_][\u00a1-\u00a9\u00ac\u00ae-\u00b4\u00b6\u00b8\u00b9\u00bc-\u00bf\u00d7\u00f7]"
    r"[^\W\d_]"
    r"|(?<![^\W\d_])[\u00a3-\u00a8\u00ac\u00af\u00b1-\u00b4\u00b6\u00b8\u00b9\u00bc-\u00be"
    r"\u00d7\u00f7][^\W\d_]"
    r"|[a-z\u00df-\u00ff][\u00c0-\u00d6\u00d8-\u00de]"
    r"|[\u00de\u00f0\u00fe\u00d0]"
)
#: Most bytes beyond ASCII whose letters are counted one by one (a file with more is
#: not Western text: refused without the count).
_MOST_BEYOND = 1_000_000


def decode_with_warning(data: bytes, *, path: str | None = None) -> tuple[str, ParseWarning | None]:
    """:func:`decode`, and the warning that the text was read as Windows-1252.

    Windows saves text as "ANSI", Windows-1252 for Western languages: Notepad before 2019,
    Word's "Plain Text" with the default encoding. Such a file is not UTF-8 as soon as it
    holds a curly quote, a dash or an accented letter. It is read as Windows-1252 when the
    result looks like Western text (no byte the code page leaves undefined, no run of
    three non-ASCII letters, no sign inside a word, at most one letter in ten non-ASCII,
    no sign of UTF-8 broken or cut short), with a warning naming the first such
    character; otherwise the error asks for UTF-8. The test is a likelihood, not a proof:
    a Central European text in Windows-1250 with none of the letters 1252 prints as signs
    ("bezpečnosti" as "bezpeènosti"), or a Mac Roman file with no curly quote, would be
    misread, and the warning's character is there for the reader to check.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ResolutionParseError("invalid UTF-16 text", path=path) from exc
        if "\x00" in text:
            ahead = text[: text.index("\x00")]
            raise ResolutionParseError(
                "binary file (a NUL character): expected text",
                path=path,
                line=ahead.count("\n") + 1,
                column=len(ahead) - (ahead.rfind("\n") + 1) + 1,
            )
        return text, None
    # A NUL anywhere is binary, not only in the first bytes: one past them would end up
    # in a clause's text.
    nul = data.find(b"\x00")
    if nul >= 0:
        before = data[:nul]
        raise ResolutionParseError(
            "binary file (a NUL byte): expected text (UTF-8), Markdown or Akoma Ntoso XML",
            path=path,
            line=before.count(b"\n") + 1,
            column=nul - (before.rfind(b"\n") + 1) + 1,
        )
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        western = _windows_1252(data, exc.start)
        if western is not None:
            char = data[exc.start : exc.start + 1].decode("cp1252")
            return western, ParseWarning(
                code="windows-1252",
                message=f"not UTF-8: read as Windows-1252 (Western European), the encoding "
                f"Windows saves text in as 'ANSI'; the first such character is “{char}” "
                f"at column {column} (save the file as UTF-8 if it is in another encoding)",
                line=line,
            )
        raise ResolutionParseError(
            f"cannot decode byte 0x{data[exc.start]:02x} as UTF-8: "
            "expected UTF-8 text (save the file as UTF-8)",
            path=path,
            line=line,
            column=column,
        ) from exc


def _windows_1252(data: bytes, bad: int) -> str | None:
    """``data`` read as Windows-1252 where it reads as Western text, else ``None``.
    ``bad``: where the first byte that is not UTF-8 stands."""
    if (
        _CP1252_UNDEFINED.search(data)
        or _UTF8_SEQUENCE.search(data)
        or len(_UTF8_THREE.findall(data, 0, _MOST_BEYOND)) >= 3
    ):
        # A well-formed UTF-8 sequence ("’" as E2 80 99) beside the bad byte: UTF-8 text
        # with a byte broken, which Windows-1252 would turn into "â€™".
        return None
    after = data[bad + 1 : bad + 4]
    if 0xC2 <= data[bad] <= 0xF4 and after and all(0x80 <= b <= 0xBF for b in after):
        # A UTF-8 sequence cut short ("’" as E2 80 at the end of the input): UTF-8 text
        # truncated, not Windows-1252.
        return None
    # Counted on bytes (in C) where it can be: the ASCII letters, then the letters among
    # the bytes beyond ASCII, one by one only when they are few enough to be Western.
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    beyond_bytes = _BEYOND_ASCII.sub(b"", data)
    if len(beyond_bytes) > _MOST_BEYOND or len(beyond_bytes) > ascii_letters:
        return None
    beyond = sum(1 for char in beyond_bytes.decode("cp1252") if char.isalpha())
    letters = ascii_letters + beyond
    if not letters or beyond * 10 > letters:
        return None
    text = data.decode("cp1252")
    # Every test below turns on a character beyond ASCII: read only around them (one
    # byte is one character in this code page), so 20 MB of text costs its few accents,
    # not a search from each of 20 million places.
    around = "\n".join(
        text[max(0, m.start() - 2) : m.start() + 3] for m in _BEYOND_BYTE.finditer(data)
    )
    if _FOREIGN_RUN.search(around) or _FOREIGN_SIGN.search(around):
        return None
    return text


def encode(text: str, *, path: str | None = None) -> bytes:
    """Text given as a string, as UTF-8 bytes. A lone surrogate (``"\\ud800"``, which
    no file can hold and which only a Python string built from bad data carries) raises
    :class:`ResolutionParseError` with its line and column rather than being replaced:
    a replacement would change the text without the user knowing which character it was.
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        before = text[: exc.start]
        raise ResolutionParseError(
            f"the text holds a lone surrogate (U+{ord(text[exc.start]):04X}), which is not "
            "a character: expected valid Unicode text",
            path=path,
            line=before.count("\n") + 1,
            column=exc.start - (before.rfind("\n") + 1) + 1,
        ) from exc


#: The ``schema`` a resdiff JSON report opens with ("resdiff.comparison/7"), near its top.
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
        raise ResolutionParseError(
            "an RTF document, not a draft: save it as .docx or .txt and try again", path=path
        )


def sniff(text: str) -> SourceFormat:
    """Guess the format of decoded input from its first characters."""
    head = text.lstrip()[:2048]
    if head.startswith("<") and ("akomaNtoso" in head or head.startswith("<?xml")):
        return "akn"
    return "text"


__all__ = [
    "MAX_INPUT_BYTES",
    "STDIN",
    "check_paragraphs",
    "decode",
    "encode",
    "load",
    "read_bytes",
    "read_stdin",
    "sniff",
    "sniff_bytes",
    "too_large",
]
