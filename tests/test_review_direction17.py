"""The review of dir17's rule (an exception weighs as a headline only beside a measure):
its words of restraint read as whole words ("the ban, except ..."), a bare "shall not"
no restraint ("shall not hesitate"), and a trade "permitted only with authorization"
a measure. Ordinary wording of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

import resdiff
from resdiff import LexiconError
from resdiff.lexicon import Lexicon
from resdiff.lexicon.entries import QualifierEntry
from resdiff.model import Shift


def _adopted(symbol: str, year: str, operative: str) -> str:
    return (
        f"Resolution {symbol} ({year})\nof 6 April {year}\n\nThe Security Council,\n\n"
        f"Recalling its previous resolutions on the situation,\n\n1. {operative}\n"
    )


def _exemption_weights(old: str, new: str) -> list[float]:
    cmp = resdiff.compare(_adopted("100", "1990", old), _adopted("200", "1991", new))
    shifts: list[Shift] = [
        s
        for c in cmp.changes
        for s in c.shifts
        if s.feature == "exemption" and s.direction != "neutral"
    ]
    return [s.weight for s in shifts]


@pytest.mark.parametrize(
    ("measure", "carved"),
    [
        # "ban" before a comma: dir17's "ban " (with its space) did not read it.
        (
            "Decides that all States shall enforce the ban, {carved}, until the review",
            "except for flights of medical evacuation",
        ),
        # Ships "denied" entry: dir17's "deny" (a word's beginning) did not read it.
        (
            "Decides that ships of the regime shall be denied entry to all ports, {carved}",
            "except in circumstances necessary to safeguard human life",
        ),
        # Trade "permitted only with proper authorization" (S/RES/820 (1993) OP12's
        # wording): a restriction of trade, its exception a carve-out from it.
        (
            "Decides that import to and export from the areas, {carved}, shall be "
            "permitted only with proper authorization from the Government",
            "with the exception of essential humanitarian supplies",
        ),
    ],
)
def test_an_exception_from_a_restraint_in_other_words_stays_a_headline(
    measure: str, carved: str
) -> None:
    old = measure.format(carved=carved) + ";"
    new = measure.replace(", {carved}", "") + ";"
    assert _exemption_weights(old, new) == [30]


def test_a_bare_shall_not_is_no_restraint() -> None:
    # The Council's resolve (or "shall not be construed") restrains nobody: the months
    # a report is due are an exception of a request, weighed as its language.
    old = (
        "Requests the Secretary-General to report every month, except in months when "
        "the review is due, and affirms that it shall not hesitate to act;"
    )
    new = (
        "Requests the Secretary-General to report every month, and affirms that it "
        "shall not hesitate to act;"
    )
    weights = _exemption_weights(old, new)
    assert weights
    assert all(w < 30 for w in weights)


def test_restraint_words_are_whole_words() -> None:
    pattern = Lexicon.default().exemption_needs_measure("with the exception of")
    assert pattern is not None
    assert pattern.search("the ban.") and pattern.search("the ban;")
    assert pattern.search("shall prevent") and pattern.search("it prevents")
    assert not pattern.search("the bank of the river") and not pattern.search("Bangui")
    assert not pattern.search("it shall not hesitate")


def test_a_restraint_word_is_a_word_not_a_pattern() -> None:
    with pytest.raises(ValidationError):
        QualifierEntry(phrase="except", explanation="x", restraint_words=("ban ",))
    with pytest.raises(ValidationError):
        QualifierEntry(phrase="except", explanation="x", restraint_words=(r"ban\b",))
    entry = QualifierEntry(phrase="except", explanation="x", restraint_words=("ban*",))
    assert entry.restraint_words == ("ban*",)


def test_a_user_s_restraint_word_with_a_stray_space_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "scope.toml").write_text(
        '[exemptions]\n"with the exception of" = { measure_only = true, '
        'restraint_words = ["ban "], explanation = "x", keywords = ["except"] }\n',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r'exemptions\["with the exception of"\]: restraint'):
        Lexicon.default().with_overrides(tmp_path)
