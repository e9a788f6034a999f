"""What a recital tells rather than does (twenty-seventh session): a condition that says
how something came about ("deployed at the request of the Government") and a period
another proposed ("the recommendation of the Secretary-General to extend the mandate for
a period of twelve months") are named, not weighed (``resdiff.classify.recitals``). The
same words under a recital's ask, in the Council's own terms recalled, or in an operative
paragraph keep their weight. And a number in words that carries its figure in brackets
("within five (5) months") is one number, read from its words. Every text is made up for
these tests."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft, op1

import resdiff

#: The operative part every recital test shares: unchanged, so that only PP1 moves.
_OPS = ["Decides to extend the mandate of the Mission until 31 March 2024;", CLOSING]


def _pp1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    return change_of(resdiff.compare(draft(_OPS, preamble=old), draft(_OPS, preamble=new)), "PP1")


# -- a request told in a recital -----------------------------------------------------------


def test_a_deployment_at_the_request_of_the_government_told_in_a_recital_is_no_condition() -> None:
    kind, shifts = _pp1(
        "Recalling that the Mission was deployed in 2019 to support the Government of the "
        "Republic,",
        "Recalling that the Mission was deployed in 2019 at the request of the Government of "
        "the Republic,",
    )
    assert shifts == [
        (
            "neutral",
            "condition added: “at the request of” (a form of “upon request”) (in the preamble)",
        )
    ], shifts
    assert kind == "reworded", shifts


def test_a_request_told_under_a_welcome_is_no_condition_either_way() -> None:
    with_it = (
        "Welcoming the continued support of the Mission to the national authorities at the "
        "request of the Government,"
    )
    without = "Welcoming the continued support of the Mission to the national authorities,"
    for old, new in ((without, with_it), (with_it, without)):
        kind, shifts = _pp1(old, new)
        assert all(d == "neutral" for d, _ in shifts), shifts
        assert kind == "reworded", shifts


def test_a_condition_under_a_recitals_own_ask_still_softens() -> None:
    # "Encouraging" asks: the request limits what the Mission is encouraged to do.
    kind, shifts = _pp1(
        "Welcoming the deployment of the Mission, and encouraging it to support the authorities,",
        "Welcoming the deployment of the Mission, and encouraging it to support the "
        "authorities at the request of the Government,",
    )
    assert ("softer", "condition added: “at the request of” (a form of “upon request”)") in (shifts)
    assert kind == "softened", shifts


def test_a_condition_put_into_an_operative_decision_still_softens() -> None:
    kind, shifts = op1(
        "Decides that the Mission shall provide logistical support to the national police;",
        "Decides that the Mission shall provide logistical support to the national police at "
        "the request of the Government;",
    )
    assert shifts == [
        ("softer", "condition added: “at the request of” (a form of “upon request”)")
    ], shifts
    assert kind == "softened"


def test_another_condition_in_a_recital_keeps_its_weight() -> None:
    # Only the conditions marked told_in_recitals are facts in a recital: measures
    # continued "to the extent not superseded" are limited whatever the paragraph.
    _, shifts = _pp1(
        "Reaffirming that, to the extent not superseded in the present resolution, the "
        "measures provided for in resolution 100 (2010) shall continue in effect,",
        "Reaffirming that the measures provided for in resolution 100 (2010) shall continue "
        "in effect,",
    )
    assert ("stronger", "condition removed: “to the extent not superseded”") in shifts, shifts


# -- a period another proposed ---------------------------------------------------------------


def test_the_period_the_secretary_general_recommended_moved_on_in_a_recital_is_not_weighed() -> (
    None
):
    kind, shifts = _pp1(
        "Taking note of the recommendation of the Secretary-General to extend the mandate of "
        "the Mission for a period of six months,",
        "Taking note of the recommendation of the Secretary-General to extend the mandate of "
        "the Mission for a period of twelve months,",
    )
    assert shifts == [("neutral", "duration: six → twelve months (in the preamble)")], shifts
    assert kind == "reworded", shifts


def test_the_councils_own_period_recalled_in_a_recital_is_still_weighed() -> None:
    kind, shifts = _pp1(
        "Recalling its decision to extend the mandate of the Mission for a period of six months,",
        "Recalling its decision to extend the mandate of the Mission for a period of twelve "
        "months,",
    )
    assert shifts == [("stronger", "duration: six → twelve months (stronger)")], shifts
    assert kind == "strengthened"


def test_a_period_decided_on_the_recommendation_is_the_councils_own() -> None:
    kind, shifts = op1(
        "Decides, in line with the recommendation of the Secretary-General, to extend the "
        "mandate of the Mission for a period of six months;",
        "Decides, in line with the recommendation of the Secretary-General, to extend the "
        "mandate of the Mission for a period of twelve months;",
    )
    assert ("stronger", "duration: six → twelve months (stronger)") in shifts, shifts
    assert kind == "strengthened"


def test_a_proposal_word_in_another_clause_of_the_recital_does_not_reach_the_period() -> None:
    _, shifts = _pp1(
        "Taking note of the proposals of the Secretary-General; recalling its decision to "
        "extend the mandate of the Mission for a period of six months,",
        "Taking note of the proposals of the Secretary-General; recalling its decision to "
        "extend the mandate of the Mission for a period of twelve months,",
    )
    assert ("stronger", "duration: six → twelve months (stronger)") in shifts, shifts


def test_a_proposal_word_under_another_lead_does_not_reach_the_councils_own_period() -> None:
    kind, shifts = _pp1(
        "Taking note of the recommendations of the Secretary-General, and recalling its "
        "decision to extend the mandate of the Mission for a period of six months,",
        "Taking note of the recommendations of the Secretary-General, and recalling its "
        "decision to extend the mandate of the Mission for a period of twelve months,",
    )
    assert ("stronger", "duration: six → twelve months (stronger)") in shifts, shifts
    assert kind == "strengthened"


# -- a number in words with its figure in brackets --------------------------------------------

_REPORT = (
    "Requests the Secretary-General to report to the Council within {} of the adoption of "
    "this resolution on the situation;"
)


def test_a_deadline_written_with_its_figure_in_brackets_is_read_as_the_shorter_time() -> None:
    # "within five (5) months" is one limit, five months: not a limit gone and none come.
    kind, shifts = op1(_REPORT.format("eleven months"), _REPORT.format("five (5) months"))
    assert shifts == [("stronger", "deadline: eleven → five months (stronger)")], shifts
    assert kind == "strengthened"


def test_the_same_number_printed_with_its_figure_is_no_change() -> None:
    kind, shifts = op1(_REPORT.format("five months"), _REPORT.format("five (5) months"))
    assert shifts == [], shifts
    assert kind == "reworded"


def test_a_citation_after_a_number_word_is_no_figure_of_it() -> None:
    # Four digits in brackets are a year: "one (2020)" is no number echoed.
    _, shifts = op1(
        "Recalls its resolution 2532 (2020) and requests the Mission to report within one month;",
        "Recalls its resolution 2565 (2021) and requests the Mission to report within one month;",
    )
    assert shifts == [("neutral", "citation: 2532 (2020) → 2565 (2021)")], shifts


# -- review of shifts17: a request limiting a norm a recital states; a number printed
# again in brackets the other way round or in thousands ---------------------------------


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


def test_a_subparagraph_after_a_paragraph_number_is_no_number_echoed() -> None:
    # Only number words in brackets repeat a figure: "paragraph 7 (d)" keeps its letter.
    _, shifts = op1(
        "Requests the Mission to implement the tasks set out in paragraph 7 (d) above;",
        "Requests the Mission to implement the tasks set out in paragraph 7 (e) above;",
    )
    assert shifts == [("neutral", "paragraph reference: paragraph 7 (d) → paragraph 7 (e)")], shifts
