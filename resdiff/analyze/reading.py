"""One clause read with the lexicon: its leads and the phrases they govern (tiers,
modifier, hedges, modal, addressee, degree), the measures it imposes or carves out of,
with their mode and life-cycle word, and the typography folded for reading only
(:func:`fold_typography`, :func:`lexicon_view`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from ..brackets import alternative_label, fold_brackets, in_dispute
from ..compiled import compile_cached
from ..lexicon import FlagMatch, Lexicon, LifecycleMatch, PreambleMatch, VerbMatch
from ..model import DECISION_TIER, Clause, Measure, Phrase
from ..read.common import QUOTE_FOLD
from .binding import binds_its_clause, restates_its_clause

# Typographic variants the lexicon reads as their plain forms: curly quotes and
# apostrophes ("Council’s"), the non-breaking hyphen and the hyphen sign
# ("Secretary‑General"), and the spaces a reader may have kept. Each character maps to
# one character, so every offset the analysis reports stands in the text as printed,
# which the draft keeps unchanged.
_TYPOGRAPHY = str.maketrans(
    {
        **QUOTE_FOLD,
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
    }
)

_TYPOGRAPHY_PAIRS = tuple((chr(k), v) for k, v in _TYPOGRAPHY.items())


def fold_typography(text: str) -> str:
    """``text`` with curly quotes, non-breaking hyphens and no-break spaces in their plain
    forms, character for character (offsets are kept)."""
    # str.translate looks every character up in a dict (about 20 us a paragraph); the
    # variants are all outside ASCII, and a few replace() scans in C are faster still
    # when some are present. Each maps to an ASCII character, never itself a variant, so
    # the order of the replacements does not matter.
    if text.isascii():
        return text
    for variant, plain in _TYPOGRAPHY_PAIRS:
        if variant in text:
            text = text.replace(variant, plain)
    return text


def lexicon_view(text: str) -> str:
    """``text`` as the lexicon reads it, character for character: its typography folded
    (:func:`fold_typography`), and a scan's underlining ("Calls _on", "calls _ upon") and
    a blank to fill in ("until ____ 2023") read as spaces, being no words. (An annex or a
    footnote compared word for word keeps its underscores.)"""
    text = fold_typography(text)
    return text.replace("_", " ") if "_" in text else text


#: The subject a presidential statement's paragraphs open with: '"The Security Council
#: expresses ...'. The verb after it leads the paragraph.
_COUNCIL_SUBJECT = compile_cached(r"^[\"']?\s*The\s+(?:Security\s+)?Council\s+(?=[a-z])")

#: The quotation marks a quoted paragraph opens with, and what precedes its verb: the
#: mark and the quoted text's own paragraph number ('"2.  Calls upon').
_QUOTES = frozenset("\"'“‘")
_QUOTED_OPENING = compile_cached(r"[\"'“‘]\s*+(?:\d{1,3}\.\s++)?(?=[A-Z])")

# Who a phrase is addressed to: an optional determiner, then a run of capitalised words
# (with the small words that join them in names: "Government of National Unity"), or one
# of the common plural addressees that are written in lower case.
_ADDRESSEE = compile_cached(
    r"\s*+,?\s*+(?:that\s++)?"
    r"(?P<who>(?:(?:all|the|each|both|those|other|relevant|concerned|its|member)\s+)*"
    r"(?:(?:[A-Z][\w'’.-]*)(?:\s+(?:of|and|for|the|on|in|[A-Z][\w'’.-]*))*(?<!\bof)(?<!\band)"
    r"(?<!\bthe)(?<!\bfor)(?<!\bon)(?<!\bin)"
    r"|parties(?:\s+to\s+the\s+conflict)?|sides|States|actors|stakeholders|donors"
    r"|countries|organizations|armed\s+groups))"
)


#: The plural nouns that make a lower-case addressee (see _addressee).
_PLURAL_ADDRESSEE = compile_cached(
    r"\b(?:parties|sides|States|actors|stakeholders|donors|countries|organizations|groups)\b"
)


def _addressee(text: str) -> str | None:
    m = _ADDRESSEE.match(text)
    if m is None:
        return None
    who = m.group("who").strip()
    # "the launches" or "its resolution" are objects, not addressees: an addressee has a
    # capital letter or is one of the plural nouns above.
    if who == who.lower() and not _PLURAL_ADDRESSEE.search(who):
        return None
    return who


# An adjective lead ("concerned", "mindful", "alarmed") opens a clause inside a recital
# only before the word it governs ("concerned at", "mindful of"); elsewhere it describes
# a noun ("the parties concerned, ...").
_ADJECTIVE_GOVERNS = compile_cached(
    r"\s*(?:that|at|about|by|over|with|of|to|in|for|regarding)\b", re.IGNORECASE
)
# How far after a censure lead its degree word may stand: "expresses its deepest concern",
# "notes with grave concern", "Expressing its deep concern".
_DEGREE_WINDOW = 40
# Where the addressee of a clause stands: within this many characters after its lead.
_ADDRESSEE_START = 25
_ADDRESSEE_REACH = 120
# Least prescriptive force of a clause whose life-cycle words act on a measure or mandate:
# "Decides to extend", "Requests ... to withdraw", "Encourages the Secretary-General to
# discontinue ..."; "Welcomes the establishment of ..." only notes one. Unled clauses
# (mandate tasks) take the force of their lead-in.
_ACTS_ON_MEASURES = 2


def _leads(text: str, recital: bool, lexicon: Lexicon, *, decisions: bool = False) -> list[Phrase]:
    """The led clauses of a text: each lead verb or participle with its tiers, in order,
    without the features read from the words they govern (see :func:`_clauses`).
    ``decisions``: the text is an item of a list of decisions ("Decides: (a) To call
    upon the parties ..."), whose verb may stand in its base form after "To"."""
    if not recital:
        verbs = lexicon.find_verbs(text)
        if decisions and (not verbs or verbs[0].start > 0):
            infinitive = lexicon.match_infinitive(text)
            if infinitive is not None and (not verbs or verbs[0].start >= infinitive.end):
                verbs = [infinitive, *verbs]
        return [_with_censure(v.to_phrase(), text, lexicon) for v in verbs]
    first = lexicon.match_preamble(text)
    leads: list[Phrase] = []
    pos = 0
    if first is not None:
        leads.append(_recital_phrase(first))
        pos = first.end
    else:
        # A recital with an operative verb ("Demands" moved into the preamble verbatim):
        # rank it like the verb.
        verb = lexicon.match_operative(text)
        if verb is not None:
            leads.append(verb.to_phrase())
            pos = verb.end
    for more in lexicon.find_participles(text, pos):
        # A participle ("urging", "calling upon") opens a clause wherever it stands; a
        # word in "-ing" tells it from an adjective, the first or after an adverb the
        # lexicon lists with it ("and strongly condemning the attacks" was left unread).
        participle = any(word.endswith("ing") for word in more.phrase.split(" "))
        if not participle and not _ADJECTIVE_GOVERNS.match(text, more.end):
            continue
        leads.append(_recital_phrase(more))
    return [_with_censure(lead, text, lexicon) for lead in leads]


def _with_censure(lead: Phrase, text: str, lexicon: Lexicon) -> Phrase:
    """A declaratory lead that governs a censure in words the lexicon lists no phrase
    for ("Reiterating its alarm and deep concern", "Expresses concerns") ranks by the
    censure nouns it reads there; its text runs to the last of them. Without this the
    censure would read as gone ("censure softened: reiterating its concern →
    reiterating")."""
    if lead.axis_b is not None or (lead.axis_a or 1) > 1 or not lead.text:
        return lead
    end = lead.start + len(lead.text)
    found = lexicon.censure_after(text, end)
    if found is None:
        return lead
    stop, tier = found
    return lead.model_copy(update={"text": text[lead.start : stop], "axis_b": tier})


def _recital_phrase(match: PreambleMatch) -> Phrase:
    return Phrase(
        text=match.text.strip(),
        lemma=match.phrase,
        modifier=match.modifier,
        axis_a=match.axis_a,
        axis_b=match.axis_b,
        start=match.start,
    )


def _clauses(
    text: str,
    recital: bool,
    lexicon: Lexicon,
    cycle: list[LifecycleMatch],
    *,
    decisions: bool = False,
) -> tuple[Phrase, ...]:
    """Every clause of a paragraph's own text: each lead with what it governs, and the
    words before the first lead (or the whole text, when it has none) as an unled clause.
    Each clause gets the features read inside it: hedges, modal, conditions, exemptions,
    addressee and its scope, degree (for censure), life-cycle words."""
    leads = _leads(text, recital, lexicon, decisions=decisions)
    units: list[Phrase] = []
    first_start = leads[0].start if leads else len(text)
    if re.search(r"\w", text[:first_start]):
        units.append(Phrase(text="", lemma="", start=0))
    units.extend(leads)
    # Each feature is read once over the whole text and handed to the clause it falls in
    # (a paragraph's clauses share one scan, not one scan each).
    found = _Found(
        hedges=[(h.start, h.hedge) for h in lexicon.hedges_in(text)],
        conditions=[(c.start, c.phrase) for c in lexicon.conditions_in(text)],
        exemptions=[(c.start, c.phrase) for c in lexicon.exemptions_in(text)],
        modals=[(m.start, m.word) for m in lexicon.modals_in(text)],
        lifecycle=[(x.start, x.id) for x in cycle],
    )
    out = []
    for k, unit in enumerate(units):
        end = units[k + 1].start if k + 1 < len(units) else len(text)
        body_start = unit.start + len(unit.text)
        out.append(_read_clause(unit, text, body_start, end, lexicon, found))
    return tuple(out)


class _Found:
    """The features of a paragraph's text, each as (offset, value), in order of offset."""

    def __init__(self, **features: list[tuple[int, str]]) -> None:
        self.features = {k: sorted(v) for k, v in features.items()}
        self.offsets = {k: [at for at, _ in v] for k, v in self.features.items()}

    def within(self, name: str, start: int, end: int) -> tuple[str, ...]:
        found, offsets = self.features[name], self.offsets[name]
        if not found:
            # Most features are absent from most paragraphs.
            return ()
        lo, hi = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        return tuple(dict.fromkeys(v for _, v in found[lo:hi]))

    def first(self, name: str, start: int, end: int) -> int | None:
        """The offset of the first of feature ``name`` from ``start`` up to ``end``."""
        offsets, k = self.offsets[name], bisect.bisect_left(self.offsets[name], start)
        return offsets[k] if k < len(offsets) and offsets[k] < end else None


def _read_clause(
    unit: Phrase, text: str, body_start: int, end: int, lexicon: Lexicon, found: _Found
) -> Phrase:
    body = text[body_start:end]
    modals = found.within("modals", body_start, end)
    modal = modals[0] if modals else None
    axis_a = unit.axis_a
    binds = unit.led and modal is not None and lexicon.modal_rank(modal) == 3
    modal_at = found.first("modals", body_start, end)
    if (
        binds
        and lexicon.restates(unit.lemma)
        and restates_its_clause(lexicon, text, body_start, modal_at)
    ):
        # "Reaffirms that all States shall prevent ..." restates a binding decision; not
        # "Reaffirms its intention to ensure that assets ... shall" (RESULTS §2eq).
        axis_a = max(axis_a or 1, 6)
    binding = lexicon.binding_tier(unit.lemma) if unit.led else None
    if binding is not None and binds and binds_its_clause(text, body_start, modal_at):
        # "Insists that the cease-fire ... must be rigorously respected": a demand in all
        # but name (verbs.toml's binding_tier). Only a verb that has one: another lead's
        # tier is left as read (a recital's or a censure's none stays none).
        axis_a = max(axis_a or 1, binding)
    degree = None
    if unit.axis_b is not None:
        window = text[unit.start : min(end, body_start + _DEGREE_WINDOW)]
        degree = lexicon.degree_in(window)
    # The scope of the addressee right after the lead ("calls upon all parties to"), as
    # the comparison reads it (resdiff.clauses.ADDRESSEE_REACH).
    scope = lexicon.addressee_in(body[:_ADDRESSEE_REACH])
    if scope is not None and scope.start > _ADDRESSEE_START:
        scope = None
    # A recital recalls or foresees the life of a measure (its life-cycle words were not
    # read); only an operative clause that asks at least something imposes, renews or
    # ends one, and its lead may itself be the word ("Extends the mandate ...").
    acts = not (unit.led and (axis_a or 1) < _ACTS_ON_MEASURES)
    return unit.model_copy(
        update={
            "axis_a": axis_a,
            "end": end,
            "hedges": found.within("hedges", body_start, end),
            "modal": modal,
            "addressee": _addressee(body) if unit.led else None,
            "degree": degree.word if degree else None,
            "degree_rank": degree.rank if degree else None,
            "conditions": found.within("conditions", body_start, end),
            "exemptions": found.within("exemptions", body_start, end),
            "scope": scope.scope if scope is not None else None,
            "lifecycle": _acted(
                found.within("lifecycle", unit.start, end),
                unit,
                axis_a,
                lexicon,
                text[unit.start : end],
            )
            if acts
            else (),
        }
    )


def _acted(
    cycle: tuple[str, ...], unit: Phrase, axis_a: int | None, lexicon: Lexicon, clause: str
) -> tuple[str, ...]:
    """The life-cycle words a clause acts on: those only a decision does (``decided`` in
    lifecycle.toml) are left out of a led clause below a decision, which asks others
    ("Demands the immediate lifting of all restrictions on the city of Beirut")."""
    if not cycle or not unit.led or (axis_a or 1) >= DECISION_TIER:
        return cycle
    if _OWN_MEASURE.search(clause):
        # "Expresses its readiness to lift the restrictions imposed by paragraph 5": the
        # Council's own measure, whoever is asked.
        return cycle
    entries = lexicon.lifecycle
    return tuple(x for x in cycle if not (x in entries and entries[x].decided))


#: Restrictions the Council itself set: "imposed by paragraph 5", "imposed by resolution
#: 1000 (2000)", "imposed by this resolution", "set out in paragraph 3".
_OWN_MEASURE = compile_cached(
    r"\b(?:imposed\s+by|set\s+out\s+in)\s+(?:paragraphs?\s+\d|(?:its\s+)?resolutions?\s+\d"
    r"|this\s+resolution|the\s+present\s+resolution)",
    re.IGNORECASE,
)


class AnalysisMemo:
    """What the analysis of one text found, kept for the other texts of one comparison:
    two drafts share most of their paragraphs, and a paragraph kept word for word needs
    reading once. Keyed by the paragraph's words, its kind (recital or not), the lead-in
    it stands under and that lead-in's life-cycle words (none where it is a recital), and
    whether it is an item under a lead-in of the operative part; used within one
    :func:`resdiff.compare` or :func:`resdiff.analyze` and then dropped."""

    def __init__(self) -> None:
        self.found: dict[
            tuple[str, bool, str | None, int, tuple[LifecycleMatch, ...] | None, bool],
            tuple[tuple[Phrase, ...], tuple[Measure, ...], list[LifecycleMatch]],
        ] = {}
        # Whether a paragraph kept word for word may hold a measure (analyze_pair), by
        # its full text: asked of both its copies.
        self.may_hold_measure: dict[str, bool] = {}


def analyze_clause(
    clause: Clause,
    lexicon: Lexicon,
    *,
    governing: str | None = None,
    outer_cycle: list[LifecycleMatch] | None = None,
    outer_verbs: list[VerbMatch] | None = None,
    memo: AnalysisMemo | None = None,
    statement: bool = False,
    item: bool = False,
) -> Clause:
    """A copy of ``clause`` (and its sub-paragraphs) with phrases and measures filled in.

    ``governing`` is the lead-in of the paragraph a sub-paragraph belongs to: its verb
    decides the mode of a measure listed in the sub-paragraph ("Decides that all States
    shall prevent: (a) the supply of arms"). ``item``: ``clause`` is an item under a
    lead-in of the operative part (:attr:`~resdiff.model.Heading.lead_in`), whose own verb
    in the infinitive leads it ("To request …") whatever the lead-in's verb (a what-if's
    "Recommends:" too, which is not of the decision tier). ``memo`` shares what was read with the
    other draft of a comparison. In a presidential statement (``statement``) a paragraph
    speaks as "The Security Council expresses ...": the verb after the Council leads it.

    The text is read with its typography folded (:func:`lexicon_view`) and its
    negotiation brackets read as agreed text, alternatives as the first
    (:func:`resdiff.brackets.fold_brackets`); the clause's own text is left as printed.
    """
    text = fold_brackets(lexicon_view(clause.text))
    recital = clause.section == "preamble" and clause.label is None
    subject = _COUNCIL_SUBJECT.match(text) if statement and not recital else None
    if subject is None and text[:1] in _QUOTES:
        # A paragraph of a text quoted in full ('"2. Calls upon all States ...' in "the
        # adoption of the following draft resolution:"): its verb after the quotation
        # mark and the quoted text's own number.
        subject = _QUOTED_OPENING.match(text)
    skip = subject.end() if subject is not None else 0
    # The lead-in's life-cycle words are in the key beside the lead-in: a recital's reads
    # none, so one lead-in's item under a recital and under a decision reads apart.
    key = (
        text,
        recital,
        governing,
        skip,
        None if outer_cycle is None else tuple(outer_cycle),
        item,
    )
    known = memo.found.get(key) if memo is not None else None
    if known is None:
        known = _read_own(
            text[skip:], recital, lexicon, governing, outer_cycle, outer_verbs, item=item
        )
        if skip:
            known = (_shifted(known[0], skip), known[1], known[2])
        elif (
            (clause.text[:1] in ("[", "~") or alternative_label(clause.text) is not None)
            and known[0]
            and known[0][0].start > 0
            and not text[: known[0][0].start].strip()
        ):
            # An opening bracket read as a space ("[Demands][Calls upon] the parties"),
            # struck words ("~~Decides that~~ Calls upon") or the label of a first
            # alternative ("Alt 1: Decides ..."): the first clause still opens the
            # paragraph.
            first = known[0][0].model_copy(update={"start": 0})
            known = ((first, *known[0][1:]), known[1], known[2])
        if "[" in clause.text or "~~" in clause.text:
            # A lead read across an alternative blanked out ("Strongly [condemns][deplores]")
            # is named with single spaces.
            known = (
                tuple(
                    p.model_copy(update={"text": " ".join(p.text.split())}) if "  " in p.text else p
                    for p in known[0]
                ),
                known[1],
                known[2],
            )
        if memo is not None:
            memo.found[key] = known
    phrases, measures, cycle = known
    led = any(p.led for p in phrases)
    child_governing = text if led else (governing or text)
    child_cycle = child_verbs = None
    if clause.children:
        # Read the lead-in once for all its items (the memo key holds the lead-in, from
        # which these follow).
        child_cycle = cycle if child_governing == text else lexicon.lifecycle_in(child_governing)
        child_verbs = lexicon.find_verbs(child_governing)
    children = tuple(
        analyze_clause(
            child,
            lexicon,
            governing=child_governing,
            outer_cycle=child_cycle,
            outer_verbs=child_verbs,
            memo=memo,
        )
        for child in clause.children
    )
    return clause.model_copy(
        update={"phrases": phrases, "measures": measures, "children": children}
    )


def _shifted(phrases: tuple[Phrase, ...], skip: int) -> tuple[Phrase, ...]:
    """Phrases read after the first ``skip`` characters, placed in the whole text, after
    an unled clause for the words skipped (the Council as subject of a statement)."""
    moved = tuple(
        p.model_copy(
            update={"start": p.start + skip, "end": p.end + skip if p.end is not None else None}
        )
        for p in phrases
    )
    if moved and not moved[0].led and moved[0].start == skip:
        # No verb right after the subject: one unled clause, from the start.
        return (moved[0].model_copy(update={"start": 0}), *moved[1:])
    return (Phrase(text="", lemma="", start=0, end=skip), *moved)


#: A measure said not (or no longer) to apply: "Decides that the arms embargo ... shall
#: not apply to ...", "the notification requirements ... shall no longer apply to ...
#: shipments of arms" (S/RES/2641 (2022)). Before the measure's words, or as the
#: clause's "shall not apply to" exemption wherever it stands, it carves them out.
_NOT_APPLY = compile_cached(r"\b(?:not|no\s+longer)\s+apply\b", re.IGNORECASE)
#: A measure named inside a saving phrase, up to the measure with no break between:
#: "without prejudice to the obligations imposed on Member States to freeze the funds
#: ..." (S/RES/2664 (2022) OP1, which carves humanitarian assistance out of every asset
#: freeze) keeps the obligation, it does not impose it. Not "Decides, without prejudice
#: to the Committee's mandate, that all States shall freeze ...".
_SAVED = compile_cached(
    r"\bwithout\s+prejudice\s+to\b(?=[^;:]{0,80}?\b(?:obligations?|measures?|imposed)\b)"
    r"(?:[^,;:]|,\s*(?=\d)|,\s*and\s+(?=\d)){0,200}\Z",
    re.IGNORECASE,
)
#: How far before a measure a saving phrase is looked for.
_SAVED_REACH = 240


#: A quotation a clause recalls, not decides: the clause's words before the quotation
#: mark hold no "decides" ('Recalls paragraph 3 of resolution 100 (2020), which reads:
#: "Decides that the arms embargo shall expire on 1 June 2021"' tells of a sunset set
#: before; 'Decides that paragraph 3 shall read: "..."' decides the words it quotes).
_DECISION_WORD = compile_cached(r"\bdecides?\b", re.IGNORECASE)
#: The quotation marks a recalled quotation opens and closes with (read folded: plain).
_QUOTE_MARKS = '"'
#: The last words before a recalled quotation: "which reads", "stating" (or a colon).
_OPENS_QUOTE = frozenset({"read", "reads", "stating"})


def _recalled_quote(text: str, start: int) -> bool:
    """Whether ``start`` stands inside a quotation that ``text`` recalls without deciding
    it (an odd number of quotation marks before it, no "decides" before the first)."""
    before = text[:start]
    if before.count(_QUOTE_MARKS) % 2 == 0:
        return False
    opening = before.find(_QUOTE_MARKS)
    # A quotation opens after a colon or "reads"; a stray mark a scan made of a footnote
    # call ('... review team of 7 December 1990" and the report', S/RES/698 (1991)) opens
    # none.
    head = text[:opening].rstrip()
    words = head.rsplit(None, 1)
    if not head.endswith(":") and (not words or words[-1].lower() not in _OPENS_QUOTE):
        return False
    return _DECISION_WORD.search(text, 0, opening) is None


#: The exemptions that carve out of a measure everything their clause goes on to say.
_LETTING_THROUGH = frozenset({"notwithstanding the provisions of", "shall not apply to"})


def _lets_through(governing: str, lexicon: Lexicon) -> bool:
    """Whether the lead-in ``governing`` lets through what a measure forbids, so that its
    items are the exception's terms ("notwithstanding the provisions of paragraph 3 of
    resolution 661 (1990)", "The measures ... shall not apply to:")."""
    return any(m.phrase in _LETTING_THROUGH for m in lexicon.exemptions_in(governing))


def _carved_out(own: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the measure named at ``at`` in a clause's words ``own`` is what an
    exemption carves out: an exemption comes first ("The measures ... shall not apply to
    supplies of arms ..."), or the clause says the measure shall not apply. An exception
    after the measure ("... prevent all deliveries of weapons ..., except where the
    beneficiary is ..., who are exempt", S/RES/2662 (2022); "..., except for supplies
    intended solely for the mission") leaves it imposed, with an exemption. A measure
    named in a saving phrase ("without prejudice to the obligations ... to freeze") is
    kept, not imposed, by the clause that carves out of it."""
    if _NOT_APPLY.search(own, 0, at) or _SAVED.search(own, max(0, at - _SAVED_REACH), at):
        return True
    return any(
        m.start <= at or m.phrase == "shall not apply to" for m in lexicon.exemptions_in(own)
    )


def _read_own(
    text: str,
    recital: bool,
    lexicon: Lexicon,
    governing: str | None,
    outer_cycle: list[LifecycleMatch] | None,
    outer_verbs: list[VerbMatch] | None,
    *,
    item: bool = False,
) -> tuple[tuple[Phrase, ...], tuple[Measure, ...], list[LifecycleMatch]]:
    """A clause's own text read: its clauses, its measures, its life-cycle words."""
    # A life-cycle word inside a saving phrase names the measure kept, not an act on it:
    # "Decides that without prejudice to the obligations imposed on Member States to
    # freeze the funds ..., the provision ... of funds ... are permitted" (S/RES/2664
    # (2022) OP1) carves out of the asset freezes and imposes none.
    cycle = (
        []
        if recital
        else [
            m
            for m in lexicon.lifecycle_in(text)
            if not _SAVED.search(text, max(0, m.start - _SAVED_REACH), m.start)
            and not _recalled_quote(text, m.start)
        ]
    )
    decisions = (
        governing is not None and not recital and (item or opens_decision_list(governing, lexicon))
    )
    phrases = _clauses(text, recital, lexicon, cycle, decisions=decisions)
    measures: list[Measure] = []
    if governing is not None and text != governing and _lets_through(governing, lexicon):
        # The items of a lead-in that lets through what a measure forbids ("Authorizes all
        # States, notwithstanding ... resolution 661 (1990), to permit ... the import of
        # petroleum ..., subject to the following conditions: (a) Approval of each
        # purchase of Iraqi petroleum ...") set the terms of the exception, not a measure.
        return phrases, (), cycle
    for hit in lexicon.measures_in(text, governing=governing, governing_verbs=outer_verbs):
        measure = hit.to_measure()
        if measure is None:
            continue
        unit = _unit_at(phrases, hit.start)
        own = text[unit.start if unit else 0 : unit.end if unit and unit.end else len(text)]
        if (
            unit is not None
            and unit.exemptions
            and _carved_out(own, hit.start - unit.start, lexicon)
        ):
            # "The measures shall not apply to ...": the measure is carved out of, not
            # imposed.
            continue
        if measure.kind == "institutions" and _SECRETARY_GENERAL_SETS_UP.search(own):
            # "Requests the Secretary-General to create ... a group of 4 experts ("Panel of
            # Experts")" (S/RES/2653 (2022)) is how the Council sets up a panel: decided.
            measure = measure.model_copy(update={"mode": "mandatory"})
        if measure.mode != "mandatory" and not (
            _ADDRESSES_STATES.search(own) or (governing and _ADDRESSES_STATES.search(governing))
        ):
            # A call or an encouragement imposes a measure only on States; a request to
            # the Secretary-General about the embargo mentions it.
            continue
        action, on_body = _action(
            text, hit.start, hit.start + len(hit.evidence), phrases, cycle, lexicon
        )
        if on_body and measure.kind != "institutions":
            # "Decides to terminate the Committee established to monitor the arms
            # embargo": the embargo is only named in the Committee's words, neither
            # imposed nor ended here (a "stays" line passed on it, compare read it
            # added; review of fix15). A sanctions body is the body itself.
            continue
        if action is None and governing:
            # A listed measure ("(a) arms and related materiel") takes the life-cycle
            # word of its lead-in ("Decides to renew the measures: ...").
            outer = outer_cycle if outer_cycle is not None else lexicon.lifecycle_in(governing)
            action = outer[-1] if outer else None
        if action is not None:
            measure = measure.model_copy(
                update={
                    "action": action.id,
                    "ends": action.stage in ("end", "suspend"),
                    "sunset_only": _sunset_only(measure, action, unit, cycle, lexicon),
                }
            )
        measures.append(measure)
    return phrases, tuple(measures), cycle


#: Most words of a lead that opens a list of decisions and says nothing else ("Decides:",
#: "Further decides:", "Decides, therefore:").
_DECISION_LIST_WORDS = 4


def opens_decision_list(governing: str, lexicon: Lexicon) -> bool:
    """Whether ``governing`` only opens a list of decisions ("Decides:", "Further
    decides:"), so that each item is a decision of its own ("(b) To renew the mandate
    ..."), not a detail of what the lead-in asks ("Requests the Secretary-General to
    report, including: (a) ...", "Calls upon Portugal: (a) ...")."""
    head = governing.strip()
    if not head.endswith(":") or len(head.split()) > _DECISION_LIST_WORDS:
        return False
    verb = lexicon.match_operative(head)
    return verb is not None and (verb.axis_a or 0) >= DECISION_TIER


#: The life-cycle stages that, before a sunset, leave a measure cited by reference only
#: given an end: an end now or on a date, and a renewal the sunset makes the last ("to
#: renew for a final period until ... the measures imposed by ...": issue 9 §4,
#: twenty-eighth session). A measure imposed ("start") or widened is imposed there.
_ENDS_ONLY = frozenset({"sunset", "end", "continue"})


def _sunset_only(
    measure: Measure,
    action: LifecycleMatch,
    unit: Phrase | None,
    cycle: list[LifecycleMatch],
    lexicon: Lexicon,
) -> bool:
    """Whether ``measure``, applied by reference, is only given an end on a date: its
    life-cycle word a sunset and every such word of its phrase up to that one a sunset, an
    end or a renewal (a word after it acts on another subject: "... shall expire on 1 March
    2033 and that the exemptions set out in paragraph 9 shall remain in force until
    then"). "Decides that the measures imposed by paragraph 1 of resolution 2588 (2021)
    shall expire on 31 July 2023" keeps the measures until then and imposes none, in a
    paragraph added too (the review of life17 read "... shall terminate on 31 January
    2023" added as the embargo added; issue 9 §4, twenty-seventh session). So does
    "Decides to renew for a final period until ... the measures imposed by ...": the
    measures in force carried on to their end, which a paired paragraph read already
    (classify/measures.py) and a paragraph added read as "the measures cited" added,
    stronger (twenty-eighth session)."""
    if action.stage != "sunset" or measure.kind not in lexicon.stand_in_measures():
        return False
    start = unit.start if unit is not None else 0
    return all(c.stage in _ENDS_ONLY for c in cycle if start <= c.start <= action.start)


def _unit_at(phrases: tuple[Phrase, ...], offset: int) -> Phrase | None:
    """The clause of a paragraph that holds ``offset``."""
    found = None
    for phrase in phrases:
        if phrase.start <= offset:
            found = phrase
    return found


_ADDRESSES_STATES = compile_cached(r"\bStates\b")
#: A request to the Secretary-General to set up (or set up again) a body: the words before
#: a panel or group of experts that make it the Council's own.
_SECRETARY_GENERAL_SETS_UP = compile_cached(
    r"\brequests?\s+the\s+Secretary-General\s+to\s+(?:[a-z]+\s+){0,8}?"
    r"(?:establish|re-establish|create|set\s+up)\b",
    re.IGNORECASE,
)


#: A new subject coordinated after a measure, whose own winding-down word is not the
#: measure's: "the arms embargo shall remain in force, and that the mandate of the Panel
#: shall expire on 1 June 2030" (not "the arms embargo and the travel ban shall cease").
_NEXT_SUBJECT = compile_cached(r";|,\s*and\b|\band\s+that\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


#: Where the subject of a clause's own verb begins: after "that" ("Decides that the
#: Committee ... shall terminate").
_SUBJECT_OPENS = compile_cached(r"\bthat\b", re.IGNORECASE)


def _action(
    text: str,
    start: int,
    end: int,
    phrases: tuple[Phrase, ...],
    cycle: list[LifecycleMatch],
    lexicon: Lexicon,
) -> tuple[LifecycleMatch | None, bool]:
    """The life-cycle word that governs a measure found at ``start:end``: the last one
    before it (or around it) in the same clause; failing that, the first winding-down
    word after it in the same clause, whose subject the measure is ("Decides that the
    arms embargo imposed by paragraph 1 ... shall cease to have effect", "... shall expire
    on 1 June 2033", "... shall no longer apply"). Second, whether that word acts on a
    body the measure is only named in (then no word governs the measure)."""
    unit_start = 0
    unit_end: int | None = None
    for phrase in phrases:
        if phrase.start <= start:
            unit_start = phrase.start
            unit_end = phrase.end
    # The word's subject or object is a body the measure only names ("terminate the
    # Committee established to monitor the arms embargo", "the mandate of the Panel of
    # Experts on the sanctions ... shall expire"): the word acts on the body (issue 9 §4).
    opens = unit_start
    for subject in _SUBJECT_OPENS.finditer(text, unit_start, start):
        opens = subject.end()
    found = [c for c in cycle if unit_start <= c.start <= end]
    if found:
        word = found[-1]
        begins = word.start if word.start < start else opens
        if lexicon.body_governs(text[begins:start]):
            return None, True
        return word, False
    after = [
        c
        for c in cycle
        if c.start > end
        and not c.growing
        and (unit_end is None or c.start < unit_end)
        and _NEXT_SUBJECT.search(text, end, c.start) is None
    ]
    if not after:
        # No word acts on the measure, and it stands in a body's name ("the Panel of
        # Experts on the arms embargo shall continue to assist the Committee"): the body's
        # business, no measure the clause imposes (issue 9 §4, twenty-sixth session).
        return None, lexicon.body_names(text[opens:start])
    if lexicon.body_governs(text[opens:start]):
        return None, True
    return after[0], False


def _first(
    clauses: Iterable[Clause],
    find: Callable[[str], FlagMatch | None],
    across: frozenset[int] = frozenset(),
) -> tuple[Clause, str, bool] | None:
    """The first clause that holds what ``find`` looks for, the words as printed, and
    whether they stand in a place of dispute (:func:`resdiff.brackets.in_dispute`, or a
    part whose ``id`` is in ``across``: inside brackets that span paragraphs)."""
    # The texts found to hold none, each looked at once (a hostile text repeats one
    # paragraph a thousand times, each folded and searched three times over).
    missed: set[str] = set()
    for clause in clauses:
        for part in clause.walk():
            if part.text in missed:
                continue
            hit = find(fold_brackets(lexicon_view(part.text)))
            if hit is None:
                missed.add(part.text)
            else:
                # The formula as printed (the match was made in the folded text).
                disputed = id(part) in across or (
                    ("[" in part.text or alternative_label(part.text) is not None)
                    and in_dispute(part.text, hit.start, hit.end)
                )
                return clause, part.text[hit.start : hit.end], disputed
    return None
