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
    # apart: without one at a paragraph's end, "1994 12 members" is text.
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
    # After a year with no day and month before it, only the numbering of the text's
    # calls tells a call: 300 is far from 12.
    draft = read("Recalling the letter of May 1980 300 from the Government, 12\n\n1. Acts.\n")
    assert draft.preamble[0].text == "Recalling the letter of May 1980 300 from the Government,"
    assert taken(draft) == ["12"]


@pytest.mark.parametrize(
    ("body", "text", "calls"),
    [
        # No call at a paragraph's end in the text (S/RES/220 (1966)): after a full date,
        # before a word a citation goes on with, the number is a call all the same.
        (
            "Noting from the report of the Secretary-General of 10 March 1966 3 that in "
            "the present circumstances the Force is needed,\n\n1. Acts.\n",
            "Noting from the report of the Secretary-General of 10 March 1966 that in "
            "the present circumstances the Force is needed,",
            ["3"],
        ),
        # After a bracketed symbol that follows the date (S/RES/254 (1968)).
        (
            "Noting from the report of 11 June 1968 (S/8622) 13 that the Force is "
            "needed,\n\n1. Acts.\n",
            "Noting from the report of 11 June 1968 (S/8622) that the Force is needed,",
            ["13"],
        ),
        # A list of conventions, each called (S/RES/674 (1990)): "the" goes on after a
        # call, never after a figure.
        (
            "Recalling the Convention of 12 August 1949, 105 the Vienna Convention on "
            "Diplomatic Relations of 18 April 1961, 106 and international law,\n\n"
            "1. Acts.\n",
            "Recalling the Convention of 12 August 1949, the Vienna Convention on "
            "Diplomatic Relations of 18 April 1961, and international law,",
            ["105", "106"],
        ),
        # Far from the text's calls at paragraph ends, but after a full date (S/RES/762
        # (1992): 56 inside, 34 at an end).
        (
            "Welcoming the report of 26 June 1992 56 submitted pursuant to resolution 743 "
            "(1992),\n\n1. Urges the parties to implement the plan; 34\n",
            "Welcoming the report of 26 June 1992 submitted pursuant to resolution 743 (1992),",
            ["56", "34"],
        ),
        # "of" after the date with no comma (S/RES/612 (1988)).
        (
            "Having considered the report of 25 April 1988 38 of the mission,\n\n1. Acts.\n",
            "Having considered the report of 25 April 1988 of the mission,",
            ["38"],
        ),
    ],
)
def test_calls_after_a_full_date(body: str, text: str, calls: list[str]) -> None:
    draft = read(body)
    assert draft.preamble[0].text == text
    assert taken(draft) == calls
    assert "footnote-calls" in codes(draft)


@pytest.mark.parametrize(
    "body",
    [
        # A count after a date and its comma: "12 of the members".
        "Noting that as at 31 December 1993, 12 of the members had paid,\n\n1. Acts.\n",
        # A count before a noun.
        "Noting that on 1 January 1990 15 members had signed,\n\n1. Acts.\n",
        "Recalling that by 30 June 1994, 100 observers were deployed,\n\n1. Acts.\n",
        # A figure of four digits is never a call.
        "Recalling that on 1 May 1994 1500 the troops left,\n\n1. Acts.\n",
        # No day before the month: not a full date.
        "Recalling that in June 1994 15 that day,\n\n1. Acts.\n",
    ],
)
def test_numbers_after_a_full_date_that_stay(body: str) -> None:
    draft = read(body)
    assert taken(draft) == []
    assert "footnote-calls" not in codes(draft)


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


# Review of 5 December: figures, references and counts that must stay, and calls the
# first version missed.

END_CALL = "Recalling the statement of its President of 18 April 1980, 27\n\n"


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # Figures closing the items of a list: a table's cells, not calls.
        (
            "Recalling x,\n\n1. Decides that the ceilings shall be:\n\n"
            "(a) Military observers, 120\n\n(b) Formed police units, 1 500\n\n"
            "(c) Troops (military) 500\n",
            ["120", "1 500", "(military) 500"],
        ),
        # A number an abbreviation takes.
        ("Recalling x,\n\n1. Takes note of document S/2020/123, para. 12\n", ["para. 12"]),
        # Counts and references inside a paragraph, where the text does print calls.
        (END_CALL + "Recalling paragraphs 7 (b), 18 and 19,\n\n1. Acts.\n", ["(b), 18 and"]),
        (END_CALL + "Noting that in May, 20 soldiers were taken,\n\n1. Acts.\n", ["20 soldiers"]),
        (END_CALL + "Noting that since 1979 30 additional observers,\n\n1. Acts.\n", ["30 add"]),
        # A paragraph a copy of two columns cut inside a date or a citation.
        (
            "Recalling the statement of 6 October 2006, 13\n\nApril 2009 and 16 April 2012,\n\n"
            "1. Acts.\n",
            ["2006, 13"],
        ),
        (
            "Recalling its resolutions 425 (1978), 426\n\n(1978) and 444 (1979),\n\n1. Acts.\n",
            ["426"],
        ),
    ],
)
def test_figures_and_references_stay(body: str, kept: list[str]) -> None:
    draft = read(body)
    text = " ".join(c.full_text() for c in (*draft.preamble, *draft.operative))
    for words in kept:
        assert words in text


@pytest.mark.parametrize(
    ("body", "left"),
    [
        # After an addendum's number.
        (
            "Noting the reports in documents S/7930/Add.107 40 and Add.108, 40\n\n1. Acts.\n",
            "Noting the reports in documents S/7930/Add.107 and Add.108,",
        ),
        # After a day and its month, the number cannot be the day of a month-first date.
        (
            END_CALL + "Recalling its statements of 18 March, 11 June 13 and 5 November 1993,"
            "\n\n1. Acts.\n",
            "Recalling its statements of 18 March, 11 June and 5 November 1993,",
        ),
        # Before "to": the letter's addressee.
        (
            END_CALL + "Noting the letter dated 28 October 1993 26 to the President,\n\n1. Acts.\n",
            "Noting the letter dated 28 October 1993 to the President,",
        ),
        # Two calls that follow one another.
        (
            "Recalling the letters of Northern Ireland, 162 163\n\n1. Acts.\n",
            "Recalling the letters of Northern Ireland,",
        ),
    ],
)
def test_calls_the_first_version_missed(body: str, left: str) -> None:
    draft = read(body)
    assert left in [c.text for c in draft.preamble]


def test_the_warning_counts_the_calls() -> None:
    draft = read(END_CALL + "Having heard the representative of Angola, 45\n\n1. Acts.\n")
    assert draft.warnings[0].message.startswith("2 numbers calling footnotes")


def test_a_long_text_of_candidates_reads_in_linear_time() -> None:
    # Each candidate inside a paragraph is checked once against the calls at paragraph
    # ends, and each line rebuilt once (the first version was quadratic in both).
    import time

    body = END_CALL + "Noting " + "1980 25 and the " * 40_000 + "x,\n\n1. Decides.\n"
    start = time.process_time()
    draft = read(body)
    assert time.process_time() - start < 5
    assert len(draft.furniture) == 40_001


def test_calls_after_a_name_or_a_noun_near_the_texts_calls() -> None:
    # The volumes set a call after the name of who wrote or the noun of what is cited
    # (S/RES/280 (1970), S/RES/146 (1960)): taken where the text's calls at paragraph
    # ends number near it.
    draft = read(
        "Having noted the contents of the letters of the Permanent Representative of "
        "Lebanon 27 and the Permanent Representative of Israel,\n\n"
        "Having noted the second report of the Secretary-General 28 on the "
        "implementation of the resolution,\n\n"
        "1. Condemns the attacks; 29\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Having noted the contents of the letters of the Permanent Representative of "
        "Lebanon and the Permanent Representative of Israel,",
        "Having noted the second report of the Secretary-General on the "
        "implementation of the resolution,",
    ]
    assert sorted(taken(draft)) == ["27", "28", "29"]


@pytest.mark.parametrize(
    "preamble",
    [
        # Words that take a number, and the words of a sentence a figure follows.
        "Recalling paragraphs 12 and 13 of its resolution,",
        "Recalling its resolutions 12 and 13,",
        "Noting that the troops in Sector 12 and Sector 13 withdrew,",
        "Noting that between 12 and 15 observers were deployed,",
        "Noting that the Force numbers 12 of its 15 posts,",
        # A number before a word no citation goes on with.
        "Noting the report of the Secretary-General 12 observers strong,",
    ],
)
def test_numbers_after_a_word_that_stay(preamble: str) -> None:
    draft = read(f"{preamble}\n\n1. Condemns the attacks; 12\n")
    assert draft.preamble[0].text == preamble
    assert taken(draft) == ["12"]


def test_calls_after_a_word_need_the_texts_calls() -> None:
    # Without calls at paragraph ends, a number after a name is text: "Lebanon 27 and"
    # could be a list's figure.
    text = "Noting the letters of the Representative of Lebanon 27 and of Israel,"
    draft = read(f"{text}\n\n1. Condemns the attacks.\n")
    assert draft.preamble[0].text == text
    assert taken(draft) == []


_AFTER_DATES = (
    "Taking note of the letter dated 18 April 1977 6 addressed to all States,\n\n"
    "Having examined the report 7 of the Mission to Botswana,\n\n"
    "Having heard the statement of the Minister for External Affairs of Botswana 8 on "
    "the attacks,\n\n"
)


def test_calls_after_a_word_near_calls_after_dates() -> None:
    # A text whose only calls follow dates (S/RES/406 (1977)): two of them tell which
    # numbers its notes use, so the calls after names, which fit between them, are
    # found too.
    draft = read(
        _AFTER_DATES + "Noting the report of 20 May 1977 9 concerning the assistance,\n\n"
        "1. Condemns the attacks.\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Taking note of the letter dated 18 April 1977 addressed to all States,",
        "Having examined the report of the Mission to Botswana,",
        "Having heard the statement of the Minister for External Affairs of Botswana on "
        "the attacks,",
        "Noting the report of 20 May 1977 concerning the assistance,",
    ]
    assert sorted(taken(draft), key=int) == ["6", "7", "8", "9"]


def test_one_call_after_a_cited_date_tells_the_texts_calls() -> None:
    # "the letter dated 18 April 1977 6 addressed to": a call no figure could be, which
    # tells which numbers the text's notes use.
    draft = read(_AFTER_DATES + "1. Condemns the attacks.\n")
    assert sorted(taken(draft), key=int) == ["6", "7", "8"]


@pytest.mark.parametrize(
    "body",
    [
        # Figures after dates that tell a time, and lists of figures: none is a call,
        # and none makes the others calls (a stranger's review).
        "Noting that by 31 March 1995 12 to 15 battalions should be deployed,\n\n"
        "Taking note of the letters dated 14 and 15 May 1994 from Rwanda,\n\n"
        "Noting that in 1993 10 and in 1994 16 observers were killed,\n\n1. Acts.\n",
        "Recalling that on 1 May 1994 12 of its members were detained,\n\n1. Acts.\n",
        "Noting that since 1 January 1994 150 of the 200 observers have left,\n\n1. Acts.\n",
        "Noting that as at 30 June 1994 40 is the number of observers,\n\n1. Acts.\n",
        "Decides that with effect from 1 November 1993 50 shall be the ceiling,\n\n1. Acts.\n",
        "Decides that as of 1 January 1995 25 of the observers shall leave,\n\n1. Acts.\n",
    ],
)
def test_figures_after_a_date_that_tells_a_time_stay(body: str) -> None:
    draft = read(body)
    assert taken(draft) == []


@pytest.mark.parametrize(
    "preamble",
    [
        "Taking note of the letters dated 12 and 15 May 1992 from the representative,",
        "Noting the deployment of Battalion 12 and Battalion 14 in the south,",
        "Noting that Route 10 and Route 12 were closed,",
        "Recalling sub-paragraph 12 of its resolution,",
        "Noting the attack on the convoy at Kilometre 12 on the road,",
        "Noting that of the 15 members, 12 of them voted,",
        "Noting the Agreement of 1949, 12 and 15 of whose articles apply,",
    ],
)
def test_figures_beside_a_call_stay(preamble: str) -> None:
    # A call numbered 14 at a paragraph's end: figures near it in number, in places a
    # call may stand, are still figures (a stranger's review).
    draft = read(f"{preamble}\n\n1. Condemns the attacks; 14\n")
    assert draft.preamble[0].text == preamble
    assert taken(draft) == ["14"]


def test_a_word_broken_at_a_lines_end_is_read_whole() -> None:
    # "para-" / "graph 45 of his report": the number follows "paragraph", not "graph".
    draft = read(
        "Recalling the report of 12 May 1992, 53 and the options it sets out,\n\n"
        "1. Requests the Secretary-General to study the option mentioned in para-\n"
        "graph 45 of his report of 12 May 1992.\n"
    )
    assert draft.operative[0].text.endswith("paragraph 45 of his report of 12 May 1992.")
    assert taken(draft) == ["53"]


def test_slash_marks_are_read_as_footnote_calls_and_kept() -> None:
    # Scanned prints of the early 1990s mark their notes "1/" after a word, with the
    # note "1/ S/26111." at the page's foot (read as a Footnote): the mark in the clause
    # is a call, not words of it ("1978, 3/" must not pair or count as a number).
    draft = read(
        "Having studied the report of the Secretary-General of 20 July 1993, 1/ and\n"
        "taking note of the observations expressed therein,\n\n"
        "Welcoming the report of the Secretary-General of 4 March 1994 2/ on his mission,\n\n"
        "1. Re-emphasizes the guidelines stated in the report of 19 March 1978, 3/\n"
        "approved by resolution 426 (1978);\n\n"
        "2. Decides to remain seized of the matter.\n\n"
        "1/ S/26111.\n\n2/ S/1994/262.\n\n3/ S/12611.\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Having studied the report of the Secretary-General of 20 July 1993, and taking "
        "note of the observations expressed therein,",
        "Welcoming the report of the Secretary-General of 4 March 1994 on his mission,",
    ]
    assert draft.operative[0].text == (
        "Re-emphasizes the guidelines stated in the report of 19 March 1978, approved by "
        "resolution 426 (1978);"
    )
    # Kept, with their lines, and the notes they call read as notes.
    assert sorted((r.line, r.text) for r in draft.furniture) == [(3, "1/"), (6, "2/"), (8, "3/")]
    assert [n.mark for n in draft.footnotes] == ["1/", "2/", "3/"]
    assert "footnote-calls" in codes(draft)


def test_a_slash_in_a_symbol_a_date_or_a_fraction_is_no_mark() -> None:
    # Only a word that is a number and a slash, after a word on its line, is a mark:
    # never a part of a symbol (a symbol cut after its slash too), a date or a fraction.
    draft = read(
        "Recalling document S/1/Rev.1, the letter of 1/2 March and document\n"
        "A/RES/ 1/ of the Assembly,\n\n"
        "1. Decides that 1/2 of the costs and 3/4 of the posts shall be borne by them;\n"
    )
    assert draft.preamble[0].text == (
        "Recalling document S/1/Rev.1, the letter of 1/2 March and document A/RES/ 1/ of "
        "the Assembly,"
    )
    assert draft.operative[0].text == (
        "Decides that 1/2 of the costs and 3/4 of the posts shall be borne by them;"
    )
    assert taken(draft) == []


def test_a_number_and_slash_that_a_number_goes_on_from_or_a_word_takes_is_no_mark() -> None:
    # A symbol cut at its slash, on its line or at the line's end ("resolution 47/" then
    # "121 of ..."), an OCR'd fraction and a count go on with a number: taking "47/" out
    # as a call would make the clause cite resolution 121. A number a word takes
    # ("paragraph 1/", "page 12/") is that word's, not a call. A mark after a name is.
    draft = read(
        "Recalling its resolution 47/\n121 of 18 December 1992 and Human Rights Council\n"
        "resolution 5/ 1 of 18 June 2007,\n\n"
        "Recalling paragraph 1/ of its resolution 1244 (1999) and page 12/ of the report,\n\n"
        "1. Decides that 1 1/ 2 per cent of the costs, by a vote of 13/ 0/ 2, shall be "
        "borne by them;\n\n"
        "2. Takes note of the report of the Secretary-General, 2/ and decides to remain "
        "seized.\n"
    )
    assert [c.text for c in draft.preamble] == [
        "Recalling its resolution 47/121 of 18 December 1992 and Human Rights Council "
        "resolution 5/ 1 of 18 June 2007,",
        "Recalling paragraph 1/ of its resolution 1244 (1999) and page 12/ of the report,",
    ]
    assert draft.operative[0].text == (
        "Decides that 1 1/ 2 per cent of the costs, by a vote of 13/ 0/ 2, shall be borne by them;"
    )
    assert draft.operative[1].text == (
        "Takes note of the report of the Secretary-General, and decides to remain seized."
    )
    assert taken(draft) == ["2/"]


def test_the_warning_names_the_slash_form_only_where_a_call_had_it() -> None:
    # A text of bare-number calls is told what it was told before the slash marks were
    # read (its Markdown and HTML reports unchanged); one with a "1/" call is told so.
    def message(draft: Draft) -> str:
        (warning,) = [w for w in draft.warnings if w.code == "footnote-calls"]
        return warning.message

    bare = read("Recalling the statement of its President of 18 April 1980, 27\n\n1. Decides.\n")
    assert "slash" not in message(bare)
    assert message(bare).endswith("(as in “of 12 June 1980, 42”), left out of the text")
    marked = read("Recalling the report of 20 July 1993, 1/ and the letter,\n\n1. Decides.\n")
    assert "marked with a slash (“1/”), left out of the text" in message(marked)
