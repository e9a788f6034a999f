"""What a lexicon lookup returns: a verb phrase, a lead phrase, a hedge, a flag, a measure,
a quantity found in a clause, each with where it stands.

:mod:`resdiff.lexicon.entries` says what the lexicon holds; these models say what
:class:`~resdiff.lexicon.Lexicon` finds with it.
"""

# No ``from __future__ import annotations``: pydantic reads these classes' annotations
# as objects instead of evaluating strings (a few ms of every command's start).

from collections.abc import Iterable
from typing import Literal

from pydantic import Field

from ..model import Frozen, Measure, MeasureMode, Phrase
from .entries import HedgeKind
from .lifecycle_entries import LifecycleStage


class VerbMatch(Frozen):
    """An operative verb phrase found in a clause, with its tiers after modifiers.

    ``text`` is the phrase as printed ("Strongly urges"), ``start``/``end`` its offsets in
    the searched text. ``modifier`` holds the intensifiers ("strongly", "in the strongest
    terms"), ``continuers`` the words that change nothing ("further", "also").
    """

    text: str
    start: int
    end: int
    lemma: str
    form: str
    modifier: str | None = None
    continuers: tuple[str, ...] = ()
    axis_a: int | None = None
    axis_b: int | None = None
    base_axis_a: int | None = None
    base_axis_b: int | None = None

    def to_phrase(
        self,
        *,
        hedges: Iterable[str] = (),
        modal: str | None = None,
        addressee: str | None = None,
        offset: int = 0,
    ) -> Phrase:
        """This match as a :class:`~resdiff.model.Phrase` of a clause."""
        return Phrase(
            text=self.text,
            lemma=self.lemma,
            modifier=self.modifier,
            axis_a=self.axis_a,
            axis_b=self.axis_b,
            hedges=tuple(hedges),
            modal=modal,
            addressee=addressee,
            start=self.start + offset,
        )


class PreambleMatch(Frozen):
    """A preambular lead phrase found at the start of a paragraph."""

    text: str
    start: int
    end: int
    phrase: str
    modifier: str | None = None
    continuers: tuple[str, ...] = ()
    axis_a: int | None = None
    axis_b: int | None = None


class HedgeMatch(Frozen):
    """A hedge found in a clause: which one (``hedge``), the words, and why it weakens."""

    hedge: str
    text: str
    start: int
    end: int
    kind: HedgeKind
    explanation: str


class ModalMatch(Frozen):
    """A modal verb found in a clause."""

    word: str
    rank: int
    start: int


class FlagMatch(Frozen):
    """A document-level flag found in a text: ``flag`` is its id (``chapter_vii``)."""

    flag: str
    label: str
    text: str
    start: int
    end: int


class MeasureHit(Frozen):
    """A sanctions measure found in a clause.

    ``mode`` is ``None`` when the measure is only mentioned: its governing verb is
    declaratory ("recalls", "welcomes") and no modal imposes it. ``verb`` is the lemma of
    the governing verb, when one was found.
    """

    measure: str
    label: str
    mode: MeasureMode | None
    evidence: str
    start: int
    verb: str | None = None

    def to_measure(self) -> Measure | None:
        """This hit as a :class:`~resdiff.model.Measure`, or ``None`` without a mode."""
        if self.mode is None:
            return None
        return Measure(kind=self.measure, label=self.label, mode=self.mode, evidence=self.evidence)


class Citation(Frozen):
    """Paragraphs of a resolution a text cites: their numbers, and the resolution's
    (``None`` for the text's own paragraphs, "paragraphs 3 and 6 above")."""

    paragraphs: frozenset[str]
    resolution: str | None = None


class DegreeMatch(Frozen):
    """An intensity word of a censure or concern ("deepest") and its rank (1–3)."""

    word: str
    rank: int
    start: int


class QualifierMatch(Frozen):
    """A condition, an exemption or an emphasis word found in a clause: which entry
    (``phrase``), the words as printed, where, and why it matters."""

    phrase: str
    text: str
    start: int
    end: int
    explanation: str = ""


class AddresseeMatch(Frozen):
    """Who a clause addresses and how widely: the noun (``"parties"``), the words as
    printed (``"all parties"``), and the ``scope`` (``all``, ``plain`` or ``narrowed``)
    with the word that set it."""

    noun: str
    text: str
    scope: Literal["all", "plain", "narrowed"]
    by: str | None = None
    start: int
    end: int


class LifecycleMatch(Frozen):
    """A life-cycle word of a measure or a mandate ("renew", "terminate", "for a final
    time"): its entry ``id``, ``label`` and ``stage``, and where it stands."""

    id: str
    label: str
    stage: LifecycleStage
    text: str
    start: int
    end: int
    growing: bool = Field(
        default=False,
        description="Whether its stage keeps or grows what it acts on (the lexicon's "
        "stages: start, continue, expand by default).",
    )


class QuantityMatch(Frozen):
    """A typed quantity found in a text: its type ``id`` and ``label``, the words as
    printed (``text``), the value's words (``value``) and unit, and the value as a number
    in a common unit (days for times) when it has one."""

    id: str
    label: str
    kind: Literal["measure", "time", "date", "reference", "count"]
    larger: Literal["stronger", "softer", "neutral"]
    added: Literal["stronger", "softer", "neutral"] = "neutral"
    text: str
    value: str
    unit: str | None = None
    number: float | None = None
    start: int
    end: int


# --------------------------------------------------------------------------- loading
