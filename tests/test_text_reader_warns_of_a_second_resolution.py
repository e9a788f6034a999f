"""A file holding two resolutions is read as its first: the second must not go unsaid.

The printed volumes' texts (one resolution a file in the corpus) copied two to a file
were read as the first, the second taken for a footnote of the first (its number the
mark: "187" / "(1964). Resolution of 13 March 1964 The Security Council, …") or for its
closing lines, with no warning: a text silently out of every comparison (review of
user23, the lead's question)."""

from __future__ import annotations

import resdiff

_FIRST = (
    "186 (1964). Resolution of 4 March 1964\n\nThe Security Council,\n\n"
    "Noting the situation,\n\n1. Calls upon all Member States to refrain from any action;\n\n"
    "2. Decides to remain seized of the matter.\n\nAdopted unanimously at the 1102nd meeting.\n"
)
_SECOND = (
    "\n187 (1964). Resolution of 13 March 1964\n\nThe Security Council,\n\n"
    "Noting the reports,\n\n1. Reaffirms its call upon all Member States;\n\n"
    "2. Requests the Secretary-General to report.\n\nAdopted unanimously at the 1103rd meeting.\n"
)


def _codes(text: str) -> list[str]:
    return [w.code for w in resdiff.parse(text).warnings]


def test_a_second_resolution_after_the_first_is_warned_of() -> None:
    draft = resdiff.parse(_FIRST + _SECOND)
    assert draft.operative[0].text.startswith("Calls upon")
    found = [w for w in draft.warnings if w.code == "second-resolution"]
    assert len(found) == 1, draft.warnings
    assert found[0].line == 13
    assert "not compared" in found[0].message


def test_a_second_resolution_after_a_footnote_is_warned_of() -> None:
    # The scanned volumes' layout: a note under the first text, then the next text.
    text = _FIRST + "\n12 Two members did not participate in the voting.\n" + _SECOND
    assert "second-resolution" in _codes(text)


def test_one_resolution_and_its_notes_are_not_warned_of() -> None:
    text = _FIRST + "\n12 Two members did not participate in the voting.\n"
    assert "second-resolution" not in _codes(text)
    assert "second-resolution" not in _codes(_FIRST)
