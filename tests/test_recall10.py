"""Recall of "softened" and "strengthened" on real texts (tenth round, 5 December 2026):
general drafting rules that let a one-sided verdict through where the hand-judged
benchmark sees one and resdiff read a mere rewording. Each rule is pinned with short
sentences in resolution style, written for these tests.

- A time limit set on an ask where the ask had none ("report ... by 31 October 1963",
  "within three months", "at the latest") presses harder; lifted, it eases. Not where the
  other version times the ask in other terms (another date, an interval, "as soon as
  possible", "periodically"), nor where the limit starts a cycle of reports, nor in a
  recital (a date told, not set), nor with a request already spent. Nor (review of the
  same day) a period "from the date of adoption" (a duration), a clause that asks no act
  ("Condemns", "Welcomes"), a date "before" or "prior to" placing an event, a limit
  inside a condition ("unless ... on or before"), nor a sunset ("shall terminate by").
- Words that aggravate the act a text censures ("premeditated", "flagrant", "massive")
  added press the charge harder; taken out, they ease it.
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import change_of as _change
from drafting import draft as _draft
from drafting import op1 as _op1

import resdiff
from resdiff.lexicon.match import _default_lexicon


def _deadlines(shifts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(d, s) for d, s in shifts if "deadline" in s]


# -- a time limit set or lifted ------------------------------------------------------


def test_a_date_set_on_a_request_where_it_had_none_strengthens_it() -> None:
    old = "Requests the Secretary-General to keep the question of the border under review;"
    new = (
        "Requests the Secretary-General to keep the question of the border under review "
        "and to report to the Security Council by 30 September 1975;"
    )
    kind, shifts = _op1(old, new)
    assert kind == "strengthened", shifts
    # The report is a task the old text did not ask: it is what strengthens the request
    # (task added), and its date is its term, named, not weighed twice (date21, §2ew).
    assert _deadlines(shifts) == [
        (
            "neutral",
            "deadline added: 30 September 1975 (the term of a task the old text did not ask)",
        )
    ], shifts
    assert any(d == "stronger" and "task added" in w for d, w in shifts), shifts


def test_a_date_lifted_from_a_request_softens_it() -> None:
    old = (
        "Requests the Secretary-General to report to the Council on the progress of the "
        "talks not later than 15 March 1979;"
    )
    new = "Requests the Secretary-General to report to the Council on the progress of the talks;"
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts
    assert [d for d, _ in _deadlines(shifts)] == ["softer"], shifts


def test_a_limit_counted_from_adoption_lifted_softens_the_ask() -> None:
    # "to meet again within three months" gone: the Council no longer binds itself to
    # come back to the question by a set time.
    old = "Decides to remain seized of the question and to meet again within three months;"
    new = "Decides to remain seized of the question;"
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts
    assert [d for d, _ in _deadlines(shifts)] == ["softer"], shifts


def test_a_date_at_the_latest_turned_into_quickly_softens_the_ask() -> None:
    old = (
        "Urges the parties to conclude a peace agreement at the beginning of June 1984 at "
        "the latest;"
    )
    new = "Urges the parties to conclude quickly a peace agreement;"
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts


def test_a_date_moved_on_is_the_calendar_not_a_limit_set_or_lifted() -> None:
    old = "Requests the Secretary-General to report to the Council by 31 May 1983;"
    new = "Requests the Secretary-General to report to the Council by 30 November 1983;"
    kind, shifts = _op1(old, new)
    assert kind == "reworded", shifts
    assert all(d == "neutral" for d, _ in shifts), shifts


def test_a_date_put_as_soon_as_possible_is_the_time_asked_in_other_terms() -> None:
    # The report still wanted, at an open time: the date was not lifted.
    old = "Requests the Secretary-General to report to the Council not later than 31 March 1968;"
    new = "Requests the Secretary-General to report to the Council as soon as possible;"
    _, shifts = _op1(old, new)
    assert _deadlines(shifts) == [], shifts


def test_a_one_time_report_made_periodic_is_no_limit_lifted() -> None:
    old = (
        "Invites the Secretary-General to report to the Council, not later than two months "
        "after the adoption of the present resolution, on its implementation;"
    )
    new = (
        "Invites the Secretary-General to report to the Council on a regular basis on the "
        "implementation of the present resolution;"
    )
    kind, shifts = _op1(old, new)
    assert _deadlines(shifts) == [], shifts
    assert kind != "softened", shifts


def test_the_date_of_a_first_report_in_a_cycle_is_not_a_limit_of_its_own() -> None:
    # The first report's date went with the 90-day cycle it started; the cycle is read on
    # its own (as a reporting interval), not the date as a limit lifted.
    old = (
        "Requests the Secretary-General to report on the implementation of this resolution, "
        "with the first written report due by 15 November and every 90 days thereafter;"
    )
    new = "Requests the Secretary-General to report on the implementation of this resolution;"
    _, shifts = _op1(old, new)
    assert _deadlines(shifts) == [], shifts


def test_a_date_a_recital_tells_is_no_limit() -> None:
    old_pre = "Noting the recommendation of the Secretary-General that the Office be closed,"
    new_pre = (
        "Noting the recommendation of the Secretary-General that the Office be closed by "
        "31 December 2020,"
    )
    cmp = resdiff.compare(_draft([CLOSING], preamble=old_pre), _draft([CLOSING], preamble=new_pre))
    kind, shifts = _change(cmp, "PP1")
    assert kind == "reworded", shifts
    assert _deadlines(shifts) == [], shifts


def test_an_interval_counted_from_adoption_stays_an_interval() -> None:
    # "every six months from the adoption" is a cycle, not a limit "six months from the
    # adoption": the interval's match is kept whole.
    found = _default_lexicon().quantities_in(
        "to brief the Council every six months from the adoption of this resolution"
    )
    assert [q.id for q in found] == ["reporting_interval"]
    found = _default_lexicon().quantities_in(
        "to report eleven months after the adoption of this resolution"
    )
    assert [(q.id, q.value) for q in found] == [("deadline", "eleven")]


def test_a_limit_set_weighs_as_operative_language_not_as_a_headline() -> None:
    old = "Requests the Secretary-General to report to the Council on the situation;"
    new = "Requests the Secretary-General to report to the Council on the situation by 1 May 1978;"
    cmp = resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING]))
    change = next(c for c in cmp.changes if "OP1" in c.new)
    (shift,) = [s for s in change.shifts if "deadline" in s.describe()]
    assert shift.direction == "stronger"
    assert 0 < shift.weight < 20


# -- censure: the act aggravated -----------------------------------------------------


def test_an_aggravating_word_put_on_the_censured_act_strengthens_it() -> None:
    old = "Condemns the attacks by the armed forces on the villages in the area;"
    new = "Condemns the premeditated attacks by the armed forces on the villages in the area;"
    kind, shifts = _op1(old, new)
    assert kind == "strengthened", shifts
    assert ("stronger", "emphasis added: “premeditated”") in shifts, shifts


def test_an_aggravating_word_taken_off_the_censured_act_softens_it() -> None:
    old = "Strongly deplores the flagrant violations of the cease-fire in the area;"
    new = "Strongly deplores the violations of the cease-fire in the area;"
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts
    assert any(d == "softer" and "flagrant" in s for d, s in shifts), shifts


def test_an_aggravating_word_in_a_new_account_of_the_facts_is_not_read_alone() -> None:
    # The word came with a new account of another event: the facts changed, not the
    # charge pressed on the same act.
    old = "Deplores the shelling of the town of Kasr on 3 May by the forces of the occupying Power;"
    new = (
        "Deplores the shelling of the town of Kasr on 3 May by the forces of the occupying "
        "Power, and the massive bombardment of refugee camps near the northern coast "
        "during the following week;"
    )
    _, shifts = _op1(old, new)
    assert not any(s.startswith("emphasis") for _, s in shifts), shifts


# -- what is no time limit on an ask (review of 5 December 2026) ---------------------


def test_a_mandate_period_counted_from_adoption_is_a_duration() -> None:
    # "for a period of N months from the date of adoption" is how long the mandate runs,
    # not a time limit: longer is stronger, weighed as a headline (as before the rule).
    old = (
        "Decides to renew the mandate of the Observer Force for a period of six months from "
        "the date of adoption of this resolution;"
    )
    kind, shifts = _op1(old, old.replace("six months", "twelve months"))
    assert kind == "strengthened", shifts
    assert shifts == [("stronger", "duration: six → twelve months (stronger)")], shifts
    old = (
        "Decides that the measures shall remain in force for a further period of 12 months "
        "from the date of adoption of this resolution;"
    )
    kind, shifts = _op1(old, old.replace("12 months", "18 months"))
    assert kind == "strengthened", shifts
    assert _deadlines(shifts) == [], shifts


def test_a_sunset_counted_from_adoption_put_later_is_stronger() -> None:
    old = (
        "Decides that the measures imposed by paragraph 4 shall terminate 12 months after the "
        "adoption of this resolution;"
    )
    kind, shifts = _op1(old, old.replace("12 months", "18 months"))
    assert kind == "strengthened", shifts
    assert shifts == [("stronger", "duration: 12 → 18 months (stronger)")], shifts


def test_a_report_asked_months_after_adoption_is_still_a_limit() -> None:
    old = (
        "Requests the Secretary-General to report to the Council three months after the "
        "adoption of this resolution;"
    )
    new = "Requests the Secretary-General to report to the Council;"
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts
    assert [d for d, _ in _deadlines(shifts)] == ["softer"], shifts


def test_a_date_placing_a_past_event_is_no_limit() -> None:
    pairs = [
        (
            "Calls upon the parties to return their forces to the lines they held before "
            "3 March 1974;",
            "Calls upon the parties to return their forces to the lines they held;",
        ),
        (
            "Demands that the occupying forces withdraw to the positions occupied by them "
            "before 22 October 1973;",
            "Demands that the occupying forces withdraw to the positions occupied by them;",
        ),
        (
            "Calls for the restoration of the lawful authorities in place prior to 2 August 1990;",
            "Calls for the restoration of the lawful authorities;",
        ),
        (
            "Urges all parties to respect the outcome of the elections held before 15 May 2021;",
            "Urges all parties to respect the outcome of the elections;",
        ),
        (
            "Urges the parties to abide by the truce agreed before 1 January 2021;",
            "Urges the parties to abide by the truce;",
        ),
    ]
    for old, new in pairs:
        kind, shifts = _op1(old, new)
        assert _deadlines(shifts) == [], (old, shifts)
        assert kind != "softened", (old, shifts)


def test_a_limit_in_a_clause_that_asks_nothing_is_a_fact() -> None:
    pairs = [
        (
            "Condemns the shelling carried out within 48 hours of the signing of the truce;",
            "Condemns the shelling carried out after the signing of the truce;",
        ),
        (
            "Welcomes the holding of local elections within four months of the agreement;",
            "Welcomes the holding of local elections;",
        ),
    ]
    for old, new in pairs:
        kind, shifts = _op1(old, new)
        assert _deadlines(shifts) == [], (old, shifts)
        assert kind != "softened", (old, shifts)


def test_a_limit_on_an_act_asked_is_still_read() -> None:
    # The rule is kept where the limit times the act asked.
    for old, new in [
        (
            "Demands that the armed units leave the zone not later than 30 April 1976;",
            "Demands that the armed units leave the zone;",
        ),
        (
            "Requests the Secretary-General to submit a report within 45 days;",
            "Requests the Secretary-General to submit a report;",
        ),
        (
            "Demands that the armed units leave the zone before 30 April 1976;",
            "Demands that the armed units leave the zone;",
        ),
    ]:
        kind, shifts = _op1(old, new)
        assert kind == "softened", (old, shifts)
        assert [d for d, _ in _deadlines(shifts)] == ["softer"], (old, shifts)


def test_a_grace_period_in_a_condition_removed_is_not_a_limit_lifted() -> None:
    for when in ("on or before", "by"):
        old = (
            f"Authorizes Member States, unless the occupying State {when} 1 March 1991 fully "
            "complies with the relevant resolutions, to use all necessary means;"
        )
        new = "Authorizes Member States to use all necessary means;"
        kind, shifts = _op1(old, new)
        assert _deadlines(shifts) == [], (when, shifts)
        assert kind != "softened", (when, shifts)


def test_a_sunset_removed_or_added_is_read_once_by_the_lifecycle_rules() -> None:
    ending = "Decides that the measures imposed by paragraph 2 shall terminate by 30 June 2024;"
    lasting = "Decides that the measures imposed by paragraph 2 shall remain in force;"
    kind, shifts = _op1(ending, lasting)
    assert kind == "strengthened", shifts
    assert _deadlines(shifts) == [], shifts
    kind, shifts = _op1(lasting, ending)
    assert kind == "softened", shifts
    assert _deadlines(shifts) == [], shifts


def test_a_limit_hedged_if_possible_is_still_a_limit_on_the_ask() -> None:
    # "if possible" hedges the limit; it is no condition the limit sits in.
    old = "Requests the Secretary-General to submit a report on all aspects of the matter;"
    new = (
        "Requests the Secretary-General to submit, and if possible no later than 60 days "
        "after the adoption of the present resolution, a report on all aspects of the matter;"
    )
    _, shifts = _op1(old, new)
    assert [d for d, _ in _deadlines(shifts)] == ["stronger"], shifts
