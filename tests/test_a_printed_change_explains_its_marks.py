"""A change printed alone whose redline holds a negotiator's square brackets is marked in
CriticMarkup (``{--so--}``, ``{++so++}``), as the text report marks it, and says so below
it, as the report says so above its changes: a reader handed one printed change has no
report around it to explain the braces (review of newuser25)."""

from __future__ import annotations

import resdiff
from resdiff.render.text import CRITIC_NOTE

OLD = """The Security Council,

Recalling its resolution 2374 (2017),

1. Condemns the attacks against the peacekeepers;

2. Demands swift dialogue between the authorities and the Committee;
"""

NEW = OLD.replace("1. Condemns", "1. [Strongly] condemns").replace("Demands", "Calls for")


def test_bracketed_change_says_what_its_marks_mean() -> None:
    cmp = resdiff.compare(OLD, NEW, paths=False)
    said = str(cmp.change_for("OP1"))
    assert "{--" in said or "{++" in said
    assert " ".join(said.split()).endswith(CRITIC_NOTE)


def test_a_plain_change_has_no_note() -> None:
    cmp = resdiff.compare(OLD, NEW, paths=False)
    said = str(cmp.change_for("OP2"))
    assert "[-Demands-] {+Calls for+}" in said
    assert "CriticMarkup" not in said and "{--so--}" not in said
