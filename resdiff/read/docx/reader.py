"""The walk: a Word document's paragraphs in reading order, in one version.

:class:`_Reader` walks the body in reading order (paragraphs, tables' paragraphs, text
boxes, content controls, the first-page header), keeping one version of the tracked
changes (:mod:`.revisions`), reads each paragraph's runs (:mod:`.runs`), joins the
paragraphs whose mark that version removes, and labels the paragraphs the way Word
numbers them (:mod:`.labels`, :mod:`.numbering`). It skips a resdiff report's own matter,
reads a table a lead-in announces as a list, counts comments, and gives footnotes and
endnotes as paragraphs at the end (:mod:`.notes`). Its other layers: the parts it reads
(:mod:`.parts`), who made the tracked changes (:mod:`.authors`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...errors import ResolutionParseError
from ...limits import DEFAULT_MAX_DOCX_PARAGRAPHS
from ...model import REPORT_ALIAS, REPORT_TAG, ParseWarning, TrackedVersion
from ..text.patterns import _FORMULA
from .authors import _Authors
from .labels import _Labels
from .notes import _Notes
from .numbering import _Numbering, _Styles
from .package import (
    _MC,
    _W,
    _W_STRICT,
    _local,
    _namespace,
    _Package,
    _raise_it,
    _Xml,
)
from .paragraphs import _Paragraph, _Physical, row_text
from .printed import _mark_printed_lines
from .report import _REPORT_FORMULA_STYLE, _REPORT_MATTER_STYLES, _REPORT_TABLE_STYLES
from .revisions import _DROPPED, _join
from .runs import _MOVE_RANGES, MAX_DEPTH, _alternative, _Fields, _Moves
from .versions_pick import RowPick, picked_rows

#: Most paragraph elements read from one document by default, empty ones and those in
#: tables, text boxes and notes included (:attr:`Limits.max_docx_paragraphs`).
MAX_PARAGRAPH_ELEMENTS = DEFAULT_MAX_DOCX_PARAGRAPHS
#: Elements that may wrap the rows of a table (a content control and its content, custom
#: XML).
_ROW_WRAPPERS = frozenset({"sdt", "sdtContent", "customXml"})

#: What ends a paragraph or a clause of one, before a paragraph mark (see
#: _warn_of_joined_ends), and how many joined paragraphs a warning lists.
_ENDS_A_PARAGRAPH = frozenset(",;:.")
_LISTED_JOINS = 5

#: Block elements read elsewhere or not at all, never as unknown ones: section
#: properties (their headers are read as parts) and an embedded document (warned of).
_NO_TEXT_BLOCKS = frozenset({"sectPr", "altChunk"})

# Block elements whose children are blocks (content controls, custom XML).
_BLOCK_CONTAINERS = frozenset(
    {"sdtContent", "customXml", "ins", "del", "moveFrom", "moveTo", "txbxContent"}
)


class _Reader(_Notes, _Labels, _Authors):
    """Walks the document in reading order and gives its paragraphs in one version."""

    def __init__(
        self,
        package: _Package,
        version: TrackedVersion,
        *,
        root: Any | None = None,
        pick: dict[Any, list[RowPick]] | None = None,
    ) -> None:
        self.package = package
        self.version: TrackedVersion = version
        self.path = package.path
        #: The comparison tables whose one version is read (see :mod:`.versions`): for
        #: each table element, what each of its rows gives that version.
        self.pick = pick
        root = root if root is not None else package.xml(package.main)
        if root is None:  # pragma: no cover - _main_part checked it exists
            raise ResolutionParseError(f"{package.main} is missing", path=self.path)
        self.root = root
        ns = _namespace(self.root)
        if ns not in (_W, _W_STRICT) or _local(self.root) != "document":
            raise ResolutionParseError(
                f"{package.main}: not a WordprocessingML document (root element "
                f"{_local(self.root) or '?'})",
                path=self.path,
            )
        self.x = _Xml(ns)
        self.rels = package.relationships(package.main)
        self.styles = _Styles(self._related_root("/styles"), self.x)
        self.numbering = _Numbering(self._related_root("/numbering"), self.styles, self.x)
        self.dropped = {self.x.q(name) for name in _DROPPED[version]}
        self.warnings: list[ParseWarning] = []
        self.comments = 0
        self._comment_ids: set[str] = set()
        #: The text of runs formatted hidden (w:vanish), left out of the draft.
        self._hidden: list[str] = []
        #: The text of runs struck through (w:strike, w:dstrike): a deletion marked by
        #: hand, left out of the accepted version as a tracked deletion is.
        self._struck: list[str] = []
        self._counter = 0
        self._report_paragraphs = 0
        #: A report control was just skipped at the body's top level: what LibreOffice
        #: cut off from it may follow (see :meth:`_cut_off_report_matter`).
        self._after_report = False
        #: The text of the last paragraph (or table row read as one) of the body's flow: a
        #: table right after a lead-in ("... the following individuals:") is the list it
        #: announces.
        self._last_flow_text = ""
        #: Whether the enacting formula has been read: only a table of the body (not a
        #: masthead's "Sponsors:" laid out in a table) is a list of rows.
        self._in_body = False
        self._notes_cited = 0
        #: The clause-label runs and bookmarks of the paragraph being read.
        self._label_parts: list[str] = []
        self._bookmarks: list[str] = []
        #: The tracked moves' ranges open, and the moved text of the paragraph read.
        self._moves = _Moves()
        #: The complex fields open (see :class:`_Fields`).
        self._fields = _Fields()
        self._unknown: list[tuple[str, int, bool]] = []
        self._inside_unknown = 0
        self._notes: dict[str, Any] | None = None
        #: The parts read, to look for tracked changes in them.
        self._roots: list[Any] = [self.root]

    # -- the document ----------------------------------------------------------------

    def read(self) -> list[_Paragraph]:
        x = self.x
        body = self.root.find(x.q("body"))
        if body is None:
            raise ResolutionParseError(
                f"{self.package.main}: the document has no body", path=self.path
            )
        physical: list[_Physical] = []
        header = self._first_page_header(body)
        if header is not None:
            self._roots.append(header)
            physical.extend(self._blocks(header, 0, flow=False))
            for p in physical:
                p.index = 1  # the masthead of the first page stands before paragraph 1
                # The masthead is no clause: its tracked changes (a sponsor added) are
                # named in the document's note, not credited to paragraph 1.
                p.authors = ()
            self._counter = 0
        physical.extend(self._blocks(body, 0, flow=True))
        self._warn_of_joined_ends(physical)
        paragraphs = self._number(_join(physical))
        # A resdiff report writes each clause as one Word paragraph, never a printed line:
        # a clause that does not end a unit ("... sale,9") is not wrapped onto the next.
        if not self.is_report:
            _mark_printed_lines(paragraphs)
        paragraphs = self._skip_empty(paragraphs)
        paragraphs.extend(self._note_paragraphs(physical))
        self._count_comments()
        self._hidden_warning()
        self._struck_warning()
        self._field_warning()
        self._unknown_warning()
        return paragraphs

    def _blocks(self, container: Any, depth: int, *, flow: bool) -> Iterator[_Physical]:
        """The paragraphs of a block container (body, cell, text box) in reading order;
        ``flow``: the container is the body's flow (not a table cell or a text box)."""
        if depth > MAX_DEPTH:
            raise ResolutionParseError(
                f"{self.package.main}: tables, text boxes or content controls nested more "
                f"than {MAX_DEPTH} deep",
                path=self.path,
            )
        x = self.x
        for el in container:
            name = _local(el)
            if depth == 0 and self._after_report:
                if self._cut_off_report_matter(el):
                    self._skip_report(el)
                    continue
                self._after_report = name not in ("p", "tbl", "sdt")
            if name == "p":
                for physical in self._paragraph(el, depth, flow):
                    if flow and physical.text.strip():
                        self._last_flow_text = physical.text
                        self._in_body = self._in_body or bool(_FORMULA.match(physical.text))
                    yield physical
            elif name == "tbl" and self.pick is not None and el in self.pick:
                yield from self._picked_table(el, self.pick[el], depth)
            elif (
                name == "tbl"
                and flow
                and self._in_body
                and self._last_flow_text.rstrip().endswith(":")
            ):
                # A table a lead-in announces (the individuals designated, with their
                # titles and dates of listing): each row one item of the list, its cells
                # in one line, so that a row dropped or changed is an item dropped or
                # changed, whichever row it is. (Read cell by cell, the rows became
                # headings and their cells' paragraphs ran into one another.)
                yield from self._table_rows(el, depth)
            elif name == "tbl":
                for row in self._rows_of(el):
                    for cell in self._cells_of(row):
                        yield from self._blocks(cell, depth + 1, flow=False)
            elif name == "sdt":
                if self._is_report_matter(el):
                    self._skip_report(el)
                    self._after_report = depth == 0
                    continue
                content = el.find(x.q("sdtContent"))
                if content is not None:
                    yield from self._blocks(content, depth + 1, flow=flow)
            elif name in _BLOCK_CONTAINERS:
                if el.tag not in self.dropped:
                    yield from self._blocks(el, depth + 1, flow=flow)
            elif name == "AlternateContent" and _namespace(el) == _MC:
                choice = _alternative(el)
                if choice is not None:
                    yield from self._blocks(choice, depth + 1, flow=flow)
            elif name in _MOVE_RANGES:
                # A move's range may open between paragraphs (a paragraph moved whole).
                self._moves.mark(el, name, x)
            elif (
                len(el)
                and name not in _NO_TEXT_BLOCKS
                and self._read_unknown(el, self._counter + 1)
            ):
                # An element this reader does not know around paragraphs: read in place.
                self._inside_unknown += 1
                try:
                    yield from self._blocks(el, depth + 1, flow=flow)
                finally:
                    self._inside_unknown -= 1
            elif name == "altChunk":
                self.warnings.append(
                    ParseWarning(
                        code="docx-embedded",
                        message="an embedded document (altChunk) was not read: open the file "
                        "in Word and save it again to merge it",
                        line=self._counter + 1,
                    )
                )

    def _warn_of_joined_ends(self, physical: list[_Physical]) -> None:
        """Warn where this version joins a paragraph that ends a sentence or a clause
        ("... women and youth,") to one that opens anew ("Noting that ..."): the paragraph
        mark between them is tracked, most often not by the drafter's choice. LibreOffice
        marks as inserted the mark before a whole inserted paragraph, so that rejecting
        the changes runs the two paragraphs around it together. The joining is what the
        file says (Word joins them too); the warning names where to look."""
        joined: list[int] = []
        previous: _Physical | None = None
        for p in physical:
            text = p.text.strip()
            if (
                text
                and previous is not None
                and text[:1].isupper()
                and previous.text.rstrip()[-1:] in _ENDS_A_PARAGRAPH
            ):
                joined.append(p.index)
            if not p.joins_next:
                previous = None
            elif text:
                previous = p
        if joined:
            where = ", ".join(str(n) for n in joined[:_LISTED_JOINS])
            more = f" and {len(joined) - _LISTED_JOINS} more" if len(joined) > _LISTED_JOINS else ""
            self.warnings.append(
                ParseWarning(
                    code="docx-joined-paragraphs",
                    message=f"in the {self.version} version, {len(joined)} "
                    f"paragraph{'s' if len(joined) > 1 else ''} ({where}{more} in the file's "
                    "order) run on from one that ended with punctuation, because the "
                    "paragraph mark between them is tracked (LibreOffice marks so the mark "
                    "before a whole inserted paragraph): check that version",
                    line=joined[0],
                )
            )

    def _is_report_matter(self, sdt: Any) -> bool:
        """A content control holding a resdiff report's own matter: tagged
        :data:`REPORT_TAG`, or named :data:`REPORT_ALIAS` (LibreOffice, saving the report
        again, keeps the alias and drops the tag)."""
        props = self.x.q("sdtPr")
        found = sdt.find(props)
        return found is not None and (
            self.x.val(found, "tag") == REPORT_TAG or self.x.val(found, "alias") == REPORT_ALIAS
        )

    def _cut_off_report_matter(self, el: Any) -> bool:
        """Whether a block following a report control is report matter the control lost:
        LibreOffice, saving a report again, ends a block content control at its first
        table, leaving the rest of the matter (summary and changes tables, their headings,
        the note on accepting changes) after it. That matter is tables and paragraphs in
        the report's own styles (:data:`_REPORT_MATTER_STYLES`, by name: LibreOffice
        renames style ids); the tracked text starts at the first other paragraph."""
        name = _local(el)
        if name == "tbl":
            # Only a table in the report's own cell styles: a table in any other (a list
            # of designated individuals after the lead-in that announces it) is the
            # draft's, whatever control stood before it.
            styles = {self._style_name(p) for p in el.iter(self.x.q("p")) if _has_text(p)}
            return bool(styles) and styles <= _REPORT_TABLE_STYLES
        if name != "p":
            return False
        return self._style_name(el) in _REPORT_MATTER_STYLES

    def _style_name(self, p: Any) -> str:
        """The name (in lower case) of a paragraph's style, "" when it has none."""
        ppr = p.find(self.x.q("pPr"))
        style = self.x.val(ppr, "pStyle") if ppr is not None else None
        return self.styles.names.get(style or "", "")

    @property
    def is_report(self) -> bool:
        """Whether the document is a resdiff Word report (its own matter was skipped)."""
        return self._report_paragraphs > 0

    @property
    def opens_with_formula(self) -> bool:
        """Whether the document holds a paragraph in the style a resdiff report writes
        the enacting formula in (by name, as LibreOffice renames style ids)."""
        return any(
            self._style_name(p) == _REPORT_FORMULA_STYLE for p in self.root.iter(self.x.q("p"))
        )

    def _skip_report(self, el: Any) -> None:
        """A resdiff report's own matter (its title, summary and tables) is not the draft:
        skipped, and said once per document, with the count, on its first paragraph."""
        first = self._counter + 1
        skipped = len(list(el.iter(self.x.q("p"))))
        self._counter += skipped
        self._report_paragraphs += skipped
        message = (
            f"a resdiff Word report: its own matter ({self._report_paragraphs} paragraphs: "
            "title, summary, tables, headings, notes) was skipped; only its tracked text "
            "is read"
        )
        for k, warning in enumerate(self.warnings):
            if warning.code == "docx-report":
                self.warnings[k] = warning.model_copy(update={"message": message})
                return
        self.warnings.append(ParseWarning(code="docx-report", message=message, line=first))

    def _paragraph(self, p: Any, depth: int, flow: bool) -> Iterator[_Physical]:
        x = self.x
        self._counter += 1
        if self._counter > self.package.limits.max_docx_paragraphs:
            # Empty paragraphs are no clauses, so the draft's paragraph limit never sees
            # them: a few megabytes of "<w:p/>" cost gigabytes before this.
            raise ResolutionParseError(
                f"{self.package.main}: more than {self.package.limits.max_docx_paragraphs:,} "
                "paragraphs, empty ones included (a printed resolution has a few hundred; "
                f"{_raise_it('max_docx_paragraphs')})",
                path=self.path,
            )
        index = self._counter
        ppr = p.find(x.q("pPr"))
        mark = ppr.find(x.q("rPr")) if ppr is not None else None
        joins = mark is not None and any(m.tag in self.dropped for m in mark)
        unnumbered = False
        change = ppr.find(x.q("pPrChange")) if ppr is not None else None
        was = change.find(x.q("pPr")) if change is not None else None
        if was is not None:
            # The number a tracked change took off (read accepted) or put on (read
            # original): the version read has a paragraph of its own without a number.
            other, read = (ppr, was) if self.version == "original" else (was, ppr)
            unnumbered = self._numbered(other) and not self._numbered(read)
        if self.version == "original" and change is not None:
            ppr = was
        parts: list[str] = []
        boxes: list[Any] = []
        notes: list[tuple[str, str, str]] = []
        self._label_parts = []
        self._bookmarks = []
        self._moves.start_paragraph()
        self._fields.start_paragraph()
        self._inline(p, parts, boxes, notes, depth)
        text, label = "".join(parts), "".join(self._label_parts)
        move = self._moves.whole(text)
        body = text[len(label) :] if text.startswith(label) else None
        yield _Physical(
            index,
            text,
            joins,
            ppr,
            notes,
            flow,
            label,
            tuple(self._bookmarks),
            body,
            authors=self._authors_in(p),
            move=move,
            unnumbered=unnumbered,
        )
        for box in boxes:
            yield from self._blocks(box, depth + 1, flow=False)

    def _numbered(self, ppr: Any) -> bool:
        """Whether paragraph properties number the paragraph themselves (a ``w:numPr``
        naming a list; ``numId`` 0 takes a style's numbering off)."""
        num = ppr.find(self.x.q("numPr"))
        return num is not None and self.x.val(num, "numId") not in (None, "0")

    def _rows_of(self, table: Any) -> Iterator[Any]:
        """The rows of ``table`` in the version read: not those of the tables nested in
        its cells (read with their cell), nor a row inserted or deleted as a tracked
        change that this version drops."""
        x = self.x
        # The table's own rows only, found among its children and inside the row-level
        # containers that may wrap them (content controls, custom XML): never by a
        # search of the whole subtree, which walks every nested table's rows again at
        # each level (time growing with rows × depth on tables nested in cells).
        pending: list[Iterator[Any]] = [iter(table)]
        while pending:
            row = next(pending[-1], None)
            if row is None:
                pending.pop()
                continue
            if _local(row) in _ROW_WRAPPERS:
                pending.append(iter(row))
                continue
            if row.tag != x.q("tr"):
                continue
            marks = row.find(x.q("trPr"))
            if marks is not None and any(m.tag in self.dropped for m in marks):
                continue
            yield row

    def _cells_of(self, row: Any) -> Iterator[Any]:
        """The cells of a row, those inside content controls too."""
        # Walked as the rows are (see _rows_of): a search of a wrapper's subtree would
        # also find the cells of a table nested in the wrapped cell, read twice.
        pending: list[Iterator[Any]] = [iter(row)]
        while pending:
            cell = next(pending[-1], None)
            if cell is None:
                pending.pop()
            elif _local(cell) == "tc":
                yield cell
            elif _local(cell) in _ROW_WRAPPERS:
                pending.append(iter(cell))

    def _picked_table(self, table: Any, rows: list[RowPick], depth: int) -> Iterator[_Physical]:
        """One version of a comparison table: the cells ``rows`` give it, read as the
        body's paragraphs, the others' paragraphs counted (so that paragraph numbers stay
        the document's) and not read (see :func:`picked_rows`)."""

        def read(cell: Any) -> list[_Physical]:
            return list(self._blocks(cell, depth + 1, flow=True))

        def skip(count: int) -> None:
            self._counter += count

        def numbered(p: _Physical) -> bool:
            return p.ppr is not None and self._numbered(p.ppr)

        yield from picked_rows(
            list(self._rows_of(table)), rows, self._cells_of, read, skip, numbered
        )

    def _table_rows(self, table: Any, depth: int) -> Iterator[_Physical]:
        """The rows of a table in the body's flow, each one paragraph: its cells' text
        joined by " – " (the paragraphs of one cell by a space), at the paragraph number
        of its first cell."""
        for row in self._rows_of(table):
            cells = [
                list(self._blocks(cell, depth + 1, flow=False)) for cell in self._cells_of(row)
            ]
            parts = [p for cell in cells for p in cell]
            if not parts:
                continue
            # Labelled with Word's numbers once the paragraphs before are (see _number).
            text = row_text([[("", p.text) for p in cell] for cell in cells])
            notes = [n for p in parts for n in p.notes]
            # A bullet makes each row an item of the list, as a bulleted list is read.
            authors = tuple(dict.fromkeys(a for p in parts for a in p.authors))
            yield _Physical(
                parts[0].index,
                text,
                False,
                None,
                notes,
                False,
                authors=authors,
                cells=tuple(tuple(cell) for cell in cells),
            )
            self._last_flow_text = text.split(" ", 1)[-1]


def _has_text(p: Any) -> bool:
    """Whether a paragraph holds any text (its ``w:t`` or ``w:delText``)."""
    return any((t.text or "").strip() for t in p.iter() if _local(t) in ("t", "delText"))
