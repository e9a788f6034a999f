"""A resdiff Word report read back: its styles, bookmarks and properties, and the draft
built from them.

:mod:`resdiff.render.docx` writes each clause as a paragraph in a clause style, its label
in clause-label runs and its ref in a hidden bookmark per draft, and names each draft's
kind in a custom document property. :func:`_report_draft` builds each version's draft
from that structure rather than from the words' layout; a report edited by hand, which
no longer has it, is read through the text reader as any Word document.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import get_args

from ...model import (
    REPORT_PROPERTY,
    Annex,
    Clause,
    DocumentKind,
    DocumentStatus,
    Draft,
    Footnote,
    Heading,
    Section,
    Span,
    TrackedVersion,
)
from ..language import detect_language
from .package import _local, _Package
from .paragraphs import _Paragraph

#: The paragraph styles (by name, in lower case) of a resdiff Word report's own matter, as
#: :mod:`resdiff.render.docx` names them: title, headings, draft lines, notes. The report's
#: tracked text uses other styles (the enacting formula's and the clauses').
_REPORT_MATTER_STYLES = frozenset(
    {"title", "subtitle", "heading 1", "heading 2", "draft info", "note"}
)
#: The paragraph styles (by name, in lower case) of the cells of a report's own tables
#: (the summary, the changes): a table in other styles is the draft's.
_REPORT_TABLE_STYLES = frozenset({"table heading", "table label", "table text"})
#: The paragraph style (by name, in lower case) of the enacting formula a resdiff Word
#: report writes before its tracked text when the drafts' symbols name the organ.
_REPORT_FORMULA_STYLE = "enacting formula"
#: The paragraph style (by name, in lower case) of a draft's own heading in a report.
_REPORT_HEADING_STYLE = "draft heading"
#: The paragraph styles (by name, in lower case) of the annexes' lines and of the drafts'
#: footnotes a report writes after the operative part (see resdiff.render.docx.annexes).
_REPORT_ANNEX_STYLES = frozenset({"annex title", "annex text"})
_REPORT_FOOTNOTE_STYLE = "draft footnote"
#: The bookmark name prefixes opening each draft's annexes in a report.
_REPORT_ANNEX_BOOKMARKS = {"original": "_rdoX", "accepted": "_rdnX"}
#: The character style (by name, in lower case) of a report's clause labels.
_REPORT_LABEL_STYLE = "clause label"
#: The paragraph styles (by name, in lower case) of a report's clauses.
_REPORT_CLAUSE_STYLES = frozenset(
    {"preambular paragraph", "operative paragraph", "subparagraph", "sub-subparagraph"}
)
#: The bookmark name prefixes of the old and new draft's refs in a report (as
#: :func:`resdiff.render.docx.ref_bookmark` writes them).
_REPORT_BOOKMARKS = {"original": "_rdo", "accepted": "_rdn"}
#: The kinds a report's "resdiff old kind" / "resdiff new kind" property may name (as
#: :data:`resdiff.render.docx.KIND_PROPERTIES` writes it).
_KINDS: dict[str, DocumentKind] = {
    "draft": "draft",
    "resolution": "resolution",
    "statement": "statement",
}
_CUSTOM_PART = "docProps/custom.xml"


@dataclass
class _ReportClause:
    """A clause of a report's tracked text, read from its paragraph."""

    ref: str
    section: Section
    label: str | None
    text: str
    line: int
    heading: str | None = None
    last_line: int = 0
    children: list[_ReportClause] = field(default_factory=list)


#: The organ each enacting formula a report writes names.
_FORMULA_ORGANS = {
    "the security council,": "Security Council",
    "the general assembly,": "General Assembly",
}


def _heading(words: str, line: int, section: Section, before: str | None) -> Heading:
    """A heading of the report: its words, on its one paragraph ``line``, standing
    ``before`` the clause of that ref (``None``: after the last clause)."""
    return Heading(
        text=words, section=section, before=before, span=Span(first_line=line, last_line=line)
    )


def _report_draft(
    paragraphs: list[_Paragraph], version: TrackedVersion, path: str | None
) -> Draft | None:
    """The draft of a resdiff Word report's tracked text, read from the structure the
    report wrote rather than from its words' layout: each clause is a paragraph in a
    clause style, with its label in clause-label runs and its ref in a hidden bookmark
    per draft (:func:`resdiff.render.docx.ref_bookmark`); the drafts' headings are
    paragraphs in the draft-heading style, the enacting formula one in its own style.

    ``None`` when the text is not all of that form (a paragraph in another style, a
    clause without its ref, a ref out of place or twice): a report edited by hand is read
    through the text reader, as any Word document.
    """
    prefix = _REPORT_BOOKMARKS[version]
    formula: str | None = None
    top: list[_ReportClause] = []
    by_ref: dict[str, _ReportClause] = {}
    headings: list[Heading] = []
    pending: list[tuple[str, int]] = []
    heading: str | None = None
    operative_seen = False
    annexes: list[tuple[str, list[str]]] = []
    notes: list[Footnote] = []
    for para in paragraphs:
        text = " ".join(para.text.split())
        if para.style == _REPORT_FORMULA_STYLE and formula is None and not by_ref:
            formula = text
            continue
        if para.style in _REPORT_ANNEX_STYLES:
            # An annex opens at its bookmark (its title line in this draft), whatever
            # style a joined line kept; its other lines follow it.
            opens = any(n.startswith(_REPORT_ANNEX_BOOKMARKS[version]) for n in para.bookmarks)
            if opens or not annexes:
                annexes.append((text, []))
            elif text:
                annexes[-1][1].append(text)
            continue
        if para.style == _REPORT_FOOTNOTE_STYLE:
            if text:
                notes.append(Footnote(mark=str(len(notes) + 1), text=text, line=para.index))
            continue
        if annexes or notes:
            return None  # a clause after the annexes: not the report's order
        if para.style == _REPORT_HEADING_STYLE and text:
            pending.append((text, para.index))
            continue
        refs = [ref for name in para.bookmarks if (ref := _bookmark_ref(name, prefix))]
        if (
            para.style not in _REPORT_CLAUSE_STYLES
            or para.report_text is None
            or len(refs) != 1
            or refs[0] in by_ref
        ):
            return None
        # The ref says where the clause stands, not the style: LibreOffice, saving a
        # report again, gives a paragraph after deleted sub-paragraphs their style.
        ref = refs[0]
        parent_ref = _parent_ref(ref)
        parent = by_ref.get(parent_ref) if parent_ref is not None else None
        if parent_ref is not None and parent is None:
            return None
        if parent is not None:
            section: Section = parent.section
        elif ref.startswith("PP"):
            section = "preamble"
        elif ref.startswith("OP"):
            section = "operative"
        else:
            return None
        # A heading printed after an operative paragraph stands in the operative part, as
        # the text reader reads it, even over a recital: part B's "Acting under Chapter
        # VII ..." of a resolution in parts (S/RES/814 (1993)).
        printed_in: Section = "operative" if operative_seen else section
        for words, line in pending:
            headings.append(_heading(words, line, printed_in, ref))
            if parent is None:
                heading = words  # the clause falls under the last (innermost) heading
        pending = []
        label = " ".join(para.report_label.split()) or None
        clause = _ReportClause(
            ref, section, label, " ".join(para.report_text.split()), para.index, heading
        )
        by_ref[ref] = clause
        (parent.children if parent is not None else top).append(clause)
        operative_seen = operative_seen or section == "operative"
    if not by_ref:
        return None
    last_section: Section = "operative" if top[-1].section == "operative" else "preamble"
    # A heading with no clause after it keeps its words, as the text reader does.
    headings.extend(_heading(words, line, last_section, None) for words, line in pending)
    clauses = _report_clauses(list(by_ref.values()))
    preamble = tuple(clauses[c.ref] for c in top if c.section == "preamble")
    operative = tuple(clauses[c.ref] for c in top if c.section == "operative")
    return Draft(
        organ=_FORMULA_ORGANS.get((formula or "").lower()),
        language=detect_language(" ".join(c.full_text() for c in preamble + operative)),
        enacting_formula=formula,
        preamble=preamble,
        operative=operative,
        headings=tuple(headings),
        annexes=tuple(Annex(title=title, paragraphs=tuple(lines)) for title, lines in annexes),
        footnotes=tuple(notes),
    )


#: What a report's custom properties say of each draft, by the word after "resdiff old"
#: or "resdiff new" (see resdiff.render.docx.package).
_INFO_WORDS = ("kind", "symbol", "date", "status", "sponsors")
_STATUSES: dict[str, DocumentStatus] = {status: status for status in get_args(DocumentStatus)}


def _report_properties(package: _Package, version: TrackedVersion) -> dict[str, str]:
    """What the report's custom document properties say of the draft it gives in
    ``version``: its kind, symbol, date, status and sponsors, as written."""
    root = package.xml(_CUSTOM_PART) if package.has(_CUSTOM_PART) else None
    if root is None:
        return {}
    role = "old" if version == "original" else "new"
    found: dict[str, str] = {}
    for prop in root:
        name = prop.get("name") or ""
        if _local(prop) != "property" or not name.startswith(f"resdiff {role} "):
            continue
        word = name[len(f"resdiff {role} ") :]
        if word in _INFO_WORDS:
            found[word] = "".join(prop.itertext()).strip()
    return found


def report_kind(package: _Package) -> str | None:
    """The kind of resdiff report a custom document property names the file
    (:data:`~resdiff.model.REPORT_PROPERTY`: "precedents"), if any."""
    root = package.xml(_CUSTOM_PART) if package.has(_CUSTOM_PART) else None
    if root is None:
        return None
    for prop in root:
        if _local(prop) == "property" and prop.get("name") == REPORT_PROPERTY:
            return "".join(prop.itertext()).strip() or None
    return None


def report_info(package: _Package, version: TrackedVersion) -> dict[str, object]:
    """The draft fields a report's properties restore (kind, symbol, date, status, sponsors),
    each only when it reads as one: a property edited by hand into nonsense is left out,
    not trusted."""
    props = _report_properties(package, version)
    out: dict[str, object] = {}
    kind = _KINDS.get(props.get("kind", ""))
    if kind is not None:
        out["kind"] = kind
    symbol = props.get("symbol", "")
    if symbol and len(symbol) <= _MAX_SYMBOL:
        out["symbol"] = symbol
    try:
        if props.get("date"):
            out["date"] = _dt.date.fromisoformat(props["date"])
    except ValueError:
        pass
    status = _STATUSES.get(props.get("status", ""))
    if status is not None:
        out["status"] = status
    sponsors = tuple(s for s in props.get("sponsors", "").split("\n") if s.strip())
    if sponsors:
        out["sponsors"] = sponsors
    return out


#: The longest symbol a report's property may give (the readers' own symbols are short).
_MAX_SYMBOL = 80


def _report_clauses(read: list[_ReportClause]) -> dict[str, Clause]:
    """The clauses of a report, by ref, built from the innermost out (``read`` lists
    each clause after its parent), so that no nesting depth needs recursion."""
    built: dict[str, Clause] = {}
    for node in reversed(read):
        children = tuple(built[child.ref] for child in node.children)
        last = max([node.line] + [c.span.last_line for c in children if c.span])
        built[node.ref] = Clause(
            ref=node.ref,
            section=node.section,
            label=node.label,
            text=node.text,
            children=children,
            heading=node.heading,
            span=Span(first_line=node.line, last_line=last),
        )
    return built


def _bookmark_ref(name: str, prefix: str) -> str | None:
    """The ref a report's bookmark names for one draft (``_rdnOP3_a_ii`` →
    ``OP3(a)(ii)`` for the new draft, ``_rdnOP5__2`` → ``OP5-2``), else ``None``."""
    if not name.startswith(prefix) or len(name) == len(prefix):
        return None
    out: list[str] = []
    opened = False
    k = len(prefix)
    while k < len(name):
        ch = name[k]
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            k += 1
            continue
        if ch != "_":
            return None
        if opened:
            out.append(")")
        if name[k + 1 : k + 2] == "_":
            out.append("-")
            opened, k = False, k + 2
        else:
            out.append("(")
            opened, k = True, k + 1
    if opened:
        out.append(")")
    return "".join(out)


def _parent_ref(ref: str) -> str | None:
    """The ref of the clause ``ref`` is a sub-paragraph of (``OP3(a)-2`` → ``OP3``), or
    ``None`` for a paragraph (``PP2``, ``OP5-2``)."""
    core = ref
    dash = core.rfind("-")
    if dash > 0 and core[dash + 1 :].isdigit():
        core = core[:dash]
    if not core.endswith(")"):
        return None
    opening = core.rfind("(")
    return core[:opening] if opening > 0 else None
