"""A space PDFium infers in a gap narrower than a word gap, on a line whose producer wrote
its word spaces as space characters, is none (formats25): LibreOffice draws a word it may
break at a soft hyphen in two runs, and on a wide justified line leaves a point or more
between them ("facili tate", "Mauri tania": the official print on a landscape page,
formats24). Glyphs laid out by hand, 5 units a character, 10 high.
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


def test_a_word_in_two_runs_on_a_line_of_written_spaces_is_one_word() -> None:
    # 1.3 units apart (0.13 of the line's height, over the 0.12 an inferred space
    # needs), four written spaces 15 units wide around them.
    assert _line("the full and immediate facili", "tate of the process", 1.3) == (
        "the full and immediate facilitate of the process"
    )


def test_where_the_line_leaves_a_word_space_unwritten_the_inferred_space_stays() -> None:
    # A word space the producer did not write ("including" / "joint" after a change
    # of type, a letter overhanging it): where any word gap of the line is unwritten,
    # the producer is not one that writes its spaces, and the rule is as before.
    words = _run("the", 0) + _run("parties", 25, _INFERRED) + _run("including", 70, _INFERRED)
    joint = _run("joint efforts and the rest", words[-1].right + 1.9, _INFERRED)
    assert _row_text(_Row(words + joint), 5) == "the parties including joint efforts and the rest"
    # Too few written spaces to tell (a short line): as before.
    assert _line("the facili", "tate", 1.3) == "the facili tate"
    # A gap as wide as a word gap is a space, written or not.
    assert _line("the full and immediate", "facilitation of it", 2.5) == (
        "the full and immediate facilitation of it"
    )


def test_the_tab_after_a_label_is_not_an_unwritten_word_space() -> None:
    # "12." and its text 8 units apart, no space written (a tab, narrower than a column's
    # gap): the line still writes its word spaces.
    first = _run("12.", 0)
    rest = _run("Decides that the full facili", 23, _NO_SPACE)
    tail = _run("tate of all", rest[-1].right + 1.3, _INFERRED)
    assert _row_text(_Row(first + rest + tail), 5) == "12. Decides that the full facilitate of all"
