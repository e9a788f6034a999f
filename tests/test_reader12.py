"""The plain-text reader's misreadings left open (issue 9, twenty-second session): a
short recital that lost its comma, standing alone between two operative paragraphs, on
one line or wrapped ("Noting with concern" / "the situation in Haiti"), was read as a
heading of the paragraphs after it (on one line always, wrapped since the twenty-first
session) or run into the paragraph above. It is a recital out of place, read as one with
its comma is (resdiff.read.text.headings, resdiff.read.text.tree). And a part's label
lowered by the scan ("B" ... "c", S/RES/820 (1993)) was read into the paragraph above
with the part's first recital (resdiff.read.text.paragraphs, tree). Made-up texts, and
two checks of S/RES/814 and 820 (1993) from ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.model import Draft


def read(between: str) -> Draft:
    """Two operative paragraphs under the Council's formula, ``between`` standing alone
    after the second, and two more paragraphs."""
    text = (
        "The Security Council,\n\nRecalling its resolution 2600 (2021),\n\n"
        "1. Decides to extend the mandate of the Office until 15 July 2023;\n\n"
        "2. Requests the Secretary-General to report every 120 days;\n\n"
        f"{between}\n\n"
        "3. Calls upon all parties to cooperate with the Office;\n\n"
        "4. Decides to remain seized of the matter.\n"
    )
    return resdiff.parse(text, format="text", analyze=False)


def _shape(draft: Draft) -> tuple[list[str], list[str | None], str]:
    return (
        [p.ref for p in draft.operative],
        [p.heading for p in draft.operative],
        draft.operative[1].text,
    )


@pytest.mark.parametrize(
    ("printed", "recital"),
    [
        (
            "Noting with concern\nthe situation in Haiti",
            "Noting with concern the situation in Haiti",
        ),
        (
            "Welcoming the efforts of\nthe Secretary-General",
            "Welcoming the efforts of the Secretary-General",
        ),
        # On one line it was a heading too (a participle's line of at most 8 words).
        (
            "Noting with concern the situation in Haiti",
            "Noting with concern the situation in Haiti",
        ),
        # Longer, on one line: it ran into paragraph 2.
        (
            "Acting under Chapter VII of the Charter of the United Nations",
            "Acting under Chapter VII of the Charter of the United Nations",
        ),
        # It cites a resolution.
        ("Recalling its resolution\n2086 (2013)", "Recalling its resolution 2086 (2013)"),
    ],
)
def test_a_recital_that_lost_its_comma_between_paragraphs_is_a_recital(
    printed: str, recital: str
) -> None:
    draft = read(printed)
    refs, heads, second = _shape(draft)
    assert refs == ["OP1", "OP2", "OP3", "OP4"]
    assert heads == [None, None, None, None]
    assert second == "Requests the Secretary-General to report every 120 days;"
    assert [p.text for p in draft.preamble] == ["Recalling its resolution 2600 (2021),", recital]
    # Read from where it stands: after paragraph 2, before paragraph 3.
    spans = [p.span for p in (draft.preamble[1], *draft.operative[1:3])]
    assert all(s is not None for s in spans)
    lines = [s.first_line for s in spans if s is not None]
    assert lines[1] < lines[0] < lines[2]


def test_it_reads_as_the_same_recital_with_its_comma() -> None:
    lost = read("Noting with concern\nthe situation in Haiti")
    kept = read("Noting with concern\nthe situation in Haiti,")
    assert [p.ref for p in lost.printed] == [p.ref for p in kept.printed]
    assert lost.preamble[-1].text + "," == kept.preamble[-1].text
    # Its missing comma is said, as for any recital.
    assert any(w.code == "preamble-no-comma" for w in lost.warnings)


@pytest.mark.parametrize(
    "heading",
    [
        # A heading's participle names an activity, wrapped or not.
        "Creating the conditions for\nhumanitarian assistance",
        "Strengthening the rule of law",
        "Reporting",
        # Not a recital's participle: "Pending the deployment of the Force, calls upon".
        "Pending the deployment of the Force",
        # A colon ends it (unchanged).
        "Noting the following:",
    ],
)
def test_a_heading_between_paragraphs_stays_a_heading(heading: str) -> None:
    draft = read(heading)
    refs, heads, second = _shape(draft)
    assert refs == ["OP1", "OP2", "OP3", "OP4"]
    assert heads[2] == " ".join(heading.split())
    assert second == "Requests the Secretary-General to report every 120 days;"
    assert len(draft.preamble) == 1


@pytest.mark.parametrize(
    "goes_on",
    [
        # A paragraph going on after a blank line starts in lower case.
        "the deployment of the Force",
        # A recital's words with an operative verb after a comma: an operative paragraph
        # whose number the print lost, read as before (into the one above).
        "Noting the report, decides to remain seized of the matter",
    ],
)
def test_what_goes_on_is_no_recital(goes_on: str) -> None:
    draft = read(goes_on)
    assert len(draft.preamble) == 1
    assert [p.heading for p in draft.operative] == [None, None, None, None]


def test_not_before_a_sub_paragraph_nor_after_an_open_paragraph() -> None:
    # After a paragraph left open (no ";" or "."), the line is its continuation.
    text = (
        "The Security Council,\n\nRecalling its resolution 2600 (2021),\n\n"
        "1. Decides to extend the mandate of the Office until 15 July 2023\n\n"
        "Noting with concern the situation in Haiti\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert len(draft.preamble) == 1


# A resolution in parts whose scan lowered part C's label ("c"), as S/RES/820 (1993)'s.
PARTS = (
    "The Security Council,\n\nRecalling its resolution 2600 (2021),\n\n"
    "A\n\n1. Commends the peace plan;\n\n2. Welcomes its acceptance;\n\n"
    "B\n\nActing under Chapter VII of the Charter of the United Nations,\n\n"
    "3. Decides that all States shall prevent the sale of arms;\n\n"
    "4. Confirms that paragraph 3 does not apply to the Mission;\n\n"
    "{label}\n\n"
    "Desirous of achieving the full readmittance of the State,\n\n"
    "5. Expresses its readiness to review the measures;\n\n"
    "6. Decides to remain seized of the matter.\n"
)


def _parts(label: str) -> Draft:
    return resdiff.parse(PARTS.format(label=label), format="text", analyze=False)


def test_a_part_label_lowered_by_the_scan_heads_its_part() -> None:
    lowered, printed = _parts("c"), _parts("C")
    for draft in (lowered, printed):
        assert draft.operative[3].text == (
            "Confirms that paragraph 3 does not apply to the Mission;"
        )
        assert draft.preamble[-1].text.startswith("Desirous of achieving")
        part_c = draft.headings[-1].text
        assert [p.heading for p in draft.operative] == ["A", "A", "B", "B", part_c, part_c]
        assert draft.preamble[-1].heading == part_c
    # Read as printed, with the misprint said.
    assert lowered.headings[-1].text == "c"
    assert any(
        w.code == "numbering-ocr" and "part label 'c'" in w.message for w in lowered.warnings
    )
    # The part's recital and its paragraphs stand under it, as under "C".
    assert [p.ref for p in lowered.preamble] == [p.ref for p in printed.preamble]
    assert [p.ref for p in lowered.operative] == [p.ref for p in printed.operative]


@pytest.mark.parametrize("label", ["d", "b"])
def test_a_lone_letter_that_is_not_the_next_part_goes_on(label: str) -> None:
    # Not the letter after "B": a stray letter of the scan, read as before (into the
    # paragraph above, with the recital after it).
    draft = _parts(label)
    assert f"the Mission; {label} Desirous" in draft.operative[3].text
    assert not any("part label" in w.message for w in draft.warnings)


def test_a_lone_letter_without_parts_goes_on() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolution 2600 (2021),\n\n"
        "1. Decides to extend the mandate of the Office;\n\nc\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert draft.operative[0].text.endswith("the Office; c")
    assert not draft.headings


SCANNED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "scanned"


def _scanned(name: str) -> Draft:
    path = SCANNED / name
    if not path.is_file():
        pytest.skip(f"the scanned corpus ({path}) is absent")
    return resdiff.parse(path)


def test_s_res_820_part_c_and_its_recital() -> None:
    draft = _scanned("S_RES_820_1993.txt")
    op30 = next(p for p in draft.operative if p.ref == "OP30")
    assert op30.text.endswith("European Community Monitor Mission;")
    assert draft.preamble[-1].text.startswith("Desirous of achieving the full readmittance")
    assert [h.text for h in draft.headings] == ["A", "B", "c"]


def test_s_res_814_part_b_opens_with_its_own_recital() -> None:
    # A guard of the decision (RESULTS §2cl): "B" / "Acting under Chapter VII ...," /
    # "5. Decides ..." is part B's preamble of one recital, as "B" / "Determined ...," /
    # "Acting under Chapter VII ...," / "10. Decides" is in S/RES/820 (1993): printed
    # after OP4, under "B", the Chapter VII flag read from it.
    draft = _scanned("S_RES_814_1993.txt")
    acting = draft.preamble[-1]
    assert acting.text == "Acting under Chapter VII of the Charter of the United Nations,"
    assert acting.heading == "B"
    printed = [p.ref for p in draft.printed]
    assert printed.index(acting.ref) == printed.index("OP4") + 1
    assert draft.chapter_vii


def test_an_adoption_line_misread_adapted_unanimously_is_the_closing() -> None:
    # S/RES/494 (1981): "Adapted unanimously at the" / "2312th meeting." was an OP2.
    text = (
        "The Security Council,\n\nHaving considered the question,\n\n"
        "Recommends to the General Assembly that Mr. X be appointed.\n\n"
        "Adapted unanimously at the\n2312th meeting.\n"
    )
    draft = resdiff.parse(text, format="text")
    assert [p.ref for p in draft.operative] == ["OP1"]
    assert draft.vote == "Adapted unanimously at the 2312th meeting."
    assert draft.status == "adopted"


def test_a_paragraph_opening_adapted_otherwise_stays_a_paragraph() -> None:
    text = (
        "The Security Council,\n\nHaving considered the question,\n\n"
        "1. Recommends that the guidelines be revised;\n\n"
        "2. Adapted to the new circumstances, decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert [p.ref for p in draft.operative] == ["OP1", "OP2"]


LOST = (
    "The Security Council,\n\nRecalling the Geneva Convention of 1949,\n\n"
    "1. Reaffirms the applicability of the Convention to the territories;\n\n"
    "{middle}\n\n"
    "{after}. Requests the Secretary-General to report;\n"
)


def test_a_paragraph_whose_number_the_scan_lost_is_its_own() -> None:
    # S/RES/484 (1980): "2." lost, the paragraph read into paragraph 1.
    draft = resdiff.parse(
        LOST.format(middle="Calls upon Israel to adhere to the Convention;", after=3),
        format="text",
        analyze=False,
    )
    assert [p.ref for p in draft.operative] == ["OP1", "OP2", "OP3"]
    assert draft.operative[0].text.endswith("to the territories;")
    assert draft.operative[1].text == "Calls upon Israel to adhere to the Convention;"
    assert any(w.code == "numbering-lost" for w in draft.warnings)
    assert not any(w.code == "numbering-gap" for w in draft.warnings)


@pytest.mark.parametrize(
    ("middle", "after"),
    [
        # The count does not skip: the paragraph goes on (as before).
        ("Calls upon Israel to adhere to the Convention;", 2),
        # It skips two: not one lost number.
        ("Calls upon Israel to adhere to the Convention;", 4),
        # No operative verb opens it.
        ("the Convention being applicable to all the territories;", 3),
    ],
)
def test_no_lost_number_otherwise(middle: str, after: int) -> None:
    draft = resdiff.parse(LOST.format(middle=middle, after=after), format="text", analyze=False)
    assert len(draft.operative) == 2
    assert middle in draft.operative[0].text


# Review of the twenty-second session's rules: where each must not apply.


def test_a_title_case_heading_led_by_a_participle_stays_a_heading() -> None:
    # "Taking Stock of Progress" is a title (its next word in capitals), not a recital
    # that lost its comma (whose next word is in lower case).
    draft = read("Taking Stock of Progress")
    assert [p.heading for p in draft.operative][2:] == ["Taking Stock of Progress"] * 2
    assert draft.preamble[-1].text == "Recalling its resolution 2600 (2021),"


def test_two_unnumbered_paragraphs_in_a_one_number_gap_are_left_as_read() -> None:
    # Which of the two lost the number is not known: neither is made OP2 (the later one
    # was, while the earlier ran into paragraph 1).
    text = (
        "The Security Council,\n\nRecalling its resolution 2600 (2021),\n\n"
        "1. Decides to extend the mandate of the Office until 15 July 2023;\n\n"
        "Requests the Secretary-General to report;\n\nUrges all States to help;\n\n"
        "3. Calls upon all parties to cooperate with the Office;\n\n"
        "4. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert [p.ref for p in draft.operative] == ["OP1", "OP3", "OP4"]
    assert not any("no number between" in w.message for w in draft.warnings)


# Part B with a list of items, then {mid}, then the last paragraph.
ITEMS = (
    "The Security Council,\n\nA\n\nRecalling its resolution 2600 (2021),\n\n"
    "1. Decides to extend the mandate;\n\nB\n\n"
    "Acting under Chapter VII of the Charter,\n\n"
    "2. Requests the Secretary-General:\n\n(a) To monitor;\n\n(b) To report;\n\n{mid}\n\n"
    "3. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(
    "mid",
    [
        "c\n\nTo advise the parties;",  # item (c), its brackets lost
        "c",  # a stray mark after the last item
    ],
)
def test_a_lone_c_after_part_b_items_is_no_part_label(mid: str) -> None:
    draft = resdiff.parse(ITEMS.format(mid=mid), format="text", analyze=False)
    assert [p.heading for p in draft.operative] == ["A", "B", "B"]
    assert not any("part label" in w.message for w in draft.warnings)
    # Read as before: the letter goes on in item (b).
    assert draft.operative[1].children[1].text.startswith("To report; c")


def test_a_lone_c_before_an_unnumbered_paragraph_is_no_part_label() -> None:
    # A part opens with a recital or a numbered paragraph; "c" before "Urges ..." is a
    # stray mark of the scan.
    text = ITEMS.format(mid="c\n\nUrges all parties to comply;").replace(
        "Secretary-General:\n\n(a) To monitor;\n\n(b) To report;",
        "Secretary-General to report;",
    )
    draft = resdiff.parse(text, format="text", analyze=False)
    assert [p.heading for p in draft.operative] == ["A", "B", "B"]
    assert not any("part label" in w.message for w in draft.warnings)
