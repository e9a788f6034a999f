"""The quotation of a qualifier in a shift ("at the request of” (“upon request"), written
by one function and read back by one, and the lexicon's pattern for lists of whole words
(restraint_words, normative_words)."""

from __future__ import annotations

from resdiff.lexicon.match import words_pattern
from resdiff.model import SHOWN_AS, shown_as, shown_parts


def test_a_qualifier_quoted_with_its_entry_reads_back_as_both() -> None:
    shown = shown_as("at the request of", "upon request")
    assert shown == "at the request of" + SHOWN_AS + "upon request"
    assert shown_parts(shown) == ("at the request of", "upon request")


def test_words_that_are_their_entry_are_quoted_alone() -> None:
    assert shown_as("Upon request", "upon request") == "Upon request"
    assert shown_parts("upon request") == ("upon request", None)


def test_the_words_pattern_matches_whole_words_any_spacing_and_endings_on_a_star() -> None:
    rx = words_pattern(("prevent*", "the need", "ban"))
    assert rx.search("shall PREVENTS the entry") is not None
    assert rx.search("stressing the\n need to") is not None
    assert rx.search("the ban, except") is not None
    assert rx.search("banks and Bangui") is None
    assert rx.search("the needs") is None


def test_a_words_pattern_of_no_words_matches_nothing() -> None:
    assert words_pattern(()).search("anything") is None
    assert words_pattern(("", "  ")).search("anything") is None
