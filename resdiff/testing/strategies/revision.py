"""Drafts revised with known edits: :class:`Revision` (a draft, its revision and the
truth), the paragraphs the ``insert`` edit takes (:func:`pool_clauses`), and
:func:`revisions`, the strategy that applies :func:`resdiff.testing.mutate` to drafts.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import NamedTuple

from hypothesis import strategies as st

from ...analyze import analyze, analyze_clause
from ...lexicon import Lexicon
from ...model import Clause, Draft, Section
from ..mutate import EDITS, Truth, mutate
from .draft import drafts
from .paragraphs import _lexicon

# Paragraphs for the ``insert`` edit of :func:`revisions`: words of their own, so that an
# inserted paragraph resembles none of a generated draft.
_POOL: tuple[tuple[Section, str], ...] = (
    ("preamble", "Welcoming the accession of neighbouring States to the Arms Trade Treaty,"),
    ("preamble", "Noting the work of the independent commission on maritime boundaries,"),
    ("preamble", "Recognizing the contribution of youth associations to reconciliation,"),
    ("preamble", "Stressing that locust swarms threaten pastoral livelihoods in the Sahel,"),
    ("operative", "Encourages donors to finance the rehabilitation of irrigation canals;"),
    ("operative", "Requests the Secretariat to translate the agreement into local "
     "languages;"),
    ("operative", "Invites the Peacebuilding Commission to convene a meeting on youth "
     "employment;"),
    ("operative", "Calls upon all Member States to share satellite imagery of illegal "
     "fishing;"),
    ("operative", "Urges the parties to repatriate the remains of fallen soldiers;"),
    ("operative", "Welcomes the reopening of the railway between the two capitals;"),
)  # fmt: skip


class Revision(NamedTuple):
    """A draft, a revision of it made with known edits, and the truth: one
    :class:`~resdiff.testing.mutate.Truth` per provision (edited or not), saying which
    refs a correct comparison pairs and what kind of change it finds."""

    old: Draft
    new: Draft
    truth: tuple[Truth, ...]

    @property
    def edited(self) -> tuple[Truth, ...]:
        """The truths of the edited provisions only."""
        return tuple(t for t in self.truth if t.edit is not None)


def pool_clauses(lexicon: Lexicon | None = None) -> tuple[Clause, ...]:
    """Paragraphs the ``insert`` edit of :func:`revisions` takes from: analysed, with
    words of their own so that none resembles a paragraph of :func:`drafts`."""
    lex = _lexicon(lexicon)
    out = []
    for k, (section, text) in enumerate(_POOL, 1):
        ref = f"PP{k}" if section == "preamble" else f"OP{k}"
        label = None if section == "preamble" else f"{k}."
        out.append(analyze_clause(Clause(ref=ref, section=section, label=label, text=text), lex))
    return tuple(out)


def revisions(
    base: st.SearchStrategy[Draft] | Draft | None = None,
    *,
    edits: Sequence[str] | None = None,
    min_edits: int = 1,
    max_edits: int = 3,
    pool: Sequence[Clause] | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[Revision]:
    """Revisions of a draft made by known edits, with the truth: ``(old, new, truth)``.

    ``base`` is a strategy of drafts (default :func:`drafts`) or one draft (parsed with
    :func:`resdiff.parse` when it is not analysed). Each example applies ``min_edits`` to
    ``max_edits`` edits chosen at random among those of
    :data:`~resdiff.testing.mutate.EDITS` that fit the draft (drop, insert, move, split,
    merge, weaken or strengthen a verb, add a hedge, remove a measure, drop or add Chapter
    VII) with :func:`resdiff.testing.mutate`; or, with ``edits``, exactly those edits in
    that order (examples where one does not fit are rejected, so choose edits the drafts
    allow). ``pool`` holds the paragraphs ``insert`` takes (default
    :func:`pool_clauses`).

    ``truth`` has one :class:`~resdiff.testing.mutate.Truth` per provision: old and new
    refs, the change kind, ``moved``, the edit and, for strength edits, the shift feature
    and direction a correct comparison names.
    """
    if edits is not None:
        unknown = [e for e in edits if e not in EDITS]
        if unknown:
            raise ValueError(f"unknown edits {unknown}; known: {', '.join(EDITS)}")
    if not 0 <= min_edits <= max_edits:
        raise ValueError("need 0 <= min_edits <= max_edits")
    lex = _lexicon(lexicon)
    source: st.SearchStrategy[Draft]
    if base is None:
        source = drafts(lexicon=lexicon)
    elif isinstance(base, Draft):
        analysed = base if base.lexicon is not None else analyze(base, lex)
        source = st.just(analysed)
    else:
        source = base
    paragraphs = tuple(pool) if pool is not None else pool_clauses(lexicon)

    @st.composite
    def build(draw: st.DrawFn) -> Revision:
        draft = draw(source)
        seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
        rng = random.Random(seed)
        if edits is not None:
            try:
                mutation = mutate(
                    draft, rng=rng, edits=list(edits), pool=paragraphs, lexicon=lexicon
                )
            except ValueError:
                from hypothesis import reject

                reject()
        else:
            n = draw(st.integers(min_value=min_edits, max_value=max_edits))
            mutation = mutate(draft, rng=rng, edits=n, pool=paragraphs, lexicon=lexicon)
        return Revision(mutation.old, mutation.new, mutation.truth)

    return build()
