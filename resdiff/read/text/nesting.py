"""The clause tree's builder, which the tree stage (:mod:`.tree`) drives: nodes opened for
recitals, paragraphs and headings, sub-paragraph lists nested by their label families
(a misprinted label read as the one expected), keys made unique, numbering warnings,
the depth bound."""

from __future__ import annotations

from functools import lru_cache

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
)
from .labels import _next_key, _ocr_roman
from .lines import (
    _final_punct,
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
    _INSERTED,
    _OP_SUFFIX,
    _PART_LABEL,
    _PART_LABEL_CHARS,
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
        #: The refs the draft's typed labels "1 bis." will take (:func:`inserted_ref`),
        #: which a paragraph without a number does not take first.
        self.typed_refs: set[str] = set()
        #: The next suffix to try for a ref used already, so that repeats cost no search.
        self.ref_suffixes: dict[str, int] = {}
        self.notes: list[Footnote] = []
        #: The line of an enacting formula met after operative paragraphs with no part
        #: label above it: a second resolution run on as the first's (the reader warns).
        self.second_formula: int | None = None
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
        if inserted is not None and number is not None:
            # "1 bis." (a paragraph inserted after 1 without renumbering): its own ref,
            # "OP1bis", outside the count, so 2 after it is no gap.
            self._open(_node(unit, self._unique(inserted_ref(unit, number)), "operative"))
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

    def add_unnumbered_op(self, unit: _Unit) -> None:
        """An operative paragraph without a number standing on its own (the Word reader's
        hint: a tracked change took its number off): outside the count, so the next
        number is no gap, and cited after the numbered paragraph above it, as a
        paragraph inserted unnumbered is in negotiation ("OP1bis"); said in a
        ``numbering-removed`` warning."""
        # The next suffix no paragraph holds and none typed in the draft will ("1 bis."
        # typed below it keeps "OP1bis", one above it makes this "OP1ter"), as a
        # negotiation cites a second paragraph inserted after the same one.
        above = f"OP{self.last_op or 0}"
        ref = next(
            (
                f"{above}{suffix}"
                for suffix in _INSERTED.split("|")
                if f"{above}{suffix}" not in self.used_refs
                and f"{above}{suffix}" not in self.typed_refs
            ),
            f"{above}bis",
        )
        ref = self._unique(ref)
        self._open(_node(unit, ref, "operative"))
        self.warn(
            "numbering-removed",
            f"an operative paragraph without a number, its own paragraph: read as {ref}",
            unit.lines[0].no,
        )

    def add_heading(self, unit: _Unit, section: Section) -> None:
        # Two headings in a row, each standing alone ("AMISOM" then "Priorities and
        # tasks"): two headings, both before the next clause. A heading wrapped over two
        # lines is one unit, so it stays one heading.
        span = _SPAN({"first_line": unit.lines[0].no, "last_line": unit.lines[-1].no})
        self.pending_headings.append((unit.text, span, section))
        text = unit.text
        if len(text) <= _PART_LABEL_CHARS and _PART_LABEL.match(text):
            self.part_heading = text.split()[-1].rstrip(".")

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


def inserted_ref(unit: _Unit, number: int) -> str:
    """The ref of a paragraph a negotiation labelled with a suffix ("1 bis." → "OP1bis";
    "bis", "alt", "Alt 2" and "alternative" as the ref writes them: "bis", "alt2"), or
    the plain "OP1" where its label has none."""
    inserted = _OP_SUFFIX.match(unit.label or "")
    if inserted is None:
        return f"OP{number}"
    suffix = "".join(c for c in inserted.group(1).lower() if c.isalnum())
    return f"OP{number}{suffix.replace('alternative', 'alt')}"
