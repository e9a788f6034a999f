"""``benchmarks/kinds_apart.py`` reads the heaviest operative loss and gain by kind (a
censure, an ask): two kinds of force moving apart (RESULTS.md §2ek). Drafts written for
these tests in ordinary Council wording."""

from __future__ import annotations

from benchmark_module import load
from drafting import CLOSING, draft

from resdiff.lexicon import Lexicon

kinds_apart = load("kinds_apart")

CONDEMN = "Condemns the attacks on the civilian population;"
DEMAND = "Demands that all parties cease hostilities immediately;"
CALL = "Calls upon the parties to respect the cease-fire;"


def test_a_censure_lost_beside_an_ask_gained_is_apart() -> None:
    lexicon = Lexicon.default()
    _, rule, kinds = kinds_apart.reading(
        draft([CONDEMN, CLOSING]), draft([DEMAND, CLOSING]), lexicon
    )
    # A condemnation and a demand stand on one rung of the ladder: traded one for one,
    # the operative part decides "mixed" by its ranks (RESULTS §2fr), its kinds apart.
    assert rule == "same ranks"
    assert kinds == {"softer": {"censure"}, "stronger": {"prescriptive"}}
    assert kinds_apart.apart(kinds)


def test_two_asks_moving_apart_are_not_two_kinds() -> None:
    lexicon = Lexicon.default()
    _, _, kinds = kinds_apart.reading(draft([CALL, CLOSING]), draft([DEMAND, CLOSING]), lexicon)
    assert kinds["softer"] == {"prescriptive"} and kinds["stronger"] == {"prescriptive"}
    assert not kinds_apart.apart(kinds)
    # One side alone is never apart.
    assert not kinds_apart.apart({"softer": {"censure"}})
