"""Recall of "softened" and "strengthened" on paired provisions (nineteenth round, 6
December 2026): time limits in the words of older texts. Each rule is pinned with short
sentences in resolution style, written for these tests, and with the near misses that
must not fire.

- A report due "not later than the first week of September 1985", or "before the end of
  1992", is due by a date as much as one due "by 31 October 1963": set where the request
  had none it presses harder, lifted it eases (quantities.toml, ``due_date``).
- A time limit put in or taken out is named once, as a deadline: its words ("the end of")
  are not also more asked (clauses/qualifiers.py, ``_timing_runs_aside``).
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import op1 as _op1

import resdiff
from resdiff.lexicon import Lexicon

_REPORT = "Requests the Secretary-General to report on the implementation of this resolution"


def _deadlines(text: str) -> list[str]:
    return [q.value for q in Lexicon.default().quantities_in(text) if q.id == "due_date"]


# -- the forms of a due date ----------------------------------------------------------


def test_the_first_week_of_a_month_is_a_due_date() -> None:
    assert _deadlines(f"{_REPORT} not later than the first week of March 1971;") == ["March 1971"]
    assert _deadlines(f"{_REPORT} by the last week of June 1966;") == ["June 1966"]


def test_the_end_of_a_year_is_a_due_date() -> None:
    assert _deadlines("Requests the Secretary-General to submit, before the end of 1975, a report;")
    assert _deadlines(f"{_REPORT} prior to the beginning of 1980;")


def test_a_year_alone_is_no_due_date() -> None:
    # A year with no "end", "beginning" or "middle" of it places a fact, it sets no limit
    # ("the elections held in 1975", "since 1967").
    assert _deadlines("Noting the elections held before 1975 in the Territory,") == []
    assert _deadlines(f"{_REPORT} in 1975;") == []


def test_a_week_of_a_month_without_a_limit_word_is_no_due_date() -> None:
    assert _deadlines("Recalling the talks held in the first week of March 1971,") == []


# -- lifted or set ----------------------------------------------------------------------


def test_a_report_deadline_of_a_week_lifted_softens_the_request() -> None:
    kind, shifts = _op1(
        f"{_REPORT} not later than the first week of March 1971;",
        "Requests the Secretary-General to keep the Council informed of the implementation "
        "of this resolution;",
    )
    assert ("softer", "deadline of March 1971 no longer set") in shifts, shifts
    assert kind == "softened", shifts


def test_a_deadline_at_the_end_of_a_year_set_strengthens_the_request_and_is_named_once() -> None:
    kind, shifts = _op1(
        "Requests the Secretary-General to submit a full report on the talks;",
        "Requests the Secretary-General to submit, before the end of 1975, a full report on "
        "the talks;",
    )
    assert shifts == [("stronger", "deadline added: 1975")], shifts
    assert kind == "strengthened", shifts


def test_the_same_year_end_kept_is_no_change_of_force() -> None:
    _kind, shifts = _op1(
        "Requests the Secretary-General to submit, before the end of 1975, a full report on "
        "the talks;",
        "Requests the Secretary-General to submit, before the end of 1975, a full report on "
        "the talks held in Geneva;",
    )
    assert not [s for s in shifts if "deadline" in s[1]], shifts


def test_a_task_put_in_beside_a_deadline_still_widens_the_request() -> None:
    # Only a run that is a time limit and nothing else is set aside: words asked with it
    # are still more asked.
    kind, shifts = _op1(
        "Requests the Secretary-General to submit a full report on the talks;",
        "Requests the Secretary-General to submit, before the end of 1975, a full report on "
        "the talks, and to assist the parties in drawing up a timetable for the withdrawal "
        "of all foreign forces;",
    )
    assert ("stronger", "deadline added: 1975") in shifts, shifts
    assert any(d == "stronger" and s.startswith("reach widened") for d, s in shifts), shifts
    assert kind == "strengthened", shifts


def test_a_week_of_a_month_that_places_an_event_sets_no_deadline() -> None:
    # "before the first week of March 1971" right after an event told ("the positions
    # they held") places that event, as "before the end of 1973" does: no limit on an ask.
    for when in ("the first week of March 1971", "the last week of June 1966"):
        kind, shifts = _op1(
            "Demands that all forces withdraw to the positions they held;",
            f"Demands that all forces withdraw to the positions they held before {when};",
        )
        assert not [s for s in shifts if "deadline" in s[1]], (when, shifts)
        assert kind == "reworded", (when, shifts)


def test_a_year_end_read_where_it_stands_not_where_its_year_is_first_cited() -> None:
    # The limit's value is a year alone, which a resolution cited before it carries too
    # ("resolution 367 (1975)"): the sunset, the condition or the event placed is read
    # before the limit itself, not before the citation.
    for old, new in [
        (
            "Decides, in the light of resolution 367 (1975), that the measures shall terminate;",
            "Decides, in the light of resolution 367 (1975), that the measures shall "
            "terminate by the end of 1975;",
        ),
        (
            "Decides, recalling resolution 660 (1990), that the measures shall be lifted "
            "unless Iraq fully implements it;",
            "Decides, recalling resolution 660 (1990), that the measures shall be lifted "
            "unless Iraq, before the end of 1990, fully implements it;",
        ),
        (
            "Demands, as called for in resolution 340 (1973), that all forces withdraw to "
            "the positions they occupied;",
            "Demands, as called for in resolution 340 (1973), that all forces withdraw to "
            "the positions they occupied before the end of 1973;",
        ),
    ]:
        _kind, shifts = _op1(old, new)
        assert not [s for s in shifts if "deadline" in s[1]], (new, shifts)
    # The same ask with its limit where the citation is: still a deadline added.
    kind, shifts = _op1(
        "Requests the Secretary-General, in the light of resolution 367 (1975), to submit a "
        "full report on the talks;",
        "Requests the Secretary-General, in the light of resolution 367 (1975), to submit, "
        "before the end of 1975, a full report on the talks;",
    )
    assert shifts == [("stronger", "deadline added: 1975")], shifts
    assert kind == "strengthened", shifts


def test_a_deadline_taken_out_is_not_also_fewer_words_asked() -> None:
    # The run taken out that is only a time limit is named once, as the deadline lifted:
    # its words do not also weigh against what the ask gained beside it (the branch of
    # ``_timing_runs_aside`` for deletions; with it read for insertions only, this reads
    # "softened", the widening hidden).
    for limit in ("not later than the first week of March 1971", "not later than 1 March 1971"):
        kind, shifts = _op1(
            f"Calls upon the parties to submit, {limit}, a plan for the withdrawal of their "
            "forces;",
            "Calls upon the parties to submit a plan for the withdrawal of their forces and "
            "for the release of prisoners;",
        )
        assert any(d == "softer" and "no longer set" in s for d, s in shifts), shifts
        assert any(d == "stronger" and s.startswith("reach widened") for d, s in shifts), shifts
        assert kind == "mixed", shifts


# -- spent in a later resolution ----------------------------------------------------------


def _resolution(number: int, adopted: str, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate([*operative, CLOSING], 1))
    year = adopted[-4:]
    return (
        f"United Nations\n\nS/RES/{number} ({year})\n\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its 3000th "
        f"meeting, on {adopted}\n\nThe Security Council,\n\nRecalling its previous "
        f"resolutions,\n\n{body}\n"
    )


def test_a_request_due_by_a_year_end_or_a_week_is_spent_once_that_has_passed() -> None:
    # Dropped from the next resolution, a report asked "before the end of 1992" was
    # delivered or overtaken, as one asked "by the end of 1992" or "by 31 December 1992"
    # is: named spent, not weighed as a request withdrawn.
    kept = "Calls upon the parties to respect the ceasefire;"
    for limit in (
        "before the end of 1992",
        "prior to the end of 1992",
        "not later than the first week of December 1992",
        "by the end of 1992",
    ):
        ask = (
            "Requests the Secretary-General to submit to the Council a report on the "
            f"progress of the talks between the parties {limit};"
        )
        cmp = resdiff.compare(
            _resolution(780, "6 October 1992", [kept, ask]),
            _resolution(880, "30 November 1993", [kept]),
        )
        dropped = next(c for c in cmp.changes if c.kind == "dropped")
        assert [s.note for s in dropped.shifts if s.note] == [f"spent: due {limit}"], limit
        assert cmp.summary.direction == "neutral", limit
    # Not yet passed when the later text dropped it: a request withdrawn.
    ask = (
        "Requests the Secretary-General to submit to the Council a report on the progress "
        "of the talks between the parties before the end of 1992;"
    )
    cmp = resdiff.compare(
        _resolution(780, "6 October 1992", [kept, ask]),
        _resolution(790, "30 November 1992", [kept]),
    )
    assert cmp.summary.direction == "softer"


def test_a_date_that_places_an_event_is_not_a_spent_deadline() -> None:
    # "the operating status that existed prior to 29 February 2020": nothing was due by
    # that date, so the call dropped later is a call withdrawn, not a request spent.
    kept = "Calls upon the parties to respect the ceasefire;"
    ask = (
        "Calls on the leaders to return the crossing points to the operating status that "
        "existed prior to 29 February 2020;"
    )
    cmp = resdiff.compare(
        _resolution(2587, "29 July 2021", [kept, ask]),
        _resolution(2618, "27 January 2022", [kept]),
    )
    dropped = next(c for c in cmp.changes if c.kind == "dropped")
    assert not [s.note for s in dropped.shifts if s.note], dropped.shifts
    assert cmp.summary.direction == "softer"


def test_a_date_out_of_the_calendar_is_read_without_an_error() -> None:
    # A year no calendar holds (an OCR slip, a template's placeholder) in a deadline, a
    # report named by its month or a term's end: read as no date, never a ValueError.
    kept = "Calls upon the parties to respect the ceasefire;"
    for text in (
        "Requests the Secretary-General to report on the talks by 31 December 0000;",
        "Requests the Secretary-General to report on the talks by December 0000;",
        "Requests the Secretary-General to report on the talks not later than the first "
        "week of December 0000;",
        "Requests the Secretary-General to include in his December 0000 report an update;",
        "Decides to extend the mandate of the Force until 30 November 0000;",
    ):
        cmp = resdiff.compare(
            _resolution(780, "6 October 1992", [kept, text]),
            _resolution(880, "30 November 1993", [kept]),
        )
        assert [c.kind for c in cmp.changes if c.kind != "unchanged"] == ["dropped"], text
    # A deadline counted from the adoption of a text dated in the calendar's last year.
    for text in (
        "Requests the Secretary-General to report on the talks within 12 months of the "
        "adoption of this resolution;",
        "Requests the Secretary-General to report on the talks within 90 days of the "
        "adoption of this resolution;",
    ):
        cmp = resdiff.compare(
            _resolution(780, "6 October 9999", [kept, text]),
            _resolution(880, "30 November 9999", [kept]),
        )
        assert [c.kind for c in cmp.changes if c.kind != "unchanged"] == ["dropped"], text
