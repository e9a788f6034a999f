"""Recall of "softened" and "strengthened" on provisions resdiff pairs as the judges do
(twenty-sixth session, issue 9): a timing hedge that stands in for no firmer time.

"As soon as possible" eases an ask only in the place of a firmer time ("immediately",
"without delay", a date or a deadline). Put into an ask that set no time, it presses for
speed (stronger); taken out with nothing in its place, the ask is less pressing (softer):
"requests the FGS and AU to agree as soon as possible a memorandum of understanding" ->
"to agree an updated memorandum" (AMISOM 2021 -> ATMIS 2022, judged softer by two judges,
read "hedge removed", stronger). Near misses: in the place of "immediately" or of a date it
is still the hedge; in a request for a report or in a recital it is still named, not
weighed; "in due course" is always the open timetable. Sentences written for these tests.
"""

from __future__ import annotations

import resdiff
from resdiff.lexicon import Lexicon


def _draft(paragraph: str, recital: str = "Recalling its previous resolutions,") -> str:
    return (
        f"The Security Council,\n\n{recital}\n\n"
        f"1. Decides to remain seized of the matter;\n\n2. {paragraph}\n"
    )


def _read(
    old: str, new: str, ref: str = "OP2", *, preamble: bool = False
) -> tuple[str, list[tuple[str, str]]]:
    if preamble:
        ask = "Requests the Secretary-General to report."
        cmp = resdiff.compare(_draft(ask, old), _draft(ask, new))
    else:
        cmp = resdiff.compare(_draft(old), _draft(new))
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


AGREE = (
    "Requests the Government and the Commission to agree{} a memorandum of understanding"
    " on the conditions of support;"
)


def test_urgency_taken_out_of_an_ask_with_no_firmer_time_is_softer() -> None:
    kind, shifts = _read(AGREE.format(" as soon as possible"), AGREE.format(""))
    assert kind == "softened"
    assert [d for d, _ in shifts] == ["softer"]
    assert "as soon as possible" in shifts[0][1]


def test_urgency_put_into_an_ask_that_set_no_time_is_stronger() -> None:
    kind, shifts = _read(AGREE.format(""), AGREE.format(" as soon as possible"))
    assert kind == "strengthened"
    assert [d for d, _ in shifts] == ["stronger"]


def test_the_other_wordings_of_the_hedge_read_alike() -> None:
    wordings = (
        "at the earliest possible date",
        "at the earliest possible time",
        "as early as possible",
    )
    for wording in wordings:
        kind, _ = _read(AGREE.format(f" {wording}"), AGREE.format(""))
        assert kind == "softened", wording


def test_in_the_place_of_immediately_it_is_still_the_hedge() -> None:
    kind, shifts = _read(
        "Demands that the forces withdraw immediately from the territory of the State;",
        "Demands that the forces withdraw as soon as possible from the territory of the State;",
    )
    assert kind == "softened"
    assert ("softer", "hedge added: “as soon as possible”") in shifts


def test_in_the_place_of_a_date_it_is_still_the_hedge() -> None:
    kind, shifts = _read(
        "Demands that the forces withdraw from the territory of the State by 31 December 1990;",
        "Demands that the forces withdraw from the territory of the State as soon as possible;",
    )
    assert kind == "softened"
    assert any(d == "softer" and s.startswith("hedge added") for d, s in shifts)


def test_replaced_by_a_firmer_time_it_is_still_a_hedge_removed() -> None:
    kind, shifts = _read(
        "Urges the Government to begin the training of its units as soon as possible;",
        "Urges the Government to begin the training of its units without further delay;",
    )
    assert kind == "strengthened"
    assert ("stronger", "hedge removed: “as soon as possible”") in shifts


def test_a_report_wanted_soon_and_a_recital_stay_named_not_weighed() -> None:
    kind, shifts = _read(
        "Requests the Secretary-General to report to the Council as soon as possible on its work;",
        "Requests the Secretary-General to report to the Council on its work;",
    )
    assert kind == "reworded"
    assert [d for d, _ in shifts] == ["neutral"]
    kind, shifts = _read(
        "Noting the offer of Member States to establish as soon as possible a secure environment,",
        "Noting the offer of Member States to establish a secure environment,",
        "PP1",
        preamble=True,
    )
    assert kind == "reworded"
    assert all(d == "neutral" for d, _ in shifts)


def test_in_due_course_is_always_the_open_timetable() -> None:
    kind, shifts = _read(
        "Urges the parties to conclude in due course an agreement on the return of refugees;",
        "Urges the parties to conclude an agreement on the return of refugees;",
    )
    assert kind == "strengthened"
    assert ("stronger", "hedge removed: “in due course”") in shifts
    entry = Lexicon.default().hedges["in due course"]
    assert entry.kind == "timing" and not entry.instead_of


# A demand for accountability put into a kept provision (degrees.toml "held accountable"):
# the Council asks that those who committed the acts answer for them.

CONCERN = "Expressing its deep concern about the security situation in the country{}"


def test_accountability_demanded_in_a_kept_recital_is_stronger() -> None:
    for added in (
        ", and stressing that perpetrators of such violence must be held accountable,",
        ", and underlining the need to ensure accountability for violations of international"
        " humanitarian law,",
        ", and stressing the importance of holding those responsible for the attacks to account,",
    ):
        kind, shifts = _read(CONCERN.format(","), CONCERN.format(added), "PP1", preamble=True)
        assert kind == "strengthened", added
        assert [d for d, _ in shifts] == ["stronger"], added


def test_accountability_taken_out_of_an_ask_is_softer() -> None:
    kind, shifts = _read(
        "Calls upon the parties to respect the ceasefire, and stresses that those responsible"
        " for violations should be held to account;",
        "Calls upon the parties to respect the ceasefire;",
    )
    assert kind == "softened"
    assert ("softer", "emphasis removed: “should be held to account”") in shifts


def test_accountability_recalled_described_or_denied_is_not_read() -> None:
    for added in (
        # An earlier text's demand, recalled.
        ", recalling its statement of 5 May in which it stressed that perpetrators must be"
        " held accountable,",
        # Another's plan described, not the Council's demand.
        ", and welcoming a transitional justice strategy that promotes truth while ensuring"
        " accountability for past crimes,",
        # Denied.
        ", and stressing that peacekeepers must not be held accountable by foreign courts,",
    ):
        kind, _ = _read(CONCERN.format(","), CONCERN.format(added), "PP1", preamble=True)
        assert kind != "strengthened", added
    kind, _ = _read(
        "Calls upon the parties to respect the ceasefire;",
        "Calls upon the parties to respect the ceasefire, and recalls its resolution 2286 (2016),"
        " which stressed that those responsible should be held to account;",
    )
    assert kind == "reworded"


def test_held_responsible_is_a_party_s_standing_not_accountability() -> None:
    _, shifts = _read(
        "Decides that the parties shall continue to be held equally responsible for compliance;",
        "Decides that the parties shall be held responsible for compliance;",
    )
    assert not any(s.startswith("emphasis") for _, s in shifts)


def test_accountability_kept_in_other_words_is_not_read() -> None:
    kind, _ = _read(
        "Calls upon the parties to respect the ceasefire, and stresses that those responsible"
        " must be held accountable;",
        "Calls upon the parties to respect the ceasefire, and stresses that those responsible"
        " must be held to account;",
    )
    assert kind == "reworded"


def test_a_demand_binds_at_once_so_the_hedge_put_in_eases_it() -> None:
    # A demand (or a decision) sets its time by itself: "as soon as possible" puts it off.
    kind, shifts = _read(
        "Demands that all forces withdraw from the territory of the State;",
        "Demands that all forces withdraw from the territory of the State as soon as possible;",
    )
    assert kind == "softened"
    assert ("softer", "hedge added: “as soon as possible”") in shifts
    # A call below it sets no time: the same words press it.
    kind, _ = _read(
        "Calls upon the parties to conclude an agreement on the return of refugees;",
        "Calls upon the parties to conclude as soon as possible an agreement on the return of"
        " refugees;",
    )
    assert kind == "strengthened"
