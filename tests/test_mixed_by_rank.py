"""A text that trades like for like, rank by rank, read as mixed
(``AlignOptions(mixed_by_rank=...)``, :func:`resdiff.classify.deciding.same_ranks`; on by
default, RESULTS §2fr): drafts of ordinary Council wording written for these tests."""

from __future__ import annotations

import resdiff
from resdiff.align import AlignOptions
from resdiff.classify.deciding import rank_of, same_ranks, servants_ask
from resdiff.lexicon import Lexicon

_PRE = [
    "Noting the report of the Secretary-General on the Ruritanian Observer Force,",
    "Reaffirming its commitment to the sovereignty and territorial integrity of Ruritania,",
]
_RENEWAL = "Decides to extend the mandate of the Ruritanian Observer Force until 15 June 1990;"
_REPORT = "Requests the Secretary-General to report on the implementation of this resolution;"
_SEIZED = "Decides to remain seized of the matter."
#: An ask of the old text, on one matter ...
_CALL = (
    "Calls upon all States to comply with the provisions of its resolutions on the "
    "question of Ruritania;"
)
#: ... and another ask of the new text, on another matter, a tier lower.
_URGE = "Urges the parties concerned to act with the utmost restraint along the border;"
#: A second new ask: two asks against one.
_SECOND_URGE = "Further urges the parties to resume the talks on the disputed villages;"
_OFF = AlignOptions(mixed_by_rank=False)


def _text(preamble: list[str], operative: list[str], acting: bool = False) -> str:
    chapter = ["Acting under Chapter VII of the Charter of the United Nations,"] if acting else []
    ops = "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(operative))
    return "The Security Council,\n\n" + "\n\n".join([*preamble, *chapter]) + f"\n\n{ops}\n"


def _direction(old: str, new: str, options: AlignOptions | None = None) -> str:
    cmp = resdiff.compare(resdiff.parse(old), resdiff.parse(new), options=options)
    return str(cmp.summary.direction)


def test_one_ask_dropped_and_another_added_is_mixed() -> None:
    old = _text(_PRE, [_RENEWAL, _CALL, _REPORT, _SEIZED])
    new = _text(_PRE, [_RENEWAL, _URGE, _REPORT, _SEIZED])
    assert _direction(old, new) == "mixed"
    # The sums alone: a call (5.33) against an urging (4) reads softer.
    assert _direction(old, new, _OFF) == "softer"
    # The other way round, the same.
    assert _direction(new, old) == "mixed"
    assert _direction(new, old, _OFF) == "stronger"


def test_two_asks_against_one_still_go_their_way() -> None:
    old = _text(_PRE, [_RENEWAL, _CALL, _REPORT, _SEIZED])
    new = _text(_PRE, [_RENEWAL, _URGE, _SECOND_URGE, _REPORT, _SEIZED])
    assert _direction(old, new) == _direction(old, new, _OFF) == "stronger"


def test_chapter_vii_dropped_and_an_ask_added_is_softer() -> None:
    old = _text(_PRE, [_RENEWAL, _REPORT, _SEIZED], acting=True)
    new = _text(_PRE, [_RENEWAL, _URGE, _REPORT, _SEIZED])
    assert _direction(old, new) == _direction(old, new, _OFF) == "softer"


def test_the_rungs_of_the_ladder() -> None:
    lexicon = Lexicon.default()
    # A decision; a demand and a censure; a call, an urging, a request; an encouragement.
    assert [rank_of(w, lexicon) for w in (8.0, 20 / 3, 6.0, 16 / 3, 4.0, 8 / 3)] == [
        3,
        2,
        2,
        1,
        1,
        0,
    ]
    assert same_ranks([16 / 3], [4.0], lexicon)
    assert same_ranks([20 / 3, 4.0], [6.0, 16 / 3], lexicon)
    assert not same_ranks([8.0], [16 / 3], lexicon)
    assert not same_ranks([16 / 3], [4.0, 4.0], lexicon)
    assert not same_ranks([], [4.0], lexicon)


def test_under_a_headline_that_cuts_both_ways_the_trade_is_mixed() -> None:
    # UNFICYP 1968 and 1969 in made-up words: the period doubled "in the expectation" of a
    # withdrawal (the headline balanced, §2ek), a call upon all States dropped and an
    # urging of the parties added (both judges: "neither side dominates: mixed").
    extend = "Extends the stationing of the Peace-keeping Force for a further period of {}"
    expected = (
        ", in the expectation that by then sufficient progress towards a settlement will "
        "make possible a withdrawal or substantial reduction of the Force;"
    )
    old = _text(["Recalling its previous resolutions,"], [extend.format("three months;"), _CALL])
    new = _text(
        ["Recalling its previous resolutions,"], [extend.format("six months") + expected, _URGE]
    )
    assert _direction(old, new) == "mixed"
    assert _direction(old, new, _OFF) == "softer"


# Review (§2fr): an ask of the Organization's own organs stands a rung below an ask of
# States or parties.


def test_a_report_request_beside_the_trade_is_no_ask_of_the_parties() -> None:
    # A report of the Secretary-General left out beside the trade still tips it, as
    # the judges read UNFICYP 1967 (the call and the reporting go, an urging comes:
    # softer); it stands a rung below the asks, so it tips, never balances.
    old = _text(_PRE, [_RENEWAL, _CALL, _REPORT, _SEIZED])
    new = _text(_PRE, [_RENEWAL, _URGE, _SEIZED])
    assert _direction(old, new) == "softer"


def test_a_report_request_dropped_against_a_call_added_is_no_trade() -> None:
    # A task of the Secretary-General dropped and a call upon all States added: the
    # Council asks more of States, stronger, as with the option off (it read mixed).
    old = _text(_PRE, [_RENEWAL, _REPORT, _SEIZED])
    new = _text(_PRE, [_RENEWAL, _CALL, _SEIZED])
    assert _direction(old, new) == _direction(old, new, _OFF) == "stronger"
    assert _direction(new, old) == _direction(new, old, _OFF) == "softer"


def test_an_ask_of_an_organ_is_told_from_an_ask_of_states() -> None:
    lexicon = Lexicon.default()
    cmp = resdiff.compare(
        resdiff.parse(_text(_PRE, [_RENEWAL, _REPORT, _SEIZED])),
        resdiff.parse(_text(_PRE, [_RENEWAL, _CALL, _SEIZED])),
    )
    asks = {
        (s.old or s.new): servants_ask(s, part, lexicon)
        for change in cmp.changes
        for part in change.walk()
        for s in part.shifts
        if s.feature == "verb"
    }
    assert asks == {"requests": True, "calls upon": False}


def test_the_public_direction_function_reads_as_compare_does() -> None:
    """``classify.summary.direction`` (public) weighed without the rank rule while
    ``compare`` used it by default: on a like-for-like trade the two disagreed (the
    session's merge review). It now takes the rule by default, and ``by_rank=False``
    gives the sums alone."""
    from resdiff.classify.summary import direction

    old = _text(_PRE, [_RENEWAL, _CALL, _REPORT, _SEIZED])
    new = _text(_PRE, [_RENEWAL, _URGE, _REPORT, _SEIZED])
    cmp = resdiff.compare(resdiff.parse(old), resdiff.parse(new))
    lexicon = Lexicon.default()
    assert direction(cmp.changes, lexicon) == cmp.summary.direction == "mixed"
    assert direction(cmp.changes, lexicon, by_rank=False) == "softer"
