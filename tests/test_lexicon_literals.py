"""The necessary literals of a pattern: a text without any of them is never searched,
so they must never skip a text the pattern matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from resdiff.lexicon import Lexicon
from resdiff.lexicon.literals import may_match, necessary_literals
from resdiff.lexicon.match import _keyed

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("pattern", "flags", "literals"),
    [
        (r"\bin\s+accordance\s+with\s+international\s+law\b", re.I,
         {"in accordance with international law"}),
        (r"\b(?:endeavou?r|strive|seek)\s+to\b", re.I, {"endeavo", "strive", "seek"}),
        # An alternative with no literal of its own: nothing can be skipped.
        (r"\bdraw\s+down\b|\d{3,}", re.I, None),
        # Whitespace at a literal's ends may be the text's own start or end.
        (r"\s+of\s+the", re.I, {"of the"}),
        (r"(?:January|May)\s+\d{4}", re.I, {"january", "may"}),
        # An optional part is not necessary.
        (r"(?:final\s+)?mandate", 0, {"mandate"}),
        # Outside ASCII, a case-insensitive letter may match an ASCII one: not a literal.
        ("\u212aelvin", re.I, {"elvin"}),
    ],
)  # fmt: skip
def test_necessary_literals_of_a_pattern(
    pattern: str, flags: int, literals: set[str] | None
) -> None:
    found = necessary_literals(pattern, flags)
    assert (set(found) if found is not None else None) == literals


def test_a_text_that_is_not_ascii_is_always_searched() -> None:
    rx = re.compile(r"\bseek\s+to\b", re.I)
    assert not may_match(rx, "They hope to act.", _keyed("They hope to act."))
    # The long s matches "s" when case is ignored, and is no "s" once lower-cased.
    text = "They ſeek to act."
    assert rx.search(text) is not None
    assert may_match(rx, text, _keyed(text))


def test_a_text_with_curly_quotes_and_accents_is_tested_for_its_literals() -> None:
    rx = re.compile(r"\bseek\s+to\b", re.I)
    # No character of it matches an ASCII one ignoring case: skipped as ASCII text is.
    text = "The Council’s “hope” – Côte d’Ivoire\u00a0to act\u200e"
    assert rx.search(text) is None
    assert not may_match(rx, text, _keyed(text))
    # No-break and other spaces are what ``\s`` matches: one space in the keyed text.
    text = "Côte d’Ivoire may SEEK\u00a0\u2003to act"
    assert rx.search(text) is not None
    assert may_match(rx, text, _keyed(text))


def test_a_literal_found_across_a_line_break_and_in_capitals() -> None:
    rx = re.compile(r"\bwith\s+the\s+consent\s+of\b", re.I)
    text = "Acting WITH the\n   Consent of the host State"
    assert rx.search(text) is not None
    assert may_match(rx, text, _keyed(text))


def _lexicon_patterns() -> list[re.Pattern[str]]:
    lex = Lexicon.default()
    patterns = [rx for _, rx, _ in lex._hedge_rx]
    patterns += [rx for _, _, rx, _ in lex._condition_rx + lex._exemption_rx]
    patterns += [rx for _, _, rx, _ in lex._safeguard_rx + lex._emphasis_rx]
    patterns += [rx for _, rx, _ in lex._lifecycle_rx + lex._measure_rx]
    patterns += [rx for _, group, _ in lex._quantity_rx for rx in group]
    patterns += [rx for rx, _ in lex._flag_rx.values()]
    return patterns


def test_every_lexicon_pattern_matches_only_where_its_literals_stand() -> None:
    """On real paragraphs: wherever a lexicon pattern matches, the pre-test lets the text
    through (the pre-test only ever skips texts the pattern cannot match)."""
    files = sorted((CORPUS / "akn").glob("*.xml"))[:40]
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    import resdiff

    texts = {c.text for f in files for c in resdiff.parse(f, analyze=False).walk()}
    patterns = _lexicon_patterns()
    assert sum(necessary_literals(rx.pattern, rx.flags) is not None for rx in patterns) > 50
    skipped = 0
    for text in texts:
        keyed = _keyed(text)
        for rx in patterns:
            if not may_match(rx, text, keyed):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern, text)
    assert skipped > len(texts)  # the pre-test does skip texts


def test_the_keyed_text_is_the_words_lower_cased_with_one_space_between() -> None:
    """The keyed text of a text already spaced once (taken as it is, lower-cased) is what
    splitting and joining its words gives, whatever its whitespace and its letters."""
    from resdiff.lexicon.keywords import _key_text

    rng = random.Random(5)
    alphabet = [*"aZx09 -,.;\t\n", "  ", " ", "\u00a0", "\u2028", "\x85", "\u3000", "\x1c"]
    alphabet += ["\u0130", "\u1e9e", "\u212a", "\u00e9", "\u200b", "\u03a3"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _key_text(text) == " ".join(text.lower().split()), repr(text)


def test_a_screen_lets_through_the_entries_whose_keywords_occur() -> None:
    """The entries a table's screen lets through a text are those with a keyword in it,
    and those without keywords, which are always tried."""
    from resdiff.lexicon.keywords import _Keywords, _Screen

    rng = random.Random(6)
    words = ["arms", "oil", "coal", "charcoal", "panel of", "freez", "de"]
    for _ in range(2_000):
        entries = [
            None if rng.random() < 0.1 else _Keywords(rng.sample(words, rng.randint(1, 3)))
            for _ in range(rng.randint(0, 70))
        ]
        text = " ".join(rng.sample(["the", "harms", "coal", "oil", "panel", "of"], 3))
        passing = _Screen(entries).passing(text)
        expected = sum(
            1 << k for k, keys in enumerate(entries) if keys is None or keys.search(text)
        )
        assert passing == expected
