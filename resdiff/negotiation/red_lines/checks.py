"""The checks: each rule evaluated against a draft (and the comparison with its base,
for the rules that need one), and :func:`check`, which runs a whole spec: a draft with
alternatives in brackets is checked as each of its readings. The rules are in
:mod:`.rules`, the text matching they share in :mod:`.matching`.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from ...model import FIRST_WARNINGS, PART_BREAK, Change, Clause, Comparison, Draft, ordered_warnings
from .results import CheckResult, Evidence, RuleResult, Status
from .spec import (
    AddresseeRule,
    Art39Rule,
    ChapterVIIRule,
    ForbiddenPhraseRule,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    NoDemotionRule,
    NoNewQualifiersRule,
    QuantityRule,
    RedLines,
    RequiredPhraseRule,
    Rule,
    _lexicon,
    load_red_lines,
)

if TYPE_CHECKING:
    from ...api import DraftSource
    from ...lexicon import Lexicon

from .matching import _alternatives
from .rules import (
    _check_addressee,
    _check_demotion,
    _check_measure,
    _check_phrase,
    _check_qualifiers,
    _check_quantity,
    _check_strength,
    _check_weakening,
    _flag,
)


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
