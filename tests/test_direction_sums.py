"""The summary's reported balance is the one its direction weighs (one fact told in
several paragraphs once, the closing formula's emphasis not at all), and a narrow
headline handed down to a balanced operative part lets the preamble decide."""

from __future__ import annotations

from drafting import draft, reworded, weighed_shift

import resdiff
from resdiff.classify.summary import direction
from resdiff.lexicon import Lexicon


def test_the_closing_formula_adds_nothing_to_the_reported_balance() -> None:
    old = draft(["Urges the parties to resume talks;", "Decides to remain seized of the matter."])
    new = draft(
        ["Urges the parties to resume talks;", "Decides to remain actively seized of the matter."]
    )
    summary = resdiff.compare(old, new).summary
    assert summary.weight_stronger == 0.0
    assert summary.direction == "neutral"


def test_one_drafting_choice_in_three_paragraphs_is_counted_once_in_the_balance() -> None:
    asks = [
        "Calls upon the parties to ensure the {w} participation of women in the talks;",
        "Urges the parties to ensure the {w} participation of women in the elections;",
        "Calls upon the authorities to ensure the {w} participation of women in the commission;",
    ]
    old = draft([a.format(w="full, equal and meaningful") for a in asks])
    new = draft([a.format(w="full and meaningful") for a in asks])
    cmp = resdiff.compare(old, new)
    named = [
        s.weight
        for c in cmp.changes
        for s in c.shifts
        if s.feature == "emphasis" and s.direction == "softer"
    ]
    assert len(named) == 3
    assert cmp.summary.weight_softer == named[0]


def test_a_narrow_headline_over_a_balanced_operative_part_asks_the_preamble() -> None:
    lexicon = Lexicon.default()
    changes = [
        # A headline class won by less than twice over: 30 against 20.
        reworded("OP1", weighed_shift("quantity", "stronger", 30.0)),
        reworded("OP2", weighed_shift("quantity", "softer", 20.0)),
        # An operative part outweighing the headline's net five times the other way (600
        # against 550), yet balanced in itself (within DOMINANCE).
        reworded(
            "OP3", *[weighed_shift("verb", "softer", 12.0, old=f"asks {k}") for k in range(50)]
        ),
        reworded(
            "OP4", *[weighed_shift("verb", "stronger", 11.0, new=f"asks {k}") for k in range(50)]
        ),
        # The preamble leans one way: it decides.
        reworded("PP1", weighed_shift("censure", "stronger", 3.0), section="preamble"),
    ]
    assert direction(changes, lexicon) == "stronger"
    # With nothing in the preamble the text is mixed.
    assert direction(changes[:4], lexicon) == "mixed"
