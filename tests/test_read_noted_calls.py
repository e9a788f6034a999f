"""A printed note's number is its call where the other readings of the footnote calls
(resdiff.read.text.calls) leave it, the page's own evidence settling it (scan19): at the
end of a paragraph whose final punctuation the print lost, after a document symbol, its
addendum or a bracketed symbol before any word, and after a cited date's comma before
"of". Each number taken is kept as furniture; without the note printed, the number stays
text."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.model import Draft


def read(body: str, *notes: str) -> Draft:
    """A draft of ``body``, the record of its vote, and ``notes`` printed below, as the
    yearly volumes print them."""
    text = "The Security Council,\n\n" + body + "\n\nAdopted unanimously at the 2431st meeting.\n"
    if notes:
        text += "\n\n" + "\n\n".join(notes) + "\n"
    return resdiff.parse(text, format="text", analyze=False)


def texts(draft: Draft) -> list[str]:
    return [p.text for p in [*draft.preamble, *draft.operative]]


def taken(draft: Draft) -> list[str]:
    return [r.text for r in draft.furniture if r.text.strip().isdigit()]


_END = (
    "Recalling the Geneva Convention relative to the Protection of Civilian Persons in "
    "Time of War, of 12 August 1949 30\n\n"
    "Having considered the report of the Secretary-General 44\n\n"
    "1. Decides to remain seized of the matter."
)
_END_NOTES = ("30 United Nations, Treaty Series, vol. 75.", "44 Ibid., document S/15776.")


def test_a_printed_notes_number_ends_a_paragraph_that_lost_its_punctuation() -> None:
    draft = read(_END, *_END_NOTES)
    assert texts(draft)[:2] == [
        "Recalling the Geneva Convention relative to the Protection of Civilian Persons in "
        "Time of War, of 12 August 1949",
        "Having considered the report of the Secretary-General",
    ]
    assert sorted(taken(draft)) == ["30", "44"]
    assert "footnote-calls" in [w.code for w in draft.warnings]


def test_without_its_note_or_after_a_word_that_takes_it_the_number_stays() -> None:
    # No note printed: the number may be text.
    draft = read(_END)
    assert texts(draft)[1] == "Having considered the report of the Secretary-General 44"
    # The note printed, but the word before takes the number ("under Article 41").
    body = "Acting under Article 41\n\n1. Decides to remain seized of the matter."
    draft = read(body, "41 Ibid., document S/15776.")
    assert texts(draft)[0] == "Acting under Article 41"


_INSIDE = (
    "Having considered the letter of the Member States contained in document S/4279 and "
    "Add.1 1 concerning the situation in the Union of South Africa,\n\n"
    "Recalling the Secretary-General's note (S/8561), 25 particularly his note to the "
    "Permanent Representative,\n\n"
    "1. Directs that the proposals contained in document S/1216, 27\n"
    "be transmitted to the Commission;\n\n"
    "2. Decides to remain seized of the matter."
)


def test_a_printed_notes_number_after_a_symbol_before_any_word() -> None:
    draft = read(
        _INSIDE,
        "1 Ibid., Supplement for April 1960.",
        "25 Ibid., document S/8561.",
        "27 Ibid., Fourth Year.",
    )
    assert texts(draft)[:3] == [
        "Having considered the letter of the Member States contained in document S/4279 "
        "and Add.1 concerning the situation in the Union of South Africa,",
        "Recalling the Secretary-General's note (S/8561), particularly his note to the "
        "Permanent Representative,",
        "Directs that the proposals contained in document S/1216, be transmitted to the "
        "Commission;",
    ]
    assert sorted(taken(draft), key=int) == ["1", "25", "27"]


@pytest.mark.parametrize(
    "preamble",
    [
        # A month after the number: a date's day.
        "Recalling the Secretary-General's note (S/8561), 25 March 1968 and his report,",
        # A figure after it: a list of numbers.
        "Recalling the documents S/8561, 25 and 26 of the series,",
    ],
)
def test_a_printed_notes_number_before_a_month_or_a_figure_stays(preamble: str) -> None:
    draft = read(f"{preamble}\n\n1. Decides to remain seized of the matter.", "25 Ibid.")
    assert texts(draft)[0] == preamble


def test_a_printed_notes_number_after_a_cited_dates_comma_before_of() -> None:
    body = (
        "Having received the fourth report, dated 16 September 1952, 5 of the United "
        "Nations Representative for India and Pakistan,\n\n"
        "Noting that as at 31 December 1993, 12 of the members had paid,\n\n"
        "1. Decides to remain seized of the matter."
    )
    draft = read(body, "5 Ibid., document S/2783.", "12 Ibid., document S/2784.")
    assert texts(draft)[:2] == [
        "Having received the fourth report, dated 16 September 1952, of the United "
        "Nations Representative for India and Pakistan,",
        # A date that tells a time, not a cited document's: "12 of the members" counts.
        "Noting that as at 31 December 1993, 12 of the members had paid,",
    ]
    assert taken(draft) == ["5"]
