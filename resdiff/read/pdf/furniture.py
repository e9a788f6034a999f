"""The UN page furniture and the footnotes, taken out of a PDF's laid-out text.

:func:`_take_furniture` removes at the top and foot of each page the running headers,
job numbers and date stamps, barcodes, "Please recycle", page numbers and the lines
printed alike on every page (:func:`_on_every_page`) into ``Draft.furniture``, kind by
kind, and the footnotes at the foot of a page into ``Draft.footnotes``, with the line
numbers of the text layer, so that no word is silently lost and no note is read into a
clause. :class:`PdfText` is what it gives the text reader.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from ...model import FurnitureKind, ParseWarning, RemovedText
from ..common import normalize_space
from .glyphs import _PageLine
from .notes import _notes_at_foot

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


@dataclass
class PdfFootnote:
    """A footnote printed at the foot of a page: its mark, its printed lines (the mark
    taken off the first) and the line of the text layer it opens on."""

    mark: str
    lines: list[str]
    line: int
    #: The indexes of the lines of ``lines`` that end with a word's own hyphen (see
    #: :attr:`PdfText.own_hyphens`).
    own_hyphens: list[int] = field(default_factory=list)


@dataclass
class PdfText:
    """The text layer of a PDF as the reader sees it, before the text reader.

    ``text`` holds one line per printed line (a form feed opens each page after the
    first; page furniture and the footnotes at the foot of a page are replaced by blank
    lines, so line numbers stay those of the layer); ``furniture`` is what was taken out,
    with those line numbers, and ``footnotes`` the notes; ``pages`` is, for each page, the
    number of its first line; ``warnings`` name pages without text or with characters the
    PDF does not map to Unicode. ``tracked`` tells a draft printed with its tracked
    changes (text struck through), of which ``text`` holds one version. ``own_hyphens``
    are the lines of ``text`` (numbered from 1) whose last character is a hyphen the word
    is written with, not one the producer set where it broke the word (see
    :data:`~resdiff.read.pdf.glyphs._OWN_HYPHEN`): the text reader keeps it there, and
    ``text`` shows the hyphen as printed, no mark in it.
    """

    text: str
    furniture: list[RemovedText] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    footnotes: list[PdfFootnote] = field(default_factory=list)
    tracked: bool = False
    own_hyphens: list[int] = field(default_factory=list)

    def marked_text(self) -> str:
        """``text`` with a zero-width space after each word's own hyphen at a line end
        (:attr:`own_hyphens`): what the text reader takes, inside
        :func:`~resdiff.read.text.hyphens.own_hyphens_marked`, as a hyphen to keep."""
        return _marked(self.text, self.own_hyphens)

    def page_of(self, line: int) -> tuple[int, int]:
        """(page, line on that page), both from 1, of a line of ``text``."""
        if not self.pages:
            return 1, line
        page = 1
        for number, first in enumerate(self.pages, start=1):
            if first <= line:
                page = number
        return page, line - self.pages[page - 1] + 1


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
            if not top and _numbered_footer(line, text):
                return [(text, "page-footer")]
            return None
        found.append((column, kind))
    if stamped and not job_seen:
        return None
    if top and all(kind == "other" for _, kind in found):
        return None  # a row of asterisks at the top of a page is the text's own
    return found or None


def _numbered_footer(line: _PageLine, text: str) -> bool:
    """Whether a line at the foot of a page is a footer by its own look, on any page,
    where no other page shows it again (a document of one page, the one page whose
    footer differs): short, set apart from the text above by more than a line's pitch,
    in columns, and ending with the page's number in a form no text line ends with
    ("Zero draft (12 May 2020)   Page 1 of 1", a browser's "file:///…/draft.html
    1/1"). Recorded as furniture, as every footer is."""
    columns = _columns(line.text)
    return (
        len(columns) >= 2
        and line.spacing > _APART
        and len(text.split()) <= _REPEATED_MAX_WORDS
        and _PAGE_NUMBER.match(normalize_space(columns[-1])) is not None
    )


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
    own = [number for number, text in enumerate(texts, start=1) if text.endswith(_OWN_MARK)]
    for number in own:
        texts[number - 1] = texts[number - 1][: -len(_MARK)]
    for note in notes:
        note.own_hyphens = [k for k, text in enumerate(note.lines) if text.endswith(_OWN_MARK)]
        for k in note.own_hyphens:
            note.lines[k] = note.lines[k][: -len(_MARK)]
    return PdfText(
        text="\n".join(texts), furniture=removed, pages=starts, footnotes=notes, own_hyphens=own
    )


#: The mark :func:`.layout._row_text` writes after a word's own hyphen at a line's end;
#: taken out of the text given (:attr:`PdfText.own_hyphens` records the lines), put back
#: for the text reader only (:meth:`PdfText.marked_text`).
_MARK = "\u200b"
_OWN_MARK = "-" + _MARK


def _marked(text: str, lines: list[int]) -> str:
    """``text`` with :data:`_MARK` after the last character of each of ``lines``."""
    if not lines:
        return text
    split = text.split("\n")
    for number in lines:
        split[number - 1] += _MARK
    return "\n".join(split)
