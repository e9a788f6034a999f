"""A recital that states only the basis the Council acts on ("Acting under Chapter VII of
the Charter of the United Nations,"), joined by alignment to the operative paragraph
that now holds the formula (:mod:`resdiff.align.basis`): the provision is the operative
paragraph's, and the recital is compared by the Chapter VII flag, not as a clause whose
lead stands against the provision's verb."""

from __future__ import annotations

from collections.abc import Sequence

from ..align.basis import basis_recital
from ..lexicon import Lexicon
from ..model import Clause, Section, Shift

#: The note of the formula's recital carried into an operative paragraph (S/RES/814 -> 886
#: (1993)): the basis kept, named, not weighed.
CARRIED_INTO_NOTE = "the recital of the basis alone, carried into the provision's own words"


def provision_part(lexicon: Lexicon, clauses: Sequence[Clause]) -> Section:
    """The part a provision stands in: its first clause's, passing over a recital joined
    to it that states only the basis ("Acting under Chapter VII of the Charter," carried
    into "Decides, acting under Chapter VII, to renew the mandate": no provision promoted
    to the operative part)."""
    if len(clauses) > 1:
        for clause in clauses:
            if not basis_recital(lexicon, clause):
                return clause.section
    return clauses[0].section


def besides_basis(lexicon: Lexicon, side: Sequence[Clause], clauses: list[Clause]) -> list[Clause]:
    """``clauses`` (``side`` and, maybe, its sub-paragraphs) without the recitals of the
    basis alone that stand in ``side`` beside a provision."""
    if len(side) < 2:
        return clauses
    return [c for c in clauses if not basis_recital(lexicon, c)] or clauses


def carried_shift(lexicon: Lexicon, old_text: str, new_text: str, ref: str) -> Shift | None:
    """The neutral shift that names the recital of the Chapter VII formula alone carried
    into the provision's own words, or ``None`` where the basis is not the same on both
    sides: "Acting under its primary responsibility ..." carried into "Decides, acting
    under Chapter VII, to ..." is Chapter VII invoked, which the flags weigh, not the
    formula kept; the same "special responsibility" carried is no Chapter VII at all."""
    formula = lexicon.basis_in(old_text)
    within = lexicon.basis_in(new_text)
    if formula is None or within is None or formula.flag != within.flag:
        return None
    if formula.flag != "chapter_vii" and not lexicon.chapter_vii_recalled(formula):
        return None
    return Shift(
        feature="chapter-vii",
        old=formula.text,
        new=within.text,
        direction="neutral",
        ref=ref,
        note=CARRIED_INTO_NOTE,
    )
