"""An exemption kept "in force until the Council decides otherwise": the words that keep
it keep the exemption, not the measure. When a later text refuses the exemption, the
exemption's removal is weighed (stronger), not also "a measure or mandate no longer
maintained" (softer), which made the change mixed and failed a red line of no weakening
though the measure was made whole (the review of the twenty-fourth session's merge)."""

from __future__ import annotations

import resdiff

_FREEZE = (
    "1. Decides that all States shall freeze the funds, financial assets and economic "
    "resources of the individuals designated by the Committee;"
)


def _draft(op2: str) -> str:
    return (
        "The Security Council,\n\nActing under Chapter VII of the Charter of the United "
        f"Nations,\n\n{_FREEZE}\n\n2. {op2}\n\n3. Decides to remain seized of the matter.\n"
    )


def _op2(old: str, new: str) -> tuple[str, list[str]]:
    cmp = resdiff.compare(resdiff.parse(_draft(old)), resdiff.parse(_draft(new)))
    change = next(c for c in cmp.changes if "OP2" in c.new or "OP2" in c.old)
    return change.kind, [s.feature + ":" + s.direction for s in change.shifts]


def test_an_exemption_kept_in_force_then_refused_is_the_exemption_removed() -> None:
    kind, shifts = _op2(
        "Decides that the measures in paragraph 1 shall not apply to funds necessary for "
        "humanitarian assistance, and that this exemption shall remain in force until the "
        "Council decides otherwise;",
        "Decides that no individual shall be exempted from the measures in paragraph 1;",
    )
    assert kind == "strengthened"
    assert "lifecycle:softer" not in shifts


def test_a_measure_kept_in_force_then_no_longer_is_still_softer() -> None:
    kind, shifts = _op2(
        "Decides that the measures imposed by paragraph 1 shall remain in force until the "
        "Council decides otherwise;",
        "Decides that the measures imposed by paragraph 1 shall be reviewed by the Council;",
    )
    assert kind == "softened"
    assert "lifecycle:softer" in shifts
