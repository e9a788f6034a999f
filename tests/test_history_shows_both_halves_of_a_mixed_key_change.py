"""A mixed key change reads as both its halves in every product report (issue 9 §8): a
history's step, a lineage's step and a series' table named only the heaviest shift (the
``headline``), so a renewal whose period lengthened *and* whose mandate was expected to
be withdrawn read as one half (UNFICYP 238 (1967)); ``resdiff compare`` lists both.
Made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.history import history
from resdiff.render.timeline import (
    render_timeline_html,
    render_timeline_markdown,
    render_timeline_text,
)


def _resolution(number: int, year: int, operative: list[str]) -> str:
    body = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, start=1))
    return (
        f"United Nations S/RES/{number} ({year})\nSecurity Council\n\n"
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{8000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in Freedonia,\n\n"
        f"{body}\n"
    )


MISSION = "the mandate of the United Nations Mission in Freedonia (UNMIF)"
OLD = _resolution(
    1001,
    2021,
    [
        f"Decides to extend {MISSION} for a period of six months, until 15 September 2021;",
        "Decides to remain seized of the matter.",
    ],
)
NEW = _resolution(
    1002,
    2021,
    [
        f"Decides to extend {MISSION} for a period of twelve months, until 15 September "
        "2022, and expects that UNMIF will be withdrawn at the end of this period;",
        "Decides to remain seized of the matter.",
    ],
)


def test_the_made_up_renewal_is_one_mixed_key_change_both_ways() -> None:
    (key,) = resdiff.compare(OLD, NEW).summary.key_changes
    assert key.kind == "mixed"
    assert {s.direction for s in key.shifts} == {"softer", "stronger"}


def test_every_history_report_names_both_halves_each_with_its_arrow() -> None:
    h = history([OLD, NEW])
    (key,) = h.comparisons[0].summary.key_changes
    halves = [s for s in key.shifts if s.direction in ("softer", "stronger")]
    for report in (
        render_timeline_text(h),
        render_timeline_markdown(h),
        render_timeline_html(h),
    ):
        steps = report[report.index("Steps") :]
        assert "OP1 (mixed)" in steps, steps[:400]
        for shift in halves:
            mark = "▼" if shift.direction == "softer" else "▲"
            assert f"{mark} {resdiff.explain.describe_shift(shift)}"[:40] in " ".join(
                steps.replace("&gt;", ">").split()
            ), (shift, steps[:600])


def test_every_lineage_report_names_both_halves() -> None:
    from resdiff.lineage import lineage
    from resdiff.render.lineage import (
        render_lineage_html,
        render_lineage_markdown,
        render_lineage_text,
    )

    lin = lineage([OLD, NEW])
    for report in (
        render_lineage_text(lin),
        render_lineage_markdown(lin),
        render_lineage_html(lin),
    ):
        steps = " ".join(report[report.index("Steps") :].split())
        assert "OP1 (mixed)" in steps, steps[:400]
        assert "▼ " in steps and "▲ " in steps, steps[:600]


def test_the_strength_chart_says_each_step_s_direction() -> None:
    import pytest

    pytest.importorskip("matplotlib")
    from resdiff.render.chart import strength_figure

    h = history([OLD, NEW])
    fig = strength_figure(h)
    footer = fig._supxlabel.get_text()
    direction = h.comparisons[0].summary.direction
    assert f"[1] {h.revisions[1].name.removeprefix('S/RES/')}: {direction}" in " ".join(
        footer.split()
    ), footer
