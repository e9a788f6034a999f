"""The plain-text reader on the cases a review found: a block that opens with a number is a
footnote only when something shows it is one, a voting line is the closing (not part of
the last paragraph) and gives the status, a wrapped adoption line keeps its year, and a
French or Spanish masthead date is read."""

from __future__ import annotations

import datetime as dt

import pytest
from akn_render import render_pdf_text
from conftest import CORPUS, needs_corpus

from resdiff import compare as resdiff_compare
from resdiff import parse
from resdiff.model import Draft
from resdiff.read.akn import parse_akn
from resdiff.read.checks import accounted, lost_words
from resdiff.read.text import parse_text, vote_status
from resdiff.testing.wordfile import WordDocument, footnoted

DRAFT_MASTHEAD = """\
United Nations                                                S/2099/155
Security Council                                          Distr.: Limited
                                                          25 February 2099
                                                          Original: English

Albania and Norway: draft resolution

          The Security Council,

          Recalling the obligation of all States under Article 2 of the Charter,

     1.   Deplores the aggression against Eastland;

     2.   Decides that Westland shall immediately cease its use of force;

     3.   Decides to remain actively seized of the matter.
"""


def read(text: str) -> Draft:
    draft = parse_text(text)
    assert lost_words(text, draft) == []
    assert accounted(text, draft)
    return draft


def texts(draft: Draft) -> dict[str, str]:
    return {c.ref: c.text for c in draft.walk()}


# ------------------------------------------------------------------- 1. footnotes


def test_a_date_after_a_blank_line_goes_on_with_its_paragraph() -> None:
    draft = read(
        "          The Security Council,\n\n"
        "          Recalling its resolutions,\n\n"
        "     1.   Condemns the launches of ballistic missiles by the DPRK on\n\n"
        "     5 July 2006;\n\n"
        "     2.   Stresses the importance of the Joint Statement issued on\n\n"
        "     19 September 2005 by China, the DPRK, Japan, the Republic of Korea;\n\n"
        "     3.   Decides to remain seized of the matter.\n"
    )
    assert draft.footnotes == ()
    assert texts(draft) == {
        "PP1": "Recalling its resolutions,",
        "OP1": "Condemns the launches of ballistic missiles by the DPRK on 5 July 2006;",
        "OP2": "Stresses the importance of the Joint Statement issued on 19 September 2005 "
        "by China, the DPRK, Japan, the Republic of Korea;",
        "OP3": "Decides to remain seized of the matter.",
    }


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A page broke inside a cross-reference: the number opens the next page.
        ("as set out in paragraph", "22 of its resolution 2036 (2012), and decides to renew it;"),
        ("as set out in paragraphs 16 and 18 of resolution", "687 (1991) and that the Fund shall"),
        ("to brief the Committee within its mandate", "11 months from the date of adoption;"),
        # A list of resolutions, wrapped after "and" (a scanned text).
        ("508 (1982) of 5 June 1982 and", "20 (1982) of 17 September 1982;"),
    ],
)
def test_a_number_opening_a_page_inside_a_sentence_is_no_footnote(before: str, after: str) -> None:
    text = (
        "The Security Council,\n\n"
        "Recalling its resolutions,\n\n"
        f"1. Reaffirms its decision regarding the ban, {before}\n\n"
        "9/15\n20-15095\n\nS/RES/2551 (2020)\n\n"
        f"{after}\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = read(text)
    assert draft.footnotes == ()
    assert texts(draft)["OP1"].endswith(f"{before} {after}")
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]


def test_a_cited_note_at_the_foot_of_a_page_stays_a_footnote_inside_a_paragraph() -> None:
    # A scanned page: notes cited "1994 1/" and "1993, 2/" printed at the foot of the
    # page, in the middle of paragraph 3, which goes on after the page furniture.
    draft = read(
        "The Security Council,\n\n"
        "Welcoming the report of the Secretary-General of 4 March 1994 1/ on his\n"
        "mission of good offices,\n\n"
        "Recalling the measures outlined in annex I to his report of 1 July 1993, 2/\n\n"
        "1. Reiterates that the status quo is unacceptable;\n\n"
        "2. Welcomes the fact that intensive discussions have made it possible for\n"
        "the Secretary-General's representatives to bring forward ideas that should\n\n"
        "1/ S/1994/262.\n\n"
        "2/ S/26026.\n\n"
        "94-12513 (E)\nS/RES/902 (1994)\nPage 2\n\n"
        "facilitate the discussions aimed at reaching agreement;\n\n"
        "3. Requests the Secretary-General to report by the end of March 1994.\n"
    )
    assert [(f.mark, f.text) for f in draft.footnotes] == [
        ("1/", "S/1994/262."),
        ("2/", "S/26026."),
    ]
    assert texts(draft)["OP2"].endswith(
        "ideas that should facilitate the discussions aimed at reaching agreement;"
    )


def test_a_note_whose_mark_is_glued_to_a_word_is_a_footnote() -> None:
    draft = read(
        "The Security Council,\n\n"
        "Recalling the report of the Secretary-General,1\n\n"
        "1 S/2020/773.\n\n"
        "20-15095\n\n"
        "Acting under Chapter VII of the Charter of the United Nations,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert [(f.mark, f.text) for f in draft.footnotes] == [("1", "S/2020/773.")]
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1"]


def test_a_note_continuing_the_series_of_cited_marks_is_a_footnote() -> None:
    # An old printed volume: notes 16 and 17 are cited in the text, note 18 (cited in a
    # heading the scan left out) is printed between two recitals.
    draft = read(
        "Resolution 310 (1972)\nof 4 February 1972\n\n"
        "The Security Council,\n\n"
        "Taking note of the statement of the President of\n"
        "Mauritania, 16 in his capacity as current Chairman of the\n"
        "Organization of African Unity,\n\n"
        "18 Resolutions or decisions on this question were also adopted\n"
        "by the Council in 1968, 1969, 1970 and 1971.\n\n"
        "Taking note of the statement of the President of the\n"
        "United Nations Council for Namibia, 17\n\n"
        "1. Decides to remain seized of the matter.\n\n"
        "Adopted at the 1638th meeting by 13 votes to none.\n\n"
        "16 See Official Records of the Security Council, 1627th meeting.\n"
        "17 Ibid., 1628th meeting.\n"
    )
    assert [f.mark for f in draft.footnotes] == ["18", "16", "17"]
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1"]


def test_an_uncited_number_block_between_paragraphs_stays_in_the_body() -> None:
    # Nothing cites "12" and no page ends there: the words stay in the text.
    draft = read(
        "The Security Council,\n\n"
        "Recalling its resolutions,\n\n"
        "1. Notes the reports received;\n\n"
        "12 Member States have reported on the measures they have taken;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert draft.footnotes == ()
    assert "12 Member States have reported" in " ".join(texts(draft).values())


def test_a_word_document_with_a_line_a_paragraph_keeps_its_dates_in_the_paragraph() -> None:
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Acting under Chapter VII of the ", footnoted("Charter", "Signed 1945."), ",")
    doc.paragraph("1.\tCondemns the launches of ballistic missiles by the DPRK on")
    doc.paragraph("5 July 2006;")
    doc.paragraph("2.\tDecides to remain seized of the matter.")
    draft = parse(doc.to_bytes())
    assert texts(draft)["OP1"] == (
        "Condemns the launches of ballistic missiles by the DPRK on 5 July 2006;"
    )
    assert [(f.mark, f.text) for f in draft.footnotes] == [("1", "Signed 1945.")]


# --------------------------------------------------------------- 2. voting lines


@pytest.mark.parametrize(
    ("closing", "status"),
    [
        (
            "Vote: 11 in favour, 1 against (Russian Federation), 3 abstentions (China, India,"
            " United Arab Emirates).\nNot adopted.",
            "vetoed",
        ),
        (
            "The draft resolution received 11 votes in favour, 1 against (Russian Federation)"
            " and 3 abstentions and was not adopted.",
            "vetoed",
        ),
        (
            "Vote: 5 in favour, 2 against, 8 abstentions. The draft resolution failed to"
            " obtain the required number of votes.",
            "not-adopted",
        ),
        (
            "Vote: 11 in favour, 1 against (Russian Federation), 3 abstentions\n\nNot adopted.",
            "vetoed",
        ),
        ("Adopted by 14 votes to none, with 1 abstention.", "adopted"),
        ("14 in favour, none against, 1 abstention", "adopted"),
        (
            "The draft resolution was not adopted, having failed to obtain the required majority.",
            "not-adopted",
        ),
        (
            "Vote: 12 in favour, 2 against (China, Russian Federation), 1 abstention. The"
            " draft resolution was not adopted owing to the negative vote of a permanent"
            " member of the Council.",
            "vetoed",
        ),
    ],
    ids=[
        "vote-line-then-not-adopted",
        "received-votes-and-was-not-adopted",
        "failed-to-obtain-the-votes",
        "vote-line-and-outcome-apart",
        "adopted-by-votes",
        "count-alone",
        "failed-majority",
        "negative-vote-of-a-permanent-member",
    ],
)
def test_a_voting_line_is_the_closing_and_gives_the_status(closing: str, status: str) -> None:
    text = DRAFT_MASTHEAD + "\n" + closing + "\n"
    draft = read(text)
    assert draft.status == status
    assert draft.kind == "draft"
    assert texts(draft)["OP3"] == "Decides to remain actively seized of the matter."
    assert draft.closing
    assert draft.vote is not None and draft.vote.startswith(closing.split()[0])


@pytest.mark.parametrize(
    ("record", "status"),
    [
        (
            "Vote: 11 in favour, 1 against (Russian Federation), 3 abstentions. Not adopted.",
            "vetoed",
        ),
        ("Not adopted: 11 in favour, 1 against (Mozambique), 3 abstentions.", "not-adopted"),
        (
            "Not adopted: 7 in favour, 2 against (China, Russian Federation), 6 abstentions.",
            "not-adopted",
        ),
        ("Not adopted at the 8979th meeting by 11 votes to 1 (Russian Federation).", "vetoed"),
        (
            "Not adopted: 10 in favour, 1 against (United States of America), 4 abstentions.",
            "vetoed",
        ),
        (
            "Not adopted: 10 in favour, 1 against (United Arab Emirates), 4 abstentions.",
            "not-adopted",
        ),
        ("Not adopted: 9 in favour, 1 against (Union of Soviet Socialist Republics).", "vetoed"),
        ("Not adopted 13-2-0, 9048th meeting", "vetoed"),
        ("Vote: 5 in favour, 2 against, 8 abstentions.", None),
    ],
)
def test_a_failed_vote_is_a_veto_only_by_a_permanent_member(record: str, status: str) -> None:
    assert vote_status(record) == status


@pytest.mark.parametrize(
    ("record", "status"),
    [
        ("Vote: 5 in favour, 2 against, 8 abstentions.", "not-adopted"),
        ("14 in favour, none against, 1 abstention", "adopted"),
        ("11 in favour, 1 against (Russian Federation), 3 abstentions", "vetoed"),
        ("11 in favour, 1 against (Mozambique), 3 abstentions", "adopted"),
        # Two against, nobody named: a veto or not depends on who, so no outcome.
        ("11 in favour, 2 against, 2 abstentions", None),
    ],
)
def test_a_count_alone_decides_the_status_only_under_the_security_councils_rule(
    record: str, status: str | None
) -> None:
    assert vote_status(record, security_council=True) == status
    assert vote_status(record) is None


def test_the_brackets_after_a_three_figure_count_are_not_read_as_the_votes_against() -> None:
    # "11-1-3 (...)" may name those who abstained: the count alone shows the veto.
    assert vote_status("Not adopted: 11-1-3 (China, India, United Arab Emirates)") == "vetoed"


def test_a_repeated_adoption_line_is_the_vote_once() -> None:
    line = "Adopted unanimously at the 3299th meeting."
    draft = read(
        f"The Security Council,\n\n1. Decides to remain seized of the matter.\n{line}\n\n{line}\n"
    )
    assert draft.vote == line
    assert draft.closing == (line, line)


def test_a_paragraph_that_recounts_a_vote_is_not_cut_there() -> None:
    # A wrapped line of a recital that starts with a count is no voting line.
    draft = read(
        "The Security Council,\n\n"
        "Noting that the General Assembly adopted the resolution by a recorded vote of\n"
        "120 in favour, 5 against and 40 abstentions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    assert draft.closing == ()
    assert texts(draft)["PP1"].endswith("120 in favour, 5 against and 40 abstentions,")


# -------------------------------------------------------------- 3. adoption line


def test_a_wrapped_adoption_line_keeps_its_year() -> None:
    draft = read(
        "United Nations                                       S/RES/1695 (2006)\n"
        "Security Council                                     Distr.: General\n\n"
        "Resolution 1695 (2006)\n\n"
        "Adopted by the Security Council at its 5490th meeting, on 15 July\n"
        "2006\n\n"
        "          The Security Council,\n\n"
        "          Recalling its resolutions,\n\n"
        "     1.   Decides to remain seized of the matter.\n"
    )
    assert (
        draft.adoption == "Adopted by the Security Council at its 5490th meeting, on 15 July 2006"
    )
    assert draft.date == dt.date(2006, 7, 15)


# ------------------------------------------------------------ 4. masthead dates


@pytest.mark.parametrize(
    ("date_line", "formula", "expected"),
    [
        ("9 décembre 2022", "Le Conseil de sécurité,", dt.date(2022, 12, 9)),
        ("1er février 2021", "Le Conseil de sécurité,", dt.date(2021, 2, 1)),
        ("9 de diciembre de 2022", "El Consejo de Seguridad,", dt.date(2022, 12, 9)),
        ("15 de septiembre de 2020", "El Consejo de Seguridad,", dt.date(2020, 9, 15)),
    ],
)
def test_a_french_or_spanish_masthead_date_is_read(
    date_line: str, formula: str, expected: dt.date
) -> None:
    draft = read(
        "Nations Unies                                        S/RES/2664 (2022)\n"
        f"                                                     {date_line}\n\n"
        f"          {formula}\n\n"
        "          Rappelant ses résolutions antérieures sur la question,\n\n"
        "     1.   Décide de rester saisi de la question.\n"
    )
    assert draft.date == expected


# ------------------------------------------------------------------ real texts


@needs_corpus
def test_the_rendered_corpus_keeps_the_footnotes_of_its_akn_files_and_no_others() -> None:
    # Three files break a page inside a sentence just before a number ("paragraph" /
    # "22 of its resolution 2036 (2012)"); that number opened a false footnote, which
    # took the rest of the paragraph with it.
    wrong = []
    for path in sorted((CORPUS / "akn").glob("*.xml")):
        expected = parse_akn(path.read_text(encoding="utf-8"), path=path.name)
        got = parse_text(render_pdf_text(path), path=path.name)
        if [f.mark for f in got.footnotes] != [f.mark for f in expected.footnotes]:
            wrong.append(path.name)
    assert wrong == []


@needs_corpus
def test_a_scanned_list_of_resolutions_wrapped_before_a_number_stays_one_recital() -> None:
    path = CORPUS / "scanned" / "S_RES_630_1989.txt"
    draft = parse_text(path.read_text(encoding="utf-8"), path=path.name)
    assert draft.clause("PP1").text.endswith(
        "20 (1982) of 17 September 1982, as well as all "
        "its resolutions on the situation in Lebanon,"
    )
    assert [f.mark for f in draft.footnotes] == ["36", "37", "38"]


def test_a_determination_joined_by_and_before_a_part_label_is_the_first_operative_paragraph() -> (
    None
):
    # S/RES/82 (1950): "Determines that this action constitutes a breach of the peace; and"
    # stands before part "I". It was read as a heading, and the Article 39 finding with it.
    text = (
        "The Security Council,\n\n"
        "Noting with grave concern the armed attack on the Republic,\n\n"
        "Determines that this action constitutes a breach of the\npeace; and\n\n"
        "I\n\n"
        "Calls for the immediate cessation of hostilities;\n\n"
        "II\n\n"
        "Requests the Commission to report.\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1"]
    assert draft.operative[0].text == (
        "Determines that this action constitutes a breach of the peace; and"
    )
    assert [h.text for h in draft.headings] == ["I", "II"]
    assert draft.art39


PARTS = """The General Assembly,

A
Information in the service of humanity

Taking note of the report of the Committee on Information,

1. Urges all countries to cooperate in reducing the disparities in information flows;

2. Calls upon all States to ensure the free flow of information;

B
United Nations public information policies and activities

Emphasizing the role of the Department of Global Communications,

1. Reaffirms the central role of the Committee on Information;

2. Requests the Department to continue its work;
"""


def test_a_part_numbered_afresh_under_its_label_is_no_numbering_gap() -> None:
    """Parts A and B, each numbered from 1 (as the General Assembly's omnibus resolutions
    are): part B's paragraphs are "OP1-B", "OP2-B", with no gap or repeat warned of; the
    outline reads in the order of the document, headings included; a change in part B is
    named by its part."""
    draft = parse_text(PARTS)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP1-B", "OP2-B"]
    assert not [w for w in draft.warnings if w.code.startswith("numbering")]
    assert [(h.text, h.before) for h in draft.headings][2:] == [
        ("B", "PP2"),
        ("United Nations public information policies and activities", "PP2"),
    ]
    outline = [line.split()[0] for line in draft.outline().splitlines()[1:]]
    assert outline == ["##", "##", "PP1", "OP1", "OP2", "##", "##", "PP2", "OP1-B", "OP2-B"]
    revised = parse_text(PARTS.replace("Requests the Department", "Invites the Department"))
    (changed,) = [c for c in resdiff_compare(draft, revised).changes if c.kind != "unchanged"]
    assert changed.old == changed.new == ("OP2-B",) and changed.kind == "softened"
    # Numbered on from part A ("B" / "12. Reposes ..."), a part keeps plain refs; without
    # a part's label, a paragraph 1 after 2 is a numbering gap still.
    onwards = parse_text(
        PARTS.replace("1. Reaffirms", "3. Reaffirms").replace("2. Requests", "4. Requests")
    )
    assert [c.ref for c in onwards.operative] == ["OP1", "OP2", "OP3", "OP4"]
    unlabelled = parse_text(PARTS.replace("\nB\n", "\n"))
    assert "numbering-gap" in [w.code for w in unlabelled.warnings]


def test_a_parts_label_above_its_title_heads_the_operative_paragraph() -> None:
    draft = parse_text(
        "The General Assembly,\n\nRecalling its resolution 77/200,\n\nI\nGeneral provisions"
        "\n\n1. Reaffirms that hunger is an outrage;\n\nII\nFollow-up\n\n2. Requests a "
        "report at its next session.\n"
    )
    assert [(h.text, h.section, h.before) for h in draft.headings] == [
        ("I", "operative", "OP1"),
        ("General provisions", "operative", "OP1"),
        ("II", "operative", "OP2"),
        ("Follow-up", "operative", "OP2"),
    ]


@needs_corpus
def test_a_council_resolution_in_parts_numbered_on_keeps_its_refs() -> None:
    path = CORPUS / "scanned" / "S_RES_674_1990.txt"
    draft = parse_text(path.read_text(encoding="utf-8"), path=path.name)
    assert [c.ref for c in draft.operative] == [f"OP{n}" for n in range(1, 14)]


def test_a_scans_underlining_is_no_word_of_the_lead() -> None:
    """Scans print an underlined word with an underscore ("Calls _on", "calls _ upon",
    S/RES/866 (1993)): the lead is read through it, and a shift names it single-spaced;
    the text keeps the underscore as printed."""
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Calls _on all parties "
        "to cooperate;\n\n2. Also calls _ upon States to act;\n\n3. Decides to meet again "
        "on ____ 1994.\n"
    )
    draft = parse(text)
    assert [p.lemma for c in draft.operative for p in c.phrases[:1]] == [
        "call on",
        "call upon",
        "decide to meet again",
    ]
    assert draft.operative[0].text.startswith("Calls _on")
    cmp = resdiff_compare(text, text.replace("Calls _on", "Encourages"))
    assert [s.describe() for s in cmp.changes[1].shifts] == [
        "operative verb weakened: calls on → encourages"
    ]


GA_MASTHEAD = """United Nations                                           A/C.2/78/L.9
General Assembly                                         Distr.: Limited
Second Committee
Agenda item 16
Macroeconomic policy questions
Cuba:* draft resolution
International trade and development
The General Assembly,

Recalling its resolution 76/190,

1. Calls upon all States to refrain from unilateral economic measures;

___________________
* On behalf of the States Members of the United Nations that are members of the Group of 77 and China.
"""  # noqa: E501 (a masthead is laid out in two columns)


def test_a_general_assembly_masthead_keeps_its_sponsors_and_its_notes_apart() -> None:
    """Under "Agenda item 16" stands the item's title, not a sponsor, even with no blank
    line before "Cuba:* draft resolution"; the asterisk by the colon cites the note at
    the foot ("* On behalf of ... the Group of 77 and China."), a note and not an item of
    the last paragraph."""
    draft = parse_text(GA_MASTHEAD)
    assert draft.sponsors == ("Cuba",)
    assert draft.title == "International trade and development"
    assert [(f.mark, f.text[:12]) for f in draft.footnotes] == [("*", "On behalf of")]
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1"]
    plain = parse_text(GA_MASTHEAD.replace("Cuba:*", "Argentina, Brazil and Chile:"))
    assert plain.sponsors == ("Argentina", "Brazil", "Chile")
    # An asterisk the text does not cite opens an item, as a bullet does.
    uncited = parse_text(GA_MASTHEAD.replace("Cuba:*", "Cuba:"))
    assert [f.mark for f in uncited.footnotes] == []


PARTS_WITH_FORMULAS = """A/C.2/78/L.30
Small island developing States
A
Follow-up to the SAMOA Pathway
The General Assembly,
Recalling its resolution 69/15,
1. Calls upon all development partners to scale up their support;
2. Urges Member States to fulfil their commitments without delay;
B
Fourth International Conference on Small Island Developing States
The General Assembly,
Recalling its resolution 77/245,
1. Welcomes the offer of Antigua and Barbuda to host the Conference;
2. Decides that the Conference shall be held at the highest level;
"""


def test_parts_with_their_own_enacting_formulas_keep_them_as_headings() -> None:
    """Each part of a General Assembly resolution opens with its label, its title and its
    own formula, here with no blank line anywhere (text copied from a PDF): the first
    part's label and title are its headings, not the masthead's; part B's formula is a
    heading, not the end of part A's last paragraph nor a recital."""
    draft = parse_text(PARTS_WITH_FORMULAS)
    assert draft.masthead == ("A/C.2/78/L.30", "Small island developing States")
    assert [(h.text, h.before) for h in draft.headings] == [
        ("A", "PP1"),
        ("Follow-up to the SAMOA Pathway", "PP1"),
        ("B", "PP2"),
        ("Fourth International Conference on Small Island Developing States", "PP2"),
        ("The General Assembly,", "PP2"),
    ]
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2", "OP1-B", "OP2-B"]
    assert (
        draft.operative[1].text == "Urges Member States to fulfil their commitments without delay;"
    )
    revised = PARTS_WITH_FORMULAS.replace(
        "Recalling its resolution 77/245", "Recalling also its resolution 77/245"
    )
    (changed,) = [
        c for c in resdiff_compare(draft, parse_text(revised)).changes if c.kind != "unchanged"
    ]
    assert changed.old == changed.new == ("PP2",) and changed.kind == "reworded"
    # "Acting under Chapter" / "VII" / "of the Charter": a numeral that goes on with the
    # sentence is no part's label.
    wrapped = parse(
        "The Security Council,\n\nActing under Chapter\nVII\nof the Charter of the United "
        "Nations,\n\n1. Decides to act.\n"
    )
    assert wrapped.headings == () and wrapped.chapter_vii


def test_markdown_footnotes_and_a_list_numbered_one_one_one() -> None:
    """A Markdown footnote's definition ("[^1]: ...") is a footnote, not the end of the
    last paragraph, and its reference ends no recital's comma; a list whose every item is
    "1." is numbered by Markdown 1, 2, 3 (it gave OP1, OP1-2 with a repeat warned of)."""
    text = (
        "*The General Assembly*,\n\n*Recalling* the Universal Declaration of Human Rights,"
        "[^1]\n\n1. *Calls upon* all States to ensure access to safe drinking water;\n"
        "1. *Decides* to continue its consideration of the question.\n\n"
        "[^1]: Resolution 217 A (III).\n"
    )
    draft = parse_text(text, markdown=True)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert [(f.mark, f.text) for f in draft.footnotes] == [("1", "Resolution 217 A (III).")]
    assert draft.operative[1].text == "Decides to continue its consideration of the question."
    assert draft.warnings == ()
    # A list numbered as printed keeps its numbers, and a repeat after other numbers is
    # still one.
    counted = parse_text(text.replace("1. *Decides", "3. *Decides"), markdown=True)
    assert [c.ref for c in counted.operative] == ["OP1", "OP3"]


@pytest.mark.parametrize(
    ("symbol", "organ"),
    [
        ("E/2024/L.15", "Economic and Social Council"),
        ("E/CN.6/2024/L.3", "Economic and Social Council"),
        ("A/HRC/54/L.3", "General Assembly"),
        ("A/ES-11/L.7", "General Assembly"),
        ("A/C.3/78/L.12/Rev.1/Corr.1", "General Assembly"),
        ("S/2006/508/Rev.1", "Security Council"),
    ],
)
def test_draft_symbols_of_every_organ_are_read_whole(symbol: str, organ: str) -> None:
    draft = parse_text(f"{symbol}\n\nThe Council,\n\nRecalling x,\n\n1. Decides to act.\n")
    assert (draft.symbol, draft.organ, draft.status) == (symbol, organ, "draft")


def test_an_assembly_resolution_says_when_it_was_adopted() -> None:
    draft = parse_text(
        "United Nations A/RES/78/210\n\nGeneral Assembly Distr.: General\n22 December 2023\n\n"
        "Resolution adopted by the General Assembly on 19 December 2023\n\n"
        "The General Assembly,\n\nRecalling its resolution 64/292,\n\n1. Calls upon all "
        "States to ensure access to safe drinking water.\n"
    )
    assert draft.adoption == "Resolution adopted by the General Assembly on 19 December 2023"
    assert (str(draft.date), draft.status, draft.symbol) == (
        "2023-12-19",
        "adopted",
        "A/RES/78/210",
    )


QUOTED = """E/2024/L.15

The Economic and Social Council,

Recalling its resolution 2023/12,

1. Recommends to the General Assembly the adoption of the following draft resolution:

"The General Assembly,

"Recalling its resolution 75/284,

"1. Reaffirms its commitment to end AIDS by 2030;

"2. Calls upon all States to eliminate discriminatory laws;

"3. Decides to convene a high-level meeting in 2026."
"""


def test_a_text_quoted_in_full_is_one_list_and_its_verbs_are_read() -> None:
    """The paragraphs of a draft an ECOSOC text recommends, quoted in full, are items of
    the paragraph that quotes them, side by side (each nested in the one before, six
    levels deep); a verb weakened inside the quotation is read ("calls upon" →
    "encourages" was missed)."""
    draft = parse(QUOTED)
    assert [c.ref for c in draft.walk()] == [
        "PP1", "OP1", "OP1(1)", "OP1(2)", "OP1(3)", "OP1(4)", "OP1(5)",
    ]  # fmt: skip
    assert [p.lemma for p in draft.clause("OP1(4)").phrases if p.led] == ["call upon"]
    cmp = resdiff_compare(
        QUOTED, QUOTED.replace('"2. Calls upon all States', '"2. Encourages States')
    )
    assert [(k.label, k.headline) for k in cmp.summary.key_changes] == [
        ("OP1", "operative verb weakened: calls upon → encourages")
    ]


def test_a_comparison_of_a_resolution_in_parts_follows_its_parts() -> None:
    """The changes of a resolution in parts come in the order of the document: part B's
    headings and recitals after part A's operative paragraphs (they stood before them,
    "== B ==" over part A's paragraphs); a draft not in parts keeps preamble then
    operative."""
    from resdiff.render import render_text

    revised = PARTS_WITH_FORMULAS.replace("Calls upon all development", "Calls upon development")
    cmp = resdiff_compare(PARTS_WITH_FORMULAS, revised)
    assert [c.new for c in cmp.changes] == [
        ("PP1",), ("OP1",), ("OP2",), ("PP2",), ("OP1-B",), ("OP2-B",),
    ]  # fmt: skip
    report = render_text(cmp)
    assert report.index("OP2  unchanged") < report.index("== B ==") < report.index("PP2")
    plain = parse_text("The Security Council,\n\nRecalling x,\n\n1. Decides to act.\n")
    assert plain.printed == plain.paragraphs


def test_sections_labelled_and_titled_read_in_text_with_no_blank_lines() -> None:
    """Text copied from a PDF of a General Assembly draft, no blank lines: a section's
    Roman label and its title, centred, are its headings, and its first paragraph opens
    after them (the title had swallowed it, and the first made a recital)."""
    text = (
        "A/78/L.30\n               The General Assembly,\n"
        "               Recalling its resolution 77/248,\n"
        "                                        I\n"
        "                         Implementation of the Convention\n"
        "               1.     Calls upon States to become parties to the Convention;\n"
        "               2.     Urges States to combat illegal fishing;\n"
        "                                        II\n"
        "                  General activities of the Department of Global Communications\n"
        "               3.     Encourages States to support capacity-building;\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2", "OP3"]
    assert [(h.text, h.before) for h in draft.headings] == [
        ("I", "OP1"),
        ("Implementation of the Convention", "OP1"),
        ("II", "OP3"),
        ("General activities of the Department of Global Communications", "OP3"),
    ]
    assert not draft.warnings


def test_star_bullets_stay_items_and_a_sponsor_list_wraps_anywhere() -> None:
    """Items bulleted "* " under a lead-in stay items though the masthead cites an
    asterisk note ("Cuba:* draft resolution") and the body has Markdown's emphasis
    ("*Recalling*"); only the note at the foot is a note. A sponsors' list wrapped in the
    middle of a name ("..., Bosnia and Herzegovina, United" / "Kingdom of ...") under an
    agenda item keeps every State."""
    starred = GA_MASTHEAD.replace(
        "1. Calls upon all States to refrain from unilateral economic measures;",
        "1. Calls upon all States:\n\n* To refrain from unilateral economic measures;\n\n"
        "* To promote an open trading system;",
    ).replace("Recalling its resolution", "*Recalling* its resolution")
    draft = parse_text(starred)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP1(1)", "OP1(2)"]
    assert [f.text[:12] for f in draft.footnotes] == ["On behalf of"]
    wrapped = parse_text(
        GA_MASTHEAD.replace(
            "Cuba:* draft resolution",
            "Albania, Andorra, Bosnia and Herzegovina, United\nKingdom of Great Britain and "
            "Northern Ireland and Uruguay: draft resolution",
        )
    )
    assert wrapped.sponsors == (
        "Albania",
        "Andorra",
        "Bosnia and Herzegovina",
        "United Kingdom of Great Britain and Northern Ireland",
        "Uruguay",
    )


def test_markdown_counting_starts_afresh_in_a_part() -> None:
    md = (
        "The General Assembly,\n\nA\n\nRecalling its resolution 69/15,\n\n1. Urges States to act;"
        "\n\nB\n\nRecalling its resolution 77/245,\n\n1. Reaffirms its role;\n\n1. Requests a "
        "report.\n"
    )
    draft = parse_text(md, markdown=True)
    assert [c.ref for c in draft.operative] == ["OP1", "OP1-B", "OP2-B"]


def test_a_draft_edited_in_code_keeps_its_order_whatever_its_lines_say() -> None:
    """``Draft.printed`` follows the lines only for a resolution in parts read in order:
    a draft whose paragraphs were moved in code keeps the lines they came from, and
    sorting by them undid the move (the mutation benchmark's move recall fell to 0.995)."""
    draft = parse_text(PARTS_WITH_FORMULAS)
    assert [c.ref for c in draft.printed] == ["PP1", "OP1", "OP2", "PP2", "OP1-B", "OP2-B"]
    moved = draft.model_copy(update={"operative": draft.operative[::-1]})
    assert moved.printed == moved.paragraphs
    plain = parse_text("The Security Council,\n\nA\n\nRecalling x,\n\n1. Decides to act.\n")
    assert plain.printed == plain.paragraphs


def test_a_comma_wrapped_onto_a_line_of_its_own_ends_the_clause_above() -> None:
    # A PDF printed with its tracked changes, read as the original: the inserted words
    # left out, the comma that followed them stood alone on a line and was taken for page
    # furniture, and the recital lost its comma (formats review, 3 December).
    text = (
        "The Security Council,\n\n"
        "       Acting under Chapter VII of the Charter of the United Nations\n,\n\n"
        "    1. Decides to remain seized of the matter.\n"
    )
    draft = parse(text)
    assert draft.preamble[0].text == (
        "Acting under Chapter VII of the Charter of the United Nations,"
    )
    assert not draft.furniture
    assert "preamble-no-comma" not in {w.code for w in draft.warnings}
