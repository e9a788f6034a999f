"""Two misreadings of prints made by other tools (issue 9, twenty-first session): a
heading that opens with a participle or ends with a colon, wrapped over two lines by a
narrow column (resdiff.read.text.headings), was read into the paragraph above it; and
"re-" / "designations" at a line end closed up although the document writes
"re-designated" elsewhere (resdiff.read.text.hyphens, the evidence of a word's family).
Made-up texts only; one check reads S/RES/2625 (2022) from ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

import resdiff
from resdiff.model import Draft
from resdiff.read.text.hyphens import _hyphen_glue, _HyphenEvidence

AKN = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"


def read(body: str) -> Draft:
    """A draft of ``body`` under the Council's formula."""
    text = "The Security Council,\n\nRecalling its previous resolutions,\n\n" + body + "\n"
    return resdiff.parse(text, format="text", analyze=False)


def headings(draft: Draft) -> dict[str, str | None]:
    return {p.ref: p.heading for p in draft.operative}


# Two operative paragraphs and a heading between them, as a page in one column and as a
# narrow column (a page in two) prints them.
ONE_COLUMN = (
    "1. Demands that all parties allow full, safe and unhindered access for "
    "humanitarian personnel;\n\n"
    "{heading}\n\n"
    "2. Calls upon all parties to respect international humanitarian law;\n\n"
    "3. Decides to remain seized of the matter."
)
TWO_COLUMNS = (
    "1. Demands that all parties allow full,\nsafe and unhindered access for\n"
    "humanitarian personnel;\n\n"
    "{heading}\n\n"
    "2. Calls upon all parties to respect\ninternational humanitarian law;\n\n"
    "3. Decides to remain seized of the\nmatter."
)


@pytest.mark.parametrize(
    ("wrapped", "whole"),
    [
        # A participle opens it: a short line in one column, two lines in a narrow one.
        (
            "Creating the conditions for\nhumanitarian assistance",
            "Creating the conditions for humanitarian assistance",
        ),
        # A colon ends it.
        ("Protection of\ncivilians:", "Protection of civilians:"),
        ("Strengthening the rule of\nlaw", "Strengthening the rule of law"),
    ],
)
def test_a_wrapped_heading_is_read_as_the_same_heading_in_one_column(
    wrapped: str, whole: str
) -> None:
    one = read(ONE_COLUMN.format(heading=whole))
    two = read(TWO_COLUMNS.format(heading=wrapped))
    assert headings(one)["OP2"] == whole
    assert headings(two)["OP2"] == whole
    # The paragraph above keeps its own text only.
    assert two.operative[0].text.endswith("humanitarian personnel;")
    assert [p.ref for p in two.operative] == ["OP1", "OP2", "OP3"]


def test_a_wrapped_recital_that_lost_its_comma_is_no_heading() -> None:
    # It cites a resolution: a recital between the paragraphs, not a title. Since the
    # twenty-second session (tests/test_reader12.py) it is read as a recital, as one with
    # its comma is, not run into the paragraph above.
    draft = read(TWO_COLUMNS.format(heading="Recalling its resolution\n2086 (2013)"))
    assert headings(draft)["OP2"] is None
    assert "2086 (2013)" not in " ".join(p.text for p in draft.operative)
    assert draft.preamble[-1].text == "Recalling its resolution 2086 (2013)"


def test_a_long_wrapped_participle_line_is_no_heading() -> None:
    # Nine words and more, a participle first: a lead-in or a recital, as on one line.
    draft = read(
        TWO_COLUMNS.format(heading="Taking note of the letters of the\nPresident of the Commission")
    )
    assert headings(draft)["OP2"] is None


def test_a_paragraphs_short_last_line_stays_its_own() -> None:
    # The last line of paragraph 1, set apart by a blank line, goes on in lower case.
    body = (
        "1. Demands that all parties allow full,\nsafe and unhindered access for\n\n"
        "humanitarian personnel;\n\n"
        "2. Decides to remain seized of the\nmatter."
    )
    draft = read(body)
    assert headings(draft)["OP2"] is None
    assert draft.operative[0].text.endswith("access for humanitarian personnel;")


# --------------------------------------------------------------------------- hyphens


def glue(lines: list[str], left: str, right: str) -> str:
    evidence = _HyphenEvidence.of_lines(lines)
    return _hyphen_glue(left, right, "", "-", evidence)


def test_a_prefix_keeps_its_hyphen_where_the_text_writes_the_family_so() -> None:
    body = (
        "1. Decides that the re-designated sites shall be protected;\n\n"
        "2. Requests that any future re-\ndesignations of the sites be reported;\n\n"
        "3. Decides to remain seized of the matter."
    )
    draft = read(body)
    assert "any future re-designations of the sites" in draft.operative[1].text


def test_a_family_written_closed_or_both_ways_leaves_the_lists_to_decide() -> None:
    # "coordination" beside the title "Humanitarian Co-ordinator" (S/RES/2505 (2020)):
    # a closed word of the family closes nothing up; the lists keep "co-" before "o".
    lines = ["Welcomes the coordination of efforts;", "the Humanitarian Co-", "ordinator"]
    assert glue(lines, "Co", "ordinator") == "-"
    # The family both ways: no evidence, and "re" before "d" joins as before.
    lines = ["the re-designated sites and the redesignated ones", "future re-", "designations"]
    assert glue(lines, "re", "designations") == ""
    # A compound's last part is asked no family ("non-re-" / "designations").
    lines = ["the re-designated sites", "future non-re-", "designations"]
    assert glue(lines, "non-re", "designations") == ""


def test_a_family_is_no_evidence_for_a_typesetters_break() -> None:
    # "resolution" breaks after "re" though "solution" is a word; the text writes
    # "resolutions" closed, never "re-solu...".
    lines = ["Recalling its resolutions and the solution,", "Reaffirms its re-", "solution"]
    assert glue(lines, "re", "solution") == ""
    # A long first part or a short second part asks no family.
    assert _HyphenEvidence.of_lines(["re-designated"]).family("re", "desig") == (0, 0)
    assert _HyphenEvidence.of_lines(["policy-designated"]).family("policy", "designated") == (0, 0)


def test_the_family_counts_follow_added_tokens() -> None:
    evidence = _HyphenEvidence.of_lines(["the re-designated sites"])
    assert evidence.family("re", "designations") == (1, 0)
    evidence.add("re-designated", -1)
    evidence.add("redesignated", 2)
    assert evidence.family("re", "designations") == (0, 2)


@pytest.mark.skipif(not AKN.is_dir(), reason="the AKN corpus (../shared) is not there")
def test_s_res_2625_writes_re_designated_so_its_broken_re_designations_keep_the_hyphen() -> None:
    from resdiff.read.akn import parse_akn

    path = AKN / "S_RES_2625_2022.xml"
    if not path.exists():
        pytest.skip("S/RES/2625 (2022) is not in ../shared")
    texts = [t for t in parse_akn(path.read_text(encoding="utf-8")).texts() if t.strip()]
    evidence = _HyphenEvidence.of_lines(texts)
    evidence.add("re-designations", -1)  # the word broken is no evidence of itself
    assert _hyphen_glue("re", "designations", " of", "-", evidence) == "-"
