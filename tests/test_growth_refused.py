"""A growing life-cycle word the Council refuses with words between the "not" and the word
is no expansion, renewal or enlargement (RESULTS §2fa item 2; lifecycle.toml's
``[fragments.growth_refused]``): made-up texts, since the corpus holds none of these forms."""

from __future__ import annotations

import pytest
from drafting import lifecycle_labels

from resdiff.lexicon import Lexicon


@pytest.mark.parametrize(
    "refused",
    [
        "Decides not to authorize the enlargements of UNPROFOR's mandate and strength;",
        "Decides not to authorize the expansion of the mandate of the Mission;",
        "Decides not to approve the expansion of the mandate of the Mission;",
        "Decides not to further expand the mandate of the Mission;",
        "Decides not, at this stage, to expand the mandate of the Mission;",
        "Decides against the expansion of the mandate of the Mission;",
        "Decides not, in view of the negotiations under way, to renew the mandate of the Mission;",
        "Decides not to authorize the renewal of the measures;",
        "Decides not to authorize the extension of the mandate of the Mission;",
        "Decides not to authorize the deployment of additional troops;",
    ],
)
def test_a_refused_growth_is_no_growth(refused: str) -> None:
    # Each read "expanded", "renewed", "extended" or "enlarged" before: stronger when
    # put in, where the Council refuses the very act.
    growing = {m.label for m in Lexicon.default().lifecycle_in(refused) if m.growing}
    assert growing == set()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A refusal in the plain words ends what exists, "further" or not.
        ("Decides not to further renew the mandate of the Mission;", "terminated"),
        ("Decides not to further extend the mandate of the Mission;", "terminated"),
        # Not a "not" of another clause, nor "not only".
        ("Decides to extend the mandate of the Mission and not to expand it;", "extended"),
        ("Decides not only to extend the mandate of the Mission but to expand it;", "extended"),
        (
            "Notes that the measures have not been implemented, and decides to renew the "
            "measures imposed by paragraph 1;",
            "renewed",
        ),
        ("Decides to authorize the expansion of the mandate of the Mission;", "expanded"),
        ("Decides to authorize the deployment of additional troops;", "enlarged"),
    ],
)
def test_what_is_still_read(text: str, label: str) -> None:
    assert label in lifecycle_labels(text)


@pytest.mark.parametrize(
    "refused",
    [
        # Review of leads22: "not to request" read a forbearance ("withheld for now",
        # softer) and the expansion it refuses to ask for (stronger) at once.
        "Decides not to request the expansion of the mandate of the Mission;",
        "Decides not to seek the enlargement of the Force;",
        "Decides not to consider the expansion of the mandate of the Mission;",
    ],
)
def test_a_growth_not_asked_for_is_no_growth(refused: str) -> None:
    growing = {m.label for m in Lexicon.default().lifecycle_in(refused) if m.growing}
    assert growing == set()
