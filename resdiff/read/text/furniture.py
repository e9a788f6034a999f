"""Page furniture, for the second stage of the text reader (:mod:`.blocks`): the lines a
print sets on every page and no draft's text (job numbers, barcodes, page numbers, "Please
recycle", a browser's print header and footer, running headers) found, taken out and
recorded as :class:`~resdiff.model.RemovedText`. :func:`_take_furniture` runs over the
front and, once the masthead is split off, over the body."""

from __future__ import annotations

import re
from collections import Counter

from ...compiled import compile_cached
from ...memo import remembered
from ...model import FurnitureKind, RemovedText
from ..common import normalize_space
from .hyphens import KEPT_HYPHEN
from .lines import _Line
from .patterns import (
    _BARCODE,
    _BARE_NUMBER,
    _COLUMNS,
    _DATE_STAMP,
    _JOB_NUMBER,
    _PAGE_OF,
    _SYMBOL_ALONE,
)
from .shapes import _ended_above, _opens_with_verb, _text_below

_DIGIT = compile_cached(r"\d")
#: "Please recycle", alone on its line (its symbol may stand by it).
_PLEASE_RECYCLE = compile_cached(r"^\s*+[^\w\s]?\s*+Please\s+recycle\s*+[^\w\s]?\s*+$")
#: A short footer that ends in its page: "Zero draft (12 May 2020)   Page 1 of 3". The
#: label is at most 60 characters and holds no sentence stop or clause end (";", ":").
#: A browser's print footer: the page's address and its page ("file:///.../draft.html
#: 1/1", Chromium's default; a one-page print kept it in the last paragraph).
_BROWSER_FOOTER = compile_cached(r"^\s*+(?:file|https?)://\S{1,300}\s++\d{1,3}\s*/\s*\d{1,3}\s*+$")
#: The page's address alone on its line: the same footer as ``pdftotext`` without
#: ``-layout`` prints it, the page ("1/3") on a line of its own below.
_BROWSER_ADDRESS = compile_cached(r"^\s*+(?:file|https?)://\S{1,300}$")
#: How many lines below the address its page may stand (a blank line between).
_ADDRESS_TO_PAGE = 3
#: A browser's print header: the date and time it printed, and the page's title ("12/4/26,
#: 9:32 PM          S/RES/2522 (2020)", Chromium's default, on every page).
_BROWSER_HEADER = compile_cached(
    r"^\s*+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?"
    r"(?:\s{2,}\S[^\n]{0,150})?$"
)
_FOOTER_PAGE_OF = compile_cached(
    r"^\s*+[^;:.\n]{0,60}?\s++(?-i:Page)\s+\d{1,3}\s+of\s+\d{1,3}\s*+$"
)
#: A letter or digit: the characters ``str.isalnum`` is true of (checked on every code
#: point), found in C.
_ALNUM = compile_cached(r"[^\W_]")


@remembered(4096)
def _furniture_kind(text: str, *, in_body: bool) -> FurnitureKind | None:
    """What kind of page furniture a line is, or ``None`` when it is text.

    Symbols standing alone count only in the body: in the masthead they are the symbol.
    """
    # Remembered by its text (a pure function of it): a running header repeats on every
    # page, and a hostile text repeats a line with a digit thousands of times (the
    # fuzzer's "duplicate×1000", 10 µs a line cut into columns, 0.7 s per MB).
    if _PLEASE_RECYCLE.match(text):
        # The foot of a UN document's first page, beside its job number and barcode: read
        # as text it split a recital ("PP2 Please recycle effective, and meaningful
        # participation", a new user's copy of a UN PDF).
        return "page-footer"
    # Every kind of furniture below holds a digit, or a slash (a document symbol): a line
    # with neither (most lines of text) is text, told without cutting it into columns.
    if "/" not in text and _DIGIT.search(text) is None:
        return None
    if _BROWSER_HEADER.match(text):
        # Only at a page's top (see _take_furniture): a table row of a programme
        # ("15/6/2031, 10:00   Informal consultations") opens with a date and an hour too.
        return "page-header"
    if _FOOTER_PAGE_OF.match(text) or _BROWSER_FOOTER.match(text):
        # A delegation's own footer, its label and its page: "Zero draft (12 May 2020)
        # Page 1 of 3" (a new user's copy of a delegation's PDF: it split recitals and
        # swallowed sub-paragraphs at every page break).
        return "page-footer"
    columns = [c for c in _COLUMNS.split(text) if c]
    if not columns:
        return None
    kinds: list[FurnitureKind] = []
    for column in columns:
        if (
            _JOB_NUMBER.match(column)
            or _BARCODE.match(column)
            or (len(columns) > 1 and _DATE_STAMP.match(column))
        ):
            kinds.append("job-number")
        elif _PAGE_OF.match(column) or (len(columns) > 1 and _BARE_NUMBER.match(column)):
            kinds.append("page-number")
        elif in_body and _SYMBOL_ALONE.match(column):
            kinds.append("page-header")
        elif len(columns) > 1 and "ecycle" in column and _PLEASE_RECYCLE.match(column):
            # Beside the barcode: "*3101234*          Please recycle".
            kinds.append("page-footer")
        else:
            return None
    if "job-number" in kinds:
        return "job-number"
    return kinds[0]


#: A line that ends naming a document, whose symbol the next line gives.
_NAMES_A_DOCUMENT = compile_cached(r"\b(?:documents?|see|symbol)\s*$", re.IGNORECASE)


#: What ends a clause, standing alone on a line.
_CLOSING_MARKS = frozenset({",", ";", ":", ".", ",;", "];", "],"})


def _addresses(lines: list[_Line]) -> Counter[str]:
    """How many times each web address alone on its line stands in ``lines``: a browser
    prints its footer's on every page. Counted once, when the first address above a
    page's number is met."""
    return Counter(
        ln.text.strip() for ln in lines if ln.text[:1] in "fh" and _BROWSER_ADDRESS.match(ln.text)
    )


#: How many lines below a browser's header its page's title may stand (a blank between).
_HEADER_TO_TITLE = 3
#: The longest line read as a page's title under a browser's header.
_TITLE_MAX = 150


def _browser_titles(lines: list[_Line]) -> frozenset[str]:
    """The page titles of a browser's print header as ``pdftotext`` without ``-layout``
    copies it: the date and time on one line, the title on a line of its own below ("12/7/
    26, 8:37 PM" / "" / "Cyprus draft"). A line is one where it stands right under such a
    date on two pages or more, as the header repeats on every page (once, it may be a
    dated row of a programme and the row's text)."""
    found: Counter[str] = Counter()
    for i, line in enumerate(lines):
        if not line.text[:1].isdigit() or not _BROWSER_HEADER.match(line.text):
            continue
        below = next((ln.text for ln in lines[i + 1 : i + 1 + _HEADER_TO_TITLE] if ln.text), "")
        if below and len(below) <= _TITLE_MAX:
            found[below] += 1
    return frozenset(text for text, count in found.items() if count > 1)


def _label_alone(lines: list[_Line], i: int, alone: int) -> bool:
    """Whether the number alone on ``lines[i]``, with a blank line on one side or both
    (as a page's number stands), is an operative paragraph's number without its full
    stop, its text below on the same page: ``pdftotext`` without ``-layout`` prints
    Word's "%1" numbering so ("General principles" / "15" / "" / "Decides to extend
    ..."), and :func:`.shapes._bare_op` reads it. The number must be the count's: 1, or
    the next after ``alone``, the last number alone kept (or the one after, over one
    taken for a page's). Its text opens with an operative verb, or, as the count's next,
    with a capital ("Continues to urge"); between blank lines, only as the count's next
    and before a verb (a page's number that is the count's next has the paragraph's own
    number below it, not its verb). Not under a colon (an item of the list it announces:
    "... the following:" / "1" / "" / "Decides ..."), nor under a comma but as
    paragraph 1 after the recitals (a list numbered without full stops, one item a
    line: "... Agreement," / "30")."""
    line = lines[i]
    number = int(line.text)
    above = lines[i - 1].text.rstrip() if i > 0 else ""
    below_line = lines[i + 1].text if i + 1 < len(lines) else ""
    if line.page_break or above.endswith(":") or (above and below_line):
        return False
    if above.endswith(",") and number != 1:
        return False
    text = _text_below(lines, i)
    if alone and number == alone + 1:
        return _opens_with_verb(text) or (
            bool(above or below_line) and text[:1].isupper() and _ended_above(lines, i)
        )
    if not above and not below_line:
        return False
    return (number == 1 or (alone > 0 and number == alone + 2)) and _opens_with_verb(text)


def _set_apart(lines: list[_Line], i: int) -> bool:
    """Whether ``lines[i]`` stands between blank lines (or a page's edge)."""
    above = lines[i - 1] if i > 0 else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (above is None or not above.text or lines[i].page_break) and (
        below is None or not below.text or below.page_break
    )


def _kept_anywhere(text: str, *, in_body: bool) -> bool:
    """Whether a line of ``text``, no furniture by itself, is kept wherever it stands: no
    bare number (in the body), web address or date stamp, the shapes taken by their
    neighbours, and a letter or digit in it (the body's lines without are furniture)."""
    return (
        not (in_body and (_BARE_NUMBER.match(text) or _ALNUM.search(text) is None))
        and not (text[:1] in "fh" and _BROWSER_ADDRESS.match(text))
        and _DATE_STAMP.match(text.strip()) is None
    )


def _take_furniture(
    lines: list[_Line], removed: list[RemovedText], *, in_body: bool
) -> list[_Line]:
    """Remove page furniture from ``lines`` into ``removed``.

    In the body, bare numbers ("2") count as page numbers when they stand between blank
    lines or at a page break, and lines without a letter or digit ("* * *", "____") are
    kept as furniture of kind ``other``.
    """
    kept: list[_Line] = []
    keep = kept.append
    # Whether a line of text was kept yet (a browser's header stands only above the
    # first, or after a page break), found by looking at each kept line once.
    text_kept, looked = False, 0
    addresses: Counter[str] | None = None
    # The last number kept as an operative paragraph's alone on its line (_label_alone).
    alone = 0
    # The texts of lines kept by the first test below: told by the text alone, and a
    # hostile text repeats one short line ("x-", "- x") tens of thousands of times.
    plain: set[str] = set()
    # The kinds found of the lines that are furniture by their text, and the texts they
    # are removed as, by the line's text (a running header on every page).
    kinds: dict[str, FurnitureKind] = {}
    spaced: dict[str, str] = {}
    # The page titles a browser prints under its header's date (_browser_titles), found
    # once a header is taken, and where the last header taken stood.
    titles: frozenset[str] | None = None
    header_at = -1
    for i, line in enumerate(lines):
        text = line.text
        if (
            header_at >= 0
            and text
            and titles
            and text in titles
            and i - header_at <= _HEADER_TO_TITLE
            and not any(ln.text for ln in lines[header_at + 1 : i])
        ):
            # "12/7/26, 8:37 PM" / "" / "Cyprus draft": read as text, the title ended the
            # paragraph the page break cut ("... to keep the Cyprus draft" / "Force ...").
            removed.append(
                _REMOVED({"line": line.no, "text": normalize_space(text), "kind": "page-header"})
            )
            kept.append(_Line(line.no, "", 0, True))
            continue
        if not text or text in plain:
            keep(line)
            continue
        if (
            "/" not in text
            and _DIGIT.search(text) is None
            and not ("ecycle" in text and _PLEASE_RECYCLE.match(text))
        ):
            # Most lines: no digit and no slash, so no furniture kind and no bare number
            # (what ``_furniture_kind`` tells first); only a line without a letter or
            # digit is left to look for, in the body.
            if not in_body or _ALNUM.search(text) is not None:
                plain.add(text)
                keep(line)
                continue
            if text.strip() in _CLOSING_MARKS and kept and kept[-1].text:
                # The comma or semicolon that ends the line above it, wrapped onto a line
                # of its own (a PDF whose inserted words were left out: "Acting under
                # Chapter VII of the Charter of the United Nations" / ","): the clause's
                # end, not furniture.
                keep(line)
                continue
            kind: FurnitureKind | None = "other"
        elif (kind := kinds.get(text)) is None:
            kind = _furniture_kind(text, in_body=in_body)
            if kind is not None:
                kinds[text] = kind
            elif _kept_anywhere(text, in_body=in_body):
                # As the plain lines (a thousand paragraphs "1000024-08292 (E)").
                plain.add(text)
                keep(line)
                continue
        if kind is None and in_body and _BARE_NUMBER.match(line.text):
            before = lines[i - 1] if i > 0 else None
            after = lines[i + 1] if i + 1 < len(lines) else None
            if (
                before is None
                or not before.text
                or after is None
                or not after.text
                or line.page_break
                or after.page_break
            ):
                kind = "page-number"
            if kind == "page-number" and _label_alone(lines, i, alone):
                kind = None
            if kind is None and int(line.text) in (1, alone + 1, alone + 2):
                # The count of the numbers alone read as paragraphs' (see _label_alone).
                alone = int(line.text)
        if kind is None and in_body and _ALNUM.search(text) is None:
            kind = "other"
        if kind is None and text[:1] in "fh" and _BROWSER_ADDRESS.match(text):
            # "file:///.../draft.html" / "" / "2/3": read as text, the address ended
            # the paragraph it broke ("imple-" / "file:///..." read "implefile:///...").
            # A web address is the footer only where the browser printed it on more
            # than one page: one in the text ("publish the report at https://...")
            # may stand above a page's number too.
            below = (ln.text for ln in lines[i + 1 : i + 1 + _ADDRESS_TO_PAGE] if ln.text)
            if _PAGE_OF.match(next(below, "")):
                if addresses is None:
                    addresses = _addresses(lines)
                if text.lstrip().startswith("file:") or addresses[text.strip()] > 1:
                    kind = "page-footer"
            elif text.lstrip().startswith("file:") and _set_apart(lines, i):
                # A print of two columns, as pdftotext without -layout reads it: the
                # footer's address under the left column, mid-page, its page under the
                # right one. A file on the printer's disk is no text of a draft.
                kind = "page-footer"
        if (
            kind == "page-header"
            and not line.page_break
            # The page break on the blank line above (the PDF reader's "\f" alone on
            # its line): the header still tops its page.
            and not (i > 0 and not lines[i - 1].text and lines[i - 1].page_break)
            and _BROWSER_HEADER.match(text)
        ):
            while not text_kept and looked < len(kept):
                text_kept = bool(kept[looked].text)
                looked += 1
            if text_kept:
                kind = None
        if (
            kind is None
            and removed
            and removed[-1].kind == "job-number"
            and removed[-1].line >= line.no - 2
            and _DATE_STAMP.match(text.strip())
        ):
            # The second date stamp, alone under the job number's line ("31-01234 (E)
            # 030331" / "030331"): pdftotext prints it so.
            kind = "job-number"
        if (
            kind == "page-header"
            and i > 0
            and lines[i - 1].text
            and not line.page_break
            and _NAMES_A_DOCUMENT.search(lines[i - 1].text)
        ):
            # "2 Ibid., Supplement for April, May and June 1960, document" / "S/4336.":
            # the symbol the line above names, wrapped onto its own line, not a running
            # header (S/RES/138 (1960): the note was cut short).
            kind = None
        if (
            kind == "page-header"
            and (line.page_break or (i > 0 and not lines[i - 1].text and lines[i - 1].page_break))
            and text[:1].isdigit()
            and _BROWSER_HEADER.match(text)
        ):
            # Under a page break only: the first page's title stands above the masthead,
            # where it cuts no paragraph (and may be the symbol the masthead reads).
            header_at = i
            if titles is None:
                titles = _browser_titles(lines)
        if kind is None:
            kept.append(line)
        else:
            if (normal := spaced.get(text)) is None:
                # As printed: without the join's mark of a word's own hyphen at a line end.
                printed = text.replace(KEPT_HYPHEN, "") if KEPT_HYPHEN in text else text
                normal = spaced[text] = normalize_space(printed)
            removed.append(_REMOVED({"line": line.no, "text": normal, "kind": kind}))
            # The break stays visible to the paragraph splitter as a blank line.
            kept.append(_Line(line.no, "", 0, True))
    return kept


#: ``RemovedText(...)``'s validator, without the keyword call (a header on every page).
_REMOVED = RemovedText.__pydantic_validator__.validate_python
