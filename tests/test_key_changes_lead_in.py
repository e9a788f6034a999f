"""A lead-in changed over many items ("Resolves:" → "Recommends:" over six items) is one
key change naming the items, in every report, not one identical key change per item that
crowds out the others. Made-up texts in the style of S/RES/18 (1947)."""

from __future__ import annotations

import io
import zipfile

import pytest

import resdiff
from resdiff.classify.keyleads import refs_named
from resdiff.model import Comparison, Draft
from resdiff.negotiation.scenario import Scenario
from resdiff.render import render_docx, render_html, render_markdown, render_text

ITEMS = "\n\n".join(
    f"{k}. To set up a body of experts number {k} on the crossings ;" for k in range(1, 7)
)

TEXT = f"""The Security Council,

Having considered the report of the committee on the question of the river crossings,

{{lead}}

{ITEMS}

7. {{seven}} the parties to cease all military activities near the crossings ;

8. {{eight}} the Secretary-General to report within thirty days ;

9. {{nine}} all States to refrain from supplying arms to the parties ;

10. {{ten}} the parties to release all detainees ;
"""
OLD = dict(lead="Resolves:", seven="Calls upon", eight="Requests", nine="Calls upon", ten="Urges")
LABEL = "lead-in over OP1–OP6"
PHRASE = f"{LABEL} (softened): operative verb weakened: resolves → recommends"


@pytest.fixture(scope="module")
def old() -> Draft:
    return resdiff.parse(TEXT.format(**OLD))


@pytest.fixture(scope="module")
def what_if(old: Draft) -> Comparison:
    return Scenario(old).soften_lead_in("OP1", to="recommends").compare()


def test_a_lead_in_softened_over_six_items_is_one_key_change(what_if: Comparison) -> None:
    keys = what_if.summary.key_changes
    assert [k.label for k in keys] == [LABEL]
    assert keys[0].old == keys[0].new == ("OP1", "OP2", "OP3", "OP4", "OP5", "OP6")
    assert keys[0].headline == "operative verb weakened: resolves → recommends"
    # The changes themselves are still told item by item.
    assert [c.label for c in what_if.changes if c.kind == "softened"] == [
        f"OP{k}" for k in range(1, 7)
    ]


def test_every_report_tells_it_once(what_if: Comparison) -> None:
    assert render_text(what_if).count(PHRASE) == 1
    assert render_markdown(what_if).count(PHRASE) == 1
    assert render_html(what_if).count(PHRASE) == 1
    with zipfile.ZipFile(io.BytesIO(render_docx(what_if))) as docx:
        body = docx.read("word/document.xml").decode()
    assert body.count(PHRASE) == 1
    # The JSON keeps its shape: one entry, the refs of the items on each side.
    (key,) = what_if.model_dump(mode="json")["summary"]["key_changes"]
    assert key["label"] == LABEL and key["new"] == [f"OP{k}" for k in range(1, 7)]


def test_the_other_key_changes_keep_their_places(old: Draft) -> None:
    # The lead-in softened and four paragraphs each softened on their own: five key
    # changes, the lead-in's and the four, not the lead-in's first five items.
    keys = (
        Scenario(old)
        .soften_lead_in("OP1", to="recommends")
        .soften("OP7", to="encourages")
        .soften("OP8", to="invites")
        .soften("OP9", to="encourages")
        .soften("OP10", to="encourages")
        .compare()
        .summary.key_changes
    )
    assert len(keys) == 5
    assert [k.label for k in keys].count(LABEL) == 1
    assert {k.label for k in keys} - {LABEL} == {"OP7", "OP8", "OP9", "OP10"}


def test_alike_changes_under_no_changed_lead_in_stay_apart() -> None:
    # Three paragraphs under the lead-in, each with a verb of its own, each softened alike
    # while the lead-in stays: three key changes.
    old = resdiff.parse(TEXT.format(**OLD))
    new = resdiff.parse(
        TEXT.format(
            lead="Resolves:",
            seven="Encourages",
            eight="Requests",
            nine="Encourages",
            ten="Encourages",
        )
    )
    keys = resdiff.compare(old, new).summary.key_changes
    assert [k.label for k in keys] == ["OP7", "OP9", "OP10"]


def test_items_that_change_otherwise_are_not_folded_in(old: Draft) -> None:
    # OP2 also loses its subject: its key change differs from the other items' and stays
    # its own.
    what_if = (
        Scenario(old)
        .soften_lead_in("OP1", to="recommends")
        .replace_text(
            "OP2",
            "To set up a body of experts number 2 on the crossings",
            "To set up, as appropriate, a body of experts number 2 on the crossings",
        )
        .compare()
    )
    labels = [k.label for k in what_if.summary.key_changes]
    assert "lead-in over OP1, OP3–OP6" in labels and "OP2" in labels


def test_refs_are_named_by_runs() -> None:
    assert refs_named(["OP1", "OP2", "OP3", "OP5"]) == "OP1–OP3, OP5"
    assert refs_named(["OP1", "OP2", "OP4", "OP5"]) == "OP1, OP2, OP4, OP5"
    assert refs_named(["OP2(a)", "OP3", "OP4", "OP5"]) == "OP2(a), OP3–OP5"
    assert refs_named([]) == ""
