"""An exemption put to work by reference weighs as the exemption (RESULTS §2el, leads20):
"Confirms the figure mentioned in paragraph 1 of resolution 706 (1991) as the sum
authorized for the purpose of that paragraph" (S/RES/712 (1991) OP1) sets the sum an
earlier exemption lets through ("notwithstanding ... resolution 661"): put in, softer
(both judges of iraq-humanitarian-1991-h68); taken out, spent on adoption (iraq-oil-1992,
judged neutral). scope.toml's "sum authorized", ``by_reference``. Made-up texts."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.lexicon import Lexicon

CONFIRMS = (
    "Confirms the figure mentioned in paragraph 1 of resolution 900 (2031) as the sum "
    "authorized for the purpose of that paragraph, and reaffirms its intention to review "
    "this sum;"
)
OTHER = "Requests the Committee to report to the Council on the implementation;"


def _shifts(
    old: list[str], new: list[str], lexicon: Lexicon | None = None
) -> list[tuple[str, str]]:
    cmp = resdiff.compare(draft([*old, CLOSING]), draft([*new, CLOSING]), lexicon=lexicon)
    return [
        (s.feature, s.direction)
        for c in cmp.changes
        if c.kind in ("added", "dropped")
        for part in c.walk()
        for s in part.shifts
    ]


def test_the_sum_an_exemption_lets_through_confirmed_weighs_as_the_exemption() -> None:
    assert ("exemption", "softer") in _shifts([OTHER], [OTHER, CONFIRMS])


def test_left_out_of_a_later_text_it_is_spent_not_an_exemption_withdrawn() -> None:
    assert ("exemption", "stronger") not in _shifts([OTHER, CONFIRMS], [OTHER])


def test_a_users_lexicon_may_switch_it_off() -> None:
    mine = Lexicon.from_toml(
        '[exemptions]\n"sum authorized" = { disabled = true, explanation = "off" }\n', name="m.toml"
    )
    lexicon = Lexicon.default().extend(mine)
    assert ("exemption", "softer") not in _shifts([OTHER], [OTHER, CONFIRMS], lexicon)


@pytest.mark.parametrize(
    ("preamble", "paragraph"),
    [
        # Review of leads20: "whatever its lead" read a recital, a restatement and a
        # censure of the sum as the exemption put to work (softer, a headline).
        (
            [
                "Recalling its previous resolutions,",
                "Recalling the sum authorized under paragraph 1 of resolution 900 (2031),",
            ],
            None,
        ),
        (None, "Reaffirms the sum authorized under paragraph 1 of resolution 900 (2031);"),
        (
            None,
            "Regrets that the amount authorized under paragraph 1 of resolution 900 (2031) "
            "has not been made available;",
        ),
    ],
)
def test_the_sum_recalled_restated_or_regretted_puts_no_exemption_to_work(
    preamble: list[str] | None, paragraph: str | None
) -> None:
    old = draft([OTHER, CLOSING])
    new = draft(
        [OTHER, *([paragraph] if paragraph else []), CLOSING],
        preamble or "Recalling its previous resolutions,",
    )
    cmp = resdiff.compare(old, new)
    assert not [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == "exemption"
    ]
