"""An effort verb put in with a run of new words (issue 9 §7, thirty-second session;
RESULTS §2fe). Sentences written for these tests, in the Council's style.

"Intensify", "accelerate", "redouble" set before an effort the old text asked too
("to make determined efforts" -> "to continue and accelerate determined co-operative
efforts ...") press that effort harder whatever words come with them: read where they
come with new words (``added_with_its_words`` and ``presses`` on degrees.toml's
"intensify"). Not before another object ("to accelerate the implementation of ..." is a
new ask in new words), not before an effort the old text did not ask, and not where they
go with removed words: taken out with the words of the ask they pressed, they go with
that ask.
"""

from __future__ import annotations

import pytest
from drafting import CLOSING, change_of, draft

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon

_RESTRAINT = "Urges the parties concerned to act with the utmost restraint and to"
_MADE = (
    f"{_RESTRAINT} make determined efforts with a view to achieving a settlement of the dispute;"
)
_ACCELERATED = (
    f"{_RESTRAINT} continue and accelerate determined co-operative efforts to achieve a "
    "settlement of the dispute, by availing themselves in a constructive manner of the "
    "present opportunities;"
)
_IMPLEMENT = f"{_RESTRAINT} implement the agreement;"
_IMPLEMENTATION = (
    f"{_RESTRAINT} accelerate the implementation of the agreement's provisions on the return "
    "of refugees, by availing themselves in a constructive manner of the present opportunities;"
)
#: A user's "intensify" with the option on (an entry of a user's lexicon replaces the
#: shipped one whole, patterns and all).
_MINE = (
    "[emphasis]\n"
    "\"intensify\" = { patterns = ['\\bintensif(?:y|ies|ied|ying)\\b', "
    '\'\\baccelerat(?:e|es|ed|ing)\\b\'], keywords = ["intensif", "accelerat"], '
    "asks = true, added_with_its_words = true }\n"
)


def _op1(old: str, new: str, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, str]]]:
    cmp = resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]), lexicon=lexicon)
    return change_of(cmp, "OP1")


def _mine() -> Lexicon:
    return Lexicon.default().extend(Lexicon.from_toml(_MINE, name="mine.toml"))


def test_an_effort_verb_put_in_with_new_words_presses_the_effort_asked() -> None:
    kind, shifts = _op1(_MADE, _ACCELERATED)
    assert ("stronger", "emphasis added: “accelerate”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_before_another_object_it_is_left_to_the_new_words() -> None:
    _, shifts = _op1(
        _IMPLEMENT,
        _IMPLEMENTATION,
    )
    assert ("stronger", "emphasis added: “accelerate”") not in shifts, shifts


def test_before_an_effort_the_old_text_did_not_ask_it_is_left_to_the_new_words() -> None:
    _, shifts = _op1(
        "Requests the Secretary-General to keep the situation under review and to report "
        "to the Council within three months;",
        "Requests the Secretary-General to keep the situation under review and to "
        "intensify his efforts with the parties to give effect to the agreement;",
    )
    assert ("stronger", "emphasis added: “intensify”") not in shifts, shifts


def test_an_effort_verb_taken_out_with_the_words_of_its_ask_is_not_read() -> None:
    # One-sided: the verb goes with the words of the ask it pressed, no "emphasis
    # removed" (read so, six of seven new wrong shifts on the even half, RESULTS §2fe).
    _, shifts = _op1(_ACCELERATED, _MADE)
    assert not any(d.startswith("emphasis removed") for _, d in shifts), shifts


def test_a_users_lexicon_may_read_it_before_any_words() -> None:
    # ``presses`` left empty: read before any object put in with it.
    _, shifts = _op1(
        _IMPLEMENT,
        _IMPLEMENTATION,
        _mine(),
    )
    assert ("stronger", "emphasis added: “accelerate”") in shifts, shifts


def test_the_option_is_the_entry_s_and_one_sided() -> None:
    shipped = Lexicon.default()
    assert shipped.emphasis_added_with_its_words("intensify")
    assert shipped.emphasis_presses("intensify") == ("effort", "efforts")
    assert not shipped.emphasis_with_its_words("intensify")
    assert not shipped.emphasis_added_with_its_words("immediately")
    assert _mine().emphasis_presses("intensify") == ()


def _entry(fields: str) -> str:
    return (
        "[emphasis]\n"
        "\"intensify\" = { patterns = ['\\bintensif(?:y|ies|ied|ying)\\b'], "
        f'keywords = ["intensif"], asks = true, {fields} }}\n'
    )


def test_presses_without_the_option_is_refused_naming_file_and_entry() -> None:
    # Review of fix22: ``presses`` alone was read as nothing, silently.
    with pytest.raises(LexiconError, match=r"mine\.toml.*intensify.*added_with_its_words"):
        Lexicon.from_toml(_entry('presses = ["efforts"]'), name="mine.toml")


def test_presses_of_more_than_one_word_is_refused() -> None:
    # Review of fix22: each word is matched against one word of the text, so "joint
    # efforts" could never be found, silently.
    with pytest.raises(LexiconError, match=r"mine\.toml.*intensify.*one word"):
        Lexicon.from_toml(
            _entry('added_with_its_words = true, presses = ["joint efforts"]'), name="mine.toml"
        )


def test_the_entry_s_own_wording_before_efforts_is_read() -> None:
    # Review of fix22: "strengthen their efforts" is one of the entry's patterns, and the
    # word it presses was looked for only after the match, never in it.
    kind, shifts = _op1(
        _MADE,
        f"{_RESTRAINT} strengthen their efforts to achieve a settlement of the dispute, by "
        "availing themselves in a constructive manner of the present opportunities;",
    )
    assert ("stronger", "emphasis added: “strengthen their efforts”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_a_participle_tells_of_efforts_made_and_is_left_to_the_new_words() -> None:
    # Review of fix22: "Recognizing that, notwithstanding accelerated efforts to make
    # progress toward reconciliation, the situation ... remains a threat" (Afghanistan
    # sanctions 2020, holdout57) was read "emphasis added: accelerated", stronger: a
    # fact recognized, nothing asked.
    welcoming = (
        "and welcoming the efforts of all regional and international partners of the country,"
    )
    old = (
        "Recognizing that a sustainable peace can be achieved only through an inclusive "
        f"political process that aims at a permanent ceasefire, {welcoming}"
    )
    new = (
        "Recognizing that, notwithstanding accelerated efforts to make progress toward "
        "reconciliation, the situation in the country remains a threat to international "
        f"peace and security, {welcoming}"
    )
    cmp = resdiff.compare(draft([CLOSING], old), draft([CLOSING], new))
    _, shifts = change_of(cmp, "PP1")
    assert not any(d.startswith("emphasis added") for _, d in shifts), shifts
