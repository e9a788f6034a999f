"""The pytest plugin: fixtures with paths relative to the test file, and readable
failures. Runs pytest inside pytest (``pytester``)."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
SPECS = Path(__file__).resolve().parents[1] / "examples" / "red-lines"


def _plugin_args() -> list[str]:
    """``-p resdiff.testing.plugin`` unless the installed entry point loads it already
    (registering it twice is an error)."""
    installed = any(ep.name == "resdiff" for ep in entry_points(group="pytest11"))
    return [] if installed else ["-p", "resdiff.testing.plugin"]


@pytest.fixture
def suite(pytester: pytest.Pytester) -> pytest.Pytester:
    drafts = pytester.mkdir("drafts")
    for name in ("japan-draft.txt", "adopted-compromise.txt", "china-russia-draft.txt"):
        (drafts / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), "utf-8")
    lines = pytester.mkdir("red-lines")
    (lines / "japan.toml").write_text(
        (SPECS / "japan.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return pytester


def test_fixtures_take_paths_next_to_the_test(suite: pytest.Pytester) -> None:
    sub = suite.mkdir("negotiation")
    (sub / "drafts").mkdir()
    (sub / "drafts" / "a.txt").write_text(
        (EXAMPLES / "japan-draft.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (sub / "test_resdiff_nested_suite.py").write_text(
        "def test_nested(resdiff_parse):\n"
        "    draft = resdiff_parse('drafts/a.txt')\n"
        "    assert draft.name == 'a.txt' and draft.chapter_vii\n",
        encoding="utf-8",
    )
    suite.makepyfile(
        test_resdiff_fixtures_suite="""
        import resdiff

        def test_compare(resdiff_compare):
            cmp = resdiff_compare("drafts/japan-draft.txt", "drafts/adopted-compromise.txt")
            assert cmp.summary.chapter_vii == "dropped"
            assert cmp.change_for("OP4", side="old").kind == "softened"

        def test_parse(resdiff_parse):
            draft = resdiff_parse("drafts/china-russia-draft.txt")
            assert draft.name == "china-russia-draft.txt" and not draft.chapter_vii
            assert draft.sponsors == ("China", "Russian Federation")

        def test_parse_passes_text_and_drafts_through(resdiff_parse):
            text = open("drafts/japan-draft.txt", encoding="utf-8").read()
            draft = resdiff_parse(text)
            assert resdiff_parse(draft) == draft

        def test_check(resdiff_check):
            result = resdiff_check(
                "drafts/adopted-compromise.txt", "red-lines/japan.toml",
                base="drafts/japan-draft.txt",
            )
            assert not result.ok
            assert result.result("Condemnation of the launches").status == "pass"
        """
    )
    result = suite.runpytest(*_plugin_args())
    result.assert_outcomes(passed=5)
    result.stdout.fnmatch_lines(["resdiff *"])  # the report header


def test_failures_are_explained(suite: pytest.Pytester) -> None:
    suite.makepyfile(
        test_resdiff_failures_suite="""
        from resdiff.testing.assertions import assert_no_weakening

        def test_missing(resdiff_parse):
            resdiff_parse("drafts/nope.txt")

        def test_kind(resdiff_compare):
            cmp = resdiff_compare("drafts/japan-draft.txt", "drafts/adopted-compromise.txt")
            assert cmp.change_for("OP3", side="new") == "strengthened"

        def test_same(resdiff_parse):
            a = resdiff_parse("drafts/japan-draft.txt")
            b = resdiff_parse("drafts/adopted-compromise.txt")
            assert a == b

        def test_weakening(resdiff_compare):
            cmp = resdiff_compare("drafts/japan-draft.txt", "drafts/adopted-compromise.txt")
            assert_no_weakening(cmp)
        """
    )
    result = suite.runpytest(*_plugin_args())
    result.assert_outcomes(failed=4)
    # A missing file is named, with its path next to the test file.
    result.stdout.fnmatch_lines(["*drafts/nope.txt*"])
    # ``change == "kind"`` explains the change found.
    result.stdout.fnmatch_lines(
        [
            "*OP4 → OP3 is softened, not strengthened*",
            "*operative verb weakened: decides → requires*",
            "*[[]-Decides that-[]]{+Requires+}*",
        ]
    )
    # Two drafts compared: the paragraphs that differ.
    result.stdout.fnmatch_lines(["*japan-draft.txt and S/RES/1695 (2006) differ*", "*PP8: *"])
    # The assertion helpers explain themselves.
    result.stdout.fnmatch_lines(
        [
            "*4 weakening(s) in the operative part of S/RES/1695 (2006)*",
            "*sanctions measure removed: asset freeze (mandatory)*",
        ]
    )
