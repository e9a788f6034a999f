"""The clauses of a provision compared: its clauses aligned and each pair compared
(:mod:`.pairs`), the qualifiers, modals and life cycle of a split or merge over all its
parts, and the clauses with no counterpart, added or removed by their own force unless
their words were there all along, stand in another paragraph, had fallen due, or recast
an ask in the same slot."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..align import RESTATING_LEADS
from ..compiled import compile_cached
from ..lexicon import LifecycleMatch
from ..model import DECISION_TIER, Phrase, Shift
from .delivered import ask_words, delivered_or_followed
from .exempting import OF_ITSELF, carves_out, ends_exemption, exemption_ended, keeps_exemption
from .pairs import _PairComparer
from .qualifiers import REACH_AXIS_B
from .recast import recast
from .views import (
    EXECUTOR,
    WEIGHTY_AXIS_A,
    ClauseView,
    align_clauses,
    clause_quote,
    contained,
    content_words,
    presses_party,
)

#: Another party positively named among those a clause asks: a winding down it mentions
#: is then the setting of the ask, not the Council's own act (see :func:`_winding_as_setting`).
_OTHER_PARTY = compile_cached(
    r"\b(?:Governments?|authorities|parties|Member\s+States|States|international\s+community"
    r"|donors|partners|country\s+team|UNCT|entities|agencies|signatories|leaders|sides)\b",
    re.IGNORECASE,
)
#: The words just before a winding down that make it the setting of an ask: "during
#: UNAMID's drawdown", "in preparation for MONUSCO's withdrawal", "so that ATMIS can
#: continue its phased drawdown". Searched in the few words before the match only.
_SETTING = compile_cached(
    r"(?:\b(?:during|in\s+preparation\s+for|ahead\s+of|in\s+the\s+context\s+of|in\s+view\s+of"
    r"|throughout)\s+(?:(?!to\b)[^\s,;]+\s+){0,3}|\bso\s+that\s+(?:[^\s,;]+\s+){1,6}?"
    r"(?:can|could|may|will)\s+(?:(?!to\b)[^\s,;]+\s+){0,3})$",
    re.IGNORECASE,
)
#: Where those asked end: the infinitive of the ask ("... to cooperate fully").
_ASKED_END = compile_cached(r"\bto\s+[a-z]", re.IGNORECASE)
#: How far before a winding-down word its setting may start.
_SETTING_REACH = 80

#: The notes of a growing stage in place of another that neither grows nor winds down:
#: "Decides to establish the Force" → "Decides to extend the mandate of the Force" (as the
#: classifier names an extension added after a set-up), and a set-up in place of an
#: enlargement.
_CARRIED_ON = "carries on what the old text set up"
_SET_UP_INSTEAD = "sets up in place of what the old text enlarged"

#: Leads that restate a decision already taken ("reaffirms its decision").
_RESTATING = RESTATING_LEADS


#: The key under which a part added beside a provision (lifecycle.toml's ``beside``: a
#: new component of a mission) is read, apart from the provision's own growing stage.
_BESIDE = "grow beside"
#: The keys of what grows a provision: its own growing stage, and a part added beside it.
_GROWING_KEYS = frozenset({"grow", _BESIDE})


class ClauseComparer(_PairComparer):
    """Compares the clauses of two versions of a provision with a lexicon."""

    def _lifecycle_shifts(self, old: Sequence[str], new: Sequence[str], ref: str) -> list[Shift]:
        entries = self.lexicon.lifecycle
        shifts: list[Shift] = []

        def stages(ids: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
            found: dict[str, str] = {}
            grown: dict[str, str] = {}
            for x in self.lexicon.without_start_terms(ids):
                entry = entries.get(x)
                if entry is None:
                    continue
                if entry.beside and entry.growing:
                    # A part added beside the provision (a new component of a mission):
                    # its own shift, never a growing stage in place of the old one.
                    found.setdefault(_BESIDE, entry.label)
                    continue
                if entry.growing:
                    grown.setdefault(entry.stage, entry.label)
                key = "grow" if entry.growing else entry.stage
                found.setdefault(key, entry.label)
            return found, grown

        (was, grown_was), (now, grown_now) = stages(old), stages(new)
        carried = not was and all(
            entries[x].stage == "continue" for x in new if x in entries and entries[x].growing
        )
        for key, label in now.items():
            if key == "grow" and key in was:
                # One growing stage in place of another: start → expand is the mandate
                # enlarged, start → continue the same body carried on (named).
                move = self.lexicon.growth_move(grown_was, grown_now)
                if move is not None:
                    # A stronger stage put in beside the old one, which the new version
                    # keeps, is an addition, not a replacement: "extends the mandate of
                    # UNMISS" → "extends the mandate of UNMISS and expands the mandate of
                    # UNISFA" adds an enlargement and still extends.
                    kept = move[2] == "stronger" and any(
                        stage in grown_now for stage, label in grown_was.items() if label == move[0]
                    )
                    shifts.append(
                        Shift(
                            feature="lifecycle",
                            old=None if kept else move[0],
                            new=move[1],
                            direction=move[2],
                            ref=ref,
                            note=None
                            if move[2] != "neutral"
                            else _CARRIED_ON
                            if move[1] == grown_now.get("continue")
                            else _SET_UP_INSTEAD,
                        )
                    )
            elif key not in was:
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
                        direction="stronger" if key in _GROWING_KEYS else "softer",
                        ref=ref,
                    )
                )
        for key, label in was.items():
            if key not in now:
                gone = Shift(
                    feature="lifecycle",
                    old=label,
                    new=None,
                    direction="softer" if key in _GROWING_KEYS else "stronger",
                    ref=ref,
                )
                # One move along the life cycle is one shift, not two: "Maintains the
                # troop ceiling" → "Decides to reduce the troop ceiling" is a drawdown
                # in place of a measure kept (UNISFA 2021), not a drawdown beside a
                # measure no longer maintained.
                came = next(
                    (
                        k
                        for k, x in enumerate(shifts)
                        if x.old is None and x.direction == gone.direction
                    ),
                    None,
                )
                if came is None:
                    shifts.append(gone)
                else:
                    shifts[came] = shifts[came].model_copy(update={"old": label})
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
            (" ".join(v.text for v in old), " ".join(v.text for v in new)),
            decided=all(
                (v.phrase.axis_a or 1) >= DECISION_TIER for v in (*old, *new) if v.phrase.led
            ),
        )
        return shifts

    # -- clauses with no counterpart ----------------------------------------------

    def _renews(self, views: Sequence[ClauseView]) -> bool:
        """Whether a clause of ``views`` renews, extends or establishes (a life-cycle
        word that grows the measure or mandate): the paragraph still renews the mandate."""
        return any(
            x in self.lexicon.lifecycle and self.lexicon.lifecycle[x].growing
            for v in views
            for x in v.phrase.lifecycle
        )

    def _acted(self, view: ClauseView) -> list[str]:
        """The life-cycle words of a clause that act on a measure or mandate: not those of
        the Council's stated intention to grow one ("also expresses its intent to continue
        to impose any sanctions that may be appropriate", South Sudan 2020: no measure
        imposed there, nor "no longer imposed" once it goes), while an announced winding
        down still counts (see :meth:`lone_shift`)."""
        p = view.phrase
        if not self.lexicon.states_stance(p.lemma):
            return list(p.lifecycle)
        return [
            x
            for x in p.lifecycle
            if x in self.lexicon.lifecycle and not self.lexicon.lifecycle[x].growing
        ]

    def lone_shift(
        self,
        view: ClauseView,
        *,
        added: bool,
        verb: str,
        lifecycle: bool = True,
        whole: bool = False,
    ) -> Shift | None:
        """The shift of a clause added (or removed) with no counterpart: a demand, call,
        encouragement or censure comes (stronger) or goes (softer); a clause that winds
        a measure or mandate down comes (softer) or goes (stronger); a decision (or an
        approval) added that extends, renews or enlarges weighs as that life cycle
        (stronger; the classifier keeps it only where the old text did not set up or
        extend the same, see ``Drafts.continues`` in :mod:`resdiff.classify.drafts`, and
        names an extension that carries on the same thing without weighing it,
        ``Drafts.carries_on``); a
        declaratory clause, or one that states the Council's own stance ("expresses its
        intention", ``stance`` in verbs.toml), is not named, unless the stance announces a
        winding down. ``whole``: the clause's paragraph is added or dropped whole (or the
        clause carves out of a measure where its kept paragraph did not, see
        :meth:`compare`), where a decision that exempts from a measure weighs as the
        exemption."""
        p = view.phrase
        if not p.led:
            return None
        winding = [
            self.lexicon.lifecycle[x]
            for x in self.lexicon.without_start_terms(p.lifecycle)
            if x in self.lexicon.lifecycle and not self.lexicon.lifecycle[x].growing
        ]
        if (
            winding
            and not self.lexicon.acts_once(p.lemma)
            and _winding_as_setting(
                p,
                view.text,
                [m for m in self.lexicon.lifecycle_in(view.text) if not m.growing],
            )
        ):
            # An ask of a government, the parties or partners, in which the winding down
            # is the setting, not the act: "Calls upon the Government of Sudan to cooperate
            # fully ... during UNAMID's drawdown", "strongly urges Somalia to prioritise
            # ... so that ATMIS can continue its phased drawdown" (judged stronger, added:
            # the call weighs as its verb). Asked of the Secretary-General or the mission
            # ("to commence the drawdown"), it is the Council's own winding down, as it
            # is where the Council endorses or approves one ("endorses the African Union
            # Peace and Security Council's decision to drawdown 2000 personnel").
            winding = []
        if winding and not lifecycle:
            # The provision's life cycle is compared as a whole (see compare): the clause
            # adds no shift of its own.
            return None
        if winding:
            shift = Shift(
                feature="lifecycle",
                old=None if added else winding[0].label,
                new=winding[0].label if added else None,
                direction="softer" if added else "stronger",
                ref=view.ref,
            )
            # ("Decides that the exemption set out in paragraph 10 shall expire ...":
            # the measure whole again. Not a clause that grants the exemption it ends:
            # come, it is an exemption for a time, which eases the measure.)
            ends = not carves_out([view], self.lexicon) and ends_exemption(self.lexicon, [view])
            return exemption_ended([shift], not added and ends, added and ends)[0]
        if self.lexicon.states_stance(p.lemma):
            # The Council's own hope, intention or readiness asks no one and decides
            # nothing: it comes and goes as a declaratory clause does ("expresses its
            # intention to review the mandate", "... to extend the mandate"; the judges of
            # the benchmark call it neutral). Only an announced winding down weighs, above:
            # "Expresses its intention to authorise further reductions to 14,626 uniformed
            # personnel" is an exit trajectory (ATMIS 2022, judged softer).
            return None
        if self.lexicon.procedural_in(view.text):
            # The Council's housekeeping ([procedural] in verbs.toml): the
            # Secretary-General asked to give its Committee staff and facilities, a
            # question kept under review. It serves the Council's machinery and asks no
            # one of substance (judged neutral, added or dropped).
            return None
        growing = [
            self.lexicon.lifecycle[x]
            for x in p.lifecycle
            if x in self.lexicon.lifecycle and self.lexicon.lifecycle[x].growing
        ]
        # Only the Council's own act: a decision or authorization, or the approval of a
        # proposal to extend ("Approves the proposal of the Secretary-General to extend
        # the mandate of ONUSAL"); "Encourages Member States to consider reinforcing the
        # Force" asks, and weighs as its verb.
        # "Reaffirms its decision ... to increase the strength of UNIFIL" restates.
        acts = (
            (p.axis_a or 1) >= DECISION_TIER
            and not self.lexicon.restates(p.lemma)
            and not p.lemma.startswith(_RESTATING)
        ) or self.lexicon.acts_once(p.lemma)
        if growing and added and lifecycle and acts:
            return Shift(
                feature="lifecycle",
                old=None,
                new=growing[0].label,
                direction="stronger",
                ref=view.ref,
            )
        carved = [e for e in p.exemptions if self.lexicon.carves_out(e)]
        # An exemption put to work by reference ("Confirms the figure mentioned in
        # paragraph 1 of resolution 706 (1991) as the sum authorized for the purpose of
        # that paragraph", S/RES/712 (1991)) weighs as the exemption when put in, whatever
        # its lead (both judges of iraq-humanitarian-1991-h68: softer); taken out of a
        # later text it was spent on adoption (iraq-oil-1992: neutral). Only as the
        # Council's own operative word on the sum: not a recital ("Recalling the sum
        # authorized under paragraph 1 ..."), a restatement ("Reaffirms ...") nor a
        # censure ("Regrets that the amount authorized ... has not been contributed"),
        # which put no exemption to work (review of leads20).
        by_reference = (
            added
            and view.section == "operative"
            and p.axis_b is None
            and not self.lexicon.restates(p.lemma)
            and not p.lemma.startswith(_RESTATING)
            and any(self.lexicon.by_reference(e) for e in carved)
        )
        if whole and carved and (acts or by_reference):
            # "Decides that the measures imposed by paragraph 4 (c) of resolution 757
            # (1992) shall not apply to ... goods for essential humanitarian need": a
            # decision that carves an exemption out of a measure eases the measure,
            # however firm its verb (S/RES/724 (1991) -> 760 (1992), judged softer). It
            # weighs as the exemption, not as a decision added.
            return Shift(
                feature="exemption",
                old=None if added else carved[0],
                new=carved[0] if added else None,
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

    def _part_shifts(
        self, part: ClauseView, others: Sequence[ClauseView], *, added: bool, verb: str
    ) -> list[Shift]:
        """A clause split off (``added``) or joined in, whose words stood under another
        lead on the other side, compared with that lead: "Expressing grave concern at the
        humanitarian situation ..., the smuggling of migrants ..." → "Expressing concern
        at the humanitarian situation ..., further expressing grave concern about the
        smuggling ..." keeps its grave concern for the smuggling but lowers it for the
        humanitarian situation. Only the tiers and degree of the two leads are compared
        (what they govern is the same words), and only between two censures or two
        asks."""
        p = part.phrase
        if not p.led:
            return []
        stems = _stems(part.words)
        parent = max(
            (
                v
                for v in others
                if v.phrase.led
                and (contained(part.words, v.words) or contained(stems, _stems(v.words)))
            ),
            key=lambda v: len(part.words & v.words),
            default=None,
        )
        if parent is None:
            return []
        q = parent.phrase
        censures = p.axis_b is not None and q.axis_b is not None
        asks = min(p.axis_a or 1, q.axis_a or 1) >= WEIGHTY_AXIS_A
        if not (censures or asks):
            return []
        o, n = (q, p) if added else (p, q)
        found = self._lead_shifts(o, n, part.ref, verb)
        note = "for the part split off" if added else "for the part joined"
        return [
            s.model_copy(update={"note": note})
            for s in found
            if s.direction != "neutral" and s.feature in ("censure", "degree", verb)
        ]

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
        elsewhere: Callable[[frozenset[str], bool, Phrase | None], str | None] | None = None,
        spent: Callable[[str], str | None] | None = None,
        under: Phrase | None = None,
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
        whichever part they land in). ``under``: the lead-in of the list the provision
        stands in, when it is a sub-paragraph (its reach is read under it)."""
        shifts: list[Shift] = []
        pairs = align_clauses(old, new, self.lexicon.same_verb)
        # The words of the old asks left without a counterpart: a clause that took them
        # in asks what the old provision asked already (a welcome or a concern turned
        # into an ask is a new ask).
        paired_ix = {i for i, _ in pairs}
        left_over = frozenset().union(
            *(
                v.words
                for k, v in enumerate(old)
                if k not in paired_ix and v.phrase.led and (v.phrase.axis_a or 1) >= WEIGHTY_AXIS_A
            )
        )
        for i, j in pairs:
            shifts.extend(
                self.pair_shifts(
                    old[i],
                    new[j],
                    verb=verb,
                    qualifiers=not whole,
                    under=under,
                    held=left_over,
                    elsewhere=elsewhere,
                )
            )
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
                if v.phrase.lifecycle
                and k not in paired
                and elsewhere(v.words, added, None) is not None
            }

        moved_old = moved(old, paired_old, False)
        moved_new = moved(new, paired_new, True)
        # The life cycle belongs to the provision, not to one clause: "re-establish the
        # Panel" gone from a request is no winding down while the paragraph still
        # "extends the mandate of the Panel".
        # A stage whose subject is the exemption ("this exemption shall remain in force")
        # keeps the exemption, not the measure: it goes with the exemption, unweighed.
        kept_old, kept_new = keeps_exemption(self.lexicon, old), keeps_exemption(self.lexicon, new)
        shifts.extend(
            exemption_ended(
                self._lifecycle_shifts(
                    [
                        x
                        for k, v in enumerate(old)
                        if k not in moved_old
                        for x in self._acted(v)
                        if x not in kept_old
                    ],
                    [
                        x
                        for k, v in enumerate(new)
                        if k not in moved_new
                        for x in self._acted(v)
                        if x not in kept_new
                    ],
                    (new or old)[0].ref if (new or old) else "",
                ),
                ends_exemption(self.lexicon, old),
                ends_exemption(self.lexicon, new),
            )
        )
        # A provision that now carves out of a measure ("... are not a violation of
        # paragraph 1 (a) of resolution 2255 (2015)"): the clauses that came with the
        # carve-out and speak of it set its terms (S/RES/2615 (2021)).
        carves = carves_out(new, self.lexicon) and not carves_out(old, self.lexicon)
        # ... and the reverse: a provision that no longer carves out ("Decides that ...
        # are not a violation of ..." gone, S/RES/2615 -> 2665 (2022)), whose terms go
        # with the carve-out.
        uncarves = carves_out(old, self.lexicon) and not carves_out(new, self.lexicon)
        lone: list[tuple[bool, ClauseView, Shift]] = []
        # The clauses gone whose deadline has passed: a clause gone beside them that only
        # takes up what they asked for ("and requests the Secretary-General to include
        # this action plan in his next report") is spent with them.
        spent_asks = ask_words(
            v.text
            for k, v in enumerate(old)
            if k not in paired_old and spent is not None and spent(v.text) is not None
        )
        for added, views, paired, other, others in (
            (True, new, paired_new, old_words, old),
            (False, old, paired_old, new_words, new),
        ):
            other_stems = _stems(other)
            # The clauses of the new side paired with one of the old: a lead the provision
            # kept.
            kept = [v for j, v in enumerate(new) if j in paired_new]
            for k, view in enumerate(views):
                if k in paired:
                    continue
                if (
                    not added
                    and not contained(view.words, other)
                    and contained(_stems(view.words), other_stems)
                ):
                    # A removed clause whose words stand on the new side only in other
                    # forms ("the swift prosecution of alleged perpetrators" → "to swiftly
                    # ... prosecute alleged perpetrators"): joined to a firmer lead of the
                    # same axis, it is asked harder, not dropped. Only that way: a clause
                    # added in such looser words beside a decision the new text restates
                    # ("Reaffirms its decision ... and encourages Member States ... to
                    # coordinate closely") is no decision weakened (UNPROFOR 1993).
                    parts = self._part_shifts(view, kept, added=added, verb=verb)
                    if any(s.direction == "stronger" for s in parts):
                        shifts.extend(parts)
                        continue
                if contained(view.words, other):
                    parts = self._part_shifts(view, others, added=added, verb=verb)
                    # Old words under a lead the other side never used are a new act on
                    # them: "stressing the need for a swift, independent ... investigation"
                    # → "deploring the lack of progress of an independent ...
                    # investigation" deplores what was only stressed. But words an ask
                    # held, now under another ask, are asked otherwise: "Demands that the
                    # DPRK suspend ..., and re-establish its moratorium" → "Encourages the
                    # DPRK to re-establish its moratorium" asks it less.
                    # (Asked more, the words under a firmer lead go on to be read as
                    # the one substitution they are, below.)
                    asked_less = any(s.direction == "softer" for s in parts)
                    # Joined, from the old side, under a firmer lead the provision keeps:
                    # "..., and further calls for the swift prosecution of alleged
                    # perpetrators" folded into "calls upon the authorities to swiftly
                    # investigate and prosecute alleged perpetrators" is asked harder,
                    # not dropped.
                    # (Only under a lead the provision kept: joined to a lead that came
                    # with it, the two are the one substitution read below.)
                    joined = [] if added else self._part_shifts(view, kept, added=False, verb=verb)
                    asked_more = any(s.direction == "stronger" for s in joined)
                    if asked_more:
                        parts = joined
                    if (
                        asked_less
                        or asked_more
                        or not _forceful_lead(view)
                        or _lead_stands_in(view, other)
                    ):
                        shifts.extend(parts)
                        continue
                # A decision that carves out of a measure, come while the provision held
                # no such carve-out, weighs as the exemption added (softer), however firm
                # its verb: the rule for a whole paragraph (lone_shift's ``whole``) holds
                # for a clause of a kept one ("Decides that all States shall continue to
                # take the measures ..." -> "Decides that humanitarian assistance ... are
                # not a violation of paragraph 1 (a) ...", S/RES/2557 (2020) -> 2615
                # (2021)). Not one gone: a carve-out a later text does not restate may
                # stand in the old resolution ("Reaffirms its decision in paragraph 10 of
                # resolution 836 (1993)", whose "notwithstanding paragraph 1 of
                # resolution 816 (1993)" lets air power through the flight ban; the
                # judges call such an exemption left out neutral, "still in force").
                shift = self.lone_shift(
                    view, added=added, verb=verb, lifecycle=False, whole=added and carves
                )
                if shift is None:
                    continue
                # A clause whose words stand in another paragraph of the other draft was
                # moved there (or from there), not added or removed: named, not weighed.
                host = elsewhere(view.words, added, view.phrase) if elsewhere is not None else None
                due = spent(view.text) if spent is not None and not added else None
                met = (
                    delivered_or_followed(view, new, old, spent_asks)
                    if due is None and not added and host is None
                    else None
                )
                if host is not None:
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": f"its words stand in {host}"}
                    )
                elif due is not None:
                    # A one-time request gone after its deadline ("submit a report by 31
                    # January 2022", gone from a text of March 2022) was met or overtaken,
                    # inside a kept paragraph as much as with a whole one; so was one
                    # whose product the paragraph now speaks of as delivered.
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": f"spent: due {due}"}
                    )
                elif met is not None:
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": f"spent: {met}"}
                    )
                elif (
                    (carves if added else uncarves)
                    and shift.feature != "exemption"
                    and OF_ITSELF.search(view.text)
                ):
                    # (The carve-out itself may name its paragraph, "the measures imposed
                    # by this paragraph shall not apply to ...": it stays the exemption.)
                    # "strongly encourages providers relying on this paragraph to use
                    # reasonable efforts to minimize the accrual of any benefits ...",
                    # "further decides to review the implementation of this provision
                    # after a period of one year": the safeguard and the review of the
                    # exemption added, which eases the measure however firm their verbs
                    # (an expert's reading of S/RES/2611 -> 2615 (2021)).
                    # Gone with the carve-out, they go with it (S/RES/2615 -> 2665 (2022)).
                    shift = shift.model_copy(
                        update={
                            "direction": "neutral",
                            "note": "a term of the exemption " + ("added" if added else "removed"),
                        }
                    )
                elif (
                    added
                    and shift.feature == verb
                    and (going_on := _CONTINUES.match(view.text, len(view.phrase.text)))
                    and not presses_party(view.phrase, asked=going_on[0])
                ):
                    # "further decides that UNISFA should continue to implement that
                    # mandate": an ask to go on asks nothing new (only a party pressed).
                    shift = shift.model_copy(
                        update={
                            "direction": "neutral",
                            "note": "it asks to go on with what is in place, nothing new",
                        }
                    )
                elif (
                    not added
                    and shift.feature == verb
                    and _CONTINUES_MANDATE.match(view.text, len(view.phrase.text))
                    and self._renews(new)
                ):
                    # And gone from a paragraph that renews the mandate, it withdraws
                    # nothing: the mandate goes on by the renewal itself (UNISFA 2020 OP1,
                    # UNSOM 2022 OP1: "... and further decides that UNSOM should continue
                    # to implement its mandate in accordance with resolution 2592 (2021)").
                    shift = shift.model_copy(
                        update={"direction": "neutral", "note": _ONLY_CONTINUES_NOTE}
                    )
                if shift.feature in (verb, "censure") and any(
                    v.phrase.led and v.phrase.lemma == view.phrase.lemma for v in others
                ):
                    # "operative verb removed: decides" beside a new paragraph that still
                    # opens "Decides" read as a contradiction (S/RES/2557 (2020) -> 2615
                    # (2021) OP1): one of its decisions went, and its words say which.
                    # Named so only: the shift weighs as it did.
                    shift = shift.model_copy(update={"detail": clause_quote(view, self.lexicon)})
                lone.append((added, view, shift))
        shifts.extend(recast(lone, verb, self._lead_shifts, self._efforts))
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


def _stems(words: frozenset[str]) -> frozenset[str]:
    """``words`` cut to their first :data:`_STEM` letters: "prosecution" and "prosecute",
    "swift" and "swiftly" are one word when a clause's words are looked for on the other
    side."""
    return frozenset(w[:_STEM] for w in words)


#: Letters that tell two forms of a lead word apart from another word ("encour-ages",
#: "encour-aging"; "condem-ns", "condem-ning"; but "deplo-ring" is not "stres-sing").
_STEM = 5


_ONLY_CONTINUES_NOTE = "asked only to continue the mandate"
#: An ask only to go on implementing the mandate: "... that UNSOM should continue to
#: implement its mandate (and tasks) in accordance with resolution 2592 (2021)".
_CONTINUES_MANDATE = compile_cached(
    r"[^;:,]{0,60}?\b(?:to|should|shall|will|must)\s+continue\s+to\s+implement\s+"
    r"(?:its|that|the|their)\s+mandate(?:\s+and\s+tasks)?"
    r"(?:\s+in\s+accordance\s+with\b[^;:]*+)?\W*+$",
    re.IGNORECASE,
)
#: What a clause asks opens with "continue": "... that X should continue to",
#: "... the Secretary-General to continue to" (a comma only in "agencies, funds and").
_CONTINUES = compile_cached(
    r"(?:[^;:,]|,(?=\s+funds\b)){0,60}?\b(?:to|should|shall|will|must)\s+continue\b", re.I
)


def _winding_as_setting(p: Phrase, text: str, winding: Sequence[LifecycleMatch]) -> bool:
    """Whether the winding down in the clause ``text``, led by ``p``, is the setting of an
    ask rather than the Council's own act: the clause asks (calls upon, urges,
    requests), and it asks another party by name ("Calls upon the Government of Sudan to
    cooperate fully ... during UNAMID's drawdown") or every winding-down word stands in
    a setting ("... in preparation for MONUSCO's withdrawal", "... so that ATMIS can
    continue its phased drawdown"). Asked of the Secretary-General, the mission or the
    African Union ("Requests the Secretary-General to commence the drawdown of UNAMID
    personnel", "Requests AMISOM to reduce its uniformed personnel"), it is the Council's
    own winding down."""
    if not WEIGHTY_AXIS_A <= (p.axis_a or 1) < DECISION_TIER:
        return False
    end = _ASKED_END.search(text, p.start + len(p.text))
    asked = text[: end.start() if end else len(text)]
    if (
        p.addressee is not None
        and _OTHER_PARTY.search(p.addressee)
        and EXECUTOR.search(asked) is None
    ):
        # Another party asked, and no one who carries the winding down out: "Requests
        # the Mission and the United Nations agencies to complete the withdrawal of the
        # Mission" is the Council's own winding down.
        return True
    return bool(winding) and all(
        _SETTING.search(text, max(0, m.start - _SETTING_REACH), m.start) is not None
        for m in winding
    )
