"""The expected withdrawal as the other half of a renewal's period (issue 9 §7, thirtieth
session, RESULTS §2ek; ``counters_period`` in lifecycle.toml, ``balance.period_halves``).

A force extended "in the expectation that ... progress ... will make possible a
withdrawal or substantial reduction of the Force" for a period longer than before is a
longer renewal with a drawdown in view: the headline cuts both ways, and the operative
asks decide. The expectation is the renewal's other half, as heavy as the period moved the
other way in the same provision; alone it stays the language of its paragraph. Texts
written for these tests, in the style of the Cyprus extensions.
"""

from __future__ import annotations

import json

import resdiff
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

EXTEND = "Extends the stationing of the Peace-keeping Force for a further period of {months}{tail}"
EXPECTED = (
    ", in the expectation that by then sufficient progress towards a settlement will make "
    "possible a withdrawal or substantial reduction of the Force;"
)
CALL = "Calls upon all States to comply with the present resolution;"
URGE = "Urges the parties to act with the utmost restraint;"
#: A second ask beside the call: the asks then decide by their sums. One call against one
#: urging alone is a trade of one ask for another, mixed (RESULTS §2fr, ``same_ranks``),
#: as both judges read UNFICYP 1966, 1968 and 1969; UNFICYP 1967 -> 1968 (two asks gone,
#: an urging come) is the softer pair these tests stand for.
CO_OPERATE = "Calls upon the parties to co-operate fully with the Force;"


def _text(months: str, tail: str, *asks: str) -> str:
    paragraphs = [EXTEND.format(months=months, tail=tail), *asks]
    paragraphs.append("Decides to remain seized of the matter.")
    body = "\n\n".join(f"{k}. {p}" for k, p in enumerate(paragraphs, 1))
    return f"The Security Council,\n\nRecalling its previous resolutions,\n\n{body}\n"


def _expectation(cmp: Comparison) -> float:
    return next(
        s.weight
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "lifecycle" and s.direction != "neutral"
    )


def test_a_longer_period_in_the_expectation_of_withdrawal_leaves_the_asks_to_decide() -> None:
    # Three months, then six "in the expectation" of a drawdown; two calls left out, only
    # an urging of the parties put in: softer by the asks, not "mixed" by a period alone
    # against them.
    cmp = resdiff.compare(
        _text("three months", ";", CALL, CO_OPERATE),
        _text("six months", EXPECTED, URGE),
    )
    assert cmp.summary.direction == "softer"
    assert _expectation(cmp) == 20


def test_a_shorter_period_with_no_withdrawal_in_view_leaves_the_asks_to_decide() -> None:
    # The reverse: six months in the expectation, then three with no end in view, and two
    # calls put in: stronger by the asks.
    cmp = resdiff.compare(
        _text("six months", EXPECTED, URGE),
        _text("three months", ";", CALL, CO_OPERATE),
    )
    assert cmp.summary.direction == "stronger"
    assert _expectation(cmp) == 20


def test_the_two_halves_alone_make_a_mixed_renewal() -> None:
    # Nothing else moves: a longer period and a drawdown in view, neither dominating.
    cmp = resdiff.compare(_text("three months", ";", URGE), _text("six months", EXPECTED, URGE))
    assert cmp.summary.direction == "mixed"


def test_the_expectation_beside_no_period_moved_the_other_way_stays_language() -> None:
    # A shorter period and the expectation put in go the same way: the expectation is no
    # counterweight, it weighs as the language of its paragraph.
    cmp = resdiff.compare(_text("six months", ";", URGE), _text("three months", EXPECTED, URGE))
    assert _expectation(cmp) < 20
    assert cmp.summary.direction == "softer"
    # The same period: the expectation alone ("only an expectation").
    cmp = resdiff.compare(_text("six months", EXPECTED, URGE), _text("six months", ";", URGE))
    assert _expectation(cmp) < 20
    # A longer period and the expectation dropped go the same way too (stronger): no
    # counterweight either.
    cmp = resdiff.compare(_text("three months", EXPECTED, URGE), _text("six months", ";", URGE))
    assert _expectation(cmp) < 20
    assert cmp.summary.direction == "stronger"


# -- reviewed (review-weigh20): the period read from end dates, the same provision, a
# user's lexicon ------------------------------------------------------------------------


def _resolution(number: int, day: str, end: str, tail: str, *asks: str) -> str:
    paragraphs = [
        f"Extends once more the stationing of the Peace-keeping Force for a further period "
        f"ending {end}{tail}",
        *asks,
        "Decides to remain seized of the matter.",
    ]
    body = "\n\n".join(f"{k}. {p}" for k, p in enumerate(paragraphs, 1))
    return (
        f"Resolution {number} ({day[-4:]})\n\nAdopted by the Security Council at its 3000th "
        f"meeting, on {day}\n\nThe Security Council,\n\nRecalling its previous "
        f"resolutions,\n\n{body}\n"
    )


def test_a_period_read_from_its_end_dates_is_countered_too() -> None:
    # The Cyprus extensions of 1968-1973 name no length, only the period's end ("for a
    # further period ending 15 December 1968"): the renewal period is read from the end
    # dates, and the expectation counters it as it counters a stated length (S/RES/244 ->
    # 254, one of the three pairs the rule rights, is of this form).
    cmp = resdiff.compare(
        _resolution(100, "26 December 1967", "26 March 1968", ";", CALL, CO_OPERATE),
        _resolution(101, "26 March 1968", "26 September 1968", EXPECTED, URGE),
    )
    assert any(
        s.detail == "renewal period" and s.direction == "stronger"
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
    )
    assert _expectation(cmp) == 20
    assert cmp.summary.direction == "softer"


def test_the_expectation_in_another_provision_than_the_period_stays_language() -> None:
    # Only the same provision's period: a longer extension in one paragraph and the
    # expectation put into another are no renewal cut both ways.
    review = (
        "Decides to keep the situation under review in the expectation that by then "
        "sufficient progress towards a settlement will make possible a withdrawal or "
        "substantial reduction of the Force;"
    )
    cmp = resdiff.compare(
        _text("three months", ";", "Decides to keep the situation under review;", URGE),
        _text("six months", ";", review, URGE),
    )
    assert _expectation(cmp) < 20


def _entry_toml(key: str, label: str, pattern: str, keywords: list[str], counters: bool) -> str:
    return (
        f'[lifecycle.{key}]\nlabel = {json.dumps(label)}\nstage = "sunset"\n'
        f"headline = false\ncounters_period = {str(counters).lower()}\n"
        f"keywords = {json.dumps(keywords)}\npatterns = [{json.dumps(pattern)}]\n"
    )


def test_counters_period_is_the_users_to_set_or_clear() -> None:
    # A user's entry that sets it counters its provision's period as the shipped one does.
    mine = Lexicon.default().extend(
        Lexicon.from_toml(
            _entry_toml(
                "exit-in-view",
                "exit in view",
                r"\bwith\s+a\s+view\s+to\s+its\s+eventual\s+exit\b",
                ["eventual exit"],
                counters=True,
            ),
            name="user.toml",
        )
    )
    exit_ = ", with a view to its eventual exit;"
    cmp = resdiff.compare(
        _text("three months", ";", URGE), _text("six months", exit_, URGE), lexicon=mine
    )
    assert _expectation(cmp) == 20
    # A user's copy of the shipped entry that clears it: the expectation is language again.
    shipped = Lexicon.default().lifecycle["withdrawal-expected"]
    cleared = Lexicon.default().extend(
        Lexicon.from_toml(
            _entry_toml(
                "withdrawal-expected",
                shipped.label,
                shipped.patterns[0],
                list(shipped.keywords),
                counters=False,
            ),
            name="user.toml",
        )
    )
    cmp = resdiff.compare(
        _text("three months", ";", CALL), _text("six months", EXPECTED, URGE), lexicon=cleared
    )
    assert _expectation(cmp) < 20


#: A crisis text that renews nothing (made up, in the style of the Cyprus texts of 1974).
CRISIS = (
    "The Security Council,\n\nNoting the report of the Secretary-General,\n\n"
    "1. Reaffirms its resolution 90 (1974);\n\n2. Urges the parties to act "
    "with the utmost restraint;\n\n3. Decides to remain seized of the matter.\n"
)


def _renewing(tail: str) -> str:
    return (
        "The Security Council,\n\nNoting the report of the Secretary-General,\n\n"
        "1. Reaffirms its resolution 90 (1974);\n\n2. Urges the parties to act with the "
        "utmost restraint;\n\n3. Extends once more the stationing in Ruritania of the "
        "United Nations Force, established under resolution 50 (1964), for a further "
        f"period ending 15 June 1975{tail}\n\n4. Decides to remain seized of the matter.\n"
    )


def _added_lifecycle(cmp: Comparison) -> list[tuple[str, str | None, float]]:
    return [
        (s.direction, s.new, s.weight)
        for c in cmp.changes
        if c.kind == "added"
        for x in c.walk()
        for s in x.shifts
        if s.feature == "lifecycle"
    ]


def test_an_extension_put_in_with_a_drawdown_in_view_is_first_an_extension() -> None:
    # Added to a text that renewed nothing, "Extends ... in the expectation that ... a
    # withdrawal or substantial reduction of the Force" is a renewal with a drawdown in
    # view (RESULTS §2fs): the extension comes, and the expectation beside it is its
    # other half, as heavy — not a drawdown alone. Nothing else moves: mixed.
    cmp = resdiff.compare(CRISIS, _renewing(EXPECTED))
    found = _added_lifecycle(cmp)
    assert ("stronger", "extended", 25.0) in found
    assert ("softer", "expected to be withdrawn", 25.0) in found
    assert cmp.summary.direction == "mixed"


def test_an_extension_put_in_with_no_drawdown_in_view_is_an_extension_alone() -> None:
    # The limit: with no expectation the extension is all the paragraph does.
    cmp = resdiff.compare(CRISIS, _renewing(";"))
    assert _added_lifecycle(cmp) == [("stronger", "extended", 25.0)]
    assert cmp.summary.direction == "stronger"


def test_an_extension_for_a_final_period_is_read_as_its_sunset() -> None:
    # A winding down that does more than counter a period ("for a final period": a
    # sunset) is no renewal beside an expectation: the paragraph's lone shift is its
    # winding down, as before.
    text = _renewing(EXPECTED).replace("for a further period", "for a final period")
    found = _added_lifecycle(resdiff.compare(CRISIS, text))
    assert [direction for direction, _, _ in found] == ["softer"]


def test_an_extension_with_a_drawdown_in_view_taken_out_is_first_the_renewal_gone() -> None:
    # The mirror (RESULTS §2fs (i), §2fv): the same paragraph dropped from a draft is the
    # renewal gone, read as the paragraph without the expectation reads — not "no longer
    # expected to be withdrawn", stronger. The expectation is named beside it, not weighed:
    # it has nothing left to qualify.
    cmp = resdiff.compare(_renewing(EXPECTED), CRISIS)
    plain = resdiff.compare(_renewing(";"), CRISIS)
    assert cmp.summary.direction == plain.summary.direction == "softer"
    assert [k.headline for k in cmp.summary.key_changes] == [
        k.headline for k in plain.summary.key_changes
    ]
    gone = [
        (s.direction, s.old, s.note)
        for c in cmp.changes
        if c.kind == "dropped"
        for s in c.shifts
        if s.feature == "lifecycle"
    ]
    assert gone == [("neutral", "expected to be withdrawn", "went with the renewal it qualified")]


def test_an_expectation_taken_out_of_a_kept_extension_still_weighs() -> None:
    # The limit: the extension kept, only its expectation gone, the drawdown is no longer
    # in view (stronger), as before.
    cmp = resdiff.compare(_renewing(EXPECTED), _renewing(";"))
    assert cmp.summary.direction == "stronger"


def test_two_adopted_resolutions_pasted_without_masthead_are_not_versions_of_a_draft() -> None:
    # Review of leads25: the renewal gone reads only between versions of a draft. Two
    # resolutions pasted without their mastheads (no symbol, no date: 410 -> 414 (1977)
    # as a user copies them) still say "Adopted at the ... meeting": two adopted texts,
    # not a draft and its revision, so the extension left out is not "extends once more"
    # removed (before the fix it was that comparison's first key change).
    adopted = "\nAdopted at the 2012th meeting by 14 votes to none.\n"
    old, new = _renewing(EXPECTED) + adopted, CRISIS + adopted
    assert resdiff.parse(old).status == resdiff.parse(new).status == "adopted"
    cmp = resdiff.compare(old, new)
    assert not any(
        s.note == "went with the renewal it qualified"
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
    )
    assert not any("extends" in k.headline for k in cmp.summary.key_changes)
    # The same texts as drafts (no adoption line) still read the renewal gone.
    drafts = resdiff.compare(_renewing(EXPECTED), CRISIS)
    assert any("extends" in k.headline for k in drafts.summary.key_changes)
