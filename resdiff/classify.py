"""Verdicts: aligned clauses → changes with a kind and named shifts; the document summary.

A change's kind follows from its shifts and those of its sub-paragraphs: only softer
shifts make it ``softened``, only stronger ones ``strengthened``, both ``mixed``, none (but
different words) ``reworded``. Each shift names the feature that moved and its old and new
values, so a reader can check the verdict.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .align import AlignOptions, Link, align
from .lexicon import Lexicon
from .model import (
    CHANGE_KINDS,
    PART_BREAK,
    Change,
    ChangeKind,
    Clause,
    Comparison,
    Direction,
    Draft,
    DraftInfo,
    FlagStatus,
    HeadingChange,
    MeasureChange,
    MeasureMode,
    NetDirection,
    Phrase,
    Shift,
    Summary,
)
from .redline import redline

_MODE_RANK: dict[MeasureMode, int] = {"voluntary": 1, "hortatory": 2, "mandatory": 3}

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|"
    "hundred"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A date ("15 July 2006", "July 2006"), or a number with the unit that follows it
# ("30 days", "twelve months", "10 per cent"), or a bare figure.
_NUMBER = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    rf"|(?:\d[\d,.]*|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*)"
    r"(?:\s+(?:days?|weeks?|months?|years?|per\s?cent|percent|hours?|kilometres?|km))?)\b"
    r"(?!-\w)",
    re.IGNORECASE,
)


def _direction(old: int | None, new: int | None) -> Direction:
    if old is None or new is None or old == new:
        return "neutral"
    return "stronger" if new > old else "softer"


def _tiers(phrase: Phrase) -> tuple[int, int | None]:
    # A phrase that ranks only on censure is declaratory on the prescriptive axis.
    return (phrase.axis_a or 1, phrase.axis_b)


def _phrase_text(phrase: Phrase) -> str:
    return phrase.text.lower()


def phrase_shifts(
    old: Sequence[Phrase],
    new: Sequence[Phrase],
    ref: str | None,
    *,
    verb: str = "verb",
    as_sets: bool = False,
) -> list[Shift]:
    """Shifts between the phrases of two versions of a clause.

    The lead phrases are compared on both axes; any other phrase added or removed counts
    by its own force ("… and decides" added is stronger). ``verb`` names the feature of a
    change of verb: ``"verb"`` for operative paragraphs, ``"lead"`` for recitals.
    ``as_sets`` compares the other phrases by lemma only, not by count (splits, merges).
    """
    shifts: list[Shift] = []
    if old and new:
        o, n = old[0], new[0]
        (oa, ob), (na, nb) = _tiers(o), _tiers(n)
        if o.lemma == n.lemma:
            if (o.modifier or None) != (n.modifier or None):
                if ob is not None and nb is not None:
                    direction = _direction(ob, nb)
                else:
                    direction = _direction(oa, na)
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
                        old=_phrase_text(o),
                        new=_phrase_text(n),
                        direction=_direction(oa, na),
                        ref=ref,
                    )
                )
            if ob != nb:
                direction = _direction(ob or 0, nb or 0)
                shifts.append(
                    Shift(
                        feature="censure",
                        old=_phrase_text(o),
                        new=_phrase_text(n),
                        direction=direction,
                        ref=ref,
                    )
                )
            if oa == na and ob == nb:
                shifts.append(
                    Shift(
                        feature=verb,
                        old=_phrase_text(o),
                        new=_phrase_text(n),
                        direction="neutral",
                        ref=ref,
                    )
                )
        if (o.addressee or None) != (n.addressee or None) and o.addressee and n.addressee:
            shifts.append(
                Shift(
                    feature="addressee",
                    old=o.addressee,
                    new=n.addressee,
                    direction="neutral",
                    ref=ref,
                )
            )
    old_rest = [p.lemma for p in old[1:]]
    new_rest = [p.lemma for p in new[1:]]
    if not old and new:
        new_rest = [p.lemma for p in new]
    if not new and old:
        old_rest = [p.lemma for p in old]
    if as_sets:
        old_all = {p.lemma for p in old}
        new_all = {p.lemma for p in new}
        old_rest = sorted({x for x in old_rest if x not in new_all})
        new_rest = sorted({x for x in new_rest if x not in old_all})
    by_lemma = {p.lemma: p for p in (*old, *new)}
    for lemma in _minus(new_rest, old_rest):
        shifts.append(_extra_phrase(by_lemma[lemma], added=True, ref=ref, verb=verb))
    for lemma in _minus(old_rest, new_rest):
        shifts.append(_extra_phrase(by_lemma[lemma], added=False, ref=ref, verb=verb))
    return shifts


def _extra_phrase(phrase: Phrase, *, added: bool, ref: str | None, verb: str = "verb") -> Shift:
    a, b = _tiers(phrase)
    weighty = a >= 3 or b is not None
    direction: Direction = "neutral"
    if weighty:
        direction = "stronger" if added else "softer"
    text = _phrase_text(phrase)
    feature = "censure" if b is not None and a < 3 else verb
    return Shift(
        feature=feature,
        old=None if added else text,
        new=text if added else None,
        direction=direction,
        ref=ref,
    )


def _minus(a: Iterable[str], b: Iterable[str]) -> list[str]:
    rest = list(b)
    out = []
    for item in a:
        if item in rest:
            rest.remove(item)
        else:
            out.append(item)
    return out


class Classifier:
    """Turns aligned clauses into :class:`Change` objects, using a lexicon for the
    features that are read off the text (modals, flags)."""

    def __init__(self, lexicon: Lexicon, options: AlignOptions) -> None:
        self.lexicon = lexicon
        self.options = options

    # -- features of one clause ------------------------------------------------------

    def _hedges(self, clause: Clause) -> list[str]:
        found: list[str] = []
        for phrase in clause.phrases:
            found.extend(h for h in phrase.hedges if h not in found)
        return found

    def _modal(self, clause: Clause) -> str | None:
        ranked = [p.modal for p in clause.phrases if p.modal]
        if not ranked:
            return None
        return max(ranked, key=lambda m: self.lexicon.modal_rank(m) or 0)

    def _flags(self, text: str) -> dict[str, str | None]:
        found = {
            "chapter-vii": self.lexicon.chapter_vii_in(text),
            "art39": self.lexicon.art39_in(text),
            "use-of-force": self.lexicon.use_of_force_in(text),
        }
        return {k: (m.text if m else None) for k, m in found.items()}

    # -- shifts ----------------------------------------------------------------------

    def shifts(
        self, old: Sequence[Clause], new: Sequence[Clause], *, own_only: bool, top: bool = True
    ) -> list[Shift]:
        """Every named shift between the old and the new version of a provision.

        ``own_only`` compares only the clauses' own text (their sub-paragraphs are compared
        one by one); otherwise the whole subtree counts (for splits, merges, additions).
        """
        ref = (new or old)[0].ref if (new or old) else None
        old_phrases = [p for c in old for p in c.phrases]
        new_phrases = [p for c in new for p in c.phrases]
        verb = "lead" if (new or old)[0].section == "preamble" else "verb"
        # In a split or merge each part opens with a verb of its own ("Decides A" +
        # "Also decides B"): a verb repeated to open a part adds no force, so the other
        # phrases are compared as sets, not counted.
        split_or_merge = len(old) > 1 or len(new) > 1
        shifts = (
            phrase_shifts(old_phrases, new_phrases, ref, verb=verb, as_sets=split_or_merge)
            if old and new
            else []
        )

        def subtree(clauses: Sequence[Clause]) -> list[Clause]:
            return list(clauses) if own_only else [d for c in clauses for d in c.walk()]

        old_all, new_all = subtree(old), subtree(new)
        if old and new:
            old_hedges = {h for c in old_all for h in self._hedges(c)}
            new_hedges = {h for c in new_all for h in self._hedges(c)}
            for hedge in sorted(new_hedges - old_hedges):
                shifts.append(
                    Shift(feature="hedge", old=None, new=hedge, direction="softer", ref=ref)
                )
            for hedge in sorted(old_hedges - new_hedges):
                shifts.append(
                    Shift(feature="hedge", old=hedge, new=None, direction="stronger", ref=ref)
                )
            old_modal = self._modal_of(old_all)
            new_modal = self._modal_of(new_all)
            # A split or merge that keeps every modal changes no force, though a part's own
            # first modal ("will" in the second half) may differ from the whole's.
            modals_kept = split_or_merge and self._all_modals(old_all) == self._all_modals(
                new_all
            )
            if old_modal != new_modal and old_modal and new_modal and not modals_kept:
                shifts.append(
                    Shift(
                        feature="modal",
                        old=old_modal,
                        new=new_modal,
                        ref=ref,
                        direction=_direction(
                            self.lexicon.modal_rank(old_modal), self.lexicon.modal_rank(new_modal)
                        ),
                    )
                )
            shifts.extend(self._number_shifts(old_all, new_all, ref))
            old_section, new_section = old[0].section, new[0].section
            if old_section != new_section:
                shifts.append(
                    Shift(
                        feature="section",
                        old=old_section,
                        new=new_section,
                        ref=ref,
                        direction="softer" if new_section == "preamble" else "stronger",
                    )
                )
        if top:
            # Measures are listed across a paragraph and its sub-paragraphs ("shall
            # prevent: (a) arms; (b) ..."), so they are compared per paragraph, never
            # per sub-paragraph, where they would be counted twice.
            shifts.extend(
                self._measure_shifts(
                    [d for c in old for d in c.walk()], [d for c in new for d in c.walk()], ref
                )
            )
        old_flags = self._flags(" ".join(c.text for c in old_all))
        new_flags = self._flags(" ".join(c.text for c in new_all))
        new_joined = " ".join(c.text for c in new_all)
        for feature in ("chapter-vii", "art39", "use-of-force"):
            if old_flags[feature] and not new_flags[feature]:
                # Name what took its place when it is the known substitute ("Acting
                # under its special responsibility ..."), so the reader sees the swap.
                instead = (
                    self.lexicon.special_responsibility_in(new_joined)
                    if feature == "chapter-vii"
                    else None
                )
                shifts.append(
                    Shift(
                        feature=feature,
                        old=old_flags[feature],
                        new=instead.text if instead else None,
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
        if not old or not new:
            # An added or dropped provision carries the force of its lead phrase.
            side = new or old
            added = bool(new)
            lead = side[0].phrases[:1]
            if lead:
                shifts.insert(0, _extra_phrase(lead[0], added=added, ref=ref, verb=verb))
        return shifts

    def _all_modals(self, clauses: Sequence[Clause]) -> Counter[str]:
        return Counter(m.word for c in clauses for m in self.lexicon.modals_in(c.text))

    def _modal_of(self, clauses: Sequence[Clause]) -> str | None:
        modals = [m for c in clauses if (m := self._modal(c))]
        if not modals:
            return None
        return max(modals, key=lambda m: self.lexicon.modal_rank(m) or 0)

    def _measure_shifts(
        self, old: Sequence[Clause], new: Sequence[Clause], ref: str | None
    ) -> list[Shift]:
        shifts: list[Shift] = []
        old_m, new_m = strongest_measures(old), strongest_measures(new)
        for kind, (label, mode, _) in new_m.items():
            if kind not in old_m:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=None,
                        new=f"{label} ({mode})",
                        direction="stronger",
                        ref=ref,
                    )
                )
            elif old_m[kind][1] != mode:
                shifts.append(
                    Shift(
                        feature="measure-mode",
                        old=f"{label}: {old_m[kind][1]}",
                        new=f"{label}: {mode}",
                        ref=ref,
                        direction=_direction(_MODE_RANK[old_m[kind][1]], _MODE_RANK[mode]),
                    )
                )
        for kind, (label, mode, _) in old_m.items():
            if kind not in new_m:
                shifts.append(
                    Shift(
                        feature="measure",
                        old=f"{label} ({mode})",
                        new=None,
                        direction="softer",
                        ref=ref,
                    )
                )
        return shifts

    @staticmethod
    def _number_shifts(
        old: Sequence[Clause], new: Sequence[Clause], ref: str | None
    ) -> list[Shift]:
        old_numbers = [m.group(0) for c in old for m in _NUMBER.finditer(c.text)]
        new_numbers = [m.group(0) for c in new for m in _NUMBER.finditer(c.text)]
        gone = _minus(old_numbers, new_numbers)
        came = _minus(new_numbers, old_numbers)
        shifts = []
        for k in range(max(len(gone), len(came))):
            shifts.append(
                Shift(
                    feature="number",
                    old=gone[k] if k < len(gone) else None,
                    new=came[k] if k < len(came) else None,
                    direction="neutral",
                    ref=ref,
                )
            )
        return shifts

    # -- changes ---------------------------------------------------------------------

    def change(
        self, old: Sequence[Clause], new: Sequence[Clause], link: Link, *, top: bool = True
    ) -> Change:
        """The change for one aligned group of clauses (``top``: a paragraph, not a
        sub-paragraph)."""
        one_to_one = len(old) == 1 and len(new) == 1
        if one_to_one and _same_subtree(old[0], new[0]):
            return _unchanged(old[0], new[0], link)
        children: tuple[Change, ...] = ()
        if one_to_one:
            old_text, new_text = old[0].text, new[0].text
            if old[0].children or new[0].children:
                children = tuple(
                    self.change(
                        [old[0].children[i] for i in sub.old],
                        [new[0].children[j] for j in sub.new],
                        sub,
                        top=False,
                    )
                    for sub in align(old[0].children, new[0].children, self.options)
                )
        elif len(old) + len(new) == 1:
            # An added or dropped paragraph keeps its shape: its own words here, each
            # sub-paragraph as an added or dropped child, so reports can lay them out.
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
        shifts = self.shifts(old, new, own_only=one_to_one, top=top)
        section = (new or old)[0].section
        old_section = old[0].section if old else None
        if not old:
            kind: ChangeKind = "added"
        elif not new:
            kind = "dropped"
        else:
            kind = _kind(old_text == new_text, shifts, children)
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


def _status(old: bool, new: bool) -> FlagStatus:
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
        sponsors=draft.sponsors,
        date=draft.date,
        preamble=len(draft.preamble),
        operative=len(draft.operative),
        chapter_vii=draft.chapter_vii,
        art39=draft.art39,
        path=draft.source.path if draft.source else None,
    )


def _net(shifts: Iterable[Shift]) -> NetDirection:
    softer = stronger = 0
    for shift in shifts:
        if shift.direction == "softer":
            softer += 1
        elif shift.direction == "stronger":
            stronger += 1
    if not softer and not stronger:
        return "neutral"
    if softer >= 2 * stronger:
        return "softer"
    if stronger >= 2 * softer:
        return "stronger"
    return "mixed"


def summarise(old: Draft, new: Draft, changes: Sequence[Change]) -> Summary:
    """The document summary: counts per kind, flags, measures and the net direction."""
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
    return Summary(
        counts=counts,
        moved=sum(1 for c in changes if c.moved),
        chapter_vii=_status(old.chapter_vii, new.chapter_vii),
        art39=_status(old.art39, new.art39),
        use_of_force=_status(old.use_of_force, new.use_of_force),
        measures_added=tuple(added),
        measures_dropped=tuple(dropped),
        measures_changed=tuple(changed),
        headings=_heading_changes(old, new),
        direction=_net(s for c in changes for d in c.walk() for s in d.shifts),
    )


def strongest_measures(clauses: Iterable[Clause]) -> dict[str, tuple[str, MeasureMode, str]]:
    """Each measure kind found in ``clauses`` with its label, its strongest mode and the
    ref of the clause that imposes it in that mode."""
    found: dict[str, tuple[str, MeasureMode, str]] = {}
    for clause in clauses:
        for measure in clause.measures:
            held = found.get(measure.kind)
            if held is None or _MODE_RANK[measure.mode] > _MODE_RANK[held[1]]:
                found[measure.kind] = (measure.label, measure.mode, clause.ref)
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
    classifier = Classifier(lexicon, opts)
    old_paragraphs = old.paragraphs
    new_paragraphs = new.paragraphs
    changes = tuple(
        classifier.change(
            [old_paragraphs[i] for i in link.old],
            [new_paragraphs[j] for j in link.new],
            link,
        )
        for link in align(old_paragraphs, new_paragraphs, opts)
    )
    return Comparison(
        old=_info(old),
        new=_info(new),
        changes=changes,
        summary=summarise(old, new, changes),
    )
