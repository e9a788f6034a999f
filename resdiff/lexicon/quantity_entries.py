"""The lexicon's quantity entries (``[quantities]``): typed quantities, the number words
and month names their patterns are written with, and the placeholders that stand for
them. Split out of :mod:`.entries`, which holds every other kind of entry.
"""

# No ``from __future__ import annotations``: pydantic reads these classes' annotations
# as objects instead of evaluating strings (a few ms of every command's start).

import re
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from ..compiled import compile_cached
from .cache import PATTERNS
from .entries import (
    _WORD_CHAR,
    PatternEntry,
    _spaces_in_pattern,
)

#: Number words a quantity may be written in ("twelve months", "twenty-four hours").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000,
}  # fmt: skip

_NUMBER_WORD = "|".join(sorted((w for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
#: Month names, as quantity patterns and date readers spell them.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NAMES = "|".join(MONTH_NAMES)
#: A run of number words ("two hundred and fifty thousand"), at most five.
_NUMBER_WORDS = rf"(?:(?:{_NUMBER_WORD})(?:[\s-]{{1,3}}(?:and\s{{1,3}})?(?:{_NUMBER_WORD})){{0,4}})"
#: What the placeholders of quantity patterns stand for.
QUANTITY_PLACEHOLDERS: dict[str, str] = {
    # Bounded repeats: a run of number words or digit groups can be matched from each of
    # its words, so an unbounded one would be quadratic on "one one one ..." (a number is
    # at most five words, "two hundred and fifty thousand", or seven digit groups).
    # A number may carry itself again in brackets, as some drafts print it: number words
    # their figure ("within five (5) months", "four thousand (4,000) troops"), a figure
    # its words ("within 5 (five) months"): one number, read from what stands first (see
    # unechoed). A figure of four digits and no comma is never taken: "2532 (2020)".
    "{number}": rf"(?:(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}(?:\.\d+)?|\d{{1,12}}(?:\.\d+)?)"
    rf"(?:\s{{1,3}}\({_NUMBER_WORDS}\))?"
    rf"|{_NUMBER_WORDS}(?:\s{{1,3}}\(\d{{1,3}}(?:,\d{{3}}){{0,6}}\))?)",
    "{month}": f"(?:{_MONTH_NAMES})",
}


#: The number a number carries again in brackets: a figure after words ("five (5)",
#: "four thousand (4,000)"), words after a figure ("5 (five)").
#: Only number words: "paragraph 7 (d)", "29 (i)" keep their subparagraph.
# From the package's cache of compiled patterns: compiling this alternation of every
# number word cost about 3 M instructions of every command that loads the lexicon.
_FIGURE_ECHO = compile_cached(
    rf"\s{{1,3}}\((?:\d{{1,3}}(?:,\d{{3}}){{0,6}}|{_NUMBER_WORDS})\)$", re.I
)


def unechoed(value: str) -> str:
    """``value`` without the bracketed figure that repeats its number words ("five (5)"
    -> "five"), or the bracketed words that repeat its figure ("5 (five)" -> "5"): the
    same number however the draft prints it, so that "five months" -> "five (5) months"
    names no change and "eleven months" -> "five (5) months" is read as a shorter time,
    not as one limit gone and another come."""
    return _FIGURE_ECHO.sub("", value)


def expand_quantity_pattern(pattern: str) -> str:
    """A quantity pattern with its placeholders (``{number}``, ``{month}``) written out."""
    for key, value in QUANTITY_PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


class QuantityEntry(PatternEntry):
    """A typed quantity (a cap, a ceiling, a duration, a reporting interval, a deadline,
    a date, a document symbol) and what a larger value means.

    Each pattern has a named group ``value`` (digits or number words) and may have one
    named ``unit`` (days, months, barrels); ``larger`` is the direction of a larger value:
    ``stronger`` (a longer authorization, a higher troop ceiling), ``softer`` (a higher
    cap on imports, a longer reporting interval), or ``neutral`` (dates, symbols,
    citations: named when they move on, never weighed). ``kind`` ``reference`` marks the
    units that are only names (symbols, citations, paragraph references)."""

    id: str
    label: str
    larger: Literal["stronger", "softer", "neutral"]
    added: Literal["stronger", "softer", "neutral"] = Field(
        default="neutral",
        description="What the quantity's appearing with no counterpart means: a reporting "
        "interval where there was none asks more (stronger).",
    )
    kind: Literal["measure", "time", "date", "reference", "count"] = "measure"
    headline: bool = Field(
        default=True,
        description="Whether a shift of this type weighs as a headline change (a cap, a "
        "ceiling, a duration: weights.toml's 'quantity'); false: as the language of its "
        "section (a deadline set on a report asked for presses an ask, it is no headline).",
    )
    patterns: tuple[str, ...] = Field(min_length=1)
    context: tuple[str, ...] = Field(
        default=(),
        description="Words (any case) one of which must stand in the clause before the "
        "quantity (within context_reach characters), in it or right after it: a reporting "
        "interval is one only where something is reported ('report every 90 days'), not "
        "where a committee of the parties reviews a plan 'every six months'. Empty: no "
        "condition.",
    )
    context_reach: int = Field(default=300, ge=1, le=2000)
    word_context: tuple[str, ...] = Field(
        default=(),
        description="For a quantity written with no figure ('annually', 'each year'), "
        "which also reads as a fact ('two million people displaced each year'): phrases "
        "(any case) one of which must stand before it in its clause, within "
        "word_context_reach characters ('to report ... annually'). Empty: the context "
        "above.",
    )
    word_context_reach: int = Field(default=120, ge=1, le=2000)
    word_verbs: tuple[str, ...] = Field(
        default=(),
        description="Stems of the verbs a quantity written with no figure goes with when "
        "one stands among the few words right before it ('to be submitted annually', "
        "'report publicly and quarterly'): it is this quantity even without a "
        "word_context phrase.",
    )
    subjects: tuple[str, ...] = Field(
        default=(),
        description="Words (any case, matched at the start of a word) that name what a "
        "quantity of this type counts ('troop', 'police'): a red line about one of them "
        "leaves out a quantity whose words name another, and counts one whose words name "
        "none for what the quantity before it counted.",
    )
    word_participles: tuple[str, ...] = Field(
        default=(),
        description="Past participles not ending in '-ed' ('paid', 'held'): right before "
        "a quantity written with no figure, such a participle (or one in '-ed') of a verb "
        "not in word_verbs ties it to something else ('contributions paid annually').",
    )
    instead_of: tuple[str, ...] = Field(
        default=(),
        description="Whole words (any case) that ask for a thing as soon as there is "
        "something to give ('timely', 'promptly'): a quantity of this type added where "
        "the old clause had one of them and the new has none lengthens the wait, so it "
        "weighs as a larger value would ('timely report to the Security Council' -> "
        "'report annually to the Security Council': softer), not as one added.",
    )
    timed_otherwise: tuple[str, ...] = Field(
        default=(),
        description="For a time limit ('by 31 October 1963', 'within 60 days'): whole "
        "words (any case) that set the time of an ask in other terms ('periodically', "
        "'as soon as possible'). When non-empty, the limit's coming or going is read only "
        "where the other version sets no time of its own: it holds no more dates, time "
        "limits or intervals than this one, nor more of these words ('not later than 31 "
        "March 1968' -> 'as soon as possible' is the time asked put otherwise, not the "
        "limit lifted). Empty: the coming or going is read wherever it happens.",
    )
    proposed: tuple[str, ...] = Field(
        default=(),
        description="Whole words (any case) that, standing before a quantity in the same "
        "clause of a recital that asks nothing, tell it as another's proposal or account "
        "('recommendation', 'recommended', 'proposed'): 'Taking note of the recommendation "
        "of the Secretary-General to extend the mandate for a period of twelve months' "
        "quotes his period, which the Council sets (or not) in its operative part. Such a "
        "quantity moved on is named, not weighed. Empty: every recital's quantity is "
        "weighed as the type says.",
    )
    calendar: tuple[str, ...] = Field(
        default=(),
        description="Read on the duration type only: whole words or phrases (any case, "
        "any spacing) naming what a renewal renews when its length follows the Council's "
        "calendar rather than its confidence ('measures', 'panel of experts'), looked for "
        "in the object of the renewing verb ('renew until 31 July 2023 the measures ...'). "
        "The period of such a renewal, read from its end date, is named as it moves on "
        "but not weighed. Empty: every renewal period is weighed.",
    )

    @field_validator(
        "context",
        "word_context",
        "word_verbs",
        "word_participles",
        "subjects",
        "instead_of",
        "timed_otherwise",
        "proposed",
        mode="before",
    )
    @classmethod
    def _lower_context(cls, value: object) -> object:
        if isinstance(value, (list, tuple)):
            return tuple(str(v).lower() for v in value)
        return value

    @field_validator("calendar", mode="before")
    @classmethod
    def _calendar_phrases(cls, value: object) -> object:
        # Spacing folded as the text's is, and a blank phrase refused: it would find
        # every renewal on the calendar.
        if isinstance(value, (list, tuple)):
            phrases = tuple(" ".join(str(v).lower().split()) for v in value)
            for i, phrase in enumerate(phrases):
                if not phrase:
                    raise ValueError(f"[{i}] is blank: a phrase must name what is renewed")
                if not (_WORD_CHAR.match(phrase[0]) and _WORD_CHAR.match(phrase[-1])):
                    # Matched as whole words: one that opens or ends on a sign never is.
                    raise ValueError(
                        f"[{i}] {phrase!r} must open and end with a letter or a digit "
                        "(the phrases are matched as whole words)"
                    )
            return phrases
        return value

    @model_validator(mode="after")
    def _calendar_of_duration(self) -> Self:
        # Read on the duration type only: on another it would be ignored in silence.
        if self.calendar and self.id != "duration":
            raise ValueError(f"calendar is read on the duration type only, not on {self.id!r}")
        return self

    @field_validator("patterns", mode="before")
    @classmethod
    def _value_group(cls, value: object) -> object:
        # Checked before PatternEntry's own check, on the expanded pattern: the
        # placeholders are not regular expressions by themselves.
        if isinstance(value, (list, tuple)):
            for i, pattern in enumerate(value):
                if not isinstance(pattern, str):
                    continue
                if "(?P<value>" not in pattern:
                    raise ValueError(f"[{i}] needs a named group (?P<value>...)")
                try:
                    PATTERNS.compile(_spaces_in_pattern(expand_quantity_pattern(pattern)))
                except re.error as exc:
                    raise ValueError(f"[{i}] is not a valid regular expression ({exc})") from exc
        return value

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # Replaces PatternEntry's check, which would compile the patterns with their
        # placeholders unexpanded; _value_group above checked them expanded.
        return value
