"""Findings of a new user's trial of the command line and the reports (4 December 2026),
each pinned with the smallest input that shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.redline import DELETE, EQUAL, INSERT
from resdiff.render._common import side_segments

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dprk-2006"


def _spelt(redline: tuple[tuple[int, str], ...], side: int) -> str:
    return "".join(text for op, text in redline if op in (EQUAL, side))


def _column(redline: tuple[tuple[int, str], ...], side: int) -> str:
    return "".join(text for _, text in side_segments(redline, side))


def test_a_space_taken_out_stays_in_the_old_column() -> None:
    redline = ((EQUAL, "(S/PRST/2015/10),"), (DELETE, " "), (EQUAL, "17 August 2015"))
    assert _column(redline, DELETE) == "(S/PRST/2015/10), 17 August 2015"
    assert _column(redline, INSERT) == "(S/PRST/2015/10),17 August 2015"
    put_in = ((EQUAL, "resolution"), (INSERT, " "), (EQUAL, "2504"))
    assert _column(put_in, INSERT) == "resolution 2504"
    assert _column(put_in, DELETE) == "resolution2504"


def _pairs() -> list[tuple[Path, Path]]:
    pairs = [
        (EXAMPLES / "japan-draft.txt", EXAMPLES / "china-russia-draft.txt"),
        (EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt"),
    ]
    akn = CORPUS / "akn"
    for old, new in (
        ("2504_2020", "2533_2020"),
        ("2609_2021", "2630_2022"),
        ("2591_2021", "2650_2221218E"),
    ):
        pairs.append((akn / f"S_RES_{old}.xml", akn / f"S_RES_{new}.xml"))
    return pairs


@needs_corpus
@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: f"{p[0].stem}-{p[1].stem}")
def test_each_column_spells_its_own_text(pair: tuple[Path, Path]) -> None:
    cmp = resdiff.compare(*pair)
    for change in cmp.changes:
        for c in change.walk():
            if any("\n" in text for _, text in c.redline):
                continue  # the parts of a split or merge, joined by a mark of their own
            assert _column(c.redline, DELETE) == _spelt(c.redline, DELETE), c.old
            assert _column(c.redline, INSERT) == _spelt(c.redline, INSERT), c.new


def test_a_struck_text_warning_names_the_sub_paragraph() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that all Member States shall prevent the transfer of:\n"
        "   a. complete rocket systems;\n"
        "   b. propellants ~~usable~~ in such systems;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="markdown")
    (warning,) = [w for w in draft.warnings if w.code == "struck-text"]
    assert " in OP1(b) (OP1(b): '~~usable~~')" in warning.message, warning.message
    assert warning.line == 7
    assert "the analysis reads them as deleted words" in warning.message
    # The words stay in the text: nothing of the draft is lost.
    assert "~~usable~~" in draft.clause("OP1(b)").text


def _flat(draft: resdiff.Draft) -> list[tuple[str, str]]:
    return [(c.ref, " ".join(c.text.split())) for c in draft.walk()]


def test_our_own_word_report_printed_to_pdf_reads_as_its_two_drafts() -> None:
    # The report's summary, key changes and the note above its tracked text were read as
    # the draft's masthead (the adopted text's symbol and date given to the Japan-led
    # draft) and the note became PP1: every preamble ref one too high.
    from pdf_fixtures import convert_files

    from resdiff.render.docx import render_docx

    old = resdiff.parse(EXAMPLES / "japan-draft.txt")
    new = resdiff.parse(EXAMPLES / "adopted-compromise.txt")
    report = render_docx(resdiff.compare(old, new))
    pdf = convert_files({"report.docx": report})["report"]
    for version, draft in (("original", old), ("accepted", new)):
        read = resdiff.parse(pdf, format="pdf", version=version)
        assert _flat(read) == _flat(draft), version
        assert read.symbol is None and read.status is None, (read.symbol, read.status)
        (warning,) = [w for w in read.warnings if w.code == "resdiff-report"]
        assert "were left out of the draft's text" in warning.message
        left_out = " ".join(r.text for r in read.furniture)
        assert "Accept all changes to read" in left_out and "Produced by resdiff" in left_out
    # A text that only quotes the note's first words is read as ever.
    text = (
        "The Security Council,\n\nAccept all changes to read the annex, as the Council "
        "requested in its resolution 1695 (2006),\n\n1. Decides to remain seized of the matter.\n"
    )
    assert not [w for w in resdiff.parse(text).warnings if w.code == "resdiff-report"]


def test_a_copied_report_without_blank_lines_keeps_its_draft() -> None:
    # The note ends with its own last words, not at a blank line the copy does not have.
    text = (
        "japan-draft.txt → S/RES/1695 (2006)\n"
        "Accept all changes to read S/RES/1695 (2006); reject all to read japan-draft.txt,\n"
        "each in its own order and numbering. A paragraph that moved is struck through\n"
        "where it stood and underlined where it stands now, with its own changes marked in\n"
        "both places.\n"
        "The Security Council,\n"
        "Recalling its resolution 825 (1993),\n"
        "1. Condemns the launches;\n"
        "2. Decides to remain seized of the matter.\n"
        "Produced by resdiff. Revisions are signed “resdiff”, 4 December 2026.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.paragraphs] == ["PP1", "OP1", "OP2"]
    assert draft.clause("OP2").text == "Decides to remain seized of the matter."
    assert [w.code for w in draft.warnings if w.code == "resdiff-report"] == ["resdiff-report"]
