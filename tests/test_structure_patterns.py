"""Structure patterns of real texts that used to lose paragraphs or invent them
(issue 10 §4), each read by the plain-text reader and by the AKN reader.

1. Sub-items "(a)", "(b)" given as flat paragraphs after a numbered paragraph, with
   subheadings between them, belong to that paragraph.
2. A single unnumbered operative paragraph (a short decision, an election) is one
   operative paragraph.
3. A short title-case heading line between the preamble and paragraph 1, or between
   operative paragraphs, is a heading, not a preambular paragraph.
4. An inline enumeration "... (i) ...; (ii) ..." whose "(ii)" happens to start a wrapped
   line is not a sub-paragraph when the line before does not end a list item.

The texts imitate the printed documents (a MONUSCO-style mandate, an admission to
membership, a sanctions resolution with section titles, a 1950 text with an enumeration
running inside a recital); the last tests read the real scanned texts that showed the
patterns, when the corpus is there.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, needs_corpus

from resdiff.model import Draft
from resdiff.read.akn import parse_akn
from resdiff.read.checks import accounted
from resdiff.read.text import parse_text


def refs(draft: Draft) -> list[str]:
    return [c.ref for c in draft.walk()]


def headings(draft: Draft) -> list[tuple[str, str | None]]:
    return [(h.text, h.before) for h in draft.headings]


def _akn(preamble: str, body: str) -> str:
    return f"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <preamble>
      <formula name="enactingFormula"><p>The Security Council,</p></formula>
      {preamble}
    </preamble>
    <mainBody>
      {body}
    </mainBody>
  </statement>
</akomaNtoso>"""


def _para(num: str, text: str) -> str:
    return (
        f'<paragraph class="SingleTxt"><num>{num}</num><content><p>{text}</p></content></paragraph>'
    )


def _heading(text: str) -> str:
    return f'<paragraph class="H23"><subheading>{text}</subheading></paragraph>\n'


# ----------------------------------------------------- 1. flat sub-items with subheadings

MANDATE_TEXT = """\
          The Security Council,

          Recalling its previous resolutions and statements of its President
     concerning the Democratic Republic of the Congo,

          Acting under Chapter VII of the Charter of the United Nations,

          1.   Decides to extend until 20 December 2022 the mandate of MONUSCO;

          2.   Decides that the strategic priorities of MONUSCO are the following:

          Protection of Civilians

          (a)  To ensure effective, timely, dynamic and integrated protection of
     civilians under threat of physical violence;

          (i)  In the eastern provinces, through a comprehensive approach;

          (ii) Elsewhere, through its good offices;

          (b)  To support the Government in its stabilization efforts;

          Monitoring and Reporting

          (c)  To monitor, report and follow up on violations of international
     humanitarian law;

          3.   Requests the Secretary-General to report every three months.
"""

MANDATE_REFS = [
    "PP1",
    "PP2",
    "OP1",
    "OP2",
    "OP2(a)",
    "OP2(a)(i)",
    "OP2(a)(ii)",
    "OP2(b)",
    "OP2(c)",
    "OP3",
]


def test_text_flat_sub_items_with_subheadings_belong_to_their_paragraph() -> None:
    draft = parse_text(MANDATE_TEXT)
    assert refs(draft) == MANDATE_REFS
    assert headings(draft) == [
        ("Protection of Civilians", "OP2(a)"),
        ("Monitoring and Reporting", "OP2(c)"),
    ]
    assert accounted(MANDATE_TEXT, draft)


def test_text_flat_sub_items_without_blank_lines() -> None:
    text = "\n".join(line for line in MANDATE_TEXT.splitlines() if line.strip())
    draft = parse_text(text)
    assert refs(draft) == MANDATE_REFS
    assert [h for h, _ in headings(draft)] == [
        "Protection of Civilians",
        "Monitoring and Reporting",
    ]


def test_a_participle_subheading_right_after_the_lead_in_is_a_heading() -> None:
    text = MANDATE_TEXT.replace("Protection of Civilians", "Monitoring and Reporting", 1)
    draft = parse_text(text)
    assert refs(draft) == MANDATE_REFS
    assert headings(draft)[0] == ("Monitoring and Reporting", "OP2(a)")


MANDATE_AKN = _akn(
    '<container><p><span class="italic">Recalling</span> its previous resolutions,</p></container>',
    _para("1.", "<span>Decides</span> to extend until 20 December 2022 the mandate of MONUSCO;")
    + _para(
        "2.", "<span>Decides</span> that the strategic priorities of MONUSCO are the following:"
    )
    + _heading("Protection of Civilians")
    + _para("(a)", "To ensure effective protection of civilians under threat;")
    + _para("(i)", "In the eastern provinces, through a comprehensive approach;")
    + _para("(ii)", "Elsewhere, through its good offices;")
    + _para("(b)", "To support the Government in its stabilization efforts;")
    + '<paragraph class="H23"><content><p>Monitoring and Reporting</p></content></paragraph>'
    + _para("(c)", "To monitor, report and follow up on violations;")
    + _para("3.", "<span>Requests</span> the Secretary-General to report every three months."),
)


def test_akn_flat_sub_items_with_subheadings_belong_to_their_paragraph() -> None:
    draft = parse_akn(MANDATE_AKN)
    assert refs(draft) == ["PP1", *MANDATE_REFS[2:]]
    assert [c.label for c in draft.clause("OP2").children] == ["(a)", "(b)", "(c)"]
    assert draft.clause("OP2(c)").heading == "Monitoring and Reporting"
    assert headings(draft) == [
        ("Protection of Civilians", "OP2(a)"),
        ("Monitoring and Reporting", "OP2(c)"),
    ]
    assert draft.clause("OP3").text.startswith("Requests")


def test_akn_lettered_paragraphs_without_numbers_stay_the_operative_part() -> None:
    # General Assembly style: "(a) Resolves ...", "(b) Requests ..." are the paragraphs.
    xml = _akn(
        "",
        _para("(a)", "<span>Resolves</span> to act;")
        + _para("(b)", "<span>Requests</span> a report."),
    )
    assert refs(parse_akn(xml)) == ["OP1", "OP2"]


# ----------------------------------------------------- 2. a single unnumbered paragraph

ADMISSION_TEXT = """\
160 (1960). Resolution of 7 October 1960
[S/4546]

The Security Council,

Having examined the application of the Federation of
Nigeria for admission to the United Nations, 12
Recommends to the General Assembly that the Federation of Nigeria be admitted to membership in
the United Nations.

Adopted unanimously at the
906th meeting.

12 Official Records of the Security Council, Fifteenth Year, document S/4545.
"""


def test_text_a_single_operative_paragraph_after_the_last_recital() -> None:
    draft = parse_text(ADMISSION_TEXT)
    assert refs(draft) == ["PP1", "OP1"]
    assert draft.clause("PP1").text.startswith("Having examined the application")
    assert draft.clause("OP1").text.startswith("Recommends to the General Assembly")
    assert draft.clause("OP1").label is None
    assert draft.status == "adopted"
    assert accounted(ADMISSION_TEXT, draft)


def test_text_a_single_decision_without_a_preamble() -> None:
    text = (
        "The Security Council,\n\n"
        "Elects the following five members to fill the vacancies: Brazil, Gabon,\n"
        "Ghana, Albania and the United Arab Emirates.\n"
    )
    draft = parse_text(text)
    assert refs(draft) == ["OP1"]
    assert draft.clause("OP1").text.endswith("United Arab Emirates.")


def test_akn_a_single_unnumbered_operative_paragraph() -> None:
    xml = _akn(
        '<container><p><span class="italic">Having considered</span> the question of the '
        "recommendation for the appointment of the Secretary-General,</p></container>",
        '<paragraph class="SingleTxt"><content><p><span class="italic">Recommends</span> to the '
        "General Assembly that Mr. António Guterres be appointed Secretary-General of the United "
        "Nations for a second term of office.</p></content></paragraph>",
    )
    draft = parse_akn(xml)
    assert refs(draft) == ["PP1", "OP1"]
    assert draft.clause("OP1").label is None
    assert draft.clause("OP1").text.startswith("Recommends to the General Assembly")


# ----------------------------------------------------- 3. title-case headings

SANCTIONS_TEXT = """\
          The Security Council,

          Recalling its previous resolutions on Mali,

          Acting under Chapter VII of the Charter of the United Nations,

          Targeted Sanctions

          1.   Decides to renew until 31 August 2022 the measures set out in
     paragraphs 1 to 7 of resolution 2374 (2017);

          Monitoring and Reporting

          2.   Requests the Panel of Experts to report by 15 February 2022;

          Mandate of the Panel

          3.   Decides to remain actively seized of the matter.
"""


def test_text_title_case_headings_are_not_recitals() -> None:
    draft = parse_text(SANCTIONS_TEXT)
    assert refs(draft) == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert headings(draft) == [
        ("Targeted Sanctions", "OP1"),
        ("Monitoring and Reporting", "OP2"),
        ("Mandate of the Panel", "OP3"),
    ]
    assert not any(w.code == "preamble-no-comma" for w in draft.warnings)


def test_text_title_case_headings_without_blank_lines() -> None:
    text = "\n".join(line for line in SANCTIONS_TEXT.splitlines() if line.strip())
    draft = parse_text(text)
    assert refs(draft) == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert [h for h, _ in headings(draft)] == [
        "Targeted Sanctions",
        "Monitoring and Reporting",
        "Mandate of the Panel",
    ]


@pytest.mark.parametrize(
    "recital",
    [
        "Acting under Chapter VII of the Charter of the United Nations",
        "Recalling its resolution 2374 (2017)",
        "Determining that the situation in Mali constitutes a threat",
    ],
)
def test_a_recital_that_lost_its_comma_stays_a_recital(recital: str) -> None:
    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        f"{recital}\n\n1. Decides to renew the measures.\n"
    )
    draft = parse_text(text)
    assert refs(draft) == ["PP1", "PP2", "OP1"]
    assert draft.clause("PP2").text == recital
    assert draft.headings == ()


def test_a_line_of_a_paragraph_that_has_not_ended_is_not_a_heading() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the following measures shall apply to the\n\n"
        "Armed Forces\n\n2. Recalls its decisions;\n"
    )
    draft = parse_text(text)
    assert draft.headings == ()
    assert draft.clause("OP1").text.endswith("apply to the Armed Forces")


def test_akn_title_case_headings_are_not_recitals() -> None:
    xml = _akn(
        '<container><p><span class="italic">Recalling</span> its previous resolutions,</p>'
        "</container>"
        '<container><p><span class="italic">Acting</span> under Chapter VII of the Charter'
        "</p></container>"
        "<container><p>Targeted Sanctions</p></container>",
        _para("1.", "<span>Decides</span> to renew the measures;")
        + '<paragraph class="H23"><content><p>Monitoring and Reporting</p></content></paragraph>'
        + _para("2.", "<span>Requests</span> the Panel to report."),
    )
    draft = parse_akn(xml)
    assert refs(draft) == ["PP1", "PP2", "OP1", "OP2"]
    assert draft.clause("PP2").text == "Acting under Chapter VII of the Charter"
    assert [h.text for h in draft.headings] == ["Targeted Sanctions", "Monitoring and Reporting"]


# ----------------------------------------------------- 4. inline enumerations

INLINE_TEXT = """\
The Security Council,

Commending the Governments of India and Pakistan for
their action in partially implementing these resolutions
by (1) the cessation of hostilities effected 1 January 1949,
(2) the establishment of a cease-fire line on 27 July 1949,
and (3) the agreement that a Plebiscite Administrator
shall be appointed,

1. Decides that all States shall prevent the supply of (i) arms and related
materiel, and (ii) technical training, financial or other assistance, and
(iii) spare parts, as set out in paragraph 4;

2. Decides that the Committee shall:

(i) designate the individuals concerned;

(ii) consider requests for exemptions;
"""


def test_text_an_inline_enumeration_wrapped_at_an_item_is_not_a_list() -> None:
    draft = parse_text(INLINE_TEXT)
    assert refs(draft) == ["PP1", "OP1", "OP2", "OP2(i)", "OP2(ii)"]
    assert "by (1) the cessation of hostilities" in draft.clause("PP1").text
    assert "1949, (2) the establishment of a cease-fire line" in draft.clause("PP1").text
    assert "and (iii) spare parts" in draft.clause("OP1").text
    assert accounted(INLINE_TEXT, draft)


def test_text_a_list_item_after_one_that_ended_is_still_an_item() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the measures shall apply to (i) arms;\n"
        "(ii) technical assistance;\n"
    )
    # "(i)" inline but ended with ";": the printed list goes on, as before.
    assert "OP1(ii)" in refs(parse_text(text))


def test_text_an_inline_item_that_ends_at_the_margin_is_still_inline() -> None:
    # As a PDF sets S/RES/2529 (2020) OP9: the list runs inside the sentence, and the
    # line that ends item (i) with ";" is a full line wrapped by the layout.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Requests the Mechanism to continue to take steps to further enhance\n"
        "efficiency and effective and transparent management, in particular: (i) full\n"
        "implementation of the outstanding recommendations of the oversight office;\n"
        "(ii) production of clear and focused projections of completion timelines at\n"
        "the earliest stage possible; (iii) continued geographic diversity of staff;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert refs(draft) == ["PP1", "OP1", "OP2"]
    assert "oversight office; (ii) production of clear" in draft.clause("OP1").text
    assert accounted(text, draft)


def test_akn_an_inline_enumeration_stays_in_its_paragraph() -> None:
    xml = _akn(
        "",
        _para(
            "1.",
            "<span>Decides</span> that all States shall prevent the supply of (i) arms and "
            "related materiel, and (ii) technical training;",
        ),
    )
    draft = parse_akn(xml)
    assert refs(draft) == ["OP1"]
    assert "(ii) technical training" in draft.clause("OP1").text


# ----------------------------------------------------- the real texts that showed them


@needs_corpus
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("S_RES_80_1950.txt", ["PP1", "PP2", "PP3", "PP4", "OP1", "OP2"]),
        ("S_RES_150_1960.txt", ["PP1", "OP1"]),
        ("S_RES_156_1960.txt", ["PP1", "OP1"]),
        ("S_RES_848_1993.txt", ["PP1", "OP1"]),
    ],
)
def test_the_scanned_texts_that_showed_the_patterns(name: str, expected: list[str]) -> None:
    path = CORPUS / "scanned" / name
    text = path.read_text(encoding="utf-8")
    draft = parse_text(text, path=str(path))
    top = [c.ref for c in draft.paragraphs]
    assert top[: len(expected)] == expected
    assert not any(ref.startswith("PP3(") for ref in refs(draft))
    assert accounted(text, draft)
