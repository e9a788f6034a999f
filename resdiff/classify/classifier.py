"""The classifier: one aligned provision (a paragraph, or the parts of a split or merge)
to a :class:`~resdiff.model.Change` with a kind and named shifts. The shifts come from
every clause (:mod:`resdiff.clauses`), the quantities (:mod:`resdiff.quantities`), the
measures and their life cycle (:mod:`.measures`), the Article 39 determination, the
document flags and the Council's warnings (:mod:`.flags`); what a later text need not
repeat is made neutral (:mod:`.spent`), and what the two whole drafts hold elsewhere is
looked up in :mod:`.drafts`. Each shift is weighed with the lexicon's ``weights.toml``;
sub-paragraphs are aligned and classified as changes of their own."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from ..align import AlignOptions, Link, align
from ..clauses import (
    ClauseComparer,
    ClauseView,
    clause_views,
    contained,
    content_words,
)
from ..clauses.emphasis import read_once
from ..lexicon import Lexicon
from ..model import (
    CHAPTER_VII_RECALLED,
    NOT_RESTATED,
    PART_BREAK,
    PLACE_OF_THREAT,
    THREATENED,
    Change,
    ChangeKind,
    Clause,
    ClauseStart,
    Phrase,
    Section,
    Shift,
)
from ..quantities import quantity_shifts, renewal_shift, renewal_term
from ..redline import redline
from .balance import period_halves
from .basis import besides_basis, carried_shift, provision_part
from .disputes import dispute_shifts
from .drafts import Drafts
from .flags import art39_subject, flag_shifts, section_shift, with_warning
from .folding import continuers, declaratory_word, same_words
from .hosts import _neutralised, items_elsewhere
from .kinds import (
    asks_items,
    change_kind,
    recited,
    restated,
    restated_change,
    same_subtree,
    same_word_both_ways,
    unchanged_change,
)
from .limits import time_limits
from .lists import folded_items, folded_reach, list_of_provisions, named_under, run_into_text
from .measures import RENEWED_DROPPED, measure_shifts, measure_words, renewal_words
from .named import _dedupe, _item_quote
from .recitals import told_not_done
from .reference import cited_besides, cited_contents
from .renewed import renewal_beside, renewal_dropped
from .spent import act_done_in_place, done_in_place, level_kept, spend
from .vehicles import winding_down_vehicles


class Classifier:
    """Turns aligned provisions into :class:`Change` objects with a lexicon: the clauses,
    quantities, measures and flags are compared, and every shift weighed."""

    def __init__(
        self,
        lexicon: Lexicon,
        options: AlignOptions,
        *,
        dates: tuple[_dt.date | None, _dt.date | None] = (None, None),
        successor: bool = False,
        symbols: tuple[str | None, str | None] = (None, None),
        drafted: bool = True,
    ) -> None:
        """``dates``: the old and the new text's dates, when known ("until <date>" is
        measured from them); ``successor``: the new text is a later resolution, not a
        revised draft (:func:`.standing.later_resolution`): an act done once that it leaves
        out (an approval, an establishment) was done, not withdrawn; ``symbols``: the two
        symbols, when known; ``drafted``: false for two adopted resolutions, never two
        versions of one draft (:func:`.following.both_adopted`)."""
        self.drafted = drafted and not successor
        self.lexicon = lexicon
        self.options = options
        self.dates = dates
        self.successor = successor
        self.clauses = ClauseComparer(lexicon)
        self.drafts = Drafts(lexicon, dates=dates, successor=successor, symbols=symbols)
        self._unanalysed = False
        # The labels of the quantity types and life-cycle stages that weigh as their
        # section's language (``headline = false``): asked of every shift weighed.
        self._language_quantities = frozenset(
            q.label for q in lexicon.quantity_types.values() if not q.headline
        )
        self._language_stages = frozenset(
            x.label for x in lexicon.lifecycle.values() if not x.headline
        )
        # The continuers, to read two leads as one word without them (same_word_both_ways).
        self._going_on = continuers(lexicon)

    def know_drafts(
        self, old: Sequence[Clause], new: Sequence[Clause], *, unanalysed: bool = False
    ) -> None:
        """The paragraphs of both drafts, so that a clause moved from one paragraph to
        another is recognised (see :meth:`ClauseComparer.compare`). ``unanalysed`` says a
        draft could not be analysed (not in English): then no shift is named at all, since
        the lexicon's patterns would read the other language's words as absences (a French
        "Agissant en vertu du Chapitre VII" is no "Acting under Chapter VII")."""
        self.drafts.know(old, new)
        self._unanalysed = unanalysed

    # -- shifts ----------------------------------------------------------------------

    def shifts(
        self,
        old: Sequence[Clause],
        new: Sequence[Clause],
        *,
        own_only: bool,
        top: bool = True,
        governing: Phrase | None = None,
        exempting: bool = False,
        counterpart: frozenset[str] | None = None,
        leads: tuple[str, str] | None = None,
    ) -> list[Shift]:
        """Every named shift between the old and the new version of a provision, weighed.

        ``own_only`` compares only the clauses' own text (their sub-paragraphs are compared
        one by one); otherwise the whole subtree counts (splits, merges, additions).
        ``governing`` is the lead-in of the list a sub-paragraph stands in, and
        ``exempting`` says that list carves exemptions out of a measure: an item with no
        lead of its own added to such a list is an exemption added (softer); to a list of
        demands or tasks, an ask widened (stronger). ``counterpart`` holds the words of
        the other side's whole paragraph when a sub-paragraph is added or dropped: one
        whose words were there all along was restructured, not added. ``leads``: the
        lead-ins of the old and the new list a sub-paragraph stands in, whose quantities
        its own are compared with (see :func:`~resdiff.quantities.quantity_shifts`).
        """
        side = new or old
        if not side or self._unanalysed:
            return []
        ref = side[0].ref
        section: Section = side[0].section
        verb = "lead" if section == "preamble" else "verb"

        def subtree(clauses: Sequence[Clause]) -> list[Clause]:
            return list(clauses) if own_only else [d for c in clauses for d in c.walk()]

        old_all, new_all = subtree(old), subtree(new)
        # A recital of the basis alone joined to a provision is compared by its flag, not
        # as a clause whose lead stands against the provision's verb (see align.basis).
        old_views = [
            v
            for c in besides_basis(self.lexicon, old, old_all)
            for v in clause_views(c, exempting=exempting)
        ]
        new_views = [
            v
            for c in besides_basis(self.lexicon, new, new_all)
            for v in clause_views(c, exempting=exempting)
        ]
        shifts: list[Shift] = []
        # The note of a dropped paragraph that was an act done once, for its measures.
        spent_whole: str | None = None
        # The view each lone shift of a provision added or dropped was read from, by place.
        clause_of: dict[int, int] = {}
        views = old_views
        if old and new:
            old_text = " ".join(c.text for c in old_all)
            new_text = " ".join(c.text for c in new_all)
            shifts.extend(
                self.clauses.compare(
                    old_views,
                    new_views,
                    verb=verb,
                    # The whole of each side, sub-paragraphs included: a clause whose
                    # words moved into a list below was restructured, not removed.
                    old_words=content_words(" ".join(c.full_text() for c in old)),
                    new_words=content_words(" ".join(c.full_text() for c in new)),
                    whole=len(old) > 1 or len(new) > 1,
                    elsewhere=lambda words, added, phrase: self.drafts.elsewhere(
                        words, added, tuple(c.ref for c in (old if added else new)), phrase
                    ),
                    spent=self.drafts.spent,
                    under=governing,
                )
            )
            if top and section == "operative":
                shifts = [
                    self.drafts.renewed_elsewhere(s, old_text, [c.ref for c in new]) for s in shifts
                ]
            if section == "preamble" and old[0].section == "preamble":
                # A recital carves nothing out of a measure: "except in humanitarian
                # circumstances" recalled from a resolution states its exemption, it
                # makes none (judged reworded both ways, Iraq 1990).
                shifts = [recited(s) if s.feature == "exemption" else s for s in shifts]
            emphasis = self.clauses.emphasis_shifts(
                old_text, new_text, ref, invert=exempting, views=(old_views, new_views)
            )
            shifts.extend(read_once(emphasis, shifts, self.lexicon, (old_text, new_text)))
            quantities = quantity_shifts(old_text, new_text, self.lexicon, ref, leads)
            reporting = self.lexicon.quantity_types.get("reporting_interval")
            if (
                section == "preamble"
                and reporting is not None
                and "request" not in old_text.lower()
                and "request" not in new_text.lower()
            ):
                # "Taking note of the annual report" is a fact about a report, not a
                # request for one; a recital asks for reporting only in so many words
                # ("reiterating its request ... to include in his quarterly reports").
                quantities = [
                    q.model_copy(update={"direction": "neutral", "note": "in the preamble"})
                    if q.detail == reporting.label and q.direction != "neutral"
                    else q
                    for q in quantities
                ]
            shifts.extend(
                time_limits(
                    self.lexicon,
                    quantities,
                    shifts,
                    section,
                    old_text,
                    new_text,
                    leads,
                    self._no_headline,
                )
            )
            if section == "preamble" and old[0].section == "preamble":
                # A recital that tells how something came about, or what another
                # proposed, asks nothing by it (see classify.recitals).
                shifts = [
                    recited(s) if told_not_done(self.lexicon, s, old_text, new_text) else s
                    for s in shifts
                ]
            duration = self.lexicon.quantity_types.get("duration")
            stated = duration is not None and any(s.detail == duration.label for s in shifts)
            if top and not stated:
                period = renewal_shift(old_text, new_text, self.dates, self.lexicon, ref)
                if period is not None:
                    shifts.append(period)
            old_part, new_part = (
                provision_part(self.lexicon, old),
                provision_part(self.lexicon, new),
            )
            if old_part != new_part:
                shifts.append(section_shift(old_part, new_part, old_text, new_text, ref))
            elif old_part != old[0].section:
                # The recital of the basis alone, now in the provision's own words: named,
                # not weighed (the draft's Chapter VII flag stands).
                carried = carried_shift(self.lexicon, old_text, new_text, ref)
                if carried is not None:
                    shifts.append(carried)
            shifts.extend(art39_subject(self.lexicon, old_text, new_text, ref))
            if self.successor:
                shifts = act_done_in_place(
                    [done_in_place(s, self.lexicon, old_views) for s in shifts],
                    old_views,
                    self.lexicon,
                )
        elif counterpart is not None and contained(
            # Paragraph numbers renumbered with the restructuring ("paragraphs 10-17" →
            # "23-26") say nothing about whether the words were there all along.
            frozenset(
                w
                for w in content_words(" ".join(c.full_text() for c in side))
                if not w[0].isdigit()
            ),
            counterpart,
        ):
            pass
        else:
            added = bool(new)
            views = new_views if added else old_views
            for k, view, lone in self._lone_shifts(views, added=added, verb=verb):
                if (
                    added
                    and lone is not None
                    and lone.feature == "lifecycle"
                    and lone.direction == "stronger"
                    and self.drafts.continues(lone.new)
                ):
                    # The old draft set up, extended or enlarged it too, in a paragraph
                    # paired elsewhere or left apart: not a new provision. An extension or
                    # renewal of the same thing carries on what the old text set up or
                    # extended, named, not weighed ("Decides to establish UNITAMS" ->
                    # "Decides to extend the mandate of UNITAMS": the same mission carried
                    # on; the judges read a force's first extension as a plain renewal,
                    # UNEF II 1973 -> 1974); an enlargement after another, or the
                    # extension of a mission where the old text renewed only the sanctions
                    # measures, weighs as its ask.
                    if self.drafts.carries_on(lone.new, view.text):
                        # Its term named, as no old period is compared with it.
                        term = renewal_term(view.text, self.lexicon)
                        note = _CARRIED_ON if term is None else f"{_CARRIED_ON}, {term}"
                        lone = lone.model_copy(update={"direction": "neutral", "note": note})
                    else:
                        lone = self.clauses.lone_shift(
                            view, added=added, verb=verb, lifecycle=False
                        )
                if lone is None:
                    continue
                host = (
                    self.drafts.elsewhere(view.words, added, (), view.phrase)
                    if top and lone.direction != "neutral"
                    else None
                )
                if host is not None:
                    # A paragraph dropped whose ask stands, word for word, in another
                    # paragraph of the new draft was folded in there, not withdrawn (and
                    # the mirror for one added): named, not weighed.
                    lone = lone.model_copy(
                        update={"direction": "neutral", "note": f"its words stand in {host}"}
                    )
                elif (
                    not added
                    and self.successor
                    and lone.feature == "lifecycle"
                    and lone.direction == "stronger"
                ):
                    # A winding down a later resolution leaves out was decided, done or
                    # overtaken: not said again, it is not reversed ("expresses its
                    # intention to decide on the drawdown and exit of UNAMID by 31 December
                    # 2020"; UNISFA 2022). A revised draft that drops it keeps the mandate
                    # whole. A narrower rule (neutral only where the later text winds down
                    # itself) lost two pairs (RESULTS.md); a winding-down clause gone from a
                    # provision kept still weighs (the judges: the drawdown halted, 2 of 3).
                    lone = lone.model_copy(
                        update={"direction": "neutral", "note": _WIND_DOWN_LEFT_OUT}
                    )
                clause_of[len(shifts)] = k
                shifts.append(lone)
            if not any(v.phrase.led for v in views[:1]) and not shifts:
                item = self._list_item(side[0], governing, exempting, added=added)
                if item is not None and not top and item.direction != "neutral":
                    host = self.drafts.elsewhere(
                        frozenset(content_words(side[0].full_text())), added, ()
                    )
                    if host is not None:
                        # An item moved to another paragraph's list: MINUSCA 2021's
                        # elections task, from the priority tasks (old OP31 (c)) to the
                        # other tasks (new OP35 (b)), was "dropped" (an expert's trial).
                        item = item.model_copy(
                            update={"direction": "neutral", "note": f"its words stand in {host}"}
                        )
                if item is not None:
                    shifts.append(item)
            if not added and top:
                shifts, spent_whole = spend(
                    self.drafts, shifts, clause_of, views, " ".join(c.full_text() for c in old)
                )
        if top:
            # Measures are listed across a paragraph and its sub-paragraphs ("shall
            # prevent: (a) arms; (b) ..."), so they are compared per paragraph, never
            # per sub-paragraph, where they would be counted twice.
            measures = measure_shifts(
                self.drafts,
                [d for c in old for d in c.walk()],
                [d for c in new for d in c.walk()],
                ref,
            )
            if spent_whole is not None:
                # "Decides to establish a Panel of Experts to monitor the arms embargo":
                # the body and the measure it watches were named by the act, done.
                measures = [
                    m.model_copy(update={"direction": "neutral", "note": spent_whole})
                    if m.direction != "neutral"
                    else m
                    for m in measures
                ]
            if not new and any(m.note == RENEWED_DROPPED for m in measures):
                # A renewal by reference taken out weighs once, as the measures it renewed
                # left to lapse: its lead removed is the same act (RESULTS §2eq). Only the
                # lead that reads the renewal: "..., and demands that the parties cease
                # hostilities" beside it is an act of its own (review of leads21), and so
                # is an enlargement the same lead decides that no measure carries ("...,
                # and to expand the measures to include fuel"; review of the merge).
                parts = [d for c in old for d in c.walk()]
                renewing, by_measures = renewal_words(parts, self.drafts), measure_words(parts)
                shifts = [
                    s.model_copy(update={"direction": "neutral", "note": RENEWED_DROPPED})
                    if s.feature == "verb"
                    and s.new is None
                    and s.direction != "neutral"
                    and k in clause_of
                    and not renewing.isdisjoint(views[clause_of[k]].phrase.lifecycle)
                    and by_measures.issuperset(views[clause_of[k]].phrase.lifecycle)
                    else s
                    for k, s in enumerate(shifts)
                ]
            shifts.extend(measures)
        shifts.extend(flag_shifts(self.drafts, old_all, new_all, ref))
        shifts = with_warning(self.lexicon, old_views, new_views, ref, shifts)
        if self.successor:
            shifts = [level_kept(s, self.lexicon) for s in shifts]
        if old and new and provision_part(self.lexicon, old) != section:
            # A paragraph moved between the preamble and the operative part: what it lost
            # is named by the part it stood in ("operative verb removed: calls on" from an
            # operative paragraph now preambular, not "preambular lead phrase removed").
            was = "lead" if old[0].section == "preamble" else "verb"
            shifts = [
                s.model_copy(update={"feature": was})
                if s.feature in ("lead", "verb") and s.new is None and s.old is not None
                else s
                for s in shifts
            ]
        unmeasured = bool(old and new) and self._unmeasured(
            shifts, [*old, *new], governing, exempting
        )
        return self._weighed(_dedupe(shifts), section, unmeasured=unmeasured)

    def _unmeasured(
        self,
        shifts: list[Shift],
        clauses: Sequence[Clause],
        governing: Phrase | None,
        exempting: bool,
    ) -> bool:
        """Whether an exception of ``shifts`` that weighs as a headline only beside a
        measure (``measure_only``, scope.toml: "except") stands in a provision that names
        none and holds none of the entry's words of restraint, on either side (an item of
        a list is left alone: its lead-in may name the measure). "A Force to be composed
        of personnel drawn from States Members ... except the permanent members"
        (S/RES/340 (1973) OP3) leaves the permanent members out of a force, not out of a
        measure."""
        if exempting or governing is not None:
            return False
        found = [
            self.lexicon.exemption_needs_measure(s.new or s.old or "")
            for s in shifts
            if s.feature == "exemption" and s.direction != "neutral"
        ]
        restraint = [pattern for pattern in found if pattern is not None]
        if not restraint:
            return False
        texts = [c.full_text() for c in clauses]
        joined = " ".join(texts)
        # A word of restraint marks a measure the measures of measures.toml may not name
        # ("shall prevent the passage of all freight vehicles ... except at ...").
        if any(pattern.search(joined) for pattern in restraint):
            return False
        return not any(self.lexicon.measures_in(text) for text in texts)

    def _list_item(
        self, clause: Clause, governing: Phrase | None, exempting: bool, *, added: bool
    ) -> Shift | None:
        """An item with no lead of its own added to (or removed from) a list: what it does
        follows from the list's lead-in, an encouragement and up (see kinds.asks_items)."""
        what = _item_quote(clause.text)
        if not what:
            return None
        if exempting:
            return Shift(
                feature="exemption",
                old=None if added else what,
                new=what if added else None,
                direction="softer" if added else "stronger",
                ref=clause.ref,
            )
        if governing is not None and (governing.axis_a or 1) >= 2:
            return Shift(
                feature="scope",
                old=None if added else what,
                new=what if added else None,
                direction="stronger" if added else "softer",
                ref=clause.ref,
                detail=f"item of a list under “{governing.text}”",
            )
        return None

    def _weighed(
        self, shifts: list[Shift], section: Section, *, unmeasured: bool = False
    ) -> list[Shift]:
        """``shifts`` weighed in ``section``; ``unmeasured``: the provision names no
        measure, so an exception that is a headline only beside one weighs as language."""
        out = []
        for shift in shifts:
            if shift.direction == "neutral":
                out.append(shift)
                continue
            weight = self.lexicon.weight_of(
                # How widely the threatened peace is named is the wording of the
                # determination, not the determination made or withdrawn: it weighs as
                # the language of its section, never as a headline. So does a quantity
                # of a type that is no headline (a deadline set on an ask), and the
                # place the threatened situation is named in ("Sudan" -> "Darfur").
                "wording"
                if shift.detail in (THREATENED, PLACE_OF_THREAT, CHAPTER_VII_RECALLED)
                or self._no_headline(shift)
                or (
                    unmeasured
                    and shift.feature == "exemption"
                    and self.lexicon.exemption_needs_measure(shift.new or shift.old or "")
                    is not None
                )
                else shift.feature,
                section,
            )
            if section == "operative" and shift.feature in ("verb", "modifier"):
                # Among operative demands, a decision weighs more than an encouragement:
                # the weight scales with the higher tier involved (urges and requests, 3,
                # weigh as the class).
                weight *= self._tier(shift) / 3
            out.append(shift.model_copy(update={"weight": round(weight, 3)}))
        return self._one_drawdown(period_halves(out, self.lexicon))

    def _lone_shifts(
        self, views: Sequence[ClauseView], *, added: bool, verb: str
    ) -> list[tuple[int, ClauseView, Shift | None]]:
        """Each clause of a provision added or dropped whole with its lone shift, the
        renewal first where one added renews beside a drawdown (:func:`.renewed.renewal_beside`)
        or one dropped renewed (:func:`.renewed.renewal_dropped`)."""
        out: list[tuple[int, ClauseView, Shift | None]] = []
        for k, view in enumerate(views):
            lone = self.clauses.lone_shift(view, added=added, verb=verb, whole=True)
            if added and lone is not None and lone.feature == "lifecycle":
                renewal = renewal_beside(view, lone, self.lexicon)
                if renewal is not None:
                    out.append((k, view, renewal))
            elif gone := renewal_dropped(view, lone, self.clauses, verb, drafted=self.drafted):
                out.append((k, view, gone[0]))  # the renewal goes first, its lapse beside it
                lone = gone[1]
            out.append((k, view, lone))
        return out

    def _no_headline(self, shift: Shift) -> bool:
        """Whether ``shift`` names a quantity of a type, a life-cycle stage or an
        exemption that weighs as the language of its section, not as a headline
        (``headline = false`` in quantities.toml, lifecycle.toml or scope.toml)."""
        if shift.feature == "lifecycle":
            return (shift.new or shift.old) in self._language_stages
        if shift.feature == "exemption":
            return self.lexicon.exemption_is_language(shift.new or shift.old or "")
        return shift.feature == "quantity" and shift.detail in self._language_quantities

    def _one_drawdown(self, shifts: list[Shift]) -> list[Shift]:
        """A ceiling cut in the provision that draws the mission down is that drawdown
        told in figures ("Maintains the authorized troop ceiling at 3,550" → "Decides to
        reduce the authorized troop ceiling to 3,250", UNISFA 2020 → 2021): named, not
        weighed a second time. Likewise a ceiling raised where the provision expands."""
        moving = {s.direction for s in shifts if s.feature == "lifecycle" and s.weight}
        if not moving:
            return shifts
        measures = {q.label for q in self.lexicon.quantity_types.values() if q.kind == "measure"}
        return [
            s.model_copy(update={"weight": 0.0, "note": "the same move told in figures"})
            if s.feature == "quantity" and s.detail in measures and s.direction in moving
            else s
            for s in shifts
        ]

    def _tier(self, shift: Shift) -> int:
        tiers = []
        for phrase in (shift.old, shift.new):
            if not phrase:
                continue
            found = self.lexicon.match_operative(phrase)
            if found is not None:
                tiers.append(found.axis_a or 1)
        return max(tiers, default=3)

    # -- changes ---------------------------------------------------------------------

    def change(
        self,
        old: Sequence[Clause],
        new: Sequence[Clause],
        link: Link,
        *,
        top: bool = True,
        governing: Phrase | None = None,
        exempting: bool = False,
        counterpart: frozenset[str] | None = None,
        leads: tuple[str, str] | None = None,
    ) -> Change:
        """The change for one aligned group of clauses (``top``: a paragraph, not a
        sub-paragraph; ``governing`` and ``exempting``: the list a sub-paragraph stands
        in, see :meth:`shifts`)."""
        one_to_one = len(old) == 1 and len(new) == 1
        if one_to_one and same_subtree(old[0], new[0]):
            return unchanged_change(old[0], new[0], link)
        # A paragraph turned into a list, or a list into a paragraph ("Decides to renew
        # the mandate of the Force for six months" → "Decides: (a) To call upon the
        # parties ...; (b) To renew the mandate ... for three months"): its sub-paragraphs
        # have no counterparts to be compared with, so the two are compared whole, as the
        # parts of a split are.
        reshaped = (
            one_to_one
            and bool(old[0].children) != bool(new[0].children)
            and list_of_provisions(old[0] if old[0].children else new[0], self.lexicon)
        )
        children: tuple[Change, ...] = ()
        old_starts: tuple[ClauseStart, ...] = ()
        new_starts: tuple[ClauseStart, ...] = ()
        cited: str | None = None
        besides: str | None = None
        run_in: frozenset[str] = frozenset()
        if one_to_one and not reshaped:
            old_text, new_text = old[0].text, new[0].text
            if old[0].children or new[0].children:
                lead_in, carves = self._lead_in(new[0])
                # An item dropped stood under the old lead-in: "item of a list under
                # 'Requires'" named the new one for an item the old "Decides" governed.
                # It is named under the old one, and weighed as before, by the new one
                # (read by the old lead-in, a report's items dropped from a request turned
                # a provision judged strengthened mixed: MINUSCA 2021 OP54 -> OP58).
                old_lead_in, _ = self._lead_in(old[0])
                old_words = content_words(old[0].full_text())
                new_words = content_words(new[0].full_text())
                children = tuple(
                    self.change(
                        [old[0].children[i] for i in sub.old],
                        [new[0].children[j] for j in sub.new],
                        sub,
                        top=False,
                        governing=lead_in if asks_items(lead_in, old_lead_in, old[0]) else None,
                        exempting=carves or exempting,
                        counterpart=old_words if not sub.old else new_words,
                        leads=(old[0].text, new[0].text),
                    )
                    for sub in align(old[0].children, new[0].children, self.options)
                )
                if lead_in is not None and old_lead_in is not None:
                    children = tuple(
                        named_under(c, lead_in, old_lead_in) if c.kind == "dropped" else c
                        for c in children
                    )
                cited = cited_contents(old[0], new[0])
                besides = cited_besides(old[0], new[0]) if cited is not None else None
                if cited is not None:
                    # Items dropped from a list whose contents the provision now sets by
                    # reference are carried there, not withdrawn: named, not weighed.
                    children = tuple(
                        _neutralised(c, f"carried by reference to {cited}")
                        if c.kind == "dropped"
                        else c
                        for c in children
                    )
                children = items_elsewhere(folded_items(children), old[0].children, new[0].children)
                children, run_in = run_into_text(children, old[0], new[0])
        elif len(old) + len(new) == 1:
            # An added or dropped paragraph keeps its shape: its own words here, each
            # sub-paragraph as an added or dropped child, so reports can lay them out.
            # Children with a lead of their own weigh it; an item with none comes and
            # goes with the lead-in, which carries the weight.
            (clause,) = (*old, *new)
            old_text, new_text = (clause.text, "") if old else ("", clause.text)
            children = tuple(
                self.change(
                    [child] if old else [],
                    [] if old else [child],
                    Link((k,), (), "dropped", 0.0) if old else Link((), (k,), "added", 0.0),
                    top=False,
                )
                for k, child in enumerate(clause.children)
            )
        else:
            old_text = PART_BREAK.join(c.full_text() for c in old)
            new_text = PART_BREAK.join(c.full_text() for c in new)
            if any(c.children for c in (*old, *new)):
                # Where each part's sub-paragraphs stand in its text, for the reports.
                old_starts, new_starts = _part_starts(old), _part_starts(new)
        shifts = self.shifts(
            old,
            new,
            # An added or dropped paragraph weighs its own words; its sub-paragraphs are
            # changes of their own and weigh theirs.
            own_only=(one_to_one and not reshaped) or len(old) + len(new) == 1,
            top=top,
            governing=governing,
            exempting=exempting,
            counterpart=counterpart,
            leads=leads,
        )
        if run_in:
            shifts = folded_reach(shifts, run_in, old[0].text, new[0].text)
        if not (old and new):
            # A paragraph added or dropped whose clause winds a mission down: its verb is
            # how the drawdown is said, not an ask of its own (see vehicles.py).
            shifts = winding_down_vehicles(shifts)
        if old and new:
            # Brackets agreed, alternatives settled, text put in dispute: named, never
            # weighed (the words as read are weighed above).
            spanned = (
                any(id(c) in self.drafts.spanned("old") for c in old),
                any(id(c) in self.drafts.spanned("new") for c in new),
            )
            shifts = [*shifts, *dispute_shifts(old_text, new_text, new[0].ref, spanned)]
        if cited is not None:
            # A measure the old items named and the new text sets by reference ("as set
            # out in resolution 2542 (2020)") is carried there too, not lifted.
            shifts = [
                s.model_copy(
                    update={
                        "direction": "neutral",
                        "weight": 0.0,
                        "note": f"carried by reference to {cited}",
                    }
                )
                if s.feature == "measure" and s.new is None and s.direction != "neutral"
                else s
                for s in shifts
            ]
        if besides is not None:
            # What the joined provision sets out is asked on top of what the old items
            # asked: the contents widened, by reference.
            widened = Shift(
                feature="scope",
                new=besides,
                direction="stronger",
                ref=new[0].ref,
                detail="joined to the reference",
            )
            shifts = [*shifts, *self._weighed([widened], new[0].section)]
        if link.cited is not None and old and new:
            # The new paragraph restates the old one by its number ("Reaffirms the
            # obligation of all States to implement fully the provisions of paragraph 19
            # of resolution 864 (1993)"): what the old words said stands in force through
            # the citation, so what they said and the citation does not spell out is named,
            # not weighed (judged reworded). What the new paragraph does to it, a renewal
            # or an end ("shall no longer apply"), still weighs.
            note = f"restated by reference to {link.cited}"
            shifts = list(restated(shifts, note))
            children = tuple(restated_change(c, note) for c in children)
        section = (new or old)[0].section
        old_section = old[0].section if old else None
        if not old:
            kind: ChangeKind = "added"
        elif not new:
            kind = "dropped"
        else:
            # The folds make a footnote mark or a spelling no word of the paragraph; a
            # paragraph whose comparison names any shift, even a neutral one (a citation
            # or a date moved on), is not the same words.
            # A declaratory lead gone from one clause and the same come in another: what
            # is recalled moved on, nothing asked (named, not weighed).
            shifts = same_word_both_ways(
                shifts, lambda word: declaratory_word(self.lexicon, self._going_on, word)
            )
            same = not shifts and same_words(self.lexicon, old_text) == same_words(
                self.lexicon, new_text
            )
            kind = change_kind(same, shifts, children)
        return Change(
            kind=kind,
            old=tuple(c.ref for c in old),
            new=tuple(c.ref for c in new),
            moved=link.moved,
            section=section,
            old_section=old_section,
            match=link.method,
            score=link.score if old and new else 0.0,
            shifts=tuple(shifts),
            redline=redline(old_text, new_text),
            children=children,
            old_starts=old_starts,
            new_starts=new_starts,
        )

    def _lead_in(self, clause: Clause) -> tuple[Phrase | None, bool]:
        """The lead-in a clause gives the items listed under it (its last led phrase),
        and whether it carves exemptions out of a measure ("shall not apply to:")."""
        led = [p for p in clause.phrases if p.led]
        lead = led[-1] if led else None
        carves = bool(clause.phrases and clause.phrases[-1].exemptions)
        return lead, carves


def _part_starts(parts: Sequence[Clause]) -> tuple[ClauseStart, ...]:
    """Where each clause of ``parts`` (each part, then its sub-paragraphs) starts in their
    full texts joined by :data:`PART_BREAK`, the text a split's or merge's change spells."""
    out: list[ClauseStart] = []
    base = 0
    for part in parts:
        out += [s.model_copy(update={"at": base + s.at}) for s in part.full_text_starts()]
        base += len(part.full_text()) + len(PART_BREAK)
    return tuple(out)


#: Why a winding down a later resolution leaves out weighs nothing (see Classifier.shifts).
_WIND_DOWN_LEFT_OUT = f"{NOT_RESTATED}: decided, done or overtaken, not reversed"
#: The note of an extension or renewal added where the old text set up or extended the
#: same: it carries on what was there (classifier, ``Drafts.carries_on``).
_CARRIED_ON = "carries on what the old text set up or extended"
