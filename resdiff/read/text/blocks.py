"""Blocks, the second stage of the text reader: page furniture taken out, the masthead and
enacting formula split off, and the tail (annexes, closing and voting lines, footnotes)
cut from the body. What the masthead says is read in :mod:`.masthead`."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ...compiled import compile_cached
from ...memo import remembered
from ...model import (
    Annex,
    Footnote,
    FurnitureKind,
    RemovedText,
    Span,
)
from ..common import normalize_space
from ..votes import _FAILED
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .patterns import (
    _A_RES,
    _ADOPTED_BY,
    _ANNEX,
    _BARCODE,
    _BARE_NUMBER,
    _BRACKET_SYMBOL,
    _COLUMNS,
    _DATE_LINE,
    _DATE_STAMP,
    _DISTR,
    _DRAFT_RESOLUTION,
    _DRAFT_SYMBOL,
    _FOOTNOTE,
    _FORMULA,
    _JOB_NUMBER,
    _MASTHEAD_MISC,
    _NUMERIC_DATE_LINE,
    _OLD_HEADER,
    _OP_LABEL,
    _ORGAN,
    _ORIGINAL,
    _PAGE_OF,
    _PAREN_LABEL,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PARTICIPLE,
    _PP_OPENER,
    _PRST,
    _RESOLUTION_GA,
    _RESOLUTION_N,
    _S_RES,
    _SPONSORS,
    _STATEMENT_TITLE,
    _SYMBOL_ALONE,
    _VOTE_LINE,
    _closing_starts,
    _draft_resolution_end,
)
from .shapes import _ended_above, _opens_with_verb, _text_below

# --------------------------------------------------------------------------- furniture

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
    for i, line in enumerate(lines):
        text = line.text
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
        if kind == "page-header" and not line.page_break and _BROWSER_HEADER.match(text):
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
        if kind is None:
            kept.append(line)
        else:
            if (normal := spaced.get(text)) is None:
                normal = spaced[text] = normalize_space(text)
            removed.append(_REMOVED({"line": line.no, "text": normal, "kind": kind}))
            # The break stays visible to the paragraph splitter as a blank line.
            kept.append(_Line(line.no, "", 0, True))
    return kept


#: ``RemovedText(...)``'s validator, without the keyword call (a header on every page).
_REMOVED = RemovedText.__pydantic_validator__.validate_python


# --------------------------------------------------------------------------- masthead


def _is_masthead_line(text: str) -> bool:
    """True for a line that can only belong to a masthead."""
    parts = [p for p in _COLUMNS.split(text) if p] or [text]
    return all(_is_masthead_part(p) for p in parts)


@remembered(4096)
def _is_masthead_part(part: str) -> bool:
    # Remembered by its text: a hostile "masthead" of thousands of lines repeats a few
    # (the fuzzer's 20,000 lines "x-" before a late formula cost 20 µs each, 2.5 s per MB).
    return bool(
        (_S_RES.search(part) and len(part) < 40)
        or _A_RES.match(part)
        or _DRAFT_SYMBOL.fullmatch(part)
        or _SYMBOL_ALONE.match(part)
        or _ORGAN.match(part)
        or _DISTR.match(part)
        or _ORIGINAL.match(part)
        or _SPONSORS.match(part)
        or _RESOLUTION_N.match(part)
        or _RESOLUTION_GA.match(part)
        or _OLD_HEADER.match(part)
        or _BRACKET_SYMBOL.match(part)
        or _ADOPTED_BY.match(part)
        or _DATE_LINE.match(part)
        or _NUMERIC_DATE_LINE.match(part)
        or _MASTHEAD_MISC.match(part)
        or (_PRST.search(part) and len(part) < 40)
        or _STATEMENT_TITLE.match(part)
        or (_FAILED.match(part) and len(part) < 80)
    )


@dataclass
class _Front:
    """The masthead, the enacting formula and any paragraph printed before the formula."""

    masthead: list[_Line]
    formula: str | None
    formula_line: int | None
    body_start: int
    #: Long paragraphs found before the formula (old texts open with a recital).
    early_body: list[_Line] = field(default_factory=list)
    #: Text after the formula on its line ("The Security Council, Having ...").
    formula_rest: _Line | None = None
    #: The formula is the chapeau of a presidential statement.
    chapeau: bool = False


def _split_masthead(lines: list[_Line]) -> _Front:
    """Find the enacting formula and the masthead before it.

    Without a formula, the masthead is the run of leading lines that look like masthead
    lines (symbol, organ, date, sponsors, "Resolution 1695 (2006)", "Adopted by ...").
    """
    for i, line in enumerate(lines):
        # Every formula opens with one of three capitals: any other line is told without
        # the pattern (a text without a formula is looked through to its end).
        if line.text[:1] not in _FORMULA_FIRST:
            continue
        match = _FORMULA.match(line.text)
        if not match:
            continue
        rest = line.text[match.end() :].strip()
        # "The Security Council has been asked ..." is a sentence, not the formula.
        if rest and not match.group(0).rstrip().endswith((",", ":", ".")):
            continue
        if rest and _PP_OPENER.match(rest) is None and not rest[:1].isupper():
            continue
        masthead, early = _masthead_and_early(lines[:i])
        rest_line = _Line(line.no, rest, line.indent) if rest else None
        formula = line.text[: match.end()].strip()
        return _Front(masthead, formula, line.no, i + 1, early, rest_line)
    end = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.text:
            i += 1
            continue
        if _is_masthead_line(line.text):
            end = i = i + 1
            continue
        # A sponsors line wrapped over several lines, or a line the masthead test does not
        # know above the organ and the title ("Reconstructed draft: no document symbol" /
        # "Security Council" / "China and Russian Federation: draft resolution", each
        # with a blank line after it): look ahead, over the next four lines that are not
        # blank (among a bounded run of lines), for ": draft resolution". Only short
        # lines that end no sentence stand before it: not a paragraph of the text.
        ahead = [j for j in range(i, min(len(lines), i + _AHEAD_LINES)) if lines[j].text][:4]
        ahead_texts = [lines[j].text for j in ahead]
        hit = next(
            (
                stop
                for k in range(len(ahead))
                if (stop := _draft_resolution_end(ahead_texts, k)) is not None
                and all(
                    len(text) <= _SHORT_LINE and not text.rstrip().endswith((",", ";", "."))
                    for text in ahead_texts[:k]
                )
            ),
            None,
        )
        if hit is not None:
            # By its index: a search of the list for the line would cost the lines before
            # it, at every hit.
            end = i = ahead[hit] + 1
            continue
        break
    masthead = [ln for ln in lines[:end] if ln.text]
    return _Front(masthead, None, None, end)


#: Most lines, blank ones included, the masthead's look-ahead for ": draft resolution"
#: reads (four lines of text, each with blank lines after it).
_AHEAD_LINES = 12
#: Longest line that may stand above ": draft resolution" in the masthead's look-ahead.
_SHORT_LINE = 100

#: Most lines of a part's title under its label, above the formula.
_PART_TITLE_LINES = 3

#: The first letters of :data:`_FORMULA` ("The", "Therefore", "Le", "La", "L'", "El").
_FORMULA_FIRST = frozenset("TLE")


def _masthead_and_early(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Split the lines before the formula into masthead lines and early paragraphs.

    A blank-separated group of more than 200 characters that ends with punctuation is a
    paragraph of the text (old resolutions open with a recital before the formula).
    """
    masthead: list[_Line] = []
    early: list[_Line] = []
    for group in _groups(lines):
        joined = " ".join(ln.text for ln in group)
        k = _recital_from(group, joined)
        if k is not None:
            # "30 (1947). Resolution of 25 August 1947 / (S/525, I] / Whereas the
            # Security Council on 1 August 1947 called upon ...,": the masthead's lines,
            # then a recital of the text, printed before the formula.
            masthead.extend(group[:k])
            early.extend(group[k:])
            early.append(_Line(group[-1].no, ""))
        elif (
            len(joined) > 200
            and joined.rstrip()[-1:] in ".,;:"
            and not any(_DRAFT_RESOLUTION.search(ln.text) for ln in group)
        ):
            early.extend(group)
            early.append(_Line(group[-1].no, ""))
        else:
            masthead.extend(group)
    # The first part's label and title, right above the formula ("A" / "Follow-up to the
    # SAMOA Pathway" / "The General Assembly,"): the part's headings, not the masthead's
    # (its own formula comes later, under "B").
    for k in range(len(masthead) - 1, max(-1, len(masthead) - 1 - _PART_TITLE_LINES - 1), -1):
        text = masthead[k].text.strip()
        if len(text) <= _PART_LABEL_CHARS and _PART_LABEL.fullmatch(text) and k > 0:
            moved = masthead[k:]
            if any(_DRAFT_RESOLUTION.search(ln.text) for ln in moved):
                break
            del masthead[k:]
            for line in moved:
                early.extend((line, _Line(line.no, "")))
            break
    return masthead, early


#: Most characters of a short masthead line of the old prints the masthead test does not
#: know ("(S/525, I]", the document symbol and a page mark).
_SHORT_MASTHEAD = 40


def _recital_from(group: list[_Line], joined: str) -> int | None:
    """The index of the line of ``group`` a recital opens at, when the group ends as a
    recital does (with a comma or semicolon) and every line before that one is the
    masthead's ("30 (1947). Resolution of 25 August 1947", "(S/525, I]"); else ``None``.
    A recital's wrapped line that happens to open with "Noting" never splits it: the
    lines before it are no masthead."""
    if joined.rstrip()[-1:] not in ",;" or any(_DRAFT_RESOLUTION.search(ln.text) for ln in group):
        return None
    for k, line in enumerate(group):
        text = line.text.strip()
        if _is_masthead_line(text):
            # First: "Adopted by the Security Council at its 3119th meeting," opens as a
            # participle would.
            continue
        if _PP_OPENER.match(text) or _PARTICIPLE.match(text):
            return k
        short = len(text) <= _SHORT_MASTHEAD and any(c.isdigit() for c in text)
        if not short or text[-1:] in ",;":
            return None
    return None


def _groups(lines: Iterable[_Line]) -> list[list[_Line]]:
    """Blank-line-separated groups of non-blank lines."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


# --------------------------------------------------------------------------- tail


@dataclass
class _Tail:
    """The end matter of the text, after the last paragraph."""

    annexes: list[Annex] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)


def _closing_at(lines: list[_Line]) -> int:
    """Where the closing starts: at the first line that says adopted or failed, or at a
    voting line ("Vote: 11 in favour, ...") after a sentence that ended; else at the end."""
    previous = ""
    # The texts that are neither a closing nor a voting line, told once each.
    neither: set[str] = set()
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        # Each pattern opens with a digit or one of a few capitals: any other line is
        # told without them.
        if (text[0] in _CLOSING_FIRST or text[0].isdecimal()) and text not in neither:
            if _closing_starts(text):
                return i
            if _VOTE_LINE.match(text) is None:
                neither.add(text)
            elif _final_punct(previous) == ".":
                return i
        previous = text
    return len(lines)


#: The first letters of what :func:`_closing_at` looks for (:data:`_ADOPTED`,
#: :data:`_FAILED`, :data:`_VOTE_LINE`), besides a digit.
_CLOSING_FIRST = frozenset("ANVRFTI")


#: How much further in than the line above (in spaces) a heading stands that is centred.
_CENTRED = 12


def _split_tail(lines: list[_Line], tail: _Tail) -> list[_Line]:
    """Cut annexes, closing lines and footnotes off the body; return the body lines."""
    closing_at = _closing_at(lines)
    annex_at = next(
        (
            i
            for i, ln in enumerate(lines[:closing_at])
            if ln.text[:1] in ("A", "a")
            and _ANNEX.match(ln.text)
            and (
                i == 0
                or not lines[i - 1].text
                # "2. Decides to remain seized of the matter." / "Annex", centred: a PDF
                # whose paragraphs stand at a line's pitch has no blank line between.
                or (
                    lines[i - 1].text.endswith((".", ";"))
                    and (
                        ln.indent >= lines[i - 1].indent + _CENTRED
                        # A bare "Annex" (or "Annex II") line of its own, no title: no
                        # sentence wraps to leave it alone after a full stop.
                        or len(ln.text.split()) <= 2
                    )
                )
            )
        ),
        None,
    )
    if closing_at < len(lines):
        _read_closing(lines[closing_at:], tail)
        end = closing_at
    else:
        end = _trailing_footnotes(lines, tail)
    if annex_at is not None and annex_at < end:
        _read_annexes(lines[annex_at:end], tail)
        end = annex_at
    # An "Annex" line inside the trailing footnotes is their text: the body ends where
    # they start (a fuzz input, "1Se." / "Annex", read "1Se." both as OP2 and as a note).
    return lines[:end]


def _next_mark(mark: str, found: re.Match[str] | None) -> bool:
    """Whether ``found`` (a footnote line) opens the note after the one marked ``mark``."""
    return (
        found is not None
        and mark.isdecimal()
        and found.group("mark").isdecimal()
        and int(found.group("mark")) == int(mark) + 1
    )


def _read_closing(lines: list[_Line], tail: _Tail) -> None:
    """The voting line(s), then footnotes (a line opening with a mark starts a note)."""
    current: list[str] = []
    note: tuple[str, list[str], int] | None = None
    closing_open = True
    after_blank = False
    for line in lines:
        if not line.text:
            after_blank = True
            if current:
                tail.closing.append(_join([_Line(0, t) for t in current]))
                current = []
            closing_open = False
            continue
        mark = _FOOTNOTE.match(line.text)
        starts_note = mark is not None and (
            not closing_open or bool(current and current[-1].endswith("."))
        )
        if (
            note is not None
            and not after_blank
            and not note[1][-1].endswith((".", ")"))
            and not _next_mark(note[0], mark)
        ):
            # "... Eighth Year,\n633rd meeting": a wrapped note, not a new one; but the
            # next note's number opens the next note, whatever the line before ends with
            # ("... document" / "S/263" / "4 General Assembly resolution 22 A (1).",
            # S/RES/868 (1993), its symbol cut short by the scan).
            starts_note = False
        after_blank = False
        if starts_note and mark is not None:
            if current:
                tail.closing.append(_join([_Line(0, t) for t in current]))
                current = []
            closing_open = False
            if note:
                tail.footnotes.append(_footnote(note))
            note = (mark.group("mark"), [mark.group("text")], line.no)
        elif note is not None:
            note[1].append(line.text)
        else:
            current.append(line.text)
            closing_open = True
    if current:
        tail.closing.append(_join([_Line(0, t) for t in current]))
    if note:
        tail.footnotes.append(_footnote(note))


def _footnote(note: tuple[str, list[str], int]) -> Footnote:
    return Footnote(mark=note[0], text=_join([_Line(0, t) for t in note[1]]), line=note[2])


def _trailing_footnotes(lines: list[_Line], tail: _Tail) -> int:
    """Footnotes at the very end of a text without a closing line; return where they start.

    Conservative: only trailing groups whose first line opens with a mark and a capital
    (or "ibid"), after a group that ends with a full stop.
    """
    # Only the groups at the end are read, from the last back: a text of 10,000 short
    # paragraphs cut into every group cost 0.5 µs a line.
    notes: list[list[_Line]] = []  # the trailing groups that open with a mark, last first
    before: list[_Line] | None = None  # the group before them
    for group in _groups_from_end(lines):
        head = group[0].text
        if _FOOTNOTE.match(head) and not _OP_LABEL.match(head):
            notes.append(group)
        else:
            before = group
            break
    else:
        # Every group opens with a mark: the first is text all the same.
        before = notes.pop() if notes else None
    if not notes or before is None or _final_punct(_join(before)) != ".":
        return len(lines)
    note: tuple[str, list[str], int] | None = None
    for group in reversed(notes):
        for line in group:
            mark = _FOOTNOTE.match(line.text)
            if mark:
                if note:
                    tail.footnotes.append(_footnote(note))
                note = (mark.group("mark"), [mark.group("text")], line.no)
            elif note:
                note[1].append(line.text)
    if note:
        tail.footnotes.append(_footnote(note))
    start = notes[-1][0]
    # ``lines.index(start)``, the number first (the dataclass's comparison makes tuples).
    return next(k for k, line in enumerate(lines) if line.no == start.no and line == start)


def _groups_from_end(lines: list[_Line]) -> Iterator[list[_Line]]:
    """The groups of :func:`_groups`, the last first (each in reading order), cut only as
    far back as they are asked for."""
    end = len(lines)
    while end > 0:
        while end > 0 and not lines[end - 1].text:
            end -= 1
        start = end
        while start > 0 and lines[start - 1].text:
            start -= 1
        if start < end:
            yield lines[start:end]
        end = start


def _read_annexes(lines: list[_Line], tail: _Tail) -> None:
    """Everything after an annex title belongs to that annex, paragraph by paragraph."""
    title: _Line | None = None
    paragraphs: list[str] = []
    first = last = 0

    def flush() -> None:
        if title is not None:
            tail.annexes.append(
                Annex(
                    title=title.text,
                    paragraphs=tuple(paragraphs),
                    span=Span(first_line=first, last_line=max(first, last)),
                )
            )

    for group in _groups(lines):
        head = group[0]
        if _ANNEX.match(head.text):
            flush()
            title, paragraphs, first, last = head, [], head.no, head.no
            group = group[1:]
            if not group:
                continue
        for piece in _labelled_runs(group):
            paragraphs.append(_join(piece))
        last = group[-1].no
    flush()


def _labelled_runs(group: list[_Line]) -> list[list[_Line]]:
    """A group of an annex's lines cut where a line opens with a label ("2.", "(a)")
    after one that ends a unit: a PDF whose paragraphs stand at a line's pitch gives the
    annex's list with no blank line between its items (its title too, before the first)."""
    runs: list[list[_Line]] = [[group[0]]]
    for before, line in itertools.pairwise(group):
        opens = bool(_OP_LABEL.match(line.text) or _PAREN_LABEL.match(line.text))
        if opens and (before.text.endswith((".", ";", ":")) or len(runs[-1]) == 1):
            runs.append([line])
        else:
            runs[-1].append(line)
    return runs
