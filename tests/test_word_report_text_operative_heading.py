"""resdiff's Word report, every change accepted in LibreOffice and saved as text, reads
as the new draft: the report's own "Operative part" heading (in a content control the
Word reader skips) is the report's, not a heading the draft added. Before: `resdiff
compare new.xml accepted.txt` said "== {+Operative part+} == (heading added)" of S/RES/
2587 → 2618 (2022), the text a legal adviser's LibreOffice gave of the report."""

from __future__ import annotations

import resdiff

_REPORT_TEXT = (
    "japan-draft.txt → S/RES/1695 (2006)\n\n"
    "Accept all changes to read S/RES/1695 (2006); reject all to read japan-draft.txt,\n"
    "each in its own order and numbering. A paragraph that moved is struck through\n"
    "where it stood and underlined where it stands now, with its own changes marked in\n"
    "both places.\n\n"
    "The Security Council,\n\n"
    "Recalling its resolution 825 (1993),\n\n"
    "Operative part\n\n"
    "1. Condemns the launches;\n\n"
    "2. Decides to remain seized of the matter.\n\n"
    "Produced by resdiff. Revisions are signed “resdiff”, 4 December 2026.\n"
)

_DRAFT = (
    "The Security Council,\n\nRecalling its resolution 825 (1993),\n\n"
    "1. Condemns the launches;\n\n2. Decides to remain seized of the matter.\n"
)


def test_the_reports_operative_heading_read_as_text_is_the_reports() -> None:
    read = resdiff.parse(_REPORT_TEXT)
    assert read.headings == ()
    assert "Operative part" in [r.text for r in read.furniture]
    cmp = resdiff.compare(resdiff.parse(_DRAFT), read)
    assert cmp.summary.headings == ()
    assert all(c.kind == "unchanged" for c in cmp.changes)


def test_a_drafts_own_heading_of_those_words_stays() -> None:
    """The counter-example: a draft's own "Operative part" heading below the report's
    stays the draft's."""
    text = _REPORT_TEXT.replace("Operative part\n\n1.", "Operative part\n\nOperative part\n\n1.")
    read = resdiff.parse(text)
    assert [h.text for h in read.headings] == ["Operative part"]


def test_a_draft_that_is_no_report_keeps_its_heading() -> None:
    text = _DRAFT.replace("1. Condemns", "Operative part\n\n1. Condemns")
    assert [h.text for h in resdiff.parse(text).headings] == ["Operative part"]


def test_the_heading_read_is_the_one_the_word_report_writes() -> None:
    """The reader's words are the renderer's: a heading renamed in
    ``render/docx/document.py`` alone would be read as a heading added again."""
    import io
    import re
    import zipfile

    import pytest

    pytest.importorskip("lxml", reason="the Word report needs lxml (resdiff[docx])")
    from resdiff.read.text.lines import REPORT_OPERATIVE_HEADING
    from resdiff.render.docx import render_docx

    cmp = resdiff.compare(resdiff.parse(_DRAFT), resdiff.parse(_DRAFT))
    with zipfile.ZipFile(io.BytesIO(render_docx(cmp))) as z:
        xml = z.read("word/document.xml").decode()
    paragraphs = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in xml.split("</w:p>")]
    assert REPORT_OPERATIVE_HEADING in paragraphs
