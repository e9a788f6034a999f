"""A file holding two resolutions with no "Adopted …" line between them ran the
second's paragraphs on as the first's with only a ``numbering-gap`` warning (user23's
review, left open): a second enacting formula ("The Security Council,") after the
operative paragraphs, under no part's label, warns ``second-resolution`` at its line,
as a second text read as a note or closing line does. The paragraphs are kept (read on,
numbered again), never lost; a resolution in parts ("A" / "The Security Council," …
"B" / "The Security Council,") is one text and is not warned of."""

from __future__ import annotations

import resdiff

_FIRST = (
    "Resolution 186 (1964)\nof 4 March 1964\n\nThe Security Council,\n\n"
    "Noting the situation,\n\n1. Calls upon all Member States to refrain from any action;\n\n"
    "2. Decides to remain seized of the matter.\n\n"
)
_SECOND = (
    "The Security Council,\n\nNoting the reports,\n\n"
    "1. Reaffirms its call upon all Member States;\n\n"
    "2. Requests the Secretary-General to report.\n\nAdopted unanimously at the 1103rd meeting.\n"
)


def _warned(text: str) -> list[resdiff.ParseWarning]:
    return [w for w in resdiff.parse(text).warnings if w.code == "second-resolution"]


def test_a_second_formula_after_the_operative_part_is_warned_of_at_its_line() -> None:
    draft = resdiff.parse(_FIRST + _SECOND)
    found = [w for w in draft.warnings if w.code == "second-resolution"]
    assert len(found) == 1, draft.warnings
    assert found[0].line == 12  # "The Security Council," of the second text
    assert "give each resolution a file of its own" in found[0].message
    # Kept, not lost: the second text's paragraphs are read on.
    assert [c.text[:9] for c in draft.operative] == [
        "Calls upo",
        "Decides t",
        "Reaffirms",
        "Requests ",
    ]


def test_the_general_assembly_formula_too() -> None:
    second = _SECOND.replace("The Security Council,", "The General Assembly,")
    assert len(_warned(_FIRST + second)) == 1


def test_a_resolution_in_parts_is_one_text() -> None:
    parts = (
        "Resolution 186 (1964)\nof 4 March 1964\n\nA\n\nThe Security Council,\n\n"
        "Noting the situation,\n\n1. Calls upon all Member States to refrain from any action;\n\n"
        "2. Decides to remain seized of the matter.\n\nB\n\n" + _SECOND
    )
    assert _warned(parts) == []


def test_one_resolution_is_not_warned_of() -> None:
    assert _warned(_FIRST + "Adopted unanimously at the 1102nd meeting.\n") == []


def test_parts_labelled_past_h_or_past_x_are_one_text() -> None:
    # A General Assembly text in many parts, each under its own formula: "K" / "L" and
    # Roman "XI" / "XII" are parts' labels as "A" / "B" are (review of user24: both warned).
    for first, second in (("K", "L"), ("XI", "XII"), ("PART XI", "PART XII")):
        parts = _FIRST.replace("The Security Council,", f"{first}\n\nThe Security Council,")
        assert _warned(parts + f"{second}\n\n" + _SECOND) == [], (first, second)
    # A label is a label alone on its line; a word there still warns.
    assert len(_warned(_FIRST + "Decision\n\n" + _SECOND)) == 1


def test_parts_labelled_with_a_full_stop_are_one_text_and_lose_nothing() -> None:
    # "A." / "B." (formats25; user24's review): the label was read as a recital "A." and
    # "B." ran into the paragraph above ("... seized of the matter. B."), so the second
    # part's formula warned. Read as "A" / "B" are: headings, the part's refs, no warning.
    for first, second in (("A.", "B."), ("II.", "III."), ("PART A.", "PART B.")):
        parts = _FIRST.replace("The Security Council,", f"{first}\n\nThe Security Council,")
        draft = resdiff.parse(parts + f"{second}\n\n" + _SECOND)
        assert [w.code for w in draft.warnings] == [], (first, draft.warnings)
        assert [c.text for c in draft.preamble] == ["Noting the situation,", "Noting the reports,"]
        assert draft.operative[1].text == "Decides to remain seized of the matter."
        assert [h.text for h in draft.headings][:2] == [first, second]
    draft = resdiff.parse(_FIRST.replace("The Security", "A.\n\nThe Security") + "B.\n\n" + _SECOND)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP1-B", "OP2-B"]
    # Past "H", as "K" / "L" are: one text (the count's own warning aside).
    parts = _FIRST.replace("The Security Council,", "K.\n\nThe Security Council,")
    assert _warned(parts + "L.\n\n" + _SECOND) == []
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP1-B", "OP2-B"]
    # A sentence's last word is no label: "... as set out in annex" / "B." goes on.
    text = _FIRST.replace("refrain from any action;", "act as set out in annex\nB.")
    assert "annex B." in resdiff.parse(text).operative[0].text


def test_a_lettered_list_item_alone_on_its_line_is_no_part() -> None:
    # formats25's review: "A." / "B." alone on their lines after a lead-in's colon and an
    # item's semicolon are the list's items (pasted from a PDF, no blank lines), not
    # parts: no headings, "B." no heading of the paragraph after the list.
    text = (
        "The Security Council,\n"
        "Recalling its resolution 1234 (2010),\n"
        "1. Decides that the following persons are designated:\n"
        "A.\n"
        "Mr. X, born 1960;\n"
        "B.\n"
        "Mr. Y, born 1970;\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert not draft.headings
    assert [p.ref for p in draft.operative] == ["OP1", "OP2"]
    assert "designated: A. Mr. X, born 1960; B. Mr. Y, born 1970;" in draft.operative[0].text
    assert draft.operative[1].heading is None


def test_a_lettered_list_item_between_blank_lines_is_no_part() -> None:
    # The same list with blank lines around each label and item (a Word file pasted):
    # the items keep their labels, no heading is read, nothing stands over OP2.
    text = (
        "The Security Council,\n\n"
        "Recalling its resolution 1234 (2010),\n\n"
        "1. Decides that the following persons are designated:\n\n"
        "A.\n\nMr. X, born 1960;\n\nB.\n\nMr. Y, born 1970;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert not draft.headings
    assert [c.text for c in draft.operative[0].children] == [
        "A. Mr. X, born 1960;",
        "B. Mr. Y, born 1970;",
    ]
    assert draft.operative[1].heading is None
