"""Texts that carry another resolution by reference, and the flags that go with it.

A rollover extends a mission's mandate "as set out in resolution 2575 (2021)", or extends
a whole resolution by its number ("Decides to extend resolution 2607 (2021) until 17
November 2022"). What it does not restate stands in the resolution it cites: the Chapter
VII basis of the mandate, its authority to use force, and (for a whole resolution) the
Article 39 determination. Left out of a rollover (:func:`flags_by_reference`) or stated
again in the full text after one (:func:`flags_restated`), these flags are named, not
weighed. A paragraph whose listed items now stand in the resolution it cites carries them
there (:func:`cited_contents`); a further provision joined to that reference adds to them
(:func:`cited_besides`)."""

from __future__ import annotations

import re

from ..compiled import compile_cached
from ..memo import remembered
from ..model import DOCUMENT_FLAGS, RESTATED_FLAG_NOTE, Change, Clause, Draft, Shift
from .kinds import named_not_weighed

#: Paragraph texts whose mandate references are remembered: the operative paragraphs of
#: both drafts of a 5,000-paragraph comparison.
_REMEMBERED_TEXTS = 8192

#: The old resolution continued as a whole, not only its mandate: "Decides to extend
#: resolution 2607 (2021) until 17 November 2022", "Reaffirms its decisions in resolution
#: 2628 (2022) except as follows". ("... continue to implement that mandate in accordance
#: with resolution 2592 (2021)" continues the mandate only.)
WHOLE = (
    r"\b(?:extends?|renews?|reaffirms\s+its\s+decisions\s+in)\s+(?:its\s+)?resolution\s+"
    r"{number}\s*\({year}\)"
)


#: Between a phrase that cites a resolution and its number: the paragraphs cited, if any
#: ("paragraph 2 of", "paragraphs 12 and 13 of its"), bounded.
PARAGRAPHS_OF = r"\s+(?:paragraphs?\s+[\w\s,()-]{1,40}?\s+of\s+)?(?:its\s+)?"
#: A mandate continued by reference to the resolution that sets it out: "to carry out its
#: mandate as set out in paragraphs 12 and 13 of resolution 2568 (2021)" (AMISOM, 2021),
#: "Decides to extend the mandate of UNITAMS until 3 June 2023 as contained in paragraph 3
#: of resolution 2579 (2021)" (2022), "... continue to implement its mandate in accordance
#: with resolution 2592 (2021)". Found in two steps, each bounded: the reference, then the
#: mandate and the verb that continues it in the words just before it.
MANDATE_REFERENCE = compile_cached(
    r"\b(?:as\s+(?:set\s+out|contained|defined|outlined|described)\s+in|in\s+accordance\s+with)"
    + PARAGRAPHS_OF
    + r"resolutions?\s+(\d{3,5}\s*\(\d{4}\))",
    re.IGNORECASE,
)
#: The citation that ends a reference (the same words, under the same flags, as the end
#: of :data:`MANDATE_REFERENCE`): a text without one holds no reference.
_CITED = compile_cached(r"resolutions?\s+\d{3,5}\s*\(\d{4}\)", re.IGNORECASE)
_CONTINUING_VERB = compile_cached(
    r"\b(?:extend|renew|authori[sz]|continue\s+to\s+implement|carry\s+out)", re.IGNORECASE
)
_MANDATE = compile_cached(r"\bmandate\b", re.IGNORECASE)


#: A resolution cited, or paragraphs of it: "paragraph 16 of resolution 2570 (2021)".
_CITATION = r"(?:paragraphs?\s+\d[^;.]{0,40}?\bof\s+)?(?:its\s+)?resolution\s+\d{3,4}\s+\(\d{4}\)"
#: Contents set by reference to an earlier resolution ("to inform the Council ... as set
#: out in paragraph 34 of resolution 2609 (2021)"): the items listed there still apply.
_BY_REFERENCE = compile_cached(
    r"\bas\s+(?:set\s+out|described|outlined|specified|requested|referred\s+to)\s+in\s+"
    rf"(?P<cited>{_CITATION})",
    re.IGNORECASE,
)


def cited_contents(old: Clause, new: Clause) -> str | None:
    """The earlier paragraph a provision now sets its contents by, when the old
    version did not cite it: the items it listed are carried by that reference."""
    found = _BY_REFERENCE.search(new.text)
    if found is None:
        return None
    cited = " ".join(found.group("cited").split())
    return None if cited.lower() in " ".join(old.text.split()).lower() else cited


#: A further provision joined to the reference that sets a paragraph's contents: "as set
#: out in resolution 2542 (2020) and paragraph 16 of resolution 2570 (2021)". Opened only
#: where no space or comma stands before, so a search over a run of spaces stays linear.
_JOINED_CITATION = compile_cached(
    rf"(?<![\s,]),?\s+and\s+(?:in\s+)?(?P<more>{_CITATION})",
    re.IGNORECASE,
)


def cited_besides(old: Clause, new: Clause) -> str | None:
    """A provision the new reference joins to the one that now carries the old items, and
    that the old version did not cite: "the mandate ... as set out in resolution 2542
    (2020) and paragraph 16 of resolution 2570 (2021)" carries the old list of tasks and
    adds the task set out in 2570 (UNSMIL 2020 -> 2022, judged a mandate widened by four
    judges). The sum of two mandates is more than the first, whatever the citations."""
    found = _BY_REFERENCE.search(new.text)
    if found is None:
        return None
    joined = _JOINED_CITATION.match(new.text, found.end())
    if joined is None:
        return None
    more = " ".join(joined.group("more").split())
    # The old paragraph's items count: a task listed there "as decided in paragraph 9 of
    # resolution 1140" was already in the mandate (stranger's review).
    return None if more.lower() in " ".join(old.full_text().split()).lower() else more


def mandate_by_reference(draft: Draft) -> str | None:
    """The resolutions a short or full text continues a mission's mandate by reference
    to ("as set out in paragraphs 12 and 13 of resolution 2568 (2021)"; "… as set out in
    paragraph 1 of resolution 2158 (2014), and further decides that UNSOM should continue
    to implement that mandate in accordance with resolution 2592 (2021)" gives both), or
    ``None``. Not a reference that belongs to something else: the mandate of a Panel,
    Group of Experts, Committee or Monitoring Team, a report asked for between the
    mandate and the reference, or tasks excepted ("except the tasks as set out in …")."""
    found_in: list[str] = []
    for clause in draft.operative:
        for source in _mandate_sources(clause.full_text()):
            if source not in found_in:
                found_in.append(source)
    return " and ".join(found_in) if found_in else None


@remembered(_REMEMBERED_TEXTS)
def _mandate_sources(text: str) -> tuple[str, ...]:
    """The resolutions ``text`` continues a mission's mandate by reference to, in order
    (see :func:`mandate_by_reference`). Remembered: a comparison looks in both drafts'
    paragraphs, most of which the two share."""
    if _CITED.search(text) is None:
        # Every reference ends in a citation: most paragraphs cite none, and looking for
        # one costs a fifth of looking for the reference's opening words at every word.
        return ()
    return tuple(
        " ".join(found.group(1).split())
        for found in MANDATE_REFERENCE.finditer(text)
        if continued_before(text, found) is not None
    )


def continued_before(text: str, found: re.Match[str]) -> str | None:
    """The words before the reference ``found`` that continue a mission's mandate by it
    (a verb that continues, then the mandate, within the clause), or ``None``: the
    reference cites something else. A linear scan of a short window."""
    before = text[max(0, found.start() - 300) : found.start()].rsplit(";", 1)[-1]
    verb = _CONTINUING_VERB.search(before)
    if verb is None:
        return None
    mandate = _MANDATE.search(before, verb.end())
    if mandate is None or _OTHER_BODY.search(before, verb.end()) is not None:
        return None
    if _NOT_THE_MANDATE.search(before, mandate.end()) is not None:
        return None
    return before


#: The flags a mission's mandate carries with it: the Chapter VII basis of its tasks and
#: its authority to use force.
MANDATE_FLAGS = frozenset({"chapter-vii", "use-of-force"})
#: A paragraph that restates an authority rather than confers it: "Underscores that
#: UNISFA's protection of civilians mandate as set out in paragraph 3 of resolution 1990
#: (2011) includes ... peacekeepers are authorized to use all necessary means".
_RESTATES_MANDATE = compile_cached(
    r"\bmandates?\b[^;]{0,40}?\b(?:as\s+(?:set\s+out|contained|defined|outlined|described)"
    r"\s+in|in\s+accordance\s+with)" + PARAGRAPHS_OF + r"resolutions?\s+\d{3,5}\s*\(\d{4}\)",
    re.IGNORECASE,
)


#: A paragraph that confers force in its own words, whatever mandate it cites: "authorises
#: AMISOM to take all necessary measures ... to carry out its mandate, as set out in
#: paragraphs 12 and 13 of its resolution 2568 (2021)" (S/RES/2614 (2021)).
_CONFERS_FORCE = compile_cached(r"\bauthori[sz](?:es|e)\b", re.IGNORECASE)


def restates_force(text: str) -> bool:
    """``text`` restates an authority by reference to the mandate that holds it
    (:data:`_RESTATES_MANDATE`) and confers none in its own words (:data:`_CONFERS_FORCE`)."""
    return bool(_RESTATES_MANDATE.search(text)) and not _CONFERS_FORCE.search(text)


def flags_by_reference(
    changes: tuple[Change, ...], source: str | None, old: Draft
) -> tuple[tuple[Change, ...], frozenset[str]]:
    """A text that continues a mission's mandate by reference to ``source`` (see
    :func:`mandate_by_reference`) keeps what the old text gave that mandate: the Chapter
    VII basis of a decision that itself extended the mandate by reference ("acting under
    Chapter VII ..., further decides to extend ... the tasks of UNISFA as set out in
    paragraph 3 of resolution 1990 (2011)") and an authority to use force the old text
    only restated ("Underscores that UNISFA's protection of civilians mandate as set out
    in paragraph 3 of resolution 1990 (2011) includes ... authorized to use all necessary
    means"). Left out of the new text, they stand in the resolutions it cites: named, not
    weighed (the one-month UNISFA rollover S/RES/2606 (2021), "extend ... the mandate of
    UNISFA as set out in paragraphs 1 and 2 of resolution 2575 (2021)", read as a
    dropped Chapter VII and a dropped authorization of force; the judges of UNISFA 2022
    read the restatement dropped from a full renewal as neutral). Returns the changes and
    the flags so carried, which the summary shows kept. An authority conferred in the old
    text's own words ("Authorizes UNISFA to use all necessary means") is not carried."""
    if source is None:
        return changes, frozenset()
    texts = {c.ref: c.full_text() for c in old.walk()}
    note = f"the mandate continues by reference to resolution {source}"
    carried: set[str] = set()

    def note_for(part: Change, shift: Shift) -> str | None:
        if shift.feature not in MANDATE_FLAGS or shift.direction != "softer" or shift.new:
            return None
        held = [texts[ref] for ref in part.old if ref in texts]
        if not held:
            return None
        if shift.feature == "chapter-vii":
            if not any(_mandate_sources(text) for text in held):
                return None
        elif not any(restates_force(text) for text in held):
            return None
        carried.add(shift.feature)
        return note

    out = tuple(named_not_weighed(c, note_for) for c in changes)
    return out, frozenset(carried)


#: The old text's decision to continue another resolution as a whole, as the paragraph's
#: own lead: "Decides to extend resolution 2607 (2021) until 17 November 2022", "Reaffirms
#: its decisions in resolution 2628 (2022) except as follows". Not the words inside
#: another act ("... before the Council considers whether to extend resolution 2607
#: (2021)"), nor a refusal ("Decides not to renew resolution 2607 (2021)").
_CONTINUES_WHOLE = compile_cached(
    r"(?:(?:also|further)\s+)?(?:decides\s+to\s+(?:extend|renew)|reaffirms\s+its\s+decisions\s+in)"
    r"\s+(?:its\s+)?resolution\s+(\d{3,5})\s*\((\d{4})\)",
    re.IGNORECASE,
)


def continued_as_whole(draft: Draft) -> str | None:
    """The resolution ``draft``'s operative part continues as a whole, by a paragraph
    whose own lead decides it ("2607 (2021)" of "Decides to extend resolution 2607 (2021)
    until 17 November 2022"), or ``None``."""
    for clause in draft.operative:
        text = clause.text.lstrip()
        found = _CONTINUES_WHOLE.match(text)
        if found is not None and _PART_ONLY.match(text, found.end()) is None:
            return f"{found.group(1)} ({found.group(2)})"
    return None


#: Words after "Reaffirms its decisions in resolution 1373 (2001)" that reaffirm only
#: some of them ("... concerning the financing of terrorism", "... on the asset freeze",
#: "... that all States shall ..."): the resolution is not continued as a whole, and the
#: old text's provisions do not stand in it. "On the same terms" continues them all.
_PART_ONLY = compile_cached(
    r"\s*(?:,\s*)?(?:concerning|on(?!\s+the\s+same\s+terms\b)|regarding|relating|related|pertaining|that|as\s+regards"
    r"|with\s+(?:respect|regard)\s+to|in\s+respect\s+of|in\s+paragraphs?)\b",
    re.IGNORECASE,
)


#: What a resolution continued as a whole holds for the mission or regime it governs: its
#: Chapter VII basis, its Article 39 determination and its authority to use force.
WHOLE_FLAGS = frozenset({"chapter-vii", "art39", "use-of-force"})


def flags_by_whole(
    changes: tuple[Change, ...], whole: str | None, continuing: frozenset[str]
) -> tuple[tuple[Change, ...], frozenset[str]]:
    """A new text that continues resolution ``whole`` as a whole (see
    :func:`continued_as_whole`: "Reaffirms its decisions in resolution 2628 (2022) except
    as follows", "Decides to extend resolution 2607 (2021)") keeps what that resolution
    holds: the Chapter VII basis, the Article 39 determination and the authority to use
    force the old text stated, and a mandate or measure the old text kept going
    (``continuing``: the labels of the life-cycle stages that renew, extend or maintain),
    stand there when the new text does not repeat them. Named, not weighed: ATMIS's
    six-month extension S/RES/2670 (2022) against AMISOM's three-month one of 2021 read
    as a dropped threat determination, a dropped authorization of force and a deployment
    no longer maintained (judged stronger: the authorizations run six months, not three).
    Returns the changes and the flags so carried, which the summary shows kept."""
    if whole is None:
        return changes, frozenset()
    note = f"it stands in resolution {whole}, which the new text continues as a whole"
    carried: set[str] = set()

    def note_for(_: Change, shift: Shift) -> str | None:
        if shift.direction != "softer" or shift.new is not None or not shift.old:
            return None
        if shift.feature in WHOLE_FLAGS:
            carried.add(shift.feature)
            return note
        if shift.feature == "lifecycle" and shift.old in continuing:
            return note
        return None

    out = tuple(named_not_weighed(c, note_for) for c in changes)
    return out, frozenset(carried)


def dropped_by_whole(changes: tuple[Change, ...], whole: str | None) -> tuple[Change, ...]:
    """A new text that continues resolution ``whole`` as a whole by a decision of its own
    (see :func:`continued_as_whole`) leaves the old text's provisions it does not restate
    in force through that resolution, not withdrawn: a provision dropped from the new text
    has its asks, censure and leads named, not weighed. The judges of AMISOM S/RES/2520
    (2020) against ATMIS's "Reaffirms its decisions in resolution 2628 (2022) except as
    follows" (S/RES/2670 (2022)) read its 49 requests, calls and urgings not restated as
    neutral ("2628, reaffirmed, carries their successors"), as did those of the two-day
    Somalia rollover "Decides to extend resolution 2607 (2021)". Only such an explicit
    decision carries them: a resolution the new text only recalls, or a mandate continued
    by reference (:func:`flags_by_reference`), does not. The flags that whole resolution
    holds are left to :func:`flags_by_whole`, which keeps them only for a text that
    itself acts under Chapter VII."""
    if whole is None:
        return changes
    note = f"it stands in resolution {whole}, which the new text continues as a whole"

    def note_for(change: Change, shift: Shift) -> str | None:
        if change.kind != "dropped" or shift.feature in WHOLE_FLAGS:
            return None
        return note

    return tuple(named_not_weighed(c, note_for) for c in changes)


def whole_restated(whole: str | None, old: Draft, new: Draft) -> str | None:
    """How a comparison was weighed when ``old`` kept resolution ``whole`` in force as a
    whole (see :func:`continued_as_whole`) and ``new`` is at least twice as long: the two
    days' rollover of the Somalia sanctions, "Decides to extend resolution 2607 (2021)
    until 17 November 2022", against the fifty operative paragraphs after it. resdiff
    weighs what the new text states against the old text's own words; much of it may only
    restate the resolution kept in force (its judge found 34 of the 64 added provisions
    did), which resdiff does not hold. Returns the note the summary gives its direction,
    or ``None``."""
    if whole is None or len(new.operative) < 2 * max(1, len(old.operative)):
        return None
    return (
        f"weighed against the old text's own words, though it kept resolution {whole} in "
        "force as a whole: much of what the new text states may only restate that "
        "resolution, so compare with it to see what is new"
    )


def flags_restated(
    changes: tuple[Change, ...], old: Draft, new: Draft, whole: str | None
) -> tuple[tuple[Change, ...], frozenset[str]]:
    """The mirror of :func:`flags_by_reference`: a flag the new text states where the old
    text carried it by reference is restated, not new, and is named, not weighed.

    - The old text continued a resolution as a whole by a decision of its own ("Decides
      to extend resolution 2607 (2021) until 17 November 2022", the two-day Somalia
      rollover S/RES/2661 (2022)): the Chapter VII basis and the Article 39
      determination the full text after it states were in force through that resolution.
    - The old text continued a mission's mandate by reference
      (:func:`mandate_by_reference`) and cites the resolution a new paragraph extends the
      mandate by: the Chapter VII basis of that paragraph ("Decides to extend ... the
      mandate of UNISFA as set out in paragraph 2 of resolution 1990 (2011) and acting
      under Chapter VII ...", after a rollover "as set out in paragraphs 1 and 2 of
      resolution 2575 (2021), which refer to relevant provisions in resolutions 1990
      (2011) ...").
    - Either way, an authority to use force that a new paragraph only restates, by a
      declaratory lead (tier 1 in the lexicon) and by reference to the mandate
      ("Underscores that UNISFA's protection of civilians mandate as set out in paragraph
      3 of resolution 1990 (2011) includes ... authorized to use all necessary means").

    The judges of UNISFA 2020, 2021 and 2022 and of the Somalia sanctions of November
    2022 read each such flag as neutral. A flag stated apart from what the old text
    continued ("Acting under Chapter VII" as a recital of its own after a rollover of a
    mandate), or an authority conferred in the text's own words ("Authorizes Member
    States to take all necessary measures"), still weighs. What resdiff cannot see is the
    cited resolution itself: a mission of Chapter VI put under Chapter VII in a paragraph
    that extends its mandate by the same reference would read as restated too (no such
    text in the corpus). Returns the changes and the flags so restated, which the summary
    shows kept; a flag also stated with weight elsewhere in the new text is not.
    ``whole`` is what :func:`continued_as_whole` finds in ``old``."""
    source = mandate_by_reference(old)
    if whole is None and source is None:
        return changes, frozenset()
    # The old operative text, spaced once: read only for a Chapter VII shift after a
    # rollover of a mandate (most comparisons never need it; a long draft's whole text).
    old_texts: list[str] = []

    def old_text() -> str:
        if not old_texts:
            old_texts.append(" ".join(" ".join(c.full_text() for c in old.operative).split()))
        return old_texts[0]

    if whole is not None:
        note = f"{RESTATED_FLAG_NOTE}kept resolution {whole} in force as a whole: read as restated"
    else:
        noun = "resolutions" if source is not None and " and " in source else "resolution"
        note = f"{RESTATED_FLAG_NOTE}continued the mandate by reference to {noun} {source}"
    # Paragraphs that open with a declaratory phrase ("Underscores", "Further reaffirms"):
    # they restate, and confer nothing of their own.
    declaratory = {
        c.ref for c in new.walk() if (lead := c.lead_phrase) is not None and lead.axis_a == 1
    }
    noted: set[str] = set()

    def note_for(part: Change, shift: Shift) -> str | None:
        if shift.feature not in DOCUMENT_FLAGS or shift.direction != "stronger" or shift.old:
            return None
        text = part.new_text
        if shift.feature == "use-of-force":
            if not (part.new and set(part.new) <= declaratory and restates_force(text)):
                return None
        elif whole is None and (
            shift.feature != "chapter-vii"
            or not any(cited in old_text() for cited in _mandate_sources(text))
        ):
            # After a rollover of a mandate, only the Chapter VII basis of a paragraph
            # that extends the mandate by a resolution the old text also cites.
            return None
        noted.add(shift.feature)
        return note

    out = tuple(named_not_weighed(c, note_for) for c in changes)
    # A flag also stated with weight elsewhere (a recital "Acting under Chapter VII" of
    # its own) is not kept: the summary and the key changes must agree.
    weighed = {
        s.feature
        for c in out
        for part in c.walk()
        for s in part.shifts
        if s.feature in noted and s.direction == "stronger" and not s.old
    }
    return out, frozenset(noted - weighed)


#: A mandate that is not a mission's: "the mandate of the Panel of Experts as set out in
#: paragraph 21 of resolution 2140 (2014)".
_OTHER_BODY = compile_cached(
    r"\b(?:panel|group)\s+of\s+experts\b|\bcommittee\b|\bmonitoring\s+team\b|"
    r"\bexecutive\s+directorate\b|\bombudsperson\b",
    re.IGNORECASE,
)
#: Between the mandate and the reference, words that make the reference another's: an
#: ask ("and requests the Secretary-General to report on its implementation as set out
#: in ..."), or tasks taken out ("except the tasks as set out in ...").
_NOT_THE_MANDATE = compile_cached(
    r"\b(?:requests?|report\w*|calls?|urges?|encourages?|except\w*|other\s+than|"
    r"no\s+longer|terminat\w*|end(?:s|ed)?|withdraw\w*)\b",
    re.IGNORECASE,
)
