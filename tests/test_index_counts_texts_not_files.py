"""``index build``, ``index add`` and ``index info`` count the texts an index holds as a
reader counts them, as the precedents report does: two files of one resolution (the
same symbol on the same date: an AKN text and a Word copy, or the scanned
``S_RES_542_1983.txt``, which holds 538 (1983)) are one text, and the file folded is
named. "holds 597 texts" was said of 597 files holding 596 texts (user23, left open).
:class:`~resdiff.corpus.model.BuildReport` keeps ``documents`` (the files, as before) and
says ``texts`` and ``folded`` beside it: a Python report, in no JSON contract."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.cli import main
from resdiff.corpus import Corpus
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def _two_files_of_one_text(tmp_path: Path) -> list[Path]:
    adopted = EXAMPLES / "adopted-compromise.txt"
    word = tmp_path / "adopted-copy.docx"
    word.write_bytes(draft_to_docx(resdiff.parse(adopted)))
    return [adopted, word]


def test_the_build_report_counts_texts_and_names_the_file_folded(tmp_path: Path) -> None:
    corpus = Corpus.build(_two_files_of_one_text(tmp_path), tmp_path / "corpus.rdx")
    report = corpus.last_build
    assert (report.documents, report.texts) == (2, 1)
    assert report.folded == ("adopted-copy.docx: the same text as adopted-compromise.txt",)


def test_build_and_info_say_texts_and_the_files_beside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "corpus.rdx"
    files = [str(p) for p in _two_files_of_one_text(tmp_path)]
    assert main(["index", "build", *files, "-o", str(index), "--scheduler", "sync"]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert "indexed 2 files;" in err
    assert (
        "holds 1 text (2 files: 1 holds a text already counted — adopted-copy.docx: "
        "the same text as adopted-compromise.txt)," in err
    ), err
    assert main(["index", "info", "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{index}: 1 text (2 files: 1 holds a text already counted")
    assert "\n1 adopted\n" in out + "\n", out  # the text once, not its two files


def test_one_file_a_text_says_nothing_of_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "corpus.rdx"
    adopted = str(EXAMPLES / "adopted-compromise.txt")
    assert main(["index", "build", adopted, "-o", str(index), "--scheduler", "sync"]) == 0
    err = capsys.readouterr().err
    assert "holds 1 text, " in err and "files:" not in err
