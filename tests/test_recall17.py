"""Recall of "softened" and "strengthened" on paired provisions (seventeenth round, 6
December 2026): words of force the lexicon did not know. Each rule is pinned with short
sentences in resolution style, written for these tests, and with the near misses that
must not fire.

- "Can no longer be tolerated" declares the Council's patience spent: put in the place
  of "cannot be tolerated" it presses harder, taken out it eases.
"""

from __future__ import annotations

from drafting import op1 as _op1

from resdiff.lexicon import Lexicon


def _with(shifts: list[tuple[str, str]], word: str) -> list[tuple[str, str]]:
    return [(d, s) for d, s in shifts if word in s]


# -- "no longer tolerated" -------------------------------------------------------------


def test_attacks_that_can_no_longer_be_tolerated_strengthen_the_declaration() -> None:
    old = (
        "Declares that such armed attacks on the territory of a neighbouring State "
        "cannot be tolerated and that the Council will consider further steps;"
    )
    new = (
        "Declares that such armed attacks on the territory of a neighbouring State "
        "can no longer be tolerated and that the Council will consider further steps;"
    )
    kind, shifts = _op1(old, new)
    assert _with(shifts, "tolerated") == [
        ("stronger", "emphasis added: “no longer be tolerated”")
    ], shifts
    assert kind == "strengthened", shifts


def test_no_longer_tolerated_taken_out_softens_the_declaration() -> None:
    old = (
        "Declares that such armed attacks on the territory of a neighbouring State "
        "can no longer be tolerated and that the Council will consider further steps;"
    )
    new = (
        "Declares that such armed attacks on the territory of a neighbouring State "
        "are regrettable and that the Council will consider further steps;"
    )
    kind, shifts = _op1(old, new)
    assert ("softer", "emphasis removed: “no longer be tolerated”") in shifts, shifts
    assert kind == "softened", shifts


def test_no_longer_without_toleration_is_no_emphasis() -> None:
    # "No longer" alone tells a fact ("the measures no longer apply", "no longer
    # required"), not the Council's patience.
    lexicon = Lexicon.default()
    for text in (
        "Decides that the measures imposed by paragraph 2 shall no longer apply",
        "Notes that the observers are no longer required in the sector",
        "Declares that such acts cannot be tolerated",
    ):
        found = [m.phrase for m in lexicon.emphasis_in(text)]
        assert "no longer tolerated" not in found, (text, found)
    found = [m.phrase for m in lexicon.emphasis_in("will no longer tolerate such violations")]
    assert found == ["no longer tolerated"], found
