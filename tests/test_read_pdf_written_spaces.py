"""A space PDFium infers in a gap narrower than a word gap, on a line whose producer wrote
its other word spaces as space characters (formats25, reverted by its review). LibreOffice
draws a word it may break at a soft hyphen in two runs and on a wide justified line leaves
a point or more between them ("facili tate", "Mauri tania": the official print on a
landscape page, formats24); formats25 read such a space as none. But a real word space at
a change of type (the italic lead word of every paragraph, "Reaffirming" / "the") is left
unwritten by LibreOffice and Chromium alike, and in a light or small type it is as narrow
(0.13-0.19 of the line's height, 0.33-0.65 of the written spaces: DejaVu Sans Light 12 pt,
DejaVu Sans 9 pt, both producers): the rule glued 9 and 22 real word pairs of one text
there ("Reaffirmingthe", "whichmay"). A glued word is a lost word for the diff, a split
one is not: the space stays. Glyphs laid out by hand, 5 units a character, 10 high.
"""

from __future__ import annotations

from resdiff.read.pdf import _INFERRED, _NO_SPACE, _SPACE, _Glyph, _Row, _row_text


def _run(text: str, x: float, space: int = _NO_SPACE, gap: float = 15.0) -> list[_Glyph]:
    """``text`` from ``x``; a space in it is a space character ``gap`` wide (a justified
    line's); ``space`` stands before its first glyph."""
    out, before = [], space
    for char in text:
        if char == " ":
            x, before = x + gap, _SPACE
            continue
        out.append(_Glyph(char, x, x + 5, 0, 10, before))
        x, before = x + 5, _NO_SPACE
    return out


def _line(left: str, right: str, gap: float, *, space: int = _INFERRED) -> str:
    first = _run(left, 0)
    return _row_text(_Row([*first, *_run(right, first[-1].right + gap, space)]), 5)


def test_a_word_space_at_a_change_of_type_on_a_line_of_written_spaces_is_kept() -> None:
    # "Reaffirming" (italic) / "the": 1.4 units apart (0.14 of the line's height), the
    # line's other spaces written, 15 units wide (DejaVu Sans Light, 12 pt, justified:
    # LibreOffice and Chromium).
    assert _line("Reaffirming", "the inalienable right of all States", 1.4) == (
        "Reaffirming the inalienable right of all States"
    )
    assert _line("any act which", "may lead to the use of force", 1.8) == (
        "any act which may lead to the use of force"
    )


def test_a_word_in_two_runs_is_left_split_where_no_type_tells_it() -> None:
    # The landscape print's split, the same geometry: left as read (a split word is a
    # word changed for the diff, a glued one two words lost).
    assert _line("the full and immediate facili", "tate of the process", 1.3) == (
        "the full and immediate facili tate of the process"
    )
    # A gap as wide as a word gap is a space, written or not.
    assert _line("the full and immediate", "facilitation of it", 2.5) == (
        "the full and immediate facilitation of it"
    )


def test_the_tab_after_a_label_is_apart_from_its_text() -> None:
    first = _run("12.", 0)
    rest = _run("Decides that the full facility", 23, _NO_SPACE)
    assert _row_text(_Row(first + rest), 5) == "12. Decides that the full facility"
