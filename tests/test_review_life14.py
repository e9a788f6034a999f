"""Review of branch life14 (the end of a measure in every wording): the lead's notes.

An end foreseen on a date or an event is a sunset in "terminate" as in "expire"; a
phase-out by a date is one softer change, the date belonging to the end (no deadline
added). Made-up texts, and S/RES/2615 (2021) from ../shared where present.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import change_of, draft, lifecycle_labels, op1
from test_life14 import _BY, _HEAD, _IMPOSED, _STAYS

import resdiff
from resdiff import check


@pytest.mark.parametrize(
    "text",
    [
        f"Decides that the arms embargo {_BY} shall terminate on 31 March 2025;",
        "Decides that the arms embargo shall terminate at the end of the transition;",
        "Decides that the arms embargo shall terminate by 1 June 2030;",
        "Decides that the mandate of the Committee shall terminate upon the completion of "
        "its tasks;",
    ],
)
def test_an_end_foreseen_in_terminate_is_a_sunset(text: str) -> None:
    labels = lifecycle_labels(text)
    assert "given a sunset" in labels
    assert "terminated" not in labels


@pytest.mark.parametrize(
    "text",
    [
        f"Decides that the arms embargo {_BY} shall terminate;",
        "Decides that the arms embargo shall terminate at once;",
        "Decides that the arms embargo shall be terminated by a decision of the Council;",
    ],
)
def test_an_end_now_in_terminate_stays_an_end(text: str) -> None:
    labels = lifecycle_labels(text)
    assert "terminated" in labels
    assert "given a sunset" not in labels


def test_terminate_on_a_date_reads_a_sunset_in_a_comparison() -> None:
    kind, shifts = op1(
        _IMPOSED, f"Decides that the arms embargo {_BY} shall terminate on 31 March 2025;"
    )
    assert kind == "softened"
    assert any("sunset" in d for _, d in shifts)


def test_a_phase_out_by_a_date_is_one_softer_change() -> None:
    # One paragraph each side: the pairing is not under test here.
    new = f"Decides to phase out the arms embargo {_BY} by 1 June 2033;"
    kind, shifts = change_of(resdiff.compare(draft([_IMPOSED]), draft([new])), "OP1")
    assert kind == "softened"
    assert not any("deadline" in d for _, d in shifts)
    assert all(direction == "softer" for direction, _ in shifts)


def test_an_end_asked_of_a_party_by_a_date_keeps_its_deadline() -> None:
    old = "Calls upon the parties to end the blockade of the city;"
    new = "Calls upon the parties to end the blockade of the city by 1 May 2030;"
    _, shifts = op1(old, new)
    assert any("deadline" in d for _, d in shifts)
    # and a deadline on another ask of a decision that ends a measure stays one
    old = f"Decides to end the arms embargo {_BY}, and requests the Secretary-General to report;"
    new = (
        f"Decides to end the arms embargo {_BY}, and requests the Secretary-General to report "
        "by 1 May 2030;"
    )
    _, shifts = op1(old, new)
    assert any("deadline" in d for _, d in shifts)


_SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
_FREEZE_STAYS = (
    '[[rule]]\nname = "The asset freeze stays"\ntype = "measure_mode"\n'
    'measure = "asset_freeze"\nmode = "mandatory"\n'
)


def _freeze_stays(op: str) -> tuple[str, str]:
    text = f"{_HEAD}1. {op}\n\n2. Decides to remain seized of the matter.\n"
    result = check(text, _FREEZE_STAYS).result("The asset freeze stays")
    return result.status, result.message


def test_an_exemption_from_a_freeze_imposed_elsewhere_is_named_as_such() -> None:
    status, message = _freeze_stays(
        "Decides that humanitarian assistance in Eastland is not a violation of paragraph 3 "
        "(b) of resolution 100 (2020), and that the payment of funds, other financial "
        "assets or economic resources necessary to deliver it is permitted;"
    )
    assert status == "fail"
    assert message.startswith(
        "asset freeze (imposed by reference, resolution 100 (2020) paragraph 3 (b)) "
        "narrowed by an exemption (OP1)"
    )
    assert "no asset freeze imposed" not in message


def test_a_freeze_neither_imposed_nor_exempted_from_is_still_absent() -> None:
    # An exemption from something else (no funds let through), and no citation at all.
    for op in (
        "Decides that humanitarian assistance is not a violation of paragraph 3 of "
        "resolution 100 (2020), and that the delivery of food is permitted;",
        "Decides that the payment of funds to humanitarian actors is permitted;",
    ):
        status, message = _freeze_stays(op)
        assert status == "fail"
        assert message.startswith("no asset freeze imposed")


def test_s_res_2615_names_the_exemption_and_the_reference() -> None:
    path = _SHARED / "S_RES_2615_2021.xml"
    if not path.exists():
        pytest.skip("../shared/corpus/akn/S_RES_2615_2021.xml absent (the shared corpus)")
    result = check(path.read_text(encoding="utf-8"), _FREEZE_STAYS).result("The asset freeze stays")
    assert result.status == "fail"
    assert result.message.startswith(
        "asset freeze (imposed by reference, resolution 2255 (2015) paragraph 1 (a)) "
        "narrowed by an exemption (OP1)"
    )


@pytest.mark.parametrize(
    "op",
    [
        "Decides that the arms embargo shall remain in force, and that the mandate of the "
        "Panel of Experts shall expire on 1 June 2030;",
        "Decides that the arms embargo shall remain in force, and that the mandate of the "
        "Panel of Experts shall terminate on 1 June 2030;",
        "Decides that the arms embargo shall remain in force, and that the provisions of "
        "paragraph 7 on the Panel shall no longer apply;",
    ],
)
def test_a_sunset_of_the_next_subject_is_not_the_measure_s(op: str) -> None:
    text = f"{_HEAD}1. {_IMPOSED}\n\n2. {op}\n\n3. Decides to remain seized of the matter.\n"
    assert check(text, _STAYS).result("The arms embargo stays").status == "pass"


def test_the_measure_s_own_sunset_still_crosses_the_line() -> None:
    op = f"Decides that the arms embargo {_BY} shall expire on 1 June 2033;"
    text = f"{_HEAD}1. {_IMPOSED}\n\n2. {op}\n\n3. Decides to remain seized of the matter.\n"
    assert check(text, _STAYS).result("The arms embargo stays").status == "fail"


def test_a_winding_down_word_after_the_next_subject_is_not_the_measure_s() -> None:
    text = (
        f"{_HEAD}1. Decides that the arms embargo shall be maintained, and that the provisions "
        "of paragraph 7 shall no longer apply;\n\n2. Decides to remain seized of the matter.\n"
    )
    actions = {
        m.kind: m.action for c in resdiff.parse(text).operative[0].walk() for m in c.measures
    }
    assert actions["arms_embargo"] != "terminate"
