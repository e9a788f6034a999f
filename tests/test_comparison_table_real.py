"""Comparison tables made at test time from two successive real texts of one mandate
(``../shared/corpus/akn``; skipped, with the reason, where it, python-docx or
LibreOffice is absent): each version column reads as the text it holds, no word lost or
added, and the comparison of the two columns agrees with ``resdiff.compare`` of the two
AKN texts, verdict by verdict (table25; ``benchmarks/comparison_tables.py`` runs every
shape on six pairs)."""

from __future__ import annotations

import collections
import re
from typing import Any

import pytest
from comparison_shapes import (
    PAIRS,
    docx_table,
    html_table,
    html_to_docx,
    libreoffice,
    plain_of,
    rows_of,
)
from conftest import CORPUS

import resdiff

pytest.importorskip("docx", reason="python-docx makes the tables (pip install python-docx)")

#: A pair whose comparison moves a paragraph and drops several.
_PAIR = PAIRS["unisfa-2022"]
_WORD = re.compile(r"\w+")


def _texts() -> tuple[resdiff.Draft, resdiff.Draft]:
    paths = [CORPUS / "akn" / f"{name}.xml" for name in _PAIR]
    if not all(path.is_file() for path in paths):
        pytest.skip(f"the real-text corpus (with {', '.join(_PAIR)}) is not at {CORPUS}")
    old, new = (resdiff.parse(path) for path in paths)
    return old, new


def _verdicts(comparison: resdiff.Comparison) -> dict[Any, Any]:
    return {
        (tuple(c.old), tuple(c.new)): (c.kind, sorted((s.feature, s.direction) for s in c.shifts))
        for top in comparison.changes
        for c in top.walk()
    }


def _words(draft: resdiff.Draft) -> collections.Counter[str]:
    return collections.Counter(w.lower() for c in draft.walk() for w in _WORD.findall(c.text))


def _check(data: bytes, rows: Any, truth: resdiff.Comparison) -> None:
    got_old, got_new = resdiff.read_comparison_table(data)
    for got, side in ((got_old, "old"), (got_new, "new")):
        plain = resdiff.parse(plain_of([line for r in rows for line in getattr(r, side)]))
        assert [(c.ref, " ".join(c.text.split())) for c in got.walk()] == [
            (c.ref, " ".join(c.text.split())) for c in plain.walk()
        ], side
        assert _words(got) == _words(plain), side
    comparison = resdiff.compare(got_old, got_new)
    assert _verdicts(comparison) == _verdicts(truth)
    assert comparison.summary.direction == truth.summary.direction


@pytest.mark.parametrize(
    "shape",
    [
        {"comments": True, "merged": True},
        {"header": None, "split": True},
        {"markers": True},
    ],
    ids=["comments-merged", "no-header-split", "markers"],
)
def test_a_python_docx_table_of_a_real_pair_reads_as_the_two_texts(shape: dict[str, Any]) -> None:
    old, new = _texts()
    rows = rows_of(old, new)
    _check(docx_table(rows, **shape), rows, resdiff.compare(old, new))


def test_a_libreoffice_table_from_html_reads_as_the_two_texts() -> None:
    soffice = libreoffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    old, new = _texts()
    rows = rows_of(old, new)
    _check(html_to_docx(html_table(rows), soffice), rows, resdiff.compare(old, new))
