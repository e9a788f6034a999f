"""The lexicon's life-cycle entries (lifecycle.toml): the stages of a measure's or a
mandate's life, how one growing stage in place of another weighs, the words that mark a
stage, and the phrases the life cycle is read by (mentions, objects, bodies, fragments).
Split out of :mod:`.entries`, which holds the base entries and every other kind.
"""

# No ``from __future__ import annotations``: pydantic reads these classes' annotations
# as objects instead of evaluating strings (a few ms of every command's start).

from typing import Literal, Self

from pydantic import Field, PrivateAttr, field_validator, model_validator

from .entries import Entry, PatternEntry, PhraseEntry, _check_patterns

LifecycleStage = Literal["start", "continue", "expand", "reduce", "sunset", "suspend", "end"]

#: What one growing stage in place of another does (see :class:`GrowthMoveEntry`).
GrowthDirection = Literal["stronger", "softer", "neutral"]


class StageEntry(Entry):
    """A stage of the life cycle (lifecycle.toml's ``stages``): whether it keeps or grows
    what it acts on (``growing``: start, continue, expand), the others winding it down,
    and, for a growing stage, how far it goes (``reach``, 1 the furthest): a clause that
    sets up and extends, or extends and expands, is read by the furthest (see
    ``Lexicon.growth_move``)."""

    stage: LifecycleStage
    growing: bool
    reach: int | None = Field(default=None, ge=1, le=9)


class GrowthMoveEntry(Entry):
    """One growing stage in place of another in a paired provision, and what it does
    (lifecycle.toml's ``growth``): a mandate enlarged where it was set up or carried on is
    stronger; a set-up where the body was only carried on is a new body; an extension
    where the body was set up carries it on, named, not weighed (``neutral``)."""

    id: str
    old: LifecycleStage
    new: LifecycleStage
    direction: GrowthDirection


class LifecycleEntry(PatternEntry):
    """A stage in the life of a measure or a mandate, and the words that mark it:
    ``start`` (impose, establish), ``continue`` (renew, extend), ``expand``, ``reduce``
    (drawdown, reduction), ``sunset`` ("for a final time", "final period"), ``suspend``,
    ``end`` (lift, terminate, dissolve, "shall no longer apply").

    ``patterns`` carry what the word must act on where the word alone is ambiguous
    ("extends" a mandate, not "extends its condolences"). ``once``: the word marks an act
    done once, on adoption ("decides to establish an observer mission"), which a later
    resolution has no need to repeat. ``decided``: only a decision does it (see the
    field)."""

    id: str
    label: str
    stage: LifecycleStage
    once: bool = False
    #: With ``once``: done once only as the Council's own decision ("Decides to expand the
    #: mandate"); the same words in an ask, a recommendation or an intention ("Requests
    #: ... recommendations on the expansion of the mandate", "Encourages the parties to
    #: expand cooperation within the scope of ...") name what may never have been done, so
    #: a later text that no longer speaks of them is not spent.
    once_decided: bool = False
    #: A part added beside what the provision does, not a stage of the mandate itself:
    #: a component set up within a mission ("Authorizes the establishment of a United
    #: Nations police component of up to 1,144 personnel as an integral part of ONUMOZ")
    #: enlarges the mission and leaves its renewal to another paragraph. Never one growing
    #: stage in place of another (a renewal gone beside it is the renewal gone), and a
    #: paragraph that does nothing else is no act on the mandate for the aligner.
    beside: bool = False
    #: Only a decision does it: the same words in an ask of others ("Demands the lifting
    #: of all restrictions on the city") are an ask, weighed by its verb.
    decided: bool = False
    headline: bool = Field(
        default=True,
        description="Whether the stage come or gone weighs as a headline change "
        "(weights.toml's 'lifecycle'); false: as the language of its section (the "
        "Council's expectation that a force may be withdrawn, no decision to withdraw it).",
    )
    counters_period: bool = Field(
        default=False,
        description="With headline = false: the stage weighs in the headline, as heavy as "
        "the period, where the same provision's renewal period changes the other way: the "
        "renewal's other half (a force extended for longer, but now in the expectation of "
        "its withdrawal). Alone it weighs as its headline flag says.",
    )
    acts: bool = Field(
        default=True,
        description="Whether the words act on what they name; false for an act the "
        "Council holds back (a forbearance: 'Decides ... not to impose at present the "
        "additional measures'): its stage weighs the clause where it comes and goes, but "
        "the text takes nothing up or down by it, so it does not count among the stages "
        "the text acts on (a later text that holds a measure back still leaves standing "
        "the determination it does not repeat).",
    )
    patterns: tuple[str, ...] = Field(min_length=1)
    # Whether its stage grows, from the lexicon's stages (set when the lexicon is built).
    _growing: bool = PrivateAttr(default=False)

    @property
    def growing(self) -> bool:
        """Whether the stage keeps or grows what it acts on (``growing`` in the
        lexicon's ``stages``: start, continue, expand by default)."""
        return self._growing


class MentionEntry(PhraseEntry):
    """Words after which a winding-down life-cycle word is named, not done: "the
    Council's consideration of possible ... suspension or lifting of the arms embargo",
    "to guide the next steps of the phased drawdown", "informed about developments in
    relation with the drawdown". The phrase may stand up to a few words before the
    life-cycle word, in the same clause."""


class ObjectEntry(PhraseEntry):
    """A name of what a measure's or a mandate's life cycle acts on ("embargo",
    "sanctions", "mandate"): the nouns the end and sunset patterns of lifecycle.toml
    stand ``{object}`` for, with every measure's ``names`` (measures.toml), so that a
    measure a user names gets its life cycle too ("Decides not to renew the arms
    embargo", "the travel ban ... shall expire on")."""


class BodyEntry(PhraseEntry):
    """A body or a mandate a life-cycle word may act on instead of the measure it names
    ("Committee", "Panel", "mandate"), matched as printed (lifecycle.toml, ``[bodies]``):
    "Decides to terminate the Committee established to monitor the arms embargo" ends the
    Committee, not the embargo (see :meth:`~resdiff.lexicon.Lexicon.body_governs`).
    ``set_up``: the entry names a body a clause sets up ("Establishes a commission",
    "the creation … of a … Force"), not what a life-cycle word acts on only ("mandate"):
    the founding reading (:meth:`~resdiff.lexicon.Lexicon.set_up_bodies`, the
    ``{set_up_body}`` of ``[lifecycle.establish]``) and the body a dropped set-up leaves
    behind (``classify.spent``) read the flagged entries, in any case. ``starts_series``:
    a body whose founding starts a series (:func:`resdiff.series.grouping.founding`:
    the forces, missions, groups, operations, offices and committees whose renewals a
    series reads), not one a text sets up beside what its series follows (a commission of
    the parties, a panel within a mission): a narrowing of ``set_up``, which it needs."""

    set_up: bool = Field(default=False, strict=True)
    starts_series: bool = Field(default=False, strict=True)

    @model_validator(mode="after")
    def _series_needs_set_up(self) -> Self:
        if self.starts_series and not self.set_up:
            raise ValueError("starts_series needs set_up = true: only a body set up founds")
        return self


class FragmentEntry(Entry):
    """A piece of a life-cycle pattern written once (lifecycle.toml, ``[fragments]``):
    the patterns write ``{name}`` where it stands, as they write ``{object}`` for the
    objects. "subject", the body or measure that is a renewal's own subject ("the Panel
    of Experts on the arms embargo shall continue ... until ..."), stands in two of the
    "extended" patterns; a user's file that changes it changes both. A fragment may write
    another's: "council_acronym", the acronyms of the Council's own missions, offices and
    bodies, stands in "subject" and in the enlargement and withdrawal patterns; a fragment
    that writes itself, directly or through others, is refused (``stages.compile_fragments``).
    A placeholder with no fragment (one switched off) is left as printed and matches no
    text."""

    name: str
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        _check_patterns((value,))
        return value
