"""Time limits set or lifted on an ask (domain.md §6): which of the deadlines a
provision gained or lost time an act the Council asks of someone, and which only place
an event in time, sit in a condition or set a sunset (read by the lifecycle rules)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import DECISION_TIER, Section, Shift
from ..quantities import EVENT_PLACED

#: The prescriptive tier (axis A) from which a clause asks an act of someone: "encourages",
#: "invites" (2) and above ("requests", "calls upon", "demands", "decides"). "Welcomes",
#: "notes" (1) and censure ("condemns": axis B only) ask nothing a time limit could bind.
_ASKS = 2
#: A condition opened in the words right before a time limit, not yet closed by a comma
#: or semicolon: "unless Iraq by 15 January 1991 fully implements", "if by 1 May"; not
#: a hedge on the limit itself ("and if possible no later than 60 days after").
_CONDITION_BEFORE = compile_cached(
    r"\b(?:unless|if(?!\s+(?:possible|necessary|appropriate|feasible|required|so|need\s+be)\b)"
    r"|provided\s+that|on\s+condition\s+that)\b[^,;:]{0,160}$",
    re.IGNORECASE,
)
#: A winding-down verb a few words before a time limit: "shall terminate by 31 December
#: 2022", "will expire not later than", "shall be lifted by", "suspended until": a
#: sunset, which the lifecycle rules read. ("End" is left out: "to end hostilities by 1
#: May" is an ask with its limit.)
_SUNSET_BEFORE = compile_cached(
    r"\b(?:terminate[sd]?|expire[sd]?|lapse[sd]?|cease[sd]?|lift(?:s|ed)?|suspend(?:s|ed)?"
    r"|dissolve[sd]?)\b(?:\W+\w+){0,10}?\W+$",
    re.IGNORECASE,
)


def time_limits(
    lexicon: Lexicon,
    quantities: list[Shift],
    shifts: list[Shift],
    section: Section,
    old_text: str,
    new_text: str,
    leads: tuple[str, str] | None,
    no_headline: Callable[[Shift], bool],
) -> list[Shift]:
    """``quantities`` less the time limits set or lifted that time no ask of the
    Council's: a date a recital tells ("recommended that the mandate be terminated
    by 31 December 2020") is a fact, not a limit the Council sets; and a limit that
    went with a request already spent (``shifts`` name it "spent: due by 15
    December 2021") went with its ask, which is weighed (not at all) on its own.
    Nor, read in the version that holds the limit (``old_text`` when it went,
    ``new_text`` when it came): where that clause asks no act of anyone ("Condemns
    the attacks carried out within 24 hours of the signing", "Welcomes the holding
    of elections within six months of the agreement": an event placed in time);
    where the limit sits in a condition ("unless Iraq by 15 January 1991 fully
    implements ...": a grace period, not a limit on the ask); or where the clause
    sets a sunset ("shall terminate by 31 December 2022", "to lapse on completion
    of demobilization, not later than 10 June 1990"): the lifecycle rules read that
    change, once. Nor "before" or "prior to" a date right after an event told ("the
    positions they occupied before 22 October 1973"): the date places the event."""
    spent = " ".join(s.note for s in shifts if s.note and s.note.startswith("spent"))

    def timing_nothing(q: Shift) -> bool:
        if not no_headline(q) or (q.old is not None and q.new is not None):
            return False
        if section == "preamble" or (q.old is not None and q.old in spent):
            return True
        value = q.old if q.old is not None else q.new
        text = old_text if q.old is not None else new_text
        lead = (leads[0] if q.old is not None else leads[1]) if leads else ""
        return value is not None and not limits_an_ask(lexicon, value, text, lead)

    kept = [q for q in quantities if not timing_nothing(q)]
    if section == "preamble" or not old_text:
        return kept
    return [
        q.model_copy(update={"direction": "neutral", "note": NEW_TASK_TERM})
        if _new_task_term(lexicon, q, old_text, new_text)
        else q
        for q in kept
    ]


#: The note of a date that comes with a task the old text did not ask: the task's term,
#: named, not weighed (the task is what is weighed).
NEW_TASK_TERM = "the term of a task the old text did not ask"
#: The infinitive a date's task is asked by ("to report ... by 20 December 1986", "to be
#: submitted by"): the verb, not an article or pronoun after "to" ("to the Council by").
_TASK_VERB = compile_cached(
    r"\bto\s++(?:be\s++)?(?!(?:the|a|an|this|that|these|those|his|her|its|their|all|any"
    r"|each|every|such|other|which|whom|date|what)\b)([a-z]{3,}+)\b",
    re.IGNORECASE,
)
#: The word right before a passive infinitive: its subject ("the first report to be").
_SUBJECT_BEFORE = compile_cached(r"\b([a-z]{3,}+)\s++$", re.IGNORECASE)
#: How far before a date its task's infinitive is looked for (characters).
_TASK_REACH = 300


def _new_task_term(lexicon: Lexicon, q: Shift, old_text: str, new_text: str) -> bool:
    """Whether the time limit ``q`` set in a paired provision comes with a task the old
    text did not ask: the date is that task's term, not a deadline set on an ask kept
    ("provide the Commission with the necessary facilities" -> "report on the
    implementation ... by 20 December 1986": a new task, with its date). The date's task
    is the infinitive nearest before it; the old text asked it where that verb stands
    anywhere in it, a bare infinitive after "and" included ("follow closely ... and
    report ... from time to time" -> "the first report not later than 1 May 1978": a
    deadline put on a kept task, stronger)."""
    if q.old is not None or q.new is None or q.detail != "deadline":
        return False
    at = _limit_at(lexicon, q.new, new_text)
    if at < 0:
        return False
    if any(
        (v.axis_a or 0) >= DECISION_TIER or lexicon.verbs[v.lemma].closing
        for v in lexicon.find_verbs(new_text)
    ):
        # The Council's own acts ("Decides to review the situation within two months",
        # the closing formula's "to meet again within"): no task asked of anyone, as the
        # task reader holds (clauses.tasks.task_shifts).
        return False
    verbs = list(_TASK_VERB.finditer(new_text, max(0, at - _TASK_REACH), at))
    if not verbs:
        return False
    last = verbs[-1]
    verb = last.group(1).lower()
    if last.group(0).lower().split()[1] == "be":
        # A passive infinitive's task is its subject: "the first report to be submitted
        # not later than 1 May 1978" is the report's term.
        noun = _SUBJECT_BEFORE.search(new_text, max(0, last.start() - 60), last.start())
        if noun is None:
            return False
        verb = noun.group(1).lower()
    return re.search(_forms_of(verb), old_text, re.IGNORECASE) is None


def _forms_of(word: str) -> str:
    """A whole-word pattern for ``word`` and its inflections ("report", "reports",
    "reported", "reporting"; "submit", "submitted"; "provide", "providing"; "carry",
    "carried"), not a word it only begins ("end" is not "endorses", "act" not "action")."""
    w = re.escape(word)
    stems = [rf"{w}(?:s|es|d|ed|ing|{re.escape(word[-1])}ed|{re.escape(word[-1])}ing)?"]
    if word.endswith("e"):
        stems.append(rf"{re.escape(word[:-1])}ing")
    if word.endswith("y"):
        stems.append(rf"{re.escape(word[:-1])}i(?:es|ed)")
    return rf"\b(?:{'|'.join(stems)})\b"


def limits_an_ask(lexicon: Lexicon, value: str, text: str, lead: str) -> bool:
    """Whether the time limit ``value`` in ``text`` (under the lead-in ``lead``, for
    a sub-paragraph) limits an act the clause asks of someone: the clause (or its
    lead-in) holds a verb of prescriptive force ("encourages" and above: "requests",
    "calls upon", "demands", "decides"), the limit is not inside a condition
    ("unless", "if", "provided that") and no winding-down verb sets it as a sunset
    ("shall terminate by", "expire not later than"). A clause whose verbs resdiff
    does not know is given the benefit of the doubt."""
    verbs = lexicon.find_verbs(text) or (lexicon.find_verbs(lead) if lead else [])
    # The closing formula asks the Council itself ("Decides to remain seized ... and
    # to meet again within three months"): an ask too.
    if verbs and not any((v.axis_a or 0) >= _ASKS or lexicon.verbs[v.lemma].closing for v in verbs):
        return False
    at = _limit_at(lexicon, value, text)
    if at < 0:
        return True
    before = text[max(0, at - 200) : at]
    if _CONDITION_BEFORE.search(before) or _SUNSET_BEFORE.search(before):
        return False
    decided = any((v.axis_a or 0) >= DECISION_TIER for v in verbs)
    if _ends_before(lexicon, before, decided):
        return False
    # "before" or "prior to" right after an event told in the past ("occupied by Israel
    # before", "elections held before", "in place prior to"): the date places that event,
    # it limits no act.
    return EVENT_PLACED.search(before) is None


#: How many words may stand between the measure a clause ends and the date that ends it:
#: "Decides to phase out the arms embargo imposed by paragraph 1 of resolution 100 (2020)
#: by 1 June 2033" (the words that tell which measure it is).
_END_TO_DATE_WORDS = 12
#: What closes the measure's words before the date: another clause or another ask.
_OTHER_ASK = compile_cached(r"[;:]|\band\b|\bwhich\b|\bwho\b", re.IGNORECASE)


def _ends_before(lexicon: Lexicon, before: str, decided: bool) -> bool:
    """Whether ``before`` (the words before a time limit) ends with a measure or mandate
    ended by a life-cycle word ("Decides to phase out the arms embargo imposed by
    paragraph 1 ... by 1 June 2033"): the date is when the end falls, a sunset the
    lifecycle rules read, not a deadline added to an ask. An entry only a decision reads
    (``decided``: "end", "phase out") counts only in a decision ("Calls upon the parties
    to end the sanctions on the city by 1 May" asks them by a date)."""
    entries = lexicon.lifecycle
    for m in reversed(lexicon.lifecycle_in(before)):
        entry = entries.get(m.id)
        if m.growing or entry is None or entry.stage not in ("end", "sunset"):
            continue
        if entry.decided and not decided:
            continue
        gap = before[m.end :]
        return len(gap.split()) <= _END_TO_DATE_WORDS and _OTHER_ASK.search(gap) is None
    return False


def _limit_at(lexicon: Lexicon, value: str, text: str) -> int:
    """Where the time limit ``value`` stands in ``text``: in the first typed quantity
    that sets a limit (one whose coming the lexicon weighs) and prints it, so that a year
    alone ("before the end of 1975") is read where the limit is, not in a resolution
    cited before it ("resolution 367 (1975)"); else its first occurrence; -1 if none."""
    low = value.lower()
    for q in lexicon.quantities_in(text):
        k = q.text.lower().find(low) if q.added != "neutral" else -1
        if k >= 0:
            return q.start + k
    return text.lower().find(low)
