"""``benchmarks/objects.py`` reads the object a provision's lead governs: the words past
the lead, without the lexicon's words of force (modifier, degree, modal, hedge), with
the addressee. The drafts here are hand-written in ordinary Council wording."""

from __future__ import annotations

from benchmark_module import load
from drafting import draft

import resdiff
from resdiff.lexicon import Lexicon

objects = load("objects")
NOISE = objects._noise(Lexicon.default())


def _operative(*texts: str) -> list[resdiff.model.Clause]:
    return list(resdiff.parse(draft(list(texts))).operative)


def test_the_same_object_under_a_new_verb_agrees() -> None:
    # "Solemnly calls upon all States to cease forthwith the sale ..." -> "Decides that
    # all States shall cease forthwith ...": the verb and the modal change, the object
    # (all States, the sale of arms) does not.
    old, new = _operative(
        "Solemnly calls upon all States to cease forthwith the sale and shipment of arms "
        "to South Africa;",
        "Decides that all States shall cease forthwith the sale and shipment of arms to "
        "South Africa;",
    )
    lead_old, head_old = objects.governed(old, NOISE, 6)
    lead_new, head_new = objects.governed(new, NOISE, 6)
    assert lead_old != lead_new
    assert {"sale", "arms", "state"} <= head_old & head_new
    # The words of force are no part of the object.
    assert not {"solemnly", "forthwith", "shall"} & (head_old | head_new)


def test_another_object_under_the_same_verb_disagrees() -> None:
    # Two decisions of one sanctions text: the oil exports, then the inspections.
    oil, inspections = _operative(
        "Decides that the measures on the illicit export of petroleum shall apply until 1 May;",
        "Decides to authorize inspections on the high seas of vessels bound to or from Libya;",
    )
    _, head_oil = objects.governed(oil, NOISE, 6)
    _, head_inspections = objects.governed(inspections, NOISE, 6)
    assert head_oil and head_inspections
    assert not head_oil & head_inspections


def test_sole_best_needs_a_single_highest_value() -> None:
    assert objects._sole_best([1.0, 3.0], 3.0)
    assert not objects._sole_best([3.0, 3.0], 3.0)
    assert not objects._sole_best([1.0, 3.0], 1.0)
    assert not objects._sole_best([0.0], 0.0)
