"""Document formats a new user's trial made with other tools (4 December 2026, sixth
session), fixed in the seventh: the footer of a PDF of one page, which no other page
repeats ("Zero draft (12 May 2020)   Page 1 of 1", a browser's "file:///…/draft.html
1/1"), read into the last operative paragraph."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from pdf_fixtures import CHROMIUM, chromium_print

from resdiff.read.pdf.furniture import _take_furniture
from resdiff.read.pdf.glyphs import _PageLine

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

_BODY = [
    "The Security Council,",
    "Recalling its resolution 9990 (2031),",
    "1. Recommends to the General Assembly that the candidate be appointed for a second "
    "term of office from 1 January 2032 to 31 December 2036.",
]


def _page(lines: list[tuple[str, float]]) -> list[_PageLine]:
    return [_PageLine(text, 1, spacing=spacing) for text, spacing in lines]


@pytest.mark.parametrize(
    "footer",
    [
        "Zero draft (12 May 2031)          Page 1 of 1",
        "file:///home/delegate/drafts/appointment.html                 1/1",
        "31-01234 (2031)          1/3",
    ],
)
def test_the_footer_of_a_one_page_pdf_is_furniture(footer: str) -> None:
    layer = _take_furniture([_page([(t, 1.0) for t in _BODY] + [(footer, 3.0)])])
    assert layer.text.splitlines()[:3] == _BODY
    assert [f.kind for f in layer.furniture] == ["page-footer"]
    assert "Page 1 of 1" not in layer.text and "1/1" not in layer.text


@pytest.mark.parametrize(
    "last",
    [
        # Not set apart: the paragraph's own last line, however it ends.
        ("office from 1 January 2032 to 31 December 2036, in annex          1/3", 1.0),
        # One column: text that ends with a figure.
        ("and the ratio decided in paragraph 1/3", 3.0),
        # Long: a paragraph, not a footer.
        ("Decides that the measures " + "shall apply " * 6 + "          1/3", 3.0),
    ],
)
def test_a_last_line_that_is_text_stays(last: tuple[str, float]) -> None:
    layer = _take_furniture([_page([(t, 1.0) for t in _BODY] + [last])])
    assert layer.furniture == []
    assert layer.text.splitlines()[-1] == last[0]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make browser)")
def test_a_one_page_browser_print_loses_its_footer(tmp_path: Path) -> None:
    import resdiff
    from resdiff.read.pdf import parse_pdf

    page = tmp_path / "appointment.html"
    body = "".join(f"<p>{html.escape(line)}</p>" for line in _BODY)
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    draft = parse_pdf(chromium_print(page), path="appointment.pdf")
    assert not any("file:" in c.text or "1/1" in c.text for c in draft.walk()), [
        c.text for c in draft.walk()
    ]
    text = resdiff.parse("\n\n".join(_BODY), format="text")
    counts = resdiff.compare(text, draft).summary.counts
    assert {k: v for k, v in counts.items() if v} == {"unchanged": 2}


# --------------------------------------------------------------------------- notes

_NOTED = (
    "The Security Council,\n\n"
    "Welcoming the report of the Secretary-General on peacebuilding,{cite} and the inputs "
    "of the Peacebuilding Commission,\n\n"
    "1. Decides to remain seized of the matter.\n\n"
    "__________\n\n"
    "{note}\n"
)


def test_a_note_in_square_brackets_is_a_note() -> None:
    # pandoc's plain text of a Word file ("-t plain"): "peace,[1] and" and "[1]
    # A/74/976-S/2020/773." under the rule; the note was read into the last paragraph.
    import resdiff

    draft = resdiff.parse(_NOTED.format(cite="[1]", note="[1] A/74/976-S/2020/773."), format="text")
    assert draft.operative[0].text == "Decides to remain seized of the matter."
    assert [(n.mark, n.text) for n in draft.footnotes] == [("1", "A/74/976-S/2020/773.")]


def test_a_bracketed_paragraph_of_a_negotiation_is_no_note() -> None:
    import resdiff

    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to extend the mandate until 31 March 2032;\n\n"
        "[2. Requests the Secretary-General to report every 90 days;]\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert draft.footnotes == ()


def test_mammoth_footnotes_are_markdown_footnotes() -> None:
    # mammoth's Markdown of a Word file: an anchor and a link cite the note, which is a
    # numbered item with its anchor and a link back; the note was read as an operative
    # paragraph "OP1-2" and the anchor kept in the recital.
    import resdiff

    cite = '<a id="footnote-ref-1"></a>[\\[1\\]](\\#footnote\\-1)'
    note = '1. <a id="footnote-1"></a> A/74/976\\-S/2020/773\\. [↑](\\#footnote\\-ref\\-1)'
    draft = resdiff.parse(_NOTED.format(cite=cite, note=note), format="markdown")
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1"]
    assert "<a" not in draft.preamble[0].text and "footnote" not in draft.preamble[0].text
    assert [(n.mark, n.text) for n in draft.footnotes] == [("1", "A/74/976-S/2020/773.")]
    plain = resdiff.parse(
        _NOTED.format(cite="[^1]", note="[^1]: A/74/976-S/2020/773."), format="markdown"
    )
    counts = resdiff.compare(plain, draft).summary.counts
    assert {k: v for k, v in counts.items() if v} == {"unchanged": 2}
