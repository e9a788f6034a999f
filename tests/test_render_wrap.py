"""The text report's line wrapping: a text that fits on its first line is taken as it
stands, without :mod:`textwrap` (issue 11), and must give exactly what textwrap gives."""

from __future__ import annotations

import random
import textwrap

import pytest

from resdiff.render.text import _wrap


def _textwrap(text: str, width: int, first: str, rest: str | None = None) -> list[str]:
    """The wrapping as it was before the short-text path: textwrap for every text."""
    lines = textwrap.wrap(
        text,
        width=max(width, len(first) + 10),
        initial_indent=first,
        subsequent_indent=first if rest is None else rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [first.rstrip()]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "Decides to remain seized of the matter.",
        "  Leading spaces stay on a first line.",
        "A trailing space is dropped ",
        "A trailing no-break space is dropped\u00a0",
        "An ideographic space\u3000",
        "A tab\tis expanded",
        "A line\nbreak becomes a space",
        "A carriage\rreturn, a form\x0cfeed, a vertical\x0btab",
        "Inner  double  spaces are kept",
        "\u2003",
        "x" * 77,
        "x" * 78,
        "x" * 79,
        "word " * 30,
    ],
)
@pytest.mark.parametrize("first", ["", "  ", "    - ", "x" * 30])
@pytest.mark.parametrize("width", [10, 40, 88])
def test_wrap_is_textwrap(text: str, first: str, width: int) -> None:
    assert _wrap(text, width, first) == _textwrap(text, width, first)
    assert _wrap(text, width, first, "      ") == _textwrap(text, width, first, "      ")


def test_wrap_is_textwrap_on_random_texts() -> None:
    # Spaces of every kind textwrap treats apart (ASCII whitespace it splits on and
    # replaces, other Unicode spaces it keeps inside words but strips at a line's end).
    alphabet = ["a", "b", " ", " ", "\u00a0", "\u2003", "\u3000", "-", "\t", "\n", "\r"]
    alphabet += ["\x0b", "\x0c", "é", "x" * 12]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        first = rng.choice(["", "  ", "    ", "  - ", "\u2003 ", "x" * 30, " " * 50])
        rest = rng.choice([None, "", "      "])
        width = rng.choice([5, 10, 20, 30, 40, 88])
        assert _wrap(text, width, first, rest) == _textwrap(text, width, first, rest), (
            text,
            width,
            first,
            rest,
        )
