"""Wrong named shifts (ninth trial, 5 December 2026): a paragraph added or dropped whose
act is a winding-down names its verb, and does not weigh it as an ask added. Pinned with
short made-up sentences in resolution style, with controls the rule leaves alone."""

from __future__ import annotations

import resdiff
from resdiff.classify.vehicles import VEHICLE_NOTE
from resdiff.model import Comparison

CLOSING = "Decides to remain seized of the matter."
FIRST = "Recalling its previous resolutions on the situation in Freedonia,"
RENEWAL = "Decides to extend the mandate of UNFREE until 31 March 2032;"


def _draft(operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{FIRST}\n\n{ops}\n"


def _added(cmp: Comparison, ref: str) -> list[tuple[str, str, str | None]]:
    change = next(c for c in cmp.changes if c.new == (ref,) and not c.old)
    return [(s.feature, s.direction, s.note) for x in change.walk() for s in x.shifts]


def _dropped(cmp: Comparison, ref: str) -> list[tuple[str, str, str | None]]:
    change = next(c for c in cmp.changes if c.old == (ref,) and not c.new)
    return [(s.feature, s.direction, s.note) for x in change.walk() for s in x.shifts]


# Two clauses: the call, and the cut it prepares. (Where the verb itself governs the
# drawdown, "calls upon UNFREE to complete the phased drawdown", the clause already
# reads as the drawdown alone.)
DRAWDOWN = (
    "Calls upon UNFREE to work closely with the United Nations country team to prepare "
    "the handover of its tasks, and decides to reduce the authorized troop ceiling of "
    "UNFREE to 2,000 personnel;"
)


def test_a_new_paragraph_that_draws_a_mission_down_does_not_weigh_its_call() -> None:
    # MONUSCO 2022 OP40, ATMIS 2022 OP26, Rwanda 1993 OP9: the judges call the new
    # paragraph softer; its call is how the drawdown is said, not a new ask.
    shifts = _added(
        resdiff.compare(_draft([RENEWAL, CLOSING]), _draft([RENEWAL, DRAWDOWN, CLOSING])), "OP2"
    )
    assert ("lifecycle", "softer", None) in shifts, shifts
    verbs = [s for s in shifts if s[0] == "verb"]
    assert verbs and all(d == "neutral" and note == VEHICLE_NOTE for _, d, note in verbs), shifts


def test_a_dropped_drawdown_takes_its_call_with_it_unweighed() -> None:
    # The mirror: the paragraph that drew the mission down goes; the drawdown no longer
    # asked is what weighs, not "operative verb removed".
    shifts = _dropped(
        resdiff.compare(_draft([RENEWAL, DRAWDOWN, CLOSING]), _draft([RENEWAL, CLOSING])), "OP2"
    )
    lifecycle = [s for s in shifts if s[0] == "lifecycle"]
    verbs = [s for s in shifts if s[0] == "verb"]
    assert lifecycle and all(d == "stronger" for _, d, _ in lifecycle), shifts
    assert verbs and all(d == "neutral" for _, d, _ in verbs), shifts


def test_a_new_ask_with_no_winding_down_still_weighs() -> None:
    # Control: a new call that winds nothing down is an ask added, stronger.
    ask = "Calls upon all parties to cooperate fully with UNFREE;"
    shifts = _added(
        resdiff.compare(_draft([RENEWAL, CLOSING]), _draft([RENEWAL, ask, CLOSING])), "OP2"
    )
    assert ("verb", "stronger", None) in shifts, shifts


def test_a_new_paragraph_that_also_extends_keeps_its_verbs_weighed() -> None:
    # Control: where the same paragraph also extends the mandate (a life-cycle shift the
    # verb's way), the verbs are not only the drawdown's vehicle.
    both = (
        "Decides to extend the mandate of UNFREE until 31 March 2033, requests the "
        "Secretary-General to report to it every 90 days, and decides to reduce the "
        "authorized troop ceiling of UNFREE to 2,000 personnel;"
    )
    shifts = _added(resdiff.compare(_draft([CLOSING]), _draft([both, CLOSING])), "OP1")
    assert any(f == "verb" and d == "stronger" for f, d, _ in shifts), shifts
