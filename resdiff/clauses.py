"""Clause-level comparison: the clauses of two versions of a provision, aligned and
compared one by one.

A paragraph carries several clauses ("Welcomes ... and requests ..."; "Condemning ...,
recalling ..., and further urging ..."); the analysis found them, each a
:class:`~resdiff.model.Phrase` with the features read inside it. Here the clauses of the
old and the new version are aligned in order (same lead and shared words first), and:

- an aligned pair is compared feature by feature: a verb swapped in the same slot is one
  substitution ranked by tier on its axis; a modifier, a degree of concern, hedges,
  conditions, exemptions, the modal, the scope of the addressee, the life-cycle words of
  measures and mandates, and emphasis words ("immediately", "fully");
- a clause with no counterpart is a demand, call or censure *added* (stronger) or
  *removed* (softer) by its own force, unless its words were there all along (a verb
  repeated because a sentence was split is not a new demand);
- a hedge or condition that goes with its clause is not reported on its own: only the
  features of aligned clauses are compared.

Every shift names its feature, its old and new values and a direction; weights are put
on by the classifier.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import AddresseeMatch, Lexicon
from .model import Clause, Direction, Phrase, Section, Shift

_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Words too common to tell two clauses apart.
_STOP_WORDS = """
    the of and to in a an its their his her on for with by that as at be is are was were
    all any this these those such which who from or also further including into under it
    they them other well has have been will shall should may must not
"""
_STOP = frozenset(_STOP_WORDS.split())
#: Least share of a clause's words found on the other side for it to be old words in a
#: new place (a sentence split or two joined), not a clause added or removed.
CONTAINED = 0.8
#: Least similarity for two clauses with different leads to pair.
PAIR_FLOOR = 0.34
#: Least similarity for two clauses with the same lead to pair.
SAME_LEAD_FLOOR = 0.12
#: Least prescriptive force (axis A) of a clause whose coming or going counts: an
#: encouragement and up. Declaratory clauses ("notes", "welcomes") come and go neutrally.
WEIGHTY_AXIS_A = 2

_SCOPE_RANK = {"narrowed": 1, "plain": 2, "all": 3}
#: The addressee of a clause stands within this many characters after its lead ("calls
#: upon all parties concerned to ...").
ADDRESSEE_START = 25
ADDRESSEE_REACH = 120


@dataclass(frozen=True)
class ClauseView:
    """One clause as the comparison sees it: the phrase, its words, where it stands."""

    phrase: Phrase
    text: str
    words: frozenset[str]
    ref: str
    section: Section
    exempting: bool = False


def content_words(text: str) -> frozenset[str]:
    """The words that tell clauses apart: lower case, without the commonest."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def clause_views(clause: Clause, *, exempting: bool = False) -> list[ClauseView]:
    """The clauses of one paragraph or sub-paragraph's own text (its children are
    compared on their own). ``exempting``: the clause stands in a list of exemptions,
    where a condition tightens rather than loosens."""
    views = []
    for phrase in clause.phrases:
        end = phrase.end if phrase.end is not None else len(clause.text)
        text = clause.text[phrase.start : end]
        views.append(
            ClauseView(
                phrase=phrase,
                text=text,
                words=content_words(text),
                ref=clause.ref,
                section=clause.section,
                exempting=exempting or bool(phrase.exemptions),
            )
        )
    return views


def direction_of(old: int | None, new: int | None) -> Direction:
    """``stronger`` when ``new`` ranks higher, ``softer`` when lower, else ``neutral``."""
    if old is None or new is None or old == new:
        return "neutral"
    return "stronger" if new > old else "softer"


def _flip(direction: Direction) -> Direction:
    return {"stronger": "softer", "softer": "stronger", "neutral": "neutral"}[direction]  # type: ignore[return-value]


def _similarity(a: ClauseView, b: ClauseView) -> float:
    if not a.words and not b.words:
        return 1.0
    shared = len(a.words & b.words)
    return shared / len(a.words | b.words)


def align_clauses(old: Sequence[ClauseView], new: Sequence[ClauseView]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of old and new clauses that are the same clause, in order: the
    order-keeping set of pairs with the best total similarity (a lead kept counts extra).
    Clause lists are short (a paragraph's clauses), so the exact dynamic programme is
    cheap; no character diff runs here."""
    n, m = len(old), len(new)
    if not n or not m:
        return []
    gain = [[0.0] * m for _ in range(n)]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            sim = _similarity(a, b)
            same = a.phrase.lemma == b.phrase.lemma
            if sim >= PAIR_FLOOR or (same and sim >= SAME_LEAD_FLOOR):
                gain[i][j] = sim + (0.3 if same else 0.0) + 0.01
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            value = max(below[j], row[j + 1])
            if gain[i][j]:
                value = max(value, gain[i][j] + below[j + 1])
            row[j] = value
    pairs = []
    i = j = 0
    while i < n and j < m:
        if gain[i][j] and abs(best[i][j] - (gain[i][j] + best[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


class ClauseComparer:
    """Compares the clauses of two versions of a provision with a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    # -- one aligned pair ----------------------------------------------------------

    def pair_shifts(self, old: ClauseView, new: ClauseView, *, verb: str) -> list[Shift]:
        """The shifts between two versions of one clause."""
        o, n = old.phrase, new.phrase
        ref = new.ref
        shifts: list[Shift] = []
        if o.led and n.led:
            lead = self._lead_shifts(o, n, ref, verb)
            if self._winding(n) or self._winding(o):
                # Asking harder for a drawdown or a lifting winds the mandate down
                # further: the force of the verb works against what it acts on.
                lead = [
                    s.model_copy(update={"direction": _flip(s.direction)})
                    if s.feature in (verb, "modifier")
                    else s
                    for s in lead
                ]
            shifts.extend(lead)
        invert = old.exempting or new.exempting
        for feature, was, now in (
            ("hedge", o.hedges, n.hedges),
            ("condition", o.conditions, n.conditions),
        ):
            for item in [x for x in now if x not in was]:
                direction: Direction = "stronger" if invert else "softer"
                shifts.append(
                    Shift(feature=feature, old=None, new=item, direction=direction, ref=ref)
                )
            for item in [x for x in was if x not in now]:
                direction = "softer" if invert else "stronger"
                shifts.append(
                    Shift(feature=feature, old=item, new=None, direction=direction, ref=ref)
                )
        for item in [x for x in n.exemptions if x not in o.exemptions]:
            shifts.append(Shift(feature="exemption", new=item, direction="softer", ref=ref))
        for item in [x for x in o.exemptions if x not in n.exemptions]:
            shifts.append(Shift(feature="exemption", old=item, direction="stronger", ref=ref))
        if o.modal and n.modal and o.modal != n.modal:
            shifts.append(
                Shift(
                    feature="modal",
                    old=o.modal,
                    new=n.modal,
                    ref=ref,
                    direction=direction_of(
                        self.lexicon.modal_rank(o.modal), self.lexicon.modal_rank(n.modal)
                    ),
                )
            )
        shifts.extend(self._scope_shifts(old, new, ref))
        shifts.extend(self._lifecycle_shifts(o.lifecycle, n.lifecycle, ref))
        shifts.extend(self._emphasis_shifts(old, new, ref, invert=invert))
        return shifts

    def _winding(self, phrase: Phrase) -> bool:
        return any(
            x in self.lexicon.lifecycle and not self.lexicon.lifecycle[x].growing
            for x in phrase.lifecycle
        )

    def _lead_shifts(self, o: Phrase, n: Phrase, ref: str, verb: str) -> list[Shift]:
        shifts: list[Shift] = []
        oa, na = o.axis_a or 1, n.axis_a or 1
        ob, nb = o.axis_b, n.axis_b
        if o.lemma == n.lemma:
            if (o.modifier or None) != (n.modifier or None):
                if ob is not None and nb is not None and ob != nb:
                    direction = direction_of(ob, nb)
                elif oa != na:
                    direction = direction_of(oa, na)
                elif n.modifier and not o.modifier:
                    # "strongly encourages": the same tier, pressed harder.
                    direction = "stronger"
                elif o.modifier and not n.modifier:
                    direction = "softer"
                else:
                    direction = "neutral"
                shifts.append(
                    Shift(
                        feature="modifier",
                        old=o.modifier,
                        new=n.modifier,
                        direction=direction,
                        ref=ref,
                    )
                )
        else:
            if oa != na:
                shifts.append(
                    Shift(
                        feature=verb,
                        old=o.text.lower(),
                        new=n.text.lower(),
                        direction=direction_of(oa, na),
                        ref=ref,
                    )
                )
            if ob != nb:
                shifts.append(
                    Shift(
                        feature="censure",
                        old=o.text.lower(),
                        new=n.text.lower(),
                        direction=direction_of(ob or 0, nb or 0),
                        ref=ref,
                    )
                )
        if (
            ob is not None
            and nb is not None
            and ob == nb
            and (o.degree_rank or 1) != (n.degree_rank or 1)
            # The degree ladder runs within one kind of censure ("deep concern" →
            # "deepest concern"); "serious concern" → "alarm" is another word, not less.
            and o.lemma.rsplit(" ", 1)[-1] == n.lemma.rsplit(" ", 1)[-1]
        ):
            shifts.append(
                Shift(
                    feature="degree",
                    old=o.degree or "(plain)",
                    new=n.degree or "(plain)",
                    direction=direction_of(o.degree_rank or 1, n.degree_rank or 1),
                    ref=ref,
                )
            )
        return shifts

    def _scope_shifts(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        if old.phrase.scope is None or new.phrase.scope is None:
            return []
        if old.phrase.scope == new.phrase.scope:
            return []
        a = self._addressee(old)
        b = self._addressee(new)
        if a is None or b is None or a.noun != b.noun or a.scope == b.scope:
            return []
        # A narrowing that is also a hedge ("in a position to do so") is reported once,
        # as the hedge.
        hedged = set(new.phrase.hedges) ^ set(old.phrase.hedges)
        if any(x.by and x.by in hedged for x in (a, b)):
            return []
        return [
            Shift(
                feature="addressee",
                old=a.text,
                new=b.text,
                direction=direction_of(_SCOPE_RANK[a.scope], _SCOPE_RANK[b.scope]),
                ref=ref,
            )
        ]

    def _addressee(self, view: ClauseView) -> AddresseeMatch | None:
        """Who the clause addresses: the addressee right after its lead ("calls upon all
        parties to"), not a noun further on."""
        body = view.text[len(view.phrase.text) :]
        found = self.lexicon.addressee_in(body[:ADDRESSEE_REACH])
        if found is None or found.start > ADDRESSEE_START:
            return None
        return found

    def _lifecycle_shifts(self, old: Sequence[str], new: Sequence[str], ref: str) -> list[Shift]:
        entries = self.lexicon.lifecycle
        shifts: list[Shift] = []

        def stages(ids: Sequence[str]) -> dict[str, str]:
            found: dict[str, str] = {}
            for x in ids:
                entry = entries.get(x)
                if entry is None:
                    continue
                key = "grow" if entry.growing else entry.stage
                found.setdefault(key, entry.label)
            return found

        was, now = stages(old), stages(new)
        for key, label in now.items():
            if key not in was:
                shifts.append(
                    Shift(
                        feature="lifecycle",
                        old=None,
                        new=label,
                        direction="stronger" if key == "grow" else "softer",
                        ref=ref,
                    )
                )
        for key, label in was.items():
            if key not in now:
                shifts.append(
                    Shift(
                        feature="lifecycle",
                        old=label,
                        new=None,
                        direction="softer" if key == "grow" else "stronger",
                        ref=ref,
                    )
                )
        return shifts

    def _emphasis_shifts(
        self, old: ClauseView, new: ClauseView, ref: str, *, invert: bool
    ) -> list[Shift]:
        if not old.phrase.led and not new.phrase.led and invert:
            return []
        was = Counter(x.phrase for x in self.lexicon.emphasis_in(old.text))
        now = Counter(x.phrase for x in self.lexicon.emphasis_in(new.text))
        shifts = []
        for word in sorted((now - was).keys()):
            d: Direction = "softer" if invert else "stronger"
            shifts.append(Shift(feature="emphasis", old=None, new=word, direction=d, ref=ref))
        for word in sorted((was - now).keys()):
            shifts.append(
                Shift(
                    feature="emphasis",
                    old=word,
                    new=None,
                    direction=_flip("softer" if invert else "stronger"),
                    ref=ref,
                )
            )
        return shifts

    # -- clauses with no counterpart ----------------------------------------------

    def lone_shift(self, view: ClauseView, *, added: bool, verb: str) -> Shift | None:
        """The shift of a clause added (or removed) with no counterpart: a demand, call,
        encouragement or censure comes (stronger) or goes (softer); a clause that winds
        a measure or mandate down comes (softer) or goes (stronger); a declaratory clause
        is not named."""
        p = view.phrase
        if not p.led:
            return None
        winding = [
            self.lexicon.lifecycle[x]
            for x in p.lifecycle
            if x in self.lexicon.lifecycle and not self.lexicon.lifecycle[x].growing
        ]
        if winding:
            return Shift(
                feature="lifecycle",
                old=None if added else winding[0].label,
                new=winding[0].label if added else None,
                direction="softer" if added else "stronger",
                ref=view.ref,
            )
        text = p.text.lower()
        if p.axis_b is not None and (p.axis_a or 1) < 3:
            feature = "censure"
        elif (p.axis_a or 1) >= WEIGHTY_AXIS_A:
            feature = verb
        else:
            return None
        return Shift(
            feature=feature,
            old=None if added else text,
            new=text if added else None,
            direction="stronger" if added else "softer",
            ref=view.ref,
        )

    # -- the clauses of a provision ------------------------------------------------

    def compare(
        self,
        old: Sequence[ClauseView],
        new: Sequence[ClauseView],
        *,
        verb: str,
        old_words: frozenset[str],
        new_words: frozenset[str],
    ) -> list[Shift]:
        """Every clause-level shift between two versions of a provision (its clauses in
        order, the parts of a split or merge joined). ``old_words`` and ``new_words`` are
        the words of each whole side: a clause whose words stand on the other side too was
        split off or joined, not added or removed."""
        shifts: list[Shift] = []
        pairs = align_clauses(old, new)
        for i, j in pairs:
            shifts.extend(self.pair_shifts(old[i], new[j], verb=verb))
        paired_old = {i for i, _ in pairs}
        paired_new = {j for _, j in pairs}
        for j, view in enumerate(new):
            if j in paired_new or contained(view.words, old_words):
                continue
            shift = self.lone_shift(view, added=True, verb=verb)
            if shift is not None:
                shifts.append(shift)
        for i, view in enumerate(old):
            if i in paired_old or contained(view.words, new_words):
                continue
            shift = self.lone_shift(view, added=False, verb=verb)
            if shift is not None:
                shifts.append(shift)
        return shifts


def contained(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether most of ``words`` (:data:`CONTAINED`) stand in ``other``."""
    if not words:
        return True
    return len(words & other) / len(words) >= CONTAINED
