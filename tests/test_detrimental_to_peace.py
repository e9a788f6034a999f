"""A situation found "detrimental to the maintenance of peace" is a finding of a danger to
the peace (RESULTS §2fw, recall25): `flags.toml` `[flags.peace_finding]` reads it with
"endanger", "disturb" and "fraught with danger". S/RES/276 (1970) -> 310 (1972): the
continued occupation "has grave consequences for the rights and interests of the people
of Namibia" -> "creates conditions detrimental to the maintenance of peace and security in
the region", judged stronger by both judges, was read reworded. Made-up texts."""

from __future__ import annotations

from drafting import CLOSING, change_of, draft

import resdiff

RIGHTS = (
    "Declares that the continued occupation of the Territory has grave consequences for "
    "the rights and interests of its people;"
)
PEACE = (
    "Declares that the continued occupation of the Territory creates conditions "
    "detrimental to the maintenance of peace and security in the region;"
)


def _kind(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    return change_of(resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING])), "OP1")


def test_a_finding_of_harm_to_the_peace_made_is_stronger() -> None:
    kind, shifts = _kind(RIGHTS, PEACE)
    assert kind == "strengthened"
    assert [d for d, _ in shifts] == ["stronger"]


def test_and_dropped_softer() -> None:
    kind, shifts = _kind(PEACE, RIGHTS)
    assert kind == "softened"
    assert [d for d, _ in shifts] == ["softer"]


def test_detrimental_to_the_peace_process_is_no_finding() -> None:
    old = "Declares that these acts have grave consequences for the people of the Territory;"
    new = "Declares that these acts are detrimental to the peace process in the Territory;"
    assert not [d for d, _ in _kind(old, new)[1] if d != "neutral"]
