"""The mixed / one-sided boundary of a provision's kind (issue 9): a verb, a recital's
lead or a censure gone from one clause of a provision and the same word come in another
leaves the provision at the tier it stood at (named, not weighed), so that an ask or a
concern moved on to other matters at the same tier is not read as "mixed"; a word of
another tier, another intensity or another lead still weighs."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.classify.folding import bare_word, continuers
from resdiff.classify.kinds import (
    SAME_WORD_COME_NOTE,
    SAME_WORD_GONE_NOTE,
    same_word_both_ways,
)
from resdiff.lexicon import Lexicon
from resdiff.model import Shift

_LEXICON = Lexicon.default()
_GOING_ON = continuers(_LEXICON)


def _bare(word: str) -> str:
    return bare_word(_LEXICON, _GOING_ON, word)


def _gone(feature: str, word: str) -> Shift:
    return Shift(feature=feature, old=word, direction="softer", weight=4.0, ref="OP1")


def _come(feature: str, word: str) -> Shift:
    return Shift(feature=feature, new=word, direction="stronger", weight=4.0, ref="OP1")


def _kind_and_shifts(
    old: str, new: str, ref: str, preamble: tuple[str, str] | None = None
) -> tuple[str, list[Shift]]:
    pre = preamble or ("Recalling its previous resolutions,",) * 2
    cmp = resdiff.compare(draft([old, CLOSING], pre[0]), draft([new, CLOSING], pre[1]))
    change = next(c for c in cmp.changes if ref in c.new)
    return change.kind, [s for x in change.walk() for s in x.shifts]


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("expressing once again its grave concern", "expressing grave concern"),
        ("further noting with concern", "noting with concern"),
        ("Further recalls", "recalls"),
        ("in this context, expressing deep concern", "expressing deep concern"),
        ("also urges", "urges"),
        ("strongly urges", "strongly urges"),
    ],
)
def test_a_word_bare_of_its_continuers_and_possessives(word: str, bare: str) -> None:
    assert _bare(word) == bare


def test_the_same_verb_gone_and_come_is_named_not_weighed() -> None:
    shifts = [_gone("verb", "recalls"), _come("verb", "further recalls")]
    out = same_word_both_ways(shifts, _bare)
    assert [s.direction for s in out] == ["neutral", "neutral"]
    assert [s.weight for s in out] == [0.0, 0.0]
    assert [s.note for s in out] == [SAME_WORD_GONE_NOTE, SAME_WORD_COME_NOTE]


@pytest.mark.parametrize(
    ("gone", "come"),
    [
        # Another tier: the ask moved down a step, which weighs.
        (("verb", "strongly urges"), ("verb", "urges")),
        # Another verb of the same tier: the recast of asks is the clause reader's call.
        (("verb", "requests"), ("verb", "urges")),
        # A concern of another intensity.
        (("censure", "expressing grave concern"), ("censure", "expressing concern")),
        # The same word read as another feature: a lead is not a censure.
        (("lead", "noting with concern"), ("censure", "noting with concern")),
    ],
)
def test_words_of_another_tier_or_feature_still_weigh(
    gone: tuple[str, str], come: tuple[str, str]
) -> None:
    out = same_word_both_ways([_gone(*gone), _come(*come)], _bare)
    assert [s.direction for s in out] == ["softer", "stronger"]


def test_a_word_only_gone_or_one_swapped_in_place_still_weighs() -> None:
    swapped = Shift(
        feature="verb", old="urges", new="urges", direction="softer", weight=4.0, ref="OP1"
    )
    out = same_word_both_ways([_gone("verb", "urges"), _gone("verb", "urges"), swapped], _bare)
    assert [s.direction for s in out] == ["softer", "softer", "softer"]


def test_each_word_pairs_once() -> None:
    shifts = [
        _gone("censure", "noting with concern"),
        _come("censure", "noting with concern"),
        _come("censure", "further noting with concern"),
    ]
    out = same_word_both_ways(shifts, _bare)
    assert [s.direction for s in out] == ["neutral", "neutral", "stronger"]


def test_a_recital_whose_grave_concern_moves_on_to_new_facts_is_reworded() -> None:
    kind, shifts = _kind_and_shifts(
        CLOSING,
        CLOSING,
        "PP1",
        (
            "Expressing once again its grave concern at the hardship the fighting has caused"
            " and at the severe food shortages across the country, and expressing in"
            " particular its grave concern at the flight of many families from the northern"
            " province,",
            "Expressing grave concern at the recent flight of many families and the food"
            " shortages in the river valley and along the western border,",
        ),
    )
    assert kind == "reworded", shifts
    assert {s.note for s in shifts if s.feature == "censure"} == {
        SAME_WORD_GONE_NOTE,
        SAME_WORD_COME_NOTE,
    }


def test_a_recall_moved_on_to_other_measures_is_no_mixed_change() -> None:
    kind, shifts = _kind_and_shifts(
        "Recalls its decision that all States shall comply with the arms embargo, demands"
        " full compliance by all States with the arms embargo imposed under resolution 1234"
        " (2010), including by ceasing all support for foreign fighters, welcomes the work of"
        " the Panel of Experts and notes its intention to hold those who violate the embargo"
        " accountable;",
        "Recalls that the travel ban and the asset freeze set out in resolution 1234 (2010)"
        " shall apply to individuals found by the Committee to obstruct the electoral"
        " process, and demands full compliance by all States with the arms embargo imposed"
        " under resolution 1234 (2010);",
        "OP1",
    )
    assert kind != "mixed", shifts
    recalls = [s for s in shifts if s.feature == "verb" and "recall" in (s.old or s.new or "")]
    assert recalls and all(s.direction == "neutral" for s in recalls), recalls


def test_a_concern_lowered_in_a_recital_still_softens() -> None:
    kind, shifts = _kind_and_shifts(
        CLOSING,
        CLOSING,
        "PP1",
        (
            "Expressing once again its grave concern at the hardship the fighting has caused"
            " and at the severe food shortages across the country, and expressing in"
            " particular its grave concern at the flight of many families from the northern"
            " province,",
            "Expressing concern at the recent flight of many families and the food"
            " shortages in the river valley and along the western border,",
        ),
    )
    assert kind in ("softened", "mixed"), shifts
    assert any(s.direction == "softer" for s in shifts), shifts
