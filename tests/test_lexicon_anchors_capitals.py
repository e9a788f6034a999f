"""Patterns that open with an acronym matched as printed ("(?-i:\\b[A-Z]{3,})"): tried
only where a capital followed by two more capitals or digits stands (anchors.CAPITALS),
they must find exactly what a scan of the whole text finds (twenty-sixth session: the
life-cycle patterns "extend" and "reduce" were scanned at every position)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from resdiff.lexicon import Lexicon
from resdiff.lexicon.anchors import CAPITALS, finditer, leading_anchors

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: The two acronyms of lifecycle.toml, the first in a sentence of its own, and
#: look-alikes that must not be read as acronyms.
_MADE_UP = [
    r"(?-i:\b[A-Z]{3,})\s+shall\s+(?:remain|continue)\b",
    r"\bdraw\s+down\b|(?-i:(?<![A-Z0-9])[A-Z][A-Z0-9]{3,}+)(?:\W{1,3}s)?\s+(?:\w+\s+){0,3}?withdraw",
    r"(?:\bthe\s+)?(?-i:[A-Z]{3}\d)",
    r"(?-i:[A-Z][A-Z0-9]{2})|\bmandate\b",
]


@pytest.mark.parametrize(
    ("pattern", "anchors"),
    [
        (r"(?-i:\b[A-Z]{3,})\s+shall", {(CAPITALS, 0)}),
        (r"(?-i:(?<![A-Z0-9])[A-Z][A-Z0-9]{3,}+)", {(CAPITALS, 0)}),
        (r"\bdraw\s+down\b|(?-i:[A-Z]{4})", {("draw", 0), (CAPITALS, 0)}),
        # After an optional word: the run may stand up to the word's width in, or the
        # match holds the word or the run.
        (r"\b(?:the\s)?(?-i:[A-Z]{3,})", {(CAPITALS, 4)}),
        (r"(?:\bthe\s+)?(?-i:[A-Z]{3}\d)", {(CAPITALS, 0), ("the", 0)}),
        # Case ignored: "[A-Z]" is any letter, no anchor (as before).
        (r"\bdraw\s+down\b|[A-Z]{4}", None),
        (r"(?-i:(?i:[A-Z]{3}))", None),
        # Fewer than three capitals or digits for certain: no anchor.
        (r"(?-i:[A-Z]{2})x", None),
        (r"(?-i:[A-Z][a-z]+)", None),
        (r"(?-i:[A-Z]\w{2})", None),
        (r"(?-i:[A-Z]{1,3}[0-9]{2})", None),
        (r"(?-i:[^a-z]{3})", None),
    ],
)  # fmt: skip
def test_the_opening_run_of_capitals_of_a_pattern(
    pattern: str, anchors: set[tuple[str, int]] | None
) -> None:
    found = leading_anchors(pattern, re.I)
    assert (set(found) if found is not None else None) == anchors


def _lifecycle_patterns() -> list[re.Pattern[str]]:
    lex = Lexicon.default()
    return [rx for entry, rx, _ in lex._lifecycle_rx if entry.id in ("extend", "reduce")]


def test_the_life_cycle_patterns_with_an_acronym_are_read_at_their_openings() -> None:
    patterns = _lifecycle_patterns()
    assert len(patterns) == 2
    for rx in patterns:
        found = leading_anchors(rx.pattern, rx.flags)
        assert found is not None and (CAPITALS, 0) in found, rx.pattern


def _same(rx: re.Pattern[str], text: str) -> None:
    expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
    assert [(m.span(), m.groups()) for m in finditer(rx, text)] == expected, (rx.pattern, text)


_BASE = (
    "Decides that the Mission, (UNMISS) shall remain for a further period; the "
    "Force shall draw down and MONUSCO's troops withdrawn."
)
#: Acronyms and look-alikes: inside a word ("UNMISSion"), after a digit, with capitals
#: outside ASCII (which no case-sensitive "[A-Z]" matches), too short, with digits.
_INSERTS = [
    "UNMISS",
    "UNMISSion",
    "x1ABC",
    "ÉTATS",
    "ÀBCD",
    "AÉBC",
    "UN",
    "A1234",
    "AB",
    "ABC",
    "K\u212aABC",
]


def test_acronyms_at_every_position_find_what_a_scan_finds() -> None:
    patterns = _lifecycle_patterns() + [re.compile(p, re.I) for p in _MADE_UP]
    for insert in _INSERTS:
        for at in range(len(_BASE) + 1):
            text = _BASE[:at] + insert + " shall continue " + _BASE[at:]
            for rx in patterns:
                _same(rx, text)


def test_random_texts_find_what_a_scan_finds() -> None:
    patterns = _lifecycle_patterns() + [re.compile(p, re.I) for p in _MADE_UP]
    rng = random.Random(26)
    alphabet = "ABCMNOSUZ019az  ,.()'’-ÉéK\u212aſ"
    words = ["shall", "remain", "continue", "draw", "down", "withdraw", "the", "mandate"]
    for _ in range(400):
        parts = [
            rng.choice(words) if rng.random() < 0.4 else "".join(rng.choices(alphabet, k=5))
            for _ in range(rng.randint(1, 12))
        ]
        text = rng.choice(["", " ", "("]).join(parts)
        for rx in patterns:
            _same(rx, text)


def test_real_texts_find_what_a_scan_finds() -> None:
    akn = sorted((CORPUS / "akn").glob("*.xml"))[:40]
    scanned = sorted((CORPUS / "scanned").glob("*.txt"))[:20]
    if not akn or not scanned:
        pytest.skip(f"corpus not found at {CORPUS}")
    import resdiff

    texts = {c.text for f in akn + scanned for c in resdiff.parse(f, analyze=False).walk()}
    patterns = _lifecycle_patterns() + [re.compile(p, re.I) for p in _MADE_UP]
    matches = 0
    for rx in patterns:
        for text in texts:
            _same(rx, text)
            matches += sum(1 for _ in rx.finditer(text))
    # Not a comparison of nothing: the acronyms of real texts are found.
    assert matches > 50


def test_a_users_pattern_with_no_opening_word_is_still_found_by_a_scan() -> None:
    mine = Lexicon.from_toml(
        "[lifecycle.phase]\n"
        'label = "phased out"\n'
        'stage = "sunset"\n'
        'keywords = ["phased out"]\n'
        "patterns = ['(?:\\w+\\s+){1,2}shall\\s+be\\s+phased\\s+out\\b', "
        "'(?-i:[A-Z]{3,})\\s+shall\\s+be\\s+phased\\s+out\\b']\n",
        name="mine.toml",
    )
    lexicon = Lexicon.default().extend(mine)
    rx = next(rx for entry, rx, _ in lexicon._lifecycle_rx if entry.id == "phase")
    # The first alternative opens with any word: no opening word, scanned.
    assert leading_anchors(rx.pattern, rx.flags) is None
    for text in (
        "Decides that its presence shall be phased out by 2030;",
        "Decides that UNMISS shall be phased out;",
        "Decides that unmiss shall be phased out;",
    ):
        found = [m for m in lexicon.lifecycle_in(text) if m.id == "phase"]
        assert found, text
        _same(rx, text)
    # The acronym alone, matched as printed, is read at its run of capitals.
    acronym = re.compile(r"(?-i:[A-Z]{3,})\s+shall\s+be\s+phased\s+out\b", re.I)
    assert leading_anchors(acronym.pattern, acronym.flags) == ((CAPITALS, 0),)
    assert [m.group() for m in finditer(acronym, "unmiss, UNMISS shall be phased out")] == [
        "UNMISS shall be phased out"
    ]
