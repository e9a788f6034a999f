"""A history over a Word draft's original and its tracked changes accepted names the
original as a version, as compare does since newuser22 (the original of a tracked Word
draft named as a version): its revision line repeated the symbol instead ("[0]
S/RES/1695 (2006) (original): S/RES/1695 (2006); ...") where compare's report says "the
original: every tracked change rejected" (review of the thirty-second session's merge,
RESULTS §2fg)."""

from __future__ import annotations

from pathlib import Path

import resdiff
from resdiff.render.timeline_words import revision_facts
from resdiff.testing.wordfile import draft_to_docx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"


def test_a_history_names_the_original_of_a_tracked_draft_as_a_version(tmp_path: Path) -> None:
    text = (EXAMPLES / "adopted-compromise.txt").read_text(encoding="utf-8")
    old = resdiff.parse(text, paths=False)
    new = resdiff.parse(text.replace("Condemns the", "Strongly deplores the"), paths=False)
    path = tmp_path / "draft.docx"
    path.write_bytes(draft_to_docx(new, tracked=old))
    h = resdiff.history([resdiff.parse(path, version="original"), resdiff.parse(path)])
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
