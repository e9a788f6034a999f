"""What-if drafts: each step, its validation, renumbering, and what compare makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.errors import SpecError
from resdiff.model import Draft
from resdiff.negotiation.scenario import CHAPTER_VII, SPECIAL_RESPONSIBILITY, Scenario
from resdiff.testing.assertions import (
    assert_added,
    assert_dropped,
    assert_softened,
    assert_strengthened,
    assert_unchanged,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


@pytest.fixture(scope="module")
def japan() -> Draft:
    return resdiff.parse(EXAMPLES / "japan-draft.txt")


@pytest.fixture(scope="module")
def adopted() -> Draft:
    return resdiff.parse(EXAMPLES / "adopted-compromise.txt")


def test_no_steps_gives_the_same_paragraphs(japan: Draft) -> None:
    built = Scenario(japan).build()
    assert [(c.ref, c.text) for c in built.walk()] == [(c.ref, c.text) for c in japan.walk()]
    # The reconstructed draft has no symbol: the what-if is named after its file.
    assert built.symbol == "japan-draft.txt (what-if)"
    assert built.lexicon == "default" and built.chapter_vii
    cmp = resdiff.compare(japan, built)
    assert {c.kind for c in cmp.changes} == {"unchanged"}


def test_soften_and_strengthen(japan: Draft) -> None:
    built = (
        Scenario(japan)
        .soften("OP1", to="strongly deplores")
        .strengthen("OP3", to="demands")
        .build()
    )
    assert built.clause("OP1").text.startswith("Strongly deplores the launches")
    # "Strongly urges the DPRK to return" recast for a lead that takes "that".
    assert built.clause("OP3").text.startswith("Demands that the DPRK return immediately")
    cmp = resdiff.compare(japan, built)
    assert_softened(cmp, "OP1", feature="censure")
    assert_strengthened(cmp, "OP3", feature="verb")


def test_a_soften_that_is_not_weaker_is_refused(japan: Draft) -> None:
    with pytest.raises(SpecError, match="not weaker than “Condemns”"):
        Scenario(japan).soften("OP1", to="condemns in the strongest terms")
    with pytest.raises(SpecError, match="not stronger than “Demands”"):
        Scenario(japan).strengthen("OP2", to="urges")
    with pytest.raises(SpecError, match="not weaker"):
        Scenario(japan).soften("OP2", to="demands")


def test_unknown_verb_and_ref(japan: Draft) -> None:
    with pytest.raises(SpecError, match='unknown verb or phrase "condems"'):
        Scenario(japan).soften("OP1", to="condems")
    with pytest.raises(SpecError, match=r"japan-draft\.txt has no paragraph OP12 \(it has PP1"):
        Scenario(japan).drop("OP12")


def test_refs_stay_those_of_the_base(japan: Draft) -> None:
    scenario = Scenario(japan).drop("OP4").soften("OP6", to="calls upon")
    built = scenario.build()
    assert len(built.operative) == 6
    assert built.clause("OP5").text.startswith("Calls upon all Member States to freeze")
    with pytest.raises(SpecError, match="OP4 was dropped by an earlier step \\(drop OP4\\)"):
        scenario.add_hedge("OP4", "as appropriate")
    with pytest.raises(SpecError, match="OP4\\(a\\) was dropped"):
        scenario.drop("OP4(a)")


def test_drop_a_sub_paragraph_relabels_the_rest(japan: Draft) -> None:
    built = Scenario(japan).drop("OP4(a)(i)").build()
    op4a = built.clause("OP4(a)")
    assert [c.label for c in op4a.children] == ["(i)"]
    assert op4a.children[0].text.startswith("production facilities")
    built = Scenario(japan).drop("OP4(a)").build()
    op4 = built.clause("OP4")
    assert [c.label for c in op4.children] == ["(a)"]
    assert op4.children[0].text.startswith("propellants")
    assert [c.ref for c in built.walk() if c.ref.startswith("OP4(")] == ["OP4(a)"]


def test_insert(japan: Draft) -> None:
    built = (
        Scenario(japan)
        .insert_after("OP2", "3. Calls upon all Member States to exercise vigilance;")
        .insert_before("PP1", "Recalling the statement of its President of 2 June 2006,")
        .build()
    )
    assert built.clause("OP3").text == "Calls upon all Member States to exercise vigilance;"
    assert built.clause("OP4").text.startswith("Strongly urges")
    assert built.clause("OP8").text == "Decides to remain seized of the matter."
    assert built.clause("PP1").text.startswith("Recalling the statement")
    cmp = resdiff.compare(japan, built)
    assert_added(cmp, "OP3")
    assert_added(cmp, "PP1")
    assert_unchanged(cmp, "OP4", side="new")


def test_insert_needs_a_known_verb(japan: Draft) -> None:
    with pytest.raises(SpecError, match="unknown verb: an operative paragraph must open"):
        Scenario(japan).insert_after("OP2", "Wishes for peace;")
    with pytest.raises(SpecError, match="a preambular paragraph must open with a lead phrase"):
        Scenario(japan).insert_after("PP2", "Peace matters,")
    with pytest.raises(SpecError, match="the text is empty"):
        Scenario(japan).insert_after("PP2", "  ")


def test_replace_text(japan: Draft) -> None:
    built = Scenario(japan).replace_text("OP1", "5 July 2006", "5 July 2006 local time").build()
    assert built.clause("OP1").text.endswith("on 5 July 2006 local time;")
    with pytest.raises(SpecError, match="“4 July 2006” is not in OP1"):
        Scenario(japan).replace_text("OP1", "4 July 2006", "5 July 2006")


def test_add_hedge(japan: Draft) -> None:
    built = (
        Scenario(japan)
        .add_hedge("OP5", "as appropriate")
        .add_hedge(
            "OP4",
            "in accordance with their national legal authorities and legislation",
            after="all Member States",
        )
        .build()
    )
    assert built.clause("OP5").text.endswith("WMD programmes, as appropriate;")
    assert built.clause("OP4").text.startswith(
        "Decides that all Member States, in accordance with their national legal "
        "authorities and legislation, shall prevent"
    )
    cmp = resdiff.compare(japan, built)
    assert_softened(cmp, "OP5", feature="hedge")
    assert_softened(cmp, "OP4", feature="hedge")


def test_add_hedge_validation(japan: Draft) -> None:
    with pytest.raises(SpecError, match="unknown hedge"):
        Scenario(japan).add_hedge("OP5", "perhaps")
    twice = Scenario(japan).add_hedge("OP5", "as appropriate")
    with pytest.raises(SpecError, match="already carries “as appropriate”"):
        twice.add_hedge("OP5", "as appropriate")
    with pytest.raises(SpecError, match="“all States” is not in OP5"):
        Scenario(japan).add_hedge("OP5", "where possible", after="all States")


def test_drop_chapter_vii(japan: Draft) -> None:
    gone = Scenario(japan).drop_chapter_vii().build()
    assert not gone.chapter_vii and len(gone.preamble) == 11
    swapped = Scenario(japan).drop_chapter_vii(replacement=SPECIAL_RESPONSIBILITY).build()
    assert not swapped.chapter_vii
    assert swapped.clause("PP12").text == SPECIAL_RESPONSIBILITY
    cmp = resdiff.compare(japan, swapped)
    assert cmp.summary.chapter_vii == "dropped"
    assert_softened(cmp, "PP12", feature="chapter-vii")
    assert_dropped(resdiff.compare(japan, gone), "PP12")


def test_add_chapter_vii(japan: Draft, adopted: Draft) -> None:
    # In the adopted text the formula takes the place of "its special responsibility".
    built = Scenario(adopted).add_chapter_vii().build()
    assert built.chapter_vii and len(built.preamble) == len(adopted.preamble)
    assert built.clause("PP13").text == CHAPTER_VII
    with pytest.raises(SpecError, match="already acts under Chapter VII"):
        Scenario(japan).add_chapter_vii()
    with pytest.raises(SpecError, match="does not act under Chapter VII"):
        Scenario(adopted).drop_chapter_vii()
    with pytest.raises(SpecError, match="not a Chapter VII formula"):
        Scenario(adopted).add_chapter_vii("Acting under Chapter VI,")
    rival = resdiff.parse(EXAMPLES / "china-russia-draft.txt")
    added = Scenario(rival).add_chapter_vii().build()
    assert added.preamble[-1].text == CHAPTER_VII and added.chapter_vii


def test_scenarios_are_immutable_and_branch(japan: Draft) -> None:
    base = Scenario(japan)
    softer = base.soften("OP1", to="deplores")
    dropped = base.drop("OP6")
    assert base.steps == ()
    assert softer.steps == ('soften OP1 to "deplores"',)
    assert dropped.steps == ("drop OP6",)
    assert softer.build().clause("OP1").text.startswith("Deplores")
    assert dropped.build().clause("OP1").text.startswith("Condemns")
    assert len(dropped.build().operative) == 6
    assert "drop OP6" in repr(dropped)


def test_compare_and_check_helpers(japan: Draft) -> None:
    scenario = Scenario(japan).soften("OP1", to="strongly deplores")
    assert_softened(scenario.compare(), "OP1")
    spec = """
[[rule]]
name = "Condemn"
type = "min_strength"
paragraph = { contains = "launches", section = "operative" }
axis = "censure"
at_least = "condemns"

[[rule]]
name = "No weakening"
type = "no_weakening"
"""
    result = scenario.check(spec)
    assert [r.status for r in result.results] == ["fail", "fail"]
    assert result.base == "japan-draft.txt"


def test_scenario_from_a_path() -> None:
    built = Scenario(EXAMPLES / "japan-draft.txt").drop("OP7").build(symbol="no seizure")
    assert built.symbol == "no seizure"
    assert len(built.operative) == 6


def test_a_lead_swap_recasts_the_words_after_it(japan: Draft) -> None:
    # "Calls upon that the DPRK ...", "Calls upon that all Member States shall ...": the
    # leads take different complements, and the words after them are recast.
    built = Scenario(japan).soften("OP4", to="calls upon").build()
    assert built.clause("OP4").text.startswith("Calls upon all Member States to prevent")
    # A "that" clause with no modal is split where an adverb of emphasis marks its verb
    # ("that the DPRK immediately suspend"), else cannot be: refused.
    asked = Scenario(japan).soften("OP2", to="calls upon").build().clause("OP2").text
    assert asked.startswith("Calls upon the DPRK to immediately suspend all activities")
    with pytest.raises(SpecError, match="no “shall”/“should” to tell its subject"):
        Scenario(japan).replace_text("OP2", "immediately suspend", "suspend").soften(
            "OP2", to="calls upon"
        )
    back = Scenario(built).strengthen("OP4", to="decides").build()
    assert back.clause("OP4").text.startswith("Decides that all Member States shall prevent")


def test_a_recast_finds_the_verb_past_the_objects_own_to() -> None:
    # A stranger's review: "all parties to the conflict to cease" recast at the first "to"
    # read "Demands that all parties the conflict to cease"; and a whitespace run made the
    # recast's pattern take seconds.
    import time

    from resdiff.negotiation.scenario import _complement

    assert _complement(" all parties to the conflict to cease hostilities;", "demands", "s") == (
        " that all parties to the conflict cease hostilities;"
    )
    assert (
        _complement(
            " Member States, in addition to their obligations, to freeze the assets;",
            "demands",
            "s",
        )
        == " that Member States, in addition to their obligations, freeze the assets;"
    )
    start = time.process_time()
    with pytest.raises(SpecError):
        _complement(" that" + " " * 4000 + "x;", "calls upon", "s")
    assert time.process_time() - start < 0.5


def test_soften_a_renewal_with_its_date_before_the_subject() -> None:
    """ "Decides that, until 31 July 2023, all Member States shall take ..." softened to
    "calls upon" keeps the date beside the subject and drops the "shall" (it gave "Calls
    upon that, until ..., all Member States shall take", and the "shall" kept the embargo
    mandatory for the red lines)."""
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that, until 31 July "
        "2023, all Member States shall take the necessary measures to prevent the supply, "
        "sale or transfer to the CAR of arms and related materiel of all types;\n"
    )
    what_if = resdiff.Scenario(draft).soften("OP1", to="calls upon").build()
    assert what_if.clause("OP1").text == (
        "Calls upon all Member States, until 31 July 2023, to take the necessary measures to "
        "prevent the supply, sale or transfer to the CAR of arms and related materiel of all "
        "types;"
    )
    assert [m.mode for m in what_if.clause("OP1").measures] == ["hortatory"]
