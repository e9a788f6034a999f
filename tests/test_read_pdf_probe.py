"""PDF input: what a user probe of Word drafts printed to PDF found, read as the Word file
reads.

The drafts are small Word files the tests write (a minimal ``.docx``: document, styles,
numbering, footnotes, a header), turned into PDFs by LibreOffice, as a delegation prints
a draft: footnotes at the foot of a page in the body's type under the footnotes' rule
(they were read into the clause above them), Word's default bullets (a private-use
character of the Symbol font, an "o" in Courier New: they were not list items), and a
running header printed on both pages of a two-page draft (it was read as a heading).
The layout steps behind them (a superscript mark standing as a line of its own, the
evidence a footnote needs, how far a header must stand from the body) are tested on
glyphs and lines written by hand.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest
from pdf_fixtures import convert_files

import resdiff
from resdiff.model import Draft
from resdiff.read.pdf import (
    _FONT_BULLETS,
    _NO_SPACE,
    _SPACE,
    _bullet,
    _Glyph,
    _layout,
    _notes_at_foot,
    _on_every_page,
    _PageLine,
    _Row,
    _rows,
    parse_pdf,
)

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
pytest.importorskip("lxml", reason="Word input needs lxml (resdiff[docx])")

# --------------------------------------------------------------------------- Word files

_W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"

#: Times New Roman 12 points (LibreOffice sets Liberation Serif), 10 points after a
#: paragraph; footnote marks raised.
_STYLES = (
    f"<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="200"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    "</w:style></w:styles>"
)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(
    text: str,
    *,
    first_line: int = 0,
    note: int | None = None,
    num: tuple[int, int] | None = None,
) -> str:
    """A paragraph: its first line indented by ``first_line`` twips, a footnote reference
    at its end, or a numbered (``num`` = numId, level) item."""
    props = ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if first_line:
        props += f'<w:ind w:firstLine="{first_line}"/>'
    runs = _run(text)
    if note is not None:
        runs += (
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note}"/></w:r>'
        )
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def _override(kind: str, part: str = "") -> str:
    """The content type of a part of the package (``word/{part or kind}.xml``)."""
    return f'<Override PartName="/word/{part or kind}.xml" ContentType="{_TYPE}.{kind}+xml"/>'


def _docx(
    paragraphs: list[str],
    *,
    notes: tuple[str, ...] = (),
    numbering: str = "",
    header: str = "",
) -> bytes:
    """A Word file of ``paragraphs`` on US Letter pages, with its footnotes, numbering
    definitions (``w:numbering`` content) and a header printed on every page."""
    types = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        _override("document.main", "document"),
        _override("styles"),
    ]
    rels = [f'<Relationship Id="rSt" Type="{_REL}/styles" Target="styles.xml"/>']
    parts = {"word/styles.xml": _STYLES}
    section = (
        '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" '
        'w:bottom="1440" w:left="1800" w:header="720" w:footer="720"/>'
    )
    if notes:
        types.append(_override("footnotes"))
        rels.append(f'<Relationship Id="rFn" Type="{_REL}/footnotes" Target="footnotes.xml"/>')
        bodies = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
            f"</w:rPr><w:footnoteRef/></w:r>{_run(' ' + text)}</w:p></w:footnote>"
            for n, text in enumerate(notes, start=1)
        )
        parts["word/footnotes.xml"] = (
            f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
            '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
            'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f"{bodies}</w:footnotes>"
        )
    if numbering:
        types.append(_override("numbering"))
        rels.append(f'<Relationship Id="rNum" Type="{_REL}/numbering" Target="numbering.xml"/>')
        parts["word/numbering.xml"] = f"<w:numbering {_W}>{numbering}</w:numbering>"
    if header:
        types.append(_override("header", "header1"))
        rels.append(f'<Relationship Id="rHd" Type="{_REL}/header" Target="header1.xml"/>')
        parts["word/header1.xml"] = f"<w:hdr {_W}><w:p>{_run(header)}</w:p></w:hdr>"
        section = '<w:headerReference w:type="default" r:id="rHd"/>' + section
    parts["word/document.xml"] = (
        f"<w:document {_W}><w:body>{''.join(paragraphs)}<w:sectPr>{section}</w:sectPr>"
        "</w:body></w:document>"
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(types)
        + "</Types>"
    )
    parts["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rDoc" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


def _pdfs(documents: dict[str, bytes]) -> dict[str, bytes]:
    """The Word files as PDFs, made in one LibreOffice run (skips when LibreOffice is
    missing)."""
    return convert_files({f"{name}.docx": data for name, data in documents.items()})


# --------------------------------------------------------------------------- the drafts

_TITLE = "Albania and France: draft resolution"
_NOTES = ("S/2021/229.", "See S/RES/2526 (2020), paragraph 1.")


def _noted() -> bytes:
    """Fourteen one-line preambular paragraphs (10 points apart: the gap between
    paragraphs is the usual line pitch), the fourth citing a note, then operative
    paragraphs over the page break, the first citing a note: the notes stand at the foot
    of page 1, right under the body's last line there."""
    paragraphs = [_para(_TITLE), _para("The Security Council,", first_line=720)]
    paragraphs += [
        _para(
            f"Recalling its resolution {2500 + n} (2020) on the situation in Libya,",
            first_line=720,
            note=1 if n == 3 else None,
        )
        for n in range(14)
    ]
    paragraphs.append(
        _para("1. Decides to extend the authorizations provided by resolution 2526 (2020);", note=2)
    )
    paragraphs += [
        _para(f"{n}. Requests the Secretary-General to report on paragraph {n - 1} above;")
        for n in range(2, 12)
    ]
    paragraphs.append(_para("12. Decides to remain seized of the matter."))
    return _docx(paragraphs, notes=_NOTES)


#: Word's default bullets: the Symbol font's bullet (U+F0B7) at the first level, an "o"
#: in Courier New at the second.
_BULLETS = (
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1701" '
    'w:hanging="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" '
    'w:hint="default"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="2268" w:hanging="567"/></w:pPr><w:rPr>'
    '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
)


def _bulleted() -> bytes:
    paragraphs = [
        _para(_TITLE),
        _para("The Security Council,", first_line=720),
        _para("Recalling its resolutions,", first_line=720),
        _para("1. Requests the Secretary-General to include in his reports:"),
        _para("information on the implementation of the mandate;", num=(1, 0)),
        _para("including on the protection of civilians;", num=(1, 1)),
        _para("updates on the transition plan;", num=(1, 0)),
        _para("2. Decides to remain seized of the matter."),
    ]
    return _docx(paragraphs, numbering=_BULLETS)


#: Running headers of drafts in negotiation; the first wraps over two lines.
_HEADERS = {
    "silence": "DRAFT – Under silence procedure until Thursday 17 February 2022, 10:00 a.m.",
    "confidential": "CONFIDENTIAL – Zero draft – Not for circulation",
    "rev": "Rev.2 – 16.02.2022",
}


def _headed(header: str) -> bytes:
    """A draft of two pages with ``header`` printed at the top of both."""
    paragraphs = [_para(_TITLE), _para("The Security Council,", first_line=720)]
    paragraphs += [
        _para(
            f"Recalling its resolution {2500 + n} (2020) and the statements of its President "
            "on the situation in Libya, and stressing the need for a political solution,",
            first_line=720,
        )
        for n in range(12)
    ]
    paragraphs += [
        _para(f"{n}. Requests the Secretary-General to report on paragraph {n} of this text;")
        for n in range(1, 9)
    ]
    paragraphs.append(_para("9. Decides to remain seized of the matter."))
    return _docx(paragraphs, header=header)


@pytest.fixture(scope="module")
def words() -> dict[str, bytes]:
    """Every Word file of the module, by name."""
    files = {"noted": _noted(), "bulleted": _bulleted()}
    files.update({name: _headed(text) for name, text in _HEADERS.items()})
    return files


@pytest.fixture(scope="module")
def pdfs(words: dict[str, bytes]) -> dict[str, bytes]:
    """Every Word file as a PDF (one LibreOffice run)."""
    return _pdfs(words)


def _pages(data: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def _read_alike(word: Draft, pdf: Draft) -> None:
    """The PDF reads as the Word file: the same clauses, labels and texts, the same
    footnotes, and nothing changed between them."""
    assert [(c.ref, c.label, c.text) for c in pdf.walk()] == [
        (c.ref, c.label, c.text) for c in word.walk()
    ]
    assert [(n.mark, n.text) for n in pdf.footnotes] == [(n.mark, n.text) for n in word.footnotes]
    comparison = resdiff.compare(word, pdf)
    assert {change.kind for change in comparison.changes} == {"unchanged"}
    assert comparison.text_changes == ()


# --------------------------------------------------------------------------- footnotes


def test_footnotes_at_the_foot_of_a_page_are_footnotes_not_clause_text(
    words: dict[str, bytes], pdfs: dict[str, bytes]
) -> None:
    assert _pages(pdfs["noted"]) == 2
    draft = parse_pdf(pdfs["noted"], path="noted.pdf")
    assert [(n.mark, n.text) for n in draft.footnotes] == [("1", _NOTES[0]), ("2", _NOTES[1])]
    for clause in draft.walk():
        assert "S/2021/229" not in clause.text and "paragraph 1." not in clause.text
    assert draft.clause("PP4").text.endswith("(2020) on the situation in Libya,1")
    assert draft.clause("OP1").text.endswith("resolution 2526 (2020);2")
    # Each note is recorded at its own line of the text layer, on page 1.
    assert all(note.line is not None and note.line < 40 for note in draft.footnotes)
    _read_alike(resdiff.parse(words["noted"]), draft)


def _glyphs(
    text: str, *, x: float, bottom: float, height: float, size: float, space: int = _NO_SPACE
) -> list[_Glyph]:
    """Glyphs of ``text`` 5 units wide from ``x``; a space in the text is a space of the
    PDF; a comma's box is shorter (as some fonts give it)."""
    out = []
    before = space
    for char in text:
        if char == " ":
            x += 5
            before = _SPACE
            continue
        tall = height * 0.7 if char in ",." else height
        out.append(_Glyph(char, x, x + 5, bottom, bottom + tall, before, size))
        x += 5
        before = _NO_SPACE
    return out


def test_a_superscript_mark_set_apart_goes_back_on_its_line() -> None:
    # As LibreOffice printed "sustaining peace,¹ and" in a landscape draft: the comma's
    # box is short, so the mark (7 points, raised 5.5 units) stood as a line of its own
    # above the line, and the note it cites was not known to be one.
    word = _glyphs("peace,", x=90, bottom=132.5, height=8.5, size=12)
    mark = [_Glyph("1", 120.5, 124, 138, 144.4, _NO_SPACE, 7)]
    rest = _glyphs("and the", x=129, bottom=132.5, height=8.5, size=12, space=_SPACE)
    above = _glyphs("Welcoming the report", x=90, bottom=148.6, height=8.5, size=12)
    lines = [line.text for line in _layout([_rows([*above, *word, *mark, *rest])])[0]]
    assert lines == ["Welcoming the report", "peace,1 and the"]


def _line(
    text: str,
    *,
    spacing: float = 1.0,
    size: float = 12.0,
    mark: str | None = None,
    rule: bool = False,
    opens: bool | None = None,
) -> _PageLine:
    return _PageLine(
        text,
        1,
        spacing=spacing,
        size=size,
        note_mark=mark,
        opens_mark=mark is not None if opens is None else opens,
        rule_above=rule,
    )


def test_a_footnote_needs_its_rule_or_smaller_type() -> None:
    body = [_line("Decides to extend the mandate;2"), _line("until 31 July 2022,")]
    note = _line("2 See resolution 2526 (2020).", spacing=1.4, mark="2")
    # A line opening with a cited mark, in the body's type, without the rule: body text.
    assert _notes_at_foot([*body, note], 3, 12.0) is None
    # Under the rule drawn above the notes.
    ruled = _line("2 See resolution 2526 (2020).", spacing=1.4, mark="2", rule=True)
    assert _notes_at_foot([*body, ruled], 3, 12.0) == range(2, 3)
    # In smaller type after the body, a note wrapped over two lines; a footer further
    # down is not the note's.
    small = _line("2 See resolution 2526 (2020), as", spacing=1.4, size=10.0, mark="2")
    wrapped = _line("renewed.", spacing=0.8, size=10.0)
    footer = _line("22-01234", spacing=2.5, size=10.0)
    assert _notes_at_foot([*body, small, wrapped, footer], 5, 12.0) == range(2, 4)
    # Smaller type that follows smaller type is not after the body.
    fine = _line("Annex table", size=10.0)
    assert _notes_at_foot([body[0], fine, small, wrapped], 4, 12.0) is None
    # A numbered list set small whose first number is cited above (a stranger's review:
    # an annex's "1 Nuclear reactors" / "2 Centrifuges" became footnote 1): the next
    # item, a mark no line cites, shows it is no note.
    items = [
        _line("1 Nuclear reactors", spacing=1.4, size=9.0, mark="1"),
        _line("2 Centrifuges", spacing=1.0, size=9.0, opens=True),
        _line("3 Maraging steel", spacing=1.0, size=9.0, opens=True),
    ]
    assert _notes_at_foot([*body, *items], 5, 12.0) is None


# --------------------------------------------------------------------------- bullets


def test_word_bullets_in_a_pdf_are_list_items_as_in_the_word_file(
    words: dict[str, bytes], pdfs: dict[str, bytes]
) -> None:
    draft = parse_pdf(pdfs["bulleted"], path="bulleted.pdf")
    assert [(c.ref, c.label) for c in draft.walk()] == [
        ("PP1", None),
        ("OP1", "1."),
        ("OP1(1)", "•"),
        ("OP1(1)(1)", "◦"),
        ("OP1(2)", "•"),
        ("OP2", "2."),
    ]
    assert not any("\uf0b7" in text for text in draft.texts())
    _read_alike(resdiff.parse(words["bulleted"]), draft)


def test_the_pdf_maps_the_bullets_the_word_reader_maps() -> None:
    from resdiff.read.docx.numbering import _FONT_BULLETS as WORD_BULLETS

    # One table, read by both.
    assert _FONT_BULLETS is WORD_BULLETS


def test_an_o_in_the_font_of_the_text_is_a_word_not_a_bullet() -> None:
    # "o" opens a line of a text in Spanish, or a letter typed as a bullet: only Word's
    # bullet, in a fixed-pitch font, is shown as one.
    glyphs = _glyphs("o la paz", x=100, bottom=500, height=10, size=12)
    row = _Row(glyphs)
    assert _bullet(row, "o la paz") == "o la paz"
    glyphs[0] = _Glyph("o", 100, 105, 500, 510, _NO_SPACE, 12, True)
    assert _bullet(_Row(glyphs), "o la paz") == "◦ la paz"
    # A symbol bullet glued to a word is not one either.
    glued = [_Glyph("\uf0b7", 95, 100, 500, 510, _NO_SPACE, 12)]
    glued.append(_Glyph("l", 100, 105, 500, 510, _NO_SPACE, 12))
    assert _bullet(_Row(glued), "\uf0b7l") == "\uf0b7l"


# --------------------------------------------------------------------------- running headers


@pytest.mark.parametrize("name", sorted(_HEADERS))
def test_a_running_header_on_both_pages_of_a_two_page_pdf_is_furniture(
    words: dict[str, bytes], pdfs: dict[str, bytes], name: str
) -> None:
    data = pdfs[name]
    assert _pages(data) == 2
    draft = parse_pdf(data, path=f"{name}.pdf")
    header = _HEADERS[name]
    # Recorded, line by line (the long one wraps), once a page, and nowhere else.
    recorded = [r.text for r in draft.furniture if r.kind == "page-header"]
    assert " ".join(recorded[: len(recorded) // 2]) == header
    assert recorded[: len(recorded) // 2] == recorded[len(recorded) // 2 :]
    kept = [*draft.masthead, *(h.text for h in draft.headings), *(c.text for c in draft.walk())]
    assert not any(header[:12] in text for text in kept)
    assert len(draft.operative) == 9
    _read_alike(resdiff.parse(words[name]), draft)


def test_lines_alike_on_every_page_stay_unless_set_apart_from_the_body() -> None:
    def page(first: str, gap: float) -> list[_PageLine]:
        return [_line(first, spacing=0.0), _line("of the matter,", spacing=gap), _line("end")]

    # The same first line on both pages, at a line's pitch from the text under it: the
    # text's own (a paragraph that opens both pages alike), kept.
    assert _on_every_page([page("Decides to remain seized", 1.0)] * 2, at_top=True) == 0
    # Set apart by a gap: a running header.
    assert _on_every_page([page("CONFIDENTIAL", 1.6)] * 2, at_top=True) == 1
    # Not the same on both pages: no header.
    assert _on_every_page([page("Rev.2", 1.6), page("Rev.3", 1.6)], at_top=True) == 0
    # One page: nothing repeats.
    assert _on_every_page([page("CONFIDENTIAL", 1.6)], at_top=True) == 0
