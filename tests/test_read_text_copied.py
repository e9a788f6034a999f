"""The plain-text reader on text copied out of PDFs the way users do (``pdftotext`` with
and without ``-layout``), from the cases a review of document formats found: headings
between blank lines, headings right under a paragraph, a page break (form feed) inside a
recital, a recital wrapped before a capitalised word, and a numbered list typed with no
final punctuation. Each must give the structure a reader of the printed page sees."""

from __future__ import annotations

import pytest

from resdiff import parse

HEADINGS_BETWEEN_BLANKS = """\
Resolution 2552 (2020)
The Security Council,
       Recalling its previous resolutions and statements on the Central African
Republic (CAR),
       Acting under Chapter VII of the Charter of the United Nations,

Political process, including the implementation of the Peace Agreement
1. Reiterates its support to President Faustin-Archange Touadéra and to his government in
their efforts to promote lasting peace and stability in the CAR;
2. Urges the CAR authorities and the signatory armed groups to fully implement the Peace
Agreement;

Priority tasks
3. Decides that the mandate of MINUSCA shall include the following priority tasks:
(a) Protection of civilians
(i) To protect, without prejudice to the primary responsibility of the CAR authorities,
the civilian population under threat of physical violence;
(ii) To provide specific protection for women and children;
(b) Good offices
4. Decides to remain actively seized of the matter.
"""


def test_a_heading_after_a_blank_line_does_not_swallow_the_paragraph_under_it() -> None:
    draft = parse(HEADINGS_BETWEEN_BLANKS, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert [h.text for h in draft.headings] == [
        "Political process, including the implementation of the Peace Agreement",
        "Priority tasks",
    ]
    assert [c.ref for c in draft.operative[2].children] == ["OP3(a)", "OP3(b)"]
    assert draft.operative[3].text == "Decides to remain actively seized of the matter."


HEADINGS_UNDER_PARAGRAPHS = """\
Resolution 2605 (2021)
The Security Council,
           Recalling its previous resolutions,
           Acting under Chapter VII of the Charter of the United Nations,
Economic recovery and development

      1.   Encourages the CAR authorities to accelerate the effective implementation of the
           RCPCA and to help the population of the CAR
           build sustainable livelihoods;
Human rights, including child protection and sexual violence in conflict

      2.   Reiterates the urgent and imperative need to hold accountable all perpetrators;
"""


def test_a_heading_right_under_a_paragraph_is_a_heading_not_its_last_words() -> None:
    draft = parse(HEADINGS_UNDER_PARAGRAPHS, format="text")
    assert [h.text for h in draft.headings] == [
        "Economic recovery and development",
        "Human rights, including child protection and sexual violence in conflict",
    ]
    assert draft.preamble[-1].text.endswith("United Nations,")
    assert draft.operative[0].text.endswith("build sustainable livelihoods;")


def test_a_two_line_heading_under_the_last_recital_stays_one_heading() -> None:
    # "..., " at the end of a heading's first line is the heading's own (S/RES/2640
    # (2022)): the second line is not a heading of its own.
    text = (
        "The Security Council,\n\n"
        "      Acting under Chapter VII of the Charter of the United Nations,\n\n"
        "Implementation of the Agreement on Peace and Reconciliation in Mali,\n"
        "Political situation and elections\n\n"
        "1. Urges the Malian parties to work towards resuming the meetings;\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1"]
    assert [c.ref for c in draft.operative] == ["OP1"]


def test_a_form_feed_opening_a_line_inside_a_recital_does_not_split_it() -> None:
    text = (
        "The Security Council,\n\n"
        "Recalling its previous resolutions,\n"
        "Welcoming the operationalization of the Regional Maritime Information Fusion "
        "Center (RMIFC) in\n\n"
        "\fMadagascar and emphasizing the need for States to further enhance efforts,\n"
        "Welcoming efforts by the CGPCS,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2", "PP3"]
    assert "in Madagascar and emphasizing" in draft.preamble[1].text
    assert not [w for w in draft.warnings if w.code == "preamble-no-comma"]


@pytest.mark.parametrize("word", ["Unreported", "Concerned", "Alarmed", "Noting"])
def test_a_wrapped_line_set_back_from_its_recitals_first_line_continues_it(word: str) -> None:
    # pdftotext -layout keeps a recital's first-line indent: a line set back to the
    # wrapped lines' margin goes on, whatever word it opens with.
    text = (
        "The Security Council,\n\n"
        "     Recalling its previous resolutions on the situation in Somalia,\n\n"
        "     Expressing serious concern over reports of illegal fishing, welcoming the\n"
        "efforts to Prevent, Deter and Eliminate Illegal,\n"
        f"{word} and Unregulated Fishing, and the ongoing efforts of the Federal\n"
        "Government of Somalia towards the development of a legal regime,\n\n"
        "     1.   Decides to remain seized of the matter.\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert f"Illegal, {word} and Unregulated" in draft.preamble[1].text


def test_recitals_set_at_one_margin_still_split_at_a_participle() -> None:
    # With no indent to tell them apart, a line opening with a participle after a comma
    # opens a recital, as before.
    text = (
        "The Security Council,\n"
        "Recalling its previous resolutions,\n"
        "Concerned by the situation,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_numbered_list_typed_without_final_punctuation_is_one_paragraph_a_line(
    fmt: str,
) -> None:
    text = (
        "The Security Council,\n\n"
        "Recalling its resolution 1540 (2004),\n\n"
        "1. Condemns the launches\n"
        "2. Demands that the DPRK suspend all activities\n"
        "3. Strongly urges all States to exercise vigilance\n"
        "4. Decides to remain seized of the matter\n"
    )
    draft = parse(text, format=fmt)
    assert [c.text for c in draft.operative] == [
        "Condemns the launches",
        "Demands that the DPRK suspend all activities",
        "Strongly urges all States to exercise vigilance",
        "Decides to remain seized of the matter",
    ]


def test_a_number_wrapped_to_the_start_of_a_line_inside_a_sentence_goes_on() -> None:
    # "... paragraph" / "2. of resolution ...": the number the count expects, but no
    # operative verb after it: the sentence goes on.
    text = (
        "The Security Council,\n\n"
        "Recalling its resolution 1540 (2004),\n\n"
        "1. Decides that the measures imposed by paragraph\n"
        "2. of resolution 1718 (2006) shall apply;\n"
    )
    draft = parse(text, format="text")
    assert [c.ref for c in draft.operative] == ["OP1"]


def test_an_acronym_cut_at_a_line_end_is_joined_where_the_text_writes_it_whole() -> None:
    # Word hyphenates words in capitals ("UNFI-" / "CYP"); a real compound of acronyms
    # ("UN-" / "AU") keeps its hyphen, as does one the text never writes whole.
    text = (
        "The Security Council,\n\n"
        "     Welcoming the work of UNFICYP and the issues of UNFI-\n"
        "CYP and of the UN-\n"
        "AU mission and of MONUS-\n"
        "CO,\n\n"
        "     1.   Decides to remain seized of the matter.\n"
    )
    recital = parse(text, format="text").preamble[0].text
    assert "issues of UNFICYP and of the UN-AU mission and of MONUS-CO," in recital


def test_a_range_dash_at_a_line_end_gains_no_space() -> None:
    text = (
        "The Security Council,\n\n"
        "     Welcoming the programme of action 2021–\n"
        "2023, and the period 1 January–\n"
        "31 March, and the Council –\n"
        "which acts,\n\n"
        "     1.   Decides to remain seized of the matter.\n"
    )
    recital = parse(text, format="text").preamble[0].text
    assert "2021–2023, and the period 1 January–31 March, and the Council – which" in recital
