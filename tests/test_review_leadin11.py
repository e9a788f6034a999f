"""Review of the operative lead-ins (branch leadin11, RESULTS §2cc): an item that states
its own verb in the passive under "Resolves:" ("That the Secretary-General be requested
to ...") reads as that verb, not as the lead-in's decision; a lead-in whose words change
is one lead-in changed among the changes too, as in the summary; a sub-paragraph is
governed through its paragraph. Made-up texts only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.render import render_html, render_markdown, render_text

HEAD = "The Security Council,\n\nHaving considered the report,\n\n"


def _items(*items: str, lead_in: str | None = "Resolves:") -> str:
    body = "".join(f"{k}. {item}\n\n" for k, item in enumerate(items, start=1))
    return HEAD + (f"{lead_in}\n\n" if lead_in else "") + body


@pytest.mark.parametrize(
    ("item", "lemma", "printed"),
    [
        (
            "That the Secretary-General be requested to report within three months;",
            "request",
            "be requested",
        ),
        ("That the Commission be invited to continue its work;", "invite", "be invited"),
        (
            "The representatives of the parties are invited to take part in the discussion;",
            "invite",
            "are invited",
        ),
        (
            "That all States be called upon to refrain from any action;",
            "call upon",
            "be called upon",
        ),
    ],
)
def test_an_item_in_the_passive_reads_as_its_own_verb(item: str, lemma: str, printed: str) -> None:
    (op1,) = resdiff.parse(_items(item)).operative
    assert (op1.phrases[0].lemma, op1.phrases[0].text) == (lemma, printed)


@pytest.mark.parametrize(
    "item",
    [
        # The infinitive is the item's verb: the passive after it is a detail.
        "To set up a commission which is requested to report within three months;",
        # A relative clause, not the item's verb.
        "That the Commission, which is requested to report, shall submit its findings;",
        # A passive of no operative verb.
        "That the applications be received to the end of the year;",
    ],
)
def test_a_passive_that_is_not_the_items_verb_leaves_the_lead_ins(item: str) -> None:
    (op1,) = resdiff.parse(_items(item)).operative
    assert op1.phrases[0].lemma in ("resolve", "set up", "establish")
    assert op1.phrases[0].lemma != "request"


def test_a_request_in_the_passive_made_active_is_no_softening() -> None:
    old = _items(
        "That the Secretary-General be requested to report within three months;",
        "That the Commission be invited to continue its work;",
    )
    new = _items(
        "Requests the Secretary-General to report within three months;",
        "Invites the Commission to continue its work;",
        lead_in=None,
    )
    cmp = resdiff.compare(resdiff.parse(old), resdiff.parse(new))
    assert not cmp.softened and cmp.summary.direction == "neutral"
    assert [c.kind for c in cmp.changes if c.section == "operative"] == ["reworded", "reworded"]


def test_a_lead_in_changed_is_one_lead_in_among_the_changes() -> None:
    item = "To set up a commission of inquiry;"
    cmp = resdiff.compare(
        resdiff.parse(_items(item)), resdiff.parse(_items(item, lead_in="Decides:"))
    )
    assert [h.kind for h in cmp.summary.headings] == ["changed"]
    text = render_text(cmp)
    assert "== Decides: ==  (lead-in changed, was “Resolves:”)" in text
    assert "lead-in added" not in text and "lead-in dropped" not in text
    for report in (render_markdown(cmp), render_html(cmp)):
        assert "lead-in changed, was" in report and "lead-in added" not in report


def test_a_sub_paragraph_is_governed_through_its_paragraph() -> None:
    draft = resdiff.parse(
        HEAD + "Resolves:\n\n1. To set up a commission of inquiry:\n\n"
        "(a) To examine the situation;\n\n(b) To report to the Council;\n"
    )
    (lead_in,) = draft.headings
    assert draft.lead_in_of("OP1") == lead_in
    assert draft.lead_in_of("OP1(a)") == lead_in


def test_one_word_file_with_tracked_changes_warns_of_no_missing_comma_after_a_lead_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from resdiff.cli import main
    from resdiff.testing.wordfile.draft import draft_to_docx

    item = "To set up a commission of inquiry;"
    old = resdiff.parse(_items(item, "To request the Secretary-General to report;"), analyze=False)
    new = resdiff.parse(_items(item, "To invite the Commission to report;"), analyze=False)
    path = tmp_path / "tracked.docx"
    path.write_bytes(draft_to_docx(new, tracked=old))
    assert main(["compare", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Resolves:" in captured.out
    assert "does not end with a comma" not in captured.err
