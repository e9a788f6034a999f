"""``benchmarks/split_remainders.py`` lists the paragraphs left beside a reworded pair
with what shows them a part of it. The drafts here are hand-written in ordinary Council
wording."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff

tool = load("split_remainders")
_CONDEMNS = "Condemns the attacks on the civilian population of the Varnian lowlands;"
_WHOLE = (
    "Decides to extend the mandate of the mission in Ruritania until 31 March 2023, and "
    "requests the Secretary-General to report to the Council every ninety days on the "
    "preparations for the national elections and on the return of displaced persons;"
)
_EXTENSION = (
    "Decides to extend the mandate of the mission in Ruritania for a further year, "
    "until 31 March 2024;"
)
_REPORTS = (
    "Requests the Secretary-General to brief the Council quarterly, in writing, on "
    "progress towards credible national elections and the safe and voluntary return of "
    "refugees and displaced persons;"
)
_APPOINTMENT = (
    "Welcomes the appointment of the Special Representative of the Secretary-General for "
    "Ruritania as head of the mission;"
)


def _rows(new_ops: list[str], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = resdiff.parse(draft([_CONDEMNS, _WHOLE]))
    new = resdiff.parse(draft([_CONDEMNS, *new_ops]))
    pair = {"id": "made-up", "set": "dev", "old": "a", "new": "b", "judged": {"changes": items}}
    return tool.candidates(pair, old, new, resdiff.compare(old, new))


def test_the_other_part_of_a_split_brings_back_the_remainder_and_is_labelled() -> None:
    rows = _rows(
        [_EXTENSION, _REPORTS],
        [{"old": ["OP2"], "new": ["OP2", "OP3"], "kind": "reworded"}],
    )
    (row,) = [r for r in rows if r["side"] == "split"]
    # The request is paired (the closer part); the extension beside it is the candidate.
    assert (row["old"], row["new"], row["candidate"]) == ("OP2", "OP3", "OP2")
    assert row["label"] and row["exact"]
    assert row["cover"] >= 0.6 and row["share"] >= 0.4
    # The extension opens with the whole's own lead ("Decides"), not one from inside it.
    assert not row["lead_inside"]
    assert tool.rules()["remainder (share 0.4, cover 0.6, joined ≥ alone − 0.05)"](row)


def test_a_new_paragraph_sharing_the_missions_name_is_a_candidate_no_rule_takes() -> None:
    rows = _rows(
        [_EXTENSION, _APPOINTMENT],
        [
            {"old": ["OP2"], "new": ["OP2"], "kind": "softened"},
            {"old": [], "new": ["OP3"], "kind": "added"},
        ],
    )
    (row,) = [r for r in rows if r["side"] == "split"]
    assert row["candidate"] == "OP3" and not row["label"]
    assert row["cover"] < 0.6
    assert not tool.rules()["remainder (share 0.4, cover 0.6, joined ≥ alone − 0.05)"](row)
