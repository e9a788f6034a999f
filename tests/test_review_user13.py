"""Defects a review of branch user13 (the twenty-third session's analyst's day) found in
the text reader's two-column step (``read/text/columns.py``), each with made-up texts."""

from __future__ import annotations

from resdiff.read.text import parse_text

_HEAD = """The Security Council,

Acting under Chapter VII of the Charter of the United Nations,

1. Decides to authorize the following contingents:

"""

_TAIL = "\n\n2. Decides to remain seized of the matter.\n"


def test_a_table_of_longer_cells_is_no_pair_of_columns() -> None:
    # A table of contingents, two a row, each cell a unit's name of four words or more
    # and its strength: a gutter runs down it (between a name and its figure), and each
    # side held "prose" by the count of words. Read down the columns, every unit was
    # parted from its figure and the right-hand units read after all the left-hand ones.
    rows = [
        f"      {f'Eastland Mechanized Infantry Battalion {n}':<48}{1000 + 7 * n:>8}"
        f"      {f'Westland Engineering Company {n}':<40}{300 + n:>6}"
        for n in range(1, 19)
    ]
    draft = parse_text(_HEAD + "\n".join(rows) + _TAIL)
    assert not [w for w in draft.warnings if w.code == "text-columns"]
    read = " ".join(c.text for c in draft.walk())
    # Row by row, as printed: each unit's figure right after its name.
    assert "Battalion 1 1007 Westland Engineering Company 1 301" in read


def test_a_list_of_states_two_a_line_is_no_pair_of_columns() -> None:
    # Sponsors' names two a line with a long one on the left: no column of prose, each
    # name opens with a capital. Read down, the list's order changed.
    names = [
        f"Republic of Eastland and the Islands {n}" if n % 2 else f"Kingdom of Westland {n}"
        for n in range(1, 31)
    ]
    rows = [f"      {names[i] + ',':<50}{names[i + 1]}," for i in range(0, 30, 2)]
    text = _HEAD + "\n".join(rows) + _TAIL
    draft = parse_text(text)
    assert not [w for w in draft.warnings if w.code == "text-columns"]
    read = " ".join(c.text for c in draft.walk())
    # Row by row, as printed.
    assert ", ".join(names) + "," in read


def test_short_cells_in_lower_case_are_no_pair_of_columns() -> None:
    # Guard of the count of words (four or more on most of each side's lines): a list of
    # terms two a line, in lower case, has a gutter and goes on in lower case, and is no
    # prose. (The table of short cells of test_user13 opens with capitals: it no longer
    # tests this count.)
    rows = [f"      {f'arms embargo {n}':<40}travel ban {n};" for n in range(1, 19)]
    draft = parse_text(_HEAD + "\n".join(rows) + _TAIL)
    assert not [w for w in draft.warnings if w.code == "text-columns"]
    assert "arms embargo 1 travel ban 1; arms embargo 2" in " ".join(c.text for c in draft.walk())
