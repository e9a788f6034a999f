"""Precedents name the undated texts they leave out, with why each is undated, in the
text, Markdown, HTML and JSON reports: "4 undated" was a count (user23), where the
analyst needs to know which resolutions were not searched and whether the file can be
mended (the scans' "of 14 October £964", "of 3f July 1989", "on 10 Auqust 1993"; S/RES/462
(1980), whose masthead prints no date). Version 3 of the precedents contract; a version 2
file reads with none named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resdiff
from resdiff.corpus import Corpus
from resdiff.corpus.model import Precedents
from resdiff.corpus.precedents import why_undated
from resdiff.render.precedents import (
    render_precedents_html,
    render_precedents_markdown,
    render_precedents_text,
)

_BODY = """The Security Council,

Recalling its resolution 100 (1950) concerning the question of the Territory,

1. Calls upon all States to refrain from supplying arms to the Territory;

2. Decides to remain seized of the question.

Adopted unanimously at the {meeting}th meeting.
"""


def _texts(tmp_path: Path) -> list[Path]:
    heads = {
        "garbled.txt": "Resolution 201 (1966)\nof 14 October £966\n\n",
        "no_date.txt": "Resolution 202 (1967)\n\n",
        "dated.txt": "Resolution 203 (1968)\nof 2 May 1968\n\n",
    }
    paths = []
    for k, (name, head) in enumerate(heads.items()):
        path = tmp_path / name
        path.write_text(head + _BODY.format(meeting=1300 + k), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def found(tmp_path: Path) -> Precedents:
    corpus = Corpus.build(_texts(tmp_path), tmp_path / "corpus.rdx")
    draft = tmp_path / "draft.txt"
    draft.write_text("Resolution 250 (1970)\nof 3 March 1970\n\n" + _BODY.format(meeting=1500))
    return corpus.precedents(draft)


def test_each_undated_text_is_named_with_why(found: Precedents) -> None:
    assert found.excluded_undated == 2
    assert found.undated == (
        "S/RES/201 (1966): its date line reads “of 14 October £966”, not a date as printed",
        "S/RES/202 (1967): no date printed in its masthead (“Resolution 202 (1967)”) nor "
        "its adoption line",
    )


def test_every_report_names_them(found: Precedents) -> None:
    for render in (render_precedents_text, render_precedents_markdown, render_precedents_html):
        out = " ".join(render(found).split())
        assert "2 undated (S/RES/201 (1966): its date line reads" in out, render.__name__
        assert "S/RES/202 (1967): no date printed in its masthead" in out, render.__name__
    data = json.loads(found.model_dump_json())
    assert data["schema"] == "resdiff.precedents/3"
    assert data["undated"] == list(found.undated)


def test_a_version_2_file_reads_with_none_named(found: Precedents) -> None:
    data = json.loads(found.model_dump_json())
    data["schema"] = "resdiff.precedents/2"
    del data["undated"]
    old = Precedents.model_validate(data)
    assert old.undated == () and old.excluded_undated == 2
    out = " ".join(render_precedents_text(old).split())
    assert "left out: 2 undated." in out and "S/RES/201" not in out


def test_why_a_draft_is_undated_in_its_own_words() -> None:
    garbled = resdiff.parse("Resolution 638 (1989)\nof 3f July 1989\n\n" + _BODY.format(meeting=2))
    assert garbled.date is None
    assert why_undated(garbled) == "its date line reads “of 3f July 1989”, not a date as printed"
