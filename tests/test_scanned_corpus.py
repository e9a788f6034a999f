"""Every scanned resolution of the real corpus parses and loses no word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

from resdiff.read.checks import accounted, lost_words
from resdiff.read.text import parse_text

SCANNED = sorted((CORPUS / "scanned").glob("*.txt")) if (CORPUS / "scanned").is_dir() else []


@needs_corpus
def test_the_scanned_corpus_has_its_451_files() -> None:
    assert len(SCANNED) == 451


@needs_corpus
@pytest.mark.parametrize("path", SCANNED, ids=[p.name for p in SCANNED])
def test_a_scanned_resolution_parses_without_losing_a_word(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    draft = parse_text(text, path=path.name)
    assert draft.operative or draft.preamble
    assert lost_words(text, draft) == []
    assert accounted(text, draft)
    assert draft.kind == "resolution"
    assert draft.symbol is not None and draft.symbol.startswith("S/RES/")
