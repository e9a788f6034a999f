"""Asks that went and came in one provision read as one slot recast (:func:`recast`):
the same ask in new words at the same tier, or the same ask under another verb (a
substitution compared by tier, domain.md §6), rather than a demand dropped beside a
demand added."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..model import ASK_RECAST, Phrase, Shift
from .views import ClauseView, content_words

#: An ask gone and one come at the same tier in one provision are one ask recast when
#: they share at least this many content words (beside the lead).
RECAST_SHARED = 2
#: An ask gone and an ask at another tier come are the same ask with its verb swapped
#: when this share of what the shorter of the two asks (its words past the lead, at
#: least RECAST_SWAP_WORDS of them) stands in the other.
RECAST_SWAP_SHARE = 0.8
RECAST_SWAP_WORDS = 3


def recast(
    lone: Sequence[tuple[bool, ClauseView, Shift]],
    verb: str,
    lead_shifts: Callable[[Phrase, Phrase, str, str], list[Shift]],
    efforts: Callable[[str], frozenset[str]] | None = None,
) -> list[Shift]:
    """The shifts of clauses with no counterpart, where an ask that went and an ask that
    came in the same provision are one slot recast, not a demand dropped beside a demand
    added.

    - At the same tier, "requests the Secretary-General to include this plan in his
      report" gone and "requests the Secretary-General to implement the following" come
      are the same request in new words (its new reach is read in its items): both are
      named, neither weighs.
    - At another tier, the same ask in much the same words is the verb swapped:
      "welcomes and encourages UNISFA's efforts to integrate women into peace
      discussions" → "requests UNISFA to integrate women into peace discussions" is one
      substitution, encourages → requests, compared by tier (domain.md §6), not an
      encouragement dropped beside a request added.

    ``efforts`` gives the effort hedges of a clause's text (``kind = "effort"`` in
    hedges.toml): an ask recast at the same tier that no longer asks only for an effort
    asks for the result ("urges the parties to explore ways to ensure women's full ...
    participation" → "urges the leaders ... to ensure thorough and effective
    implementation ...", UNFICYP 2021 → 2022, judged stronger: "a firmer ask than the
    old 'explore ways'"): the hedge removed is named (stronger), and one put in softer.

    Paired in order, each at most once."""
    went = [
        k
        for k, (added, _, s) in enumerate(lone)
        if not added and s.feature == verb and s.direction != "neutral"
    ]
    came = [
        k
        for k, (added, _, s) in enumerate(lone)
        if added and s.feature == verb and s.direction != "neutral"
    ]
    calm: dict[int, str] = {}
    swapped: dict[int, list[Shift]] = {}
    same: dict[int, Shift | None] = {}

    # The same verb gone and come pairs first ("urges ... to explore ways" gone, "urges
    # the leaders ... to ensure" come), before another verb of its tier ("requests").
    def verb_of(k: int) -> str:
        shift = lone[k][2]
        return " ".join((shift.old or shift.new or "").lower().split())

    order = sorted(went, key=lambda k: not any(verb_of(j) == verb_of(k) for j in came))
    for k in order:
        tier = lone[k][1].phrase.axis_a
        words = lone[k][1].words
        candidates = sorted(came, key=lambda j: verb_of(j) != verb_of(k))
        match = next(
            (
                j
                for j in candidates
                if j not in calm
                and lone[j][1].phrase.axis_a == tier
                # An ask about something else entirely is a new ask beside one dropped.
                and len(words & lone[j][1].words) >= RECAST_SHARED
            ),
            None,
        )
        if match is None:
            continue
        calm[k] = f"recast: {lone[match][2].new} in its place"
        calm[match] = f"recast: in place of {lone[k][2].old}"
        if efforts is not None:
            swapped[match] = _effort_shifts(lone[k][1], lone[match][1], efforts)
        was_verb, now_verb = lone[k][2].old or "", lone[match][2].new or ""
        if " ".join(was_verb.lower().split()) == " ".join(now_verb.lower().split()):
            # The same verb on both sides ("requests ... to include this plan" gone,
            # "requests ... to implement the following" come): one ask in new words, told
            # once, not a request removed beside a request added.
            same[k] = None
            same[match] = lone[match][2].model_copy(
                update={"old": was_verb, "direction": "neutral", "detail": ASK_RECAST, "note": None}
            )
    for k in went:
        if k in calm:
            continue
        was = lone[k][1]
        match = next(
            (j for j in came if j not in calm and _same_ask(was, lone[j][1])),
            None,
        )
        if match is None:
            continue
        now = lone[match][1]
        calm[k] = f"recast: {lone[match][2].new} in its place"
        calm[match] = f"recast: in place of {lone[k][2].old}"
        swapped[match] = [
            s for s in lead_shifts(was.phrase, now.phrase, now.ref, verb) if s.feature == verb
        ]
    out: list[Shift] = []
    for k, (_, _, s) in enumerate(lone):
        if k in same:
            told = same[k]
            if told is not None:
                out.append(told)
            out.extend(swapped.get(k, []))
            continue
        out.append(
            s.model_copy(update={"direction": "neutral", "note": calm[k]}) if k in calm else s
        )
        out.extend(swapped.get(k, []))
    return out


def _same_ask(old: ClauseView, new: ClauseView) -> bool:
    """Whether two asks under different verbs ask much the same thing of the same
    addressee: most of what the shorter one asks (its words past the lead, at least
    :data:`RECAST_SWAP_WORDS`) stands in the other, whichever way the drafts run, and
    what the longer one asks beyond it goes the way the verb does. "Demands that the
    parties cease hostilities, release all detainees and allow access" → "encourages the
    parties to allow access" is softer on both counts; "encourages the parties to cease
    hostilities, release all detainees and allow access" → "requests the parties to allow
    access" asks more firmly but less, and stays an ask dropped beside an ask added."""
    a = old.words - set(content_words(old.phrase.text))
    b = new.words - set(content_words(new.phrase.text))
    least = min(len(a), len(b))
    if least < RECAST_SWAP_WORDS or len(a & b) < RECAST_SWAP_SHARE * least:
        return False
    if _who(old) != _who(new):
        # "encourages the Mission to support the police" → "requests the Government to
        # support the police": another addressee, another ask.
        return False
    firmer = (new.phrase.axis_a or 1) > (old.phrase.axis_a or 1)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    covered = len(longer & shorter) >= RECAST_SWAP_SHARE * len(longer)
    # What only the longer ask holds was dropped (old longer) or added (new longer): it
    # must go the verb's way, or the two are not one substitution.
    return covered or firmer == (longer is b)


def _who(view: ClauseView) -> str | None:
    """The addressee a clause names, folded ("UNISFA's efforts" and "UNISFA" are one)."""
    who = view.phrase.addressee
    if who is None:
        return None
    words = [w for w in who.lower().split() if w not in _ARTICLES]
    return re.sub(r"(?:['’]s|['’])$", "", words[0]) if words else None


_ARTICLES = frozenset({"the", "a", "an", "all", "its", "their"})


def _effort_shifts(
    was: ClauseView, now: ClauseView, efforts: Callable[[str], frozenset[str]]
) -> list[Shift]:
    """The effort hedges one ask recast at its tier lost (stronger) or gained (softer),
    where it did not trade one for another."""
    gone, came = efforts(was.text), efforts(now.text)
    if gone and came:
        return []
    return [
        Shift(feature="hedge", old=x, direction="stronger", ref=now.ref) for x in sorted(gone)
    ] + [Shift(feature="hedge", new=x, direction="softer", ref=now.ref) for x in sorted(came)]
