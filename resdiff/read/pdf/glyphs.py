"""A PDF's glyphs and printed lines: the first stage of the PDF reader.

:func:`_open` opens a PDF from its bytes with pypdfium2 and refuses what it cannot read
(an empty or corrupt file, a password, text its author forbids to copy);
:func:`_page_glyphs` reads a page's characters with their boxes and type sizes (within the
page's object and character limits), and :func:`_rows` groups them into the printed
lines, top to bottom, each left to right, a superscript mark set so high that it stands
apart put back on its line. :class:`_Glyph`, :class:`_Row` and :class:`_PageLine` are
what the later stages read.
"""

from __future__ import annotations

import bisect
import ctypes
import statistics
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ...errors import ResolutionParseError

#: Most objects one page may draw, each form object's contents counted at each use: a
#: page of a resolution printed by Word or LibreOffice draws a few thousand (a run of
#: text, a line, a logo each).
MAX_PAGE_OBJECTS = 100_000
_WORD_GAP = 0.2
#: A space PDFium inferred is one in a gap wider than this (see _inferred_space).
_INFERRED_GAP = 0.12
#: What a list label or a clause ends with, after which an inferred space is one.
_LABEL_ENDS = frozenset(".),;:")
_SAME_LINE = 0.5
#: Type smaller than this share of another's is smaller type (a superscript mark).
_SMALLER = 0.85
#: Most glyphs of a superscript mark ("123", "***").
_MARK_GLYPHS = 4
#: Marks of footnotes other than numbers.
_NOTE_SIGNS = frozenset("*†‡")
#: The flag of a fixed-pitch font (PDF 32000-1, table 123): Courier New's.
_FIXED_PITCH = 1

#: What PDFium reports for a hyphen at a line end (it joins the line with the next): U+FFFE
#: from its text, U+0002 from its character codes.
_BREAK_HYPHENS = frozenset("\ufffe\x02")
#: What :attr:`_Glyph.hyphen` tells of such a hyphen: drawn apart from the letters before
#: it (as LibreOffice draws the hyphen of a word it breaks), or with them, in their text
#: object (as every producer seen draws a hyphen the word is written with some of the
#: time: LibreOffice all 533 of the layouts' prints, Chromium 45 of 104; LibreOffice
#: draws all 2,297 of its breaks' apart; formats24).
_APART_HYPHEN = 1
_OWN_HYPHEN = 2


class _Glyph:
    """One character of a page with its box (PDF units, y upwards)."""

    __slots__ = (
        "bottom",
        "char",
        "fixed",
        "height",
        "hole",
        "hyphen",
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
        #: For a hyphen PDFium reports at a line's end, how it is drawn
        #: (:data:`_APART_HYPHEN`, :data:`_OWN_HYPHEN`); 0 for any other glyph.
        self.hyphen = 0


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
    # The raw handle, not the helper object: ctypes converts a helper through its
    # ``_as_parameter_`` at every call, and the calls a glyph makes were half the reading.
    handle = textpage.raw
    try:
        count = max(pdfium_c.FPDFText_CountChars(handle), 0)
        if count > room:
            return None
        glyphs: list[_Glyph] = []
        rect = pdfium_c.FS_RECTF()
        rect_ref = ctypes.byref(rect)
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        is_generated = pdfium_c.FPDFText_IsGenerated
        get_size = pdfium_c.FPDFText_GetFontSize
        get_font = pdfium_c.FPDFText_GetFontInfo
        flags = ctypes.c_int()
        flags_ref = ctypes.byref(flags)
        get_object = getattr(pdfium_c, "FPDFText_GetTextObject", None)
        as_pointer, void_p = ctypes.cast, ctypes.c_void_p
        last = -1  # the index of the last glyph read
        space = _NO_SPACE
        unread = 0
        for index, code in enumerate(_page_codes(handle, count, pdfium_c)):
            if code in _SPACES:
                if space != _SPACE:
                    # PDFium infers a line break between glyphs as well as a space
                    # (the letters of a narrow justified column came out "R e c a l l
                    # i n g"): either one it made up is inferred, not written.
                    generated = code in _INFERABLE and is_generated(handle, index) == 1
                    space = _INFERRED if generated else _SPACE
                continue
            if code in (0, 0xFFFD):
                unread += 1
                continue
            char = chr(code) if code < 0x110000 else "\ufffd"
            hyphen = 0
            if char in _BREAK_HYPHENS:
                char = "-"
                if get_object is not None and last >= 0:
                    # Drawn in the text object of the glyph before it, or apart: two
                    # calls a line-end hyphen, none for any other glyph.
                    same = as_pointer(get_object(handle, index), void_p).value == (
                        as_pointer(get_object(handle, last), void_p).value
                    )
                    hyphen = _OWN_HYPHEN if same else _APART_HYPHEN
            elif code < 0x20 or 0x7F <= code < 0xA0:
                continue  # control characters hold no words
            if not get_box(handle, index, rect_ref):
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
                    get_size(handle, index) if starts_word or _is_mark_char(char) else 0.0,
                    # The font's flags alone (no name is copied out), asked of an "o"
                    # opening a word only: the one bullet that is a letter.
                    char == "o"
                    and starts_word
                    and get_font(handle, index, None, 0, flags_ref) > 0
                    and bool(flags.value & _FIXED_PITCH),
                )
            )
            if hyphen:
                glyphs[-1].hyphen = hyphen
            last = index
            space = _NO_SPACE
        # A page turned by /Rotate (a landscape annex) whose text runs the turned way in
        # the page's own space is read as it is displayed, its glyphs' boxes turned with
        # it (its lines came out one letter a line, "## O", "## V"). A page turned in a
        # viewer and saved holds upright text under its /Rotate: left as it is.
        turn = int(pdfium_c.FPDFPage_GetRotation(page)) % 4
        if turn and _runs_turned(glyphs, turn):
            size = (pdfium_c.FPDF_GetPageWidthF(page), pdfium_c.FPDF_GetPageHeightF(page))
            turned = [
                _Glyph(
                    g.char,
                    *_as_displayed(turn, g.left, g.right, g.bottom, g.top, size),
                    g.space_before,
                    g.size,
                    g.fixed,
                )
                for g in glyphs
            ]
            for before, after in zip(glyphs, turned, strict=True):
                after.hyphen = before.hyphen
            glyphs = turned
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
    out = _Glyph(
        glyph.char, glyph.left, glyph.right, glyph.bottom, glyph.top, space, glyph.size, glyph.fixed
    )
    out.hyphen = glyph.hyphen
    return out


def _size_of(glyphs: list[_Glyph]) -> float:
    """The type size of glyphs: the median of the sizes read (0: none read)."""
    sizes = [g.size for g in glyphs if g.size > 0]
    return statistics.median(sizes) if sizes else 0.0


#: Letters whose boxes reach the capitals' or the ascenders' height, and letters that
#: stand at the x-height (a glyph's box runs from the type's descent to its own top in
#: the PDFs LibreOffice writes, so a line's median box depends on its letters).
_TALL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt0123456789")
_SHORT = frozenset("acemnorsuvwxz")


def _type_height(glyphs: Sequence[_Glyph]) -> float:
    """The height of the tall letters of ``glyphs`` (capitals, ascenders, figures):
    their median box; the median of all where none is tall."""
    tall = [g.height for g in glyphs if g.char in _TALL]
    return statistics.median(tall) if tall else statistics.median(g.height for g in glyphs)


def _like_heights(glyphs: Sequence[_Glyph], than: Sequence[_Glyph]) -> tuple[float, float]:
    """The boxes of like letters of two runs of glyphs, each's median: the tall letters'
    where both hold some, else the x-height letters' where both do, else all their
    glyphs'. A line of x-height letters is not smaller type than one of capitals and
    figures because LibreOffice boxes each letter to its own top."""
    for letters in (_TALL, _SHORT):
        mine = [g.height for g in glyphs if g.char in letters]
        other = [g.height for g in than if g.char in letters]
        if mine and other:
            return statistics.median(mine), statistics.median(other)
    return statistics.median(g.height for g in glyphs), statistics.median(g.height for g in than)


def _smaller(glyphs: list[_Glyph], than: list[_Glyph]) -> bool:
    """Whether ``glyphs`` are set in smaller type than ``than`` (:func:`_is_smaller`, the
    boxes of like letters compared: :func:`_like_heights`)."""
    height, other = _like_heights(glyphs, than)
    return _is_smaller(_size_of(glyphs), height, _size_of(than), other)


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
