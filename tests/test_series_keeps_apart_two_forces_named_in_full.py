"""Two forces renewed turn about, whose renewals share most of their words and cite one
resolution, are two series when each names its force in full, without an acronym: UNEF
II's renewals and UNDOF's of 1974–1977 ("To renew the mandate of the United Nations
Emergency Force …", "… of the United Nations Disengagement Observer Force …", both
calling for resolution 338 (1973)) were one series, the two forces alternating. A mission
named in full in one renewal and by its acronym in the next stays one series. Made-up
texts."""

from __future__ import annotations

from resdiff.api import parse
from resdiff.series import group_texts

MONTHS = ("March", "May", "October", "November")


def _renewal(number: int, year: int, month: int, force: str) -> str:
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 20 {MONTHS[month]} {year}\n\nThe Security Council,\n\n"
        f"Having considered the report of the Secretary-General on the {force},\n\n"
        "Decides:\n\n(a) To call upon the parties concerned to implement immediately "
        "Security Council resolution 900 (1970);\n\n"
        f"(b) To renew the mandate of the {force} for another period of six months;\n\n"
        "(c) To request the Secretary-General to submit at the end of this period a report "
        "on the developments in the situation and the measures taken to implement "
        "resolution 900 (1970).\n"
    )


FOUNDING = (
    "Resolution 900 (1970)\n\nAdopted by the Security Council at its 1900th meeting, on 20 "
    "March 1970\n\nThe Security Council,\n\n1. Calls upon all parties to the present "
    "fighting to cease all firing and terminate all military activity immediately;\n\n"
    "2. Calls upon the parties concerned to start immediately after the cease-fire the "
    "implementation of the earlier resolutions in all of their parts;\n"
)
EMERGENCY = "United Nations Emergency Force"
OBSERVERS = "United Nations Disengagement Observer Force"


def _groups(texts: list[str]) -> list[list[int]]:
    drafts = [parse(t, paths=False) for t in texts]
    return sorted(sorted(members) for members, _, _ in group_texts(drafts))


def test_two_forces_renewed_turn_about_are_two_series() -> None:
    texts = [
        FOUNDING,
        _renewal(910, 1974, 1, OBSERVERS),
        _renewal(912, 1974, 2, EMERGENCY),
        _renewal(914, 1974, 3, OBSERVERS),
        _renewal(920, 1975, 1, OBSERVERS),
        _renewal(922, 1975, 2, EMERGENCY),
        _renewal(924, 1975, 3, OBSERVERS),
        _renewal(930, 1976, 2, EMERGENCY),
    ]
    groups = _groups(texts)
    assert [1, 3, 4, 6] in groups or [0, 1, 3, 4, 6] in groups, groups
    assert [2, 5, 7] in groups or [0, 2, 5, 7] in groups, groups


def test_a_mission_named_in_full_then_by_its_acronym_is_one_series() -> None:
    full = "United Nations Support Mission in Freedonia"
    texts = [
        _renewal(910, 2020, 1, f"{full} (UNSMIF)").replace(
            f"mandate of the {full} (UNSMIF)", "mandate of UNSMIF"
        ),
        _renewal(912, 2020, 3, full),
        _renewal(914, 2021, 1, full),
        _renewal(916, 2021, 3, f"{full} (UNSMIF)"),
    ]
    assert _groups(texts) == [[0, 1, 2, 3]]
