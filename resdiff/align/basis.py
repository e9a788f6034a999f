"""The basis the Council acts on, as alignment sees it: a recital that states only the
Chapter VII formula ("Acting under Chapter VII of the Charter of the United Nations,")
pairs by no words with an operative paragraph that holds the same formula inside it
("Decides, acting under Chapter VII of the Charter of the United Nations, to renew the
mandate of the Operation ..."). The formula is the basis, compared through the drafts'
Chapter VII flag; what the operative paragraph decides is a provision of its own.

Which paragraphs state a basis alone, and which hold one inside them, is read with the
lexicon (:func:`read_basis`, flags marked ``basis`` in flags.toml); alignment keeps them
apart and, where the new paragraph that carries the formula succeeds an old provision,
puts the old recital into that pairing (:func:`carried_into`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..lexicon import Lexicon
from ..model import Clause
from .links import Link


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command).
class Basis(NamedTuple):
    """The paragraphs of each draft (indices into the lists aligned) that state only the
    basis the Council acts on (``old_only``, ``new_only``: a recital of the Chapter VII
    formula alone), and those that hold it inside a provision of their own
    (``old_within``, ``new_within``: "Decides, acting under Chapter VII, to ...")."""

    old_only: frozenset[int] = frozenset()
    new_only: frozenset[int] = frozenset()
    old_within: frozenset[int] = frozenset()
    new_within: frozenset[int] = frozenset()

    def apart(self, i: int, j: int, old: Sequence[Clause], new: Sequence[Clause]) -> bool:
        """Whether old paragraph ``i`` and new paragraph ``j`` stand in different parts and
        either states only the basis: all the words they share are the formula's, which
        is no evidence that they are one provision."""
        return old[i].section != new[j].section and (i in self.old_only or j in self.new_only)


def basis_recital(lexicon: Lexicon, clause: Clause) -> bool:
    """Whether ``clause`` is a recital that states only the basis the Council acts on
    ("Acting under Chapter VII of the Charter of the United Nations,")."""
    return clause.section == "preamble" and lexicon.basis_only(clause.text)


def read_basis(old: Sequence[Clause], new: Sequence[Clause], lexicon: Lexicon) -> Basis:
    """Which paragraphs of ``old`` and ``new`` state only the basis the Council acts on (a
    recital, without sub-paragraphs, that :meth:`~resdiff.lexicon.Lexicon.basis_only`
    reads so) and which hold it among other words (any paragraph, sub-paragraphs
    included)."""

    def sides(clauses: Sequence[Clause]) -> tuple[frozenset[int], frozenset[int]]:
        only, within = set(), set()
        for k, clause in enumerate(clauses):
            if not clause.children and basis_recital(lexicon, clause):
                only.add(k)
            elif lexicon.basis_in(clause.full_text()) is not None:
                within.add(k)
        return frozenset(only), frozenset(within)

    old_only, old_within = sides(old)
    new_only, new_within = sides(new)
    return Basis(old_only, new_only, old_within, new_within)


def basis_apart(
    links: list[Link], old: Sequence[Clause], new: Sequence[Clause], basis: Basis
) -> list[Link]:
    """``links`` (the pairings made, before the added and dropped are placed) without any
    one-to-one pairing that :meth:`Basis.apart` keeps apart, whatever round made it: the
    recital is left dropped, the paragraph added."""
    if not (basis.old_only or basis.new_only):
        return links
    return [
        link
        for link in links
        if not (
            len(link.old) == 1
            and len(link.new) == 1
            and basis.apart(link.old[0], link.new[0], old, new)
        )
    ]


def carried_into(
    links: list[Link],
    old: Sequence[Clause],
    new: Sequence[Clause],
    basis: Basis,
    score: Callable[[int, int], float] | None = None,
    floor: float = 0.2,
) -> list[Link]:
    """``links`` (the pairings made, before the added and dropped are placed) with an old
    recital of the Chapter VII formula alone, left unpaired, joined to the pairing of the
    one new operative paragraph that holds the formula inside it, where that paragraph
    succeeds an old operative provision that held no formula of its own: "Acting under
    Chapter VII of the Charter," and "Authorizes the mandate for the expanded Operation
    for an initial period through 31 October 1993" became "Decides, acting under Chapter
    VII of the Charter, to renew the mandate of the Operation for an additional period
    expiring on 31 May 1994" (S/RES/814 -> 886 (1993); the judges of both UNOSOM II pairs
    joined them so). One recital and one such paragraph only: with two of either, which
    went where is not told. Where ``score`` is given and an old operative paragraph left
    unpaired scores higher against the new one than its partner, that paragraph is the
    provision it succeeds (814's "Authorizes the mandate ... for an initial period", not
    "Decides to expand the size of the force ... and its mandate", which a round pairing
    mandates by their verbs took), provided it scores ``floor`` or more: the least score
    at which any round pairs two paragraphs (the lesser of
    :attr:`AlignOptions.similar_threshold` and :attr:`AlignOptions.same_lead_threshold`,
    the latter only for paragraphs that open alike). A paragraph that shares less with the
    renewal than that is no predecessor of it, however weak the partner a round gave it.
    The swap may still take one no round would pair: 814's OP6 scores 0.306, under the
    0.45 the rounds ask of paragraphs that open differently (review of fix13)."""
    paired_old = {i for link in links for i in link.old}
    recitals = [i for i in sorted(basis.old_only) if i not in paired_old]
    within = [j for j in sorted(basis.new_within) if new[j].section == "operative"]
    if len(recitals) != 1 or len(within) != 1:
        return links
    (i,), (j,) = recitals, within
    out = []
    for link in links:
        if (
            link.new == (j,)
            and len(link.old) == 1
            and old[link.old[0]].section == "operative"
            and link.old[0] not in basis.old_within
        ):
            k, value = link.old[0], link.score
            if score is not None:
                for m, clause in enumerate(old):
                    if m in paired_old or clause.section != "operative" or m in basis.old_within:
                        continue
                    other = score(m, j)
                    if other > value and other >= floor:
                        k, value = m, other
            link = Link(tuple(sorted((i, k))), link.new, "merged", round(value, 4))
        out.append(link)
    return out
