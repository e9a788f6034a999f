"""Asking a comparison or a draft for a paragraph it does not have raises a ``KeyError``
that names the paragraphs there are, as a lineage's or a series' does: a bare
``KeyError: 'OP8'`` leaves a reader to guess whether the number, the side or the draft
was wrong (the final text has one operative paragraph fewer than the earlier one)."""

from __future__ import annotations

import pytest

import resdiff

OLD = """The Security Council,

Recalling its resolution 2374 (2017),

Noting the final report of the Panel of Experts,

1. Decides to renew the measures until 31 August 2023;

2. Demands swift dialogue between the authorities and the Committee;

3. Decides to remain seized of the matter.
"""

NEW = OLD.replace("2. Demands swift dialogue between the authorities and the Committee;\n\n", "")
NEW = NEW.replace("3. Decides to remain", "2. Decides to remain")


@pytest.fixture(scope="module")
def cmp() -> resdiff.Comparison:
    return resdiff.compare(OLD, NEW, paths=False)


def test_change_for_names_both_drafts(cmp: resdiff.Comparison) -> None:
    with pytest.raises(KeyError) as caught:
        cmp.change_for("OP9")
    assert caught.value.args[0] == (
        "OP9: no change touches this ref "
        "(the old draft has PP1–PP2, OP1–OP3; the new, PP1–PP2, OP1–OP2)"
    )


def test_change_for_one_side_names_that_side(cmp: resdiff.Comparison) -> None:
    with pytest.raises(KeyError, match=r"OP3: no change touches this ref on the new side "):
        cmp.change_for("OP3", side="new")
    with pytest.raises(KeyError) as caught:
        cmp.change_for("OP3", side="new")
    assert caught.value.args[0].endswith("(it has PP1–PP2, OP1–OP2)")
    assert cmp.change_for("OP3", side="old").label == "OP3 → OP2"


def test_clause_names_the_draft_and_its_paragraphs() -> None:
    draft = resdiff.parse(NEW, paths=False, name="final.txt")
    with pytest.raises(KeyError) as caught:
        draft.clause("OP3")
    assert caught.value.args[0] == "OP3: no such paragraph in final.txt (it has PP1–PP2, OP1–OP2)"


def test_ref_span_orders_by_number() -> None:
    from resdiff.model.draft import ref_span

    assert ref_span(["OP10", "OP2", "PP1", "OP1bis", "OP1"]) == "PP1, OP1–OP10"
    assert ref_span([]) == "none"
