"""A sunset given by paragraph number (issue 9 §4, twenty-seventh session; branch sunset17).

"Decides that the measures imposed by paragraph 1 of resolution 2588 (2021) shall expire on
31 July 2023" keeps the measures until the date and then ends them: against an old text
that imposed or renewed the embargo it is a sunset (softer) and the embargo carried on by
reference (neutral), as life17's final renewal reads; it is not the embargo removed. A
measure cited by reference whose only life-cycle word is such an end imposes nothing, in a
paragraph added too (the review of life17 read "... shall terminate on 31 January 2023"
added as the embargo added).

Made-up wording, with the counter-examples that must not change."""

from __future__ import annotations

import json

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.classify.modes import strongest_measures
from resdiff.model import Comparison, Draft, Shift

_CAR = (
    "Decides that, until 31 July 2022, all Member States shall continue to take the "
    "necessary measures to prevent the direct or indirect supply, sale or transfer of arms "
    "and related materiel to the territory;"
)
_BY = "the measures imposed by paragraph 1 of resolution 2588 (2021)"
_EXPIRES = [
    f"Decides that {_BY} shall expire on 31 July 2023;",
    f"Decides that {_BY} shall terminate on 31 July 2023;",
    f"Decides that {_BY} will expire at the end of the transition;",
]


def _compare(old: str, new: str) -> Comparison:
    return resdiff.compare(draft([old, CLOSING]), draft([new, CLOSING]))


def _shifts(cmp: Comparison, feature: str) -> list[Shift]:
    return [
        s for c in cmp.changes for part in c.walk() for s in part.shifts if s.feature == feature
    ]


@pytest.mark.parametrize("new", _EXPIRES)
def test_an_expiry_by_reference_is_a_sunset_not_the_embargo_removed(new: str) -> None:
    cmp = _compare(_CAR, new)
    assert [s.new for s in _shifts(cmp, "lifecycle") if s.direction == "softer"] == [
        "given a sunset"
    ]
    measures = _shifts(cmp, "measure")
    assert not [s for s in measures if s.direction == "softer"]
    assert [s.note for s in measures] == [
        "carried on by reference to paragraph 1 of resolution 2588"
    ]
    assert not cmp.summary.measures_dropped
    assert not cmp.summary.measures_added


@pytest.mark.parametrize("new", _EXPIRES)
def test_an_expiry_by_reference_imposes_nothing(new: str) -> None:
    (op1, _) = resdiff.parse(draft([new, CLOSING])).operative
    assert [m.sunset_only for m in op1.measures] == [True]
    assert strongest_measures([op1]) == {}


def test_an_expiry_by_reference_added_is_no_measure_added() -> None:
    cmp = resdiff.compare(draft([_CAR, CLOSING]), draft([_CAR, _EXPIRES[0], CLOSING]))
    assert not [s for s in _shifts(cmp, "measure") if s.direction == "stronger"]
    assert not cmp.summary.measures_added
    # The text's own paragraph cited, its kind named by it (the red-lines case).
    own = draft(["Decides that all Member States shall prevent the supply of arms;", CLOSING])
    ended = draft(
        [
            "Decides that all Member States shall prevent the supply of arms;",
            "Decides that the measures imposed by paragraph 1 shall terminate on 31 January 2023;",
            CLOSING,
        ]
    )
    cmp = resdiff.compare(own, ended)
    assert not cmp.summary.measures_added
    assert [s.new for s in _shifts(cmp, "lifecycle")] == ["given a sunset"]


# -- counter-examples that must not change ------------------------------------------------


@pytest.mark.parametrize(
    "new",
    [
        f"Decides to terminate {_BY};",
        f"Decides that {_BY} shall no longer apply;",
        f"Decides that {_BY} shall terminate;",
    ],
)
def test_an_end_now_by_reference_still_ends_the_embargo(new: str) -> None:
    cmp = _compare(_CAR, new)
    assert [s for s in _shifts(cmp, "measure") if s.direction == "softer"]
    assert [m.measure for m in cmp.summary.measures_dropped] == ["arms_embargo"]


def test_shall_not_expire_is_no_sunset() -> None:
    cmp = _compare(_CAR, f"Decides that {_BY} shall not expire on 31 July 2023;")
    assert "given a sunset" not in [s.new for s in _shifts(cmp, "lifecycle")]
    (op1, _) = resdiff.parse(draft([f"Decides that {_BY} shall not expire;", CLOSING])).operative
    assert not [m for m in op1.measures if m.sunset_only]


def test_a_final_renewal_by_reference_still_renews() -> None:
    new = f"Decides to renew for a final period until 31 July 2023 {_BY};"
    cmp = _compare(_CAR, new)
    assert [s.note for s in _shifts(cmp, "measure")] == [
        "carried on by reference to paragraph 1 of resolution 2588"
    ]
    # Its clause carries the measures on to their end: imposed nowhere by it, as an
    # expiry (sunset17 read it as renewing them, so "the measures cited" added in a
    # paragraph with no counterpart; issue 9 §4, twenty-eighth session: tests/test_leads18.py).
    (op1, _) = resdiff.parse(draft([new, CLOSING])).operative
    assert [m.sunset_only for m in op1.measures] == [True]


def test_an_end_of_the_measures_beside_exemptions_kept_imposes_nothing() -> None:
    # The exemptions' "remain in force" after the expiry acts on its own subject.
    text = (
        f"Decides that {_BY} shall expire on 31 July 2023 and that the exemptions set out in "
        "paragraph 9 shall remain in force until then;"
    )
    (op1, _) = resdiff.parse(draft([text, CLOSING])).operative
    assert [m.sunset_only for m in op1.measures] == [True]


def test_a_version_3_draft_reads_as_version_4_with_no_measure_given_only_an_end() -> None:
    # Version 4 of the draft contract added Measure.sunset_only (default false): a draft
    # written as version 3 reads, upgraded, and writes back as version 4.
    draft = resdiff.parse(
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the measures imposed by paragraph 1 of resolution 2588 (2021) "
        "shall expire on 31 July 2023;\n"
    )
    data = json.loads(draft.model_dump_json())
    assert data["schema"] == "resdiff.draft/4"
    old = {**data, "schema": "resdiff.draft/3"}
    for clause in old["operative"]:
        for measure in clause["measures"]:
            measure.pop("sunset_only")
    read = Draft.model_validate(old)
    assert read.schema_ == "resdiff.draft/4"
    assert all(not m.sunset_only for c in read.operative for m in c.measures)
