"""The opening words of a pattern: a pattern is tried only where they allow, so it must
find exactly what a scan of the whole text finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resdiff.lexicon import Lexicon
from resdiff.lexicon.anchors import DIGIT, _lowered, finditer, leading_anchors

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize(
    ("pattern", "flags", "anchors"),
    [
        # The word ("impos" and the "e" every ending opens with) may stand after an
        # optional prefix of at most three characters.
        (r"\b(?:re-?)?impos(?:e|es|ed)\b", re.I, {("impose", 3)}),
        (r"(?:\bif\s+appropriate\b)|(?:\bwhen\s+appropriate\b)", re.I, {("if", 0), ("when", 0)}),
        # A case-sensitive word in a case-insensitive pattern: its lower case is looked for.
        (r"\b(?-i:Mission)\s+withdrawal", re.I, {("mission", 0)}),
        # A digit opens a date or a figure; an optional part is taken or not.
        (r"\b(?P<value>\d{1,2}\s+(?:January|May))", re.I, {(DIGIT, 0)}),
        (r"\b(?:at\s+least\s+)?(?:\d+|ten)\s+days", re.I, {("at", 0), (DIGIT, 0), ("ten", 0)}),
        # An alternative with no word of its own: every place must be tried.
        (r"\bdraw\s+down\b|[A-Z]{4}", re.I, None),
        # Too far in: an unbounded run before the word.
        (r"\w+\s+law\b", re.I, None),
        # A pattern that heeds case is scanned as before, and so is one matching nothing.
        (r"\bDecides\b", 0, None),
        (r"(?:to\s+)?", re.I, None),
    ],
)  # fmt: skip
def test_opening_words_of_a_pattern(
    pattern: str, flags: int, anchors: set[tuple[str, int]] | None
) -> None:
    found = leading_anchors(pattern, flags)
    assert (set(found) if found is not None else None) == anchors


@pytest.mark.parametrize(
    "text",
    [
        "Decides to reimpose the measures and to re-impose the ban; imposes nothing.",
        "xreimpose REIMPOSE re-Impose impose",
        "within 30 days, at least 10 days or at least ten measures; 2021 days10 days",
        # Outside ASCII: scanned as before (the long s matches "s" when case is ignored).
        "It shall impoſe the measures.",
        "\u0130mpose, \u212aeeps 10 days",
        "within \uff13\uff10 days or \u0663 days",
        # Outside ASCII but no character that can stand in an opening word: read at them.
        "The Council’s “decision” to re‑impose – at least ten measures; 2021 days\u200e",
        "",
    ],
)
def test_a_pattern_tried_at_its_opening_words_finds_what_a_scan_finds(text: str) -> None:
    for rx in (
        re.compile(r"\b(?:re-?)?impos(?:e|es|ed)\b", re.I),
        re.compile(r"\b(?:at\s+least\s+)?(?:\d+|ten)\s+(?:days|measures)", re.I),
    ):
        assert [m.span() for m in finditer(rx, text)] == [m.span() for m in rx.finditer(text)]


def test_every_lexicon_pattern_finds_the_same_matches_on_real_paragraphs() -> None:
    files = sorted((CORPUS / "akn").glob("*.xml"))[:40]
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    import resdiff

    texts = {c.text for f in files for c in resdiff.parse(f, analyze=False).walk()}
    lex = Lexicon.default()
    patterns = [rx for _, rx, _ in lex._hedge_rx + lex._lifecycle_rx + lex._measure_rx]
    patterns += [rx for _, _, rx, _ in lex._condition_rx + lex._exemption_rx]
    patterns += [rx for _, _, rx, _ in lex._safeguard_rx + lex._emphasis_rx]
    patterns += [rx for _, group, _ in lex._quantity_rx for rx in group]
    # Read at their opening words since the twenty-sixth session (flag_in,
    # named_by_citation, items_in): the flags, the measures' names and the items.
    patterns += [rx for rx, _ in lex._flag_rx.values()]
    patterns += [rx for rx in (lex._named_rx, lex._item_rx) if rx is not None]
    # Most lexicon patterns open with a word.
    assert sum(leading_anchors(rx.pattern, rx.flags) is not None for rx in patterns) > 60
    for rx in patterns:
        for text in texts:
            expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in finditer(rx, text)] == expected, rx.pattern


def test_text_outside_ascii_is_read_at_its_opening_words() -> None:
    # Curly quotes, dashes, accents and direction marks: tried only at opening words.
    assert _lowered("The Council’s “decision” – Côte d’Ivoire\u200e") is not None
    # A character that matches an ASCII letter or a digit when case is ignored (the
    # long s, the Kelvin sign, the dotted I) or another script's digit: scanned.
    for text in ("impoſe", "\u212aeep", "\u0130mpose", "\uff13 days", "\u0663 days"):
        assert _lowered(text) is None, text
