"""A new user's trial of the command line and the reports (the nineteenth session): each
test keeps one defect found on real texts fixed, on short made-up texts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import resdiff
from resdiff.render import render_html

DEEP = """The Security Council,

Recalling its earlier resolutions on the question,

1. Decides that all States shall prevent the supply to the region of:

(a) complete systems, together with:

(i) their major parts;

(ii) the equipment designed for them;

(b) the materials usable in such systems;

2. Decides to remain seized of the matter.
"""


def test_the_outline_starts_every_clause_text_at_one_column() -> None:
    # "    OP1(a)(ii) the equipment" stood two characters right of the texts above it.
    lines = resdiff.parse(DEEP).outline().splitlines()
    clauses = [line for line in lines if line.lstrip().startswith(("PP", "OP"))]
    assert len(clauses) == 7
    starts = set()
    for line in clauses:
        indent = len(line) - len(line.lstrip())
        ref_end = indent + len(line.lstrip().split(" ", 1)[0])
        text_start = ref_end + len(line[ref_end:]) - len(line[ref_end:].lstrip())
        starts.add(text_start)
    assert len(starts) == 1, lines


OLD_MOVED = """The Security Council,

Recalling its earlier resolutions on the question,

Noting the report of the Secretary-General on the situation in the region,

Stressing the importance of a political settlement reached through dialogue and consultation \
among all the parties, with the full, equal and meaningful participation of women and of the \
young people of the region, and of the regional organizations that support them,

1. Requests the Secretary-General to report every ninety days on the situation;

2. Decides to remain seized of the matter.
"""
NEW_MOVED = OLD_MOVED.replace(
    "Noting the report of the Secretary-General on the situation in the region,\n\n", ""
)


@pytest.mark.skipif(
    shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
    reason="Chromium is not installed: apt-get install chromium",
)
def test_a_moved_unchanged_paragraph_keeps_its_ref_on_one_line(tmp_path: Path) -> None:
    # "PP3 → PP2" broke after the arrow: the one-line text beside it took the width.
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    from test_browser import CHROMIUM, CHROMIUM_ARGS

    cmp = resdiff.compare(OLD_MOVED, NEW_MOVED)
    assert cmp.change_for("PP2") is not None and cmp.change_for("PP2").kind == "unchanged"
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(cmp), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(page_path.as_uri())
            heads = page.locator(".change.quiet h3")
            assert heads.count() >= 2
            moved = page.locator(".change.quiet h3", has_text="→").first
            still = page.locator(".change.quiet h3").first
            moved_box, still_box = moved.bounding_box(), still.bounding_box()
            assert moved_box is not None and still_box is not None
            assert moved_box["height"] <= still_box["height"] * 1.2
        finally:
            browser.close()


def adopted(number: int, extra: str = "") -> str:
    """A made-up adopted resolution: the masthead of one, two paragraphs."""
    return f"""S/RES/{number} (2031)

Resolution {number} (2031)

Adopted by the Security Council at its 9901st meeting, on 3 March 2031

The Security Council,

Recalling its earlier resolutions on the question,

1. Requests the Secretary-General to report every ninety days on the situation;{extra}

2. Decides to remain seized of the matter.
"""


def test_html_cards_of_adopted_resolutions_do_not_say_draft() -> None:
    # Two adopted resolutions were headed "Old draft" and "New draft".
    cmp = resdiff.compare(adopted(9001), adopted(9002, " and Decides so"))
    assert cmp.old.status == "adopted" and cmp.new.status == "adopted"
    page = render_html(cmp)
    assert "Old resolution" in page and "New resolution" in page
    assert "Old draft" not in page and "New draft" not in page
    drafts = resdiff.compare(DEEP, DEEP.replace("shall prevent", "should prevent"))
    assert "Old draft" in render_html(drafts)


def statement(number: int, extra: str = "") -> str:
    """A made-up presidential statement the Council made: its masthead, two paragraphs."""
    return f"""S/PRST/2031/{number}

Statement by the President of the Security Council

At the 9901st meeting of the Security Council, held on 3 March 2031, in connection with \
the Council's consideration of the item entitled "The situation in the region", the \
President of the Security Council made the following statement on behalf of the Council:

"The Security Council recalls its earlier statements on the question.

"The Security Council requests the Secretary-General to report every ninety days on the \
situation{extra}."
"""


def test_html_cards_of_statements_made_do_not_say_draft() -> None:
    # Under "Comparison of presidential statements", two statements the Council made were
    # still headed "Old draft" and "New draft" (the fix above read only resolutions).
    cmp = resdiff.compare(statement(1), statement(2, " and urges all parties to cooperate"))
    assert (cmp.old.kind, cmp.old.status) == ("statement", "adopted")
    page = render_html(cmp)
    assert "Comparison of presidential statements" in page
    assert "Old statement" in page and "New statement" in page
    assert "Old draft" not in page and "New draft" not in page
