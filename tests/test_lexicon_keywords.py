"""A screen's plan (keywords looked for behind the strings they hold) lets through
exactly the entries a test of each keyword does."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resdiff.lexicon import Lexicon
from resdiff.lexicon.keywords import _Keywords, _plan, _Screen


def _each(keys: list[list[str]], text: str) -> int:
    """What a screen of entries with these keywords lets through, keyword by keyword."""
    found = 0
    for k, entry in enumerate(keys):
        if any(key in text for key in entry):
            found |= 1 << k
    return found


def test_a_keyword_holding_another_is_looked_for_behind_it() -> None:
    plan = _plan([("immediate", 1), ("immediately", 2), ("priority", 4), ("prioritise", 8)])
    assert ("immediate", 1, (("immediately", 2),)) in plan
    # "priorit": the opening the two share, no keyword itself.
    assert ("priorit", 0, (("priority", 4), ("prioritise", 8))) in plan
    screen = _Screen([_Keywords([k]) for k in ("immediate", "immediately", "priority")])
    assert screen.passing("acts immediately") == 0b011
    assert screen.passing("a priority") == 0b100
    assert screen.passing("priorities") == 0


# The machine's other jobs can make generation look slow: the test itself is fast.
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.text(alphabet="abc ", min_size=1, max_size=6), min_size=1, max_size=2),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.text(alphabet="abcd ", max_size=20), max_size=3),
)
def test_the_plan_lets_through_what_each_keyword_does(
    keys: list[list[str]], texts: list[str]
) -> None:
    screen = _Screen([_Keywords(entry) for entry in keys])
    for text in [*texts, *(key for entry in keys for key in entry)]:
        assert screen.passing(text) == _each(keys, text)


def test_the_default_lexicons_screens_on_its_own_keywords() -> None:
    # Every screen of the default lexicon, on texts made of its keywords and their parts.
    lexicon = Lexicon.default()
    screens = [v for v in (getattr(lexicon, n) for n in dir(lexicon)) if isinstance(v, _Screen)]
    assert screens
    rng = random.Random(11)
    for screen in screens:
        keys = sorted(
            {k for probe, _, inner in screen.plan for k in (probe, *(key for key, _ in inner))}
        )
        for _ in range(300):
            text = " ".join(
                rng.choice(keys)[rng.randrange(0, 3) : rng.randrange(3, 20)]
                for _ in range(rng.randrange(1, 5))
            )
            expected = screen.always
            for probe, entries, inner in screen.plan:
                for key, more in ((probe, entries), *inner):
                    if more and key in text:
                        expected |= more
            assert screen.passing(text) == expected
