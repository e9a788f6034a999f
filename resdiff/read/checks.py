""" "No word lost": check that a parse accounts for every word of its input.

The check compares the multiset of letters and digits (``str.isalnum``, case-sensitive)
of the input with that of everything the draft holds (:meth:`Draft.texts`). Joining
wrapped lines, undoing line-break hyphenation and removing Markdown markup change only
spaces and punctuation, so a faithful parse gives equal multisets; a dropped or invented
word does not.

It also words the refusal of a draft over the paragraph limit (:func:`too_many_paragraphs`),
which every reader raises alike.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..compiled import compile_cached
from ..errors import ResolutionParseError
from ..model import Draft
from .common import clean

_WORD = compile_cached(r"[^\W\d_]+|\d+")
#: A hyphen between two word characters, also across a line break ("submit-\nted"); the
#: Unicode hyphen and the non-breaking one (U+2010, U+2011) are hyphens too, which a PDF
#: may keep as printed ("inter\u2011communal").
_INNER_HYPHEN = compile_cached(r"(?<=\w)[-\u2010\u2011]\s*\n\s*(?=\w)|(?<=\w)[-\u2010\u2011](?=\w)")


def _alnum(text: str) -> Counter[str]:
    return Counter(c for c in text if c.isalnum())


def _output(draft: Draft) -> str:
    return "\n".join(draft.texts())


def accounted(source_text: str, draft: Draft) -> bool:
    """True when the draft holds exactly the letters and digits of its source.

    The source is folded with :func:`~resdiff.read.common.clean` first, as the readers
    do (a "ﬁ" ligature is two letters once read).
    """
    return _alnum(clean(source_text)) == _alnum(_output(draft))


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(_INNER_HYPHEN.sub("", text)))


def lost_words(source_text: str, draft: Draft) -> list[str]:
    """Words of the source that the draft does not hold, for diagnostics.

    Hyphenated words are compared without their hyphens on both sides, so that
    "submit-\\nted" matches "submitted" and "Secretary-\\nGeneral" matches
    "Secretary-General". Empty when nothing is lost.
    """
    missing = _words(clean(source_text)) - _words(_output(draft))
    return sorted(missing.elements())


def too_many_paragraphs(
    count: int | None, limit: int, path: str | None, *, line: int | None = None
) -> ResolutionParseError:
    """The error for a draft over the paragraph limit: how many clauses it holds (or,
    when a reader stopped at the limit, the line it stopped at), the limit, how to raise
    it."""
    held = (
        f"holds {count:,} paragraphs and sub-paragraphs, more than the limit of {limit:,}"
        if count is not None
        else f"holds more than the limit of {limit:,} paragraphs and sub-paragraphs, "
        "passed at this line"
    )
    return ResolutionParseError(
        f"the draft {held} (raise it: --max-paragraphs on the command line, "
        "limits=Limits(max_paragraphs=...) in Python)",
        path=path,
        line=line,
    )


def refuse_past(
    pattern: re.Pattern[str], bound: int, text: str, limit: int, path: str | None
) -> None:
    """Refuse ``text``, in one scan, when ``pattern`` matches it more than ``bound`` times
    (a count far past what ``limit`` paragraphs could hold), naming the line the scan
    passed the bound at: a reader that builds the whole draft before counting spent
    seconds and hundreds of MB on an input it would refuse."""
    # The match past the bound, if any, taken without a Python step for each match (the
    # scan runs over every line of every text read).
    found = next(itertools.islice(pattern.finditer(text), bound, None), None)
    if found is not None:
        raise too_many_paragraphs(None, limit, path, line=text.count("\n", 0, found.start()) + 1)


__all__ = ["accounted", "lost_words", "refuse_past", "too_many_paragraphs"]
