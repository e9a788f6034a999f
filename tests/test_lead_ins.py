"""Lead-ins of the operative part ("Resolves:", "Decides that:" on a line of their own
before numbered items, texts of the 1940s and 1950s): held as a heading of the operative
part marked ``lead_in``, never as a recital; each governed item read with its verb; a
lead-in added, dropped or changed named as such by the comparison and every report; the
JSON contracts (draft 2, comparison 8) round-trip and read their older versions.

Made-up texts; the real ones (S/RES/18 and 20 (1947)) from ../shared, skipped when absent.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

import resdiff
from resdiff.model import Comparison, Draft, Heading
from resdiff.render import render_html, render_markdown, render_text
from resdiff.render.docx import render_docx
from resdiff.render.draft_text import draft_text
from resdiff.testing.wordfile.lines import lines_to_docx

SCANNED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"

OLD = """The Security Council,

Having considered the report of the Commission,

Resolves:

1. To set up a commission of inquiry consisting of representatives of the members
of the Council;

2. To request the Secretary-General to report to it within three months;

3. That the Commission shall submit its findings to the Council.
"""

NEW = """The Security Council,

Having considered the report of the Commission,

1. Requests the Secretary-General to set up a commission of inquiry consisting of
representatives of the members of the Council;

2. Requests the Secretary-General to report to it within three months;

3. Invites the Commission to submit its findings to the Council.
"""


def parse(text: str) -> Draft:
    return resdiff.parse(text)


def test_a_lead_in_is_held_by_the_operative_part_not_read_as_a_recital() -> None:
    draft = parse(OLD)
    assert [c.text for c in draft.preamble] == ["Having considered the report of the Commission,"]
    assert draft.headings == (
        Heading(
            text="Resolves:",
            section="operative",
            before="OP1",
            span=draft.headings[0].span,
            lead_in=True,
        ),
    )
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert set(draft.lead_ins()) == {"OP1", "OP2", "OP3"}
    assert draft.lead_in_of("OP2") == draft.headings[0]
    assert draft.lead_in_of("PP1") is None
    # Neither "PP2 does not end with a comma" nor "OP1 opens with 'To'".
    codes = {w.code for w in draft.warnings}
    assert "preamble-no-comma" not in codes and "operative-unknown-verb" not in codes


def test_each_governed_item_reads_with_the_lead_ins_verb() -> None:
    draft = parse(OLD)
    op1, op2, op3 = draft.operative
    # "Resolves: 1. To set up a commission" is a decision to set up a commission.
    assert op1.lead == "Resolves" and op1.phrases[0].lemma == "resolve"
    assert op1.phrases[0].axis_a == 6
    # An item with its own verb is an item of a list of decisions ("Decides: (b) To request").
    assert op2.phrases[0].lemma == "request"
    # "That the Commission shall ..." takes the verb too, and keeps its own modal.
    assert op3.lead == "Resolves" and op3.phrases[0].modal == "shall"


def test_a_lead_in_that_goes_is_no_dropped_recital_and_its_items_soften() -> None:
    cmp = resdiff.compare(parse(OLD), parse(NEW))
    assert not [c for c in cmp.changes if c.section == "preamble" and c.kind != "unchanged"]
    kinds = {c.old: c.kind for c in cmp.changes if c.old}
    # A task decided turned into a request, a finding required turned into an invitation.
    assert kinds[("OP1",)] == "softened" and kinds[("OP3",)] == "softened"
    assert cmp.summary.direction == "softer"
    (change,) = cmp.summary.headings
    assert (change.kind, change.text, change.lead_in) == ("dropped", "Resolves:", True)
    # The key changes name no recital: the lead-in is named, not weighed.
    assert all(not key.label.startswith("old PP") for key in cmp.summary.key_changes)


def test_a_lead_in_that_changes_is_named_changed_and_one_that_comes_added() -> None:
    decides = OLD.replace("Resolves:", "Decides:")
    cmp = resdiff.compare(parse(OLD), parse(decides))
    (change,) = cmp.summary.headings
    assert (change.kind, change.old_text, change.text) == ("changed", "Resolves:", "Decides:")
    assert all(c.kind == "unchanged" for c in cmp.changes)
    assert "lead-in changed “Resolves:” → “Decides:”" in render_text(cmp)
    back = resdiff.compare(parse(NEW), parse(OLD))
    assert [(h.kind, h.lead_in) for h in back.summary.headings] == [("added", True)]
    assert not [c for c in back.changes if c.section == "preamble" and c.kind != "unchanged"]


def test_every_report_shows_the_lead_in() -> None:
    cmp = resdiff.compare(parse(OLD), parse(NEW))
    assert "lead-in dropped" in render_text(cmp)
    assert "lead-in dropped" in render_markdown(cmp)
    assert "lead-in dropped" in render_html(cmp)
    with zipfile.ZipFile(io.BytesIO(render_docx(cmp))) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Resolves:" in body
    data = json.loads(cmp.model_dump_json())
    assert data["old"]["headings"][0]["lead_in"] is True
    assert data["summary"]["headings"][0]["lead_in"] is True
    kept = resdiff.compare(parse(OLD), parse(OLD))
    assert "== Resolves: ==  (lead-in)" in render_text(kept)
    # The draft's outline shows the line as printed, not as a heading.
    outline = str(parse(OLD))
    assert "Resolves:" in outline and "## Resolves:" not in outline


def test_the_json_contracts_round_trip_and_read_their_older_versions() -> None:
    draft = parse(OLD)
    data = json.loads(draft.model_dump_json())
    assert data["schema"] == "resdiff.draft/4"
    assert Draft.model_validate_json(draft.model_dump_json()) == draft
    # A draft of version 1 (no lead-ins) reads, under the new name.
    plain = parse(NEW)
    old_doc = json.loads(plain.model_dump_json())
    old_doc["schema"] = "resdiff.draft/1"
    for heading in old_doc["headings"]:
        heading.pop("lead_in")
    assert Draft.model_validate(old_doc) == plain
    cmp = resdiff.compare(parse(OLD), parse(NEW))
    assert Comparison.model_validate_json(cmp.model_dump_json()) == cmp
    doc = json.loads(resdiff.compare(plain, plain).model_dump_json())
    doc["schema"] = "resdiff.comparison/7"
    assert Comparison.model_validate(doc).schema_ == "resdiff.comparison/10"


def test_the_draft_as_text_reads_back_with_its_lead_in() -> None:
    draft = parse(OLD)
    again = parse(draft_text(draft))
    assert [(h.text, h.before, h.lead_in) for h in again.headings] == [("Resolves:", "OP1", True)]
    assert [c.text for c in again.paragraphs] == [c.text for c in draft.paragraphs]


def test_markdown_and_word_files_read_the_lead_in_alike() -> None:
    markdown = resdiff.parse(OLD.replace("Resolves:", "*Resolves*:"), format="markdown")
    assert [(h.text, h.lead_in) for h in markdown.headings] == [("Resolves:", True)]
    word = resdiff.parse(lines_to_docx(OLD))
    assert [(h.text, h.lead_in) for h in word.headings] == [("Resolves:", True)]
    assert [c.ref for c in word.preamble] == ["PP1"]


@pytest.mark.parametrize(
    "line",
    [
        "Noting the following:",  # a recital that opens a list
        "Requests the Secretary-General to report on the following matters, including:",
        "Calls upon:",  # a call, not a decision: its items are its details
    ],
)
def test_a_line_that_is_no_decision_lead_in_stays_where_it_was(line: str) -> None:
    text = OLD.replace("Resolves:", line)
    draft = parse(text)
    assert not any(h.lead_in for h in draft.headings)
    assert draft.preamble[-1].text == line


def test_a_lead_in_between_operative_paragraphs_governs_those_after_it() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Requests the Secretary-General to report;\n\nFurther resolves:\n\n"
        "2. To set up a commission of inquiry;\n\n3. To remain seized of the matter.\n"
    )
    draft = parse(text)
    assert [(h.text, h.before, h.lead_in) for h in draft.headings] == [
        ("Further resolves:", "OP2", True)
    ]
    assert sorted(draft.lead_ins()) == ["OP2", "OP3"]
    assert draft.clause("OP1").lead == "Requests"
    assert draft.clause("OP2").lead == "Further resolves"  # as printed in the lead-in
    # A heading of the operative part that is no lead-in governs nothing.
    headed = parse(text.replace("Further resolves:", "Political process"))
    assert not any(h.lead_in for h in headed.headings) and headed.lead_ins() == {}


def test_a_lead_in_over_lettered_items_stays_a_paragraph_with_sub_paragraphs() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\nDecides:\n\n"
        "(a) To call upon the parties concerned to implement the ceasefire;\n\n"
        "(b) To renew the mandate of the Force for six months;\n"
    )
    draft = parse(text)
    assert not draft.headings
    assert draft.operative[0].text == "Decides:" and len(draft.operative[0].children) == 2


def test_texts_without_a_lead_in_read_as_before() -> None:
    draft = parse(NEW)
    assert draft.headings == () and draft.lead_ins() == {}
    assert [c.ref for c in draft.paragraphs] == ["PP1", "OP1", "OP2", "OP3"]


def _scanned(name: str) -> Path:
    path = SCANNED / name
    if not path.exists():
        pytest.skip(f"the scanned corpus is absent ({path})")
    return path


def test_s_res_18_1947_holds_its_lead_in_and_the_pair_to_20_reads_softer() -> None:
    old = resdiff.parse(_scanned("S_RES_18_1947.txt"))
    new = resdiff.parse(_scanned("S_RES_20_1947.txt"))
    assert [(h.text, h.before, h.lead_in) for h in old.headings] == [("Resolves:", "OP1", True)]
    assert [c.ref for c in old.preamble] == ["PP1"]
    assert old.clause("OP3").lead == "Resolves"  # "To set up a commission ..."
    cmp = resdiff.compare(old, new)
    # Both judges: softer. The lead-in's loss was a key change read "stronger".
    assert cmp.summary.direction == "softer"
    assert not any("Resolves" in key.headline for key in cmp.summary.key_changes)
    assert [(h.kind, h.lead_in) for h in cmp.summary.headings] == [("dropped", True)]


def test_compare_on_the_command_line_warns_of_no_missing_comma_after_a_lead_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from resdiff.cli import main

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    assert main(["compare", str(old), str(new)]) == 0
    captured = capsys.readouterr()
    assert "does not end with a comma" not in captured.err
    assert "lead-in dropped “Resolves:”" in captured.out
