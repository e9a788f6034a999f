"""Review of the twenty-seventh session's merge: the lexicon keys shifts17 added
(``told_in_recitals`` and ``normative_words`` on a condition of scope.toml, ``proposed``
on a quantity type of quantities.toml) read from a user's override file as from the
shipped one, and a bad value refused naming the file and the key (dir17's
``restraint_words`` is tested so in ``test_review_direction17.py``). Every text is made
up."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, change_of, draft

import resdiff
from resdiff import LexiconError
from resdiff.lexicon import Lexicon

_OPS = ["Decides to extend the mandate of the Mission until 31 March 2024;", CLOSING]

#: A duration type of a user's own: a period "for a period of N months", with the words
#: that tell it as another's proposal given by the test.
_DURATION = """
[quantities.duration]
label = "duration"
larger = "stronger"
kind = "time"
keywords = ["period"]
patterns = ['\\bfor\\s+a\\s+period\\s+of\\s+(?P<value>{{number}})\\s+(?P<unit>months?)\\b']
proposed = {proposed}
"""


def _pp1(old: str, new: str, lexicon: Lexicon) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(draft(_OPS, preamble=old), draft(_OPS, preamble=new), lexicon=lexicon)
    return change_of(cmp, "PP1")


def _with(tmp_path: Path, text: str) -> Lexicon:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return Lexicon.default().with_overrides(path)


_RECOMMENDED = (
    "Taking note of the recommendation of the Secretary-General to extend the mandate of "
    "the Mission for a period of {n} months,"
)


@pytest.mark.parametrize(
    ("proposed", "direction"), [('["recommendation"]', "neutral"), ("[]", "stronger")]
)
def test_a_users_proposed_words_decide_whether_a_recitals_period_is_weighed(
    tmp_path: Path, proposed: str, direction: str
) -> None:
    lexicon = _with(tmp_path, _DURATION.format(proposed=proposed))
    _, shifts = _pp1(_RECOMMENDED.format(n="six"), _RECOMMENDED.format(n="twelve"), lexicon)
    assert [d for d, _ in shifts] == [direction], shifts


_UPON_REQUEST = """
[conditions."upon request"]
explanation = "Acts only when asked."
variants = ["at the request of"]
told_in_recitals = {told}
normative_words = {normative}
"""


@pytest.mark.parametrize(
    ("told", "normative", "weighed"),
    [("true", "[]", False), ("false", "[]", True), ("true", '["deployed"]', True)],
)
def test_a_users_told_in_recitals_and_normative_words_are_read(
    tmp_path: Path, told: str, normative: str, weighed: bool
) -> None:
    lexicon = _with(tmp_path, _UPON_REQUEST.format(told=told, normative=normative))
    _, shifts = _pp1(
        "Recalling that the Mission was deployed in 2019 to support the Government,",
        "Recalling that the Mission was deployed in 2019 at the request of the Government,",
        lexicon,
    )
    assert shifts, shifts
    assert any(d != "neutral" for d, _ in shifts) is weighed, shifts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (_UPON_REQUEST.format(told='"sometimes"', normative="[]"), "told_in_recitals"),
        (_UPON_REQUEST.format(told="true", normative='"should"'), "normative_words"),
        (_DURATION.format(proposed='"recommendation"'), "proposed"),
    ],
)
def test_a_bad_value_of_a_new_key_is_refused_naming_file_and_key(
    tmp_path: Path, text: str, key: str
) -> None:
    with pytest.raises(LexiconError, match=rf"mine\.toml: .*: {key}\b"):
        _with(tmp_path, text)
