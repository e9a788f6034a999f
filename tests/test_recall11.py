"""Recall of "softened" and "strengthened" on texts of 1946–1994 (eleventh round, 5
December 2026): recital leads those texts print and the lexicon lacked. Each rule is
pinned with short sentences in resolution style, written for these tests.

- The Council's own "its" before a censure noun ("Expressing its deep regret",
  "Expressing its profound concern", "Expressing grave alarm"): ranked as the same words
  without "its", so a regret or an alarm taken out of a recital reads softer and one put
  in reads stronger.
- Declaratory leads of the period ("Having noted", "Having been apprised", "Responding
  to", "Grieved at"): known, so a censure lead swapped for one of them is a step down on
  the censure axis rather than an unknown lead (no verdict). "Grieved at the loss of
  life" is sorrow, not censure: it ranks on no axis.
"""

from __future__ import annotations

import resdiff
from resdiff.lexicon.match import _default_lexicon
from resdiff.model import Comparison

CLOSING = "Decides to remain seized of the matter."
OPERATIVE = "1. Calls upon the parties to respect the cease-fire;\n\n2. " + CLOSING


def _draft(preamble: str) -> str:
    recital = "Recalling its previous resolutions,"
    return f"The Security Council,\n\n{recital}\n\n{preamble}\n\n{OPERATIVE}\n"


def _change(cmp: Comparison, ref: str) -> tuple[str, list[tuple[str, str]]]:
    change = next(c for c in cmp.changes if ref in c.new or ref in c.old)
    return change.kind, [(s.direction, s.describe()) for x in change.walk() for s in x.shifts]


def _pp2(old: str, new: str) -> tuple[str, list[tuple[str, str]]]:
    return _change(resdiff.compare(_draft(old), _draft(new)), "PP2")


def test_its_deep_regret_ranks_with_deep_regret() -> None:
    lexicon = _default_lexicon()
    for text, tier in (
        ("Expressing its deep regret that the talks have been suspended,", 3),
        ("Expressing its regret that the talks have been suspended,", 1),
        ("Expressing its profound concern at the fighting,", 2),
        ("Expressing grave alarm at the fighting,", 2),
        ("Expressing its condemnation of all acts of violence,", 5),
        ("Remaining gravely concerned at the fighting,", 2),
    ):
        found = lexicon.match_preamble(text)
        assert found is not None and found.axis_b == tier, (text, found)


def test_declaratory_leads_of_the_period_are_known_and_rank_on_no_axis() -> None:
    lexicon = _default_lexicon()
    for text in (
        "Having noted the report of the Secretary-General,",
        "Having been apprised that the Government has closed the border,",
        "Responding to the request of the Government,",
        "Grieved at the tragic loss of life,",
        "Deeply grieved at the loss of life,",
    ):
        found = lexicon.match_preamble(text)
        assert found is not None, text
        assert found.axis_a is None and found.axis_b is None, (text, found)


def test_a_regret_swapped_for_a_plain_account_softens_the_recital() -> None:
    old = "Expressing its deep regret that the authorities have once more closed the border posts,"
    new = "Having been apprised that the authorities have once more closed the border posts,"
    kind, shifts = _pp2(old, new)
    assert kind == "softened", shifts
    assert any(d == "softer" and "censure" in s for d, s in shifts), shifts


def test_a_plain_account_turned_into_a_regret_strengthens_the_recital() -> None:
    old = "Having noted that the authorities have once more closed the border posts,"
    new = "Expressing its deep regret that the authorities have once more closed the border posts,"
    kind, shifts = _pp2(old, new)
    assert kind == "strengthened", shifts


def test_its_alarm_eased_to_concern_softens_the_recital() -> None:
    old = "Expressing its grave alarm at the renewed fighting in the region,"
    new = "Expressing its concern at the renewed fighting in the region,"
    kind, shifts = _pp2(old, new)
    assert kind == "softened", shifts


# -- near misses: no step where the axis does not move ------------------------------


def test_one_declaratory_lead_for_another_is_no_step() -> None:
    old = "Having noted the report of the Secretary-General of 12 May 1975,"
    new = "Having been apprised of the report of the Secretary-General of 14 November 1975,"
    kind, shifts = _pp2(old, new)
    assert kind == "reworded", shifts
    assert not [s for d, s in shifts if d != "neutral"], shifts


def test_grief_taken_out_of_a_recital_is_no_censure_dropped() -> None:
    old = "Grieved at the tragic loss of life caused by the attack on the village,"
    new = "Having noted the loss of life caused by the attack on the village,"
    kind, shifts = _pp2(old, new)
    assert kind != "softened", shifts
    assert not any("censure" in s for _, s in shifts), shifts


def test_the_same_regret_with_and_without_its_is_no_step() -> None:
    old = "Expressing deep regret that the authorities have closed the border posts,"
    new = "Expressing its deep regret that the authorities have closed the border posts,"
    kind, shifts = _pp2(old, new)
    assert kind in ("reworded", "unchanged"), shifts
    assert not [s for d, s in shifts if d != "neutral"], shifts
