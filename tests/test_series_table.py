"""The series table's version 2 (``resdiff.series-table/2``): where a renewal changed a
heading, a lead-in, Chapter VII or a use-of-force authorization, in the CSV and Parquet
table and in the short text report; version 1's columns first, unchanged. Made-up texts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from resdiff.api import parse
from resdiff.render.series import render_series_csv, render_series_text, write_series_table
from resdiff.series import COLUMNS, COLUMNS_V1, SERIES_TABLE_SCHEMA, Series, series

PREAMBLE = (
    "Recalling its resolutions on Sylvania and the statements of its President concerning "
    "the illicit trafficking of arms and timber across Sylvanian borders,\n\n"
    "Determining that the situation in Sylvania continues to constitute a threat to "
    "international peace and security in the region,\n\n"
)
OPS = (
    "1. Decides that all Member States shall prevent the direct or indirect supply, sale or "
    "transfer of arms and related materiel to armed groups in Sylvania;\n\n"
    "{heading}2. Decides to extend the mandate of the Panel of Experts on Sylvania until "
    "31 March {until}, and requests the Panel to report on timber trafficking;\n\n"
    "3. {force}Requests the Panel of Experts to provide the Committee with a final report on "
    "the smuggling of timber and arms across the Sylvanian borders;\n\n"
    "4. Decides to remain actively seized of the matter.\n"
)
FORCE = (
    "Authorizes Member States to use all necessary means to inspect vessels bound for Sylvania;\n\n"
)


def resolution(number: int, year: int, *, chapter_vii: bool, heading: str, force: bool) -> str:
    """A made-up sanctions renewal: with or without Chapter VII, a heading over OP2, an
    authorization to use all necessary means as OP3."""
    acting = "Acting under Chapter VII of the Charter of the United Nations,\n\n"
    ops = OPS.format(
        heading=f"{heading}\n\n" if heading else "",
        until=year + 1,
        force=FORCE.replace(";\n\n", ";\n\n4. ") if force else "",
    )
    if force:
        # The authorization is OP3, the request OP4, the last paragraph OP5.
        ops = ops.replace("4. Decides to remain", "5. Decides to remain")
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 March {year}\n\n"
        f"The Security Council,\n\n{PREAMBLE}{acting if chapter_vii else ''}{ops}"
    )


@pytest.fixture(scope="module")
def found() -> Series:
    texts = [
        resolution(3101, 2040, chapter_vii=True, heading="", force=True),
        resolution(3102, 2041, chapter_vii=False, heading="Panel of Experts", force=False),
    ]
    return series([parse(t) for t in texts], scheduler="sync")


def test_version_1s_columns_come_first_unchanged() -> None:
    assert COLUMNS[: len(COLUMNS_V1)] == COLUMNS_V1
    assert COLUMNS[len(COLUMNS_V1) :] == ("use_of_force", "headings", "lead_ins", "table_schema")
    assert SERIES_TABLE_SCHEMA == "resdiff.series-table/2"


def test_the_table_names_the_flags_and_headings_a_renewal_changed(found: Series) -> None:
    assert len(found.pairs) == 1
    pair = found.pairs[0]
    assert (pair.chapter_vii, pair.use_of_force) == ("dropped", "dropped")
    rows = list(csv.DictReader(io.StringIO(render_series_csv(found))))
    assert list(rows[0]) == list(COLUMNS)
    row = rows[0]
    assert row["chapter_vii"] == "dropped" and row["use_of_force"] == "dropped"
    assert row["headings"] == "added “Panel of Experts” (operative part)"
    assert row["lead_ins"] == "" and row["table_schema"] == SERIES_TABLE_SCHEMA
    # A version 1 reader, reading by position, finds its columns where they were.
    plain = list(csv.reader(io.StringIO(render_series_csv(found))))
    assert tuple(plain[0][: len(COLUMNS_V1)]) == COLUMNS_V1


def test_the_table_names_a_lead_in_changed() -> None:
    base = (
        "The Security Council,\n\nHaving considered the report of the commission on the "
        "river crossings of Sylvania and Freedonia,\n\n{lead}\n\n1. To set up a commission "
        "of three members to study the river crossings of Sylvania ;\n\n2. To request the "
        "Secretary-General to give the commission on the river crossings the staff it needs.\n"
    )
    texts = [
        f"United Nations S/RES/{n} ({y})\nSecurity Council\n\nResolution {n} ({y})\n\n"
        f"Adopted by the Security Council at its {9000 + n}th meeting, on 15 March {y}\n\n"
        + base.format(lead=lead)
        for n, y, lead in ((3201, 2040, "Resolves:"), (3202, 2041, "Decides:"))
    ]
    found = series([parse(t) for t in texts], scheduler="sync")
    assert len(found.pairs) == 1
    row = found.rows()[0]
    assert row["lead_ins"] == "lead-in changed “Resolves:” → “Decides:” (operative part)"
    assert row["headings"] == ""


def test_the_parquet_table_has_the_same_columns(found: Series, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install 'resdiff[parquet]'")
    import pandas

    frame = pandas.read_parquet(write_series_table(found, tmp_path / "t.parquet"))
    assert tuple(frame.columns) == COLUMNS
    assert frame["use_of_force"].tolist() == ["dropped"]
    assert frame["table_schema"].tolist() == [SERIES_TABLE_SCHEMA]


def test_the_short_text_report_names_the_flags_and_headings(found: Series) -> None:
    text = render_series_text(found)
    assert "! Chapter VII dropped; use of force dropped; headings: added “Panel of Experts”" in (
        " ".join(text.split())
    )


def test_series_o_parquet_points_to_the_table_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A new user's trial: "-o renewals.parquet" was refused as a report format it could
    # not tell, with no word of --table.
    from resdiff.cli import main

    out = tmp_path / "renewals.parquet"
    assert main(["series", str(tmp_path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--table {out}" in err
    assert not out.exists()


def test_the_headings_a_renewal_changed_are_capped_as_key_changes_are(found: Series) -> None:
    # Review (issue 9 §8): the "!" line listed every heading a renewal changed (17 for
    # S/RES/2551 → 2607, Somalia), burying the key changes under it.
    from resdiff.model import HeadingChange
    from resdiff.render.series import HEADINGS_SHOWN, render_series_html

    many = tuple(
        HeadingChange(kind="added", text=f"Part {k}: topic {k}", section="operative")
        for k in range(1, 18)
    )
    pair = found.pairs[0].model_copy(update={"headings": many})
    crowded = found.model_copy(update={"pairs": (pair,)})
    text = " ".join(render_series_text(crowded).split())
    shown = "; ".join(f"added “Part {k}: topic {k}” (operative part)" for k in (1, 2, 3))
    assert HEADINGS_SHOWN == 3
    assert f"! Chapter VII dropped; use of force dropped; headings: {shown}; and 14 more" in text
    assert "Part 4:" not in text
    assert "headings: added “Part 1: topic 1” (operative part); and 16 more" in " ".join(
        render_series_text(crowded, headings=1).split()
    )
    # The dashboard names the first three and folds the rest, which it still holds.
    page = render_series_html(crowded)
    assert "<summary>and 14 more</summary>" in page and "Part 17: topic 17" in page
    assert page.index("Part 3: topic 3") < page.index("and 14 more") < page.index("Part 4:")
    # The table keeps them all.
    assert crowded.rows()[0]["headings"].count("added “Part") == 17
