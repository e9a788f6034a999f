"""The measures a draft holds, each in its strongest mode, and the measures it ends: the
facts the summary, the measure changes and the rival-draft reading all compare."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import MODE_RANK, Clause, MeasureMode


def strongest_measures(clauses: Iterable[Clause]) -> dict[str, tuple[str, MeasureMode, str]]:
    """Each measure kind imposed or kept in ``clauses`` with its label, its strongest mode
    and the ref of the clause that imposes it in that mode (a measure a clause lifts or
    terminates is not imposed there, nor one it only gives an end on a date:
    :attr:`.Measure.sunset_only`)."""
    found: dict[str, tuple[str, MeasureMode, str]] = {}
    for clause in clauses:
        for measure in clause.measures:
            if measure.ends or measure.sunset_only:
                continue
            held = found.get(measure.kind)
            if held is None or MODE_RANK[measure.mode] > MODE_RANK[held[1]]:
                found[measure.kind] = (measure.label, measure.mode, clause.ref)
    return found


def carried_to_an_end(clauses: Iterable[Clause]) -> frozenset[str]:
    """The measure kinds ``clauses`` carry on only to an end on a date
    (:attr:`.Measure.sunset_only`: "the measures imposed by paragraph 1 of resolution 2588
    (2021) shall expire on 31 July 2023"), lifting none: held until then, neither imposed
    (:func:`strongest_measures` leaves them out) nor lifted (:func:`ended_measures`)."""
    return frozenset(m.kind for c in clauses for m in c.measures if m.sunset_only and not m.ends)


def ended_measures(clauses: Iterable[Clause]) -> dict[str, tuple[str, str]]:
    """Each measure kind that ``clauses`` lift, terminate or suspend, with its label and
    the life-cycle word that ends it."""
    found: dict[str, tuple[str, str]] = {}
    for clause in clauses:
        for measure in clause.measures:
            if measure.ends and measure.kind not in found:
                found[measure.kind] = (measure.label, measure.action or "end")
    return found
