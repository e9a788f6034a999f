"""``align.text.normalise``: the lower-case words two texts must share to be "normalised"
equal, read the same whatever path a text takes (ASCII bytes, text whose characters
outside ASCII are all non-word ones folded to spaces, or the regular expression)."""

from __future__ import annotations

import random
import re
import time

import pytest

from resdiff.align.text import _INVISIBLE_CHARS, normalise


def _words(text: str) -> str:
    """The definition: the invisible characters dropped, then ``\\w+`` of the lowered text."""
    for char in _INVISIBLE_CHARS:
        text = text.replace(char, "")
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the Secretary-General shall report",
        # Curly quotes, dashes, no-break and thin spaces: words apart, read as ASCII.
        "The Council’s “decision” – to re‑impose\u00a0the measures\u2009now",
        "Secre\u00adtary\u200b-General",  # invisible characters join, never separate
        # Word characters outside ASCII keep the regular expression's reading.
        "Côte d’Ivoire",
        "İstanbul and the \u212aelvin sign",
        "ſtates",
        "x\u00b2 \u00bd",
        "Ⓐ circled and Ⅳ numeral",
        "\u0663 days",
        "snake_case – words",
        "",
    ],
)
def test_every_path_reads_the_words_of_the_definition(text: str) -> None:
    assert normalise(text) == _words(text)


def test_random_texts_read_as_the_definition() -> None:
    rng = random.Random(26)
    pool = "aZ_09 \t\n-’“”–—\u00a0\u2009\u00ad\u200bé\u0130\u212a\u017fⒶⅠ\u0663_.,;ß\u00b2"
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 25)))
        assert normalise(text) == _words(text), repr(text)


def test_many_distinct_characters_outside_ascii_cost_linear_time() -> None:
    # A paragraph of 131,000 distinct private-use characters (none a word character):
    # one str.replace for each would copy the whole text each time (quadratic: seconds
    # of CPU); the text is read once. CPU time, so the machine's load does not count.
    text = "".join(chr(c) + "a" for c in range(0xF0000, 0x110000) if c & 0xFFFE != 0xFFFE)
    start = time.process_time()
    assert normalise(text) == " ".join(["a"] * (len(text) // 2))
    assert time.process_time() - start < 1.5


def test_no_character_outside_word_characters_lowers_into_one() -> None:
    # The fast path's premise, for every code point of this Python's Unicode: a character
    # that is not a word character (no str.isalnum) lowers to none, so it separates words
    # in the definition (\w+ of the lowered text) as the space it is replaced by does.
    others = "".join(
        chr(c) for c in range(0x80, 0x110000) if not chr(c).isalnum() and not 0xD800 <= c < 0xE000
    )
    assert re.search(r"\w", others.lower()) is None
