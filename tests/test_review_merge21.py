"""The review of the twenty-first session's merge (branch reviewmerge): defects no single
branch's review could see. Made-up texts only."""

from __future__ import annotations

import pytest

import resdiff

FRAME = "The Security Council,\n\n{recital}\n\n1. Decides to remain seized of the matter.\n"


def recital_shifts(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    """The shifts named on the one recital of two made-up drafts."""
    before = resdiff.parse(FRAME.format(recital=old), format="text")
    after = resdiff.parse(FRAME.format(recital=new), format="text")
    change = resdiff.compare(before, after).changes[0]
    return [(s.feature, s.old, s.new) for s in change.shifts]


@pytest.mark.parametrize(
    ("joined", "lead"),
    [
        # The lead's censure-joined rule (a censure lead joined by "and" to the lead
        # before opens a clause) held for "and condemning"; a lead the lexicon lists with
        # its adverb ("strongly condemning", "deeply regretting") was skipped by the
        # analysis as an adjective that governs nothing, and the censure went unread.
        ("Noting and strongly condemning the attacks on civilians,", "strongly condemning"),
        ("Noting also and strongly condemning the attacks on civilians,", "strongly condemning"),
        ("Noting the attacks on civilians, and deeply regretting the losses,", "deeply regretting"),
    ],
)
def test_a_censure_lead_with_its_adverb_joined_by_and_is_read(joined: str, lead: str) -> None:
    shifts = recital_shifts("Noting the attacks on civilians,", joined)
    assert ("censure", None, lead) in shifts


def test_an_adjective_lead_inside_a_recital_still_needs_the_word_it_governs() -> None:
    # "the parties concerned, ..." describes a noun: no clause, no censure (unchanged).
    shifts = recital_shifts(
        "Noting the reports of the parties,",
        "Noting the reports of the parties concerned,",
    )
    assert not [s for s in shifts if s[0] == "censure"]
