"""Failures found by the fuzzing campaign (``benchmarks/fuzz.py``), each with the smallest
input that shows it.

A failure fixed here is an ordinary test. A failure in a part another branch is fixing is
a strict ``xfail`` naming that branch, so that it flips loudly once merged; one that no
branch fixes yet says so in its reason.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile

import pytest
from pdf_fixtures import one_page_pdf

import resdiff
from resdiff.errors import ResdiffError
from resdiff.model import Comparison, Draft
from resdiff.read import load
from resdiff.render import render_docx

pytest.importorskip("pypdfium2")


def _page_of(stream: bytes) -> bytes:
    """A one-page PDF in Helvetica whose content stream is ``stream``."""
    return one_page_pdf(stream)


# --------------------------------------------------------------------------- fixed here


def test_a_pdf_whose_page_is_not_a_page_object_is_refused_as_corrupt() -> None:
    # Found as pypdfium2's PdfiumError "Failed to load page." escaping from pdf_text.
    data = (
        b"%PDF-\n1 0 obj<</Pages 2 0 R >>\n2 0 obj\n<< /Type /Pages >>\ntrailer\n<< /Root 1 0 R >>"
    )
    with pytest.raises(ResdiffError, match=r"corrupt PDF: cannot load page 1 of 1"):
        load(data, path="broken.pdf")


def test_a_glyph_placed_far_off_the_page_does_not_become_megabytes_of_spaces() -> None:
    # Found as a 2 KB PDF taking minutes: a gap of 10^8 points was written as 22 million
    # spaces between two words.
    from resdiff.read.pdf import pdf_text

    data = _page_of(
        b"BT /F1 10 Tf 50 780 Td (The Security Council,) Tj 0 -24 Td (1.) Tj "
        b"100000000 0 Td (Decides to act.) Tj ET"
    )
    text = pdf_text(data).text
    assert max(len(line) for line in text.splitlines()) < 300
    assert "Decidestoact." in text.replace(" ", "")


def test_a_line_indented_far_off_the_page_keeps_a_bounded_indent() -> None:
    from resdiff.read.pdf import pdf_text

    data = _page_of(
        b"BT /F1 10 Tf 50 780 Td (The Security Council,) Tj 0 -24 Td (1. Decides to act.) Tj "
        b"100000000 -12 Td (x) Tj ET"
    )
    text = pdf_text(data).text
    assert max(len(line) for line in text.splitlines()) < 300
    assert text.split()[-1] == "x"


def test_a_word_package_of_an_unknown_zip_version_is_refused_clearly() -> None:
    # Found as zipfile's NotImplementedError ("zip file version 14.3") escaping the reader:
    # one flipped byte in the central directory of a .docx.
    pytest.importorskip("lxml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(out.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6 : central + 8] = (143).to_bytes(2, "little")  # version needed: 14.3
    with pytest.raises(ResdiffError, match="a ZIP file Python cannot read"):
        load(bytes(data), path="flipped.docx")


# ------------------------------------------------ found here, fixed on the robust branch


def test_a_lone_surrogate_in_text_is_a_clear_error_or_is_read() -> None:
    # Smallest input found: three characters of Markdown holding U+D800.
    with contextlib.suppress(ResdiffError):
        resdiff.parse("1.\ud800", format="markdown", analyze=False)


def test_outline_of_the_smallest_deep_draft_found() -> None:
    text = "(a)\n(a)\n(a)\n(a)\n(a)x\n  (a) x\n    (a) x\n- th"
    draft = load(text, format="markdown")
    assert draft.outline()


def _refs(draft: Draft) -> list[str]:
    return [c.ref for c in draft.walk()]


@pytest.mark.parametrize(
    "text", ["o;\nii. ;\nii. t", "5;\n(3)\n(3)", "n:\n(2)r\n(2)"], ids=["ii.", "(3)", "(2)"]
)
def test_two_sub_paragraphs_with_one_label_get_two_refs(text: str) -> None:
    refs = _refs(load(text, format="text"))
    assert len(refs) == len(set(refs)), refs


def test_two_akn_points_with_one_label_get_two_refs() -> None:
    point = "<list><point><num>(a)</num><content><p>x;</p></content></point></list>"
    xml = (
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        '<statement name="resolution"><preamble><formula name="enactingFormula">'
        "<p>The Security Council,</p></formula></preamble><mainBody><paragraph>"
        f"<num>1.</num><intro><p>Decides:</p></intro>{point}{point}</paragraph></mainBody>"
        "</statement></akomaNtoso>"
    )
    refs = _refs(load(xml, format="akn"))
    assert refs == ["OP1", "OP1(a)", "OP1(a)-2"]


# --------------------------------------------------------------------------- Word report
# Found by the render target: accept-all and reject-all of the Word report must give the
# new and the old draft.


def _letters(draft: Draft) -> list[str]:
    texts = [c.text for c in draft.walk()] + [h.text for h in draft.headings]
    return sorted(ch for text in texts for ch in text if ch.isalnum())


def test_the_word_report_of_an_unnumbered_paragraph_rejects_to_the_old_words() -> None:
    # Found as "1." written before an operative paragraph read without a number: read
    # back, it joined the unfinished preambular paragraph before it, the number as words.
    old = load("il sale moratorium international assets the\n\nM", format="text")
    new = load("r", format="text")
    report = render_docx(resdiff.compare(old, new))
    assert _letters(load(report, format="docx", version="original")) == _letters(old)


def test_the_word_report_accepts_to_paragraphs_numbered_out_of_order() -> None:
    # Found as accept-all giving OP2 before OP3: the report ordered clauses by number.
    old = load("5.", format="text")
    new = load("3.\n2.", format="text")
    report = render_docx(resdiff.compare(old, new))
    accepted = load(report, format="docx", version="accepted")
    assert _refs(accepted) == _refs(new) == ["OP3", "OP2"]


def test_the_word_report_keeps_a_heading_of_the_drafts() -> None:
    # Found as accept-all and reject-all losing "Political process": the comparison kept
    # only the headings added or dropped, with no place, so the report wrote none.
    text = "The Security Council,\n\nRecalling x,\n\nPolitical process\n\n1. Decides to act.\n"
    draft = load(text, format="text")
    assert [h.text for h in draft.headings] == ["Political process"]
    report = render_docx(resdiff.compare(draft, draft))
    for version in ("original", "accepted"):
        read = load(report, format="docx", version=version)
        assert [h.text for h in read.headings] == ["Political process"], version


def test_a_heading_before_an_item_of_a_recital_stands_before_that_item() -> None:
    # Found by fuzz.py --seed 1601 (render, input of 23 bytes): a short line between the
    # items of a recital's list was a heading of the preamble before no clause; the Word
    # report put it after the last item, and accept-all read it as that item's text.
    new = load("Ezing,\n(1)0\n\nS\n\n(2)", format="text")
    assert [(h.text, h.section, h.before) for h in new.headings] == [("S", "preamble", "PP1(2)")]
    report = render_docx(resdiff.compare(load("e", format="text"), new))
    accepted = load(report, format="docx", version="accepted")
    assert [(c.ref, c.text) for c in accepted.walk()] == [(c.ref, c.text) for c in new.walk()]
    assert [h.text for h in accepted.headings] == ["S"]


def test_the_word_report_of_a_paragraph_that_is_a_symbol_reads_back() -> None:
    # Found as "no paragraphs found": the reader took the report's first clause for a
    # masthead line.
    old = load("e", format="text")
    new = load("_\nS/PRST/2021/5,", format="text")
    assert [c.text for c in new.walk()] == ["S/PRST/2021/5,"]
    report = render_docx(resdiff.compare(old, new))
    assert [c.text for c in load(report, format="docx").walk()] == ["S/PRST/2021/5,"]


@pytest.mark.parametrize("version", ["original", "accepted"])
def test_the_word_report_keeps_a_fourth_level_label_as_printed(version: str) -> None:
    # "ii." under "(a)" is a fourth-level label; written back as "(ii)" it was read as a
    # second-level one, a sibling of "(a)" (OP1(ii) instead of OP1(a)(ii)).
    draft = load("1. Decides:\n(a) x;\nii. y;\niii. z.", format="text")
    assert _refs(draft) == ["OP1", "OP1(a)", "OP1(a)(ii)", "OP1(a)(iii)"]
    read = load(render_docx(resdiff.compare(draft, draft)), format="docx", version=version)
    assert [(c.ref, c.label) for c in read.walk()] == [(c.ref, c.label) for c in draft.walk()]


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        ("x", "e situation peace immediately Panel sale,9\n\nS"),
        ("tional possible sale ballistic mameasures\n\n999.", "m"),
    ],
    ids=["accept-all", "reject-all"],
)
def test_the_word_report_of_a_clause_that_does_not_end_a_unit_reads_back(
    old_text: str, new_text: str
) -> None:
    # Found as a clause joined onto the one before it: the Word reader took the report's
    # paragraphs for the printed lines of a pasted text, the first not ending a unit.
    old, new = load(old_text, format="text"), load(new_text, format="text")
    report = render_docx(resdiff.compare(old, new))
    for version, draft in (("original", old), ("accepted", new)):
        read = load(report, format="docx", version=version)
        assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in draft.walk()]


def test_the_word_report_of_a_clause_that_reads_as_a_formula_reads_back() -> None:
    # Found as a preambular paragraph "The Security Council," (after the General
    # Assembly's formula) read back from the report as its enacting formula: a report
    # without a formula of its own is read as clauses only. (A formula after the first is
    # now a part's own, a heading, as "B" / "The General Assembly," in a resolution in
    # parts: it reads back as the heading it is.)
    new = load(
        "The General Assembly,\n\nThe Security Council,\n\n1. Decides to act.", format="text"
    )
    assert [c.text for c in new.walk()] == ["Decides to act."]
    assert [(h.text, h.before) for h in new.headings] == [("The Security Council,", "OP1")]
    report = render_docx(resdiff.compare(load("e", format="text"), new))
    read = load(report, format="docx")
    assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in new.walk()]
    assert [(h.text, h.before) for h in read.headings] == [("The Security Council,", "OP1")]
    assert read.enacting_formula is None


# A resdiff report is read from the structure it wrote (clause styles, clause-label runs,
# a hidden bookmark naming each draft's ref, the drafts' kinds as document properties),
# not from its words' layout: each of these read otherwise through the text reader.
_REPORT_LAYOUT_CASES = {
    # A clause of three short lines was a preambular paragraph in the draft, but the
    # same words in one report paragraph ("C l 1999") read as a heading.
    "lines-read-as-a-heading": ("e", "C\nl\n1999\n\n0000"),
    "spaced-number-read-as-a-heading": ("t", "S\nD\n1 6\n\nB"),
    # "8Ad i" after a formula gave "no paragraphs found".
    "no-paragraphs-found": ("e", "8Ad\n\ni"),
    # A presidential statement's paragraphs came back as preambular ones.
    "statement-rejected": ("S/PRST/2021/5\ng\n\nS", "s"),
    "statement-with-a-comma": ("S/PRST/2021/5\nDely c,", "9,"),
    # Two sub-paragraphs labelled alike: the second keeps its own ref.
    "repeated-label": ("e", "e;\n(4)\n(4)"),
}


@pytest.mark.parametrize(
    ("old_text", "new_text"), _REPORT_LAYOUT_CASES.values(), ids=_REPORT_LAYOUT_CASES.keys()
)
def test_the_word_report_reads_back_as_its_two_drafts_whatever_their_layout(
    old_text: str, new_text: str
) -> None:
    old, new = load(old_text, format="text"), load(new_text, format="text")
    report = render_docx(resdiff.compare(old, new))
    for version, draft in (("original", old), ("accepted", new)):
        read = load(report, format="docx", version=version)
        assert [(c.ref, c.section, c.label, c.text) for c in read.walk()] == [
            (c.ref, c.section, c.label, c.text) for c in draft.walk()
        ], version
        assert read.kind == draft.kind, version
        assert _letters(read) == _letters(draft), version


@pytest.mark.parametrize("version", ["original", "accepted"])
def test_the_word_report_keeps_sub_paragraphs_deeper_than_its_styles(version: str) -> None:
    # The report has paragraph styles for three levels; the fourth and fifth are written
    # in the third's, and their refs say where they stand.
    text = "1. Decides:\n(a) x:\n(i) y:\na. z:\ni. w;\nii. v;\n(b) u."
    draft = load(text, format="text")
    assert max(len(c.ref.split("(")) for c in draft.walk()) == 5
    read = load(render_docx(resdiff.compare(draft, draft)), format="docx", version=version)
    assert [(c.ref, c.label, c.text) for c in read.walk()] == [
        (c.ref, c.label, c.text) for c in draft.walk()
    ]


def test_a_word_report_without_its_refs_is_read_through_the_text_reader() -> None:
    # A report whose bookmarks were removed (edited by hand, or by another program) is
    # read as any Word document: from its words, as before.
    old = load("The Security Council,\n\nRecalling x,\n\n1. Decides y.", format="text")
    new = load("The Security Council,\n\nRecalling x,\n\n1. Decides z.", format="text")
    report = render_docx(resdiff.compare(old, new))
    source = io.BytesIO(report)
    stripped = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(stripped, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                assert "w:bookmarkStart" in text
                while (start := text.find("<w:bookmarkStart")) >= 0:
                    text = text[:start] + text[text.index("/>", start) + 2 :]
                data = text.encode()
            zout.writestr(item, data)
    read = load(stripped.getvalue(), format="docx", version="accepted")
    assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in new.walk()]
    assert read.kind is None  # the text path knows no kind; the report's own path does


def test_the_word_report_rejects_a_merge_across_the_preamble_to_the_old_order() -> None:
    # Found as reject-all giving OP10 before OP9: the part of a merge that stands apart
    # (OP10, merged with PP1) was placed as a preambular paragraph, the merge's first
    # part's section, and so before the dropped OP9.
    old = load(
        "international of assets ballistic mandate co-operation access;\n\n9. ;\n\n"
        "10. Demands sale launches.",
        format="text",
    )
    new = load(
        "1. Welcomes and S/2024/309 international of assets ballistic mandate co-operation "
        "access; Demands sale launches missile ballistic immediately.",
        format="text",
    )
    cmp = resdiff.compare(old, new)
    assert [(c.old, c.new) for c in cmp.changes if c.kind != "dropped"] == [
        (("PP1", "OP10"), ("OP1",))
    ]
    read = load(render_docx(cmp), format="docx", version="original")
    assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in old.walk()]


@pytest.mark.parametrize("edit", ["kept", "reworded", "dropped"])
def test_the_word_report_keeps_a_heading_among_sub_paragraphs_in_its_place(edit: str) -> None:
    # A heading between (a) and (b) was written, and read back, before their paragraph.
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Decides:\n\n(a) to act;\n\nMonitoring\n\n"
        "(b) to report;\n\n2. Requests z."
    )
    old = load(text, format="text")
    new_text = {
        "kept": text,
        "reworded": text.replace("to act", "to act now"),
        "dropped": text.replace("Monitoring\n\n", ""),
    }[edit]
    new = load(new_text, format="text")
    assert [(h.text, h.before) for h in old.headings] == [("Monitoring", "OP1(b)")]
    report = render_docx(resdiff.compare(old, new))
    for version, draft in (("original", old), ("accepted", new)):
        read = load(report, format="docx", version=version)
        assert [(h.text, h.section, h.before) for h in read.headings] == [
            (h.text, h.section, h.before) for h in draft.headings
        ], version
        assert [(c.ref, c.heading) for c in read.walk()] == [
            (c.ref, c.heading) for c in draft.walk()
        ], version


@pytest.mark.parametrize("version", ["original", "accepted"])
def test_the_word_report_keeps_bullets_nested_eight_deep(version: str) -> None:
    # Found as accept-all reading OP2(1)(1)... as OP2(2), OP2(3)...: the bookmarks of the
    # deepest refs passed Word's 40 characters, so the report was read by the text reader.
    bullets = "".join(f"{'  ' * k}- x\n" for k in range(8))
    old = load("1. Decides:\n\n2. Takes note:\n\n3. Ends.", format="text")
    new = load(f"1. Decides:\n\n2. Takes note:\n{bullets}\n3. Ends.", format="text")
    assert max(len(c.ref) for c in new.walk()) == len("OP2" + "(1)" * 8)
    read = load(render_docx(resdiff.compare(old, new)), format="docx", version=version)
    draft = old if version == "original" else new
    assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in draft.walk()]


def test_the_word_report_shows_a_control_character_as_its_picture() -> None:
    # Found as accept-all reading "_____[2J" for "_____\x1b[2J": XML cannot hold ESC, and
    # the report dropped it unseen. It is now written as its control picture.
    old = load("The Security Council,\n\n1. Decides to act.\n", format="text")
    new = load("The Security Council,\n\n1. Decides to act \x1b[2J now.\n", format="text")
    assert "\x1b" in new.operative[0].text
    report = render_docx(resdiff.compare(old, new))
    accepted = load(report, format="docx", version="accepted")
    assert accepted.operative[0].text == new.operative[0].text.replace("\x1b", "\u241b")


# A split or merge whose parts have sub-paragraphs was written a paragraph per part, the
# sub-paragraphs' labels and words run into it: neither version read back with them.
_SPLIT_SUB_PARAGRAPH_CASES = {
    # Two paragraphs with items merged, the items relabelled ("(a)" → "i.").
    "merge-relabelled-items": (
        "1. Invites the Panel to:\n(a) report on arms;\n(b) report on assets;\n\n"
        "2. Requests the Secretary-General to act.",
        "1. Invites the Panel to:\ni. report on arms;\nii. report on assets; Requests the "
        "Secretary-General to act.",
    ),
    # Two dash items merged into one whose second item stays a dash under it.
    "merge-into-a-dash-item": (
        "– Panel report programme\n– Secretary-General prevent",
        "(1)Panel report programme\n– Secretary-General prevent",
    ),
    # A sub-paragraph split in two, the first part gaining an item of its own.
    "split-sub-paragraph-with-an-item": (
        ",2\n(1)Calls upon Experts\nDeplores S/309",
        "x.\n(1)Calls upon Experts\n(i)\n(3)Deplores S/309",
    ),
    # A preambular and an operative paragraph merged into one whose words are a dash item.
    "merge-across-the-preamble-into-an-item": (
        "implement its resolutions;\n4. a result violations",
        "3.\n- implement its resolutions a result violations",
    ),
    # The old item's label "(1)" cut by the new paragraph break: kept "(" ... ")" around
    # the inserted break read "(1" as the label and ")" as words.
    "label-cut-by-the-part-break": (
        "Mindful funds,2\n(1)Experts co-operation",
        "Mindful funds,2\n\n)Experts co-operation",
    ),
    # The old item's label "i." opens the new paragraph's words ("i as"): the kept "i",
    # written as a label, read back as the new paragraph's label.
    "label-kept-as-words": (
        "2017)peace as:\ni. arms Committee",
        "2017“peace as:\n  i as Committee",
    ),
}


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    _SPLIT_SUB_PARAGRAPH_CASES.values(),
    ids=_SPLIT_SUB_PARAGRAPH_CASES.keys(),
)
def test_the_word_report_keeps_the_sub_paragraphs_of_a_split_or_merge(
    old_text: str, new_text: str
) -> None:
    old, new = load(old_text, format="text"), load(new_text, format="text")
    cmp = resdiff.compare(old, new)
    assert any(c.old_starts for change in cmp.changes for c in change.walk())
    report = render_docx(cmp)
    for version, draft in (("original", old), ("accepted", new)):
        read = load(report, format="docx", version=version)
        assert [(c.ref, c.section, c.label, c.text) for c in read.walk()] == [
            (c.ref, c.section, c.label, c.text) for c in draft.walk()
        ], version
        assert _letters(read) == _letters(draft), version


def test_a_comparison_of_version_2_renders_a_split_with_its_sub_paragraphs_inline() -> None:
    # A document written before the clause starts were kept reads, and its Word report
    # writes each part of a split as one paragraph, as version 2 did.
    old_text, new_text = _SPLIT_SUB_PARAGRAPH_CASES["merge-relabelled-items"]
    cmp = resdiff.compare(load(old_text, format="text"), load(new_text, format="text"))
    data = json.loads(cmp.model_dump_json())
    data["schema"] = "resdiff.comparison/2"
    for change in data["changes"]:
        del change["old_starts"], change["new_starts"]
    read = Comparison.model_validate(data)
    assert read.schema_ == "resdiff.comparison/10"
    (merge,) = [c for c in read.changes if len(c.old) > 1]
    assert merge.old_starts == () and merge.redline == cmp.changes[0].redline
    accepted = load(render_docx(read), format="docx", version="accepted")
    assert [c.ref for c in accepted.walk()] == ["OP1"]


def test_a_printed_label_that_repeats_an_unlabelled_items_number_gets_its_own_ref() -> None:
    # Found in the Word reader by the campaign of 1 December (seed 1201): unlabelled items
    # are numbered by their place ("OP1(1)", "OP1(2)"), and a printed "(1)" beside them
    # under the same parent (here at the depth cap, where everything hangs flat) took
    # "OP1(1)" again. Two clauses must never share a ref.
    body = "\n\n".join(
        ["Decides further that all States shall:"] * 10
        + [
            "Prevent the operation of offices;",
            "Take all appropriate steps;",
            "(1) To consider applications;",
            "(2) Calls upon all States;",
        ]
    )
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Decides that all States shall:\n\n"
        f"{body}\n\n2. Decides to remain seized of the matter.\n"
    )
    refs = [c.ref for c in resdiff.parse(text).walk()]
    assert len(refs) == len(set(refs))
    assert any(r.endswith("(1)-2") for r in refs)


def _walk(draft: Draft) -> list[tuple[str, str | None, str]]:
    return [(c.ref, c.label, c.text) for c in draft.walk()]


def test_a_written_word_file_holds_a_clause_that_is_only_a_number() -> None:
    # Found by fuzz.py --seed 1701 (docx): "1." alone is a clause of the text reader, but
    # Word readers skip an empty numbered paragraph, so the package did not read back. The
    # writer types such a label; tracked, the typed label changes as a word.
    from resdiff.testing.wordfile import draft_to_docx

    for text, tracked in (
        ("1.\n", None),
        (
            "The Security Council,\n\n1. Decides x.\n\n2.\n\n3. Urges y.\n",
            "The Security Council,\n\n1.\n\n2. Urges y.\n",
        ),
    ):
        new = load(text, format="text")
        old = load(tracked, format="text") if tracked else new
        data = draft_to_docx(new, tracked=old if tracked else None)
        assert _walk(load(data, format="docx")) == _walk(new)
        assert _walk(load(data, format="docx", version="original")) == _walk(old)


@pytest.mark.parametrize(
    "text",
    [
        # fuzz.py --seed 35, input 86068 (docx, tracked): the original held
        # "(1)" / "(1)" / "(1) Strongly condemns freeze:"; read back, one "(1)" was gone.
        "(1) \n(1) \n(1) Condemns;\n",
        # The same with the operative list's own labels: "1." was lost and its
        # sub-paragraphs went to the paragraph before.
        "The Security Council,\n\n1. Decides x;\n\n2.\n\n(a)\n\n(b) Condemns y;\n",
    ],
)
def test_a_written_word_file_holds_a_number_whose_first_sub_paragraph_is_typed(
    text: str,
) -> None:
    # A number alone with sub-paragraphs was written as an empty numbered paragraph, which
    # the Word reader keeps only above a numbered deeper paragraph ("11." above
    # "(a) Expresses ..."); where what follows it is a typed label (an empty "(a)", see
    # the test above) or a heading, the reader skipped it as a stray number. The writer
    # types such a number too, in both versions of a tracked package.
    from resdiff.testing.wordfile import draft_to_docx

    draft = load(text, format="text")
    revised = load("The Security Council,\n\n1. Urges z.\n", format="text")
    for version, data in (
        ("accepted", draft_to_docx(draft)),
        ("original", draft_to_docx(revised, tracked=draft)),
    ):
        read = load(data, format="docx", version=version)
        assert _walk(read) == _walk(draft), version
        assert [h.text for h in read.headings] == [h.text for h in draft.headings], version


def test_a_written_word_file_types_a_number_a_heading_parts_from_its_sub_paragraphs() -> None:
    # The Word reader keeps an empty numbered paragraph only where the next paragraph with
    # text is a deeper numbered one: a heading before the first sub-paragraph is text, so
    # the number above it is typed. (The text reader reads no heading there; a draft
    # built otherwise may hold one.)
    from resdiff.model import Heading
    from resdiff.testing.wordfile.units import _units

    text = "The Security Council,\n\n1. Decides x;\n\n2.\n\n(a) Condemns y;\n"
    draft = load(text, format="text")
    assert _walk(draft)[1:] == [("OP2", "2.", ""), ("OP2(a)", "(a)", "Condemns y;")]
    numbered = {u.label: u.family is not None for u in _units(draft) if u.kind == "clause"}
    assert numbered == {"1.": True, "2.": True, "(a)": True}
    heading = Heading(text="Sanctions", section="operative", before="OP2(a)")
    units = _units(draft.model_copy(update={"headings": (heading,)}))
    assert [(u.kind, u.written_text, u.family is not None) for u in units[2:]] == [
        ("clause", "2.", False),
        ("heading", "Sanctions", False),
        ("clause", "Condemns y;", True),
    ]


def test_a_line_that_opens_with_distr_is_a_masthead_line_only_as_one() -> None:
    # Found by fuzz.py --seed 1602 (docx): "Distr.: Geneations   ity Council ..." was a
    # paragraph of the text (its columns did not read as a masthead), but once Word had
    # joined it into one line, any line opening "Distr." was the masthead's.
    masthead = "United Nations    S/PRST/2021/5\nSecurity Council\n"
    body = "Distr.: Geneations ity Council Distr.: Geneations S/PRST/2021/5 Security Council"
    draft = load(f"{masthead}{body}\n", format="text")
    assert [c.text for c in draft.walk()] == [body]
    for line in ("Distr.: General", "Distr. générale", "Distr.: Limited", "Distr."):
        read = load(f"{masthead}{line}\n\nThe Security Council,\n\n1. Decides x.\n", format="text")
        assert line in read.masthead and [c.text for c in read.walk()] == ["Decides x."]


def test_unicode_line_and_paragraph_separators_break_lines() -> None:
    # Found by fuzz.py --seed 1603 (docx): a text whose lines were split by U+2028 was one
    # line, masthead and all, to the text reader; Word turned them into spaces.
    text = (
        "United Nations    S/RES/1695 (2006)\u2028Security Council\u2028Distr.: General"
        "\u2029The Security Council,\u2029Mindful of x,\u20291. Takes note of y;\u2029"
        "2. Decides z;\n"
    )
    draft = load(text, format="text")
    assert draft.symbol == "S/RES/1695 (2006)"
    assert [(c.ref, c.text) for c in draft.walk()] == [
        ("PP1", "Mindful of x,"),
        ("OP1", "Takes note of y;"),
        ("OP2", "Decides z;"),
    ]


@pytest.mark.parametrize("brk", ["\x85", "\x1c", "\x1d", "\x1e"])
def test_next_line_and_information_separators_break_lines(brk: str) -> None:
    # Found by the review of the session of 1 December 2026: str.splitlines ends a line
    # at NEL and at the information separators, the text reader did not, and a text cut
    # by them was read as one paragraph ("Recalling x, 1. Decides to act. 2. ...") with
    # its preamble taken for operative text.
    text = brk.join(["The Security Council,", "", "Recalling x,", "", "1. Decides to act.", ""])
    text += brk.join(["2. Requests y.", ""])
    draft = load(text, format="text")
    assert [(c.ref, c.text) for c in draft.walk()] == [
        ("PP1", "Recalling x,"),
        ("OP1", "Decides to act."),
        ("OP2", "Requests y."),
    ]


def test_a_written_word_file_types_a_label_with_a_leading_zero() -> None:
    # Found by fuzz.py --seed 1604 (docx): "00." and "01." were written as Word numbering,
    # which prints "0." and "1.", so the package read back other labels.
    from resdiff.testing.wordfile import draft_to_docx

    new = load("The Security Council,\n\n998. Decides x;\n\n00. Invites y.\n", format="text")
    assert [c.label for c in new.walk()] == ["998.", "00."]
    read = load(draft_to_docx(new), format="docx")
    assert [(c.label, c.text) for c in read.walk()] == [(c.label, c.text) for c in new.walk()]


@pytest.mark.parametrize(
    ("text", "fmt"), [("s.\n\n1Se.\nAnnex\n", "text"), ("e.\n\n1 S.\nAnnex\n", "markdown")]
)
def test_an_annex_line_inside_the_trailing_footnotes_is_their_text(text: str, fmt: str) -> None:
    # Found by fuzz.py --seed 1910 (on the session's starting code too): "1Se." / "Annex"
    # was read as a footnote and "1Se." again as the last paragraph, its words twice.
    from collections import Counter

    from resdiff.read.common import clean

    draft = load(text, format=fmt)  # type: ignore[arg-type]
    held = Counter(filter(str.isalnum, "\n".join(draft.texts())))
    assert held == Counter(filter(str.isalnum, clean(text)))


def test_a_masthead_with_a_line_it_does_not_know_reads_as_one_without_a_formula() -> None:
    # Found by fuzz.py --seed 1952 (docx, on the session's starting code too): the first
    # lines of an example draft, masthead only, each with a blank line after it. The text
    # reader's look-ahead for ": draft resolution" counted blank lines, so it read the
    # unknown first line as PP1, the organ as a heading and the title as OP1; the Word
    # package written from that draft, its lines a masthead to the Word reader, read back
    # as no paragraphs at all.
    from resdiff.testing.wordfile import draft_to_docx

    masthead = (
        "Reconstructed draft: no document symbol          12 July 2006\n\n"
        "          Security Council\n\n"
        "China and Russian Federation: draft resolution\n"
    )
    with pytest.raises(ResdiffError, match="no paragraphs found"):
        load(masthead, format="text")
    # With its formula and paragraphs the same lines are the masthead, in both readers.
    full = masthead + "\n\n          The Security Council,\n\nRecalling x,\n\n1. Decides y.\n"
    draft = load(full, format="text")
    assert draft.masthead == (
        "Reconstructed draft: no document symbol 12 July 2006",
        "Security Council",
        "China and Russian Federation: draft resolution",
    )
    read = load(draft_to_docx(draft), format="docx")
    assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in draft.walk()]
    # A paragraph of the text before the title is no masthead line: the look-ahead stops.
    body = load(
        "Recalling its resolutions,\n\nNoting the report,\n\nJapan: draft resolution\n\n"
        "1. Decides y.\n",
        format="text",
    )
    assert [c.ref for c in body.walk()] == ["PP1", "PP2", "OP1"]


# --------------------------------------------------------------------------- Word read-back


@pytest.mark.parametrize(
    "first",
    [
        # fuzz --seed 1964, input 708777: a tracked package's original version, whose
        # first deleted paragraph opened so, found "no paragraphs found".
        "7Bearing in m x x x x x x x x ind until to sale of",
        # The same layout without the number: the two paragraphs were read as one.
        "Bearing in mind the sale of arms to the parties of the",
    ],
)
def test_two_word_paragraphs_that_end_no_unit_read_back_as_the_text(first: str) -> None:
    # The Word reader took the two paragraphs for the printed lines of a pasted text (one
    # line the next word would not have fitted on, at the width of that line itself) and
    # joined them; the text reader then read "7Bearing ..." as note 7 at the foot of the
    # page and the draft had no paragraphs.
    from resdiff.testing.wordfile import draft_to_docx

    draft = load(f"The General Assembly,\n\n{first}\n\nReaffirming the programme\n", format="text")
    assert [c.text for c in draft.walk()] == [first, "Reaffirming the programme"]
    # Written alone, and as the original of a tracked package (its paragraphs deleted).
    revised = load("The General Assembly,\n\nRecalling x,\n", format="text")
    for version, data in (
        ("accepted", draft_to_docx(draft)),
        ("original", draft_to_docx(revised, tracked=draft)),
    ):
        read = load(data, format="docx", version=version)
        assert [(c.ref, c.text) for c in read.walk()] == [(c.ref, c.text) for c in draft.walk()], (
            version
        )


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_recital_that_opens_with_a_glued_number_right_under_the_formula_is_text(
    blank: str,
) -> None:
    # "7Bearing ..." alone after the formula, at the end of the text: read as footnote 7
    # at the foot of the page, it left the draft with no paragraphs. No paragraph stands
    # above it for an uncited note to belong to; its words are the draft's.
    text = f"The General Assembly,\n{blank}7Bearing in mind the sale of the programme,\n"
    draft = load(text, format="text")
    assert [c.text for c in draft.walk()] == ["7Bearing in mind the sale of the programme,"]
    assert not draft.footnotes


def test_a_cited_note_under_the_formula_stays_a_note() -> None:
    # Its mark cited in the text ("Charter7"): a note, as before, wherever it stands.
    draft = load(
        "The General Assembly,\n\n7 Charter of the United Nations.\n\n"
        "1. Decides to act under the Charter7 at once.\n",
        format="text",
    )
    assert [n.mark for n in draft.footnotes] == ["7"]
