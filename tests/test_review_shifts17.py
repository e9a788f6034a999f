"""Review of branch shifts17 (twenty-seventh session): a request in a recital that states a
norm ("Stressing that assistance should be provided upon request") limits the norm and is
weighed, not told as a fact; and a number printed again in brackets the other way round
("5 (five)") or with its figure in thousands ("four thousand (4,000)") is one number.
Every text is made up for these tests."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft, op1

import resdiff

_OPS = ["Decides to extend the mandate of the Mission until 31 March 2024;", CLOSING]


def _pp1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    return change_of(resdiff.compare(draft(_OPS, preamble=old), draft(_OPS, preamble=new)), "PP1")


def test_a_request_limiting_what_a_recital_says_should_be_done_still_softens() -> None:
    kind, shifts = _pp1(
        "Stressing that humanitarian assistance should be provided to the affected States,",
        "Stressing that humanitarian assistance should be provided to the affected States "
        "upon request,",
    )
    assert shifts == [("softer", "condition added: “upon request”")], shifts
    assert kind == "softened"


def test_a_request_limiting_a_need_the_recital_emphasizes_is_weighed_when_dropped() -> None:
    kind, shifts = _pp1(
        "Emphasizing the need for risk assessments by the Government with the support of "
        "the United Nations, upon the request of the Government,",
        "Emphasizing the need for risk assessments by the Government with the support of "
        "the United Nations,",
    )
    assert (
        "stronger",
        "condition removed: “upon the request of” (a form of “upon request”)",
    ) in shifts, shifts
    assert kind == "strengthened"


def test_a_request_told_after_a_month_named_may_is_still_a_fact() -> None:
    # "may" is no normative word of the condition: it is also a month.
    kind, shifts = _pp1(
        "Recalling that the Mission was deployed in May 2019 to support the Government,",
        "Recalling that the Mission was deployed in May 2019 at the request of the Government,",
    )
    assert all(d == "neutral" for d, _ in shifts), shifts
    assert kind == "reworded"


_REPORT = (
    "Requests the Secretary-General to report to the Council within {} of the adoption of "
    "this resolution on the situation;"
)


def test_a_figure_printed_with_its_words_in_brackets_is_read_as_the_shorter_time() -> None:
    kind, shifts = op1(_REPORT.format("eleven months"), _REPORT.format("5 (five) months"))
    assert shifts == [("stronger", "deadline: eleven → 5 months (stronger)")], shifts
    assert kind == "strengthened"


def test_a_figure_with_its_words_in_brackets_is_no_change() -> None:
    kind, shifts = op1(_REPORT.format("5 months"), _REPORT.format("5 (five) months"))
    assert shifts == [], shifts
    assert kind == "reworded"


def test_a_ceiling_in_words_with_its_figure_in_thousands_is_read() -> None:
    kind, shifts = op1(
        "Decides to authorize a force of up to 5,000 troops;",
        "Decides to authorize a force of up to four thousand (4,000) troops;",
    )
    assert [d for d, s in shifts if s.startswith("personnel ceiling")] == ["softer"], shifts
    assert kind == "softened"
