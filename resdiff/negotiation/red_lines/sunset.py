"""The ``no_sunset`` red line, read on a draft itself: no operative paragraph gives a
mandate or a measure a sunset, as the engine reads one (lifecycle.toml's stage
"sunset"), by name or by reference. Needs no base draft: "no sunset on the mandate" is
what a delegation asks of any text, not of a revision only (``no_weakening`` catches a
sunset against a base)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import DECISION_TIER, Clause, Draft
from .matching import (
    SUNSET_BY_REFERENCE,
    _excerpt,
    _renewed_by_reference,
    _select,
)
from .models import NoSunsetRule
from .results import Evidence, Status
from .spec import _ANY_SUNSET, _measure_id

if TYPE_CHECKING:
    from ...lexicon import Lexicon


#: The life-cycle stages a ``no_sunset`` line refuses: a sunset, and an end the text
#: decides ("Decides to terminate the mandate of UNAMID as of 31 December 2020", S/RES/2559
#: (2020); "Decides not to renew ..."), which a line that the mandate has no end foreseen
#: refuses the more (as a ``measure_mode`` line fails on a lift). Not a drawdown
#: ("reduce") nor a suspension: the mandate goes on.
_ENDING = ("sunset", "end")


def _sunset_words(clause: Clause, lexicon: Lexicon) -> list[str]:
    """The labels of the sunsets and ends of ``clause``'s own led phrases (lifecycle.toml's
    stages "sunset" and "end"), less the term of what the same clause sets up ("to
    establish a team ... for a single period of six months" creates a body with its
    term: no sunset, as compare reads it)."""
    entries = lexicon.lifecycle
    said: list[str] = []
    for p in clause.phrases:
        if not p.led:
            continue
        for x in lexicon.without_start_terms(p.lifecycle):
            entry = entries.get(x)
            if entry is None or entry.stage not in _ENDING or entry.label in said:
                continue
            if entry.stage == "end" and (p.axis_a or 0) < DECISION_TIER:
                # An end is the Council's only in a decision: "Encourages States to submit
                # delisting requests ..." (S/RES/2610 (2021) OP77) ends no mandate.
                continue
            said.append(entry.label)
    return said


def _measure_sunsets(clause: Clause, lexicon: Lexicon, kind: str | None = None) -> list[str]:
    """The measures (of ``kind``, if given) ``clause`` gives a sunset or ends: "arms
    embargo: given a sunset", "arms embargo: lifted"."""
    entries = lexicon.lifecycle
    return [
        f"{m.label}: {entry.label}"
        for m in clause.measures
        if (kind is None or m.kind == kind)
        and (entry := entries.get(m.action or "")) is not None
        and entry.stage in _ENDING
    ]


def _any_sunsets(
    lexicon: Lexicon, paragraphs: Sequence[Clause], mandate_only: bool, kind: str | None
) -> list[Evidence]:
    """The clauses of ``paragraphs`` that give a sunset or an end: to anything, to the
    measure of ``kind``, or (``mandate_only``) to what no measure of the clause carries (a
    mandate's, a body's, an authorization's)."""
    found: list[Evidence] = []
    for paragraph in paragraphs:
        for clause in paragraph.walk():
            measures = _measure_sunsets(clause, lexicon, kind)
            if kind is not None:
                if measures:
                    said = "; ".join(measures)
                    found.append(
                        Evidence(ref=clause.ref, excerpt=_around(clause, lexicon), found=said)
                    )
                continue
            words = _sunset_words(clause, lexicon)
            if mandate_only:
                if not words or measures:
                    continue
                said = "; ".join(words)
            else:
                if not words and not measures:
                    continue
                said = "; ".join(measures or words)
            found.append(Evidence(ref=clause.ref, excerpt=_around(clause, lexicon), found=said))
    return found


def _around(clause: Clause, lexicon: Lexicon) -> str:
    """An excerpt of ``clause`` around its first sunset or end ("... this shall be the
    final such extension ..."), or its opening where none is found in its own text."""
    at = next((m for m in lexicon.lifecycle_in(clause.text) if m.stage in _ENDING), None)
    if at is None:
        return _excerpt(clause.text)
    return _excerpt(clause.text, at.start, at.end)


def _check_no_sunset(
    rule: NoSunsetRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """A ``no_sunset`` rule on ``draft``: fails on every operative clause (of the rule's
    paragraphs, if given) that gives a sunset to what the rule names, by name or by
    reference (:func:`~.matching._renewed_by_reference`'s
    :data:`~.matching.SUNSET_BY_REFERENCE`); else passes, naming nothing."""
    said = " ".join(rule.measure.split()).lower()
    kind = None if said in _ANY_SUNSET else _measure_id(rule.measure, lexicon)
    if said in ("mandate", "mandates"):
        what = "a mandate"
    elif kind is not None:
        what = f"the {lexicon.measures[kind].label}"
    else:
        what = "a mandate or measure"
    required = f"no sunset on {what}"
    operative = [p for p in draft.operative if p.section == "operative"]
    chosen: list[Clause] | None = None
    if rule.paragraph is not None:
        chosen = [p for p in _select(draft, rule.paragraph, lexicon) if p.section == "operative"]
        if not chosen:
            where = rule.paragraph.describe()
            return "skipped", f"no operative paragraph found: {where}, so nothing was checked", ()
    paragraphs = chosen if chosen is not None else operative
    found = [
        e.model_copy(update={"required": required})
        for e in _any_sunsets(lexicon, paragraphs, said in ("mandate", "mandates"), kind)
    ]
    if kind is not None or said not in ("mandate", "mandates"):
        # Measures of an earlier resolution given a sunset by reference may hold the
        # measure named (its sunset, then), as a measure_mode line reads them.
        seen = {e.ref for e in found}
        found += [
            e.model_copy(update={"required": required})
            for e in _renewed_by_reference(draft, paragraphs, lexicon)
            if e.found == SUNSET_BY_REFERENCE and e.ref not in seen
        ]
    where = "the operative part" if rule.paragraph is None else rule.paragraph.describe()
    if found:
        refs = "; ".join(f"{e.ref} {e.found}" for e in found)
        return "fail", f"{refs} — {required} required", tuple(found)
    return "pass", f"no sunset in {where} ({required})", ()
