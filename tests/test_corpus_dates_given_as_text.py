"""The corpus's date arguments take what the command line takes: an ISO day as text
(``documents(since="2021-01-01")`` raised AttributeError, ``precedents(before=...)`` a
TypeError deep in the query), a ``datetime`` as its day; anything else is refused in one
line naming the argument."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_fixtures import write_series

from resdiff.corpus import Corpus


@pytest.fixture
def built(tmp_path: Path) -> Iterator[tuple[Corpus, list[Path]]]:
    series = write_series(tmp_path / "texts")
    corpus = Corpus.build([tmp_path / "texts"], tmp_path / "corpus.rdx", scheduler="sync")
    yield corpus, series
    corpus.close()


def test_documents_take_an_iso_day_and_a_datetime(built: tuple[Corpus, list[Path]]) -> None:
    corpus, _ = built
    by_date = [d.symbol for d in corpus.documents(since=dt.date(2020, 1, 1))]
    assert by_date == [d.symbol for d in corpus.documents(since="2020-01-01")]
    first = corpus.documents(since="2020-01-01")[0]
    assert first.date is not None
    # A datetime at midnight of a text's own day keeps that text.
    midnight = dt.datetime.combine(first.date, dt.time())
    assert corpus.documents(since=midnight)[0].symbol == first.symbol
    assert [d.symbol for d in corpus.documents(until="2019-12-31")] == [
        d.symbol for d in corpus.documents(until=dt.date(2019, 12, 31))
    ]


def test_precedents_take_an_iso_day(built: tuple[Corpus, list[Path]]) -> None:
    corpus, series = built
    as_text = corpus.precedents(series[-1], before="2020-06-01")
    as_date = corpus.precedents(series[-1], before=dt.date(2020, 6, 1))
    assert as_text.before == as_date.before == dt.date(2020, 6, 1)
    assert as_text.documents == as_date.documents


def test_a_bad_date_is_one_line_naming_the_argument(built: tuple[Corpus, list[Path]]) -> None:
    corpus, series = built
    with pytest.raises(ValueError, match=r"since='1 May 2021': not a date"):
        corpus.documents(since="1 May 2021")
    with pytest.raises(TypeError, match="before must be a date"):
        corpus.precedents(series[-1], before=2021)  # type: ignore[arg-type]


def test_a_datetime_as_text_and_an_aware_datetime_are_their_day(
    built: tuple[Corpus, list[Path]],
) -> None:
    # Review of newuser23: a datetime counted as its day, its ISO text was refused.
    corpus, _ = built
    first = corpus.documents(since="2020-01-01")[0]
    assert first.date is not None
    day = first.date.isoformat()
    aware = dt.datetime.combine(first.date, dt.time(23, 0), tzinfo=dt.UTC)
    for since in (f"{day}T10:00", f"{day} 10:00:00+02:00", aware):
        assert corpus.documents(since=since)[0].symbol == first.symbol, since
