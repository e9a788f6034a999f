"""Revision marks and the paragraphs that carry them: :class:`_Revisions` hands out the
ids, author and date every mark carries; :class:`_Para` is a paragraph of runs, each kept,
inserted, deleted or moved, written by :func:`_para_xml` with neighbouring runs of one
kind in one mark; a change's segments, labels and refs as such runs; move ranges.
:mod:`.tracked` builds a change's paragraphs from these pieces."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ...model import PART_BREAK, Change
from .._common import DELETE, EQUAL, INSERT
from .labels import _Numbering, ref_bookmark
from .markup import _a, _run
from .styles import CLAUSE_STYLES, LABEL_STYLE


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
    """Give paragraphs inserted (or moved in whole) after a paragraph that ends with
    inserted words the paragraph marks Word itself writes when one types them there:
    the mark ending the paragraph before is the inserted one, the last inserted
    paragraph ends with the old mark (its style change tracked). Both say the same;
    LibreOffice reads the other form wrongly, taking the kept mark between the two
    insertions for an inserted one."""
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
    # A paragraph moved here whole is new text to LibreOffice as an inserted one is: a
    # kept mark between words inserted and a paragraph moved in after them is taken for
    # an inserted one, and rejecting every change ran the paragraph before into the one
    # after (S/RES/2551 -> 2607 (2021): "... security forces;38. Decides to remain
    # seized").
    return para.mark in ("ins", "moveTo") and all(
        kind in ("ins", "moveTo", "raw") for kind, _ in para.items
    )


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
