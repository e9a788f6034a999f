"""PDFs as users get them: a recital wrapped at an opener's word where blank lines part
the recitals, a word's own hyphen at a browser's line end, a compound's second part kept
after its hyphen, and a tracked print's struck opening lines.

Found by ``benchmarks/pdf_layouts.py`` (corpus texts printed by Chromium and LibreOffice;
the made files are not kept). Shown here on made-up texts: as the PDF reader writes a
text layer (its blank lines the gaps it measured between paragraphs, a browser's own
breaks as U+2010), and one page printed by Chromium at test time (skipped, with the
reason, where it is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_fixtures import CHROMIUM, chromium_print

from resdiff.read.text import parse_text

_PREAMBLE = (
    "The Security Council,\n\n"
    "Recalling its previous resolutions on the situation in the region,\n\n"
    "Commending the efforts of the naval forces of the Union and the maritime\n"
    "capacity mission in the region,\n"
    "Combined Maritime Forces' task force, the counter piracy activities of\n"
    "the States in the region,\n\n"
    "Welcoming the readiness of the Government to cooperate,\n\n"
    "Underlining the importance of cooperation between the States,\n\n"
    "Acting under Chapter VII of the Charter of the United Nations,\n\n"
    "1. Decides to renew the authorizations for a further period of months;\n\n"
    "2. Requests the Secretary-General to report to the Council;\n"
)


def _recitals(text: str, **kwargs: bool) -> list[str]:
    return [c.text for c in parse_text(text, **kwargs).preamble]


def test_a_recital_wrapped_at_an_openers_word_reads_whole_where_blank_lines_part_them() -> None:
    # "... in the region," / "Combined Maritime Forces' ...": "Combined" opens recitals,
    # but the PDF reader wrote a blank line at every gap between paragraphs, and none
    # stands before this line: it is the recital going on.
    recitals = _recitals(_PREAMBLE, blank_gaps=True)
    assert len(recitals) == 5
    assert recitals[1].startswith("Commending the efforts")
    assert "region, Combined Maritime Forces' task force" in recitals[1]


def test_without_the_readers_word_a_recitals_opener_after_a_comma_opens_a_recital() -> None:
    # A text copied from a PDF (or typed) may lose its blank lines anywhere: the rule for
    # texts without them holds there, as before.
    assert len(_recitals(_PREAMBLE)) == 6


def test_a_print_without_gaps_between_paragraphs_keeps_the_openers_rule() -> None:
    # No blank line parts the recitals (a print without space between paragraphs): the
    # reader's word says nothing of them, and a recital's opener after a comma opens one.
    text = "\n".join(
        line for line in _PREAMBLE.replace("Combined", "Welcoming").split("\n") if line
    )
    assert len(_recitals(text, blank_gaps=True)) == 6


def test_a_word_hyphen_at_a_browsers_line_end_is_kept() -> None:
    # Chromium prints its own breaks with U+2010 and a word's own hyphen as written: the
    # ASCII hyphen at a line end is the word's, whatever the text writes elsewhere
    # ("peacekeeping" twice) or the word lists say.
    text = (
        "The Security Council,\n\n"
        "Recalling the peacekeeping operations and the implemen\u2010\n"
        "tation of their mandates,\n\n"
        "1. Requests the Secretary-General to instruct peace-\n"
        "keeping operations to provide support, in cooper\u2010\n"
        "ation with the peacekeeping missions in the region;\n"
    )
    texts = [c.text for c in parse_text(text).operative]
    assert texts == [
        "Requests the Secretary-General to instruct peace-keeping operations to provide "
        "support, in cooperation with the peacekeeping missions in the region;"
    ]
    # One U+2010 alone may be a word its author wrote so: no browser's breaks, and the
    # evidence of the text decides as before.
    single = text.replace("cooper\u2010\nation", "cooperation")
    assert "instruct peacekeeping operations" in parse_text(single).operative[0].text


def test_peacekeeping_intelligence_keeps_its_hyphen_at_a_line_end() -> None:
    # "intelligence" is the second part of a compound (``hyphens.toml``'s [keep] second),
    # not an ending a typesetter breaks off.
    text = (
        "The Security Council,\n\n"
        "1. Requests the Mission to improve its peacekeeping-\n"
        "intelligence and analysis capacities;\n"
    )
    assert parse_text(text).operative[0].text == (
        "Requests the Mission to improve its peacekeeping-intelligence and analysis capacities;"
    )


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_printed_recital_wrapped_at_an_openers_word_reads_whole(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from resdiff.read.pdf import parse_pdf

    paragraphs = [p for p in _PREAMBLE.split("\n\n") if p.strip()]
    # Each printed line as written: a line break within the paragraph (no gap), a
    # paragraph's margin between paragraphs.
    body = "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)
    page = tmp_path / "recitals.html"
    page.write_text(
        "<html><head><style>body{font:12pt serif;width:7cm}p{margin:0 0 12pt 0}</style></head>"
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )
    draft = parse_pdf(chromium_print(page))
    assert len(draft.preamble) == 5
    assert "region, Combined Maritime Forces' task force" in draft.preamble[1].text


def test_a_paragraph_whose_struck_opening_lines_go_keeps_its_gap() -> None:
    # A draft printed with its tracked changes by LibreOffice: a recital's opening words
    # struck over two lines and more ("Taking due note of ..., stressing" ->
    # "Stressing"). The proposal's paragraph opens on the third printed line, at the
    # wrapped lines' margin and a line's pitch below the struck line: it was read into
    # the recital above (S/RES/2591 printed over S/RES/2539, pdf_layouts.py --tracked).
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from pdf_fixtures import convert_files

    import resdiff
    from resdiff.testing.wordfile.draft import draft_to_docx

    opening = (
        "Taking due note of the approval by the Government of the region of an economic "
        "plan as well as of its decision to request a programme of the international "
        "financial institutions, stressing"
    )
    recital = (
        "Recalling its previous resolutions and the statements of its President on the "
        "situation in the region, and stressing the importance of inclusive politics, "
        "reconciliation and the protection of civilians in the {} of the region,\n\n"
    )
    old = (
        "The Security Council,\n\n"
        + "".join(recital.format(part) for part in ("north", "south", "east", "west"))
        + f"{opening} the urgent need for the authorities to respond to the aspirations of "
        "the people by implementing meaningful economic reforms,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    new = old.replace(f"{opening} the urgent", "Stressing the urgent")
    old_draft, new_draft = resdiff.parse(old), resdiff.parse(new)
    data = convert_files({"tracked.docx": draft_to_docx(new_draft, tracked=old_draft)})["tracked"]
    proposal = resdiff.parse(data, format="pdf")
    assert [c.text for c in proposal.preamble] == [c.text for c in new_draft.preamble]
    original = resdiff.parse(data, format="pdf", version="original")
    assert [c.text for c in original.preamble] == [c.text for c in old_draft.preamble]


_BROWSER_PRINT = (
    "The Security Council,\n\n"
    "Recalling its resolutions on the situ\u2010\n"
    "ation in the re\u2010\n"
    "gion and the support of the troop-\n"
    "and police-contributing countries to small-\n"
    "or medium-sized enterprises,\n\n"
    "1. Decides to renew the man\u2010\n"
    "date of the Mission;\n"
)


def test_a_suspended_hyphen_at_a_browsers_line_end_keeps_its_space() -> None:
    # "troop- and police-contributing" broken after "troop-": the hyphen is the word's
    # own, and the word it waits for comes after "and" (a suspended hyphen), not glued.
    recital = parse_text(_BROWSER_PRINT).preamble[0].text
    assert "the troop- and police-contributing countries to small- or medium-sized" in recital
    # A compound whose next part is "and-..." is no suspended hyphen.
    glued = parse_text(_BROWSER_PRINT.replace("troop-\nand police", "cat-\nand-mouse police"))
    assert "cat-and-mouse police" in glued.preamble[0].text


def test_a_control_character_of_the_text_is_no_kept_hyphen_mark() -> None:
    # The reader marks a word's own hyphen at a browser's line end for the join; a
    # control character the text itself holds (U+0001, kept as any character of the
    # text) is neither taken for that mark nor taken out.
    text = _BROWSER_PRINT.replace("troop-\nand", "troop\x01\nand").replace("Mission", "Mis\x01sion")
    draft = parse_text(text)
    assert "troop\x01 and police-contributing" in draft.preamble[0].text
    assert draft.operative[0].text == "Decides to renew the mandate of the Mis\x01sion;"
    # Without a browser's breaks, as with them.
    plain = parse_text(text.replace("\u2010\n", "-\n"))
    assert "troop\x01 and police-contributing" in plain.preamble[0].text


def test_the_kept_hyphens_mark_is_in_no_text_the_draft_gives() -> None:
    # A masthead's title wrapped at a word's own hyphen in a browser's print: the line is
    # given as printed, without the reader's mark of the hyphen (which is for the join).
    text = (
        "United Nations S/RES/9999 (2022)\n"
        "Security Council Distr.: General\n\n"
        "Resolution 9999 (2022) on the peace-\n"
        "keeping operations in the region\n\n" + _BROWSER_PRINT
    )
    draft = parse_text(text)
    assert "Resolution 9999 (2022) on the peace-" in draft.masthead
    assert "\u200b" not in draft.model_dump_json()
