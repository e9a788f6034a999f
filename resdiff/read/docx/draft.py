"""The draft: the paragraphs read as text, and its line numbers mapped back to Word's.

:func:`_as_text` writes the paragraphs as plain-text lines (label, text, a blank line
between paragraphs) for :func:`resdiff.read.text.parse_text`, so that the structure rules
stay in one place; :func:`_renumber_lines` maps the line numbers of the result (spans,
warnings, footnotes) back to paragraph numbers of the Word document, and
:func:`_with_reader_warnings` adds the Word reader's own warnings.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import Clause, Draft, ParseWarning, Span, TrackedVersion
from ..text import parse_text
from .paragraphs import _Paragraph
from .reader import _Reader

#: The code of the warning that a Word file holds no tracked changes, given when its
#: original version is read (that version is then the only one): ``resdiff compare``
#: with one Word file tells its user to give two drafts.
UNTRACKED_WARNING = "docx-untracked"
#: The code of the note that names who made a Word file's tracked changes, and which
#: version of them was read.
TRACKED_WARNING = "docx-tracked-changes"
#: The code of the warning that tracked formatting changes moved paragraphs to another
#: list level, numbering or style (a sub-paragraph promoted, a paragraph made a list
#: item): they change the structure read, as word changes change its text.
TRACKED_LAYOUT_WARNING = "docx-tracked-layout"
#: How many authors of tracked changes the note names before it says "and N more".
_LISTED_AUTHORS = 8


def _with_reader_warnings(draft: Draft, reader: _Reader, version: TrackedVersion) -> Draft:
    """The draft with the Word reader's own warnings (report matter skipped, no tracked
    changes in an original version, comments), in paragraph order."""
    warnings = list(draft.warnings) + reader.warnings
    if version == "original" and not reader.tracked_changes() and not reader.struck_text():
        warnings.append(
            ParseWarning(
                code=UNTRACKED_WARNING,
                message="the document holds no tracked changes: its original version is "
                "the same as its accepted version",
            )
        )
    authors = reader.tracked_authors()
    if authors:
        read = (
            "read with every change accepted (--version original reads them rejected)"
            if version == "accepted"
            else "read with every change rejected, the original"
        )
        shown = _listed([a.describe() for a in authors], "; ")
        warnings.append(
            ParseWarning(
                code=TRACKED_WARNING,
                message=f"tracked changes to the words by {len(authors)} author"
                f"{'s' if len(authors) != 1 else ''}, {read}: {shown}",
            )
        )
    layout = reader.tracked_layout()
    if layout:
        total = sum(layout.values())
        who = _listed([f"{name} ({n})" for name, n in layout.items()], ", ")
        read = (
            "read as changed (--version original reads them as they were)"
            if version == "accepted"
            else "read as they were, the original"
        )
        warnings.append(
            ParseWarning(
                code=TRACKED_LAYOUT_WARNING,
                message=f"tracked changes to the list level, numbering or style of {total} "
                f"paragraph{'s' if total != 1 else ''}, {read}: {who}",
            )
        )
    if reader.comments:
        count = reader.comments
        warnings.append(
            ParseWarning(
                code="docx-comments",
                message=f"{count} comment{'s' if count != 1 else ''} ignored: Word comments "
                "are not part of the text",
            )
        )
    warnings.sort(key=lambda w: w.line or 0)
    return draft.model_copy(update={"warnings": tuple(warnings)})


#: The enacting formula put before a report's tracked text that has none (see
#: :func:`_parse_as_text`); any formula does, as the text reader reads no more from it.
_REPORT_FORMULA = "The Security Council,"


def _parse_as_text(
    text: str,
    path: str | None,
    *,
    report: bool,
    formula: bool,
    own: frozenset[int] = frozenset(),
) -> Draft:
    """The draft the text reader reads from the paragraphs' text.

    A resdiff Word report's tracked text is clauses only, after the enacting formula
    when the report writes one (``formula``): its drafts' mastheads are not in it. Read
    as it stands, a first clause that looks like a masthead line (a document symbol,
    "S/2021/123") or like the formula ("The Security Council,") would be taken for one;
    so a report without the formula is read after one, which is then forgotten (the
    caller counts its line).
    """
    if not report or formula:
        return parse_text(
            text, path=path, nested_by_indent=True, line_numbers=False, own_paragraphs=own
        )
    draft = parse_text(
        f"{_REPORT_FORMULA}\n{text}",
        path=path,
        nested_by_indent=True,
        line_numbers=False,
        own_paragraphs=frozenset(n + 1 for n in own),  # a line below the formula put first
    )
    return draft.model_copy(update={"enacting_formula": None, "organ": None})


def _as_text(paragraphs: list[_Paragraph], own: set[int] | None = None) -> tuple[str, list[int]]:
    """The paragraphs as plain text for the text reader, one block of lines each with a
    blank line after it, and the paragraph number of every line. List paragraphs are
    indented by level, as printed, so that nested bullet lists stay apart. A printed
    line (:func:`_mark_printed_lines`) is one line as it stands, spaces kept, with no
    blank line after it: an empty paragraph among them is the blank line. ``own``, when
    given, receives the line number of each paragraph whose number a tracked change took
    off (:attr:`_Paragraph.unnumbered`): the text reader's hint that it is a paragraph of
    its own."""
    lines: list[str] = []
    where: list[int] = []
    for para in paragraphs:
        if para.printed:
            for piece in para.text.split("\n"):
                lines.append(piece.rstrip())
                where.append(para.index)
            continue
        if lines and lines[-1]:
            lines.append("")  # the end of a run of printed lines
            where.append(where[-1])
        pieces = [" ".join(piece.split()) for piece in para.text.split("\n")]
        pieces = [piece for piece in pieces if piece] or [""]
        if own is not None and para.unnumbered:
            own.add(len(lines) + 1)
        indent = "    " * para.level if para.listed else ""
        first = f"{para.label} {pieces[0]}" if para.label else pieces[0]
        for piece in [first, *pieces[1:]]:
            lines.append(f"{indent}{piece}")
            where.append(para.index)
        lines.append("")
        where.append(para.index)
    return "\n".join(lines) + "\n", where


def _paragraph_of(where: list[int], line: int | None) -> int:
    if not where:
        return 1
    if line is None or line < 1:
        return where[0]
    return where[min(line, len(where)) - 1]


def _span(span: Span | None, where: list[int]) -> Span | None:
    if span is None:
        return None
    first = _paragraph_of(where, span.first_line)
    last = max(first, _paragraph_of(where, span.last_line))
    return Span(first_line=first, last_line=last)


def _clause(clause: Clause, where: list[int]) -> Clause:
    return clause.model_copy(
        update={
            "span": _span(clause.span, where),
            "children": tuple(_clause(child, where) for child in clause.children),
        }
    )


def _with_tracked_authors(draft: Draft, authors: dict[int, tuple[str, ...]]) -> Draft:
    """The draft with each clause naming who made the tracked changes in its own words:
    the authors of the Word paragraphs its own lines came from (its span, up to its first
    sub-paragraph's), in order of first appearance."""
    if not authors:
        return draft

    def own(clause: Clause) -> dict[str, object]:
        names: dict[str, None] = {}
        for number in _own_lines(clause):
            for name in authors.get(number, ()):
                names[name] = None
        return {"tracked_by": tuple(names)}

    return _marked(draft, own)


def _with_tracked_moves(draft: Draft, moves: dict[int, str]) -> Draft:
    """The draft with each clause whose own Word paragraphs (its span, up to its first
    sub-paragraph's) a tracked move holds whole naming that move (:attr:`Clause.moved_as`):
    the aligner pairs the clause at its old place with the one at its new place by that
    name, as Word shows the move."""
    if not moves:
        return draft

    def own(clause: Clause) -> dict[str, object]:
        names = {moves.get(number) for number in _own_lines(clause)}
        return {"moved_as": names.pop() if len(names) == 1 else None}

    return _marked(draft, own)


def _own_lines(clause: Clause) -> range:
    """The Word paragraphs of a clause's own words: its span, up to its first
    sub-paragraph's (none without a span)."""
    if clause.span is None:
        return range(0)
    last = clause.span.last_line
    firsts = [c.span.first_line for c in clause.children if c.span is not None]
    if firsts:
        last = min(last, min(firsts) - 1)
    return range(clause.span.first_line, last + 1)


def _marked(draft: Draft, update: Callable[[Clause], dict[str, object]]) -> Draft:
    """The draft with every clause, at every level, updated with what ``update`` gives."""

    def mark(clause: Clause) -> Clause:
        return clause.model_copy(
            update={**update(clause), "children": tuple(mark(c) for c in clause.children)}
        )

    return draft.model_copy(
        update={
            "preamble": tuple(mark(c) for c in draft.preamble),
            "operative": tuple(mark(c) for c in draft.operative),
        }
    )


def _renumber_lines(draft: Draft, where: list[int]) -> Draft:
    """The draft with every line number of the generated text turned into the number of
    the Word paragraph it came from."""

    def line(no: int | None) -> int | None:
        return None if no is None else _paragraph_of(where, no)

    return draft.model_copy(
        update={
            "preamble": tuple(_clause(c, where) for c in draft.preamble),
            "operative": tuple(_clause(c, where) for c in draft.operative),
            "headings": tuple(
                h.model_copy(update={"span": _span(h.span, where)}) for h in draft.headings
            ),
            "annexes": tuple(
                a.model_copy(update={"span": _span(a.span, where)}) for a in draft.annexes
            ),
            "footnotes": tuple(
                f.model_copy(update={"line": line(f.line)}) for f in draft.footnotes
            ),
            "warnings": tuple(
                w.model_copy(update={"line": line(w.line), "column": None}) for w in draft.warnings
            ),
            "furniture": tuple(
                r.model_copy(update={"line": _paragraph_of(where, r.line)}) for r in draft.furniture
            ),
        }
    )


def _listed(authors: list[str], separator: str) -> str:
    """The first :data:`_LISTED_AUTHORS` of ``authors`` joined, and how many more: a
    file of a hundred authors makes no warning of a hundred names."""
    shown = separator.join(authors[:_LISTED_AUTHORS])
    more = len(authors) - _LISTED_AUTHORS
    if more > 0:
        shown += f"{separator}and {more} more author{'s' if more != 1 else ''}"
    return shown
