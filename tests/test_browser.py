"""The HTML report seen in a real browser: headless Chromium driven by Playwright.

Skipped with a reason when Playwright or the system Chromium is missing (``make test``
installs both where it can: ``apt-get install chromium`` and ``pip install playwright``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import resdiff
from resdiff.render import render_html

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed: pip install playwright"
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed: apt-get install chromium"
)

# No network on this machine: keep Chromium from trying to reach its services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def test_report_is_readable_and_switches_to_side_by_side(tmp_path: Path) -> None:
    cmp = resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt")
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(cmp), encoding="utf-8")
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_path.as_uri())

            summary = page.locator("section.summary")
            assert summary.is_visible()
            assert "Chapter VII" in summary.inner_text()
            cards = page.locator("section.changes > .change")
            assert cards.count() == len(cmp.changes)
            for k in range(cards.count()):
                assert cards.nth(k).is_visible()
            assert page.locator("#OP3").count() == 1
            assert page.locator("del").first.is_visible()

            page.screenshot(path=str(tmp_path / "inline.png"), full_page=True)
            page.get_by_role("button", name="Side by side").click()
            assert page.evaluate("document.body.classList.contains('sbs')")
            assert (
                page.get_by_role("button", name="Side by side").get_attribute("aria-pressed")
                == "true"
            )
            side = page.locator(".view-sbs").first
            assert side.is_visible()
            page.screenshot(path=str(tmp_path / "side-by-side.png"), full_page=True)

            page.get_by_label("Hide unchanged paragraphs").check()
            quiet = page.locator(".change.k-unchanged").first
            assert not quiet.is_visible()
        finally:
            browser.close()
    assert errors == []
    assert (tmp_path / "inline.png").stat().st_size > 10_000
