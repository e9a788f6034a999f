"""Word (.docx) input: automatic numbering read as Word shows it, both versions of tracked
changes, comments counted, empty paragraphs skipped, a text pasted into Word line by line
read as the text, the package treated as untrusted, and round trips through Word of real
drafts (``draft_to_docx``) and of resdiff's own Word report (as written, and as
LibreOffice saves it again).

Test packages are made with :mod:`resdiff.testing.wordfile`, which writes the XML with
the standard library and shares no code with the reader.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import struct
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS

import resdiff
from resdiff.cli import main
from resdiff.errors import ResolutionParseError
from resdiff.model import Comparison, Draft
from resdiff.read import load
from resdiff.read.docx import (
    MAX_ENTRIES,
    MAX_RATIO,
    REPORT_TAG,
    TRACKED_WARNING,
    UNTRACKED_WARNING,
    format_number,
    parse_docx,
)
from resdiff.render import render_docx
from resdiff.render.docx import CLAUSE_STYLES
from resdiff.testing import mutate
from resdiff.testing.wordfile import (
    Level,
    Props,
    Run,
    WordDocument,
    commented,
    deleted,
    draft_to_docx,
    footnoted,
    inserted,
    lines_to_docx,
    moved_from,
    moved_to,
    package,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dprk-2006"
PAIRS = [
    ("japan-draft", "adopted-compromise"),
    ("japan-draft", "china-russia-draft"),
    ("china-russia-draft", "adopted-compromise"),
    ("adopted-compromise", "japan-draft"),
]
#: Real AKN files for the round trip through Word: short and long, with sub-paragraphs,
#: bullets, "a." lists, headings, annexes and a footnote.
AKN_SAMPLE = [
    "S_RES_2532_2020.xml",
    "S_RES_2524_2020.xml",
    "S_RES_2531_2020.xml",
    "S_RES_2551_2020.xml",
    "S_RES_2558_2020.xml",
    "S_RES_2610_2021.xml",
    "S_RES_2657-2224442E.xml",
]
OPERATIVE = [Level("decimal", "%1."), Level("lowerLetter", "(%2)"), Level("lowerRoman", "(%3)")]


def read(doc: WordDocument | bytes, version: str = "accepted") -> Draft:
    data = doc.to_bytes() if isinstance(doc, WordDocument) else doc
    return load(data, path="draft.docx", version=version)  # type: ignore[arg-type]


def outline(draft: Draft) -> list[tuple[str, str | None, str]]:
    return [(c.ref, c.label, c.text) for c in draft.walk()]


def tidy_outline(draft: Draft) -> list[tuple[str, str | None, str]]:
    """The outline with the spacing the text reader tidies folded: a space before a
    comma in an AKN file ("to form , without") is gone once the text is read as text."""
    return [(ref, label, re.sub(r"\s+([;:,])", r"\1", text)) for ref, label, text in outline(draft)]


def new_draft(num_levels: list[Level] = OPERATIVE) -> tuple[WordDocument, str]:
    """A package with the formula and one recital, and an operative list instance."""
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    return doc, doc.add_num(doc.add_abstract(num_levels))


def signature(cmp: Comparison) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    """What a comparison found, change by change: kind, refs on each side, moved."""
    return sorted((c.kind, c.old, c.new, c.moved) for c in cmp.changes)


# --------------------------------------------------------------------------- numbering


def test_automatic_numbering_prints_1_a_i_as_word_shows_them() -> None:
    doc, ops = new_draft()
    doc.paragraph("Decides that all States shall:", num=ops)
    doc.paragraph("prevent the supply of arms:", num=ops, level=1)
    doc.paragraph("to the parties;", num=ops, level=2)
    doc.paragraph("to their agents;", num=ops, level=2)
    doc.paragraph("freeze the assets;", num=ops, level=1)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    assert outline(read(doc)) == [
        ("PP1", None, "Recalling its previous resolutions,"),
        ("OP1", "1.", "Decides that all States shall:"),
        ("OP1(a)", "(a)", "prevent the supply of arms:"),
        ("OP1(a)(i)", "(i)", "to the parties;"),
        ("OP1(a)(ii)", "(ii)", "to their agents;"),
        ("OP1(b)", "(b)", "freeze the assets;"),
        ("OP2", "2.", "Decides to remain seized of the matter."),
    ]


def test_a_decimal_fourth_level_is_an_item_not_an_operative_paragraph() -> None:
    # 1. / (a) / (i) / 1.: the fourth level's "1." and "2." were read as operative
    # paragraphs (OP1-2, OP2), and the real OP2 became "OP2-2".
    levels = [*OPERATIVE, Level("decimal", "%4.")]
    doc, ops = new_draft(levels)
    doc.paragraph("Decides that the measures shall not apply to:", num=ops)
    doc.paragraph("supplies for humanitarian use, including:", num=ops, level=1)
    doc.paragraph("food and medicine, provided that:", num=ops, level=2)
    doc.paragraph("the Committee is notified in advance;", num=ops, level=3)
    doc.paragraph("the supplies are monitored;", num=ops, level=3)
    doc.paragraph("protective clothing;", num=ops, level=2)
    doc.paragraph("supplies for the Mission;", num=ops, level=1)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()] == [
        "PP1",
        "OP1",
        "OP1(a)",
        "OP1(a)(i)",
        "OP1(a)(i)(1)",
        "OP1(a)(i)(2)",
        "OP1(a)(ii)",
        "OP1(b)",
        "OP2",
    ]
    assert not [w for w in draft.warnings if w.code.startswith("numbering")]


def test_sub_paragraphs_restart_when_a_higher_level_advances() -> None:
    doc, ops = new_draft()
    for k in range(2):
        doc.paragraph(f"Requests report {k + 1} on:", num=ops)
        doc.paragraph("the first matter;", num=ops, level=1)
        doc.paragraph("the second matter;", num=ops, level=1)
    refs = [c.ref for c in read(doc).walk()]
    assert refs == ["PP1", "OP1", "OP1(a)", "OP1(b)", "OP2", "OP2(a)", "OP2(b)"]


def test_a_level_that_never_restarts_keeps_counting() -> None:
    levels = [Level("decimal", "%1."), Level("lowerLetter", "(%2)", restart=0)]
    doc, ops = new_draft(levels)
    doc.paragraph("Requests reports on:", num=ops)
    doc.paragraph("the first matter;", num=ops, level=1)
    doc.paragraph("Further requests reports on:", num=ops)
    doc.paragraph("the second matter;", num=ops, level=1)
    assert [c.label for c in read(doc).walk()][1:] == ["1.", "(a)", "2.", "(b)"]


def test_counters_belong_to_the_abstract_list_and_a_start_override_restarts_it() -> None:
    doc, ops = new_draft()
    abstract = "0"
    same_list = doc.add_num(abstract)
    restarted = doc.add_num(abstract, starts={0: 7})
    doc.paragraph("Decides one;", num=ops)
    doc.paragraph("Decides two;", num=same_list)  # another instance continues the list
    doc.paragraph("Decides seven;", num=restarted)
    doc.paragraph("Decides eight;", num=restarted)
    doc.paragraph("Decides nine.", num=ops)  # back on the first instance: still one list
    labels = [c.label for c in read(doc).operative]
    assert labels == ["1.", "2.", "7.", "8.", "9."]


def test_start_values_and_level_texts_come_from_the_definition() -> None:
    levels = [Level("decimal", "%1.", start=5), Level("upperLetter", "%1.%2")]
    doc, ops = new_draft(levels)
    doc.paragraph("Decides five;", num=ops)
    doc.paragraph("Decides six.", num=ops)
    assert [c.label for c in read(doc).operative] == ["5.", "6."]


@pytest.mark.parametrize(
    ("value", "fmt", "printed"),
    [
        (1, "decimal", "1"),
        (4, "lowerLetter", "d"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (7, "decimalZero", "07"),
        (2, "ordinal", "2nd"),
        (3, "none", ""),
        (5, "cardinalText", "5"),  # formats resdiff does not draw fall back to digits
    ],
)
def test_number_formats(value: int, fmt: str, printed: str) -> None:
    assert format_number(value, fmt) == printed


def test_numbering_inherited_from_the_paragraph_style() -> None:
    doc, ops = new_draft()
    doc.add_style("OpPara", num=ops, level=0)
    doc.add_style("OpParaLast", based_on="OpPara")
    doc.add_style("SubPara", num=ops, level=1)
    doc.paragraph("Decides that:", style="OpPara")
    doc.paragraph("the first measure applies;", style="SubPara")
    doc.paragraph("Calls upon all States;", style="OpParaLast")
    doc.paragraph("A heading", style="OpPara", num="0")  # numId 0 takes the number away
    doc.paragraph("Decides to remain seized of the matter.", style="OpPara")
    draft = read(doc)
    assert outline(draft)[1:] == [
        ("OP1", "1.", "Decides that:"),
        ("OP1(a)", "(a)", "the first measure applies;"),
        ("OP2", "2.", "Calls upon all States;"),
        ("OP3", "3.", "Decides to remain seized of the matter."),
    ]
    assert [h.text for h in draft.headings] == ["A heading"]


def test_level_found_from_the_style_linked_to_it() -> None:
    levels = [Level("decimal", "%1.", style="OpPara"), Level("lowerLetter", "(%2)", style="Sub")]
    doc, ops = new_draft(levels)
    doc.add_style("OpPara", num=ops)
    doc.add_style("Sub", num=ops)
    doc.paragraph("Decides that:", style="OpPara")
    doc.paragraph("the first measure applies;", style="Sub")
    assert [c.ref for c in read(doc).operative[0].walk()] == ["OP1", "OP1(a)"]


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("•", "–", ("•", "–")),
        ("\uf0b7", "\uf02d", ("•", "–")),  # Symbol font, as Word and LibreOffice write them
        ("o", "\uf0a7", ("◦", "▪")),  # Courier New "o", Wingdings square
    ],
)
def test_bullets_of_any_font_read_as_bullets(
    first: str, second: str, shown: tuple[str, str]
) -> None:
    levels = [Level("decimal", "%1."), Level("bullet", first), Level("bullet", second)]
    doc, ops = new_draft(levels)
    doc.paragraph("Requests the Mission to:", num=ops)
    doc.paragraph("protect civilians:", num=ops, level=1)
    doc.paragraph("in the north;", num=ops, level=2)
    doc.paragraph("in the south;", num=ops, level=2)
    doc.paragraph("support the elections;", num=ops, level=1)
    draft = read(doc)
    assert outline(draft)[1:] == [
        ("OP1", "1.", "Requests the Mission to:"),
        ("OP1(1)", shown[0], "protect civilians:"),
        ("OP1(1)(1)", shown[1], "in the north;"),
        ("OP1(1)(2)", shown[1], "in the south;"),
        ("OP1(2)", shown[0], "support the elections;"),
    ]


def test_typed_labels_still_work() -> None:
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    doc.paragraph("1.\tDecides that all States shall:")
    doc.paragraph("(a)\tfreeze the assets;")
    doc.paragraph("2.\tDecides to remain seized of the matter.")
    assert [c.ref for c in read(doc).walk()] == ["PP1", "OP1", "OP1(a)", "OP2"]


def test_an_unknown_list_is_read_without_its_number_and_said() -> None:
    doc, _ops = new_draft()
    doc.paragraph("Decides to remain seized of the matter.", num="99")
    draft = read(doc)
    assert [w.code for w in draft.warnings if w.code.startswith("docx")] == ["docx-numbering"]
    assert draft.walk().__next__().text == "Recalling its previous resolutions,"
    assert "Decides to remain seized" in " ".join(draft.texts())


# --------------------------------------------------------------------------- tracked changes


def test_accepted_keeps_insertions_original_keeps_deletions() -> None:
    doc, ops = new_draft()
    doc.paragraph(
        deleted("Requests"), inserted("Urges"), " all States to ", deleted("consider "),
        "report;", num=ops,
    )  # fmt: skip
    assert read(doc).operative[0].text == "Urges all States to report;"
    assert read(doc, "original").operative[0].text == "Requests all States to consider report;"


def test_a_wholly_inserted_paragraph_is_numbered_only_in_the_accepted_version() -> None:
    doc, ops = new_draft()
    doc.paragraph("Condemns the launches;", num=ops)
    doc.paragraph(inserted("Demands that the launches stop;"), num=ops, mark="ins")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    accepted, original = read(doc), read(doc, "original")
    assert [c.text for c in accepted.operative] == [
        "Condemns the launches;",
        "Demands that the launches stop;",
        "Decides to remain seized of the matter.",
    ]
    assert [(c.ref, c.text) for c in original.operative] == [
        ("OP1", "Condemns the launches;"),
        ("OP2", "Decides to remain seized of the matter."),
    ]
    # Rejected at the very end of the document, an inserted paragraph vanishes.
    doc.paragraph(inserted("Decides to act."), num=ops, mark="ins")
    assert len(read(doc, "original").operative) == 2


def test_a_paragraph_run_on_from_one_that_ended_is_warned_of() -> None:
    # LibreOffice marks as inserted the mark before a whole inserted paragraph (and the
    # inserted paragraph's own): rejecting the changes runs "... youth," and "Noting ..."
    # together, as the file says. The original version warns where.
    doc, ops = new_draft()
    doc.paragraph("Emphasising the engagement of women and youth,", mark="ins")
    doc.paragraph(inserted("Urging the sides to step up their efforts,"), mark="ins")
    doc.paragraph("Noting that the Government of Cyprus is agreed,")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    original = read(doc, "original")
    assert original.preamble[-1].text == (
        "Emphasising the engagement of women and youth,Noting that the Government of "
        "Cyprus is agreed,"
    )
    warned = [w for w in original.warnings if w.code == "docx-joined-paragraphs"]
    assert len(warned) == 1 and "in the original version, 1 paragraph" in warned[0].message
    accepted = read(doc)
    assert len(accepted.preamble) == 4
    assert not [w for w in accepted.warnings if w.code == "docx-joined-paragraphs"]
    # A paragraph joined by its drafter (a deleted mark, the sentence going on) is not.
    doc2, ops2 = new_draft()
    doc2.paragraph("Requests the Secretary-General to report", deleted(";"), num=ops2, mark="del")
    doc2.paragraph(deleted("Requests him"), inserted(", and"), " to brief the Council;", num=ops2)
    assert not [w for w in read(doc2).warnings if w.code == "docx-joined-paragraphs"]


def test_a_deleted_paragraph_mark_joins_two_paragraphs_in_the_accepted_version() -> None:
    doc, ops = new_draft()
    doc.paragraph("Requests the Secretary-General to report", deleted(";"), num=ops, mark="del")
    doc.paragraph(deleted("Requests him"), inserted(", and"), " to brief the Council;", num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    accepted, original = read(doc), read(doc, "original")
    assert [(c.ref, c.text) for c in accepted.operative[:1]] == [
        ("OP1", "Requests the Secretary-General to report, and to brief the Council;")
    ]
    assert len(accepted.operative) == 2
    assert [c.text for c in original.operative[:2]] == [
        "Requests the Secretary-General to report;",
        "Requests him to brief the Council;",
    ]


def test_an_inserted_paragraph_mark_splits_a_paragraph_in_the_accepted_version() -> None:
    doc, ops = new_draft()
    doc.paragraph("Condemns the launches", inserted(";"), num=ops, mark="ins")
    doc.paragraph(deleted(" and "), inserted("Demands "), "that they stop;", num=ops)
    accepted, original = read(doc), read(doc, "original")
    assert [c.text for c in accepted.operative] == [
        "Condemns the launches;",
        "Demands that they stop;",
    ]
    assert [c.text for c in original.operative] == ["Condemns the launches and that they stop;"]


def test_numbering_changes_follow_each_version() -> None:
    doc, ops = new_draft()
    doc.paragraph("Decides that all States shall:", num=ops)
    # Now a sub-paragraph; before, operative paragraph 2 (w:pPrChange).
    doc.paragraph("freeze the assets;", num=ops, level=1, was=Props(num=ops, level=0))
    # Numbering added by a tracked change (w:numPr/w:ins): a recital before.
    doc.paragraph("Decides to remain seized of the matter.", num=ops, numbering_inserted=True)
    accepted, original = read(doc), read(doc, "original")
    assert [c.ref for c in accepted.walk()] == ["PP1", "OP1", "OP1(a)", "OP2"]
    # In the original the last paragraph has no number: after a paragraph ending with
    # ";", the closing formula is a paragraph of its own, numbered by the reader with a
    # warning (before, it was read as going on from operative paragraph 2).
    assert [c.label for c in original.operative] == ["1.", "2.", None]
    assert original.operative[1].text == "freeze the assets;"
    assert original.operative[2].text == "Decides to remain seized of the matter."
    assert any(w.code == "numbering-lost" for w in original.warnings)


def test_a_legacy_numbering_change_gives_the_original_label() -> None:
    doc, ops = new_draft()
    doc.paragraph("Condemns the launches;", num=ops)
    doc.paragraph("Demands that they stop;", num=ops, legacy_label="%1:5:0:.")
    assert [c.label for c in read(doc).operative] == ["1.", "2."]
    assert [c.label for c in read(doc, "original").operative] == ["1.", "5."]


def test_moves_come_out_as_moves_when_the_versions_are_compared() -> None:
    doc, ops = new_draft()
    doc.paragraph(moved_from("Supports the six-party talks;"), num=ops, mark="moveFrom")
    doc.paragraph("Condemns the launches of ballistic missiles;", num=ops)
    doc.paragraph("Demands that the DPRK suspend all activities related to its programme;", num=ops)
    doc.paragraph("Requires all Member States to exercise vigilance;", num=ops)
    doc.paragraph(moved_to("Supports the six-party talks;"), num=ops, mark="moveTo")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    original, accepted = read(doc, "original"), read(doc)
    assert original.operative[0].text == accepted.operative[3].text
    cmp = resdiff.compare(original, accepted)
    change = cmp.change_for("OP4")
    assert change.old == ("OP1",) and change.kind == "unchanged" and change.moved


def test_deleted_table_rows_leave_the_accepted_version() -> None:
    doc, ops = new_draft()
    row = '<w:tr><w:trPr><w:{0} w:id="9" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:trPr>'
    cell = "<w:tc><w:p><w:r><w:{1}>{2}</w:{1}></w:r></w:p></w:tc></w:tr>"
    doc.raw(
        "<w:tbl>"
        + (row + cell).format("del", "delText", "Deleted row words")
        + (row + cell).format("ins", "t", "Inserted row words")
        + "</w:tbl>"
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    assert "Inserted row words" in " ".join(read(doc).texts())
    assert "Deleted row words" not in " ".join(read(doc).texts())
    assert "Deleted row words" in " ".join(read(doc, "original").texts())
    assert "Inserted row words" not in " ".join(read(doc, "original").texts())


# --------------------------------------------------------------------------- the rest


def test_comments_are_ignored_and_counted_in_one_warning() -> None:
    doc, ops = new_draft()
    doc.paragraph(commented("Condemns", "too strong for us"), " the launches;", num=ops)
    doc.paragraph(commented("Decides", "fine"), " to remain seized of the matter.", num=ops)
    draft = read(doc)
    warnings = [w for w in draft.warnings if w.code == "docx-comments"]
    assert len(warnings) == 1 and warnings[0].message.startswith("2 comments ignored")
    assert "too strong" not in " ".join(draft.texts())
    assert draft.operative[0].text == "Condemns the launches;"


def test_a_footnote_with_a_mark_of_its_own_is_a_footnote() -> None:
    # "*" after the sponsors' line ("Reissued for technical reasons"): the note had no mark
    # and was read into the last operative paragraph.
    doc, ops = new_draft()
    doc.paragraph("Recalling its resolutions,")
    doc.paragraph(
        Run(
            "Decides to remain seized of the matter.",
            footnote="Reissued for technical reasons on 16 February 2022.",
            footnote_mark="*",
        ),
        num=ops,
    )
    draft = read(doc)
    assert draft.operative[-1].text == "Decides to remain seized of the matter.*"
    assert [(n.mark, n.text) for n in draft.footnotes] == [
        ("*", "Reissued for technical reasons on 16 February 2022.")
    ]
    # Words after the reference are no mark (a stranger's review: the mark became "and").
    doc, ops = new_draft()
    doc.paragraph(
        Run("Strongly condemns the attacks", footnote="Reissued.", footnote_mark=""),
        " and demands that they cease,",
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert draft.preamble[-1].text.endswith("the attacks and demands that they cease,")
    assert not [n for n in draft.footnotes if n.mark == "and"]


def test_a_table_announced_by_a_lead_in_is_a_list_of_rows() -> None:
    # The individuals designated, in a table under "... the following individuals:": its
    # rows became headings and one name a sub-paragraph, so delisting one was "softened"
    # and delisting another "no change".
    def drafted(rows: list[list[str]]) -> Draft:
        doc, ops = new_draft()
        doc.paragraph(
            "Decides that the measures shall apply to the following individuals:", num=ops
        )
        doc.table(rows)
        doc.paragraph("Decides to remain seized of the matter.", num=ops)
        return read(doc)

    rows = [
        ["Name", "Title", "Date of listing"],
        ["Abdul Rahman Ali", "Commander, 3rd Brigade", "15 February 2022"],
        ["Mohamed Salem", "Former Minister of Defence", "7 June 2018"],
    ]
    old = drafted(rows)
    assert [(c.ref, c.text) for c in old.walk()][1:5] == [
        ("OP1", "Decides that the measures shall apply to the following individuals:"),
        ("OP1(1)", "Name – Title – Date of listing"),
        ("OP1(2)", "Abdul Rahman Ali – Commander, 3rd Brigade – 15 February 2022"),
        ("OP1(3)", "Mohamed Salem – Former Minister of Defence – 7 June 2018"),
    ]
    assert not old.headings
    for gone in (1, 2):
        new = drafted([r for k, r in enumerate(rows) if k != gone])
        change = resdiff.compare(old, new).changes[1]
        assert change.kind == "softened", gone
    # A first column of labels gives the rows their labels (a stranger's review: they
    # became "OP1(1) • (a) – Arms ...").
    labelled = drafted([["(a)", "Arms and related materiel;"], ["(b)", "Dual-use items;"]])
    assert [(c.ref, c.label, c.text) for c in labelled.walk()][2:4] == [
        ("OP1(a)", "(a)", "Arms and related materiel;"),
        ("OP1(b)", "(b)", "Dual-use items;"),
    ]
    # A table that no lead-in announces is read cell by cell as before.
    doc, ops = new_draft()
    doc.table([["Recalling its resolution 2231 (2015),"]])
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    assert [c.ref for c in read(doc).walk()] == ["PP1", "PP2", "OP1"]
    # So is a masthead's table under "Sponsors:", before the enacting formula: its States
    # are the sponsors.
    doc = WordDocument()
    doc.paragraph("Sponsors:")
    doc.table([["France", "Germany"], ["Japan", "Norway"]])
    doc.paragraph("Draft resolution")
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    ops = doc.add_num(doc.add_abstract(OPERATIVE))
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert draft.sponsors == ("France", "Germany", "Japan", "Norway")
    assert not any("•" in line for line in draft.masthead)


def test_footnotes_keep_their_mark_and_their_words() -> None:
    doc, ops = new_draft()
    doc.paragraph(footnoted("Welcoming the report of the Secretary-General,", "S/2020/773."))
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert draft.preamble[1].text.endswith("Secretary-General,1")
    assert [(n.mark, n.text, n.line) for n in draft.footnotes] == [("1", "S/2020/773.", 3)]


def test_masthead_in_the_first_page_header_and_a_table() -> None:
    doc = WordDocument()
    doc.header("United Nations", "S/2006/488")
    doc.table([["Security Council", ["Distr.: General", "15 July 2006"]]])
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its resolutions,")
    doc.paragraph("Condemns the launches.")
    draft = read(doc)
    assert draft.symbol == "S/2006/488" and draft.organ == "Security Council"
    assert draft.masthead[:2] == ("United Nations", "S/2006/488")
    assert "Distr.: General" in draft.masthead


def test_line_numbers_count_word_paragraphs() -> None:
    doc, ops = new_draft()
    doc.paragraph("Decides that:", num=ops)  # paragraph 3
    doc.paragraph("the first measure applies;", num=ops, level=1)  # paragraph 4
    clause = read(doc).operative[0]
    assert clause.span is not None and (clause.span.first_line, clause.span.last_line) == (3, 4)


def test_strict_open_xml_namespaces_are_read() -> None:
    doc, ops = new_draft()
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    strict = {
        name: text.replace(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
        ).replace(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
        )
        for name, text in doc.parts().items()
    }
    assert [c.ref for c in read(package(strict)).walk()] == ["PP1", "OP1"]


def test_a_resdiff_report_summary_in_its_content_control_is_skipped() -> None:
    doc, ops = new_draft()
    doc.raw(
        f'<w:sdt><w:sdtPr><w:tag w:val="{REPORT_TAG}"/></w:sdtPr><w:sdtContent>'
        + doc.paragraph_xml("1. Key change: Chapter VII dropped")
        + "</w:sdtContent></w:sdt>"
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [c.text for c in draft.operative] == ["Decides to remain seized of the matter."]
    assert "docx-report" in [w.code for w in draft.warnings]


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def tracked_2006(tmp_path: Path) -> tuple[Path, Draft, Draft]:
    """The Japan-led draft and the adopted text as one Word file with tracked changes."""
    old = resdiff.parse(EXAMPLES / "japan-draft.txt")
    new = resdiff.parse(EXAMPLES / "adopted-compromise.txt")
    target = tmp_path / "tracked.docx"
    target.write_bytes(draft_to_docx(new, tracked=old))
    return target, old, new


def test_cli_parse_reads_either_version(
    tracked_2006: tuple[Path, Draft, Draft], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, new = tracked_2006
    assert main(["parse", str(path), "--format", "json"]) == 0
    accepted = Draft.model_validate_json(capsys.readouterr().out)
    assert main(["parse", "--version", "original", str(path), "--format", "json"]) == 0
    original = Draft.model_validate_json(capsys.readouterr().out)
    assert [c.text for c in accepted.walk()] == [c.text for c in new.walk()]
    assert [c.text for c in original.walk()] == [c.text for c in old.walk()]
    assert (accepted.source and accepted.source.version) == "accepted"
    assert (original.source and original.source.version) == "original"


def test_cli_compare_one_word_file_compares_its_two_versions(
    tracked_2006: tuple[Path, Draft, Draft], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old, new = tracked_2006
    assert main(["compare", str(path), "--format", "json"]) == 0
    got = Comparison.model_validate_json(capsys.readouterr().out)
    expected = resdiff.compare(old, new)
    assert signature(got) == signature(expected)
    kinds = Counter(c.kind for c in got.changes)
    assert kinds["softened"] and kinds["dropped"] and got.summary.chapter_vii == "dropped"


# --------------------------------------------------------------------------- bad packages


def _docx() -> bytes:
    doc, ops = new_draft()
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    return doc.to_bytes()


def _with_document(xml: str) -> bytes:
    parts: dict[str, str | bytes] = dict(WordDocument().parts())
    parts["word/document.xml"] = xml
    return package(parts)


def _zip(entries: dict[str, bytes], *, first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries.items(), key=lambda item: item[0] != first):
            archive.writestr(name, data)
    return buffer.getvalue()


def _forge(
    data: bytes,
    name: str,
    *,
    size: int | None = None,
    compressed: int | None = None,
    flags: int | None = None,
) -> bytes:
    """The package with the ZIP directory entry of ``name`` lying about its sizes or
    flags (the directory is what zipfile trusts)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == name.encode():
            for offset, value, fmt in ((8, flags, "<H"), (20, compressed, "<I"), (24, size, "<I")):
                if value is not None:
                    struct.pack_into(fmt, out, at + offset, value)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "haha">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
)
_XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f"<w:document {_W_NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
_EMPTY = (
    f"<w:document {_W_NS}><w:body><w:p/><w:p><w:r><w:t> </w:t></w:r></w:p></w:body></w:document>"
)


def _bomb() -> bytes:
    parts: dict[str, str | bytes] = dict(WordDocument().parts())
    parts["word/document.xml"] = b"<" + b" " * (30 * 1024 * 1024)
    return package(parts)


def _too_many() -> bytes:
    return _zip({f"word/media/{k}.xml": b"<x/>" for k in range(MAX_ENTRIES + 1)})


def _too_large() -> bytes:
    # Three parts the directory declares at 80 MB each, 1 MB compressed (80:1, under the
    # ratio limit): 240 MB in all, over the 64 MB limit.
    data = _docx()
    for name in ("word/styles.xml", "word/numbering.xml", "word/settings.xml"):
        data = _forge(data, name, size=80 * 1024 * 1024, compressed=1024 * 1024)
    return data


def _encrypted_office() -> bytes:
    # The OLE compound file Office writes for a password-protected document.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024


BAD_PACKAGES = {
    "corrupt zip": (lambda: b"PK\x03\x04" + b"\x00garbage" * 50, "corrupt"),
    "truncated package": (lambda: _docx()[: len(_docx()) // 2], "corrupt"),
    "no word/document.xml": (lambda: _zip({"readme.txt": b"hello"}), "no word/document.xml"),
    "an .odt named .docx": (
        lambda: _zip(
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
            first="mimetype",
        ),
        "OpenDocument",
    ),
    "an Excel workbook": (
        lambda: _zip({"xl/workbook.xml": b"<x/>", "[Content_Types].xml": b"<x/>"}),
        "Excel",
    ),
    "encrypted Office file": (_encrypted_office, "encrypted"),
    "encrypted zip entry": (lambda: _forge(_docx(), "word/document.xml", flags=1), "encrypted"),
    "too many entries": (_too_many, "entries, more than the limit of 2000"),
    "too large unpacked": (_too_large, "more than the limit of 67,108,864 bytes"),
    "zip bomb": (_bomb, "a zip bomb?"),
    "size forged smaller": (
        lambda: _forge(_docx(), "word/document.xml", size=10),
        "word/document.xml",
    ),
    "entity expansion": (lambda: _with_document(_LAUGHS), "DOCTYPE"),
    "external entity": (lambda: _with_document(_XXE), "DOCTYPE"),
    "malformed XML": (
        lambda: _with_document(f"<w:document {_W_NS}><w:body><w:p></w:body>"),
        "word/document.xml, line 1",
    ),
    "empty document": (lambda: _with_document(_EMPTY), "empty document"),
}


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_is_a_clear_error(case: str) -> None:
    make, cause = BAD_PACKAGES[case]
    with pytest.raises(ResolutionParseError) as info:
        parse_docx(make(), path="bad.docx")
    message = str(info.value)
    assert message.startswith("bad.docx: ") and cause in message, message


def _flooded(elements: int, part: str = "word/document.xml") -> bytes:
    """A draft whose ``part`` holds ``elements`` empty elements more (a random mix of two
    names keeps the part under the compression-ratio limit)."""
    rng = random.Random(7)
    flood = "".join(rng.choice(("<a/>", "<b/>")) for _ in range(elements))
    doc, ops = new_draft()
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    parts: dict[str, str | bytes] = dict(doc.parts())
    if part == "word/document.xml":
        parts[part] = parts[part].replace("</w:body>", f"<w:p>{flood}</w:p></w:body>")
    else:
        parts[part] = parts[part].replace("</w:styles>", f"{flood}</w:styles>")
    return package(parts)


def test_a_flood_of_elements_is_refused_while_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Empty elements of any name cost memory as paragraphs do, and only paragraphs were
    counted: 60 MB of "<a/>" (a 3.5 MB file) took 2 GB and was read. The elements are
    counted as the part is parsed, which stops one slice of XML past the limit."""
    from resdiff.model import Limits
    from resdiff.read.docx import package as docx_package

    built: list[int] = []
    counting = docx_package._parse_counting

    def spy(data: bytes, room: int) -> tuple[object, int]:
        root, count = counting(data, room)
        built.append(count)
        return root, count

    monkeypatch.setattr(docx_package, "_parse_counting", spy)
    data = _flooded(200_000)
    with pytest.raises(ResolutionParseError) as info:
        parse_docx(data, path="flood.docx", limits=Limits(max_docx_elements=10_000))
    assert str(info.value) == (
        "flood.docx: word/document.xml: the parts read hold more than the limit of 10,000 "
        "XML elements (a printed resolution has tens of thousands; raise it: "
        "limits=Limits(max_docx_elements=...) in Python)"
    )
    slice_ = docx_package._FEED // docx_package._MIN_ELEMENT_BYTES
    assert built and built[-1] <= 10_000 + slice_ < 200_000
    draft = parse_docx(data, limits=Limits(max_docx_elements=300_000))
    assert [c.text for c in draft.operative] == ["Decides to remain seized of the matter."]


def test_the_element_limit_holds_for_all_the_parts_read_together() -> None:
    from resdiff.model import Limits

    data = _flooded(6_000, "word/styles.xml")
    assert parse_docx(data, limits=Limits(max_docx_elements=8_000))
    with pytest.raises(ResolutionParseError, match=r"word/styles\.xml: the parts read hold"):
        parse_docx(data, limits=Limits(max_docx_elements=6_000))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_part_counted_as_it_is_parsed_reads_as_one_parsed_whole(encoding: str) -> None:
    """At exactly the package's element count the document is read, the same draft as
    with room to spare (parsed whole), and one element fewer is refused."""
    from resdiff.model import Limits
    from resdiff.read.docx.package import _Package
    from resdiff.read.docx.reader import _Reader

    doc, ops = new_draft()
    for k in range(40):
        doc.paragraph(f"Decides to act on item {k};", num=ops)
    parts: dict[str, str | bytes] = dict(doc.parts())
    xml = str(parts["word/document.xml"]).replace('encoding="UTF-8"', f'encoding="{encoding}"')
    parts["word/document.xml"] = xml.encode(encoding)
    data = package(parts)
    whole = _Package(data, None)
    _Reader(whole, "accepted").read()
    used = Limits().max_docx_elements - whole._elements
    assert len(xml) // 4 > used  # so the limit below makes the reader count as it parses
    assert parse_docx(data, limits=Limits(max_docx_elements=used)) == parse_docx(data)
    with pytest.raises(ResolutionParseError, match="XML elements"):
        parse_docx(data, limits=Limits(max_docx_elements=used - 1))


def test_malformed_xml_counted_as_it_is_parsed_is_named_with_its_line() -> None:
    from resdiff.model import Limits

    bad = f"<w:document {_W_NS}><w:body>" + "<w:p/>" * 500 + "\n<w:p></w:body></w:document>"
    with pytest.raises(
        ResolutionParseError, match=r"word/document\.xml, line 2, column \d+: "
    ) as e:
        parse_docx(_with_document(bad), limits=Limits(max_docx_elements=600))
    # The place is said once, not again at the end of libxml2's words (API review).
    assert str(e.value).count("column") == 1, str(e.value)


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_exits_2_with_one_line_and_no_traceback(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, _cause = BAD_PACKAGES[case]
    path = tmp_path / "bad.docx"
    path.write_bytes(make())
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("resdiff: error: ") and str(path) in err
    assert "Traceback" not in err


def test_an_original_version_without_text_is_an_empty_document() -> None:
    doc = WordDocument()
    doc.paragraph(inserted("Decides to remain seized of the matter."), mark="ins")
    with pytest.raises(ResolutionParseError, match=r"empty document.*original version"):
        parse_docx(doc.to_bytes(), path="new.docx", version="original")


# --------------------------------------------------------------------------- round trips


def _mutations(count: int) -> list[tuple[str, Draft, Draft]]:
    files = sorted((CORPUS / "akn").glob("*.xml"))
    pool = [c for f in files[:3] for c in resdiff.parse(f).operative]
    out = []
    for k, path in enumerate(files[:: max(1, len(files) // count)][:count]):
        m = mutate(resdiff.parse(path), rng=random.Random(k), edits=4, pool=pool)
        out.append((f"{path.name} {'+'.join(m.edits)}", m.old, m.new))
    return out


def _example_pairs() -> list[tuple[str, Draft, Draft]]:
    return [
        (f"{a} → {b}", resdiff.parse(EXAMPLES / f"{a}.txt"), resdiff.parse(EXAMPLES / f"{b}.txt"))
        for a, b in PAIRS
    ]


def test_tracked_word_file_of_two_drafts_compares_like_the_drafts() -> None:
    """draft_to_docx(new, tracked=old): the file's two versions are the two drafts, so
    comparing them finds exactly the changes (kinds, refs, moves) of the drafts."""
    cases = _example_pairs() + (_mutations(8) if CORPUS.is_dir() else [])
    for name, old, new in cases:
        data = draft_to_docx(new, tracked=old)
        original = load(data, path="t.docx", version="original")
        accepted = load(data, path="t.docx", version="accepted")
        assert tidy_outline(original) == tidy_outline(old), name
        assert tidy_outline(accepted) == tidy_outline(new), name
        assert signature(resdiff.compare(original, accepted)) == signature(
            resdiff.compare(old, new)
        ), name


def _report_text_only(report: bytes) -> bytes:
    """resdiff's Word report with its front matter (title, key changes, tables, notes)
    removed: only the clause paragraphs, in the report's clause styles, stay."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(report)) as archive:
        parts: dict[str, str | bytes] = {n: archive.read(n) for n in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(f"{w}body")
    styles = set(CLAUSE_STYLES.values())
    for el in list(body):
        style = el.find(f"{w}pPr/{w}pStyle")
        if el.tag != f"{w}sectPr" and (style is None or style.get(f"{w}val") not in styles):
            body.remove(el)
    parts["word/document.xml"] = etree.tostring(root)
    return package(parts)


def _report_cases() -> list[tuple[str, Draft, Draft]]:
    return _example_pairs() + (_mutations(4) if CORPUS.is_dir() else [])


def test_the_tracked_text_of_resdiffs_word_report_reads_back_as_both_drafts() -> None:
    """The report's tracked text read back: accepted, the new draft exactly; rejected,
    the old draft's paragraphs (in the new order, under the new numbers); every change
    keeps its kind and new refs."""
    for name, old, new in _report_cases():
        cmp = resdiff.compare(old, new)
        data = _report_text_only(render_docx(cmp))
        accepted = load(data, path="report.docx", version="accepted")
        original = load(data, path="report.docx", version="original")
        assert tidy_outline(accepted) == tidy_outline(new), name
        old_texts = sorted(text for _, _, text in tidy_outline(old))
        assert sorted(text for _, _, text in tidy_outline(original)) == old_texts, name
        back = resdiff.compare(original, accepted)
        kinds = {c.new: c.kind for c in cmp.changes if c.new}
        assert {c.new: c.kind for c in back.changes if c.new} == kinds, name
        dropped = Counter(c.kind for c in cmp.changes if not c.new)
        assert Counter(c.kind for c in back.changes if not c.new) == dropped, name


def test_resdiffs_word_report_round_trips_as_is() -> None:
    """resdiff's own Word report read back whole: its matter (title, key changes, tables,
    notes) stands in content controls the reader skips, and its numbers and moves are
    tracked, so rejecting every change gives the old draft, accepting every change the
    new one, and comparing the two finds the report's changes (kinds, refs, moves),
    sub-paragraphs included. (Labels are the refs' own: the comparison keeps no printed
    labels, so a bullet comes back as "(1)" under the same ref.)"""
    for name, old, new in _report_cases():
        cmp = resdiff.compare(old, new)
        data = render_docx(cmp)
        original = load(data, path="report.docx", version="original")
        accepted = load(data, path="report.docx", version="accepted")
        for got, expected in ((original, old), (accepted, new)):
            assert [(r, t) for r, _, t in tidy_outline(got)] == [
                (r, t) for r, _, t in tidy_outline(expected)
            ], name
        back = resdiff.compare(original, accepted)
        assert signature(back) == signature(cmp), name
        assert sorted((c.kind, c.old, c.new, c.moved) for t in back.changes for c in t.walk()) == (
            sorted((c.kind, c.old, c.new, c.moved) for t in cmp.changes for c in t.walk())
        ), name
        assert "docx-report" in {w.code for w in accepted.warnings}, name


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
@pytest.mark.parametrize("name", AKN_SAMPLE)
def test_real_resolutions_written_as_word_read_back_whole(name: str) -> None:
    path = CORPUS / "akn" / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the corpus")
    expected = load(path)
    data = draft_to_docx(expected)
    got = parse_docx(data, path=f"{path.stem}.docx")
    for side in ("preamble", "operative"):
        assert [c.ref for c in getattr(got, side)] == [c.ref for c in getattr(expected, side)]
    assert [c.ref for c in got.walk()] == [c.ref for c in expected.walk()]
    assert _words(got) == _words(expected)
    assert '<w:t xml:space="preserve">1.</w:t>' not in _document_xml(data)  # no typed labels


def _words(draft: Draft) -> Counter[str]:
    return Counter(re.findall(r"[^\W\d_]+|\d+", " ".join(draft.texts())))


def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_packages_saved_again_by_libreoffice_read_the_same(tmp_path: Path) -> None:
    """LibreOffice writes numbering and tracked changes its own way: a package it saved
    again reads as the one it was given (numbering, both versions, moves)."""
    old = resdiff.parse(EXAMPLES / "japan-draft.txt")
    new = resdiff.parse(EXAMPLES / "adopted-compromise.txt")
    sources = {"tracked": draft_to_docx(new, tracked=old)}
    akn = CORPUS / "akn" / "S_RES_2531_2020.xml"
    if akn.is_file():
        sources["akn"] = draft_to_docx(load(akn))
    given, saved = tmp_path / "given", tmp_path / "saved"
    given.mkdir()
    for name, data in sources.items():
        (given / f"{name}.docx").write_bytes(data)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            *sorted(str(p) for p in given.iterdir()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name, data in sources.items():
        again = (saved / f"{name}.docx").read_bytes()
        assert again != data
        for version in ("original", "accepted"):
            expected = load(data, path=f"{name}.docx", version=version)  # type: ignore[arg-type]
            got = load(again, path=f"{name}.docx", version=version)  # type: ignore[arg-type]
            assert outline(got) == outline(expected), (name, version)


# --------------------------------------------------------------------------- printed lines in Word

#: A draft laid out as printed (hard wraps near 78 columns, indented first lines, blank
#: lines between paragraphs), written for these tests: wrapped lines that open with a
#: capital ("States of America", "International Committee", "Commissioner", "States,")
#: or a number ("12 February 2024;").
PRINTED = """\
Draft: no document symbol                                       3 March 2024

          Security Council

Switzerland, United Kingdom of Great Britain and Northern Ireland and United
States of America: draft resolution


          The Security Council,

          Recalling its resolution 2500 (2019) of 12 January 2019 and its
     resolution 2510 (2020) of 5 March 2020,

          Expressing grave concern at the attacks on civilians by armed groups in
     the eastern provinces of Ruritania, and at the obstruction of the work of the
     International Committee of the Red Cross and of the United Nations High
     Commissioner for Refugees,

          Welcoming the joint communiqué issued in Port Ruri by the Government of
     Ruritania, the African Union and the Economic Community of Central African
     States,

          Acting under Chapter VII of the Charter of the United Nations,

     1.   Condemns the attacks on the camps for displaced persons near Port Ruri on
     12 February 2024;

     2.   Demands that all parties immediately cease hostilities and allow the
     safe and unhindered delivery of humanitarian assistance;

     3.   Decides that all Member States shall prevent the supply, sale or
     transfer of arms and related materiel to the armed groups, including:

          (a)  weapons and ammunition, military vehicles and equipment, and
          spare parts for them;

          (b)  technical assistance and training related to military
          activities;

     4.   Decides to remain seized of the matter.
"""


def as_read(draft: Draft) -> dict[str, object]:
    """Everything a reading gives but where it came from: clauses with their spans,
    masthead, status, flags, footnotes, headings, warnings."""
    return draft.model_dump(exclude={"source", "name", "path"})


def unindented(text: str) -> str:
    return "\n".join(line.lstrip() for line in text.split("\n"))


def test_a_text_pasted_into_word_line_by_line_reads_as_the_text() -> None:
    """Each printed line a Word paragraph, each blank line an empty one: the wrapped
    lines are joined as in the text, not taken for paragraphs (16 recitals instead of
    4 before), the sponsors line is whole, and "12 February 2024;" is no footnote."""
    for indent, text in ((True, PRINTED), (False, unindented(PRINTED))):
        got = parse_docx(lines_to_docx(PRINTED, indent=indent), path="typed.docx")
        assert as_read(got) == as_read(load(text)), indent
    assert len(got.preamble) == 4 and [c.ref for c in got.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert got.sponsors == (
        "Switzerland",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    )
    assert got.operative[0].text.endswith("near Port Ruri on 12 February 2024;")
    assert not got.footnotes


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_the_example_drafts_pasted_into_word_line_by_line_read_as_the_text(name: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    for given, indent in ((text, True), (unindented(text), False)):
        got = parse_docx(lines_to_docx(text, indent=indent), path=name)
        assert as_read(got) == as_read(load(given)), (name, indent)


def _corpus_sample(step: int) -> list[Path]:
    return sorted((CORPUS / "akn").glob("*.xml"))[::step]


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_real_resolutions_printed_and_pasted_into_word_read_as_the_text() -> None:
    """A sample of the corpus printed as text (tests/akn_render.py: wraps, hyphens, page
    furniture, one copy in four without blank lines), then put into Word line by line,
    with and without the indents: the same reading as the text."""
    from akn_render import render_pdf_text

    for path in _corpus_sample(6):
        text = render_pdf_text(path)
        for given, indent in ((text, True), (unindented(text), False)):
            got = parse_docx(lines_to_docx(text, indent=indent), path=f"{path.stem}.docx")
            expected = load(given)
            assert [(c.ref, c.text) for c in got.walk()] == [
                (c.ref, c.text) for c in expected.walk()
            ], (path.name, indent)
            assert got.sponsors == expected.sponsors and got.symbol == expected.symbol


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_word_drafts_with_typed_labels_stay_one_paragraph_a_paragraph() -> None:
    """Word drafts written by hand: a paragraph per recital and per operative paragraph,
    typed labels, the masthead a paragraph per line (its lines among the widest of the
    document), with and without empty paragraphs between: no paragraph is taken for a
    printed line, so each reads as the paragraph it is, with or without the empty ones
    (which the text reader needs to tell paragraphs apart in a text)."""
    from resdiff.testing.strategies import to_text

    for path in _corpus_sample(6):
        spaced = to_text(resdiff.parse(path), width=100_000)
        packed = "\n".join(line for line in spaced.split("\n") if line.strip())
        expected = [(c.ref, c.text) for c in load(spaced).walk()]
        for text in (spaced, packed):
            got = parse_docx(lines_to_docx(text), path=f"{path.stem}.docx")
            assert [(c.ref, c.text) for c in got.walk()] == expected, path.name


def test_a_heading_and_masthead_lines_of_a_word_draft_stay_paragraphs() -> None:
    """Paragraphs that end no unit (masthead lines, a title, a heading) are not wrapped
    lines of a Word draft whose paragraphs are longer than printed lines."""
    doc = WordDocument()
    for line in (
        "Security Council",
        "Distr.: General",
        "Adopted by the Security Council at its 9193rd meeting, on 15 November 2022",
        "The Security Council,",
        "Recalling all its previous resolutions and statements of its President on the "
        "situation in Ruritania, in particular resolution 2500 (2019),",
    ):
        doc.paragraph(line)
    ops = doc.add_num(doc.add_abstract(OPERATIVE))
    doc.paragraph(
        "Decides that all Member States shall take the necessary measures to prevent the "
        "supply, sale or transfer of arms and related materiel to the armed groups;",
        num=ops,
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    doc.paragraph("Annex")
    doc.paragraph("Guidelines for the Committee established pursuant to resolution 2500")
    doc.paragraph("The Committee shall meet as necessary to carry out its mandate.")
    draft = read(doc)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert [(a.title, a.paragraphs) for a in draft.annexes] == [
        (
            "Annex",
            (
                "Guidelines for the Committee established pursuant to resolution 2500",
                "The Committee shall meet as necessary to carry out its mandate.",
            ),
        )
    ]


def test_printed_lines_before_automatically_numbered_paragraphs() -> None:
    """The preamble pasted as printed lines, the operative part typed again in Word with
    automatic numbering: the printed run is read as lines, the numbered paragraphs as
    paragraphs."""
    preamble = PRINTED.split("     1.   Condemns")[0]
    doc = WordDocument()
    for line in preamble.split("\n"):
        doc.paragraph(*([line] if line.strip() else []))
    ops = doc.add_num(doc.add_abstract(OPERATIVE))
    doc.paragraph("Condemns the attacks on the camps near Port Ruri;", num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    expected = load(PRINTED)
    assert [c.text for c in draft.preamble] == [c.text for c in expected.preamble]
    assert [(c.label, c.text) for c in draft.operative] == [
        ("1.", "Condemns the attacks on the camps near Port Ruri;"),
        ("2.", "Decides to remain seized of the matter."),
    ]
    assert draft.sponsors == expected.sponsors


# --------------------------------------------------------------------------- empty paragraphs


def test_an_empty_numbered_paragraph_is_skipped_and_its_number_counted() -> None:
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(num=ops)  # Word shows "2." before nothing
    doc.paragraph("Demands that all parties cease hostilities;", num=ops)
    doc.paragraph()
    doc.paragraph(num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [(c.label, c.text) for c in draft.operative] == [
        ("1.", "Condemns all attacks against civilians;"),
        ("3.", "Demands that all parties cease hostilities;"),
        ("5.", "Decides to remain seized of the matter."),
    ]
    (warning,) = [w for w in draft.warnings if w.code == "docx-empty-numbered"]
    assert warning.line == 4
    assert warning.message.startswith("2 empty numbered paragraphs skipped (paragraphs 4, 7)")


def test_a_number_alone_above_its_sub_paragraphs_is_kept() -> None:
    """ "11." printed alone with "(a) Expresses ..." under it: Word draws the number as
    an empty numbered paragraph, and it is the paragraph its sub-paragraphs belong to."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("Expresses concern at the number of children detained;", num=ops, level=1)
    doc.paragraph("calls for their release;", num=ops, level=1)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [(c.ref, c.text) for c in draft.walk()][1:] == [
        ("OP1", "Condemns all attacks against civilians;"),
        ("OP2", ""),
        ("OP2(a)", "Expresses concern at the number of children detained;"),
        ("OP2(b)", "calls for their release;"),
        ("OP3", "Decides to remain seized of the matter."),
    ]
    assert "docx-empty-numbered" not in {w.code for w in draft.warnings}


def test_a_number_alone_above_typed_sub_paragraphs_is_kept() -> None:
    """An automatic "2." left empty above hand-typed "(a) ...", "(b) ..." paragraphs:
    Word shows "2." with its sub-paragraphs under it, and so is it read (before
    formats23 the number was skipped as a stray one and (a), (b) went to paragraph 1,
    with the "empty numbered" and "numbering gap" warnings)."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("(a) Expresses concern at the number of children detained;")
    doc.paragraph("(b) Calls for their release;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [(c.ref, c.text) for c in draft.walk()][1:] == [
        ("OP1", "Condemns all attacks against civilians;"),
        ("OP2", ""),
        ("OP2(a)", "Expresses concern at the number of children detained;"),
        ("OP2(b)", "Calls for their release;"),
        ("OP3", "Decides to remain seized of the matter."),
    ]
    assert not {"docx-empty-numbered", "numbering-gap"} & {w.code for w in draft.warnings}


def test_a_stray_number_above_a_typed_later_label_is_still_skipped() -> None:
    """An empty number above a typed "(c) ..." (not a list's first label) stays a stray
    number: the typed paragraph goes on paragraph 1's list as before."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians:", num=ops)
    doc.paragraph("(a) in the camps;")
    doc.paragraph("(b) in the towns;")
    doc.paragraph(num=ops)
    doc.paragraph("(c) in the villages;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()][1:] == ["OP1", "OP1(a)", "OP1(b)", "OP1(c)", "OP3"]
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}


def test_text_inserted_into_a_numbered_paragraph_is_one_added_paragraph() -> None:
    """A paragraph whose words are all a tracked insertion but whose mark is not: empty
    in the original, so comparing the two versions finds one paragraph added, not an
    empty one dropped and a new one added."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(inserted("Requests the Secretary-General to report within 90 days;"), num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    data = doc.to_bytes()
    original = load(data, path="draft.docx", version="original")
    accepted = load(data, path="draft.docx", version="accepted")
    assert all(c.text for c in original.operative)
    assert [c.label for c in original.operative] == ["1.", "3."]
    changes = resdiff.compare(original, accepted).changes
    assert Counter(c.kind for c in changes) == Counter({"added": 1, "unchanged": 3})
    (added,) = [c for c in changes if c.kind == "added"]
    assert added.new == ("OP2",)


# --------------------------------------------------------------------------- a report saved again


def _as_libreoffice_saves(report: bytes) -> bytes:
    """The report as LibreOffice saves it again: content controls keep their alias and
    lose their tag, and the first one ends at its first table, so the rest of the report's
    matter (tables, headings, notes) stands after it in the body."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(report)) as archive:
        parts: dict[str, str | bytes] = {n: archive.read(n) for n in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for tag in list(root.iter(f"{w}tag")):
        tag.getparent().remove(tag)
    first = next(root.iter(f"{w}sdt"))
    content = first.find(f"{w}sdtContent")
    table = content.find(f"{w}tbl")
    cut = list(content)[list(content).index(table) :]
    for el in reversed(cut):
        first.addnext(el)
    parts["word/document.xml"] = etree.tostring(root)
    return package(parts)


def test_a_report_whose_controls_lost_their_tag_and_their_tables_reads_back() -> None:
    for name, old, new in _example_pairs():
        cmp = resdiff.compare(old, new)
        data = _as_libreoffice_saves(render_docx(cmp))
        assert REPORT_TAG.encode() not in data
        original = load(data, path="report.docx", version="original")
        accepted = load(data, path="report.docx", version="accepted")
        assert [(c.ref, c.text) for c in original.walk()] == [
            (c.ref, c.text) for c in load(render_docx(cmp), version="original").walk()
        ], name
        assert signature(resdiff.compare(original, accepted)) == signature(cmp), name


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A printed text and resdiff's report of the 2006 Japan-led draft against the
    adopted text, each saved as .docx by LibreOffice (one start-up for both)."""
    exe = shutil.which("soffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) not installed")
    tmp = tmp_path_factory.mktemp("libreoffice")
    given, saved = tmp / "given", tmp / "saved"
    given.mkdir()
    (given / "typed.txt").write_text(PRINTED, encoding="utf-8")
    old = resdiff.parse(EXAMPLES / "japan-draft.txt")
    new = resdiff.parse(EXAMPLES / "adopted-compromise.txt")
    (given / "report.docx").write_bytes(render_docx(resdiff.compare(old, new)))
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation=file://{tmp / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            str(given / "typed.txt"),
            str(given / "report.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {"typed": saved / "typed.docx", "report": saved / "report.docx"}


def test_a_text_saved_as_docx_by_libreoffice_reads_as_the_text(
    saved_by_libreoffice: dict[str, Path],
) -> None:
    got = load(saved_by_libreoffice["typed"])
    assert as_read(got) == as_read(load(PRINTED))


def test_resdiffs_report_saved_again_by_libreoffice_reads_back_as_both_drafts(
    saved_by_libreoffice: dict[str, Path],
) -> None:
    data = saved_by_libreoffice["report"].read_bytes()
    assert b"resdiff-report" not in data  # LibreOffice dropped the tag
    old = resdiff.parse(EXAMPLES / "japan-draft.txt")
    new = resdiff.parse(EXAMPLES / "adopted-compromise.txt")
    original = load(data, path="report.docx", version="original")
    accepted = load(data, path="report.docx", version="accepted")
    for got, expected in ((original, old), (accepted, new)):
        assert [(c.ref, c.label, c.text) for c in got.walk()] == [
            (c.ref, c.label, c.text) for c in expected.walk()
        ]
        # Read from the report's own structure, which LibreOffice keeps (bookmarks moved
        # into deletions, a paragraph restyled after deleted ones): the kinds are its.
        assert got.kind == expected.kind
    assert not any("Accept all changes" in text for text in original.texts())
    # The drafts' status and sponsors come back from the report's document properties,
    # which LibreOffice keeps.
    assert (original.status, original.sponsors) == (old.status, old.sponsors)
    assert (accepted.status, accepted.sponsors) == (new.status, new.sponsors)
    assert signature(resdiff.compare(original, accepted)) == signature(resdiff.compare(old, new))


# --------------------------------------------------------------------------- limits and flags


def test_a_repetitive_part_under_500_to_1_is_read() -> None:
    """LibreOffice writes an empty 1000-row table as a part packed over 100:1."""
    doc, ops = new_draft()
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    doc.paragraph("Annex")
    doc.table([["", "", ""] for _ in range(1000)])
    data = doc.to_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    assert 100 < info.file_size / info.compress_size < MAX_RATIO
    assert [c.ref for c in read(data).walk()] == ["PP1", "OP1"]


def test_the_zip_bomb_case_is_over_the_ratio_limit() -> None:
    with zipfile.ZipFile(io.BytesIO(_bomb())) as archive:
        info = archive.getinfo("word/document.xml")
    assert info.file_size / info.compress_size > 2 * MAX_RATIO


def test_who_made_the_tracked_changes_is_named_with_the_version_read() -> None:
    # A draft passed between delegations carries each one's changes under its name: the
    # reader says whose changes it accepted (or rejected), with how many words each.
    doc, ops = new_draft()
    doc.paragraph(
        "Strongly ",
        deleted("condemns", author="China"),
        inserted("deplores", author="China"),
        " the launches ",
        inserted("of 5 July 2006", author="Japan"),
        ".",
        num=ops,
    )
    doc.paragraph("Demands that the country ", deleted("immediately ", author="China"),
                  "suspend its programme.", num=ops)  # fmt: skip
    doc.paragraph("Decides to remain seized of the matter.", num=ops, mark="del")
    doc.paragraph(inserted("Further decides to review.", author="  "), num=ops)
    data = doc.to_bytes()
    accepted = [w for w in read(data).warnings if w.code == TRACKED_WARNING]
    original = [w for w in read(data, "original").warnings if w.code == TRACKED_WARNING]
    assert len(accepted) == len(original) == 1
    message = accepted[0].message
    assert message.startswith(
        "tracked changes to the words by 3 authors, read with every change accepted"
    )
    # In order of first appearance; the mark deleted at the third paragraph carries no
    # words and is not counted; an author of blanks is unnamed.
    assert message.endswith(
        "China: 1 insertion (1 word), 2 deletions (2 words); "
        "Japan: 1 insertion (4 words); "
        "an unnamed author: 1 insertion (4 words)"
    )
    assert "read with every change rejected, the original" in original[0].message
    # A move is counted once, for its author, at its new place.
    moving, ops = new_draft()
    words = "in the strongest terms"
    moving.paragraph("Condemns it ", moved_from(words, author="Japan"), ".", num=ops)
    moving.paragraph("Decides ", moved_to(words, author="Japan"), " to act.", num=ops)
    (note,) = [w for w in read(moving.to_bytes()).warnings if w.code == TRACKED_WARNING]
    assert note.message.endswith("Japan: 1 move (4 words)")
    # A file with no tracked changes says nothing of them.
    assert TRACKED_WARNING not in {w.code for w in read(_docx()).warnings}


def test_the_authors_of_a_word_files_changes_reach_the_comparison_of_its_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc, ops = new_draft()
    doc.paragraph("Calls upon all States to ", deleted("prevent", author="Russian Federation"),
                  inserted("exercise vigilance in preventing", author="Russian Federation"),
                  " the transfer of missile items.", num=ops)  # fmt: skip
    path = tmp_path / "draft.docx"
    path.write_bytes(doc.to_bytes())
    assert main(["compare", str(path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "Russian Federation: 1 insertion (4 words), 1 deletion (1 word)" in out
    assert "read with every change rejected, the original" in out
    assert "read with every change accepted" in out


def test_the_original_of_a_file_without_tracked_changes_says_so() -> None:
    plain = _docx()
    assert UNTRACKED_WARNING in {w.code for w in read(plain, "original").warnings}
    assert UNTRACKED_WARNING not in {w.code for w in read(plain, "accepted").warnings}
    doc, ops = new_draft()
    doc.paragraph("Decides to ", deleted("consider"), inserted("remain seized of"), " it.", num=ops)
    tracked = doc.to_bytes()
    assert UNTRACKED_WARNING not in {w.code for w in read(tracked, "original").warnings}


def test_an_empty_file_is_called_empty() -> None:
    with pytest.raises(ResolutionParseError, match=r"^empty\.docx: empty file"):
        parse_docx(b"", path="empty.docx")


def test_each_clause_names_who_made_the_tracked_changes_in_its_words() -> None:
    # A negotiator reading a draft passed between delegations asks whose change each
    # provision carries ("OP1 softened: China"), not only how many changes each made.
    doc, ops = new_draft()
    doc.paragraph(
        "Strongly ",
        deleted("condemns", author="China"),
        inserted("deplores", author="China"),
        " the launches ",
        inserted("of 5 July 2006", author="Japan"),
        ".",
        num=ops,
    )
    doc.paragraph("Demands that the country ", deleted("immediately ", author="China"),
                  "suspend its programme.", num=ops)  # fmt: skip
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    data = doc.to_bytes()
    for version in ("accepted", "original"):
        draft = read(data, version)
        by = {c.ref: c.tracked_by for c in draft.operative}
        assert by == {"OP1": ("China", "Japan"), "OP2": ("China",), "OP3": ()}, version
    # A change in a sub-paragraph is the sub-paragraph's, not its parent's.
    listed, ops = new_draft()
    listed.paragraph("Decides that all States shall:", num=ops)
    listed.paragraph("prevent the supply of arms ", inserted("and ammunition", author="France"),
                     ";", num=ops, level=1)  # fmt: skip
    listed.paragraph("freeze the assets;", num=ops, level=1)
    (decides,) = read(listed.to_bytes()).operative
    assert decides.tracked_by == ()
    assert [c.tracked_by for c in decides.children] == [("France",), ()]


def test_a_paragraph_deleted_or_moved_away_whole_credits_no_one_after_it() -> None:
    # A paragraph China deleted whole, mark and all, joins the next one in the accepted
    # version: that untouched paragraph was "tracked by China" (formats review, 3
    # December); so was the one after a paragraph moved away.
    doc, ops = new_draft()
    doc.paragraph("Condemns the launches;", num=ops)
    doc.paragraph(deleted("Decides that all States shall freeze the funds;", author="China"),
                  num=ops, mark="del")  # fmt: skip
    doc.paragraph("Urges the country to return to the talks;", num=ops)
    doc.paragraph(moved_from("Supports the six-party talks;"), num=ops, mark="moveFrom")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc.to_bytes(), "accepted")
    by = {c.text[:12]: c.tracked_by for c in draft.operative}
    assert by == {"Condemns the": (), "Urges the co": (), "Decides to r": ()}, by
    original = read(doc.to_bytes(), "original")
    assert [c.tracked_by for c in original.operative][1] == ("China",)


def test_every_report_names_who_made_the_tracked_changes_of_each_change() -> None:
    # "OP1 (softened; tracked changes by China and Japan)": the key changes and each
    # change's heading, in text, Markdown, HTML and the colour terminal; the JSON keeps
    # the authors per clause (resdiff.comparison/7), and a document of version 6 reads.
    import io
    import json

    from rich.console import Console

    from resdiff.model import Comparison
    from resdiff.render import render, render_text
    from resdiff.render.terminal import print_comparison

    doc, ops = new_draft()
    doc.paragraph(
        "Strongly ",
        deleted("condemns", author="China"),
        inserted("deplores", author="China"),
        " the launches ",
        inserted("of 5 July 2006", author="Japan"),
        ".",
        num=ops,
    )
    doc.paragraph("Demands that the country ", deleted("immediately ", author="China"),
                  "suspend its programme.", num=ops)  # fmt: skip
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    data = doc.to_bytes()
    cmp = resdiff.compare(read(data, "original"), read(data))
    text = render_text(cmp)
    assert "1. OP1 (softened; tracked changes by China and Japan): censure softened" in text
    assert "OP1  ·  softened · tracked changes by China and Japan" in text
    assert "OP2  ·  softened · tracked changes by China" in text
    assert "OP3  unchanged" in text
    assert "### OP1 · softened · tracked changes by China and Japan" in render(cmp, "md")
    assert '<span class="note">tracked changes by China</span>' in render(cmp, "html")
    out = io.StringIO()
    print_comparison(cmp, Console(file=out, width=100, color_system=None))
    assert "OP2  softened  · tracked changes by China" in out.getvalue()
    payload = json.loads(render(cmp, "json"))
    assert payload["schema"] == "resdiff.comparison/10"
    by = {c["ref"]: c["tracked_by"] for c in payload["new"]["clauses"]}
    assert by["OP1"] == ["China", "Japan"] and by["OP3"] == []
    # Version 6 kept no authors: it reads, and its reports name none.
    payload["schema"] = "resdiff.comparison/6"
    for side in ("old", "new"):
        for clause in payload[side]["clauses"]:
            del clause["tracked_by"]
    old = Comparison.model_validate(payload)
    assert "tracked changes by" not in render_text(old)
    # Drafts from any other format name no one.
    plain = resdiff.compare(read(data, "original").operative[0].text, read(data).operative[0].text)
    assert "tracked changes by" not in render_text(plain)


def test_tracked_authors_are_credited_where_their_words_are() -> None:
    # A reviewer's cases: the masthead's change credited to paragraph 1, a paragraph
    # joined to the next by a deleted mark or a table row losing a part's authors, a
    # text box's change credited to the paragraph it is anchored in, a key change found in
    # OP1(b) credited with OP1(a)'s author too, two files from different hands named as
    # one, a Markdown heading with the author's name unescaped.
    from resdiff.render import render, render_text

    def by(draft: resdiff.Draft) -> dict[str, tuple[str, ...]]:
        return {c.ref: c.tracked_by for c in draft.walk()}

    masthead, ops = new_draft()
    masthead.header("S/2024/1", "Security Council", "Sponsors: France")
    masthead.paragraph("Decides that all States shall freeze the assets;", num=ops)
    parts = masthead.parts()
    parts["word/header1.xml"] = parts["word/header1.xml"].replace(
        "Sponsors: France</w:t></w:r>",
        'Sponsors: France</w:t></w:r><w:ins w:id="99" w:author="Japan" '
        'w:date="2024-01-01T00:00:00Z"><w:r><w:t> and Japan</w:t></w:r></w:ins>',
    )
    assert set(by(read(package(parts))).values()) == {()}

    joined, ops = new_draft()
    joined.paragraph("Condemns the launches", num=ops, mark="del")
    joined.paragraph(" and ", inserted("strongly ", author="France"), "deplores the tests.",
                     num=ops)  # fmt: skip
    assert by(read(joined.to_bytes()))["OP1"] == ("France",)

    table, ops = new_draft()
    table.paragraph("Decides to designate the following individuals:", num=ops)
    row = (
        "<w:tr><w:tc><w:p><w:r><w:t>John Doe</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
        '<w:t>Commander, </w:t></w:r><w:ins w:id="90" w:author="Russia" '
        'w:date="2024-01-01T00:00:00Z"><w:r><w:t>listed 2006</w:t></w:r></w:ins></w:p>'
        "</w:tc></w:tr>"
    )
    table.raw(f"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row}</w:tbl>")
    assert by(read(table.to_bytes()))["OP1(1)"] == ("Russia",)

    boxed, ops = new_draft()
    ns = (
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    )
    box = (
        f"<w:r><w:drawing><wp:anchor {ns}><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        '<w:txbxContent><w:p><w:r><w:t>Boxed note: </w:t></w:r><w:ins w:id="80" '
        'w:author="Box Author" w:date="2024-01-01T00:00:00Z"><w:r><w:t>revised</w:t></w:r>'
        "</w:ins></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r>"
    )
    p = boxed.paragraph_xml("Demands that the country ", deleted("immediately ", author="China"),
                            "suspend its programme.", num=ops)  # fmt: skip
    boxed.raw(p.replace("</w:p>", box + "</w:p>"))
    assert by(read(boxed.to_bytes()))["OP1"] == ("China",)

    # France's change to OP1(a) is a neutral cross-reference ("arms and ammunition" would
    # widen the embargo's reach, a change of its own: see below).
    def listed_draft(insertion: str) -> bytes:
        listed, ops = new_draft()
        listed.paragraph("Decides that all States shall:", num=ops)
        listed.paragraph("prevent the supply of arms ", inserted(insertion, author="France"),
                         ";", num=ops, level=1)  # fmt: skip
        listed.paragraph(deleted("immediately ", author="China"), "freeze the assets;", num=ops,
                         level=1)  # fmt: skip
        return listed.to_bytes()

    data = listed_draft("(see annex I)")
    text = render_text(resdiff.compare(read(data, "original"), read(data)))
    assert "1. OP1 (softened; tracked changes by China): emphasis removed" in text
    assert "OP1(a)  ·  reworded · tracked changes by France" in text
    assert "OP1(b)  ·  softened · tracked changes by China" in text
    # Both sub-paragraphs changed in opposite ways: the key change is both authors'.
    data = listed_draft("and ammunition")
    text = render_text(resdiff.compare(read(data, "original"), read(data)))
    assert "1. OP1 (mixed; tracked changes by France and China): reach widened" in text
    assert "OP1(a)  ·  strengthened · tracked changes by France" in text

    first, ops = new_draft()
    first.paragraph("Demands that the country suspend ", inserted("forthwith ", author="UK"),
                    "its programme.", num=ops)  # fmt: skip
    second, ops = new_draft()
    second.paragraph("Demands that the country ", deleted("immediately ", author="China"),
                     "suspend its programme.", num=ops)  # fmt: skip
    two = render_text(resdiff.compare(read(second.to_bytes()), read(first.to_bytes())))
    assert "tracked changes: old draft China; new draft UK" in two
    plain = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        "1. Demands that the country suspend its programme.\n"
    )
    against_text = render_text(resdiff.compare(read(first.to_bytes()), plain))
    assert "the old draft's tracked changes by UK" in against_text

    many, ops = new_draft()
    many.paragraph(*[inserted(f"w{k} ", author=f"*A{k}* <b>") for k in range(10)],
                   "Decides to act.", num=ops)  # fmt: skip
    data = many.to_bytes()
    md = render(resdiff.compare(read(data, "original"), read(data)), "md")
    assert "tracked changes by \\*A0\\* \\<b\\>" in md and "*A0*" not in md
    assert "and 2 more" in md


def test_a_tracked_change_of_level_is_named_with_its_author() -> None:
    # A new user's trial (4 December 2026): a sub-paragraph promoted by a tracked
    # formatting change (w:pPrChange) was read as changed with no word of it, and the
    # comparison of the file's two versions showed the split without its author.
    doc, ops = new_draft()
    doc.paragraph("Decides that all States shall:", num=ops)
    doc.paragraph("freeze the assets;", num=ops, level=1, was=Props(num=ops, level=0))
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    accepted = read(doc)
    layout = [w for w in accepted.warnings if w.code == "docx-tracked-layout"]
    assert len(layout) == 1
    assert "list level, numbering or style of 1 paragraph" in layout[0].message
    assert "--version original" in layout[0].message
    original = read(doc, "original")
    assert "read as they were" in next(
        w.message for w in original.warnings if w.code == "docx-tracked-layout"
    )
    cmp = resdiff.compare(original, accepted)
    moved = [c for c in cmp.changes for x in c.walk() if x.kind != "unchanged"]
    assert moved, [c.kind for c in cmp.changes]


def test_a_tracked_change_of_spacing_alone_is_not_named() -> None:
    doc, ops = new_draft()
    doc.paragraph("Decides that all States shall freeze the assets;", num=ops, was=Props(num=ops))
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    assert not any(w.code == "docx-tracked-layout" for w in read(doc).warnings)


def test_a_stray_number_under_a_colon_leaves_the_typed_list_to_the_paragraph_above() -> None:
    """An empty number (Enter pressed on a numbered line) between "Condemns ...:" and
    its typed "(a)": the colon says the list is paragraph 1's, so the number is a stray
    one (skipped, warned), not paragraph 2 with paragraph 1's list (review formats23)."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians:", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("(a) in the camps;")
    doc.paragraph("(b) in the towns;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()][1:] == ["OP1", "OP1(a)", "OP1(b)", "OP3"]
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}


def test_a_stray_number_above_a_typed_ninth_letter_is_still_skipped() -> None:
    """A typed "(i)" after "(h)" is the ninth letter, not a roman first label: the empty
    number above it is a stray one (review formats23)."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians, in particular;", num=ops)
    for letter in "abcdefgh":
        doc.paragraph(f"({letter}) in place {letter};")
    doc.paragraph(num=ops)
    doc.paragraph("(i) in place i;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    refs = [c.ref for c in draft.walk()][1:]
    assert refs[-2:] == ["OP1(i)", "OP3"], refs
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}


def test_a_stray_number_under_an_unfinished_sentence_is_still_skipped() -> None:
    """An intro such as "Calls upon the parties to" ends with a word, as 39 of the
    corpus' intros of a list do: an empty number under it, above "(a)", is a stray one
    too (review formats23)."""
    doc, ops = new_draft()
    doc.paragraph("Calls upon the parties to", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("(a) cease hostilities;")
    doc.paragraph("(b) release detainees;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()][1:] == ["OP1", "OP1(a)", "OP1(b)", "OP3"]


_LIST_UNDER_A_LIST = [
    ("Condemns all attacks against civilians;", True),
    ("", True),
    ("{0} The Mission shall protect civilians;", False),
    ("{1} The Mission shall report every three months;", False),
    ("Decides to remain seized of the matter.", True),
]


def _list_under_a_list(first: str, second: str) -> tuple[Draft, Draft]:
    """The same paragraphs as a Word file (automatic numbers, typed sub-labels) and as
    the plain text Word prints of it."""
    doc, ops = new_draft()
    printed = ["The Security Council,", "Recalling its previous resolutions,"]
    number = 0
    for text, numbered in _LIST_UNDER_A_LIST:
        text = text.format(first, second)
        if text:
            doc.paragraph(text, num=ops if numbered else None)
        else:
            doc.paragraph(num=ops)
        number += numbered
        printed.append(f"{number}. {text}".rstrip() if numbered else text)
    plain = load("\n\n".join(printed).encode() + b"\n", path="printed.txt")
    return read(doc), plain


@pytest.mark.parametrize(("first", "second"), [("A.", "B."), ("I.", "II.")])
def test_a_number_alone_above_a_typed_list_of_another_kind_is_kept(first: str, second: str) -> None:
    """An automatic "2." left empty above typed "A. ...", "B. ..." (a list under a list
    of another kind): Word shows "2." with them under it, and the Word file reads as its
    printed text does (before formats24 the number was skipped as a stray one and the
    typed list ran into paragraph 1, with the "empty numbered" and "numbering gap"
    warnings)."""
    word, plain = _list_under_a_list(first, second)
    assert [(c.ref, c.text) for c in word.walk()] == [(c.ref, c.text) for c in plain.walk()]
    assert word.operative[1].ref == "OP2" and word.operative[1].text.startswith(first)
    assert not {"docx-empty-numbered", "numbering-gap"} & {w.code for w in word.warnings}


def test_a_stray_number_above_a_typed_list_of_its_own_kind_is_still_skipped() -> None:
    """A typed "1." under an empty "2." is the same kind of list begun again, not a list
    under it: the number stays a stray one (skipped, warned)."""
    word, _ = _list_under_a_list("1.", "2.")
    assert "docx-empty-numbered" in {w.code for w in word.warnings}


def test_a_stray_number_above_a_typed_heading_is_still_skipped() -> None:
    """A typed heading "A. Mandate of the Mission" (ending with a word, not as a list's
    item) under an empty number: the number is a stray one and the heading a heading, as
    before formats24 (review of the branch's first rule)."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("A. Mandate of the Mission")
    doc.paragraph("Decides to extend the mandate of the Mission;", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()][1:] == ["OP1", "OP3"]
    assert [h.text for h in draft.headings] == ["A. Mandate of the Mission"]
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}


def test_a_stray_number_under_a_colon_leaves_a_typed_capital_list_above() -> None:
    """An empty number under "Decides:" above a typed "A.": the colon says the list is
    paragraph 1's, as for "(a)" (review formats23)."""
    doc, ops = new_draft()
    doc.paragraph("Decides:", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("A. The Mission shall protect civilians;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = read(doc)
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}
    assert draft.operative[0].text.startswith("Decides:")


def test_a_stray_number_above_a_typed_heading_ending_with_a_colon_is_still_skipped() -> None:
    """A typed heading may end with a colon ("A. Rule of law:": 8 of the AKN corpus's 207
    subheadings do, "Rule of law:", "Reporting:"), and no list's item of the corpus is
    typed "A.": under an empty number it stays a heading, the number a stray one, as
    before formats24 (review of formats24)."""
    doc, ops = new_draft()
    doc.paragraph("Condemns all attacks against civilians;", num=ops)
    doc.paragraph(num=ops)
    doc.paragraph("A. Rule of law:")
    doc.paragraph("Decides to extend the mandate of the Mission;", num=ops)
    draft = read(doc)
    assert [c.ref for c in draft.walk()][1:] == ["OP1", "OP3"]
    assert [h.text for h in draft.headings] == ["A. Rule of law:"]
    assert "docx-empty-numbered" in {w.code for w in draft.warnings}
