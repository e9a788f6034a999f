"""``benchmarks/long_rewrites.py`` keeps, for every provision resdiff pairs as the judges
do, both texts, the longest run of words put in or taken out and every clause of both
versions as the analysis reads it, and replays on those rows the candidate readings of a
paragraph rewritten at length (RESULTS §2ed: measured, none kept). The drafts here are
hand-written in ordinary Council wording; the judgements are made up for them."""

from __future__ import annotations

from typing import Any

import pytest
from benchmark_module import load
from drafting import CLOSING, draft

import resdiff

lr = load("long_rewrites")

#: A request whose task is recast from acting to following, at length.
ACTING = (
    "Requests the Secretary-General to ensure the implementation of the present resolution, "
    "to organize all forms of assistance to the Government and to report to the Council;"
)
FOLLOWING = (
    "Requests the Secretary-General to follow developments in the situation in the territory "
    "and in the wider region closely and to report to the Council;"
)
#: A call whose two tasks only trade places.
CALL = (
    "Calls upon all parties to facilitate safe passage for all civilians and to respect the "
    "cease-fire;"
)
CALL_REORDERED = (
    "Calls upon all parties to respect the cease-fire and to facilitate safe passage for all "
    "civilians;"
)


def _rows(
    old_ops: list[str], new_ops: list[str], judged: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    pair = {
        "id": "made-up",
        "set": "dev",
        "old": "a.txt",
        "new": "b.txt",
        "judged": {"changes": judged},
    }
    old = resdiff.parse(draft([*old_ops, CLOSING]))
    new = resdiff.parse(draft([*new_ops, CLOSING]))
    return lr.rows_between(pair, old, new)


def test_longest_run_is_the_most_words_of_one_run_put_in_or_taken_out() -> None:
    assert (
        lr.longest_run(
            "Urges the parties to cease hostilities;", "Urges the parties to cease hostilities;"
        )
        == 0
    )
    assert (
        lr.longest_run(
            "Urges the parties to cease hostilities;",
            "Strongly urges the parties to cease hostilities and to engage in good faith in talks;",
        )
        == 8
    )


def test_a_task_recast_from_acting_to_following_is_a_long_row_the_firmest_task_reads_softer() -> (
    None
):
    rows = _rows(
        [ACTING],
        [FOLLOWING],
        [{"item": 1, "old": ["OP1"], "new": ["OP1"], "kind": "softened", "reason": "task recast"}],
    )
    (row,) = rows
    assert row["judged"] == "softened" and row["run"] > lr.LONG_RUN
    # The same lead on both sides: the rewrite is in what the request governs.
    assert [p["lemma"] for p in row["old_phrases"] if p["lemma"]] == ["request"]
    assert lr.leads_alike(row)
    assert lr.firmest_task(row) == "softened"
    assert lr.firmest_task_light(row) == "softened"
    # Nothing on the ladder of leads moved: the paragraph-wide readings say nothing.
    assert lr.strongest_ask(row) is None and lr.ladder(row) is None


def test_a_rewrite_that_only_reorders_reads_no_direction_under_any_candidate() -> None:
    (row,) = _rows(
        [CALL],
        [CALL_REORDERED],
        [{"item": 1, "old": ["OP1"], "new": ["OP1"], "kind": "reworded", "reason": "reordered"}],
    )
    assert row["run"] > 0
    for name, (rule, _) in lr.RULES.items():
        assert rule(row) is None, name


def _row(
    old: list[tuple[str, int | None, int | None]],
    new: list[tuple[str, int | None, int | None]],
    **kw: Any,
) -> dict[str, Any]:
    def phrases(leads: list[tuple[str, int | None, int | None]]) -> list[dict[str, Any]]:
        return [{"lemma": lemma, "a": a, "b": b} for lemma, a, b in leads]

    return {
        "old_phrases": phrases(old),
        "new_phrases": phrases(new),
        "old_text": "",
        "new_text": "",
        "run": 12,
        "pair": "made-up",
        "item": 1,
        **kw,
    }


def test_the_strongest_ask_falls_when_an_urging_becomes_a_statement_of_importance() -> None:
    # "Urges the parties to renew their commitment" -> "Reiterates the importance of the
    # parties renewing their commitment, and fully supports the Secretary-General's efforts".
    row = _row(
        [("welcome", 1, None), ("urge", 3, None)], [("support", 2, None), ("reiterate", 1, None)]
    )
    assert lr.strongest_ask(row) == "softened"
    assert lr.ladder(row) == "softened"


def test_a_decision_restated_by_reaffirms_is_no_weaker_ask() -> None:
    # "Decides that ..." -> "Reaffirms its decision that ...": the restating lead is left out,
    # so the new paragraph asks nothing of its own and the strongest ask does not speak...
    row = _row([("decide", 6, None)], [("reaffirm", 1, None)])
    assert lr.strongest_ask(row) is None
    # ... where the whole ladder reads a rung lost: one of the judged-reworded restatements
    # that refused it (Somalia sanctions 2021 OP36 and OP38, §2ed).
    assert lr.ladder(row) == "softened"


def test_replay_counts_what_a_rule_puts_right_puts_wrong_and_moves() -> None:
    rows = [
        _row([], [], judged="softened", found="reworded"),
        _row([], [], judged="reworded", found="reworded"),
        _row([], [], judged="mixed", found="reworded"),
        _row([], [], judged="softened", found="mixed"),
        _row([], [], judged="softened", found="reworded", run=3),
    ]
    counts, lines = lr.replay(rows, lambda r: "softened", ("reworded",))
    assert counts == {"gain": 1, "loss": 1, "move": 1}
    assert len(lines) == 3


def test_a_listed_row_prints_the_shared_lines_then_its_clauses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The listing prints a row as paired_direction's does (texts cut at 700 here, the run
    # length as its tag) and then each side's clause leads.
    row: dict[str, Any] = {
        "pair": "made-up",
        "item": 3,
        "old": ["OP1"],
        "new": ["OP2"],
        "judged": "softened",
        "second": "",
        "found": "reworded",
        "run": 9,
        "old_text": "o" * 800,
        "new_text": "n" * 800,
        "reason": "the demand is recast as a call",
        "judge_shifts": [],
        "shifts": [{"direction": "softer", "weight": 4.0, "text": "verb"}],
        "old_phrases": [{"lemma": "demand", "a": 5, "b": None, "modal": None}],
        "new_phrases": [{"lemma": "call upon", "a": 4, "b": None, "modal": "shall"}],
    }
    lr._print_row(row)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "- made-up #3 OP1 → OP2: judged softened, resdiff reworded (run 9)"
    assert lines[2] == "    old: " + "o" * 700
    assert lines[-3] == "    resdiff [softer 4] verb"
    assert lines[-2:] == [
        "    old clauses: demand(5,None)",
        "    new clauses: call upon(4,None,shall)",
    ]
