"""The annexes and footnotes of two drafts: which differ, and all of them, in order.

:func:`compare_texts` pairs the annexes of two drafts once and gives both what the
comparison holds of them: the annexes and footnotes that differ, with their words
(:attr:`Comparison.text_changes <resdiff.model.Comparison.text_changes>`), and every
annex and the footnotes of either draft, whole and in the order printed
(:attr:`Comparison.texts <resdiff.model.Comparison.texts>`). A report that writes both
drafts out whole (the Word report, whose accept-all must give the new draft and
reject-all the old one) needs the unchanged ones too, and their order: the new draft's
annexes in its order, a dropped one after the annex it followed, then the footnotes, each
pointing at its entry in ``text_changes`` where it differs and holding its words
otherwise (a draft's text is never held twice). An annex the new draft prints in another
order says where it stood in the old draft (``moved_from``), so that the Word report can
track the move.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from typing import Literal

from ..analyze import fold_typography
from ..model import Annex, Draft, TextChange, TextPart, WholeText
from ..redline import redline

__all__ = ["compare_texts"]

#: An annex of each draft, by index: (old, new), ``None`` on the side that lacks it.
_Pair = tuple[int | None, int | None]


def _typeset(text: str) -> str:
    """``text`` with its typography folded (curly quotes, no-break hyphens and spaces) and
    its spacing made single: what an annex or a footnote must keep to be unchanged."""
    return " ".join(fold_typography(text).split())


def _annex_text(annex: Annex | None) -> str:
    return "" if annex is None else "\n".join([annex.title, *annex.paragraphs])


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def _differ(a: str, b: str) -> bool:
    # Typography and spacing are no change of words, in an annex as in the body
    # ("non-financial" with a hyphen or a non-breaking hyphen, Taliban 2022); a sign is
    # ("> 300 km" -> "< 300 km", "$5" -> "€5").
    return a != b and not (a and b and _typeset(a) == _typeset(b))


def _paired(old: Sequence[Annex], new: Sequence[Annex]) -> list[_Pair]:
    """The annexes paired, in the order ``text_changes`` lists them: by title ("Annex I",
    "Annex: Criteria for designation") in the new draft's order, then the new draft's
    others in order, each with the next old annex left (retitled) or none (added), then
    the old ones left (dropped)."""
    left = list(range(len(old)))
    titled: list[_Pair] = []
    unpaired: list[int] = []
    for k, annex in enumerate(new):
        match = next((i for i in left if _title_key(old[i].title) == _title_key(annex.title)), None)
        if match is None:
            unpaired.append(k)
        else:
            left.remove(match)
            titled.append((match, k))
    retitled: list[_Pair] = [(left.pop(0) if left else None, k) for k in unpaired]
    return titled + retitled + [(i, None) for i in left]


def _moved(pairs: Sequence[_Pair]) -> set[_Pair]:
    """The annexes both drafts print that the new draft prints in another order: those
    outside a longest run of them whose old places rise in the new order (as few as
    moves can tell it; the first such run found, in the new order, where several tie)."""
    kept = sorted(
        (p for p in pairs if p[0] is not None and p[1] is not None), key=lambda p: p[1] or 0
    )
    # Patience sorting: ``tails[n]`` ends the best rising run of length n + 1 found so far
    # (an index into ``kept``); ``back`` links each annex to the one before it in its run.
    tails: list[int] = []
    ends: list[int] = []  # the old place of each tail, kept beside it for the search
    back: list[int | None] = []
    for n, (was, _) in enumerate(kept):
        at = bisect_left(ends, was or 0)
        back.append(tails[at - 1] if at else None)
        if at == len(tails):
            tails.append(n)
            ends.append(was or 0)
        else:
            tails[at] = n
            ends[at] = was or 0
    rising: set[int] = set()
    step = tails[-1] if tails else None
    while step is not None:
        rising.add(step)
        step = back[step]
    return {pair for n, pair in enumerate(kept) if n not in rising}


def _printed(pairs: Sequence[_Pair], moved: Collection[_Pair] = ()) -> list[_Pair]:
    """``pairs`` in the order printed: the new draft's annexes in its order, each dropped
    one after the last annex that stood before it in the old draft and did not move
    (first if none)."""
    out = sorted((p for p in pairs if p[1] is not None), key=lambda p: p[1] or 0)
    for dropped in sorted(i for i, k in pairs if k is None and i is not None):
        at = 0
        for n, pair in enumerate(out):
            if pair[0] is not None and pair[0] < dropped and pair not in moved:
                at = n + 1
        out.insert(at, (dropped, None))
    return out


def compare_texts(old: Draft, new: Draft) -> tuple[tuple[TextChange, ...], tuple[WholeText, ...]]:
    """The annexes and the footnotes of ``old`` and ``new``: those that differ, with their
    words (``text_changes``: annexes paired as :func:`_paired` says, the footnotes of each
    draft taken together; an annex moved on, a name listed or a figure corrected, was
    reported "no change" when only the numbered paragraphs were compared), and all of
    them in the order printed (``texts``, see the module's docstring)."""
    pairs = _paired(old.annexes, new.annexes)
    sides = {
        pair: (
            _annex_text(old.annexes[pair[0]] if pair[0] is not None else None),
            _annex_text(new.annexes[pair[1]] if pair[1] is not None else None),
        )
        for pair in pairs
    }
    changes: list[TextChange] = []
    index: dict[_Pair | None, int] = {}

    def title_of(pair: _Pair) -> str:
        i, k = pair
        return (
            new.annexes[k].title if k is not None else old.annexes[i].title if i is not None else ""
        )

    def differs(key: _Pair | None, part: TextPart, title: str, a: str, b: str) -> None:
        if _differ(a, b):
            kind: Literal["added", "dropped", "changed"] = (
                "changed" if a and b else "added" if b else "dropped"
            )
            index[key] = len(changes)
            changes.append(TextChange(part=part, title=title, kind=kind, redline=redline(a, b)))

    for pair in pairs:
        differs(pair, "annex", title_of(pair), *sides[pair])
    notes = ("\n".join(f.text for f in old.footnotes), "\n".join(f.text for f in new.footnotes))
    differs(None, "footnotes", "Footnotes", *notes)

    moved = _moved(pairs)

    def whole(key: _Pair | None, part: TextPart, title: str, a: str, b: str) -> WholeText:
        # A moved annex says where it stood in the old draft (a tracked report shows the
        # move, as Word's own compare does: moved from there, moved to here).
        was = key[0] if key is not None and key in moved else None
        if key in index:
            return WholeText(part=part, title=title, change=index[key], moved_from=was)
        return WholeText(part=part, title=title, redline=redline(a, b), moved_from=was)

    texts = [whole(pair, "annex", title_of(pair), *sides[pair]) for pair in _printed(pairs, moved)]
    if any(notes):
        texts.append(whole(None, "footnotes", "Footnotes", *notes))
    return tuple(changes), tuple(texts)
