"""With ``--series``, the JSON lists the kept series' texts only, each with its index in
the run, and says how many texts were read (``read``): the texts of the series left out
kept an id no mandate of the file held, so a reader following ``text.mandate`` to
``Series.mandate`` found none (series21's review). A name given twice in any case is
recorded once in ``selected``. A version 5 file with a selection reads with the texts
of the series left out dropped. Made-up texts (those of the selection's own tests)."""

from __future__ import annotations

import json

import pytest
from test_series_keeps_only_the_series_asked_for import _drafts

from resdiff.render.series import render_series_text
from resdiff.series import Series, series


def test_every_text_listed_belongs_to_a_kept_series() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNDOF"])
    assert found.read == 6 and len(found.texts) == 3
    for t in found.texts:
        assert t.mandate is not None
        assert found.mandate(t.mandate).label == "UNDOF"
        assert found.text(t.index) == t
    for p in found.pairs:
        assert {p.old, p.new} <= {t.index for t in found.texts}
    assert "6 texts read, 1 of 2 series kept" in " ".join(render_series_text(found).split())
    assert {row["old_symbol"] for row in found.rows()} <= {t.symbol for t in found.texts}


def test_a_left_out_series_is_a_key_error_that_says_so() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNDOF"])
    every = series(_drafts(), scheduler="sync")
    (left_out,) = [m.id for m in every.mandates if m.label == "UNEF"]
    with pytest.raises(KeyError, match="not among the series kept"):
        found.mandate(left_out)
    with pytest.raises(KeyError):
        found.text(1)  # 912 (1974), a UNEF text


def test_without_a_selection_every_text_is_listed() -> None:
    found = series(_drafts(), scheduler="sync")
    assert found.read is None and len(found.texts) == 6


def test_a_name_given_twice_is_recorded_once() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNDOF", "undof", " UNDOF ", "914"])
    assert found.selected == ("UNDOF", "914")


def test_json_round_trip_and_a_version_5_file_with_a_selection() -> None:
    found = series(_drafts(), scheduler="sync", only=["UNDOF"])
    assert Series.model_validate_json(found.model_dump_json()) == found
    # A version 5 file listed every text, the others with their series' ids.
    every = json.loads(series(_drafts(), scheduler="sync").model_dump_json())
    data = json.loads(found.model_dump_json())
    data["schema"] = "resdiff.series/5"
    data["texts"] = every["texts"]
    del data["read"]
    old = Series.model_validate(data)
    assert old.read == 6 and [t.index for t in old.texts] == [t.index for t in found.texts]
    # A file claiming a selection with a stray text is refused, naming it.
    data = json.loads(found.model_dump_json())
    data["texts"] = every["texts"]
    with pytest.raises(ValueError, match="belong to no kept series"):
        Series.model_validate(data)


def test_a_file_missing_a_kept_series_text_is_refused() -> None:
    # The other way round (a review's finding): a mandate or pair naming a text the file
    # does not list read without complaint and failed later, the report raising a bare
    # KeyError from Series.text.
    found = series(_drafts(), scheduler="sync", only=["UNDOF"])
    data = json.loads(found.model_dump_json())
    data["texts"] = data["texts"][1:]
    with pytest.raises(ValueError, match="not listed"):
        Series.model_validate(data)
