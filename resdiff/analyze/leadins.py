"""Lead-ins of the operative part: "Resolves:", "Resolves that:", "Decides:" on a line of
their own before numbered items that take their verb from it ("1. To set up a commission
..."), as the Council wrote in the 1940s and 1950s (S/RES/18 (1947), S/RES/70 (1949)).

A reader cannot tell such a line from a recital without the lexicon: it reads it as the
last preambular paragraph (one that does not end with a comma). The analysis, which has
the lexicon, lifts it out of the preamble into a :class:`~resdiff.model.Heading` of the
operative part marked ``lead_in`` (:func:`lift_lead_in`), standing before the first
operative paragraph, and reads every paragraph it governs with its verb before it
(:func:`with_lead_verb`): an item with no verb of its own ("To work out ...", "That the
Trusteeship Council be requested ...") takes the lead-in's verb as its lead, printed in
the lead-in; an item with one ("To request the Military Staff Committee ...") is read as
an item of a list of decisions, as a lettered item under "Decides:" is.

A lead-in over lettered items ("Decides: (a) To call upon ...") is read by the readers
as a paragraph with sub-paragraphs, as printed; it is left so.
"""

from __future__ import annotations

import re

from ..compiled import compile_cached
from ..lexicon import Lexicon, VerbMatch, third_person
from ..model import Clause, Draft, Heading, Phrase
from .reading import analyze_clause, opens_decision_list

__all__ = ["lead_verb", "lift_lead_in", "with_lead_verb"]

#: The readers' warning on a recital without its comma, moot for a lead-in.
_NO_COMMA = "preamble-no-comma"

#: An item's own verb in the passive, the Council's ask in the words of the time ("That
#: the Trusteeship Council be requested to ...", "The representatives ... are invited to
#: ..."): a participle after "be", "is" or "are", then "to" (or "upon to"), not inside a
#: relative clause ("which is requested to"). Which participles are operative verbs is
#: the lexicon's to say (:func:`_passive_verb`).
_PASSIVE = compile_cached(
    r"(?<!\bwhich\s)(?<!\bwho\s)\b(?:be|is|are)\s+([a-z]{3,30})(\s+upon)?\s+to\b",
    re.IGNORECASE,
)


def lift_lead_in(draft: Draft, lexicon: Lexicon) -> Draft:
    """``draft`` with its lead-ins told: the last preambular paragraph out of the
    preamble when it is one, and a heading among the operative paragraphs marked as one
    when its words are those of a lead-in ("Further resolves:" between "1." and "2.", which
    the readers read as a heading). A lead-in is a verb of the decision tier ending with a
    colon in a few words ("Resolves:", "Resolves that:", "Decides:"; see
    :func:`~resdiff.analyze.reading.opens_decision_list`); the recital must be unnumbered,
    without sub-paragraphs, and printed right before the first operative paragraph. Its
    words are kept whole as the lead-in's text, and the readers' warning that it does not
    end with a comma goes; a heading printed right over it ("Political process") goes
    with it into the operative part. Any other draft is returned as it is (the same object)."""
    draft = _lift_recital(draft, lexicon)
    headings = tuple(
        h.model_copy(update={"lead_in": True})
        if h.section == "operative" and not h.lead_in and opens_decision_list(h.text, lexicon)
        else h
        for h in draft.headings
    )
    if all(a is b for a, b in zip(headings, draft.headings, strict=True)):
        return draft
    return draft.model_copy(update={"headings": headings})


def _lift_recital(draft: Draft, lexicon: Lexicon) -> Draft:
    """``draft`` with its last recital out of the preamble as a lead-in, when it is one
    (see :func:`lift_lead_in`)."""
    if not draft.preamble or not draft.operative:
        return draft
    last, first = draft.preamble[-1], draft.operative[0]
    if last.label is not None or last.children or not opens_decision_list(last.text, lexicon):
        return draft
    spans = last.span, first.span
    if spans[0] is not None and spans[1] is not None and spans[0].first_line > spans[1].first_line:
        # A recital printed after the operative paragraphs (a resolution in parts).
        return draft
    if any(h.before == first.ref for h in draft.headings):
        # A heading between the line and the items: leave the structure as read rather
        # than guess which the line belongs to.
        return draft
    # A heading over the line itself ("Political process", then "Decides:", then "1.")
    # heads the operative part the line opens: it goes over the lead-in, not the preamble.
    over = tuple(
        h.model_copy(update={"section": "operative", "before": first.ref})
        for h in draft.headings
        if h.before == last.ref
    )
    kept = tuple(h for h in draft.headings if h.before != last.ref)
    lead = Heading(
        text=last.text, section="operative", before=first.ref, span=last.span, lead_in=True
    )
    lines = (
        range(last.span.first_line, last.span.last_line + 1) if last.span is not None else range(0)
    )
    warnings = tuple(
        w
        for w in draft.warnings
        if not (w.code == _NO_COMMA and w.line in lines and w.message.startswith(f"{last.ref} "))
    )
    at = next((k for k, h in enumerate(kept) if h.section == "operative"), None)
    headings = (*kept, *over, lead) if at is None else (*kept[:at], *over, lead, *kept[at:])
    return draft.model_copy(
        update={"preamble": draft.preamble[:-1], "headings": headings, "warnings": warnings}
    )


def lead_verb(lead_in: Heading, lexicon: Lexicon) -> Phrase | None:
    """The verb a lead-in opens with, read as the lead of an operative paragraph
    ("Resolves" of "Resolves that:"), None when the lexicon finds none."""
    read = analyze_clause(Clause(ref="lead-in", section="operative", text=lead_in.text), lexicon)
    phrase = read.phrases[0] if read.phrases else None
    return phrase if phrase is not None and phrase.led and phrase.start == 0 else None


def _passive_verb(text: str, lexicon: Lexicon) -> tuple[VerbMatch, str] | None:
    """The operative verb an item states in the passive ("That the Trusteeship Council
    be requested to ..." → request) with its words as printed ("be requested"), None when
    it has none: the lexicon's verb whose participle it is, found by its third person
    ("requested" → "requests")."""
    if text[:3].lower() == "to ":
        # "To set up a commission which ... is invited to": the infinitive is the item's
        # verb, a passive after it is a detail of what it does.
        return None
    found = _PASSIVE.search(text)
    if found is None:
        return None
    participle, upon = found.group(1).lower(), found.group(2) or ""
    if not participle.endswith("ed"):
        return None
    stems = (participle[:-1], participle[:-2], participle[:-3], participle[:-3] + "y")
    for stem in stems:
        if len(stem) < 3:
            continue
        active = f"{third_person(stem)}{upon} "
        verb = lexicon.match_operative(active)
        if verb is not None and verb.end >= len(active.rstrip()):
            printed = text[found.start() : found.end()].rsplit(None, 1)[0]
            return verb, printed
    return None


def with_lead_verb(clause: Clause, verb: Phrase | None, lexicon: Lexicon | None = None) -> Clause:
    """``clause`` (read under its lead-in) with the lead-in's verb as its lead when it
    opens with none of its own: its first, unled phrase takes the verb's words, lemma,
    modifier and tiers, and keeps its own span, hedges, modal and addressee. An item that
    states its own verb in the passive ("That the Trusteeship Council be requested to")
    takes that verb instead (given ``lexicon``): resolving that a body be requested to act
    is a request, not a decision of the lead-in's tier."""
    if verb is None or not clause.phrases:
        return clause
    first = clause.phrases[0]
    if first.led or first.start != 0:
        return clause
    passive = None if lexicon is None else _passive_verb(clause.text[: first.end], lexicon)
    own: VerbMatch | Phrase = verb if passive is None else passive[0]
    led = first.model_copy(
        update={
            "text": verb.text if passive is None else passive[1],
            "lemma": own.lemma,
            "modifier": own.modifier,
            "axis_a": own.axis_a,
            "axis_b": own.axis_b,
        }
    )
    return clause.model_copy(update={"phrases": (led, *clause.phrases[1:])})
