"""The 2006 example is faithful to the record: the adopted text of ``examples/dprk-2006``
has the structure of the real resolution 1695 (2006) and differs from it only in wording.

The real text is the AKN4UN file in ``../shared/corpus/akn-2006/``; these tests skip when
that folder is absent. The example is written in our own words, so the comparison must
find every paragraph paired in order and each one "reworded" (or "unchanged" for the
fixed formulas): nothing added, dropped, softened, strengthened or mixed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resdiff
from resdiff.model import Clause, Comparison, Draft

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dprk-2006"
REAL = ROOT.parent / "shared" / "corpus" / "akn-2006" / "S_RES_1695_2006.xml"

pytestmark = pytest.mark.skipif(
    not REAL.is_file(), reason=f"the real text of resolution 1695 (2006) is absent: {REAL}"
)

#: The compromise formulas the example must carry word for word, where the real text has them.
FORMULAS = {
    "PP12": "Affirming that such launches jeopardize peace, stability and security in the "
    "region and beyond",
    "PP13": "Acting under its special responsibility for the maintenance of international "
    "peace and security",
    "OP3": "Requires all Member States, in accordance with their national legal authorities "
    "and legislation and consistent with international law, to exercise vigilance and prevent",
    "OP4": "Requires all Member States, in accordance with their national legal authorities "
    "and legislation and consistent with international law, to exercise vigilance and prevent",
}

#: Paragraphs short and fixed enough to be the same words in any faithful text.
FIXED = {"PP13", "OP8"}

#: A Security Council document symbol of the year series ("S/2006/488").
_YEAR_SYMBOL = re.compile(r"\bS/\d{4}/\d+\b")


@pytest.fixture(scope="module")
def real() -> Draft:
    return resdiff.parse(REAL)


@pytest.fixture(scope="module")
def example() -> Draft:
    return resdiff.parse(EXAMPLES / "adopted-compromise.txt")


@pytest.fixture(scope="module")
def cmp(example: Draft, real: Draft) -> Comparison:
    return resdiff.compare(example, real)


def _reading(clause: Clause) -> list[tuple[object, ...]]:
    """What the analysis reads in a paragraph: each clause's lead, tiers, hedges, modal,
    degree, conditions, exemptions, addressee and life-cycle words, and its measures."""
    phrases = [
        (
            p.lemma,
            p.modifier,
            p.axis_a,
            p.axis_b,
            p.hedges,
            p.modal,
            p.degree,
            p.conditions,
            p.exemptions,
            p.addressee,
            p.scope,
            p.lifecycle,
        )
        for p in clause.phrases
        if p.led
    ]
    measures = [(m.kind, m.mode, m.action, m.ends) for c in clause.walk() for m in c.measures]
    return [*phrases, *measures]


def test_the_real_record_is_read_as_13_preambular_and_8_operative_paragraphs(
    real: Draft,
) -> None:
    assert real.symbol == "S/RES/1695 (2006)"
    assert (len(real.preamble), len(real.operative)) == (13, 8)


def test_same_paragraph_structure_as_the_real_resolution(example: Draft, real: Draft) -> None:
    assert (len(example.preamble), len(example.operative)) == (13, 8)
    assert [c.ref for c in example.walk()] == [c.ref for c in real.walk()]
    assert [c.label for c in example.walk()] == [c.label for c in real.walk()]


def test_same_masthead_facts(example: Draft, real: Draft) -> None:
    assert (example.symbol, example.kind, example.date) == (real.symbol, real.kind, real.date)
    assert example.adoption is not None and "5490th meeting" in example.adoption
    assert (example.chapter_vii, example.art39, example.use_of_force) == (
        real.chapter_vii,
        real.art39,
        real.use_of_force,
    )
    assert not example.chapter_vii and not example.art39


def test_same_lead_phrases_in_the_same_order(example: Draft, real: Draft) -> None:
    leads = [c.lead_phrase.lemma if c.lead_phrase else None for c in example.paragraphs]
    assert leads == [c.lead_phrase.lemma if c.lead_phrase else None for c in real.paragraphs]
    assert leads[:2] == ["reaffirming", "bearing in mind"]
    assert leads[-8:] == [
        "condemn",
        "demand",
        "require",
        "require",
        "underline",
        "urge",
        "support",
        "decide to remain seized",
    ]


def test_each_paragraph_reads_the_same_strength_hedges_and_measures(
    example: Draft, real: Draft
) -> None:
    for mine, theirs in zip(example.paragraphs, real.paragraphs, strict=True):
        assert _reading(mine) == _reading(theirs), mine.ref


def test_the_compromise_formulas_are_the_real_ones(example: Draft, real: Draft) -> None:
    for ref, formula in FORMULAS.items():
        assert example.clause(ref).text.startswith(formula), ref
        assert real.clause(ref).text.startswith(formula), ref


def test_every_paragraph_pairs_in_order_and_is_only_reworded(cmp: Comparison) -> None:
    assert [(c.old, c.new, c.moved) for c in cmp.changes] == [
        ((ref,), (ref,), False) for ref in [c.ref for c in resdiff.parse(REAL).paragraphs]
    ]
    for change in cmp.changes:
        for part in change.walk():
            assert part.kind in ("reworded", "unchanged"), (part.label, part.kind, part.shifts)
            assert all(s.direction == "neutral" for s in part.shifts), part.label
    counts = cmp.summary.counts
    assert sum(counts.get(k, 0) for k in ("added", "dropped", "softened")) == 0
    assert sum(counts.get(k, 0) for k in ("strengthened", "mixed")) == 0
    assert cmp.summary.direction == "neutral" and cmp.summary.moved == 0
    assert cmp.summary.chapter_vii == "absent" and cmp.summary.art39 == "absent"
    assert not cmp.summary.measures_added and not cmp.summary.measures_dropped
    assert not cmp.summary.measures_changed and not cmp.key_changes


def test_the_other_way_round_too(example: Draft, real: Draft) -> None:
    back = resdiff.compare(real, example)
    assert {c.kind for top in back.changes for c in top.walk()} <= {"reworded", "unchanged"}
    assert back.summary.direction == "neutral"


def test_written_in_our_own_words(cmp: Comparison) -> None:
    # Only the fixed formulas may be the real words; every other paragraph is paraphrased.
    same = {c.new[0] for c in cmp.changes if c.kind == "unchanged"}
    assert same == FIXED


def test_invented_drafts_carry_no_real_symbol(real: Draft) -> None:
    # S/2006/488 (the draft that became 1695) and S/2006/481 (Japan's letter of 4 July)
    # are in the real file's metadata; no example text may use them or any other
    # year-series symbol.
    real_symbols = set(_YEAR_SYMBOL.findall(REAL.read_text(encoding="utf-8")))
    assert {"S/2006/488", "S/2006/481"} <= real_symbols
    assert real.draft_symbol == "S/2006/488"
    for name in ("japan-draft", "china-russia-draft", "adopted-compromise"):
        text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
        assert not _YEAR_SYMBOL.findall(text), name
    for name in ("japan-draft", "china-russia-draft"):
        draft = resdiff.parse(EXAMPLES / f"{name}.txt")
        assert draft.symbol is None and draft.draft_symbol is None and draft.kind == "draft"
        assert any("no document symbol" in line for line in draft.masthead), name
