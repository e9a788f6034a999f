"""The tree, the last stage of the text reader: units numbered and built into clause trees
(sub-paragraph lists, headings, numbering warnings), and the structural checks."""

from __future__ import annotations

from functools import lru_cache

from ...brackets import DELETION_MARKS, drafters_notes, without_trailing_notes
from ...compiled import compile_cached
from ...model import (
    MAX_CLAUSE_DEPTH,
    Clause,
    Footnote,
    Heading,
    ParseWarning,
    Section,
    Span,
)
from ..common import child_ref, is_roman
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .paragraphs import (
    _is_title,
    _next_key,
    _ocr_roman,
    _Unit,
    is_title_heading,
)
from .patterns import (
    _BULLETS,
    _FOOTNOTE,
    _FORMULA,
    _OP_SUFFIX,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PARTICIPLE,
    _PP_OPENER,
)

#: A unit that opened a clause: the clause's node, the builder's fields set on the unit
#: (:class:`_Unit` holds them).
_Node = _Unit


def _node(unit: _Unit, ref: str, section: Section, family: str = "", key: str = "") -> _Node:
    """``unit`` made the node of a clause: its ref, section and label family set (its
    label, lines and indent are the clause's already)."""
    unit.ref = ref
    unit.section = section
    unit.family = family
    unit.key = key
    return unit


def _add_child(parent: _Node, child: _Node) -> None:
    """Append ``child`` to ``parent``'s sub-paragraphs."""
    if parent.children is None:
        parent.children = [child]
    else:
        parent.children.append(child)


def _child_count(node: _Node) -> int:
    """How many sub-paragraphs ``node`` has."""
    return len(node.children) if node.children is not None else 0


def _clause(node: _Node) -> Clause:
    """The clause of ``node`` and its sub-paragraphs, made once: the node gives its
    sub-paragraphs up as their clauses are made, so that a text of 15,000 items holds the
    nodes or the clauses, not both, while the cyclic collector walks them (two full
    collections over both were a quarter of such a read). Recursion is bounded: the
    builder nests no deeper than :data:`MAX_CLAUSE_DEPTH`."""
    lines = node.lines
    last = lines[0].no if len(lines) == 1 else max(ln.no for ln in lines)
    nodes = node.children
    if nodes:
        node.children = None
        made: list[Clause] = []
        nodes.reverse()
        while nodes:
            child = _clause(nodes.pop())
            span = child.span
            if span is not None and span.last_line > last:
                last = span.last_line
            made.append(child)
        children: tuple[Clause, ...] = tuple(made)
    else:
        children = ()
    # Validated as ``Clause(...)`` validates (the same checks, the same object), without
    # the keyword call of ``__init__``: a text of 15,000 one-line items builds 15,000.
    clause: Clause = _CLAUSE(
        {
            "ref": node.ref,
            "section": node.section,
            "label": node.label,
            "text": _join(lines),
            "children": children,
            "heading": node.heading,
            "span": _SPAN({"first_line": lines[0].no, "last_line": last}),
        }
    )
    return clause


#: The validators ``Clause(...)`` and ``Span(...)`` call, called directly by :func:`_clause`.
_CLAUSE = Clause.__pydantic_validator__.validate_python
_SPAN = Span.__pydantic_validator__.validate_python
#: The same for the headings and warnings the builder makes (thousands in a hostile text).
_HEADING = Heading.__pydantic_validator__.validate_python
_WARNING = ParseWarning.__pydantic_validator__.validate_python


class _Builder:
    """Numbers the units and builds the clause trees, collecting warnings and headings."""

    def __init__(self) -> None:
        self.preamble: list[_Node] = []
        self.operative: list[_Node] = []
        self.headings: list[Heading] = []
        self.warnings: list[ParseWarning] = []
        #: Headings read since the last clause, waiting for the clause they stand before.
        self.pending_headings: list[tuple[str, Span, Section]] = []
        #: A heading inside a list, waiting for the item it stands before.
        self.pending_sub_heading: tuple[str, _Line] | None = None
        self.heading: str | None = None
        self.stack: list[_Node] = []  # open sub-paragraph path under the current clause
        self.last_op: int | None = None
        #: The lines of drafters' notes met before any clause, for the first clause.
        self.held: list[_Line] = []
        #: The label of the part whose paragraphs are numbered afresh ("B" of "A" / "1."
        #: ... "B" / "1."), the suffix of their refs; ``None`` in the first part.
        self.part: str | None = None
        #: The label of the last part heading ("B", "II", "Part B" as "B") read since the
        #: last operative paragraph (a part may open with recitals of its own).
        self.part_heading: str | None = None
        self.used_refs: set[str] = set()
        #: The next suffix to try for a ref used already, so that repeats cost no search.
        self.ref_suffixes: dict[str, int] = {}
        self.notes: list[Footnote] = []
        #: The line of the unit whose clause passed the clause limit, when one did, and
        #: the clauses counted when the whole text was read by then.
        self.stopped_at: int | None = None
        self.stopped_count: int | None = None

    # -- top level ----------------------------------------------------------------

    def _open(self, node: _Node) -> None:
        if self.held:
            # A drafter's note met before any clause goes with the first (never with a
            # heading: "[Note: ...]" / "A" / "Recalling ..." keeps "A" a part's label).
            node.lines[:0] = self.held
            self.held = []
        if self.pending_sub_heading is not None:
            self._flush_sub_heading(node.ref)
        if self.pending_headings:
            for text, span, section in self.pending_headings:
                self.headings.append(
                    _HEADING({"text": text, "section": section, "before": node.ref, "span": span})
                )
                self.heading = text  # the clause falls under the last (innermost) heading
            self.pending_headings = []
        node.heading = self.heading
        (self.preamble if node.section == "preamble" else self.operative).append(node)
        self.used_refs.add(node.ref)
        stack = self.stack  # held by the builder alone: emptied in place, no list a clause
        stack.clear()
        stack.append(node)

    def add_pp(self, unit: _Unit) -> None:
        ref = f"PP{len(self.preamble) + 1}"
        self._open(_node(unit, ref, "preamble"))

    def add_op(self, unit: _Unit, number: int | None) -> None:
        inserted = _OP_SUFFIX.match(unit.label or "") if number is not None else None
        if inserted is not None:
            # "1 bis." (a paragraph inserted after 1 without renumbering): its own ref,
            # "OP1bis", outside the count, so 2 after it is no gap.
            # "bis", "alt", "Alt 2" and "alternative" as the ref writes them: "bis", "alt2".
            suffix = "".join(c for c in inserted.group(1).lower() if c.isalnum())
            suffix = suffix.replace("alternative", "alt")
            self._open(_node(unit, self._unique(f"OP{number}{suffix}"), "operative"))
            return
        if number is None:
            ref = f"OP{len(self.operative) + 1}"
        else:
            line = unit.lines[0].no
            part, self.part_heading = self.part_heading, None
            if part is not None and number == 1 and self.last_op is not None:
                # A part of the resolution numbered afresh under its label ("B" / "1.
                # Reaffirms ...", as General Assembly resolutions in parts A and B are,
                # and some of the Council's): no gap, and its paragraphs are "OP1-B",
                # "OP2-B" (the first part's keep their plain refs).
                self.part = part
                self.last_op = None
            if self.last_op is not None and number == self.last_op:
                self.warn("numbering-repeat", f"paragraph {number} is numbered twice", line)
            elif number != (self.last_op or 0) + 1:
                self.warn(
                    "numbering-gap",
                    f"expected paragraph {(self.last_op or 0) + 1}, found {number}",
                    line,
                )
            self.last_op = number
            ref = self._unique(f"OP{number}-{self.part}" if self.part else f"OP{number}")
        self._open(_node(unit, ref, "operative"))

    def add_heading(self, unit: _Unit, section: Section) -> None:
        # Two headings in a row, each standing alone ("AMISOM" then "Priorities and
        # tasks"): two headings, both before the next clause. A heading wrapped over two
        # lines is one unit, so it stays one heading.
        span = _SPAN({"first_line": unit.lines[0].no, "last_line": unit.lines[-1].no})
        self.pending_headings.append((unit.text, span, section))
        text = unit.text
        if len(text) <= _PART_LABEL_CHARS and _PART_LABEL.match(text):
            self.part_heading = text.split()[-1]

    def add_sub_heading(self, unit: _Unit) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.pending_sub_heading = (f"{text} {unit.text}", line)
        else:
            self.pending_sub_heading = (unit.text, unit.lines[0])

    def _flush_sub_heading(self, before: str | None) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.headings.append(
                Heading(
                    text=text,
                    section=self.stack[0].section if self.stack else "operative",
                    before=before,
                    span=Span(first_line=line.no, last_line=line.no),
                )
            )
            self.pending_sub_heading = None

    def continue_text(self, unit: _Unit) -> None:
        self.stack[-1].lines.extend(unit.lines)

    def warn(self, code: str, message: str, line: int | None) -> None:
        self.warnings.append(_WARNING({"code": code, "message": message, "line": line}))

    # -- sub-paragraphs -------------------------------------------------------------

    def add_sub(self, unit: _Unit, next_label: str | None) -> None:
        """Attach a labelled unit to the open clause, at the level its label continues."""
        label = unit.label or ""
        families, raw, roman = _label_families(label)
        stack = self.stack
        # 1. Continue an open list (deepest first): "(i)" after "(h)" is the letter i.
        for depth in range(len(stack) - 1, 0, -1):
            level = stack[depth]
            family = level.family
            if family not in families:
                continue
            if family == "bullet":
                if abs(level.indent - unit.indent) <= 1:
                    self._attach(depth - 1, unit, family, label)
                    return
                continue
            key = roman if family in _ROMAN else raw
            if key and key == _next_key(family, level.key):
                self._attach(depth - 1, unit, family, key)
                return
        # "(6)" where a lettered list expects "(b)": the letter as a scan misreads it
        # (S/RES/56 (1948), OP2), not a list of numbers inside item (a). Only then: a
        # "(6)" after "(5)" stays a number.
        if raw in _OCR_LETTERS:
            for depth in range(len(stack) - 1, 0, -1):
                level = stack[depth]
                letter = _OCR_LETTERS[raw]
                if level.family == "paren-alpha" and _next_key(level.family, level.key) == letter:
                    self.warn(
                        "numbering-ocr",
                        f"{label} read as ({letter}) in {self.stack[0].ref}: the letter the "
                        "list expects, as a scan misreads it",
                        unit.lines[0].no,
                    )
                    self._attach(depth - 1, unit, level.family, letter)
                    return
        # A label repeated ("(a)" after "(a)") is a slip in the numbering, not a list
        # inside the item: a sibling, with a warning. (Nesting it made every repeat one
        # level deeper.)
        for depth in range(len(stack) - 1, 0, -1):
            level = stack[depth]
            family = level.family
            if (
                family in families
                and family != "bullet"
                and (roman if family in _ROMAN else raw) == level.key
            ):
                self.warn(
                    "numbering-repeat",
                    f"{label} is repeated in {self.stack[0].ref}: read as the next item",
                    unit.lines[0].no,
                )
                self._attach(depth - 1, unit, level.family, level.key)
                return
        # 2. Start a new list under the deepest open item.
        parent = len(self.stack) - 1
        if "bullet" in families:
            # A less indented bullet closes deeper bullet lists.
            while (
                parent > 0
                and self.stack[parent].family == "bullet"
                and (self.stack[parent].indent > unit.indent)
            ):
                parent -= 1
            self._attach(parent, unit, "bullet", label)
            return
        family = families[0]
        if (family == "paren-alpha" and raw == "i") or (family == "dot-alpha" and raw == "i"):
            family = family.replace("alpha", "roman")
        elif family == "paren-roman" and raw.isdigit():
            # "(1)" opening a list: roman when the next label is "(ii)" / "(11)".
            follow = (next_label or "").strip("().")
            if _ocr_roman(follow) != "ii":
                family = "paren-num"
        first = {"alpha": "a", "roman": "i", "num": "1", "upper": "A"}[family.split("-")[1]]
        key = self._key(family, raw)
        if key != first and len(self.stack) > 1:
            # A list that does not start at its first label: sibling of the same family
            # if one is open, else a new list with a numbering warning.
            for depth in range(len(self.stack) - 1, 0, -1):
                if self.stack[depth].family == family:
                    self.warn(
                        "numbering-gap",
                        f"expected {_next_key(family, self.stack[depth].key) or 'a label'} "
                        f"in {self.stack[0].ref}, found {label}",
                        unit.lines[0].no,
                    )
                    self._attach(depth - 1, unit, family, key)
                    return
        self._attach(parent, unit, family, key)

    @staticmethod
    def _key(family: str, raw: str) -> str:
        if family.endswith("roman"):
            return _ocr_roman(raw) if raw.isdigit() or "l" in raw else raw
        return raw

    def _bounded(self, parent_depth: int, unit: _Unit) -> int:
        """``parent_depth``, or the deepest level a child may hang from when the clause
        would nest deeper than :data:`MAX_CLAUSE_DEPTH` (kept flat, with a warning)."""
        deepest = MAX_CLAUSE_DEPTH - 2  # the stack's index of a level-9 parent
        if parent_depth <= deepest:
            return parent_depth
        self.warn(
            "too-deep",
            f"sub-paragraph {unit.label or ''} in {self.stack[0].ref} nests deeper than "
            f"{MAX_CLAUSE_DEPTH} levels: kept at level {MAX_CLAUSE_DEPTH}".replace("  ", " "),
            unit.lines[0].no,
        )
        return deepest

    def _attach(self, parent_depth: int, unit: _Unit, family: str, key: str) -> None:
        if parent_depth > MAX_CLAUSE_DEPTH - 2:
            parent_depth = self._bounded(parent_depth, unit)
        parent = self.stack[parent_depth]
        if family != "bullet" and key.isalnum():
            # What child_ref gives for the label "(key)" of a key of letters or digits.
            ref = f"{parent.ref}({key})"
        else:
            ref_label = f"({key})" if family != "bullet" else None
            ref = child_ref(parent.ref, ref_label, _child_count(parent) + 1)
        # The unit made the child's node (what _node and _add_child do, written out: this
        # runs at every item of a list).
        unit.ref = ref = self._unique(ref)
        unit.section = parent.section
        unit.family = family
        unit.key = key
        if parent.children is None:
            parent.children = [unit]
        else:
            parent.children.append(unit)
        stack = self.stack  # held by the builder alone: cut and grown in place
        del stack[parent_depth + 1 :]
        stack.append(unit)
        if self.pending_sub_heading is not None:
            self._flush_sub_heading(ref)

    def _unique(self, ref: str) -> str:
        """``ref``, or, when a clause already holds it, ``ref`` with the next free
        suffix: a repeated label gives "OP1(a)-2", as a repeated paragraph number gives
        "OP5-2"; so does a label that repeats the number an unlabelled item was given by
        its place ("(1)" beside the first unlabelled item, both "OP1(1)")."""
        if ref in self.used_refs:
            # From the suffix after the last one given: a search from "-2" each time was
            # quadratic (8,000 paragraphs "1.": 6.6 s).
            suffix = self.ref_suffixes.get(ref, 2)
            while (suffixed := f"{ref}-{suffix}") in self.used_refs:
                suffix += 1
            self.ref_suffixes[ref] = suffix + 1
            ref = suffixed
        self.used_refs.add(ref)
        return ref

    def add_unlabelled_child(self, unit: _Unit) -> None:
        depth = len(self.stack) - 1
        if (
            depth > 0
            and self.stack[-1].family == "plain"
            and (_final_punct(_ending(self.stack[-1].lines)) != ":")
        ):
            # The next unlabelled item of the same list ("... the following draft
            # resolution:" / '"The General Assembly,' / '"Recalling ...,' / '"1. Reaffirms
            # ...'): a sibling of the item before, not a child of it; an item that ends
            # with a colon leads a list of its own.
            depth -= 1
        self.stack = self.stack[: self._bounded(depth, unit) + 1]
        parent = self.stack[-1]
        node = _node(
            unit,
            self._unique(child_ref(parent.ref, None, _child_count(parent) + 1)),
            parent.section,
            "plain",
        )
        _add_child(parent, node)
        self.stack = [*self.stack, node]


#: The Roman families of labels (those whose name ends in "roman", as :meth:`_Builder._key`
#: tells them), as a set: the open path is looked through at every item.
_ROMAN = frozenset({"paren-roman", "dot-roman"})


#: Digits a scan prints for letters in a label: "(6)" for "(b)".
_OCR_LETTERS = {"6": "b"}


@lru_cache(maxsize=4096)
def _label_families(label: str) -> tuple[tuple[str, ...], str, str]:
    """The list families a sub-paragraph label may continue, its key, and its key in a
    Roman family (what :meth:`_Builder._key` gives): remembered, a list of thousands of
    items asks for the same few labels."""
    raw = label.strip("().}")
    families: tuple[str, ...]
    if label in _BULLETS:
        families = ("bullet",)
    elif label.startswith("(") and raw.isdigit():
        families = ("paren-roman", "paren-num") if _ocr_roman(raw) else ("paren-num",)
    elif label.startswith("("):
        families = ("paren-upper",) if raw.isupper() else ("paren-alpha", "paren-roman")
    elif raw.isdigit():
        families = ("dot-num",)
    else:
        families = ("dot-alpha", "dot-roman")
    return families, raw, _Builder._key("roman", raw)


#: The most lines a heading is wrapped over: a narrow column's (a page set in two
#: columns) wraps "Political process, including the implementation of the APPR, and
#: extension of State authority" over four. The words, not the lines, bound it.
_HEADING_LINES = 4


def _is_heading(unit: _Unit, following: _Unit | None) -> bool:
    """A short line without final punctuation, followed by paragraphs."""
    if unit.kind != "para":
        return False
    if unit.md_heading:
        return True
    # At most 16 words: on a full-width page two lines at most, but a narrow column (a
    # page in two columns, a browser's print) wraps a heading over up to four.
    if following is None or len(unit.lines) > _HEADING_LINES:
        return False
    text = unit.text
    if len(text.split()) > 16:
        return False
    if _final_punct(text) or text[-1:] in ",;:.!?" or not text[:1].isupper():
        return False
    if _joined_punct(text):
        # "Determines that this action constitutes a breach of the peace; and" (S/RES/82
        # (1950), before its part "I"): a paragraph that goes on into the next, never a
        # title.
        return False
    return _PP_OPENER.match(text) is None


#: A paragraph that ends by joining the next one: "...; and", "..., or".
_JOINED = compile_cached(r"([,;:])\s*(?:and|or)\Z")


def _joined_punct(text: str) -> str:
    """The mark before a closing "and" / "or" ("...peace; and" gives ";"), or ""."""
    m = _JOINED.search(text[-8:])
    return m.group(1) if m else ""


def _ending(lines: list[_Line]) -> str:
    """The end of a unit's text, enough for its final punctuation: its last two lines
    joined. The checks below run at every unit, and joining a long paragraph's every line
    each time made a hostile text of many one-line units quadratic."""
    return _join(lines[-2:])


#: A section code opening a heading: "1a: Targeting illicit finances", "2B: Reporting".
_SECTION_CODE = compile_cached(r"^\d{1,2}[A-Za-z]:\s+\S")


def _is_operative_heading(units: list[_Unit], k: int, stack: list[_Node]) -> bool:
    """In the operative part, a line standing alone between a paragraph that has ended
    and a numbered paragraph (or the next item of a list left open) is a heading, even
    when it opens with a participle ("Reporting", "Targeted sanctions in Somalia",
    "Armed Groups"), ends with a colon ("Rule of law:"), opens with a section code
    ("1a: Targeting illicit finances") or runs over two lines; so is each of several
    such lines in a row. A recital there would end with a comma, a paragraph going on
    would start in lower case."""
    if not stack or _final_punct(_ending(stack[-1].lines)) not in (";", "."):
        return False
    while True:
        unit, following = units[k], _next(units, k)
        if not _heading_shape(unit) or following is None:
            return False
        if following.kind == "op":
            return True
        if following.kind != "para":
            break
        k += 1  # another heading follows ("Part 2: ..." / "2a: ..." / "13. Calls upon")
    if following.kind != "sub" or len(unit.lines) > 1 or len(unit.text.split()) > 8:
        return False
    # Inside a list: the next item must continue a list already open.
    label = following.label or ""
    return any(
        node.family and node.key and _continues(node.family, node.key, label) for node in stack[1:]
    )


def _heading_shape(unit: _Unit) -> bool:
    """An unlabelled unit of at most :data:`_HEADING_LINES` lines (two on a full-width
    page) and 20 words, starting with a capital or a section code, ending without
    punctuation or with a colon; a participle opening or a colon only on a short line (a
    lead-in or a recital that lost its comma is longer)."""
    text = unit.text
    words = len(text.split())
    if unit.kind != "para" or unit.md_heading or len(unit.lines) > _HEADING_LINES or words > 20:
        return False
    if not (text[:1].isupper() or _SECTION_CODE.match(text)):
        return False
    punct = _final_punct(text)
    if punct not in ("", ":") or text[-1:] in ",;.!?":
        return False
    return not ((punct == ":" or _PP_OPENER.match(text)) and (len(unit.lines) > 1 or words > 8))


def _build(
    units: list[_Unit], early: list[_Unit], *, statement: bool = False, limit: int | None = None
) -> _Builder:
    """Classify the units (PP, OP, sub-paragraph, heading, continuation) and build trees.

    A presidential statement (``statement``) has no preamble: its every paragraph is
    operative. Once more than ``limit`` clauses are built, it stops and records the line
    it stopped at (``stopped_at``): the rest would be built only to be refused.
    """
    b = _Builder()
    numbered = any(u.kind == "op" for u in units)
    all_units = early + units
    # Without numbers, the operative part starts at the first paragraph that ends with
    # ";" or "." (preambular paragraphs end with ","), or at the last paragraph.
    first_op: int | None = None
    # The paragraphs read as headings, when every paragraph is looked at below: the loop
    # asks again for each (a paragraph's lines grow only once the loop has passed it).
    headings_at: set[int] = set()
    headings_known = not statement and not numbered
    if statement and not numbered:
        first_op = 0
    elif not numbered:
        paras: list[int] = []
        for k, u in enumerate(all_units):
            if u.kind == "para" and not _whole_note(u):
                if _is_heading(u, _next(all_units, k)):
                    headings_at.add(k)
                else:
                    paras.append(k)
        # (Each paragraph's text and final punctuation found once.)
        for n, k in enumerate(paras):
            text = all_units[k].text
            # "...; and" ends like ";": the 1950s set the parts of an operative text
            # apart so ("Determines that ... breach of the peace; and" / "I" / "Calls
            # for ..."), and a recital joined so ends with ", and".
            punct = _final_punct(text) or _joined_punct(text)
            if (
                punct in (";", ".")
                # A recital led by a participle and followed by more paragraphs ends
                # with a comma that the print or the scan lost: "Having considered the
                # report ... Force. 9" / "Decides: (a) ..." (S/RES/596 (1987)). No
                # operative paragraph opens with one.
                and not (n + 1 < len(paras) and _PARTICIPLE.match(text))
            ) or (punct == ":" and not _PP_OPENER.match(text)):
                first_op = k
                break
        if first_op is None and paras:
            last = all_units[paras[-1]]
            if not (_final_punct(last.text) == "," and _PP_OPENER.match(last.text)):
                first_op = paras[-1]
    section: Section = "preamble"
    last_k = len(all_units) - 1
    for k, unit in enumerate(all_units):
        if limit is not None and len(b.used_refs) > limit:
            # Every clause built holds a ref of its own, so the refs count the clauses;
            # the unit before this one built the clause that passed the limit.
            b.stopped_at = all_units[k - 1].lines[0].no
            break
        following = all_units[k + 1] if k < last_k else None  # _next, inline
        if unit.kind == "note":
            first = unit.lines[0]
            match = _FOOTNOTE.match(first.text)
            body = [_Line(first.no, match.group("text") if match else first.text), *unit.lines[1:]]
            b.notes.append(Footnote(mark=unit.label or "", text=_join(body), line=first.no))
            continue
        if unit.kind == "op":
            section = "operative"
            b.add_op(unit, unit.number)
            continue
        if (
            unit.kind == "para"
            and len(unit.lines) == 1
            and unit.text[:1] in "TLE"
            and _FORMULA.fullmatch(unit.text) is not None
        ):
            # A part's own enacting formula ("B" / "The General Assembly," / "Recalling
            # ..."): a heading of the part, before its first recital.
            b.add_heading(
                unit,
                "operative" if following is not None and following.kind == "op" else "preamble",
            )
            continue
        if unit.kind == "para" and _whole_note(unit):
            # A drafter's note on a line of its own ("[Note: the United Kingdom proposes
            # deleting the next paragraph.]") is no recital and no paragraph: it goes with
            # the clause before it, as a note inside a paragraph does (the analysis reads
            # it as no text of the draft, the comparison names it), so the recitals after
            # it keep their places. Before any clause, it goes with the next one.
            if b.stack:
                b.continue_text(unit)
            else:
                b.held.extend(unit.lines)
            continue
        if unit.wrap_up and b.stack:
            # A paragraph's ending after its items: the paragraph's words, as an Akoma
            # Ntoso "wrapUp" is read.
            b.stack[0].lines.extend(unit.lines)
            continue
        if unit.kind == "sub":
            if (
                section == "preamble"
                and numbered
                and _final_punct(unit.text) == ","
                and (_PARTICIPLE.match(unit.text) or _PP_OPENER.match(unit.text))
                and (
                    not b.stack
                    or (len(b.stack) == 1 and _final_punct(_ending(b.stack[0].lines)) != ":")
                )
            ):
                # "(a) Recalling ...,", "(b) Noting ...," before "1. Decides": lettered
                # recitals, not operative paragraphs (unless a recital's own list, after
                # a colon, holds them).
                b.add_pp(unit)
                continue
            if len(b.stack) == 0 or (
                b.stack[0].family
                and b.stack[0].key
                and _continues(b.stack[0].family, b.stack[0].key, unit.label or "")
            ):
                # Labelled paragraphs without operative numbers ("(a) Resolves ...;",
                # "(b) Requests ..."): they are the operative paragraphs.
                section = "operative"
                b.add_op(unit, None)
                family, key = _family_of(unit.label or "")
                b.stack[0].family, b.stack[0].key = family, key
                continue
            if (
                following is not None
                and following.kind == "op"  # (what the test asks first, without a call)
                and _is_numbered_heading(unit, following, b.stack)
            ):
                # "(i) Exemptions, advance approvals and notifications" above "9. Decides".
                first = unit.lines[0]
                titled = _Line(first.no, f"{unit.label} {first.text}", first.indent)
                b.add_heading(_Unit([titled], "para"), "operative")
                continue
            b.add_sub(
                unit,
                # _next_sub_label, its commonest case first: the next unit is an item.
                following.label
                if following is not None and following.kind == "sub"
                else _next_sub_label(all_units, k),
            )
            continue
        if (
            (k in headings_at if headings_known else _is_heading(unit, following))
            or (
                numbered and section == "operative" and _is_operative_heading(all_units, k, b.stack)
            )
            or (section == "preamble" and _is_preamble_end_heading(unit, following, b.stack))
            or (section == "operative" and _is_lead_in_heading(unit, following, b.stack))
        ):
            if b.stack and following and following.kind == "sub":
                # A sub-heading inside a list: it stands before the next item (in a
                # recital's list too; as a heading of the section it stood before no
                # clause, and a report put it after the last one).
                b.add_sub_heading(unit)
                continue
            upcoming: Section = section
            if (
                numbered
                and following is not None
                and (
                    following.kind == "op"
                    # A part's label above its title ("I" / "General provisions" / "1."):
                    # both stand before the operative paragraph.
                    or (
                        following.kind == "para"
                        and k + 2 <= last_k
                        and all_units[k + 2].kind == "op"
                        and _is_heading(following, all_units[k + 2])
                    )
                )
            ):
                upcoming = "operative"
            b.add_heading(unit, upcoming)
            continue
        if not numbered:
            if first_op is not None and k >= first_op:
                section = "operative"
            if section == "operative":
                b.add_op(unit, None)
            else:
                b.add_pp(unit)
            continue
        if section == "preamble" or not b.stack:
            b.add_pp(unit)
            continue
        # An unnumbered paragraph inside the operative part.
        previous = _ending(b.stack[-1].lines)
        if (
            _final_punct(previous) == ":"
            and _final_punct(unit.text) == ":"
            and len(b.stack) > 1
            and b.stack[-1].family not in ("", "plain")
            and following is not None
            and following.kind == "sub"
        ):
            # "(c) Supporting the peace process:" / "To carry out ... the following
            # tasks:" / "(i) ...": the item's lead-in goes on in a second paragraph.
            b.continue_text(unit)
        elif _final_punct(previous) == ":" or (
            b.stack[-1].family == "plain" and _final_punct(previous) != "."
        ):
            b.add_unlabelled_child(unit)
        elif (
            _final_punct(unit.text) == ","
            and _PP_OPENER.match(unit.text)
            # The paragraph before ended, or a part's label stands between ("... (g)
            # ... programmes," / "B" / "Acting under Chapter VII ...,": S/RES/814 (1993),
            # whose scan lost the full stop of OP4); not any heading: a task of a
            # mandate under "Protection of civilians" opens with a participle too.
            and (
                _final_punct(previous) in (";", ".")
                or any(_PART_LABEL.match(text) for text, _, _ in b.pending_headings)
            )
        ):
            # A recital between operative parts ("B / Determined to ..., / Acting under").
            b.add_pp(unit)
        else:
            b.continue_text(unit)
    if limit is not None and b.stopped_at is None and len(b.used_refs) > limit and all_units:
        # The last unit passed it: the same refusal, naming its line, and the count is
        # known.
        b.stopped_at = all_units[-1].lines[0].no
        b.stopped_count = len(b.used_refs)
    return b


def _whole_note(unit: _Unit) -> bool:
    """Whether ``unit`` is nothing but drafters' notes in brackets ("[Note: ...]",
    "[Comment (China): delete]")."""
    text = unit.text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return False
    if text[1:-1].strip().lower() in DELETION_MARKS:
        # "[Deleted]": a placeholder where a paragraph stood, warned of as such.
        return False
    return "".join(drafters_notes(text)).replace(" ", "") == text.replace(" ", "")


def _is_preamble_end_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Between the last recital (which has ended) and paragraph 1, a title-case line that
    opens with a participle is a heading ("Targeted Sanctions", "Monitoring and
    Reporting"): a recital there would go on in lower case and end with a comma."""
    if following is None or following.kind != "op" or unit.kind != "para":
        return False
    if len(unit.lines) > 2 or not is_title_heading(unit.text):
        return False
    return not stack or bool(_final_punct(_ending(stack[-1].lines)))


def _is_lead_in_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Right after a lead-in ("... the following mandate:") and before its first item, a
    one-line title ("Monitoring and Reporting", "Protection of Civilians") is a heading
    of the items, not an unlabelled item holding them."""
    if following is None or following.kind != "sub" or unit.kind != "para" or not stack:
        return False
    if len(unit.lines) > 1 or not is_title_heading(unit.text):
        return False
    return _final_punct(_ending(stack[-1].lines)) == ":"


def _is_numbered_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """A labelled title line right before a numbered paragraph, that continues no list
    open in the current paragraph: a heading that carries a number, not an item."""
    if following is None or following.kind != "op" or len(unit.lines) > 1:
        return False
    if not unit.text or not _is_title(unit.text):
        return False
    label = unit.label or ""
    if label in _BULLETS:
        return False
    for node in stack[1:]:
        if node.family and node.key and _continues(node.family, node.key, label):
            return False
    return True


def _family_of(label: str) -> tuple[str, str]:
    """The list family and key of a label that opens a list on its own."""
    raw = label.strip("().}")
    if label in _BULLETS:
        return "bullet", label
    style = "paren" if label.startswith("(") else "dot"
    if raw.isdigit():
        return f"{style}-num", raw
    if raw.isupper():
        return f"{style}-upper", raw
    if raw == "i" or (len(raw) > 1 and is_roman(raw)):
        return f"{style}-roman", raw
    return f"{style}-alpha", raw


def _continues(family: str, key: str, label: str) -> bool:
    """Whether ``label`` is the next one after ``key`` in a list of ``family``."""
    if family == "bullet":
        return label == key
    raw = label.strip("().}")
    if family.startswith("paren") != label.startswith("("):
        return False
    return bool(raw) and raw == _next_key(family, key)


def _next(units: list[_Unit], k: int) -> _Unit | None:
    return units[k + 1] if k + 1 < len(units) else None


def _next_sub_label(units: list[_Unit], k: int) -> str | None:
    # By index, not a slice: copying the rest of the list for every label was quadratic.
    for j in range(k + 1, len(units)):
        unit = units[j]
        if unit.kind == "op":
            return None
        if unit.kind == "sub":
            return unit.label
    return None


# --------------------------------------------------------------------------- checks


#: A Markdown footnote's reference at the end of a paragraph: "[^1]", "[^note]".
_MD_NOTE_REF = compile_cached(r"\[\^[^\]\s]{1,20}\]$")


def _structural_warnings(draft_pp: list[_Node], draft_op: list[_Node]) -> list[ParseWarning]:
    """Preambular paragraphs without a final comma, operative ones without a verb."""
    warnings: list[ParseWarning] = []
    for node in draft_pp:
        last = node
        while last.children:
            last = last.children[-1]  # (None or a list of one at least)
        # A drafter's note after the recital ("..., [Comment (China): delete]") is not
        # its end.
        text = without_trailing_notes(_join(last.lines))
        # Nor is a Markdown footnote's reference ("... Human Rights,[^1]").
        text = _MD_NOTE_REF.sub("", text)
        if _final_punct(text) != ",":
            warnings.append(
                _WARNING(
                    {
                        "code": "preamble-no-comma",
                        "message": f"{node.ref} does not end with a comma",
                        "line": last.lines[-1].no,
                    }
                )
            )
    for node in draft_op:
        text = _join(node.lines).lstrip("\"'“‘([|")
        if not text[:1].isupper():
            warnings.append(
                _WARNING(
                    {
                        "code": "operative-no-verb",
                        "message": f"{node.ref} does not open with a capitalised verb",
                        "line": node.lines[0].no,
                    }
                )
            )
    return warnings
