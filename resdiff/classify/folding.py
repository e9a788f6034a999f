"""What two texts must share to count as the same words (:func:`same_words`): spelling,
case, spacing, dashes, punctuation, footnote marks and a scan's proven OCR slips folded;
and what two verbs, leads or censures must share to count as the same word
(:func:`bare_word`): their continuers and possessives left out; and which leads ask or
censure nothing (:func:`declaratory_word`)."""

from __future__ import annotations

import re

from ..align import normalise
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..lexicon.quantity_entries import MONTH_NAMES
from ..read.common import CALL_FOLLOWERS

#: The month names, the lexicon's, as one alternation (as the prints name them in a date).
_MONTHS = "|".join(MONTH_NAMES)

#: A footnote mark at the end of a paragraph: after its last punctuation, one to three
#: digits (a scanned print's "Cyprus, 294", a copied PDF's "2375 (2017),1"); not the end
#: of a number ("1,500", "2.5") nor what follows a colon ("shall be: 500").
_FINAL_MARK = compile_cached(r"(?:(?<=[,;.])\s|(?<=[^\d\s][,;.]))\d{1,3}$")
#: A footnote mark printed right after a date's year, inside a paragraph ("the report of
#: 19 March 1978, 147 approved by"; dozens in the scanned corpus): a number there is a
#: mark only before punctuation, the end or a word that goes on with the sentence; "in
#: 2021 300 additional troops" and "749 (1992)" are not marks.
#: A scan also glues the mark to the year's comma or prints it as a star ("of 19 March
#: 1978,8 approved by", "1978,* approved by": S/RES/594 and 609 of UNIFIL).
_MARK_AFTER_YEAR = compile_cached(
    r"(?<![\d/])((?:19|20)\d\d,?)(?: \d{1,3}|(?<=,)\d{1,3}| ?\*)"
    rf"(?=\s*[;,]|\s*$|\s+(?:{'|'.join(sorted(CALL_FOLLOWERS))})\b)"
)
#: A footnote mark glued to a date's year, the scan having lost the space: "at Jakarta on
#: 10 September 19906 and" (S/RES/668 (1990)), "on 1 April 198259 calling" (502 (1982)).
#: A month's year has four figures, so one to three more after a month name are a mark,
#: whatever follows; a year without its month ("of 19493") is left, a figure of five
#: digits being text ("of 19493 persons").
_MARK_GLUED_TO_YEAR = compile_cached(rf"((?:{_MONTHS})\s+(?:19|20)\d\d)\d{{1,3}}(?![\w/])")
#: A footnote call of the 1990s prints, a figure and a slash after a space ("the Geneva
#: Conventions of 12 August 1949, 1/ and", "1978, 3/approved by"): never a word of the
#: text. Not a symbol's part ("S/25/Add.1", after a slash), a fraction ("1/2", a figure
#: after) nor a decision's number ("decision 1/CP.16", a capital after).
_FOOTNOTE_CALL = compile_cached(r"\s\d{1,2}/(?=[a-z]|\s|$)")
#: The footnote's own text, which a scan may run into the paragraph it ends: after the
#: paragraph's last point, a call and what follows it ("seized of the matter. 1/ Treaty
#: Series, vol. 7."). No paragraph goes on after its last point with a call.
_FOOTNOTE_TEXT = compile_cached(r"([.;])\s+\d{1,2}/.*", re.DOTALL)
#: A footnote mark glued to a closing bracket or quote inside a paragraph, as a copy from a
#: PDF prints it: "the Treaty on the Non-Proliferation of Nuclear Weapons (the Treaty)1
#: and its declared pursuit" (S/RES/1695 (2006)). No word of the text ends a bracket with
#: a figure glued to it.
_MARK_AFTER_BRACKET = compile_cached(r"(?<=[)\]”’\"])\d{1,3}(?=[\s,;.:]|$)")
#: Characters at the end of a text :data:`_FINAL_MARK` looks at.
_MARK_TAIL = 8


def same_words(lexicon: Lexicon, text: str) -> str:
    """What two texts must share to count as the same words: spelling, case, spacing,
    dashes and punctuation folded. A compound written open, hyphenated or closed ("peace
    building", "peace-building", "peacebuilding") is one spelling of the same word. A
    footnote mark after the paragraph's last punctuation ("... in Cyprus, 294"), after
    a date's year inside it ("of 19 March 1978, 147 approved by", "1978,* approved"),
    glued to a month's year ("10 September 19906 and"), glued to a closing bracket
    ("(the Treaty)1 and") or printed as a call ("1949, 1/ and"), and a footnote's text
    run in after the last point, are no words of it: the next text of a series cites
    the same report under another note number, and the paragraph is kept word for word
    (the red line shows it as printed). An OCR slip that its neighbours prove ("ail
    States": :meth:`~resdiff.lexicon.Lexicon.ocr_fold`) is the word the print meant."""
    # A scanned print's slips ("ail States", "humanitarian Jaw": ocr.toml) are the words
    # the print meant.
    text = lexicon.ocr_fold(text)
    tail = text[-_MARK_TAIL:]
    if tail[-1:].isdigit():
        text = text[: len(text) - len(tail)] + _FINAL_MARK.sub("", tail)
    text = _MARK_AFTER_YEAR.sub(r"\1", text)
    text = _MARK_GLUED_TO_YEAR.sub(r"\1", text)
    text = _MARK_AFTER_BRACKET.sub("", text)
    if "/" in text:
        # Each pattern opens with what it consumes, not a look-behind (tried at every
        # character of a long text); what it consumes is given back as a space or as
        # the point.
        text = _FOOTNOTE_CALL.sub(" ", _FOOTNOTE_TEXT.sub(r"\1", text))
    return normalise(lexicon.fold(text.replace("\u00ad", ""))).replace(" ", "")


#: Words that only tie a lead to what it governs ("expressing once again its grave
#: concern"): no part of the lead's rank.
_POSSESSIVES = frozenset({"its", "their"})


def continuers(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The lexicon's continuers ("further", "once again", "in this regard": modifiers.toml,
    kind "continuer"), each as its folded words, longest first: words that go on with a
    lead and never change its tier (domain.md §2)."""
    found = {
        tuple(lexicon.fold(name).split())
        for name, entry in lexicon.modifiers.items()
        if entry.kind == "continuer"
    }
    return tuple(sorted(found, key=len, reverse=True))


def bare_word(lexicon: Lexicon, going_on: tuple[tuple[str, ...], ...], word: str) -> str:
    """A verb, lead or censure as it ranks: folded, its punctuation, continuers
    (``going_on``, from :func:`continuers`) and possessives left out. "Expressing once
    again its grave concern" and "expressing grave concern" are one word; "further
    recalls" and "recalls" too."""
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in lexicon.fold(word)).split()
    out: list[str] = []
    k = 0
    while k < len(words):
        skip = next((len(c) for c in going_on if tuple(words[k : k + len(c)]) == c), 0)
        if skip:
            k += skip
            continue
        if words[k] not in _POSSESSIVES:
            out.append(words[k])
        k += 1
    return " ".join(out)


def declaratory_word(
    lexicon: Lexicon, going_on: tuple[tuple[str, ...], ...], word: str
) -> str | None:
    """A lead that asks and censures nothing (an operative verb or a recital's lead of tier
    1 or none on axis A and none on axis B: "recalls", "reaffirming", "notes"), as
    :func:`bare_word` folds it; ``None`` for a lead that asks or censures ("encourages",
    "calling upon", "noting with concern") or that the lexicon does not know."""
    found = lexicon.match_operative(word) or lexicon.match_preamble(word)
    if found is None or (found.axis_a or 1) > 1 or found.axis_b:
        return None
    return bare_word(lexicon, going_on, word)
