"""Printed lines: a text put into Word line by line, found by its wrapped lines.

A text pasted into Word line by line (or a ``.txt`` saved as ``.docx``) has a Word
paragraph per printed line and an empty one per blank line: :func:`_mark_printed_lines`
finds such a run of paragraphs, which is then handed to the text reader as the lines of
a copied text.
"""

from __future__ import annotations

from itertools import pairwise

from .paragraphs import _Paragraph

#: A line longer than this is not a printed line: no page layout sets so many characters
#: on one line (printed resolutions run to about 90; a Word paragraph of text, hundreds).
MAX_PRINTED_LINE = 120
#: The narrowest line width a printed text is taken to be wrapped at.
MIN_PRINTED_WIDTH = 50
#: A line is wrapped when its next line's first word would have taken it past this share
#: of the text's width (most lines of a printed text run to that width or near it).
_WRAP_FIT = 0.9


def _is_unit_end(line: str) -> bool:
    """Whether a line ends as a paragraph, a recital or a list item can end."""
    tail = line.rstrip().rstrip("\"'”’)]*")
    return tail[-1:] in (",", ";", ":", ".", "!", "?")


def _starts_continuation(line: str) -> bool:
    """Whether a line opens in lower case as the rest of a sentence does, not as a
    typed label ("a.", "iv)") does."""
    text = line.lstrip()
    if not text[:1].islower():
        return False
    head = text.split(None, 1)[0]
    return not (len(head) <= 6 and head[-1] in ".)" and head[:-1].isalpha())


def _mark_printed_lines(paragraphs: list[_Paragraph]) -> None:
    """Mark the paragraphs that are the printed lines of a text: a text copied from a PDF
    or a ``.txt`` into Word, or a ``.txt`` saved as ``.docx``, makes each printed line a
    Word paragraph and each blank line an empty one. Read as paragraphs, every wrapped
    line would start a paragraph; marked, they are handed to the text reader as the
    lines of a copied text, which joins wrapped lines as it does in a ``.txt``.

    A region is a run of unnumbered paragraphs of the body's flow (numbered paragraphs,
    tables, text boxes and the header stand apart), empty ones included. It is printed
    when it holds a wrapped line — a line no longer than a printed line that does not
    end a unit (no final , ; : .), followed directly by a line that goes on in lower
    case or whose first word would not have fitted on it at the text's width (its
    90th-percentile line length, at least :data:`MIN_PRINTED_WIDTH`) — and more lines
    running on to the next than lines too long to be printed lines (over
    :data:`MAX_PRINTED_LINE` characters). Real Word drafts have no wrapped line: their
    paragraphs end units, and where one does not (a masthead line, a heading) it is
    short beside the width their long paragraphs give. ``tests/test_read_docx.py``
    checks both on a sample of the corpus: resolutions written as Word drafts (with
    automatic numbering, or typed labels) keep every paragraph, and printed as text
    then put into Word line by line they read as the text does.
    """
    lengths = sorted(
        len(line.rstrip())
        for para in paragraphs
        if _may_be_printed(para)
        for line in para.text.split("\n")
        if line.strip()
    )
    if not lengths:
        return
    width = max(MIN_PRINTED_WIDTH, lengths[min(len(lengths) - 1, len(lengths) * 9 // 10)])
    region: list[_Paragraph] = []
    for para in [*paragraphs, None]:
        if para is not None and _may_be_printed(para):
            region.append(para)
            continue
        if _is_printed(region, width):
            for member in region:
                member.printed = True
        region = []


def _may_be_printed(para: _Paragraph) -> bool:
    """An unnumbered paragraph of the body's flow (a numbered one is a Word paragraph)."""
    return para.flow and not para.listed and not para.label


def _is_printed(region: list[_Paragraph], width: int) -> bool:
    """Whether a region is laid out as printed lines (see :func:`_mark_printed_lines`)."""
    running_on = 0  # lines that do not end a unit, with a line after them
    continued = False  # a line followed by one that goes on in lower case
    too_wide = 0  # lines followed by a word that would not have fitted on them
    for before, after in pairwise(region):
        last = before.text.split("\n")[-1].rstrip()
        following = after.text.split("\n")[0]
        if not last.strip() or not following.strip() or _is_unit_end(last):
            continue
        running_on += 1
        if len(last) > MAX_PRINTED_LINE:
            continue  # a paragraph, not a line: no page wraps that wide
        if _starts_continuation(following):
            continued = True
        elif len(last) + 1 + len(following.split()[0]) > _WRAP_FIT * width:
            too_wide += 1
    # One line the next word would not have fitted on is no wrap by itself: on a few
    # lines the width is the longest line's own, which any word would overflow (two
    # Word paragraphs that end no unit, "7Bearing in m x x ... of" / "Reaffirming ...",
    # were read as one wrapped recital; fuzz --seed 1964, input 708777).
    if not continued and too_wide < 2:
        return False
    unprintable = sum(
        1
        for para in region
        for line in para.text.split("\n")
        if len(line.rstrip()) > MAX_PRINTED_LINE
    )
    return running_on > unprintable
