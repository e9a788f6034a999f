"""Two revisions of one draft resolution carry the same symbol (a draft keeps its
S/2022/650 from its first circulation to the one "in blue"): every report's title tells
them apart, by date where both are dated, by the file's name where not, instead of
"S/2022/650 → S/2022/650", which says nothing to a reader."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.render import render_html, render_markdown, render_text


def _draft(date: str, verb: str) -> str:
    return f"""United Nations                                          S/2022/650
Security Council                                        Distr.: General
                                                        {date}

France and Mexico: draft resolution

The Security Council,

Recalling its resolution 2374 (2017),

1. {verb} swift dialogue between the authorities and the Committee;

2. Decides to remain seized of the matter.
"""


@pytest.fixture(scope="module")
def cmp() -> resdiff.Comparison:
    return resdiff.compare(
        _draft("26 August 2022", "Demands"), _draft("30 August 2022", "Calls for"), paths=False
    )


def test_the_same_symbol_on_both_sides(cmp: resdiff.Comparison) -> None:
    assert cmp.old.symbol == cmp.new.symbol == "S/2022/650"


def test_titles_tell_them_apart_by_date(cmp: resdiff.Comparison) -> None:
    title = "S/2022/650 of 26 August 2022 → S/2022/650 of 30 August 2022"
    assert render_text(cmp).splitlines()[0] == f"Comparison: {title}"
    assert render_markdown(cmp).splitlines()[0] == f"# Comparison: {title}"
    assert f"<title>{title} — resdiff comparison</title>" in render_html(cmp)
    pretty = pytest.importorskip("IPython.lib.pretty", reason="IPython is in the test extra")
    assert pretty.pretty(cmp).startswith(f"<Comparison {title}: softer")


def test_undated_revisions_by_their_files(tmp_path: Path) -> None:
    old, new = tmp_path / "earlier.txt", tmp_path / "blue.txt"
    old.write_text(_draft("", "Demands"), encoding="utf-8")
    new.write_text(_draft("", "Calls for"), encoding="utf-8")
    cmp = resdiff.compare(old, new)
    from resdiff.plain import pair_titles

    assert pair_titles(cmp.old, cmp.new) == ("S/2022/650 (earlier.txt)", "S/2022/650 (blue.txt)")


def test_different_symbols_are_left_alone() -> None:
    cmp = resdiff.compare(
        _draft("26 August 2022", "Demands"),
        _draft("30 August 2022", "Calls for").replace("S/2022/650", "S/2022/651"),
        paths=False,
    )
    assert render_text(cmp).splitlines()[0] == "Comparison: S/2022/650 → S/2022/651"


def test_a_history_without_names_tells_them_apart() -> None:
    history = resdiff.history(
        [_draft("26 August 2022", "Demands"), _draft("30 August 2022", "Calls for")]
    )
    assert history.names == ("S/2022/650 of 26 August 2022", "S/2022/650 of 30 August 2022")
    assert str(history).splitlines()[0] == (
        "History: S/2022/650 of 26 August 2022 → S/2022/650 of 30 August 2022"
    )


def test_a_history_keeps_names_given_and_distinct_symbols() -> None:
    texts = [_draft("26 August 2022", "Demands"), _draft("30 August 2022", "Calls for")]
    assert resdiff.history(texts, names=["First", "Blue"]).names == ("First", "Blue")
    texts[1] = texts[1].replace("S/2022/650", "S/2022/651")
    assert resdiff.history(texts).names == ("S/2022/650", "S/2022/651")
