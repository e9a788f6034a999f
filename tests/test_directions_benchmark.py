"""``benchmarks/directions.py`` tells what each document direction was decided on: the
classes' weights the summary weighed and the rule that decided. The drafts here are
hand-written in ordinary Council wording."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from drafting import CLOSING, draft

from resdiff.classify import summary as summary_module

ROOT = Path(__file__).resolve().parent.parent


def _module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "directions", ROOT / "benchmarks" / "directions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("directions", module)
    spec.loader.exec_module(module)
    return module


directions = _module()

RENEW = "Decides to extend the mandate of the Mission for a period of {} months;"
CALL = "Calls upon the parties to respect the cease-fire;"
DEMAND = "Demands that all parties cease hostilities immediately;"
REPORT = "Requests the Secretary-General to report on the situation within ninety days;"


def test_a_renewal_period_decides_as_the_headline() -> None:
    old = draft([RENEW.format("six"), CLOSING])
    new = draft([RENEW.format("twelve"), CLOSING])
    cmp, found = directions.weighing(old, new)
    assert found.direction == cmp.summary.direction == "stronger"
    assert found.rule == "headline"
    assert found.classes[0] == [0.0, 20.0]
    assert found.shifts[0][:3] == (0, "stronger", 20.0)


def test_numbers_alone_against_the_operative_part_are_mixed() -> None:
    # A longer mandate beside a demand and a call no longer made (UNISFA 2022): the
    # numbers-only rule, not the headline.
    old = draft([RENEW.format("six"), DEMAND, CALL, CLOSING])
    new = draft([RENEW.format("twelve"), CLOSING])
    cmp, found = directions.weighing(old, new)
    assert found.direction == cmp.summary.direction == "mixed"
    assert found.rule == "numbers only"
    assert found.classes[1][0] > 0 and found.classes[0][1] == 20.0


def test_the_operative_part_decides_without_a_headline() -> None:
    old = draft([CALL, CLOSING])
    new = draft([CALL, DEMAND, REPORT, CLOSING])
    cmp, found = directions.weighing(old, new)
    assert found.direction == cmp.summary.direction == "stronger"
    assert found.rule == "operative"
    assert found.classes[0] == [0.0, 0.0]
    assert all(rank == 1 for rank, *_ in found.shifts)


def test_nothing_weighed_is_told_apart_from_a_balance() -> None:
    text = draft([CALL, CLOSING])
    cmp, found = directions.weighing(text, text)
    assert found.direction == cmp.summary.direction == "neutral"
    assert found.rule == "nothing weighed"
    assert found.shifts == []


def test_the_recording_leaves_the_summary_as_it_was() -> None:
    original = summary_module._weighed_direction
    with directions.recorded() as calls:
        assert summary_module._weighed_direction is not original
    assert summary_module._weighed_direction is original
    assert calls == []


def test_each_rule_of_the_decision_is_named() -> None:
    lexicon = directions.Lexicon.default()
    rule = directions.deciding_rule
    none: frozenset[str] = frozenset()
    # Headline 25 softer against an operative part 150 stronger: outweighed (mixed).
    assert rule(
        [[25.0, 0.0], [0.0, 150.0], [0.0, 0.0]], frozenset({"lifecycle"}), None, lexicon
    ) == ("outweighed")
    # The same headline won narrowly is handed down to the operative part.
    assert rule(
        [[25.0, 20.0], [0.0, 150.0], [0.0, 0.0]], frozenset({"lifecycle"}), None, lexicon
    ) == ("narrow headline")
    assert rule([[0.0, 0.0], [8.0, 8.0], [0.0, 3.0]], none, None, lexicon) == "preamble"
    assert rule([[0.0, 0.0], [8.0, 8.0], [2.0, 2.0]], none, None, lexicon) == "all balanced"
    assert rule([[0.0, 0.0], [0.0, 0.0], [0.0, 1.0]], none, 1.0, lexicon) == "lone shift"
