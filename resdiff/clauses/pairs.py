"""One aligned pair of clauses compared: the lead (a verb swapped in the same slot, its
modifier, the degree of concern, a decision restated rather than weakened), the addressee
and its scope, the addressees an ask names, the items of a measure; then the qualifiers
and reach of :mod:`.qualifiers`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..compiled import compile_cached
from ..lexicon import AddresseeMatch, HedgeEntry
from ..model import (
    ASK_REVERSED,
    DECISION_TIER,
    RESTATED,
    SAME_WARNING,
    WINDING_DOWN,
    Phrase,
    Shift,
)
from ..redline import DELETE, EQUAL, redline
from .qualifiers import _QualifierComparer
from .tasks import Elsewhere, moved_aside, report_shifts, task_shifts
from .views import WEIGHTY_AXIS_A, ClauseView, _flip, content_words, direction_of, own_voice

#: A request for a report or for information ("to report", "to keep the Council
#: informed", "to submit a report"): a time set for it is no hedge (see
#: ``_timing_read``).
_REPORTING = compile_cached(
    r"\bto\s+(?:continue\s+to\s+)?(?:report|inform|submit|keep\s+(?:\w+\s+){1,4}?informed)\b"
)

#: The tier from which an ask binds at once with no time named (a demand, 5; a decision,
#: 6): "Demands that all forces withdraw" -> "... withdraw as soon as possible" is put
#: off, the hedge it is. Below it ("Requests ... to agree a memorandum") an ask sets no
#: time, and "as soon as possible" presses it (``_timing_read``).
BINDS_AT_ONCE_TIER = 5

#: A decision (a clause at this tier, "decides") restated by "reaffirms" or "recalls"...
RESTATED_TIER = 6
#: ... with at least this share of the same words is the same provision, not a weaker one.
RESTATED_OVERLAP = 0.5

#: The highest tier of a stance ("expresses its readiness", verbs.toml): a swap with a
#: declaratory verb above it is a change of force, whatever the clause warns of.
STANCE_TIER = 2

#: How widely a clause addresses whom it asks: all > plain > narrowed.
SCOPE_RANK = {"narrowed": 1, "plain": 2, "all": 3}
#: The addressee of a clause stands within this many characters after its lead ("calls
#: upon all parties concerned to ..."); the analysis reads ``Phrase.scope`` there too.
ADDRESSEE_START = 25
ADDRESSEE_REACH = 120


class _PairComparer(_QualifierComparer):
    """Compares two versions of one clause, aligned (the middle part of
    :class:`~resdiff.clauses.ClauseComparer`)."""

    # -- one aligned pair ----------------------------------------------------------

    def pair_shifts(
        self,
        old: ClauseView,
        new: ClauseView,
        *,
        verb: str,
        qualifiers: bool = True,
        under: Phrase | None = None,
        held: frozenset[str] = frozenset(),
        elsewhere: Elsewhere | None = None,
    ) -> list[Shift]:
        """The shifts between two versions of one clause. ``qualifiers=False`` compares
        the lead and the addressee only (a split or a merge compares its qualifiers over
        the whole, see :meth:`compare`). ``held``: the words of the provision's old asks
        left without a counterpart, which a clause taking them in asked already (they do
        not widen its reach). ``elsewhere``: as :meth:`compare`'s, where a report's element
        or a task put in or taken out stands in another paragraph (tasks.py)."""
        o, n = old.phrase, new.phrase
        ref = new.ref
        shifts: list[Shift] = []
        if o.led and n.led:
            lead = self._lead_shifts(o, n, ref, verb)
            if self._restated(old, new):
                # "Decides that ..." → "Reaffirms that ..." with the same words: the
                # standing decision restated, not weakened (and the reverse).
                lead = [
                    s.model_copy(update={"direction": "neutral", "detail": RESTATED})
                    if s.feature == verb
                    else s
                    for s in lead
                ]
            if carried := self._same_warning(old, new, verb):
                # "Reiterates its readiness to consider all appropriate measures" →
                # "reaffirms that it will consider all appropriate measures" (S/RES/804 →
                # 834 (1993)): the Council's warning of further action stated both times,
                # not a stance weakened to a declaratory "reaffirms" (or the reverse).
                lead = [
                    s.model_copy(update={"direction": "neutral", "detail": SAME_WARNING})
                    if s.feature in carried
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
                    s.model_copy(update={"direction": _flip(s.direction), "detail": WINDING_DOWN})
                    if s.feature in (verb, "modifier")
                    else s
                    for s in lead
                ]
            shifts.extend(lead)
        invert = old.exempting or new.exempting
        shifts.extend(self._scope_shifts(old, new, ref))
        named = self._named_shifts(old, new, ref)
        shifts.extend(named)
        shifts.extend(self._item_shifts(old, new, ref))
        if not qualifiers:
            return shifts
        qualified = self.qualifier_shifts(
            {"hedge": o.hedges, "condition": o.conditions, "exemption": o.exemptions},
            {"hedge": n.hedges, "condition": n.conditions, "exemption": n.exemptions},
            old.text,
            new.text,
            ref,
            invert=invert,
            lifting=(self._winding(o), self._winding(n)),
        )
        asked = (o.axis_a or 1) >= WEIGHTY_AXIS_A, (n.axis_a or 1) >= WEIGHTY_AXIS_A
        if o.led and n.led and asked[0] != asked[1]:
            # A hedge goes (or comes) with the ask it qualified: "Requests ... to
            # consider" → "Highlights the importance of ... considering" asks nothing
            # any more, which the lead's shift says; its "consider" gone is no firmer ask.
            qualified = [
                q
                for q in qualified
                if q.feature != "hedge" or (q.old is not None if asked[1] else q.new is not None)
            ]
        shifts.extend(self._timing_read(q, old, new) for q in qualified)
        shifts.extend(self._exemption_scope(old, new, ref))
        shifts.extend(
            self._modal_shift(
                [o.modal] if o.modal else [],
                [n.modal] if n.modal else [],
                ref,
                (old.text, new.text),
                decided=min(o.axis_a or 1, n.axis_a or 1) >= DECISION_TIER,
            )
        )
        reach = self._reach(old, new, ref, invert=invert, under=under, held=held)
        # An element of a kept request for reports, or a whole task of a kept ask, put
        # in or taken out, which the reach rule's count over the whole clause misses
        # (tasks.py).
        reach = reach or moved_aside(
            report_shifts(old, new, ref, invert=invert), elsewhere, old, new
        )
        if not reach:
            tasks = task_shifts(old, new, ref, invert=invert, held=held)
            reach = moved_aside(tasks, elsewhere, old, new)
        shifts.extend(_beyond_named(reach, named))
        shifts.extend(self._polarity(old, new, ref))
        return shifts

    def _polarity(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        """An ask turned into its contrary by a negation put in or taken out, and nothing
        else around it: "Urges all parties not to obstruct humanitarian access" → "Urges
        all parties to obstruct humanitarian access", "States shall not supply arms" →
        "States shall supply arms". The ask that was is withdrawn (softer) and its
        contrary asked (stronger): the provision is mixed, and a key change, never a
        rewording. A measure or mandate that is not renewed or no longer applies is its
        life cycle's to read (lifecycle.toml), not this."""
        o, n = old.phrase, new.phrase
        if not (o.led and n.led) or max(o.axis_a or 1, n.axis_a or 1) < WEIGHTY_AXIS_A:
            return []
        if o.lifecycle or n.lifecycle or "not" not in (old.text + new.text).lower():
            return []
        ops = redline(old.text, new.text)
        changed = [k for k, (op, _) in enumerate(ops) if op != EQUAL]
        if len(changed) != 1:
            # Nothing else may change in the clause: a negation taken out beside other
            # words is a rewording the other rules read.
            return []
        (k,) = changed
        op, text = ops[k]
        before = ops[k - 1][1] if k else ""
        after = ops[k + 1][1] if k + 1 < len(ops) else ""
        if not _NEGATION.fullmatch(text.strip()) or _IDIOM.match(after):
            return []
        # Only the ask's own negation: after a modal or before "to" ("shall not supply",
        # "not to obstruct"), not "whether or not", nor one inside a relative clause
        # ("States that have not ratified the Convention").
        if _IDIOM_BEFORE.search(before[-20:]):
            return []
        if not (_ASK_MODAL.search(before[-12:]) or _TO_NEXT.match(after)):
            return []
        gone = op == DELETE
        # Where the negation stands in each text: the same offset in both, the words
        # before it being the same.
        at = sum(len(t) for _, t in ops[:k])

        def words(side: str, pos: int) -> str:
            return " ".join(side[pos:].split()[:_POLARITY_WORDS]).rstrip(",;.:")

        # The ask as each text words it from the negation on ("not to cooperate with the
        # Mission"), and from the same place in the other text.
        negated = words(old.text if gone else new.text, at)
        tail = words(new.text if gone else old.text, at)
        return [
            Shift(
                feature="polarity",
                old=negated if gone else tail,
                direction="softer",
                ref=ref,
                detail=ASK_REVERSED,
            ),
            Shift(
                feature="polarity",
                new=tail if gone else negated,
                direction="stronger",
                ref=ref,
                detail=ASK_REVERSED,
            ),
        ]

    def _timing_read(self, shift: Shift, old: ClauseView, new: ClauseView) -> Shift:
        """A timing hedge ("as soon as possible", "at the earliest possible date") that
        qualifies no obligation, named but not weighed: in a request for a report it says
        when the report is wanted ("Requests the Secretary-General to report ... as soon
        as possible", S/RES/468 -> 484 (1980), judged stronger; S/RES/234 -> 236 (1967),
        judged reworded), and in a declaratory clause it is a fact recited ("Noting the
        offer ... to establish as soon as possible a secure environment", S/RES/794 -> 814
        (1993), judged reworded)."""
        if shift.feature != "hedge" or shift.direction == "neutral":
            return shift
        shown = shift.new if shift.new is not None else shift.old
        if shown is None:
            return shift
        key = shown.split("” (“", 1)[1] if "” (“" in shown else shown.lower()
        entry = self.lexicon.hedges.get(key)
        if entry is None or entry.kind != "timing":
            return shift
        side = new if shift.new is not None else old
        o, n = old.phrase, new.phrase
        declaratory = all(
            p.led and (p.axis_a or 1) < WEIGHTY_AXIS_A and p.axis_b is None for p in (o, n)
        )
        if declaratory:
            note = "in a declaratory clause: a fact recited, not an obligation eased"
        elif _REPORTING.search(side.text):
            note = "when a report is wanted, not an obligation eased"
        elif (
            entry.instead_of
            and max(o.axis_a or 1, n.axis_a or 1) < BINDS_AT_ONCE_TIER
            # A firmer time the other text holds and this one does not: replaced by it.
            and not (
                self._firmer_times(entry, (old if side is new else new).text)
                - self._firmer_times(entry, side.text)
            )
        ):
            # The ask without it set no time, so it eases nothing: it presses for speed
            # where there was none (put in), or the ask no longer does (taken out).
            return shift.model_copy(
                update={
                    "feature": "emphasis",
                    "direction": _flip(shift.direction),
                    "note": "urgency: the other text sets no firmer time",
                }
            )
        else:
            return shift
        return shift.model_copy(update={"direction": "neutral", "note": note})

    def _firmer_times(self, entry: HedgeEntry, text: str) -> set[str]:
        """The firmer times than the timing hedge ``entry`` that ``text`` holds: its
        ``instead_of`` words, and the words of its ``instead_of_quantities`` (a date, a
        deadline). The hedge eases an ask only where the other text holds one this text
        does not: a time kept beside it ("as soon as possible and in any case within 30
        days" for "within 30 days"), or a date that times something else ("recalling its
        letter dated 12 March 2019" in both), is not the time it stands in for."""
        lowered = " ".join(text.lower().split())
        found = {
            w for w in entry.instead_of if compile_cached(rf"\b{re.escape(w)}\b").search(lowered)
        }
        wanted = set(entry.instead_of_quantities)
        return found | {
            " ".join(q.text.lower().split())
            for q in self.lexicon.quantities_in(text)
            if q.id in wanted
        }

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

    def _same_warning(self, old: ClauseView, new: ClauseView, verb: str) -> frozenset[str]:
        """The features of a lead swap that only carry the Council's warning of further
        action from one lead to another, in a clause that warns on both sides ([warnings]
        in measures.toml): a stance ("reiterates its readiness to consider") and a
        declaratory verb ("reaffirms that it will consider"), compared as ``verb``; or a
        warning ("issues a solemn warning ... the Council would have to consider further
        steps") and a declaration holding the same further action ("Declares ... that the
        Security Council would have to consider further and more effective steps",
        S/RES/262 -> 270 (1969)), whose censure is the warning kept (the declaration's own
        force still ranks)."""
        o, n = old.phrase, new.phrase
        if o.lemma == n.lemma:
            return frozenset()
        stance = self.lexicon.states_stance(o.lemma), self.lexicon.states_stance(n.lemma)
        warns = self.lexicon.warns(o.lemma), self.lexicon.warns(n.lemma)
        if warns[0] != warns[1]:
            # Not a decision: "Decides that ... the Council will meet again to consider
            # more effective measures" → "Solemnly warns South Africa that ... the Security
            # Council will meet again" puts the warning to the party in its own name,
            # sharper (S/RES/466 → 475 (1980), judged mixed for it).
            declared = n if warns[0] else o
            features = (
                frozenset({"censure"})
                if declared.axis_b is None and (declared.axis_a or 1) < DECISION_TIER
                else frozenset()
            )
        elif stance[0] != stance[1] and max(o.axis_a or 1, n.axis_a or 1) <= STANCE_TIER:
            declared = n if stance[0] else o
            features = frozenset({verb}) if declared.axis_b is None else frozenset()
        else:
            return frozenset()
        # Only a lead in the Council's own voice warns, as the warning flag reads it:
        # "Recalls its readiness to consider further measures" quotes an earlier warning.
        voiced = own_voice(o.lemma if o.led else "") and own_voice(n.lemma if n.led else "")
        if (
            not features
            or not voiced
            or not (self.lexicon.warnings_in(old.text) and self.lexicon.warnings_in(new.text))
        ):
            return frozenset()
        return features

    def _binds(self, lemma: str, oa: int, na: int) -> bool:
        """Whether the tiers ``oa`` and ``na`` of one lead ``lemma`` differ by its
        ``binding_tier`` alone (one side binds with "must" or "shall", the other not)."""
        tier = self.lexicon.binding_tier(lemma)
        return tier is not None and max(oa, na) == tier

    def _efforts(self, text: str) -> frozenset[str]:
        """The effort hedges of ``text`` (``kind = "effort"`` in hedges.toml): asks for an
        effort ("to explore ways to", "to seek to") rather than a result."""
        return frozenset(h.hedge for h in self.lexicon.hedges_in(text) if h.kind == "effort")

    def _lead_shifts(self, o: Phrase, n: Phrase, ref: str, verb: str) -> list[Shift]:
        shifts: list[Shift] = []
        oa, na = o.axis_a or 1, n.axis_a or 1
        ob, nb = o.axis_b, n.axis_b
        if o.lemma == n.lemma:
            # The tier moved by a "must" put in or taken out alone (verbs.toml's
            # binding_tier), which the modals' own comparison leaves to a side that has
            # none: "Insists that the cease-fire be respected" -> "... must be respected"
            # (review of the thirtieth session's merge: nothing named it, or a modifier
            # beside it took its direction).
            bound = oa != na and not (o.modal and n.modal) and self._binds(o.lemma, oa, na)
            if (o.modifier or None) != (n.modifier or None):
                if ob is not None and nb is not None and ob != nb:
                    direction = direction_of(ob, nb)
                elif oa != na and not bound:
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
            if bound:
                shifts.append(
                    Shift(
                        feature="modal",
                        old=o.modal,
                        new=n.modal,
                        direction=direction_of(oa, na),
                        ref=ref,
                    )
                )
        elif self.lexicon.names_basis(o.lemma) or self.lexicon.names_basis(n.lemma):
            # "Acting under Chapter VII of the Charter" names the basis the Council acts
            # on, not an ask of a tier: the Chapter VII flag compares it, and its recital
            # paired with "Decides, acting under Chapter VII, to renew the mandate" is no
            # verb strengthened (S/RES/814 -> 886 (1993), judged reworded).
            pass
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
            # "deepest concern"); "serious concern" → "regret" is another word, not
            # less. A noun that is a degree of its own ("alarm") is weighed against
            # the other's degree, whatever its noun.
            and (
                o.lemma.rsplit(" ", 1)[-1] == n.lemma.rsplit(" ", 1)[-1]
                or self.lexicon.degree_noun(o.degree)
                or self.lexicon.degree_noun(n.degree)
            )
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
        if a is None or b is None or a.scope == b.scope:
            return []
        if not self.lexicon.same_addressees(a.noun, b.noun):
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
                direction=direction_of(SCOPE_RANK[a.scope], SCOPE_RANK[b.scope]),
                ref=ref,
            )
        ]

    def _named_shifts(self, old: ClauseView, new: ClauseView, ref: str) -> list[Shift]:
        """Named addressees of an ask joined or left: "calling for the FGS to" →
        "calling for the FGS and FMS to" asks more of more actors (stronger); the
        mirror is softer. Only when one list holds the other."""
        if (new.phrase.axis_a or 1) < WEIGHTY_AXIS_A or (old.phrase.axis_a or 1) < WEIGHTY_AXIS_A:
            return []
        a = _named_addressees(old, self._common_addressee)
        b = _named_addressees(new, self._common_addressee)
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

    def _common_addressee(self, part: str) -> bool:
        """Whether ``part`` of a list of addressees is one of the lexicon's addressee
        nouns with its scope and nothing more ("the sides", "all involved participants",
        "troop- and police-contributing countries"): named as surely as "the FGS" is."""
        found = self.lexicon.addressee_in(part)
        return (
            found is not None
            and found.end >= len(part.rstrip())
            and part[: found.start].strip().lower() in _BARE_ARTICLES
        )

    def _addressee(self, view: ClauseView) -> AddresseeMatch | None:
        """Who the clause addresses: the addressee right after its lead ("calls upon all
        parties to"), not a noun further on."""
        body = view.text[len(view.phrase.text) :]
        found = self.lexicon.addressee_in(body[:ADDRESSEE_REACH])
        if found is None or found.start > ADDRESSEE_START:
            return None
        return found


#: What the Council holds, right after a lead: "Reiterating its ...", "Expresses its ...".
_OWN_NOUN = compile_cached(r"\s*+,?\s*+its\s++[A-Za-z]", re.IGNORECASE)


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
_NAMED_ADDRESSEES = compile_cached(r"\s*+([^;:()]{1,120}?)\s+to\s+[a-z]")
# No leading "\s*": each part is stripped anyway, and a split that starts with "\s*"
# rescans a run of spaces from every position in it.
#: What may stand before an addressee noun read as a name: nothing or an article ("in
#: cooperation with the parties" is no addressee).
_BARE_ARTICLES = frozenset({"", "the", "its", "their"})
# Not the "and" of a compound ("troop- and police-contributing countries").
_ADDRESSEE_PART = compile_cached(r",\s*(?:and\s+)?|(?<!-\s)\band\s+")
_ADDRESSEE_ARTICLE = compile_cached(r"^(?:the|its)\s+", re.IGNORECASE)


def _beyond_named(reach: list[Shift], named: list[Shift]) -> list[Shift]:
    """``reach`` less a widening whose words are only the addressees ``named`` as joined
    ("[+and troop- and police-contributing countries+]"): one change, named once."""
    joined = {w for s in named if s.new for w in content_words(s.new)}
    if not joined:
        return reach
    return [
        s
        for s in reach
        if not (s.detail == "reach widened" and s.new and content_words(s.new) <= joined)
    ]


def _named_addressees(
    view: ClauseView, common: Callable[[str], bool] | None = None
) -> frozenset[str] | None:
    """The actors an ask names as its addressees, when each is a name ("the FGS",
    "Member States") or, by ``common``, an addressee noun of the lexicon with its scope
    ("urges the sides and all involved participants to" -> "urges the sides to": fewer
    asked, UNFICYP 2021 -> 2022); ``None`` when what follows the lead is not such a list
    ("all parties", "the Secretary-General, in consultation with ...")."""
    if not view.phrase.led:
        return None
    body = view.text[len(view.phrase.text) :]
    m = _NAMED_ADDRESSEES.match(body)
    if m is None:
        return None
    names = set()
    # A comma before "to" closes the list ("the sides, and all involved participants,
    # to"): no empty addressee after it.
    for part in _ADDRESSEE_PART.split(m.group(1).rstrip(", ")):
        name = _ADDRESSEE_ARTICLE.sub("", part.strip())
        if not name or len(name.split()) > 6:
            return None
        if not name[0].isupper() and (common is None or not common(part.strip())):
            return None
        names.add(" ".join(name.split()))
    return frozenset(names)


#: A negation on its own in a redline: put in or taken out, and nothing else with it.
_NEGATION = compile_cached(r"(?:not|never|no\s+longer)", re.IGNORECASE)
#: What makes "not" no negation of the ask: "not only", "not least", "but not limited to",
#: "not later than", "not less than", "not exceeding".
_IDIOM = compile_cached(
    r"\s*(?:only|least|limited|later|earlier|less|more|fewer|greater|exceeding|yet)\b", re.I
)
#: A modal right before the negation: "shall not", "should not", "must not".
_ASK_MODAL = compile_cached(r"\b(?:shall|should|will|must|may|to)\s*$", re.IGNORECASE)
#: "to" right after it: "not to obstruct".
_TO_NEXT = compile_cached(r"\s*to\b", re.IGNORECASE)
#: ... or stands before it: "whether or not", "if not".
_IDIOM_BEFORE = compile_cached(r"\b(?:or|if)\s*$", re.IGNORECASE)
#: Words of the ask shown after the negation in a polarity shift.
_POLARITY_WORDS = 6
