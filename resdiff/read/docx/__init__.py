"""Word (.docx) input: the paragraphs of a Word package, with automatic numbering and
tracked changes, as a :class:`~resdiff.model.Draft`.

The package is read with lxml rather than python-docx or docx2python: python-docx hides
deleted text and computes no numbering labels, docx2python renders labels but keeps only
one version of tracked changes, and neither lets us harden the XML parser. Reading takes
four steps, one module each:

1. :mod:`.package`: :class:`_Package` opens the ZIP under limits (entries, total
   uncompressed size, compression ratio), checked in the ZIP directory and again while
   each part is read, and refuses what is not a Word document (an OpenDocument file,
   another ZIP, an encrypted file) with a clear error; :func:`_parse_xml` parses each
   part with a hardened parser (no DTD, no entities, no network) and refuses any
   ``DOCTYPE``;
2. :mod:`.numbering`: :class:`_Numbering` numbers the paragraphs the way Word shows them
   (``numbering.xml`` and the paragraph styles of ``styles.xml``);
3. :mod:`.reader`: :class:`_Reader` walks the body in reading order (paragraphs, tables'
   paragraphs, text boxes), keeping one version of the tracked changes
   (:mod:`.revisions`) — ``"accepted"`` keeps insertions and the new place of moved
   text, ``"original"`` keeps deletions and the old place — joins the paragraphs whose
   mark that version removes, and labels the paragraphs (:mod:`.paragraphs`);
4. :mod:`.draft`: :func:`parse_docx` writes the paragraphs as plain-text lines (label,
   text, a blank line between paragraphs) for :func:`resdiff.read.text.parse_text`, so
   that the structure rules stay in one place, and maps the line numbers of the result
   (spans, warnings, footnotes) back to paragraph numbers of the Word document. A
   resdiff Word report is read from the structure it wrote instead (:mod:`.report`).

A paragraph without text is not a paragraph: it is skipped, and an empty numbered one is
named in a warning (``docx-empty-numbered``; Word still counts its number), unless it is
a number heading its sub-paragraphs ("11." above "(a)", numbered by Word or typed). A
text pasted into Word line by line (or a ``.txt`` saved as ``.docx``) has a Word
paragraph per printed line and an empty one per blank line: such a run of paragraphs is
found by its wrapped lines and handed to the text reader as the lines of a copied text
(:mod:`.printed`).

Comments are not part of the text: they are counted in one warning (``docx-comments``).
Footnotes and endnotes keep their mark in the text and their words at the end, as in a
printed draft, numbered in one count in figures (Word's "i", "ii" of endnotes read as
words). Running headers and footers are page furniture and are not read; a
first-page header (where UN templates put the masthead) is read before the body.

This module reads a package through those steps (:func:`parse_docx`) and keeps the
public names importable from ``resdiff.read.docx``, as before the split.
"""

from __future__ import annotations

from ...errors import ResolutionParseError
from ...model import (
    LIMITS_IN_FORCE,
    REPORT_ALIAS,
    REPORT_TAG,
    Draft,
    Limits,
    ParseWarning,
    TrackedVersion,
)
from .draft import (
    TRACKED_WARNING,
    UNTRACKED_WARNING,
    _as_text,
    _paragraph_of,
    _parse_as_text,
    _renumber_lines,
    _with_reader_warnings,
    _with_tracked_authors,
    _with_tracked_moves,
)
from .numbering import format_number
from .package import MAX_ENTRIES, MAX_RATIO, MAX_UNCOMPRESSED, _Package
from .package import RATIO_FLOOR as RATIO_FLOOR
from .printed import MAX_PRINTED_LINE
from .printed import MIN_PRINTED_WIDTH as MIN_PRINTED_WIDTH
from .reader import _Reader
from .report import _report_draft, report_info, report_kind
from .revisions import _DROPPED
from .runs import MAX_DEPTH as MAX_DEPTH
from .tables import TableTerms
from .versions import TABLE_NOTE, TABLE_WARNING, TableColumn, TableNote, TableVersions, detect
from .versions import read_versions as _read_versions


def read_table_versions(
    data: bytes,
    *,
    path: str | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
    columns: tuple[str, str] | None = None,
    terms: TableTerms | None = None,
) -> TableVersions:
    """Read a Word comparison table (one row per provision, the earlier text in one
    column and the proposal in another) as the two versions it holds, each a draft
    (see :mod:`.versions`). ``columns`` names the two columns to compare, earlier
    first, by number (from 1) or by header text; by default those the table's header
    names, else the two that pair provisions row by row. ``version``: the tracked
    changes inside the cells, accepted or rejected; ``terms``: the words that name the
    columns (default ``table_terms.toml``).

    Raises :class:`~resdiff.errors.ResolutionParseError` as :func:`parse_docx` does, and
    where the document holds no comparison table (saying why) or no such column.
    """
    if version not in _DROPPED:
        raise ValueError(f"version must be 'accepted' or 'original', not {version!r}")
    package = _Package(data, path, limits or LIMITS_IN_FORCE.get())
    return _read_versions(package, version, _draft_of, columns=columns, terms=terms)


def parse_docx(
    data: bytes,
    *,
    path: str | None = None,
    version: TrackedVersion = "accepted",
    limits: Limits | None = None,
) -> Draft:
    """Read a Word package: the ``version`` of its text (tracked changes accepted or
    rejected) through the text reader, within the Word limits of ``limits`` (default: the
    limits in force, see :func:`resdiff.api.limits_in_force`, else :class:`Limits`).

    Paragraph labels are rebuilt from Word's automatic numbering ("1.", "(a)", "(i)" as
    Word shows them); typed labels work too. In the draft, line numbers (clause spans,
    warnings, footnotes) count the paragraphs of the Word document.

    Raises :class:`~resdiff.errors.ResolutionParseError`, naming the file and the cause,
    for a corrupt or encrypted package, a ZIP that is not a Word document (an ``.odt``),
    a package over the limits (:data:`MAX_ENTRIES`, :data:`MAX_RATIO`, and those of
    ``limits``: :attr:`~Limits.max_docx_unpacked_bytes`, :attr:`~Limits.max_docx_elements`,
    :attr:`~Limits.max_docx_paragraphs`), XML with a ``DOCTYPE`` or malformed, and a
    document without text.
    """
    if version not in _DROPPED:
        raise ValueError(f"version must be 'accepted' or 'original', not {version!r}")
    package = _Package(data, path, limits or LIMITS_IN_FORCE.get())
    reader = _Reader(package, version)
    draft = _draft_of(reader)
    if reader.is_report or report_kind(package) is not None:
        return draft  # a resdiff report's tables are its own matter
    tables = [t for t in detect(package, version, reader.root) if t.is_comparison]
    if not tables:
        return draft
    # Read as one draft, a comparison table is neither of its versions: said, with how
    # to read them (the draft's text is as before).
    first = tables[0]
    names = " and ".join(
        f"column {k + 1}" + (f" ({first.headers[k]!r})" if first.headers[k] else "")
        for k in (first.roles.index("old"), first.roles.index("new"))
    )
    warning = ParseWarning(
        code=TABLE_WARNING,
        message=f"a comparison table ({names} hold two versions; {first.reason}): read "
        "here as one draft, both columns in turn; `resdiff compare FILE` (or "
        "resdiff.read_comparison_table) reads each column as a version",
        line=1,
    )
    return draft.model_copy(update={"warnings": (warning, *draft.warnings)})


def _draft_of(reader: _Reader) -> Draft:
    """The draft of what ``reader`` walks: its paragraphs through the text reader, the
    line numbers mapped back to the document's paragraphs, a resdiff report's own
    structure read back, and the reader's warnings."""
    package, version, path = reader.package, reader.version, reader.path
    paragraphs = reader.read()
    if not any(p.text.strip() for p in paragraphs):
        which = " in its original version (every change rejected)" if version == "original" else ""
        raise ResolutionParseError(
            f"empty document: {package.main} holds no text{which}", path=path
        )
    kind = report_kind(package)
    if kind is not None and not reader.is_report:
        # A resdiff report with no tracked text (precedents): its own matter is all it
        # holds, read as a draft's clauses; said, as a comparison report's matter is.
        reader.warnings.append(
            ParseWarning(
                code="docx-report",
                message=f"a resdiff {kind} report, not a draft: its title, headings and "
                "paragraphs are read as a draft's",
                line=1,
            )
        )
    report = _report_draft(paragraphs, version, path) if reader.is_report else None
    if report is not None:
        info = report_info(package, version)
        if info:
            # Each value checked by report_info (a date, a known status, a short symbol).
            report = report.model_copy(update=info)
        return _with_reader_warnings(report, reader, version)
    own: set[int] = set()
    text, where = _as_text(paragraphs, own)
    try:
        formula = reader.opens_with_formula
        if reader.is_report and not formula:
            where.insert(0, where[0] if where else 1)  # the line of the formula put first
        draft = _parse_as_text(
            text, path, report=reader.is_report, formula=formula, own=frozenset(own)
        )
    except ResolutionParseError as exc:
        at = f" (at paragraph {_paragraph_of(where, exc.line)})" if exc.line else ""
        raise ResolutionParseError(f"{exc.message}{at}", path=path) from exc
    authors: dict[int, tuple[str, ...]] = {}
    for para in paragraphs:
        if para.authors:
            authors[para.index] = tuple(
                dict.fromkeys((*authors.get(para.index, ()), *para.authors))
            )
    draft = _with_tracked_authors(_renumber_lines(draft, where), authors)
    moves = {para.index: para.move for para in paragraphs if para.move}
    draft = _with_tracked_moves(draft, moves)
    return _with_reader_warnings(draft, reader, version)


__all__ = [
    "MAX_ENTRIES",
    "MAX_PRINTED_LINE",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED",
    "REPORT_ALIAS",
    "REPORT_TAG",
    "TABLE_NOTE",
    "TABLE_WARNING",
    "TRACKED_WARNING",
    "UNTRACKED_WARNING",
    "TableColumn",
    "TableNote",
    "TableTerms",
    "TableVersions",
    "format_number",
    "parse_docx",
    "read_table_versions",
]
