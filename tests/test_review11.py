"""What a stranger's review of the eleventh session's lexicon entries (5 December 2026)
found, pinned: a recital that keeps its concern and only changes tense ("Noting with grave
concern" -> "Having noted with grave concern") is not softened, and a message to the
General Assembly that also asks a report is not housekeeping. Short made-up sentences in
resolution style."""

from __future__ import annotations

import pytest

import resdiff

CLOSING = "Decides to remain seized of the matter."


def _text(preamble: list[str], operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate((*operative, CLOSING), 1))
    return "The Security Council,\n\n" + "\n\n".join(preamble) + f"\n\n{ops}\n"


OPS = ["Calls upon all parties to cease hostilities;"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Noting with grave concern the deportation of civilians,",
            "Having noted with grave concern the deportation of civilians,",
        ),
        (
            "Taking note with deep concern of the report of the Secretary-General,",
            "Having taken note with deep concern of the report of the Secretary-General,",
        ),
        (
            "Noting with regret the delays in the talks,",
            "Having noted with regret the delays in the talks,",
        ),
        (
            "Taking note with appreciation of the report,",
            "Having taken note with appreciation of the report,",
        ),
    ],
)
def test_a_recital_that_only_changes_tense_keeps_its_concern(old: str, new: str) -> None:
    cmp = resdiff.compare(_text([old], OPS), _text([new], OPS))
    (change,) = [c for c in cmp.changes if c.old == ("PP1",)]
    assert change.kind == "reworded", [s.describe() for s in change.shifts]
    assert cmp.summary.direction == "neutral"


def test_a_concern_dropped_after_having_noted_is_still_softer() -> None:
    old = "Having noted with grave concern the deportation of civilians,"
    new = "Having noted the deportation of civilians,"
    cmp = resdiff.compare(_text([old], OPS), _text([new], OPS))
    (change,) = [c for c in cmp.changes if c.old == ("PP1",)]
    assert change.kind == "softened"


RECALL = ["Recalling its resolution 2650 (2022),"]


def _dropped(message: str) -> tuple[str, str]:
    cmp = resdiff.compare(_text(RECALL, [*OPS, message]), _text(RECALL, OPS))
    (change,) = [c for c in cmp.changes if c.old == ("OP2",)]
    return change.kind, cmp.summary.direction


def test_a_message_to_the_assembly_that_also_asks_a_report_weighs_as_its_verb() -> None:
    kind, direction = _dropped(
        "Requests the Secretary-General to communicate this resolution to the General "
        "Assembly, to the Government of Xland and to all States, and to report to the "
        "Council within 30 days on the compliance of Xland with paragraph 1;"
    )
    assert kind == "dropped" and direction == "softer"


@pytest.mark.parametrize(
    "message",
    [
        "Requests the Secretary-General to communicate this resolution to the General "
        "Assembly and to all States;",
        "Requests the Secretary-General to notify the General Assembly of this decision;",
    ],
)
def test_a_message_to_the_assembly_alone_stays_housekeeping(message: str) -> None:
    kind, direction = _dropped(message)
    assert kind == "dropped" and direction == "neutral"
