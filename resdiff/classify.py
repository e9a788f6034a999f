"""Verdicts: aligned provisions → changes with a kind and named shifts; the document
summary with its weighted direction and key changes.

A change's kind follows from its shifts and those of its sub-paragraphs: only softer
shifts make it ``softened``, only stronger ones ``strengthened``, both ``mixed``, none (but
different words) ``reworded``. The shifts come from every clause of the provision
(:mod:`resdiff.clauses`), from its quantities paired through the redline
(:mod:`resdiff.quantities`), from its measures and their life cycle, and from the
document-level flags. Each shift names the feature that moved and its old and new
values, so a reader can check the verdict, and carries a weight (the lexicon's
``weights.toml``) so that the document's direction follows its headline changes.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain

from .align import AlignOptions, Link, align, normalise
from .clauses import ClauseComparer, clause_views, contained, content_words, direction_of
from .explain import describe_shift
from .lexicon import Lexicon
from .model import (
    CHANGE_KINDS,
    PART_BREAK,
    Change,
    ChangeKind,
    Clause,
    ClauseStart,
    Comparison,
    Direction,
    Draft,
    DraftInfo,
    FlagStatus,
    HeadingChange,
    KeyChange,
    MeasureChange,
    MeasureMode,
    NetDirection,
    NumberedClause,
    Phrase,
    Section,
    Shift,
    Summary,
)
from .quantities import expired_terms, quantity_shifts, renewal_shift, spent_deadline
from .redline import redline

_MODE_RANK: dict[MeasureMode, int] = {"voluntary": 1, "hortatory": 2, "mandatory": 3}

#: How many key changes a summary keeps, at most.
KEY_CHANGES = 5
#: A side of a class of shifts must outweigh the other this many times for the direction
#: to follow it; closer, the class is balanced and the next class decides (a document is
#: "mixed" only when every class is balanced).
DOMINANCE = 1.1

# The subject of an Article 39 determination: what stands between "determining that" and
# "constitutes a threat".
_ART39_SUBJECT = re.compile(
    r"\bthat\s+(?P<subject>.{1,300}?)\s+(?:constitutes?|constituted|continues?\s+to\s+"
    r"constitute|remains?|poses?|represents?)\b",
    re.IGNORECASE | re.DOTALL,
)

# Contents set by reference to an earlier resolution ("to inform the Council ... as set
# out in paragraph 34 of resolution 2609 (2021)"): the items listed there still apply.
_BY_REFERENCE = re.compile(
    r"\bas\s+(?:set\s+out|described|outlined|specified|requested|referred\s+to)\s+in\s+"
    r"(?P<cited>paragraphs?\s+\d[^;.]{0,40}?\bof\s+(?:its\s+)?resolution\s+\d{3,4}\s+\(\d{4}\))",
    re.IGNORECASE,
)


def _cited_contents(old: Clause, new: Clause) -> str | None:
    """The earlier paragraph a provision now sets its contents by, when the old
    version did not cite it: the items it listed are carried by that reference."""
    found = _BY_REFERENCE.search(new.text)
    if found is None:
        return None
    cited = " ".join(found.group("cited").split())
    return None if cited.lower() in " ".join(old.text.split()).lower() else cited


#: Words of a substitute clause shown in a shift (the rest is in the redline).
_PLACE_WORDS = 24


def _in_its_place(old_all: Sequence[Clause], new_all: Sequence[Clause], gone: str) -> str | None:
    """The clause that took the place of a determination that opened the paragraph
    ("Determining that ... constitute a threat ..." → "Affirming that such launches
    jeopardize peace, stability and security ..."), so the reader sees the swap; ``None``
    when the determination stood inside the paragraph or the paragraph is gone."""
    if not old_all or not new_all or not gone:
        return None
    if not old_all[0].text.startswith(gone[:24]):
        return None
    first = new_all[0]
    lead = first.phrases[0] if first.phrases else None
    text = first.text[lead.start : lead.end] if lead is not None else first.text
    words = text.rstrip(" ,;.").split()
    if not words:
        return None
    return " ".join(words[:_PLACE_WORDS]) + (" …" if len(words) > _PLACE_WORDS else "")


def _fold(lexicon: Lexicon, text: str) -> str:
    """What two texts must share to count as the same words: spelling, case, spacing,
    dashes and punctuation folded. A compound written open, hyphenated or closed ("peace
    building", "peace-building", "peacebuilding") is one spelling of the same word."""
    return normalise(lexicon.fold(text.replace("\u00ad", ""))).replace(" ", "")


class Classifier:
    """Turns aligned provisions into :class:`Change` objects with a lexicon: the clauses,
    quantities, measures and flags are compared, and every shift weighed."""

    def __init__(
        self,
        lexicon: Lexicon,
        options: AlignOptions,
        *,
        dates: tuple[_dt.date | None, _dt.date | None] = (None, None),
    ) -> None:
        """``dates`` are the dates of the old and the new text, when known: a renewal
        "until <date>" is measured from them."""
        self.lexicon = lexicon
        self.options = options
        self.dates = dates
        self.clauses = ClauseComparer(lexicon)
        self._drafts: dict[str, Sequence[Clause]] = {}
        self._hosts: dict[str, tuple[dict[str, list[int]], list[str]]] = {}
        # Content words by paragraph text: the two drafts share most paragraphs, so the
        # second side's word index reads only the paragraphs the revision touched.
        self._words: dict[str, frozenset[str]] = {}
        self._unanalysed = False
        # End dates of the old text's terms that the new one moved on (see _spent).
        self._expired: frozenset[_dt.date] | None = None

    def know_drafts(
        self, old: Sequence[Clause], new: Sequence[Clause], *, unanalysed: bool = False
    ) -> None:
        """The paragraphs of both drafts, so that a clause moved from one paragraph to
        another is recognised (see :meth:`ClauseComparer.compare`). ``unanalysed`` says a
        draft could not be analysed (not in English): then no shift is named at all, since
        the lexicon's patterns would read the other language's words as absences (a French
        "Agissant en vertu du Chapitre VII" is no "Acting under Chapter VII")."""
        self._drafts = {"old": old, "new": new}
        self._hosts = {}
        self._expired = None
        self._words = {}
        self._unanalysed = unanalysed

    def _content_words(self, text: str) -> frozenset[str]:
        words = self._words.get(text)
        if words is None:
            words = self._words[text] = content_words(text)
        return words

    def _elsewhere(self, words: frozenset[str], added: bool, here: tuple[str, ...]) -> str | None:
        side = "old" if added else "new"
        paragraphs = self._drafts.get(side)
        if not paragraphs:
            return None
        if side not in self._hosts:
            # Built on first need: most comparisons never move a clause.
            self._hosts[side] = (
                _word_index([self._content_words(c.full_text()) for c in paragraphs]),
                [c.ref for c in paragraphs],
            )
        index, refs = self._hosts[side]
        if len(words) < MOVED_CLAUSE_WORDS:
            # A short clause's words stand somewhere in any long text: too few to tell.
            return None
        host = _best_host(
            words,
            index,
            exclude={k for k, r in enumerate(refs) if r in here},
            share=MOVED_CLAUSE_SHARE,
        )
        return f"{side} {refs[host]}" if host is not None else None

    def _spent(self, text: str) -> str | None:
        """The passed deadline of a one-time request in ``text``, gone from the new
        draft (see :func:`spent_deadline`); ``None`` when the new draft's date is unknown."""
        on = self.dates[1]
        if on is None:
            return None
        if self._expired is None:
            # Built on first need: most comparisons drop no clause.
            drafts = self._drafts
            self._expired = expired_terms(
                " ".join(c.full_text() for c in drafts.get("old", ())),
                " ".join(c.full_text() for c in drafts.get("new", ())),
            )
        return spent_deadline(text, on, self._expired)

    def _flags(self, text: str) -> dict[str, str | None]:
        found = {
            "chapter-vii": self.lexicon.chapter_vii_in(text),
            "art39": self.lexicon.art39_in(text),
            "use-of-force": self.lexicon.use_of_force_in(text),
        }
        return {k: (m.text if m else None) for k, m in found.items()}

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
    ) -> list[Shift]:
        """Every named shift between the old and the new version of a provision, weighed.

        ``own_only`` compares only the clauses' own text (their sub-paragraphs are compared
        one by one); otherwise the whole subtree counts (splits, merges, additions).
        ``governing`` is the lead-in of the list a sub-paragraph stands in, and
        ``exempting`` says that list carves exemptions out of a measure: an item with no
        lead of its own added to such a list is an exemption added (softer); to a list of
        demands or tasks, an ask widened (stronger). ``counterpart`` holds the words of
        the other side's whole paragraph when a sub-paragraph is added or dropped: one
        whose words were there all along was restructured, not added.
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
        old_views = [v for c in old_all for v in clause_views(c, exempting=exempting)]
        new_views = [v for c in new_all for v in clause_views(c, exempting=exempting)]
        shifts: list[Shift] = []
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
                    elsewhere=lambda words, added: self._elsewhere(
                        words, added, tuple(c.ref for c in (old if added else new))
                    ),
                    spent=self._spent,
                )
            )
            shifts.extend(self.clauses.emphasis_shifts(old_text, new_text, ref, invert=exempting))
            shifts.extend(quantity_shifts(old_text, new_text, self.lexicon, ref))
            duration = self.lexicon.quantity_types.get("duration")
            stated = duration is not None and any(s.detail == duration.label for s in shifts)
            if top and not stated:
                period = renewal_shift(old_text, new_text, self.dates, self.lexicon, ref)
                if period is not None:
                    shifts.append(period)
            if old[0].section != new[0].section:
                shifts.append(
                    Shift(
                        feature="section",
                        old=old[0].section,
                        new=new[0].section,
                        ref=ref,
                        direction="softer" if new[0].section == "preamble" else "stronger",
                    )
                )
            shifts.extend(self._art39_subject(old_text, new_text, ref))
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
            for view in views:
                lone = self.clauses.lone_shift(view, added=added, verb=verb)
                if lone is not None:
                    shifts.append(lone)
            if not any(v.phrase.led for v in views[:1]) and not shifts:
                item = self._list_item(side[0], governing, exempting, added=added)
                if item is not None:
                    shifts.append(item)
            spent = (
                self._spent(" ".join(c.full_text() for c in old)) if not added and top else None
            )
            if spent is not None:
                # A one-time request whose deadline had passed when the new text was
                # adopted was met or overtaken: dropping it withdraws nothing.
                shifts = [
                    s.model_copy(update={"direction": "neutral", "note": f"spent: due {spent}"})
                    if s.direction != "neutral"
                    else s
                    for s in shifts
                ]
        if top:
            # Measures are listed across a paragraph and its sub-paragraphs ("shall
            # prevent: (a) arms; (b) ..."), so they are compared per paragraph, never
            # per sub-paragraph, where they would be counted twice.
            shifts.extend(
                self._measure_shifts(
                    [d for c in old for d in c.walk()], [d for c in new for d in c.walk()], ref
                )
            )
        shifts.extend(self._flag_shifts(old_all, new_all, ref))
        return self._weighed(_dedupe(shifts), section)

    def _list_item(
        self, clause: Clause, governing: Phrase | None, exempting: bool, *, added: bool
    ) -> Shift | None:
        """An item with no lead of its own added to (or removed from) a list: what it does
        follows from the list's lead-in."""
        words = clause.text.split()
        if not words:
            return None
        what = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        if exempting:
            return Shift(
                feature="exemption",
                old=None if added else what,
                new=what if added else None,
                direction="softer" if added else "stronger",
                ref=clause.ref,
            )
        if governing is not None and (governing.axis_a or 1) >= 3:
            return Shift(
                feature="scope",
                old=None if added else what,
                new=what if added else None,
                direction="stronger" if added else "softer",
                ref=clause.ref,
                detail=f"item of a list under “{governing.text}”",
            )
        return None

    def _art39_subject(self, old_text: str, new_text: str, ref: str) -> list[Shift]:
        """The subject of an Article 39 determination narrowed ("the situation in X" →
        "armed groups in X") or widened."""
        a, b = self.lexicon.art39_in(old_text), self.lexicon.art39_in(new_text)
        if a is None or b is None:
            return []
        sa, sb = _ART39_SUBJECT.search(a.text), _ART39_SUBJECT.search(b.text)
        if sa is None or sb is None:
            return []
        old_subject = " ".join(sa.group("subject").split())
        new_subject = " ".join(sb.group("subject").split())
        old_broad = self.lexicon.broad_threat_subject(old_subject)
        new_broad = self.lexicon.broad_threat_subject(new_subject)
        if old_broad == new_broad:
            return []
        return [
            Shift(
                feature="art39",
                old=old_subject,
                new=new_subject,
                direction="softer" if old_broad else "stronger",
                ref=ref,
                detail="subject of the determination",
            )
        ]

    def _flag_shifts(
        self, old_all: Sequence[Clause], new_all: Sequence[Clause], ref: str
    ) -> list[Shift]:
        shifts: list[Shift] = []
        old_flags = self._flags(" ".join(c.text for c in old_all))
        new_joined = " ".join(c.text for c in new_all)
        new_flags = self._flags(new_joined)
        for feature in ("chapter-vii", "art39", "use-of-force"):
            if old_flags[feature] and not new_flags[feature]:
                # Name what took its place when it is the known substitute ("Acting
                # under its special responsibility ..."), so the reader sees the swap.
                instead: str | None = None
                if feature == "chapter-vii":
                    found = self.lexicon.special_responsibility_in(new_joined)
                    instead = found.text if found else None
                elif feature == "art39":
                    instead = _in_its_place(old_all, new_all, old_flags[feature] or "")
                shifts.append(
                    Shift(
                        feature=feature,
                        old=old_flags[feature],
                        new=instead,
                        direction="softer",
                        ref=ref,
                    )
                )
            elif new_flags[feature] and not old_flags[feature]:
                shifts.append(
                    Shift(
                        feature=feature,
                        old=None,
                        new=new_flags[feature],
                        direction="stronger",
                        ref=ref,
                    )
                )
        return shifts

    def _measure_shifts(
        self, old: Sequence[Clause], new: Sequence[Clause], ref: str | None
    ) -> list[Shift]:
        shifts: list[Shift] = []
        old_m, new_m = strongest_measures(old), strongest_measures(new)
        old_end, new_end = ended_measures(old), ended_measures(new)
        for kind, (label, mode, _) in new_m.items():
            if kind not in old_m and kind not in old_end:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=None,
                        new=f"{label} ({mode})",
                        direction="stronger",
                        ref=ref,
                    )
                )
            elif kind in old_m and old_m[kind][1] != mode:
                shifts.append(
                    Shift(
                        feature="measure-mode",
                        old=f"{label}: {old_m[kind][1]}",
                        new=f"{label}: {mode}",
                        ref=ref,
                        direction=direction_of(_MODE_RANK[old_m[kind][1]], _MODE_RANK[mode]),
                    )
                )
        for kind, (label, mode, _) in old_m.items():
            if kind not in new_m and kind not in new_end:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=f"{label} ({mode})",
                        new=None,
                        direction="softer",
                        ref=ref,
                    )
                )
        for kind, (label, action) in new_end.items():
            if kind not in old_end:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=label,
                        new=f"{label} {self._action_label(action)}",
                        direction="softer",
                        ref=ref,
                        detail=action,
                    )
                )
        for kind, (label, action) in old_end.items():
            if kind not in new_end and kind in new_m:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=f"{label} {self._action_label(action)}",
                        new=f"{label} ({new_m[kind][1]})",
                        direction="stronger",
                        ref=ref,
                        detail=action,
                    )
                )
        return shifts

    def _action_label(self, action: str) -> str:
        entry = self.lexicon.lifecycle.get(action)
        return entry.label if entry is not None else action

    def _weighed(self, shifts: list[Shift], section: Section) -> list[Shift]:
        out = []
        for shift in shifts:
            if shift.direction == "neutral":
                out.append(shift)
                continue
            weight = self.lexicon.weight_of(shift.feature, section)
            if section == "operative" and shift.feature in ("verb", "modifier"):
                # Among operative demands, a decision weighs more than an encouragement:
                # the weight scales with the higher tier involved (urges and requests, 3,
                # weigh as the class).
                weight *= self._tier(shift) / 3
            out.append(shift.model_copy(update={"weight": round(weight, 3)}))
        return out

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
    ) -> Change:
        """The change for one aligned group of clauses (``top``: a paragraph, not a
        sub-paragraph; ``governing`` and ``exempting``: the list a sub-paragraph stands
        in, see :meth:`shifts`)."""
        one_to_one = len(old) == 1 and len(new) == 1
        if one_to_one and _same_subtree(old[0], new[0]):
            return _unchanged(old[0], new[0], link)
        children: tuple[Change, ...] = ()
        old_starts: tuple[ClauseStart, ...] = ()
        new_starts: tuple[ClauseStart, ...] = ()
        if one_to_one:
            old_text, new_text = old[0].text, new[0].text
            if old[0].children or new[0].children:
                lead_in, carves = self._lead_in(new[0])
                old_words = content_words(old[0].full_text())
                new_words = content_words(new[0].full_text())
                children = tuple(
                    self.change(
                        [old[0].children[i] for i in sub.old],
                        [new[0].children[j] for j in sub.new],
                        sub,
                        top=False,
                        governing=lead_in,
                        exempting=carves or exempting,
                        counterpart=old_words if not sub.old else new_words,
                    )
                    for sub in align(old[0].children, new[0].children, self.options)
                )
                cited = _cited_contents(old[0], new[0])
                if cited is not None:
                    # Items dropped from a list whose contents the provision now sets by
                    # reference are carried there, not withdrawn: named, not weighed.
                    children = tuple(
                        _neutralised(c, f"carried by the reference to {cited}")
                        if c.kind == "dropped"
                        else c
                        for c in children
                    )
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
            own_only=one_to_one or len(old) + len(new) == 1,
            top=top,
            governing=governing,
            exempting=exempting,
            counterpart=counterpart,
        )
        section = (new or old)[0].section
        old_section = old[0].section if old else None
        if not old:
            kind: ChangeKind = "added"
        elif not new:
            kind = "dropped"
        else:
            same = _fold(self.lexicon, old_text) == _fold(self.lexicon, new_text)
            kind = _kind(same, shifts, children)
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


def _dedupe(shifts: list[Shift]) -> list[Shift]:
    """One shift per (feature, old, new, direction, ref): a clause compared twice over a
    split, or a measure lifted both as a measure and by its clause's life-cycle word,
    is named once."""
    seen: set[tuple[object, ...]] = set()
    # The labels of the life-cycle words that ended a measure here ("lifted"): the clause
    # that says so needs no second shift of its own.
    ended = {
        s.new.rsplit(" ", 1)[-1]
        for s in shifts
        if s.feature == "measure"
        and s.direction == "softer"
        and s.old
        and s.new
        and s.new.startswith(s.old)
    }
    out = []
    for shift in shifts:
        key = (shift.feature, shift.old, shift.new, shift.direction, shift.ref)
        if key in seen:
            continue
        if (
            shift.feature == "lifecycle"
            and shift.direction == "softer"
            and shift.new is not None
            and shift.new.rsplit(" ", 1)[-1] in ended
        ):
            continue
        seen.add(key)
        out.append(shift)
    return out


#: Least share of an added (or dropped) paragraph's words that one paragraph of the other
#: draft holds for it to be that paragraph's words recast, not new (or lost) language.
RECAST = 0.75
#: A clause moved into another paragraph: at least this many content words, nearly all
#: (this share) standing in one paragraph of the other draft.
MOVED_CLAUSE_WORDS = 8
MOVED_CLAUSE_SHARE = 0.9


def _restructured(
    changes: tuple[Change, ...], old: Sequence[Clause], new: Sequence[Clause]
) -> tuple[Change, ...]:
    """Added and dropped paragraphs whose words stand in one paragraph of the other draft
    were cut out of it or folded into it (a sentence split off into a paragraph of its
    own): they stay added or dropped, but they neither add nor take away force, so their
    shifts are named as neutral and say where the words are. Found through an inverted
    index of words, never by scoring all pairs."""
    if not any(c.kind in ("added", "dropped") for c in changes):
        return changes
    # Words cut out of a paragraph leave it changed: only paragraphs of changes that are
    # not "unchanged" can host them, which keeps the index small on a long text.
    moving = {
        side: {r for c in changes if c.kind != "unchanged" for r in getattr(c, side)}
        for side in ("old", "new")
    }
    index = {
        "old": _word_index(
            [content_words(c.full_text()) if c.ref in moving["old"] else frozenset() for c in old]
        ),
        "new": _word_index(
            [content_words(c.full_text()) if c.ref in moving["new"] else frozenset() for c in new]
        ),
    }
    by_ref = {"old": {c.ref: c for c in old}, "new": {c.ref: c for c in new}}
    hosts: dict[tuple[str, str], str] = {}
    out = []
    for change in changes:
        if change.kind not in ("added", "dropped") or not any(
            s.direction != "neutral" for part in change.walk() for s in part.shifts
        ):
            out.append(change)
            continue
        mine, other = ("new", "old") if change.kind == "added" else ("old", "new")
        refs = change.new if change.kind == "added" else change.old
        words = content_words(" ".join(by_ref[mine][r].full_text() for r in refs))
        host = _best_host(words, index[other])
        if host is None:
            out.append(change)
            continue
        source = (old if other == "old" else new)[host].ref
        where = f"its words stand in {other} {source}"
        out.append(_neutralised(change, where))
        hosts[(other, source)] = f"its words stand in {mine} {' + '.join(refs)}"
    if not hosts:
        return tuple(out)
    # The paragraph the words were cut from (or folded into) lost (or gained) a clause
    # only in appearance: its clause-removed (or clause-added) shifts are named, not
    # weighed.
    final = []
    for change in out:
        note = next(
            (
                hosts[(side, r)]
                for side in ("old", "new")
                for r in getattr(change, side)
                if (side, r) in hosts
            ),
            None,
        )
        final.append(_calmed_lone(change, note) if note and change.old and change.new else change)
    return tuple(final)


_LONE = frozenset({"verb", "lead", "censure", "lifecycle"})


def _calmed_lone(change: Change, note: str) -> Change:
    def calm(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
        return tuple(
            s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": note})
            if s.direction != "neutral"
            and s.feature in _LONE
            and (s.old is None) != (s.new is None)
            else s
            for s in shifts
        )

    return change.model_copy(update={"shifts": calm(change.shifts)})


def _word_index(paragraphs: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    # defaultdict rather than setdefault(word, []), which makes (and drops) an empty list
    # for each of a long draft's postings; a plain dict is returned, so that looking a
    # word up never adds it.
    index: defaultdict[str, list[int]] = defaultdict(list)
    for k, words in enumerate(paragraphs):
        for word in words:
            index[word].append(k)
    return dict(index)


def _best_host(
    words: frozenset[str],
    index: dict[str, list[int]],
    exclude: set[int] | None = None,
    share: float = RECAST,
) -> int | None:
    if len(words) < 4:
        return None
    # Counted in C (Counter over the chained postings): a common word's posting list runs
    # to thousands of paragraphs in a long draft, too many for a Python loop each.
    shared = Counter(chain.from_iterable(index.get(word, ()) for word in words))
    for k in exclude or ():
        shared.pop(k, None)
    if not shared:
        return None
    best = max(shared, key=lambda k: (shared[k], -k))
    return best if shared[best] / len(words) >= share else None


def _neutralised(change: Change, where: str) -> Change:
    def calm(shifts: Iterable[Shift]) -> tuple[Shift, ...]:
        return tuple(
            s.model_copy(update={"direction": "neutral", "weight": 0.0, "note": where})
            if s.direction != "neutral"
            else s
            for s in shifts
        )

    return change.model_copy(
        update={
            "shifts": calm(change.shifts),
            "children": tuple(_neutralised(c, where) for c in change.children),
        }
    )


def _same_subtree(old: Clause, new: Clause) -> bool:
    """Same section, same words, same sub-paragraphs: nothing to analyse."""
    return (
        old.section == new.section
        and old.text == new.text
        and len(old.children) == len(new.children)
        and all(_same_subtree(a, b) for a, b in zip(old.children, new.children, strict=True))
    )


def _unchanged(old: Clause, new: Clause, link: Link) -> Change:
    """The change of a paragraph kept word for word (most of a revision): no shifts, one
    kept run, its sub-paragraphs paired in order."""
    return Change(
        kind="unchanged",
        old=(old.ref,),
        new=(new.ref,),
        moved=link.moved,
        section=new.section,
        old_section=old.section,
        match=link.method,
        score=link.score,
        redline=((0, old.text),) if old.text else (),
        children=tuple(
            _unchanged(a, b, Link((k,), (k,), "identical", 1.0))
            for k, (a, b) in enumerate(zip(old.children, new.children, strict=True))
        ),
    )


def _kind(same_text: bool, shifts: Sequence[Shift], children: Sequence[Change]) -> ChangeKind:
    directions = {s.direction for s in shifts}
    for child in children:
        if child.kind in ("softened", "mixed"):
            directions.add("softer")
        if child.kind in ("strengthened", "mixed"):
            directions.add("stronger")
        directions.update(s.direction for s in child.shifts)
    if (
        same_text
        and all(c.kind == "unchanged" for c in children)
        and not (directions - {"neutral"})
    ):
        return "unchanged"
    if "softer" in directions and "stronger" in directions:
        return "mixed"
    if "softer" in directions:
        return "softened"
    if "stronger" in directions:
        return "strengthened"
    return "reworded"


def _status(old: bool, new: bool, *, unknown: bool = False) -> FlagStatus:
    """A flag across the comparison; ``unknown`` when either draft could not be analysed
    (a text not in English), whatever the other says: a flag the lexicon could not look
    for is neither absent, nor added, nor dropped."""
    if unknown:
        return "unknown"
    if old and new:
        return "kept"
    if new:
        return "added"
    if old:
        return "dropped"
    return "absent"


def _info(draft: Draft) -> DraftInfo:
    return DraftInfo(
        symbol=draft.symbol,
        name=draft.name,
        kind=draft.kind,
        status=draft.status,
        language=draft.language,
        analysis_unavailable=draft.analysis_unavailable,
        sponsors=draft.sponsors,
        date=draft.date,
        preamble=len(draft.preamble),
        operative=len(draft.operative),
        chapter_vii=draft.chapter_vii,
        art39=draft.art39,
        path=draft.source.path if draft.source else None,
        clauses=tuple(NumberedClause(ref=c.ref, label=c.label) for c in draft.walk()),
        # Without spans: a report places a heading by the clause it stands before.
        headings=tuple(h.model_copy(update={"span": None}) for h in draft.headings),
    )


def _balance(changes: Sequence[Change]) -> tuple[float, float]:
    """The weight of every softer and every stronger shift, sub-paragraphs included."""
    softer = stronger = 0.0
    for change in changes:
        for part in change.walk():
            for shift in part.shifts:
                if shift.direction == "softer":
                    softer += shift.weight
                elif shift.direction == "stronger":
                    stronger += shift.weight
    return softer, stronger


def _net(softer: float, stronger: float) -> NetDirection:
    if not softer and not stronger:
        return "neutral"
    if softer >= DOMINANCE * stronger:
        return "softer"
    if stronger >= DOMINANCE * softer:
        return "stronger"
    return "mixed"


def direction(changes: Sequence[Change], lexicon: Lexicon) -> NetDirection:
    """The document's direction, headline first: the balance of the headline changes
    (Chapter VII, Article 39, force, measures and their life cycle, caps and durations)
    decides when there are any; else that of operative language; else that of
    preambular language. In each class one side must outweigh the other
    :data:`DOMINANCE` times; a balanced class hands the decision to the next, and a
    document whose every class is balanced is "mixed"."""
    headline, operative = lexicon.weight_classes()
    classes = [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]
    # Shifts that tell one fact or one drafting choice, counted once at their heaviest.
    once: dict[tuple[object, ...], Shift] = {}
    for change in changes:
        for part in change.walk():
            for shift in part.shifts:
                if shift.direction == "neutral" or not shift.weight:
                    continue
                if shift.weight >= headline or shift.feature == "emphasis":
                    # One fact told in several paragraphs ("renewal period: 6 months → 12
                    # months" for the embargo, the travel ban and the Panel) counts once,
                    # and so does the same emphasis word taken from (or put in) several
                    # paragraphs ("full, equal and meaningful participation" → "full and
                    # meaningful" three times): one drafting choice, not three. An
                    # exemption widened in two sub-paragraphs is two exemptions widened:
                    # the same words of safeguard, a different item each time.
                    key = (
                        shift.feature,
                        shift.detail,
                        shift.old,
                        shift.new,
                        shift.direction,
                        shift.ref if shift.feature == "exemption" else None,
                    )
                    if key not in once or once[key].weight < shift.weight:
                        once[key] = shift
                    continue
                rank = 0 if shift.weight >= headline else 1 if shift.weight >= operative else 2
                classes[rank][0 if shift.direction == "softer" else 1] += shift.weight
    for shift in once.values():
        rank = 0 if shift.weight >= headline else 1 if shift.weight >= operative else 2
        classes[rank][0 if shift.direction == "softer" else 1] += shift.weight
    seen = False
    for softer, stronger in classes:
        if not softer and not stronger:
            continue
        seen = True
        net = _net(softer, stronger)
        if net != "mixed":
            return net
        # The heavier changes cancel out: the next class breaks the tie.
    return "mixed" if seen else "neutral"


def key_changes(changes: Sequence[Change], limit: int = KEY_CHANGES) -> tuple[KeyChange, ...]:
    """The few changes a reader must see first: heaviest first (a Chapter VII drop before a
    measure lifted before a demand softened), ties broken by the total weight and then
    by order. Changes with no directional shift are never key."""
    ranked = []
    for index, change in enumerate(changes):
        weighty = sorted(
            (s for part in change.walk() for s in part.shifts if s.direction != "neutral"),
            key=lambda s: -s.weight,
        )
        if not weighty:
            continue
        total = sum(s.weight for s in weighty)
        ranked.append((-weighty[0].weight, -total, index, change, weighty))
    ranked.sort(key=lambda item: item[:3])
    out = []
    for _, _, _, change, weighty in ranked[:limit]:
        softer = sum(s.weight for s in weighty if s.direction == "softer")
        stronger = sum(s.weight for s in weighty if s.direction == "stronger")
        direction: Direction = "softer" if softer > stronger else "stronger"
        if softer == stronger:
            direction = weighty[0].direction
        out.append(
            KeyChange(
                label=change.label,
                old=change.old,
                new=change.new,
                kind=change.kind,
                direction=direction,
                weight=weighty[0].weight,
                headline=describe_shift(weighty[0]),
                shifts=tuple(weighty[:3]),
            )
        )
    return tuple(out)


def summarise(
    old: Draft, new: Draft, changes: Sequence[Change], lexicon: Lexicon | None = None
) -> Summary:
    """The document summary: counts per kind, flags, measures, the weighted balance and
    the direction it gives (:func:`direction`), and the key changes."""
    counts: dict[ChangeKind, int] = dict.fromkeys(CHANGE_KINDS, 0)
    for change in changes:
        counts[change.kind] += 1
    old_measures = strongest_measures(old.walk())
    new_measures = strongest_measures(new.walk())
    added, dropped, changed = [], [], []
    for kind, (label, mode, ref) in new_measures.items():
        if kind not in old_measures:
            added.append(MeasureChange(measure=kind, label=label, new_mode=mode, ref=ref))
        elif old_measures[kind][1] != mode:
            changed.append(
                MeasureChange(
                    measure=kind,
                    label=label,
                    old_mode=old_measures[kind][1],
                    new_mode=mode,
                    ref=ref,
                )
            )
    for kind, (label, mode, ref) in old_measures.items():
        if kind not in new_measures:
            dropped.append(MeasureChange(measure=kind, label=label, old_mode=mode, ref=ref))
    softer, stronger = _balance(changes)
    unknown = old.analysis_unavailable or new.analysis_unavailable
    return Summary(
        counts=counts,
        moved=sum(1 for c in changes if c.moved),
        chapter_vii=_status(old.chapter_vii, new.chapter_vii, unknown=unknown),
        art39=_status(old.art39, new.art39, unknown=unknown),
        use_of_force=_status(old.use_of_force, new.use_of_force, unknown=unknown),
        measures_added=tuple(added),
        measures_dropped=tuple(dropped),
        measures_changed=tuple(changed),
        headings=_heading_changes(old, new),
        # Nothing was weighed for a draft the lexicon could not read: say so, not "neutral".
        direction="unknown" if unknown else direction(changes, lexicon or Lexicon.default()),
        weight_softer=round(softer, 3),
        weight_stronger=round(stronger, 3),
        key_changes=key_changes(changes),
    )


def strongest_measures(clauses: Iterable[Clause]) -> dict[str, tuple[str, MeasureMode, str]]:
    """Each measure kind imposed or kept in ``clauses`` with its label, its strongest mode
    and the ref of the clause that imposes it in that mode (a measure a clause lifts or
    terminates is not imposed there)."""
    found: dict[str, tuple[str, MeasureMode, str]] = {}
    for clause in clauses:
        for measure in clause.measures:
            if measure.ends:
                continue
            held = found.get(measure.kind)
            if held is None or _MODE_RANK[measure.mode] > _MODE_RANK[held[1]]:
                found[measure.kind] = (measure.label, measure.mode, clause.ref)
    return found


def ended_measures(clauses: Iterable[Clause]) -> dict[str, tuple[str, str]]:
    """Each measure kind that ``clauses`` lift, terminate or suspend, with its label and
    the life-cycle word that ends it."""
    found: dict[str, tuple[str, str]] = {}
    for clause in clauses:
        for measure in clause.measures:
            if measure.ends and measure.kind not in found:
                found[measure.kind] = (measure.label, measure.action or "end")
    return found


def _heading_changes(old: Draft, new: Draft) -> tuple[HeadingChange, ...]:
    def key(text: str) -> str:
        return " ".join(text.lower().split())

    old_keys = {key(h.text) for h in old.headings}
    new_keys = {key(h.text) for h in new.headings}
    changes = [
        HeadingChange(kind="added", text=h.text, section=h.section)
        for h in new.headings
        if key(h.text) not in old_keys
    ]
    changes += [
        HeadingChange(kind="dropped", text=h.text, section=h.section)
        for h in old.headings
        if key(h.text) not in new_keys
    ]
    return tuple(changes)


def compare_drafts(
    old: Draft,
    new: Draft,
    *,
    lexicon: Lexicon,
    options: AlignOptions | None = None,
) -> Comparison:
    """Align and classify two analysed drafts."""
    opts = options or AlignOptions()
    classifier = Classifier(lexicon, opts, dates=(old.date, new.date))
    old_paragraphs = old.paragraphs
    new_paragraphs = new.paragraphs
    classifier.know_drafts(
        old_paragraphs,
        new_paragraphs,
        unanalysed=old.analysis_unavailable or new.analysis_unavailable,
    )
    changes = tuple(
        classifier.change(
            [old_paragraphs[i] for i in link.old],
            [new_paragraphs[j] for j in link.new],
            link,
        )
        for link in align(old_paragraphs, new_paragraphs, opts)
    )
    changes = _restructured(changes, old_paragraphs, new_paragraphs)
    return Comparison(
        old=_info(old),
        new=_info(new),
        changes=changes,
        summary=summarise(old, new, changes, lexicon),
    )
