"""The verdicts of real judged pairs survive the trip from Akoma Ntoso to Word: the
``.docx`` leg of ``benchmarks/verdict_formats.py`` on two pairs (no LibreOffice)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the real texts are not here: {CORPUS} is absent"
)

#: Two short pairs: a sanctions regime and a peacekeeping mandate.
PAIRS = ("car-sanctions-2020", "syria-crossborder-2020")


def _benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "verdict_formats.py"
    spec = importlib.util.spec_from_file_location("verdict_formats", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["verdict_formats"] = module
    spec.loader.exec_module(module)
    return module


def test_judged_pairs_read_from_word_get_the_verdicts_of_their_akn_texts(
    tmp_path: Path,
) -> None:
    bench: Any = _benchmark()
    pairs = bench.modern_pairs(PAIRS)
    assert [p["id"] for p in pairs] == list(PAIRS)
    akn, word, *_ = bench.run(pairs, tmp_path, libreoffice=False)
    assert word.pairs == 2 and word.provisions > 0
    assert [d for d in word.differences] == []
    assert word.kinds_differ == word.directions_differ == word.key_changes_differ == 0
    assert word.counts.kind_right == akn.counts.kind_right
