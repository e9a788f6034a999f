"""The necessary literals of a pattern: a text without any of them is never searched,
so they must never skip a text the pattern matches."""

from __future__ import annotations

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
