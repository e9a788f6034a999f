"""The red-line rules as validated models: each kind of rule a spec may hold
(:class:`ChapterVIIRule`, :class:`MinStrengthRule`, ... and their union :data:`Rule`), the
:class:`ParagraphSelector` that names the paragraphs a rule looks at, and the field types
and validators they share (a tier, a limit, a non-blank text). A delegation's spec
(:class:`~.spec.RedLines`) and its TOML loader are in :mod:`.spec`; each kind of rule is
evaluated against a draft in :mod:`.rules`.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, ClassVar, Literal

from pydantic import BeforeValidator, Field, StrictBool, model_validator

from ...model import AddresseeScope, Frozen, MeasureMode, Section

Axis = Literal["force", "censure"]
SectionChoice = Literal["operative", "preamble", "all"]

_AXIS_MAX = {"force": 6, "censure": 7}


def _no_bool(value: object) -> object:
    """Refuse ``true``/``false`` where a tier is asked for: pydantic would read ``true``
    as the integer 1, a tier nobody wrote."""
    if isinstance(value, bool):
        raise ValueError(
            f"{str(value).lower()} is not a tier: expected a verb, a phrase or a tier number"
        )
    return value


def _whole_tier(value: object) -> object:
    """Say what a tier is when it is given as a fraction (pydantic would only say it is
    not a string)."""
    value = _no_bool(value)
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(f"{value} is not a tier: expected a verb, a phrase or a whole tier number")
    return value


#: A required strength: a verb or phrase of the lexicon, or a whole tier number (never a
#: bool).
Strength = Annotated[str | int, BeforeValidator(_whole_tier)]


def _not_blank(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        raise ValueError("must not be empty")
    return value


#: Text a rule needs (a name, a phrase): blank text is refused, as an empty one is (a
#: blank required phrase was "found" in every paragraph).
Text = Annotated[str, BeforeValidator(_not_blank), Field(min_length=1)]

#: A paragraph's ref as the readers give it: "PP3", "OP4", "OP4(a)(ii)", and the forms of
#: negotiating drafts and parts ("OP1bis", "OP4alt2", "OP5-2", "OP1-B"), any case and
#: spacing.
_REF = re.compile(
    # Possessive: a failing ref of many letters is given up at once, not split every way.
    r"(?:PP|OP)\s*+\d++(?:\s*+[A-Za-z]++\d*+|-[A-Za-z0-9]++)*+"
    r"(?:\s*+\(\s*+[A-Za-z0-9]{1,8}+\s*+\))*+",
    re.IGNORECASE,
)
#: The longest ref a selector may give (the readers' are a few characters).
_REF_CHARS = 60


# ----------------------------------------------------------------------------- rules


class ParagraphSelector(Frozen):
    """Which paragraph a rule is about: by ``ref`` (``"OP1"``) or by ``contains`` (a
    phrase it holds, any case and spacing), optionally only in one ``section``."""

    ref: str | None = None
    contains: str | None = None
    section: Section | None = None

    @model_validator(mode="after")
    def _one_way(self) -> ParagraphSelector:
        if (self.ref is None) == (self.contains is None):
            raise ValueError("give exactly one of ref and contains")
        if self.contains is not None and not self.contains.strip():
            raise ValueError("contains must not be empty")
        if self.ref is not None and (
            len(self.ref) > _REF_CHARS or not _REF.fullmatch(self.ref.strip())
        ):
            # Never a ref of any draft: the rule would be reported broken ("no paragraph
            # found") as if the draft had lost the paragraph.
            raise ValueError(
                f"ref {self.ref!r} is not a paragraph's ref: write PP3, OP4 or OP4(a)(ii), "
                "or choose paragraphs by the words they hold (contains = ...)"
            )
        return self

    def describe(self) -> str:
        """``OP1`` or ``the paragraphs containing “launches”``."""
        where = f" of the {self.section} part" if self.section else ""
        if self.ref is not None:
            return self.ref + where
        return f"the paragraphs{where} containing “{self.contains}”"


def _selector(value: object) -> object:
    """Say how a selector is written when a ref or phrase is given bare."""
    if isinstance(value, str):
        key = "ref" if _REF.fullmatch(value.strip()) else "contains"
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        raise ValueError(f"a table, not a string: write paragraph = {{ {key} = {quoted} }}")
    return value


#: A rule's ``paragraph``: a table (``{ ref = "OP1" }``), not a bare string.
Selector = Annotated[ParagraphSelector, BeforeValidator(_selector)]


class _Rule(Frozen):
    """Fields every rule has."""

    name: Text
    note: str | None = None

    #: Whether the rule compares two drafts (needs a base draft).
    needs_base: ClassVar[bool] = False


class ChapterVIIRule(_Rule):
    """The draft acts under Chapter VII (``present = true``, the default) or does not."""

    type: Literal["chapter_vii"]
    present: StrictBool = True


class Art39Rule(_Rule):
    """The draft makes an Article 39 determination (a threat to international peace and
    security) — or, with ``present = false``, does not."""

    type: Literal["art39"]
    present: StrictBool = True


class MinStrengthRule(_Rule):
    """The paragraph reaches at least this tier on ``axis`` (``force``: decides 6 …
    declaratory 1; ``censure``: condemns in the strongest terms 7 … expresses concern
    1). ``at_least`` is a verb or phrase of the lexicon ("condemns", "calls upon") or a
    tier number."""

    type: Literal["min_strength"]
    paragraph: Selector
    axis: Axis
    at_least: Strength


class MaxStrengthRule(_Rule):
    """Every paragraph selected stays at or below this tier on ``axis`` (a paragraph that
    is not there passes)."""

    type: Literal["max_strength"]
    paragraph: Selector
    axis: Axis
    at_most: Strength


#: Measure modes, weakest first.
_MODE_ORDER: tuple[str, ...] = ("voluntary", "hortatory", "mandatory")


class MeasureModeRule(_Rule):
    """A sanctions measure (an id of the lexicon's ``[measures]``: ``arms_embargo``,
    ``asset_freeze``, ``travel_ban``, ``wmd_missile``, ..., or ``any``) is imposed at least
    in ``mode`` / ``at_least`` (it must be there, and every paragraph that imposes it
    must keep that mode), and/or at most in ``at_most`` (absent passes). Modes rank
    mandatory > hortatory > voluntary. ``paragraph`` narrows the rule to the measures of
    the paragraphs it chooses."""

    type: Literal["measure_mode"]
    measure: str
    mode: MeasureMode | None = None
    at_least: MeasureMode | None = None
    at_most: MeasureMode | None = None
    #: Only the measures of these paragraphs count ("the transfer ban of OP4", not the
    #: procurement ban of OP5, which is the same kind of measure).
    paragraph: Selector | None = None

    @model_validator(mode="after")
    def _some_mode(self) -> MeasureModeRule:
        if self.mode is not None and self.at_least is not None:
            raise ValueError("give mode or at_least, not both (mode means at_least)")
        if self.mode is None and self.at_least is None and self.at_most is None:
            raise ValueError("give mode, at_least or at_most")
        low = self.mode or self.at_least
        if (
            low is not None
            and self.at_most is not None
            and _MODE_ORDER.index(low) > _MODE_ORDER.index(self.at_most)
        ):
            raise ValueError(
                f"{'mode' if self.mode else 'at_least'} {low!r} is above at_most "
                f"{self.at_most!r}: no measure could keep this red line"
            )
        return self

    @property
    def minimum(self) -> MeasureMode | None:
        """The lowest mode accepted (``mode`` or ``at_least``)."""
        return self.mode or self.at_least


class ForbiddenPhraseRule(_Rule):
    """No paragraph (of ``section``, if given) holds the phrase (any case and spacing,
    British or American spelling)."""

    type: Literal["forbidden_phrase"]
    phrase: Text
    section: Section | None = None


class RequiredPhraseRule(_Rule):
    """Some paragraph (of ``section``, if given) holds the phrase."""

    type: Literal["required_phrase"]
    phrase: Text
    section: Section | None = None


class NoDemotionRule(_Rule):
    """No operative paragraph of the base draft was moved into the preamble (a demand
    turned into a recital). Needs a base draft."""

    type: Literal["no_demotion"]
    needs_base: ClassVar[bool] = True


class NoWeakeningRule(_Rule):
    """No paragraph of ``section`` (``operative`` by default, ``preamble`` or ``all``) was
    softened, made mixed, or dropped with a softer shift. Needs a base draft."""

    type: Literal["no_weakening"]
    section: SectionChoice = "operative"
    needs_base: ClassVar[bool] = True


def _limit(value: object) -> object:
    """Refuse ``true``/``false`` where a limit is asked for (pydantic reads ``true`` as 1)."""
    if isinstance(value, bool):
        raise ValueError(f"{str(value).lower()} is not a limit: expected a number or a time")
    return value


#: A limit on a quantity: a number (``17000``, ``"17,000"``, ``"seventeen thousand"``) or
#: a time (``"90 days"``, ``"12 months"``, ``"one year"``, ``"48 hours"``) for the
#: quantities the lexicon counts in days.
Limit = Annotated[str | int | float, BeforeValidator(_limit)]

#: "17.000": a thousands separator of another language, or seventeen? Refused.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_limit(value: str | int | float) -> tuple[float, bool]:
    """``(amount, is_time)`` of a quantity limit, as the lexicon counts quantities:
    ``17000`` → ``(17000, False)``, ``"90 days"`` → ``(90, True)``, ``"12 months"`` →
    ``(360, True)`` (a month 30 days, a year 365, an hour 1/24). ``ValueError`` says what
    is wrong."""
    from ...lexicon.quantities import TIME_UNITS, quantity_number

    if isinstance(value, int | float):
        amount, is_time = float(value), False
    else:
        # Split on spaces, not by a pattern: the last word is the unit when it is one.
        words = value.split()
        last = words[-1].lower() if len(words) > 1 else ""
        unit = words[-1] if last.removesuffix("s") in TIME_UNITS else None
        number = " ".join(words[:-1] if unit else words)
        if _DOTTED_THOUSANDS.fullmatch(number):
            raise ValueError(f'"{value}" is ambiguous: write 17000 or 17,000')
        found = quantity_number(number, unit)
        if found is None:
            raise ValueError(
                f'"{value}" is not a limit: expected a number ("17,000", "twelve") or a '
                'time ("90 days", "12 months")'
            )
        amount, is_time = found, unit is not None
    if not math.isfinite(amount):
        raise ValueError(f"{value} is not a limit: expected a finite number")
    if amount < 0:
        raise ValueError("a limit must not be negative")
    return amount, is_time


class QuantityRule(_Rule):
    """Every quantity of a type (an id of the lexicon's ``[quantities]`` that has an
    amount: ``personnel_ceiling``, ``reporting_interval``, ``duration``, ``import_cap``,
    ...; or ``renewal``, the period a renewal runs, to its end date from the draft's date
    too, which ``duration`` also reads) in the paragraphs chosen (the operative part by
    default) stays ``at_least`` and/or ``at_most`` a limit, in every bracketed
    alternative, and one is there in each.
    ``matching``: only the quantities the words name ("troops" keeps "a troop ceiling of
    17,000 personnel" and leaves out "a police ceiling of 2,101 personnel"; one whose
    words name nothing, "to be reduced to 12,000 personnel", counts for what the
    quantity before it counted)."""

    type: Literal["quantity"]
    quantity: Text
    paragraph: Selector | None = None
    matching: Text | None = None
    at_least: Limit | None = None
    at_most: Limit | None = None

    @model_validator(mode="after")
    def _some_limit(self) -> QuantityRule:
        if self.at_least is None and self.at_most is None:
            raise ValueError("give at_least, at_most or both")
        return self

    @property
    def limits(self) -> tuple[float | None, float | None, bool]:
        """``(lowest, highest, in_days)`` allowed, as :func:`parse_limit` reads them (the
        spec's check has refused what it cannot read)."""
        low = parse_limit(self.at_least) if self.at_least is not None else None
        high = parse_limit(self.at_most) if self.at_most is not None else None
        timed = (low or high or (0.0, False))[1]
        return (low[0] if low else None), (high[0] if high else None), timed


class AddresseeRule(_Rule):
    """The paragraphs chosen address whom they ask at least this widely: ``all`` ("all
    States", "all parties") > ``plain`` ("States", "the parties") > ``narrowed`` ("States
    in a position to do so", "relevant parties"). Every clause that names an addressee
    counts, so a draft that narrows one of them fails."""

    type: Literal["addressee"]
    paragraph: Selector
    at_least: AddresseeScope = "all"


#: Features whose shift toward softer is a qualifier added: an exemption carved out or
#: widened, a condition, a hedge, a weaker modal.
QualifierFeature = Literal["exemption", "condition", "hedge", "modal"]


class NoNewQualifiersRule(_Rule):
    """No exemption (by default; ``features`` may add ``condition``, ``hedge`` and
    ``modal``) was added or widened in ``section`` (``operative`` by default) against the
    base draft: "shall not apply to ..." carved out, an approval turned into a notice, a
    condition or hedge put on an ask, "shall" turned "should". Needs a base draft."""

    type: Literal["no_new_qualifiers"]
    features: tuple[QualifierFeature, ...] = Field(default=("exemption",), min_length=1)
    section: SectionChoice = "operative"
    needs_base: ClassVar[bool] = True


class NoSunsetRule(_Rule):
    """No operative paragraph (of ``paragraph``, if given) gives a sunset, as the engine
    reads one (lifecycle.toml's stage "sunset"): a renewal for a final period, "this
    shall be the final such extension", "for a single period", an expiry or an end the
    text sets on a date or an event ("shall expire on 30 June 2024"), and measures an
    earlier resolution imposed given one by reference ("the measures imposed by paragraph
    1 of resolution 2588 (2021) shall expire on ..."); and an end the text decides ("to
    terminate the mandate ... as of 31 December 2020", "not to renew"), which refuses the
    line the more. Not a drawdown nor a suspension. ``measure``: ``any`` (the default:
    any sunset), ``mandate`` (the sunsets no measure of the clause carries: a mandate's,
    a body's, an authorization's), or an id of the lexicon's ``[measures]``
    (``arms_embargo``, ...: that measure's sunset or end, and a sunset by reference,
    which may be its own). Needs no base draft: a delegation's "no sunset on the mandate"."""

    type: Literal["no_sunset"]
    measure: Text = "any"
    paragraph: Selector | None = None


Rule = Annotated[
    ChapterVIIRule
    | Art39Rule
    | MinStrengthRule
    | MaxStrengthRule
    | MeasureModeRule
    | ForbiddenPhraseRule
    | RequiredPhraseRule
    | NoDemotionRule
    | NoWeakeningRule
    | QuantityRule
    | AddresseeRule
    | NoNewQualifiersRule
    | NoSunsetRule,
    Field(discriminator="type"),
]

_RULE_TYPES: dict[str, type[_Rule]] = {
    "chapter_vii": ChapterVIIRule,
    "art39": Art39Rule,
    "min_strength": MinStrengthRule,
    "max_strength": MaxStrengthRule,
    "measure_mode": MeasureModeRule,
    "forbidden_phrase": ForbiddenPhraseRule,
    "required_phrase": RequiredPhraseRule,
    "no_demotion": NoDemotionRule,
    "no_weakening": NoWeakeningRule,
    "quantity": QuantityRule,
    "addressee": AddresseeRule,
    "no_new_qualifiers": NoNewQualifiersRule,
    "no_sunset": NoSunsetRule,
}
