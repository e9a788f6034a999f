"""Review of fix13: "expand" is done once only as the Council's own decision, and a
user's file of life-cycle words alone still loads on its own. Made-up texts."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.lexicon import Lexicon

KEPT = "Decides to remain seized of the matter;"


def _resolution(number: int, day: str, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([*operative, KEPT], 1))
    return (
        f"Resolution {number} ({day[-4:]})\n\nAdopted by the Security Council at its 3000th "
        f"meeting, on {day}\n\nThe Security Council,\n\nRecalling its resolution 800 "
        f"(1993),\n\n{body}\n"
    )


def _lifecycle_shifts(old: str, new: str) -> list[tuple[str, str | None]]:
    cmp = resdiff.compare(
        _resolution(858, "24 August 1993", [old]), _resolution(876, "19 October 1993", [new])
    )
    change = cmp.change_for("OP1", side="old")
    return [(s.direction, s.note) for s in change.shifts if s.feature == "lifecycle"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Recommendations on an expansion asked for: no expansion was done.
        (
            "Requests the Secretary-General to submit recommendations on the expansion of "
            "the mandate of the Mission;",
            "Requests the Secretary-General to submit recommendations on the mandate of the "
            "Mission;",
        ),
        # An ask of others to broaden their measures, no longer made.
        (
            "Calls upon all States to broaden the scope of their national measures to "
            "prevent the supply of arms;",
            "Calls upon all States to implement their national measures to prevent the "
            "supply of arms;",
        ),
    ],
)
def test_an_expansion_only_asked_for_is_not_spent_in_a_later_resolution(old: str, new: str) -> None:
    # fix13 marked "expand" done once; the later text's paragraph that no longer speaks
    # of an expansion someone was asked to consider read "spent: done once (expanded)".
    shifts = _lifecycle_shifts(old, new)
    assert not any(note and note.startswith("spent") for _, note in shifts), shifts
    # Since the twenty-fourth session "expand" is read in the Council's own decision only
    # (decided = true in lifecycle.toml): an expansion asked for, or asked of others, is
    # no life cycle at all; the paragraph is read by its ask.
    assert shifts == [], shifts


def test_an_expansion_the_council_decided_is_still_spent_in_place() -> None:
    shifts = _lifecycle_shifts(
        "Decides to expand the mandate of the Mission to include the monitoring of the "
        "border, and requests the Mission to report on it;",
        "Requests the Mission to report on the border;",
    )
    assert shifts and all(d == "neutral" for d, _ in shifts), shifts
    assert ("neutral", "spent: done once (expanded)") in shifts


PROLONG = """[lifecycle.prolong]
label = "prolonged"
stage = "continue"
keywords = ["prolong"]
patterns = ['\\bprolong(?:s|ed)?\\b[^;.]{0,40}?\\bmandate\\b']
"""


def test_a_users_file_of_life_cycle_words_alone_loads_on_its_own() -> None:
    # fix13 refused it ("stages: no row for the stage "continue""), so the README's
    # Lexicon.default().extend(Lexicon.from_toml(...)) failed on a file that worked.
    mine = Lexicon.from_toml(PROLONG, name="mine.toml")
    lexicon = Lexicon.default().extend(mine)
    assert lexicon.lifecycle["prolong"].growing
    assert lexicon.growing_stages == {"start", "continue", "expand"}
