"""``--series UNEF`` found nothing: no text of the corpus prints UNEF's acronym (the old
texts write "the United Nations Emergency Force"). A series label a user types is found
where it is the acronym a body's name spells, read by compare's own rule
(:func:`resdiff.classify.acted.initials`), and the selection says so ("UNOFR: spelt from
“United Nations Observer Force in Ruritania”"); still never a guess where two bodies'
names spell the same: an error naming both. Made-up texts."""

from __future__ import annotations

import pytest

from resdiff.api import parse
from resdiff.errors import ResdiffError
from resdiff.render.series import render_series_text
from resdiff.series import series

MONTHS = ("March", "June", "September", "December")


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


RURITANIA = "United Nations Observer Force in Ruritania"


def _drafts(second_body: str, second_place: str) -> list:
    return [
        parse(t, paths=False)
        for t in (
            _text(100, 0, RURITANIA, "Ruritania"),
            _text(102, 1, RURITANIA, "Ruritania"),
            _text(104, 2, second_body, second_place),
            _text(106, 3, second_body, second_place),
        )
    ]


def test_the_acronym_a_body_s_name_spells_finds_its_series_and_says_so() -> None:
    drafts = _drafts("United Nations Truce Mission in Syldavia", "Syldavia")
    found = series(drafts, scheduler="sync", only=["UNOFR"])
    assert [m.label for m in found.mandates] == [RURITANIA]
    assert found.selected == (f"UNOFR: spelt from “{RURITANIA}”",)
    report = " ".join(render_series_text(found).split())
    assert f"(--series UNOFR: spelt from “{RURITANIA}”)" in report


def test_two_bodies_spelling_the_same_are_never_a_guess() -> None:
    drafts = _drafts("United Nations Observer Force in Rugova", "Rugova")
    with pytest.raises(ResdiffError, match="spells the names of 2 bodies") as caught:
        series(drafts, scheduler="sync", only=["UNOFR"])
    assert RURITANIA in str(caught.value) and "Rugova" in str(caught.value)


def test_a_name_that_is_found_as_typed_is_not_spelt() -> None:
    drafts = _drafts("United Nations Truce Mission in Syldavia", "Syldavia")
    found = series(drafts, scheduler="sync", only=[RURITANIA])
    assert found.selected == (RURITANIA,)


def test_letters_no_name_spells_are_still_an_error() -> None:
    drafts = _drafts("United Nations Truce Mission in Syldavia", "Syldavia")
    with pytest.raises(ResdiffError, match="no series has that label"):
        series(drafts, scheduler="sync", only=["UNXYZ"])
