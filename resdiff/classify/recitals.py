"""What a recital tells rather than does: a condition that says how something came about
("deployed at the request of the Government") and a period another proposed ("the
recommendation of the Secretary-General to extend the mandate for a period of twelve
months"). Either is named where it changes, not weighed: the preamble asks nothing by
them, and the Council sets (or not) its own terms in the operative part.

Read only in a clause of the recital that asks nothing (its lead, the last one at or
before the words, ranks below "encouraging" on the ask axis, or has no rank): under
"Encouraging the Mission to provide support upon request" the condition limits an ask,
and stays weighed. The knowledge is data: ``told_in_recitals`` on a condition of
scope.toml, ``proposed`` on a quantity type of quantities.toml.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.match import words_pattern
from ..model import Shift, shown_parts

#: The ask tier from which a recital's lead asks something ("encouraging", "calling for":
#: axis_a 2 in preamble.toml), as the time-limit rule reads operative verbs.
_ASKS = 2
#: How far before a quantity a proposal word is looked for, in characters, inside the
#: same clause (no semicolon between): "the recommendation of the Secretary-General in
#: his report of 1 March 2023 (S/2023/100) to extend the mandate of the Mission for".
_PROPOSED_REACH = 200


def _clause_at(lexicon: Lexicon, text: str, at: int) -> int | None:
    """Where the recital clause holding position ``at`` of ``text`` opens, when it asks
    nothing: the last lead phrase opening at or before ``at`` ranks below an ask. ``None``
    where it asks, or where resdiff knows no lead before ``at`` (the benefit of the doubt:
    it may ask)."""
    first = lexicon.match_preamble(text)
    leads = ([first] if first is not None else []) + lexicon.find_participles(text)
    before = [m for m in leads if m.start <= at]
    if not before:
        return None
    lead = max(before, key=lambda m: m.start)
    return None if (lead.axis_a or 0) >= _ASKS else lead.start


def _condition_told(lexicon: Lexicon, text: str, key: str) -> bool:
    """``text`` holds the condition ``key`` (as printed, or its entry), marked
    ``told_in_recitals``, in a clause that asks nothing, wherever it stands."""
    found = False
    for m in lexicon.conditions_in(text):
        entry = lexicon.conditions.get(m.phrase)
        if key not in (m.phrase.lower(), " ".join(m.text.lower().split())):
            continue
        opens = _clause_at(lexicon, text, m.start)
        if entry is None or not entry.told_in_recitals or opens is None:
            return False
        if words_pattern(entry.normative_words).search(text[opens : m.start].rsplit(";", 1)[-1]):
            # "Stressing that assistance should be provided upon request": the clause
            # states a norm and the condition limits it.
            return False
        found = True
    return found


def _proposed(lexicon: Lexicon, words: tuple[str, ...], value: str, text: str) -> bool:
    """``value`` stands in ``text`` after one of ``words`` in the same clause (after its
    own lead: "Taking note of the recommendations ..., and recalling its decision to
    extend the mandate for six months" recalls the Council's period), in a recital clause
    that asks nothing."""
    at = text.lower().find(value.lower())
    opens = _clause_at(lexicon, text, at) if at >= 0 else None
    if opens is None:
        return False
    clause = text[max(opens, at - _PROPOSED_REACH) : at].rsplit(";", 1)[-1]
    return words_pattern(words).search(clause) is not None


def told_not_done(lexicon: Lexicon, shift: Shift, old_text: str, new_text: str) -> bool:
    """Whether ``shift``, named between two versions of a recital, is a fact the recital
    tells (see the module): a condition marked ``told_in_recitals`` that came or went,
    or a quantity whose every value stands after a word of its type's ``proposed``."""
    if shift.direction == "neutral":
        return False
    if shift.feature == "condition":
        # Named as printed, with the entry when it reads otherwise ("at the request of”
        # (“upon request"): the entry is what the text's match must be.
        value = shift.new if shift.new is not None else shift.old
        if value is None:
            return False
        words, entry = shown_parts(value)
        key = (entry if entry is not None else words).lower()
        text = new_text if shift.new is not None else old_text
        return _condition_told(lexicon, text, key)
    if shift.feature != "quantity" or shift.detail is None:
        return False
    kind = next((q for q in lexicon.quantity_types.values() if q.label == shift.detail), None)
    if kind is None or not kind.proposed:
        return False
    sides = [(v, t) for v, t in ((shift.old, old_text), (shift.new, new_text)) if v]
    return bool(sides) and all(_proposed(lexicon, kind.proposed, v, t) for v, t in sides)
