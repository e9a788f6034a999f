"""A provision's strength at one revision, as a history shows it.

:class:`Strength` is its strongest tier on each axis over every lead phrase of the
paragraph and its sub-paragraphs, and the lead phrases that carry them;
:func:`strength` reads it from a clause, naming each lead phrase without its continuers
("Expressing also" is "Expressing"). :mod:`resdiff.history` builds one per provision and
revision (and exports :class:`Strength`).
"""

from __future__ import annotations

from .model import Clause, Frozen, Phrase

__all__ = ["Strength", "said", "strength"]


class Strength(Frozen):
    """The strength of a provision at one revision: its strongest tier on axis A
    (prescriptive force, 1–6) and on axis B (censure, 1–7) over all its clauses, each
    ``None`` when no clause ranks on that axis (or the paragraph has no lead phrase), and
    the lead phrases that carry them ("condemns … demands")."""

    lead: str | None = None
    lemma: str | None = None
    axis_a: int | None = None
    axis_b: int | None = None

    def describe(self) -> str:
        """``condemns (B5)``, ``decides (A6)``, ``recalling`` or ``—``."""
        tiers = " · ".join(
            f"{axis}{tier}" for axis, tier in (("A", self.axis_a), ("B", self.axis_b)) if tier
        )
        lead = self.lead.lower() if self.lead else ""
        if lead and tiers:
            return f"{lead} ({tiers})"
        return lead or tiers or "—"

    @property
    def tiers(self) -> str:
        """Only the tiers: ``A6``, ``B5``, ``A2 · B5`` or ``""``."""
        return " · ".join(
            f"{axis}{tier}" for axis, tier in (("A", self.axis_a), ("B", self.axis_b)) if tier
        )


def said(phrase: Phrase, going_on: tuple[tuple[str, ...], ...]) -> str:
    """A lead phrase as the history names it: its words without the continuers
    (``going_on``: "also", "further", "once again"), which go on with a lead and never
    change its tier, as a comparison reads them (``classify.folding.bare_word``): the
    phrase "Expressing also" (of "Expressing also its desire ...") is "Expressing",
    "Expressing further concern" is "Expressing concern"."""
    words = phrase.text.split()
    kept: list[str] = []
    k = 0
    while k < len(words):
        folded = tuple(w.strip(",;:").lower() for w in words[k:])
        skip = next((len(c) for c in going_on if folded[: len(c)] == c), 0)
        if skip and (kept or k + skip < len(words)):
            k += skip
            continue
        kept.append(words[k])
        k += 1
    return " ".join(kept).rstrip(",;:") or phrase.text


def strength(clause: Clause, going_on: tuple[tuple[str, ...], ...] = ()) -> Strength:
    """The provision's strongest tier on each axis, over every lead phrase of the
    paragraph and its sub-paragraphs, as the red lines read it: "Welcomes the report ...
    and decides to extend the mandate" stands at "decides" (A6), not at "welcomes". Each
    lead phrase is named without its continuers (``going_on``, see :func:`said`)."""
    # Every led phrase, wherever it starts: a paragraph opening with a date or a
    # quotation still has a lead verb, and Clause.lead would hide it.
    led = [p for part in clause.walk() for p in part.phrases if p.led]
    if not led:
        return Strength()
    top_a = max(led, key=lambda p: p.axis_a or 0)
    top_b = max(led, key=lambda p: p.axis_b or 0)
    axis_a = top_a.axis_a
    axis_b = top_b.axis_b
    # The phrase that carries the higher tier names the provision (on a tie, the one that
    # asks, axis A); where the two axes are carried by two phrases both are named, in
    # reading order: "condemns … demands (A5 · B5)". A paragraph of declaratory phrases
    # only is named by its first.
    if not axis_a and not axis_b:
        carriers = [led[0]]
    else:
        # A declaratory phrase (A1: "takes note") carries nothing beside a censure: the
        # censure names the provision ("takes note ... and condemns" is "condemns").
        named_a = top_a if axis_a and (axis_a > 1 or not axis_b) else None
        carriers = [p for p in (named_a, top_b if axis_b else None) if p]
        carriers = list(dict.fromkeys(sorted(carriers, key=led.index)))
    head = top_b if (axis_b or 0) > (axis_a or 0) else top_a if axis_a else led[0]
    return Strength(
        lead=" … ".join(said(p, going_on) for p in carriers),
        lemma=head.lemma,
        axis_a=axis_a,
        axis_b=axis_b,
    )
