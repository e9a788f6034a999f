"""The checks: each rule evaluated against a draft (and the comparison with its base,
for the rules that need one), and :func:`check`, which runs a whole spec: a draft with
alternatives in brackets is checked as each of its readings. The rules are in
:mod:`.rules` (those read on the draft) and :mod:`.weakening` (those read on its
comparison with the base), the text matching they share in :mod:`.matching`.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...analyze.reading import AnalysisMemo
from ...model import FIRST_WARNINGS, PART_BREAK, Change, Clause, Comparison, Draft, ordered_warnings
from .models import (
    AddresseeRule,
    Art39Rule,
    ChapterVIIRule,
    ForbiddenPhraseRule,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    NoDemotionRule,
    NoNewQualifiersRule,
    NoSunsetRule,
    QuantityRule,
    RequiredPhraseRule,
    Rule,
)
from .results import CheckResult, Evidence, RuleResult, Status
from .spec import RedLines, _lexicon, load_red_lines

if TYPE_CHECKING:
    from ...api import DraftSource
    from ...lexicon import Lexicon

from .matching import _alternatives
from .rules import (
    _check_addressee,
    _check_measure,
    _check_phrase,
    _check_quantity,
    _check_strength,
    _flag,
)
from .sunset import _check_no_sunset
from .weakening import _check_demotion, _check_qualifiers, _check_weakening


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
    rule: Rule,
    draft: Draft,
    cmp: Comparison | None,
    lexicon: Lexicon,
    base: Draft | None = None,
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
        return _check_measure(rule, draft, lexicon, base, cmp)
    if isinstance(rule, ForbiddenPhraseRule | RequiredPhraseRule):
        return _check_phrase(rule, draft, lexicon)
    if isinstance(rule, QuantityRule):
        return _check_quantity(rule, draft, lexicon)
    if isinstance(rule, AddresseeRule):
        return _check_addressee(rule, draft, lexicon)
    if isinstance(rule, NoSunsetRule):
        return _check_no_sunset(rule, draft, lexicon)
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
    base_draft: Draft | None = None
    if isinstance(target, Comparison):
        cmp = target
        draft = _draft_of(cmp, lex)
        base_name: str | None = cmp.old.name
    else:
        draft = parse(target, lexicon=lexicon)
        # The base read once, for the comparison and for the measures it imposed.
        base_draft = parse(base, lexicon=lexicon) if base is not None else None
        cmp = compare(base_draft, draft, lexicon=lexicon) if base_draft is not None else None
        base_name = cmp.old.name if cmp is not None else None
    outcomes: _Outcomes | None = None
    results = []
    for k, rule in enumerate(red_lines.rules):
        status, message, evidence = _evaluate(rule, draft, cmp, lex, base_draft)
        if status == "pass" and isinstance(rule, _READS_ONE_ALTERNATIVE):
            # The analysis read the text as agreed so far (the first alternative of each
            # place of dispute); the rule must hold under every other outcome too.
            if outcomes is None:
                outcomes = _Outcomes(draft, lex)
            for variant, said in outcomes:
                v_status, v_message, v_evidence = _evaluate(rule, variant, None, lex)
                if v_status == "fail":
                    status, evidence = "fail", v_evidence
                    message = f"{v_message} (an outcome still on the table: {said})"
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
        warnings=_unsettled(draft, cmp) + (outcomes.partial() if outcomes is not None else ()),
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


#: The most outcomes of a draft's alternatives a rule is checked under, each a draft read
#: and analysed afresh. Below it every combination of the alternatives of every place of
#: dispute is tried; above it, the same-numbered alternatives of every place together,
#: then each alternative on its own, and the result says so (:meth:`_Outcomes.partial`).
MAX_OUTCOMES = 64
#: ... and at most this many paragraphs read in all by them (a draft of 3,000 paragraphs
#: is checked under 16 outcomes, each a draft analysed anew; never fewer than the n-th
#: alternative of every place together).
OUTCOME_PARAGRAPHS = 50_000

#: How much of an alternative the description of an outcome quotes.
_SAID = 48


class _Outcomes:
    """The draft as each outcome still on the table would make it, made on first need
    and kept for the next rule: every combination of the readings of its disputed parts
    (:func:`_alternatives`) but the first (the text as agreed so far, which the analysis
    read), each with a description of the readings it takes ("OP1 “Strongly deplores
    the launches …”, OP3 “Deplores the further …”").

    "[Condemns][Strongly deplores] the launches" in OP1 and "[Deplores][Condemns] the
    further launches" in OP3 give three outcomes, one of which condemns nowhere; the
    n-th alternative of every place read together would never find it."""

    def __init__(self, draft: Draft, lexicon: Lexicon) -> None:
        self._draft = draft
        self._lexicon = lexicon
        self._places: list[tuple[Clause, list[str]]] = [
            (part, found) for part in draft.walk() if len(found := _alternatives(part)) > 1
        ]
        sizes = [len(found) for _, found in self._places]
        # The n-th alternative of every place together: the outcomes always read.
        together = [
            tuple(m if m < n else 0 for n in sizes) for m in range(1, max(sizes, default=1))
        ]
        self._room = max(
            len(together), min(MAX_OUTCOMES, OUTCOME_PARAGRAPHS // max(1, len(draft.paragraphs)))
        )
        self.total = math.prod(sizes) - 1 if self._places else 0
        #: How many disputed parts were read with each of their alternatives on its own.
        self._alone = len(sizes)
        choices: list[tuple[int, ...]]
        if self.total <= self._room:
            choices = [c for c in itertools.product(*(range(n) for n in sizes)) if any(c)]
        else:
            # Those, then each alternative on its own, in the text's order, up to the room
            # left (a negotiating text of 150 bracketed places is not analysed 150 times
            # for each rule).
            choices, seen = list(together), set(together)
            self._alone = 0
            for k, n in enumerate(sizes):
                if len(choices) >= self._room:
                    break
                self._alone += 1
                for m in range(1, n):
                    alone = (0,) * k + (m,) + (0,) * (len(sizes) - k - 1)
                    if len(choices) < self._room and alone not in seen:
                        choices.append(alone)
                        seen.add(alone)
        self._choices = choices
        self._made: list[tuple[Draft, str]] = []
        # One memo for every outcome: a paragraph no outcome changes is read once.
        self._memo = AnalysisMemo()

    def __iter__(self) -> Iterator[tuple[Draft, str]]:
        yield from self._made
        for choice in self._choices[len(self._made) :]:
            made = (self._variant(choice), self._described(choice))
            self._made.append(made)
            yield made

    def partial(self) -> tuple[str, ...]:
        """A warning when not every outcome could be checked."""
        if self.total <= self._room:
            return ()
        alone = (
            "each alternative of every part on its own"
            if self._alone == len(self._places)
            else f"each alternative of the first {self._alone} parts on its own"
        )
        return (
            f"{self._draft.name}: {len(self._places)} disputed parts give {self.total:,} "
            f"outcomes of their alternatives: the rules that read the analysis were "
            f"checked under {len(self._choices)} of them (the same-numbered alternatives of "
            f"every part together, then {alone}), not every combination",
        )

    def _variant(self, choice: tuple[int, ...]) -> Draft:
        from ...analyze import analyze

        texts = {
            id(part): found[n] for (part, found), n in zip(self._places, choice, strict=True) if n
        }

        def read(clause: Clause) -> Clause:
            # Clause trees are as deep as the readers allow (resdiff.read.depth).
            children = tuple(read(c) for c in clause.children)
            text = texts.get(id(clause), clause.text)
            if text == clause.text and children == clause.children:
                return clause
            return clause.model_copy(update={"text": text, "children": children})

        draft = self._draft
        variant = draft.model_copy(
            update={
                "preamble": tuple(read(c) for c in draft.preamble),
                "operative": tuple(read(c) for c in draft.operative),
            }
        )
        return analyze(variant, self._lexicon, memo=self._memo)

    def _described(self, choice: tuple[int, ...]) -> str:
        said = []
        for (part, found), n in zip(self._places, choice, strict=True):
            if n:
                said.append(f"{part.ref} “{_from_difference(found[0], found[n])}”")
        return ", ".join(said)


def _from_difference(base: str, text: str) -> str:
    """``text`` quoted from the word where it departs from ``base`` (both with single
    spaces), about :data:`_SAID` characters."""
    base, text = " ".join(base.split()), " ".join(text.split())
    at = next(
        (k for k, (a, b) in enumerate(zip(base, text, strict=False)) if a != b),
        min(len(base), len(text)),
    )
    start = text.rfind(" ", 0, at) + 1
    piece = text[start:]
    if len(piece) <= _SAID:
        return piece
    cut = piece[:_SAID]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + " …"


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
