"""Lineages: measures and their quantities followed through distinct resolutions.

A :class:`~resdiff.history.History` follows paragraphs. Across a series of distinct
resolutions (a sanctions regime renewed every year, a mission's mandate extended) the
reader asks another question: what became of each **measure** and each **term** — when
the arms embargo appeared, when it turned hortatory or was lifted, how the renewal period,
a personnel ceiling or a reporting interval moved. :func:`lineage` answers it from what
the engine already reads, without a second analysis:

- **measures** — the sanctions measures of every clause (``Clause.measures``: kind, mode,
  the life-cycle action that governs it), gathered per revision; the events of each step
  (appeared, changed mode, lifted, no longer named) come from the comparison's own
  verdicts (``Summary.measures_added`` / ``_dropped`` / ``_changed``) and the clauses'
  life-cycle words;
- **quantities** — the typed quantities of each provision (``quantities.toml``: caps,
  ceilings, durations, reporting intervals, deadlines, notices) and the renewal period a
  provision decides ("until 31 July 2021", read against the text's own date), followed
  through the provisions of the history, so a quantity is tied to what it governs and
  not to a paragraph number;
- **steps** — for each consecutive pair, the comparison's direction, counts and key
  changes.

The JSON (``schema: "resdiff.lineage/6"``, :class:`Lineage`) holds everything; the text
report (:mod:`resdiff.render.lineage`) shows the key changes of each step and fits on a
screen or two.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from .display import hook
from .history import History, Provision, Revision, distinct_revisions, history
from .model import (
    MODE_RANK,
    Clause,
    Direction,
    Draft,
    FlagStatus,
    Frozen,
    HeadingChange,
    KeyChange,
    KindCounts,
    MeasureChange,
    MeasureMode,
    NetDirection,
)
from .model.versions import renamed_to
from .plain import one_line
from .safe import printable

if TYPE_CHECKING:
    from .align import AlignOptions
    from .api import DraftSource
    from .lexicon import Lexicon

__all__ = [
    "LINEAGE_SCHEMA",
    "Lineage",
    "LineageStep",
    "MeasureEvent",
    "MeasureLine",
    "MeasureState",
    "QuantityChange",
    "QuantityPoint",
    "QuantityTrack",
    "lineage",
]

#: The version of the lineage JSON contract this library writes.
LINEAGE_SCHEMA = "resdiff.lineage/6"


class MeasureState(Frozen):
    """A sanctions measure at one revision: its strongest mode, the clauses that name it,
    the life-cycle actions that govern it there ("renew", "lift"), and whether a clause
    ends it (lifts, terminates)."""

    mode: MeasureMode
    refs: tuple[str, ...]
    actions: tuple[str, ...] = ()
    ends: bool = False


MeasureEventKind = Literal["appeared", "mode-changed", "lifted", "no-longer-named", "restored"]


class MeasureEvent(Frozen):
    """Something that happened to a measure at one revision.

    ``appeared``: named for the first time; ``restored``: named again after revisions
    without it; ``mode-changed``: its strongest mode moved (``old_mode`` → ``new_mode``);
    ``lifted``: a clause lifts, terminates or dissolves it; ``no-longer-named``: the
    revision names it nowhere (the texts may still keep it in force by reference).
    ``direction`` is how the event weighs: a mode raised or a measure appearing is
    stronger, the rest softer.
    """

    revision: int = Field(ge=1)
    event: MeasureEventKind
    old_mode: MeasureMode | None = None
    new_mode: MeasureMode | None = None
    refs: tuple[str, ...] = ()
    direction: Direction


class MeasureLine(Frozen):
    """One sanctions measure (``kind``, as ``measures.toml`` names it) through the
    revisions: its state at each (``None`` where no clause names it) and its events."""

    kind: str
    label: str
    states: tuple[MeasureState | None, ...]
    events: tuple[MeasureEvent, ...] = ()

    @property
    def first(self) -> int:
        """The first revision that names it."""
        return next(k for k, s in enumerate(self.states) if s is not None)


class QuantityPoint(Frozen):
    """A quantity at one revision: its words as printed (``value``, one or more distinct
    values joined by ", "), its number in a common unit (days for times) when it has a
    single one, and the provision's ref there."""

    value: str
    number: float | None = None
    ref: str


class QuantityChange(Frozen):
    """A quantity that moved at one revision, with the direction its type gives the
    move (a longer reporting interval is softer, a higher troop ceiling stronger)."""

    revision: int = Field(ge=1)
    old: str | None = None
    new: str | None = None
    direction: Direction


class QuantityTrack(Frozen):
    """One typed quantity of one provision, followed through the revisions.

    ``type`` is the quantity's type in ``quantities.toml`` (``personnel_ceiling``,
    ``reporting_interval``, ...) or ``renewal`` for the period a renewal runs;
    ``provision`` the id of the provision in the lineage's history; ``subject`` a short
    account of what it governs (the provision's words, or the measure it names);
    ``measure`` the sanctions measure that provision names, if any.
    """

    type: str
    label: str
    provision: str
    subject: str
    measure: str | None = None
    larger: Direction
    values: tuple[QuantityPoint | None, ...]
    changes: tuple[QuantityChange, ...] = ()


class LineageStep(Frozen):
    """What one resolution changed against the one before: the comparison's direction,
    counts, flags, measures, headings and lead-ins, and key changes (heaviest first)."""

    revision: int = Field(ge=1)
    direction: NetDirection
    counts: KindCounts
    chapter_vii: FlagStatus
    art39: FlagStatus
    use_of_force: FlagStatus
    measures_added: tuple[MeasureChange, ...] = ()
    measures_dropped: tuple[MeasureChange, ...] = ()
    measures_changed: tuple[MeasureChange, ...] = ()
    key_changes: tuple[KeyChange, ...] = ()
    weight_softer: float = Field(default=0.0, ge=0.0)
    weight_stronger: float = Field(default=0.0, ge=0.0)
    headings: tuple[HeadingChange, ...] = Field(
        default=(),
        description="The headings the step added or dropped and the lead-ins "
        "('Resolves:') it added, dropped or changed, as the comparison's summary reads "
        "them (none in version 3 and older files).",
    )


class Lineage(Frozen):
    """The result of :func:`lineage`: the revisions, one step per consecutive pair, every
    sanctions measure and every typed quantity followed through them.

    ``l.measure("arms_embargo")``, ``l.tracks("renewal")``, ``l.steps[0].key_changes``;
    ``str(l)`` is the short text report. ``l.model_dump_json()`` reads back with
    ``Lineage.model_validate_json`` (``schema: "resdiff.lineage/6"``, whose revisions
    name the body a founding text sets up, :attr:`Revision.founding`; version 5, whose
    revisions did not, but named the resolutions a step skips, :attr:`Revision.skipped`;
    version 4, whose
    revisions did not, version 3, whose steps named no headings, version 2,
    whose revisions did not say which flags are in dispute, and version 1, whose history
    held comparisons of version 4 and earlier, still read); the history it was
    built from is kept in ``history`` for the detail of every provision.
    """

    schema_: Literal["resdiff.lineage/6"] = Field(default="resdiff.lineage/6", alias="schema")
    revisions: tuple[Revision, ...]
    steps: tuple[LineageStep, ...]
    measures: tuple[MeasureLine, ...] = ()
    quantities: tuple[QuantityTrack, ...] = ()
    provisions: int = Field(default=0, ge=0, description="Provisions followed.")
    history: History | None = None

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 6 holds revisions (and a history of version 5) naming the body a
        # founding text sets up (none in older files).
        # Version 5 holds revisions (and a history of version 4) naming the resolutions
        # each step skips (none in older files); version 4 adds each step's headings;
        # version 3 holds a history of version 3 (revisions with their disputed flags),
        # version 2 one of version 2; versions 4, 3, 2 and 1 read as they are.
        older = (
            "resdiff.lineage/1",
            "resdiff.lineage/2",
            "resdiff.lineage/3",
            "resdiff.lineage/4",
            "resdiff.lineage/5",
        )
        return renamed_to(data, older, LINEAGE_SCHEMA)

    @model_validator(mode="after")
    def _consistent(self) -> Lineage:
        n = len(self.revisions)
        if n == 0:
            raise ValueError("a lineage needs at least one revision")
        if len(self.steps) != n - 1:
            raise ValueError(f"{n} revisions need {n - 1} steps")
        for m in self.measures:
            if len(m.states) != n:
                raise ValueError(f"measure {m.kind}: one state per revision")
        for t in self.quantities:
            if len(t.values) != n:
                raise ValueError(f"quantity {t.type} of {t.provision}: one value per revision")
        return self

    def measure(self, kind: str) -> MeasureLine:
        """The line of one measure, by its kind (``"arms_embargo"``) or by its label as the
        reports print it (``"arms embargo"``); ``KeyError``, naming those the texts name,
        if never named."""
        wanted = " ".join(kind.replace("_", " ").split()).casefold()
        for m in self.measures:
            if m.kind == kind or wanted in (m.kind.replace("_", " "), m.label.casefold()):
                return m
        named = ", ".join(f"{m.kind} ({m.label})" for m in self.measures) or "none"
        raise KeyError(f"{kind!r}: not named in these texts; the measures named: {named}")

    def tracks(self, type: str | None = None) -> tuple[QuantityTrack, ...]:
        """The quantity tracks, all or of one type (``"renewal"``,
        ``"personnel_ceiling"``)."""
        return tuple(t for t in self.quantities if type is None or t.type == type)

    @property
    def names(self) -> tuple[str, ...]:
        """The revisions' names, oldest first."""
        return tuple(r.name for r in self.revisions)

    @property
    def distinct(self) -> bool:
        """Whether the revisions are distinct adopted texts, as :attr:`History.distinct`
        reads them (the history itself may not be kept)."""
        return distinct_revisions(self.revisions)

    def __str__(self) -> str:
        text: str = hook("lineage_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        html: str = hook("lineage_html")(self)
        return html


# ---------------------------------------------------------------------------------------
# Building a lineage


def _walk(clauses: Sequence[Clause]) -> Iterator[Clause]:
    # An explicit stack: clause trees are bounded in depth, but no recursion is needed.
    stack = list(reversed(clauses))
    while stack:
        clause = stack.pop()
        yield clause
        stack.extend(reversed(clause.children))


def _full_text(clause: Clause) -> str:
    return " ".join(c.text for c in _walk([clause]))


def _ending_refs(draft: Draft) -> dict[str, tuple[str, ...]]:
    """The operative paragraphs that lift or end each measure, by kind: a lifting's
    paragraphs, not every paragraph naming the measure (2641 (2022) read "lifted or ended
    OP1, OP5" where OP1 renews the measures and OP5 alone reads as an end, user25)."""
    found: dict[str, list[str]] = {}
    for clause in _walk(list(draft.operative)):
        for m in clause.measures:
            refs = found.setdefault(m.kind, [])
            if m.ends and clause.ref not in refs:
                refs.append(clause.ref)
    return {kind: tuple(refs) for kind, refs in found.items()}


def _measure_states(draft: Draft) -> dict[str, tuple[str, MeasureState]]:
    """Every measure the draft names, by kind: its label and its state."""
    found: dict[str, tuple[str, list[str], set[MeasureMode], list[str], bool]] = {}
    for clause in _walk([*draft.preamble, *draft.operative]):
        if clause.section != "operative":
            # A recital that mentions a measure neither imposes nor lifts it.
            continue
        for m in clause.measures:
            label, refs, modes, actions, ends = found.setdefault(
                m.kind, (m.label, [], set(), [], False)
            )
            if clause.ref not in refs:
                refs.append(clause.ref)
            modes.add(m.mode)
            if m.action and m.action not in actions:
                actions.append(m.action)
            found[m.kind] = (label, refs, modes, actions, ends or m.ends)
    return {
        kind: (
            label,
            MeasureState(
                mode=max(modes, key=MODE_RANK.__getitem__),
                refs=tuple(refs),
                actions=tuple(actions),
                ends=ends,
            ),
        )
        for kind, (label, refs, modes, actions, ends) in found.items()
    }


def _measure_lines(drafts: Sequence[Draft]) -> list[MeasureLine]:
    per_revision = [_measure_states(d) for d in drafts]
    ending = [_ending_refs(d) for d in drafts]
    labels: dict[str, str] = {}
    for found in per_revision:
        for kind, (label, _) in found.items():
            labels.setdefault(kind, label)
    lines: list[MeasureLine] = []
    for kind, label in labels.items():
        states = tuple(s[1] if (s := rev.get(kind)) is not None else None for rev in per_revision)
        events: list[MeasureEvent] = []
        seen = states[0] is not None
        for k in range(1, len(states)):
            before, now = states[k - 1], states[k]
            if now is not None and now.ends and not (before is not None and before.ends):
                lifting = ending[k].get(kind) or now.refs
                events.append(
                    MeasureEvent(revision=k, event="lifted", refs=lifting, direction="softer")
                )
            elif now is not None and before is None:
                events.append(
                    MeasureEvent(
                        revision=k,
                        event="restored" if seen else "appeared",
                        new_mode=now.mode,
                        refs=now.refs,
                        direction="stronger",
                    )
                )
            elif now is None and before is not None and not before.ends:
                events.append(
                    MeasureEvent(
                        revision=k,
                        event="no-longer-named",
                        old_mode=before.mode,
                        refs=before.refs,
                        direction="softer",
                    )
                )
            elif now is not None and before is not None and now.mode != before.mode:
                up = MODE_RANK[now.mode] > MODE_RANK[before.mode]
                events.append(
                    MeasureEvent(
                        revision=k,
                        event="mode-changed",
                        old_mode=before.mode,
                        new_mode=now.mode,
                        refs=now.refs,
                        direction="stronger" if up else "softer",
                    )
                )
            seen = seen or now is not None
        lines.append(MeasureLine(kind=kind, label=label, states=states, events=tuple(events)))
    lines.sort(key=lambda m: (m.first, m.kind))
    return lines


#: Quantity kinds that are terms of a provision (the rest are dates and references).
_TERM_KINDS = ("measure", "time")


def _subject(
    provision: Provision,
    measure_label: str | None,
    item: str | None,
    full_text: str | None,
    width: int = 60,
) -> str:
    text = " ".join(provision.text.split())
    if text.endswith(":") and item:
        # A lead-in over items ("Decides:" / "(b) To renew the mandate ..."): its words
        # alone name nothing, and the report's "subject: values" read "Decides::"; the
        # item that holds the quantity names it (the lead-in's first item may not).
        text = f"{text} {' '.join(item.split())}"
    elif text.endswith(":") and full_text:
        # No item holds it alone (or the text that held it ran on in one paragraph).
        text = " ".join(full_text.split())
    short = text if len(text) <= width else text[: width - 1].rstrip() + "…"
    return f"{measure_label}: {short}" if measure_label else short


def _holding_item(
    clause: Clause, type_: str, date: _dt.date | None, lexicon: Lexicon
) -> str | None:
    """The first item under a lead-in that holds a quantity of ``type_``, with its label
    ("(b) To renew the mandate ..."); ``None`` if none alone does."""
    from .quantities import renewal_days

    for item in _walk(clause.children):
        if type_ == "renewal":
            held = date is not None and renewal_days(item.text, date, lexicon) is not None
        else:
            held = any(q.id == type_ for q in lexicon.quantities_in(item.text))
        if held:
            return f"{item.label} {item.text}" if item.label else item.text
    return None


def _quantity_tracks(drafts: Sequence[Draft], h: History, lexicon: Lexicon) -> list[QuantityTrack]:
    from .quantities import on_calendar, renewal_days

    n = len(drafts)
    by_ref = [{c.ref: c for c in d.paragraphs} for d in drafts]
    tracks: list[QuantityTrack] = []
    for p in h.provisions:
        # type -> (label, larger, values per revision)
        found: dict[str, tuple[str, Direction, list[QuantityPoint | None]]] = {}
        measure: tuple[str, str] | None = None
        scheduled = False
        lead_in = " ".join(p.text.split()).endswith(":")
        items: dict[str, str | None] = {}  # type -> the item of a lead-in holding it, last seen
        text = ""
        for k, ref in enumerate(p.refs):
            if ref is None:
                continue
            clause = by_ref[k][ref]
            text = _full_text(clause)
            if measure is None:
                named = [m for c in _walk([clause]) for m in c.measures]
                if named:
                    measure = (named[0].kind, named[0].label)
            values: dict[str, list[tuple[str, float | None]]] = {}
            meta: dict[str, tuple[str, Direction]] = {}
            for q in lexicon.quantities_in(text):
                if q.kind not in _TERM_KINDS:
                    continue
                shown = f"{q.value} {q.unit}" if q.unit else " ".join(q.text.split())
                if q.id == "reporting_interval":
                    shown = " ".join(q.text.split())
                bucket = values.setdefault(q.id, [])
                if all(shown != s for s, _ in bucket):
                    bucket.append((shown, q.number))
                meta[q.id] = (q.label, q.larger)
            date = drafts[k].date
            days = renewal_days(text, date, lexicon) if date is not None else None
            if days is not None:
                months = round(days / 30.44)
                shown = f"{months} month{'s' if months != 1 else ''}" if months else f"{days} days"
                values["renewal"] = [(shown, float(days))]
                meta["renewal"] = ("renewal period", "stronger")
                # A sanctions regime's measures and its Panel follow the Council's
                # calendar: a provision that any revision renews so is the regime's
                # renewal, and its period is followed, not weighed (compare reads a
                # pair so where either text does).
                scheduled = scheduled or on_calendar(text, lexicon)
            for type_ in values:
                if lead_in:
                    items[type_] = _holding_item(clause, type_, date, lexicon)
            for type_, bucket in values.items():
                label, larger = meta[type_]
                entry = found.setdefault(type_, (label, larger, [None] * n))
                entry[2][k] = QuantityPoint(
                    value=", ".join(s for s, _ in bucket),
                    number=bucket[0][1] if len(bucket) == 1 else None,
                    ref=ref,
                )
        if scheduled and "renewal" in found:
            label, _, points = found["renewal"]
            found["renewal"] = (label, "neutral", points)
        for type_, (label, larger, points) in found.items():
            tracks.append(
                QuantityTrack(
                    type=type_,
                    label=label,
                    provision=p.id,
                    subject=_subject(p, measure[1] if measure else None, items.get(type_), text),
                    measure=measure[0] if measure else None,
                    larger=larger,
                    values=tuple(points),
                    changes=tuple(
                        _as_compared(
                            _quantity_changes(
                                points, larger, type_, [ref is not None for ref in p.refs]
                            ),
                            points,
                            label,
                            h,
                        )
                    ),
                )
            )
    return tracks


def _quantity_changes(
    points: Sequence[QuantityPoint | None],
    larger: Direction,
    type_: str,
    stands: Sequence[bool],
) -> Iterator[QuantityChange]:
    """The moves of a quantity from each revision where the provision stands to the next
    where it stands again (``stands``, per revision; a rollover between that does not
    restate it leaves it in force, so "every 60 days" in 2020 and "every 30 days" in
    April 2022 is a move at April 2022): a value replaced (with its direction), or one
    that came or went from the provision's words. Renewal periods are compared as the
    comparison does (:func:`~resdiff.quantities.same_period`, two rollovers neutral)."""
    from .quantities import both_stopgaps, same_period

    previous: int | None = None
    for k in range(len(points)):
        if not stands[k]:
            continue
        if previous is None:
            previous = k
            continue
        a, b = points[previous], points[k]
        previous = k
        if a is None and b is None:
            continue
        if a is not None and b is not None:
            if a.value == b.value:
                continue
            direction: Direction = "neutral"
            if a.number is not None and b.number is not None:
                if a.number == b.number:
                    continue
                if type_ == "renewal":
                    days = (round(a.number), round(b.number))
                    if same_period(*days):
                        continue
                    stopgaps = both_stopgaps(*days)
                else:
                    stopgaps = False
                if larger != "neutral" and not stopgaps:
                    up = b.number > a.number
                    direction = larger if up else ("softer" if larger == "stronger" else "stronger")
            yield QuantityChange(revision=k, old=a.value, new=b.value, direction=direction)
        else:
            yield QuantityChange(
                revision=k,
                old=a.value if a is not None else None,
                new=b.value if b is not None else None,
                direction="neutral",
            )


def _as_compared(
    changes: Iterator[QuantityChange],
    points: Sequence[QuantityPoint | None],
    label: str,
    h: History,
) -> Iterator[QuantityChange]:
    """``changes`` with each quantity that came or went between two consecutive texts
    given the direction the comparison of those texts gives it (issue 9 §8: the lineage
    and ``compare`` say the same thing). A reporting interval taken out is softer in
    ``compare`` (the type's ``added`` direction turned round) and showed no arrow here;
    where the comparison names no such shift (a quantity timed otherwise, a rollover
    between), the move stays neutral."""
    for c in changes:
        if c.direction != "neutral" or (c.old is None) == (c.new is None) or c.revision < 1:
            yield c
            continue
        gone = c.new is None
        point = points[c.revision - 1] if gone else points[c.revision]
        if point is None or c.revision > len(h.comparisons):
            yield c
            continue
        found = next(
            (
                s.direction
                for change in h.comparisons[c.revision - 1].changes
                if point.ref in (change.old if gone else change.new)
                for part in change.walk()
                for s in part.shifts
                if s.feature == "quantity"
                and s.detail == label
                and (s.new is None) == gone
                and (s.old is None) != gone
            ),
            None,
        )
        yield c if found is None else c.model_copy(update={"direction": found})


def _steps(h: History) -> list[LineageStep]:
    steps: list[LineageStep] = []
    for k, cmp in enumerate(h.comparisons, start=1):
        steps.append(LineageStep(revision=k, **cmp.summary.step_fields()))
    return steps


def lineage(
    drafts: Sequence[DraftSource],
    *,
    names: Sequence[str] | None = None,
    options: AlignOptions | None = None,
    lexicon: Lexicon | None = None,
    keep_history: bool = True,
) -> Lineage:
    """Follow the measures and the typed quantities of a series of texts, oldest first:
    distinct resolutions of one regime or mandate, or the revisions of one draft.

    ``drafts``, ``names``, ``options`` and ``lexicon`` are as for
    :func:`resdiff.history`, whose provisions the quantities follow. ``keep_history``
    keeps that history in the result (its JSON then holds every provision and
    comparison; leave it out for a small document).

    Raises ``ValueError`` for no drafts or a ``names`` of the wrong length, and
    :class:`resdiff.ResolutionParseError` for input that cannot be read.
    """
    from .api import parse
    from .lexicon import Lexicon

    sources = list(drafts)
    if not sources:
        raise ValueError("lineage() needs at least one draft")
    lex = lexicon or Lexicon.default()
    parsed = [parse(source, lexicon=lex) for source in sources]
    h = history(parsed, names=names, options=options, lexicon=lex)
    return Lineage(
        revisions=h.revisions,
        steps=tuple(_steps(h)),
        measures=tuple(_measure_lines(parsed)),
        quantities=tuple(_quantity_tracks(parsed, h, lex)),
        provisions=len(h.provisions),
        history=h if keep_history else None,
    )
