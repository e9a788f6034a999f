"""Untrusted XML parsed safely into a small tree of :class:`Node` s: :mod:`xml.parsers.expat`
directly, any DOCTYPE or entity declaration refused (no entity expansion, no external
resources), the element depth bounded by :data:`MAX_DEPTH`."""

from __future__ import annotations

from typing import ClassVar, NoReturn
from xml.parsers import expat

from ...errors import ResolutionParseError
from ...model import Span

#: Deepest element nesting accepted. Real AKN resolutions nest about 15 deep; the bound
#: keeps a hostile file from exhausting the stack of the recursive walks below.
MAX_DEPTH = 200

# --------------------------------------------------------------------------------------
# A tiny element tree built from expat events (we do not use xml.etree so that nothing
# but expat, with every DTD feature refused, ever sees the input).


class ByFields:
    """Equality and ``repr`` by the fields :attr:`FIELDS` names, in that order, and no
    hash: what ``@dataclass`` writes for a mutable class, for :class:`Node` and the
    builder's ``_Item``, written out once because a dataclass writes and compiles its
    methods at import (about 4 million instructions of every command)."""

    __slots__ = ()
    #: The fields, in the order of ``__init__``'s parameters.
    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, name) for name in self.FIELDS) == tuple(
            getattr(other, name) for name in self.FIELDS
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({shown})"


class Node(ByFields):
    """One XML element: local tag name, attributes (local names), children in order,
    ``text`` before the first child and ``tail`` after the element, and its lines."""

    # Not a dataclass (see ByFields); one is made per XML element.
    __slots__ = ("attrs", "children", "end_line", "line", "tag", "tail", "text")
    FIELDS = ("tag", "attrs", "line", "end_line", "text", "tail", "children")

    def __init__(
        self,
        tag: str,
        attrs: dict[str, str],
        line: int,
        end_line: int = 0,
        text: str = "",
        tail: str = "",
        children: list[Node] | None = None,
    ) -> None:
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.end_line = end_line
        self.text = text
        self.tail = tail
        self.children: list[Node] = [] if children is None else children

    def find(self, tag: str) -> Node | None:
        """First child with this tag."""
        return next((c for c in self.children if c.tag == tag), None)

    def iter(self, tag: str | None = None) -> list[Node]:
        """This element and every descendant (document order), optionally filtered."""
        out: list[Node] = []
        stack = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                out.append(node)
            stack.extend(reversed(node.children))
        return out

    @property
    def span(self) -> Span:
        return Span(first_line=self.line, last_line=max(self.line, self.end_line))


def _local(name: str) -> str:
    # Without namespace processing expat gives "prefix:local"; only the local name
    # matters (AKN and the akn4un extension never reuse a local name with another sense).
    return name.rsplit(":", 1)[-1]


def parse_xml(text: str, *, path: str | None = None) -> Node:
    """Parse XML into a :class:`Node` tree, refusing DTDs and entity declarations.

    Raises :class:`ResolutionParseError` with the line and column for malformed XML.
    """
    parser = expat.ParserCreate(encoding="UTF-8")
    # Never read external DTDs or parameter entities, whatever the document asks for.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True

    root: list[Node] = []
    stack: list[Node] = []
    # Local names by qualified name: a document repeats a few dozen names thousands of
    # times, and splitting each again cost a tenth of the read of a long draft.
    local: dict[str, str] = {}

    def refuse(*_args: object) -> NoReturn:
        raise ResolutionParseError(
            "XML with a DOCTYPE or entity declarations is refused: Akoma Ntoso needs "
            "neither, and entities can expand without bound or read local files",
            path=path,
            line=parser.CurrentLineNumber,
            column=parser.CurrentColumnNumber + 1,
        )

    def start(name: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise ResolutionParseError(
                f"XML elements nested more than {MAX_DEPTH} deep",
                path=path,
                line=parser.CurrentLineNumber,
            )
        tag = local.get(name)
        if tag is None:
            tag = local[name] = _local(name)
        # expat gives each element a dict of its own: kept as it is unless a name has a
        # prefix (most have none; rebuilt, it cost a call per attribute of every element).
        for key in attrs:
            if ":" in key:
                attrs = {_local(k): v for k, v in attrs.items()}
                break
        node = Node(tag, attrs, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop().end_line = parser.CurrentLineNumber

    def chars(data: str) -> None:
        if not stack:
            return
        top = stack[-1]
        if top.children:
            top.children[-1].tail += data
        else:
            top.text += data

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError as exc:
        raise ResolutionParseError(
            f"malformed XML: {expat.ErrorString(exc.code)}",
            path=path,
            line=exc.lineno,
            column=exc.offset + 1,
        ) from exc
    if not root:  # pragma: no cover - expat reports "no element found" first
        raise ResolutionParseError("empty XML document", path=path)
    return root[0]
