"""The plain-text and Markdown reader, on inputs that look like what people paste."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resdiff import parse
from resdiff.errors import ResolutionParseError
from resdiff.model import Draft
from resdiff.read.checks import accounted, lost_words
from resdiff.read.text import parse_text, split_sponsors

JAPAN_DRAFT = """\
United Nations                                   S/2099/481
Security Council                                 Distr.: General
                                                 7 July 2006
                                                 Original: English

06-41871 (E)
*0641871*

France, Japan, United Kingdom of Great Britain and Northern Ireland and
United States of America: draft resolution

      The Security Council,

      Reaffirming its previous relevant resolutions, including resolution 825
(1993) of 11 May 1993,
      Gravely concerned by the launch of ballistic missiles by the Democratic
People's Republic of Korea on 5 July 2006,
      Acting under Chapter VII of the Charter of the United Nations,

      1.    Condemns the launch of ballistic missiles;
      2.    Demands that the DPRK:
            (a) suspend all activities related to its ballistic missile
      programme;
            (b) re-establish its pre-existing commitments to a moratorium
      on missile launching;
      3.    Decides to remain seized of the matter.
"""

ADOPTED_1695 = """\
United Nations                                   S/RES/1695 (2006)
Security Council                                 Distr.: General
                                                 15 July 2006

Resolution 1695 (2006)

Adopted by the Security Council at its 5490th meeting, on
15 July 2006

      The Security Council,

      Reaffirming its previous relevant resolutions,

      1.    Condemns the multiple launches;

                                                                  06-43109 (E)

S/RES/1695 (2006)

      2.    Demands that the DPRK suspend all activities;

      3.    Decides to remain seized of the matter.

2                                                                   06-43109
"""

OLD_SCANNED = """\
100 (1953). Resolution of 27 October 1953
[S/3128]

The Security Council,

Having taken note of the report of the Chief of Staff
in Palestine dated 23 October 1953, 6
Desirous of facilitating the consideration of the
question,

1. Deems it desirable that the works should be submit-
ted to the Secretary-
General for examination ;

2. Relies on * the Chief of Staff to inform it.

Adopted unanimously at the
631st meeting.

6 fbid., document S/3122.
* Paragraph 3 of the English text of the draft resolution as adopted
began with the word "Requests".
"""


def read(text: str, **kw: object) -> Draft:
    draft = parse_text(text, **kw)  # type: ignore[arg-type]
    assert lost_words(text, draft) == []
    assert accounted(text, draft)
    return draft


def refs(draft: Draft) -> list[str]:
    return [c.ref for c in draft.walk()]


# --------------------------------------------------------------------------- masthead


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (JAPAN_DRAFT, "symbol", "S/2099/481"),
        (JAPAN_DRAFT, "organ", "Security Council"),
        (JAPAN_DRAFT, "kind", "draft"),
        (JAPAN_DRAFT, "date", dt.date(2006, 7, 7)),
        (
            JAPAN_DRAFT,
            "sponsors",
            (
                "France",
                "Japan",
                "United Kingdom of Great Britain and Northern Ireland",
                "United States of America",
            ),
        ),
        (JAPAN_DRAFT, "enacting_formula", "The Security Council,"),
        (ADOPTED_1695, "symbol", "S/RES/1695 (2006)"),
        (ADOPTED_1695, "kind", "resolution"),
        (
            ADOPTED_1695,
            "adoption",
            "Adopted by the Security Council at its 5490th meeting, on 15 July 2006",
        ),
        (ADOPTED_1695, "date", dt.date(2006, 7, 15)),
        (OLD_SCANNED, "symbol", "S/RES/100 (1953)"),
        (OLD_SCANNED, "draft_symbol", "S/3128"),
        (OLD_SCANNED, "date", dt.date(1953, 10, 27)),
        (OLD_SCANNED, "kind", "resolution"),
    ],
)
def test_the_masthead_fields_are_recognised(text: str, field: str, expected: object) -> None:
    assert getattr(read(text), field) == expected


def test_every_masthead_line_is_kept_whitespace_normalised() -> None:
    draft = read(JAPAN_DRAFT)
    assert draft.masthead[0] == "United Nations S/2099/481"
    assert "Original: English" in draft.masthead
    assert draft.masthead[-1] == "United States of America: draft resolution"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Brazil and Switzerland", ("Brazil", "Switzerland")),
        (
            "Bosnia and Herzegovina, Trinidad and Tobago",
            ("Bosnia and Herzegovina", "Trinidad and Tobago"),
        ),
        (
            "Japan, France and United States of America",
            ("Japan", "France", "United States of America"),
        ),
        (
            "Saint Vincent and the Grenadines and Albania",
            ("Saint Vincent and the Grenadines", "Albania"),
        ),
    ],
)
def test_a_sponsors_line_splits_into_states(line: str, expected: tuple[str, ...]) -> None:
    assert split_sponsors(line) == expected


@pytest.mark.parametrize(
    ("masthead", "symbol", "organ", "title"),
    [
        (
            "United Nations  A/78/L.12/Rev.1\nGeneral Assembly  Distr.: Limited\n"
            "Seventy-eighth session\nAgenda item 68\nBrazil and Norway: revised draft resolution\n"
            "Promotion and protection of human rights\n",
            "A/78/L.12/Rev.1",
            "General Assembly",
            "Promotion and protection of human rights",
        ),
        (
            "United Nations  A/C.3/78/L.60\nGeneral Assembly  Distr.: Limited\n"
            "Chile and Peru: draft resolution\n",
            "A/C.3/78/L.60",
            "General Assembly",
            None,
        ),
    ],
)
def test_a_general_assembly_draft_has_its_symbol_organ_and_title(
    masthead: str, symbol: str, organ: str, title: str | None
) -> None:
    draft = read(
        masthead + "\nThe General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act;\n"
    )
    assert (draft.symbol, draft.organ, draft.kind, draft.title) == (symbol, organ, "draft", title)
    assert refs(draft) == ["PP1", "OP1"]


# --------------------------------------------------------------------------- structure


def test_the_japan_draft_reads_as_three_pps_and_three_ops_with_sub_paragraphs() -> None:
    draft = read(JAPAN_DRAFT)
    assert refs(draft) == ["PP1", "PP2", "PP3", "OP1", "OP2", "OP2(a)", "OP2(b)", "OP3"]
    assert draft.clause("PP1").text == (
        "Reaffirming its previous relevant resolutions, including resolution 825 (1993) "
        "of 11 May 1993,"
    )
    assert draft.clause("OP2").text == "Demands that the DPRK:"
    assert draft.clause("OP2").label == "2."
    assert draft.clause("OP2(a)").label == "(a)"
    assert draft.clause("OP2(a)").text == (
        "suspend all activities related to its ballistic missile programme;"
    )
    assert draft.clause("OP2(b)").text.startswith("re-establish its pre-existing")
    assert draft.warnings == ()


def test_job_numbers_barcodes_page_numbers_and_running_headers_are_furniture() -> None:
    draft = read(ADOPTED_1695)
    kinds = {(f.text, f.kind) for f in draft.furniture}
    assert ("06-43109 (E)", "job-number") in kinds
    assert ("S/RES/1695 (2006)", "page-header") in kinds
    assert ("2 06-43109", "job-number") in kinds
    assert refs(draft) == ["PP1", "OP1", "OP2", "OP3"]
    assert {f.kind for f in read(JAPAN_DRAFT).furniture} == {"job-number"}
    assert all(f.line >= 1 for f in draft.furniture)


def test_form_feeds_and_page_numbers_between_paragraphs_are_removed() -> None:
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n"
        "- 2 -\n\f\n2/4\n\n2. Requests a report.\n"
    )
    draft = read(text)
    assert refs(draft) == ["PP1", "OP1", "OP2"]
    assert [f.kind for f in draft.furniture] == ["page-number", "page-number"]


@pytest.mark.parametrize(
    ("wrapped", "expected"),
    [
        ("1. Decides that the report shall be submit-\nted in time;", "submitted in time;"),
        ("1. Requests the Secretary-\nGeneral to report;", "Requests the Secretary-General"),
        ("1. Decides to re-\nestablish the force;", "re-establish"),
        ("1. Requests a 90-\nday report;", "90-day report"),
        ("1. Requests the Secretary-General to report on the\nsituation ;", "the situation;"),
        # Quotes are kept as printed (folded only for comparison); the no-break space is a space.
        ("1. Urges \u201call States\u201d\u00a0to act;", "Urges \u201call States\u201d to act;"),
    ],
)
def test_wrapped_lines_are_joined_and_hyphenation_is_undone(wrapped: str, expected: str) -> None:
    draft = read("The Security Council,\n\nRecalling its resolutions,\n\n" + wrapped + "\n")
    assert expected in draft.clause("OP1").text


def test_preambular_paragraphs_without_blank_lines_are_split_at_participles() -> None:
    draft = read(OLD_SCANNED)
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert draft.clause("PP2").text.startswith("Desirous of facilitating")


def test_the_old_scanned_text_has_its_closing_and_footnotes() -> None:
    draft = read(OLD_SCANNED)
    assert draft.closing == ("Adopted unanimously at the 631st meeting.",)
    assert [(f.mark, f.text[:12]) for f in draft.footnotes] == [
        ("6", "fbid., docum"),
        ("*", "Paragraph 3 "),
    ]
    assert draft.clause("OP1").text.endswith("the Secretary-General for examination;")


@pytest.mark.parametrize(
    ("body", "expected_refs"),
    [
        (
            "1. Decides:\n(a) first;\n(b) second:\n(i) one;\n(ii) two;\n(c) third;\n",
            ["OP1", "OP1(a)", "OP1(b)", "OP1(b)(i)", "OP1(b)(ii)", "OP1(c)"],
        ),
        (
            "1. Decides:\n(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n(i) i;\n",
            ["OP1"] + [f"OP1({k})" for k in "abcdefghi"],
        ),
        (
            "1. Decides:\n(a) the list:\n(i) one:\na. first;\nb. second:\ni. deep;\nii. deeper;\n",
            [
                "OP1",
                "OP1(a)",
                "OP1(a)(i)",
                "OP1(a)(i)(a)",
                "OP1(a)(i)(b)",
                "OP1(a)(i)(b)(i)",
                "OP1(a)(i)(b)(ii)",
            ],
        ),
        (
            "1. Decides:\n\u2013 first item;\n\u2013 second item;\n\u2022 third item;\n",
            ["OP1", "OP1(1)", "OP1(2)", "OP1(3)"],
        ),
        (
            "1. Calls upon the parties:\n(1) Withdrawal of forces;\n(ii) Termination of claims;\n",
            ["OP1", "OP1(i)", "OP1(ii)"],
        ),
    ],
)
def test_sub_paragraphs_get_refs_by_their_labels(body: str, expected_refs: list[str]) -> None:
    draft = read("The Security Council,\n\nRecalling its resolutions,\n\n" + body)
    assert refs(draft) == ["PP1", *expected_refs]


def test_an_ocr_one_for_roman_i_keeps_its_printed_label() -> None:
    draft = read(
        "The Security Council,\n\n1. Calls upon:\n(1) Withdrawal of forces ;\n(ii) Peace;\n"
    )
    assert draft.clause("OP1(i)").label == "(1)"
    assert draft.clause("OP1(i)").text == "Withdrawal of forces;"


def test_a_sub_paragraph_keeps_its_following_lines_until_the_next_label() -> None:
    draft = read(
        "The Security Council,\n\n1. Decides:\n(a) that all States shall\nprevent the supply;\n"
        "(b) that they shall\nreport;\n"
    )
    assert draft.clause("OP1(a)").text == "that all States shall prevent the supply;"
    span = draft.clause("OP1(a)").span
    assert span is not None
    assert (span.first_line, span.last_line) == (4, 5)


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ("1. Decides one;\n\n3. Decides three.\n", "numbering-gap", 5),
        ("1. Decides one;\n\n1. Decides again.\n", "numbering-repeat", 5),
        ("1. decides to act.\n", "operative-no-verb", 3),
    ],
)
def test_numbering_oddities_are_warnings_not_errors(body: str, code: str, line: int) -> None:
    draft = read("The Security Council,\n\n" + body)
    assert [(w.code, w.line) for w in draft.warnings] == [(code, line)]


def test_a_repeated_number_gets_a_distinct_ref() -> None:
    draft = read("The Security Council,\n\n1. Decides one;\n\n1. Decides again.\n")
    assert refs(draft) == ["OP1", "OP1-2"]


def test_a_preambular_paragraph_without_a_comma_is_a_warning() -> None:
    draft = read("The Security Council,\n\nRecalling its resolutions\n\n1. Decides to act.\n")
    assert [w.code for w in draft.warnings] == ["preamble-no-comma"]


def test_a_trailing_footnote_mark_does_not_hide_the_comma() -> None:
    draft = read("The Security Council,\n\nHaving examined the application, 14\n\n1. Decides.\n")
    # The mark itself is taken out of the text, and said so (resdiff.read.text.calls).
    assert [w.code for w in draft.warnings] == ["footnote-calls"]
    assert draft.preamble[0].text == "Having examined the application,"


@pytest.mark.parametrize(
    ("body", "headings", "under"),
    [
        (
            "Recalling its resolutions,\n\nPolitical process\n\n1. Welcomes the talks;\n\n"
            "2. Urges the parties;\n\nRenewal of the mandate\n\n3. Decides to extend.\n",
            [("Political process", "OP1"), ("Renewal of the mandate", "OP3")],
            {
                "OP1": "Political process",
                "OP2": "Political process",
                "OP3": "Renewal of the mandate",
            },
        ),
        (
            "General principles\n\nRecalling its resolutions,\n\n1. Decides.\n",
            [("General principles", "PP1")],
            {"PP1": "General principles", "OP1": "General principles"},
        ),
    ],
)
def test_unnumbered_headings_are_kept_and_given_to_the_clauses_under_them(
    body: str, headings: list[tuple[str, str]], under: dict[str, str]
) -> None:
    draft = read("The Security Council,\n\n" + body)
    assert [(h.text, h.before) for h in draft.headings] == headings
    assert {ref: draft.clause(ref).heading for ref in under} == under


def test_everything_after_an_annex_title_belongs_to_the_annex() -> None:
    draft = read(
        "The Security Council,\n\n1. Adopts the list in the annex.\n\nAnnex\n\n"
        "List of items\n\n1. Item one\n\n2. Item two\n\nAnnex II\n\nMore items\n"
    )
    assert refs(draft) == ["OP1"]
    assert [a.title for a in draft.annexes] == ["Annex", "Annex II"]
    assert draft.annexes[0].paragraphs == ("List of items", "1. Item one", "2. Item two")


@pytest.mark.parametrize(
    ("closing_text", "closing"),
    [
        ("Adopted unanimously at the 631st meeting.", "Adopted unanimously at the 631st meeting."),
        (
            "Adopted at the 1234th meeting by 10 votes to none,\nwith 1 abstention (France).",
            "Adopted at the 1234th meeting by 10 votes to none, with 1 abstention (France).",
        ),
        # An OCR slip of the print (S/RES/368 (1975)): still the closing, not an OP2.
        (
            "Adapted at the 1821st meeting by 13 votes to none.",
            "Adapted at the 1821st meeting by 13 votes to none.",
        ),
    ],
)
def test_the_voting_line_at_the_end_is_the_closing(closing_text: str, closing: str) -> None:
    draft = read("The Security Council,\n\n1. Decides to act.\n\n" + closing_text + "\n")
    assert draft.closing == (closing,)
    assert refs(draft) == ["OP1"]


def test_a_paragraph_opening_with_adapted_is_no_closing() -> None:
    draft = read(
        "The Security Council,\n\n1. Decides to act.\n\n"
        "2. Adapted to the needs of the mission, the force shall stay.\n"
    )
    assert refs(draft) == ["OP1", "OP2"]
    assert draft.closing == ()


@pytest.mark.parametrize(
    ("text", "expected_refs"),
    [
        (
            "The Security Council,\n\nRecalling its resolutions,\n\nDecides to act.\n",
            ["PP1", "OP1"],
        ),
        ("The Security Council\n\nResolves to act ;\n\nRequests a report.\n", ["OP1", "OP2"]),
        ("Appoints Mr. X as Special Envoy for a period of one year.\n", ["OP1"]),
    ],
)
def test_texts_without_numbers_are_read_as_preamble_then_operative(
    text: str, expected_refs: list[str]
) -> None:
    assert refs(read(text)) == expected_refs


def test_markdown_headings_lists_and_emphasis_are_read() -> None:
    text = (
        "# Draft resolution\n\n*The Security Council*,\n\n*Recalling* its resolutions,\n\n"
        "## Sanctions\n\n1. **Decides** that:\n   - all States shall act;\n"
        "   - all States shall report;\n     - in writing;\n2. *Requests* a report.\n"
    )
    draft = read(text, markdown=True)
    assert draft.enacting_formula == "The Security Council,"
    assert refs(draft) == ["PP1", "OP1", "OP1(1)", "OP1(2)", "OP1(2)(1)", "OP2"]
    assert draft.clause("PP1").text == "Recalling its resolutions,"
    assert draft.clause("OP1").text == "Decides that:"
    assert [(h.text, h.before) for h in draft.headings] == [("Sanctions", "OP1")]
    assert draft.masthead == ("Draft resolution",)


def test_parse_reads_a_string_of_text_through_the_plain_text_reader() -> None:
    draft = parse(JAPAN_DRAFT)
    assert draft.symbol == "S/2099/481"
    assert draft.source is not None and draft.source.format == "text"


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_input_is_an_error_naming_file_and_line(text: str) -> None:
    with pytest.raises(ResolutionParseError) as info:
        parse_text(text, path="japan.txt")
    message = str(info.value)
    assert "japan.txt:1:1" in message
    assert "empty input: expected a draft resolution" in message


def test_a_masthead_without_paragraphs_is_an_error_naming_file_and_line() -> None:
    with pytest.raises(ResolutionParseError) as info:
        parse_text("United Nations  S/2099/481\nSecurity Council\n7 July 2006\n", path="m.txt")
    assert "m.txt:" in str(info.value)
    assert info.value.line is not None and info.value.line >= 1
    assert "no paragraphs" in str(info.value)


# --------------------------------------------------------------------------- no word lost


def test_lost_words_names_what_a_draft_does_not_hold() -> None:
    text = "The Security Council,\n\n1. Decides to act.\n"
    draft = read(text)
    assert lost_words(text + "Extra words\n", draft) == ["Extra", "words"]
    assert not accounted(text + "Extra\n", draft)


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """A draft rendered as copied text: random words, wraps, blank lines, hyphenation,
    page headers and footers."""
    rng = random.Random(draw(st.integers(0, 10**6)))

    def sentence(opener: str, end: str) -> str:
        words = [opener, *draw(st.lists(_WORDS, min_size=1, max_size=25))]
        return " ".join(words) + end

    paragraphs: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        paragraphs.append(sentence(rng.choice(["Recalling", "Noting", "Deeply concerned"]), ","))
    n_ops = draw(st.integers(1, 5))
    # A lead-in of the operative part ("Resolves:", texts of the 1940s) at times.
    lead_in = draw(st.sampled_from((None, None, "Resolves:", "Decides:", "Resolves that:")))
    if lead_in is not None:
        paragraphs.append(lead_in)
    for k in range(1, n_ops + 1):
        op = f"{k}. " + sentence(
            rng.choice(["Decides", "Requests", "Urges"]), ";" if k < n_ops else "."
        )
        if draw(st.booleans()):
            op = op[:-1] + ":"
            for letter in "ab"[: draw(st.integers(1, 2))]:
                op += "\n(" + letter + ") " + sentence("that", ";")
        paragraphs.append(op)
    lines: list[str] = [
        "United Nations    S/2024/1",
        "Security Council",
        "",
        "The Security Council,",
    ]
    for paragraph in paragraphs:
        lines.append("")
        for part in paragraph.split("\n"):
            words = part.split(" ")
            current = ""
            for word in words:
                if current and len(current) + len(word) > rng.randint(20, 70):
                    if rng.random() < 0.2 and len(word) > 4 and word.isalpha():
                        lines.append(current + " " + word[:2] + "-")
                        current = word[2:]
                        continue
                    lines.append(current)
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            lines.append(current)
        if rng.random() < 0.2:
            lines += ["", "24-01234 (E)", "", "S/2024/1", ""]
    if rng.random() < 0.5:
        lines += ["", "Adopted unanimously at the 1st meeting."]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(drafts())
def test_no_word_is_lost_whatever_the_wraps_and_page_furniture(text: str) -> None:
    # As read, and as analysed (which lifts a lead-in out of the preamble).
    for draft in (parse_text(text), parse(text)):
        assert accounted(text, draft), lost_words(text, draft)
        assert lost_words(text, draft) == []
        assert draft.operative


# --------------------------------------------------------------------------- PDF copies
# Cases met in the AKN agreement check (tests/test_akn_agreement.py), cut down.

HEAD = "The Security Council,\n\n      Recalling its resolutions,\n\n"


@pytest.mark.parametrize(
    ("body", "reference"),
    [
        # A page break inside "paragraph 1 (g)": the "(g)" opens the next page.
        (
            "      2.    Decides that notification must be made as permitted in paragraph\n"
            "      1 (d), paragraph 1 (f) and paragraph 1\n\n20-01488\n\nS/RES/2507 (2020)\n\n"
            "      (g) of this resolution;\n\n      3.    Decides to renew the measures.\n",
            "paragraph 1 (g) of this resolution;",
        ),
        (
            # "paragraph 7 (d) and" at a line end: "(e)" goes on with the reference.
            "      2.    Recalls that it is prepared to impose sanctions under paragraph 7 (d)"
            " and\n"
            "      (e) of its resolution 2293 (2016), regarding human rights;\n"
            "      3.    Decides to renew the measures.\n",
            "paragraph 7 (d) and (e) of its resolution",
        ),
    ],
)
def test_a_cross_reference_wrapped_before_its_letter_is_no_sub_paragraph(
    body: str, reference: str
) -> None:
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP2", "OP3"]
    assert reference in draft.clause("OP2").text


def test_a_preambular_paragraph_broken_by_a_page_after_a_comma_goes_on() -> None:
    body = (
        "            Reiterating its concern at the threat posed by trafficking, and\n"
        "      encouraging the sustained efforts of the Government of Guinea-Bissau,\n\n"
        "20-03205\n2/9\n\nS/RES/2512 (2020)\n\n"
        "      ECOWAS, UNIOGBIS and other relevant stakeholders in combating this threat,\n\n"
        "            Noting the common and shared responsibility for combatting drug\n"
        "      trafficking,\n\n      1.    Decides to extend the mandate.\n"
    )
    draft = read("The Security Council,\n\n" + body)
    assert refs(draft) == ["PP1", "PP2", "OP1"]
    assert draft.clause("PP1").text.endswith(
        "ECOWAS, UNIOGBIS and other relevant stakeholders in combating this threat,"
    )


def test_a_second_lead_in_paragraph_of_an_item_is_part_of_the_item() -> None:
    body = (
        "      8.    Decides that the mandate shall be as follows:\n\n"
        "            (c)   Supporting the Implementation of the Peace Process:\n\n"
        "                        To carry out, within its capabilities, the following\n"
        "                  tasks in support of the peace process:\n\n"
        "                  (i)   Using good offices to support the peace process;\n\n"
        "                  (ii)  Participating in the work of the RJMEC;\n\n"
        "      9.    Requests a report.\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP8", "OP8(c)", "OP8(c)(i)", "OP8(c)(ii)", "OP9"]
    assert draft.clause("OP8(c)").text.endswith(
        "the following tasks in support of the peace process:"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "      3.    Determines that both parties should take the measures listed below:\n"
            "            (6)   Border Demarcation: Develop a detailed work plan and hold two\n"
            "            meetings of the Joint Demarcation Committee\n"
            "            (7)   National Monitors: Maintain deployment of national monitors;\n"
            "      4.    Maintains the authorized troop ceiling.\n",
            ["PP1", "OP3", "OP3(6)", "OP3(7)", "OP4"],
        ),
        (
            "      24.   Decides that the mandate shall include the following tasks:\n"
            "            (i)   Protection of civilians\n"
            "                  (a)   Prevent, deter and stop all armed groups;\n"
            "                  (b)   Enhance its community engagement with civilians to\n"
            "                  strengthen the implementation of its mandate\n"
            "            (ii)  Disarmament, demobilisation, reintegration (DDR) and\n"
            "            stabilisation\n"
            "                  (c)   Provide good offices, advice and assistance;\n"
            "            (iii) Security Sector Reform (SSR)\n"
            "                  (d)   Provide strategic and technical advice;\n"
            "      25.   Authorises the Mission to monitor.\n",
            [
                "PP1",
                "OP24",
                "OP24(i)",
                "OP24(i)(a)",
                "OP24(i)(b)",
                "OP24(ii)",
                "OP24(ii)(c)",
                "OP24(iii)",
                "OP24(iii)(d)",
                "OP25",
            ],
        ),
    ],
)
def test_an_item_ending_without_punctuation_does_not_swallow_the_next_label(
    body: str, expected: list[str]
) -> None:
    draft = read(HEAD + body)
    assert refs(draft) == expected


def test_a_numbered_heading_above_a_paragraph_is_a_heading() -> None:
    body = (
        "      8.    Reaffirms that the weapons shall be recorded;\n\n"
        "      (i) Exemptions, advance approvals and notifications\n\n"
        "      9.    Decides that the arms embargo shall not apply;\n\n"
        "      (ii) Exceptions\n\n"
        "      10.   Reaffirms that the embargo shall not apply to:\n\n"
        "            (a)   Supplies of weapons to United Nations personnel;\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP8", "OP9", "OP10", "OP10(a)"]
    assert [(h.text, h.before) for h in draft.headings] == [
        ("(i) Exemptions, advance approvals and notifications", "OP9"),
        ("(ii) Exceptions", "OP10"),
    ]


def test_a_sub_heading_set_off_by_its_indent_inside_a_list_is_a_heading() -> None:
    body = (
        "      29.   Decides that the mandate shall include the following tasks:\n"
        "            (i)   Support to stabilisation:\n"
        "                  (a)   Provide coordination between the Government and partners;\n"
        "                  (b)   Provide technical advice to the Government in the\n"
        "                  consolidation of a national civilian structure;\n"
        "                        Root causes of conflict\n"
        "                  (c)   Provide good offices and technical support;\n"
        "                  (d)   Monitor and report;\n"
        "      30.   Ensure the protection of United Nations personnel.\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == [
        "PP1",
        "OP29",
        "OP29(i)",
        "OP29(i)(a)",
        "OP29(i)(b)",
        "OP29(i)(c)",
        "OP29(i)(d)",
        "OP30",
    ]
    assert [(h.text, h.before) for h in draft.headings] == [
        ("Root causes of conflict", "OP29(i)(c)")
    ]
    assert draft.clause("OP29(i)(b)").text.endswith("national civilian structure;")


def test_a_conjunction_alone_on_its_line_ends_an_item() -> None:
    body = (
        "      15.   Requests the following reports from the Secretary-General:\n"
        "            a.    regular updates on the situation, with the first report due by\n"
        "            15 February 2023, and every 120 days thereafter;\n"
        "            and\n"
        "            b.    an update in due course on progress made;\n"
        "      16.   Decides to remain seized of the matter.\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP15", "OP15(a)", "OP15(b)", "OP16"]


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("Targeted sanctions in Somalia", None),  # opens with a participle
        ("Reporting", None),
        ("Armed Groups", None),
        ("Further information on approvals and notifications", None),  # "Further ..."
        ("United Nations and International Support:", None),  # ends with a colon
        ("1a: Targeting illicit finances", None),  # opens with a section code
        (
            "Pillar 1 – supporting weapons and ammunition management and security\n"
            "      sector reform in Somalia and the partial arms embargo",
            "Pillar 1 – supporting weapons and ammunition management and security "
            "sector reform in Somalia and the partial arms embargo",
        ),  # two lines
    ],
)
def test_a_short_line_standing_alone_between_numbered_paragraphs_is_a_heading(
    heading: str, words: str | None
) -> None:
    body = (
        "      1.    Decides that the measures shall apply (as set out in paragraph 3\n"
        "      of resolution 2244 (2015));\n\n"
        f"      {heading}\n\n"
        "      2.    Recalls its decisions in its resolution 1844 (2008);\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP1", "OP2"]
    assert [(h.text, h.before) for h in draft.headings] == [(words or heading, "OP2")]
    assert draft.clause("OP1").text.endswith("(2015));")
    assert draft.clause("OP2").heading == (words or heading)


@pytest.mark.parametrize(
    "line",
    [
        # Before the first numbered paragraph a participle opens a recital that lost
        # its comma, not a heading.
        "Acting under Chapter VII of the Charter of the United Nations",
    ],
)
def test_a_participle_line_before_the_operative_part_stays_a_recital(line: str) -> None:
    draft = read(HEAD + f"      {line}\n\n      1.    Decides to act;\n")
    assert refs(draft) == ["PP1", "PP2", "OP1"]
    assert draft.headings == ()


def test_a_line_inside_an_operative_paragraph_that_has_not_ended_is_not_a_heading() -> None:
    body = (
        "      1.    Decides that the following measures shall apply to the\n\n"
        "      Armed Forces\n\n"
        "      2.    Recalls its decisions;\n"
    )
    draft = read(HEAD + body)
    assert draft.headings == ()
    assert draft.clause("OP1").text.endswith("apply to the Armed Forces")


def test_a_heading_with_a_colon_inside_a_list_that_goes_on_is_a_sub_heading() -> None:
    body = (
        "      32.   Decides that the mandate shall include the following tasks:\n\n"
        "            (e)   Support for national and international justice\n\n"
        "                  (i)   To help reinforce the independence of the judiciary;\n\n"
        "                  (ii)  To help build the capacities of the national human\n"
        "                  rights institution;\n\n"
        "                        Urgent temporary measures:\n\n"
        "                  (iii) To urgently and actively adopt urgent temporary\n"
        "                  measures;\n\n"
        "                        Rule of law:\n\n"
        "                  (iv)  To provide support;\n\n"
        "      33.   Decides to remain seized of the matter.\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == [
        "PP1",
        "OP32",
        "OP32(e)",
        "OP32(e)(i)",
        "OP32(e)(ii)",
        "OP32(e)(iii)",
        "OP32(e)(iv)",
        "OP33",
    ]
    assert [(h.text, h.before) for h in draft.headings] == [
        ("Urgent temporary measures:", "OP32(e)(iii)"),
        ("Rule of law:", "OP32(e)(iv)"),
    ]


def test_a_lead_in_with_a_colon_opening_a_new_list_is_not_a_heading() -> None:
    body = (
        "      5.    Decides that the mandate shall include the following tasks;\n\n"
        "      To carry out the following tasks:\n\n"
        "            (a)   To protect civilians;\n\n"
        "      6.    Decides to remain seized of the matter.\n"
    )
    draft = read(HEAD + body)
    assert draft.headings == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("AMISOM", "Priorities and tasks"),
        ("Monitoring and reporting", "Listing criteria"),  # participle openers
        ("Part 2: supporting state- and peace-building", "2a: Security sector reform"),
    ],
)
def test_two_headings_in_a_row_are_two_headings_before_the_same_paragraph(
    first: str, second: str
) -> None:
    body = (
        "      8.    Underlines the tasks set out in the updated Transition Plan;\n\n"
        f"      {first}\n\n"
        f"      {second}\n\n"
        "      9.    Decides to authorise the Member States of the AU;\n"
    )
    draft = read(HEAD + body)
    assert refs(draft) == ["PP1", "OP8", "OP9"]
    assert [(h.text, h.before) for h in draft.headings] == [(first, "OP9"), (second, "OP9")]
    assert draft.clause("OP9").heading == second


@pytest.mark.parametrize(
    "sponsors_line",
    [
        "France, Japan, United Kingdom of Great Britain and Northern Ireland:\ndraft resolution",
        "France, Japan and United Kingdom of Great Britain and Northern Ireland: draft\nresolution",
    ],
)
def test_sponsors_line_wrapped_inside_draft_resolution(sponsors_line: str) -> None:
    text = (
        "United Nations S/2099/481\nSecurity Council Distr.: General\n7 July 2006\n\n"
        f"{sponsors_line}\n\nThe Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.sponsors == (
        "France",
        "Japan",
        "United Kingdom of Great Britain and Northern Ireland",
    )
    assert draft.kind == "draft"


def test_a_part_label_on_its_own_line_heads_the_part_right_under_it() -> None:
    # S/RES/864 and 814 (1993): "A" over paragraph 1 and "B" over a recital of part B,
    # with no blank line between; the label was read into a recital, and part B's
    # "Acting under Chapter VII" into the last item of part A.
    draft = read(
        "The Security Council,\n\n"
        "Reaffirming its commitment to the unity of Angola,\n\n"
        "A\n"
        "1. Welcomes the further report of the Secretary-General;\n\n"
        "2. Requests the Secretary-General to report:\n\n"
        "(a) on the situation;\n\n"
        "(b) on the programmes,\n\n"
        "B\n"
        "Acting under Chapter VII of the Charter of the United Nations,\n\n"
        "3. Decides that all States shall prevent the sale of arms;\n"
    )
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert _texts(draft)["PP2"] == "Acting under Chapter VII of the Charter of the United Nations,"
    assert _texts(draft)["OP1"] == "Welcomes the further report of the Secretary-General;"
    assert _texts(draft)["OP2(b)"] == "on the programmes,"
    assert [(h.text, h.before) for h in draft.headings] == [("A", "OP1"), ("B", "PP2")]


def test_the_recitals_of_a_part_after_its_label_are_each_a_recital() -> None:
    # S/RES/864 (1993): "B" then five recitals, each ending with a comma, before "17.
    # Decides": the first was read as a recital, the four after it as its text.
    recitals = [
        "Firmly condemning the movement for its attacks,",
        "Determined to see its decisions carried out,",
        "Urging all States to withhold support from the movement,",
        "Acting under Chapter VII of the Charter of the United Nations,",
    ]
    draft = read(
        "The Security Council,\n\nRecalling its earlier decisions,\n\nA\n\n"
        "1. Welcomes the report of the Secretary-General;\n\n"
        "2. Demands that the movement withdraw its forces;\n\nB\n\n"
        + "".join(f"{r}\n\n" for r in recitals)
        + "3. Decides that all States shall prevent the sale of arms;\n"
    )
    assert [c.text for c in draft.preamble[1:]] == recitals
    assert [c.heading for c in draft.preamble[1:]] == ["B"] * 4
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert [(h.text, h.before) for h in draft.headings] == [("A", "OP1"), ("B", "PP2")]


@pytest.mark.parametrize(
    ("between", "kept"),
    [
        # An operative paragraph that ends with a comma, no part's label after it: the
        # participle's paragraph goes on with it, as before.
        ("", "OP2"),
        # A recital's paragraph that opens with no participle or adjective goes on with it.
        ("B\n\nDetermined to see its decisions carried out,\n\n", "PP2"),
    ],
)
def test_a_paragraph_after_a_comma_in_the_operative_part_goes_on_without_a_recital_before(
    between: str, kept: str
) -> None:
    tail = (
        "Urging all States to withhold support from the movement,\n\n"
        if kept == "OP2"
        else "The movement having refused every offer,\n\n"
    )
    draft = read(
        "The Security Council,\n\nRecalling its earlier decisions,\n\n"
        "1. Welcomes the report of the Secretary-General;\n\n"
        "2. Demands that the movement withdraw its forces,\n\n"
        + between
        + tail
        + "3. Decides that all States shall prevent the sale of arms;\n"
    )
    assert _texts(draft)[kept].endswith(tail.strip())
    assert len(draft.preamble) == (1 if kept == "OP2" else 2)


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council,\n\nActing under Chapter\nVII\nof the Charter of the United "
        "Nations,\n\n1. Decides to remain seized of the matter.\n",
        "The Security Council,\n\nTaking note of the plan set out in annex\nI\nto the "
        "report,\n\n1. Decides to remain seized of the matter.\n",
    ],
)
def test_a_wrapped_line_that_reads_like_a_part_label_goes_on_with_its_sentence(
    text: str,
) -> None:
    # Review of 1 December: without a blank line before it, a lone "VII" or "I" is a
    # line of the sentence, not a part's label.
    draft = read(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1"]
    assert draft.headings == ()


def test_a_mandate_task_under_a_heading_stays_in_its_paragraph() -> None:
    # Review of 1 December: only a part's label, not any heading, makes the participle
    # paragraph after it a recital.
    draft = read(
        "The Security Council,\n\nRecalling x,\n\n1. Welcomes the report;\n\n"
        "2. Decides that the Mission shall have the following mandate, as set out in the "
        "report of the Secretary-General\n\nProtection of civilians\n\n"
        "Taking all necessary measures to protect civilians under threat of physical "
        "violence,\n\n3. Requests the Secretary-General to report.\n"
    )
    assert [c.ref for c in draft.preamble] == ["PP1"]


def _texts(draft: Draft) -> dict[str, str]:
    return {c.ref: c.text for c in draft.walk()}


def test_a_recital_led_by_a_participle_is_a_recital_though_it_ends_with_a_full_stop() -> None:
    # S/RES/596 (1987), 400 (1976), 118 (1956): the print ends the one recital with a
    # full stop; the paragraphs are not numbered.
    text = (
        "The Security Council,\n\n"
        "Having considered the report of the Secretary-General on the United Nations\n"
        "Disengagement Observer Force. 9\n\n"
        "Decides:\n\n"
        "(a) To call upon the parties concerned to implement immediately resolution 338 (1973);\n\n"
        "(b) To renew the mandate of the Force for another period of six months.\n"
    )
    draft = parse(text, format="text", analyze=False)
    assert [c.ref for c in draft.preamble] == ["PP1"]
    assert draft.preamble[0].text.startswith("Having considered")
    assert [c.ref for c in draft.operative] == ["OP1"]
    assert [c.ref for c in draft.operative[0].children] == ["OP1(a)", "OP1(b)"]
    assert sorted(w.code for w in draft.warnings) == ["footnote-calls", "preamble-no-comma"]
    assert draft.preamble[0].text.endswith("Observer Force.")
    # The last paragraph is operative whatever it opens with.
    lone = parse(
        "The Security Council,\n\nHaving considered the question.\n", format="text", analyze=False
    )
    assert [c.ref for c in lone.operative] == ["OP1"]


def test_an_operative_paragraph_opening_with_an_ing_word_stays_operative() -> None:
    # Not every "-ing" word leads a recital: "Pending ..., calls upon" and "Noting the
    # report, decides ..." are operative.
    for lead in (
        "Pending the deployment of the Force, calls upon the parties to observe the "
        "cease-fire strictly;",
        "Following the signature of the agreement, decides to extend the mandate until "
        "31 May 1976.",
        "Noting the report of the Secretary-General, decides to extend the mandate.",
    ):
        text = (
            "The Security Council,\n\nRecalling its resolution 338 (1973),\n\n"
            f"{lead}\n\nRequests the Secretary-General to report to the Council.\n"
        )
        draft = parse(text, format="text", analyze=False)
        assert [c.ref for c in draft.preamble] == ["PP1"], lead
        assert [c.ref for c in draft.operative] == ["OP1", "OP2"], lead


# --- text saved by Windows as "ANSI" (Windows-1252) ----------------------------------

ANSI = (
    "The Security Council,\n\nNoting the Secretary-General’s report – of 5 July,\n\n"
    "1. Condemns the launches by the Democratic People’s Republic of Korea;\n\n"
    "2. Décide de rester saisi de la question.\n"
)


def test_text_saved_as_ansi_is_read_as_windows_1252_and_says_so(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "ansi.txt"
    path.write_bytes(ANSI.encode("cp1252"))
    draft = parse(path, analyze=False)
    assert [c.text for c in draft.operative] == [
        "Condemns the launches by the Democratic People’s Republic of Korea;",
        "Décide de rester saisi de la question.",
    ]
    assert draft.preamble[0].text == "Noting the Secretary-General’s report – of 5 July,"
    (warning,) = [w for w in draft.warnings if w.code == "windows-1252"]
    assert warning.line == 3 and "the first such character is “’” at column 29" in warning.message
    # The same text in UTF-8 reads the same, without the warning.
    same = parse(ANSI.encode("utf-8"), analyze=False)
    assert [c.text for c in same.paragraphs] == [c.text for c in draft.paragraphs]
    assert "windows-1252" not in {w.code for w in same.warnings}


def test_other_code_pages_and_cut_utf8_are_refused_french_quotes_read() -> None:
    head = "The Security Council,\n\n1. Decides "
    for text, codec in (
        (f"{head}Bezpieczeństwa, Łódź.\n", "cp1250"),  # "£ódŸ" in 1252
        (f"{head}Beşiktaş, the State’s act.\n", "cp1254"),  # "þ" in 1252
        (f"{head}the State’s act.\n", "mac_roman"),  # "StateÕs" in 1252
    ):
        with pytest.raises(ResolutionParseError, match="expected UTF-8 text"):
            parse(text.encode(codec), analyze=False)
    with pytest.raises(ResolutionParseError, match="expected UTF-8 text"):
        parse(f"{head}to meet’".encode()[:-1], analyze=False)  # UTF-8 cut short
    french = f"{head}la «\xa0sécurité\xa0» et «paix», 25°C, ¿Qué?\n".encode("cp1252")
    draft = parse(french, analyze=False)
    assert draft.operative[0].text == "Decides la « sécurité » et «paix», 25°C, ¿Qué?"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # Russian saved in its own code page (Windows-1251): read as 1252 it would be
        # "Ñîâåò Áåçîïàñíîñòè", runs of accented letters no Western text has.
        (
            "The Security Council,\n\n1. Совет Безопасности постановляет.\n".encode("cp1251"),
            "cyrillic",
        ),
        # A byte Windows-1252 leaves undefined.
        (b"The Security Council,\n\n1. Decides \x81 to act.\n", "undefined"),
        # UTF-8 text with one byte broken: read as 1252, its "’" would become "â€™".
        (
            "The Security Council,\n\n1. Decides the State’s ".encode() + b"\xff act.\n",
            "broken utf-8",
        ),
        # Bytes that are mostly letters beyond ASCII (one in ten or more).
        (
            b"The Security Council,\n\n1. \xe9t\xe9 \xe0 \xe9t\xe9 \xe0 \xe9t\xe9.\n",
            "mostly accents",
        ),
    ],
)
def test_bytes_that_are_no_western_text_are_refused_not_guessed(data: bytes, why: str) -> None:
    with pytest.raises(ResolutionParseError, match="as UTF-8: expected UTF-8 text"):
        parse(data, analyze=False)


def test_short_recitals_printed_before_the_formula_are_recitals_not_masthead() -> None:
    # Old prints open with their recitals, then the formula: "Whereas ..., Whereas ...,
    # The Security Council 1. Notes ...". A recital under 200 characters, or glued to the
    # masthead's lines with no blank line between, was read into the masthead
    # (S/RES/30 (1947): two of its three recitals).
    text = (
        "30 (1947). Resolution of 25 August 1947\n"
        "(S/525, I]\n"
        "Whereas the Security Council on 1 August 1947\n"
        "called upon the parties to cease hostilities forthwith,\n\n"
        "Whereas communications have been received advising that orders have been given\n"
        "for the cessation of hostilities,\n\n"
        "The Security Council\n\n"
        "1. Notes with satisfaction the steps taken by the parties;\n\n"
        "2. Resolves to consider the matter further.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.text.split()[0] for c in draft.preamble] == ["Whereas", "Whereas"]
    assert draft.preamble[0].text.startswith("Whereas the Security Council on 1 August 1947")
    assert draft.masthead == ("30 (1947). Resolution of 25 August 1947", "(S/525, I]")
    assert not lost_words(text, draft)


@pytest.mark.parametrize(
    ("text", "recitals"),
    [
        # A recital's wrapped line that opens with "Noting" does not split it, nor give
        # its first line to the masthead.
        (
            "S/RES/98 (1948)\n\nStressing the importance of the cessation of hostilities in "
            "every part of the territory, and\nNoting that the parties have not complied "
            "with the requests made by the Council in its earlier resolutions on the truce,"
            "\n\nThe Security Council\n\n1. Notes the report;\n",
            ["Stressing"],
        ),
        # A short recital glued to the masthead's lines, opening with any recital word.
        (
            "36 (1947). Resolution of 1 November 1947\n(S/597]\nConcerned at the reports of "
            "continued hostilities,\n\nThe Security Council\n\n1. Calls upon the parties "
            "to cease hostilities;\n",
            ["Concerned"],
        ),
        # Recitals glued line to line, each opening with "Whereas".
        (
            "30 (1947). Resolution of 25 August 1947\n\nWhereas A has happened in the "
            "region,\nWhereas B has happened too,\nNoting C,\n\nThe Security Council\n\n"
            "1. Notes the steps taken;\n",
            ["Whereas", "Whereas", "Noting"],
        ),
        # "Adopted by the Security Council at its 3119th meeting," is the masthead's.
        (
            "RESOLUTION 780 (1992)\n\nAdopted by the Security Council at its 3119th "
            "meeting,\n\non 6 October 1992\n\nThe Security Council,\n\nReaffirming its "
            "resolution 713 (1991),\n\n1. Decides to remain seized of the matter.\n",
            ["Reaffirming"],
        ),
    ],
)
def test_recitals_before_the_formula_are_read_whole(text: str, recitals: list[str]) -> None:
    draft = parse(text, analyze=False)
    assert [c.text.split()[0] for c in draft.preamble] == recitals
    assert not lost_words(text, draft)


def test_a_scanned_five_read_as_s_opens_paragraph_five() -> None:
    # S/RES/902 (1994): "S. Decides to review the matter further" ran into OP4.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        + "".join(f"{k}. Requests the parties to act, step {k};\n\n" for k in range(1, 5))
        + "S. Decides to review the matter further.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4", "OP5"]
    assert draft.operative[-1].text.startswith("Decides to review")
    assert not lost_words(text, draft)
    # Not where the count expects another number, nor a word that opens with "S.".
    other = text.replace("S. Decides", "S. decides")
    assert len(parse(other, analyze=False).operative) == 4


_BELOW = (
    "The Security Council,\n\nRecalling its resolutions,\n\n"
    "1. Decides to set up a panel with these tasks:\n\n"
    "To gather the reports of States;\n\n(i)\n\n"
    "To seek more facts from the parties;\n\n(ii)\n\n"
    "To weigh the facts gathered;\n\n(iii)\n\n"
    "(iv) To report to the Council;\n\n2. Decides to meet again.\n"
)


def test_labels_a_scan_printed_below_their_text_are_the_labels_of_the_text_above() -> None:
    # S/RES/724 (1991), OP5(b): the first item read with no label, each label with the
    # next item's text, and "(iii)" empty.
    draft = parse(_BELOW, analyze=False)
    items = draft.operative[0].children
    assert [(c.label, c.text.split()[1]) for c in items] == [
        ("(i)", "gather"),
        ("(ii)", "seek"),
        ("(iii)", "weigh"),
        ("(iv)", "report"),
    ]
    assert [w.line for w in draft.warnings if w.code == "labels-below-text"] == [9]
    assert not lost_words(_BELOW, draft)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The lead-in ends with no colon.
        ("these tasks:", "these tasks;"),
        # The label after the empty one is not the next in the list.
        ("(iv) To report", "(vi) To report"),
        # The first label alone is no list's first.
        ("(i)\n\nTo seek", "(v)\n\nTo seek"),
        # The last label has its text: labels above their text, as typed.
        ("(iii)\n\n(iv)", "(iii)\n\nTo close the file;\n\n(iv)"),
    ],
)
def test_labels_alone_stay_where_they_are_outside_that_run(old: str, new: str) -> None:
    text = _BELOW.replace(old, new)
    assert text != _BELOW
    draft = parse(text, analyze=False)
    assert not [w for w in draft.warnings if w.code == "labels-below-text"]
    assert not lost_words(text, draft)


def _counted(first: int, last: int) -> str:
    return "".join(f"{k}. Requests the parties to act, step {k};\n\n" for k in range(first, last))


@pytest.mark.parametrize(
    ("printed", "before", "number"),
    [("Z", 1, 2), ("S", 4, 5), ("1O", 9, 10), ("l0", 9, 10), ("1l", 10, 11), ("Z1", 20, 21)],
)
def test_a_scanned_number_with_a_letter_for_a_digit_is_the_one_the_count_expects(
    printed: str, before: int, number: int
) -> None:
    # S/RES/686 (1991): "Z. Demands that ..." ran into OP1.
    head = "The Security Council,\n\nRecalling its resolutions,\n\n" + _counted(1, before + 1)
    text = (
        head + f"{printed}. Demands that the parties withdraw;\n\n{number + 1}. Decides to meet.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.operative][-3:] == [f"OP{n}" for n in (before, number, number + 1)]
    assert draft.operative[-2].text.startswith("Demands that")
    assert draft.operative[-2].label == f"{printed}."  # as printed: no text is lost
    ocr = [w for w in draft.warnings if w.code == "numbering-ocr"]
    assert (
        len(ocr) == 1
        and f"“{printed}.”" in ocr[0].message
        and f"paragraph {number}" in ocr[0].message
    )
    assert ocr[0].line == text.count("\n", 0, text.index(f"{printed}. Demands")) + 1
    assert not lost_words(text, draft)


@pytest.mark.parametrize(
    "tail",
    [
        # Running text: no operative verb after the letter.
        "Z. Brzezinski and others;\n\n",
        "S. Res. 12 of the Senate;\n\n",
        # The count expects 3, not 2; 1 for "I" alone, a part's Roman numeral as likely.
        "3. Notes the report;\n\nZ. Demands that the parties withdraw;\n\n",
        # The line above ended no paragraph.
        "1 bis. Requests the parties to act on the report of\nZ. Demands that they withdraw;\n\n",
        # Lower case, or no full stop.
        "Z. demands that the parties withdraw;\n\n",
        "Z Demands that the parties withdraw;\n\n",
        "Z, Demands that the parties withdraw;\n\n",
    ],
)
def test_a_letter_for_a_digit_stays_text_where_the_count_does_not_expect_it(tail: str) -> None:
    text = "The Security Council,\n\nRecalling its resolutions,\n\n" + _counted(1, 2) + tail
    draft = parse(text, analyze=False)
    assert not [w for w in draft.warnings if w.code == "numbering-ocr"]
    assert all(c.label is None or c.label[0].isdecimal() for c in draft.operative)


def test_a_lone_i_is_not_read_as_paragraph_one() -> None:
    text = "The Security Council,\n\nRecalling its resolutions,\n\nI. Decides to act;\n\n"
    draft = parse(text + "2. Decides to meet.\n", analyze=False)
    assert not [w for w in draft.warnings if w.code == "numbering-ocr"]
    assert all(c.label != "I." for c in draft.operative)


def test_a_misread_label_where_a_list_skips_one_place_is_the_label_it_expects() -> None:
    # S/RES/82 (1950), OP4: "(a)", "(5)", "(c)" read "(5)" as a list inside item (a);
    # S/RES/814 (1993), OP4: "(ad)" between "(c)" and "(e)" stood as a label of its own.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the "
        "Commission:\n\n(a) To communicate its recommendations;\n\n(5) To observe the "
        "withdrawal;\n\n(c) To keep the Council informed.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.operative[0].children] == ["OP1(a)", "OP1(b)", "OP1(c)"]
    assert any(
        w.code == "numbering-ocr"
        and w.message == "(5) in OP1 read as b, the label expected between a and c (a misprint)"
        for w in draft.warnings
    )
    assert draft.operative[0].children[1].label == "(5)"
    assert not lost_words(text, draft)
    # What a draft wrote, not what a scan misread: a bullet, "(ii)" or "(bis)" between
    # "(a)" and "(c)" is no "(b)".
    for stray in ("-", "(ii)", "(bis)"):
        written = text.replace("(5)", stray)
        refs = [c.ref for c in parse(written, analyze=False).walk() if "(" in c.ref]
        assert "OP1(b)" not in refs, stray
    roman = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Requests:\n\n"
        "(i) a report;\n\n(u) a briefing;\n\n(iii) a letter.\n"
    )
    assert [c.ref for c in parse(roman, analyze=False).operative[0].children] == [
        "OP1(i)",
        "OP1(ii)",
        "OP1(iii)",
    ]
    # A first label may open a list inside the item: "(i)" between "(a)" and "(c)" stays
    # one (the gap is the outer list's).
    nested = text.replace("(5)", "(i)")
    assert [c.ref for c in parse(nested, analyze=False).walk() if "(" in c.ref] == [
        "OP1(a)",
        "OP1(a)(i)",
        "OP1(c)",
    ]
    # A first label of the list's own family: "(a)" between "(c)" and "(e)" (S/RES/864
    # (1993), OP22) is the "(d)" a scan misread, not a list inside item (c).
    own = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides:\n\n"
        "(a) to examine;\n\n(b) to seek;\n\n(c) to consider;\n\n(a) to report;\n\n"
        "(e) to promulgate.\n"
    )
    assert [c.ref for c in parse(own, analyze=False).operative[0].children] == [
        "OP1(a)",
        "OP1(b)",
        "OP1(c)",
        "OP1(d)",
        "OP1(e)",
    ]
    # Without the witness after it (the last item), a stray label is not guessed at.
    last = text.replace("\n\n(c) To keep the Council informed.", "")
    assert [c.ref for c in parse(last, analyze=False).walk() if "(" in c.ref] == [
        "OP1(a)",
        "OP1(a)(5)",
    ]


def test_a_quotation_a_recital_announces_is_part_of_that_recital() -> None:
    # S/RES/490 (1981): "Reaffirming the urgent appeal ..., which reads as follows:" and
    # the appeal's two paragraphs, each opening with its own quotation mark.
    text = (
        "The Security Council,\n\nReaffirming the urgent appeal made on 17 July 1981, "
        "which reads as follows:\n\n“The members of the Council express their deep "
        "concern.\n\n“They launch an urgent appeal for an immediate end to all armed "
        "attacks.”,\n\nTaking note of the report of the Secretary-General,\n\n1. Calls "
        "for an immediate cessation of all armed attacks.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert draft.preamble[0].text.endswith("armed attacks.”,")
    assert draft.preamble[1].text.startswith("Taking note")
    assert not lost_words(text, draft)
    assert [w.code for w in draft.warnings].count("quotation-joined") == 1
    # Quotations closed one by one, footnote marks after them, are all the recital's
    # ("Recalling the following paragraphs of its resolution 1325 (2000):").
    several = text.replace("deep concern.\n", "deep concern.”,2\n")
    assert [c.ref for c in parse(several, analyze=False).preamble] == ["PP1", "PP2"]
    # The quotation ends where a paragraph opens with no quotation mark.
    assert parse(several, analyze=False).preamble[1].text.startswith("Taking note")
    # A recital that opens with a quotation mark after one that ended is its own.
    apart = text.replace("as follows:", "as follows,").replace(
        "their deep concern.", "their deep concern.”,"
    )
    assert len(parse(apart, analyze=False).preamble) == 4


def test_a_closing_formula_whose_number_the_scan_lost_is_the_last_paragraph() -> None:
    # S/RES/773 (1992), printed in S_RES_778_1992.txt: "7." lost before the closing line.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Welcomes the "
        "report;\n\n2. Urges the two States concerned to cooperate fully with\nthe work of "
        "the Commission;\n\nDecides to remain seized of the matter.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert draft.operative[-1].text == "Decides to remain seized of the matter."
    assert [w.message for w in draft.warnings if w.code == "numbering-lost"] == [
        "the closing paragraph has no number: read as OP3"
    ]
    # After the highest number used, with no gap named for the number the reader gave.
    shuffled = text.replace("1. Welcomes", "3. Welcomes").replace("2. Urges", "1. Urges")
    out_of_order = parse(shuffled, analyze=False)
    assert [c.ref for c in out_of_order.operative] == ["OP3", "OP1", "OP4"]
    assert not any("found 4" in w.message for w in out_of_order.warnings)
    assert not lost_words(text, draft)
    # After a paragraph that ended the text ("."), or where more follows, the line stays
    # the paragraph's own: no number is guessed.
    ended = text.replace("Commission;", "Commission.")
    assert [c.ref for c in parse(ended, analyze=False).operative] == ["OP1", "OP2"]
    more = text + "\nAnd the Council will meet again.\n"
    assert [c.ref for c in parse(more, analyze=False).operative] == ["OP1", "OP2"]


def test_a_scanned_six_where_a_lettered_list_expects_b_is_b() -> None:
    # S/RES/56 (1948): "(6)" printed for "(b)" was read as a list inside item (a).
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that:\n\n"
        "(a) Each party is responsible for its forces;\n\n(6) Each party shall prevent "
        "violations;\n\n(c) No party may gain advantage.\n"
    )
    draft = parse(text, analyze=False)
    assert [c.ref for c in draft.operative[0].children] == ["OP1(a)", "OP1(b)", "OP1(c)"]
    assert any(w.code == "numbering-ocr" for w in draft.warnings)
    assert not lost_words(text, draft)
    # A "(6)" after "(5)" is a number.
    numbers = text.replace("(a)", "(5)").replace("(c)", "(7)")
    assert [c.label for c in parse(numbers, analyze=False).operative[0].children] == [
        "(5)",
        "(6)",
        "(7)",
    ]
