"""The lexicon: its data files, its loader and its lookups."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import resdiff
from resdiff.errors import LexiconError
from resdiff.lexicon import Lexicon, VerbEntry, third_person
from resdiff.model import Measure, Phrase


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


# --------------------------------------------------------------------------- package data


def test_package_data_is_found_by_importlib_resources() -> None:
    names = {t.name for t in resources.files("resdiff.lexicon").iterdir()}
    assert {
        "verbs.toml",
        "preamble.toml",
        "modifiers.toml",
        "hedges.toml",
        "flags.toml",
        "measures.toml",
        "spelling.toml",
    } <= names


def test_default_is_cached_and_large_enough(lex: Lexicon) -> None:
    assert Lexicon.default() is lex
    assert len(lex.verbs) >= 80
    assert len(lex.preamble) >= 80
    assert {"chapter_vii", "art39", "use_of_force"} <= set(lex.flags)
    assert {
        "arms_embargo",
        "asset_freeze",
        "travel_ban",
        "wmd_missile",
        "financial",
        "commodity",
        "transportation",
        "diplomatic",
        "comprehensive_trade",
        "institutions",
    } <= set(lex.measures)
    assert [lex.modals[w].rank for w in ("shall", "should", "may")] == [3, 2, 1]


def test_every_default_verb_form_is_recognised(lex: Lexicon) -> None:
    for lemma, entry in lex.verbs.items():
        for form in entry.surface_forms:
            found = lex.match_operative(form.capitalize() + " the Council")
            assert found is not None, form
            assert found.lemma == lemma, form


def test_every_default_preamble_phrase_is_recognised(lex: Lexicon) -> None:
    for phrase in lex.preamble:
        found = lex.match_preamble(phrase.capitalize() + " that the situation")
        assert found is not None, phrase
        assert found.phrase == phrase


# --------------------------------------------------------------------------- operative


@pytest.mark.parametrize(
    ("text", "lemma", "axis_a", "axis_b"),
    [
        ("Decides that all States shall", "decide", 6, None),
        ("Authorizes Member States", "authorize", 6, None),
        ("Authorises Member States", "authorize", 6, None),
        ("Demands that the DPRK", "demand", 5, None),
        ("Requires all Member States", "require", 5, None),
        ("Directs the Committee", "direct", 5, None),
        ("Calls upon all States", "call upon", 4, None),
        ("Calls on all parties", "call on", 4, None),
        ("Reiterates its demand that", "reiterate its demand", 4, None),
        # UNISFA 2020 OP4: the Council's demand named as its own is the same demand (its
        # curly apostrophe is folded before the lexicon reads it).
        ("Reiterates the Security Council's demand for Sudan", "reiterate its demand", 4, None),
        ("Strongly urges the DPRK", "urge", 4, None),
        ("Urges all parties", "urge", 3, None),
        ("Requests the Secretary-General", "request", 3, None),
        ("Encourages Member States", "encourage", 2, None),
        ("Strongly encourages Member States", "encourage", 2, None),
        ("Invites the Secretary-General", "invite", 2, None),
        ("Recommends that", "recommend", 2, None),
        ("Calls for the early resumption", "call for", 2, None),
        ("Expresses its hope that", "express its hope", 2, None),
        ("Supports the six-party talks", "support", 2, None),
        ("Reaffirms its commitment", "reaffirm", 1, None),
        ("Takes note of the report", "take note", 1, None),
        ("Welcomes the efforts", "welcome", 1, None),
        ("Emphasises the need", "emphasize", 1, None),
        ("Underscores the importance", "underscore", 1, None),
        ("Recognizes that", "recognize", 1, None),
        ("Commends the work", "commend", 1, None),
        ("Expresses its appreciation", "express its appreciation", 1, None),
        ("Condemns in the strongest terms the attack", "condemn", None, 7),
        ("Unequivocally rejects and condemns", "reject and condemn", None, 7),
        ("Strongly condemns the attacks", "condemn", None, 6),
        ("Condemns the launches", "condemn", None, 5),
        ("Strongly deplores the launches", "deplore", None, 4),
        ("Deplores the loss", "deplore", None, 3),
        ("Deeply regrets", "regret", None, 3),
        ("Expresses grave concern at", "express grave concern", None, 2),
        ("Expresses its serious concern", "express serious concern", None, 2),
        ("Expresses deep concern", "express deep concern", None, 2),
        ("Expresses alarm at", "express alarm", None, 2),
        ("Expresses concern at", "express concern", None, 1),
        ("Notes with concern", "note with concern", None, 1),
        ("Regrets that", "regret", None, 1),
        ("Decides to remain seized of the matter.", "decide to remain seized", 1, None),
    ],
)
def test_match_operative_table(
    lex: Lexicon, text: str, lemma: str, axis_a: int | None, axis_b: int | None
) -> None:
    found = lex.match_operative(text)
    assert found is not None
    assert (found.lemma, found.axis_a, found.axis_b) == (lemma, axis_a, axis_b)


@pytest.mark.parametrize(
    ("text", "span", "modifier", "continuers"),
    [
        ("Further decides that", "Further decides", None, ("further",)),
        ("Also strongly urges the parties", "Also strongly urges", "strongly", ("also",)),
        ("Once again condemns", "Once again condemns", None, ("once again",)),
        ("In this regard, calls upon", "In this regard, calls upon", None, ("in this regard",)),
        ("Decides further that", "Decides further", None, ("further",)),
        ("Calls for further efforts", "Calls for", None, ()),
        (
            "Condemns unequivocally and in the strongest terms",
            "Condemns unequivocally and in the strongest terms",
            "unequivocally in the strongest terms",
            (),
        ),
        ("  decides that", "decides", None, ()),
    ],
)
def test_modifiers_and_spans(
    lex: Lexicon, text: str, span: str, modifier: str | None, continuers: tuple[str, ...]
) -> None:
    found = lex.match_operative(text)
    assert found is not None
    assert found.text == span
    assert text[found.start : found.end] == span
    assert found.modifier == modifier
    assert found.continuers == continuers


def test_continuers_change_nothing(lex: Lexicon) -> None:
    for text in ("Decides", "Further decides", "Also decides", "Hereby decides"):
        found = lex.match_operative(text)
        assert found is not None and (found.axis_a, found.axis_b) == (6, None)


@pytest.mark.parametrize(
    ("text", "span", "lemma", "continuers"),
    [
        (
            "Expresses again its deepest concern at the situation",
            "Expresses again its deepest concern",
            "express deep concern",
            ("again",),
        ),
        (
            "Expresses once again, its grave concern at the situation",
            "Expresses once again, its grave concern",
            "express grave concern",
            ("once again",),
        ),
        # A continuer where an adjective could stand: "concern" said again.
        (
            "Expresses further concern at the situation",
            "Expresses further concern",
            "express concern",
            ("further",),
        ),
        # "further" before a noun that opens no longer phrase stays outside the lead.
        ("Notes further reports of the Secretary-General", "Notes", "note", ()),
        (
            "Decides also to remain seized of the matter",
            "Decides also to remain seized",
            "decide to remain seized",
            ("also",),
        ),
        # A continuer before an object that is no longer phrase: the verb alone.
        (
            "Requests once again the Secretary-General to report",
            "Requests once again",
            "request",
            ("once again",),
        ),
        # An intensifier is no continuer: "Strongly" stays where it is read.
        (
            "Expresses its deepest concern",
            "Expresses its deepest concern",
            "express deep concern",
            (),
        ),
    ],
)
def test_a_continuer_inside_a_phrase(
    lex: Lexicon, text: str, span: str, lemma: str, continuers: tuple[str, ...]
) -> None:
    # "Expresses again its deepest concern" is "expresses its deepest concern" said
    # again: the same lemma, so that its degree is weighed against "its deep concern".
    found = lex.match_operative(text)
    assert found is not None
    assert (found.text, found.lemma, found.continuers) == (span, lemma, continuers)
    assert text[found.start : found.end] == span


def test_a_continuer_inside_a_phrase_keeps_the_degree_shift() -> None:
    from drafting import CLOSING, draft

    import resdiff

    old = resdiff.parse(draft(["Expresses its deep concern at the situation;", CLOSING]))
    for lead in ("Expresses again", "Expresses once again", "Expresses anew"):
        new = resdiff.parse(draft([f"{lead} its deepest concern at the situation;", CLOSING]))
        change = next(c for c in resdiff.compare(old, new).changes if c.kind != "unchanged")
        assert change.kind == "strengthened"
        assert [(s.feature, s.direction) for s in change.shifts] == [("degree", "stronger")]


def test_no_operative_verb(lex: Lexicon) -> None:
    assert lex.match_operative("The Council remains ready") is None
    assert lex.match_operative("Decidedly not a verb") is None
    assert lex.match_operative("") is None


def test_find_verbs_splits_clauses(lex: Lexicon) -> None:
    text = (
        "Supports the six-party talks, calls for their early resumption, and urges all the "
        "participants to intensify their efforts"
    )
    assert [(v.lemma, v.axis_a) for v in lex.find_verbs(text)] == [
        ("support", 2),
        ("call for", 2),
        ("urge", 3),
    ]
    text = "Commends the Panel for its work and requests it to report; further decides that"
    found = lex.find_verbs(text)
    assert [v.lemma for v in found] == ["commend", "request", "decide"]
    assert [text[v.start : v.end] for v in found] == ["Commends", "requests", "further decides"]


def test_find_verbs_ignores_nouns(lex: Lexicon) -> None:
    text = "Takes note of the reports and notes of the Secretary-General, requests for aid"
    assert [v.lemma for v in lex.find_verbs(text)] == ["take note"]


@pytest.mark.parametrize(
    ("lemma", "modifier", "tiers"),
    [
        ("condemn", None, (None, 5)),
        ("condemn", "strongly", (None, 6)),
        ("condemn", "in the strongest terms", (None, 7)),
        ("condemns", None, (None, 5)),
        ("strongly condemns", None, (None, 6)),
        ("deplore", "strongly", (None, 4)),
        ("urge", "strongly", (3 + 1, None)),
        ("encourage", "strongly", (2, None)),
        ("welcome", "strongly", (1, None)),
        ("call upon", "strongly", (4, None)),
        ("demand", "strongly", (5, None)),
        ("call upon", "also", (4, None)),
    ],
)
def test_tier_of(
    lex: Lexicon, lemma: str, modifier: str | None, tiers: tuple[int | None, int | None]
) -> None:
    assert lex.tier_of(lemma, modifier) == tiers


def test_tier_of_unknown(lex: Lexicon) -> None:
    with pytest.raises(KeyError):
        lex.tier_of("insists loudly upon")


def test_verb_match_to_phrase(lex: Lexicon) -> None:
    found = lex.match_operative("Strongly urges the DPRK to return")
    assert found is not None
    phrase = found.to_phrase(hedges=["as soon as possible"], modal="should")
    assert phrase == Phrase(
        text="Strongly urges",
        lemma="urge",
        modifier="strongly",
        axis_a=4,
        hedges=("as soon as possible",),
        modal="should",
    )


def test_third_person() -> None:
    assert third_person("call upon") == "calls upon"
    assert third_person("express grave concern") == "expresses grave concern"
    assert third_person("pay tribute") == "pays tribute"
    assert third_person("deny") == "denies"


# --------------------------------------------------------------------------- preamble


@pytest.mark.parametrize(
    ("text", "phrase", "axis_b"),
    [
        ("Recalling its resolution 825 (1993),", "recalling", None),
        ("Recalling further its resolutions", "recalling", None),
        ("Also noting that", "noting", None),
        ("Reaffirming that", "reaffirming", None),
        ("Bearing in mind that", "bearing in mind", None),
        ("Mindful of its primary responsibility", "mindful", None),
        ("Determining that the situation", "determining", None),
        ("Acting under Chapter VII", "acting under", None),
        ("Emphasising the need", "emphasizing", None),
        ("Having considered the report", "having considered", None),
        ("Taking note of", "taking note", None),
        ("Taking note with concern of the report", "taking note with concern", 1),
        ("Noting with great concern that", "noting with great concern", 2),
        ("Concerned that", "concerned", 1),
        ("Deeply concerned that", "deeply concerned", 2),
        ("Gravely concerned that", "gravely concerned", 2),
        ("Expressing grave concern at", "expressing grave concern", 2),
        ("Deploring that", "deploring", 3),
        ("Deeply regretting", "deeply regretting", 3),
        ("Regretting that", "regretting", 1),
        ("Condemning the attack", "condemning", 5),
        ("Strongly condemning", "strongly condemning", 6),
    ],
)
def test_match_preamble(lex: Lexicon, text: str, phrase: str, axis_b: int | None) -> None:
    found = lex.match_preamble(text)
    assert found is not None
    assert (found.phrase, found.axis_b) == (phrase, axis_b)


def test_preamble_without_lead(lex: Lexicon) -> None:
    assert lex.match_preamble("The Security Council,") is None


# --------------------------------------------------------------------------- spelling


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("Authorises", "authorizes"),
        ("emphasising", "emphasizing"),
        ("recognise", "recognize"),
        ("Organisation's", "organization's"),
        ("programme", "program"),
        ("programme-related", "program-related"),
        ("defence", "defense"),
        ("neighbouring", "neighboring"),
        ("kilometres", "kilometers"),
        ("Stabilisation  Mission", "stabilization mission"),
        # Not every -ise word is a British -ize.
        ("exercise", "exercise"),
        ("advise", "advise"),
        ("otherwise", "otherwise"),
        ("compromise", "compromise"),
    ],
)
def test_fold(lex: Lexicon, british: str, american: str) -> None:
    assert lex.fold(british) == american


def test_spelling_variant_keeps_spans(lex: Lexicon) -> None:
    text = "Further authorises Member States to inspect"
    found = lex.match_operative(text)
    assert found is not None
    assert found.lemma == "authorize"
    assert text[found.start : found.end] == "Further authorises"


# --------------------------------------------------------------------------- hedges and modals


def test_hedges(lex: Lexicon) -> None:
    text = (
        "Calls upon all States, as appropriate and where possible, to consider taking "
        "measures, to the extent possible, if they are in a position to do so, on a "
        "voluntary basis"
    )
    assert [h.hedge for h in lex.hedges_in(text)] == [
        "as appropriate",
        "where possible",
        "consider",
        "to the extent possible",
        "in a position to do so",
        "on a voluntary basis",
    ]
    hit = lex.hedges_in(text)[0]
    assert text[hit.start : hit.end] == hit.text == "as appropriate"
    assert hit.explanation


def test_consider_as_lead_verb_is_not_a_hedge(lex: Lexicon) -> None:
    assert lex.hedges_in("Considers that the launches jeopardize peace") == []


def test_hedges_survive_line_breaks(lex: Lexicon) -> None:
    text = "to exercise\n   vigilance and, where\nappropriate, report"
    assert [h.hedge for h in lex.hedges_in(text)] == ["exercise vigilance", "where appropriate"]


def test_modals(lex: Lexicon) -> None:
    assert [m.word for m in lex.modals_in("all States shall prevent and should report")] == [
        "shall",
        "should",
    ]
    found = lex.modal_in("Decides that States may inspect")
    assert found is not None and (found.word, found.rank) == ("may", 1)
    # The month is not a modal, nor the noun "will".
    assert [lex.modal_rank(w) for w in ("shall", "Should", "may", "can", None)] == [
        3,
        2,
        1,
        None,
        None,
    ]
    assert lex.modal_in("adopted on 11 May 1993") is None
    assert lex.modal_in("the political will of the parties") is None
    assert [m.word for m in lex.modals_in("the political will of States will")] == ["will"]


# --------------------------------------------------------------------------- the 2006 cases


def test_2006_condemns_outranks_strongly_deplores(lex: Lexicon) -> None:
    japan = lex.match_operative("Condemns the launches of ballistic missiles by the DPRK")
    china_russia = lex.match_operative("Strongly deplores the launches of ballistic missiles")
    assert japan is not None and china_russia is not None
    assert (japan.axis_b, china_russia.axis_b) == (5, 4)
    assert japan.axis_a is None and china_russia.axis_a is None


def test_2006_decides_shall_prevent_is_mandatory(lex: Lexicon) -> None:
    text = (
        "Decides that all Member States shall prevent the supply, sale or transfer, directly "
        "or indirectly, of missile and missile-related items, materials, goods and technology "
        "to the DPRK's missile or WMD programmes;"
    )
    verb = lex.match_operative(text)
    assert verb is not None and verb.axis_a == 6
    hits = lex.measures_in(text)
    assert [(h.measure, h.mode, h.verb) for h in hits] == [("wmd_missile", "mandatory", "decide")]
    assert hits[0].evidence in text
    assert hits[0].to_measure() == Measure(
        kind="wmd_missile", label="WMD / missile items", mode="mandatory", evidence=hits[0].evidence
    )


def test_2006_calls_upon_exercise_vigilance_is_hortatory_and_hedged(lex: Lexicon) -> None:
    text = (
        "Calls upon all Member States, in accordance with their national legal authorities "
        "and legislation and consistent with international law, to exercise vigilance in "
        "preventing the transfer of missile and missile-related items, materials, goods and "
        "technology to the DPRK's missile or WMD programmes;"
    )
    verb = lex.match_operative(text)
    assert verb is not None and (verb.lemma, verb.axis_a) == ("call upon", 4)
    assert [(h.measure, h.mode) for h in lex.measures_in(text)] == [("wmd_missile", "hortatory")]
    assert "exercise vigilance" in [h.hedge for h in lex.hedges_in(text)]


def test_2006_requires_is_tier_5_mandatory_with_hedges(lex: Lexicon) -> None:
    text = (
        "Requires all Member States, in accordance with their national legal authorities and "
        "legislation and consistent with international law, to exercise vigilance and prevent "
        "the procurement of missile and missile-related items, materials, goods and technology "
        "from the DPRK, and the transfer of any financial resources in relation to the DPRK's "
        "missile or WMD programmes;"
    )
    verb = lex.match_operative(text)
    assert verb is not None and (verb.lemma, verb.axis_a) == ("require", 5)
    # "to exercise vigilance and prevent" keeps the duty to prevent (domain.md §2: a
    # hedge only "instead of 'prevent'"); "exercise vigilance in preventing" is one.
    assert [h.hedge for h in lex.hedges_in(text)] == [
        "in accordance with their national legal authorities and legislation",
        "consistent with international law",
    ]
    instead = text.replace("exercise vigilance and prevent", "exercise vigilance in preventing")
    assert "exercise vigilance" in [h.hedge for h in lex.hedges_in(instead)]
    assert [(h.measure, h.mode) for h in lex.measures_in(text)] == [
        ("wmd_missile", "mandatory"),
        ("financial", "mandatory"),
    ]


def test_2006_sub_paragraph_takes_mode_from_lead_in(lex: Lexicon) -> None:
    lead = (
        "Calls upon all Member States, in accordance with their national legal authorities "
        "and legislation, to exercise vigilance in preventing:"
    )
    item = "the procurement of missile and missile-related items from the DPRK;"
    hits = lex.measures_in(item, governing=lead)
    assert [(h.measure, h.mode, h.verb) for h in hits] == [
        ("wmd_missile", "hortatory", "call upon")
    ]
    assert [h.mode for h in lex.measures_in(item)] == [None]


def test_2006_asset_freeze(lex: Lexicon) -> None:
    text = (
        "Decides that all Member States shall freeze without delay the funds, other financial "
        "assets and economic resources on their territories"
    )
    assert [(h.measure, h.mode) for h in lex.measures_in(text)] == [("asset_freeze", "mandatory")]


def test_2006_chapter_vii_and_its_substitute(lex: Lexicon) -> None:
    found = lex.chapter_vii_in("Acting under Chapter VII of the Charter of the United Nations,")
    assert found is not None
    assert found.text == "Acting under Chapter VII of the Charter of the United Nations"
    special = (
        "Acting under its special responsibility for the maintenance of international peace "
        "and security,"
    )
    assert lex.chapter_vii_in(special) is None
    assert lex.special_responsibility_in(special) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Acting under Chapter VII of the Charter of the United Nations,",
        "Acting under Chapter VII of the Charter,",
        "Acting under Chapter VII of the UN Charter,",
        "Acting under Chapter VII,",
        "Acting under Article 41 of Chapter VII of the Charter of the United Nations,",
        "Acting under Article 41 of the Charter of the United Nations,",
        "Acting also under Chapter VII of the Charter of the United Nations,",
        "acting under chapter vii\nof the Charter",
    ],
)
def test_chapter_vii_variants(lex: Lexicon, text: str) -> None:
    assert lex.chapter_vii_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Acting under Chapter VI of the Charter,",
        "Recalling its resolutions adopted under Chapter VII of the Charter,",
        "Acting under Article 25 of the Charter,",
    ],
)
def test_not_chapter_vii(lex: Lexicon, text: str) -> None:
    assert lex.chapter_vii_in(text) is None


def test_document_flags_in_names_each_flag_a_text_holds_in_the_model_s_order(
    lex: Lexicon,
) -> None:
    # What the corpus index stores of a paragraph and provenance compares: one method,
    # where each wrote the three lookups out by hand.
    assert lex.document_flags_in(
        "Acting under Chapter VII of the Charter of the United Nations, authorizes Member "
        "States to use all necessary means, having determined that the situation "
        "constitutes a threat to international peace and security,"
    ) == ["chapter-vii", "art39", "use-of-force"]
    assert lex.document_flags_in(
        "Authorizes Member States to use all necessary means to protect civilians,"
    ) == ["use-of-force"]
    assert lex.document_flags_in("Welcomes the report of the Secretary-General,") == []


def test_art39(lex: Lexicon) -> None:
    assert lex.art39_in(
        "Determining that the launches of ballistic missiles by the DPRK, and its continued "
        "development of such missiles, constitute a threat to international peace and security,"
    )
    assert lex.art39_in(
        "Determining that the situation in the region continues to constitute a threat to "
        "international peace and security in the region,"
    )
    assert lex.art39_in("Determining that the situation is a matter of concern,") is None
    assert lex.art39_in("Reaffirming that proliferation constitutes a threat to peace") is None


@pytest.mark.parametrize(
    "text",
    [
        "Determines that this action constitutes a breach of the peace; and",
        "Having determined that the armed attack upon the Republic of Korea by forces from "
        "North Korea constitutes a breach of the peace,",
        "Determining that there exists a breach of international peace and security as "
        "regards the Iraqi invasion of Kuwait,",
        "Determining that the attack constitutes an act of aggression,",
    ],
)
def test_art39_breach_of_the_peace_and_aggression(lex: Lexicon, text: str) -> None:
    # Article 39 names three findings, not only a threat to the peace.
    assert lex.art39_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Determined that no breach of the peace should recur,",
        "Determining that the attack no longer constitutes a breach of the peace,",
        "Noting that the action constitutes a breach of the peace,",
    ],
)
def test_not_art39_breach(lex: Lexicon, text: str) -> None:
    assert lex.art39_in(text) is None


def test_use_of_force(lex: Lexicon) -> None:
    assert lex.use_of_force_in(
        "Authorizes Member States to take all necessary measures to protect civilians"
    )
    assert lex.use_of_force_in("to use all necessary means to fulfil its mandate")
    assert (
        lex.use_of_force_in(
            "Calls upon all States to take all necessary measures to prevent the transfer"
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "shall prevent the direct or indirect supply of arms and related materiel",
            "arms_embargo",
        ),
        ("shall prevent the entry into or transit through their territories of", "travel_ban"),
        ("shall prohibit the import of coal, iron and iron ore from the DPRK", "commodity"),
        ("shall inspect all cargo to and from the DPRK in their territory", "transportation"),
        ("shall reduce the number of staff at diplomatic missions", "diplomatic"),
        (
            "shall prevent the import of all commodities and products originating in Iraq",
            "comprehensive_trade",
        ),
        ("Decides to extend the mandate of the Panel of Experts", "institutions"),
    ],
)
def test_measures_typology(lex: Lexicon, text: str, measure: str) -> None:
    assert measure in [h.measure for h in lex.measures_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        # UNMISS 2022 OP23: the participle that cites where a body came from acts on
        # nothing, whatever body is named after it.
        "Urges all Member States to ensure cooperation with the Panel of Experts "
        "established by resolution 2206 (2015), and further urges them to ensure the "
        "safety of the members of the Panel of Experts;",
        "the Committee established pursuant to paragraph 16 of resolution 2206 (2015) and "
        "the Panel of Experts",
        "the Group of Experts established under resolution 1533 (2004) and the Group of Experts",
        "the Committee established in its resolution 2206 (2015), and the Panel of Experts",
        "the Committee established in accordance with paragraph 3, and the Panel of Experts",
    ],
)
def test_a_body_named_with_its_origin_is_no_measure(lex: Lexicon, text: str) -> None:
    assert "institutions" not in [h.measure for h in lex.measures_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        # The verb itself, not a participle, acts on the body whatever follows it (a
        # stranger's review).
        "Decides to extend by thirteen months the mandate of the Panel of Experts",
        "Decides to establish under rule 28 of its provisional rules of procedure a "
        "Committee of the Security Council",
        "Decides to extend until 1 May 2023 the mandate of the Panel of Experts",
    ],
)
def test_a_body_set_up_or_extended_is_a_measure(lex: Lexicon, text: str) -> None:
    assert "institutions" in [h.measure for h in lex.measures_in(text)]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Decides that all States shall freeze the funds of", "mandatory"),
        ("Decides that States may inspect cargo", "voluntary"),
        ("Calls upon all States to freeze the funds of", "hortatory"),
        ("Urges all States to freeze the funds of", "hortatory"),
        ("Encourages all States to freeze the funds of", "voluntary"),
        ("Invites States to freeze the funds of", "voluntary"),
        ("Welcomes the decision of States to freeze the funds of", None),
    ],
)
def test_measure_modes(lex: Lexicon, text: str, mode: str | None) -> None:
    assert [h.mode for h in lex.measures_in(text)] == [mode]


def test_a_measure_takes_the_verb_of_its_own_phrase(lex: Lexicon) -> None:
    # "supply ... small arms" would reach back across "calls for" to "Notes with concern".
    text = (
        "Notes with concern that arms continue to constitute a source of supply for armed "
        "groups and calls for national efforts to address the illicit transfer of small arms;"
    )
    (hit,) = lex.measures_in(text)
    assert (hit.verb, hit.mode) == ("call for", "voluntary")
    assert hit.start > text.index("calls for")


# --------------------------------------------------------------------------- user lexicons


def test_user_file_overrides_a_verb(lex: Lexicon, tmp_path: Path) -> None:
    path = tmp_path / "my-lexicon.toml"
    path.write_text(
        '[verbs]\nurge = { axis_a = 4, note = "our house view" }\n'
        'insist = { axis_a = 5, forms = ["insists", "insists firmly"] }\n'
        "[hedges]\n"
        '"to the best of their ability" = { kind = "capacity", explanation = "effort only" }\n',
        encoding="utf-8",
    )
    mine = lex.with_overrides(path)
    urges = mine.match_operative("Urges all parties")
    assert urges is not None and urges.axis_a == 4
    insists = mine.match_operative("Insists firmly that")
    assert insists is not None and (insists.lemma, insists.axis_a) == ("insist", 5)
    assert [h.hedge for h in mine.hedges_in("to act to the best of their ability")] == [
        "to the best of their ability"
    ]
    # The default is untouched, and everything else is still there.
    original = lex.match_operative("Urges all parties")
    assert original is not None and original.axis_a == 3
    assert len(mine.verbs) == len(lex.verbs)
    assert str(path) in mine.sources


def test_extend_with_a_lexicon_and_disable(lex: Lexicon) -> None:
    user = Lexicon.from_toml(
        '[hedges]\n"consider" = { kind = "discretion", explanation = "x", disabled = true }\n'
        '[[modifier_overrides]]\nmodifier = "strongly"\nlemma = "welcome"\naxis_a = 2\n'
        '[spelling.words]\nbehaviour = "behavior"\n',
        name="user.toml",
    )
    merged = lex.extend(user)
    assert "consider" not in merged.hedges
    assert merged.hedges_in("States to consider measures") == []
    assert merged.tier_of("welcome", "strongly") == (2, None)
    assert lex.tier_of("welcome", "strongly") == (1, None)


def test_user_lexicon_alone_is_usable() -> None:
    own = Lexicon.from_toml("[verbs]\ndecide = { axis_a = 6 }\n", name="tiny.toml")
    found = own.match_operative("Decides that")
    assert found is not None and found.axis_a == 6
    assert own.hedges_in("as appropriate") == []
    assert own.chapter_vii_in("Acting under Chapter VII") is None
    assert own.measures_in("shall freeze the funds") == []


def test_load_directory(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("[verbs]\ndecide = { axis_a = 6 }\n", encoding="utf-8")
    (tmp_path / "b.toml").write_text('[preamble]\n"recalling" = {}\n', encoding="utf-8")
    loaded = Lexicon.load(tmp_path)
    assert set(loaded.verbs) == {"decide"}
    assert set(loaded.preamble) == {"recalling"}
    (tmp_path / "c.toml").write_text("[verbs]\ndecide = { axis_a = 5 }\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r'verbs\["decide"\]: also defined in .*a\.toml'):
        Lexicon.load(tmp_path)


def test_bad_entry_names_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "my-lexicon.toml"
    path.write_text("[verbs]\ninsists = { axis_a = 9 }\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Lexicon.load(path)
    assert str(info.value) == f'{path}: verbs["insists"]: axis_a must be between 1 and 6'
    assert info.value.path == str(path)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[verbs]\ninsists = { axis_a = 9 }\n", 'verbs["insists"]: axis_a must be between 1 and 6'),
        (
            "[verbs]\ncensures = { axis_b = 0 }\n",
            'verbs["censures"]: axis_b must be between 1 and 7',
        ),
        ('[verbs]\nponders = { note = "?" }\n', 'verbs["ponders"]: needs axis_a, axis_b or both'),
        (
            "[verbs]\nurges = { axis_a = 3, tier = 3 }\n",
            'verbs["urges"]: tier is not a known field',
        ),
        ("[verbs]\nurges = 3\n", 'verbs["urges"]: expected a table, found int'),
        ('[hedges]\n"x" = { kind = "discretion" }\n', 'hedges["x"]: explanation is required'),
        (
            '[measures.bad]\nlabel = "bad"\npatterns = ["(unclosed"]\n',
            'measures["bad"]: patterns [0] is not a valid regular expression',
        ),
        ("[nouns]\nx = 1\n", 'unknown section "nouns"'),
        (
            '[[modifier_overrides]]\nmodifier = "strongly"\nlemma = "urge"\naxis_a = 8\n',
            "modifier_overrides[0]: axis_a must be between 1 and 6",
        ),
        (
            '[[modifier_overrides]]\nmodifier = "strongly"\nlemma = "urge"\n',
            "modifier_overrides[0]: needs axis_a, axis_b or both",
        ),
        (
            '[modifiers]\nfurther = { kind = "continuer", effect_a = 1 }\n',
            'modifiers["further"]: a continuer cannot have an effect',
        ),
    ],
)
def test_bad_entries(toml: str, message: str) -> None:
    with pytest.raises(LexiconError) as info:
        Lexicon.from_toml(toml, name="my-lexicon.toml")
    assert str(info.value).startswith("my-lexicon.toml: ")
    assert message in str(info.value)


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[verbs]\ndecide = { axis_a = 6 }\nurge = { axis_a = \n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Lexicon.load(path)
    assert info.value.path == str(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3:")
    assert "invalid TOML" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        Lexicon.load(tmp_path / "nope.toml")


def test_entries_are_immutable(lex: Lexicon) -> None:
    entry = lex.verbs["decide"]
    assert isinstance(entry, VerbEntry)
    with pytest.raises(ValueError):
        entry.axis_a = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.verbs["decide"] = entry  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "lemma", "tier"),
    [
        # S/RES/80 (1950) OP4: a courtesy, dropped when the Commission had done its work;
        # read as "extends" (tier 6, a mandate extended) it was the comparison's headline.
        ("Extends its best thanks to the members of the Commission;", "extend its thanks", 1),
        ("Extends its deepest sympathy to the families of the victims;", "extend its thanks", 1),
        ("Extends its warmest thanks to the Government of Kenya;", "extend its thanks", 1),
        ("Extends its heartfelt condolences to the people of Lebanon;", "extend its thanks", 1),
        ("Extends once more the stationing in Cyprus of the Force;", "extend", 6),
    ],
)
def test_a_courtesy_extended_is_no_extension(
    lex: Lexicon, text: str, lemma: str, tier: int
) -> None:
    [verb] = lex.find_verbs(text)
    assert (verb.lemma, verb.axis_a) == (lemma, tier)


@pytest.mark.parametrize(
    ("lead", "lemma", "axis_a", "axis_b"),
    [
        # Leads of the 1946-1994 texts that read as unknown verbs before 5 December.
        ("Re-emphasizes the terms of reference of the Force;", "re-emphasize", 1, None),
        ("Calls attention to the terms of reference of the Force;", "call attention", 1, None),
        ("Asks the Government to report;", "ask", 3, None),
        ("Entrusts the Committee with the task of monitoring;", "entrust", 6, None),
        ("Reposes its trust in the Secretary-General to act;", "repose its trust", 2, None),
        ("Records its formal disapproval of the act;", "record its disapproval", None, 3),
        ("Records its gratitude to the Representative;", "record", 1, None),
        ("Deprecates the attitude of the Government;", "deprecate", None, 3),
        ("Issues a solemn warning to the parties;", "issue a warning", None, 2),
        ("Concludes that a method of financing is needed;", "conclude", 1, None),
        # Leads of 2020-2022 texts.
        ("Clarifies that the obligation applies to funds;", "clarify", 1, None),
        ("Remains however deeply concerned by violations;", "remain gravely concerned", None, 2),
        # A continuer set inside a verb of two words only continues it.
        ("Calls also upon all parties to refrain;", "call upon", 4, None),
        ("Calls further for a withdrawal of forces;", "call for", 2, None),
        (
            "Calls again on all parties to resolve their differences;",
            "call once more upon",
            4,
            None,
        ),
    ],
)
def test_old_leads_are_verbs_of_the_lexicon(
    lead: str, lemma: str, axis_a: int | None, axis_b: int | None
) -> None:
    draft = resdiff.parse(
        f"The Security Council,\n\nRecalling its resolutions,\n\n1. {lead}\n", format="text"
    )
    phrase = draft.operative[0].phrases[0]
    assert (phrase.lemma, phrase.axis_a, phrase.axis_b) == (lemma, axis_a, axis_b)
    assert not [w for w in draft.warnings if w.code == "operative-unknown-verb"]


def test_orders_and_records_as_nouns_open_no_clause() -> None:
    # "decrees and orders directing ...", "and records of the meetings": nouns, not leads.
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Calls upon the parties "
        "to issue decrees and orders directing their forces, and records of the meetings;\n",
        format="text",
    )
    assert [p.lemma for p in draft.operative[0].phrases] == ["call upon"]
