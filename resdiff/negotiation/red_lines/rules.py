"""The red-line rules read on a draft itself, each evaluated: strength (a tier at least
or at most), a measure's mode, a phrase required or forbidden, a flag (Chapter VII,
Article 39), a quantity, an addressee. The rules that read what a revision did to its
base text (no new qualifiers, no demotion, no weakening) are in :mod:`.weakening`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...brackets import every_alternative, fold_brackets
from ...clauses.pairs import SCOPE_RANK
from ...compiled import compile_cached
from ...model import MODE_RANK as _MODES
from ...model import Clause, Comparison, Draft, Phrase
from ...quantities import SAME_AMOUNT
from .amounts import TIMED, amounts_in, quantity_entry, undated_renewal
from .models import (
    AddresseeRule,
    Art39Rule,
    Axis,
    ChapterVIIRule,
    ForbiddenPhraseRule,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    QuantityRule,
    RequiredPhraseRule,
)
from .results import Evidence, Status
from .spec import _measure_id, _required_tier

if TYPE_CHECKING:
    from ...lexicon import Lexicon

from .matching import (
    KEPT_BY_REFERENCE,
    SUNSET_BY_REFERENCE,
    _alternatives,
    _excerpt,
    _holds,
    _in_section,
    _inflected_rx,
    _norm,
    _quantity_words,
    _renewed_by_reference,
    _select,
    _shown_limit,
    _stem_rx,
    _tier,
    _top_level,
    _verdict,
    exempted_by_reference,
    is_lifted,
    named_only,
    named_words,
    narrowed_where_imposed,
    sunsets,
    with_exemptions,
)

#: The mode ladder of the model, keyed by the plain strings a red-lines spec holds.
_MODE_RANK: dict[str, int] = {str(mode): rank for mode, rank in _MODES.items()}


def _strength(
    clause: Clause, axis: Axis, wanted: str | None = None, lexicon: Lexicon | None = None
) -> tuple[int, str | None, list[str]]:
    """The strongest tier on ``axis`` of a paragraph and its sub-paragraphs, the phrase
    that carries it, and the hedges of the paragraph.

    ``wanted`` (a rule's ``contains``, folded as :func:`_norm` folds it): only the clauses
    that hold those words count, each under its own lead (or, for words with no lead of
    their own, the lead they stand under): "Condemns all acts of terrorism, and takes
    note of the launches" does not condemn the launches. Where no one clause holds the
    words (they run across two), the paragraph counts whole."""
    if wanted is not None and lexicon is not None:
        held = _strength_of_clauses_holding(clause, axis, wanted, lexicon)
        if held is not None:
            return held
    best, phrase = 0, None
    hedges: list[str] = []
    for part in clause.walk():
        for p in part.phrases:
            hedges.extend(h for h in p.hedges if h not in hedges)
            if not p.led:
                continue  # words with no lead verb (a mandate task) carry no tier
            tier = _tier(part, p, axis, lexicon)
            if tier is not None and tier > best:
                best, phrase = tier, p.text.lower()
    return best, phrase, hedges


def _strength_of_clauses_holding(
    clause: Clause, axis: Axis, wanted: str, lexicon: Lexicon
) -> tuple[int, str | None, list[str]] | None:
    # -1: the lead of a clause holding the words is named even where it ranks 0 ("takes
    # note of the launches" is no censure, and says so).
    best, phrase, found = -1, None, False
    hedges: list[str] = []
    stack: list[tuple[Clause, tuple[Clause, Phrase] | None]] = [(clause, None)]
    while stack:
        part, governing = stack.pop()
        lead = governing
        led: list[tuple[Clause, Phrase]] = []
        for p in part.phrases:
            end = p.end if p.end is not None else len(part.text)
            if p.led:
                lead = (part, p)
                led.append(lead)
            if not _holds(wanted, _norm(part.text[p.start : end], lexicon)):
                continue
            found = True
            hedges.extend(h for h in p.hedges if h not in hedges)
            if lead is None:
                continue
            tier = _tier(lead[0], lead[1], axis, lexicon)
            if tier is not None and tier > best:
                best, phrase = tier, lead[1].text.lower()
        # The items of a list stand under the clause that announces them ("Condemns ...
        # the following acts, and welcomes the report:"), else under the last lead.
        announcing = [
            (c, p)
            for c, p in led
            if _ANNOUNCES.search(c.text[p.start : p.end if p.end is not None else len(c.text)])
        ]
        items_lead = announcing[0] if announcing else (led[-1] if led else governing)
        stack.extend((child, items_lead) for child in reversed(part.children))
    return (max(best, 0), phrase, hedges) if found else None


#: Words by which a clause announces the list under it.
_ANNOUNCES = compile_cached(r"\b(?:the\s+following|as\s+follows)\b", re.IGNORECASE)


def _strength_evidence(
    clause: Clause, axis: Axis, required: str, wanted: str | None, lexicon: Lexicon
) -> Evidence:
    tier, phrase, hedges = _strength(clause, axis, wanted, lexicon)
    found = f"{phrase} ({axis} {tier})" if phrase else f"no {axis} phrase ({axis} 0)"
    if hedges:
        found += "; hedged: " + ", ".join(f"“{h}”" for h in hedges)
    return Evidence(
        ref=clause.ref, excerpt=_excerpt(clause.full_text()), found=found, required=required
    )


def _check_strength(
    rule: MinStrengthRule | MaxStrengthRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    minimum = isinstance(rule, MinStrengthRule)
    value = rule.at_least if isinstance(rule, MinStrengthRule) else rule.at_most
    tier, label = _required_tier(value, rule.axis, lexicon)
    required = f"{'at least' if minimum else 'at most'} {label}"
    chosen = _select(draft, rule.paragraph, lexicon)
    what = rule.paragraph.describe()
    if not chosen:
        if minimum:
            return "fail", f"no paragraph found: {what} — {required} required", ()
        # Nothing to hold to the limit: the rule was not checked (its selector may have
        # missed a rewording), which a negotiator must see, not a pass.
        return "skipped", f"no paragraph found: {what}, so nothing was checked", ()
    contains = rule.paragraph.contains
    wanted = _norm(contains, lexicon) if contains is not None else None
    evidence = tuple(_strength_evidence(c, rule.axis, required, wanted, lexicon) for c in chosen)
    tiers = [(_strength(c, rule.axis, wanted, lexicon)[0], c) for c in chosen]
    strongest, clause = max(tiers, key=lambda t: t[0])
    _, phrase, _ = _strength(clause, rule.axis, wanted, lexicon)
    found = f"{clause.ref} {phrase or 'no ' + rule.axis + ' phrase'} ({rule.axis} {strongest})"
    if minimum:
        if strongest >= tier:
            # The paragraphs that reach the bar: one that falls short beside one that
            # reaches it is no evidence of the pass (and read as a breach).
            reaching = [e for (t, _c), e in zip(tiers, evidence, strict=True) if t >= tier]
            best = [e for e in reaching if e.ref == clause.ref] + [
                e for e in reaching if e.ref != clause.ref
            ]
            return "pass", f"{found} reaches {label}", tuple(best)
        return "fail", f"{found} falls short of {label}", evidence
    over = [e for (t, _c), e in zip(tiers, evidence, strict=True) if t > tier]
    if over:
        return "fail", f"{found} goes beyond {label}", tuple(over)
    return "pass", f"{found} stays within {label}", evidence


def _measures(
    draft: Draft,
    wanted: str | None,
    lexicon: Lexicon,
    paragraphs: Sequence[Clause] | None = None,
    *,
    weakest: bool = False,
) -> dict[str, tuple[int, Evidence]]:
    """The strongest mode of each measure (of kind ``wanted``, or all) the operative part
    imposes or keeps: its rank and the evidence. A measure a clause lifts or terminates
    ("Decides to lift ... the arms embargo"), one a recital recalls ("Recalling its
    decision ... that all Member States shall prevent ..."), and an item of a list of
    exemptions ("shall not apply to: (b) Other sales ... as approved in advance") impose
    nothing; a hedge that leaves the obligation to the States ("shall, on a voluntary
    basis, prevent" voluntary; "as they deem appropriate", "in a position to do so" at
    most hortatory) lowers its mode. ``paragraphs``: only those (a rule's selector);
    ``weakest``: the weakest mode each measure is imposed in, not the strongest (a
    minimum must hold wherever the measure is imposed)."""
    found: dict[str, tuple[int, Evidence]] = {}
    chosen = {id(c) for c in paragraphs} if paragraphs is not None else None
    for paragraph in draft.operative:
        if chosen is not None and id(paragraph) not in chosen:
            continue
        for clause in paragraph.walk():
            if clause is not paragraph and _exempting(paragraph):
                continue
            for m in clause.measures:
                if (wanted is not None and m.kind != wanted) or m.ends:
                    continue
                mode = _hedged_mode(m.mode, clause, lexicon)
                rank = _MODE_RANK[mode]
                held = found.get(m.kind)
                if held is None or (rank < held[0] if weakest else rank > held[0]):
                    hedged = "" if mode == m.mode else f" (hedged: {m.mode} → {mode})"
                    ev = Evidence(
                        ref=clause.ref,
                        excerpt=_excerpt(clause.text),
                        found=f"{m.label}: {mode}{hedged}",
                    )
                    found[m.kind] = (rank, ev)
    return found


def _hedged_mode(mode: str, clause: Clause, lexicon: Lexicon) -> str:
    """``mode`` lowered by the hedges of ``clause``'s phrases: one that makes the
    obligation an option ("on a voluntary basis") makes it voluntary; one that leaves it
    to the States' judgement or means ("as they deem appropriate", "in a position to do
    so") at most hortatory."""
    kinds = {
        entry.kind
        for phrase in clause.phrases
        for name in phrase.hedges
        if (entry := lexicon.hedges.get(name)) is not None
    }
    if "voluntary" in kinds:
        return "voluntary"
    if kinds & {"discretion", "capacity"} and mode == "mandatory":
        return "hortatory"
    return mode


def _exempting(paragraph: Clause) -> bool:
    """Whether ``paragraph``'s items are a list of exemptions ("... shall not apply to:"),
    as the analysis read its last phrase (the classifier's reading of a list's lead-in)."""
    return bool(paragraph.children and paragraph.phrases and paragraph.phrases[-1].exemptions)


def _check_measure(
    rule: MeasureModeRule,
    draft: Draft,
    lexicon: Lexicon,
    base: Draft | None = None,
    cmp: Comparison | None = None,
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """A ``measure_mode`` rule on ``draft``; ``base``, the draft it revises, if any: a
    measure it imposed that ``draft`` only names was dropped (a fail), one no text here
    imposes but ``draft`` names is left to the resolution that imposed it (skipped).
    ``cmp``, the comparison of the two, tells an exemption carried on (reworded) from
    one added."""
    kind = None if rule.measure in ("any", "*") else _measure_id(rule.measure, lexicon)
    label = "sanctions measure" if kind is None else lexicon.measures[kind].label
    wants = []
    if rule.minimum:
        wants.append(f"at least {rule.minimum}")
    if rule.at_most:
        wants.append(f"at most {rule.at_most}")
    required = " and ".join(wants)
    chosen: list[Clause] | None = None
    if rule.paragraph is not None:
        chosen = _select(draft, rule.paragraph, lexicon)
        if not chosen:
            where = rule.paragraph.describe()
            if rule.minimum:
                return "fail", f"no paragraph found: {where} — {required} required", ()
            # As for a max_strength rule: a limit on nothing found was not checked.
            return "skipped", f"no paragraph found: {where}, so nothing was checked", ()

    def modes(weakest: bool) -> dict[str, tuple[int, Evidence]]:
        return {
            k: (rank, ev.model_copy(update={"required": required}))
            for k, (rank, ev) in _measures(draft, kind, lexicon, chosen, weakest=weakest).items()
        }

    found = modes(False)
    evidence = tuple(ev for _, ev in found.values())
    problems: list[Evidence] = []
    carried: list[Evidence] = []
    base_imposes = base is not None and bool(_measures(base, kind, lexicon, None, weakest=False))
    if rule.minimum:
        low = _MODE_RANK[rule.minimum]
        if not found:
            # Paragraphs that name the measure without imposing it: the report says so
            # where it said "no arms embargo named" or gave no evidence at all, on
            # S/RES/2644 (2022), whose OP5 "demands full compliance ... with the arms
            # embargo" and OP7 calls for its implementation (an analyst's trial).
            named = named_only(draft, kind, lexicon, chosen)
            said = named_words(named)
            lifted = tuple(e for e in named if is_lifted(e))
            if lifted:
                # A lift or an end of the measure crosses the line whatever else the
                # text says of it.
                return (
                    "fail",
                    f"no {label} imposed — {required} required ({said})",
                    named,
                )
            by_reference = _renewed_by_reference(draft, chosen, lexicon)
            if by_reference:
                # "Decides to renew ... the measures ... set out in paragraphs 9, 14 and 16
                # to 19 of resolution 2399 (2018)": the measure may be among them, which
                # this text does not say; not checked, rather than reported absent.
                refs = ", ".join(ev.ref or "" for ev in by_reference)
                none = f"no {label} imposed ({said})" if named else f"no {label} named"
                # Or keeps "the present sanctions" in force, naming none (S/RES/288 (1970)).
                general = all(ev.found == KEPT_BY_REFERENCE for ev in by_reference)
                if any(ev.found == SUNSET_BY_REFERENCE for ev in by_reference):
                    # A final renewal or an expiry of the measures cited: the measure ends
                    # on that date if among them and is not imposed if not, so the line
                    # fails either way, as on a sunset by name (review of life17).
                    return (
                        "fail",
                        f"{none}, and {refs} {'gives' if len(by_reference) == 1 else 'give'}"
                        " a sunset to measures of an earlier resolution by reference"
                        f" — {required} required",
                        by_reference + named,
                    )
                one = len(by_reference) == 1
                verb = ("keeps" if one else "keep") if general else ("renews" if one else "renew")
                return (
                    "skipped",
                    f"{none}, but {refs} {verb}{' in force' if general else ''} measures of an "
                    f"earlier resolution {'by reference' if general else 'by paragraph number'},"
                    " which may hold it: check that resolution",
                    by_reference + named,
                )
            if named and not base_imposes:
                # The lead's decision (review of user14): a text that names the measure
                # without imposing, renewing or lifting it ("Demands full compliance ...
                # with the arms embargo", S/RES/2644 (2022) OP5) leaves in force one an
                # earlier resolution imposed; not checked, as for a renewal by number.
                refs = ", ".join(e.ref or "" for e in named)
                return (
                    "skipped",
                    f"not checked: {label} named, not imposed ({refs}): check the "
                    "resolution that imposed it",
                    named,
                )
            if named:
                # The base imposed it and this text only names it: the imposition was
                # dropped.
                return (
                    "fail",
                    f"no {label} imposed, where the base imposed it — {required} required ({said})",
                    named,
                )
            # Named nowhere, but perhaps narrowed where another resolution imposed it.
            narrowed = exempted_by_reference(draft, kind, lexicon, chosen)
            what = "; ".join(e.found or "" for e in narrowed) or f"no {label} imposed"
            return "fail", f"{what} — {required} required", narrowed
        if kind is not None:
            # Wherever the measure is imposed it keeps the mode: a transfer ban made
            # voluntary is not saved by a procurement ban that stays mandatory.
            problems += [ev for rank, ev in modes(True).values() if rank < low]
            # A measure kept with its end foreseen ("the arms embargo ... shall expire on
            # 1 June 2033") does not stay: the sunset crosses the line.
            problems += sunsets(draft, kind, lexicon, chosen, required)
            kept = (
                frozenset(
                    r
                    for c in cmp.changes
                    if c.kind in ("unchanged", "reworded", "strengthened")
                    for r in c.new
                )
                if cmp is not None
                else None
            )
            new, carried = narrowed_where_imposed(draft, kind, lexicon, chosen, base, found, kept)
            problems += [e.model_copy(update={"required": required}) for e in new]
        elif all(rank < low for rank, _ in found.values()):
            problems += evidence
    if rule.at_most:
        high = _MODE_RANK[rule.at_most]
        problems += [ev for rank, ev in found.values() if rank > high and ev not in problems]
    if problems:
        what = "; ".join(f"{e.ref} {e.found}" for e in problems)
        return "fail", f"{what} — {required} required", tuple(problems)
    if not found:
        return "pass", f"no {label} imposed, so none beyond {rule.at_most}", ()
    what = "; ".join(f"{e.ref} {e.found}" for e in evidence)
    return "pass", f"{what} ({required}){with_exemptions(carried)}", evidence + tuple(carried)


def _check_phrase(
    rule: ForbiddenPhraseRule | RequiredPhraseRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    wanted = _norm(rule.phrase, lexicon)
    forbidden = isinstance(rule, ForbiddenPhraseRule)
    # A phrase forbidden is found in any of its words' forms ("exercise vigilance" in
    # "exercising vigilance": a drafter keeps the words and dodges the line), as a
    # paragraph's ``contains`` is; one required must stand as written ("condemns" is not
    # kept by a recital's "condemning").
    rx = _inflected_rx(wanted) if forbidden else re.compile(r"\b" + re.escape(wanted) + r"\b")
    # What the draft says, its drafters' notes left out: a phrase forbidden is looked
    # for in every alternative still on the table ("as [appropriate][necessary]"), a
    # phrase required only in the words read as agreed (a later alternative, or a note
    # saying it was deleted, does not hold it).
    view = every_alternative if forbidden else fold_brackets
    hits = []
    texts: list[tuple[str, str]] = [
        (clause.ref, clause.text) for clause in draft.walk() if _in_section(clause, rule.section)
    ]
    if rule.section is None:
        # The whole text: its footnotes and annexes too.
        texts += [(f"footnote {f.mark}".strip(), f.text) for f in draft.footnotes]
        texts += [
            (annex.title or "annex", paragraph)
            for annex in draft.annexes
            for paragraph in annex.paragraphs
        ]
    for ref, text in texts:
        folded = _norm(view(text), lexicon)
        m = rx.search(folded)
        if m is not None:
            # Where it stands in the text as printed, for the excerpt (the folded text's
            # offsets may differ); the words as printed there, when found.
            printed = rx.search(text.lower())
            if printed is not None:
                words = text[printed.start() : printed.end()]
                excerpt = _excerpt(text, printed.start(), printed.end())
            else:
                words, excerpt = rule.phrase, _excerpt(text)
            hits.append(Evidence(ref=ref, excerpt=excerpt, found=f"“{' '.join(words.split())}”"))
    where = f" in the {rule.section} part" if rule.section else ""
    # The same findings for both: a forbidden phrase found fails, a required one passes.
    if hits:
        refs = ", ".join(h.ref or "" for h in hits)
        found: Status = "fail" if forbidden else "pass"
        return found, f"“{rule.phrase}” found{where} in {refs}", tuple(hits)
    return "pass" if forbidden else "fail", f"“{rule.phrase}” is nowhere{where}", ()


def _flag(
    rule: ChapterVIIRule | Art39Rule, draft: Draft, cmp: Comparison | None
) -> tuple[Status, str, tuple[Evidence, ...]]:
    chapter = isinstance(rule, ChapterVIIRule)
    what = "Chapter VII" if chapter else "an Article 39 determination"
    present = draft.chapter_vii if chapter else draft.art39
    status_word = ""
    if cmp is not None:
        status = cmp.summary.chapter_vii if chapter else cmp.summary.art39
        status_word = f" ({status} since {cmp.old.name})"
    evidence: list[Evidence] = []
    if present:
        if chapter and draft.chapter_vii_formula is not None:
            f = draft.chapter_vii_formula
            evidence.append(Evidence(ref=f.ref, excerpt=f.formula, found="Chapter VII invoked"))
        elif not chapter and draft.art39_ref:
            clause = draft.clause(draft.art39_ref)
            evidence.append(
                Evidence(ref=clause.ref, excerpt=_excerpt(clause.text), found="determination")
            )
        text = f"acts under Chapter VII{status_word}" if chapter else f"makes {what}{status_word}"
    else:
        if chapter:
            for clause in draft.preamble:
                if clause.text.lower().startswith("acting under"):
                    evidence.append(
                        Evidence(
                            ref=clause.ref,
                            excerpt=_excerpt(clause.text),
                            found="acts under something else",
                        )
                    )
        text = (
            f"does not act under Chapter VII{status_word}"
            if chapter
            else f"makes no Article 39 determination{status_word}"
        )
    ok = present == rule.present
    required = ("required" if rule.present else "excluded") + f": {what}"
    return ("pass" if ok else "fail"), f"{draft.name} {text} — {required}", tuple(evidence)


def _check_quantity(
    rule: QuantityRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Every quantity of the rule's type in the paragraphs chosen, in every reading of
    their alternatives, keeps the limits; and each reading holds one. A time is compared
    within :data:`~resdiff.quantities.SAME_AMOUNT`, as a comparison compares two amounts
    in other units ("quarterly", 91 days, keeps "at most 90 days")."""
    entry = quantity_entry(rule.quantity, lexicon)
    assert entry is not None  # the spec's check refused a quantity the lexicon lacks
    if rule.paragraph is not None:
        paragraphs = _select(draft, rule.paragraph, lexicon)
        where = rule.paragraph.describe()
    else:
        paragraphs = _top_level(draft, "operative")
        where = "the operative part"
    wants = []
    if rule.at_least is not None:
        wants.append(f"at least {_shown_limit(rule.at_least)}")
    if rule.at_most is not None:
        wants.append(f"at most {_shown_limit(rule.at_most)}")
    required = " and ".join(wants)
    if rule.paragraph is not None and not paragraphs:
        # Said as the other rules say it: "no renewal period in the paragraphs containing
        # …" read as the renewal gone, where the words chosen matched no paragraph ("extend
        # the mandate" against "decides to extend its mandate").
        return "fail", f"no paragraph found: {where} — {required} required", ()
    low, high, timed = rule.limits
    slack = SAME_AMOUNT if timed else 0.0
    matching = _stem_rx(rule.matching, lexicon) if rule.matching else None
    others = [_stem_rx(w, lexicon) for w in entry.subjects]
    found: list[tuple[bool, Evidence]] = []
    # Each reading of each part must hold one such quantity: (part ref, reading) seen.
    holding: dict[tuple[str, int], bool] = {}
    # Quantities of the type read, whatever they name: none matching a word that names
    # something ("trops") is said apart from none at all.
    of_type = 0
    for paragraph in paragraphs:
        for part in paragraph.walk():
            for n, text in enumerate(_alternatives(part)):
                holding.setdefault((part.ref, n), False)
                belongs: bool | None = None
                for q in amounts_in(text, rule.quantity, draft, lexicon):
                    of_type += 1
                    if matching is not None:
                        words = _norm(_quantity_words(text, q.start, q.end), lexicon)
                        if matching.search(words):
                            belongs = True
                        elif any(rx.search(words) for rx in others):
                            belongs = False
                        elif belongs is None:
                            # Names nothing, and nothing before it did: it may be the one.
                            belongs = True
                        if not belongs:
                            continue
                    holding[(part.ref, n)] = True
                    ok = (low is None or q.number >= low * (1 - slack)) and (
                        high is None or q.number <= high * (1 + slack)
                    )
                    shown = " ".join(text[q.start : q.end].split())
                    alternative = " (an alternative)" if n else ""
                    found.append(
                        (
                            ok,
                            Evidence(
                                ref=part.ref,
                                excerpt=" ".join(_excerpt(text, q.start, q.end).split()),
                                found=f"{entry.label} “{shown}”{q.note}{alternative}",
                                required=required,
                                value=q.number,
                                unit="days" if entry.kind == "time" else q.unit,
                            ),
                        )
                    )
    what = entry.label + (f" of “{rule.matching}”" if rule.matching else "")
    # A part that holds the quantity in one reading and not in another: an alternative
    # leaves it out ("[with a troop ceiling of 17,000 personnel]").
    by_part: dict[str, list[bool]] = {}
    for (ref, _), held in holding.items():
        by_part.setdefault(ref, []).append(held)
    lacking = sorted(ref for ref, held in by_part.items() if any(held) and not all(held))
    if found and lacking:
        # One reading keeps the quantity, another leaves it out: the red line may go.
        return (
            "fail",
            f"an alternative of {', '.join(lacking)} holds no {what} — {required} required",
            tuple(ev for _, ev in found),
        )
    none = f"no {what} in {where}"
    if (
        rule.quantity in TIMED
        and draft.date is None
        and not found
        and undated_renewal(
            (text for p in paragraphs for part in p.walk() for text in _alternatives(part)),
            lexicon,
        )
    ):
        # A renewal's end date is counted from the draft's date: said only where one
        # renews to an end date (not of a draft that renews nothing).
        none += " (the draft has no date to count a renewal's end date from)"
    if not found and of_type and rule.matching:
        plural = "" if of_type == 1 else "s"
        none += f" ({of_type} {entry.label}{plural} read there, none named by “{rule.matching}”)"
    return _verdict(found, none, required)


# Said without brackets: the report puts "(required: ...)" around them (an analyst read
# "(addressed all of them (“all States”))" as garbled).
_SCOPE_SAID = {
    "all": "to all, like “all States”",
    "plain": "no narrower than plainly, like “States”",
    "narrowed": "even narrowed",
}


def _check_addressee(
    rule: AddresseeRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Every clause of the paragraphs chosen that names whom it asks does so at least as
    widely as the rule asks, in every reading of their alternatives."""
    from ...analyze import analyze_clause

    paragraphs = _select(draft, rule.paragraph, lexicon)
    where = rule.paragraph.describe()
    if not paragraphs:
        return "fail", f"no paragraph found: {where}", ()
    need = SCOPE_RANK[rule.at_least]
    required = f"addressed {_SCOPE_SAID[rule.at_least]}"
    found: list[tuple[bool, Evidence]] = []
    for paragraph in paragraphs:
        for part in paragraph.walk():
            texts = _alternatives(part)
            for n, text in enumerate(texts):
                # The analysis read the first reading; each other is read as it stands.
                read = (
                    part
                    if n == 0
                    else analyze_clause(
                        part.model_copy(update={"text": text, "children": ()}), lexicon
                    )
                )
                for p in read.phrases:
                    if not p.addressee or p.scope is None:
                        continue
                    at = text.find(p.addressee, p.start)
                    end = at + len(p.addressee) if at >= 0 else None
                    alternative = " (an alternative)" if n else ""
                    found.append(
                        (
                            SCOPE_RANK[p.scope] >= need,
                            Evidence(
                                ref=part.ref,
                                excerpt=" ".join(_excerpt(text, max(at, 0), end).split()),
                                found=f"addressed {p.scope}: “{p.addressee}”{alternative}",
                                required=required,
                            ),
                        )
                    )
    return _verdict(found, f"no addressee read in {where}", required)
