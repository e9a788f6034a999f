"""The Word report: the two drafts as one document with real tracked revisions.

:func:`render_docx` writes a complete Office Open XML package (``.docx``) with the
standard library alone. Every change's word redline becomes revision marks that Word and
LibreOffice list as changes to accept or reject, each signed with an author and a date:
kept words are plain runs, deleted words ``<w:del>`` runs holding ``<w:delText>``,
inserted words ``<w:ins>`` runs. Paragraph numbers are typed as each draft printed
them (none for an unnumbered paragraph, "ii." not "(ii)") and tracked like words ("4."
deleted, "3." inserted). The drafts' headings ("Political process") stand before the
clauses they head, plain when both drafts have them there, otherwise deleted where the
old draft has them and inserted where the new one does. A paragraph the new draft
dropped is wholly deleted (paragraph mark included), one it added wholly inserted; a
split paragraph becomes its parts with an inserted paragraph mark between them, a merge
the joined paragraph with a deleted one. A paragraph that moved is a tracked move,
``<w:moveFrom>`` where the old draft has it and ``<w:moveTo>`` where the new one does,
with its own word changes at each place; so is a part of a split or merge that stands
apart from the others.
Accepting every revision gives the new draft and rejecting every revision the old one,
each in its own order (as read, even where its numbers are out of order) and numbering.

Above the text stand a title, the two drafts, the key changes, a summary table (net
direction, counts per kind, Chapter VII / Article 39 / use-of-force status, measures,
headings) and a table of the changes with their reasons. That matter, the section
headings and the closing note stand in block content controls tagged
:data:`~resdiff.model.REPORT_TAG`, which resdiff's Word reader skips: the report read
back (``resdiff compare report.docx``) is its two drafts, and comparing them gives the
changes the report was made from. The package holds no comments, macros or external
links.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from ..chains import longest_increasing
from ..explain import describe_shift
from ..model import PART_BREAK, REPORT_ALIAS, REPORT_TAG, Change, Comparison, DraftInfo, FlagStatus
from ..read.common import is_roman
from ._common import (
    DELETE,
    DIRECTION_WORDS,
    EQUAL,
    INSERT,
    KEY_CHANGES_TITLE,
    draft_facts,
    draft_title,
    flag_statuses,
    heading_phrase,
    is_quiet,
    key_change_phrase,
    kind_counts,
    match_note,
    measure_groups,
    measure_phrase,
    no_key_changes,
    placed_headings,
    section_move,
)
from ._common import title as change_title
from .html import PALETTE

__all__ = [
    "CLAUSE_STYLES",
    "HEADING_STYLE",
    "KIND_PROPERTIES",
    "LABEL_STYLE",
    "clause_label",
    "enacting_formula",
    "ref_bookmark",
    "render_docx",
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties"

#: Paragraph style of a clause by section and depth (0 paragraph, 1 sub-paragraph, ...).
CLAUSE_STYLES: dict[tuple[str, int], str] = {
    ("preamble", 0): "Preambular",
    ("operative", 0): "Operative",
    ("preamble", 1): "Subparagraph",
    ("operative", 1): "Subparagraph",
    ("preamble", 2): "Subsubparagraph",
    ("operative", 2): "Subsubparagraph",
}

#: Paragraph style of the drafts' own headings ("Political process") in the tracked text.
HEADING_STYLE = "DraftHeading"

#: Character style of the paragraph numbers ("1.", "(a)") at the start of clauses.
LABEL_STYLE = "ClauseLabel"

# Characters XML 1.0 cannot hold at all; a draft's text should never contain them, but a
# valid package matters more than a stray control character. Each is written as its
# Unicode control picture ("\x1b" as "␛", a non-character as "�") so the reader of the
# report sees that something stood there: nothing of the draft is dropped unseen.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_PICTURES = {
    **{code: 0x2400 + code for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))},
    0xFFFE: 0xFFFD,
    0xFFFF: 0xFFFD,
}
# "OP5-2": the second paragraph numbered 5 (the reader keeps both).
_OP_REF = re.compile(r"^OP(\d+)(?:-\d+)?$", re.IGNORECASE)
_SUB_REF = re.compile(r"\(([^()]+)\)$")
# Zip entries get a fixed timestamp so that the same comparison and date give the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _x(text: str) -> str:
    if _INVALID_XML.search(text):
        text = text.translate(_CONTROL_PICTURES)
    return escape(text)


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("", text))


def clause_label(ref: str) -> str | None:
    """The printed number of a clause from its ref: ``OP3`` → ``3.``, ``OP3(a)`` → ``(a)``,
    ``OP3(a)(ii)`` → ``(ii)``; ``None`` for a preambular paragraph (``PP2``)."""
    if m := _SUB_REF.search(ref):
        return f"({m.group(1)})"
    if m := _OP_REF.match(ref):
        return f"{m.group(1)}."
    return None


@dataclass(frozen=True)
class _Numbering:
    """Each draft's printed numbers and reading order, by ref (from
    :attr:`DraftInfo.clauses`; empty for a comparison read from a document that did not
    keep them, when the refs give both)."""

    old_labels: dict[str, str | None] = field(default_factory=dict)
    new_labels: dict[str, str | None] = field(default_factory=dict)
    old_order: dict[str, int] = field(default_factory=dict)
    new_order: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, old: DraftInfo, new: DraftInfo) -> _Numbering:
        return cls(
            {c.ref: c.label for c in old.clauses},
            {c.ref: c.label for c in new.clauses},
            {c.ref: k for k, c in enumerate(old.clauses)},
            {c.ref: k for k, c in enumerate(new.clauses)},
        )

    def label(self, ref: str | None, old: bool) -> str | None:
        """The number printed before clause ``ref`` of the old (new) draft."""
        if ref is None:
            return None
        labels = self.old_labels if old else self.new_labels
        return labels[ref] if ref in labels else clause_label(ref)


class _Revisions:
    """Hands out revision ids and the attributes every revision mark carries, and knows
    the drafts' printed numbers and order (:class:`_Numbering`)."""

    def __init__(
        self, author: str, date: _dt.datetime, numbering: _Numbering | None = None
    ) -> None:
        self.numbering = numbering or _Numbering()
        if date.tzinfo is None:
            date = date.replace(tzinfo=_dt.UTC)
        self.author = author
        self.date = date.astimezone(_dt.UTC).replace(microsecond=0)
        self.stamp = self.date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = 0
        self._moves = 0
        self._bookmarks = 0

    def attrs(self) -> str:
        self._next += 1
        return f' w:id="{self._next}" w:author={_a(self.author)} w:date="{self.stamp}"'

    def bookmark_id(self) -> int:
        """A new bookmark id (bookmarks have ids of their own, apart from revisions')."""
        self._bookmarks += 1
        return self._bookmarks

    def move_name(self) -> str:
        """A new name linking the two ranges of one move."""
        self._moves += 1
        return f"move{self._moves}"

    def move_range(self, kind: str, name: str) -> tuple[str, str]:
        """The start and end marks of one side (``moveFrom`` or ``moveTo``) of move
        ``name``; start and end share an id."""
        start = f"<w:{kind}RangeStart{self.attrs()} w:name={_a(name)}/>"
        return start, f'<w:{kind}RangeEnd w:id="{self._next}"/>'


def _text_content(text: str, tag: str) -> str:
    """Run content for ``text``: ``<w:t>`` (or ``<w:delText>``) pieces, tabs and breaks."""
    out: list[str] = []
    for piece in re.split(r"(\t|\r\n|\n|\r)", text):
        if not piece:
            continue
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\n", "\r", "\r\n"):
            out.append("<w:br/>")
        else:
            out.append(f'<{tag} xml:space="preserve">{_x(piece)}</{tag}>')
    return "".join(out)


def _run(
    text: str,
    *,
    deleted: bool = False,
    bold: bool = False,
    style: str | None = None,
    tab: bool = False,
) -> str:
    props = ""
    if style or bold:
        props = "<w:rPr>"
        if style:
            props += f'<w:rStyle w:val="{style}"/>'
        if bold:
            props += "<w:b/>"
        props += "</w:rPr>"
    body = _text_content(text, "w:delText" if deleted else "w:t")
    return f"<w:r>{props}{body}{'<w:tab/>' if tab else ''}</w:r>"


def _para(
    runs: str | Iterable[str], style: str | None = None, *, extra_ppr: str = "", mark: str = ""
) -> str:
    content = runs if isinstance(runs, str) else "".join(runs)
    ppr = ""
    if style or extra_ppr or mark:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        ppr += extra_ppr
        if mark:
            ppr += f"<w:rPr>{mark}</w:rPr>"
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def _text_para(text: str, style: str | None = None, *, bold: bool = False) -> str:
    return _para(_run(text, bold=bold), style)


# ---------------------------------------------------------------------------------------
# Tables


def _cell(paragraphs: str, width: int, fill: str | None = None) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{paragraphs}</w:tc>'


def _lines_para(lines: list[str], style: str = "TableText") -> str:
    runs: list[str] = []
    for i, line in enumerate(lines):
        if i:
            runs.append("<w:r><w:br/></w:r>")
        runs.append(_run(line))
    return _para(runs or [_run("")], style)


def _table(rows: list[list[tuple[list[str], str | None]]], widths: list[int], header: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        "<w:tbl><w:tblPr>"
        '<w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    for i, row in enumerate(rows):
        is_head = header and i == 0
        trpr = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if is_head else "") + "</w:trPr>"
        cells: list[str] = []
        for col, (lines, fill) in enumerate(row):
            style = "TableHead" if is_head else ("TableLabel" if col == 0 else "TableText")
            cells.append(
                _cell(
                    _lines_para(lines, style),
                    widths[col],
                    PALETTE["head-bg"] if is_head else fill,
                )
            )
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _kind_fill(kind: str) -> str | None:
    return PALETTE.get(f"{kind}-bg")


_STATUS_FILL: dict[FlagStatus, str] = {
    "kept": PALETTE["kept-bg"],
    "added": PALETTE["added-bg"],
    "dropped": PALETTE["dropped-bg"],
    "absent": PALETTE["absent-bg"],
    # Not analysed (a draft not in English): shown like "absent", but the word says why.
    "unknown": PALETTE["absent-bg"],
}


_DIRECTION_KIND = {"softer": "softened", "stronger": "strengthened", "mixed": "mixed"}


def _summary_table(cmp: Comparison) -> str:
    s = cmp.summary
    direction_fill = _kind_fill(_DIRECTION_KIND.get(s.direction, "reworded"))
    rows: list[list[tuple[list[str], str | None]]] = [
        [
            (["Net direction"], None),
            ([f"{s.direction}: {DIRECTION_WORDS[s.direction]}"], direction_fill),
        ]
    ]
    for kind, n in kind_counts(s):
        rows.append([([kind.capitalize()], None), ([str(n)], _kind_fill(kind) if n else None)])
    rows.append([(["Moved"], None), ([str(s.moved)], PALETTE["moved-bg"] if s.moved else None)])
    for name, status in flag_statuses(s):
        rows.append([([name], None), ([status], _STATUS_FILL[status])])
    for group_name, group in measure_groups(s):
        rows.append([([group_name], None), ([measure_phrase(m) for m in group] or ["none"], None)])
    rows.append(
        [(["Headings"], None), ([heading_phrase(h) for h in s.headings] or ["none changed"], None)]
    )
    return _table(rows, [3000, 6000], header=False)


def _why(change: Change) -> list[str]:
    lines = [describe_shift(shift) for shift in change.shifts]
    lines += [n for n in (section_move(change), match_note(change)) if n]
    if change.moved and change.old:
        lines.append(f"moved (was {' + '.join(change.old)})")
    if not lines:
        lines.append(
            {"added": "new paragraph", "dropped": "paragraph removed"}.get(
                change.kind, "wording changed" if change.kind != "unchanged" else "moved"
            )
        )
    return lines


def _changes_table(cmp: Comparison) -> str | None:
    rows: list[list[tuple[list[str], str | None]]] = [
        [(["Paragraph"], None), (["Change"], None), (["Why"], None)]
    ]
    for top in cmp.changes:
        for change in top.walk():
            if is_quiet(change):
                continue
            kind = change.kind + (", moved" if change.moved and change.kind != "unchanged" else "")
            if change.kind == "unchanged":
                kind = "moved"
            rows.append(
                [
                    ([change_title(change)], None),
                    ([kind], _kind_fill("moved" if kind == "moved" else change.kind)),
                    (_why(change), None),
                ]
            )
    if len(rows) == 1:
        return None
    return _table(rows, [1900, 1500, 5600], header=True)


# ---------------------------------------------------------------------------------------
# The tracked text
#
# Each version of the text is one whole draft: rejecting every revision gives the old
# draft in its own order and numbering, accepting every revision the new one. A change
# that kept its place among the others is written once, its word changes tracked where it
# stands; one that moved is written twice, as moved-from text where the old draft had it
# and moved-to text where the new draft has it. A moved paragraph's word changes stay
# visible without nesting one revision in another (LibreOffice drops a deletion nested in
# a move): at the old place its kept words are moved-from and its deleted words deleted,
# at the new place its kept words are moved-to and its inserted words inserted.

#: How a piece of the text is written: in place (both versions), or one side only: the
#: old place of a move (``from``), its new place (``to``), a dropped or an added clause.
_Mode = Literal["inplace", "from", "to", "dropped", "added"]
#: The revision a run or paragraph mark carries (``plain``: none).
_Kind = Literal["plain", "ins", "del", "moveFrom", "moveTo"]
#: An item of a paragraph's content: a run under a revision kind, or ``raw`` markup
#: written as it is (the start and end of a move's range).
_Item = tuple[_Kind | Literal["raw"], str]

#: How each redline operation is written in each mode; an operation missing from a mode
#: belongs to the other version only and is not written there.
_OP_KINDS: dict[_Mode, dict[int, _Kind]] = {
    "inplace": {EQUAL: "plain", DELETE: "del", INSERT: "ins"},
    "from": {EQUAL: "moveFrom", DELETE: "del"},
    "to": {EQUAL: "moveTo", INSERT: "ins"},
    "dropped": {EQUAL: "del", DELETE: "del"},
    "added": {EQUAL: "ins", INSERT: "ins"},
}
#: The paragraph mark in each mode (in place, a split's cut and a merge's join differ).
_MODE_MARK: dict[_Mode, _Kind] = {
    "inplace": "plain",
    "from": "moveFrom",
    "to": "moveTo",
    "dropped": "del",
    "added": "ins",
}
_SECTION_RANK: dict[str, int] = {"preamble": 0, "operative": 1}
_TOP_REF = re.compile(r"^(PP|OP)(\d{1,9})(?:-(\d{1,9}))?$")
_LAST_KEY = re.compile(r"\(([^()]{1,12})\)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


@dataclass
class _Para:
    """A paragraph being written: its style, content items and paragraph mark."""

    style: str
    items: list[_Item] = field(default_factory=list)
    mark: _Kind = "plain"
    #: The style the paragraph had before, tracked as a formatting change.
    was_style: str | None = None
    #: Hidden bookmarks naming the clause each draft has here (:func:`ref_bookmark`).
    bookmarks: list[str] = field(default_factory=list)


@dataclass
class _Piece:
    """A clause's paragraphs as written at one place of the text, with the refs it
    opens with in the old and the new draft (``None`` where that draft has no part of it
    here), by which the drafts' headings are placed."""

    section: str
    paras: list[_Para]
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class _Group:
    """Parts of a split or merge that stand together in their draft (segment indices);
    ``name`` is the move that carries them when they are not written in place."""

    segments: tuple[int, ...]
    name: str | None = None


def _para_xml(para: _Para, rev: _Revisions) -> str:
    """A paragraph with neighbouring runs of one kind in one revision mark (so that an
    added or dropped paragraph's number shares the w:ins or w:del of its words)."""
    out: list[str] = []
    items = para.items
    i = 0
    while i < len(items):
        kind = items[i][0]
        if kind == "raw":
            out.append(items[i][1])
            i += 1
            continue
        j = i
        while j < len(items) and items[j][0] == kind:
            j += 1
        body = "".join(run for _, run in items[i:j])
        out.append(body if kind == "plain" else f"<w:{kind}{rev.attrs()}>{body}</w:{kind}>")
        i = j
    marks = "".join(
        f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/><w:bookmarkEnd w:id="{bid}"/>'
        for name in para.bookmarks
        for bid in (rev.bookmark_id(),)
    )
    out.insert(0, marks)
    ppr = f'<w:pStyle w:val="{para.style}"/>'
    if para.mark != "plain":
        ppr += f"<w:rPr><w:{para.mark}{rev.attrs()}/></w:rPr>"
    if para.was_style:
        ppr += (
            f'<w:pPrChange{rev.attrs()}><w:pPr><w:pStyle w:val="{para.was_style}"/>'
            "</w:pPr></w:pPrChange>"
        )
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(out)}</w:p>"


def _settle_insertions(paras: list[_Para]) -> None:
    """Give paragraphs inserted after a paragraph that ends with inserted words the
    paragraph marks Word itself writes when one types them there: the mark ending the
    paragraph before is the inserted one, the last inserted paragraph ends with the old
    mark (its style change tracked). Both say the same; LibreOffice reads the other
    form wrongly, taking the kept mark between the two insertions for an inserted one."""
    k = 0
    while k + 1 < len(paras):
        para = paras[k]
        content = [kind for kind, _ in para.items if kind != "raw"]
        last = k
        while last + 1 < len(paras) and _wholly_inserted(paras[last + 1]):
            last += 1
        if para.mark == "plain" and content and content[-1] == "ins" and last > k:
            para.mark, paras[last].mark = "ins", "plain"
            if paras[last].style != para.style:
                paras[last].was_style = para.style
        k = max(last, k + 1)


def _wholly_inserted(para: _Para) -> bool:
    return para.mark == "ins" and all(kind in ("ins", "raw") for kind, _ in para.items)


def _label_items(old: str | None, new: str | None, mode: _Mode) -> list[_Item]:
    """A paragraph's number as tracked text: a number that changed is deleted and
    inserted, one only in the old (new) draft deleted (inserted); the tab after it goes
    with it, or stays plain between an old and a new number."""
    labels: list[tuple[_Kind, str]]
    if mode == "inplace":
        if old == new:
            labels = [("plain", old)] if old else []
        else:
            both: tuple[tuple[_Kind, str | None], ...] = (("del", old), ("ins", new))
            labels = [(kind, text) for kind, text in both if text]
    elif mode == "from":
        labels = [("moveFrom" if old == new else "del", old)] if old else []
    elif mode == "to":
        labels = [("moveTo" if old == new else "ins", new)] if new else []
    elif mode == "dropped":
        labels = [("del", old)] if old else []
    else:
        labels = [("ins", new)] if new else []
    if len(labels) == 1:
        kind, text = labels[0]
        return [(kind, _run(text, deleted=kind == "del", style=LABEL_STYLE, tab=True))]
    items: list[_Item] = [
        (kind, _run(text, deleted=kind == "del", style=LABEL_STYLE)) for kind, text in labels
    ]
    if items:
        items.append(("plain", _run("", style=LABEL_STYLE, tab=True)))
    return items


def _op_items(ops: Iterable[tuple[int, str]], mode: _Mode) -> list[_Item]:
    kinds = _OP_KINDS[mode]
    items: list[_Item] = []
    for op, text in ops:
        kind = kinds.get(op)
        if kind is not None and text:
            items.append((kind, _run(text, deleted=kind == "del")))
    return items


def _segments(change: Change) -> list[list[tuple[int, str]]]:
    """The redline cut into one piece per part of a split (at its inserted paragraph
    breaks) or merge (at its deleted ones); a single piece otherwise. Joining the pieces'
    old (new) sides gives back each old (new) part."""
    parts = max(len(change.old), len(change.new))
    if parts < 2:
        return [list(change.redline)]
    cut = INSERT if len(change.new) > 1 else DELETE
    out: list[list[tuple[int, str]]] = [[]]
    for op, text in change.redline:
        pieces = text.split(PART_BREAK) if op == cut else [text]
        for k, piece in enumerate(pieces):
            if k:
                out.append([])
            if piece:
                out[-1].append((op, piece))
    # A part whose own text holds a line break gives more pieces than parts: the extra
    # breaks are line breaks within the last part, not lost.
    while len(out) > parts:
        extra = out.pop()
        out[-1] = [*out[-1], (cut, PART_BREAK), *extra]
    while len(out) < parts:
        out.append([])
    return out


def _segment_labels(change: Change, k: int, numbering: _Numbering) -> tuple[str | None, str | None]:
    """The old and new number of part ``k`` as printed: the one paragraph of the single
    side is numbered in its first part."""
    old = (
        change.old[k] if len(change.old) > 1 else (change.old[0] if change.old and not k else None)
    )
    new = (
        change.new[k] if len(change.new) > 1 else (change.new[0] if change.new and not k else None)
    )
    return numbering.label(old, True), numbering.label(new, False)


def _segment_refs(change: Change, k: int) -> tuple[str | None, str | None]:
    """The old and new ref of part ``k`` (as :func:`_segment_labels` numbers them)."""
    old = (
        change.old[k] if len(change.old) > 1 else (change.old[0] if change.old and not k else None)
    )
    new = (
        change.new[k] if len(change.new) > 1 else (change.new[0] if change.new and not k else None)
    )
    return old, new


#: What each mode writes of a paragraph: the old draft's clause, the new draft's, or both.
_MODE_SIDES: dict[_Mode, tuple[bool, bool]] = {
    "inplace": (True, True),
    "from": (True, False),
    "dropped": (True, False),
    "to": (False, True),
    "added": (False, True),
}


def _mark_refs(para: _Para, change: Change, k: int, mode: _Mode) -> _Para:
    """``para`` with bookmarks naming the clauses of part ``k`` it holds in each draft."""
    old, new = _segment_refs(change, k)
    has_old, has_new = _MODE_SIDES[mode]
    names = [
        ref_bookmark("old", old) if old is not None and has_old else None,
        ref_bookmark("new", new) if new is not None and has_new else None,
    ]
    para.bookmarks += [name for name in names if name is not None]
    return para


def ref_bookmark(side: Literal["old", "new"], ref: str) -> str | None:
    """The name of the hidden bookmark that marks the paragraph of clause ``ref`` of the
    ``side`` draft (``_rdnOP3_a_ii`` for the new draft's ``OP3(a)(ii)``), so that
    resdiff's Word reader takes each clause's ref as the report wrote it; ``None`` when
    the name would pass Word's 40 characters or hold a character Word does not allow in
    one (the reader then reads the report through the text reader).

    A leading underscore hides the bookmark in Word's list. Word allows letters, digits
    and underscores: ``(`` is written ``_``, ``)`` is left out (a key ends where the next
    ``_`` or the name does) and ``-`` (``OP5-2``) is ``__``."""
    out = [_BOOKMARK_SIDES[side]]
    for ch in ref:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in _BOOKMARK_ESCAPES:
            out.append(_BOOKMARK_ESCAPES[ch])
        else:
            return None
    name = "".join(out)
    return name if len(name) <= _BOOKMARK_LIMIT else None


_BOOKMARK_SIDES = {"old": "_rdo", "new": "_rdn"}
_BOOKMARK_ESCAPES = {"(": "_", ")": "", "-": "__"}
#: Word keeps bookmark names of up to 40 characters.
_BOOKMARK_LIMIT = 40


def _style(section: str, depth: int) -> str:
    return CLAUSE_STYLES.get((section, min(depth, 2)), "Operative")


def _move_range(
    rev: _Revisions, kind: Literal["moveFrom", "moveTo"], name: str
) -> tuple[_Item, _Item]:
    """The start and end of a move's range on one side (the two sides share ``name``)."""
    start, end = rev.move_range(kind, name)
    return ("raw", start), ("raw", end)


def _wrap(
    paras: list[_Para], kind: Literal["moveFrom", "moveTo"], name: str, rev: _Revisions
) -> list[_Para]:
    """Paragraphs enclosed in one move range (start in the first, end in the last)."""
    if paras:
        start, end = _move_range(rev, kind, name)
        paras[0].items.insert(0, start)
        paras[-1].items.append(end)
    return paras


def _side_paras(
    change: Change,
    mode: _Mode,
    groups: Sequence[_Group],
    section: str,
    depth: int,
    rev: _Revisions,
) -> list[_Para]:
    """The clause's own paragraphs for the parts in ``groups``, written in ``mode``.

    The side with several parts (a split's new side, a merge's old side) is a paragraph
    per part; the side with one paragraph holds every part, each named group of parts in
    a move range of its own. In place, the parts of the first group stand as paragraphs
    joined by tracked marks (an inserted mark where a split cut, a deleted one where a
    merge joined) and the other groups' parts, which stand elsewhere in the other draft,
    follow inline as moved-from (split) or moved-to (merge) text.
    """
    style = _style(section, depth)
    segments = _segments(change)
    old_side = mode in ("from", "dropped")
    multi = len(change.old) > 1 if old_side else len(change.new) > 1
    paras: list[_Para] = []
    if mode == "inplace":
        first, *others = groups
        for k in first.segments:
            items = _label_items(*_segment_labels(change, k, rev.numbering), mode) + _op_items(
                segments[k], mode
            )
            para = _Para(style, items, "ins" if len(change.new) > 1 else "del")
            paras.append(_mark_refs(para, change, k, mode))
        paras[-1].mark = "plain"
        inline: Literal["moveFrom", "moveTo"] = "moveFrom" if len(change.new) > 1 else "moveTo"
        inline_mode: _Mode = "from" if inline == "moveFrom" else "to"
        for group in others:
            assert group.name is not None
            start, end = _move_range(rev, inline, group.name)
            paras[-1].items.append(start)
            for k in group.segments:
                paras[-1].items.extend(_op_items(segments[k], inline_mode))
            paras[-1].items.append(end)
        return paras
    if multi:
        for group in groups:
            group_paras = [
                _mark_refs(
                    _Para(
                        style,
                        _label_items(*_segment_labels(change, k, rev.numbering), mode)
                        + _op_items(segments[k], mode),
                        _MODE_MARK[mode],
                    ),
                    change,
                    k,
                    mode,
                )
                for k in group.segments
            ]
            if group.name is not None and mode in ("from", "to"):
                _wrap(group_paras, "moveFrom" if mode == "from" else "moveTo", group.name, rev)
            paras += group_paras
        return paras
    items = _label_items(*_segment_labels(change, 0, rev.numbering), mode)
    for group in groups:
        # A moved clause of one part is enclosed whole (sub-paragraphs too) by the caller.
        ranged = len(segments) > 1 and group.name is not None and mode in ("from", "to")
        if ranged:
            assert group.name is not None
            start, end = _move_range(rev, "moveFrom" if mode == "from" else "moveTo", group.name)
            items.append(start)
        for k in group.segments:
            items += _op_items(segments[k], mode)
        if ranged:
            items.append(end)
    return [_mark_refs(_Para(style, items, _MODE_MARK[mode]), change, 0, mode)]


def _all_parts(change: Change) -> tuple[_Group, ...]:
    return (_Group(tuple(range(len(_segments(change))))),)


def _whole(change: Change, mode: _Mode, depth: int, rev: _Revisions) -> list[_Para]:
    """A dropped (added) clause and its sub-paragraphs, every one deleted (inserted)."""
    section = change.section
    paras = _side_paras(change, mode, _all_parts(change), section, depth, rev)
    for child in change.children:
        paras += _whole(child, mode, depth + 1, rev)
    return paras


def _side_tree(
    change: Change, side: Literal["from", "to"], section: str, depth: int, rev: _Revisions
) -> list[_Para]:
    """The sub-paragraphs of a moved paragraph as one draft has them (old draft at the
    old place, new draft at the new place), in that draft's order: the ones kept are
    moved with their parent, a dropped (added) one is deleted (inserted)."""
    old_side = side == "from"
    refs = [r for child in change.children for r in (child.old if old_side else child.new)]
    order = rev.numbering.old_order if old_side else rev.numbering.new_order
    where = _positions(refs, order)
    entries: list[tuple[int, int, Change, int | None]] = []
    for n, child in enumerate(change.children):
        own = child.old if old_side else child.new
        if len(own) > 1:
            entries += [(where[ref], n, child, k) for k, ref in enumerate(own)]
        elif own:
            entries.append((where[own[0]], n, child, None))
    paras: list[_Para] = []
    for _, _, child, part in sorted(entries, key=lambda e: (e[0], e[1])):
        if not (child.new if old_side else child.old):
            paras += _whole(child, "dropped" if old_side else "added", depth, rev)
            continue
        groups = _all_parts(child) if part is None else (_Group((part,)),)
        paras += _side_paras(child, side, groups, section, depth, rev)
        if part is None and len(child.old) == 1 and len(child.new) == 1:
            paras += _side_tree(child, side, section, depth + 1, rev)
    return paras


def _runs_of(refs: Sequence[str], where: dict[str, int]) -> list[tuple[int, ...]]:
    """Indices of ``refs`` in groups that stand next to each other in their draft."""
    runs: list[list[int]] = []
    for k, ref in enumerate(refs):
        if runs and where[ref] == where[refs[runs[-1][-1]]] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [tuple(run) for run in runs]


def _sequence(changes: Sequence[Change], depth: int, rev: _Revisions) -> list[_Piece]:
    """The clauses of one level (the paragraphs, or the sub-paragraphs of one paragraph)
    as sections and paragraphs in the order that gives both drafts' orders.

    The changes that kept their place (on the longest chain that is in order in both
    drafts) are anchors written in place; everything else is written where it stands in
    its own draft, in the gap between two anchors: dropped clauses and the old places of
    moves first, then added clauses and the new places of moves, preamble before the
    operative part.
    """
    old_at = _positions([ref for c in changes for ref in c.old], rev.numbering.old_order)
    new_at = _positions([ref for c in changes for ref in c.new], rev.numbering.new_order)
    steady = sorted(
        (c for c in changes if c.old and c.new and not c.moved), key=lambda c: new_at[c.new[0]]
    )
    chain = longest_increasing([old_at[c.old[0]] for c in steady])
    anchors = [c for k, c in enumerate(steady) if k in chain]
    anchored = {id(c) for c in anchors}
    anchor_old = [old_at[c.old[0]] for c in anchors]
    anchor_new = [new_at[c.new[0]] for c in anchors]
    gaps: list[list[tuple[int, int, int, _Piece]]] = [[] for _ in range(len(anchors) + 1)]
    placed: dict[int, _Piece] = {}

    def old_only(ref: str, section: str, paras: list[_Para]) -> None:
        section = _section_of(ref, section)
        at = old_at[ref]
        gaps[bisect.bisect_left(anchor_old, at)].append(
            (_SECTION_RANK.get(section, 1), 0, at, _Piece(section, paras, old=ref))
        )

    def new_only(ref: str, section: str, paras: list[_Para]) -> None:
        section = _section_of(ref, section)
        at = new_at[ref]
        gaps[bisect.bisect_left(anchor_new, at)].append(
            (_SECTION_RANK.get(section, 1), 1, at, _Piece(section, paras, new=ref))
        )

    for change in changes:
        old_section = change.old_section or change.section
        if not change.old:
            new_only(change.new[0], change.section, _whole(change, "added", depth, rev))
            continue
        if not change.new:
            old_only(change.old[0], old_section, _whole(change, "dropped", depth, rev))
            continue
        split, merged = len(change.new) > 1, len(change.old) > 1
        if split:
            runs = _runs_of(change.new, new_at)
        elif merged:
            runs = _runs_of(change.old, old_at)
        else:
            runs = [(0,)]
        steady_here = id(change) in anchored
        groups = [
            _Group(run, None if steady_here and not k else rev.move_name())
            for k, run in enumerate(runs)
        ]
        one_to_one = not split and not merged
        if steady_here:
            paras = _side_paras(change, "inplace", groups, change.section, depth, rev)
            if one_to_one:
                for sub in _sequence(change.children, depth + 1, rev):
                    paras += sub.paras
            placed[id(change)] = _Piece(change.section, paras, change.old[0], change.new[0])
            for group in groups[1:]:
                if split:
                    ref = change.new[group.segments[0]]
                    new_only(
                        ref,
                        change.section,
                        _side_paras(change, "to", [group], change.section, depth, rev),
                    )
                else:
                    ref = change.old[group.segments[0]]
                    old_only(
                        ref,
                        old_section,
                        _side_paras(change, "from", [group], old_section, depth, rev),
                    )
            continue
        # Moved: the old side where the old draft has it, the new side where the new one does.
        if merged:
            for group in groups:
                old_only(
                    change.old[group.segments[0]],
                    old_section,
                    _side_paras(change, "from", [group], old_section, depth, rev),
                )
        else:
            paras = _side_paras(change, "from", groups, old_section, depth, rev)
            if one_to_one:
                paras += _side_tree(change, "from", old_section, depth + 1, rev)
                assert groups[0].name is not None
                _wrap(paras, "moveFrom", groups[0].name, rev)
            old_only(change.old[0], old_section, paras)
        if split:
            for group in groups:
                new_only(
                    change.new[group.segments[0]],
                    change.section,
                    _side_paras(change, "to", [group], change.section, depth, rev),
                )
        else:
            paras = _side_paras(change, "to", groups, change.section, depth, rev)
            if one_to_one:
                paras += _side_tree(change, "to", change.section, depth + 1, rev)
                assert groups[0].name is not None
                _wrap(paras, "moveTo", groups[0].name, rev)
            new_only(change.new[0], change.section, paras)

    out: list[_Piece] = []
    for k, gap in enumerate(gaps):
        out += [piece for *_, piece in sorted(gap, key=lambda g: g[:3])]
        if k < len(anchors):
            out.append(placed[id(anchors[k])])
    return out


def _section_of(ref: str, section: str) -> str:
    """The part of its draft clause ``ref`` stands in: a merge or split across the end of
    the preamble has parts in both, and the change names only its first part's."""
    if ref.startswith("PP"):
        return "preamble"
    return "operative" if ref.startswith("OP") else section


def _heading_para(text: str, kind: _Kind) -> _Para:
    return _Para(HEADING_STYLE, [(kind, _run(text, deleted=kind == "del"))], kind)


#: Where a heading stands: before a piece, or before a paragraph of a piece.
_Spot = int | tuple[int, int]


def _with_headings(pieces: list[_Piece], cmp: Comparison) -> list[_Piece]:
    """The pieces with the drafts' headings among them, each before the clause it stands
    before in its draft (at the end of its part when it stands before none): a heading
    both drafts have before the same clause written in place is plain, any other is
    deleted where the old draft has it and inserted where the new one does, so that
    rejecting or accepting every revision gives each draft's headings."""
    old_at = {p.old: k for k, p in enumerate(pieces) if p.old is not None}
    new_at = {p.new: k for k, p in enumerate(pieces) if p.new is not None}

    def where(ref: str | None, at: dict[str, int], side: Literal["old", "new"]) -> _Spot | None:
        if ref is None:
            return None
        if ref in at:
            return at[ref]
        # A heading among sub-paragraphs goes before its sub-paragraph, found by the
        # bookmark naming it (else before their paragraph).
        k = at.get(ref.split("(", 1)[0])
        if k is None:
            return None
        name = ref_bookmark(side, ref)
        paras = pieces[k].paras
        j = next((j for j, para in enumerate(paras) if name in para.bookmarks), None)
        return k if j is None or name is None else (k, j)

    before: dict[_Spot | str, list[tuple[int, _Para]]] = {}
    for heading in placed_headings(cmp):
        old_k = where(heading.old_before, old_at, "old")
        new_k = where(heading.new_before, new_at, "new")
        if heading.status == "kept" and heading.old_text is None and old_k == new_k:
            spot = heading.section if old_k is None else old_k
            before.setdefault(spot, []).append((1, _heading_para(heading.text, "plain")))
            continue
        if heading.status != "added":
            spot = heading.section if old_k is None else old_k
            text = heading.old_text or heading.text
            before.setdefault(spot, []).append((0, _heading_para(text, "del")))
        if heading.status != "dropped":
            spot = heading.section if new_k is None else new_k
            before.setdefault(spot, []).append((2, _heading_para(heading.text, "ins")))

    def heading_paras(spot: _Spot | str) -> list[_Para]:
        # Deleted headings first, then kept, then inserted; each draft's in its order.
        return [para for _, para in sorted(before.get(spot, []), key=lambda e: e[0])]

    def headed(spot: _Spot | str, section: str) -> list[_Piece]:
        return [_Piece(section, [para]) for para in heading_paras(spot)]

    out: list[_Piece] = []
    for k, piece in enumerate(pieces):
        out += headed(k, piece.section)
        paras: list[_Para] = []
        for j, para in enumerate(piece.paras):
            paras += heading_paras((k, j))
            paras.append(para)
        out.append(_Piece(piece.section, paras, piece.old, piece.new))
    # Headings at the end of their part: the preamble's before the first operative piece.
    cut = next((k for k, p in enumerate(out) if p.section == "operative"), len(out))
    return out[:cut] + headed("preamble", "preamble") + out[cut:] + headed("operative", "operative")


def _positions(refs: Sequence[str], reading: dict[str, int]) -> dict[str, int]:
    """Where each ref stands in its draft: by the draft's reading order (``reading``)
    when it is known, so that paragraphs numbered out of order keep their places;
    otherwise from the refs alone: ``PP2`` before ``OP1``, ``OP2`` before ``OP10``, ``(b)`` before
    ``(c)``, ``(iv)`` before ``(v)``. Refs that cannot be read as a series keep the order
    they are given in."""
    if refs and all(ref in reading for ref in refs):
        ranked = sorted(range(len(refs)), key=lambda k: (reading[refs[k]], k))
        return {refs[k]: at for at, k in enumerate(ranked)}
    keys = _ref_keys(refs)
    order = sorted(range(len(refs)), key=lambda k: (keys[k], k)) if keys else range(len(refs))
    return {refs[k]: at for at, k in enumerate(order)}


def _ref_keys(refs: Sequence[str]) -> list[tuple[int, ...]] | None:
    tops = [_TOP_REF.match(ref) for ref in refs]
    if all(tops):
        return [
            (_SECTION_RANK["preamble" if m[1] == "PP" else "operative"], int(m[2]), int(m[3] or 0))
            for m in tops
            if m is not None
        ]
    lasts = [_LAST_KEY.search(ref) for ref in refs]
    if not all(lasts):
        return None
    words = [m[1].strip().lower() for m in lasts if m is not None]
    if all(w.isdigit() for w in words):
        return [(int(w),) for w in words]
    # "(i)" opens a list of roman numbers; in a list of letters it follows "(h)", and a
    # list of letters always has its "(a)".
    if all(is_roman(w) for w in words) and "i" in words and "a" not in words:
        return [(_roman_value(w),) for w in words]
    if all(w.isalpha() and w.isascii() and len(set(w)) == 1 for w in words):
        return [((len(w) - 1) * 26 + ord(w[0]) - ord("a") + 1,) for w in words]
    return None


def _roman_value(numeral: str) -> int:
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        later = _ROMAN_VALUES[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if later > value else value
    return total


def _draft_para(role: str, info: DraftInfo) -> str:
    facts = "; ".join(draft_facts(info))
    runs = [_run(f"{role}: ", bold=True), _run(draft_title(info), bold=True)]
    if facts:
        runs.append(_run(f" — {facts}"))
    if info.sponsors:
        runs.append(_run(f". Sponsors: {', '.join(info.sponsors)}"))
    return _para(runs, "DraftInfo")


def _report_block(xml: str) -> str:
    """The report's own matter (title, summary, tables, headings, notes) in a block
    content control tagged :data:`~resdiff.model.REPORT_TAG`: Word and LibreOffice
    show it as before, and resdiff's Word reader skips it, so that the report reads back
    as its tracked text alone. A document-part control, because LibreOffice imports a
    plain rich-text control as an input field and loses its first paragraph's style."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{REPORT_ALIAS}"/><w:tag w:val="{REPORT_TAG}"/>'
        f"<w:docPartObj/></w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>"
    )


#: The enacting formula of each organ, by the series of its document symbols.
_FORMULAS = {"S/": "The Security Council,", "A/": "The General Assembly,"}


def enacting_formula(cmp: Comparison) -> str | None:
    """The enacting formula the tracked text opens with ("The Security Council,"), known
    from the drafts' symbols (S/ is the Security Council's series, A/ the General
    Assembly's); ``None`` when no symbol says, the two disagree, a draft is a
    presidential statement (it has no formula) or not in English."""
    infos = (cmp.old, cmp.new)
    if any(i.kind == "statement" or i.language not in (None, "en") for i in infos):
        return None
    found = {
        formula
        for info in infos
        for prefix, formula in _FORMULAS.items()
        if (info.symbol or "").startswith(prefix)
    }
    return found.pop() if len(found) == 1 else None


def _body(cmp: Comparison, rev: _Revisions) -> str:
    old_t, new_t = draft_title(cmp.old), draft_title(cmp.new)
    front = [
        _text_para(f"{old_t} → {new_t}", "Title"),
        _text_para("Comparison of draft resolutions, with every change tracked", "Subtitle"),
        _draft_para("Old", cmp.old),
        _draft_para("New", cmp.new),
        _text_para(KEY_CHANGES_TITLE, "Heading1"),
        *(
            [
                _text_para(f"{k}. {key_change_phrase(key)}")
                for k, key in enumerate(cmp.summary.key_changes, 1)
            ]
            or [_text_para(no_key_changes(cmp.summary))]
        ),
        _text_para("Summary", "Heading1"),
        _summary_table(cmp),
    ]
    table = _changes_table(cmp)
    if table:
        front += [_text_para("What changed and why", "Heading1"), table]
    front += [
        _text_para(f"The text of {new_t}, with the changes tracked", "Heading1"),
        _text_para(
            f"Accept all changes to read {new_t}; reject all to read {old_t}, each in its "
            "own order and numbering. A paragraph that moved is struck through where it "
            "stood and underlined where it stands now, with its own changes marked in both "
            "places.",
            "Note",
        ),
    ]
    pieces = _with_headings(_sequence(cmp.changes, 0, rev), cmp)
    if not pieces:
        front.append(_text_para("Neither draft has any paragraph.", "Note"))
    if pieces and pieces[0].section == "preamble":
        front.append(_text_para("Preamble", "Heading2"))
    parts = [_report_block("".join(front))]
    formula = enacting_formula(cmp) if pieces else None
    if formula:
        parts.append(_text_para(formula, "Formula"))
    # The clauses in runs of paragraphs that stand next to each other (the heading of the
    # operative part stands between two runs).
    runs: list[list[_Para]] = [[]]
    operative = False
    for piece in pieces:
        if piece.section == "operative" and not operative:
            operative = True
            runs.append([])
        runs[-1] += piece.paras
    for k, run in enumerate(runs):
        if k:
            parts.append(_report_block(_text_para("Operative part", "Heading2")))
        _settle_insertions(run)
        parts += [_para_xml(p, rev) for p in run]
    # Always a paragraph after the clauses, so the last clause's mark can be tracked.
    parts.append(
        _report_block(
            _text_para(
                f"Produced by resdiff. Revisions are signed “{rev.author}”, {rev.stamp}.",
                "Note",
            )
        )
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return "".join(parts) + sect


# ---------------------------------------------------------------------------------------
# The package parts

_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _document_xml(cmp: Comparison, rev: _Revisions) -> str:
    return (
        f'{_XML_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
        f"{_body(cmp, rev)}</w:body></w:document>"
    )


def _pstyle(
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    extra: str = "",
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f"{based}{nxt}<w:qFormat/>{extra}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _hanging(left: int) -> str:
    return (
        f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs>'
        f'<w:spacing w:after="120"/><w:ind w:left="{left}" w:hanging="567"/><w:jc w:val="both"/>'
    )


def _styles_xml() -> str:
    accent = PALETTE["accent"].lstrip("#")
    muted = PALETTE["muted"].lstrip("#")
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr>'
        "</w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>",
        _pstyle(
            "Title",
            "Title",
            '<w:spacing w:after="60"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="40"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="200"/>',
            f'<w:i/><w:color w:val="{muted}"/><w:sz w:val="24"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="30"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="26"/>',
            next_style="Normal",
        ),
        _pstyle("DraftInfo", "Draft info", '<w:spacing w:after="60"/>', '<w:sz w:val="21"/>'),
        _pstyle(
            "Note",
            "Note",
            '<w:spacing w:before="60" w:after="160"/>',
            f'<w:i/><w:color w:val="{muted}"/><w:sz w:val="20"/>',
        ),
        _pstyle(
            "TableText",
            "Table text",
            '<w:spacing w:before="20" w:after="20"/>',
            '<w:sz w:val="20"/>',
        ),
        _pstyle(
            "TableLabel",
            "Table label",
            '<w:spacing w:before="20" w:after="20"/>',
            '<w:b/><w:sz w:val="20"/>',
            based_on="TableText",
        ),
        _pstyle(
            "TableHead",
            "Table heading",
            '<w:keepNext/><w:spacing w:before="20" w:after="20"/>',
            '<w:b/><w:sz w:val="20"/>',
            based_on="TableText",
        ),
        _pstyle(
            "Formula",
            "Enacting formula",
            '<w:keepNext/><w:spacing w:after="120"/><w:ind w:firstLine="567"/>',
            "<w:i/>",
        ),
        _pstyle(
            "Preambular",
            "Preambular paragraph",
            '<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>',
        ),
        _pstyle("Operative", "Operative paragraph", _hanging(567)),
        _pstyle(
            HEADING_STYLE,
            "Draft heading",
            '<w:keepNext/><w:spacing w:before="200" w:after="120"/>',
            '<w:u w:val="single"/>',
        ),
        _pstyle("Subparagraph", "Subparagraph", _hanging(1134), based_on="Operative"),
        _pstyle("Subsubparagraph", "Sub-subparagraph", _hanging(1701), based_on="Operative"),
        f'<w:style w:type="character" w:styleId="{LABEL_STYLE}"><w:name w:val="Clause label"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{PALETTE["rule"][1:]}"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
        '<w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>'
        '<w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="23"/><w:szCs w:val="23"/><w:lang w:val="en-GB"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
    )
    return f'{_XML_DECL}<w:styles xmlns:w="{_W}">{defaults}{"".join(styles)}</w:styles>'


def _settings_xml() -> str:
    # trackRevisions: edits the reader makes are tracked too, as in a negotiation.
    return (
        f'{_XML_DECL}<w:settings xmlns:w="{_W}">'
        '<w:trackRevisions/><w:defaultTabStop w:val="567"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )


def _content_types(custom: bool) -> str:
    overrides = {
        "/word/document.xml": f"{_WML}.document.main+xml",
        "/word/styles.xml": f"{_WML}.styles+xml",
        "/word/settings.xml": f"{_WML}.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        ),
    }
    if custom:
        overrides["/docProps/custom.xml"] = f"{_CUSTOM_PROPERTIES}+xml"
    items = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in overrides.items()
    )
    return (
        f'{_XML_DECL}<Types xmlns="{_CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


def _rels(targets: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{rtype}" Target="{target}"/>'
        for i, (rtype, target) in enumerate(targets, 1)
    )
    return f'{_XML_DECL}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def _core_xml(cmp: Comparison, stamp: str) -> str:
    title = f"{draft_title(cmp.old)} → {draft_title(cmp.new)}: comparison"
    return (
        f"{_XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_x(title)}</dc:title><dc:creator>resdiff</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


#: The custom document properties naming what each draft is (a draft, a resolution, a
#: presidential statement), which resdiff's Word reader gives back as the drafts' kind.
KIND_PROPERTIES = {"old": "resdiff old kind", "new": "resdiff new kind"}
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives every user-defined property.
_USER_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def _custom_xml(cmp: Comparison) -> str | None:
    """The drafts' kinds as custom document properties (Word lists them under File >
    Properties), or ``None`` when neither is known."""
    kinds = [(KIND_PROPERTIES["old"], cmp.old.kind), (KIND_PROPERTIES["new"], cmp.new.kind)]
    props = "".join(
        f'<property fmtid="{_USER_FMTID}" pid="{pid}" name={_a(name)}>'
        f"<vt:lpwstr>{_x(kind)}</vt:lpwstr></property>"
        for pid, (name, kind) in enumerate(((n, k) for n, k in kinds if k), 2)
    )
    if not props:
        return None
    return f'{_XML_DECL}<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{props}</Properties>'


def _app_xml() -> str:
    return (
        f"{_XML_DECL}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>resdiff</Application></Properties>"
    )


def render_docx(
    cmp: Comparison, *, author: str = "resdiff", date: _dt.datetime | None = None
) -> bytes:
    """The comparison as a Word document (``.docx`` bytes) with real tracked changes.

    The tracked text follows a title, the two drafts, the key changes, a summary table
    and a table of the changes with their reasons. Each change's redline becomes
    revision marks signed by ``author`` at ``date`` (default: now; a naive datetime is
    taken as UTC): kept words plain, deleted words ``w:del``, inserted words ``w:ins``;
    dropped and added paragraphs are wholly deleted or inserted, paragraph mark included;
    moved paragraphs are ``w:moveFrom`` at their old place and ``w:moveTo`` at their new
    one. Paragraph numbers ("3.", "(a)") lead each paragraph as text, tracked where they
    changed; sub-paragraphs are indented. The text opens with the enacting formula when
    the symbols say the organ (:func:`enacting_formula`). Word and LibreOffice offer every
    revision to accept or reject: accepting all gives the new draft, rejecting all the
    old one, each in its own order and numbering. resdiff's Word reader reads the report
    back as those two drafts (the report's own matter stands in content controls it
    skips).

    The same comparison, author and date always give the same bytes.
    """
    when = date if date is not None else _dt.datetime.now(_dt.UTC)
    rev = _Revisions(author, when, _Numbering.of(cmp.old, cmp.new))
    document = _document_xml(cmp, rev)
    custom = _custom_xml(cmp)
    package_rels = [
        (f"{_OFFICE_RELS}/officeDocument", "word/document.xml"),
        (
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        (f"{_OFFICE_RELS}/extended-properties", "docProps/app.xml"),
    ]
    if custom is not None:
        package_rels.append((f"{_OFFICE_RELS}/custom-properties", "docProps/custom.xml"))
    parts = [
        ("[Content_Types].xml", _content_types(custom is not None)),
        ("_rels/.rels", _rels(package_rels)),
        ("docProps/core.xml", _core_xml(cmp, rev.stamp)),
        ("docProps/app.xml", _app_xml()),
        *([("docProps/custom.xml", custom)] if custom is not None else []),
        ("word/document.xml", document),
        ("word/styles.xml", _styles_xml()),
        ("word/settings.xml", _settings_xml()),
        (
            "word/_rels/document.xml.rels",
            _rels(
                [
                    (f"{_OFFICE_RELS}/styles", "styles.xml"),
                    (f"{_OFFICE_RELS}/settings", "settings.xml"),
                ]
            ),
        ),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()
