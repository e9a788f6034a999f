"""The Word report: a valid package whose tracked changes are exactly the redlines.

Accepting every revision must give the new draft (its order, numbers and words) and
rejecting every revision the old draft; a paragraph that moved is a tracked move from its
old place to its new one; the report's own matter stands in content controls, so that
resdiff's Word reader reads the report back as its two drafts, and comparing those gives
the comparison the report was made from. When LibreOffice is installed it must read the
same revisions back (author, date, accept and reject) and turn the document into a PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS

import resdiff
from resdiff.model import Change, Clause, Comparison, Draft, DraftInfo, Section, Summary
from resdiff.read import load
from resdiff.read.docx import REPORT_TAG
from resdiff.redline import redline
from resdiff.render import render_docx
from resdiff.render.docx import (
    CLAUSE_STYLES,
    HEADING_STYLE,
    LABEL_STYLE,
    clause_label,
    enacting_formula,
)
from resdiff.testing import mutate

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


#: What each version leaves out: rejecting drops insertions and the new places of moves,
#: accepting drops deletions and the old places.
_GONE = {"accept": (f"{W}del", f"{W}moveFrom"), "reject": (f"{W}ins", f"{W}moveTo")}
_REVISIONS = {f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo"}


def _clauses(package: bytes, mode: str) -> list[tuple[str, str, str]]:
    """``(style, label, text)`` of every clause paragraph once all revisions are accepted
    (``mode="accept"``) or rejected (``"reject"``); paragraphs that vanish are left out."""
    body = _document(package).find(f"{W}body")
    assert body is not None
    gone = _GONE[mode]
    out: list[tuple[str, str, str]] = []
    # Text of paragraphs whose mark goes runs on into the next one (a split rejected, a
    # merge accepted, inserted paragraphs whose first mark is the paragraph's before).
    carry: tuple[str, list[str], list[str]] | None = None
    for p in body.findall(f"{W}p"):
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style = style_el.get(f"{W}val", "") if style_el is not None else ""
        if style not in CLAUSE_STYLE_NAMES:
            continue
        # The joined paragraph keeps the style of its first part with words.
        if carry is not None and "".join(carry[1] + carry[2]).strip():
            style, label, text = carry
        else:
            label, text = [], []
        for child in p:
            if child.tag == f"{W}pPr" or child.tag.endswith("RangeStart"):
                continue
            if child.tag in (f"{W}bookmarkStart", f"{W}bookmarkEnd"):
                continue  # the clauses' refs, for resdiff's Word reader
            if child.tag.endswith("RangeEnd") or child.tag in gone:
                continue
            assert child.tag in {f"{W}r", *_REVISIONS}, child.tag
            runs = [child] if child.tag == f"{W}r" else child.findall(f"{W}r")
            for run in runs:
                (label if _is_label(run) else text).append(_run_text(run))
        mark = p.find(f"{W}pPr/{W}rPr")
        if mark is not None and any(m.tag in gone for m in mark):
            carry = (style, label, text)
            continue
        carry = None
        if "".join(label + text).strip():
            out.append((style, "".join(label).strip(), "".join(text)))
    assert carry is None or not "".join(carry[1] + carry[2]).strip()
    return out


def _labelled(draft: Draft) -> list[tuple[str, str]]:
    """Every clause of a draft, sub-paragraphs included: its number and its words."""
    return [(clause_label(c.ref) or "", _flat(c.text)) for c in draft.walk()]


def _read(package: bytes, mode: str) -> list[tuple[str, str]]:
    return [(label, _flat(text)) for _, label, text in _clauses(package, mode)]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_accepting_and_rejecting_give_the_two_drafts(
    drafts: dict[str, Draft], old: str, new: str
) -> None:
    cmp = resdiff.compare(drafts[old], drafts[new])
    package = render_docx(cmp, date=WHEN)
    # Each draft whole: its paragraphs in its own order, with its own numbers.
    assert _read(package, "accept") == _labelled(drafts[new])
    assert _read(package, "reject") == _labelled(drafts[old])
    # Sub-paragraphs keep their indented styles in both versions.
    for mode, draft in (("accept", drafts[new]), ("reject", drafts[old])):
        depths = [c.ref.count("(") for c in draft.walk()]
        styles = [style for style, _, _ in _clauses(package, mode)]
        assert [s in TOP_STYLES for s in styles] == [d == 0 for d in depths]


def _moves(root: ET.Element) -> dict[str, dict[str, list[str]]]:
    """Each move's name → for its two sides (``moveFrom``, ``moveTo``) the texts written
    inside its range, in document order."""
    out: dict[str, dict[str, list[str]]] = {}
    open_ranges: dict[str, tuple[str, str]] = {}
    for el in root.iter():
        tag = el.tag.removeprefix(W)
        if tag in ("moveFromRangeStart", "moveToRangeStart"):
            side = tag.removesuffix("RangeStart")
            name = el.get(f"{W}name") or ""
            open_ranges[el.get(f"{W}id") or ""] = (side, name)
            out.setdefault(name, {}).setdefault(side, [])
        elif tag in ("moveFromRangeEnd", "moveToRangeEnd"):
            side, _ = open_ranges.pop(el.get(f"{W}id") or "")
            assert side == tag.removesuffix("RangeEnd")
        elif tag in ("t", "delText") and el.text:
            for side, name in open_ranges.values():
                out[name][side].append(el.text)
    assert not open_ranges, "every move range is closed"
    return out


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_revisions_are_well_formed(drafts: dict[str, Draft], old: str, new: str) -> None:
    cmp = resdiff.compare(drafts[old], drafts[new])
    root = _document(render_docx(cmp, date=WHEN))
    every = [e for e in root.iter() if e.tag in _REVISIONS]
    assert {e.get(f"{W}author") for e in every} == {"resdiff"}
    assert {e.get(f"{W}date") for e in every} == {STAMP}
    ranges = [e for e in root.iter() if e.tag.endswith("RangeStart")]
    ids = [e.get(f"{W}id") for e in every + ranges]
    assert len(set(ids)) == len(ids), "revision and range ids are unique"
    # Deleted words are w:delText, everything else w:t.
    for e in every:
        texts = {t.tag for t in e.iter() if t.tag in (f"{W}t", f"{W}delText")}
        assert texts <= ({f"{W}delText"} if e.tag == f"{W}del" else {f"{W}t"})
    # Each move has both sides; every moved run stands inside a range of its side.
    moves = _moves(root)
    assert all(set(sides) == {"moveFrom", "moveTo"} for sides in moves.values())
    inside = {t for sides in moves.values() for texts in sides.values() for t in texts}
    for e in every:
        if e.tag in (f"{W}moveFrom", f"{W}moveTo"):
            assert all(t.text in inside for t in e.iter(f"{W}t") if t.text)
    # Words kept, inserted or deleted in place are the redline's, once each.
    walk = [c for top in cmp.changes for c in top.walk()]
    if not any(c.moved for c in walk):
        assert len(root.findall(f".//{W}p/{W}ins")) >= sum(
            1 for c in walk for op, text in c.redline if op == 1 and text.strip()
        )


def test_a_moved_paragraph_goes_from_its_old_place_to_its_new_one(
    drafts: dict[str, Draft],
) -> None:
    # The Six-Party Talks paragraph: OP3 of the Japan-led draft, OP6 of the resolution.
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    (moved,) = [c for c in cmp.changes if c.moved]
    assert (moved.old, moved.new) == (("OP3",), ("OP6",))
    root = _document(render_docx(cmp, date=WHEN))
    (sides,) = _moves(root).values()
    words = _flat(moved.new_text)
    # The words move; the number changes (3. deleted there, 6. inserted here).
    assert [_flat("".join(sides[side])) for side in ("moveFrom", "moveTo")] == [
        f"3.{words}",
        f"6.{words}",
    ]
    paragraphs = [_flat("".join(_run_text(r) for r in p.iter(f"{W}r"))) for p in root.iter(f"{W}p")]
    at_old = next(k for k, p in enumerate(paragraphs) if p.endswith(words))
    at_new = next(k for k, p in enumerate(paragraphs) if p.endswith(words) and k > at_old)
    assert paragraphs[at_old - 1].startswith("2. Demands")
    assert paragraphs[at_old + 1].startswith("4.3. Decides thatRequires")
    assert paragraphs[at_new].startswith("6. Strongly urges")
    assert paragraphs[at_new + 1].startswith("7. Supports")


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
    assert _read(package, "accept") == _labelled(new)
    assert _read(package, "reject") == _labelled(old)
    root = _document(package)
    # One inserted paragraph mark (the cut), one deleted (the join): nothing else was
    # added or dropped, and nothing moved.
    assert len(root.findall(f".//{W}pPr/{W}rPr/{W}ins")) == 1
    assert len(root.findall(f".//{W}pPr/{W}rPr/{W}del")) == 1
    assert not _moves(root)
    labels = [
        (parent.tag.removeprefix(W), _run_text(run).strip())
        for parent in root.iter()
        if parent.tag in (f"{W}ins", f"{W}del")
        for run in parent.findall(f"{W}r")
        if _is_label(run)
    ]
    # The new part's number inserted with the cut, the joined part's deleted with the
    # join, and the merged paragraph renumbered from 3 to 4.
    assert labels == [("ins", "3."), ("del", "3."), ("ins", "4."), ("del", "4.")]


#: A split whose parts stand apart (issue 11): the new paragraph 3 stands between them.
APART_OLD = SPLIT_MERGE_OLD
APART_NEW = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Demands that the DPRK suspend all activities related to its ballistic missile programme;

3. Requests the Secretary-General to report to the Council within thirty days;

4. Demands also that the DPRK re-establish its pre-existing commitments to a moratorium on \
missile launching;

5. Calls upon all Member States to exercise vigilance in preventing missile transfers;

6. Decides to remain seized of the matter.
"""


def test_accepting_gives_the_new_order_when_the_parts_of_a_split_stand_apart() -> None:
    old, new = resdiff.parse(APART_OLD), resdiff.parse(APART_NEW)
    cmp = resdiff.compare(old, new)
    assert [(c.old, c.new) for c in cmp.changes if c.match == "split"] == [
        (("OP2",), ("OP2", "OP4"))
    ]
    package = render_docx(cmp, date=WHEN)
    assert _read(package, "accept") == _labelled(new)
    assert _read(package, "reject") == _labelled(old)
    # The second part is moved out of old paragraph 2 to its own place, after paragraph 3.
    (sides,) = _moves(_document(package)).values()
    assert (
        _flat("".join(sides["moveFrom"]))
        == "re-establish its pre-existing commitments to a moratorium on missile launching;"
    )
    assert "".join(sides["moveFrom"]) in "".join(sides["moveTo"])


def test_a_merge_of_paragraphs_that_stood_apart_reads_back_as_both_drafts() -> None:
    old, new = resdiff.parse(APART_NEW), resdiff.parse(APART_OLD)
    cmp = resdiff.compare(old, new)
    assert [(c.old, c.new) for c in cmp.changes if c.match == "merged"] == [
        (("OP2", "OP4"), ("OP2",))
    ]
    package = render_docx(cmp, date=WHEN)
    assert _read(package, "accept") == _labelled(new)
    assert _read(package, "reject") == _labelled(old)
    assert len(_moves(_document(package))) == 1


#: A paragraph with sub-paragraphs split in two, the part with the sub-paragraphs
#: standing apart (after the new paragraph 2), its sub-paragraphs relabelled.
SUB_OLD = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006 and \
requests the Secretary-General to report to the Council within thirty days on:
(a) the launches of ballistic missiles;
(b) the measures taken by Member States to prevent missile transfers;

2. Calls upon all Member States to exercise vigilance in preventing missile transfers;

3. Decides to remain seized of the matter.
"""
SUB_APART = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Calls upon all Member States to exercise vigilance in preventing missile transfers;

3. Requests the Secretary-General to report to the Council within thirty days on:
(i) the launches of ballistic missiles;
(ii) the measures taken by Member States to prevent missile transfers;

4. Decides to remain seized of the matter.
"""
#: The same split with its parts next to each other.
SUB_TOGETHER = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Requests the Secretary-General to report to the Council within thirty days on:
(i) the launches of ballistic missiles;
(ii) the measures taken by Member States to prevent missile transfers;

3. Calls upon all Member States to exercise vigilance in preventing missile transfers;

4. Decides to remain seized of the matter.
"""
_SUB_CASES = {
    "split": (SUB_OLD, SUB_TOGETHER, ("OP1",), ("OP1", "OP2")),
    "merge": (SUB_TOGETHER, SUB_OLD, ("OP1", "OP2"), ("OP1",)),
    "split-apart": (SUB_OLD, SUB_APART, ("OP1",), ("OP1", "OP3")),
    "merge-apart": (SUB_APART, SUB_OLD, ("OP1", "OP3"), ("OP1",)),
}


@pytest.mark.parametrize(
    ("old_text", "new_text", "old_refs", "new_refs"), _SUB_CASES.values(), ids=_SUB_CASES.keys()
)
def test_the_sub_paragraphs_of_a_split_or_merge_stay_sub_paragraphs(
    old_text: str, new_text: str, old_refs: tuple[str, ...], new_refs: tuple[str, ...]
) -> None:
    # Found by the fuzzing campaign: each part was one paragraph, its sub-paragraphs'
    # labels and words run into it ("... on: (a) the launches ..."), so neither accepting
    # nor rejecting gave a draft with sub-paragraphs.
    old, new = resdiff.parse(old_text), resdiff.parse(new_text)
    cmp = resdiff.compare(old, new)
    (change,) = [c for c in cmp.changes if len(c.old) > 1 or len(c.new) > 1]
    assert (change.old, change.new) == (old_refs, new_refs)
    package = render_docx(cmp, date=WHEN)
    assert _read(package, "accept") == _labelled(new)
    assert _read(package, "reject") == _labelled(old)
    for version, draft in (("accepted", new), ("original", old)):
        read = load(package, format="docx", version=version)
        assert [(c.ref, c.label, c.text) for c in read.walk()] == [
            (c.ref, c.label, c.text) for c in draft.walk()
        ], version
    # The relabelled sub-paragraphs: each label deleted and inserted as a clause label.
    labels = [
        (parent.tag.removeprefix(W), _run_text(run).strip())
        for parent in _document(package).iter()
        if parent.tag in (f"{W}ins", f"{W}del")
        for run in parent.findall(f"{W}r")
        if _is_label(run) and "(" in _run_text(run)
    ]
    letters, romans = ["(a)", "(b)"], ["(i)", "(ii)"]
    gone, come = (letters, romans) if "(a)" in old_text else (romans, letters)
    assert sorted(labels) == sorted([("del", x) for x in gone] + [("ins", x) for x in come])


CROSS_OLD = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

Underlining the need for the DPRK to show restraint and to refrain from any action that \
might aggravate tension,

Expressing grave concern at the launches of ballistic missiles by the DPRK,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Demands that the DPRK suspend all activities related to its ballistic missile \
programme, including:

(a) the testing of missiles of all ranges;

(b) the export of missile technology to any State;

(c) the development of new launch sites and facilities;

3. Requests the Secretary-General to report to the Council within thirty days;

4. Calls upon all Member States to exercise vigilance in preventing missile transfers;

5. Decides to remain seized of the matter.
"""

#: The recital "Underlining ..." becomes operative paragraph 2; paragraph 2 moves down,
#: reworded, its sub-paragraph (c) moved up to (a).
CROSS_NEW = """The Security Council,

Recalling its previous resolutions on the Korean peninsula,

Expressing grave concern at the launches of ballistic missiles by the DPRK,

1. Condemns the multiple launches of ballistic missiles by the DPRK on 5 July 2006;

2. Underlines the need for the DPRK to show restraint and to refrain from any action \
that might aggravate tension;

3. Requests the Secretary-General to report to the Council within thirty days;

4. Calls upon all Member States to exercise vigilance in preventing missile transfers;

5. Demands that the DPRK immediately suspend all activities related to its ballistic \
missile programme, including:

(a) the development of new launch sites and facilities;

(b) the testing of missiles of all ranges;

(c) the export of missile technology to any State;

6. Decides to remain seized of the matter.
"""


def test_moves_across_the_parts_and_of_sub_paragraphs_read_back_as_both_drafts() -> None:
    old, new = resdiff.parse(CROSS_OLD), resdiff.parse(CROSS_NEW)
    cmp = resdiff.compare(old, new)
    crossed = [(c.old, c.new) for c in cmp.changes if c.old_section not in (None, c.section)]
    assert crossed == [(("PP2",), ("OP2",))]
    (demands,) = [c for c in cmp.changes if c.old == ("OP2",)]
    assert demands.new == ("OP5",) and demands.moved
    assert [(c.old, c.new) for c in demands.children if c.moved] == [(("OP2(c)",), ("OP5(a)",))]
    package = render_docx(cmp, date=WHEN)
    assert _read(package, "accept") == _labelled(new)
    assert _read(package, "reject") == _labelled(old)
    # Two moves: the recital into the operative part, paragraph 2 (its sub-paragraphs,
    # reordered, move with it).
    moves = _moves(_document(package))
    assert len(moves) == 2
    texts = ["".join(sides["moveTo"]) for sides in moves.values()]
    assert any(t.startswith("2.Underlines") for t in texts)
    (demands_to,) = [t for t in texts if "suspend" in t]
    assert demands_to.index("(a)the development") < demands_to.index("(b)the testing")


HEADINGS_OLD = """The Security Council,

Recalling its previous resolutions,

Political process

1. Calls upon the parties to resume talks;

Sanctions

2. Decides that all States shall freeze the funds of the listed persons;

3. Decides to remain seized of the matter.
"""

#: "Political process" kept in place; "Sanctions" dropped; "Final provisions" added
#: before a paragraph that moved up; "Renewal of the mandate" added before a new one.
HEADINGS_NEW = """The Security Council,

Recalling its previous resolutions,

Political process

1. Calls upon the parties to resume talks;

Renewal of the mandate

2. Decides to renew the mandate of the Mission until 31 March 2027;

Final provisions

3. Decides to remain seized of the matter;

4. Decides that all States shall freeze the funds of the listed persons.
"""


def _headed(draft: Draft) -> list[tuple[str, str | None]]:
    """A draft's headings, each with the clause it stands before."""
    return [(h.text, h.before) for h in draft.headings]


def test_the_drafts_headings_stand_in_the_tracked_text_as_each_draft_has_them() -> None:
    old, new = resdiff.parse(HEADINGS_OLD), resdiff.parse(HEADINGS_NEW)
    assert _headed(old) == [("Political process", "OP1"), ("Sanctions", "OP2")]
    assert _headed(new) == [
        ("Political process", "OP1"),
        ("Renewal of the mandate", "OP2"),
        ("Final provisions", "OP3"),
    ]
    package = render_docx(resdiff.compare(old, new), date=WHEN)
    for version, draft in (("original", old), ("accepted", new)):
        read = load(package, format="docx", version=version)
        assert _headed(read) == _headed(draft), version
        assert _labelled(read) == _labelled(draft), version
    # The kept heading is plain text; the others are tracked, paragraph mark included.
    marks: dict[str, str] = {}
    for p in _document(package).iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") != HEADING_STYLE:
            continue
        words = "".join(_run_text(r) for r in p.iter(f"{W}r"))
        mark = p.find(f"{W}pPr/{W}rPr")
        marks[words] = "plain" if mark is None else mark[0].tag.removeprefix(W)
    assert marks == {
        "Political process": "plain",
        "Sanctions": "del",
        "Renewal of the mandate": "ins",
        "Final provisions": "ins",
    }


def test_a_comparison_keeps_each_drafts_headings_and_numbers_through_json() -> None:
    old, new = resdiff.parse(HEADINGS_OLD), resdiff.parse(HEADINGS_NEW)
    cmp = resdiff.compare(old, new)
    assert [(h.text, h.before, h.span) for h in cmp.old.headings] == [
        ("Political process", "OP1", None),
        ("Sanctions", "OP2", None),
    ]
    assert [(c.ref, c.label) for c in cmp.new.clauses][:3] == [
        ("PP1", None),
        ("OP1", "1."),
        ("OP2", "2."),
    ]
    back = Comparison.model_validate_json(cmp.model_dump_json())
    assert back == cmp
    assert render_docx(back, date=WHEN) == render_docx(cmp, date=WHEN)


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
    assert accepted == ("Operative", "1.", new.replace("\x01", "\u2401"))
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
    assert clause_label("OP5-2") == "5."  # the second paragraph numbered 5
    assert clause_label("PP4") is None


def _formula(old: str | None, new: str | None, **facts: str) -> str | None:
    infos = [DraftInfo(symbol=symbol, name="draft", **facts) for symbol in (old, new)]  # type: ignore[arg-type]
    return enacting_formula(Comparison(old=infos[0], new=infos[1], changes=(), summary=_summary()))


def test_the_enacting_formula_comes_from_the_symbols() -> None:
    assert _formula(None, "S/RES/1695 (2006)") == "The Security Council,"
    assert _formula("A/C.3/78/L.4", None) == "The General Assembly,"
    assert _formula(None, None) is None  # no symbol says which organ
    assert _formula("S/2006/488", "A/RES/61/1") is None  # they disagree
    assert _formula("S/PRST/2006/41", "S/PRST/2006/41", kind="statement") is None
    assert _formula("S/2006/488", "S/2006/488", language="fr") is None


def test_the_report_matter_stands_in_content_controls(drafts: dict[str, Draft]) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    body = _document(render_docx(cmp, date=WHEN)).find(f"{W}body")
    assert body is not None
    controls = [el for el in body if el.tag == f"{W}sdt"]
    # The title to the first heading, the heading of the operative part, the closing note.
    assert len(controls) == 3
    for sdt in controls:
        assert sdt.find(f"{W}sdtPr/{W}tag").get(f"{W}val") == REPORT_TAG  # type: ignore[union-attr]
    inside = " ".join(t.text or "" for sdt in controls for t in sdt.iter(f"{W}t"))
    for words in ("S/RES/1695 (2006)", "Key changes", "Net direction", "What changed and why"):
        assert words in inside
    # Outside them: the enacting formula and the clauses, nothing else.
    outside = [el for el in body if el.tag not in (f"{W}sdt", f"{W}sectPr")]
    styles = [el.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for el in outside]  # type: ignore[union-attr]
    assert styles[0] == "Formula" and set(styles[1:]) <= CLAUSE_STYLE_NAMES


def test_paragraphs_inserted_after_an_inserted_ending_take_the_mark_before(
    drafts: dict[str, Draft],
) -> None:
    # Adopted → Japan-led: paragraph 3 gains ", including:" and the sub-paragraphs
    # (a) to (b) after it. The mark ending paragraph 3 is the inserted one and the last
    # new sub-paragraph ends with the old mark, its style change tracked, as Word writes
    # it (LibreOffice misreads the other way to say the same).
    cmp = resdiff.compare(drafts["adopted-compromise"], drafts["japan-draft"])
    root = _document(render_docx(cmp, date=WHEN))
    paragraphs = list(root.iter(f"{W}p"))
    (k,) = [
        k
        for k, p in enumerate(paragraphs)
        if "".join(_run_text(r) for r in p.iter(f"{W}r")).endswith(", including:")
    ]
    before, *items = paragraphs[k : k + 5]
    assert before.find(f"{W}pPr/{W}rPr/{W}ins") is not None
    assert [p.find(f"{W}pPr/{W}rPr/{W}ins") is not None for p in items] == [True] * 3 + [False]
    change = items[-1].find(f"{W}pPr/{W}pPrChange/{W}pPr/{W}pStyle")
    assert change is not None and change.get(f"{W}val") == "Operative"


# ---------------------------------------------------------------------------------------
# Read back by resdiff's Word reader: the report's two versions are the two drafts, and
# comparing them gives the comparison the report was made from.


def _signature(cmp: Comparison) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    """Every change, sub-paragraphs included: kind, refs on each side, moved."""
    return sorted((c.kind, c.old, c.new, c.moved) for top in cmp.changes for c in top.walk())


def _outline(draft: Draft) -> list[tuple[str, str]]:
    # The text reader tidies a space before a comma that an AKN file may hold.
    return [(c.ref, re.sub(r"\s+([;:,])", r"\1", c.text)) for c in draft.walk()]


def _round_trip(old: Draft, new: Draft) -> tuple[int, list[str]]:
    """The number of changes compared and what went wrong, reading the report back."""
    cmp = resdiff.compare(old, new)
    data = render_docx(cmp, date=WHEN)
    original = load(data, path="report.docx", version="original")
    accepted = load(data, path="report.docx", version="accepted")
    wrong = []
    if _outline(original) != _outline(old):
        wrong.append("rejecting every change does not give the old draft")
    if _outline(accepted) != _outline(new):
        wrong.append("accepting every change does not give the new draft")
    expected, got = _signature(cmp), _signature(resdiff.compare(original, accepted))
    if got != expected:
        missing = sorted(set(expected) - set(got))
        extra = sorted(set(got) - set(expected))
        wrong.append(f"changes differ: missing {missing[:3]}, found {extra[:3]}")
    return len(expected), wrong


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (a, b)
        for a in ("japan-draft", "china-russia-draft", "adopted-compromise")
        for b in ("japan-draft", "china-russia-draft", "adopted-compromise")
        if a != b
    ],
)
def test_the_report_reads_back_as_its_two_drafts(
    drafts: dict[str, Draft], old: str, new: str
) -> None:
    for name in (old, new):
        drafts.setdefault(name, resdiff.parse(EXAMPLES / f"{name}.txt"))
    compared, wrong = _round_trip(drafts[old], drafts[new])
    assert compared > 20 and not wrong


#: Sub-paragraph keys by depth: (a), (b) ... under a paragraph, (i), (ii) ... below.
_KEYS = (
    tuple("abcdefghijklmnopqrstuvwxyz"),
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"),
)


def _renumbered(preamble: list[Clause], operative: list[Clause]) -> Draft:
    """A draft of these paragraphs, numbered anew (sub-paragraphs in order)."""

    def relabel(clause: Clause, ref: str, section: Section, label: str | None) -> Clause:
        depth = ref.count("(")
        keys = _KEYS[min(depth, 1)]
        children = tuple(
            relabel(child, f"{ref}({key})", section, f"({key})")
            for key, child in zip(keys, clause.children, strict=False)
        )
        return Clause(ref=ref, section=section, label=label, text=clause.text, children=children)

    return Draft(
        preamble=tuple(relabel(c, f"PP{k}", "preamble", None) for k, c in enumerate(preamble, 1)),
        operative=tuple(
            relabel(c, f"OP{k}", "operative", f"{k}.") for k, c in enumerate(operative, 1)
        ),
    )


def _reworded(clause: Clause, rng: random.Random) -> Clause:
    words = clause.text.split()
    if len(words) > 5:
        k = rng.randrange(1, len(words))
        words.insert(k, rng.choice(["also", "further", "particularly"]))
    return clause.model_copy(update={"text": " ".join(words)})


def _shuffled(draft: Draft, rng: random.Random, edits: int) -> tuple[Draft, Draft]:
    """The draft (renumbered) and a revision of it with paragraphs moved within and
    across the two parts, sub-paragraphs moved inside their paragraph, moved paragraphs
    reworded and paragraphs dropped: the moves :func:`resdiff.testing.mutate` leaves out."""
    items = [c for c in draft.preamble if c.text] + [c for c in draft.operative if c.text]
    preamble = len([c for c in draft.preamble if c.text])
    for _ in range(edits):
        edit = rng.choice(["move", "move", "across", "sub", "drop"])
        k = rng.randrange(len(items))
        if edit == "move":
            clause = _reworded(items.pop(k), rng) if rng.random() < 0.5 else items.pop(k)
            low, high = (0, preamble - 1) if k < preamble else (preamble - 1, len(items))
            items.insert(rng.randint(max(low, 0), max(high, 0)), clause)
        elif edit == "across" and 1 < preamble < len(items) - 1:
            if k < preamble:
                preamble -= 1
                items.insert(rng.randint(preamble, len(items) - 1), items.pop(k))
            else:
                items.insert(rng.randint(0, preamble), items.pop(k))
                preamble += 1
        elif edit == "sub" and (lists := [j for j, c in enumerate(items) if len(c.children) > 2]):
            k = rng.choice(lists)
            children = list(items[k].children)
            children.insert(
                rng.randrange(len(children)), children.pop(rng.randrange(len(children)))
            )
            items[k] = items[k].model_copy(update={"children": tuple(children)})
        elif edit == "drop" and len(items) > 6:
            items.pop(k)
            preamble -= k < preamble
    old = _renumbered([c for c in draft.preamble if c.text], [c for c in draft.operative if c.text])
    return old, _renumbered(items[:preamble], items[preamble:])


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real-text corpus not found at {CORPUS}")
def test_corpus_revisions_read_back_from_the_report() -> None:
    """Real resolutions revised with known edits (resdiff.testing.mutate: drops,
    insertions, moves, splits, merges, strength edits) and with shuffles (moves across
    the preamble and the operative part, sub-paragraphs moved, moved paragraphs
    reworded): every report reads back as its two drafts and the same changes."""
    files = sorted((CORPUS / "akn").glob("*.xml"))
    pool = [c for f in files[:3] for c in resdiff.parse(f).operative]
    failures: list[str] = []
    compared = 0
    for k, path in enumerate(files[:: max(1, len(files) // 12)][:12]):
        draft = resdiff.parse(path)
        mutation = mutate(draft, rng=random.Random(k), edits=6, pool=pool)
        shuffle = _shuffled(draft, random.Random(k), 5)
        for name, (old, new) in (
            (f"{path.name} {'+'.join(mutation.edits)}", (mutation.old, mutation.new)),
            (f"{path.name} shuffled", shuffle),
        ):
            count, wrong = _round_trip(old, new)
            compared += count
            failures += [f"{name}: {w}" for w in wrong]
    assert compared > 500
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------------------------------
# LibreOffice reads the package: the revisions, and a PDF.

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_T = "{" + _ODF_TEXT + "}"


def _soffice(tmp_path: Path, target: str, *sources: Path) -> list[Path]:
    """``sources`` converted by LibreOffice (one run for all) to ``target``."""
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
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    out = [tmp_path / f"{source.stem}.{target.split(':')[0]}" for source in sources]
    for path in out:
        assert path.is_file(), f"LibreOffice wrote no {path.name}"
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


#: The lines LibreOffice shows around the draft's text: the report's headings.
_HEADINGS = ("Preamble", "Operative part")


def _lo_clauses(lines: list[str]) -> list[str]:
    """The lines of the tracked text: after the first heading, up to the closing note."""
    start = next(k for k, line in enumerate(lines) if line in _HEADINGS)
    return [_flat(line) for line in lines[start:-1] if line not in _HEADINGS]


def _lo_expected(draft: Draft, formula: str | None) -> list[str]:
    lines = [formula] if formula else []
    return lines + [f"{label} {text}".strip() for label, text in _labelled(draft)]


def test_libreoffice_reads_the_revisions(drafts: dict[str, Draft], tmp_path: Path) -> None:
    pairs = [("japan-draft", "adopted-compromise"), ("adopted-compromise", "japan-draft")]
    sources = []
    for old, new in pairs:
        source = tmp_path / f"{old}-to-{new}.docx"
        source.write_bytes(render_docx(resdiff.compare(drafts[old], drafts[new]), date=WHEN))
        sources.append(source)
    for (old, new), fodt in zip(pairs, _soffice(tmp_path, "fodt", *sources), strict=True):
        accepted, regions = _odf_texts(fodt, "accept")
        rejected, _ = _odf_texts(fodt, "reject")
        assert {kind for kind, _, _ in regions.values()} >= {"insertion", "deletion"}
        assert {author for _, author, _ in regions.values()} == {"resdiff"}
        assert {date[:19] for _, _, date in regions.values()} == {STAMP[:19]}
        # One enacting formula: the resolution's symbol says the Security Council.
        assert _lo_clauses(accepted) == _lo_expected(drafts[new], "The Security Council,")
        assert _lo_clauses(rejected) == _lo_expected(drafts[old], "The Security Council,")


def test_libreoffice_reads_splits_merges_and_moves(tmp_path: Path) -> None:
    cases = {
        "split-merge": (SPLIT_MERGE_OLD, SPLIT_MERGE_NEW),
        "split-apart": (APART_OLD, APART_NEW),
        "merge-apart": (APART_NEW, APART_OLD),
        "moves": (CROSS_OLD, CROSS_NEW),
        "split-sub-paragraphs": (SUB_OLD, SUB_TOGETHER),
        "merge-sub-paragraphs-apart": (SUB_APART, SUB_OLD),
    }
    sources = []
    for name, (old, new) in cases.items():
        source = tmp_path / f"{name}.docx"
        source.write_bytes(render_docx(resdiff.compare(old, new), date=WHEN))
        sources.append(source)
    for (old, new), fodt in zip(cases.values(), _soffice(tmp_path, "fodt", *sources), strict=True):
        # The drafts have no symbol: the report writes no enacting formula.
        accepted, _ = _odf_texts(fodt, "accept")
        assert _lo_clauses(accepted) == _lo_expected(resdiff.parse(new), None), fodt.name
        rejected, _ = _odf_texts(fodt, "reject")
        assert _lo_clauses(rejected) == _lo_expected(resdiff.parse(old), None), fodt.name


def test_libreoffice_reads_the_drafts_headings(tmp_path: Path) -> None:
    source = tmp_path / "headings.docx"
    cmp = resdiff.compare(HEADINGS_OLD, HEADINGS_NEW)
    source.write_bytes(render_docx(cmp, date=WHEN))
    (fodt,) = _soffice(tmp_path, "fodt", source)
    for mode, text in (("accept", HEADINGS_NEW), ("reject", HEADINGS_OLD)):
        draft = resdiff.parse(text)
        before = {h.before: h.text for h in draft.headings}
        expected: list[str] = []
        for clause, line in zip(draft.walk(), _lo_expected(draft, None), strict=True):
            expected += [before[clause.ref], line] if clause.ref in before else [line]
        lines, _ = _odf_texts(fodt, mode)
        assert _lo_clauses(lines) == expected, mode


def test_libreoffice_converts_to_pdf(drafts: dict[str, Draft], tmp_path: Path) -> None:
    cmp = resdiff.compare(drafts["japan-draft"], drafts["adopted-compromise"])
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(cmp, date=WHEN))
    (pdf,) = _soffice(tmp_path, "pdf", source)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 20_000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "S/RES/1695 (2006)" in text and "What changed and why" in text


def test_a_report_read_back_warns_once_and_names_its_two_versions(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"
    cmp = resdiff.compare(examples / "japan-draft.txt", examples / "adopted-compromise.txt")
    path = tmp_path / "report.docx"
    path.write_bytes(render_docx(cmp))
    original = resdiff.parse(path, version="original")
    accepted = resdiff.parse(path)
    warnings = [w for w in accepted.warnings if w.code == "docx-report"]
    assert len(warnings) == 1 and warnings[0].line == 1
    assert re.search(r"its own matter \(\d+ paragraphs", warnings[0].message)
    # The drafts' symbols (and dates, statuses, sponsors) come back from the report's
    # document properties; a draft with none is named by the file, its version said.
    assert (original.name, accepted.name) == ("report.docx (original)", "S/RES/1695 (2006)")
    assert (accepted.date, accepted.status) == (cmp.new.date, cmp.new.status)
    back = resdiff.compare(original, accepted)
    assert str(back).startswith("Comparison: report.docx (original) → S/RES/1695 (2006)")
