"""A founding text and the later resolution that renews it: the period the founding text
set for a force and the renewal "for another" such period (the same stationing renewed),
and the founding text's asks kept by a renewal that reaffirms it by number and calls upon
all to comply with it. Read by :func:`resdiff.classify.compare` after the follow-up rules
(:mod:`.following`), whose half weight this does not use: what it keeps weighs nothing."""

from __future__ import annotations

import re

from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..model import Change, Draft, Shift
from .following import later_resolution, stages_acted
from .kinds import named_not_weighed
from .reference import WHOLE_FLAGS

#: A call to comply with the resolutions just named, in an operative paragraph of its own
#: lead: "Calls upon all States Members of the United Nations to comply with the
#: above-mentioned resolutions" (S/RES/192, 194, 198 and 206 (1964-65)). The resolutions
#: it means are those the text has just reaffirmed; a call to comply with one resolution
#: by number is read by :data:`_COMPLY_NAMED`.
_COMPLY = compile_cached(
    r"\b(?:calls\s+upon|urges|demands|requests)\b[^.;]{0,160}?\bto\s+comply\s+(?:fully\s+)?with\s+"
    r"(?:the\s+)?(?:above-?\s?mentioned|aforementioned|said|these|those)\s+resolutions?\b",
    re.IGNORECASE,
)
#: A paragraph that reaffirms earlier resolutions by number as its own lead: "Reaffirms
#: its resolutions 186 (1964), 187 (1964) and 192 (1964)". Not "Reaffirms its decisions
#: in resolution ..." (a resolution continued as a whole: :mod:`.reference`).
_REAFFIRMS = compile_cached(
    r"(?:(?:also|further)\s+)?reaffirms\s+(?:its\s+)?resolutions?\s+\d", re.IGNORECASE
)

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


def _number_of(old: Draft) -> re.Pattern[str] | None:
    """The old resolution's number and year as cited ("186 (1964)"), or ``None``."""
    found = re.search(r"\bS/RES/(\d{1,5})\s*\((\d{4})\)", old.symbol or "")
    if found is None:
        return None
    return re.compile(rf"(?<!\d){found.group(1)}\s*\(\s*{found.group(2)}\s*\)")


def kept_by_compliance(old: Draft, new: Draft) -> str | None:
    """Why the old resolution's asks stand though the new text does not repeat them, or
    ``None``: ``new`` is a later resolution with an operative paragraph that reaffirms
    ``old`` by its number ("Reaffirms its resolutions 186 (1964), 187 (1964) ...") **and**
    one that calls upon all Members (or the parties) to comply with the resolutions so
    reaffirmed ("Calls upon all States Members of the United Nations to comply with the
    above-mentioned resolutions"). A drafter keeps the founding text's asks that way: the
    UNFICYP renewals of 1964 (S/RES/186 -> 192 and 186 -> 194), judged neutral by three
    judges ("not revoked: new OP1 reaffirms resolution 186 and new OP2 calls upon all
    Members to comply with it"). The reaffirmation alone does not keep them (§2bk: +8 /
    -10)."""
    if not later_resolution(old, new):
        return None
    cited = _number_of(old)
    if cited is None:
        return None
    reaffirmed = any(
        _REAFFIRMS.match(c.text.lstrip()) and cited.search(c.full_text()) for c in new.operative
    )
    if not reaffirmed or not any(_COMPLY.search(c.full_text()) for c in new.operative):
        return None
    symbol = re.search(r"\d{1,5}\s*\(\d{4}\)", old.symbol or "")
    return (
        f"it stands in resolution {symbol.group() if symbol else old.symbol}, which the new "
        "text reaffirms and calls upon all to comply with"
    )


def dropped_by_compliance(
    changes: tuple[Change, ...], note: str | None, texts: dict[str, str]
) -> tuple[Change, ...]:
    """The old text's provisions the new text leaves out, where it keeps them by
    reaffirmation and a call to comply (``note``, from :func:`kept_by_compliance`): their
    asks, acts and leads named, not weighed. The posture flags (Chapter VII, an Article 39
    determination, force) are left to the rules that read them, and so is a paragraph that
    asks something of the Secretary-General (``texts``: the old text's paragraphs by ref):
    the Members are called upon to comply, not he."""
    if note is None:
        return changes

    def note_for(change: Change, shift: Shift) -> str | None:
        if change.kind != "dropped" or shift.feature in WHOLE_FLAGS:
            return None
        if any(_TO_SG.match(texts.get(r, "")) for r in change.old):
            return None
        return note

    return tuple(named_not_weighed(c, note_for) for c in changes)


#: A paragraph that asks something of the Secretary-General: the call to comply goes to the
#: Members (or the parties), so his tasks the new text does not repeat are not kept by it
#: (UNFICYP 194 -> 198: the report on compliance left out, judged softer).
_TO_SG = compile_cached(
    r"\s*(?:(?:also|further)\s+)?(?:requests|invites|asks)\s+the\s+Secretary-General\b",
    re.IGNORECASE,
)


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
        # determination, force) are left to the rules that read them, as for the asks kept
        # by a call to comply: a renewal of the period is no renewal of an authorization.
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
