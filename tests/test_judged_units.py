"""The hand-judged benchmark's own rule for a value named out of its unit (issue 9 §5, the
wrong named shifts of the twenty-first session): a value counts as wrong when it is only a
fragment of a longer unit or when unlike units are paired. The rule misread three units
of real texts, each a shift that named its value whole: a symbol at a sentence's end
("... in document S/Agenda/8979."), a revision spaced in print ("S/Agenda/2329/Rev. 1")
and the Council's first resolutions, numbered in one or two digits ("54 (1948)")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _judged() -> ModuleType:
    spec = importlib.util.spec_from_file_location("judged", ROOT / "benchmarks" / "judged.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["judged"] = module
    spec.loader.exec_module(module)
    return module


J = _judged()


def test_a_symbol_before_the_sentence_s_full_stop_is_whole() -> None:
    text = "Decides to call an emergency special session to examine document S/Agenda/8979."
    assert not J._fragment("S/Agenda/8979", [text])


def test_a_revision_spaced_in_print_is_one_symbol() -> None:
    assert J._unit_type("S/Agenda/2329/Rev. 1") == "symbol"
    assert J._unit_type("S/Agenda/8979") == "symbol"


def test_a_resolution_of_one_or_two_digits_is_a_citation() -> None:
    assert J._unit_type("54 (1948)") == "citation"
    assert J._unit_type("107 (1955)") == "citation"


def test_a_fragment_is_still_one() -> None:
    # The rule still catches what it was written for: a number cut out of a
    # citation, and a number paired with a citation.
    assert J._fragment("2375", ["Recalling its resolution 2375 (2017) on the measures,"])
    assert J._fragment("54", ["Recalling its resolution 54 (1948) of 15 July 1948,"])
    assert J._unit_type("1") != J._unit_type("231 (2020)")


def test_a_number_after_a_symbol_s_full_stop_is_no_part_of_it() -> None:
    # Review (twenty-first session): only a revision, addendum or corrigendum is spaced
    # in print; a footnote's or a paragraph's number after the sentence's full stop is
    # no part of the symbol, which stays whole.
    text = "Takes note of the report in document S/12345.\n2 Adopted without vote."
    assert not J._fragment("S/12345", [text])
    assert not J._fragment("S/12345", ["Takes note of document S/12345. 2. Decides to act,"])
    assert J._unit_type("S/12345/Add. 2") == "symbol"
    assert J._unit_type("S/12345/Corr. 1") == "symbol"
    assert J._unit_type("S/12345. 2") == "other"
