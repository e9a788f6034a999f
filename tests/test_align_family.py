"""Pairs by function among the leftovers (resdiff.align.family, asked for with
``AlignOptions(family_partners=True)``; off by default, RESULTS §2ea): drafts of
ordinary Council wording written for these tests."""

from __future__ import annotations

import random
from typing import Any

import pytest

import resdiff
from resdiff.align import AlignOptions, Link, align, family
from resdiff.align.family import one_family, same_subject
from resdiff.align.score import Scorer
from resdiff.align.text import normalise
from resdiff.model import Draft

_KEPT_PRE = [
    "Recalling its resolution 1001 (1991),",
    "Reaffirming its commitment to the sovereignty and territorial integrity of Ruritania,",
]
_KEPT_OP = [
    "Requests the Secretary-General to keep the Council informed of the situation;",
    "Decides to remain seized of the matter.",
]
_DEPLORING = (
    "Deploring the continued shelling of the Varnian lowlands by armed units, which hampers "
    "the delivery of humanitarian assistance,"
)
#: The same concern rewritten: another lead of the censure family, the same subject.
_CONCERNED = (
    "Gravely concerned at the obstruction of humanitarian convoys bound for the Varnian "
    "lowlands and at the shelling of their routes,"
)
#: The same subject asked of the parties: another function.
_CALLING = (
    "Calls upon the parties to let humanitarian convoys reach the Varnian lowlands and to "
    "end the shelling of their routes,"
)
_DIALOGUE = (
    "Welcoming the efforts of regional organizations to promote dialogue between the parties,"
)
_LETTER = "Noting the letter of the Government of Ruritania of 4 May 1994,"
_ON = AlignOptions(family_partners=True)


def _draft(preamble: list[str]) -> Draft:
    operative = "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(_KEPT_OP))
    return resdiff.parse("The Security Council,\n\n" + "\n\n".join(preamble) + f"\n\n{operative}\n")


def _pairs(old: Draft, new: Draft, options: AlignOptions) -> list[tuple[tuple[int, ...], ...]]:
    links: list[Link] = align(old.preamble, new.preamble, options)
    return [(link.old, link.new) for link in links if link.old and link.new and link.score < 1]


def test_a_concern_rewritten_under_another_lead_of_its_family_pairs() -> None:
    # "Deploring ..." recast as "Gravely concerned at ...": the word score (0.37) is under
    # the usual bar, two recitals are added beside it, and only the round pairs it.
    old = _draft([*_KEPT_PRE, _DEPLORING])
    new = _draft([*_KEPT_PRE, _DIALOGUE, _CONCERNED, _LETTER])
    assert _pairs(old, new, _ON) == [((2,), (3,))]
    assert _pairs(old, new, AlignOptions()) == []


def test_the_same_subject_under_another_function_does_not_pair() -> None:
    # The concern dropped and an ask of the parties on the same convoys added: a drafter
    # reads a concern dropped and a call added, not one provision rewritten.
    old = _draft([*_KEPT_PRE, _DEPLORING])
    new = _draft([*_KEPT_PRE, _DIALOGUE, _CALLING, _LETTER])
    assert _pairs(old, new, _ON) == []


def test_the_closer_of_two_concerns_keeps_the_rewrite_and_the_other_stays_dropped() -> None:
    closer = "Deeply concerned at the shelling of the Varnian lowlands by armed units,"
    old = _draft([*_KEPT_PRE, _DEPLORING, closer])
    new = _draft([*_KEPT_PRE, _DIALOGUE, _CONCERNED, _LETTER])
    assert _pairs(old, new, _ON) == [((3,), (3,))]


def test_a_rewrite_across_a_kept_paragraph_pairs_only_without_the_stretch() -> None:
    # The concern dropped above the letter, and the new concern added below it (with
    # another concern, on other villages, beside it): not in the same stretch between two
    # kept paragraphs, so not the provision rewritten in its place. Paired (with the
    # closer of the two new concerns) only when the stretch is not asked for; the other
    # rounds leave both alone.
    villages = (
        "Noting with concern the shelling of the border villages of Ruritania by armed units,"
    )
    old = _draft([*_KEPT_PRE, _DEPLORING, _LETTER])
    new = _draft([*_KEPT_PRE, _DIALOGUE, _LETTER, _CONCERNED, villages])
    assert _pairs(old, new, _ON) == []
    assert _pairs(old, new, AlignOptions()) == []
    assert _pairs(old, new, AlignOptions(family_partners=True, family_stretch=False)) == [
        ((2,), (5,))
    ]


def test_one_family_reads_the_leads() -> None:
    old = _draft([*_KEPT_PRE, _DEPLORING])
    new = _draft([*_KEPT_PRE, _CONCERNED, _CALLING, _DIALOGUE])
    assert one_family(old.preamble[2], new.preamble[2])
    assert not one_family(old.preamble[2], new.preamble[3])
    assert not one_family(old.preamble[2], new.preamble[4])


def test_same_subject_wants_a_share_of_the_shorter_paragraphs_words() -> None:
    a = normalise("Deploring the shelling of the Varnian lowlands by armed units,")
    b = normalise("Gravely concerned at the shelling of the Varnian lowlands,")
    c = normalise("Gravely concerned at the detention of journalists in the capital,")
    assert same_subject(a, b, 0.3)
    assert not same_subject(a, c, 0.3)
    assert not same_subject(a, normalise("Deploring,"), 0.3)


def test_the_family_round_stops_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # The scores among leftovers are bounded (a hostile text's thousands of them): past
    # the bound nothing pairs, as a best partner among some candidates is not the best.
    old = _draft([*_KEPT_PRE, _DEPLORING])
    new = _draft([*_KEPT_PRE, _DIALOGUE, _CONCERNED, _LETTER])
    monkeypatch.setattr("resdiff.align.family.FAMILY_CHECKS", 0)
    assert _pairs(old, new, _ON) == []


def test_the_family_round_scores_at_most_its_bound_on_a_hostile_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two hundred leftovers a side that all share rarer words (each word in a few dozen
    # paragraphs): every dropped paragraph is a candidate of every added one, and the
    # round would score some 26,000 of their pairs; it scores at most its bound.
    rng = random.Random(7)
    vocab = [f"zq{k}{'abcdefghij'[k % 10] * 3}" for k in range(80)]

    def drafted(lead: str) -> Draft:
        operative = "\n\n".join(
            f"{k + 1}. {lead} {' '.join(rng.sample(vocab, 12))};" for k in range(200)
        )
        return resdiff.parse(f"The Security Council,\n\n{operative}\n")

    old = drafted("Urges the parties to address")
    new = drafted("Calls upon the parties to address")
    counted = {"family": 0}

    def counting(links: list[Link], o: Any, n: Any, scorer: Scorer, opts: AlignOptions) -> Any:
        score = scorer.score

        def one(i: int, j: int) -> float:
            counted["family"] += 1
            return score(i, j)

        scorer.score = one  # type: ignore[method-assign]
        try:
            return family.family_partners(links, o, n, scorer, opts)
        finally:
            scorer.score = score  # type: ignore[method-assign]

    monkeypatch.setattr("resdiff.align.family_partners", counting)
    align(old.operative, new.operative, _ON)
    assert 0 < counted["family"] <= 20_000


def test_the_round_and_the_clause_alignment_read_one_family_rule() -> None:
    # One rule of which leads a redraft trades, not two copies that may drift apart: the
    # clause alignment of two paired paragraphs (clauses.views) pairs clauses by it too.
    from resdiff.clauses import views

    assert views.kindred is family.kindred
    old = _draft([*_KEPT_PRE, _DEPLORING])
    new = _draft([*_KEPT_PRE, _CONCERNED, _CALLING])
    a, b, c = old.preamble[2], new.preamble[2], new.preamble[3]
    assert a.lead_phrase and b.lead_phrase and c.lead_phrase
    assert family.kindred(a.lead_phrase, b.lead_phrase)
    assert not family.kindred(a.lead_phrase, c.lead_phrase)
