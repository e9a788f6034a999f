"""PDF input: the text layer of a PDF, cleared of UN page furniture, through the text
reader.

The reader is a small pipeline, one function a step, one module a stage: :mod:`.glyphs`
opens a PDF and reads its glyphs into printed lines, :mod:`.columns` reads pages set in
two columns down each column, :mod:`.notes` finds the marks and rules of footnotes,
:mod:`.tracked` reads a print of tracked changes as two versions, :mod:`.layout` writes
the lines as text and :mod:`.furniture` takes out the page furniture and the footnotes;
this module reads a PDF through them (:func:`pdf_text`, :func:`parse_pdf`) and keeps
every name they define importable from ``resdiff.read.pdf``, as before the split:

1. :func:`_open` opens the PDF from its bytes with pypdfium2 (PDFium, the PDF engine of
   Chromium) and refuses what it cannot read: an empty or corrupt file, one that needs a
   password, more than :data:`MAX_PAGES` pages;
2. :func:`_page_glyphs` reads each page's characters with their boxes and type sizes,
   :func:`_rows` groups them into the printed lines, top to bottom, each left to right
   (a superscript mark set so high it stands apart goes back on its line),
   :func:`_find_note_marks` and :func:`_find_rules` note the lines that may open a
   footnote (a mark cited, raised, above them on the page; the footnotes' rule above
   them), and :func:`_layout` writes each line as text: a wide gap kept as a run of
   spaces (the columns of "United Nations ... S/RES/2512 (2020)"), the indent kept as
   leading spaces, a blank line where the gap between two lines is wider than the usual
   line pitch (between paragraphs), a hyphen at the end of a line kept where it is
   printed, and Word's bullets in symbol fonts shown as the bullets they print
   (:func:`_bullet`);
3. :func:`_take_furniture` removes the UN page furniture at the top and foot of each
   page (running headers, job numbers and date stamps, barcodes, "Please recycle", page
   numbers, and the lines printed alike at the top or foot of every page, the first
   included: :func:`_on_every_page`) into ``Draft.furniture``, kind by kind, and the
   footnotes at the foot of a page (:func:`_notes_at_foot`) into ``Draft.footnotes``,
   with the line numbers of the text layer (:func:`pdf_text` shows it), so that no word
   is silently lost and no note is read into a clause;
4. :func:`~resdiff.read.text.parse_text` reads the cleaned text as it reads text copied
   from a PDF: it joins wrapped lines and undoes line-break hyphenation.

A PDF without a text layer (a scan) is refused with a clear error; a page without text in
a PDF that has some is read with a warning, so the words it holds are not lost unseen.

Why pypdfium2. The same PDFs (the 145 resolutions of ``../shared/corpus/akn``, 743 pages,
laid out as the Secretariat prints them and made with LibreOffice by
``tests/pdf_fixtures.py``) were read with pypdfium2 5.15 and pdfplumber 0.11, pdftotext
for reference (``python tests/pdf_fixtures.py 1`` prints the table):

=================================  =======  ====  =====  ======  =========
reading                            ms/page  lost  extra  pairs   structure
=================================  =======  ====  =====  ======  =========
pypdfium2, plain text                  3.6    28     56  0.9985     96/145
pypdfium2, boxes (this reader)          20     0      0  1.0000    143/145
pdfplumber, plain text                 183    23     46  0.9986     96/145
pdfplumber, ``layout=True``            194    23     46  0.9986     60/145
pdfplumber chars, this layout          194     0      0  1.0000    143/145
pdftotext ``-layout``                  6.5    52    104  0.9984    107/145
=================================  =======  ====  =====  ======  =========

(lost and extra: words of the document missing, and words not in it, such as "insti"
"tutions" for a word the typesetter wrote in two pieces; pairs: share of the document's
word pairs found in order, which furniture inside the text lowers; structure: files
whose text reader parse gives the PP/OP/sub-paragraph structure of the AKN file; the two
misses are inline enumerations the text reader takes for sub-paragraphs. Times on a
shared machine under load; a quieter run gave 2.4, 14, 134, 132, 132 and 4.3 ms a page.)

* Both libraries keep the words in order and lose none once the characters are laid out
  by their boxes, and give the same lines (33,018) and line-end hyphens (1,280); their
  plain text glues or splits a few dozen words and loses the indents and columns the
  text reader needs (96/145 structures).
* PDFium's own plain text also joins a line that ends in a hyphen with the next (1,276
  lines fewer), marking the hyphen U+FFFE, so "Guinea-" / "Bissau" and "coordin-" /
  "ation" can no longer be told apart by the text reader; its character boxes give the
  printed lines back.
* pdfplumber (pdfminer.six, pure Python) is about ten times slower: 50 pages take 7 to
  9 s with it, over the 2 s budget, against about 0.7 s of CPU for this whole reader
  (text reader included). pypdfium2 is the declared extra (``resdiff[pdf]``).

Limits: a footnote is taken out of the text only on the evidence of the print (its mark
cited as a superscript above it on its page, and the footnotes' rule or smaller type), so
a note whose mark is printed at the text's size stays for the text reader to judge, and
the part of a long note carried over to the next page is read as text there. Text set at
an angle (a landscape table drawn rotated on a portrait page, a vertical note in the
margin) is read line by line as if horizontal, so its words come out one glyph a line
(nothing is dropped); a PDF that only opens with a password, or whose author forbids
copying its text, is refused.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from ...errors import ResolutionParseError
from ...limits import DEFAULT_MAX_PDF_CHARS, DEFAULT_MAX_PDF_PAGE_CHARS, DEFAULT_MAX_PDF_PAGES
from ...model import LIMITS_IN_FORCE, Draft, Footnote, Limits, ParseWarning, TrackedVersion
from .columns import (  # noqa: F401 - re-exported as before the split
    _COLUMN_LINES,
    _COLUMN_REACH,
    _COLUMN_SHARE,
    _COLUMN_SIDE,
    _COLUMN_WORDS,
    _GUTTER_MIN,
    _GUTTER_REACH,
    _PROSE_SHARE,
    _THIRD_WORDS,
    _gutter_near,
    _in_three_columns,
    _in_two_columns,
    _most_common_start,
    _read_columns,
    _read_other_pages_in_columns,
    _shift_right_columns,
)
from .furniture import (  # noqa: F401 - re-exported as before the split
    _APART,
    _BARCODE,
    _COLUMNS,
    _DATE_STAMP,
    _EVERY_PAGE_LINES,
    _FOOT_LINES,
    _JOB_NUMBER,
    _LONE_NUMBER,
    _PAGE_NUMBER,
    _RECYCLE,
    _REPEATED_MAX_WORDS,
    _SYMBOL,
    _TOP_LINES,
    PdfFootnote,
    PdfText,
    _apart,
    _column_kind,
    _columns,
    _fold_digits,
    _line_furniture,
    _lone_number_offsets,
    _on_every_page,
    _repeated,
    _take_furniture,
    _top_furniture,
)
from .glyphs import (  # noqa: F401 - re-exported as before the split
    _BREAK_HYPHENS,
    _FIXED_PITCH,
    _INFERABLE,
    _INFERRED,
    _INFERRED_GAP,
    _LABEL_ENDS,
    _MARK_GLYPHS,
    _MAY_COPY,
    _NO_SPACE,
    _NOTE_SIGNS,
    _SAME_LINE,
    _SMALLER,
    _SPACE,
    _SPACES,
    _WORD_GAP,
    MAX_PAGE_OBJECTS,
    _as_displayed,
    _drawn_objects,
    _Glyph,
    _inferred_space,
    _is_mark_char,
    _is_raised_mark,
    _is_smaller,
    _mark_of,
    _open,
    _page_codes,
    _page_glyphs,
    _PageLine,
    _pdfium,
    _respaced,
    _Row,
    _rows,
    _runs_turned,
    _size_of,
    _smaller,
    _spaced,
    _with_marks,
    _words,
)
from .isolate import isolated
from .layout import (  # noqa: F401 - re-exported as before the split
    _COLUMN_GAP,
    _FONT_BULLETS,
    _LABEL_CHARS,
    _MAX_SPACES,
    _ROW_LABEL,
    _SOFT_HYPHEN,
    _bullet,
    _layout,
    _row_text,
)
from .linenumbers import Column, drop_every_line_number
from .notes import (  # noqa: F401 - re-exported as before the split
    _MAX_OBJECTS,
    _NOTE_SIZE,
    _PARAGRAPH_GAP,
    _RAISED,
    _RULE_MIN_WIDTH,
    _RULE_THICKNESS,
    _find_note_marks,
    _find_rules,
    _notes_at_foot,
    _opening_mark,
    _path_boxes,
    _raised_marks,
)
from .streams import check_inflation
from .tracked import (  # noqa: F401 - re-exported as before the split
    _BRACKETED_NUMBER,
    _LEVEL_SLACK,
    _LIST_LABEL,
    _MARK_SLACK,
    _ROMANS,
    _STRIKE_HIGH,
    _STRIKE_LOW,
    _STRIKE_THICKNESS,
    _STRUCK,
    _UNDERLINE_LOW,
    _UNDERLINED,
    _keep_version,
    _list_numbers,
    _mark_changes,
    _relabel,
)

#: The code of the warning that the original of a PDF with no tracked changes was asked.
UNTRACKED_WARNING = "pdf-untracked"
#: The code of the warning that a PDF was printed with its tracked changes.
TRACKED_WARNING = "pdf-struck-text"
#: The warning that pages are set in three columns, which are read across the page.
COLUMNS_WARNING = "pdf-three-columns"

#: The defaults of the PDF limits (:class:`~resdiff.model.Limits`: ``max_pdf_pages``,
#: ``max_pdf_chars``, ``max_pdf_page_chars``; see :mod:`resdiff.limits` for why each).
MAX_PAGES = DEFAULT_MAX_PDF_PAGES
MAX_CHARS = DEFAULT_MAX_PDF_CHARS
MAX_PAGE_CHARS = DEFAULT_MAX_PDF_PAGE_CHARS
#: How a limit's error says to raise it.
_RAISE_IT = " (raise it: limits=Limits({field}=...) in Python)"

#: The message of a PDF without a text layer.
NO_TEXT_LAYER = "no text layer: a scanned PDF? run OCR first"


def _page_list(numbers: Sequence[int]) -> str:
    """The pages named, runs joined: "page 3", "pages 1–4", "pages 2, 5 and 7"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    if len(numbers) == 1:
        return f"page {parts[0]}"
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"pages {joined}"


def _pages_warning(
    code: str, pages: Sequence[int], verbs: tuple[str, str], what: str, layer: PdfText
) -> ParseWarning:
    """One warning for the ``pages`` where the layout saw ``what``, at the line the first
    of them opens with: "pages 1–4 are set in two columns of text ..."."""
    verb = verbs[0] if len(pages) == 1 else verbs[1]
    return ParseWarning(
        code=code, message=f"{_page_list(pages)} {verb} {what}", line=layer.pages[pages[0] - 1]
    )


# --------------------------------------------------------------------------- entry points


def _pdf_limits(limits: Limits | None) -> tuple[int, int, int]:
    """The page, character and per-page character limits: the caller's, else those in
    force (:func:`resdiff.api.limits_in_force`, :func:`resdiff.parse`), else this
    module's defaults."""
    limits = limits or LIMITS_IN_FORCE.get()
    if limits is None:
        return MAX_PAGES, MAX_CHARS, MAX_PAGE_CHARS
    return limits.max_pdf_pages, limits.max_pdf_chars, limits.max_pdf_page_chars


def pdf_text(
    data: bytes,
    *,
    path: str | None = None,
    limits: Limits | None = None,
    version: TrackedVersion = "accepted",
) -> PdfText:
    """The text layer of a PDF, laid out line by line, with the UN page furniture taken
    out and recorded: what :func:`parse_pdf` hands to the text reader, and what the line
    numbers of its warnings refer to.

    A draft printed with its tracked changes (text struck through, see
    :func:`_mark_changes`) holds two versions, as a Word file does: the proposal
    (``version="accepted"``, the default: the struck words left out) and the original
    (``"original"``: the underlined words left out, the struck ones kept).

    Raises :class:`~resdiff.errors.ResolutionParseError` for an empty, corrupt or
    encrypted PDF, one with more pages or characters than ``limits`` allow (see
    :func:`_pdf_limits`), and one without a text layer.
    """
    try:
        import pypdfium2.raw  # noqa: F401 - loaded here, so a forked reader has it loaded
    except ImportError as exc:
        # Without the extra: one line naming the file and the extra, as a Word file
        # without lxml gets, not a ModuleNotFoundError's traceback.
        raise ResolutionParseError(
            "PDF input needs pypdfium2: pip install 'resdiff[pdf]'", path=path
        ) from exc

    counts = _pdf_limits(limits)
    # Before PDFium lays out any page: a small file may inflate to far more text.
    check_inflation(data, path)
    # PDFium's own work is bounded in time and memory in a child process (see .isolate).
    return isolated(_read, (data, path, counts, version), len(data), path)


def _read(
    data: bytes, path: str | None, limits: tuple[int, int, int], version: TrackedVersion
) -> PdfText:
    """The body of :func:`pdf_text`, once the file has passed the stream scan."""
    import pypdfium2.raw as pdfium_c

    max_pages, max_chars, max_page_chars = limits
    pages: list[list[_Row]] = []
    warnings: list[ParseWarning] = []
    chars = 0
    with _open(data, path) as document:
        count = len(document)
        if count == 0:
            raise ResolutionParseError("empty PDF: it has no pages", path=path)
        if count > max_pages:
            raise ResolutionParseError(
                f"PDF has {count} pages, more than the limit of {max_pages}"
                f"{_RAISE_IT.format(field='max_pdf_pages')}",
                path=path,
            )
        # Pages without text that hold something (an image, drawn shapes): scans.
        scanned: list[int] = []
        # Pages set in two columns of text (see _in_two_columns), and pages with text
        # struck through (see _mark_changes).
        columned: list[int] = []
        threefold: list[int] = []
        gutters: list[float] = []
        struck: list[int] = []
        # Pages with their lines numbered in the margin, and the column of the numbers
        # (see drop_line_numbers).
        numbered: list[int] = []
        margin: Column | None = None
        # The edge of a right column's numbers printed in the gutter (see
        # drop_gutter_numbers).
        in_gutter: float | None = None
        for number in range(1, count + 1):
            try:
                page = document[number - 1]
            except _pdfium().PdfiumError as exc:
                # A page tree whose entry is not a page (a damaged or truncated file).
                raise ResolutionParseError(
                    f"corrupt PDF: cannot load page {number} of {count}", path=path
                ) from exc
            try:
                drawn = _drawn_objects(page, pdfium_c)
                if drawn > MAX_PAGE_OBJECTS:
                    # Checked before the text is laid out: pdfium lays out every use of a
                    # form object, and 1.3 KB that draws one form 19,000 times took 9 GB.
                    raise ResolutionParseError(
                        f"page {number} of {count} draws more than {MAX_PAGE_OBJECTS:,} "
                        "text objects (the objects and characters of forms counted at each use): "
                        "not a printed document",
                        path=path,
                    )
                room = min(max_page_chars, max_chars - chars)
                read_page = _page_glyphs(page, pdfium_c, room)
                if read_page is None and room == max_page_chars:
                    raise ResolutionParseError(
                        f"page {number} of {count} holds more than {max_page_chars:,} "
                        "characters: not a printed page of text"
                        f"{_RAISE_IT.format(field='max_pdf_page_chars')}",
                        path=path,
                    )
                if read_page is None:
                    raise ResolutionParseError(
                        f"PDF holds more than {max_chars} characters by page {number} of "
                        f"{count}{_RAISE_IT.format(field='max_pdf_chars')}",
                        path=path,
                    )
                glyphs, read, unread = read_page
                if not glyphs and pdfium_c.FPDFPage_CountObjects(page) > 0:
                    scanned.append(number)
                rows, margin, in_gutter = drop_every_line_number(_rows(glyphs), margin, in_gutter)
                if margin is not None:
                    numbered.append(number)
                # Marked on the glyphs, as printed: the columns' lines are cut from these.
                if _mark_changes(page, rows, pdfium_c):
                    struck.append(number)
                gutter = _in_two_columns(rows)
                if gutter is not None:
                    columned.append(number)
                    gutters.append(gutter)
                    rows = _read_columns(rows, gutter)
                elif _in_three_columns(rows):
                    threefold.append(number)
                if _find_note_marks(rows):
                    # Only a page with a line that may open a footnote is looked through
                    # for the rule drawn above the footnotes.
                    _find_rules(page, rows, pdfium_c)
            finally:
                page.close()
            chars += read
            if unread:
                warnings.append(
                    ParseWarning(
                        code="pdf-unread-characters",
                        message=f"page {number}: {unread} characters could not be read "
                        "(no Unicode mapping in the PDF's font, or no place on the page)",
                    )
                )
            pages.append(rows)
    if columned:
        _read_other_pages_in_columns(pages, columned, statistics.median(gutters))
        _shift_right_columns(pages)
    if struck:
        _keep_version(pages, version)
    if not any(pages):
        if not scanned:
            raise ResolutionParseError(
                f"empty PDF: its {count} page{'s are' if count > 1 else ' is'} blank",
                path=path,
            )
        raise ResolutionParseError(NO_TEXT_LAYER, path=path)
    layer = _take_furniture(_layout(pages))
    if columned:
        warnings.append(
            _pages_warning(
                "pdf-columns",
                columned,
                ("is", "are"),
                "set in two columns of text: read column by column, the left one "
                "first, between the lines printed across both; check the order of the "
                "paragraphs, or send the Word file",
                layer,
            )
        )
    if numbered:
        warnings.append(
            _pages_warning(
                "pdf-line-numbers",
                numbered,
                ("has", "have"),
                "lines numbered in the left margin: the numbers are left out of the text",
                layer,
            )
        )
    if threefold and not columned:
        # (A page of a document set in two columns, whose gutter was not found on its
        # own, may show clear places at a third and two thirds too: read in two.)
        warnings.append(
            _pages_warning(
                COLUMNS_WARNING,
                threefold,
                ("is", "are"),
                "set in three columns of text: read across the page, so the columns' "
                "lines are mixed; read the Word file, or a print in one or two columns",
                layer,
            )
        )
    if struck:
        warnings.append(
            _pages_warning(
                TRACKED_WARNING,
                struck,
                ("has", "have"),
                "text struck through, as a draft printed with its tracked changes shows "
                "its deletions: "
                + (
                    "read as the proposal, the struck words left out and the underlined "
                    "ones kept (--version original reads the text before the changes; "
                    "`resdiff compare FILE.pdf` compares the two)"
                    if version == "accepted"
                    else "read as the original, the struck words kept and the underlined "
                    "ones left out"
                ),
                layer,
            )
        )
    for number in scanned:
        warnings.append(
            ParseWarning(
                code="pdf-page-without-text",
                message=f"page {number} has no text layer (a scanned page?): its words "
                "could not be read; run OCR on the PDF to read them",
                line=layer.pages[number - 1],
            )
        )
    layer.warnings = warnings
    layer.tracked = bool(struck)
    return layer


def parse_pdf(
    data: bytes,
    *,
    path: str | None = None,
    limits: Limits | None = None,
    version: TrackedVersion = "accepted",
) -> Draft:
    """Read a PDF's text layer as a draft, within the PDF limits of ``limits`` (default:
    the limits in force, see :func:`resdiff.api.limits_in_force`, else :class:`Limits`).

    The UN page furniture is removed and recorded in ``Draft.furniture``; the rest goes
    through :func:`~resdiff.read.text.parse_text`. Line numbers (of warnings, spans and
    furniture) are those of the text layer as :func:`pdf_text` lays it out.

    ``version`` picks, in a draft printed with its tracked changes, the proposal
    (``"accepted"``, the default) or the ``"original"`` (see :func:`pdf_text`); asked
    of a PDF with no text struck through, the original is the text as printed, with a
    warning (:data:`UNTRACKED_WARNING`).

    Raises :class:`~resdiff.errors.ResolutionParseError` for an empty, corrupt or
    encrypted PDF, a PDF without a text layer (a scan), one over the page limit, and
    for a text layer that holds no resolution (naming the page).
    """
    # The footnotes' lines are joined as the text reader joins its own notes' (line-end
    # hyphens decided alike).
    from ..common import clean_for_display
    from ..text import parse_text
    from ..text.hyphens import KEPT_HYPHEN, own_hyphens_marked
    from ..text.lines import _join, _Line

    layer = pdf_text(data, path=path, limits=limits, version=version)
    # The blank lines are the gaps measured between printed lines, but for a column's
    # first line, which has no line above it to measure from (a recital may open there).
    gaps = not any(w.code == "pdf-columns" for w in layer.warnings)
    try:
        with own_hyphens_marked():  # the layer's "-" and zero-width space: its own hyphens
            draft = parse_text(layer.marked_text(), path=path, line_numbers=False, blank_gaps=gaps)
    except ResolutionParseError as exc:
        if exc.line is None:
            raise
        page, line = layer.page_of(exc.line)
        if not layer.text.strip(" \n\f"):
            message = "the PDF's text is only page furniture (headers, page numbers)"
        else:
            message = exc.message
        raise ResolutionParseError(
            f"{message} (page {page}, line {line} of the text layer)",
            path=path,
            line=exc.line,
            column=exc.column,
        ) from exc
    furniture = sorted([*layer.furniture, *draft.furniture], key=lambda removed: removed.line)
    untracked = []
    if version == "original" and not layer.tracked:
        untracked.append(
            ParseWarning(
                code=UNTRACKED_WARNING,
                message="no text is struck through: the PDF holds one version, read as "
                "printed (a draft printed with its tracked changes strikes its deletions)",
            )
        )
    warnings = sorted([*untracked, *layer.warnings, *draft.warnings], key=lambda w: w.line or 0)
    notes = [
        Footnote(
            mark=note.mark,
            # A line ending with the word's own hyphen ends with the join's mark, so the
            # hyphen is kept as in the text (not closed up by the word lists).
            text=_join(
                [
                    _Line(note.line, clean_for_display(text) + (KEPT_HYPHEN if k in own else ""))
                    for k, text in enumerate(note.lines)
                ]
            ),
            line=note.line,
        )
        for note in layer.footnotes
        for own in (set(note.own_hyphens),)
    ]
    footnotes = sorted([*draft.footnotes, *notes], key=lambda note: note.line or 0)
    return draft.model_copy(
        update={
            "furniture": tuple(furniture),
            "warnings": tuple(warnings),
            "footnotes": tuple(footnotes),
        }
    )


__all__ = [
    "MAX_CHARS",
    "MAX_PAGES",
    "MAX_PAGE_CHARS",
    "NO_TEXT_LAYER",
    "TRACKED_WARNING",
    "UNTRACKED_WARNING",
    "PdfFootnote",
    "PdfText",
    "parse_pdf",
    "pdf_text",
]
