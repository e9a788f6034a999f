"""The items of an operative paragraph's list, as the classifier compares them: which
paragraphs are only the sum of their items (a list of decisions), which dropped items were
folded into a kept one, the lead-in a dropped item is named under, and a list run into
the paragraph's own sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analyze import opens_decision_list
from ..clauses import content_words
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import Change, Clause, Phrase, Shift
from .hosts import MOVED_CLAUSE_SHARE, RECAST, _neutralised

#: An item of an operative paragraph's list by its ref: "OP1(g)" -> paragraph 1, "g".
_LIST_ITEM = compile_cached(r"^OP(?P<number>\d{1,4})\((?P<key>[0-9A-Za-z]{1,6})\)$")


def folded_items(children: tuple[Change, ...]) -> tuple[Change, ...]:
    """Items dropped from a list whose scope a kept item now takes in: old (h) "Supplies
    of arms and other related lethal equipment that are not listed in paragraph 1 (g)"
    became "Supplies of weapons and ammunition, military vehicles and equipment" while
    old (g) went (CAR sanctions, S/RES/2588 (2021) -> 2648 (2022)). The item that set
    (g) apart no longer does, so (g)'s supplies are in it: the exemption was folded in,
    not removed. Named, not weighed; what the kept item changed weighs there."""
    out = list(children)
    for k, child in enumerate(children):
        if child.kind != "dropped" or len(child.old) != 1:
            continue
        item = _LIST_ITEM.match(child.old[0])
        if item is None:
            continue
        # The reference must be to this list: "paragraph 1 (g)" of this paragraph 1,
        # "subparagraph (g)", "(g) above"; never "paragraph 5 (c) of resolution 2262".
        mark = re.escape(f"({item.group('key')})")
        cites = re.compile(
            rf"(?:\bparagraph\s+{item.group('number')}\s*{mark}|\bsub-?paragraph\s+{mark}"
            rf"|{mark}\s+(?:above|below))(?!\s+of\s+(?:its\s+)?resolution\b)",
            re.IGNORECASE,
        )
        host = next(
            (
                c
                for c in children
                if c.old
                and c.new
                and cites.search(c.old_text or "")
                and not cites.search(c.new_text or "")
            ),
            None,
        )
        if host is not None:
            out[k] = _neutralised(
                child, f"folded into new {host.new[0]}, which no longer sets it apart"
            )
    return tuple(out)


def list_of_provisions(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a paragraph is only the sum of its sub-paragraphs, each a provision of its
    own: a list of decisions (:func:`decision_list`), or a paragraph with no words before
    its items, whose first item opens with a lead ("12. (a) Expresses concern ..., demands
    all parties ...: (i) to end ...; (b) calls upon the FGS ...", UNSOM 2021, where 2020
    had one running paragraph)."""
    if decision_list(clause, lexicon):
        return True
    first = clause.children[0] if clause.children else None
    return (
        not clause.text.strip()
        and first is not None
        and bool(first.phrases)
        and first.phrases[0].led
    )


def decision_list(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a paragraph is a list of decisions: its own text only a decision's lead
    ("Decides:"), and each item a decision, call or request of its own ("(a) To call
    upon the parties ...", "(b) To renew the mandate ..."), not a request, call or
    exemption whose items detail what it governs ("Calls upon Portugal: (a) To recognize
    immediately ...", "Requests the Secretary-General to report, including: (a) ...")."""
    return opens_decision_list(clause.text, lexicon) and all(
        c.phrases and c.phrases[0].led for c in clause.children
    )


def named_under(change: Change, new_lead: Phrase, old_lead: Phrase) -> Change:
    """A dropped item's "item of a list under" shift naming the old list's lead-in, the
    one it stood under, in place of the new list's."""
    was, now = f"item of a list under “{new_lead.text}”", f"item of a list under “{old_lead.text}”"
    if was == now or not any(s.detail == was for s in change.shifts):
        return change
    shifts = tuple(
        s.model_copy(update={"detail": now}) if s.detail == was else s for s in change.shifts
    )
    return change.model_copy(update={"shifts": shifts})


#: A cross-reference an item carries that the sentence it was run into may leave out: "as
#: described in paragraph 29 (i) below", "paragraph 5 of resolution 2000 (2011)".
_REFERENCE = compile_cached(
    r"\b(?:as\s+(?:described|set\s+out|defined|referred\s+to|specified)\s+in\s+)?"
    r"(?:sub-?)?paragraphs?\s+\d{1,4}(?:\s*\([a-z]{1,6}\))*+"
    r"(?:\s+(?:below|above|of\s+(?:this|the\s+present)\s+resolution))?"
    r"|\b\d{1,4}\s*\(\d{4}\)",
    re.IGNORECASE,
)

#: The note of items run into their paragraph's own sentence, and of the words that came
#: with them.
RUN_INTO_TEXT = "the list run into the paragraph's own sentence"


def run_into_text(
    children: tuple[Change, ...], old: Clause, new: Clause
) -> tuple[tuple[Change, ...], frozenset[str]]:
    """A list whose items the other version runs into the paragraph's own sentence (or
    a sentence cut into a list): "Decides that the strategic priorities of MONUSCO are to
    contribute to the following objectives: (a) Protection of civilians, as described in
    paragraph 29 (i) below; (b) Support to the stabilisation ..." -> "... are (i) to
    contribute to the protection of civilians and (ii) to support to the stabilisation
    ..." (MONUSCO 2022, judged reworded by two judges). Nearly every word of every item
    (:data:`MOVED_CLAUSE_SHARE`), its cross-references aside, stands in the other
    paragraph's text (an item that brings a new call with old words, "promote and protect
    the rights of persons with disabilities ... and to implement legislation ...", UNSOM
    2022, is more asked): the items are named,
    not weighed, and so are the words they brought into (or took out of) the sentence
    (see :func:`folded_reach`). Returns the children and the items' words ("" when the
    list was not run in)."""
    listed, plain = (old, new) if old.children and not new.children else (new, old)
    if not listed.children or plain.children:
        return children, frozenset()
    text = content_words(plain.text)
    words: set[str] = set()
    for item in listed.children:
        own = content_words(_REFERENCE.sub(" ", item.full_text()))
        if not own or len(own & text) < MOVED_CLAUSE_SHARE * len(own):
            return children, frozenset()
        words |= own
    gone = "dropped" if listed is old else "added"
    out = tuple(_neutralised(c, RUN_INTO_TEXT) if c.kind == gone else c for c in children)
    return out, frozenset(words)


def folded_reach(shifts: Sequence[Shift], items: frozenset[str], old: str, new: str) -> list[Shift]:
    """``shifts`` with a reach widened (or an item named) by the words of items run into
    the sentence (:func:`run_into_text`) named, not weighed: the sentence says what its
    items said."""
    if not items:
        return list(shifts)
    came = content_words(new) - content_words(old)
    if not came or len(came & items) < RECAST * len(came):
        return list(shifts)
    return [
        s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": RUN_INTO_TEXT})
        if s.feature == "scope" and s.detail == "reach widened" and s.direction != "neutral"
        else s
        for s in shifts
    ]
