"""An analyst names a sanctions regime by the resolution that set it up ("the 1533
regime"), which a corpus of its renewals does not hold: ``--series 1533`` said "no series
has that label, body or resolution" (user25, the DRC sanctions of the AKN corpus). A
resolution no text read is now finds the series whose title names it (the metadata's
"… the Group of Experts Established pursuant to Resolution 1533 (2004)"), else the one
series every text of which cites it; two series citing it and no title are an error
naming both. An acronym spelt by words inside a long title quotes those words. Made-up
texts."""

from __future__ import annotations

import pytest

from resdiff.api import parse
from resdiff.errors import ResdiffError
from resdiff.model import Draft
from resdiff.series import series
from resdiff.series.model import TextMetadata

MONTHS = ("March", "June", "September", "December")
#: Syldavia's texts renew a body's mandate; Ruritania's renew measures (a sanctions
#: regime, labelled by the title the metadata gives where it gives one).
BODIES = {"Syldavia": "United Nations Truce Mission in Syldavia"}


def _text(number: int, month: int, regime: str, place: str) -> str:
    head = (
        f"Resolution {number} (1970)\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} 1970\n\nThe Security Council,\n\n"
    )
    if place in BODIES:
        return head + (
            f"Recalling its resolution {regime} and its other resolutions on {place},\n\n"
            f"1. Decides to renew the mandate of the {BODIES[place]} for six months;\n\n"
            f"2. Calls upon the parties to observe the ceasefire along the river line;\n\n"
            "3. Decides to remain seized of the matter.\n"
        )
    return head + (
        f"Recalling its resolution {regime} imposing an arms embargo on {place},\n\n"
        "Determining that the situation constitutes a threat to international peace,\n\n"
        "Acting under Chapter VII of the Charter of the United Nations,\n\n"
        f"1. Decides to renew until 1 July 1971 the arms embargo imposed on {place};\n\n"
        "2. Requests the Panel of Experts to provide a final report on the embargo;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )


def _drafts(second_regime: str) -> list[Draft]:
    return [
        parse(t, paths=False)
        for t in (
            _text(100, 0, "50 (1960)", "Ruritania"),
            _text(102, 1, "50 (1960)", "Ruritania"),
            _text(104, 2, second_regime, "Syldavia"),
            _text(106, 3, second_regime, "Syldavia"),
        )
    ]


def test_the_resolution_every_text_of_one_series_cites() -> None:
    found = series(_drafts("60 (1961)"), scheduler="sync", only=["50"])
    assert [len(m.texts) for m in found.mandates] == [2]
    assert found.selected == ("50: cited by every text of the series, not read itself",)
    texts = {found.text(k).symbol for k in found.mandates[0].texts}
    assert texts == {"S/RES/100 (1970)", "S/RES/102 (1970)"}


def test_two_series_citing_it_are_both_named() -> None:
    with pytest.raises(ResdiffError, match="every text of 2 series cites it"):
        series(_drafts("50 (1960)"), scheduler="sync", only=["50 (1960)"])


def test_a_series_whose_title_names_it() -> None:
    title = (
        "renewal of measures on arms against Ruritania and extension of the mandate of "
        "the Panel of Experts established pursuant to Resolution 50 (1960)"
    )
    meta = [TextMetadata(agenda="The situation in Ruritania", title=title)] * 2 + [None] * 2
    found = series(_drafts("50 (1960)"), metadata=meta, scheduler="sync", only=["S/RES/50"])
    assert [m.label for m in found.mandates] == [title]
    assert found.selected == ("S/RES/50: named by the series' title",)


def test_an_acronym_spelt_inside_a_title_quotes_its_words() -> None:
    title = "renewal of measures against the Republic of Northern Ruritania imposed earlier"
    meta = [TextMetadata(agenda="The situation in Ruritania", title=title)] * 2 + [None] * 2
    found = series(_drafts("60 (1961)"), metadata=meta, scheduler="sync", only=["RNR"])
    assert found.selected == ("RNR: spelt from “Republic of Northern Ruritania”",)
