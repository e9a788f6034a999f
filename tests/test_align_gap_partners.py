"""Pairs by the shape of a gap (resdiff.align.rewritten, asked for with
``AlignOptions(gap_partners=True)``; off by default, RESULTS §2fx): drafts of ordinary
Council wording written for these tests."""

from __future__ import annotations

from typing import Any

import resdiff
from resdiff.align import AlignOptions, Link, align
from resdiff.align.rewritten import gap_partners
from resdiff.model import Draft

_KEPT_PRE = [
    "Recalling its resolution 1001 (1991),",
    "Reaffirming its commitment to the sovereignty and territorial integrity of Ruritania,",
]
_KEPT_OP = [
    "Requests the Secretary-General to keep the Council informed of the situation;",
    "Decides to remain seized of the matter.",
]
_WELCOMING = (
    "Welcoming the marked reduction in violence across the Varnian lowlands that followed "
    "the ceasefire talks held between the parties in Lindau,"
)
#: The same recital rewritten where it stood: a welcome turned to concern, on the same
#: violence in the same lowlands, too few words kept for the word score or the slot.
_CONCERNED = (
    "Expressing its deep concern about the continuing high level of violence in the "
    "Varnian lowlands and the insecurity of their roads,"
)
#: Another subject in the same place: a new recital, not the old one rewritten.
_CONSULATE = (
    "Noting the decision of the Government of Ruritania to open a consulate in Marsk and "
    "to appoint a new envoy,"
)
_OTHERS = [
    "Taking note of the letter of the Permanent Representative of Ruritania of 4 May 1994,",
    "Bearing in mind the Charter of the United Nations and its purposes,",
    "Mindful of the need to hold elections in Ruritania before the end of the year,",
    "Noting the statement of the President of the Council on the harvest in the north,",
]
_ON = AlignOptions(gap_partners=True)


def _draft(preamble: list[str]) -> Draft:
    operative = "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(_KEPT_OP))
    return resdiff.parse("The Security Council,\n\n" + "\n\n".join(preamble) + f"\n\n{operative}\n")


def _pairs(old: Draft, new: Draft, options: AlignOptions) -> list[tuple[tuple[int, ...], ...]]:
    links: list[Link] = align(old.preamble, new.preamble, options)
    return [(link.old, link.new) for link in links if link.old and link.new and link.score < 1]


def test_a_recital_rewritten_in_its_place_pairs_with_the_option_only() -> None:
    old = _draft([_KEPT_PRE[0], _WELCOMING, _KEPT_PRE[1]])
    new = _draft([_KEPT_PRE[0], _CONCERNED, _KEPT_PRE[1]])
    assert _pairs(old, new, AlignOptions()) == []
    assert _pairs(old, new, _ON) == [((1,), (1,))]
    # Paired, the welcome turned to concern reads as a change of the one provision.
    kinds = {str(c.kind) for c in resdiff.compare(old, new, options=_ON).changes}
    assert "added" not in kinds and "dropped" not in kinds


def test_another_subject_in_the_same_place_stays_apart() -> None:
    old = _draft([_KEPT_PRE[0], _WELCOMING, _KEPT_PRE[1]])
    new = _draft([_KEPT_PRE[0], _CONSULATE, _KEPT_PRE[1]])
    assert _pairs(old, new, _ON) == []


def test_each_the_other_best_in_a_gap_of_two() -> None:
    # Beside the rewrite, a recital of another subject added in the same gap: only the
    # rewrite pairs, the other recital stays added.
    old = _draft([_KEPT_PRE[0], _WELCOMING, _KEPT_PRE[1]])
    new = _draft([_KEPT_PRE[0], _CONSULATE, _CONCERNED, _KEPT_PRE[1]])
    assert _pairs(old, new, _ON) == [((1,), (2,))]


def test_a_gap_past_the_run_pairs_nothing() -> None:
    # Three added and three dropped between the same two kept recitals: the place no
    # longer narrows the candidates, so the round leaves them to the scores.
    old = _draft([_KEPT_PRE[0], _WELCOMING, _OTHERS[0], _OTHERS[1], _KEPT_PRE[1]])
    new = _draft([_KEPT_PRE[0], _CONCERNED, _OTHERS[2], _OTHERS[3], _KEPT_PRE[1]])
    assert _pairs(old, new, _ON) == []
    assert _pairs(old, new, AlignOptions(gap_partners=True, gap_run=3)) == [((1,), (1,))]


class _Counting:
    """A scorer that counts its scores (every pair scores 0.5)."""

    def __init__(self) -> None:
        self.calls = 0

    def score(self, i: int, j: int) -> float:
        self.calls += 1
        return 0.5


def test_the_scores_are_linear_in_the_texts_length() -> None:
    # 300 gaps of two dropped and two added between kept pairs, and one gap of a
    # thousand a side: at most four scores a small gap, none for the large one.
    n = 300
    old = _draft(["Recalling its resolution 1 (1991),"]).preamble * (4 * n + 1000)
    new = list(old)
    links = [Link((3 * k,), (3 * k,), "identical", 1.0) for k in range(n + 1)]
    scorer: Any = _Counting()
    made = gap_partners(links, old[: 3 * n + 1000], new[: 3 * n + 1000], scorer, _ON)
    assert scorer.calls == 4 * n
    # One pair a gap (the first on a tie), none in the large one.
    assert len(made) - len(links) == n


class _Fixed:
    """A scorer that gives every pair one word score."""

    def __init__(self, value: float) -> None:
        self.value = value

    def score(self, i: int, j: int) -> float:
        return self.value


def _made(rewritten: str, value: float) -> list[Link]:
    # One dropped and one added recital between two kept ones, at a word score fixed
    # here so that only the round's own tests decide.
    old = _draft([_KEPT_PRE[0], _WELCOMING, _KEPT_PRE[1]]).preamble
    new = _draft([_KEPT_PRE[0], rewritten, _KEPT_PRE[1]]).preamble
    links = [Link((0,), (0,), "identical", 1.0), Link((2,), (2,), "identical", 1.0)]
    scorer: Any = _Fixed(value)
    return gap_partners(links, old, new, scorer, _ON)[len(links) :]


def test_each_others_best_on_another_subject_stays_apart_whatever_the_score() -> None:
    # The subject is what tells the rewrite from a new provision in its place: at a word
    # score well past the round's, the consulate still shares nothing of the violence.
    assert [(x.old, x.new) for x in _made(_CONCERNED, 0.5)] == [((1,), (1,))]
    assert _made(_CONSULATE, 0.5) == []


def test_on_one_subject_below_the_word_score_stays_apart() -> None:
    # The same subject is not enough: the word score must reach gap_threshold (0.25).
    assert _made(_CONCERNED, 0.24) == []
    assert [(x.old, x.new) for x in _made(_CONCERNED, 0.25)] == [((1,), (1,))]
