"""``precedents`` counts the texts it searched as a reader counts them: two files of one
resolution (the same symbol on the same date: an AKN text and a Word copy, or the scanned
``S_RES_542_1983.txt``, which holds 538 (1983)) are one text, and the report says which
files were folded and why. "124 texts searched" was said of 122 texts (the JSON's
``documents`` counted files: newuser22's trial, left for a contract decision). Version 2
of the precedents contract; a version 1 file reads with ``files`` its ``documents``."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

import resdiff
from resdiff.corpus import Corpus
from resdiff.corpus.model import Precedents
from resdiff.render.precedents import render_precedents_text
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def _found(tmp_path: Path) -> Precedents:
    adopted = EXAMPLES / "adopted-compromise.txt"
    word = tmp_path / "adopted-copy.docx"
    word.write_bytes(draft_to_docx(resdiff.parse(adopted)))
    corpus = Corpus.build([adopted, word], tmp_path / "corpus.rdx")
    return corpus.precedents(EXAMPLES / "japan-draft.txt", before=_dt.date(2007, 1, 1))


def test_two_files_of_one_text_are_one_text_searched(tmp_path: Path) -> None:
    found = _found(tmp_path)
    assert (found.documents, found.files) == (1, 2)
    assert found.folded == ("adopted-copy.docx: the same text as adopted-compromise.txt",)
    text = " ".join(render_precedents_text(found).split())
    assert text.count("1 text adopted before 1 January 2007 searched") == 1
    assert "(2 files: 1 held a text already counted, searched once — adopted-copy.docx" in text


def test_one_file_a_text_says_nothing_of_files(tmp_path: Path) -> None:
    corpus = Corpus.build([EXAMPLES / "adopted-compromise.txt"], tmp_path / "corpus.rdx")
    found = corpus.precedents(EXAMPLES / "japan-draft.txt", before=_dt.date(2007, 1, 1))
    assert (found.documents, found.files, found.folded) == (1, 1, ())
    assert "files" not in render_precedents_text(found)


def test_version_1_reads_with_its_counts_of_files(tmp_path: Path) -> None:
    data = json.loads(_found(tmp_path).model_dump_json())
    assert data["schema"] == "resdiff.precedents/3"
    data["schema"] = "resdiff.precedents/1"
    del data["files"], data["folded"], data["undated"]
    data["documents"] = 2  # version 1 counted the two files
    old = Precedents.model_validate(data)
    assert (old.documents, old.files, old.folded) == (2, 2, ())
    assert "files" not in render_precedents_text(old)
