"""The mirror: two drafts compared in either order read as opposites. What A -> B
softened, B -> A strengthened; added and dropped swap; the pairing is the same; the
document's direction flips (softer <-> stronger, mixed and neutral stay). The drafts
here are hand-written in ordinary Council wording, one family each of the asymmetries
``benchmarks/mirror.py`` found on the judged pairs and that were fixed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from drafting import draft

import resdiff
from resdiff.model import Comparison

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dprk-2006"


def _mirror_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mirror", ROOT / "benchmarks" / "mirror.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("mirror", module)
    spec.loader.exec_module(module)
    return module


mirror = _mirror_module()

CALL = "Calls upon all parties to abide by their obligations under international law;"
REPORT = "Requests the Secretary-General to report on the situation within ninety days;"
SEIZED = "Decides to remain seized of the matter."


def _both_ways(old: str | Path, new: str | Path) -> tuple[Comparison, Comparison]:
    return resdiff.compare(old, new), resdiff.compare(new, old)


def _asymmetries(forward: Comparison, backward: Comparison) -> object:
    return mirror.mirror_pair({"id": "drafts", "old": "a", "new": "b"}, forward, backward)


def _censure_drafts(old_censure: str, new_censure: str) -> tuple[str, str]:
    return (
        draft([old_censure, CALL, REPORT, SEIZED]),
        draft([new_censure, CALL, REPORT, SEIZED]),
    )


# The censure raised read one way is the censure lowered read the other: a deploring
# left out, a condemnation of the same forces added in another paragraph.
RAISED = (
    draft(
        [
            "Strongly deplores the arbitrary detention of journalists and human rights "
            "defenders by the security forces since March;",
            CALL,
            REPORT,
            SEIZED,
        ]
    ),
    draft(
        [
            CALL,
            REPORT,
            "Condemns the shelling of refugee camps in the eastern provinces by the security "
            "forces, which killed dozens of civilians and displaced thousands;",
            SEIZED,
        ]
    ),
)


def test_the_censure_raised_mirrors_as_the_censure_lowered() -> None:
    forward, backward = _both_ways(*RAISED)
    assert forward.summary.direction == "stronger"
    # Before the mirror rule, the higher censure left out beside a lower one added read
    # "mixed": the flat weights of a condemnation lost and a deploring made tie.
    assert backward.summary.direction == "softer"


def test_censures_of_different_acts_are_no_step_either_way() -> None:
    """A condemnation of the laying of mines left out beside a new deploring of a
    refusal to co-operate with a mission (Senegal 1971) concerns another act: neither a
    censure raised nor one lowered, and the two readings are each other's mirror."""
    old, new = _censure_drafts(
        "Condemns the unlawful laying of anti-personnel mines near the border villages;",
        "Strongly deplores the refusal of the Government to co-operate with the Special Mission;",
    )
    forward, backward = _both_ways(old, new)
    assert forward.summary.direction == "mixed"
    assert backward.summary.direction == "mixed"


def test_a_warning_is_no_rung_of_the_censure_ladder() -> None:
    """A "warns" added beside a deploring left out is a warning made and a censure lost,
    not the censure lowered (S/RES/248 -> 256 (1968), judged stronger)."""
    old = draft(
        [
            "Deplores the repeated violations of the ceasefire line by the armed forces in "
            "the southern sector since March;",
            CALL,
            REPORT,
            SEIZED,
        ]
    )
    new = draft(
        [
            CALL,
            REPORT,
            "Warns that any further military action by the armed forces in violation of the "
            "Charter would compel the Council to meet again to consider further steps;",
            SEIZED,
        ]
    )
    forward, backward = _both_ways(old, new)
    assert forward.summary.direction == mirror.mirrored_direction(backward.summary.direction)
    # Read as the censure lowered, it was "softer" (and "stronger" backward).
    assert forward.summary.direction == "mixed"


def test_a_carve_out_for_an_only_for_is_the_restriction_in_other_words_both_ways() -> None:
    only = (
        "Decides that the authorization shall apply only for the delivery of humanitarian "
        "aid through the crossing point at Bab al-Hawa;"
    )
    carve = (
        "Decides that the authorization shall apply to the delivery of humanitarian aid "
        "through the crossing points, excluding the crossing point at Bab al-Salam;"
    )
    forward, backward = _both_ways(draft([only, REPORT, SEIZED]), draft([carve, REPORT, SEIZED]))
    for cmp in (forward, backward):
        exemptions = [s for c in cmp.changes for s in c.shifts if s.feature == "exemption"]
        assert exemptions, cmp.changes
        assert all(s.direction == "neutral" for s in exemptions), exemptions
    found = _asymmetries(forward, backward)
    assert not found.lone_shifts  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        RAISED,
        (
            draft(["Urges all parties to cease hostilities immediately;", REPORT, SEIZED]),
            draft(["Demands that all parties cease hostilities immediately;", REPORT, SEIZED]),
        ),
        (
            draft([CALL, REPORT, SEIZED]),
            draft([CALL, "Condemns the attacks on humanitarian personnel;", REPORT, SEIZED]),
        ),
    ],
)
def test_ordinary_revisions_mirror(old: str, new: str) -> None:
    forward, backward = _both_ways(old, new)
    found = _asymmetries(forward, backward)
    assert not found.pairing_pairs  # type: ignore[attr-defined]
    assert not found.kinds  # type: ignore[attr-defined]
    assert not found.directions  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("japan-draft.txt", "china-russia-draft.txt"),
        ("japan-draft.txt", "adopted-compromise.txt"),
        ("china-russia-draft.txt", "adopted-compromise.txt"),
    ],
)
def test_the_2006_drafts_mirror(old: str, new: str) -> None:
    """The three drafts of 2006 pair alike and weigh opposite in either order. A kind
    that does not mirror is a reach widened one way only: words added to an ask read
    stronger, the same words taken out are not read narrower (the judges read content
    taken out of an ask as updating as often as softer; clauses/qualifiers.py)."""
    forward, backward = _both_ways(EXAMPLES / old, EXAMPLES / new)
    found = _asymmetries(forward, backward)
    assert not found.pairing_pairs  # type: ignore[attr-defined]
    assert not found.directions  # type: ignore[attr-defined]
    lone = found.lone_shifts  # type: ignore[attr-defined]
    assert set(lone) <= {("scope", False)}, lone
    if found.kinds:  # type: ignore[attr-defined]
        assert lone
