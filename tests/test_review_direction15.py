"""Review of direction15: the renewal read in the words of its period is the Council's
keeping on of its own body, force or measure, not every "shall continue to ... until" or
"to maintain ... for a further period". Made-up wording: the conduct of a State, the
parties or the Secretary-General carried on to a date, an intention noted, a drawdown
carried on, the closing formula with another adverb, a period of review. The corpus's
seven clauses this round reads (S/RES/2549, 2557, 2604, 2611, 2617, 2658, 2665) are read
as before: the body named before its modal, with a phrase between commas or brackets, an
acronym, or the authorization "to establish for a further period"."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.lexicon import Lexicon


def _labels(text: str) -> list[str]:
    return [m.label for m in Lexicon.default().lifecycle_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A task or a State's, the parties' or the Secretary-General's conduct to a date.
        "Decides that the Secretary-General will continue to report to the Council until 31 "
        "December 1995;",
        "Decides that the Government shall continue to cooperate fully with the Mission until "
        "31 December 1995;",
        "Noting that the Government will continue to cooperate with the Panel until 31 July 1991,",
        "Decides that the parties shall continue to observe the ceasefire until 1 January 1990;",
        # A measure States carry on to a date in another verb than "take" (the CAR
        # embargo's construct, measured and left unread by direction15).
        "Decides that all States shall continue to prevent the supply of arms to the "
        "territory until 31 July 1991;",
        "Decides that all States shall continue to freeze the funds of the designated "
        "individuals until 31 July 1991;",
        # A withdrawal carried on: a drawdown, never a renewal.
        "Demands that the foreign forces shall continue to withdraw until 31 March 1989;",
        "Decides that the Force should continue to draw down for the period ending 31 "
        "December 1995;",
        "Decides that the Mission shall continue to withdraw its personnel for a period of six "
        "months;",
        # The parties' or a State's conduct, or an intention, "for a further period".
        "Calls upon the parties to maintain the ceasefire for a further period of three months;",
        "Urges Member States to continue to contribute troops to the Force for a further period;",
        "Welcomes the decision of the Government to maintain its troops in the region for a "
        "further period of six months;",
        "Notes that the Secretary-General intends to maintain the Force for a further period;",
        "Expresses its intention to continue the deployment of the Force for a further period;",
        # The closing formula with another adverb than "actively".
        "Decides to remain closely seized of the matter for a further period;",
    ],
)
def test_what_the_council_does_not_keep_on_is_no_renewal(text: str) -> None:
    assert "extended" not in _labels(text)


def test_a_period_of_review_is_no_renewal_period() -> None:
    # The measures kept ("maintained", as before), not renewed for a period.
    text = "Decides to maintain the measures under review for a further period of review;"
    assert "extended" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # The corpus's wordings (S/RES/2611 (2021), 2617 (2021), 2549 (2020)), in ours.
        "Decides that, in order to assist the Committee, the Monitoring Team (the Team), "
        "established pursuant to paragraph 7 of resolution 100 (1990), shall continue to "
        "support the Committee for a period of twelve months from the date of expiration;",
        "Decides that CTED will continue to operate as a special political mission for the "
        "period ending 31 December 1995;",
        "Authorizes the Member States acting through the regional organization to establish "
        "for a further period of twelve months a multinational stabilization force;",
        "Decides to maintain the Force in the territory for a further period of six months;",
        "Decides that the mandate of the Force shall continue in effect until 15 June 1990;",
    ],
)
def test_the_council_keeping_its_own_body_on_is_still_read(text: str) -> None:
    assert "extended" in _labels(text)


def _adopted(symbol: str, year: str, until: str) -> str:
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the territory,\n\n"
        "1. Decides that all Member States shall continue to prevent the direct or indirect "
        f"supply of arms to the territory until {until};\n\n"
        "2. Decides to remain seized of the matter.\n"
    )


def test_an_embargo_states_carry_on_to_a_later_date_is_reworded() -> None:
    # The CAR embargo's construct in another verb than "take": its new date is neutral, as
    # the judges of the CAR pairs read it, not a renewal period grown "10 -> 16 months".
    old = _adopted("100", "1990", "31 January 1991")
    new = _adopted("200", "1991", "31 July 1992")
    assert resdiff.compare(old, new).summary.direction == "neutral"
