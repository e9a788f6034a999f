"""The twenty-sixth session's researcher's day on the scanned record (Cyprus, 1964–1994),
received as Word files, PDFs and text pasted from them: defects found and fixed."""

from __future__ import annotations

import pytest

import resdiff

# A scanned text printed as typed (LibreOffice's print of a .txt, or `pdftotext` of it):
# the print's gap above the notes is no wider than its paragraphs', so the text layer has
# no blank line above them; the notes stand at the foot of the page, before its break.
_NOTES_UNSPACED = (
    "The Security Council,\n"
    "Welcoming the report of the Secretary-General of 4 March 1994 1/ on his\n"
    "mission of good offices,\n"
    "Recalling its resolution 100 (1993) of 1 July 1993, 2/\n"
    "1. Reiterates that the status quo is unacceptable;\n"
    "2. Welcomes the fact that discussions have made it possible to bring forward ideas that\n"
    "1/ S/1994/262.\n"
    "2/ S/26626.\n"
    "\f\n"
    "facilitate the discussions aimed at reaching agreement;\n"
    "3. Decides to remain seized of the matter.\n"
)


def test_slash_notes_without_a_blank_line_above_them_are_notes() -> None:
    """Before: the two notes were read into OP2, between "ideas that" and "facilitate"
    (four words added to the paragraph, the notes lost)."""
    draft = resdiff.parse(_NOTES_UNSPACED)
    assert draft.operative[1].text == (
        "Welcomes the fact that discussions have made it possible to bring forward ideas "
        "that facilitate the discussions aimed at reaching agreement;"
    )
    assert [(note.mark, note.text) for note in draft.footnotes] == [
        ("1/", "S/1994/262."),
        ("2/", "S/26626."),
    ]


def test_an_uncited_slash_line_without_a_blank_line_stays_text() -> None:
    """A line opening "3/" that no text cites stays in its paragraph (in doubt, the words
    stay in the body)."""
    text = _NOTES_UNSPACED.replace("1/ S/1994/262.", "3/ S/1994/262.")
    draft = resdiff.parse(text)
    assert "3/ S/1994/262." in draft.operative[1].text


_LEFT = [
    "Resolution 999 (1974) of 15 August 1974",
    "",
    "The Security Council,",
    "",
    "Deeply concerned about the continuation",
    "of violence and bloodshed in the",
    "island and in the region,",
    "",
    "Deeply deploring the non-compliance",
    "with its earlier resolution of 14",
    "August 1974 by all the parties,",
]
_RIGHT = [
    "1. Recalls its resolutions on the",
    "island of 20 July and of 23 July",
    "and of 1 August 1974 and the rest;",
    "",
    "2. Insists on the full implementation",
    "of the above resolutions by all the",
    "parties and on the immediate and",
    "strict observance of the cease-fire.",
    "",
    "Adopted unanimously at the 1793rd",
    "meeting.",
]


def _two_column_page() -> bytes:
    """A one-page print of a short text in two columns: eleven lines a column (fewer
    than the twelve the reader asked of a page before it looked for a gutter)."""
    pdf_fixtures = pytest.importorskip("pdf_fixtures")
    ops = []
    for column, x in ((_LEFT, 72), (_RIGHT, 320)):
        for row, line in enumerate(column):
            if line:
                y = 760 - 14 * row
                ops.append(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % (x, y, line.encode()))
    data: bytes = pdf_fixtures.one_page_pdf(b"\n".join(ops))
    return data


def test_a_short_page_in_two_columns_is_read_column_by_column() -> None:
    """Before: the page's eleven lines were read across both columns ("Resolution 999
    (1974) of 15 August 1. Recalls its ...", PP1 to PP3 and a lone OP2)."""
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    draft = resdiff.parse(_two_column_page())
    assert draft.symbol == "S/RES/999 (1974)"
    assert [c.text.split()[:2] for c in draft.preamble] == [
        ["Deeply", "concerned"],
        ["Deeply", "deploring"],
    ]
    assert [c.label for c in draft.operative] == ["1.", "2."]
    assert draft.operative[1].text.endswith("strict observance of the cease-fire.")
    assert any(w.code == "pdf-columns" for w in draft.warnings)


def test_a_wrapped_title_still_gives_the_symbol_and_date() -> None:
    """A title a narrow column wraps inside its date ("... of 12 December" / "1985"), as a
    two-column or narrow print gives it. Before: no symbol, no date (and two adopted
    resolutions read as drafts compare differently: S/RES/550 → 578 'mixed' from the
    text, 'stronger' from the print)."""
    text = (
        "Resolution 578 (1985) of 12 December\n1985\n\nThe Security Council,\n\n"
        "Recalling its earlier resolutions,\n\n1. Extends the stationing of the Force;\n"
    )
    draft = resdiff.parse(text)
    assert draft.symbol == "S/RES/578 (1985)"
    assert str(draft.date) == "1985-12-12"
    assert draft.status == "adopted"


def _page_of(rows: list[tuple[int, str]]) -> bytes:
    pdf_fixtures = pytest.importorskip("pdf_fixtures")
    ops = [
        b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % (x, 760 - 14 * row, text.encode())
        for row, (x, text) in enumerate(rows)
        if text
    ]
    data: bytes = pdf_fixtures.one_page_pdf(b"\n".join(ops))
    return data


@pytest.mark.parametrize(
    "rows",
    [
        # One column of prose, ten lines: its lines cross the middle.
        [(72, "The Security Council,"), (72, "")]
        + [(72, "Recalling its resolutions on the situation in the island and the region,")] * 3
        + [(72, "")]
        + [(72, "1. Decides to remain seized of the matter and to review the situation;")] * 4,
        # A list of names two a line, under one column of text: no prose on either side.
        [(72, "The Security Council,"), (72, ""), (72, "1. Thanks the following:")]
        + [(72, "Argentina                                        Brazil")] * 8,
    ],
)
def test_a_short_page_in_one_column_is_not_read_as_two(rows: list[tuple[int, str]]) -> None:
    """Counter-examples to the lower line count: a short page of one column of prose, and
    names two a line, are read across as before."""
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    draft = resdiff.parse(_page_of(rows))
    assert not any(w.code == "pdf-columns" for w in draft.warnings)


# `pdftotext -layout` of a narrow two-column print of UN prose: most lines of the left
# column open with a name's capital ("Secretary-General", "United Nations", "Cyprus"),
# under a line that stopped on "the", "of" or "in".
_LAYOUT_TWO = """\
Resolution 999 (1987) of 14 December        Reaffirming the provisions of resolution
1987                                        186 (1964) and other relevant
                                            resolutions,
The Security Council,
                                              1. Extends once more the stationing
Taking note of the report of the                 in Cyprus of the United Nations
Secretary-General on the United Nations          Peace-keeping Force established
Operation in Cyprus of 30 November               under resolution 186 (1964) for a
1987,                                            further period ending on 15 June
                                                 1988;
Noting the recommendation by the              2. Requests the Secretary-General to
Secretary-General that the Security              continue his mission of good
Council extend the stationing of the             offices, to keep the Security
United Nations Peace-keeping Force in            Council informed of the progress
Cyprus for a further period of six               made and to submit a report on the
months,                                          implementation of the present
                                                 resolution by 31 May 1988;
Noting also that the Government of            3. Calls upon all the parties
Cyprus has agreed that in view of the            concerned to continue to co-
prevailing conditions in the island it is        operate with the Force on the basis
necessary to keep the Force in Cyprus            of the present mandate.
beyond 15 December 1987,
                                            Adopted unanimously at the 2771st
                                            meeting.
"""


def test_a_two_column_copy_of_names_capitalised_prose_is_read_column_by_column() -> None:
    """Before: four of the left column's eighteen lines open in lower case, under the
    three in ten asked, and the page was read across (one paragraph, OP1, holding all)."""
    draft = resdiff.parse(_LAYOUT_TWO)
    assert [c.text.split()[0] for c in draft.preamble] == [
        "Taking",
        "Noting",
        "Noting",
        "Reaffirming",
    ]
    assert [c.label for c in draft.operative] == ["1.", "2.", "3."]
    assert draft.operative[2].text.endswith("on the basis of the present mandate.")
    assert any(w.code == "text-columns" for w in draft.warnings)


def test_a_table_of_capitalised_cells_stays_read_across() -> None:
    """The counter-example: cells that open with capitals and end on no article or
    preposition (units and their strength) are no column of prose."""
    rows = "\n".join(
        f"{unit:<44}{other}"
        for unit, other in [
            ("The Security Council,", ""),
            ("", ""),
            ("1. Welcomes the deployment of these units:", ""),
        ]
        + [
            (f"Bangladesh Infantry Battalion Group {n} 1,200", f"Nepal Engineering Company {n} 300")
            for n in range(1, 12)
        ]
    )
    draft = resdiff.parse(rows + "\n")
    assert not any(w.code == "text-columns" for w in draft.warnings)


def test_a_browser_header_under_a_page_break_alone_on_its_line_is_furniture() -> None:
    """Chromium prints the time on every page's header: a print that crosses a minute
    writes "12:28 AM" atop page 1 and "12:29 AM" atop page 2, so the PDF reader's test of
    lines printed alike on every page misses it, and hands the text reader the header
    under its page break ("\\f" alone on its line). Before: the header was read into OP1
    ("... until 12/7/26, 12:29 AM S/RES/534 (1983) 15 June 1983;"; S/RES/534 (1983)
    printed on a narrow page gained a sixth recital)."""
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to extend the mandate of the Force until\n\f\n"
        "12/7/26, 12:29 AM        S/RES/534 (1983)\n\n15 June 1983;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert (
        draft.operative[0].text == "Decides to extend the mandate of the Force until 15 June 1983;"
    )
    assert [r.kind for r in draft.furniture] == ["page-header"]


def test_a_dated_row_under_a_blank_line_mid_page_stays_text() -> None:
    """The counter-example: a programme's row that opens with a date and an hour, under a
    blank line but no page break, is text as before."""
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to hold the consultations as follows:\n\n"
        "15/6/2031, 10:00   Informal consultations of the whole\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert "Informal consultations" in draft.operative[0].full_text()
    assert not draft.furniture


@pytest.mark.parametrize(
    ("masthead", "symbol", "date"),
    [
        # A narrow column wraps the title anywhere: inside the date,
        ("Resolution 220 (1966) of 16\nMarch 1966", "S/RES/220 (1966)", "1966-03-16"),
        # an old volume's header, the symbol in brackets after the date,
        ("186 (1964). Resolution of 4\nMarch 1964 [S/5575]", "S/RES/186 (1964)", "1964-03-04"),
        # a justified title line (its spaces widened) over the adoption wrapped in three,
        (
            "RESOLUTION    774    (1992)\nAdopted by the Security Council\n"
            "at its 3109th meeting on 26\nAugust 1992",
            "S/RES/774 (1992)",
            "1992-08-26",
        ),
        # the title and the adoption on one line (a Word paragraph),
        (
            "RESOLUTION 774 (1992) Adopted by the Security Council at its 3109th meeting "
            "on 26 August 1992",
            "S/RES/774 (1992)",
            "1992-08-26",
        ),
        # a symbol's date wrapped under the distribution lines.
        (
            "S/RES/902 (1994) 11 March\n1994 RESOLUTION 902 (1994)",
            "S/RES/902 (1994)",
            "1994-03-11",
        ),
    ],
)
def test_a_wrapped_or_joined_title_gives_the_symbol_and_date(
    masthead: str, symbol: str, date: str
) -> None:
    """Before: no symbol (or the draft's, "S/5575") and no date, so two adopted
    resolutions printed narrow compared as drafts: of the Cyprus texts printed on a
    narrow page by Chromium, 35 of 45 lost symbol, date or status (now none)."""
    text = (
        f"{masthead}\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert (draft.symbol, str(draft.date), draft.status) == (symbol, date, "adopted")


def test_a_draft_citing_a_resolution_in_its_title_stays_a_draft() -> None:
    """The counter-example: a draft's masthead whose title cites a resolution, not at a
    line's start, names no adopted resolution."""
    text = (
        "S/2020/123\n\nFrance: draft resolution\n\nFollow-up to resolution 2231 (2015) of 20\n"
        "July 2015\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert (draft.symbol, draft.status) == ("S/2020/123", "draft")


@pytest.mark.parametrize(
    "masthead",
    [
        "S/2021/50\n\nUnited Kingdom: draft resolution\n\n"
        "Resolution 2561 (2021) of 29 January 2021 renewed the mandate",
        "Draft resolution\n\nResolution 2530 (2020) follow-up",
        "Zero draft\n\nResolution 2530 (2020) renewal of the mandate",
    ],
)
def test_a_draft_whose_title_opens_with_a_resolution_stays_a_draft(masthead: str) -> None:
    """Review: the wrapped-title fallback took a draft's title line opening "Resolution
    2561 (2021) ..." for the adopted resolution's own title, under a masthead that says
    it is a draft (S/2021/50 became S/RES/2561 (2021), status "adopted")."""
    text = (
        f"{masthead}\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert draft.status != "adopted"
    assert not (draft.symbol or "").startswith("S/RES/")
