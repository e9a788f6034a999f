"""Blocks, the second stage of the text reader: the masthead and enacting formula split
off, and the tail (annexes, closing and voting lines, footnotes) cut from the body. Page
furniture is taken out around them by :mod:`.furniture`; what the masthead says is read in
:mod:`.masthead`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ...memo import remembered
from ...model import (
    Annex,
    Footnote,
    Span,
)
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
    _BRACKET_SYMBOL,
    _COLUMNS,
    _DATE_LINE,
    _DISTR,
    _DRAFT_RESOLUTION,
    _DRAFT_SYMBOL,
    _FOOTNOTE,
    _FORMULA,
    _MASTHEAD_MISC,
    _NUMERIC_DATE_LINE,
    _OLD_HEADER,
    _OP_LABEL,
    _ORGAN,
    _ORIGINAL,
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
                tail.closing.append(_joined(current))
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
                tail.closing.append(_joined(current))
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
        tail.closing.append(_joined(current))
    if note:
        tail.footnotes.append(_footnote(note))


def _joined(texts: list[str]) -> str:
    """Lines of the tail (a voting line, a note) joined as a unit's lines are."""
    return _join([_Line(0, t) for t in texts])


def _footnote(note: tuple[str, list[str], int]) -> Footnote:
    return Footnote(mark=note[0], text=_joined(note[1]), line=note[2])


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
