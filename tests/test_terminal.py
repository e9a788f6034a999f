"""The terminal report: a colour redline and summary drawn with rich, and ``import
resdiff`` staying free of rich."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import resdiff
from resdiff.model import Comparison
from resdiff.redline import redline

pytest.importorskip("rich", reason="rich is not installed: pip install 'resdiff[terminal]'")

from rich.console import Console
from rich.style import Style
from rich.text import Text

from resdiff.render.terminal import (
    DELETE_STYLE,
    INSERT_STYLE,
    comparison_renderable,
    print_comparison,
    redline_text,
    summary_table,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
_SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(scope="module")
def cmp() -> Comparison:
    return resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt")


def _console(width: int = 100, **options: Any) -> Console:
    """A recording console that writes its ANSI output to a string, not to stdout."""
    return Console(
        file=io.StringIO(),
        record=True,
        force_terminal=True,
        width=width,
        color_system="truecolor",
        **options,
    )


def _ansi(console: Console) -> str:
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


def _styled_words(ansi: str) -> dict[str, set[str]]:
    """Each run of text in an ANSI string with the SGR codes in force over it."""
    out: dict[str, set[str]] = {}
    codes: set[str] = set()
    pos = 0
    for m in _SGR.finditer(ansi + "\x1b[0m"):
        chunk = ansi[pos : m.start()]
        if chunk.strip():
            out.setdefault(chunk.strip(), set()).update(codes)
        params = m.group(1)
        codes = set() if params in ("", "0") else set(params.split(";"))
        pos = m.end()
    return out


def _spans(text: Text) -> list[tuple[str, str]]:
    return [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]


def test_redline_text_styles_deletions_and_insertions() -> None:
    text = redline_text(redline("Condemns the launches", "Strongly deplores the launches"))
    assert text.plain == "Condemns Strongly deplores the launches"
    assert _spans(text) == [("Condemns", DELETE_STYLE), ("Strongly deplores", INSERT_STYLE)]
    assert Style.parse(DELETE_STYLE).strike and Style.parse(INSERT_STYLE).underline


def test_print_comparison_colours_and_text(cmp: Comparison) -> None:
    console = _console()
    print_comparison(cmp, console)
    ansi = _ansi(console)
    plain = console.export_text()
    assert "\x1b[" in ansi
    for phrase in (
        "japan-draft.txt → S/RES/1695 (2006)",
        "Net direction",
        "softer. On balance the new draft is softer than the old one.",
        "3 added, 1 dropped, 5 softened, 1 reworded, 12 unchanged; 1 moved",
        "Chapter VII",
        "asset freeze (OP6): dropped (was mandatory)",
        "OP4 → OP3  softened",
        "▼ operative verb weakened: decides → requires",
        "OP3 → OP6  unchanged  moved",
        "PP12 → PP13  softened  · largely rewritten (29% similar)",
    ):
        assert phrase in plain, phrase
    words = _styled_words(ansi)
    # 9 strike, 4 underline, 31 red, 32 green (truecolor keeps standard colours as such).
    assert {"9", "31"} <= words["Decides that"]
    assert {"4", "32"} <= words["Requires"]
    assert "9" not in words["Requires"] and "4" not in words["Decides that"]
    chapter = [line for line in plain.splitlines() if line.strip().startswith("Chapter VII ")]
    assert chapter and chapter[0].split()[-1] == "dropped"
    # Sub-paragraphs are indented under their paragraph.
    dropped_b = next(line for line in plain.splitlines() if "OP4(b)" in line)
    assert dropped_b.startswith(" " * 4 + "old OP4(b)")
    dropped_ii = next(line for line in plain.splitlines() if "OP4(a)(ii)" in line)
    assert dropped_ii.startswith(" " * 8 + "old OP4(a)(ii)")
    assert max(len(line) for line in plain.splitlines()) <= 100


def test_only_changes_and_quiet_lines(cmp: Comparison) -> None:
    full, short = _console(), _console()
    print_comparison(cmp, full)
    print_comparison(cmp, short, only_changes=True)
    full_text, short_text = full.export_text(), short.export_text()
    assert "PP2  unchanged  Bearing in mind" in full_text
    assert "PP2" not in short_text
    assert "OP3 → OP6  unchanged  moved" in short_text  # a move is a change
    # A quiet line is cut to the width with an ellipsis, never wrapped.
    pp2 = next(line for line in full_text.splitlines() if line.startswith("PP2 "))
    assert pp2.rstrip().endswith("…")


def test_no_colour_keeps_strike_and_underline(cmp: Comparison) -> None:
    console = _console(no_color=True)
    console.print(redline_text(cmp.change_for("OP3").redline))
    words = _styled_words(_ansi(console))
    assert "9" in words["Decides that"] and "4" in words["Requires"]
    assert not any(code in {"31", "32"} for codes in words.values() for code in codes)


def test_renderables_compose(cmp: Comparison) -> None:
    console = _console(80)
    console.print(summary_table(cmp))
    console.print(comparison_renderable(cmp, only_changes=True))
    text = console.export_text()
    assert text.count("Net direction") == 2
    assert max(len(line) for line in text.splitlines()) <= 80


def test_import_resdiff_does_not_import_rich() -> None:
    code = (
        "import sys, resdiff, resdiff.render; "
        "resdiff.compare('examples/dprk-2006/japan-draft.txt', "
        "'examples/dprk-2006/adopted-compromise.txt'); "
        "assert 'rich' not in sys.modules, 'rich imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=EXAMPLES.parents[1], timeout=60)
