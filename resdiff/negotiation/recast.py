"""The words around a lead a what-if swaps (:class:`~resdiff.negotiation.Scenario`):
the complement recast for the new lead ("Decides that all Member States shall prevent"
→ "Calls upon all Member States to prevent"), the preposition of a noun of feeling, a
recital's participle, and which clause of a paragraph of several a swap names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..compiled import compile_cached
from ..errors import SpecError

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..model import Phrase


def _short(text: str, size: int = 70) -> str:
    return text if len(text) <= size else text[: size - 1].rsplit(" ", 1)[0] + " …"


def _first_words(text: str) -> str:
    """The words a refusal quotes as the paragraph's opening: its first word, or its
    first two when it opens with an infinitive ("To report")."""
    words = text.split(None, 2)
    infinitive = len(words) > 1 and words[0].lower() == "to"
    # Without the paragraph's closing mark when it has only those words ("To report;").
    return " ".join(words[: 2 if infinitive else 1]).rstrip(";,:.")


#: Leads that ask someone to act, with an object and "to": "Calls upon the DPRK to
#: suspend", "Urges all States to prevent".
_ASKS_TO = re.compile(
    r"^(?:(?:strongly|further|also|again)\s+)*(?:calls?\s+(?:up)?on|urges?|requests?|encourages?"
    r"|invites?|asks?|requires?|authori[sz]es?|calling\s+(?:up)?on|urging|requesting|"
    r"encouraging|inviting)$",
    re.IGNORECASE,
)
#: Leads that take a clause with "that": "Demands that the DPRK suspend", "Decides that all
#: Member States shall prevent".
_SAYS_THAT = re.compile(
    r"^(?:(?:strongly|further|also|again)\s+)*(?:decides?|demands?|deciding|demanding)$",
    re.IGNORECASE,
)
#: "that the DPRK shall/should/will prevent": the subject, and the verb after the modal
#: (matched on the words spaced once, see :func:`_complement`: no run of spaces to try).
_THAT_MODAL = re.compile(
    r"^that(?:, (?P<aside>[^,;]{1,120}),)? (?P<subject>[^;\s][^;]{0,299}?) "
    r"(?:shall|should|will|must) (?P<rest>[^,;].*)$",
    re.IGNORECASE | re.DOTALL,
)
#: Words a subject does not end with: an adverb's place after them is an adjective's.
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "all", "any", "such", "this", "these",
     "those", "every", "each", "no"}
)  # fmt: skip
#: Words no verb is: after an adverb, they tell that it follows its verb and marks none
#: ("Iraq comply fully with", "all armed groups cease immediately all forms", "the PDK
#: fulfil immediately its obligations": recast, "Calls upon Iraq comply to fully with").
_NOT_VERBS = _DETERMINERS | frozenset(
    {"with", "to", "in", "on", "at", "by", "for", "from", "of", "into", "upon", "within",
     "without", "under", "towards", "toward", "and", "or", "but", "as", "that", "it",
     "them", "both", "either", "other"}
)  # fmt: skip
#: Words a subject does not hold: a modal or a form of "be" ("preventive measures be
#: urgently undertaken", a passive), a conjunction at its end (a verb before the adverb's:
#: "the parties cease hostilities and immediately allow").
_NOT_IN_SUBJECT = frozenset(
    {"be", "been", "being", "is", "are", "was", "were", "shall", "should", "will", "must",
     "may", "can", "would", "could"}
)  # fmt: skip
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
#: The most words a subject may hold before an adverb that marks a subjunctive's verb.
_SUBJECT_WORDS = 12


def _adverb(word: str) -> bool:
    """A lower-case word in -ly with no mark on it: an adverb of a chain ("immediately
    and unconditionally")."""
    return word.isalpha() and word.islower() and word.endswith("ly")


def _verb_after(words: list[str]) -> bool:
    """Whether the words after an adverb open with a verb: past any adverbs coordinated
    with it ("fully and immediately implement"), a lower-case word that is no
    preposition, determiner or conjunction (not "comply fully with", "cease immediately
    all")."""
    j = 0
    # Only "and"/"or" with an adverb after it: "comply" ends in -ly too.
    while j + 1 < len(words) and words[j] in _CONJUNCTIONS and _adverb(words[j + 1]):
        j += 2
    word = words[j] if j < len(words) else ""
    return word[:1].isalpha() and word[:1].islower() and word.lower() not in _NOT_VERBS


def _marked_verb(words: str, emphasis: Callable[[str], bool]) -> tuple[str, str] | None:
    """ "that the DPRK immediately suspend ...": a "that" clause with no modal whose verb
    an adverb in -ly the lexicon reads as emphasis marks ("immediately", "urgently",
    "fully"; ``emphasis`` asks the lexicon of one word): the subject before it (no comma
    in it, at most :data:`_SUBJECT_WORDS` words) and the adverb with the rest, or
    ``None``, and ``None`` too where the adverb follows its verb ("Iraq comply fully
    with", :func:`_verb_after`) or the subject holds a modal, a "be" or ends in "and".
    ``words`` are spaced once."""
    parts = words.split(" ", _SUBJECT_WORDS + 2)
    for k in range(2, min(len(parts) - 1, _SUBJECT_WORDS + 2)):
        word = parts[k]
        subject = parts[1:k]
        if any(w.endswith((",", ";")) for w in subject):
            return None
        if subject[-1].lower() in _DETERMINERS:
            # "that the timely delivery ...": an adjective after its article, no verb.
            continue
        if _adverb(word) and emphasis(word):
            if subject[-1].lower() in _CONJUNCTIONS or any(
                w.lower() in _NOT_IN_SUBJECT for w in subject
            ):
                return None
            # The adverb's chain and the word after it (the rest spaced once: a bounded
            # split, no run of spaces to try).
            after = " ".join(parts[k + 1 :]).split(" ", 8)[:8]
            if not _verb_after(after):
                # "Iraq comply fully with", "the DPRK suspend immediately all": the
                # adverb follows its verb, which cannot be told from the subject.
                return None
            return " ".join(subject), " ".join(parts[k:])
    return None


#: Where "to" may open the verb of an object and "to".
_TO_PLACE = re.compile(r" to ")
#: Words after which "to" is a preposition of the object, not the verb's: "parties to the
#: conflict", "in addition to", "with regard to", "pursuant to", "assistance to".
_PREPOSITIONAL_TO = frozenset(
    {
        "addition", "regard", "respect", "pursuant", "prior", "according",
        "due", "contrary", "relating", "related", "access", "support", "assistance", "threat",
        "threats", "contribution", "contributions", "attention", "reference", "referred",
        "applicable", "similar", "committed", "commitment", "commitments", "way", "ways",
    }
)  # fmt: skip
#: Words after which "to" is a preposition only when what follows is the object's:
#: "parties to the conflict", "the party to the Agreement", but "all parties to cease
#: hostilities", the most common ask of all, takes "to" as its verb's (a new user's
#: what-if on S/RES/2646 (2022) OP12 read "Demands that ... all involved parties to
#: respect").
_PARTY_TO = frozenset({"parties", "party"})
#: The words that open an object after "parties to" (a capital too: "parties to Protocol
#: I"): a determiner, a pronoun, or the words of the objects the Council names bare,
#: "parties to armed conflict(s)" (36 times in the corpus), "to conflict", "to relevant
#: treaties", none of them a verb.
_OBJECT_OPENERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
        "all", "any", "such", "both", "each", "either", "every", "other", "it", "them",
        "armed", "conflict", "conflicts", "relevant", "international",
    }
)  # fmt: skip


def _prepositional_to(before: str, after: str) -> bool:
    """Whether the " to " between ``before`` and ``after`` is a preposition of the
    object ("parties to the conflict", "in addition to their obligations"), not the "to"
    of the verb asked for."""
    word = before.rsplit(" ", 1)[-1].strip(",").lower()
    if word in _PARTY_TO:
        following = after.split(" ", 1)[0].strip(",")
        return following.lower() in _OBJECT_OPENERS or following[:1].isupper()
    return word in _PREPOSITIONAL_TO


#: ", to work", ", and to return", ", in particular to abandon": an infinitive coordinated
#: with the one before it (not "to the", "to that end", "to its obligations": a
#: preposition's object). A run of spaces is entered at its first space only: tried from
#: each, it was quadratic.
_COORDINATED_TO = compile_cached(
    r"(?P<lead>,\s++(?:and\s++|or\s++)?(?:(?:in\s++particular|notably|especially|also)\s++)?"
    r"|(?<!\s)\s++(?:and|or)\s++)to\s++"
    r"(?!(?:the|that|this|these|those|a|an|its|their|his|her|all|any|such|which|whom)\b)"
    r"(?=[a-z])"
)


#: Words after a lead that are a decision to act, "to" and a verb with no object before
#: it ("Decides to extend the mandate", "Decides, having regard to the agreement, to
#: call upon"), or not to act (S/RES/478 (1980): "Decides not to recognize the 'basic
#: law'"): not "to the", "to its obligations", a preposition's object. The aside is
#: bounded and holds no comma: tried once, from the start.
_TO_ACT = re.compile(
    r"^\s*(?:,[^,;]{1,200},\s*)?(?:not\s+)?to\s+"
    r"(?!(?:the|that|this|these|those|a|an|its|their|his|her|all|any|such|which|whom)\b)"
    r"[a-z]"
)


def _to_act(words: str) -> bool:
    """Whether the words after a lead are a decision to act, "to" and a verb."""
    return _TO_ACT.match(words) is not None


def _asks_to(lead: str) -> bool:
    """Whether ``lead`` asks someone to act, after any words that continue the paragraph
    before it ("In this regard, requests", "Further requests")."""
    words = lead.split()
    return any(_ASKS_TO.match(" ".join(words[k:])) for k in range(len(words)))


def _complement(
    rest: str,
    to: str,
    step: str,
    old: str = "",
    emphasis: Callable[[str], bool] | None = None,
) -> str:
    """The words after a lead swapped for ``to``, recast when the two leads take
    different complements: "Decides that all Member States shall prevent" → "Calls upon
    all Member States to prevent"; "Calls upon the DPRK to suspend" → "Demands that the
    DPRK suspend" (or "Decides that ... shall ..."). A "that" clause with no modal is told
    apart into subject and verb only where an adverb in -ly marks the verb ("that the DPRK
    immediately suspend" → "the DPRK to immediately suspend", where ``emphasis``, the
    lexicon's, reads the adverb); else ("that the DPRK
    suspend") it is refused, with what to do instead, rather than "Calls upon that the
    DPRK ...". So are
    words after an ``old`` lead that asks no one "to" act and hold no "that" clause."""
    lead = " ".join(to.split())
    words = " ".join(rest.split())
    # "that all Member States shall", and "that, until 31 July 2023, all Member States
    # shall" (a renewal's date set between "that" and its subject).
    says_that = words.lower().startswith(("that ", "that,"))
    infinitive = words.lower().startswith("to ")
    if infinitive and "decid" in lead.lower():
        # "Expresses its intention to review ..." → "Decides to review ...": the
        # infinitive stays (it was sent into the "that" recast: "Decides that to review").
        return rest
    if infinitive and (_ASKS_TO.match(lead) or _SAYS_THAT.match(lead)):
        # "Decides to extend the mandate" asks no one: "Requests to extend", "Demands to
        # extend" are not sentences, and whom to ask is not in the text.
        example = (
            f"“{_cap(lead)} that … shall …”"
            if _SAYS_THAT.match(lead)
            else f"“{_cap(lead)} the Secretary-General to …”"
        )
        raise SpecError(
            f"{step}: “{lead}” asks someone ({example}), and the words after the lead "
            f"(“{_short(words, 30)}”) name no one to ask: use replace_text"
        )
    old_lead = " ".join(old.split())
    if (
        old_lead
        and not (says_that or infinitive)
        and (_ASKS_TO.match(lead) or _SAYS_THAT.match(lead))
        and not _asks_to(old_lead)
    ):
        # "Demands the parties cease any restrictions" (no "that") → "Calls upon the
        # parties cease …", "Commends the positive role of UNIFIL" → "Urges the positive
        # role …": the words after a lead that asks no one "to" act hold no object and
        # verb to recast, or none that can be told apart.
        raise SpecError(
            f"{step}: “{lead}” asks someone to act, and the words after “{old_lead}” "
            f"(“{_short(words, 30)}”) hold no one asked “to” act, nor a clause with "
            "“that”: use replace_text"
        )
    if _ASKS_TO.match(lead) and says_that:
        m = _THAT_MODAL.match(words)
        marked = _marked_verb(words, emphasis) if m is None and emphasis else None
        if marked is not None:
            # "Demands that the DPRK immediately suspend" → "Calls upon the DPRK to
            # immediately suspend", as the Council words it ("Calls upon all parties to
            # immediately cease hostilities"): the adverb marks the verb.
            return f" {marked[0]} to {marked[1]}"
        if m is None:
            raise SpecError(
                f"{step}: “{lead}” takes an object and “to”, and the clause after the lead "
                "has no “shall”/“should” to tell its subject from its verb: use replace_text"
            )
        aside = f", {m.group('aside')}," if m.group("aside") else ""
        return f" {m.group('subject')}{aside} to {m.group('rest')}"
    if _SAYS_THAT.match(lead) and not says_that:
        head = words.split(";", 1)[0]
        # The first " to " that is no preposition of a phrase the object holds ("all
        # parties to the conflict to cease", "in addition to their obligations, to
        # freeze"): the verb's.
        places = [
            m.start()
            for m in _TO_PLACE.finditer(head)
            if not _prepositional_to(head[: m.start()], head[m.end() :])
        ]
        at = places[0] if places else None
        if at is None:
            raise SpecError(
                f"{step}: “{lead}” takes a clause with “that”, and the words after the lead "
                "do not show which “to” opens the verb: use replace_text"
            )
        subject, verb = words[:at].strip(), words[at + len(" to ") :]
        # The infinitives coordinated with the first lose their "to" with it: "Urges the
        # DPRK to return ..., to work towards ..., and to return ..." → "Demands that the
        # DPRK return ..., work towards ..., and return ..." (a new user read the mix of a
        # subjunctive and infinitives as broken).
        head, sep, tail = verb.partition(";")
        verb = _COORDINATED_TO.sub(r"\g<lead>", head) + sep + tail
        modal = "shall " if "decid" in lead.lower() else ""
        return f" that {subject} {modal}{verb}"
    return rest


#: Nouns of a lead phrase that take a preposition before what they are about ("expresses
#: grave concern at the launching", "Noting with regret" aside: "with regret" takes its
#: object directly).
_FEELING_NOUNS = frozenset(
    {
        "concern", "concerns", "regret", "alarm", "outrage", "indignation", "dismay",
        "satisfaction", "appreciation", "gratitude", "shock", "disappointment", "anxiety",
        "sorrow", "condolences", "sympathy", "support", "opposition", "disapproval",
    }
)  # fmt: skip
#: The preposition a noun of feeling takes before what it is about, when one is put in
#: ("Condemns the attacks" → "Expresses its appreciation for ..." is not "at").
_PREPOSITION_OF = {
    "appreciation": "for",
    "gratitude": "for",
    "support": "for",
    "condolences": "to",
    "sympathy": "for",
    "opposition": "to",
    "disapproval": "of",
}
#: A few words after a lead the lexicon read ("Expressing"), up to a noun of feeling
#: ("further concern", "its deep concern"): the rest of the lead phrase.
_FEELING_AFTER_LEAD = re.compile(
    r"\s++(?:(?:its|their|further|also|deep|grave|serious|profound|great|strong|"
    r"continued|renewed|full)\s++){0,3}(?:"
    + "|".join(sorted(_FEELING_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_FEELING_PREPOSITION = re.compile(
    r"^(?:at|about|over|regarding|on|for|with regard to|in regard to) ", re.IGNORECASE
)


def _takes_preposition(lead: str) -> bool:
    """Whether a lead phrase ends in a noun that takes a preposition ("expresses grave
    concern" at, "expressing its appreciation" for), not "noting with concern"."""
    words = lead.lower().split()
    return (
        bool(words)
        and words[-1] in _FEELING_NOUNS
        and not (len(words) >= 2 and words[-2] == "with")
    )


def _object_of(old_lead: str, rest: str, new_lead: str, step: str) -> str:
    """The words after a lead fitted to the new one: the preposition of a noun of feeling
    dropped for a verb ("Expresses grave concern at the launching" → "Condemns the
    launching"), one put in for such a noun ("Condemns the launching" → "Expresses grave
    concern at the launching")."""
    words = rest.lstrip()
    that_clause = words.lower().startswith("that ")
    if that_clause and any(w.startswith("condemn") for w in new_lead.lower().split()):
        # "Expressing concern that ..." → "Condemning that ...": a condemnation takes
        # what it condemns.
        raise SpecError(
            f"{step}: “{new_lead}” takes what it condemns, not a clause with “that” "
            f"(“{_short(words, 30)}”): use replace_text"
        )
    if not words or words[:1] in ",;:." or that_clause:
        return rest
    had, has = _takes_preposition(old_lead), _takes_preposition(new_lead)
    if had and not has:
        m = _FEELING_PREPOSITION.match(words)
        return " " + words[m.end() :] if m else rest
    if has and not had and not _FEELING_PREPOSITION.match(words):
        noun = new_lead.lower().split()[-1]
        return f" {_PREPOSITION_OF.get(noun, 'at')} " + words
    return rest


#: Words that may stand before a verb of a lead phrase ("strongly condemns").
_LEAD_ADVERBS = frozenset({"strongly", "further", "also", "again", "firmly", "unequivocally"})


def _participle(phrase: str) -> list[str]:
    """The present-participle forms a preambular paragraph would open with for an
    operative lead ("condemns" → "condemning", "strongly deplores" → "strongly
    deploring", "regrets" → "regretting", "calls upon" → "calling upon"): candidates
    (:func:`~resdiff.lexicon.word_forms` of its verb) for the lexicon to confirm."""
    from ..lexicon.wordforms import word_forms

    words = phrase.split()
    for k, word in enumerate(words):
        if word.lower() in _LEAD_ADVERBS:
            continue
        forms = sorted(f for f in word_forms(word) if f.endswith("ing"))
        return [" ".join([*words[:k], f, *words[k + 1 :]]) for f in forms]
    return []


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _chosen_lead(leads: list[Phrase], clause: int | str, ref: str, step: str) -> Phrase:
    """The lead ``clause`` names among a paragraph's: by its index (0 the first) or by its
    words (any case and spacing, the whole lead or its first words)."""
    named = ", ".join(f"{k}: “{p.text}”" for k, p in enumerate(leads))
    if isinstance(clause, bool) or not isinstance(clause, (int, str)):
        raise SpecError(f"{step}: clause is an index or a lead's words, not {clause!r}")
    if isinstance(clause, int):
        if not 0 <= clause < len(leads):
            raise SpecError(f"{step}: {ref} has no clause {clause} (its leads: {named})")
        return leads[clause]
    wanted = " ".join(clause.lower().split())
    said = [" ".join(p.text.lower().split()) for p in leads]
    for exact in (True, False):
        for p, words in zip(leads, said, strict=True):
            if words == wanted if exact else words.startswith(wanted + " "):
                return p
    raise SpecError(f"{step}: {ref} has no clause led by “{clause}” (its leads: {named})")


def _on_axis(leads: list[Phrase], force: int | None, censure: int | None) -> Phrase:
    """The lead a swap to a lead of tiers ``(force, censure)`` names when no clause is
    given: the first, unless it ranks on neither axis the new lead ranks on and a later
    one does (the first such)."""
    first = leads[0]
    if censure and force is None and first.axis_b is None:
        return next((p for p in leads if p.axis_b is not None), first)
    if force and censure is None and first.axis_a is None:
        return next((p for p in leads if p.axis_a is not None), first)
    return first
