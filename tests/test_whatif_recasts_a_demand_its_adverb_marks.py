"""What-if drafts: "Demands that the DPRK immediately suspend ..." softened to "calls upon"
is the what-if of the 2006 talks (the China-Russia draft called upon the DPRK): an adverb
the lexicon reads as emphasis marks the subjunctive's verb, so the clause is recast as the
Council words it ("Calls upon all parties to immediately cease hostilities"). Without
such an adverb ("Demands that the DPRK suspend") subject and verb cannot be told apart:
still refused."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.errors import SpecError

HEAD = "The Security Council,\n\n"


def _draft(operative: str) -> resdiff.Draft:
    return resdiff.parse(HEAD + "1. " + operative + "\n", paths=False)


@pytest.mark.parametrize(
    ("demand", "asked"),
    [
        (
            "Demands that the DPRK immediately suspend all activities related to its "
            "ballistic missile programme;",
            "Calls upon the DPRK to immediately suspend all activities related to its "
            "ballistic missile programme;",
        ),
        (
            "Demands that all parties to the conflict urgently allow full and unhindered "
            "humanitarian access;",
            "Calls upon all parties to the conflict to urgently allow full and unhindered "
            "humanitarian access;",
        ),
        (
            "Demands that the Government of Utopia fully implement the agreement;",
            "Calls upon the Government of Utopia to fully implement the agreement;",
        ),
    ],
)
def test_a_demand_whose_verb_an_adverb_marks_is_recast(demand: str, asked: str) -> None:
    built = resdiff.Scenario(_draft(demand)).soften("OP1", to="calls upon").build()
    assert built.clause("OP1").text == asked
    cmp = resdiff.Scenario(_draft(demand)).soften("OP1", to="calls upon").compare()
    assert cmp.change_for("OP1", side="old").kind == "softened"


@pytest.mark.parametrize(
    "demand",
    [
        # No adverb: "the DPRK suspend" or "the DPRK suspend all" cannot be told.
        "Demands that the DPRK suspend all activities;",
        # A comma in what would be the subject: an aside, not a subject.
        "Demands that the parties, immediately and without conditions, cease hostilities;",
        # An adjective in -ly the lexicon does not read as emphasis is no verb's mark.
        "Demands that the early warning mechanism report to the Council;",
        # An adjective the lexicon reads as emphasis, after its article: no verb's mark.
        "Demands that the timely delivery of humanitarian aid be ensured;",
    ],
)
def test_a_demand_with_no_adverb_to_mark_its_verb_is_still_refused(demand: str) -> None:
    with pytest.raises(SpecError, match="no “shall”/“should” to tell its subject"):
        resdiff.Scenario(_draft(demand)).soften("OP1", to="calls upon")
