"""Verdicts a drafting expert agrees with: every clause of a paragraph, degree, scope and
conditions, the life cycle of measures and mandates, quantities that mean something,
Article 39 anywhere, and key changes that lead the document's direction.

Each test is one sentence of domain.md §6 on a small text written for the test; the
real-text figures are in benchmarks/judged.py (and tests/test_judged.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import time
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.classify.standing import later_resolution
from resdiff.lexicon import Lexicon
from resdiff.model import Change, Comparison, Shift
from resdiff.quantities import spent_deadline

PREAMBLE = "Recalling its previous resolutions on the situation,"


def draft(operative: list[str], preamble: list[str] | None = None) -> str:
    """A small draft resolution: the preamble and the numbered operative paragraphs."""
    pre = "\n\n".join(preamble if preamble is not None else [PREAMBLE])
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{pre}\n\n{ops}\n"


def compare_ops(old: list[str], new: list[str], **kw: object) -> Comparison:
    closing = "Decides to remain seized of the matter."
    return resdiff.compare(draft([*old, closing], **kw), draft([*new, closing], **kw))  # type: ignore[arg-type]


def first(cmp: Comparison) -> Change:
    return cmp.changes[1]  # after the recital


def named(change: Change) -> set[tuple[str, str]]:
    return {(s.feature, s.direction) for c in change.walk() for s in c.shifts}


def shifts(change: Change) -> list[Shift]:
    return [s for c in change.walk() for s in c.shifts]


# ---------------------------------------------------------------------------- clauses


def test_every_participle_of_a_recital_is_a_clause() -> None:
    d = resdiff.parse(
        draft(
            ["Decides to remain seized of the matter."],
            preamble=[
                "Condemning the attacks on peacekeepers, recalling its resolution 2100 "
                "(2013), and further urging all parties to respect the ceasefire,"
            ],
        )
    )
    assert [p.lemma for p in d.clause("PP1").phrases] == ["condemning", "recalling", "urging"]
    urging = d.clause("PP1").phrases[2]
    assert urging.axis_a == 3 and urging.scope == "all"


def test_welcomes_and_requests_are_two_clauses_with_their_own_hedges() -> None:
    d = resdiff.parse(
        draft(
            [
                "Welcomes the report of the Secretary-General and requests him to report "
                "again as appropriate;"
            ]
        )
    )
    welcomes, requests = d.clause("OP1").phrases
    assert (welcomes.lemma, requests.lemma) == ("welcome", "request")
    assert welcomes.hedges == () and requests.hedges == ("as appropriate",)


def test_a_mandate_task_with_no_verb_is_read_for_hedges() -> None:
    d = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides that the mandate "
        "shall include the following tasks:\n(a) To support the Government, where possible, "
        "in restoring state authority;\n\n2. Decides to remain seized of the matter.\n"
    )
    (task,) = d.clause("OP1(a)").phrases
    assert task.lemma == "" and task.hedges == ("where possible",)


def test_a_verb_swapped_in_the_same_slot_is_one_substitution_by_tier() -> None:
    change = first(
        compare_ops(
            ["Urges all parties to respect the ceasefire and to protect civilians;"],
            ["Encourages all parties to respect the ceasefire and to protect civilians;"],
        )
    )
    assert change.kind == "softened"
    assert [(s.feature, s.old, s.new) for s in change.shifts] == [("verb", "urges", "encourages")]


def test_the_opening_clause_pairs_however_much_else_changed() -> None:
    change = first(
        compare_ops(
            [
                "Decides that all Member States shall prevent the supply, sale or transfer of "
                "missile and missile-related items, materials, goods and technology to the "
                "DPRK's missile or WMD programmes;"
            ],
            [
                "Requires all Member States, in accordance with their national legal "
                "authorities and legislation, to exercise vigilance and prevent missile and "
                "missile-related items, materials, goods and technology being transferred to "
                "the DPRK's missile or WMD programmes;"
            ],
        )
    )
    assert change.kind == "softened"
    assert ("verb", "decides", "requires") in {(s.feature, s.old, s.new) for s in change.shifts}
    assert ("hedge", "softer") in named(change)
    assert not any(s.feature == "verb" and s.old is None for s in change.shifts)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Condemns the attack on the Mission headquarters in Kigali on 3 May, and "
            "requests the Secretary-General to report on it;",
            "Expresses concern at the food shortages in the northern provinces, and "
            "requests the Secretary-General to report on it;",
        ),
        (
            "Urges the parties to release all prisoners of war without delay, and decides "
            "to remain seized of the matter;",
            "Calls upon the parties to respect the ceasefire line along the border, and "
            "decides to remain seized of the matter;",
        ),
    ],
)
def test_opening_clauses_of_one_family_with_nothing_in_common_are_not_one_clause(
    old: str, new: str
) -> None:
    # Review of 1 December: a condemnation dropped is not "softened to concern", and two
    # unrelated asks of the parties are not one verb strengthened.
    change = first(compare_ops([old], [new]))
    assert not any(s.feature in ("censure", "verb") and s.old and s.new for s in change.shifts)


def test_an_opening_concern_raised_beside_another_clause_is_one_substitution() -> None:
    # UNAVEM II, 1993 (S/RES/804 -> 834): the recital's concern is raised a degree while
    # its second clause goes; the opening clauses stand in one slot and are of one family,
    # so the concern was sharpened, not one concern removed and another added.
    cmp = resdiff.compare(
        draft(
            ["Decides to act;"],
            [
                "Concerned at the recent absence of dialogue between the Government of Angola "
                "and UNITA, and welcoming the meeting between them under United Nations "
                "auspices in Addis Ababa to discuss the cease-fire and political matters,"
            ],
        ),
        draft(
            ["Decides to act;"],
            [
                "Gravely concerned at the failure of the talks between the Government of "
                "Angola and UNITA held at Abidjan under the auspices of the United Nations, "
                "in particular at the failure to establish a cease-fire,"
            ],
        ),
    )
    change = cmp.changes[0]
    assert change.kind == "strengthened"
    assert ("censure", "concerned", "gravely concerned") in {
        (s.feature, s.old, s.new) for s in change.shifts
    }
    assert not any(s.direction == "softer" for s in change.shifts)


def test_a_footnote_mark_renumbered_at_a_paragraph_end_leaves_it_unchanged() -> None:
    # Scanned prints of a series cite the same report under a new note number each time.
    recital = "Noting the report of the Secretary-General on his mission of good offices,"
    cmp = resdiff.compare(
        draft(["Decides to act;"], [recital + " 294"]),
        draft(["Decides to act;"], [recital + " 45"]),
    )
    assert cmp.changes[0].kind == "unchanged"
    # UNIFIL, 1992 (S/RES/734 -> 768): the mark after a date's year, inside the paragraph.
    op = (
        "Re-emphasizes the terms of reference of the Force as stated in the report of the "
        "Secretary-General of 19 March 1978,{} approved by resolution 426 (1978);"
    )
    cmp = resdiff.compare(draft([op.format(" 147")]), draft([op.format("")]))
    assert first(cmp).kind == "unchanged"
    # Numbers that are words of the paragraph are not marks (review of 1 December).
    for before, after in (
        ("Decides to deploy, by 31 December 2005, 500 additional police officers;", "800"),
        ("Decides to authorize in 2021 300 additional troops;", "900"),
        ("Decides to raise the troop ceiling to 1,500", "1,800"),
        ("Decides that the ceiling shall be: 500", "900"),
    ):
        number = before.split()[-3] if "additional" in before else before.split()[-1]
        cmp = resdiff.compare(draft([before]), draft([before.replace(number.rstrip(";"), after)]))
        assert first(cmp).kind != "unchanged", before
    recalled = (
        "Recalling its resolutions 743 (1992) of 21 February 1992, {} (1992) of 7 April "
        "1992 and 752 (1992),"
    )
    cmp = resdiff.compare(
        draft(["Decides to act;"], [recalled.format("749")]),
        draft(["Decides to act;"], [recalled.format("758")]),
    )
    assert cmp.changes[0].kind != "unchanged"
    # A number that is a word of the paragraph is not a mark.
    cmp = resdiff.compare(
        draft(["Decides to extend the mandate for 12 months."]),
        draft(["Decides to extend the mandate for 6 months."]),
    )
    assert first(cmp).kind != "unchanged"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # Older texts put the adverb after the verb (S/RES/804 -> 834, 1993).
        (
            "Supports fully the efforts of the Secretary-General;",
            "Fully supports the efforts of the Secretary-General;",
        ),
        (
            "Condemns strongly the attacks on the Mission;",
            "Strongly condemns the attacks on the Mission;",
        ),
        ("Urges strongly the parties to cooperate;", "Strongly urges the parties to cooperate;"),
    ],
)
def test_an_adverb_moved_before_its_verb_changes_nothing(old: str, new: str) -> None:
    change = first(compare_ops([old], [new]))
    assert change.kind == "reworded"
    assert [s for s in change.shifts if s.direction != "neutral"] == []


def test_all_states_concerned_is_narrower_than_all_states() -> None:
    change = first(
        compare_ops(
            ["Calls upon all States to cooperate fully with the Committee;"],
            ["Calls upon all States concerned to cooperate fully with the Committee;"],
        )
    )
    assert ("addressee", "softer") in named(change)


def test_a_hyphenated_compound_after_the_verb_is_no_modifier() -> None:
    change = first(
        compare_ops(
            ["Urges firmly-established regional organizations to assist;"],
            ["Urges regional organizations to assist;"],
        )
    )
    assert not any(s.feature == "modifier" for s in change.shifts)


def test_all_parties_concerned_is_wider_than_named_parties() -> None:
    # UNPROFOR, 1992 (S/RES/740 -> 762): the call goes from "the Yugoslav parties" to
    # "all parties concerned", the widest formula; "the parties concerned" still narrows.
    change = first(
        compare_ops(
            ["Calls upon the Yugoslav parties to cooperate fully with the Conference;"],
            ["Calls again upon all parties concerned to cooperate fully with the Conference;"],
        )
    )
    assert ("addressee", "stronger") in named(change)
    assert change.kind == "strengthened"
    change = first(
        compare_ops(
            ["Calls upon all parties to cooperate fully with the Conference;"],
            ["Calls upon the parties concerned to cooperate fully with the Conference;"],
        )
    )
    assert ("addressee", "softer") in named(change)


def test_a_demand_added_inside_a_paragraph_is_stronger_and_removed_is_softer() -> None:
    old = "Welcomes the progress made by the parties in the talks;"
    new = (
        "Welcomes the progress made by the parties in the talks, and demands that they "
        "release all detainees without delay;"
    )
    assert first(compare_ops([old], [new])).kind == "strengthened"
    assert first(compare_ops([new], [old])).kind == "softened"
    assert ("verb", "stronger") in named(first(compare_ops([old], [new])))


def test_a_condemnation_with_no_counterpart_is_censure_added() -> None:
    change = first(
        compare_ops(
            ["Notes the report of the Panel of Experts;"],
            ["Notes the report of the Panel of Experts and condemns the attacks on it;"],
        )
    )
    assert change.kind == "strengthened" and ("censure", "stronger") in named(change)


def test_a_verb_repeated_because_a_sentence_was_split_is_not_a_new_demand() -> None:
    change = first(
        compare_ops(
            ["Demands that the parties cease hostilities and release all detainees;"],
            [
                "Demands that the parties cease hostilities, and demands that they release all "
                "detainees;"
            ],
        )
    )
    assert change.kind == "reworded" and not shifts(change)


def test_an_ask_recast_in_new_words_at_the_same_tier_is_not_a_demand_dropped_and_added() -> None:
    # UNFICYP 2021 → 2022: an ask to the Secretary-General recast as a new one on the
    # same subject, at the same tier ("urges", "requests"), in words too different for
    # the two clauses to pair.
    old = (
        "Welcomes the efforts of the Mission, and urges the Secretary-General to "
        "include the action plan on the participation of women in the Mission in his next "
        "report;"
    )
    new = (
        "Welcomes the efforts of the Mission, and requests the Secretary-General to "
        "ensure the full participation of women at all levels of the Mission;"
    )
    change = first(compare_ops([old], [new]))
    verbs = [s for s in shifts(change) if s.feature == "verb"]
    assert verbs and all(s.direction == "neutral" and "recast" in (s.note or "") for s in verbs)
    assert change.kind != "mixed"


def test_the_same_ask_under_a_firmer_verb_elsewhere_in_the_provision_is_one_substitution() -> None:
    # UNISFA 2020 -> 2021 OP21: "... and welcomes and encourages UNISFA's efforts to
    # integrate women into peace discussions" -> "... and requests UNISFA to integrate
    # women into peace discussions and to ...": the verb swapped in a clause too changed
    # to pair, not an encouragement dropped beside a request added (which read "mixed").
    old = (
        "Notes that few women sit on the local committees, calls upon all parties to "
        "promote the participation of women in the dialogue between communities, to "
        "ensure a credible process, and welcomes and encourages the Mission's efforts to "
        "integrate women into peace discussions;"
    )
    new = (
        "Notes that few women sit on the local committees, calls upon all parties to "
        "promote the participation of women in the dialogue between communities and in "
        "peacebuilding, to ensure a credible process, and requests the Mission to "
        "integrate women into peace discussions and to support these efforts through, "
        "inter alia, the provision of gender advisers where they are most needed;"
    )
    change = first(compare_ops([old], [new]))
    weighed = [s for s in shifts(change) if s.feature == "verb" and s.direction != "neutral"]
    assert [(s.old, s.new, s.direction) for s in weighed] == [
        ("encourages", "requests", "stronger")
    ]
    assert change.kind == "strengthened"
    # And the other way: the same ask under a weaker verb is softer, not mixed.
    back = first(compare_ops([new], [old]))
    assert back.kind == "softened"
    # Asked of someone else, it is another ask: an encouragement dropped, a request added.
    other = new.replace("requests the Mission to", "requests the Government to")
    assert first(compare_ops([old], [other])).kind == "mixed"


def test_an_ask_about_something_else_dropped_beside_a_new_one_is_both() -> None:
    old = (
        "Welcomes the reopening of the crossings, and encourages the return to the status "
        "of the crossings as at February 2020;"
    )
    new = (
        "Welcomes the reopening of the crossings, and encourages initiatives to enable "
        "greater access to safe and effective vaccines;"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "mixed", [s.describe() for s in shifts(change)]


def test_a_hedge_that_goes_with_its_obligation_is_not_a_hedge_removed() -> None:
    change = first(
        compare_ops(
            [
                "Requests the Secretary-General to report every month and encourages the "
                "parties, where possible, to hold local elections in all districts;"
            ],
            ["Requests the Secretary-General to report every month;"],
        )
    )
    assert ("hedge", "stronger") not in named(change)
    assert change.kind == "softened"  # the encouragement went, not its hedge


# ---------------------------------------------------------------------------- degree


def test_deepest_concern_to_deep_concern_is_softer() -> None:
    change = first(
        compare_ops(
            ["Expresses its deepest concern at the humanitarian situation;"],
            ["Expresses its deep concern at the humanitarian situation;"],
        )
    )
    assert change.kind == "softened"
    assert [(s.feature, s.old, s.new) for s in change.shifts] == [("degree", "deepest", "deep")]


def test_the_censure_ladder_runs_strongest_terms_strongly_plain() -> None:
    ops = [
        "Condemns in the strongest terms the attack on the convoy;",
        "Strongly condemns the attack on the convoy;",
        "Condemns the attack on the convoy;",
    ]
    for a, b in itertools.pairwise(ops):
        assert first(compare_ops([a], [b])).kind == "softened"
        assert first(compare_ops([b], [a])).kind == "strengthened"


def test_further_and_again_only_continue() -> None:
    change = first(
        compare_ops(
            ["Calls upon the parties to agree a ceasefire;"],
            ["Further calls upon the parties once again to agree a ceasefire;"],
        )
    )
    assert change.kind == "reworded"


def test_a_phrase_not_understood_is_never_concern_added() -> None:
    change = first(
        compare_ops(
            ["Notes the report of the Secretary-General;"],
            ["Notes the report of the Secretary-General and frets about the delays;"],
        )
    )
    assert ("censure", "stronger") not in named(change)
    assert change.kind == "reworded"


def test_degree_ladders_are_data_a_user_can_change() -> None:
    flat = Lexicon.default().extend(Lexicon.from_toml("[degrees]\ndeepest = { rank = 2 }"))
    old = draft(["Expresses its deepest concern at the situation;", "Decides to remain seized."])
    new = old.replace("deepest", "deep")
    assert resdiff.compare(old, new).changes[1].kind == "softened"
    assert resdiff.compare(old, new, lexicon=flat).changes[1].kind == "reworded"


def recital_change(old: str, new: str) -> Change:
    closing = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(draft(closing, preamble=[old]), draft(closing, preamble=[new]))
    return cmp.changes[0]


def test_a_concern_raised_in_words_the_lexicon_does_not_list_is_not_censure_softened() -> None:
    change = recital_change(
        "Reiterating its concern at the humanitarian situation in the region,",
        "Reiterating its alarm and deep concern at the humanitarian situation in the region,",
    )
    assert ("censure", "softer") not in named(change)
    # Alarm ranks with grave concern (domain.md §2, tier 2): more than plain concern.
    assert change.kind == "strengthened"


def test_a_noun_the_lexicon_does_not_know_is_not_weighed_as_censure_gone() -> None:
    for a, b in (("concern", "indignation"), ("indignation", "concern")):
        change = recital_change(
            f"Reiterating its {a} at the humanitarian situation in the region,",
            f"Reiterating its {b} at the humanitarian situation in the region,",
        )
        assert not [s for s in change.shifts if s.feature == "censure"]
        assert change.kind == "reworded"
    # A concern truly dropped, the verb kept, is still softer.
    gone = recital_change(
        "Reiterating its concern at the humanitarian situation in the region,",
        "Reiterating that the humanitarian situation in the region must improve,",
    )
    assert ("censure", "softer") in named(gone)


def test_an_unlisted_censure_phrase_on_one_side_is_not_censure_removed() -> None:
    change = first(
        compare_ops(
            ["Expresses its alarm and dismay at the attacks on the convoy;"],
            ["Expresses its dismay and alarm at the attacks on the convoy;"],
        )
    )
    assert not [s for s in change.shifts if s.feature == "censure"]
    assert change.kind == "reworded"


def test_the_plural_of_concern_is_read_as_concern() -> None:
    old = "Expresses concerns at reports of the diversion of public resources;"
    new = "Expresses concern at reports of the diversion of public resources;"
    d = resdiff.parse(draft([old]))
    assert d.clause("OP1").phrases[0].axis_b == 1
    assert first(compare_ops([old], [new])).kind == "reworded"
    assert first(compare_ops([new], [old])).kind == "reworded"
    graver = "Expresses grave concerns at reports of the diversion of public resources;"
    assert first(compare_ops([new], [graver])).kind == "strengthened"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Expressing deep concern at reports of the looting of schools, and that such "
            "looting deprives children of education, drives families from their homes and "
            "undermines the return of displaced persons,",
            "Expressing deep concern at reports of the looting of schools, and stressing that "
            "such looting deprives children of education, drives families from their homes "
            "and undermines the return of displaced persons,",
        ),
    ],
)
def test_a_declaratory_verb_joined_after_a_concern_does_not_replace_it(old: str, new: str) -> None:
    for a, b in ((old, new), (new, old)):
        change = recital_change(a, b)
        assert not [s for s in change.shifts if s.feature == "censure"]
        assert change.kind == "reworded"


def test_a_declaratory_verb_joined_after_an_operative_concern_does_not_replace_it() -> None:
    tail = (
        " such looting deprives children of education, drives families from their homes and "
        "undermines the return of displaced persons;"
    )
    old = "Expresses deep concern at reports of the looting of schools, and that" + tail
    new = "Expresses deep concern at reports of the looting of schools, and stresses that" + tail
    change = first(compare_ops([old], [new]))
    assert not [s for s in change.shifts if s.feature == "censure"]
    assert change.kind == "reworded"


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("risk fuelling the conflict", "risk fueling the conflict"),
        ("especially those neighbouring the country", "especially those neighboring the country"),
        ("the demobilisation programme", "the demobilization program"),
        (
            "labelled and modelled on the signalling system",
            "labeled and modeled on the signaling system",
        ),
    ],
)
def test_a_provision_changed_only_by_british_or_american_spelling_is_unchanged(
    british: str, american: str
) -> None:
    old = f"Calls upon all Member States, {british}, to cooperate with the Panel;"
    new = f"Calls upon all Member States, {american}, to cooperate with the Panel;"
    assert first(compare_ops([old], [new])).kind == "unchanged"
    assert first(compare_ops([new], [old])).kind == "unchanged"


# ------------------------------------------------------------------- scope, conditions


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("all parties", "the parties"),
        ("all parties", "relevant parties"),
        ("all States", "States"),
        ("all parties", "the parties concerned"),
        # "All" kept, the word beside it narrows (the word between was skipped).
        ("all parties", "all relevant parties"),
    ],
)
def test_addressees_narrowed_are_softer_and_widened_stronger(old: str, new: str) -> None:
    text = "Calls upon {} to facilitate humanitarian access throughout the country;"
    narrowed = first(compare_ops([text.format(old)], [text.format(new)]))
    assert narrowed.kind == "softened" and ("addressee", "softer") in named(narrowed)
    widened = first(compare_ops([text.format(new)], [text.format(old)]))
    assert widened.kind == "strengthened"


def test_member_states_in_a_position_to_do_so_is_narrower() -> None:
    change = first(
        compare_ops(
            ["Calls upon all Member States to contribute to the trust fund;"],
            ["Calls upon Member States in a position to do so to contribute to the trust fund;"],
        )
    )
    assert change.kind == "softened"


@pytest.mark.parametrize(
    "condition",
    [
        ", unless the Council decides otherwise",
        ", with the consent of the host Government",
        ", upon request",
        ", subject to the availability of funds",
        ", subject to available resources",
    ],
)
def test_conditions_added_are_softer_and_removed_stronger(condition: str) -> None:
    old = "Decides that the Mission shall support the national elections"
    softer = first(compare_ops([old + ";"], [old + condition + ";"]))
    assert softer.kind == "softened"
    stronger = first(compare_ops([old + condition + ";"], [old + ";"]))
    assert stronger.kind == "strengthened"


def test_an_exemption_added_to_a_measure_is_softer() -> None:
    old = (
        "Decides that all States shall prevent the supply of arms and related "
        "materiel to the country;"
    )
    new = (
        "Decides that all States shall prevent the supply of arms and related materiel to "
        "the country, excluding supplies intended solely for the national police;"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "softened" and ("exemption", "softer") in named(change)


def test_an_item_added_to_a_list_of_exemptions_is_softer() -> None:
    head = "Decides that the measures imposed by paragraph 1 shall not apply to:"
    a = f"{head}\n(a) supplies intended solely for the support of the Mission;"
    b = a + "\n(b) supplies of non-lethal military equipment intended for humanitarian use;"
    cmp = compare_ops([a], [b])
    assert first(cmp).kind == "softened"
    assert first(compare_ops([b], [a])).kind == "strengthened"


# ------------------------------------------------------------------- life cycle


def test_decides_to_lift_the_arms_embargo_is_an_embargo_removed_never_added() -> None:
    cmp = compare_ops(
        [
            "Decides that all States shall prevent the direct or indirect supply, sale or "
            "transfer of arms and related materiel to the country;"
        ],
        ["Decides to lift the arms embargo on the country;"],
    )
    change = first(cmp)
    assert change.kind == "softened"
    assert [m.measure for m in cmp.summary.measures_dropped] == ["arms_embargo"]
    assert not cmp.summary.measures_added
    assert cmp.summary.direction == "softer"


def test_a_new_paragraph_lifting_a_measure_is_softer_not_a_new_decision() -> None:
    cmp = compare_ops(
        ["Welcomes the progress of the Government;"],
        [
            "Welcomes the progress of the Government;",
            "Decides to lift the travel ban on its officials;",
        ],
    )
    added = cmp.change_for("OP2", side="new")
    assert added.kind == "added"
    assert {s.direction for s in shifts(added)} == {"softer"}
    assert cmp.summary.direction == "softer"


@pytest.mark.parametrize(
    "sunset",
    [
        " for a final time",
        ", for a final period,",
        " and requests the Mission to begin the drawdown of its troops",
        # Syria cross-border 2022: the second six months no longer follow of themselves.
        ", with a further extension of six months, which will require a separate "
        "resolution confirming this extension",
    ],
)
def test_a_sunset_added_to_a_mandate_extension_is_softer(sunset: str) -> None:
    old = "Decides to extend the mandate of the Mission until 31 December 2022"
    change = first(compare_ops([old + ";"], [old + sunset + ";"]))
    assert change.kind == "softened" and ("lifecycle", "softer") in named(change)


def test_the_renewal_of_a_mandate_pairs_with_its_renewal_and_its_date_is_neutral() -> None:
    cmp = resdiff.compare(
        draft(
            [
                "Welcomes the efforts of the Mission;",
                "Decides to extend the mandate of UNFICYP until 31 January 2022;",
                "Decides to remain seized of the matter.",
            ]
        ),
        draft(
            [
                "Welcomes the efforts of the Mission;",
                "Expresses concern at the tensions along the buffer zone;",
                "Stresses the importance of confidence-building measures between the sides;",
                "Decides to extend the mandate of UNFICYP, as set out in its resolutions, "
                "until 31 July 2022;",
                "Decides to remain seized of the matter.",
            ]
        ),
    )
    change = cmp.change_for("OP4", side="new")
    assert change.old == ("OP2",) and change.kind == "reworded"
    assert [(s.feature, s.old, s.new, s.direction) for s in change.shifts] == [
        ("date", "31 January 2022", "31 July 2022", "neutral")
    ]


def test_small_arms_to_all_arms_widens_the_embargo() -> None:
    text = "Decides that all States shall prevent the supply of {} to armed groups;"
    change = first(
        compare_ops(
            [text.format("small arms and light weapons")],
            [text.format("arms and related materiel of all types")],
        )
    )
    assert change.kind == "strengthened"
    assert ("measure", "stronger") in named(change)


# ------------------------------------------------------------------- quantities


def test_a_report_symbol_is_one_unit_named_neutral() -> None:
    change = first(
        compare_ops(
            ["Takes note of the report of the Secretary-General (S/2021/309);"],
            ["Takes note of the report of the Secretary-General (S/2022/231);"],
        )
    )
    assert change.kind == "reworded"
    assert [(s.feature, s.old, s.new) for s in change.shifts] == [
        ("reference", "S/2021/309", "S/2022/231")
    ]


def test_citations_and_paragraph_references_are_single_units() -> None:
    change = first(
        compare_ops(
            ["Recalls paragraph 12 (g) of resolution 2375 (2017);"],
            ["Recalls paragraph 14 (b) of resolution 2397 (2017);"],
        )
    )
    values = {(s.old, s.new) for s in change.shifts}
    assert values == {("paragraph 12 (g)", "paragraph 14 (b)"), ("2375 (2017)", "2397 (2017)")}
    assert all(s.direction == "neutral" for s in change.shifts)


def test_numbers_pair_where_they_were_replaced_not_by_list_position() -> None:
    change = first(
        compare_ops(
            ["Recalls its resolutions 2014 (2011), 2051 (2012) and 2564 (2021);"],
            [
                "Recalls its resolutions 2014 (2011), 2051 (2012), 2564 (2021), 2586 (2021) and "
                "2624 (2022);"
            ],
        )
    )
    assert not change.shifts  # citations added to a list: no number "changed"


def test_a_lower_cap_on_imports_is_stronger() -> None:
    text = (
        "Decides that all States shall prevent the supply of more than {} barrels of "
        "refined petroleum products;"
    )
    change = first(compare_ops([text.format("2,000,000")], [text.format("500,000")]))
    assert change.kind == "strengthened"
    assert [(s.detail, s.old, s.new) for s in change.shifts] == [
        ("cap", "2,000,000 barrels", "500,000 barrels")
    ]


def test_a_longer_reporting_interval_is_softer() -> None:
    text = "Requests the Secretary-General to report to the Council every {} days;"
    change = first(compare_ops([text.format(90)], [text.format(120)]))
    assert change.kind == "softened"
    assert [(s.detail, s.old, s.new, s.direction) for s in change.shifts] == [
        ("reporting interval", "every 90 days", "every 120 days", "softer")
    ]


@pytest.mark.parametrize(
    ("old", "new", "direction"),
    [
        ("annually;", "every two years;", "softer"),
        ("every year;", "every two years;", "softer"),
        ("annually;", "biennially;", "softer"),
        ("biennially;", "each year;", "stronger"),
        (
            "quarterly, or more frequently if necessary;",
            "monthly, or more frequently if necessary;",
            "stronger",
        ),
    ],
)
def test_a_reporting_interval_in_words_is_an_interval(old: str, new: str, direction: str) -> None:
    """ "every year", "annually", "biennially" are intervals like "every 12 months": a
    longer one is softer, never a new reporting duty (a General Assembly analyst's
    finding: "annually" → "every two years" read as strengthened)."""
    text = "Requests the Secretary-General to report to the Council on the implementation {}"
    change = first(compare_ops([text.format(old)], [text.format(new)]))
    assert [(s.detail, s.direction) for s in change.shifts] == [("reporting interval", direction)]


def test_the_assemblys_agenda_formula_is_procedural() -> None:
    """ "Decides to include in the provisional agenda of its seventy-ninth session the item
    entitled ..." closes a General Assembly text as "remains seized" closes a Council one:
    put in or taken out, it moves nothing (it was read as a decision added, and set the
    direction of a whole draft)."""
    closing = (
        "Decides to include in the provisional agenda of its seventy-ninth session the item "
        'entitled "Promotion and protection of human rights".'
    )
    old = "Decides to continue its consideration of the question at its eightieth session."
    cmp = compare_ops(
        ["Urges all States to ensure access to safe drinking water;", old],
        ["Urges all States to ensure access to safe drinking water;", closing],
    )
    assert cmp.summary.direction == "neutral" and not cmp.summary.key_changes
    # A sentence that decides another act is a decision still.
    more = compare_ops(
        [old], [closing[:-1] + ", and requests the Secretary-General to report to it thereon."]
    )
    assert more.summary.direction == "stronger"


def test_an_adjective_of_frequency_before_its_noun_is_no_interval() -> None:
    lexicon = Lexicon.default()
    for text in (
        "as documented by the Mission, including in the quarterly note published on 30 May",
        "Having taken note of the Commission's second monthly progress reports,",
        "Requests the Secretary-General to include in his quarterly reports an update,",
    ):
        assert not [q for q in lexicon.quantities_in(text) if q.id == "reporting_interval"], text
    (found,) = lexicon.quantities_in("Requests the Secretary-General to report annually;")
    assert (found.id, found.number) == ("reporting_interval", 365.0)


def test_a_shorter_authorization_is_softer() -> None:
    text = "Decides to renew the authorizations set out in paragraph 14 for a period of {} months;"
    change = first(compare_ops([text.format("twelve")], [text.format("three")]))
    assert change.kind == "softened"


def test_a_renewal_period_is_read_from_the_dates() -> None:
    old = (
        "United Nations S/RES/2543 (2020)\n\nResolution 2543 (2020)\n\nAdopted by the "
        "Security Council on 15 September 2020\n\n"
    )
    new = (
        "United Nations S/RES/2596 (2021)\n\nResolution 2596 (2021)\n\nAdopted by the "
        "Security Council on 17 September 2021\n\n"
    )
    a = old + draft(
        [
            "Decides to extend the mandate of UNAMA until 17 September 2021;",
            "Decides to remain seized.",
        ]
    )
    b = new + draft(
        ["Decides to extend the mandate of UNAMA until 17 March 2022;", "Decides to remain seized."]
    )
    cmp = resdiff.compare(a, b)
    change = cmp.changes[1]
    if cmp.old.date is None or cmp.new.date is None:
        pytest.skip("the text reader did not read the dates of this masthead")
    assert (change.kind, [s.detail for s in change.shifts if s.direction != "neutral"]) == (
        "softened",
        ["renewal period"],
    )


def test_a_drawdown_of_so_many_personnel_and_reductions_are_a_drawdown() -> None:
    # ATMIS 2022: "endorses the decision to drawdown 2000 personnel" and "further
    # reductions to 14,626 uniformed personnel" wind the mission down ("reductions" was
    # not read: the pattern knew only "reduction").
    for text in (
        "Authorises the Member States to deploy the Mission until 31 December 2022 and "
        "endorses the decision of the regional organization to drawdown 2,000 personnel by "
        "this date;",
        "Expresses its intention to authorise further reductions to 14,626 uniformed "
        "personnel by the end of the second phase;",
    ):
        change = compare_ops([], [text]).changes[1]
        assert ("lifecycle", "softer") in named(change), text


# ------------------------------------------------------------------- Article 39


def test_a_determination_mid_paragraph_is_found() -> None:
    d = resdiff.parse(
        draft(
            ["Decides to remain seized of the matter."],
            preamble=[
                "Expressing grave concern at the attacks, and determining therefore that there "
                "is a clear threat to international peace and security in the region,"
            ],
        )
    )
    assert not d.art39  # "there is a clear threat" is not "constitutes a threat"
    d = resdiff.parse(
        draft(
            ["Decides to remain seized of the matter."],
            preamble=[
                "Expressing grave concern at the attacks, and determining therefore that the "
                "situation in the region constitutes a threat to international peace and security,"
            ],
        )
    )
    assert d.art39 and d.art39_ref == "PP1"


def test_a_threat_to_regional_and_international_peace_is_a_determination() -> None:
    # ATMIS 2022 PP26: read as no determination, the recital came out as "Article 39
    # determination dropped" against the old "... a threat to international peace and
    # security".
    for threat in ("regional and international", "international and regional"):
        d = resdiff.parse(
            draft(
                ["Decides to remain seized of the matter."],
                preamble=[
                    "Determining that the situation in the country continues to constitute "
                    f"a threat to {threat} peace and security,"
                ],
            )
        )
        assert d.art39 and d.art39_ref == "PP1", threat


def test_previous_determinations_reaffirmed_are_a_determination() -> None:
    # S/RES/2664 (2022) PP10 acts under Chapter VII on the findings made for every regime
    # ("Reaffirming its previous determinations regarding the threats ..."): read as no
    # determination, 2615 -> 2664 opened with "Article 39 determination dropped", where
    # the judge of holdout31 saw the finding kept, generalised.
    ops = ["Decides to remain seized of the matter."]
    kept = (
        "Reaffirming its previous determinations regarding the threats to international "
        "peace and security that prompted its imposition of all extant sanctions measures,"
    )
    d = resdiff.parse(draft(ops, preamble=[kept]))
    assert d.art39 and d.art39_ref == "PP1"
    for also in (
        "Reaffirming all its previous determinations regarding the threats to international "
        "peace and security that prompted its measures,",
        "Recalling its relevant determinations regarding the threat to international peace "
        "and security posed by the situation,",
    ):
        assert resdiff.parse(draft(ops, preamble=[also])).art39, also
    for other in (
        # resolve, not a finding; a thematic recital; one finding of a theme
        "Reaffirming its previous determinations on the sanctions regimes and stressing that "
        "the proliferation of weapons constitutes a threat to international peace and security,",
        "Reaffirming its determination to combat threats to international peace and security,",
        "Reaffirming its determination that terrorism constitutes one of the most serious "
        "threats to international peace and security,",
    ):
        assert not resdiff.parse(draft(ops, preamble=[other])).art39, other


def test_a_threat_found_to_regional_and_international_peace_is_wider() -> None:
    # ATMIS 2022 PP26: "... continues to constitute a threat to international peace and
    # security" -> "... to regional and international peace and security": both judges
    # read the determination widened.
    pre = "Determining that the situation in the country constitutes a threat to {},"
    ops = ["Decides to remain seized of the matter."]
    old = draft(ops, preamble=[pre.format("international peace and security")])
    new = draft(ops, preamble=[pre.format("regional and international peace and security")])
    change = resdiff.compare(old, new).changes[0]
    assert change.kind == "strengthened" and ("art39", "stronger") in named(change)
    assert resdiff.compare(new, old).changes[0].kind == "softened"
    # A wording of the determination, not the determination made or withdrawn: it never
    # weighs as a headline (ATMIS 2022 is mixed on its drawdown, whatever PP26 says).
    assert all(s.weight < 20 for s in change.shifts if s.feature == "art39")


def test_a_narrowed_subject_of_the_determination_is_named_softer() -> None:
    pre = (
        "Determining that {} constitute{} a threat to international peace and "
        "security in the region,"
    )
    cmp = resdiff.compare(
        draft(["Decides to remain seized."], preamble=[pre.format("the situation in Mali", "s")]),
        draft(
            ["Decides to remain seized."],
            preamble=[pre.format("armed groups operating in Mali", "")],
        ),
    )
    change = cmp.changes[0]
    assert change.kind == "softened"
    assert [(s.feature, s.old, s.new) for s in change.shifts] == [
        ("art39", "the situation in Mali", "armed groups operating in Mali")
    ]


# ------------------------------------------------------------------- key changes


def test_the_headline_outweighs_many_small_changes_the_other_way() -> None:
    closing = "Decides to remain seized of the matter."
    pre_old = [PREAMBLE, "Acting under Chapter VII of the Charter of the United Nations,"]
    pre_new = [
        PREAMBLE,
        "Acting under its special responsibility for the maintenance of international "
        "peace and security,",
    ]
    old_ops = [f"Encourages the parties to pursue dialogue on issue {k};" for k in range(1, 6)]
    new_ops = [f"Urges the parties to pursue dialogue on issue {k};" for k in range(1, 6)]
    cmp = resdiff.compare(draft([*old_ops, closing], pre_old), draft([*new_ops, closing], pre_new))
    assert cmp.summary.counts["strengthened"] == 5
    assert cmp.summary.direction == "softer"
    key = cmp.summary.key_changes[0]
    assert key.label == "PP2" and key.direction == "softer" and "Chapter VII" in key.headline
    assert len(cmp.summary.key_changes) <= 5


def test_key_changes_are_heaviest_first_and_never_neutral() -> None:
    cmp = compare_ops(
        [
            "Decides that all States shall prevent the supply of arms and related materiel to "
            "the country;",
            "Encourages the parties to meet;",
            "Takes note of the report S/2021/1;",
        ],
        [
            "Decides to lift the arms embargo on the country;",
            "Urges the parties to meet;",
            "Takes note of the report S/2022/1;",
        ],
    )
    weights = [k.weight for k in cmp.summary.key_changes]
    assert weights == sorted(weights, reverse=True)
    assert cmp.summary.key_changes[0].label == "OP1"
    assert all(k.label != "OP3" for k in cmp.summary.key_changes)


# ------------------------------------------------------------------- the contract


def test_the_json_contract_is_version_5_and_reads_versions_1_3_and_4() -> None:
    cmp = compare_ops(["Urges the parties to meet;"], ["Encourages the parties to meet;"])
    data = json.loads(cmp.model_dump_json())
    assert data["schema"] == "resdiff.comparison/10"
    assert data["summary"]["key_changes"][0]["label"] == "OP1"
    assert Comparison.model_validate_json(cmp.model_dump_json()) == cmp
    old = dict(data, schema="resdiff.comparison/1")
    old["summary"] = {
        k: v
        for k, v in data["summary"].items()
        if k not in ("key_changes", "weight_softer", "weight_stronger")
    }
    for change in old["changes"]:
        for shift in change["shifts"]:
            shift.pop("weight", None)
            shift.pop("detail", None)
    read = Comparison.model_validate(old)
    assert read.schema_ == "resdiff.comparison/10" and read.summary.key_changes == ()
    assert [c.kind for c in read.changes] == [c.kind for c in cmp.changes]
    # Version 3 had no note on how the direction was weighed.
    three = json.loads(cmp.model_dump_json())
    three["schema"] = "resdiff.comparison/3"
    del three["summary"]["direction_note"]
    del three["text_changes"]
    assert Comparison.model_validate(three) == cmp
    # Version 4 had no changes of annexes and footnotes.
    four = json.loads(cmp.model_dump_json())
    four["schema"] = "resdiff.comparison/4"
    del four["text_changes"]
    assert Comparison.model_validate(four) == cmp


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_report_opens_with_the_key_changes(fmt: str) -> None:
    from resdiff.render import render

    cmp = compare_ops(
        ["Demands that the parties cease fire;"], ["Calls upon the parties to cease fire;"]
    )
    out = render(cmp, fmt)
    key, summary = out.index("Key changes"), out.index("Summary")
    assert key < summary
    assert "demands → calls upon" in out[key:summary]


def test_reports_name_the_side_of_a_ref_added_and_dropped() -> None:
    cmp = resdiff.compare(
        draft(
            ["Decides to remain seized."], preamble=[PREAMBLE, "Noting the statement of the Chair,"]
        ),
        draft(
            ["Decides to remain seized."],
            preamble=[PREAMBLE, "Welcoming the mediation of the African Union,"],
        ),
    )
    labels = {c.label for c in cmp.changes if c.kind in ("added", "dropped")}
    assert labels == {"old PP2 (dropped)", "new PP2 (added)"}
    text = str(cmp)
    assert "old PP2" in text and "new PP2" in text


# ------------------------------------------------------------------- the same judgement


def test_provenance_credits_the_source_whose_clauses_the_paragraph_keeps() -> None:
    final = draft(
        ["Condemns the launches of ballistic missiles by the DPRK;", "Decides to remain seized."]
    )
    wordy = draft(
        [
            "Strongly deplores the launches of ballistic missiles by the DPRK on 5 July 2006 "
            "local time;",
            "Decides to remain seized.",
        ]
    )
    short = draft(["Condemns the multiple launches;", "Decides to remain seized."])
    prov = resdiff.provenance(final, {"wordy": wordy, "short": short})
    op1 = prov.paragraph("OP1")
    assert op1.match_in("wordy").similarity > op1.match_in("short").similarity
    assert op1.closest == "short"
    assert op1.match_in("short").agreement > op1.match_in("wordy").agreement


def test_history_steps_carry_the_clause_level_verdicts() -> None:
    a = draft(
        [
            "Welcomes the report and requests the Panel to report every 90 days;",
            "Decides to remain seized.",
        ]
    )
    b = a.replace("every 90 days", "every 120 days")
    h = resdiff.history([a, b], names=["first", "second"])
    step = next(s for p in h.provisions for s in p.steps if s is not None and s.kind != "unchanged")
    assert step.kind == "softened"
    assert [s.detail for s in step.shifts] == ["reporting interval"]


# ------------------------------------------------------------------- hostile sizes


def test_long_runs_of_numbers_are_read_in_linear_time() -> None:
    lexicon = Lexicon.default()
    start = time.process_time()
    lexicon.quantities_in("one " * 8000 + "x police")
    lexicon.quantities_in("1" + ",000" * 8000)
    assert time.process_time() - start < 1.0


def test_a_paragraph_of_thousands_of_clauses_compares_quickly() -> None:
    body = "Calls upon the parties to meet" + "".join(
        f", and urges the parties to meet on issue {k}" for k in range(1600)
    )
    old = draft([body + ";", "Decides to remain seized."])
    new = old.replace("issue 800,", "issue 800 without delay,")
    start = time.process_time()
    cmp = resdiff.compare(old, new)
    assert time.process_time() - start < 10.0
    assert cmp.changes[1].kind == "strengthened"
    assert [s.feature for s in cmp.changes[1].shifts] == ["emphasis"]


def test_an_exemption_on_notice_instead_of_approval_is_widened() -> None:
    head = "Decides that the measures imposed by paragraph 1 shall not apply to:"
    approval = (
        head + "\n(a) supplies of non-lethal equipment, as approved in advance by the Committee;"
    )
    notice = head + "\n(a) supplies of non-lethal equipment, notified to the Committee;"
    widened = first(compare_ops([approval], [notice]))
    assert widened.kind == "softened"
    assert [s.describe() for c in widened.walk() for s in c.shifts] == [
        "exemption widened: approved in advance by the committee → notified to the committee"
    ]
    assert first(compare_ops([notice], [approval])).kind == "strengthened"


def test_a_life_cycle_word_gone_from_one_clause_while_the_provision_keeps_it() -> None:
    old = (
        "Decides to extend until 31 August 2022 the mandate of the Panel of Experts, and "
        "requests the Secretary-General to take the administrative measures to re-establish "
        "the Panel of Experts;"
    )
    new = old.replace("2022", "2023").replace(
        "to re-establish the Panel of Experts", "to allow the Panel to pursue its work"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "reworded"
    assert not [s for s in change.shifts if s.feature == "lifecycle"]


def test_the_word_report_opens_with_the_key_changes() -> None:
    import io
    import re
    import zipfile

    from resdiff.render import render_docx

    cmp = compare_ops(
        ["Demands that the parties cease fire;"], ["Calls upon the parties to cease fire;"]
    )
    xml = zipfile.ZipFile(io.BytesIO(render_docx(cmp))).read("word/document.xml").decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", xml))
    key, summary = text.index("Key changes"), text.index("Summary")
    assert key < summary and "demands → calls upon" in text[key:summary]


def test_a_second_verb_swapped_in_a_short_clause_is_one_substitution() -> None:
    # "... welcomes the agreement ... and urges its swift implementation" → "... and
    # encourages its implementation": the clauses share one word besides their leads;
    # counting the lead words kept them apart (verb added + verb removed: "mixed").
    head = "The Security Council,\n\nRecalling its resolutions,\n\n"
    old = (
        head
        + "1. Welcomes the agreement on the electoral model and urges its swift implementation;\n"
    )
    new = (
        head
        + "1. Welcomes the agreement on the electoral model and encourages its implementation;\n"
    )
    change = resdiff.compare(old, new).change_for("OP1")
    assert change.kind == "softened"
    verbs = [(s.old, s.new) for s in change.shifts if s.feature == "verb"]
    assert verbs == [("urges", "encourages")]


def test_a_renewal_clause_moved_into_another_paragraph_is_not_a_renewal_dropped() -> None:
    ban = (
        "Condemns any exports of charcoal from Somalia in violation of the total ban, and "
        "reaffirms its decision regarding the ban on the import and export of Somali charcoal"
    )
    renewal = (
        "decides to renew the provisions set out in paragraph 15 of resolution 2182 (2014) "
        "until 15 November 2021"
    )
    cmp = compare_ops(
        ["Welcomes the efforts of the Federal Government;", f"{ban}, and {renewal};"],
        [
            f"{renewal.capitalize()} and expresses its intention to review them;",
            "Welcomes the efforts of the Federal Government;",
            f"{ban};",
        ],
    )
    change = cmp.change_for("OP2", side="old")
    assert change.new == ("OP3",)
    assert not [s for s in change.shifts if s.feature == "lifecycle"]
    assert change.kind == "reworded"


def test_report_items_set_by_reference_to_an_earlier_resolution_are_carried_not_dropped() -> None:
    listed = (
        "Requests the Secretary-General to inform the Council of progress in implementing "
        "the mandate as set out in paragraph 12 of resolution 2550 (2020), in a written "
        "report, including on:\n"
        "(a) engagement by the African Union on the final status of the Area;\n"
        "(b) results of human rights monitoring in the Area;"
    )
    cited = (
        "Requests the Secretary-General to inform the Council of progress in implementing "
        "the mandate as set out in paragraph 34 of resolution 2609 (2021), in a written report;"
    )
    change = first(compare_ops([listed], [cited]))
    assert change.kind == "reworded"
    dropped = [s for c in change.walk() for s in c.shifts if s.feature == "scope"]
    assert len(dropped) == 2
    assert all(s.direction == "neutral" for s in dropped)
    assert "paragraph 34 of resolution 2609 (2021)" in (dropped[0].note or "")
    # Without the reference, the items are withdrawn from the request.
    plain = cited.replace(
        "paragraph 34 of resolution 2609 (2021)", "paragraph 12 of resolution 2550 (2020)"
    )
    assert first(compare_ops([listed], [plain])).kind == "softened"


def _adopted(body: str, day: str) -> str:
    return (
        f"Resolution 9991 (2020)\n\nAdopted by the Security Council at its 8700th meeting, "
        f"on {day}\n\n{body}"
    )


def test_a_request_dropped_after_its_deadline_passed_is_spent_not_withdrawn() -> None:
    report = (
        "Requests the Secretary-General to report to the Council by the end of February 2020 "
        "on the feasibility of using alternative modalities for the border crossing;"
    )
    kept = "Decides to renew the authorization of the crossings for six months;"
    old = _adopted(draft([kept, report]), "10 January 2020")
    dropped = resdiff.compare(old, _adopted(draft([kept]), "11 July 2020"))
    change = dropped.change_for("OP2", side="old")
    assert change.kind == "dropped"
    assert [(s.direction, s.note) for s in change.shifts] == [
        ("neutral", "spent: due by the end of February 2020")
    ]
    # Dropped before its deadline, the request is withdrawn.
    early = resdiff.compare(old, _adopted(draft([kept]), "20 February 2020"))
    assert [s.direction for s in early.change_for("OP2", side="old").shifts] == ["softer"]


def test_a_term_run_to_the_end_of_the_old_mandate_is_spent_when_the_mandate_moves_on() -> None:
    # UNITAD 2020 → 2021: "renew the Special Adviser's term to 18 September 2021" went
    # with the mandate that ran until that day; the new text extends the mandate past it.
    align = (
        "Requests the Secretary-General to align the term of the Special Adviser with the "
        "term of this mandate and to renew the Special Adviser's term to 18 September 2021;"
    )

    def extend(until: str) -> str:
        return f"Decides to extend until {until} the mandate of the Special Adviser and the Team;"

    old = _adopted(draft([extend("18 September 2021"), align]), "18 September 2020")
    moved_on = resdiff.compare(
        old, _adopted(draft([extend("17 September 2022")]), "17 September 2021")
    )
    change = moved_on.change_for("OP2", side="old")
    assert [(s.direction, s.note) for s in change.shifts] == [
        ("neutral", "spent: due to 18 September 2021")
    ]
    assert moved_on.summary.direction == "neutral"
    # While the mandate still runs to that day, dropping the request withdraws it.
    kept = resdiff.compare(old, _adopted(draft([extend("18 September 2021")]), "17 September 2021"))
    assert [s.direction for s in kept.change_for("OP2", side="old").shifts] == ["softer"]


def _resolution(number: int, body: str, day: str) -> str:
    return (
        f"Resolution {number} ({day[-4:]})\n\nAdopted by the Security Council at its 3000th "
        f"meeting, on {day}\n\n{body}"
    )


def test_a_request_due_within_a_period_is_spent_once_the_period_has_run() -> None:
    # UNOMIG 1993: "report ... within three months", asked in August and left out in
    # October of the next year, was delivered; left out a month later, it is withdrawn.
    report = "Requests the Secretary-General to report within three months on the Mission;"
    kept = "Decides to remain seized of the matter;"
    old = _resolution(858, draft([report, kept]), "24 August 1993")
    later = resdiff.compare(old, _resolution(876, draft([kept]), "19 January 1994"))
    assert [(s.direction, s.note) for s in later.change_for("OP1", side="old").shifts] == [
        ("neutral", "spent: due within three months")
    ]
    early = resdiff.compare(old, _resolution(876, draft([kept]), "19 October 1993"))
    assert [s.direction for s in early.change_for("OP1", side="old").shifts] == ["softer"]
    # Counted from the adoption in so many words, the same; counted from something else
    # ("within 30 days of the elections"), the request may still stand.
    said = (
        "Requests the Secretary-General to report within 30 days of the adoption of this "
        "resolution;"
    )
    other = "Requests the Secretary-General to report within 30 days of the elections;"
    for text, direction in ((said, "neutral"), (other, "softer")):
        dropped = resdiff.compare(
            _resolution(858, draft([text, kept]), "24 August 1993"),
            _resolution(876, draft([kept]), "19 January 1994"),
        )
        assert [s.direction for s in dropped.change_for("OP1", side="old").shifts] == [direction]


def test_an_act_done_once_is_spent_in_a_later_resolution_not_in_a_revised_draft() -> None:
    approve = "Approves the report of the Secretary-General and the recommendations therein;"
    establish = (
        "Decides to establish a United Nations Observer Mission for a period of six months, "
        "and requests the Secretary-General to take the necessary steps to this end;"
    )
    ask = "Calls upon the parties to respect the cease-fire fully;"
    kept = "Decides to remain seized of the matter;"
    old = _resolution(858, draft([approve, establish, ask, kept]), "24 August 1993")
    later = resdiff.compare(
        old,
        _resolution(
            876, draft([kept], ["Recalling its resolution 858 (1993),"]), "19 October 1993"
        ),
    )
    notes = {
        ref: [(s.direction, s.note) for s in later.change_for(ref, side="old").shifts]
        for ref in ("OP1", "OP2", "OP3")
    }
    assert notes["OP1"] == [("neutral", "spent: done once (Approves)")]
    assert all(d == "neutral" for d, _ in notes["OP2"]), notes["OP2"]
    assert "spent: done once (Decides to establish)" in [n for _, n in notes["OP2"]]
    # An ask of the parties is not an act done once: left out, it is withdrawn.
    assert "softer" in [d for d, _ in notes["OP3"]]
    # The fixture's old input (review of fix23): a later text that neither names the
    # Mission nor cites 858 has left it behind; the approval is still spent.
    silent = resdiff.compare(old, _resolution(876, draft([kept]), "19 October 1993"))
    assert [s.note for s in silent.change_for("OP1", side="old").shifts] == [
        "spent: done once (Approves)"
    ]
    left = [(s.direction, s.note) for s in silent.change_for("OP2", side="old").shifts]
    assert "softer" in [d for d, _ in left], left
    assert not any(n and n.startswith("spent") for _, n in left), left
    # A revised draft of the same text that leaves the approval out withdraws it, and so
    # does a text of the same number (a corrected reissue) or an earlier one.
    for new in (
        _resolution(858, draft([kept]), "24 August 1993"),
        _resolution(850, draft([kept]), "1 August 1993"),
        "DRAFT RESOLUTION\n\n" + draft([kept]),
    ):
        revised = resdiff.compare(old, new)
        assert "softer" in [s.direction for s in revised.change_for("OP1", side="old").shifts]


def test_an_expansion_done_is_spent_in_a_later_resolution_not_in_a_revised_draft() -> None:
    # Review of measures12: an expansion left out by a later resolution weighed softer,
    # while an enlargement of a force (and an expansion brought back to an extension
    # there) did not: the mandate stands as expanded until the Council changes it.
    expand = (
        "Decides to expand the mandate of the Observer Mission to include the monitoring "
        "of the cease-fire along the border;"
    )
    kept = "Decides to remain seized of the matter;"
    old = _resolution(858, draft([expand, kept]), "24 August 1993")
    later = resdiff.compare(old, _resolution(876, draft([kept]), "19 October 1993"))
    notes = [(s.direction, s.note) for s in later.change_for("OP1", side="old").shifts]
    assert all(d == "neutral" for d, _ in notes), notes
    assert "spent: done once (Decides to expand)" in [n for _, n in notes]
    revised = resdiff.compare(old, "DRAFT RESOLUTION\n\n" + draft([kept]))
    assert "softer" in [s.direction for s in revised.change_for("OP1", side="old").shifts]


def test_an_establishment_done_is_not_withdrawn_by_the_paragraph_that_follows_it_up() -> None:
    # UNAVEM 1988 → 1989: the arrangements for the Mission "shall enter into force as soon
    # as" the agreements are signed; the next resolution welcomes their signature.
    before = (
        "Further decides that the arrangements for the establishment of the Mission shall "
        "enter into force as soon as the agreements between the parties are signed;"
    )
    after = "Welcomes the signature of the agreements between the parties;"
    kept = "Decides to remain seized of the matter;"
    later = resdiff.compare(
        _resolution(626, draft([before, kept]), "20 December 1988"),
        _resolution(628, draft([after, kept]), "16 January 1989"),
    )
    lifecycle = [s for s in later.change_for("OP1").shifts if s.feature == "lifecycle"]
    assert [(s.direction, s.note) for s in lifecycle] == [
        ("neutral", "spent: done once (established)")
    ]
    # In a revised draft the establishment taken out is a mandate no longer set up.
    revised = resdiff.compare(draft([before, kept]), draft([after, kept]))
    assert [s.direction for s in revised.change_for("OP1").shifts if s.feature == "lifecycle"] == [
        "softer"
    ]


def test_only_the_ask_that_carries_a_passed_deadline_is_spent() -> None:
    # Syria cross-border 2020: the call on the agencies has no deadline; the review asked
    # of the Secretary-General "within six months" is due by the next text.
    both = (
        "Calls upon United Nations humanitarian agencies to improve monitoring of the "
        "delivery of relief consignments and requests the Secretary-General to conduct, "
        "within six months of the adoption of this resolution, an independent written review "
        "of the operations;"
    )
    kept = "Decides to remain seized of the matter;"
    dropped = resdiff.compare(
        _resolution(2504, draft([both, kept]), "10 January 2020"),
        _resolution(2533, draft([kept]), "11 July 2020"),
    )
    shifts = dropped.change_for("OP1", side="old").shifts
    assert [(s.old, s.direction) for s in shifts] == [
        ("calls upon", "softer"),
        ("requests", "neutral"),
    ]


def test_asking_others_to_establish_or_naming_an_established_body_is_no_act_done_once() -> None:
    kept = "Decides to remain seized of the matter;"
    for text in (
        "Requests the Mission to establish an appropriate mechanism for joint planning;",
        "Decides that the Panel of Experts established pursuant to resolution 1591 (2005) "
        "shall cooperate with the Mission;",
        "Decides that the Mission shall establish a presence in Gao and Timbuktu;",
        "Decides that the Monitoring Group established by the Secretary-General shall "
        "continue its mandate;",
    ):
        dropped = resdiff.compare(
            _resolution(2579, draft([text, kept]), "3 June 2021"),
            _resolution(2636, draft([kept]), "3 June 2022"),
        )
        directions = [s.direction for s in dropped.change_for("OP1", side="old").shifts]
        assert "softer" in directions, text


def _dropped_shifts(text: str, old_day: str, new_day: str) -> list[tuple[str, str, str | None]]:
    """The shifts of ``text`` dropped from resolution 858 (of ``old_day``) in 876."""
    kept = "Decides to remain seized of the matter;"
    # The later text cites 858: what 858 set up lives on (see
    # test_an_establishment_is_done_once_only_where_the_body_lives_on).
    cmp = resdiff.compare(
        _resolution(858, draft([text, kept]), old_day),
        _resolution(
            876, draft([kept], [f"Recalling its resolution 858 ({old_day[-4:]}),"]), new_day
        ),
    )
    return [(s.old or "", s.direction, s.note) for s in cmp.change_for("OP1", side="old").shifts]


def test_an_establishment_is_done_once_only_where_the_body_lives_on() -> None:
    # S/RES/644 (1989) -> 714 (1991): 714 neither names the Observer Group nor cites 644;
    # both judges read the lost set-up as the headline (softer). A later text that names
    # the body, by name or acronym, or cites the resolution that set it up keeps it.
    establish = (
        "Decides to set up immediately, under its authority, a United Nations Observer Group "
        "in Ruritania (ONUR), and requests the Secretary-General to take the necessary steps "
        "to this end;"
    )
    kept = "Decides to remain seized of the matter;"
    old = _resolution(650, draft([establish, kept]), "7 November 1989")

    def shifts(new_body: str) -> list[tuple[str, str | None]]:
        cmp = resdiff.compare(old, _resolution(700, new_body, "6 May 1991"))
        return [(s.direction, s.note) for s in cmp.change_for("OP1", side="old").shifts]

    left = shifts(draft([kept]))
    assert "softer" in [d for d, _ in left], left
    assert not any(n and n.startswith("spent") for _, n in left), left
    for lives_on in (
        draft(["Commends the Observer Group for its work;", kept]),
        draft(["Requests ONUR to continue its work;", kept]),
        draft([kept], ["Recalling its resolution 650 (1989),"]),
    ):
        got = shifts(lives_on)
        assert got and {d for d, _ in got} == {"neutral"}, (lives_on, got)
    # A commission named with a lower-case head lives on where its noun recurs.
    commission = "Establishes a commission consisting of three members of the Council;"
    old = _resolution(650, draft([commission, kept]), "7 November 1989")
    assert "softer" in [d for d, _ in shifts(draft([kept]))]
    assert {d for d, _ in shifts(draft(["Requests the Commission to report;", kept]))} == {
        "neutral"
    }


def test_a_body_lives_on_only_where_its_name_recurs_as_a_whole_word() -> None:
    # Review of fix23: the name is looked for as a word, not inside another. A later text
    # that names only UNAMIR has not kept UNAMI; "submission" or "commissioned" is no
    # "commission"; "security forces" no "force".
    kept = "Decides to remain seized of the matter;"

    def shifts(establish: str, new_ops: list[str]) -> set[str]:
        old = _resolution(650, draft([establish, kept]), "7 November 1989")
        cmp = resdiff.compare(old, _resolution(700, draft([*new_ops, kept]), "6 May 1991"))
        return {s.direction for s in cmp.change_for("OP1", side="old").shifts}

    mission = (
        "Decides to establish a United Nations Assistance Mission for Ruritania (UNAMI) "
        "for an initial period of twelve months;"
    )
    assert "softer" in shifts(mission, ["Commends UNAMIR for its work;"])
    assert shifts(mission, ["Commends UNAMI for its work;"]) == {"neutral"}
    commission = "Establishes a commission consisting of three members of the Council;"
    assert "softer" in shifts(commission, ["Welcomes the submission of the report;"])
    assert shifts(commission, ["Requests the Commission to report;"]) == {"neutral"}
    # A body named only by its noun lives on as "the Commission", not in another body's
    # name that holds the noun ("the Economic Commission for Africa", "the Commission on
    # Human Rights").
    for other in (
        "Welcomes the work of the Economic Commission for Africa;",
        "Requests the Commission on Human Rights to report;",
    ):
        assert "softer" in shifts(commission, [other]), other
    # The body the clause sets up, not one it names as set up before ("the Committee
    # established by resolution 600 (1987)"): a later text that names only that one has
    # left the Commission of Inquiry behind.
    inquiry = (
        "Decides to establish, in consultation with the Committee established by "
        "resolution 600 (1987), a Commission of Inquiry to investigate the attacks;"
    )
    assert "softer" in shifts(inquiry, ["Requests the Committee to report;"])
    assert shifts(inquiry, ["Welcomes the report of the Commission of Inquiry;"]) == {"neutral"}
    force = "Decides to establish under its authority a force composed of contingents;"
    assert "softer" in shifts(force, ["Condemns the violence of the security forces;"])


def test_an_act_done_once_spends_only_its_own_clause_and_what_serves_it() -> None:
    both = (
        "Approves the report of the Secretary-General and demands that all parties cease "
        "hostilities immediately;"
    )
    got = _dropped_shifts(both, "24 August 1993", "19 August 1994")
    assert ("approves", "neutral", "spent: done once (Approves)") in got
    assert [d for o, d, _ in got if o == "demands"] == ["softer"]
    serving = (
        "Decides to establish a United Nations Angola Verification Mission, and requests "
        "the Secretary-General to take the necessary steps to this end;"
    )
    got = _dropped_shifts(serving, "20 December 1988", "16 January 1990")
    assert {d for _, d, _ in got} == {"neutral"}, got
    # The note names the act as printed, without the comma after it.
    assert ("decides", "neutral", "spent: done once (Decides to establish)") in got


def test_an_establishment_done_takes_the_measures_it_names_with_it() -> None:
    panel = "Decides to establish a Panel of Experts to monitor the arms embargo;"
    got = _dropped_shifts(panel, "1 March 2020", "1 March 2021")
    assert got and {d for _, d, _ in got} == {"neutral"}, got


def test_a_decision_beside_a_one_time_request_is_spent_with_it() -> None:
    # S/RES/326 (1973): the mission dispatched and asked to report by 1 March 1973.
    dispatch = (
        "Decides to dispatch immediately a special mission of four members of the Council "
        "to assess the situation, and requests the mission so constituted to report to the "
        "Council not later than 1 March 1973;"
    )
    got = _dropped_shifts(dispatch, "2 February 1973", "10 March 1973")
    assert {d for _, d, _ in got} == {"neutral"}, got
    observers = (
        "Decides to establish a United Nations Observer Mission, and requests the "
        "Secretary-General to report within 30 days on its deployment;"
    )
    got = _dropped_shifts(observers, "24 August 1993", "19 October 1993")
    assert {d for _, d, _ in got} == {"neutral"}, got


def test_a_deadline_counted_from_adoption_runs_only_from_an_adoption() -> None:
    report = "Requests the Secretary-General to report within three months on the Mission;"
    kept = "Decides to remain seized of the matter;"
    # A draft never adopted: its clock never started.
    early = "S/1993/100\n\n24 August 1993\n\nDRAFT RESOLUTION\n\n"
    late = "S/1993/100/Rev.1\n\n19 January 1994\n\nDRAFT RESOLUTION\n\n"
    cmp = resdiff.compare(early + draft([report, kept]), late + draft([kept]))
    assert [s.direction for s in cmp.change_for("OP1", side="old").shifts] == ["softer"]


def test_which_deadlines_count_from_adoption() -> None:
    lexicon = Lexicon.default()
    since, on = dt.date(2020, 1, 1), dt.date(2020, 12, 28)

    def due(text: str) -> str | None:
        return spent_deadline(text, on, since=since, lexicon=lexicon)

    ask = "Requests the Secretary-General to report "
    assert due(ask + "within fifteen days;") == "within fifteen days"
    assert due(ask + "within 30 days of its adoption;") == "within 30 days"
    assert due(ask + "within 30 days of the date of this resolution;") == "within 30 days"
    assert (
        due(ask + "no later than 60 days after the adoption of this resolution;")
        == "no later than 60 days after the adoption of this resolution"
    )
    for other in (
        "within three months, and every three months thereafter;",
        "within 30 days when the Mission reaches full strength;",
        "within 90 days of the adoption of the new constitution;",
        "no later than 60 days after the adoption of the electoral law;",
        "within 30 days of the elections;",
        # Twelve months from 1 January 2020 fall due on 1 January 2021, not 360 days on.
        "within twelve months;",
        # A fixed date passed, but a deadline that cannot be placed may still stand.
        "by 31 March 2020 and within 30 days of the elections;",
    ):
        assert due(ask + other) is None, other
    assert due(ask + "within eleven months;") == "within eleven months"


def test_a_later_resolution_is_told_from_a_revised_draft() -> None:
    kept = draft(["Decides to remain seized of the matter;"])
    first_text = resdiff.parse(_resolution(858, kept, "24 August 1993"), format="text")
    later = resdiff.parse(_resolution(876, kept, "19 October 1993"), format="text")
    assert later_resolution(first_text, later)
    assert not later_resolution(later, first_text)
    assert not later_resolution(first_text, first_text)
    assert not later_resolution(first_text, resdiff.parse(kept, format="text"))


def test_an_ask_addressed_to_more_named_actors_is_stronger() -> None:
    fgs = "Calls upon the FGS to continue its efforts to address corruption;"
    both = "Calls upon the FGS and FMS to continue its efforts to address corruption;"
    widened = first(compare_ops([fgs], [both]))
    assert widened.kind == "strengthened"
    assert [s.describe() for s in widened.shifts] == ["addressees added: FMS"]
    narrowed = first(compare_ops([both], [fgs]))
    assert narrowed.kind == "softened"
    # The Secretary-General asked "in consultation with" someone is not a second addressee.
    sg = "Requests the Secretary-General to report on the situation;"
    consulting = (
        "Requests the Secretary-General, in consultation with the Committee, to report on "
        "the situation;"
    )
    assert not [
        s for s in first(compare_ops([sg], [consulting])).shifts if s.feature == "addressee"
    ]


def test_calling_upon_inside_a_recital_opens_a_clause_of_its_own() -> None:
    recital = (
        "Expressing concern at the continued reports of corruption, and calling upon the "
        "FGS to continue its efforts to address corruption,"
    )
    d = resdiff.parse(draft(["Decides to remain seized of the matter."], [recital]))
    assert [p.lemma for p in d.preamble[0].phrases] == ["expressing concern", "calling upon"]


def test_a_clause_added_to_continue_what_is_in_place_asks_nothing_new() -> None:
    extend = "Decides to extend until 15 November 2022 the mandate of UNISFA"
    kept = first(
        compare_ops(
            [f"{extend};"],
            [
                f"{extend}, and further decides that UNISFA should continue to implement that "
                "mandate in accordance with resolution 2609 (2021);"
            ],
        )
    )
    assert kept.kind == "reworded"
    assert [(s.direction, s.note) for s in kept.shifts if s.feature == "verb"] == [
        ("neutral", "it asks to go on with what is in place, nothing new")
    ]
    # A new ask that does not continue anything is a new demand.
    new_ask = first(
        compare_ops(
            [f"{extend};"],
            [f"{extend}, and further decides that UNISFA shall deploy a police unit to Abyei;"],
        )
    )
    assert new_ask.kind == "strengthened"


def test_words_moved_within_an_ask_are_neither_taken_away_nor_added() -> None:
    old = (
        "Calls upon the Governments to provide full support to the Force in the "
        "implementation of its mandate, ensuring the mission’s freedom of movement;"
    )
    new = (
        "Urges the Governments to provide full support for the Force in its mandate, ensuring "
        "the safety, security, and freedom of movement of the United Nations personnel and "
        "assets, in line with their primary responsibility as host states;"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "mixed"
    assert {(s.feature, s.direction) for s in change.shifts} == {
        ("verb", "softer"),
        ("scope", "stronger"),
    }


def test_an_exemption_cut_into_a_list_with_renumbered_references_is_not_a_new_one() -> None:
    inline = (
        "Decides that the arms embargo shall not apply to deliveries of weapons and military "
        "equipment intended solely for the development of the security institutions, which "
        "are subject to the approvals and notification procedures as set out in paragraphs "
        "10 to 17;"
    )
    listed = (
        "Reaffirms that the arms embargo shall not apply to:\n"
        "(a) deliveries of weapons for the security institutions, subject to the procedures "
        "in paragraphs 23, 24, 25 and 26 below;"
    )
    (item,) = first(compare_ops([inline], [listed])).children
    # The item's words were in the old paragraph all along, renumbered references aside.
    assert item.kind == "added" and not item.shifts


def test_continues_to_request_ranks_as_a_request_and_its_ask_can_widen() -> None:
    old = (
        "Reaffirms the importance of the aide-memoire, continues to request the "
        "Secretary-General to report any actions that impede the Force's ability to fulfil "
        "its mandate;"
    )
    new = old.replace(
        "its mandate;",
        "its mandate, including risks to the integrity of the buffer zone and interference "
        "with its activities across the island;",
    )
    (_, request) = resdiff.parse(draft([new])).operative[0].phrases
    assert (request.lemma, request.axis_a) == ("continue to request", 3)
    assert first(compare_ops([old], [new])).kind == "strengthened"
    swapped = first(compare_ops([old], [old.replace("continues to request", "requests")]))
    assert swapped.kind == "reworded"


def test_but_opens_a_clause_as_and_does() -> None:
    old = (
        "Regrets the lack of participation of women's organisations, and urges the leaders "
        "to support the Technical Committee on Gender Equality;"
    )
    new = old.replace(";", ", but welcomes the adoption and launch of the Action Plan;")
    op = resdiff.parse(draft([new])).operative[0]
    assert [p.lemma for p in op.phrases] == ["regret", "urge", "welcome"]
    # A welcome added is declaratory: the urged ask is no wider for it.
    assert first(compare_ops([old], [new])).kind == "reworded"


# ------------------------------------------- rules found on the real texts (third round)


def test_a_short_item_joined_to_what_an_ask_covers_widens_it() -> None:
    cmp = compare_ops(
        ["Requests the Secretary-General to monitor sexual violence in conflict situations;"],
        [
            "Requests the Secretary-General to monitor sexual violence in conflict and "
            "post-conflict situations and displacement camps;"
        ],
    )
    assert first(cmp).kind == "strengthened"
    assert ("scope", "stronger") in named(first(cmp))


def test_a_reference_added_to_an_ask_is_not_a_wider_ask() -> None:
    cmp = compare_ops(
        ["Calls upon the parties to implement the agreement;"],
        [
            "Calls upon the parties to implement the agreement, in line with the "
            "state-building roadmap agreed by the parties on 27 May 2021;"
        ],
    )
    assert first(cmp).kind == "reworded"


def test_what_a_concern_is_about_widened_is_new_facts_not_a_wider_ask() -> None:
    cmp = compare_ops(
        ["Expresses grave concern at the attacks by armed groups;"],
        [
            "Expresses grave concern at the attacks by armed groups and the exploitation "
            "of the licit financial system by their networks;"
        ],
    )
    assert first(cmp).kind == "reworded"


def test_calls_once_more_on_to_urges_is_a_lower_tier() -> None:
    cmp = compare_ops(
        ["Calls once more on the sides to respect the authority of the Force;"],
        ["Urges the sides to respect the authority of the Force;"],
    )
    assert first(cmp).kind == "softened"
    assert ("verb", "softer") in named(first(cmp))


def test_take_appropriate_steps_to_is_a_hedge() -> None:
    cmp = compare_ops(
        ["Urges contributing countries to ensure full accountability;"],
        ["Urges contributing countries to take appropriate steps to ensure full accountability;"],
    )
    assert first(cmp).kind == "softened"
    assert ("hedge", "softer") in named(first(cmp))


def test_within_their_respective_mandates_is_a_hedge() -> None:
    # MINUSMA 2022 OP38: read as a wider ask ("reach widened"), it came out stronger.
    cmp = compare_ops(
        ["Encourages the regional missions to support the reform of the security sector;"],
        [
            "Encourages the regional missions, within their respective mandates, to support "
            "the reform of the security sector;"
        ],
    )
    assert first(cmp).kind == "softened"
    assert ("hedge", "softer") in named(first(cmp))
    # "within its mandate" in what the Council affirms is no hedge on an ask.
    affirmed = compare_ops(
        ["Recognizes that the protection of civilians is a priority;"],
        ["Recognizes that the protection of civilians is a priority within its mandate;"],
    )
    assert ("hedge", "softer") not in named(first(affirmed))


def test_underlining_the_importance_of_full_compliance_with_past_texts_presses_harder() -> None:
    # UNAMID 2020, UNSOM 2022, AMISOM 2021 PP1: the judges read the clause added as a
    # call for compliance (and its removal as softer), not as a remark.
    plain = "Reaffirming all its previous resolutions on the situation in the country,"
    pressed = (
        "Reaffirming all its previous resolutions on the situation in the country and "
        "underlining the importance of full compliance with and implementation of these,"
    )
    ops = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(draft(ops, preamble=[plain]), draft(ops, preamble=[pressed]))
    assert cmp.changes[0].kind == "strengthened"
    cmp = resdiff.compare(draft(ops, preamble=[pressed]), draft(ops, preamble=[plain]))
    assert cmp.changes[0].kind == "softened"
    # Only that boilerplate: full compliance with the law, stressed or underlined, is a
    # remark either way.
    law = "{} the importance of full compliance with international humanitarian law,"
    cmp = resdiff.compare(
        draft(ops, preamble=[law.format("Stressing")]),
        draft(ops, preamble=[law.format("Underlining")]),
    )
    assert cmp.changes[0].kind == "reworded"


def test_a_concern_at_a_continued_deterioration_presses_harder() -> None:
    cmp = compare_ops(
        ["Expresses concern at the deterioration of the situation in the buffer zone;"],
        ["Expresses concern at the continued deterioration of the situation in the buffer zone;"],
    )
    assert first(cmp).kind == "strengthened"


def test_remain_actively_seized_to_remain_seized_is_softer() -> None:
    old = draft(["Requests a report;", "Decides to remain actively seized of the matter."])
    new = draft(["Requests a report;", "Decides to remain seized of the matter."])
    assert resdiff.compare(old, new).changes[2].kind == "softened"


def test_a_compound_written_open_or_closed_is_unchanged() -> None:
    cmp = compare_ops(
        ["Stresses the importance of peace building in the region;"],
        ["Stresses the importance of peacebuilding in the region;"],
    )
    assert first(cmp).kind == "unchanged"


def test_while_opens_a_clause_in_a_recital() -> None:
    kept = "Reaffirming the primary responsibility of the Government to protect civilians,"
    recital = kept[:-1] + ", while expressing concern that the situation remains precarious,"
    closing = ["Decides to remain seized of the matter."]
    d = resdiff.parse(draft(closing, preamble=[recital]))
    assert [p.lemma for p in d.clause("PP1").phrases][-1] == "expressing concern"
    cmp = resdiff.compare(d, draft(closing, preamble=[kept]))
    assert cmp.changes[0].kind == "softened"
    assert ("censure", "softer") in named(cmp.changes[0])


def test_but_still_opens_a_clause_in_a_recital() -> None:
    # Real drafting (UNMISS 2022 PP28): "..., but still expressing grave concern over
    # allegations ..." → "..., while expressing continued concern over allegations ...".
    # Without "but" and "still" the censure went unread and the change was "reworded".
    head = "Noting the measures taken by the mission to combat sexual exploitation and abuse"
    old = head + ", but still expressing grave concern over allegations of sexual abuse,"
    new = head + ", while expressing continued concern over allegations of sexual abuse,"
    closing = ["Decides to remain seized of the matter."]
    d = resdiff.parse(draft(closing, preamble=[old]))
    assert [p.lemma for p in d.clause("PP1").phrases][-1] == "expressing grave concern"
    cmp = resdiff.compare(d, draft(closing, preamble=[new]))
    assert cmp.changes[0].kind == "softened"
    assert ("censure", "softer") in named(cmp.changes[0])


def test_a_part_split_off_under_a_lower_censure_is_softer() -> None:
    # Real drafting (UNSMIL 2022 PP12): the grave concern stays for the smuggling, but
    # the humanitarian situation split off under plain "concern". The split-off clause's
    # words all stood in the old one, so it is no clause added; compared with the lead
    # that governed them before, its concern is lower.
    old = (
        "Expressing grave concern at the humanitarian situation in Libya, including "
        "insufficient provision of basic services, the smuggling of migrants and human "
        "trafficking through Libya, and at the situation faced by migrants and refugees,"
    )
    new = (
        "Expressing concern at the humanitarian situation in Libya, including "
        "insufficient provision of basic services, further expressing grave concern about "
        "the smuggling of migrants and human trafficking through Libya, and at the "
        "situation faced by migrants and refugees,"
    )
    closing = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(draft(closing, preamble=[old]), draft(closing, preamble=[new]))
    change = cmp.changes[0]
    assert change.kind == "softened"
    assert ("censure", "softer") in named(change)
    # The mirror: the part joined back under the grave concern is raised.
    back = resdiff.compare(draft(closing, preamble=[new]), draft(closing, preamble=[old]))
    assert back.changes[0].kind == "strengthened"


def test_an_intent_to_impose_sanctions_dropped_from_a_paragraph_is_softer() -> None:
    # Real drafting (the South Sudan sanctions renewal of 2022): the invitation stays, the
    # Council's stated intent to impose sanctions goes. "Its intent" is "its intention".
    invite = (
        "Invites the Commission to share relevant information with the Council, as "
        "appropriate, on its assessment of the parties' implementation of the Agreement"
    )
    change = first(
        compare_ops(
            [invite + ", also expresses its intent to continue to impose any sanctions "
             "that may be appropriate to respond to the situation;"],
            [invite + ";"],
        )
    )  # fmt: skip
    assert change.kind == "softened"
    assert ("warning", "softer") in named(change)


@pytest.mark.parametrize("speed", ["swiftly", "promptly", "expeditiously"])
def test_speed_asked_of_an_act_and_dropped_is_softer(speed: str) -> None:
    old = f"Calls upon the Government to {speed} and fully investigate the killing of the experts;"
    new = "Calls upon the Government to fully investigate the killing of the experts;"
    change = first(compare_ops([old], [new]))
    assert change.kind == "softened" and ("emphasis", "softer") in named(change)
    # An adjective of speed is description, not an ask pressed ("the swift formation of a
    # Government" restated as "form a Government without further delay" is no softening).
    assert first(
        compare_ops(["Calls for the swift formation of a Government;"],
                    ["Calls for the formation of a Government;"])
    ).kind == "reworded"  # fmt: skip


def test_a_delisting_procedure_opened_is_a_measure_eased() -> None:
    base = "Decides that the measures imposed by paragraph 1 shall apply to the individuals"
    change = first(
        compare_ops(
            [base + ";"],
            [base + ", and decides that the Committee shall consider requests for delisting;"],
        )
    )
    assert ("lifecycle", "softer") in named(change)


def test_two_exemptions_widened_outweigh_one_item_struck_in_the_document_direction() -> None:
    # Real drafting (the CAR arms embargo of 2022): two exemptions move from approval to
    # notice and one calibre-limited item is struck (read as an exemption removed). Two
    # items widened are two facts, not one told twice, so the document is softer.
    head = "Decides that the measures imposed by paragraph 1 shall not apply to:"
    old = (
        head
        + "\n(a) supplies of non-lethal equipment, as approved in advance by the Committee;"
        + "\n(b) supplies of vehicles for the security forces, as approved in advance by the "
        "Committee;"
        + "\n(c) supplies of weapons with a calibre of 14.5 mm or less to the security forces;"
    )
    new = (
        head
        + "\n(a) supplies of non-lethal equipment, notified to the Committee;"
        + "\n(b) supplies of vehicles for the security forces, notified to the Committee;"
    )
    cmp = compare_ops([old], [new])
    widened = [s for c in cmp.changes for p in c.walk() for s in p.shifts
               if s.detail and s.detail.startswith("exemption widened")]  # fmt: skip
    assert len(widened) == 2
    assert cmp.summary.direction == "softer"


def test_the_same_emphasis_word_dropped_in_several_paragraphs_weighs_once() -> None:
    wps = "Urges the parties to ensure the full, equal and meaningful participation of women"
    kept = "Calls upon the parties to respect the ceasefire"
    old = [wps + " in the talks;", wps + " in the committees;", kept + ";"]
    new = [
        wps.replace("equal and ", "") + " in the talks;",
        wps.replace("equal and ", "") + " in the committees;",
        kept + " immediately;",
    ]
    # One drafting choice ("equal" taken out of a formula) against one demand pressed
    # harder: balanced, not softer.
    assert compare_ops(old, new).summary.direction == "mixed"


def test_an_ask_widened_beside_a_renumbered_reference_is_reach_widened() -> None:
    # The yearly renumbering of references ("paragraphs 10 to 17" → "23 to 30") must not
    # hide the short item joined right after it: read together, the number replaced and
    # the item inserted looked like a word traded for another.
    change = first(
        compare_ops(
            ["Urges the Government to apply the weapons management set out in paragraphs 10 "
             "to 17;"],
            ["Urges the Government to apply the weapons management set out in paragraphs 23 "
             "to 30, and weapons tracing;"],
        )
    )  # fmt: skip
    assert change.kind == "strengthened" and ("scope", "stronger") in named(change)


def test_a_citation_added_to_a_reaffirmed_basis_is_not_a_wider_ask() -> None:
    # Real drafting (DRC sanctions, 2022): the reaffirmed designation criteria now also
    # cite the resolution that set the latest of them; no new ask.
    basis = (
        "Reaffirms that measures described in paragraph 5 of resolution 2293 (2016) shall "
        "apply to individuals and entities as designated by the Committee, as set forth in "
        "paragraph 7 of resolution 2293 (2016)"
    )
    change = first(
        compare_ops(
            [basis + " and paragraph 3 of resolution 2360 (2017);"],
            [basis + ", paragraph 3 of resolution 2360 (2017) and paragraph 3 of resolution "
             "2582 (2021);"],
        )
    )  # fmt: skip
    assert ("scope", "stronger") not in named(change)


def test_a_measure_named_first_by_a_concern_takes_its_mode_from_the_demand_after_it() -> None:
    # Real drafting (Libya, 2022): "Calls for full compliance with the arms embargo"
    # became "Expresses serious concern over violations of the arms embargo, demands full
    # compliance with the arms embargo". The concern only names the embargo; the demand
    # imposes it, so the embargo is pressed harder, never "removed".
    change = first(
        compare_ops(
            ["Calls for full compliance by all Member States with the arms embargo;"],
            ["Expresses serious concern over continued violations of the arms embargo, "
             "demands full compliance by all Member States with the arms embargo;"],
        )
    )  # fmt: skip
    assert change.kind == "strengthened"
    assert not [s for s in shifts(change) if s.feature == "measure" and s.direction == "softer"]


def test_an_item_added_to_the_framework_an_ask_follows_is_not_a_wider_ask() -> None:
    # UNIFIL 2022: the request keeps its object; what it is "in line with" grows.
    ask = (
        "Requests the Secretary-General to continue to take all appropriate measures to "
        "enhance the safety and security of the personnel of the Force, in line with "
        "resolution 2518 (2020){} and other relevant resolutions;"
    )
    change = first(
        compare_ops(
            [ask.format("")],
            [ask.format(", the Action Plan on improving safety and security related to the "
                        "report on improving security of peacekeepers")],
        )
    )  # fmt: skip
    assert change.kind == "reworded" and ("scope", "stronger") not in named(change)
    # The same words added to what the Secretary-General must do widen the ask.
    wider = first(
        compare_ops(
            [ask.format("")],
            [ask.replace("personnel of the Force,", "personnel of the Force and of their "
                         "families and dependants,").format("")],
        )
    )  # fmt: skip
    assert ("scope", "stronger") in named(wider)


def test_the_basis_of_an_ask_given_is_not_a_wider_ask() -> None:
    # UNIFIL 2022: "following the letter of the Government ... as well as per the
    # recommendations of the Secretary-General" says why the Council asks, not what.
    ask = (
        "Further requests the Force, in line with resolution 1701{}, to take temporary "
        "measures to support the armed forces with fuel, food and medicine;"
    )
    change = first(
        compare_ops(
            [ask.format("")],
            [ask.format(" and following the letter of the Government of 15 March 2022 "
                        "addressed to the President of the Council")],
        )
    )  # fmt: skip
    assert ("scope", "stronger") not in named(change)


def test_a_provision_renewed_where_it_was_first_taken_is_carried_on_not_grown() -> None:
    # UNIFIL 2022: "to take temporary and special measures" → "to exceptionally extend
    # temporary and special measures ... no longer than 28 February 2023": the task is
    # carried on, granted as an exception with a hard end; an expert calls it softer.
    old = (
        "Further requests the Force to take temporary and special measures to support "
        "the armed forces with fuel, food and medicine for a limited period of six months;"
    )
    new = (
        "Further requests the Force to exceptionally extend temporary and special measures "
        "to support the armed forces with fuel, food and medicine for a period of six "
        "months and no longer than 28 February 2023;"
    )
    change = first(compare_ops([old], [new]))
    assert ("lifecycle", "stronger") not in named(change)
    assert change.kind == "softened" and ("hedge", "softer") in named(change)


def test_a_call_reiterated_in_a_recital_is_a_call_not_a_bare_reiteration() -> None:
    # UNIFIL 2022: "and reiterating its call for the Government of Lebanon to secure its
    # borders" joined to a recital is a call added (as "calling for"), not "reiterating".
    emphasis = (
        "Emphasizing to all parties the importance of full compliance with the prohibition "
        "on sales and supply of arms"
    )
    call = (
        ", and reiterating its call for the Government to secure its borders and other "
        "entry points to prevent the entry of arms without its consent"
    )
    cmp = resdiff.compare(
        draft(["Decides to remain seized of the matter."], preamble=[emphasis + ","]),
        draft(["Decides to remain seized of the matter."], preamble=[emphasis + call + ","]),
    )
    change = cmp.changes[0]
    assert change.kind == "strengthened", [s.describe() for s in shifts(change)]


def test_old_words_under_a_new_censuring_lead_are_censure_added() -> None:
    # UNIFIL 2022: the investigation only "stressed" becomes one whose lack of progress
    # the Council deplores; the words of the object were there, the censure was not.
    solidarity = "Expressing its solidarity with Lebanon and its people after the explosions"
    welcoming = "welcoming the International Conference on Assistance to Lebanon"
    old = (
        f"{solidarity}, stressing the need for a swift, independent, impartial, thorough and "
        f"transparent investigation into the explosions by the Lebanese judicial system, "
        f"{welcoming},"
    )
    new = (
        f"{solidarity}, {welcoming}, deploring the lack of progress of an independent, "
        "impartial, thorough and transparent investigation into the explosions by the "
        "Lebanese judicial system, and further stressing the need for such an investigation,"
    )
    closing = ["Decides to remain seized of the matter."]
    change = resdiff.compare(draft(closing, preamble=[old]), draft(closing, preamble=[new]))
    assert ("censure", "stronger") in named(change.changes[0])
    # A lead only inflected differently ("encourages" → "encouraging") adds nothing.
    encourages = f"{solidarity}, and further encourages the participation of youth,"
    fixed = resdiff.compare(
        draft(closing, preamble=[encourages]),
        draft(closing, preamble=[encourages.replace("encourages", "encouraging")]),
    )
    assert fixed.changes[0].kind == "reworded" and not shifts(fixed.changes[0])


def test_an_authorization_to_use_all_the_means_is_an_authorization_of_force() -> None:
    # MINUSCA 2021 → 2022: the authorization of French forces "to use all the means" to
    # support the mission under serious threat, dropped: the headline of the pair.
    french = (
        "Authorises French armed forces, within the limits of their capacities and at the "
        "request of the Secretary-General, to use all the means to provide operational "
        "support to elements of the Mission when under serious threat;"
    )
    kept = "Decides to extend the mandate of the Mission until 15 November 2023;"
    cmp = compare_ops([kept, french], [kept])
    dropped = cmp.change_for("OP2", side="old")
    assert ("use-of-force", "softer") in named(dropped)
    assert cmp.summary.direction == "softer"


def test_two_technical_rollovers_of_a_few_weeks_are_scheduling_not_a_shorter_mandate() -> None:
    # UNAMID 2020: the mandate kept "until 31 May 2020" (two months) then "until 3 June
    # 2020" (five days) while the Council negotiated; an expert calls it neutral.
    def extend(until: str) -> str:
        return f"Decides to extend the mandate of the Operation until {until};"

    old = _adopted(draft([extend("31 May 2020")]), "30 March 2020")
    stopgap = resdiff.compare(old, _adopted(draft([extend("3 June 2020")]), "29 May 2020"))
    periods = [s for s in shifts(stopgap.changes[1]) if s.detail == "renewal period"]
    assert [(s.direction, s.note) for s in periods] == [("neutral", "both technical rollovers")]
    assert stopgap.summary.direction == "neutral"
    # From a stopgap to a real period (two months → a year) is a longer renewal.
    real = resdiff.compare(old, _adopted(draft([extend("31 May 2021")]), "29 May 2020"))
    assert [s.direction for s in shifts(real.changes[1]) if s.detail == "renewal period"] == [
        "stronger"
    ]


def test_an_ask_added_after_a_framework_is_still_a_wider_ask() -> None:
    # MINUSCA 2022: "... in accordance with the Status of Forces Agreement[, including by
    # authorising night flights]" asks more of the authorities; the framework does not
    # swallow what follows it.
    ask = (
        "Calls on the authorities to ensure the Mission's freedom of movement throughout "
        "the country, in accordance with the Status of Forces Agreement{};"
    )
    change = first(
        compare_ops([ask.format("")], [ask.format(", including by authorising night flights")])
    )
    assert change.kind == "strengthened" and ("scope", "stronger") in named(change)


def test_a_mandate_task_widened_in_its_list_is_a_wider_ask() -> None:
    # MINUSCA 2022 OP36 (e)(i), MONUSCO 2022: a task with no lead of its own, under
    # "Decides that the mandate shall include the following tasks:", asks more.
    def tasks(task: str) -> str:
        return (
            "Decides that the mandate of the Mission shall include the following tasks:\n"
            "(a) To support the disarmament, demobilization and reintegration of "
            f"combatants{task};\n"
            "(b) To protect civilians under threat of physical violence;"
        )

    change = first(
        compare_ops(
            [tasks("")],
            [tasks(", including through supporting the Government to provide security and "
                   "appropriate protection to demobilized ex-combatants")],
        )
    )  # fmt: skip
    assert change.kind == "strengthened" and ("scope", "stronger") in named(change)
    # The same task framed by what stands ("building on recent progress") asks no more.
    framed = first(compare_ops([tasks("")], [tasks(", building on recent progress")]))
    assert ("scope", "stronger") not in named(framed)


def test_a_report_named_in_a_recital_is_a_fact_not_a_reporting_interval() -> None:
    # MINUSCA 2022 PP9: "Taking note of the joint report of 4 August 2021" → "... of the
    # joint annual report to the Security Council": no reporting is asked for.
    recital = "Taking note of the joint {} on violations of human rights in the country,"
    closing = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(
        draft(closing, preamble=[recital.format("report of 4 August 2021")]),
        draft(closing, preamble=[recital.format("annual report to the Security Council")]),
    )
    assert cmp.changes[0].kind == "reworded", [s.describe() for s in shifts(cmp.changes[0])]
    # A recital that asks for the reports in so many words still asks.
    asks = (
        "Reiterating its request for the Secretary-General to include an update on the "
        "measures in his quarterly reports,"
    )
    dropped = resdiff.compare(
        draft(closing, preamble=[PREAMBLE, asks]), draft(closing, preamble=[PREAMBLE])
    )
    assert any(s.direction == "softer" for c in dropped.changes for s in shifts(c))


def test_attacks_called_possible_war_crimes_press_the_censure_harder() -> None:
    # MONUSCO 2022 PP17: "its condemnation of any and all attacks against peacekeepers"
    # → "..., which may constitute war crimes".
    old = (
        "Condemns any and all attacks against peacekeepers, and emphasises that those "
        "responsible must be held accountable;"
    )
    new = old.replace("peacekeepers,", "peacekeepers, which may constitute war crimes,")
    change = first(compare_ops([old], [new]))
    assert change.kind == "strengthened" and ("emphasis", "stronger") in named(change)


def test_a_focus_named_within_what_a_clause_covers_is_not_a_wider_ask() -> None:
    # MINUSCA 2022 PP8: "violence ... committed by all parties to the conflict[,
    # particularly armed groups]" names who is foremost, not someone more.
    condemn = (
        "Condemns in the strongest terms all violence against civilians committed by all "
        "parties to the conflict{} throughout the country;"
    )
    change = first(
        compare_ops([condemn.format("")], [condemn.format(", particularly armed groups,")])
    )
    assert ("scope", "stronger") not in named(change)
    # A longer item joined to what is condemned still widens it.
    wider = first(
        compare_ops(
            [condemn.format("")],
            [condemn.format(" and the attacks on schools, hospitals and places of worship")],
        )
    )
    assert ("scope", "stronger") in named(wider)


def test_a_longer_renewal_with_its_demands_cut_down_is_a_mixed_document() -> None:
    # UNISFA 2022: the mandate renewed for twelve months instead of six, in a rollover
    # that drops the calls on the two Governments; an expert calls the text mixed.
    def extend(until: str) -> str:
        return f"Decides to extend the mandate of the Force until {until};"

    demands = [
        "Demands that the parties remove all obstacles to the Force's freedom of movement;",
        "Calls upon both Governments to ensure the safety and security of its personnel;",
    ]
    old = _adopted(draft([extend("15 November 2022"), *demands]), "12 May 2022")
    cut = resdiff.compare(old, _adopted(draft([extend("15 November 2023")]), "14 November 2022"))
    assert cut.summary.direction == "mixed"
    # The same longer renewal with the demands kept is stronger.
    kept = resdiff.compare(
        old, _adopted(draft([extend("15 November 2023"), *demands]), "14 November 2022")
    )
    assert kept.summary.direction == "stronger"


def test_an_extension_to_a_date_is_a_renewal_period_like_until() -> None:
    # BINUH 2021: "Decides to extend, to 15 October 2021 the mandate" → "..., to 15 July
    # 2022": twelve months then nine, though neither text says "until".
    def extend(to: str) -> str:
        return f"Decides to extend, to {to} the mandate of the Office;"

    old = _adopted(draft([extend("15 October 2021")]), "15 October 2020")
    cmp = resdiff.compare(old, _adopted(draft([extend("15 July 2022")]), "15 October 2021"))
    periods = [s for s in shifts(cmp.changes[1]) if s.detail == "renewal period"]
    assert [(s.old, s.new, s.direction) for s in periods] == [("12 months", "9 months", "softer")]


def test_a_paragraph_dropped_whose_asks_stand_in_others_is_folded_in_not_withdrawn() -> None:
    # Real drafting (UNMISS 2022, old OP37): the call on the Government to sign the
    # memorandum on the Hybrid Court and the encouragement of the international community
    # are no paragraph of their own any more; each stands, in its words, in a different
    # new paragraph that asks it all the same. No one paragraph holds the old one, so
    # it is no merge: it is dropped, and each ask is named with where it went.
    call = (
        "calls on the Transitional Government to sign without delay the memorandum of "
        "understanding establishing the Hybrid Court for South Sudan"
    )
    encourage = (
        "encourages the international community to provide technical and financial "
        "assistance to the transitional justice institutions"
    )
    kept = "Requests the Secretary-General to report on the implementation of this resolution;"
    host = (
        "Urges the Transitional Government to implement the Revitalised Agreement in full, "
        "to complete the transitional security arrangements and to adopt the constitution"
    )
    other = "Welcomes the work of the Reconstituted Joint Monitoring and Evaluation Commission"
    folded = call[0].upper() + call[1:] + ", and " + encourage + ";"
    cmp = compare_ops(
        [kept, host + ";", other + ";", folded],
        [kept, host + ", and " + call + ";", other + ", and " + encourage + ";"],
    )
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert len(dropped) == 1
    went = shifts(dropped[0])
    assert len(went) == 2 and all(s.direction == "neutral" for s in went)
    assert {s.note for s in went} == {"its words stand in new OP2", "its words stand in new OP3"}
    # The same paragraph dropped with its words nowhere else is withdrawn: softer.
    gone = compare_ops([kept, folded], [kept])
    assert ("verb", "softer") in named(next(c for c in gone.changes if c.kind == "dropped"))


def test_alarm_is_held_above_grave_or_serious_concern() -> None:
    # Judged on real texts, consistently: "Expresses serious concern" → "Expresses alarm"
    # presses harder (UNFICYP 2022 OP11), "Reiterating its grave alarm and concern" →
    # "Reiterating its deep concern" eases (UNMISS 2022 PP8). The lexicon says so in
    # degrees.toml (alarm: rank 3, a noun that is a degree of its own).
    closing = ["Decides to remain seized of the matter."]
    raised = compare_ops(
        ["Expresses serious concern at the continued violations of the status quo;"],
        ["Expresses alarm at the continued violations of the status quo;"],
    )
    assert first(raised).kind == "strengthened"
    assert ("degree", "stronger") in named(first(raised))
    old = "Reiterating its grave alarm and concern regarding the crisis in South Sudan,"
    new = "Reiterating its deep concern regarding the crisis in South Sudan,"
    eased = resdiff.compare(draft(closing, preamble=[old]), draft(closing, preamble=[new]))
    assert eased.changes[0].kind == "softened"
    assert ("degree", "softer") in named(eased.changes[0])
    # Another censure noun is another word, not a degree: "serious concern" → "regret".
    other = compare_ops(
        ["Expresses serious concern at the continued violations of the status quo;"],
        ["Expresses regret at the continued violations of the status quo;"],
    )
    assert ("degree", "softer") not in named(first(other))
    assert ("degree", "stronger") not in named(first(other))


def test_a_conditional_final_extension_is_a_sunset_and_its_removal_stronger() -> None:
    # UNISFA 2020 → 2021: "this shall be the final such extension unless the parties take
    # the specific measures described in paragraph 3" gives way to a decision that UNISFA
    # shall continue to implement that mandate: the sunset is gone.
    head = "Decides to extend until 15 May 2021 the Force's support to the border mechanism"
    sunset = (
        ", and further decides that this shall be the final such extension unless the "
        "parties take the specific measures described in paragraph 3;"
    )
    old = head + sunset
    new = head + ", and further decides that the Force shall continue to implement that mandate;"
    change = first(compare_ops([old], [new]))
    assert change.kind == "strengthened"
    assert ("lifecycle", "stronger") in named(change)


def test_an_exception_removed_from_a_lifting_lifts_more() -> None:
    # DRC sanctions 2022: the notification requirement "shall no longer apply ... except in
    # relation to items in Annex A, which remain subject to the notification procedures",
    # then "shall no longer apply" to anything. The exception kept part of the measure.
    lifted = (
        "Decides that the notification requirements set out in paragraph 5 of resolution "
        "1807 (2008) shall no longer apply"
    )
    old = (
        lifted
        + " to shipments of arms and related materiel except in relation to items in Annex A;"
    )
    change = first(compare_ops([old], [lifted + ";"]))
    assert change.kind == "softened"
    assert ("exemption", "softer") in named(change)
    # An exception to a measure kept, removed, still makes the measure wider: stronger.
    embargo = "Decides that all States shall prevent the supply of arms to the Government"
    kept = first(
        compare_ops([embargo + ", except in relation to items in Annex A;"], [embargo + ";"])
    )
    assert ("exemption", "stronger") in named(kept)


def test_a_measure_gone_from_a_provision_that_the_new_draft_imposes_elsewhere_moved() -> None:
    # The 1540 Committee, 2022: the group of experts named in the extension of the
    # Committee's mandate, then in a paragraph of its own further on; and the request to
    # the Secretary-General that serves it, moved with it word for word.
    old = (
        "Decides to extend until 30 November 2022 the mandate of the Committee established "
        "pursuant to resolution 1540 (2004) with the continued assistance of its group of "
        "experts, and requests the Secretary-General to take the necessary administrative "
        "measures to this effect;"
    )
    between = (
        "Encourages States to prepare on a voluntary basis national implementation action "
        "plans, mapping out their priorities;"
    )
    extend = (
        "Decides to extend the mandate of the Committee established pursuant to resolution "
        "1540 (2004) for a period of 10 years until 30 November 2032;"
    )
    experts = (
        "Also decides to continue to provide the Committee with the assistance of its group "
        "of experts, established pursuant to paragraph 5 of resolution 1977 (2011), to "
        "assist the Committee in carrying out its mandate, and requests the Secretary-General "
        "to take the necessary administrative measures to this effect, and further directs "
        "the Committee to review its internal guidelines;"
    )
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(
        _adopted(draft([old, between, closing]), "25 February 2022"),
        _adopted(draft([extend, between, experts, closing]), "30 November 2022"),
    )
    extended = cmp.change_for("OP1", side="old")
    went = {(s.feature, s.direction, s.note) for s in shifts(extended)}
    assert ("measure", "neutral", "still imposed in new OP3") in went
    assert ("verb", "neutral", "its words stand in new OP3") in went
    # Ten years is a renewal period (the 1540 Committee's, 2011 and 2022), told in years.
    periods = [s for s in shifts(extended) if s.detail == "renewal period"]
    assert [(s.old, s.new, s.direction) for s in periods] == [("9 months", "10 years", "stronger")]
    assert extended.kind == "strengthened"
    # With no group of experts anywhere in the new draft, the measure is gone: softer.
    alone = resdiff.compare(
        _adopted(draft([old, between, closing]), "25 February 2022"),
        _adopted(draft([extend, between, closing]), "30 November 2022"),
    )
    assert ("measure", "softer") in named(alone.change_for("OP1", side="old"))


def test_a_measure_kept_then_drawn_down_is_one_move_along_the_life_cycle() -> None:
    # UNISFA 2021: "Maintains the authorized troop ceiling at 3,550" → "Decides to reduce
    # the authorized troop ceiling to 3,250". One drawdown in place of a measure kept, not
    # a drawdown beside a measure no longer maintained (which weighed the one fact twice
    # in the document's balance).
    change = first(
        compare_ops(
            ["Maintains the authorized troop ceiling at 3,550 until 15 May 2021;"],
            ["Decides to reduce the authorized troop ceiling to 3,250 until 15 May 2022;"],
        )
    )
    cycle = [s for s in shifts(change) if s.feature == "lifecycle"]
    assert len(cycle) == 1
    assert (cycle[0].direction, cycle[0].old is not None, cycle[0].new is not None) == (
        "softer",
        True,
        True,
    )
    assert change.kind == "softened"


def test_the_panel_on_a_country_is_the_panel_of_experts() -> None:
    # Somalia 2021 → 2022: "renew ... the Panel on Somalia" → "renew ... the Panel of
    # Experts": the same body renewed, by its other name; no sanctions institution added.
    old = "Decides to renew until 15 December 2022 the Panel on Somalia;"
    new = "Decides to renew until 15 December 2023 the Panel of Experts;"
    change = first(compare_ops([old], [new]))
    assert not [s for s in shifts(change) if s.feature == "measure"]
    assert [(m.kind, m.ends) for m in resdiff.parse(draft([old])).clause("OP1").measures] == [
        ("institutions", False)
    ]


def test_a_hedge_goes_with_the_ask_it_qualified() -> None:
    # UNSOM 2022 OP14: "Requests the United Nations ... to consider the adverse effects of
    # climate change" → "Highlights the importance of ... considering" them. The ask is
    # gone (the lead's shift says so); its "consider" gone with it is no firmer ask.
    old = (
        "Requests the United Nations and the Government to consider the adverse effects "
        "of climate change;"
    )
    new = (
        "Highlights the importance of the United Nations and the Government considering "
        "the adverse effects of climate change;"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "softened"
    assert ("hedge", "stronger") not in named(change)
    # Within the same ask, a hedge removed is a firmer ask all the same.
    firmer = first(compare_ops([old], [old.replace("to consider", "to address")]))
    assert ("hedge", "stronger") in named(firmer)


def test_without_prejudice_to_the_authorities_is_a_hedge() -> None:
    # UNISFA 2021 OP14: the protection of civilians "includes taking the necessary actions,
    # without prejudice to the responsibilities of the relevant authorities, to protect
    # civilians": a host-state qualifier.
    task = (
        "Decides that the mandate includes taking the necessary actions{} to protect "
        "civilians under imminent threat of physical violence;"
    )
    hedged = ", without prejudice to the responsibilities of the relevant authorities,"
    change = first(compare_ops([task.format("")], [task.format(hedged)]))
    assert change.kind == "softened"
    assert ("hedge", "softer") in named(change)


def test_a_short_amendment_leaves_the_provisions_it_does_not_restate_in_force() -> None:
    # DRC sanctions, June → December 2022: the December text lifts one notification
    # requirement while the measures renewed "until 1 July 2023" in June run on. It does
    # not restate them, and does not withdraw them: both judges gave every paragraph it
    # leaves out a neutral effect.
    renew = "Decides to renew until 1 July 2023 the measures set out in paragraph 1;"
    calls = [
        f"Calls upon all parties to implement commitment number {k} of the Agreement;"
        for k in range(1, 10)
    ]
    notify = "Decides that the notification requirements shall apply to items in Annex A;"
    june = _adopted(draft([renew, notify, *calls]), "30 June 2022")
    lifted = "Decides that the notification requirements shall no longer apply;"
    december = _adopted(
        draft([lifted, "Decides to remain seized of the matter."]), "20 December 2022"
    )
    cmp = resdiff.compare(june, december)
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert dropped and all(s.direction == "neutral" for c in dropped for s in shifts(c))
    assert any(
        (s.note or "").startswith("still in force: the old text's terms run until 1 July 2023")
        for c in dropped
        for s in shifts(c)
    )
    # A full renewal (as long as the old text, with a term of its own) that leaves the
    # calls out withdraws them: softer.
    full = _adopted(
        draft([renew.replace("2023", "2024"), notify, "Decides to remain seized of the matter."]),
        "30 June 2023",
    )
    again = resdiff.compare(june, full)
    assert any(
        s.direction == "softer" for c in again.changes if c.kind == "dropped" for s in shifts(c)
    )


def test_a_rollover_that_extends_the_old_resolution_as_a_whole_keeps_it_in_force() -> None:
    # Somalia sanctions 2022 ("Decides to extend resolution 2607 (2021) until 17 November
    # 2022"), ATMIS 2022 ("Reaffirms its decisions in resolution 2628 (2022) except as
    # follows"): the old text goes on as a whole, and what the short text does not restate
    # is not withdrawn. A rollover that continues the mandate only ("in accordance with
    # resolution 2592 (2021)") leaves the rest out: the dev judge of UNISFA 2022 read the
    # demands it drops as softer.
    calls = [
        f"Calls upon all States to implement commitment number {k} of the Agreement;"
        for k in range(1, 11)
    ]
    old = "Resolution 2607 (2021)\n\n" + draft(calls)
    whole = draft(["Decides to extend resolution 2607 (2021) until 17 November 2022;"])
    cmp = resdiff.compare(old, whole)
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert len(dropped) == 10
    note = "still in force: the new text continues resolution 2607 (2021) as a whole"
    assert all(s.direction == "neutral" and s.note == note for c in dropped for s in shifts(c))
    # The paragraph that extends it renews it on the same terms: no new ask.
    renewal = next(c for c in cmp.changes if c.kind == "added")
    assert shifts(renewal) and all(s.direction == "neutral" for s in shifts(renewal))
    mandate = draft(
        [
            "Decides to extend until 31 October 2022 the mandate of the Mission, and further "
            "decides that the Mission should continue to implement that mandate in "
            "accordance with resolution 2607 (2021);"
        ]
    )
    again = resdiff.compare(old, mandate)
    assert all(
        s.direction == "softer" for c in again.changes if c.kind == "dropped" for s in shifts(c)
    )


def test_a_follow_up_that_implements_the_old_resolution_keeps_it_in_force() -> None:
    # UNPROFOR 1993 ("Determined to implement fully the provisions of resolution 836
    # (1993)", 7 operative paragraphs after 15) and Bosnia 1992 ("in implementation of
    # paragraph 2 of resolution 770 (1992)"): both judges read what the follow-up leaves
    # out as not withdrawn.
    calls = [
        f"Demands that all parties respect commitment number {k} of the Agreement;"
        for k in range(1, 11)
    ]
    old = "Resolution 836 (1993)\n\n" + draft(calls)
    follow_up = [
        "Authorizes the reinforcement of the Force, in implementation of paragraph 2 of "
        "resolution 836 (1993);",
        *calls[:4],
    ]
    cmp = resdiff.compare(old, draft(follow_up))
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert len(dropped) == 6
    note = "still in force: the new text implements resolution 836 (1993)"
    assert all(s.direction == "neutral" and s.note == note for c in dropped for s in shifts(c))
    # Longer than half the old text, it is a text of its own: what it leaves out goes.
    longer = resdiff.compare(old, draft([follow_up[0], *calls[:6]]))
    assert all(
        s.direction == "softer" for c in longer.changes if c.kind == "dropped" for s in shifts(c)
    )
    # Implementing another resolution is no cue.
    other = resdiff.compare(old, draft([follow_up[0].replace("836", "819"), *calls[:4]]))
    assert all(
        s.direction == "softer" for c in other.changes if c.kind == "dropped" for s in shifts(c)
    )


def test_a_list_of_tasks_dropped_where_the_mandate_goes_on_by_reference_is_not_withdrawn() -> None:
    # AMISOM 2020 -> 2021 ("to carry out its mandate, as set out in paragraphs 12 and 13 of
    # its resolution 2568 (2021)"), UNITAMS 2020 -> 2022 ("as contained in paragraph 3 of
    # resolution 2579 (2021)"): the tasks stand in the resolution referred to. The other
    # asks the text leaves out are still the Council's choice.
    tasks = (
        "Decides to authorise the Mission to carry out the following priority tasks:\n"
        "(a) To support the political process;\n"
        "(b) To protect civilians under threat;\n"
        "(c) To assist the national forces;"
    )
    calls = [f"Calls upon all parties to implement commitment number {k};" for k in range(1, 4)]
    authorise = "Decides to extend until 28 February 2021 the authorization of the Mission;"
    old = draft([authorise, tasks, *calls])
    new = draft(
        [
            "Decides to extend until 31 March 2022 the authorization of the Mission to carry "
            "out its mandate, as set out in paragraphs 12 and 13 of its resolution 2568 (2021);"
        ]
    )
    cmp = resdiff.compare(old, new)
    dropped = {c.old[0]: c for c in cmp.changes if c.kind == "dropped"}
    note = "carried by reference to resolution 2568 (2021)"
    assert shifts(dropped["OP2"]) and all(
        s.direction == "neutral" and s.note == note for s in shifts(dropped["OP2"])
    )
    assert all(
        any(s.direction == "softer" for s in shifts(dropped[ref])) for ref in ("OP3", "OP4", "OP5")
    )
    # A renewal that restates no reference leaves the tasks out: softer; and so does one
    # whose reference belongs to something else: a Panel's mandate, a report asked for,
    # tasks excepted.
    for renewal in (
        "Decides to extend until 31 March 2022 the authorization of the Mission;",
        "Decides to extend until 31 March 2022 the authorization of the Mission, and to "
        "extend the mandate of the Panel of Experts as set out in paragraph 21 of "
        "resolution 2140 (2014);",
        "Decides to extend until 31 March 2022 the mandate of the Mission, and requests the "
        "Secretary-General to report on its implementation as set out in paragraph 5 of "
        "resolution 2568 (2021);",
        "Decides to extend until 31 March 2022 the mandate of the Mission, except the tasks "
        "as set out in paragraph 12 of resolution 2568 (2021), which shall end;",
    ):
        again = resdiff.compare(old, draft([renewal]))
        gone = {c.old[0]: c for c in again.changes if c.kind == "dropped"}
        assert any(s.direction == "softer" for s in shifts(gone["OP2"])), renewal


def test_an_ask_only_to_continue_the_mandate_gone_from_its_renewal_withdraws_nothing() -> None:
    # UNISFA 2020 OP1, UNSOM 2022 OP1: the renewal stays; the clause "and further decides
    # that the Mission should continue to implement that mandate in accordance with
    # resolution 2497 (2019)" goes. The mandate goes on by the renewal itself.
    renew = (
        "Decides to extend until {} the mandate of the Mission as set out in resolution 1990 (2011)"
    )
    old = renew.format("15 November 2020") + (
        ", and further decides that the Mission should continue to implement that mandate "
        "in accordance with resolution 2497 (2019);"
    )
    new = renew.format("15 May 2021") + ";"
    change = first(compare_ops([old], [new]))
    assert change.kind == "reworded"
    assert any(s.note == "asked only to continue the mandate" for s in shifts(change))
    # An ask to do something else, gone, is still an ask withdrawn; and so is an ask to go
    # on implementing part of the mandate, gone from a paragraph that renews nothing.
    other = old.replace("continue to implement that mandate", "report on the mandate")
    assert first(compare_ops([other], [new])).kind == "softened"
    robust = (
        "Welcomes the report, and requests the Mission to continue to implement its mandate "
        "to protect civilians robustly;"
    )
    assert first(compare_ops([robust], ["Welcomes the report;"])).kind == "softened"


def test_the_summary_of_a_short_amendment_keeps_what_it_leaves_in_force() -> None:
    # The DRC amendment of December 2022 restates neither the Group of Experts nor Chapter
    # VII; both stand (the June text's terms run to 2023). The summary must not list the
    # Group as a measure dropped, nor Chapter VII as dropped.
    recital = "Acting under Chapter VII of the Charter of the United Nations,"
    june_ops = [
        "Decides to renew until 1 July 2023 the mandate of the Group of Experts;",
        *[f"Calls upon all parties to implement commitment {k};" for k in range(1, 9)],
    ]
    june = _adopted(draft(june_ops, preamble=[recital]), "30 June 2022")
    december = _adopted(
        draft(["Decides that the notification requirements shall no longer apply;"]),
        "20 December 2022",
    )
    summary = resdiff.compare(june, december).summary
    assert summary.measures_dropped == ()
    assert summary.chapter_vii == "kept"
    assert summary.use_of_force == "absent"


def test_a_dropped_demand_whose_words_stand_under_a_weaker_ask_is_softer() -> None:
    # Found in review: a demand dropped whose words stand in a paragraph that only urges
    # was read as moved there (neutral). Only a paragraph that asks at least as firmly
    # holds a clause.
    demand = "Demands that all parties cease hostilities immediately;"
    urges = (
        "Urges all parties to cease hostilities immediately and to return to the "
        "negotiating table without preconditions;"
    )
    cmp = compare_ops([demand, urges], [urges])
    dropped = next(c for c in cmp.changes if c.kind == "dropped")
    assert ("verb", "softer") in named(dropped)
    # Where the other paragraph demands it too, the words moved.
    demands = urges.replace("Urges all parties to", "Demands that all parties")
    moved = compare_ops([demand, demands], [demands])
    assert all(
        s.direction == "neutral" for c in moved.changes if c.kind == "dropped" for s in shifts(c)
    )


def test_a_part_split_off_after_but_is_compared_with_its_old_lead() -> None:
    # Found in review: "but", "yet" and "still" close or open a clause but counted as
    # words of substance, so a part split off after ", but still" was no longer "old words"
    # and read as a new concern (stronger) instead of a lowered one.
    old = (
        "Expressing grave concern at the humanitarian situation in the country and the "
        "smuggling of migrants through the country,"
    )
    new = (
        "Expressing concern at the humanitarian situation in the country, but still "
        "expressing grave concern about the smuggling of migrants through the country,"
    )
    closing = ["Decides to remain seized of the matter."]
    cmp = resdiff.compare(draft(closing, preamble=[old]), draft(closing, preamble=[new]))
    assert ("censure", "softer") in named(cmp.changes[0])
    assert ("censure", "stronger") not in named(cmp.changes[0])


def test_the_later_text_compared_as_old_is_not_kept_in_force() -> None:
    # Found in review: compared the other way round (the later, full text as "old"),
    # nothing of it was in force when the earlier short text was adopted.
    renew = "Decides to renew until 1 July 2024 the measures set out in paragraph 1;"
    calls = [f"Calls upon all parties to implement commitment {k};" for k in range(1, 10)]
    full = _adopted(draft([renew, *calls]), "30 June 2023")
    short = _adopted(
        draft(["Decides that the notification requirements shall no longer apply;"]),
        "20 December 2022",
    )
    cmp = resdiff.compare(full, short)
    assert any(
        s.direction == "softer" for c in cmp.changes if c.kind == "dropped" for s in shifts(c)
    )


def test_a_lifting_written_into_the_continuation_paragraph_keeps_its_weight() -> None:
    # Found in review: the paragraph that continues the old resolution as a whole was
    # neutralised in full, a lifting written into it with it.
    calls = [f"Calls upon all States to implement commitment {k};" for k in range(1, 11)]
    old = "Resolution 2607 (2021)\n\n" + draft(
        ["Decides that all States shall prevent the direct or indirect import of charcoal;", *calls]
    )
    new = draft(
        [
            "Decides to extend resolution 2607 (2021) until 17 November 2022, and decides "
            "that the measures imposed by paragraph 1 of resolution 2607 (2021) shall no "
            "longer apply;"
        ]
    )
    cmp = resdiff.compare(old, new)
    assert cmp.summary.direction == "softer"


def test_a_carve_out_takes_the_sense_of_the_side_it_stands_on() -> None:
    # Found in review: an exception added to a clause that now lifts a measure (the old
    # clause imposed it) was read with the old clause's sense. The new clause lifts: an
    # exception to it keeps part of the measure (stronger than lifting it all), and the
    # lifting itself is softer.
    old = "Decides that all States shall take the measures set out in paragraph 1;"
    new = (
        "Decides that the measures set out in paragraph 1 shall no longer apply, with the "
        "exception of items in Annex A;"
    )
    change = first(compare_ops([old], [new]))
    assert ("exemption", "stronger") in named(change)
    back = first(compare_ops([new], [old]))
    assert ("exemption", "softer") in named(back)


def test_unconditional_compliance_and_scrupulous_respect_press_an_ask() -> None:
    # UNIFIL 1981: "... full implementation of resolution 425" -> "its unconditional
    # fulfilment"; ONUSAL 1992: "respect scrupulously ... the commitments".
    plain = "Calls upon the parties to withdraw their forces from the zone;"
    pressed = "Calls upon the parties to withdraw their forces from the zone unconditionally;"
    change = first(compare_ops([plain], [pressed]))
    assert change.kind == "strengthened"
    assert [s.describe() for s in change.shifts] == ["emphasis added: “unconditionally”"]
    assert first(compare_ops([pressed], [plain])).kind == "softened"
    # "scrupulously" asks what "strictly" asks: one for the other is no change in force.
    strict = "Calls upon the parties to respect strictly the commitments they have assumed;"
    scrupulous = strict.replace("strictly", "scrupulously")
    assert named(first(compare_ops([strict], [scrupulous]))) <= {("emphasis", "neutral")}
    assert first(compare_ops([strict.replace("strictly ", "")], [scrupulous])).kind == (
        "strengthened"
    )


def test_without_preconditions_is_unconditionally() -> None:
    before = "Calls upon the parties to resume negotiations without preconditions;"
    after = "Calls upon the parties to resume negotiations unconditionally;"
    assert named(first(compare_ops([before], [after]))) <= {("emphasis", "neutral")}
    assert first(compare_ops([before], [before.replace(" without preconditions", "")])).kind == (
        "softened"
    )


def test_a_force_enlarged_is_a_life_cycle_word() -> None:
    lexicon = Lexicon.default()
    for text in (
        # S/RES/762 (1992), UNPROFOR; S/RES/814 (1993), UNOSOM II.
        "Authorizes the strengthening of the Force by the addition of up to sixty military "
        "observers and one hundred and twenty civilian police;",
        "Decides to expand the size of the force of the United Nations Operation in Somalia;",
        "Decides to authorize the reinforcement of UNPROFOR;",
        "Approves the deployment of additional 500 troops to the Mission;",
    ):
        assert {x.label for x in lexicon.lifecycle_in(text)} == {"enlarged"}, text
    for text in (
        "Supports the strengthening of State institutions;",
        "Requests the Secretary-General to provide additional information;",
        "Calls for the strengthening of the rule of law;",
    ):
        assert lexicon.lifecycle_in(text) == [], text


def test_a_later_resolution_that_extends_or_enlarges_weighs_a_life_cycle() -> None:
    # ONUSAL 1991 → 1992: the follow-up extends the mandate, which the earlier text did
    # not touch; UNPROFOR 752 → 762 (1992): the later text enlarges the Force.
    kept = "Decides to remain seized of the matter;"
    talks = "Urges both parties to pursue the negotiations;"
    extend = (
        "Approves the proposal of the Secretary-General to extend the mandate of the Mission "
        "until 30 November 1992;"
    )
    enlarge = (
        "Authorizes the strengthening of the Force by the addition of up to sixty military "
        "observers;"
    )
    for added, label in ((extend, "extended"), (enlarge, "enlarged")):
        later = resdiff.compare(
            _resolution(714, draft([talks, kept]), "30 September 1991"),
            _resolution(784, draft([talks, added, kept]), "30 October 1992"),
        )
        change = later.change_for("OP2", side="new")
        assert change.kind == "added"
        assert [(s.feature, s.new, s.direction) for s in change.shifts] == [
            ("lifecycle", label, "stronger")
        ]
        assert later.summary.direction == "stronger"
    # UNITAMS 2020 → 2022: the earlier text established the Mission, so an extension the
    # aligner left apart is no new life for it: it carries the Mission on, named, not
    # weighed.
    establish = (
        "Decides to establish the United Nations Integrated Transition Assistance Mission "
        "for an initial period of 12 months;"
    )
    later = resdiff.compare(
        _resolution(2524, draft([establish, kept]), "4 June 2020"),
        _resolution(2636, draft([kept, extend]), "3 June 2022"),
    )
    added = [c for c in later.changes if c.kind == "added"]
    assert [(s.feature, s.new, s.direction) for c in added for s in c.shifts] == [
        ("lifecycle", "extended", "neutral")
    ]


def test_a_threat_determined_with_the_verb_is_an_article_39_determination() -> None:
    lexicon = Lexicon.default()
    # S/RES/814 (1993).
    found = lexicon.art39_in(
        "Determining that the situation in Somalia continues to threaten peace and security "
        "in the region,"
    )
    assert found is not None and found.text.endswith("in the region")
    assert lexicon.art39_in("Determines that the conflict threatens the peace,") is not None
    # A threat named without a determination is no finding under Article 39.
    assert lexicon.art39_in("Noting that the fighting threatens peace and security,") is None


def test_a_flag_the_other_text_carries_in_another_paragraph_is_named_not_weighed() -> None:
    # UNOSOM 794 (1992) acted under Chapter VII in the lead-in of its OP10; UNOSOM II 814
    # (1993) under a heading of its own, read as a paragraph. Both act under Chapter VII.
    recital = "Recognizing the unique character of the present situation in Somalia,"
    threat = (
        "Determining that the magnitude of the human tragedy in Somalia constitutes a "
        "threat to international peace and security,"
    )
    threat_now = (
        "Determining that the situation in Somalia continues to threaten peace and security "
        "in the region,"
    )
    chapter = "Acting under Chapter VII of the Charter of the United Nations,"
    act = (
        "Acting under Chapter VII of the Charter of the United Nations, authorizes the "
        "Secretary-General and Member States cooperating to implement the offer of a "
        "Member State to use all necessary means to establish as soon as possible a "
        "secure environment for humanitarian relief operations in Somalia;"
    )
    expand = "Decides to expand the size of the force and its mandate;"
    kept = "Decides to remain seized of the matter;"
    cmp = resdiff.compare(
        draft([act, kept], [recital, threat]), draft([expand, kept], [recital, threat_now, chapter])
    )
    weighed = [
        (c.label, s.feature, s.direction)
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature in ("chapter-vii", "art39") and s.direction != "neutral" and not s.detail
    ]
    assert weighed == []
    dropped = cmp.change_for("OP1", side="old")
    notes = [s.note for s in dropped.shifts if s.feature == "chapter-vii"]
    assert notes == ["moved to new PP3"]
    # The determination rewritten in place keeps its own shifts: what it finds threatened
    # went from international peace and security to that of the region.
    rewritten = cmp.change_for("PP2", side="old")
    assert ("art39", "softer") in {(s.feature, s.direction) for s in rewritten.shifts}
    # The force authorized is still gone, and the size of the force grows.
    assert "softer" in [s.direction for s in dropped.shifts if s.feature == "use-of-force"]
    # Where the other text does not carry it, the flag dropped weighs.
    alone = resdiff.compare(draft([act, kept], [recital]), draft([expand, kept], [recital]))
    assert "softer" in [
        s.direction
        for s in alone.change_for("OP1", side="old").shifts
        if s.feature == "chapter-vii"
    ]


def test_a_decision_carried_out_is_spent_with_its_lead_and_what_serves_it() -> None:
    # UNAVEM 626 (1988) → 628 (1989): the Mission established, for thirty-one months,
    # with the Secretary-General to take the steps "to this effect"; the arrangements
    # decided to enter into force on the agreements' signature, which 628 welcomes.
    establish = (
        "Decides to establish under its authority a United Nations Verification Mission "
        "and requests the Secretary-General to take the necessary steps to this effect;"
    )
    period = "Also decides that the Mission shall be established for a period of thirty-one months;"
    arrangements = (
        "Further decides that the arrangements for the establishment of the Mission shall "
        "enter into force as soon as the tripartite agreement between Angola, Cuba and South "
        "Africa on the one hand, and the bilateral agreement between Angola and Cuba on the "
        "other, are signed;"
    )
    welcome = (
        "Welcomes the signature of the agreement between Angola, Cuba and South Africa on the "
        "one hand, and of the agreement between Angola and Cuba on the other hand;"
    )
    kept = "Decides to remain seized of the matter;"
    old = draft([establish, period, arrangements, kept])
    new = draft([welcome, kept], ["Recalling its resolution 626 (1988),"])
    later = resdiff.compare(
        _resolution(626, old, "20 December 1988"), _resolution(628, new, "16 January 1989")
    )
    for ref in ("OP1", "OP2"):
        shifts = later.change_for(ref, side="old").shifts
        assert shifts and all(s.direction == "neutral" for s in shifts), (ref, shifts)
    follow = later.change_for("OP3", side="old")
    assert follow.new == ("OP1",)
    assert follow.kind == "reworded"
    assert {s.note for s in follow.shifts if s.feature == "verb"} == {
        "spent: done once (established)"
    }
    # In a revised draft of the same text, all of it is withdrawn.
    revised = resdiff.compare(old, new)
    assert revised.change_for("OP3", side="old").kind == "softened"
    assert "softer" in [s.direction for s in revised.change_for("OP2", side="old").shifts]
    # A request that others establish something stays an ask once it was met.
    asked = resdiff.compare(
        _resolution(
            626,
            draft(["Requests the parties to establish a joint border mechanism in Abyei;", kept]),
            "20 December 1988",
        ),
        _resolution(
            628,
            draft(["Welcomes the work of the joint border mechanism in Abyei;", kept]),
            "16 January 1989",
        ),
    )
    assert "softer" in [s.direction for s in asked.changes[1].shifts if s.feature == "verb"]


def test_the_councils_own_stance_comes_and_goes_unweighed() -> None:
    # UNMHA 2022 OP10, ATMIS 2022 OP38: "Expresses its intention to ..." added; the judges
    # call it neutral, an ask of no one. An ask added beside it still weighs, and so does
    # a readiness to consider further measures: a warning of further action, which the
    # judges weigh whatever verb opens it (BINUH 2022 OP5, Cambodia 1993 OP13).
    kept = "Requests the Secretary-General to report every three months;"
    intent = (
        "Expresses its intention to review the mandate of the Mission should developments "
        "such as a nationwide ceasefire so require;"
    )
    ready = "Stands ready to consider further measures against those who obstruct the process;"
    ask = "Calls upon all parties to cooperate fully with the Special Envoy;"
    cmp = compare_ops([kept], [kept, intent, ready, ask])
    weighed = {
        c.new: [s.direction for s in c.shifts if s.direction != "neutral"]
        for c in cmp.changes
        if c.kind == "added"
    }
    assert weighed == {("OP2",): [], ("OP3",): ["stronger"], ("OP4",): ["stronger"]}
    assert [s.feature for s in cmp.change_for("OP3", side="new").shifts] == ["warning"]
    # Dropped, likewise; in the place of a decision, it is still a weakening.
    assert all(
        s.direction == "neutral"
        for c in compare_ops([kept, intent], [kept]).changes
        for s in c.shifts
    )
    swapped = compare_ops(
        ["Decides to review the mandate of the Mission within six months;"],
        ["Expresses its intention to review the mandate of the Mission within six months;"],
    )
    assert first(swapped).kind == "softened"
    lexicon = Lexicon.default()
    assert lexicon.states_stance("express its intention")
    assert not lexicon.states_stance("encourage")


def test_a_mandate_enlarged_and_tasks_that_lapse_are_life_cycle_words() -> None:
    # ONUCA 1990: S/RES/650 enlarges the mandate and adds armed personnel; S/RES/654
    # extends it, but the Nicaraguan tasks "will lapse" with the demobilization.
    lexicon = Lexicon.default()
    enlarged = lexicon.lifecycle_in(
        "Decides to authorize an enlargement of the mandate of the Observer Group and the "
        "addition of armed personnel to its strength;"
    )
    assert {x.label for x in enlarged} == {"expanded", "enlarged"}
    lapse = lexicon.lifecycle_in(
        "on the understanding that the tasks of the Observer Group of monitoring the "
        "cease-fire will lapse with the completion of the demobilization;"
    )
    assert [x.label for x in lapse] == ["terminated"]
    # "lapse" alone, of anything else, is no end of a mandate.
    assert lexicon.lifecycle_in("Regrets that the talks were allowed to lapse;") == []


def test_a_flag_quoted_from_an_earlier_resolution_does_not_hold_a_determination_dropped() -> None:
    # A recital recalling an earlier determination is no determination of the new text:
    # the one dropped is still a loss (the stranger's review of 1 December).
    recall = (
        "Recalling its resolution 794 (1992), determining that the magnitude of the human "
        "tragedy constitutes a threat to international peace and security,"
    )
    determine = (
        "Determining that the situation in Somalia continues to constitute a threat to "
        "international peace and security,"
    )
    kept = "Decides to remain seized of the matter;"
    cmp = resdiff.compare(draft([kept], [recall, determine]), draft([kept], [recall]))
    lost = [s.direction for s in cmp.change_for("PP2", side="old").shifts if s.feature == "art39"]
    assert lost == ["softer"]


# -- the stranger's review of 1 December (second session): each case it found ----------


def _later(old_ops: list[str], new_ops: list[str], pre: list[str] | None = None) -> Comparison:
    return resdiff.compare(
        _resolution(626, draft(old_ops, pre), "20 December 1988"),
        _resolution(628, draft(new_ops, pre), "16 January 1989"),
    )


def test_a_second_decision_beside_an_establishment_done_is_not_spent_with_it() -> None:
    old = (
        "Decides to establish a United Nations Observer Mission in the region for a period "
        "of six months, and decides that the parties shall withdraw their forces from the "
        "buffer zone;"
    )
    new = (
        "Welcomes the deployment of the United Nations Observer Mission in the region, and "
        "calls upon the parties to withdraw their forces from the buffer zone;"
    )
    kept = "Decides to remain seized of the matter;"
    change = _later([old, kept], [new, kept]).change_for("OP1", side="old")
    assert "softer" in [s.direction for s in change.shifts if s.feature == "verb"]


def test_a_demand_to_issue_instructions_to_that_effect_is_not_spent_with_the_act() -> None:
    old = (
        "Decides to establish a United Nations Observer Mission for six months, and demands "
        "that all parties cooperate fully with the Mission and issue instructions to that "
        "effect to their forces;"
    )
    kept = "Decides to remain seized of the matter;"
    change = _later([old, kept], [kept]).change_for("OP1", side="old")
    assert "softer" in [s.direction for s in change.shifts]


def test_a_stance_that_would_extend_or_enlarge_is_still_only_a_stance() -> None:
    kept = "Decides to remain seized of the matter;"
    intent = "Expresses its intention to extend the mandate of the Mission until 31 March 1993;"
    for old, new in (([kept], [intent, kept]), ([intent, kept], [kept])):
        cmp = resdiff.compare(draft(old), draft(new))
        assert all(s.direction == "neutral" for c in cmp.changes for s in c.shifts), (old, new)


def test_an_extension_after_an_establishment_kept_word_for_word_is_no_new_life() -> None:
    establish = (
        "Decides to establish the United Nations Integrated Transition Assistance Mission "
        "for an initial period of 12 months;"
    )
    extend = "Decides to extend the mandate of the Mission until 3 June 2023;"
    kept = "Decides to remain seized of the matter;"
    change = _later([establish, kept], [establish, extend, kept]).change_for("OP2", side="new")
    assert change.kind == "added"
    assert [(s.feature, s.new, s.direction) for s in change.shifts] == [
        ("lifecycle", "extended", "neutral")
    ]


def test_a_determination_narrowed_beside_another_added_stays_narrowed() -> None:
    before = (
        "Determining that the situation in Somalia constitutes a threat to international "
        "peace and security,"
    )
    after = (
        "Determining that armed groups in Somalia constitute a threat to international peace "
        "and security,"
    )
    piracy = (
        "Determining also that piracy off the coast of Somalia constitutes a threat to "
        "international peace and security,"
    )
    kept = "Decides to remain seized of the matter;"
    cmp = resdiff.compare(draft([kept], [before]), draft([kept], [after, piracy]))
    narrowed = cmp.change_for("PP1", side="old")
    assert ("art39", "softer") in {(s.feature, s.direction) for s in narrowed.shifts}


def test_a_threat_to_the_peace_of_the_region_only_is_narrower_with_the_verb_too() -> None:
    # UNOSOM 794 → 814: "constitutes a threat to international peace and security" →
    # "continues to threaten peace and security in the region".
    cmp = resdiff.compare(
        draft(
            ["Decides to remain seized of the matter;"],
            [
                "Determining that the situation in Somalia constitutes a threat to "
                "international peace and security,"
            ],
        ),
        draft(
            ["Decides to remain seized of the matter;"],
            [
                "Determining that the situation in Somalia continues to threaten peace and "
                "security in the region,"
            ],
        ),
    )
    assert cmp.change_for("PP1", side="old").kind == "softened"


def test_an_establishment_put_off_is_no_act_done_once() -> None:
    kept = "Decides to remain seized of the matter;"
    for text in (
        "Decides that the Mission shall be established only upon the request of the Government;",
        "Decides that the establishment of a human rights Office of the Mission in the north "
        "shall await the conclusion of a status agreement with the Government;",
    ):
        change = _later([text, kept], [kept]).change_for("OP1", side="old")
        assert "softer" in [s.direction for s in change.shifts], text
    done = _later(
        [
            "Also decides that the Mission shall be established for a period of thirty-one months;",
            kept,
        ],
        [kept],
    ).change_for("OP1", side="old")
    assert [s.note for s in done.shifts] == [
        "spent: done once (Also decides that the Mission shall be established)"
    ]


def test_ordinary_asks_and_negations_are_no_life_cycle() -> None:
    lexicon = Lexicon.default()
    for text in (
        "Requests the Secretary-General to strengthen the Mission’s early warning capacity;",
        "Calls upon Member States to contribute additional troops and equipment to AMISOM;",
        "Urges the Government to increase the strength of its national police;",
        "Decides that the measures imposed by paragraph 2 are not to lapse before review;",
        "Regrets that the mandate was allowed to lapse;",
        "Stresses that no Force shall be established without the consent of the host State;",
    ):
        assert lexicon.lifecycle_in(text) == [], text
    assert (
        lexicon.art39_in("Determining that the situation no longer threatens peace and security,")
        is None
    )


def test_an_encouragement_to_reinforce_a_force_weighs_as_an_encouragement() -> None:
    kept = "Decides to remain seized of the matter;"
    encourage = "Encourages Member States to consider the reinforcement of UNPROFOR;"
    change = _later([kept], [encourage, kept]).change_for("OP1", side="new")
    assert [(s.feature, s.direction) for s in change.shifts] == [("verb", "stronger")]


# -- the second review (the fixes read again) ----------------------------------------------


def test_chapter_vii_kept_in_an_unchanged_recital_holds_a_provision_that_drops_it() -> None:
    pre = [
        "Recalling its previous resolutions,",
        "Acting under Chapter VII of the Charter of the United Nations,",
    ]
    kept = "Decides to remain seized of the matter;"
    arms = "decides that all States shall prevent the supply of arms to Somalia;"
    old = draft(
        ["Acting under Chapter VII of the Charter of the United Nations, " + arms, kept], pre
    )
    new = draft(["Decides that all States shall prevent the supply of arms to Somalia;", kept], pre)
    for a, b in ((old, new), (new, old)):
        cmp = resdiff.compare(a, b)
        assert cmp.change_for("OP1", side="old").kind == "reworded"
        assert cmp.summary.direction == "neutral"


def test_a_threat_named_in_a_relative_clause_is_not_what_the_determination_finds() -> None:
    kept = "Decides to remain seized of the matter;"
    cmp = resdiff.compare(
        draft(
            [kept],
            [
                "Determining that the situation in Somalia constitutes a threat to "
                "international peace and security,"
            ],
        ),
        draft(
            [kept],
            [
                "Determining that the situation in Somalia, which threatens regional peace "
                "and security, constitutes a threat to international peace and security,"
            ],
        ),
    )
    assert cmp.change_for("PP1", side="old").kind == "reworded"
    lexicon = Lexicon.default()
    for text in (
        "Determining that the activities of groups which continue to threaten peace and "
        "security must end,",
        "Determining that the situation no longer continues to threaten peace and security,",
        "Determining that the situation no longer constitutes a threat to international "
        "peace and security,",
        "Determining that the situation is likely to constitute a threat to peace and security,",
    ):
        assert lexicon.art39_in(text) is None, text


def test_a_plural_subject_that_threatens_keeps_its_subject_and_scope() -> None:
    kept = "Decides to remain seized of the matter;"
    cmp = resdiff.compare(
        draft(
            [kept],
            [
                "Determining that the activities of armed groups threaten international peace "
                "and security,"
            ],
        ),
        draft(
            [kept],
            [
                "Determining that the activities of armed groups threaten peace and security "
                "in the region,"
            ],
        ),
    )
    assert cmp.change_for("PP1", side="old").kind == "softened"


def test_a_demand_ending_with_steps_to_that_effect_is_not_spent_with_the_act() -> None:
    old = (
        "Decides to establish a United Nations Observer Mission for six months, and demands "
        "that all parties withdraw their forces from the buffer zone and take the necessary "
        "steps to that effect;"
    )
    kept = "Decides to remain seized of the matter;"
    change = _later([old, kept], [kept]).change_for("OP1", side="old")
    assert "softer" in [s.direction for s in change.shifts]


def test_an_extension_after_a_decision_not_to_extend_is_new_life() -> None:
    # "Decides not to extend" ends the mandate: it is no extension, and a later text
    # that extends it reverses that (the second review of 1 December).
    lexicon = Lexicon.default()
    old = "Decides not to extend the mandate of the Observer Group beyond 31 March 1993;"
    new = "Decides to extend the mandate of the Mission until 30 June 1993;"
    assert [x.label for x in lexicon.lifecycle_in(old)] == ["terminated"]
    kept = "Decides to remain seized of the matter;"
    change = _later([old, kept], [kept, new]).change_for("OP1", side="old")
    assert change.new == ("OP2",)
    assert change.kind == "strengthened"
    assert ("lifecycle", "stronger") in {(s.feature, s.direction) for s in change.shifts}


def test_an_establishment_on_a_condition_is_not_done_once() -> None:
    kept = "Decides to remain seized of the matter;"
    change = _later(
        ["Decides that the Mission shall be established provided that the parties agree;", kept],
        [kept],
    ).change_for("OP1", side="old")
    assert "softer" in [s.direction for s in change.shifts]


def test_enlargements_in_a_decisions_own_words_and_lapses_decided() -> None:
    lexicon = Lexicon.default()
    for text in (
        "Decides to authorize an additional 4,000 troops for UNMISS;",
        "Decides to increase the strength of the military component of UNAMIR to 5,500;",
        "Decides to increase the strength of the United Nations Peace-keeping Force in Cyprus;",
    ):
        assert {x.label for x in lexicon.lifecycle_in(text)} == {"enlarged"}, text
    assert (
        lexicon.lifecycle_in("Decides to increase the strength of the Mission’s liaison capacity;")
        == []
    )
    for text in (
        "Decides to allow the authorization granted in paragraph 5 to lapse on 31 March 2023;",
        "Decides that the mandate of the Mission is to lapse on 31 December 1993;",
    ):
        assert [x.label for x in lexicon.lifecycle_in(text)] == ["terminated"], text


def test_a_decision_restated_grows_nothing() -> None:
    kept = "Decides to remain seized of the matter;"
    restated = (
        "Reaffirms its decision in resolution 1701 (2006) to increase the strength of UNIFIL;"
    )
    change = _later([kept], [restated, kept]).change_for("OP1", side="new")
    assert all(s.feature != "lifecycle" for s in change.shifts)


# --- The Council's warning of further action ([warnings] in measures.toml) ---------------


def test_warnings_are_the_councils_own_action_to_come() -> None:
    lexicon = Lexicon.default()
    warned = [
        "Reaffirms that it will take further measures under the Charter of the United "
        "Nations in the event of non-compliance with this resolution;",
        "Requires that Iraq comply with the present resolution, failing which the Council "
        "will need to take further measures under the Charter;",
        "Decides to meet again as necessary to consider further steps to ensure compliance "
        "with the present resolution.",
        "Decides to keep this item on its agenda for further action, as appropriate;",
        "Expresses its readiness to consider the imposition of further measures under the Charter;",
        "Warns that the Council will respond appropriately should any of the parties fail "
        "to honour its obligations;",
        # Put as a condition, or with the condition in the middle (1980-1993).
        "Declares its readiness, in the event of the failure by any party to comply with the "
        "present resolution, to consider immediately the adoption of any additional measures;",
        "Reaffirms its determination, in the event of non-compliance by Israel with the "
        "present resolution, to examine practical ways and means to secure its implementation;",
        "Decides to meet again in the event of noncompliance by South Africa with the "
        "present resolution in order to consider the adoption of more effective measures;",
        "Strongly warns South Africa that failure to do so would compel the Security Council "
        "to meet forthwith to consider the adoption of appropriate measures under the Charter;",
    ]
    for text in warned:
        assert lexicon.warnings_in(text), text
    # Asks to others, and the Council's plans of another kind, are no warnings.
    for text in [
        "Urges the Government to take further steps in this regard;",
        "Calls upon the parties to take all appropriate measures to ensure the safety of "
        "United Nations personnel;",
        "Decides to remain seized of the matter.",
        "Expresses its intention to review the mandate of the Mission;",
        "Decides that the Council will consider the report of the Secretary-General;",
        # S/RES/2594 (2021): the measures of a transition, not a threat.
        "Further expresses its intention, where relevant, to consider the appropriate "
        "measures through which a mandated, reconfigured presence could support;",
        "Requests the Mission, in the event of a failure of the ceasefire, to report "
        "immediately to the Council;",
    ]:
        assert lexicon.warnings_in(text) == [], text


def test_a_warning_of_further_steps_dropped_softens_the_closing_paragraph() -> None:
    # S/RES/752 (1992) OP14 -> S/RES/762 (1992) OP12: the Council stays seized but no
    # longer says it will consider further steps (judged softened).
    old = (
        "Decides to remain actively seized of the matter and to consider further steps to "
        "achieve a peaceful solution in conformity with relevant resolutions of the Council."
    )
    new = "Decides to remain actively seized of the matter until a peaceful solution is achieved."
    # Its "to consider" is the Council's own consideration, gone with the warning, not a
    # hedge removed from an ask (which made the paragraph "mixed").
    short = "Decides to remain actively seized of the matter and to consider further steps."
    for a, b in [(short, new), (new, short)]:
        cmp = resdiff.compare(
            draft(["Demands that all parties cease fire;", a]),
            draft(["Demands that all parties cease fire;", b]),
        )
        change = cmp.change_for("OP2", side="old")
        assert [s.feature for s in change.shifts] == ["warning"]
    for a, b, kind, direction in [
        (old, new, "softened", "softer"),
        (new, old, "strengthened", "stronger"),
    ]:
        cmp = resdiff.compare(
            draft(["Demands that the parties cease fire;", a]),
            draft(["Demands that the parties cease fire;", b]),
        )
        change = cmp.change_for("OP2", side="old")
        assert change.kind == kind
        assert [(s.feature, s.direction) for s in change.shifts if s.feature == "warning"] == [
            ("warning", direction)
        ]


def test_a_dropped_declaratory_warning_is_weighed_by_its_warning_alone() -> None:
    # Syria cross-border 2020: "Reaffirms that it will take further measures ..." left the
    # text (judged dropped, softer); "Reaffirms" alone weighs nothing.
    warning = (
        "Reaffirms that it will take further measures under the Charter of the United "
        "Nations in the event of non-compliance with this resolution;"
    )
    cmp = compare_ops(
        ["Demands that the parties cease fire;", warning], ["Demands that the parties cease fire;"]
    )
    dropped = cmp.change_for("OP2", side="old")
    assert dropped.kind == "dropped"
    assert [(s.feature, s.direction) for s in dropped.shifts] == [("warning", "softer")]
    # A provision whose verb already weighs it is not weighed twice.
    declares = (
        "Declares that it will consider immediately the adoption of any additional "
        "measures necessary;"
    )
    cmp = compare_ops(
        ["Demands that the parties cease fire;"], ["Demands that the parties cease fire;", declares]
    )
    added = cmp.change_for("OP2", side="new")
    # It is still named, so that a warning moved there from another provision is matched.
    assert [(s.direction, s.note) for s in added.shifts if s.feature == "warning"] == [
        ("neutral", "weighed by its verb")
    ]
    # "Declares its readiness" states the Council's own stance and weighs nothing (a
    # second expert's trial, 896 (1994) OP7): the warning it carries weighs instead.
    ready = declares.replace("Declares that it will consider", "Declares its readiness to consider")
    cmp = compare_ops(
        ["Demands that the parties cease fire;"], ["Demands that the parties cease fire;", ready]
    )
    added = cmp.change_for("OP2", side="new")
    assert [(s.feature, s.direction) for s in added.shifts] == [("warning", "stronger")]
    assert any(s.direction == "stronger" for s in added.shifts)


def test_a_warning_moved_to_another_provision_is_named_not_weighed() -> None:
    warning = "and reaffirms that it will take further measures under the Charter"
    old = [
        f"Demands that the parties cease fire {warning};",
        "Requests the Secretary-General to report;",
    ]
    new = [
        "Demands that the parties cease fire;",
        f"Requests the Secretary-General to report, {warning};",
    ]
    cmp = compare_ops(old, new)
    weighed = [
        (c.label, s.direction)
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "warning" and s.direction != "neutral"
    ]
    assert weighed == []
    notes = [s.note for s in cmp.change_for("OP1", side="old").shifts if s.feature == "warning"]
    assert notes == ["moved to new OP2"]


def test_the_provision_that_extends_the_mandate_pairs_with_its_successor() -> None:
    # UNAVEM 804 -> 834 (1993): the extension of the mandate, rewritten and moved from
    # the end to the top, is one provision shortened (judged softened), not one dropped
    # and one added.
    old = [
        "Condemns the persistent violations of the Peace Accords;",
        "Urges all Member States to refrain from any action that could jeopardize the "
        "peace process;",
        "Decides to extend the mandate of UNAVEM II for a period of three months until "
        "30 April 1993, with the proviso that the Secretary-General report on the situation;",
    ]
    new = [
        "Decides to extend the existing mandate of the United Nations Angola Verification "
        "Mission II for a period of forty-five days, until 31 May 1993;",
        "Condemns the persistent violations of the Peace Accords;",
        "Urges all Member States to refrain from any action that could jeopardize the "
        "peace process;",
    ]
    cmp = compare_ops(old, new)
    extension = cmp.change_for("OP3", side="old")
    assert extension.new == ("OP1",)
    assert extension.kind == "softened"
    # A request about the mandate is no decision on it, and two bodies' mandates are two
    # provisions.
    timetable = (
        "Requests the Secretary-General to submit a timetable to complete the mandate of "
        "the Operation and to withdraw its personnel by the end of November 1994;"
    )
    cmp = compare_ops(old, [timetable, *new[1:]])
    assert cmp.change_for("OP3", side="old").kind == "dropped"
    panel = (
        "Decides to extend the mandate of the Panel of Experts established by resolution "
        "2206 (2015) until 1 July 2023;"
    )
    mission = (
        "Decides to extend the mandate of the United Nations Mission in South Sudan "
        "(UNMISS) until 15 March 2023;"
    )
    cmp = compare_ops([*old[:2], panel], [mission, *new[1:]])
    assert cmp.change_for("OP3", side="old").kind == "dropped"


def test_a_list_of_decisions_is_read_item_by_item_and_compared_whole() -> None:
    # UNEF II, S/RES/362 (1974) -> 368 (1975): "Decides that the mandate ... should be
    # extended for ... six months" becomes "Decides: (a) To call upon the parties ...;
    # (b) To renew the mandate ... for three months; (c) To request the Secretary-General
    # ...". Each item is a decision, call or request of its own, and the paragraph is
    # compared whole: the renewal halved (softer) beside a new call (stronger), judged
    # mixed. v0.1 read three items added under "Decides" (stronger).
    old = (
        "Decides that the mandate of the United Nations Emergency Force should be extended "
        "for an additional period of six months, that is, until 24 April 1975;"
    )
    new = (
        "Decides:\n(a) To call upon the parties concerned to implement immediately Security "
        "Council resolution 338 (1973);\n(b) To renew the mandate of the United Nations "
        "Emergency Force for a period of three months, that is, until 24 July 1975;\n(c) To "
        "request the Secretary-General to submit at the end of this period a report on the "
        "developments in the situation;"
    )
    cmp = compare_ops([old], [new])
    change = cmp.change_for("OP1", side="old")
    assert change.kind == "mixed"
    named = {(s.feature, s.direction) for s in change.shifts}
    assert ("quantity", "softer") in named and ("verb", "stronger") in named
    assert change.children == ()
    # The other way round (UNIIMOG 1989 -> 1990): the call once again dropped with the
    # list, and the period cut from six months to two, is softened.
    cut = (
        "Decides to extend the mandate of the United Nations Emergency Force for a period "
        "of one month, that is, until 24 May 1975;"
    )
    assert compare_ops([new], [cut]).change_for("OP1", side="old").kind == "softened"
    # The items of a list that details what its lead-in asks are not decisions of their
    # own: "To protect civilians" under a mandate's lead-in stays an item.
    tasks = resdiff.parse(
        draft(
            [
                "Decides that the mandate of the Mission shall include the following "
                "tasks:\n(a) To call upon the parties to respect the ceasefire;\n(b) To "
                "protect civilians;"
            ]
        )
    )
    item = tasks.operative[0].children[0]
    assert not any(p.led for p in item.phrases)
    decided = resdiff.parse(draft([new]))
    assert [p.lemma for c in decided.operative[0].children for p in c.phrases if p.led] == [
        "call upon",
        "renew",
        "request",
    ]


def test_a_request_or_call_restated_keeps_its_tier() -> None:
    # Iran and Iraq, S/RES/514 -> 522 (1982): "Requests all other States to abstain ..."
    # -> "Reaffirms its request to all other States to abstain ...": the same request
    # (judged reworded), not a request lowered to a declaratory "Reaffirms".
    lexicon = Lexicon.default()
    assert lexicon.tier_of("reaffirms its request")[0] == lexicon.tier_of("requests")[0]
    assert lexicon.tier_of("reaffirms its call upon")[0] == lexicon.tier_of("calls upon")[0]
    assert lexicon.tier_of("reiterates its appeal")[0] == lexicon.tier_of("appeals")[0]
    cmp = compare_ops(
        [
            "Requests all other States to abstain from all actions which could contribute to "
            "the continuation of the conflict;"
        ],
        [
            "Reaffirms its request to all other States to abstain from all actions which "
            "could contribute to the continuation of the conflict;"
        ],
    )
    change = cmp.change_for("OP1", side="old")
    assert change.kind == "reworded"
    assert all(s.direction == "neutral" for s in change.shifts)


def test_a_deadline_in_hours_is_a_deadline() -> None:
    # Iran and Iraq, S/RES/514 -> 522 (1982): the report "within three months" is now
    # due "within seventy-two hours", a far shorter deadline (judged strengthened).
    cmp = compare_ops(
        [
            "Requests the Secretary-General to report to the Security Council within three "
            "months on the implementation of the present resolution;"
        ],
        [
            "Further requests the Secretary-General to report to the Security Council on the "
            "implementation of the present resolution within seventy-two hours;"
        ],
    )
    change = cmp.change_for("OP1", side="old")
    assert change.kind == "strengthened"
    assert [(s.detail, s.old, s.new, s.direction) for s in change.shifts] == [
        ("deadline", "three months", "seventy-two hours", "stronger")
    ]


# --- Found by the stranger's review of the session's rules (each failed before its fix) ---


def _weighed_warnings(cmp: Comparison) -> list[tuple[tuple[str, ...], str]]:
    return [
        (c.old or c.new, s.direction)
        for c in cmp.changes
        for part in c.walk()
        for s in part.shifts
        if s.feature == "warning" and s.direction != "neutral"
    ]


def test_only_the_councils_own_voice_warns() -> None:
    kept = "Demands that all parties cease fire;"
    for added in [
        # The Government's commitment, not the Council's warning.
        "Welcomes the commitment of the Government that it will take further steps to "
        "protect civilians;",
        # The further steps are asked of the parties, in a clause of their own.
        "Decides to remain actively seized of the matter and encourages the parties to "
        "consider further steps towards reconciliation;",
        # A condition on what others are asked to do.
        "Calls upon Member States, in the event of non-compliance by any vessel, to take "
        "appropriate action;",
    ]:
        assert _weighed_warnings(compare_ops([kept], [kept, added])) == [], added
    recalled = (
        "Recalling its resolution 2645 (2022), in which it expressed its readiness to take "
        "appropriate measures against those who obstruct the process,"
    )
    cmp = resdiff.compare(draft([kept], [PREAMBLE]), draft([kept], [PREAMBLE, recalled]))
    assert _weighed_warnings(cmp) == []


def test_a_warning_moved_into_a_provision_added_whole_is_named_not_weighed() -> None:
    warning = "and reaffirms that it will take further measures under the Charter"
    demand = (
        "Demands that all parties cease fire immediately and withdraw their forces to the "
        "positions they held on 1 August"
    )
    call = (
        "Calls upon all States to respect the arms embargo and to report any violation to "
        "the Committee"
    )
    cmp = compare_ops([f"{demand}, {warning};"], [f"{demand};", f"{call}, {warning};"])
    assert _weighed_warnings(cmp) == []
    kept = cmp.change_for("OP1", side="old")
    assert kept.new == ("OP1",) and kept.kind == "reworded"
    assert [s.note for s in kept.shifts if s.feature == "warning"] == ["moved to new OP2"]
    # The mirror: the call that carried the warning is dropped, the warning stays on in the
    # demand.
    cmp = compare_ops([f"{demand};", f"{call}, {warning};"], [f"{demand}, {warning};"])
    assert _weighed_warnings(cmp) == []
    assert cmp.change_for("OP1", side="old").kind == "reworded"


def test_a_hedge_goes_with_a_warning_only_where_it_stands_in_it() -> None:
    # "to consider" on the request is a hedge of its own, though the words recur in the
    # warning beside it.
    cmp = compare_ops(
        ["Requests the Secretary-General to deploy observers to the region;"],
        [
            "Requests the Secretary-General to consider deploying observers to the region, "
            "and decides to meet again as necessary to consider further steps;"
        ],
    )
    change = cmp.change_for("OP1", side="old")
    assert {(s.feature, s.direction) for s in change.shifts} >= {
        ("hedge", "softer"),
        ("warning", "stronger"),
    }
    assert change.kind == "mixed"
    # "As appropriate" right after the warning qualifies the Council's own action (S/RES/418
    # (1977) OP7, judged strengthened).
    cmp = compare_ops(
        ["Decides to keep this item on its agenda;"],
        [
            "Decides to keep this item on its agenda for further action, as appropriate, "
            "in the light of developments;"
        ],
    )
    assert cmp.change_for("OP1", side="old").kind == "strengthened"


def test_a_list_under_an_ask_is_compared_item_by_item() -> None:
    # S/RES/312 -> 322 (1972): five immediate demands under "Calls upon Portugal:" became
    # one call to negotiate; the items are not decisions of their own, so they are named as
    # dropped, never compared whole into a strengthening.
    old = (
        "Calls upon Portugal:\n(a) To recognize immediately the right of the peoples to "
        "self-determination;\n(b) To cease immediately the colonial wars;\n(c) To withdraw "
        "all its armed forces;"
    )
    new = "Calls upon the Government of Portugal to enter into negotiations with the parties;"
    change = compare_ops([old], [new]).change_for("OP1", side="old")
    assert change.kind != "strengthened"
    assert [c.kind for c in change.children] == ["dropped", "dropped", "dropped"]
    demands = "Also demands that Iraq:\n(a) Cease hostile actions;\n(b) Release all nationals;"
    change = compare_ops([demands], ["Also demands that Iraq cease hostile actions;"]).change_for(
        "OP1", side="old"
    )
    assert change.kind != "reworded"


def test_an_item_of_a_list_of_decisions_keeps_its_modifier() -> None:
    old = "Decides:\n(a) To urge the parties to cease fire;\n(b) To call upon all States to help;"
    new = (
        "Decides:\n(a) To strongly urge the parties to cease fire;\n(b) To call once again "
        "upon all States to help;"
    )
    change = compare_ops([old], [new]).change_for("OP1", side="old")
    assert [(c.kind) for c in change.children] == ["strengthened", "reworded"]


def test_a_decision_on_a_mandate_pairs_only_with_one_on_the_same_kind_of_body() -> None:
    kept = "Demands that all parties cease fire;"
    group = (
        "Decides to extend the mandate of the Monitoring Group on Somalia and Eritrea, as set "
        "out in paragraph 13 of resolution 2060 (2012), until 25 July 2014, and expresses its "
        "intention to review its mandate;"
    )
    mission = (
        "Decides to authorize the Member States of the African Union to maintain the "
        "deployment of their troops until 31 October 2014, and extends the mandate of the "
        "African Union Mission in Somalia accordingly;"
    )
    cmp = compare_ops([kept, group], [mission, kept])
    assert cmp.change_for("OP2", side="old").kind == "dropped"
    # A renewal of measures beside a request that a committee carry out its mandate is no
    # decision on a mandate.
    renewal = (
        "Decides to renew the travel ban and assets freeze until 1 June 2023, and requests "
        "the Committee to carry out its mandate;"
    )
    cmp = compare_ops([kept, renewal], [mission, kept])
    assert cmp.change_for("OP2", side="old").kind == "dropped"


def test_a_situation_that_continues_to_be_a_threat_is_an_article_39_determination() -> None:
    # S/RES/816 (1993) PP7, dropped from S/RES/824: "continues to be a threat" was not read,
    # so the determination's drop went unnamed (the LibreOffice check of this session).
    text = (
        "Determining that the grave situation in the Republic of Bosnia and Herzegovina "
        "continues to be a threat to international peace and security,"
    )
    assert Lexicon.default().art39_in(text) is not None
    cmp = resdiff.compare(
        draft(["Demands that all parties cease fire;"], [PREAMBLE, text]),
        draft(["Demands that all parties cease fire;"], [PREAMBLE]),
    )
    assert cmp.summary.art39 == "dropped"


def test_a_mandate_extended_in_the_passive_is_extended() -> None:
    # UNEF II 1974: "Decides that the mandate of the United Nations Emergency Force should
    # be extended for an additional period of six months"; a list of decisions that renews
    # it instead (S/RES/368) neither ends nor starts a renewal.
    lexicon = Lexicon.default()
    passive = (
        "Decides that the mandate of the United Nations Emergency Force should be extended "
        "for an additional period of six months, that is, until 24 April 1975;"
    )
    assert [x.id for x in lexicon.lifecycle_in(passive)] == ["extend"]
    # Not extended: ended, as "Decides not to extend the mandate" is.
    not_extended = "Decides that the mandate shall not be extended;"
    assert [x.id for x in lexicon.lifecycle_in(not_extended)] == ["terminate"]
    listed = (
        "Decides:\n(a) To renew the mandate of the United Nations Emergency Force for a period "
        "of six months, that is, until 24 October 1975;\n(b) To request the Secretary-General "
        "to report;"
    )
    change = compare_ops([listed], [passive]).change_for("OP1", side="old")
    assert "lifecycle" not in [s.feature for s in change.shifts]


def test_tasks_and_measures_set_by_reference_to_a_resolution_are_carried() -> None:
    # UNSMIL, S/RES/2570 -> 2595 (2021): the mandate's tasks (i)-(xi), among them support
    # to the arms embargo, are no longer spelled out but kept "as set out in resolution
    # 2542 (2020)": carried there, neither dropped nor lifted (judged neutral).
    old = (
        "Decides to extend until 15 September 2021 the mandate of UNSMIL, as an integrated "
        "special political mission, to:\n(i) Provide support to key Libyan institutions;\n"
        "(ii) Support the implementation of the arms embargo imposed by resolution 1970 "
        "(2011), in which it decided that all Member States shall immediately take the "
        "necessary measures to prevent the supply of arms to Libya;"
    )
    new = (
        "Decides to extend until 30 September 2021 the mandate of UNSMIL, as an integrated "
        "special political mission to carry out its mandate, as set out in resolution 2542 "
        "(2020);"
    )
    change = compare_ops([old], [new]).change_for("OP1", side="old")
    weighed = [
        (s.feature, s.direction)
        for part in change.walk()
        for s in part.shifts
        if s.direction != "neutral" and s.feature in ("scope", "measure", "verb")
    ]
    assert weighed == []
    assert {c.kind for c in change.children} == {"dropped"}


def test_only_a_bare_decision_opens_a_list_of_decisions() -> None:
    from resdiff.analyze import opens_decision_list

    lexicon = Lexicon.default()
    for lead in ("Decides:", "Further decides:", "Decides, therefore:", "Resolves:"):
        assert opens_decision_list(lead, lexicon), lead
    for lead in (
        "Calls upon Portugal:",
        "Requests the Secretary-General:",
        "Decides that the mandate shall include the following tasks:",
        "Decides",
    ):
        assert not opens_decision_list(lead, lexicon), lead


def test_lifting_restrictions_asked_of_a_party_is_a_demand_not_a_measure_lifted() -> None:
    # S/RES/518 (1982): "Demands the immediate lifting of all restrictions on the city of
    # Beirut" presses Israel to end its blockade; it was read as a measure lifted (softer).
    cmp = compare_ops(
        ["Requests the Secretary-General to report."],
        [
            "Demands the immediate lifting of all restrictions on the city in order to "
            "permit the free entry of supplies;",
            "Requests the Secretary-General to report.",
        ],
    )
    added = next(c for c in cmp.changes if c.kind == "added")
    assert named(added) == {("verb", "stronger")}
    # The Council's own restrictions ("imposed by paragraph 5") lifted, or lifted by its
    # decision, still wind its measure down.
    for text in (
        "Expresses its readiness to lift the restrictions imposed by paragraph 5 of "
        "resolution 1000 (2000) once the benchmarks are met;",
        "Decides to lift the restrictions imposed by paragraph 5 of resolution 1000 (2000);",
    ):
        own = compare_ops(
            ["Requests the Secretary-General to report."],
            [text, "Requests the Secretary-General to report."],
        )
        added = next(c for c in own.changes if c.kind == "added")
        assert ("lifecycle", "softer") in named(added), text
    cmp = compare_ops(
        ["Requests the Secretary-General to report."],
        [
            "Decides to lift the restrictions imposed by paragraph 5 of resolution 1000 (2000);",
            "Requests the Secretary-General to report.",
        ],
    )
    added = next(c for c in cmp.changes if c.kind == "added")
    assert ("lifecycle", "softer") in named(added)


def test_a_warning_repeated_in_other_words_is_not_a_warning_removed() -> None:
    # S/RES/270 (1969) -> 280 (1970): "would have to consider further and more effective
    # steps" -> "would, in accordance with resolution 262 (1968) and the present
    # resolution, consider taking adequate and effective steps or measures".
    lex = Lexicon.default()
    assert lex.warnings_in(
        "repeats its solemn warning to Israel that if they were to be repeated the Security "
        "Council would, in accordance with resolution 262 (1968) and the present resolution, "
        "consider taking adequate and effective steps or measures in accordance with the "
        "relevant Articles of the Charter"
    )
    assert not lex.warnings_in("the Council would welcome adequate and effective support")


def test_a_determination_not_repeated_stands_when_the_new_text_cites_the_old() -> None:
    # S/RES/660 -> 662 (1990): 662 recalls 660 and does not repeat its finding of a
    # breach of the peace (judged neutral); a text that does not cite the old one drops it.
    old = (
        "Resolution 660 (1990)\nof 2 August 1990\n\nThe Security Council,\n\n"
        "Alarmed by the invasion,\n\n"
        "Determining that there exists a breach of international peace and security,\n\n"
        "1. Condemns the invasion;\n\n2. Demands the withdrawal of all forces.\n"
    )
    cites = (
        "Resolution 662 (1990)\nof 9 August 1990\n\nThe Security Council,\n\n"
        "Recalling its resolution 660 (1990),\n\n"
        "1. Decides that the annexation has no legal validity;\n\n"
        "2. Demands the withdrawal of all forces.\n"
    )
    silent = cites.replace("Recalling its resolution 660 (1990)", "Alarmed by the invasion")
    recalled = resdiff.compare(old, cites)
    art39 = [s for c in recalled.changes for s in shifts(c) if s.feature == "art39"]
    assert art39 and all(s.direction == "neutral" and "660 (1990)" in (s.note or "") for s in art39)
    dropped = resdiff.compare(old, silent)
    assert any(
        s.feature == "art39" and s.direction == "softer" for c in dropped.changes for s in shifts(c)
    )


def test_a_finding_that_the_peace_is_endangered_is_named_and_weighed() -> None:
    # Chapter VI's finding, short of Article 39: S/RES/256 (1968) adds "Considers that
    # premeditated and repeated military attacks endanger the maintenance of the peace"
    # (judged stronger); S/RES/270 (1969) drops it (judged softer).
    finding = (
        "Considers that premeditated and repeated military attacks endanger the "
        "maintenance of the peace;"
    )
    made = compare_ops(["Deplores the loss of life;"], ["Deplores the loss of life;", finding])
    added = next(c for c in made.changes if c.kind == "added")
    assert ("peace-finding", "stronger") in named(added)
    dropped = compare_ops(["Deplores the loss of life;", finding], ["Deplores the loss of life;"])
    gone = next(c for c in dropped.changes if c.kind == "dropped")
    assert ("peace-finding", "softer") in named(gone)
    # Kept in other words (an adverb between), it is neither made nor dropped.
    kept = compare_ops(
        ["Condemns the occupation, which endangers seriously international peace and security;"],
        ["Condemns the aggression, which seriously endangers international peace and security;"],
    )
    assert not any(s.feature == "peace-finding" for c in kept.changes for s in shifts(c))
    # Beside an Article 39 determination, the determination speaks for the text.
    lex = Lexicon.default()
    assert lex.peace_finding_in("the situation might endanger international peace and security")
    assert lex.peace_finding_in("is seriously disturbing international peace and security")
    assert lex.peace_finding_in("Deeply disturbed at the situation in the region,") is None


@needs_corpus
def test_a_determination_recalled_in_the_preamble_is_not_a_decision_dropped() -> None:
    # S/RES/82 -> 84 (1950): "Determines that this action constitutes a breach of the
    # peace; and" becomes "Having determined that the armed attack ... constitutes a
    # breach of the peace,": the determination moved, and its verb with it.
    scanned = CORPUS / "scanned"
    cmp = resdiff.compare(scanned / "S_RES_82_1950.txt", scanned / "S_RES_84_1950.txt")
    determines = [
        s
        for c in cmp.changes
        for s in shifts(c)
        if s.feature in ("verb", "art39") and (s.old or "").startswith(("determin", "Determin"))
    ]
    assert determines, "the determination is named"
    assert all(s.direction == "neutral" and not s.weight for s in determines), determines


def _resolution_of_1990(number: int, date: str, preamble: list[str], operative: list[str]) -> str:
    body = "\n\n".join([*preamble, *(f"{k}. {t}" for k, t in enumerate(operative, 1))])
    return f"Resolution {number} (1990)\nof {date}\n\nThe Security Council,\n\n{body}\n"


def test_a_follow_up_that_cites_the_old_resolution_is_weighed_on_what_it_does() -> None:
    # S/RES/670 -> 674 (1990): the later text cites 670, renews nothing and turns to
    # another matter; the air embargo it does not repeat stands. Judged stronger (new
    # demands on Iraq), it read softer on the weight of what it leaves out.
    old = _resolution_of_1990(
        670,
        "25 September 1990",
        ["Recalling its resolution 661 (1990),"],
        [
            "Calls upon all States to carry out their obligations strictly;",
            "Decides that all States shall deny permission to any aircraft to take off;",
            "Requests the Secretary-General to report;",
        ],
    )
    follow = _resolution_of_1990(
        674,
        "29 October 1990",
        ["Recalling its resolutions 660 (1990), 661 (1990) and 670 (1990),"],
        ["Demands that the Iraqi authorities cease taking third-State nationals hostage;"],
    )
    cmp = resdiff.compare(old, follow)
    assert cmp.summary.direction == "stronger"
    assert "670 (1990)" in (cmp.summary.direction_note or "")
    # The provisions it leaves out are still named and weighed one by one; the key
    # changes lead with what decided the direction.
    assert any(s.direction == "softer" for c in cmp.dropped for s in shifts(c))
    assert cmp.summary.key_changes[0].new == ("OP1",)
    # Not citing the old text, it replaces it: every change weighs.
    silent = follow.replace(" and 670 (1990)", "")
    replaced = resdiff.compare(old, silent)
    assert replaced.summary.direction_note is None and replaced.summary.direction == "softer"
    # Renewing something, it is a renewal (the 2020-2022 texts): every change weighs.
    renewal = follow.replace(
        "1. Demands",
        "1. Decides to extend the mandate of the Mission until 31 March 1991;\n\n2. Demands",
    )
    renewed = resdiff.compare(old, renewal)
    assert renewed.summary.direction_note is None
    # A follow-up that no longer acts under Chapter VII has changed its posture, whatever
    # stands in the old text (S/RES/820 -> 838 (1993), judged softer).
    chapter = _resolution_of_1990(
        670,
        "25 September 1990",
        ["Recalling its resolution 661 (1990),", "Acting under Chapter VII of the Charter,"],
        [
            "Decides that all States shall deny permission to any aircraft to take off;",
            "Requests the Secretary-General to report;",
        ],
    )
    posture = resdiff.compare(chapter, follow)
    assert posture.summary.direction_note and posture.summary.direction == "softer"
    # Reports say how the direction was weighed.
    from resdiff.render import render

    for fmt in ("text", "markdown", "html"):
        assert "cites resolution 670 (1990)" in " ".join(render(cmp, fmt).split()), fmt


def test_what_a_review_found_in_the_session_rules_is_fixed() -> None:
    # A renewal in words outside the life-cycle table is not a follow-up; nor is a text
    # that ends what the old one set up.
    old = _resolution_of_1990(
        670,
        "25 September 1990",
        ["Recalling its resolution 661 (1990),"],
        [
            "Decides that all States shall prevent the sale or supply of arms and related "
            "materiel to Iraq;",
            "Demands that Iraq comply fully;",
        ],
    )
    for first in (
        "Decides that the Mission shall continue its operations until 31 March 1991;",
        "Decides to extend the decisions in paragraphs 2 and 3 of resolution 670 (1990) "
        "until 31 March 1991;",
        "Decides to terminate the mandate of the Mission on 31 December 1990;",
    ):
        new = _resolution_of_1990(
            674,
            "29 October 1990",
            ["Recalling its resolution 670 (1990),"],
            [first, "Requests the Secretary-General to report;"],
        )
        assert resdiff.compare(old, new).summary.direction_note is None, first
    # In a follow-up, the measures it does not repeat stand: named, not weighed, and not
    # listed as dropped.
    follow = _resolution_of_1990(
        674,
        "29 October 1990",
        ["Recalling its resolution 670 (1990),"],
        ["Demands that the Iraqi authorities cease taking third-State nationals hostage;"],
    )
    cmp = resdiff.compare(old, follow)
    assert cmp.summary.direction_note and cmp.summary.measures_dropped == ()
    measures = [s for c in cmp.dropped for s in shifts(c) if s.feature == "measure"]
    assert measures and all(s.direction == "neutral" for s in measures)
    lex = Lexicon.default()
    # Not findings of a danger to the peace: the peace process, an ask to avoid one.
    assert lex.peace_finding_in("attacks which endanger the peace process in Angola") is None
    assert (
        lex.peace_finding_in(
            "Calls upon all Member States to refrain from any action which might worsen the "
            "situation or endanger international peace"
        )
        is None
    )
    # Not a warning: a Government's assurance, a suggestion.
    assert not lex.warnings_in(
        "Notes the assurance of the Government that it would take adequate steps"
    )
    assert not lex.warnings_in(
        "Considers that it would be useful for the Government to take appropriate measures"
    )
    # Not a determination: one denied or supposed; "Having determined" is one.
    assert (
        lex.art39_in("Determining that the attack does not constitute a breach of the peace,")
        is None
    )
    assert (
        lex.art39_in("Determining that such an attack would constitute a breach of the peace,")
        is None
    )
    assert lex.art39_in(
        "Having determined that the situation constitutes a threat to international peace and "
        "security,"
    )
    # Lifting: not when the Council decides not to (its own restrictions lifted in a
    # stance: test_lifting_restrictions_asked_of_a_party_is_a_demand_not_a_measure_lifted).
    assert not [
        m for m in lex.lifecycle_in("Decides not to lift the restrictions") if m.stage == "end"
    ]


def test_cited_by_and_stages_acted() -> None:
    from resdiff.classify.standing import cited_by, stages_acted

    old = resdiff.parse(_resolution_of_1990(670, "25 September 1990", [], ["Decides to act;"]))

    def later(preamble: list[str], operative: list[str]) -> resdiff.Draft:
        return resdiff.parse(_resolution_of_1990(674, "29 October 1990", preamble, operative))

    recalls = later(["Recalling its resolution 670 (1990),"], ["Demands compliance;"])
    passing = later(["Noting the report requested in resolution 670 (1990),"], ["Demands;"])
    assert cited_by(old, recalls) == cited_by(old, recalls, recalled=True) == ("670", "1990")
    assert cited_by(old, passing) == ("670", "1990")
    assert cited_by(old, passing, recalled=True) is None
    # Not a later resolution: the earlier text does not cite the later one.
    assert cited_by(recalls, old) is None
    ends = later([], ["Decides to terminate the mandate of the Mission on 31 December 1990;"])
    assert stages_acted(ends, Lexicon.default()) == {"end"}
    assert stages_acted(recalls, Lexicon.default()) == set()


def test_a_decision_a_later_resolution_does_not_repeat_still_stands() -> None:
    # S/RES/692 -> 700 (1991), 820 -> 838 (1993): a decision binds until the Council
    # revokes it, so a later resolution that cites the old one and leaves it out ends
    # nothing (the judges read 31 dropped decisions neutral, 8 softer). A decision with a
    # term of its own is left to the life cycle, and a censure it carried keeps its weight.
    fund = "Decides to establish the Fund referred to in paragraph 18 of resolution 687 (1991);"
    condemn = "Decides to condemn the declaration of independence;"
    term = "Decides that the Committee shall continue its work until 31 May 1991;"
    kept = "Decides to remain seized of the matter;"
    old_body = draft([fund, condemn, term, kept])
    new_body = draft([kept], ["Recalling its resolution 692 (1991) of 20 May 1991,"])
    later = resdiff.compare(
        _resolution(692, old_body, "20 May 1991"), _resolution(700, new_body, "17 June 1991")
    )
    established = later.change_for("OP1", side="old")
    assert established.kind == "dropped"
    assert [(s.feature, s.direction) for s in established.shifts] == [("verb", "neutral")]
    assert established.shifts[0].note is not None
    assert "stands until the Council revokes it" in established.shifts[0].note
    # "Decides to condemn" is a condemnation in the form of a decision: censure.
    assert named(later.change_for("OP2", side="old")) == {("censure", "softer")}
    # A decision with a term is read by its term: run out by the new text's date, spent.
    assert [(s.direction, s.note) for s in later.change_for("OP3", side="old").shifts] == [
        ("neutral", "spent: due until 31 May 1991")
    ]
    # The same texts as two drafts of one resolution, or a later text that does not cite
    # the old one (a renewal written afresh): leaving the decision out withdraws it.
    revised = resdiff.compare(old_body, new_body)
    assert ("verb", "softer") in named(revised.change_for("OP1", side="old"))
    afresh = resdiff.compare(
        _resolution(692, old_body, "20 May 1991"),
        _resolution(700, draft([kept]), "17 June 1991"),
    )
    assert ("verb", "softer") in named(afresh.change_for("OP1", side="old"))
    # A renewal replaces the text before it, even one that recalls it (a stranger's
    # review): the decision it leaves out is withdrawn.
    renewal = resdiff.compare(
        _resolution(692, old_body, "20 May 1991"),
        _resolution(
            700,
            draft(
                ["Extends the mandate of the Commission until 15 December 1991;", kept],
                ["Recalling its resolution 692 (1991) of 20 May 1991,"],
            ),
            "17 June 1991",
        ),
    )
    assert renewal.change_for("OP1", side="old").kind == "dropped"
    assert ("verb", "softer") in named(renewal.change_for("OP1", side="old"))
    # Only a paragraph that opens with the decision.
    mixed = "Reaffirms its resolution 687 (1991) and decides that the Fund shall be established;"
    later_mixed = resdiff.compare(
        _resolution(692, draft([mixed, kept]), "20 May 1991"),
        _resolution(700, new_body, "17 June 1991"),
    )
    assert ("verb", "softer") in named(later_mixed.change_for("OP1", side="old"))


def test_a_closing_formula_that_keeps_further_action_in_view_is_a_warning() -> None:
    # S/RES/210 (1965) "Decides to keep this issue under urgent and continuous review so
    # that the Council may determine what further steps may be necessary", and "to keep
    # the question of Southern Rhodesia on its agenda for further action": warnings of
    # further steps, as "remains seized ... and to consider further steps" is. The plain
    # formula warns of nothing.
    kept = "Calls upon the parties to cease fire;"
    for closing in (
        "Decides to keep this issue under urgent and continuous review so that the Council "
        "may determine what further steps may be necessary to secure peace and security.",
        "Decides to keep the question of Southern Rhodesia on its agenda for further action.",
        # Asides run long in older texts (more than 100 characters before the action).
        "Decides to meet again, should the need arise, in order to consider, in the light "
        "of the reports of the Secretary-General and of the development of the situation, "
        "further measures.",
        "Decides to continue its consideration of the question with a view to adopting "
        "further measures.",
    ):
        dropped = compare_ops([kept, closing], [kept]).change_for("OP2", side="old")
        assert "warning" in {s.feature for s in shifts(dropped)}, closing
    for formula in (
        "Decides to keep the question of Southern Rhodesia on its agenda.",
        "Decides to continue its consideration of the question.",
        # Further steps that are not the Council's own act to come (a stranger's review).
        "Decides to continue its consideration of the report of the Secretary-General on "
        "the further measures taken by the Government.",
        "Decides to remain actively seized of the matter, taking into account any "
        "additional measures the parties may take.",
        "Decides to remain actively seized of the matter, bearing in mind the commitments of "
        "the parties and the further steps they have announced towards a settlement.",
    ):
        plain = compare_ops([kept, formula], [kept])
        assert "warning" not in {s.feature for s in shifts(plain.change_for("OP2", side="old"))}, (
            formula
        )


def test_a_closing_formula_that_decides_another_act_is_a_decision() -> None:
    # A stranger's review: "Decides to remain seized of the matter and to impose an arms
    # embargo should the parties fail to comply" was read as the procedural closing, and
    # its embargo was lost with it. Another act decided in its sentence makes it a
    # decision; "and to consider further steps" stays the closing, with its warning.
    lexicon = Lexicon.default()
    kept = "Calls upon the parties to cease fire;"
    both = (
        "Decides to remain seized of the matter and to impose an arms embargo should the "
        "parties fail to comply."
    )
    [lead] = lexicon.find_verbs(both)
    assert (lead.lemma, lead.axis_a) == ("decide", 6)
    dropped = compare_ops([kept, both], [kept]).change_for("OP2", side="old")
    assert ("verb", "softer") in named(dropped)
    closing = "Decides to remain actively seized of the matter and to consider further steps."
    assert [v.lemma for v in lexicon.find_verbs(closing)] == ["decide to remain seized"]


def test_force_restated_in_a_provision_left_out_while_the_text_still_grants_it() -> None:
    # UNMISS 2020 -> 2022: "all necessary means" restated in a paragraph on the protection
    # of civilians sites that the renewal leaves out, while the Mission's authorization
    # stands in its mandate paragraph: the force authorized did not move.
    authorizes = "Authorizes the Mission to use all necessary means to protect civilians;"
    restated = (
        "Stresses that the Mission's mandate includes authority to use all necessary means "
        "to defend the protection of civilians sites;"
    )
    kept = compare_ops([authorizes, restated], [authorizes])
    [force] = [s for s in shifts(kept.change_for("OP2", side="old")) if s.feature == "use-of-force"]
    assert (force.direction, force.note) == ("neutral", "still granted in new OP1")
    assert force.describe() == (
        "authorization of force dropped from this provision: “use all necessary means” "
        "(still granted in new OP1)"
    )
    assert kept.summary.use_of_force == "kept"
    came = compare_ops([authorizes], [authorizes, restated])
    [force] = [s for s in shifts(came.change_for("OP2", side="new")) if s.feature == "use-of-force"]
    assert (force.direction, force.note) == ("neutral", "granted in old OP1")
    assert force.describe().startswith("authorization of force added to this provision")
    # An ask of others to use force is no restatement: dropped, it weighs (a stranger's
    # review) ...
    piracy = (
        "Calls upon States cooperating with the Government to use all necessary means to "
        "repress acts of piracy;"
    )
    asked = compare_ops([authorizes, piracy], [authorizes])
    assert ("use-of-force", "softer") in named(asked.change_for("OP2", side="old"))
    # ... and nor is a restatement about another actor than the one the text authorises.
    other_actor = compare_ops(
        ["Authorizes UNMISS to use all necessary means;", restated],
        ["Authorizes UNMISS to use all necessary means;"],
    )
    assert ("use-of-force", "softer") in named(other_actor.change_for("OP2", side="old"))
    # An authorization of force the dropped paragraph decides itself ends, whoever else
    # the text authorises (MINUSCA 2021 -> 2022: the French forces' "all means") ...
    other = "Authorizes the French forces to use all necessary means to support the Mission;"
    ended = compare_ops([authorizes, other], [authorizes])
    assert ("use-of-force", "softer") in named(ended.change_for("OP2", side="old"))
    # ... and a restatement weighs where the text grants force nowhere else.
    alone = compare_ops(["Welcomes the report;", restated], ["Welcomes the report;"])
    assert ("use-of-force", "softer") in named(alone.change_for("OP2", side="old"))


def test_the_closing_formulas_of_older_texts_are_procedural() -> None:
    # "Decides to meet again to consider the report of the Secretary-General" (1986),
    # "Decides to resume consideration of the question of Namibia as soon as necessary"
    # (1970), "Decides to remain actively and permanently seized of the matter until Kuwait
    # has regained its independence" (1990): the Council keeps the matter before it, as
    # "remain seized" does. Added or dropped, they weigh nothing (they were decisions of
    # substance, tier 6, and the headline of the comparison).
    lexicon = Lexicon.default()
    kept = "Calls upon the parties to cease fire;"
    for closing, lemma in (
        (
            "Decides to meet again to consider the report of the Secretary-General.",
            "decide to meet again",
        ),
        (
            "Decides to resume consideration of the question of Namibia as soon as necessary.",
            "decide to resume consideration",
        ),
        (
            "Decides to continue its consideration of the question.",
            "decide to resume consideration",
        ),
        (
            "Decides to meet, if necessary, in order to consider the situation upon "
            "receiving the report of the Secretary-General.",
            "decide to meet again",
        ),
        (
            "Decides to remain actively and permanently seized of the matter until Kuwait has "
            "regained its independence.",
            "decide to remain seized",
        ),
    ):
        assert [v.lemma for v in lexicon.find_verbs(closing)] == [lemma], closing
        for old, new, side in (([kept, closing], [kept], "old"), ([kept], [kept, closing], "new")):
            cmp = resdiff.compare(draft(old), draft(new))
            change = cmp.change_for("OP2", side=side)
            assert [s for s in shifts(change) if s.direction != "neutral"] == [], closing
            assert cmp.summary.direction == "neutral", closing
    # "Decides to meet the costs ..." is no meeting of the Council.
    [costs] = lexicon.find_verbs("Decides to meet the costs of the Force from voluntary funds.")
    assert (costs.lemma, costs.axis_a) == ("decide", 6)
    # Another act decided in the same sentence is a decision, as with "remain seized".
    both = "Decides to meet again and to impose an arms embargo should the parties fail to comply."
    [lead] = lexicon.find_verbs(both)
    assert (lead.lemma, lead.axis_a) == ("decide", 6)
    # Further action kept in view is a warning, weighed as one.
    warns = "Decides to meet again as necessary to consider further steps to ensure compliance."
    dropped = resdiff.compare(draft([kept, warns]), draft([kept])).change_for("OP2", side="old")
    assert ("warning", "softer") in named(dropped)


def test_a_winding_down_a_later_resolution_leaves_out_reverses_nothing() -> None:
    # UNAMID 2020: "expresses its intention to decide on the drawdown and exit of UNAMID by
    # 31 December 2020", left out once the drawdown was decided; UNISFA 2022: "expresses
    # its intention to reduce the authorized police ceiling", left out. Read as "no longer
    # drawn down" (stronger, a headline weight), they were the key change of their
    # comparison. A revised draft that drops a drawdown still keeps the mission whole.
    drawdown = (
        "Decides to begin the drawdown of the Mission on 1 January 2021 and to complete "
        "the withdrawal of all its personnel by 30 June 2021;"
    )
    kept = "Decides to remain seized of the matter;"
    old = _resolution(2559, draft([drawdown, kept]), "22 December 2020")
    later = resdiff.compare(old, _resolution(2579, draft([kept]), "3 June 2021"))
    [wind] = [s for s in later.change_for("OP1", side="old").shifts if s.feature == "lifecycle"]
    assert wind.direction == "neutral" and wind.note is not None
    assert wind.note.startswith("not restated by the later text")
    revised = resdiff.compare(old, "DRAFT RESOLUTION\n\n" + draft([kept]))
    assert ("lifecycle", "stronger") in named(revised.change_for("OP1", side="old"))


def test_a_party_told_to_discontinue_its_military_activities_is_no_drawdown() -> None:
    # S/RES/234 (1967): "cease fire immediately and discontinue all military activities at
    # 2000 hours GMT on 7 June 1967" is a cease-fire demanded of the Governments, due at an
    # hour now past, not a mission wound down.
    lexicon = Lexicon.default()
    ceasefire = (
        "Demands that the Governments concerned should as a first step cease fire "
        "immediately and discontinue all military activities at 2000 hours GMT on 7 June "
        "1967;"
    )
    assert lexicon.lifecycle_in(ceasefire) == []
    assert lexicon.lifecycle_in("Decides to discontinue the tasks of the Mission in Kasai")
    adopted = dt.date(1967, 6, 6)
    assert (
        spent_deadline(ceasefire, dt.date(1967, 6, 11), since=adopted)
        == "at 2000 hours GMT on 7 June 1967"
    )
    assert spent_deadline(ceasefire, dt.date(1967, 6, 7), since=adopted) is None
    # A revised draft of the next day that drops the demand withdraws it (a stranger's
    # review): the cease-fire binds from that hour on, it is not done once.
    assert spent_deadline(ceasefire, dt.date(1967, 6, 8)) is None
    assert (
        spent_deadline(
            "to withdraw not later than 0600 hours, local time, on Sunday, 6 June 1982",
            dt.date(1982, 7, 1),
            since=dt.date(1982, 6, 5),
        )
        == "not later than 0600 hours, local time, on Sunday, 6 June 1982"
    )


def test_a_paragraph_that_exempts_from_a_measure_eases_it() -> None:
    # S/RES/724 (1991) -> 760 (1992): "Decides that the prohibitions in paragraph 4 (c) of
    # resolution 757 (1992) ... shall not apply to ... goods for essential humanitarian
    # need": a decision added, read as "operative verb added: decides" (stronger), where
    # the judges read the measure eased. Found after holdout25's look.
    embargo = "Decides that all States shall prevent the sale or supply of arms to X;"
    exempts = (
        "Decides that the measures imposed by paragraph 1 above shall not apply to supplies "
        "of non-lethal military equipment intended solely for humanitarian use;"
    )
    added = compare_ops([embargo], [embargo, exempts])
    assert named(added.change_for("OP2", side="new")) == {("exemption", "softer")}
    assert added.summary.direction == "softer"
    dropped = compare_ops([embargo, exempts], [embargo])
    assert named(dropped.change_for("OP2", side="old")) == {("exemption", "stronger")}
    # "With the exception of" leaves anything out of anything: the decision weighs as one.
    other = "Decides to hold its meetings in Geneva, with the exception of the closing one;"
    plain = compare_ops([embargo], [embargo, other])
    assert named(plain.change_for("OP2", side="new")) == {("verb", "stronger")}


def test_a_time_asked_for_a_report_or_recited_is_no_hedge() -> None:
    # S/RES/468 -> 484 (1980): "Requests the Secretary-General to report on the
    # implementation of the present resolution" -> "... as soon as possible" (judged
    # stronger, a tighter request) read "hedge added" (softer); S/RES/794 -> 814 (1993):
    # "Noting the offer ... to establish as soon as possible a secure environment" is a
    # fact recited.
    def hedges(old: list[str], new: list[str], preamble: bool = False) -> list[Shift]:
        if preamble:
            cmp = resdiff.compare(draft(["Decides x;"], old), draft(["Decides x;"], new))
        else:
            cmp = compare_ops(old, new)
        return [s for c in cmp.changes for s in shifts(c) if s.feature == "hedge"]

    report = "Requests the Secretary-General to report on the implementation of this resolution"
    [timed] = hedges([report + ";"], [report + " as soon as possible;"])
    assert timed.direction == "neutral" and "report" in (timed.note or "")
    recital = "Noting the offer of Member States to establish {} a secure environment,"
    [fact] = hedges([recital.format("as soon as possible")], [recital.format("")], preamble=True)
    assert fact.direction == "neutral" and "declaratory" in (fact.note or "")
    # An obligation put off is eased, as ever, even where a report is named beside it.
    withdraw = "Demands that all forces withdraw from the territory of X"
    [eased] = hedges([withdraw + ";"], [withdraw + " as soon as possible;"])
    assert eased.direction == "softer"
    cited = ", as recommended in the report of the Secretary-General;"
    [still] = hedges([withdraw + cited], [withdraw + " as soon as possible" + cited])
    assert still.direction == "softer"


# -- the Council's housekeeping ([procedural] in verbs.toml) ------------------------------

_KEPT = "Calls upon all parties to cease hostilities forthwith;"


def _weighed(cmp: Comparison) -> list[tuple[str, str]]:
    return [
        (s.feature, s.direction)
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.direction != "neutral"
    ]


@pytest.mark.parametrize(
    "housekeeping",
    [
        "Requests the Secretary-General to provide all appropriate assistance to the "
        "Committee in the discharge of its task;",
        "Requests the Secretary-General to provide the Commission with the necessary "
        "facilities to enable it to carry out its mission;",
        "Requests that the Secretary-General make appropriate arrangements to provide "
        "necessary funds to meet the obligations arising from this resolution;",
        "Decides to keep the situation in the region under review until the Territory "
        "attains full independence;",
        "Decides to keep under constant review the operational arrangements to implement "
        "the mandate contained in this resolution;",
        # Any dash in the title, a Council body named in full.
        "Requests the Secretary\u2011General to provide all appropriate assistance to the "
        "Committee established in pursuance of resolution 253 (1968);",
        "Requests the Secretary-\u2014General to provide the Special Commission with the "
        "necessary facilities;",
    ],
)
def test_housekeeping_added_or_dropped_weighs_nothing(housekeeping: str) -> None:
    # The judges call each of these neutral, added or dropped (1948-1993).
    assert _weighed(compare_ops([_KEPT], [_KEPT, housekeeping])) == []
    assert _weighed(compare_ops([_KEPT, housekeeping], [_KEPT])) == []


@pytest.mark.parametrize(
    "text",
    [
        # Assistance to a country is asked for its people, not for the Council's machinery.
        "Requests the Secretary-General to provide humanitarian assistance to the people "
        "of the region;",
        # A body that is not the Council's, by its full name.
        "Requests the Secretary-General to provide assistance to the Committee on Missing Persons;",
        "Requests the Secretary-General to provide assistance to the Commission on the Truth;",
        # A body provided with information, not with staff or facilities.
        "Requests the Secretary-General to provide the Panel with information on arms "
        "transfers to armed groups, with the support of the Mission;",
        "Requests the Secretary-General to provide the Committee, within 30 days, with the "
        "names of the individuals who violate the embargo, with support from the Mission;",
        # A question kept under review while another act is decided, or sanctions held in
        # view, is that act.
        "Decides to keep this item on its agenda and to continue its efforts to put an "
        "early end to the occupation;",
        "Decides to keep the situation under close review, and stands ready to impose sanctions;",
        "Decides to keep the question under active review, including the possibility of "
        "imposing targeted sanctions;",
    ],
)
def test_a_request_of_substance_is_no_housekeeping(text: str) -> None:
    weighed = _weighed(compare_ops([_KEPT], [_KEPT, text]))
    assert weighed and all(direction == "stronger" for _, direction in weighed), text


def test_a_warning_in_housekeeping_still_weighs() -> None:
    text = "Decides to keep this item on its agenda for further action as appropriate;"
    assert _weighed(compare_ops([_KEPT], [_KEPT, text])) == [("warning", "stronger")]
    assert _weighed(compare_ops([_KEPT, text], [_KEPT])) == [("warning", "softer")]


def test_housekeeping_inside_a_paragraph_weighs_nothing() -> None:
    old = "Welcomes the report of the Committee;"
    new = (
        "Welcomes the report of the Committee, and requests the Secretary-General to "
        "provide all necessary support to the Committee;"
    )
    assert _weighed(compare_ops([old], [new])) == []
    assert _weighed(compare_ops([old], [new.replace("to the Committee;", "to Lesotho;")])) == [
        ("verb", "stronger")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A government or a partner asked to act while the mission winds down: the
        # winding down is the setting, the call weighs as its verb (judged stronger).
        (
            "Calls upon the Government, at all levels, to cooperate fully with the United "
            "Nations during the Mission's drawdown and liquidation in order to ensure the "
            "orderly and safe withdrawal of the Mission;",
            [("verb", "stronger")],
        ),
        (
            "Strongly urges the Government to prioritise the generation of security forces "
            "so that the Mission can continue its phased drawdown;",
            [("verb", "stronger")],
        ),
        # The Secretary-General asked to carry it out, or the Council endorsing it: the
        # Council's own winding down (judged softer).
        (
            "Requests the Secretary-General to commence the drawdown of the Mission's "
            "personnel on 1 January 2021;",
            [("lifecycle", "softer")],
        ),
        (
            "Further requests the Secretary-\u2014General to prepare a timetable for the "
            "phased drawdown of military forces in the transportation corridors;",
            [("lifecycle", "softer")],
        ),
        # The mission by its full name, the African Union and its missions, the Special
        # Representative: those who carry the winding down out.
        (
            "Requests the United Nations Mission in Liberia to complete the drawdown of its "
            "military component;",
            [("lifecycle", "softer")],
        ),
        (
            "Requests the Secretary-General and the Chairperson of the African Union "
            "Commission to commence the drawdown of UNAMID personnel;",
            [("lifecycle", "softer")],
        ),
        (
            "Requests the African Union to draw down 2,000 ATMIS personnel by 31 December;",
            [("lifecycle", "softer")],
        ),
        (
            "Calls upon AMISOM to complete the withdrawal of its uniformed personnel;",
            [("lifecycle", "softer")],
        ),
        # The paragraph added winds the force down: its authorisation to deploy (the
        # level kept until the drawdown date) is how the drawdown is set, named, not
        # weighed as an ask added (classify/vehicles.py; ATMIS 2022 new OP26, judged an
        # addition of softer effect). Until 5 December this read "authorises" stronger.
        (
            "Authorises the Member States of the African Union to deploy up to 19,626 "
            "uniformed personnel until 31 December 2022 and endorses the African Union "
            "Peace and Security Council’s decision to drawdown 2000 personnel by 31 "
            "December 2022;",
            [("lifecycle", "softer")],
        ),
    ],
)
def test_a_winding_down_weighs_where_the_council_winds_down(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _weighed(compare_ops([_KEPT], [_KEPT, text])) == expected


# -- an old paragraph restated by its number -------------------------------------------

_EMBARGO = (
    "Decides further that all States shall prevent the sale or supply, by their nationals "
    "or from their territories, of arms and related materiel of all types and of petroleum "
    "and petroleum products to the territory of Angola other than through named points of "
    "entry;"
)
_SEIZED = "Decides to remain seized of the matter;"


def test_an_old_paragraph_restated_by_its_number_is_carried_forward() -> None:
    # S/RES/864 (1993), paragraph 19 -> S/RES/890 (1993), paragraph 13: judged reworded,
    # the embargo not lifted but maintained.
    old = _resolution(864, draft(["Welcomes the talks;", _EMBARGO, _SEIZED]), "15 September 1993")
    restated = (
        "Reaffirms the obligation of all States to implement fully the provisions of "
        "paragraph 2 of resolution 864 (1993);"
    )
    new = _resolution(890, draft(["Condemns the attacks;", _SEIZED, restated]), "15 December 1993")
    cmp = resdiff.compare(old, new)
    change = cmp.change_for("OP2", side="old")
    assert (change.old, change.new, change.kind) == (("OP2",), ("OP3",), "reworded")
    assert {s.note for s in change.shifts if s.feature == "measure"} == {
        "restated by reference to paragraph 2 of resolution 864 (1993)"
    }
    assert all(s.direction == "neutral" for s in change.shifts)
    # A draft of the same resolution cites no paragraph of itself: nothing is paired.
    revised = resdiff.compare(draft(["Welcomes the talks;", _EMBARGO]), draft([restated]))
    kinds = sorted(c.kind for c in revised.changes if c.section == "operative")
    assert kinds == ["added", "dropped", "dropped"]


def test_an_act_under_an_old_paragraph_is_no_restatement() -> None:
    old = _resolution(864, draft(["Welcomes the talks;", _EMBARGO, _SEIZED]), "15 September 1993")
    under = (
        "Authorizes, in implementation of paragraph 2 of resolution 864 (1993), the "
        "enlargement of the Mission's mandate;"
    )
    cmp = resdiff.compare(old, _resolution(890, draft([_SEIZED, under]), "15 December 1993"))
    assert cmp.change_for("OP2", side="old").kind == "dropped"


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (
            "Decides that the measures imposed by paragraph 2 of resolution 864 (1993) shall "
            "not apply to supplies of non-lethal military equipment intended solely for "
            "humanitarian use;",
            ("exemption", "softer"),
        ),
        (
            "Decides that all States shall, in addition to the measures imposed by paragraph 2 "
            "of resolution 864 (1993), prevent the sale or supply of rough diamonds;",
            ("measure", "stronger"),
        ),
        (
            # The measures of the paragraph cited, ended: a measure lifted (measures.toml
            # by_reference), where it was a life-cycle word alone.
            "Decides that the provisions of paragraph 2 of resolution 864 (1993) shall no "
            "longer apply;",
            ("measure", "softer"),
        ),
    ],
)
def test_a_new_act_citing_an_old_paragraph_weighs_as_itself(
    act: str, expected: tuple[str, str]
) -> None:
    # Only a restatement pairs with the paragraph it cites: an exemption from it, a
    # measure added to it or its end is a provision of its own, weighed as such.
    old = _resolution(864, draft(["Welcomes the talks;", _EMBARGO, _SEIZED]), "15 September 1993")
    cmp = resdiff.compare(old, _resolution(890, draft([_SEIZED, act]), "15 December 1993"))
    assert cmp.change_for("OP2", side="old").kind == "dropped"
    added = cmp.change_for("OP2", side="new")
    assert added.kind == "added"
    assert expected in [(s.feature, s.direction) for x in added.walk() for s in x.shifts]


def test_a_sub_paragraph_or_an_extension_by_reference_is_no_restatement() -> None:
    # "paragraph 2 (a)" is part of paragraph 2; an extension of what paragraph 2 imposed
    # (it renewed nothing) extends it: neither is the old words carried.
    listed = (
        "Decides that, until 1 December 1993, all States shall: (a) prevent arms; (b) bar travel;"
    )
    old = _resolution(864, draft(["Welcomes the talks;", listed, _SEIZED]), "15 September 1993")
    for new_op in (
        "Reaffirms the obligation of all States to implement paragraph 2 (a) of resolution "
        "864 (1993);",
        "Decides to extend the measures imposed by paragraph 2 of resolution 864 (1993) "
        "until 1 June 1994;",
    ):
        cmp = resdiff.compare(old, _resolution(890, draft([_SEIZED, new_op]), "15 December 1993"))
        assert cmp.change_for("OP2", side="old").kind == "dropped", new_op


def test_a_winding_down_asked_of_the_mission_and_its_partners_is_the_setting() -> None:
    # MONUSCO 2021: judged neutral, added; the call on the mission alone to draw down
    # is the Council's own winding down.
    partners = (
        "Calls upon MONUSCO, the UNCT and other United Nations entities operating in the "
        "DRC to strengthen integration and cooperation in preparation for MONUSCO's "
        "withdrawal;"
    )
    assert _weighed(compare_ops([_KEPT], [_KEPT, partners])) == [("verb", "stronger")]
    alone = "Calls upon MONUSCO to complete the withdrawal of its uniformed personnel;"
    assert _weighed(compare_ops([_KEPT], [_KEPT, alone])) == [("lifecycle", "softer")]


def test_a_modal_changes_only_where_it_binds_the_same_verb() -> None:
    # ONUCA 1990 (S/RES/654 -> 656): "the tasks ... will lapse" in both; the new "shall be
    # extended" binds another verb. No modal strengthened; the tasks are still extended.
    old = (
        "Decides to extend the mandate of the Observer Group for a further period of six "
        "months, on the understanding that the tasks of the Observer Group of monitoring "
        "the cease-fire will lapse with the completion of the demobilization process, not "
        "later than 10 June 1990;"
    )
    new = (
        "Decides that the tasks of the Observer Group of monitoring the cease-fire and "
        "separation of forces in Nicaragua and demobilizing members of the Nicaraguan "
        "resistance shall be extended, on the understanding that those tasks will lapse "
        "with the completion of the demobilization process, not later than 29 June 1990;"
    )
    weighed = _weighed(compare_ops([old], [new]))
    assert ("modal", "stronger") not in weighed
    assert ("lifecycle", "softer") not in weighed
    # The same verb under a weaker modal is a modal weakened.
    shall = "Decides that the mandate of the Force shall be extended for six months;"
    assert ("modal", "softer") in _weighed(compare_ops([shall], [shall.replace("shall", "should")]))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Demands that all parties shall immediately and unconditionally cease hostilities;",
            "Demands that all parties should cease hostilities;",
        ),
        (
            "Decides that the measures imposed by paragraph 2 shall also apply to petroleum;",
            "Decides that the measures imposed by paragraph 2 should apply to petroleum;",
        ),
        (
            "Decides that the measures imposed by paragraph 2 shall continue to apply;",
            "Decides that the measures imposed by paragraph 2 should apply;",
        ),
        (
            "Decides that the flights shall cease forthwith;",
            "Decides that the flights should end forthwith;",
        ),
    ],
)
def test_a_modal_weakened_past_adverbs_or_with_another_verb_is_named(old: str, new: str) -> None:
    # Only a modal that still binds its verb on the other side is left unnamed.
    assert ("modal", "softer") in _weighed(compare_ops([old], [new]))


def test_a_mandate_not_to_be_extended_is_no_extension() -> None:
    kept = "Decides that the tasks of the Observer Group shall be extended until 30 June;"
    for text in (
        "Decides that the tasks of the Observer Group are not to be extended beyond 30 June;",
        "Decides that the tasks of the Observer Group shall in no case be extended;",
        "Decides that the tasks of the Mission shall be extended to include the monitoring of "
        "the border;",
    ):
        assert ("lifecycle", "stronger") not in _weighed(compare_ops([_KEPT], [_KEPT, text]))
    # A mandate that was not to be extended and now is: saved, stronger.
    saved = compare_ops(
        ["Decides that the mandate of the Force shall not be extended beyond 30 June;"],
        ["Decides that the mandate of the Force shall be extended beyond 30 June;"],
    )
    assert ("lifecycle", "stronger") in _weighed(saved)
    assert ("lifecycle", "stronger") in _weighed(compare_ops([_KEPT], [_KEPT, kept]))


def test_a_restating_lead_that_states_anew_is_no_restatement() -> None:
    old = _resolution(864, draft(["Welcomes the talks;", _EMBARGO, _SEIZED]), "15 September 1993")
    new_op = (
        "Confirms that the provisions of paragraph 2 of resolution 864 (1993) shall not "
        "apply to supplies of non-lethal military equipment intended solely for humanitarian "
        "use;"
    )
    cmp = resdiff.compare(old, _resolution(890, draft([_SEIZED, new_op]), "15 December 1993"))
    assert cmp.change_for("OP2", side="old").kind == "dropped"
    added = cmp.change_for("OP2", side="new")
    assert added.kind == "added"
    assert not any((s.note or "").startswith("restated by reference") for s in added.shifts)


@pytest.mark.parametrize(
    "text",
    [
        # The setting ends at a comma and at the ask's infinitive.
        "Requests the Secretary-General, in view of progress, to reduce the troop ceiling of "
        "the Mission;",
        # The mission among those asked: its own winding down.
        "Requests the Mission and the United Nations agencies to complete the withdrawal of "
        "the Mission by 31 December 2023;",
    ],
)
def test_a_winding_down_the_council_asks_of_its_mission_still_weighs(text: str) -> None:
    assert ("lifecycle", "softer") in _weighed(compare_ops([_KEPT], [_KEPT, text]))


def test_housekeeping_and_warnings_read_their_words_exactly() -> None:
    review = (
        "Decides to keep the question under review, in the light of the reports of the "
        "Sanctions Committee;"
    )
    assert _weighed(compare_ops([_KEPT], [_KEPT, review])) == []
    substance = (
        "Requests the Secretary-General to provide all appropriate assistance to the "
        "Commission and to take steps to ensure the safety of civilians;"
    )
    assert ("verb", "stronger") in _weighed(compare_ops([_KEPT], [_KEPT, substance]))
    lex = Lexicon.default()
    assert lex.warnings_in("Stands ready to reimpose the measures")
    assert lex.warnings_in("stands ready to re-impose sanctions")


def test_shall_and_will_decide_alike_in_a_decision() -> None:
    # 1540 Committee 2022: "Further decides that the 1540 Committee ... shall continue to
    # conduct ... the review" -> "... will conduct comprehensive reviews" (judged
    # strengthened: no modal weakened).
    old = "Further decides that the Committee shall continue to conduct the review;"
    new = "Further decides that the Committee will conduct the review;"
    assert ("modal", "softer") not in _weighed(compare_ops([old], [new]))
    # In an ask, "will" is no "shall".
    ask = "Calls upon all States to ensure that their nationals shall comply with the ban;"
    assert ("modal", "softer") in _weighed(compare_ops([ask], [ask.replace("shall", "will")]))


def test_a_finding_pressed_home_and_an_urgent_demand_reaffirmed() -> None:
    # Jerusalem, S/RES/252 (1968) -> 298 (1971): "Considers that ... are invalid" ->
    # "Confirms in the clearest possible terms that ... are totally invalid" (judged
    # strengthened). Portuguese territories, 180 (1963) -> 218 (1965): "Urgently calls
    # upon Portugal to implement" -> "Reaffirms its urgent demand that Portugal implement"
    # is no weakening (judged strengthened; read as the same tier).
    old = "Considers that all legislative and administrative actions taken are invalid;"
    new = (
        "Confirms in the clearest possible terms that all legislative and administrative "
        "actions taken are totally invalid;"
    )
    assert ("verb", "stronger") in _weighed(compare_ops([old], [new]))
    call = "Urgently calls upon Portugal to implement the provisions of paragraph 5;"
    demand = "Reaffirms its urgent demand that Portugal implement the provisions of paragraph 5;"
    assert ("verb", "softer") not in _weighed(compare_ops([call], [demand]))


def test_a_termination_told_as_a_point_in_time_terminates_nothing() -> None:
    # "all acts taken ... after the termination of the Mandate are illegal" (S/RES/269
    # (1969)) dates the acts by the General Assembly's ending of South Africa's Mandate in
    # 1966: no measure or mandate of the Council is ended there. It had weighed as a
    # headline and turned the document direction of 264 -> 269 (judged stronger) softer.
    lexicon = Lexicon.default()
    for text in (
        "Declares that all acts taken by the Government of South Africa concerning Namibia "
        "after the termination of the Mandate are illegal and invalid;",
        "Requests the Force to remain in place until the termination of the mandate;",
        "Recalls the arrangements made following the termination of the Mission;",
    ):
        assert lexicon.lifecycle_in(text) == [], text
    for text in (
        "Decides to terminate the mandate of the Mission on 31 December 2020;",
        "Decides on the termination of the measures imposed by resolution 2231 (2015);",
    ):
        assert {x.label for x in lexicon.lifecycle_in(text)} == {"terminated"}, text


def test_an_embargo_by_what_it_stops_and_its_exception_after_it() -> None:
    # S/RES/2662 (2022) imposes the Somalia arms embargo without the word "embargo" and
    # names its exception after it: the measure is imposed, with an exemption; a carve-out
    # that comes first ("shall not apply to supplies of arms") still carves the measure out.
    imposed = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that all States shall take the necessary measures to prevent all "
        "deliveries of weapons and military equipment to Somalia, except where the "
        "beneficiary is Somalia's security and police institutions, who are exempt;\n"
    ).operative[0]
    assert [(m.kind, m.mode) for m in imposed.measures] == [("arms_embargo", "mandatory")]
    assert "exemption" in imposed.phrases[0].exemptions
    carved = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the measures shall not apply to supplies of arms and related "
        "materiel intended solely for the support of the Mission;\n"
    ).operative[0]
    assert carved.measures == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An exception after the measure leaves it imposed, with an exemption.
        (
            "Decides that all States shall prevent the direct or indirect supply, sale or "
            "transfer of arms and related materiel to Mali, except for supplies intended "
            "solely for the United Nations mission;",
            [("arms_embargo", "mandatory")],
        ),
        # A measure said not, or no longer, to apply is carved out wherever it stands.
        (
            "Decides that the arms embargo on Somalia shall not apply to deliveries of "
            "weapons intended solely for the Somali National Security Forces;",
            [],
        ),
        (
            "Decides that the notification requirements in paragraph 2 shall no longer apply "
            "to shipments of arms and related materiel, except in relation to the Committee;",
            [],
        ),
    ],
)
def test_exceptions_after_a_measure_and_measures_that_shall_not_apply(
    text: str, found: list[tuple[str, str]]
) -> None:
    clause = resdiff.parse(
        f"The Security Council,\n\nRecalling its resolutions,\n\n1. {text}\n"
    ).operative[0]
    # The measures imposed: the requirements "no longer" applied are read as lifted (the
    # measures cited, ended; test_measures_by_reference.py), the arms carved out as none.
    assert [(m.kind, m.mode) for m in clause.measures if not m.ends] == found


def test_the_missions_own_arrangements_go_on_with_a_mandate_continued_by_reference() -> None:
    # UNSMIL, S/RES/2542 (2020) -> 2595 (2021): the two-week rollover extends "the mandate
    # of the United Nations Support Mission in Libya ... as set out in resolution 2542
    # (2020)", the old text itself. Its decisions and requests that arrange the mission
    # (who leads it, how it reports, what it mainstreams) are set out there and go on:
    # named, not weighed (judged neutral). A call pressing the mission, an ask of others in
    # the same paragraph, the mission asked with others, an authority to use force, a
    # condemnation beside the request and the Secretary-General's reports still weigh
    # (judged softer, UNAMA 2021, UNISFA 2022; a reviewer's cases).
    led = (
        "Further decides that UNSMIL should be led by a Special Envoy of the "
        "Secretary-General who should exercise overall leadership of UNSMIL and requests "
        "that the Secretary-General appoint his Special Envoy without delay;"
    )
    reports = "Requests that UNSMIL shall report to the Security Council through the Envoy;"
    gender = (
        "Requests UNSMIL to take fully into account a gender perspective in its mandate "
        "and further requests enhanced reporting by UNSMIL on these issues;"
    )
    still = {
        "OP5": "Calls on UNSMIL and the Special Envoy to further increase coherence among "
        "agencies;",
        "OP6": "Requests UNSMIL to support peacebuilding, and strongly encourages all parties "
        "to cooperate with the police service;",
        "OP7": "Requests the Secretary-General to report every 60 days;",
        "OP8": "Requests UNSMIL and the Libyan authorities to ensure the protection of civilians;",
        "OP9": "Decides that UNSMIL shall take fully into account a gender perspective, and "
        "requests all Member States to provide troops;",
        "OP10": "Authorizes UNSMIL to use all necessary means, within its capabilities, to "
        "protect civilians under threat of physical violence;",
    }
    condemns = (
        "Requests UNSMIL to monitor and report on attacks against civilians, and condemns "
        "in the strongest terms all such attacks;"
    )
    kept = "Decides to remain actively seized of the matter;"
    preamble = [
        "Taking note of the report on the United Nations Support Mission in Libya (UNSMIL),"
    ]
    old = _resolution(
        2542,
        draft(
            [
                "Decides to extend until 15 September 2021 the mandate of UNSMIL, as an "
                "integrated special political mission;",
                led,
                reports,
                gender,
                *still.values(),
                condemns,
                kept,
            ],
            preamble=preamble,
        ),
        "15 September 2020",
    )
    rollover = (
        "Decides to extend until 30 September 2021 the mandate of the United Nations "
        "Support Mission in Libya, as an integrated special political mission to carry out "
        "its mandate, as set out in resolution {};"
    )

    def new(text: str) -> str:
        return _resolution(2595, draft([text, kept], preamble=[]), "15 September 2021")

    def weighed(cmp: Comparison, ref: str, feature: str | None = None) -> bool:
        return any(
            s.direction == "softer" and feature in (None, s.feature)
            for s in shifts(cmp.change_for(ref, side="old"))
        )

    later = resdiff.compare(old, new(rollover.format("2542 (2020)")))
    for ref in ("OP2", "OP3", "OP4"):
        gone = later.change_for(ref, side="old")
        assert gone.kind == "dropped" and not weighed(later, ref), ref
        assert all(s.note == "carried by reference to resolution 2542 (2020)" for s in shifts(gone))
    for ref in still:
        assert weighed(later, ref), ref
    assert weighed(later, "OP10", "use-of-force")
    # The condemnation beside a request to the mission alone still weighs.
    assert weighed(later, "OP11", "censure")
    # Paragraphs of the old text cited, another resolution, another mission, or a part
    # excepted: the arrangements the new text leaves out are its choice.
    for text in (
        rollover.format("paragraph 1 of resolution 2542 (2020)"),
        rollover.format("2486 (2019)"),
        rollover.format("2542 (2020), except paragraphs 2 to 4 thereof"),
        "Decides to extend until 31 January 2023 the mandate of UNOWAS as set out in "
        "resolution 2542 (2020);",
        # A full name no text defines by the acronym.
        "Decides to extend until 30 September 2021 the mandate of the Mission, as set out "
        "in resolution 2542 (2020);",
    ):
        again = resdiff.compare(old, new(text))
        assert weighed(again, "OP2") and weighed(again, "OP4"), text
    # The acronym itself continues it too.
    by_acronym = resdiff.compare(
        old,
        new(
            "Decides to extend until 30 September 2021 the mandate of UNSMIL as set out in "
            "resolution 2542 (2020);"
        ),
    )
    assert not weighed(by_acronym, "OP2")


def test_a_mandate_continued_by_reference_is_read_in_linear_time() -> None:
    # A reviewer's case: every reference to the old resolution re-read all those before
    # it (76 KB of one paragraph: 16 s).
    old = _resolution(
        2542,
        draft(["Decides to extend until 15 September 2021 the mandate of UNSMIL;"]),
        "15 September 2020",
    )
    body = "Stresses the importance of the arrangements " + (
        "as set out in resolution 2542 (2020), " * 2000
    )
    start = time.process_time()
    resdiff.compare(old, _resolution(2595, draft([body]), "15 September 2021"))
    assert time.process_time() - start < 5.0


def test_a_measure_carried_by_reference_is_not_listed_dropped() -> None:
    # S/RES/2542 (2020) -> 2595 (2021): a task read as naming the arms embargo, no longer
    # spelled out but carried by the reference, was still listed in the summary as
    # "Measures dropped: arms embargo (was mandatory)".
    old = (
        "Decides to extend until 15 September 2021 the mandate of UNSMIL, as an integrated "
        "special political mission, to:\n(i) Provide support to key Libyan institutions;\n"
        "(ii) Support the implementation of the arms embargo imposed by resolution 1970 "
        "(2011), in which it decided that all Member States shall immediately take the "
        "necessary measures to prevent the supply of arms to Libya;"
    )
    new = (
        "Decides to extend until 30 September 2021 the mandate of UNSMIL, as an integrated "
        "special political mission to carry out its mandate, as set out in resolution 2542 "
        "(2020);"
    )
    assert compare_ops([old], [new]).summary.measures_dropped == ()
    # Left out with no reference, the measure is dropped.
    bare = "Decides to extend until 30 September 2021 the mandate of UNSMIL;"
    [gone] = compare_ops([old], [bare]).summary.measures_dropped
    assert gone.measure == "arms_embargo"


def test_arms_a_mission_helps_secure_are_no_arms_embargo() -> None:
    # "(x) provide support in securing uncontrolled arms and related materiel and
    # countering their proliferation" (a task of UNSMIL, S/RES/2542 (2020)) was read as an
    # arms embargo imposed, and its absence as the embargo dropped.
    lexicon = Lexicon.default()
    for text in (
        "provide support in securing uncontrolled arms and related materiel and countering "
        "their proliferation;",
        "to combat the illicit trafficking and diversion of arms and related materiel;",
        "to counter the trafficking of arms and related materiel;",
    ):
        assert lexicon.measures_in(text) == [], text
    for text in (
        "the measures on arms and related materiel imposed by paragraph 2 of resolution "
        "2127 (2013);",
        "to prevent the direct or indirect supply of arms and related materiel of all types;",
    ):
        assert [m.measure for m in lexicon.measures_in(text)][:1] == ["arms_embargo"], text


def test_expressing_support_is_declaratory_and_supporting_is_an_ask() -> None:
    # domain.md ranks "expresses (support, appreciation)" with the declaratory verbs and
    # "supports" at tier 2. An added "Expressing its support for a seamless transition"
    # (UNAMID 2020) or "Expresses its full support for the Special Envoy" asks nothing of
    # anyone (judged neutral); an added "Supports" or "Encourages" weighs.
    kept = "Requests the Secretary-General to report."
    for text in (
        "Expresses its full support for the Special Envoy in fulfilling his mandate;",
        "Expresses its support for the efforts of the African Union;",
    ):
        added = next(c for c in compare_ops([kept], [text, kept]).changes if c.kind == "added")
        assert not any(s.direction == "stronger" for s in shifts(added)), text
    for text in (
        "Supports the efforts of the Special Envoy to convene the parties;",
        "Encourages the parties to engage with the Special Envoy;",
    ):
        added = next(c for c in compare_ops([kept], [text, kept]).changes if c.kind == "added")
        assert ("verb", "stronger") in named(added), text
    recital = "Expressing its support for a seamless transition from the Mission,"
    cmp = resdiff.compare(
        draft([kept], preamble=[PREAMBLE]), draft([kept], preamble=[PREAMBLE, recital])
    )
    added = next(c for c in cmp.changes if c.kind == "added")
    assert not any(s.direction == "stronger" for s in shifts(added))
    urging = "Encouraging the parties to support a seamless transition from the Mission,"
    cmp = resdiff.compare(
        draft([kept], preamble=[PREAMBLE]), draft([kept], preamble=[PREAMBLE, urging])
    )
    added = next(c for c in cmp.changes if c.kind == "added")
    assert any(s.direction == "stronger" for s in shifts(added))


def test_an_appointment_asked_for_is_spent_in_a_later_resolution() -> None:
    # UNITAMS, S/RES/2524 (2020) -> 2636 (2022): "Requests the Secretary-General to
    # appoint expeditiously a Special Representative ..." and "Decides that a Deputy
    # Special Representative should be appointed ..." are not restated once the posts are
    # filled (judged spent). A request repeated because it is still unmet ("Reiterates its
    # request ... to appoint a civilian Deputy Head of Mission", UNISFA) is withdrawn when
    # it goes, and so is the appointment left out of a revised draft.
    srsg = (
        "Requests the Secretary-General to appoint expeditiously a Special Representative "
        "of the Secretary-General and Head of Mission, who shall assume overall authority;"
    )
    deputy = (
        "Decides that a Deputy Special Representative should be appointed to support the "
        "Special Representative;"
    )
    again = (
        "Reiterates its request to the Secretary-General to appoint a civilian Deputy Head "
        "of Mission;"
    )
    kept = "Decides to remain seized of the matter;"
    old = _resolution(2524, draft([srsg, deputy, again, kept]), "4 June 2020")
    later = resdiff.compare(old, _resolution(2636, draft([kept]), "3 June 2022"))

    def notes(cmp: Comparison, ref: str) -> list[tuple[str, str | None]]:
        return [(s.direction, s.note) for s in cmp.change_for(ref, side="old").shifts]

    for ref, act in (
        ("OP1", "Requests the Secretary-General to appoint"),
        ("OP2", "Decides that a Deputy Special Representative should be appointed"),
    ):
        assert notes(later, ref) and all(
            d == "neutral" and n == f"spent: done once ({act})" for d, n in notes(later, ref)
        ), notes(later, ref)
    assert "softer" in [d for d, _ in notes(later, "OP3")]
    revised = resdiff.compare(old, "DRAFT RESOLUTION\n\n" + draft([kept]))
    assert "softer" in [d for d, _ in notes(revised, "OP1")]
    # An appointment with more asked in its clause is no act done once (a reviewer's
    # cases): the reporting, the duty of all States and a standing rule still weigh.
    for more in (
        "Requests the Secretary-General to appoint a Special Envoy and to report to the "
        "Council every 90 days on the implementation of this resolution;",
        "Decides that a Special Envoy should be appointed and that all Member States shall "
        "cooperate fully with the Envoy;",
        "Decides that the Head of Mission shall be appointed by the Secretary-General in "
        "consultation with the Council, and shall report every 90 days;",
    ):
        first_text = _resolution(2524, draft([more, kept]), "4 June 2020")
        again = resdiff.compare(first_text, _resolution(2636, draft([kept]), "3 June 2022"))
        assert "softer" in [d for d, _ in notes(again, "OP1")], more


def test_a_short_ask_split_off_into_a_paragraph_with_more_is_not_withdrawn() -> None:
    """ "Condemns attacks ... and calls upon all parties to cease such attacks;" split into
    "Condemns attacks ...;" and "Calls upon all parties to cease such attacks and to comply
    with their obligations under international humanitarian law;": too few words to be
    found by them alone, the call is found by its lead in the new paragraph, so the first
    is not softened (it led a General Assembly revision's key changes as "call removed")."""
    old = [
        "Condemns attacks on water infrastructure during armed conflict and calls upon all "
        "parties to cease such attacks;",
    ]
    new = [
        "Condemns attacks on water infrastructure during armed conflict;",
        "Calls upon all parties to cease such attacks and to comply with their obligations "
        "under international humanitarian law;",
    ]
    cmp = compare_ops(old, new)
    first_op = cmp.changes[1]
    assert first_op.kind == "reworded"
    assert [s.note for s in first_op.shifts] == ["its words stand in new OP2"]
    assert "softer" not in {k.direction for k in cmp.summary.key_changes}
    # A call on others is no such host: the call removed weighs.
    other = compare_ops(
        old, [new[0], "Calls upon all States to support the victims of such attacks;"]
    )
    assert other.changes[1].kind == "softened"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Requests the Secretary-General to include in his reports information on the two "
            "million people displaced each year;",
            "Requests the Secretary-General to include in his reports information on the two "
            "million people displaced since 2015;",
        ),
        (
            "Requests the Secretary-General to report on the number of children recruited "
            "annually in the region;",
            "Requests the Secretary-General to report on the number of children recruited in "
            "the region;",
        ),
        (
            "Requests the Secretary-General to report on the contributions paid annually by "
            "Member States;",
            "Requests the Secretary-General to report on the contributions paid every month by "
            "Member States;",
        ),
    ],
)
def test_a_fact_counted_each_year_is_no_reporting_interval(old: str, new: str) -> None:
    """ "annually", "each year", "every month" with no figure are an interval only after
    an ask to report or a reporting verb, and not when they go with another verb right
    before ("displaced each year", "recruited annually", "paid every month"): a reviewer's
    finding, each read as a reporting interval moved."""
    cmp = compare_ops([old], [new])
    assert cmp.summary.direction == "neutral"
    assert not [s for c in cmp.changes for s in c.shifts if s.detail == "reporting interval"]


def test_a_reporting_verb_right_before_an_adverb_makes_it_an_interval() -> None:
    """ "To monitor, help investigate, report annually to the Security Council" (a task of
    MINUSCA, S/RES/2605 (2021)): the verb right before, no "to report"."""
    lexicon = Lexicon.default()
    (found,) = [
        q
        for q in lexicon.quantities_in(
            "To monitor, help investigate, report annually to the Security Council, and follow up"
        )
        if q.id == "reporting_interval"
    ]
    assert found.value == "annually"


def test_half_a_demand_split_off_under_encourages_is_asked_less() -> None:
    """ "Demands that the DPRK immediately suspend ..., and re-establish its moratorium" →
    "Demands that the DPRK immediately suspend ...;" and "Encourages the DPRK to
    re-establish its moratorium ...;": the moratorium is only encouraged now, softened
    (it read as "operative verb added: encourages", strengthened, and a red line of no
    weakening passed it). Its words under a lead never used before on a censure are still
    a new act ("stressing ... investigation" → "deploring ... investigation")."""
    old = [
        "Demands that the DPRK immediately suspend all activities related to its ballistic "
        "missile programme, and re-establish its moratorium on missile launching;"
    ]
    new = [
        "Demands that the DPRK immediately suspend all activities related to its ballistic "
        "missile programme;",
        "Encourages the DPRK to re-establish its moratorium on missile launching;",
    ]
    cmp = compare_ops(old, new)
    (key,) = cmp.summary.key_changes
    assert key.direction == "softer"
    assert key.headline == (
        "operative verb weakened: demands → encourages (for the part split off)"
    )


def test_an_embargo_bound_on_the_region_only_is_narrowed() -> None:
    """ "all Member States shall prevent" → "all Member States in the region shall
    prevent": the neighbours only are bound (a delegation's legal adviser's finding: read
    as unchanged); "in particular States in the region" beside "all States" narrows
    nothing."""
    text = (
        "Decides that all Member States{} shall prevent the supply, sale or transfer to the "
        "Sudan of arms and related materiel of all types;"
    )
    change = first(compare_ops([text.format("")], [text.format(" in the region")]))
    assert change.kind == "softened"
    assert [s.describe() for s in change.shifts] == [
        "addressees narrowed: all Member States → all Member States in the region"
    ]
    both = "Calls upon all States, in particular States in the region, to cooperate{};"
    kept = first(compare_ops([both.format("")], [both.format(" fully")]))
    assert [s.feature for s in kept.shifts] == ["emphasis"]


def test_an_emphasis_word_put_in_place_of_one_it_stands_in_for_is_no_shift() -> None:
    # "full, effective and meaningful" -> "full, equal and meaningful": the Council's WPS
    # formula brought up to date (judged reworded in 7 real provisions of 2021-2022).
    effective = (
        "Urges the parties to ensure the full, effective and meaningful participation of "
        "women in the talks;"
    )
    equal = effective.replace("effective", "equal")
    change = first(compare_ops([effective], [equal]))
    assert change.kind == "reworded" and not change.shifts
    # The other way the equality the formula asked is dropped (UNFICYP 2020, judged so).
    back = first(compare_ops([equal], [effective]))
    assert back.kind == "softened" and ("emphasis", "softer") in named(back)
    # Added where nothing stood in its place, it still presses the ask harder.
    plain = effective.replace("effective and ", "")
    added = first(compare_ops([plain], [plain.replace("full, ", "full, equal and ")]))
    assert ("emphasis", "stronger") in named(added)


def test_which_words_an_emphasis_word_replaces_is_lexicon_data(tmp_path: Path) -> None:
    spec = tmp_path / "mine.toml"
    spec.write_text("[emphasis]\nequal = { replaces = [] }\n", encoding="utf-8")
    lexicon = Lexicon.default().extend(spec)
    old = "Urges the parties to ensure the full, effective and meaningful participation of women;"
    closing = "Decides to remain seized of the matter."
    cmp = resdiff.compare(
        draft([old, closing]), draft([old.replace("effective", "equal"), closing]), lexicon=lexicon
    )
    assert ("emphasis", "stronger") in named(first(cmp))


def test_an_insertion_asking_to_implement_a_resolution_is_an_ask_not_a_citation() -> None:
    base = (
        "Requests the Secretary-General and troop-contributing countries to increase the "
        "number of women in the Force and ensure their participation in all aspects of its "
        "operations"
    )
    change = first(
        compare_ops(
            [base + ";"],
            [base + ", and to implement other relevant provisions of resolution 2538 (2020);"],
        )
    )
    assert change.kind == "strengthened" and ("scope", "stronger") in named(change)
    # A citation alone still says where the ask stands, not that it asks more.
    cited = first(compare_ops([base + ";"], [base + ", in line with resolution 2538 (2020);"]))
    assert cited.kind != "strengthened"


def test_extending_a_partys_control_is_no_renewal_and_the_1947_closing_is_procedural() -> None:
    # S/RES/30 -> 36 (1947): the later text cites the earlier and renews nothing ("to
    # extend its control over territory" is what it forbids), so it is a follow-up,
    # weighed on what it adds; "Resolves to consider the matter further should the
    # situation require" closes the old text as "remains seized" does.
    old = draft(
        [
            "Notes with satisfaction the steps taken by the parties;",
            "Requests the parties to grant the consuls all facilities necessary;",
            "Resolves to consider the matter further should the situation require.",
        ]
    ).replace(
        "The Security Council,", "30 (1947). Resolution of 25 August 1947\n\nThe Security Council,"
    )
    new = draft(
        [
            "Calls upon the parties forthwith to consult with each other on the means to "
            "give effect to the cease-fire;",
            "Advises the parties that the use of armed forces to extend its control over "
            "territory not occupied by it is inconsistent with its resolution 30 (1947);",
            "Decides to remain seized of the matter.",
        ]
    ).replace(
        "The Security Council,", "36 (1947). Resolution of 1 November 1947\n\nThe Security Council,"
    )
    adopted = "\nAdopted at the 219th meeting by 7 votes to 1, with 3 abstentions.\n"
    cmp = resdiff.compare(old + adopted, new + adopted)
    assert cmp.old.symbol == "S/RES/30 (1947)" and cmp.new.symbol == "S/RES/36 (1947)"
    closing = cmp.change_for("OP3", side="old")
    assert closing is not None and not [s for s in shifts(closing) if s.direction != "neutral"]
    advises = cmp.change_for("OP2", side="new")
    assert advises is not None and ("verb", "stronger") in named(advises)
    assert "renews nothing" in (cmp.summary.direction_note or "")
    assert cmp.summary.direction == "stronger"


def test_an_emphasis_swap_is_read_where_the_words_changed() -> None:
    # "effective" dropped elsewhere in the clause does not make "equal" a swap.
    change = first(
        compare_ops(
            ["Calls upon the parties to ensure effective protection of civilians and the full "
             "and meaningful participation of women;"],
            ["Calls upon the parties to ensure protection of civilians and the full, equal and "
             "meaningful participation of women;"],
        )
    )  # fmt: skip
    assert ("emphasis", "stronger") in named(change)


def test_extending_an_authority_for_a_period_is_a_renewal() -> None:
    from resdiff.classify.following import renews_rx
    from resdiff.lexicon import Lexicon

    renews = renews_rx(Lexicon.default())
    assert renews.search(
        "Decides to extend the authority granted in paragraph 5 of resolution 2240 (2015) for "
        "a further period of twelve months"
    )
    assert not renews.search("by hostile action to extend its control over territory")


def test_a_closing_formula_dropped_with_its_warning_weighs_the_warning() -> None:
    cmp = resdiff.compare(
        draft(
            [
                "Calls upon the parties to cease fire;",
                "Decides to consider the question further and to take further measures under "
                "Chapter VII should the parties fail to comply.",
            ]
        ),
        draft(["Calls upon the parties to cease fire."]),
    )
    dropped = cmp.change_for("OP2", side="old")
    assert dropped is not None and ("warning", "softer") in named(dropped)


def test_a_determination_stands_in_the_resolution_a_later_one_acts_under() -> None:
    # S/RES/54 -> 56 (1948): "Decides pursuant to its resolution 54 (1948) ..." keeps its
    # finding of a threat to the peace in force, as a recital recalling it does.
    adopted = "\nAdopted at the 354th meeting.\n"
    old = draft(
        [
            "Determines that the situation in Palestine constitutes a threat to the peace "
            "within the meaning of Article 39 of the Charter;",
            "Orders the Governments concerned to desist from further military action;",
        ]
    ).replace(
        "The Security Council,", "54 (1948). Resolution of 15 July 1948\n\nThe Security Council,"
    )
    new = draft(
        [
            "Decides pursuant to its resolution 54 (1948) that each party is responsible for "
            "the actions of its forces;"
        ]
    ).replace(
        "The Security Council,", "56 (1948). Resolution of 19 August 1948\n\nThe Security Council,"
    )
    cmp = resdiff.compare(old + adopted, new + adopted)
    dropped = cmp.change_for("OP1", side="old")
    assert dropped is not None
    art39 = [s for s in shifts(dropped) if s.feature == "art39"]
    assert art39 and all(s.direction == "neutral" for s in art39)


def test_a_freeze_kept_by_a_saving_phrase_of_a_carve_out_is_not_imposed() -> None:
    # S/RES/2664 (2022) OP1 carves humanitarian assistance out of every asset freeze,
    # "without prejudice to the obligations imposed on Member States to freeze the
    # funds ...": read as an asset freeze imposed, the carve-out weighed stronger.
    carve = (
        "Decides that without prejudice to the obligations imposed on Member States to "
        "freeze the funds and other financial assets of individuals designated by this "
        "Council, the provision of goods and services necessary to ensure the timely "
        "delivery of humanitarian assistance are permitted and are not a violation of the "
        "asset freezes imposed by this Council;"
    )
    assert resdiff.parse(draft([carve])).operative[0].measures == ()
    imposed = (
        "Decides, without prejudice to the mandate of the Committee, that all States shall "
        "freeze without delay the funds and other financial assets of the individuals "
        "designated by the Committee, except as the Committee decides otherwise;"
    )
    assert [m.kind for m in resdiff.parse(draft([imposed])).operative[0].measures] == [
        "asset_freeze"
    ]


def test_a_condition_put_in_is_not_also_an_ask_widened() -> None:
    # UNMHA 2020 OP5: "taking into account the impact of the COVID-19 pandemic" put into
    # a request was named a condition added and an item added (reach widened), a false
    # "mixed" (analyst review, 3 December): the run is what the ask is tempered by.
    cmp = compare_ops(
        [
            "Requests the Secretary-General to fully deploy the Mission expeditiously, and "
            "calls on the parties to support the United Nations;"
        ],
        [
            "Requests the Secretary-General to fully deploy the Mission expeditiously, "
            "taking into account the impact of the COVID-19 pandemic, and calls on the "
            "parties to support the United Nations;"
        ],
    )
    change = cmp.change_for("OP1", side="new")
    assert change.kind == "softened", [s.describe() for s in change.shifts]
    assert not any(s.detail == "reach widened" for s in change.shifts)
    assert any(s.feature == "condition" and s.direction == "softer" for s in change.shifts)


def test_a_carve_out_widened_says_what_is_now_carved_out() -> None:
    # "exemption widened: Bab al-Salam" read as the crossing opened, where the Council
    # closed it: excluded from the authorization (analyst review, 3 December).
    head = "Decides to renew the authorization for a further six months, excluding "
    cmp = compare_ops(
        [head + "the border crossings of Al-Ramtha and Al Yarubiyah;"],
        [head + "the border crossings of Al-Ramtha, Al Yarubiyah and Bab al-Salam;"],
    )
    described = [s.describe() for c in cmp.changes for p in c.walk() for s in p.shifts]
    assert "exemption widened, now also excluded: Bab al-Salam" in described, described


def test_words_put_in_are_quoted_without_the_first_word_of_what_follows() -> None:
    # Key changes quoted "midterm report no later than 31 January 2021, a" and "... 2399
    # (2018) and": the word diff ended its run on the first word after it (analyst
    # review, 3 December).
    from resdiff.clauses.wording import _runs
    from resdiff.redline import INSERT, redline

    ops = redline(
        "Requests the Panel to provide a final report;",
        "Requests the Panel to provide a midterm report no later than 31 January 2021, a "
        "final report;",
    )
    assert _runs(ops, INSERT) == "midterm report no later than 31 January 2021"


def test_a_name_ending_in_a_capital_a_keeps_it() -> None:
    # "Annex A" was quoted "Annex": the article rule took the name's letter.
    from resdiff.clauses.wording import _runs
    from resdiff.redline import INSERT, redline

    ops = redline(
        "Decides that the measures shall apply to the items listed in Annex B.",
        "Decides that the measures shall apply to the items listed in Annex B and to the "
        "goods listed in Annex A.",
    )
    assert _runs(ops, INSERT) == "and to the goods listed in Annex A"


def compare_pre(old: str, new: str) -> Comparison:
    """Two drafts that differ in one recital."""
    closing = ["Decides to remain seized of the matter."]
    return resdiff.compare(draft(closing, [old]), draft(closing, [new]))


def test_all_put_in_or_taken_out_as_a_word_of_its_own_is_emphasis() -> None:
    # domain.md §6: "all" added presses harder. Judged so on real texts: "Strongly
    # condemns [+all+] sexual violence" (MONUSCO 2022), "[-the area-][+all areas+] of
    # limitation" (UNDOF 2022), "the tracking of [-all-] such military equipment"
    # (Somalia sanctions 2022, softer).
    condemns = "Strongly condemns sexual violence in the country;"
    change = first(compare_ops([condemns], [condemns.replace("condemns", "condemns all")]))
    assert change.kind == "strengthened" and ("emphasis", "stronger") in named(change)
    area = "Welcomes the intention to resume inspections in the area of limitation;"
    change = first(compare_ops([area], [area.replace("the area", "all areas")]))
    assert change.kind == "strengthened" and ("emphasis", "stronger") in named(change)
    tracking = "Calls upon the authorities to ensure the tracking of all such equipment;"
    change = first(compare_ops([tracking], [tracking.replace("all such", "such")]))
    assert change.kind == "softened" and ("emphasis", "softer") in named(change)


def test_all_is_not_emphasis_in_an_addressee_a_citation_or_a_longer_run() -> None:
    # An addressee's scope is read as scope, once.
    ask = "Calls upon the interested States to cooperate with the Group;"
    change = first(compare_ops([ask], [ask.replace("the interested", "all interested")]))
    assert ("emphasis", "stronger") not in named(change)
    # "Recalling all its previous resolutions": a reference (judged reworded, 2 of 2).
    recital = "Recalling its previous resolutions on the situation in the region,"
    cmp = compare_pre(recital, recital.replace("Recalling its", "Recalling all its"))
    assert all(c.kind in ("unchanged", "reworded") for c in cmp.changes)
    # Brought in with other words, "all" belongs to them; moved, it is the same emphasis.
    run = "Urges the parties to respect the ceasefire;"
    longer = first(compare_ops([run], [run.replace("ceasefire", "ceasefire and all agreements")]))
    assert ("emphasis", "stronger") not in named(longer)
    swapped = first(
        compare_ops(
            ["Urges the parties to respect all the agreements and the ceasefire;"],
            ["Urges the parties to respect the agreements and all the ceasefire;"],
        )
    )
    assert not any(s.feature == "emphasis" for s in swapped.shifts)
    # Lifting or withdrawing all is more lifted, not pressed harder (stranger's review).
    for wind in (
        "Decides to lift the measures imposed by paragraph 5;",
        "Requests the Mission to withdraw the remaining troops;",
    ):
        change = first(compare_ops([wind], [wind.replace(" the ", " all the ", 1)]))
        assert ("emphasis", "stronger") not in named(change), wind
    # Recalled resolutions in any wording are a reference.
    for recalled in ("its resolutions", "its earlier resolutions", "its pertinent resolutions"):
        recital = f"Recalling {recalled} on the region,"
        cmp = compare_pre(recital, recital.replace("Recalling", "Recalling all"))
        assert all(c.kind in ("unchanged", "reworded") for c in cmp.changes), recalled
    # An "all" gone from what is condemned is not hidden by one put before an addressee.
    condemns = "Condemns all attacks against civilians and calls upon the parties to cease fire;"
    moved = condemns.replace("all attacks", "attacks").replace("the parties", "all parties")
    change = first(compare_ops([condemns], [moved]))
    assert ("emphasis", "softer") in named(change)


def test_vital_importance_crucial_need_and_timely_press_harder() -> None:
    stressing = "Stressing the importance of the political process,"
    cmp = compare_pre(stressing, stressing.replace("the importance", "the vital importance"))
    assert [c.kind for c in cmp.changes if c.kind != "unchanged"] == ["strengthened"]
    # The formula updated is not: "important role" -> "crucial role" (judged neutral).
    role = "Recognising the important role of women protection advisers,"
    cmp = compare_pre(role, role.replace("important", "crucial"))
    assert all(c.kind in ("unchanged", "reworded") for c in cmp.changes)
    timely = "Calls for the full implementation of the agreement;"
    change = first(compare_ops([timely], [timely.replace("full", "full and timely")]))
    assert change.kind == "strengthened" and ("emphasis", "stronger") in named(change)


def test_mounting_concern_is_more_than_concern_and_increasing_violence_is_a_fact() -> None:
    concern = "Expressing concern at the fighting in the north,"
    cmp = compare_pre(concern, concern.replace("concern", "mounting concern"))
    assert [c.kind for c in cmp.changes if c.kind != "unchanged"] == ["strengthened"]
    # What the concern is about, growing, is a fact, not a degree (stranger's review).
    violence = "Expressing concern at the violence in the north,"
    for word in ("increasing", "growing", "heightened"):
        cmp = compare_pre(violence, violence.replace("the violence", f"the {word} violence"))
        assert not any(c.kind == "strengthened" for c in cmp.changes), word
    # "Seriously concerned" -> "mounting concern": the same rank, never softer.
    serious = "Seriously concerned at the fighting in the north,"
    cmp = compare_pre(serious, "Expressing mounting concern at the fighting in the north,")
    assert not any(c.kind == "softened" for c in cmp.changes)


def test_a_request_to_report_gone_from_a_text_that_has_the_report_is_spent() -> None:
    # Rwanda 1993: "Requests the Secretary-General to report ... on the results of the
    # Arusha peace talks", gone from a later text that has his report on them before it.
    report = "Requests the Secretary-General to report to the Council on the results of the talks;"
    kept = "Decides to remain seized of the matter;"
    before = ["Having considered the report of the Secretary-General of 1 May (S/1993/100),"]
    considered = [
        "Having considered the report of the Secretary-General on the talks (S/1993/200),"
    ]

    def shifts_of(old_ops: list[str], new_pre: list[str], old_pre: list[str] = before) -> list[str]:
        cmp = resdiff.compare(
            _resolution(626, draft(old_ops, old_pre), "20 December 1988"),
            _resolution(628, draft([kept], new_pre), "16 January 1989"),
        )
        return [s.direction for s in cmp.change_for("OP1", side="old").shifts]

    assert shifts_of([report, kept], considered) == ["neutral"]
    # A report the old text had already is no report delivered since.
    assert shifts_of([report, kept], before) == ["softer"]
    # Nor is a report on another matter.
    other = ["Having considered the report of the Secretary-General on the embargo (S/1993/200),"]
    assert shifts_of([report, kept], other) == ["softer"]
    # A paragraph that asks more than a report withdraws the rest.
    more = report.replace(";", ", and to submit recommendations on further measures;")
    assert "softer" in shifts_of([more, kept], considered)
    # A standing report is never met by one report; nor is "keep the Council informed"
    # (an open watch, UNFICYP 1964).
    standing = (
        "Requests the Secretary-General to continue to report every three months on the talks;"
    )
    assert shifts_of([standing, kept], considered) == ["softer"]
    watch = "Requests the Secretary-General to keep the Security Council informed on the talks;"
    assert shifts_of([watch, kept], considered) == ["softer"]


def test_a_request_for_a_product_the_paragraph_now_calls_delivered_is_spent() -> None:
    # UNFICYP 2020 OP6: "urges UNFICYP ... to submit proposals in this regard" ->
    # "encourages full engagement with the proposal ... presented by UNFICYP, and calls
    # for its timely implementation" (judged strengthened: the request was met).
    head = "Calls for the establishment of a mechanism for military contacts between the sides"
    old = head + ", and urges the Mission to submit proposals in this regard;"
    new = (
        head + ", encourages full engagement with the proposal on such a mechanism presented "
        "by the Mission, and calls for its timely implementation;"
    )
    change = first(compare_ops([old], [new]))
    assert change.kind == "strengthened"
    urged = [s for s in change.shifts if s.feature == "verb" and s.old == "urges"]
    assert [(s.direction, s.note) for s in urged] == [("neutral", "spent: proposals delivered")]
    # Still asked for, and nothing delivered: the request is withdrawn.
    gone = first(compare_ops([old], [head + ";"]))
    assert "softer" in {s.direction for s in gone.shifts}
    # Said not to be there, only to come, or there already: still withdrawn (review).
    for said in (
        "notes with regret that no proposal has yet been presented by the Mission",
        "looks forward to proposals to be submitted by the Mission",
    ):
        change = first(compare_ops([old], [head + ", and " + said + ";"]))
        assert "softer" in {s.direction for s in change.shifts}, said
    had = "Welcomes the report submitted by the Secretary-General"
    asked = had + ", and requests him to submit a report on the elections by 30 June;"
    change = first(compare_ops([asked], [had + ";"]))
    assert change.kind == "softened"


def test_a_low_tier_operative_ask_is_operative_language_in_the_direction() -> None:
    # UNFICYP 2020 (judged stronger): new operative calls at the lowest ask tiers
    # ("calls for", "encourages") weigh less than a demand, but they are operative
    # language: they are weighed against the operative hedge and verb lowered, not left
    # to the preamble's class.
    kept = "Decides to remain seized of the matter;"
    hedged = "Calls upon the sides to reduce barriers to contacts between the communities;"
    old = [hedged, "Calls once more on both sides to respect the Mission's authority;", kept]
    new = [
        hedged.replace("to reduce", "to take appropriate steps to reduce"),
        "Urges both sides to respect the Mission's authority;",
        "Calls for the reopening of all the crossing points as soon as possible;",
        "Encourages full engagement with the proposal on a mechanism for military contacts;",
        "Calls for the timely implementation of the proposal for military contacts;",
        "Encourages the leaders to improve the public atmosphere for the negotiations;",
        kept,
    ]
    cmp = resdiff.compare(draft(old), draft(new))
    added = [c for c in cmp.changes if c.kind == "added"]
    assert added and all(s.weight < 4 for c in added for s in c.shifts if s.direction != "neutral")
    assert cmp.summary.direction == "stronger"


def test_a_list_of_defining_resolutions_brought_up_to_date_is_no_wider_mandate() -> None:
    # UNAMA 2020 -> 2022 OP4 (judged reworded): "as previously defined in its resolutions
    # ..., 2489 (2019)[+, 2543 (2020), 2596 (2021) and paragraph 5 below+]".
    old = (
        "Decides to extend until 17 September 2021 the mandate of the Mission, as defined "
        "in its resolutions 1662 (2006), 2460 (2019), 2489 (2019);"
    )
    new = (
        "Decides to extend until 17 March 2023 the mandate of the Mission, as previously "
        "defined in its resolutions 1662 (2006), 2460 (2019), 2489 (2019), 2543 (2020), "
        "2596 (2021) and paragraph 5 below;"
    )
    change = first(compare_ops([old], [new]))
    assert ("scope", "stronger") not in named(change)
    # A task joined to the ask still widens it.
    tasks = new.replace("and paragraph 5 below", "and to support the electoral process")
    assert ("scope", "stronger") in named(first(compare_ops([old], [tasks])))


def test_a_censure_moved_to_the_next_recital_is_named_not_weighed() -> None:
    # UNFICYP 2021 -> 2022 (judged reworded in both recitals): "noting with regret" leaves
    # PP3 and opens PP5.
    welcoming = "Welcoming the work of the Secretary-General in convening the informal meeting"
    regret = ", and noting with regret that common ground could not be found at the meeting,"
    stressing = "Stressing that the status quo is unsustainable,"
    kept = "Recalling its previous resolutions on the question,"
    closing = ["Decides to remain seized of the matter."]
    old = draft(closing, [welcoming + regret, kept, stressing])
    new = draft(
        closing,
        [
            welcoming + ",",
            kept,
            "Noting with regret the lack of progress towards negotiations, and s" + stressing[1:],
        ],
    )
    cmp = resdiff.compare(old, new)
    moved = [c for c in cmp.changes if c.kind != "unchanged"]
    assert [c.kind for c in moved] == ["reworded", "reworded"]
    assert {s.note for c in moved for s in c.shifts if s.feature == "censure"} == {
        "moved to new PP3",
        "moved from old PP1",
    }
    # With no regret noted elsewhere, it is a censure removed.
    alone = resdiff.compare(old, draft(closing, [welcoming + ",", kept, stressing]))
    assert [c.kind for c in alone.changes if c.kind != "unchanged"] == ["softened"]


def test_an_ask_for_a_year_gone_after_that_year_is_spent() -> None:
    # Syria 2020 -> 2021 OP1 (judged dropped, neutral): "Calls upon all parties to ensure
    # principled, sustained and improved humanitarian assistance to Syria in 2020".
    ask = "Calls upon all parties to ensure sustained humanitarian assistance to Syria in 2020;"
    kept = "Decides to remain seized of the matter;"
    old = _resolution(2504, draft([ask, kept]), "10 January 2020")
    later = resdiff.compare(old, _resolution(2585, draft([kept]), "9 July 2021"))
    assert [(s.direction, s.note) for s in later.change_for("OP1", side="old").shifts] == [
        ("neutral", "spent: due in 2020")
    ]
    # Dropped within that year, the ask is withdrawn.
    early = resdiff.compare(old, _resolution(2533, draft([kept]), "13 July 2020"))
    assert [s.direction for s in early.change_for("OP1", side="old").shifts] == ["softer"]


def test_a_word_read_alone_is_lexicon_data(tmp_path: Path) -> None:
    condemns = "Strongly condemns sexual violence in the country;"
    closing = "Decides to remain seized of the matter."
    old, new = (
        draft([condemns, closing]),
        draft([condemns.replace("condemns", "condemns all"), closing]),
    )
    off = tmp_path / "off.toml"
    off.write_text("[emphasis]\nall = { disabled = true }\n", encoding="utf-8")
    cmp = resdiff.compare(old, new, lexicon=Lexicon.default().extend(off))
    assert ("emphasis", "stronger") not in named(first(cmp))
    # A user's own word read alone: "every" ("condemns [+every+] attack").
    every = tmp_path / "every.toml"
    every.write_text("[emphasis]\nevery = { alone = true }\n", encoding="utf-8")
    attack = "Strongly condemns the attack on the convoy;"
    cmp = resdiff.compare(
        draft([attack, closing]),
        draft([attack.replace("the attack", "every attack"), closing]),
        lexicon=Lexicon.default().extend(every),
    )
    assert ("emphasis", "stronger") in named(first(cmp))
    # Read alone means one word, found by its place, never by a pattern.
    bad = tmp_path / "bad.toml"
    bad.write_text('[emphasis]\n"all of" = { alone = true }\n', encoding="utf-8")
    with pytest.raises(resdiff.ResdiffError, match="one word"):
        Lexicon.default().extend(bad)


def test_enhancing_cooperation_in_place_of_continuing_it_presses_harder() -> None:
    # UNFICYP 2021 -> 2022 OP9 (judged stronger): "continue their cooperation" -> "enhance
    # their cooperation"; the other way it eases (UNFICYP 2020 -> 2021, judged softer).
    cont = "Calls on the sides to continue their cooperation with the Mission;"
    enh = cont.replace("continue", "enhance")
    assert ("emphasis", "stronger") in named(first(compare_ops([cont], [enh])))
    assert ("emphasis", "softer") in named(first(compare_ops([enh], [cont])))


def test_the_councils_demand_reiterated_then_urged_is_a_lower_tier() -> None:
    # UNISFA 2020 OP4 -> 2022 OP4 (holdout39, judged mixed: the reiterated demand becomes
    # "urges" while more is asked): the demand was read as a declaratory "reiterates".
    old = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Reiterates the Security "
        "Council’s demand for Sudan and South Sudan to provide full support to UNISFA;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    new = old.replace("Reiterates the Security Council’s demand for", "Urges")
    change = next(c for c in resdiff.compare(old, new).changes if c.old == ("OP1",))
    verbs = [(s.old, s.new, s.direction) for s in change.shifts if s.feature == "verb"]
    assert verbs == [("reiterates the security council's demand", "urges", "softer")]
    assert change.kind == "softened"


def test_a_body_lives_on_under_the_acronym_its_name_spells() -> None:
    # Review of the thirty-third session's merge: fix23's body_lives_on knew a body's
    # acronym only where the old text prints it in brackets, while seen23's rule spells
    # one from the name ("United Nations Disengagement Observer Force", UNDOF): a later
    # text that names the force only as "UNDOF" read the set-up as removed (softer).
    # And a citation of the founding resolution is its number and its year: "650 (2005)"
    # is another resolution than 650 (1989).
    kept = "Decides to remain seized of the matter;"
    establish = (
        "Decides to set up immediately, under its authority, a United Nations Disengagement "
        "Observer Force, and requests the Secretary-General to take the necessary steps to "
        "this end;"
    )
    old = _resolution(650, draft([establish, kept]), "7 November 1989")

    def shifts(new_body: str) -> set[str]:
        cmp = resdiff.compare(old, _resolution(700, new_body, "6 May 1991"))
        return {s.direction for s in cmp.change_for("OP1", side="old").shifts}

    assert shifts(draft(["Commends UNDOF for its work;", kept])) == {"neutral"}
    assert "softer" in shifts(draft(["Commends the undof for its work;", kept]))
    assert shifts(draft([kept], ["Recalling its resolution 650 (1989),"])) == {"neutral"}
    assert "softer" in shifts(draft([kept], ["Recalling its resolution 650 (2005),"]))
