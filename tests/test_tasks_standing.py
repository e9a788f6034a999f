"""A follow-up that does not repeat a task the Council gave its own organs (the
Secretary-General, a Mediator, a commission of its own) withdraws nothing: the task goes on
under the old resolution, or was done. Its asks are named, not weighed
(:func:`resdiff.classify.standing.tasks_standing`). Asks of States or parties, censure, and
any such task left out of a renewal keep their weight. The drafts are written for these
tests in ordinary Council wording."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison, Shift

_TRUCE = "Calls upon the parties to observe the truce in the region;"
_OLD_HEAD = "Resolution 901 (1993)\nof 5 March 1993\n\n"
_NEW_HEAD = "Resolution 905 (1993)\nof 2 June 1993\n\n"


def _old(task: str) -> str:
    return draft(
        [_TRUCE, task, "Decides to remain seized of the matter."],
        "Deeply concerned at the fighting in the region,",
        _OLD_HEAD,
    )


def _follow_up() -> str:
    # The Council's next word: it cites resolution 901 (1993) and renews nothing.
    return draft(
        [_TRUCE, "Urges the parties to resume talks without delay;", "Decides to remain seized."],
        ["Recalling its resolution 901 (1993),", "Deeply concerned at the fighting in the region,"],
        _NEW_HEAD,
    )


def _renewal(
    renews: str = "Decides to extend the mandate of the Observer Mission until 30 November 1993;",
) -> str:
    # A renewal replaces the text before it: what it leaves out is the Council's choice.
    return draft(
        [_TRUCE, renews, "Decides to remain seized."],
        ["Recalling its resolution 901 (1993),", "Deeply concerned at the fighting in the region,"],
        _NEW_HEAD,
    )


def _dropped_shifts(cmp: Comparison, words: str) -> list[Shift]:
    change = next(c for c in cmp.dropped if words in c.old_text)
    return [s for part in change.walk() for s in part.shifts]


def _weighed(shifts: list[Shift]) -> set[str]:
    return {s.direction for s in shifts if s.weight and s.direction != "neutral"}


@pytest.mark.parametrize(
    "task",
    [
        "Requests the Secretary-General to keep the Council informed of the observance of the "
        "truce;",
        "Invites the Secretary-General and his Special Representative to continue their "
        "efforts towards a settlement;",
        "Instructs the Mediator to supervise the observance of the truce, and authorizes him "
        "to establish procedures for examining alleged breaches;",
        "Requests the Committee to examine the reports of States and to inform the Council;",
        # Organs listed with commas, and an aside after a comma that names no addressee.
        "Requests the Secretary-General, the Committee and the Panel of Experts to report on "
        "the truce;",
        "Requests the Secretary-General, in consultation with the Government, to report on "
        "the truce;",
        # A further ask of the same organ, by a pronoun.
        "Requests the Secretary-General to report on the truce, and further requests that he "
        "keep the Council informed;",
    ],
)
def test_a_task_of_the_councils_own_organs_left_out_of_a_follow_up_stands(task: str) -> None:
    cmp = resdiff.compare(_old(task), _follow_up())
    assert cmp.summary.direction_note is not None  # weighed as a follow-up
    shifts = _dropped_shifts(cmp, task[:30])
    assert shifts and _weighed(shifts) == set()
    assert any("own organs" in (s.note or "") for s in shifts)


@pytest.mark.parametrize(
    "task",
    [
        # Asks of States or parties, beside an organ or alone: pressure taken off.
        "Requests the Secretary-General and all States to support the monitoring of the truce;",
        # A State or party after an organ in a list with commas.
        "Requests the Secretary-General, the Committee and the Government to report on the truce;",
        # A further ask that names no organ: it presses the parties or all States.
        "Requests the Secretary-General to report on the truce, and calls for the immediate "
        "withdrawal of all forces from the region;",
        "Requests the Secretary-General to report on the truce, and urges an immediate cease-fire;",
        "Requests the Secretary-General to report on the truce, and appeals to all States to "
        "cooperate with him;",
        "Calls upon all States to refrain from supplying arms to the parties;",
        # A demand after the organ's task, with no addressee of its own.
        "Requests the Secretary-General to keep the Council informed, and demands that the "
        "shelling of towns cease immediately;",
        # Censure beside the task.
        "Condemns the attacks on the observers and requests the Secretary-General to report "
        "on them;",
        # The Council's own decision on its organ, with a term: a decision, not a task.
        "Decides that the Committee shall continue to examine the reports of States until "
        "30 June 1994;",
        # A paragraph whose own lead the lexicon does not read: what it asks is unknown.
        "Orders an immediate cease-fire in the region, and instructs the Truce Commission "
        "to supervise it;",
        "Enjoins the parties to observe the truce, and requests the Secretary-General to "
        "report on it;",
        # A body outside the Organization.
        "Requests the Government of the region to report on the observance of the truce;",
    ],
)
def test_asks_of_others_or_censure_left_out_of_a_follow_up_still_weigh(task: str) -> None:
    cmp = resdiff.compare(_old(task), _follow_up())
    assert cmp.summary.direction_note is not None
    assert _weighed(_dropped_shifts(cmp, task[:30])) == {"softer"}


@pytest.mark.parametrize(
    "renews",
    [
        "Decides to extend the mandate of the Observer Mission until 30 November 1993;",
        # The renewal in the passive, what it renews before the verb.
        "Decides that the mandate of the Observer Mission is renewed for six months;",
        "Decides that the mandate of the Observer Mission shall be renewed for a further "
        "period of six months;",
    ],
)
def test_a_task_of_the_secretary_general_left_out_of_a_renewal_weighs(renews: str) -> None:
    task = "Requests the Secretary-General to keep the Council informed of the truce;"
    cmp = resdiff.compare(_old(task), _renewal(renews))
    assert cmp.summary.direction_note is None  # a renewal, not a follow-up
    assert _weighed(_dropped_shifts(cmp, task[:30])) == {"softer"}


@pytest.mark.parametrize(
    ("addressee", "own"),
    [
        ("the Secretary-General", True),
        ("the Secretary-General and his Special Representative", True),
        ("the Acting Mediator", True),
        ("the Truce Commission", True),
        ("the Secretary-General, the Committee and the Panel of Experts", True),
        ("the Secretary-General and the Member States", False),
        ("all States", False),
        ("the Government of Cyprus", False),
        ("the Commission of the African Union", False),
    ],
)
def test_the_organs_of_the_organization_are_named_whole(addressee: str, own: bool) -> None:
    assert Lexicon.default().own_organ(addressee) is own


def test_the_mirror_counts_a_task_left_standing_as_one_way_by_design() -> None:
    """Read backward, the earlier text cannot continue the later one: the task is an ask
    added there, and benchmarks/mirror.py counts the asymmetry as directional by design
    (time runs one way), not as a defect."""
    from test_mirror import mirror

    task = "Requests the Secretary-General to keep the Council informed of the truce;"
    old, new = _old(task), _follow_up()
    forward, backward = resdiff.compare(old, new), resdiff.compare(new, old)
    shifts = _dropped_shifts(forward, task[:30])
    assert shifts and all(mirror.by_design(s) for s in shifts if "own organs" in (s.note or ""))
    found = mirror.mirror_pair({"id": "drafts", "old": "a", "new": "b"}, forward, backward)
    # The forward shift, which says why it reads one way only (its backward twin, an ask
    # added, is counted as the mirror counts every such twin).
    assert found.lone_shifts[("verb", True)] == 1


def test_an_order_due_hours_from_the_time_of_adoption_is_spent_in_a_later_text() -> None:
    """S/RES/54 (1948) OP5 "Orders ... an immediate and unconditional cease-fire in the
    City of Jerusalem to take effect twenty-four hours from the time of the adoption of
    this resolution, and instructs the Truce Commission ...": not repeated by a later
    resolution, it is spent (both judges), as "within twenty-four hours" is; not a task of
    an organ, since the order's own lead is unread."""
    task = (
        "Orders an immediate cease-fire in the region to take effect twenty-four hours from "
        "the time of the adoption of this resolution, and instructs the Truce Commission to "
        "make it effective;"
    )
    shifts = _dropped_shifts(resdiff.compare(_old(task), _follow_up()), task[:30])
    assert shifts and _weighed(shifts) == set()
    assert all((s.note or "").startswith("spent") for s in shifts if s.direction == "neutral")
