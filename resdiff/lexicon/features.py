"""Clause features: what the analysis reads inside a clause. The items a measure covers,
conditions, exemptions and the safeguards they are granted under, emphasis words, the
degree of a concern, censure in words no lead phrase lists, the addressee and its scope,
the life-cycle words of measures and mandates, and (through :mod:`.quantities`) typed
quantities. The last layer of :class:`~resdiff.lexicon.Lexicon` before the lexicon itself."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Literal

from ..compiled import compile_cached
from .anchors import finditer
from .cache import PATTERNS
from .entries import (
    AddresseeEntry,
    CouncilNameEntry,
    DegreeEntry,
    EmphasisEntry,
    HedgeEntry,
    ItemEntry,
    OrganEntry,
    QualifierEntry,
    SafeguardEntry,
    ScopeEntry,
    _spaces_in_pattern,
)
from .keywords import (
    _key_text,
    _keyed,
    _keyword_rx,
    _Keywords,
    _longest,
    _per_text,
    _per_text_frozen,
    _Screen,
)
from .lifecycle_entries import (
    BodyEntry,
    GrowthDirection,
    LifecycleEntry,
    MentionEntry,
    ObjectEntry,
)
from .literals import may_match, screened
from .measures import _Measures
from .ocr import _OcrSlips

# quantity_number and TIME_UNITS stood here first: named again so that they stay importable.
from .quantities import TIME_UNITS as TIME_UNITS
from .quantities import _Quantities
from .quantities import quantity_number as quantity_number
from .results import (
    AddresseeMatch,
    DegreeMatch,
    LifecycleMatch,
    QualifierMatch,
)

#: Every pattern of a lexicon is compiled through the cache of compiled patterns.
_compile = PATTERNS.compile


#: Characters before a winding-down life-cycle word searched for a mention phrase, and
#: the most words between the phrase and the word ("consideration of possible
#: modification, suspension or lifting": three).
_MENTION_REACH = 90
#: How far before a growing life-cycle word its refusal is looked for (characters): "not,
#: in view of the negotiations under way between the parties, to expand" fits.
_REFUSAL_REACH = 200
_MENTION_WORDS = 5
#: Where a life-cycle pattern stands for the lexicon's objects (``[objects]`` and the
#: measures' ``names``): lifecycle.toml writes it as a group of its own, "(?:{object})".
_OBJECT = "{object}"
#: What the founding reading writes for a body a clause sets up (``[bodies]`` entries
#: marked ``set_up``), as printed: "a United Nations Peace-keeping Force".
_SET_UP_BODY = "{set_up_body}"
#: The same bodies in any case, where the pattern says so: "a United Nations
#: peace-keeping force".
_SET_UP_BODY_ANY_CASE = "{set_up_body_any_case}"
#: What joins a measure to a body named before it as the verb's second object.
_JOINED = compile_cached(r"[,;]|\b(?:and|or)\b")
#: A finite verb or modal after a body: what follows is the body's act or task ("the
#: Committee shall monitor the arms embargo"), not the rest of its name.
_FINITE = compile_cached(
    r"\b(?:shall|should|will|must|may|can|is|are|was|were|has|have)\b", re.IGNORECASE
)
#: Most words that may stand between a scope word and the addressee noun it governs ("all
#: Afghan and international parties").
_ADDRESSEE_MID_WORDS = 3
#: Words that end the run between a scope word and its noun.
_NOT_BETWEEN = "by|of|for|to|in|on|with|from|at|among|between"


class _ClauseFeatures(_Measures, _OcrSlips, _Quantities):
    """The features read inside a clause (a layer of :class:`~resdiff.lexicon.Lexicon`)."""

    # The tables read here, set by Lexicon.__init__.
    _items: dict[str, ItemEntry]
    _conditions: dict[str, QualifierEntry]
    _exemptions: dict[str, QualifierEntry]
    _warnings: dict[str, QualifierEntry]
    _procedural: dict[str, QualifierEntry]
    _safeguards: dict[str, SafeguardEntry]
    _emphasis: dict[str, EmphasisEntry]
    _emphasis_alone: dict[str, frozenset[str]]
    _degrees: dict[str, DegreeEntry]
    _addressees: dict[str, AddresseeEntry]
    _scopes: dict[str, ScopeEntry]
    _lifecycle: dict[str, LifecycleEntry]
    _growing_stages: frozenset[str]
    _growth_order: tuple[str, ...]
    _growth_moves: dict[tuple[str, str], GrowthDirection]
    _mentions: dict[str, MentionEntry]
    _objects: dict[str, ObjectEntry]
    _bodies: dict[str, BodyEntry]
    _fragments: dict[str, str]
    _organs: dict[str, OrganEntry]
    _council_names: dict[str, CouncilNameEntry]

    def _compile_clause_features(self) -> None:
        def listed(
            entries: Mapping[str, QualifierEntry | EmphasisEntry],
        ) -> list[tuple[str, str, re.Pattern[str], _Keywords | None]]:
            compiled = []
            for key, entry in entries.items():
                literals = list(entry.variants) + ([] if entry.patterns else [key])
                alternatives = [rf"\b(?:{self._phrase_rx(x)})\b" for x in literals]
                alternatives += [_spaces_in_pattern(p) for p in entry.patterns]
                rx = _compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
                keys: set[str] = set(entry.keywords)
                if not entry.patterns or entry.keywords:
                    for literal in literals:
                        longest = max(self.fold(literal).split(" "), key=len)
                        keys.update({longest, *self._variants.get(longest, ())})
                explanation = getattr(entry, "explanation", "")
                compiled.append((key, explanation, rx, _keyword_rx(tuple(sorted(keys)))))
            return compiled

        self._item_rx = _compile(
            rf"\b(?:{self._alternation(self._items)})\b" if self._items else "(?!)",
            re.IGNORECASE,
        )
        self._item_by_fold = {self.fold(k): v for k, v in self._items.items()}
        self._condition_rx = listed(self._conditions)
        self._exemption_rx = listed(self._exemptions)
        self._warning_rx = listed(self._warnings)
        self._procedural_rx = listed(self._procedural)
        self._safeguard_rx = listed(self._safeguards)
        # Words read alone (see EmphasisEntry.alone) are never looked for in a text.
        self._emphasis_rx = listed({k: v for k, v in self._emphasis.items() if not v.alone})
        self._emphasis_alone = {
            self.fold(k): frozenset(v.not_before) for k, v in self._emphasis.items() if v.alone
        }
        self._condition_screen = _Screen(k for *_, k in self._condition_rx)
        self._exemption_screen = _Screen(k for *_, k in self._exemption_rx)
        self._warning_screen = _Screen(k for *_, k in self._warning_rx)
        self._procedural_screen = _Screen(k for *_, k in self._procedural_rx)
        self._safeguard_screen = _Screen(k for *_, k in self._safeguard_rx)
        self._emphasis_screen = _Screen(k for *_, k in self._emphasis_rx)
        self._degree_rx = _compile(
            rf"\b(?:{self._alternation(self._degrees)})\b" if self._degrees else "(?!)",
            re.IGNORECASE,
        )
        self._degree_by_fold = {self.fold(k): v for k, v in self._degrees.items()}
        self._degree_nouns = frozenset(self.fold(k) for k, v in self._degrees.items() if v.noun)
        self._compile_censure_nouns()
        nouns = self._alternation(self._addressees)
        before = self._alternation(k for k, v in self._scopes.items() if v.position == "before")
        after = self._alternation(k for k, v in self._scopes.items() if v.position == "after")
        # The scope word stands just before the noun, with at most three words between
        # ("all the parties", "relevant Afghan actors", "all Afghan and international
        # parties", "all relevant Afghan political actors": each word between is read
        # too), or just after it. The fewest words between, never another addressee noun
        # nor a preposition: "all States and relevant parties" is "all States", "all
        # efforts by the parties" names "the parties" plainly.
        self._addressee_rx = _compile(
            rf"(?:\b(?P<before>{before})\s+(?P<mid>(?:(?!(?:{nouns}|{_NOT_BETWEEN})\b)"
            rf"[\w'’-]+\s+){{0,{_ADDRESSEE_MID_WORDS}}}?))?"
            rf"\b(?P<noun>{nouns})\b"
            rf"(?:\s*,?\s*(?P<after>{after})\b)?",
            re.IGNORECASE,
        )
        self._scope_by_fold = {self.fold(k): v for k, v in self._scopes.items()}
        self._noun_by_fold = {self.fold(k): k for k in self._addressees}
        # What a life-cycle word acts on, one list for every pattern that writes
        # "{object}": the lexicon's objects and every measure's names, so that a measure
        # a user adds ("names = ['oil ban']") is renewed, ended and sunset by name too.
        # A name printed as a compound ("the arms-embargo", "the asset-freeze") is the
        # same name.
        objects = self._alternation(
            [*self._objects, *(n for m in self._measures.values() for n in m.names)],
            hyphen=True,
        )
        # The bodies a clause sets up, longest first, literals: as printed ("Force", not
        # "force"), and in any case.
        set_up_any = "|".join(
            re.escape(k).replace(r"\ ", r"\s+")
            for k in sorted(self.set_up_bodies, key=lambda k: (-len(k), k))
        )
        set_up = f"(?-i:{set_up_any})" if set_up_any else "(?!)"
        set_up_any = f"(?:{set_up_any})" if set_up_any else "(?!)"
        self._lifecycle_rx = [
            (
                entry,
                _compile(
                    "|".join(
                        "(?:"
                        + _spaces_in_pattern(p)
                        .replace(_OBJECT, objects)
                        .replace(_SET_UP_BODY, set_up)
                        .replace(_SET_UP_BODY_ANY_CASE, set_up_any)
                        + ")"
                        for p in map(self._with_fragments, entry.patterns)
                    ),
                    re.IGNORECASE,
                ),
                _keyword_rx(entry.keywords),
            )
            for entry in self._lifecycle.values()
        ]
        self._lifecycle_screen = _Screen(k for _, _, k in self._lifecycle_rx)
        # The bodies as printed (case and all: "Group" is a body, "armed group" is not),
        # literals between word bounds: linear.
        self._body_rx = _compile(
            "|".join(
                r"\b" + re.escape(k).replace(r"\ ", r"\s+") + r"\b"
                for k in sorted(self._bodies, key=lambda k: (-len(k), k))
            )
            or "(?!)"
        )
        # A mention phrase, then at most a few words, then the end of the window looked
        # at (the life-cycle word follows). The window is bounded (_MENTION_REACH), and
        # each place tries the phrases once: linear.
        self._mention_rx = _compile(
            rf"\b(?:{self._alternation(self._mentions)})"
            rf"(?:\s++[\w\u2019'-]++,?){{0,{_MENTION_WORDS}}}(?<!\bto)\s+$"
            if self._mentions
            else "(?!)",
            re.IGNORECASE,
        )
        # One organ or several joined by "and" or commas, each with its determiner ("the
        # Secretary-General and his Special Representative"), and nothing else: a list of
        # literals between fixed separators, matched whole (linear).
        one = rf"(?:(?:the|his|her|its|their)\s+)?(?:{self._alternation(self._organs)})"
        self._organ_rx = _compile(
            rf"{one}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){one})*" if self._organs else "(?!)",
            re.IGNORECASE,
        )
        # The Council's own names, each a literal between word bounds: linear.
        self._council_rx = _compile(
            rf"\b(?:{self._alternation(self._council_names)})\b" if self._council_names else "(?!)",
            re.IGNORECASE,
        )
        self._compile_quantities()

    @staticmethod
    def _listed_in(
        compiled: list[tuple[str, str, re.Pattern[str], _Keywords | None]],
        screen: _Screen,
        text: str,
    ) -> list[QualifierMatch]:
        found: list[QualifierMatch] = []
        lowered = _keyed(text)
        passing = screen.passing(lowered)
        for key, explanation, rx, _ in compiled:
            if not passing:
                break
            tried = passing & 1
            passing >>= 1
            if not tried or not may_match(rx, text, lowered):
                continue
            for m in finditer(rx, text):
                if m.end() > m.start():
                    found.append(
                        QualifierMatch(
                            phrase=key,
                            text=m.group().strip(),
                            start=m.start(),
                            end=m.end(),
                            explanation=explanation,
                        )
                    )
        return _longest(found)

    def items_in(self, text: str) -> dict[str, tuple[int, str]]:
        """What each measure covers in ``text``, by measure id: the highest rank on the
        item ladder found, with its words ("arms_embargo": (1, "small arms and light
        weapons"))."""
        found: dict[str, tuple[int, str]] = {}
        # At the items' opening words only (anchors.finditer, the same matches).
        for m in finditer(self._item_rx, text):
            entry = self._item_by_fold.get(self.fold(m.group()))
            if entry is None:
                continue
            held = found.get(entry.measure)
            if held is None or entry.rank > held[0]:
                found[entry.measure] = (entry.rank, " ".join(m.group().split()))
        return found

    @_per_text
    def conditions_in(self, text: str) -> list[QualifierMatch]:
        """The conditions in ``text`` ("unless the Council decides otherwise", "with the
        consent of", "upon request"), in order; where two overlap the longer is kept."""
        return self._listed_in(self._condition_rx, self._condition_screen, text)

    def read_with_its_words(self, feature: str, phrase: str, other: str) -> bool | None:
        """For a hedge or condition entry read even where it comes or goes with new words
        (``with_its_words`` of :class:`~resdiff.lexicon.entries.HedgeEntry` and
        :class:`~resdiff.lexicon.entries.QualifierEntry`): whether ``other``, the text
        without it, holds what it qualifies (its ``qualifies``; any text if it names none).
        ``None`` for any other entry or feature."""
        entry: HedgeEntry | QualifierEntry | None = None
        if feature == "hedge":
            entry = self._hedges.get(phrase)
        elif feature == "condition":
            entry = self._conditions.get(phrase)
        if entry is None or not entry.with_its_words:
            return None
        return not entry.qualifies or any(q in _keyed(other) for q in entry.qualifies)

    @_per_text
    def exemptions_in(self, text: str) -> list[QualifierMatch]:
        """The exemptions in ``text`` ("shall not apply to", "exemption", "except"), in
        order; none where one is refused (``refuses``: "no individual shall be exempted").
        """
        found = self._listed_in(self._exemption_rx, self._exemption_screen, text)
        return [m for m in found if not self._exemptions[m.phrase].refuses]

    def exemption_is_language(self, phrase: str) -> bool:
        """Whether the exemption ``phrase`` weighs as the language of its paragraph, not
        as a headline (``headline = false`` in scope.toml: a duty to report waived)."""
        entry = self._exemptions.get(phrase)
        return entry is not None and not entry.headline

    def carves_out(self, phrase: str) -> bool:
        """Whether the exemption ``phrase`` carves out of a measure in so many words
        (:attr:`~resdiff.lexicon.entries.QualifierEntry.carves`, scope.toml)."""
        entry = self._exemptions.get(phrase)
        return entry is not None and entry.carves

    def by_reference(self, phrase: str) -> bool:
        """Whether the exemption ``phrase`` puts an earlier exemption to work by reference
        (:attr:`~resdiff.lexicon.entries.QualifierEntry.by_reference`, scope.toml)."""
        entry = self._exemptions.get(phrase)
        return entry is not None and entry.by_reference

    def warnings_in(self, text: str) -> list[QualifierMatch]:
        """The Council's warnings of further action in ``text`` ("Reaffirms that it will
        take further measures under the Charter", "Decides to meet again as necessary to
        consider further steps to ensure compliance"), in order (``[warnings]`` in
        measures.toml)."""
        return self._listed_in(self._warning_rx, self._warning_screen, text)

    def procedural_in(self, text: str) -> list[QualifierMatch]:
        """The Council's housekeeping in ``text``, a clause: a request that the
        Secretary-General serve one of its own bodies ("Requests the Secretary-General to
        provide all appropriate assistance to the Committee") or a decision to keep a
        question under review (``[procedural]`` in verbs.toml)."""
        return self._listed_in(self._procedural_rx, self._procedural_screen, text)

    def safeguards_in(self, text: str) -> list[QualifierMatch]:
        """What an exemption is granted under, in ``text``: the Committee's prior
        approval, a notification."""
        return self._listed_in(self._safeguard_rx, self._safeguard_screen, text)

    def safeguard_rank(self, phrase: str) -> int:
        """How much a safeguard asks: 3 prior approval, 2 a notification in advance, 1 a
        notification (scope.toml, [safeguards])."""
        entry = self._safeguards.get(phrase)
        return entry.rank if entry is not None else 0

    @_per_text
    def emphasis_in(self, text: str) -> list[QualifierMatch]:
        """The emphasis words in ``text`` ("immediately", "fully", "without delay",
        "intensify"), each occurrence, in order."""
        return self._listed_in(self._emphasis_rx, self._emphasis_screen, text)

    def emphasis_alone(self) -> Mapping[str, frozenset[str]]:
        """The emphasis words read only where a revision puts them in or takes them out as
        words of their own ("all"), each with the words it is not read before."""
        return self._emphasis_alone

    def emphasis_replaces(self, phrase: str) -> frozenset[str]:
        """The words the emphasis ``phrase`` stands in for without asking more
        ("equal" for "effective" in "full, ... and meaningful participation")."""
        entry = self._emphasis.get(phrase)
        return frozenset(entry.replaces) if entry is not None else frozenset()

    def emphasis_over(self, phrase: str) -> frozenset[str]:
        """The weaker words whose place the emphasis ``phrase`` must take to count ("hope"
        and "readiness" for "its expectation"); empty for most entries."""
        entry = self._emphasis.get(phrase)
        return frozenset(entry.over) if entry is not None else frozenset()

    def emphasis_censure(self, phrase: str) -> bool:
        """Whether the emphasis ``phrase`` is read only in a provision that censures
        (:attr:`~resdiff.lexicon.entries.EmphasisEntry.censure`)."""
        entry = self._emphasis.get(phrase)
        return entry is not None and entry.censure

    def emphasis_asks(self, phrase: str) -> bool:
        """Whether the emphasis ``phrase`` is read only outside the clauses that censure
        (:attr:`~resdiff.lexicon.entries.EmphasisEntry.asks`)."""
        entry = self._emphasis.get(phrase)
        return entry is not None and entry.asks

    def emphasis_trades_only(self, phrase: str) -> bool:
        """Whether the emphasis ``phrase`` weighs only where it trades places with another
        (:attr:`~resdiff.lexicon.entries.EmphasisEntry.trades_only`)."""
        entry = self._emphasis.get(phrase)
        return entry is not None and entry.trades_only

    def emphasis_with_its_words(self, phrase: str) -> bool:
        """Whether the emphasis ``phrase`` is read even where it comes or goes with new
        words (:attr:`~resdiff.lexicon.entries.EmphasisEntry.with_its_words`)."""
        entry = self._emphasis.get(phrase)
        return entry is not None and entry.with_its_words

    def emphasis_added_with_its_words(self, phrase: str) -> bool:
        """Whether the emphasis ``phrase`` is read even where it comes with new words,
        though not where it goes with removed ones
        (:attr:`~resdiff.lexicon.entries.EmphasisEntry.added_with_its_words`)."""
        entry = self._emphasis.get(phrase)
        return entry is not None and entry.added_with_its_words

    def emphasis_presses(self, phrase: str) -> tuple[str, ...]:
        """The words of the effort the emphasis ``phrase`` must press to be read with its
        new words (:attr:`~resdiff.lexicon.entries.EmphasisEntry.presses`)."""
        entry = self._emphasis.get(phrase)
        return entry.presses if entry is not None else ()

    def emphasis_not_under(self, phrase: str) -> tuple[str, ...]:
        """The lead lemmas under which the emphasis ``phrase`` is not read
        (:attr:`~resdiff.lexicon.entries.EmphasisEntry.not_under`)."""
        entry = self._emphasis.get(phrase)
        return entry.not_under if entry is not None else ()

    def degree_noun(self, word: str | None) -> bool:
        """Whether ``word`` is a censure noun that is a degree of its own ("alarm")."""
        return word is not None and self.fold(word) in self._degree_nouns

    def degree_in(self, text: str) -> DegreeMatch | None:
        """The highest-ranked intensity word of a censure or concern in ``text``
        ("deepest" 3, "grave" 2), or ``None``."""
        best: DegreeMatch | None = None
        for m in self._degree_rx.finditer(text):
            entry = self._degree_by_fold.get(self.fold(m.group()))
            if entry is not None and (best is None or entry.rank > best.rank):
                best = DegreeMatch(word=entry.word, rank=entry.rank, start=m.start())
        return best

    def _compile_censure_nouns(self) -> None:
        # The nouns and adjectives of censure and concern are the last words of the
        # lexicon's own censure phrases ("expresses its alarm", "noting with concern",
        # "reiterating its condemnation"), each at the lowest tier a phrase gives it; the
        # plural is read too ("expresses concerns"). Lead words ("condemns") and
        # modifier words ("in the strongest terms") are not nouns.
        phrases = [
            (form, entry.axis_b)
            for entry in self._verbs.values()
            if entry.axis_b is not None
            for form in entry.surface_forms
        ]
        phrases += [(k, e.axis_b) for k, e in self._preamble.items() if e.axis_b is not None]
        leads = self._lead_words | self._preamble_first_words
        modifier_words = {w for k in self._modifiers for w in self.fold(k).split(" ")}
        nouns: dict[str, int] = {}
        for phrase, tier in phrases:
            words = self.fold(phrase).split(" ")
            last = words[-1]
            if len(words) < 2 or last in leads or last in modifier_words:
                continue
            for form in (last, last + "s"):
                nouns[form] = min(tier, nouns.get(form, tier))
        self._censure_nouns = nouns
        # What may stand between a lead and its censure noun: "its", "and", a degree word
        # ("its alarm and deep concern"), "continued" ("its continued concern").
        self._censure_fillers = {"its", "and", "continued"} | {
            k for k in self._degree_by_fold if " " not in k
        }

    _CENSURE_TOKEN = compile_cached(r"\s*+,?\s*+([A-Za-z]+)")

    def censure_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """A censure or concern a declaratory lead governs in words no phrase of the
        lexicon lists: "Reiterating| its alarm and deep concern", "Expresses| concerns".
        Returns where its last noun ends and its tier on axis B (the highest of its nouns,
        at least that of grave concern with a degree word such as "deep"), or ``None``
        when the words right after ``pos`` are not such a phrase."""
        end = None
        tier = 0
        degree = 0
        for count in range(8):
            m = self._CENSURE_TOKEN.match(text, pos)
            if m is None:
                break
            word = self.fold(m.group(1))
            if word in self._censure_nouns:
                tier = max(tier, self._censure_nouns[word])
                end = m.end()
            elif word in self._degree_by_fold:
                degree = max(degree, self._degree_by_fold[word].rank)
            elif word not in self._censure_fillers or (word == "its" and count):
                break
            pos = m.end()
        if end is None:
            return None
        return end, max(tier, 2) if degree >= 2 else tier

    def without_council_names(self, text: str) -> str:
        """``text`` with the names the Council gives itself and its sister organs
        (scope.toml, [council_names]: "Security Council", "General Assembly") taken out:
        the words of what a text concerns, not of who speaks."""
        return self._council_rx.sub(" ", text)

    def own_organ(self, addressee: str) -> bool:
        """Whether ``addressee`` (a clause's addressee as the analysis read it, "the
        Secretary-General and his Special Representative") names only organs or officers
        of the Organization itself (scope.toml, [organs]): the Council's own servants,
        not a State, a party or an outside body."""
        return self._organ_rx.fullmatch(addressee.strip()) is not None

    def same_addressees(self, a: str, b: str) -> bool:
        """Whether two addressee nouns (as :meth:`addressee_in` names them) name the same
        addressees: the same noun, or two nouns of one family ("parties", "actors")."""
        if a == b:
            return True
        x, y = self._addressees.get(a), self._addressees.get(b)
        return x is not None and y is not None and x.family is not None and x.family == y.family

    @_per_text_frozen
    def addressee_in(self, text: str) -> AddresseeMatch | None:
        """The first addressee noun of ``text`` ("parties", "Member States") with its scope:
        ``all`` ("all parties"), ``narrowed`` ("relevant parties", "all relevant parties",
        "Member States in a position to do so") or ``plain`` ("the parties"). A narrowing
        word wins over "all", unless it does not narrow it for this noun
        (``keeps_all_for``: "all parties concerned")."""
        # Most windows name no addressee noun: a look for the nouns' words spares the
        # pattern, which tries its optional scope word at every position. (Not through
        # the _keyed cache: these windows would push the paragraphs out of it.)
        if not may_match(self._addressee_rx, text, _key_text(text)):
            return None
        # A scanned print's "ail States" is "all States" (ocr.toml): read in the folded
        # text, shown from the same span of the printed one (a slip keeps its length).
        # Folded after the look for the nouns, which no slip stands for.
        printed, text = text, self.ocr_fold(text)
        m = self._addressee_rx.search(text)
        if m is None:
            return None
        noun = self._noun_by_fold.get(self.fold(m.group("noun")), self.fold(m.group("noun")))
        scope: Literal["all", "plain", "narrowed"] = "plain"
        by = None
        words = [m.group("after"), m.group("before"), *(m.group("mid") or "").split()]
        found = [
            entry
            for word in words
            if word and (entry := self._scope_by_fold.get(self.fold(word))) is not None
        ]
        widest = next((e for e in found if e.scope == "all"), None)
        # "all relevant parties": the word between may narrow what "all" widens; "all
        # parties concerned" stays all (a word that keeps "all" for that noun).
        narrowing = [
            e
            for e in found
            if e.scope == "narrowed" and (widest is None or noun not in e.keeps_all_for)
        ]
        if narrowing:
            scope, by = "narrowed", narrowing[-1].phrase
        elif widest is not None:
            scope, by = "all", widest.phrase
        return AddresseeMatch(
            noun=noun,
            text=printed[m.start() : m.end()].strip(),
            scope=scope,
            by=by,
            start=m.start(),
            end=m.end(),
        )

    @_per_text
    def lifecycle_in(self, text: str) -> list[LifecycleMatch]:
        """The life-cycle words of measures and mandates in ``text`` ("renew", "lift",
        "for a final time"), in order, each entry once per place."""
        found: list[LifecycleMatch] = []
        for entry, rx in screened(self._lifecycle_rx, self._lifecycle_screen, text):
            for m in finditer(rx, text):
                if not entry.growing and self._mentioned(text, m.start()):
                    continue
                if entry.growing and self._refused(text, m.start()):
                    continue
                found.append(
                    LifecycleMatch(
                        id=entry.id,
                        label=entry.label,
                        stage=entry.stage,
                        text=m.group(),
                        start=m.start(),
                        end=m.end(),
                        growing=entry.growing,
                    )
                )
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        return found

    def _with_fragments(self, pattern: str) -> str:
        """``pattern`` with each ``{name}`` of lifecycle.toml's ``[fragments]`` written out,
        in one pass: a fragment that writes another ("{subject}" writes
        "{council_acronym}") is held written out already (``stages.compile_fragments``,
        which refuses a circle of fragments in a user's file)."""
        fragments = self._fragments
        if not fragments:
            return pattern
        return re.sub(r"\{(\w+)\}", lambda m: fragments.get(m[1], m[0]), pattern)

    def body_governs(self, span: str) -> bool:
        """Whether ``span``, the words between a life-cycle word and a measure it may act
        on (or between the start of the subject and a measure before its winding-down
        verb), names a body or a mandate (lifecycle.toml, ``[bodies]``) whose own words
        the measure stands in: "terminate the Committee established to monitor the [arms
        embargo]", "the mandate of the Panel of Experts on the [sanctions] ... shall
        expire". The verb then acts on the body, not the measure. Not a body the measure
        is joined to ("extend the mandate of the Panel and the arms embargo"): a comma,
        a semicolon, "and" or "or" after the last body leaves the measure the verb's."""
        return self._after_body(span) is not None

    @property
    def set_up_bodies(self) -> tuple[str, ...]:
        """The bodies a clause sets up (lifecycle.toml, ``[bodies]`` entries marked
        ``set_up``: "Committee", "Mission", "Force" …, as printed, in the table's order):
        what the founding reading writes as ``{set_up_body}`` and what a dropped set-up's
        body is looked for by in a later text. Not "mandate", which a life-cycle word acts
        on but no clause sets up."""
        return tuple(k for k, v in self._bodies.items() if v.set_up)

    @property
    def series_bodies(self) -> tuple[str, ...]:
        """The bodies whose founding starts a series (lifecycle.toml, ``[bodies]`` entries
        marked ``starts_series``: "Committee", "Group", "Mission", "Office", "Force",
        "Operation", as printed, in the table's order): a narrowing of
        :attr:`set_up_bodies`, read by :func:`resdiff.series.grouping.founding`. Not a
        commission, a panel, a team or a mechanism, which a text sets up beside what its
        series follows or within a mission."""
        return tuple(k for k, v in self._bodies.items() if v.starts_series)

    def body_words(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names a body (lifecycle.toml, ``[bodies]``, as printed: "Group",
        "Commission"), as (start, end) spans in order."""
        return [m.span() for m in self._body_rx.finditer(text)]

    def _after_body(self, span: str) -> int | None:
        """Where the last body ``span`` names ends, none of _JOINED after it."""
        ends = [m.end() for m in self._body_rx.finditer(span)]
        return ends[-1] if ends and _JOINED.search(span, ends[-1]) is None else None

    def body_names(self, span: str) -> bool:
        """Whether the measure that ``span`` runs up to stands in the name of a body
        (lifecycle.toml, ``[bodies]``) named before it, with no verb between: "the Panel
        of Experts on the [arms embargo] shall continue to assist the Committee". Such a
        measure is no measure of the clause; one after the body's own verb is ("the
        Committee shall monitor the arms embargo": a task), as is one joined to the body
        ("the Panel and the arms embargo")."""
        end = self._after_body(span)
        return end is not None and _FINITE.search(span, end) is None

    def _mentioned(self, text: str, start: int) -> bool:
        """Whether the winding-down word at ``start`` is named, not done: a mention phrase
        ("possible", "the next steps of", "developments in relation with") stands a few
        words before it in the same clause."""
        if not self._mentions:
            return False
        begin = max(0, start - _MENTION_REACH)
        stop = max(text.rfind(";", begin, start), text.rfind(".", begin, start))
        return self._mention_rx.search(text, max(begin, stop + 1), start) is not None

    def _refused(self, text: str, start: int) -> bool:
        """Whether the growing word at ``start`` is refused, not done: lifecycle.toml's
        ``[fragments.growth_refused]`` ends right before it, in the same clause ("Decides
        not to authorize the enlargement of ...", "not to further renew", "not, at this
        stage, to expand", "against the expansion of ..."; RESULTS §2fa item 2). Each
        entry's own look-behinds refuse the plain "not to expand"; these are the forms
        with words between. No fragment (a user's file that switches it off): none."""
        rx = self.fragment_rx("growth_refused")
        if rx is None:
            return False
        begin = max(0, start - _REFUSAL_REACH)
        stop = max(text.rfind(";", begin, start), text.rfind(".", begin, start))
        return rx.search(text[max(begin, stop + 1) : start]) is not None

    @property
    def lifecycle(self) -> Mapping[str, LifecycleEntry]:
        """Life-cycle words of measures and mandates by id."""
        return MappingProxyType(self._lifecycle)

    def fragment_rx(self, name: str) -> re.Pattern[str] | None:
        """lifecycle.toml's ``[fragments]`` entry ``name`` compiled on its own, any case
        (a space stands for any whitespace, as in every data pattern), or ``None`` where
        it is missing or switched off: the words by which the red lines read measures
        kept or renewed by reference ("kept_in_force", "renewed_by_reference", ...), which
        a user's lexicon may change."""
        if name not in self._fragments:
            return None
        return self.with_fragments_rx("{" + name + "}")

    def with_fragments_rx(self, pattern: str) -> re.Pattern[str]:
        """``pattern``, a pattern of the code's own, with each ``{name}`` of lifecycle.toml's
        ``[fragments]`` written out (a space in the fragment stands for any whitespace,
        as in every data pattern; the code's own words are left as written), compiled any
        case: how compare's readings of measures kept in force write the lexicon's words
        for it ("in_force", "end_refused"), which the red lines' "kept_in_force" writes
        too, so that a user's lexicon changes the three readings alike. A placeholder
        with no fragment (one switched off) is left as printed and matches no text."""
        fragments = self._fragments
        written = re.sub(
            r"\{(\w+)\}",
            lambda m: _spaces_in_pattern(fragments[m[1]]) if m[1] in fragments else m[0],
            pattern,
        )
        return compile_cached(written, re.IGNORECASE)

    @property
    def growing_stages(self) -> frozenset[str]:
        """The stages that keep or grow what they act on (lifecycle.toml's ``stages``
        with ``growing = true``: start, continue, expand by default)."""
        return self._growing_stages

    def without_start_terms(self, ids: Sequence[str]) -> list[str]:
        """The life-cycle words ``ids`` of one clause less the sunsets that are the term of
        what the same clause sets up: "Further decides to establish a team of twenty
        military liaison officers for a single period of six months" (S/RES/880 (1993),
        judged stronger) creates a body with its term and winds nothing down. A sunset
        beside a renewal ("extend the mandate for a final period") still weighs."""
        entries = self._lifecycle
        if not any(x in entries and entries[x].stage == "start" for x in ids):
            return list(ids)
        return [x for x in ids if x not in entries or entries[x].stage != "sunset"]

    def growth_move(
        self, old: Mapping[str, str], new: Mapping[str, str]
    ) -> tuple[str, str, Literal["stronger", "softer", "neutral"]] | None:
        """One growing stage of a paired provision's life cycle (start, continue, expand)
        in place of another: ``old`` and ``new`` map each growing stage of the two
        versions to its label, and the answer is the old label, the new and the move's
        direction (lifecycle.toml's ``growth``), or None where the stage is the same. Each side
        is told by its furthest stage (an expansion over a set-up over a carry-on):
        "Decides to set up ... the United Nations Observer Group" → "Decides to authorize
        ... an enlargement of the mandate of the ... Group" (ONUCA, S/RES/644 (1989) →
        650 (1990)) is the mandate enlarged, stronger; "Decides that ... the truce shall
        remain in force" → "Decides that ... an armistice shall be established" (S/RES/54
        → 62 (1948), judged stronger) a new body or measure where the old one was only
        carried on; "Decides to establish the Force" → "Decides to extend the mandate of
        the Force" the same force carried on, named, not weighed."""
        if not old or not new:
            return None
        was = next((x for x in self._growth_order if x in old), None)
        now = next((x for x in self._growth_order if x in new), None)
        if was is None or now is None:
            return None
        direction = self._growth_moves.get((was, now))
        if direction is None or (direction == "neutral" and now in old):
            # A stage the old version held too carries nothing on: "Decides to extend the
            # mandate of the Panel, and requests ... to re-establish the Panel" → "...
            # extend the mandate of the Panel" keeps the extension (a set-up gone beside
            # it is no move; an enlargement gone still is).
            return None
        return old[was], new[now], direction
