"""``print(cmp.change_for("OP2"))`` says what became of one provision and why, as the text
report prints it (label, verdict, each shift in plain words, the redline), and a bare
change in IPython or a notebook shows one line: not pydantic's field dump, which a
reader cannot quote."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.render.text import render_change, render_text

OLD = """The Security Council,

Recalling its resolution 2374 (2017),

1. Decides to renew the measures until 31 August 2023;

2. Demands swift and timely dialogue between the authorities and the Committee;

3. Expresses its intention to impose targeted measures against those who hinder elections;
"""

NEW = """The Security Council,

Recalling its resolution 2374 (2017),

1. Decides to renew the measures until 31 August 2023;

2. Calls for swift and timely dialogue between the authorities and the Committee;
"""


@pytest.fixture(scope="module")
def cmp() -> resdiff.Comparison:
    return resdiff.compare(OLD, NEW, paths=False)


def test_print_gives_verdict_reason_and_redline(cmp: resdiff.Comparison) -> None:
    said = str(cmp.change_for("OP2"))
    first, reason = said.splitlines()[:2]
    assert first == "OP2  ·  softened"
    assert reason.strip() == "- operative verb weakened: demands → calls for"
    assert "[-Demands-] {+Calls for+}" in said
    assert "kind=" not in said and "Shift(" not in said


def test_the_words_are_the_reports_own(cmp: resdiff.Comparison) -> None:
    # The same lines as the change's entry in the whole text report, not a second wording.
    for ref, side in (("OP2", "any"), ("OP3", "old")):
        change = cmp.change_for(ref, side=side)  # type: ignore[arg-type]
        entry = render_change(change).rstrip("\n")
        assert entry in render_text(cmp)


def test_a_dropped_and_an_unchanged_provision(cmp: resdiff.Comparison) -> None:
    dropped = str(cmp.change_for("OP3", side="old"))
    assert dropped.startswith("old OP3  ·  dropped")
    assert "warning of further action removed" in dropped
    assert str(cmp.change_for("OP1")).startswith("OP1  unchanged  Decides to renew")


def test_ipython_shows_one_line() -> None:
    pretty = pytest.importorskip("IPython.lib.pretty", reason="IPython is in the test extra")
    cmp = resdiff.compare(OLD, NEW, paths=False)
    line = pretty.pretty(cmp.change_for("OP2"))
    assert line == (
        "<Change OP2: softened: operative verb weakened: demands → calls for; "
        "print() for the words>"
    )
    assert pretty.pretty(cmp.change_for("OP1")) == "<Change OP1: unchanged; print() for the words>"
