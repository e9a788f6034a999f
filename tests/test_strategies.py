"""The hypothesis strategies, and resdiff tested with them.

The drafts they make must be in UN form and read back by the parser exactly; and a
comparison of a draft with a revision made by known edits must find those edits. The
recovery test prints the rate per edit type (run with ``-s`` to see it) and holds each
type to what the engine achieves today.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resdiff
from resdiff.model import Change, Comparison, Draft
from resdiff.testing.mutate import EDITS, Truth
from resdiff.testing.strategies import (
    CHAPTER_VII_FORMULA,
    REMAIN_SEIZED,
    Revision,
    clauses,
    draft_texts,
    drafts,
    pool_clauses,
    revisions,
    to_text,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"

FAST = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# ------------------------------------------------------------------------ the drafts


@FAST
@given(drafts())
def test_drafts_are_in_un_form(draft: Draft) -> None:
    assert re.fullmatch(r"S/20\d\d/\d{3}", draft.symbol or "")
    assert draft.sponsors and draft.date is not None
    assert draft.enacting_formula == "The Security Council,"
    assert draft.preamble and draft.operative
    for clause in draft.preamble:
        assert clause.text.endswith(","), clause.text
        assert clause.phrases and clause.phrases[0].start == 0, clause.text
    for clause in draft.operative[:-1]:
        assert clause.text.endswith((";", ":")), clause.text
        assert clause.phrases and clause.phrases[0].start == 0, clause.text
        assert clause.label == clause.ref.removeprefix("OP") + "."
    assert draft.operative[-1].text == REMAIN_SEIZED
    assert not draft.warnings
    assert draft.lexicon == "default"


@FAST
@given(drafts())
def test_no_two_paragraphs_alike(draft: Draft) -> None:
    texts = [c.full_text() for c in draft.paragraphs]
    assert len(texts) == len(set(texts))


@FAST
@given(drafts(min_preamble=3, max_preamble=5, min_operative=3, max_operative=4))
def test_sizes_are_respected(draft: Draft) -> None:
    assert 3 <= len(draft.preamble) <= 5
    assert 3 <= len(draft.operative) <= 4


@FAST
@given(drafts(chapter_vii=True))
def test_chapter_vii_is_the_last_recital(draft: Draft) -> None:
    assert draft.chapter_vii
    assert draft.preamble[-1].text == CHAPTER_VII_FORMULA
    assert draft.chapter_vii_formula is not None
    assert draft.chapter_vii_formula.ref == draft.preamble[-1].ref


@FAST
@given(drafts(chapter_vii=False))
def test_without_chapter_vii(draft: Draft) -> None:
    assert not draft.chapter_vii


@FAST
@given(drafts(measures=True, min_operative=3))
def test_measures_are_found_with_a_mode(draft: Draft) -> None:
    found = [m for c in draft.walk() for m in c.measures]
    assert found
    assert {m.mode for m in found} <= {"mandatory", "hortatory", "voluntary"}


@FAST
@given(drafts(sub_paragraphs=True, min_operative=3))
def test_sub_paragraphs(draft: Draft) -> None:
    parents = [c for c in draft.operative if c.children]
    assert parents
    for parent in parents:
        assert parent.text.endswith(":")
        assert [c.label for c in parent.children] == ["(a)", "(b)", "(c)"][: len(parent.children)]
        assert all(c.ref == f"{parent.ref}{c.label}" for c in parent.children)


@FAST
@given(clauses("operative"))
def test_operative_clause(clause: resdiff.Clause) -> None:
    assert clause.ref == "OP1" and clause.text.endswith(";")
    assert clause.phrases and clause.phrases[0].start == 0


@FAST
@given(clauses("preamble"))
def test_preambular_clause(clause: resdiff.Clause) -> None:
    assert clause.ref == "PP1" and clause.text.endswith(",")
    assert clause.phrases and clause.phrases[0].start == 0


@FAST
@given(drafts())
def test_the_parser_reads_the_text_back(draft: Draft) -> None:
    parsed = resdiff.parse(to_text(draft))
    assert (parsed.symbol, parsed.sponsors, parsed.date) == (
        draft.symbol,
        draft.sponsors,
        draft.date,
    )
    assert [(c.ref, c.label, c.text) for c in parsed.walk()] == [
        (c.ref, c.label, c.text) for c in draft.walk()
    ]
    assert parsed.chapter_vii == draft.chapter_vii
    assert not parsed.warnings


@settings(FAST, max_examples=15)
@given(draft_texts(chapter_vii=True))
def test_draft_texts(text: str) -> None:
    assert text.startswith("United Nations")
    assert "draft resolution" in text
    assert resdiff.parse(text).chapter_vii


def test_pool_clauses_are_analysed() -> None:
    pool = pool_clauses()
    assert {c.section for c in pool} == {"preamble", "operative"}
    assert all(c.phrases and c.phrases[0].start == 0 for c in pool)


def test_revisions_reject_unknown_edits() -> None:
    with pytest.raises(ValueError, match="unknown edits"):
        revisions(edits=["shuffle"])


def test_drafts_reject_bad_sizes() -> None:
    with pytest.raises(ValueError):
        drafts(min_operative=3, max_operative=2)


# ---------------------------------------------------------------- recovering edits


def _verdict(truth: Truth, cmp: Comparison) -> str | None:
    """``None`` when the comparison finds what the truth says, else the problem."""
    found: dict[tuple[tuple[str, ...], tuple[str, ...]], Change] = {
        (c.old, c.new): c for c in cmp.changes
    }
    change = found.get(truth.pair)
    if change is None:
        return "pair not found"
    if change.kind != truth.kind:
        return f"kind {change.kind}"
    if change.moved != truth.moved:
        return f"moved={change.moved}"
    if truth.feature is not None and not any(
        s.feature == truth.feature and s.direction == truth.direction
        for c in change.walk()
        for s in c.shifts
    ):
        return f"no {truth.feature} shift"
    return None


def _describe(revision: Revision, truth: Truth, cmp: Comparison, problem: str) -> str:
    touching = [
        c for c in cmp.changes if set(truth.old) & set(c.old) or set(truth.new) & set(c.new)
    ]
    found = "; ".join(
        f"{c.label} {c.kind} [{', '.join(s.describe() for s in c.shifts)}]" for c in touching
    )
    old = " | ".join(revision.old.clause(r).full_text() for r in truth.old)
    new = " | ".join(revision.new.clause(r).full_text() for r in truth.new)
    return (
        f"{truth.edit}: {problem}; expected {truth.old} → {truth.new} {truth.kind}; "
        f"found {found}\n      old: {old}\n      new: {new}"
    )


#: Recovery each edit type reaches today (300 examples, 1-3 edits each), minus a margin.
#: ``split`` can miss when an insertion lands between the two parts of a split paragraph.
FLOOR = dict.fromkeys(EDITS, 0.97) | {"split": 0.9}


def test_compare_recovers_known_edits(capsys: pytest.CaptureFixture[str]) -> None:
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    problems: dict[str, list[str]] = defaultdict(list)
    untouched = false_changes = 0

    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(revisions(drafts(), min_edits=1, max_edits=3))
    def run(revision: Revision) -> None:
        nonlocal untouched, false_changes
        cmp = resdiff.compare(revision.old, revision.new)
        for truth in revision.truth:
            problem = _verdict(truth, cmp)
            if truth.edit is None:
                untouched += 1
                false_changes += problem is not None
                continue
            n[truth.edit] += 1
            if problem is None:
                ok[truth.edit] += 1
            elif len(problems[truth.edit]) < 3:
                example = _describe(revision, truth, cmp, problem)
                if example not in problems[truth.edit]:
                    problems[truth.edit].append(example)

    run()
    total, right = sum(n.values()), sum(ok.values())
    with capsys.disabled():
        print(f"\nrecovery of known edits: {right}/{total} = {right / total:.1%}")
        for edit in sorted(n):
            print(f"  {edit:<17} {ok[edit]:>4}/{n[edit]:<4} {ok[edit] / n[edit]:6.1%}")
        print(f"  untouched paragraphs reported as changed: {false_changes}/{untouched}")
        for edit, examples in sorted(problems.items()):
            print(f"  not recovered ({edit}):")
            for example in examples:
                print(f"    - {example}")
    assert set(n) == set(EDITS), f"edit types never drawn: {set(EDITS) - set(n)}"
    for edit in n:
        rate = ok[edit] / n[edit]
        assert rate >= FLOOR[edit], f"{edit}: {rate:.1%} < {FLOOR[edit]:.0%}: {problems[edit]}"
    assert false_changes <= untouched * 0.01


# One edit at a time, on drafts the edit fits: the edits recovered today, exactly.
_FITS: dict[str, Callable[[], st.SearchStrategy[Draft]]] = {
    "drop": lambda: drafts(),
    "insert": lambda: drafts(),
    "move": lambda: drafts(min_preamble=6, min_operative=6),
    "split": lambda: drafts(min_operative=4),
    "merge": lambda: drafts(min_operative=4),
    "weaken_verb": lambda: drafts(min_operative=4),
    "strengthen_verb": lambda: drafts(min_operative=4),
    "add_hedge": lambda: drafts(min_operative=3),
    "remove_measure": lambda: drafts(measures=True, min_operative=3),
    "drop_chapter_vii": lambda: drafts(chapter_vii=True),
    "add_chapter_vii": lambda: drafts(chapter_vii=False),
}


@pytest.mark.parametrize("edit", sorted(_FITS))
def test_each_edit_is_recovered(edit: str) -> None:
    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(revisions(_FITS[edit](), edits=[edit]))
    def run(revision: Revision) -> None:
        cmp = resdiff.compare(revision.old, revision.new)
        for truth in revision.truth:
            problem = _verdict(truth, cmp)
            assert problem is None, _describe(revision, truth, cmp, problem)

    run()


@settings(FAST, max_examples=10)
@given(revisions(drafts(), max_edits=2))
def test_revisions_truth_covers_every_paragraph(revision: Revision) -> None:
    old_refs = {r for t in revision.truth for r in t.old}
    new_refs = {r for t in revision.truth for r in t.new}
    assert old_refs == {c.ref for c in revision.old.paragraphs}
    assert new_refs == {c.ref for c in revision.new.paragraphs}
    assert revision.edited


def test_revisions_of_one_draft() -> None:
    base = resdiff.parse(EXAMPLES / "japan-draft.txt")
    seen: list[Revision] = []

    @settings(max_examples=10, deadline=None, derandomize=True, database=None)
    @given(revisions(base, edits=["drop"]))
    def run(revision: Revision) -> None:
        assert revision.old == base
        seen.append(revision)

    run()
    assert seen
