""" "Directs the attention of … to its resolution N" is a call to notice, and a follow-up
that adds nothing weighing keeps what the old text kept in force standing (RESULTS §2fp
lead 5; §2fl measured the verb entry and reverted it because
``test_follow_up_leaves_the_old_maintain_decision_standing`` broke: with the pointer read as
the call to notice it is, the follow-up's own additions weighed nothing, and the summary
fell back on the whole weighing, in which the old "shall remain in force" no longer stated
counted as a maintenance ended, softer, the very shift the follow-up reading leaves
standing). Made-up texts."""

from __future__ import annotations

from test_direction_lifecycle import draft

import resdiff

HEAD_OLD = (
    "Resolution 54 (1948)\n\nAdopted by the Security Council at its 338th meeting, "
    "on 15 July 1948\n\n"
)
HEAD_NEW = (
    "Resolution 56 (1948)\n\nAdopted by the Security Council at its 354th meeting, "
    "on 19 August 1948\n\n"
)
OLD = draft(
    [
        "Decides that the cease-fire shall remain in force until a peaceful settlement is reached;",
        "Decides to remain seized of the matter.",
    ],
    ["Recalling its resolution 40 (1948),"],
    HEAD_OLD,
)


def _compare(new_ops: list[str]) -> resdiff.Comparison:
    return resdiff.compare(OLD, draft(new_ops, ["Taking into account the reports,"], HEAD_NEW))


def test_directing_attention_to_a_resolution_is_a_call_to_notice() -> None:
    # Before: "operative verb added: directs", stronger (a command's tier).
    cmp = _compare(["Directs the attention of the parties concerned to its resolution 54 (1948);"])
    added = cmp.change_for("OP1", side="new")
    assert not [s for s in added.shifts if s.direction == "stronger" and s.weight > 0], added.shifts


def test_a_follow_up_that_only_points_back_leaves_the_old_decision_standing() -> None:
    # Before (with the pointer read as a call to notice): softer, no follow-up note, on
    # "measure or mandate no longer maintained".
    cmp = _compare(
        [
            "Decides pursuant to its resolution 54 (1948) that each party is responsible for "
            "the actions of the forces under its authority;",
            "Directs the attention of the parties concerned to its resolution 54 (1948);",
        ]
    )
    assert cmp.summary.direction != "softer"
    assert cmp.summary.direction_note is not None
    # ... and not for a command read in the pointer (before: "operative verb added:
    # directs" decided it).
    pointer = cmp.change_for("OP2", side="new")
    assert not [s for s in pointer.shifts if s.direction == "stronger" and s.weight > 0]


def test_directs_alone_is_still_a_command() -> None:
    cmp = _compare(["Directs the Mediator to supervise the observance of the cease-fire;"])
    added = cmp.change_for("OP1", side="new")
    assert any(s.direction == "stronger" for s in added.shifts), added.shifts
