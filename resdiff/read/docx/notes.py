"""Notes and comments: footnotes and endnotes as paragraphs at the end, each placed at
the paragraph that cites it and read once however often it is cited, and the comments
counted. A layer of :class:`~resdiff.read.docx.reader._Reader`.
"""

from __future__ import annotations

from typing import Any

from ...model import ParseWarning
from .paragraphs import _Paragraph, _Physical
from .parts import _Parts
from .runs import _CUSTOM_MARK, _Runs


class _Notes(_Parts, _Runs):
    """Footnotes, endnotes and comments (a layer of :class:`_Reader`)."""

    # Set by _Reader.__init__.
    comments: int
    _notes: dict[str, Any] | None
    _roots: list[Any]

    # -- notes and comments --------------------------------------------------------

    def _note_paragraphs(self, physical: list[_Physical]) -> list[_Paragraph]:
        """Footnotes and endnotes as paragraphs at the end ("1 A/74/976-S/2020/773."),
        each placed at the paragraph that cites it."""
        out: list[_Paragraph] = []
        # A note cited again (Word gives each citation a note of its own; a package can
        # cite one many times) is read once: 300 citations of a 60 KB note made 18 MB.
        first_marks: dict[tuple[str, str], str] = {}
        for p in physical:
            for mark, kind, note_id in p.notes:
                seen = first_marks.get((kind, note_id))
                if seen is not None:
                    shown = "" if mark == _CUSTOM_MARK else mark
                    again = f"(the {kind} {seen})" if seen else f"(the same {kind})"
                    out.append(_Paragraph(p.index, f"{shown} {again}".strip()))
                    continue
                body = self._note_text(kind, note_id, mark)
                first_marks[(kind, note_id)] = "" if mark == _CUSTOM_MARK else mark
                if body is None:
                    self.warnings.append(
                        ParseWarning(
                            code="docx-notes",
                            message=f"{kind} {note_id} is cited but not found in the package",
                            line=p.index,
                        )
                    )
                    continue
                mark = "" if mark == _CUSTOM_MARK else mark
                if mark and not mark.isdigit() and body.startswith(mark):
                    # A custom mark ("*") is typed again at the head of its note: once is
                    # the mark ("* * A/74/976" read as a bulleted item, a new user's trial).
                    body = body[len(mark) :].lstrip()
                text = f"{mark} {body}".strip() if mark else body
                if text:
                    out.append(_Paragraph(p.index, text))
        return out

    def _note_text(self, kind: str, note_id: str, mark: str) -> str | None:
        if self._notes is None:
            self._notes = {}
            for name in ("footnote", "endnote"):
                root = self._related_root(f"/{name}s")
                if root is None:
                    continue
                self._roots.append(root)
                for note in root.iter(self.x.q(name)):
                    self._notes[f"{name}:{self.x.val(note, attr='id')}"] = note
        note = self._notes.get(f"{kind}:{note_id}")
        if note is None:
            return None
        texts: list[str] = []
        for p in note.iter(self.x.q("p")):
            parts: list[str] = []
            self._fields.start_paragraph()
            self._inline(p, parts, [], [], 0)
            texts.append("".join(parts))
        # The note's own mark (w:footnoteRef) carries no text: the mark is printed before.
        return " ".join(" ".join(texts).split())

    def _count_comments(self) -> None:
        root = self._related_root("/comments")
        in_part = len(list(root.iter(self.x.q("comment")))) if root is not None else 0
        self.comments = max(in_part, len(self._comment_ids - {""}))
