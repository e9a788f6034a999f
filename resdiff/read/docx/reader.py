"""The walk: a Word document's paragraphs in reading order, in one version.

:class:`_Reader` walks the body in reading order (paragraphs, tables' paragraphs, text
boxes, content controls, the first-page header), keeping one version of the tracked
changes (:mod:`.revisions`), reads each paragraph's runs (text, tabs, breaks, symbols,
footnote and endnote marks), joins the paragraphs whose mark that version removes, and
labels the paragraphs the way Word numbers them (:mod:`.numbering`). It skips a resdiff
report's own matter, counts comments, and gives footnotes and endnotes as paragraphs at
the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...errors import ResolutionParseError
from ...limits import DEFAULT_MAX_DOCX_PARAGRAPHS
from ...model import REPORT_ALIAS, REPORT_TAG, ParseWarning, TrackedVersion
from ..text.patterns import _FORMULA
from .numbering import (
    _clamp_level,
    _ilvl_child,
    _legacy_label,
    _Numbering,
    _Styles,
    format_number,
)
from .package import (
    _MATH,
    _MC,
    _R,
    _R_STRICT,
    _W,
    _W_STRICT,
    _local,
    _namespace,
    _on,
    _Package,
    _raise_it,
    _Xml,
)
from .paragraphs import _Paragraph, _Physical
from .printed import _mark_printed_lines
from .report import _REPORT_FORMULA_STYLE, _REPORT_MATTER_STYLES, _REPORT_TABLE_STYLES
from .revisions import _DROPPED, _TRACKED, _join

#: Deepest nesting of tables, text boxes and inline containers followed.
MAX_DEPTH = 64
#: Most paragraph elements read from one document by default, empty ones and those in
#: tables, text boxes and notes included (:attr:`Limits.max_docx_paragraphs`).
MAX_PARAGRAPH_ELEMENTS = DEFAULT_MAX_DOCX_PARAGRAPHS
#: The label of a row of a table read as a list (see :meth:`_Reader._table_rows`).
_ROW_BULLET = "•"
#: A first cell that is a label: "(a)", "1.", "a.", "(iv)".
_ROW_LABEL = re.compile(r"\((?:[a-z]{1,4}|\d{1,3})\)|\d{1,3}\.|[a-z]\.")
#: A note whose mark the document prints itself (``w:customMarkFollows``), until the
#: text after its reference gives the mark.
#: Elements that may wrap the rows of a table (a content control and its content, custom
#: XML).
_ROW_WRAPPERS = frozenset({"sdt", "sdtContent", "customXml"})

#: What ends a paragraph or a clause of one, before a paragraph mark (see
#: _warn_of_joined_ends), and how many joined paragraphs a warning lists.
_ENDS_A_PARAGRAPH = frozenset(",;:.")
_LISTED_JOINS = 5

_CUSTOM_MARK = "\0custom"
#: Most characters of a custom mark kept ("*", "**", "†").
_CUSTOM_MARK_CHARS = 3
#: The number format of a footnote or endnote mark in Word's default settings.
_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}
#: How many paragraph numbers a warning lists before it says "and N more".
_LISTED_LINES = 10

# Inline elements whose children are read in place (hyperlinks, fields, content controls).
_INLINE_CONTAINERS = frozenset(
    {"hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "ins", "del"}
    | {"moveFrom", "moveTo", "sdtContent"}
)
# Block elements whose children are blocks (content controls, custom XML).
_BLOCK_CONTAINERS = frozenset(
    {"sdtContent", "customXml", "ins", "del", "moveFrom", "moveTo", "txbxContent"}
)


class TrackedAuthor:
    """One author's tracked changes: how many insertions, deletions and moves, and the
    words in each."""

    __slots__ = ("counts", "name", "words")

    def __init__(self, name: str) -> None:
        self.name = name
        self.counts = {"ins": 0, "del": 0, "move": 0}
        self.words = {"ins": 0, "del": 0, "move": 0}

    def add(self, kind: str, words: int) -> None:
        """Count one change of ``kind`` (``ins``, ``del``, ``move``) of ``words`` words."""
        self.counts[kind] += 1
        self.words[kind] += words

    def describe(self) -> str:
        """``China: 2 insertions (14 words), 1 deletion (3 words)``."""
        names = {"ins": "insertion", "del": "deletion", "move": "move"}
        parts = []
        for kind, noun in names.items():
            n, w = self.counts[kind], self.words[kind]
            if n:
                parts.append(f"{n} {noun}{'s' if n != 1 else ''} ({w} word{'s' if w != 1 else ''})")
        return f"{self.name}: {', '.join(parts)}"


#: The code of the warning that a Word file holds struck-through text.
STRUCK_WARNING = "docx-struck-text"


class _Reader:
    """Walks the document in reading order and gives its paragraphs in one version."""

    def __init__(self, package: _Package, version: TrackedVersion) -> None:
        self.package = package
        self.version: TrackedVersion = version
        self.path = package.path
        root = package.xml(package.main)
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
        self._note_numbers = {"footnote": 0, "endnote": 0}
        #: The clause-label runs and bookmarks of the paragraph being read.
        self._label_parts: list[str] = []
        self._bookmarks: list[str] = []
        self._notes: dict[str, Any] | None = None
        #: The parts read, to look for tracked changes in them.
        self._roots: list[Any] = [self.root]

    # -- parts ---------------------------------------------------------------------

    def _related(self, suffix: str) -> str | None:
        """The part the main document relates to by type (``/styles``, ``/numbering``),
        else the part of the usual name (``word/styles.xml``)."""
        for rel_type, target in self.rels.values():
            if rel_type.endswith(suffix) and self.package.has(target):
                return target
        usual = f"word{suffix}.xml"
        return usual if self.package.has(usual) else None

    def _related_root(self, suffix: str) -> Any | None:
        part = self._related(suffix)
        if part is None:
            return None
        return self.package.xml(part)

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
        return paragraphs

    def _hidden_warning(self) -> None:
        """One warning for the hidden runs left out, with the first one's words."""
        self._runs_warning(
            "docx-hidden-text", self._hidden, "hidden text left out (Word does not print them)"
        )

    def _struck_warning(self) -> None:
        """One warning for the struck-through runs, with the first one's words."""
        how = (
            "left out as deleted words"
            if self.version == "accepted"
            else "kept, as in the original of a tracked deletion"
        )
        self._runs_warning(
            STRUCK_WARNING,
            self._struck,
            f"struck-through text {how} (read the other version with --version)",
        )

    def _runs_warning(self, code: str, runs: list[str], what: str) -> None:
        """One warning for the runs of one kind set aside: how many, what was done with
        them, the first one's words."""
        runs = [r for r in runs if r.strip()]
        if not runs:
            return
        first = " ".join(runs[0].split())
        shown = first if len(first) <= 60 else first[:59] + "…"
        self.warnings.append(
            ParseWarning(code=code, message=f"{len(runs)} run(s) of {what}, the first: “{shown}”")
        )

    def struck_text(self) -> bool:
        """Whether the parts read hold struck-through text (a deletion marked by hand)."""
        return any(h.strip() for h in self._struck)

    def tracked_changes(self) -> bool:
        """Whether the parts read hold tracked changes: text inserted, deleted or moved,
        a paragraph mark or table row or cell inserted or deleted, numbering or paragraph
        properties changed (the changes that make the two versions differ)."""
        names = [self.x.q(name) for name in _TRACKED]
        return any(next(root.iter(*names), None) is not None for root in self._roots)

    def _authors_in(self, p: Any) -> tuple[str, ...]:
        """Who made the tracked changes to the words of the paragraph ``p`` (insertions,
        deletions, moves), in order of first appearance; a paragraph mark inserted or
        deleted carries no words and names no one here (the words around it do)."""
        x = self.x
        kinds = (x.q("ins"), x.q("del"), x.q("moveTo"), x.q("moveFrom"))
        words_in = (x.q("t"), x.q("delText"))
        box = x.q("txbxContent")
        found: dict[str, None] = {}
        for el in p.iter(*kinds):
            if not any((t.text or "").strip() for t in el.iter(*words_in)):
                continue
            if any(a.tag == box for a in el.iterancestors(box)):
                # A text box anchored here is read as paragraphs of its own.
                continue
            found[self._author_of(el)] = None
        return tuple(found)

    def _author_of(self, change: Any) -> str:
        """The author a tracked change names, spaces folded; "an unnamed author" for a
        change with none (a tool that writes none) or only blanks."""
        return " ".join(str(change.get(self.x.q("author")) or "").split()) or "an unnamed author"

    def tracked_authors(self) -> list[TrackedAuthor]:
        """Who made the tracked changes of the text, in order of first appearance: each
        author's insertions, deletions and moves and the words they hold. A change with
        no author (a tool that writes none) is filed under "an unnamed author"; a change
        of a paragraph mark, of numbering or of paragraph properties carries no words and
        is not counted."""
        x = self.x
        kinds = {x.q("ins"): "ins", x.q("del"): "del", x.q("moveTo"): "move"}
        words_in = (x.q("t"), x.q("delText"))
        mark = x.q("rPr")
        authors: dict[str, TrackedAuthor] = {}
        for root in self._roots:
            # A paragraph mark inserted or deleted (w:rPr/w:ins): no words.
            marks = {c for rpr in root.iter(mark) for c in rpr if c.tag in kinds}
            for el in root.iter(*kinds):
                if el in marks:
                    continue
                words = sum(len((t.text or "").split()) for t in el.iter(*words_in))
                if not words:
                    continue
                who = self._author_of(el)
                entry = authors.setdefault(who, TrackedAuthor(who))
                entry.add(kinds[el.tag], words)
        return list(authors.values())

    def _first_page_header(self, body: Any) -> Any | None:
        """The first page's own header, where UN templates print the masthead (running
        headers on the other pages are page furniture)."""
        x = self.x
        sect = next(iter(body.iter(x.q("sectPr"))), None)
        if sect is None or sect.find(x.q("titlePg")) is None:
            return None
        if not _on(x.val(sect, "titlePg")):
            return None
        for ref in sect.iter(x.q("headerReference")):
            if x.val(ref, attr="type") != "first":
                continue
            rid = ref.get(f"{{{_R}}}id") or ref.get(f"{{{_R_STRICT}}}id")
            target = self.rels.get(str(rid or ""))
            if target is None:
                return None
            return self.package.xml(target[1])
        return None

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
        if self.version == "original" and ppr is not None:
            change = ppr.find(x.q("pPrChange"))
            if change is not None:
                ppr = change.find(x.q("pPr"))
        parts: list[str] = []
        boxes: list[Any] = []
        notes: list[tuple[str, str, str]] = []
        self._label_parts = []
        self._bookmarks = []
        self._inline(p, parts, boxes, notes, depth)
        text, label = "".join(parts), "".join(self._label_parts)
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
        )
        for box in boxes:
            yield from self._blocks(box, depth + 1, flow=False)

    def _inline(
        self,
        el: Any,
        parts: list[str],
        boxes: list[Any],
        notes: list[tuple[str, str, str]],
        depth: int,
    ) -> None:
        """The text of a paragraph's runs, in the version read."""
        if depth > MAX_DEPTH:
            raise ResolutionParseError(
                f"{self.package.main}: inline elements nested more than {MAX_DEPTH} deep",
                path=self.path,
            )
        for child in el:
            if child.tag in self.dropped:
                # A bookmark is no tracked text: LibreOffice, saving a report again, puts
                # a clause's bookmarks inside the deletion its label opens with.
                for mark in child.iter(self.x.q("bookmarkStart")):
                    self._bookmarks.append(self.x.val(mark, attr="name") or "")
                continue
            name = _local(child)
            ns = _namespace(child)
            if ns == _MATH:
                parts.extend(t.text or "" for t in child.iter(f"{{{_MATH}}}t"))
            elif name == "r":
                self._run(child, parts, boxes, notes, depth)
            elif name in _INLINE_CONTAINERS or name == "sdt":
                self._inline(child, parts, boxes, notes, depth + 1)
            elif name == "AlternateContent" and ns == _MC:
                choice = _alternative(child)
                if choice is not None:
                    self._inline(choice, parts, boxes, notes, depth + 1)
            elif name == "commentRangeStart":
                self._comment_ids.add(str(child.get(self.x.q("id")) or ""))
            elif name == "bookmarkStart":
                self._bookmarks.append(self.x.val(child, attr="name") or "")

    def _run(
        self,
        run: Any,
        parts: list[str],
        boxes: list[Any],
        notes: list[tuple[str, str, str]],
        depth: int,
    ) -> None:
        x = self.x
        rpr = run.find(x.q("rPr"))
        if rpr is not None:
            vanish = rpr.find(x.q("vanish"))
            styled = x.val(rpr, "rStyle") in self.styles.hidden
            if (vanish is not None and _on(x.val(vanish, attr="val"))) or (
                vanish is None and styled
            ):
                # Hidden text ("[NOTE TO DELEGATES: ...]" formatted hidden) is no part of
                # the document as printed or read: left out, and said so in a warning
                # (see :meth:`_hidden_warning`), never folded into a clause.
                self._hidden.append("".join(t.text or "" for t in run.iter(x.q("t"))))
                return
            struck = [rpr.find(x.q("strike")), rpr.find(x.q("dstrike"))]
            if any(e is not None and _on(x.val(e, attr="val")) for e in struck):
                # A "compare version" marked by hand: struck-through words are deleted
                # ones. The accepted version leaves them out, the original keeps them, as
                # for a tracked deletion, and a warning says so (an analyst's finding: the
                # embargo struck through was read as decided).
                self._struck.append("".join(t.text or "" for t in run.iter(x.q("t"))))
                if self.version == "accepted":
                    return
        char_style = x.val(rpr, "rStyle") if rpr is not None else None
        label = char_style is not None and self.styles.is_clause_label(char_style)
        start = len(parts)
        for item in run:
            name = _local(item)
            if name == "ruby":
                # Ruby text: the base is the text as printed; the small annotation above
                # it (w:rt) is a reading aid, like a footnote to one word.
                base = item.find(x.q("rubyBase"))
                if base is not None:
                    self._inline(base, parts, boxes, notes, depth + 1)
                continue
            if name == "t":
                text = item.text or ""
                if notes and notes[-1][0] == _CUSTOM_MARK and text.strip():
                    # The mark a note with a custom mark prints is the text right after
                    # its reference ("*" on the sponsors' line: "Reissued for technical
                    # reasons"): kept as the note's mark, so the note reads as one. Words
                    # there are no mark: the note then has none, as before.
                    notes[-1] = _with_custom_mark(notes[-1], text.split()[0])
                parts.append(text)
            elif name == "delText":
                if self.version == "original":
                    parts.append(item.text or "")
            elif name in ("tab", "ptab"):
                parts.append("\t")
            elif name == "br":
                kind = x.val(item, attr="type")
                parts.append(" " if kind in ("page", "column") else "\n")
            elif name == "cr":
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("\u2011")
            elif name == "sym":
                symbol = _symbol(x.val(item, attr="char"))
                if notes and notes[-1][0] == _CUSTOM_MARK and symbol.strip():
                    # A custom mark drawn from a symbol font: whatever it draws is the
                    # mark (its code point says little: Symbol's characters are mapped
                    # as Latin-1 ones).
                    _, note_kind, note_id = notes[-1]
                    notes[-1] = (symbol.strip()[:_CUSTOM_MARK_CHARS], note_kind, note_id)
                parts.append(symbol)
            elif name in ("footnoteReference", "endnoteReference"):
                kind = "footnote" if name == "footnoteReference" else "endnote"
                note_id = x.val(item, attr="id") or ""
                if item.get(x.q("customMarkFollows")) is not None and _on(
                    x.val(item, attr="customMarkFollows")
                ):
                    notes.append((_CUSTOM_MARK, kind, note_id))
                else:
                    self._note_numbers[kind] += 1
                    mark = format_number(self._note_numbers[kind], _NOTE_FORMATS[kind])
                    parts.append(mark)
                    notes.append((mark, kind, note_id))
            elif name == "commentReference":
                self._comment_ids.add(str(item.get(x.q("id")) or ""))
            elif name in ("drawing", "pict", "object") or (
                name == "AlternateContent" and _namespace(item) == _MC
            ):
                boxes.extend(self._text_boxes(item))
                if name == "AlternateContent":
                    # Run content in the branch read: a symbol Word draws from an emoji
                    # font (w16se:symEx) with its text as the fallback.
                    branch = _alternative(item)
                    if branch is not None:
                        parts.extend(t.text or "" for t in branch if _local(t) == "t")
        if label:
            self._label_parts.extend(parts[start:])

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
            cell_texts = [
                " ".join(" ".join(p.text.split()) for p in cell).strip() for cell in cells
            ]
            label = _ROW_BULLET
            if len(cell_texts) > 1 and _ROW_LABEL.fullmatch(cell_texts[0]):
                # A first column of labels ("(a)" | "Arms and related materiel"): the
                # row's own label, as a typed list has it.
                label, cell_texts = cell_texts[0], cell_texts[1:]
            text = " – ".join(t for t in cell_texts if t)
            notes = [n for p in parts for n in p.notes]
            # A bullet makes each row an item of the list, as a bulleted list is read.
            authors = tuple(dict.fromkeys(a for p in parts for a in p.authors))
            yield _Physical(
                parts[0].index, f"{label} {text}", False, None, notes, False, authors=authors
            )
            self._last_flow_text = text

    def _text_boxes(self, el: Any) -> list[Any]:
        """The text boxes of a drawing, once each: an ``mc:AlternateContent`` holds the
        same box twice (the modern choice and its fallback), and only the branch a
        consumer reads counts (:func:`_alternative`)."""
        out: list[Any] = []
        for box in el.iter(self.x.q("txbxContent")):
            ancestors = list(box.iterancestors())
            # Only the branch a consumer reads of each mc:AlternateContent around it.
            if any(
                _local(a) == "AlternateContent"
                and _namespace(a) == _MC
                and _alternative(a) not in ancestors
                for a in ancestors
            ):
                continue
            if any(a.tag == self.x.q("txbxContent") for a in ancestors):
                continue  # a box in a box is read with its own box
            out.append(box)
        return out

    # -- paragraphs of the version --------------------------------------------------
    def _number(self, joined: list[tuple[_Physical, str, bool]]) -> list[_Paragraph]:
        """The paragraphs with their labels, empty ones too: Word numbers an empty
        numbered paragraph, and the counters must advance as Word's do."""
        out: list[_Paragraph] = []
        for lead, text, vanishes in joined:
            if vanishes and not text.strip():
                continue
            label, level, listed = self._label(lead)
            out.append(
                _Paragraph(
                    lead.index,
                    text,
                    label,
                    level,
                    listed,
                    lead.flow,
                    style=self.styles.name_of(lead.ppr),
                    report_label=lead.label,
                    report_text=lead.body,
                    bookmarks=lead.bookmarks,
                    authors=lead.authors,
                )
            )
        return out

    def _skip_empty(self, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
        """The paragraphs without those that hold no text, which are not paragraphs,
        except blank lines of a printed text and a number heading its sub-paragraphs
        ("11." alone above "(a) Expresses ...", which Word draws as an empty numbered
        paragraph). Empty numbered paragraphs skipped are counted in one warning: Word
        shows their numbers, so the next paragraphs' labels skip them too."""
        skipped: list[int] = []
        following: _Paragraph | None = None  # the next paragraph with text
        keep = [False] * len(paragraphs)
        for k in range(len(paragraphs) - 1, -1, -1):
            para = paragraphs[k]
            if para.text.strip():
                keep[k] = True
                following = para
            elif para.printed:
                keep[k] = True  # a blank line between printed paragraphs
            elif para.label:
                heads = (
                    following is not None
                    and following.listed
                    and bool(following.label)
                    and following.level > para.level
                )
                keep[k] = heads
                if not heads:
                    skipped.append(para.index)
        out = [para for k, para in enumerate(paragraphs) if keep[k]]
        if skipped:
            skipped.reverse()
            self.warnings.append(_empty_numbered_warning(skipped))
        return out

    def _label(self, p: _Physical) -> tuple[str, int, bool]:
        """The automatic number of a paragraph in this version, its list level, and
        whether it is in a list."""
        x = self.x
        ppr = p.ppr
        style = x.val(ppr, "pStyle") if ppr is not None else None
        style = style or self.styles.default
        num_pr = ppr.find(x.q("numPr")) if ppr is not None else None
        num_id: str | None = None
        level: int | None = None
        if num_pr is not None:
            inserted = num_pr.find(x.q("ins")) is not None
            if self.version == "original" and inserted:
                num_pr = None  # numbering added as a tracked change: not in the original
            else:
                num_id = x.val(num_pr, "numId")
                level = _ilvl_child(x, num_pr)
                legacy = num_pr.find(x.q("numberingChange"))
                if self.version == "original" and legacy is not None:
                    original = x.val(legacy, attr="original") or ""
                    if num_id is not None:
                        self.numbering.label(num_id, _clamp_level(level))
                    return _legacy_label(original), _clamp_level(level), bool(original)
        if num_id is None:
            style_id, style_level = self.styles.numbering_of(style)
            num_id = style_id
            level = level if level is not None else style_level
        if num_id is None or num_id.strip() == "0":
            return "", 0, False
        if level is None:
            level = self.numbering.level_for_style(num_id, style)
        level = _clamp_level(level)
        label = self.numbering.label(num_id, level)
        if label is None:
            self.warnings.append(
                ParseWarning(
                    code="docx-numbering",
                    message=f"numbering {num_id} is not defined in numbering.xml: the "
                    "paragraph is read without its number",
                    line=p.index,
                )
            )
            return "", level, False
        return label, level, True

    # -- notes and comments --------------------------------------------------------

    def _note_paragraphs(self, physical: list[_Physical]) -> list[_Paragraph]:
        """Footnotes and endnotes as paragraphs at the end ("1 A/74/976-S/2020/773."),
        each placed at the paragraph that cites it."""
        out: list[_Paragraph] = []
        # A note cited again (Word gives each citation a note of its own; a package can
        # cite one many times) is read once: 300 citations of a 60 KB note made 18 MB.
        first_marks: dict[tuple[str, str], str] = {}
        for p in physical:
            for mark, kind, note_id in p.notes:
                seen = first_marks.get((kind, note_id))
                if seen is not None:
                    shown = "" if mark == _CUSTOM_MARK else mark
                    again = f"(the {kind} {seen})" if seen else f"(the same {kind})"
                    out.append(_Paragraph(p.index, f"{shown} {again}".strip()))
                    continue
                body = self._note_text(kind, note_id, mark)
                first_marks[(kind, note_id)] = "" if mark == _CUSTOM_MARK else mark
                if body is None:
                    self.warnings.append(
                        ParseWarning(
                            code="docx-notes",
                            message=f"{kind} {note_id} is cited but not found in the package",
                            line=p.index,
                        )
                    )
                    continue
                mark = "" if mark == _CUSTOM_MARK else mark
                text = f"{mark} {body}".strip() if mark else body
                if text:
                    out.append(_Paragraph(p.index, text))
        return out

    def _note_text(self, kind: str, note_id: str, mark: str) -> str | None:
        if self._notes is None:
            self._notes = {}
            for name in ("footnote", "endnote"):
                root = self._related_root(f"/{name}s")
                if root is None:
                    continue
                self._roots.append(root)
                for note in root.iter(self.x.q(name)):
                    self._notes[f"{name}:{self.x.val(note, attr='id')}"] = note
        note = self._notes.get(f"{kind}:{note_id}")
        if note is None:
            return None
        texts: list[str] = []
        for p in note.iter(self.x.q("p")):
            parts: list[str] = []
            self._inline(p, parts, [], [], 0)
            texts.append("".join(parts))
        # The note's own mark (w:footnoteRef) carries no text: the mark is printed before.
        return " ".join(" ".join(texts).split())

    def _count_comments(self) -> None:
        root = self._related_root("/comments")
        in_part = len(list(root.iter(self.x.q("comment")))) if root is not None else 0
        self.comments = max(in_part, len(self._comment_ids - {""}))


def _with_custom_mark(note: tuple[str, str, str], printed: str) -> tuple[str, str, str]:
    """A note waiting for its custom mark, given the first thing printed after its
    reference: the mark when it is one ("*", "**", "†", "1"), else none."""
    _, kind, note_id = note
    is_mark = len(printed) <= _CUSTOM_MARK_CHARS and not any(c.isalpha() for c in printed)
    return (printed if is_mark else "", kind, note_id)


def _symbol(char: str | None) -> str:
    """The character of a ``w:sym``: Symbol and Wingdings fonts put their characters at
    U+F000 + the Latin-1 code."""
    if not char or len(char) > 6:
        return ""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return chr(code) if 0x20 <= code < 0x110000 and not 0xD800 <= code < 0xE000 else ""


def _empty_numbered_warning(indexes: list[int]) -> ParseWarning:
    count = len(indexes)
    shown = ", ".join(str(i) for i in indexes[:_LISTED_LINES])
    if count > _LISTED_LINES:
        shown += f" and {count - _LISTED_LINES} more"
    return ParseWarning(
        code="docx-empty-numbered",
        message=f"{count} empty numbered paragraph{'s' if count != 1 else ''} skipped "
        f"(paragraph{'s' if count != 1 else ''} {shown}): a number without text is not "
        "a paragraph; the paragraphs after keep the numbers Word shows",
        line=indexes[0],
    )


#: Namespaces whose markup this reader (or Word's and LibreOffice's own) understands: an
#: ``mc:Choice`` that requires only these is read; one that requires anything else is
#: passed over for the next, and last for the ``mc:Fallback``, as Word and LibreOffice do.
_UNDERSTOOD = ("http://schemas.microsoft.com/office/", "http://schemas.openxmlformats.org/")
#: ... but for these, whose markup this reader does not read: Word's symbols drawn from
#: an emoji font (w16se:symEx), whose fallback holds the character as text.
_NOT_READ = ("http://schemas.microsoft.com/office/word/2015/wordml/symex",)


def _alternative(el: Any) -> Any | None:
    """The branch of an ``mc:AlternateContent`` a consumer reads: the first ``mc:Choice``
    whose ``Requires`` names only namespaces it understands (Word's own extensions:
    shapes, groups, its 2010+ markup), else the ``mc:Fallback``. A choice that requires an
    unknown namespace is what Word and LibreOffice skip too: its words are not the text
    people see."""
    fallback = None
    for branch in el:
        name = _local(branch)
        if name == "Choice":
            prefixes = (branch.get("Requires") or "").split()
            spaces = [branch.nsmap.get(prefix) for prefix in prefixes]
            if prefixes and all(
                ns is not None and ns.startswith(_UNDERSTOOD) and ns not in _NOT_READ
                for ns in spaces
            ):
                return branch
        elif name == "Fallback" and fallback is None:
            fallback = branch
    return fallback


def _has_text(p: Any) -> bool:
    """Whether a paragraph holds any text (its ``w:t`` or ``w:delText``)."""
    return any((t.text or "").strip() for t in p.iter() if _local(t) in ("t", "delText"))
