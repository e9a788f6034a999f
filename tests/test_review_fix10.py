"""The defects a review of branch fix10 found in its rules (twentieth session): each test
keeps one fixed, on short made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.explain import describe_shift
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


def _draft(operative: str) -> str:
    return (
        "The Security Council,\n\nRecalling its earlier resolutions on the question,\n\n"
        f"1. {operative}\n\n2. Decides to remain seized of the matter.\n"
    )


def test_two_emphasis_words_joined_by_and_are_not_also_a_wider_reach() -> None:
    # "fully and immediately" added: the emphasis named "fully" and "immediately", and the
    # reach widened quoted "fully and immediately" again (the "and" kept the run).
    old = _draft("Urges Utopia to return to the border talks and to work towards the "
                 "implementation of the joint statement;")  # fmt: skip
    new = _draft("Urges Utopia to return, fully and immediately, to the border talks and "
                 "to work towards the implementation of the joint statement;")  # fmt: skip
    shifts = resdiff.compare(old, new).change_for("OP1").shifts
    assert sorted(s.new or "" for s in shifts if s.feature == "emphasis") == [
        "fully",
        "immediately",
    ]
    said = "; ".join(describe_shift(s) for s in shifts)
    assert said.count("immediately") == 1, said
    assert said.count("fully") == 1, said
