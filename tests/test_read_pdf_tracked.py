"""A draft printed with its tracked changes, as delegations circulate one: the deletions
struck through, the insertions underlined. Such a PDF holds two versions, as the Word
file does: the proposal (the default: struck words left out) and the original
(``version="original"``: underlined words left out), and ``resdiff compare FILE.pdf``
compares them.

Printed three ways, by two tools: a Word draft with real tracked changes printed by
LibreOffice (which shows a list item's original number in brackets), and a web page whose
deletions and insertions are struck and underlined, printed by LibreOffice and by
Chromium. Each version must read as the draft it came from, paragraph for paragraph.
"""

from __future__ import annotations

import contextlib
import difflib
import html
import io
import json
import re
from pathlib import Path

import pytest
from pdf_fixtures import CHROMIUM, chromium_print, convert_files

import resdiff
from resdiff.cli import main
from resdiff.model import Draft
from resdiff.read.common import normalize_space
from resdiff.read.pdf import TRACKED_WARNING, UNTRACKED_WARNING, pdf_text
from resdiff.redline import DELETE, INSERT, redline

pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


def _plain(draft: Draft) -> str:
    """A draft as plain paragraphs (no masthead, no page furniture): the text printed."""
    parts = ["The Security Council,", *(c.text for c in draft.preamble)]
    parts += [f"{c.label or ''} {c.text}".strip() for c in draft.operative]
    return "\n\n".join(parts) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _tracked_page(old: str, new: str) -> str:
    """A web page of ``new`` with its changes from ``old`` marked as a word processor
    prints them: paragraphs paired in order, words deleted struck through and words
    inserted underlined, each in its colour; a paragraph with no counterpart struck or
    underlined whole."""
    a, b = _paragraphs(old), _paragraphs(new)
    body: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            body += [f"<p>{html.escape(x)}</p>" for x in a[i1:i2]]
        elif tag == "replace" and i2 - i1 == j2 - j1:
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                parts = []
                for op, text in redline(x, y):
                    text = html.escape(text)
                    if op == DELETE:
                        text = f"<s>{text}</s>"
                    elif op == INSERT:
                        text = f"<u>{text}</u>"
                    parts.append(text)
                body.append(f"<p>{''.join(parts)}</p>")
        else:
            body += [f"<p><s>{html.escape(x)}</s></p>" for x in a[i1:i2]]
            body += [f"<p><u>{html.escape(y)}</u></p>" for y in b[j1:j2]]
    style = (
        "body { font-family: 'Liberation Serif', serif; font-size: 11pt; }"
        "p { margin: 0 0 8pt 0; } s { color: #c00000; } u { color: #0050c0; }"
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>"
    )


def _flat(draft: Draft) -> list[tuple[str, str]]:
    return [(c.ref, normalize_space(c.text)) for c in draft.walk()]


def _verdicts(cmp: resdiff.Comparison) -> list[tuple[object, ...]]:
    return [
        (ch.kind, tuple(ch.old), tuple(ch.new), tuple((s.feature, s.direction) for s in ch.shifts))
        for ch in cmp.changes
    ]


@pytest.fixture(scope="module")
def texts() -> tuple[str, str]:
    """The Japan-led draft of 2006 and the adopted text, as plain paragraphs."""
    old = _plain(resdiff.parse(EXAMPLES / "japan-draft.txt"))
    new = _plain(resdiff.parse(EXAMPLES / "adopted-compromise.txt"))
    return old, new


@pytest.fixture(scope="module")
def prints(texts: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The marked-up page printed by LibreOffice and, where installed, by Chromium."""
    page = _tracked_page(*texts)
    out = {
        "libreoffice": convert_files({"tracked.html": page.encode()}, "pdf:writer_pdf_Export")[
            "tracked"
        ]
    }
    if CHROMIUM is not None:
        folder = tmp_path_factory.mktemp("tracked")
        source = folder / "tracked.html"
        source.write_text(page, encoding="utf-8")
        out["chromium"] = chromium_print(source)
    return out


@pytest.mark.parametrize("tool", ["libreoffice", "chromium"])
def test_each_version_of_a_printed_tracked_draft_reads_as_its_draft(
    prints: dict[str, bytes], texts: tuple[str, str], tool: str
) -> None:
    if tool not in prints:
        pytest.skip("Chromium is not installed (make browser)")
    old, new = (resdiff.parse(text) for text in texts)
    original = resdiff.parse(prints[tool], format="pdf", version="original")
    accepted = resdiff.parse(prints[tool], format="pdf")
    assert _flat(original) == _flat(old)
    assert _flat(accepted) == _flat(new)
    assert original.source is not None and original.source.version == "original"
    assert accepted.source is not None and accepted.source.version == "accepted"
    warned = [w.message for w in accepted.warnings if w.code == TRACKED_WARNING]
    assert len(warned) == 1 and "read as the proposal" in warned[0], warned
    # The two versions compare as the two drafts do, provision by provision.
    assert _verdicts(resdiff.compare(original, accepted)) == _verdicts(resdiff.compare(old, new))


def test_compare_of_one_printed_tracked_draft_compares_its_versions(
    prints: dict[str, bytes], texts: tuple[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "tracked.pdf"
    path.write_bytes(prints["libreoffice"])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["compare", str(path), "--format", "json"]) == 0
    report = json.loads(out.getvalue())
    expected = resdiff.compare(*(resdiff.parse(text) for text in texts))
    assert report["summary"]["direction"] == expected.summary.direction == "softer"
    assert [c["kind"] for c in report["changes"]] == [c.kind for c in expected.changes]


def test_word_tracked_changes_printed_by_libreoffice_read_as_both_versions() -> None:
    # Real tracked changes in a Word file, printed with their markup by LibreOffice, which
    # numbers each changed list item with its original number in brackets ("[1.]",
    # "1.[2.]"): both versions read with the original's numbers.
    from resdiff.testing.wordfile.draft import draft_to_docx

    old = (
        "The Security Council,\n\nRecalling its resolution 1540 (2004),\n\n"
        "1. Condemns the launches of ballistic missiles on 5 July 2006;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    new = old.replace("Condemns the launches of", "Deplores the launches of several").replace(
        "on 5 July 2006", "in July"
    )
    old_draft, new_draft = resdiff.parse(old), resdiff.parse(new)
    printed = convert_files(
        {
            "tracked.docx": draft_to_docx(new_draft, tracked=old_draft),
            "clean.docx": draft_to_docx(new_draft),
        }
    )
    data = printed["tracked"]
    warned = [w.message for w in pdf_text(data).warnings if w.code == TRACKED_WARNING]
    assert len(warned) == 1 and "struck through" in warned[0], warned
    # The same draft with no change tracked strikes nothing.
    assert not [w for w in pdf_text(printed["clean"]).warnings if w.code == TRACKED_WARNING]
    assert _flat(resdiff.parse(data, format="pdf", version="original")) == _flat(old_draft)
    assert _flat(resdiff.parse(data, format="pdf")) == _flat(new_draft)
    cmp = resdiff.compare(
        resdiff.parse(data, format="pdf", version="original"), resdiff.parse(data, format="pdf")
    )
    assert [(c.kind, c.old, c.new) for c in cmp.changes if c.kind != "unchanged"] == [
        ("softened", ("OP1",), ("OP1",))
    ]


def test_a_pdf_without_struck_text_has_one_version(tmp_path: Path) -> None:
    text = "The Security Council,\n\n1. Decides to remain seized of the matter.\n"
    data = convert_files({"clean.txt": text.encode()}, "pdf:writer_pdf_Export")["clean"]
    draft = resdiff.parse(data, format="pdf", version="original")
    assert [w.code for w in draft.warnings if w.code == UNTRACKED_WARNING] == [UNTRACKED_WARNING]
    assert draft.source is not None and draft.source.version is None
    path = tmp_path / "clean.pdf"
    path.write_bytes(data)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["compare", str(path)]) == 2
    assert "has no tracked changes" in err.getvalue()


@pytest.mark.parametrize(
    ("head", "number"),
    [("1.[2.]", True), ("[1.]", True), ("(b)[(c)]", True), ("[(iv)]", True), ("[Alt.]", False)],
)
def test_list_numbers_are_told_from_a_drafters_brackets(head: str, number: bool) -> None:
    # LibreOffice's original number in brackets is a list label; a drafter's "[Alt.]"
    # (an alternative text in a draft) is words of the draft, and stays as printed.
    from resdiff.read.pdf import _BRACKETED_NUMBER

    assert (_BRACKETED_NUMBER.match(head) is not None) == number


def test_a_paragraph_split_in_a_printed_tracked_draft_reads_whole_in_the_original() -> None:
    # The proposal splits OP2 in two with an inserted paragraph mark: LibreOffice prints
    # the first part's number as new (underlined, "[2.]") and the second part's opening
    # words as inserted. Read as the original, the first part lost its number and ran
    # into the item above, and the second part, "2. the transfer of financial
    # resources;", made up a split and a new obligation (formats review, 3 December).
    from resdiff.testing.wordfile import Level, WordDocument, deleted, inserted

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    doc.paragraph("Condemns the launches:", num=ops)
    doc.paragraph("first item;", num=ops, level=1)
    doc.paragraph("second item;", num=ops, level=1)
    doc.paragraph(
        "Decides that all States shall prevent the procurement of missiles",
        deleted(", and"),
        inserted(";"),
        num=ops,
        mark="ins",
    )
    doc.paragraph(
        inserted("Decides further that all States shall prevent"),
        " the transfer of financial resources;",
        num=ops,
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    data = convert_files({"split.docx": word})["split"]
    for version in ("original", "accepted"):
        expected = resdiff.parse(word, version=version)  # type: ignore[arg-type]
        assert _flat(resdiff.parse(data, format="pdf", version=version)) == _flat(expected)
    # The two versions of the print compare as the two versions of the Word file do.
    printed = resdiff.compare(
        resdiff.parse(data, format="pdf", version="original"), resdiff.parse(data, format="pdf")
    )
    written = resdiff.compare(resdiff.parse(word, version="original"), resdiff.parse(word))
    assert _verdicts(printed) == _verdicts(written)
