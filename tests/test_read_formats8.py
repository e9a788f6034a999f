"""Reader failures found with other tools' renderings (the eighth session's trial).

Each case was first seen in a real rendering: LibreOffice's and Chromium's prints of
real resolutions' words (the AKN corpus, read at run time, never copied here),
``pdftotext`` with and without ``-layout``. The tests rebuild them with LibreOffice
(:mod:`pdf_fixtures`) or with made-up sentences.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_fixtures import CHROMIUM, chromium_print, document_from_lines, pdf_bytes

import resdiff
from resdiff.read.checks import lost_words
from resdiff.read.pdf.glyphs import _Glyph, _Row
from resdiff.read.pdf.linenumbers import drop_line_numbers
from resdiff.read.text import parse_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"


def _short_clauses(count: int) -> list[str]:
    """Clauses of the real resolutions short enough to print on one line each."""
    from resdiff.read.akn import parse_akn

    found: list[str] = []
    for path in sorted(CORPUS.glob("*.xml")):
        for clause in parse_akn(path.read_text(encoding="utf-8"), path=str(path)).walk():
            text = " ".join(clause.text.split())
            if 25 < len(text) < 80 and text not in found:
                found.append(text)
                if len(found) == count:
                    return found
    return found


# --------------------------------------------------------------------------- false line numbers


@pytest.fixture(scope="module")
def numbered_list() -> tuple[bytes, str]:
    """Ninety short clauses of real resolutions set as an operative list numbered without
    full stops ("1<tab>Decides ..."), one line each, filling three pages: the print and
    the words it holds."""
    if not CORPUS.is_dir():
        pytest.skip(f"real-text corpus not found at {CORPUS}")
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    clauses = _short_clauses(90)
    body = [("formula", "", "The Security Council,")]
    body += [("op", str(k), text) for k, text in enumerate(clauses, 1)]
    document = document_from_lines(
        symbol="S/RES/9990 (2031)",
        job="31-01234 (E)",
        date="3 March 2031",
        title=["Resolution 9990 (2031)"],
        body=body,
    )
    return pdf_bytes({"list": document})["list"], document.words()


def test_a_page_of_one_line_items_numbered_without_stops_keeps_its_numbers(
    numbered_list: tuple[bytes, str],
) -> None:
    # LibreOffice's print: the numbers flush at one edge, rising by one a line, left of
    # the items' text: read as a column of line numbers, the 90 numbers were left out
    # (pages 1-3 "have lines numbered"). Each item ends with a stop, a semicolon or a
    # comma; no line runs on into the next.
    from resdiff.read.pdf import parse_pdf

    pdf, words = numbered_list
    draft = parse_pdf(pdf, path="list.pdf")
    assert not any(w.code == "pdf-line-numbers" for w in draft.warnings)
    assert lost_words(words, draft) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize("layout", [True, False])
def test_pdftotext_of_a_list_numbered_without_stops_keeps_its_numbers(
    numbered_list: tuple[bytes, str], layout: bool, tmp_path: Path
) -> None:
    # With -layout the numbers open the items' lines; without, each stands alone on the
    # line above its item: both were taken for line numbers and left out.
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(numbered_list[0])
    out = tmp_path / "list.txt"
    options = ["-layout"] if layout else []
    subprocess.run(["pdftotext", *options, str(pdf), str(out)], check=True, timeout=60)
    text = out.read_text(encoding="utf-8")
    draft = parse_text(text, path="list.txt")
    assert not any(w.code == "line-numbers" for w in draft.warnings)
    assert draft.model_dump() == parse_text(text, path="list.txt", line_numbers=False).model_dump()


def _row(x: float, text: str, y: float, width: float = 5.0) -> _Row:
    """A printed line of monospaced glyphs starting at ``x``; a run of two spaces or more
    is a gap of that many glyphs' widths, one space a word space."""
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


_ITEMS = [
    "Decides to renew the measures for a further period",
    "Requests the Secretary-General to report within sixty days",
    "Urges all parties to respect the ceasefire",
    "Welcomes the appointment of the Special Envoy",
    "Calls upon Member States to support the Mission",
    "Encourages the Government to pursue the reforms",
    "Stresses the importance of the elections",
    "Demands the release of all detained personnel",
    "Expresses its intention to review the mandate",
    "Invites the regional organizations to contribute",
]


def test_a_page_that_is_all_a_list_numbered_without_stops_is_no_column() -> None:
    # The page holds the list only: no line between the numbers starts at their place,
    # which is how a list was told from a column on a page of text.
    rows = [_row(60, f"{n:>2}     {text};", 700 - 12 * n) for n, text in enumerate(_ITEMS, 1)]
    kept, column = drop_line_numbers(rows, None)
    assert column is None and kept is rows


def test_a_page_that_is_all_a_table_with_a_column_of_counts_is_no_column() -> None:
    # Rows "1   Entity name   1,250": a count a row, rising by one, left of the text;
    # the rows hold a cell at the same place further right, where prose's words fall
    # anywhere.
    rows = [
        _row(60, f"{n:>2}     {text[:28]:<28}   {n * 137:>6}", 700 - 12 * n)
        for n, text in enumerate(_ITEMS, 1)
    ]
    kept, column = drop_line_numbers(rows, None)
    assert column is None and kept is rows


def test_a_page_of_prose_numbered_every_line_is_still_a_column() -> None:
    prose = (
        "Recalling its previous resolutions and the statements of its President on the "
        "situation, and reaffirming its strong commitment to the sovereignty, "
        "independence, unity and territorial integrity of the country, expressing grave "
        "concern at the continued violence against civilians, and stressing that those "
        "responsible for violations of international humanitarian law must be held "
        "accountable for their acts, welcoming the efforts of the Government and of the "
        "regional organizations to protect civilians and to restore the authority of "
        "the State throughout its territory,"
    )
    words = prose.split()
    lines = [" ".join(words[k : k + 8]) for k in range(0, len(words), 8)]
    rows = [_row(60, f"{n:>2}     {text}", 700 - 12 * n) for n, text in enumerate(lines, 1)]
    kept, column = drop_line_numbers(rows, None)
    assert column is not None
    assert "".join(g.char for g in kept[0].glyphs).startswith("Recalling")


def _text_list(lone: bool) -> str:
    out = ["The Security Council,", ""]
    for n, text in enumerate(_ITEMS * 2, 1):
        out += [str(n), "", f"{text};", ""] if lone else [f"{n:>4}    {text};"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lone", [False, True])
def test_a_copied_list_numbered_without_stops_keeps_its_numbers(lone: bool) -> None:
    # As pdftotext copies it: the numbers opening the items' lines, or alone on the line
    # above each item (without -layout).
    text = _text_list(lone)
    draft = parse_text(text)
    assert not any(w.code == "line-numbers" for w in draft.warnings)
    assert draft.model_dump() == parse_text(text, line_numbers=False).model_dump()


def test_a_copied_table_with_a_column_of_counts_keeps_it() -> None:
    rows = [f"{n:>4}    {text[:28]:<28}   {n * 137:>6}" for n, text in enumerate(_ITEMS * 2, 1)]
    text = "The Security Council,\n\n1. Decides that the ceilings shall be:\n\n"
    text += "\n".join(rows) + "\n\n2. Decides to remain seized of the matter.\n"
    draft = parse_text(text)
    assert not any(w.code == "line-numbers" for w in draft.warnings)
    assert draft.model_dump() == parse_text(text, line_numbers=False).model_dump()


# --------------------------------------------------------------------------- headings glued


def _headings(text: str) -> list[tuple[str, str | None]]:
    draft = parse_text(text)
    return [(h.text, h.before) for h in draft.headings]


_WRAPPED_HEADING = (
    "Implementation of the Peace Agreement in Eastland, Political situation and elections"
)
_RECITALS = """The Security Council,

      Recalling its previous resolutions on the situation in Eastland,

      Acting under Chapter VII of the Charter of the United Nations,
"""


def test_a_heading_wrapped_over_two_lines_after_the_last_recital_is_a_heading() -> None:
    # pdftotext -layout of a browser's or a Word print: no blank line between the last
    # recital and the heading, whose first line ends with a comma. The first line was
    # read as the end of the recital, the second alone as the heading.
    text = (
        _RECITALS
        + "Implementation of the Peace Agreement in Eastland,\n"
        + "Political situation and elections\n\n"
        + "      1.   Urges the parties to resume the meetings of the bodies of the Agreement;\n\n"
        + "      2.   Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.preamble[-1].text.endswith("of the Charter of the United Nations,")
    assert _headings(text) == [(_WRAPPED_HEADING, "OP1")]


def test_two_headings_glued_after_a_paragraph_are_headings() -> None:
    # "... country;" / "The Mission's mandate" / "" / "General principles" / "" / "15.":
    # the first heading was read into the paragraph above it.
    text = (
        _RECITALS
        + "\n      1.   Urges the parties to pursue the transition towards a stable and\n"
        + "democratic country;\n"
        + "The Mission's mandate\n\n"
        + "General principles\n\n"
        + "      2.   Decides to extend the mandate of the Mission until 30 June 2031;\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text.endswith("democratic country;")
    assert _headings(text) == [("The Mission's mandate", "OP2"), ("General principles", "OP2")]


def test_headings_and_a_number_alone_on_its_line_as_pdftotext_prints_them() -> None:
    # Without -layout: no blank lines at all, the paragraph's number on a line of its own.
    text = (
        _RECITALS
        + "\n1.\nUrges the parties to pursue the transition towards a stable and\n"
        + "democratic country;\n"
        + "The Mission's mandate\n"
        + "General principles\n"
        + "2.\n\nDecides to extend the mandate of the Mission until 30 June 2031;\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert draft.operative[0].text.endswith("democratic country;")
    assert _headings(text) == [("The Mission's mandate", "OP2"), ("General principles", "OP2")]


def test_a_heading_atop_a_page_after_a_recital_is_no_part_of_it() -> None:
    # A5 browser print: the recital wraps and ends a page with its comma; the heading
    # opens the next page at the margin of the recital's wrapped lines, with no blank
    # line before "1.".
    text = (
        "The Security Council,\n\n"
        "      Acting under Chapter VII of the Charter of the United\n"
        "Nations,\n\f"
        "Implementation of the Peace Agreement in Eastland, Political\n"
        "situation and elections\n"
        "      1.   Urges the parties to resume the meetings of the bodies;\n\n"
        "      2.   Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.preamble[-1].text.endswith("United Nations,")
    assert _headings(text) == [(_WRAPPED_HEADING, "OP1")]


def test_a_short_line_going_on_with_its_sentence_is_no_heading() -> None:
    text = (
        _RECITALS
        + "\n      1.   Urges the parties to cooperate with the Special Envoy of the\n"
        + "Secretary-General\n"
        + "for Eastland;\n\n"
        + "      2.   Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.headings == ()
    assert draft.operative[0].text.endswith("Secretary-General for Eastland;")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_pdftotext_raw_of_a_real_print_keeps_its_headings_apart(tmp_path: Path) -> None:
    # S/RES/2640 (2022), 14 headings, printed by LibreOffice as the Secretariat lays it
    # out, then pdftotext -raw: two headings (one wrapped over two lines, one above
    # another) were read into the paragraphs before them (12 of 14 found).
    from akn_render import Structure, differences, heading_differences
    from pdf_fixtures import document_from_akn

    from resdiff.read.akn import parse_akn

    xml = CORPUS / "S_RES_2640_2022.xml"
    pdf = tmp_path / "2640.pdf"
    pdf.write_bytes(pdf_bytes({"2640": document_from_akn(xml)})["2640"])
    out = tmp_path / "2640.txt"
    subprocess.run(["pdftotext", "-raw", str(pdf), str(out)], check=True, timeout=60)
    expected = Structure.of(parse_akn(xml.read_text(encoding="utf-8"), path=str(xml)))
    got = Structure.of(parse_text(out.read_text(encoding="utf-8"), path="2640.txt"))
    assert differences(expected, got) == []
    assert heading_differences(expected, got) == []


def test_a_recital_wrapped_at_names_in_capitals_is_no_heading() -> None:
    # A scanned text's shape (the corpus's S/RES/322 (1972)): a wrapped line of the last
    # recital made of names ("Westland (North) and Southland, and Northland") looks like a
    # heading, but the recital goes on below it in lower case and ends with its comma.
    text = (
        "The Security Council,\n\n"
        "Conscious of the urgent need to avert further losses by the peoples of Eastland,\n"
        "Westland (North) and Southland, and Northland\n"
        "and to achieve a negotiated solution to the armed\n"
        "confrontation that exists in those Territories,\n\n"
        "1. Reaffirms the inalienable right of the peoples of those Territories;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert draft.headings == ()


# --------------------------------------------------------------------------- soft hyphens


def test_a_word_a_browser_broke_at_its_soft_hyphen_is_joined_whole() -> None:
    # pdftotext of a browser's print keeps the soft hyphen where the browser broke the
    # word and the hyphen it printed there (U+00AD U+2010), or the soft hyphen alone: the
    # printed hyphen was kept inside the word ("cross\u2010cutting"), the bare one read
    # as a space ("imple mentation").
    text = (
        "The Security Council,\n\n"
        "1. Requests the Secretary-General to report on the imple\u00ad\n"
        "mentation of the cross\u00ad\u2010\n"
        "cutting issues, the peace\u00ad-  \n"
        "building efforts and the gender-\n"
        "based violence;\n"
    )
    assert parse_text(text).operative[0].text == (
        "Requests the Secretary-General to report on the implementation of the "
        "crosscutting issues, the peacebuilding efforts and the gender-based violence;"
    )


def test_a_browser_footer_without_layout_is_furniture_and_keeps_no_word_apart() -> None:
    # pdftotext without -layout prints Chromium's footer as the page's address, then its
    # page on a line of its own: the address was read as text, joined to the word the
    # page broke ("implefile:///...").
    text = (
        "The Security Council,\n\n"
        "1. Requests the Secretary-General to report on the imple\u00ad\u2010\n"
        "file:///home/delegate/drafts/draft.html\n\n"
        "1/2\n\n"
        "\fmentation of this resolution;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text == (
        "Requests the Secretary-General to report on the implementation of this resolution;"
    )
    assert [r.text for r in draft.furniture] == ["file:///home/delegate/drafts/draft.html", "1/2"]


def test_a_soft_hyphen_inside_a_line_is_no_break() -> None:
    text = "The Security Council,\n\n1. Requests the imple\u00admen\u00adtation of it;\n"
    assert parse_text(text).operative[0].text == "Requests the implementation of it;"


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*", text))


def _soft_hyphen_print(tmp_path: Path) -> tuple[Path, set[str]]:
    """S/RES/2522 (2020) as a web page on A5, justified, a soft hyphen in every long
    word, printed by Chromium; and the words of the resolution (each compound also
    without its hyphen: pdftotext without -layout joins "Secretary-" / "General's" so
    itself, and the print drops a non-breaking hyphen)."""
    from resdiff.read.akn import parse_akn

    xml = CORPUS / "S_RES_2522_2020.xml"
    akn = parse_akn(xml.read_text(encoding="utf-8"), path=str(xml))
    paragraphs = [akn.enacting_formula or ""] + [
        f"{c.label or ''} {c.text}".strip() for c in akn.walk()
    ]

    def soft(text: str) -> str:
        escaped = html.escape(text)
        return re.sub(r"\b([A-Za-z]{5})([a-z]{4,})", "\\1&shy;\\2", escaped)

    page = tmp_path / "draft.html"
    page.write_text(
        "<html><head><title>S/RES/2522 (2020)</title><style>@page{size:A5;margin:1.5cm}"
        "p{text-align:justify;hyphens:manual}</style></head><body>"
        + "".join(f"<p>{soft(p)}</p>" for p in paragraphs)
        + "</body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(chromium_print(page))
    source = " ".join(paragraphs)
    known = _words(source) | _words("S/RES/2522 (2020)")
    known |= {re.sub("[-\u2010\u2011]", "", word) for word in known}
    return pdf, known


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make browser)")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
@pytest.mark.parametrize("layout", [True, False])
def test_a_browser_print_with_soft_hyphens_adds_no_word(tmp_path: Path, layout: bool) -> None:
    # Chromium's print then pdftotext: "cross\u00ad\u2010" / "cutting" was read
    # "cross\u2010cutting" (with -layout), and the address of the page's footer joined to
    # a word cut at the page's end (without). Every word read is one of the resolution's.
    pdf, known = _soft_hyphen_print(tmp_path)
    out = tmp_path / "draft.txt"
    options = ["-layout"] if layout else []
    subprocess.run(["pdftotext", *options, str(pdf), str(out)], check=True, timeout=60)
    draft = parse_text(out.read_text(encoding="utf-8"), path="draft.txt")
    read = _words(" ".join(c.text for c in draft.walk()))
    assert sorted(read - known) == []


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make browser)")
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_a_browser_print_read_as_a_pdf_keeps_no_printed_hyphen(tmp_path: Path) -> None:
    # The same print read by the PDF reader: the PDF's text gives the hyphen Chromium
    # printed at each break as U+2010 (the words' own hyphens as "-"), and "cross\u2010" /
    # "cutting" was read "cross\u2010cutting", a word the resolution does not hold.
    pytest.importorskip("pypdfium2")
    pdf, known = _soft_hyphen_print(tmp_path)
    draft = resdiff.parse(pdf, analyze=False)
    read = _words(" ".join(c.text for c in draft.walk()))
    assert "crosscutting" in read
    assert sorted(read - known) == []


def test_a_browsers_hyphens_at_line_ends_join_words_whole() -> None:
    # U+2010 only at line ends, after a letter, twice at least: the hyphens a browser
    # printed at its breaks, read as soft hyphens, whatever the word lists say.
    text = (
        "The Security Council,\n\n1. Stresses the cross\u2010\ncutting nature of the "
        "imple\u2010\nmentation of the Secretary-\nGeneral's plan;\n"
    )
    assert parse_text(text).operative[0].text == (
        "Stresses the crosscutting nature of the implementation of the Secretary-General's plan;"
    )


@pytest.mark.parametrize(
    "text",
    [
        # One alone: a word its author wrote with U+2010, wrapped.
        "The Security Council,\n\n1. Stresses the cross\u2010\ncutting nature of it;\n",
        # U+2010 inside a line too: a text written with U+2010.
        "The Security Council,\n\n1. Stresses the cross\u2010\ncutting and "
        "gender\u2010based nature of the cross\u2010\ncutting plan;\n",
    ],
)
def test_hyphens_that_may_be_the_authors_are_weighed_as_before(text: str) -> None:
    assert re.search("cross[-\u2010]cutting", parse_text(text).operative[0].text)


# --------------------------------------------------------------------------- two columns


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make browser)")
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_a_masthead_over_a_browsers_two_columns_stays_in_the_masthead(tmp_path: Path) -> None:
    # S/RES/2558 (2020) as a web page set in two columns (landscape A4) under the UN
    # masthead, "Distr.: General" and the date flush right: Chromium's print. The
    # masthead's line "Security Council   Distr.: General / 21 December 2020" was taken
    # into the columns and its right part read after the left column, inside a recital
    # ("... Women, Peace and Distr.: General21 December 2020 Security, ..."; last
    # session's print of the same text, with italic lead words, cut it in two: 9
    # recitals for 8).
    from akn_render import Structure, differences

    from resdiff.read.akn import parse_akn
    from resdiff.read.pdf import parse_pdf

    xml = CORPUS / "S_RES_2558_2020.xml"
    akn = parse_akn(xml.read_text(encoding="utf-8"), path=str(xml))
    date = next((line for line in akn.masthead if line[:1].isdigit()), "")
    body = ['<p style="text-indent:1.27cm"><i>The Security Council</i>,</p>']
    for clause in akn.walk():
        label = html.escape(clause.label or "")
        text = html.escape(clause.text)
        if clause.ref.startswith("PP"):
            body.append(f'<p style="text-indent:1.27cm;text-align:justify">{text}</p>')
        else:
            body.append(
                '<p style="margin-left:1.27cm;text-indent:-1.27cm;text-align:justify">'
                f'<span style="display:inline-block;width:1.27cm;text-indent:0">{label}</span>'
                f"{text}</p>"
            )
    masthead = (
        '<table style="width:100%;border-bottom:2px solid black"><tr><td><b>United Nations'
        '</b></td><td style="text-align:right">S/RES/2558 (2020)</td></tr><tr>'
        '<td style="font-size:16pt"><b>Security Council</b></td><td style="text-align:right">'
        f"Distr.: General<br>{html.escape(date)}</td></tr></table>"
        "<p><b>Resolution 2558 (2020)</b></p>"
    )
    page = tmp_path / "draft.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>S/RES/2558 (2020)</title>'
        '<style>body{font-family:"Times New Roman",serif;font-size:10pt} '
        "p{margin:0 0 6pt 0} @page{size:A4 landscape;margin:1.5cm} "
        ".cols{column-count:2;column-gap:1cm}</style></head><body>"
        + masthead
        + '<div class="cols">'
        + "".join(body)
        + "</div></body></html>",
        encoding="utf-8",
    )
    draft = parse_pdf(chromium_print(page), path="draft.pdf")
    assert any(w.code == "pdf-columns" for w in draft.warnings)
    assert differences(Structure.of(akn), Structure.of(draft)) == []
    assert not any("Distr" in c.text for c in draft.walk())


def test_a_short_numbered_draft_of_labelled_one_line_items_loses_its_line_numbers() -> None:
    # Review of 5 December: a one-page draft printed with Word's line numbers, mostly
    # one-line items "(a) battle tanks;": its lines end in ",", ":" and ";", as a list's
    # items do, and the prose test alone let the numbers through into one paragraph. A
    # numbered line that opens with a label of its own is a printed line of a draft.
    items = [
        "battle tanks",
        "armoured combat vehicles",
        "large calibre artillery systems",
        "combat aircraft",
        "attack helicopters",
        "warships",
        "missiles",
        "small arms",
        "ammunition",
        "spare parts",
    ]
    body = [
        "The Security Council,",
        "Recalling its previous relevant resolutions, including resolution 2375 (2017),",
        "Determining that the situation constitutes a threat to international peace,",
        "1. Decides that all Member States shall prevent the supply of the following items:",
        *(f"({chr(97 + k)}) {item};" for k, item in enumerate(items)),
        "2. Requests the Committee to report to the Council;",
        "3. Decides to remain seized of the matter.",
    ]
    text = "\n\n".join(f"{n:>4}    {line}" for n, line in enumerate(body, start=1)) + "\n"
    draft = parse_text(text)
    assert "line-numbers" in [w.code for w in draft.warnings]
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert [c.text for c in draft.operative[0].children][:2] == [
        "battle tanks;",
        "armoured combat vehicles;",
    ]
    assert draft.preamble[0].text.startswith("Recalling its previous")


def test_lines_a_paragraph_announces_with_a_colon_are_no_headings() -> None:
    # Review of 5 December: the names after "... designated:" read as a heading.
    draft = parse_text(
        "The Security Council,\n\nRecalling x,\n\n"
        "1. Decides that the following persons are designated:\nMohammed Omar Khan\n"
        "Abdul Rahman Yasin\n2. Requests the Committee to report;\n"
    )
    assert draft.headings == ()
    assert draft.operative[0].text.endswith("designated: Mohammed Omar Khan Abdul Rahman Yasin")


def test_a_web_address_of_the_text_above_a_page_number_stays() -> None:
    # Review of 5 December: an address the text cites, printed above a page's "2/3",
    # read as a browser's footer. A browser prints its footer on every page.
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Requests the Secretary-General to publish "
        "the report on the website at\nhttps://www.un.org/securitycouncil/content/report-2020"
        "\n\n2/3\n\n2. Decides to act.\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text.endswith(
        "https://www.un.org/securitycouncil/content/report-2020"
    )
    twice = (
        "The Security Council,\n\nRecalling x,\n\n1. Requests the Secretary-General to imple-\n"
        "https://x.org/a.html\n\n1/2\n\nment the plan;\n\nhttps://x.org/a.html\n\n2/2\n\n"
        "2. Decides to act.\n"
    )
    draft = parse_text(twice)
    assert draft.operative[0].text == "Requests the Secretary-General to implement the plan;"


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028"])
def test_a_soft_hyphen_joins_its_word_at_every_kind_of_line_break(sep: str) -> None:
    draft = parse_text(
        sep.join(
            [
                "The Security Council,",
                "",
                "Recalling x,",
                "",
                "1. Decides to imple\u00ad",
                "ment the plan;",
                "",
            ]
        )
    )
    assert draft.operative[0].text == "Decides to implement the plan;"
