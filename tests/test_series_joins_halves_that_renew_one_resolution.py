"""Two series, one after the other in time, whose renewals extend what one resolution
set up ("the Force established under resolution 186 (1964)") are one mandate its words
split in two: UNFICYP's scanned renewals of 1964–1965 and of 1966–1992 were printed as
two series "Cyprus: resolution 186 (1964)", 206 (1965) → 220 (1966) never compared.
Series that overlap in time stay apart (two bodies set up by one resolution)."""

from __future__ import annotations

from resdiff.api import parse
from resdiff.series import group_texts

MONTHS = ("March", "June", "September", "December")

EARLY = [
    "Noting the report of the Secretary-General on the recent outbreak of intercommunal "
    "fighting in the island and on the efforts of the Mediator appointed by him,",
    "Deeply concerned by the continued shooting along the roads between the villages and "
    "by the refugees who have left their homes in the northern districts,",
]
EARLY_OPS = [
    "Calls upon the communities to cease firing along the roads between the villages and "
    "to allow the refugees to return to their homes in the northern districts;",
    "Requests the Mediator to continue his efforts to bring the communities together and "
    "to report on the progress of his mission;",
]
LATE = [
    "Having considered the report of the Secretary-General on the economic situation and "
    "on the separation line patrolled by the observation posts since the hostilities,",
    "Welcoming the resumption of the intercommunal talks under the auspices of the "
    "Special Representative and the confidence-building measures agreed upon,",
]
LATE_OPS = [
    "Urges the parties to maintain the status quo along the separation line and to refrain "
    "from any new construction or fortification in the observation zone;",
    "Encourages the Special Representative to pursue the intercommunal talks and the "
    "confidence-building measures, and to submit his assessment in writing;",
]
RENEWAL = (
    "Extends the stationing in Ruritania of the United Nations Peace-keeping Force "
    "established under resolution 100 (1960) for a further period of six months;"
)


def _text(
    number: int, year: int, month: int, preamble: list[str], ops: list[str], renewal: str = RENEWAL
) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate([*ops, renewal], start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} {year}\n\n"
        "The Security Council,\n\n" + "\n\n".join(preamble) + f"\n\n{body}\n"
    )


def _groups(texts: list[str]) -> list[list[int]]:
    drafts = [parse(t, paths=False) for t in texts]
    return sorted(sorted(members) for members, _, _ in group_texts(drafts))


def test_two_halves_one_after_the_other_that_renew_one_resolution_are_one_series() -> None:
    texts = [
        _text(110, 1964, 0, EARLY, EARLY_OPS),
        _text(112, 1964, 2, EARLY, EARLY_OPS),
        _text(120, 1966, 0, LATE, LATE_OPS),
        _text(122, 1966, 2, LATE, LATE_OPS),
    ]
    assert _groups(texts) == [[0, 1, 2, 3]]
    # What put the second half's first text after the first half: the resolution cited.
    drafts = [parse(t, paths=False) for t in texts]
    ((members, evidence, _),) = group_texts(drafts)
    assert evidence[members.index(2)] == "citation"


def test_two_series_that_overlap_in_time_stay_apart() -> None:
    texts = [
        _text(110, 1964, 0, EARLY, EARLY_OPS),
        _text(112, 1964, 1, LATE, LATE_OPS),
        _text(120, 1966, 2, EARLY, EARLY_OPS),
        _text(122, 1966, 3, LATE, LATE_OPS),
    ]
    assert _groups(texts) == [[0, 2], [1, 3]]


#: A sanctions regime's renewal and a mission's, each citing paragraphs of one resolution
#: (the CAR sanctions renew "paragraphs 9, 14, and 16 to 19 of resolution 2399 (2018)",
#: MINUSCA's mandate cites "paragraph 32 (g) of resolution 2399 (2018)"): neither says
#: the resolution set up what it renews.
MEASURES = (
    "Decides to renew until 31 July the measures set out in paragraphs 9 to 14 of "
    "resolution 100 (1960);"
)
MANDATE = (
    "Decides to extend the mandate of the Mission until 15 November, to assist the "
    "Committee in accordance with paragraph 32 of resolution 100 (1960);"
)


def test_two_regimes_that_cite_paragraphs_of_one_resolution_stay_apart() -> None:
    # A desk officer's folder: the sanctions renewals of one year, the mission's of the
    # next (S/RES/2507, 2536 (2020) and 2552 (2020), 2605 (2021) were one series).
    texts = [
        _text(110, 1964, 0, EARLY, EARLY_OPS, MEASURES),
        _text(112, 1964, 2, EARLY, EARLY_OPS, MEASURES),
        _text(120, 1966, 0, LATE, LATE_OPS, MANDATE),
        _text(122, 1966, 2, LATE, LATE_OPS, MANDATE),
    ]
    assert _groups(texts) == [[0, 1], [2, 3]]
