"""The Word report's tracked text holds the drafts' annexes and footnotes: accepting
every revision gives the whole new draft, rejecting every revision the whole old one,
annexes and footnotes included; resdiff's Word reader reads them back as annexes and
footnotes, never as operative paragraphs. The comparison (resdiff.comparison/10) carries
every annex and the footnotes in order, each text once.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from conftest import CORPUS
from pydantic import ValidationError

import resdiff
from resdiff.model import Annex, Comparison, Draft, Footnote
from resdiff.read import load
from resdiff.render import render, render_docx
from resdiff.render.docx import enacting_formula
from resdiff.testing.report_text import full_text, tracked_text, words

WHEN = dt.datetime(2022, 12, 20, 12, 0, tzinfo=dt.UTC)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

BODY_OLD = """The Security Council,

Recalling its previous resolutions on the Republic of Freedonia,

1. Decides to renew the mandate of the Panel until 1 June 2024;

2. Requests the Panel to carry out the tasks set out in annex I;

3. Decides to remain seized of the matter.
"""
BODY_NEW = BODY_OLD.replace("1 June 2024", "1 June 2025")

ANNEX_KEPT = Annex(
    title="Annex I",
    paragraphs=("Tasks of the Panel", "(a) To gather information on the measures;"),
)
ANNEX_OLD = Annex(
    title="Annex II",
    paragraphs=("List of ports", "Port Alpha", "Port Beta", "Port Gamma"),
)
ANNEX_NEW = Annex(
    title="Annex II",
    paragraphs=("List of ports", "Port Alpha", "Port Delta", "Port Gamma", "Port Epsilon"),
)
ANNEX_GONE = Annex(title="Annex III", paragraphs=("Form of notification", "Name, date"))
ANNEX_ADDED = Annex(title="Annex IV", paragraphs=("Criteria for designation",))


def _drafts(
    old_annexes: tuple[Annex, ...],
    new_annexes: tuple[Annex, ...],
    old_notes: tuple[str, ...] = (),
    new_notes: tuple[str, ...] = (),
) -> tuple[Draft, Draft]:
    old = resdiff.parse(BODY_OLD).model_copy(
        update={
            "symbol": "S/2024/10",
            "annexes": old_annexes,
            "footnotes": tuple(Footnote(mark=str(k), text=t) for k, t in enumerate(old_notes, 1)),
        }
    )
    new = resdiff.parse(BODY_NEW).model_copy(
        update={
            "symbol": "S/2024/20",
            "annexes": new_annexes,
            "footnotes": tuple(Footnote(mark=str(k), text=t) for k, t in enumerate(new_notes, 1)),
        }
    )
    return old, new


def _every_kind() -> tuple[Draft, Draft, Comparison]:
    """An annex kept, one changed, one dropped; footnotes changed. (An annex added while
    another is dropped would pair with it, as a retitled annex: see
    :func:`test_an_added_annex_is_inserted_whole`.)"""
    old, new = _drafts(
        (ANNEX_KEPT, ANNEX_OLD, ANNEX_GONE),
        (ANNEX_KEPT, ANNEX_NEW),
        ("See S/2023/1.", "See A/78/2."),
        ("See S/2023/1.", "See A/78/3.", "See S/2024/5."),
    )
    return old, new, resdiff.compare(old, new)


def test_accepting_and_rejecting_give_the_whole_drafts_annexes_and_footnotes_included() -> None:
    old, new, cmp = _every_kind()
    data = render_docx(cmp, date=WHEN)
    formula = enacting_formula(cmp)
    assert words(tracked_text(data, "accept")) == words(full_text(new, formula))
    assert words(tracked_text(data, "reject")) == words(full_text(old, formula))
    # Paragraph by paragraph too: each annex line and each note a paragraph of its own.
    accepted = tracked_text(data, "accept")
    assert accepted[-5:] == [
        "Port Gamma",
        "Port Epsilon",
        "See S/2023/1.",
        "See A/78/3.",
        "See S/2024/5.",
    ]
    assert "Port Beta" not in accepted and "Port Beta" in tracked_text(data, "reject")


def _paragraphs(data: bytes) -> list[ET.Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(f"{W}body")
    assert body is not None
    return body.findall(f"{W}p")


def _all_text(data: bytes) -> list[str]:
    """Every paragraph's text, the report's own matter (in content controls) included."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    return [_text(p) for p in root.iter(f"{W}p")]


def _style(p: ET.Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


def _text(p: ET.Element) -> str:
    return "".join(n.text or "" for n in p.iter() if n.tag in (f"{W}t", f"{W}delText"))


def _revised(p: ET.Element) -> bool:
    return any(n.tag in (f"{W}ins", f"{W}del") for n in p.iter())


def test_an_unchanged_annex_is_plain_and_a_changed_one_is_redlined_by_word() -> None:
    _, _, cmp = _every_kind()
    paras = [p for p in _paragraphs(render_docx(cmp, date=WHEN)) if _style(p) == "AnnexText"]
    by_text = {_text(p): p for p in paras}
    # Annex I is the same in both drafts: no revision at all.
    assert not _revised(by_text["Tasks of the Panel"])
    assert not _revised(by_text["(a) To gather information on the measures;"])
    # Annex II: only the port that changed is tracked, word by word.
    port = next(p for p in paras if "Delta" in _text(p))
    assert [n.tag for n in port if n.tag in (f"{W}ins", f"{W}del")] == [f"{W}del", f"{W}ins"]
    assert not _revised(by_text["Port Alpha"])
    # Annex III is deleted whole, paragraph marks included.
    for line in ("Form of notification", "Name, date"):
        gone = by_text[line]
        assert gone.find(f"{W}pPr/{W}rPr/{W}del") is not None
        assert [n.tag for n in gone if n.tag in (f"{W}ins", f"{W}del")] == [f"{W}del"]


def test_an_added_annex_is_inserted_whole() -> None:
    old, new = _drafts((ANNEX_KEPT,), (ANNEX_KEPT, ANNEX_ADDED), (), ("See S/2024/5.",))
    cmp = resdiff.compare(old, new)
    data = render_docx(cmp, date=WHEN)
    formula = enacting_formula(cmp)
    assert words(tracked_text(data, "accept")) == words(full_text(new, formula))
    assert words(tracked_text(data, "reject")) == words(full_text(old, formula))
    added = [p for p in _paragraphs(data) if _text(p) in ("Annex IV", "Criteria for designation")]
    assert len(added) == 2
    for p in added:
        assert p.find(f"{W}pPr/{W}rPr/{W}ins") is not None
        assert [n.tag for n in p if n.tag in (f"{W}ins", f"{W}del")] == [f"{W}ins"]


def test_the_report_reads_back_with_its_annexes_and_footnotes_as_such() -> None:
    old, new, cmp = _every_kind()
    data = render_docx(cmp, date=WHEN)
    original = load(data, path="report.docx", version="original")
    accepted = load(data, path="report.docx", version="accepted")
    for read, draft in ((original, old), (accepted, new)):
        # Not a line of an annex or a note read as a paragraph of the draft.
        assert [c.ref for c in read.walk()] == [c.ref for c in draft.walk()]
        assert [(a.title, a.paragraphs) for a in read.annexes] == [
            (a.title, a.paragraphs) for a in draft.annexes
        ]
        assert [f.text for f in read.footnotes] == [f.text for f in draft.footnotes]
    again = resdiff.compare(original, accepted)
    assert again.text_changes == cmp.text_changes
    assert again.texts == cmp.texts


def test_the_comparison_holds_every_annex_in_order_and_no_text_twice() -> None:
    _, _, cmp = _every_kind()
    assert [(t.part, t.title) for t in cmp.texts] == [
        ("annex", "Annex I"),
        ("annex", "Annex II"),
        ("annex", "Annex III"),
        ("footnotes", "Footnotes"),
    ]
    kept, changed, dropped, notes = cmp.texts
    # An unchanged annex holds its words once; one that differs points at its change.
    assert kept.change is None and kept.redline == (
        (0, "Annex I\n" + "\n".join(ANNEX_KEPT.paragraphs)),
    )
    for whole, kind in ((changed, "changed"), (dropped, "dropped"), (notes, "changed")):
        assert whole.change is not None and whole.redline == ()
        assert cmp.text_changes[whole.change].kind == kind
    # Exact JSON round trip, under the new version.
    dumped = cmp.model_dump_json()
    assert json.loads(dumped)["schema"] == "resdiff.comparison/10"
    assert Comparison.model_validate_json(dumped) == cmp


def test_a_dropped_annex_stands_where_the_old_draft_had_it() -> None:
    old, new = _drafts((ANNEX_KEPT, ANNEX_GONE, ANNEX_OLD), (ANNEX_KEPT, ANNEX_NEW))
    cmp = resdiff.compare(old, new)
    assert [t.title for t in cmp.texts] == ["Annex I", "Annex III", "Annex II"]
    data = render_docx(cmp, date=WHEN)
    assert words(tracked_text(data, "reject")) == words(full_text(old, enacting_formula(cmp)))


def test_a_version_8_comparison_reads_and_renders_what_it_holds() -> None:
    _, _, cmp = _every_kind()
    doc = json.loads(cmp.model_dump_json())
    doc["schema"] = "resdiff.comparison/8"
    del doc["texts"]
    older = Comparison.model_validate(doc)
    # Not known, rather than "no annexes": an empty tuple would claim the drafts had none.
    assert older.schema_ == "resdiff.comparison/10" and older.texts is None
    # It holds the annexes and footnotes that differ, not the others: those it writes.
    data = render_docx(older, date=WHEN)
    accepted = tracked_text(data, "accept")
    assert "Port Epsilon" in accepted and "See S/2024/5." in accepted
    assert "Tasks of the Panel" not in accepted
    # ... and says so: accepting every change does not give the unchanged annex.
    notes = [line for line in _all_text(data) if "resdiff.comparison/8" in line]
    assert len(notes) == 1 and "unchanged annexes" in notes[0]
    assert not [line for line in _all_text(render_docx(cmp, date=WHEN)) if "comparison/8" in line]
    # The note stands in the report's own matter: the report still reads back as the drafts.
    assert len(load(data, path="report.docx", version="accepted").operative) == 3
    # Re-dumped under version 9, it still says it does not know them.
    assert Comparison.model_validate_json(older.model_dump_json()).texts is None
    assert resdiff.compare(*_drafts((), ())[:2]).texts == ()


def test_a_whole_text_must_point_at_a_change_the_comparison_has() -> None:
    _, _, cmp = _every_kind()
    doc = json.loads(cmp.model_dump_json())
    doc["texts"][1]["change"] = 99
    with pytest.raises(ValidationError, match="not in text_changes"):
        Comparison.model_validate(doc)


AKN = CORPUS / "akn"


@pytest.mark.skipif(not AKN.is_dir(), reason="../shared/corpus/akn is absent")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("S_RES_2611_2021.xml", "S_RES_2665-2228829E.xml"),
        ("S_RES_2551_2020.xml", "S_RES_2607_2021.xml"),
        ("S_RES_2557_2020.xml", "S_RES_2558_2020.xml"),
    ],
)
def test_real_reports_accept_and_reject_to_the_whole_drafts(a: str, b: str) -> None:
    # 2611 -> 2665: the Monitoring Team's annex the report used to leave out; 2551 ->
    # 2607: three annexes, two changed; 2557 -> 2558: an annex dropped, a footnote added.
    old, new = resdiff.parse(AKN / a), resdiff.parse(AKN / b)
    cmp = resdiff.compare(old, new)
    data = render_docx(cmp, date=WHEN)
    formula = enacting_formula(cmp)
    assert words(tracked_text(data, "accept")) == words(full_text(new, formula))
    assert words(tracked_text(data, "reject")) == words(full_text(old, formula))
    assert old.annexes or new.annexes
    accepted = load(data, path="report.docx", version="accepted")
    assert len(accepted.annexes) == len(new.annexes)
    assert len(accepted.operative) == len(new.operative)


# ---------------------------------------------------------------------------------------
# Found by the LibreOffice check (benchmarks/docx_libreoffice.py): a paragraph moved in
# after words inserted at a paragraph's end.

MOVE_OLD = """The Security Council,

1. Decides to renew the mandate of the Panel of Experts until 1 June 2024,

2. Requests the Panel to provide a midterm update to the Committee;

3. Calls upon all Member States to cooperate fully with the Panel;

4. Decides to remain seized of the matter.
"""
MOVE_NEW = """The Security Council,

1. Decides to renew the mandate of the Panel of Experts until 1 June 2024, and to expand
its tasks as follows:

2. Calls upon all Member States to cooperate fully with the Panel;

3. Requests the Panel to provide a midterm update to the Committee;

4. Decides to remain seized of the matter.
"""


def _mark(p: ET.Element) -> str | None:
    mark = p.find(f"{W}pPr/{W}rPr")
    return None if mark is None or not len(mark) else mark[0].tag[len(W) :]


def test_a_paragraph_moved_in_after_inserted_words_takes_the_kept_mark() -> None:
    # New paragraph 2 moved in after paragraph 1's inserted ending. Rejecting every
    # change, LibreOffice took the kept mark between the two for an inserted one and ran
    # paragraph 1 into the next ("... 1 June 2024,2. Requests"): the mark ending
    # paragraph 1 is now the inserted one and the moved paragraph ends with the kept
    # mark, as for paragraphs inserted there.
    old, new = resdiff.parse(MOVE_OLD), resdiff.parse(MOVE_NEW)
    cmp = resdiff.compare(old, new)
    assert [c.new for c in cmp.changes if c.moved] == [("OP2",)]
    data = render_docx(cmp, date=WHEN)
    paras = [p for p in _paragraphs(data) if _style(p) == "Operative"]
    first, moved = paras[0], paras[1]
    assert _text(first).endswith("as follows:") and _text(moved).startswith("2.")
    assert moved.find(f"{W}moveTo") is not None
    assert (_mark(first), _mark(moved)) == ("ins", None)
    formula = enacting_formula(cmp)
    assert tracked_text(data, "reject") == [
        line.replace(". ", ".\t", 1) for line in full_text(old, formula)
    ]
    assert tracked_text(data, "accept") == [
        line.replace(". ", ".\t", 1) for line in full_text(new, formula)
    ]


def test_annexes_printed_in_another_order_are_tracked_as_moved() -> None:
    # The new draft prints annex III before annex I: Word's own compare shows a move
    # (moved from the old place, moved to the new), so rejecting every change gives the
    # old draft's order and accepting every change the new one's.
    third = Annex(title="Annex III", paragraphs=("Form of notification", "Name, date"))
    old, new = _drafts((ANNEX_KEPT, ANNEX_OLD, third), (third, ANNEX_KEPT, ANNEX_NEW))
    cmp = resdiff.compare(old, new)
    assert [(t.title, t.moved_from) for t in cmp.texts] == [
        ("Annex III", 2),
        ("Annex I", None),
        ("Annex II", None),
    ]
    data = render_docx(cmp, date=WHEN)
    formula = enacting_formula(cmp)
    assert words(tracked_text(data, "accept")) == words(full_text(new, formula))
    assert words(tracked_text(data, "reject")) == words(full_text(old, formula))
    titles = [line for line in tracked_text(data, "reject") if line.startswith("Annex ")]
    assert titles == ["Annex I", "Annex II", "Annex III"]
    titles = [line for line in tracked_text(data, "accept") if line.startswith("Annex ")]
    assert titles == ["Annex III", "Annex I", "Annex II"]
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert body.count("<w:moveFromRangeStart") == body.count("<w:moveToRangeStart") == 1
    # Read back, each draft's annexes in its own order.
    for version, draft in (("original", old), ("accepted", new)):
        read = load(data, path="report.docx", version=version)
        assert [a.title for a in read.annexes] == [a.title for a in draft.annexes]
    # An annex that keeps its order among the others is not moved.
    _, same = _drafts((ANNEX_KEPT, ANNEX_OLD), (ANNEX_KEPT, ANNEX_NEW))
    assert all(t.moved_from is None for t in resdiff.compare(same, same).texts or ())


def test_a_moved_annex_that_changed_keeps_its_word_changes_at_both_places() -> None:
    # Annex II moved before annex I and had a port replaced: its deleted words are
    # deleted at the old place, its inserted words inserted at the new one.
    old, new = _drafts((ANNEX_KEPT, ANNEX_OLD), (ANNEX_NEW, ANNEX_KEPT))
    cmp = resdiff.compare(old, new)
    assert [(t.title, t.moved_from) for t in cmp.texts or ()] == [
        ("Annex II", 1),
        ("Annex I", None),
    ]
    data = render_docx(cmp, date=WHEN)
    formula = enacting_formula(cmp)
    assert words(tracked_text(data, "accept")) == words(full_text(new, formula))
    assert words(tracked_text(data, "reject")) == words(full_text(old, formula))
    for version, draft in (("original", old), ("accepted", new)):
        read = load(data, path="report.docx", version=version)
        assert [(a.title, a.paragraphs) for a in read.annexes] == [
            (a.title, a.paragraphs) for a in draft.annexes
        ]


def test_an_annex_inserted_or_dropped_before_others_moves_none_of_them() -> None:
    # The review: the kept annexes' places shift when one is inserted or dropped before
    # them, but their order among themselves holds: no move (moved_from stays null), and
    # the Word report writes no move range. One swapped as well is the only one moved.
    cases = [
        ((ANNEX_KEPT, ANNEX_OLD), (ANNEX_ADDED, ANNEX_KEPT, ANNEX_NEW), []),
        ((ANNEX_GONE, ANNEX_KEPT, ANNEX_OLD), (ANNEX_KEPT, ANNEX_NEW), []),
        ((ANNEX_KEPT, ANNEX_OLD), (ANNEX_ADDED, ANNEX_NEW, ANNEX_KEPT), [("Annex II", 1)]),
    ]
    for old_annexes, new_annexes, moved in cases:
        old, new = _drafts(old_annexes, new_annexes)
        cmp = resdiff.compare(old, new)
        assert [(t.title, t.moved_from) for t in cmp.texts or () if t.moved_from is not None] == (
            moved
        )
        body = zipfile.ZipFile(io.BytesIO(render_docx(cmp, date=WHEN))).read("word/document.xml")
        assert body.decode().count("<w:moveFromRangeStart") == len(moved)


def test_every_report_names_an_annex_printed_in_another_order() -> None:
    # Only the Word report showed a reordered annex; the text, Markdown and HTML summaries
    # said "Annexes, footnotes: none changed" (the merge review of the twenty-seventh
    # session). Each names the move now, an annex moved and changed as both.
    third = Annex(title="Annex III", paragraphs=("Form of notification", "Name, date"))
    old, new = _drafts((ANNEX_KEPT, ANNEX_OLD, third), (third, ANNEX_KEPT, ANNEX_OLD))
    cmp = resdiff.compare(old, new)
    assert not cmp.text_changes
    moved = "Annex III moved: 1st of the annexes, 3rd before"
    for fmt in ("text", "markdown", "html"):
        assert moved in " ".join(render(cmp, fmt).split()), fmt
    old, new = _drafts((ANNEX_KEPT, ANNEX_OLD), (ANNEX_NEW, ANNEX_KEPT))
    report = " ".join(render(resdiff.compare(old, new), "text").split())
    assert "Annex II changed and moved: 1st of the annexes, 2nd before" in report
    # Nothing moved, nothing changed: the line says so as before.
    old, new = _drafts((ANNEX_KEPT, ANNEX_OLD), (ANNEX_KEPT, ANNEX_OLD))
    report = " ".join(render(resdiff.compare(old, new), "text").split())
    assert "Annexes, footnotes: none changed" in report and " moved:" not in report
