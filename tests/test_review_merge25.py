"""Review of the twenty-fifth session's merge: what two branches' rules do together.

direction15 reads a renewal in the words of its period only where the body itself is the
modal's subject ("the Panel shall continue to assist the Committee until ..."); fix15's
``[bodies]`` (lifecycle.toml) knows "panel of experts" and "group of experts" as bodies.
The body named in full, "the Panel of Experts shall continue ...", is the same renewal:
before this review it was read only under its short name. Made-up wording."""

from __future__ import annotations

import pytest

from resdiff.lexicon import Lexicon


def _continues(text: str) -> list[str]:
    return [m.label for m in Lexicon.default().lifecycle_in(text) if m.stage == "continue"]


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the Panel of Experts shall continue to assist the Committee until 1 June "
        "2031;",
        "Decides that the Group of Experts shall continue to perform its tasks for a further "
        "period of thirteen months;",
        "Decides that the Panel of Experts (the Panel), established pursuant to resolution 9999 "
        "(2030), shall continue to assist the Committee until 1 June 2031;",
    ],
)
def test_a_panel_of_experts_named_in_full_is_renewed(text: str) -> None:
    assert _continues(text) == ["extended"]


@pytest.mark.parametrize(
    "text",
    [
        # Not the experts' own conduct, nor a panel carried on with no date or period.
        "Decides that the Panel of Experts shall continue to assist the Committee;",
        "Notes that the independent experts will continue to report until 1 June 2031;",
        "Decides that the Panel of Experts shall not continue for a further period;",
    ],
)
def test_a_panel_of_experts_without_a_renewal_is_not(text: str) -> None:
    assert _continues(text) == []
