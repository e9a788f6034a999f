"""The key changes of a later resolution, and "anew" (issue 9 §7, nineteenth session).

- A decision stands until the Council undoes it: one a later resolution leaves out was
  more often done or still in force than withdrawn (on the even half of the judged sets
  such key changes were borne out 7 times in 15, a demand left out 24 times in 26). It
  ranks among the key changes at the share a follow-up's left-out provisions weigh
  (``FOLLOW_UP_LEFT_OUT``) and keeps its weight in the balance; a demand left out ranks in
  full, and so does a revised draft's omission, which is its choice. Ranking every
  provision left out at half also gained on both halves, but cost holdout13 a key change
  below its floor (unifil-1981a).
- "Expresses anew its deepest concern" (S/RES/564 (1985)): "anew" continues the verb as
  "again" does, so the concern is read."""

from __future__ import annotations

from drafting import CLOSING, draft, op1

import resdiff


def _resolution(number: int, year: int, operative: list[str]) -> str:
    """A small adopted resolution with its symbol and date: a later one than any with a
    lower number and year."""
    head = (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 March {year}\n\n"
    )
    return draft(
        operative, "Recalling its previous resolutions on the situation in Freedonia,", head
    )


_OLD = [
    "Decides to convene a conference of the parties in Geneva on 1 May 2021;",
    "Calls upon all parties in Freedonia to cease hostilities;",
    CLOSING,
]
_NEW = [
    "Calls upon all parties in Freedonia to cease hostilities;",
    "Demands that all parties allow the delivery of humanitarian assistance;",
    CLOSING,
]


def test_a_later_resolution_leads_with_what_it_adds_over_what_it_leaves_out() -> None:
    cmp = resdiff.compare(_resolution(101, 2021, _OLD), _resolution(120, 2022, _NEW))
    keys = cmp.summary.key_changes
    assert [k.label for k in keys] == ["new OP2 (added)", "old OP1 (dropped)"]
    # Ranked lower, not weighed less: the decision left out keeps its weight, and the
    # balance still reads it.
    assert keys[1].weight == 8.0
    assert cmp.summary.direction == "softer"


def test_a_revised_draft_leads_with_what_it_leaves_out_when_heavier() -> None:
    cmp = resdiff.compare(draft(_OLD), draft(_NEW))
    assert [k.label for k in cmp.summary.key_changes] == [
        "old OP1 (dropped)",
        "new OP2 (added)",
    ]


def test_a_demand_a_later_resolution_leaves_out_ranks_in_full() -> None:
    old = ["Demands that all parties cease hostilities immediately;", *_OLD[1:]]
    new = [
        "Calls upon all parties in Freedonia to cease hostilities;",
        "Calls upon all parties to allow the delivery of humanitarian assistance;",
        CLOSING,
    ]
    cmp = resdiff.compare(_resolution(101, 2021, old), _resolution(120, 2022, new))
    assert cmp.summary.key_changes[0].label == "old OP1 (dropped)"


def test_a_demand_left_out_beside_a_decision_ranks_in_full() -> None:
    # Only the decision ranks at half: the demand left out in the same paragraph ranks
    # as a demand left out alone does, above a condemnation added (6.667 > 6). Halving
    # the whole paragraph put the condemnation first.
    added = [_NEW[0], "Condemns the attacks against civilians in Freedonia;", CLOSING]
    for opening in (
        "Demands that all parties attend a conference of the parties in Geneva;",
        "Decides to convene a conference of the parties in Geneva and demands that all "
        "parties attend it;",
    ):
        old = [opening, *_OLD[1:]]
        cmp = resdiff.compare(_resolution(101, 2021, old), _resolution(120, 2022, added))
        assert [k.label for k in cmp.summary.key_changes] == [
            "old OP1 (dropped)",
            "new OP2 (added)",
        ], opening


def test_a_measure_a_later_resolution_leaves_out_ranks_in_full() -> None:
    # A decision whose heaviest shift is the measure it imposed (30) is not halved: it
    # still leads a renewal added (25), which it would not at half its weight (15).
    old = [
        "Decides that all States shall prevent the sale or supply of arms to Freedonia;",
        *_OLD[1:],
    ]
    new = [
        _NEW[0],
        "Decides to extend the mandate of the United Nations Mission in Freedonia until "
        "31 March 2023;",
        CLOSING,
    ]
    cmp = resdiff.compare(_resolution(101, 2021, old), _resolution(120, 2022, new))
    assert [k.label for k in cmp.summary.key_changes] == [
        "old OP1 (dropped)",
        "new OP2 (added)",
    ]


def test_anew_continues_the_verb() -> None:
    kind, shifts = op1(
        "Calls upon all parties to cease hostilities;",
        "Expresses anew its deepest concern at the violence against civilians, and calls "
        "upon all parties to cease hostilities;",
    )
    assert kind == "strengthened"
    assert ("stronger", "censure added: expresses anew its deepest concern") in shifts
    assert op1(
        "Calls upon all parties to cease hostilities;",
        "Calls anew upon all parties to cease hostilities;",
    ) == ("reworded", [])
