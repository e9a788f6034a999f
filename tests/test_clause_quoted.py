"""A lead added or removed where its provision keeps the same lead on the other side is
named by its clause, not by its verb alone: "operative verb removed: decides" beside a new
paragraph that still opens "Decides" read as a contradiction (S/RES/2557 (2020) -> 2615
(2021) OP1, the merge review's item of the twenty-third session). The words name the
shift; its weight, direction and every verdict stay as they were (benchmarks/README.md,
twenty-third session, branch label13)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from conftest import CORPUS
from test_series import resolution
from test_verdicts import compare_ops, draft, first, shifts

import resdiff
from resdiff.api import parse
from resdiff.classify.classifier import _dedupe
from resdiff.classify.kinds import held_calmed
from resdiff.classify.relocated import leads_moved
from resdiff.explain import describe_shift, describe_unquoted
from resdiff.model import CLAUSE_BREAK, CLAUSE_LEADS, Change, Comparison, Shift, join_clauses
from resdiff.render.docx import render_docx
from resdiff.render.html import render_html
from resdiff.render.markdown import render_markdown
from resdiff.render.series import render_series_csv, render_series_html, render_series_text
from resdiff.render.text import render_text
from resdiff.render.timeline import (
    render_timeline_html,
    render_timeline_markdown,
    render_timeline_text,
)
from resdiff.series import series

#: Two decisions, the first of which a later text leaves out while keeping the second.
BOTH = (
    "Decides that UNFRE shall support the Freedonian electoral commission in preparing "
    "credible elections in all provinces, and decides that UNFRE shall assist the "
    "Freedonian police in protecting civilians in the northern provinces;"
)
ONE = (
    "Decides that UNFRE shall assist the Freedonian police in protecting civilians in the "
    "northern provinces;"
)
GONE = (
    "operative clause removed: “Decides that UNFRE shall support the Freedonian electoral "
    "commission …”"
)
#: What the line said before: the contradiction.
OLD_LINE = "operative verb removed: decides"


def _quoted(change: Change) -> list[Shift]:
    return [s for s in shifts(change) if s.clause_words is not None]


# ------------------------------------------------------------------------- the naming


def test_a_decision_gone_beside_one_kept_is_named_by_its_clause() -> None:
    cmp = compare_ops([BOTH], [ONE])
    change = first(cmp)
    (gone,) = _quoted(change)
    assert gone.describe() == GONE
    assert gone.detail == gone.clause_words
    assert OLD_LINE not in [s.describe() for s in shifts(change)]
    # Named so only: still the decision removed, weighed as one (4 x 6 / 3).
    assert (gone.feature, gone.old, gone.new) == ("verb", "decides", None)
    assert (gone.direction, gone.weight) == ("softer", 8.0)
    assert change.kind == "softened"
    assert cmp.summary.key_changes[0].headline == GONE


def test_a_request_come_beside_one_the_paragraph_made_is_named_by_its_clause() -> None:
    old = (
        "Requests the Secretary-General to report every 90 days on the implementation of "
        "this resolution;"
    )
    new = old[:-1] + (
        ", and requests the Panel of Experts to provide a final report to the Council no "
        "later than 1 March 2023;"
    )
    (came,) = _quoted(first(compare_ops([old], [new])))
    assert came.describe() == (
        "operative clause added: “requests the Panel of Experts to provide a final report …”"
    )
    assert (came.feature, came.old, came.new, came.direction) == (
        "verb",
        None,
        "requests",
        "stronger",
    )


def test_a_whole_clause_is_quoted_whole_without_what_joins_it_to_the_next() -> None:
    old = "Decides that the Committee shall meet in Geneva, and decides that it shall report;"
    new = "Decides that the Committee shall meet in Geneva;"
    (gone,) = _quoted(first(compare_ops([old], [new])))
    assert gone.clause_words == "decides that it shall report"


@pytest.mark.parametrize(
    ("lead", "kept", "line"),
    [
        (
            "Condemning the looting of humanitarian supplies by armed groups",
            "Condemning the attacks on peacekeepers in the east of the country",
            "clause of censure removed: “condemning the looting of humanitarian supplies "
            "by armed groups”",
        ),
        (
            "Encouraging the Government to hold elections in a timely manner",
            "Encouraging the Mission to protect civilians",
            "preambular clause removed: “encouraging the Government to hold elections in a "
            "timely manner”",
        ),
    ],
)
def test_a_recital_keeping_its_lead_names_the_clause_it_lost(
    lead: str, kept: str, line: str
) -> None:
    gone = f"{kept}, and {lead[0].lower()}{lead[1:]},"
    seized = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(draft(seized, preamble=[gone]), draft(seized, preamble=[f"{kept},"]))
    (quoted,) = _quoted(cmp.changes[0])
    assert quoted.describe() == line


def test_a_verb_the_other_side_does_not_hold_is_still_named_by_itself() -> None:
    # Counter-example: "urges" gone from a paragraph that urges nothing any more is no
    # contradiction; the verb says what went.
    old = (
        "Decides to renew the measures imposed by paragraph 2 until 1 June 2023, and urges "
        "all States to comply fully with the measures;"
    )
    new = "Decides to renew the measures imposed by paragraph 2 until 1 June 2023;"
    change = first(compare_ops([old], [new]))
    assert not _quoted(change)
    assert "operative verb removed: urges" in [s.describe() for s in shifts(change)]


def test_a_paragraph_dropped_whole_names_its_verbs() -> None:
    # Counter-example: nothing of a dropped paragraph stays, so its verbs say what went.
    cmp = compare_ops([ONE, BOTH], [ONE])
    dropped = cmp.change_for("OP2", side="old")
    assert dropped is not None and not dropped.new
    assert not _quoted(dropped)
    assert OLD_LINE in [s.describe() for s in shifts(dropped)]


def test_marks_the_clause_quotes_itself_are_single_within_the_quote() -> None:
    gone = Shift(
        feature="verb",
        old="decides",
        detail="decides to establish a Committee (“the Committee”)",
        direction="softer",
    )
    assert gone.describe() == (
        "operative clause removed: “decides to establish a Committee (‘the Committee’)”"
    )


def test_every_lead_that_may_quote_its_clause_has_a_name_for_it() -> None:
    for feature in CLAUSE_LEADS:
        quoted = Shift(feature=feature, new="x", detail="x y", direction="stronger")
        assert quoted.describe().endswith("clause added: “x y”") or quoted.describe().startswith(
            "clause of censure added"
        )


# --------------------------------------------------------------- naming, not weighing


def test_clause_words_are_read_only_from_a_lead_added_or_removed() -> None:
    quoted = Shift(feature="verb", old="decides", detail="Decides that …", direction="softer")
    assert quoted.clause_words == "Decides that …"
    assert describe_unquoted(quoted) == OLD_LINE
    restated = Shift(
        feature="verb", old="decides", new="reaffirms", detail="restated", direction="neutral"
    )
    cap = Shift(feature="quantity", new="300", detail="troop ceiling", direction="stronger")
    assert restated.clause_words is None and cap.clause_words is None
    assert describe_unquoted(cap) == describe_shift(cap)


def _paired(ref: str, shift: Shift) -> Change:
    return Change(
        kind="softened" if shift.direction == "softer" else "strengthened",
        old=(ref,),
        new=(ref,),
        section="preamble",
        match="similar",
        score=0.8,
        shifts=(shift,),
    )


def test_a_lead_with_its_clause_quoted_still_moves_to_the_next_recital() -> None:
    lost = Shift(
        feature="lead",
        old="noting with regret",
        detail="noting with regret that common ground could not be found",
        direction="softer",
        weight=1.0,
    )
    gained = Shift(feature="lead", new="noting with regret", direction="stronger", weight=1.0)
    out = leads_moved((_paired("PP3", lost), _paired("PP4", gained)))
    assert [s.direction for c in out for s in c.shifts] == ["neutral", "neutral"]
    assert out[0].shifts[0].note == "moved to new PP4"


def test_a_held_lead_with_its_clause_quoted_is_calmed_as_one_without() -> None:
    quoted = Shift(feature="verb", old="decides", detail="Decides …", direction="softer")
    calmed = held_calmed(_paired("OP1", quoted), {"verb": "still held"})
    assert calmed.shifts[0].direction == "neutral"


def test_the_json_contract_keeps_its_shape() -> None:
    cmp = compare_ops([BOTH], [ONE])
    data = json.loads(cmp.model_dump_json())
    key = data["summary"]["key_changes"][0]
    assert key["headline"] == GONE
    (shift,) = [s for s in key["shifts"] if s["detail"]]
    assert set(shift) == {"feature", "old", "new", "direction", "ref", "detail", "weight", "note"}
    assert shift["old"] == "decides" and shift["detail"].startswith("Decides that UNFRE")
    back = Comparison.model_validate_json(cmp.model_dump_json())
    assert back == cmp
    assert back.summary.key_changes[0].shifts[0].describe() == GONE


# ---------------------------------------------------------------------- every report

_SEIZED = "Decides to remain seized of the matter."
_PRE = [
    "Recalling its previous resolutions on the situation in Freedonia, in particular its "
    "resolutions on the electoral process and the reform of the Freedonian police,"
]


def _mission(number: int, year: int, second: str) -> str:
    return resolution(
        number,
        year,
        1,
        _PRE,
        [
            "Decides to extend the mandate of the United Nations Mission in Freedonia "
            f"(UNFRE) until 31 March {year + 1};",
            second,
            "Requests the Secretary-General to report to the Council every 90 days on the "
            "implementation of the mandate of UNFRE;",
            _SEIZED,
        ],
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_every_report_of_a_comparison_names_the_clause() -> None:
    cmp = compare_ops([BOTH], [ONE])
    reports = {
        "text": render_text(cmp),
        "markdown": render_markdown(cmp),
        "html": render_html(cmp),
    }
    with zipfile.ZipFile(io.BytesIO(render_docx(cmp))) as docx:
        reports["word"] = docx.read("word/document.xml").decode()
    for name, report in reports.items():
        said = _one_line(report.replace("&quot;", '"'))
        assert "operative clause removed: “Decides that UNFRE shall support" in said, name
        assert OLD_LINE not in said, name


def test_history_and_series_name_the_clause() -> None:
    old, new = _mission(3001, 2030, BOTH), _mission(3005, 2031, ONE)
    h = resdiff.history([old, new])
    for report in (
        render_timeline_text(h),
        render_timeline_markdown(h),
        render_timeline_html(h),
    ):
        said = _one_line(report)
        assert "operative clause removed: “Decides that UNFRE shall support" in said
        assert OLD_LINE not in said
    found = series([parse(old), parse(new)], scheduler="sync")
    (pair,) = found.pairs
    assert pair.key_changes[0].headline == GONE
    for report in (render_series_text(found), render_series_html(found), render_series_csv(found)):
        assert "operative clause removed: “Decides that UNFRE shall support" in _one_line(report)


def test_the_sanctions_exemption_of_2021_names_the_decision_that_went() -> None:
    akn = CORPUS / "akn"
    old, new = akn / "S_RES_2557_2020.xml", akn / "S_RES_2615_2021.xml"
    if not (old.exists() and new.exists()):
        pytest.skip(f"S/RES/2557 (2020) and 2615 (2021) are not in {akn}")
    key = resdiff.compare(old, new).summary.key_changes[0]
    assert key.label == "OP1" and key.direction == "softer"
    lines = [describe_shift(s) for s in key.shifts]
    assert lines == [
        "exemption added: “not a violation of”",
        "operative clause removed: “Decides that all States shall continue to take the measures …”",
    ]
    assert [s.weight for s in key.shifts] == [30.0, 8.0]


# ------------------------------------------------------------ review of label13


def test_two_clauses_gone_under_one_kept_verb_are_both_quoted() -> None:
    # Review of label13: the dedupe kept one shift per verb and the line quoted the
    # first clause only, as if the Mission's report had stayed.
    old = (
        "Decides that the Committee shall meet in Geneva, decides that the Panel shall "
        "visit the border region every month, and decides that the Mission shall report "
        "to the Council every ninety days;"
    )
    new = "Decides that the Committee shall meet in Geneva;"
    cmp = compare_ops([old], [new])
    # The newline that parts the two quotes survives the JSON contract's round trip.
    assert Comparison.model_validate_json(cmp.model_dump_json()) == cmp
    (gone,) = _quoted(first(cmp))
    assert gone.describe() == (
        "operative clauses removed: “decides that the Panel shall visit the border region …”"
        " and “decides that the Mission shall report to the Council …”"
    )
    # Still one shift, weighed once.
    assert (gone.feature, gone.old, gone.new, gone.direction) == (
        "verb",
        "decides",
        None,
        "softer",
    )


def test_the_same_clause_told_twice_is_quoted_once() -> None:
    assert join_clauses("decides that it shall report", "decides that it shall report") == (
        "decides that it shall report"
    )
    both = join_clauses("decides that it shall meet", "decides that it shall report")
    assert both.split(CLAUSE_BREAK) == [
        "decides that it shall meet",
        "decides that it shall report",
    ]


def test_a_quote_cut_short_does_not_end_on_a_determiner() -> None:
    old = (
        "Decides that the Committee shall meet in Geneva, and decides that the Panel shall "
        "visit the border region every month and report;"
    )
    (gone,) = _quoted(
        first(compare_ops([old], ["Decides that the Committee shall meet in Geneva;"]))
    )
    assert gone.clause_words == "decides that the Panel shall visit the border region …"


def test_two_clauses_under_other_notes_are_not_quoted_as_one() -> None:
    # A clause spent by its deadline and one gone beside a renewal are not one line: the
    # note of the first ("spent: due ...") would be said of the second.
    def gone(words: str, note: str | None) -> Shift:
        return Shift(feature="verb", old="decides", detail=words, direction="neutral", note=note)

    spent = gone("decides to extend until 15 November 2020 the tasks …", "spent: due 2020")
    going_on = gone("decides that UNFRE should continue to implement that mandate", None)
    assert _dedupe([spent, going_on]) == [spent]
    also = gone("decides that the Panel shall report", "spent: due 2020")
    (both,) = _dedupe([spent, also])
    assert both.clause_words is not None
    assert both.clause_words.split(CLAUSE_BREAK) == [spent.detail, also.detail]
