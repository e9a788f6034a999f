"""In IPython (a console, and a notebook's ``text/plain``, saved in the .ipynb beside the
HTML) every object that displays itself shows one line, not the whole model: a
provenance's ``repr()`` is hundreds of kilobytes, and a researcher's notebook of seven
displays weighed 946 KB, 583 KB of it plain text nobody reads."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.corpus import Corpus
from resdiff.lineage import lineage
from resdiff.series import files_series

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"
JAPAN = str(EXAMPLES / "japan-draft.txt")
RIVAL = str(EXAMPLES / "china-russia-draft.txt")
ADOPTED = str(EXAMPLES / "adopted-compromise.txt")


def _one_line(obj: object, *words: str) -> str:
    pretty = pytest.importorskip("IPython.lib.pretty", reason="pip install 'resdiff[test]'")
    text: str = pretty.pretty(obj)
    assert "\n" not in text and len(text) < 300, text[:400]
    for word in words:
        assert word in text, text
    return text


def test_drafts_comparisons_histories_and_provenance_show_one_line() -> None:
    adopted = resdiff.parse(ADOPTED)
    _one_line(adopted, "<Draft S/RES/1695 (2006)", "13 preambular, 8 operative")
    cmp = resdiff.compare(JAPAN, ADOPTED)
    _one_line(cmp, "japan-draft.txt → S/RES/1695 (2006)", "softer", "print()")
    _one_line(resdiff.history([JAPAN, RIVAL, ADOPTED]), "(3 revisions)")
    _one_line(lineage([JAPAN, RIVAL, ADOPTED]), "(3 texts)")
    _one_line(resdiff.provenance(ADOPTED, {"a": JAPAN, "b": RIVAL}), "from 2 sources")
    # repr() is still the whole model, for debugging.
    assert repr(cmp).startswith("Comparison(")


def test_precedents_and_series_show_one_line(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name in (JAPAN, ADOPTED):
        (texts / Path(name).name).write_text(Path(name).read_text(encoding="utf-8"))
    with Corpus.build([texts], tmp_path / "c.rdx", scheduler="sync") as corpus:
        _one_line(corpus.precedents(RIVAL), "<Precedents of", "agreed", "adapted", "new")
    _one_line(files_series([texts], scheduler="sync"), "<Series: 1 text,", "0 renewals")


def test_the_one_line_views_live_in_one_module() -> None:
    # Review of newuser23: the seven views were seven copies of one method in seven
    # modules (history.py at 796 lines of its 800); one function, the lines by class.
    from resdiff.corpus.model import Precedents
    from resdiff.history import History
    from resdiff.lineage import Lineage
    from resdiff.model import Comparison, Draft
    from resdiff.plain import one_line
    from resdiff.provenance import Provenance
    from resdiff.series.model import Series

    for cls in (Draft, Comparison, History, Lineage, Provenance, Precedents, Series):
        assert cls._repr_pretty_ is one_line, cls.__name__


def test_the_one_line_views_count_in_words_people_read() -> None:
    # "1 changes" and "1 operative paragraphs" read as slips (the researcher's note).
    one = resdiff.parse("The Security Council,\n\n1. Decides to remain seized of the matter.\n")
    _one_line(one, "0 preambular, 1 operative paragraph;")
    same = resdiff.compare(one, one)
    _one_line(same, "1 change;")
    _one_line(resdiff.history([one, one]), "(2 revisions)")
    _one_line(resdiff.compare(JAPAN, ADOPTED), " changes;")
