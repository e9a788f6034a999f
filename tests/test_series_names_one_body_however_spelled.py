"""A body's full name is one name however its texts spell it: a hyphen inside a word
("Peace-keeping" in UNFICYP's texts of 1964–1992, "Peacekeeping" in those of 2020) or the
case of a letter changes nothing, and a force whose stationing a renewal extends where it
serves ("Extends the stationing in Cyprus of the United Nations Peace-keeping Force") is
the force in that place, so ``--series UNFICYP`` finds the old series as well as the new
(it found the new only). A number the text gives a body ("the Second United Nations
Emergency Force") tells it apart from the body of that name without one: the first and
second forces were one body. Rules, not lists. Made-up texts."""

from __future__ import annotations

import pytest

from resdiff.api import parse
from resdiff.series import group_texts, series
from resdiff.series.grouping import _apart, _bodies, _same_body, body_key, body_name

MONTHS = ("March", "June", "September", "December")


def _text(number: int, year: int, month: int, ops: list[str], preamble: str) -> str:
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1))
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 {MONTHS[month]} {year}\n\n"
        f"The Security Council,\n\n{preamble}\n\n{body}\n"
    )


OLD = (
    "Extends once more the stationing in Ruritania of the United Nations Peace-keeping "
    "Force, established under Security Council resolution 100 (1960), for a further "
    "period ending 15 June;"
)
OLD_PREAMBLE = "Noting the report of the Secretary-General on the observation posts,"
NEW_PREAMBLE = (
    "Welcoming the report of the Secretary-General on the United Nations Peacekeeping "
    "Force in Ruritania (UNFIR) and on the good offices mission,"
)
NEW = "Decides to extend the mandate of UNFIR for a further period ending 31 January;"
REST = [
    "Urges the parties to maintain the status quo along the separation line;",
    "Decides to remain seized of the matter.",
]
OTHER = "Decides to extend the mandate of UNMOB for a further period of six months;"
OTHER_PREAMBLE = (
    "Having considered the report on the United Nations Monitoring Office in Borduria "
    "(UNMOB) and the border villages,"
)


def _corpus() -> list[str]:
    return [
        _text(110, 1964, 0, [OLD, *REST], OLD_PREAMBLE),
        _text(112, 1964, 1, [OLD, *REST], OLD_PREAMBLE),
        _text(114, 1964, 2, [OLD, *REST], OLD_PREAMBLE),
        _text(2500, 2020, 0, [NEW, *REST], NEW_PREAMBLE),
        _text(2510, 2020, 2, [NEW, *REST], NEW_PREAMBLE),
        _text(2520, 2021, 0, [OTHER, *REST], OTHER_PREAMBLE),
        _text(2530, 2021, 2, [OTHER, *REST], OTHER_PREAMBLE),
    ]


@pytest.mark.parametrize(
    "name",
    ["UNFIR", "unfir", "United Nations Peace-keeping Force in Ruritania",
     "united nations peacekeeping force in ruritania"],
)  # fmt: skip
def test_the_acronym_finds_the_old_series_spelled_with_a_hyphen(name: str) -> None:
    drafts = [parse(t, paths=False) for t in _corpus()]
    found = series(drafts, scheduler="sync", only=[name])
    kept = sorted(sorted(drafts[k].symbol or "" for k in m.texts) for m in found.mandates)
    assert ["S/RES/110 (1964)", "S/RES/112 (1964)", "S/RES/114 (1964)"] in kept
    assert ["S/RES/2500 (2020)", "S/RES/2510 (2020)"] in kept
    assert all("S/RES/2520 (2021)" not in k for k in kept)


def test_names_that_differ_by_a_hyphen_or_case_are_one_body() -> None:
    old = "United Nations Peace-keeping Force in Cyprus"
    new = "United Nations Peacekeeping Force in Cyprus"
    assert body_name(old) == new
    assert body_key("United Nations Peace-Keeping Force in CYPRUS") == body_key(new)
    assert _same_body(old, new) and not _apart({old}, {new})
    # A hyphen between two names stays where shown, and compares alike without it.
    assert body_name("United Nations Iran-Iraq Military Observer Group") == (
        "United Nations Iran-Iraq Military Observer Group"
    )


def test_a_body_a_text_numbers_is_apart_from_the_unnumbered_one() -> None:
    second = "Second United Nations Emergency Force"
    assert body_name(second) == "United Nations Emergency Force II"
    assert not _same_body(second, "United Nations Emergency Force")
    assert _same_body(second, "United Nations Emergency Force II")
    assert _apart({body_name(second)}, {"United Nations Emergency Force"})
    draft = parse(
        _text(
            340,
            1974,
            0,
            ["Decides to renew the mandate of the Second United Nations Emergency Force for "
             "a period of six months;", *REST],
            OLD_PREAMBLE,
        ),
        paths=False,
    )  # fmt: skip
    assert _bodies(draft) == frozenset({"United Nations Emergency Force II"})


def test_the_first_and_second_forces_are_two_series() -> None:
    first = "Decides to renew the mandate of the United Nations Emergency Force for six months;"
    second = first.replace("the United Nations", "the Second United Nations")
    texts = [
        _text(120, 1958, 0, [first, *REST], OLD_PREAMBLE),
        _text(122, 1958, 2, [first, *REST], OLD_PREAMBLE),
        _text(340, 1974, 0, [second, *REST], OLD_PREAMBLE),
        _text(342, 1974, 2, [second, *REST], OLD_PREAMBLE),
    ]
    drafts = [parse(t, paths=False) for t in texts]
    assert sorted(sorted(m) for m, _, _ in group_texts(drafts)) == [[0, 1], [2, 3]]


def test_the_old_series_is_labelled_by_the_force_it_stations() -> None:
    # The force it stations, by the acronym the later texts give it (user23: one body
    # under one name, its two series told apart by their years; it read "United Nations
    # Peacekeeping Force in Ruritania" beside "UNFIR").
    drafts = [parse(t, paths=False) for t in _corpus()]
    found = series(drafts, scheduler="sync")
    labels = sorted(m.label for m in found.mandates)
    assert "UNFIR, 1964" in labels and "UNFIR, 2020" in labels
