"""Recall of "softened" and "strengthened" on real texts (fifteenth round, 5 December
2026): censure and intensity inside a paired provision. Each rule is pinned with short
sentences in resolution style, written for these tests.

- The emphasis of a call or a demand made of a party ("Calls upon ... to withdraw
  immediately", "Demands that ... respect scrupulously") presses the party whatever it is
  asked to do: taken out with the words of the ask it stood in, the call eases; put in
  with new words, it presses harder. Only where the provision is that one call or demand
  on both sides: not in a request (its "immediately" times a report), not in a decision
  (it times the plan), not in a provision of several clauses (the word goes with the
  clause it stood in).
- Recitals of 1946–1994 that voice concern or indignation ("Deeply distressed by",
  "Indignant at") are read as censure, on the ladder of "deeply disturbed" and
  "outraged".
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import change_of as _change
from drafting import draft as _draft
from drafting import op1 as _op1

import resdiff


def _emphasis(shifts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(d, s) for d, s in shifts if "emphasis" in s]


# -- the emphasis of a call or a demand, its object rewritten -------------------------


def test_immediately_gone_from_a_call_whose_object_was_rewritten_softens_it() -> None:
    old = (
        "Calls upon the Government of the Republic to take immediately all the steps "
        "required to open the crossing points along the northern frontier;"
    )
    new = (
        "Calls upon the Government of the Republic to pursue a dialogue with its "
        "neighbours through the channels of communication agreed between them;"
    )
    kind, shifts = _op1(old, new)
    assert kind == "softened", shifts
    assert ("softer", "emphasis removed: “immediately”") in _emphasis(shifts), shifts


def test_scrupulously_put_in_a_demand_whose_object_was_rewritten_strengthens_it() -> None:
    old = (
        "Demands that the two parties negotiate at a sustained pace on the arrangements "
        "for the separation of their forces;"
    )
    new = (
        "Demands that the two parties respect scrupulously the commitments they assumed "
        "in the agreement signed at the capital on the separation of their forces;"
    )
    kind, shifts = _op1(old, new)
    assert ("stronger", "emphasis added: “scrupulously”") in _emphasis(shifts), shifts
    assert kind == "strengthened", shifts


def test_immediately_gone_with_a_rewritten_request_for_a_report_is_not_read() -> None:
    # A request times a report: "immediately after the signature" is when, not how hard.
    old = (
        "Requests the Secretary-General to report to the Council immediately after the "
        "signature of the agreements on the withdrawal of the foreign forces;"
    )
    new = (
        "Requests the Secretary-General to keep the Council informed of the progress "
        "made in carrying out the present resolution;"
    )
    _, shifts = _op1(old, new)
    assert _emphasis(shifts) == [], shifts


def test_immediately_gone_with_a_rewritten_decision_is_not_read() -> None:
    old = (
        "Decides to mandate the Secretary-General to resume immediately his contacts "
        "with the parties on the arrangements for the elections;"
    )
    new = (
        "Decides to implement the settlement plan in its definitive form, with elections "
        "held under the supervision of the United Nations;"
    )
    _, shifts = _op1(old, new)
    assert _emphasis(shifts) == [], shifts


def test_a_call_beside_another_clause_keeps_its_emphasis_with_its_words() -> None:
    # Two clauses: the word that went with the rewritten words is theirs, not the call's.
    old = (
        "Calls upon the parties to cease immediately all military activities along the "
        "border, and requests the Secretary-General to report on the situation;"
    )
    new = (
        "Calls upon the parties to respect the rights of the civilian population and "
        "facilitate humanitarian access, and requests the Secretary-General to report "
        "on the situation;"
    )
    _, shifts = _op1(old, new)
    assert _emphasis(shifts) == [], shifts


def test_a_call_that_keeps_its_words_reads_emphasis_as_before() -> None:
    old = "Calls upon all parties to withdraw their forces from the zone;"
    new = "Calls upon all parties to withdraw their forces from the zone immediately;"
    kind, shifts = _op1(old, new)
    assert kind == "strengthened", shifts
    assert _emphasis(shifts) == [("stronger", "emphasis added: “immediately”")], shifts


# -- recitals of concern and indignation --------------------------------------------------


def _pp1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(
        _draft(["Urges the parties to exercise restraint;", CLOSING], old),
        _draft(["Urges the parties to exercise restraint;", CLOSING], new),
    )
    return _change(cmp, "PP1")


def test_deeply_distressed_is_a_concern_and_its_loss_softens_the_recital() -> None:
    old = "Deeply distressed by the repeated incursions into the territory of the Republic,"
    new = "Noting the repeated incursions into the territory of the Republic,"
    kind, shifts = _pp1(old, new)
    assert kind == "softened", shifts
    assert any("censure" in s and d == "softer" for d, s in shifts), shifts


def test_indignant_ranks_above_deep_concern() -> None:
    old = "Deeply concerned at the illegal entry of foreign troops into the Republic,"
    new = "Indignant at the illegal entry of foreign troops into the Republic,"
    kind, shifts = _pp1(old, new)
    assert kind == "strengthened", shifts


def test_distressed_not_at_the_opening_is_not_a_lead() -> None:
    # Near-miss: "distressed" inside a recital, after another lead, is a fact told.
    old = "Noting that the refugees were distressed by the conditions in the camps,"
    new = "Noting that the refugees were affected by the conditions in the camps,"
    _, shifts = _pp1(old, new)
    assert not any("censure" in s for _, s in shifts), shifts


# -- "speedy": the speed of 1946-1994 --------------------------------------------------


def test_without_delay_traded_for_speedy_is_the_same_urgency() -> None:
    old = (
        "Requests all concerned to cooperate with the Secretary-General in bringing "
        "without delay the outstanding issues to a conclusion;"
    )
    new = (
        "Requests all concerned to cooperate with the Secretary-General in bringing "
        "speedily the outstanding issues to a conclusion;"
    )
    _, shifts = _op1(old, new)
    assert _emphasis(shifts) == [], shifts


def test_speedily_put_in_a_call_presses_it() -> None:
    old = "Calls upon the parties to carry out the disengagement of their forces;"
    new = "Calls upon the parties to carry out speedily the disengagement of their forces;"
    kind, shifts = _op1(old, new)
    assert kind == "strengthened", shifts
    assert _emphasis(shifts) == [("stronger", "emphasis added: “speedily”")], shifts


# -- "intensified": effort asked, or an attack told ---------------------------------------


def test_intensified_gone_from_a_condemnation_is_a_fact_not_less_censure() -> None:
    old = (
        "Strongly condemns the regime for its renewed and intensified bombing of the "
        "border provinces of the Republic;"
    )
    new = (
        "Strongly condemns the regime for its latest bombing of the border provinces of "
        "the Republic;"
    )
    _, shifts = _op1(old, new)
    assert _emphasis(shifts) == [], shifts


def test_intensified_efforts_put_in_a_call_still_press_it() -> None:
    # Near-miss: outside a censure the word asks more effort, as before.
    old = "Calls upon the parties to pursue their efforts to reach a settlement;"
    new = "Calls upon the parties to intensify their efforts to reach a settlement;"
    kind, shifts = _op1(old, new)
    assert kind == "strengthened", shifts
    assert ("stronger", "emphasis added: “intensify”") in _emphasis(shifts), shifts


def test_intensification_added_to_a_concern_still_reads_graver() -> None:
    # Near-miss: a concern (below "deplores") at a conflict's intensification is graver.
    old = "Expresses its deep concern at the prolongation of the conflict;"
    new = "Expresses its deep concern at the prolongation and intensification of the conflict;"
    _, shifts = _op1(old, new)
    assert ("stronger", "emphasis added: “intensification”") in _emphasis(shifts), shifts


def test_intensified_efforts_a_condemnation_stresses_are_effort_asked() -> None:
    # Near-miss: a participle inside the condemnation opens a clause of its own, which
    # asks ("stressing the need for intensified efforts"): the word presses the ask.
    old = (
        "Strongly condemns the attacks on the Mission, stressing the need for intensified "
        "efforts to bring the perpetrators to justice;"
    )
    new = (
        "Strongly condemns the attacks on the Mission, stressing the need for efforts to "
        "bring the perpetrators to justice;"
    )
    _, shifts = _op1(old, new)
    assert ("softer", "emphasis removed: “intensified”") in _emphasis(shifts), shifts
