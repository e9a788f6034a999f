"""``benchmarks/scope_forms.py`` sorts what a kept clause covers, widened or narrowed, by the
form of the change (an item of a list, examples, a scope word or a territory, a task, an
object replaced) and counts each form among the directed provisions resdiff misses and
among those the judges call reworded. The drafts here are hand-written in ordinary Council
wording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmark_module import load

sf = load("scope_forms")


def _names(old: str, new: str) -> list[str]:
    return [name for name, _ in sf.forms(old, new)]


def test_an_item_joined_to_what_a_censure_covers() -> None:
    found = sf.forms(
        "Condemns attacks against the Mission;",
        "Condemns attacks, threats and intimidation against the Mission;",
    )
    assert found == [("enumeration item put in", ", threats and intimidation")]


def test_examples_taken_out_of_an_ask() -> None:
    old = (
        "Urges the Government to hold accountable those responsible for violations, including"
        " attacks against civilians and the recruitment of children;"
    )
    new = "Urges the Government to hold accountable those responsible for violations;"
    assert _names(old, new) == ["examples taken out"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "Condemns any and all violations of the cease-fire;",
            "Condemns the violations of the cease-fire;",
            "scope word taken out",
        ),
        (
            "Demands that the parties allow humanitarian access throughout the territory of"
            " the country;",
            "Demands that the parties allow humanitarian access;",
            "scope word taken out",
        ),
        (
            "Calls upon States to cooperate with the Commission;",
            "Calls upon all States to cooperate with the Commission;",
            "scope word put in",
        ),
    ],
)
def test_a_scope_word_or_a_territory(old: str, new: str, expected: str) -> None:
    assert _names(old, new) == [expected]


def test_a_task_and_an_object_replaced() -> None:
    assert _names(
        "Requests the Secretary-General to monitor the situation;",
        "Requests the Secretary-General to monitor the situation, and to report to the"
        " Council on his findings;",
    ) == ["task put in"]
    assert _names(
        "Urges the Federal Government to implement the agreement;",
        "Urges the national authorities to implement the agreement;",
    ) == ["object replaced"]


def test_a_list_reordered_is_no_one_way_form() -> None:
    # Counter-example: the same items in another order come out as an item put in and
    # the same item taken out, so a count of one sign alone cannot read it as a widening.
    found = _names(
        "Condemns attacks, threats and intimidation against the Mission;",
        "Condemns threats, attacks and intimidation against the Mission;",
    )
    put_in = [n for n in found if n.endswith("put in")]
    taken_out = [n for n in found if n.endswith("taken out")]
    assert len(put_in) == len(taken_out)


def test_the_lead_of_both_texts() -> None:
    assert sf.lead_of("Strongly condemns the attacks;", "Condemns the attacks;") == (
        "censure or concern"
    )
    assert sf.lead_of("Expressing grave concern at", "Expressing concern at") == (
        "censure or concern"
    )
    assert sf.lead_of("Calls upon the parties to", "Urges the parties to") == "ask"
    assert sf.lead_of("Recalling its resolutions", "Condemns the attacks") == "other"


def _row(judged: str, found: str, old: str, new: str) -> dict[str, object]:
    return {
        "set": "dev",
        "pair": "made-up",
        "old": ["OP1"],
        "new": ["OP1"],
        "judged": judged,
        "second": None,
        "found": found,
        "old_text": old,
        "new_text": new,
        "reason": "",
    }


ROWS = [
    # The widening a judge calls stronger, which resdiff misses.
    _row(
        "strengthened",
        "reworded",
        "Condemns attacks against the Mission;",
        "Condemns attacks, threats and intimidation against the Mission;",
    ),
    # The same form a judge calls reworded (new facts), and one resdiff already reads.
    _row(
        "reworded",
        "reworded",
        "Expressing concern at the floods and the drought,",
        "Expressing concern at the floods, the locusts and the drought,",
    ),
    _row(
        "strengthened",
        "strengthened",
        "Demands that the parties cease hostilities;",
        "Demands that the parties cease hostilities, attacks and incitement;",
    ),
]


def test_the_form_table_and_its_precision() -> None:
    tally = sf.table(ROWS)["enumeration item put in"]
    assert tally["strengthened"] == 1
    assert tally["counter"] == 1
    assert tally["strengthened sole"] == 1 and tally["counter sole"] == 1
    assert tally["strengthened | censure or concern"] == 1
    # Where resdiff already reads the provision, no rule would turn it: not touched.
    assert sf.precision(ROWS)["enumeration item put in"] == (1, 2, 1, 2)


def test_main_reads_saved_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "rows.json"
    saved.write_text(json.dumps([{**r, "set": sf.judged.SETS[0]} for r in ROWS]), "utf-8")
    assert (
        sf.main(["--load", str(saved), "--half", "even", "--list", "enumeration item put in"]) == 0
    )
    out = capsys.readouterr().out
    assert "judged strengthened, resdiff reworded: , threats and intimidation" in out
    assert "1 /    2 (0.50)   sole 1 / 2" in out


def test_a_citation_or_a_date_is_a_reference_counted_for_neither_side() -> None:
    # Counter-example: a resolution joined to a list of citations covers nothing more.
    assert _names(
        "Recalling its resolutions 2502 (2019) and 2556 (2020),",
        "Recalling its resolutions 2502 (2019), 2556 (2020) and 2612 (2021),",
    ) == ["reference"]
    assert "reference" not in sf.precision(
        [
            _row(
                "reworded",
                "reworded",
                "Requests the Secretary-General to report on the situation;",
                "Requests the Secretary-General to report on the situation, as set out in"
                " paragraph 34 of resolution 2609 (2021);",
            )
        ]
    )
