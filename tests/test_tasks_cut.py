"""Tasks cut from a kept ask (RESULTS §2el, leads20): an ask that keeps its verb but no
longer asks an infinitive it asked asks less, however few words were put in beside the
cut ("Calls upon Israel ... to abide by ..., to rescind ..., to desist from ..." → "Calls
upon Israel to abide immediately by ...", S/RES/446 (1979) → 592 (1986), judged softer by
both judges). Made-up texts."""

from __future__ import annotations

from test_verdicts import compare_ops, first, shifts

OLD_CALL = (
    "Calls upon the occupying Power to abide scrupulously by the Convention, to rescind "
    "its previous measures and to desist from taking any action which would change the "
    "legal status of the territories;"
)


def _dropped(old: list[str], new: list[str]) -> list[str]:
    change = first(compare_ops(old, new))
    return [s.direction for s in shifts(change) if s.detail == "task dropped"]


def test_tasks_cut_beside_one_word_put_in_narrow_the_ask() -> None:
    new = "Calls upon the occupying Power to abide immediately by the Convention;"
    assert _dropped([OLD_CALL], [new]) == ["softer"]


def test_tasks_cut_with_nothing_put_in_narrow_the_ask() -> None:
    new = "Calls upon the occupying Power to abide scrupulously by the Convention;"
    assert _dropped([OLD_CALL], [new]) == ["softer"]


def test_tasks_cut_and_written_in_a_paragraph_of_their_own_are_still_asked() -> None:
    new = [
        "Calls upon the occupying Power to abide scrupulously by the Convention;",
        "Further calls upon the occupying Power to rescind its previous measures and to "
        "desist from taking any action which would change the legal status of the "
        "territories;",
    ]
    # Read as the call split in two: the tasks are still asked, nothing is softer.
    change = first(compare_ops([OLD_CALL], new))
    assert change.kind == "reworded"
    assert not [s for s in shifts(change) if s.direction == "softer"]


def test_a_report_cut_with_nothing_put_in_is_not_read() -> None:
    old = (
        "Requests the Secretary-General to assist the parties in demarcating the border "
        "and to report to the Council on the progress made by the Commission;"
    )
    new = "Requests the Secretary-General to assist the parties in demarcating the border;"
    assert _dropped([old], [new]) == []


def test_a_task_traded_for_another_is_no_task_cut() -> None:
    new = (
        "Calls upon the occupying Power to abide scrupulously by the Convention and to "
        "release all persons detained in the recent events at the university;"
    )
    assert _dropped([OLD_CALL], [new]) == []


def test_a_task_cut_and_moved_into_a_list_below_is_named_not_weighed() -> None:
    # The gate's other past wrong case (review of leads20): with nothing put in beside
    # the cut, the task's words stand in a list of another paragraph. Still asked:
    # named (its words stand in new OP2), not softer.
    old = [
        "Requests the Mission to mainstream child protection across its activities and to "
        "assist the Government in demobilizing former child combatants;",
        "Further requests the Mission to carry out the following tasks:",
    ]
    new = [
        "Requests the Mission to mainstream child protection across its activities;",
        "Further requests the Mission to carry out the following tasks: (a) to assist the "
        "Government in demobilizing former child combatants;",
    ]
    cut = [s for s in shifts(first(compare_ops(old, new))) if s.detail == "task dropped"]
    assert cut and all(s.direction == "neutral" for s in cut)
    assert any("stand in new OP2" in (s.note or "") for s in cut)
