"""Review of the mirror change (issue 9): near-misses of the rules it made symmetric."""

from __future__ import annotations

import pytest
from drafting import draft

import resdiff

REPORT = "Requests the Secretary-General to report on the situation within ninety days;"
SEIZED = "Decides to remain seized of the matter."

# An "only" of another matter (when a measure is reviewed) beside a carve-out from what
# the measure covers: the carve-out is no restriction in other words.
REVIEWED_ONLY = (
    "Decides that the measures in paragraph 5 shall apply to all vessels bound for the "
    "ports of the country, and that they shall be reviewed only at the end of a period of "
    "twelve months;"
)
CARVED = (
    "Decides that the measures in paragraph 5 shall apply to all vessels bound for the "
    "ports of the country, except vessels carrying food, and that they shall be reviewed "
    "at the end of a period of twelve months;"
)


def _exemptions(old: str, new: str) -> list[tuple[str, str | None]]:
    cmp = resdiff.compare(draft([old, REPORT, SEIZED]), draft([new, REPORT, SEIZED]))
    return [
        (s.direction, s.note)
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "exemption"
    ]


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [(REVIEWED_ONLY, CARVED, "softer"), (CARVED, REVIEWED_ONLY, "stronger")],
)
def test_a_carve_out_beside_an_only_of_another_matter_is_weighed(
    old: str, new: str, direction: str
) -> None:
    assert _exemptions(old, new) == [(direction, None)]


def test_a_carve_out_for_an_only_of_the_same_things_stays_named() -> None:
    only = (
        "Decides that the authorization shall apply only for the delivery of humanitarian "
        "aid through the crossing point at Bab al-Hawa;"
    )
    carve = (
        "Decides that the authorization shall apply to the delivery of humanitarian aid "
        "through the crossing points, excluding the crossing point at Bab al-Salam;"
    )
    for old, new in ((only, carve), (carve, only)):
        assert [d for d, _ in _exemptions(old, new)] == ["neutral"]
