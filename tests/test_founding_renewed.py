"""A founding text and its first renewal (issue 9 §7, RESULTS §2ex, thirty-first session).

- UNFICYP's founding text S/RES/186 (1964) "Recommends that the stationing of the Force
  shall be for a period of three months"; its renewal "Extends the period in which the
  Force shall be stationed ... for another three months" was read as a renewal added from
  nothing (25) against the founding period dropped. The judges pair them: the same
  stationing renewed.
- The renewal "Reaffirms its resolutions 186 (1964) ..." and "Calls upon all States
  Members of the United Nations to comply with the above-mentioned resolutions": reading
  the founding text's asks it does not repeat as kept was measured and not kept (a fit to
  four UNFICYP texts, RESULTS §2ex): they still weigh."""

from __future__ import annotations

from drafting import draft

import resdiff
from resdiff.model import Comparison, Shift

_OLD = draft(
    [
        "Calls upon all Member States to refrain from any action likely to worsen the "
        "situation in the island;",
        "Asks the Government of the island to take all additional measures necessary to "
        "stop violence;",
        "Recommends the creation, with the consent of the Government, of a peace-keeping "
        "force in the island;",
        "Recommends that the stationing of the Force shall be for a period of three months, "
        "all costs pertaining to it being met, in a manner to be agreed upon by them, by the "
        "Governments providing the contingents and by the Government of the island;",
    ],
    "Noting that the situation is likely to threaten international peace and security,",
    "Resolution 186 (1964)\n\nAdopted on 4 March 1964\n\n",
)


def _new(operative: list[str]) -> str:
    return draft(
        operative,
        "Taking note of the report of the Secretary-General,",
        "Resolution 194 (1964)\n\nAdopted on 25 September 1964\n\n",
    )


_REAFFIRMS = "Reaffirms its resolutions 186 (1964) and 187 (1964);"
_COMPLY = (
    "Calls upon all States Members of the United Nations to comply with the "
    "above-mentioned resolutions;"
)
_EXTENDS = (
    "Extends the period in which the United Nations Peace-keeping Force shall be "
    "stationed in the island for another three months, ending 26 December 1964, in the "
    "expectation that by then sufficient progress towards a solution will have been made;"
)


def _weighed(cmp: Comparison, kind: str) -> list[Shift]:
    return [
        s
        for c in cmp.changes
        if c.kind == kind
        for part in c.walk()
        for s in part.shifts
        if s.direction != "neutral" and s.weight > 0
    ]


def test_the_founding_period_renewed_is_neutral() -> None:
    cmp = resdiff.compare(_OLD, _new([_REAFFIRMS, _COMPLY, _EXTENDS]))
    assert not any(s.feature == "lifecycle" for s in _weighed(cmp, "added"))
    notes = {s.note for c in cmp.changes for x in c.walk() for s in x.shifts if s.note}
    assert any("the same stationing renewed" in n for n in notes)
    # The founding period's own paragraph is paired with the renewal, so none of its
    # shifts weighs.
    dropped_refs = {
        r
        for c in cmp.changes
        if c.kind == "dropped"
        for r in c.old
        for x in c.walk()
        for s in x.shifts
        if s.direction != "neutral" and s.weight > 0
    }
    assert "OP4" not in dropped_refs


def test_the_founding_text_s_asks_not_repeated_still_weigh() -> None:
    # The reaffirmation and the call to comply do not keep the founding text's asks: that
    # reading was measured and not kept (RESULTS §2ex).
    cmp = resdiff.compare(_OLD, _new([_REAFFIRMS, _COMPLY, _EXTENDS]))
    verbs = {s.old for s in _weighed(cmp, "dropped") if s.feature == "verb"}
    assert {"asks", "recommends"} <= verbs


def test_a_period_of_another_length_is_no_founding_period_renewed() -> None:
    # Near-miss: six months after three is a period changed, not the same stationing
    # renewed: the renewal keeps its weight.
    cmp = resdiff.compare(
        _OLD,
        _new(
            [
                _REAFFIRMS,
                _COMPLY,
                _EXTENDS.replace("another three months", "another six months"),
            ]
        ),
    )
    assert any(s.feature == "lifecycle" for s in _weighed(cmp, "added"))


def _founding(period: str) -> str:
    return _OLD.replace("for a period of three months", period)


def test_the_same_period_in_other_words_is_the_founding_period_renewed() -> None:
    # Review of renew21: "one year" then "twelve months", "six months" then "a further
    # six-month period", "30 months" then "thirty months" are the same period renewed.
    for founding, renewal in [
        ("for a period of one year", "for a further period of twelve months"),
        ("for an initial period of six months", "for a further six-month period"),
        ("for a period of 30 months", "for a further period of thirty months"),
        ("for a six-month period", "for another period of 6 months"),
    ]:
        cmp = resdiff.compare(
            _founding(founding),
            _new([_REAFFIRMS, _COMPLY, _EXTENDS.replace("for another three months", renewal)]),
        )
        assert not any(s.feature == "lifecycle" for s in _weighed(cmp, "added")), renewal


def test_a_year_after_six_months_is_no_founding_period_renewed() -> None:
    # Near-miss for the units read as months: twelve months after six is a period changed.
    cmp = resdiff.compare(
        _founding("for a period of six months"),
        _new(
            [
                _REAFFIRMS,
                _COMPLY,
                _EXTENDS.replace("another three months", "a further period of one year"),
            ]
        ),
    )
    assert any(s.feature == "lifecycle" for s in _weighed(cmp, "added"))


def test_the_founding_paragraph_s_grant_of_force_still_weighs() -> None:
    # Review of renew21: the period renewed is not the founding paragraph's authorization
    # to use all necessary means; a renewal that does not repeat it leaves it to the flag
    # rules, which weigh it here (no Chapter VII, no force in the new text).
    old = _founding(
        "for a period of three months, and authorizes it to use all necessary means to "
        "carry out its mandate"
    )
    cmp = resdiff.compare(old, _new([_REAFFIRMS, _COMPLY, _EXTENDS]))
    assert any(s.feature == "use-of-force" for s in _weighed(cmp, "dropped"))
