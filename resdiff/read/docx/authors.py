"""Authors: whether the parts read hold tracked changes, and who made the tracked changes
to the words, each author's insertions, deletions and moves with the words in each. A
layer of :class:`~resdiff.read.docx.reader._Reader`.
"""

from __future__ import annotations

from typing import Any

from .numbering import _Styles
from .package import _Xml
from .revisions import _TRACKED
from .runs import _hides


class TrackedAuthor:
    """One author's tracked changes: how many insertions, deletions and moves, and the
    words in each."""

    __slots__ = ("counts", "name", "words")

    def __init__(self, name: str) -> None:
        self.name = name
        self.counts = {"ins": 0, "del": 0, "move": 0}
        self.words = {"ins": 0, "del": 0, "move": 0}

    def add(self, kind: str, words: int) -> None:
        """Count one change of ``kind`` (``ins``, ``del``, ``move``) of ``words`` words."""
        self.counts[kind] += 1
        self.words[kind] += words

    def describe(self) -> str:
        """``China: 2 insertions (14 words), 1 deletion (3 words)``."""
        names = {"ins": "insertion", "del": "deletion", "move": "move"}
        parts = []
        for kind, noun in names.items():
            n, w = self.counts[kind], self.words[kind]
            if n:
                parts.append(f"{n} {noun}{'s' if n != 1 else ''} ({w} word{'s' if w != 1 else ''})")
        return f"{self.name}: {', '.join(parts)}"


class _Authors:
    """Tracked changes and their authors (a layer of :class:`_Reader`)."""

    # Set by _Reader.__init__.
    x: _Xml
    styles: _Styles
    _roots: list[Any]

    def tracked_changes(self) -> bool:
        """Whether the parts read hold tracked changes: text inserted, deleted or moved,
        a paragraph mark or table row or cell inserted or deleted, numbering or paragraph
        properties changed (the changes that make the two versions differ)."""
        names = [self.x.q(name) for name in _TRACKED]
        if any(next(root.iter(*names), None) is not None for root in self._roots):
            return True
        # A formatting change that hides or shows words (a w:rPrChange whose run is
        # hidden on one side only) makes the versions differ too: the original reads the
        # words the accepted version hides, or the reverse (see _Runs._run). One that
        # leaves them hidden or shown as they were (a hidden note put in bold) does not.
        # (A paragraph mark's formatting, w:pPr/w:rPr, is not read: not counted.)
        x, hidden, run = self.x, self.styles.hidden, self.x.q("r")
        return any(
            _hides(change.getparent(), x, hidden) != _hides(change.find(x.q("rPr")), x, hidden)
            for root in self._roots
            for change in root.iter(x.q("rPrChange"))
            if change.getparent().getparent() is not None
            and change.getparent().getparent().tag == run
        )

    def _authors_in(self, p: Any) -> tuple[str, ...]:
        """Who made the tracked changes to the words of the paragraph ``p`` (insertions,
        deletions, moves), in order of first appearance; a paragraph mark inserted or
        deleted carries no words and names no one here (the words around it do)."""
        x = self.x
        kinds = (x.q("ins"), x.q("del"), x.q("moveTo"), x.q("moveFrom"))
        words_in = (x.q("t"), x.q("delText"))
        box = x.q("txbxContent")
        found: dict[str, None] = {}
        layout = self._layout_change(p.find(x.q("pPr")))
        if layout is not None:
            # The paragraph's level or numbering changed (a tracked formatting change):
            # it splits or nests a paragraph as surely as words do.
            found[self._author_of(layout)] = None
        for el in p.iter(*kinds):
            if not any((t.text or "").strip() for t in el.iter(*words_in)):
                continue
            if any(a.tag == box for a in el.iterancestors(box)):
                # A text box anchored here is read as paragraphs of its own.
                continue
            found[self._author_of(el)] = None
        return tuple(found)

    def _layout_change(self, ppr: Any) -> Any | None:
        """The tracked change of a paragraph's properties (``w:pPrChange`` in ``ppr``)
        that changed its list level, its numbering or its style: what the reader reads
        its place in the structure from. Spacing, indents and alignment alone change
        nothing of the text; ``None`` then, or where nothing was tracked."""
        if ppr is None:
            return None
        x = self.x
        change = ppr.find(x.q("pPrChange"))
        if change is None:
            return None
        before = change.find(x.q("pPr"))
        if before is None:
            # No properties recorded for before: nothing tells what changed.
            return None
        return change if _placing(x, ppr) != _placing(x, before) else None

    def tracked_layout(self) -> dict[str, int]:
        """How many paragraphs each author moved to another list level, numbering or
        style by a tracked formatting change, in order of first appearance."""
        x = self.x
        counts: dict[str, int] = {}
        for root in self._roots:
            for ppr in root.iter(x.q("pPr")):
                change = self._layout_change(ppr)
                if change is not None:
                    who = self._author_of(change)
                    counts[who] = counts.get(who, 0) + 1
        return counts

    def _author_of(self, change: Any) -> str:
        """The author a tracked change names, spaces folded; "an unnamed author" for a
        change with none (a tool that writes none) or only blanks."""
        return " ".join(str(change.get(self.x.q("author")) or "").split()) or "an unnamed author"

    def tracked_authors(self) -> list[TrackedAuthor]:
        """Who made the tracked changes of the text, in order of first appearance: each
        author's insertions, deletions and moves and the words they hold. A change with
        no author (a tool that writes none) is filed under "an unnamed author"; a change
        of a paragraph mark, of numbering or of paragraph properties carries no words and
        is not counted."""
        x = self.x
        kinds = {x.q("ins"): "ins", x.q("del"): "del", x.q("moveTo"): "move"}
        words_in = (x.q("t"), x.q("delText"))
        mark = x.q("rPr")
        authors: dict[str, TrackedAuthor] = {}
        for root in self._roots:
            # A paragraph mark inserted or deleted (w:rPr/w:ins): no words.
            marks = {c for rpr in root.iter(mark) for c in rpr if c.tag in kinds}
            for el in root.iter(*kinds):
                if el in marks:
                    continue
                words = sum(len((t.text or "").split()) for t in el.iter(*words_in))
                if not words:
                    continue
                who = self._author_of(el)
                entry = authors.setdefault(who, TrackedAuthor(who))
                entry.add(kinds[el.tag], words)
        return list(authors.values())


def _placing(x: _Xml, ppr: Any) -> tuple[str | None, ...]:
    """What of a paragraph's properties places it in the structure: its list level and
    numbering (``w:numPr``) and its style."""
    if ppr is None:
        return (None, None, None)

    def val(path: tuple[str, ...]) -> str | None:
        el = ppr
        for name in path:
            el = el.find(x.q(name))
            if el is None:
                return None
        return str(el.get(x.q("val")) or "")

    return (val(("numPr", "ilvl")), val(("numPr", "numId")), val(("pStyle",)))
