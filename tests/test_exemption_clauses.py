"""A carve-out from a measure, come or gone as one clause of a kept paragraph, weighs as
the exemption (added softer, removed stronger), as a whole paragraph's does; the clauses
that set its terms go with it; and the measures a carve-out names (a saving phrase, "the
asset freezes imposed by this Council") are not imposed by it (RESULTS.md §2cr)."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS, needs_corpus
from test_verdicts import compare_ops, draft, first, named, shifts

import resdiff
from resdiff.lexicon import Lexicon

AKN = CORPUS / "akn"

#: A decision to go on with a regime's measures, long enough that the carve-out put in
#: its place shares too few words with it to be aligned as the same clause (as S/RES/2557
#: (2020) OP1 and 2615 (2021) OP1, paraphrased).
CONTINUE = (
    "Decides that all States shall continue to take the measures required by resolution "
    "2255 with respect to individuals and entities designated prior to the date of "
    "adoption of resolution 1988 (2011) as the Taliban, as well as other individuals, "
    "groups, undertakings and entities associated with the Taliban in constituting a "
    "threat to the peace, stability and security of the country as designated by the "
    "Committee in the Sanctions List;"
)
CARVE_OUT = (
    "Decides that relief shipments and other activities that meet basic human needs in "
    "the country are not a violation of paragraph 1 (a) of resolution 2255 (2015), and "
    "that the processing of payments necessary for such activities is permitted, strongly "
    "encourages providers relying on this paragraph to use reasonable efforts to minimize "
    "any benefits to listed persons, and further decides to review the implementation of "
    "this provision after a period of one year;"
)


def test_a_carve_out_in_place_of_a_decision_to_continue_the_measures_softens() -> None:
    change = first(compare_ops([CONTINUE], [CARVE_OUT]))
    assert ("exemption", "softer") in named(change)
    # The decision to continue the measures is not "the same ask in new words".
    assert not any(s.detail == "same ask in new words" for s in shifts(change))
    assert change.kind == "softened"


def test_the_terms_of_a_carve_out_go_with_it() -> None:
    # The safeguard and the review of the exemption gone with it are no asks withdrawn.
    # (The carve-out's own decision gone is not read as an exemption removed: a later
    # text that does not restate an exemption may leave it standing, as "Reaffirms its
    # decision in paragraph 10 of resolution 836 (1993)" keeps 836's "notwithstanding
    # paragraph 1 of resolution 816 (1993)".)
    change = first(compare_ops([CARVE_OUT], [CONTINUE]))
    terms = [s for s in shifts(change) if s.note == "a term of the exemption removed"]
    assert {s.old for s in terms} == {"strongly encourages", "further decides"}
    assert all(s.direction == "neutral" for s in terms)


def test_an_encouragement_to_use_the_exemptions_is_no_exemption() -> None:
    # "encourages Member States to use the exemptions" names the exemptions, it carves
    # nothing: an encouragement, weighed as its verb (S/RES/2560 (2020) OP1).
    old = "Requests the Committee to keep its list under review;"
    new = (
        "Requests the Committee to keep its list under review, and encourages Member "
        "States to use the exemption procedures set out in resolution 1452 (2002);"
    )
    change = first(compare_ops([old], [new]))
    assert ("exemption", "softer") not in named(change)


def test_a_freeze_named_by_the_council_that_imposed_it_is_not_imposed() -> None:
    carve = (
        "Decides that the provision of goods necessary for humanitarian assistance is "
        "permitted and is not a violation of the asset freezes imposed by this Council or "
        "its Sanctions Committees;"
    )
    (op1, _) = resdiff.parse(draft([carve, "Decides to remain seized."])).operative
    assert op1.phrases[0].lifecycle == ()
    imposed = "Decides to impose the sanctions set out below on the designated individuals;"
    (op1, _) = resdiff.parse(draft([imposed, "Decides to remain seized."])).operative
    assert op1.phrases[0].lifecycle == ("impose",)


def test_a_measure_named_in_a_saving_phrase_is_not_imposed() -> None:
    carve = (
        "Decides that without prejudice to the obligations imposed on Member States to "
        "freeze the funds of individuals designated by the Committee, the provision of "
        "goods necessary for humanitarian assistance is permitted;"
    )
    (op1, _) = resdiff.parse(draft([carve, "Decides to remain seized."])).operative
    assert op1.phrases[0].lifecycle == ()


@needs_corpus
def test_the_taliban_humanitarian_carve_out_across_the_renewal_softens_op1() -> None:
    cmp = resdiff.compare(AKN / "S_RES_2557_2020.xml", AKN / "S_RES_2615_2021.xml")
    (op1,) = [c for c in cmp.changes if c.new == ("OP1",)]
    assert op1.kind == "softened"
    assert any(s.feature == "exemption" and s.direction == "softer" for s in op1.shifts)


@needs_corpus
def test_the_taliban_measures_continued_in_place_of_the_carve_out_strengthen_op1() -> None:
    cmp = resdiff.compare(AKN / "S_RES_2615_2021.xml", AKN / "S_RES_2665-2228829E.xml")
    (op1,) = [c for c in cmp.changes if c.new == ("OP1",)]
    assert op1.kind == "strengthened"


@needs_corpus
def test_the_standing_humanitarian_carve_out_is_an_exemption_not_a_measure_imposed() -> None:
    cmp = resdiff.compare(AKN / "S_RES_2560_2020.xml", AKN / "S_RES_2664-2228130E.xml")
    (op1,) = [c for c in cmp.changes if c.new == ("OP1",)]
    assert [(s.feature, s.direction) for s in op1.shifts] == [("exemption", "softer")]


STANDING = (
    "Decides that the provision of funds and goods necessary to ensure the timely "
    "delivery of humanitarian assistance is permitted and is not a violation of the asset "
    "freezes imposed by this Council or its Sanctions Committees;"
)


def test_a_carve_out_applied_to_a_regime_by_its_paragraph_is_an_exemption_not_a_measure() -> None:
    applied = (
        "Decides that the provisions introduced by paragraph 1 above will apply to the "
        "1518 sanctions regime for a period of two years from the date of adoption of "
        "this resolution;"
    )
    op = resdiff.parse(draft([STANDING, applied, "Decides to remain seized."])).operative
    assert op[1].measures == ()
    assert "not a violation of" in op[1].phrases[0].exemptions
    cmp = compare_ops([STANDING], [STANDING, applied])
    (added,) = [c for c in cmp.changes if c.new == ("OP2",) and not c.old]
    assert [(s.feature, s.direction) for s in added.shifts] == [("exemption", "softer")]


def test_a_measure_applied_by_its_paragraph_stays_a_measure() -> None:
    # Counter-example: the paragraph cited imposes the freeze; applying it widens it.
    freeze = (
        "Decides that all Member States shall freeze without delay the funds, other "
        "financial assets and economic resources of the individuals designated by the "
        "Committee;"
    )
    applied = (
        "Decides that the provisions of paragraph 1 above shall apply to the individuals "
        "and entities listed in the annex;"
    )
    op = resdiff.parse(draft([freeze, applied, "Decides to remain seized."])).operative
    assert [m.kind for m in op[1].measures] == ["asset_freeze"]
    assert op[1].phrases[0].exemptions == ()


CHAPTER_VII = "Acting under Chapter VII of the Charter of the United Nations,"
RECOGNIZING = (
    "Recognizing that the situation in the country remains a threat to international "
    "peace and security,"
)
DETERMINING = (
    "Determining that the situation in the country continues to constitute a threat to "
    "international peace and security,"
)


def _renewal(old_pre: list[str], new_pre: list[str]) -> resdiff.Comparison:
    closing = "Decides to remain actively seized of the matter."
    return resdiff.compare(
        draft([CONTINUE, closing], preamble=old_pre), draft([CARVE_OUT, closing], preamble=new_pre)
    )


def test_a_determination_stated_under_chapter_vii_kept_does_not_outweigh_the_exemption() -> None:
    # Under Chapter VII both times, the threat the old text recognized is now determined
    # (a recital strengthened), but the text's headline is the carve-out: softer.
    cmp = _renewal([RECOGNIZING, CHAPTER_VII], [DETERMINING, CHAPTER_VII])
    assert cmp.summary.art39 == "added"
    assert cmp.summary.direction == "softer"
    assert cmp.key_changes[0].headline.startswith("exemption added")


def test_a_determination_made_with_chapter_vii_invoked_stays_a_headline() -> None:
    # Counter-example: the text newly acts under Chapter VII; its determination is a
    # headline change, and it weighs as one.
    cmp = _renewal([RECOGNIZING], [DETERMINING, CHAPTER_VII])
    assert cmp.summary.direction == "stronger"


# ------------------------------------------------------------------ review (exempt13)

FREEZE = (
    "Decides that all Member States shall freeze without delay the funds, other financial "
    "assets and economic resources of the individuals designated by the Committee;"
)


def test_a_carve_out_that_names_its_own_paragraph_is_the_exemption_not_a_term_of_it() -> None:
    # "this paragraph shall not apply where entry or transit is necessary for the
    # fulfilment of a judicial process" (S/RES/2610 (2021)): the carve-out names the
    # paragraph it carves out of; it is the exemption added (softer), not one of its terms.
    new = FREEZE[:-1] + (
        ", and decides that the measures imposed by this paragraph shall not apply to "
        "funds necessary for basic expenses;"
    )
    change = first(compare_ops([FREEZE], [new]))
    assert ("exemption", "softer") in named(change)
    assert change.kind == "softened"


REPORT = "Requests the Committee to report to the Council every 180 days on its work;"


def test_a_provision_ended_on_a_date_is_no_carve_out() -> None:
    # "shall not apply after 31 December 2023" is a time limit (a sunset), not an
    # exemption: nothing is carved out of anything.
    new = (
        REPORT[:-1] + ", and decides that paragraph 3 above shall not apply after 31 December 2023;"
    )
    change = first(compare_ops([REPORT], [new]))
    assert not any(s.feature == "exemption" for s in shifts(change))


def test_an_exemption_denied_is_no_carve_out() -> None:
    # Counter-examples: the exemption's words negated keep the measure whole.
    for denial in (
        "decides that there shall be no exemptions from these measures",
        "decides that the designated individuals shall not be exempted from these measures",
    ):
        change = first(compare_ops([FREEZE], [f"{FREEZE[:-1]}, and {denial};"]))
        assert ("exemption", "softer") not in named(change), denial


def test_the_words_that_carve_out_are_the_lexicons_data(tmp_path: Path) -> None:
    # Which exemptions carve out of a measure is domain knowledge a user may extend: an
    # exemption of their own marked ``carves`` is read as the carve-out it is.
    lex = Lexicon.default()
    assert lex.carves_out("not a violation of")
    assert not lex.carves_out("with the exception of")
    path = tmp_path / "my-lexicon.toml"
    path.write_text(
        "[exemptions]\n"
        '"falls outside" = { carves = true, explanation = "our house view", '
        "patterns = ['\\bfalls?\\s+outside\\s+(?:the\\s+scope\\s+of\\s+)?paragraph\\b'] }\n",
        encoding="utf-8",
    )
    mine = lex.with_overrides(path)
    assert mine.carves_out("falls outside")
    new = FREEZE[:-1] + (
        ", and decides that the provision of humanitarian assistance falls outside "
        "paragraph 1 above;"
    )
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(draft([FREEZE, closing]), draft([new, closing]), lexicon=mine)
    assert ("exemption", "softer") in named(first(cmp))
