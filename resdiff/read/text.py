"""Plain-text and Markdown reader: text copied from a UN PDF or Word file, or Markdown.

The reader is a small pipeline, one function a step:

1. :func:`_read_lines` cleans the text line by line (typographic folding, Markdown markup)
   and keeps every line's number;
2. :func:`_take_furniture` removes page furniture (job numbers, barcodes, page numbers,
   running headers) into ``Draft.furniture``;
3. :func:`_split_masthead` finds the masthead and the enacting formula, and
   :func:`_read_masthead` recognises symbol, organ, sponsors, date and adoption in it;
4. :func:`_split_tail` cuts the body from annexes, the closing (voting) lines and the
   footnotes;
5. :func:`_units` cuts the body into labelled and unlabelled units (paragraphs,
   sub-paragraphs, headings), and :class:`_Builder` numbers them and builds the
   :class:`~resdiff.model.Clause` trees.

Nothing is dropped: every line ends up in the masthead, a clause, a heading, an annex, a
footnote, the closing or the furniture (see :mod:`resdiff.read.checks`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

from ..errors import ResolutionParseError
from ..model import (
    Annex,
    Clause,
    Draft,
    Footnote,
    FurnitureKind,
    Heading,
    ParseWarning,
    RemovedText,
    Section,
    Span,
)
from .common import child_ref, clean, is_roman, normalize_space

# --------------------------------------------------------------------------- patterns

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A date as printed in UN documents: "15 July 2006".
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})\b")

# Page furniture. A line is furniture when every column of it (columns are separated by
# two or more spaces) is one of these.
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$")
_BARCODE = re.compile(r"^\*\d{6,}\*$")
#: The date stamp printed in its own column beside a job number: "06-43109 (E)    150706".
_DATE_STAMP = re.compile(r"^\d{6}$")
_PAGE_OF = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
#: A document symbol standing alone (running page header): "S/2006/481", "S/RES/1695 (2006)".
_SYMBOL_ALONE = re.compile(r"^(?:[SAE]/[A-Za-z0-9.]+(?:/[A-Za-z0-9.\-]+)*)(?:\s*\(\d{4}\))?$")
_COLUMNS = re.compile(r"\s{2,}")

# Masthead.
_S_RES = re.compile(r"\bS/RES/(\d+)\s*\((\d{4})\)")
_A_RES = re.compile(r"\bA/RES/(\d+/\d+[A-Z]?)")
_DRAFT_SYMBOL = re.compile(
    r"\b(?:S/\d{4}/\d+(?:/Rev\.\d+)?|S/\d{3,5}(?:/Rev\.\d+)?"
    r"|A/(?:C\.\d/|ES-\d+/)?\d+/L\.\d+(?:/Rev\.\d+)?(?:/Add\.\d+)?)"
)
_ORGAN_NAMES = ("Security Council", "General Assembly", "Economic and Social Council")
_ORGAN = re.compile(r"^(Security Council|General Assembly|Economic and Social Council)$")
_DISTR = re.compile(r"^Distr\.?\s*:?\s*(?:General|Limited|Restricted)\b", re.IGNORECASE)
_ORIGINAL = re.compile(r"^Original\s*:", re.IGNORECASE)
_SPONSORS = re.compile(r"^(?P<names>.+?)\s*:\s*(?:revised\s+)?draft\s+resolution\b", re.I)
_DRAFT_RESOLUTION = re.compile(r":\s*(?:revised\s+)?draft\s+resolution\b", re.IGNORECASE)


def _draft_resolution_end(texts: list[str], i: int) -> int | None:
    """Index of the line that ends ": draft resolution" when it starts on line ``i``: the
    phrase may wrap after the colon or between "draft" and "resolution"."""
    if _DRAFT_RESOLUTION.search(texts[i]):
        return i
    if i + 1 < len(texts) and texts[i].rstrip().endswith((":", "draft", "Draft")):
        joined = texts[i].rstrip() + " " + texts[i + 1].lstrip()
        if _DRAFT_RESOLUTION.search(joined) and not _DRAFT_RESOLUTION.search(texts[i + 1]):
            return i + 1
    return None


_RESOLUTION_N = re.compile(
    rf"^RESOLUTION\s+(\d+)(?:\s*\((\d{{4}})\))?(?:\s+of\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})?$",
    re.IGNORECASE,
)
_RESOLUTION_GA = re.compile(r"^RESOLUTION\s+(\d+/\d+[A-Z]?)\b", re.IGNORECASE)
#: Old printed volumes: "100 (1953). Resolution of 27 October 1953".
_OLD_HEADER = re.compile(rf"^(\d+)\s*\((\d{{4}})\)\.?\s*Resolution of\s+\d{{1,2}}\s+(?:{_MONTHS})")
_BRACKET_SYMBOL = re.compile(r"^\[\s*([SA]/[^\]\s,;]+)[^\]]*\]$")
_ADOPTED_BY = re.compile(r"^Adopted by the ([A-Z][A-Za-z ]+?) (?:at its|on|without)\b")
_DATE_LINE = re.compile(rf"^(?:of|on|dated)?\s*\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\.?$")
_MASTHEAD_MISC = re.compile(
    r"^(?:United Nations|Original\s*:.*|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"(?:Provisional\s+)?agenda\s+item.*|Agenda items?\s+[\d ,and]+|Item\s+\d+.*|"
    r"\[?Draft resolution\]?|Resolution adopted by the .*|Distr\..*)$",
    re.IGNORECASE,
)
#: The enacting formula, alone on its line or opening it ("The Security Council, Having...").
_FORMULA = re.compile(
    r"^(?:Therefore\s+)?The\s+(Security Council|General Assembly|Economic and Social Council)"
    r"\s*[,.:]?"
)

# Tail of the text.
_ADOPTED = re.compile(r"^(?:\d{1,3}\s+)?Adopted\b(?! by the \w+ \w+ at its)")
_ANNEX = re.compile(
    r"^(?:ANNEX(?:ES)?|Annex(?:es)?)(?:\s+(?:[IVXLC]+|[A-Z]|\d+))?"
    r"(?:\s+to\s+(?:the\s+)?(?:present\s+|this\s+)?resolution(?:\s+[\d/]+(?:\s*\(\d{4}\))?)?)?"
    # "Annex A – Items subject to a no-objection process"
    r"(?:\s+[–—-]\s+[^.;,]{1,100})?$"
)
#: A footnote line: a mark (digits or asterisks) then the note, perhaps glued ("6Ibid.").
_FOOTNOTE = re.compile(
    r"^(?P<mark>\d{1,3}/?|\*{1,3}|[†‡])(?:\s+(?=[A-Za-z\"'(\[])|(?=[A-Z][a-z]))(?P<text>.*)$"
)

# Body.
#: An operative paragraph number: "5." (and the OCR slip "5,") at the start of a line.
_OP_LABEL = re.compile(r"^(?P<num>\d{1,3})(?P<sep>[.,])(?:\s+(?P<rest>\S.*))?$")
_MD_OP_LABEL = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
_PAREN_LABEL = re.compile(
    r"^(?P<label>\((?P<key>[a-z]{1,4}|[A-Z]|\d{1,2})[)}])\s*(?P<rest>[^\s,;:.)].*)?$"
)
_DOT_LABEL = re.compile(r"^(?P<label>(?P<key>[a-z]|[ivx]{1,4})\.)\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(?P<label>[–—•·▪‣◦*+-])\s+(?P<rest>\S.*)$")
#: Words that open a preambular paragraph: participles, adjectives, "Deeply concerned".
_PP_OPENER = re.compile(
    r"^(?:(?:[A-Z][a-z]+ly|Further|Also|Again|Once again)\s+[a-z]+"
    r"|(?!United\b|Beijing\b|Kingdom\b|Red\b)[A-Z][a-z]+(?:ing|ed)\b"
    r"|(?:Mindful|Aware|Conscious|Convinced|Desirous|Cognizant|Anxious|Bearing|Keen|"
    r"Grateful|Seized|Resolved|Guided|Taking|Noting|Recognizing|Recognising)\b)"
)
#: A trailing footnote mark after the final punctuation: "Sudan, 14", "S/10364, 46".
_TRAILING_MARKS = re.compile(r"(?:(?:\s+|(?<=[,;:.]))(?:\d{1,3}/?s?|\*{1,3}|['°]+\d{0,3}))+$")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([;:,])(?=\s|$)")
_SPACE_BEFORE_FINAL_STOP = re.compile(r"\s+\.$")
#: A line ending with an abbreviation ("Mr.", "No."): its full stop ends no paragraph.
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Art|para|paras|vol|Corr|Add|Rev|[A-Z])\.$"
)
#: A line ending in the middle of a cross-reference, "paragraph 1" or "paragraph 7 (d) and":
#: a "(g)" opening the next line is part of the reference, not a sub-paragraph label.
_CROSS_REF_END = re.compile(
    r"(?:\b(?:sub-?)?paragraphs?\s+\d{1,3}"
    r"|\S\s+\((?:[a-z]{1,4}|\d{1,2})\)(?:,|\s+(?:and|or|to))?)$",
    re.IGNORECASE,
)
_HYPHEN_END = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]+)-$")
_FIRST_WORD = re.compile(r"^([A-Za-z]+)")

# Markdown.
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<rest>.*?)\s*#*\s*$")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_EMPHASIS = re.compile(
    r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"
    r"|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)"
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")

#: Word fragments that keep their hyphen when a line break falls after it ("re-\nestablish").
_HYPHEN_PREFIX_WORDS = (
    "re co non self cease so well follow long short anti counter cross pre post semi "
    "multi inter intra vice ex quasi all half full mid twenty thirty forty fifty sixty "
    "seventy eighty ninety peace state decision policy law confidence capacity war "
    "high low large small"
)
_HYPHEN_PREFIXES = frozenset(_HYPHEN_PREFIX_WORDS.split())

_BULLETS = frozenset("–—•·▪‣◦*+-")


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    """One source line after cleaning."""

    no: int
    text: str
    indent: int = 0
    page_break: bool = False
    md_heading: bool = False


def _read_lines(text: str, markdown: bool) -> list[_Line]:
    """Split into numbered lines, fold typography, strip Markdown markup.

    Form feeds mark page breaks; they are removed from the text and remembered on the
    line so that furniture next to them is recognised.
    """
    text = clean(text).replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    for no, raw in enumerate(text.split("\n"), start=1):
        page_break = "\f" in raw or "\v" in raw
        raw = raw.replace("\f", " ").replace("\v", " ").rstrip()
        md_heading = False
        if markdown:
            raw = _MD_QUOTE.sub("", raw)
            heading = _MD_HEADING.match(raw.strip())
            if heading:
                raw, md_heading = heading.group("rest"), True
            raw = _MD_EMPHASIS.sub("", _MD_ESCAPE.sub(r"\1", raw))
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip()) if stripped else 0
        lines.append(_Line(no, stripped, indent, page_break, md_heading))
    return lines


# --------------------------------------------------------------------------- furniture


def _furniture_kind(text: str, *, in_body: bool) -> FurnitureKind | None:
    """What kind of page furniture a line is, or ``None`` when it is text.

    Symbols standing alone count only in the body: in the masthead they are the symbol.
    """
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


def _take_furniture(
    lines: list[_Line], removed: list[RemovedText], *, in_body: bool
) -> list[_Line]:
    """Remove page furniture from ``lines`` into ``removed``.

    In the body, bare numbers ("2") count as page numbers when they stand between blank
    lines or at a page break, and lines without a letter or digit ("* * *", "____") are
    kept as furniture of kind ``other``.
    """
    kept: list[_Line] = []
    for i, line in enumerate(lines):
        if not line.text:
            kept.append(line)
            continue
        kind = _furniture_kind(line.text, in_body=in_body)
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
        if kind is None and in_body and not any(c.isalnum() for c in line.text):
            kind = "other"
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


def _is_masthead_part(part: str) -> bool:
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
        or _MASTHEAD_MISC.match(part)
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


def _split_masthead(lines: list[_Line]) -> _Front:
    """Find the enacting formula and the masthead before it.

    Without a formula, the masthead is the run of leading lines that look like masthead
    lines (symbol, organ, date, sponsors, "Resolution 1695 (2006)", "Adopted by ...").
    """
    for i, line in enumerate(lines):
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


def _masthead_and_early(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Split the lines before the formula into masthead lines and early paragraphs.

    A blank-separated group of more than 200 characters that ends with punctuation is a
    paragraph of the text (old resolutions open with a recital before the formula).
    """
    masthead: list[_Line] = []
    early: list[_Line] = []
    for group in _groups(lines):
        joined = " ".join(ln.text for ln in group)
        if (
            len(joined) > 200
            and joined.rstrip()[-1:] in ".,;:"
            and not any(_DRAFT_RESOLUTION.search(ln.text) for ln in group)
        ):
            early.extend(group)
            early.append(_Line(group[-1].no, ""))
        else:
            masthead.extend(group)
    return masthead, early


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
def _multiword_states() -> tuple[str, ...]:
    """State names containing " and " (data file ``states.txt``), longest first."""
    data = resources.files(__package__).joinpath("states.txt").read_text(encoding="utf-8")
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


def _parse_date(text: str) -> _dt.date | None:
    match = _DATE.search(text)
    if not match:
        return None
    month = _MONTHS.split("|").index(match.group(2)) + 1
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
    kind: Literal["draft", "resolution"] | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    title: str | None = None
    adoption: str | None = None


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
    # Sponsors: the group of lines ending with ": draft resolution".
    for first in range(len(texts)):
        found = _draft_resolution_end(texts, first)
        if found is not None:
            i = start = found
            while (
                start > 0
                and texts[start - 1]
                and lines[start - 1].no == lines[start].no - 1
                and not _is_masthead_line(lines[start - 1].text)
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
    # Adoption: "Adopted by the Security Council at its 5490th meeting," + "on 15 July 2006".
    for i, text in enumerate(texts):
        if _ADOPTED_BY.match(text):
            adoption = text
            if i + 1 < len(texts) and _DATE_LINE.match(texts[i + 1]) and not _DATE.search(text):
                adoption += " " + texts[i + 1]
            out.adoption = adoption
            organ = _ADOPTED_BY.match(text)
            out.organ = out.organ or (organ.group(1) if organ else None)
            break
    if out.organ is None and formula:
        out.organ = next((name for name in _ORGAN_NAMES if name in formula), None)
    if out.organ is None and draft_symbol:
        out.organ = "Security Council" if draft_symbol.startswith("S/") else "General Assembly"
    if res_number and out.organ in (None, "Security Council"):
        year = res_number[1] or str((_parse_date(" ".join(texts)) or _dt.date.min).year)
        out.symbol = f"S/RES/{res_number[0]} ({year})"
        out.organ = out.organ or "Security Council"
        out.kind = "resolution"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif ga_number:
        out.symbol = f"A/RES/{ga_number}"
        out.kind = "resolution"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif draft_symbol or out.sponsors:
        out.symbol = draft_symbol
        out.draft_symbol = draft_symbol
        out.kind = "draft"
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


def _split_tail(lines: list[_Line], tail: _Tail) -> list[_Line]:
    """Cut annexes, closing lines and footnotes off the body; return the body lines."""
    closing_at = next((i for i, ln in enumerate(lines) if _ADOPTED.match(ln.text)), len(lines))
    annex_at = next(
        (
            i
            for i, ln in enumerate(lines[:closing_at])
            if _ANNEX.match(ln.text) and (i == 0 or not lines[i - 1].text)
        ),
        None,
    )
    if closing_at < len(lines):
        _read_closing(lines[closing_at:], tail)
        end = closing_at
    else:
        end = _trailing_footnotes(lines, tail)
    if annex_at is not None:
        _read_annexes(lines[annex_at:end], tail)
        end = annex_at
    return lines[:end]


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
        if note is not None and not after_blank and not note[1][-1].endswith((".", ")")):
            # "... Eighth Year,\n633rd meeting": a wrapped note, not a new one.
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
    groups = _groups(lines)
    first_note = len(groups)
    for k in range(len(groups) - 1, 0, -1):
        head = groups[k][0].text
        if _FOOTNOTE.match(head) and not _OP_LABEL.match(head):
            first_note = k
        else:
            break
    if first_note == len(groups) or _final_punct(_join(groups[first_note - 1])) != ".":
        return len(lines)
    note: tuple[str, list[str], int] | None = None
    for group in groups[first_note:]:
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
    start = groups[first_note][0]
    return lines.index(start)


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
        paragraphs.append(_join(group))
        last = group[-1].no
    flush()


# --------------------------------------------------------------------------- joining


def _join(lines: list[_Line]) -> str:
    """Join wrapped lines into one string: undo line-break hyphenation, keep real hyphens
    ("Secretary-\\nGeneral"), join "S/Agenda/\\n2185" without a space, normalise space."""
    out = ""
    for line in lines:
        text = line.text
        if not out:
            out = text
            continue
        hyphen = _HYPHEN_END.search(out)
        if hyphen and text[:1].isalpha():
            fragment = hyphen.group(1)
            if text[0].isupper() or fragment.isdigit() or fragment.lower() in _HYPHEN_PREFIXES:
                out += text
            else:
                out = out[:-1] + text
        elif out.endswith("/"):
            out += text
        else:
            out += " " + text
    return _tidy(out)


def _tidy(text: str) -> str:
    """Whitespace normalised, no space before ";", ":", "," or a final full stop."""
    text = normalize_space(text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_BEFORE_FINAL_STOP.sub(".", text)


def _final_punct(text: str) -> str:
    """The last punctuation of a paragraph, ignoring trailing footnote marks."""
    text = _TRAILING_MARKS.sub("", text.rstrip())
    text = text.rstrip("\"')]*")
    return text[-1:] if text[-1:] in (",", ";", ":", ".") else ""


# --------------------------------------------------------------------------- units


@dataclass
class _Unit:
    """A run of lines the splitter cut: a paragraph, a sub-paragraph or a heading."""

    lines: list[_Line]
    kind: str  # "op", "sub", "para"
    label: str | None = None
    number: int | None = None
    indent: int = 0
    md_heading: bool = False
    #: A short title line set off by its indent inside a list (a sub-heading).
    title: bool = False

    @property
    def text(self) -> str:
        return _join(self.lines)


def _ends_unit(text: str) -> bool:
    """Whether a line can end a paragraph or a lead-in (so that a label may follow)."""
    if _final_punct(text):
        return True
    # "...; and" wrapped so that the conjunction stands alone on its line.
    return text.endswith((" and", " or")) or text in ("and", "or")


def _is_title(text: str) -> bool:
    """A short capitalised line without final punctuation: a heading's shape."""
    return (
        len(text.split()) <= 10
        and text[:1].isupper()
        and not _final_punct(text)
        and text[-1:] not in ",;:.!?-"
        and _PP_OPENER.match(text) is None
    )


def _next_is_label(lines: list[_Line], i: int) -> bool:
    """Whether the next non-blank line after ``lines[i]`` opens with a sub-paragraph label."""
    for line in lines[i + 1 :]:
        if line.text:
            return bool(_PAREN_LABEL.match(line.text) or _DOT_LABEL.match(line.text))
    return False


def _label_follows(before: str | None, label: str) -> bool:
    """Whether ``label`` can be the label after ``before`` in one list: "(7)" after
    "(6)", "(ii)" after "(i)", "(i)" after "(h)"."""
    if before is None or before in _BULLETS or label in _BULLETS:
        return False
    if before.startswith("(") != label.startswith("("):
        return False
    raw, key = label.strip("().}"), before.strip("().}")
    if key.isdigit():
        return raw == str(int(key) + 1)
    if is_roman(key) and raw == _next_key("paren-roman", key):
        return True
    return len(key) == 1 and raw == _next_key("paren-alpha", key)


def _units(lines: list[_Line], markdown: bool, removed: list[RemovedText]) -> list[_Unit]:
    """Cut the body into units.

    A unit starts at an operative number, a sub-paragraph label or bullet, after a blank
    line (unless the text goes on in lower case: a page break inside a sentence), at a
    more indented line after a line that ends a paragraph, and, in the preamble, at a line
    opening with a participle or adjective after a line ending with a comma.
    """
    units: list[_Unit] = []
    expected = 1
    blank_before = True
    prev: _Line | None = None
    in_operative = False
    op_indent: int | None = None
    # A label printed alone on its line ("1." then the text): the text that follows,
    # even after a blank line, belongs to it.
    awaiting_text = False
    # The last sub-paragraph label seen at each indent, within the current paragraph.
    sub_labels: dict[int, str] = {}

    def labelled(line: _Line, rest: str | None, kind: str, label: str, number: int | None) -> None:
        nonlocal awaiting_text
        units.append(
            _Unit([_Line(line.no, rest or "", line.indent)], kind, label, number, line.indent)
        )
        awaiting_text = rest is None

    page_break = False
    for i, line in enumerate(lines):
        if not line.text:
            blank_before = True
            page_break = page_break or line.page_break
            continue
        text = line.text
        cur = units[-1] if units else None
        can_label = (
            blank_before
            or prev is None
            or _ends_unit(prev.text)
            or awaiting_text
            # A label more indented than the line before it, or after a short labelled
            # title ("(a) Protection of civilians"), starts a sub-paragraph.
            or (line.indent > prev.indent and cur is not None and cur.kind != "para")
            or (
                cur is not None
                and cur.kind == "sub"
                and len(cur.lines) == 1
                and len(cur.lines[0].text.split()) <= 8
            )
            # A sub-heading inside a list ("Root causes of conflict").
            or (cur is not None and cur.title)
        )
        op = (_MD_OP_LABEL if markdown else _OP_LABEL).match(text)
        if op and can_label and not line.md_heading:
            number = int(op.group("num"))
            nested = markdown and op_indent is not None and line.indent >= op_indent + 2
            sep_ok = markdown or op.group("sep") == "." or number == expected
            plausible = number == expected or blank_before or bool(prev and _final_punct(prev.text))
            label = text[: op.start("rest")].strip() if op.group("rest") else text
            if sep_ok and plausible and not nested:
                inner = _PAREN_LABEL.match(op.group("rest") or "")
                if inner and inner.group("rest"):
                    # "11. (a) Expresses ...": the paragraph opens with its first item.
                    labelled(line, "", "op", label, number)
                    labelled(line, inner.group("rest"), "sub", inner.group("label"), None)
                else:
                    labelled(line, op.group("rest"), "op", label, number)
                expected = number + 1
                in_operative = True
                sub_labels.clear()
                op_indent = line.indent if op_indent is None else op_indent
                blank_before, prev, page_break = False, line, False
                continue
            if nested:
                labelled(line, op.group("rest"), "sub", label, None)
                blank_before, prev, page_break = False, line, False
                continue
        sub = _PAREN_LABEL.match(text) or _DOT_LABEL.match(text) or _BULLET.match(text)
        cross_ref = bool(
            sub
            and prev is not None
            and not awaiting_text
            and _CROSS_REF_END.search(prev.text)
            and (sub.group("rest") or "")[:1].islower()
        )
        if (
            sub
            and not can_label
            and cur is not None
            and cur.kind == "sub"
            and (sub.group("rest") or "")[:1].isupper()
            and _label_follows(sub_labels.get(line.indent), sub.group("label"))
        ):
            # The next label of a list at the same indent, after an item that ends
            # without punctuation ("... Joint Demarcation Committee" / "(7) National").
            can_label = True
        if (
            sub
            and can_label
            and not cross_ref
            and not line.md_heading
            and (units or sub.re is not _DOT_LABEL)
        ):
            labelled(line, sub.group("rest"), "sub", sub.group("label"), None)
            if sub.group("label") not in _BULLETS:
                sub_labels[line.indent] = sub.group("label")
            blank_before, prev, page_break = False, line, False
            continue
        note = _FOOTNOTE.match(text)
        if (
            note
            and blank_before
            and not markdown
            and note.group("mark")[0].isdigit()
            and not awaiting_text
            and int(note.group("mark").rstrip("/")) not in (expected, expected - 1)
            and text[:1].isdigit()
        ):
            # A footnote at the bottom of a page, between paragraphs.
            units.append(_Unit([line], "note", note.group("mark"), None, line.indent))
            blank_before, prev, page_break = False, line, False
            continue
        starts_new = cur is None or line.md_heading or (cur.lines and cur.lines[-1].md_heading)
        if awaiting_text or (cur is not None and cur.kind == "note" and not blank_before):
            starts_new = False
        elif cur is not None and cur.kind == "note":
            starts_new = True
        elif not starts_new and blank_before:
            # After a blank line a new paragraph starts, unless the sentence goes on
            # (lower-case start, or a hyphenated word broken over a page).
            # A page break inside a paragraph that has not ended goes on, too.
            assert cur is not None
            goes_on = text[:1].islower() or cur.text.endswith("-")
            if page_break and cur.kind != "note" and not _final_punct(cur.lines[-1].text):
                goes_on = goes_on or (
                    len(cur.text.split()) > 10
                    or len(cur.lines) > 1
                    or cur.kind != "para"
                    or bool(_PP_OPENER.match(cur.text))
                )
            if (
                page_break
                and cur.kind == "para"
                and len(cur.lines) > 1
                and cur.lines[0].indent > cur.lines[-1].indent == line.indent
                and not _PP_OPENER.match(text)
            ):
                # The page broke after a comma inside a paragraph ("... Guinea-Bissau," /
                # "ECOWAS, UNIOGBIS, ..."): a new paragraph would open with its first-line
                # indent, a continued one keeps the indent of its wrapped lines.
                goes_on = True
            starts_new = not goes_on
        elif (
            not starts_new
            and prev is not None
            and cur is not None
            and cur.kind in ("sub", "op")
            and _final_punct(prev.text)
            and line.indent >= prev.indent + 2
            and _is_title(text)
            and _next_is_label(lines, i)
        ):
            # A sub-heading between two items of a list, set off only by its indent:
            # "... efforts;" / "Root causes of conflict" / "(c) Provide ...".
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif not starts_new and prev is not None and cur is not None and cur.kind == "para":
            ended = _final_punct(prev.text)
            if (
                (line.indent >= prev.indent + 2 and ended)
                or (ended == "," and _PP_OPENER.match(text) and not in_operative)
                or (
                    ended in (";", ".")
                    and text[:1].isupper()
                    and not in_operative
                    and not _ABBREVIATION_END.search(prev.text)
                )
            ):
                starts_new = True
        if cross_ref and cur is not None and cur.kind != "note":
            starts_new = False  # "paragraph 1" / "(g) of this resolution": one sentence
        if starts_new:
            units.append(_Unit([line], "para", indent=line.indent, md_heading=line.md_heading))
        else:
            assert cur is not None
            cur.lines.append(line)
        awaiting_text = False
        blank_before, prev, page_break = False, line, False
    return units


# --------------------------------------------------------------------------- building


@dataclass
class _Node:
    """A clause under construction."""

    ref: str
    section: Section
    label: str | None
    lines: list[_Line]
    heading: str | None = None
    children: list[_Node] = field(default_factory=list)
    #: For sub-paragraphs: the label family ("paren-alpha", "bullet", ...) and key.
    family: str = ""
    key: str = ""
    indent: int = 0

    def clause(self) -> Clause:
        children = tuple(child.clause() for child in self.children)
        first = self.lines[0].no
        last = max([ln.no for ln in self.lines] + [c.span.last_line for c in children if c.span])
        return Clause(
            ref=self.ref,
            section=self.section,
            label=self.label,
            text=_join(self.lines),
            children=children,
            heading=self.heading,
            span=Span(first_line=first, last_line=last),
        )


def _to_roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _from_roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(s):
        value = values[ch]
        total += -value if k + 1 < len(s) and values[s[k + 1]] > value else value
    return total


def _next_key(family: str, key: str) -> str:
    """The label key expected after ``key`` in a list of this family."""
    if family.endswith("roman"):
        return _to_roman(_from_roman(key) + 1) if is_roman(key) else ""
    if family.endswith("num"):
        return str(int(key) + 1) if key.isdigit() else ""
    if family.endswith("upper"):
        return chr(ord(key) + 1) if len(key) == 1 else ""
    if family == "bullet":
        return key
    if len(key) == 1 and key < "z":
        return chr(ord(key) + 1)
    return ""


def _ocr_roman(key: str) -> str:
    """Roman numerals misread as digits or "l": "(1)" for "(i)", "(11)" for "(ii)"."""
    folded = key.replace("1", "i").replace("l", "i")
    return folded if is_roman(folded) else ""


class _Builder:
    """Numbers the units and builds the clause trees, collecting warnings and headings."""

    def __init__(self) -> None:
        self.preamble: list[_Node] = []
        self.operative: list[_Node] = []
        self.headings: list[Heading] = []
        self.warnings: list[ParseWarning] = []
        #: Headings read since the last clause, waiting for the clause they stand before.
        self.pending_headings: list[tuple[str, Span, Section]] = []
        #: A heading inside a list, waiting for the item it stands before.
        self.pending_sub_heading: tuple[str, _Line] | None = None
        self.heading: str | None = None
        self.stack: list[_Node] = []  # open sub-paragraph path under the current clause
        self.last_op: int | None = None
        self.used_refs: set[str] = set()
        self.notes: list[Footnote] = []

    # -- top level ----------------------------------------------------------------

    def _open(self, node: _Node) -> None:
        self._flush_sub_heading(node.ref)
        for text, span, section in self.pending_headings:
            self.headings.append(Heading(text=text, section=section, before=node.ref, span=span))
            self.heading = text  # the clause falls under the last (innermost) heading
        self.pending_headings = []
        node.heading = self.heading
        (self.preamble if node.section == "preamble" else self.operative).append(node)
        self.used_refs.add(node.ref)
        self.stack = [node]

    def add_pp(self, unit: _Unit) -> None:
        ref = f"PP{len(self.preamble) + 1}"
        if self.operative and self.preamble and self.preamble[-1].heading != self.heading:
            pass
        self._open(_Node(ref, "preamble", None, unit.lines, indent=unit.indent))

    def add_op(self, unit: _Unit, number: int | None) -> None:
        if number is None:
            ref = f"OP{len(self.operative) + 1}"
        else:
            line = unit.lines[0].no
            if self.last_op is not None and number == self.last_op:
                self.warn("numbering-repeat", f"paragraph {number} is numbered twice", line)
            elif number != (self.last_op or 0) + 1:
                self.warn(
                    "numbering-gap",
                    f"expected paragraph {(self.last_op or 0) + 1}, found {number}",
                    line,
                )
            self.last_op = number
            ref = f"OP{number}"
            suffix = 2
            while ref in self.used_refs:
                ref, suffix = f"OP{number}-{suffix}", suffix + 1
        self._open(_Node(ref, "operative", unit.label, unit.lines, indent=unit.indent))

    def add_heading(self, unit: _Unit, section: Section) -> None:
        # Two headings in a row, each standing alone ("AMISOM" then "Priorities and
        # tasks"): two headings, both before the next clause. A heading wrapped over two
        # lines is one unit, so it stays one heading.
        span = Span(first_line=unit.lines[0].no, last_line=unit.lines[-1].no)
        self.pending_headings.append((unit.text, span, section))

    def add_sub_heading(self, unit: _Unit) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.pending_sub_heading = (f"{text} {unit.text}", line)
        else:
            self.pending_sub_heading = (unit.text, unit.lines[0])

    def _flush_sub_heading(self, before: str | None) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.headings.append(
                Heading(
                    text=text,
                    section="operative",
                    before=before,
                    span=Span(first_line=line.no, last_line=line.no),
                )
            )
            self.pending_sub_heading = None

    def continue_text(self, unit: _Unit) -> None:
        self.stack[-1].lines.extend(unit.lines)

    def warn(self, code: str, message: str, line: int | None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, line=line))

    # -- sub-paragraphs -------------------------------------------------------------

    def add_sub(self, unit: _Unit, next_label: str | None) -> None:
        """Attach a labelled unit to the open clause, at the level its label continues."""
        label = unit.label or ""
        raw = label.strip("().}")
        if label in _BULLETS:
            families = ["bullet"]
        elif label.startswith("(") and raw.isdigit():
            families = ["paren-roman", "paren-num"] if _ocr_roman(raw) else ["paren-num"]
        elif label.startswith("("):
            families = ["paren-upper"] if raw.isupper() else ["paren-alpha", "paren-roman"]
        elif raw.isdigit():
            families = ["dot-num"]
        else:
            families = ["dot-alpha", "dot-roman"]
        # 1. Continue an open list (deepest first): "(i)" after "(h)" is the letter i.
        for depth in range(len(self.stack) - 1, 0, -1):
            level = self.stack[depth]
            if level.family not in families:
                continue
            key = self._key(level.family, raw)
            if level.family == "bullet":
                if abs(level.indent - unit.indent) <= 1:
                    self._attach(depth - 1, unit, level.family, label)
                    return
                continue
            if key and key == _next_key(level.family, level.key):
                self._attach(depth - 1, unit, level.family, key)
                return
        # 2. Start a new list under the deepest open item.
        parent = len(self.stack) - 1
        if "bullet" in families:
            # A less indented bullet closes deeper bullet lists.
            while (
                parent > 0
                and self.stack[parent].family == "bullet"
                and (self.stack[parent].indent > unit.indent)
            ):
                parent -= 1
            self._attach(parent, unit, "bullet", label)
            return
        family = families[0]
        if (family == "paren-alpha" and raw == "i") or (family == "dot-alpha" and raw == "i"):
            family = family.replace("alpha", "roman")
        elif family == "paren-roman" and raw.isdigit():
            # "(1)" opening a list: roman when the next label is "(ii)" / "(11)".
            follow = (next_label or "").strip("().")
            if _ocr_roman(follow) != "ii":
                family = "paren-num"
        first = {"alpha": "a", "roman": "i", "num": "1", "upper": "A"}[family.split("-")[1]]
        key = self._key(family, raw)
        if key != first and len(self.stack) > 1:
            # A list that does not start at its first label: sibling of the same family
            # if one is open, else a new list with a numbering warning.
            for depth in range(len(self.stack) - 1, 0, -1):
                if self.stack[depth].family == family:
                    self.warn(
                        "numbering-gap",
                        f"expected {_next_key(family, self.stack[depth].key) or 'a label'} "
                        f"in {self.stack[0].ref}, found {label}",
                        unit.lines[0].no,
                    )
                    self._attach(depth - 1, unit, family, key)
                    return
        self._attach(parent, unit, family, key)

    @staticmethod
    def _key(family: str, raw: str) -> str:
        if family.endswith("roman"):
            return _ocr_roman(raw) if raw.isdigit() or "l" in raw else raw
        return raw

    def _attach(self, parent_depth: int, unit: _Unit, family: str, key: str) -> None:
        parent = self.stack[parent_depth]
        ordinal = len(parent.children) + 1
        ref_label = f"({key})" if family != "bullet" else None
        node = _Node(
            child_ref(parent.ref, ref_label, ordinal),
            parent.section,
            unit.label,
            unit.lines,
            family=family,
            key=key,
            indent=unit.indent,
        )
        parent.children.append(node)
        self.stack = [*self.stack[: parent_depth + 1], node]
        self._flush_sub_heading(node.ref)

    def add_unlabelled_child(self, unit: _Unit) -> None:
        parent = self.stack[-1]
        node = _Node(
            child_ref(parent.ref, None, len(parent.children) + 1),
            parent.section,
            None,
            unit.lines,
            family="plain",
            indent=unit.indent,
        )
        parent.children.append(node)
        self.stack = [*self.stack, node]


def _is_heading(unit: _Unit, following: _Unit | None) -> bool:
    """A short line without final punctuation, followed by paragraphs."""
    if unit.kind != "para":
        return False
    if unit.md_heading:
        return True
    text = unit.text
    if following is None or len(unit.lines) > 2 or len(text.split()) > 16:
        return False
    if _final_punct(text) or text[-1:] in ",;:.!?" or not text[:1].isupper():
        return False
    return _PP_OPENER.match(text) is None


#: A section code opening a heading: "1a: Targeting illicit finances", "2B: Reporting".
_SECTION_CODE = re.compile(r"^\d{1,2}[A-Za-z]:\s+\S")


def _is_operative_heading(units: list[_Unit], k: int, stack: list[_Node]) -> bool:
    """In the operative part, a line standing alone between a paragraph that has ended
    and a numbered paragraph (or the next item of a list left open) is a heading, even
    when it opens with a participle ("Reporting", "Targeted sanctions in Somalia",
    "Armed Groups"), ends with a colon ("Rule of law:"), opens with a section code
    ("1a: Targeting illicit finances") or runs over two lines; so is each of several
    such lines in a row. A recital there would end with a comma, a paragraph going on
    would start in lower case."""
    if not stack or _final_punct(_join(stack[-1].lines)) not in (";", "."):
        return False
    while True:
        unit, following = units[k], _next(units, k)
        if not _heading_shape(unit) or following is None:
            return False
        if following.kind == "op":
            return True
        if following.kind != "para":
            break
        k += 1  # another heading follows ("Part 2: ..." / "2a: ..." / "13. Calls upon")
    if following.kind != "sub" or len(unit.lines) > 1 or len(unit.text.split()) > 8:
        return False
    # Inside a list: the next item must continue a list already open.
    label = following.label or ""
    return any(
        node.family and node.key and _continues(node.family, node.key, label) for node in stack[1:]
    )


def _heading_shape(unit: _Unit) -> bool:
    """An unlabelled unit of at most two lines and 20 words, starting with a capital or a
    section code, ending without punctuation or with a colon; a participle opening or a
    colon only on a short line (a lead-in or a recital that lost its comma is longer)."""
    text = unit.text
    words = len(text.split())
    if unit.kind != "para" or unit.md_heading or len(unit.lines) > 2 or words > 20:
        return False
    if not (text[:1].isupper() or _SECTION_CODE.match(text)):
        return False
    punct = _final_punct(text)
    if punct not in ("", ":") or text[-1:] in ",;.!?":
        return False
    return not ((punct == ":" or _PP_OPENER.match(text)) and (len(unit.lines) > 1 or words > 8))


def _build(units: list[_Unit], early: list[_Unit]) -> _Builder:
    """Classify the units (PP, OP, sub-paragraph, heading, continuation) and build trees."""
    b = _Builder()
    numbered = any(u.kind == "op" for u in units)
    all_units = early + units
    # Without numbers, the operative part starts at the first paragraph that ends with
    # ";" or "." (preambular paragraphs end with ","), or at the last paragraph.
    first_op: int | None = None
    if not numbered:
        paras = [
            k
            for k, u in enumerate(all_units)
            if u.kind == "para" and not _is_heading(u, _next(all_units, k))
        ]
        first_op = next(
            (
                k
                for k in paras
                if _final_punct(all_units[k].text) in (";", ".")
                or (
                    _final_punct(all_units[k].text) == ":"
                    and not _PP_OPENER.match(all_units[k].text)
                )
            ),
            None,
        )
        if first_op is None and paras:
            last = all_units[paras[-1]]
            if not (_final_punct(last.text) == "," and _PP_OPENER.match(last.text)):
                first_op = paras[-1]
    section: Section = "preamble"
    for k, unit in enumerate(all_units):
        following = _next(all_units, k)
        if unit.kind == "note":
            first = unit.lines[0]
            match = _FOOTNOTE.match(first.text)
            body = [_Line(first.no, match.group("text") if match else first.text), *unit.lines[1:]]
            b.notes.append(Footnote(mark=unit.label or "", text=_join(body), line=first.no))
            continue
        if unit.kind == "op":
            section = "operative"
            b.add_op(unit, unit.number)
            continue
        if unit.kind == "sub":
            if len(b.stack) == 0 or (
                b.stack[0].family
                and b.stack[0].key
                and _continues(b.stack[0].family, b.stack[0].key, unit.label or "")
            ):
                # Labelled paragraphs without operative numbers ("(a) Resolves ...;",
                # "(b) Requests ..."): they are the operative paragraphs.
                section = "operative"
                b.add_op(unit, None)
                family, key = _family_of(unit.label or "")
                b.stack[0].family, b.stack[0].key = family, key
                continue
            if _is_numbered_heading(unit, following, b.stack):
                # "(i) Exemptions, advance approvals and notifications" above "9. Decides".
                first = unit.lines[0]
                titled = _Line(first.no, f"{unit.label} {first.text}", first.indent)
                b.add_heading(_Unit([titled], "para"), "operative")
                continue
            b.add_sub(unit, _next_sub_label(all_units, k))
            continue
        if _is_heading(unit, following) or (
            numbered and section == "operative" and _is_operative_heading(all_units, k, b.stack)
        ):
            if section == "operative" and b.stack and following and following.kind == "sub":
                # A sub-heading inside a list: it stands before the next item.
                b.add_sub_heading(unit)
                continue
            upcoming: Section = section
            if numbered and following is not None and following.kind == "op":
                upcoming = "operative"
            b.add_heading(unit, upcoming)
            continue
        if not numbered:
            if first_op is not None and k >= first_op:
                section = "operative"
            if section == "operative":
                b.add_op(unit, None)
            else:
                b.add_pp(unit)
            continue
        if section == "preamble" or not b.stack:
            b.add_pp(unit)
            continue
        # An unnumbered paragraph inside the operative part.
        previous = _join(b.stack[-1].lines)
        if (
            _final_punct(previous) == ":"
            and _final_punct(unit.text) == ":"
            and len(b.stack) > 1
            and b.stack[-1].family not in ("", "plain")
            and following is not None
            and following.kind == "sub"
        ):
            # "(c) Supporting the peace process:" / "To carry out ... the following
            # tasks:" / "(i) ...": the item's lead-in goes on in a second paragraph.
            b.continue_text(unit)
        elif _final_punct(previous) == ":" or (
            b.stack[-1].family == "plain" and _final_punct(previous) != "."
        ):
            b.add_unlabelled_child(unit)
        elif (
            _final_punct(unit.text) == ","
            and _PP_OPENER.match(unit.text)
            and (_final_punct(previous) in (";", "."))
        ):
            # A recital between operative parts ("B / Determined to ..., / Acting under").
            b.add_pp(unit)
        else:
            b.continue_text(unit)
    return b


def _is_numbered_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """A labelled title line right before a numbered paragraph, that continues no list
    open in the current paragraph: a heading that carries a number, not an item."""
    if following is None or following.kind != "op" or len(unit.lines) > 1:
        return False
    if not unit.text or not _is_title(unit.text):
        return False
    label = unit.label or ""
    if label in _BULLETS:
        return False
    for node in stack[1:]:
        if node.family and node.key and _continues(node.family, node.key, label):
            return False
    return True


def _family_of(label: str) -> tuple[str, str]:
    """The list family and key of a label that opens a list on its own."""
    raw = label.strip("().}")
    if label in _BULLETS:
        return "bullet", label
    style = "paren" if label.startswith("(") else "dot"
    if raw.isdigit():
        return f"{style}-num", raw
    if raw.isupper():
        return f"{style}-upper", raw
    if raw == "i" or (len(raw) > 1 and is_roman(raw)):
        return f"{style}-roman", raw
    return f"{style}-alpha", raw


def _continues(family: str, key: str, label: str) -> bool:
    """Whether ``label`` is the next one after ``key`` in a list of ``family``."""
    if family == "bullet":
        return label == key
    raw = label.strip("().}")
    if family.startswith("paren") != label.startswith("("):
        return False
    return bool(raw) and raw == _next_key(family, key)


def _next(units: list[_Unit], k: int) -> _Unit | None:
    return units[k + 1] if k + 1 < len(units) else None


def _next_sub_label(units: list[_Unit], k: int) -> str | None:
    for unit in units[k + 1 :]:
        if unit.kind == "op":
            return None
        if unit.kind == "sub":
            return unit.label
    return None


# --------------------------------------------------------------------------- checks


def _structural_warnings(draft_pp: list[_Node], draft_op: list[_Node]) -> list[ParseWarning]:
    """Preambular paragraphs without a final comma, operative ones without a verb."""
    warnings: list[ParseWarning] = []
    for node in draft_pp:
        last = node
        while last.children:
            last = last.children[-1]
        text = _join(last.lines)
        if _final_punct(text) != ",":
            warnings.append(
                ParseWarning(
                    code="preamble-no-comma",
                    message=f"{node.ref} does not end with a comma",
                    line=last.lines[-1].no,
                )
            )
    for node in draft_op:
        text = _join(node.lines).lstrip("\"'([|")
        if not text[:1].isupper():
            warnings.append(
                ParseWarning(
                    code="operative-no-verb",
                    message=f"{node.ref} does not open with a capitalised verb",
                    line=node.lines[0].no,
                )
            )
    return warnings


# --------------------------------------------------------------------------- entry point


def parse_text(text: str, *, path: str | None = None, markdown: bool = False) -> Draft:
    """Read a draft resolution from plain text (copied from a PDF or Word file) or Markdown.

    Raises :class:`~resdiff.errors.ResolutionParseError` for empty input and for text
    without any paragraph (only a masthead, say), naming the file, line and column.
    """
    if not text.strip():
        raise ResolutionParseError(
            "empty input: expected a draft resolution", path=path, line=1, column=1
        )
    removed: list[RemovedText] = []
    lines = _take_furniture(_read_lines(text, markdown), removed, in_body=False)
    front = _split_masthead(lines)
    body_lines = _take_furniture(
        front.early_body
        + ([front.formula_rest] if front.formula_rest else [])
        + lines[front.body_start :],
        removed,
        in_body=True,
    )
    tail = _Tail()
    body_lines = _split_tail(body_lines, tail)
    units = _units(body_lines, markdown, removed)
    builder = _build(units, [])
    if not builder.preamble and not builder.operative:
        last = max([ln.no for ln in lines if ln.text] or [1])
        raise ResolutionParseError(
            "no paragraphs found: expected preambular paragraphs or numbered operative "
            "paragraphs after the masthead",
            path=path,
            line=min(last + 1, len(lines)),
            column=1,
        )
    head = _read_masthead(front.masthead, front.formula)
    warnings = builder.warnings + _structural_warnings(builder.preamble, builder.operative)
    warnings.sort(key=lambda w: w.line or 0)
    headings = list(builder.headings)
    for text_, span, section in builder.pending_headings:
        # A heading line with nothing after it: keep its words as a heading.
        headings.append(Heading(text=text_, section=section, before=None, span=span))
    return Draft(
        symbol=head.symbol,
        draft_symbol=head.draft_symbol,
        organ=head.organ,
        kind=head.kind,
        sponsors=head.sponsors,
        date=head.date,
        title=head.title,
        adoption=head.adoption,
        masthead=head.lines,
        enacting_formula=front.formula,
        preamble=tuple(node.clause() for node in builder.preamble),
        operative=tuple(node.clause() for node in builder.operative),
        headings=tuple(headings),
        annexes=tuple(tail.annexes),
        footnotes=tuple(builder.notes + tail.footnotes),
        closing=tuple(tail.closing),
        warnings=tuple(warnings),
        furniture=tuple(sorted(removed, key=lambda r: r.line)),
    )


__all__ = ["parse_text", "split_sponsors"]
