""" "Expressing its anxiety" is held above plain concern, at grave concern's tier and
below alarm (RESULTS §2fw, recall25): `preamble.toml` "expressing its anxiety" and
"expressing anxiety" at censure tier 2. S/RES/450 (1979) -> 474 (1980): "Expressing its
anxiety about ... the threats to its very security" -> "Commending the performance of the
Force, yet expressing its concern about ... the threats to its security", judged softer by
both judges, was read reworded (the recital read as a declaratory "Expressing"). Not
"anxious" ("Anxious to ensure", a wish). Made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.lexicon import Lexicon


def _recital(
    old: str, new: str, lexicon: Lexicon | None = None
) -> tuple[str, list[tuple[str, str]]]:
    def text(recital: str) -> str:
        return f"The Security Council,\n\n{recital}\n\n1. Decides to remain seized of the matter.\n"

    cmp = resdiff.compare(text(old), text(new), lexicon=lexicon)
    change = next(c for c in cmp.changes if "PP1" in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


ANXIETY = "Expressing its anxiety about the threats to the security of the Force,"
CONCERN = "Expressing its concern about the threats to the security of the Force,"


def test_anxiety_recast_as_concern_is_softer() -> None:
    assert _recital(ANXIETY, CONCERN) == (
        "softened",
        [("softer", "censure softened: expressing its anxiety → expressing its concern")],
    )


def test_concern_recast_as_anxiety_is_stronger() -> None:
    assert _recital(CONCERN, ANXIETY)[0] == "strengthened"


def test_anxiety_recast_as_grave_concern_is_the_same_tier() -> None:
    grave = "Expressing grave concern about the threats to the security of the Force,"
    assert _recital(ANXIETY, grave)[0] == "reworded"


def test_alarm_stays_above_anxiety() -> None:
    # degrees.toml holds alarm above grave, deep or serious concern (rank 3).
    alarm = "Expressing alarm about the threats to the security of the Force,"
    assert _recital(ANXIETY, alarm)[0] == "strengthened"


def test_anxious_to_ensure_stays_a_wish() -> None:
    (recital,) = resdiff.parse(
        "The Security Council,\n\nAnxious to ensure the security of the Force,\n\n"
        "1. Decides to remain seized of the matter.\n"
    ).preamble[:1]
    assert [p.axis_b for p in recital.phrases[:1]] == [1]
