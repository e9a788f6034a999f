"""What a stranger's review of the tenth trial's rules (5 December 2026) found, pinned:
the words that aggravate a censured act are read in the clause that censures only, and a
provision joined to a mandate's reference widens it only where the old paragraph, its
items included, did not hold it. Short made-up sentences in resolution style."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.model import Comparison

FIRST = "Recalling its previous resolutions on the situation in Freedonia,"
CLOSING = "Decides to remain seized of the matter."


def _draft(*operative: str) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate((*operative, CLOSING), 1))
    return f"The Security Council,\n\n{FIRST}\n\n{ops}\n"


def _op1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    cmp: Comparison = resdiff.compare(_draft(old), _draft(new))
    change = next(c for c in cmp.changes if c.old == ("OP1",))
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # What is welcomed or asked, not what is censured.
        ("Welcomes the massive return of refugees;", "Welcomes the return of refugees;"),
        (
            "Condemns the attacks on civilians and welcomes the deliberate efforts of the "
            "Government to protect them;",
            "Condemns the attacks on civilians and welcomes the efforts of the Government "
            "to protect them;",
        ),
        (
            "Condemns the attacks and calls for massive humanitarian assistance to the "
            "affected population;",
            "Condemns the attacks and calls for humanitarian assistance to the affected "
            "population;",
        ),
        # In a demand the word narrows what is asked: taken out, the demand is no softer.
        (
            "Demands that the parties cease the deliberate targeting of civilians;",
            "Demands that the parties cease the targeting of civilians;",
        ),
        (
            "Expresses concern at the situation and urges the parties to refrain from "
            "deliberate provocations;",
            "Expresses concern at the situation and urges the parties to refrain from "
            "provocations;",
        ),
    ],
)
def test_aggravating_words_outside_a_censure_are_not_read(old: str, new: str) -> None:
    kind, shifts = _op1(old, new)
    assert kind == "reworded", shifts
    assert not any("emphasis" in what for _, what in shifts)


def test_aggravating_words_in_the_censure_still_read() -> None:
    kind, shifts = _op1(
        "Condemns the brutal attacks on peacekeepers;", "Condemns the attacks on peacekeepers;"
    )
    assert kind == "softened"
    assert ("softer", "emphasis removed: “brutal”") in shifts
    kind, shifts = _op1(
        "Condemns the attacks on peacekeepers and welcomes the efforts of the Government;",
        "Condemns the premeditated attacks on peacekeepers and welcomes the efforts of the "
        "Government;",
    )
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “premeditated”") in shifts


_TASKS = (
    "Decides to extend until 30 June 2032 the mandate of the United Nations Office in "
    "Freedonia (UNOF) to:\n\n"
    "(a) support the political process, including through its good offices;\n\n"
    "(b) monitor and report on the human rights situation throughout the country;\n\n"
    "(c) coordinate international assistance to the Government of Freedonia;"
)
_RENEWAL = (
    "Decides to extend until 31 March 2033 the mandate of the United Nations Office in "
    "Freedonia (UNOF), as set out in resolution 1101 (2031) and paragraph 9 of "
    "resolution 1140 (2032);"
)


def test_a_joined_provision_the_old_items_already_cited_widens_nothing() -> None:
    held = (
        _TASKS
        + "\n\n(d) monitor the ceasefire, as decided in paragraph 9 of resolution 1140 (2032);"
    )
    kind, shifts = _op1(held, _RENEWAL)
    assert not any("joined to the reference" in what for _, what in shifts), shifts
    assert kind == "reworded"
    # Not cited before, the same provision joined widens the mandate.
    kind, shifts = _op1(_TASKS, _RENEWAL)
    assert (
        "stronger",
        "item added (joined to the reference): paragraph 9 of resolution 1140 (2032)",
    ) in shifts


@pytest.mark.parametrize(
    "wording", ["shall be lifted by", "shall be suspended by", "shall terminate by"]
)
def test_a_sunset_set_by_a_date_is_one_change_not_a_time_limit_too(wording: str) -> None:
    # The date of a sunset is the lifecycle's: not also "deadline added" (stronger),
    # which turned a sunset added into "mixed".
    kind, shifts = _op1(
        "Decides that the measures imposed by paragraph 2 shall remain in force;",
        f"Decides that the measures imposed by paragraph 2 {wording} 31 December 2022;",
    )
    assert kind == "softened", shifts
    assert not any("deadline" in what for _, what in shifts)


def test_a_time_limit_on_an_ask_to_end_something_is_still_read() -> None:
    kind, shifts = _op1(
        "Calls upon the parties to end hostilities;",
        "Calls upon the parties to end hostilities by 1 May 2023;",
    )
    assert ("stronger", "deadline added: 1 May 2023") in shifts, shifts
    assert kind == "strengthened"
