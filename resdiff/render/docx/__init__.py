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
the joined paragraph with a deleted one; the parts' sub-paragraphs stay sub-paragraphs
(each clause of either draft starts a paragraph, its label in clause-label runs, tracked
as the words are). A paragraph that moved is a tracked move,
``<w:moveFrom>`` where the old draft has it and ``<w:moveTo>`` where the new one does,
with its own word changes at each place; so is a part of a split or merge that stands
apart from the others.
After the operative part stand the drafts' annexes and footnotes (:mod:`.annexes`):
unchanged ones plain, changed ones with their word redline, added ones inserted and
dropped ones deleted; the footnotes are end-note paragraphs, not Word footnotes.
Accepting every revision gives the whole new draft and rejecting every revision the
whole old one, each in its own order (as read, even where its numbers are out of order)
and numbering, annexes and footnotes included.

Above the text stand a title, the two drafts, the key changes, a summary table (net
direction, counts per kind, Chapter VII / Article 39 / use-of-force status, measures,
headings) and a table of the changes with their reasons. That matter, the section
headings and the closing note stand in block content controls tagged
:data:`~resdiff.model.REPORT_TAG`, which resdiff's Word reader skips: the report read
back (``resdiff compare report.docx``) is its two drafts, and comparing them gives the
changes the report was made from. The package holds no comments, macros or external
links.

The report is written in stages, one module each: :mod:`.markup` (namespaces, escaping,
runs and paragraphs), :mod:`.styles` (the style names and ``styles.xml``),
:mod:`.labels` (each clause's printed number, place and bookmark by ref),
:mod:`.tracked` (a change's paragraphs as revision marks), :mod:`.sequence` (the clauses
in both drafts' orders, with their headings), :mod:`.annexes` (the annexes and
footnotes), :mod:`.matter` (the report's own matter:
tables, content controls), :mod:`.document` (``word/document.xml``) and :mod:`.package`
(content types, relationships, settings, document properties). This module zips the
parts (:func:`render_docx`) and keeps the public names importable from
``resdiff.render.docx``, as before the split.
"""

from __future__ import annotations

import datetime as _dt

from ...model import Comparison
from .document import _document_xml, enacting_formula
from .labels import _Numbering, clause_label, ref_bookmark
from .marks import _Revisions
from .markup import _OFFICE_RELS
from .package import (
    KIND_PROPERTIES,
    _app_xml,
    _content_types,
    _core_xml,
    _custom_xml,
    _rels,
    _settings_xml,
    zipped,
)
from .styles import CLAUSE_STYLES, HEADING_STYLE, LABEL_STYLE, _styles_xml

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
    old one, each in its own order and numbering, with its annexes and footnotes after
    the operative part. resdiff's Word reader reads the report
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
    return zipped(parts)
