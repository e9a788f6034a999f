"""The mutation engine (resdiff.testing.mutate): every edit gives a valid draft and a
consistent truth, the same seed gives the same mutation.

The small bank of realistic paragraphs below also feeds the property tests of
``test_compare_properties.py``.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from conftest import CORPUS

import resdiff
import resdiff.align
from resdiff.analyze import analyze
from resdiff.model import Clause, Draft
from resdiff.testing import EDITS, Mutation, build_draft, mutate

# --------------------------------------------------------------------------- the bank

PREAMBLE: tuple[str, ...] = (
    "Recalling its previous resolutions and the statements of its President on the "
    "situation in the region,",
    "Reaffirming its strong commitment to the sovereignty, independence, unity and "
    "territorial integrity of the country,",
    "Expressing grave concern at the deterioration of the humanitarian situation and the "
    "growing number of internally displaced persons,",
    "Gravely concerned by the continued presence of foreign fighters and mercenaries along "
    "the northern border,",
    "Welcoming the signing of the ceasefire agreement in Addis Ababa on 12 March and the "
    "commitment of the parties to implement it in full,",
    "Stressing the importance of the full, equal and meaningful participation of women in "
    "the peace process and in the transitional institutions, and underlining the role of "
    "civil society in monitoring the ceasefire,",
    "Noting with concern the illicit transfer, destabilizing accumulation and misuse of "
    "small arms and light weapons,",
    "Bearing in mind the primary responsibility of the Government for the protection of "
    "civilians within its territory,",
    "Commending the work of the Special Envoy of the Secretary-General and his efforts to "
    "facilitate an inclusive political dialogue,",
    "Underlining that the cultivation and trafficking of narcotics continue to fund armed "
    "groups in the eastern provinces,",
    "Mindful of the need to protect schools and hospitals from attacks and military use,",
    "Taking note of the report of the Panel of Experts and the recommendations contained therein,",
)

#: An Article 39 determination and the Chapter VII recital, kept apart so that a draft can
#: be built with or without them (last in the preamble, as in real texts).
ART39 = (
    "Determining that the situation in the country continues to constitute a threat to "
    "international peace and security in the region,"
)
CHAPTER_VII = "Acting under Chapter VII of the Charter of the United Nations,"

OPERATIVE: tuple[str, ...] = (
    "Condemns the attacks against peacekeepers and humanitarian personnel which took place "
    "in the border town last month;",
    "Demands that all parties immediately cease hostilities and release every person "
    "detained arbitrarily since the start of the conflict;",
    "Calls upon all parties to allow safe, rapid and unimpeded humanitarian access to people "
    "in need throughout the country;",
    "Requests the Secretary-General to report to the Council every ninety days on the "
    "implementation of this resolution;",
    "Urges Member States to increase their contributions to the humanitarian response plan "
    "and to disburse pledged funds without delay;",
    "Encourages the Government to pursue the reform of the security sector with the support "
    "of international partners;",
    "Welcomes the efforts of the African Union and regional organizations to mediate between "
    "the communities of the central plateau;",
    "Decides to extend the mandate of the Mission until 31 December and to keep its troop "
    "ceiling at 13,000 military personnel;",
    "Decides that all Member States shall prevent the direct or indirect supply, sale or "
    "transfer of arms and related materiel to the armed groups named by the Committee;",
    "Decides that all States shall freeze without delay the funds, other financial assets and "
    "economic resources owned or controlled by the individuals designated by the Committee;",
    "Strongly condemns the recruitment and use of children by armed groups and calls for the "
    "release of all children associated with them;",
    "Invites the Peacebuilding Commission to advise the Council on the long-term "
    "reconstruction of the northern provinces;",
    "Emphasizes the need to hold accountable those responsible for violations of "
    "international humanitarian law and human rights abuses;",
    "Expresses its intention to review the sanctions measures in the light of progress on "
    "the disarmament benchmarks set out in the annex;",
)
CLOSING = "Decides to remain actively seized of the matter."

#: A paragraph with sub-paragraphs, each imposing a measure of its own.
LISTED = (
    "Decides that all States shall take the necessary measures to prevent:",
    (
        "the entry into or transit through their territories of the individuals designated "
        "by the Committee;",
        "the procurement of missile and missile-related items, materials, goods and "
        "technology from the country by their nationals;",
    ),
)

#: Paragraphs of another text, for ``insert``.
POOL_TEXTS: tuple[tuple[str, str], ...] = (
    (
        "preamble",
        "Recognizing the role of free and fair elections in consolidating "
        "democratic institutions after the transition,",
    ),
    (
        "preamble",
        "Deeply concerned by the effects of climate change and desertification on "
        "food security in the Sahel,",
    ),
    (
        "operative",
        "Requests the Mission to assist the national authorities in organizing "
        "voter registration before the legislative elections;",
    ),
    (
        "operative",
        "Calls upon donors to support the demobilization of former combatants "
        "through vocational training and microcredit programmes;",
    ),
    (
        "operative",
        "Encourages the sharing of information on maritime piracy among coastal "
        "States of the Gulf of Guinea;",
    ),
)


def pp(text: str) -> Clause:
    """A preambular paragraph (ref set when the draft is built)."""
    return Clause(ref="PP0", section="preamble", text=text)


def op(text: str, children: tuple[str, ...] = ()) -> Clause:
    """An operative paragraph, with sub-paragraphs (a), (b), ... when given."""
    return Clause(
        ref="OP0",
        section="operative",
        text=text,
        children=tuple(
            Clause(ref=f"OP0({k})", section="operative", label=f"({k})", text=t)
            for k, t in zip("abcdefgh", children, strict=False)
        ),
    )


def listed() -> Clause:
    """The paragraph with measures in its sub-paragraphs."""
    return op(LISTED[0], LISTED[1])


def make_draft(
    preamble: list[int] | None = None,
    operative: list[int] | None = None,
    *,
    chapter_vii: bool = False,
    art39: bool = False,
    with_list: bool = False,
    lead_in: str | None = None,
) -> Draft:
    """An analysed draft of bank paragraphs (all of them by default), in the order given;
    ``lead_in`` ("Resolves:") printed before the operative paragraphs, as in the texts of
    the 1940s, which the analysis lifts out of the preamble."""
    pre = [pp(PREAMBLE[k]) for k in (preamble if preamble is not None else range(len(PREAMBLE)))]
    if art39:
        pre.append(pp(ART39))
    if chapter_vii:
        pre.append(pp(CHAPTER_VII))
    if lead_in is not None:
        pre.append(pp(lead_in))
    ops = [
        op(OPERATIVE[k]) for k in (operative if operative is not None else range(len(OPERATIVE)))
    ]
    if with_list:
        ops.insert(len(ops) // 2, listed())
    ops.append(op(CLOSING))
    return analyze(build_draft(pre, ops, symbol="S/2024/1"))


def pool() -> list[Clause]:
    """Paragraphs of another text, analysed."""
    other = build_draft(
        [pp(t) for s, t in POOL_TEXTS if s == "preamble"],
        [op(t) for s, t in POOL_TEXTS if s == "operative"],
    )
    return list(analyze(other).paragraphs)


# ------------------------------------------------------------------------- validity


def assert_valid(draft: Draft) -> None:
    """Refs PP1.. and OP1.. in order, labels "1." .., sub-paragraph refs under their
    paragraph, no empty text, analysed."""
    assert [c.ref for c in draft.preamble] == [f"PP{k}" for k in range(1, len(draft.preamble) + 1)]
    assert [c.ref for c in draft.operative] == [
        f"OP{k}" for k in range(1, len(draft.operative) + 1)
    ]
    assert [c.label for c in draft.operative] == [
        f"{k}." for k in range(1, len(draft.operative) + 1)
    ]
    assert all(c.section == "preamble" for c in draft.preamble)
    assert all(c.section == "operative" for c in draft.operative)
    for paragraph in draft.paragraphs:
        for clause in paragraph.walk():
            assert clause.text.strip(), clause.ref
            assert clause.ref.startswith(paragraph.ref)
            for child in clause.children:
                assert child.ref.startswith(clause.ref + "(")
    refs = [c.ref for c in draft.walk()]
    assert len(refs) == len(set(refs))
    assert draft.lexicon == "default"


def assert_consistent(m: Mutation) -> None:
    """Every old and every new paragraph in exactly one truth; untouched provisions keep
    their text; the kinds fit the shape of each truth."""
    old_refs = Counter(r for t in m.truth for r in t.old)
    new_refs = Counter(r for t in m.truth for r in t.new)
    assert old_refs == Counter(c.ref for c in m.old.paragraphs)
    assert new_refs == Counter(c.ref for c in m.new.paragraphs)
    for t in m.truth:
        assert t.old or t.new
        if t.edit is None:
            assert t.kind == "unchanged" and not t.moved
            assert len(t.old) == len(t.new) == 1
            assert m.old.clause(t.old[0]).full_text() == m.new.clause(t.new[0]).full_text()
        if not t.old:
            assert t.kind == "added"
        elif not t.new:
            assert t.kind == "dropped"
        if t.moved:
            assert t.edit == "move" and t.kind == "unchanged"
        if t.feature is not None:
            assert t.direction in ("softer", "stronger")
    assert len(m.edited) == len(m.edits)
    assert Counter(t.edit for t in m.edited) == Counter(m.edits)


@pytest.fixture(scope="module")
def bank_draft() -> Draft:
    return make_draft(art39=True, with_list=True)


@pytest.fixture(scope="module")
def bank_draft_vii() -> Draft:
    return make_draft(art39=True, chapter_vii=True, with_list=True)


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("seed", range(4))
def test_each_edit_gives_a_valid_draft_and_consistent_truth(
    edit: str, seed: int, bank_draft: Draft, bank_draft_vii: Draft
) -> None:
    draft = bank_draft if edit == "add_chapter_vii" else bank_draft_vii
    m = mutate(draft, rng=random.Random(seed), edits=[edit], pool=pool())
    assert m.edits == (edit,)
    assert m.old is draft
    assert_valid(m.new)
    assert_consistent(m)
    (t,) = m.edited
    assert t.edit == edit
    expected = {
        "drop": ("dropped", 1, 0),
        "insert": ("added", 0, 1),
        "move": ("unchanged", 1, 1),
        "split": ("reworded", 1, 2),
        "merge": ("reworded", 2, 1),
        "weaken_verb": ("softened", 1, 1),
        "strengthen_verb": ("strengthened", 1, 1),
        "add_hedge": ("softened", 1, 1),
        "drop_chapter_vii": ("softened", 1, 1),
        "add_chapter_vii": ("added", 0, 1),
    }
    if edit in expected:
        kind, n_old, n_new = expected[edit]
        assert (t.kind, len(t.old), len(t.new)) == (kind, n_old, n_new)
    new = [m.new.clause(r) for r in t.new]
    old = [m.old.clause(r) for r in t.old]
    if edit == "move":
        assert t.moved
        assert old[0].full_text() == new[0].full_text()
    elif edit == "split":
        # The words of the whole are all in the parts (but the "and" cut at).
        whole = set(resdiff.align.normalise(old[0].text).split())
        parts = set(resdiff.align.normalise(" ".join(c.text for c in new)).split())
        assert whole - {"and"} <= parts
    elif edit == "merge":
        assert old[0].text.rstrip(";,.") in new[0].text
    elif edit in ("weaken_verb", "strengthen_verb"):
        assert t.feature in ("verb", "censure", "modifier")
        a, b = old[0].phrases[0], new[0].phrases[0]
        if a.axis_b is not None and b.axis_b is not None:
            before, after = a.axis_b, b.axis_b
        else:
            before, after = a.axis_a or 1, b.axis_a or 1
        assert (after < before) == (edit == "weaken_verb")
        assert (after > before) == (edit == "strengthen_verb")
    elif edit == "add_hedge":
        assert t.feature == "hedge"
        hedges_before = {h for p in old[0].phrases for h in p.hedges}
        hedges_after = {h for p in new[0].phrases for h in p.hedges}
        assert hedges_after > hedges_before
    elif edit == "remove_measure":
        assert t.feature == "measure"
        assert t.kind in ("dropped", "softened")
    elif edit == "drop_chapter_vii":
        assert m.old.chapter_vii and not m.new.chapter_vii
        assert "special responsibility" in new[0].text
    elif edit == "add_chapter_vii":
        assert not m.old.chapter_vii and m.new.chapter_vii


def test_remove_measure_from_a_sub_paragraph() -> None:
    draft = make_draft([0, 1], [2, 3], with_list=True)
    m = mutate(draft, rng=random.Random(0), edits=["remove_measure"])
    (t,) = m.edited
    assert t.kind == "softened" and t.feature == "measure"
    before, after = m.old.clause(t.old[0]), m.new.clause(t.new[0])
    assert len(after.children) == len(before.children) - 1
    # Sub-paragraphs keep their own keys under the new paragraph ref.
    assert all(c.ref == after.ref + c.ref[c.ref.index("(") :] for c in after.children)
    assert_valid(m.new)


def test_a_paragraph_that_lifts_a_measure_is_no_measure_to_remove() -> None:
    # Dropping "... shall no longer apply" restores the requirements: a stronger text, not
    # the softer one a measure removed makes, so the edit does not pick it.
    lifting = (
        "Decides that the notification requirements set out in paragraph 5 of resolution "
        "900 (2031) shall no longer apply;"
    )
    draft = analyze(build_draft([pp(PREAMBLE[0])], [op(lifting), op(CLOSING)], symbol="S/2024/1"))
    assert [m.ends for m in draft.operative[0].measures] == [True]
    with pytest.raises(ValueError, match="remove_measure"):
        mutate(draft, rng=random.Random(0), edits=["remove_measure"])


def test_add_chapter_vii_replaces_special_responsibility() -> None:
    draft = analyze(
        build_draft(
            [
                pp(PREAMBLE[0]),
                pp(
                    "Acting under its special responsibility for the maintenance of "
                    "international peace and security,"
                ),
            ],
            [op(OPERATIVE[2]), op(CLOSING)],
        )
    )
    m = mutate(draft, rng=random.Random(0), edits=["add_chapter_vii"])
    (t,) = m.edited
    assert (t.old, t.new, t.kind, t.feature) == (("PP2",), ("PP2",), "strengthened", "chapter-vii")
    assert m.new.chapter_vii


def test_same_seed_same_mutation(bank_draft_vii: Draft) -> None:
    def run(seed: int) -> Mutation:
        return mutate(bank_draft_vii, rng=random.Random(seed), edits=5, pool=pool())

    a, b = run(7), run(7)
    assert a.truth == b.truth and a.edits == b.edits and a.new == b.new
    others = [run(s) for s in range(8, 12)]
    assert any(o.truth != a.truth for o in others)


def test_a_number_of_edits_never_touches_a_provision_twice(bank_draft_vii: Draft) -> None:
    for seed in range(15):
        m = mutate(bank_draft_vii, rng=random.Random(seed), edits=4, pool=pool())
        assert 1 <= len(m.edits) <= 4
        assert_valid(m.new)
        assert_consistent(m)


def test_moves_are_unambiguous(bank_draft: Draft) -> None:
    # Several moves in one section never cancel out: the paragraphs not moved are the one
    # longest order-keeping chain, so each move is a move a comparison must find.
    m = mutate(bank_draft, rng=random.Random(3), edits=["move"] * 3)
    assert sum(t.moved for t in m.truth) == 3
    cmp = resdiff.compare(m.old, m.new)
    assert {(c.old, c.new) for c in cmp.moved} == {t.pair for t in m.truth if t.moved}


def test_unknown_or_unfitting_edits_are_errors(bank_draft: Draft) -> None:
    with pytest.raises(ValueError, match="unknown edits"):
        mutate(bank_draft, rng=random.Random(0), edits=["paraphrase"])
    with pytest.raises(ValueError, match="drop_chapter_vii"):
        mutate(bank_draft, rng=random.Random(0), edits=["drop_chapter_vii"])
    with pytest.raises(ValueError, match="insert"):
        mutate(bank_draft, rng=random.Random(0), edits=["insert"], pool=())


def test_an_unanalysed_draft_is_analysed_first() -> None:
    raw = build_draft([pp(PREAMBLE[0])], [op(OPERATIVE[2]), op(OPERATIVE[3]), op(CLOSING)])
    assert raw.lexicon is None
    m = mutate(raw, rng=random.Random(0), edits=["weaken_verb"])
    assert m.old.lexicon == "default"
    assert_consistent(m)


@pytest.mark.skipif(not (CORPUS / "akn").is_dir(), reason=f"corpus not found at {CORPUS}")
def test_real_resolutions_mutate_cleanly() -> None:
    files = sorted((CORPUS / "akn").glob("*.xml"))[::12]
    drafts = [resdiff.parse(f) for f in files]
    for n, draft in enumerate(drafts):
        others = [c for k, d in enumerate(drafts) if k != n for c in d.paragraphs]
        for seed in range(3):
            m = mutate(draft, rng=random.Random(seed), edits=4, pool=others)
            assert_valid(m.new)
            assert_consistent(m)
