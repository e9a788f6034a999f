"""Findings of a drafting expert's trial of six real comparisons (Yemen, Libya, Mali and
South Sudan sanctions, MINUSCA, Afghanistan; 4 December 2026, sixth session): shifts
that misread the text, each pinned with the smallest text that shows it."""

from __future__ import annotations

import pytest
from drafting import draft as _draft
from drafting import shift_descriptions as _shifts

import resdiff
from resdiff.lexicon import Lexicon

CLOSING = "Decides to remain seized of the matter."


def test_a_list_of_citations_that_grows_replaces_none_of_its_items() -> None:
    # Libya 2509 (2020) -> 2644 (2022) PP1: "2441 (2018) → 2509 (2020)" and "2473 (2019)
    # → 2571 (2021)" were named, though 2441 stays and 2473 only left the list.
    old = (
        "Recalling the measures modified by subsequent resolutions including, 2441 (2018) "
        "and 2473 (2019), and that the mandate of the Panel was extended until 15 February "
        "2020 by resolution 2441 (2018),"
    )
    new = (
        "Recalling the measures modified by subsequent resolutions including resolutions "
        "2441 (2018), 2509 (2020), 2526 (2020), and 2571 (2021), and that the mandate of "
        "the Panel was extended until 15 August 2022 by resolution 2571 (2021),"
    )
    shifts = _shifts(resdiff.compare(_draft([CLOSING], old), _draft([CLOSING], new)))
    citations = [s for s in shifts if s.startswith("citation")]
    # The one citation replaced in its place: the resolution that extended the Panel.
    assert citations == ["citation: 2441 (2018) → 2571 (2021)"]


def test_a_citation_the_new_text_still_holds_is_not_replaced() -> None:
    # Libya OP2: "resolution 2146 (2014)" cited twice, once in a clause that went; the
    # "2509 (2020)" added elsewhere does not replace it.
    old = (
        "Decides to extend until 30 April 2021 the measures imposed by resolution 2146 "
        "(2014), as amended by paragraph 2 of resolution 2441 (2018) and to modify the "
        "designation period in paragraph 11 of resolution 2146 (2014) to be one year;"
    )
    new = (
        "Decides to extend until 30 October 2023 the measures in resolution 2146 (2014), "
        "as amended by paragraph 2 of resolutions 2441 (2018) and 2509 (2020);"
    )
    shifts = _shifts(resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING])))
    assert not [s for s in shifts if "2146 (2014) →" in s], shifts
    assert "date: 30 April 2021 → 30 October 2023" in shifts


def test_a_call_to_enforce_the_targeted_embargo_imposes_none() -> None:
    lexicon = Lexicon.default()
    # Yemen 2624 (2022) OP8: named "arms embargo added (hortatory)", the pair's first
    # key change.
    enforce = (
        "Calls on Member States to increase efforts to combat the smuggling of weapons "
        "through land and sea routes to ensure implementation of the targeted arms embargo "
        "imposed by paragraph 14 of resolution 2216 (2015);"
    )
    assert [m.measure for m in lexicon.measures_in(enforce)] == []
    recalled = "Recalling paragraph 14 of resolution 2216 (2015) imposing a targeted arms embargo,"
    assert [m.measure for m in lexicon.measures_in(recalled)] == ["arms_embargo"]


@pytest.mark.parametrize(
    "text",
    [
        # South Sudan 2521 (2020) OP4: "measure or mandate no longer renewed" (key change 1
        # of the pair), from the measures it names by the paragraph that renewed them.
        "Decides to review the measures renewed in paragraph 3 in light of progress "
        "achieved implementing all provisions of the Revitalized Agreement;",
        "Decides that the measures renewed in paragraph 1 shall not apply to non-lethal "
        "military equipment;",
        "Decides that the entity listed in the annex shall be subject to the measures "
        "imposed by paragraph 14 of resolution 2216 (2015);",
        # 2633 (2022) OP3: a review offered, nothing suspended or lifted.
        "Reiterates its readiness to review arms embargo measures, through inter alia "
        "modification, suspension, or progressive lifting of these measures;",
        "Expresses its readiness to consider adjusting measures, including through "
        "modifying, suspending, lifting or strengthening measures;",
    ],
)
def test_measures_named_or_a_review_offered_change_no_life_cycle(text: str) -> None:
    assert Lexicon.default().lifecycle_in(text) == []


def test_a_renewal_is_still_a_renewal() -> None:
    found = Lexicon.default().lifecycle_in(
        "Decides to renew until 31 May 2023 the measures on arms imposed by paragraph 4 of "
        "resolution 2428 (2018);"
    )
    assert [m.id for m in found] == ["renew"]


def test_a_yearly_report_in_place_of_a_timely_one_is_a_longer_wait() -> None:
    # MINUSCA 2021 OP35 (a) (i): "reporting interval added: annually" weighed stronger
    # (the pair's second key change); both judges called the change softer.
    old = (
        "Decides that the mandate shall include: (i) To monitor, help investigate, and "
        "timely report to the Security Council and publicly on violations;"
    )
    new = (
        "Decides that the mandate shall include: (i) To monitor, help investigate, report "
        "annually to the Security Council, and follow up on violations;"
    )
    cmp = resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING]))
    found = [s for c in cmp.changes for x in c.walk() for s in x.shifts if s.feature == "quantity"]
    assert [(s.describe(), s.direction) for s in found] == [
        ("reporting interval: timely → annually (softer)", "softer")
    ]
    # Where there was no report at all, an interval still asks more.
    plain = "Decides that the mandate shall include: (i) To monitor violations;"
    added = (
        "Decides that the mandate shall include: (i) To monitor violations and report "
        "annually to the Security Council;"
    )
    cmp = resdiff.compare(_draft([plain, CLOSING]), _draft([added, CLOSING]))
    found = [s for c in cmp.changes for x in c.walk() for s in x.shifts if s.feature == "quantity"]
    assert [s.direction for s in found] == ["stronger"]


def test_a_ceiling_names_what_it_counts_in_full_and_once() -> None:
    # MINUSCA 2021 OP30: "480 Military → 580 Military".
    old = (
        "Decides that MINUSCA shall continue to comprise up to 11,650 military personnel, "
        "including 480 Military Observers and Military Staff Officers;"
    )
    new = (
        "Decides that MINUSCA shall continue to comprise up to 14,400 military personnel, "
        "including 580 Military Observers and Military Staff Officers;"
    )
    shifts = _shifts(resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING])))
    assert "personnel ceiling: 11,650 → 14,400 military personnel (stronger)" in shifts
    assert (
        "personnel ceiling: 480 → 580 Military Observers and Military Staff Officers (stronger)"
        in shifts
    )


def test_a_qualifier_is_named_as_a_form_of_its_entry() -> None:
    # MINUSCA 2021 OP35 (c) (iii): “at the request of” (“upon request”) read as a glitch.
    old = "Requests MINUSCA to provide logistical support to the national forces;"
    new = (
        "Requests MINUSCA to provide, at the request of the authorities, logistical "
        "support to the national forces;"
    )
    shifts = _shifts(resdiff.compare(_draft([old, CLOSING]), _draft([new, CLOSING])))
    assert "condition added: “at the request of” (a form of “upon request”)" in shifts


def test_concern_taken_note_of_is_concern() -> None:
    # UNFICYP 1991 PP1: "Taking note of" -> "Taking note with concern of" the report.
    lexicon = Lexicon.default()
    found = lexicon.match_preamble("Taking note with concern of the latest report")
    assert found is not None and found.axis_b == 1


def test_an_item_moved_to_another_paragraphs_list_is_not_dropped() -> None:
    # MINUSCA 2021: the elections task went from the priority tasks (old OP31 (c)) to
    # the other tasks (new OP35 (b)); it was "dropped", and OP31 -> OP34 "softened".
    task = (
        "To assist the authorities in the preparation and delivery of peaceful local "
        "elections, by providing good offices and technical support to the national "
        "electoral authority;"
    )
    protect = (
        "(a) To protect, without prejudice to the primary responsibility of the Government, "
        "civilians under threat of physical violence, with specific protection for women and "
        "children, including through active and effective patrolling in areas at high risk;"
    )
    extend = (
        "(a) To support the extension of State authority, the deployment of security forces "
        "and the preservation of territorial integrity, through the reform of the security "
        "sector, the fight against impunity and the restoration of the justice system;"
    )
    priority = "1. Decides that the mandate shall include the following priority tasks:"
    other = "2. Decides that the mandate shall include the following other tasks:"
    head = "The Security Council,\n\nRecalling its previous resolutions,\n\n"
    tail = "\n\n3. Decides to remain seized of the matter.\n"
    old = head + f"{priority}\n{protect}\n(b) {task}\n\n{other}\n{extend}" + tail
    new = head + f"{priority}\n{protect}\n\n{other}\n{extend}\n(b) {task}" + tail
    cmp = resdiff.compare(old, new)
    (first,) = [c for c in cmp.changes if c.old == ("OP1",)]
    assert first.new == ("OP1",) and first.kind == "reworded"
    (dropped,) = [c for c in first.children if c.kind == "dropped"]
    assert [s.direction for s in dropped.shifts] == ["neutral"]
    assert "its words stand in new OP2" in dropped.shifts[0].describe()


def test_a_list_whose_items_are_replaced_one_for_one_pairs_them_all() -> None:
    old = "Recalling its resolutions 2441 (2018), 2473 (2019) and 2509 (2020) on Libya,"
    new = "Recalling its resolutions 2542 (2020), 2570 (2021) and 2571 (2021) on Libya,"
    shifts = _shifts(resdiff.compare(_draft([CLOSING], old), _draft([CLOSING], new)))
    assert shifts == [
        "citation: 2441 (2018) → 2542 (2020)",
        "citation: 2473 (2019) → 2570 (2021)",
        "citation: 2509 (2020) → 2571 (2021)",
    ]
