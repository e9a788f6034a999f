"""The lexicon's entries: one validated, immutable model per kind of knowledge.

Each TOML section of a lexicon file is a table of these entries (``[verbs]`` holds
:class:`VerbEntry`, ``[hedges]`` holds :class:`HedgeEntry`, ...); the typed quantities'
entries are in :mod:`.quantity_entries`, the life cycle's (lifecycle.toml) in
:mod:`.lifecycle_entries`. This module only says what a valid entry is;
:mod:`resdiff.lexicon` loads, compiles and queries them.
"""

# No ``from __future__ import annotations``: pydantic reads these classes' annotations
# as objects instead of evaluating strings (a few ms of every command's start).

import re
from functools import partial
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, ConfigDict, Field, field_validator, model_validator

from ..compiled import compile_cached
from ..model import Frozen, MeasureMode
from .cache import PATTERNS
from .wordforms import third_person as third_person
from .wordforms import word_forms as word_forms

#: Highest tier on axis A (prescriptive force) and axis B (censure).
AXIS_A_MAX = 6
AXIS_B_MAX = 7

_SPACES = compile_cached(r"\s+")
#: A letter or a digit: what a phrase matched as whole words opens and ends with.
_WORD_CHAR = compile_cached(r"\w")


def _norm(text: str) -> str:
    """Lower case, one space between words: the shape every key and form is kept in."""
    return _SPACES.sub(" ", text).strip().lower()


#: One word as the emphasis comparer reads words (``clauses.views._WORD``): letters
#: and digits, joined by apostrophes or hyphens.
_ONE_WORD = compile_cached(r"\w+(?:['’-]\w+)*")


def _nonempty(value: str) -> str:
    value = _norm(value)
    if not value:
        raise ValueError("must not be empty")
    return value


def _check_tier(value: int | None, high: int) -> int | None:
    if value is not None and not 1 <= value <= high:
        raise ValueError(f"must be between 1 and {high}")
    return value


#: A phrase, a lemma or a word an entry is keyed or read by: lower case, one space between
#: words, never empty (written once for every entry that has one).
_Phrase = Annotated[str, AfterValidator(_nonempty)]
#: A tier on axis A or axis B, if one is given: from 1 to the axis's highest.
_TierA = Annotated[int | None, AfterValidator(partial(_check_tier, high=AXIS_A_MAX))]
_TierB = Annotated[int | None, AfterValidator(partial(_check_tier, high=AXIS_B_MAX))]


def _check_patterns(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for i, pattern in enumerate(patterns):
        try:
            PATTERNS.compile(_spaces_in_pattern(pattern))
        except re.error as exc:
            raise ValueError(f"[{i}] is not a valid regular expression ({exc})") from exc
    return patterns


def _spaces_in_pattern(pattern: str) -> str:
    # A space in a data pattern stands for any run of whitespace: text copied from PDFs
    # keeps line breaks and double spaces, and data authors should not have to write \s+.
    return re.sub(r"(?<!\\) +", r"\\s+", pattern)


# --------------------------------------------------------------------------- entries


class Entry(Frozen):
    """Fields every lexicon entry has: a ``note`` saying why, and ``disabled`` to switch a
    default entry off from a user's file."""

    # Each entry class's validator is built when an entry is first validated, not on
    # import: a command that reads the default lexicon back from its snapshot
    # (resdiff.lexicon.snapshot) validates none, and building the 20 of them cost about
    # 6 ms of every command.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    note: str | None = None
    disabled: bool = False


class PatternEntry(Entry):
    """An entry matched by regular expressions, with optional ``keywords``: lower-case
    substrings one of which every match contains, so that texts without any are skipped
    (a speed-up only; without keywords the patterns are always tried)."""

    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(value)

    @field_validator("keywords")
    @classmethod
    def _keywords(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(k != k.lower() or not k.strip() for k in value):
            raise ValueError("must be non-empty lower-case strings")
        return value


class TieredEntry(Entry):
    """An entry that places a verb on the strength ladders: ``axis_a`` (prescriptive
    force), ``axis_b`` (censure), at least one of them."""

    axis_a: _TierA = None
    axis_b: _TierB = None

    @model_validator(mode="after")
    def _some_axis(self) -> Self:
        if self.axis_a is None and self.axis_b is None:
            raise ValueError("needs axis_a, axis_b or both")
        return self


class VerbEntry(TieredEntry):
    """An operative verb or phrase: its lemma, the forms that open a clause, its tiers.
    ``restates``: it restates a standing provision ("reaffirms"); ``once``: it is an act
    done once, on adoption ("approves the report", "establishes the Mission"), which a
    later resolution has no need to repeat; ``stance``: it states the Council's own hope,
    intention, readiness or support ("expresses its intention to review the mandate",
    "stands ready"), asking no one, so a clause it leads comes and goes unweighed, as a
    declaratory one does, unless it announces a winding down (substituted for another
    verb, it still ranks by its tier); ``closing``: it is the procedural closing formula
    ("decides to remain seized"), read so only while no other act is decided in the same
    sentence ("... and to impose an arms embargo ..." makes the paragraph a decision);
    ``warns``: it is the Council's warning itself ("issues a solemn warning"), so a
    clause it opens that holds out further action says what a stance or a declaration of
    the same further action says; ``infinitive``: it takes "to" and a verb with no object
    between ("Decides to extend", "Expresses its intention to review"), so a what-if may
    put it before a decision to act, where a lead that takes none ("Recommends to
    extend") is refused; ``founds``: below a decision's tier, it still sets a body up
    when its object is the body's creation ("Recommends the creation, with the consent
    of the Government of Cyprus, of a United Nations Peace-keeping Force in Cyprus",
    S/RES/186 (1964): the Force was founded so), an act done once where the body lives on
    (see :meth:`~resdiff.lexicon.Lexicon.founds_below_decision`)."""

    lemma: _Phrase
    forms: tuple[str, ...] = ()
    restates: bool = False
    once: bool = False
    founds: bool = Field(default=False, strict=True)
    stance: bool = False
    closing: bool = False
    warns: bool = False
    infinitive: bool = False
    #: The tier the verb ranks at when the clause it opens binds in so many words, a
    #: binding modal ("must", "shall") in its content clause: "Insists that the cease-fire
    #: ... must be rigorously respected" is a demand in all but name (S/RES/258 (1968);
    #: judged so by both judges of middle-east-1968-h67, leads20). ``None``: its own tier.
    binding_tier: int | None = Field(default=None, ge=1, le=6)
    #: The lemma of the verb this one is another wording of ("call on" of "call upon"):
    #: the two lead the same clause in two versions of a provision, so a clause of a
    #: paragraph kept under the other wording pairs with its counterpart as one under the
    #: same verb does (``clauses.views.align_clauses``). ``None``: a verb of its own.
    same_as: str | None = None

    @field_validator("forms")
    @classmethod
    def _forms(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        forms = tuple(_norm(f) for f in value)
        if any(not f for f in forms):
            raise ValueError("must not contain an empty form")
        return forms

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The forms matched in text: ``forms``, or the 3rd person of the lemma."""
        return self.forms or (third_person(self.lemma),)


class PreambleEntry(Entry):
    """A preambular lead phrase ("Recalling", "Gravely concerned") and its tiers: axis B
    when it expresses censure or concern, axis A when it asks something ("urging").
    ``basis``: the lead names the basis the Council acts on ("Acting under Chapter VII of
    the Charter"), which the draft's flags compare; it is never a lead weighed against an
    operative verb ("acting under" → "decides" is no verb strengthened)."""

    phrase: _Phrase
    axis_a: _TierA = None
    axis_b: _TierB = None
    basis: bool = False


class ModifierEntry(Entry):
    """A modifier of an operative verb and what it does to the verb's tiers.

    An intensifier adds ``effect_a`` / ``effect_b`` tiers, on axis A only from tier
    ``min_a`` up, and never above ``ceiling_a`` / ``ceiling_b``; it never lowers a tier.
    A continuer ("further", "also") changes nothing.
    """

    phrase: _Phrase
    kind: Literal["intensifier", "continuer"]
    position: Literal["pre", "post", "both"] = "pre"
    effect_a: int = Field(default=0, ge=0, le=AXIS_A_MAX - 1)
    effect_b: int = Field(default=0, ge=0, le=AXIS_B_MAX - 1)
    min_a: int = Field(default=1, ge=1, le=AXIS_A_MAX)
    ceiling_a: int = Field(default=AXIS_A_MAX, ge=1, le=AXIS_A_MAX)
    ceiling_b: int = Field(default=AXIS_B_MAX, ge=1, le=AXIS_B_MAX)

    @model_validator(mode="after")
    def _continuer_inert(self) -> "ModifierEntry":
        if self.kind == "continuer" and (self.effect_a or self.effect_b):
            raise ValueError("a continuer cannot have an effect")
        return self


class ModifierOverride(TieredEntry):
    """An exception to the modifier rule: this modifier with this lemma gives these tiers
    ("strongly" + "encourage" stays at axis A 2)."""

    modifier: str
    lemma: str

    @field_validator("modifier", "lemma")
    @classmethod
    def _text(cls, value: str) -> str:
        return _norm(value)

    @property
    def key(self) -> tuple[str, str]:
        """``(modifier, lemma)``: what a user entry overrides by."""
        return (self.modifier, self.lemma)


HedgeKind = Literal["legal-qualifier", "discretion", "effort", "capacity", "timing", "voluntary"]


class HedgeEntry(PatternEntry):
    """A hedge that lowers a clause's effective force, with the reason why. The key is
    matched literally unless the entry has ``patterns``; ``variants`` are other literal
    wordings."""

    phrase: str
    kind: HedgeKind
    explanation: str
    variants: tuple[str, ...] = ()
    #: Read even where it comes or goes with new words: the words it brings name what it
    #: confines ("in that context acting under Chapter VII" after the mandate it names).
    with_its_words: bool = False
    #: With ``with_its_words``: lower-case words of what it confines, one of which must
    #: stand in the text without it (Chapter VII brought in with its context is invoked).
    qualifies: tuple[str, ...] = ()
    #: A timing hedge's firmer times: words (lower case) and the ids of quantities.toml's
    #: times (a date, a deadline) it eases an ask from. Where the text without it holds
    #: none of them, it is urgency put in or taken out, read the other way
    #: (``clauses.pairs``' ``_timing_read``). Empty: always read as a hedge.
    instead_of: tuple[str, ...] = ()
    instead_of_quantities: tuple[str, ...] = ()

    @field_validator("phrase")
    @classmethod
    def _phrase(cls, value: str) -> str:
        return _norm(value)


class ModalEntry(Entry):
    """A modal verb and its rank (3 "shall" / "must" ... 1 "may")."""

    word: str
    rank: int = Field(ge=1, le=3)
    not_after: tuple[str, ...] = ()


class FlagEntry(PatternEntry):
    """A document-level flag (Chapter VII, Article 39 determination, use of force).
    ``basis``: the flag states the basis the Council acts on (the Chapter VII formula, the
    "special responsibility" wording put in its place), so a recital that says nothing
    else is that basis alone (:meth:`~resdiff.lexicon.Lexicon.basis_only`). ``recalled``:
    the flag is the Council acting on decisions it took before under Chapter VII ("Acting
    in accordance with previous decisions ..., taken under Chapter VII"): read as Chapter
    VII where the text has no formula of its own, its coming or going weighed as the
    wording of a recital (:meth:`~resdiff.lexicon.Lexicon.chapter_vii_in`)."""

    id: str
    label: str
    patterns: tuple[str, ...] = Field(min_length=1)
    basis: bool = False
    recalled: bool = False


class MeasureEntry(PatternEntry):
    """A kind of sanctions measure (domain.md §3) and the patterns that detect it."""

    id: str
    label: str
    patterns: tuple[str, ...] = Field(min_length=1)
    #: A stand-in for a measure whose kind the clause does not say ("shall be subject to
    #: the measures imposed by paragraph 14 of resolution 2216 (2015)"): found only where
    #: no measure of a named kind is found in the same words. Every stand-in's ``cites``,
    #: ``named_by`` and ``ranges`` are read, whichever stand-in found the measure.
    generic: bool = False
    #: The names a text gives this measure beside the paragraph that imposed it ("the
    #: targeted arms embargo imposed by paragraph 14 of resolution 2216 (2015)"): how a
    #: measure applied by reference to that paragraph learns its kind.
    names: tuple[str, ...] = ()
    #: Words that, right after one of ``names``, make it the name of something else
    #: ("measures on arms control" is no arms embargo).
    names_not_before: tuple[str, ...] = ()
    #: For a stand-in: the pattern of the paragraph it cites, its numbers in group
    #: ``paragraphs`` and the resolution's in group ``resolution`` (none for "above").
    cites: str | None = None
    #: For a stand-in: the words that tie a measure's name to the paragraph that imposed
    #: it ("imposed by paragraph", "set out in paragraph"), after the name in ``names``.
    named_by: str | None = None
    #: For a stand-in: the words between two paragraph numbers of a citation that take in
    #: every paragraph between them ("paragraphs 3 to 6", "paragraphs 10–17").
    ranges: tuple[str, ...] = ()
    #: For a stand-in: the words after its citation that name the kinds of the measures it
    #: cites ("subject to the measures imposed by paragraph 7 of resolution 900, namely the
    #: travel ban"): a measure named right after them is the stand-in's own, not another
    #: (words that list them all: not "including").
    apposition: tuple[str, ...] = ()
    #: What an exemption from this measure lets through ("funds", "financial assets",
    #: "economic resources" for an asset freeze): an operative exemption that names them
    #: and cites the paragraph of another resolution narrows this measure, imposed there
    #: ("... are not a violation of paragraph 1 (a) of resolution 2255 (2015), and ... the
    #: payment of funds, other financial assets or economic resources ... are permitted",
    #: S/RES/2615 (2021)), as ``check`` reports.
    carved: tuple[str, ...] = ()
    #: Patterns of restraint, one of which the measure's clause must hold before it
    #: (from the semicolon before the match), or the lead-in governing it: a trade named
    #: is a measure only where something restricts it ("shall prevent ... the import of
    #: petroleum", "the ban on the export of charcoal"), not where a call to co-operate
    #: with an oil-sale scheme names "the import of petroleum" (S/RES/712 (1991) OP11).
    #: Empty: no restraint needed.
    restrained_by: tuple[str, ...] = ()
    #: With ``restrained_by``: patterns of restraint that may follow the trade in its
    #: clause, as its predicate ("the export of charcoal ... shall be prohibited").
    restrained_after: tuple[str, ...] = ()

    @field_validator("names", "names_not_before", "ranges", "apposition", "carved")
    @classmethod
    def _names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # An empty name would match the empty string before every citation.
        if any(not n.strip() for n in value):
            raise ValueError("must be non-empty strings")
        return value

    @field_validator("named_by")
    @classmethod
    def _named_by(cls, value: str | None) -> str | None:
        if value is not None:
            _check_patterns((value,))
        return value

    @field_validator("cites")
    @classmethod
    def _cites(cls, value: str | None) -> str | None:
        if value is None:
            return value
        _check_patterns((value,))
        groups = PATTERNS.compile(_spaces_in_pattern(value)).groupindex
        if not {"paragraphs", "resolution"} <= groups.keys():
            raise ValueError("must have the groups 'paragraphs' and 'resolution'")
        return value


class ModeRule(Entry):
    """When a measure is in this mode: its governing verb reaches ``min_axis_a``, or one
    of ``modals`` stands between that verb and the measure."""

    mode: MeasureMode
    min_axis_a: int = Field(ge=1, le=AXIS_A_MAX)
    modals: tuple[str, ...] = ()


class Spelling(Frozen):
    """British to American folds: whole words, and ``-is-`` stems that fold to ``-iz-``."""

    # Built on first use, as the entries are (see Entry).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    words: dict[str, str] = Field(default_factory=dict)
    ize_stems: tuple[str, ...] = ()
    ize_endings: tuple[str, ...] = ()


class DegreeEntry(Entry):
    """An intensity word inside a censure or concern ("gravest", "deep", "serious") and
    its rank on the degree ladder: 3 gravest / deepest > 2 grave / deep / serious > 1
    (plain concern, no word)."""

    word: _Phrase
    rank: int = Field(ge=1, le=3)
    #: A censure noun that is a degree of its own ("alarm"), weighed against the degree
    #: of another noun ("serious concern" → "alarm"), not only against its own.
    noun: bool = False


class EmphasisEntry(PatternEntry):
    """A word that presses an ask harder when added inside a clause ("immediately",
    "fully", "without delay", "intensify its efforts"), softer when removed. The key is
    matched literally unless the entry has ``patterns``."""

    phrase: _Phrase
    variants: tuple[str, ...] = ()
    #: Words the emphasis word stands in for without asking more: "full, effective and
    #: meaningful participation" -> "full, equal and meaningful" is the formula brought up
    #: to date, not pressed harder. Put in the place of one of them it is not added; taken
    #: out for one of them it is still removed (the equality the formula asked is gone).
    replaces: tuple[str, ...] = ()
    #: A word that stands in most texts already ("all"): read only where a revision puts
    #: it in, or takes it out, as a word of its own ("condemns [+all+] sexual violence",
    #: "[-the area-][+all areas+]"), never by whether the text holds it. Such an entry
    #: takes no patterns or variants; ``not_before`` lists words it is not read before
    #: (the addressees, whose scope is read apart).
    alone: bool = False
    not_before: tuple[str, ...] = ()
    #: The weaker words of its kind whose place the entry must take to count, each read
    #: after "its": "its hope" -> "its expectation" presses harder, while "its
    #: determination" added or dropped beside no "its readiness" is not read.
    over: tuple[str, ...] = ()
    #: Read only in a provision one of whose clauses censures (condemns, deplores, is
    #: concerned at: the censure axis): words that aggravate the act censured
    #: ("premeditated", "massive") describe, elsewhere, what is welcomed or asked ("the
    #: massive return of refugees", "cease the deliberate targeting of civilians").
    censure: bool = False
    #: Read only outside the clauses that censure: effort asked ("calls for intensified
    #: efforts") presses an ask, while the same word in a censure describes the act
    #: censured ("condemns the renewed, intensified bombing"), a fact.
    asks: bool = False
    #: Read only where it trades places with another entry in one place (the same charge
    #: in other grammar: "Condemns South Africa's occupation" for "Condemns South Africa
    #: for its occupation"); put in or taken out alone it weighs nothing ("the attack by
    #: Israel" -> "Israel's attack" names the same author, "the Kabul attack" a place).
    trades_only: bool = False
    #: Read even where it comes or goes with new words: the words are its own (a
    #: people's "struggle" recognized as legitimate, with what the struggle is for).
    with_its_words: bool = False
    #: Read where it comes with new words, but not where it goes with removed ones: an
    #: effort verb put in before the effort asked presses that ask harder whatever words
    #: come with it ("to make determined efforts" -> "to continue and accelerate
    #: determined co-operative efforts ..."), while one taken out with the words of the
    #: ask it pressed goes with that ask (a task dropped or recast), not the same ask
    #: pressed less.
    added_with_its_words: bool = False
    #: With ``added_with_its_words``: lower-case words of the effort it presses, one of
    #: which must follow it within four words in the new text and stand in the old one
    #: too (the same effort pressed harder: "determined efforts" -> "accelerate
    #: determined co-operative efforts"; not "the need to accelerate implementation of
    #: the plan", a new object). The words of the wording itself count ("strengthen
    #: their efforts"); a wording that opens with a participle ("notwithstanding
    #: accelerated efforts") tells of efforts made and is not so read. One word each,
    #: and only with ``added_with_its_words`` (else refused). Empty: read before any
    #: words.
    presses: tuple[str, ...] = ()
    #: Lead lemmas (lower case) under which it is not read, a lead that begins with one
    #: too ("noting" covers "noting with appreciation"): what an earlier text said,
    #: recalled ("Recalls its resolution 2286 (2016), which stressed that those
    #: responsible must be held accountable"), or what another said, noted ("noting that
    #: the African Union ... demanded that parties that violate the ACOH must be held
    #: accountable"), is no new demand of this one.
    not_under: tuple[str, ...] = ()

    @field_validator("not_before", "not_under", "replaces", "over", "presses")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_nonempty(x).lower() for x in value)

    @model_validator(mode="after")
    def _alone_is_a_word(self) -> "EmphasisEntry":
        if self.alone and (self.patterns or self.variants or " " in self.phrase.strip()):
            raise ValueError(
                f"emphasis {self.phrase!r}: an entry read alone is one word, with no "
                "patterns or variants"
            )
        return self

    @model_validator(mode="after")
    def _presses_its_words(self) -> "EmphasisEntry":
        # Each word is matched against one word of the text, and only where the entry
        # is read with its new words: anything else would be read as nothing, silently.
        if self.presses and not self.added_with_its_words:
            raise ValueError(f"emphasis {self.phrase!r}: presses needs added_with_its_words = true")
        for word in self.presses:
            if _ONE_WORD.fullmatch(word) is None:
                raise ValueError(
                    f"emphasis {self.phrase!r}: presses takes one word each, not {word!r}"
                )
        return self


ScopeKind = Literal["all", "narrowed"]


class ScopeEntry(Entry):
    """A word that sets how widely an addressee is meant: ``all`` ("all parties", "each
    State") or ``narrowed`` ("relevant parties", "parties concerned", "Member States in a
    position to do so"). ``position`` says whether it stands before the addressee's noun
    or after it; ``keeps_all_for`` names the nouns with which it does not narrow "all"."""

    phrase: _Phrase
    scope: ScopeKind
    position: Literal["before", "after"] = "before"
    #: The addressee nouns after which this narrowing word does not narrow "all": "all
    #: parties concerned" is the widest formula there is, while "all States concerned"
    #: and "all Member States in a position to do so" are narrower than "all States".
    keeps_all_for: tuple[str, ...] = ()


class AddresseeEntry(Entry):
    """A noun that names who a clause addresses in the plural or in general ("parties",
    "Member States", "armed groups"): the head whose scope is compared."""

    noun: _Phrase
    #: Nouns of one family name the same addressees in other words ("all Afghan and
    #: international parties" -> "all relevant Afghan political actors"): their scopes
    #: are compared with each other. ``None``: compared with the same noun only.
    family: str | None = None


#: A word of restraint (QualifierEntry.restraint_words): see measure_only.
_RestraintWord = Annotated[str, Field(pattern=r"^[a-z'’-]+(?: [a-z'’-]+)*\*?$")]


class QualifierEntry(PatternEntry):
    """A condition ("unless the Council decides otherwise", "with the consent of") or an
    exemption ("shall not apply to") that, added to a clause, narrows what it requires.
    The key is matched literally unless the entry has ``patterns``; ``variants`` are
    other literal wordings."""

    phrase: _Phrase
    explanation: str
    variants: tuple[str, ...] = ()
    #: Read even where it comes or goes with new words (as HedgeEntry.with_its_words).
    with_its_words: bool = False
    #: As HedgeEntry.qualifies (measures continued: "in effect").
    qualifies: tuple[str, ...] = ()
    #: A condition that, in a recital that asks nothing, tells how something came about
    #: ("deployed at the request of the Government"): a fact, named but not weighed.
    told_in_recitals: bool = False
    #: Words that, between the recital clause's lead and such a condition, make the
    #: clause a norm it limits ("should be provided upon request"): weighed, not told.
    normative_words: tuple[str, ...] = ()
    #: An exemption that carves out of a measure in so many words ("shall not apply to",
    #: "not a violation of"): a decision that says so exempts, and weighs as the
    #: exemption however firm its verb. "With the exception of" may leave anything out
    #: of anything, and is not one.
    carves: bool = False
    #: An exemption refused in so many words ("no individual shall be exempted from",
    #: "nothing in this paragraph shall exempt any State"): where its match overlaps
    #: another exemption's it is kept, the longer, and marks no exemption (the measure
    #: kept whole, read by its own words).
    refuses: bool = False
    #: An exemption put to work by reference ("Confirms the figure mentioned in paragraph
    #: 1 of resolution 706 (1991) as the sum authorized for the purpose of that
    #: paragraph"): a provision put in that holds it weighs as the exemption whatever its
    #: lead; taken out, it is spent on adoption (the exemption stands where it was made)
    #: and weighs as its lead.
    by_reference: bool = False
    #: ``False``: an exemption that weighs as the language of its paragraph, not as a
    #: headline (a duty to report waived eases no measure).
    headline: bool = True
    #: ``True``: an exception ("except": who composes a force, the months a report is
    #: due) weighs as a headline only in a provision that names a measure or holds one of
    #: ``restraint_words`` ("prevent*", "ban", "permitted only": whole lower-case words or
    #: phrases, ``*`` for any ending, not patterns), elsewhere as its paragraph's language.
    measure_only: bool = False
    restraint_words: tuple[_RestraintWord, ...] = ()


class SafeguardEntry(QualifierEntry):
    """What an exemption is granted under, ranked: the Committee's prior approval (2)
    asks more than a notification (1), which asks more than nothing (0)."""

    rank: int = Field(ge=1, le=9)


class ItemEntry(Entry):
    """What a measure covers, on a ladder: "small arms and light weapons" (1) < "arms and
    related materiel" (2) < "arms and related materiel of all types" (3). A measure whose
    items move up the ladder is widened (stronger), down it narrowed (softer)."""

    phrase: _Phrase
    measure: str
    rank: int = Field(ge=1, le=9)


class PhraseEntry(Entry):
    """An entry that is one phrase and nothing else: the lists of words the life cycle
    and the Organization's own organs are read by (``[mentions]``, ``[objects]``,
    ``[bodies]``, ``[organs]``) share it, each class saying what its phrases are."""

    phrase: _Phrase


class OrganEntry(PhraseEntry):
    """An organ or officer of the Organization itself ("Secretary-General", "Mediator",
    "Truce Commission"): an ask addressed to it is a task the Council gives its own
    servants, which goes on, or was done, when a later text on the matter does not repeat
    it (see :meth:`~resdiff.lexicon.Lexicon.own_organ`)."""


class CouncilNameEntry(PhraseEntry):
    """A name the Council gives itself or a sister organ ("Security Council", "General
    Assembly"): the author of a text, never the act a censure concerns, so two censures
    sharing only these words ("the Security Council" against "the Israeli security
    forces") do not concern the same act (see
    :meth:`~resdiff.lexicon.Lexicon.without_council_names`)."""


class MeansEntry(PhraseEntry):
    """Words that open a clause saying by what means or in what manner an ask is to be
    met ("by availing themselves of", "in a constructive manner"): in a run put into an
    ask, the words from them to the end of their clause ask no more (see ``[means]``,
    scope.toml)."""


class RestatedEntry(PhraseEntry):
    """What a restating lead ("reaffirms", "recalls": verbs.toml's ``restates``) opens when
    what it restates is a decision, so that a "shall" or "must" in it ranks the clause as
    that decision (see ``[restated]``, verbs.toml; :mod:`resdiff.analyze.binding`).
    ``role``: ``"names"``, a noun naming the decision restated, after "its" or "the" and
    at most one word ("its decision that", "its previous decisions that", "its position
    that", "its terms of reference ..., in particular that"); ``"cites"``, the words after
    a paragraph or resolution cited that open what it decided ("according to which", "by
    which", "which decided that"); ``"inset"``, a word standing between the lead and its
    "that" ("also", "further", "in that regard")."""

    role: Literal["names", "cites", "inset"]


class QuoteEndEntry(Entry):
    """A word a clause quoted by a shift does not end on (quoting.toml): cut short, a
    quote that ends on a determiner, a preposition or a conjunction ("... visit the border
    region every …") says no more than one without it, and the word only leads on to what
    was cut. ``joins``: a word that joins a clause to the next ("and", "or"), left off the
    end of a whole clause too."""

    word: str
    joins: bool = False

    @field_validator("word")
    @classmethod
    def _word(cls, value: str) -> str:
        value = _nonempty(value)
        if len(value.split()) != 1:
            raise ValueError("must be one word")
        return value


class WeightEntry(Entry):
    """How much a kind of shift counts in the document balance (and in ranking the key
    changes): the ladder runs Chapter VII, Article 39, use of force, measures and their
    life cycle, sunsets, operative demands, preambular language."""

    feature: str
    weight: float = Field(ge=0.0)
    preamble: bool = Field(
        default=False,
        description="The weight holds in the preamble too (the flags); otherwise a shift "
        "in a preambular paragraph weighs as preambular language.",
    )
