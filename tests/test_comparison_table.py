"""Word comparison tables (one row per provision, the earlier text in one column and
the proposal in another) read as the two versions they hold (table25), on made-up
tables written with python-docx."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest

import resdiff
from resdiff.errors import ResolutionParseError
from resdiff.read.docx import parse_docx

docx = pytest.importorskip("docx", reason="python-docx makes the tables (pip install python-docx)")

OLD = [
    "Recalling its previous resolutions on the situation in Eastland,",
    "1. Decides to extend the mandate of the Mission until 31 March 2025;",
    "2. Urges the parties to cooperate fully with the Mission;",
    "3. Requests the Secretary-General to report to it every 90 days;",
    "4. Decides to remain seized of the matter.",
]
NEW = [
    "Recalling all its previous resolutions on the situation in Eastland,",
    "1. Decides to extend the mandate of the Mission until 31 March 2026;",
    "2. Encourages the parties to cooperate with the Mission;",
    "",
    "3. Decides to remain seized of the matter.",
]


def _table(
    rows: list[tuple[str, ...]],
    header: tuple[str, ...] | None = ("Original text", "Proposed amendment", "Comments"),
    before: tuple[str, ...] = ("The Security Council,",),
) -> Any:
    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    width = len(header) if header else len(rows[0])
    table = document.add_table(rows=0, cols=width)
    if header:
        for cell, text in zip(table.add_row().cells, header, strict=True):
            cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return document, table


def _bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _texts(draft: resdiff.Draft) -> list[tuple[str, str]]:
    return [(c.ref, c.text) for c in draft.walk()]


def _kinds(old: resdiff.Draft, new: resdiff.Draft) -> dict[str, str]:
    comparison = resdiff.compare(old, new)
    return {"/".join(c.old + c.new): c.kind for c in comparison.changes}


def test_a_header_naming_versions_reads_each_column_as_a_draft_and_comments_as_notes() -> None:
    comments = ["Proposed by A", "", "Softened at B's request", "", ""]
    document, _ = _table(list(zip(OLD, NEW, comments, strict=True)))
    old, new = resdiff.read_comparison_table(_bytes(document))
    assert [t for _, t in _texts(old)] == [t.split(". ", 1)[-1] for t in OLD]
    assert _texts(new) == [
        ("PP1", NEW[0]),
        ("OP1", NEW[1][3:]),
        ("OP2", NEW[2][3:]),
        ("OP3", NEW[4][3:]),
    ]
    # The comments are no version's text; each is a note of the later version.
    for draft in (old, new):
        assert not any("Proposed by" in c.text or "request" in c.text for c in draft.walk())
    notes = [w.message for w in new.warnings if w.code == "docx-table-note"]
    assert any("Proposed by A" in n and "'Comments'" in n for n in notes)
    assert any("Softened at B's request" in n for n in notes)
    kinds = _kinds(old, new)
    assert kinds["OP2/OP2"] == "softened"
    assert kinds["OP3"] == "dropped"


def test_the_same_table_without_a_header_is_found_by_its_rows_pairing_provisions() -> None:
    document, _ = _table(list(zip(OLD, NEW, strict=True)), header=None)
    read = resdiff.comparison_table(_bytes(document))
    assert (read.old_column, read.new_column) == (1, 2)
    assert [c.role for c in read.columns] == ["old", "new"]
    assert [t for _, t in _texts(read.new)][2] == NEW[2][3:]


def test_an_ordinary_table_is_no_comparison_table() -> None:
    # A sanctions list after its lead-in, and a list laid out as "(a) | text".
    rows = [
        ("QDi.001", "Name: John Doe", "Title: Commander", "Listed on: 1 May 2020"),
        ("QDi.002", "Name: Richard Roe", "Title: Financier", "Listed on: 2 May 2020"),
        ("QDi.003", "Name: Jane Poe", "Title: Recruiter", "Listed on: 3 May 2020"),
    ]
    document, _ = _table(
        rows,
        header=("Ref", "Name", "Title", "Date"),
        before=("The Security Council,", "1. Decides that the following persons are listed:"),
    )
    data = _bytes(document)
    with pytest.raises(ResolutionParseError, match="not a comparison table"):
        resdiff.read_comparison_table(data)
    assert not any(w.code == "docx-comparison-table" for w in parse_docx(data).warnings)
    listed = [
        ("(a)", "the supply of arms and related materiel of all types to the parties;"),
        ("(b)", "the provision of technical assistance related to military activities;"),
        ("(c)", "the provision of financing for the supply of arms to the parties;"),
    ]
    document, _ = _table(listed, header=None)
    with pytest.raises(ResolutionParseError, match="not a comparison table"):
        resdiff.read_comparison_table(_bytes(document))


def test_read_as_one_draft_a_comparison_table_says_what_it_is() -> None:
    document, _ = _table(list(zip(OLD, NEW, ["", "", "", "", ""], strict=True)))
    warning = next(w for w in parse_docx(_bytes(document)).warnings)
    assert warning.code == "docx-comparison-table"
    assert "'Original text'" in warning.message and "resdiff compare" in warning.message


def test_a_merged_cell_is_both_versions_and_markers_stand_for_no_text() -> None:
    document, table = _table(
        [
            (OLD[0], "", ""),
            (OLD[1], "[…]", ""),
            (OLD[2], NEW[2], ""),
            (OLD[3], "Deleted", ""),
        ]
    )
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[1])
    merged.text = OLD[0]
    old, new = resdiff.read_comparison_table(_bytes(document))
    assert _texts(new) == [("PP1", OLD[0]), ("OP1", OLD[1][3:]), ("OP2", NEW[2][3:])]
    assert _texts(old)[3] == ("OP3", OLD[3][3:])
    notes = [w.message for w in new.warnings if w.code == "docx-table-note"]
    assert any("'Deleted'" in n and "not in this version" in n for n in notes)
    assert any("'[…]'" in n and "as in the other version" in n for n in notes)
    kinds = _kinds(old, new)
    assert kinds["PP1/PP1"] == kinds["OP1/OP1"] == "unchanged"


def test_a_row_broken_across_a_page_and_a_table_broken_in_two_read_as_one() -> None:
    long = "2. Urges the parties to cooperate fully with the Mission and to"
    rest = "grant it freedom of movement throughout the area of operations;"
    document, _ = _table(
        [(OLD[0], NEW[0], ""), (OLD[1], NEW[1], ""), (long, long, ""), (rest, rest, "")]
    )
    document.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    second = document.add_table(rows=0, cols=3)
    for cell, text in zip(
        second.add_row().cells, ("Original text", "Proposed amendment", "Comments"), strict=True
    ):
        cell.text = text
    for cell, text in zip(second.add_row().cells, (OLD[4], NEW[4], ""), strict=True):
        cell.text = text
    read = resdiff.comparison_table(_bytes(document))
    assert read.tables == 2
    whole = f"{long[3:]} {rest}"
    assert _texts(read.old)[2] == ("OP2", whole)
    assert _texts(read.new)[2] == ("OP2", whole)
    assert _texts(read.new)[3] == ("OP3", NEW[4][3:])
    assert not any("Original text" in c.text for c in read.old.walk())


def test_a_column_of_paragraph_numbers_numbers_the_provisions() -> None:
    rows = [
        ("PP1", OLD[0], NEW[0]),
        ("OP 1", OLD[1][3:], NEW[1][3:]),
        ("OP 2", OLD[2][3:], NEW[2][3:]),
    ]
    document, _ = _table(rows, header=("Para", "Zero draft", "Rev.1"))
    read = resdiff.comparison_table(_bytes(document))
    assert [c.role for c in read.columns] == ["label", "old", "new"]
    assert _texts(read.new) == [("PP1", NEW[0]), ("OP1", NEW[1][3:]), ("OP2", NEW[2][3:])]


def test_tracked_changes_inside_a_cell_are_accepted_or_rejected() -> None:
    from docx.oxml import parse_xml

    document, table = _table([(OLD[1], NEW[1], ""), (OLD[2], NEW[2], ""), (OLD[4], NEW[4], "")])
    cell = table.rows[2].cells[1]
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    cell.paragraphs[0]._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{w}" w:id="9" w:author="B" w:date="2024-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve"> in full</w:t></w:r></w:ins>'
        )
    )
    data = _bytes(document)
    accepted = resdiff.comparison_table(data).new
    original = resdiff.comparison_table(data, version="original").new
    assert accepted.operative[1].text.endswith("Mission; in full")
    assert original.operative[1].text.endswith("Mission;")


def test_columns_are_chosen_by_number_or_header_and_a_wrong_one_is_named() -> None:
    document, _ = _table(
        list(zip(OLD, NEW, NEW, strict=True)), header=("Zero draft", "Rev.1", "Rev.2")
    )
    data = _bytes(document)
    read = resdiff.comparison_table(data)
    assert (read.old_column, read.new_column) == (1, 3)
    assert [c.role for c in read.columns] == ["old", "version", "new"]
    by_name = resdiff.comparison_table(data, columns=("Rev.1", "Rev.2"))
    assert (by_name.old_column, by_name.new_column) == (2, 3)
    assert all(c.kind == "unchanged" for c in resdiff.compare(by_name.old, by_name.new).changes)
    document, _ = _table(list(zip(NEW, OLD, strict=True)), header=("Proposed text", "Current text"))
    right_to_left = resdiff.comparison_table(_bytes(document))
    assert (right_to_left.old_column, right_to_left.new_column) == (2, 1)
    assert right_to_left.old.operative[1].text == OLD[2][3:]
    with pytest.raises(ResolutionParseError, match=r"no column headed 'Rev\.3'"):
        resdiff.comparison_table(data, columns=("Rev.1", "Rev.3"))
    with pytest.raises(ResolutionParseError, match="no column 5"):
        resdiff.comparison_table(data, columns=("1", "5"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "resdiff", *args], capture_output=True, text=True, timeout=120
    )


def test_compare_with_one_comparison_table(tmp_path: Any) -> None:
    document, _ = _table(list(zip(OLD, NEW, ["", "By A", "", "", ""], strict=True)))
    path = tmp_path / "table.docx"
    path.write_bytes(_bytes(document))
    done = _cli("compare", str(path), "--changes-only")
    assert done.returncode == 0, done.stderr
    assert "(column 1: Original text)" in done.stdout
    assert "urges → encourages" in done.stdout
    assert "By A" in done.stderr and "By A" not in done.stdout.split("Changes\n")[-1]
    listed = _cli("compare", str(path), "--column-names")
    assert listed.stdout.splitlines() == [
        "1  Original text  —  compared: the earlier version",
        "2  Proposed amendment  —  compared: the later version",
        "3  Comments  —  comments, kept as notes",
    ]
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    for line in ("The Security Council,", *OLD):
        document.add_paragraph(line)
    plain.write_bytes(_bytes(document))
    refused = _cli("compare", str(plain), "--columns", "1,2")
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"resdiff: error: {plain}: not a comparison table: the document holds no table"
    ]
    untracked = _cli("compare", str(plain))
    assert untracked.returncode == 2
    assert "no tracked changes and is not a comparison table" in untracked.stderr


def test_the_rest_of_a_table_broken_at_a_page_without_its_header_is_read_on() -> None:
    # The second part has one row and no header: not a comparison table on its own,
    # it goes on from the one before (as wide, nothing between but the page break).
    document, _ = _table([(OLD[k], NEW[k], "") for k in range(3)])
    document.add_paragraph().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    rest = document.add_table(rows=0, cols=3)
    for cell, text in zip(rest.add_row().cells, (OLD[4], NEW[4], "By C"), strict=True):
        cell.text = text
    document.add_paragraph("Annex")
    document.add_paragraph("The following entities are listed:")
    annex = document.add_table(rows=0, cols=3)
    for cell, text in zip(
        annex.add_row().cells, ("EEi.001", "Eastland Trading", "2020"), strict=True
    ):
        cell.text = text
    read = resdiff.comparison_table(_bytes(document))
    assert read.tables == 2
    assert [c.ref for c in read.new.walk()][-1] == "OP3"
    assert read.new.operative[-1].text == NEW[4][3:]
    assert read.old.operative[-1].text == OLD[4][3:]
    assert any("By C" in w.message for w in read.new.warnings)
    # The annex's table after text is the annex's, in both versions.
    for draft in (read.old, read.new):
        assert "Eastland Trading" in draft.model_dump_json()


def test_the_words_naming_the_columns_are_data_a_user_extends() -> None:
    from resdiff.read.docx import TableTerms

    rows = [(OLD[0], NEW[0]), (OLD[1], NEW[1])]
    document, _ = _table(rows, header=("Texte actuel", "Texte proposé"))
    data = _bytes(document)
    # Two rows pair too few provisions to be found without a header it knows.
    with pytest.raises(ResolutionParseError, match="no header names versions"):
        resdiff.comparison_table(data)
    terms = TableTerms.default().with_terms(old=("texte actuel",), new=("texte proposé",))
    read = resdiff.comparison_table(data, terms=terms)
    assert [c.header for c in read.columns] == ["Texte actuel", "Texte proposé"]
    assert read.new.preamble[0].text == NEW[0]


def test_one_text_in_two_languages_is_no_comparison_table() -> None:
    french = [
        "Rappelant ses résolutions antérieures sur la situation dans le pays,",
        "1. Décide de proroger le mandat de la Mission jusqu'au 31 mars 2025;",
        "2. Exhorte les parties à coopérer pleinement avec la Mission;",
        "3. Prie le Secrétaire général de lui faire rapport tous les 90 jours;",
        "4. Décide de rester saisi de la question.",
    ]
    document, _ = _table(list(zip(OLD, french, strict=True)), header=None)
    with pytest.raises(ResolutionParseError, match=r"two languages \(en, fr\)"):
        resdiff.read_comparison_table(_bytes(document))


def test_a_resdiff_report_is_read_by_its_tracked_changes_not_its_tables() -> None:
    # A report's own tables (the summary, the changes) are no comparison table, even
    # with a header naming versions.
    from resdiff.read.docx.package import _Package
    from resdiff.read.docx.versions import detect
    from resdiff.render import render_docx

    old = resdiff.parse("The Security Council,\n\n" + "\n\n".join(OLD))
    new = resdiff.parse("The Security Council,\n\n" + "\n\n".join(t for t in NEW if t))
    data = render_docx(resdiff.compare(old, new))
    package = _Package(data, "report.docx", resdiff.Limits())
    root = package.xml(package.main)
    sdt = root.find(".//{*}sdtContent")
    assert sdt is not None
    # A table naming versions put into the report's own matter.
    document, _ = _table(list(zip(OLD, NEW, ["", "", "", "", ""], strict=True)))
    sdt.append(document.tables[0]._tbl)
    assert detect(package, "accepted", root) == []


def test_a_title_row_merged_across_the_table_stands_above_the_header() -> None:
    document, table = _table(
        [
            ("Comparison of the zero draft and Rev.1", "", ""),
            ("Zero draft", "Rev.1", "Comments"),
            *zip(OLD, NEW, ["", "", "", "", ""], strict=True),
        ],
        header=None,
    )
    title = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    title.text = "Comparison of the zero draft and Rev.1"
    read = resdiff.comparison_table(_bytes(document))
    assert [c.header for c in read.columns] == ["Zero draft", "Rev.1", "Comments"]
    for draft in (read.old, read.new):
        assert not any(c.text in ("Zero draft", "Rev.1") for c in draft.walk())
    assert read.new.operative[1].text == NEW[2][3:]


def _not_taken(rows: list[tuple[str, ...]], header: tuple[str, ...] | None) -> None:
    document, _ = _table(
        rows,
        header=header,
        before=("The Security Council,", "1. Decides that the following measures apply:"),
    )
    data = _bytes(document)
    with pytest.raises(ResolutionParseError, match="not a comparison table"):
        resdiff.read_comparison_table(data)
    assert not any(w.code == "docx-comparison-table" for w in parse_docx(data).warnings)


def test_a_column_holding_the_words_of_its_neighbour_is_no_second_version() -> None:
    # Review: a sanctions list whose reasons open with the listed name, and an annex
    # whose duties open with the ministry's name, paired "by words" (the name's words all
    # in the longer cell: a token set ratio of 100).
    names = ["Ahmed Ali Hassan Mohammed", "Omar Yusuf Abdi Farah", "Fatima Noor Salah Din"]
    listed = [
        (n, f"{n} is a commander of the armed group responsible for attacks on civilians.")
        for n in names
    ]
    _not_taken(listed, header=None)
    ministries = ["Foreign Affairs and Cooperation", "Finance and Planning", "Interior Security"]
    duties = [
        (f"Ministry of {m}", f"The Ministry of {m} shall report to the Committee every month.")
        for m in ministries
    ]
    _not_taken(duties, header=None)


def test_a_header_naming_a_column_as_comments_keeps_it_from_being_a_version() -> None:
    # Review: "Name | Reason for listing" names no version; its second column is a
    # column of reasons (a comments word), never the later text.
    rows = [
        ("Decides to freeze the assets of", "Decides to freeze the assets of the group"),
        ("Decides to ban the travel of", "Decides to ban the travel of its leaders"),
        ("Decides to embargo the arms of", "Decides to embargo the arms of the group"),
    ]
    _not_taken(rows, header=("Measure", "Reason for listing"))


def test_a_header_of_generic_words_only_names_no_versions() -> None:
    # Review: a list of earlier resolutions, "Resolution | Text", is no comparison table
    # ("resolution" and "text" alone name no earlier and later version).
    rows = [
        ("2231 (2015)", "Endorses the Joint Comprehensive Plan of Action and urges it."),
        ("2334 (2016)", "Reaffirms that the establishment of settlements has no validity."),
        ("2417 (2018)", "Strongly condemns the use of starvation of civilians in war."),
    ]
    _not_taken(rows, header=("Resolution", "Text"))
    # A header with one specific word still names them.
    document, _ = _table(list(zip(OLD, NEW, strict=True)), header=("Resolution", "Proposed text"))
    read = resdiff.comparison_table(_bytes(document))
    assert (read.old_column, read.new_column) == (1, 2)


def test_a_file_with_tracked_changes_and_a_table_compares_the_changes_unless_asked(
    tmp_path: Any,
) -> None:
    # Review of the merge: tracked changes are the file's own revision, a table inside
    # it often an annex. `compare FILE` compares the tracked changes and says how to
    # compare the table; `--columns` compares the table and says the changes are not.
    # (Before: the table won, the tracked changes named only in a warning.)
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document, _ = _table(list(zip(OLD, NEW, strict=True)), header=None)
    paragraph = document.paragraphs[0]._p
    for tag, text_tag, text in (("w:ins", "w:t", " now"), ("w:del", "w:delText", " then")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1" if tag == "w:ins" else "2")
        change.set(qn("w:author"), "A")
        run, words = OxmlElement("w:r"), OxmlElement(text_tag)
        words.text = text
        words.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(words)
        change.append(run)
        paragraph.append(change)
    path = tmp_path / "tracked.docx"
    path.write_bytes(_bytes(document))
    done = _cli("compare", str(path))
    assert done.returncode == 0, done.stderr
    assert "compared here are the tracked changes" in done.stderr
    assert "--columns 1,2" in done.stderr
    assert "holds tracked changes too" not in done.stderr
    asked = _cli("compare", str(path), "--columns", "1,2")
    assert asked.returncode == 0, asked.stderr
    assert "holds tracked changes too" in asked.stderr


def test_a_marker_of_no_change_facing_an_empty_cell_says_no_version_holds_it() -> None:
    # Review: "[…]" beside an empty cell is read as neither version's text; its note
    # says so, not that it reads as the other version.
    rows = [*zip(OLD, NEW, strict=True), ("[…]", "")]
    document, _ = _table([(*r, "") for r in rows])
    read = resdiff.comparison_table(_bytes(document))
    said = [w.message for w in read.old.warnings if "'[…]'" in w.message]
    assert len(said) == 1
    assert "in neither version" in said[0] and "read as in the other" not in said[0]
