"""Line numbers of a print copied with its text: a draft printed with its lines numbered
in the margin (Word's Layout > Line Numbers), then copied from the PDF or converted by
``pdftotext``, opens its lines with the numbers: "15      Reaffirming the
independence ...", "40      1. Decides to extend ..." (with ``-layout``), or has them on
lines of their own between its paragraphs (without). Read as text they made recitals of
operative paragraphs and numbers of words.

A column of line numbers is told as the PDF reader tells it (see
:mod:`resdiff.read.pdf.linenumbers`), from what text keeps of the layout:

- a number of digits only opens the line, set apart from its text by two spaces or more,
  or stands alone on it;
- the numbers share an edge, left or right (they are printed flush right);
- they count the lines: from one to the next they rise by as many lines with text as
  stand between them, for four in five of them (a running header or a page's foot,
  which the typesetter does not number, puts a step out);
- they stand left of the text: the indent most lines start at (a numbered line where
  its text starts) lies right of them; footnotes' numbers, a list's or a table's stand
  at that margin themselves.

Numbers alone on their lines make a column of their own only where they all stand alone
(``pdftotext`` without ``-layout``, which prints the column in runs between the
paragraphs): they must then rise by one step and be as many as the lines of text they
stand among (:func:`_steady`). In a column of numbers that open text, a lone one is the
number of a blank line (a browser numbers those too) and goes with the others.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace

from ...compiled import compile_cached
from ...model import RemovedText
from ..common import commonest_place, numbers_count_lines
from .lines import _Line

#: The fewest numbers that make a column: a list or a table numbered without full stops,
#: or the footnotes of a short text, may hold four or five.
_LEAST = 8
#: The fewest numbers of a column that numbers every fifth (or tenth) line: a step of
#: five matched by five lines of text is no list's (a one-page draft holds six).
_LEAST_SPARSE = 4
#: The fewest numbers alone on their lines that make a column.
_LONE_LEAST = 5
#: Digits, then two spaces or more, or the line's end.
_LEADING = compile_cached(r"(\d{1,5})(?:\s{2,}|$)")
#: The share of steps from one number to the next that must count the lines.
_SHARE = 0.8
#: The share of the lines with text a column must span.
_SPAN = 0.5
#: The share of the lines it spans under which those without a number are furniture
#: only (running headers and feet), no evidence of where the text starts.
_FEW = 0.2


@dataclass(frozen=True)
class _Number:
    at: int  # the index of its line
    seen: int  # how many lines with text stand before it
    value: int
    left: int
    right: int
    width: int  # the characters taken: the number and the spaces after it
    lone: bool


def _candidates(lines: list[_Line]) -> list[_Number]:
    found: list[_Number] = []
    seen = 0
    for k, line in enumerate(lines):
        if not line.text:
            continue
        if line.text[0].isdigit():
            m = _LEADING.match(line.text)
            if m is not None:
                digits = m.group(1)
                found.append(
                    _Number(
                        k,
                        seen,
                        int(digits),
                        line.indent,
                        line.indent + len(digits),
                        m.end(),
                        m.end() == len(line.text),
                    )
                )
        seen += 1
    return found


def _counts_lines(numbers: list[_Number]) -> bool:
    steps = list(itertools.pairwise(numbers))
    if not steps:
        return False
    counted = sum(1 for a, b in steps if b.value - a.value == b.seen - a.seen)
    return counted >= _SHARE * len(steps)


def _rising(numbers: list[_Number]) -> list[_Number]:
    kept: list[_Number] = []
    for n in numbers:
        if not kept or n.value > kept[-1].value or n.value == 1:
            kept.append(n)
    return kept


def _column(numbers: list[_Number], lines: list[_Line]) -> list[_Number] | None:
    """The numbers of the line-number column, if the lines show one."""
    edges: Counter[tuple[str, int]] = Counter()
    for n in numbers:
        edges["right", n.right] += 1
        edges["left", n.left] += 1
    for (side, edge), count in edges.most_common(4):
        if count < _LEAST_SPARSE:
            break
        at = [n for n in numbers if (n.right if side == "right" else n.left) == edge]
        taken = _rising(at)
        steps = Counter(b.value - a.value for a, b in itertools.pairwise(taken))
        sparse = bool(steps) and steps.most_common(1)[0][0] > 1
        if len(taken) < (_LEAST_SPARSE if sparse else _LEAST):
            continue
        if all(n.lone for n in taken):
            if _steady(taken) and _in_runs(taken, lines):
                return taken
            continue
        if _counts_lines(taken) and _left_of_the_text(taken, lines) and _runs_on(taken, lines):
            return taken
    return None


def _cells(text: str, start: int) -> set[int]:
    """The places where a cell starts in ``text`` (a word after two spaces or more),
    counted from ``start``, the place of its first character."""
    return {
        start + k
        for k in range(2, len(text))
        if text[k] != " " and text[k - 1] == " " and text[k - 2] == " "
    }


def _runs_on(numbers: list[_Number], lines: list[_Line]) -> bool:
    """Whether the numbered lines read as wrapped prose, not as a list's or a table's
    items one a line (:func:`~resdiff.read.common.numbers_count_lines`): the line above
    each, a lone number passed over (a numbered blank line), and the cells of each."""
    numbered = {n.at: n for n in numbers}
    ends: list[str] = []
    cells: list[set[int]] = []
    openings: list[str] = []
    above = ""
    for k, line in enumerate(lines):
        n = numbered.get(k)
        if n is not None and n.lone:
            continue
        text = line.text[n.width :] if n is not None else line.text
        if not text.strip():
            continue
        if n is not None:
            if above:
                ends.append(above[-1])
            cells.append(_cells(text, line.indent + n.width))
            openings.append(text.lstrip()[:12])
        above = text.rstrip()
    return numbers_count_lines(ends, cells, openings)


def _in_runs(numbers: list[_Number], lines: list[_Line]) -> bool:
    """Whether numbers alone on their lines number the lines of prose they stand among,
    as ``pdftotext`` prints a column of line numbers: rising by one, half of them or
    more followed by another (a run of numbers, then the lines they number; a list or
    a table's first column printed so has each number followed by its item; numbers
    every fifth line stand one between paragraphs of five lines or so); and the lines of
    text among them run on from one to the next (see :func:`_runs_on`), where a list's
    or a table's items end one a line."""
    lone = {n.at for n in numbers}
    followed = run = last_run = 0
    for n in numbers:
        k = n.at + 1
        while k < len(lines) and not lines[k].text:
            k += 1
        followed += k in lone
        run += 1
        if k not in lone:
            last_run, run = run, 0
    # The lines of text among the numbers, and as many after the last as its run counts.
    ends: list[str] = []
    after = 0
    for k in range(numbers[0].at, len(lines)):
        text = lines[k].text.rstrip()
        if k > numbers[-1].at and after >= last_run:
            break
        if text and k not in lone:
            ends.append(text[-1])
            after += k > numbers[-1].at
    if not numbers_count_lines(ends, []):
        return False
    steps = Counter(b.value - a.value for a, b in itertools.pairwise(numbers))
    return steps.most_common(1)[0][0] != 1 or followed >= 0.5 * len(numbers)


def _steady(numbers: list[_Number]) -> bool:
    """Whether numbers alone on their lines are a column of line numbers cut away from
    its lines (``pdftotext`` without ``-layout`` prints the column in runs between the
    paragraphs): at least :data:`_LONE_LEAST`, rising by one step (1 or 5) from one to the
    next, four in five of them, and as many as the lines of text they stand among count
    (page numbers alone on their lines rise by one in fifty lines)."""
    if len(numbers) < _LONE_LEAST:
        return False
    steps = Counter(b.value - a.value for a, b in itertools.pairwise(numbers))
    step, count = steps.most_common(1)[0]
    if step <= 0 or count < _SHARE * (len(numbers) - 1):
        return False
    # The lines counted by the steps that count (a count started again on each page is
    # no step of it).
    counted = step * count
    text = numbers[-1].seen - numbers[0].seen - (len(numbers) - 1)
    return text / 2 <= counted <= 2 * text + step


def _left_of_the_text(numbers: list[_Number], lines: list[_Line]) -> bool:
    """Whether the column stands left of the text: of the indents lines start at (a
    numbered line where its text starts, after the number), the commonest, the text's
    margin, lies right of every number; the column spans most of the lines with text
    (:data:`_SPAN`), and the lines without a number between its first and last start
    right of where the numbers do. Footnotes opening with their numbers, or a list or a
    table numbered without full stops, take a part of the text and stand at the margin
    the other lines start at; lines above or below the column (a masthead, a running
    header) are no evidence either way."""
    numbered = {n.at: n for n in numbers}
    first, last = min(numbered), max(numbered)
    starts: Counter[int] = Counter()
    between: Counter[int] = Counter()
    spanned = texts = 0
    for k, line in enumerate(lines):
        if not line.text:
            continue
        texts += 1
        spanned += first <= k <= last
        n = numbered.get(k)
        if n is None:
            starts[line.indent] += 1
            if first < k < last:
                between[line.indent] += 1
        elif n.width < len(line.text):
            starts[line.indent + n.width] += 1
    if spanned < _SPAN * texts:
        return False
    others = sum(between.values())
    if others > _FEW * spanned and max(n.left for n in numbers) >= commonest_place(between):
        # The lines without a number start where the numbers do: a list's items.
        return False
    return not starts or max(n.right for n in numbers) < commonest_place(starts)


def drop_line_numbers(lines: list[_Line], removed: list[RemovedText]) -> int | None:
    """Leave out of ``lines`` (in place) the numbers of a line-number column, each kept
    in ``removed``; the line of the first, or ``None`` where the text shows none."""
    numbers = _candidates(lines)
    if len(numbers) < _LEAST_SPARSE:
        return None
    taken = _column(numbers, lines)
    if taken is None:
        return None
    for n in taken:
        line = lines[n.at]
        removed.append(RemovedText(line=line.no, text=str(n.value), kind="other"))
        rest = line.text[n.width :]
        lines[n.at] = replace(line, text=rest, indent=line.indent + n.width if rest else 0)
    return lines[taken[0].at].no
