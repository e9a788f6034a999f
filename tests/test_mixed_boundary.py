"""The mixed / one-sided boundary of a provision's kind (issue 9): a declaratory lead
("recalls", "notes", "reaffirming") gone from one clause of a provision and the same lead
come in another asks nothing either way (named, not weighed), so a recall moved on to
other matters is not read as "mixed"; a lead that asks or censures ("encourages",
"expressing grave concern"), another declaratory lead, or one only gone, still weighs."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.classify.folding import bare_word, continuers, declaratory_word
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


def _declaratory(word: str) -> str | None:
    return declaratory_word(_LEXICON, _GOING_ON, word)


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


@pytest.mark.parametrize(
    ("word", "declaratory"),
    [
        ("further recalls", "recalls"),
        ("Reaffirming", "reaffirming"),
        ("takes note", "takes note"),
        ("encourages", None),
        ("calling upon", None),
        ("noting with concern", None),
        ("strongly condemns", None),
    ],
)
def test_a_lead_is_declaratory_when_it_asks_and_censures_nothing(
    word: str, declaratory: str | None
) -> None:
    assert _declaratory(word) == declaratory


@pytest.mark.parametrize(
    ("feature", "gone", "come"),
    [("verb", "recalls", "further recalls"), ("lead", "noting", "noting further")],
)
def test_the_same_declaratory_lead_gone_and_come_is_named_not_weighed(
    feature: str, gone: str, come: str
) -> None:
    shifts = [_gone(feature, gone), _come(feature, come)]
    out = same_word_both_ways(shifts, _declaratory)
    assert [s.direction for s in out] == ["neutral", "neutral"]
    assert [s.weight for s in out] == [0.0, 0.0]
    assert [s.note for s in out] == [SAME_WORD_GONE_NOTE, SAME_WORD_COME_NOTE]


@pytest.mark.parametrize(
    ("gone", "come"),
    [
        # An ask dropped beside another ask at its tier: both weigh (test_verdicts).
        (("verb", "encourages"), ("verb", "encourages")),
        (("lead", "encouraging"), ("lead", "encouraging")),
        # A censure moved on to other facts: a concern withdrawn beside one expressed.
        (("censure", "noting with concern"), ("censure", "noting with concern")),
        # Another declaratory lead: not the same word.
        (("verb", "recalls"), ("verb", "notes")),
        # The same word read as another feature.
        (("lead", "recalling"), ("verb", "recalls")),
    ],
)
def test_leads_that_ask_or_censure_or_differ_still_weigh(
    gone: tuple[str, str], come: tuple[str, str]
) -> None:
    out = same_word_both_ways([_gone(*gone), _come(*come)], _declaratory)
    assert [s.direction for s in out] == ["softer", "stronger"]


def test_a_word_only_gone_or_one_swapped_in_place_still_weighs() -> None:
    swapped = Shift(
        feature="verb", old="recalls", new="recalls", direction="softer", weight=4.0, ref="OP1"
    )
    out = same_word_both_ways(
        [_gone("verb", "recalls"), _gone("verb", "recalls"), swapped], _declaratory
    )
    assert [s.direction for s in out] == ["softer", "softer", "softer"]


def test_each_word_pairs_once() -> None:
    shifts = [
        _gone("verb", "notes"),
        _come("verb", "notes"),
        _come("verb", "further notes"),
    ]
    out = same_word_both_ways(shifts, _declaratory)
    assert [s.direction for s in out] == ["neutral", "neutral", "stronger"]


def test_a_grave_concern_moved_on_to_new_facts_still_weighs_both_ways() -> None:
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
    assert kind == "mixed", shifts
    assert not any(s.note in (SAME_WORD_GONE_NOTE, SAME_WORD_COME_NOTE) for s in shifts)


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
    assert {s.note for s in recalls} == {SAME_WORD_GONE_NOTE, SAME_WORD_COME_NOTE}


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
