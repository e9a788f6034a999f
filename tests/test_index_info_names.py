"""``resdiff index info`` names what an analyst must look at: the undated texts (which
precedents with a date limit leave out) and the symbols two files share (S_RES_542_1983.txt
of the scanned corpus holds the text of 538 (1983)), not only their counts."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from corpus_fixtures import renewal, resolution

from resdiff.cli import main


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_index_info_names_the_undated_texts_and_the_symbols_of_two_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = tmp_path / "texts"
    _write(texts, "a.txt", resolution(100, _dt.date(2020, 3, 20), *renewal(2020)))
    # The same resolution, a second file (another scan, another sha256).
    _write(texts, "a-copy.txt", resolution(100, _dt.date(2020, 3, 20), *renewal(2020)) + "\n\n")
    # A text whose date line a scan garbled ("of 14 October £964"): undated.
    pre, ops = renewal(2021)
    full = resolution(101, _dt.date(2021, 3, 20), pre, ops)
    undated = "\n".join(line for line in full.splitlines() if "20 March 2021" not in line)
    _write(texts, "b.txt", undated)
    index = tmp_path / "corpus.rdx"
    assert main(["index", "build", str(texts), "-o", str(index), "--scheduler", "sync"]) == 0
    capsys.readouterr()
    assert main(["index", "info", "--index", str(index)]) == 0
    out = capsys.readouterr().out
    assert "1 undated: S/RES/101 (2021)" in out
    assert "2 files of one symbol: S/RES/100 (2020) (a-copy.txt, a.txt)" in out or (
        "2 files of one symbol: S/RES/100 (2020) (a.txt, a-copy.txt)" in out
    )
