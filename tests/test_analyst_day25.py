"""A demanding analyst's day, twenty-fifth session: the Afghanistan file and the 1988
(Taliban) sanctions, 2020–2022, and the Rhodesia sanctions, 1966–1979, through the
products built on ``compare``. Each test failed before its fix."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import resdiff

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


def _run(*args: str) -> tuple[int, str, str]:
    from resdiff.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_lineage_warns_when_the_dates_run_backwards() -> None:
    # `history` and `provenance` warned of texts given newest first; `history --lineage`
    # said nothing and drew its measures' timeline backwards with confidence.
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    code, out, err = _run("history", "--lineage", adopted, japan)
    assert code == 0 and out.startswith("Lineage:")
    assert "is dated before" in err and "oldest first" in err
    assert "is dated before" not in _run("history", "--lineage", japan, adopted)[2]


@needs_corpus
def test_lineage_prints_the_readers_warnings_as_history_does() -> None:
    # A scan's reading notes (S/RES/232 (1966): "(6) read as (b)") were printed by
    # `history` but not by `history --lineage` over the same texts.
    scanned = CORPUS / "scanned"
    texts = [str(scanned / "S_RES_232_1966.txt"), str(scanned / "S_RES_288_1970.txt")]
    history_err = _run("history", *texts)[2]
    code, _, err = _run("history", "--lineage", *texts)
    assert code == 0
    assert "[numbering-ocr]" in history_err
    assert [line for line in err.splitlines() if "warning" in line] == [
        line for line in history_err.splitlines() if "warning" in line
    ]


_DECISION_TO_ACT = """Draft resolution

The Security Council,

Recalling its previous resolutions on the situation in Narnia,

1. Welcomes the report of the Secretary-General;

2. Decides to extend until 17 March 2023 the mandate of the Mission;

3. Expresses its intention to review the mandate of the Mission;

4. Decides to remain seized of the matter.
"""


def _narnia() -> resdiff.Draft:
    return resdiff.parse(_DECISION_TO_ACT, name="narnia.txt", paths=False)


@pytest.mark.parametrize("to", ["recommends", "notes", "welcomes", "considers"])
def test_what_if_refuses_a_lead_that_takes_no_infinitive_over_a_decision_to_act(
    to: str,
) -> None:
    # soften("OP4", to="recommends") on S/RES/2626 (2022) "Decides to extend until 17
    # March 2023 the mandate of UNAMA" wrote "Recommends to extend until …", and "notes",
    # "welcomes", "considers" wrote "Notes to extend …": no sentence, while "requests" and
    # "calls upon" were refused as naming no one to ask.
    with pytest.raises(resdiff.SpecError, match="takes no “to” and a verb"):
        resdiff.Scenario(_narnia()).soften("OP2", to=to)


def test_what_if_keeps_a_lead_that_takes_an_infinitive() -> None:
    # "Decides to extend" → "Expresses its intention to extend" is a sentence (a stance
    # that takes "to" and a verb), and "Expresses its intention to review" → "Decides to
    # review" too.
    softened = resdiff.Scenario(_narnia()).soften("OP2", to="expresses its intention").build()
    assert softened.clause("OP2").text.startswith("Expresses its intention to extend until")
    firmer = resdiff.Scenario(_narnia()).strengthen("OP3", to="decides").build()
    assert firmer.clause("OP3").text.startswith("Decides to review the mandate")
    # A lead whose words name an object before "to" is untouched by the refusal.
    welcomed = resdiff.Scenario(_narnia()).strengthen("OP1", to="endorses").build()
    assert welcomed.clause("OP1").text.startswith("Endorses the report")


_REGIME = """Resolution {n} (2030)

The Security Council,

Recalling its previous resolutions on the situation in Narnia,

Acting under Chapter VII of the Charter of the United Nations,

1. Decides that all States shall freeze the funds of the individuals listed in the annex;

2. Decides to remain seized of the matter.

Annex

{annex}
"""


def _regime(n: int, annex: str) -> resdiff.Draft:
    return resdiff.parse(_REGIME.format(n=n, annex=annex), name=f"r{n}.txt", paths=False)


def test_history_names_the_annexes_each_step_changed_in_every_format() -> None:
    # compare named "Annexes, footnotes: Annex changed" for S/RES/2557 (2020) → 2611
    # (2021), whose annex of the Monitoring Team's tasks lost "the Government of
    # Afghanistan"; the history of 2557 → 2611 → 2665 (2022) said nothing of any annex
    # in its text, Markdown or HTML, as if no step had touched one.
    from resdiff.render.timeline import (
        render_timeline_html,
        render_timeline_markdown,
        render_timeline_text,
    )

    h = resdiff.history(
        [
            _regime(1, "(a) To consult the Government of Narnia and Member States;"),
            _regime(2, "(a) To consult Member States;"),
            _regime(3, "(a) To consult Member States;"),
        ]
    )
    assert [c.text_changes != () for c in h.comparisons] == [True, False]
    text = render_timeline_text(h)
    assert "Annexes, footnotes:       [1] Annex changed (named, not weighed)" in text
    assert "[2] Annex" not in text
    markdown = render_timeline_markdown(h)
    assert "| Annexes, footnotes | — | Annex changed | none changed |" in markdown
    assert ">Annexes, footnotes</th>" in render_timeline_html(h)
    same = resdiff.history([_regime(1, "(a) To consult."), _regime(2, "(a) To consult.")])
    assert "Annexes, footnotes:       none changed at any step" in render_timeline_text(same)


def test_lineage_steps_name_the_annexes_they_changed() -> None:
    # The lineage's steps named the flags and headings a step changed, never an annex:
    # 2557 → 2611 (2021), which rewrote the 1988 regime's Monitoring Team annex, read as
    # if the annex had stood still. Each step now names them, as compare's summary does.
    from resdiff.lineage import lineage
    from resdiff.render.lineage import (
        render_lineage_html,
        render_lineage_markdown,
        render_lineage_text,
    )

    lin = lineage(
        [
            _regime(1, "(a) To consult the Government of Narnia and Member States;"),
            _regime(2, "(a) To consult Member States;"),
            _regime(3, "(a) To consult Member States;"),
        ]
    )
    text = render_lineage_text(lin)
    assert text.count("annexes: Annex changed") == 1
    assert "annexes: Annex changed" in render_lineage_markdown(lin)
    assert "annexes: Annex changed" in render_lineage_html(lin)


_NOT_TO_ACT = """Draft resolution

The Security Council,

Recalling its previous resolutions on the situation in Narnia,

1. Decides not to recognize the declaration of the authorities;

2. Decides to extend until 17 March 2023 the mandate of the Mission;
"""


def test_review_what_if_refuses_a_decision_not_to_act_too() -> None:
    # Review of user15: "Decides not to recognize the 'basic law'" (S/RES/478 (1980))
    # softened to "notes" still wrote "Notes not to recognize …": the refusal read "to"
    # only right after the lead.
    draft = resdiff.parse(_NOT_TO_ACT, name="narnia.txt", paths=False)
    with pytest.raises(resdiff.SpecError, match="takes no “to” and a verb"):
        resdiff.Scenario(draft).soften("OP1", to="notes")
    kept = resdiff.Scenario(draft).soften("OP1", to="expresses its intention").build()
    assert kept.clause("OP1").text.startswith("Expresses its intention not to recognize")


def test_review_what_if_keeps_desires_which_takes_an_infinitive() -> None:
    # Review of user15: "desires" takes "to" and a verb ("Desires to express its
    # appreciation", 1947–1949, as verbs.toml's own note says) but was not marked, so
    # "Decides to extend" softened to "desires" was refused where it wrote a sentence.
    draft = resdiff.parse(_NOT_TO_ACT, name="narnia.txt", paths=False)
    softened = resdiff.Scenario(draft).soften("OP2", to="desires").build()
    assert softened.clause("OP2").text.startswith("Desires to extend until 17 March 2023")
