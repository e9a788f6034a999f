"""The Word report: a valid package whose tracked changes are exactly the redlines.

Accepting every revision must give the new draft's text and rejecting every revision the
old draft's; the revisions are counted against the redline operations. When LibreOffice
is installed it must read the same revisions back (author, date, accept and reject) and
turn the document into a PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import resdiff
from resdiff.model import Change, Comparison, Draft, DraftInfo, Summary
from resdiff.redline import redline
from resdiff.render import render_docx
from resdiff.render.docx import CLAUSE_STYLES, LABEL_STYLE, clause_label

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"
PAIRS = [
    ("japan-draft", "adopted-compromise"),
    ("japan-draft", "china-russia-draft"),
    ("china-russia-draft", "adopted-compromise"),
    ("adopted-compromise", "japan-draft"),
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = dt.datetime(2006, 7, 15, 12, 30, tzinfo=dt.UTC)
STAMP = "2006-07-15T12:30:00Z"
TOP_STYLES = {CLAUSE_STYLES[("preamble", 0)], CLAUSE_STYLES[("operative", 0)]}
CLAUSE_STYLE_NAMES = set(CLAUSE_STYLES.values())


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    return {name: resdiff.parse(EXAMPLES / f"{name}.txt") for pair in PAIRS for name in pair}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _document(package: bytes) -> ET.Element:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return ET.fromstring(z.read("word/document.xml"))


def _run_text(run: ET.Element) -> str:
    out: list[str] = []
    for node in run:
        if node.tag in (f"{W}t", f"{W}delText"):
            out.append(node.text or "")
        elif node.tag == f"{W}tab":
            out.append("\t")
        elif node.tag == f"{W}br":
            out.append("\n")
    return "".join(out)


def _is_label(run: ET.Element) -> bool:
    style = run.find(f"{W}rPr/{W}rStyle")
    return style is not None and style.get(f"{W}val") == LABEL_STYLE


def _clauses(package: bytes, mode: str) -> list[tuple[str, str, str]]:
    """``(style, label, text)`` of every clause paragraph once all revisions are accepted
    (``mode="accept"``) or rejected (``"reject"``); paragraphs that vanish are left out."""
    body = _document(package).find(f"{W}body")
    assert body is not None
    out: list[tuple[str, str, str]] = []
    # Text of paragraphs whose mark goes runs on into the next one (a split rejected, a
    # merge accepted); a dropped or added paragraph leaves nothing to run on.
    carry_label: list[str] = []
    carry_text: list[str] = []
    for p in body.findall(f"{W}p"):
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style = style_el.get(f"{W}val", "") if style_el is not None else ""
        if style not in CLAUSE_STYLE_NAMES:
            continue
        label, text = carry_label, carry_text
        carry_label, carry_text = [], []
        for child in p:
            if child.tag == f"{W}pPr":
                continue
            if child.tag == f"{W}ins" and mode == "reject":
                continue
            if child.tag == f"{W}del" and mode == "accept":
                continue
            runs = [child] if child.tag == f"{W}r" else child.findall(f"{W}r")
            assert child.tag in (f"{W}r", f"{W}ins", f"{W}del"), child.tag
            for run in runs:
                (label if _is_label(run) else text).append(_run_text(run))
        gone = p.find(f"{W}pPr/{W}rPr/{W}{'del' if mode == 'accept' else 'ins'}")
        if gone is not None:
            carry_label, carry_text = label, text
            continue
        assert not "".join(carry_label + carry_text).strip()
        out.append((style, "".join(label).strip(), "".join(text)))
    return out


def _grouped(paragraphs: list[tuple[str, str, str]]) -> list[str]:
    """Top-level paragraphs with their sub-paragraphs inline, as ``Clause.full_text`` has
    them (children's labels included, the paragraph's own number not)."""
    groups: list[list[str]] = []
    for style, label, text in paragraphs:
        if style in TOP_STYLES or not groups:
            groups.append([text])
        else:
            groups[-1].append(f"{label} {text}")
    return [_flat(" ".join(g)) for g in groups]


def _expected(draft: Draft) -> list[str]:
    return [_flat(c.full_text()) for c in draft.paragraphs]


def _ops(cmp: Comparison) -> tuple[int, int]:
    ins = dels = 0
    for top in cmp.changes:
        for change in top.walk():
            ins += sum(1 for op, text in change.redline if op == 1 and text)
            dels += sum(1 for op, text in change.redline if op == -1 and text)
    return ins, dels


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_accepting_and_rejecting_give_the_two_drafts(
    drafts: dict[str, Draft], old: str, new: str
) -> None:
    cmp = resdiff.compare(drafts[old], drafts[new])
    package = render_docx(cmp, date=WHEN)
    accepted = _clauses(package, "accept")
    assert _grouped(accepted) == _expected(drafts[new])
    # The new numbering. (An added or dropped paragraph comes with its sub-paragraphs
    # inline in one redline, so only top-level numbers are compared.)
    assert [label for style, label, _ in accepted if style in TOP_STYLES] == [
        clause_label(c.ref) or "" for c in drafts[new].paragraphs
    ]
    # Rejecting keeps the new order (moves are not tracked), so compare as multisets.
    assert sorted(_grouped(_clauses(package, "reject"))) == sorted(_expected(drafts[old]))


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_one_revision_per_redline_operation(drafts: dict[str, Draft], old: str, new: str) -> None:
    cmp = resdiff.compare(drafts[old], drafts[new])
    root = _document(render_docx(cmp, date=WHEN))
    # Run-level revisions sit directly in paragraphs; paragraph-mark ones in w:pPr/w:rPr.
    run_ins = root.findall(f".//{W}p/{W}ins")
    run_del = root.findall(f".//{W}p/{W}del")
    assert (len(run_ins), len(run_del)) == _ops(cmp)
    assert all(d.find(f".//{W}t") is None for d in run_del), "deleted text is w:delText"
    assert all(i.find(f".//{W}delText") is None for i in run_ins)
    marks_ins = root.findall(f".//{W}pPr/{W}rPr/{W}ins")
    marks_del = root.findall(f".//{W}pPr/{W}rPr/{W}del")
    walk = [c for top in cmp.changes for c in top.walk()]
    assert len(marks_ins) == sum(1 for c in walk if not c.old)
    assert len(marks_del) == sum(1 for c in walk if not c.new)
    every = run_ins + run_del + marks_ins + marks_del
    assert {e.get(f"{W}author") for e in every} == {"resdiff"}
    assert {e.get(f"{W}date") for e in every} == {STAMP}
    ids = [e.get(f"{W}id") for e in every]
    assert len(set(ids)) == len(ids), "revision ids are unique"


SPLIT_MERGE_OLD = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Demands that the DPRK suspend all activities related to its ballistic missile programme \
and in this context re-establish its pre-existing commitments to a moratorium on missile \
launching;

3. Requests the Secretary-General to report to the Council within thirty days;

4. Calls upon all Member States to exercise vigilance in preventing missile transfers;

5. Decides to remain seized of the matter.
"""

SPLIT_MERGE_NEW = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Demands that the DPRK suspend all activities related to its ballistic missile programme;

3. Demands also that the DPRK re-establish its pre-existing commitments to a moratorium on \
missile launching;

4. Requests the Secretary-General to report to the Council within thirty days and calls \
upon all Member States to exercise vigilance in preventing missile transfers;

5. Decides to remain seized of the matter.
"""


def _split_merge() -> tuple[Draft, Draft, Comparison]:
    old, new = resdiff.parse(SPLIT_MERGE_OLD), resdiff.parse(SPLIT_MERGE_NEW)
    cmp = resdiff.compare(old, new)
    assert [(c.old, c.new, c.match) for c in cmp.changes if c.match in ("split", "merged")] == [
        (("OP2",), ("OP2", "OP3"), "split"),
        (("OP3", "OP4"), ("OP4",), "merged"),
    ]
    return old, new, cmp


def test_splits_and_merges_are_tracked_paragraph_breaks() -> None:
    old, new, cmp = _split_merge()
    package = render_docx(cmp, date=WHEN)
    accepted = _clauses(package, "accept")
    assert _grouped(accepted) == _expected(new)
    assert [label for _, label, _ in accepted] == ["", "1.", "2.", "3.", "4.", "5."]
    rejected = _clauses(package, "reject")
    assert _grouped(rejected) == _expected(old)
    # Rejected: the new numbering, except the second merged part's own old number, which
    # comes back with its paragraph.
    assert [label for _, label, _ in rejected] == ["", "1.", "2.", "4.", "4.", "5."]
    root = _document(package)
    # One inserted paragraph mark (the cut), one deleted (the join): nothing else was
    # added or dropped.
    assert len(root.findall(f".//{W}pPr/{W}rPr/{W}ins")) == 1
    assert len(root.findall(f".//{W}pPr/{W}rPr/{W}del")) == 1
    labels = {
        (parent.tag, _run_text(run).strip())
        for parent in root.iter()
        if parent.tag in (f"{W}ins", f"{W}del")
        for run in parent.findall(f"{W}r")
        if _is_label(run)
    }
    assert labels == {(f"{W}ins", "3."), (f"{W}del", "4.")}


def test_japan_to_adopted_content(drafts: dict[str, Draft]) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    package = render_docx(cmp, author="UNSC <desk> & co", date=WHEN)
    root = _document(package)
    assert {e.get(f"{W}author") for e in root.iter(f"{W}ins")} == {"UNSC <desk> & co"}
    text = _flat(" ".join(t.text or "" for t in root.iter(f"{W}t")))
    deleted = _flat(" ".join(t.text or "" for t in root.iter(f"{W}delText")))
    # The reconstructed Japan-led draft has no symbol: it is named by its file.
    assert text.startswith("japan-draft.txt → S/RES/1695 (2006)")
    # The summary table at the top, then the reasons, then the tracked text.
    for phrase in (
        "Net direction softer: On balance the new draft is softer",
        "Added 3 Dropped 1 Softened 5",
        "Chapter VII dropped Article 39 determination dropped",
        "Measures dropped asset freeze (OP6): dropped (was mandatory)",
        "OP4 → OP3 softened operative verb weakened: decides → requires",
    ):
        assert phrase in text
    assert (
        text.index("Net direction")
        < text.index("What changed and why")
        < text.index("Operative part")
    )
    assert "Chapter VII of" in deleted and "its special responsibility for" in text
    # Dropped OP6 goes with its number; the paragraph numbers are plain text runs.
    assert "6. Decides that all Member States shall freeze" in _flat(deleted.replace("\t", " "))
    labels = [r for r in root.iter(f"{W}r") if _is_label(r)]
    assert [_run_text(r).strip() for r in labels][:3] == ["1.", "2.", "3."]
    # Sub-paragraphs use the indented styles.
    styles = [
        s.get(f"{W}val")
        for s in root.iter(f"{W}pStyle")
        if s.get(f"{W}val") in CLAUSE_STYLES.values()
    ]
    # The item list of the Japan-led OP4 ((a) with (i), (ii), then (b)), which the adopted
    # OP3 leaves out, and the dropped OP6(a), (b), laid out as deleted sub-paragraphs.
    assert styles.count("Subparagraph") == 4 and styles.count("Subsubparagraph") == 2


def test_package_is_complete_and_comment_free(drafts: dict[str, Draft]) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    package = render_docx(cmp, date=WHEN)
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        names = z.namelist()
        assert names[0] == "[Content_Types].xml"
        assert z.testzip() is None
        parts = {name: z.read(name) for name in names}
    assert not any("comment" in n.lower() for n in names)
    assert all(not n.endswith(".bin") for n in names), "no macros or embedded objects"
    for data in parts.values():
        ET.fromstring(data)  # every part is well-formed XML
    types = ET.fromstring(parts["[Content_Types].xml"])
    overridden = {o.get("PartName") for o in types}
    for name in names:
        if not name.endswith(".rels") and name != "[Content_Types].xml":
            assert f"/{name}" in overridden
    for rels_name, base in (("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")):
        for rel in ET.fromstring(parts[rels_name]):
            assert rel.get("TargetMode") != "External"
            assert base + (rel.get("Target") or "") in parts
    doc = parts["word/document.xml"].decode()
    assert "comment" not in doc
    assert doc.count('xml:space="preserve"') == doc.count("<w:t ") + doc.count("<w:delText ")
    styles = ET.fromstring(parts["word/styles.xml"])
    defined = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
    used = {
        s.get(f"{W}val")
        for tag in ("pStyle", "rStyle", "tblStyle")
        for s in ET.fromstring(parts["word/document.xml"]).iter(f"{W}{tag}")
    }
    assert used <= defined
    assert b"<w:trackRevisions/>" in parts["word/settings.xml"]


def test_same_input_same_bytes_and_dates(drafts: dict[str, Draft]) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    assert render_docx(cmp, date=WHEN) == render_docx(cmp, date=WHEN)
    # A naive datetime is UTC; an aware one is converted to UTC.
    naive = _document(render_docx(cmp, date=dt.datetime(2006, 7, 15, 12, 30)))
    assert {e.get(f"{W}date") for e in naive.iter(f"{W}ins")} == {STAMP}
    tokyo = dt.timezone(dt.timedelta(hours=9))
    aware = _document(render_docx(cmp, date=dt.datetime(2006, 7, 15, 21, 30, tzinfo=tokyo)))
    assert {e.get(f"{W}date") for e in aware.iter(f"{W}ins")} == {STAMP}
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamps = {e.get(f"{W}date") for e in _document(render_docx(cmp)).iter(f"{W}del")}
    (stamp,) = stamps
    assert stamp is not None
    assert dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC) >= before


def _info(name: str) -> DraftInfo:
    return DraftInfo(symbol=name, name=name)


def _summary() -> Summary:
    return Summary(
        counts={"reworded": 1}, chapter_vii="absent", art39="absent", direction="neutral"
    )


def test_escaping_whitespace_and_control_characters() -> None:
    old = 'Notes <b>bold</b> & "quotes"\tand  two spaces;'
    new = 'Notes <i>it</i> & "quotes"\tand  two spaces\x01 here;'
    change = Change(
        kind="reworded",
        old=("OP1",),
        new=("OP1",),
        section="operative",
        match="similar",
        score=0.9,
        redline=redline(old, new),
    )
    cmp = Comparison(old=_info("A <&>"), new=_info('B "x"'), changes=(change,), summary=_summary())
    package = render_docx(cmp, author='a "quoted" <author>', date=WHEN)
    (accepted,) = _clauses(package, "accept")
    (rejected,) = _clauses(package, "reject")
    assert accepted == ("Operative", "1.", new.replace("\x01", ""))
    assert rejected == ("Operative", "1.", old)
    root = _document(package)
    assert {e.get(f"{W}author") for e in root.iter(f"{W}ins")} == {'a "quoted" <author>'}


def test_empty_comparison_renders() -> None:
    empty = Comparison(
        old=_info("A"),
        new=_info("B"),
        changes=(),
        summary=Summary(counts={}, chapter_vii="absent", art39="absent", direction="neutral"),
    )
    root = _document(render_docx(empty, date=WHEN))
    assert root.find(f".//{W}ins") is None and root.find(f".//{W}del") is None
    assert "Neither draft has any paragraph." in " ".join(t.text or "" for t in root.iter(f"{W}t"))


def test_labels_from_refs() -> None:
    assert clause_label("OP12") == "12."
    assert clause_label("OP3(a)") == "(a)"
    assert clause_label("OP3(a)(ii)") == "(ii)"
    assert clause_label("PP4") is None


# ---------------------------------------------------------------------------------------
# LibreOffice reads the package: the revisions, and a PDF.

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = "{" + _ODF_TEXT + "}"


def _soffice(tmp_path: Path, source: Path, target: str) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui")
    # A private profile, so a LibreOffice already running elsewhere does not swallow the job.
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = tmp_path / f"{source.stem}.{target.split(':')[0]}"
    assert out.is_file(), f"LibreOffice wrote no {out.name}"
    return out


def _odf_texts(fodt: Path, mode: str) -> tuple[list[str], dict[str, tuple[str, str, str]]]:
    """Paragraph texts of LibreOffice's reading with every change accepted or rejected,
    and each changed region's (type, author, date)."""
    root = ET.parse(fodt).getroot()
    regions: dict[str, tuple[str, str, str]] = {}
    for region in root.iter(f"{_T}changed-region"):
        kind = next(iter(region))
        creator = kind.find(".//{http://purl.org/dc/elements/1.1/}creator")
        date = kind.find(".//{http://purl.org/dc/elements/1.1/}date")
        regions[region.get(f"{_T}id") or ""] = (
            kind.tag.removeprefix(_T),
            creator.text or "" if creator is not None else "",
            date.text or "" if date is not None else "",
        )
    drop = "deletion" if mode == "accept" else "insertion"
    active: set[str] = set()
    chunks: list[str] = []

    def dropped() -> bool:
        return any(regions[c][0] == drop for c in active)

    def keep(text: str | None) -> None:
        if text and not dropped():
            chunks.append(text)

    def visit(node: ET.Element) -> None:
        if node.tag == f"{_T}change-start":
            active.add(node.get(f"{_T}change-id") or "")
        elif node.tag == f"{_T}change-end":
            active.discard(node.get(f"{_T}change-id") or "")
        elif node.tag == f"{_T}tab":
            keep("\t")
        elif node.tag == f"{_T}s":
            keep(" " * int(node.get(f"{_T}c") or "1"))
        elif node.tag == f"{_T}line-break":
            keep("\n")
        keep(node.text)
        for child in node:
            visit(child)
            keep(child.tail)

    body = root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body")
    assert body is not None
    for para in body.iter():
        if para.tag in (f"{_T}p", f"{_T}h"):
            visit(para)
            keep("\n")  # the paragraph mark, unless a region dropped on this side holds it
    lines = [line for line in "".join(chunks).split("\n") if line.strip()]
    return lines, regions


def test_libreoffice_reads_the_revisions(drafts: dict[str, Draft], tmp_path: Path) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(cmp, date=WHEN))
    fodt = _soffice(tmp_path, source, "fodt")
    accepted, regions = _odf_texts(fodt, "accept")
    rejected, _ = _odf_texts(fodt, "reject")
    kinds = {kind for kind, _, _ in regions.values()}
    assert kinds == {"insertion", "deletion"}
    assert {author for _, author, _ in regions.values()} == {"resdiff"}
    assert {date[:19] for _, _, date in regions.values()} == {STAMP[:19]}

    def clauses(lines: list[str]) -> list[str]:
        start = lines.index("Preamble")
        return [
            _flat(line) for line in lines[start:-1] if line not in ("Preamble", "Operative part")
        ]

    def labelled(draft: Draft) -> list[str]:
        return [_flat(f"{clause_label(c.ref) or ''} {c.text}") for c in draft.walk()]

    assert clauses(accepted) == labelled(drafts["adopted-compromise"])
    # Rejected: the old words, in the new draft's order (moves are not tracked).
    got = [re.sub(r"^(\d+\.|\([a-z]+\))\s", "", line) for line in clauses(rejected)]
    assert got == [_flat(c.old_text) for top in cmp.changes for c in top.walk() if c.old]
    assert sorted(got[: len(drafts["japan-draft"].preamble)]) == sorted(
        _flat(c.text) for c in drafts["japan-draft"].preamble
    )


def test_libreoffice_reads_splits_and_merges(tmp_path: Path) -> None:
    old, new, cmp = _split_merge()
    source = tmp_path / "split-merge.docx"
    source.write_bytes(render_docx(cmp, date=WHEN))
    fodt = _soffice(tmp_path, source, "fodt")

    def clauses(lines: list[str]) -> list[str]:
        start = lines.index("Preamble")
        return [
            _flat(line) for line in lines[start:-1] if line not in ("Preamble", "Operative part")
        ]

    accepted, _ = _odf_texts(fodt, "accept")
    assert clauses(accepted) == [_flat(f"{clause_label(c.ref) or ''} {c.text}") for c in new.walk()]
    rejected, _ = _odf_texts(fodt, "reject")
    got = [re.sub(r"^\d+\.\s", "", line) for line in clauses(rejected)]
    assert got == [_flat(c.text) for c in old.walk()]


def test_libreoffice_converts_to_pdf(drafts: dict[str, Draft], tmp_path: Path) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(cmp, date=WHEN))
    pdf = _soffice(tmp_path, source, "pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 20_000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "S/RES/1695 (2006)" in text and "What changed and why" in text
