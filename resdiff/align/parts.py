"""Paragraphs that only add a part beside a mission, as alignment sees them: "Authorizes
the establishment of a United Nations police component of up to 1,144 personnel as an
integral part of ONUMOZ with the mandate and deployment described in ..." names a
mandate and holds a life-cycle word, but it renews nothing; the paragraph that renewed
the mission's mandate in the old text is not its predecessor. Which life-cycle words add
such a part is the lexicon's (lifecycle.toml, ``beside``), so the caller reads them
(:func:`read_parts`) and the aligner keeps those paragraphs out of the pairing of the one
act on the mandate left on each side (:func:`~resdiff.align.acts.mandate_acts`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..lexicon import Lexicon
from ..model import Clause


class Parts(NamedTuple):
    """The paragraphs of each draft (indices into the lists aligned) whose only life-cycle
    words add a part beside a mission (a component), which act on no mandate."""

    old: frozenset[int] = frozenset()
    new: frozenset[int] = frozenset()


def only_a_part(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether every life-cycle word of ``clause``'s own phrases is one that adds a part
    beside a mission (lifecycle.toml's ``beside``), and it has one."""
    words = [x for p in clause.phrases for x in p.lifecycle]
    entries = lexicon.lifecycle
    return bool(words) and all(x in entries and entries[x].beside for x in words)


def read_parts(old: Sequence[Clause], new: Sequence[Clause], lexicon: Lexicon) -> Parts:
    """:class:`Parts` of ``old`` and ``new`` (top-level paragraphs), read with ``lexicon``."""
    if not any(e.beside for e in lexicon.lifecycle.values()):
        return Parts()
    return Parts(
        frozenset(i for i, c in enumerate(old) if only_a_part(c, lexicon)),
        frozenset(j for j, c in enumerate(new) if only_a_part(c, lexicon)),
    )
