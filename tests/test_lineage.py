"""Lineages: measures and their quantities followed through distinct resolutions; the
compact history of distinct resolutions; charts that stay readable at ten revisions and
eighty provisions, checked by measuring the drawn figure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from resdiff.cli import main
from resdiff.history import history
from resdiff.lineage import Lineage, lineage
from resdiff.render.lineage import (
    render_lineage_html,
    render_lineage_markdown,
    render_lineage_text,
)
from resdiff.render.timeline import render_timeline_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dprk-2006"
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
#: Ten Libya resolutions of 2020–2022 (benchmarks/speed.py's history case).
LIBYA = (
    "S_RES_2509_2020.xml", "S_RES_2526_2020.xml", "S_RES_2542_2020.xml",
    "S_RES_2595_2021.xml", "S_RES_2599_2021.xml", "S_RES_2619_2022.xml",
    "S_RES_2629_2022.xml", "S_RES_2635_2022.xml", "S_RES_2644_2022.xml",
    "S_RES_2647_2022.xml",
)  # fmt: skip
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the real texts in ../shared/corpus are not present"
)


def resolution(number: int, year: int, operative: list[str]) -> str:
    """An adopted Council resolution as plain text, with its symbol and date."""
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\n"
        f"Adopted by the Security Council at its {8000 + number}th meeting, on 15 March "
        f"{year}\n\nThe Security Council,\n\nRecalling its previous resolutions on the "
        "situation,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n"
        f"{body}\n"
    )


ARMS = "the direct or indirect supply, sale or transfer of arms and related materiel to the country"
FREEZE = (
    "Decides that all Member States shall freeze without delay the funds, other financial "
    "assets and economic resources of the designated individuals;"
)
SERIES = [
    resolution(
        2600,
        2021,
        [
            f"Decides that all Member States shall prevent {ARMS};",
            "Decides to extend the mandate of the Panel of Experts until 15 March 2022;",
            "Requests the Secretary-General to report to the Council every 90 days;",
            "Decides to remain seized of the matter.",
        ],
    ),
    resolution(
        2650,
        2022,
        [
            f"Calls upon all Member States to prevent {ARMS};",
            FREEZE,
            "Decides to extend the mandate of the Panel of Experts until 15 September 2022;",
            "Requests the Secretary-General to report to the Council every 120 days;",
            "Decides to remain seized of the matter.",
        ],
    ),
    resolution(
        2700,
        2023,
        [
            "Decides to lift the measures on the supply, sale or transfer of arms and related "
            "materiel imposed by paragraph 1 of resolution 2600 (2021);",
            FREEZE,
            "Decides to extend the mandate of the Panel of Experts until 15 September 2024;",
            "Requests the Secretary-General to report to the Council every 120 days;",
            "Decides to remain seized of the matter.",
        ],
    ),
]


@pytest.fixture(scope="module")
def lin() -> Lineage:
    return lineage(SERIES)


def test_a_measure_made_hortatory_then_lifted_is_followed_through_the_resolutions(
    lin: Lineage,
) -> None:
    arms = lin.measure("arms_embargo")
    assert [s.mode if s else None for s in arms.states] == ["mandatory", "hortatory", "mandatory"]
    assert [(e.revision, e.event, e.direction) for e in arms.events] == [
        (1, "mode-changed", "softer"),
        (2, "lifted", "softer"),
    ]
    assert arms.events[0].old_mode == "mandatory" and arms.events[0].new_mode == "hortatory"


def test_a_measure_imposed_in_a_later_resolution_appears_there(lin: Lineage) -> None:
    freeze = lin.measure("asset_freeze")
    assert freeze.states[0] is None and freeze.first == 1
    assert [(e.revision, e.event, e.new_mode) for e in freeze.events] == [
        (1, "appeared", "mandatory")
    ]


def test_the_renewal_period_follows_the_provision_not_its_number(lin: Lineage) -> None:
    (renewal,) = lin.tracks("renewal")
    assert [v.ref if v else None for v in renewal.values] == ["OP2", "OP3", "OP3"]
    assert [v.value if v else None for v in renewal.values] == [
        "12 months",
        "6 months",
        "18 months",
    ]
    # A Panel of Experts is renewed on the Council's calendar: its period is followed,
    # not weighed (quantities.toml, duration.calendar; CAR sanctions judged so 6 of 6).
    assert [(c.revision, c.direction) for c in renewal.changes] == [
        (1, "neutral"),
        (2, "neutral"),
    ]
    assert renewal.measure == "institutions"


def test_a_longer_reporting_interval_is_a_softer_move(lin: Lineage) -> None:
    (interval,) = lin.tracks("reporting_interval")
    assert [(c.old, c.new, c.direction) for c in interval.changes] == [
        ("every 90 days", "every 120 days", "softer")
    ]


def test_each_step_keeps_the_comparisons_verdict_and_key_changes(lin: Lineage) -> None:
    assert [s.direction for s in lin.steps] == ["softer", "softer"]
    first = lin.steps[0]
    assert [(m.measure, m.old_mode, m.new_mode) for m in first.measures_changed] == [
        ("arms_embargo", "mandatory", "hortatory")
    ]
    assert any("asset freeze" in k.headline for k in first.key_changes)


def test_the_json_is_versioned_and_reads_back(lin: Lineage) -> None:
    data = json.loads(lin.model_dump_json())
    assert data["schema"] == "resdiff.lineage/6"
    assert Lineage.model_validate_json(lin.model_dump_json()) == lin
    # Version 2, whose revisions had no disputed flags, still reads.
    data["schema"] = "resdiff.lineage/2"
    for step in data["steps"]:
        step.pop("headings")
    for rev in [*data["revisions"], *(data["history"] or {}).get("revisions", [])]:
        rev.pop("disputed")
    if data["history"]:
        data["history"]["schema"] = "resdiff.history/2"
    assert Lineage.model_validate(data) == lin


def test_a_lineage_needs_one_state_per_revision(lin: Lineage) -> None:
    data = json.loads(lin.model_dump_json())
    data["measures"][0]["states"] = data["measures"][0]["states"][:1]
    with pytest.raises(ValueError, match="one state per revision"):
        Lineage.model_validate(data)


def test_the_text_report_names_each_event_and_each_move(lin: Lineage) -> None:
    text = str(lin)
    assert "mandatory → hortatory OP1" in text
    assert "lifted or ended" in text
    assert "[0] 12 months · [1] 6 months · [2] 18 months" in text
    assert "every 90 days · [1] every 120 days ▼" in text
    assert "# Lineage" in render_lineage_markdown(lin)
    assert "Content-Security-Policy" in render_lineage_html(lin)
    assert lin._repr_html_().startswith('<div class="resdiff">')


def test_a_quantity_dropped_from_a_provision_that_stays_is_reported() -> None:
    # S/RES/2648 (2022) OP2 kept the notification but dropped "at least 20 days": the
    # text report once called that quantity "held steady or stood in one text only".
    notice = (
        "Decides that the supplying Member State is primarily responsible for notifying the "
        "Committee and that such notification must be {} in advance of the delivery;"
    )
    texts = [
        resolution(2600 + k, 2021 + k, [notice.format(words), "Decides to remain seized."])
        for k, words in enumerate(["at least 20 days", "at least 20 days", ""])
    ]
    lin = lineage(texts)
    (track,) = lin.tracks("notice")
    assert [(c.revision, c.old, c.new) for c in track.changes] == [(2, "20 days", None)]
    text = render_lineage_text(lin)
    assert "advance notice (OP1)" in text and "[0] 20 days · [1] 20 days · [2] —" in text
    assert "held steady" not in text


def test_a_quantity_whose_provision_is_dropped_is_not_a_move() -> None:
    texts = [
        resolution(2600, 2021, ["Requests a report every 90 days;", "Decides to remain seized."]),
        resolution(2650, 2022, ["Decides to remain seized."]),
    ]
    (interval,) = lineage(texts).tracks("reporting_interval")
    assert interval.changes == ()


@needs_corpus
def test_a_lineage_of_ten_real_resolutions_fits_on_two_screens() -> None:
    files = [CORPUS / name for name in LIBYA]
    lin = lineage(files)
    text = render_lineage_text(lin)
    assert len(text.splitlines()) <= 100
    assert max(len(line) for line in text.splitlines()) <= 88
    # The travel ban and asset freeze are imposed in these texts; the arms embargo is only
    # named in calls for compliance, and an UNSMIL task "to provide support in securing
    # uncontrolled arms and related materiel" (S/RES/2542 (2020)) imposes none.
    assert {m.kind for m in lin.measures} >= {"travel_ban", "asset_freeze"}
    assert "arms_embargo" not in {m.kind for m in lin.measures}
    assert lin.history is not None and len(lin.history.provisions) == lin.provisions


def _provisions_part(text: str) -> list[str]:
    """The lines of a text timeline without its "Steps" section."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Steps ("))
    end = lines.index("", at)
    return lines[:at] + lines[end:]


@needs_corpus
def test_history_of_distinct_resolutions_lists_only_what_changed_in_strength() -> None:
    h = history([CORPUS / name for name in LIBYA])
    assert h.distinct
    compact = render_timeline_text(h)
    full = render_timeline_text(h, compact=False)
    # The provisions a third as long: each step's verdict (the first key changes in the
    # compact text, all of them in full) is there in both, 9 steps of it.
    assert len(_provisions_part(compact)) * 3 < len(_provisions_part(full))
    # Dates and symbols moved on are counted, not listed.
    assert "date:" in full and "date:" not in compact
    assert "Added and dropped" in compact


def test_history_of_drafts_of_one_text_stays_in_full() -> None:
    example = ROOT / "examples" / "dprk-2006"
    h = history([example / "japan-draft.txt", example / "adopted-compromise.txt"])
    assert not h.distinct
    assert "Provisions changed in strength" not in render_timeline_text(h)


def test_history_strength_is_the_strongest_clause_of_the_provision() -> None:
    # The red lines read a provision at its strongest clause, sub-paragraphs included;
    # the history and its chart do the same, not at the paragraph's opening phrase.
    first = resolution(
        2600,
        2021,
        [
            "Welcomes the report of the Secretary-General;",
            "Takes note of the launches and demands that the country suspend all "
            "activities related to its ballistic missile programme;",
            "Notes the efforts of the parties;",
        ],
    )
    second = resolution(
        2650,
        2022,
        [
            "Welcomes the report of the Secretary-General and decides to extend the "
            "mandate of the Panel until 15 March 2023;",
            "Condemns the launches and calls upon the country to suspend all activities "
            "related to its ballistic missile programme;",
            "Notes the efforts of the parties;",
        ],
    )
    h = history([first, second], names=["2021", "2022"])
    op1, op2, op3 = (h.provision_for(ref) for ref in ("OP1", "OP2", "OP3"))
    before, after = op1.strength
    assert before is not None and after is not None
    assert (before.lead, before.axis_a) == ("Welcomes", 1)
    assert (after.lead, after.lemma, after.axis_a) == ("decides", "decide", 6)
    before, after = op2.strength
    assert before is not None and after is not None
    # The demand carries axis A; the condemnation that replaced it axis B, and the call
    # axis A: both named, in reading order.
    assert before.describe() == "demands (A5)"
    assert after.lead == "Condemns … calls upon" and after.axis_b == 5 and after.axis_a == 4
    declaratory = op3.strength[1]
    assert declaratory is not None and declaratory.lead == "Notes"


# --- charts, measured -------------------------------------------------------------------

VERBS = ("Decides", "Demands", "Calls upon", "Urges", "Encourages", "Condemns", "Notes")


def _crowded_series(revisions: int = 10, provisions: int = 80) -> list[str]:
    """Ten resolutions of eighty operative paragraphs, each paragraph's lead verb
    changing at some revisions, so that every paragraph is a line on the old chart."""
    texts = []
    for k in range(revisions):
        ops = [
            f"{VERBS[(p * (k // (1 + p % 4))) % len(VERBS)]} the parties in region {p} to "
            f"respect the ceasefire agreement number {p} and its annex on subject {p};"
            for p in range(provisions)
        ]
        texts.append(resolution(2500 + k, 2010 + k, ops))
    return texts


def _text_boxes(fig: Any) -> list[tuple[str, Any]]:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    artists: list[tuple[str, Any]] = [("legend", legend) for legend in fig.legends]
    for name in ("_suptitle", "_supxlabel"):
        if getattr(fig, name, None) is not None:
            artists.append((name, getattr(fig, name)))
    for ax in fig.axes:
        if ax.axison:
            artists.append(("title", ax.title))
            artists += [("tick", t) for t in ax.get_xticklabels() + ax.get_yticklabels()]
    return [
        (name, a.get_window_extent(renderer))
        for name, a in artists
        if name == "legend" or a.get_text() != ""
    ]


def _assert_readable(fig: Any, *, max_panels: int) -> None:
    box = fig.bbox
    boxes = _text_boxes(fig)
    outside = [
        name
        for name, b in boxes
        if b.x0 < box.x0 - 1 or b.y0 < box.y0 - 1 or b.x1 > box.x1 + 1 or b.y1 > box.y1 + 1
    ]
    assert not outside, f"clipped at the figure's edge: {outside}"
    big = [(n, b) for n, b in boxes if n in ("legend", "_suptitle", "_supxlabel", "title")]
    overlaps = [(a, c) for i, (a, b) in enumerate(big) for c, d in big[i + 1 :] if b.overlaps(d)]
    assert not overlaps, f"text laid over text: {overlaps}"
    assert sum(1 for ax in fig.axes if ax.axison) <= max_panels


def test_strength_chart_at_ten_revisions_and_eighty_provisions_is_readable() -> None:
    pytest.importorskip(
        "matplotlib", reason="matplotlib not installed: pip install 'resdiff[chart]'"
    )
    import matplotlib.pyplot as plt

    from resdiff.render.chart import most_changed, strength_figure

    h = history(_crowded_series())
    assert len(h.revisions) == 10 and len(h.operative) >= 80
    fig = strength_figure(h)
    try:
        _assert_readable(fig, max_panels=8)
        (legend,) = fig.legends
        # The two axes and the kinds of step marked, not one entry per provision.
        texts = [t.get_text() for t in legend.get_texts()]
        assert texts[:2] == ["Axis A: prescriptive force (1–6)", "Axis B: censure (1–7)"]
        assert set(texts[2:]) <= {"step softened", "step strengthened", "step mixed"}
        footer = fig._supxlabel.get_text()
        assert "[9] 2509 (2019)" in footer and "others are in the history's report" in footer
        chosen, left_out = most_changed(h)
        assert len(chosen) == 8 and left_out == len(h.operative) - 8
        # Values sit on their tier: every plotted point is a whole tier or a gap.
        for ax in fig.axes:
            for line in ax.get_lines():
                if str(line.get_label()).startswith("step "):
                    continue  # the marks of the steps, along the top
                ys = [y for y in line.get_ydata() if y == y]
                assert all(float(y).is_integer() for y in ys)
    finally:
        plt.close(fig)


def test_lineage_chart_has_a_panel_per_measure_inside_the_figure(lin: Lineage) -> None:
    pytest.importorskip(
        "matplotlib", reason="matplotlib not installed: pip install 'resdiff[chart]'"
    )
    import matplotlib.pyplot as plt

    from resdiff.render.chart import lineage_figure

    fig = lineage_figure(lin)
    try:
        _assert_readable(fig, max_panels=12)
        titles = [ax.get_title(loc="left") for ax in fig.axes if ax.axison]
        assert "Measure: arms embargo" in titles
        assert any(t.startswith("renewal period (months)") for t in titles)
    finally:
        plt.close(fig)


# --- command line ------------------------------------------------------------------------


def test_history_lineage_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for k, text in enumerate(SERIES):
        path = tmp_path / f"res{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["history", "--lineage", *paths]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Lineage: S/RES/2600 (2021) → S/RES/2700 (2023)")
    assert main(["history", "--lineage", *paths, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "resdiff.lineage/6"
    assert main(["history", "--lineage", *paths, "--name", "one"]) == 2
    assert "1 names given for 3 drafts" in capsys.readouterr().err
    assert main(["history", *paths]) == 0
    compact = capsys.readouterr().out
    assert main(["history", *paths, "--full"]) == 0
    full = capsys.readouterr().out
    assert "Provisions changed in strength" in compact and "date:" not in compact
    assert "Provisions changed in strength" not in full and "date:" in full


def test_a_step_that_softens_within_a_tier_is_marked_on_the_chart() -> None:
    # Softened three times (exemptions widened), the CAR arms embargo's OP1 drew a flat
    # line: the chart read as nothing changed (analyst review, 3 December).
    pytest.importorskip(
        "matplotlib", reason="matplotlib not installed: pip install 'resdiff[chart]'"
    )
    import matplotlib.pyplot as plt

    from resdiff.render.chart import most_changed, strength_figure

    h = history(
        [EXAMPLES / name for name in ("japan-draft.txt", "china-russia-draft.txt")]
        + [EXAMPLES / "adopted-compromise.txt"]
    )
    fig = strength_figure(h)
    try:
        chosen, _ = most_changed(h)
        steps = {
            (i, k): "dropped it" if step.kind == "dropped" else step.kind
            for i, p in enumerate(chosen)
            for k, step in enumerate(p.steps)
            if step is not None and step.kind in ("softened", "strengthened", "mixed", "dropped")
        }
        assert steps
        # The asset freeze dropped at [1] is marked where its line ends (a researcher's
        # finding: the biggest softening of that step showed nothing).
        assert "dropped it" in steps.values()
        # A provision that never changed gets no panel.
        assert all(any(s is not None and s.kind != "unchanged" for s in p.steps) for p in chosen)
        marks = {
            (i, int(x)): str(line.get_label()).removeprefix("step ")
            for i, ax in enumerate(a for a in fig.axes if a.axison)
            for line in ax.get_lines()
            if str(line.get_label()).startswith("step ")
            for x in line.get_xdata()
        }
        assert marks == steps
    finally:
        plt.close(fig)


def test_one_quantity_held_steady_is_one_quantity() -> None:
    # A new user's trial: "(1 more quantities held steady ...)".
    texts = [
        resolution(
            2600 + k, 2021 + k, ["Requests a report every 90 days;", "Decides to remain seized."]
        )
        for k in range(2)
    ]
    text = render_lineage_text(lineage(texts))
    assert "(1 more quantity held steady or stood in one text only.)" in text


def test_a_quantity_taken_out_moves_as_compare_weighs_it() -> None:
    # Issue 9 §8: the lineage and compare say the same thing. A reporting interval taken
    # out of a kept request is softer in compare; the lineage showed the loss with no
    # arrow ("[1] —").
    ask = "Requests the Secretary-General to report to the Council{} on the situation;"
    texts = [
        resolution(2600 + k, 2021 + k, [ask.format(words), "Decides to remain seized."])
        for k, words in enumerate([" every 90 days", ""])
    ]
    lin = lineage(texts)
    (track,) = lin.tracks("reporting_interval")
    (compared,) = [
        s
        for c in lin.history.comparisons[0].changes  # type: ignore[union-attr]
        for part in c.walk()
        for s in part.shifts
        if s.feature == "quantity"
    ]
    assert compared.direction == "softer"
    assert [(c.old, c.new, c.direction) for c in track.changes] == [
        ("every 90 days", None, "softer")
    ]
    assert "[1] — ▼" in render_lineage_text(lin)
