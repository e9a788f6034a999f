"""Word's tracked moves and unnumbered paragraphs (issue 9 §8, twenty-second session).

A diplomat gets a Word file with tracked changes from a delegation: what resdiff says
must match what Word shows. A tracked move (``w:moveFrom``/``w:moveTo``) names the
paragraph that moved, and a tracked paragraph change (``w:pPrChange``) that takes a
paragraph's number off leaves a paragraph of its own. Each Word file is written here in
WordprocessingML (made-up words); where LibreOffice is installed, its accept-all and
reject-all of the same file are read as the two versions resdiff reads.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import resdiff
from resdiff.align import align
from resdiff.model import Clause, Draft
from resdiff.read.common import normalize_space
from resdiff.testing.wordfile import (
    Level,
    Props,
    WordDocument,
    deleted,
    inserted,
    moved_from,
    moved_to,
)

URGES = "Urges the sides to resume negotiations without delay;"

#: A Basic macro that opens a file, accepts or rejects every tracked change and saves
#: the text (LibreOffice's own reading of the two versions).
_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Resolve(src As String, dst As String, what As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  disp = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  command = &quot;.uno:&quot; &amp; what &amp; &quot;AllTrackedChanges&quot;
  disp.executeDispatch(frame, command, &quot;&quot;, 0, Array())
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text (encoded)&quot;
  out(1).Name = &quot;FilterOptions&quot;
  out(1).Value = &quot;UTF8&quot;
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""


def _libreoffice_versions(word: bytes) -> dict[str, str]:
    """LibreOffice's text of ``word`` with every change accepted and every one rejected
    (``"accepted"``, ``"original"``), in a private profile. Skips without LibreOffice."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed: make browser installs it")
    with tempfile.TemporaryDirectory(prefix="resdiff-lo-") as tmp:
        folder = Path(tmp)
        profile = folder / "profile"
        env = f"-env:UserInstallation={profile.as_uri()}"
        run = {"capture_output": True, "timeout": 180, "check": False}
        subprocess.run([exe, env, "--headless", "--terminate_after_init"], **run)  # type: ignore[call-overload]
        module = profile / "user" / "basic" / "Standard" / "Module1.xba"
        if not module.is_file():
            pytest.skip("LibreOffice made no Basic library in its profile")
        module.write_text(_MACRO, encoding="utf-8")
        source = folder / "tracked.docx"
        source.write_bytes(word)
        out = {}
        for version, what in (("accepted", "Accept"), ("original", "Reject")):
            target = folder / f"{what}.txt"
            call = f'macro:///Standard.Module1.Resolve("{source}","{target}","{what}")'
            subprocess.run([exe, env, "--headless", call], **run)  # type: ignore[call-overload]
            if not target.is_file():
                pytest.skip("LibreOffice's macro wrote no text")
            out[version] = target.read_text(encoding="utf-8-sig")
        return out


def _paragraphs(draft: Draft) -> list[tuple[str | None, str]]:
    return [(c.label, normalize_space(c.text)) for c in draft.walk()]


def _agrees_with_libreoffice(word: bytes) -> None:
    """Both versions resdiff reads hold the paragraphs LibreOffice's accept-all and
    reject-all give, in order, each with its number or none (LibreOffice writes one
    paragraph a line, its automatic number before it)."""
    printed = _libreoffice_versions(word)
    for version, text in printed.items():
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        theirs = []
        for line in lines[1:]:  # after the enacting formula
            number, _, rest = line.partition(" ")
            numbered = number.endswith(".") and number[:-1].isdigit()
            theirs.append((number, rest) if numbered else (None, line))
        ours = _paragraphs(resdiff.parse(word, version=version))  # type: ignore[arg-type]
        assert theirs == ours, version


def _council() -> tuple[WordDocument, str]:
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    return doc, doc.add_num(doc.add_abstract([Level("decimal", "%1.")]))


def _moved_below_a_merge() -> bytes:
    """OP2 moved (tracked) below OP3 and OP4, which a deleted paragraph mark joins."""
    doc, ops = _council()
    doc.paragraph("Decides to extend the mandate of the Force until 31 January 2024;", num=ops)
    doc.paragraph(moved_from(URGES, "move1"), num=ops, mark="moveFrom")
    doc.paragraph(
        "Calls upon the sides to ",
        deleted("refrain from"),
        inserted("avoid"),
        " any unilateral action",
        deleted(";"),
        inserted(", and "),
        num=ops,
        mark="del",
    )
    doc.paragraph(
        deleted("Requests"),
        inserted("requests"),
        " the Secretary-General to report on the implementation of this resolution;",
        num=ops,
    )
    doc.paragraph(moved_to(URGES, "move1"), num=ops, mark="moveTo")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    return doc.to_bytes()


def test_a_tracked_move_is_the_paragraph_that_moved() -> None:
    # Word shows "Urges ..." moved below the merged paragraph. The texts alone allow
    # either reading, and resdiff said "OP3 + OP4 → OP2 · moved · merged" and "OP2 → OP3
    # unchanged" (twentieth and twenty-first sessions' trials).
    word = _moved_below_a_merge()
    original = resdiff.parse(word, version="original")
    accepted = resdiff.parse(word)
    assert [c.moved_as for c in original.operative] == [None, "move1", None, None, None]
    assert [c.moved_as for c in accepted.operative] == [None, None, "move1", None]
    changes = {(c.old, c.new): c for c in resdiff.compare(original, accepted).changes}
    urges = changes[(("OP2",), ("OP3",))]
    assert urges.moved and urges.kind == "unchanged"
    merged = changes[(("OP3", "OP4"), ("OP2",))]
    assert not merged.moved
    _agrees_with_libreoffice(word)


def test_a_tracked_move_pairs_before_the_texts_are_scored() -> None:
    # Two paragraphs of one text: the aligner would pair the old one in place; the move
    # names the other.
    def op(ref: str, text: str, move: str | None = None) -> Clause:
        return Clause(ref=ref, section="operative", label=ref[2:] + ".", text=text, moved_as=move)

    same = "Decides to remain actively seized of the matter."
    old = [op("OP1", same), op("OP2", "Urges restraint;"), op("OP3", same, "m")]
    new = [op("OP1", same, "m"), op("OP2", "Urges restraint;"), op("OP3", same)]
    links = align(old, new)
    first = next(link for link in links if link.new == (0,))
    assert first.old == (2,) and first.moved
    plain = [c.model_copy(update={"moved_as": None}) for c in old]
    assert next(link for link in align(plain, new) if link.new == (0,)).old == (0,)


def test_a_file_without_move_marks_names_no_move() -> None:
    doc, ops = _council()
    doc.paragraph(URGES, num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = resdiff.parse(doc.to_bytes())
    assert [c.moved_as for c in draft.walk()] == [None, None, None]


def test_words_moved_into_a_paragraph_do_not_make_it_moved() -> None:
    # A few words moved from one paragraph into another: the receiving paragraph did not
    # move, and neither did the one they left.
    doc, ops = _council()
    doc.paragraph("Urges the sides to resume ", moved_from("direct ", "m2"), "talks;", num=ops)
    doc.paragraph("Calls for ", moved_to("direct ", "m2"), "contacts;", num=ops)
    word = doc.to_bytes()
    for version in ("accepted", "original"):
        draft = resdiff.parse(word, version=version)  # type: ignore[arg-type]
        assert [c.moved_as for c in draft.operative] == [None, None]


def test_a_draft_of_the_second_contract_reads_as_the_third() -> None:
    draft = resdiff.parse(_moved_below_a_merge(), version="original")
    data = draft.model_dump(mode="json")
    assert data["schema"] == "resdiff.draft/4"
    assert Draft.model_validate(data) == draft
    for clause in data["preamble"] + data["operative"]:
        clause.pop("moved_as")
    old = Draft.model_validate({**data, "schema": "resdiff.draft/2"})
    assert old.schema_ == "resdiff.draft/4"
    assert [c.moved_as for c in old.operative] == [None] * 5


def test_a_number_taken_off_by_a_tracked_change_leaves_a_paragraph_of_its_own() -> None:
    # A w:pPrChange takes "2." off "Urges ...": Word shows an unnumbered paragraph after
    # OP1 and numbers "Calls upon ..." 2. The text reader read it as OP1's second
    # paragraph ("OP1 + OP2 → OP1 unchanged"); it is its own clause now, cited after the
    # paragraph above as a paragraph outside the count is ("OP1bis").
    doc, ops = _council()
    doc.paragraph("Decides to extend the mandate of the Force until 31 January 2024;", num=ops)
    doc.paragraph(URGES, was=Props(num=ops, level=0))
    doc.paragraph("Calls upon the sides to avoid any unilateral action;", num=ops)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    accepted = resdiff.parse(word)
    assert [(c.ref, c.label) for c in accepted.operative] == [
        ("OP1", "1."),
        ("OP1bis", None),
        ("OP2", "2."),
        ("OP3", "3."),
    ]
    assert accepted.operative[1].text == URGES
    assert "numbering-removed" in {w.code for w in accepted.warnings}
    assert "numbering-gap" not in {w.code for w in accepted.warnings}
    original = resdiff.parse(word, version="original")
    assert [c.ref for c in original.operative] == ["OP1", "OP2", "OP3", "OP4"]
    changes = resdiff.compare(original, accepted).changes
    assert [(c.old, c.new, c.kind) for c in changes if c.section == "operative"] == [
        (("OP1",), ("OP1",), "unchanged"),
        (("OP2",), ("OP1bis",), "unchanged"),
        (("OP3",), ("OP2",), "unchanged"),
        (("OP4",), ("OP3",), "unchanged"),
    ]
    _agrees_with_libreoffice(word)


def test_an_unnumbered_paragraph_without_a_tracked_change_still_reads_on() -> None:
    # A Word paragraph with no number and no tracked change among numbered ones is read
    # as before: the second paragraph of the one above (the text reader's rule).
    doc, ops = _council()
    doc.paragraph("Decides to extend the mandate of the Force until 31 January 2024,", num=ops)
    doc.paragraph("with the tasks set out in its previous resolutions;")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = resdiff.parse(doc.to_bytes())
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]


def test_a_plain_struck_number_joins_its_paragraph_in_a_print() -> None:
    # OP2's paragraph mark deleted, its own words unchanged (its ";" kept): LibreOffice
    # prints its number struck as it stands ("2̶.", not "[2.]") and OP3's as "[3.]"
    # alone. The struck "2." was not read as a number: OP2 ran into OP1 ("... 30 April
    # 2023; Decides that the mandate ..."). Word shows OP2 and OP3 joined.
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from pdf_fixtures import convert_files

    doc, ops = _council()
    doc.paragraph("Decides to extend the mandate of the mission until 30 April 2023;", num=ops)
    doc.paragraph(
        "Decides that the mandate of the mission is to advance the vision of the Agreement;",
        num=ops,
        mark="del",
    )
    doc.paragraph(
        deleted("Decides"),
        inserted("decides"),
        " that the mission shall use all necessary means:",
        num=ops,
    )
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    data = convert_files({"semicolon.docx": word})["semicolon"]
    printed = resdiff.parse(data, format="pdf")
    assert [(c.label, normalize_space(c.text)) for c in printed.operative] == [
        ("1.", "Decides to extend the mandate of the mission until 30 April 2023;"),
        (
            "2.",
            "Decides that the mandate of the mission is to advance the vision of the "
            "Agreement; decides that the mission shall use all necessary means:",
        ),
        ("3.", "Decides to remain seized of the matter."),
    ]
    original = resdiff.parse(data, format="pdf", version="original")
    assert _paragraphs(original) == _paragraphs(resdiff.parse(word, version="original"))


_OPS_AND_HEADINGS = [
    ("op", "1. Decides to extend the mandate of the Mission until 30 April 2023;"),
    (
        "op",
        "2. Demands that all parties allow safe and unhindered access for humanitarian personnel;",
    ),
    ("head", "Creating the conditions for humanitarian assistance"),
    (
        "op",
        "3. Calls upon all parties to respect international humanitarian law and to "
        "protect civilians in the areas under their control;",
    ),
    ("head", "Protection of civilians:"),
    (
        "op",
        "4. Requests the Mission to protect civilians under threat of physical violence, "
        "within its capabilities;",
    ),
    ("op", "5. Decides to remain seized of the matter."),
]
_RECITALS = [
    "The Security Council,",
    "Recalling its previous resolutions on the situation in the region,",
    "Expressing grave concern at the humanitarian situation in the country,",
]


def _headed(draft: Draft) -> tuple[list[tuple[str, str | None]], list[str]]:
    return [(h.text, h.before) for h in draft.headings], [c.ref for c in draft.operative]


_HEADED = (
    [
        ("Creating the conditions for humanitarian assistance", "OP3"),
        ("Protection of civilians:", "OP4"),
    ],
    ["OP1", "OP2", "OP3", "OP4", "OP5"],
)


def test_headings_without_blank_lines_in_a_copied_text_stand_apart() -> None:
    # The text a browser's one-column print gives (no blank line between paragraphs):
    # a participle heading and a colon heading were read into the paragraph above
    # ("... personnel; Creating the conditions for humanitarian assistance").
    lines = _RECITALS + [text for _, text in _OPS_AND_HEADINGS]
    assert _headed(resdiff.parse("\n".join(lines), format="text")) == _HEADED


def test_a_recital_line_without_its_comma_between_paragraphs_is_no_heading() -> None:
    # The rule's bounds: nine words after a participle, or a figure cited, stay the
    # paragraph's words, as with blank lines.
    for line in (
        "Taking note of the letters of the President of the Commission",
        "Recalling its resolution 2086 (2013)",
    ):
        text = "\n".join([*_RECITALS, "1. Decides to act;", line, "2. Decides to stay seized."])
        draft = resdiff.parse(text, format="text")
        assert draft.headings == (), line


def test_headings_in_a_one_column_browser_print_stand_apart(tmp_path: Path) -> None:
    # The same draft as a web page printed by Chromium in one column: the PDF's text has
    # no blank line between paragraphs (§2ch's finding (a), twenty-first session).
    pytest.importorskip("pypdfium2", reason="PDF input needs pypdfium2 (resdiff[pdf])")
    from pdf_fixtures import CHROMIUM, chromium_print

    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: make browser installs it")
    body = "".join(f"<p>{text}</p>" for text in _RECITALS)
    for kind, text in _OPS_AND_HEADINGS:
        css = ' class="op"' if kind == "op" else ""
        body += f"<p{css}>{text}</p>"
    page = tmp_path / "headed.html"
    page.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><style>body{font:12pt serif}'
        "p{margin:0 0 8pt 0}.op{padding-left:2em;text-indent:-2em}</style></head>"
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )
    assert _headed(resdiff.parse(chromium_print(page), format="pdf")) == _HEADED
