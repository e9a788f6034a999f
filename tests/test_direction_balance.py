"""The document direction's balance (issue 9 §7, fifteenth session of 5 December 2026):
an operative shift weighed below the least weight of operative language (a condemnation a
follow-up leaves out, at half) is still operative language, and the Council striking a
question off its list ends its consideration of it. Ordinary wording of our own, with
near-misses that must not fire."""

from __future__ import annotations

import pytest
from drafting import lifecycle_labels as labels
from drafting import reworded, weighed_shift

import resdiff
from resdiff.classify.summary import direction
from resdiff.lexicon import Lexicon
from resdiff.model import Change

# -- a light operative shift is operative language ------------------------------------

# What a follow-up leaves out weighs half (FOLLOW_UP_LEFT_OUT): a condemnation (6) at 3
# and a demand (6.667) at 3.333, against one new call (5.333) of the follow-up's own.
_NEW_CALL = reworded("OP2", weighed_shift("verb", "stronger", 5.333, new="calls upon"))
_DEMAND_LEFT_OUT = reworded("OP3", weighed_shift("verb", "softer", 3.333, old="demands"))


def test_a_condemnation_left_out_at_half_weighs_with_the_operative_asks() -> None:
    condemnation = reworded("OP1", weighed_shift("censure", "softer", 3.0, old="condemns"))
    changes = [condemnation, _DEMAND_LEFT_OUT, _NEW_CALL]
    # 6.333 softer against 5.333 stronger in the operative class: softer. Read as a
    # recital, the condemnation would leave the new call to decide alone (stronger).
    assert direction(changes, Lexicon.default()) == "softer"


def test_a_recital_left_out_stays_preambular_language() -> None:
    # Near miss: the same weight of censure in a preambular paragraph is a recital's and
    # does not join the operative class, where the new call outweighs the demand.
    recital = reworded(
        "PP4", weighed_shift("censure", "softer", 3.0, old="gravely concerned"), section="preamble"
    )
    changes = [recital, _DEMAND_LEFT_OUT, _NEW_CALL]
    assert direction(changes, Lexicon.default()) == "stronger"


# -- a headline won narrowly against a weighty operative part ------------------------


def _renewal_beside_a_cut(cut: float, asks: int) -> list[Change]:
    headline = [
        reworded("OP1", weighed_shift("quantity", "stronger", 20.0, old="1 month", new="5 months")),
        reworded("OP4", weighed_shift("lifecycle", "softer", cut, new="drawn down")),
    ]
    demands = [
        reworded(f"OP{k}", weighed_shift("verb", "stronger", 6.667, new="demands"))
        for k in range(10, 10 + asks)
    ]
    return headline + demands


def test_a_headline_won_narrowly_leaves_the_operative_part_to_decide() -> None:
    # A ceiling cut (25 softer) beside a renewal five times longer (20 stronger): the
    # headline class leans softer by 5, and twenty new demands (133) go the other way.
    assert direction(_renewal_beside_a_cut(25.0, 20), Lexicon.default()) == "stronger"


def test_a_one_sided_or_clearly_won_headline_still_makes_the_text_mixed() -> None:
    lexicon = Lexicon.default()
    # Near misses: the cut alone (no headline change the other way), and a cut that wins
    # the headline class more than twice over (45 against 20), each outweighed five times.
    alone = [c for c in _renewal_beside_a_cut(25.0, 20) if c.old != ("OP1",)]
    assert direction(alone, lexicon) == "mixed"
    assert direction(_renewal_beside_a_cut(45.0, 60), lexicon) == "mixed"


# -- a question taken off the Council's list -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Resolves that the question of the frontier incidents be taken off the list of "
        "matters of which the Council is seized;",
        "Decides to remove the item entitled “The situation in the region” from the list "
        "of matters of which the Security Council is seized;",
        "Decides to delete the question from its list of matters;",
    ],
)
def test_a_question_taken_off_the_list_is_terminated(text: str) -> None:
    assert labels(text) == ["terminated"]


@pytest.mark.parametrize(
    "text",
    [
        "Decides to remain seized of the matter;",
        "Recalling the summary statement of the matters of which the Security Council is seized,",
        "Requests the Secretary-General to keep the list of matters under review;",
        "Decides to take up the question again at its next meeting;",
        # The verb and the list both there, the question kept on it (review: the near
        # misses above lack one or the other, so no loosening of the pattern fails them).
        "Decides to take up the question again and to keep it on the list of matters of "
        "which the Council is seized;",
    ],
)
def test_the_list_named_otherwise_ends_nothing(text: str) -> None:
    assert "terminated" not in labels(text)


_SUBCOMMITTEE = (
    "Resolution 20 (1947)\n\nThe Security Council,\n\n"
    "Having considered the complaint of the Government concerned,\n\n"
    "1. Appoints a sub-committee of three members to examine the proposals before the "
    "Council and to report by 1 August;\n\n"
    "2. Decides to remain seized of the matter.\n"
)


def _closing(lead: str) -> str:
    return (
        "Resolution 25 (1947)\n\nThe Security Council,\n\n"
        "Having considered the complaint of the Government concerned,\n\n"
        f"1. {lead};\n\n"
        "2. Requests the Secretary-General to place all records of the case at the disposal "
        "of the General Assembly.\n"
    )


def test_a_text_taking_the_question_off_the_list_is_softer() -> None:
    cmp = resdiff.compare(
        _SUBCOMMITTEE,
        _closing(
            "Resolves that the complaint be taken off the list of matters of which the "
            "Council is seized"
        ),
    )
    assert cmp.summary.direction == "softer"
    assert cmp.summary.key_changes[0].headline == "measure or mandate terminated"


def test_a_text_keeping_the_question_is_not_read_as_ending_it() -> None:
    # Near miss: the same text deciding to take the question up again ends nothing.
    cmp = resdiff.compare(
        _SUBCOMMITTEE, _closing("Decides to take up the complaint again at its next meeting")
    )
    assert not any(
        s.feature == "lifecycle" for c in cmp.changes for part in c.walk() for s in part.shifts
    )


# -- "as a matter of special concern" ------------------------------------------------


def _transmittal(flag: str) -> str:
    return (
        "Resolution 30 (1948)\n\nThe Security Council,\n\n"
        "Having received the reports of the Commission,\n\n"
        "1. Directs the Secretary-General to transmit the reports of the Commission to the "
        f"General Assembly and to the Members of the United Nations{flag};\n"
    )


def test_a_transmittal_no_longer_flagged_as_a_special_concern_is_softer() -> None:
    cmp = resdiff.compare(_transmittal(" as a matter of special concern"), _transmittal(""))
    found = [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == "emphasis"
    ]
    assert [(s.old, s.direction) for s in found] == [("as a matter of special concern", "softer")]
    assert cmp.summary.direction == "softer"


def test_a_special_concern_the_council_expresses_is_no_emphasis() -> None:
    # Near miss: the Council's concern is a censure, read on its own ladder.
    old = _transmittal("")
    new = old.replace("1. Directs", "1. Expresses its special concern at the delay;\n\n2. Directs")
    cmp = resdiff.compare(old, new)
    assert not any(
        s.feature == "emphasis" for c in cmp.changes for part in c.walk() for s in part.shifts
    )
