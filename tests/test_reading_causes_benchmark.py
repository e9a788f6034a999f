"""``benchmarks/reading_causes.py`` sorts the judged provisions resdiff pairs as the
judges do and reads otherwise by cause. The items here are made up in the form of
``judged.py --json``'s disagreements."""

from __future__ import annotations

from typing import Any

from benchmark_module import load

causes = load("reading_causes")


def _item(judged: str, found: str, shifts: list[str], second: str | None = None) -> dict[str, Any]:
    return {
        "pair": "made-up",
        "item": 1,
        "old": ["OP3"],
        "new": ["OP3"],
        "judged": judged,
        "found": found,
        "second": second,
        "reason": "",
        "judge_shifts": [],
        "shifts": shifts,
    }


def test_a_second_judge_who_reads_as_resdiff_makes_it_the_judges_threshold() -> None:
    item = _item(
        "reworded", "strengthened", ["[stronger] emphasis added: “urgently”"], "strengthened"
    )
    assert causes.cause_of(item) == ("threshold", "a second judge reads it as resdiff")


def test_actively_alone_is_the_seizure_formula_the_judges_read_both_ways() -> None:
    item = _item("reworded", "strengthened", ["[stronger] emphasis added: “actively”"])
    assert causes.cause_of(item)[0] == "threshold_actively"
    # Beside another directed shift it is no longer the formula alone.
    item["shifts"].append("[stronger] operative verb strengthened: urges → demands")
    assert causes.cause_of(item) == ("weighed_directed", "emphasis added")


def test_a_direction_with_no_shift_is_not_read_and_a_rule_that_weighs_it_neutral_is_named() -> None:
    assert causes.cause_of(_item("strengthened", "reworded", [])) == ("not_read", "none")
    dated = _item("softened", "reworded", ["[neutral] date: 15 May 2020 → 15 May 2021"])
    assert causes.cause_of(dated) == ("not_read", "neutral")
    moved = _item(
        "strengthened",
        "reworded",
        ["[neutral] operative clause added: “decides that …” (its words stand in old OP13)"],
    )
    assert causes.cause_of(moved) == ("weighed_neutral", "operative clause added")


def test_the_side_of_a_mixed_change_left_unread_and_the_opposite_shift_of_a_false_mixed() -> None:
    mixed = _item("mixed", "softened", ["[softer] censure removed: expressing serious concern"])
    assert causes.cause_of(mixed) == ("not_read", "the stronger side of a mixed change")
    false_mixed = _item(
        "strengthened",
        "mixed",
        [
            "[stronger] modifier added: strongly",
            "[softer] operative clause removed: “urges both sides to …”",
        ],
    )
    assert causes.cause_of(false_mixed) == ("weighed_directed", "operative clause removed")
    opposite = _item("softened", "strengthened", ["[stronger] operative verb added: urges"])
    assert causes.cause_of(opposite) == ("wrong_direction", "operative verb added")


def test_only_readings_of_both_sides_are_kept() -> None:
    results = {
        "dev": {
            "disagreements": [
                _item("strengthened", "reworded", []),
                _item("added", "reworded", []),
                {**_item("softened", "(paired otherwise)", []), "found": "(paired otherwise)"},
            ]
        },
        "figures": 1,
    }
    (kept,) = causes.items_of(results)
    assert kept["set"] == "dev" and kept["cause"] == "not_read"
