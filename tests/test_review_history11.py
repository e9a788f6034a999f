"""Review of history11: a lead-in printed right under a heading ("Political process",
then "Decides:", then "1. …") is the operative part's lead-in, with the heading over it,
not a recital under a preamble heading. Made-up texts only."""

from __future__ import annotations

import resdiff
from resdiff.analyze.leadins import lift_lead_in
from resdiff.history import history
from resdiff.lexicon import Lexicon
from resdiff.render.timeline import render_timeline_text


def _text(lead: str) -> str:
    return (
        "The Security Council,\n\nRecalling its previous resolutions on the situation,\n\n"
        f"Political process\n\n{lead}\n\n"
        "1. To extend the mandate of the Mission until 15 March 2031;\n\n"
        "2. To remain seized of the matter.\n"
    )


def test_a_lead_in_under_a_heading_is_lifted_with_the_heading_over_it() -> None:
    draft = lift_lead_in(resdiff.parse(_text("Decides:")), Lexicon.default())
    assert [c.ref for c in draft.preamble] == ["PP1"]
    assert [(h.text, h.section, h.before, h.lead_in) for h in draft.headings] == [
        ("Political process", "operative", "OP1", False),
        ("Decides:", "operative", "OP1", True),
    ]
    # The line is a lead-in, not a recital that lacks its comma.
    assert not any(w.code == "preamble-no-comma" for w in draft.warnings)


def test_a_lead_in_changed_under_a_heading_is_named_as_one() -> None:
    old, new = _text("Resolves:"), _text("Decides:")
    said = [(h.kind, h.text, h.lead_in) for h in resdiff.compare(old, new).summary.headings]
    assert said == [("changed", "Decides:", True)]
    text = render_timeline_text(history([old, new]))
    assert "[1] lead-in changed “Resolves:” → “Decides:” (operative part)" in text


def test_a_heading_between_the_lead_in_and_the_items_still_leaves_the_recital() -> None:
    # Which one the line belongs to is a guess there: the structure is kept as read.
    text = _text("Decides:").replace(
        "Political process\n\nDecides:\n\n", "Decides:\n\nPolitical process\n\n"
    )
    draft = resdiff.parse(text)
    assert lift_lead_in(draft, Lexicon.default()) is draft
