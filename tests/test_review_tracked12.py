"""The review of branch tracked12: the bounds of its rules (made-up texts).

A heading read without blank lines around it is never a recital that lost its comma;
a paragraph whose number a tracked change took off is cited by the next free suffix,
never by the ref of a typed "1 bis."; a tracked move pairs only a moved-from clause with
a moved-to one, so two separate Word files whose moves share a name are not paired by it.
"""

from __future__ import annotations

import pytest

import resdiff

_HEAD = [
    "The Security Council,",
    "Recalling its previous resolutions on the situation in the region,",
    "1. Decides to extend the mandate of the Mission until 30 April 2023;",
    "2. Requests the Secretary-General to report every ninety days;",
]


@pytest.mark.parametrize(
    "line",
    [
        "Acting under Chapter VII of the Charter",
        "Noting with concern the situation",
        "Reaffirming its commitment to the region",
        "Recalling its previous resolutions",
    ],
)
def test_a_recital_without_its_comma_between_paragraphs_is_no_heading(line: str) -> None:
    # One line between two numbered paragraphs, no blank line around it: a recital's
    # participle opens it, so it is a recital that lost its comma, not a heading (the
    # one-line heading rule of tracked12 read each as a heading, and "Acting under
    # Chapter VII" no longer put the draft under Chapter VII).
    text = "\n".join([*_HEAD, line, "3. Decides to remain seized of the matter."])
    draft = resdiff.parse(text, format="text")
    assert draft.headings == ()
    if "Chapter VII" in line:
        assert draft.chapter_vii


def test_a_participle_heading_without_blank_lines_still_stands_apart() -> None:
    # The rule's own case is kept: a heading's participle is no recital's.
    line = "Strengthening the protection of civilians"
    text = "\n".join([*_HEAD, line, "3. Decides to remain seized of the matter."])
    draft = resdiff.parse(text, format="text")
    assert [(h.text, h.before) for h in draft.headings] == [(line, "OP3")]


def _two_files_moving_under_one_name() -> tuple[bytes, bytes]:
    """Two separate Word files, each with a tracked move named "move1" (the name a
    tool gives its first move) that moves a different paragraph."""
    from resdiff.testing.wordfile import Level, WordDocument, moved_from, moved_to

    def council() -> tuple[WordDocument, str]:
        doc = WordDocument()
        doc.paragraph("The Security Council,")
        doc.paragraph("Recalling its previous resolutions,")
        return doc, doc.add_num(doc.add_abstract([Level("decimal", "%1.")]))

    urges, calls = "Urges the sides to resume talks;", "Calls for restraint;"
    doc, ops = council()
    doc.paragraph(moved_from(urges, "move1"), num=ops, mark="moveFrom")
    doc.paragraph(calls, num=ops)
    doc.paragraph(moved_to(urges, "move1"), num=ops, mark="moveTo")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    first = doc.to_bytes()
    doc, ops = council()
    doc.paragraph(urges, num=ops)
    doc.paragraph(moved_from(calls, "move1"), num=ops, mark="moveFrom")
    doc.paragraph("Welcomes the report;", num=ops)
    doc.paragraph(moved_to(calls, "move1"), num=ops, mark="moveTo")
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    return first, doc.to_bytes()


def test_two_separate_word_files_are_not_paired_by_their_moves_names() -> None:
    # Each file's accepted version names "move1" on the paragraph it moved to: "Urges
    # ..." in the first, "Calls for restraint;" in the second. tracked12 paired the two
    # by that name ("Urges ... → Calls for restraint; softened, moved"), and read both
    # identical paragraphs as dropped and added.
    first, second = _two_files_moving_under_one_name()
    old, new = resdiff.parse(first), resdiff.parse(second)
    assert old.operative[1].moved_as == new.operative[2].moved_as == "move1"
    pairs = {(c.old, c.new, c.kind) for c in resdiff.compare(old, new).changes if c.old and c.new}
    assert (("OP2",), ("OP1",), "unchanged") in pairs  # "Urges ..." with itself
    assert (("OP1",), ("OP3",), "unchanged") in pairs  # "Calls for restraint;" too
    # The two versions of one file still pair by the move.
    original = resdiff.parse(first, version="original")
    moved = [c for c in resdiff.compare(original, old).changes if c.old == ("OP1",)]
    assert [(c.new, c.moved) for c in moved] == [(("OP2",), True)]


@pytest.mark.parametrize(
    ("order", "refs"),
    [
        ("typed first", ["OP1", "OP1bis", "OP1ter", "OP2"]),
        ("unnumbered first", ["OP1", "OP1ter", "OP1bis", "OP2"]),
        ("two unnumbered", ["OP1", "OP1bis", "OP1ter", "OP2"]),
    ],
)
def test_a_number_taken_off_beside_a_typed_bis_takes_the_next_suffix(
    order: str, refs: list[str]
) -> None:
    # A paragraph whose number a tracked change took off is cited after the paragraph
    # above ("OP1bis"); beside a typed "1 bis." it was "OP1bis-2", or took "OP1bis" from
    # the typed paragraph below it ("1 bis." read as "OP1bis-2"). A second paragraph
    # inserted after the same one is "ter", and a typed label keeps its own ref.
    from resdiff.testing.wordfile import Level, Props, WordDocument

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1.")]))
    doc.paragraph("Decides to extend the mandate;", num=ops)
    typed, urges = "1 bis. Stresses the need for restraint;", "Urges the sides to resume talks;"
    unnumbered = Props(num=ops, level=0)
    if order == "typed first":
        doc.paragraph(typed)
        doc.paragraph(urges, was=unnumbered)
    elif order == "unnumbered first":
        doc.paragraph(urges, was=unnumbered)
        doc.paragraph(typed)
    else:
        doc.paragraph(urges, was=unnumbered)
        doc.paragraph("Stresses the need for restraint;", was=unnumbered)
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    draft = resdiff.parse(doc.to_bytes())
    assert [c.ref for c in draft.operative] == refs
    assert [c.ref for c in draft.operative if c.label == "1 bis."] == (
        [] if order == "two unnumbered" else ["OP1bis"]
    )


def test_a_block_moved_under_one_name_pairs_in_order() -> None:
    # Word names every paragraph of a block it moved with one move name: tracked12 took
    # a name held by two paragraphs as no evidence, and the aligner paired "Decides to
    # remain actively seized" in place, against the move.
    from resdiff.align import align
    from resdiff.model import Clause

    def op(ref: str, text: str, move: str | None = None) -> Clause:
        return Clause(ref=ref, section="operative", label=ref[2:] + ".", text=text, moved_as=move)

    same = "Decides to remain actively seized of the matter."
    urges = "Urges restraint by all parties;"
    old = [
        op("OP1", same),
        op("OP2", "Calls for talks;"),
        op("OP3", same, "m"),
        op("OP4", urges, "m"),
    ]
    new = [
        op("OP1", same, "m"),
        op("OP2", urges, "m"),
        op("OP3", same),
        op("OP4", "Calls for talks;"),
    ]
    pairs = {(link.old, link.new, link.moved) for link in align(old, new)}
    assert ((2,), (0,), True) in pairs
    assert ((3,), (1,), True) in pairs
    # Three clauses under the name on one side and two on the other: no evidence.
    old.append(op("OP5", "Welcomes the report;", "m"))
    assert ((0,), (0,), False) in {(link.old, link.new, link.moved) for link in align(old, new)}


def test_a_number_a_tracked_change_put_on_leaves_the_original_a_paragraph_of_its_own() -> None:
    # The mirror of tracked12's second finding: a w:pPrChange that numbers a paragraph
    # the original did not. Word shows the original with an unnumbered paragraph of its
    # own after OP1; resdiff read it into OP1 ("OP1 → OP1 + OP2 unchanged", a split).
    from test_tracked12 import _agrees_with_libreoffice

    from resdiff.testing.wordfile import Level, Props, WordDocument

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1.")]))
    doc.paragraph("Decides to extend the mandate of the Force until 31 January 2024;", num=ops)
    doc.paragraph("Urges the sides to resume negotiations without delay;", num=ops, was=Props())
    doc.paragraph("Decides to remain seized of the matter.", num=ops)
    word = doc.to_bytes()
    original = resdiff.parse(word, version="original")
    assert [(c.ref, c.label) for c in original.operative] == [
        ("OP1", "1."),
        ("OP1bis", None),
        ("OP2", "2."),
    ]
    accepted = resdiff.parse(word)
    assert [c.ref for c in accepted.operative] == ["OP1", "OP2", "OP3"]
    changes = resdiff.compare(original, accepted).changes
    assert [(c.old, c.new, c.kind) for c in changes if c.section == "operative"] == [
        (("OP1",), ("OP1",), "unchanged"),
        (("OP1bis",), ("OP2",), "unchanged"),
        (("OP2",), ("OP3",), "unchanged"),
    ]
    _agrees_with_libreoffice(word)
