"""The twenty-fifth session's tidying (branch house15): the Word report's guard against a
terminal, written once for every command that writes a Word report; the paragraph
splitter cut into its steps (its outputs are checked by the reader's own tests)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import resdiff
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


def test_a_line_opening_with_a_capital_is_not_asked_for_a_label_nor_a_footnote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (Review of house15: the split asked each line's label and footnote steps, three and
    # one calls a line where the one function tested a character; a recital's or a
    # heading's capital opens neither a label nor a note.)
    from counting import count

    from resdiff.read.text import paragraphs

    labelled = count(monkeypatch, paragraphs, "_labelled")
    footnote = count(monkeypatch, paragraphs, "_footnote")
    recitals = "".join(f"Recalling its resolution {n} (2001),\n\n" for n in range(100, 150))
    draft = resdiff.parse(
        "The Security Council,\n\n" + recitals + "1. Decides to remain seized.\n",
        format="text",
        analyze=False,
    )
    assert len(draft.preamble) == 50 and len(draft.operative) == 1
    assert len(labelled.calls) == 1, len(labelled.calls)  # "1. Decides ..." alone
    assert len(footnote.calls) <= 1, len(footnote.calls)
