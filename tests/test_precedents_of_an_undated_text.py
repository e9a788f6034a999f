"""A text whose date a scan garbled ("of 14 October £964", S/RES/226 (1966)) still names
its year in its symbol: its precedents are the texts of the years before it, never a
text of 1981 (the limit was dropped altogether, "no date limit: the draft is undated")."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from corpus_fixtures import renewal, resolution, write_series

import resdiff.model
from resdiff.corpus import Corpus
from resdiff.corpus.model import symbol_year_start


def _undated(number: int, year: int) -> str:
    """A renewal of ``year`` with every line that dates it left out."""
    full = resolution(number, _dt.date(year, 3, 20), *renewal(year))
    return "\n".join(line for line in full.splitlines() if f"20 March {year}" not in line)


def test_an_undated_draft_is_limited_by_the_year_of_its_symbol(tmp_path: Path) -> None:
    write_series(tmp_path / "texts")  # 2000 (2019), 2001 (2020), 2002 (2021)
    draft = tmp_path / "draft.txt"
    draft.write_text(_undated(1999, 2020), encoding="utf-8")
    with Corpus.build([tmp_path / "texts"], tmp_path / "c.rdx", scheduler="sync") as corpus:
        found = corpus.precedents(draft)
    assert found.draft.date is None and found.draft.symbol == "S/RES/1999 (2020)"
    assert found.before == _dt.date(2020, 1, 1) and found.limited_by_symbol
    assert found.excluded_later == 2
    years = {p.date.year for para in found.paragraphs for p in para.precedents if p.date}
    assert years == {2019}
    text = str(found)
    assert "adopted before 1 January 2020 (the draft is undated: the year of its symbol)" in (
        " ".join(text.split())
    )


def test_a_limit_given_still_wins_over_the_symbols_year(tmp_path: Path) -> None:
    write_series(tmp_path / "texts")
    draft = tmp_path / "draft.txt"
    draft.write_text(_undated(1999, 2020), encoding="utf-8")
    with Corpus.build([tmp_path / "texts"], tmp_path / "c.rdx", scheduler="sync") as corpus:
        found = corpus.precedents(draft, before=_dt.date(2022, 1, 1))
    assert found.before == _dt.date(2022, 1, 1) and not found.limited_by_symbol
    assert "the year of its symbol" not in str(found)


@pytest.mark.parametrize(
    ("symbol", "start"),
    [
        ("S/RES/226 (1966)", _dt.date(1966, 1, 1)),
        ("s/res/2618(2022)", _dt.date(2022, 1, 1)),
        ("S/2006/512", None),  # a draft's symbol names no year of adoption
        ("A/RES/2625 (XXV)", None),
        ("S/RES/226 (£964)", None),
        (None, None),
    ],
)
def test_the_year_a_symbol_names(symbol: str | None, start: _dt.date | None) -> None:
    assert symbol_year_start(symbol) == start


def test_the_symbols_year_is_the_precedents_helper_not_the_models() -> None:
    # The model holds the draft and the comparison; the limit of a precedents query is
    # the corpus product's (a reviewer's reading of the architecture).
    assert not hasattr(resdiff.model, "symbol_year_start")
