"""Negotiation brackets: wording not yet agreed, read as agreed, alternatives as the first,
with a warning that says so; editors' brackets in adopted texts are not warned of."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import resdiff
from resdiff.brackets import bracket_groups, fold_brackets, negotiation_brackets
from resdiff.model import Shift
from resdiff.read import BRACKETED_WARNING

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

OLD = """The Security Council,

Recalling its resolution 1695 (2006),

1. [Demands][Calls upon] the parties to cease hostilities [immediately],

2. [Decides/Requests] that all States shall prevent the supply of arms to the parties,

3. Decides to remain seized of the matter.
"""

NEW = """The Security Council,

Recalling its resolution 1695 (2006),

1. Calls upon the parties to cease hostilities,

2. Decides that all States shall prevent the supply of arms to the parties,

3. Decides to remain seized of the matter.
"""


def test_fold_keeps_every_offset_and_reads_the_first_alternative() -> None:
    text = "[Demands][Calls upon] the parties to cease hostilities [immediately],"
    folded = fold_brackets(text)
    assert len(folded) == len(text)
    assert folded.split() == [
        "Demands",
        "the",
        "parties",
        "to",
        "cease",
        "hostilities",
        "immediately",
        ",",
    ]
    slash = fold_brackets("[Demands/Calls upon] the parties")
    assert slash.split() == ["Demands", "the", "parties"]
    # "or" between two groups makes the second an alternative too.
    assert fold_brackets("[Demands] or [Calls upon] x").split() == ["Demands", "x"]
    # A symbol's slashes are not alternatives, and text without brackets is itself.
    assert fold_brackets("[S/RES/1695 (2006)]").split() == ["S/RES/1695", "(2006)"]
    plain = "Decides to remain seized of the matter."
    assert fold_brackets(plain) is plain


@given(st.text(alphabet="abcd /[]or", max_size=80))
def test_fold_changes_characters_only_to_spaces(text: str) -> None:
    folded = fold_brackets(text)
    assert len(folded) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, folded, strict=True))
    assert "[" not in folded and "]" not in folded
    for group in bracket_groups(text):
        assert text[group.start] == "[" and text[group.end - 1] == "]"
        if not group.alternative and "/" not in group.content(text):
            # A group that offers no alternative keeps every word it holds.
            inner = text[group.start + 1 : group.end - 1]
            kept = folded[group.start + 1 : group.end - 1]
            assert kept.split() == inner.replace("[", " ").replace("]", " ").split() or (
                inner.strip().lower().startswith(("note", "nb", "comment", "deleted", "tbc"))
            )


def test_editors_brackets_are_not_negotiation_brackets() -> None:
    assert negotiation_brackets("as set out in [12], [sic] and [S/983] [...]") == []
    assert negotiation_brackets("the elements in paragraphs [5, 6, 7, and 8]") == []
    assert negotiation_brackets("Recalling [resolution 233 (1967)]") == []
    assert negotiation_brackets("to cease [immediately] and [fully]") == [
        "[immediately]",
        "[fully]",
    ]
    # A space alone makes no alternative: two places of dispute side by side.
    assert negotiation_brackets("[Demands] [Calls upon] the parties") == [
        "[Demands]",
        "[Calls upon]",
    ]
    assert negotiation_brackets("[Demands] or [Calls upon] the parties") == [
        "[Demands] or [Calls upon]"
    ]


def test_a_bracketed_lead_is_read_as_its_first_alternative() -> None:
    draft = resdiff.parse(OLD)
    op1, op2 = draft.operative[0], draft.operative[1]
    assert op1.lead_phrase is not None and op1.lead_phrase.lemma == "demand"
    assert op1.text.startswith("[Demands][Calls upon]"), "the text stays as printed"
    assert op1.lead == "Demands" and op1.lead_phrase.start == 0
    assert op2.lead_phrase is not None and op2.lead_phrase.lemma == "decide"
    assert [m.kind for m in op2.measures] == ["arms_embargo"]


def test_the_draft_warns_of_its_brackets_once() -> None:
    draft = resdiff.parse(OLD)
    found = [w for w in draft.warnings if w.code == BRACKETED_WARNING]
    assert len(found) == 1
    assert "OP1, OP2" in found[0].message and "[Demands][Calls upon]" in found[0].message
    assert found[0].line == 5
    assert not [w for w in resdiff.parse(NEW).warnings if w.code == BRACKETED_WARNING]


def test_comparison_reads_the_agreed_text_against_the_first_alternative() -> None:
    cmp = resdiff.compare(OLD, NEW)
    op1 = next(c for c in cmp.changes if c.new == ("OP1",))
    assert op1.kind == "softened"
    described = [s.describe() for s in op1.shifts]
    assert any("demands → calls upon" in d for d in described), described
    assert any("immediately" in d for d in described), described
    op2 = next(c for c in cmp.changes if c.new == ("OP2",))
    assert op2.kind == "reworded", [s.describe() for s in op2.shifts]
    assert cmp.summary.direction == "softer"


def test_the_command_prints_the_warning(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "resdiff", "compare", str(old), str(new)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "[bracketed-text]" in run.stderr and "not yet agreed" in run.stderr
    assert "demands → calls upon" in run.stdout


def test_adopted_texts_hold_no_negotiation_brackets() -> None:
    import pytest

    folder = CORPUS / "akn"
    if not folder.is_dir():
        pytest.skip(f"the real texts are not here: {folder} is absent")
    from resdiff.read import load

    warned = []
    for path in sorted(folder.glob("*.xml")):
        draft = load(path)
        if any(w.code == BRACKETED_WARNING for w in draft.warnings):
            warned.append(path.name)
    assert warned == []


def test_drafters_notes_are_not_read_and_are_warned_of() -> None:
    from resdiff.brackets import drafters_notes
    from resdiff.read import NOTES_WARNING

    text = (
        "Decides that all States shall prevent the supply of arms [Note: the United States "
        "proposes to add 'immediately'] [immediately] [Comment (Russia): delete]"
    )
    assert drafters_notes(text) == [
        "[Note: the United States proposes to add 'immediately']",
        "[Comment (Russia): delete]",
    ]
    # A note is never an alternative, nor read: only "[immediately]" is in dispute.
    assert negotiation_brackets(text) == ["[immediately]"]
    folded = fold_brackets(text)
    assert "United States" not in folded and "Russia" not in folded
    assert "immediately" in folded
    # "[Notes on the text]" and "[Noteworthy progress]" are no notes.
    assert drafters_notes("[Notes on the text] [Noteworthy progress]") == []
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolution 1695 (2006),\n\n1. Demands that "
        "the parties cease hostilities [Note: the United States proposes deleting this "
        "paragraph],\n\n2. Decides to remain seized of the matter.\n"
    )
    notes = [w for w in draft.warnings if w.code == NOTES_WARNING]
    assert len(notes) == 1 and "OP1" in notes[0].message
    assert not [w for w in draft.warnings if w.code == BRACKETED_WARNING]
    # What the note says is not read: "the United States" is no addressee, "deleting" no
    # life-cycle word of the paragraph.
    assert draft.operative[0].lead == "Demands"
    assert all("United States" not in (p.addressee or "") for p in draft.operative[0].phrases)


# --- A negotiation sequence, as an analyst receives it (a new user's findings) ----------

ZERO = """The Security Council,

Condemning the supply of arms to armed groups in eastern Veloria, [including from neighbouring States],

1. Demands that all parties [immediately] cease hostilities;

2. [Demands][Calls upon] all armed groups to lay down their arms;

3. Requests the Secretary-General to report to the Council every 60 days;
[Note: the US proposes deleting the next paragraph; Russia prefers to keep it]
4. Encourages regional organizations to support the mediation efforts;

[5. Decides that all Member States shall prevent the direct or indirect supply, sale or transfer of arms and related materiel to armed groups in eastern Veloria;]

6. Decides to remain seized of the matter.
"""  # noqa: E501 (drafts are pasted with long lines)

REV1 = """The Security Council,

Condemning the supply of arms to armed groups in eastern Veloria, [Comment (China): delete the reference to neighbouring States]

1. Demands that all parties immediately cease hostilities;

2. Calls upon all armed groups to lay down their arms;

3. Requests the Secretary-General to report to the Council every 90 days;

4. (deleted)

5. Decides that all Member States shall prevent the direct or indirect supply, sale or transfer of arms and related materiel to armed groups in eastern Veloria;

6. Decides to remain seized of the matter.
"""  # noqa: E501 (drafts are pasted with long lines)


def test_a_bracketed_paragraph_and_a_note_line_keep_the_paragraphs_apart() -> None:
    draft = resdiff.parse(ZERO)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4", "OP5", "OP6"]
    assert draft.operative[4].text.startswith("[Decides that all Member States shall")
    assert [m.kind for m in draft.operative[4].measures] == ["arms_embargo"]
    assert draft.operative[3].text.startswith("Encourages regional organizations")
    # The note stays where it stood, after OP3, and no word is lost.
    assert draft.operative[2].text.endswith("Russia prefers to keep it]")
    assert not [w for w in draft.warnings if w.code == "numbering-gap"]


NOTED = """The Security Council,

[Note: the United Kingdom proposes a new first recital.]

Recalling its previous resolutions on the situation in Exampleland,

[Note: China proposes deleting the next recital.]

Deeply concerned by the continued violence against civilians,

Determining that the situation constitutes a threat to international peace and security,

1. Condemns the attacks on civilians;

2. Decides to remain seized of the matter.
"""


def test_a_note_on_a_line_of_its_own_is_no_recital() -> None:
    """A drafter's note between recitals goes with the recital before it (before the
    first, with the first), as one between operative paragraphs does: the recitals after
    it keep their places, and the comparison with the draft without notes pairs each
    recital with its own and names the notes, not a recital added."""
    from resdiff.read import NOTES_WARNING

    draft = resdiff.parse(NOTED)
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2", "PP3"]
    first, second = draft.preamble[0], draft.preamble[1]
    assert first.text.startswith("[Note: the United Kingdom proposes a new first recital.]")
    assert first.text.endswith("[Note: China proposes deleting the next recital.]")
    assert first.lead == "Recalling" and second.lead == "Deeply concerned"
    assert draft.art39  # read from PP3, where it stands
    (warning,) = [w for w in draft.warnings if w.code == NOTES_WARNING]
    assert "PP1" in warning.message and "PP2" not in warning.message
    assert not [w for w in draft.warnings if w.code == "preamble-no-comma"]
    for words in ("United Kingdom proposes a new first recital", "China proposes deleting"):
        assert any(words in t for t in draft.texts())
    bare = "\n\n".join(p for p in NOTED.split("\n\n") if not p.startswith("[Note"))
    cmp = resdiff.compare(bare, NOTED)
    kinds = {(c.old, c.new): c.kind for c in cmp.changes}
    assert kinds[("PP2",), ("PP2",)] == kinds[("PP3",), ("PP3",)] == "unchanged"
    assert kinds[("PP1",), ("PP1",)] == "reworded"
    assert "added" not in kinds.values() and cmp.summary.direction == "neutral"
    # Without operative numbers, a note that ends with a full stop opens no operative
    # part.
    unnumbered = resdiff.parse(NOTED.replace("1. ", "").replace("2. ", ""))
    assert [c.ref for c in unnumbered.preamble] == ["PP1", "PP2", "PP3"]
    assert [c.lead for c in unnumbered.operative] == ["Condemns", "Decides to remain seized"]
    # A recital in dispute on a line of its own is a recital.
    disputed = resdiff.parse(
        NOTED.replace(
            "Deeply concerned by the continued violence against civilians,",
            "[Deeply concerned by the continued violence against civilians,]",
        )
    )
    assert [c.ref for c in disputed.preamble] == ["PP1", "PP2", "PP3"]
    assert disputed.preamble[1].text.startswith("[Deeply concerned")


def test_a_paragraph_that_only_marks_a_deletion_is_no_paragraph() -> None:
    from resdiff.read import PLACEHOLDER_WARNING

    draft = resdiff.parse(REV1)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP5", "OP6"]
    assert [w.code for w in draft.warnings if w.line == 11] == [PLACEHOLDER_WARNING]
    assert [(f.line, f.text) for f in draft.furniture] == [(11, "4. (deleted)")]
    # The comma check reads the recital before its drafter's note.
    assert not [w for w in draft.warnings if w.code == "preamble-no-comma"]


def test_a_revision_names_what_it_did_with_the_words_in_dispute() -> None:
    cmp = resdiff.compare(ZERO, REV1)
    by_new = {c.new: c for c in cmp.changes}
    described = {
        ref: [s.describe() for s in by_new[(ref,)].shifts] for ref in ("PP1", "OP1", "OP2")
    }
    # "[immediately]" agreed: the same words read, no longer "unchanged".
    assert by_new[("OP1",)].kind == "reworded"
    assert described["OP1"] == ["brackets removed, agreed: “[immediately]” → “immediately”"]
    assert by_new[("OP2",)].kind == "softened"
    assert "alternative settled: “[Demands][Calls upon]” → “Calls upon”" in described["OP2"]
    assert "operative verb weakened: demands → calls upon" in described["OP2"]
    assert described["PP1"] == [
        "bracketed text dropped: “[including from neighbouring States]”",
        "drafter's note added: “[Comment (China): delete the reference to neighbouring States]”",
    ]
    # The paragraph the note was about was deleted: dropped, not "added (deleted)".
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert [c.old for c in dropped] == [("OP4",)]
    assert not [c for c in cmp.changes if c.kind == "added"]
    # The embargo agreed out of its brackets is the same measure, in the same mode.
    assert by_new[("OP5",)].kind == "reworded"
    assert [s.describe() for s in by_new[("OP5",)].shifts] == [
        "brackets removed, the whole paragraph agreed"
    ]
    # And back: the paragraph put in dispute again.
    back = resdiff.compare(REV1, ZERO)
    op5 = next(c for c in back.changes if c.new == ("OP5",))
    assert [s.describe() for s in op5.shifts] == ["the whole paragraph put in brackets"]


def test_a_panel_the_secretary_general_is_asked_to_create_is_set_up() -> None:
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the "
        "Secretary-General to create for an initial period of 13 months, in consultation "
        "with the Committee, a group of 4 experts (“Panel of Experts”);\n"
    )
    assert [(m.kind, m.mode) for m in draft.operative[0].measures] == [
        ("institutions", "mandatory")
    ]


def test_two_bracketed_insertions_side_by_side_are_both_read() -> None:
    # A reviewer's finding: "[A] [B]" read as alternatives dropped B, and with it a measure.
    old = _op_draft(
        "Decides that all States shall prevent the supply of arms to the parties and shall "
        "freeze the funds and economic resources of the individuals listed;"
    )
    new = _op_draft(
        "Decides that all States shall prevent the supply of arms [to the parties] [and "
        "shall freeze the funds and economic resources of the individuals listed];"
    )
    assert fold_brackets("Demands [immediately] [and unconditionally] that").split() == [
        "Demands",
        "immediately",
        "and",
        "unconditionally",
        "that",
    ]
    cmp = resdiff.compare(old, new)
    assert cmp.summary.measures_dropped == ()
    assert cmp.summary.direction == "neutral"


def test_nested_and_unmatched_brackets_keep_the_lead() -> None:
    for text in ("[Demands [Calls upon]] the parties to cease;", "[Demands the parties to cease;"):
        draft = resdiff.parse(_op_draft(text))
        assert draft.operative[0].lead == "Demands", text


def test_slash_alternatives_are_found_in_linear_time() -> None:
    import time

    text = "[" + "x/" * 400_000 + "]"
    # CPU time, not the wall clock: the bound is on the work, which a machine loaded by
    # other processes does not change.
    started = time.process_time()
    fold_brackets(text)
    negotiation_brackets(text)
    assert time.process_time() - started < 2.0


def test_alternatives_are_read_alike_by_the_analysis_and_the_comparison() -> None:
    # A reviewer's finding: the summary said "Chapter VII dropped" with no shift behind it.
    old = (
        "The Security Council,\n\nActing under [Chapter VII of the Charter][its special "
        "responsibility for the maintenance of international peace and security],\n\n1. "
        "Decides that all States shall prevent the supply of arms to the parties;\n"
    )
    new = (
        "The Security Council,\n\nActing under its special responsibility for the "
        "maintenance of international peace and security,\n\n1. Decides that all States "
        "shall prevent the supply of arms to the parties;\n"
    )
    cmp = resdiff.compare(old, new)
    assert cmp.summary.chapter_vii == "dropped"
    assert cmp.summary.direction == "softer"
    assert "Chapter VII dropped" in cmp.summary.key_changes[0].headline


def _op_draft(text: str) -> str:
    return f"The Security Council,\n\nRecalling its earlier resolutions,\n\n1. {text}\n"


# --- Warnings in the reports people forward; struck-through text -------------------------


def test_every_report_lists_the_drafts_warnings() -> None:
    import json

    from resdiff.render import render, render_text

    cmp = resdiff.compare(ZERO, REV1)
    codes = [w.code for w in cmp.old.warnings]
    assert "bracketed-text" in codes and "drafters-notes" in codes
    assert "deleted-placeholder" in [w.code for w in cmp.new.warnings]
    text = render_text(cmp)
    assert "Old draft: warnings" in text and "[bracketed-text]" in text
    assert "[deleted-placeholder]" in text
    assert "**Old draft, warnings:**" in render(cmp, "md")
    html = render(cmp, "html")
    assert '<details class="warnings">' in html and "bracketed-text" in html
    data = json.loads(render(cmp, "json"))
    assert data["schema"] == "resdiff.comparison/10"
    assert {w["code"] for w in data["old"]["warnings"]} >= {"bracketed-text", "drafters-notes"}
    # A document of version 5 (no warnings) still reads, as version 7.
    data["schema"] = "resdiff.comparison/5"
    for side in ("old", "new"):
        del data[side]["warnings"]
    from resdiff.model import Comparison

    read = Comparison.model_validate_json(json.dumps(data))
    assert read.schema_ == "resdiff.comparison/10" and read.old.warnings == ()


def test_history_prints_every_texts_warnings(tmp_path: Path) -> None:
    paths = []
    for name, text in (("zero.txt", ZERO), ("rev1.txt", REV1), ("rev2.txt", REV1)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    run = subprocess.run(
        [sys.executable, "-m", "resdiff", "history", *paths],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "zero.txt: warning:" in run.stderr and "[bracketed-text]" in run.stderr
    assert run.stderr.count("[deleted-placeholder]") == 2


def test_struck_through_words_in_a_word_file_are_deleted_words() -> None:
    from resdiff.read.docx.runs import STRUCK_WARNING
    from resdiff.testing.wordfile import WordDocument

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    doc.raw(
        '<w:p><w:r><w:t xml:space="preserve">1. </w:t></w:r><w:r><w:rPr><w:strike/></w:rPr>'
        '<w:t xml:space="preserve">Decides that all Member States shall</w:t></w:r><w:r>'
        '<w:t xml:space="preserve">Calls upon all Member States to</w:t></w:r><w:r><w:t '
        'xml:space="preserve"> prevent the supply of arms to the armed groups;</w:t></w:r></w:p>'
    )
    doc.paragraph("2. Decides to remain seized of the matter.")
    data = doc.to_bytes()
    accepted = resdiff.parse(data, format="docx")
    assert accepted.operative[0].text == (
        "Calls upon all Member States to prevent the supply of arms to the armed groups;"
    )
    (warning,) = [w for w in accepted.warnings if w.code == STRUCK_WARNING]
    assert "Decides that all Member States shall" in warning.message
    original = resdiff.parse(data, format="docx", version="original")
    assert original.operative[0].text.startswith("Decides that all Member States shall")
    # One file compared with itself: the mandatory embargo struck for a hortatory one.
    run = subprocess.run(
        [sys.executable, "-m", "resdiff", "compare", "-", "--format", "json"],
        input=data,
        capture_output=True,
        check=True,
    )
    import json

    report = json.loads(run.stdout)
    (op1,) = [c for c in report["changes"] if c["new"] == ["OP1"]]
    assert op1["kind"] == "softened"


def test_struck_through_words_in_markdown_are_not_read() -> None:
    from resdiff.read import STRUCK_WARNING as MARKDOWN_STRUCK

    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. ~~Decides that all Member "
        "States shall~~ Calls upon all Member States to prevent the supply of arms;\n"
    )
    draft = resdiff.parse(text, format="markdown")
    assert draft.operative[0].lead == "Calls upon"
    assert [m.mode for m in draft.operative[0].measures] == ["hortatory"]
    assert MARKDOWN_STRUCK in [w.code for w in draft.warnings]


def test_a_huge_paragraph_rewritten_word_by_word_compares_in_bounded_time() -> None:
    import time

    # Every word of a 10,000-word paragraph put in brackets (or every other word changed)
    # shares almost nothing in order with its old text: the word diff was quadratic
    # (20,000 words: 7 minutes). Real paragraphs (at most 1,899 words in the corpus) are
    # diffed exactly; this one gets a coarser redline that still gives both texts back.
    n = 10_000
    old = _op_draft("Decides " + " ".join(f"w{i}" for i in range(n)) + ";")
    bracketed = _op_draft("Decides " + " ".join(f"[w{i}]" for i in range(n)) + ";")
    alternating = _op_draft(
        "Decides " + " ".join(f"w{i}" if i % 2 else f"x{i}" for i in range(n)) + ";"
    )
    for new in (bracketed, alternating):
        started = time.process_time()
        cmp = resdiff.compare(old, new)
        assert time.process_time() - started < 20.0
        op1 = next(c for c in cmp.changes if c.new == ("OP1",))
        kept_and_gone = "".join(t for op, t in op1.redline if op <= 0)
        kept_and_come = "".join(t for op, t in op1.redline if op >= 0)
        assert kept_and_gone == resdiff.parse(old).operative[0].text
        assert kept_and_come == resdiff.parse(new).operative[0].text


def test_a_draft_of_deletion_marks_only_is_refused() -> None:
    import pytest

    from resdiff.errors import ResolutionParseError

    with pytest.raises(ResolutionParseError, match="every paragraph only marks a deletion"):
        resdiff.parse("The Security Council,\n\n1. (deleted)\n\n2. [deleted]\n")


# --- labelled alternatives ("Alt 1: ... Alt 2: ...") ----------------------------------

ALT_HEAD = "The Security Council,\n\nRecalling its resolutions,\n\n1. Condemns the launches;\n\n"
ALT_TAIL = "\n\n3. Decides to remain seized of the matter.\n"
PREVENT = "Decides that all Member States shall prevent the transfer of missiles;"
VIGILANCE = (
    "Calls upon all Member States to exercise vigilance in preventing the transfer of missiles;"
)
SETTLED = f"{ALT_HEAD}2. {VIGILANCE}{ALT_TAIL}"


def test_a_paragraph_tabled_in_labelled_alternatives_is_read_as_the_first() -> None:
    from resdiff.brackets import labelled_alternatives
    from resdiff.read import ALTERNATIVES_WARNING

    for body in (
        f"Alt 1: {PREVENT}\nAlt 2: {VIGILANCE}",
        f"[Option A: {PREVENT}]\n[Option B) {VIGILANCE}]",
    ):
        draft = resdiff.parse(f"{ALT_HEAD}2. {body}{ALT_TAIL}")
        op2 = draft.operative[1]
        assert op2.text.startswith(("Alt 1: Decides", "[Option A: Decides"))  # kept as tabled
        assert op2.lead == "Decides" and op2.lead_phrase is not None
        assert not [h for p in op2.phrases for h in p.hedges]
        assert ALTERNATIVES_WARNING in {w.code for w in draft.warnings}
        assert "operative-unknown-verb" not in {w.code for w in draft.warnings}
        labels = [label for label, _ in labelled_alternatives(op2.text)]
        assert labels in (["Alt 1", "Alt 2"], ["Option A", "Option B"])
    cmp = resdiff.compare(f"{ALT_HEAD}2. Alt 1: {PREVENT}\nAlt 2: {VIGILANCE}{ALT_TAIL}", SETTLED)
    (op2,) = [c for c in cmp.changes if c.new == ("OP2",)]
    assert op2.kind == "softened"
    named = [s.describe() for s in op2.shifts]
    assert "labelled alternatives settled: “Alt 1 / Alt 2” → “Alt 2”" in named
    assert "operative verb weakened: decides → calls upon" in named
    back = resdiff.compare(SETTLED, f"{ALT_HEAD}2. Alt 1: {PREVENT}\nAlt 2: {VIGILANCE}{ALT_TAIL}")
    (op2,) = [c for c in back.changes if c.new == ("OP2",)]
    assert "tabled in labelled alternatives: “Alt 1, Alt 2”" in [s.describe() for s in op2.shifts]


def test_alternatives_laid_out_as_paragraphs_under_alt_headings_are_one_paragraph() -> None:
    from resdiff.read import ALTERNATIVES_WARNING
    from resdiff.read.checks import lost_words

    text = f"{ALT_HEAD}Alt 1\n\n2. {PREVENT}\n\nAlt 2\n\n2. {VIGILANCE}{ALT_TAIL}"
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    # Joined as a delegation prints them on one line, read as the first alternative.
    op2 = draft.operative[1]
    assert op2.text == f"Alt 1: {PREVENT} Alt 2: 2. {VIGILANCE}"
    assert op2.lead == "Decides" and op2.span is not None and op2.span.last_line == 13
    codes = {w.code for w in draft.warnings}
    assert ALTERNATIVES_WARNING in codes and "numbering-repeat" not in codes
    assert draft.headings == () and lost_words(text, draft) == []
    settled = resdiff.compare(text, SETTLED)
    assert settled.summary.direction == "softer"
    (change,) = [c for c in settled.changes if c.new == ("OP2",)]
    assert "labelled alternatives settled: “Alt 1 / Alt 2” → “Alt 2”" in [
        s.describe() for s in change.shifts
    ]
    # A word changed in the second alternative is a change, not lost with it.
    edited = text.replace("exercise vigilance", "exercise utmost vigilance")
    (change,) = [c for c in resdiff.compare(text, edited).changes if c.new == ("OP2",)]
    assert change.kind == "reworded"


def test_chapter_vii_in_dispute_is_said_beside_the_flag_and_first_among_warnings() -> None:
    from resdiff.render import render_text

    base = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "Noting with concern the launches, as recorded in the report, by the State of 5 "
        "July, without notice,\n\nNoting the statement of the parties,\n\n"
    )
    ops = "1. Condemns the launches;\n\n2. Decides to remain seized of the matter.\n"
    agreed = base + "Acting under Chapter VII of the Charter of the United Nations,\n\n" + ops
    bracketed = agreed.replace("Acting under Chapter VII", "[Acting under Chapter VII").replace(
        "United Nations,\n", "United Nations,]\n"
    )
    second = agreed.replace(
        "Acting under Chapter VII of the Charter of the United Nations,",
        "[Acting under its special responsibility for the maintenance of international "
        "peace and security,][Acting under Chapter VII of the Charter of the United Nations,]",
    )
    report = render_text(resdiff.compare(agreed, bracketed))
    assert "Chapter VII:              kept; in dispute in the new draft" in report
    draft = resdiff.parse(second)
    codes = [w.code for w in draft.warnings]
    assert "disputed-chapter-vii" in codes
    (warning,) = [w for w in draft.warnings if w.code == "disputed-chapter-vii"]
    assert "stands only in a later alternative" in warning.message
    # Listed before the reader's minor warnings, which come first in reading order.
    from resdiff.model import ordered_warnings

    assert ordered_warnings(draft.warnings)[0].code == "disputed-chapter-vii"
    # A recital put in labelled alternatives is not "agreed" for losing its brackets.
    tabled = bracketed.replace(
        "[Acting under Chapter VII of the Charter of the United Nations,]",
        "Alt 1: Acting under Chapter VII of the Charter of the United Nations, Alt 2: "
        "Acting under its special responsibility for peace and security,",
    )
    named = [
        s.describe()
        for c in resdiff.compare(bracketed, tabled).changes
        for p in c.walk()
        for s in p.shifts
    ]
    assert "tabled in labelled alternatives: “Alt 1, Alt 2”" in named
    assert not [n for n in named if "agreed" in n]


def test_what_only_looks_like_an_alternative_is_read_as_text() -> None:
    # A label that does not open the paragraph, and an "Option B" heading over a
    # paragraph of a number of its own stay as they are.
    for body in (
        f"Decides to consider two options, Option 1: {PREVENT}",
        "Welcomes alternative development programmes;",
    ):
        draft = resdiff.parse(f"{ALT_HEAD}2. {body}{ALT_TAIL}")
        assert "alternatives" not in {w.code for w in draft.warnings}
        assert fold_brackets(draft.operative[1].text) == draft.operative[1].text
    fresh = f"{ALT_HEAD}2. {PREVENT}\n\nOption B\n\n3. {VIGILANCE}{ALT_TAIL.replace('3.', '4.')}"
    draft = resdiff.parse(fresh)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert "alternatives" not in {w.code for w in draft.warnings}


def test_alternative_labels_are_read_in_linear_time() -> None:
    import time

    text = "Alt 1: Decides " + "Alt 1: x " * 50_000 + "Alt 2: y"
    start = time.process_time()
    folded = fold_brackets(text)
    assert time.process_time() - start < 1.0
    assert folded.split() == ["Decides", *(["Alt", "1:", "x"] * 50_000)]


def test_a_summary_flag_read_from_words_in_dispute_is_warned_of() -> None:
    from resdiff.model import DISPUTED_FLAG

    head = "The Security Council,\n\nRecalling its resolutions,\n\n"
    tail = "1. Demands that the country suspend all activities related to its programme.\n"
    cases = {
        "[Acting under Chapter VII of the Charter of the United Nations,]\n\n": "Chapter VII",
        "Acting under [Chapter VII of the Charter][its special responsibility],\n\n": (
            "Chapter VII"
        ),
        "Determining that [the situation constitutes a threat to international peace and "
        "security],\n\n": "Article 39",
    }
    for recital, flag in cases.items():
        draft = resdiff.parse(head + recital + tail)
        (warning,) = [w for w in draft.warnings if w.code.startswith(DISPUTED_FLAG)]
        assert flag in warning.message and "PP2" in warning.message
        assert draft.chapter_vii or draft.art39  # still read as agreed, as the warning says
    # Agreed words, and an editor's brackets beside them, are no dispute.
    for recital in (
        "Acting under Chapter VII of the Charter of the United Nations,\n\n",
        "Acting under Chapter VII of the Charter [sic] of the United Nations,\n\n",
    ):
        draft = resdiff.parse(head + recital + tail)
        assert draft.chapter_vii
        assert not [w for w in draft.warnings if w.code.startswith(DISPUTED_FLAG)]


def test_the_one_alternative_a_revision_keeps_is_read_under_its_label() -> None:
    # "Alt 2: Calls upon ..." left alone, its label still printed: the verb is read, and
    # the alternatives are settled on it; so are they when "Alt 1: ..." alone is left.
    tabled = f"{ALT_HEAD}2. Alt 1: {PREVENT}\nAlt 2: {VIGILANCE}{ALT_TAIL}"
    for kept, label, kind in (
        (f"Alt 2: {VIGILANCE}", "Alt 2", "softened"),
        (f"Alt 1: {PREVENT}", "Alt 1", "reworded"),
    ):
        cmp = resdiff.compare(tabled, f"{ALT_HEAD}2. {kept}{ALT_TAIL}")
        (op2,) = [c for c in cmp.changes if c.new == ("OP2",)]
        named = [s.describe() for s in op2.shifts]
        assert f"labelled alternatives settled: “Alt 1 / Alt 2” → “{label}”" in named
        assert op2.kind == kind, named
        assert "operative-unknown-verb" not in {w.code for w in cmp.new.warnings}
    (op2,) = [
        c
        for c in resdiff.compare(tabled, f"{ALT_HEAD}2. Alt 2: {VIGILANCE}{ALT_TAIL}").changes
        if c.new == ("OP2",)
    ]
    assert "operative verb weakened: decides → calls upon" in [s.describe() for s in op2.shifts]


def test_alternatives_in_a_sub_paragraph_and_headings_with_who_tabled_them() -> None:
    from resdiff.read import ALTERNATIVES_WARNING

    sub = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that all States shall:\n\n(a) Alt 1: prevent the transfer of missiles; "
        "Alt 2: exercise vigilance in the transfer of missiles;\n\n(b) report to the "
        "Committee;\n"
    )
    draft = resdiff.parse(sub)
    assert ALTERNATIVES_WARNING in {w.code for w in draft.warnings}
    headed = (
        f"{ALT_HEAD}ALT 1\n\n2. {PREVENT}\n\nAlt 2 (proposed by China)\n\n2. {VIGILANCE}{ALT_TAIL}"
    )
    op2 = resdiff.parse(headed).operative[1]
    assert op2.text == f"ALT 1: {PREVENT} Alt 2: (proposed by China) 2. {VIGILANCE}"
    assert op2.lead == "Decides"


def test_alternatives_under_headings_runs_withdrawn_indices_and_sub_paragraphs() -> None:
    from resdiff.read.checks import lost_words

    invite = "Invites all States to report on the steps taken;"
    urge = "Urges all States to report on the steps taken;"
    # A run of two paragraphs in each alternative: both joined.
    text = (
        f"{ALT_HEAD}Alt 1\n\n2. {PREVENT}\n\n3. {invite}\n\nAlt 2\n\n2. {VIGILANCE}\n\n"
        f"3. {urge}\n\n4. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert draft.operative[2].text == f"Alt 1: {invite} Alt 2: 3. {urge}"
    assert "numbering-gap" not in {w.code for w in draft.warnings}
    assert lost_words(text, draft) == []
    # "Alt 3" after "Alt 1" (the second withdrawn) is still the other alternative.
    withdrawn = f"{ALT_HEAD}Alt 1\n\n2. {PREVENT}\n\nAlt 3\n\n2. {VIGILANCE}{ALT_TAIL}"
    op2 = resdiff.parse(withdrawn).operative[1]
    assert op2.text == f"Alt 1: {PREVENT} Alt 3: 2. {VIGILANCE}"
    assert not [h for p in op2.phrases for h in p.hedges]  # the first read, not both
    # A label heading with no other alternative under it stays a heading (no word lost).
    lone = f"{ALT_HEAD}Option A (proposed by France)\n\n2. {PREVENT}{ALT_TAIL}"
    draft = resdiff.parse(lone)
    assert [h.text for h in draft.headings] == ["Option A (proposed by France)"]
    assert lost_words(lone, draft) == []
    # With sub-paragraphs, the other alternative is set aside, kept as removed text.
    subs = (
        f"{ALT_HEAD}Alt 1\n\n2. Decides that all States shall:\n\n(a) prevent the transfer;"
        f"\n\n(b) report;\n\nAlt 2\n\n2. {VIGILANCE}{ALT_TAIL}"
    )
    draft = resdiff.parse(subs)
    op2 = draft.operative[1]
    assert op2.text == "Decides that all States shall:" and len(op2.children) == 2
    assert [r.text for r in draft.furniture] == ["Alt 2", f"2. {VIGILANCE}"]
    assert lost_words(subs, draft) == []


def test_a_note_or_struck_words_naming_chapter_vii_put_nothing_on_the_table() -> None:
    head = "The Security Council,\n\nRecalling its resolutions,\n\n"
    ops = "1. Condemns the launches;\n"
    for recital in (
        "Noting the statements [Comment (China): we cannot accept acting under Chapter VII "
        "of the Charter],\n\n",
        "Noting the statements [~~acting under Chapter VII of the Charter~~],\n\n",
    ):
        draft = resdiff.parse(head + recital + ops)
        assert not [w for w in draft.warnings if w.code.startswith("disputed-")]


def test_a_history_says_which_revision_holds_chapter_vii_in_dispute() -> None:
    # Four drafts: Chapter VII agreed, then bracketed, then only in a second alternative,
    # then gone. The timeline read "invoked" twice and "none" twice, as if the bracketed
    # draft had settled it; it now says where the flag is only proposed.
    from resdiff import history
    from resdiff.history import History
    from resdiff.render.timeline import render_timeline_markdown, render_timeline_text

    base = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "Noting with concern the launches of 5 July,\n\n"
    )
    ops = "1. Condemns the launches;\n\n2. Decides to remain seized of the matter.\n"
    formula = "Acting under Chapter VII of the Charter of the United Nations,"
    agreed = base + formula + "\n\n" + ops
    bracketed = agreed.replace(formula, f"[{formula}]")
    second = agreed.replace(
        formula,
        "[Acting under its special responsibility for the maintenance of international "
        f"peace and security,][{formula}]",
    )
    gone = base + ops
    h = history([agreed, bracketed, second, gone], names=["A", "B", "C", "D"])
    assert [r.disputed for r in h.revisions] == [(), ("chapter-vii",), ("chapter-vii",), ()]
    assert h.chapter_vii == (True, True, False, False)
    text = render_timeline_text(h)
    assert "[0] invoked · [1] invoked, in dispute · [2] in dispute · [3] none" in text
    assert "Chapter VII is in dispute (bracketed or in an alternative)" in " ".join(text.split())
    assert "invoked, in dispute" in render_timeline_markdown(h)
    # The lineage's list of texts says so too.
    from resdiff.lineage import lineage
    from resdiff.render.lineage import render_lineage_markdown, render_lineage_text

    lin = lineage([agreed, bracketed, second, gone], names=["A", "B", "C", "D"])
    lines = render_lineage_text(lin).splitlines()
    assert [line for line in lines if "Ch. VII" in line] == [
        "  [0] A: undated; 2 operative; Ch. VII",
        "  [1] B: undated; 2 operative; Ch. VII (in dispute)",
        "  [2] C: undated; 2 operative; Ch. VII (in dispute)",
    ]
    assert "Chapter VII (in dispute)" in render_lineage_markdown(lin)
    # The JSON reads back, and a history of version 2 (no disputed flags) still reads.
    again = History.model_validate_json(h.model_dump_json())
    assert again == h
    old = h.model_dump(mode="json", by_alias=True)
    old["schema"] = "resdiff.history/2"
    for rev in old["revisions"]:
        rev.pop("disputed")
    assert History.model_validate(old).revisions[1].disputed == ()


def test_a_flag_shift_says_when_the_new_draft_still_holds_it_in_dispute() -> None:
    # Chapter VII left only in a second alternative read "Chapter VII dropped" as the key
    # change, as if settled; added in square brackets, "Chapter VII invoked". Both still
    # weigh (the words read), and now say they are a proposal.
    from resdiff.render import render_text

    base = "The Security Council,\n\nRecalling its resolutions,\n\n"
    ops = "1. Condemns the launches;\n\n2. Decides to remain seized of the matter.\n"
    formula = "Acting under Chapter VII of the Charter of the United Nations,"
    agreed = base + formula + "\n\n" + ops
    second = agreed.replace(
        formula,
        "[Acting under its special responsibility for the maintenance of international "
        f"peace and security,][{formula}]",
    )

    def flag(cmp: resdiff.Comparison) -> Shift:
        (shift,) = [
            s for c in cmp.changes for p in c.walk() for s in p.shifts if s.feature == "chapter-vii"
        ]
        return shift

    dropped = flag(resdiff.compare(agreed, second))
    assert dropped.direction == "softer" and dropped.note is not None
    assert dropped.note.startswith("still on the table in the new draft")
    added = flag(resdiff.compare(base + ops, agreed.replace(formula, f"[{formula}]")))
    assert added.direction == "stronger"
    assert added.note == "in dispute in the new draft, bracketed or in an alternative"
    assert "(still on the table in the new draft" in " ".join(
        render_text(resdiff.compare(agreed, second)).split()
    )
    # Agreed words on both sides: no note.
    assert flag(resdiff.compare(agreed, base + ops)).note is None


SPANNED = """The Security Council,

Recalling its previous resolutions on the situation in Exampleland,

[Condemning the attacks on civilians by the armed forces of Exampleland,

Acting under Chapter VII of the Charter of the United Nations,

Determined to ensure that the measures are implemented,]

1. Demands that all parties immediately cease hostilities;

2. Decides to remain seized of the matter.
"""


def test_brackets_spanning_recitals_put_each_in_dispute() -> None:
    """Brackets opened at the start of one recital and closed at the end of a later one
    hold every recital between: the warning names them, Chapter VII read from the middle
    one is in dispute, and a revision that agrees them names the brackets taken away."""
    from resdiff.brackets import bracketed_across
    from resdiff.classify.disputes import SPAN_AGREED, SPAN_PUT

    draft = resdiff.parse(SPANNED)
    (warning,) = [w for w in draft.warnings if w.code == BRACKETED_WARNING]
    assert "PP2, PP3, PP4" in warning.message
    assert draft.chapter_vii
    assert [w.code for w in draft.warnings if w.code.startswith("disputed-")] == [
        "disputed-chapter-vii"
    ]
    agreed = SPANNED.replace("\n[Condemning", "\nCondemning").replace(
        "implemented,]", "implemented,"
    )
    cmp = resdiff.compare(draft, agreed)
    details = {c.old: [s.detail for s in c.shifts] for c in cmp.changes}
    assert details[("PP2",)] == details[("PP4",)] == [SPAN_AGREED]
    assert details[("PP3",)] == []
    assert cmp.summary.direction == "neutral"
    assert "in dispute in the old draft" in str(cmp)
    back = resdiff.compare(agreed, draft)
    assert [s.detail for c in back.changes for s in c.shifts] == [SPAN_PUT, SPAN_PUT]
    # A bracket that opens and never closes, or closes with none open, or opens again
    # before it closed, spans nothing: a scan's stray sign is no place of dispute.
    assert bracketed_across(["[Recalling x,", "Noting y,", "Acting z,"]) == [False] * 3
    assert bracketed_across(["Recalling x,", "Noting y,]"]) == [False, False]
    assert bracketed_across(["[Recalling x,", "[Noting y,", "Acting z,]"]) == [
        False,
        True,
        True,
    ]
    assert bracketed_across(["[Recalling x,", "Noting y,] and more,"]) == [False, False]
    stray = resdiff.parse(SPANNED.replace("implemented,]", "implemented,"))
    assert not [w for w in stray.warnings if w.code == BRACKETED_WARNING]
    assert not [w for w in stray.warnings if w.code.startswith("disputed-")]


def test_the_text_report_marks_changed_brackets_apart_from_its_own_markers() -> None:
    """Where the words a revision changed hold the drafts' square brackets, the text
    report marks deletions {--so--} and insertions {++so++} (CriticMarkup) and says so;
    wdiff's [-so-] and {+so+} otherwise."""
    report = str(resdiff.compare(OLD, NEW))
    assert "{--[immediately]--}" in report and "{--[Decides/Requests]--} {++Decides++}" in report
    assert "[-[" not in report
    assert "Deleted words are marked {--so--}" in report
    plain = str(resdiff.compare(NEW, NEW.replace("Calls upon", "Urges")))
    assert "[-Calls upon-]" in plain and "{+Urges+}" in plain and "{--" not in plain


def test_recitals_tabled_in_alternatives_under_headings_are_one_recital() -> None:
    """Recitals under "Alt 1" / "Alt 2" headings carry no number to repeat: the later
    alternative's recitals stand for the first's one by one and are joined with them, as
    operative paragraphs are; a recital beyond the first alternative's count is its own.
    A revision that keeps one alternative settles them; one that keeps the second reads
    as the first softened."""
    from resdiff.read import ALTERNATIVES_WARNING

    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\nAlt 1\n\n"
        "Condemning in the strongest terms the missile launches,\n\nAlt 2\n\n"
        "Deploring the missile launches,\n\nDetermined to ensure the safety of the region,"
        "\n\n1. Demands that the launches stop;\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2", "PP4"]
    assert draft.preamble[1].text == (
        "Alt 1: Condemning in the strongest terms the missile launches, Alt 2: Deploring "
        "the missile launches,"
    )
    assert draft.preamble[2].text.startswith("Determined")
    assert draft.headings == ()
    assert [w.code for w in draft.warnings] == [ALTERNATIVES_WARNING]
    first = text.replace("Alt 1\n\n", "").replace(
        "Alt 2\n\nDeploring the missile launches,\n\n", ""
    )
    kept = resdiff.compare(draft, first)
    assert [c.kind for c in kept.changes] == ["unchanged", "reworded", "unchanged", "unchanged"]
    assert kept.changes[1].shifts[0].detail == "labelled alternatives settled"
    second = text.replace(
        "Alt 1\n\nCondemning in the strongest terms the missile launches,\n\n", ""
    ).replace("Alt 2\n\n", "")
    assert resdiff.compare(draft, second).changes[1].kind == "softened"
    # Two recitals under "Alt 2" for one under "Alt 1": the second is a recital of its own.
    longer = resdiff.parse(
        text.replace(
            "Deploring the missile launches,\n\n",
            "Deploring the missile launches,\n\nNoting the statements of the region,\n\n",
        )
    )
    assert [c.text[:9] for c in longer.preamble] == [
        "Recalling",
        "Alt 1: Co",
        "Noting th",
        "Determine",
    ]


def test_a_note_before_the_first_clause_goes_with_the_first_clause_of_any_kind() -> None:
    """A drafter's note before a numbered first paragraph goes with it (its words were
    lost), and before a part's label it waits for the first clause (it made "[Note] A" a
    recital); a "[Deleted]" line is a placeholder, not a note on the recital before."""
    from resdiff.read import NOTES_WARNING, PLACEHOLDER_WARNING

    ops = resdiff.parse(
        "The Security Council,\n\n[Note: the United States proposes a new preamble.]\n\n"
        "1. Condemns the attacks on civilians;\n\n2. Decides to remain seized of the matter.\n"
    )
    assert ops.operative[0].text.startswith("[Note: the United States proposes a new preamble.]")
    assert ops.operative[0].lead == "Condemns"
    assert [w.code for w in ops.warnings] == [NOTES_WARNING]
    labelled = resdiff.parse(
        "The Security Council,\n\n[Note: the United States proposes a new section.]\n\nA\n\n"
        "Recalling its resolutions,\n\n1. Condemns the attacks on civilians;\n"
    )
    assert [(h.text, h.before) for h in labelled.headings] == [("A", "PP1")]
    assert [c.ref for c in labelled.walk()] == ["PP1", "OP1"]
    assert labelled.preamble[0].text.endswith("Recalling its resolutions,")
    deleted = resdiff.parse(
        NOTED.replace("[Note: China proposes deleting the next recital.]", "[Deleted]")
    )
    assert PLACEHOLDER_WARNING in [w.code for w in deleted.warnings]
    assert not deleted.preamble[0].text.endswith("[Deleted]")


def test_a_later_alternative_of_fewer_recitals_swallows_nothing() -> None:
    """Alt 1 of two recitals and Alt 2 of one: nothing marks where Alt 2 ends, so the
    recitals stay apart, and the agreed determination after them stays the draft's own
    (it was joined into Alt 2, and Article 39 reported as a proposal)."""
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\nAlt 1\n\nCondemning the "
        "launches,\n\nExpressing grave concern at the launches,\n\nAlt 2\n\nDeploring the "
        "launches,\n\nDetermining that the situation in Exampleland constitutes a threat to "
        "international peace and security,\n\n1. Demands that the launches stop;\n"
    )
    assert draft.art39
    assert not [w for w in draft.warnings if w.code.startswith("disputed-")]
    assert draft.preamble[-1].text.startswith("Determining")


def test_stray_brackets_and_a_typists_slip_are_no_span() -> None:
    """A "[" never closed and a "]" typed for ")" several paragraphs on ("(S/2024/100];")
    put nothing in dispute, and a revision that mends the slip is no agreement; brackets
    spanning the end of part A are read in the order of the document, not over part B's
    recitals."""
    from resdiff.brackets import bracketed_across, span_ends

    text = (
        "The Security Council,\n\n[Recalling its resolutions,\n\nDetermining that the "
        "situation constitutes a threat to international peace and security,\n\nActing "
        "under Chapter VII of the Charter of the United Nations,\n\n1. Decides to act;\n\n"
        "2. Takes note of the report (S/2024/100];\n"
    )
    draft = resdiff.parse(text)
    assert draft.chapter_vii and draft.art39
    assert not [w for w in draft.warnings if w.code.startswith("disputed-")]
    assert span_ends("Takes note of the report (S/2024/100];") == (False, False)
    mended = resdiff.compare(text, text.replace("100];", "100);"))
    assert not [s for c in mended.changes for s in c.shifts if s.feature == "brackets"]
    # Past eight paragraphs, brackets left open are a stray sign.
    assert bracketed_across(["[a,", *["b,"] * 8, "c,]"]) == [False] * 10
    parts = resdiff.parse(
        "The General Assembly,\n\nA\n\n[Taking note of the report,\n\n1. Urges States to act;]"
        "\n\nB\n\nRecalling its resolution 77/245,\n\n1. Welcomes the offer;\n"
    )
    (warning,) = [w for w in parts.warnings if w.code == BRACKETED_WARNING]
    assert "PP1, OP1" in warning.message and "PP2" not in warning.message


def test_a_text_that_opens_with_a_label_is_never_passed_over_unread() -> None:
    """The look at a text's opening that spares the search for a label lets through
    every text the search finds a label at the opening of (after spaces, brackets and
    parentheses)."""
    import random

    from resdiff.brackets import (
        _ALT_LABEL,
        alternative_label,
        alternative_labels,
        labelled_alternatives,
        may_open_with_label,
    )

    rng = random.Random(4)
    tokens = ["Alt 1:", "Alt. 2 -", "ALT 3:", "Alternative B)", "Option A:", "OPTION 2."]
    tokens += ["Variant 1:", "VARIANT C:", "Alternatively", " ", "\t", "\n", "[", "(", ")"]
    tokens += ["]", "~~", "Decides", "x", "1", "Alt1:", "(a)"]
    opening = 0
    for _ in range(20_000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 8)))
        m = _ALT_LABEL.search(text, 0, 200)
        if m is not None and text[: m.start()].strip(" \t\n[(") == "":
            opening += 1
            assert may_open_with_label(text), text
        if not may_open_with_label(text):
            # The public promise the readers' last step relies on to skip the search.
            assert alternative_label(text) is None, text
            assert alternative_labels(text) is None, text
            assert labelled_alternatives(text) == [], text
    assert opening > 1_000
