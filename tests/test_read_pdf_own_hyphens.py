"""A word's own hyphen at a line's end in a print whose producer draws the hyphens of its
own breaks apart (formats24).

LibreOffice draws the hyphen of a word it breaks ("interna-" / "tional") as a text
object of its own, and a hyphen the word is written with ("sub-" / "regional") with the
letters before it; PDFium reports both as its line-end hyphen. Where a document holds a
line-end hyphen drawn apart, the PDF reader writes one drawn with its letters as "-" and
a zero-width space, and the text reader keeps it whatever the word lists say (they close
"sub-" up: "subregional"). Shown on made-up texts: the text layer as the PDF reader
writes it, glyphs laid out by hand, and a page printed by LibreOffice at test time
(skipped, with the reason, where it is absent).
"""

from __future__ import annotations

import dataclasses

from pdf_fixtures import document_from_lines, pdf_bytes

from resdiff.read.common import normalize_space
from resdiff.read.pdf import _NO_SPACE, _SPACE, _Glyph, _layout, _rows, parse_pdf, pdf_text
from resdiff.read.text import parse_text
from resdiff.read.text.hyphens import own_hyphens_marked

_TEXT = (
    "The Security Council,\n\n"
    "Recalling its previous resolutions,\n\n"
    "1. Calls upon the regional and sub-{mark}\n"
    "regional organizations to cooperate with the interna-\n"
    "tional community;\n"
)


def test_a_hyphen_the_text_says_is_the_words_own_is_kept_at_a_line_end() -> None:
    # "sub-" closes up by the word lists ("subregional", the Organization's commoner
    # form); with the reader's zero-width space after it, it is the word's own.
    with own_hyphens_marked():
        kept = parse_text(_TEXT.format(mark="\u200b")).operative[0].text
    assert kept == (
        "Calls upon the regional and sub-regional organizations to cooperate with the "
        "international community;"
    )
    assert (
        parse_text(_TEXT.format(mark=""))
        .operative[0]
        .text.startswith("Calls upon the regional and subregional organizations")
    )


def test_the_mark_is_taken_only_at_a_line_end_and_never_given() -> None:
    # Inside a line the zero-width space is folded away, as before; a text holding the
    # control character the mark is made of is not marked at all (it would be forged).
    with own_hyphens_marked():
        inline = parse_text(
            _TEXT.format(mark="\u200b").replace("sub-\u200b\nregional", "sub-\u200bregional")
        )
        forged = parse_text(_TEXT.format(mark="\u200b").replace("Recalling", "Recal\x01ling"))
        assert "\u200b" not in parse_text(_TEXT.format(mark="\u200b")).model_dump_json()
    assert "sub-regional organizations" in inline.operative[0].text
    assert "subregional organizations" in forged.operative[0].text


def test_a_users_zero_width_space_after_a_line_end_hyphen_is_no_mark() -> None:
    # Only the PDF reader's own text carries the mark (review formats24): a text a user
    # gives, which may hold zero-width spaces (a web page's break hints), reads as it
    # did before the mark existed, the character folded away and the word lists asked.
    assert "subregional organizations" in parse_text(_TEXT.format(mark="\u200b")).operative[0].text
    draft = parse_text(_TEXT.format(mark="\u200b"), path="pasted.txt")
    assert draft == parse_text(_TEXT.format(mark=""), path="pasted.txt")


def _line(text: str, y: float, hyphen: int = 0) -> list[_Glyph]:
    out = []
    x, before = 100.0, _NO_SPACE
    for char in text:
        if char == " ":
            x, before = x + 5, _SPACE
            continue
        out.append(_Glyph(char, x, x + 5, y, y + 10, before))
        x, before = x + 5, _NO_SPACE
    out[-1].hyphen = hyphen
    return out


def test_a_hyphen_drawn_with_its_letters_is_the_words_own_where_breaks_are_drawn_apart() -> None:
    from resdiff.read.pdf.glyphs import _APART_HYPHEN, _OWN_HYPHEN

    lines = [
        _line("the regional and sub-", 500, _OWN_HYPHEN),
        _line("regional with the interna-", 486, _APART_HYPHEN),
        _line("tional community", 472),
    ]
    texts = [line.text for line in _layout([_rows([g for line in lines for g in line])])[0]]
    assert texts == [
        "the regional and sub-\u200b",
        "regional with the interna-",
        "tional community",
    ]
    # No hyphen of the document drawn apart: a producer that may draw its own breaks'
    # hyphens with the letters, so the word lists decide, as before.
    lines[1][-1].hyphen = _OWN_HYPHEN
    texts = [line.text for line in _layout([_rows([g for line in lines for g in line])])[0]]
    assert texts[0] == "the regional and sub-"


#: Compounds the word lists close up at a line-end hyphen ("subregional", "peacekeeping":
#: the Organization's commoner forms), each written once, hyphenated, so that the text
#: itself is no evidence either way.
_HYPHENATED = (
    "the sub-regional, sub-national and peace-keeping bodies, the cease-fire and the "
    "land-mine task-force, the data-base and the frame-work of over-sight and out-reach, "
    "the time-line of the sub-committee and the stake-holders' inter-agency partner-ship"
)


def _long_words(seed: int) -> str:
    """Long words among short ones, in an order that changes with ``seed``: LibreOffice
    breaks some of them at their soft hyphens."""
    long = ["accountability", "demobilization", "implementation", "reconciliation"]
    short = ["the", "and", "its", "of", "all", "new"]
    return " ".join(f"{short[(seed + j) % 6]} {long[(seed * j + j) % 4]}" for j in range(40))


def test_libreoffices_breaks_and_a_words_own_hyphen_at_line_ends() -> None:
    # Every long word given soft hyphens (LibreOffice breaks some of them with a hyphen
    # drawn apart: in each document, in its second paragraph), and the compounds above
    # at a line's end somewhere: each reads as written.
    pool = ["all", "its", "the", "each", "such", "and", "new"]
    documents, bodies = {}, {}
    for k in range(6):
        said = " ".join(pool[(k * j + j) % len(pool)] for j in range(2 * k))
        body = [
            ("formula", "", "The Security Council,"),
            ("pp", "", "Recalling its resolutions,"),
            ("op", "1.", f"Calls upon {said} {_HYPHENATED};"),
            ("op", "2.", f"Requests {_long_words(k)};"),
        ]
        document = document_from_lines(
            symbol=f"S/RES/999{k} (2021)",
            job="21-10478",
            date="8 July 2021",
            title=[f"Resolution 999{k} (2021)"],
            body=body,
        )
        documents[f"doc{k}"] = dataclasses.replace(document, hyphenate=1.0)
        bodies[f"doc{k}"] = body
    kept = apart = 0
    for name, pdf in pdf_bytes(documents).items():
        layer = pdf_text(pdf, path=name)
        ends = [line.rstrip() for line in layer.text.splitlines()]
        # The public text shows each hyphen as printed, no mark (formats25); the lines of
        # the words' own are recorded.
        assert "\u200b" not in layer.text
        assert all(ends[number - 1].endswith("-") for number in layer.own_hyphens)
        kept += len(layer.own_hyphens)
        apart += sum(line.endswith("-") for line in ends) - len(layer.own_hyphens)
        draft = parse_pdf(pdf, path=name)
        want = [normalize_space(text) for kind, _, text in bodies[name] if kind == "op"]
        assert [normalize_space(c.text) for c in draft.operative] == want, name
    # The prints hold both kinds of line end (else the test shows nothing).
    assert kept >= 3 and apart >= 3, (kept, apart)


def test_a_notes_own_hyphen_at_a_line_end_is_kept_and_the_public_text_has_no_mark() -> None:
    # A footnote at the foot of the page (LibreOffice's own), its compounds written once
    # each, hyphenated, so one of them ends a line in each document; long words in the
    # body give the print breaks of its own (drawn apart). The note's lines were cleaned
    # of the mark before they were joined, so the word lists closed the compound up
    # ("subcommittee", "landmine", "timeline", "ceasefire", "outreach"; formats25).
    from pdf_fixtures import convert, fodt

    pool = ["all", "its", "the", "each", "such", "and", "new"]
    sources, notes = {}, {}
    for k in range(6):
        said = " ".join(pool[(k * j + j) % len(pool)] for j in range(2 * k))
        body = [
            ("formula", "", "The Security Council,"),
            ("pp", "", "Recalling its resolutions@@,"),
            ("op", "1.", f"Requests {_long_words(k)};"),
        ]
        document = document_from_lines(
            symbol=f"S/RES/999{k} (2021)",
            job="21-10478",
            date="8 July 2021",
            title=[f"Resolution 999{k} (2021)"],
            body=body,
        )
        notes[f"doc{k}"] = f"See {said} {_HYPHENATED}."
        text = fodt(dataclasses.replace(document, hyphenate=1.0))
        assert "@@" in text
        sources[f"doc{k}"] = text.replace(
            "@@",
            '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p text:style-name="Note">'
            f"{notes[f'doc{k}']}</text:p></text:note-body></text:note>",
        )
    ends = 0
    for name, pdf in convert(sources).items():
        layer = pdf_text(pdf, path=name)
        assert [note.mark for note in layer.footnotes] == ["1"], name
        note = layer.footnotes[0]
        assert not any("\u200b" in line for line in note.lines)
        ends += len(note.own_hyphens)
        draft = parse_pdf(pdf, path=name)
        assert [normalize_space(n.text) for n in draft.footnotes] == [normalize_space(notes[name])]
    assert ends >= 3, ends  # compounds did end the notes' lines
