"""PDF input: real-looking UN PDFs, made by LibreOffice from texts the tests write and from
real AKN files, read back through the text layer.

Each PDF carries the page furniture of the Secretariat's prints (masthead, running header
with the symbol, job number and date stamps, barcode, "Please recycle", page numbers); the
reader must take all of it out and record it, join wrapped and hyphenated lines, give
the structure of the text it was made from, lose no word, and refuse a scan, an
encrypted file, a corrupt one and an empty one with one clear line.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pdf_fixtures import (
    UNDocument,
    document_from_akn,
    document_from_lines,
    encrypted_pdf,
    long_document,
    one_page_pdf,
    pdf_bytes,
    protected_pdf,
    read_as_akn,
    scanned_pdf,
)

import resdiff
from resdiff.cli import main
from resdiff.errors import ResolutionParseError
from resdiff.model import Draft
from resdiff.read.checks import accounted, lost_words
from resdiff.read.common import normalize_space
from resdiff.read.pdf import (
    _INFERRED,
    _NO_SPACE,
    _SPACE,
    COLUMNS_WARNING,
    MAX_PAGES,
    NO_TEXT_LAYER,
    _fold_digits,
    _Glyph,
    _layout,
    _line_furniture,
    _PageLine,
    _Row,
    _row_text,
    _rows,
    parse_pdf,
    pdf_text,
)
from resdiff.read.text import _HYPHEN_PREFIXES

pdfium = pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
#: Real resolutions of the corpus, chosen for their variety: a short one, headings with
#: bullets and sub-sub-paragraphs, annexes, a footnote, deep nesting, a long annex.
CORPUS_FILES = [
    "S_RES_2504_2020",
    "S_RES_2512_2020",
    "S_RES_2551_2020",
    "S_RES_2558_2020",
    "S_RES_2631_2022",
    "S_RES_2665-2228829E",
]
#: Real resolutions printed with their text in two columns under a title across the
#: page: the two columns' lines do not share baselines, and the last page holds a few
#: lines of each (S_RES_2605_2021, whose dash items under "(iii)" need more room than a
#: column gives, is not read whole yet).
COLUMN_FILES = ["S_RES_2537_2020", "S_RES_2554_2020", "S_RES_2646_2022"]
#: A 50-page PDF must parse in less than this many seconds (issue 10).
SPEED_BUDGET = 2.0

# --------------------------------------------------------------------------- the texts

SYMBOL = "S/2021/9990"
JOB = "21-10478 (E)"


def _shy(text: str) -> str:
    """Give every word of ten letters or more a soft hyphen in its middle, so that words
    break across lines wherever the layout puts them at a line end. The break avoids the
    fragments after which the text reader keeps a hyphen ("re-", "inter-"), which a
    printed break cannot tell from a real hyphen."""

    def cut(found: re.Match[str]) -> str:
        word = found.group(0)
        for at in range(len(word) // 2, len(word) - 3):
            if word[:at].lower() not in _HYPHEN_PREFIXES:
                return word[:at] + "\u00ad" + word[at:]
        return word

    return re.sub(r"\b[A-Za-z]{10,}\b", cut, text)


PREAMBLE = [
    "Recalling its previous resolutions and the statements of its President on the "
    "situation in the Republic of Eastland, in particular resolution 9990 (2020),",
    "Reaffirming its strong commitment to the sovereignty, independence, territorial "
    "integrity and national unity of the Republic of Eastland, and recalling the "
    "importance of the principles of good-neighbourliness, non-interference and regional "
    "cooperation,",
    "Expressing deep concern at the continuing deterioration of the humanitarian "
    "situation, the displacement of civilians and the obstruction of humanitarian access "
    "in the northern provinces, and condemning all attacks against humanitarian personnel "
    "and medical facilities,",
    "Welcoming the report of the Secretary-General of 2 June 2021 (S/2021/9980) and the "
    "recommendations contained therein, and taking note of the follow-up measures taken "
    "by the transitional authorities,",
    "Determining that the situation in the Republic of Eastland continues to constitute a "
    "threat to international peace and security in the region,",
]

OPERATIVE: list[tuple[str, str, str]] = [
    (
        "op",
        "1.",
        "Decides to extend the mandate of the United Nations Integrated Assistance "
        "Mission in Eastland until 31 July 2022;",
    ),
    (
        "op",
        "2.",
        "Demands that all parties immediately cease hostilities, re-establish the "
        "ceasefire agreed on 4 March 2021 and allow full, safe and unhindered humanitarian "
        "access throughout the country;",
    ),
    (
        "op",
        "3.",
        "Requests the Mission, within its existing resources, to pursue the following priorities:",
    ),
    (
        "sub",
        "(a)",
        "Supporting the implementation of the comprehensive peace agreement, "
        "including through good offices, confidence-building measures and the monitoring of "
        "the disengagement of forces;",
    ),
    ("sub", "(b)", "Protecting civilians under threat of physical violence, including through:"),
    (
        "sub2",
        "(i)",
        "Proactive deployment and mobile patrolling in areas of heightened "
        "risk, in close coordination with humanitarian organizations;",
    ),
    (
        "sub2",
        "(ii)",
        "Strengthening early warning mechanisms and community engagement, "
        "with particular attention to women and children;",
    ),
    (
        "sub",
        "(c)",
        "Facilitating the disarmament, demobilization and reintegration of "
        "former combatants and the reform of the security sector;",
    ),
    ("heading", "", "Human rights and accountability"),
    (
        "op",
        "4.",
        "Calls upon the transitional authorities to investigate all allegations "
        "of violations of international humanitarian law and abuses of human rights, and to "
        "hold those responsible accountable without delay;",
    ),
    (
        "op",
        "5.",
        "Encourages Member States and regional organizations to provide "
        "technical and financial assistance for the strengthening of national institutions, "
        "consistent with the priorities identified by the transitional authorities;",
    ),
    (
        "op",
        "6.",
        "Requests the Secretary-General to report to the Council every 90 days "
        "on the implementation of this resolution, including on the humanitarian situation "
        "and on the progress made in the political process;",
    ),
    ("op", "7.", "Decides to remain actively seized of the matter."),
]

TITLE = ["Albania, France and Ireland: draft resolution"]


def draft_document(**furniture: object) -> UNDocument:
    """The hand-written draft laid out as the Secretariat prints it; ``furniture``
    changes the running header and the page numbers."""
    body: list[tuple[str, str, str]] = [("formula", "", "The Security Council,")]
    body += [("pp", "", _shy(text)) for text in PREAMBLE]
    body += [(kind, label, _shy(text)) for kind, label, text in OPERATIVE]
    document = document_from_lines(
        symbol=SYMBOL,
        job=JOB,
        date="8 July 2021",
        title=TITLE,
        body=body,
        distribution="Distr.: Limited",
    )
    document.masthead.append(("", "Original: English"))
    document.hyphenate = 0.0
    for name, value in furniture.items():
        setattr(document, name, value)
    return document


# --------------------------------------------------------------------------- the PDFs


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    """Every test PDF, made in one LibreOffice run (skips when LibreOffice is missing)."""
    documents = {
        "draft": draft_document(),
        "dashes": draft_document(
            running_header="Situation in Eastland", page_number="- {n} -", page_number_at_top=True
        ),
        "page-of": draft_document(page_number="Page {n} of {total}"),
        # A lone number at the foot, and a short last paragraph alone on the last page.
        "lone": draft_document(page_number="{n}", job_on_later_pages=False, break_before_last=True),
        "long": long_document(),
        # Nothing but the furniture of page 1.
        "bare": document_from_lines(symbol=SYMBOL, job=JOB, date="8 July 2021", title=[], body=[]),
    }
    documents["bare"].masthead = []
    if CORPUS.is_dir():
        for name in CORPUS_FILES:
            documents[name] = document_from_akn(CORPUS / f"{name}.xml")
        for name in COLUMN_FILES:
            document = document_from_akn(CORPUS / f"{name}.xml")
            document.columns = 2
            documents[f"{name}-columns"] = document
        document = document_from_akn(CORPUS / f"{COLUMN_FILES[0]}.xml")
        document.columns = 3
        documents["three-columns"] = document
    return pdf_bytes(documents)


@pytest.fixture(scope="module")
def locked() -> bytes:
    """The draft as a PDF that needs a password to open."""
    return encrypted_pdf(draft_document())


@pytest.fixture(scope="module")
def draft(pdfs: dict[str, bytes]) -> Draft:
    return parse_pdf(pdfs["draft"], path="draft.pdf")


def _pages(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def _plain(text: str) -> str:
    return normalize_space(text.replace("\u00ad", ""))


# --------------------------------------------------------------------------- structure


def test_draft_gives_the_paragraphs_it_was_written_with(draft: Draft) -> None:
    assert [c.ref for c in draft.walk()] == [
        "PP1", "PP2", "PP3", "PP4", "PP5",
        "OP1", "OP2", "OP3", "OP3(a)", "OP3(b)", "OP3(b)(i)", "OP3(b)(ii)", "OP3(c)",
        "OP4", "OP5", "OP6", "OP7",
    ]  # fmt: skip
    assert [c.text for c in draft.preamble] == [_plain(t) for t in PREAMBLE]
    written = {label: text for _, label, text in OPERATIVE if label}
    by_label = [c for c in draft.walk() if c.section == "operative"]
    assert [c.text for c in by_label] == [_plain(written[c.label or ""]) for c in by_label]
    assert [h.text for h in draft.headings] == ["Human rights and accountability"]
    assert draft.headings[0].before == "OP4"


def test_masthead_is_read_not_taken_for_furniture(draft: Draft) -> None:
    # The symbol at the top of page 1 is the masthead's, not a running header.
    assert draft.masthead[0] == f"United Nations {SYMBOL}"
    assert SYMBOL in (draft.symbol, draft.draft_symbol)
    assert draft.organ == "Security Council"
    assert draft.sponsors == ("Albania", "France", "Ireland")
    assert draft.enacting_formula == "The Security Council,"
    assert min(removed.line for removed in draft.furniture) > len(draft.masthead)


def test_hyphenated_words_and_wrapped_lines_are_joined(
    pdfs: dict[str, bytes], draft: Draft
) -> None:
    layer = pdf_text(pdfs["draft"]).text.splitlines()
    broken = [
        (line.rstrip(), after.strip())
        for line, after in itertools.pairwise(layer)
        if re.search(r"[a-z]-$", line.rstrip()) and after.strip()[:1].islower()
    ]
    assert len(broken) >= 3, "the layout should break several words across lines"
    texts = " ".join(c.text for c in draft.walk())
    for line, after in broken:
        head = line.split()[-1].rstrip("-")
        tail = re.match(r"[a-z]+", after)
        assert tail is not None
        assert head + tail.group(0) in texts, f"{line!r} / {after!r} not joined"


def test_page_furniture_is_removed_and_recorded(pdfs: dict[str, bytes], draft: Draft) -> None:
    pages = _pages(pdfs["draft"])
    assert pages >= 2
    removed = [(r.kind, r.text) for r in draft.furniture]
    assert ("job-number", "21-10478 (E)") in removed
    assert removed.count(("job-number", "080721")) == 2  # the date stamps
    assert ("job-number", "*2110478*") in removed
    assert ("page-footer", "Please recycle") in removed
    assert removed.count(("page-header", SYMBOL)) == pages - 1
    for n in range(2, pages + 1):
        assert ("page-number", f"{n}/{pages}") in removed
    assert removed.count(("job-number", "21-10478")) == pages - 1
    words = " ".join(c.text for c in draft.walk())
    for furniture in ("21-10478", "2110478", "Please recycle", "080721", f"2/{pages}"):
        assert furniture not in words
    assert SYMBOL not in words


def test_furniture_lines_are_those_of_the_text_layer(pdfs: dict[str, bytes], draft: Draft) -> None:
    layer = pdf_text(pdfs["draft"])
    lines = layer.text.split("\n")
    for removed in layer.furniture:
        assert lines[removed.line - 1] == "", removed
    assert [r.line for r in draft.furniture] == sorted(r.line for r in draft.furniture)
    assert layer.pages[0] == 1 and len(layer.pages) == _pages(pdfs["draft"])
    assert all(lines[first - 2] == "\f" for first in layer.pages[1:])


@pytest.mark.parametrize(
    ("name", "number", "header"),
    [
        ("dashes", "- {n} -", ("page-header", "Situation in Eastland")),
        ("page-of", "Page {n} of {total}", ("page-header", SYMBOL)),
        ("lone", "{n}", ("page-header", SYMBOL)),
    ],
)
def test_other_page_numbers_and_running_headers(
    pdfs: dict[str, bytes], draft: Draft, name: str, number: str, header: tuple[str, str]
) -> None:
    other = parse_pdf(pdfs[name], path=f"{name}.pdf")
    assert [(c.ref, c.text) for c in other.walk()] == [(c.ref, c.text) for c in draft.walk()]
    pages = _pages(pdfs[name])
    removed = [(r.kind, r.text) for r in other.furniture]
    for n in range(2, pages + 1):
        assert ("page-number", number.format(n=n, total=pages)) in removed
    assert removed.count(header) == pages - 1


def _pdfium_plain_text(data: bytes) -> str:
    """Every character of the text layer, as PDFium's own text gives it: a reading
    independent of the reader's layout."""
    document = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_text_is_accounted_for_word_by_word(pdfs: dict[str, bytes], draft: Draft) -> None:
    assert lost_words(draft_document().words(), draft) == []
    # Every letter and digit of the text layer is in the draft, furniture included.
    assert accounted(_pdfium_plain_text(pdfs["draft"]), draft)


# --------------------------------------------------------------------------- real texts


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", COLUMN_FILES)
def test_real_resolution_in_two_columns_is_read_column_by_column(
    pdfs: dict[str, bytes], name: str
) -> None:
    # LibreOffice sets the text under the title in two columns: each page is read down
    # the left column, then the right one, the title and the page furniture as printed.
    # Read across the columns, none of the three had its refs.
    path = CORPUS / f"{name}.xml"
    draft = read_as_akn(pdfs[f"{name}-columns"], path, f"{name}-columns.pdf")
    assert accounted(_pdfium_plain_text(pdfs[f"{name}-columns"]), draft)
    warned = [w for w in draft.warnings if w.code == "pdf-columns"]
    assert len(warned) == 1 and "read column by column" in warned[0].message
    pages = _pages(pdfs[f"{name}-columns"])
    assert f"pages 1–{pages} are" in warned[0].message or pages == 1
    # The running header and the page numbers are still found, in their places.
    document = document_from_akn(path)
    kinds = [(r.kind, r.text) for r in draft.furniture]
    assert kinds.count(("page-header", document.symbol)) == pages - 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_three_columns_are_said_to_be_read_across(pdfs: dict[str, bytes]) -> None:
    # Three columns are not read in order (the lines of the three are mixed), but never
    # silently: every page is named, and no word is lost.
    data = pdfs["three-columns"]
    draft = parse_pdf(data, path="three-columns.pdf")
    assert accounted(_pdfium_plain_text(data), draft)
    warned = [w for w in draft.warnings if w.code == COLUMNS_WARNING]
    assert len(warned) == 1 and "three columns" in warned[0].message
    assert f"pages 1–{_pages(data)} are" in warned[0].message
    assert not [w for w in draft.warnings if w.code == "pdf-columns"]
    # The same text in two columns, or in one, is never taken for three.
    for name in (f"{COLUMN_FILES[0]}-columns", CORPUS_FILES[1], CORPUS_FILES[3]):
        codes = {w.code for w in parse_pdf(pdfs[name], path=f"{name}.pdf").warnings}
        assert COLUMNS_WARNING not in codes


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_real_resolution_as_pdf_has_the_akn_structure_and_loses_no_word(
    pdfs: dict[str, bytes], name: str
) -> None:
    path = CORPUS / f"{name}.xml"
    draft = read_as_akn(pdfs[name], path, f"{name}.pdf")
    assert accounted(_pdfium_plain_text(pdfs[name]), draft)
    # One column, annex tables included: no page is taken for two columns of text, nor
    # for text struck through.
    assert not [w.message for w in draft.warnings if w.code in ("pdf-columns", "pdf-struck-text")]
    document = document_from_akn(path)
    pages = _pages(pdfs[name])
    kinds = [(r.kind, r.text) for r in draft.furniture]
    assert kinds.count(("page-header", document.symbol)) == pages - 1
    assert ("job-number", document.barcode) in kinds
    assert draft.symbol == document.symbol


# --------------------------------------------------------------------------- speed


def test_a_fifty_page_pdf_parses_within_the_budget(pdfs: dict[str, bytes]) -> None:
    data = pdfs["long"]
    pages = _pages(data)
    assert pages >= 50
    # CPU time, the better of two runs: other work on a busy machine (a parallel test
    # run) must not fail the budget, a slower reader must.
    times = []
    for _ in range(2):
        start = time.process_time()
        draft = parse_pdf(data, path="long.pdf")
        times.append(time.process_time() - start)
    assert min(times) < SPEED_BUDGET, f"{pages} pages took {min(times):.2f} s of CPU time"
    assert len(draft.operative) == 441
    removed = [(r.kind, r.text) for r in draft.furniture]
    assert removed.count(("page-header", "Situation in Eastland")) == pages - 1
    assert removed.count(("job-number", "21-10999")) == pages - 1


# --------------------------------------------------------------------------- layout


def _glyphs(text: str, *, x: float, y: float, space: int = _NO_SPACE) -> list[_Glyph]:
    """The glyphs of ``text`` set at 5 units a character from ``x`` on the line at ``y``
    (10 units high); a space in the text is a space character of the PDF."""
    out = []
    before = space
    for char in text:
        if char == " ":
            x += 5
            before = _SPACE
            continue
        out.append(_Glyph(char, x, x + 5, y, y + 10, before))
        x += 5
        before = _NO_SPACE
    return out


def _laid_out(*runs: list[_Glyph]) -> list[str]:
    return [line.text for line in _layout([_rows([g for run in runs for g in run])])[0]]


def test_lines_come_top_to_bottom_whatever_the_order_of_the_pdf() -> None:
    body = _glyphs("Decides to remain seized", x=100, y=500)
    header = _glyphs("S/RES/9990 (2021)", x=100, y=700)
    footer = _glyphs("2/5", x=100, y=50)
    assert [t.strip() for t in _laid_out(footer, body, header)] == [
        "S/RES/9990 (2021)",
        "Decides to remain seized",
        "2/5",
    ]


def test_columns_stay_apart_and_words_close_up() -> None:
    left = _glyphs("United Nations", x=100, y=700)
    right = _glyphs("S/RES/9990", x=400, y=700)
    (line,) = _laid_out(right, left)  # written right column first
    assert re.fullmatch(r"United Nations {2,}S/RES/9990", line), line
    assert _row_text(_Row(_glyphs("peace", x=0, y=0)), 5) == "peace"


def test_a_superscript_mark_stays_on_its_line() -> None:
    word = _glyphs("Bissau", x=100, y=500)
    mark = [_Glyph("1", 130, 133, 504, 511, False)]  # smaller, raised
    rest = _glyphs("and", x=138, y=500, space=_SPACE)
    assert _laid_out(word, mark, rest) == ["Bissau1 and"]


@pytest.mark.parametrize(
    ("glyphs", "text"),
    [
        # A soft hyphen prints only at a line end.
        ([*_glyphs("imple", x=0, y=0), _Glyph("\u00ad", 25, 28, 0, 10, _NO_SPACE),
          *_glyphs("ment", x=28, y=0)], "implement"),
        ([*_glyphs("imple", x=0, y=0), _Glyph("\u00ad", 25, 28, 0, 10, _NO_SPACE)], "imple-"),
        # The hyphen of a broken word set a hair away, with a space PDFium inferred.
        ([*_glyphs("oper", x=0, y=0), _Glyph("-", 21.2, 24, 0, 10, _INFERRED)], "oper-"),
        # A word written in two pieces, a hair apart: no space.
        ([*_glyphs("resolut", x=0, y=0), *_glyphs("ions", x=36, y=0, space=_INFERRED)],
         "resolutions"),
        # A space PDFium inferred before a letter that overhangs it (an italic "j":
        # "including joint", 0.19 of the line height) is one.
        ([*_glyphs("including", x=0, y=0), *_glyphs("joint", x=46.9, y=0, space=_INFERRED)],
         "including joint"),
        # A list label set close to its text, with no space at all, stands apart from it
        # ("iii.European", LibreOffice's automatic numbering); "1,000" stays whole.
        ([*_glyphs("iii.", x=0, y=0), *_glyphs("European", x=21.5, y=0)], "iii. European"),
        ([*_glyphs("(b)", x=0, y=0), *_glyphs("Decides", x=16, y=0)], "(b) Decides"),
        # A decimal wrapped to the start of a line is no label: "25.6 million".
        ([*_glyphs("25.", x=0, y=0), *_glyphs("6", x=15.5, y=0)], "25.6"),
        ([*_glyphs("1,", x=0, y=0), *_glyphs("000", x=10.5, y=0, space=_INFERRED)], "1,000"),
        # A space the PDF writes is one, however narrow; a wide gap is one too.
        ([*_glyphs("a", x=0, y=0), *_glyphs("b", x=6, y=0, space=_SPACE)], "a b"),
        ([*_glyphs("parties", x=0, y=0), _Glyph("-", 40, 44, 0, 10, _NO_SPACE)], "parties -"),
    ],
)  # fmt: skip
def test_spaces_and_hyphens_within_a_line(glyphs: list[_Glyph], text: str) -> None:
    assert _row_text(_Row(glyphs), 5) == text


# --------------------------------------------------------------------------- bad input


def _error(data: bytes, name: str = "bad.pdf") -> str:
    with pytest.raises(ResolutionParseError) as caught:
        parse_pdf(data, path=name)
    return str(caught.value)


def test_a_scanned_pdf_is_refused_saying_it_has_no_text_layer(pdfs: dict[str, bytes]) -> None:
    scan = scanned_pdf(pdfs["draft"], scale=0.5)
    assert _error(scan, "scan.pdf") == f"scan.pdf: {NO_TEXT_LAYER}"


def test_a_scanned_page_among_text_pages_is_read_with_a_warning(
    pdfs: dict[str, bytes],
) -> None:
    text = pdfium.PdfDocument(pdfs["draft"])
    scan = pdfium.PdfDocument(scanned_pdf(pdfs["draft"], scale=0.5))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text, [0])
    mixed.import_pages(scan, [1])
    out = io.BytesIO()
    mixed.save(out)
    draft = parse_pdf(out.getvalue(), path="mixed.pdf")
    assert [w.code for w in draft.warnings if w.code.startswith("pdf-")] == [
        "pdf-page-without-text"
    ]
    assert "page 2 has no text layer" in draft.warnings[-1].message or any(
        "page 2 has no text layer" in w.message for w in draft.warnings
    )


def test_an_encrypted_pdf_is_refused(locked: bytes) -> None:
    assert locked.startswith(b"%PDF-") and b"/Encrypt" in locked
    assert _error(locked, "locked.pdf").startswith("locked.pdf: encrypted PDF: it needs a password")


@pytest.mark.parametrize("may_copy", [True, False])
def test_a_pdf_with_permissions_only_is_read_when_it_allows_copying(
    draft: Draft, may_copy: bool
) -> None:
    data = protected_pdf(draft_document(), may_copy=may_copy)
    assert b"/Encrypt" in data
    if may_copy:
        read = parse_pdf(data, path="protected.pdf")
        assert [c.text for c in read.walk()] == [c.text for c in draft.walk()]
    else:
        assert _error(data, "protected.pdf") == (
            "protected.pdf: encrypted PDF: its author does not allow copying its text; ask "
            "for a copy without that restriction"
        )


def test_corrupt_and_empty_pdfs_are_refused(pdfs: dict[str, bytes]) -> None:
    assert _error(b"", "empty.pdf") == "empty.pdf: empty file: expected a PDF"
    assert "corrupt PDF" in _error(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    assert "corrupt PDF" in _error(pdfs["draft"][: len(pdfs["draft"]) // 3])
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    out = io.BytesIO()
    blank.save(out)
    assert _error(out.getvalue(), "blank.pdf") == "blank.pdf: empty PDF: its 1 page is blank"


def test_a_pdf_over_the_page_limit_is_refused_naming_the_count() -> None:
    document = pdfium.PdfDocument.new()
    for _ in range(MAX_PAGES + 1):
        document.new_page(100, 100)
    out = io.BytesIO()
    document.save(out)
    assert _error(out.getvalue(), "huge.pdf") == (
        f"huge.pdf: PDF has {MAX_PAGES + 1} pages, more than the limit of {MAX_PAGES} "
        "(raise it: limits=Limits(max_pdf_pages=...) in Python)"
    )


def test_a_pdf_over_the_character_limit_is_refused(
    pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("resdiff.read.pdf.MAX_CHARS", 1000)
    message = _error(pdfs["draft"], "dense.pdf")
    assert message.startswith("dense.pdf: PDF holds more than 1000 characters by page 1 of")


def test_a_pdf_of_furniture_only_says_so(pdfs: dict[str, bytes]) -> None:
    message = _error(pdfs["bare"], "bare.pdf")
    assert message.startswith("bare.pdf:1:1: the PDF's text is only page furniture"), message
    assert message.endswith("(page 1, line 1 of the text layer)"), message


# --------------------------------------------------------------------------- through the API


def test_load_and_parse_read_a_pdf_by_its_bytes(pdfs: dict[str, bytes], tmp_path: Path) -> None:
    path = tmp_path / "draft.bin"  # the bytes, not the name, say it is a PDF
    path.write_bytes(pdfs["draft"])
    draft = resdiff.parse(path)
    assert draft.source is not None and draft.source.format == "pdf"
    assert len(draft.operative) == 7


def test_cli_parses_a_pdf(
    pdfs: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdfs["draft"])
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "OP3(b)(ii)" in out and "Decides to remain actively seized" in out


def test_cli_reads_a_pdf_on_standard_input(
    pdfs: dict[str, bytes], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pdfs["draft"])))
    assert main(["parse", "-"]) == 0
    assert "OP3(b)(ii)" in capsys.readouterr().out


def test_cli_bad_pdfs_exit_2_with_one_line(
    pdfs: dict[str, bytes], locked: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {
        "scan.pdf": (scanned_pdf(pdfs["draft"], scale=0.5), NO_TEXT_LAYER),
        "locked.pdf": (locked, "encrypted PDF"),
        "broken.pdf": (b"%PDF-1.4\n%%EOF garbage", "corrupt PDF"),
        "empty.pdf": (b"", "empty file: expected a PDF file"),
    }
    for name, (data, message) in bad.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert main(["parse", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith(f"resdiff: error: {path}") and message in err, err


def test_a_footer_repeated_on_every_page_is_furniture_on_the_first_page_too() -> None:
    # A browser prints "file:///…/draft.html 1/4" at the foot of the first page as of
    # every other: it is not text (it ran into a recital and joined two of them).
    footer = "file:///home/user/draft.html 1/4"
    repeated = {_fold_digits(footer)}
    line = _PageLine(footer, page=1)
    found = _line_furniture(
        line, top=False, first_page=True, repeated=repeated, offsets={0}, job_seen=False
    )
    assert found == [(footer, "page-footer")]
    # The first page's top is its masthead: a line like it is not taken there.
    assert (
        _line_furniture(
            line, top=True, first_page=True, repeated=repeated, offsets={0}, job_seen=False
        )
        is None
    )


_OPENING = b"BT /F1 12 Tf 14 TL 72 720 Td (The Security Council,) ' (1. Decides.) ' ET\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # 150,000 text objects of one glyph each, 1-point type: refused before their text
        # is laid out (a 16 KB file of 1.3 million took 1.2 GB).
        (b"BT /F1 1 Tf 1 TL 72 90 Td " + b"(x) '\n" * 150_000 + b"ET", "draws more than"),
        # 400 lines of 1,000 glyphs each, all on the page: more characters than a page
        # holds, in few objects.
        (
            b"BT /F1 1 Tf 1 TL 20 500 Td " + (b"(" + b"x" * 1000 + b") '\n") * 400 + b"ET",
            "holds more than 200,000",
        ),
    ],
)
def test_a_page_of_millions_of_tiny_glyphs_is_refused_early(content: bytes, message: str) -> None:
    with pytest.raises(ResolutionParseError, match=message):
        parse_pdf(one_page_pdf(_OPENING + content), path="tiny.pdf")


def _pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the first the catalogue), with its table of
    cross-references."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _hand_made_pdf(content: bytes, *, image: bytes | None = None) -> bytes:
    """A one-page PDF written by hand: ``content`` (Flate) as its page, in Helvetica,
    and ``image`` (Flate, 8-bit grey, 1000 pixels wide) drawn on it when given."""
    import zlib

    xobject = b"/XObject<</Im1 6 0 R>>" if image is not None else b""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>"
        + xobject
        + b">>/Contents 4 0 R>>",
    ]
    body = zlib.compress(content, 9)
    objects.append(b"<</Length %d/Filter/FlateDecode>>stream\n" % len(body) + body + b"\nendstream")
    objects.append(b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
    if image is not None:
        packed = zlib.compress(image, 9)
        objects.append(
            b"<</Type/XObject/Subtype/Image/Width 1000/Height %d/ColorSpace/DeviceGray"
            b"/BitsPerComponent 8/Length %d/Filter/FlateDecode>>stream\n"
            % (len(image) // 1000, len(packed))
            + packed
            + b"\nendstream"
        )
    return _pdf_of(objects)


def _page_of(lines: list[str]) -> bytes:
    shown = b"".join(b"(" + line.encode() + b") Tj T* " for line in lines)
    return b"BT /F1 1 Tf 10 800 Td 1 TL " + shown + b"ET"


def test_a_pdf_that_inflates_far_beyond_its_size_is_refused_before_pdfium_reads_it() -> None:
    # Found reviewing the fuzz campaign of 3 December: PDFium lays a page's text out
    # whole before the page's character limit can refuse it. Two million characters in
    # 8.7 KB cost 0.61 s and 260 MB before the refusal (70 s per MB of input); refused
    # on the streams' inflation they read in a few milliseconds.
    import time

    bomb = _hand_made_pdf(_page_of(["Decides to remain seized of the matter. " * 5] * 10_000))
    assert len(bomb) < 20_000
    started = time.process_time()
    message = _error(bomb, "bomb.pdf")
    assert time.process_time() - started < 0.5
    assert message.startswith("bomb.pdf: PDF streams inflate to more than 2,000,000 bytes")
    assert "compression bomb" in message
    # One page's content over 8 MB is refused whatever the file's size (less repetitive
    # text, inflating only about three times).
    import random

    rng = random.Random(4)
    words = ["Decides", "Council", "measures", "sanctions", "States", "mandate", "report"]
    lines = [" ".join(rng.choices(words, k=12)) + f" {rng.random()}" for _ in range(110_000)]
    dense = _hand_made_pdf(_page_of(lines))
    assert len(dense) * 40 > 9_000_000
    assert "decodes to more than 8,000,000 bytes: not a printed page" in _error(dense)


def test_an_image_that_inflates_far_is_no_bomb() -> None:
    # Images are never decoded to read text: a blank 20 MB image compressed to 20 KB on a
    # page of two lines is read as the page it is.
    from resdiff.read.pdf.streams import check_inflation

    page = _page_of(["The Security Council,", "1. Decides to remain seized of the matter."])
    pdf = _hand_made_pdf(page, image=bytes(20_000_000))
    assert len(pdf) < 100_000
    check_inflation(pdf)  # no error
    assert "remain seized" in pdf_text(pdf).text


def test_the_stream_scan_is_linear_and_reads_every_end_of_line() -> None:
    # The review of 3 December: a file of "stream" keywords with no "endstream" made
    # every stream run to the end of the file (2 MB: 4.2 s, 20 MB: over 13 minutes); and
    # "stream\r" (PDFium accepts it) hid a bomb from the scan.
    import gc
    import time
    import zlib

    from resdiff.read.pdf.streams import check_inflation

    empty = zlib.compress(b"")

    def scan(size: int) -> float:
        hostile = b"%PDF-1.4\n" + (b"stream\n" + empty) * (size // (7 + len(empty)))
        gc.disable()  # a full collection of the test process's heap is no cost of the scan's
        try:
            started = time.process_time()
            check_inflation(hostile)
            return time.process_time() - started
        finally:
            gc.enable()

    # Linear: four times the file, at most twice four times the time (a quadratic scan
    # is sixteen; twice the file against three read 3.6 in CI, as the larger outgrew the
    # caches), and 2 MB well within seconds.
    small, large = min(scan(500_000) for _ in range(2)), min(scan(2_000_000) for _ in range(2))
    assert large < 8 * max(small, 0.05) and large < 6.0, (small, large)
    bomb = _hand_made_pdf(_page_of(["Decides to remain seized of the matter. " * 5] * 10_000))
    assert "compression bomb" in _error(bomb.replace(b"stream\n", b"stream\r", 1))


# --- The stream scan reads each stream by its length and through its whole filter chain
# (the bypasses a stranger's review found on 3 December, closed on the next session).


def _stream_pdf(body: bytes, dictionary: bytes, *, length: bytes | None = None) -> bytes:
    """A one-page PDF whose page content is ``body`` as given (already encoded), under
    ``dictionary`` (its /Filter and anything else), with ``/Length`` stated as
    ``length`` (default: the body's length; ``b""`` for none)."""
    stated = b"/Length %d" % len(body) if length is None else length
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>"
        b"/Contents 4 0 R>>",
        b"<<" + stated + dictionary + b">>stream\n" + body + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"%d" % len(body),  # object 6: the length, for an indirect /Length 6 0 R
    ]
    return _pdf_of(objects)


#: A run of one byte, as long as one run-length code holds (128).
_SAME_BYTE = re.compile(rb"(.)\1{0,127}", re.DOTALL)


def _run_length(data: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(data):
        # The run found by the regex engine: a Python loop over the nine million bytes
        # of the bomb below took seconds.
        same = _SAME_BYTE.match(data, at)
        assert same is not None
        run = same.end() - at
        if run > 1:
            out += bytes([257 - run, data[at]])
            at += run
        else:
            literal = data[at : at + 128]
            out += bytes([len(literal) - 1]) + literal
            at += len(literal)
    return bytes(out + b"\x80")


def _lzw(data: bytes) -> bytes:
    """LZW as PDF writes it, in 9-bit codes: the table is cleared before it would need
    a tenth bit."""
    codes = [256]
    table = {bytes([n]): n for n in range(256)}
    longest = 1
    at = 0
    while at < len(data):
        # The longest word of the table that opens here, by halving: the table holds
        # every word's beginnings, so the lengths found in it run unbroken from 1 (byte
        # by byte, the bomb below took six seconds).
        low, high = 1, min(longest, len(data) - at)
        while low < high:
            middle = (low + high + 1) // 2
            if data[at : at + middle] in table:
                low = middle
            else:
                high = middle - 1
        codes.append(table[data[at : at + low]])
        if at + low < len(data):
            table[data[at : at + low + 1]] = len(table) + 2
            longest = max(longest, low + 1)
            if len(table) + 2 >= 500:
                codes.append(256)
                table = {bytes([n]): n for n in range(256)}
                longest = 1
        at += low
    codes.append(257)
    bits = "".join(format(code, "09b") for code in codes)
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def _encoded(content: bytes, chain: list[str]) -> tuple[bytes, bytes]:
    """``content`` through ``chain`` (the first filter applied last, as PDF names them)
    and the /Filter entry naming it."""
    import base64
    import binascii
    import zlib

    encode = {
        "FlateDecode": lambda b: zlib.compress(b, 9),
        "ASCIIHexDecode": lambda b: binascii.hexlify(b) + b">",
        "ASCII85Decode": lambda b: base64.a85encode(b) + b"~>",
        "RunLengthDecode": _run_length,
        "LZWDecode": _lzw,
    }
    for name in reversed(chain):
        content = encode[name](content)
    names = b"".join(b"/" + name.encode() for name in chain)
    return content, b"/Filter[" + names + b"]"


_CHAINS = [
    ["ASCIIHexDecode", "FlateDecode"],
    ["FlateDecode", "FlateDecode"],
    ["ASCII85Decode", "FlateDecode", "FlateDecode"],
    ["LZWDecode"],
    ["RunLengthDecode"],
    ["FlateDecode", "RunLengthDecode"],
]


@pytest.mark.parametrize("chain", _CHAINS, ids=["+".join(c) for c in _CHAINS])
def test_every_filter_chain_is_decoded_and_measured(
    chain: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # PDFium reads the page whatever the chain (checked on a small page: our encoders
    # write what PDFium reads), and the scan measures the same chain around a bomb to
    # its full size: over the limit of one stream (a page of drawing may hold 64 MB; it
    # is lowered to 8 here, as nine million characters in 900 lines are not 100,000
    # text operators and, for LZW and run-length, not 100 times the file).
    from resdiff.read.pdf import streams

    monkeypatch.setattr(streams, "MAX_DRAWING_BYTES", 8_000_000)
    small = _page_of(["The Security Council,", "1. Decides to remain seized of the matter."])
    body, names = _encoded(small, chain)
    assert "remain seized" in pdf_text(_stream_pdf(body, names)).text
    # Nine million characters of one letter: over 8 MB in one stream, and over 40 times
    # the file but for run-length (which packs 128 to 2 at best).
    bomb = _page_of(["x" * 10_000] * 900)
    body, names = _encoded(bomb, chain)
    hostile = _stream_pdf(body, names)
    assert len(hostile) < 300_000
    started = time.process_time()
    message = _error(hostile)
    assert time.process_time() - started < 1.5
    assert "compression bomb" in message, message


def test_a_page_that_claims_to_be_an_image_is_measured_as_a_page() -> None:
    # The review's 855-byte file: PDFium reads a page's /Contents as a page whatever its
    # dictionary says; images drawn on a page are still left out (the test above).
    import zlib

    bomb = _page_of(["Decides to remain seized of the matter. " * 5] * 10_000)
    body = zlib.compress(bomb, 9)
    hostile = _stream_pdf(body, b"/Filter/FlateDecode/Subtype/Image/Width 1/Height 1")
    assert "compression bomb" in _error(hostile)
    small = _page_of(["1. Decides to remain seized of the matter."])
    claim = _stream_pdf(zlib.compress(small), b"/Filter/FlateDecode/Subtype/Image")
    assert "remain seized" in pdf_text(claim).text


def _deflate_with_endstream_first(content: bytes) -> bytes:
    """Zlib data whose first block is stored and holds the bytes "endstream": the scan
    once ended the stream there."""
    import zlib

    stored = b"% endstream\n"
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    rest = raw.compress(content) + raw.flush()
    whole = stored + content
    block = (
        b"\x00" + len(stored).to_bytes(2, "little") + (0xFFFF ^ len(stored)).to_bytes(2, "little")
    )
    return b"\x78\xda" + block + stored + rest + zlib.adler32(whole).to_bytes(4, "big")


@pytest.mark.parametrize("length", [None, b"/Length 6 0 R", b""], ids=["given", "indirect", "none"])
def test_endstream_inside_compressed_data_does_not_end_the_stream(length: bytes | None) -> None:
    small = _page_of(["1. Decides to remain seized of the matter."])
    readable = _stream_pdf(
        _deflate_with_endstream_first(small), b"/Filter/FlateDecode", length=length
    )
    if length is None:
        assert "remain seized" in pdf_text(readable).text
    bomb = _page_of(["Decides to remain seized of the matter. " * 5] * 10_000)
    hostile = _stream_pdf(
        _deflate_with_endstream_first(bomb), b"/Filter/FlateDecode", length=length
    )
    assert "compression bomb" in _error(hostile)


def test_streams_nested_in_each_others_data_are_refused_in_linear_time() -> None:
    # Each stream's stated length runs over all the streams after it: read by their
    # lengths, the file would be read over and over (quadratic).
    from resdiff.read.pdf.streams import check_inflation

    tail = b""
    for number in range(4000, 0, -1):
        body = b"q Q " + tail
        tail = (
            b"%d 0 obj <</Length %d>>stream\n" % (number, len(body))
            + body
            + b"\nendstream endobj\n"
        )
    hostile = b"%PDF-1.4\n" + tail
    started = time.process_time()
    with pytest.raises(ResolutionParseError, match="run into each other"):
        check_inflation(hostile, "nested.pdf")
    assert time.process_time() - started < 1.0


# --- PDFium runs in a child process held to a budget of time and memory (read/pdf/isolate.py).


def _form_pdf(draws: int, form: bytes) -> bytes:
    """A one-page PDF whose page draws the form ``form`` (Flate) ``draws`` times."""
    import zlib

    page = b"BT /F1 12 Tf 72 720 Td (1. Decides to remain seized.) Tj ET " + b"/X1 Do " * draws
    body = zlib.compress(page, 9)
    packed = zlib.compress(form, 9)
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>"
        b"/XObject<</X1 6 0 R>>>>/Contents 4 0 R>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(body) + body + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Type/XObject/Subtype/Form/BBox[0 0 10 10]/Length %d/Filter/FlateDecode>>stream\n"
        % len(packed)
        + packed
        + b"\nendstream",
    ]
    return _pdf_of(objects)


_FORKS = pytest.mark.skipif(
    not __import__("sys").platform.startswith("linux"),
    reason="the child process is forked on Linux",
)


@_FORKS
def test_pdfium_over_its_time_budget_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    # The review's 833-byte file: a 1.9 MB form of "q Q" drawn a thousand times passes
    # every byte check (it inflates to less than 2 MB) and cost PDFium 42 s to load its
    # page. In the child, it is stopped at its budget (lowered here to one second).
    from resdiff.read.pdf import isolate

    # (Forked even if an earlier test left threads running, as Dask's do.)
    monkeypatch.setattr(isolate, "_forkable", lambda: True)
    monkeypatch.setattr(isolate, "SECONDS", 1.0)
    hostile = _form_pdf(1000, b"q Q " * 475_000)
    assert len(hostile) < 10_000
    # The budget is CPU time, so the child's CPU time is what must stay near it: the wall
    # clock of a loaded machine (the suite on two cores beside other work) ran to 12.5 s
    # once for the one second spent. The wall bound only says it did not run its 42 s.
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    started, cpu_before = time.monotonic(), children_cpu()
    message = _error(hostile, "forms.pdf")
    assert 0.5 < children_cpu() - cpu_before < 4  # its second counted, not 42
    assert time.monotonic() - started < 40
    assert message.startswith("forms.pdf: reading this PDF took more than its budget of 1 s")
    assert "SECONDS_PER_MB" in message
    # The same form drawn once is read.
    assert "remain seized" in pdf_text(_form_pdf(1, b"q Q " * 1000)).text


@_FORKS
def test_pdfium_over_its_memory_budget_is_stopped(tmp_path: Path) -> None:
    # Run in a fresh process, as a command runs: the cap is on address space beyond the
    # parent's, and a test process holds freed memory its child may reuse.
    import subprocess
    import sys

    page = _page_of(["1. Decides to remain seized of the matter. " * 2] * 1_700)
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(_hand_made_pdf(page))
    assert "remain seized" in pdf_text(pdf.read_bytes()).text
    script = (
        "import sys\n"
        "from resdiff.read.pdf import isolate, pdf_text\n"
        "isolate.MEMORY_MB, isolate.MEMORY_MB_PER_MB = 1, 0\n"
        "try:\n"
        "    pdf_text(open(sys.argv[1], 'rb').read(), path='big.pdf')\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(pdf)], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.startswith(
        "ResolutionParseError big.pdf: reading this PDF needed more than its budget of 1 MB"
    ), done.stdout + done.stderr
    assert done.stderr == ""  # no crash report of the child's in the terminal


@_FORKS
def test_a_child_that_dies_is_a_corrupt_pdf_and_errors_come_back_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    import resdiff.read.pdf as reader
    from resdiff.read.pdf import isolate

    monkeypatch.setattr(isolate, "_forkable", lambda: True)
    parent = os.getpid()
    pdf = _hand_made_pdf(_page_of(["1. Decides to remain seized of the matter."]))

    # A ResdiffError raised in the child comes back with its place.
    def refuse(*args: object) -> None:
        raise ResolutionParseError("no such thing", path="x.pdf", line=3)

    monkeypatch.setattr(reader, "_read", refuse)
    with pytest.raises(ResolutionParseError) as caught:
        pdf_text(pdf)
    assert (str(caught.value), caught.value.line) == ("x.pdf:3: no such thing", 3)

    # A child that ends without a word (PDFium crashing) is refused, not waited for.
    def die(*args: object) -> None:
        if os.getpid() != parent:  # never the test process itself
            os._exit(3)

    monkeypatch.setattr(reader, "_read", die)
    assert "corrupt PDF: PDFium failed while reading it" in _error(pdf)

    # A bug of the reader's in the child is not passed off as a corrupt PDF: it comes
    # back as an error that is no ResdiffError (as it would in the process), named.
    def bug(*args: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(reader, "_read", bug)
    with pytest.raises(RuntimeError, match="IndexError: list index out of range"):
        pdf_text(pdf)


#: Where Linux tells a process's CPU seconds (:func:`_cpu_seconds`); absent elsewhere.
PROC = Path("/proc")


def _needs_proc() -> None:
    """Skip, with the reason, a test that reads another process's CPU seconds where there
    is no /proc to read them from (macOS, the BSDs): it would error, not fail."""
    if not (PROC / "self" / "stat").is_file():
        pytest.skip(f"no {PROC / 'self' / 'stat'}: another process's CPU seconds are read there")


def _cpu_seconds(pid: int | None = None) -> float:
    """CPU seconds spent so far by this process, or by process ``pid`` and the children it
    has reaped (read from Linux's /proc; a resident reader reaps each PDF's child before it
    answers, so the child's seconds are in): what a test of how much work a step does
    measures, where the wall clock also counts the turns a loaded machine makes it wait."""
    if pid is None:
        spent = os.times()
        return spent.user + spent.system
    # The fields after the command's closing parenthesis start at the third (the
    # state): utime, stime, cutime and cstime are the 14th to 17th, in clock ticks.
    fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def test_the_cpu_time_test_skips_with_its_reason_where_there_is_no_proc(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The review: without /proc the linear-time test raised FileNotFoundError (an error
    # on macOS, not a skip), after it had started a resident reader it then left running.
    from resdiff.read.pdf import readers

    idle = list(readers._IDLE)
    monkeypatch.setattr(sys.modules[__name__], "PROC", tmp_path / "proc")
    with pytest.raises(pytest.skip.Exception, match="CPU seconds"):
        test_a_large_pdf_reaches_its_reader_in_linear_time(monkeypatch)
    assert idle == readers._IDLE  # no reader started


def _start_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs read in a process started anew, as in a process running threads, with no
    earlier failure to start one remembered."""
    from resdiff.read.pdf import isolate

    monkeypatch.setattr(isolate, "_ENDED", 0)
    monkeypatch.setattr(isolate, "_SILENT", 0)
    monkeypatch.setattr(isolate, "_QUIET_UNTIL", 0.0)
    monkeypatch.setattr(isolate, "_forkable", lambda: False)
    isolate.stop_readers()


@_FORKS
def test_a_process_running_threads_reads_in_a_process_started_anew(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A web server reads uploads from its threads, and a process running threads cannot
    # fork safely: PDFium ran there unbounded. The child is now started anew, under the
    # same budget.
    import os
    import threading

    from resdiff.read.pdf import isolate

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait, daemon=True)
    worker.start()
    try:
        assert not isolate._forkable() and isolate._isolating()
        assert isolate.isolated(os.getpid, (), 100, None) != os.getpid()
        pdf = _hand_made_pdf(_page_of(["The Security Council,", "1. Decides to remain seized."]))
        started = pdf_text(pdf)
        monkeypatch.setattr(isolate, "SECONDS", 1.0)
        hostile = _form_pdf(1000, b"q Q " * 475_000)
        began = time.monotonic()
        message = _error(hostile, "forms.pdf")
        assert time.monotonic() - began < 10
        assert message.startswith("forms.pdf: reading this PDF took more than its budget of 1 s")
    finally:
        stop.set()
        worker.join()
    monkeypatch.setenv("RESDIFF_PDF_IN_PROCESS", "1")
    assert pdf_text(pdf) == started


@_FORKS
def test_a_process_running_threads_keeps_its_reader_for_the_next_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A Python started for each PDF cost 0.35 s a PDF in a notebook or a web server. The
    # reader now stays, idle, and forks a child for each PDF as the command line does.
    import os

    from resdiff.read.pdf import isolate, readers

    _start_anew(monkeypatch)
    seen = {isolate.isolated(os.getppid, (), 100, None) for _ in range(3)}
    assert len(seen) == 1 and os.getpid() not in seen
    (reader,) = seen
    # Each PDF still has a child of its own: no state is carried from one to the next.
    assert isolate.isolated(os.getpid, (), 100, None) != isolate.isolated(os.getpid, (), 100, None)
    pdf = _hand_made_pdf(_page_of(["The Security Council,", "1. Decides to remain seized."]))
    assert "remain seized" in pdf_text(pdf).text
    # A reader that ended while idle (the memory killer, a stray kill) is replaced.
    os.kill(reader, 9)
    assert isolate.isolated(os.getppid, (), 100, None) not in (reader, os.getpid())
    # Threads reading at once take turns on a few readers: a flood of uploads started a
    # reader (and a child of up to its budget) for each.
    import threading

    most: list[int] = []
    start = readers.start_reader

    def counted(*args: Any) -> Any:
        started = start(*args)
        most.append(len(readers._LIVE))
        return started

    monkeypatch.setattr(readers, "start_reader", counted)
    found: list[str] = []
    threads = [threading.Thread(target=lambda: found.append(pdf_text(pdf).text)) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 12 and all("remain seized" in text for text in found)
    assert 1 <= len(readers._IDLE) <= readers.KEEP
    assert max(most, default=0) <= readers.KEEP
    isolate.stop_readers()
    assert not readers._IDLE


@_FORKS
def test_a_process_that_ignores_sigchld_is_told_why_a_pdf_was_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Such a process has its children reaped for it, their exit status lost: a file over
    # its time budget was refused as "corrupt". Its reader does not ignore SIGCHLD.
    import signal

    from resdiff.read.pdf import isolate

    monkeypatch.setattr(isolate, "SECONDS", 1.0)
    isolate.stop_readers()
    before = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert not isolate._forkable()
        message = _error(_form_pdf(1000, b"q Q " * 475_000), "forms.pdf")
        assert message.startswith("forms.pdf: reading this PDF took more than its budget of 1 s")
    finally:
        signal.signal(signal.SIGCHLD, before)
        isolate.stop_readers()


@_FORKS
def test_a_reader_ends_with_the_process_that_started_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import os, threading\n"
        "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "from resdiff.read.pdf import isolate\n"
        "print(isolate.isolated(os.getppid, (), 100, None))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    reader = int(done.stdout)

    def running() -> bool:
        try:
            with open(f"/proc/{reader}/stat", encoding="ascii") as handle:
                return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    waited = time.monotonic() + 20
    while running() and time.monotonic() < waited:
        time.sleep(0.05)
    assert not running()


@_FORKS
def test_a_forked_child_does_not_use_its_parents_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader answers the process that started it: two processes writing to it at once
    # would mix their requests.
    import os

    from resdiff.read.pdf import isolate, readers

    _start_anew(monkeypatch)
    isolate.isolated(os.getpid, (), 100, None)
    assert readers._IDLE
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.write(write, str(len(readers._IDLE)).encode())
        os._exit(0)
    os.close(write)
    told = os.read(read, 10)
    os.close(read)
    os.waitpid(pid, 0)
    assert told == b"0" and readers._IDLE
    isolate.stop_readers()


def _run_script(script: str, *args: str, timeout: float = 120) -> Any:
    """``script`` run by a fresh Python with the repository on its path."""
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).resolve().parents[1],
    )


_THREADED = (
    "import os, signal, sys, threading, time\n"
    "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
    "from resdiff.errors import ResolutionParseError\n"
    "from resdiff.read.pdf import isolate, readers\n"
)
#: ``until_reading()``: wait until every live reader has forked the child that reads (a
#: minute at most), for a script that acts on a reader at work.
_UNTIL_READING = (
    "def child_of(pid):\n"
    "    for entry in filter(str.isdigit, os.listdir('/proc')):\n"
    "        try:\n"
    "            stat = open(f'/proc/{entry}/stat').read().rsplit(')', 1)[1].split()\n"
    "        except OSError:\n"
    "            continue\n"
    "        if stat[1] == str(pid):\n"
    "            return True\n"
    "    return False\n"
    "def until_reading():\n"
    "    deadline = time.monotonic() + 60\n"
    "    while time.monotonic() < deadline:\n"
    "        live = list(readers._LIVE)\n"
    "        if live and all(child_of(r.process.pid) for r in live):\n"
    "            return\n"
    "        time.sleep(0.01)\n"
)


@_FORKS
def test_a_reader_killed_from_outside_leaves_no_child_behind() -> None:
    # The second review: a reader killed while its child read left the child running,
    # and a process that reaps orphans (a container's first process) with a zombie for
    # good.
    script = (
        _THREADED
        + (
            "import ctypes\n"
            "ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER\n"
            # Killed once its child is reading, not after a fixed second: on a loaded machine a
            # reader takes longer than that to start, and a kill that finds none tests nothing.
            + _UNTIL_READING
            + "def kill():\n"
            "    until_reading()\n"
            "    for reader in list(readers._LIVE):\n"
            "        os.kill(reader.process.pid, signal.SIGKILL)\n"
            "threading.Thread(target=kill).start()\n"
            "try:\n"
            "    isolate.isolated(time.sleep, (30,), 100, None)\n"
            "except ResolutionParseError as exc:\n"
            "    print('refused:', exc)\n"
            "time.sleep(0.5)\n"
            "me = str(os.getpid())\n"
            "left = []\n"
            "for pid in filter(str.isdigit, os.listdir('/proc')):\n"
            "    try:\n"
            "        fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()\n"
            "    except OSError:\n"
            "        continue\n"
            "    if fields[1] == me:\n"
            "        left.append(fields[0])\n"
            "print('children left:', left)\n"
        )
    )
    done = _run_script(script)
    assert "refused:" in done.stdout and "try again" in done.stdout, done.stdout + done.stderr
    assert "children left: []" in done.stdout, done.stdout + done.stderr


@_FORKS
def test_a_reader_ends_with_its_caller_while_it_reads() -> None:
    # The first review: a caller killed while a PDF was read left the reader and its child
    # running until the clock's cap (twenty times the budget and a minute).
    import os
    import signal
    import subprocess
    import sys

    # Told once the child reads, not after a fixed second (see the test below).
    script = (
        _THREADED + _UNTIL_READING + "def tell():\n"
        "    until_reading()\n"
        "    for reader in list(readers._LIVE):\n"
        "        print(reader.process.pid, flush=True)\n"
        "threading.Thread(target=tell).start()\n"
        "isolate.isolated(time.sleep, (100,), 100, None)\n"
    )
    caller = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert caller.stdout is not None
    reader = int(caller.stdout.readline())
    family = [reader]
    for pid in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == reader:
                family.append(int(pid))
    assert len(family) == 2  # the reader and the child it waits on
    caller.send_signal(signal.SIGKILL)
    caller.wait()

    def running(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    waited = time.monotonic() + 10
    while any(map(running, family)) and time.monotonic() < waited:
        time.sleep(0.05)
    assert not any(map(running, family))


@_FORKS
def test_readers_serve_callers_with_odd_signals_and_descriptors() -> None:
    # A caller whose SIGPIPE is at its default was killed by a reader that had just
    # ended; a daemon with its standard descriptors closed could read no PDF (a pipe end
    # numbered 1 was replaced by the reader's standard output).
    script = _THREADED + (
        "signal.signal(signal.SIGPIPE, signal.SIG_DFL)\n"
        "out = open(sys.argv[1], 'w', buffering=1)\n"
        "for fd in (0, 1, 2):\n"
        "    os.close(fd)\n"
        "first = isolate.isolated(os.getppid, (), 100, None)\n"
        "(reader,) = readers._IDLE\n"
        "os.kill(first, signal.SIGKILL)\n"
        "while not os.waitid(os.P_PID, first, os.WEXITED | os.WNOWAIT | os.WNOHANG):\n"
        "    time.sleep(0.01)\n"
        "readers.Reader.alive = lambda self: True  # as if it ended just after the check\n"
        "second = isolate.isolated(os.getppid, (), 100, None)\n"
        "out.write(f'{first != second} {second != os.getpid()}\\n')\n"
    )
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".txt") as told:
        done = _run_script(script, told.name)
        assert done.returncode == 0, done.stderr
        assert told.read() == "True True\n"


@_FORKS
def test_a_large_pdf_reaches_its_reader_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The first review: the reader gathered a request by concatenation, quadratic in its
    # size (40 MB took 13.5 s, 62 MB was refused as over its time budget after 32 s).
    import os

    from resdiff.read.pdf import isolate, readers

    _needs_proc()  # before a reader is started
    _start_anew(monkeypatch)
    isolate.isolated(os.getpid, (), 100, None)  # the reader started, not timed
    (reader,) = readers._IDLE
    data = b"x" * 64_000_000
    # CPU seconds, not the wall clock: on a machine loaded twelve deep the same linear
    # work waited its turn past the old 10 s bound. The work is this process's sending
    # and the reader's gathering (and its child's), all counted; the quadratic reader
    # spent well over 10 CPU seconds on 40 MB, a linear one about a tenth of one on 64.
    began = _cpu_seconds() + _cpu_seconds(reader.process.pid)
    assert isolate.isolated(len, (data,), len(data), None) == len(data)
    spent = _cpu_seconds() + _cpu_seconds(reader.process.pid) - began
    assert spent < 3, f"{spent:.1f} CPU seconds to hand 64 MB to the reader"
    isolate.stop_readers()


@_FORKS
def test_a_thread_that_blocks_signals_is_told_a_pdf_took_too_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first review: the mask of blocked signals passes into the reader and its child,
    # SIGXCPU never landed, and a file over its time read as over its memory.
    import signal
    import threading

    from resdiff.read.pdf import isolate

    _start_anew(monkeypatch)
    monkeypatch.setattr(isolate, "SECONDS", 1.0)
    told: list[str] = []

    def read() -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        told.append(_error(_form_pdf(1000, b"q Q " * 475_000), "forms.pdf"))

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert told[0].startswith("forms.pdf: reading this PDF took more than its budget of 1 s")
    isolate.stop_readers()


def _counting_host(tmp_path: Path, then: str) -> tuple[Path, Path]:
    """A program standing for a host that is not Python (``sys.executable`` of Python
    embedded in another program): it notes each start in a log, then runs ``then``."""
    log = tmp_path / "started"
    host = tmp_path / "host"
    host.write_text(f"#!/bin/sh\necho started >> {log}\n{then}\n")
    host.chmod(0o755)
    return log, host


@_FORKS
def test_where_no_process_can_be_started_the_pdf_is_refused_with_the_way_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Python embedded in a program that is not Python: what is started never reads. The
    # PDF was read in the process, without its budget, from the third failure on, for
    # good; a stranger's review made three readers fail for want of memory, then had a
    # hostile file read unbounded for 49 s. Now no failure reads a PDF unbounded.
    import os
    import sys

    from resdiff.read.pdf import isolate

    log, host = _counting_host(tmp_path, "exit 1")
    _start_anew(monkeypatch)
    monkeypatch.setattr(sys, "executable", str(host))
    # Twice refused for now (a reader may have met a passing want of memory) ...
    for _ in range(isolate._LASTING - 1):
        with pytest.raises(ResolutionParseError, match=r"did not start as Python.*try again"):
            isolate.isolated(os.getpid, (), 100, None)
    # ... then refused saying how to read PDFs here anyway, and for a minute without
    # running that program again (with made-up arguments) for each PDF.
    for _ in range(3):
        with pytest.raises(ResolutionParseError, match="set RESDIFF_PDF_IN_PROCESS=1") as caught:
            isolate.isolated(os.getpid, (), 100, None)
        assert "did not start as Python" in str(caught.value)
    assert log.read_text().count("started") == isolate._LASTING
    # Where a Python can be started again, after the minute, readers are: nothing was
    # switched off.
    monkeypatch.undo()
    _start_anew(monkeypatch)
    monkeypatch.setattr(isolate, "_ENDED", isolate._LASTING)
    assert isolate.isolated(os.getpid, (), 100, None) != os.getpid()
    assert isolate._ENDED == 0
    # The way out, taken: read in the process.
    monkeypatch.setenv("RESDIFF_PDF_IN_PROCESS", "1")
    assert isolate.isolated(os.getpid, (), 100, None) == os.getpid()


@_FORKS
def test_a_child_that_never_answers_refuses_the_pdf_and_isolation_stays_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A child that never says it is up (the review's "exec sleep 1000"; or a machine so
    # loaded that startup takes longer than its time) is given up on in time, and the
    # PDF refused, to be tried again: a passing failure must not turn the budget off for
    # the rest of the process (the review read a hostile file unbounded after one).
    import sys

    from resdiff.read.pdf import isolate, readers

    host = tmp_path / "host"
    host.write_text("#!/bin/sh\nexec sleep 1000\n")
    host.chmod(0o755)
    _start_anew(monkeypatch)
    monkeypatch.setattr(readers, "STARTUP", 1.0)
    monkeypatch.setattr(sys, "executable", str(host))
    began = time.monotonic()
    with pytest.raises(ResolutionParseError, match=r"no process could be started .* try again"):
        isolate.isolated(len, (b"x" * 300_000,), 100, "big.pdf")
    assert time.monotonic() - began < 5


@_FORKS
def test_a_program_that_says_nothing_is_not_run_for_each_pdf(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The third review: a host that is not Python and keeps running was started again,
    # with made-up arguments, for each PDF, each holding a turn for the whole start-up
    # time. After three silent starts in a row none is made for a minute; the PDF is
    # refused for now, never read without its budget.
    import os
    import sys

    from resdiff.read.pdf import isolate, readers

    log, host = _counting_host(tmp_path, "exec sleep 1000")
    _start_anew(monkeypatch)
    monkeypatch.setattr(readers, "STARTUP", 0.3)
    monkeypatch.setattr(sys, "executable", str(host))
    for _ in range(isolate._LASTING + 2):
        with pytest.raises(ResolutionParseError, match="try again") as caught:
            isolate.isolated(os.getpid, (), 100, None)
        assert "RESDIFF_PDF_IN_PROCESS" not in str(caught.value)
    assert log.read_text().count("started") == isolate._LASTING


@_FORKS
def test_a_reader_that_failed_to_start_is_killed_before_it_is_reaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The third review: the failed reader was reaped, then its group killed by number,
    # a number the system may have given another process by then.
    import os

    from resdiff.read.pdf import readers

    killed: list[bool] = []
    kill = os.killpg

    def spy(pid: int, number: int) -> None:
        try:
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            killed.append(True)
        except ChildProcessError:
            killed.append(False)  # reaped: the number is no longer ours
        kill(pid, number)

    monkeypatch.setattr(os, "killpg", spy)
    failed = readers.start_reader("/bin/true", tuple(readers.child_path()), None)
    assert isinstance(failed, tuple) and failed[1] == "lasting"
    assert killed == [True]


@_FORKS
def test_a_child_late_to_answer_is_never_taken_for_a_lasting_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The third review: on a loaded machine a child answers after its time, reads, and
    # ends well; read as "ended on its own", isolation went off for good and a hostile
    # file was read unbounded. A late child is slow, whatever it does after.
    import os

    from resdiff.read.pdf import isolate, readers

    _start_anew(monkeypatch)
    monkeypatch.setattr(readers, "STARTUP", 0.01)
    for _ in range(isolate._LASTING + 1):
        with pytest.raises(ResolutionParseError, match="try again"):
            isolate.isolated(os.getpid, (), 100, None)
    assert isolate._ENDED == 0


@_FORKS
def test_a_fork_that_fails_for_now_refuses_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # A single-threaded worker under a limit on processes: the PDF was read unbounded.
    import errno
    import os

    from resdiff.read.pdf import isolate

    def no_fork() -> int:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(isolate, "_forkable", lambda: True)
    monkeypatch.setattr(os, "fork", no_fork)
    with pytest.raises(ResolutionParseError, match=r"Resource temporarily unavailable.*try again"):
        isolate.isolated(os.getpid, (), 100, "a.pdf")


@_FORKS
def test_descriptors_running_out_refuse_the_pdf_for_now(monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import subprocess

    from resdiff.read.pdf import isolate

    def no_descriptors(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EMFILE, "Too many open files")

    _start_anew(monkeypatch)
    monkeypatch.setattr(subprocess, "Popen", no_descriptors)
    with pytest.raises(ResolutionParseError, match=r"Too many open files.*try again"):
        isolate.isolated(len, (b"x",), 100, "a.pdf")


@_FORKS
def test_the_new_process_imports_what_this_one_does_and_prints_nothing_that_counts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A folder put on sys.path at run time (a vendored dependency, a notebook's
    # sys.path.append) is on the new process's path too; what a module prints as it is
    # imported (a "Running ..." banner: the protocol once began with "R") is not read.
    import os

    from resdiff.read.pdf import isolate

    (tmp_path / "noisy_reader.py").write_text(
        "import os\nprint('Running noisy_reader', flush=True)\n"
        "def pid(*args):\n    return os.getpid()\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    _start_anew(monkeypatch)
    import noisy_reader

    assert isolate.isolated(noisy_reader.pid, (), 100, None) != os.getpid()


@_FORKS
def test_a_script_without_a_main_guard_runs_once(tmp_path: Path) -> None:
    # multiprocessing's fork server, tried first, imports the caller's __main__ again in
    # its children: a script without "if __name__ == '__main__'" ran twice.
    import subprocess
    import sys

    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(_hand_made_pdf(_page_of(["1. Decides to remain seized of the matter."])))
    script = tmp_path / "script.py"
    script.write_text(
        "import sys, threading\n"
        "from resdiff.read.pdf import pdf_text\n"
        "threading.Thread(target=threading.Event().wait, daemon=True).start()\n"
        "print('ran')\n"
        "print('remain seized' in pdf_text(open(sys.argv[1], 'rb').read()).text)\n"
    )
    done = subprocess.run(
        [sys.executable, str(script), str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.stdout == "ran\nTrue\n", done.stdout + done.stderr


@_FORKS
def test_a_thread_threading_does_not_know_of_still_counts() -> None:
    # A thread started with _thread (or by a C library) is not in threading's count,
    # and a fork would copy its locks all the same.
    import _thread
    import threading

    from resdiff.read.pdf import isolate

    started, release = threading.Event(), threading.Lock()
    release.acquire()
    known = threading.active_count()

    def hold() -> None:
        started.set()
        with release:
            pass

    _thread.start_new_thread(hold, ())
    try:
        started.wait(5)
        assert threading.active_count() == known
        assert not isolate._forkable()
    finally:
        release.release()


@_FORKS
def test_a_process_holding_over_a_thousand_descriptors_reads_pdfs() -> None:
    # A busy server holds more than 1,024 sockets: select() refused the child's pipe
    # ("filedescriptor out of range"); poll() does not.
    import os
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip(f"this process may not open 1,200 files (hard limit {hard})")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200), hard))
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        pdf = _hand_made_pdf(_page_of(["1. Decides to remain seized of the matter."]))
        assert "remain seized" in pdf_text(pdf).text
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_the_reader_gives_the_same_text_in_the_process_and_in_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Off Linux, or with RESDIFF_PDF_IN_PROCESS=1, PDFium runs in the process: the same
    # text either way.
    from resdiff.read.pdf import isolate

    pdf = _hand_made_pdf(_page_of(["The Security Council,", "1. Decides to remain seized."]))
    with monkeypatch.context() as patch:
        patch.setattr(isolate, "_forkable", lambda: True)
        forked = pdf_text(pdf)
    monkeypatch.setenv("RESDIFF_PDF_IN_PROCESS", "1")
    assert pdf_text(pdf) == forked


def test_the_scan_itself_is_bounded_on_hostile_chains() -> None:
    # The review's cases against the scan: a hundred million "z" (each four zero bytes in
    # base-85) behind Flate cost 29 s and 9 GB when the base-85 input was gathered whole;
    # a megabyte of "/Contents[" cost 51 s on a pattern that tried 64 KB at each; Flate
    # inflating to 100 MB of LZW clear codes (no output at the end) 19 s. Each stage's
    # output now counts, base-85 is decoded as it comes, arrays by their own grammar.
    import zlib

    from resdiff.read.pdf.streams import check_inflation

    clears = int("100000000" * 8, 2).to_bytes(9, "big")  # eight 9-bit clear codes
    cases = [
        _stream_pdf(zlib.compress(b"z" * 100_000_000, 9), b"/Filter[/FlateDecode/ASCII85Decode]"),
        _stream_pdf(zlib.compress(clears * 11_000_000, 9), b"/Filter[/FlateDecode/LZWDecode]"),
        _stream_pdf(zlib.compress(b" " * 100_000_000, 9), b"/Filter[/FlateDecode/ASCIIHexDecode]"),
    ]
    for hostile in cases:
        started = time.process_time()
        with pytest.raises(ResolutionParseError, match="compression bomb"):
            check_inflation(hostile)
        assert time.process_time() - started < 2.0
    brackets = b"%PDF-1.4\n" + b"/Contents[" * 100_000
    started = time.process_time()
    check_inflation(brackets)
    assert time.process_time() - started < 1.0


def test_base85_decoded_as_it_comes_matches_the_standard_library() -> None:
    # The scan decodes base-85 piece by piece (a "z" anywhere, groups cut between
    # pieces): the bytes must be those Python's own decoder gives for the whole.
    import base64
    import random

    from resdiff.read.pdf.streams import _a85

    rng = random.Random(5)
    for _ in range(300):
        raw = bytes(rng.choice([0, 0, 0, 0, 1, 65, 255]) for _ in range(rng.randrange(3000)))
        encoded = base64.a85encode(raw)
        cuts = sorted(rng.sample(range(len(encoded) + 1), min(5, len(encoded) + 1)))
        pieces = [encoded[a:b] for a, b in zip([0, *cuts], [*cuts, len(encoded)], strict=True)]
        pieces[-1] += b"~>"
        assert b"".join(_a85(iter(pieces))) == raw


def _word_processor_columns(columns: int = 2) -> tuple[bytes, bytes]:
    """A Word draft set in ``columns`` columns (a recital with a footnote on the first
    page, an operative paragraph of fourteen lettered sub-paragraphs) and its print by
    LibreOffice: the Word file and the PDF."""
    from pdf_fixtures import convert_files

    from resdiff.testing.wordfile import Level, WordDocument, footnoted

    doc = WordDocument()
    doc.columns = columns
    doc.paragraph("The Security Council,")
    places = ["the capital", "the northern regions", "the border areas", "the coast"]
    for k in range(9):
        text = (
            f"Recalling its previous resolutions and the statements of its President on the "
            f"situation, and stressing the importance of inclusive politics, reconciliation "
            f"and the protection of civilians in {places[k % 4]}, number {k + 1},"
        )
        if k == 2:
            at = text.index(", and stressing")
            doc.paragraph(footnoted(text[:at], "See S/2021/123, annex."), text[at:])
        else:
            doc.paragraph(text)
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    doc.paragraph("Decides that the mission shall carry out the following tasks:", num=ops)
    for k in range(14):
        doc.paragraph(
            f"to provide support to the Government and to United Nations entities, number "
            f"{k + 1}, to ensure the coordination of efforts on security, justice and the "
            f"rule of law{'' if k % 3 else ', including through the monitoring of agendas'};",
            num=ops,
            level=1,
        )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    return word, convert_files({"columns.docx": word})["columns"]


def test_a_word_processors_columns_keep_their_footnote_and_hanging_labels_apart() -> None:
    # A draft printed by LibreOffice in two columns reads as the Word file does
    # (formats review, 3 December): the footnote under the left column took in the right
    # column's first lines, and on a page of lettered sub-paragraphs the last lines of
    # the left column, whose label hangs left of its text, were read across the right
    # column's.
    word, pdf = _word_processor_columns()
    expected = resdiff.parse(word)
    draft = parse_pdf(pdf, path="columns.pdf")
    assert [w.code for w in draft.warnings] == ["pdf-columns"]

    def texts(d: Draft) -> list[tuple[str, str]]:
        return [(c.ref, normalize_space(c.text)) for c in d.walk()]

    assert texts(draft) == texts(expected)
    notes = [n.text for n in draft.footnotes]
    assert notes == [n.text for n in expected.footnotes] == ["See S/2021/123, annex."]


def test_a_hanging_label_at_a_columns_foot_keeps_the_line_in_its_column() -> None:
    # The last lines of a page of lettered sub-paragraphs in narrow columns hold two or
    # three words, and the left column's label ("(h)") hangs left of its text: they were
    # left out of the columns and read across ("provide support to United Nations
    # security-related, and development entities to ensure agendas, and monitor",
    # formats review of a LibreOffice print, 3 December).
    from resdiff.read.pdf.columns import _read_columns

    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(9):
        glyphs += _glyphs(f"left words of line {k}", x=130, y=y)
        glyphs += _glyphs(f"right words of line {k}", x=330, y=y)
        y -= 14
    foot = [
        ("(h) provide support", "security-related, and"),
        ("to United Nations", "development"),
        ("entities to ensure", "agendas, and monitor"),
    ]
    for left, right in foot:
        # The label hangs 25 units (two and a half line heights) left of the text.
        x = 105 if left.startswith("(") else 130
        glyphs += _glyphs(left, x=x, y=y)
        glyphs += _glyphs(right, x=330, y=y)
        y -= 14
    rows = _read_columns(_rows(glyphs), 305.0)
    texts = ["".join(g.char for g in row.glyphs) for row in rows]
    left_side = [t for t in texts if t.startswith("leftwords")] + [
        "(h)providesupport",
        "toUnitedNations",
        "entitiestoensure",
    ]
    assert texts[: len(left_side)] == left_side, texts
    assert texts[-3:] == ["security-related,and", "development", "agendas,andmonitor"]


def test_a_footnote_mark_printed_on_a_line_of_its_own_opens_its_note() -> None:
    # A note printed as "1" on one line and "See S/2021/123, annex." on the next: the
    # mark alone was read as a page number and the note's text ran into the next page's
    # recital, which split it in two (formats review, 3 December).
    from resdiff.read.pdf.notes import _find_note_marks

    body = _glyphs("on 27 May 2021", x=100, y=500)
    mark = [_Glyph("1", 172, 175, 504, 511, _NO_SPACE)]  # raised, smaller
    rest = _glyphs("urging the parties", x=180, y=500, space=_SPACE)
    alone = _glyphs("1", x=100, y=120)
    note = _glyphs("See S/2021/123, annex.", x=106, y=106)
    rows = _rows([*body, *mark, *rest, *alone, *note])
    assert _find_note_marks(rows)
    assert ["".join(g.char for g in row.glyphs) for row in rows][-1] == "1SeeS/2021/123,annex."
    assert rows[-1].note_mark == "1"


def test_a_last_page_with_a_short_right_column_keeps_the_left_columns_tail_in_place() -> None:
    # A draft whose paragraphs stand between blank lines, printed in two columns: on its
    # last page the right column is short, and the rest of the left column, below it after
    # a blank line, was taken for a footnote and read after the right column (a
    # stranger's review of the footnote rule, 3 December).
    from pdf_fixtures import convert_files

    from resdiff.testing.wordfile import WordDocument

    words = [
        "the",
        "Council",
        "stresses",
        "the",
        "importance",
        "of",
        "inclusive",
        "politics",
        "reconciliation",
        "and",
        "the",
        "protection",
        "of",
        "civilians",
        "in",
        "all",
        "regions",
        "of",
        "the",
        "country",
    ]

    def build(count: int) -> bytes:
        doc = WordDocument()
        doc.columns = 2
        doc.paragraph("The Security Council,")
        doc.paragraph("")
        for k in range(count):
            length = 18 + (k * 7) % 23
            said = " ".join(words[(k + j) % len(words)] for j in range(length))
            doc.paragraph(f"{k + 1}. Decides that {said} item{k + 1};")
            doc.paragraph("")
        return doc.to_bytes()

    files = {f"cols{n}.docx": build(n) for n in range(18, 22)}
    pdfs = convert_files(files)
    for n in range(18, 22):
        word = resdiff.parse(files[f"cols{n}.docx"], analyze=False)
        pdf = parse_pdf(pdfs[f"cols{n}"], path=f"cols{n}.pdf")
        assert [normalize_space(c.text) for c in pdf.walk()] == [
            normalize_space(c.text) for c in word.walk()
        ], n


def test_a_footnote_number_glued_to_its_text_opens_its_note() -> None:
    # A note style without a hanging indent prints the note's number against its text,
    # not raised and with no space: "1A/74/976-S/2020/773." in the notes' smaller type.
    # The line opened no note and was read into the paragraph above (pdf22's variant of
    # the official layout; formats23).
    from resdiff.read.pdf.notes import _find_note_marks

    body = _glyphs("on 27 May 2021", x=100, y=500)
    mark = [_Glyph("1", 172, 175, 504, 511, _NO_SPACE)]  # raised, smaller
    rest = _glyphs("urging the parties", x=180, y=500, space=_SPACE)
    # LibreOffice's 8.5-point notes under 10-point text, boxed in proportion: 0.85 of
    # the text's type, which the furniture's "smaller type" (under 0.85) does not reach.
    for glyph in [*body, *rest]:
        glyph.size = 10.0
    note = [
        _Glyph(c, 100 + 4 * k, 104 + 4 * k, 106, 114.5, _NO_SPACE, 8.5)
        for k, c in enumerate("1A/74/976")
    ]
    rows = _rows([*body, *mark, *rest, *note])
    assert _find_note_marks(rows)
    assert rows[-1].note_mark == "1"


def test_a_figure_glued_to_a_word_in_the_texts_type_opens_no_note() -> None:
    # "1A" at the text's own size, or "1st" in small type: no note, though "1" is cited.
    from resdiff.read.pdf.notes import _find_note_marks

    body = _glyphs("on 27 May 2021", x=100, y=500)
    mark = [_Glyph("1", 172, 175, 504, 511, _NO_SPACE)]
    rest = _glyphs("urging the parties", x=180, y=500, space=_SPACE)
    same = _glyphs("1A/74/976 and others", x=100, y=480)
    small = [_Glyph(c, 100 + 4 * k, 104 + 4 * k, 106, 113, _NO_SPACE) for k, c in enumerate("1st")]
    rows = _rows([*body, *mark, *rest, *same, *small])
    _find_note_marks(rows)
    assert [row.note_mark for row in rows] == [None, None, None]


def test_a_paragraph_reference_at_a_note_lines_start_opens_no_note() -> None:
    # A note's line that wraps before "7(b) of that resolution." in the notes' type, "7"
    # cited above: a reference to sub-paragraph (b), not note 7 glued to its text (the
    # glued mark split the note in two; review formats23).
    from resdiff.read.pdf.notes import _find_note_marks

    body = _glyphs("on 27 May 2021", x=100, y=500)
    mark = [_Glyph("7", 172, 175, 504, 511, _NO_SPACE)]  # raised, smaller
    rest = _glyphs("urging the parties", x=180, y=500, space=_SPACE)
    for glyph in [*body, *rest]:
        glyph.size = 10.0

    def small(text: str, y: float) -> list[_Glyph]:
        glyphs = _glyphs(text, x=100, y=y)
        for glyph in glyphs:
            glyph.size = 8.5
        return glyphs

    first = small("7 See resolution 2231 (2015), para.", 120)
    wrapped = small("7(b) of that resolution.", 108)
    rows = _rows([*body, *mark, *rest, *first, *wrapped])
    assert _find_note_marks(rows)
    assert [row.note_mark for row in rows[1:]] == ["7", None]


def _cited_line(marks: str) -> list[_Glyph]:
    """10-point lines of the text, each citing one of ``marks``, raised, in smaller
    type."""
    out = []
    for k, mark in enumerate(marks):
        y = 500 - 14 * k
        body = _glyphs("on 27 May 2021", x=100, y=y)
        rest = _glyphs("urging the parties", x=180, y=y, space=_SPACE)
        for glyph in [*body, *rest]:
            glyph.size = 10.0
        out += [*body, _Glyph(mark, 172, 175, y + 4, y + 11, _NO_SPACE), *rest]
    return out


def _note_line(text: str, y: float) -> list[_Glyph]:
    """A line of the notes in LibreOffice's 8.5-point type."""
    glyphs = _glyphs(text, x=100, y=y)
    for glyph in glyphs:
        glyph.size = 8.5
    return glyphs


def test_a_footnote_number_glued_to_a_figure_of_its_text_opens_its_note() -> None:
    # Note 1 reading "1 January 2022 to 31 December 2022." printed with its number glued
    # to it: "11 January 2022 ...". The line was read as mark "11", cited nowhere, and
    # the note ran into the paragraph above (formats23's review; formats24).
    from resdiff.read.pdf.notes import _find_note_marks

    rows = _rows([*_cited_line("1"), *_note_line("11 January 2022 to 31 December 2022.", 120)])
    assert _find_note_marks(rows)
    assert rows[-1].note_mark == "1"
    # And a year: "12022 Agenda ..." is note 1 on "2022 Agenda ...", five figures.
    rows = _rows([*_cited_line("1"), *_note_line("12022 Agenda for peace.", 120)])
    assert _find_note_marks(rows)
    assert rows[-1].note_mark == "1"
    # The second note of the page, under the first one's full stop.
    rows = _rows(
        [
            *_cited_line("12"),
            *_note_line("1 See S/2021/229.", 120),
            *_note_line("21 January 2022 to 31 December 2022.", 110),
        ]
    )
    assert _find_note_marks(rows)
    assert [row.note_mark for row in rows[2:]] == ["1", "2"]


def test_a_note_line_wrapped_before_a_date_opens_no_note() -> None:
    # A note wrapped before "21 December 2020." with "2" cited: the line above is the
    # note's and does not end it, so "21" is no note 2 glued to "1 December".
    from resdiff.read.pdf.notes import _find_note_marks

    rows = _rows(
        [
            *_cited_line("12"),
            *_note_line("1 See the letter dated", 120),
            *_note_line("21 December 2020.", 110),
        ]
    )
    _find_note_marks(rows)
    assert [row.note_mark for row in rows[2:]] == ["1", None]
    # A figure in the text's own type opens no note, nor one whose rest opens with a
    # nought ("10 ..." is not note 1 on "0 ..."), nor a note opened already.
    for line in (
        _glyphs("11 January 2022 the Council", x=100, y=480),
        _note_line("10 times.", 120),
    ):
        rows = _rows([*_cited_line("1"), *line])
        _find_note_marks(rows)
        assert rows[-1].note_mark is None
    rows = _rows(
        [
            *_cited_line("1"),
            *_note_line("1 See S/2021/229.", 120),
            *_note_line("11 January 2022.", 110),
        ]
    )
    _find_note_marks(rows)
    assert [row.note_mark for row in rows[1:]] == ["1", None]
