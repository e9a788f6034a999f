"""An effort verb put in with a run of new words (issue 9 §7, thirty-second session;
RESULTS §2fe). Sentences written for these tests, in the Council's style.

"Intensify", "accelerate", "redouble" set before the effort a provision already asks
press that ask harder whatever words come with them ("to make determined efforts" ->
"to continue and accelerate determined co-operative efforts ..."): read where they come
with new words under the emphasis entry's option ``added_with_its_words``. Not where they
go with removed words: taken out with the words of the ask they pressed, they go with
that ask. The option is off on every shipped entry (measured on "intensify": the even
half gained, the odd half lost, RESULTS §2fe); a user's lexicon turns it on.
"""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff
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


def test_an_effort_verb_put_in_with_new_words_presses_the_ask_where_the_option_is_on() -> None:
    kind, shifts = _op1(_MADE, _ACCELERATED, _mine())
    assert ("stronger", "emphasis added: “accelerate”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_shipped_it_is_left_to_the_new_words() -> None:
    _, shifts = _op1(_MADE, _ACCELERATED)
    assert ("stronger", "emphasis added: “accelerate”") not in shifts, shifts


def test_an_effort_verb_taken_out_with_the_words_of_its_ask_is_not_read() -> None:
    # The option is one-sided: the verb goes with the words of the ask it pressed, no
    # "emphasis removed" (read so, six of seven new wrong shifts on the even half).
    _, shifts = _op1(_ACCELERATED, _MADE, _mine())
    assert not any(d.startswith("emphasis removed") for _, d in shifts), shifts


def test_the_option_is_the_entry_s_and_one_sided() -> None:
    mine = _mine()
    assert mine.emphasis_added_with_its_words("intensify")
    assert not mine.emphasis_with_its_words("intensify")
    assert not Lexicon.default().emphasis_added_with_its_words("intensify")
