"""A body renewed under its full name, with no acronym, is named by its whole name: where
it serves and its number included ("the United Nations Interim Force in Lebanon", "the
United Nations Angola Verification Mission II"). Cut at the kind of body, UNIFIL's scanned
series was labelled "United Nations Interim Force", every "United Nations Operation in …"
was one body (two operations renewed turn about read as one series), and a body's acronym
was read up to six words after its name, a neighbour's included. The names are read in
one pass over a text (a lookup a name took time in the square of a long text's names).
Made-up texts (a reviewer's findings)."""

from __future__ import annotations

import time

from resdiff.api import parse
from resdiff.series import group_texts, series
from resdiff.series.grouping import _bodies

MONTHS = ("March", "May", "October", "November")


def _renewal(number: int, year: int, month: int, body: str, recital: str = "") -> str:
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 20 {MONTHS[month]} {year}\n\nThe Security Council,\n\n"
        f"{recital or 'Having considered the report of the Secretary-General,'}\n\n"
        "1. Calls upon the parties concerned to implement immediately Security Council "
        "resolution 900 (1970);\n\n"
        f"2. Decides to renew the mandate of the {body} for a further period of six "
        "months;\n\n"
        "3. Requests the Secretary-General to report at the end of this period on the "
        "measures taken to implement resolution 900 (1970).\n"
    )


def test_a_series_renewing_a_body_named_in_full_is_labelled_with_where_it_serves() -> None:
    texts = [
        _renewal(910 + 2 * k, 1980 + k, k % 4, "United Nations Interim Force in Ruritania")
        for k in range(4)
    ]
    found = series([parse(t, paths=False) for t in texts])
    assert [m.label for m in found.mandates] == ["United Nations Interim Force in Ruritania"]


def test_two_operations_named_for_where_they_serve_renewed_turn_about_are_two_series() -> None:
    north = "United Nations Operation in Northland"
    south = "United Nations Operation in Southland"
    texts = [
        _renewal(910, 1990, 0, north),
        _renewal(912, 1990, 1, south),
        _renewal(914, 1990, 2, north),
        _renewal(916, 1990, 3, south),
        _renewal(918, 1991, 0, north),
        _renewal(920, 1991, 1, south),
    ]
    groups = sorted(
        sorted(members) for members, _, _ in group_texts([parse(t, paths=False) for t in texts])
    )
    assert groups == [[0, 2, 4], [1, 3, 5]], groups


def test_a_body_and_its_successor_numbered_after_it_are_not_one_body() -> None:
    first = parse(_renewal(910, 1989, 0, "United Nations Verification Mission"), paths=False)
    second = parse(_renewal(960, 1993, 0, "United Nations Verification Mission II"), paths=False)
    assert _bodies(first) == {"United Nations Verification Mission"}
    assert _bodies(second) == {"United Nations Verification Mission II"}
    texts = [
        _renewal(910, 1989, 0, "United Nations Verification Mission"),
        _renewal(912, 1989, 2, "United Nations Verification Mission"),
        _renewal(960, 1993, 0, "United Nations Verification Mission II"),
        _renewal(962, 1993, 2, "United Nations Verification Mission II"),
    ]
    groups = sorted(
        sorted(members) for members, _, _ in group_texts([parse(t, paths=False) for t in texts])
    )
    assert [0, 1, 2, 3] not in groups, groups


def test_a_body_takes_its_own_acronym_not_its_neighbours() -> None:
    recital = (
        "Recalling the reports on the United Nations Alpha Force and the United Nations "
        "Beta Force (UNBF),"
    )
    draft = parse(_renewal(910, 1990, 0, "United Nations Alpha Force", recital), paths=False)
    assert _bodies(draft) == {"United Nations Alpha Force"}
    named = parse(
        _renewal(
            910,
            1990,
            0,
            "United Nations Alpha Force in Northland",
            recital.replace("Alpha Force and", "Alpha Force in Northland (UNAFN) and"),
        ),
        paths=False,
    )
    assert _bodies(named) == {"UNAFN"}


def test_many_bodies_named_in_full_are_read_in_linear_time() -> None:
    names = [f"United Nations Q{k:05d}x Force" for k in range(3000)]
    recital = "Recalling " + " and ".join(f"the {n}" for n in names) + ","
    renews = ", ".join(f"the mandate of the {n}" for n in names)
    text = (
        "Resolution 910 (1990)\n\nThe Security Council,\n\n"
        f"{recital}\n\n1. Decides to renew {renews};\n"
    )
    draft = parse(text, paths=False)
    started = time.perf_counter()
    assert len(_bodies(draft)) == 3000
    # Before: a search of every paragraph for each name, about 30 s here.
    assert time.perf_counter() - started < 5.0
