"""Measures applied by reference to the paragraph that imposed them ("shall be subject to
the measures imposed by paragraph 7 of resolution 900 (2031)"): read as the measure they
apply, added stronger, lifted softer, of the kind the cited paragraph has where the text
says it, else "the measures cited". Made-up texts only."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.analyze import analyze
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

LEX = Lexicon.default()

BASE = [
    "Decides to renew until 1 March 2032 the measures imposed by paragraph 7 of "
    "resolution 900 (2031);",
    "Requests the Panel of Experts to report to the Council by 1 January 2032;",
]
SUBJECT = (
    "Decides that the group named in the annex to this resolution shall be subject to "
    "the measures imposed by paragraph 7 of resolution 900 (2031);"
)
NO_LONGER = (
    "Decides that the group named in the annex to this resolution shall no longer be "
    "subject to the measures imposed by paragraph 7 of resolution 900 (2031);"
)


def _text(symbol: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"Resolution {symbol} (2032)\nof 1 March 2032\n\nThe Security Council,\n\n"
        "Recalling its previous resolutions on the situation in the territory,\n\n"
        f"Acting under Chapter VII of the Charter of the United Nations,\n\n{ops}\n"
    )


def _compare(old: list[str], new: list[str]) -> Comparison:
    return resdiff.compare(_text("950", old), _text("960", new))


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(h.measure, h.mode) for h in LEX.measures_in(text)]


def test_a_party_made_subject_to_the_measures_is_a_measure_imposed() -> None:
    assert _kinds(SUBJECT) == [("by_reference", "mandatory")]
    assert _kinds(
        "Decides that the measures imposed by paragraph 3 of resolution 900 (2031) shall "
        "also apply to the vessels named in the annex;"
    ) == [("by_reference", "mandatory")]
    assert _kinds(
        "Decides that the provisions of paragraph 3 shall apply mutatis mutandis to the "
        "aircraft named in the annex;"
    ) == [("by_reference", "mandatory")]


def test_what_is_not_a_measure_applied() -> None:
    # An exemption carves out of the measure.
    assert (
        _kinds(
            "Decides that the measures imposed by paragraph 3 shall not apply to the payment "
            "of fees for legal services;"
        )
        == []
    )
    # The designation criteria, restated each renewal, widen or narrow who may be listed.
    assert (
        _kinds(
            "Decides that the measures imposed by paragraph 3 shall apply to individuals and "
            "entities as designated by the Committee for acts that threaten the peace;"
        )
        == []
    )
    # A recall names the measure in force: mentioned, with no mode, not imposed.
    assert _kinds(
        "Recalls that the group named in the annex is subject to the measures imposed by "
        "paragraph 7 of resolution 900 (2031);"
    ) == [("by_reference", None)]


def test_a_named_kind_takes_the_place_of_the_stand_in() -> None:
    assert _kinds(
        "Decides that the travel ban imposed by paragraph 4 of resolution 900 (2031) shall "
        "also apply to the persons named in the annex;"
    ) == [("travel_ban", "mandatory")]


def test_a_measure_applied_to_a_new_party_is_the_headline() -> None:
    cmp = _compare(BASE, [*BASE, SUBJECT])
    added = [s for c in cmp.changes for p in c.walk() for s in p.shifts if s.feature == "measure"]
    assert [(s.direction, s.new) for s in added] == [("stronger", "the measures cited (mandatory)")]
    assert "sanctions measure added: the measures cited (mandatory)" in cmp.key_changes[0].headline
    # The old text renews the measures of the same paragraph: applied to a new party, they
    # are no measures the text did not hold (as for a named measure), ...
    assert [m.label for m in cmp.summary.measures_added] == []
    assert cmp.summary.direction == "stronger"
    # ... where the measures of another paragraph are measures added.
    other = [BASE[0].replace("paragraph 7", "paragraph 8"), BASE[1]]
    cmp = _compare(other, [*other, SUBJECT])
    assert [(m.label, m.ref) for m in cmp.summary.measures_added] == [("the measures cited", "OP3")]
    assert [m.label for m in _compare([*other, SUBJECT], other).summary.measures_dropped] == [
        "the measures cited"
    ]


def test_a_party_no_longer_subject_is_a_measure_lifted() -> None:
    cmp = _compare([*BASE, SUBJECT], [*BASE, NO_LONGER])
    shifts = [s for c in cmp.changes for p in c.walk() for s in p.shifts if s.feature == "measure"]
    assert shifts and all(s.direction == "softer" for s in shifts)
    assert cmp.summary.direction == "softer"


def test_the_kind_comes_from_the_draft_s_own_paragraph_cited() -> None:
    ops = [
        "Decides that all States shall freeze without delay all funds, other financial "
        "assets and economic resources owned or controlled by the individuals designated "
        "by the Committee;",
        "Decides that the person named in the annex shall be subject to the measures "
        "imposed by paragraph 1 above;",
    ]
    draft = analyze(resdiff.parse(_text("960", ops)))
    assert [m.kind for m in draft.clause("OP2").measures] == ["asset_freeze"]


def test_the_kind_comes_from_a_name_beside_the_same_paragraph() -> None:
    ops = [
        "Calls upon Member States to ensure implementation of the arms embargo imposed by "
        "paragraph 7 of resolution 900 (2031);",
        SUBJECT,
    ]
    draft = analyze(resdiff.parse(_text("960", ops)))
    assert [(m.kind, m.label) for m in draft.clause("OP2").measures] == [
        ("arms_embargo", "arms embargo")
    ]
    # Another paragraph of the same resolution names nothing: the stand-in stays.
    other = analyze(resdiff.parse(_text("960", [ops[0].replace("7", "8"), SUBJECT])))
    assert [m.label for m in other.clause("OP2").measures] == ["the measures cited"]


def test_a_citation_is_read_with_its_paragraphs() -> None:
    found = LEX.citations_in("the measures imposed by paragraphs 3, 6 and 11 above;")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["11", "3", "6"], None)]
    found = LEX.citations_in("paragraphs 9 and 16 of resolution 900 (2031)")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["16", "9"], "900")]
    assert LEX.citations_in("paragraph 3 of the annex") == []


def test_a_party_not_subject_to_the_measures_is_no_measure_imposed() -> None:
    # "shall not be subject to" exempts, as "shall not apply to" does.
    assert (
        _kinds(
            "Decides that humanitarian agencies shall not be subject to the measures imposed "
            "by paragraph 7 of resolution 900 (2031);"
        )
        == []
    )
    cmp = _compare(
        BASE,
        [
            *BASE,
            "Decides that humanitarian agencies shall not be subject to the measures "
            "imposed by paragraph 7 of resolution 900 (2031);",
        ],
    )
    assert [m.label for m in cmp.summary.measures_added] == []


def test_the_nouns_in_another_sense_apply_no_measure() -> None:
    # Measures, requirements, provisions that cite no paragraph or resolution of the
    # Council's are not the measures of a sanctions regime applied by reference.
    for text in (
        "Decides that the interim measures agreed by the parties shall apply to the whole "
        "of the buffer zone;",
        "Demands that the requirements of international humanitarian law shall apply to "
        "all parties to the conflict;",
        "Decides that the confidence-building measures set out in the Protocol shall also "
        "apply to the northern districts;",
        "Decides that the provisions of paragraph 3 of the Agreement shall apply mutatis "
        "mutandis to the new contingents;",
        "Decides that the prohibitions on recruitment of children shall apply to all armed groups;",
    ):
        assert _kinds(text) == [], text
    cmp = _compare(
        BASE,
        [
            *BASE,
            "Decides that the interim measures agreed by the parties shall apply to the "
            "whole of the buffer zone;",
        ],
    )
    assert [m.label for m in cmp.summary.measures_added] == []


def test_a_paragraph_after_a_resolution_s_symbol_is_not_the_draft_s_own() -> None:
    # "resolution 900 (2031), paragraph 1" cites resolution 900's paragraph 1, not the
    # draft's own: the asset freeze of the draft's OP1 is not its kind.
    freeze = (
        "Decides that all States shall freeze without delay all funds, other financial "
        "assets and economic resources owned or controlled by the persons in annex I;"
    )
    ops = [
        freeze,
        "Decides that the group named in annex II shall be subject to the measures imposed "
        "by resolution 900 (2031), paragraph 1;",
    ]
    draft = analyze(resdiff.parse(_text("960", ops)))
    assert [m.kind for m in draft.clause("OP2").measures] == ["by_reference"]
    assert LEX.citations_in("imposed by resolution 900 (2031), paragraph 1;") == []
    found = LEX.citations_in("paragraph 7 of Security Council resolution 900 (2031)")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["7"], "900")]


def test_a_bad_citation_entry_in_a_lexicon_is_a_lexicon_error() -> None:
    # A user's lexicon: an invalid pattern, a citation pattern without the groups the
    # reading takes the numbers from, an empty name (it would match before every
    # citation) are refused on load, as a bad pattern is, not raised later as a re.error
    # or an IndexError.
    for entry in (
        r"generic = true" + "\n" + r"cites = '(paragraph'",
        r"generic = true" + "\n" + r"cites = 'paragraph \d+'",
        r"generic = true" + "\n" + r"named_by = '(imposed'",
        r"names = ['']",
        r"ranges = ['']",
        r"apposition = ['']",
    ):
        toml = f"[measures.x]\nlabel = 'x'\n{entry}\n" + r"patterns = ['\bfoo\b']" + "\n"
        with pytest.raises(LexiconError):
            Lexicon.from_toml(toml).citations_in("paragraph 3 above")


def test_subject_to_measures_that_cite_nothing_of_the_council_s_is_no_measure() -> None:
    # "subject to the sanctions" of a national law, not a sanctions regime's measures.
    for text in (
        "Calls upon States to ensure that persons who violate the embargo are subject to "
        "the sanctions provided by their national law;",
        "Decides that vessels that refuse inspection shall be subject to the measures of "
        "the flag State;",
    ):
        assert _kinds(text) == [], text
    assert _kinds(
        "Decides that the vessels named in the annex shall be subject to the provisions of "
        "paragraph 3 above;"
    ) == [("by_reference", "mandatory")]


def test_a_named_measure_cited_as_the_measures_cited_imposes_nothing_new() -> None:
    # The arms embargo of a paragraph renamed "the measures" of its citation: the stand-in
    # that comes in its place is no measure imposed (the named one gone stays named).
    named = (
        "Decides that the group named in the annex to this resolution shall be subject to "
        "the arms embargo imposed by paragraph 7 of resolution 900 (2031);"
    )
    old = resdiff.parse(_text("3001", [*BASE, named]))
    new = resdiff.parse(_text("3002", [*BASE, SUBJECT]))
    change = next(c for c in resdiff.compare(old, new).changes if c.kind != "unchanged")
    measures = [(s.direction, s.old, s.new) for s in change.shifts if s.feature == "measure"]
    assert ("stronger", None, "the measures cited (mandatory)") not in measures
    assert change.kind != "mixed"
    back = next(c for c in resdiff.compare(new, old).changes if c.kind != "unchanged")
    gone = [(s.direction, s.old, s.new) for s in back.shifts if s.feature == "measure"]
    assert ("softer", "the measures cited (mandatory)", None) not in gone


def test_a_measure_named_elsewhere_in_the_paragraph_leaves_the_stand_in() -> None:
    # The travel ban renewed in the same sentence is another measure than the one the
    # group is made subject to: both are read.
    both = (
        "Decides to renew until 1 March 2033 the travel ban imposed by paragraph 4 of "
        "resolution 900 (2031), and decides that the group named in the annex shall be "
        "subject to the measures imposed by paragraph 7 of resolution 900 (2031);"
    )
    assert _kinds(both) == [("travel_ban", "mandatory"), ("by_reference", "mandatory")]
    renew = BASE[0].replace(
        "the measures imposed by paragraph 7", "the travel ban imposed by paragraph 4"
    )
    cmp = _compare([renew, BASE[1]], [both, BASE[1]])
    assert [m.label for m in cmp.summary.measures_added] == ["the measures cited"]
    # The same in two items of one paragraph.
    listed = (
        "Decides:\n(a) to renew until 1 March 2033 the travel ban imposed by paragraph 4 of "
        "resolution 900 (2031);\n(b) that the group named in the annex shall be subject to "
        "the measures imposed by paragraph 7 of resolution 900 (2031);"
    )
    draft = analyze(resdiff.parse(_text("960", [listed])))
    assert [(p.ref, [m.kind for m in p.measures]) for p in draft.clause("OP1").walk()] == [
        ("OP1", []),
        ("OP1(a)", ["travel_ban"]),
        ("OP1(b)", ["by_reference"]),
    ]
    # The items of the stand-in's own list still name its kind: the arms embargo once.
    criteria = (
        "Decides that the measures imposed by paragraph 7 of resolution 900 (2031) shall "
        "also apply to the following:\n(a) the group named in the annex;\n(b) persons who "
        "prevent the supply, sale or transfer of arms and related materiel to the group;"
    )
    draft = analyze(resdiff.parse(_text("960", [criteria])))
    kinds = [m.kind for p in draft.clause("OP1").walk() for m in p.measures]
    assert "by_reference" not in kinds and "arms_embargo" in kinds


def test_a_range_of_paragraphs_cites_every_paragraph_in_it() -> None:
    found = LEX.citations_in("the measures imposed by paragraphs 3 to 6 of resolution 900 (2031)")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["3", "4", "5", "6"], "900")]
    found = LEX.citations_in("paragraphs 10–12 and 15 above")
    assert [sorted(c.paragraphs) for c in found] == [["10", "11", "12", "15"]]
    ops = [
        "Decides that all States shall freeze without delay all funds, other financial "
        "assets and economic resources owned by the persons in annex I;",
        "Decides that all States shall take the necessary measures to prevent the entry into "
        "or transit through their territories of the persons in annex I;",
        "Decides that all States shall prevent the supply, sale or transfer of arms and "
        "related materiel to the persons in annex I;",
        "Decides that the group named in annex II shall be subject to the measures imposed "
        "by paragraphs 1 to 3 above;",
    ]
    draft = analyze(resdiff.parse(_text("960", ops)))
    assert sorted(m.kind for m in draft.clause("OP4").measures) == [
        "arms_embargo",
        "asset_freeze",
        "travel_ban",
    ]


#: A user's stand-in of its own, citing "section N of resolution M", and the words that tie
#: a name to it ("decreed in section").
BY_SECTION = (
    "[measures.by_section]\nlabel = 'the measures of the section cited'\n"
    "generic = true\nkeywords = ['section']\n"
    r"cites = '\bsections?\s+(?P<paragraphs>\d+)\s+of\s+resolution\s+(?P<resolution>\d+)'"
    "\n"
    r"named_by = '\bdecreed\s+in\s+section'"
    "\n"
    r"patterns = ['\bsubject\s+to\s+the\s+measures\s+of\s+section\s+\d+']"
    "\n"
)


def test_every_stand_in_s_citation_and_names_are_read() -> None:
    # A user's lexicon adds a stand-in of its own, citing "section N of resolution M":
    # its citations and the words that tie a name to them count beside the default's.
    user = Lexicon.from_toml(BY_SECTION)
    lex = LEX.extend(user)
    found = lex.citations_in("the measures of section 7 of resolution 900 (2031)")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["7"], "900")]
    named = lex.named_by_citation("the arms embargo decreed in section 7 of resolution 900")
    assert [(k, sorted(c.paragraphs)) for k, c in named] == [("arms_embargo", ["7"])]
    # The default's own citations are read as before.
    found = lex.citations_in("paragraph 7 of resolution 900 (2031)")
    assert [(sorted(c.paragraphs), c.resolution) for c in found] == [(["7"], "900")]
    ops = [
        "Calls upon Member States to ensure implementation of the arms embargo decreed in "
        "section 7 of resolution 900 (2031);",
        "Decides that the group named in the annex shall be subject to the measures of "
        "section 7 of resolution 900 (2031);",
    ]
    draft = analyze(resdiff.parse(_text("960", ops)), lexicon=lex)
    assert [m.kind for m in draft.clause("OP2").measures] == ["arms_embargo"]


def test_measures_renewed_by_reference_are_read_as_renewed() -> None:
    # The renewal of a sanctions regime names its measures by the paragraphs that imposed
    # them: the measures cited, renewed (CAR, Mali, DRC, Yemen and Libya, 2020-2022).
    for text in (
        BASE[0],
        "Decides to renew until 31 July 2033 the measures and provisions as set out in "
        "paragraphs 4 and 5 of resolution 900 (2031);",
        "Decides to extend until 30 October 2033 the authorisations and the measures in "
        "resolution 900 (2031), as amended by paragraph 2 of resolution 910 (2031);",
    ):
        assert _kinds(text) == [("by_reference", "mandatory")], text
        draft = analyze(resdiff.parse(_text("960", [text])))
        assert [m.action for m in draft.clause("OP1").measures] in (["renew"], ["extend"])
    # What is done with the measures in force renews nothing.
    for text in (
        "Requests the Committee to monitor implementation of the measures imposed by "
        "paragraph 7 of resolution 900 (2031);",
        "Decides to review the measures imposed by paragraph 7 of resolution 900 (2031);",
        "Requests the Panel to seize arms brought into the territory in violation of the "
        "measures imposed by paragraph 7 of resolution 900 (2031);",
    ):
        assert _kinds(text) == [], text


def test_designation_criteria_split_in_two_are_no_measure_applied() -> None:
    assert (
        _kinds(
            "Decides that the provisions of paragraph 3 shall apply to individuals, and that "
            "the provisions of paragraphs 6 and 11 shall apply to individuals and entities, "
            "as designated for such measures by the Committee;"
        )
        == []
    )


def test_a_lifting_beside_the_arms_it_no_longer_covers_is_read() -> None:
    # S/RES/2641 (2022) OP5's shape: the arms the lifting names, carved out by the
    # exception, no longer hide the requirements it lifts.
    text = (
        "Decides that the notification requirements set out in paragraph 5 of resolution 900 "
        "(2031) shall no longer apply to shipments of arms and related materiel, except in "
        "relation to items in the annex, which remain subject to the notification procedures;"
    )
    draft = analyze(resdiff.parse(_text("960", [text])))
    assert [(m.kind, m.action, m.ends) for m in draft.clause("OP1").measures] == [
        ("by_reference", "terminate", True)
    ]


def test_a_committee_task_to_designate_imposes_no_measure() -> None:
    # "To designate individuals and entities to be subject to the measures imposed in
    # paragraphs ..." (the shape of a new sanctions committee's tasks) says what the
    # committee is to do, not which measures apply to whom: the measures are imposed by the
    # paragraphs it cites. Nor a task to consider designating.
    assert (
        _kinds(
            "To designate individuals and entities to be subject to the measures imposed in "
            "paragraphs 3, 6 and 11 above;"
        )
        == []
    )
    assert (
        _kinds(
            "Decides that the Committee shall consider designating individuals to be subject "
            "to the measures imposed by paragraph 7 of resolution 900 (2031);"
        )
        == []
    )
    # A party that continues to be subject to the measures is still made subject to them.
    assert _kinds(
        "Decides that the group named in the annex shall continue to be subject to the "
        "measures imposed by paragraph 7 of resolution 900 (2031);"
    ) == [("by_reference", "mandatory")]
    ops = [
        "Decides that all States shall freeze without delay the funds of the persons in annex I;",
        "Decides to establish a Committee to undertake the following tasks:\n(a) To monitor "
        "implementation of the measures imposed in paragraph 1 above;\n(b) To designate "
        "individuals and entities to be subject to the measures imposed in paragraph 1 "
        "above;",
    ]
    draft = analyze(resdiff.parse(_text("960", ops)))
    assert [m.kind for p in draft.clause("OP2").walk() for m in p.measures] == []


def test_only_the_measures_a_renewal_acts_on_are_renewed() -> None:
    # The renewals of the corpus: the verb, a period, then the measures cited.
    for renewal in (
        "Decides to renew until 31 July 2033 the measures and provisions as set out in "
        "paragraphs 4 and 5 of resolution 900 (2031);",
        "Decides to extend until 30 October 2033 the authorisations provided by and the "
        "measures imposed by resolution 900 (2031);",
        "Decides to renew, for a period of thirteen months, the measures imposed by "
        "paragraph 7 of resolution 900 (2031);",
        "Decides to renew the measures imposed by paragraph 7 of resolution 900 (2031);",
    ):
        assert _kinds(renewal) == [("by_reference", "mandatory")], renewal
    # A renewal or an extension of something else that names the measures as what it
    # monitors, reviews or supports renews no measure; nor do exemptions from them.
    for other in (
        "Decides to extend until 1 March 2033 the mandate of the Panel to monitor the "
        "measures imposed by paragraph 7 of resolution 900 (2031);",
        "Decides to renew its commitment to review the measures imposed by paragraph 7 of "
        "resolution 900 (2031);",
        "Decides to extend support to States in implementing the measures imposed by "
        "paragraph 7 of resolution 900 (2031);",
        "Decides to renew the exemptions to the measures imposed by paragraph 7 of "
        "resolution 900 (2031);",
    ):
        assert _kinds(other) == [], other
    support = (
        "Decides to extend support to States in implementing the measures imposed by "
        "paragraph 7 of resolution 900 (2031);"
    )
    cmp = _compare([BASE[1]], [BASE[1], support])
    assert [m.label for m in cmp.summary.measures_added] == []


def test_measures_named_in_apposition_to_the_citation_are_the_measures_cited() -> None:
    # "namely the travel ban and the asset freeze" names the measures cited: the paragraph
    # holds those two, not "the measures cited" besides.
    assert _kinds(
        "Decides that the group named in the annex shall be subject to the measures imposed "
        "by paragraph 7 of resolution 900 (2031), namely the travel ban and the asset freeze;"
    ) == [("travel_ban", "mandatory"), ("asset_freeze", "mandatory")]
    # "including" names one of them: the measures cited stay beside it.
    assert _kinds(
        "Decides to renew until 1 March 2033 the measures imposed by paragraphs 1 to 3 of "
        "resolution 900 (2031), including the arms embargo;"
    ) == [("by_reference", "mandatory"), ("arms_embargo", "mandatory")]
    # A measure another clause of the paragraph imposes is another measure.
    assert _kinds(
        "Decides that the group named in the annex shall be subject to the measures imposed "
        "by paragraph 7 of resolution 900 (2031), and that all States shall freeze without "
        "delay the funds of the group;"
    ) == [("by_reference", "mandatory"), ("asset_freeze", "mandatory")]


def test_a_date_after_a_paragraph_is_no_range() -> None:
    # "paragraph 2 to 30 June 2034" cites paragraph 2 until a date, not paragraphs 2 to 30.
    found = LEX.citations_in("to extend the measures set out in paragraph 2 to 30 June 2034")
    assert [sorted(c.paragraphs) for c in found] == [["2"]]
    found = LEX.citations_in("the measures set out in paragraphs 16 to 19 of resolution 900")
    assert [sorted(c.paragraphs) for c in found] == [["16", "17", "18", "19"]]
