"""PDF input: the text layer of a PDF, cleared of UN page furniture, through the text
reader.

The reader is a small pipeline, one function a step:

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

import bisect
import ctypes
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..errors import ResolutionParseError
from ..limits import DEFAULT_MAX_PDF_CHARS, DEFAULT_MAX_PDF_PAGE_CHARS, DEFAULT_MAX_PDF_PAGES
from ..model import (
    LIMITS_IN_FORCE,
    Draft,
    Footnote,
    FurnitureKind,
    Limits,
    ParseWarning,
    RemovedText,
    TrackedVersion,
)
from .common import FONT_BULLETS, normalize_space

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
#: Most objects one page may draw, each form object's contents counted at each use: a
#: page of a resolution printed by Word or LibreOffice draws a few thousand (a run of
#: text, a line, a logo each).
MAX_PAGE_OBJECTS = 100_000

#: The message of a PDF without a text layer.
NO_TEXT_LAYER = "no text layer: a scanned PDF? run OCR first"

# --------------------------------------------------------------------------- furniture
# Patterns for one column of a line (columns are separated by runs of two or more spaces).
# Each is anchored and has no nested repetition, so it runs in linear time.

#: "2/5", "- 2 -", "Page 2 of 5", "page 2".
_PAGE_NUMBER = re.compile(
    r"^(?:\d{1,4} ?/ ?\d{1,4}|[-–—] ?\d{1,4} ?[-–—]|page \d{1,4}(?: of \d{1,4})?)$", re.I
)
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
#: The job number of the Secretariat, perhaps with its language letter and date stamps:
#: "21-10478 (E)", "21-10478 (E) 080721 080721".
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5}(?: ?\([A-Z]\))?(?: \d{6}){0,3}$")
#: Date stamps printed beside the job number: "080721", "080721 080721".
_DATE_STAMP = re.compile(r"^\d{6}(?: \d{6}){0,3}$")
#: The barcode under the job number: "*2110478*".
_BARCODE = re.compile(r"^\*\d{6,9}\*$")
_RECYCLE = re.compile(r"^please ?recycle$", re.I)
#: A document symbol standing alone (the running header): "S/RES/2512 (2020)",
#: "S/2021/600", "A/RES/75/1", "A/C.3/76/L.7/Rev.1".
_SYMBOL = re.compile(
    r"^[A-Z]{1,5}/[A-Za-z0-9.\-]{1,20}(?:/[A-Za-z0-9.\-]{1,20}){0,6}(?: ?\(\d{4}\))?$"
)
_COLUMNS = re.compile(r" {2,}")
#: Most spaces written for an indent or a gap: a printed page is about 130 half-em columns
#: wide, and a glyph placed far off the page (a damaged file) must not become megabytes
#: of spaces.
_MAX_SPACES = 200

#: Lines looked at, from the top and from the foot of a page, for furniture.
_TOP_LINES = 3
_FOOT_LINES = 5
#: Longest line (in words) taken for a running header or footer repeated on every page.
_REPEATED_MAX_WORDS = 12
#: Most lines of a running header (or footer) printed alike on every page, the first
#: included ("DRAFT – Under silence procedure until Thursday 17 February 2022," /
#: "10:00 a.m.").
_EVERY_PAGE_LINES = 2
#: The gap (in pitches of the lines of a paragraph) that sets such a header apart from
#: the body.
_APART = 1.15

# --------------------------------------------------------------------------- layout
# Measures of the layout, as fractions of the line height (the loose box of a glyph,
# about 1.2 em): a gap wider than _COLUMN_GAP between two glyphs is a column gap or a
# tab, printed as spaces; a gap wider than _WORD_GAP is a space even where the PDF has no
# space character, and a space PDFium infers in a narrower gap is none (a word the
# typesetter wrote in two pieces: "resolut" "ions"); glyphs whose centres are less than
# _SAME_LINE apart vertically stand on one line (superscript footnote marks included).
_COLUMN_GAP = 1.6
_WORD_GAP = 0.2
#: A space PDFium inferred is one in a gap wider than this (see _inferred_space).
_INFERRED_GAP = 0.12
#: A line struck through text: at most this thick (points), at this share of the line's
#: height above its boxes' bottom (an underline stands lower, about a fifth).
_STRIKE_THICKNESS = 2.0
_STRIKE_LOW = 0.3
_STRIKE_HIGH = 0.7
#: An underline stands down to this share of the line's height under its boxes' bottom
#: (LibreOffice's: 0.08 above it).
_UNDERLINE_LOW = -0.2
#: A strike or an underline runs at most this many line heights past the glyphs it
#: marks (a space at each end of a run of words).
_MARK_SLACK = 1.5
#: The marks of a glyph of a draft printed with its tracked changes (``_Glyph.mark``).
_STRUCK, _UNDERLINED = 1, 2
#: A page is in two columns when at least this share of its lines (and this many) hold
#: a gutter's gap at one place, and this share of those part two runs of this many words
#: each (see _in_two_columns).
_COLUMN_SHARE = 0.6
_PROSE_SHARE = 0.4
_COLUMN_LINES = 12
_COLUMN_WORDS = 4
#: A line's part in a column of a page set in three runs to this many words or more (a
#: third of a page's width holds three or four words a line).
_THIRD_WORDS = 2
#: A gutter is looked for within this share of the text's width of its middle, and is
#: at least this share of a line's height wide (LibreOffice's 0.8 cm gap of a 12-point
#: text: 1.6; a word space is at most about 0.5 in a justified line).
_GUTTER_REACH = 0.08
_GUTTER_MIN = 0.7
#: Each side of a gutter holds text on this share of the page's lines at least.
_COLUMN_SIDE = 0.3
#: A line of one column above (or below) the first (last) line of a page's two columns
#: of prose is read with the columns when it stands within this many line pitches of
#: the line below (above) it: a column that starts higher than the other.
_COLUMN_REACH = 2.0
#: A list label opening a printed line ("iii.", "(b)", "12."): set close to its text with
#: no space at all (LibreOffice's automatic numbering), it is still apart from it.
_ROW_LABEL = re.compile(r"\(?(?:[ivxlcdm]{1,7}|[a-zA-Z]{1,2}|\d{1,3})[.)]")
#: The longest such label, in characters ("(viii)": the line so far is joined for the
#: test only while it is no longer).
_LABEL_CHARS = 8
#: What a list label or a clause ends with, after which an inferred space is one.
_LABEL_ENDS = frozenset(".),;:")
_SAME_LINE = 0.5
#: Type smaller than this share of another's is smaller type (a superscript mark).
_SMALLER = 0.85
#: Most glyphs of a superscript mark ("123", "***").
_MARK_GLYPHS = 4
#: A superscript mark's bottom stands higher than the line's by this share of its height.
_RAISED = 0.2
#: Marks of footnotes other than numbers.
_NOTE_SIGNS = frozenset("*†‡")
#: A footnote line in type smaller than this share of the body's is in smaller type
#: (10-point notes under 12-point text: 0.83).
_NOTE_SIZE = 0.9
#: The rule drawn above the footnotes: at most this thick, at least this wide (points).
_RULE_THICKNESS = 3.0
_RULE_MIN_WIDTH = 20.0
#: Most objects of a page looked through for that rule (a page of vector drawings holds
#: tens of thousands; a page of text a few hundred).
_MAX_OBJECTS = 20_000
#: A gap between lines wider than this many usual line pitches is a paragraph break.
_PARAGRAPH_GAP = 1.3
#: Bullets Word writes in symbol fonts or as a letter, as the characters they show: the
#: table the Word reader reads its numbering with (:data:`.common.FONT_BULLETS`).
_FONT_BULLETS = FONT_BULLETS
#: The flag of a fixed-pitch font (PDF 32000-1, table 123): Courier New's.
_FIXED_PITCH = 1

#: What PDFium reports for a hyphen at a line end (it joins the line with the next): U+FFFE
#: from its text, U+0002 from its character codes.
_BREAK_HYPHENS = frozenset("\ufffe\x02")
#: A soft hyphen: a printed hyphen where a producer wrote one at a line break, nothing
#: (a hint for breaking) anywhere else.
_SOFT_HYPHEN = "\u00ad"


class _Glyph:
    """One character of a page with its box (PDF units, y upwards)."""

    __slots__ = (
        "bottom",
        "char",
        "fixed",
        "height",
        "hole",
        "left",
        "mark",
        "middle",
        "right",
        "size",
        "space_before",
        "top",
    )

    def __init__(
        self,
        char: str,
        left: float,
        right: float,
        bottom: float,
        top: float,
        space: int,
        size: float = 0.0,
        fixed: bool = False,
    ) -> None:
        self.char = char
        self.left = left
        self.right = right
        self.bottom = bottom
        self.top = top
        self.middle = (bottom + top) / 2
        self.height = top - bottom
        #: What stands between this glyph and the one before it in the PDF's order:
        #: nothing, a space PDFium infers from the gap, or a space character.
        self.space_before = space
        #: The font size in points, as PDFium reports it (0 when unknown or not read).
        #: The loose box of a glyph depends on the glyph in some fonts (8.5 and 11 units
        #: for letters of one 12-point font), so only the size tells smaller type apart.
        self.size = size
        #: Whether the glyph is set in a fixed-pitch font (asked only of an "o": Word's
        #: second-level bullet is one in Courier New).
        self.fixed = fixed
        #: How a draft printed with its tracked changes marks the glyph: struck through
        #: (:data:`_STRUCK`, a deletion), underlined (:data:`_UNDERLINED`, an insertion)
        #: or neither (see :func:`_mark_changes`).
        self.mark = 0
        #: Where the glyphs before it on its line were left out (see
        #: :func:`_keep_version`): 2 when a space stood around them, 1 when they were
        #: glued to it ("Condemns|Deplores"), 0 where nothing was left out.
        self.hole = 0


class _Row:
    """One printed line of a page: its glyphs left to right, and its measures."""

    __slots__ = (
        "above",
        "baseline",
        "column",
        "glyphs",
        "height",
        "left",
        "note_mark",
        "opens_mark",
        "rule_above",
        "shift",
        "size",
    )

    def __init__(self, glyphs: list[_Glyph]) -> None:
        self.glyphs = glyphs
        self.left = glyphs[0].left
        self.height = statistics.median(g.height for g in glyphs)
        # The bottoms of a line's loose boxes sit on one line below the baseline; the
        # median is robust to a superscript footnote mark.
        self.baseline = statistics.median(g.bottom for g in glyphs)
        #: The type size of the line (the median of its glyphs': a superscript mark
        #: does not change it); 0 when the PDF gives none.
        self.size = _size_of(glyphs)
        #: The mark a footnote would open the line with: set (by :func:`_find_note_marks`)
        #: only where the line opens with a mark cited, raised, higher on its page.
        self.note_mark: str | None = None
        #: Whether the line opens with a mark, cited or not ("2 Centrifuges ..." in an
        #: annex's list): a line that does, uncited, is no note's.
        self.opens_mark = False
        #: Whether a short rule, as the one drawn above the footnotes, stands in the gap
        #: above the line (looked for only above a line with a ``note_mark``).
        self.rule_above = False
        #: The column the line stands in on a page set in two (1 or 2, 0 for a line
        #: across the page, see :func:`_read_columns`), and how far right of the left
        #: column's margin its column starts: its indent is measured from there.
        self.column = 0
        self.shift = 0.0
        #: The baseline of the line printed above it that a version left out whole (a
        #: deleted line of a draft printed with its tracked changes): the gap above the
        #: line is measured from there, so that a paragraph does not split where its
        #: struck line was.
        self.above: float | None = None


@dataclass
class _PageLine:
    """A line of a page as text (indent included) with its place."""

    text: str
    page: int
    #: Whether a wider gap than the usual line pitch stands before the line.
    gap_before: bool = False
    #: The distance from the line above, in line pitches (the pitch of the lines of a
    #: paragraph); 0 for the first line of a page.
    spacing: float = 0.0
    #: The type size of the line (0: unknown), and what :class:`_Row` tells of a
    #: footnote opening on it.
    size: float = 0.0
    note_mark: str | None = None
    opens_mark: bool = False
    rule_above: bool = False


@dataclass
class PdfFootnote:
    """A footnote printed at the foot of a page: its mark, its printed lines (the mark
    taken off the first) and the line of the text layer it opens on."""

    mark: str
    lines: list[str]
    line: int


@dataclass
class PdfText:
    """The text layer of a PDF as the reader sees it, before the text reader.

    ``text`` holds one line per printed line (a form feed opens each page after the
    first; page furniture and the footnotes at the foot of a page are replaced by blank
    lines, so line numbers stay those of the layer); ``furniture`` is what was taken out,
    with those line numbers, and ``footnotes`` the notes; ``pages`` is, for each page, the
    number of its first line; ``warnings`` name pages without text or with characters the
    PDF does not map to Unicode. ``tracked`` tells a draft printed with its tracked
    changes (text struck through), of which ``text`` holds one version.
    """

    text: str
    furniture: list[RemovedText] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    footnotes: list[PdfFootnote] = field(default_factory=list)
    tracked: bool = False

    def page_of(self, line: int) -> tuple[int, int]:
        """(page, line on that page), both from 1, of a line of ``text``."""
        if not self.pages:
            return 1, line
        page = 1
        for number, first in enumerate(self.pages, start=1):
            if first <= line:
                page = number
        return page, line - self.pages[page - 1] + 1


# --------------------------------------------------------------------------- opening

#: The permission bit of an encrypted PDF that allows copying its text (PDF 32000-1,
#: table 22, bit 5).
_MAY_COPY = 1 << 4


def _pdfium() -> Any:
    """The pypdfium2 module, or a clear error naming the extra to install."""
    try:
        import pypdfium2
    except ImportError as exc:  # pragma: no cover - the extra is part of the test set-up
        raise ResolutionParseError("PDF input needs pypdfium2: pip install 'resdiff[pdf]'") from exc
    return pypdfium2


@contextmanager
def _open(data: bytes, path: str | None) -> Iterator[Any]:
    """The PDF document of ``data`` (PDFium reads the bytes; no path or URL in the data is
    ever opened), closed on exit."""
    if not data.strip():
        raise ResolutionParseError("empty file: expected a PDF", path=path)
    pdfium = _pdfium()
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            message = (
                "encrypted PDF: it needs a password to open; save a copy without a password "
                "(or print it to PDF) and try again"
            )
        elif code == pdfium_c.FPDF_ERR_SECURITY:
            message = "encrypted PDF: its security handler is not supported; save a copy without it"
        else:
            message = "corrupt PDF: cannot read its structure (is the file complete?)"
        raise ResolutionParseError(message, path=path) from exc
    try:
        if (
            pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1
            and not pdfium_c.FPDF_GetDocPermissions(document) & _MAY_COPY
        ):
            # It opens without a password, but its author forbids copying its text (as
            # pdftotext, we keep to that).
            raise ResolutionParseError(
                "encrypted PDF: its author does not allow copying its text; ask for a copy "
                "without that restriction",
                path=path,
            )
        yield document
    finally:
        document.close()


# --------------------------------------------------------------------------- glyphs


_SPACES = frozenset([0x20, 0x0D, 0x0A, 0x09, 0xA0, 0x3000, *range(0x2000, 0x200B)])
#: The white space PDFium may make up between glyphs (IsGenerated): a space, a line break.
_INFERABLE = frozenset([0x20, 0x0D, 0x0A])
#: What stands before a glyph: nothing, a space PDFium inferred, a space of the PDF.
_NO_SPACE, _INFERRED, _SPACE = 0, 1, 2


def _page_codes(textpage: Any, count: int, pdfium_c: Any) -> list[int]:
    """The Unicode code of each character of a text page, read in one call (one call a
    character costs a third of the reading time); one call a character where the page
    holds characters beyond the Basic Multilingual Plane, which the one call writes as
    two UTF-16 units and so cannot be matched to the characters one to one."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(
        textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
    )
    units = buffer.raw[: count * 2].decode("utf-16-le", errors="surrogatepass")
    if len(units) == count and not any(0xD800 <= ord(u) <= 0xDFFF for u in units):
        return [ord(u) for u in units]
    return [pdfium_c.FPDFText_GetUnicode(textpage, index) for index in range(count)]


def _drawn_objects(page: Any, pdfium_c: Any) -> int:
    """How much a page's form objects draw, in objects and characters of text, each
    form's contents counted at each use: pdfium lays out a form's text at every use,
    and 1.3 KB that drew one 1,000-character form 19,000 times took 9 GB to read. A text
    object inside a form is counted as its width in quarters of its font size (an upper
    bound of its characters for any ordinary font). Counting stops a little past
    :data:`MAX_PAGE_OBJECTS`. Iterative: forms may nest forms."""
    form_type, text_type = pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_TEXT
    count_in = pdfium_c.FPDFFormObj_CountObjects
    object_of = pdfium_c.FPDFFormObj_GetObject
    type_of = pdfium_c.FPDFPageObj_GetType
    top = max(int(pdfium_c.FPDFPage_CountObjects(page)), 0)
    # The page's own objects are parsed already, at a cost that grows with the file: only
    # what forms multiply is counted, and the page's own text objects, whose text is laid
    # out again (a 16 KB file of 1.3 million one-glyph text objects on a page took 1.2 GB
    # once its text was laid out). Drawn lines are not (a vector map in an annex).
    total: int = 0
    stack = [
        (pdfium_c.FPDFPage_GetObject(page, k), False) for k in range(min(top, MAX_PAGE_OBJECTS + 1))
    ]
    box = [ctypes.c_float() for _ in range(4)]
    size = ctypes.c_float()
    while stack and total <= MAX_PAGE_OBJECTS:
        obj, in_form = stack.pop()
        if not obj:
            continue
        kind = type_of(obj)
        if kind == text_type and in_form:
            left, bottom, right, top_ = (ctypes.byref(b) for b in box)
            pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top_)
            pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
            width = abs(box[2].value - box[0].value)
            # The size Tf sets, or the box's height where a matrix scales a 1-point font
            # up (cairo writes "/F1 1 Tf" and scales with Tm).
            height = abs(box[3].value - box[1].value)
            total += int(width / (0.25 * max(size.value, height, 1.0)))
        elif kind == text_type:
            total += 1
        elif kind == form_type:
            inner = max(int(count_in(obj)), 0)
            total += inner
            stack.extend((object_of(obj, k), True) for k in range(min(inner, MAX_PAGE_OBJECTS + 1)))
    return total


def _in_two_columns(rows: Sequence[_Row]) -> float | None:
    """Where the gutter of a page set in two columns of prose stands (its middle, in PDF
    units), or ``None`` for a page of one column (see :func:`_gutter_near`)."""
    return _gutter_near(rows, 0.5)


def _in_three_columns(rows: Sequence[_Row]) -> bool:
    """Whether a page is set in three columns of prose: gutters (:func:`_gutter_near`)
    near a third and two thirds of its text's width. Such a page is read across, its
    columns' lines mixed, and said so."""
    return (
        _gutter_near(rows, 1 / 3, _THIRD_WORDS) is not None
        and _gutter_near(rows, 2 / 3, _THIRD_WORDS) is not None
    )


def _gutter_near(rows: Sequence[_Row], centre: float, words: int = _COLUMN_WORDS) -> float | None:
    """Where a gutter between columns of prose stands (its middle, in PDF units) near
    ``centre`` of the text's width (a half for two columns), or ``None``.

    A gutter is looked for near that place of the page's text (within
    :data:`_GUTTER_REACH` of its width): a place that most of the page's lines (at least
    :data:`_COLUMN_LINES` of them, and :data:`_COLUMN_SHARE`) keep clear of, with a gap
    of :data:`_GUTTER_MIN` of a line's height at least where a line has text on both
    sides (the two columns' lines need not share a baseline), and with prose on each
    side: :data:`_PROSE_SHARE` of the lines' parts on either side run to
    :data:`_COLUMN_WORDS` words or more (a column's last line of a paragraph may be
    short). A line of one column crosses any place near the middle; a table of short
    cells is no prose, and is read across its gaps (see :func:`_read_columns` for
    columns)."""
    if len(rows) < _COLUMN_LINES:
        return None
    # The text's width without the odd line out in the margin (a running header, a
    # job number at the page's foot).
    lefts = sorted(row.left for row in rows)
    ends = sorted(row.glyphs[-1].right for row in rows)
    low, high = lefts[len(rows) // 20], ends[-1 - len(rows) // 20]
    width = high - low
    if width <= 0:
        return None
    rights = [[g.right for g in row.glyphs] for row in rows]
    # Each place is tried on the lines' boxes first, and cut short once too many lines
    # cross it (a page of one column: at once); the words of the parts, dearer, are
    # counted only for the places that pass.
    allowed = len(rows) - _COLUMN_SHARE * len(rows)
    found: list[tuple[int, float, list[tuple[int, int]]]] = []
    steps = round(_GUTTER_REACH * 100)
    for step in sorted(range(-steps, steps + 1), key=abs):
        x = low + width * (centre + step / 100)
        cuts: list[tuple[int, int]] = []
        crossing = 0
        for k, (row, row_ends) in enumerate(zip(rows, rights, strict=True)):
            glyphs = row.glyphs
            cut = bisect.bisect_left(row_ends, x)
            if (cut < len(glyphs) and glyphs[cut].left < x) or (
                # A word space of a line across the page.
                0 < cut < len(glyphs)
                and glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height
            ):
                crossing += 1
                if crossing > allowed:
                    break
                continue
            cuts.append((k, cut))
        else:
            found.append((len(cuts), x, cuts))
    best: tuple[int, float] | None = None
    for clear, x, cuts in sorted(found, key=lambda item: -item[0]):
        sides = [0, 0]
        prose = [0, 0]
        for k, cut in cuts:
            glyphs = rows[k].glyphs
            for side, part in enumerate((glyphs[:cut], glyphs[cut:])):
                if part:
                    sides[side] += 1
                    prose[side] += _words(part, words) >= words
        if all(n >= _COLUMN_SIDE * len(rows) for n in sides) and all(
            p >= _PROSE_SHARE * n for p, n in zip(prose, sides, strict=True)
        ):
            best = (clear, x)
            break
    if best is None:
        return None
    x = best[1]
    # The middle of the empty band the place stands in, between the lines clear of it.
    clear_rows = [row for row in rows if not any(g.left < x < g.right for g in row.glyphs)]
    before = max((g.right for row in clear_rows for g in row.glyphs if g.right <= x), default=x)
    after = min((g.left for row in clear_rows for g in row.glyphs if g.left >= x), default=x)
    return (before + after) / 2 if before < after else x


def _words(glyphs: Sequence[_Glyph], enough: int | None = None) -> int:
    """How many words a run of glyphs holds, read as :func:`_row_text` reads them (see
    :func:`_spaced`); counted no further than ``enough``, when given."""
    if not glyphs:
        return 0
    words = 1
    for a, b in pairwise(glyphs):
        if _spaced(a, b, b.left - a.right, max(a.height, b.height, 1e-6)):
            words += 1
            if enough is not None and words >= enough:
                return words
    return words


def _shift_right_columns(pages: list[list[_Row]]) -> None:
    """Measure the indents of the right columns' lines from the right column's margin,
    as the left columns' are from theirs: each margin is read over the whole document (a
    page's right column may hold only indented items, "– to maintain a ...")."""
    right = [row for rows in pages for row in rows if row.column == 2]
    left = [row.left for rows in pages for row in rows if row.column == 1]
    if not right or not left:
        return
    # Each column's margin is where most of its lines start (the wrapped lines of its
    # paragraphs), to the half point: a glyph that hangs out (an opening quote, an
    # italic's overhang) moves no margin.
    shift = max(0.0, _most_common_start([row.left for row in right]) - _most_common_start(left))
    for row in right:
        row.shift = shift


def _most_common_start(lefts: list[float]) -> float:
    """The place most lines start at, to the half point."""
    return Counter(round(x * 2) for x in lefts).most_common(1)[0][0] / 2


def _read_other_pages_in_columns(
    pages: list[list[_Row]], columned: list[int], gutter: float
) -> None:
    """Read in columns, in place, the pages of a document set in two columns that were
    not found to be so on their own (too few lines, a page of short sub-paragraphs), where
    their lines keep clear of the document's ``gutter``: a line at least has text on both
    sides of it (a last page may hold a line or two of its right column only), and at
    most a quarter of them cross it (a page of one column: most). ``columned`` (the page
    numbers read in columns) gains them, in order."""
    for number, rows in enumerate(pages, start=1):
        if number in columned or not rows:
            continue
        across = both = 0
        for row in rows:
            glyphs = row.glyphs
            cut = bisect.bisect_left([g.right for g in glyphs], gutter)
            if cut < len(glyphs) and glyphs[cut].left < gutter:
                across += 1
            elif 0 < cut < len(glyphs):
                if glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height:
                    across += 1
                else:
                    both += 1
        # A document's last page may hold a few lines of each column only, or a short
        # right column ("Decides to remain seized of the matter.").
        if both and across <= len(rows) / 4:
            pages[number - 1] = _read_columns(rows, gutter)
            columned.append(number)
    columned.sort()


def _read_columns(rows: list[_Row], gutter: float) -> list[_Row]:
    """A page set in two columns, in reading order: the left column down, then the right
    one, for each band of the page the columns share.

    A line that holds no glyph across ``gutter`` is cut there into its left and right
    parts, where they stand a gutter's width apart. A line printed across the gutter (a
    title, a centred heading over both columns)
    ends a band: the columns above it are read before it, those below after it. Only the
    lines from the first to the last that hold a run of prose on either side are read so:
    the running header above and the page's foot below ("20-16436 (E)   1/24") stay as
    printed, where the furniture is looked for. The right column's lines are marked, to keep their
    indents from its own margin (see :func:`_shift_right_columns`)."""
    cuts: list[int | None] = []
    for row in rows:
        glyphs = row.glyphs
        cut = bisect.bisect_left([g.right for g in glyphs], gutter)
        if (cut < len(glyphs) and glyphs[cut].left < gutter) or (
            # A word space of a line across the page ("... at its 9102nd meeting, ...")
            # that falls on the gutter.
            0 < cut < len(glyphs)
            and glyphs[cut].left - glyphs[cut - 1].right < _GUTTER_MIN * row.height
        ):
            cuts.append(None)
        else:
            cuts.append(cut)
    prose = [
        k
        for k, (row, cut) in enumerate(zip(rows, cuts, strict=True))
        if cut is not None
        and (
            _words(row.glyphs[:cut], _COLUMN_WORDS) >= _COLUMN_WORDS
            or _words(row.glyphs[cut:], _COLUMN_WORDS) >= _COLUMN_WORDS
        )
    ]
    if not prose:
        return rows
    first, last = prose[0], prose[-1]
    pitch = (
        statistics.median(
            above.baseline - below.baseline
            for above, below in pairwise(rows[first : last + 1])
            if above.baseline > below.baseline
        )
        if last > first
        else rows[first].height
    )
    # A line of one column only just above the first line of both columns, or just
    # below the last, is a column's own: one column may start higher than the other.
    # The line must keep within the columns' width: a page's foot ("20-16436 (E)
    # 10/20") stands out in the margin.
    low = min(rows[k].glyphs[0].left for k in prose) - rows[first].height
    high = max(rows[k].glyphs[-1].right for k in prose) + rows[first].height

    def within(k: int) -> bool:
        row = rows[k]
        return cuts[k] is not None and low <= row.glyphs[0].left and row.glyphs[-1].right <= high

    while (
        first > 0
        and within(first - 1)
        and rows[first - 1].baseline - rows[first].baseline <= _COLUMN_REACH * pitch
    ):
        first -= 1
    while (
        last + 1 < len(rows)
        and within(last + 1)
        and rows[last].baseline - rows[last + 1].baseline <= _COLUMN_REACH * pitch
    ):
        last += 1
    out = rows[:first]
    left: list[_Row] = []
    right: list[_Row] = []

    def flush() -> None:
        for r in left:
            r.column = 1
        for r in right:
            r.column = 2
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for row, at in zip(rows[first : last + 1], cuts[first : last + 1], strict=True):
        if at is None:
            flush()
            out.append(row)
        elif at == len(row.glyphs):
            left.append(row)
        elif at == 0:
            right.append(row)
        else:
            left.append(_Row(row.glyphs[:at]))
            right.append(_Row(row.glyphs[at:]))
    flush()
    out.extend(rows[last + 1 :])
    return out


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


def _spaced(a: _Glyph, b: _Glyph, gap: float, height: float) -> bool:
    """Whether a space parts two glyphs of a line ``gap`` apart (``height``: the taller
    one's), as the text reads them: a space character, a word gap, or a space PDFium
    inferred where one stands (see :func:`_inferred_space`; none between the letters of a
    browser's footer)."""
    return (
        b.space_before == _SPACE
        or gap > _WORD_GAP * height
        or (b.space_before == _INFERRED and _inferred_space(a, b, gap, height))
    )


def _runs_turned(glyphs: Sequence[_Glyph], turn: int) -> bool:
    """Whether most steps from one glyph to the next inside a word run the way ``turn``
    quarter turns clockwise make left to right: up the page (1), leftwards (2) or down
    it (3), in the page's own space."""
    votes = 0
    steps = 0
    for a, b in pairwise(glyphs):
        if b.space_before != _NO_SPACE:
            continue
        dx = (b.left + b.right - a.left - a.right) / 2
        dy = b.middle - a.middle
        along = (dy, -dx, -dy)[turn - 1]
        steps += 1
        votes += along > abs(dx if turn != 2 else dy)
    return steps > 0 and votes * 2 > steps


def _as_displayed(
    turn: int, left: float, right: float, bottom: float, top: float, size: tuple[float, float]
) -> tuple[float, float, float, float]:
    """A box of a page's own space as the page is displayed after ``turn`` quarter turns
    clockwise (/Rotate 90, 180, 270); ``size`` is the displayed width and height."""
    width, height = size
    if turn == 1:
        return bottom, top, height - right, height - left
    if turn == 2:
        return width - right, width - left, height - top, height - bottom
    return width - top, width - bottom, left, right


def _page_glyphs(page: Any, pdfium_c: Any, room: int) -> tuple[list[_Glyph], int, int] | None:
    """The characters of a page with their boxes, in the order of the PDF, and the
    numbers of characters read and of characters that could not be read (no Unicode
    mapping, or no place on the page); ``None`` when the page holds more than ``room``
    characters."""
    textpage = page.get_textpage()
    try:
        count = max(pdfium_c.FPDFText_CountChars(textpage), 0)
        if count > room:
            return None
        glyphs: list[_Glyph] = []
        rect = pdfium_c.FS_RECTF()
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        is_generated = pdfium_c.FPDFText_IsGenerated
        get_size = pdfium_c.FPDFText_GetFontSize
        get_font = pdfium_c.FPDFText_GetFontInfo
        flags = ctypes.c_int()
        space = _NO_SPACE
        unread = 0
        for index, code in enumerate(_page_codes(textpage, count, pdfium_c)):
            if code in _SPACES:
                if space != _SPACE:
                    # PDFium infers a line break between glyphs as well as a space
                    # (the letters of a narrow justified column came out "R e c a l l
                    # i n g"): either one it made up is inferred, not written.
                    generated = code in _INFERABLE and is_generated(textpage, index) == 1
                    space = _INFERRED if generated else _SPACE
                continue
            if code in (0, 0xFFFD):
                unread += 1
                continue
            char = chr(code) if code < 0x110000 else "\ufffd"
            if char in _BREAK_HYPHENS:
                char = "-"
            elif code < 0x20 or 0x7F <= code < 0xA0:
                continue  # control characters hold no words
            if not get_box(textpage, index, ctypes.byref(rect)):
                unread += 1
                continue
            # The size is asked of the first glyph of a word and of what may be a
            # footnote mark only (a call a glyph would cost a sixth of the reading time):
            # enough for the size of a line and of a superscript mark.
            starts_word = space != _NO_SPACE or not glyphs
            glyphs.append(
                _Glyph(
                    char,
                    rect.left,
                    rect.right,
                    rect.bottom,
                    rect.top,
                    space,
                    get_size(textpage, index) if starts_word or _is_mark_char(char) else 0.0,
                    # The font's flags alone (no name is copied out), asked of an "o"
                    # opening a word only: the one bullet that is a letter.
                    char == "o"
                    and starts_word
                    and get_font(textpage, index, None, 0, ctypes.byref(flags)) > 0
                    and bool(flags.value & _FIXED_PITCH),
                )
            )
            space = _NO_SPACE
        # A page turned by /Rotate (a landscape annex) whose text runs the turned way in
        # the page's own space is read as it is displayed, its glyphs' boxes turned with
        # it (its lines came out one letter a line, "## O", "## V"). A page turned in a
        # viewer and saved holds upright text under its /Rotate: left as it is.
        turn = int(pdfium_c.FPDFPage_GetRotation(page)) % 4
        if turn and _runs_turned(glyphs, turn):
            size = (pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page))
            glyphs = [
                _Glyph(
                    g.char,
                    *_as_displayed(turn, g.left, g.right, g.bottom, g.top, size),
                    g.space_before,
                    g.size,
                    g.fixed,
                )
                for g in glyphs
            ]
        return glyphs, count, unread
    finally:
        textpage.close()


def _rows(glyphs: list[_Glyph]) -> list[_Row]:
    """Group a page's glyphs into printed lines, top to bottom, each left to right.

    Runs of glyphs on one line in the order of the PDF are found first; runs that stand
    on the same line (the two columns of a masthead line, a header written after the
    body) are then merged, in the order of their places on the page.
    """
    runs: list[list[_Glyph]] = []
    for glyph in glyphs:
        if runs:
            last = runs[-1][-1]
            height = max(last.height, glyph.height, 1e-6)
            if (
                abs(glyph.middle - last.middle) < _SAME_LINE * height
                and glyph.left >= last.left - 0.5 * height
            ):
                runs[-1].append(glyph)
                continue
        runs.append([glyph])
    measured = sorted(
        (
            (
                statistics.median(g.middle for g in run),
                statistics.median(g.height for g in run),
                run,
            )
            for run in runs
        ),
        key=lambda item: -item[0],
    )
    lines: list[list[list[_Glyph]]] = []
    line_middle = 0.0
    for middle, height, run in measured:
        if lines and abs(middle - line_middle) < _SAME_LINE * height:
            lines[-1].append(run)
            continue
        lines.append([run])
        line_middle = middle
    rows: list[_Row] = []
    # The glyphs of a superscript mark set so high that it stood as a line of its own,
    # to be put back on the line below, where it is printed ("peace,¹ and").
    raised: list[_Glyph] = []
    for k, line in enumerate(lines):
        if k + 1 < len(lines) and _is_raised_mark(line, lines[k + 1]):
            raised.extend(g for run in line for g in run)
            continue
        line.sort(key=lambda run: run[0].left)
        merged: list[_Glyph] = []
        for run in line:
            if merged:
                # Between runs the PDF's own space tells nothing: measure the gap.
                gap = run[0].left - merged[-1].right
                first = run[0]
                merged.append(_respaced(first, gap))
                merged.extend(run[1:])
            else:
                merged.extend(run)
        if raised:
            merged = _with_marks(merged, raised)
            raised = []
        rows.append(_Row(merged))
    return rows


def _respaced(glyph: _Glyph, gap: float) -> _Glyph:
    """``glyph`` with the space before it measured from ``gap`` (the PDF's own space
    tells nothing where two runs of glyphs meet)."""
    space = _SPACE if gap > _WORD_GAP * max(glyph.height, 1e-6) else _NO_SPACE
    return _Glyph(
        glyph.char, glyph.left, glyph.right, glyph.bottom, glyph.top, space, glyph.size, glyph.fixed
    )


def _size_of(glyphs: list[_Glyph]) -> float:
    """The type size of glyphs: the median of the sizes read (0: none read)."""
    sizes = [g.size for g in glyphs if g.size > 0]
    return statistics.median(sizes) if sizes else 0.0


def _smaller(glyphs: list[_Glyph], than: list[_Glyph]) -> bool:
    """Whether ``glyphs`` are set in smaller type than ``than`` (:func:`_is_smaller`)."""
    return _is_smaller(
        _size_of(glyphs),
        statistics.median(g.height for g in glyphs),
        _size_of(than),
        statistics.median(g.height for g in than),
    )


def _is_smaller(size: float, height: float, other_size: float, other_height: float) -> bool:
    """Whether type of ``size`` and box ``height`` is smaller than the other: by the font
    size, or, where the PDF scales its text otherwise (every size the same), by the box
    height."""
    if size > 0 and other_size > 0 and size < _SMALLER * other_size:
        return True
    return height < _SMALLER * other_height


def _is_raised_mark(line: list[list[_Glyph]], below: list[list[_Glyph]]) -> bool:
    """Whether ``line`` is a superscript mark of the line ``below`` that stands apart
    from it: a few glyphs in smaller type whose bottom lies inside the box of the line
    below, above its baseline (glyphs on a line of their own never reach into the next
    one)."""
    if sum(map(len, line)) > _MARK_GLYPHS:
        return False
    glyphs = [g for run in line for g in run]
    body = [g for run in below for g in run]
    if len(body) <= len(glyphs):
        return False
    base = statistics.median(g.bottom for g in body)
    top = statistics.median(g.top for g in body)
    low = min(g.bottom for g in glyphs)
    return base < low < top and _smaller(glyphs, body)


def _with_marks(glyphs: list[_Glyph], marks: list[_Glyph]) -> list[_Glyph]:
    """The glyphs of a line with the glyphs of its raised marks put in place, by their
    left edges."""
    out = list(glyphs)
    for mark in sorted(marks, key=lambda g: g.left):
        at = bisect.bisect_right(out, mark.left, key=lambda g: g.left)
        gap = mark.left - out[at - 1].right if at else 0.0
        out.insert(at, _respaced(mark, gap))
    return out


# --------------------------------------------------------------------------- footnotes
# A footnote is read as one only on the evidence of the print: its line opens with a mark
# that the text above it on the page cites as a superscript, and it stands below the
# short rule drawn above the footnotes, or in smaller type than the body after a line of
# the body. Anything short of that stays in the text, for the text reader to judge.


def _is_mark_char(char: str) -> bool:
    return "0" <= char <= "9" or char in _NOTE_SIGNS


def _mark_of(chars: str) -> str | None:
    """``chars`` when they make a footnote mark: one to three digits, one to three
    asterisks, a dagger."""
    if not chars or len(chars) > 3:
        return None
    if all("0" <= c <= "9" for c in chars) or chars == "*" * len(chars):
        return chars
    return chars if chars in ("†", "‡") else None


def _raised_marks(row: _Row) -> Iterator[str]:
    """The footnote marks a line cites: digits (or asterisks, daggers) set raised and in
    smaller type than the line."""
    floor = row.baseline + _RAISED * row.height
    token = ""
    for glyph in row.glyphs:
        if (
            _is_mark_char(glyph.char)
            and glyph.bottom > floor
            and _is_smaller(glyph.size, glyph.height, row.size, row.height)
        ):
            token = glyph.char if glyph.space_before == _SPACE else token + glyph.char
            continue
        if token and (mark := _mark_of(token)):
            yield mark
        token = ""
    if token and (mark := _mark_of(token)):
        yield mark


def _opening_mark(row: _Row) -> str | None:
    """The mark a line opens with, set apart from the words after it (by a space, or by
    being smaller, as a superscript), the words opening with a letter, a quotation mark
    or a bracket: "1 S/2021/229.", "¹See ...". ``None`` for "2. Demands", "2030 Agenda"."""
    glyphs = row.glyphs
    count = 0
    while count < min(len(glyphs), _MARK_GLYPHS) and _is_mark_char(glyphs[count].char):
        count += 1
    mark = _mark_of("".join(g.char for g in glyphs[:count]))
    if mark is None or count >= len(glyphs):
        return None
    after = glyphs[count]
    if not (after.char.isalpha() or after.char in "\"'‘“(["):
        return None
    gap = after.left - glyphs[count - 1].right
    spaced = after.space_before == _SPACE or gap > _WORD_GAP * max(after.height, 1e-6)
    if spaced or _smaller(glyphs[:count], [after]):
        return mark
    return None


def _find_note_marks(rows: list[_Row]) -> bool:
    """Mark the lines of a page that open with a footnote mark cited, raised, on a line
    above them on the page (a note is printed on the page that cites it); whether any
    does."""
    cited: set[str] = set()
    found = False
    for row in rows:
        mark = _opening_mark(row) if cited else None
        row.opens_mark = mark is not None
        if mark is not None and mark in cited:
            row.note_mark = mark
            found = True
        cited.update(_raised_marks(row))
    return found


def _path_boxes(page: Any, pdfium_c: Any) -> Iterator[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of the paths drawn on a page, among its first
    :data:`_MAX_OBJECTS` objects: the rules, underlines and strikes the layout looks for."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    count = min(max(pdfium_c.FPDFPage_CountObjects(page), 0), _MAX_OBJECTS)
    for index in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page, index)
        if not obj or pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            yield left.value, bottom.value, right.value, top.value


def _find_rules(page: Any, rows: list[_Row], pdfium_c: Any) -> None:
    """Note the lines that open with a footnote mark and have the rule drawn above the
    footnotes in the gap above them: a short horizontal line (a path) starting at the
    left margin, less than half as wide as the text. Only the first
    :data:`_MAX_OBJECTS` objects of the page are looked at."""
    margin = min(row.left for row in rows)
    width = max(row.glyphs[-1].right for row in rows) - margin
    rules = [
        (bottom, top)
        for left, bottom, right, top in _path_boxes(page, pdfium_c)
        if top - bottom <= _RULE_THICKNESS
        and _RULE_MIN_WIDTH <= right - left < 0.5 * width
        and abs(left - margin) <= _RULE_THICKNESS * 2
    ]
    # The gap above each line that may open a footnote, lowest first; each rule is
    # looked up in them (a page of many rules and many such lines stays fast).
    gaps = sorted(
        (
            (row.baseline + row.height * 0.5, above.baseline, row)
            for above, row in pairwise(rows)
            if row.note_mark is not None
        ),
        key=lambda gap: gap[0],
    )
    floors = [floor for floor, _, _ in gaps]
    for low, high in rules:
        at = bisect.bisect_left(floors, low) - 1
        if at >= 0 and high < gaps[at][1]:
            gaps[at][2].rule_above = True


def _mark_changes(page: Any, rows: list[_Row], pdfium_c: Any) -> int:
    """Mark the glyphs that thin horizontal lines drawn on the page strike through (at
    :data:`_STRIKE_LOW` to :data:`_STRIKE_HIGH` of their line's height above its boxes'
    bottom) or underline (below :data:`_STRIKE_LOW`, down to :data:`_UNDERLINE_LOW`):
    how a word processor prints the deletions and insertions of a draft shown with its
    tracked changes. Returns how many glyphs are struck through. A table's rule stands
    between lines and marks nothing. Only the first :data:`_MAX_OBJECTS` objects of the
    page are looked at."""
    if not rows:
        return 0
    ordered = sorted(rows, key=lambda row: row.baseline)
    floors = [row.baseline for row in ordered]
    highest = max(row.height for row in rows)
    struck = 0
    for left, bottom, right, top in _path_boxes(page, pdfium_c):
        if top - bottom > _STRIKE_THICKNESS or right - left < 1.0:
            continue
        y = (top + bottom) / 2
        # The lines whose glyph boxes may hold y: their baseline at most a line's height
        # below it (and an underline a little under their boxes' bottom).
        at = bisect.bisect_left(floors, y - highest)
        # (A line joining two columns' lines stands at the middle of their baselines.)
        while at < len(ordered) and ordered[at].baseline <= y + 0.5 * highest:
            row = ordered[at]
            at += 1
            # Each glyph is measured from its own box: a line of the page may join the
            # lines of two columns, a little apart.
            marked: list[tuple[_Glyph, int]] = []
            for glyph in row.glyphs:
                # By its middle: an italic "f" overhangs the end of its strike.
                if not left - 0.5 <= (glyph.left + glyph.right) / 2 <= right + 0.5:
                    continue
                share = (y - glyph.bottom) / max(glyph.height, 1e-6)
                if _STRIKE_LOW <= share <= _STRIKE_HIGH:
                    marked.append((glyph, _STRUCK))
                elif _UNDERLINE_LOW <= share < _STRIKE_LOW:
                    marked.append((glyph, _UNDERLINED))
            if not marked:
                continue
            # A mark runs under (or through) the glyphs it marks, not far past them: a
            # table cell's border under its last line marks nothing.
            span = max(g.right for g, _ in marked) - min(g.left for g, _ in marked)
            if right - left > span + _MARK_SLACK * row.height:
                continue
            for glyph, mark in marked:
                if glyph.mark != _STRUCK:
                    glyph.mark = mark
                    struck += mark == _STRUCK
            break
    return struck


def _keep_version(pages: list[list[_Row]], version: TrackedVersion) -> None:
    """Leave out, in place, what the ``version`` of a draft printed with its tracked
    changes does not hold: the struck glyphs from the proposal (``"accepted"``), the
    underlined ones from the original. A line left with no glyph goes, and the line below
    it measures its gap from it (see ``_Row.above``); a line keeps its indent where its
    first words went; where words went inside a line, one space stands in their place if
    a space stood around them, none where they were glued to what stays
    ("Condemns|Deplores")."""
    drop = _STRUCK if version == "accepted" else _UNDERLINED
    for number, rows in enumerate(pages):
        kept_rows: list[_Row] = []
        gone: float | None = None
        for row in rows:
            glyphs = row.glyphs
            if not any(g.mark == drop for g in glyphs):
                if gone is not None:
                    row.above = gone
                    gone = None
                kept_rows.append(row)
                continue
            kept: list[_Glyph] = []
            run: list[_Glyph] = []
            for glyph in glyphs:
                if glyph.mark == drop:
                    run.append(glyph)
                    continue
                if run and kept:
                    spaced = (
                        run[0].space_before != _NO_SPACE
                        or glyph.space_before != _NO_SPACE
                        or glyph.left - run[-1].right > _WORD_GAP * max(glyph.height, 1e-6)
                    )
                    glyph.hole = 2 if spaced else 1
                run = []
                kept.append(glyph)
            if not kept:
                gone = row.baseline
                continue
            # The line keeps its place, indent and measures: only its words change.
            row.glyphs = kept
            if gone is not None:
                row.above = gone
                gone = None
            kept_rows.append(row)
        pages[number] = kept_rows
    _list_numbers(pages)


#: LibreOffice prints a list item of a text with tracked changes with its original
#: number in brackets, after its number in the text as changed if it gives one: "1.[2.]",
#: "[1.]", "(b)[(c)]". It gives none to an item whose own words changed and counts the
#: others without it, and its original numbers skip items too: neither is to be trusted.
#: (A drafter's own bracketed label, "[Alt.]", is no list number.)
_BRACKETED_NUMBER = re.compile(
    r"(?:\(?(?:\d{1,3}|[a-z]{1,5}|[A-Z])[.)])?\[(\(?(?:\d{1,3}|[a-z]{1,5}|[A-Z])[.)])\]"
)
#: A list label opening a line: "12.", "(b)", "iv)", its key in the group.
_LIST_LABEL = re.compile(r"(\()?([0-9]{1,3}|[a-z]{1,5}|[A-Z]{1,3})([.)])")
#: Two list labels stand at one level when they start this close (points).
_LEVEL_SLACK = 4.0
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii")


def _list_numbers(pages: list[list[_Row]]) -> None:
    """Number the list items of a draft printed by LibreOffice with its tracked changes
    (see :data:`_BRACKETED_NUMBER`) again, in place, as the version read numbers them:
    its paragraphs 1, 2, 3 ... in order, and each list under them by its first label's
    kind ("(a)", "(i)", "1)") and its indent. A text with no bracketed number is left as
    printed (a word processor prints the numbers of the proposal)."""
    rows = [row for page in pages for row in page]
    heads = [_BRACKETED_NUMBER.match("".join(g.char for g in row.glyphs[:14])) for row in rows]
    if not any(heads):
        return
    paragraph = 0
    # The open lists under the paragraph: (indent, kind, count, opening, closing).
    levels: list[list[Any]] = []
    for row, found in zip(rows, heads, strict=True):
        glyphs = row.glyphs
        if found is not None:
            # The bracketed label stands for the item's label; the rest of the head goes.
            label = glyphs[found.start(1) : found.end(1)]
            label[0].space_before = glyphs[0].space_before
            glyphs = row.glyphs = label + glyphs[found.end() :]
        head = "".join(g.char for g in glyphs[:8])
        match = _LIST_LABEL.match(head)
        if match is None or len(glyphs) <= match.end():
            continue
        after = glyphs[match.end()]
        if found is None and not (
            after.space_before != _NO_SPACE
            and after.left - glyphs[match.end() - 1].right > _WORD_GAP * max(after.height, 1e-6)
        ):
            continue  # a word opening a wrapped line ("2004. The ...")
        opening, key, closing = match.group(1) or "", match.group(2), match.group(3)
        if key.isdigit() and not opening and closing == ".":
            paragraph += 1
            levels = []
            _relabel(row, match.end(), f"{paragraph}.")
            continue
        # Where the line starts as printed (the bracketed label starts further right).
        left = row.left
        while levels and levels[-1][0] > left + _LEVEL_SLACK:
            levels.pop()
        if levels and abs(levels[-1][0] - left) <= _LEVEL_SLACK:
            levels[-1][2] += 1
        else:
            kind = "digit" if key.isdigit() else "roman" if key.lower() == "i" else "letter"
            levels.append([left, kind, 1, opening, closing])
            if key.isupper():
                levels[-1][1] += "-upper"
        _, kind, count, opening, closing = levels[-1]
        if kind.startswith("digit"):
            new = str(count)
        elif kind.startswith("roman"):
            new = _ROMANS[count - 1] if count <= len(_ROMANS) else key
        else:
            new = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        if kind.endswith("-upper"):
            new = new.upper()
        _relabel(row, match.end(), f"{opening}{new}{closing}")


def _relabel(row: _Row, end: int, label: str) -> None:
    """Print ``label`` in place of the row's first ``end`` glyphs."""
    first, last = row.glyphs[0], row.glyphs[end - 1]
    step = (last.right - first.left) / len(label)
    made = [
        _Glyph(
            char,
            first.left + k * step,
            first.left + (k + 1) * step,
            first.bottom,
            first.top,
            first.space_before if k == 0 else _NO_SPACE,
            first.size,
        )
        for k, char in enumerate(label)
    ]
    row.glyphs = made + row.glyphs[end:]


def _inferred_space(before: _Glyph, after: _Glyph, gap: float, height: float) -> bool:
    """Whether a space PDFium inferred in a gap narrower than a word gap is one. Mostly
    not: the typesetter wrote a word in two pieces ("resolut" "ions", a tenth of the line
    height apart), or set the hyphen of a word broken at the line end a hair away from it
    ("oper" "-"). But a letter that overhangs to its left (an italic or serif "j": "including
    joint", 0.19 of the line height) narrows a real space, and a list label set close to
    its text ("iii.European") is never glued to it: words are not written in pieces after
    punctuation."""
    if after.char == "-" or gap <= 0:
        return False
    if before.char in _LABEL_ENDS and after.char.isalpha():
        return True
    return gap > _INFERRED_GAP * height


def _row_text(row: _Row, column: float) -> str:
    """The words of a printed line, with a run of spaces (at least two) for a gap wider
    than a tab, so columns stay apart."""
    parts: list[str] = []
    previous: _Glyph | None = None
    last = len(row.glyphs) - 1
    for i, glyph in enumerate(row.glyphs):
        if glyph.char == _SOFT_HYPHEN and i != last:
            previous = glyph  # the word goes on after it, with no space
            continue
        if previous is not None and glyph.hole:
            # Words of another version left out between the two (see _keep_version).
            if glyph.hole == 2:
                parts.append(" ")
        elif previous is not None:
            gap = glyph.left - previous.right
            height = max(glyph.height, previous.height, 1e-6)
            if gap > _COLUMN_GAP * height:
                parts.append(" " * min(_MAX_SPACES, max(2, round(gap / column))))
            elif _spaced(previous, glyph, gap, height) or (
                # A label's text opens with a letter: "25." at the start of a line
                # goes on "6 million".
                gap > 0
                and previous.char in ".)"
                and not glyph.char.isdigit()
                and len(parts) <= _LABEL_CHARS
                and _ROW_LABEL.fullmatch("".join(parts))
            ):
                parts.append(" ")
        parts.append("-" if glyph.char == _SOFT_HYPHEN else glyph.char)
        previous = glyph
    return "".join(parts)


def _layout(pages: list[list[_Row]]) -> list[list[_PageLine]]:
    """Each page's lines as text: indents as leading spaces (measured from the leftmost
    line of the document, a column being about half an em), a paragraph gap noted."""
    rows = [row for page in pages for row in page]
    if not rows:
        return [[] for _ in pages]
    height = statistics.median(row.height for row in rows)
    column = max(height * 0.45, 1e-6)
    margin = min(row.left for row in rows)
    pitches = [
        above.baseline - below.baseline
        for page in pages
        for above, below in pairwise(page)
        if above.baseline - below.baseline > 0.5 * height
    ]
    pitch = statistics.median(pitches) if pitches else height * 1.2
    # The pitch of the lines of a paragraph: the median is the pitch between paragraphs
    # in a text of short paragraphs, the lower quartile that of lines in most texts.
    line_pitch = max(sorted(pitches)[len(pitches) // 4] if pitches else height * 1.2, 1e-6)
    out: list[list[_PageLine]] = []
    for number, page in enumerate(pages, start=1):
        lines: list[_PageLine] = []
        for i, row in enumerate(page):
            indent = " " * min(_MAX_SPACES, max(0, round((row.left - row.shift - margin) / column)))
            if row.above is not None:
                rise = row.above - row.baseline
            else:
                rise = page[i - 1].baseline - row.baseline if i else 0.0
            if rise < 0:
                # The top of a page's next column (see _read_columns): the text runs on
                # from the foot of the column before, as from one line to the next.
                rise = line_pitch
            lines.append(
                _PageLine(
                    indent + _bullet(row, _row_text(row, column)),
                    number,
                    gap_before=i > 0 and rise > _PARAGRAPH_GAP * pitch,
                    spacing=rise / line_pitch,
                    size=row.size,
                    note_mark=row.note_mark,
                    opens_mark=row.opens_mark,
                    rule_above=row.rule_above,
                )
            )
        out.append(lines)
    return out


def _bullet(row: _Row, text: str) -> str:
    """The text of a line with the bullet Word writes in a symbol font (a private-use
    character) or as a letter in Courier New ("o", the second level's) shown as the
    bullet it prints, as the Word reader does (:data:`_FONT_BULLETS`): a symbol opening a
    line before a space, an "o" in a fixed-pitch font before one (the word "o" of a
    text in Spanish, or a letter typed as a bullet, is in the font of the text)."""
    glyphs = row.glyphs
    shown = _FONT_BULLETS.get(glyphs[0].char)
    if shown is None or len(glyphs) < 2 or not text.startswith(glyphs[0].char):
        return text
    first, after = glyphs[0], glyphs[1]
    gap = after.left - first.right
    height = max(first.height, after.height, 1e-6)
    if first.char == "o" and not first.fixed:
        return text
    if after.space_before != _SPACE and gap <= _WORD_GAP * height:
        return text
    return shown + text[1:]


# --------------------------------------------------------------------------- furniture


def _columns(text: str) -> list[str]:
    return [c for c in _COLUMNS.split(text.strip()) if c]


def _repeated(pages: list[list[_PageLine]], at_top: bool) -> set[str]:
    """Short lines standing first (or last) on at least two pages: a running header (or
    footer) that is not a symbol, such as a short title. Digits are folded so that a
    page number inside it does not hide the repetition."""
    seen: Counter[str] = Counter()
    for lines in pages[1:] if at_top else pages:
        if lines:
            text = normalize_space((lines[0] if at_top else lines[-1]).text)
            if len(text.split()) <= _REPEATED_MAX_WORDS:
                seen[_fold_digits(text)] += 1
    return {text for text, count in seen.items() if count >= 2}


def _fold_digits(text: str) -> str:
    return re.sub(r"\d", "#", text.casefold())


def _lone_number_offsets(pages: list[list[_PageLine]]) -> set[int]:
    """Offsets (printed number minus page index) of lone numbers that stand first or last
    on their page, shared by at least two pages: page numbers printed alone."""
    offsets: Counter[int] = Counter()
    for index, lines in enumerate(pages, start=1):
        ends = {id(line): line for line in (lines[:1] + lines[-1:])}
        for line in ends.values():
            text = line.text.strip()
            if _LONE_NUMBER.match(text):
                offsets[int(text) - index] += 1
    return {offset for offset, count in offsets.items() if count >= 2} | {0}


def _column_kind(
    column: str, *, top: bool, page: int, first_page: bool, offsets: set[int]
) -> FurnitureKind | None:
    """What kind of furniture one column of a line at the top or foot of a page is."""
    if _JOB_NUMBER.match(column) or _BARCODE.match(column):
        return "job-number"
    if _PAGE_NUMBER.match(column):
        return "page-number"
    if _LONE_NUMBER.match(column) and int(column) - page in offsets:
        return "page-number"
    if _RECYCLE.match(column):
        return "page-footer"
    if _SYMBOL.match(column) and top and not first_page:
        # At the foot a symbol alone may be a footnote's ("2  S/2020/105"); a symbol
        # printed at the foot of every page is caught as a repeated footer.
        return "page-header"
    if not any(c.isalnum() for c in column):
        return "other"  # the recycling logo, a rule drawn with characters
    return None


def _line_furniture(
    line: _PageLine,
    *,
    top: bool,
    first_page: bool,
    repeated: set[str],
    offsets: set[int],
    job_seen: bool,
) -> list[tuple[str, FurnitureKind]] | None:
    """The columns of a furniture line with their kinds, or ``None`` for text."""
    found: list[tuple[str, FurnitureKind]] = []
    stamped = False
    for column in map(normalize_space, _columns(line.text)):
        kind = _column_kind(column, top=top, page=line.page, first_page=first_page, offsets=offsets)
        if kind is None and _DATE_STAMP.match(column):
            # Six digits are a date stamp only on a foot that carries a job number.
            kind, stamped = "job-number", True
        if kind is None:
            text = normalize_space(line.text)
            if (not first_page or not top) and _fold_digits(text) in repeated:
                # A short title repeated at the top (or foot) of every page. The first
                # page's top is its masthead, but its foot is a foot like any other (a
                # browser prints "file:///…/draft.html 1/4" there as on every page).
                return [(text, "page-header" if top else "page-footer")]
            return None
        found.append((column, kind))
    if stamped and not job_seen:
        return None
    if top and all(kind == "other" for _, kind in found):
        return None  # a row of asterisks at the top of a page is the text's own
    return found or None


def _top_furniture(
    lines: list[_PageLine], headers: set[str], offsets: set[int]
) -> dict[int, list[tuple[str, FurnitureKind]]]:
    """The furniture lines at the top of a page after the first, by index.

    A short line above a page number ("Situation in Eastland" / "- 2 -") is a running
    header even on the one page of a two-page document that has one; a line that ends
    with punctuation is text, and the last line of a page is left to the foot.
    """
    found: dict[int, list[tuple[str, FurnitureKind]]] = {}
    pending: list[int] = []
    for i, line in enumerate(lines[: min(_TOP_LINES, len(lines) - 1)]):
        columns = _line_furniture(
            line, top=True, first_page=False, repeated=headers, offsets=offsets, job_seen=False
        )
        if columns is None:
            text = line.text.rstrip()
            if len(text.split()) > _REPEATED_MAX_WORDS or text.endswith((".", ",", ";", ":")):
                break
            pending.append(i)
            continue
        if any(kind in ("page-number", "job-number") for _, kind in columns):
            for j in pending:
                found[j] = [(normalize_space(lines[j].text), "page-header")]
            pending.clear()
        elif pending:
            break
        found[i] = columns
    return found


def _on_every_page(pages: list[list[_PageLine]], at_top: bool) -> int:
    """How many lines (at most :data:`_EVERY_PAGE_LINES`) stand word for word the same at
    the top (or foot) of every page, the first included, set apart from the body by more
    than a line's pitch: a running header (or footer) such as "CONFIDENTIAL – Zero draft",
    which a document of two pages repeats only once after its first page. A page must
    hold more than those lines."""
    if len(pages) < 2:
        return 0
    depth = 0
    while depth < _EVERY_PAGE_LINES:
        texts: set[str] = set()
        for lines in pages:
            if len(lines) <= depth + 1:
                return _apart(pages, depth, at_top)
            texts.add(normalize_space((lines[depth] if at_top else lines[-1 - depth]).text))
        text = texts.pop()
        if texts or len(text.split()) > _REPEATED_MAX_WORDS or not any(map(str.isalnum, text)):
            break
        depth += 1
    return _apart(pages, depth, at_top)


def _apart(pages: list[list[_PageLine]], depth: int, at_top: bool) -> int:
    """The most lines, up to ``depth``, of the top (or foot) of every page that a gap
    wider than the lines of a paragraph parts from the body on every page."""
    while depth and not all(
        (lines[depth] if at_top else lines[-depth]).spacing > _APART for lines in pages
    ):
        depth -= 1
    return depth


def _notes_at_foot(lines: list[_PageLine], end: int, body_size: float) -> range | None:
    """The lines of the footnotes at the foot of a page, above ``end`` (the page furniture
    at its foot), or ``None``.

    The notes open at the first line that opens with a footnote mark cited above it on
    the page (:func:`_find_note_marks`) and either has the footnotes' rule above it, or
    follows a line in the body's type and is, with the rest of the notes, in smaller
    type. They go on over the lines that open a note and those that stand at a line's
    pitch under the line before (a note wrapped over lines); a line further down (a
    footer the furniture did not know) ends them.
    """
    # reach[i]: where notes that take in lines[i] end; small[i]: how many of lines[:i]
    # are in smaller type (both computed once: the page is read in linear time).
    reach = [end] * (end + 1)
    for i in range(end - 2, -1, -1):
        after = lines[i + 1]
        # A line that opens with a mark no line above cites ("2 Centrifuges ..." of an
        # annex's list in small type) is no note's: it ends the notes.
        goes_on = after.note_mark is not None or (
            after.spacing <= _PARAGRAPH_GAP and not after.opens_mark
        )
        reach[i] = reach[i + 1] if goes_on else i + 1
    small = [0]
    for line in lines[:end]:
        small.append(small[-1] + (0 < line.size < _NOTE_SIZE * body_size))
    for start in range(1, end):
        line = lines[start]
        if line.note_mark is None:
            continue
        stop = reach[start]
        if stop < end and lines[stop].opens_mark and lines[stop].note_mark is None:
            # Stopped by a line opening with a mark no line above cites: a numbered list
            # set small ("1 Nuclear reactors ..." / "2 Centrifuges ..." of an annex),
            # whose first number happens to be cited, not the notes.
            continue
        if line.rule_above or (
            lines[start - 1].size >= _NOTE_SIZE * body_size
            and small[stop] - small[start] == stop - start
        ):
            return range(start, stop)
    return None


def _take_furniture(pages: list[list[_PageLine]]) -> PdfText:
    """Lay the pages out as one text, furniture and footnotes replaced by blank lines and
    recorded."""
    headers = _repeated(pages, at_top=True)
    footers = _repeated(pages, at_top=False)
    offsets = _lone_number_offsets(pages)
    top_depth = _on_every_page(pages, at_top=True)
    foot_depth = _on_every_page(pages, at_top=False)
    sizes = [line.size for lines in pages for line in lines if line.size > 0]
    body_size = statistics.median(sizes) if sizes else 0.0
    texts: list[str] = []
    removed: list[RemovedText] = []
    notes: list[PdfFootnote] = []
    starts: list[int] = []
    for index, lines in enumerate(pages):
        first_page = index == 0
        kinds: dict[int, list[tuple[str, FurnitureKind]]] = {}
        # From the top: running header, page number (never on the first page, where
        # the symbol at the top is the masthead's).
        if not first_page:
            kinds.update(_top_furniture(lines, headers, offsets))
        for i in range(top_depth):
            # A header printed on every page, the first too.
            kinds.setdefault(i, [(normalize_space(lines[i].text), "page-header")])
        # From the foot: page number, job number and stamps, barcode, "Please recycle".
        job_seen = any(
            _JOB_NUMBER.match(c) or _BARCODE.match(c)
            for line in lines[-_FOOT_LINES:]
            for c in map(normalize_space, _columns(line.text))
        )
        foot = len(lines)
        for i in range(len(lines) - 1, max(len(lines) - 1 - _FOOT_LINES, -1), -1):
            if i in kinds:
                break
            found = _line_furniture(
                lines[i],
                top=False,
                first_page=first_page,
                repeated=footers,
                offsets=offsets,
                job_seen=job_seen,
            )
            if found is None and i >= len(lines) - foot_depth:
                # A footer printed on every page, the first too.
                found = [(normalize_space(lines[i].text), "page-footer")]
            if found is None:
                break
            kinds[i], foot = found, i
        # Above the furniture of the foot, the footnotes.
        notes_at = _notes_at_foot(lines, foot, body_size)
        if notes_at is None or notes_at.start in kinds:
            notes_at = range(0)
        noted = {i: lines[i].note_mark for i in notes_at if i not in kinds}
        if not first_page:
            # A blank line with a form feed: the text reader sees the page break and
            # decides from the words whether the paragraph goes on.
            texts.append("\f")
        starts.append(len(texts) + 1)
        for i, line in enumerate(lines):
            apart = i in kinds or i in noted
            if line.gap_before and i > 0 and i - 1 not in kinds and not apart:
                texts.append("")
            number = len(texts) + 1
            if i in kinds:
                for text, kind in kinds[i]:
                    removed.append(RemovedText(line=number, text=text, kind=kind))
                texts.append("")
            elif i in noted:
                text = line.text.strip()
                mark = noted[i]
                if mark is not None:
                    # The mark opens the line's text: the glyphs it was read from.
                    notes.append(PdfFootnote(mark, [text[len(mark) :].strip()], number))
                else:
                    # A note's next line (the notes open with a line that has a mark).
                    notes[-1].lines.append(text)
                texts.append("")
            else:
                texts.append(line.text)
    return PdfText(text="\n".join(texts), furniture=removed, pages=starts, footnotes=notes)


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
    import pypdfium2.raw as pdfium_c

    max_pages, max_chars, max_page_chars = _pdf_limits(limits)

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
                rows = _rows(glyphs)
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
    from .common import clean_for_display
    from .text import parse_text
    from .text.lines import _join, _Line

    layer = pdf_text(data, path=path, limits=limits, version=version)
    try:
        draft = parse_text(layer.text, path=path)
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
            text=_join([_Line(note.line, clean_for_display(text)) for text in note.lines]),
            line=note.line,
        )
        for note in layer.footnotes
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
