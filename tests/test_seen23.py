"""The verdict defects a researcher met on real texts (issue 9, thirty-third session,
branch seen23): a body named in full in one text and by its acronym in the other is the
same body renewed. Made-up wording; the real pair behind it is checked where
``../shared/corpus`` is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafting import CLOSING, draft

import resdiff
from resdiff.classify.acted import _names_near
from resdiff.clauses.views import _same_object, align_clauses, clause_views
from resdiff.explain import describe_shift
from resdiff.lexicon import Lexicon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="the real texts in ../shared/corpus are not present"
)


def test_a_body_named_in_full_is_named_by_its_acronym_too() -> None:
    lexicon = Lexicon.default()
    old = (
        "To renew the mandate of the United Nations Disengagement Observer Force for "
        "another period of six months"
    )
    assert "UNDOF" in _names_near(old, "renewed", lexicon)
    # Small words inside the name give their letter or none: UNMISS, UNIFIL.
    assert "UNMISS" in _names_near(
        "Decides to extend the mandate of the United Nations Mission in South Sudan until "
        "30 April 2024",
        "extended",
        lexicon,
    )
    # Two letters name no one body.
    assert "UN" not in _names_near(
        "Decides to renew the mandate of the United Nations", "renewed", lexicon
    )


def _views(text: str) -> list[resdiff.Clause]:
    return list(resdiff.parse(draft([CLOSING], text)).preamble)


def test_a_verb_is_compared_with_the_verb_of_its_own_object() -> None:
    old = (
        "Reiterating its readiness to review the arms embargo measures in the light of "
        "progress achieved on the key benchmarks for the review of the measures, and "
        "stressing the need for the authorities to ensure the protection of weapons,"
    )
    new = (
        "Encouraging the authorities in their further efforts towards the attainment of "
        "the key benchmarks for the review of the measures, stressing that each embargo "
        "is context specific, and underscoring its readiness to review the arms embargo "
        "measures, and reiterating the need for the authorities to continue improving the "
        "protection of weapons,"
    )
    (a,), (b,) = _views(old), _views(new)
    va, vb = clause_views(a), clause_views(b)
    pairs = align_clauses(va, vb)
    paired = {va[i].phrase.lemma: vb[j].phrase.lemma for i, j in pairs}
    assert paired["reiterating"] == "underscoring"
    cmp = resdiff.compare(draft([CLOSING], old), draft([CLOSING], new))
    words = [describe_shift(s) for c in cmp.changes for p in c.walk() for s in p.shifts]
    assert not any("reiterating → encouraging" in w for w in words)


def test_leads_that_share_only_a_common_opening_are_not_one_slot() -> None:
    # "the need for the" is no object of its own: two clauses that open so about
    # different things are not one slot; "its readiness to review" is.
    (a,), (b,), (c,), (d,) = (
        _views(text)
        for text in (
            "Recalling the need for the parties to respect the ceasefire,",
            "Stressing the need for the international community to fund the programme,",
            "Reiterating its readiness to review the measures,",
            "Underscoring its readiness to review the measures in the light of progress,",
        )
    )
    assert not _same_object(clause_views(a)[0], clause_views(b)[0])
    assert _same_object(clause_views(c)[0], clause_views(d)[0])


@needs_corpus
def test_undof_1993_to_2020_reads_the_renewal_carried_on() -> None:
    cmp = resdiff.compare(
        CORPUS / "scanned" / "S_RES_830_1993.txt", CORPUS / "akn" / "S_RES_2530_2020.xml"
    )
    (renewal,) = [c for c in cmp.changes if c.new == ("OP15",)]
    words = [describe_shift(s) for s in renewal.shifts]
    assert any(w.startswith("measure or mandate renewed (carries on") for w in words)
    assert "operative verb added: decides" not in words
