"""A browser's print header as ``pdftotext`` without ``-layout`` copies it: the date and
time on one line, the page's title on a line of its own below, at the top of every page.
Before: the title was read into the paragraph the page break cut ("... the prospects of
a settlement, new draft"; a recital split in two at a page break), from a real
resolution (S/RES/2618 (2022)) printed by Chromium from a delegation's web page titled
"new draft" and copied with ``pdftotext``."""

from __future__ import annotations

import resdiff

_TWO_PAGES = (
    "12/7/26, 8:37 PM\n\nCyprus draft\n\nThe Security Council,\n\n"
    "Recalling its resolutions on the situation in Cyprus,\n"
    "Noting that the Government of Cyprus is agreed that it is necessary to keep the\n"
    "file:///tmp/cyprus.html\n\n1/2\n\n\f12/7/26, 8:37 PM\n\nCyprus draft\n\n"
    "Force in Cyprus beyond 31 January 2022,\n"
    "1. Decides to extend the mandate of the Force until 31 January 2023;\n"
    "2. Decides to remain seized of the matter.\n"
    "file:///tmp/cyprus.html\n\n2/2\n"
)


def test_a_browser_print_title_under_its_date_is_page_furniture() -> None:
    draft = resdiff.parse(_TWO_PAGES, format="text")
    assert [c.text for c in draft.preamble] == [
        "Recalling its resolutions on the situation in Cyprus,",
        "Noting that the Government of Cyprus is agreed that it is necessary to keep the"
        " Force in Cyprus beyond 31 January 2022,",
    ]
    # The second page's title; the first page's stands above the masthead, as before.
    assert [f.text for f in draft.furniture if f.kind == "page-header"].count("Cyprus draft") == 1
    assert not any(w.code == "preamble-no-comma" for w in draft.warnings)


def test_a_line_that_follows_a_dated_row_once_stays_text() -> None:
    """The counter-example: the title is the header's only where it stands under the
    browser's date at the top of two pages or more; a line under one dated row of a
    programme, mid-page, is text."""
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to hold the consultations as follows:\n\n"
        "15/6/2031, 10:00\n\nInformal consultations of the whole;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text")
    assert "Informal consultations" in draft.operative[0].full_text()
    assert not draft.furniture
