"""A new user's trial of the products built on the engine (the twentieth session): each
test keeps one defect found on real texts or on a Word draft fixed, on short made-up
texts."""

from __future__ import annotations

from drafting import CLOSING, draft

import resdiff

LIST = "Requests the Secretary-General to:\n\n(a) report every six months;\n\n"
ITEM = "(b) submit proposals on confidence-building measures;\n\n"
LAST = "(c) inform the Council of any violation;"


def test_a_short_item_is_quoted_without_its_closing_semicolon() -> None:
    # A Word draft whose tracked changes dropped "(b) submit proposals on
    # confidence-building measures;" printed the key change as "item removed (item of a
    # list under “Requests”): submit proposals on confidence-building measures;; emphasis
    # added: “immediately”": the item was quoted with the ";" that closed it.
    old = draft([LIST + ITEM + LAST, CLOSING])
    new = draft([LIST + "(b) immediately inform the Council of any violation;", CLOSING])
    cmp = resdiff.compare(old, new)
    report = " ".join(str(cmp).split())
    assert ";;" not in report
    assert "confidence-building measures; emphasis added: “immediately”" in report
    [item] = [s for c in cmp.changes for x in c.walk() for s in x.shifts if s.feature == "scope"]
    assert item.old == "submit proposals on confidence-building measures"
