"""The annexes and footnotes of the two drafts in the tracked text, after the operative
part as printed.

Each annex (its title line, then its paragraphs) and the footnotes (one paragraph a note)
are written from the comparison's :attr:`~resdiff.model.Comparison.texts`: an unchanged
one as plain paragraphs, one that differs with its word redline as ``w:ins``/``w:del``
runs and its line breaks as tracked paragraph marks (a line the new draft added ends with
an inserted mark, one it dropped with a deleted one), an added one wholly inserted and a
dropped one wholly deleted. So accepting every revision gives the new draft's annexes
and footnotes and rejecting every revision the old one's. The footnotes are written as
paragraphs after the annexes (end-notes, in the "Draft footnote" style), not as Word
footnotes: the model keeps a note's words, not where its call stands in the text.

A hidden bookmark per draft (``_rdoX1``, ``_rdnX1``) opens each annex, so that resdiff's
Word reader knows where each draft's annexes begin whatever lines a draft added or
dropped; the styles tell annex lines and footnotes from the clauses. A comparison of
version 8 or older has no ``texts`` (``None``): its annexes and footnotes that differ
are written, and the report says the others are not (:func:`older_note`), since
accepting every change then gives the new draft without its unchanged annexes.
"""

from __future__ import annotations

from ...model import Comparison, Redline, WholeText
from .._common import DELETE, EQUAL, INSERT
from .marks import _Kind, _Para, _Revisions, _wrap
from .markup import _run
from .styles import ANNEX_BOOKMARKS, ANNEX_STYLE, ANNEX_TITLE_STYLE, FOOTNOTE_STYLE

__all__ = ["annex_bookmark", "older_note", "text_paras"]

#: The revision each redline operation's text and line breaks carry.
_OP_KIND: dict[int, _Kind] = {EQUAL: "plain", DELETE: "del", INSERT: "ins"}


def annex_bookmark(role: str, number: int) -> str:
    """The hidden bookmark opening a draft's ``number``-th annex (from 1) in the report:
    ``_rdoX1`` for the old draft (``role="old"``), ``_rdnX1`` for the new."""
    return f"{ANNEX_BOOKMARKS[role]}{number}"


def older_note(cmp: Comparison) -> str | None:
    """What the report says when the comparison does not know every annex and footnote
    (one read from a document of version 8 or older): only those that differ are in the
    tracked text. ``None`` when it knows them all."""
    if cmp.texts is not None:
        return None
    return (
        "This comparison was read from an older report (resdiff.comparison/8 or before), "
        "which holds only the annexes and footnotes that differ: only those are in the "
        "text below, and accepting or rejecting every change gives the drafts without "
        "their unchanged annexes and footnotes. Compare the drafts again to have them all."
    )


def _lines(
    ops: Redline, title_style: str, style: str, kinds: dict[int, _Kind] = _OP_KIND
) -> list[_Para]:
    """The paragraphs of one part's redline: a paragraph a line, each line break a
    paragraph mark with the revision of the text it stood in (``kinds``: the revision of
    each operation; one it lacks is left out). The last mark is left plain (the caller
    sets it by the drafts that have the part)."""
    paras = [_Para(title_style)]
    for op, text in ops:
        kind = kinds.get(op)
        if kind is None:
            continue
        for k, piece in enumerate(text.split("\n")):
            if k:
                paras[-1].mark = kind
                paras.append(_Para(style))
            if piece:
                paras[-1].items.append((kind, _run(piece, deleted=kind in ("del", "moveFrom"))))
    return paras


def _has_words(ops: Redline, ignored: int) -> bool:
    return any(text for op, text in ops if op != ignored)


def _moved_before(texts: tuple[WholeText, ...], in_old: list[bool]) -> dict[int | None, list[int]]:
    """Where the old place of each moved annex is written: by the index in ``texts`` of
    the annex it stood before in the old draft (``None``: after the last annex), the
    moved ones' indices in the old draft's order. The old draft's annexes that did not
    move (``in_old``: the entries the old draft prints) stand in ``texts`` in its order;
    each moved one goes back among them at its place (:attr:`WholeText.moved_from`)."""
    old: list[tuple[bool, int]] = [
        (False, j)
        for j, whole in enumerate(texts)
        if whole.part == "annex" and whole.moved_from is None and in_old[j]
    ]
    for j in sorted(
        (j for j, w in enumerate(texts) if w.moved_from is not None),
        key=lambda j: texts[j].moved_from or 0,
    ):
        old.insert(texts[j].moved_from or 0, (True, j))
    before: dict[int | None, list[int]] = {}
    waiting: list[int] = []
    for moved, j in old:
        if moved:
            waiting.append(j)
        elif waiting:
            before[j], waiting = waiting, []
    if waiting:
        before[None] = waiting
    return before


#: The revisions of a moved annex's two places: kept words moved from the old place (its
#: deleted words deleted there) and moved to the new one (its inserted words inserted).
_FROM: dict[int, _Kind] = {EQUAL: "moveFrom", DELETE: "del"}
_TO: dict[int, _Kind] = {EQUAL: "moveTo", INSERT: "ins"}


def text_paras(cmp: Comparison, rev: _Revisions | None = None) -> list[_Para]:
    """The tracked paragraphs of every annex and the footnotes, in order. An annex the
    new draft prints in another order (:attr:`WholeText.moved_from`) is written twice, as
    Word's own compare writes a moved paragraph: moved from its place in the old draft's
    order, moved to its place in the new one's (with ``rev``, the two linked by a named
    move range); so accepting every change gives the new draft's order and rejecting
    every change the old one's."""
    texts = cmp.texts
    if texts is None:
        # An older comparison: only what differs is known (see :func:`older_note`).
        texts = tuple(
            WholeText(part=t.part, title=t.title, change=k) for k, t in enumerate(cmp.text_changes)
        )
    out: list[_Para] = []
    count = {"old": 0, "new": 0}
    names: dict[int, str] = {}

    def ops_of(whole: WholeText) -> Redline:
        return cmp.text_changes[whole.change].redline if whole.change is not None else whole.redline

    before = _moved_before(texts, [_has_words(ops_of(w), INSERT) for w in texts])

    def moved_from(j: int) -> None:
        # The old place of moved annex ``j``: its old words, moved from here.
        paras = _lines(ops_of(texts[j]), ANNEX_TITLE_STYLE, ANNEX_STYLE, _FROM)
        paras[-1].mark = "moveFrom"
        count["old"] += 1
        paras[0].bookmarks.append(annex_bookmark("old", count["old"]))
        if rev is not None:
            names[j] = rev.move_name()
            _wrap(paras, "moveFrom", names[j], rev)
        out.extend(paras)

    first_note = next((j for j, w in enumerate(texts) if w.part != "annex"), len(texts))
    for j, whole in enumerate(texts):
        if j == first_note:
            for m in before.pop(None, []):
                moved_from(m)
        for m in before.get(j, []):
            moved_from(m)
        ops = ops_of(whole)
        in_old, in_new = _has_words(ops, INSERT), _has_words(ops, DELETE)
        if not (in_old or in_new):
            continue
        if whole.part == "annex" and whole.moved_from is not None:
            # The new place of a moved annex: its new words, moved to here.
            paras = _lines(ops, ANNEX_TITLE_STYLE, ANNEX_STYLE, _TO)
            paras[-1].mark = "moveTo"
            count["new"] += 1
            paras[0].bookmarks.append(annex_bookmark("new", count["new"]))
            if rev is not None:
                _wrap(paras, "moveTo", names.get(j) or rev.move_name(), rev)
            out += paras
            continue
        if whole.part == "annex":
            paras = _lines(ops, ANNEX_TITLE_STYLE, ANNEX_STYLE)
            for role, present in (("old", in_old), ("new", in_new)):
                if present:
                    count[role] += 1
                    paras[0].bookmarks.append(annex_bookmark(role, count[role]))
        else:
            paras = _lines(ops, FOOTNOTE_STYLE, FOOTNOTE_STYLE)
        # The last line's mark is the part's: kept where both drafts have it, else
        # inserted or deleted with its words.
        last: _Kind = "plain" if in_old and in_new else "ins" if in_new else "del"
        paras[-1].mark = last
        out += paras
    for m in before.pop(None, []):
        moved_from(m)
    return out
