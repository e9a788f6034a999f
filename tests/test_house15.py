"""The twenty-fifth session's tidying (branch house15): the Word report's guard against a
terminal, written once for every command that writes a Word report; the paragraph
splitter cut into its steps (its outputs are checked by the reader's own tests)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from resdiff.cli import main


class _Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command", ["compare", "precedents"])
def test_a_word_report_is_refused_on_a_terminal_by_every_command(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("The Security Council,\n\n1. Decides to remain seized.\n", encoding="utf-8")
    argv = {
        "compare": ["compare", str(draft), str(draft), "--format", "docx"],
        "precedents": [
            "precedents",
            str(draft),
            "--index",
            str(tmp_path / "none.db"),
            "--format",
            "docx",
        ],
    }[command]
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert main(argv) == 2
    assert "a docx report is binary" in capsys.readouterr().err
    # Not before the report's format is known: the index is never opened.
    assert not (tmp_path / "none.db").exists()
