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
- where most lines hold no number (every fifth line numbered), those lines start right
  of the column.

A number alone on its line is only taken where the numbers all stand alone (``pdftotext``
without ``-layout``): elsewhere a lone figure is a page number or a paragraph's.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, replace

from ...compiled import compile_cached
from ...model import RemovedText
from .lines import _Line

#: The fewest numbers that make a column.
_LEAST = 3
#: The fewest numbers alone on their lines that make a column.
_LONE_LEAST = 5
#: Digits, then two spaces or more, or the line's end.
_LEADING = compile_cached(r"(\d{1,5})(?:\s{2,}|$)")
#: The share of steps that must count the lines, and of the unnumbered lines that must
#: start right of the column where they are the most.
_SHARE = 0.8


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
        if count < _LEAST:
            break
        at = [n for n in numbers if (n.right if side == "right" else n.left) == edge]
        taken = _rising(at)
        if len(taken) < _LEAST:
            continue
        if all(n.lone for n in taken):
            if _steady(taken):
                return taken
            continue
        if _counts_lines(taken) and _text_right_of(taken, lines):
            return taken
    return None


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


def _text_right_of(numbers: list[_Number], lines: list[_Line]) -> bool:
    numbered = {n.at for n in numbers}
    right = max(n.right for n in numbers)
    others = [ln for k, ln in enumerate(lines) if ln.text and k not in numbered]
    if len(others) <= len(numbers):
        return True
    clear = sum(1 for ln in others if ln.indent > right)
    return clear >= _SHARE * len(others)


def drop_line_numbers(lines: list[_Line], removed: list[RemovedText]) -> int | None:
    """Leave out of ``lines`` (in place) the numbers of a line-number column, each kept
    in ``removed``; the line of the first, or ``None`` where the text shows none."""
    numbers = _candidates(lines)
    if len(numbers) < _LEAST:
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
