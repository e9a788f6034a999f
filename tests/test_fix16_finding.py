"""A recognition raised to a determination (issue 9 §6, twenty-sixth session).

"Recognizing that ... the situation in Afghanistan remains a threat to international peace
and security" → "Determining that the situation in Afghanistan continues to constitute a
threat to international peace and security" (S/RES/2557 → 2611). Four of the five judges
of the pair call it stronger, "a formal Article 39 determination" where the old text only
recognized the threat; resdiff already weighed it stronger, but said "Article 39
determination made", as if the old text found no threat. It now says the finding was
raised. A thematic threat (terrorism) and a text with no finding keep "made". Made-up
wording."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff
from resdiff.model import FINDING_RAISED, Comparison

_OPS = ["Decides that all States shall freeze the funds of the listed individuals;", CLOSING]
_DETERMINING = (
    "Determining that the situation in the territory continues to constitute a threat to "
    "international peace and security,"
)


def _art39(old_recital: str) -> list[tuple[str, str | None, str]]:
    cmp: Comparison = resdiff.compare(draft(_OPS, old_recital), draft(_OPS, _DETERMINING))
    return [
        (s.direction, s.detail, s.describe())
        for c in cmp.changes
        for s in c.shifts
        if s.feature == "art39"
    ]


def test_a_recognized_threat_is_raised_not_made() -> None:
    found = _art39(
        "Recognizing that, notwithstanding efforts to make progress toward reconciliation, the "
        "situation in the territory remains a threat to international peace and security,"
    )
    assert len(found) == 1
    direction, detail, line = found[0]
    assert (direction, detail) == ("stronger", FINDING_RAISED)
    assert line.startswith("finding of a threat to the peace raised to an Article 39")
    assert "remains a threat to international peace" in line


def test_a_thematic_threat_or_none_is_a_determination_made() -> None:
    for recital in (
        "Recognizing that terrorism poses a threat to international peace and security,",
        "Recalling its previous resolutions on the territory,",
    ):
        found = _art39(recital)
        assert [(d, x) for d, x, _ in found] == [("stronger", None)]
        assert found[0][2].startswith("Article 39 determination made")
