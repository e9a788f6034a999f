"""Paragraphs and page furniture printed alike, decided once (issue 11 §2, the eighteenth
session): the job numbers read as paragraphs (fuzz seed 1212, input 9189: "1000024-08292
(E)" and the symbol "A/78/L.12" on each of a thousand pages) read 2.45 s per MB, over the
2 s aim. Each test counts the work one change saves (each count fails on the code before);
the parses are the same (the session's check: 2,119 texts, their JSON identical)."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from counting import count as _count
from counting import count_in as _count_in

import resdiff
from resdiff.model import Clause
from resdiff.read import checks
from resdiff.read.text import (
    calls,
    furniture,
    hyphens,
    numbered,
    openers,
    paragraphs,
    tree,
    unlabelled,
)

JOB = "1000024-08292 (E)"
SYMBOL = "A/78/L.12"


def _job_numbers(n: int) -> str:
    return (
        "The General Assembly,\n\nRecalling its resolutions,\n\nDecides to act;\n\n"
        + f"{JOB}\n\n{SYMBOL}\n\n" * n
    )


def test_the_job_numbers_read_as_before() -> None:
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.operative) == 301
    assert {c.text for c in draft.operative[1:]} == {JOB}
    assert [(r.kind, r.text) for r in draft.furniture] == [("page-header", SYMBOL)] * 300
    assert sum(w.code == "operative-no-verb" for w in draft.warnings) == 300


def test_a_one_line_paragraph_is_asked_whether_it_is_a_heading_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heading = _count(monkeypatch, tree, "_is_heading")
    resdiff.parse(_job_numbers(300), format="text")
    asked = [unit.text for unit in heading.calls]
    # Once through the memo, once the last (no paragraph after it: asked on its own).
    assert asked.count(JOB) == 2, asked.count(JOB)  # 300 before


def test_a_heading_of_the_same_words_is_still_told_by_what_follows() -> None:
    # The memo is by text only where the test reads nothing else: the last paragraph
    # (nothing after it) is asked on its own, and is no heading.
    text = "The Security Council,\n\nRecalling x,\n\nGeneral principles\n\nNoting y,\n\n"
    draft = resdiff.parse(text + "General principles\n", format="text")
    assert [h.text for h in draft.headings] == ["General principles"]
    assert draft.operative[-1].text == "General principles"


def test_a_running_header_is_told_furniture_once_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    kind = _count(monkeypatch, furniture, "_furniture_kind")
    spaced = _count(monkeypatch, furniture, "normalize_space")
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.furniture) == 300
    assert kind.calls.count(SYMBOL) <= 2, kind.calls.count(SYMBOL)
    assert spaced.calls.count(SYMBOL) <= 1, spaced.calls.count(SYMBOL)


def test_a_one_line_paragraph_over_a_page_break_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whether it reads on after the page break: its words counted and its opener looked
    # for once for its text; the line above's final mark not found again.
    # (The splitter's steps stand in three modules: each is counted.)
    opener = _count(monkeypatch, unlabelled, "_PP_OPENER")
    punct = _count_in(monkeypatch, [paragraphs, numbered, unlabelled], "_final_punct")
    resdiff.parse(_job_numbers(300), format="text")
    assert opener.calls.count(JOB) <= 1, opener.calls.count(JOB)
    assert punct.calls.count(JOB) < 400, punct.calls.count(JOB)  # 600 before: two a page


def test_the_bracket_warnings_do_not_walk_a_plain_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walk = Clause.walk
    walked: list[str] = []

    def counted(clause: Clause) -> Any:
        walked.append(sys._getframe(1).f_code.co_name)
        return walk(clause)

    monkeypatch.setattr(Clause, "walk", counted)
    resdiff.parse(_job_numbers(300), format="text")
    assert walked.count("_warn_of_brackets") == 0, walked.count("_warn_of_brackets")


@pytest.mark.parametrize(
    ("paragraph", "code"),
    [
        ("Decides to act [on sanctions];", "bracketed-text"),
        ("Alt 1: Decides to act; Alt 2: Decides to wait;", "alternatives"),
        ("Decides to ~~never~~ act;", "struck-text"),
    ],
)
def test_a_leaf_with_brackets_labels_or_struck_text_is_still_warned_of(
    paragraph: str, code: str
) -> None:
    text = f"The Security Council,\n\nRecalling x,\n\n1. {paragraph}\n\n2. Decides y.\n"
    draft = resdiff.parse(text, format="markdown" if "~~" in paragraph else "text")
    assert code in {w.code for w in draft.warnings}


def test_refuse_past_names_the_line_of_the_first_match_past_its_bound() -> None:
    pattern = re.compile(r"^x", re.M)
    checks.refuse_past(pattern, 3, "x\nx\nx\n", 1, None)  # three: at the bound
    with pytest.raises(resdiff.ResdiffError, match=":5:"):
        checks.refuse_past(pattern, 3, "x\nx\ny\nx\nx\nx\n", 1, None)


def test_the_documents_hyphen_evidence_is_counted_only_when_a_hyphen_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The words of the whole text, counted for the line-end hyphens: a text without one
    # never reads them (a fifth of the job numbers' read, 0.2 s per MB of any text).
    counted = _count(monkeypatch, hyphens._HyphenEvidence, "of_text")
    resdiff.parse(_job_numbers(300), format="text")
    assert counted.calls == []
    text = "The Security Council,\n\nConcerned at water-borne diseases,\n\n"
    draft = resdiff.parse(text + "1. Decides to act against water-\nborne diseases;\n")
    assert len(counted.calls) == 1
    assert draft.operative[0].text == "Decides to act against water-borne diseases;"


def test_a_job_number_is_not_tried_as_a_misprinted_number_nor_searched_for_dates_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No ". " after its first digits: no scanned number ("Z. Demands"), told before the
    # call; and the units printed alike are searched for a dated call once.
    ocr = _count(monkeypatch, numbered, "_ocr_op")
    dated = _count(monkeypatch, calls, "_DATED_CALL")
    resdiff.parse(_job_numbers(300), format="text")
    assert ocr.calls.count(JOB) == 0, ocr.calls.count(JOB)
    assert dated.calls.count(JOB) <= 1, dated.calls.count(JOB)


def test_a_misprinted_number_is_still_read() -> None:
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides to act;\n\nZ. Demands y;\n"
    draft = resdiff.parse(text, format="text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]


def _nested_pasted(n: int) -> str:
    """The fuzzer's list of "(a) x" nested deeper at each line, pasted again (seed 1818,
    input 33076: 4.0 s per MB)."""
    items = "".join("  " * (k % 40) + "(a) x\n" for k in range(40))
    return "The Security Council,\n\nStressing that\n" + items * n + "\n1. Decides x.\n"


def test_the_items_below_an_item_are_read_once_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether an item's next label stands below it: the forty lines below, each text
    # once (all "(a) x" here: one look, not forty).
    label = _count(monkeypatch, openers, "_paren_label")
    draft = resdiff.parse(_nested_pasted(25), format="text")
    assert len(label.calls) < 2 * 1000, len(label.calls)  # 40 a line before: 39,000
    assert draft.operative[0].text == "Decides x."
