"""What a voting record says: adopted, vetoed or not adopted, and the count behind it.

Read by the text reader from a draft's closing lines and by the AKN reader from its
workflow steps: a module of its own, so that reading an AKN file loads no text reader.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..compiled import compile_cached
from ..model import DocumentStatus
from .common import normalize_space

#: A record that a draft failed, opening a line: "Not adopted", "Vetoed", "Failed of
#: adoption", "The draft resolution was not adopted ...". The capital is required (a
#: wrapped line of a paragraph may start with "rejected"), and a bare word must stand
#: alone or before the vote ("Not adopted: 13-2-0", "Vetoed by ...").
_FAILED = compile_cached(
    r"^(?:\d{1,3}\s+)?(?:(?:Not\s+adopted|NOT\s+ADOPTED|Vetoed|VETOED|Rejected|Failed\s+of\s+adoption)"
    r"(?=$|\s*[.,:;(]|\s+(?:by|at|on|owing|in|\d))"
    r"|The\s+draft\s+(?:resolution\s+)?(?:was\s+not\s+adopted|failed|was\s+vetoed|was\s+rejected)\b)"
)
#: What makes a failed vote a veto: the word, the Charter's phrase, or (below) the count.
_VETO = compile_cached(
    r"\bveto(?:ed|es)?\b|\bnegative\s+votes?\s+of\s+a\s+permanent\s+member", re.I
)
#: A vote count: "13-2-0", "13 in favour, 2 against", "by 13 votes to 2".
_VOTE_COUNT = compile_cached(
    r"\b(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\s*[-–]\s*\d{1,2}\b"
    r"|\b(?P<c>\d{1,2})\s+(?:votes\s+)?in\s+favour\b[^.;]{0,60}?\b(?P<d>\d{1,2}|none)\s+against\b"
    r"|\bby\s+(?P<e>\d{1,2})\s+votes?\s+to\s+(?P<f>\d{1,2}|none)\b",
    re.IGNORECASE,
)
#: The States named as voting against, right after the count ("1 against (Russian
#: Federation)", "by 11 votes to 1 (Russian Federation)") or in a list ("Against: China").
_AGAINST_NAMES = compile_cached(r"\s*\(([^()]{1,300})\)")
_AGAINST_LIST = compile_cached(r"\bAgainst\s*:\s*([^.;]{1,300})")
#: The permanent members of the Security Council, as voting records name them (the Soviet
#: Union held the Russian Federation's seat until 1991).
_PERMANENT_MEMBER = compile_cached(
    r"\b(?:China|France|Russian\s+Federation|Union\s+of\s+Soviet\s+Socialist\s+Republics"
    r"|USSR|Soviet\s+Union|United\s+Kingdom|United\s+States)\b"
)
#: Affirmative votes a Security Council decision needs (Article 27 of the Charter): a
#: draft that had them and still failed was vetoed by a permanent member.
_VOTES_NEEDED = 9


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command).
class _Count(NamedTuple):
    """A vote count: votes in favour, votes against, and whether a permanent member is
    among those named against (``None`` when the record names nobody)."""

    favour: int
    against: int
    permanent_against: bool | None


def _vote_count(text: str) -> _Count | None:
    """The first vote count of a voting record, with the States it names against."""
    count = _VOTE_COUNT.search(text)
    if count is None:
        return None
    favour = count.group("a") or count.group("c") or count.group("e") or "0"
    against = count.group("b") or count.group("d") or count.group("f")
    # After "13-2-0" a bracket may name any of the three groups: only a count that ends
    # with the votes against ("1 against", "to 1") is followed by their names.
    names = (None if count.group("a") else _AGAINST_NAMES.match(text, count.end())) or (
        _AGAINST_LIST.search(text)
    )
    return _Count(
        favour=int(favour),
        against=0 if against in (None, "none") else int(against),
        permanent_against=bool(_PERMANENT_MEMBER.search(names.group(1))) if names else None,
    )


def vote_status(text: str, *, security_council: bool = False) -> DocumentStatus | None:
    """The status a voting record gives: ``"adopted"``, ``"vetoed"``, ``"not-adopted"``,
    or ``None`` when ``text`` records no vote outcome.

    A failed vote is a veto when it says so ("vetoed", "the negative vote of a permanent
    member") or when the count shows it (Article 27 (3) of the Charter): nine votes or
    more in favour, and a permanent member against — named so, or, when the record names
    nobody, deduced, since only such a vote defeats nine. With fewer than nine votes in
    favour the draft failed for want of votes, whoever voted against it.

    A count without a stated outcome ("11 in favour, 1 against (Russian Federation), 3
    abstentions") gives one only for the Security Council (``security_council``), whose
    rule the count then decides; elsewhere it is ``None``.

    >>> vote_status("Not adopted: 13 in favour, 2 against, 0 abstentions")
    'vetoed'
    >>> vote_status("Not adopted: 11 in favour, 1 against (Mozambique), 3 abstentions")
    'not-adopted'
    """
    text = normalize_space(text)
    lowered = text.lower()
    failed = bool(
        _FAILED.match(text)
        or re.search(r"\bnot\s+adopted\b|\bfailed\b|\brejected\b|\bveto", lowered)
    )
    count = _vote_count(text)
    if not failed:
        # "Adapted unanimously at the 2312th meeting.": a scan's "Adopted" (S/RES/494
        # (1981)); "adapted" alone is a word of a text.
        if re.search(r"\badopted\b|\badapted\s+unanimously\b", lowered):
            return "adopted"
        if not security_council or count is None:
            return None
        if count.favour < _VOTES_NEEDED:
            return "not-adopted"
        if count.against == 0 or count.permanent_against is False:
            return "adopted"
        return "vetoed" if count.permanent_against else None
    if _VETO.search(text):
        return "vetoed"
    if count is not None and count.favour >= _VOTES_NEEDED and count.against > 0:
        return "not-adopted" if count.permanent_against is False else "vetoed"
    return "not-adopted"
