"""A number of troops counted over the ceiling is no ceiling (quantities.toml's personnel
ceiling; RESULTS §2fi item 3): "to allow postponement in the withdrawal of 295 troops
above the authorized troop ceiling" (UNISFA, S/RES/2519 (2020)) is an allowance beyond the
ceiling, which stands as set; read as the ceiling, "295 troops -> 3,550" was a ceiling
raised. Made-up texts."""

from __future__ import annotations

from resdiff.lexicon import Lexicon

KEEP = "Maintains the authorized troop ceiling at 3,550 until 15 May 2021;"


def test_troops_over_the_ceiling_are_no_ceiling() -> None:
    lex = Lexicon.default()
    text = (
        "decides to allow postponement in the withdrawal of 295 troops above the authorized "
        "troop ceiling only until the Secretary-General lifts his suspension"
    )
    assert not [q for q in lex.quantities_in(text) if q.id == "personnel_ceiling"]
    # The ceiling itself is still read.
    found = [q.value for q in lex.quantities_in(KEEP) if q.id == "personnel_ceiling"]
    assert found == ["3,550"], found
    assert [q.value for q in lex.quantities_in("to deploy an additional 295 troops")] == ["295"]
