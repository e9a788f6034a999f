"""A named measure whose paragraph is dropped, carried on by a new paragraph that renews
"the measures imposed by paragraphs 1 to 5 of resolution 2588 (2021)": carried on by
reference, as in one paired paragraph (classify/measures.py); only what the old paragraph
cites alike.

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.model import Comparison

_REPORT = (
    "Requests the Secretary-General to report every three months on the work of the Operation;"
)


def _compare(old: list[str], new: list[str]) -> Comparison:
    return resdiff.compare(draft([*old, CLOSING]), draft([*new, CLOSING]))


_EMBARGO = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the "
    "necessary measures to prevent the direct or indirect supply, sale or transfer of arms "
    "and related materiel to the territory;"
)
_BY_REFERENCE = (
    "Decides to renew until 31 July 2023 the measures imposed by paragraphs 1 to 5 of "
    "resolution 2588 (2021);"
)


def _measure_shifts(cmp: Comparison) -> list[tuple[str, str]]:
    return [
        (s.direction, s.describe())
        for c in cmp.changes
        for x in c.walk()
        for s in x.shifts
        if s.feature == "measure"
    ]


def test_an_embargo_renewed_by_reference_in_another_paragraph_is_carried_on() -> None:
    """The old paragraph that imposed the embargo dropped, a new paragraph renewing "the
    measures imposed by paragraphs 1 to 5 of resolution 2588": the embargo carried on, as
    when the two paragraphs pair (leads18), not the embargo dropped beside "the measures
    cited" added (the merge review of the twenty-eighth session, §2dx (b))."""
    cmp = _compare([_EMBARGO, _REPORT], [_REPORT, _BY_REFERENCE])
    shifts = _measure_shifts(cmp)
    assert [d for d, _ in shifts] == ["neutral", "neutral"]
    assert all(
        "carried on by reference to paragraphs 1, 2, 3, 4, 5 of resolution 2588" in s
        for _, s in shifts
    )
    assert "the arms embargo of old OP1" in shifts[1][1]
    assert not cmp.summary.measures_added
    assert not cmp.summary.measures_dropped
    # The renewal still weighs, as a renewal added.
    renewal = next(c for c in cmp.changes if c.new == ("OP2",))
    assert renewal.kind == "added"
    assert "measure or mandate renewed" in [s.describe() for s in renewal.shifts]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # No measure of the old text to carry on: a renewal added, its measures with it
        # (as a named measure renewed in a paragraph added).
        ([_REPORT], [_REPORT, _BY_REFERENCE]),
        # The embargo still named in the new text: the renewal is one more act.
        ([_EMBARGO, _REPORT], [_EMBARGO, _REPORT, _BY_REFERENCE]),
        # The Panel's mandate, set out in other paragraphs than those the renewal cites
        # (found by the mutation benchmark on S/RES/2649 (2022)).
        (
            [
                "Decides to extend until 30 September 2022 the mandate of the Panel of "
                "Experts, as set out in paragraphs 11 to 15 of resolution 2588 (2021);",
                _REPORT,
            ],
            [_REPORT, _BY_REFERENCE.replace("paragraphs 1 to 5", "paragraphs 1 to 7")],
        ),
        # Another regime's measures (the old text cites resolution 2127, not 2588).
        (
            [
                _EMBARGO.replace("territory;", "territory, as decided in resolution 2127 (2013);"),
                _REPORT,
            ],
            [_REPORT, _BY_REFERENCE],
        ),
    ],
)
def test_a_renewal_by_reference_carries_on_only_what_the_old_text_named(
    old: list[str], new: list[str]
) -> None:
    cmp = _compare(old, new)
    assert not [s for _, s in _measure_shifts(cmp) if "carried on by reference" in s]
