"""``benchmarks/reader_notes.py`` sorts the judges' READER: notes by cause and counts
what resdiff gets wrong on the items they annotate, by ``judged.py``'s own scoring. The
notes and drafts here are made up."""

from __future__ import annotations

from typing import Any

import pytest
from benchmark_module import load
from drafting import draft

import resdiff

reader_notes = load("reader_notes")


@pytest.mark.parametrize(
    ("note", "cause"),
    [
        ("READER: footnote number 57 glued to the end of the recital.", "footnote mark glued"),
        ("READER: the trailing '4' is not text.", "footnote mark glued"),
        ("READER: the paragraph ends with ',' for ';' in the print.", "punctuation"),
        ("READER: an OCR full stop for the comma after 'territory'.", "punctuation"),
        ("READER: '387 1976)' for '387 (1976)'.", "citation damaged"),
        ("READER: '587 (1991)' for '687 (1991)'.", "citation damaged"),
        ("READER: '$/25240' is 'S/25240'.", "citation damaged"),
        ("READER: 'Reguests' for 'Requests'.", "lead word damaged"),
        ("READER: the new scan reads '| Demands'.", "lead word damaged"),
        ("READER: '(6)' is '(b)'.", "label damaged"),
        ("READER: the new scan labels the fourth sub-paragraph '(a)' for '(d)'.", "label damaged"),
        ("READER: 'ail States' is 'all States'.", "letters"),
        ("READER: 'authonzed' for 'authorized'.", "letters"),
        ("READER: old PP4 is two recitals run together.", "paragraph cut or joined"),
        (
            "READER: not a recital of its own but the quotation that ends PP3.",
            "paragraph cut or joined",
        ),
        ("READER: the print's page number is read.", "other"),
    ],
)
def test_a_note_is_sorted_by_the_misreading_it_names(note: str, cause: str) -> None:
    assert reader_notes.cause_of(note) == cause


def test_a_note_naming_two_misreadings_takes_the_first_cause_listed() -> None:
    # A lead slip is listed before a footnote mark: the order of CAUSES decides.
    note = "READER: 'Haying' is 'Having'; footnote numbers 3 and 4 glued in."
    assert reader_notes.cause_of(note) == "lead word damaged"


def _pair(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "made-up-reader-notes",
        "old": "old.txt",
        "new": "new.txt",
        "judged": {"direction": "neutral", "changes": items},
    }


def test_the_costs_are_judged_py_s_own_scoring_of_the_item_alone() -> None:
    old = draft(
        [
            "Urges the parties to cooperate with the Mission;",
            "Decides to remain seized of the matter.",
        ]
    )
    new = draft(
        [
            "Demands that the parties cooperate fully with the Mission;",
            "Decides to remain seized of the matter.",
        ]
    )
    cmp = resdiff.compare(old, new)
    found = {(c.old, c.new): c.kind for c in cmp.changes}
    assert found[(("OP1",), ("OP1",))] == "strengthened"
    right = {"item": 1, "old": ["OP1"], "new": ["OP1"], "kind": "strengthened", "shifts": []}
    wrong = {"item": 2, "old": ["OP1"], "new": ["OP1"], "kind": "reworded", "shifts": []}
    elsewhere = {"item": 3, "old": ["OP1"], "new": [], "kind": "dropped", "shifts": []}
    pair = _pair([right, wrong, elsewhere])
    assert reader_notes._costs(pair, cmp, right)["kind wrong"] == 0
    costs = reader_notes._costs(pair, cmp, wrong)
    # A stronger shift on a provision judged reworded is a wrong named shift.
    assert costs["kind wrong"] == 1 and costs["pairing wrong"] == 0
    assert costs["wrong shifts"] >= 1 and costs["with a wrong shift"] == 1
    costs = reader_notes._costs(pair, cmp, elsewhere)
    assert costs["kind wrong"] == 1 and costs["pairing wrong"] == 1


@pytest.mark.parametrize(
    ("reason", "cause"),
    [
        # "call" is the provision's call upon someone, not a footnote's call; and the note
        # ends at "';'." so the next sentence does not sort it (review of reader16).
        (
            "READER: the closing ':' is a print slip for ';'. The call on all other States"
            " to exercise restraint is the same;",
            "punctuation",
        ),
        (
            "READER: the final ',' is a scan slip for ';'. New call upon the parties to cooperate",
            "punctuation",
        ),
        (
            "READER: old 'OP2' is the only operative paragraph (numbered OP2 because the"
            " reader took the recital for OP1). Same decision: (a) call upon the parties",
            "paragraph cut or joined",
        ),
    ],
)
def test_a_note_is_sorted_by_its_first_sentence_not_a_call_upon_someone(
    reason: str, cause: str
) -> None:
    assert reader_notes.cause_of(reader_notes._reader_note(reason)) == cause


def test_the_note_ends_after_a_quoted_mark_or_a_bracketed_year() -> None:
    cut = reader_notes._reader_note("READER: the closing ':' is a ';'. The call is kept")
    assert cut == "READER: the closing ':' is a ';'."
    cut = reader_notes._reader_note("READER: resolution 338 (1973). Same decision")
    assert cut == "READER: resolution 338 (1973)."
