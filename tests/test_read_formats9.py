"""Reader failures found with other tools' renderings (the ninth session's trial).

Each case was first seen in a real rendering (Chromium's and LibreOffice's prints, then
``pdftotext`` with and without ``-layout``) of the real resolutions of the corpus; the
tests rebuild the shape with made-up sentences, or read the corpus at run time (never
copied here).
"""

from __future__ import annotations

from resdiff.read.text import parse_text

_RECITALS = """The Security Council,

      Recalling its previous resolutions on the situation in Eastland,

      Acting under Chapter VII of the Charter of the United Nations,
"""

# --------------------------------------------------------------------------- a label alone


def _label_alone_over_a_page(first_line: str, footer: str) -> str:
    """Paragraph 2's number alone on its line, one line of its text, the page's end (the
    browser's footer as ``pdftotext`` without ``-layout`` prints it, then a form feed),
    and the rest of its text atop the next page: Chromium's print of S/RES/2522 (2020)
    with its paragraph numbers in a column of their own."""
    return (
        _RECITALS
        + "\n1.\n\nDecides to extend the mandate of the Mission until 31 May 2031;\n"
        + f"\n2.\n\n{first_line}\n\n{footer}\x0c"
        + "UNMIE, at the request of the Government of Eastland, shall advise and assist\n"
        + "the parties on the electoral process;\n"
        + "\n3.\n\nDecides to remain seized of the matter.\n"
    )


def test_a_label_alone_whose_text_runs_over_a_page_keeps_its_first_line() -> None:
    # "2." / "Decides further that the Special Representative of the Secretary-General
    # and" / (page break) / "UNAMI, at the request ...": the ten words before the break
    # were read as a heading over paragraphs 3 to 6, and paragraph 2 lost them.
    first = "Decides further that the Special Representative of the Secretary-General and"
    footer = "file:///tmp/draft.html\n\n1/4\n"
    for page_foot in (footer, ""):
        draft = parse_text(_label_alone_over_a_page(first, page_foot))
        assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2", "OP3"]
        assert draft.headings == ()
        assert draft.operative[1].text.startswith(first + " UNMIE, at the request")


def test_a_label_alone_keeps_a_capitalised_text_after_the_page_break() -> None:
    # The text atop the next page opens with a capital ("UNAMI, at the request ..."):
    # still the paragraph's, which had not ended.
    text = (
        _RECITALS
        + "\n1.\n\nDecides further that the Special Representative and\n\n\x0c"
        + "UNAMI, at the request of the Government, shall advise the parties;\n"
        + "\n2.\n\nDecides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert draft.headings == ()
    assert draft.operative[0].text == (
        "Decides further that the Special Representative and UNAMI, at the request of the "
        "Government, shall advise the parties;"
    )


def test_a_heading_after_a_label_alone_paragraph_that_ended_stays_a_heading() -> None:
    # Guard: a paragraph whose number stood alone and that ended is followed by a
    # heading, on the next page too.
    text = (
        _RECITALS
        + "\n1.\n\nDecides to extend the mandate of the Mission until 31 May 2031;\n\n\x0c"
        + "Reports by the Secretary-General\n"
        + "\n2.\n\nRequests the Secretary-General to report every 90 days;\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert [(h.text, h.before) for h in draft.headings] == [
        ("Reports by the Secretary-General", "OP2")
    ]


# --------------------------------------------------------------------------- no full stops


def test_paragraphs_numbered_without_full_stops_are_numbered_paragraphs() -> None:
    # Word's numbering "%1" (no full stop), copied or printed by LibreOffice: "1<tab>Decides
    # ...". S/RES/2558 (2020) so printed read no operative paragraph at all (its six
    # joined into the recitals and notes); the count, once begun with a verb, goes on at
    # a capital ("Recalls", which the verb list does not hold).
    text = (
        _RECITALS
        + "\n1\tDecides to extend the mandate of the Mission until 31 May 2031;\n"
        + "\n2\tRecalls its resolution 2483 (2019) and its call upon the parties to\n"
        + "cooperate fully with the Mission;\n"
        + "\n3  Requests the Secretary-General to report every 90 days;\n"
        + "\n4 Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2", "OP3", "OP4"]
    assert [c.label for c in draft.operative] == ["1", "2", "3", "4"]
    assert draft.operative[1].text.startswith("Recalls its resolution")
    assert draft.operative[1].text.endswith("with the Mission;")


def test_a_number_opening_a_line_of_running_text_is_no_paragraph_number() -> None:
    # Guards: "15 members", "2 000 troops" and a year opening a wrapped line, a paragraph
    # numbered with full stops around them.
    text = (
        _RECITALS
        + "\n1. Decides to authorize the Mission to deploy up to\n"
        + "2 000 troops, and that the Council's\n"
        + "15 members shall review the deployment by\n"
        + "2031 Members of the Mission included;\n"
        + "\n2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert "up to 2 000 troops" in draft.operative[0].text
    # Numbered without stops, the count going on: a wrapped line is no paragraph either.
    bare = text.replace("\n1. Decides", "\n1 Decides").replace("\n2. Decides", "\n2 Decides")
    draft = parse_text(bare)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "OP1", "OP2"]
    assert "up to 2 000 troops" in draft.operative[0].text
