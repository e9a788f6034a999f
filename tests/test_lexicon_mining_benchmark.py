"""``benchmarks/lexicon_mining.py`` counts the phrases put in or taken out of the directed
provisions resdiff misses by the different series of pairs they come from, against the
provisions the judges call reworded, and keeps as candidates those seen in enough series
with a clear lean. The drafts and rows here are hand-written in ordinary Council wording."""

from __future__ import annotations

import json
from pathlib import Path

from benchmark_module import load

lm = load("lexicon_mining")


def test_phrases_of_a_run_skip_function_words_and_figures() -> None:
    found = lm.phrases(" to take immediately all 3 ")
    assert {"take", "immediately", "take immediately", "to take immediately all"} <= found
    assert "to" not in found and "all" not in found and "3" not in found


def test_edits_read_each_run_apart_and_mark_the_short_ones() -> None:
    old = "Urges the parties to cease hostilities;"
    new = (
        "Strongly urges the parties to cease hostilities immediately and to engage in good"
        " faith in the talks convened by the Secretary-General;"
    )
    diff = lm.edits(old, new)
    assert "strongly" in diff["+"] and "strongly" in diff["+short"]
    # "Urges" taken out and "urges" put in: the word only changed case.
    assert "urges" not in diff["+"] | diff["-"]
    # The long run's words are counted, but not as a short edit.
    assert "good faith" in diff["+"] and "good faith" not in diff["+short"]
    # A phrase never spans two runs.
    assert "strongly immediately" not in diff["+"]
    assert diff["-"] == set()


def test_series_join_pairs_sharing_a_text_or_a_regime() -> None:
    pairs = [
        {"id": "a", "old": "1.xml", "new": "2.xml", "regime": "Ruritania sanctions (arms)"},
        {"id": "b", "old": "2.xml", "new": "3.xml", "regime": "another name"},
        {"id": "c", "old": "7.xml", "new": "8.xml", "regime": "Ruritania sanctions: panel"},
        {"id": "d", "old": "9.xml", "new": "10.xml", "regime": "Freedonia mission"},
    ]
    series = lm.series_of(pairs)
    assert series["a"] == series["b"] == series["c"]
    assert series["d"] != series["a"]


def _row(role: str, series: str, plus: list[str]) -> dict[str, object]:
    return {
        "set": "dev",
        "pair": series + "-pair",
        "series": series,
        "item": 1,
        "judged": role if role != "hit" else "strengthened",
        "found": "reworded",
        "role": role,
        "old_text": "",
        "new_text": "",
        "judge_shifts": [],
        "resdiff_shifts": [],
        "+": plus,
        "-": [],
        "+short": plus,
        "-short": [],
    }


def test_a_candidate_needs_three_series_and_a_lean_against_the_reworded() -> None:
    rows = [_row("strengthened", s, ["forthwith"]) for s in ("x", "y", "z")]
    # The same series three times is one file.
    rows += [_row("softened", "w", ["pending"]) for _ in range(3)]
    rows += [_row("reworded", f"r{k}", []) for k in range(40)]
    found = lm.candidates(rows, 3, 0.75)
    assert [(c["phrase"], c["toward"], c["files"]) for c in found] == [
        ("forthwith", "strengthened", 3)
    ]
    # As common among the reworded provisions, it leans no way.
    rows += [_row("reworded", f"q{k}", ["forthwith"]) for k in range(40)]
    assert lm.candidates(rows, 3, 0.75) == []


def test_the_rows_written_are_read_back(tmp_path: Path) -> None:
    rows = [_row("strengthened", s, ["forthwith"]) for s in ("x", "y", "z")]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert lm.main(["--load", str(path), "--half", "even"]) == 0


def test_the_provisions_paired_otherwise_count_only_when_asked() -> None:
    rows = [_row("softened (paired otherwise)", s, ["pending"]) for s in ("x", "y", "z")]
    rows += [_row("softened", "v", [])]
    rows += [_row("reworded", f"r{k}", []) for k in range(40)]
    assert lm.candidates(rows, 3, 0.75) == []
    found = lm.candidates(rows, 3, 0.75, otherwise=True)
    assert [(c["phrase"], c["toward"], c["softened"]) for c in found] == [
        ("pending", "softened", 3)
    ]
