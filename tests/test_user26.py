"""The twenty-sixth session's researcher's day on the scanned record (Cyprus, 1964–1994),
received as Word files, PDFs and text pasted from them: defects found and fixed."""

from __future__ import annotations

import resdiff

# A scanned text printed as typed (LibreOffice's print of a .txt, or `pdftotext` of it):
# the print's gap above the notes is no wider than its paragraphs', so the text layer has
# no blank line above them; the notes stand at the foot of the page, before its break.
_NOTES_UNSPACED = (
    "The Security Council,\n"
    "Welcoming the report of the Secretary-General of 4 March 1994 1/ on his\n"
    "mission of good offices,\n"
    "Recalling its resolution 100 (1993) of 1 July 1993, 2/\n"
    "1. Reiterates that the status quo is unacceptable;\n"
    "2. Welcomes the fact that discussions have made it possible to bring forward ideas that\n"
    "1/ S/1994/262.\n"
    "2/ S/26626.\n"
    "\f\n"
    "facilitate the discussions aimed at reaching agreement;\n"
    "3. Decides to remain seized of the matter.\n"
)


def test_slash_notes_without_a_blank_line_above_them_are_notes() -> None:
    """Before: the two notes were read into OP2, between "ideas that" and "facilitate"
    (four words added to the paragraph, the notes lost)."""
    draft = resdiff.parse(_NOTES_UNSPACED)
    assert draft.operative[1].text == (
        "Welcomes the fact that discussions have made it possible to bring forward ideas "
        "that facilitate the discussions aimed at reaching agreement;"
    )
    assert [(note.mark, note.text) for note in draft.footnotes] == [
        ("1/", "S/1994/262."),
        ("2/", "S/26626."),
    ]


def test_an_uncited_slash_line_without_a_blank_line_stays_text() -> None:
    """A line opening "3/" that no text cites stays in its paragraph (in doubt, the words
    stay in the body)."""
    text = _NOTES_UNSPACED.replace("1/ S/1994/262.", "3/ S/1994/262.")
    draft = resdiff.parse(text)
    assert "3/ S/1994/262." in draft.operative[1].text
