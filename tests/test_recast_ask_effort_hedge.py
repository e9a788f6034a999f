"""An ask recast at its tier that no longer asks only for an effort asks for the result
(issue 9 §6, RESULTS §2fv; ``recast._effort_shifts``, ``kind = "effort"`` in
hedges.toml). "urges the parties to explore ways to ensure ..." → "urges the leaders ...
to ensure thorough and effective implementation ..." (the shape of UNFICYP 2021 → 2022,
judged stronger: "a firmer ask than the old 'explore ways'"). Texts written for these
tests."""

from __future__ import annotations

import resdiff
from resdiff.model import Comparison

HEAD = "The Security Council,\n\nRecalling its previous resolutions,\n\n"
REGRETS = "Regrets the lack of progress on the participation of women in the talks, and "
EXPLORE = (
    "urges the parties to explore ways to ensure the full, equal and meaningful "
    "participation of women in a possible resumed negotiation process;"
)
ENSURE = (
    "urges the leaders of both communities to ensure thorough and effective "
    "implementation of all recommendations of the joint action plan on women's "
    "participation, and to review its implementation every six months;"
)
SEEK = (
    "urges the leaders of both communities to seek to ensure thorough and effective "
    "implementation of all recommendations of the joint action plan on women's "
    "participation, and to review its implementation every six months;"
)


def _text(ask: str) -> str:
    return f"{HEAD}1. {REGRETS}{ask}\n\n2. Decides to remain seized of the matter.\n"


def _hedges(cmp: Comparison) -> list[tuple[str, str | None, str | None]]:
    return [
        (s.direction, s.old, s.new)
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "hedge"
    ]


def test_an_ask_recast_that_no_longer_asks_only_to_explore_is_stronger() -> None:
    cmp = resdiff.compare(_text(EXPLORE), _text(ENSURE))
    assert _hedges(cmp) == [("stronger", "explore", None)]
    assert cmp.changes[1].kind == "strengthened"


def test_an_ask_recast_that_now_asks_only_for_an_effort_is_softer() -> None:
    cmp = resdiff.compare(_text(ENSURE.replace("urges", "urges")), _text(EXPLORE))
    assert ("softer", None, "explore") in _hedges(cmp)


def test_one_effort_hedge_traded_for_another_weighs_nothing() -> None:
    # "to explore ways to" → "to seek to": still an effort asked, not a result.
    cmp = resdiff.compare(_text(EXPLORE), _text(SEEK))
    assert not [h for h in _hedges(cmp) if h[0] != "neutral"]
