"""The masthead read, in the second stage of the text reader (once :mod:`.blocks` has
split it off): symbol, organ, kind, status, sponsors, title, date and adoption, with the
names of States a sponsors line is read by."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import dataclass
from functools import cache

from ...compiled import compile_cached
from ...model import (
    DocumentKind,
    DocumentStatus,
)
from ..common import member_states, normalize_space
from ..language import _data_folder
from ..votes import _FAILED, vote_status
from .blocks import _is_masthead_line
from .hyphens import _as_printed
from .lines import _Line
from .patterns import (
    _A_RES,
    _ADOPTED_BY,
    _BRACKET_SYMBOL,
    _COLUMNS,
    _DATE,
    _DATE_LINE,
    _DATE_REST,
    _DRAFT_ONLY,
    _DRAFT_SYMBOL,
    _FORMULA_ORGANS,
    _MONTH_NUMBERS,
    _NUMERIC_DATE_LINE,
    _OLD_HEADER,
    _ORGAN,
    _ORGAN_NAMES,
    _PRST,
    _RESOLUTION_GA,
    _RESOLUTION_N,
    _S_RES,
    _SPONSORS,
    _STATEMENT_TITLE,
    _draft_resolution_end,
)


def _wrapped_sponsors(text: str) -> bool:
    """Whether ``text`` is a line of a sponsors' list wrapped onto the next: it ends with
    a comma or "and", or the names before its last (cut off, perhaps) are all States."""
    if text.rstrip().endswith((",", " and")):
        return True
    names = split_sponsors(text)
    return len(names) > 1 and all(name in member_states() for name in names[:-1])


#: "Agenda item 71 (b)", "Agenda items 16 and 18" in a General Assembly masthead.
_AGENDA_ITEM = compile_cached(r"Agenda\s+items?\s+\d", re.IGNORECASE)


@cache
def _multiword_states() -> tuple[str, ...]:
    """State names containing " and " (data file ``states.txt``), longest first."""
    data = _data_folder().joinpath("states.txt").read_text(encoding="utf-8")
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


#: The opening of a resolution's title, whatever follows it on the line: "Resolution 220
#: (1966) ...", "186 (1964). Resolution ...".
_TITLE_START = compile_cached(
    r"^(?:RESOLUTION\s+(\d+)\s*\((\d{4})\)|(\d+)\s*\((\d{4})\)\.?\s*Resolution\b)(?!\S)",
    re.IGNORECASE,
)


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
    # As printed: without the mark of a word's own hyphen kept at a line end (for joins).
    texts = [_as_printed(ln.text) for ln in lines]
    out = _Masthead(lines=tuple(texts))
    parts = [p for ln in lines for p in _COLUMNS.split(ln.text) if p]
    # A hostile "masthead" of thousands of lines repeats one ("x-" 20,000 times before a
    # late formula: 3.5 s per MB). What is looked for below is the first line or part that
    # says something, or is remembered as it is read again: a line right under the same
    # line tells nothing new, and a text that never writes "draft" names no sponsors.
    distinct = [text for text, _ in itertools.groupby(texts)]
    distinct_parts = [part for part, _ in itertools.groupby(parts)]
    lowered = "\n".join(distinct).lower()
    drafted = "draft" in lowered
    res_number: tuple[str, str] | None = None
    ga_number: str | None = None
    draft_symbol: str | None = None
    bracket_symbol: str | None = None
    masthead_date: _dt.date | None = None
    old_date: _dt.date | None = None
    for k, part in enumerate(distinct_parts):
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
            if k + 1 < len(distinct_parts) and _DATE_REST.match(distinct_parts[k + 1]):
                # The title's date wrapped: "... of 12 December" / "1985".
                old_date = _parse_date(f"{part} {distinct_parts[k + 1]}")
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
    if res_number is None or (old_date is None and masthead_date is None):
        # A title a narrow column wrapped anywhere ("Resolution 220 (1966) of 16" /
        # "March 1966", "186 (1964). Resolution of 4" / "March 1964 [S/5575]",
        # "RESOLUTION 774 (1992) Adopted by the Security Council at" / ...): its number
        # from its first line, its date from the lines it runs over. Whole lines, with
        # their spaces made one: a justified narrow line ("RESOLUTION    774    (1992)")
        # is no three columns.
        for k, part in enumerate(distinct):
            if match := _TITLE_START.match(part):
                if "draft" in " ".join(distinct[: k + 4]).lower():
                    # A draft's own title ("Draft resolution" / "Resolution 2530 (2020)
                    # follow-up", "France: draft resolution" over it) names the
                    # resolution it follows, not the one it is: no adopted symbol.
                    break
                res_number = res_number or (
                    match.group(1) or match.group(3),
                    match.group(2) or match.group(4),
                )
                old_date = old_date or _parse_date(" ".join(distinct[k : k + 4]))
                break
    # Sponsors: the group of lines ending with ": draft resolution".
    # The phrase is found on a line that writes "draft", or on the line above it.
    marked = [k for k, text in enumerate(texts) if "draft" in text.lower()] if drafted else []
    for first in sorted({j for k in marked for j in (k - 1, k) if j >= 0}):
        found = _draft_resolution_end(texts, first)
        if found is not None:
            i = start = found
            # Under "Agenda item 71 (b)" (a General Assembly masthead) stands the item's
            # title ("Promotion and protection of human rights"), right above the
            # sponsors when no blank line parts them: a line of sponsors wrapped before
            # ends with a comma or "and", or names States ("..., Bosnia and Herzegovina,
            # United" / "Kingdom of Great Britain ...: draft resolution").
            agenda = (
                next((k for k in range(found - 1, -1, -1) if _AGENDA_ITEM.match(texts[k])), None)
                if "agenda" in lowered
                else None
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
        for i in range(1, len(texts)) if drafted else ():
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
                and all(name in member_states() for name in split_sponsors(texts[k - 1]))
            ):
                states[:0] = split_sponsors(texts[k - 1])
                k -= 1
            if states:
                out.sponsors = tuple(states)
            break
    # Adoption: "Adopted by the Security Council at its 5490th meeting," + "on 15 July 2006",
    # or wrapped inside the date: "..., on 15 July" + "2006".
    for i, text in enumerate(texts if "dopted" in lowered else ()):
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
    statement_title = next((m for t in distinct if (m := _STATEMENT_TITLE.match(t))), None)
    prst = next(
        (m.group(0) for p in distinct_parts if (m := _PRST.search(p)) and len(p) < 40), None
    )
    failed = next((t for t in distinct if _FAILED.match(t)), None)
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
    elif draft_symbol or out.sponsors or any(_DRAFT_ONLY.match(t) for t in distinct):
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
    out.date = (
        _parse_date(out.adoption or "")
        or old_date
        or masthead_date
        or _first_date(distinct)
        # A date wrapped over two lines ("S/RES/902 (1994) 11 March" / "1994 ...").
        or _parse_date(" ".join(distinct))
    )
    return out


def _first_date(texts: list[str]) -> _dt.date | None:
    for text in texts:
        if (date := _parse_date(text)) is not None:
            return date
    return None
