"""``benchmarks/same_outputs.py`` saves reports on the old code and checks them on the new:
the reports must not depend on where the repository sits, or a save in a worktree of the
old code and a check in one of the new differ on every example."""

from __future__ import annotations

from benchmark_module import load

same_outputs = load("same_outputs")


def test_no_example_report_names_a_folder_of_this_checkout() -> None:
    examples = same_outputs.pairs(0)
    assert [name for name, _, _ in examples] == [
        "example-japan-draft",
        "example-china-russia-draft",
        "example-japan-china",
    ]
    assert not any(path.is_absolute() for _, old, new in examples for path in (old, new))
    _, old, new = examples[0]
    data = same_outputs.report(old, new, "json")
    assert data.startswith(b"exit 0\n")
    assert str(same_outputs.ROOT).encode() not in data
    assert b"examples/dprk-2006/japan-draft.txt" in data
