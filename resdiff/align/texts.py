"""The annexes and footnotes of two drafts, whole and in order.

:attr:`Comparison.text_changes <resdiff.model.Comparison.text_changes>` names only the
annexes and footnotes that differ. A report that writes both drafts out whole (the Word
report, whose accept-all must give the new draft and reject-all the old one) needs the
others too, and their order: :func:`whole_texts` lists every annex of either draft, the
new draft's in its order and a dropped one after the annex it followed, then the
footnotes, each pointing at its entry in ``text_changes`` where it differs and holding
its words otherwise (a draft's text is never held twice).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Annex, Draft, Redline, TextChange, TextPart, WholeText
from ..redline import DELETE, INSERT, redline

__all__ = ["sides", "whole_texts"]


def sides(ops: Redline) -> tuple[str, str]:
    """The old and the new text a redline joins."""
    old = "".join(text for op, text in ops if op != INSERT)
    new = "".join(text for op, text in ops if op != DELETE)
    return old, new


def _annex_text(annex: Annex | None) -> str:
    return "" if annex is None else "\n".join([annex.title, *annex.paragraphs])


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def _paired(old: Sequence[Annex], new: Sequence[Annex]) -> list[tuple[int | None, int | None]]:
    """(old index, new index) of each annex: paired by title, then the retitled in order
    (as the comparison pairs them), the new draft's in its order, each dropped one after
    the annex it followed in the old draft."""
    left = list(range(len(old)))
    pairs: list[tuple[int | None, int | None]] = []
    for k, annex in enumerate(new):
        match = next((i for i in left if _title_key(old[i].title) == _title_key(annex.title)), None)
        if match is not None:
            left.remove(match)
        pairs.append((match, k))
    for n, (matched, now) in enumerate(pairs):
        if matched is None and left:
            pairs[n] = (left.pop(0), now)
    for dropped in left:
        # After the last annex that stood before it in the old draft (first if none).
        at = 0
        for n, (was, _) in enumerate(pairs):
            if was is not None and was < dropped:
                at = n + 1
        pairs.insert(at, (dropped, None))
    return pairs


def whole_texts(old: Draft, new: Draft, changes: Sequence[TextChange]) -> tuple[WholeText, ...]:
    """Every annex and the footnotes of ``old`` and ``new`` (see the module's docstring).
    A part that differs points at the entry of ``changes`` whose redline joins its two
    texts; one that does not holds its redline (its words, or its typography changed)."""
    used: set[int] = set()

    def whole(part: TextPart, title: str, a: str, b: str) -> WholeText:
        for k, change in enumerate(changes):
            if k not in used and change.part == part and sides(change.redline) == (a, b):
                used.add(k)
                return WholeText(part=part, title=title, change=k)
        return WholeText(part=part, title=title, redline=redline(a, b))

    out: list[WholeText] = []
    for i, k in _paired(old.annexes, new.annexes):
        was = old.annexes[i] if i is not None else None
        now = new.annexes[k] if k is not None else None
        shown = now if now is not None else was
        title = shown.title if shown is not None else ""
        out.append(whole("annex", title, _annex_text(was), _annex_text(now)))
    notes_old = "\n".join(f.text for f in old.footnotes)
    notes_new = "\n".join(f.text for f in new.footnotes)
    if notes_old or notes_new:
        out.append(whole("footnotes", "Footnotes", notes_old, notes_new))
    return tuple(out)
