"""Properties of resdiff.compare on drafts built from a bank of realistic paragraphs
(``test_mutate.py``): a draft compared with itself, with a renumbered copy, each way
round, and with known edits (resdiff.testing.mutate); every redline spells both sides.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_mutate import (
    ART39,
    CHAPTER_VII,
    CLOSING,
    OPERATIVE,
    PREAMBLE,
    listed,
    make_draft,
    op,
    pool,
    pp,
)

import resdiff
from resdiff import redline
from resdiff.analyze import analyze
from resdiff.model import PART_BREAK, Change, ChangeKind, Comparison, Draft
from resdiff.testing import build_draft, mutate

#: ``RESDIFF_EXAMPLES=1000 pytest ...`` for a longer search.
SETTINGS = settings(
    max_examples=int(os.environ.get("RESDIFF_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

MIRROR: dict[ChangeKind, ChangeKind] = {
    "added": "dropped",
    "dropped": "added",
    "softened": "strengthened",
    "strengthened": "softened",
    "mixed": "mixed",
    "reworded": "reworded",
    "unchanged": "unchanged",
}

#: Edits whose kind, refs and move flag the comparison recovers reliably (see the
#: mutation benchmark, benchmarks/accuracy.py).
RELIABLE = (
    "drop",
    "insert",
    "move",
    "weaken_verb",
    "strengthen_verb",
    "add_hedge",
    "remove_measure",
    "drop_chapter_vii",
    "add_chapter_vii",
)
# Splits and merges are found when alone (test_splits_and_merges_are_found), not yet across
# another edit: a merge of two paragraphs that became adjacent when the one between them
# was dropped, or a split whose parts an insertion separates, is not paired (the aligner
# groups only consecutive paragraphs).


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    """A draft of 2-8 recitals and 3-9 operative paragraphs from the bank, in any order,
    sometimes with an Article 39 determination, Chapter VII, a listed paragraph, and a
    lead-in of the operative part ("Resolves:", as the texts of the 1940s print it)."""
    pre = draw(st.lists(st.integers(0, len(PREAMBLE) - 1), min_size=2, max_size=8, unique=True))
    ops = draw(st.lists(st.integers(0, len(OPERATIVE) - 1), min_size=3, max_size=9, unique=True))
    return make_draft(
        pre,
        ops,
        art39=draw(st.booleans()),
        chapter_vii=draw(st.booleans()),
        with_list=draw(st.booleans()),
        lead_in=draw(st.sampled_from(LEAD_INS)),
    )


#: The lead-ins the drafts open their operative part with, or none (most drafts).
LEAD_INS = (None, None, None, "Resolves:", "Decides:", "Resolves that:")


def pairs(cmp: Comparison) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(c.old, c.new) for c in cmp.changes}


def walk(changes: Iterable[Change]) -> Iterable[Change]:
    for change in changes:
        yield from change.walk()


def assert_redlines_spell_both_sides(cmp: Comparison, old: Draft, new: Draft) -> None:
    """Each change's redline turns its old text into its new one, and the old (new) side is
    the text of its old (new) clauses: a clause's own text for a one-to-one pair or an
    added or dropped clause (its sub-paragraphs have changes of their own), else the
    clauses' full texts joined by a paragraph break."""
    for change in walk(cmp.changes):
        olds = [old.clause(r) for r in change.old]
        news = [new.clause(r) for r in change.new]
        if len(olds) + len(news) == 1 or (len(olds) == 1 and len(news) == 1):
            # One clause on a side: its own text; its sub-paragraphs are child changes.
            want_old = olds[0].text if olds else ""
            want_new = news[0].text if news else ""
        else:
            want_old = PART_BREAK.join(c.full_text() for c in olds)
            want_new = PART_BREAK.join(c.full_text() for c in news)
        assert change.old_text == want_old, change.label
        assert change.new_text == want_new, change.label
        assert redline.apply(change.old_text, change.redline) == change.new_text


@SETTINGS
@given(drafts())
def test_a_draft_compared_with_itself_is_all_unchanged(draft: Draft) -> None:
    cmp = resdiff.compare(draft, draft)
    assert all(c.kind == "unchanged" and not c.moved for c in walk(cmp.changes))
    assert all(c.old == c.new for c in cmp.changes)
    assert len(cmp.changes) == len(draft.paragraphs)
    assert cmp.summary.direction == "neutral"
    assert_redlines_spell_both_sides(cmp, draft, draft)


@SETTINGS
@given(drafts(), st.integers(0, 10**6), st.sampled_from(["preamble", "operative"]))
def test_renumbering_alone_changes_nothing(draft: Draft, seed: int, section: str) -> None:
    # One paragraph added at the top of a section renumbers everything below it.
    extra = [c for c in pool() if c.section == section][seed % 2]
    pre, ops = list(draft.preamble), list(draft.operative)
    if section == "preamble":
        pre.insert(0, extra)
    else:
        ops.insert(0, extra)
    new = analyze(build_draft(pre, ops))
    cmp = resdiff.compare(draft, new)
    first = "PP1" if section == "preamble" else "OP1"
    assert [c.new for c in cmp.added] == [(first,)]
    assert not cmp.moved
    assert all(c.kind == "unchanged" for c in cmp.changes if c.old)
    assert_redlines_spell_both_sides(cmp, draft, new)


@SETTINGS
@given(drafts(), st.integers(0, 10**6), st.integers(1, 3))
def test_compare_mirrors_when_the_drafts_swap(draft: Draft, seed: int, n: int) -> None:
    m = mutate(draft, rng=random.Random(seed), edits=n, pool=pool())
    forward = resdiff.compare(m.old, m.new)
    backward = resdiff.compare(m.new, m.old)
    assert pairs(backward) == {(b, a) for a, b in pairs(forward)}
    back = {(c.old, c.new): c for c in backward.changes}
    for change in forward.changes:
        other = back[(change.new, change.old)]
        # Reach is one-sided by design: words added to what a clause asks widen it,
        # words taken away are not read as a narrowing (see resdiff.clauses). Every
        # other feature mirrors.
        one_sided = any(
            s.detail == "reach widened" for c in (change, other) for d in c.walk() for s in d.shifts
        )
        if not one_sided:
            assert other.kind == MIRROR[change.kind], change.label
        assert other.moved == change.moved, change.label
        expected_match = {
            "split": "merged",
            "merged": "split",
            "added": "dropped",
            "dropped": "added",
        }.get(change.match, change.match)
        assert other.match == expected_match, change.label
    assert_redlines_spell_both_sides(forward, m.old, m.new)
    assert_redlines_spell_both_sides(backward, m.new, m.old)


@SETTINGS
@given(
    drafts(),
    st.integers(0, 10**6),
    st.lists(st.sampled_from(RELIABLE), min_size=1, max_size=3, unique=True),
)
def test_known_edits_are_found(draft: Draft, seed: int, edits: list[str]) -> None:
    try:
        m = mutate(draft, rng=random.Random(seed), edits=edits, pool=pool())
    except ValueError:
        assume(False)
        raise
    cmp = resdiff.compare(m.old, m.new)
    found = {(c.old, c.new): c for c in cmp.changes}
    assert pairs(cmp) == {t.pair for t in m.truth}
    for t in m.truth:
        change = found[t.pair]
        assert change.kind == t.kind, (t, change.label)
        assert change.moved == t.moved, (t, change.label)
        if t.feature is not None:
            assert any(
                s.feature == t.feature and s.direction == t.direction
                for c in change.walk()
                for s in c.shifts
            ), (t, change.shifts)
    assert_redlines_spell_both_sides(cmp, m.old, m.new)


@SETTINGS
@given(drafts(), st.integers(0, 10**6), st.sampled_from(["split", "merge"]))
def test_splits_and_merges_are_found(draft: Draft, seed: int, edit: str) -> None:
    try:
        m = mutate(draft, rng=random.Random(seed), edits=[edit], pool=pool())
    except ValueError:
        assume(False)
        raise
    cmp = resdiff.compare(m.old, m.new)
    found = {(c.old, c.new): c for c in cmp.changes}
    assert pairs(cmp) == {t.pair for t in m.truth}
    (t,) = m.edited
    assert (found[t.pair].kind, found[t.pair].moved) == (t.kind, False), found[t.pair].shifts
    assert found[t.pair].match == ("split" if edit == "split" else "merged")
    assert_redlines_spell_both_sides(cmp, m.old, m.new)


# Splits and merges that only cut or join are rewordings, whatever verbs open the parts.

SPLIT_OLD = (
    "Welcomes the efforts of the African Union to mediate between the communities of the "
    "central plateau and calls upon all parties to engage with the mediators in good faith;"
)
SPLIT_NEW = (
    "Welcomes the efforts of the African Union to mediate between the communities of the "
    "central plateau;",
    "Calls upon all parties to engage with the mediators in good faith;",
)


def _split_pair() -> tuple[Draft, Draft]:
    head = [pp(PREAMBLE[0]), pp(PREAMBLE[2])]
    old = analyze(build_draft(head, [op(OPERATIVE[3]), op(SPLIT_OLD), op(CLOSING)]))
    new = analyze(build_draft(head, [op(OPERATIVE[3]), *map(op, SPLIT_NEW), op(CLOSING)]))
    return old, new


def test_a_split_that_only_cuts_is_reworded() -> None:
    old, new = _split_pair()
    change = resdiff.compare(old, new).change_for("OP2")
    assert (change.old, change.new, change.match) == (("OP2",), ("OP2", "OP3"), "split")
    assert change.kind == "reworded", change.shifts


def test_a_merge_that_only_joins_is_reworded() -> None:
    new, old = _split_pair()
    change = resdiff.compare(old, new).change_for("OP2")
    assert (change.old, change.new, change.match) == (("OP2", "OP3"), ("OP2",), "merged")
    assert change.kind == "reworded", change.shifts


def test_a_split_keeping_its_modals_has_no_modal_shift() -> None:
    # Each part's first modal differs from the whole's ("may" / "will"), yet the words,
    # and so the modals, are the same: cutting the paragraph changes no force.
    whole = (
        "Recognizing that such acts may amount to war crimes, and recognizing that holding "
        "their perpetrators accountable will help to prevent them,"
    )
    parts = (
        "Recognizing that such acts may amount to war crimes,",
        "Recognizing also that holding their perpetrators accountable will help to prevent them,",
    )
    ops = [op(OPERATIVE[3]), op(CLOSING)]
    old = analyze(build_draft([pp(PREAMBLE[0]), pp(whole)], ops))
    new = analyze(build_draft([pp(PREAMBLE[0]), *map(pp, parts)], ops))
    change = resdiff.compare(old, new).change_for("PP2")
    assert (change.old, change.new, change.match) == (("PP2",), ("PP2", "PP3"), "split")
    assert not [s for s in change.shifts if s.feature == "modal"], change.shifts


def test_chapter_vii_swapped_for_special_responsibility_is_paired() -> None:
    # The 2006 compromise: the recital is softened, not dropped and replaced.
    old = make_draft([0, 2], [2, 3], art39=True, chapter_vii=True)
    new_pre = [
        *old.preamble[:-1],
        pp(
            "Acting under its special responsibility for the maintenance of international peace "
            "and security,"
        ),
    ]
    new = analyze(build_draft(new_pre, list(old.operative)))
    change = resdiff.compare(old, new).change_for("PP4")
    assert (change.old, change.new, change.kind) == (("PP4",), ("PP4",), "softened")
    assert any(s.feature == "chapter-vii" for s in change.shifts)


def test_bank_texts_are_realistic() -> None:
    # Every operative paragraph opens with a verb the lexicon ranks; no warnings.
    draft = make_draft(art39=True, chapter_vii=True, with_list=True)
    assert not draft.warnings
    assert draft.chapter_vii and draft.art39
    assert all(c.lead for c in draft.operative)
    assert listed().children and ART39 and CHAPTER_VII
