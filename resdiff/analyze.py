"""Analysis: what each clause says and how strongly, read with the lexicon.

For every clause: its phrases (a paragraph may carry several: "Commends ... and requests
..."), each with modifier, lemma, tiers on both axes, hedges, modal and addressee; and the
sanctions measures it imposes, with their mode. For the draft: the Chapter VII
invocation, the Article 39 determination and any authorization of force.

Analysis needs only the draft and the lexicon; it knows nothing of comparison.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .lexicon import FlagMatch, Lexicon, VerbMatch
from .model import ChapterVII, Clause, Draft, Measure, ParseWarning, Phrase

#: The value of ``Draft.lexicon`` for drafts analysed with the shipped lexicon.
DEFAULT_LEXICON = "default"

# Who a phrase is addressed to: an optional determiner, then a run of capitalised words
# (with the small words that join them in names: "Government of National Unity"), or one
# of the common plural addressees that are written in lower case.
_ADDRESSEE = re.compile(
    r"\s*,?\s*(?:that\s+)?"
    r"(?P<who>(?:(?:all|the|each|both|those|other|relevant|concerned|its)\s+)*"
    r"(?:(?:[A-Z][\w'’.-]*)(?:\s+(?:of|and|for|the|on|in|[A-Z][\w'’.-]*))*(?<!\bof)(?<!\band)"
    r"(?<!\bthe)(?<!\bfor)(?<!\bon)(?<!\bin)"
    r"|parties(?:\s+to\s+the\s+conflict)?|sides|States|actors|stakeholders|donors"
    r"|countries|organizations|armed\s+groups))"
)


# Where a second recital can start inside a preambular paragraph: after ", and" or
# "; and" (or a semicolon), before a lower-case participle or adjective.
_RECITAL_JOIN = re.compile(r"(?:,\s+and|;\s+and|;)\s+(?=[a-z])")


def _addressee(text: str) -> str | None:
    m = _ADDRESSEE.match(text)
    if m is None:
        return None
    who = m.group("who").strip()
    # "the launches" or "its resolution" are objects, not addressees: an addressee has a
    # capital letter or is one of the plural nouns above.
    if who == who.lower() and not re.search(
        r"\b(?:parties|sides|States|actors|stakeholders|donors|countries|organizations|groups)\b",
        who,
    ):
        return None
    return who


def _phrases(text: str, verbs: list[VerbMatch], lexicon: Lexicon) -> tuple[Phrase, ...]:
    phrases = []
    for k, verb in enumerate(verbs):
        end = verbs[k + 1].start if k + 1 < len(verbs) else len(text)
        segment = text[verb.end : end]
        modal = lexicon.modal_in(segment)
        phrases.append(
            verb.to_phrase(
                hedges=dict.fromkeys(h.hedge for h in lexicon.hedges_in(segment)),
                modal=modal.word if modal else None,
                addressee=_addressee(segment),
            )
        )
    return tuple(phrases)


def _preamble_phrases(text: str, lexicon: Lexicon) -> tuple[Phrase, ...]:
    match = lexicon.match_preamble(text)
    hedges = tuple(dict.fromkeys(h.hedge for h in lexicon.hedges_in(text)))
    modal = lexicon.modal_in(text)
    if match is None:
        # A recital with an operative verb ("Demanding" is a phrase; but a demand moved
        # into the preamble verbatim keeps "Demands"): rank it like the verb.
        verb = lexicon.match_operative(text)
        if verb is None:
            return ()
        return (verb.to_phrase(hedges=hedges, modal=modal.word if modal else None),)
    found = [match]
    # A recital may join a second one: "Mindful of ..., and expressing grave concern at
    # ...". Its participle counts like the lead (merged recitals keep their censure).
    for boundary in _RECITAL_JOIN.finditer(text, match.end):
        more = lexicon.match_preamble(text[boundary.end() :])
        if more is not None and more.start == 0:
            found.append(
                more.model_copy(update={"start": boundary.end(), "end": boundary.end() + more.end})
            )
    return tuple(
        Phrase(
            text=m.text.strip(),
            lemma=m.phrase,
            modifier=m.modifier,
            axis_a=None,
            axis_b=m.axis_b,
            hedges=hedges,
            modal=modal.word if modal else None,
            start=m.start,
        )
        for m in found
    )


def analyze_clause(clause: Clause, lexicon: Lexicon, *, governing: str | None = None) -> Clause:
    """A copy of ``clause`` (and its sub-paragraphs) with phrases and measures filled in.

    ``governing`` is the lead-in of the paragraph a sub-paragraph belongs to: its verb
    decides the mode of a measure listed in the sub-paragraph ("Decides that all States
    shall prevent: (a) the supply of arms").
    """
    text = clause.text
    if clause.section == "preamble" and clause.label is None:
        phrases = _preamble_phrases(text, lexicon)
    else:
        phrases = _phrases(text, lexicon.find_verbs(text), lexicon)
    measures: list[Measure] = []
    for hit in lexicon.measures_in(text, governing=governing):
        measure = hit.to_measure()
        if measure is not None:
            measures.append(measure)
    child_governing = text if phrases else (governing or text)
    children = tuple(
        analyze_clause(child, lexicon, governing=child_governing) for child in clause.children
    )
    return clause.model_copy(
        update={"phrases": phrases, "measures": tuple(measures), "children": children}
    )


def _first(
    clauses: Iterable[Clause], find: Callable[[str], FlagMatch | None]
) -> tuple[Clause, str] | None:
    for clause in clauses:
        for part in clause.walk():
            hit = find(part.text)
            if hit is not None:
                return clause, hit.text
    return None


def analyze(draft: Draft, lexicon: Lexicon | None = None) -> Draft:
    """A copy of ``draft`` with every clause analysed and the draft-level flags set:
    ``chapter_vii`` (and the formula used), ``art39``, ``use_of_force``.

    Operative paragraphs that open with no verb the lexicon knows get a warning
    (``operative-unknown-verb``), so a missing lexicon entry is visible, not silent.
    """
    lex = lexicon or Lexicon.default()
    preamble = tuple(analyze_clause(c, lex) for c in draft.preamble)
    operative = tuple(analyze_clause(c, lex) for c in draft.operative)
    everything = preamble + operative

    chapter = _first(everything, lex.chapter_vii_in)
    art39 = _first(everything, lex.art39_in)
    force = _first(operative, lex.use_of_force_in)

    warnings = list(draft.warnings)
    flagged = {(w.line, w.code) for w in warnings}
    for clause in operative:
        if clause.phrases and clause.phrases[0].start == 0:
            continue
        line = clause.span.first_line if clause.span else None
        if (line, "operative-no-verb") in flagged:
            continue
        first_word = clause.text.split(" ", 1)[0] if clause.text else ""
        warnings.append(
            ParseWarning(
                code="operative-unknown-verb",
                message=f"{clause.ref} opens with {first_word!r}, which is not an operative "
                "verb of the lexicon",
                line=line,
            )
        )
    return draft.model_copy(
        update={
            "preamble": preamble,
            "operative": operative,
            "chapter_vii": chapter is not None,
            "chapter_vii_formula": (
                ChapterVII(formula=chapter[1], ref=chapter[0].ref) if chapter else None
            ),
            "art39": art39 is not None,
            "art39_ref": art39[0].ref if art39 else None,
            "use_of_force": force is not None,
            "warnings": tuple(warnings),
            "lexicon": DEFAULT_LEXICON if lex is Lexicon.default() else "custom",
        }
    )
