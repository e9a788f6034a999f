"""A hostile text that repeats one short line (issue 11 §2): the fuzzer's slowest inputs
of 4 December were a paragraph of 20,000 lines "x-" (text, 3.1 s per MB; Markdown, 3.4),
each line tested anew by every stage of the text reader. The stages now remember what a
line's text decided; these tests count the tests made, and time the shape at two sizes."""

from __future__ import annotations

import gc
import random
import re
import time
from collections.abc import Callable
from typing import Any, Literal

import pytest

import resdiff
from resdiff.read.text import furniture, hyphens, lines, numbered, openers, paragraphs, unlabelled
from resdiff.read.text.lines import _DOT_NUMBER, _DOT_NUMBER_LINE

#: (A line opening with a bracket: the reader then looks for "(1)" paragraphs.)
HEAD = "The General Assembly,\n\n(Bearing in mind the report;)\n\n1. Requests the launc"
#: A line of the shape repeated: a word cut at its end, going on below.
LINE = "x-\n"


def _repeated(n: int, line: str = LINE) -> str:
    return HEAD + line * n + "h of the report;\n\n2. Decides to remain seized of the matter.\n"


class _Counted:
    """A compiled pattern whose searches are counted (the stages look a method up on the
    module's pattern when they run)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return method(*args, **kwargs)

        return counted


@pytest.mark.parametrize("markdown", [False, True], ids=["text", "markdown"])
def test_a_repeated_line_is_tested_once_by_each_stage(
    markdown: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokens = _Counted(lines._HYPHEN_TOKEN)
    digits = _Counted(furniture._DIGIT)
    numbers = _Counted(lines._DOT_NUMBER)
    # (Words are found by the joining of lines and by the hyphens' evidence.)
    monkeypatch.setattr(lines, "_HYPHEN_TOKEN", tokens)
    monkeypatch.setattr(hyphens, "_HYPHEN_TOKEN", tokens)
    monkeypatch.setattr(furniture, "_DIGIT", digits)
    monkeypatch.setattr(lines, "_DOT_NUMBER", numbers)
    finals = 0
    final_punct = paragraphs._final_punct

    def counted_final(text: str) -> str:
        nonlocal finals
        finals += 1
        return final_punct(text)

    # (The splitter's steps stand in three modules, each importing it.)
    for module in (paragraphs, numbered, unlabelled):
        monkeypatch.setattr(module, "_final_punct", counted_final)
    # (The tests of whether a label opens a unit ask it too, from their own module.)
    monkeypatch.setattr(openers, "_final_punct", counted_final)
    draft = resdiff.parse(_repeated(2000), format="markdown" if markdown else "text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    # Each was asked of every line, 2,000 times and more: now of each distinct one (and
    # of the lines the reader looks at for other reasons).
    assert tokens.calls < 50, tokens.calls
    assert digits.calls < 50, digits.calls
    assert numbers.calls < 50, numbers.calls
    assert finals < 50, finals


def test_a_repeated_markdown_line_is_unmarked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    emphasis = _Counted(lines._MD_EMPHASIS)
    monkeypatch.setattr(lines, "_MD_EMPHASIS", emphasis)
    draft = resdiff.parse(_repeated(2000, "*x* y\n"), format="markdown")
    assert "x y x y" in draft.operative[0].text
    assert emphasis.calls < 50, emphasis.calls


def test_the_dot_number_search_of_joined_lines_is_that_of_each_line() -> None:
    # Stripped lines, as the reader has them: no line break inside, spaces of every kind.
    alphabet = ["1", "12", "123", "1234", ".", ")", " ", "\t", "\u00a0", "\u2003", "\r", "a"]
    alphabet += ["(", "x", "\x0b", "\x1c", "\u2028", "1. ", "2)"]
    rng = random.Random(11)
    for _ in range(20_000):
        texts = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))).strip()
            for _ in range(rng.randint(1, 4))
        ]
        each = any(_DOT_NUMBER.match(t) for t in texts)
        assert (_DOT_NUMBER_LINE.search("\n".join(texts)) is not None) == each, texts


def _timed(run: Callable[[], object]) -> float:
    """CPU time of ``run``, the collector off (as tests/test_hostile_review.py times)."""
    gc.disable()
    try:
        start = time.process_time()
        run()
        return time.process_time() - start
    finally:
        gc.enable()


@pytest.mark.parametrize("line", [LINE, "*x* y\n", "- x\n"], ids=["cut", "emphasis", "items"])
@pytest.mark.parametrize("markdown", [False, True], ids=["text", "markdown"])
def test_a_repeated_line_reads_in_linear_time(line: str, markdown: bool) -> None:
    """Four times the lines cost at most twice four times the time (a quadratic cost is
    sixteen), and the larger input reads in a few seconds."""
    fmt = "markdown" if markdown else "text"

    def run(n: int) -> None:
        resdiff.parse(_repeated(n, line), format=fmt)

    run(500)  # warm: imports, caches
    small = min(_timed(lambda: run(2500)) for _ in range(2))
    large = min(_timed(lambda: run(10_000)) for _ in range(2))
    assert large < 8 * max(small, 0.05), (small, large)
    assert large < 8.0


def _nested(n: int) -> str:
    """The fuzzer's deep list: "(a) x" ``n`` times, indented two spaces deeper each line
    up to 78 and back to none."""
    items = "".join("  " * (k % 40) + "(a) x\n" for k in range(n))
    return "The Security Council,\n\nStressing that\n" + items + "\n1. Decides x.\n"


def _mast(n: int) -> str:
    """A "masthead" of ``n`` lines "x-" (the fuzzer cut "United Nations" by them) above a
    draft's sponsors and formula."""
    return (
        "United Na" + LINE * n + "tions S/2024/1\n\nFrance: draft resolution\n\n"
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides x.\n"
    )


def test_a_deep_list_looks_at_each_line_below_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from resdiff.read.text import labels

    romans = 0
    is_roman = labels.is_roman

    def counted(key: str) -> bool:
        nonlocal romans
        romans += 1
        return is_roman(key)

    monkeypatch.setattr(labels, "is_roman", counted)
    labels._label_follows.cache_clear()
    openers._paren_label.cache_clear()
    resdiff.parse(_nested(1000), format="text")
    # Each item asked whether each of the forty lines below it held the item after it,
    # whose every answer asked whether its label was a Roman numeral: 40,000.
    assert romans < 100, romans


def test_a_repeated_masthead_line_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from resdiff.read.text import masthead

    ends = 0
    dates = 0
    draft_end, numeric_date = masthead._draft_resolution_end, masthead._numeric_date

    def counted_end(texts: list[str], i: int) -> int | None:
        nonlocal ends
        ends += 1
        return draft_end(texts, i)

    def counted_date(text: str) -> Any:
        nonlocal dates
        dates += 1
        return numeric_date(text)

    monkeypatch.setattr(masthead, "_draft_resolution_end", counted_end)
    monkeypatch.setattr(masthead, "_numeric_date", counted_date)
    draft = resdiff.parse(_mast(2000), format="text")
    assert draft.sponsors == ("France",)
    assert ends < 50, ends
    assert dates < 50, dates


@pytest.mark.parametrize("make", [_nested, _mast], ids=["nested-list", "masthead"])
def test_the_other_repeated_shapes_read_in_linear_time(make: Callable[[int], str]) -> None:
    def run(n: int) -> None:
        resdiff.parse(make(n), format="text")

    run(500)  # warm: imports, caches
    small = min(_timed(lambda: run(2500)) for _ in range(2))
    large = min(_timed(lambda: run(10_000)) for _ in range(2))
    assert large < 8 * max(small, 0.05), (small, large)
    assert large < 8.0


def test_a_paragraph_repeated_in_one_draft_is_analysed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The fuzzer's footnote blocks pasted a thousand times (seed 1205, input 76116):
    # 2,102 copies of a few paragraphs, each read anew by the analysis when a draft was
    # parsed alone (5.9 s per MB); a comparison already read each text once.
    from resdiff.analyze import reading

    reads = 0
    read_own = reading._read_own

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal reads
        reads += 1
        return read_own(*args, **kwargs)

    monkeypatch.setattr(reading, "_read_own", counted)
    body = "".join(
        f"{k}. Decides that all States shall prevent the supply of arms to the parties;\n\n"
        for k in range(1, 301)
    )
    draft = resdiff.parse("The Security Council,\n\nRecalling its resolutions,\n\n" + body)
    assert len(draft.operative) == 300
    assert all(c.phrases[0].lemma == "decide" for c in draft.operative)
    assert reads == 2  # the recital and the one operative text


def test_the_marks_a_repeated_line_cites_are_looked_for_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from resdiff.read.text import footnotes

    counted = _Counted(footnotes._CITED_MARK)
    monkeypatch.setattr(footnotes, "_CITED_MARK", counted)
    line = "Recalling its resolutions,1 and the report of the Secretary-General2"
    found = footnotes._cited_marks(
        [lines._Line(no=k, text=line) for k in range(500)] + [lines._Line(no=500, text="mark7")]
    )
    assert found == {1, 2, 7}
    assert counted.calls == 2


def test_a_sub_paragraph_repeated_under_a_recital_and_a_decision_is_read_under_each() -> None:
    # A draft parsed alone shares its reading among its copies of a text (above): a listed
    # measure takes the life-cycle word of its lead-in ("renew"), which a recital's lead-in
    # reads as none, so the item's copy under the recital and its copy under the decision,
    # with the same words and the same lead-in, are not one reading.
    from resdiff.analyze import analyze
    from resdiff.model import Clause, Draft

    lead = "Decides to renew the measures imposed on the following:"
    item = "all States shall prevent the supply of arms and related materiel to the parties"

    def paragraph(ref: str, section: Literal["preamble", "operative"], label: str | None) -> Clause:
        child = Clause(ref=f"{ref}(a)", section=section, label="(a)", text=item)
        return Clause(ref=ref, section=section, label=label, text=lead, children=(child,))

    decision = paragraph("OP1", "operative", "1.")
    alone = analyze(Draft(operative=(decision,)))
    both = analyze(Draft(preamble=(paragraph("PP1", "preamble", None),), operative=(decision,)))
    renewed = alone.operative[0].children[0].measures
    assert [m.action for m in renewed] == ["renew"]
    assert both.operative[0].children[0].measures == renewed
