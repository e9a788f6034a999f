"""Series: the renewals of each mandate or regime found among many texts, paired in order
and compared; the table, the dashboard and the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from resdiff.api import parse
from resdiff.cli import main
from resdiff.model import Draft
from resdiff.render.html import page_fragment
from resdiff.render.series import (
    render_series_csv,
    render_series_html,
    render_series_text,
    write_series_table,
)
from resdiff.series import (
    COLUMNS,
    Series,
    TextMetadata,
    files_series,
    group_texts,
    series,
    title_subject,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TRUTH = ROOT / "benchmarks" / "series" / "renewal_pairs.json"
MONTHS = ("January", "March", "June", "September", "December")


def resolution(number: int, year: int, month: int, preamble: list[str], ops: list[str]) -> str:
    """An adopted Council resolution as plain text."""
    pp = "\n\n".join(preamble)
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 {MONTHS[month]} {year}\n\n"
        f"The Security Council,\n\n{pp}\n\n{body}\n"
    )


def mission(number: int, year: int, month: int, until: str, interval: str = "90") -> str:
    return resolution(
        number,
        year,
        month,
        [
            "Recalling its previous resolutions on the situation in Freedonia, in particular "
            "its resolutions on the electoral process and the reform of the Freedonian police,",
            "Expressing grave concern at the humanitarian situation in Freedonia and at the "
            "displacement of civilians in the northern provinces of Freedonia,",
        ],
        [
            "Decides to extend the mandate of the United Nations Mission in Freedonia "
            f"(UNFRE) until {until};",
            "Requests UNFRE to support the Freedonian electoral commission in preparing "
            "credible elections and to assist the Freedonian police in the northern provinces;",
            "Calls upon all parties in Freedonia to cease hostilities and to allow the "
            "delivery of humanitarian assistance to the northern provinces;",
            f"Requests the Secretary-General to report to the Council every {interval} days "
            "on the implementation of the mandate of UNFRE;",
            "Decides to remain seized of the matter.",
        ],
    )


def sanctions(number: int, year: int, month: int, until: str, mode: str) -> str:
    return resolution(
        number,
        year,
        month,
        [
            "Recalling its resolutions on Sylvania and the statements of its President "
            "concerning the illicit trafficking of arms and timber across Sylvanian borders,",
            "Determining that the situation in Sylvania continues to constitute a threat to "
            "international peace and security in the region,",
            "Acting under Chapter VII of the Charter of the United Nations,",
        ],
        [
            f"{mode} to prevent the direct or indirect supply, sale or transfer of arms and "
            "related materiel to armed groups in Sylvania;",
            "Decides to extend the mandate of the Panel of Experts on Sylvania until "
            f"{until}, and requests the Panel to report on timber trafficking;",
            "Requests the Panel of Experts to provide the Committee with a final report on "
            "the smuggling of timber and arms across the Sylvanian borders;",
            "Decides to remain actively seized of the matter.",
        ],
    )


ROLLOVER = resolution(
    3003,
    2030,
    3,
    ["Recalling its previous resolutions on the situation in Freedonia,"],
    [
        "Decides to extend the mandate of UNFRE as set out in resolution 3001 (2030) until "
        "31 December 2030;",
        "Decides to remain seized of the matter.",
    ],
)
THEMATIC = resolution(
    3004,
    2030,
    4,
    ["Recalling its commitment to the full implementation of the women and peace agenda,"],
    [
        "Urges Member States to increase the participation of women in peace processes and "
        "in the negotiation of ceasefire agreements;",
        "Encourages regional organizations to support networks of women mediators;",
        "Decides to remain seized of the matter.",
    ],
)
TEXTS = [
    mission(3001, 2030, 1, "30 September 2030"),
    sanctions(3002, 2030, 1, "31 March 2031", "Decides that all Member States shall continue"),
    ROLLOVER,
    THEMATIC,
    mission(3005, 2031, 0, "15 January 2032", interval="120"),
    sanctions(3006, 2031, 1, "31 March 2032", "Calls upon all Member States"),
    mission(3009, 2032, 0, "15 January 2033", interval="120"),
    sanctions(3010, 2032, 1, "31 March 2033", "Decides that all Member States shall"),
]


@pytest.fixture(scope="module")
def drafts() -> list[Draft]:
    return [parse(text) for text in TEXTS]


@pytest.fixture(scope="module")
def found(drafts: list[Draft]) -> Series:
    return series(list(reversed(drafts)), scheduler="sync")


def _symbols(drafts: list[Draft], members: list[int]) -> list[str]:
    return [(drafts[k].symbol or "")[6:10] for k in members]


def test_renewals_of_a_mission_and_of_a_regime_are_two_series(drafts: list[Draft]) -> None:
    groups = group_texts(drafts)
    assert [_symbols(drafts, members) for members, _, _ in groups] == [
        ["3001", "3003", "3005", "3009"],
        ["3002", "3006", "3010"],
    ]


def test_a_short_rollover_joins_the_series_of_the_text_it_cites(drafts: list[Draft]) -> None:
    (members, evidence, _), _ = group_texts(drafts)
    assert dict(zip(_symbols(drafts, members), evidence, strict=True))["3003"] == "citation"


def test_the_series_do_not_depend_on_the_order_the_texts_come_in(drafts: list[Draft]) -> None:
    shuffled = [drafts[k] for k in (5, 2, 7, 0, 3, 6, 1, 4)]
    assert sorted(_symbols(shuffled, m) for m, _, _ in group_texts(shuffled)) == sorted(
        _symbols(drafts, m) for m, _, _ in group_texts(drafts)
    )


YOUTH = resolution(
    3011,
    2032,
    2,
    ["Recognizing the contribution of young people to the prevention of conflicts,"],
    [
        "Calls upon Member States to include young people in the design of reconciliation "
        "programmes and in national dialogues;",
        "Decides to remain seized of the matter.",
    ],
)


def test_metadata_groups_texts_by_agenda_item_and_title_subject(drafts: list[Draft]) -> None:
    texts = [*drafts, parse(YOUTH)]
    title = "Security Council resolution {} [on participation in peace processes until 31 Dec. {}]"
    meta = [
        TextMetadata(agenda="Peace and security", title=title.format(d.symbol, year))
        if (d.symbol or "")[6:10] in ("3004", "3011")
        else None
        for d, year in zip(texts, range(2030, 2040), strict=False)
    ]
    groups = group_texts(texts, meta)
    assert (["3004", "3011"], ["metadata"]) in [(_symbols(texts, m), ev[1:]) for m, ev, _ in groups]
    # Without the metadata, nothing in their words ties the two texts together.
    assert all("3011" not in _symbols(texts, m) for m, _, _ in group_texts(texts))


def test_a_series_named_by_its_title_keeps_the_titles_case_and_fits_the_width(
    drafts: list[Draft],
) -> None:
    # Named from the metadata, a series once read "renewal of measures ... against the
    # central african republic ...", on one line of 200 characters.
    texts = [*drafts, parse(YOUTH)]
    title = (
        "Security Council resolution {} [on the Participation of Young People of the "
        "Republic of Freedonia in Peace Processes and National Dialogues until 31 Dec. {}]"
    )
    meta = [
        TextMetadata(agenda="Peace and security", title=title.format(d.symbol, year))
        if (d.symbol or "")[6:10] in ("3004", "3011")
        else None
        for d, year in zip(texts, range(2030, 2040), strict=False)
    ]
    found = series(texts, metadata=meta, scheduler="sync")
    labels = [m.label for m in found.mandates]
    assert (
        "the Participation of Young People of the Republic of Freedonia in Peace Processes "
        "and National Dialogues"
    ) in labels
    text = render_series_text(found)
    assert "Republic of Freedonia in Peace" in text.replace("\n    ", " ")
    assert max(len(line) for line in text.splitlines()) <= 88


def test_texts_under_different_agenda_items_are_not_one_series_by_their_words(
    drafts: list[Draft],
) -> None:
    meta = [
        TextMetadata(agenda="Freedonia" if (d.symbol or "")[6:10] != "3009" else "Elsewhere")
        for d in drafts
    ]
    (mission, _, _), _ = group_texts(drafts, meta)
    assert _symbols(drafts, mission) == ["3001", "3003", "3005"]


def test_title_subject_leaves_out_dates_and_periods() -> None:
    assert (
        title_subject(
            "Security Council resolution 2514 (2020) [on extension of the mandate of the UN "
            "Mission in South Sudan (UNMISS) until 15 Mar. 2021]"
        )
        == "extension of the mandate of the un mission in south sudan (unmiss)"
    )
    assert title_subject("[on renewal of authorization for a period of 6 months]") == (
        "renewal of authorization"
    )


def test_each_renewal_is_compared_with_the_text_before_it(found: Series) -> None:
    assert [(p.old_symbol, p.new_symbol) for p in found.pairs] == [
        ("S/RES/3001 (2030)", "S/RES/3003 (2030)"),
        ("S/RES/3003 (2030)", "S/RES/3005 (2031)"),
        ("S/RES/3005 (2031)", "S/RES/3009 (2032)"),
        ("S/RES/3002 (2030)", "S/RES/3006 (2031)"),
        ("S/RES/3006 (2031)", "S/RES/3010 (2032)"),
    ]
    hortatory = found.pair("S/RES/3002 (2030)", "S/RES/3006 (2031)")
    assert hortatory.direction == "softer"
    assert [(m.measure, m.new_mode) for m in hortatory.measures_changed] == [
        ("arms_embargo", "hortatory")
    ]
    assert found.pair("S/RES/3006 (2031)", "S/RES/3010 (2032)").direction == "stronger"
    assert [t.name for t in found.unpaired] == ["S/RES/3004 (2030)"]
    # The body the mission's renewals name; the place the regime's texts recall.
    assert [m.label for m in found.mandates] == ["UNFRE", "Sylvania"]


def test_two_files_of_one_resolution_are_one_text(drafts: list[Draft]) -> None:
    twice = series([*drafts, drafts[4]], scheduler="sync")
    assert len(twice.pairs) == 5 and len(twice.duplicates) == 1
    assert "S/RES/3005 (2031)" in twice.duplicates[0]
    assert twice.texts[-1].duplicate_of == 4
    assert [t.name for t in twice.unpaired] == ["S/RES/3004 (2030)"]


def test_a_window_keeps_the_renewals_adopted_in_it(drafts: list[Draft]) -> None:
    import datetime as dt

    year = series(drafts, scheduler="sync", since=dt.date(2032, 1, 1))
    assert [(p.old_symbol, p.new_symbol) for p in year.pairs] == [
        ("S/RES/3005 (2031)", "S/RES/3009 (2032)"),
        ("S/RES/3006 (2031)", "S/RES/3010 (2032)"),
    ]


def test_the_table_has_one_row_a_renewal(found: Series) -> None:
    rows = list(csv.DictReader(io.StringIO(render_series_csv(found))))
    assert len(rows) == len(found.pairs) and list(rows[0]) == list(COLUMNS)
    softer = next(r for r in rows if r["new_symbol"] == "S/RES/3006 (2031)")
    assert softer["direction"] == "softer" and "arms embargo" in softer["measures"]
    frame = found.to_dataframe()
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(found.pairs)


def test_the_table_as_parquet_reads_back(found: Series, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install 'resdiff[parquet]'")
    import pandas

    path = write_series_table(found, tmp_path / "renewals.parquet")
    back = pandas.read_parquet(path)
    assert list(back["new_symbol"]) == [p.new_symbol for p in found.pairs]
    with pytest.raises(ValueError, match=r"\.csv or \.parquet"):
        write_series_table(found, tmp_path / "renewals.xlsx")


def test_the_json_is_versioned_and_reads_back(found: Series) -> None:
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.series/7"
    assert Series.model_validate_json(found.model_dump_json()) == found


def test_the_dashboard_is_one_page_with_a_timeline_per_series(found: Series) -> None:
    html = render_series_html(found)
    assert "Content-Security-Policy" in html and "<script" not in html
    assert html.count('class="timeline"') == len(found.mandates)
    assert "▼ softer" in html and "3004 (2030)" in html  # the text alone is listed
    text = render_series_text(found)
    assert text.startswith("8 texts read, 2 series, 5 renewals compared in 2 of them")
    assert str(found) == text and found._repr_html_() == page_fragment(html)


def test_on_a_dask_cluster_the_result_is_the_one_of_one_process(
    drafts: list[Draft], found: Series
) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="Dask not installed: pip install 'resdiff[scale]'"
    )
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = series(list(reversed(drafts)), scheduler=cluster.scheduler_address)
    assert on_dask == found


# --- command line ------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    for k, text in enumerate(TEXTS):
        (texts / f"res{k}.txt").write_text(text, encoding="utf-8")
    return texts


def test_series_on_a_folder_writes_the_dashboard_and_the_table(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dashboard, table = tmp_path / "renewals.html", tmp_path / "renewals.csv"
    code = main(
        ["series", str(folder), "--scheduler", "sync", "-o", str(dashboard), "--table", str(table)]
    )
    assert code == 0, capsys.readouterr().err
    assert "UNFRE" in dashboard.read_text(encoding="utf-8")
    assert len(table.read_text(encoding="utf-8").splitlines()) == 1 + 5


def test_series_reads_a_built_index(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "corpus.rdx"
    assert main(["index", "build", str(folder), "-o", str(index), "--scheduler", "sync"]) == 0
    capsys.readouterr()
    assert main(["series", "--index", str(index), "--scheduler", "sync", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["new_symbol"] for r in rows] == [
        "S/RES/3003 (2030)",
        "S/RES/3005 (2031)",
        "S/RES/3009 (2032)",
        "S/RES/3006 (2031)",
        "S/RES/3010 (2032)",
    ]


def test_series_names_a_file_it_could_not_read(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "broken.xml").write_text("<akomaNtoso><unclosed>", encoding="utf-8")
    assert main(["series", str(folder), "--scheduler", "sync", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "warning: left out" in captured.err and "broken.xml" in captured.err
    assert json.loads(captured.out)["unread"]


def test_series_refuses_sources_and_an_index_together(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["series", str(folder), "--index", str(tmp_path / "x.rdx")]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["series", str(folder), "--table", str(tmp_path / "t.xlsx")]) == 2
    assert ".csv or .parquet" in capsys.readouterr().err


def test_series_refuses_a_window_that_ends_before_it_starts(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It once printed "no renewal" and exited 0, as if the year had had none.
    args = ["series", str(folder), "--since", "2022-01-01", "--until", "2021-01-01"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--since 2022-01-01 is after --until 2021-01-01" in err


# --- the real texts ----------------------------------------------------------------------


@pytest.mark.skipif(
    not (CORPUS / "akn").is_dir(), reason="the real texts in ../shared/corpus are not present"
)
def test_the_renewal_pairs_of_2020_to_2022_are_found_from_the_texts_alone() -> None:
    drafts = [parse(path) for path in sorted((CORPUS / "akn").glob("*.xml"))]
    truth = {tuple(pair) for pair in json.loads(TRUTH.read_text(encoding="utf-8"))["pairs"]}
    found = {
        (drafts[a].symbol, drafts[b].symbol)
        for members, _, _ in group_texts(drafts)
        for a, b in itertools.pairwise(members)
    }
    hits = len(found & truth)
    assert hits / len(found) >= 0.95 and hits / len(truth) >= 0.95, (
        sorted(truth - found),
        sorted(found - truth),
    )
    # The two halves of UNSMIL's renewals (2542 ... 2619 and 2629 ... 2656), split by
    # their words, are one series: both name UNSMIL, one after the other.
    assert ("S/RES/2619 (2022)", "S/RES/2629 (2022)") in found


def test_a_pair_not_in_the_series_says_which_pairs_there_are(found: Series) -> None:
    # The README's example once named symbols no series held: a bare KeyError of the two.
    with pytest.raises(KeyError, match=r"not a renewal pair; the pairs of these texts: S/RES/3002"):
        found.pair("S/RES/3002 (2030)", "S/RES/3099 (2039)")
    with pytest.raises(KeyError, match=r"not a renewal pair; pairs here include: "):
        found.pair("S/RES/1 (1946)", "S/RES/2 (1946)")


def test_series_that_share_a_label_are_told_apart_by_their_years() -> None:
    from types import SimpleNamespace

    from resdiff.series import Mandate, _distinct_labels

    dates = [dt.date(1980, 1, 1), dt.date(1993, 5, 1), dt.date(1981, 6, 1), dt.date(1982, 6, 5)]
    drafts = [SimpleNamespace(date=d) for d in dates]
    mandates = [
        Mandate(id="S1", label="Lebanon", texts=(0, 1)),
        Mandate(id="S2", label="Lebanon", texts=(2, 3)),
        Mandate(id="S3", label="UNFICYP", texts=(0,)),
    ]
    labels = [m.label for m in _distinct_labels(mandates, drafts)]  # type: ignore[arg-type]
    assert labels == ["Lebanon, 1980–1993", "Lebanon, 1981–1982", "UNFICYP"]


def test_a_title_that_covers_few_of_a_series_texts_does_not_name_it() -> None:
    # One text of 2022 with metadata ("... on Ukraine") named a series whose other texts
    # (1982, no metadata) were joined to it by their words (analyst review, 3 December).
    from resdiff.series.labels import _label
    from resdiff.series.model import TextMetadata

    texts = [
        parse(
            f"Security Council\n\nResolution {n} ({year})\n\nThe Security Council,\n\n"
            "Considering that the lack of unanimity of its permanent members has prevented "
            "it from exercising its primary responsibility,\n\n"
            "1. Decides to call an emergency special session of the General Assembly.\n"
        )
        for n, year in ((500, 1982), (600, 1990), (2623, 2022))
    ]
    titled = TextMetadata(title="Convening an emergency special session on Ukraine")
    label = _label(texts, [0, 1, 2], [None, None, titled])
    assert "Ukraine" not in label
    assert "Ukraine" in _label(texts, [0, 1, 2], [titled, titled, titled])
    # Nor does its agenda item name the series' agenda: three short texts, each citing the
    # one before it, one series; the agenda only where it covers half of them.
    from resdiff.series import series

    def text(number: int, year: int, recalls: str | None) -> Draft:
        cited = f"1. Recalls its resolution {recalls};\n\n" if recalls else ""
        return parse(
            f"Security Council\n\nResolution {number} ({year})\n\nAdopted by the Security "
            f"Council at its {number + 1000}th meeting, on 28 January {year}\n\nThe Security "
            "Council,\n\nConsidering that the lack of unanimity of its permanent members has "
            f"prevented it from exercising its primary responsibility,\n\n{cited}"
            f"{2 if recalls else 1}. Decides to call an emergency special session of the "
            "General Assembly.\n"
        )

    chain = [text(500, 1982, None), text(600, 1990, "500 (1982)"), text(2623, 2022, "600 (1990)")]
    letter = TextMetadata(agenda="Letter dated 28 February 2014 from Ukraine")
    for meta, shown in (([None, None, letter], None), ([letter] * 3, letter.agenda)):
        found = series(chain, metadata=meta, scheduler="sync")
        assert [(m.texts, m.agenda) for m in found.mandates] == [((0, 1, 2), shown)]


def test_a_full_text_after_a_technical_rollover_is_compared_with_the_text_in_force() -> None:
    # Somalia sanctions: 2661 (2022) only "Decides to extend resolution 2607 (2021) until
    # 17 November 2022"; against it, 2662 (2022) "invoked" Chapter VII and "made" an
    # Article 39 determination the regime never lost (a researcher's finding).
    akn = CORPUS / "akn"
    names = ["S_RES_2607_2021.xml", "S_RES_2661-2225815E.xml", "S_RES_2662-2226129E.xml"]
    if not all((akn / n).exists() for n in names):
        pytest.skip(f"the Somalia sanctions texts of 2021-2022 are not in {akn}")
    meta = CORPUS / "metadata"
    found = files_series([akn / n for n in names], metadata=[meta], scheduler="sync")
    assert [(p.old_symbol, p.new_symbol) for p in found.pairs] == [
        ("S/RES/2607 (2021)", "S/RES/2661 (2022)"),
        ("S/RES/2607 (2021)", "S/RES/2662 (2022)"),
    ]
    rollover, full = found.pairs
    assert rollover.rollover == "continues resolution 2607 (2021) as a whole"
    assert rollover.through == () and full.rollover is None
    assert full.through == ("S/RES/2661 (2022)",)
    assert full.chapter_vii == "kept" and full.art39 == "kept"
    assert not any("Chapter VII invoked" in k.headline for k in full.key_changes)
    text = " ".join(str(found).split())
    assert "technical rollover: continues resolution 2607 (2021) as a whole" in text
    assert "compared with the text in force through the rollover 2661 (2022)" in text


def test_a_renewal_decades_after_the_text_before_it_says_so(found: Series) -> None:
    # From an index of texts of every decade, "708 (1991) → 2638 (2022)" read as one
    # renewal (a researcher's finding).
    from resdiff.render.series import _pair_line

    pair = found.pairs[0]
    assert "years apart" not in _pair_line(found, pair)
    assert pair.new_date is not None
    far = pair.model_copy(update={"old_date": pair.new_date - dt.timedelta(days=31 * 365)})
    assert "— 31 years apart: the texts between them, if any, are not here" in _pair_line(
        found, far
    )


def test_two_rollovers_in_a_row_keep_the_full_text_in_force() -> None:
    akn = CORPUS / "akn"
    names = ["S_RES_2607_2021.xml", "S_RES_2661-2225815E.xml", "S_RES_2662-2226129E.xml"]
    if not all((akn / n).exists() for n in names):
        pytest.skip(f"the Somalia sanctions texts of 2021-2022 are not in {akn}")
    full, rollover, after = (parse(akn / n) for n in names)
    # A second rollover a day later (a copy of the first): the reviewer's chain.
    again = rollover.model_copy(
        update={"symbol": "S/RES/2661bis (2022)", "date": rollover.date + dt.timedelta(days=1)}
    )
    meta = TextMetadata(agenda="The situation in Somalia", title="Somalia sanctions")
    found = series([full, rollover, again, after], metadata=[meta] * 4, scheduler="sync")
    pairs = [(p.old_symbol, p.new_symbol, bool(p.rollover), p.through) for p in found.pairs]
    assert pairs == [
        ("S/RES/2607 (2021)", "S/RES/2661 (2022)", True, ()),
        ("S/RES/2661 (2022)", "S/RES/2661bis (2022)", True, ()),
        (
            "S/RES/2607 (2021)",
            "S/RES/2662 (2022)",
            False,
            ("S/RES/2661 (2022)", "S/RES/2661bis (2022)"),
        ),
    ]
    assert found.pairs[-1].chapter_vii == "kept"


def test_a_series_with_no_body_title_situation_or_citation_is_named_by_its_shared_names() -> None:
    # 33 of the 58 series of the scanned corpus read "series from S/RES/94 (1951)": the
    # Iran-Iraq texts of 1987-1990, the Cyprus good offices of 1991-1992 (analyst review).
    from resdiff.series.labels import _label

    def text(n: int, year: int, extra: str) -> Any:
        return parse(
            f"Security Council\n\nResolution {n} ({year})\n\nThe Security Council,\n\n"
            f"Deeply concerned at the conflict between Iran and Iraq{extra},\n\n"
            "1. Requests the Secretary-General to report to the Security Council on the "
            "efforts of the Member States concerned.\n"
        )

    texts = [
        text(598, 1987, ""),
        text(616, 1988, " and at the Geneva Protocol"),
        text(642, 1989, ""),
    ]
    assert _label(texts, [0, 1, 2], [None, None, None]) == "Iran and Iraq"
    # A name only one text holds does not name the series; with none shared, the first text.
    lone = [
        parse(
            f"Security Council\n\nResolution {n} ({year})\n\nThe Security Council,\n\n"
            f"Recalling the visit to {place},\n\n1. Decides to remain seized of the matter.\n"
        )
        for n, year, place in ((10, 1946, "Ruritania"), (34, 1947, "Elbonia"))
    ]
    assert _label(lone, [0, 1], [None, None]) == "series from S/RES/10 (1946)"


def test_shared_names_read_possessives_accents_and_tell_near_names_apart() -> None:
    # The stranger's review: "Democratic People, Republic of Korea"; "Côte d'Ivoire" never
    # found; "Nigeria" dropped once "Niger" was chosen; "Condemning" taken for a name.
    from resdiff.series.labels import _shared_names

    def text(n: int, body: str) -> Any:
        return parse(
            f"Security Council\n\nResolution {n} (1993)\n\nThe Security Council,\n\n"
            f"Recalling the situation, {body},\n\n1. Decides to remain seized of the matter.\n"
        )

    korea = [
        text(n, "and the launches by the Democratic People’s Republic of Korea") for n in (1, 2)
    ]
    assert _shared_names(korea) == ["Democratic People’s Republic of Korea"]
    west = [text(n, "between Niger and Nigeria, and Côte d’Ivoire, Condemning") for n in (1, 2)]
    assert _shared_names(west) == ["Côte d’Ivoire", "Niger and Nigeria"]
    two = [text(n, "in Niger, in Nigeria") for n in (1, 2)]
    assert sorted(_shared_names(two)) == ["Niger", "Nigeria"]
