"""A Word draft compared with its own tracked changes names its original as a version,
not as a file: "file S/RES/1695 (2006) (original)" named no file a user had (a new
user's first hour, thirty-second session). A history over the two versions names it so
too: its revision line repeated the symbol instead ("[0] S/RES/1695 (2006) (original):
S/RES/1695 (2006); ...") (review of the thirty-second session's merge, RESULTS §2fg)."""

from __future__ import annotations

from pathlib import Path

import resdiff
from resdiff.model import Draft
from resdiff.render import render_html, render_markdown, render_text
from resdiff.render.timeline_words import revision_facts
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def _tracked_versions(tmp_path: Path) -> tuple[Draft, Draft]:
    """The original and the accepted version of a Word file that tracks one change to
    the adopted text of the example."""
    text = (EXAMPLES / "adopted-compromise.txt").read_text(encoding="utf-8")
    old = resdiff.parse(text, paths=False)
    new = resdiff.parse(text.replace("Condemns the", "Strongly deplores the"), paths=False)
    path = tmp_path / "draft.docx"
    path.write_bytes(draft_to_docx(new, tracked=old))
    return resdiff.parse(path, version="original"), resdiff.parse(path)


def test_the_original_of_a_tracked_word_draft_is_named_as_a_version(tmp_path: Path) -> None:
    cmp = resdiff.compare(*_tracked_versions(tmp_path))
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


def test_a_history_names_the_original_of_a_tracked_draft_as_a_version(tmp_path: Path) -> None:
    h = resdiff.history(list(_tracked_versions(tmp_path)))
    original, accepted = h.revisions
    assert original.name == "S/RES/1695 (2006) (original)"
    facts = revision_facts(original)
    assert "the original: every tracked change rejected" in facts
    assert "S/RES/1695 (2006)" not in facts
    # The accepted version is the draft as it stands: named by its symbol, nothing added.
    assert accepted.name == "S/RES/1695 (2006)"
    assert not any("original" in f for f in revision_facts(accepted))
    report = " ".join(str(h).split())  # the text timeline wraps its lines
    assert "S/RES/1695 (2006) (original): S/RES/1695 (2006);" not in report
    assert "the original: every tracked change rejected" in report
