"""A Word draft compared with its own tracked changes names its original as a version,
not as a file: "file S/RES/1695 (2006) (original)" named no file a user had (a new
user's first hour, thirty-second session)."""

from __future__ import annotations

from pathlib import Path

import resdiff
from resdiff.render import render_html, render_markdown, render_text
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def test_the_original_of_a_tracked_word_draft_is_named_as_a_version(tmp_path: Path) -> None:
    text = (EXAMPLES / "adopted-compromise.txt").read_text(encoding="utf-8")
    old = resdiff.parse(text, paths=False)
    new = resdiff.parse(text.replace("Condemns the", "Strongly deplores the"), paths=False)
    path = tmp_path / "draft.docx"
    path.write_bytes(draft_to_docx(new, tracked=old))
    cmp = resdiff.compare(resdiff.parse(path, version="original"), resdiff.parse(path))
    assert cmp.old.symbol == cmp.new.symbol == "S/RES/1695 (2006)"
    for report in (render_text(cmp, width=200), render_markdown(cmp), render_html(cmp)):
        assert "file S/RES/1695 (2006) (original)" not in report
        assert "the original: every tracked change rejected" in report
    # The accepted version says nothing of the kind: it is the draft as it stands.
    lines = render_text(cmp, width=200).splitlines()
    old_at = next(i for i, line in enumerate(lines) if line.startswith("Old: "))
    new_at = next(i for i, line in enumerate(lines) if line.startswith("New: "))
    assert "the original: every tracked change rejected" in lines[old_at + 1]
    assert "original" not in lines[new_at + 1]
