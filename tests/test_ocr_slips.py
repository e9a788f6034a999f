"""OCR slips (resdiff/lexicon/ocr.toml) folded for matching only: a slip its neighbours
prove is the word the print meant, in the same words of two texts and in an addressee's
scope; a near miss (a name, a real word, the abbreviation "cf.") stays as printed; the
reports show the text as printed. Also the scanned prints' footnote calls ("1/") and marks
glued to a year ("1990,4", "1990,*") that ``same_words`` folds."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.classify.folding import same_words
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("Invites ail States to assist", "Invites all States to assist"),
        ("Urges ail Member States to assist", "Urges all Member States to assist"),
        ("Asks ali parties to talk", "Asks all parties to talk"),
        ("Thanks alt Member States for", "Thanks all Member States for"),
        ("respect for humanitarian Jaw and", "respect for humanitarian law and"),
        ("the conduct cf the talks", "the conduct of the talks"),
        ("the support tor the mission", "the support for the mission"),
        ("the Republic of [ran and", "the Republic of Iran and"),
        ("a meeting in Furope,", "a meeting in Europe,"),
        # "l" read as "!" at a word's end, "i" as "1", "f" as "{", "t" as "i" (scan19).
        ("Calls upon al! Governments to deny", "Calls upon all Governments to deny"),
        ("to cease al! forms of terrorist action", "to cease all forms of terrorist action"),
        ("the Genera! Assembly resolution", "the General Assembly resolution"),
        ("by the Secretary-Genera! that the", "by the Secretary-General that the"),
        ("the Convention 1s applicable to", "the Convention is applicable to"),
        ("an advisory opinion {rom the Court", "an advisory opinion from the Court"),
        ("to ensure thai there are no diversions", "to ensure that there are no diversions"),
        # Across a line break, as a scanned print leaves it.
        ("Invites ail\nStates to assist", "Invites all\nStates to assist"),
    ],
)
def test_a_proven_slip_folds_to_its_word(lex: Lexicon, printed: str, meant: str) -> None:
    assert lex.ocr_fold(printed) == meant


@pytest.mark.parametrize(
    "printed",
    [
        "Welcomes the visit of Mr. Ali to the region",  # a name, capitalised
        "Notes the visit of Ali States envoy",  # a name, even before an addressee
        "the troubles that ail the region",  # "ail" the verb: no addressee after it
        "the ills that ail its neighbours",
        "as set out in its report (cf. paragraph 3)",  # the abbreviation keeps its point
        "see cf. the annex",
        "the Jaw of the valley",  # no "humanitarian" or "international" before it
        "a tor of granite in the park",  # no article after it
        "the bail States set",  # a longer word ending in a slip
        "the ails States",  # a longer word
        "[ran out of time]",  # a bracketed text, not after "of"
        "Furopean",  # a longer word beginning with a slip
        "the Alt key",
        "the Thai Government",  # a name, capitalised
        # The name before a word that opens a clause: the slip is matched as printed,
        # so a capital "Thai" is never "that" (the line above would hold even if it were
        # not, "Government" opening no clause). "21st" holds a slip's letters ("1s"),
        # so the pattern itself is tried, not only the look for the slips' letters.
        "the statement of 21st May, published in Thai the same day",
        "a thai curry",  # lower case, but before no word that opens a clause
        "the rally!",  # a longer word ending in the slip's letters
        "General! Assembly",  # not the slip's shape
        "1st of May",  # a figure and letters that are an ordinal
    ],
)
def test_a_near_miss_stays_as_printed(lex: Lexicon, printed: str) -> None:
    assert lex.ocr_fold(printed) == printed


def test_a_text_without_slips_is_the_same_object(lex: Lexicon) -> None:
    text = "Calls upon all States to cooperate fully"
    assert lex.ocr_fold(text) is text


def test_the_same_words_fold_a_slip(lex: Lexicon) -> None:
    assert same_words(lex, "Invites ail States to assist;") == same_words(
        lex, "Invites all States to assist;"
    )
    # Not a slip, so a difference.
    assert same_words(lex, "the ills that ail the region") != same_words(
        lex, "the ills that all the region"
    )


def test_an_addressee_after_a_slip_keeps_its_scope(lex: Lexicon) -> None:
    found = lex.addressee_in("Invites ail States to assist the mission")
    assert found is not None
    assert found.scope == "all"
    # Shown as printed, from the same span.
    assert found.text == "ail States"
    # "ail" the verb, before "the": no slip, and "the parties" are plain.
    plain = lex.addressee_in("the troubles that ail the parties")
    assert plain is not None and plain.scope == "plain"


DOC = (
    "The Security Council,\n\nRecalling its earlier decisions,\n\n1. {}\n\n"
    "2. Decides to remain seized of the matter.\n"
)


def _changes(old: str, new: str) -> list[tuple[str, list[str]]]:
    cmp = resdiff.compare(DOC.format(old), DOC.format(new))
    return [
        (c.kind, [s.describe() for sub in c.walk() for s in sub.shifts])
        for c in cmp.changes
        if c.kind != "unchanged"
    ]


def test_a_slip_alone_changes_nothing() -> None:
    assert (
        _changes(
            "Invites all States to assist the mission in its work;",
            "Invites ail States to assist the mission in its work;",
        )
        == []
    )
    assert (
        _changes(
            "Calls upon the parties to respect international humanitarian law;",
            "Calls upon the parties to respect international humanitarian Jaw;",
        )
        == []
    )


def test_all_read_with_an_exclamation_mark_narrows_no_addressee() -> None:
    # "al!" for "all": read as printed, the addressee lost its "all" and resdiff named a
    # narrower addressee, softer, on a provision that did not change (scan19).
    assert (
        _changes(
            "Calls upon all States to refrain from any act which may widen the conflict;",
            "Calls upon al! States to refrain from any act which may widen the conflict;",
        )
        == []
    )


def test_a_slip_narrows_no_addressee_and_the_report_shows_it_as_printed() -> None:
    cmp = resdiff.compare(
        DOC.format("Invites all States to assist the mission;"),
        DOC.format("Invites ail States to assist the mission and its staff in the field;"),
    )
    changed = [c for c in cmp.changes if c.kind != "unchanged"]
    assert changed and "ail States" in changed[0].new_text
    shifts = [s.describe() for c in changed for sub in c.walk() for s in sub.shifts]
    assert not any("addressee" in s for s in shifts), shifts


def test_a_mark_glued_to_a_year_is_shown_as_printed() -> None:
    # Folded for the verdict only: the provision is unchanged, and the red line still
    # shows the figure as printed, no character of either text lost (scan19 review).
    cmp = resdiff.compare(
        DOC.format("Decides to extend the mandate until 31 December 2020;"),
        DOC.format("Decides to extend the mandate until 31 December 20205;"),
    )
    change = next(c for c in cmp.changes if c.new == ("OP1",))
    assert change.kind == "unchanged"
    assert (1, "20205") in change.redline
    assert "".join(t for op, t in change.redline if op >= 0) == (
        "Decides to extend the mandate until 31 December 20205;"
    )
    assert "".join(t for op, t in change.redline if op <= 0) == (
        "Decides to extend the mandate until 31 December 2020;"
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A mark glued to the year's comma, or printed as a star.
        ("as set out in the plan of 4 May 1990,4 approved by the Council;",
         "as set out in the plan of 4 May 1990,* approved by the Council;"),
        ("as set out in the plan of 4 May 1990,4 approved by the Council;",
         "as set out in the plan of 4 May 1990, approved by the Council;"),
        # A mark glued to a date's year, the space lost ("19906" for 1990 + note 6).
        ("at the meeting at Jakarta on 10 September 19906 and its commitment;",
         "at the meeting at Jakarta on 10 September 1990 and its commitment;"),
        ("at the 2345th meeting on 1 April 198259 calling on the parties;",
         "at the 2345th meeting on 1 April 1982 calling on the parties;"),
        # A footnote call, spaced or glued to the next word.
        ("bound by the treaty of 2 June 1950, 2/ and by its protocol;",
         "bound by the treaty of 2 June 1950, and by its protocol;"),
        ("as set out in the plan of 4 May 1990, 5/approved by the Council;",
         "as set out in the plan of 4 May 1990, approved by the Council;"),
        # A footnote's text run in after the paragraph's last point.
        ("Decides to keep the question under review. 3/s Official Records, vol. 4, No. 12.",
         "Decides to keep the question under review."),
    ],
)  # fmt: skip
def test_a_scanned_footnote_mark_is_no_word(lex: Lexicon, one: str, other: str) -> None:
    assert same_words(lex, one) == same_words(lex, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # A number after a year's comma that no sentence word follows.
        ("in 1990,100 observers arrived;", "in 1990, observers arrived;"),
        # A figure of five digits without a month before it: text, not a year and a mark.
        ("the Conventions of 19493 persons;", "the Conventions of 1949 persons;"),
        ("on 10 September 1990, 19906 persons;", "on 10 September 1990, 1990 persons;"),
        # More than three figures after a month's year: a number, not a year and a mark.
        ("on 1 May 19901234 and", "on 1 May 1990 and"),
        # A decision's number, a fraction, a symbol: not footnote calls.
        ("under decision 1/CP.9 of the parties;", "under decision CP.9 of the parties;"),
        ("for 1/2 of the period;", "for 2 of the period;"),
        ("in document S/12/Add.1 and", "in document S/Add.1 and"),
        # After a point but inside the paragraph, a figure with a slash that no space
        # precedes: text.
        ("Decides to review it. It fixed 1/2 of the quota.", "Decides to review it."),
    ],
)
def test_a_figure_that_is_text_stays(lex: Lexicon, one: str, other: str) -> None:
    assert same_words(lex, one) != same_words(lex, other)


def test_a_slip_that_changes_the_length_is_refused() -> None:
    with pytest.raises(LexiconError, match="as many characters"):
        Lexicon.from_toml('[ocr]\ngovemment = { word = "government" }\n')
    with pytest.raises(LexiconError, match="one word"):
        Lexicon.from_toml('[ocr]\n"ail States" = { word = "all States" }\n')


def test_a_users_file_adds_or_switches_off_a_slip(lex: Lexicon) -> None:
    added = lex.extend(Lexicon.from_toml('[ocr]\nbcth = { word = "both", before = ["sides"] }\n'))
    assert added.ocr_fold("Urges bcth sides to talk") == "Urges both sides to talk"
    off = lex.extend(Lexicon.from_toml('[ocr]\nail = { word = "all", disabled = true }\n'))
    assert off.ocr_fold("Invites ail States to assist") == "Invites ail States to assist"
