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


@pytest.mark.parametrize(
    "demand",
    [
        # The adverb after its verb (the corpus's texts, a reviewer's reading): "Calls upon
        # Iraq comply to fully with ..." was written.
        "Demands that Iraq comply fully with resolution 660 (1990);",
        "Demands that all parties and others concerned cooperate fully with the Force;",
        "Demands that all armed groups cease immediately all forms of violence;",
        "Demands that Iraq withdraw immediately and unconditionally all its forces;",
        "Demands that the DPRK suspend immediately all activities;",
        "Demands that the PDK fulfil immediately its obligations;",
        # A second verb the adverb marks, the first before it: "Calls upon the parties
        # cease hostilities and to immediately allow" was written.
        "Demands that the parties cease hostilities and immediately allow access;",
        # A passive: "Calls upon preventive measures be to urgently undertaken".
        "Demands that preventive measures be urgently undertaken;",
    ],
)
def test_an_adverb_after_its_verb_marks_no_verb_and_is_refused(demand: str) -> None:
    with pytest.raises(SpecError, match="no “shall”/“should” to tell its subject"):
        resdiff.Scenario(_draft(demand)).soften("OP1", to="calls upon")


@pytest.mark.parametrize(
    ("demand", "asked"),
    [
        (
            "Demands that Iraq immediately and unconditionally withdraw all its forces;",
            "Calls upon Iraq to immediately and unconditionally withdraw all its forces;",
        ),
        (
            "Demands that the parties fully and immediately implement the agreement;",
            "Calls upon the parties to fully and immediately implement the agreement;",
        ),
        (
            # "comply" ends in -ly: a verb, not an adverb of the chain (S/RES/2573 (2021)).
            "Demands that all parties to armed conflicts fully comply with their obligations;",
            "Calls upon all parties to armed conflicts to fully comply with their obligations;",
        ),
        (
            "Demands that the Iraqi authorities immediately cease and desist from it;",
            "Calls upon the Iraqi authorities to immediately cease and desist from it;",
        ),
    ],
)
def test_adverbs_coordinated_before_the_verb_still_mark_it(demand: str, asked: str) -> None:
    built = resdiff.Scenario(_draft(demand)).soften("OP1", to="calls upon").build()
    assert built.clause("OP1").text == asked
