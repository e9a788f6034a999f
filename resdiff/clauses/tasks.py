"""What a kept ask covers: an element of a report, or a whole task, added or taken out.

"Requests the Secretary-General to report every four months on A[-, on B-] and on C" asks
the Secretary-General for less; "[+and to include in his reports an evaluation of
progress against the benchmarks+]" asks for more. A drafting expert reads an element of
a report as a task of the mandate: the Council weighs the Secretary-General's reports,
and what it no longer asks him to report on it no longer follows (domain.md §4). The
reach rule (:meth:`~resdiff.clauses.qualifiers._QualifierComparer._reach`) counts words
put in and taken out over the whole clause; an element is often short ("in particular on
the implementation of its relevant resolutions") or stands beside a date moved on, which
that count does not read as an ask widened or narrowed. So with a whole task ("Requests the
Secretary-General to [-continue his efforts to assist the parties and to-] keep the Council
informed"; "Calls upon all parties to comply with the cease-fire [+and to lend all
necessary assistance to the Mission+]"): the task is the unit of a mandate a drafting
expert counts, however many words the rest of the clause traded."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from ..compiled import compile_cached
from ..model import DECISION_TIER, Phrase, Shift
from ..redline import DELETE, INSERT
from .views import ClauseView, content_words
from .wording import _count_words, _lower_words, _numbers_aside_redline, _runs

#: The ask is for reports: "to report", "in his reports", "to keep the Council informed".
_REPORTING = compile_cached(
    r"\breport(?:s|ing)?\b|\bkeep\s++(?:the\s++)?(?:Security\s++)?Council\s++"
    r"(?:\w++\s++)?informed\b",
    re.IGNORECASE,
)
#: Where an element of a report opens inside a run put in or taken out: "and on the
#: implementation of ...", "in particular on ...", "and to include in his reports ...".
#: An element that ends the run ("the implementation of the recommendations ... and on")
#: was the item before the next "on" of the list. Not "on" as a plain preposition, which
#: says how or for whom, not what: "on the understanding that", "on the ground", "on
#: behalf of", "on the request of", "on an urgent (a case-by-case) basis", "on his own
#: initiative", "on the occasion of", "on which".
_ELEMENT = compile_cached(
    r"(?:^\s*+|[,;]\s*+|\band\s++)(?:(?:in\s+particular|inter\s+alia|notably)\s++)?on\s++"
    r"(?!(?:the\s++)?(?:understanding|basis|ground|behalf|request|recommendation|occasion"
    r"|margins|one\s++hand|other\s++hand|which)\b|(?:his|her|its|their)\s++own\b"
    r"|(?:an?\s++)?(?:[\w-]++\s++){0,3}basis\b)(?:the\s++)?[a-z]"
    r"|\band\s++to\s++include\s++in\s++(?:his|her|its|their|the)\s++report"
    r"|\band\s++on\W*+$",
    re.IGNORECASE,
)
#: The joiner at either end of an element: "and on" ending it, "and" or a comma opening it.
_JOINED_ELEMENT = compile_cached(r"^[\s,;]*+(?:and\s++)?|\band\s++on\W*+$", re.IGNORECASE)
#: The report's contents set out in an earlier resolution: "written reports every 90 days
#: as set out in resolution 2461 (2019), ... on the situation on the ground" names a part of
#: what that resolution asks, and the part taken out is still asked (UNSOM 2020 → 2022).
_SET_OUT = compile_cached(
    r"\bas\s++(?:set\s++out|outlined|specified|requested)\s++in\s++(?:paragraph\s++\d++\s++of\s++)?"
    r"resolution\s++\d",
    re.IGNORECASE,
)
#: An element of at least this many content words: fewer is a word of the list rephrased
#: ("on the situation" → "on developments").
ELEMENT_WORDS = 3
#: At most a third as many content words on the other side of the redline: more is the
#: request rewritten, which the reach rule reads.
ELEMENT_RATIO = 3
#: The tier of ask from which a report's contents are a task (requests, urges, decides).
ELEMENT_AXIS_A = 3


def _shift(ref: str, *, added: str | None, dropped: str | None, invert: bool, what: str) -> Shift:
    """The scope shift of ``what`` (an element, a task) ``added`` or ``dropped``:
    stronger when added, softer when dropped, the other way in a clause that exempts."""
    more = added is not None
    return Shift(
        feature="scope",
        old=dropped,
        new=added,
        direction="softer" if more == invert else "stronger",
        ref=ref,
        detail=f"{what} {'added' if more else 'dropped'}",
    )


def _asks_reports(view: ClauseView, phrase: Phrase) -> bool:
    return (
        (phrase.axis_a or 1) >= ELEMENT_AXIS_A
        and phrase.axis_b is None
        and bool(_REPORTING.search(view.text[len(phrase.text) :]))
    )


def _element(ops: Sequence[tuple[int, str]], op: int, other: frozenset[str]) -> str | None:
    """The first run of ``ops`` of kind ``op`` that holds an element of a report of at
    least :data:`ELEMENT_WORDS` content words, half of them or more not in ``other`` (the
    other text's words): an element moved within the clause is not one added or taken.
    A run traded for words put in its place counts only from where the element opens:
    "[-developments in Afghanistan, and to include in his reports an evaluation of
    progress-][+the situation in Afghanistan, and+]" drops the evaluation."""
    for op_k, text in ops:
        if op_k != op:
            continue
        m = _ELEMENT.search(text)
        if m is None:
            continue
        element = (
            text
            if m.group().strip().lower().startswith("and on") and m.end() == len(text)
            else text[m.start() :]
        )
        total, absent = _count_words([element]), _count_words([element], other)
        if total >= ELEMENT_WORDS and absent * 2 >= total:
            # Printed without the list's joiner: "and on" that led to the next item, or
            # the "and" (the comma) before an element that opens so.
            bare = _JOINED_ELEMENT.sub("", element).rstrip()
            return _runs([(op, bare or element)], op)
    return None


def report_shifts(old: ClauseView, new: ClauseView, ref: str, *, invert: bool) -> list[Shift]:
    """An element added to (stronger) or taken from (softer) what a kept request for
    reports covers, with little else changed on the other side of the redline. Both
    clauses must ask for reports at a request's tier or higher: a report's contents
    named under an encouragement, or in a clause that no longer asks for reports (the
    request spent or moved), are not read here."""
    o, n = old.phrase, new.phrase
    if old.text == new.text:
        return []
    if not (o.led and n.led and _asks_reports(old, o) and _asks_reports(new, n)):
        return []
    if any(t.rstrip().endswith(":") for t in (old.text, new.text)):
        # A request that opens a list of contents: the list's items are weighed one by
        # one (classify/lists.py), and the contents named in its lead-in moved into them.
        return []
    if _SET_OUT.search(old.text) or _SET_OUT.search(new.text):
        # Either way: compared the other way round, an element dropped is one added.
        return []
    ops = _numbers_aside_redline(old.text[len(o.text) :], new.text[len(n.text) :])
    put = _count_words(text for op, text in ops if op == INSERT)
    taken = _count_words(text for op, text in ops if op == DELETE)
    if taken * ELEMENT_RATIO <= put:
        added = _element(ops, INSERT, _lower_words([old.text]))
        if added is not None:
            return [_shift(ref, added=added, dropped=None, invert=invert, what="reporting element")]
    if put * ELEMENT_RATIO <= taken:
        dropped = _element(ops, DELETE, _lower_words([new.text]))
        if dropped is not None:
            return [
                _shift(ref, added=None, dropped=dropped, invert=invert, what="reporting element")
            ]
    return []


#: Where one task of an ask ends and the next begins: "to comply with the cease-fire and
#: to lend all necessary assistance", "to continue his efforts, to assist the parties ...
#: and to keep the Council informed".
_NEXT_TASK = compile_cached(r"(?:,\s*+(?:and\s++)?|\band\s++)to\s++(?=[a-z])")
#: A task of at least this many content words the other text does not hold.
TASK_WORDS = 3
#: A report is read as dropped only beside at least this many new words (as the reach
#: rule's whole task dropped); another task is read however few (leads20).
DROP_NEW_WORDS = 2


def _tasks(body: str) -> list[str]:
    """Each task of an ask's body, in order (the first holds the addressee and whatever
    stands before the first joiner)."""
    cuts = [0, *(m.start() for m in _NEXT_TASK.finditer(body)), len(body)]
    return [body[a:b] for a, b in pairwise(cuts)]


def _worded(parts: list[str]) -> list[tuple[str, frozenset[str]]]:
    """Each task with its content words."""
    return [(p, frozenset(w for w in _lower_words([p]) if _count_words([w]))) for p in parts]


def _unmatched(
    mine: Sequence[tuple[str, frozenset[str]]], theirs: Sequence[tuple[str, frozenset[str]]]
) -> list[tuple[str, frozenset[str]]]:
    """The tasks of ``mine`` no task of ``theirs`` shares half its words with (the
    smaller's half: a task reworded or with words put in is the same task)."""
    return [
        (text, t)
        for text, t in mine
        if t and not any(2 * len(t & u) >= min(len(t), len(u)) for _, u in theirs if u)
    ]


def _task(
    mine: Sequence[tuple[str, frozenset[str]]],
    theirs: Sequence[tuple[str, frozenset[str]]],
    other: frozenset[str],
) -> str | None:
    """The first task of ``mine`` (as printed) that has no counterpart among ``theirs``
    and holds at least :data:`TASK_WORDS` content words ``other`` does not, where every
    task of ``theirs`` has its counterpart in ``mine`` (else a task was traded for
    another)."""
    if _unmatched(theirs, mine):
        return None
    # The first part holds the addressee and what stands before the first task joined
    # ("in full accordance with the principles of national ownership, to ..."): a
    # change there is the ask recast, not a task.
    for text, t in _unmatched(mine[1:], theirs):
        if len(t - other) >= TASK_WORDS:
            joiner = _NEXT_TASK.match(text)
            return _runs([(INSERT, text[joiner.end() if joiner else 0 :])], INSERT)
    return None


def task_shifts(
    old: ClauseView,
    new: ClauseView,
    ref: str,
    *,
    invert: bool,
    held: frozenset[str] = frozenset(),
) -> list[Shift]:
    """A whole task put in (stronger) or taken out (softer) of an ask kept at a request's
    tier or higher, with no task on the other side of the redline. ``held``: the words
    of the provision's old asks left without a counterpart, which a task put in was
    asked already (as in the reach rule)."""
    o, n = old.phrase, new.phrase
    if old.text == new.text:
        return []
    if not (o.led and n.led) or min(o.axis_a or 1, n.axis_a or 1) < ELEMENT_AXIS_A:
        return []
    if o.axis_b is not None or n.axis_b is not None:
        return []
    if max(o.axis_a or 1, n.axis_a or 1) >= DECISION_TIER:
        # The Council's own acts ("Decides to renew the authorisations ... and to modify
        # the designation period"): what it does itself, renewed in other words or by
        # citing the resolution that set it, is not a task asked of anyone.
        return []
    old_body, new_body = old.text[len(o.text) :], new.text[len(n.text) :]
    old_parts, new_parts = _tasks(old_body), _tasks(new_body)
    if len(old_parts) + len(new_parts) < 3:
        return []  # one task on each side: the ask reworded, which the reach rule reads
    if _SET_OUT.search(old.text) or _SET_OUT.search(new.text):
        return []  # the tasks set out in an earlier resolution are still asked
    old_tasks, new_tasks = _worded(old_parts), _worded(new_parts)
    added = _task(new_tasks, old_tasks, _lower_words([old.text]) | held)
    if added is not None:
        return [_shift(ref, added=added, dropped=None, invert=invert, what="task")]
    dropped = _task(old_tasks, new_tasks, _lower_words([new.text]))
    if dropped is None:
        return []
    if len(new.words - old.words) < DROP_NEW_WORDS and _REPORTING.search(dropped):
        # A task gone with (almost) nothing put in is a task no longer asked ("Calls upon
        # Israel to abide by the Convention[-, to rescind its previous measures and to
        # desist from ...-]": the call keeps its verb and asks less), but for a report,
        # which is as often a report made as one no longer asked (qualifiers._reach,
        # measured). A task moved to another paragraph is named, not weighed
        # (moved_aside, where the caller can look).
        return []
    return [_shift(ref, added=None, dropped=dropped, invert=invert, what="task")]


#: Finds, for the words of a clause added (``True``) or removed, the paragraph of the
#: other draft that holds them ("new OP5"), or ``None`` (classify/drafts.py).
Elsewhere = Callable[[frozenset[str], bool, Phrase | None], str | None]


def moved_aside(
    shifts: list[Shift], elsewhere: Elsewhere | None, old: ClauseView, new: ClauseView
) -> list[Shift]:
    """``shifts`` (:func:`report_shifts`' or :func:`task_shifts`') with each element or
    task put in (taken out) whose words stand in another paragraph of the other draft
    named, not weighed, as a lone clause moved is (provision.py): "to assist the parties
    in demarcating the border area" split off into a request of its own is still asked."""
    if elsewhere is None:
        return shifts
    out = []
    for s in shifts:
        added = s.new is not None
        host = elsewhere(content_words(s.new or s.old or ""), added, (new if added else old).phrase)
        if host is not None:
            s = s.model_copy(update={"direction": "neutral", "note": f"its words stand in {host}"})
        out.append(s)
    return out
