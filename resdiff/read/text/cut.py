"""The paragraph splitter's state: what the reading of the body into units has found so
far, which each of its steps (:mod:`.paragraphs`, :mod:`.numbered`, :mod:`.unlabelled`)
reads and moves on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...model import RemovedText
from .lines import _Line
from .units import _Unit


@dataclass(slots=True)
class _Cut:
    """The body being cut into units: its lines and how to read them, the units cut so
    far, and what the lines read so far leave for the next (the count, the last line, a
    label waiting for its text, the memos of tests by the lines' texts)."""

    lines: list[_Line]
    markdown: bool
    #: The text taken out before the body (the rules above the notes are found there).
    removed: list[RemovedText]
    nested_by_indent: bool
    #: The lines above the body, which may cite a note below ("Cuba:* draft resolution").
    masthead: Sequence[str]
    units: list[_Unit] = field(default_factory=list)
    #: The operative number the count expects next.
    expected: int = 1
    blank_before: bool = True
    prev: _Line | None = None
    page_break: bool = False
    in_operative: bool = False
    op_indent: int | None = None
    #: A label printed alone on its line ("1." then the text): the text that follows,
    #: even after a blank line, belongs to it.
    awaiting_text: bool = False
    #: The last sub-paragraph label seen at each indent, within the current paragraph.
    sub_labels: dict[int, str] = field(default_factory=dict)
    #: The indent of paragraphs quoted under a lead-in, while they go on.
    quote_indent: int | None = None
    #: Whether every operative number of a Markdown text so far is "1." (a list Markdown
    #: numbers itself).
    only_ones: bool = True
    #: Whether a part's label came since the last operative number.
    part_opened: bool = False
    #: The last part's label read on a line of its own ("B"), if any.
    last_part: str | None = None
    #: The rules above the notes and the asterisk marks the masthead cites, found when a
    #: line first opens with "*".
    rules: list[int] | None = None
    stars: frozenset[int] | None = None
    #: The lines of a run of headings found below a paragraph (see _heading_run):
    #: whether each opens a heading or goes on with the one above.
    headed: dict[int, bool] = field(default_factory=dict)
    #: The marks cited, found the first time a block may be a footnote: a text of
    #: one-line items has none, and each of its lines was searched for marks (1 µs a
    #: line).
    cited: set[int] | None = None
    #: Whether a paragraph number without its full stop ("1 Decides ...") was read: the
    #: count, once so begun, goes on at any capital (see _bare_op).
    bare_count: bool = False
    #: Whether a line in lower case goes on with the line above (the fast path), by the
    #: two lines' texts; the same for an item "- x".
    wrapping: dict[tuple[str, str], bool] = field(default_factory=dict)
    bulleted: dict[tuple[str, str], bool] = field(default_factory=dict)
    #: Whether a paragraph of one line reads on over a page break, by its text.
    long_lines: dict[str, bool] = field(default_factory=dict)
    #: Whether blank lines part this text's recitals (see :func:`.paragraphs._parted`):
    #: a recital's opener after a comma with no blank line before it is then a wrapped
    #: line ("... and EUCAP Somalia," / "Combined Maritime Forces' ...").
    parted: bool = False

    def took(self, line: _Line, *, blank_before: bool = False) -> None:
        """``line`` read: it is the line before the next, and no page breaks between."""
        self.blank_before, self.prev, self.page_break = blank_before, line, False

    def add(
        self,
        line: _Line,
        kind: str = "para",
        label: str | None = None,
        *,
        title: bool = False,
        wrap_up: bool = False,
        blank_before: bool = False,
    ) -> None:
        """``line`` a unit of its own, with no label written in its text (a heading, a
        recital, a note under its mark), and taken (``blank_before``: as if a blank line
        followed it)."""
        self.units.append(
            _Unit([line], kind, label, indent=line.indent, title=title, wrap_up=wrap_up)
        )
        self.took(line, blank_before=blank_before)

    def labelled(
        self, line: _Line, rest: str | None, kind: str, label: str, number: int | None
    ) -> None:
        """A unit opened by ``label``, its text ``rest`` on the same line (``None``:
        the label stands alone, its text is below)."""
        self.units.append(
            _Unit([_Line(line.no, rest or "", line.indent)], kind, label, number, line.indent)
        )
        self.awaiting_text = rest is None
