"""``align.text.normalise``: the lower-case words two texts must share to be "normalised"
equal, read the same whatever path a text takes (ASCII bytes, text whose characters
outside ASCII are all non-word ones folded to spaces, or the regular expression)."""

from __future__ import annotations

import random
import re

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
