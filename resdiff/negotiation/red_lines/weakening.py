"""The red-line rules that read what a revision did to its base text, on the comparison
of the two: no new qualifiers (nor one widened, nor one in an alternative still on the
table), no demotion of an operative paragraph to the preamble, no weakening. The rules
read on a draft itself are in :mod:`.rules`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...brackets import fold_brackets, readings
from ...explain import describe_shift_in
from ...model import Change, Comparison, Section
from .matching import _excerpt
from .models import NoNewQualifiersRule, NoWeakeningRule
from .results import Evidence, Status

if TYPE_CHECKING:
    from ...lexicon import Lexicon


def _qualifiers_in(text: str, features: set[str], lexicon: Lexicon) -> dict[str, set[str]]:
    """The qualifiers of ``text`` by feature: exemptions, conditions and hedges by the
    lexicon's phrase, the weakest modal by its word."""
    out: dict[str, set[str]] = {}
    if "exemption" in features:
        out["exemption"] = {m.phrase for m in lexicon.exemptions_in(text)}
    if "condition" in features:
        out["condition"] = {m.phrase for m in lexicon.conditions_in(text)}
    if "hedge" in features:
        out["hedge"] = {m.hedge for m in lexicon.hedges_in(text)}
    if "modal" in features:
        ranked = [
            (rank, m.word)
            for m in lexicon.modals_in(text)
            if (rank := lexicon.modal_rank(m.word)) is not None
        ]
        out["modal"] = {min(ranked)[1]} if ranked else set()
    return out


def _added_in_alternatives(change: Change, features: set[str], lexicon: Lexicon) -> list[str]:
    """Qualifiers an alternative still on the table in the new text adds to the old one
    ("all Member States [shall][may] prevent": "may" in place of "shall")."""
    new_text = change.new_text
    if not change.old or ("[" not in new_text and "Alt" not in new_text):
        return []
    before = _qualifiers_in(fold_brackets(change.old_text), features, lexicon)
    said: list[str] = []
    for text in readings(new_text)[1:]:
        after = _qualifiers_in(text, features, lexicon)
        for feature in sorted(after):
            if feature == "modal":
                old_rank = min(
                    (lexicon.modal_rank(w) or 0 for w in before.get("modal", set())), default=None
                )
                for word in after["modal"]:
                    rank = lexicon.modal_rank(word)
                    if old_rank is not None and rank is not None and rank < old_rank:
                        said.append(f"modal weakened in an alternative: “{word}”")
                continue
            for phrase in sorted(after[feature] - before.get(feature, set())):
                said.append(f"{feature} added in an alternative: “{phrase}”")
    return list(dict.fromkeys(said))


def _check_qualifiers(
    rule: NoNewQualifiersRule, cmp: Comparison, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """No change of ``section`` adds or widens a qualifier of the rule's features against
    the base draft, as the comparison reads the text agreed so far, nor in any
    alternative still on the table."""
    section: Section | None = None if rule.section == "all" else rule.section
    wanted: set[str] = set(rule.features)
    where = "the whole text" if section is None else f"the {section} part"
    names = " or ".join(dict.fromkeys(rule.features))
    found = []
    for change in cmp.where(section=section):
        said = [
            describe_shift_in(change, s)
            for part in change.walk()
            for s in part.shifts
            if s.feature in wanted and s.direction == "softer"
        ]
        said += _added_in_alternatives(change, wanted, lexicon)
        if not said:
            continue
        found.append(
            Evidence(
                ref=change.label,
                excerpt=_change_evidence(change).excerpt,
                found=f"{change.kind}: " + "; ".join(dict.fromkeys(said)),
            )
        )
    if found:
        labels = ", ".join(e.ref or "" for e in found)
        return "fail", f"{names} added or widened in {where}: {labels}", tuple(found)
    return "pass", f"no {names} added or widened in {where}", ()


def _change_evidence(change: Change) -> Evidence:
    from ...testing.assertions import format_redline

    # What weighs, not what is only named (a date moved on, a citation updated): pasted
    # into a cable, "OP1 softened: date: 31 July 2022 → 31 July 2023" reads as if the
    # renewal softened the embargo.
    every = [s for c in change.walk() for s in c.shifts]
    weighed = [s for s in every if s.direction != "neutral"] or every
    said: list[str] = []
    for shift in weighed:
        # Two items of a list may change alike ("approved in advance by the Committee" →
        # "notified to" in (c) and (g)): each said where it stands, once.
        line = describe_shift_in(change, shift)
        if line not in said:
            said.append(line)
    shifts = "; ".join(said)
    return Evidence(
        ref=change.label,
        excerpt=_excerpt(format_redline(change.redline), 0, 0) if change.redline else None,
        found=f"{change.kind}" + (f": {shifts}" if shifts else ""),
    )


def _check_demotion(cmp: Comparison) -> tuple[Status, str, tuple[Evidence, ...]]:
    demoted = [
        c
        for c in cmp.changes
        if (c.old_section == "operative" and c.section == "preamble" and c.new)
        or any(s.feature == "section" and s.direction == "softer" for s in c.shifts)
    ]
    if demoted:
        labels = ", ".join(c.label for c in demoted)
        return (
            "fail",
            f"demoted to the preamble: {labels}",
            tuple(_change_evidence(c) for c in demoted),
        )
    return "pass", "no operative paragraph was moved into the preamble", ()


def _weakening(change: Change) -> bool:
    """Whether ``change`` weakens the text: softened or mixed, dropped with weight, or
    added with weight toward softer only (a sunset, a lifting, an exemption in a
    paragraph of its own: "Decides that the measures imposed by paragraph 1 shall
    terminate on 31 January 2023")."""
    if change.kind in ("softened", "mixed"):
        return True
    if change.kind == "added":
        directions = {s.direction for c in change.walk() for s in c.shifts}
        return "softer" in directions and "stronger" not in directions
    return change.kind == "dropped" and any(
        s.direction == "softer" for c in change.walk() for s in c.shifts
    )


def _check_weakening(
    rule: NoWeakeningRule, cmp: Comparison
) -> tuple[Status, str, tuple[Evidence, ...]]:
    section: Section | None = None if rule.section == "all" else rule.section
    found = [c for c in cmp.where(section=section) if _weakening(c)]
    where = "the whole text" if section is None else f"the {section} part"
    if found:
        labels = ", ".join(f"{c.label} {c.kind}" for c in found)
        return "fail", f"weakened in {where}: {labels}", tuple(_change_evidence(c) for c in found)
    return "pass", f"nothing weakened in {where}", ()
