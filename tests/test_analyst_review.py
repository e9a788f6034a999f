"""What an analyst found using the products on successive real texts (session of 2
December, sixth): a series pair that spans a renewal no file held, a rollover period
named, a report due by its month spent, the HTML glance explaining a change by the shift
that weighed, and the history report of resolutions named as such."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from resdiff import compare, parse
from resdiff.cli import main
from resdiff.corpus.ingest import read_metadata
from resdiff.history import history
from resdiff.lexicon import Lexicon
from resdiff.quantities import renewal_shift, spent_deadline
from resdiff.render.html import render_html
from resdiff.render.series import render_series_text
from resdiff.render.timeline import render_timeline_html, render_timeline_text
from resdiff.series import Series, files_series

MONTHS = ("January", "February", "March")


def _mission(number: int, year: int, until: str, task: str) -> str:
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in Freedonia, in particular its "
        "resolutions on the electoral process and the reform of the Freedonian police,\n\n"
        "Expressing grave concern at the humanitarian situation in Freedonia and at the "
        "displacement of civilians in the northern provinces,\n\n"
        "1. Decides to extend the mandate of the United Nations Mission in Freedonia (UNFRE) "
        f"until {until};\n\n2. Requests UNFRE to {task};\n\n"
        "3. Calls upon all parties in Freedonia to cease hostilities and to allow the "
        "delivery of humanitarian assistance to the northern provinces;\n\n"
        "4. Decides to remain seized of the matter.\n"
    )


def _meta(symbol: str, date: str, title: str) -> str:
    return json.dumps(
        {
            "symbol": symbol,
            "adoption_date": date,
            "agenda_item_name": "The situation in Freedonia",
            "resolution_title": f"Security Council resolution {symbol[6:]} [on {title}]",
        }
    )


@pytest.fixture()
def gap(tmp_path: Path) -> tuple[list[Path], Path]:
    """Two renewals of 2040 and 2042 on file; the metadata lists the one of 2041 between
    them, and a text of another subject that year."""
    files = []
    for number, year, task in ((4001, 2040, "support the elections"), (4003, 2042, "assist")):
        path = tmp_path / f"S_RES_{number}_{year}.txt"
        path.write_text(_mission(number, year, f"15 March {year + 1}", task), encoding="utf-8")
        files.append(path)
    meta = tmp_path / "meta.jsonl"
    subject = "extension of the mandate of the UN Mission in Freedonia (UNFRE) until 15 Mar."
    meta.write_text(
        "\n".join(
            [
                _meta("S/RES/4001 (2040)", "15 March 2040", f"{subject} 2041"),
                _meta("S/RES/4002 (2041)", "2041-03-15", f"{subject} 2042"),
                _meta("S/RES/4009 (2041)", "1 June 2041", "the Freedonia sanctions regime"),
                _meta("S/RES/4003 (2042)", "15 March 2042", f"{subject} 2043"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return files, meta


def test_metadata_dates_are_read_in_both_forms(gap: tuple[list[Path], Path]) -> None:
    facts = read_metadata([gap[1]])
    assert facts["S/RES/4001 (2040)"].date == dt.date(2040, 3, 15)
    assert facts["S/RES/4002 (2041)"].date == dt.date(2041, 3, 15)


def test_a_renewal_that_spans_a_text_no_file_held_says_so(
    gap: tuple[list[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files, meta = gap
    found = files_series(files, metadata=[meta], scheduler="sync")
    (pair,) = found.pairs
    # The 2041 renewal of the same mission, not the sanctions text of the same year.
    # Named as the history names a step's (user23: one rule, one form).
    assert pair.skipped == ("4002 (2041)",)
    text = " ".join(render_series_text(found).split())
    assert "1 of them spans resolutions between that no file held" in text
    assert "between them, not read: 4002 (2041)" in text
    assert found.rows()[0]["skipped"] == "4002 (2041)"
    # Without the metadata nothing is known of the gap.
    assert files_series(files, scheduler="sync").pairs[0].skipped == ()
    assert main(["series", *map(str, files), "--metadata", str(meta), "--scheduler", "sync"]) == 0
    assert "4002 (2041)" in " ".join(capsys.readouterr().out.split())


def test_a_series_of_contract_version_1_still_reads(gap: tuple[list[Path], Path]) -> None:
    found = files_series(gap[0], scheduler="sync")
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.series/7"
    versions = ((3, ("headings",)), (2, ("rollover", "through")), (1, ("skipped",)))
    for version, new_keys in versions:
        # Each older contract lacks the keys its successor added, and still reads.
        data["schema"] = f"resdiff.series/{version}"
        for pair in data["pairs"]:
            for key in new_keys:
                del pair[key]
        assert Series.model_validate(data) == found


def test_two_rollovers_of_three_and_four_months_are_named_not_weighed() -> None:
    lexicon = Lexicon.default()
    extend = "Decides to extend the mandate of the Mission until {}"
    dates = (dt.date(2021, 9, 30), dt.date(2022, 1, 31))
    shift = renewal_shift(
        extend.format("31 January 2022"), extend.format("30 April 2022"), dates, lexicon, "OP1"
    )
    assert shift is not None
    assert (shift.old, shift.new, shift.direction) == ("4 months", "3 months", "neutral")
    assert shift.note == "both technical rollovers"
    # A stopgap of weeks before a real period still weighs (15 days → 4 months).
    longer = renewal_shift(
        extend.format("30 September 2021"),
        extend.format("31 January 2022"),
        (dt.date(2021, 9, 15), dt.date(2021, 9, 30)),
        lexicon,
        "OP1",
    )
    assert longer is not None and longer.direction == "stronger"
    # A yearly renewal adopted three weeks late, to the same end date, is the same period.
    assert (
        renewal_shift(
            extend.format("15 March 2022"),
            extend.format("15 March 2023"),
            (dt.date(2021, 3, 15), dt.date(2022, 4, 5)),
            lexicon,
            "OP1",
        )
        is None
    )


def test_a_report_named_by_its_month_is_due_by_the_end_of_it() -> None:
    ask = (
        "Requests the Secretary-General to include in his December 2021 report on MINUSMA an "
        "update on the steps taken"
    )
    assert spent_deadline(ask, dt.date(2022, 8, 30)) == "in his December 2021 report"
    assert spent_deadline(ask, dt.date(2021, 12, 20)) is None
    assert (
        spent_deadline(
            "requests the Secretary-General to provide, in his March 2022 report, an assessment",
            dt.date(2022, 8, 30),
        )
        == "in his March 2022 report"
    )
    # A report cited is no deadline of the clause: "Demands that all parties end sexual
    # violence, as documented in the February 2021 report" withdrawn is a demand withdrawn.
    cited = "Demands that all parties end sexual violence, as documented in the February "
    assert (
        spent_deadline(cited + "2021 report published by the Office", dt.date(2022, 8, 30)) is None
    )
    # A report of a month that recurs is no deadline: "in its annual report" names none.
    assert (
        spent_deadline("to include in its annual reports the findings", dt.date(2030, 1, 1)) is None
    )


def _renewal(year: int, exemption: str) -> str:
    return (
        f"United Nations S/RES/{4100 + year - 2040} ({year})\nSecurity Council\n\n"
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        f"1. Decides that, until 31 July {year + 1}, all Member States shall continue to take "
        "the necessary measures to prevent the supply of arms to Sylvania, and further "
        "decides that these measures shall not apply to:\n"
        "(a) Supplies intended solely for the support of the United Nations mission;\n"
        f"(b) Supplies brought in by neighbouring forces for joint patrols, as {exemption} "
        "the Committee;\n\n2. Decides to remain seized of the matter.\n"
    )


def test_the_html_glance_explains_a_change_by_the_shift_that_weighed() -> None:
    cmp = compare(
        parse(_renewal(2040, "approved in advance by")), parse(_renewal(2041, "notified to"))
    )
    (op1,) = [c for c in cmp.changes if c.new == ("OP1",)]
    assert op1.kind == "softened"
    # Its own first shift is the date moved on; the exemption widened in OP1(b) made it
    # softer, and the glance says so, with where.
    assert op1.shifts[0].direction == "neutral"
    html = render_html(cmp)
    glance = html[html.index('aria-label="Changes at a glance"') :]
    glance = glance[: glance.index("</nav>")]
    assert "OP1(b): exemption widened" in glance
    assert "date:" not in glance.split("OP1</a>")[1].split("</li>")[0]


def test_a_history_of_resolutions_is_named_so_and_prints_no_empty_heading() -> None:
    texts = [
        parse(_mission(4200 + k, 2050 + k, f"15 March {2051 + k}", "assist")) for k in range(3)
    ]
    found = history(texts)
    assert found.distinct
    assert "History of successive resolutions" in render_timeline_html(found)
    text = render_timeline_text(found)
    assert "No provision softened or strengthened at any step" in text
    assert "No paragraph added or dropped at any step." in text
    assert "Added and dropped\n" not in text


def _reporting(number: int, year: int, every: str | None) -> str:
    ops = [f"Decides to extend the mandate of UNFRE until 15 September {year + 1};"]
    if every:
        ops.append(
            "Requests the Secretary-General to report to the Security Council on the "
            f"implementation of the mandate of UNFRE every {every} days;"
        )
    ops.append("Decides to remain seized of the matter.")
    body = "\n\n".join(f"{k}. {t}" for k, t in enumerate(ops, 1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{9000 + number}th meeting, on 15 September {year}\n\nThe Security Council,\n\n"
        f"Recalling its resolutions on Freedonia,\n\n{body}\n"
    )


def test_a_quantity_a_rollover_left_unsaid_moves_where_it_is_said_again() -> None:
    from resdiff.lineage import lineage

    texts = [
        parse(_reporting(4300, 2060, "60")),
        parse(_reporting(4301, 2061, None)),
        parse(_reporting(4302, 2062, "30")),
    ]
    (track,) = lineage(texts).tracks("reporting_interval")
    assert [(c.revision, c.old, c.new, c.direction) for c in track.changes] == [
        (2, "every 60 days", "every 30 days", "stronger")
    ]


def _two_exemptions(year: int, how: str) -> str:
    return (
        f"United Nations S/RES/{4400 + year - 2070} ({year})\nSecurity Council\n\n"
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        f"1. Decides that, until 31 July {year + 1}, all Member States shall continue to take "
        "the necessary measures to prevent the supply of arms to Sylvania, and further "
        "decides that these measures shall not apply to:\n"
        f"(a) Supplies brought in by neighbouring forces for joint patrols, as {how} the "
        "Committee;\n"
        f"(b) Supplies of small arms to the national police, as {how} the Committee;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )


def test_a_red_line_broken_in_two_items_names_each_item_once() -> None:
    from resdiff import RedLines, check

    spec = RedLines.from_toml('[[rule]]\nname = "No weakening"\ntype = "no_weakening"\n')
    result = check(
        parse(_two_exemptions(2071, "notified to")),
        spec,
        base=parse(_two_exemptions(2070, "approved in advance by")),
    )
    (rule,) = result.results
    assert rule.status == "fail"
    (evidence,) = rule.evidence
    found = evidence.found or ""
    assert found.count("OP1(a): exemption widened") == 1
    assert found.count("OP1(b): exemption widened") == 1


def test_a_regime_that_recalls_no_situation_is_named_for_the_country_it_reaffirms() -> None:
    from resdiff.series import _label

    def text(number: int, year: int) -> str:
        return (
            f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
            "The Security Council,\n\nRecalling the arms embargo imposed by resolution 4000 "
            "(2039),\n\nReaffirming its strong commitment to the sovereignty, independence, "
            "territorial integrity and national unity of Freedonia,\n\n"
            "1. Decides to renew the measures set out in resolution 4000 (2039) until 15 "
            f"June {year + 1};\n\n2. Decides to remain seized of the matter.\n"
        )

    drafts = [parse(text(4500, 2080)), parse(text(4501, 2081))]
    assert _label(drafts, [0, 1], [None, None]) == "Freedonia: resolution 4000 (2039)"
    # A body's independence or the Council's unity names no country.
    bodies = [
        parse(
            text(4502 + k, 2082 + k).replace(
                "national unity of Freedonia", "independence of the Panel of Experts"
            )
        )
        for k in range(2)
    ]
    assert _label(bodies, [0, 1], [None, None]) == "resolution 4000 (2039)"


def test_what_the_council_stands_ready_to_consider_widened_is_no_wider_ask() -> None:
    head = "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to maintain the "
    head += "troop ceiling of UNFRE at 17,000 personnel, "
    old = parse(
        head + "and expresses its readiness to consider making the necessary adjustments to "
        "UNFRE to match security conditions on the ground;\n"
    )
    new = parse(
        head + "expresses its readiness to consider adjustments to UNFRE force levels and "
        "capacity-building tasks based on security conditions on the ground and on the "
        "implementation of the priority measures of the peace agreement;\n"
    )
    (op1,) = [c for c in compare(old, new).changes if c.new == ("OP1",)]
    assert op1.kind == "reworded"
    assert not any(s.detail == "reach widened" for s in op1.shifts)
