"""Recall of "softened" and "strengthened" on paired provisions (sixteenth round, 5
December 2026): words of force the lexicon did not know. Each rule is pinned with short
sentences in resolution style, written for these tests, and with the near misses that
must not fire.

- "Swift" before the noun of an act ("their full and swift implementation", "the swift
  prosecution") asks the speed "swiftly" asks; before an outcome hoped for ("a swift
  resolution of the situation") it is no emphasis.
- A call restated in the preamble ("Reaffirming its call for", "Renewing its call
  upon") is ranked like the call; the operative "Reaffirms its repeated call upon" like
  "Reaffirms its call upon".
- "Without prejudice to the views of the Member States" keeps the Council's distance
  from what it takes note of: a hedge.
"""

from __future__ import annotations

from drafting import CLOSING
from drafting import change_of as _change
from drafting import draft as _draft
from drafting import op1 as _op1

import resdiff
from resdiff.lexicon import Lexicon


def _with(shifts: list[tuple[str, str]], word: str) -> list[tuple[str, str]]:
    return [(d, s) for d, s in shifts if word in s]


# -- "swift" before an act -------------------------------------------------------------


def test_swift_put_before_the_implementation_asked_strengthens_the_urge() -> None:
    old = (
        "Urges the Government of the Republic and its partners to ensure the effective "
        "implementation of the national programme for the disarmament of combatants;"
    )
    new = (
        "Urges the Government of the Republic and its partners to ensure the swift and "
        "effective implementation of the national programme for the disarmament of "
        "combatants;"
    )
    kind, shifts = _op1(old, new)
    assert ("stronger", "emphasis added: “swift and effective implementation”") in shifts, shifts
    assert kind == "strengthened", shifts


def test_swift_taken_from_the_implementation_asked_softens_the_urge() -> None:
    old = (
        "Urges all parties to the agreement to ensure its full and swift implementation, "
        "in close coordination with the regional organizations;"
    )
    new = (
        "Urges all parties to the agreement to ensure its full implementation, in close "
        "coordination with the regional organizations;"
    )
    kind, shifts = _op1(old, new)
    assert _with(shifts, "swift") == [
        ("softer", "emphasis removed: “full and swift implementation”")
    ], shifts
    assert kind == "softened", shifts


def test_swift_prosecution_recast_as_to_swiftly_prosecute_asks_the_same_speed() -> None:
    old = (
        "Calls upon the national authorities to ensure the swift prosecution of the "
        "alleged perpetrators of the attacks against the civilian population;"
    )
    new = (
        "Calls upon the national authorities to swiftly prosecute the alleged "
        "perpetrators of the attacks against the civilian population;"
    )
    kind, shifts = _op1(old, new)
    assert not _with(shifts, "swift"), shifts
    assert kind != "softened", shifts


def test_swift_before_an_outcome_hoped_for_is_no_emphasis() -> None:
    lexicon = Lexicon.default()
    found = [
        m.phrase
        for m in lexicon.emphasis_in("to work towards a swift resolution of the current situation")
    ]
    assert "swiftly" not in found, found
    found = [
        m.phrase for m in lexicon.emphasis_in("calling for the swift formation of a new government")
    ]
    assert "swiftly" not in found, found
    found = [m.phrase for m in lexicon.emphasis_in("urging their full and swift implementation")]
    assert found == ["swiftly"], found


def test_swift_resolution_dropped_with_its_situation_is_not_read() -> None:
    old = (
        "Strongly urges all political actors to put the needs of the population above "
        "partisan interests and to work towards a swift resolution of the current "
        "political situation;"
    )
    new = (
        "Strongly urges all political actors to spare no effort in implementing the "
        "reforms set out in the programme of action of the Government;"
    )
    kind, shifts = _op1(old, new)
    assert not _with(shifts, "swift"), shifts
    assert kind != "softened", shifts


# -- a call restated in the preamble ------------------------------------------------


def _recital(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    ops = ["Requests the Secretary-General to keep it informed;", CLOSING]
    cmp = resdiff.compare(_draft(ops, old), _draft(ops, new))
    return _change(cmp, "PP1")


def test_reaffirming_its_call_for_where_a_need_was_reaffirmed_strengthens_the_recital() -> None:
    kind, shifts = _recital(
        "Reaffirming the necessity for strict respect for the territorial integrity and "
        "sovereignty of the Republic within its internationally recognized boundaries,",
        "Reaffirming its call for strict respect for the territorial integrity and "
        "sovereignty of the Republic within its internationally recognized boundaries,",
    )
    assert kind == "strengthened", shifts


def test_reaffirming_its_call_for_against_calling_for_is_the_same_call() -> None:
    kind, shifts = _recital(
        "Calling for strict respect for the territorial integrity and sovereignty of the "
        "Republic within its internationally recognized boundaries,",
        "Reaffirming its call for strict respect for the territorial integrity and "
        "sovereignty of the Republic within its internationally recognized boundaries,",
    )
    assert kind not in ("strengthened", "softened"), shifts


def test_renewing_its_call_upon_ranks_like_calling_upon() -> None:
    phrases = Lexicon.default().preamble
    assert phrases["renewing its call upon"].axis_a == phrases["calling upon"].axis_a
    assert phrases["reaffirming its call for"].axis_a == phrases["calling for"].axis_a


def test_reaffirms_its_repeated_call_upon_is_a_call_upon() -> None:
    old = (
        "Calls upon all concerned to respect strictly the sovereignty and territorial "
        "integrity of the Republic;"
    )
    new = (
        "Reaffirms its repeated call upon all concerned to respect strictly the "
        "sovereignty and territorial integrity of the Republic;"
    )
    kind, shifts = _op1(old, new)
    assert kind not in ("strengthened", "softened"), shifts


# -- a hedge of distance -----------------------------------------------------------------


def test_without_prejudice_to_the_views_of_member_states_added_softens_the_recital() -> None:
    kind, shifts = _recital(
        "Taking note of the report of the Secretary-General on the Force and of the "
        "observations expressed therein,",
        "Taking note of the report of the Secretary-General on the Force and of the "
        "observations expressed therein, and without prejudice to the views of the Member "
        "States thereon,",
    )
    assert kind == "softened", shifts
    assert any("without prejudice" in s for _, s in shifts), shifts


def test_without_prejudice_to_the_exemptions_is_not_that_hedge() -> None:
    found = Lexicon.default().hedges_in(
        "without prejudice to the exemptions set out in paragraph 4 of this resolution"
    )
    assert not [m for m in found if "views" in m.hedge], found


def test_without_prejudice_to_the_positions_of_the_parties_is_named_in_fitting_words() -> None:
    # Reserving the parties' positions in a call to negotiate qualifies the call (not
    # "reach widened", read stronger without the hedge); the entry it is named a form of
    # must fit it (review of recc: "a form of 'without prejudice to the views of member
    # states'").
    kind, shifts = _op1(
        "Calls upon the parties to resume negotiations on a settlement of the dispute;",
        "Calls upon the parties to resume negotiations on a settlement of the dispute, "
        "without prejudice to the positions of the parties;",
    )
    assert kind == "softened", shifts
    said = [s for _, s in shifts if "without prejudice" in s]
    assert said and not [s for s in said if "member states" in s], shifts


def test_without_prejudice_to_the_views_of_member_states_names_no_lowercased_states() -> None:
    _, shifts = _recital(
        "Taking note of the report of the Secretary-General on the Force,",
        "Taking note of the report of the Secretary-General on the Force, and without "
        "prejudice to the views of the Member States thereon,",
    )
    said = [s for _, s in shifts if "without prejudice" in s]
    assert said and not [s for s in said if "member states" in s], shifts


# -- an ask to go on, made of a party --------------------------------------------------


def test_urging_the_parties_to_continue_where_the_council_only_welcomed_strengthens() -> None:
    old = (
        "Welcomes the continued disposition of the Government of the Republic to pursue "
        "a peaceful settlement of the conflict;"
    )
    new = (
        "Welcomes the continued disposition of the Government of the Republic to pursue "
        "a peaceful settlement of the conflict, and urges both parties to continue to "
        "demonstrate flexibility in the negotiations and a commitment to peace;"
    )
    kind, shifts = _op1(old, new)
    assert ("stronger", "operative verb added: urges") in shifts, shifts
    assert kind == "strengthened", shifts


def test_asking_the_secretary_general_to_continue_still_asks_nothing_new() -> None:
    old = (
        "Welcomes the efforts of the Secretary-General and his Special Representative in "
        "support of the peace process;"
    )
    new = (
        "Welcomes the efforts of the Secretary-General and his Special Representative in "
        "support of the peace process, and requests the Secretary-General to continue to "
        "keep the Council informed of developments;"
    )
    kind, shifts = _op1(old, new)
    assert kind not in ("strengthened", "softened"), shifts
    assert any("nothing new" in s for _, s in shifts), shifts


def test_calling_upon_the_secretary_general_or_the_mission_to_continue_asks_nothing_new() -> None:
    # The firm verb presses no party: the Secretary-General and the mission are asked to
    # go on with what is in place (review of recc: read "stronger" before the fix).
    base = (
        "Welcomes the efforts of the Secretary-General and his Special Representative in "
        "support of the peace process"
    )
    for ask in (
        "calls upon the Secretary-General to continue his good offices",
        "urges the Special Representative to continue to support the parties",
        "calls upon MONUSCO to continue to support the parties",
    ):
        kind, shifts = _op1(f"{base};", f"{base}, and {ask};")
        assert kind not in ("strengthened", "softened"), (ask, shifts)
        assert any("nothing new" in s for _, s in shifts), (ask, shifts)
    kind, shifts = _op1(f"{base};", f"{base}, and urges both parties to continue to engage;")
    assert kind == "strengthened", shifts


def test_a_mission_asked_to_go_on_with_its_mandate_asks_nothing_new() -> None:
    old = "Decides to extend the mandate of the Mission until 15 November 2023;"
    new = (
        "Decides to extend the mandate of the Mission until 15 November 2023, and further "
        "decides that the Mission should continue to implement its mandate;"
    )
    kind, shifts = _op1(old, new)
    assert kind not in ("strengthened", "softened"), shifts


# -- a task reduced to attention ---------------------------------------------------------


def test_a_task_reduced_to_giving_the_matter_continued_attention_softens_the_request() -> None:
    old = (
        "Requests the Secretary-General to monitor developments related to this question "
        "and to report to the Security Council as the situation demands;"
    )
    new = (
        "Requests the Secretary-General to give the matter of assistance to the Republic "
        "his continued attention and to keep the Security Council informed;"
    )
    kind, shifts = _op1(old, new)
    assert any(d == "softer" and "continued attention" in s for d, s in shifts), shifts
    assert kind == "softened", shifts


def test_urgent_attention_is_not_that_hedge() -> None:
    found = Lexicon.default().hedges_in(
        "Requests the Secretary-General to give this question his urgent attention"
    )
    assert not found, found


# -- words moved from under a weaker lead ---------------------------------------------

_ELECTIONS = "Calls upon all political actors to work towards peaceful and credible elections"
_EFFORTS = (
    "his continued efforts with States in the region to build good relations with "
    "neighbouring countries and advance regional integration"
)
_COOPERATE = "calls upon all States of the region to cooperate fully with the Mission"


def _moved_under(old_lead: str) -> tuple[str, list[tuple[str, str]]]:
    old = _draft(
        [
            f"{_ELECTIONS};",
            f"{old_lead} the active diplomacy of the President and {_EFFORTS}, and {_COOPERATE};",
            CLOSING,
        ]
    )
    new = _draft(
        [
            f"{_ELECTIONS}, and encourages the President in {_EFFORTS};",
            f"{_COOPERATE[0].upper()}{_COOPERATE[1:]};",
            CLOSING,
        ]
    )
    return _change(resdiff.compare(old, new), "OP1")


def test_words_welcomed_elsewhere_now_encouraged_are_a_new_encouragement() -> None:
    kind, shifts = _moved_under("Welcomes")
    assert ("stronger", "operative verb added: encourages") in shifts, shifts
    assert kind == "strengthened", shifts


def test_words_encouraged_elsewhere_and_encouraged_here_were_moved() -> None:
    kind, shifts = _moved_under("Encourages")
    assert not [s for d, s in shifts if d == "stronger" and "encourages" in s], shifts
    assert kind not in ("strengthened", "softened"), shifts


def test_words_welcomed_and_encouraged_elsewhere_were_moved_in_either_order() -> None:
    # The words stand as much under the welcome as under the encouragement: the reading
    # must not hang on which of the two comes first (review of recc: "a new
    # encouragement" with the welcome first, moved with it second).
    for host in (
        f"Welcomes {_EFFORTS}, and encourages the President in {_EFFORTS}, and {_COOPERATE};",
        f"Encourages the President in {_EFFORTS}, and welcomes {_EFFORTS}, and {_COOPERATE};",
    ):
        old = _draft([f"{_ELECTIONS};", host, CLOSING])
        new = _draft(
            [
                f"{_ELECTIONS}, and encourages {_EFFORTS};",
                f"{_COOPERATE[0].upper()}{_COOPERATE[1:]};",
                CLOSING,
            ]
        )
        kind, shifts = _change(resdiff.compare(old, new), "OP1")
        assert kind not in ("strengthened", "softened"), (host, shifts)


# -- words gone to the other part ------------------------------------------------------

_DEPLORES = "Deplores all violent incidents in violation of the cease-fire along the line"
_DECLARES = (
    "declares that grave violations of the cease-fire cannot be tolerated and that the "
    "Council would have to consider further and more effective steps"
)


def _deploring_moved(preamble: str, ops: list[str]) -> tuple[str, list[tuple[str, str]]]:
    old = _draft([f"{_DEPLORES}, and {_DECLARES};", CLOSING])
    return _change(resdiff.compare(old, _draft([*ops, CLOSING], preamble)), "OP1")


def test_an_operative_censure_recalled_only_in_a_recital_is_demoted() -> None:
    kind, shifts = _deploring_moved(
        "Recalling its resolution 248 (1968), deploring all violent incidents in "
        "violation of the cease-fire along the line,",
        [f"{_DECLARES[0].upper()}{_DECLARES[1:]};"],
    )
    assert ("softer", "censure removed: deplores") in shifts, shifts
    assert kind == "softened", shifts


def test_an_operative_censure_moved_to_another_operative_paragraph_is_moved() -> None:
    kind, shifts = _deploring_moved(
        "Recalling its previous resolutions,",
        [f"{_DECLARES[0].upper()}{_DECLARES[1:]};", f"{_DEPLORES};"],
    )
    assert not [s for d, s in shifts if d == "softer"], shifts
    assert kind not in ("strengthened", "softened"), shifts
