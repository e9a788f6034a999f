"""What a text that continues a resolution as a whole leaves out, and the closing formula
in the balance (issue 9 §4, 5 December 2026).

- AMISOM S/RES/2520 (2020) against ATMIS's "Reaffirms its decisions in resolution 2628
  (2022) except as follows" (S/RES/2670 (2022)) named 49 requests, calls and urgings not
  restated as asks removed; its judges read them as standing in 2628 (neutral). Only an
  explicit decision that continues a resolution carries them: one only recalled does not.
- The two-day Somalia rollover "Decides to extend resolution 2607 (2021)" read stronger
  by "Decides to remain seized" → "actively seized" alone; its judge: "a formula ...
  neutral"."""

from __future__ import annotations

from drafting import draft

import resdiff
from resdiff.model import Comparison, Shift


def dropped_shifts(cmp: Comparison) -> list[Shift]:
    return [
        s
        for c in cmp.changes
        if c.kind == "dropped"
        for part in c.walk()
        for s in part.shifts
        if s.feature == "verb"
    ]


_PREAMBLE = [
    "Recalling all its previous resolutions on the situation in Somalia,",
    "Acting under Chapter VII of the Charter of the United Nations,",
]

_OLD = draft(
    [
        "Decides to authorise the Member States of the African Union to maintain the "
        "deployment of AMISOM until 28 February 2021;",
        "Urges the Federal Government of Somalia to accelerate the implementation of the "
        "Somali Transition Plan;",
        "Requests the African Union to strengthen command and control among the "
        "contingents of AMISOM;",
        "Calls upon donors to provide predictable funding to AMISOM;",
        "Decides to remain actively seized of the matter.",
    ],
    _PREAMBLE,
    "Resolution 2520 (2020)\n\n",
)


def _new(lead: str) -> str:
    return draft(
        [
            lead,
            "Decides to convene a formal meeting of the Security Council on the transition "
            "in Somalia no later than 31 March 2023;",
            "Decides to remain actively seized of the matter.",
        ],
        _PREAMBLE,
        "Resolution 2670 (2022)\n\n",
    )


def test_asks_left_out_stand_in_the_resolution_continued_as_a_whole() -> None:
    cmp = resdiff.compare(
        _OLD,
        _new(
            "Reaffirms its decisions in resolution 2628 (2022) except as follows: "
            "exceptionally extends its authorisations until 30 June 2023;"
        ),
    )
    found = [s for s in dropped_shifts(cmp) if s.old in ("urges", "requests", "calls upon")]
    assert len(found) == 3
    assert all(s.direction == "neutral" and s.weight == 0.0 for s in found)
    assert all("resolution 2628 (2022)" in (s.note or "") for s in found)


def test_a_resolution_only_recalled_carries_nothing() -> None:
    # Near-miss: the new text recalls resolution 2628 and extends nothing by it; the asks
    # it does not repeat are no longer made.
    cmp = resdiff.compare(
        _OLD,
        _new(
            "Recalls its decisions in resolution 2628 (2022) and decides to authorise the "
            "Member States of the African Union to maintain the deployment of ATMIS until "
            "30 June 2023;"
        ),
    )
    found = [s for s in dropped_shifts(cmp) if s.old in ("urges", "requests", "calls upon")]
    assert len(found) == 3
    assert all(s.direction == "softer" and s.weight > 0 for s in found)


def test_decisions_reaffirmed_on_one_matter_carry_nothing() -> None:
    # Near-miss (review): "Reaffirms its decisions in resolution 1373 (2001) concerning
    # ..." reaffirms some of that resolution's decisions, it continues no resolution as a
    # whole: the asks not repeated are no longer made.
    for lead in (
        "Reaffirms its decisions in resolution 1373 (2001) concerning the financing of terrorism;",
        "Reaffirms its decisions in resolution 2628 (2022) on the arms embargo;",
        "Reaffirms its decisions in resolution 2628 (2022), with respect to the asset freeze;",
    ):
        cmp = resdiff.compare(_OLD, _new(lead))
        found = [s for s in dropped_shifts(cmp) if s.old in ("urges", "requests", "calls upon")]
        assert len(found) == 3, lead
        assert all(s.direction == "softer" and s.weight > 0 for s in found), lead


def test_a_resolution_extended_on_the_same_terms_is_continued_whole() -> None:
    # "On the same terms" continues every decision: it is no "on <one matter>".
    cmp = resdiff.compare(
        _OLD,
        _new("Decides to extend resolution 2628 (2022) on the same terms until 30 June 2023;"),
    )
    found = [s for s in dropped_shifts(cmp) if s.old in ("urges", "requests", "calls upon")]
    assert len(found) == 3
    assert all(s.direction == "neutral" and s.weight == 0.0 for s in found)


_ROLLOVER_OLD = draft(
    [
        "Decides that all Member States shall take the necessary measures to prevent the "
        "direct or indirect supply of weapons to Al-Shabaab;",
        "Decides to remain seized of the matter.",
    ],
    ["Acting under Chapter VII of the Charter of the United Nations,"],
    "Resolution 2607 (2021)\n\n",
)


def _rollover(closing: str) -> str:
    return draft(
        [
            "Decides that all Member States shall take the necessary measures to prevent "
            "the direct or indirect supply of weapons to Al-Shabaab;",
            closing,
        ],
        ["Acting under Chapter VII of the Charter of the United Nations,"],
        "Resolution 2661 (2022)\n\n",
    )


def test_actively_seized_alone_is_neutral() -> None:
    cmp = resdiff.compare(
        _ROLLOVER_OLD, _rollover("Decides to remain actively seized of the matter.")
    )
    emphasis = [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == "emphasis"
    ]
    # The provision still names the word; the balance does not count it.
    assert any(s.new == "actively" for s in emphasis)
    assert cmp.summary.direction == "neutral"


def test_actively_beside_further_steps_still_weighs() -> None:
    # Near-miss: the formula with further steps in view is more than the formula.
    cmp = resdiff.compare(
        _ROLLOVER_OLD,
        _rollover(
            "Decides to remain actively seized of the matter and to consider further "
            "measures should the parties fail to comply."
        ),
    )
    assert cmp.summary.direction == "stronger"
