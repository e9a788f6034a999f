"""The asks of a paragraph added or dropped whose act is a winding-down: each verb is
the vehicle of that act, not an ask of its own.

Within one clause the engine already reads a verb that governs a winding-down ("calls
upon UNFREE to complete the phased drawdown") as that act alone: an added or dropped
clause yields one shift. A paragraph of several clauses yields one each, and a new
paragraph "Calls upon MONUSCO to work closely with the UNCT ... to prepare for the exit
of MONUSCO ... underscores the need to progressively transfer MONUSCO's tasks" (MONUSCO
2022 OP40), "Also invites the Secretary-General to consider ways of reducing the total
maximum strength of the Assistance Mission ..., and requests the Secretary-General, in
planning and executing the phased deployment, to seek economies" (Rwanda 1993 OP9) or
"Authorises ... to deploy up to 19,626 uniformed personnel ... until 31 December 2022
and endorses the ... decision to drawdown 2000 personnel" (ATMIS 2022 OP26) read half as
an ask added (stronger) and half as a drawdown (softer), where the judges call each
paragraph's addition softer. Read whole, the paragraph winds the mission down and its
other asks serve that: they are named, not weighed, and the life-cycle shift carries the
paragraph. The mirror holds for a paragraph dropped with its drawdown.

Only an added or dropped paragraph, whose verbs have no counterpart to be ranked against,
only a verb or lead found where the life-cycle shift is (the same paragraph or
sub-paragraph, the shifts' ``ref``), and only where no life-cycle shift there goes the
verb's way: a paragraph that extends a mandate and cuts a ceiling keeps its asks weighed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Shift

#: The features of a clause's lead, which a winding-down in the same clause carries.
_LEADS = frozenset({"verb", "lead"})

#: The note a lead so named carries (the reports print it beside the shift).
VEHICLE_NOTE = "the act of the winding-down it names, not an ask of its own"


def winding_down_vehicles(shifts: Sequence[Shift]) -> list[Shift]:
    """``shifts`` of an added or dropped paragraph, with each verb or lead that stands
    where a life-cycle shift of the other direction does (a drawdown added, or taken away
    with its paragraph), and none of its own direction, named, not weighed."""
    against = {
        (s.ref, s.direction)
        for s in shifts
        if s.feature == "lifecycle" and s.direction in ("softer", "stronger") and s.weight > 0
    }
    if not against:
        return list(shifts)
    opposite = {"softer": "stronger", "stronger": "softer"}
    return [
        s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": VEHICLE_NOTE})
        if s.feature in _LEADS
        and s.direction in opposite
        and (s.ref, opposite[s.direction]) in against
        and (s.ref, s.direction) not in against
        else s
        for s in shifts
    ]
