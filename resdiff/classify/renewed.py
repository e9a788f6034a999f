"""A founding text and the later resolution that renews it: the period the founding text
set for a force and the renewal "for another" such period (the same stationing renewed).
Read by :func:`resdiff.classify.compare` after the follow-up rules (:mod:`.following`),
whose half weight this does not use: what it pairs weighs nothing.

A second reading, the founding text's asks kept by a renewal that reaffirms it by number
and calls upon all to comply with it, was measured and not kept: its words stand in four
UNFICYP texts of 1964-65 only, and the wider forms drafters write ("reaffirms 418 and
stresses ... strict application") meet judges who weigh the decisions not re-decided as
softer (RESULTS §2ex)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..align import RESTATING_LEADS
from ..clauses import ClauseComparer, ClauseView
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import DECISION_TIER, Change, Draft, Shift
from .following import later_resolution, stages_acted
from .kinds import named_not_weighed
from .reference import WHOLE_FLAGS

#: Number words a period is written in ("for a period of three months").
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fifteen": 15,
    "seventeen": 17,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
}
#: The period a founding text sets: "Recommends that the stationing of the Force shall be
#: for a period of three months" (S/RES/186 (1964)), "the Force shall be established for
#: an initial period of six months" (S/RES/350 (1974)).
_FOUNDING_PERIOD = compile_cached(
    r"\bfor\s+(?:(?:a|an\s+initial)\s+period\s+of\s+([a-z0-9-]{1,12})\s+(month|year)s?\b"
    r"|(?:a|an\s+initial)\s+([a-z0-9]{1,12})-(month|year)\s+period\b)",
    re.IGNORECASE,
)
#: The same period once more: "for another three months" (S/RES/194 (1964)), "for an
#: additional period of three months" (S/RES/192 (1964)), "for another period of six
#: months" (S/RES/390 (1976)), "for a further period of six months".
_RENEWED_PERIOD = compile_cached(
    r"\bfor\s+(?:another|an\s+additional|a\s+further)\s+(?:(?:period\s+of\s+)?"
    r"([a-z0-9-]{1,12})\s+(month|year)s?\b|([a-z0-9]{1,12})-(month|year)\s+period\b)",
    re.IGNORECASE,
)


def _period(found: re.Match[str] | None) -> tuple[int, str] | None:
    """The length of a period matched by one of the patterns above, in months: "one year"
    and "twelve months" are the same period, and so are "six months" and "a six-month
    period" (review of renew21)."""
    if found is None:
        return None
    word = (found.group(1) or found.group(3)).lower()
    unit = (found.group(2) or found.group(4)).lower()
    count = int(word) if word.isdigit() else _NUMBERS.get(word)
    if count is None:
        return None
    return (count * 12, "month") if unit == "year" else (count, "month")


def founding_period_renewed(
    changes: tuple[Change, ...], old: Draft, new: Draft, lexicon: Lexicon
) -> tuple[Change, ...]:
    """A force's founding period and its renewal for the same period again, read as the
    same stationing renewed: where ``old`` (a founding text, which renews nothing) sets a
    period ("the stationing of the Force shall be for a period of three months") and
    ``new``, a later resolution, adds a renewal "for another" period of the same length
    ("Extends the period in which the … Force shall be stationed … for another three
    months"), the renewal is no mandate added from nothing and the founding period's
    paragraph no period withdrawn: both are named, not weighed. The judges pair the two
    (UNFICYP 186 -> 194, "a plain renewal for the same three months"; UNDOF 350 -> 390,
    "set up for six months -> renewed for six months: neutral"). A period of another
    length is a period changed, left to the renewal's own weighing."""
    if not later_resolution(old, new) or "continue" in stages_acted(old, lexicon):
        return changes
    old_texts = {c.ref: c.full_text() for c in old.walk()}
    new_texts = {c.ref: c.full_text() for c in new.walk()}
    founding = {
        ref: period
        for clause in old.operative
        for ref, period in [(clause.ref, _period(_FOUNDING_PERIOD.search(clause.full_text())))]
        if period is not None
    }
    if not founding:
        return changes
    periods = set(founding.values())
    continuing = frozenset(e.label for e in lexicon.lifecycle.values() if e.stage == "continue")
    renewed: set[tuple[int, str]] = set()
    for change in changes:
        if change.kind != "added":
            continue
        for ref in change.new:
            period = _period(_RENEWED_PERIOD.search(new_texts.get(ref, "")))
            if period in periods:
                renewed.add(period)
    if not renewed:
        return changes
    note = "the same stationing renewed for the period the old text set"

    def note_for(change: Change, shift: Shift) -> str | None:
        if change.kind == "added":
            if (
                shift.feature == "lifecycle"
                and shift.direction == "stronger"
                and shift.old is None
                and shift.new in continuing
                and any(
                    _period(_RENEWED_PERIOD.search(new_texts.get(r, ""))) in renewed
                    for r in change.new
                )
            ):
                return note
            return None
        # The posture flags of the founding paragraph (Chapter VII, an Article 39
        # determination, force) are left to the rules that read them, as
        # `dropped_by_whole` leaves them: a renewal of the period is no renewal of an
        # authorization.
        if (
            change.kind == "dropped"
            and shift.feature not in WHOLE_FLAGS
            and any(
                _period(_FOUNDING_PERIOD.search(old_texts.get(r, ""))) in renewed
                for r in change.old
            )
        ):
            return note
        return None

    return tuple(named_not_weighed(c, note_for) for c in changes)


def renewal_beside(view: ClauseView, wound: Shift, lexicon: Lexicon) -> Shift | None:
    """The renewal a clause added with no counterpart makes beside ``wound``, the winding
    down its lone shift names, where that winding down only counters a period
    (``counters_period`` in lifecycle.toml): "Extends once more the stationing ... of the
    Force ... for a further period ending 15 June 1975, in the expectation that ...
    progress ... will make possible a withdrawal or substantial reduction of the Force"
    is first an extension, with a drawdown in view, not a drawdown alone (both judges of
    the two crisis pairs that add it to a text with no renewal, 358 and 360 -> 364 (1974):
    "a mandate renewed, with a drawdown in view", added stronger; both judges of 186
    (1964) -> 364, where the paragraph continues the 1964 stationing: "a longer period,
    decided, but with an expected drawdown", mixed). The expectation stays beside it as
    the renewal's other half (:func:`.balance.period_halves`). Only the Council's own
    renewal (a decision, or "Extends"), and only where every winding-down stage of the clause
    counters a period: a clause that ends, lifts or draws down as well winds down.
    ``None`` otherwise."""
    entries = lexicon.lifecycle
    if wound.new is None or not any(
        e.counters_period and e.label == wound.new for e in entries.values()
    ):
        return None
    return _own_renewal(view, lexicon)


def renews_to_term(views: Sequence[ClauseView], lexicon: Lexicon) -> bool:
    """Whether a paragraph (its clauses, ``views``) is the Council's own renewal: a clause
    led at a decision's tier whose words continue something ("Decides to extend until 17
    September 2021 the mandate of UNAMA", "Decides to renew ... the Panel", "Decides to
    authorise the Member States ... to maintain the deployment"), as lifecycle.toml's
    ``continue`` stages read it. An ask of others to go on ("Calls upon States to
    continue") renews nothing of the Council's, nor does a renewal recalled or reaffirmed
    ("Recalls its decision ... to extend the mandate of the Office of the Ombudsperson
    ... until", which ranks as the decision it restates: the renewal stands elsewhere).
    The one renewal check of the classifier: :func:`.spent.spend`, :func:`renewal_beside`
    and :func:`renewal_dropped` read it (review of the thirty-fifth session's merge)."""
    entries = lexicon.lifecycle
    return any(
        v.phrase.led
        and (v.phrase.axis_a or 0) >= DECISION_TIER
        and not lexicon.restates(v.phrase.lemma)
        and not v.phrase.lemma.startswith(RESTATING_LEADS)
        and any(entries[x].stage == "continue" for x in v.phrase.lifecycle if x in entries)
        for v in views
    )


def _own_renewal(view: ClauseView, lexicon: Lexicon) -> Shift | None:
    """The Council's own renewal ``view`` makes (:func:`renews_to_term`), put in, where
    every winding-down stage it names only counters a period (see
    :func:`renewal_beside`), or ``None``."""
    if not renews_to_term([view], lexicon):
        return None
    entries = lexicon.lifecycle
    stages = [entries[x] for x in view.phrase.lifecycle if x in entries]
    renewals = [e for e in stages if e.growing and e.stage == "continue"]
    if not renewals or not all(e.counters_period for e in stages if not e.growing):
        return None
    return Shift(
        feature="lifecycle",
        old=None,
        new=renewals[0].label,
        direction="stronger",
        ref=view.ref,
    )


#: The note of an expectation of withdrawal gone with the renewal it qualified.
WENT_WITH_RENEWAL = "went with the renewal it qualified"


def renewal_dropped(
    view: ClauseView, lone: Shift | None, clauses: ClauseComparer, verb: str, *, drafted: bool
) -> tuple[Shift | None, Shift] | None:
    """The one reading of the Council's own renewal (:func:`renews_to_term`) dropped whole
    with a winding down beside it, ``lone`` the life-cycle shift its clause reads alone:
    the renewal first, then what ``lone`` becomes, or ``None``. The mirror of
    :func:`renewal_beside`.

    - An expectation of withdrawal (a stage that only counters a period,
      ``counters_period`` in lifecycle.toml) taken out of a draft with the extension it
      qualified ("Extends the stationing of the Force for a further period ..., in the
      expectation that ... progress ... will make possible a withdrawal or substantial
      reduction of the Force") is first the renewal gone, read as the same paragraph
      without the expectation (``clauses.lone_shift``); the expectation has nothing left to
      qualify, so it is named, not weighed, and the drop no longer reads "no longer
      expected to be withdrawn", stronger (RESULTS §2fs (i), §2fv). No judge has read the
      shape. Only between two versions of a draft (``drafted``): a later resolution that
      leaves the paragraph out leaves the extension running and its expectation decided,
      done or overtaken (410 -> 414, 422 -> 424 (1977), unjudged).
    - A renewal that let part of what it renewed lapse ("Decides to extend ... the mandate
      of the Observer Group ... for a further period of six months ..., on the
      understanding ... that the tasks of the Observer Group of monitoring the cease-fire
      ... will lapse", S/RES/654 (1990)), dropped whole, is first a renewal: it goes
      unrenewed, as a renewal alone would (both judges of central-america-1991-h80: "no
      mandate is decided in the new text", dropped softer), its lead's removal named
      softer. Between adopted texts the lapse it decided is not reversed (the classifier
      names it, not weighed); in a draft the lapse went with the renewal it qualified and
      is named, not weighed, too (RESULTS §2fz: before, a draft that dropped it read "no
      longer terminated", stronger, its lead made the lapse's vehicle)."""
    lexicon = clauses.lexicon
    entries = lexicon.lifecycle
    if lone is None or lone.feature != "lifecycle" or lone.old is None:
        return None
    went = lone.model_copy(update={"direction": "neutral", "note": WENT_WITH_RENEWAL})
    if (
        drafted
        and lone.new is None
        and any(e.counters_period and e.label == lone.old for e in entries.values())
        and _own_renewal(view, lexicon) is not None
    ):
        growing = tuple(x for x in view.phrase.lifecycle if x in entries and entries[x].growing)
        alone = view._replace(phrase=view.phrase.model_copy(update={"lifecycle": growing}))
        return clauses.lone_shift(alone, added=False, verb=verb, whole=True), went
    if lone.direction != "stronger" or not renews_to_term([view], lexicon):
        return None
    renewal = Shift(
        feature=verb, old=view.phrase.text.lower(), new=None, direction="softer", ref=view.ref
    )
    return renewal, went if drafted else lone
