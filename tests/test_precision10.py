"""Precision of "strengthened" and "softened", and "mixed" (tenth trial, 5 December
2026): general drafting rules, measured on the hand-judged benchmark, that keep a
one-sided verdict from a provision where the judges see both directions or none. Each
rule is pinned with short made-up sentences in resolution style, with a control that the
rule leaves alone."""

from __future__ import annotations

from drafting import change_between as _change

import resdiff

CLOSING = "Decides to remain seized of the matter."
FIRST = "Recalling its previous resolutions on the situation in Freedonia,"


def _draft(preamble: list[str], operative: list[str]) -> str:
    pps = "\n\n".join(preamble)
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{pps}\n\n{ops}\n"


# A mandate spelled out in tasks, then renewed by reference.
_TASKS = (
    "Decides to extend until 30 June 2032 the mandate of the United Nations Office in "
    "Freedonia (UNOF) to:\n\n"
    "(a) support the political process, including through its good offices;\n\n"
    "(b) monitor and report on the human rights situation throughout the country;\n\n"
    "(c) coordinate international assistance to the Government of Freedonia;"
)


def _renewal(reference: str) -> str:
    return (
        "Decides to extend until 31 March 2033 the mandate of the United Nations Office in "
        f"Freedonia (UNOF), as set out in {reference};"
    )


def test_a_provision_joined_to_the_reference_that_carries_a_mandate_widens_it() -> None:
    # The old tasks now stand in the resolution cited; the paragraph of a later
    # resolution joined to it adds the task it sets out (UNSMIL 2020 -> 2022: with a
    # shorter term, judged mixed by four judges of five). The drafts carry no adoption
    # date, so no term is measured here: the task added is all that weighs.
    old = _draft([FIRST], [_TASKS, CLOSING])
    new = _draft(
        [FIRST],
        [_renewal("resolution 1101 (2031) and paragraph 9 of resolution 1140 (2032)"), CLOSING],
    )
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert kind == "strengthened", shifts
    assert (
        "stronger",
        "item added (joined to the reference): paragraph 9 of resolution 1140 (2032)",
    ) in shifts


def test_a_mandate_carried_by_one_reference_alone_is_only_shortened() -> None:
    # Control: the same rollover citing only the resolution that held the tasks adds
    # nothing: the tasks are carried there, named, not weighed.
    old = _draft([FIRST], [_TASKS, CLOSING])
    new = _draft([FIRST], [_renewal("resolution 1101 (2031)"), CLOSING])
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert kind == "reworded", shifts
    assert not any("joined to the reference" in text for _, text in shifts), shifts


def test_a_provision_the_old_text_cited_already_is_not_joined_anew() -> None:
    # Control: the joined provision stood in the old paragraph already: nothing new.
    old = _draft(
        [FIRST],
        [_TASKS.replace("to:\n", "and paragraph 9 of resolution 1140 (2032) to:\n"), CLOSING],
    )
    new = _draft(
        [FIRST],
        [_renewal("resolution 1101 (2031) and paragraph 9 of resolution 1140 (2032)"), CLOSING],
    )
    _, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert not any("joined to the reference" in text for _, text in shifts), shifts


OP_ASK = "Calls upon all States to comply strictly with the measures on Freedonia;"


def test_an_exemption_recalled_in_a_recital_is_stated_not_made() -> None:
    # A recital that now recalls the exemption an earlier resolution made ("except in
    # humanitarian circumstances") carves nothing out of a measure: judged reworded (Iraq
    # 1990, both ways).
    old = _draft(
        [FIRST, "Recalling its resolution 1001 (2031) and the measures it imposed,"],
        [OP_ASK, CLOSING],
    )
    new = _draft(
        [
            FIRST,
            "Recalling its resolution 1001 (2031), whose paragraphs 3 and 4 apply to "
            "foodstuffs except in humanitarian circumstances,",
        ],
        [OP_ASK, CLOSING],
    )
    kind, shifts = _change(resdiff.compare(old, new), "PP2", "PP2")
    assert kind == "reworded", shifts
    assert any("except" in text for _, text in shifts), shifts


def test_an_exemption_made_by_an_operative_decision_still_softens_it() -> None:
    # Control: the same carve-out in the decision that imposes the measure softens it.
    old = _draft(
        [FIRST],
        ["Decides that all States shall prevent the sale of all goods to Freedonia;", CLOSING],
    )
    new = _draft(
        [FIRST],
        [
            "Decides that all States shall prevent the sale of all goods to Freedonia, "
            "except medical supplies and foodstuffs in humanitarian circumstances;",
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert kind == "softened", shifts


_PANEL = (
    "Decides to extend until 31 August 2033 the mandate of the Panel of Experts as set "
    "out in paragraph 30 of resolution 1101 (2031), and requests the Secretary-General "
    "to take the necessary administrative measures as expeditiously as possible to {what}, "
    "in consultation with the Committee;"
)


def test_the_words_for_staffing_the_councils_own_panel_ask_no_one_more() -> None:
    # "re-establish the Panel" → "allow the Panel ... to pursue its work without
    # interruptions": the Secretary-General's housekeeping for the Panel the paragraph
    # renews, judged reworded by three judges (CAR sanctions 2022).
    old = _draft([FIRST], [_PANEL.format(what="re-establish the Panel of Experts"), CLOSING])
    new = _draft(
        [FIRST],
        [
            _PANEL.format(
                what="allow the Panel of Experts to pursue its work without interruptions"
            ),
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert kind == "reworded", shifts
    assert not any(d == "stronger" for d, _ in shifts), shifts


def test_a_request_of_substance_widened_still_asks_more() -> None:
    # Control: the same words added to a request of substance widen what it asks.
    ask = (
        "Requests the Secretary-General to assist the Government of Freedonia in the "
        "demobilization of former combatants{more};"
    )
    old = _draft([FIRST], [ask.format(more=""), CLOSING])
    new = _draft(
        [FIRST],
        [
            ask.format(
                more=", their reintegration into civilian life and the destruction "
                "of surplus weapons and ammunition"
            ),
            CLOSING,
        ],
    )
    kind, shifts = _change(resdiff.compare(old, new), "OP1", "OP1")
    assert kind == "strengthened", shifts
