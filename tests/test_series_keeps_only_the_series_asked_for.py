"""``series(only=...)`` and ``resdiff series --series NAME`` keep the series asked for
(by label, by the acronym or full name of the body renewed, or by a resolution it
holds, case-insensitively), compare only theirs, and say in every report what was kept
of how many; a name matching nothing is an error naming it and the nearest labels.
Made-up texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resdiff.api
from resdiff.api import parse
from resdiff.cli import main
from resdiff.errors import ResdiffError
from resdiff.render.series import render_series_html, render_series_text
from resdiff.series import Series, series

MONTHS = ("March", "May", "October", "November")
OBSERVERS = ("United Nations Disengagement Observer Force", "UNDOF")
EMERGENCY = ("United Nations Emergency Force", "UNEF")


def _renewal(number: int, year: int, month: int, force: tuple[str, str]) -> str:
    full, short = force
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 20 {MONTHS[month]} {year}\n\nThe Security Council,\n\n"
        f"Having considered the report of the Secretary-General on the {full} ({short}),\n\n"
        "Decides:\n\n(a) To call upon the parties concerned to implement immediately "
        "Security Council resolution 900 (1970);\n\n"
        f"(b) To renew the mandate of the {short} for another period of six months;\n\n"
        "(c) To request the Secretary-General to submit at the end of this period a report "
        "on the developments in the situation and the measures taken to implement "
        "resolution 900 (1970).\n"
    )


TEXTS = [
    _renewal(910, 1974, 1, OBSERVERS),
    _renewal(912, 1974, 2, EMERGENCY),
    _renewal(914, 1974, 3, OBSERVERS),
    _renewal(920, 1975, 1, OBSERVERS),
    _renewal(922, 1975, 2, EMERGENCY),
    _renewal(930, 1976, 2, EMERGENCY),
]


def _drafts() -> list[resdiff.api.Draft]:
    return [parse(t, paths=False) for t in TEXTS]


def _labels(found: Series) -> list[str]:
    return [m.label for m in found.mandates]


def test_every_series_without_a_selection() -> None:
    found = series(_drafts(), scheduler="sync")
    assert sorted(_labels(found)) == ["UNDOF", "UNEF"]
    assert found.selected == () and found.found is None
    assert len(found.pairs) == 4


@pytest.mark.parametrize(
    "name",
    ["undof", "UNDOF", "united nations  disengagement observer force", "914", "914 (1974)"],
)
def test_a_series_is_kept_by_label_body_or_resolution(name: str) -> None:
    found = series(_drafts(), scheduler="sync", only=[name])
    assert _labels(found) == ["UNDOF"]
    assert {p.mandate for p in found.pairs} == {found.mandates[0].id}
    assert len(found.pairs) == 2
    assert found.selected == (name,) and found.found == 2
    assert found.unpaired == ()


def test_only_the_kept_series_are_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = resdiff.api.compare

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(resdiff.api, "compare", counting)
    series(_drafts(), scheduler="sync", only=["UNEF"])
    assert len(calls) == 2  # UNEF's two renewals, none of UNDOF's


def test_two_names_keep_two_series_once_each() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNEF", "930", "undof"])
    assert sorted(_labels(found)) == ["UNDOF", "UNEF"]
    assert len(found.pairs) == 4


def test_a_name_matching_nothing_is_an_error_naming_the_nearest() -> None:
    with pytest.raises(ResdiffError, match=r"'UNDOFF'.*nearest: 'UNDOF'"):
        series(_drafts(), scheduler="sync", only=["UNDOFF"])


def test_reports_say_the_selection_and_count_what_they_show() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNDOF"])
    assert "1 of 2 series kept (--series UNDOF)" in " ".join(render_series_text(found).split())
    assert "1 of 2 series kept (--series UNDOF)" in render_series_html(found)
    back = Series.model_validate_json(found.model_dump_json())
    assert back == found
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.series/7"
    assert data["selected"] == ["UNDOF"] and data["found"] == 2


def test_an_older_series_file_still_reads() -> None:
    data = json.loads(series(_drafts(), scheduler="sync").model_dump_json())
    data["schema"] = "resdiff.series/4"
    del data["selected"], data["found"]
    assert Series.model_validate(data).selected == ()


def _write(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for k, text in enumerate(TEXTS):
        (folder / f"r{k}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_command_keeps_one_series(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path)
    argv = ["series", str(folder), "--scheduler", "sync", "--format", "json"]
    assert main([*argv, "--series", "unef"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["label"] for m in data["mandates"]] == ["UNEF"]
    assert data["selected"] == ["unef"] and data["found"] == 2


def test_the_command_refuses_a_name_matching_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path)
    assert main(["series", str(folder), "--scheduler", "sync", "--series", "UNFICYP"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "'UNFICYP'" in lines[0], captured.err


def _named_in_full(number: int, year: int, month: int) -> str:
    # An older renewal that names the force in full only, its acronym never given.
    return (
        _renewal(number, year, month, OBSERVERS)
        .replace(" (UNDOF)", "")
        .replace("the UNDOF", f"the {OBSERVERS[0]}")
    )


OTHER = (
    "Resolution 2000 (2011)\n\nAdopted by the Security Council at its 6000th meeting, on 20 "
    "March 2011\n\nThe Security Council,\n\nCommending the United Nations Disengagement "
    "Observer Force (UNDOF) for its service,\n\n1. Decides that all States shall freeze the "
    "funds of the individuals designated by the Committee;\n\n2. Requests the Panel of "
    "Experts to report on the implementation of the travel ban;\n"
)


def test_a_body_named_in_full_answers_to_the_acronym_another_text_gives() -> None:
    texts = [_named_in_full(350, 1964, 1), _named_in_full(352, 1964, 3), OTHER]
    drafts = [parse(t, paths=False) for t in texts]
    found = series(drafts, scheduler="sync", only=["undof"])
    assert [m.texts for m in found.mandates] == [(0, 1)]


def test_the_known_bodies_are_scanned_once_not_once_a_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review: each text scanned every body the run names in full (texts times bodies,
    quadratic on a corpus); the acronyms are now turned round once for the whole run."""
    import resdiff.series.select as select

    scans = []

    class Counting(dict[str, str]):
        def items(self):  # type: ignore[override]
            scans.append(1)
            return super().items()

    real = select.known_acronyms
    monkeypatch.setattr(select, "known_acronyms", lambda drafts: Counting(real(drafts)))
    found = series(_drafts(), scheduler="sync", only=["United Nations Emergency Force"])
    assert _labels(found) and len(found.pairs) == 2
    assert len(scans) <= 1


def test_names_given_as_an_iterator_are_recorded_as_well_as_applied() -> None:
    """Review: an iterator of names was read by the selection and then recorded empty,
    so the reports said "2 series" where one of two was kept."""
    found = series(_drafts(), scheduler="sync", only=iter(["UNDOF"]))  # type: ignore[arg-type]
    assert _labels(found) == ["UNDOF"]
    assert found.selected == ("UNDOF",) and found.found == 2
    assert "1 of 2 series kept (--series UNDOF)" in render_series_text(found)
