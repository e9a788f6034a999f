"""The body of an AKN resolution walked into clauses: preambular containers, numbered
paragraphs with their lists, points and sublists, headings, and the repairs the markup
needs to match the printed text (see the package docstring)."""

from __future__ import annotations

from ...compiled import compile_cached
from ...model import Clause, Footnote, Section, Span
from ..common import child_ref, clean, clean_for_display, is_roman, normalize_space
from .markup import ByFields, Node

# --------------------------------------------------------------------------------------
# Text of elements

# Elements whose text is not part of the enclosing clause's own words: numbers, nested
# sub-paragraphs and headings are read separately.
_STRUCTURAL = frozenset(
    {
        "num",
        "list",
        "sublist",
        "point",
        "item",
        "subheading",
        "heading",
        "blockList",
        "paragraph",
        "container",
        "wrapUp",
        "alinea",
        "intro",
    }
)
#: The same but "intro": the elements whose text a paragraph's content reads apart (made
#: once, not at each of a long draft's thousands of contents).
_STRUCTURAL_BUT_INTRO = _STRUCTURAL - {"intro"}


class _Reader:
    """State of one read: footnotes found while extracting text, headings in order."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.footnotes: list[Footnote] = []
        self.headings: list[tuple[str, Span, Section, _Item | None]] = []

    # -- text ------------------------------------------------------------------------
    def text(self, node: Node, *, skip: frozenset[str] = frozenset()) -> str:
        """All text of ``node``, whitespace normalised, skipping ``skip`` children.

        A footnote (``authorialNote``) leaves its mark in the text and is recorded in
        :attr:`footnotes`, as a printed page shows it.
        """
        parts: list[str] = []
        self._gather(node, parts, skip)
        return normalize_space(clean_for_display("".join(parts)))

    def _gather(self, node: Node, parts: list[str], skip: frozenset[str]) -> None:
        parts.append(node.text)
        for child in node.children:
            if child.tag == "authorialNote":
                mark = child.attrs.get("marker", "")
                parts.append(mark)
                self.footnotes.append(Footnote(mark=mark, text=self.text(child), line=child.line))
            elif child.tag not in skip:
                if child.tag in {"p", "br"} and parts and parts[-1][-1:] not in {"", " "}:
                    parts.append(" ")  # paragraphs inside one element are separate lines
                self._gather(child, parts, skip)
            parts.append(child.tail)


# --------------------------------------------------------------------------------------
# Clause building


class _Item(ByFields):
    """A clause under construction: texts may still be added (continuations) and its
    ref is only known once its parent and position are."""

    # Not a dataclass (see ByFields); one is made per clause.
    __slots__ = ("children", "heading", "label", "last_line", "node", "parts")
    FIELDS = ("label", "node", "parts", "heading", "children", "last_line")

    def __init__(
        self,
        label: str | None,
        node: Node,
        parts: list[str] | None = None,
        heading: str | None = None,
        children: list[_Item] | None = None,
        last_line: int = 0,
    ) -> None:
        self.label = label
        self.node = node
        self.parts: list[str] = [] if parts is None else parts
        self.heading = heading
        self.children: list[_Item] = [] if children is None else children
        self.last_line = last_line

    def add_text(self, text: str, last_line: int) -> None:
        # Every caller passes whitespace-normalised text (from _Builder.text or
        # normalize_space), and empty text is left out: so the parts joined with one
        # space are normalised already (see _Builder.freeze).
        if text:
            self.parts.append(text)
        self.last_line = max(self.last_line, last_line)


def _label(node: Node) -> str | None:
    num = node.find("num")
    if num is None:
        return None
    label = normalize_space(clean(num.text))
    return label or None


def _is_heading_like(text: str, *, max_words: int) -> bool:
    """A short line without closing punctuation ("Political process") or a short lead-in
    ending with a colon ("Rule of law:") reads as a heading, not as a paragraph."""
    # The closing punctuation first, and the words counted only up to one past the
    # limit: most paragraphs end with a stop, a comma or a semicolon, and splitting
    # every paragraph into its words to count them cost 5 M instructions of a
    # 500-paragraph compare.
    if not text or text.endswith((".", ";", ",")):
        return False
    return len(text.split(maxsplit=max_words)) <= max_words


def _is_preamble_heading(text: str) -> bool:
    """A preambular "paragraph" of a few words, without closing punctuation and not
    opening with a participle (unless in title case), is a heading; a real paragraph that
    lost its comma ("Acting under Chapter VII of the Charter") opens with a participle
    and stays one."""
    if not _is_heading_like(text, max_words=6) or text.endswith(":"):
        return False
    first = text.split()[0].lower()
    if first.endswith(("ing", "ed")):
        # "Targeted Sanctions", "Monitoring and Reporting": a title-case heading, where
        # a recital goes on in lower case ("Acting under ...").
        # The text reader's test, imported here: an AKN file is read without loading
        # the text reader (about 8 ms of a command), and few headings get this far.
        from ..text import is_title_heading

        return is_title_heading(text)
    return not text[:1].islower()


_SEPARATOR = compile_cached(r"^[*\s]+$")
_ANNEX_TITLE = compile_cached(r"^Annex(?:\s+[A-Z0-9]{1,4})?(?:\s*[–—:-].*)?$")


class _Builder(_Reader):
    """Turns the AKN body elements into clauses."""

    def heading_for(self, text: str, node: Node, section: Section, item: _Item | None) -> None:
        self.headings.append((text, node.span, section, item))

    def point_heading(self, text: str, item: _Item) -> None:
        """The last heading recorded with this text and no clause yet stands before
        ``item``."""
        for k in range(len(self.headings) - 1, -1, -1):
            text_, span, section, target = self.headings[k]
            if target is None and text_ == text:
                self.headings[k] = (text_, span, section, item)
                return

    def collect(self, kids: list[Node], parent: _Item, section: Section) -> None:
        """Read the children of a paragraph, point, list or sublist into ``parent``.

        Works on a queue so that a ``sublist`` that belongs to the current level (after
        an unnumbered point) can be spliced in place.
        """
        queue = list(kids)
        pending: tuple[str, Node] | None = None
        hoist = False  # the next sublist continues this level (it follows an unnumbered point)
        while queue:
            node = queue.pop(0)
            tag = node.tag
            if tag in {"num", "meta"}:
                continue
            if tag == "wrapUp" and parent.children:
                # The words after a list close its last item, where a printed copy puts
                # them ("... (v) ...; and further requests the Secretary-General to include
                # gender analysis", S/RES/2612 (2021) OP55): put after the paragraph's own
                # words they would read before the list (a new user's trial).
                last = parent.children[-1]
                while last.children:
                    last = last.children[-1]
                last.add_text(self.text(node, skip=_STRUCTURAL_BUT_INTRO), node.end_line)
            elif tag in {"content", "intro", "listIntroduction", "wrapUp", "alinea", "p"}:
                parent.add_text(self.text(node, skip=_STRUCTURAL_BUT_INTRO), node.end_line)
                # an intro/content may itself hold a nested list in odd markup
                nested = [c for c in node.children if c.tag in {"list", "sublist", "blockList"}]
                for lst in nested:
                    self.collect(lst.children, parent, section)
            elif tag in {"subheading", "heading"}:
                pending = (self.text(node), node)
            elif tag in {"list", "blockList"}:
                self.collect(node.children, parent, section)
            elif tag in {"point", "item"}:
                label = _label(node)
                if label is None:
                    # Unnumbered: a heading, or a further paragraph of the text before it.
                    inner = [c for c in node.children if c.tag in {"content", "intro", "p"}]
                    text = " ".join(self.text(c, skip=_STRUCTURAL_BUT_INTRO) for c in inner)
                    text = normalize_space(text)
                    if _is_heading_like(text, max_words=12) and text:
                        pending = (text, node)
                    else:
                        target = parent.children[-1] if parent.children else parent
                        target.add_text(text, node.end_line)
                    nested = [
                        c
                        for c in node.children
                        if c.tag in {"list", "sublist", "point", "blockList"}
                    ]
                    queue[0:0] = nested
                    hoist = True
                    continue
                item = _Item(label=label, node=node, last_line=node.end_line)
                own_heading = [c for c in node.children if c.tag in {"subheading", "heading"}]
                if own_heading:
                    item.heading = self.text(own_heading[0])
                    self.heading_for(item.heading, own_heading[0], section, item)
                if pending is not None:
                    item.heading = pending[0] if item.heading is None else item.heading
                    self.heading_for(pending[0], pending[1], section, item)
                    pending = None
                parent.children.append(item)
                self.collect(
                    [c for c in node.children if c.tag not in {"subheading", "heading"}],
                    item,
                    section,
                )
                hoist = False
                continue
            elif tag == "sublist":
                if hoist or not parent.children:
                    queue[0:0] = node.children
                else:
                    self.collect(node.children, parent.children[-1], section)
                    parent.children[-1].last_line = max(
                        parent.children[-1].last_line, node.end_line
                    )
                continue
            else:
                # Unknown element: keep its words with the current clause.
                parent.add_text(self.text(node, skip=_STRUCTURAL), node.end_line)
            hoist = False
        if pending is not None:
            self.heading_for(pending[0], pending[1], section, None)

    def freeze(self, item: _Item, ref: str, section: Section) -> Clause:
        """Make the immutable clause, giving children their refs."""
        # Two lists under one paragraph can each hold a point "(a)": the second is
        # "OP1(a)-2", as the text reader names a repeated label, so every ref is unique.
        refs: list[str] = []
        # The refs taken, and for each key the suffix to try next: every suffix below it
        # is taken already, so a repeat costs no search (2,000 points "(a)" under one
        # paragraph searched a list from "-2" up for each, cubic: 14 s for 109 KB).
        used: set[str] = set()
        next_suffix: dict[str, int] = {}
        for i, child in enumerate(item.children, start=1):
            child_key = child_ref(ref, child.label, i)
            candidate = child_key
            if candidate in used:
                suffix = next_suffix.get(child_key, 2)
                candidate = f"{child_key}-{suffix}"
                while candidate in used:
                    suffix += 1
                    candidate = f"{child_key}-{suffix}"
                next_suffix[child_key] = suffix + 1
            used.add(candidate)
            refs.append(candidate)
        children = (
            tuple(
                self.freeze(child, child_key, section)
                for child, child_key in zip(item.children, refs, strict=True)
            )
            if refs
            else ()
        )
        self._refs[id(item)] = ref
        # The models' validators called with a dict, what Clause(...) and Span(...) do
        # under their keyword call (as the text reader's nodes do): two a clause.
        clause: Clause = _CLAUSE(
            {
                "ref": ref,
                "section": section,
                "label": item.label,
                # The parts are normalised and never empty (_Item.add_text): joined with
                # one space they need no second pass, which cost a regex scan a paragraph.
                "text": " ".join(item.parts),
                "children": children,
                "heading": item.heading,
                "span": _SPAN(
                    {
                        "first_line": item.node.line,
                        "last_line": max(item.node.line, item.last_line, item.node.end_line),
                    }
                ),
            }
        )
        return clause

    _refs: dict[int, str]


#: The validators ``Clause(...)`` and ``Span(...)`` call, called directly by
#: :meth:`_Builder.freeze`.
_CLAUSE = Clause.__pydantic_validator__.validate_python
_SPAN = Span.__pydantic_validator__.validate_python


# --------------------------------------------------------------------------------------
# Sub-items marked up as paragraphs of their own


def _family(label: str) -> str:
    """The list a label belongs to: ``"1."`` dot-num, ``"(a)"`` paren-alpha, ``"(ii)"``
    paren-roman, ``"a."`` dot-alpha, ``"–"`` bullet ... ("(i)" is taken as roman; "(i)"
    after "(h)" still continues the letters, see :meth:`_FlatList.attach`)."""
    raw = label.strip("().}")
    style = "paren" if label.startswith("(") else "dot"
    if not raw or not raw.isalnum():
        return "bullet"
    if raw.isdigit():
        return f"{style}-num"
    if is_roman(raw) and (raw == "i" or len(raw) > 1):
        return f"{style}-roman"
    if raw.isupper():
        return f"{style}-upper"
    return f"{style}-alpha"


def _follows(family: str, key: str, label: str) -> bool:
    """Whether ``label`` is the next one after ``key`` in a list of ``family``."""
    raw = label.strip("().}")
    if family == "bullet":
        return _family(label) == "bullet"
    if family.endswith("num"):
        return raw.isdigit() and key.isdigit() and int(raw) == int(key) + 1
    if family.endswith("roman"):
        if not (is_roman(raw) and is_roman(key)):
            return False
        values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}

        def value(r: str) -> int:
            return sum(
                -values[c] if k + 1 < len(r) and values[r[k + 1]] > values[c] else values[c]
                for k, c in enumerate(r)
            )

        return value(raw) == value(key) + 1
    return len(raw) == 1 == len(key) and ord(raw) == ord(key) + 1


class _FlatList:
    """The open lists of sub-items given as flat paragraphs after a numbered paragraph:
    "(a)" and "(b)" items of paragraph 5, "(i)" and "(ii)" items of its "(a)"."""

    def __init__(self) -> None:
        self.levels: list[tuple[_Item, str, str]] = []  # (item, family, key), outermost first

    def clear(self) -> None:
        self.levels = []

    def attach(self, paragraph: _Item, item: _Item, family: str) -> None:
        """Put ``item`` where its label continues an open list (deepest first), else open
        a new list under the deepest item."""
        label = item.label or ""
        key = label.strip("().}")
        for depth in range(len(self.levels) - 1, -1, -1):
            _, open_family, open_key = self.levels[depth]
            style_matches = open_family.split("-")[0] == family.split("-")[0]
            if style_matches and _follows(open_family, open_key, label):
                parent = self.levels[depth - 1][0] if depth else paragraph
                parent.children.append(item)
                self.levels[depth:] = [(item, open_family, key)]
                return
        parent = self.levels[-1][0] if self.levels else paragraph
        parent.children.append(item)
        self.levels.append((item, family, key))
