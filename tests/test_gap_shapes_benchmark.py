"""``benchmarks/gap_shapes.py`` sets the dropped and added provisions resdiff leaves apart
in one gap beside the judges' pairs, with the gap's shape (RESULTS §2fx). The drafts here
are hand-written in ordinary Council wording."""

from __future__ import annotations

from typing import Any

from benchmark_module import load
from drafting import draft

import resdiff

shapes = load("gap_shapes")
_KEPT = [
    "Recalls its earlier decisions on the question;",
    "Welcomes the progress made towards a ceasefire in the northern provinces;",
]
_LAST = "Decides to remain seized of the matter."
_OLD = (
    "Welcomes the marked reduction in violence across the Varnian lowlands that followed "
    "the ceasefire talks held between the parties in Lindau;"
)
_NEW = (
    "Expresses its deep concern about the continuing high level of violence in the "
    "Varnian lowlands and the insecurity of their roads;"
)
_OTHER = "Urges the parties to release all detainees held in connection with the conflict;"


def _rows(items: list[dict[str, Any]], added: list[str]) -> list[dict[str, Any]]:
    old = resdiff.parse(draft([*_KEPT, _OLD, _LAST]))
    new = resdiff.parse(draft([*_KEPT, *added, _LAST]))
    pair = {"id": "made-up", "set": "dev", "old": "a", "new": "b", "judged": {"changes": items}}
    return shapes.rows_between(pair, old, new, resdiff.compare(old, new))


def test_a_judges_pair_in_a_gap_of_one_against_one_is_right() -> None:
    (row,) = _rows([{"old": ["OP3"], "new": ["OP3"], "kind": "strengthened"}], [_NEW])
    assert (row["old"], row["new"], row["verdict"], row["gap"]) == ("OP3", "OP3", "right", "1x1")
    assert row["same_part"] and row["mutual"] and row["content"] >= 0.3
    assert [name for name, test in shapes.SHAPES.items() if test(row)][-2:] == [
        "... and both (the round's shape)",
        "gap 1x1, content >= 0.3, word score >= 0.25",
    ]


def test_two_added_beside_one_dropped_are_a_gap_of_one_against_two() -> None:
    rows = _rows(
        [
            {"old": ["OP3"], "new": [], "kind": "dropped"},
            {"old": [], "new": ["OP3"], "kind": "added"},
            {"old": [], "new": ["OP4"], "kind": "added"},
        ],
        [_OTHER, _NEW],
    )
    assert [(r["new"], r["verdict"], r["gap"]) for r in rows] == [
        ("OP3", "false", "1x2"),
        ("OP4", "false", "1x2"),
    ]
    # The rewrite is the dropped one's best in the gap, the detainees are not.
    assert [r["new"] for r in rows if r["mutual"]] == ["OP4"]
