"""A key change's shift that is named with a direction but weighs nothing is no half of a
mixed change (review of the thirty-first session's merge). user21 gave each shift of a
key change its arrow where they go both ways; a stage the new text decides in another
paragraph ("measure or mandate no longer extended", weight 0), a censure below a higher
one, a drawdown told in figures are named, not weighed, and read as a weighed ▼ half
beside the ▲ that does weigh. Made-up texts."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff
from resdiff.explain import describe_key_change, goes_both_ways, key_change_reasons
from resdiff.model import KeyChange, Shift

_RAISED = Shift(feature="verb", old="calls upon", new="demands", direction="stronger", weight=6.667)
_UNWEIGHED = Shift(feature="lifecycle", old="extended", new=None, direction="softer", weight=0.0)


def _key(*shifts: Shift) -> KeyChange:
    return KeyChange(
        label="OP1",
        kind="mixed",
        direction="stronger",
        weight=shifts[0].weight,
        headline="operative verb strengthened: calls upon → demands",
        shifts=shifts,
    )


def test_a_half_that_weighs_nothing_does_not_make_the_change_go_both_ways() -> None:
    key = _key(_RAISED, _UNWEIGHED)
    assert not goes_both_ways(key)
    # Before: "▲ operative verb strengthened ...; ▼ measure or mandate no longer extended",
    # and the short reports gave the unweighed shift a line of its own as the ▼ half.
    assert "▼" not in describe_key_change(key)
    assert key_change_reasons(key, every=False) == [key.headline]


def test_where_both_ways_weigh_the_unweighed_shift_is_marked_as_named_only() -> None:
    cmp = resdiff.compare(
        draft(
            [
                "Decides to extend the mandate of the Mission until 1 March 2024, and calls "
                "upon the parties to cooperate fully with the Mission in the discharge of "
                "its mandate;",
                "Requests the Secretary-General to report every three months;",
                CLOSING,
            ]
        ),
        draft(
            [
                "Demands that the parties cooperate fully with the Mission in the discharge "
                "of its mandate;",
                "Decides to extend the mandate of the Mission until 1 March 2025;",
                "Requests the Secretary-General to report every three months;",
                CLOSING,
            ]
        ),
    )
    (key,) = [k for k in cmp.summary.key_changes if k.label == "OP1"]
    assert any(s.weight == 0 and s.direction == "softer" for s in key.shifts)
    words = describe_key_change(key)
    assert "◆ measure or mandate no longer extended" in words
    assert "▼ measure or mandate no longer extended" not in words
    # The short reports' halves are the heaviest of each way that weighs.
    short = key_change_reasons(key, every=False)
    assert len(short) == 2 and not any("no longer extended" in r for r in short)
