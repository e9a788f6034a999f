"""Precision of "softened" and "strengthened" on real texts (seventh trial, 4-5 December
2026): general drafting rules that keep a one-sided verdict from a provision where the
hand-judged benchmark sees the other side too, or nothing at all. Each rule is pinned
with short made-up sentences in resolution style."""

from __future__ import annotations

from drafting import draft as _draft

import resdiff
from resdiff.model import Comparison

CLOSING = "Decides to remain seized of the matter."


def _first(cmp: Comparison, ref: str = "OP1") -> tuple[str, list[tuple[str, str]]]:
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def test_a_task_joined_to_an_ask_widens_it_though_the_rest_is_reworded() -> None:
    # The paragraph's request to the Secretary-General left (for another paragraph), while
    # the urge kept is reworded throughout and given two new tasks: "to take appropriate
    # disciplinary measures, and to report ...". The judges read both sides (mixed, or
    # strengthened where the request stands elsewhere), never a bare softening.
    old = (
        "Requests the Secretary-General to keep the Council informed of progress on the "
        "conduct of mission personnel, and urges contributing countries to continue to take "
        "appropriate preventive measures, including training of all personnel, and to ensure "
        "accountability, including through timely investigations of allegations by "
        "contributing countries and the mission as appropriate, holding perpetrators to "
        "account and repatriating units when there is credible evidence of widespread "
        "misconduct;"
    )
    new = (
        "Urges contributing countries to continue taking preventive measures, including "
        "training for all personnel, to ensure accountability, including through timely "
        "investigations of all allegations, to repatriate units when there is credible "
        "evidence of widespread misconduct, to take appropriate disciplinary measures, and "
        "to report to the United Nations fully and promptly on actions undertaken;"
    )
    kind, shifts = _first(resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING])))
    assert kind == "mixed", shifts
    assert any(d == "stronger" and s.startswith("reach widened") for d, s in shifts), shifts


def test_a_task_joined_to_a_declaratory_clause_is_no_wider_ask() -> None:
    # The same words under "welcomes" ask nothing of anyone.
    old = "Welcomes the efforts of the contributing countries to ensure accountability;"
    new = (
        "Welcomes the efforts of the contributing countries to ensure accountability, "
        "to take appropriate disciplinary measures, and to report fully and promptly;"
    )
    kind, shifts = _first(resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING])))
    assert kind == "reworded", shifts


def _adopted(body: str, day: str) -> str:
    return (
        f"Resolution 9991 (2021)\n\nAdopted by the Security Council at its 8900th meeting, "
        f"on {day}\n\n{body}"
    )


def test_a_request_that_takes_up_the_product_of_a_spent_ask_is_spent_with_it() -> None:
    # "calls on the leaders to submit by 15 December 2021 an action plan ..., and requests
    # the Secretary-General to include this action plan in his next report": once the
    # deadline has passed, both clauses are spent; the request was no softening.
    old = (
        "Regrets the lack of participation of women in the process, calls on the leaders "
        "of both sides to submit to the Secretary-General by 15 December 2021 an action "
        "plan to increase the participation of women in the talks, and requests the "
        "Secretary-General to include this action plan in his next report;"
    )
    new = "Regrets the lack of participation of women in the process;"
    later = resdiff.compare(
        _adopted(_draft([old, CLOSING]), "29 July 2021"),
        _adopted(_draft([new, CLOSING]), "27 January 2022"),
    )
    kind, shifts = _first(later)
    assert kind == "reworded", shifts
    assert ("neutral", "operative verb removed: requests") in [
        (d, s.split(" (")[0]) for d, s in shifts
    ], shifts
    assert any("follows up a spent ask (“this action plan”)" in s for _, s in shifts), shifts
    # Before the deadline, the request (and the call) are withdrawn.
    early = resdiff.compare(
        _adopted(_draft([old, CLOSING]), "29 July 2021"),
        _adopted(_draft([new, CLOSING]), "30 November 2021"),
    )
    assert _first(early)[0] == "softened"


def test_a_request_in_this_regard_is_not_a_follow_up_of_a_spent_ask() -> None:
    old = (
        "Regrets the lack of participation of women in the process, calls on the leaders "
        "to submit by 15 December 2021 an action plan in this regard, and requests the "
        "Secretary-General to report to the Council in this regard;"
    )
    new = "Regrets the lack of participation of women in the process;"
    later = resdiff.compare(
        _adopted(_draft([old, CLOSING]), "29 July 2021"),
        _adopted(_draft([new, CLOSING]), "27 January 2022"),
    )
    assert _first(later)[0] == "softened"
