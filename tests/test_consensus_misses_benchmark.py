"""``benchmarks/consensus_misses.py`` sorts the provisions both judges read one way and
resdiff does not by cause. The items here are made up in the form of ``judged.py
--json``'s disagreements."""

from __future__ import annotations

from typing import Any

import pytest
from benchmark_module import load

consensus = load("consensus_misses")


def _item(judged: str, found: str, shifts: list[str]) -> dict[str, Any]:
    return {
        "pair": "made-up",
        "item": 1,
        "old": ["OP3"],
        "new": ["OP4"],
        "judged": judged,
        "found": found,
        "second": judged,
        "reason": "",
        "judge_shifts": [],
        "shifts": shifts,
    }


def test_a_provision_paired_otherwise_takes_the_pairing_cause() -> None:
    item = _item("softened", "(paired otherwise)", [])
    assert consensus.cause(item, "apart") == "pairing: apart"
    assert consensus.cause(item, "split_merge") == "pairing: split or merge"
    assert consensus.cause(item, "other_partner") == "pairing: other partner"


def test_a_pair_made_as_judged_takes_the_reading_cause() -> None:
    assert consensus.cause(_item("strengthened", "reworded", [])) == "not read at all"
    assert consensus.cause(_item("softened", "unchanged", [])) == "not read at all"
    dated = _item("softened", "reworded", ["[neutral] date: 15 May 2020 → 15 May 2021"])
    assert consensus.cause(dated) == "neutral shift only"
    moved = _item(
        "strengthened",
        "reworded",
        ["[neutral] operative clause added: “decides that …” (its words stand in old OP13)"],
    )
    assert consensus.cause(moved) == "weighed under the threshold"
    mixed = _item("mixed", "softened", ["[softer] censure removed: expressing concern"])
    assert consensus.cause(mixed) == "the other side of a mixed not read"
    crossed = _item("softened", "strengthened", ["[stronger] emphasis added: “urgently”"])
    assert consensus.cause(crossed) == "wrong direction"
    opposite = _item(
        "strengthened",
        "mixed",
        ["[stronger] reach widened: x", "[softer] operative verb removed: urges"],
    )
    assert consensus.cause(opposite) == "an opposite shift makes it mixed"


def test_the_table_counts_misses_by_kind_and_the_false_verdicts_apart() -> None:
    rows = [
        {**_item("softened", "(paired otherwise)", []), "miss": True, "cause": "pairing: apart"},
        {"pair": "made-up", "item": 2, "judged": "softened", "miss": False},
        {**_item("reworded", "strengthened", []), "miss": False, "false": True},
    ]
    lines = consensus.table(rows, "made-up")
    assert "  softened      consensus    2  resdiff misses    1" in lines
    assert any(line.strip().startswith("pairing: apart") for line in lines)
    assert lines[-1].startswith("  consensus false verdicts") and ": 1 (" in lines[-1]


def test_the_odd_half_is_never_listed_nor_written_out(monkeypatch: Any, tmp_path: Any) -> None:
    # No pair is read: a refused request fails on its arguments, corpus or none.
    monkeypatch.setattr(consensus.judged, "open_pairs", list)
    monkeypatch.setattr(consensus.judged, "CORPUS", tmp_path / "absent")
    for argv in (
        ["--half", "odd", "--list"],
        ["--list"],
        ["--half", "odd", "--json", str(tmp_path / "rows.json")],
        ["--fresh", "--json", str(tmp_path / "rows.json")],
    ):
        with pytest.raises(SystemExit) as stop:
            consensus.main(argv)
        assert stop.value.code == 2, argv
    assert not (tmp_path / "rows.json").exists()
