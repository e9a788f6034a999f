"""Blocks, the second stage of the text reader: page furniture taken out, the masthead and
enacting formula split off and read, and the tail (annexes, closing and voting lines,
footnotes) cut from the body."""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ...compiled import compile_cached
from ...model import (
    Annex,
    DocumentKind,
    DocumentStatus,
    Footnote,
    FurnitureKind,
    RemovedText,
    Span,
)
from ..common import normalize_space
from ..votes import _FAILED, vote_status
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
    _DATE,
    _DATE_LINE,
    _DATE_REST,
    _DATE_STAMP,
    _DISTR,
    _DRAFT_ONLY,
    _DRAFT_RESOLUTION,
    _DRAFT_SYMBOL,
    _FOOTNOTE,
    _FORMULA,
    _FORMULA_ORGANS,
    _JOB_NUMBER,
    _MASTHEAD_MISC,
    _MONTH_NUMBERS,
    _NUMERIC_DATE_LINE,
    _OLD_HEADER,
    _OP_LABEL,
    _ORGAN,
    _ORGAN_NAMES,
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

# --------------------------------------------------------------------------- furniture

_DIGIT = compile_cached(r"\d")
#: A letter or digit: the characters ``str.isalnum`` is true of (checked on every code
#: point), found in C.
_ALNUM = compile_cached(r"[^\W_]")


def _furniture_kind(text: str, *, in_body: bool) -> FurnitureKind | None:
    """What kind of page furniture a line is, or ``None`` when it is text.

    Symbols standing alone count only in the body: in the masthead they are the symbol.
    """
    # Every kind of furniture below holds a digit, or a slash (a document symbol): a line
    # with neither (most lines of text) is text, told without cutting it into columns.
    if "/" not in text and _DIGIT.search(text) is None:
        return None
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
        else:
            return None
    if "job-number" in kinds:
        return "job-number"
    return kinds[0]


#: A line that ends naming a document, whose symbol the next line gives.
_NAMES_A_DOCUMENT = compile_cached(r"\b(?:documents?|see|symbol)\s*$", re.IGNORECASE)


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
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            keep(line)
            continue
        if "/" not in text and _DIGIT.search(text) is None:
            # Most lines: no digit and no slash, so no furniture kind and no bare number
            # (what ``_furniture_kind`` tells first); only a line without a letter or
            # digit is left to look for, in the body.
            if not in_body or _ALNUM.search(text) is not None:
                keep(line)
                continue
            kind: FurnitureKind | None = "other"
        else:
            kind = _furniture_kind(text, in_body=in_body)
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
        if kind is None and in_body and _ALNUM.search(text) is None:
            kind = "other"
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
            removed.append(RemovedText(line=line.no, text=normalize_space(line.text), kind=kind))
            # The break stays visible to the paragraph splitter as a blank line.
            kept.append(_Line(line.no, "", 0, True))
    return kept


# --------------------------------------------------------------------------- masthead


def _is_masthead_line(text: str) -> bool:
    """True for a line that can only belong to a masthead."""
    parts = [p for p in _COLUMNS.split(text) if p] or [text]
    return all(_is_masthead_part(p) for p in parts)


@functools.lru_cache(maxsize=4096)
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
        # A sponsors line wrapped over several lines: look ahead for ": draft resolution".
        ahead = [ln for ln in lines[i : i + 4] if ln.text]
        ahead_texts = [ln.text for ln in ahead]
        hit = next(
            (
                stop
                for k in range(len(ahead))
                if (stop := _draft_resolution_end(ahead_texts, k)) is not None
            ),
            None,
        )
        if hit is not None:
            last = ahead[hit]
            end = i = lines.index(last) + 1
            continue
        break
    masthead = [ln for ln in lines[:end] if ln.text]
    return _Front(masthead, None, None, end)


def _wrapped_sponsors(text: str) -> bool:
    """Whether ``text`` is a line of a sponsors' list wrapped onto the next: it ends with
    a comma or "and", or the names before its last (cut off, perhaps) are all States."""
    if text.rstrip().endswith((",", " and")):
        return True
    names = split_sponsors(text)
    return len(names) > 1 and all(name in _member_states() for name in names[:-1])


#: "Agenda item 71 (b)", "Agenda items 16 and 18" in a General Assembly masthead.
_AGENDA_ITEM = compile_cached(r"Agenda\s+items?\s+\d", re.IGNORECASE)
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


@cache
def _member_states() -> frozenset[str]:
    """The names of States a sponsors line may hold (data file ``member_states.txt``)."""
    data = resources.files("resdiff.read").joinpath("member_states.txt").read_text(encoding="utf-8")
    return frozenset(
        ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")
    )


@cache
def _multiword_states() -> tuple[str, ...]:
    """State names containing " and " (data file ``states.txt``), longest first."""
    data = resources.files("resdiff.read").joinpath("states.txt").read_text(encoding="utf-8")
    names = [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


def split_sponsors(names: str) -> tuple[str, ...]:
    """Split "France, Japan, United Kingdom of Great Britain and Northern Ireland and
    United States of America" into the sponsoring States."""
    names = normalize_space(names)
    protected: dict[str, str] = {}
    for k, state in enumerate(_multiword_states()):
        if state in names:
            token = f"\x00{k}\x00"
            protected[token] = state
            names = names.replace(state, token)
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names)
    result = []
    for part in parts:
        for token, state in protected.items():
            part = part.replace(token, state)
        if part.strip():
            result.append(part.strip())
    return tuple(result)


def _numeric_date(text: str) -> _dt.date | None:
    """The date of a masthead line in figures: day first ("15/02/2022"), unless only the
    month can come first ("02/15/2022")."""
    match = _NUMERIC_DATE_LINE.match(text)
    if not match:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


#: Longest line of sponsors read above a "Draft resolution" line of its own.
_SPONSOR_LINE_CHARS = 600


def _parse_date(text: str) -> _dt.date | None:
    match = _DATE.search(text)
    if not match:
        return None
    month = _MONTH_NUMBERS[match.group(2).lower()]
    try:
        return _dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


@dataclass
class _Masthead:
    """What the reader recognised in the masthead."""

    lines: tuple[str, ...] = ()
    symbol: str | None = None
    draft_symbol: str | None = None
    organ: str | None = None
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    title: str | None = None
    adoption: str | None = None
    #: A failed vote recorded in the masthead ("Not adopted: 13-2-0").
    vote: str | None = None


def _read_masthead(lines: list[_Line], formula: str | None) -> _Masthead:
    """Recognise symbol, organ, kind, sponsors, date, adoption and title in the masthead."""
    out = _Masthead(lines=tuple(normalize_space(ln.text) for ln in lines))
    texts = [normalize_space(ln.text) for ln in lines]
    parts = [p for ln in lines for p in _COLUMNS.split(ln.text) if p]
    res_number: tuple[str, str] | None = None
    ga_number: str | None = None
    draft_symbol: str | None = None
    bracket_symbol: str | None = None
    masthead_date: _dt.date | None = None
    old_date: _dt.date | None = None
    for part in parts:
        if match := _S_RES.search(part):
            res_number = (match.group(1), match.group(2))
            out.organ = out.organ or "Security Council"
        elif match := _A_RES.search(part):
            ga_number = match.group(1)
            out.organ = out.organ or "General Assembly"
        elif match := _OLD_HEADER.match(part):
            res_number = (match.group(1), match.group(2))
            old_date = _parse_date(part)
        elif match := _RESOLUTION_N.match(part):
            res_number = (match.group(1), match.group(2) or "")
        elif match := _RESOLUTION_GA.match(part):
            ga_number = match.group(1)
        elif match := _BRACKET_SYMBOL.match(part):
            bracket_symbol = match.group(1)
        elif (match := _DRAFT_SYMBOL.search(part)) and len(part) < 40 and not draft_symbol:
            draft_symbol = match.group(0)
        if _ORGAN.match(part):
            out.organ = part
        if masthead_date is None and _DATE_LINE.match(part):
            masthead_date = _parse_date(part)
        elif masthead_date is None:
            masthead_date = _numeric_date(part)
    # Sponsors: the group of lines ending with ": draft resolution".
    for first in range(len(texts)):
        found = _draft_resolution_end(texts, first)
        if found is not None:
            i = start = found
            # Under "Agenda item 71 (b)" (a General Assembly masthead) stands the item's
            # title ("Promotion and protection of human rights"), right above the
            # sponsors when no blank line parts them: a line of sponsors wrapped before
            # ends with a comma or "and", or names States ("..., Bosnia and Herzegovina,
            # United" / "Kingdom of Great Britain ...: draft resolution").
            agenda = next(
                (k for k in range(found - 1, -1, -1) if _AGENDA_ITEM.match(texts[k])), None
            )
            while (
                start > 0
                and texts[start - 1]
                and lines[start - 1].no == lines[start].no - 1
                and not _is_masthead_line(lines[start - 1].text)
                and not (
                    agenda is not None
                    and start - 1 > agenda
                    and not _wrapped_sponsors(texts[start - 1])
                )
            ):
                start -= 1
            joined = " ".join(texts[start : i + 1])
            match = _SPONSORS.match(joined)
            if match:
                out.sponsors = split_sponsors(match.group("names"))
            if out.organ == "General Assembly" or (draft_symbol or "").startswith("A/"):
                title = [t for t in texts[i + 1 :] if not _is_masthead_line(t)]
                out.title = " ".join(title) or None
            break
    else:
        # "Albania and United States of America" over a line "Draft resolution" of its
        # own: the sponsors without the colon that joins them to it, on one line or on
        # several (a masthead laid out in a table, a State a cell).
        for i in range(1, len(texts)):
            if not _DRAFT_ONLY.match(texts[i]):
                continue
            states: list[str] = []
            k = i
            while (
                k > 0
                and texts[k - 1]
                # The line right above, or above a blank line (a Word paragraph each).
                and lines[k].no - lines[k - 1].no <= 2
                and not _is_masthead_line(lines[k - 1].text)
                and len(texts[k - 1]) <= _SPONSOR_LINE_CHARS
                # States by name, every one ("CONFIDENTIAL", "The situation in Mali" over
                # "Draft resolution" are headings, not sponsors).
                and all(name in _member_states() for name in split_sponsors(texts[k - 1]))
            ):
                states[:0] = split_sponsors(texts[k - 1])
                k -= 1
            if states:
                out.sponsors = tuple(states)
            break
    # Adoption: "Adopted by the Security Council at its 5490th meeting," + "on 15 July 2006",
    # or wrapped inside the date: "..., on 15 July" + "2006".
    for i, text in enumerate(texts):
        if _ADOPTED_BY.match(text):
            adoption = text
            following = texts[i + 1] if i + 1 < len(texts) else ""
            if (
                not _DATE.search(text)
                and _DATE_REST.match(following)
                and _DATE.search(f"{text} {following}")
            ):
                adoption += " " + following
            out.adoption = adoption
            organ = _ADOPTED_BY.match(text)
            out.organ = out.organ or (organ.group(1) if organ else None)
            break
    if out.organ is None and formula:
        out.organ = next((name for name in _ORGAN_NAMES if name in formula), None)
    if out.organ is None and draft_symbol:
        out.organ = (
            "Security Council"
            if draft_symbol.startswith("S/")
            else "Economic and Social Council"
            if draft_symbol.startswith("E/")
            else "General Assembly"
        )
    if out.organ is None and formula:
        out.organ = next((en for name, en in _FORMULA_ORGANS if name in formula), None)
    statement_title = next((m for t in texts if (m := _STATEMENT_TITLE.match(t))), None)
    prst = next((m.group(0) for p in parts if (m := _PRST.search(p)) and len(p) < 40), None)
    failed = next((t for t in texts if _FAILED.match(t)), None)
    if prst or statement_title:
        # A presidential statement: made on behalf of the Council once it has its symbol.
        out.symbol = prst
        out.organ = out.organ or "Security Council"
        out.kind = "statement"
        out.status = "draft" if statement_title and statement_title.group("draft") else None
        if out.status is None and prst:
            out.status = "adopted"
    elif res_number and out.organ in (None, "Security Council"):
        year = res_number[1] or str((_parse_date(" ".join(texts)) or _dt.date.min).year)
        out.symbol = f"S/RES/{res_number[0]} ({year})"
        out.organ = out.organ or "Security Council"
        out.kind = "resolution"
        out.status = "adopted"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif ga_number:
        out.symbol = f"A/RES/{ga_number}"
        out.kind = "resolution"
        out.status = "adopted"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif draft_symbol or out.sponsors or any(_DRAFT_ONLY.match(t) for t in texts):
        out.symbol = draft_symbol
        out.draft_symbol = draft_symbol
        out.kind = "draft"
        out.status = "draft"
    elif out.adoption:
        # "Adopted by the Security Council at its 5490th meeting" without a number.
        out.kind = "resolution"
        out.status = "adopted"
    if failed is not None and out.kind != "statement":
        # A draft put to the vote and lost: still a draft, whatever its masthead says.
        out.kind = "draft"
        out.status = vote_status(failed)
        out.vote = failed
    out.date = _parse_date(out.adoption or "") or old_date or masthead_date or _first_date(texts)
    return out


def _first_date(texts: list[str]) -> _dt.date | None:
    for text in texts:
        if (date := _parse_date(text)) is not None:
            return date
    return None


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
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        # Each pattern opens with a digit or one of a few capitals: any other line is
        # told without them.
        if (text[0] in _CLOSING_FIRST or text[0].isdecimal()) and (
            _closing_starts(text) or (_VOTE_LINE.match(text) and _final_punct(previous) == ".")
        ):
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
    return lines.index(start)


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
