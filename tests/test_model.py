"""The draft model: immutable, exact JSON round trip, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

import resdiff
from resdiff.model import Change, Clause, Draft

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ROOT.parent / "shared" / "corpus" / "scanned"


def example_drafts() -> list[Draft]:
    return [resdiff.parse(p) for p in sorted((ROOT / "examples" / "dprk-2006").glob("*.txt"))]


@pytest.mark.parametrize("draft", example_drafts(), ids=lambda d: d.name)
def test_json_round_trip_is_exact(draft: Draft) -> None:
    assert Draft.model_validate_json(draft.model_dump_json()) == draft


@pytest.mark.skipif(not SCANNED.is_dir(), reason="../shared/corpus/scanned is absent")
def test_json_round_trip_on_scanned_texts() -> None:
    for path in sorted(SCANNED.glob("*.txt"))[:60]:
        draft = resdiff.parse(path)
        assert Draft.model_validate_json(draft.model_dump_json()) == draft, path.name


def test_models_are_immutable() -> None:
    draft = example_drafts()[0]
    with pytest.raises(ValidationError):
        draft.symbol = "S/2099/1"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        draft.operative[0].text = "changed"  # type: ignore[misc]
    assert isinstance(draft.operative, tuple)


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValidationError):
        Clause.model_validate({"ref": "OP1", "section": "operative", "text": "x", "colour": 1})


def test_clause_lookup_walk_and_full_text() -> None:
    japan = resdiff.parse(ROOT / "examples" / "dprk-2006" / "japan-draft.txt")
    op4 = japan.clause("op4")
    assert [c.ref for c in op4.walk()][:3] == ["OP4", "OP4(a)", "OP4(a)(i)"]
    assert "(a) complete rocket systems" in op4.full_text()
    assert op4.lead == "Decides"
    with pytest.raises(KeyError):
        japan.clause("OP42")


def test_walk_is_reading_order_at_any_depth() -> None:
    # Clause.walk and Change.walk run on a stack, not a generator per level: the order
    # must stay pre-order (a clause, then each child's whole subtree, left to right).
    japan = resdiff.parse(ROOT / "examples" / "dprk-2006" / "japan-draft.txt")
    op4 = japan.clause("OP4")
    assert [c.ref for c in op4.walk()] == ["OP4", "OP4(a)", "OP4(a)(i)", "OP4(a)(ii)", "OP4(b)"]
    assert [c.ref for c in japan.walk()][-4:] == ["OP6", "OP6(a)", "OP6(b)", "OP7"]

    def chain(depth: int) -> Clause:
        node = Clause(ref="OP1" + "(a)" * depth, section="operative", text="x")
        for level in range(depth - 1, -1, -1):
            node = Clause(
                ref="OP1" + "(a)" * level, section="operative", text="x", children=(node,)
            )
        return node

    deep = chain(3000)
    assert sum(1 for _ in deep.walk()) == 3001  # no recursion limit on a deep chain
    cmp = resdiff.compare(
        japan, resdiff.parse(ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt")
    )
    for change in cmp.changes:

        def rec(c: Change) -> list[Change]:
            return [c, *(x for child in c.children for x in rec(child))]

        assert [id(c) for c in change.walk()] == [id(c) for c in rec(change)]


def test_texts_hold_every_word_once() -> None:
    path = ROOT / "examples" / "dprk-2006" / "adopted-compromise.txt"
    draft = resdiff.parse(path)
    from resdiff.read.checks import lost_words

    assert lost_words(path.read_text(encoding="utf-8"), draft) == []
    assert any(r.kind == "job-number" for r in draft.furniture)
