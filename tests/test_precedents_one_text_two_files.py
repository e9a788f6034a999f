"""Two files of one resolution in an index (the AKN text and a Word copy of it, both
indexed) are one text for precedents: its paragraphs are listed once, and agreed language
counts it once ("also S/RES/2590 (2021) PP1" came twice in a new user's first hour,
thirty-second session)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import resdiff
from resdiff.corpus import Corpus
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def test_a_text_indexed_as_two_files_is_one_precedent(tmp_path: Path) -> None:
    adopted = EXAMPLES / "adopted-compromise.txt"
    word = tmp_path / "adopted-copy.docx"
    word.write_bytes(draft_to_docx(resdiff.parse(adopted)))
    assert resdiff.parse(word).symbol == resdiff.parse(adopted).symbol == "S/RES/1695 (2006)"
    corpus = Corpus.build([adopted, word], tmp_path / "corpus.rdx")
    found = corpus.precedents(EXAMPLES / "japan-draft.txt", before=_dt.date(2007, 1, 1))

    agreed = found.paragraph("PP1")  # the same recital in the Japan-led draft
    assert agreed.status == "agreed"
    assert [(p.symbol, p.ref) for p in agreed.precedents] == [("S/RES/1695 (2006)", "PP1")]
    assert agreed.agreed_count == 1

    adapted = found.paragraph("OP1")  # "Condemns the multiple launches ... local time"
    assert adapted.status == "adapted"
    listed = [(p.symbol, p.ref) for p in adapted.precedents]
    assert listed.count(("S/RES/1695 (2006)", "OP1")) == 1, listed
