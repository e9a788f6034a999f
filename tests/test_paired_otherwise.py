"""``benchmarks/paired_otherwise.py`` sorts the judged provisions resdiff pairs otherwise
by cause. The drafts here are hand-written in ordinary Council wording: a demand
rewritten past the word score in its place, a paragraph split in two, and a pairing a
second judge shares with resdiff."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff

paired_otherwise = load("paired_otherwise")

REPORT = "Requests the Secretary-General to report on the situation within ninety days;"
SEIZED = "Decides to remain seized of the matter."
OLD_DEMAND = "Demands the immediate release of Colonel Higgins;"
NEW_CALL = "Calls upon everyone concerned to free each hostage without delay;"


def _item(old: list[str], new: list[str], kind: str) -> dict[str, Any]:
    return {"old": old, "new": new, "kind": kind, "reason": "", "pairing": "ok"}


def _incidents(
    old: str, new: str, items: list[dict[str, Any]], second: Any = None
) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = paired_otherwise.incidents_of(
        "made-up", "scanned", items, resdiff.parse(old), resdiff.parse(new), second
    )
    return result


def test_a_demand_rewritten_in_its_place_is_a_rewrite_left_dropped_and_added() -> None:
    old = draft([OLD_DEMAND, REPORT, SEIZED])
    new = draft([NEW_CALL, REPORT, SEIZED])
    cmp = resdiff.compare(old, new)
    # The premise: resdiff leaves the two apart (no word of substance in common).
    assert {(c.old, c.new) for c in cmp.changes} >= {(("OP1",), ()), ((), ("OP1",))}
    found = _incidents(old, new, [_item(["OP1"], ["OP1"], "softened")])
    assert [i["cause"] for i in found] == ["rewrite in place, left dropped + added"]
    assert found[0]["judged"] == [(["OP1"], ["OP1"], "softened")]
    assert sorted(r[2] for r in found[0]["resdiff"]) == ["added", "dropped"]


def test_judged_pairs_resdiff_makes_are_no_incident() -> None:
    old = draft([REPORT, SEIZED])
    new = draft(
        ["Requests the Secretary-General to report on the situation within sixty days;", SEIZED]
    )
    assert _incidents(old, new, [_item(["OP1"], ["OP1"], "reworded")]) == []


def test_a_paragraph_the_judges_read_as_split_in_two_is_a_split_missed() -> None:
    old = draft([OLD_DEMAND, SEIZED])
    new = draft([NEW_CALL, "Demands the release of Colonel Higgins;", SEIZED])
    found = _incidents(old, new, [_item(["OP1"], ["OP1", "OP2"], "strengthened")])
    assert [i["cause"] for i in found] == ["split/merge missed"]


def test_a_pairing_a_second_judge_shares_with_resdiff_is_the_judges_split() -> None:
    old = draft([OLD_DEMAND, REPORT, SEIZED])
    new = draft([NEW_CALL, REPORT, SEIZED])
    items = [_item(["OP1"], ["OP1"], "softened")]
    second = {(("OP1",), ()), ((), ("OP1",))}
    found = _incidents(old, new, items, second)
    assert [i["cause"] for i in found] == ["judges' split"]
    assert found[0]["second_differs"]
