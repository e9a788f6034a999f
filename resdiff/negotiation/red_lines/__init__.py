"""Red lines: what a delegation will not accept, written as data and checked against a
draft (and, for some rules, against the draft it revises).

A red-lines file is TOML with one ``[[rule]]`` table per red line::

    delegation = "Japan"

    [[rule]]
    name = "Chapter VII must stay"
    type = "chapter_vii"                    # present = true is the default

    [[rule]]
    name = "Condemnation of the launches"
    type = "min_strength"
    paragraph = { contains = "launches", section = "operative" }   # or { ref = "OP1" }
    axis = "censure"                        # or "force"
    at_least = "condemns"                   # a verb or phrase of the lexicon, or a tier

    [[rule]]
    name = "Transfer ban stays mandatory"
    type = "measure_mode"
    measure = "wmd_missile"                 # a measure id of the lexicon, or "any"
    mode = "mandatory"                      # = at_least; at_most = "hortatory" caps it

    [[rule]]
    name = "No vigilance language"
    type = "forbidden_phrase"
    phrase = "exercise vigilance"

    [[rule]]
    name = "Nothing demoted to the preamble"
    type = "no_demotion"                    # needs a base draft

    [[rule]]
    name = "No operative weakening"
    type = "no_weakening"                   # needs a base draft
    section = "operative"                   # or "preamble" or "all"

Rule types: ``chapter_vii`` and ``art39`` (``present = true|false``), ``min_strength``
and ``max_strength`` (``paragraph``, ``axis``, ``at_least`` / ``at_most``),
``measure_mode`` (``measure``, ``mode`` / ``at_least`` / ``at_most``),
``forbidden_phrase`` and ``required_phrase`` (``phrase``, optional ``section``),
``no_demotion`` and ``no_weakening`` (``section``), ``quantity`` (``quantity``, a
quantity id of the lexicon with an amount or ``renewal``, the period a renewal runs,
read from its end date too, ``at_least`` / ``at_most`` a number or a time, optional
``matching`` and ``paragraph``), ``addressee`` (``paragraph``, ``at_least`` all, plain
or narrowed), ``no_new_qualifiers`` (``features``: exemption, condition, hedge, modal;
``section``) and ``no_sunset`` (optional ``measure``: any, mandate or a measure id;
optional ``paragraph``; needs no base draft). The rules that read limits and addressees
read every bracketed alternative on its own, and ``no_new_qualifiers`` the alternatives
of the new text too: a red line holds only if every outcome still on the table keeps it.
Every rule has a ``name`` and may have a ``note``. Paragraphs are named by ``ref`` or by
``contains`` (a phrase the paragraph holds, any case and spacing), because refs change
from one draft to the next; a ``contains`` rule looks at every paragraph holding the
phrase and takes the strongest.

:func:`check` returns a :class:`CheckResult`: each rule passed, failed or skipped (a rule
that needs a base draft, checked without one), with its evidence (ref, an excerpt, what
was found and what was required). A spec is validated when it is loaded: an unknown rule
type or key, a verb or measure the lexicon does not know, is a
:class:`~resdiff.errors.SpecError` naming the file, the line and the key::

    japan.toml:12: rule 2 ("Condemnation of the launches"): at_least: unknown verb
    or phrase "condems" (not in the lexicon)

The rules are models of :mod:`.models`, a delegation's spec lives in :mod:`.spec` (the
TOML loader and its validation), the checks in :mod:`.checks` (each rule against a draft, and
:func:`check`), what they return in :mod:`.results`, and the ``resdiff check`` command in
:mod:`.command`; this module keeps every name importable from
``resdiff.negotiation.red_lines``, as before the split.
"""

from __future__ import annotations

from .checks import check
from .command import add_check_command, main_check, run_check
from .models import (
    AddresseeRule,
    Art39Rule,
    ChapterVIIRule,
    ForbiddenPhraseRule,
    MaxStrengthRule,
    MeasureModeRule,
    MinStrengthRule,
    NoDemotionRule,
    NoNewQualifiersRule,
    NoSunsetRule,
    NoWeakeningRule,
    ParagraphSelector,
    QuantityRule,
    RequiredPhraseRule,
    Rule,
    parse_limit,
)
from .models import Axis as Axis
from .models import SectionChoice as SectionChoice
from .models import Strength as Strength
from .results import CheckResult, Evidence, RuleResult
from .results import Status as Status
from .spec import RedLines, load_red_lines

__all__ = [
    "AddresseeRule",
    "Art39Rule",
    "ChapterVIIRule",
    "CheckResult",
    "Evidence",
    "ForbiddenPhraseRule",
    "MaxStrengthRule",
    "MeasureModeRule",
    "MinStrengthRule",
    "NoDemotionRule",
    "NoNewQualifiersRule",
    "NoSunsetRule",
    "NoWeakeningRule",
    "ParagraphSelector",
    "QuantityRule",
    "RedLines",
    "RequiredPhraseRule",
    "Rule",
    "RuleResult",
    "add_check_command",
    "check",
    "load_red_lines",
    "main_check",
    "parse_limit",
    "run_check",
]
