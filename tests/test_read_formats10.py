"""Reader failures left from the ninth session (the tenth session's fixes).

Each case was first seen in the scanned texts of 1946–1994 of the corpus; the tests
rebuild the shape with made-up sentences in the volumes' wording (never copied here).
"""

from __future__ import annotations

from resdiff.read.text import parse_text

# --------------------------------------------------------------------- two calls in a row


def _texts(draft: object) -> list[str]:
    """The text of each clause of ``draft``, in order."""
    return [c.text for c in draft.walk()]  # type: ignore[attr-defined]


def _calls(draft: object) -> list[str]:
    """The numbers kept as furniture."""
    return [r.text for r in draft.furniture]  # type: ignore[attr-defined]


def test_two_calls_in_a_row_after_a_name_are_both_taken() -> None:
    # "the Governments of Rwanda 3 and Uganda 4 11 for the deployment": the pair was
    # left in the text, where single calls around it were taken.
    text = (
        "The Security Council,\n\n"
        "Taking note of the report of the Secretary-General of 3 March 1993, 10\n\n"
        "Also taking note of the requests of the Governments of Eastland 3 and\n"
        "Westland 4 11 for the deployment of observers along their common border,\n\n"
        "1. Decides to establish an observer mission for six months.\n"
    )
    draft = parse_text(text)
    assert draft.preamble[1].text == (
        "Also taking note of the requests of the Governments of Eastland and Westland "
        "for the deployment of observers along their common border,"
    )
    assert sorted(_calls(draft), key=int) == ["3", "4", "10", "11"]


def test_two_calls_between_the_commas_of_a_list_are_taken_with_their_comma() -> None:
    # "by France, 162 165, the United Kingdom ..., 162 and the United States of
    # America, 162 163": the list's comma after the pair goes with it.
    text = (
        "The Security Council,\n\n"
        "Recalling its resolution 700 (1992) of 21 January 1992,\n\n"
        "1. Decides that the Government must comply with the requests addressed to it by\n"
        "Eastland, 162 165, the Republic of Westland, 162 and the Kingdom of Northland, 162 163\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text == (
        "Decides that the Government must comply with the requests addressed to it by "
        "Eastland, the Republic of Westland, and the Kingdom of Northland,"
    )
    assert sorted(_calls(draft), key=int) == ["162", "162", "162", "163", "165"]


def test_a_call_before_a_dates_day_is_no_pair() -> None:
    # "on 22 November, 21 24 November 22 and 3 December": 21 is a call, 24 the day.
    text = (
        "The Security Council,\n\n"
        "Noting the appeals addressed to the Governments on 22 November, 21 24 November 22\n"
        "and 3 December 1967, 23\n\n"
        "1. Calls upon the parties to show the utmost moderation.\n"
    )
    draft = parse_text(text)
    assert draft.preamble[0].text == (
        "Noting the appeals addressed to the Governments on 22 November, 24 November and "
        "3 December 1967,"
    )


def test_figures_in_a_row_are_no_calls() -> None:
    # "Battalion 1 500 and" or "of 12 000 and" are figures however near the calls: the
    # second number of a pair rises over the first by at most NEAR.
    text = (
        "The Security Council,\n\n"
        "Taking note of the report of the Secretary-General of 3 March 1993, 12\n\n"
        "1. Decides to increase the strength of the Force by 2 500 and to deploy\n"
        "Battalion 12 14 and its support units by the end of the month.\n"
    )
    draft = parse_text(text)
    assert "by 2 500 and to deploy Battalion 12 14 and" in draft.operative[0].text


# ------------------------------------------------------------ calls of the text's own notes


def test_calls_of_the_notes_the_text_prints_are_taken_without_other_calls() -> None:
    # A text whose notes are printed below it ("14 Official Records ...") and whose
    # paragraphs end without a call: the numbers of its notes, where a call may stand,
    # are calls ("the Atomic Energy Commission 14 and", "on 16 February 1946 15 in").
    text = (
        "The Security Council,\n\n"
        "Having considered the question of the regulation of armaments,\n\n"
        "1. To consider the report submitted by the Preparatory Commission 14 and to take\n"
        "suitable decisions;\n\n"
        "2. To request the Committee to submit the recommendations asked for by the\n"
        "Council on 16 February 1946 15 in pursuance of Article 43 of the Charter, and\n"
        "15 members to report by 30 April 1947.\n\n"
        "Adopted at the 105th meeting by 10 votes to none.\n\n"
        "14 Official Records of the Preparatory Commission, First Year.\n\n"
        "15 Decision taken by the Council at its 23rd meeting.\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text.startswith("To consider the report submitted by the ")
    assert "Preparatory Commission and to take" in draft.operative[0].text
    assert "on 16 February 1946 in pursuance" in draft.operative[1].text
    # A note's number that opens a line or counts is text.
    assert "and 15 members" in draft.operative[1].text
    assert sorted(_calls(draft)) == ["14", "15"]


def test_a_number_after_a_date_without_notes_or_other_calls_stays() -> None:
    # No call at a paragraph's end and no notes printed: "19 August 1988 50 of the
    # missions" reads as "by 19 August 1988 50 of the observers" does, and stays.
    text = (
        "The Security Council,\n\n"
        "Having considered the reports of 2 and 19 August 1988 50 of the missions,\n\n"
        "1. Notes that by 31 March 1989 50 of the observers had been deployed.\n"
    )
    draft = parse_text(text)
    assert "1988 50 of the missions" in draft.preamble[0].text
    assert "1989 50 of the observers" in draft.operative[0].text
    assert _calls(draft) == []


# ------------------------------------------- headings above paragraphs numbered without stops

_RECITALS = (
    "The Security Council,\n\nRecalling its previous resolutions on the situation in Eastland,\n\n"
)


def _read(text: str) -> tuple[list[str], list[str | None], list[tuple[str, str | None]]]:
    """The refs, the labels and the headings (with the clause each stands before)."""
    draft = parse_text(text)
    return (
        [c.ref for c in draft.walk()],
        [c.label for c in draft.walk()],
        [(h.text, h.before) for h in draft.headings],
    )


def test_a_heading_set_off_below_only_above_a_number_without_its_stop() -> None:
    # "... 2031;" / "Political process" / "" / "2<tab>Urges ...": the heading was read
    # as the end of paragraph 1.
    text = _RECITALS + (
        "1\tDecides to extend the mandate of the Mission until 31 May 2031;\n"
        "Political process\n\n"
        "2\tUrges the parties to resume talks without delay;\n\n"
        "3\tRequests the Secretary-General to report every 90 days;\n"
    )
    refs, labels, headings = _read(text)
    assert refs == ["PP1", "OP1", "OP2", "OP3"]
    assert labels == [None, "1", "2", "3"]
    assert headings == [("Political process", "OP2")]


def test_headings_without_blank_lines_above_numbers_without_their_stops() -> None:
    # A copy that lost every blank line: "Political process" / "1<tab>Decides ..." /
    # "Human rights" / "2<tab>Urges ...": the headings and paragraphs ran together, and
    # paragraph 1 was read as a recital.
    text = _RECITALS + (
        "Political process\n"
        "1\tDecides to extend the mandate of the Mission until 31 May 2031;\n"
        "Human rights\n"
        "2\tUrges the parties to resume talks without delay;\n"
        "3\tRequests the Secretary-General to report every 90 days;\n"
    )
    refs, labels, headings = _read(text)
    assert refs == ["PP1", "OP1", "OP2", "OP3"]
    assert labels == [None, "1", "2", "3"]
    assert headings == [("Political process", "OP1"), ("Human rights", "OP2")]


def test_a_short_line_above_a_figure_opening_a_line_stays_in_its_paragraph() -> None:
    # "... the Force" / "Requests further" / "2 000 troops ...": no verb after the
    # number, which is no paragraph's; the short line is no heading.
    text = _RECITALS + (
        "1\tDecides to increase the Force by\n"
        "Additional contingents of\n"
        "2 000 troops and to deploy them without delay;\n"
        "2\tRequests the Secretary-General to report every 90 days;\n"
    )
    refs, _labels, headings = _read(text)
    assert refs == ["PP1", "OP1", "OP2"]
    assert headings == []


# ------------------------------------------------- a number alone without its full stop


def test_numbers_alone_without_stops_are_labels_where_their_text_follows() -> None:
    # ``pdftotext`` without ``-layout`` of a Word draft numbered "%1": each number alone
    # on its line, its text on the next ("1" / "Decides ..."), a heading above one,
    # a blank line on one side of some (which made them read as pages' numbers).
    text = _RECITALS + (
        "Political process\n"
        "1\n"
        "Decides to extend the mandate of the Mission until 31 May 2031;\n"
        "2\n\n"
        "Urges the parties to resume talks without delay;\n\n"
        "3\n"
        "Continues to urge all States to cooperate with the Mission;\n"
        "Human rights\n"
        "4\n"
        "Requests the Secretary-General to report every 90 days;\n"
    )
    refs, labels, headings = _read(text)
    assert refs == ["PP1", "OP1", "OP2", "OP3", "OP4"]
    assert labels == [None, "1", "2", "3", "4"]
    assert headings == [("Political process", "OP1"), ("Human rights", "OP4")]


def test_a_number_alone_between_blank_lines_is_a_label_only_counting_on() -> None:
    # Between blank lines a number is a page's as much as a paragraph's: "2" after "1"
    # kept, before an operative verb, is paragraph 2; the "1" that opens the count
    # between blank lines stays a page's number (the paragraphs are read unnumbered).
    text = _RECITALS + (
        "1\n"
        "Decides to extend the mandate of the Mission until 31 May 2031;\n\n"
        "2\n\n"
        "Urges the parties to resume talks without delay;\n"
    )
    refs, labels, _ = _read(text)
    assert refs == ["PP1", "OP1", "OP2"]
    assert labels == [None, "1", "2"]
    alone = _RECITALS + (
        "1\n\nDecides to extend the mandate of the Mission until 31 May 2031;\n\n"
        "2\n\nUrges the parties to resume talks without delay;\n"
    )
    draft = parse_text(alone)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert [r.kind for r in draft.furniture] == ["page-number", "page-number"]


def test_a_page_number_alone_is_not_taken_for_a_label() -> None:
    # A page's number between blank lines, the paragraph going on below it; and a
    # list numbered without full stops, one item a line, under a colon: no labels.
    text = _RECITALS + (
        "1. Decides to extend the mandate of the Mission until 31 May 2031 and\n\n"
        "2\n\n"
        "Requests the Secretary-General to report on the following:\n"
        "1\n\n"
        "Decides to remain seized of the matter.\n"
    )
    draft = parse_text(text)
    assert [c.label for c in draft.operative] == ["1."]
    assert draft.operative[0].text == (
        "Decides to extend the mandate of the Mission until 31 May 2031 and Requests the "
        "Secretary-General to report on the following:"
    )
    assert [(r.text, r.kind) for r in draft.furniture] == [
        ("2", "page-number"),
        ("1", "page-number"),
    ]


# ---------------------------------------------------------------------- line-end hyphens


def test_line_end_hyphens_keep_a_compounds_hyphen_and_close_a_prefix() -> None:
    # The scanned texts' 89 line-end hyphens all read as the corpus writes the words
    # away from line ends: "self-" / "determination" keeps its hyphen (read/hyphens.toml
    # lists "self" among the first parts kept), "sub-" / "national" closes up, and a
    # word cut by the typesetter ("Commit-" / "tee") is joined.
    text = _RECITALS + (
        "1. Reaffirms the inalienable right of the people of Eastland to self-\n"
        "determination and calls for the support of subregional and sub-\n"
        "national bodies and of the Commit-\n"
        "tee established by resolution 2000 (2031), so-\n"
        "called observers excepted;\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text == (
        "Reaffirms the inalienable right of the people of Eastland to self-determination "
        "and calls for the support of subregional and subnational bodies and of the "
        "Committee established by resolution 2000 (2031), so-called observers excepted;"
    )


# ------------------------------------------- the printed notes' numbers, held as calls are


def _noted(body: str, *notes: str) -> object:
    """A draft of ``body`` with ``notes`` printed after its paragraphs."""
    return parse_text(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        + body
        + "\n\n__________________\n\n"
        + "\n\n".join(notes)
        + "\n"
    )


def test_a_printed_notes_number_in_a_names_part_before_of_is_text() -> None:
    # A modern text with notes "1 S/2021/123." and "2 S/2021/456." below it: "Round 2 of
    # the talks" is the name of a part, not the call of note 2 (its call is glued,
    # "report;1", and not taken).
    draft = _noted(
        "1. Welcomes the conclusion of Round 2 of the talks in Geneva;\n\n"
        "2. Requests the Secretary-General to report within 90 days;1\n\n"
        "3. Decides to remain seized of the matter.",
        "1 S/2021/123.",
        "2 S/2021/456.",
    )
    assert draft.operative[0].text == "Welcomes the conclusion of Round 2 of the talks in Geneva;"  # type: ignore[attr-defined]
    for name in ("Track", "Cluster", "Scenario", "Module", "Tier", "Line", "Mine"):
        draft = _noted(
            f"1. Welcomes the conclusion of {name} 2 of the talks and the plan;\n\n"
            "2. Decides to remain seized of the matter.",
            "2 Official Records of the Security Council.",
        )
        assert draft.operative[0].text == (  # type: ignore[attr-defined]
            f"Welcomes the conclusion of {name} 2 of the talks and the plan;"
        )
        assert "2" not in _calls(draft)


def test_printed_notes_name_calls_only_in_their_order_each_once() -> None:
    # Notes 12 and 14 printed, the text reading 14 before 12: neither is a call. In
    # their order they are ("the detainees 12 in the south and the hostages 14 in").
    body = (
        "1. Welcomes the return of the detainees 14 in the south and the release of the\n"
        "hostages 12 in the north;\n\n"
        "2. Decides to remain seized of the matter."
    )
    notes = ("12 Official Records of the Security Council.", "14 Ibid., Supplement.")
    draft = _noted(body, *notes)
    assert draft.operative[0].text == (  # type: ignore[attr-defined]
        "Welcomes the return of the detainees 14 in the south and the release of the "
        "hostages 12 in the north;"
    )
    assert _calls(draft) == ["__________________"]
    draft = _noted(body.replace("14", "X").replace("12", "14").replace("X", "12"), *notes)
    assert draft.operative[0].text == (  # type: ignore[attr-defined]
        "Welcomes the return of the detainees in the south and the release of the "
        "hostages in the north;"
    )
    # A figure after a word a number follows as text: "numbering 12 and".
    draft = _noted(
        "1. Welcomes the release of the hostages, numbering 12 and the return of the\n"
        "detainees;\n\n2. Decides to remain seized of the matter.",
        *notes,
    )
    assert "numbering 12 and" in draft.operative[0].text  # type: ignore[attr-defined]


def test_two_figures_after_a_name_called_at_paragraph_ends_are_no_pair() -> None:
    # Calls 12 to 15 at the paragraphs' ends: "Canada 12 14 and Ireland" is no pair
    # of calls (14 closes paragraph 2); "by France, 162 165, the" in a list of names,
    # each with its calls, stays one.
    text = (
        "The Security Council,\n\n"
        "Recalling its resolutions 1267 (1999) and 1390 (2002), 12\n\n"
        "Noting the report of the Secretary-General of 3 March 1993, 13\n\n"
        "1. Decides that the Force shall comprise Canada 12 14 and Ireland 600\n"
        "personnel; 14\n\n"
        "2. Decides to remain seized of the matter. 15\n"
    )
    draft = parse_text(text)
    assert draft.operative[0].text == (
        "Decides that the Force shall comprise Canada 12 14 and Ireland 600 personnel;"
    )
    assert _calls(draft) == ["12", "13", "14", "15"]


def test_a_number_alone_under_a_line_running_on_is_no_label_before_a_capital() -> None:
    # "... the ceiling of the Force to" / "" / "2" / "Battalions and": the paragraph
    # above has not ended, and a capital below is no proof of a label (a verb is).
    text = _RECITALS + (
        "1\n"
        "Decides to raise the ceiling of the Force to\n\n"
        "2\n"
        "Battalions and two companies;\n"
        "3\n"
        "Requests the Secretary-General to report;\n"
    )
    draft = parse_text(text)
    assert [c.label for c in draft.operative] == ["1", "3"]
    assert draft.operative[0].text == (
        "Decides to raise the ceiling of the Force to Battalions and two companies;"
    )
    assert [(r.text, r.kind) for r in draft.furniture] == [("2", "page-number")]
