"""A PDF read where the ``pdf`` extra (pypdfium2) is not installed is refused in one line
naming the file and the extra, as a Word file without lxml is: not a
``ModuleNotFoundError`` traceback from deep in the reader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import resdiff
from resdiff.cli import main
from resdiff.errors import ResolutionParseError

# The import fails before any byte is laid out: the signature is all the reader sees.
_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def no_pdfium(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None in sys.modules makes ``import`` raise ImportError, as an absent package does.
    for name in [m for m in sys.modules if m == "pypdfium2" or m.startswith("pypdfium2.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    monkeypatch.setitem(sys.modules, "pypdfium2.raw", None)


def test_parse_names_the_file_and_the_extra(no_pdfium: None, tmp_path: Path) -> None:
    path = tmp_path / "S_2022_650.pdf"
    path.write_bytes(_PDF)
    with pytest.raises(ResolutionParseError) as caught:
        resdiff.parse(path)
    said = str(caught.value)
    assert "S_2022_650.pdf" in said
    assert "pip install 'resdiff[pdf]'" in said


def test_compare_names_the_file_and_the_extra(no_pdfium: None, tmp_path: Path) -> None:
    path = tmp_path / "blue.pdf"
    path.write_bytes(_PDF)
    with pytest.raises(ResolutionParseError, match=r"blue\.pdf.*resdiff\[pdf\]"):
        resdiff.compare("1. Decides to remain seized of the matter.", path)


def test_the_command_exits_2_with_one_line(
    no_pdfium: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blue.pdf"
    path.write_bytes(_PDF)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "blue.pdf" in err and "resdiff[pdf]" in err
