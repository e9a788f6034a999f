"""A negated life-cycle word is not the act (issue 9 §4): "Decides not to terminate the
mandate" keeps the mandate, "Decides not to dissolve the Panel" keeps the Panel, and
"shall not be lifted until" keeps the measure on a condition. A negated renewal or
extension of what exists ("not to renew the measures") ends it, as before; a negated
start of what does not yet exist ("not to establish", others asked "not to impose") is no
event. The Council's own "Decides not to impose further measures" holds back an act of its
own: a forbearance (RESULTS §2fa, tests/test_forbearance.py), not nothing."""

from __future__ import annotations

import pytest
from drafting import draft, lifecycle_labels, op1

import resdiff


@pytest.mark.parametrize(
    ("negated", "control", "label"),
    [
        (
            "Decides not to terminate the mandate of the Mission;",
            "Decides to terminate the mandate of the Mission;",
            "terminated",
        ),
        (
            "Decides not to remove the question from the list of matters of which it is seized;",
            "Decides to remove the question from the list of matters of which it is seized;",
            "terminated",
        ),
        (
            "Decides not to take the question off the list of matters of which the Council "
            "is seized;",
            "Decides to take the question off the list of matters of which the Council is seized;",
            "terminated",
        ),
        (
            "Decides not to dissolve the Panel of Experts;",
            "Decides to dissolve the Panel of Experts;",
            "dissolved",
        ),
        ("Decides not to lift the arms embargo;", "Decides to lift the arms embargo;", "lifted"),
        (
            "Decides not to suspend the measures imposed by paragraph 2;",
            "Decides to suspend the measures imposed by paragraph 2;",
            "suspended",
        ),
        (
            "Decides not to reduce the troop ceiling of the Mission;",
            "Decides to reduce the troop ceiling of the Mission;",
            "drawn down",
        ),
        (
            "Decides that the Mission shall not withdraw from the buffer zone;",
            "Decides that the Mission shall withdraw from the buffer zone;",
            "drawn down",
        ),
        (
            "Decides not to delist the individual named in the annex;",
            "Decides to delist the individual named in the annex;",
            "opened to delisting",
        ),
        (
            "Decides not to establish a panel of experts;",
            "Decides to establish a panel of experts;",
            "established",
        ),
        # "Decides not to impose further measures" is no imposition, but a forbearance
        # now ("withheld for now", RESULTS §2fa): tests/test_forbearance.py.
        # The old case's intent kept where no forbearance is read (review of leads22):
        # others asked not to impose, or a body's decision the Council provides for.
        (
            "Calls upon all States not to impose further restrictions on the flights;",
            "Calls upon all States to impose further restrictions on the flights;",
            "imposed",
        ),
        (
            "Decides that the Committee may decide not to impose further measures;",
            "Decides that the Committee may decide to impose further measures;",
            "imposed",
        ),
    ],
)
def test_a_negated_life_cycle_word_is_no_event(negated: str, control: str, label: str) -> None:
    assert lifecycle_labels(negated) == []
    assert label in lifecycle_labels(control)


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the measures shall not be lifted;",
        # "not ... until": a condition on the end, the measure kept meanwhile.
        "Decides that the measures shall not be lifted until the Government has complied "
        "with the measures set out in paragraph 3;",
        "Decides that the Panel shall not be dissolved before the Committee reports;",
        "Decides that the measures shall not be suspended;",
        "Decides that the mandate shall not be terminated before the Mission reports;",
    ],
)
def test_a_negated_passive_end_is_no_event(text: str) -> None:
    assert lifecycle_labels(text) == []


def test_a_negated_renewal_or_extension_still_ends_what_exists() -> None:
    # "not to renew the measures" = the measures end: softer.
    assert lifecycle_labels(
        "Decides not to renew the measures set out in paragraph 2 of resolution 2000 (2011);"
    ) == ["terminated"]
    assert lifecycle_labels("Decides not to extend the mandate of the Mission;") == ["terminated"]
    assert lifecycle_labels("Decides that the mandate of the Mission will not be extended;") == [
        "terminated"
    ]
    assert lifecycle_labels("Decides that the measures shall no longer apply;") == ["terminated"]


def test_near_misses_are_no_negation() -> None:
    # "not only ... but also" and "not later than" negate nothing.
    assert lifecycle_labels(
        "Decides not only to extend the mandate of the Mission but also to expand its tasks;"
    ) == ["extended"]
    assert lifecycle_labels(
        "Decides, not later than 31 March, to terminate the mandate of the Mission;"
    ) == ["terminated"]
    # A recital that tells of a termination not made tells of no termination.
    assert (
        lifecycle_labels("Noting that the Council did not terminate the mandate of the Mission,")
        == []
    )


def test_a_termination_turned_into_its_negation_is_not_softer() -> None:
    kind, shifts = op1(
        "Decides to terminate the mandate of the Mission;",
        "Decides not to terminate the mandate of the Mission;",
    )
    assert kind != "softened"
    assert ("softer", "lifecycle") not in [(d, t.split(":")[0]) for d, t in shifts]
    assert not [t for d, t in shifts if d == "softer" and "terminated" in t]


def test_a_decision_not_to_dissolve_added_softens_nothing() -> None:
    kept = "Requests the Secretary-General to report every six months;"
    old = draft([kept, "Decides to remain seized of the matter."])
    new = draft(
        [
            kept,
            "Decides not to dissolve the Panel of Experts;",
            "Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(old, new)
    added = next(c for c in cmp.changes if c.new == ("OP2",))
    assert "dissolved" not in " ".join(s.describe() for s in added.shifts)
    assert "softer" not in [s.direction for s in added.shifts]


# A stranger's review (issue 9): a winding down the Council decides not to go on with keeps
# what it names, and a continuation refused ends it.


@pytest.mark.parametrize(
    "text",
    [
        "Decides not to proceed with the withdrawal of the Force;",
        "Decides not to proceed with withdrawal of the Mission from the buffer zone;",
        "Decides not to begin the withdrawal of the Mission until the parties have agreed;",
        "Decides not to proceed with the drawdown of the Mission;",
    ],
)
def test_a_winding_down_not_gone_on_with_is_no_event(text: str) -> None:
    assert lifecycle_labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Decides to proceed with the withdrawal of the Force;",
        "Decides to proceed with the drawdown of the Mission;",
        # Near misses: nothing negated.
        "Decides to complete the withdrawal of the Force not later than 31 March;",
        "Decides not only to proceed with the withdrawal of the Force but also to close "
        "the Office;",
    ],
)
def test_a_winding_down_gone_on_with_is_still_read(text: str) -> None:
    assert "drawn down" in lifecycle_labels(text)


def test_a_decision_not_to_maintain_the_measures_ends_them() -> None:
    assert lifecycle_labels("Decides not to maintain the measures imposed by paragraph 2;") == [
        "terminated"
    ]
    assert lifecycle_labels("Decides to maintain the measures imposed by paragraph 2;") == [
        "maintained"
    ]
    # Near misses: "not only ... but also" and "not later than" keep the measures.
    assert lifecycle_labels(
        "Decides not only to maintain the measures imposed by paragraph 2 but also to review them;"
    ) == ["maintained"]
    assert lifecycle_labels(
        "Decides to maintain the measures imposed by paragraph 2 and to review them not "
        "later than 31 March;"
    ) == ["maintained"]
    # A recital telling of measures an earlier resolution did not end ends nothing.
    assert (
        lifecycle_labels(
            "Noting that resolution 2000 (2011) did not terminate the measures imposed by "
            "paragraph 2,"
        )
        == []
    )


def test_measures_kept_then_not_maintained_is_softer() -> None:
    kind, shifts = op1(
        "Decides to maintain the measures imposed by paragraph 2 of resolution 2000 (2011);",
        "Decides not to maintain the measures imposed by paragraph 2 of resolution 2000 (2011);",
    )
    assert kind == "softened"
    assert ("softer", "measure or mandate: maintained → terminated") in shifts


def test_a_withdrawal_not_gone_on_with_is_no_drawdown() -> None:
    kind, shifts = op1(
        "Decides to proceed with the withdrawal of the Force;",
        "Decides not to proceed with the withdrawal of the Force;",
    )
    assert kind != "softened"
    assert not [t for d, t in shifts if d == "softer"]
    assert [t for d, t in shifts if d == "stronger" and "drawn down" in t]


@pytest.mark.parametrize(
    "text",
    [
        # What the parties are asked not to keep is no measure of the Council's, though
        # the Mission or the Force is named further on.
        "Calls upon the parties not to maintain any military forces in the area of "
        "operations of the Mission;",
        "Urges the parties not to maintain armed personnel within the zone of separation "
        "patrolled by the Force;",
        "Calls upon Member States not to maintain relations with the regime, in accordance "
        "with the measures imposed by paragraph 2;",
    ],
)
def test_not_to_maintain_what_is_no_measure_ends_nothing(text: str) -> None:
    assert lifecycle_labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Words between the refusal and the withdrawal (a stranger's review): the exact
        # "not to proceed with the withdrawal" was already no event, these were read as a
        # drawdown.
        "Decides not to proceed, at this stage, with the withdrawal of the Force;",
        "Decides not to proceed with the further phased withdrawal of the Force;",
        "Decides not to proceed further with the withdrawal of the Force;",
        "Decides not to begin, for the time being, the withdrawal of the Mission;",
        "Decides not to proceed with the reduction of the Force;",
    ],
)
def test_a_withdrawal_not_gone_on_with_past_a_few_words_is_no_event(text: str) -> None:
    assert lifecycle_labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Decides to proceed with the withdrawal of the Force;",
        # The refusal is of something else; the withdrawal is begun.
        "Decides not to proceed with the elections and to begin the withdrawal of the Force;",
    ],
)
def test_a_withdrawal_gone_on_with_is_still_a_drawdown(text: str) -> None:
    assert lifecycle_labels(text) == ["drawn down"]
