"""A growing word refused with words between ("Decides not, for the time being, to renew
the mandate", lifecycle.toml's ``[fragments.growth_refused]``, RESULTS §2fa) is no
renewal; the words that refuse it, put into the kept paragraph, are no wider ask either.
The review of the thirty-second session's merge found them read as "reach widened, words
added: 'not, for the time being'" (stronger) beside the renewal refused (softer): a false
"mixed" for a paragraph that only winds down (RESULTS §2fg)."""

from __future__ import annotations

import pytest

import resdiff

HEAD = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
RENEW = (
    "Decides {} renew the mandate of the Panel of Experts as set out in paragraph 5 of "
    "resolution 2000 (2011);"
)


def _operative(old: str, new: str) -> resdiff.Change:
    cmp = resdiff.compare(
        resdiff.parse(HEAD + old, paths=False), resdiff.parse(HEAD + new, paths=False)
    )
    return next(c for c in cmp.changes if c.section == "operative")


@pytest.mark.parametrize(
    "refusal", ["not, for the time being, to", "not, in view of the negotiations, to"]
)
def test_the_words_that_refuse_a_renewal_widen_no_ask(refusal: str) -> None:
    change = _operative(RENEW.format("to"), RENEW.format(refusal))
    assert change.kind == "softened"
    assert [s.feature for s in change.shifts] == ["lifecycle"]
    assert all(s.direction == "softer" for s in change.shifts)


def test_a_not_put_in_beside_a_renewal_kept_still_widens_the_ask() -> None:
    # The renewal stands on both sides: a task joined to it widens the ask, its "not"
    # notwithstanding (the guard asks for a growing word no longer read).
    old = (
        "Decides to renew the mandate of the Panel of Experts and requests it to monitor "
        "the implementation of the measures;"
    )
    new = old.replace(
        "measures;",
        "measures, including the flows of arms, ammunition and related materiel not "
        "notified to the Committee;",
    )
    change = _operative(old, new)
    assert change.kind == "strengthened"
    assert [(s.feature, s.direction) for s in change.shifts] == [("scope", "stronger")]
