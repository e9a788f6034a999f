"""The fuzzing campaign (``benchmarks/fuzz.py``) runs: a couple of seconds of it, its
inputs reproducible, its shrinker and its checks working. The campaign itself is a
benchmark, not part of CI."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "fuzz.py"


@pytest.fixture(scope="module")
def fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("resdiff_fuzz_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_short_campaign_runs_and_reports_every_input(
    fuzz: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The count ends the run, not the clock: a budget of two seconds read no input at all
    # when the machine was loaded (the start-up alone took longer), so the test failed.
    code = fuzz.main(
        ["--seconds", "60", "--count", "30", "--jobs", "1", "--target", "text",
         "--target", "markdown", "--out", str(tmp_path)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("resdiff fuzz: seed 0, ")
    counted = sum(
        int(line.split()[1].replace(",", ""))
        for line in out.splitlines()
        if line.split()[:1] in (["text"], ["markdown"])
    )
    assert 0 < counted <= 30
    assert "Unexpected exceptions" in out and "Invariant breaks" in out
    assert "Slowest inputs per MB" in out


def test_an_input_is_made_again_from_its_seed_and_index(fuzz: ModuleType) -> None:
    seeds = fuzz.Seeds()
    first = [fuzz.make_case(3, k, ("text", "markdown", "akn"), seeds) for k in range(20)]
    again = [fuzz.make_case(3, k, ("text", "markdown", "akn"), seeds) for k in range(20)]
    assert first == again
    assert len({case.parts for case in first}) > 10


def test_the_shrinker_keeps_only_what_makes_the_failure(fuzz: ModuleType) -> None:
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides BOOM to act;\n\n2. Requests.\n"
    budget = [1000]
    small = fuzz.ddmin(text, lambda t: "BOOM" in t, budget, float("inf"))
    assert small == "BOOM"


def test_an_unexpected_exception_is_named_by_its_type_and_place(
    fuzz: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import resdiff.read.text

    checker = fuzz.Checker()
    assert fuzz.run_case(checker, fuzz.Case("text", ("1. Decides.",), "t"), 5.0) is None

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("ref")

    monkeypatch.setattr(resdiff.read.text, "parse_text", broken)
    failure = fuzz.run_case(checker, fuzz.Case("text", ("1. Decides.",), "t"), 5.0)
    assert failure is not None and failure.kind == "exception"
    assert failure.key.startswith("KeyError at resdiff/read/__init__.py:")


def test_a_word_lost_by_the_reader_is_an_invariant_break(
    fuzz: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    checker = fuzz.Checker()
    from resdiff.model import Draft

    real = Draft.texts

    def losing(self: Draft) -> object:
        return (t.replace("act", "") for t in real(self))

    monkeypatch.setattr(Draft, "texts", losing)
    failure = fuzz.run_case(checker, fuzz.Case("text", ("1. Decides to act.",), "t"), 5.0)
    assert failure is not None and failure.key == "text: word lost or invented by the reader"


def test_a_word_file_holds_its_draft_without_the_controls_xml_forbids(fuzz: ModuleType) -> None:
    # --seed 1919, input 79135: a draft whose symbol line ends in U+0001, written as a
    # tracked Word file. Word cannot hold U+0001: the writer leaves it out, and the line,
    # "A/78/L.12", then reads as a document symbol (page furniture) where the text's
    # "A/78/L.12\x01" did not. The file holds the draft without the control character:
    # no invariant break (it was one, at the session's first commit too).
    import random

    accepted = (
        "The Security Council\n\nNoting with concern peace Committee July 2375 July sale "
        "report mandate (g) in 90 12;\n\n1. Authorizes financial transfer Experts launches\n"
        "appropriate access programme;\n\n24-01682 (E)\n\nA/78/L.12\n\n2. Strongly condemns "
        "international 31 funds possible possible funds until related Panel assets supply;"
        "\n\n3. Takes note of funds.\n"
    )
    original = accepted.replace("A/78/L.12\n", "A/78/L.12\x01\n")
    data = fuzz.docx_of(accepted, original)
    assert data is not None
    case = fuzz.Case("docx", (data,), "tracked", sources=(accepted, original))
    fuzz.Checker().check_docx(case, random.Random(0))
    # A character XML allows is no excuse: the same check still finds words changed.
    with pytest.raises(fuzz.Broken):
        fuzz.Checker().check_docx(
            fuzz.Case("docx", (data,), "tracked", sources=(accepted, original + "\n4. Decides.")),
            random.Random(0),
        )


def test_a_lead_in_shown_as_a_heading_in_the_word_report_is_no_structure_break(
    fuzz: ModuleType,
) -> None:
    # --seed 22: "Resolves:\n1." against "3.", render target. The text reader reads the
    # lead-in as a recital; the comparison reads it as the operative part's lead-in and
    # the Word report shows it as a heading, which its reject-all reads back as one. The
    # check compared the report with the reader's draft and called it another structure;
    # both sides are now compared as the analysis reads them.
    checker = fuzz.Checker()
    for pair in (("Resolves:\n1.", "3."), ("Resolves:\n\n1. To work out the measures;\n", "3.")):
        assert fuzz.run_case(checker, fuzz.Case("render", pair, "t"), 30.0) is None
