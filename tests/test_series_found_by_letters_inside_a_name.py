"""``--series`` spelt only initials (the thirty-fourth session's review): an acronym
coined from letters inside the words (UNOSOM, UNPROFOR, UNIIMOG) and one typed in lower
case ("unef") found nothing. The bounded rule (:func:`resdiff.series.select.spells_inside`)
is tried only where initials spell no name; two bodies answering are named, never
guessed. Made-up texts, with the test file of the initials rule's helpers."""

from __future__ import annotations

import pytest

from resdiff.api import parse
from resdiff.errors import ResdiffError
from resdiff.model import Draft
from resdiff.series import series
from resdiff.series.select import spells_inside

MONTHS = ("March", "June", "September", "December")
RURITANIA = "United Nations Observer Force in Ruritania"


def _text(number: int, month: int, body: str, place: str) -> str:
    return (
        f"Resolution {number} (1970)\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} 1970\n\n"
        f"The Security Council,\n\nRecalling its resolutions on the situation in {place},\n\n"
        f"1. Decides to renew the mandate of the {body} for six months;\n\n"
        f"2. Calls upon the parties in {place} to observe the ceasefire along the river line;\n\n"
        f"3. Requests the Secretary-General to report on the ceasefire in {place};\n\n"
        "4. Decides to remain seized of the matter.\n"
    )


def _drafts(second_body: str, second_place: str) -> list[Draft]:
    return [
        parse(t, paths=False)
        for t in (
            _text(100, 0, RURITANIA, "Ruritania"),
            _text(102, 1, RURITANIA, "Ruritania"),
            _text(104, 2, second_body, second_place),
            _text(106, 3, second_body, second_place),
        )
    ]


PROTECTION = "United Nations Protection Force in Syldavia"


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("UNOSOM", "United Nations Operation in Somalia"),
        ("UNPROFOR", "United Nations Protection Force"),
        ("UNIIMOG", "United Nations Iran-Iraq Military Observer Group"),
        ("UNAVEM", "United Nations Angola Verification Mission"),
        ("unikom", "United Nations Iraq-Kuwait Observation Mission"),
    ],
)
def test_acronyms_from_letters_inside_the_words(acronym: str, name: str) -> None:
    assert spells_inside(acronym, name)


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        # The second body of a name is another body: "II" gives no letter.
        ("UNAVEM", "United Nations Angola Verification Mission II"),
        # A word typed whole is no acronym: "United" gives three letters at most.
        ("united", "United Nations Disengagement Observer Force"),
        # Four letters or fewer: initials only ("UNEF"), not "UNF" for UNEF.
        ("UNFO", "United Nations Emergency Force"),
        # A capitalised word giving none is too loose a spelling.
        ("UNFORU", "United Nations Emergency Observer Force in Ruritania"),
        # One capitalised word dropped spells another body too (the review of user25,
        # on the corpus): UNMIL is the Mission in Liberia, UNOCA the Office for Central
        # Africa. UNFICYP goes with them; its texts print it.
        ("UNMIL", "United Nations Support Mission in Libya"),
        ("UNOCA", "United Nations Observer Group in Central America"),
        ("UNFICYP", "United Nations Peacekeeping Force in Cyprus"),
    ],
)
def test_spellings_the_rule_refuses(acronym: str, name: str) -> None:
    assert not spells_inside(acronym, name)


def test_a_series_found_by_letters_inside_its_body_s_name() -> None:
    drafts = _drafts(PROTECTION, "Syldavia")
    found = series(drafts, scheduler="sync", only=["UNPROFORSY"])
    assert [m.label for m in found.mandates] == [PROTECTION]
    assert found.selected == (f"UNPROFORSY: spelt from “{PROTECTION}”",)


def test_an_acronym_typed_in_lower_case_is_spelt() -> None:
    drafts = _drafts(PROTECTION, "Syldavia")
    found = series(drafts, scheduler="sync", only=["unofr"])
    assert [m.label for m in found.mandates] == [RURITANIA]


def test_two_bodies_spelt_from_inside_are_both_named() -> None:
    drafts = _drafts("United Nations Observer Force in Rugova", "Rugova")
    with pytest.raises(ResdiffError, match="spells the names of 2 bodies") as caught:
        series(drafts, scheduler="sync", only=["UNOFORU"])
    assert RURITANIA in str(caught.value) and "Rugova" in str(caught.value)
