"""Pairs made on combined evidence (resdiff.align.combined, asked for with
``AlignOptions(combined_evidence=True)``): drafts of ordinary Council wording written for
these tests."""

from __future__ import annotations

import pytest

import resdiff
from resdiff.align import AlignOptions, Link, align
from resdiff.model import Draft

_KEPT_BEFORE = [
    "Condemns the shelling of the town of Eastport by armed units;",
    "Requests the Secretary-General to keep the Council informed of the situation;",
]
_KEPT_AFTER = [
    "Calls upon all States to refrain from supplying arms to the parties to the conflict;",
    "Decides to remain seized of the matter.",
]
_RESCIND = (
    "Calls upon the authorities of Ruritania to rescind the decree annexing the Varnian "
    "lowlands and to release the detained mayors;"
)
_ANNUL = (
    "Demands that Ruritania annul forthwith every measure already taken to alter the status "
    "of the Varnian lowlands;"
)
_DIALOGUE = "Welcomes the efforts of regional organizations to promote dialogue;"
_HEAD = "The Security Council,\n\nRecalling its resolution 1001 (1991),\n\n"
#: The combined round asked for; without it (the default) the other rounds make alone.
_ON = AlignOptions(combined_evidence=True)
_WITHOUT = AlignOptions()


def _draft(operative: list[str]) -> Draft:
    text = "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(operative))
    return resdiff.parse(f"{_HEAD}{text}\n")


def _changed(old: Draft, new: Draft, options: AlignOptions = _ON) -> list[Link]:
    return [link for link in align(old.operative, new.operative, options) if link.score < 1]


def _pairs(links: list[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.old, link.new) for link in links if link.old and link.new]


def test_a_call_recast_as_a_demand_in_its_place_pairs_on_the_evidence_together() -> None:
    # The call to rescind the annexation recast as a demand to annul its measures: too
    # few words kept for the word score (0.30) or for sole partners (under 0.35), another
    # paragraph added beside it, but the same place, the same addressee, three words no
    # other paragraph holds (Ruritania, Varnian, lowlands) and no rival.
    old = _draft([*_KEPT_BEFORE, _RESCIND, *_KEPT_AFTER])
    new = _draft([*_KEPT_BEFORE, _ANNUL, _DIALOGUE, *_KEPT_AFTER])
    assert _pairs(_changed(old, new)) == [((2,), (2,))]
    assert _pairs(_changed(old, new, _WITHOUT)) == []


def test_no_combined_pair_across_a_kept_paragraph() -> None:
    # Near-miss: the same demand written after the next kept paragraph stands in another
    # gap; the place no longer says it succeeds the call.
    old = _draft([*_KEPT_BEFORE, _RESCIND, *_KEPT_AFTER])
    new = _draft([*_KEPT_BEFORE, _DIALOGUE, _KEPT_AFTER[0], _ANNUL, _KEPT_AFTER[1]])
    assert _pairs(_changed(old, new)) == []


def test_no_combined_pair_on_one_word_only_the_two_hold() -> None:
    # Near-miss: a call on "the eastern valleys" shares only "Ruritania" among the words
    # no other paragraph holds (and scores 0.22, in the same place): a State named twice
    # is not the same act.
    old = _draft(
        [
            *_KEPT_BEFORE,
            "Calls upon Ruritania to rescind the decree altering the borders of the eastern "
            "valleys and to release the detained mayors;",
            *_KEPT_AFTER,
        ]
    )
    new = _draft([*_KEPT_BEFORE, _ANNUL, _DIALOGUE, *_KEPT_AFTER])
    assert _pairs(_changed(old, new)) == []


def test_no_combined_pair_between_asks_of_different_addressees() -> None:
    # Near-miss: a request to the Secretary-General to report on the decree, and a
    # demand on Ruritania: the United Nations' own people and a party.
    old = _draft(
        [
            *_KEPT_BEFORE,
            "Requests the Secretary-General to report on the decree annexing the Varnian "
            "lowlands and on the detained mayors;",
            *_KEPT_AFTER,
        ]
    )
    new = _draft([*_KEPT_BEFORE, _ANNUL, _DIALOGUE, *_KEPT_AFTER])
    assert _pairs(_changed(old, new)) == []


def test_no_combined_pair_where_a_rival_elsewhere_scores_as_well() -> None:
    # Near-miss: a second dropped call on the status of a town scores as well against
    # the demand (0.34 against 0.30): which of the two it succeeds is not clear.
    old = _draft(
        [
            *_KEPT_BEFORE,
            _RESCIND,
            _KEPT_AFTER[0],
            "Calls upon all parties to refrain from any measure that would alter the status of "
            "the town of Eastport;",
            _KEPT_AFTER[1],
        ]
    )
    new = _draft([*_KEPT_BEFORE, _ANNUL, _DIALOGUE, *_KEPT_AFTER])
    assert _pairs(_changed(old, new)) == []


def test_the_combined_round_stops_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # The scores among leftovers are bounded (a hostile text's thousands of them): past
    # the bound nothing more is scored, and nothing pairs.
    monkeypatch.setattr("resdiff.align.combined.COMBINED_CHECKS", 0)
    old = _draft([*_KEPT_BEFORE, _RESCIND, *_KEPT_AFTER])
    new = _draft([*_KEPT_BEFORE, _ANNUL, _DIALOGUE, *_KEPT_AFTER])
    assert _pairs(_changed(old, new)) == []
