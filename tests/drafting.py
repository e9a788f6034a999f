"""Small resolutions written for the verdict tests, and the look-ups those tests share: a
draft of numbered operative paragraphs, the kind and shifts of one paragraph's change, the
life-cycle labels the default lexicon reads in a text."""

from __future__ import annotations

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

#: The closing formula the tests' drafts end with.
CLOSING = "Decides to remain seized of the matter."


def draft(operative: list[str], preamble: str = "Recalling its previous resolutions,") -> str:
    """A small resolution: one recital and the numbered operative paragraphs."""
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{preamble}\n\n{ops}\n"


def change_of(cmp: Comparison, ref: str) -> tuple[str, list[tuple[str, str]]]:
    """The kind of the change holding ``ref`` (old or new) and its shifts, sub-paragraphs
    included, each as (direction, description)."""
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def op1(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    """:func:`change_of` OP1 when a draft's OP1 ``old`` becomes ``new`` (the closing
    formula after it in both)."""
    return change_of(resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING])), "OP1")


def lifecycle_labels(text: str) -> list[str]:
    """The life-cycle labels ("extended", "maintained", "given a sunset") of ``text``."""
    return [m.label for m in Lexicon.default().lifecycle_in(text)]
