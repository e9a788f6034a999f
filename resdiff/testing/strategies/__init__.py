"""Hypothesis strategies for realistic drafts of Security Council resolutions.

Use them to test code that reads, analyses or compares drafts — resdiff itself, or your
own tools built on it::

    from hypothesis import given
    from resdiff.testing.strategies import drafts, draft_texts, revisions

    @given(drafts(chapter_vii=True))
    def test_my_rule_sees_chapter_vii(draft):
        assert draft.chapter_vii

    @given(draft_texts())
    def test_parser_keeps_every_paragraph(text):
        assert resdiff.parse(text).operative

    @given(revisions(drafts(), max_edits=2))
    def test_compare_finds_drops(revision):
        old, new, truth = revision
        cmp = resdiff.compare(old, new)
        ...

The drafts are in UN form (domain.md §1): a masthead with a year-series symbol
(``S/2023/506``), the date and a sponsors line; the enacting formula; preambular
paragraphs opening with a lead phrase of the lexicon and ending with ","; operative
paragraphs opening with a lexicon verb in the 3rd person ("Calls upon", "Strongly
condemns", "Decides that all Member States shall ...") and ending with ";", the last one
"Decides to remain seized of the matter."; sometimes sub-paragraphs (a), (b); sometimes
an Article 39 determination, a Chapter VII invocation as the last preambular paragraph,
and sanctions measures (arms embargo, asset freeze, travel ban, missile items) in a
mandatory, hortatory or voluntary mode. The words come from the lexicon (lead phrases,
verbs) and a small built-in bank of complements, one topic per paragraph so that no two
paragraphs read alike.

Every strategy returns analysed :class:`~resdiff.model.Draft` objects (or their plain
text, :func:`draft_texts`), built directly rather than parsed, so that the parser can be
tested against them: ``resdiff.parse(to_text(draft))`` must give the same paragraphs.

The package is built in rooms of one purpose: :mod:`.vocabulary` (the word bank:
places, sponsors, topics, lead phrases by construction, measures, fixed paragraphs),
:mod:`.paragraphs` (one paragraph built from it, and :func:`clauses`), :mod:`.draft`
(:func:`drafts`, whole drafts in UN form), :mod:`.text` (:func:`to_text` and
:func:`draft_texts`, a draft as plain text) and :mod:`.revision` (:func:`revisions`, drafts
revised with known edits, and their truth). The public names are importable from
``resdiff.testing.strategies``, as before the split.
"""

from __future__ import annotations

from .draft import drafts
from .paragraphs import clauses
from .revision import Revision, pool_clauses, revisions
from .text import draft_texts, to_text
from .vocabulary import CHAPTER_VII_FORMULA, REMAIN_SEIZED

__all__ = [
    "CHAPTER_VII_FORMULA",
    "REMAIN_SEIZED",
    "Revision",
    "clauses",
    "draft_texts",
    "drafts",
    "pool_clauses",
    "revisions",
    "to_text",
]
