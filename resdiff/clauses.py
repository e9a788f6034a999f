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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .lexicon import AddresseeMatch, Lexicon, QualifierMatch
from .lexicon.entries import MONTH_NAMES
from .model import Clause, Direction, Phrase, Redline, Section, Shift
from .redline import DELETE, EQUAL, INSERT, diff_units, redline

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
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

#: A decision (a clause at this tier, "decides") restated by "reaffirms" or "recalls"...
RESTATED_TIER = 6
#: ... with at least this share of the same words is the same provision, not a weaker one.
RESTATED_OVERLAP = 0.5
#: A qualifier inserted (or deleted) in one run with at least this many other content
#: words came (or went) with new words, which it qualifies.
QUALIFIED_WORDS = 4
#: A clause's reach is widened when at least this many content words are added and at
#: most a third as many taken away.
REACH_WORDS = 4
REACH_RATIO = 3
#: ... or when an item of at least this many content words is joined to a list in what
#: the clause covers, with nothing taken away beside it.
REACH_JOINED_WORDS = 2
#: Reach is read in asks (an encouragement and up) and in censure from this tier up
#: ("deplores", "condemns"): what a concern is about, widened, is new facts ("grave
#: concern at ... and exploitation of the licit financial system"), not more concern.
REACH_AXIS_B = 3
#: An ask gone and one come at the same tier in one provision are one ask recast when
#: they share at least this many content words (beside the lead).
RECAST_SHARED = 2
#: Clause lists longer than this (per side) are aligned in order by lead, not by the
#: exact programme, which grows with the product of the lengths.
ALIGN_LIMIT = 60

_SCOPE_RANK = {"narrowed": 1, "plain": 2, "all": 3}
#: The addressee of a clause stands within this many characters after its lead ("calls
#: upon all parties concerned to ..."); the analysis reads ``Phrase.scope`` there too.
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
        # What the clause governs tells clauses apart; its lead is compared on its own (a
        # verb swapped is a substitution, not a reason to leave two clauses unpaired).
        lead = (
            len(phrase.text) if phrase.led and text.lower().startswith(phrase.text.lower()) else 0
        )
        views.append(
            ClauseView(
                phrase=phrase,
                text=text,
                words=content_words(text[lead:]),
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


def _similarity(a: ClauseView, b: ClauseView, *, shared_lead: bool = False) -> float:
    if not a.words and not b.words:
        return 1.0
    extra = 1 if shared_lead else 0
    shared = len(a.words & b.words) + extra
    return shared / (len(a.words | b.words) + extra)


def align_clauses(old: Sequence[ClauseView], new: Sequence[ClauseView]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` of old and new clauses that are the same clause, in order: the
    order-keeping set of pairs with the best total similarity (a lead kept counts extra),
    by an exact dynamic programme over the two lists (no character diff runs here). A
    paragraph's clauses are few; past :data:`ALIGN_LIMIT` on a side, the clauses are
    aligned by their leads in order instead, which stays linear."""
    n, m = len(old), len(new)
    if not n or not m:
        return []
    if n > ALIGN_LIMIT or m > ALIGN_LIMIT:
        return _align_by_lead(old, new)
    # The opening clauses pair whatever else changed only when each side has no other led
    # clause: with more, the one whose words match is the counterpart.
    single = sum(v.phrase.led for v in old) == 1 and sum(v.phrase.led for v in new) == 1
    gain = [[0.0] * m for _ in range(n)]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            same = a.phrase.lemma == b.phrase.lemma
            # A lead kept is a word the two clauses share (the words exclude the lead).
            sim = _similarity(a, b, shared_lead=same and a.phrase.led)
            if same and a.phrase.led and _cut_from(a.words, b.words):
                # "Expressing deep concern at X, and that Y" → "Expressing deep concern
                # at X, and stressing that Y": the clause kept its lead and its words,
                # and the rest became a clause of its own; the new lead did not replace
                # it, however many of the words it took.
                sim = max(sim, CONTAINED)
            # The clauses a paired paragraph opens with stand in the same slot: "Decides
            # that all States shall prevent ..." → "Requires all States ... to exercise
            # vigilance and prevent ..." is one verb swapped, however much else changed.
            lead_slot = (
                single
                and i == j == 0
                and a.phrase.led
                and b.phrase.led
                and a.phrase.start == b.phrase.start == 0
            )
            if sim >= PAIR_FLOOR or (same and sim >= SAME_LEAD_FLOOR) or lead_slot:
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


def _align_by_lead(old: Sequence[ClauseView], new: Sequence[ClauseView]) -> list[tuple[int, int]]:
    """Long clause lists: the leads diffed as units, equal runs paired in order."""
    pairs: list[tuple[int, int]] = []
    i = j = 0
    for op, units in diff_units([v.phrase.lemma for v in old], [v.phrase.lemma for v in new]):
        if op == EQUAL:
            pairs.extend((i + k, j + k) for k in range(len(units)))
            i += len(units)
            j += len(units)
        elif op < 0:
            i += len(units)
        else:
            j += len(units)
    return pairs


class ClauseComparer:
    """Compares the clauses of two versions of a provision with a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # "Further", "in this context": words that continue a series, never a wider ask.
        self._continuers = frozenset(
            w
            for key, entry in lexicon.modifiers.items()
            if entry.kind == "continuer"
            for w in _WORD.findall(key.lower())
        )

    # -- one aligned pair ----------------------------------------------------------

    def pair_shifts(
        self, old: ClauseView, new: ClauseView, *, verb: str, qualifiers: bool = True
    ) -> list[Shift]:
        """The shifts between two versions of one clause. ``qualifiers=False`` compares
        the lead and the addressee only (a split or a merge compares its qualifiers over
        the whole, see :meth:`compare`)."""
        o, n = old.phrase, new.phrase
        ref = new.ref
        shifts: list[Shift] = []
        if o.led and n.led:
            lead = self._lead_shifts(o, n, ref, verb)
            if self._restated(old, new):
                # "Decides that ..." → "Reaffirms that ..." with the same words: the
                # standing decision restated, not weakened (and the reverse).
                lead = [
                    s.model_copy(update={"direction": "neutral", "detail": "restated"})
                    if s.feature == verb
                    else s
                    for s in lead
                ]
            if _unread_censure(old, new) or _unread_censure(new, old):
                # "Reiterating its concern" → "Reiterating its indignation": the verb
                # kept, what the Council now holds is a noun the lexicon does not know.
                # A phrase not understood is not weighed as censure gone (or come).
                lead = [s for s in lead if s.feature != "censure"]
            if self._winding(n) or self._winding(o):
                # Asking harder for a drawdown or a lifting winds the mandate down
                # further: the force of the verb works against what it acts on.
                lead = [
                    s.model_copy(
                        update={"direction": _flip(s.direction), "detail": "asks to wind down"}
                    )
                    if s.feature in (verb, "modifier")
                    else s
                    for s in lead
                ]
            shifts.extend(lead)
        invert = old.exempting or new.exempting
        shifts.extend(self._scope_shifts(old, new, ref))
        shifts.extend(self._named_shifts(old, new, ref))
        shifts.extend(self._item_shifts(old, new, ref))
        if not qualifiers:
            return shifts
        shifts.extend(
            self.qualifier_shifts(
                {"hedge": o.hedges, "condition": o.conditions, "exemption": o.exemptions},
                {"hedge": n.hedges, "condition": n.conditions, "exemption": n.exemptions},
                old.text,
                new.text,
                ref,
                invert=invert,
            )
        )
        shifts.extend(self._exemption_scope(old, new, ref))
        shifts.extend(
            self._modal_shift([o.modal] if o.modal else [], [n.modal] if n.modal else [], ref)
        )
        shifts.extend(self._reach(old, new, ref, invert=invert))
        return shifts

    def qualifier_shifts(
        self,
        was: dict[str, Sequence[str]],
        now: dict[str, Sequence[str]],
        old_text: str,
        new_text: str,
        ref: str,
        *,
        invert: bool,
    ) -> list[Shift]:
        """Hedges, conditions and exemptions added (softer) or removed (stronger) between
        two versions of a clause (or of a split's parts, joined); inverted in a list of
        exemptions. One hedge or condition traded for another is named, not weighed, and
        one that came or went together with the words it qualifies is not reported."""
        shifts: list[Shift] = []
        ops: Redline = ()
        qualifying: frozenset[str] = frozenset()
        softer: Direction = "stronger" if invert else "softer"
        printed = {**self._printed(old_text), **self._printed(new_text)}

        def shown(key: str) -> str:
            # The words as the text prints them ("as applicable"); the entry they belong to
            # ("where relevant") when it reads otherwise.
            words = printed.get(key, key)
            return words if words.lower() == key else f"{words}” (“{key}"

        for feature in ("hedge", "condition", "exemption"):
            came = [x for x in now[feature] if x not in was[feature]]
            gone = [x for x in was[feature] if x not in now[feature]]
            if came and gone and feature != "exemption":
                shifts.append(
                    Shift(
                        feature=feature,
                        old=", ".join(printed.get(x, x) for x in gone),
                        new=", ".join(printed.get(x, x) for x in came),
                        direction="neutral",
                        ref=ref,
                    )
                )
                continue
            if feature == "exemption":
                # A carve-out added to a measure narrows it, in whatever list it stands.
                shifts += [Shift(feature=feature, new=x, direction="softer", ref=ref) for x in came]
                shifts += [
                    Shift(feature=feature, old=x, direction="stronger", ref=ref) for x in gone
                ]
                continue
            if (came or gone) and not ops:
                ops = redline(old_text, new_text)
                qualifying = self._qualifier_words(old_text) | self._qualifier_words(new_text)
            for item in came:
                if not _with_new_words(printed.get(item, item), ops, INSERT, qualifying):
                    shifts.append(
                        Shift(feature=feature, new=shown(item), direction=softer, ref=ref)
                    )
            for item in gone:
                if not _with_new_words(printed.get(item, item), ops, DELETE, qualifying):
                    shifts.append(
                        Shift(feature=feature, old=shown(item), direction=_flip(softer), ref=ref)
                    )
        return shifts

    def _modal_shift(self, old: Sequence[str], new: Sequence[str], ref: str) -> list[Shift]:
        """The strongest modal of each side, changed: shall > should > may. A split or
        merge that keeps every modal changes none, though a part's own first modal may
        differ from the whole's."""
        if not old or not new or Counter(old) == Counter(new):
            return []
        a = max(old, key=lambda m: self.lexicon.modal_rank(m) or 0)
        b = max(new, key=lambda m: self.lexicon.modal_rank(m) or 0)
        if a == b:
            return []
        return [
            Shift(
                feature="modal",
                old=a,
                new=b,
                ref=ref,
                direction=direction_of(self.lexicon.modal_rank(a), self.lexicon.modal_rank(b)),
            )
        ]

    def _item_shifts(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        """A measure's items moved on their ladder: "small arms and light weapons" →
        "arms and related materiel of all types" widens an embargo."""
        was, now = self.lexicon.items_in(old.text), self.lexicon.items_in(new.text)
        shifts = []
        for measure in sorted(set(was) & set(now)):
            (a, a_words), (b, b_words) = was[measure], now[measure]
            if a != b:
                label = (
                    self.lexicon.measures[measure].label
                    if measure in self.lexicon.measures
                    else measure
                )
                shifts.append(
                    Shift(
                        feature="measure",
                        old=a_words,
                        new=b_words,
                        direction="stronger" if b > a else "softer",
                        ref=ref,
                        detail=f"{label}: items",
                    )
                )
        return shifts

    def _printed(self, text: str) -> dict[str, str]:
        """Each hedge, condition and exemption of ``text`` by entry, as printed."""
        found = [
            *[(h.hedge, h.text) for h in self.lexicon.hedges_in(text)],
            *[(c.phrase, c.text) for c in self.lexicon.conditions_in(text)],
            *[(c.phrase, c.text) for c in self.lexicon.exemptions_in(text)],
        ]
        return {key: " ".join(words.split()) for key, words in found}

    def _qualifier_words(self, text: str) -> frozenset[str]:
        texts = [h.text for h in self.lexicon.hedges_in(text)]
        texts += [c.text for c in self.lexicon.conditions_in(text)]
        return frozenset(w for t in texts for w in _WORD.findall(t.lower()))

    def _exemption_scope(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        """What an exemption covers, widened or narrowed: the words after "excluding" or
        "shall not apply to" in a clause that carves out on both sides, or the whole item
        in a list of exemptions ("(g) supplies of ... and spare parts")."""
        old_tail, new_tail = self._carved(old), self._carved(new)
        if old_tail is None or new_tail is None:
            return []
        shifts = self._safeguard_shifts(old_tail, new_tail, ref)
        # What the exemption is granted under (approval, notice) is not what it covers.
        guarded = self._guard_words(old_tail) | self._guard_words(new_tail)
        more = [
            w
            for w in content_words(new_tail) - content_words(old_tail)
            if not w[0].isdigit() and w not in guarded
        ]
        fewer = [
            w
            for w in content_words(old_tail) - content_words(new_tail)
            if not w[0].isdigit() and w not in guarded
        ]
        if more and len(more) >= 2 * len(fewer):
            shifts.append(
                Shift(
                    feature="exemption",
                    old=None,
                    new=_runs(redline(old_tail, new_tail), INSERT),
                    direction="softer",
                    ref=ref,
                    detail="exemption widened",
                )
            )
        elif fewer and len(fewer) >= 2 * len(more):
            shifts.append(
                Shift(
                    feature="exemption",
                    old=_runs(redline(old_tail, new_tail), DELETE),
                    new=None,
                    direction="stronger",
                    ref=ref,
                    detail="exemption narrowed",
                )
            )
        return shifts

    def _guard_words(self, text: str) -> frozenset[str]:
        found = [x.text for x in self.lexicon.safeguards_in(text)]
        return frozenset(w for t in found for w in _WORD.findall(t.lower()))

    def _safeguard_shifts(self, old_tail: str, new_tail: str, ref: str) -> list[Shift]:
        """An exemption granted under a lesser safeguard (prior approval → notification →
        nothing) is widened; under a greater one, narrowed."""

        def strongest(text: str) -> tuple[int, str]:
            found = [
                (self.lexicon.safeguard_rank(x.phrase), x.phrase)
                for x in self.lexicon.safeguards_in(text)
            ]
            return max(found, default=(0, "no safeguard"))

        (a, a_name), (b, b_name) = strongest(old_tail), strongest(new_tail)
        if a == b:
            return []
        how = "exemption narrowed" if b > a else "exemption widened"
        return [
            Shift(
                feature="exemption",
                old=a_name,
                new=b_name,
                direction="stronger" if b > a else "softer",
                ref=ref,
                detail=f"{how}: {a_name} → {b_name}",
            )
        ]

    def _reach(self, old: ClauseView, new: ClauseView, ref: str, *, invert: bool) -> list[Shift]:
        """What a demand, a call or a condemnation covers, widened: words added to what
        the clause asks or condemns ("condemns attacks on civilians" → "... on civilians
        and on schools, including children and teachers"), with few taken away. New facts
        in a declaratory clause, or in what a concern is about, are not a widening."""
        o, n = old.phrase, new.phrase
        if not (o.led and n.led):
            return []
        forceful = (n.axis_a or 1) >= WEIGHTY_AXIS_A or (n.axis_b or 0) >= REACH_AXIS_B
        if not forceful or old.exempting or new.exempting or self._winding(n):
            # What a clause that winds a measure down covers is not a wider ask.
            return []
        if old.text == new.text or len(new.words - old.words) < REACH_JOINED_WORDS:
            # Fewer new words than a widening takes: no need to diff the clause.
            return []
        ops = _numbers_aside_redline(old.text[len(o.text) :], new.text[len(n.text) :])
        inserted = " ".join(text for op, text in ops if op == INSERT)
        if any(not x.growing for x in self.lexicon.lifecycle_in(inserted)):
            return []
        # Qualifiers are not reach: a hedge added is a hedge, not a wider ask.
        qualifying = self._qualifier_words(old.text) | self._qualifier_words(new.text)
        # Words taken out in one place and put back in another ("the mission's freedom of
        # movement" → "safety, security, and freedom of movement of ... personnel") stay.
        moved = _lower_words(text for op, text in ops if op == INSERT) & _lower_words(
            text for op, text in ops if op == DELETE
        )
        qualifying |= self._continuers
        # A reference added ("in line with the roadmap of 27 May 2021", "and other
        # relevant resolutions") says where the ask stands, not that it asks more.
        more = _count_words(
            (text for k, (op, text) in enumerate(ops) if op == INSERT and not _cited(ops, k)),
            qualifying | moved,
        )
        fewer = _count_words((text for op, text in ops if op == DELETE), qualifying | moved)
        # A short item joined to what the clause asks ("monitoring of conflict and
        # post-conflict situations", "weapons distribution and tracing") widens it
        # however few its words; other short insertions are most often rephrasing.
        joined = _count_words(_joined_items(ops), qualifying | moved)
        if fewer * REACH_RATIO <= more and (more >= REACH_WORDS or joined >= REACH_JOINED_WORDS):
            return [
                Shift(
                    feature="scope",
                    old=None,
                    new=_runs(ops, INSERT),
                    direction="softer" if invert else "stronger",
                    ref=ref,
                    detail="reach widened",
                )
            ]
        # Words taken away are not read as a narrowing: on real texts they are most
        # often facts overtaken, names shortened to acronyms, or text moved to another
        # paragraph (measured on the hand-judged benchmark: reading them as narrowing
        # cut the precision of "softened" from 0.65 to 0.48). So reach is the one
        # feature that does not mirror when the drafts swap.
        return []

    def _carved(self, view: ClauseView) -> str | None:
        if view.phrase.exemptions:
            found = self.lexicon.exemptions_in(view.text)
            return view.text[found[0].end :] if found else None
        if view.exempting and not view.phrase.led:
            return view.text
        return None

    def _restated(self, old: ClauseView, new: ClauseView) -> bool:
        o, n = old.phrase, new.phrase
        if o.lemma == n.lemma or not (
            self.lexicon.restates(o.lemma) or self.lexicon.restates(n.lemma)
        ):
            return False
        decisive = max(o.axis_a or 1, n.axis_a or 1) >= RESTATED_TIER
        if not decisive:
            return False
        body_old = content_words(old.text[len(o.text) :])
        body_new = content_words(new.text[len(n.text) :])
        union = body_old | body_new
        return bool(union) and len(body_old & body_new) / len(union) >= RESTATED_OVERLAP

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

    def _named_shifts(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        """Named addressees of an ask joined or left: "calling for the FGS to" →
        "calling for the FGS and FMS to" asks more of more actors (stronger); the
        mirror is softer. Only when one list holds the other."""
        if (new.phrase.axis_a or 1) < WEIGHTY_AXIS_A or (old.phrase.axis_a or 1) < WEIGHTY_AXIS_A:
            return []
        a, b = _named_addressees(old), _named_addressees(new)
        if a is None or b is None or a == b or not (a < b or b < a):
            return []
        return [
            Shift(
                feature="addressee",
                old=" and ".join(sorted(a - b)) or None,
                new=" and ".join(sorted(b - a)) or None,
                direction="stronger" if a < b else "softer",
                ref=ref,
                detail="addressees widened" if a < b else "addressees narrowed",
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
        carried = not was and all(
            entries[x].stage == "continue" for x in new if x in entries and entries[x].growing
        )
        for key, label in now.items():
            if key not in was:
                if key == "grow" and carried:
                    # "to take temporary and special measures" → "to exceptionally extend
                    # temporary and special measures": the provision was there, and
                    # renewing it carries it on; only a start or an expansion grows it.
                    continue
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

    def emphasis_shifts(
        self, old_text: str, new_text: str, ref: str, *, invert: bool = False
    ) -> list[Shift]:
        """Emphasis words ("immediately", "fully", "without delay") added to or taken from
        a provision's text, counted over the whole text (a clause cut differently does not
        move them) and named as printed. An emphasis word that came or went inside a run
        of new (or removed) words belongs to those words, not to what stayed; in a list
        of exemptions the direction turns."""
        old_found = self.lexicon.emphasis_in(old_text)
        new_found = self.lexicon.emphasis_in(new_text)
        was = Counter(x.phrase for x in old_found)
        now = Counter(x.phrase for x in new_found)
        came, gone = now.keys() - was.keys(), was.keys() - now.keys()
        if not came and not gone:
            return []
        ops = redline(old_text, new_text)
        printed = {x.phrase: x.text.lower() for x in (*old_found, *new_found)}

        def went_with_words(phrase: str, found: list[QualifierMatch], op: int) -> bool:
            # Any wording of the phrase ("persistent delays", "continued delays") may be
            # the one that came or went with new words.
            wordings = {x.text.lower() for x in found if x.phrase == phrase}
            return any(_with_new_words(w, ops, op, frozenset()) for w in sorted(wordings))

        shifts = []
        stronger: Direction = "softer" if invert else "stronger"
        for phrase in sorted(came):
            if went_with_words(phrase, new_found, INSERT):
                continue
            shifts.append(
                Shift(feature="emphasis", new=printed[phrase], direction=stronger, ref=ref)
            )
        for phrase in sorted(gone):
            if went_with_words(phrase, old_found, DELETE):
                continue
            shifts.append(
                Shift(feature="emphasis", old=printed[phrase], direction=_flip(stronger), ref=ref)
            )
        return shifts

    def _whole_shifts(self, old: Sequence[ClauseView], new: Sequence[ClauseView]) -> list[Shift]:
        ref = (new or old)[0].ref

        def gathered(views: Sequence[ClauseView]) -> dict[str, Sequence[str]]:
            return {
                name: list(dict.fromkeys(x for v in views for x in getattr(v.phrase, attr)))
                for name, attr in (
                    ("hedge", "hedges"),
                    ("condition", "conditions"),
                    ("exemption", "exemptions"),
                )
            }

        shifts = self.qualifier_shifts(
            gathered(old),
            gathered(new),
            " ".join(v.text for v in old),
            " ".join(v.text for v in new),
            ref,
            invert=any(v.exempting for v in (*old, *new)),
        )
        shifts += self._modal_shift(
            [v.phrase.modal for v in old if v.phrase.modal],
            [v.phrase.modal for v in new if v.phrase.modal],
            ref,
        )
        return shifts

    # -- clauses with no counterpart ----------------------------------------------

    def lone_shift(
        self, view: ClauseView, *, added: bool, verb: str, lifecycle: bool = True
    ) -> Shift | None:
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
        if winding and not lifecycle:
            # The provision's life cycle is compared as a whole (see compare): the clause
            # adds no shift of its own.
            return None
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
        whole: bool = False,
        elsewhere: Callable[[frozenset[str], bool], str | None] | None = None,
        spent: Callable[[str], str | None] | None = None,
    ) -> list[Shift]:
        """Every clause-level shift between two versions of a provision (its clauses in
        order, the parts of a split or merge joined). ``old_words`` and ``new_words`` are
        the words of each whole side: a clause whose words stand on the other side too was
        split off or joined, not added or removed; ``elsewhere`` finds, for the words of a
        clause added (``True``) or removed, the paragraph of the other draft that holds
        them, if one does (a clause moved between paragraphs); ``spent`` finds in a removed
        clause's text a deadline that had passed when the new draft was adopted. ``whole``:
        the provision was split or
        merged, so its hedges, conditions, exemptions, modals and life-cycle words are
        compared over all its parts at once (a clause cut in two keeps its qualifiers,
        whichever part they land in)."""
        shifts: list[Shift] = []
        pairs = align_clauses(old, new)
        for i, j in pairs:
            shifts.extend(self.pair_shifts(old[i], new[j], verb=verb, qualifiers=not whole))
        if whole:
            shifts.extend(self._whole_shifts(old, new))
        paired_old = {i for i, _ in pairs}
        paired_new = {j for _, j in pairs}

        def moved(views: Sequence[ClauseView], paired: set[int], added: bool) -> set[int]:
            # Clauses of a life cycle whose words stand in another paragraph of the other
            # draft: "decides to renew the provisions ... until 15 November 2021" moved
            # into the new renewal paragraph is renewed there, not dropped here.
            if elsewhere is None:
                return set()
            return {
                k
                for k, v in enumerate(views)
                if v.phrase.lifecycle and k not in paired and elsewhere(v.words, added) is not None
            }

        moved_old = moved(old, paired_old, False)
        moved_new = moved(new, paired_new, True)
        # The life cycle belongs to the provision, not to one clause: "re-establish the
        # Panel" gone from a request is no winding down while the paragraph still
        # "extends the mandate of the Panel".
        shifts.extend(
            self._lifecycle_shifts(
                [x for k, v in enumerate(old) if k not in moved_old for x in v.phrase.lifecycle],
                [x for k, v in enumerate(new) if k not in moved_new for x in v.phrase.lifecycle],
                (new or old)[0].ref if (new or old) else "",
            )
        )
        lone: list[tuple[bool, ClauseView, Shift]] = []
        for added, views, paired, other in (
            (True, new, paired_new, old_words),
            (False, old, paired_old, new_words),
        ):
            for k, view in enumerate(views):
                if k in paired or (
                    contained(view.words, other)
                    # Old words under a lead the other side never used are a new act on
                    # them: "stressing the need for a swift, independent ... investigation"
                    # → "deploring the lack of progress of an independent ...
                    # investigation" deplores what was only stressed.
                    and (not _forceful_lead(view) or _lead_stands_in(view, other))
                ):
                    continue
                shift = self.lone_shift(view, added=added, verb=verb, lifecycle=False)
                if shift is None:
                    continue
                # A clause whose words stand in another paragraph of the other draft was
                # moved there (or from there), not added or removed: named, not weighed.
                host = elsewhere(view.words, added) if elsewhere is not None else None
                due = spent(view.text) if spent is not None and not added else None
                if host is not None:
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": f"its words stand in {host}"}
                    )
                elif due is not None:
                    # A one-time request gone after its deadline ("submit a report by 31
                    # January 2022", gone from a text of March 2022) was met or overtaken,
                    # inside a kept paragraph as much as with a whole one.
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": f"spent: due {due}"}
                    )
                elif (
                    added
                    and shift.feature == verb
                    and _CONTINUES.match(view.text, len(view.phrase.text))
                ):
                    # "further decides that UNISFA should continue to implement that
                    # mandate": an ask to go on with what is in place asks nothing new.
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": "asks to continue"}
                    )
                lone.append((added, view, shift))
        shifts.extend(_recast(lone, verb))
        return shifts


def _forceful_lead(view: ClauseView) -> bool:
    """Whether the clause's lead censures or asks: the coming or going of such a lead is
    read even when the words it governs stood on the other side."""
    p = view.phrase
    return p.led and ((p.axis_b or 0) >= REACH_AXIS_B or (p.axis_a or 1) >= WEIGHTY_AXIS_A)


def _lead_stands_in(view: ClauseView, words: frozenset[str]) -> bool:
    """Whether every word of the clause's lead stands among ``words``, inflection aside
    ("further encourages" → "further encouraging" is the same lead, a grammar fix)."""
    stems = {w[:_STEM] for w in words}
    return all(w[:_STEM] in stems for w in content_words(view.phrase.text))


#: Letters that tell two forms of a lead word apart from another word ("encour-ages",
#: "encour-aging"; "condem-ns", "condem-ning"; but "deplo-ring" is not "stres-sing").
_STEM = 5


def _recast(lone: Sequence[tuple[bool, ClauseView, Shift]], verb: str) -> list[Shift]:
    """The shifts of clauses with no counterpart, where an ask that went and an ask at
    the same tier that came in the same provision are one slot recast, not a demand
    dropped beside a demand added: "requests the Secretary-General to include this plan
    in his report" gone and "requests the Secretary-General to implement the following"
    come is the same request in new words (its new reach is read in its items). Paired
    in order, each at most once; both are named, neither weighs."""
    went = [
        k
        for k, (added, _, s) in enumerate(lone)
        if not added and s.feature == verb and s.direction != "neutral"
    ]
    came = [
        k
        for k, (added, _, s) in enumerate(lone)
        if added and s.feature == verb and s.direction != "neutral"
    ]
    calm: dict[int, str] = {}
    for k in went:
        tier = lone[k][1].phrase.axis_a
        words = lone[k][1].words
        match = next(
            (
                j
                for j in came
                if j not in calm
                and lone[j][1].phrase.axis_a == tier
                # An ask about something else entirely is a new ask beside one dropped.
                and len(words & lone[j][1].words) >= RECAST_SHARED
            ),
            None,
        )
        if match is None:
            continue
        calm[k] = f"recast: {lone[match][2].new} in its place"
        calm[match] = f"recast: in place of {lone[k][2].old}"
    return [
        s.model_copy(update={"direction": "neutral", "note": calm[k]}) if k in calm else s
        for k, (_, _, s) in enumerate(lone)
    ]


#: What the Council holds, right after a lead: "Reiterating its ...", "Expresses its ...".
_OWN_NOUN = re.compile(r"\s*+,?\s*+its\s++[A-Za-z]", re.IGNORECASE)


def _unread_censure(view: ClauseView, other: ClauseView) -> bool:
    """Whether ``view``'s lead keeps the verb of ``other``'s censure lead but governs a
    noun of its own the lexicon reads no censure in ("Reiterating its indignation" against
    "Reiterating its concern")."""
    p, q = view.phrase, other.phrase
    if p.axis_b is not None or q.axis_b is None or (p.axis_a or 1) > 1:
        return False
    if p.lemma.split(" ")[0] != q.lemma.split(" ")[0]:
        return False
    return _OWN_NOUN.match(view.text, len(p.text)) is not None


#: The named addressees right after an ask's lead, up to the "to" of what is asked:
#: "the FGS and FMS to", "the Secretary-General and the Panel of Experts to".
# Possessive "\s*+": the spaces before the names are never given back to be retried.
_NAMED_ADDRESSEES = re.compile(r"\s*+([^;:()]{1,120}?)\s+to\s+[a-z]")
# No leading "\s*": each part is stripped anyway, and a split that starts with "\s*"
# rescans a run of spaces from every position in it.
_ADDRESSEE_PART = re.compile(r",\s*(?:and\s+)?|\band\s+")
_ADDRESSEE_ARTICLE = re.compile(r"^(?:the|its)\s+", re.IGNORECASE)


def _named_addressees(view: ClauseView) -> frozenset[str] | None:
    """The actors an ask names as its addressees, when each is a name ("the FGS",
    "Member States"); ``None`` when what follows the lead is not such a list ("all
    parties", "the Secretary-General, in consultation with ...")."""
    if not view.phrase.led:
        return None
    body = view.text[len(view.phrase.text) :]
    m = _NAMED_ADDRESSEES.match(body)
    if m is None:
        return None
    names = set()
    for part in _ADDRESSEE_PART.split(m.group(1)):
        name = _ADDRESSEE_ARTICLE.sub("", part.strip())
        if not name or not name[0].isupper() or len(name.split()) > 6:
            return None
        names.add(" ".join(name.split()))
    return frozenset(names)


#: What a clause asks opens with "continue": "... that X should continue to",
#: "... the Secretary-General to continue to".
_CONTINUES = re.compile(r"[^;:,]{0,60}?\b(?:to|should|shall|will|must)\s+continue\b", re.IGNORECASE)


_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)


def _lower_words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for text in texts for w in _WORD.findall(text))


def _count_words(texts: Iterable[str], skip: frozenset[str] = frozenset()) -> int:
    """Common content words in ``texts``: no numbers, dates, common words, names
    (capitalised words: "the African Union Mission in Somalia (AMISOM)" spells out a name,
    it asks nothing more) nor defined terms in quotation marks."""
    count = 0
    for text in texts:
        text = _QUOTED.sub(" ", text)
        for w in _CASED_WORD.findall(text):
            low = w.lower()
            if (
                w[0].isupper()
                or low in _STOP
                or low in skip
                or low in _MONTH_WORDS
                or w[0].isdigit()
            ):
                continue
            count += 1
    return count


_CASED_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_QUOTED = re.compile(r"[\"“][^\"”]{0,80}[\"”]|\([^()]{0,80}\)")


_COORDINATOR = re.compile(r"^\W*(?:and|or)\b|^\s*,|\b(?:and|or)\W*$|,\s*$", re.IGNORECASE)
_REFERENCE = re.compile(
    r"^\W*(?:(?:and|or)\s+)?(?:in line|in accordance|consistent|in conformity) with\b"
    r"|\bresolutions?(?:\s+\d+\s*\(\d{4}\))?\W*$",
    re.IGNORECASE,
)


#: The common text before an insertion ends inside a framework the ask follows: "in line
#: with resolution 2518 (2020), [+the Action Plan on improving safety+] and other ...".
_IN_FRAMEWORK = re.compile(
    r"\b(?:in line|in accordance|consistent|in conformity) with\b[^;:]*+$", re.IGNORECASE
)
#: An insertion that gives the ask's basis: "and following the letter of the Government
#: of 15 March 2022 ... as well as per the recommendations of the Secretary-General".
_BASIS = re.compile(
    r"^\W*+(?:and\s++)?(?:following|per|as\s+well\s+as\s+per|pursuant\s+to|taking\s+into"
    r"\s+account|on\s+the\s+basis\s+of|based\s+on)\s++the\s++(?:\w+\s++){0,4}?"
    r"(?:letters?|reports?|recommendations?|requests?)\b",
    re.IGNORECASE,
)
#: How much of the common text before an insertion is read for a framework.
_FRAMEWORK_REACH = 160


def _cited(ops: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether the run inserted at ``ops[k]`` says where the ask stands rather than
    what it asks: it cites resolutions, opens with a framework or a basis, or stands
    inside a framework the common text opened before it."""
    text = ops[k][1]
    if _REFERENCE.search(text) or _BASIS.search(text):
        return True
    before = next((t for op, t in reversed(ops[:k]) if op == EQUAL), "")
    return _IN_FRAMEWORK.search(before[-_FRAMEWORK_REACH:]) is not None


_DIGIT = re.compile(r"\d")


def _numbers_aside_redline(old: str, new: str) -> Redline:
    """The word redline of two texts read with their digits as one digit: a paragraph
    reference renumbered ("paragraphs 10 to 17" → "23 to 30") stays in the common text
    instead of being cut out together with the words inserted after it. The runs are
    given back in the new (deleted: the old) text's own characters; the masking keeps
    every length, so the offsets are the same."""
    ops = redline(_DIGIT.sub("0", old), _DIGIT.sub("0", new))
    out: list[tuple[int, str]] = []
    i = j = 0
    for op, text in ops:
        size = len(text)
        if op == DELETE:
            out.append((op, old[i : i + size]))
            i += size
        elif op == INSERT:
            out.append((op, new[j : j + size]))
            j += size
        else:
            out.append((op, new[j : j + size]))
            i += size
            j += size
    return tuple(out)


def _joined_items(ops: Sequence[tuple[int, str]]) -> Iterator[str]:
    """Runs inserted as items of a list: joined by "and", "or" or a comma at their
    edge, with nothing deleted beside them (that would be a trade, not an addition), and
    not a reference: an item that cites resolutions ("and other relevant Security Council
    resolutions") or opens with the framework the ask must follow ("in line with the
    Peace Agreement") says where the ask stands, not that it asks more."""
    for k, (op, text) in enumerate(ops):
        if op != INSERT or not _COORDINATOR.search(text) or _cited(ops, k):
            continue
        own = _lower_words([text])
        # A word the clean-up took out only to put it back inside the item ("conflict
        # [-situations-] [+and post-conflict situations+]") is kept, not traded.
        # A number replaced beside it ("paragraphs 10 to [-17-][+30, including informing
        # the FGS+]") is a reference updated, not a word traded for the item.
        if all(
            ops[m][0] != DELETE
            or _lower_words([ops[m][1]]) <= own
            or not any(ch.isalpha() for ch in ops[m][1])
            for m in (k - 1, k + 1)
            if 0 <= m < len(ops)
        ):
            yield text


def _runs(ops: Sequence[tuple[int, str]], op: int, limit: int = 80) -> str:
    """The words a redline inserts (or deletes), run by run: "Bab al-Salam". Runs with no
    letters (a number updated, a comma) are left out: they are not what changed in
    substance."""
    runs = [
        " ".join(text.split()).strip(" ,;")
        for o, text in ops
        if o == op and any(ch.isalpha() for ch in text)
    ]
    joined = " … ".join(r for r in runs if r)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def _with_new_words(
    phrase: str, ops: Sequence[tuple[int, str]], op: int, qualifying: frozenset[str]
) -> bool:
    """Whether ``phrase`` (a hedge or condition) stands in a run the redline inserts (or
    deletes) together with other new content (words the other side does not have): it
    came (or went) with what it qualifies.
    ``qualifying`` are the words of every qualifier of the clause, which are not content
    (three hedges added together are three hedges, not new words)."""
    own = " ".join(phrase.lower().split())
    # Words the other side has too were moved or kept, not new: a clause reordered
    # around an added "exercise vigilance" brings no new content with it.
    elsewhere = set(_WORD.findall(" ".join(t for o, t in ops if o != op).lower()))
    ignore = set(_WORD.findall(own)) | qualifying | _STOP | elsewhere
    for o, text in ops:
        if o != op:
            continue
        run = " ".join(text.lower().split())
        if own not in run:
            continue
        others = [w for w in _WORD.findall(run) if w not in ignore]
        if len(others) >= QUALIFIED_WORDS:
            return True
    return False


#: Least content words of the shorter clause for a clause cut shorter (or extended) to be
#: told from one that shares a few common words with a long one.
CUT_WORDS = 3


def _cut_from(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the shorter of two clauses' words stand in the longer (a clause cut where
    a new lead took the rest, or extended the other way)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= CUT_WORDS and contained(short, long_)


def contained(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether most of ``words`` (:data:`CONTAINED`) stand in ``other``."""
    if not words:
        return True
    return len(words & other) / len(words) >= CONTAINED
