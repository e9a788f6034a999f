"""The July 2006 negotiation on the DPRK missile launches, as a delegation would test it.

Three texts (``dprk-2006/``): the Japan-led draft of 7 July (Chapter VII, condemnation,
mandatory transfer ban), the China-Russia draft of 12 July (no Chapter VII, "strongly
deplores", calls for vigilance), both reconstructed, and resolution 1695 adopted on
15 July, in our words with its real structure. Each side's red lines are data
(``red-lines/japan.toml``, ``red-lines/china-russia.toml``); the tests say which text keeps
which red line, and try what-if drafts on the way to the compromise.

Run with ``pytest examples/test_negotiation.py``. Only the public API is used:
``resdiff.parse``, ``resdiff.compare``, ``resdiff.check``, ``resdiff.Scenario`` and the
assertions of ``resdiff.testing.assertions``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.negotiation.red_lines import CheckResult
from resdiff.testing.assertions import (
    assert_added,
    assert_chapter_vii,
    assert_dropped,
    assert_kept_chapter_vii,
    assert_no_chapter_vii,
    assert_no_weakening,
    assert_not_dropped,
    assert_softened,
    assert_unchanged,
)

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "dprk-2006"
JAPAN_LINES = HERE / "red-lines" / "japan.toml"
CHINA_RUSSIA_LINES = HERE / "red-lines" / "china-russia.toml"

#: What the 2006 compromise put in place of Chapter VII.
SPECIAL_RESPONSIBILITY = (
    "Acting under its special responsibility for the maintenance of international peace "
    "and security,"
)


@pytest.fixture(scope="module")
def japan() -> resdiff.Draft:
    return resdiff.parse(DRAFTS / "japan-draft.txt")


@pytest.fixture(scope="module")
def rival() -> resdiff.Draft:
    return resdiff.parse(DRAFTS / "china-russia-draft.txt")


@pytest.fixture(scope="module")
def adopted() -> resdiff.Draft:
    return resdiff.parse(DRAFTS / "adopted-compromise.txt")


@pytest.fixture(scope="module")
def japan_to_adopted(japan: resdiff.Draft, adopted: resdiff.Draft) -> resdiff.Comparison:
    return resdiff.compare(japan, adopted)


def broken(result: CheckResult) -> set[str]:
    """The names of the red lines a check found broken."""
    return {r.name for r in result.failed}


# ------------------------------------------------------------- Japan's red lines


class TestJapanRedLines:
    def test_its_own_draft_keeps_them(self, japan: resdiff.Draft) -> None:
        result = resdiff.check(japan, JAPAN_LINES)
        assert result.ok, result.report()

    def test_the_rival_draft_breaks_them(self, rival: resdiff.Draft) -> None:
        result = resdiff.check(rival, JAPAN_LINES)
        assert broken(result) == {
            "Chapter VII must stay",
            "Condemnation of the launches",
            "Missile activities: a demand, not a call",
            "Transfer ban stays mandatory",
            "No vigilance language",
        }

    def test_the_adopted_text_gives_up_chapter_vii_and_accepts_vigilance(
        self, japan: resdiff.Draft, adopted: resdiff.Draft
    ) -> None:
        result = resdiff.check(adopted, JAPAN_LINES, base=japan)
        assert broken(result) == {"Chapter VII must stay", "No vigilance language"}
        # What Japan kept: the condemnation, the demand, a transfer ban that "requires".
        assert result.result("Condemnation of the launches").status == "pass"
        assert result.result("Transfer ban stays mandatory").status == "pass"
        assert result.result("Nothing demoted to the preamble").status == "pass"


# ------------------------------------------------------ China and Russia's red lines


class TestChinaRussiaRedLines:
    def test_its_own_draft_keeps_them(self, rival: resdiff.Draft) -> None:
        result = resdiff.check(rival, CHINA_RUSSIA_LINES)
        assert result.ok, result.report()

    def test_the_japan_draft_breaks_every_one(self, japan: resdiff.Draft) -> None:
        result = resdiff.check(japan, CHINA_RUSSIA_LINES)
        assert not result.passed

    def test_the_adopted_text_keeps_chapter_vii_out_but_condemns(
        self, adopted: resdiff.Draft
    ) -> None:
        result = resdiff.check(adopted, CHINA_RUSSIA_LINES)
        # Resolution 1695 welcomes efforts "through dialogue" but has no recital stressing
        # "the importance of dialogue", as the China-Russia draft did.
        assert broken(result) == {
            "No mandatory measures",
            "Censure of the launches no stronger than 'strongly deplores'",
            "Dialogue stressed",
        }
        assert result.result("No Chapter VII").status == "pass"
        assert result.result("No threat to the peace determined").status == "pass"


# ------------------------------------------------- what the compromise did to the drafts


class TestFromJapanDraftToResolution:
    @pytest.fixture
    def cmp(self, japan_to_adopted: resdiff.Comparison) -> resdiff.Comparison:
        return japan_to_adopted

    def test_chapter_vii_went(
        self, japan: resdiff.Draft, adopted: resdiff.Draft, cmp: resdiff.Comparison
    ) -> None:
        assert_chapter_vii(japan)
        assert_no_chapter_vii(adopted)
        with pytest.raises(AssertionError, match="Chapter VII dropped"):
            assert_kept_chapter_vii(cmp)
        assert_softened(cmp, "PP13", feature="chapter-vii")

    def test_the_threat_to_the_peace_became_a_danger_to_the_region(
        self, cmp: resdiff.Comparison
    ) -> None:
        change = assert_softened(cmp, "PP11", side="old", feature="art39")
        assert change.new == ("PP12",)
        assert change.new_text.startswith("Affirming that such launches jeopardize")

    def test_the_transfer_ban_was_hedged(self, cmp: resdiff.Comparison) -> None:
        assert_softened(cmp, "OP4", side="old", feature="verb")
        assert_softened(cmp, "OP4", side="old", feature="hedge")

    def test_the_asset_freeze_was_dropped(self, cmp: resdiff.Comparison) -> None:
        change = assert_dropped(cmp, "OP6")
        assert any(s.feature == "measure" for s in change.shifts)

    def test_the_condemnation_survived(self, cmp: resdiff.Comparison) -> None:
        assert_not_dropped(cmp, "OP1")
        assert cmp.change_for("OP1", side="old").kind == "reworded"

    def test_the_six_party_talks_paragraph_moved_unchanged(self, cmp: resdiff.Comparison) -> None:
        assert_unchanged(cmp, "OP3", side="old")

    def test_new_paragraphs_on_dialogue_and_restraint(self, cmp: resdiff.Comparison) -> None:
        assert_added(cmp, "PP8")  # a peaceful and diplomatic solution, through dialogue
        assert_added(cmp, "OP5")  # restraint
        assert_added(cmp, "OP7")  # support for the six-party talks

    def test_the_operative_part_was_weakened(self, cmp: resdiff.Comparison) -> None:
        with pytest.raises(AssertionError) as err:
            assert_no_weakening(cmp, section="operative")
        assert "OP4 → OP3" in str(err.value) and "old OP6 (dropped)" in str(err.value)


# --------------------------------------------------------------------- what-if drafts


class TestWhatIf:
    def test_softening_the_condemnation_alone_does_not_satisfy_china_and_russia(
        self, japan: resdiff.Draft
    ) -> None:
        what_if = resdiff.Scenario(japan).soften("OP1", to="strongly deplores").build()
        result = resdiff.check(what_if, CHINA_RUSSIA_LINES)
        assert "No Chapter VII" in broken(result)
        assert "Censure of the launches no stronger than 'strongly deplores'" not in broken(result)

    def test_the_road_to_the_compromise(self, japan: resdiff.Draft) -> None:
        what_if = (
            resdiff.Scenario(japan)
            .drop_chapter_vii(replacement=SPECIAL_RESPONSIBILITY)
            .drop("PP11")  # the Article 39 determination
            .drop("OP6")  # the asset freeze
            .soften("OP4", to="calls upon")  # "Calls upon all Member States to prevent"
            .replace_text("OP4", "to prevent", "to exercise vigilance and prevent")
            .soften("OP5", to="calls upon")
            .replace_text("OP5", "to prevent", "to exercise vigilance and prevent")
            .soften("OP1", to="strongly deplores")
            .insert_before("PP12", "Stressing the importance of dialogue and of a peaceful, "
                           "diplomatic settlement of the situation on the Korean peninsula,")
            .build()
        )  # fmt: skip
        assert not what_if.chapter_vii and not what_if.art39
        assert resdiff.check(what_if, CHINA_RUSSIA_LINES).ok
        # ... and Japan would refuse it: every one of its red lines but one is gone.
        japan_view = resdiff.check(what_if, JAPAN_LINES, base=japan)
        assert broken(japan_view) == {
            "Chapter VII must stay",
            "Condemnation of the launches",
            "Transfer ban stays mandatory",
            "No vigilance language",
        }
        cmp = resdiff.compare(japan, what_if)
        assert cmp.summary.chapter_vii == "dropped"
        assert_softened(cmp, "OP1", side="old", feature="censure")
        assert_dropped(cmp, "OP6")

    def test_no_text_on_the_table_meets_both_sets_of_red_lines(
        self, japan: resdiff.Draft, rival: resdiff.Draft, adopted: resdiff.Draft
    ) -> None:
        candidates = [
            japan,
            rival,
            adopted,
            resdiff.Scenario(adopted).add_chapter_vii().build(),
            resdiff.Scenario(japan).soften("OP1", to="strongly deplores").build(),
        ]
        for text in candidates:
            both = (
                resdiff.check(text, JAPAN_LINES).ok and resdiff.check(text, CHINA_RUSSIA_LINES).ok
            )
            assert not both, text.name

    def test_a_soften_that_strengthens_is_refused(self, japan: resdiff.Draft) -> None:
        with pytest.raises(resdiff.SpecError, match="not weaker"):
            resdiff.Scenario(japan).soften("OP1", to="condemns in the strongest terms")
