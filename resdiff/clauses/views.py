"""Clause views and their alignment: each clause of a provision as the comparison sees it
(its phrase, its words, where it stands), and the clauses of an old and a new version
paired in order, same lead and shared words first. Also the small vocabulary every part
of the clause comparison shares: content words, a direction from two ranks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..align import AU_MISSION_ACRONYM, MISSION_ACRONYM
from ..align.family import kindred
from ..brackets import fold_brackets
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..memo import lower_case, remembered
from ..model import Clause, Direction, Phrase, Section
from ..redline import EQUAL, diff_units

_WORD = compile_cached(r"\w+(?:['’-]\w+)*")
# Words too common to tell two clauses apart.
_STOP_WORDS = """
    the of and to in a an its their his her on for with by that as at be is are was were
    all any this these those such which who from or also further including into under it
    they them other well has have been will shall should may must not
    but yet still while whilst
"""
_STOP = frozenset(_STOP_WORDS.split())
#: Least share of a clause's words found on the other side for it to be old words in a
#: new place (a sentence split or two joined), not a clause added or removed.
CONTAINED = 0.8
#: Least similarity for two clauses with different leads to pair.
PAIR_FLOOR = 0.34
#: Least similarity for two clauses with the same lead to pair.
SAME_LEAD_FLOOR = 0.12
#: Least prescriptive force (axis A) of a clause whose coming or going counts: an
#: encouragement and up. Declaratory clauses ("notes", "welcomes") come and go neutrally.
WEIGHTY_AXIS_A = 2
#: The tiers of an ask made of a party (4 calls upon, 5 demands) whose emphasis presses
#: the party whatever it is asked to do: its "immediately" or "scrupulously" counts even
#: where the words around it were rewritten. Not a request (3), whose "immediately"
#: mostly times a report ("report immediately after the signature"), nor a decision (6),
#: where it times the plan ("resume immediately contact").
PRESSED_AXIS_A = (4, 5)

#: Clause lists longer than this (per side) are aligned in order by lead, not by the
#: exact programme, which grows with the product of the lengths.
ALIGN_LIMIT = 60


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command) and cheaper to make.
class ClauseView(NamedTuple):
    """One clause as the comparison sees it: the phrase, its words, where it stands."""

    phrase: Phrase
    text: str
    words: frozenset[str]
    ref: str
    section: Section
    exempting: bool = False


# A word written with the Unicode hyphen or a non-breaking one ("FC\u2011G5S", as Akoma
# Ntoso and Word keep it) is the word written with a plain hyphen ("FC-G5S", as the other
# draft, or the same draft printed to PDF, has it): found apart, a clause moved with it
# read as new words.
_HYPHENS = ("\u2010", "\u2011")


# Remembered: the comparison reads the words of a text for every clause pairing, moved
# clause and host it stands in (on the 5,000-paragraph speed benchmark a third of these
# calls asked about a text asked about before).
@remembered(4096)
def content_words(text: str) -> frozenset[str]:
    """The words that tell clauses apart: lower case, without the commonest, any hyphen
    read as the plain one."""
    return frozenset(w for w in _WORD.findall(words_text(text)) if w not in _STOP)


def words_text(text: str) -> str:
    """``text`` as :func:`content_words` reads it: lower case, every hyphen the plain one
    (one character for one, so each content word is a substring of it)."""
    lowered = lower_case(text)
    # Two scans in C cost far less than str.translate, which looks every character up
    # (a tenth of a 500-paragraph comparison when it ran on every non-ASCII text).
    for variant in _HYPHENS:
        if variant in lowered:
            lowered = lowered.replace(variant, "-")
    return lowered


def clause_views(clause: Clause, *, exempting: bool = False) -> list[ClauseView]:
    """The clauses of one paragraph or sub-paragraph's own text (its children are
    compared on their own). ``exempting``: the clause stands in a list of exemptions,
    where a condition tightens rather than loosens."""
    views = []
    # Read as the analysis read it: negotiation brackets as agreed, alternatives as the
    # first (offsets kept), so that every rule sees the words the phrases were found in.
    source = fold_brackets(clause.text)
    for phrase in clause.phrases:
        end = phrase.end if phrase.end is not None else len(source)
        text = source[phrase.start : end]
        # What the clause governs tells clauses apart; its lead is compared on its own (a
        # verb swapped is a substitution, not a reason to leave two clauses unpaired).
        lead = (
            len(phrase.text) if phrase.led and text.lower().startswith(phrase.text.lower()) else 0
        )
        views.append(
            ClauseView(
                phrase=phrase,
                text=text,
                words=content_words(text[lead:]),
                ref=clause.ref,
                section=clause.section,
                exempting=exempting or bool(phrase.exemptions),
            )
        )
    return views


#: The words past its lead of a clause a shift quotes (:func:`clause_quote`): enough to
#: tell one of a paragraph's decisions from another ("Decides that all States shall
#: continue to take the measures …"), short enough for a key change's line.
QUOTED_WORDS = 9


def clause_quote(view: ClauseView, lexicon: Lexicon) -> str:
    """A clause as a shift quotes it, in its own words: its lead as printed and the first
    :data:`QUOTED_WORDS` words of what it governs, cut with " …" (not on a word that only
    leads on), without what joins it to the next clause (", and"); both sets of words are
    the lexicon's (``[quote_ends]``, quoting.toml). "Decides that all
    States shall continue to take the measures required by paragraph 1 ..." gives
    "Decides that all States shall continue to take the measures …"."""
    text, lead = view.text.strip(" ,;:"), view.phrase.text
    # A paragraph under a lead-in has the lead-in's verb, not one of its own words.
    own = bool(lead) and text.lower().startswith(lead.lower())
    words = text.split()
    keep = (len(lead.split()) if own else 0) + QUOTED_WORDS
    cut = len(words) > keep
    words = words[:keep]
    # Whole, the clause ends before the "and" that joins it to the next; cut, before a
    # word that leads on to what was cut.
    ends = lexicon.quote_ends(cut=cut)
    while len(words) > 1 and (
        words[-1].lower().strip(",;:.") in ends or not words[-1].strip(",;:.")
    ):
        words.pop()
    quoted = " ".join(words).strip(" ,;:.")
    return f"{quoted} …" if cut else quoted


def direction_of(old: int | None, new: int | None) -> Direction:
    """``stronger`` when ``new`` ranks higher, ``softer`` when lower, else ``neutral``."""
    if old is None or new is None or old == new:
        return "neutral"
    return "stronger" if new > old else "softer"


def _flip(direction: Direction) -> Direction:
    return {"stronger": "softer", "softer": "stronger", "neutral": "neutral"}[direction]  # type: ignore[return-value]


def _similarity(a: ClauseView, b: ClauseView, *, shared_lead: bool = False) -> float:
    if not a.words and not b.words:
        return 1.0
    extra = 1 if shared_lead else 0
    shared = len(a.words & b.words) + extra
    return shared / (len(a.words | b.words) + extra)


def pressed_ask(old: Sequence[ClauseView], new: Sequence[ClauseView]) -> bool:
    """Whether both versions of a provision are one call or demand (:data:`PRESSED_AXIS_A`)
    with the same lead, and nothing else led: "Calls upon South Africa to take
    immediately all necessary steps ..." and "Calls upon all parties to normalize their
    relations"."""
    leads = [[v.phrase for v in side if v.phrase.led] for side in (old, new)]
    if any(len(side) != 1 for side in leads):
        return False
    (a,), (b,) = leads
    low, high = PRESSED_AXIS_A
    return a.lemma == b.lemma and low <= (a.axis_a or 0) <= high


#: Those who carry out the Council's winding down, named among those a clause asks: the
#: Secretary-General, his Special Representative, the mission itself.
EXECUTOR = compile_cached(
    rf"\b(?:Secretary\W{{1,3}}General|Special\s+Representative|Mission|Force|Operation"
    rf"|(?-i:{MISSION_ACRONYM}|{AU_MISSION_ACRONYM}))\b",
    re.IGNORECASE,
)
#: The United Nations system on the ground, which goes on with its work as the
#: Secretary-General does: "the United Nations agencies, funds and programmes", "the
#: United Nations country team" (no executor of a winding down: kept apart).
_UN_SYSTEM = compile_cached(
    r"\bUnited\s+Nations\s+(?:agencies|funds|programmes|country\s+teams?)\b", re.IGNORECASE
)


def presses_party(p: Phrase, *, asked: str | None = None) -> bool:
    """Whether the lead ``p`` presses a party to act (urges, calls upon, demands: tiers 3
    to 5, but not a request) and, given the words that name those asked (``asked``),
    none of them is the Secretary-General, a mission or the United Nations system. An ask
    to go on put in a kept provision asks nothing new of those, however firmly ("calls
    upon the Secretary-General to continue his good offices", "calls upon the United
    Nations agencies, funds and programmes to continue to support the Government"), but
    "urges both parties to continue to demonstrate flexibility in the negotiations",
    where the Council only welcomed their disposition (UNAVEM 1993 OP4 -> OP2, judged
    stronger), asks the parties what the old text did not."""
    if not 3 <= (p.axis_a or 1) <= 5 or p.lemma.startswith("request"):
        return False
    return asked is None or (EXECUTOR.search(asked) is None and _UN_SYSTEM.search(asked) is None)


def align_clauses(
    old: Sequence[ClauseView],
    new: Sequence[ClauseView],
    same_verb: Callable[[str, str], bool] | None = None,
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of old and new clauses that are the same clause, in order: the
    order-keeping set of pairs with the best total similarity (a lead kept counts extra),
    by an exact dynamic programme over the two lists (no character diff runs here). A
    paragraph's clauses are few; past :data:`ALIGN_LIMIT` on a side, the clauses are
    aligned by their leads in order instead, which stays linear. ``same_verb`` tells
    two lemmas of one verb ("call on", "call upon": the lexicon's ``same_verb``); without
    it, only the same lemma is the same lead."""
    n, m = len(old), len(new)
    if not n or not m:
        return []
    if n > ALIGN_LIMIT or m > ALIGN_LIMIT:
        return _align_by_lead(old, new)
    # The opening clauses pair whatever else changed when each side has no other led
    # clause; with more, only when their leads are of one family and share some words
    # (otherwise the one whose words match is the counterpart).
    single = sum(v.phrase.led for v in old) == 1 and sum(v.phrase.led for v in new) == 1
    gain = [[0.0] * m for _ in range(n)]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            same = a.phrase.lemma == b.phrase.lemma or (
                same_verb is not None and same_verb(a.phrase.lemma, b.phrase.lemma)
            )
            # A lead kept is a word the two clauses share (the words exclude the lead).
            sim = _similarity(a, b, shared_lead=same and a.phrase.led)
            if same and a.phrase.led and _cut_from(a.words, b.words):
                # "Expressing deep concern at X, and that Y" → "Expressing deep concern
                # at X, and stressing that Y": the clause kept its lead and its words,
                # and the rest became a clause of its own; the new lead did not replace
                # it, however many of the words it took.
                sim = max(sim, CONTAINED)
            # The clauses each side opens with (their leads at the paragraph's start).
            opening = (
                i == j == 0
                and a.phrase.led
                and b.phrase.led
                and a.phrase.start == b.phrase.start == 0
            )
            if same and opening and sim >= SAME_LEAD_FLOOR:
                # A paragraph that opens with the same verb keeps its opening clause,
                # whatever part of what it governed went to a clause of its own: "Decides
                # that the mandate shall include the following priority tasks, and that all
                # tasks should be implemented ..." → "Decides that the mandate shall
                # include the following tasks in priority order ..., further stresses that
                # all tasks should be implemented ..." (MONUSCO 2021 → 2022) is the
                # decision kept and a clause split off, not "decides → further stresses".
                sim = max(sim, CONTAINED)
            # The clauses a paired paragraph opens with stand in the same slot: "Decides
            # that all States shall prevent ..." → "Requires all States ... to exercise
            # vigilance and prevent ..." is one verb swapped, however much else changed.
            lead_slot = opening and (
                single or (kindred(a.phrase, b.phrase) and sim >= SAME_LEAD_FLOOR)
            )
            if sim >= PAIR_FLOOR or (same and sim >= SAME_LEAD_FLOOR) or lead_slot:
                gain[i][j] = sim + (0.3 if same else 0.0) + 0.01
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            value = max(below[j], row[j + 1])
            if gain[i][j]:
                value = max(value, gain[i][j] + below[j + 1])
            row[j] = value
    pairs = []
    i = j = 0
    while i < n and j < m:
        if gain[i][j] and abs(best[i][j] - (gain[i][j] + best[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _align_by_lead(old: Sequence[ClauseView], new: Sequence[ClauseView]) -> list[tuple[int, int]]:
    """Long clause lists: the leads diffed as units, equal runs paired in order."""
    pairs: list[tuple[int, int]] = []
    i = j = 0
    for op, units in diff_units([v.phrase.lemma for v in old], [v.phrase.lemma for v in new]):
        if op == EQUAL:
            pairs.extend((i + k, j + k) for k in range(len(units)))
            i += len(units)
            j += len(units)
        elif op < 0:
            i += len(units)
        else:
            j += len(units)
    return pairs


#: Least content words of the shorter clause for a clause cut shorter (or extended) to be
#: told from one that shares a few common words with a long one.
CUT_WORDS = 3


def _cut_from(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the shorter of two clauses' words stand in the longer (a clause cut where
    a new lead took the rest, or extended the other way)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= CUT_WORDS and contained(short, long_)


def contained(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether most of ``words`` (:data:`CONTAINED`) stand in ``other``."""
    if not words:
        return True
    return len(words & other) / len(words) >= CONTAINED


#: Leads in the Council's own voice, which alone can warn of its further action: it
#: decides, resolves, affirms, declares, warns, stresses or states its readiness or
#: determination, by the start of the lemma ("reaffirming", "determined", "expresses its
#: readiness", "decides to remain seized").
OWN_VOICE = (
    "decid", "resolv", "affirm", "reaffirm", "declar", "warn", "stress", "underlin",
    "emphasi", "determin", "express its", "expressing its", "stand ready", "remain",
    "reiterat", "issue a warning",
)  # fmt: skip
#: Restated asks speak to others ("reaffirms its demand", "reiterates its call upon").
_RESTATED_ASK = (" its demand", " its call", " its request", " its appeal", " its urgent")


def own_voice(lemma: str) -> bool:
    """Whether a clause led by ``lemma`` speaks in the Council's own voice (see
    :data:`OWN_VOICE`); "recalls" and "recalling" quote an earlier text, and asks
    ("calls upon", "requests", "welcomes", "reaffirms its demand") speak to others."""
    lemma = lemma.lower()
    if not lemma.startswith(OWN_VOICE):
        return False
    return not any(ask in lemma for ask in _RESTATED_ASK)
