"""The short text reports (history's compact timeline, lineage, series) give a key change
two lines at most, and where its shifts go both ways each half a line of its own: the
halves joined and cut at two lines lost the second half (its arrow and words) wherever the
first was long or the width narrow, which is the one-half reading the reports were mended
for (issue 9 §8; a reviewer's finding). Made-up texts."""

from __future__ import annotations

import re

import pytest
from test_history_shows_both_halves_of_a_mixed_key_change import NEW, OLD

from resdiff.api import parse
from resdiff.history import history
from resdiff.lineage import lineage
from resdiff.render.lineage import render_lineage_text
from resdiff.render.series import render_series_text
from resdiff.render.timeline import render_timeline_text
from resdiff.series import series


def _key_lines(report: str) -> list[list[str]]:
    """Each key change's lines in a report's steps: the line with "(mixed)" and the
    lines indented under it."""
    lines = report.splitlines()
    found: list[list[str]] = []
    for k, line in enumerate(lines):
        if "(mixed)" in line and line.startswith("      ") and not line.startswith("       "):
            block = [line]
            for after in lines[k + 1 :]:
                if not after.startswith("        "):
                    break
                block.append(after)
            found.append(block)
    return found


@pytest.mark.parametrize("width", [36, 48, 88])
def test_each_half_of_a_mixed_key_change_survives_the_cut(width: int) -> None:
    reports = {
        "history": render_timeline_text(history([OLD, NEW]), width=width, compact=True),
        "lineage": render_lineage_text(lineage([OLD, NEW]), width=width),
        "series": render_series_text(
            series([parse(OLD, paths=False), parse(NEW, paths=False)]), width=width
        ),
    }
    for name, report in reports.items():
        blocks = _key_lines(report)
        assert blocks, (name, report)
        for block in blocks:
            assert len(block) <= 2, (name, block)
            after_name = " ".join(block).split(": ", 1)[1]
            # Each half's arrow and its first words ("▲ renewal period"), not an arrow
            # alone before the cut ("▲ …").
            assert re.search(r"▼ \w+\W+\w", after_name), (name, width, block)
            assert re.search(r"▲ \w+\W+\w", after_name), (name, width, block)
