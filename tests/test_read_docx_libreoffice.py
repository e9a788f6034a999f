"""A Word file made by another tool than ours (the thirty-third session, branch
formats23): two real texts as an OpenDocument text with LibreOffice's automatic
numbering, the change between them recorded as LibreOffice records tracked changes
(insertions, deletions, a paragraph moved, a change inside a footnote) with a comment,
saved as ``.docx`` by LibreOffice (:mod:`odt_tracked`). Both versions are read
provision for provision as the plain text of each reads, each version's footnote with
its own words, and the two compared give the plain-text pair's verdicts.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS
from odt_tracked import Unit, moved, noted, plain_text, to_docx, tracked_odt, units

import resdiff
from resdiff.read import load

AKN = CORPUS / "akn"
#: A pair of the PDF layouts' harness (benchmarks/pdf_layouts.py): its change holds
#: insertions, deletions, paragraphs added and dropped and sub-paragraphs.
PAIR = ("S_RES_2507_2020", "S_RES_2536_2020")
NOTE = ("See S/2019/608.", "See S/2019/608 and S/2020/45, annex.")


def _units(name: str) -> list[Unit]:
    from pdf_fixtures import document_from_akn

    doc = document_from_akn(AKN / f"{name}.xml")
    return units(doc.blocks, doc.title)


def _verdicts(comparison: resdiff.Comparison) -> dict[tuple[tuple[str, ...], tuple[str, ...]], str]:
    return {(c.old, c.new): c.kind for c in comparison.changes}


@pytest.fixture(scope="module")
def made() -> tuple[bytes, str, str]:
    """The Word file LibreOffice made, and the plain text of each version."""
    if not all((AKN / f"{name}.xml").is_file() for name in PAIR):
        pytest.skip(f"the real-text corpus is not at {AKN}")
    new = _units(PAIR[1])
    old = moved(_units(PAIR[0]), new)
    assert old != _units(PAIR[0])  # a paragraph was moved
    odt = tracked_odt(old, new, note=NOTE, comment="Ruritania asks to keep the old date.")
    return to_docx(odt), plain_text(noted(old)), plain_text(noted(new))


def test_libreoffices_word_file_reads_as_each_version_reads(made: tuple[bytes, str, str]) -> None:
    docx, old_text, new_text = made
    for version, text, note in (("original", old_text, NOTE[0]), ("accepted", new_text, NOTE[1])):
        draft = load(docx, path="lo.docx", version=version)
        expected = _parse_text(text)
        assert [(c.ref, c.text) for c in draft.walk()] == [
            (c.ref, c.text) for c in expected.walk()
        ], version
        assert [(n.mark, n.text) for n in draft.footnotes] == [("1", note)]
        codes = {w.code for w in draft.warnings}
        assert {"docx-tracked-changes", "docx-comments"} <= codes


def test_libreoffices_word_file_compares_as_the_plain_texts(made: tuple[bytes, str, str]) -> None:
    docx, old_text, new_text = made
    tracked = resdiff.compare(
        load(docx, path="lo.docx", version="original"),
        load(docx, path="lo.docx", version="accepted"),
    )
    plain = resdiff.compare(_parse_text(old_text), _parse_text(new_text))
    assert _verdicts(tracked) == _verdicts(plain)
    assert tracked.summary.direction == plain.summary.direction
    # The paragraph moved (a deletion and an insertion in LibreOffice's file: ODF has no
    # move) is found a move, as between the plain texts.
    moves = [(c.old, c.new) for c in tracked.changes if c.moved and c.kind == "unchanged"]
    assert moves and moves == [
        (c.old, c.new) for c in plain.changes if c.moved and c.kind == "unchanged"
    ]


def _parse_text(text: str) -> resdiff.Draft:
    return load(text.encode("utf-8"), path="reference.txt")


def test_libreoffices_empty_number_above_typed_sub_paragraphs_is_that_paragraph() -> None:
    """An automatic "2." left empty above typed "(a) ...", "(b) ..." paragraphs, saved by
    LibreOffice: read as Word and LibreOffice show it, paragraph 2 with its
    sub-paragraphs (before formats23: (a) and (b) went to paragraph 1)."""
    paragraphs = [
        Unit("The Security Council,"),
        Unit("Recalling its resolution 1 (2000),"),
        Unit("Condemns all attacks against civilians;", 1),
        Unit("", 1),
        Unit("(a) Expresses concern at the number of children detained;"),
        Unit("(b) Calls for their release;"),
        Unit("Decides to remain seized of the matter.", 1),
    ]
    draft = load(to_docx(tracked_odt(paragraphs, paragraphs)), path="lo.docx")
    assert [(c.ref, c.text) for c in draft.walk() if c.ref.startswith("OP")] == [
        ("OP1", "Condemns all attacks against civilians;"),
        ("OP2", ""),
        ("OP2(a)", "Expresses concern at the number of children detained;"),
        ("OP2(b)", "Calls for their release;"),
        ("OP3", "Decides to remain seized of the matter."),
    ]
