"""``--since`` / ``--until`` read a date as the Python arguments do: a date with a time
is its day (the researcher's note: ``Corpus.documents(since="2021-01-01T10:00")`` was
taken while the command line refused the same words)."""

from __future__ import annotations

import argparse
import datetime as _dt

import pytest

from resdiff.corpus.cli import iso_date
from resdiff.corpus.index import day_of


@pytest.mark.parametrize(
    "text", ["2021-01-01", "2021-01-01T10:00", "2021-01-01 10:00+02:00", " 2021-01-01 "]
)
def test_a_date_with_or_without_a_time_is_its_day(text: str) -> None:
    assert iso_date(text) == day_of(text) == _dt.date(2021, 1, 1)


@pytest.mark.parametrize("text", ["last year", "2021-13-01", "", "01/01/2021"])
def test_anything_else_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="expected a date as YYYY-MM-DD"):
        iso_date(text)
