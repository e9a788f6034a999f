"""The lexicon: what the lead phrases, modifiers, hedges, flags and measures of UN
resolutions mean, as data.

The knowledge lives in the TOML files next to this module (``verbs.toml``,
``preamble.toml``, ``modifiers.toml``, ``degrees.toml``, ``hedges.toml``, ``scope.toml``,
``lifecycle.toml``, ``measures.toml``, ``quantities.toml``, ``weights.toml``,
``flags.toml``, ``spelling.toml``, ``ocr.toml``, ``quoting.toml``). The code is cut by stage:

- :mod:`~resdiff.lexicon.entries`: what a valid entry of each section is (the schema),
  with the quantities' entries in :mod:`~resdiff.lexicon.quantity_entries` and the life
  cycle's in :mod:`~resdiff.lexicon.lifecycle_entries`;
- :mod:`~resdiff.lexicon.load`: TOML files into validated entries (the loader);
- :mod:`~resdiff.lexicon.match`: :class:`Lexicon`, which compiles the entries and answers
  the analysis's lookups (the matcher), returning the models of
  :mod:`~resdiff.lexicon.results`; its lookups are cut by feature into layers
  (:mod:`~resdiff.lexicon.spelling`, :mod:`~resdiff.lexicon.ocr`, :mod:`~resdiff.lexicon.leads`,
  :mod:`~resdiff.lexicon.measures`, :mod:`~resdiff.lexicon.features`, with
  :mod:`~resdiff.lexicon.keywords`);
- :mod:`~resdiff.lexicon.cache`: the default lexicon's compiled patterns, kept in the
  user's cache folder so that a fresh command does not compile them again.

A user can load a lexicon of their own with the same sections, or lay one over the
default::

    lex = Lexicon.default().with_overrides("my-lexicon.toml")
    lex.match_operative("Strongly urges the DPRK to return ...").axis_a   # 4

Every entry is an immutable pydantic model; a bad entry raises
:class:`~resdiff.errors.LexiconError` naming the file and the entry::

    my-lexicon.toml: verbs["insist"]: axis_a must be between 1 and 6

Regular expressions are compiled once per :class:`Lexicon`, so the lookups can run on
thousands of paragraphs; this package re-exports every public name of its modules.
"""

from __future__ import annotations

from .entries import (
    AXIS_A_MAX,
    AXIS_B_MAX,
    AddresseeEntry,
    DegreeEntry,
    EmphasisEntry,
    Entry,
    FlagEntry,
    HedgeEntry,
    HedgeKind,
    ItemEntry,
    MeansEntry,
    MeasureEntry,
    ModalEntry,
    ModeRule,
    ModifierEntry,
    ModifierOverride,
    PatternEntry,
    PreambleEntry,
    QualifierEntry,
    QuoteEndEntry,
    ScopeEntry,
    Spelling,
    TieredEntry,
    VerbEntry,
    WeightEntry,
    third_person,
    word_forms,
)
from .lifecycle_entries import (
    BodyEntry,
    FragmentEntry,
    GrowthMoveEntry,
    LifecycleEntry,
    MentionEntry,
    ObjectEntry,
    StageEntry,
)
from .match import Lexicon
from .ocr import OcrSlipEntry
from .quantity_entries import QuantityEntry
from .results import (
    AddresseeMatch,
    DegreeMatch,
    FlagMatch,
    HedgeMatch,
    LifecycleMatch,
    MeasureHit,
    ModalMatch,
    PreambleMatch,
    QualifierMatch,
    QuantityMatch,
    VerbMatch,
)

__all__ = [
    "AXIS_A_MAX",
    "AXIS_B_MAX",
    "AddresseeEntry",
    "AddresseeMatch",
    "BodyEntry",
    "DegreeEntry",
    "DegreeMatch",
    "EmphasisEntry",
    "Entry",
    "FlagEntry",
    "FlagMatch",
    "FragmentEntry",
    "GrowthMoveEntry",
    "HedgeEntry",
    "HedgeKind",
    "HedgeMatch",
    "ItemEntry",
    "Lexicon",
    "LifecycleEntry",
    "LifecycleMatch",
    "MeansEntry",
    "MeasureEntry",
    "MeasureHit",
    "MentionEntry",
    "ModalEntry",
    "ModalMatch",
    "ModeRule",
    "ModifierEntry",
    "ModifierOverride",
    "ObjectEntry",
    "OcrSlipEntry",
    "PatternEntry",
    "PreambleEntry",
    "PreambleMatch",
    "QualifierEntry",
    "QualifierMatch",
    "QuantityEntry",
    "QuantityMatch",
    "QuoteEndEntry",
    "ScopeEntry",
    "Spelling",
    "StageEntry",
    "TieredEntry",
    "VerbEntry",
    "VerbMatch",
    "WeightEntry",
    "third_person",
    "word_forms",
]
