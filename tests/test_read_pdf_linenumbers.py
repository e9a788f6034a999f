"""PDFs printed with their lines numbered in the margin, as drafts under negotiation are.

Word's Layout > Line Numbers (here LibreOffice's line numbering, the same setting in an
OpenDocument file) prints a column of numbers left of the text, flush right, on every
line or on every fifth, counted again on each page or through the document; a browser
print of a page that numbers its lines sets them flush left, and numbers blank lines
too. Read as text they opened every paragraph with a figure ("40 1. Decides ..." read
as a recital) or made the whole body footnotes. They are left out, with a warning, and
nothing else is: the numbers of paragraphs printed without a full stop, or of
footnotes, stay.
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from pdf_fixtures import (
    CHROMIUM,
    UNDocument,
    chromium_print,
    document_from_akn,
    document_from_lines,
    pdf_bytes,
    read_as_akn,
    soffice,
)

import resdiff
from resdiff.read.pdf import parse_pdf
from resdiff.read.pdf.glyphs import _Glyph, _Row
from resdiff.read.pdf.linenumbers import drop_line_numbers

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
#: A short text, and a longer one whose footnote LibreOffice numbers from 1 again.
FILES = ("S_RES_2522_2020", "S_RES_2537_2020")
#: Every line, the count started on each page; every fifth line, counted through.
NUMBERINGS = {"every-line": (1, True), "every-fifth": (5, False)}

_BODY = [
    ("formula", "", "The Security Council,"),
    (
        "pp",
        "",
        "Recalling its previous resolutions and the statements of its President on the "
        "situation, and reaffirming its strong commitment to the sovereignty, "
        "independence, unity and territorial integrity of the country,",
    ),
    (
        "pp",
        "",
        "Expressing grave concern at the continued violence against civilians, and "
        "stressing that those responsible for violations of international humanitarian "
        "law must be held accountable,",
    ),
    *(
        (
            "pp",
            "",
            f"{lead} the efforts of the Government and of the regional organizations to "
            "protect civilians, to restore the authority of the State throughout its "
            "territory and to hold free and fair elections,",
        )
        for lead in ("Welcoming", "Commending", "Recognizing", "Noting", "Stressing")
    ),
    (
        "op",
        "1.",
        "Decides to extend the mandate of the Mission until 31 December 2031, and "
        "requests the Secretary-General to report to the Council every 90 days on the "
        "implementation of this resolution, including on the protection of civilians;",
    ),
    (
        "op",
        "2.",
        "Demands that all parties immediately cease all attacks against civilians and "
        "humanitarian personnel, and allow full, safe and unhindered humanitarian access "
        "throughout the country;",
    ),
    ("op", "3.", "Decides to remain actively seized of the matter."),
]


def _document(**changes: object) -> UNDocument:
    document = document_from_lines(
        symbol="S/RES/9990 (2031)",
        job="31-01234 (E)",
        date="3 March 2031",
        title=["Resolution 9990 (2031)", "Adopted by the Security Council on 3 March 2031"],
        body=_BODY,
    )
    return dataclasses.replace(document, **changes)


@pytest.fixture(scope="module")
def prints() -> dict[str, bytes]:
    """The test's own draft printed by LibreOffice with and without line numbers, and
    with its operative paragraphs numbered without a full stop."""
    soffice()
    body = [(k, label.rstrip("."), text) for k, label, text in _BODY]
    return pdf_bytes(
        {
            "plain": _document(),
            "every-line": _document(line_numbers=1),
            "every-fifth": _document(line_numbers=5, restart_numbers=False),
            "no-full-stop": _with_body(body),
        }
    )


def _with_body(body: list[tuple[str, str, str]]) -> UNDocument:
    return document_from_lines(
        symbol="S/RES/9990 (2031)",
        job="31-01234 (E)",
        date="3 March 2031",
        title=["Resolution 9990 (2031)"],
        body=body,
    )


@pytest.mark.parametrize("numbering", ["every-line", "every-fifth"])
def test_line_numbers_of_a_draft_are_left_out_with_a_warning(
    prints: dict[str, bytes], numbering: str
) -> None:
    plain = parse_pdf(prints["plain"], path="plain.pdf")
    numbered = parse_pdf(prints[numbering], path=f"{numbering}.pdf")
    assert [c.text for c in numbered.walk()] == [c.text for c in plain.walk()]
    assert [c.ref for c in numbered.walk()] == [
        *(f"PP{k}" for k in range(1, 8)),
        "OP1",
        "OP2",
        "OP3",
    ]
    assert numbered.preamble[0].text.startswith("Recalling its previous resolutions")
    warning = [w for w in numbered.warnings if w.code == "pdf-line-numbers"]
    assert len(warning) == 1
    assert "lines numbered in the left margin" in warning[0].message
    assert not any(w.code == "pdf-line-numbers" for w in plain.warnings)
    counts = resdiff.compare(plain, numbered).summary.counts
    assert {k: v for k, v in counts.items() if v} == {"unchanged": 10}


def test_paragraph_numbers_without_a_full_stop_are_no_line_numbers(
    prints: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "1<tab>Decides ...": figures flush at one edge and rising, but at the margin the
    # paragraphs' other lines start from, and rising by one a paragraph of three lines:
    # no line count. The draft reads as it does with no line numbers looked for.
    draft = parse_pdf(prints["no-full-stop"], path="no-full-stop.pdf")
    assert not any(w.code == "pdf-line-numbers" for w in draft.warnings)
    import resdiff.read.pdf as reader

    monkeypatch.setattr(
        reader, "drop_every_line_number", lambda rows, known, gutter: (rows, None, gutter)
    )
    unlooked = parse_pdf(prints["no-full-stop"], path="no-full-stop.pdf")
    assert draft.model_dump() == unlooked.model_dump()
    # The numbers are kept: since the ninth session's trial, as the paragraphs' labels.
    assert draft.operative[0].label == "1"
    assert draft.operative[0].text.startswith("Decides")


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("numbering", list(NUMBERINGS))
def test_a_real_text_printed_with_line_numbers_reads_as_its_akn(name: str, numbering: str) -> None:
    soffice()
    every, restart = NUMBERINGS[numbering]
    document = dataclasses.replace(
        document_from_akn(CORPUS / f"{name}.xml"), line_numbers=every, restart_numbers=restart
    )
    pdf = pdf_bytes({name: document})[name]
    draft = read_as_akn(pdf, CORPUS / f"{name}.xml", f"{name}-{numbering}.pdf")
    assert any(w.code == "pdf-line-numbers" for w in draft.warnings)
    comparison = resdiff.compare(CORPUS / f"{name}.xml", draft)
    counts = {k: v for k, v in comparison.summary.counts.items() if v}
    assert set(counts) == {"unchanged"}, counts


def _numbered_page(document: UNDocument, per_page: int = 48) -> str:
    """The draft as a web page of pre-wrapped lines, each numbered flush left in a
    column of its own, blank lines too, the count started again on each page: another
    layout and another PDF writer than LibreOffice's."""
    lines = [" ".join(p for p in row if p) for row in document.masthead] + document.title
    lines.append("")
    for block in document.blocks:
        indent = "      " * block.depth
        first = indent + (f"{block.label}  " if block.label else "")
        wrapped = textwrap.wrap(block.text, 78 - len(first)) or [""]
        lines.append(first + wrapped[0])
        lines.extend(indent + "   " + line for line in wrapped[1:])
        lines.append("")
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    body = "".join(
        '<div style="page-break-after:always">'
        + "".join(
            f'<div class="l"><span class="n">{n}</span>{html.escape(line) or "&nbsp;"}</div>'
            for n, line in enumerate(page, start=1)
        )
        + "</div>"
        for page in pages
    )
    css = (
        "@page{size:A4;margin:2cm} .l{white-space:pre;font:9pt 'DejaVu Sans Mono',monospace}"
        " .n{display:inline-block;width:1cm;color:#555}"
    )
    head = f'<head><meta charset="utf-8"><style>{css}</style></head>'
    return f"<!DOCTYPE html><html>{head}<body>{body}</body></html>"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make browser)")
def test_a_browser_print_with_numbered_lines_reads_as_the_draft(tmp_path: Path) -> None:
    page = tmp_path / "numbered.html"
    page.write_text(_numbered_page(_document()), encoding="utf-8")
    draft = parse_pdf(chromium_print(page), path="numbered.pdf")
    assert any(w.code == "pdf-line-numbers" for w in draft.warnings)
    assert [c.ref for c in draft.walk()] == [*(f"PP{k}" for k in range(1, 8)), "OP1", "OP2", "OP3"]
    texts = {c.ref: c.text for c in draft.walk()}
    assert texts["OP1"].startswith("Decides to extend the mandate of the Mission")
    assert texts["OP3"] == "Decides to remain actively seized of the matter."
    assert texts["PP2"].endswith("must be held accountable,")


# --------------------------------------------------------------------------- the rule


def _row(x: float, text: str, y: float, width: float = 5.0) -> _Row:
    """A printed line of monospaced glyphs starting at ``x``; a run of two spaces or more
    is a gap of that many glyphs' widths (no glyph), one space a word space."""
    glyphs: list[_Glyph] = []
    at = x
    space = 0
    for char in text:
        if char == " ":
            at += width
            space = 1
            continue
        glyphs.append(_Glyph(char, at, at + width * 0.9, y, y + 10.0, space))
        at += width
        space = 0
    return _Row(glyphs)


def test_footnotes_at_the_margin_are_not_a_column_of_line_numbers() -> None:
    # Notes open with their numbers at the text's margin, where the other lines start:
    # no column stands left of the text.
    rows = [
        _row(90, "Recalling its resolutions 1234 (2030) and 5678 (2031),", 700),
        _row(90, "and its statements,", 688),
        _row(90, "1    A/74/976-S/2020/773.", 100),
        _row(90, "2    S/2031/12.", 88),
        _row(90, "3    S/2031/99.", 76),
        _row(90, "4    S/2031/100.", 64),
        _row(90, "which the Council welcomed.", 52),
        _row(90, "and the report of the Secretary-General.", 40),
        _row(90, "20-1234 (2031)  2/3", 28),
    ]
    kept, column = drop_line_numbers(rows, None)
    assert column is None
    assert kept is rows


def test_a_column_found_on_one_page_is_found_on_a_short_last_page() -> None:
    first = [_row(60, f"{n:>2}     text of line {n}", 700 - 12 * n) for n in range(1, 9)]
    kept, column = drop_line_numbers(first, None)
    assert column is not None
    assert [("".join(g.char for g in r.glyphs))[:8] for r in kept][:2] == ["textofli"] * 2
    last = [_row(60, " 9     the last line", 700), _row(95, "an unnumbered line", 688)]
    kept, again = drop_line_numbers(last, column)
    assert again == column
    assert "".join(g.char for g in kept[0].glyphs) == "thelastline"
    # On its own the short page shows no column.
    assert drop_line_numbers(last, None)[1] is None


# --------------------------------------------------------------------------- copied text

#: The test's draft as text, its recitals told five times over: a draft long enough for
#: pages of 40 lines.
_DRAFT = "\n\n".join(
    [_BODY[0][2]]
    + [text for kind, _, text in _BODY if kind == "pp"] * 2
    + [f"{label} {text}" for kind, label, text in _BODY if kind == "op"]
)


def _numbered_copy(every: int, *, lone: bool = False) -> str:
    """The test's draft as text copied from a print with its lines numbered: wrapped at
    70 characters, a running header atop each page of 40 lines (not numbered), the
    numbers flush right in a column of their own ("pdftotext -layout"), or, as
    pdftotext without -layout prints them, in a run of lines of their own before each
    paragraph."""
    out: list[str] = []
    count = printed = 0
    for paragraph in _DRAFT.split("\n\n"):
        lines = textwrap.wrap(paragraph, 70)
        if printed + len(lines) > 40 * (len(out) // 40 + 1) or not out:
            out += ["                                        S/RES/9990 (2031)", ""]
        numbers = []
        for _ in lines:
            count += 1
            numbers.append(str(count) if count % every == 0 else "")
        if lone:
            run = [n for n in numbers if n]
            if run:
                out += [*run, ""]
            out += [*lines, ""]
        else:
            out += [f"{n:>4}    {line}" for n, line in zip(numbers, lines, strict=True)] + [""]
        printed += len(lines) + 1
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("every", "lone"), [(1, False), (5, False), (1, True), (5, True)])
def test_a_copy_of_a_numbered_print_reads_as_the_draft(every: int, lone: bool) -> None:
    plain = resdiff.parse(_DRAFT, format="text")
    copied = resdiff.parse(_numbered_copy(every, lone=lone), format="text")
    assert [c.ref for c in copied.walk()] == [c.ref for c in plain.walk()]
    assert [c.text for c in copied.walk()] == [c.text for c in plain.walk()]
    assert len(plain.preamble) == 14 and len(plain.operative) == 3
    assert any(w.code == "line-numbers" for w in copied.warnings)
    assert not any(w.code == "line-numbers" for w in plain.warnings)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize("numbering", ["every-line", "every-fifth"])
def test_pdftotext_of_a_numbered_print_reads_as_the_draft(
    prints: dict[str, bytes], numbering: str, tmp_path: Path
) -> None:
    # Another tool's reading of LibreOffice's print: poppler's pdftotext -layout.
    pdf = tmp_path / f"{numbering}.pdf"
    pdf.write_bytes(prints[numbering])
    out = tmp_path / f"{numbering}.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True, timeout=60)
    copied = resdiff.parse(out, format="text")
    plain = parse_pdf(prints["plain"], path="plain.pdf")
    assert any(w.code == "line-numbers" for w in copied.warnings)
    counts = resdiff.compare(plain, copied).summary.counts
    assert {k: v for k, v in counts.items() if v} == {"unchanged": 10}


@pytest.mark.skipif(
    not (CORPUS.parent / "scanned").is_dir(), reason=f"scanned texts not found at {CORPUS}"
)
def test_no_scanned_text_shows_a_line_number_column() -> None:
    # Page numbers alone on their lines, footnotes opening with their numbers, figures
    # of tables: none is a column of line numbers.
    from resdiff.read.text.linenumbers import drop_line_numbers
    from resdiff.read.text.lines import _read_lines

    found = []
    for path in sorted((CORPUS.parent / "scanned").glob("*.txt")):
        lines = _read_lines(path.read_text(encoding="utf-8"), False)
        if drop_line_numbers(lines, []) is not None:
            found.append(path.name)
    assert found == []


# --------------------------------------------------------------------------- not a column


def test_a_table_of_years_on_a_page_of_text_is_no_column() -> None:
    # A review's case: an annex page with "Year  Troop ceiling" and one row a year. The
    # years rise by one a line, flush at one edge, set apart from their figures: but they
    # stand at the margin the page's text starts at.
    rows = [
        _row(90, "Decides that the troop ceiling of the Mission shall be reduced in", 700),
        _row(90, "stages, as set out in the table below:", 688),
        _row(90, "Year              Troop ceiling", 664),
        _row(90, "2021              13,289", 652),
        _row(90, "2022              12,500", 640),
        _row(90, "2023              11,000", 628),
        _row(90, "2024              10,000", 616),
        _row(90, "and requests the Secretary-General to report on each stage.", 592),
        _row(90, "Decides to remain seized of the matter.", 568),
    ]
    kept, column = drop_line_numbers(rows, None)
    assert column is None and kept is rows


def test_a_list_numbered_without_full_stops_is_no_column() -> None:
    # Items "1    Entity ..." on a page of text: figures at one edge, rising by one a
    # line, set apart from their text; but they stand at the margin of the page's text
    # and take a part of the page only.
    rows = [
        *(_row(90, f"line {k} of the paragraph before the list", 800 - 12 * k) for k in range(5)),
        _row(90, "Decides that the measures shall apply to the following entities:", 736),
        *(_row(90, f"{n}    Entity number {n} of the list", 736 - 12 * n) for n in range(1, 7)),
        *(_row(90, f"line {k} of the paragraph after the list", 640 - 12 * k) for k in range(5)),
    ]
    kept, column = drop_line_numbers(rows, None)
    assert column is None and kept is rows


_NOTES_AT_THE_END = """The Security Council,

Recalling its resolutions 2500 (2019)1 and 2600 (2021),2

Taking note of the report of the Secretary-General,3

1. Decides that the measures shall apply to:

1  Entity Alpha
2  Entity Beta
3  Entity Gamma

2. Decides to remain seized of the matter.

__________

1   S/RES/2500 (2019).
2   S/RES/2600 (2021).
3   S/2021/123.
"""


def test_footnotes_and_a_list_opening_with_figures_keep_them() -> None:
    from resdiff.read.text import parse_text

    read = parse_text(_NOTES_AT_THE_END)
    assert not any(w.code == "line-numbers" for w in read.warnings)
    unlooked = parse_text(_NOTES_AT_THE_END, line_numbers=False)
    assert read.model_dump() == unlooked.model_dump()


def test_a_word_cut_at_a_numbered_line_end_is_joined_as_without_numbers() -> None:
    # A review's case: the evidence for line-end hyphens was read with the numbers in,
    # "4  sident" counted "sident" a word, and "Pre-" / "sident" read "Pre-sident".
    body = [
        "The Security Council,",
        "",
        "Recalling the statements of its Pre-",
        "sident on the situation in the country and",
        "its previous resolutions on the matter,",
        "",
        "Reaffirming its strong commitment to the sovereignty,",
        "independence and unity of the country,",
        "",
        "Welcoming the efforts of the regional organizations",
        "to protect civilians and to hold free and fair",
        "elections throughout the country,",
        "",
        "1. Decides to remain seized of the matter.",
    ]
    numbered, n = [], 0
    for line in body:
        n += bool(line)
        numbered.append(f"{n:>3}    {line}" if line else "")
    copied = resdiff.parse("\n".join(numbered) + "\n", format="text")
    assert any(w.code == "line-numbers" for w in copied.warnings)
    assert copied.preamble[0].text.startswith("Recalling the statements of its President on")


def test_a_date_and_hour_in_the_body_is_no_browser_header() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to hold the following meetings:\n\n"
        "(a) 15/6/2031, 10:00   Informal consultations;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text")
    assert draft.furniture == ()
    printed = "\f12/4/26, 9:32 PM          S/RES/9990 (2031)\n" + text
    header = resdiff.parse(printed, format="text")
    assert [f.kind for f in header.furniture] == ["page-header"]
