"""Hedges, modals, flags and measures: the entries found by patterns of their own
(``hedges.toml``, ``flags.toml``, ``measures.toml``): hedges, modal verbs, the document
flags (Chapter VII, Article 39, use of force) and sanctions measures, each with the mode
the verb and modal that govern it give. A layer of :class:`~resdiff.lexicon.Lexicon`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..compiled import compile_cached
from ..model import DOCUMENT_FLAGS, MeasureMode
from .anchors import finditer
from .cache import PATTERNS
from .entries import (
    FlagEntry,
    HedgeEntry,
    MeasureEntry,
    ModalEntry,
    ModeRule,
    PatternEntry,
    _spaces_in_pattern,
)
from .keywords import _keyed, _keyword_rx, _Keywords, _longest, _per_text, _Screen
from .leads import _Leads
from .literals import may_match, screened
from .results import Citation, FlagMatch, HedgeMatch, MeasureHit, ModalMatch, VerbMatch

#: How far before a finding of a danger to the peace an ask to avoid it may stand.
_ASKED_REACH = 160
#: An ask to avoid what might endanger the peace, or a question whether something does:
#: "refrain from any action ... likely to endanger", "to determine whether ... does
#: endanger". Searched only in the words of the finding's own clause before it.
_ASKED_NOT_TO = compile_cached(
    r"\b(?:refrain|refraining|avoid|avoiding|abstain|abstaining|desist|whether|not\s+to)\b",
    re.IGNORECASE,
)

#: How many mentions of one measure in one text are read for the verb that gives it a
#: mode: enough for any real paragraph, and a bound on adversarial repetition.
MEASURE_MENTIONS = 16

#: Every pattern of a lexicon is compiled through the cache of compiled patterns.
_compile = PATTERNS.compile


def _not_asked_to_avoid(text: str, start: int) -> bool:
    """Whether the words before ``start`` in its own clause (back to the last ";" or
    ".") hold no ask to avoid it nor a question whether it is so."""
    before = text[max(0, start - _ASKED_REACH) : start]
    before = before[max(before.rfind(";"), before.rfind(".")) + 1 :]
    return not _ASKED_NOT_TO.search(before)


class _Measures(_Leads):
    """Hedges, modals, flags and measures (a layer of :class:`~resdiff.lexicon.Lexicon`)."""

    # The tables read here, set by Lexicon.__init__.
    _hedges: dict[str, HedgeEntry]
    _modals: dict[str, ModalEntry]
    _flags: dict[str, FlagEntry]
    _measures: dict[str, MeasureEntry]
    _modes: dict[str, ModeRule]

    def _compile_patterns(self) -> None:
        def patterns_rx(patterns: Iterable[str]) -> re.Pattern[str]:
            joined = "|".join(f"(?:{_spaces_in_pattern(p)})" for p in patterns)
            return _compile(joined or "(?!)", re.IGNORECASE)

        def keywords(entry: PatternEntry, literals: Iterable[str] = ()) -> tuple[str, ...]:
            # Literal wordings bring their own keyword: their longest word, in every
            # spelling. Pattern entries without keywords are always tried (empty tuple).
            if entry.patterns and not entry.keywords:
                return ()
            found = set(entry.keywords)
            for literal in literals:
                longest = max(self.fold(literal).split(" "), key=len)
                found.update({longest, *self._variants.get(longest, ())})
            return tuple(sorted(found))

        self._hedge_rx: list[tuple[HedgeEntry, re.Pattern[str], _Keywords | None]] = []
        for key, hedge in self._hedges.items():
            literals = list(hedge.variants) + ([] if hedge.patterns else [key])
            alternatives = [rf"\b(?:{self._phrase_rx(x)})\b" for x in literals]
            alternatives += list(hedge.patterns)
            self._hedge_rx.append(
                (hedge, patterns_rx(alternatives), _keyword_rx(keywords(hedge, literals)))
            )

        # Case-sensitive on purpose: "May 2006" is a month, "may" a modal. The words after
        # which a modal is a noun ("political will") are checked in Python: lookbehinds
        # in the regex would slow every search.
        words = sorted(self._modals, key=len, reverse=True)
        self._modal_rx = _compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" if words else "(?!)"
        )
        self._modal_guard = {
            w: _compile(r"(?:^|\W)(?:" + "|".join(re.escape(x) for x in m.not_after) + r")\s+$")
            for w, m in self._modals.items()
            if m.not_after
        }

        self._flag_rx = {
            k: (patterns_rx(f.patterns), _keyword_rx(keywords(f))) for k, f in self._flags.items()
        }
        self._measure_rx = [
            (m, patterns_rx(m.patterns), _keyword_rx(keywords(m))) for m in self._measures.values()
        ]
        # A measure that needs a word of restraint in its clause (``restrained_by``).
        self._restraint_rx: dict[str, re.Pattern[str]] = {
            m.id: patterns_rx(m.restrained_by) for m in self._measures.values() if m.restrained_by
        }
        self._restraint_after_rx: dict[str, re.Pattern[str]] = {
            m.id: patterns_rx(m.restrained_after)
            for m in self._measures.values()
            if m.restrained_after
        }
        named = {n: m.id for m in self._measures.values() for n in m.names}
        # Every stand-in's citations and ties count, each read with its own pattern (a
        # user's lexicon may add a stand-in of its own beside the default one).
        self._cites_rx = [
            _compile(_spaces_in_pattern(m.cites), re.IGNORECASE)
            for m in self._measures.values()
            if m.cites
        ]
        named_by = [m.named_by for m in self._measures.values() if m.named_by]
        self._named_rx = (
            _compile(
                r"\b(?:"
                + "|".join(
                    self._phrase_rx(n, hyphen=True) for n in sorted(named, key=len, reverse=True)
                )
                + r")\b(?=[^;]{0,40}?(?:"
                + "|".join(f"(?:{_spaces_in_pattern(n)})" for n in named_by)
                + "))",
                re.IGNORECASE,
            )
            if named and named_by
            else None
        )
        # A number read whole (not from inside another), so that a long run of digits
        # costs one pass.
        self._range_rx = self._words_rx(
            (r for m in self._measures.values() for r in m.ranges),
            r"(?<!\d)(\d++)(?:\s*\([a-z]\))?\s*(?:",
            r")\s*(\d++)",
        )
        self._apposition_rx = self._words_rx(
            (w for m in self._measures.values() for w in m.apposition),
            r"\b(?:",
            r")(?!\w)[\s,:]*+(?:(?:the|an?)\s+)?\Z",
        )
        self._named_kinds = {self.fold(n): k for n, k in named.items()}
        self._mode_rules = sorted(self._modes.values(), key=lambda r: -r.min_axis_a)
        self._hedge_screen = _Screen(k for _, _, k in self._hedge_rx)
        self._measure_screen = _Screen(k for _, _, k in self._measure_rx)

    @_per_text
    def hedges_in(self, text: str) -> list[HedgeMatch]:
        """Every hedge in ``text``, in order; where two overlap the longer is kept."""
        found: list[HedgeMatch] = []
        for hedge, rx in screened(self._hedge_rx, self._hedge_screen, text):
            for m in finditer(rx, text):
                if m.end() > m.start():
                    found.append(
                        HedgeMatch(
                            hedge=hedge.phrase,
                            text=m.group(),
                            start=m.start(),
                            end=m.end(),
                            kind=hedge.kind,
                            explanation=hedge.explanation,
                        )
                    )
        return _longest(found)

    def modals_in(self, text: str) -> list[ModalMatch]:
        """Every modal verb in ``text`` (lower case only), in order."""
        found: list[ModalMatch] = []
        if not may_match(self._modal_rx, text, _keyed(text)):
            return found
        for m in self._modal_rx.finditer(text):
            word = m.group()
            guard = self._modal_guard.get(word)
            if guard is not None and guard.search(text, max(0, m.start() - 40), m.start()):
                continue
            found.append(ModalMatch(word=word, rank=self._modals[word].rank, start=m.start()))
        return found

    def modal_rank(self, word: str | None) -> int | None:
        """The rank of a modal verb (3 "shall" / "must", 2 "should" / "will", 1 "may"),
        or ``None`` for a word that is not one."""
        if word is None:
            return None
        entry = self._modals.get(word.strip().lower())
        return entry.rank if entry is not None else None

    def modal_in(self, text: str) -> ModalMatch | None:
        """The first modal verb in ``text``, or ``None``."""
        found = self.modals_in(text)
        return found[0] if found else None

    def flag_in(
        self, flag: str, text: str, accept: Callable[[str, int], bool] | None = None
    ) -> FlagMatch | None:
        """The first match of flag ``flag`` (an id in flags.toml) in ``text`` that
        ``accept(text, start)`` takes (any, without it), or ``None``; ``KeyError`` for an
        unknown flag."""
        rx, keys = self._flag_rx[flag]
        lowered = _keyed(text)
        if keys is not None and not keys.search(lowered):
            return None
        if not may_match(rx, text, lowered):
            return None
        # Tried at the flag's opening words only (anchors.finditer, the same matches):
        # a flag opening with look-behinds ("(?<!\\bnot\\s)...") tried at every
        # position cost 1 ms a paragraph in the comparison's threat findings.
        for m in finditer(rx, text):
            if accept is None or accept(text, m.start()):
                entry = self._flags[flag]
                return FlagMatch(
                    flag=flag, label=entry.label, text=m.group(), start=m.start(), end=m.end()
                )
        return None

    def chapter_vii_in(self, text: str) -> FlagMatch | None:
        """The Chapter VII formula ("Acting under Chapter VII of the Charter of the United
        Nations") in ``text``; "Acting under its special responsibility ..." is not one.
        Where the text has none of its own, the Council acting on its earlier Chapter VII
        decisions (a flag marked ``recalled``: "Acting in accordance with previous
        decisions ..., taken under Chapter VII"), whose :attr:`FlagMatch.flag` says so
        (:meth:`chapter_vii_recalled`)."""
        found = self.flag_in("chapter_vii", text) if "chapter_vii" in self._flag_rx else None
        if found is not None:
            return found
        for flag, entry in self._flags.items():
            if entry.recalled:
                found = self.flag_in(flag, text)
                if found is not None:
                    return found
        return None

    def chapter_vii_recalled(self, found: FlagMatch | None) -> bool:
        """Whether ``found`` (from :meth:`chapter_vii_in`) is the Council acting on its
        earlier Chapter VII decisions, not the text acting under Chapter VII itself."""
        entry = self._flags.get(found.flag) if found is not None else None
        return entry is not None and entry.recalled

    def special_responsibility_in(self, text: str) -> FlagMatch | None:
        """The "special responsibility" wording that replaced Chapter VII in 2006."""
        if "special_responsibility" not in self._flag_rx:
            return None
        return self.flag_in("special_responsibility", text)

    def basis_in(self, text: str) -> FlagMatch | None:
        """The first statement in ``text`` of the basis the Council acts on: a flag marked
        ``basis`` in flags.toml (the Chapter VII formula, "Acting under its special
        responsibility ..."), wherever it stands, or ``None``."""
        for flag, entry in self._flags.items():
            if entry.basis:
                found = self.flag_in(flag, text)
                if found is not None:
                    return found
        return None

    def basis_only(self, text: str) -> bool:
        """Whether ``text`` states only the basis the Council acts on ("Acting under
        Chapter VII of the Charter of the United Nations,"): :meth:`basis_in` finds it,
        and not one letter stands beside it."""
        found = self.basis_in(text)
        if found is None:
            return False
        rest = text[: found.start] + text[found.end :]
        return not any(char.isalpha() for char in rest)

    def art39_in(self, text: str) -> FlagMatch | None:
        """An Article 39 determination ("Determining that ... constitutes a threat to
        international peace and security") in ``text``."""
        return self.flag_in("art39", text) if "art39" in self._flag_rx else None

    def peace_finding_in(self, text: str) -> FlagMatch | None:
        """A finding short of Article 39 that a situation or act endangers or disturbs the
        peace ("... endanger the maintenance of the peace") in ``text``; not an ask to
        avoid what might ("Calls upon all States to refrain from any action likely to
        endanger international peace"), nor a question ("to determine whether ... does
        endanger"), nor "the peace process"."""
        if "peace_finding" not in self._flag_rx:
            return None
        return self.flag_in("peace_finding", text, _not_asked_to_avoid)

    def threat_finding_in(self, text: str) -> FlagMatch | None:
        """A threat to the peace found short of an Article 39 determination ("... pose a
        serious threat to the peace and security of independent African States") in
        ``text``: a step above the finding of :meth:`peace_finding_in`, read only where
        it takes that finding's place (alone, it is too often a thematic recital:
        "Recognizing that terrorism poses a threat to international peace and security");
        not an ask to avoid one."""
        if "threat_finding" not in self._flag_rx:
            return None
        return self.flag_in("threat_finding", text, _not_asked_to_avoid)

    def finding_above_in(self, text: str) -> FlagMatch | None:
        """A finding that says as much as a danger to the peace or more, anywhere in
        ``text`` (a whole draft): an Article 39 determination, or an earlier determination
        recalled in its own words ("Recalling its resolution 232 (1966) ..., in which it
        determined that the situation ... constituted a threat to international peace and
        security"); ``None`` for none. Not a threat found short of a determination
        (:meth:`threat_finding_in`): alone in a text it is most often a thematic recital
        ("terrorism poses a threat ..."), no finding on the situation."""
        found = self.art39_in(text)
        if found is None and "threat_recalled" in self._flag_rx:
            found = self.flag_in("threat_recalled", text)
        return found

    def use_of_force_in(self, text: str) -> FlagMatch | None:
        """An authorization of force ("authorizes ... all necessary measures") in ``text``."""
        return self.flag_in("use_of_force", text) if "use_of_force" in self._flag_rx else None

    def document_flags_in(self, text: str) -> list[str]:
        """The document flags whose words stand in ``text``, by their shift feature in the
        order of :data:`~resdiff.model.DOCUMENT_FLAGS`: the Chapter VII formula
        (``chapter-vii``), an Article 39 determination (``art39``), an authorization of
        force (``use-of-force``)."""
        found = (self.chapter_vii_in(text), self.art39_in(text), self.use_of_force_in(text))
        return [
            flag for flag, match in zip(DOCUMENT_FLAGS, found, strict=True) if match is not None
        ]

    def mode_for(self, axis_a: int | None, modal: str | None = None) -> MeasureMode | None:
        """The mode a measure takes under a verb of this axis-A tier and this modal: the
        modal decides when it names one, else the tier; ``None`` below every rule."""
        if modal is not None:
            for rule in self._mode_rules:
                if modal in rule.modals:
                    return rule.mode
        if axis_a is not None:
            for rule in self._mode_rules:
                if axis_a >= rule.min_axis_a:
                    return rule.mode
        return None

    def measures_in(
        self,
        text: str,
        *,
        governing: str | None = None,
        governing_verbs: list[VerbMatch] | None = None,
    ) -> list[MeasureHit]:
        """The sanctions measures in ``text``, each once, in order, with their mode.

        The mode follows the verb governing the measure (the nearest verb before it) and
        any modal between that verb and the measure. For a sub-paragraph, pass the
        lead-in of its parent as ``governing``: its last verb governs when ``text`` has
        none of its own (``governing_verbs``: that lead-in's verbs when the caller has read
        them already, as for every item of one list).
        """
        hits: list[MeasureHit] = []
        verbs: list[VerbMatch] | None = None
        modals: list[ModalMatch] | None = None
        for entry, rx in screened(self._measure_rx, self._measure_screen, text):
            m = next(finditer(rx, text), None)  # rx.search(text), tried at its words only
            if m is None:
                continue
            if verbs is None:
                verbs, modals = self.find_verbs(text), self.modals_in(text)
                if (
                    governing
                    and governing_verbs is None
                    and not any(v.start <= m.start() for v in verbs)
                ):
                    # The lead-in's verbs, read once for every measure of this text.
                    governing_verbs = self.find_verbs(governing)
            assert modals is not None
            found: MeasureHit | None = None
            # The first mention a verb gives a mode decides: in "Expresses serious concern
            # over violations of the arms embargo, demands full compliance with the arms
            # embargo" the concern only names the embargo, the demand imposes it. The
            # mentions looked at are bounded, so a text that repeats a measure's name
            # thousands of times stays linear.
            for _ in range(MEASURE_MENTIONS):
                # A match that runs across a verb ("supply for armed groups ... and calls
                # for ... small arms") belongs to the phrase that verb opens: look again
                # from it.
                while inner := [v for v in verbs if m.start() < v.start < m.end()]:
                    again = rx.search(text, inner[-1].start)
                    if again is None or again.start() < inner[-1].start:
                        break
                    m = again
                hit = self._measure_hit(entry, m, verbs, modals, governing, governing_verbs)
                if found is None or (found.mode is None and hit.mode is not None):
                    found = hit
                if found.mode is not None:
                    break
                following = rx.search(text, max(m.end(), m.start() + 1))
                if following is None:
                    break
                m = following
            assert found is not None
            if not self._restrained(entry, text, found.start, governing):
                continue
            hits.append(found)
        named = [h for h in hits if not self._measures[h.measure].generic]
        if named:
            # A clause that names the kind of the measures it applies by reference ("the
            # travel and financial measures imposed by paragraphs 9 and 12 ... shall apply
            # to") holds that kind, not the stand-in as well; a measure named in other
            # words of it ("Decides to renew the travel ban ..., and decides that the group
            # ... shall be subject to the measures imposed by paragraph 7") hides nothing.
            # Nor does one named in apposition to the stand-in's citation ("subject to the
            # measures imposed by paragraph 7 ..., namely the travel ban and the asset
            # freeze"): those are the measures cited, named.
            hits = [
                h
                for h in hits
                if not self._measures[h.measure].generic
                or not any(
                    self._names_kind(text, h, n) or self._in_apposition(text, h, n) for n in named
                )
            ]
        hits.sort(key=lambda h: h.start)
        return hits

    def _words_rx(self, words: Iterable[str], before: str, after: str) -> re.Pattern[str] | None:
        """The pattern ``before`` + any of ``words`` (longest first, any spelling and
        spacing) + ``after``, case folded; ``None`` without words."""
        # Longest first, then in order: words of one length ("-", "–") came in the order
        # of the process's string hashes, and a rebuilt pattern cache differed from the
        # one it replaced (the review of the merge).
        unique = sorted(set(words), key=lambda w: (-len(w), w))
        if not unique:
            return None
        return _compile(
            before + "|".join(self._phrase_rx(w) for w in unique) + after, re.IGNORECASE
        )

    def _restrained(
        self, entry: MeasureEntry, text: str, start: int, governing: str | None
    ) -> bool:
        """Whether the measure found at ``start`` is restrained where the entry asks for it
        (``restrained_by``): a word of restraint before it in its clause (from the
        semicolon before it), or in the lead-in ``governing`` it ("Decides that all States
        shall prevent: (a) the import ... of iron ore"), or after it in the clause as its
        predicate (``restrained_after``: "the export of charcoal ... shall be
        prohibited"). Not a restraint named after the trade as its cause: "petroleum
        exported earlier but not delivered ... as a specific result of the prohibitions
        contained in resolution 661 (1990)" (S/RES/692 (1991) OP6) restricts nothing."""
        rx = self._restraint_rx.get(entry.id)
        if rx is None:
            return True
        left = text.rfind(";", 0, start) + 1
        right = text.find(";", start)
        after = self._restraint_after_rx.get(entry.id)
        return (
            rx.search(text, left, start) is not None
            or (governing is not None and rx.search(governing) is not None)
            or (
                after is not None
                and after.search(text, start, right if right >= 0 else len(text)) is not None
            )
        )

    def _names_kind(self, text: str, stand_in: MeasureHit, named: MeasureHit) -> bool:
        """Whether ``named``, a measure whose words overlap those of ``stand_in``, names
        the kind of the measures the stand-in applies by reference ("the travel and
        financial measures imposed by paragraphs 9 and 12 ..."): its name ends before the
        stand-in's own citation (the last paragraph cited in the stand-in's words), with
        no other citation between. A measure tied to a paragraph of its own is another
        measure, renewed beside the measures cited ("Decides to renew the arms embargo
        imposed by paragraph 4 ... and the measures imposed by paragraphs 7 and 9 ..."),
        and so is one named after the citation ("... the measures imposed by paragraphs 7
        and 9 ... and the mandate of the Panel of Experts"). A stand-in whose words hold no
        paragraph cited is named by any measure its words overlap."""
        if not _overlap(stand_in, named):
            return False
        end = stand_in.start + len(stand_in.evidence)
        cited = sorted(
            m.start() for rx in self._cites_rx for m in rx.finditer(text, stand_in.start, end)
        )
        if not cited:
            return True
        name_end = named.start + len(named.evidence)
        return name_end <= cited[-1] and not any(name_end <= c < cited[-1] for c in cited)

    def _in_apposition(self, text: str, stand_in: MeasureHit, named: MeasureHit) -> bool:
        """Whether ``named`` follows the words of ``stand_in`` within its citation's reach,
        right after a word of apposition ("namely", "including"), with no ";" between."""
        end = stand_in.start + len(stand_in.evidence)
        if self._apposition_rx is None or not 0 <= named.start - end <= _APPOSITION_REACH:
            return False
        between = text[end : named.start]
        return ";" not in between and self._apposition_rx.search(between) is not None

    def citations_in(self, text: str, start: int = 0, end: int | None = None) -> list[Citation]:
        """The paragraphs of resolutions ``text[start:end]`` cites ("paragraphs 9 and 16 of
        resolution 2399 (2018)"; "paragraphs 3, 6 and 11 above", with no resolution), in
        order."""
        stop = len(text) if end is None else end
        matches = sorted(
            (m for rx in self._cites_rx for m in rx.finditer(text, start, stop)),
            key=lambda m: (m.start(), -m.end()),
        )
        found = []
        reached = -1
        for m in matches:
            if m.start() < reached:
                continue  # the same words read by another stand-in's pattern
            reached = m.end()
            numbers = set(re.findall(r"\d+", m.group("paragraphs")))
            if self._range_rx is not None:
                for first, last in self._range_rx.findall(m.group("paragraphs")):
                    # "paragraphs 3 to 6" cites 4 and 5 too; a span longer than any
                    # resolution's paragraphs is a misreading, its two ends kept.
                    if 0 < int(last) - int(first) <= _RANGE_MAX:
                        numbers.update(str(n) for n in range(int(first), int(last) + 1))
            found.append(Citation(paragraphs=frozenset(numbers), resolution=m.group("resolution")))
        return found

    def measure_label(self, kind: str) -> str:
        """The label of measure ``kind`` ("arms embargo")."""
        return self._measures[kind].label

    @_per_text
    def named_by_citation(self, text: str) -> list[tuple[str, Citation]]:
        """The measures ``text`` names by the paragraph that imposed them, each kind with
        that paragraph: "the targeted arms embargo imposed by paragraph 14 of resolution
        2216 (2015)" gives ``("arms_embargo", paragraph 14 of 2216)``."""
        if self._named_rx is None or not self._cites_rx:
            return []
        # Most paragraphs name no measure at all: the names' literals rule them out
        # before the pattern, an alternation of every name tried at each word, runs.
        if not may_match(self._named_rx, text, _keyed(text)):
            return []
        found = []
        # At the names' opening words only (anchors.finditer: the same matches, the
        # alternation no longer tried at each of the text's positions).
        for m in finditer(self._named_rx, text):
            # "the arms-embargo imposed by paragraph 1": the compound is the name.
            kind = self._named_kinds.get(self.fold(m.group().replace("-", " ")))
            cited = self.citations_in(text, m.end(), m.end() + _CITED_REACH)
            if kind is not None and cited:
                found.append((kind, cited[0]))
        return found

    def stand_in_measures(self) -> frozenset[str]:
        """The ids of the measures that stand in for a kind a clause does not say (the
        measures applied by reference, ``generic`` in measures.toml)."""
        return frozenset(k for k, m in self._measures.items() if m.generic)

    def may_hold_measure(self, text: str) -> bool:
        """Whether :meth:`measures_in` finds a measure in ``text``, whatever the lead-in
        it is given: a measure is found where one of the measures' patterns matches, and
        the lead-in only decides its mode. The same tests in the same order, without
        reading the verbs and modals a mode needs."""
        return any(
            next(finditer(rx, text), None) is not None
            for _, rx in screened(self._measure_rx, self._measure_screen, text)
        )

    def _measure_hit(
        self,
        entry: MeasureEntry,
        m: re.Match[str],
        verbs: list[VerbMatch],
        modals: list[ModalMatch],
        governing: str | None,
        governing_verbs: list[VerbMatch] | None,
    ) -> MeasureHit:
        """One mention of a measure with the mode its governing verb and modal give."""
        verb = next((v for v in reversed(verbs) if v.start <= m.start()), None)
        lower = verb.end if verb is not None else 0
        modal = next((x for x in reversed(modals) if lower <= x.start < m.start()), None)
        if verb is None and governing:
            lead_verbs = (
                governing_verbs if governing_verbs is not None else self.find_verbs(governing)
            )  # read here only when the text's first measure had a verb of its own
            if lead_verbs:
                verb = lead_verbs[-1]
                if modal is None:
                    after = [x for x in self.modals_in(governing) if x.start >= verb.end]
                    modal = after[-1] if after else None
        mode = self.mode_for(
            verb.axis_a if verb is not None else None, modal.word if modal else None
        )
        if _REFERRED.search(m.string, max(lower, m.start() - _REFERRED_REACH), m.start()):
            # "Calls for full compliance by all Member States with the arms embargo",
            # "demands ... compliance with", "violations of the arms embargo": a measure
            # in force named as what is to be complied with, not imposed here; its mode
            # is that of the embargo itself (Libya 2020 → 2022 read "voluntary →
            # mandatory" for an embargo mandatory since 2011).
            mode = None
        return MeasureHit(
            measure=entry.id,
            label=entry.label,
            mode=mode,
            evidence=m.group(),
            start=m.start(),
            verb=verb.lemma if verb is not None else None,
        )

    def broad_threat_subject(self, subject: str) -> bool:
        """Whether the subject of an Article 39 determination is the broad one ("the
        situation in X"), not a narrowed one ("armed groups in X"): the flag
        ``art39_broad_subject`` of flags.toml."""
        if "art39_broad_subject" not in self._flag_rx:
            return True
        rx, _ = self._flag_rx["art39_broad_subject"]
        return rx.match(subject.strip()) is not None


def _overlap(a: MeasureHit, b: MeasureHit) -> bool:
    """Whether the words of two measures found in one text overlap."""
    return a.start < b.start + len(b.evidence) and b.start < a.start + len(a.evidence)


#: How far after a measure's name the paragraph that imposed it is looked for.
_CITED_REACH = 80
#: How far after a stand-in's words a measure named in apposition to its citation may
#: stand ("... imposed by paragraphs 1 and 3 of resolution 2140 (2014), namely the ").
_APPOSITION_REACH = 160
#: The longest span of paragraphs a citation's range is read as ("paragraphs 30 to 39"):
#: more than a resolution holds is a misreading.
_RANGE_MAX = 120


#: What stands right before a measure referred to, not imposed: the object of compliance
#: ("full compliance by all Member States with the", "to comply strictly with", "to
#: respect and implement their obligations to prevent", Yemen 2022) or of a violation
#: ("violations of the", "in breach of"). (Not "to ensure implementation of the arms
#: embargo": an enforcement the judges of Somalia 2021 and 1993 weighed as the
#: embargo.) Searched in at most :data:`_REFERRED_REACH` characters before the measure,
#: up to the measure's start.
_REFERRED = compile_cached(
    r"(?:\bcompl(?:iance|y|ying|ies)\b[^;]{0,80}?\bwith|\bviolations?\s+of|\bviolating"
    r"|\bbreach(?:es)?\s+of)\s+(?:the\s+|these\s+|this\s+|its\s+|their\s+)?\Z"
    r"|\b(?:compl(?:iance|y|ying|ies)\s+with|(?:respect|implement|fulfil|fulfill|meet)"
    r"(?:\s+and\s+(?:respect|implement|fulfil|fulfill))?)\s+(?:their|its|the)\s+obligations\s+"
    r"(?:under\s+[^;]{0,60}?\s+)?to\s+(?:\w+\s+){0,5}\Z",
    re.IGNORECASE,
)
_REFERRED_REACH = 120
