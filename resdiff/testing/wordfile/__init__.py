"""Word packages for tests and benchmarks: a draft as a real ``.docx``, and a small builder
for packages with tracked changes, comments and footnotes.

This is a testing tool of the library (:mod:`resdiff.testing`), used by the test suite and
``benchmarks/formats.py`` to check the Word reader (:mod:`resdiff.read.docx`) against
drafts whose structure is known. It writes the package with the standard library alone
(``zipfile`` and XML strings) and none of the Word reader's code.

:func:`draft_to_docx` writes a :class:`~resdiff.model.Draft` with **real automatic
numbering** — numbering definitions in ``numbering.xml`` and ``w:numPr`` on the
paragraphs, never a typed label: operative paragraphs are level 0 of one list ("1."),
their sub-paragraphs levels 1 and 2 of the same list ("(a)", "(i)"); other label families
("(1)", "a.", "–", "(A)") get lists of their own, restarted where the draft restarts them.
The enacting formula, preambular paragraphs, headings, annexes, closing lines and
footnotes are plain paragraphs; the masthead is one paragraph of lines (its lines are
printed lines: a sponsors line wraps). Given ``tracked=`` an earlier draft, the package
holds both drafts as tracked changes: rejecting every change gives the earlier draft,
accepting every change the later one, and a paragraph moved unchanged is a tracked move
(``w:moveFrom`` at its old place, ``w:moveTo`` at its new one).

:func:`lines_to_docx` writes a plain text as Word holds it once pasted in line by line
(or a ``.txt`` saved as ``.docx``): a Word paragraph per line, an empty one per blank line.

:class:`WordDocument` builds packages by hand, to make every case a test needs::

    doc = WordDocument()
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    doc.paragraph("Recalling its resolutions,")
    doc.paragraph("Decides to ", deleted("consider"), inserted("adopt"), " it;", num=ops)
    doc.paragraph(inserted("a new item;"), num=ops, level=1, mark="ins")  # a new paragraph
    doc.paragraph(commented("Requests", "too strong?"), " the Secretary-General;", num=ops)
    data = doc.to_bytes()

The package is built in rooms of one purpose: :mod:`.markup` (namespaces, escaping, runs,
list levels, paragraph properties), :mod:`.document` (:class:`WordDocument`, the builder),
:mod:`.package` (the ZIP and its relationships), :mod:`.lines` (a text pasted line by
line), :mod:`.labels` (printed labels as Word list families), :mod:`.units` (a draft's
paragraphs as written), :mod:`.numbering` (the list instances that print each version's
labels), :mod:`.tracked` (two drafts' paragraphs aligned as tracked changes) and
:mod:`.draft` (:func:`draft_to_docx`). The public names are importable from
``resdiff.testing.wordfile``, as before the split.
"""

from __future__ import annotations

from .document import WordDocument
from .draft import draft_to_docx
from .lines import lines_to_docx
from .markup import (
    Change,
    Level,
    Props,
    Run,
    commented,
    deleted,
    footnoted,
    inserted,
    moved_from,
    moved_to,
)
from .package import package

__all__ = [
    "Change",
    "Level",
    "Props",
    "Run",
    "WordDocument",
    "commented",
    "deleted",
    "draft_to_docx",
    "footnoted",
    "inserted",
    "lines_to_docx",
    "moved_from",
    "moved_to",
    "package",
]
