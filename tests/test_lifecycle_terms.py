"""Sunsets in a mission's or a measure's life cycle (issue 9 §4, §7): "for a single
period", an end foreseen on a date ("shall expire on"), and the term of a body the same
clause sets up, which winds nothing down. Ordinary wording of our own, with near-misses
that must not fire."""

from __future__ import annotations

import pytest
from drafting import lifecycle_labels as labels

import resdiff
from resdiff.model import Comparison, Shift


def draft(operative: list[str], head: str) -> str:
    """A small resolution: one recital and the numbered operative paragraphs."""
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"{head}The Security Council,\n\nRecalling its resolution 650 (1991),\n\n{ops}\n"


def lifecycle_shifts(cmp: Comparison) -> list[Shift]:
    return [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == "lifecycle"
    ]


# -- the lexicon ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Decides to extend the mandate of the Mission for a single period of six months;",
        "Decides to extend the mandate of the Mission for a single further period of three months;",
        "Decides that the measures imposed by paragraph 3 shall expire on 31 March 1995;",
        "Decides that the authorization granted in paragraph 2 will expire at the end of "
        "the transitional period;",
        "Decides that the tasks of the Group are to expire on 10 June;",
    ],
)
def test_single_periods_and_ends_foreseen_are_sunsets(text: str) -> None:
    assert "given a sunset" in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # A term counted from adoption, set on what the clause approves.
        "Approves the dispatch of an advance team of thirty military observers, the "
        "mandate of said team to expire within three months;",
        "Decides that the mandate of the advance team will expire within one month;",
        # A point in time, not an end decided.
        "Requests a review at least one month before the Mission's mandate is due to expire;",
        "Notes that the leases of the premises expire on 1 May;",
        "Welcomes a single period of calm along the border;",
        "Decides that the mandate shall not expire before the elections;",
    ],
)
def test_terms_and_points_in_time_are_no_sunsets(text: str) -> None:
    assert "given a sunset" not in labels(text)


# -- a body set up with its term ---------------------------------------------------


_OLD = draft(
    [
        "Approves the report of the Secretary-General;",
        "Decides to extend the mandate of the Mission until 31 May 1993;",
        "Decides to remain seized of the matter.",
    ],
    "Resolution 700 (1992)\n\n",
)


def test_a_body_set_up_for_a_single_period_is_established_not_wound_down() -> None:
    old = draft(
        [
            "Approves the report of the Secretary-General;",
            "Decides to remain seized of the matter.",
        ],
        "Resolution 700 (1992)\n\n",
    )
    new = draft(
        [
            "Approves the report of the Secretary-General;",
            "Further decides to establish a team of twenty military liaison officers for "
            "a single period of six months with a mandate to report on matters affecting "
            "security;",
            "Decides to remain seized of the matter.",
        ],
        "Resolution 710 (1993)\n\n",
    )
    shifts = lifecycle_shifts(resdiff.compare(old, new))
    assert [(s.new, s.direction) for s in shifts if s.new] == [("established", "stronger")]


def test_a_renewal_for_a_single_period_is_a_sunset() -> None:
    new = draft(
        [
            "Approves the report of the Secretary-General;",
            "Decides to extend the mandate of the Mission for a single period of six months;",
            "Decides to remain seized of the matter.",
        ],
        "Resolution 710 (1993)\n\n",
    )
    shifts = lifecycle_shifts(resdiff.compare(_OLD, new))
    assert ("given a sunset", "softer") in [(s.new, s.direction) for s in shifts]


# -- something set up in place of what was kept --------------------------------------


def _provision(old_op: str, new_op: str) -> list[Shift]:
    old = draft(
        ["Approves the report of the Secretary-General;", old_op], "Resolution 54 (1948)\n\n"
    )
    new = draft(
        ["Approves the report of the Secretary-General;", new_op], "Resolution 62 (1948)\n\n"
    )
    return lifecycle_shifts(resdiff.compare(old, new))


def test_a_body_set_up_where_the_old_text_kept_a_measure_is_stronger() -> None:
    shifts = _provision(
        "Decides that, subject to further decision, the truce shall remain in force in "
        "all sectors until a peaceful adjustment is reached;",
        "Decides that, in order to eliminate the threat to the peace, an armistice shall "
        "be established in all sectors until a peaceful adjustment is reached;",
    )
    assert [(s.old, s.new, s.direction) for s in shifts] == [
        ("maintained", "established", "stronger")
    ]


@pytest.mark.parametrize(
    ("old_op", "new_op"),
    [
        # A renewal of what was set up carries it on.
        (
            "Decides to establish an observer mission on the border for a period of six months;",
            "Decides to extend the mandate of the observer mission on the border for a "
            "further period of six months;",
        ),
        # Kept, then kept again in other words.
        (
            "Decides that the measures imposed by paragraph 3 shall remain in force;",
            "Decides to renew the measures imposed by paragraph 3 until 31 May;",
        ),
    ],
)
def test_a_renewal_or_a_measure_kept_again_is_no_new_start(old_op: str, new_op: str) -> None:
    assert not [s for s in _provision(old_op, new_op) if s.direction == "stronger"]
