"""Review of the twenty-third session's merge: the blind sets merged with their judgements
(holdout55, holdout56) are listed by ``pairs.toml`` but not by ``judged.SETS``; the study
tools that read every judged pair must leave such a set to the lead (made-up pairs)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from benchmark_module import load

judge_agreement = load("judge_agreement")
judged: Any = judge_agreement.judged

_PAIRS = """[[pair]]
id = "open-pair"
old = "a.xml"
new = "b.xml"
set = "dev"

[[pair]]
id = "blind-pair-h99"
old = "c.xml"
new = "d.xml"
set = "holdout99"
"""


def _judged_folder(root: Path) -> Path:
    """A judged/ folder of two pairs, one of a set judged.SETS lists and one of a set it
    does not (judged blind), each with a first and a second judgement."""
    folder = root / "judged"
    (folder / "second").mkdir(parents=True)
    (folder / "pairs.toml").write_text(_PAIRS, encoding="utf-8")
    for pair_id in ("open-pair", "blind-pair-h99"):
        sheet = {"id": pair_id, "direction": "neutral", "changes": []}
        for where in (folder, folder / "second"):
            (where / f"{pair_id}.json").write_text(json.dumps(sheet), encoding="utf-8")
    return folder


def test_open_pairs_leaves_out_a_set_judged_blind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "holdout99" not in judged.SETS
    monkeypatch.setattr(judged, "JUDGED", _judged_folder(tmp_path))
    assert [p["id"] for p in judged.load_pairs()] == ["open-pair", "blind-pair-h99"]
    assert [p["id"] for p in judged.open_pairs()] == ["open-pair"]


def test_judge_agreement_compares_no_pair_of_a_blind_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(judged, "JUDGED", _judged_folder(tmp_path))
    monkeypatch.setattr(judged, "CORPUS", tmp_path)
    monkeypatch.setattr(judge_agreement, "HERE", tmp_path)
    compared: list[str] = []

    def compare(old: Path, new: Path) -> Any:
        compared.append(old.name)
        return SimpleNamespace(changes=[], summary=SimpleNamespace(direction="neutral"))

    monkeypatch.setattr(judge_agreement.resdiff, "compare", compare)
    assert judge_agreement.main() == 0
    assert compared == ["a.xml"]
    out = capsys.readouterr().out
    assert "blind-pair-h99" not in out and "in 1 pairs" in out


def test_judge_agreement_gives_recall_and_precision_of_each_directed_kind() -> None:
    # The yardstick of issue 9's recall targets: judge against judge, resdiff against both.
    kinds = [
        ("softened", "softened", "softened"),
        ("softened", "softened", "-"),
        ("softened", "reworded", "reworded"),
        ("reworded", "softened", "softened"),
        ("strengthened", "strengthened", "strengthened"),
    ]
    soft, strong = judge_agreement.directed_lines(kinds)
    assert soft.startswith("softened: the second judge finds 0.667 (2/3) of the first judge's")
    assert "precision 0.667 (2/3); resdiff finds 0.333 (1/3) of the first's" in soft
    assert "(precision 0.500 (1/2)) and 0.667 (2/3) of the second's (precision 1.000 (2/2))" in soft
    assert "finds 1.000 (1/1)" in strong
    assert judge_agreement.directed_lines([])[0].count("— (0/0)") == 6
