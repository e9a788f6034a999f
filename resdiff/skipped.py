"""The resolutions a history of distinct resolutions skips between two of its texts, as
the later text itself names them.

A history of renewals given with gaps (UNFICYP 274 (1969) → 324 (1972), the five
renewals between not given) compares texts that are not consecutive, and a reader must
know it: the step's changes are those of several renewals. What lies between is read
from the later text's own citations ("Recalling its resolutions … 281 (1970), 291
(1970), 293 (1971), 305 (1971) and 315 (1972)"): every resolution it cites numbered
strictly between the two, of a year between theirs, and not itself in the history.
Never a guess at numbering: a renewal the text does not cite is not named, and a gap
without citations says nothing. A resolution cited may be another file's (UNFICYP 370
(1975) cites 365 (1974), the Council's Cyprus text): the reports say "cites", not
"skips".

One rule for the history and the series (a series' renewal is a step too): the series
names what the later text cites between and was not read, by this module, and adds the
texts a metadata file lists in the series between the two (``listed``), in one form
("2567 (2021)"), so that a history and a series of the same files say the same of a step.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from .model import Draft

__all__ = ["SYMBOL_NUMBER", "cited_form", "merged", "resolution_number", "skipped_between"]

#: A resolution cited by number and year: "381 (1975)". Not after a slash or a digit, so
#: a document symbol ("S/2020/123 (2020)", "S/11302") is never read as one.
_CITATION = re.compile(r"(?<![/\d])(\d{1,4})\s*\(((?:19|20)\d{2})\)")
#: The number and year in a resolution's own symbol: "S/RES/390 (1976)" (the series
#: read their texts' order and names by it too).
SYMBOL_NUMBER = re.compile(r"/RES/(\d{1,4})\s*\(((?:19|20)\d{2})\)")
#: A citation of another organ's resolution ("General Assembly resolution 3314 (1974)")
#: names no renewal of the Council's; the words just before the number tell.
_OTHER_ORGAN = re.compile(r"(?:General\s+Assembly|Economic\s+and\s+Social\s+Council)\s+\S+\s*$")
#: A resolution as a step names it: "381 (1975)".
_NAMED = re.compile(r"(\d{1,4}) \((\d{4})\)")
#: How far back the other organ's name is looked for (characters).
_BEFORE = 40


def resolution_number(symbol: str | None) -> tuple[int, int] | None:
    """The number and year of a Council resolution's symbol (``"S/RES/390 (1976)"`` →
    ``(390, 1976)``), ``None`` for anything else."""
    m = SYMBOL_NUMBER.search(symbol or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _cited(texts: Iterable[str]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for text in texts:
        for m in _CITATION.finditer(text):
            if _OTHER_ORGAN.search(text, max(0, m.start() - _BEFORE), m.start()):
                continue
            found.add((int(m.group(1)), int(m.group(2))))
    return found


def cited_form(symbol: str) -> str:
    """A resolution as a step names it, "2567 (2021)" for ``"S/RES/2567 (2021)"``; a
    symbol of another form as it is."""
    number = resolution_number(symbol)
    return f"{number[0]} ({number[1]})" if number else symbol


def skipped_between(
    old: tuple[int, int],
    new: Draft,
    given: Collection[tuple[int, int]],
    *,
    listed: Iterable[str] = (),
) -> tuple[str, ...]:
    """The resolutions ``new`` cites numbered strictly between ``old`` and its own number
    (years between theirs) that are not ``given``, with the symbols ``listed`` (texts a
    metadata file puts in the step's series between the two, not read), oldest first,
    each once as "381 (1975)". Empty where ``new`` has no resolution symbol or is not
    numbered after ``old`` (and nothing is listed)."""
    kept = (cited_form(s) for s in listed if resolution_number(s) not in given)
    mine = resolution_number(new.symbol)
    if mine is None or mine[0] <= old[0]:
        return merged(kept)
    cited = (
        f"{number} ({year})"
        for number, year in _cited(c.text for c in new.walk())
        if old[0] < number < mine[0] and old[1] <= year <= mine[1] and (number, year) not in given
    )
    return merged(kept, cited)


def merged(*named: Iterable[str]) -> tuple[str, ...]:
    """Names of resolutions a step skips ("381 (1975)", or a symbol of another form), from
    several sources, each once, oldest first (by number), the other forms after."""
    numbered: set[tuple[int, int]] = set()
    others: set[str] = set()
    for names in named:
        for name in names:
            m = _NAMED.fullmatch(name)
            if m:
                numbered.add((int(m.group(1)), int(m.group(2))))
            else:
                others.add(name)
    return tuple(f"{n} ({y})" for n, y in sorted(numbered)) + tuple(sorted(others))
