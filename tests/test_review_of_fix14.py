"""Review of fix14: an expansion of two objects, an exemption refused but for a case
named, a measure's own end beside its exemption. Made-up texts, and one clause of the
corpus read where it lies (../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS
from test_review_fix14 import BAN, CARVE, _added, _compare, _resolution

import resdiff


def _lifecycle(text: str) -> set[str]:
    draft = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    return {x for c in draft.operative[:1] for p in c.phrases for x in p.lifecycle}


@pytest.mark.parametrize(
    ("text", "expands"),
    [
        # S/RES/814 (1993) OP5's wording: the mandate is the verb's second object.
        (
            "Decides to expand the size of the force of the United Nations Operation in "
            "Somalia and its mandate in accordance with the recommendations of the report;",
            True,
        ),
        ("Decides to expand and strengthen the mandate of the Mission;", True),
        # Still not: cooperation, recalled, done before, negated.
        ("Decides to expand cooperation with the African Union and its partners;", False),
        (
            "Decides to expand cooperation with the African Union and the implementation "
            "of its mandate;",
            False,
        ),
        ("Recalling its decision to expand the size of the force and its mandate;", False),
        (
            "Decides, having expanded the size of the force and its mandate, to keep the "
            "matter under review;",
            False,
        ),
        ("Decides not to expand the size of the force and its mandate;", False),
        ("Decides to expand and deepen cooperation with the African Union;", False),
    ],
)
def test_an_expansion_of_a_force_and_its_mandate_is_one(text: str, expands: bool) -> None:
    # fix14's pattern allowed no preposition nor "and" before the mandate: "expand the
    # size of the force ... and its mandate" lost "expanded" (lead's note).
    assert ("expand" in _lifecycle(text)) == expands


def test_s_res_814_op5_expands_the_mandate() -> None:
    path = CORPUS / "scanned" / "S_RES_814_1993.txt"
    if not path.is_file():
        pytest.skip(f"real-text corpus not found at {CORPUS}")
    draft = resdiff.parse(Path(path).read_text(encoding="utf-8"))
    (op5,) = [c for c in draft.operative if c.text.lstrip().startswith("Decides to expand")]
    assert "expand" in {x for p in op5.phrases for x in p.lifecycle}


@pytest.mark.parametrize(
    "conditional",
    [
        "Decides that no individual shall be exempted from the measures imposed by "
        "paragraph 1 unless the Committee determines that the travel is justified on "
        "humanitarian grounds;",
        "Decides that no exemption shall be granted unless the Committee so decides;",
        "Decides that no exemption from the measures imposed by paragraph 1 shall be "
        "granted except with the prior approval of the Committee;",
        "Decides that individuals shall not be exempted from the measures imposed by "
        "paragraph 1 except where the Committee determines that the travel is justified;",
    ],
)
def test_a_refusal_with_an_exception_is_an_exemption_granted(conditional: str) -> None:
    # A refusal but for a case named is an exemption under a condition, as "the measures
    # shall not apply where the Committee determines ..." is: softer, as it read before
    # fix14's refusal rule (lead's note on item 3).
    shifts, direction = _added(conditional)
    assert ("exemption", "softer", 30.0) in shifts and direction == "softer"


@pytest.mark.parametrize(
    "refused",
    [
        # The exemption made elsewhere, or an "unless" of another clause.
        "Decides that no individual shall be exempted from the measures imposed by "
        "paragraph 1 except as provided in paragraph 5 of resolution 800 (1993);",
        "Decides that no individual shall be exempted from the measures imposed by "
        "paragraph 1, and requests the Committee to report unless it decides otherwise;",
    ],
)
def test_a_refusal_stays_a_refusal(refused: str) -> None:
    shifts, direction = _added(refused)
    assert not [s for s in shifts if s[0] == "exemption"] and direction != "softer"


#: A paragraph that imposes the ban and carves out of it.
BOTH = (
    "Decides that all States shall prevent the entry into their territories of the "
    "individuals designated by the Committee, and that the measures imposed by this "
    "paragraph shall not apply to travel for medical treatment"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The paragraph that imposes the measure ends with its exemption: the measure ended.
        (
            [BOTH + ";"],
            [BOTH + ", and decides that this paragraph shall no longer apply after 31 "
             "December 1994;"],
        ),
        # The measures named the subject, in a carving paragraph: they end.
        (
            [BAN, CARVE + ";"],
            [BAN, CARVE + ", and decides that the measures imposed by this paragraph "
             "shall no longer apply after 31 December 1994;"],
        ),
    ],
)  # fmt: skip
def test_a_measure_that_ends_beside_its_exemption_is_softer(old: list[str], new: list[str]) -> None:
    # fix14 read both as an exemption ended (stronger): the first because the paragraph
    # carves, the second because "this paragraph" stands in the subject (lead's note on
    # item 5: a measure ending must still read as a measure ended, softer).
    cmp = _compare(old, new)
    shifts = [s for c in cmp.changes for s in c.shifts if s.feature == "lifecycle"]
    assert [s.direction for s in shifts] == ["softer"] and not shifts[0].detail
    assert cmp.summary.direction == "softer"
