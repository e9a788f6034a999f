"""The plain-text reader's operative verbs (``read.text.shapes._OP_OPENER``) and the
lexicon's (``lexicon/verbs.toml``) are one list: a paragraph the analysis reads as
operative ("Recalls", "Recognizes", "Regrets", "Confirms") is one the reader can open
where it has only the verb to go by: a number printed without its full stop, a number a
scan misread, a heading above it with no blank line, the one operative paragraph right
after the last recital. Made-up texts; RESULTS §2dw measured the change on the 451 scanned
texts and the AKN texts written out as plain text."""

from __future__ import annotations

import pytest

from resdiff import parse
from resdiff.lexicon import Lexicon
from resdiff.read.text.shapes import _OP_OPENER, _opens_with_verb


def _lexicon_forms() -> list[str]:
    forms = {form for entry in Lexicon.default()._verbs.values() for form in entry.surface_forms}
    return sorted(form[:1].upper() + form[1:] for form in forms)


def test_every_operative_lead_of_the_lexicon_opens_a_paragraph_for_the_reader() -> None:
    # The reader cannot import the lexicon (it comes first in the pipeline), so this keeps
    # the two lists in step: a verb added to verbs.toml needs its word in _OP_OPENER.
    missing = [form for form in _lexicon_forms() if not _opens_with_verb(form + " the")]
    assert missing == [], (
        f"operative leads of lexicon/verbs.toml the plain-text reader cannot open a "
        f"paragraph with: {missing}; add their first words to read/text/shapes.py "
        f"_OP_OPENER (with the words after it where the first word is a noun too)"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Records of the General Assembly, Forty-sixth Session",
        "Issues of concern to the Council",
        "Remains of the dead",
        "Stands of small arms",
        "Recalling its resolution 1844 (2008),",
        "Recognizing the role of the Mission,",
        "Hopes and Aspirations, held in Amman,",
        "Trusts and private donors to the Fund,",
        "Highlights of the Peacebuilding Fund for 2020,",
        "Desires or fears of the parties,",
    ],
)
def test_a_noun_or_a_recital_is_no_operative_verb(line: str) -> None:
    # The lexicon's verbs that are nouns too are held with the words it gives them
    # ("Records its gratitude", "Issues a solemn warning", "Remains seized").
    assert _OP_OPENER.match(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Records its gratitude to the Representative",
        "Issues a solemn warning to the parties",
        "Remains deeply concerned at the situation",
        "Stands ready to review the measures",
        "Re-emphasizes the terms of reference",
        "Recognises the role of the Mission",
        "Hopes that the parties will agree",
        "Regrets the loss of life",
        "Trusts, in this regard, that the parties will agree",
        "Rejects and condemns the attacks",
    ],
)
def test_the_lexicons_leads_open_a_paragraph(line: str) -> None:
    assert _OP_OPENER.match(line) is not None


NUMBERS_WITHOUT_FULL_STOPS = """\
The Security Council,

Recalling its previous resolutions,

1\tRecognizes the efforts of the Government;

2\tRegrets the loss of life;

3\tDecides to remain seized of the matter.
"""


def test_a_list_numbered_without_full_stops_opening_with_recognizes() -> None:
    # "1<tab>Recognizes": before the count has begun, only a verb tells the number from a
    # figure; without "Recognizes" in the list the three paragraphs were one.
    draft = parse(NUMBERS_WITHOUT_FULL_STOPS, format="text")
    assert [c.label for c in draft.operative] == ["1", "2", "3"]
    assert draft.operative[1].text == "Regrets the loss of life;"


MISREAD_NUMBER = """\
The Security Council,

Recalling its resolution 660 (1990),

1. Demands that Iraq withdraw;

Z. Recalls its demand that Iraq withdraw;

3. Decides to remain seized of the matter.
"""


def test_a_number_a_scan_misread_before_recalls_opens_its_paragraph() -> None:
    draft = parse(MISREAD_NUMBER, format="text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert draft.operative[0].text == "Demands that Iraq withdraw;"
    assert draft.operative[1].text.startswith("Recalls its demand")


ONE_OPERATIVE_PARAGRAPH = """\
The Security Council,
Having examined the application of the Republic of X for admission,
Recognizes that the Republic of X is a peace-loving State.
"""


def test_the_one_operative_paragraph_after_the_last_recital_with_recognizes() -> None:
    draft = parse(ONE_OPERATIVE_PARAGRAPH, format="text")
    assert [c.text[:9] for c in draft.preamble] == ["Having ex"]
    assert [c.text[:10] for c in draft.operative] == ["Recognizes"]


HEADING_AFTER_AN_ITEM = """\
The Security Council,
Recalling its previous resolutions,
1. Decides that the measures shall not apply to:
(a) Supplies of protective clothing temporarily exported by United Nations personnel;
(b) Entry into ports for temporary visits of vessels for defensive purposes.
Targeted sanctions
2. Recalls its decisions in its resolution 1844 (2008) which imposed targeted sanctions;
3. Decides to remain seized of the matter.
"""


def test_a_heading_under_an_item_and_above_recalls_with_no_blank_lines() -> None:
    # Text copied without its blank lines: the heading and "2. Recalls ..." ran into
    # item (b) above.
    draft = parse(HEADING_AFTER_AN_ITEM, format="text")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3"]
    assert draft.operative[0].children[-1].text.endswith("defensive purposes.")
    assert [h.text for h in draft.headings] == ["Targeted sanctions"]


RECITAL_IN_OPERATIVE_FORM = """\
The Security Council,
Taking note of the Secretary-General's plan for the Force to return to its positions,
Recalls that the Force's deployment is a step toward a just and durable peace,
Recalling resolution 2378 (2017),
1. Decides to extend the mandate of the Force.
"""


def test_a_recital_in_an_operative_verb_is_a_paragraph_of_its_own() -> None:
    # A drafter's "Recalls that ..." among the recitals (UNDOF's renewals, 2020-2022),
    # copied without blank lines: its own recital, not the end of the one above.
    draft = parse(RECITAL_IN_OPERATIVE_FORM, format="text")
    assert [c.text[:8] for c in draft.preamble] == ["Taking n", "Recalls ", "Recallin"]
    assert [c.ref for c in draft.operative] == ["OP1"]


# Review (twenty-eighth session): a word the lexicon reads as an operative verb that is a
# plural noun too ("Hopes", "Trusts", "Highlights"), at the head of a recital's wrapped
# line, in text copied without blank lines: the wrapped line is no paragraph of its own.
NOUNS_AT_THE_HEAD_OF_A_WRAPPED_LINE = """\
The Security Council,
Recalling its resolution 2250 (2015) and the Global Forum on Youth, Fears,
Hopes and Aspirations, held in Amman on 21 and 22 August 2015,
Welcoming the contributions of Member States, Foundations,
Trusts and private donors to the Peacebuilding Fund,
Noting the report of the Secretary-General,
1. Decides to remain seized of the matter.
"""


def test_a_noun_at_the_head_of_a_recitals_wrapped_line_opens_no_paragraph() -> None:
    draft = parse(NOUNS_AT_THE_HEAD_OF_A_WRAPPED_LINE, format="text")
    assert [c.text[:9] for c in draft.preamble] == ["Recalling", "Welcoming", "Noting th"]
    assert draft.preamble[0].text.endswith(
        "Fears, Hopes and Aspirations, held in Amman on 21 and 22 August 2015,"
    )
    assert [c.ref for c in draft.operative] == ["OP1"]


A_PAGE_BROKEN_AFTER_AN_ARTICLE = """\
The Security Council,

Welcoming the publication by the Peacebuilding Support Office of the

Highlights of the Peacebuilding Fund for 2020,

1. Decides to remain seized of the matter.
"""


def test_a_noun_after_a_line_ending_with_an_article_goes_on_its_sentence() -> None:
    # The blank line is the copy's (a page broke "... of the" / "Highlights of ...").
    draft = parse(A_PAGE_BROKEN_AFTER_AN_ARTICLE, format="text")
    assert [c.text for c in draft.preamble] == [
        "Welcoming the publication by the Peacebuilding Support Office of the "
        "Highlights of the Peacebuilding Fund for 2020,"
    ]
