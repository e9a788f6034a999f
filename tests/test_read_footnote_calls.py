"""Footnote calls printed apart from the text (resdiff.read.text.calls): the numbers a
printed volume sets after a recital's comma or a date, which a scan or a copy keeps as
words of their own, are left out of the text, kept as furniture and warned of."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.model import Draft

SCANNED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"


def read(body: str) -> Draft:
    return resdiff.parse("The Security Council,\n\n" + body, format="text", analyze=False)


def codes(draft: Draft) -> list[str]:
    return [w.code for w in draft.warnings]


def taken(draft: Draft) -> list[str]:
    return [r.text for r in draft.furniture]


def test_calls_after_a_paragraphs_own_punctuation_are_left_out() -> None:
    draft = read(
        "Recalling the statement of its President of 18 April 1980, 27\n\n"
        "Having heard the statement of the representative of Angola, 45\n\n"
        "1. Takes note of the report of the Secretary-General; 7\n\n"
        "2. Decides to remain seized of the question. 8\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Recalling the statement of its President of 18 April 1980,",
        "Having heard the statement of the representative of Angola,",
    ]
    assert [c.text for c in draft.operative] == [
        "Takes note of the report of the Secretary-General;",
        "Decides to remain seized of the question.",
    ]
    assert codes(draft) == ["footnote-calls"]
    assert draft.warnings[0].line == 3
    # Nothing is lost: each number is kept, with its line.
    assert sorted((r.line, r.text) for r in draft.furniture) == [
        (3, "27"),
        (5, "45"),
        (7, "7"),
        (9, "8"),
    ]


def test_calls_inside_a_paragraph_after_dates_and_symbols() -> None:
    draft = read(
        "Noting with concern the questions raised in its letters of 8 May, 43 17 May 44 "
        "and 27 May 1980, 45\n\n"
        "Noting the reports contained in documents S/6177, 29 S/6196 29 and S/6338, 30\n\n"
        "Taking note of the letter dated 17 January 1992 31 from the Government,\n\n"
        "1. Decides to act.\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Noting with concern the questions raised in its letters of 8 May, 17 May and 27 May 1980,",
        "Noting the reports contained in documents S/6177, S/6196 and S/6338,",
        "Taking note of the letter dated 17 January 1992 from the Government,",
    ]
    assert sorted(map(int, taken(draft))) == [29, 29, 30, 31, 43, 44, 45]


def test_a_number_alone_on_the_last_line_stays() -> None:
    # A table's cell, as a copy without its layout prints it: no call in the 451 scanned
    # texts stands alone on its line.
    draft = read(
        "Having considered the report of the Secretary-General,\n112\n\n"
        "1. Decides to act,\n\nin all its aspects.\n"
    )
    assert "footnote-calls" not in codes(draft)


def test_a_number_after_a_column_gap_stays() -> None:
    # A table of counts copied with its layout: "matter.        158".
    draft = read("Recalling its resolutions,\n\n1. Decides to remain seized of the matter.   158\n")
    assert draft.operative[0].text.endswith("158")
    assert taken(draft) == []


def test_a_date_cut_where_its_paragraph_breaks_keeps_its_day() -> None:
    # Two columns copied as text break a paragraph inside "13 April 2009": the "13" at
    # the end of one unit is the day of the date the next unit opens with.
    draft = read(
        "Recalling the statements of its President of 6 October 2006 (S/PRST/2006/41), 13\n\n"
        "April 2009 (S/PRST/2009/7),\n\n1. Decides.\n"
    )
    assert taken(draft) == []


@pytest.mark.parametrize(
    "body",
    [
        # A list of numbers: no word, bracket, year or symbol before the comma.
        "Recalling its resolutions,\n\n1. Refers to paragraphs 2, 4\n",
        # No punctuation before the number: text, not a call.
        "Recalling rule 42\n\n1. Decides to act.\n",
        # A figure after a colon.
        "Recalling its resolutions,\n\n1. Decides that the ceiling shall be: 500\n",
        # A number that counts something.
        "Recalling its resolutions,\n\n1. Decides to act within 30 days.\n",
    ],
)
def test_numbers_of_the_text_stay(body: str) -> None:
    draft = read(body)
    assert "footnote-calls" not in codes(draft)
    assert taken(draft) == []


def test_numbers_inside_a_paragraph_stay_without_calls_at_paragraph_ends() -> None:
    # The calls inside a paragraph are taken only where the text shows it prints calls
    # apart: without one at a paragraph's end, "1994 30 members" is text.
    text = "Recalling that by 1994 12 members had signed,\n\n1. Decides to act.\n"
    draft = read(text)
    assert draft.preamble[0].text == "Recalling that by 1994 12 members had signed,"
    assert taken(draft) == []


def test_inside_a_paragraph_a_number_that_is_a_day_or_counts_stays() -> None:
    draft = read(
        "Recalling its letter of May 17 and the decision of 1990 30 days later, 40\n\n"
        "1. Decides to act.\n"
    )
    assert draft.preamble[0].text == (
        "Recalling its letter of May 17 and the decision of 1990 30 days later,"
    )
    assert taken(draft) == ["40"]


def test_inside_a_paragraph_a_call_must_number_near_the_texts_calls() -> None:
    draft = read("Recalling the letter of 8 May 1980 300 from the Government, 12\n\n1. Acts.\n")
    assert draft.preamble[0].text == "Recalling the letter of 8 May 1980 300 from the Government,"
    assert taken(draft) == ["12"]


def test_markdown_is_left_alone() -> None:
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling the statement of 18 April 1980, 27\n\n1. Acts.\n",
        format="markdown",
        analyze=False,
    )
    assert draft.preamble[0].text.endswith("1980, 27")
    assert "footnote-calls" not in codes(draft)


@pytest.mark.skipif(not SCANNED.is_dir(), reason="../shared/corpus/scanned is absent")
def test_a_scanned_resolution_reads_without_its_calls() -> None:
    # S/RES/474 (1980), as the 1980 volume prints it: five calls, three at recitals' ends
    # and two between the dates of letters.
    draft = resdiff.parse(SCANNED / "S_RES_474_1980.txt", analyze=False)
    assert draft.preamble[2].text.endswith(
        "addressed to the Security Council on 8 May, 17 May and 27 May 1980,"
    )
    assert sorted(taken(draft)) == ["27", "42", "43", "44", "45"]
    assert "footnote-calls" in codes(draft)
