"""Known edits with ground truth: mutate a real draft and say what a comparison must find.

:func:`mutate` takes an analysed :class:`~resdiff.model.Draft`, applies a number of
realistic edits chosen with a seeded :class:`random.Random`, and returns a
:class:`Mutation`: the old draft, the new draft (renumbered ``PP1..``/``OP1..``, sub-paragraph
refs rebuilt, re-analysed) and the truth, one :class:`Truth` per provision (edited or
not): its old and new refs, the change kind a correct comparison gives, whether it moved,
and for strength edits the shift feature that must be named.

The edits (:data:`EDITS`):

``drop``
    a paragraph is removed (``dropped``).
``insert``
    a paragraph taken from another text (the ``pool``) is added to its own section, when it
    resembles no paragraph of the draft (``added``).
``move``
    a paragraph goes to a position at least three kept paragraphs away in its section
    (``unchanged``, moved). Moves are applied after the other edits, so the distance holds
    in the final draft.
``split``
    a paragraph of at least 16 words is cut at a ``"; "``, ``", and "`` or ``" and "`` near
    its middle; the second part opens with the verb it continued ("Also decides that ...")
    or, when it already opens with one, with that verb capitalised (``reworded``, one old
    ref, two new refs).
``merge``
    two adjacent paragraphs of one section are joined with ``"; and"`` or ``", and further"``,
    the second lead in lower case (``reworded``, two old refs, one new).
``weaken_verb`` / ``strengthen_verb``
    an operative lead is swapped for one of lower or higher tier that takes the same
    construction ("Requests X to" → "Encourages X to", "Decides that" → "Stresses that",
    "Condemns" → "Strongly deplores") (``softened`` / ``strengthened``; feature ``verb``,
    ``censure`` or ``modifier``).
``add_hedge``
    ", as appropriate,", ", where possible," or "in accordance with their national legal
    authorities and legislation" goes after the addressee or before the final punctuation
    of an operative paragraph (``softened``, feature ``hedge``).
``remove_measure``
    a paragraph or sub-paragraph imposing a sanctions measure is removed (a paragraph:
    ``dropped``; a sub-paragraph: its paragraph ``softened``; feature ``measure``).
``drop_chapter_vii``
    "Acting under Chapter VII of the Charter of the United Nations" becomes "Acting under its
    special responsibility for the maintenance of international peace and security"
    (``softened``, feature ``chapter-vii``).
``add_chapter_vii``
    the reverse, or a new last preambular paragraph invoking Chapter VII when the draft
    has neither (``strengthened`` or ``added``, feature ``chapter-vii``).

No provision is edited twice, and the same seed gives the same mutation. The truth is
kept unambiguous: an inserted paragraph resembles no paragraph of the draft, and moves
never cancel out (the paragraphs not moved form the one longest order-keeping chain).

:func:`build_draft` makes a draft of paragraphs taken from anywhere (renumbered), for
tests and benchmarks.

The package is built in rooms of one purpose: :mod:`.state` (the draft while edits are
applied: its paragraphs grouped by the provision they came from, and the text helpers the
edits share), :mod:`.structure` (the edits that change which paragraphs there are and
their order: drop, insert, move, split, merge), :mod:`.strength` (the edits that change a
provision's force: verbs, hedges, measures, Chapter VII) and :mod:`.result` (:class:`Truth`,
:class:`Mutation`, the new draft renumbered and the truth read off, :func:`build_draft`).
This module keeps :data:`EDITS` and :func:`mutate`, which applies them. The public names
are importable from ``resdiff.testing.mutate``, as before the split.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from ...analyze import analyze
from ...lexicon import Lexicon
from ...model import Clause, Draft
from .result import Mutation, Truth, _build, build_draft
from .state import _State
from .strength import (
    CHAPTER_VII,
    SPECIAL_RESPONSIBILITY,
    _add_chapter_vii,
    _add_hedge,
    _drop_chapter_vii,
    _remove_measure,
    _swap_verb,
)
from .structure import _drop, _insert, _merge, _move, _split

__all__ = [
    "CHAPTER_VII",
    "EDITS",
    "SPECIAL_RESPONSIBILITY",
    "Mutation",
    "Truth",
    "build_draft",
    "mutate",
]


#: Every edit :func:`mutate` knows, by name.
EDITS: tuple[str, ...] = (
    "drop",
    "insert",
    "move",
    "split",
    "merge",
    "weaken_verb",
    "strengthen_verb",
    "add_hedge",
    "remove_measure",
    "drop_chapter_vii",
    "add_chapter_vii",
)


_APPLY: dict[str, Callable[[_State], bool]] = {
    "drop": _drop,
    "insert": _insert,
    "move": _move,
    "split": _split,
    "merge": _merge,
    "weaken_verb": lambda st: _swap_verb(st, weaker=True),
    "strengthen_verb": lambda st: _swap_verb(st, weaker=False),
    "add_hedge": _add_hedge,
    "remove_measure": _remove_measure,
    "drop_chapter_vii": _drop_chapter_vii,
    "add_chapter_vii": _add_chapter_vii,
}


def mutate(
    draft: Draft,
    *,
    rng: random.Random,
    edits: int | Sequence[str],
    pool: Sequence[Clause] = (),
    lexicon: Lexicon | None = None,
) -> Mutation:
    """Apply known edits to ``draft`` and return the old draft, the new one and the truth.

    ``edits`` is a number of edits, each drawn at random among those that fit the draft
    (so fewer may be applied when few fit; :attr:`Mutation.edits` lists those applied),
    or a sequence of edit names from :data:`EDITS`, applied in that order (moves last) —
    ``ValueError`` when one fits no provision left. ``pool`` holds paragraphs of other
    texts for ``insert``. ``rng`` makes the result reproducible. The draft is analysed
    first when it was not.
    """
    lex = lexicon or Lexicon.default()
    if draft.lexicon is None:
        draft = analyze(draft, lex)
    st = _State(draft, pool, lex, rng)
    applied: list[str] = []
    moves = 0
    if isinstance(edits, int):
        names = [n for n in EDITS if n != "insert" or pool]
        for _ in range(edits):
            tried: set[str] = set()
            while len(tried) < len(names):
                name = rng.choice(names)
                if name in tried:
                    continue
                tried.add(name)
                if name == "move":
                    moves += 1
                    break
                if _APPLY[name](st):
                    applied.append(name)
                    break
        for _ in range(moves):
            if _move(st):
                applied.append("move")
            elif _drop(st):
                applied.append("drop")
    else:
        unknown = [n for n in edits if n not in _APPLY]
        if unknown:
            raise ValueError(f"unknown edits {unknown}; known: {', '.join(EDITS)}")
        for name in [n for n in edits if n != "move"] + [n for n in edits if n == "move"]:
            if not _APPLY[name](st):
                raise ValueError(f"no provision of {draft.name} fits edit {name!r}")
            applied.append(name)
    new, truth = _build(st)
    return Mutation(old=draft, new=analyze(new, lex), truth=truth, edits=tuple(applied))
