"""Exemptions a provision carves out of a measure, and the life-cycle words that end or
keep them rather than the measure: "the exemption set out in paragraph 10 shall expire"
gives the measure back in full (stronger), "this exemption shall remain in force" keeps
the exemption, not the measure. Read by :mod:`.provision`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import EXEMPTION_ENDED, Shift
from .views import ClauseView

#: What a winding-down word ends when it is an exemption: one named so ("the exemption
#: ... shall expire"), or, in a provision that carves out of a measure, the provision
#: itself ("this paragraph shall no longer apply after ...").
#: Each is the head of the subject, read from its start (a few words may qualify an
#: exemption: "the humanitarian exemption set out in paragraph 10").
_EXEMPTION_NAMED = compile_cached(
    r"\s*(?:(?:the|this|that|these|those|such|any|each|all|said)\s+)?(?:[\w()-]+\s+){0,3}?"
    r"exemptions?\b",
    re.IGNORECASE,
)
#: Where the subject of a winding-down word may start: after a clause's last break.
_SUBJECT_BREAK = compile_cached(r"[,;:]|\bthat\b|\bwhen\b", re.IGNORECASE)
_ITSELF_NAMED = compile_cached(
    r"\s*(?:this|the\s+present)\s+(?:paragraph|provision)s?\b", re.IGNORECASE
)


def exemption_ended(shifts: list[Shift], old_ends: bool, new_ends: bool) -> list[Shift]:
    """The life-cycle shifts of a provision, where the winding-down words of a side end
    an exemption (``old_ends``, ``new_ends``): an exemption that ends gives the measure
    back in full, stronger, not a measure ended (softer); one whose end goes, softer. The
    growing stages are the measure's own and keep their direction."""
    if not (old_ends or new_ends):
        return shifts
    out = []
    for s in shifts:
        came = new_ends and s.new is not None and s.direction == "softer"
        went = old_ends and s.old is not None and s.new is None and s.direction == "stronger"
        if came or went:
            s = s.model_copy(
                update={"direction": "stronger" if came else "softer", "detail": EXEMPTION_ENDED}
            )
        out.append(s)
    return out


#: A clause that speaks of the provision it stands in, or of the exemption it makes.
OF_ITSELF = compile_cached(
    r"\b(?:this|the\s+present)\s+(?:paragraph|provision|exemption)\b|\bsuch\s+exemptions?\b",
    re.IGNORECASE,
)


def carves_out(views: Sequence[ClauseView], lexicon: Lexicon) -> bool:
    """Whether a clause of ``views`` carves an exemption out of a measure in so many words
    (``carves`` in scope.toml)."""
    return any(lexicon.carves_out(e) for v in views for e in v.phrase.exemptions)


def ends_exemption(lexicon: Lexicon, views: Sequence[ClauseView]) -> bool:
    """Whether every winding-down life-cycle word of ``views`` (one side of a
    provision) ends an exemption, not a measure or mandate: "the exemption set out in
    paragraph 10 shall expire on 31 December", or, in a provision that carves out of
    a measure, "this paragraph shall no longer apply after ..." (its subject, from the
    clause's last break up to the word, names the exemption or the paragraph itself;
    the words are read in the side's whole text, as the clauses' life cycle is)."""
    text = " ".join(v.text for v in views)
    ids = {x for v in views for x in v.phrase.lifecycle}
    found = [m for m in lexicon.lifecycle_in(text) if m.id in ids]
    ending = [m for m in found if not m.growing]
    if not ending:
        return False
    # A carving provision only carves: one that also imposes or grows the measure
    # ("Decides that all States shall prevent ..., and that the measures shall not
    # apply to ..., and decides that this paragraph shall no longer apply") ends the
    # measure with its exemption, softer (review of fix14).
    carving = carves_out(views, lexicon) and not any(m.growing for m in found)
    for m in ending:
        start = max((b.end() for b in _SUBJECT_BREAK.finditer(text, 0, m.end)), default=0)
        # The subject's head, not a word of it: "the measures imposed by this
        # paragraph shall no longer apply" ends the measures.
        if not (
            _EXEMPTION_NAMED.match(text, start, m.end)
            or (carving and _ITSELF_NAMED.match(text, start, m.end))
        ):
            return False
    return True


def keeps_exemption(lexicon: Lexicon, views: Sequence[ClauseView]) -> frozenset[str]:
    """The growing life-cycle words of ``views`` (one side of a provision) that keep an
    exemption, not a measure or mandate: every place the word stands, its subject
    (from the clause's last break up to the word) names the exemption ("…, and that
    this exemption shall remain in force until the Council decides otherwise"). Such a
    word comes and goes with the exemption: the exemption's own coming and going is
    weighed, not "a measure no longer maintained" (the merge review, twenty-fourth
    session)."""
    text = " ".join(v.text for v in views)
    ids = {x for v in views for x in v.phrase.lifecycle}
    places: dict[str, list[bool]] = {}
    for m in lexicon.lifecycle_in(text):
        if m.id not in ids or not m.growing:
            continue
        start = max((b.end() for b in _SUBJECT_BREAK.finditer(text, 0, m.start)), default=0)
        places.setdefault(m.id, []).append(_EXEMPTION_NAMED.match(text, start, m.start) is not None)
    return frozenset(k for k, named in places.items() if all(named))
