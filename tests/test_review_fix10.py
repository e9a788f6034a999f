"""The defects a review of branch fix10 found in its rules (twentieth session): each test
keeps one fixed, on short made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.read.language import detect_language, foreign_untold


def test_a_short_english_lists_letters_do_not_make_it_spanish() -> None:
    # A short text's "(d)", "(e)" and "(o)" are its sub-paragraphs' letters, not the
    # stop words "d", "e" and "o" of French and Spanish: read as Spanish, not analysed.
    text = "1. Requests reports:\n\n(d) Paris;\n\n(e) Lima;\n\n(o) Quito.\n"
    assert detect_language(text) is None
    assert not foreign_untold(text)
    codes = [w.code for w in resdiff.parse(text).warnings]
    assert "analysis-unavailable" not in codes
    # An elided "d'" and "l'" are still French words.
    assert detect_language("1. Décide d'autoriser la MINUSCA.") == "fr"
