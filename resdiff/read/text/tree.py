"""The tree, the last stage of the text reader: units numbered and built into clause trees
(sub-paragraph lists, headings, numbering warnings, the depth bound). A unit becomes its
clause's node in :mod:`.nodes`, headings are told in :mod:`.headings`, and the tree built
is checked in :mod:`.structure`."""

from __future__ import annotations

from functools import lru_cache

from ...brackets import DELETION_MARKS, drafters_notes
from ...model import (
    MAX_CLAUSE_DEPTH,
    Footnote,
    Heading,
    ParseWarning,
    Section,
    Span,
)
from ..common import child_ref
from .headings import (
    _ending,
    _is_heading,
    _is_lead_in_heading,
    _is_numbered_heading,
    _is_operative_heading,
    _is_preamble_end_heading,
    _joined_punct,
    _next,
)
from .labels import _continues, _family_of, _next_key, _ocr_roman
from .lines import (
    _final_punct,
    _join,
    _Line,
)
from .nodes import (
    _HEADING,
    _SPAN,
    _WARNING,
    _add_child,
    _child_count,
    _Node,
    _node,
)
from .patterns import (
    _BULLETS,
    _CLOSING_FORMULA,
    _FOOTNOTE,
    _FORMULA,
    _OP_SUFFIX,
    _PART_LABEL,
    _PART_LABEL_CHARS,
    _PARTICIPLE,
    _PP_OPENER,
)
from .shapes import _ocr_misread
from .units import _Unit


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
        #: The recital a quotation was read into, while the quotation may go on.
        self.quoting: _Node | None = None
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
            if (misread := _ocr_misread(unit.label, number)) is not None:
                self.warn("numbering-ocr", misread, line)  # "Z." for 2: shapes._ocr_op
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
        # Where two open lists would both take the label ("3." after "2." at two
        # levels), the one set at the label's own indent takes it: a Markdown list goes
        # back up a level by its indent ("    3. promote accountability" after "        2.
        # the Council of Representatives", a new user's trial).
        takers = [
            depth
            for depth in range(len(stack) - 1, 0, -1)
            if stack[depth].family in families
            and stack[depth].family != "bullet"
            and (key := roman if stack[depth].family in _ROMAN else raw)
            and key == _next_key(stack[depth].family, stack[depth].key)
        ]
        if len(takers) > 1:
            level_at = [d for d in takers if abs(stack[d].indent - unit.indent) <= 1]
            if level_at and level_at[0] != takers[0]:
                depth = level_at[0]
                family = stack[depth].family
                self._attach(depth - 1, unit, family, roman if family in _ROMAN else raw)
                return
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
        # A label standing where a list skips exactly one place ("(a)", "(5)", "(c)"):
        # the label the list expects, as a scan misreads it (S/RES/82 (1950), OP4),
        # not a list inside item (a). The label after it is the witness, and the label
        # itself must look like a misprint of one: a digit, a letter, or two characters
        # holding the expected one ("(ad)" for "(d)", S/RES/814 (1993)); a bullet, "(ii)"
        # or "(bis)" is what a draft wrote, not what a scan misread. A first label of
        # another family ("(i)" or "(1)" in a lettered list) may open a list inside the
        # item, and is left to the rules below; one of the list's own family ("(a)"
        # between "(c)" and "(e)", S/RES/864 (1993)) would not.
        if next_label is not None and "bullet" not in families:
            _, follow_raw, follow_roman = _label_families(next_label)
            for depth in range(len(stack) - 1, 0, -1):
                level = stack[depth]
                if level.family == "bullet" or (
                    raw in _FIRST_KEYS and raw != _first_key(level.family)
                ):
                    continue
                expected = _next_key(level.family, level.key)
                follow = follow_roman if level.family in _ROMAN else follow_raw
                if (
                    expected
                    and follow
                    and follow == _next_key(level.family, expected)
                    and _misprint_of(raw, expected)
                ):
                    self.warn(
                        "numbering-ocr",
                        f"{label} in {self.stack[0].ref} read as {expected}, the label "
                        f"expected between {level.key} and {follow} (a misprint)",
                        unit.lines[0].no,
                    )
                    self._attach(depth - 1, unit, level.family, expected)
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
        first = _first_key(family)
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

    def quotation_goes_on(self, unit: _Unit) -> bool:
        """Join ``unit`` to the open recital when it goes on with a quotation the recital
        announces: "... its Article 2, paragraph 4, which reads:" / (blank) / "“All
        Members shall refrain ...”,", the quotation ends the recital (S/RES/186 (1964)),
        not a recital of its own; so does every paragraph after it that opens with a
        quotation mark, whether the one before closed its quotation or not (the
        paragraphs of one quotation, S/RES/490 (1981), or the several paragraphs a
        recital announces, "Recalling the following paragraphs of its resolution ...:"):
        a recital of the Council's own opens with a participle or an adjective, never
        with a quotation mark. Whether it did."""
        stack = self.stack
        if not (stack and len(stack) == 1 and unit.text[:1] in _OPENING_QUOTES):
            return False
        recital = stack[0]
        ending = _ending(recital.lines)
        if _final_punct(ending) == ":":
            self.warn(
                "quotation-joined",
                f"the quotation {recital.ref} announces (after its ':') read as part of "
                f"{recital.ref}",
                unit.lines[0].no,
            )
        elif self.quoting is not recital:
            return False
        self.quoting = recital
        self.continue_text(unit)
        return True

    def highest_op(self) -> int:
        """The highest paragraph number used so far in the current part (0 before any)."""
        suffix = f"-{self.part}" if self.part else ""
        numbers = [
            int(digits)
            for node in self.operative
            if node.ref.startswith("OP")
            and (
                digits := node.ref[2:].split("-")[0].rstrip("abcdefghijklmnopqrstuvwxyz")
            ).isdecimal()
            and (not suffix or node.ref.endswith(suffix))
        ]
        return max(numbers, default=0)

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


def _misprint_of(raw: str, expected: str) -> bool:
    """Whether the label key ``raw`` may be ``expected`` as a scan misprints it: one digit
    or one letter, or two characters one of which is the expected key."""
    if len(raw) == 1:
        return raw.isalnum()
    return len(raw) == 2 and len(expected) == 1 and expected in raw


#: The marks a quotation opens with.
_OPENING_QUOTES = frozenset("“\"‘'«")
#: The key that opens a list of each kind of family ("paren-alpha", "dot-alpha": "a").
_FIRST_KEY = {"alpha": "a", "roman": "i", "num": "1", "upper": "A"}
#: The keys that open a list ("I" too, a capital Roman one): read as a misprinted label
#: only in a list of their own family.
_FIRST_KEYS = frozenset({*_FIRST_KEY.values(), "I"})


def _first_key(family: str) -> str | None:
    """The key that opens a list of ``family`` ("paren-roman": "i"), ``None`` for bullets."""
    return _FIRST_KEY.get(family.split("-")[-1])


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
            elif not b.quotation_goes_on(unit):
                b.add_pp(unit)
            continue
        if section == "preamble" or not b.stack:
            if section == "preamble" and b.quotation_goes_on(unit):
                continue
            b.add_pp(unit)
            continue
        # An unnumbered paragraph inside the operative part.
        previous = _ending(b.stack[-1].lines)
        if (
            following is None
            and _final_punct(previous) == ";"
            and _CLOSING_FORMULA.match(unit.text)
        ):
            # "6. Urges ...;" / (blank) / "Decides to remain seized of the matter.": the
            # closing paragraph whose number the print lost, not a second paragraph of
            # the one before (whose ";" says it was not the last).
            # After the highest number used in the part, not the last one read: "1.",
            # "3.", "2." and the closing line make it 4.
            number = b.highest_op() + 1
            # A number the reader gave is no gap in the print's numbering.
            b.last_op = number - 1
            b.add_op(unit, number)
            b.warn(
                "numbering-lost",
                f"the closing paragraph has no number: read as {b.operative[-1].ref}",
                unit.lines[0].no,
            )
            continue
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
                # The next recital of such a run, after a recital's comma (S/RES/864 (1993)).
                or (b.stack[0].section == "preamble" and _final_punct(previous) == ",")
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
    # A unit whose lines hold no "[" holds no note (joining adds no bracket): told before
    # it is joined, as most are (asked twice of every paragraph).
    for line in unit.lines:
        if "[" in line.text:
            break
    else:
        return False
    text = unit.text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return False
    if text[1:-1].strip().lower() in DELETION_MARKS:
        # "[Deleted]": a placeholder where a paragraph stood, warned of as such.
        return False
    return "".join(drafters_notes(text)).replace(" ", "") == text.replace(" ", "")


def _next_sub_label(units: list[_Unit], k: int) -> str | None:
    # By index, not a slice: copying the rest of the list for every label was quadratic.
    for j in range(k + 1, len(units)):
        unit = units[j]
        if unit.kind == "op":
            return None
        if unit.kind == "sub":
            return unit.label
    return None
