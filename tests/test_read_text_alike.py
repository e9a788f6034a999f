"""Hostile texts that print one short paragraph a thousand times (issue 11 §2): the fuzz
campaign's slowest inputs of 5 December were a page's job number and symbol repeated, each
job number read as a paragraph of its own ("1000024-08292 (E)", 3.7 s per MB), and a
footnote block pasted a thousand times (2.7 s per MB). What a stage decides of a line or a
paragraph by its text alone is now decided once for the texts printed alike; these tests
count the work done."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest
from counting import count as _count
from counting import count_in as _count_in

import resdiff
from resdiff.analyze import _bare, disputed, reading
from resdiff.model import Clause, RemovedText
from resdiff.read.text import (
    blocks,
    calls,
    furniture,
    lines,
    numbered,
    openers,
    paragraphs,
    shapes,
)

#: The module (``resdiff.read.finish`` is its function of that name).
finish = importlib.import_module("resdiff.read.finish")

#: A page's job number, read as a paragraph, and its running header, taken as furniture.
JOB = "1000024-08292 (E)"


def _job_numbers(n: int) -> str:
    return (
        "The General Assembly,\n\nRecalling its resolutions,\n\nDecides to act;\n\n"
        + f"{JOB}\n\nA/78/L.12\n\n" * n
    )


def _note_blocks(n: int) -> str:
    """Two paragraphs, the rule and the note of a page's foot, and the paragraph going on
    below it, ``n`` times."""
    block = (
        "2. Decides that all States shall until days (2017);\n\n"
        "3. Decides that all States shall all report.\n\n"
        "_______________\n1 See S/RES/1695 (2006), annex.\nStembly,\n\n"
    )
    return "The Security Council,\n\nRecalling its resolutions,\n\n" + block * n


def test_job_numbers_read_as_paragraphs() -> None:
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.operative) == 301
    assert draft.operative[-1].text == JOB
    assert [r.kind for r in draft.furniture] == ["page-header"] * 300


def test_a_repeated_lines_final_punctuation_is_searched_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each line is asked of the line before it, and "(E)" ends in a character a footnote
    # mark may end in: each was searched for marks, a tenth of the read.
    lines._tail_final_punct.cache_clear()
    marks = _count(monkeypatch, lines, "_TRAILING_MARKS")
    resdiff.parse(_job_numbers(1000), format="text")
    assert len(marks.calls) < 50, len(marks.calls)


def test_a_paragraph_not_ending_in_a_number_is_not_cut_into_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = _count(monkeypatch, calls, "_words")
    resdiff.parse(_job_numbers(1000), format="text")
    assert len(words.calls) < 50, len(words.calls)


def test_a_number_alone_is_looked_for_before_the_line_below(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    below = _count(monkeypatch, shapes, "_text_below")
    resdiff.parse(_job_numbers(1000), format="text")
    assert len(below.calls) < 50, len(below.calls)


def test_a_line_kept_wherever_it_stands_is_told_once_a_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kinds = _count(monkeypatch, furniture, "_furniture_kind")
    resdiff.parse(_job_numbers(1000), format="text")
    # Once by the masthead's pass and once by the body's (the running header, furniture
    # by its neighbours too, is asked at each page).
    assert kinds.calls.count(JOB) <= 2, kinds.calls.count(JOB)


def test_the_closing_is_looked_for_once_in_a_repeated_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    closing = _count(monkeypatch, blocks, "_closing_starts")
    resdiff.parse(_job_numbers(1000), format="text")
    assert closing.calls.count(JOB) <= 2, closing.calls.count(JOB)


def test_a_running_header_is_kept_without_a_keyword_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = 0
    init = RemovedText.__init__

    def counted(self: RemovedText, **data: Any) -> None:
        nonlocal made
        made += 1
        init(self, **data)

    monkeypatch.setattr(RemovedText, "__init__", counted)
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.furniture) == 300
    assert made == 0


def test_paragraphs_without_a_label_are_not_cut_into_alternatives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cut = _count(monkeypatch, finish, "labelled_alternatives")
    resdiff.parse(_job_numbers(300), format="text")
    assert cut.calls == []


def test_a_leaf_is_left_bare_without_a_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    leaf = Clause(ref="OP1", section="operative", text="Decides to act;")

    def refused(self: Clause) -> None:
        raise AssertionError("walked")

    monkeypatch.setattr(Clause, "walk", refused)
    assert _bare(leaf) is leaf


def _counting_find(found: Callable[[str], Any]) -> tuple[list[str], Callable[[str], Any]]:
    asked: list[str] = []

    def find(text: str) -> Any:
        asked.append(text)
        return found(text)

    return asked, find


def test_the_first_flag_is_looked_for_once_in_a_repeated_text() -> None:
    same = [
        Clause(ref=f"OP{k}", section="operative", text="Decides to act;") for k in range(1, 500)
    ]
    last = Clause(ref="OP500", section="operative", text="Acting under Chapter VII, decides;")
    asked, find = _counting_find(lambda text: resdiff.Lexicon.default().chapter_vii_in(text))
    hit = reading._first([*same, last], find)
    assert hit is not None and hit[0].ref == "OP500"
    assert len(asked) == 2


def test_each_clauses_alternatives_are_found_once_for_every_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    labels = _count(monkeypatch, disputed, "alternative_label")
    clauses = tuple(
        Clause(ref=f"OP{k}", section="operative", text=f"Decides to act {k};")
        for k in range(1, 201)
    )
    lex = resdiff.Lexicon.default()
    flags = [
        ("Chapter VII", "chapter-vii", lex.chapter_vii_in, clauses),
        ("Article 39", "art39", lex.art39_in, clauses),
        ("force", "use-of-force", lex.use_of_force_in, clauses),
    ]
    assert disputed._flags_in_later_alternatives(flags) == []
    assert len(labels.calls) == len(clauses)


def test_note_blocks_read_as_before() -> None:
    draft = resdiff.parse(_note_blocks(300), format="text")
    assert len(draft.operative) == 600
    assert draft.operative[1].text == (
        "Decides that all States shall all report. 1 See S/RES/1695 (2006), annex. Stembly,"
    )


def test_paragraphs_printed_alike_are_joined_once(monkeypatch: pytest.MonkeyPatch) -> None:
    joins = _count(monkeypatch, lines, "_join_lines")
    resdiff.parse(_note_blocks(500), format="text")
    # Each of the 500 paragraphs of five lines (their lines new ones, the call's number
    # taken out) was joined anew.
    assert len(joins.calls) < 100, len(joins.calls)


def test_the_words_of_paragraphs_printed_alike_are_listed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = _count(monkeypatch, calls, "_words")
    resdiff.parse(_note_blocks(500), format="text")
    assert len(words.calls) < 50, len(words.calls)


def test_the_notes_at_the_end_are_found_without_comparing_every_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared = 0
    equal = lines._Line.__eq__

    def counted(self: lines._Line, other: object) -> bool:
        nonlocal compared
        compared += 1
        return equal(self, other)

    monkeypatch.setattr(lines._Line, "__eq__", counted)
    draft = resdiff.parse(
        _note_blocks(500) + "\n4. Decides to act.\n\n1 See above.\n", format="text"
    )
    assert [note.text for note in draft.footnotes] == ["See above."]
    assert compared < 50, compared


def test_a_list_of_items_reading_on_asks_no_numbered_paragraph_or_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "- x" under a paragraph that ends nothing: each item's bullet is asked whether it
    # may open a unit, a test of a dozen cases, two of them calls needless here (no
    # paragraph number, no bracket in the line above).
    # (Asked by the tests of whether a label opens a unit, in their own module.)
    expected = _count(monkeypatch, openers, "_is_expected_op")
    brackets = _count(monkeypatch, openers, "_whole_brackets")
    text = "The Security Council,\n\nRecalling x,\n\n1. Requests the launc" + "- x\n" * 2000
    draft = resdiff.parse(text + "h of it;\n\n2. Decides to remain seized.\n", format="text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    assert len(expected.calls) < 50, len(expected.calls)
    assert len(brackets.calls) < 50, len(brackets.calls)


def test_a_leaf_is_walked_without_a_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    from resdiff.model import draft as model

    def refused(root: Clause) -> None:
        raise AssertionError("a generator made")

    leaf = Clause(ref="OP1", section="operative", text="Decides to act;")
    parent = Clause(ref="OP2", section="operative", text="Decides:", children=(leaf,))
    assert [c.ref for c in parent.walk()] == ["OP2", "OP1"]
    monkeypatch.setattr(model, "preorder", refused)
    assert list(leaf.walk()) == [leaf]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_items_reading_on_are_appended_without_the_units_tests(
    monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    # 10,000 items "- x" read on into one paragraph (3.1 s per MB): each is appended at
    # once, its bullet and the line above asked once for the pair of texts, not run
    # through every test of a unit's opening (140 line events a line).
    ends = _count_in(monkeypatch, [paragraphs, numbered], "_ends_unit")
    # (The tests of whether a label opens a unit ask it too, from their own module.)
    label_ends = _count(monkeypatch, openers, "_ends_unit")
    bullets = _count_in(monkeypatch, [paragraphs, numbered], "_BULLET")
    text = "The Security Council,\n\nRecalling x,\n\n1. Requests the launc" + "- x\n" * 2000
    draft = resdiff.parse(text + "h of it;\n\n2. Decides to remain seized.\n", format=fmt)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    assert draft.operative[0].text.count("- x") == 2000
    assert len(ends.calls) + len(label_ends.calls) < 50, (len(ends.calls), len(label_ends.calls))
    assert len(bullets.calls) < 50, len(bullets.calls)


def test_an_item_after_a_line_that_ends_still_opens_a_unit() -> None:
    # The fast path's limits: after a final mark, "and" or a bracket, the item is a unit.
    for above in ("Requests the launch;", "Requests the launch and", "[Note: the launch]"):
        text = f"The Security Council,\n\nRecalling x,\n\n1. Decides:\n{above}\n- x\n- y\n"
        draft = resdiff.parse(text + "\n2. Decides to remain seized.\n", format="text")
        assert draft.operative[0].children, above


def test_a_one_line_paragraph_over_a_page_break_is_joined_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each job number opens a paragraph over a page break: whether it goes on with the
    # one above asks the unit's text for its words and its opener, joined once (twice
    # was a tenth of the splitter's work on this text).
    import sys

    from resdiff.read.text import units

    joined = units._Unit.text.fget
    assert joined is not None
    asked: list[str] = []

    def counted(unit: units._Unit) -> str:
        asked.append(sys._getframe(1).f_code.co_name)
        return joined(unit)

    monkeypatch.setattr(units._Unit, "text", property(counted))
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.operative) == 301
    assert asked.count("_units") <= 310, asked.count("_units")
