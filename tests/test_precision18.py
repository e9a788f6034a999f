"""Precision of softened and strengthened on paired provisions (issue 9, eighteenth
session, tuned on the even half of the judged sets): addressees dropped from a list that
names them with common nouns, and emphasis inside what a report is to cover; support for
the efforts of others stays an ask (a rule reading the Council's support for the
Secretary-General as declaratory was measured and not kept, RESULTS §2bl). Each case is
ordinary UN wording written for the test, with a near miss beside it where the shift must
still fire."""

from __future__ import annotations

from drafting import change_of, draft, op1

import resdiff


def test_support_for_the_efforts_of_a_regional_organization_is_still_weighed() -> None:
    # Near miss: "Supports the efforts of" the African Union (tier 2) over a welcome
    # (tier 1) is still an encouragement of others, judged stronger (UNIFIL 1981).
    kind, shifts = op1(
        "Welcomes the efforts of the African Union to bring the two sides together;",
        "Supports the efforts of the African Union to bring the two sides together;",
    )
    assert kind == "strengthened"
    assert ("stronger", "operative verb strengthened: welcomes → supports") in shifts


def test_a_recital_supporting_a_party_is_still_weighed() -> None:
    old = draft(
        ["Decides to remain seized of the matter."],
        preamble=[
            "Recalling its previous resolutions,",
            "Welcoming the efforts of the Government to assist the returnees,",
        ],
    )
    new = draft(
        ["Decides to remain seized of the matter."],
        preamble=[
            "Recalling its previous resolutions,",
            "Supporting the efforts of the Government to assist the returnees,",
        ],
    )
    kind, _ = change_of(resdiff.compare(old, new), "PP2")
    assert kind == "strengthened"


def test_addressees_named_by_common_nouns_dropped_narrow_the_ask() -> None:
    # "urges the sides and all involved participants to" -> "urges the sides to": fewer
    # asked (UNFICYP 2021 -> 2022, judged softer on the addressees).
    kind, shifts = op1(
        "Urges the sides and all involved participants to renew their political will and "
        "commitment to a settlement;",
        "Urges the sides to renew their political will and commitment to a settlement;",
    )
    assert kind == "softened"
    assert ("softer", "addressees removed: all involved participants") in shifts


def test_contributing_countries_joined_are_named_once() -> None:
    # The compound "troop- and police-contributing countries" is one addressee, and its
    # words joined to the ask are the addressees added, not a wider reach as well.
    kind, shifts = op1(
        "Requests the Secretary-General to increase the number of women in the Force;",
        "Requests the Secretary-General and troop- and police-contributing countries to "
        "increase the number of women in the Force;",
    )
    assert (kind, shifts) == (
        "strengthened",
        [("stronger", "addressees added: troop- and police-contributing countries")],
    )
    kind, shifts = op1(
        "Requests the Secretary-General and troop- and police-contributing countries to "
        "increase the number of women in the Force;",
        "Requests the Secretary-General to increase the number of women in the Force;",
    )
    assert kind == "softened"
    assert ("softer", "addressees removed: troop- and police-contributing countries") in shifts


def test_a_partner_the_ask_names_after_its_addressee_is_no_addressee() -> None:
    # Near miss: "in cooperation with the parties" says with whom the Government acts;
    # it is not asked, and its going narrows no one.
    _, shifts = op1(
        "Calls upon the Government, in cooperation with the parties, to implement the agreement;",
        "Calls upon the Government to implement the agreement;",
    )
    assert not [s for s in shifts if s[1].startswith("addressees")]
    # Nor is one common noun swapped for another of its family ("the parties" -> "the
    # sides") an addressee dropped.
    _kind, shifts = op1(
        "Calls upon the parties to implement the agreement;",
        "Calls upon the sides to implement the agreement;",
    )
    assert not [s for s in shifts if s[1].startswith("addressees")]


def test_emphasis_in_what_a_report_covers_presses_no_one() -> None:
    # "to include in his reports overall trends in [+unhindered and safe+] cross-line
    # operations" (Syria cross-border 2022): what is reported on, described.
    kind, shifts = op1(
        "Requests the Secretary-General to include in his reports overall trends in "
        "cross-line operations and the number of beneficiaries;",
        "Requests the Secretary-General to include in his reports overall trends in "
        "unhindered and safe cross-line operations and the number of beneficiaries;",
    )
    assert (kind, shifts) == ("reworded", [])


def test_emphasis_on_the_ask_itself_still_presses() -> None:
    # Near misses: the same word in what the parties are asked to allow, and a report
    # asked at once, press harder.
    kind, shifts = op1(
        "Calls upon all parties to allow humanitarian access to all parts of the country;",
        "Calls upon all parties to allow unhindered humanitarian access to all parts of the "
        "country;",
    )
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “unhindered”") in shifts
    kind, shifts = op1(
        "Requests the Secretary-General to report to the Council on any violation of the "
        "ceasefire;",
        "Requests the Secretary-General to report immediately to the Council on any "
        "violation of the ceasefire;",
    )
    assert kind == "strengthened"
    assert ("stronger", "emphasis added: “immediately”") in shifts


def test_emphasis_in_a_report_ends_with_its_clause() -> None:
    # Near miss: a word of the next clause of the provision, after the report's element,
    # presses that clause's ask.
    _kind, shifts = op1(
        "Requests the Secretary-General to keep the Council informed, including by "
        "reporting on the outcomes of the reviews, and urges the contributing countries "
        "to conduct investigations of all allegations;",
        "Requests the Secretary-General to keep the Council informed, including by "
        "reporting on the outcomes of the reviews, and urges the contributing countries "
        "to conduct timely investigations of all allegations;",
    )
    assert ("stronger", "emphasis added: “timely”") in shifts


def test_a_task_rewritten_subject_to_available_resources_is_hedged() -> None:
    # The capacity hedge limits what it is attached to even where it comes with the
    # task's new words (UNSOM 2021 OP5 -> OP6 (c), judged mixed with the tasks added).
    _, shifts = op1(
        "Decides that the Mission shall support the electoral commission in preparing elections;",
        "Decides that the Mission shall support the national and state electoral bodies in "
        "preparing and conducting elections at all levels, subject to available resources;",
    )
    assert ("softer", "hedge added: “subject to available resources”") in shifts
    # Named once, as the hedge: not also as the condition "subject to".
    _, shifts = op1(
        "Decides that the Mission shall support the electoral commission in preparing elections;",
        "Decides that the Mission shall support the electoral commission in preparing "
        "elections, subject to the availability of funds;",
    )
    assert shifts == [
        (
            "softer",
            "hedge added: “subject to the availability of funds” (a form of “subject to "
            "available resources”)",
        )
    ]


def test_resources_named_otherwise_are_no_hedge() -> None:
    # Near miss: resources the Council asks for are the object of the ask, not a limit;
    # and a consent is still the condition "subject to".
    _, shifts = op1(
        "Calls upon Member States to support the Mission;",
        "Calls upon Member States to support the Mission and to provide it with adequate "
        "resources;",
    )
    assert not [s for s in shifts if s[1].startswith("hedge")]
    _, shifts = op1(
        "Decides that the Mission shall support the electoral commission;",
        "Decides that the Mission shall support the electoral commission, subject to the "
        "consent of the Government;",
    )
    assert ("softer", "condition added: “subject to the consent” (a form of “subject to”)") in (
        shifts
    )
