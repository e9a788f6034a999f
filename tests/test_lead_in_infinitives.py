"""An item under an operative lead-in ("Resolves:", "Decides:") whose infinitive the
lexicon ranks as declaratory ("To consider", whose lead "Considers that" is an opinion):
read as the sentence it makes with the lead-in ("Resolves to consider the report", a
decision to take the report up), as an item with no verb of its own is. Made-up texts,
and S/RES/18 → 20 (1947) from ../shared where present."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.analyze.reading import analyze_clause
from resdiff.lexicon import Lexicon
from resdiff.model import Clause

LEX = Lexicon.default()
SCANNED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"

OLD = """The Security Council,

Having received the report of the Commission,

Resolves:

1. To work out the practical measures for giving effect to the recommendations;

2. To consider as soon as possible the report of the Commission and to take suitable
decisions in order to facilitate its work;

3. To request the Secretary-General to report to it within three months.
"""

NEW = """The Security Council,

Having received the report of the Commission,

1. Requests the Secretary-General to report to it within three months.
"""


def _lead(governing: str, text: str) -> tuple[str, str, int | None]:
    read = analyze_clause(
        Clause(ref="OP1", section="operative", text=text), LEX, governing=governing
    )
    first = read.phrases[0]
    return first.text, first.lemma, first.axis_a


def test_every_item_of_a_lead_in_without_an_operative_verb_of_its_own_reads_the_lead_in() -> None:
    draft = resdiff.parse(OLD)
    leads = [(c.ref, c.lead, c.phrases[0].lemma, c.phrases[0].axis_a) for c in draft.operative]
    assert leads == [
        ("OP1", "Resolves", "resolve", 6),
        ("OP2", "Resolves", "resolve", 6),
        ("OP3", "To request", "request", 3),
    ]


def test_each_item_dropped_weighs_as_the_decision_it_was() -> None:
    cmp = resdiff.compare(OLD, NEW)
    verbs = {
        ref: [
            (s.old, s.direction)
            for s in cmp.change_for(ref, side="old").shifts
            if s.feature == "verb"
        ]
        for ref in ("OP1", "OP2")
    }
    assert verbs == {"OP1": [("resolves", "softer")], "OP2": [("resolves", "softer")]}
    assert all(
        s.weight > 0 for s in cmp.change_for("OP2", side="old").shifts if s.feature == "verb"
    )


def test_an_infinitive_of_its_own_keeps_its_reading() -> None:
    # An ask, a censure, and a closing formula the lexicon reads in the sentence the item
    # makes with the lead-in ("Decides to remain seized").
    assert _lead("Decides:", "To request the Secretary-General to report;")[1:] == ("request", 3)
    assert _lead("Decides:", "To condemn the attack on the convoy;")[1] == "condemn"
    assert _lead("Decides:", "To remain seized of the matter.") == (
        "To remain seized",
        "decide to remain seized",
        1,
    )
    # Not under a lead-in of decisions: nothing read as a decision.
    assert _lead("Noting the following:", "To consider the report;")[2] is None


def _scanned(name: str) -> Path:
    path = SCANNED / name
    if not path.is_file():
        pytest.skip(f"the scanned corpus text {path} is absent")
    return path


def test_s_res_18_1947_op2_reads_as_its_lead_in_as_op1_and_op3_do() -> None:
    old = resdiff.parse(_scanned("S_RES_18_1947.txt"))
    assert [(c.ref, c.lead) for c in old.operative[:3]] == [
        ("OP1", "Resolves"),
        ("OP2", "Resolves"),
        ("OP3", "Resolves"),
    ]
    cmp = resdiff.compare(old, resdiff.parse(_scanned("S_RES_20_1947.txt")))
    dropped = cmp.change_for("OP2", side="old")
    assert dropped.kind == "dropped"
    assert [(s.feature, s.old) for s in dropped.shifts] == [("verb", "resolves")]
