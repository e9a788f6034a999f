"""The checks: each rule evaluated against a draft (and the comparison with its base,
for the rules that need one), and :func:`check`, which runs a whole spec.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...brackets import every_alternative, fold_brackets, readings
from ...clauses.pairs import SCOPE_RANK
from ...compiled import compile_cached
from ...explain import describe_shift_in
from ...model import (
    FIRST_WARNINGS,
    PART_BREAK,
    Change,
    Clause,
    Comparison,
    Draft,
    Phrase,
    Section,
    ordered_warnings,
)
from ...quantities import SAME_AMOUNT
from .results import CheckResult, Evidence, RuleResult, Status
from .spec import (
    AddresseeRule,
    Art39Rule,
    Axis,
    ChapterVIIRule,
    ForbiddenPhraseRule,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    NoDemotionRule,
    NoNewQualifiersRule,
    NoWeakeningRule,
    ParagraphSelector,
    QuantityRule,
    RedLines,
    RequiredPhraseRule,
    Rule,
    _lexicon,
    _measure_id,
    _required_tier,
    load_red_lines,
)

if TYPE_CHECKING:
    from ...api import DraftSource
    from ...lexicon import Lexicon


_MODE_RANK: dict[str, int] = {"voluntary": 1, "hortatory": 2, "mandatory": 3}
_EXCERPT = 90


def _excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """About ``_EXCERPT`` characters of ``text`` around ``start:end``, its spaces single
    (a reading of an alternative keeps the offsets of the brackets it drops as spaces)."""
    return " ".join(_excerpt_at(text, start, end).split())


def _excerpt_at(text: str, start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    if len(text) <= _EXCERPT:
        return text
    if end - start >= _EXCERPT or start < _EXCERPT // 3:
        cut = text[: max(_EXCERPT, 0)]
        return cut[: cut.rfind(" ")] + " …" if " " in cut else cut + "…"
    left = max(0, start - _EXCERPT // 3)
    piece = text[left : left + _EXCERPT]
    if left:
        piece = "… " + piece[piece.find(" ") + 1 :]
    if left + _EXCERPT < len(text):
        piece = piece[: piece.rfind(" ")] + " …"
    return piece


def _norm(text: str, lexicon: Lexicon) -> str:
    return lexicon.fold(text)


def _holds(wanted: str, text: str) -> bool:
    """Whether ``text`` (folded as :func:`_norm` folds) holds the words of ``wanted``
    (folded alike) in a row, each as the start of a word, its inflection aside: "the
    launches" is found in "the launching" and "the launched", not in "relaunch"."""
    return _phrase_rx(wanted).search(text) is not None


@functools.lru_cache(maxsize=256)
def _phrase_rx(wanted: str) -> re.Pattern[str]:
    words = re.findall(r"\w+", wanted)
    if not words:
        return re.compile(re.escape(wanted))
    # A short word ("the", "of", "on") stands as it is: "the\w*" would find "their".
    parts = [re.escape(w) + r"\b" if len(w) <= 3 else re.escape(_stem(w)) + r"\w*" for w in words]
    return re.compile(r"\b" + r"\W+".join(parts))


def _stem(word: str) -> str:
    """A word without its plural or verb ending, for :func:`_holds`: "launches" →
    "launch", "states" → "state", "launching" → "launch", "decided" → "decid"."""
    w = word.lower()
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    if w.endswith("es") and w[:-2].endswith(("ch", "sh", "x", "ss", "z")):
        return w[:-2]
    return _singular(w)


def _singular(word: str) -> str:
    """``word`` without a plural "s" ("troops" → "troop"; not "pass", not "bus")."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _in_section(clause: Clause, section: str | None) -> bool:
    return section in (None, "all") or clause.section == section


def _top_level(draft: Draft, section: str | None) -> list[Clause]:
    return [c for c in draft.paragraphs if _in_section(c, section)]


def _select(draft: Draft, selector: ParagraphSelector, lexicon: Lexicon) -> list[Clause]:
    """The paragraphs (or the sub-paragraph, for a ``ref`` such as ``OP4(a)``) chosen."""
    if selector.ref is not None:
        try:
            clause = draft.clause(selector.ref)
        except KeyError:
            return []
        return [clause] if _in_section(clause, selector.section) else []
    assert selector.contains is not None
    wanted = _norm(selector.contains, lexicon)
    return [
        c
        for c in _top_level(draft, selector.section)
        if _holds(wanted, _norm(c.full_text(), lexicon))
    ]


def _tier(part: Clause, p: Phrase, axis: Axis, lexicon: Lexicon | None = None) -> int | None:
    """The tier on ``axis`` of one led clause of ``part`` (``None``: a recital's clause
    has no prescriptive force). On the force axis a decision whose modal binds less than
    "shall" ranks no higher than what it then is: "Decides that all Member States should
    prevent" a recommendation ("calls upon"), "may prevent" a permission ("encourages")."""
    if axis == "force":
        if part.section == "preamble" and part.label is None:
            return None
        tier = p.axis_a or 1
        rank = lexicon.modal_rank(p.modal) if lexicon is not None and p.modal else None
        if rank is not None and rank in _MODAL_CAP:
            tier = min(tier, _MODAL_CAP[rank])
        return tier
    return p.axis_b or 0


#: The highest force tier a clause reaches under a modal of each rank below "shall" (3):
#: "should", "will" (2) recommend, as "calls upon" (4) does; "may" (1) permits, as
#: "encourages" (2) does (domain.md §2).
_MODAL_CAP = {2: 4, 1: 2}


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
        ok = strongest >= tier
        verdict = "reaches" if ok else "falls short of"
        best = [e for e in evidence if e.ref == clause.ref] + [
            e for e in evidence if e.ref != clause.ref
        ]
        return ("pass" if ok else "fail"), f"{found} {verdict} {label}", tuple(best)
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
    rule: MeasureModeRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
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
    if rule.minimum:
        low = _MODE_RANK[rule.minimum]
        if not found:
            return "fail", f"no {label} imposed — {required} required", ()
        if kind is not None:
            # Wherever the measure is imposed it keeps the mode: a transfer ban made
            # voluntary is not saved by a procurement ban that stays mandatory.
            problems += [ev for rank, ev in modes(True).values() if rank < low]
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
    return "pass", f"{what} ({required})", evidence


def _check_phrase(
    rule: ForbiddenPhraseRule | RequiredPhraseRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    wanted = _norm(rule.phrase, lexicon)
    rx = re.compile(r"\b" + re.escape(wanted) + r"\b")
    forbidden = isinstance(rule, ForbiddenPhraseRule)
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
            at = text.lower().find(rule.phrase.lower())
            excerpt = _excerpt(text, at, at + len(rule.phrase)) if at >= 0 else _excerpt(text)
            hits.append(Evidence(ref=ref, excerpt=excerpt, found=f"“{rule.phrase}”"))
    where = f" in the {rule.section} part" if rule.section else ""
    if isinstance(rule, ForbiddenPhraseRule):
        if hits:
            refs = ", ".join(h.ref or "" for h in hits)
            return "fail", f"“{rule.phrase}” found{where} in {refs}", tuple(hits)
        return "pass", f"“{rule.phrase}” is nowhere{where}", ()
    if hits:
        refs = ", ".join(h.ref or "" for h in hits)
        return "pass", f"“{rule.phrase}” found{where} in {refs}", tuple(hits)
    return "fail", f"“{rule.phrase}” is nowhere{where}", ()


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


def _shown_limit(value: str | int | float) -> str:
    """A limit as the spec gave it: "17,000", "90 days"."""
    if isinstance(value, str):
        return " ".join(value.split())
    return f"{value:,}" if float(value).is_integer() else str(value)


def _verdict(
    found: list[tuple[bool, Evidence]], none: str, required: str
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Pass when something was found and all of it holds; else fail, naming what broke
    (or ``none``: what was not found)."""
    if not found:
        return "fail", f"{none} — {required} required", ()
    broken = tuple(ev for ok, ev in found if not ok)
    shown = broken or tuple(ev for _, ev in found)
    said = "; ".join(dict.fromkeys(f"{e.ref} {e.found}" for e in shown))
    if broken:
        return "fail", f"{said} — {required} required", broken
    return "pass", f"{said} ({required})", shown


def _alternatives(part: Clause) -> list[str]:
    """The readings of a paragraph's own text that a red line must hold under: the text
    as agreed so far, then each alternative still on the table (:func:`readings`)."""
    return readings(part.text) if "[" in part.text or "Alt" in part.text else [part.text]


#: How far before a quantity the words that name what it counts may stand ("a troop
#: ceiling of 17,000 personnel").
_NAMED_BEFORE = 60
_NEXT_WORD = compile_cached(r"\W{0,3}[\w’'-]{1,40}")
#: Where the words naming a quantity start: after a semicolon, a colon, a comma followed
#: by a space (not the comma of "17,000"), or "and".
_NAMING_BREAK = compile_cached(r";|:|,(?=\s)|\band\b")


def _quantity_words(text: str, start: int, end: int) -> str:
    """The words that say what a quantity counts: back to the last break before it
    (:data:`_NAMING_BREAK`, within :data:`_NAMED_BEFORE` characters), the quantity, and
    the word after it. "a troop ceiling of 17,000 personnel, and a police ceiling of 2,101
    personnel": the first is the troops', the second the police's."""
    floor = max(0, start - _NAMED_BEFORE)
    cut = floor
    for found in _NAMING_BREAK.finditer(text, floor, start):
        cut = found.end()
    after = _NEXT_WORD.match(text, end)
    return text[cut:start] + text[start:end] + (after.group() if after else "")


def _stem_rx(word: str, lexicon: Lexicon) -> re.Pattern[str]:
    """A word looked for as the start of one, its plural folded: "troops" finds "a troop
    ceiling"."""
    return re.compile(r"\b" + re.escape(_singular(_norm(word, lexicon).strip())))


def _check_quantity(
    rule: QuantityRule, draft: Draft, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    """Every quantity of the rule's type in the paragraphs chosen, in every reading of
    their alternatives, keeps the limits; and each reading holds one. A time is compared
    within :data:`~resdiff.quantities.SAME_AMOUNT`, as a comparison compares two amounts
    in other units ("quarterly", 91 days, keeps "at most 90 days")."""
    entry = lexicon.quantity_types[rule.quantity]
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
    low, high, timed = rule.limits
    slack = SAME_AMOUNT if timed else 0.0
    matching = _stem_rx(rule.matching, lexicon) if rule.matching else None
    others = [_stem_rx(w, lexicon) for w in entry.subjects]
    found: list[tuple[bool, Evidence]] = []
    # Each reading of each part must hold one such quantity: (part ref, reading) seen.
    holding: dict[tuple[str, int], bool] = {}
    for paragraph in paragraphs:
        for part in paragraph.walk():
            for n, text in enumerate(_alternatives(part)):
                holding.setdefault((part.ref, n), False)
                belongs: bool | None = None
                for q in lexicon.quantities_in(text):
                    if q.id != rule.quantity or q.number is None:
                        continue
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
                                found=f"{entry.label} “{shown}”{alternative}",
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
    return _verdict(found, f"no {what} in {where}", required)


_SCOPE_SAID = {
    "all": "all of them (“all States”)",
    "plain": "no narrower than plainly (“States”)",
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


def _unanalysed(draft: Draft, cmp: Comparison | None) -> str | None:
    """Names the draft (with its language) the lexicon could not read, if any."""
    infos = [(draft.name, draft.language, draft.analysis_unavailable)]
    if cmp is not None:
        infos += [(i.name, i.language, i.analysis_unavailable) for i in (cmp.old, cmp.new)]
    for name, language, unavailable in infos:
        if unavailable:
            return f"{name} (language: {language or 'unknown'})"
    return None


def _evaluate(
    rule: Rule, draft: Draft, cmp: Comparison | None, lexicon: Lexicon
) -> tuple[Status, str, tuple[Evidence, ...]]:
    if rule.needs_base and cmp is None:
        return "skipped", "needs a base draft to compare with (base=... or --against)", ()
    if not isinstance(rule, ForbiddenPhraseRule | RequiredPhraseRule):
        # Every other rule reads the analysis; a draft the lexicon cannot read (not in
        # English) would fail them all as if the language were absent.
        unread = _unanalysed(draft, cmp)
        if unread is not None:
            return "skipped", f"cannot be checked: {unread} could not be analysed", ()
    if isinstance(rule, ChapterVIIRule | Art39Rule):
        return _flag(rule, draft, cmp)
    if isinstance(rule, MinStrengthRule | MaxStrengthRule):
        return _check_strength(rule, draft, lexicon)
    if isinstance(rule, MeasureModeRule):
        return _check_measure(rule, draft, lexicon)
    if isinstance(rule, ForbiddenPhraseRule | RequiredPhraseRule):
        return _check_phrase(rule, draft, lexicon)
    if isinstance(rule, QuantityRule):
        return _check_quantity(rule, draft, lexicon)
    if isinstance(rule, AddresseeRule):
        return _check_addressee(rule, draft, lexicon)
    assert cmp is not None
    if isinstance(rule, NoDemotionRule):
        return _check_demotion(cmp)
    if isinstance(rule, NoNewQualifiersRule):
        return _check_qualifiers(rule, cmp, lexicon)
    return _check_weakening(rule, cmp)


def _draft_of(cmp: Comparison, lexicon: Lexicon) -> Draft:
    """The new draft of a comparison, rebuilt from its changes' new texts and analysed:
    what the paragraph rules read when :func:`check` is given a comparison."""
    from ...analyze import analyze

    def build(change: Change, top: bool) -> Clause:
        ref = " + ".join(change.new)
        digits = "".join(ch for ch in change.new[0] if ch.isdigit()) if top else ""
        if top:
            label = f"{digits}." if change.section == "operative" else None
        else:
            m = re.search(r"(\([^()]*\))$", change.new[0])
            label = m.group(1) if m else None
        children = (
            tuple(build(c, False) for c in change.children if c.new)
            if len(change.new) == 1 and len(change.old) <= 1
            else ()
        )
        return Clause(
            ref=ref,
            section=change.section,
            label=label,
            text=change.new_text.replace(PART_BREAK, " "),
            children=children,
        )

    clauses = [build(c, True) for c in cmp.changes if c.new]
    draft = Draft(
        symbol=cmp.new.symbol,
        kind=cmp.new.kind,
        sponsors=cmp.new.sponsors,
        date=cmp.new.date,
        preamble=tuple(c for c in clauses if c.section == "preamble"),
        operative=tuple(c for c in clauses if c.section == "operative"),
    )
    return analyze(draft, lexicon)


def check(
    target: Draft | Comparison | DraftSource,
    spec: RedLines | str | os.PathLike[str],
    *,
    base: DraftSource | None = None,
    lexicon: Lexicon | None = None,
) -> CheckResult:
    """Check a delegation's red lines against a draft.

    ``target`` is a draft (or a path or text :func:`resdiff.parse` reads) or a
    :class:`~resdiff.model.Comparison` (its new draft is checked, against its old one).
    ``base`` is the draft it revises: the rules ``no_demotion`` and ``no_weakening`` need
    one and are skipped without it. ``spec`` is a :class:`RedLines`, a path to a TOML
    file, or TOML text. Raises :class:`~resdiff.errors.SpecError` for a bad spec.
    """
    from ...api import compare, parse

    lex = _lexicon(lexicon)
    red_lines = load_red_lines(spec, lexicon=lexicon)
    if not isinstance(spec, str | os.PathLike):
        red_lines.validate_with(lexicon)
    cmp: Comparison | None
    if isinstance(target, Comparison):
        cmp = target
        draft = _draft_of(cmp, lex)
        base_name: str | None = cmp.old.name
    else:
        draft = parse(target, lexicon=lexicon)
        cmp = compare(base, draft, lexicon=lexicon) if base is not None else None
        base_name = cmp.old.name if cmp is not None else None
    variants: list[Draft] | None = None
    results = []
    for k, rule in enumerate(red_lines.rules):
        status, message, evidence = _evaluate(rule, draft, cmp, lex)
        if status == "pass" and isinstance(rule, _READS_ONE_ALTERNATIVE):
            # The analysis read the text as agreed so far (the first alternative of each
            # place of dispute); the rule must hold under the others too.
            if variants is None:
                variants = _alternative_drafts(draft, lex)
            for n, variant in enumerate(variants, start=1):
                v_status, v_message, v_evidence = _evaluate(rule, variant, None, lex)
                if v_status == "fail":
                    status, evidence = "fail", v_evidence
                    message = f"{v_message} (in alternative {n} still on the table)"
                    break
        results.append(
            RuleResult(
                name=rule.name,
                type=rule.type,
                status=status,
                message=message,
                evidence=evidence,
                note=rule.note,
                line=red_lines.lines[k] if k < len(red_lines.lines) else None,
            )
        )
    return CheckResult(
        draft=draft.name,
        base=base_name,
        delegation=red_lines.delegation,
        spec=red_lines.source,
        results=tuple(results),
        warnings=_unsettled(draft, cmp),
    )


#: The rules read from the analysis of the text as agreed so far, which must also hold
#: under each alternative still on the table (the others read the alternatives
#: themselves: :func:`_alternatives`).
_READS_ONE_ALTERNATIVE = (
    ChapterVIIRule,
    Art39Rule,
    MinStrengthRule,
    MaxStrengthRule,
    MeasureModeRule,
)


def _alternative_drafts(draft: Draft, lexicon: Lexicon) -> list[Draft]:
    """The draft as each alternative still on the table would make it: the n-th draft
    reads the n-th alternative of every place of dispute that has one (and the first
    elsewhere), analysed afresh. "[Condemns][Deplores] the launches" gives one draft
    that deplores; "[Acting under Chapter VII ...,][Acting under its special
    responsibility ...,]" one that does not act under Chapter VII. At most
    :data:`~resdiff.brackets.MAX_READINGS` drafts."""
    from ...analyze import analyze

    texts: dict[int, list[str]] = {}
    for part in draft.walk():
        found = _alternatives(part)
        if len(found) > 1:
            texts[id(part)] = found
    if not texts:
        return []
    count = max(len(found) for found in texts.values()) - 1

    def read(clause: Clause, n: int) -> Clause:
        # Clause trees are as deep as the readers allow (resdiff.read.depth).
        children = tuple(read(c, n) for c in clause.children)
        found = texts.get(id(clause))
        text = found[n] if found is not None and n < len(found) else clause.text
        if text == clause.text and children == clause.children:
            return clause
        return clause.model_copy(update={"text": text, "children": children})

    out = []
    for n in range(1, count + 1):
        variant = draft.model_copy(
            update={
                "preamble": tuple(read(c, n) for c in draft.preamble),
                "operative": tuple(read(c, n) for c in draft.operative),
            }
        )
        out.append(analyze(variant, lexicon))
    return out


def _unsettled(draft: Draft, cmp: Comparison | None) -> tuple[str, ...]:
    """The warnings of the draft (and of its base) that its verdicts rest on
    (:data:`~resdiff.model.FIRST_WARNINGS`: brackets, alternatives, disputed flags, tracked
    or struck words, drafters' notes), named with their draft."""
    sources = [(draft.name, draft.warnings)]
    if cmp is not None:
        sources.append((cmp.old.name, cmp.old.warnings))
    return tuple(
        f"{name}: {f'line {w.line}: ' if w.line else ''}{w.message} [{w.code}]"
        for name, warnings in sources
        for w in ordered_warnings(warnings)
        if w.code in FIRST_WARNINGS
    )
