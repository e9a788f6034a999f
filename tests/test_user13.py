"""Reader failures found in an analyst's day with drafts made by other tools (the
twenty-third session's trial, branch user13).

Each case was first seen in a real rendering of two corpus resolutions (S/RES/2509 (2020)
and 2644 (2022): LibreOffice's print of an HTML rendering and Chromium's two-column
print, then ``pdftotext`` with and without ``-layout``); the tests rebuild each shape
with made-up sentences (never copies of the real texts).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from resdiff import check, compare
from resdiff.model import ParseWarning, ordered_warnings
from resdiff.read.text import parse_text

_RECITALS = """The Security Council,

Recalling its previous resolutions on the situation in Eastland,

Acting under Chapter VII of the Charter of the United Nations,
"""

# ------------------------------------------------------ a number alone under a heading


def test_a_number_alone_under_a_heading_set_apart_opens_its_paragraph() -> None:
    # LibreOffice's PDF as pdftotext without -layout prints it: a blank line, the heading
    # ("Arms Embargo"), then "3." alone on its line and the text below it. The number was
    # read as words of the paragraph above ("... measures; Arms Embargo 3. Expresses
    # ..."): paragraph 3 was lost, a numbering gap warned of, and a comparison with the
    # same draft typed out paired the wrong paragraphs.
    text = (
        _RECITALS
        + "\nPrevention of Illicit Exports\n1.\nCondemns attempts to export petroleum;\n"
        + "2.\nDecides to extend the measures until 30 October 2031;\n"
        + "\nArms Embargo\n3.\nExpresses serious concern over continued violations of the\n"
        + "arms embargo;\n4.\nCalls on all parties to implement the ceasefire;\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert draft.operative[1].text == "Decides to extend the measures until 30 October 2031;"
    assert draft.operative[2].text.startswith("Expresses serious concern")
    assert [(h.text, h.before) for h in draft.headings] == [
        ("Prevention of Illicit Exports", "OP1"),
        ("Arms Embargo", "OP3"),
    ]
    assert not [w for w in draft.warnings if w.code == "numbering-gap"]


def test_a_number_alone_under_a_wrapped_heading_after_the_recitals() -> None:
    # The same under the last recital, the heading wrapped over two lines: the heading
    # and "1." were read as a recital, and paragraph 1 as another.
    text = (
        _RECITALS
        + "\nPrevention of Illicit Exports, including Crude Oil\nand Refined Products\n"
        + "1.\nCondemns attempts to export petroleum;\n"
        + "2.\nDecides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert draft.headings[0].text == (
        "Prevention of Illicit Exports, including Crude Oil and Refined Products"
    )


def test_a_number_alone_before_running_text_stays_words_of_the_paragraph() -> None:
    # Guard: "2." alone on its line with a sentence running on below it, in lower case
    # (no verb), is no paragraph's number; nor is the count's wrong number before a verb.
    text = (
        _RECITALS
        + "\n1. Decides to authorize the deployment of up to\n2.\nadditional battalions;\n"
        + "\n2. Requests the Secretary-General to report;\n"
        + "\nReports\n5.\nDecides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    assert "up to 2. additional battalions;" in draft.operative[0].text


# ------------------------------------------------------------- two columns side by side

_PARAGRAPHS = [
    "Recalling its previous resolutions on the situation in Eastland and the measures "
    "imposed on the illicit export of timber from Eastland,",
    "Reaffirming its strong commitment to the sovereignty, independence, territorial "
    "integrity and national unity of Eastland,",
    "Expressing its concern that the illicit export of timber undermines the Government "
    "of Eastland and poses a threat to the peace of the region,",
    "Acting under Chapter VII of the Charter of the United Nations,",
    "1. Condemns attempts to illicitly export timber from Eastland, including by "
    "parallel institutions which do not act under the authority of the Government;",
    "2. Decides to extend until 30 October 2031 the authorizations and the measures in "
    "its previous resolutions on the illicit export of timber;",
    "3. Calls upon the Government of Eastland to improve the implementation of the "
    "measures at all entry points and calls upon all Member States to cooperate;",
    "4. Decides to remain actively seized of the matter.",
]


def _column(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs wrapped to a column, a blank line between them."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend([*textwrap.wrap(paragraph, width), ""])
    return lines[:-1]


def _two_columns(stagger: bool, *, mid_paragraph: bool = False) -> str:
    """A page of two columns as ``pdftotext -layout`` copies it: a masthead and the
    formula above, the left column's lines then a gutter then the right column's, and a
    browser's footer across both under them; with ``stagger``, every third line of the
    right column at another pitch (on a row of its own under the left column's, as
    pdftotext prints lines whose heights differ)."""
    left = _column(_PARAGRAPHS[:5], 40)
    right = _column(_PARAGRAPHS[5:], 40)
    if mid_paragraph:
        # The column breaks inside the third recital, its last two lines atop the right
        # column, the next recital right under them (pdftotext lost the blank row
        # between them, as in a print of S/RES/194 (1964)).
        third = _column(_PARAGRAPHS[2:3], 40)
        left = [*_column(_PARAGRAPHS[:2], 40), "", *third[:-2]]
        right = [*third[-2:], *_column(_PARAGRAPHS[3:], 40)]
        assert not left[-1].endswith((",", ";", "."))
    rows: list[str] = []
    pad = " " * 6
    for at in range(max(len(left), len(right))):
        mine = left[at] if at < len(left) else ""
        other = right[at] if at < len(right) else ""
        if stagger and at % 3 == 2 and mine and other:
            rows.extend([pad + mine, pad + " " * 45 + other])
        else:
            rows.append((pad + mine.ljust(45) + other).rstrip())
    head = pad + "Draft resolution\n\n" + pad + "The Security Council,\n\n"
    foot = "\n\n\nfile:///home/analyst/draft.html" + " " * 50 + "1/1\n"
    return head + "\n".join(rows) + foot


def test_two_columns_side_by_side_are_read_down_each_column() -> None:
    # Chromium's print of a page styled in two columns, copied by pdftotext -layout: read
    # across, the recitals ran into the operative paragraphs beside them and a comparison
    # with the one-column text gave another direction ("softer" for "stronger"). A
    # paragraph the left column leaves unended runs on atop the right one.
    one = parse_text("Draft resolution\n\nThe Security Council,\n\n" + "\n\n".join(_PARAGRAPHS))
    for stagger, mid_paragraph in ((False, False), (True, False), (False, True)):
        draft = parse_text(_two_columns(stagger, mid_paragraph=mid_paragraph))
        assert [c.ref for c in draft.walk()] == [c.ref for c in one.walk()], stagger
        assert [c.text for c in draft.walk()] == [c.text for c in one.walk()], stagger
        warned = [w for w in draft.warnings if w.code == "text-columns"]
        assert warned and "page 1 of the text is set in two columns" in warned[0].message
        assert any("file:///home/analyst/draft.html" in r.text for r in draft.furniture)
        assert {str(c.kind) for c in compare(one, draft).changes} == {"unchanged"}


def test_one_column_and_short_cells_are_no_columns() -> None:
    # Guards: a justified one-column page (spaces inside its lines), a masthead with its
    # symbol flush right, line numbers in the margin, and a table of short cells side by
    # side stay as they were.
    justified = "\n".join("      " + "  ".join(line.split()) for line in _column(_PARAGRAPHS, 70))
    masthead = "United Nations" + " " * 40 + "S/2031/100\n\nSecurity Council\n\n"
    numbered = "\n".join(
        f"{n:>3}     {line}" for n, line in enumerate(_column(_PARAGRAPHS, 70), start=1)
    )
    cells = "\n".join(f"      Name: Person {n:<20}      Born: {n} May 1970" for n in range(1, 20))
    for text in (
        masthead + "The Security Council,\n\n" + justified,
        "The Security Council,\n\n" + numbered,
        "The Security Council,\n\n" + "\n\n".join(_PARAGRAPHS) + "\n\nAnnex\n\n" + cells,
    ):
        draft = parse_text(text)
        assert not [w for w in draft.warnings if w.code == "text-columns"]


# ----------------------------------------------------------- the browser's address alone


def test_a_browsers_address_mid_page_between_blank_lines_is_page_furniture() -> None:
    # pdftotext without -layout reads a two-column print's footer in two pieces: the
    # address under the left column, mid-page, its page ("1/3") under the right one. The
    # address was read as words of the paragraph it interrupted ("... in particular
    # file:///.../draft.html incidents of non-compliance").
    text = (
        _RECITALS
        + "\n1. Requests the Panel to report on the implementation of the measures, in\n"
        + "particular\n\nfile:///home/analyst/draft.html\n\n"
        + "incidents of non-compliance;\n"
        + "\n2. Decides to remain seized of the matter.\n\n1/1\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text == (
        "Requests the Panel to report on the implementation of the measures, in particular "
        "incidents of non-compliance;"
    )
    assert any(r.kind == "page-footer" for r in draft.furniture)


def test_an_address_in_the_text_stays_text() -> None:
    # Guard: a web address the draft cites, on a line of its own, is the draft's.
    text = (
        _RECITALS
        + "\n1. Requests the Secretary-General to publish the report at\n\n"
        + "https://www.un.org/report.html\n\nwithin 30 days;\n"
        + "\n2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert "https://www.un.org/report.html" in draft.operative[0].text


# ----------------------------------------------------- a check of a track-changes print


def test_a_check_names_the_version_of_a_track_changes_print_it_read(tmp_path: Path) -> None:
    # A PDF printed with its tracked changes ("pdf-struck-text": which version was read)
    # is listed among the warnings a verdict rests on, as a Word file's tracked changes
    # are: a check of such a print listed none, and a comparison's report listed it
    # after the others.
    draft = parse_text(_RECITALS + "\n1. Condemns the launches;\n")
    struck = ParseWarning(
        code="pdf-struck-text",
        message="page 1 has text struck through ...: read as the proposal",
        line=3,
    )
    other = ParseWarning(code="numbering-gap", message="expected paragraph 2", line=4)
    printed = draft.model_copy(update={"warnings": (other, struck)})
    assert [w.code for w in ordered_warnings(printed.warnings)] == [
        "pdf-struck-text",
        "numbering-gap",
    ]
    spec = tmp_path / "rl.toml"
    spec.write_text('[[rule]]\nname = "Chapter VII"\ntype = "chapter_vii"\n', encoding="utf-8")
    result = check(printed, spec)
    assert any("[pdf-struck-text]" in w for w in result.warnings)
