"""The weights of a renewal's headline (issue 9 §7, thirtieth session, RESULTS §2ek).

A force extended "in the expectation that ... progress ... will make possible a
withdrawal or substantial reduction of the Force" for a period longer than before is a
longer renewal with a drawdown in view: the headline cuts both ways, and the operative
asks decide. The expectation is the renewal's other half, as heavy as the period moved the
other way in the same provision; alone it stays the language of its paragraph. Texts
written for these tests, in the style of the Cyprus extensions.
"""

from __future__ import annotations

import resdiff
from resdiff.model import Comparison

EXTEND = "Extends the stationing of the Peace-keeping Force for a further period of {months}{tail}"
EXPECTED = (
    ", in the expectation that by then sufficient progress towards a settlement will make "
    "possible a withdrawal or substantial reduction of the Force;"
)
CALL = "Calls upon all States to comply with the present resolution;"
URGE = "Urges the parties to act with the utmost restraint;"


def _text(months: str, tail: str, *asks: str) -> str:
    paragraphs = [EXTEND.format(months=months, tail=tail), *asks]
    paragraphs.append("Decides to remain seized of the matter.")
    body = "\n\n".join(f"{k}. {p}" for k, p in enumerate(paragraphs, 1))
    return f"The Security Council,\n\nRecalling its previous resolutions,\n\n{body}\n"


def _expectation(cmp: Comparison) -> float:
    return next(
        s.weight
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "lifecycle" and s.direction != "neutral"
    )


def test_a_longer_period_in_the_expectation_of_withdrawal_leaves_the_asks_to_decide() -> None:
    # Three months, then six "in the expectation" of a drawdown; a call upon all States
    # left out, only an urging of the parties put in: softer by the asks, not "mixed" by
    # a period alone against them.
    cmp = resdiff.compare(
        _text("three months", ";", CALL),
        _text("six months", EXPECTED, URGE),
    )
    assert cmp.summary.direction == "softer"
    assert _expectation(cmp) == 20


def test_a_shorter_period_with_no_withdrawal_in_view_leaves_the_asks_to_decide() -> None:
    # The reverse: six months in the expectation, then three with no end in view, and a
    # call put in: stronger by the asks.
    cmp = resdiff.compare(
        _text("six months", EXPECTED, URGE),
        _text("three months", ";", CALL),
    )
    assert cmp.summary.direction == "stronger"


def test_the_two_halves_alone_make_a_mixed_renewal() -> None:
    # Nothing else moves: a longer period and a drawdown in view, neither dominating.
    cmp = resdiff.compare(_text("three months", ";", URGE), _text("six months", EXPECTED, URGE))
    assert cmp.summary.direction == "mixed"


def test_the_expectation_beside_no_period_moved_the_other_way_stays_language() -> None:
    # A shorter period and the expectation put in go the same way: the expectation is no
    # counterweight, it weighs as the language of its paragraph.
    cmp = resdiff.compare(_text("six months", ";", URGE), _text("three months", EXPECTED, URGE))
    assert _expectation(cmp) < 20
    assert cmp.summary.direction == "softer"
    # The same period: the expectation alone ("only an expectation").
    cmp = resdiff.compare(_text("six months", EXPECTED, URGE), _text("six months", ";", URGE))
    assert _expectation(cmp) < 20
