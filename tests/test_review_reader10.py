"""The review of branch reader10 (twentieth session): a printed note's number after a
verb is a figure, not a call; a paragraph left ending with an article stays apart from
an operative paragraph below it; the calls that close paragraphs are told apart from
those after dates in the same paragraph (resdiff.read.text.calls, .paragraphs)."""

from __future__ import annotations

import pytest
from test_read_reader10 import read

import resdiff

NOTES = (
    "1 Official Records of the Security Council, Supplement for January.",
    "2 Ibid., Supplement for April.",
    "3 Ibid., Supplement for May.",
)


@pytest.mark.parametrize(
    "clause",
    [
        "Decides to deploy 2 additional battalions to the Force;",
        "Decides that the Force shall comprise 2 infantry companies;",
        "Approves 2 additional posts for the Mission;",
    ],
)
def test_a_printed_notes_number_after_a_verb_is_a_figure(clause: str) -> None:
    # Note 2 is printed and the calls 1 and 3 stand at paragraph ends, so a 2 here would
    # read in the notes' order; but after a verb it counts what follows.
    draft = read(
        "Recalling its resolution 350 (1974), 1\n\n1. " + clause + "\n\n"
        "2. Takes note of the report of the Secretary-General; 3",
        *NOTES,
    )
    assert draft.operative[0].text == clause
    assert [r.text for r in draft.furniture] == ["1", "3"]


def test_a_printed_notes_number_after_a_name_or_a_noun_is_still_its_call() -> None:
    draft = read(
        "Recalling its resolution 350 (1974), 1\n\n"
        "Noting that its report 2 recommends the maintenance of the Force,\n\n"
        "1. Takes note of the report of the Secretary-General; 3",
        *NOTES,
    )
    assert (
        draft.preamble[1].text == "Noting that its report recommends the maintenance of the Force,"
    )


def test_a_paragraph_ending_with_an_article_stays_apart_from_an_operative_verb() -> None:
    # "... as amended by the" left unfinished by its drafter (or cut by a deletion):
    # "Decides" below opens the operative part, not the recital's last words.
    draft = read(
        "Recalling its resolution 350 (1974), as amended by the\n\nDecides to remain seized;"
    )
    assert [p.text for p in draft.preamble] == [
        "Recalling its resolution 350 (1974), as amended by the"
    ]
    assert [p.text for p in draft.operative] == ["Decides to remain seized;"]


def test_a_call_after_a_date_does_not_hide_the_call_closing_its_paragraph() -> None:
    # 14 closes paragraph 1, which holds a call after a date (13) too: "Canada 14 16 and
    # Ireland" is no pair of calls. (The calls closing paragraphs were taken from the
    # end of each paragraph's list, where the calls after dates had been appended.)
    text = (
        "The Security Council,\n\n"
        "Recalling its resolutions 1267 (1999) and 1390 (2002), 11\n\n"
        "Noting the report of the Secretary-General of 3 March 1993, 12\n\n"
        "1. Welcomes the letter of 5 May 1993 13 and decides that the Force shall comprise\n"
        "Canada 14 16 and Ireland 600 personnel; 14\n\n"
        "2. Decides to remain seized of the matter. 15\n"
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert draft.operative[0].text == (
        "Welcomes the letter of 5 May 1993 and decides that the Force shall comprise "
        "Canada 14 16 and Ireland 600 personnel;"
    )
    assert [r.text for r in draft.furniture] == ["11", "12", "13", "14", "15"]


def test_a_paragraph_ending_with_an_article_stays_apart_from_a_heading() -> None:
    # A draft's heading below a paragraph its drafter left unfinished ("... by the"):
    # a heading, not the paragraph's last words.
    draft = read(
        "Recalling its resolution 350 (1974), as amended by the\n\n"
        "Political process\n\n1. Decides to remain seized;"
    )
    assert [p.text for p in draft.preamble] == [
        "Recalling its resolution 350 (1974), as amended by the"
    ]
    assert [h.text for h in draft.headings][-1:] == ["Political process"]
