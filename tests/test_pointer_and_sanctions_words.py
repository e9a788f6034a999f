"""The sanctions words of the 1993 regimes are measures, not only a "decides" (fix23)."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff

KEPT = "Calls upon the parties to observe the truce;"


def _added(text: str) -> list[tuple[str, str, str | None]]:
    cmp = resdiff.compare(draft([KEPT]), draft([KEPT, text]))
    return [(s.feature, s.direction, s.new) for s in cmp.change_for("OP2", side="new").shifts]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Decides that each State shall require all persons holding such funds to freeze them;",
            "asset freeze (mandatory)",
        ),
        (
            "Decides to prohibit the provision of services, both financial and non-financial, "
            "to any person in the territory;",
            "financial (mandatory)",
        ),
        (
            "Decides that all States shall impound all vessels, freight vehicles and aircraft "
            "found in breach;",
            "transportation (mandatory)",
        ),
        (
            "Decides to prohibit all commercial maritime traffic from entering the "
            "territorial sea;",
            "transportation (mandatory)",
        ),
        (
            "Decides to prohibit the transport of all commodities and products across the land "
            "borders;",
            "transportation (mandatory)",
        ),
    ],
)
def test_the_1993_sanctions_words_are_measures(text: str, measure: str) -> None:
    assert ("measure", "stronger", measure) in _added(text)
