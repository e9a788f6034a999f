"""The assertions of resdiff.testing.assertions: they pass on what the 2006 drafts show,
and when they fail their message says why (ref, kind, shifts in words, redline)."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.model import Comparison, Draft
from resdiff.testing.assertions import (
    assert_added,
    assert_chapter_vii,
    assert_dropped,
    assert_kept_chapter_vii,
    assert_moved,
    assert_no_chapter_vii,
    assert_no_weakening,
    assert_not_dropped,
    assert_not_softened,
    assert_softened,
    assert_strengthened,
    assert_unchanged,
    explain_change,
    format_redline,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


@pytest.fixture(scope="module")
def japan() -> Draft:
    return resdiff.parse(EXAMPLES / "japan-draft.txt")


@pytest.fixture(scope="module")
def adopted() -> Draft:
    return resdiff.parse(EXAMPLES / "adopted-compromise.txt")


@pytest.fixture(scope="module")
def rival() -> Draft:
    return resdiff.parse(EXAMPLES / "china-russia-draft.txt")


@pytest.fixture(scope="module")
def cmp(japan: Draft, adopted: Draft) -> Comparison:
    return resdiff.compare(japan, adopted)


def test_passing_assertions_return_the_change(cmp: Comparison) -> None:
    change = assert_softened(cmp, "OP4", side="old", feature="hedge")
    assert change.new == ("OP3",)
    assert_softened(cmp, "OP3", side="new", feature="verb")
    assert_softened(cmp, "PP13", feature="chapter-vii")
    assert_softened(cmp, "PP11", side="old", feature="art39")
    assert_dropped(cmp, "OP6")
    assert_added(cmp, "OP7")
    assert_unchanged(cmp, "OP6", side="new")
    assert_moved(cmp, "OP3", side="old")
    assert_not_softened(cmp, "OP1", side="old")
    assert_not_dropped(cmp, "OP1")
    assert_not_dropped(cmp, "OP4")


def test_softened_failure_explains_the_change(cmp: Comparison) -> None:
    with pytest.raises(AssertionError) as err:
        assert_strengthened(cmp, "OP3")
    message = str(err.value)
    assert message.startswith("OP3: expected strengthened, found softened")
    assert "OP4 → OP3" in message
    assert "operative verb weakened: decides → requires" in message
    assert "hedge added: “in accordance with their national legal authorities" in message
    # "to exercise vigilance and prevent" keeps the duty to prevent: no vigilance hedge.
    assert "exercise vigilance”" not in message
    assert "[-Decides that-]{+Requires+}" in message


def test_feature_must_match(cmp: Comparison) -> None:
    with pytest.raises(AssertionError, match="with a softer 'censure' shift"):
        assert_softened(cmp, "OP3", feature="censure")


def test_unchanged_failure_shows_sub_paragraphs(cmp: Comparison) -> None:
    with pytest.raises(AssertionError) as err:
        assert_unchanged(cmp, "OP4", side="old")
    message = str(err.value)
    assert "old OP4(b) (dropped)" in message
    assert "[-propellants and structural materials" in message


def test_unchanged_in_place(cmp: Comparison) -> None:
    with pytest.raises(AssertionError, match="expected unchanged and in place, found unchanged"):
        assert_unchanged(cmp, "OP6", side="new", allow_moved=False)


def test_dropped_and_not_dropped(cmp: Comparison) -> None:
    with pytest.raises(AssertionError) as err:
        assert_not_dropped(cmp, "OP6")
    assert "sanctions measure removed: asset freeze (mandatory)" in str(err.value)
    with pytest.raises(AssertionError, match=r"OP5 \(old side\): expected dropped, found soft"):
        assert_dropped(cmp, "OP5")


def test_added_is_new_side(cmp: Comparison) -> None:
    with pytest.raises(AssertionError, match="expected added, found reworded"):
        assert_added(cmp, "OP1")


def test_unknown_ref_lists_the_refs(cmp: Comparison) -> None:
    with pytest.raises(AssertionError) as err:
        assert_dropped(cmp, "OP8")
    message = str(err.value)
    assert "OP8 is not a paragraph of the old draft" in message
    assert "OP1, OP2, OP3" in message
    assert "pass side='new'" in message
    with pytest.raises(AssertionError, match="not a paragraph of either draft"):
        assert_softened(cmp, "OP42")


def test_moved(cmp: Comparison) -> None:
    with pytest.raises(AssertionError, match="expected moved"):
        assert_moved(cmp, "OP1")


def test_not_softened(cmp: Comparison) -> None:
    with pytest.raises(AssertionError, match="expected not softened, found softened"):
        assert_not_softened(cmp, "OP5", side="old")


def test_no_weakening_lists_every_weakening(cmp: Comparison) -> None:
    with pytest.raises(AssertionError) as err:
        assert_no_weakening(cmp, section="operative")
    message = str(err.value)
    # "immediately" dropped from the demand, the two transfer bans hedged, the asset freeze
    # dropped.
    assert message.startswith("4 weakening(s) in the operative part of S/RES/1695 (2006)")
    for label in ("OP2", "OP4 → OP3", "OP5 → OP4", "old OP6 (dropped)"):
        assert f"change:  {label}  " in message, label
    with pytest.raises(AssertionError, match="Chapter VII dropped"):
        assert_no_weakening(cmp, section="preamble")


def test_no_weakening_passes_on_a_stronger_text(japan: Draft, rival: Draft) -> None:
    assert_no_weakening(resdiff.compare(rival, japan), section="preamble")


def test_chapter_vii(japan: Draft, adopted: Draft, cmp: Comparison) -> None:
    assert_chapter_vii(japan)
    assert_no_chapter_vii(adopted)
    with pytest.raises(AssertionError) as err:
        assert_chapter_vii(adopted)
    assert "does not act under Chapter VII" in str(err.value)
    assert "PP13: Acting under its special responsibility" in str(err.value)
    with pytest.raises(AssertionError, match="acts under Chapter VII in PP12"):
        assert_no_chapter_vii(japan)
    with pytest.raises(AssertionError) as err:
        assert_kept_chapter_vii(cmp)
    # The reconstructed draft has no symbol: it is named by its file.
    assert str(err.value).startswith("Chapter VII dropped: japan-draft.txt → S/RES/1695 (2006)")
    assert "[-Chapter VII of the Charter of the United Nations-]{+its special" in str(err.value)
    assert_kept_chapter_vii(resdiff.compare(japan, japan))


def test_format_redline_shortens_long_equal_runs() -> None:
    ops = ((0, "word " * 40), (-1, "old"), (1, "new"), (0, " tail " * 30))
    text = format_redline(ops)
    assert "[-old-]{+new+}" in text
    assert text.startswith("… ") and text.endswith(" …")
    assert len(text) < 200
    assert format_redline(ops, keep=None).count("word") == 40
    assert format_redline(((0, "only " * 30),)) == "only " * 30


def test_explain_change(cmp: Comparison) -> None:
    text = explain_change(cmp.change_for("OP5", side="new"), indent="")
    assert text.startswith("change:  new OP5 (added)  added")
    assert "{+Underlines" in text
