"""What makes a source: the rule by which a paragraph of an earlier text that the aligner
paired with a paragraph of a later one is where that paragraph came from (the
provenance's credits, :mod:`resdiff.provenance`) or a paragraph written back after a gap
(the history's, :mod:`resdiff.history`). One rule for both, measured over the corpus in
benchmarks/README (user24: the share kept; user25: a recital whose list of resolutions
moved on)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .compiled import compile_cached

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .model import ChangeKind

__all__ = [
    "RUN",
    "SOURCE_SHARE",
    "covered",
    "normal_words",
    "runs",
    "same_citations",
    "shares_language",
]

#: Least number of consecutive shared words that count as taken from a source paragraph.
RUN = 4
#: Least share of the final paragraph's words another source must add to be a part...
PART_SHARE = 0.15
#: ... and least number of words: four-word formulas recur across unrelated paragraphs.
PART_WORDS = 6
#: Least share of a final paragraph's words its partner must keep, in order, to be its
#: source, unless the partner holds as many of its words in runs of :data:`RUN` as a
#: part must (:func:`shares_language`).
SOURCE_SHARE = 0.2


_WORD = compile_cached(r"\w+", re.UNICODE)
#: A resolution cited by its number and year, "2618 (2022)".
CITED = compile_cached(r"\b(\d{1,4})\s*\((?:19|20)\d\d\)")


def normal_words(text: str) -> list[str]:
    """A paragraph's words as the aligner's ``normalise()`` reads them: lower-case \\w+
    runs."""
    return _WORD.findall(text.lower())


def runs(words: list[str]) -> set[tuple[str, ...]]:
    """Every run of :data:`RUN` consecutive words of ``words``."""
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def shares_language(
    source_text: str,
    final_text: str,
    kept: float | None = None,
    kind: ChangeKind | None = None,
    lexicon: Lexicon | None = None,
) -> bool:
    """Whether a source paragraph the aligner paired with a final paragraph is its source
    (the rule of a credit, measured over the corpus in benchmarks/README, user24). It is
    where it keeps at least :data:`SOURCE_SHARE` of the words in order (``kept``, the
    share a word redline keeps), or as much with each resolution cited and each date read
    as one word ("Recalling its resolution 654 (1990) of 4 May 1990" → "… 719 (1991) of 6
    November 1991"), or holds as many of the final words in runs of :data:`RUN` as a part
    of a merge must (``max(6, 15 %)``, at most all of them: the words reordered, "Observing
    that the military action by the armed forces of Israel on the territory of Jordan was
    of a large-scale and carefully planned nature", 9% kept in order), or where the
    comparison reads the one revised into the other (softened, strengthened or mixed:
    "Acting under Chapter VII …" → "Acting under its special responsibility …"). Below
    all of these the two share a slot and no language: "Recognizing that the extensive
    arms build-up …" (282 (1970) PP8) is no source of "Recognizing that South Africa's
    intensified efforts to build up its capacity …" (558 (1984) PP4, 6% kept, reworded).
    ``kept`` is measured here when not given; without ``kind`` no revision is read (the
    history's paragraph written back after a gap, where the aligner's "mixed" pairs two
    provisions that share a lead: ONUMOZ 782 (1992) OP1 "Approves the appointment … of
    an interim Special Representative", 850 (1993) OP9 "Approves the recommendation …
    that ONUMOZ should chair the Joint Commission"). A recital of resolutions whose list
    moved on is its source too (:func:`same_citations`, read by ``lexicon``'s restating
    verbs, the default lexicon's when ``None``)."""
    from .quantities.renewals import dates_aside
    from .redline import redline, similarity

    if kept is None:
        kept = similarity(redline(source_text, final_text))
    if kept >= SOURCE_SHARE or kind in ("softened", "strengthened", "mixed"):
        return True
    if same_citations(source_text, final_text, lexicon):
        return True
    final_words = normal_words(final_text)
    bar = min(len(final_words), max(PART_WORDS, math.ceil(PART_SHARE * len(final_words))))
    if len(covered(final_words, runs(normal_words(source_text)))) >= bar:
        return True

    def aside(text: str) -> str:
        return CITED.sub("§", dates_aside(text))

    return similarity(redline(aside(source_text), aside(final_text))) >= SOURCE_SHARE


#: A paragraph's lead word, as printed ("Reaffirms", "Recalling").
_LEAD_WORD = compile_cached(r"\s*([^\W\d_]+)")
#: A resolution cited by number and year, the year kept: "186 (1964)".
_CITATION = compile_cached(r"\b(\d{1,4})\s*\(((?:19|20)\d\d)\)")


def _restating_stem(text: str, lexicon: Lexicon) -> str | None:
    """The restating verb a paragraph opens with, as its lemma: "recall" for "Recalling"
    or "Recalls", "reiterate" for "Reiterating" (the lexicon's verbs marked ``restates``),
    else ``None``."""
    lead = _LEAD_WORD.match(text)
    if lead is None:
        return None
    word = lead.group(1).lower()
    for lemma, entry in lexicon.verbs.items():
        if entry.restates and word.startswith(lemma.removesuffix("e")):
            return lemma
    return None


def same_citations(source_text: str, final_text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether two paragraphs are one recital of resolutions whose list moved on: both
    open with the same restating verb (``restates`` in the lexicon: "Recalling its
    resolutions …", "Reaffirms its resolutions …") and the resolutions one cites are all
    among those the other cites (by number and year; one at least). "Reaffirms its
    resolutions 186 (1964) of 4 March, 187 (1964) …" and "Reaffirms its resolution 186
    (1964) of 4 March 1964 and its subsequent resolutions" (UNFICYP, 238 → 244 (1967));
    "Recalling resolution 2378 (2017) and its request …" and "Recalling peacekeeping
    performance requirements under resolutions 2378 (2017) and 2436 (2018)". Two
    recitals citing different resolutions ("Recalling resolution 236 (1967) …" and
    "Recalling its previous resolution 248 (1968) …") share no list."""
    if lexicon is None:
        from .lexicon import Lexicon

        lexicon = Lexicon.default()
    stem = _restating_stem(source_text, lexicon)
    if stem is None or stem != _restating_stem(final_text, lexicon):
        return False
    old = {(m.group(1), m.group(2)) for m in _CITATION.finditer(source_text)}
    new = {(m.group(1), m.group(2)) for m in _CITATION.finditer(final_text)}
    return bool(old and new) and (old <= new or new <= old)


def covered(final_words: list[str], held: set[tuple[str, ...]]) -> set[int]:
    """Positions of the final words that sit in a run the source paragraph also has."""
    out: set[int] = set()
    for i in range(len(final_words) - RUN + 1):
        if tuple(final_words[i : i + RUN]) in held:
            out.update(range(i, i + RUN))
    return out
