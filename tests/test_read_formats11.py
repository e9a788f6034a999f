"""The Word and PDF readers on layouts other tools make (issue 9/11, twenty-first session):
pages LibreOffice sets in two columns, with Word's list indents and its footnotes close
under a column.

The pages are laid out glyph by glyph here (made-up words), as PDFium reads them, so that
each rule is tested on the layout that broke it.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from glyph_fixtures import column_texts, glyphs_at

import resdiff
from resdiff.model import Draft
from resdiff.read.common import normalize_space
from resdiff.read.pdf.glyphs import _Glyph
from resdiff.testing.wordfile import Level, WordDocument, deleted, inserted


def test_a_right_columns_lines_at_a_words_list_indent_stay_in_the_column() -> None:
    # LibreOffice's print of a Word draft in two columns (S/RES/804 (1993) laid out so):
    # the right column's recitals start at its margin, its numbered paragraph's lines at
    # Word's list indent, half an inch (five line heights) further right. The page's
    # last two lines, a short line of the left column beside the right column's and one
    # of the right column alone, were read across after the right column: "actions in
    # Angola," was read into operative paragraph 3 and lost to its recital.
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(10):
        glyphs += glyphs_at(f"left words of recital line {k}", x=100, y=y)
        glyphs += glyphs_at(f"right words of recital {k}", x=330, y=y)
        y -= 14
    glyphs += glyphs_at("left words of line ten", x=100, y=y)
    glyphs += glyphs_at("3.", x=330, y=y) + glyphs_at("Demands that the two parties", x=380, y=y)
    y -= 14
    for k in range(2):
        glyphs += glyphs_at(f"left words of line {k} more", x=100, y=y)
        glyphs += glyphs_at(f"cease fire now and {k}", x=380, y=y)
        y -= 14
    glyphs += glyphs_at("actions in Angola,", x=100, y=y)
    glyphs += glyphs_at("collection of their weapons,", x=380, y=y)
    y -= 14
    glyphs += glyphs_at("demobilization and formation of", x=380, y=y)
    texts = column_texts(glyphs, 315.0)
    left = texts.index("actionsinAngola,")
    assert texts[left - 1] == "leftwordsofline1more", texts
    assert texts[left + 1] == "rightwordsofrecital0", texts
    assert texts[-2:] == ["collectionoftheirweapons,", "demobilizationandformationof"], texts


def test_a_footnote_in_smaller_type_close_under_the_left_column_is_read_last() -> None:
    # LibreOffice sets a footnote under the left column a line and a half below its last
    # line (S/RES/834 (1993) in two columns): the gap is no wider than a paragraph's, but
    # the note is in smaller type. Read before the right column, the note took in its
    # first paragraph ("S/2021/1234, annex. 1. Decides to extend the existing mandate").
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(12):
        glyphs += glyphs_at(f"left words of recital line {k}", x=100, y=y)
        glyphs += glyphs_at(f"right words of paragraph {k}", x=330, y=y)
        y -= 14
    glyphs += glyphs_at("right words of the last line", x=330, y=y)
    # The note: 1.5 line pitches below the left column's last line, in 7-point type.
    glyphs += glyphs_at("1 S/2021/1234, annex.", x=100, y=700.0 - 11 * 14 - 21, height=7.0)
    texts = column_texts(glyphs, 315.0)
    assert texts[-1] == "1S/2021/1234,annex.", texts
    assert texts[-2] == "rightwordsofthelastline", texts


def test_a_left_columns_tail_in_body_type_below_the_right_column_stays_in_place() -> None:
    # The same layout with the last line in the body's type: the rest of the left column
    # (a last page whose right column is short), read before the right column as before.
    glyphs: list[_Glyph] = []
    y = 700.0
    for k in range(12):
        glyphs += glyphs_at(f"left words of recital line {k}", x=100, y=y)
        glyphs += glyphs_at(f"right words of paragraph {k}", x=330, y=y)
        y -= 14
    glyphs += glyphs_at("right words of the last line", x=330, y=y)
    glyphs += glyphs_at("1 and the words after it", x=100, y=700.0 - 11 * 14 - 21)
    texts = column_texts(glyphs, 315.0)
    assert texts.index("1andthewordsafterit") < texts.index("rightwordsofparagraph0"), texts


def test_a_mastheads_lines_at_one_place_right_of_the_column_stay_above_it() -> None:
    # A UN masthead's right-hand block ("Distr.: General" / date / "Original: English")
    # starts at one place, right of the right column's margin, just above two columns:
    # three lines there made that place a margin of the column, and "Original: English"
    # was read as the right column's first line, into its first paragraph (a stranger's
    # review of the rule above: only lines of prose make a margin).
    glyphs = glyphs_at("Security Council", x=100, y=760) + glyphs_at(
        "Distr.: General", x=400, y=760
    )
    glyphs += glyphs_at("21 December 2020", x=400, y=746)
    glyphs += glyphs_at("Original: English", x=400, y=732)
    y = 718.0
    for k in range(14):
        glyphs += glyphs_at(f"left words of recital line {k}", x=100, y=y)
        glyphs += glyphs_at(f"right words of the paragraph number {k} here", x=330, y=y)
        y -= 14
    texts = column_texts(glyphs, 315.0)
    assert texts[:3] == ["SecurityCouncilDistr.:General", "21December2020", "Original:English"]


# ----------------------------------------------------------- a draft printed with changes


def _flat(draft: Draft) -> list[tuple[str, str | None, str]]:
    return [(c.ref, c.label, normalize_space(c.text)) for c in draft.walk()]


def _council(*levels: Level) -> tuple[WordDocument, str]:
    """A Word draft opening with its preamble, and its list of operative paragraphs
    numbered at ``levels``."""
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    return doc, doc.add_num(doc.add_abstract(list(levels)))


def _both_versions_read_as_the_word_file(word: bytes, name: str) -> None:
    """The print of ``word`` by LibreOffice, with its changes shown, reads in each
    version as the Word file does."""
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from pdf_fixtures import convert_files

    data = convert_files({f"{name}.docx": word})[name]
    for version in ("accepted", "original"):
        expected = _flat(resdiff.parse(word, version=version))  # type: ignore[arg-type]
        printed = _flat(resdiff.parse(data, format="pdf", version=version))  # type: ignore[arg-type]
        assert printed == expected, version


def test_two_paragraphs_joined_by_a_deleted_mark_read_joined_from_the_print() -> None:
    # The proposal deletes OP2's paragraph mark: accepted, OP2 and OP3 are one paragraph
    # ("... the Agreement, and decides that ..."). LibreOffice strikes OP2's number
    # ("[2.]") and prints OP3's ("[3.]"), its opening "Decides" struck and "decides"
    # underlined. Read from the print, OP2 lost its number and was read into OP1, and OP3
    # kept its own (a Word draft of S/RES/2625 (2022) made by hand, twenty-first session).

    doc, ops = _council(Level("decimal", "%1."), Level("lowerLetter", "(%2)"))
    doc.paragraph("Decides to extend the mandate of the mission until 30 April 2023;", num=ops)
    doc.paragraph(
        "Decides that the mandate of the mission is to advance the strategic vision set out "
        "in the Agreement",
        deleted(";"),
        # Word puts no space where a paragraph mark goes: the drafter types one.
        inserted(", and "),
        num=ops,
        mark="del",
    )
    doc.paragraph(
        deleted("Decides"),
        inserted("decides"),
        " that the mission shall have the following mandate, and authorizes it to use all "
        "necessary means to carry out its mandate:",
        num=ops,
    )
    doc.paragraph("to protect civilians under threat of physical violence;", num=ops, level=1)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    accepted = resdiff.parse(word)
    assert [c.ref for c in accepted.operative] == ["OP1", "OP2", "OP3"]
    assert accepted.operative[1].text.endswith(
        "Agreement, and decides that the mission "
        "shall have the following mandate, and authorizes it to use all necessary means to "
        "carry out its mandate:"
    )
    _both_versions_read_as_the_word_file(word, "joined")


def _hanging(word: bytes, twips: int) -> bytes:
    """The Word package with its list labels hanging ``twips``, as a drafter's template
    sets them: 390 leaves "(iii)", "(iv)" and "(vi)" a point or less before the tab stop
    (LibreOffice prints no space there) and sends "(vii)" to the next one."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/numbering.xml":
                data = re.sub(rb'w:hanging="\d+"', b'w:hanging="%d"' % twips, data)
            new.writestr(item, data)
    return out.getvalue()


def test_roman_items_after_a_wide_label_keep_their_numbers_in_a_print() -> None:
    # LibreOffice's tab after "(iii)" or "(viii)" leaves less than a word's gap before the
    # item's text: such items were taken for wrapped lines when the lists of a print with
    # tracked changes were numbered again, and the items after them counted one short
    # ("(v)" read "(iii)", "(vii)" "(iv)": a LibreOffice compare of two Word drafts of
    # S/RES/2625 (2022), twenty-first session).

    doc, ops = _council(
        Level("decimal", "%1."), Level("lowerLetter", "(%2)"), Level("lowerRoman", "(%3)")
    )
    doc.paragraph("Decides that the mission shall have the following mandate:", num=ops)
    doc.paragraph("Protection of civilians:", num=ops, level=1)
    tasks = ["protect", "deter", "maintain", "prevent", "support", "foster", "monitor", "help"]
    for k, verb in enumerate(tasks):
        doc.paragraph(
            f"To {verb} civilians under threat of physical violence within its capacity and "
            f"areas of deployment, in the regions named in task {k + 1};",
            num=ops,
            level=2,
        )
    doc.paragraph(
        "Decides to ", deleted("consider"), inserted("remain seized of"), " the matter.", num=ops
    )
    word = _hanging(doc.to_bytes(), 390)
    labels = [c.label for c in resdiff.parse(word).walk()]
    assert labels[-2] == "(viii)" and labels[4] == "(ii)"
    _both_versions_read_as_the_word_file(word, "romans")


def test_a_paragraph_joined_to_a_sub_item_by_a_deleted_mark_keeps_its_own_number() -> None:
    # The proposal deletes OP2's mark, joining it to the sub-item below ("... within its
    # capacity, to protect civilians ..."). The joined paragraph took the sub-item's label
    # from the print, and OP2 was read as "(a)" of OP1 (a stranger's review).

    doc, ops = _council(Level("decimal", "%1."), Level("lowerLetter", "(%2)"))
    doc.paragraph("Decides to extend the mandate of the mission until 30 April 2023;", num=ops)
    doc.paragraph(
        "Decides that the mission shall have the following mandate, in the regions named, "
        "within its capacity",
        deleted(":"),
        inserted(", "),
        num=ops,
        mark="del",
    )
    doc.paragraph(
        deleted("To"),
        inserted("to"),
        " protect civilians under threat of physical violence in the regions;",
        num=ops,
        level=1,
    )
    doc.paragraph("To support the delivery of humanitarian assistance;", num=ops, level=1)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    assert [c.ref for c in resdiff.parse(word).walk()] == ["PP1", "OP1", "OP2", "OP2(a)", "OP3"]
    _both_versions_read_as_the_word_file(word, "subitem")


def test_a_paragraph_whose_mark_a_change_deleted_keeps_its_number_if_no_join_is_seen() -> None:
    # The proposal deletes OP2's mark, but OP3 opens with its own "Decides" kept: nothing
    # in the print shows where the joined paragraph reads on. OP2, its number struck, was
    # read into OP1 ("... 30 April 2023; Decides that the mandate ..."): it keeps its number
    # now, a paragraph of its own (Word joins OP2 and OP3; the join is not seen, the
    # paragraphs' words stay where they are). A stranger's review.
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from pdf_fixtures import convert_files

    doc, ops = _council(Level("decimal", "%1."))
    doc.paragraph("Decides to extend the mandate of the mission until 30 April 2023;", num=ops)
    doc.paragraph(
        "Decides that the mandate of the mission is to advance the strategic vision set out "
        "in the Agreement",
        deleted(";"),
        inserted(", and "),
        num=ops,
        mark="del",
    )
    doc.paragraph("Decides that the mission shall use all necessary means:", num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    data = convert_files({"kept.docx": word})["kept"]
    printed = resdiff.parse(data, format="pdf")
    assert [normalize_space(c.text) for c in printed.operative[:2]] == [
        "Decides to extend the mandate of the mission until 30 April 2023;",
        "Decides that the mandate of the mission is to advance the strategic vision set out "
        "in the Agreement, and",
    ]
    assert resdiff.parse(word).operative[0].text == printed.operative[0].text
