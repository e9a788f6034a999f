"""Runs: the text of a paragraph's runs in the version read (text, tabs, breaks, symbols,
ruby, math, footnote and endnote marks, custom note marks), the text boxes anchored in
them, the branch of an ``mc:AlternateContent`` a consumer reads, and the hidden and
struck-through runs set aside, with their warnings. A layer of
:class:`~resdiff.read.docx.reader._Reader`.
"""

from __future__ import annotations

from typing import Any

from ...errors import ResolutionParseError
from ...model import ParseWarning, TrackedVersion
from .numbering import _Styles
from .package import _MATH, _MC, _local, _namespace, _on, _Package, _Xml

#: Deepest nesting of tables, text boxes and inline containers followed.
MAX_DEPTH = 64

#: A note whose mark the document prints itself (``w:customMarkFollows``), until the
#: text after its reference gives the mark.
_CUSTOM_MARK = "\0custom"
#: Most characters of a custom mark kept ("*", "**", "†").
_CUSTOM_MARK_CHARS = 3

# Inline elements whose children are read in place (hyperlinks, fields, content controls).
_INLINE_CONTAINERS = frozenset(
    {"hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "ins", "del"}
    | {"moveFrom", "moveTo", "sdtContent"}
)

#: The containers of moved text, and the marks that open and close a move's range (its
#: name is on the range's start; the moved text's containers stand inside the range).
_MOVED = frozenset({"moveFrom", "moveTo"})
_MOVE_RANGES = frozenset(
    {"moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"}
)

#: The code of the warning that a Word file holds struck-through text.
STRUCK_WARNING = "docx-struck-text"
#: The code of the warning that a field's instruction ran to the end of its paragraph
#: without a result (its text left out).
FIELD_WARNING = "docx-field"
#: The code of the warning that elements this reader does not know held text.
UNKNOWN_WARNING = "docx-unknown-element"
#: How many unknown elements the warning names before it says "and N more".
_LISTED_UNKNOWN = 5
#: The run contents that print text (and so are not printed inside a field instruction).
_PRINTING = frozenset({"t", "delText", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym", "ruby"})


class _Moves:
    """The tracked moves of a document, in reading order: the ranges open (by id, their
    names) and, for the paragraph being read, which moves hold its words and how many
    characters they hold (so that a paragraph moved whole is told from one that
    received a few moved words)."""

    def __init__(self) -> None:
        self.open: dict[str, str] = {}
        self.names: list[str] = []
        self.chars = 0

    def start_paragraph(self) -> None:
        """Forget the counts of the paragraph read before."""
        self.names = []
        self.chars = 0

    def mark(self, el: Any, name: str, x: _Xml) -> None:
        """A range's start (its name kept under its id) or end (forgotten)."""
        ident = str(el.get(x.q("id")) or "")
        if name.endswith("Start"):
            self.open[ident] = str(el.get(x.q("name")) or ident)
        else:
            self.open.pop(ident, None)

    def moved(self, pieces: list[str]) -> None:
        """Text read from a move's container: counted, under the range open last."""
        chars = sum(len("".join(piece.split())) for piece in pieces)
        if chars:
            self.chars += chars
            self.names.append(next(reversed(self.open.values()), ""))

    def whole(self, text: str) -> str | None:
        """The move's name when one move holds every character of ``text`` (the
        paragraph's text in the version read), else ``None``."""
        names = set(self.names)
        if len(names) != 1 or not self.chars or self.chars < len("".join(text.split())):
            return None
        return names.pop() or None


class _Fields:
    """The complex fields open (``w:fldChar`` begin, separate, end), innermost last, each
    ``True`` once in its result: Word shows a field's result, never its instruction, so
    that text standing in an instruction (the result of a field nested in it: an ``IF``
    of a ``DOCPROPERTY``, a ``HYPERLINK`` built from a ``REF``) is printed nowhere."""

    def __init__(self) -> None:
        self.open: list[bool] = []
        #: Text left out in the paragraph read, while a field's instruction is open.
        self.hidden: list[str] = []
        #: Text left out by instructions that ran to the end of their paragraph.
        self.unended: list[str] = []

    @property
    def in_instruction(self) -> bool:
        """Whether text read now stands in a field's instruction."""
        return not all(self.open)

    def char(self, kind: str | None) -> None:
        """A ``w:fldChar`` of type ``kind``."""
        if kind == "begin":
            if len(self.open) < MAX_DEPTH:
                self.open.append(False)
        elif kind == "separate" and self.open:
            self.open[-1] = True
        elif kind == "end" and self.open:
            self.open.pop()
        if not self.in_instruction:
            self.hidden = []

    def start_paragraph(self) -> None:
        """A new paragraph: an instruction never runs past a paragraph mark in the files
        Word writes, so one still open is closed here (a field begun and never ended
        hides nothing after its paragraph), and what it held is said in a warning."""
        if self.in_instruction:
            self.unended.extend(self.hidden)
            self.open = [result for result in self.open if result]
        self.hidden = []


class _Runs:
    """The runs of a paragraph read as text, in the version read (a layer of
    :class:`_Reader`)."""

    # Set by _Reader.__init__.
    package: _Package
    path: str | None
    version: TrackedVersion
    x: _Xml
    styles: _Styles
    dropped: set[str]
    warnings: list[ParseWarning]
    _comment_ids: set[str]
    _hidden: list[str]
    _struck: list[str]
    _notes_cited: int
    _label_parts: list[str]
    _bookmarks: list[str]
    _moves: _Moves
    _fields: _Fields
    _counter: int
    #: Elements this reader does not know that held text: (name, paragraph, read).
    _unknown: list[tuple[str, int, bool]]
    #: How many unknown elements read in place the element being read stands in.
    _inside_unknown: int

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

    def _field_warning(self) -> None:
        """One warning for the text of field instructions never ended in their
        paragraph (left out, as instruction text is)."""
        self._fields.start_paragraph()
        self._runs_warning(
            FIELD_WARNING,
            self._fields.unended,
            "text in a field's instruction that its paragraph never ends, left out",
        )

    def _read_unknown(self, el: Any, paragraph: int) -> bool:
        """Whether to read the content of ``el``, an element this reader does not know,
        in place: ``False`` when it holds no text, or when it stands in a namespace its
        part marks ignorable (``mc:Ignorable``), which Word leaves out with its content.
        One that holds text is remembered for :meth:`_unknown_warning`: its words are
        never lost without a word said (they were, before user19). Inside an unknown
        element already read in place, an unknown one is read in place unscanned: each
        element is scanned for text at most once (nested wrappers cost no more)."""
        x = self.x
        inside = self._inside_unknown > 0
        if not inside and not _holds_text(el, x):
            return False
        root = el.getroottree().getroot()
        prefixes = str(root.get(f"{{{_MC}}}Ignorable") or "").split()
        ignorable = bool(_namespace(el)) and _namespace(el) in {
            root.nsmap.get(prefix) for prefix in prefixes
        }
        if inside and (not ignorable or not _holds_text(el, x)):
            return not ignorable
        name = f"{el.prefix}:{_local(el)}" if el.prefix else _local(el)
        self._unknown.append((name, paragraph, not ignorable))
        return not ignorable

    def _unknown_warning(self) -> None:
        """One warning naming the unknown elements that held text, where they stand and
        what was done with their words."""
        if not self._unknown:
            return
        said = []
        for name, paragraph, read in self._unknown[:_LISTED_UNKNOWN]:
            done = (
                "read in place"
                if read
                else "left out (its namespace is marked ignorable, and Word leaves it out)"
            )
            said.append(f"<{name}> at paragraph {paragraph} {done}")
        more = len(self._unknown) - _LISTED_UNKNOWN
        count = len(self._unknown)
        self.warnings.append(
            ParseWarning(
                code=UNKNOWN_WARNING,
                message=f"{count} element{'s' if count != 1 else ''} this reader does not "
                f"know held text: {'; '.join(said)}{f' and {more} more' if more > 0 else ''}",
                line=self._unknown[0][1],
            )
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
            elif name in _MOVED:
                before = len(parts)
                self._inline(child, parts, boxes, notes, depth + 1)
                self._moves.moved(parts[before:])
            elif name in _INLINE_CONTAINERS or name == "sdt":
                self._inline(child, parts, boxes, notes, depth + 1)
            elif name in _MOVE_RANGES:
                self._moves.mark(child, name, self.x)
            elif name == "AlternateContent" and ns == _MC:
                choice = _alternative(child)
                if choice is not None:
                    self._inline(choice, parts, boxes, notes, depth + 1)
            elif name == "commentRangeStart":
                self._comment_ids.add(str(child.get(self.x.q("id")) or ""))
            elif name == "bookmarkStart":
                self._bookmarks.append(self.x.val(child, attr="name") or "")
            elif len(child) and self._read_unknown(child, self._counter):
                # An element this reader does not know (a tool's own wrapper) around
                # runs: read in place, as LibreOffice reads it, and said.
                self._inside_unknown += 1
                try:
                    self._inline(child, parts, boxes, notes, depth + 1)
                finally:
                    self._inside_unknown -= 1

    def _field_marks(self, run: Any) -> None:
        """The field marks (``w:fldChar``) of a run whose text is left out (hidden, or
        struck in the accepted version): they still open, divide and close their field,
        as in Word, whatever the run's formatting (a hidden "separate" read as none
        left the field's result out as instruction text)."""
        for item in run.iter(self.x.q("fldChar")):
            self._fields.char(self.x.val(item, attr="fldCharType"))

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
        change = rpr.find(x.q("rPrChange")) if rpr is not None else None
        if change is not None and self.version == "original":
            # The formatting a tracked change replaced is the original's (Word's "reject"
            # restores it): words hidden by a tracked change are shown in the original,
            # words a tracked change unhid are hidden there (both were read with the
            # formatting of the accepted version in each, before user19).
            rpr = change.find(x.q("rPr"))
        if rpr is not None:
            if _hides(rpr, x, self.styles.hidden):
                # Hidden text ("[NOTE TO DELEGATES: ...]" formatted hidden) is no part of
                # the document as printed or read: left out, and said so in a warning
                # (see :meth:`_hidden_warning`), never folded into a clause.
                self._hidden.append("".join(t.text or "" for t in run.iter(x.q("t"))))
                self._field_marks(run)
                return
            struck = [rpr.find(x.q("strike")), rpr.find(x.q("dstrike"))]
            if any(e is not None and _on(x.val(e, attr="val")) for e in struck):
                # A "compare version" marked by hand: struck-through words are deleted
                # ones. The accepted version leaves them out, the original keeps them, as
                # for a tracked deletion, and a warning says so (an analyst's finding: the
                # embargo struck through was read as decided).
                self._struck.append("".join(t.text or "" for t in run.iter(x.q("t"))))
                if self.version == "accepted":
                    self._field_marks(run)
                    return
        char_style = x.val(rpr, "rStyle") if rpr is not None else None
        label = char_style is not None and self.styles.is_clause_label(char_style)
        start = len(parts)
        fields = self._fields
        for item in run:
            name = _local(item)
            if name == "fldChar":
                fields.char(x.val(item, attr="fldCharType"))
                continue
            if fields.in_instruction and name in _PRINTING:
                # Text in a field's instruction (a nested field's result) is not shown.
                fields.hidden.extend(t.text or "" for t in item.iter() if _local(t) == "t")
                continue
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
                    # Footnotes and endnotes numbered in one count, in figures: Word prints
                    # endnotes "i", "ii", which read as words ("peace,i and"; the notes
                    # at the end ran into the last paragraph, a new user's trial), and
                    # both kinds are notes at the end of the text read.
                    self._notes_cited += 1
                    mark = str(self._notes_cited)
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


def _hides(rpr: Any, x: _Xml, hidden_styles: set[str]) -> bool:
    """Whether the run properties ``rpr`` hide their run: ``w:vanish`` on, or, without
    ``w:vanish``, a character style that hides its text."""
    if rpr is None:
        return False
    vanish = rpr.find(x.q("vanish"))
    if vanish is not None:
        return _on(x.val(vanish, attr="val"))
    return x.val(rpr, "rStyle") in hidden_styles


def _holds_text(el: Any, x: _Xml) -> bool:
    """Whether ``el`` holds words (a ``w:t`` or ``w:delText`` that is not blank)."""
    return any((t.text or "").strip() for t in el.iter(x.q("t"), x.q("delText")))


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
