"""Pairs by what a provision acts on, whatever its words: the recital on the report before
the Council, an operative paragraph acting on a report or letter, the renewal of a
mandate, the opening recital, and a paragraph restated by its number in a later text."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from ..compiled import compile_cached
from ..model import DECISION_TIER, Clause, Section
from .function import function_of
from .links import Link
from .parts import Parts
from .score import Scorer

#: A recital on the report before the Council: "Taking note of the report of the
#: Secretary-General of 3 August 1993", "Having considered the further report of the
#: Secretary-General dated 2 April 1993 (S/25518)", "Noting the interim reports of the
#: Secretary-General". Each text has one on the report it acts on; a later text's is the
#: earlier one's successor, whatever its words (the report, its date and the verb move on).
_REPORT_RECITAL = compile_cached(
    r"(?:(?:also|further)\s+)?(?:taking\s+(?:also\s+)?note|noting|having\s+(?:also\s+)?"
    r"(?:considered|examined|studied|received|reviewed))\s+(?:also\s+)?(?:with\s+\w+\s+)?"
    r"(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?reports?\s+(?:dated\s+[^,;]{0,40}\s+)?"
    r"(?:of|by)\s+the\s+Secretary-General\b",
    re.IGNORECASE,
)


def report_recitals(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
) -> list[tuple[int, int, float]]:
    """The recital on the report before the Council left unpaired, paired when each text
    has one left: "Taking note of the interim report of the Secretary-General
    of 20 May 1993" and "Having considered the report of the Secretary-General of 24
    September 1993" are one provision moved on (the judges pair them on every text of
    1966-1993 that has them)."""
    return _on_the_report(old, new, pair_of_new, old_taken, scorer, "preamble", _REPORT_RECITAL)


#: An operative paragraph that acts on a report or letter of the Secretary-General:
#: "Welcomes the letter dated 16 December 1993 from the Secretary-General", "Takes note
#: of the report of the Secretary-General of 25 January 1994", "Approves the report of
#: the Secretary-General (S/25913)".
_REPORT_ACT = compile_cached(
    r"(?:(?:also|further)\s+)?(?:welcomes|takes\s+(?:also\s+)?note|notes|approves|endorses"
    r"|commends|expresses\s+(?:its\s+)?appreciation\s+(?:for|of))\s+(?:also\s+)?"
    r"(?:with\s+\w+\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:reports?|letters?)\s+"
    r"(?:dated\s+[^,;]{0,40}\s+)?(?:of|by|from)\s+the\s+Secretary-General\b",
    re.IGNORECASE,
)


def report_acts(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
) -> list[tuple[int, int, float]]:
    """The operative paragraph on the report before the Council left unpaired, paired
    when each text has one left: "Welcomes the letter dated 16 December 1993 from the
    Secretary-General" and "Takes note of the report of the Secretary-General of 25
    January 1994" (UNOMIG, S/RES/892 -> 896 (1994)) are one provision moved on, as the
    preamble's recitals on the report are (:func:`report_recitals`)."""
    return _on_the_report(old, new, pair_of_new, old_taken, scorer, "operative", _REPORT_ACT)


def _on_the_report(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
    section: Section,
    pattern: re.Pattern[str],
) -> list[tuple[int, int, float]]:
    """The one paragraph of ``section`` left unpaired on each side that ``pattern``
    opens (what acts on the report before the Council), paired with its score. One on
    each side only: two or more may trade places or subjects (the report on the
    situation and the one on piracy), which only their words tell apart."""
    found = _the_one_left(
        old,
        new,
        pair_of_new,
        old_taken,
        lambda c: c.section == section and pattern.match(c.text) is not None,
    )
    return [] if found is None else [(*found, scorer.score(*found))]


def _the_one_left(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    does: Callable[[Clause], bool],
    new_apart: frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """The one paragraph left unpaired on each side that ``does`` what both are about
    (reports on the report before the Council, decides on the mandate), or ``None`` when
    either side has none or several left."""
    olds = [i for i, c in enumerate(old) if i not in old_taken and does(c)]
    news = [j for j, c in enumerate(new) if j not in pair_of_new and j not in new_apart and does(c)]
    return (olds[0], news[0]) if len(olds) == 1 and len(news) == 1 else None


#: The word a provision that acts on a mandate names (see :func:`mandate_acts`).
_MANDATE = compile_cached(r"\bmandate\b", re.IGNORECASE)


def _mandate_act(clause: Clause) -> bool:
    """Whether ``clause`` is an operative provision that extends, renews, changes or ends
    a mandate in its own words ("Decides to extend the mandate of UNAVEM II for a period
    of three months")."""
    # The Council's own decision ("Decides to extend", "Extends") on the mandate, in that
    # clause: not a request about the mandate ("Requests ... a timetable to complete the
    # mandate"), nor a renewal of measures beside a request that a committee "carry out
    # its mandate".
    return clause.section == "operative" and any(
        p.lifecycle
        and (p.axis_a or 0) >= DECISION_TIER
        and _MANDATE.search(clause.text, p.start, p.end if p.end is not None else len(clause.text))
        for p in clause.phrases
    )


#: No paragraph read as only adding a part (the default when the caller reads none).
_NO_PARTS = Parts()


def mandate_acts(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
    parts: Parts = _NO_PARTS,
) -> list[tuple[int, int, float]]:
    """The provision that acts on the mandate, left unpaired by its words, paired when
    each text has one left: "Decides to extend the mandate of UNAVEM II for a period of
    three months until 30 April 1993, with the proviso that ..." and "Decides to extend
    the existing mandate of the United Nations Angola Verification Mission II for a
    period of forty-five days" are the same provision from one renewal to the next, however
    reworded. Not when the two name different bodies (the Mission's mandate and the
    Panel's)."""
    # A paragraph that only adds a part beside the mission (a police component, read
    # with the lexicon by the caller: .parts) is no act on the mandate, though it names
    # one ("... with the mandate and deployment described in ..."): the renewal the old
    # text made is not its predecessor.
    found = _the_one_left(
        old,
        new,
        pair_of_new,
        old_taken | parts.old,
        _mandate_act,
        new_apart=parts.new,
    )
    if found is None:
        found = _the_one_of_its_stage(old, new, pair_of_new, old_taken | parts.old, parts.new)
    if found is None:
        return []
    i, j = found
    if different_bodies(old[i], new[j]):
        return []
    return [(i, j, scorer.score(i, j))]


def _the_one_of_its_stage(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    new_apart: frozenset[int],
) -> tuple[int, int] | None:
    """Where one new paragraph acts on the mandate and the old text has several left, the
    one that does the same act: "Decides ... to enlarge the mandate of ONUSAL" beside
    "Also decides that the mandate ..., enlarged in accordance with this resolution, will
    be extended until 30 November" (S/RES/832 (1993)) leaves the extension as the
    predecessor of the next text's "Decides to extend the mandate": the enlargement was
    done once, the extension is what is renewed. ``None`` unless exactly one old paragraph
    shares a life-cycle word with the new one, and it names no other body: the act is
    the same only on the same mandate ("the mandate of the United Nations Protection
    Force" is not the predecessor of "the mandate of the Observer Mission", though both
    are extended; :func:`different_bodies` tells them apart by acronym or kind only)."""
    news = [
        j
        for j, c in enumerate(new)
        if j not in pair_of_new and j not in new_apart and _mandate_act(c)
    ]
    if len(news) != 1:
        return None
    acts = {x for p in new[news[0]].phrases for x in p.lifecycle}
    olds = [
        i
        for i, c in enumerate(old)
        if i not in old_taken
        and _mandate_act(c)
        and acts & {x for p in c.phrases for x in p.lifecycle}
    ]
    if len(olds) != 1 or _named_apart(old[olds[0]], new[news[0]]):
        return None
    return olds[0], news[0]


#: Words that join a body's name ("Mission in El Salvador", "Group of Experts").
_NAME_JOINS = frozenset({"of", "in", "for", "on", "and", "the"})


def _spelled_name(text: str) -> frozenset[str]:
    """The words of the body's name after "the mandate of", as far as they run capitalised
    ("United Nations Observer Mission in El Salvador (ONUSAL), enlarged ..." gives United,
    Nations, Observer, Mission, El, Salvador): acronyms left out (``function_of`` compares
    those), empty where no name is spelled out ("the mandate of ONUSAL")."""
    found = _MANDATE_OF.search(text)
    if found is None:
        return frozenset()
    words: set[str] = set()
    for word in found.group("body").split():
        word = word.strip("()")
        if word in _NAME_JOINS:
            continue
        if not word[:1].isupper():
            break
        if not word.isupper():
            words.add(word)
    return frozenset(words)


def _named_apart(a: Clause, b: Clause) -> bool:
    """Whether the two provisions spell out the names of different bodies: neither name's
    words within the other's ("the Observer Mission" is within "the United Nations
    Observer Mission in El Salvador"; "the United Nations Protection Force in Freedonia"
    is not)."""
    name_a, name_b = _spelled_name(a.text), _spelled_name(b.text)
    return bool(name_a and name_b and not (name_a <= name_b or name_b <= name_a))


def different_bodies(a: Clause, b: Clause) -> bool:
    """Whether two provisions govern different things, as far as their words say: no
    body or measure in common between what each renews, extends or ends
    (:func:`function_of`), or the mandates of different kinds of body (a mission's and a
    panel of experts')."""
    fa, fb = function_of(a), function_of(b)
    if fa and fb and not (fa & fb):
        return True
    body_a, body_b = _mandated(a.text), _mandated(b.text)
    return body_a is not None and body_b is not None and body_a != body_b


#: Whose mandate a provision acts on, as far as its words say: a panel, group or team of
#: experts, or a committee ("the mandate of the Panel of Experts established by resolution
#: 2206"), else a mission or force ("the mandate of UNAVEM II", "... of the United Nations
#: Mission in South Sudan").
_MANDATE_OF = compile_cached(r"\bmandates?\s+of\s+(?:the\s+)?(?P<body>[^;,]{1,80})", re.IGNORECASE)
_EXPERTS = compile_cached(
    r"^(?:[\w-]+\s+){0,3}?(?:(?:Panel|Group|Team)\s+of\s+Experts|Monitoring\s+(?:Team|Group"
    r"|Mechanism)|Committee)\b",
    re.IGNORECASE,
)
_ENVOY = compile_cached(
    r"^(?:[\w-]+\s+){0,3}?(?:Special\s+(?:Envoy|Adviser|Advisor|Representative|Coordinator)"
    r"|Personal\s+Envoy|Ombudsperson)\b",
    re.IGNORECASE,
)


def _mandated(text: str) -> str | None:
    """Which kind of body ``text`` extends the mandate of, by the words right after "the
    mandate of": "experts" (a panel, group or team of experts, a monitoring group, a
    committee), "envoy" (a special envoy or adviser, an ombudsperson), else "mission";
    ``None`` when it does not say."""
    found = _MANDATE_OF.search(text)
    if found is None:
        return None
    body = found.group("body")
    if _EXPERTS.search(body):
        return "experts"
    return "envoy" if _ENVOY.search(body) else "mission"


def opening_recitals(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
) -> list[tuple[int, int, float]]:
    """The first recitals of the two preambles, when neither found a partner by its words
    and both recall what the Council did before ("Recalling its previous resolutions on
    Haiti, in particular ..." / "Reaffirming all its previous resolutions on Haiti, ...")
    or both say what it considered ("Having reviewed the situation in the African
    territories ..." / "Having examined the situation in Angola, ..."): the same
    provision rewritten."""
    first_old = next((i for i, c in enumerate(old) if c.section == "preamble"), None)
    first_new = next((j for j, c in enumerate(new) if c.section == "preamble"), None)
    if first_old is None or first_new is None:
        return []
    if first_old in old_taken or first_new in pair_of_new:
        return []
    kind = _opening(old[first_old].text)
    if kind is None or kind != _opening(new[first_new].text):
        return []
    return [(first_old, first_new, scorer.score(first_old, first_new))]


def same_openings(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
) -> list[tuple[int, int, float]]:
    """Paragraphs left unpaired on both sides that open alike: the same lead (its lemma:
    "Strongly condemns" and "Condemns" are one) in the same part, followed by the same
    :data:`OPENING_WORDS` words ("... all actions contrary to the provisions of the
    mandate ..." / "... of the above-mentioned resolutions ..."), one such paragraph on
    each side. A provision rewritten around its object, which the words alone score
    too low. Measured on the judged benchmark before it was built: of the unpaired
    paragraphs that open so, the judges paired 5 of 5 (at four words, 8 of 23: "Requests
    the Secretary-General to ..." opens a dozen different requests). Not decisions,
    whose opening is their act's formula (:func:`_opening_key`)."""
    keys_old: dict[tuple[str, ...], list[int]] = defaultdict(list)
    keys_new: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for side, clauses, taken in ((keys_old, old, old_taken), (keys_new, new, pair_of_new)):
        for k, clause in enumerate(clauses):
            if k in taken:
                continue
            key = _opening_key(clause)
            if key is not None:
                side[key].append(k)
    return [
        (found[0], keys_new[key][0], scorer.score(found[0], keys_new[key][0]))
        for key, found in keys_old.items()
        if len(found) == 1 and len(keys_new.get(key, ())) == 1
    ]


#: How many words after the lead two paragraphs must share to open alike.
OPENING_WORDS = 5
_WORD = compile_cached(r"[^\W\d_]+")


def _opening_key(clause: Clause) -> tuple[str, ...] | None:
    """The part, the lead's lemma and the first :data:`OPENING_WORDS` words after the
    lead of ``clause``; ``None`` when it has no lead or too few words."""
    if not clause.phrases or not clause.phrases[0].lemma:
        return None
    lead = clause.phrases[0]
    if lead.axis_a is not None and lead.axis_a >= DECISION_TIER:
        # A decision opens with its act, and the act is a formula: "Decides to extend
        # the mandate of" the Panel of Experts, or of the Mission, two provisions.
        return None
    words = _WORD.findall(clause.text[lead.start + len(lead.text) : lead.start + 200].lower())
    if len(words) < OPENING_WORDS:
        return None
    return (clause.section, lead.lemma, *words[:OPENING_WORDS])


#: The opening recital of a preamble (see :func:`opening_recitals`): one that recalls
#: what the Council did before, or one that says what it considered.
_OPENING = compile_cached(
    r"(?P<recall>recalling|reaffirming)\b|(?P<considered>having\s+(?:considered|examined"
    r"|reviewed|studied))\b",
    re.IGNORECASE,
)


def _opening(text: str) -> str | None:
    """Which of the two kinds of opening recital ``text`` is, or ``None``."""
    found = _OPENING.match(text)
    return found.lastgroup if found else None


#: A paragraph of a resolution cited by its number: "the provisions of paragraph 19 of
#: resolution 864 (1993)", "paragraph 2 (a) of Security Council resolution 864 (1993)",
#: "paragraphs 15 and 17 of resolution 2182 (2014)" (see :func:`cited_pairs`). The
#: groups: the number (or numbers), the sub-paragraph, the resolution.
_CITED = compile_cached(
    r"\bparagraph(?P<many>s)?\s+(?P<number>\d{1,4})(?P<sub>\s*\([a-z]{1,4}\))?"
    r"(?P<more>(?:(?:\s*,\s*|\s*,?\s+and\s+|\s+to\s+)\d{1,4}(?:\s*\([a-z]{1,4}\))?){0,8})"
    r"\s+of\s+(?:its\s+)?(?:security\s+council\s+)?resolution\s+(?P<resolution>\d{1,5})\b"
    r"(?:\s*\(\d{4}\))?",
    re.IGNORECASE,
)
#: Leads that restate: "Reaffirms the obligation of all States to implement fully the
#: provisions of paragraph 19", "Reiterates its demand in paragraph 3", "Recalls its
#: decision in paragraph 5" (the classifier's "reaffirms its decision" too).
RESTATING_LEADS = ("reaffirm", "reiterate", "recall")
#: ... and, for a paragraph that restates one it cites, "Confirms the figure mentioned in
#: paragraph 1".
_CITING_LEADS = (*RESTATING_LEADS, "confirm")
#: A decision that renews or extends: "Decides to renew the provisions set out in
#: paragraphs 15 and 17 of resolution 2182 (2014), and expanded by paragraph 5 of
#: resolution 2607 (2021)". It restates the cited paragraph only where that paragraph
#: renewed or extended too.
_RENEWS = compile_cached(
    r"\W{0,8}(?:(?:further|also)\s+)?decides\s+(?:further\s+|also\s+)?to\s+(?:renew|extend)\b",
    re.IGNORECASE,
)
_OPERATIVE_REF = compile_cached(r"OP(\d{1,4})")
#: A restating lead that goes on to say what shall be: "Confirms that the provisions of
#: paragraph 2 ... shall not apply to ...".
_STATES_ANEW = compile_cached(
    r"\bthat\b[^;]{0,300}?\b(?:shall|should|may|will|must)\b", re.IGNORECASE
)


def _restates(clause: Clause) -> bool:
    """Whether ``clause`` does nothing but restate: no sub-paragraphs, and every lead
    restating ("Confirms the figure mentioned in paragraph 1 ..., and reaffirms its
    intention to review this sum"), or one lead that renews ("Decides to renew")."""
    leads = [p for p in clause.phrases if p.led]
    if not leads or clause.children:
        return False
    if all(p.lemma.startswith(_CITING_LEADS) for p in leads):
        # Not a lead that states something of its own about the cited paragraph:
        # "Confirms that the provisions of paragraph 2 ... shall not apply to ..." is an
        # exemption, "Reaffirms that they shall apply also to petroleum" a widening.
        return _STATES_ANEW.search(clause.text) is None
    return len(leads) == 1 and _RENEWS.match(clause.text) is not None


def cited_pairs(
    old: Sequence[Clause],
    new: Sequence[Clause],
    pair_of_new: dict[int, Link],
    old_taken: set[int],
    scorer: Scorer,
    cited_as: str | None,
) -> list[tuple[int, int, float, str]]:
    """An old operative paragraph left unpaired that the new text, a later resolution,
    restates by its number, paired with that restatement: "Decides further ... that all
    States shall prevent the sale or supply ... of arms and related matériel" (S/RES/864
    (1993), paragraph 19) and "Reaffirms the obligation of all States to implement fully
    the provisions of paragraph 19 of resolution 864 (1993)" (S/RES/890 (1993)) are the
    same provision carried forward, however few words they share (the judges pair such
    paragraphs). Only a restatement pairs (:func:`_restates`): a new act that cites the
    paragraph ("Decides that the measures imposed by paragraph 19 ... shall not apply
    to", "in addition to the measures imposed by paragraph 19") is a provision of its
    own. Only where the new paragraph cites one whole paragraph of the old text (not
    "paragraph 2 (a)", not "paragraphs 2 and 3"), and that paragraph is cited by no other
    paragraph left. Each pair comes with the citation, as the new text words it."""
    if cited_as is None:
        return []
    by_number: dict[int, int] = {}
    for i, clause in enumerate(old):
        ref = _OPERATIVE_REF.fullmatch(clause.ref)
        if i not in old_taken and clause.section == "operative" and ref:
            by_number[int(ref.group(1))] = i
    citing: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for j, clause in enumerate(new):
        if j in pair_of_new or clause.section != "operative" or not _restates(clause):
            continue
        text = clause.full_text()
        found = [m for m in _CITED.finditer(text) if m.group("resolution") == cited_as]
        if len(found) != 1:
            continue
        (m,) = found
        if m.group("many") or m.group("sub") or m.group("more"):
            continue
        cited = by_number.get(int(m.group("number")))
        if cited is None:
            continue
        if _RENEWS.match(clause.text) and _RENEWS.match(old[cited].text) is None:
            # "Decides to extend the measures of paragraph 2" where paragraph 2 imposed
            # them: an extension, weighed as such, not the same words carried.
            continue
        citing[cited].append((j, " ".join(m.group().split())))
    return [
        (i, js[0][0], scorer.score(i, js[0][0]), js[0][1])
        for i, js in citing.items()
        if len(js) == 1
    ]
