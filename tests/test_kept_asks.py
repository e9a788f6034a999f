"""What a kept ask covers (issue 9, asks6 round, 6 December 2026): an element of a
report, or a whole task, put in or taken out of an ask kept at its tier
(resdiff/clauses/tasks.py). Each rule is pinned with short sentences in resolution
style, written for these tests, and with the near misses that must not fire: an element
set out in an earlier resolution, an element or a task reworded, a task traded for
another, and the Council's own decisions. (A task taken out with nothing put in beside it
is not read: tests/test_review9.py.)
"""

from __future__ import annotations

from drafting import CLOSING, draft
from drafting import op1 as _op1

import resdiff


def _scope(shifts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(d, s) for d, s in shifts if "element" in s or "task" in s]


_REPORT = (
    "Requests the Secretary-General to report to the Security Council every three months "
    "on the implementation of this resolution{}, and on the humanitarian situation;"
)

# -- an element of a report ------------------------------------------------------------


def test_an_element_taken_from_a_kept_request_for_reports_softens_it() -> None:
    old = _REPORT.format(", on progress towards the agreed benchmarks for the transition")
    kind, shifts = _op1(old, _REPORT.format(""))
    assert [d for d, _ in _scope(shifts)] == ["softer"], shifts
    assert "reporting element dropped" in _scope(shifts)[0][1], shifts
    assert kind == "softened", shifts


def test_an_element_put_in_a_kept_request_for_reports_strengthens_it() -> None:
    # The element cites the Council's resolutions, which the reach rule reads as where
    # the ask stands: it is what the reports must now cover.
    old = (
        "Requests the Secretary-General to continue to report on the progress of the "
        "peace talks and on all aspects of the situation on the ground;"
    )
    new = (
        "Requests the Secretary-General to continue to report on the progress of the "
        "peace talks, in particular on the implementation of its relevant resolutions, "
        "and on all aspects of the situation on the ground;"
    )
    kind, shifts = _op1(old, new)
    assert [d for d, _ in _scope(shifts)] == ["stronger"], shifts
    assert "reporting element added" in _scope(shifts)[0][1], shifts
    assert kind == "strengthened", shifts


def test_an_instruction_to_include_in_his_reports_taken_out_softens_the_request() -> None:
    old = (
        "Requests the Secretary-General to keep the Council informed every ninety days "
        "of developments in the country, and to include in his reports an evaluation of "
        "mission performance against the benchmarks;"
    )
    new = (
        "Requests the Secretary-General to keep the Council informed every ninety days "
        "of developments in the country;"
    )
    kind, shifts = _op1(old, new)
    assert [d for d, _ in _scope(shifts)] == ["softer"], shifts
    assert kind == "softened", shifts


def test_an_element_the_earlier_resolution_sets_out_is_not_taken_away() -> None:
    old = (
        "Requests the Secretary-General to keep the Council informed through written "
        "reports every 90 days as set out in resolution 1234 (2019), with the next report "
        "due by 1 May 2020, on the situation on the ground and progress towards the "
        "electoral benchmarks;"
    )
    new = (
        "Requests the Secretary-General to keep the Council informed through written "
        "reports every 90 days as set out in resolution 1234 (2019), with the next report "
        "due by 1 May 2021;"
    )
    _, shifts = _op1(old, new)
    assert _scope(shifts) == [], shifts
    # Nor, compared the other way round, put in.
    _, shifts = _op1(new, old)
    assert _scope(shifts) == [], shifts


def test_an_element_reworded_is_no_element_added_or_taken() -> None:
    old = _REPORT.format(", on the progress of the political process")
    new = _REPORT.format(", on political progress and the process")
    _, shifts = _op1(old, new)
    assert _scope(shifts) == [], shifts


def test_a_report_s_contents_under_an_encouragement_are_not_read() -> None:
    # An encouragement asks no report: what it names is not a task of the mandate.
    old = "Encourages the Government to share information on the implementation of the plan;"
    new = (
        "Encourages the Government to share information on the implementation of the plan "
        "and on the reform of the justice sector institutions;"
    )
    _, shifts = _op1(old, new)
    assert not [s for _, s in shifts if "reporting element" in s], shifts


# -- a whole task --------------------------------------------------------------------------


def test_a_task_joined_to_a_kept_call_strengthens_it() -> None:
    old = "Calls upon all parties to comply with the ceasefire agreement signed at the conference;"
    new = (
        "Calls upon all parties to comply with the ceasefire agreement and to lend all "
        "necessary assistance to the Mission;"
    )
    kind, shifts = _op1(old, new)
    assert _scope(shifts) == [
        ("stronger", "item added (task added): lend all necessary assistance to the Mission")
    ], shifts
    assert kind == "strengthened", shifts


def test_a_task_taken_from_a_kept_request_softens_it() -> None:
    old = (
        "Requests the Secretary-General to continue his good offices, to assist the two "
        "parties in reaching a negotiated settlement and to keep the Council informed;"
    )
    new = (
        "Requests the Secretary-General to continue his good offices and to keep the "
        "Council informed of developments on the ground;"
    )
    kind, shifts = _op1(old, new)
    assert [d for d, _ in _scope(shifts)] == ["softer"], shifts
    assert "task dropped" in _scope(shifts)[0][1], shifts
    assert kind == "softened", shifts


def test_a_task_traded_for_another_is_a_rewording() -> None:
    old = (
        "Requests the Secretary-General to continue his good offices and to assist the "
        "parties in demarcating the border area;"
    )
    new = (
        "Requests the Secretary-General to continue his good offices and to advise the "
        "government on preparations for local elections;"
    )
    _, shifts = _op1(old, new)
    assert _scope(shifts) == [], shifts


def test_a_task_reworded_keeps_its_counterpart() -> None:
    old = (
        "Urges the Government to release political detainees and to investigate reports "
        "of violations by security forces;"
    )
    new = (
        "Urges the Government to release political detainees and to investigate all "
        "reported violations committed by security forces;"
    )
    _, shifts = _op1(old, new)
    assert not [s for _, s in shifts if "task" in s], shifts


def test_the_councils_own_decision_renewed_shorter_drops_no_task() -> None:
    old = (
        "Decides to renew the measures set out in resolution 1234 (2019) until 1 May 2022 "
        "and to review the designation criteria in the light of progress made;"
    )
    new = "Decides to renew the measures set out in resolution 1234 (2019) until 1 May 2023;"
    _, shifts = _op1(old, new)
    assert not [s for _, s in shifts if "task" in s], shifts


# -- review (issue 9, review6): near misses a drafting expert reads as no change of force --


def _direction_and_shifts(old_ops: list[str], new_ops: list[str]) -> tuple[str, list[str]]:
    cmp = resdiff.compare(resdiff.parse(draft(old_ops)), resdiff.parse(draft(new_ops)))
    weighed = [
        s.describe()
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.direction != "neutral"
    ]
    return cmp.summary.direction, weighed


_GOOD_OFFICES = (
    "Requests the Secretary-General to continue his good offices with the parties, to "
    "assist the parties in demarcating the border area and to keep the Council regularly "
    "informed;"
)
_GOOD_OFFICES_SHORT = (
    "Requests the Secretary-General to continue his good offices with the parties in close "
    "consultation with the Government and to keep the Council regularly informed;"
)
_SPLIT_OFF = "Requests the Secretary-General to assist the parties in demarcating the border area;"
_RENEWAL = "Decides to extend the mandate of the Mission until 31 March 2024;"


def test_a_task_split_off_into_a_paragraph_of_its_own_is_no_task_dropped() -> None:
    # The task still asked, word for word, in a new paragraph of its own: moved, not
    # taken out (nor, the other way round, put in).
    old = [_GOOD_OFFICES, _RENEWAL, CLOSING]
    new = [_GOOD_OFFICES_SHORT, _SPLIT_OFF, _RENEWAL, CLOSING]
    direction, weighed = _direction_and_shifts(old, new)
    assert not [s for s in weighed if "task" in s], weighed
    assert direction == "neutral", (direction, weighed)
    direction, weighed = _direction_and_shifts(new, old)
    assert not [s for s in weighed if "task" in s], weighed
    assert direction == "neutral", (direction, weighed)


def test_on_as_a_plain_preposition_opens_no_element_of_a_report() -> None:
    # "on behalf of", "on the request of", "on an urgent basis", "on his own
    # initiative": how or for whom the reports are made, not what they cover.
    for aside in (
        ", on behalf of the Special Representative and the country team,",
        ", on the request of the Government of the host country,",
        ", on an urgent and priority basis,",
        ", on a case-by-case basis where circumstances so require,",
        ", on his own initiative and in close consultation with the Government,",
        ", on the occasion of each renewal of the mandate,",
    ):
        _, shifts = _op1(_REPORT.format(aside), _REPORT.format(""))
        assert not [s for _, s in shifts if "reporting element" in s], (aside, shifts)


def test_an_element_is_quoted_without_the_list_s_joiner() -> None:
    # "[-the implementation of the recommendations of the strategic review and on-]
    # progress": the element is the recommendations' implementation, printed without the
    # "and on" that led to the next item (nor an "and" before an element that opens so).
    old = (
        "Requests the Secretary-General to report every four months on the implementation "
        "of the recommendations of the strategic review and on progress in the "
        "implementation of resolution 1234 (2006){};"
    )
    _, shifts = _op1(
        old.format(""),
        "Requests the Secretary-General to report every four "
        "months on progress in the implementation of resolution 1234 (2006);",
    )
    assert _scope(shifts) == [
        (
            "softer",
            "item removed (reporting element dropped): the implementation of the "
            "recommendations of the strategic review",
        )
    ], shifts
    _, shifts = _op1(
        old.format(" and on the humanitarian situation in the country"), old.format("")
    )
    assert _scope(shifts) == [
        (
            "softer",
            "item removed (reporting element dropped): on the humanitarian situation in the "
            "country",
        )
    ], shifts
