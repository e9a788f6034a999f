"""A body a later text names only by its body word ("the Mission", "the Force") lives on
where the old text named that one body of the word and no other (RESULTS §2fp lead 4; the
review of fix23 named the under-reach: a later text that speaks only of "the Mission" read
the set-up of the "United Nations Observer Mission in Ruritania" as left behind, a
decision removed, softer). Made-up texts."""

from __future__ import annotations

from test_verdicts import _resolution, draft

import resdiff

KEPT = "Decides to remain seized of the matter;"
MISSION = (
    "Decides to establish a United Nations Observer Mission in Ruritania comprising up to "
    "eighty-eight military observers;"
)


def _shifts(establish: list[str], new_ops: list[str]) -> set[str]:
    old = _resolution(650, draft([*establish, KEPT]), "7 November 1989")
    cmp = resdiff.compare(old, _resolution(700, draft([*new_ops, KEPT]), "6 May 1991"))
    return {s.direction for s in cmp.change_for("OP1", side="old").shifts}


def test_the_one_mission_named_by_its_noun_lives_on() -> None:
    # Before: {"softer"}, "operative verb removed: decides" (the set-up left behind).
    assert _shifts([MISSION], ["Commends the Mission for its work;"]) == {"neutral"}
    force = "Decides to set up immediately a United Nations Emergency Force in Ruritania;"
    assert _shifts([force], ["Decides to extend the mandate of the Force;"]) == {"neutral"}


def test_no_bare_noun_leaves_the_body_behind() -> None:
    # Held: a text that never speaks of the mission has left it behind.
    assert "softer" in _shifts([MISSION], ["Welcomes the elections held in Ruritania;"])
    # "the mission" in lower case (a task, a visit) is not the body's name.
    assert "softer" in _shifts([MISSION], ["Welcomes the mission of the Secretary-General;"])
    # Another body's name headed by the noun is not the body.
    assert "softer" in _shifts([MISSION], ["Welcomes the Mission of the African Union;"])


def test_two_missions_in_the_old_text_leave_the_noun_telling_neither() -> None:
    # Held: "the Mission" could be either of the two the old text names.
    other = "Commends the United Nations Mission in Varnia for its support;"
    assert "softer" in _shifts([MISSION, other], ["Commends the Mission for its work;"])


def test_a_successor_named_in_the_new_text_owns_the_noun() -> None:
    # Review of leads24: the later text sets up another mission of the word and speaks
    # of it as "the Mission"; the old one's set-up is left behind, not living on. Before
    # the fix: {"neutral"}.
    successor = "Notes that the United Nations Mission in Ruritania has begun its work;"
    report = "Requests the Mission to report monthly;"
    assert "softer" in _shifts([MISSION], [successor, report])
    # Held: a verb before the bare noun ("Requests the Mission") names no other body.
    assert _shifts([MISSION], ["Welcomes the elections;", report]) == {"neutral"}
