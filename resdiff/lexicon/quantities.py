"""Typed quantities read inside a clause (a layer of :class:`~resdiff.lexicon.Lexicon`):
symbols, citations, paragraph references, dates, durations, intervals, caps and
ceilings, each with its value as a number (:func:`quantity_number`, times in days). The
entries are :mod:`.quantity_entries`; :mod:`.features` stacks this layer under the
lexicon and re-exports its public names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from ..compiled import compile_cached
from .anchors import finditer
from .cache import PATTERNS
from .entries import _spaces_in_pattern
from .keywords import _keyed, _keyword_rx, _Keywords, _longest, _per_text
from .literals import may_match
from .quantity_entries import NUMBER_WORDS, QuantityEntry, expand_quantity_pattern, unechoed
from .results import QuantityMatch

#: Every pattern of a lexicon is compiled through the cache of compiled patterns.
_compile = PATTERNS.compile


class _Quantities:
    """The typed quantities of a clause (a layer of :class:`~resdiff.lexicon.Lexicon`)."""

    # The table read here, set by Lexicon.__init__.
    _quantities: dict[str, QuantityEntry]

    def _compile_quantities(self) -> None:
        self._quantity_rx: list[tuple[QuantityEntry, list[re.Pattern[str]], _Keywords | None]] = [
            (
                entry,
                [
                    _compile(_spaces_in_pattern(expand_quantity_pattern(p)), re.IGNORECASE)
                    for p in entry.patterns
                ],
                _keyword_rx(entry.keywords),
            )
            for entry in self._quantities.values()
        ]

    @property
    def quantity_types(self) -> Mapping[str, QuantityEntry]:
        """Typed quantities by id."""
        return MappingProxyType(self._quantities)

    @_per_text
    def quantities_in(self, text: str) -> list[QuantityMatch]:
        """The typed quantities of ``text`` in order: symbols, citations, paragraph
        references, dates, durations, intervals, caps, ceilings. Where matches overlap the
        longest wins, so "S/2021/309" is one symbol and never the number 309."""
        hits: list[QuantityMatch] = []
        lowered = _keyed(text)
        for entry, patterns, keys in self._quantity_rx:
            if keys is not None and not keys.search(lowered):
                continue
            for rx in patterns:
                if not may_match(rx, text, lowered):
                    continue
                for m in finditer(rx, text):
                    if m.end() <= m.start():
                        continue
                    if entry.context and not _in_context(text, m, entry):
                        continue
                    value = unechoed(m.group("value"))
                    unit = m.groupdict().get("unit")
                    hits.append(
                        QuantityMatch(
                            id=entry.id,
                            label=entry.label,
                            kind=entry.kind,
                            larger=entry.larger,
                            added=entry.added,
                            text=m.group().strip(),
                            value=" ".join(value.split()),
                            unit=unit.lower() if unit else None,
                            number=quantity_number(value, unit),
                            start=m.start(),
                            end=m.end(),
                        )
                    )
        return _longest(hits)


#: Words right before an adverb of frequency among which its reporting verb may stand
#: ("report publicly and quarterly").
_VERB_WORDS = 3
#: Characters after a quantity that its context words may stand in.
_CONTEXT_AFTER = 30


def _in_context(text: str, m: re.Match[str], entry: QuantityEntry) -> bool:
    """Whether one of the entry's context words stands in the clause of ``m``: back to
    the last ";" before it (within its reach), in the match, or in the few words right
    after it ("to provide, every six months, updates on")."""
    value = m.group("value").lower()
    if entry.word_context and (value == m.group().strip().lower() or value in _UNIT_DAYS):
        # A bare adverb or "each year" ("annually", "every month"): only after an ask to
        # report in its clause ("to report ... annually"), not a fact ("displaced each
        # year", "contributions paid annually"). ("On a quarterly basis", "every 90
        # days" say what they are.)
        start = max(
            text.rfind(";", 0, m.start()) + 1,
            text.rfind(".", 0, m.start()) + 1,
            m.start() - entry.word_context_reach,
        )
        window = text[start : m.start()].lower()
        last = [w.strip(",;:()") for w in window.split()[-_VERB_WORDS:]] or [""]
        if not any(phrase in window for phrase in entry.word_context) and not any(
            w.startswith(entry.word_verbs) for w in last
        ):
            # Neither an ask to report nor a reporting verb right before ("help
            # investigate, report annually to the Security Council").
            return False
        # The adverb goes with the verb right before it: "children recruited annually",
        # "contributions paid every month" count something else; "the report be
        # submitted annually" is a report's interval.
        word = last[-1]
        participle = word.endswith("ed") or word in entry.word_participles
        return not participle or word.startswith(entry.word_verbs)
    start = max(text.rfind(";", 0, m.start()) + 1, m.start() - entry.context_reach)
    window = text[start : m.end() + _CONTEXT_AFTER].lower()
    return any(_starts_a_word(window, word) for word in entry.context)


def _starts_a_word(window: str, word: str) -> bool:
    """Whether ``word`` stands in ``window`` at the start of a word ("authoriz" in
    "authorized", "report" in "reporting"; not "authoris" in "unauthorised")."""
    at = window.find(word)
    while at >= 0:
        if at == 0 or not window[at - 1].isalpha():
            return True
        at = window.find(word, at + 1)
    return False


_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
#: The units of time :func:`quantity_number` counts in days (a red line's limit too).
TIME_UNITS = tuple(_UNIT_DAYS)
#: A figure written in digits, with thousands separators and decimals ("1,500", "2.5").
_FIGURE = compile_cached(r"[\d,]+(?:\.\d+)?")

_FREQUENCY_DAYS = {
    "weekly": 7, "monthly": 30, "bimonthly": 60, "bi-monthly": 60, "quarterly": 91,
    "biannual": 182, "bi-annual": 182, "semi-annual": 182, "annual": 365, "yearly": 365,
    "annually": 365, "biennial": 730, "biennially": 730, "triennial": 1095,
    "triennially": 1095, "fortnightly": 14,
    # "every year", "each month": one of the unit.
    "day": 1, "week": 7, "month": 30, "year": 365,
}  # fmt: skip


def quantity_number(value: str, unit: str | None) -> float | None:
    """The value of a quantity as a number, times in days: "twelve" months -> 360,
    "2,000,000" -> 2000000, "quarterly" -> 91; ``None`` for values that are names
    (symbols, dates) or words that are no number."""
    words = value.lower().replace("-", " ").split()
    if not words:
        return None
    if len(words) == 1 and words[0] in _FREQUENCY_DAYS:
        return float(_FREQUENCY_DAYS[words[0]])
    number: float | None = None
    if len(words) == 1 and words[0] == "other":
        number = 2.0
    elif _FIGURE.fullmatch(words[0]) and len(words) == 1:
        number = float(words[0].replace(",", ""))
    else:
        total = current = 0
        for word in words:
            if word == "and":
                continue
            n = NUMBER_WORDS.get(word)
            if n is None:
                return None
            if n in (100, 1000):
                current = max(current, 1) * n
                if n == 1000:
                    total, current = total + current, 0
            else:
                current += n
        number = float(total + current)
    if unit:
        singular = unit.lower().rstrip("s")
        factor = _UNIT_DAYS.get(singular)
        if factor is not None:
            number *= factor
    return number
