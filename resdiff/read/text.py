"""Plain-text and Markdown reader: text copied from a UN PDF or Word file, or Markdown.

The reader is a small pipeline, one function a step:

1. :func:`_read_lines` cleans the text line by line (typographic folding, Markdown markup)
   and keeps every line's number;
2. :func:`_take_furniture` removes page furniture (job numbers, barcodes, page numbers,
   running headers) into ``Draft.furniture``;
3. :func:`_split_masthead` finds the masthead and the enacting formula (or, for a
   presidential statement, :func:`_take_chapeau` its chapeau), and :func:`_read_masthead`
   recognises symbol, organ, kind, status, sponsors, date and adoption in it;
4. :func:`_split_tail` cuts the body from annexes, the closing (voting) lines and the
   footnotes;
5. :func:`_units` cuts the body into labelled and unlabelled units (paragraphs,
   sub-paragraphs, headings, and the footnotes printed at the foot of a page, each shown
   to be one by :func:`_is_footnote`), and :class:`_Builder` numbers them and builds the
   :class:`~resdiff.model.Clause` trees.

Nothing is dropped: every line ends up in the masthead, a clause, a heading, an annex, a
footnote, the closing or the furniture (see :mod:`resdiff.read.checks`).

Quotation marks and dashes are kept as printed (:func:`clean_for_display`); the
comparison folds them. The language of the paragraphs is told from their words
(:mod:`resdiff.read.language`), and the status from the masthead and the voting line
(:func:`vote_status`).
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, wraps
from importlib import resources
from typing import Concatenate, ParamSpec, TypeVar

from ..errors import ResolutionParseError
from ..model import (
    MAX_CLAUSE_DEPTH,
    Annex,
    Clause,
    DocumentKind,
    DocumentStatus,
    Draft,
    Footnote,
    FurnitureKind,
    Heading,
    ParseWarning,
    RemovedText,
    Section,
    Span,
)
from .common import child_ref, is_roman, normalize_space
from .language import detect_language

# --------------------------------------------------------------------------- patterns

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: The months of the French and Spanish texts (read, though not analysed), with and
#: without accents, and their numbers; the English ones are numbered by :data:`_MONTHS`.
_OTHER_MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish ("setiembre" is how some countries spell September)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
#: Month number by lower-case name, in every language read.
_MONTH_NUMBERS: dict[str, int] = {
    **{name.lower(): k for k, name in enumerate(_MONTHS.split("|"), start=1)},
    **_OTHER_MONTHS,
}
#: A date's day, month and year: "15 July 2006", "9 décembre 2022", "1er mars 2021",
#: "9 de diciembre de 2022". English months are capitalised as printed; the others are
#: lower case in running text and may be capitalised in a heading.
_DATE_PARTS = (
    rf"(\d{{1,2}})(?:er)?\s+(?:de\s+)?({_MONTHS}|(?i:{'|'.join(sorted(_OTHER_MONTHS))}))"
    rf"\s+(?:de\s+)?(\d{{4}})"
)
#: A date as printed in UN documents.
_DATE = re.compile(rf"\b{_DATE_PARTS}\b")

# Page furniture. A line is furniture when every column of it (columns are separated by
# two or more spaces) is one of these.
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*$")
_BARCODE = re.compile(r"^\*\d{6,}\*$")
#: The date stamp printed in its own column beside a job number: "06-43109 (E)    150706".
_DATE_STAMP = re.compile(r"^\d{6}$")
_PAGE_OF = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
#: A document symbol standing alone (running page header): "S/2021/309", "S/RES/1695 (2006)".
_SYMBOL_ALONE = re.compile(r"^(?:[SAE]/[A-Za-z0-9.]+(?:/[A-Za-z0-9.\-]+)*)(?:\s*\(\d{4}\))?$")
_COLUMNS = re.compile(r"\s{2,}")

# Masthead.
_S_RES = re.compile(r"\bS/RES/(\d+)\s*\((\d{4})\)")
_A_RES = re.compile(r"\bA/RES/(\d+/\d+[A-Z]?)")
_DRAFT_SYMBOL = re.compile(
    r"\b(?:S/\d{4}/\d+(?:/Rev\.\d+)?|S/\d{3,5}(?:/Rev\.\d+)?"
    r"|A/(?:C\.\d/|ES-\d+/)?\d+/L\.\d+(?:/Rev\.\d+)?(?:/Add\.\d+)?)"
)
_ORGAN_NAMES = ("Security Council", "General Assembly", "Economic and Social Council")
_ORGAN = re.compile(r"^(Security Council|General Assembly|Economic and Social Council)$")
_DISTR = re.compile(r"^Distr\.?\s*:?\s*(?:General|Limited|Restricted)\b", re.IGNORECASE)
_ORIGINAL = re.compile(r"^Original\s*:", re.IGNORECASE)
# The names end on a non-space: ".+?\s*:" tried every split of a run of spaces (quadratic).
_SPONSORS = re.compile(r"^(?P<names>.*?\S)\s*:\s*(?:revised\s+)?draft\s+resolution\b", re.I)
_DRAFT_RESOLUTION = re.compile(r":\s*(?:revised\s+)?draft\s+resolution\b", re.IGNORECASE)
#: A masthead line that says the text is a draft: "Draft resolution", "[Revised draft
#: resolution]".
_DRAFT_ONLY = re.compile(r"^\[?(?:Revised\s+)?draft\s+resolution\]?$", re.IGNORECASE)


def _draft_resolution_end(texts: list[str], i: int) -> int | None:
    """Index of the line that ends ": draft resolution" when it starts on line ``i``: the
    phrase may wrap after the colon or between "draft" and "resolution"."""
    if _DRAFT_RESOLUTION.search(texts[i]):
        return i
    if i + 1 < len(texts) and texts[i].rstrip().endswith((":", "draft", "Draft")):
        joined = texts[i].rstrip() + " " + texts[i + 1].lstrip()
        if _DRAFT_RESOLUTION.search(joined) and not _DRAFT_RESOLUTION.search(texts[i + 1]):
            return i + 1
    return None


_RESOLUTION_N = re.compile(
    rf"^RESOLUTION\s+(\d+)(?:\s*\((\d{{4}})\))?(?:\s+of\s+\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})?$",
    re.IGNORECASE,
)
_RESOLUTION_GA = re.compile(r"^RESOLUTION\s+(\d+/\d+[A-Z]?)\b", re.IGNORECASE)
#: Old printed volumes: "100 (1953). Resolution of 27 October 1953".
_OLD_HEADER = re.compile(rf"^(\d+)\s*\((\d{{4}})\)\.?\s*Resolution of\s+\d{{1,2}}\s+(?:{_MONTHS})")
_BRACKET_SYMBOL = re.compile(r"^\[\s*([SA]/[^\]\s,;]+)[^\]]*\]$")
_ADOPTED_BY = re.compile(r"^Adopted by the ([A-Z][A-Za-z ]+?) (?:at its|on|without)\b")
_DATE_LINE = re.compile(rf"^(?:of|on|dated|le|du|el)?\s*{_DATE_PARTS}\.?$")
#: The end of an adoption line wrapped inside its date ("..., on 15 July" + "2006"): the
#: next line holds the rest of the date, or the whole of it.
_DATE_REST = re.compile(
    rf"^(?:(?:of|on|dated)\s+)?(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS})\s+)?\d{{4}}\.?$"
)
_MASTHEAD_MISC = re.compile(
    r"^(?:United Nations|Original\s*:.*|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"(?:Provisional\s+)?agenda\s+item.*|Agenda items?\s+[\d ,and]+|Item\s+\d+.*|"
    r"\[?Draft resolution\]?|Resolution adopted by the .*|Distr\..*)$",
    re.IGNORECASE,
)
#: The enacting formula, alone on its line or opening it ("The Security Council, Having..."),
#: in English or in the French and Spanish texts (read, though not analysed).
_FORMULA = re.compile(
    r"^(?:Therefore\s+)?(?:The\s+(Security Council|General Assembly|Economic and Social Council)"
    r"|Le\s+Conseil\s+de\s+sécurité|L['’]Assemblée\s+générale|El\s+Consejo\s+de\s+Seguridad"
    r"|La\s+Asamblea\s+General)\s*[,.:]?"
)
#: The organ an enacting formula in another language names.
_FORMULA_ORGANS = (
    ("Conseil de sécurité", "Security Council"),
    ("Consejo de Seguridad", "Security Council"),
    ("Assemblée générale", "General Assembly"),
    ("Asamblea General", "General Assembly"),
)

# Presidential statements.
_PRST = re.compile(r"\bS/PRST/(\d{4})/(\d{1,4})\b")
#: The title line of a presidential statement, or of its draft.
_STATEMENT_TITLE = re.compile(
    r"^(?:(?P<draft>Draft)\s+)?(?:presidential\s+statement|statement\s+by\s+the\s+President\s+"
    r"of\s+the\s+Security\s+Council)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
#: The chapeau of a presidential statement opens "At its 5546th meeting, held on ...";
#: it is one only if it also says the President "made the following statement".
_CHAPEAU_OPENING = re.compile(r"^At\s+(?:its|the)\s+\d{1,5}(?:st|nd|rd|th)?\s+meeting\b")
_CHAPEAU_WORDS = "following statement"
#: Longest chapeau, in words: the item's title may be long, a paragraph is longer.
_CHAPEAU_MAX_WORDS = 150

# Status.
#: A record that a draft failed, opening a line: "Not adopted", "Vetoed", "Failed of
#: adoption", "The draft resolution was not adopted ...". The capital is required (a
#: wrapped line of a paragraph may start with "rejected"), and a bare word must stand
#: alone or before the vote ("Not adopted: 13-2-0", "Vetoed by ...").
_FAILED = re.compile(
    r"^(?:\d{1,3}\s+)?(?:(?:Not\s+adopted|NOT\s+ADOPTED|Vetoed|VETOED|Rejected|Failed\s+of\s+adoption)"
    r"(?=$|\s*[.,:;(]|\s+(?:by|at|on|owing|in|\d))"
    r"|The\s+draft\s+(?:resolution\s+)?(?:was\s+not\s+adopted|failed|was\s+vetoed|was\s+rejected)\b)"
)
#: What makes a failed vote a veto: the word, the Charter's phrase, or (below) the count.
_VETO = re.compile(r"\bveto(?:ed|es)?\b|\bnegative\s+votes?\s+of\s+a\s+permanent\s+member", re.I)
#: A vote count: "13-2-0", "13 in favour, 2 against", "by 13 votes to 2".
_VOTE_COUNT = re.compile(
    r"\b(?P<a>\d{1,2})\s*[-–]\s*(?P<b>\d{1,2})\s*[-–]\s*\d{1,2}\b"
    r"|\b(?P<c>\d{1,2})\s+(?:votes\s+)?in\s+favour\b[^.;]{0,60}?\b(?P<d>\d{1,2}|none)\s+against\b"
    r"|\bby\s+(?P<e>\d{1,2})\s+votes?\s+to\s+(?P<f>\d{1,2}|none)\b",
    re.IGNORECASE,
)
#: The States named as voting against, right after the count ("1 against (Russian
#: Federation)", "by 11 votes to 1 (Russian Federation)") or in a list ("Against: China").
_AGAINST_NAMES = re.compile(r"\s*\(([^()]{1,300})\)")
_AGAINST_LIST = re.compile(r"\bAgainst\s*:\s*([^.;]{1,300})")
#: The permanent members of the Security Council, as voting records name them (the Soviet
#: Union held the Russian Federation's seat until 1991).
_PERMANENT_MEMBER = re.compile(
    r"\b(?:China|France|Russian\s+Federation|Union\s+of\s+Soviet\s+Socialist\s+Republics"
    r"|USSR|Soviet\s+Union|United\s+Kingdom|United\s+States)\b"
)
#: Affirmative votes a Security Council decision needs (Article 27 of the Charter): a
#: draft that had them and still failed was vetoed by a permanent member.
_VOTES_NEEDED = 9
#: Most closing lines one voting record runs over ("Vote: ..." / "Not adopted."); more
#: are read as closing lines but not as the record, so a long closing costs no more.
_RECORD_LINES = 4
#: A voting line that opens the closing without saying "Adopted" or "Not adopted" first:
#: "Vote: 11 in favour, ...", "11 in favour, 1 against, 3 abstentions", "The draft
#: resolution received 11 votes in favour ...", "In favour: Albania, ...". It opens the
#: closing only after a sentence that ended (:func:`_closing_at`): a recital may recount a
#: vote on a wrapped line of its own.
_VOTE_LINE = re.compile(
    r"^(?:(?:Recorded\s+)?Votes?|Voting|Result\s+of\s+the\s+vote)\s*:"
    r"|^\d{1,2}\s+(?:votes\s+)?in\s+favour\b"
    r"|^The\s+draft(?:\s+resolution)?\s+(?:received|obtained)\s+\d{1,2}\s+votes?\b"
    r"|^In\s+favour\s*:"
)

# Tail of the text.
_ADOPTED = re.compile(r"^(?:\d{1,3}\s+)?Adopted\b(?! by the \w+ \w+ at its)")


def _closing_starts(text: str) -> bool:
    """Whether a line opens the closing: a voting line, adopted or failed."""
    return bool(_ADOPTED.match(text) or _FAILED.match(text))


@dataclass(frozen=True)
class _Count:
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
        if re.search(r"\badopted\b", lowered):
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


_ANNEX = re.compile(
    r"^(?:ANNEX(?:ES)?|Annex(?:es)?)(?:\s+(?:[IVXLC]+|[A-Z]|\d+))?"
    r"(?:\s+to\s+(?:the\s+)?(?:present\s+|this\s+)?resolution(?:\s+[\d/]+(?:\s*\(\d{4}\))?)?)?"
    # "Annex A – Items subject to a no-objection process"
    r"(?:\s+[–—-]\s+[^.;,]{1,100})?$"
)
#: A footnote line: a mark (digits or asterisks) then the note, perhaps glued ("6Ibid.").
_FOOTNOTE = re.compile(
    r"^(?P<mark>\d{1,3}/?|\*{1,3}|[†‡])(?:\s+(?=[A-Za-z\"'‘“(\[])|(?=[A-Z][a-z]))(?P<text>.*)$"
)
#: A footnote mark cited in the text: glued to the word, bracket or punctuation it follows
#: ("Charter1", "(2006),1"; not "Add.1" or "Rev.1"), set after punctuation and a space
#: as old prints have it ("Mauritania, 16 in his", "Namibia, 17"), or with a slash ("of
#: 4 March 1994 1/ on"). Never at the start of a line, where a note prints its own mark.
_CITED_MARK = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_)][,;:])|(?<=\)\.)|(?<=[)\]\"'”’]))(\d{1,3})(?![\w/])"
    r"|(?<=[,;:])\s(\d{1,3})(?=\s+[a-z]|$)"
    r"|(?<=\s)(\d{1,3})/(?=[\s,.;:]|$)"
)
#: What follows a number that goes on with a sentence rather than opening a note: a month
#: ("5 July 2006;"), a bracket ("687 (1991) and", "35 (f)"), punctuation ("1, 2 and 3"),
#: or a word in lower case ("22 of its resolution", "11 months") other than the
#: abbreviations a note opens with ("ibid.", "see").
_RUNS_ON = re.compile(
    rf"^(?:(?:{_MONTHS})\b|(?i:{'|'.join(sorted(_OTHER_MONTHS))})\b|[(,–-]"
    r"|(?!(?:ibid|idem|see|cf)\b)[a-z])"
)
#: A number opening a line, then what follows it (for :data:`_RUNS_ON`).
_LEADING_NUMBER = re.compile(r"^\d{1,4}(?:[,.]\d{3})*(?!\w)\s*")
#: Lines below a footnote looked through for the page break that puts it at the foot of a
#: page (other notes may stand between): a page holds fewer.
_FOOT_LOOKAHEAD = 60

# Body.
#: An operative paragraph number: "5." (and the OCR slip "5,") at the start of a line.
#: Numbers of more than :data:`_SHORT_OP_DIGITS` digits count only where the sequence
#: expects them (a compilation's paragraph 1000 follows 999; a line opening "2006." does
#: not open a paragraph); nine digits bound what ``int`` is asked to read.
_OP_LABEL = re.compile(r"^(?P<num>\d{1,9})(?P<sep>[.,])(?:\s+(?P<rest>\S.*))?$")
_MD_OP_LABEL = re.compile(r"^(?P<num>\d{1,9})[.)]\s+(?P<rest>\S.*)$")
_SHORT_OP_DIGITS = 3
_PAREN_LABEL = re.compile(
    r"^(?P<label>\((?P<key>[a-z]{1,4}|[A-Z]|\d{1,2})[)}])\s*(?P<rest>[^\s,;:.)].*)?$"
)
_DOT_LABEL = re.compile(r"^(?P<label>(?P<key>[a-z]|[ivx]{1,4})\.)\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(?P<label>[–—•·▪‣◦*+-])\s+(?P<rest>\S.*)$")
#: Words that open a preambular paragraph: participles, adjectives, "Deeply concerned".
_PP_OPENER = re.compile(
    r"^(?:(?:[A-Z][a-z]+ly|Further|Also|Again|Once again)\s+[a-z]+"
    r"|(?!United\b|Beijing\b|Kingdom\b|Red\b)[A-Z][a-z]+(?:ing|ed)\b"
    r"|(?:Mindful|Aware|Conscious|Convinced|Desirous|Cognizant|Anxious|Bearing|Keen|"
    r"Grateful|Seized|Resolved|Guided|Taking|Noting|Recognizing|Recognising)\b)"
)
#: A trailing footnote mark after the final punctuation: "Sudan, 14", "S/10364, 46".
_TRAILING_MARKS = re.compile(r"(?:(?:\s+|(?<=[,;:.]))(?:\d{1,3}/?s?|\*{1,3}|['’‘°]+\d{0,3}))+$")
#: Characters at the end of a paragraph :data:`_TRAILING_MARKS` looks at.
_MARKS_TAIL = 40
# "(?<!\s)": a run of spaces is tried from its first space only, not from each of them
# (which made a long run quadratic); the matches are the same, a match starting there.
_SPACE_BEFORE_PUNCT = re.compile(r"(?<!\s)\s+([;:,])(?=\s|$)")
_SPACE_BEFORE_FINAL_STOP = re.compile(r"(?<!\s)\s+\.$")
#: A line ending with an abbreviation ("Mr.", "No."): its full stop ends no paragraph.
_ABBREVIATION_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Art|para|paras|vol|Corr|Add|Rev|[A-Z])\.$"
)
#: A line ending in the middle of a cross-reference, "paragraph 1" or "paragraph 7 (d) and":
#: a "(g)" opening the next line is part of the reference, not a sub-paragraph label.
_CROSS_REF_END = re.compile(
    r"(?:\b(?:sub-?)?paragraphs?\s+\d{1,3}"
    r"|\S\s+\((?:[a-z]{1,4}|\d{1,2})\)(?:,|\s+(?:and|or|to))?)$",
    re.IGNORECASE,
)
#: A line that ends with a hyphen after a word: the word, with the elements before it when
#: it is a compound already ("case-by-" gives "case-by"), and the hyphen. U+2011 (the
#: non-breaking hyphen) counts: a PDF may print it last on a line, though no line breaks
#: at it by design. Searched in the last :data:`_HYPHEN_TAIL` characters of a line only.
_HYPHEN_END = re.compile(r"(?<![^\W_])([^\W_]+(?:[-\u2010\u2011][^\W_]+)*)([-\u2010\u2011])$")
#: Longest word :data:`_HYPHEN_END` looks back over; a longer run is cut, which only
#: shortens what the hyphen rules see, and keeps each line's cost bounded.
_HYPHEN_TAIL = 100
#: The hyphens a line may end with: ASCII, U+2010 and the non-breaking U+2011.
_LINE_HYPHENS = ("-", "\u2010", "\u2011")
#: Every hyphen an ASCII one, so that "gender\u2011based" and "gender-based" count alike.
_HYPHEN_FOLD = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: A word as the hyphen rules read it: letters and digits, a compound whole ("gender-based").
_HYPHEN_TOKEN = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
#: After "and"/"or" that follows a line-end hyphen, a word with a hyphen of its own: the
#: first hyphen was suspended ("troop- and police-contributing", "short- and long-term").
_SUSPENDED_NEXT = re.compile(r"\s+[^\W_]+[-\u2010\u2011]")
_FIRST_WORD = re.compile(r"^([A-Za-z]+)")

# Markdown.
#: The opening of an ATX heading; its closing hashes are stripped by :func:`_md_heading`
#: with ``rstrip`` (a lazy text group followed by ``\s*#*\s*$`` backtracked cubically
#: over a long run of spaces).
_MD_HEADING = re.compile(r"#{1,6}\s+")
_MD_QUOTE = re.compile(r"^>\s?")
_MD_EMPHASIS = re.compile(
    r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"
    r"|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w)"
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


@dataclass(frozen=True)
class _HyphenRules:
    """The word lists of ``hyphens.toml``: which line-end hyphens are real when the text
    itself does not say (the file explains each list and the order they are tried in)."""

    #: Hyphenated words as UN texts write them ("in-kind", "case-by-case").
    keep_words: frozenset[str]
    #: Short words in a compound, before or after its break ("case-by-", "-one-vote").
    inner: frozenset[str]
    #: First parts that keep their hyphen ("self-", "gender-").
    first: frozenset[str]
    #: Prefixes that keep it before their own last letter ("re-establish").
    same_letter: frozenset[str]
    #: First parts that keep it before a word of the text ("follow-up", "co-chair").
    first_before_word: frozenset[str]
    #: Second parts that keep it ("-based", "-related").
    second: frozenset[str]
    #: Second parts that keep it after a word only ("-led": "detai-\nled" is no compound).
    second_after_word: frozenset[str]
    #: Closed compounds whose parts are words ("peacekeeping", "framework").
    join_words: frozenset[str]
    #: Endings that close up with their stem ("-able", "-ship").
    endings: frozenset[str]
    #: First parts that close up with what follows ("under", "inter").
    join_first: frozenset[str]


@cache
def _hyphen_rules() -> _HyphenRules:
    """The lists of ``hyphens.toml`` beside this module, read once."""
    raw = resources.files(__package__).joinpath("hyphens.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)

    def words(table: str, key: str) -> frozenset[str]:
        value = data.get(table, {}).get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"hyphens.toml: [{table}] {key} must be a list of words")
        return frozenset(w.lower() for w in value)

    return _HyphenRules(
        keep_words=words("keep", "words"),
        inner=words("keep", "inner"),
        first=words("keep", "first"),
        same_letter=words("keep", "same_letter"),
        first_before_word=words("keep", "first_before_word"),
        second=words("keep", "second"),
        second_after_word=words("keep", "second_after_word"),
        join_words=words("join", "words"),
        endings=words("join", "endings"),
        join_first=words("join", "first"),
    )


#: Word fragments that keep their hyphen when a line break falls after them, whatever
#: follows ("self-\ndefence", "gender-\nresponsive").
_HYPHEN_PREFIXES = _hyphen_rules().first

_BULLETS = frozenset("–—•·▪‣◦*+-")


# --------------------------------------------------------------------------- lines

# What :func:`resdiff.read.common.clean` folds, except the quotation marks: curly quotes
# and apostrophes are how the text is printed, so they are kept for display (the
# comparison folds them, with every dash, in resdiff.align.normalise and the analysis).
# Spaces are folded: a clause's text is whitespace-normalised, so a no-break space shows
# as a space either way.
_DISPLAY_FOLD = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u200b": "",  # zero-width space
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",  # soft hyphen: a line-break hint, not a character of the text
        "\t": " ",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)


def clean_for_display(text: str) -> str:
    """Fold what only changes how text is laid out (no-break and zero-width spaces, soft
    hyphens, ligatures) and keep what a reader sees: curly quotes, apostrophes and dashes
    as printed. Does not touch line breaks."""
    return unicodedata.normalize("NFC", text).translate(_DISPLAY_FOLD)


@dataclass
class _Line:
    """One source line after cleaning."""

    no: int
    text: str
    indent: int = 0
    page_break: bool = False
    md_heading: bool = False


def _md_heading(line: str) -> str | None:
    """The text of a Markdown ATX heading line (``## Title ##``), or ``None`` when the
    line is not one; ``line`` is stripped already."""
    opening = _MD_HEADING.match(line)
    if opening is None:
        return None
    return line[opening.end() :].rstrip("#").rstrip()


def _read_lines(text: str, markdown: bool) -> list[_Line]:
    """Split into numbered lines, fold typography, strip Markdown markup.

    Form feeds mark page breaks; they are removed from the text and remembered on the
    line so that furniture next to them is recognised.
    """
    text = clean_for_display(text).replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    for no, raw in enumerate(text.split("\n"), start=1):
        page_break = "\f" in raw or "\v" in raw
        raw = raw.replace("\f", " ").replace("\v", " ").rstrip()
        md_heading = False
        if markdown:
            raw = _MD_QUOTE.sub("", raw)
            heading = _md_heading(raw.strip())
            if heading is not None:
                raw, md_heading = heading, True
            raw = _MD_EMPHASIS.sub("", _MD_ESCAPE.sub(r"\1", raw))
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip()) if stripped else 0
        lines.append(_Line(no, stripped, indent, page_break, md_heading))
    return lines


# --------------------------------------------------------------------------- furniture


def _furniture_kind(text: str, *, in_body: bool) -> FurnitureKind | None:
    """What kind of page furniture a line is, or ``None`` when it is text.

    Symbols standing alone count only in the body: in the masthead they are the symbol.
    """
    columns = [c for c in _COLUMNS.split(text) if c]
    if not columns:
        return None
    kinds: list[FurnitureKind] = []
    for column in columns:
        if (
            _JOB_NUMBER.match(column)
            or _BARCODE.match(column)
            or (len(columns) > 1 and _DATE_STAMP.match(column))
        ):
            kinds.append("job-number")
        elif _PAGE_OF.match(column) or (len(columns) > 1 and _BARE_NUMBER.match(column)):
            kinds.append("page-number")
        elif in_body and _SYMBOL_ALONE.match(column):
            kinds.append("page-header")
        else:
            return None
    if "job-number" in kinds:
        return "job-number"
    return kinds[0]


def _take_furniture(
    lines: list[_Line], removed: list[RemovedText], *, in_body: bool
) -> list[_Line]:
    """Remove page furniture from ``lines`` into ``removed``.

    In the body, bare numbers ("2") count as page numbers when they stand between blank
    lines or at a page break, and lines without a letter or digit ("* * *", "____") are
    kept as furniture of kind ``other``.
    """
    kept: list[_Line] = []
    for i, line in enumerate(lines):
        if not line.text:
            kept.append(line)
            continue
        kind = _furniture_kind(line.text, in_body=in_body)
        if kind is None and in_body and _BARE_NUMBER.match(line.text):
            before = lines[i - 1] if i > 0 else None
            after = lines[i + 1] if i + 1 < len(lines) else None
            if (
                before is None
                or not before.text
                or after is None
                or not after.text
                or line.page_break
                or after.page_break
            ):
                kind = "page-number"
        if kind is None and in_body and not any(c.isalnum() for c in line.text):
            kind = "other"
        if kind is None:
            kept.append(line)
        else:
            removed.append(RemovedText(line=line.no, text=normalize_space(line.text), kind=kind))
            # The break stays visible to the paragraph splitter as a blank line.
            kept.append(_Line(line.no, "", 0, True))
    return kept


# --------------------------------------------------------------------------- masthead


def _is_masthead_line(text: str) -> bool:
    """True for a line that can only belong to a masthead."""
    parts = [p for p in _COLUMNS.split(text) if p] or [text]
    return all(_is_masthead_part(p) for p in parts)


def _is_masthead_part(part: str) -> bool:
    return bool(
        (_S_RES.search(part) and len(part) < 40)
        or _A_RES.match(part)
        or _DRAFT_SYMBOL.fullmatch(part)
        or _SYMBOL_ALONE.match(part)
        or _ORGAN.match(part)
        or _DISTR.match(part)
        or _ORIGINAL.match(part)
        or _SPONSORS.match(part)
        or _RESOLUTION_N.match(part)
        or _RESOLUTION_GA.match(part)
        or _OLD_HEADER.match(part)
        or _BRACKET_SYMBOL.match(part)
        or _ADOPTED_BY.match(part)
        or _DATE_LINE.match(part)
        or _MASTHEAD_MISC.match(part)
        or (_PRST.search(part) and len(part) < 40)
        or _STATEMENT_TITLE.match(part)
        or (_FAILED.match(part) and len(part) < 80)
    )


@dataclass
class _Front:
    """The masthead, the enacting formula and any paragraph printed before the formula."""

    masthead: list[_Line]
    formula: str | None
    formula_line: int | None
    body_start: int
    #: Long paragraphs found before the formula (old texts open with a recital).
    early_body: list[_Line] = field(default_factory=list)
    #: Text after the formula on its line ("The Security Council, Having ...").
    formula_rest: _Line | None = None
    #: The formula is the chapeau of a presidential statement.
    chapeau: bool = False


def _split_masthead(lines: list[_Line]) -> _Front:
    """Find the enacting formula and the masthead before it.

    Without a formula, the masthead is the run of leading lines that look like masthead
    lines (symbol, organ, date, sponsors, "Resolution 1695 (2006)", "Adopted by ...").
    """
    for i, line in enumerate(lines):
        match = _FORMULA.match(line.text)
        if not match:
            continue
        rest = line.text[match.end() :].strip()
        # "The Security Council has been asked ..." is a sentence, not the formula.
        if rest and not match.group(0).rstrip().endswith((",", ":", ".")):
            continue
        if rest and _PP_OPENER.match(rest) is None and not rest[:1].isupper():
            continue
        masthead, early = _masthead_and_early(lines[:i])
        rest_line = _Line(line.no, rest, line.indent) if rest else None
        formula = line.text[: match.end()].strip()
        return _Front(masthead, formula, line.no, i + 1, early, rest_line)
    end = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.text:
            i += 1
            continue
        if _is_masthead_line(line.text):
            end = i = i + 1
            continue
        # A sponsors line wrapped over several lines: look ahead for ": draft resolution".
        ahead = [ln for ln in lines[i : i + 4] if ln.text]
        ahead_texts = [ln.text for ln in ahead]
        hit = next(
            (
                stop
                for k in range(len(ahead))
                if (stop := _draft_resolution_end(ahead_texts, k)) is not None
            ),
            None,
        )
        if hit is not None:
            last = ahead[hit]
            end = i = lines.index(last) + 1
            continue
        break
    masthead = [ln for ln in lines[:end] if ln.text]
    return _Front(masthead, None, None, end)


def _masthead_and_early(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Split the lines before the formula into masthead lines and early paragraphs.

    A blank-separated group of more than 200 characters that ends with punctuation is a
    paragraph of the text (old resolutions open with a recital before the formula).
    """
    masthead: list[_Line] = []
    early: list[_Line] = []
    for group in _groups(lines):
        joined = " ".join(ln.text for ln in group)
        if (
            len(joined) > 200
            and joined.rstrip()[-1:] in ".,;:"
            and not any(_DRAFT_RESOLUTION.search(ln.text) for ln in group)
        ):
            early.extend(group)
            early.append(_Line(group[-1].no, ""))
        else:
            masthead.extend(group)
    return masthead, early


def _groups(lines: Iterable[_Line]) -> list[list[_Line]]:
    """Blank-line-separated groups of non-blank lines."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


@cache
def _multiword_states() -> tuple[str, ...]:
    """State names containing " and " (data file ``states.txt``), longest first."""
    data = resources.files(__package__).joinpath("states.txt").read_text(encoding="utf-8")
    names = [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


def split_sponsors(names: str) -> tuple[str, ...]:
    """Split "France, Japan, United Kingdom of Great Britain and Northern Ireland and
    United States of America" into the sponsoring States."""
    names = normalize_space(names)
    protected: dict[str, str] = {}
    for k, state in enumerate(_multiword_states()):
        if state in names:
            token = f"\x00{k}\x00"
            protected[token] = state
            names = names.replace(state, token)
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names)
    result = []
    for part in parts:
        for token, state in protected.items():
            part = part.replace(token, state)
        if part.strip():
            result.append(part.strip())
    return tuple(result)


def _parse_date(text: str) -> _dt.date | None:
    match = _DATE.search(text)
    if not match:
        return None
    month = _MONTH_NUMBERS[match.group(2).lower()]
    try:
        return _dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        return None


@dataclass
class _Masthead:
    """What the reader recognised in the masthead."""

    lines: tuple[str, ...] = ()
    symbol: str | None = None
    draft_symbol: str | None = None
    organ: str | None = None
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    title: str | None = None
    adoption: str | None = None
    #: A failed vote recorded in the masthead ("Not adopted: 13-2-0").
    vote: str | None = None


def _read_masthead(lines: list[_Line], formula: str | None) -> _Masthead:
    """Recognise symbol, organ, kind, sponsors, date, adoption and title in the masthead."""
    out = _Masthead(lines=tuple(normalize_space(ln.text) for ln in lines))
    texts = [normalize_space(ln.text) for ln in lines]
    parts = [p for ln in lines for p in _COLUMNS.split(ln.text) if p]
    res_number: tuple[str, str] | None = None
    ga_number: str | None = None
    draft_symbol: str | None = None
    bracket_symbol: str | None = None
    masthead_date: _dt.date | None = None
    old_date: _dt.date | None = None
    for part in parts:
        if match := _S_RES.search(part):
            res_number = (match.group(1), match.group(2))
            out.organ = out.organ or "Security Council"
        elif match := _A_RES.search(part):
            ga_number = match.group(1)
            out.organ = out.organ or "General Assembly"
        elif match := _OLD_HEADER.match(part):
            res_number = (match.group(1), match.group(2))
            old_date = _parse_date(part)
        elif match := _RESOLUTION_N.match(part):
            res_number = (match.group(1), match.group(2) or "")
        elif match := _RESOLUTION_GA.match(part):
            ga_number = match.group(1)
        elif match := _BRACKET_SYMBOL.match(part):
            bracket_symbol = match.group(1)
        elif (match := _DRAFT_SYMBOL.search(part)) and len(part) < 40 and not draft_symbol:
            draft_symbol = match.group(0)
        if _ORGAN.match(part):
            out.organ = part
        if masthead_date is None and _DATE_LINE.match(part):
            masthead_date = _parse_date(part)
    # Sponsors: the group of lines ending with ": draft resolution".
    for first in range(len(texts)):
        found = _draft_resolution_end(texts, first)
        if found is not None:
            i = start = found
            while (
                start > 0
                and texts[start - 1]
                and lines[start - 1].no == lines[start].no - 1
                and not _is_masthead_line(lines[start - 1].text)
            ):
                start -= 1
            joined = " ".join(texts[start : i + 1])
            match = _SPONSORS.match(joined)
            if match:
                out.sponsors = split_sponsors(match.group("names"))
            if out.organ == "General Assembly" or (draft_symbol or "").startswith("A/"):
                title = [t for t in texts[i + 1 :] if not _is_masthead_line(t)]
                out.title = " ".join(title) or None
            break
    # Adoption: "Adopted by the Security Council at its 5490th meeting," + "on 15 July 2006",
    # or wrapped inside the date: "..., on 15 July" + "2006".
    for i, text in enumerate(texts):
        if _ADOPTED_BY.match(text):
            adoption = text
            following = texts[i + 1] if i + 1 < len(texts) else ""
            if (
                not _DATE.search(text)
                and _DATE_REST.match(following)
                and _DATE.search(f"{text} {following}")
            ):
                adoption += " " + following
            out.adoption = adoption
            organ = _ADOPTED_BY.match(text)
            out.organ = out.organ or (organ.group(1) if organ else None)
            break
    if out.organ is None and formula:
        out.organ = next((name for name in _ORGAN_NAMES if name in formula), None)
    if out.organ is None and draft_symbol:
        out.organ = "Security Council" if draft_symbol.startswith("S/") else "General Assembly"
    if out.organ is None and formula:
        out.organ = next((en for name, en in _FORMULA_ORGANS if name in formula), None)
    statement_title = next((m for t in texts if (m := _STATEMENT_TITLE.match(t))), None)
    prst = next((m.group(0) for p in parts if (m := _PRST.search(p)) and len(p) < 40), None)
    failed = next((t for t in texts if _FAILED.match(t)), None)
    if prst or statement_title:
        # A presidential statement: made on behalf of the Council once it has its symbol.
        out.symbol = prst
        out.organ = out.organ or "Security Council"
        out.kind = "statement"
        out.status = "draft" if statement_title and statement_title.group("draft") else None
        if out.status is None and prst:
            out.status = "adopted"
    elif res_number and out.organ in (None, "Security Council"):
        year = res_number[1] or str((_parse_date(" ".join(texts)) or _dt.date.min).year)
        out.symbol = f"S/RES/{res_number[0]} ({year})"
        out.organ = out.organ or "Security Council"
        out.kind = "resolution"
        out.status = "adopted"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif ga_number:
        out.symbol = f"A/RES/{ga_number}"
        out.kind = "resolution"
        out.status = "adopted"
        out.draft_symbol = bracket_symbol or draft_symbol
    elif draft_symbol or out.sponsors or any(_DRAFT_ONLY.match(t) for t in texts):
        out.symbol = draft_symbol
        out.draft_symbol = draft_symbol
        out.kind = "draft"
        out.status = "draft"
    elif out.adoption:
        # "Adopted by the Security Council at its 5490th meeting" without a number.
        out.kind = "resolution"
        out.status = "adopted"
    if failed is not None and out.kind != "statement":
        # A draft put to the vote and lost: still a draft, whatever its masthead says.
        out.kind = "draft"
        out.status = vote_status(failed)
        out.vote = failed
    out.date = _parse_date(out.adoption or "") or old_date or masthead_date or _first_date(texts)
    return out


def _first_date(texts: list[str]) -> _dt.date | None:
    for text in texts:
        if (date := _parse_date(text)) is not None:
            return date
    return None


# --------------------------------------------------------------------------- tail


@dataclass
class _Tail:
    """The end matter of the text, after the last paragraph."""

    annexes: list[Annex] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)


def _closing_at(lines: list[_Line]) -> int:
    """Where the closing starts: at the first line that says adopted or failed, or at a
    voting line ("Vote: 11 in favour, ...") after a sentence that ended; else at the end."""
    previous = ""
    for i, line in enumerate(lines):
        if not line.text:
            continue
        if _closing_starts(line.text) or (
            _VOTE_LINE.match(line.text) and _final_punct(previous) == "."
        ):
            return i
        previous = line.text
    return len(lines)


def _split_tail(lines: list[_Line], tail: _Tail) -> list[_Line]:
    """Cut annexes, closing lines and footnotes off the body; return the body lines."""
    closing_at = _closing_at(lines)
    annex_at = next(
        (
            i
            for i, ln in enumerate(lines[:closing_at])
            if _ANNEX.match(ln.text) and (i == 0 or not lines[i - 1].text)
        ),
        None,
    )
    if closing_at < len(lines):
        _read_closing(lines[closing_at:], tail)
        end = closing_at
    else:
        end = _trailing_footnotes(lines, tail)
    if annex_at is not None:
        _read_annexes(lines[annex_at:end], tail)
        end = annex_at
    return lines[:end]


def _read_closing(lines: list[_Line], tail: _Tail) -> None:
    """The voting line(s), then footnotes (a line opening with a mark starts a note)."""
    current: list[str] = []
    note: tuple[str, list[str], int] | None = None
    closing_open = True
    after_blank = False
    for line in lines:
        if not line.text:
            after_blank = True
            if current:
                tail.closing.append(_join([_Line(0, t) for t in current]))
                current = []
            closing_open = False
            continue
        mark = _FOOTNOTE.match(line.text)
        starts_note = mark is not None and (
            not closing_open or bool(current and current[-1].endswith("."))
        )
        if note is not None and not after_blank and not note[1][-1].endswith((".", ")")):
            # "... Eighth Year,\n633rd meeting": a wrapped note, not a new one.
            starts_note = False
        after_blank = False
        if starts_note and mark is not None:
            if current:
                tail.closing.append(_join([_Line(0, t) for t in current]))
                current = []
            closing_open = False
            if note:
                tail.footnotes.append(_footnote(note))
            note = (mark.group("mark"), [mark.group("text")], line.no)
        elif note is not None:
            note[1].append(line.text)
        else:
            current.append(line.text)
            closing_open = True
    if current:
        tail.closing.append(_join([_Line(0, t) for t in current]))
    if note:
        tail.footnotes.append(_footnote(note))


def _footnote(note: tuple[str, list[str], int]) -> Footnote:
    return Footnote(mark=note[0], text=_join([_Line(0, t) for t in note[1]]), line=note[2])


def _trailing_footnotes(lines: list[_Line], tail: _Tail) -> int:
    """Footnotes at the very end of a text without a closing line; return where they start.

    Conservative: only trailing groups whose first line opens with a mark and a capital
    (or "ibid"), after a group that ends with a full stop.
    """
    groups = _groups(lines)
    first_note = len(groups)
    for k in range(len(groups) - 1, 0, -1):
        head = groups[k][0].text
        if _FOOTNOTE.match(head) and not _OP_LABEL.match(head):
            first_note = k
        else:
            break
    if first_note == len(groups) or _final_punct(_join(groups[first_note - 1])) != ".":
        return len(lines)
    note: tuple[str, list[str], int] | None = None
    for group in groups[first_note:]:
        for line in group:
            mark = _FOOTNOTE.match(line.text)
            if mark:
                if note:
                    tail.footnotes.append(_footnote(note))
                note = (mark.group("mark"), [mark.group("text")], line.no)
            elif note:
                note[1].append(line.text)
    if note:
        tail.footnotes.append(_footnote(note))
    start = groups[first_note][0]
    return lines.index(start)


def _read_annexes(lines: list[_Line], tail: _Tail) -> None:
    """Everything after an annex title belongs to that annex, paragraph by paragraph."""
    title: _Line | None = None
    paragraphs: list[str] = []
    first = last = 0

    def flush() -> None:
        if title is not None:
            tail.annexes.append(
                Annex(
                    title=title.text,
                    paragraphs=tuple(paragraphs),
                    span=Span(first_line=first, last_line=max(first, last)),
                )
            )

    for group in _groups(lines):
        head = group[0]
        if _ANNEX.match(head.text):
            flush()
            title, paragraphs, first, last = head, [], head.no, head.no
            group = group[1:]
            if not group:
                continue
        paragraphs.append(_join(group))
        last = group[-1].no
    flush()


# --------------------------------------------------------------------------- joining


class _HyphenEvidence:
    """How a text writes its words away from line ends: the first evidence for a
    line-end hyphen. "gender-based" written elsewhere in the document keeps the hyphen of
    "gender-\\nbased"; "implementation" written elsewhere drops that of "implementa-\\ntion".

    ``forms`` counts every word as written, lower-cased, a compound whole ("gender-based",
    "case-by-case"); ``words`` counts the words and the elements of compounds. A word cut
    by a line-end hyphen is counted in neither: how it is written is the question.
    """

    __slots__ = ("forms", "words")

    #: Lines after a hyphenated line end in which the cut word may go on: page furniture
    #: (a running header, a job number, a page number) may stand between its halves.
    _CONTINUATION_LINES = 5

    def __init__(self) -> None:
        self.forms: Counter[str] = Counter()
        self.words: Counter[str] = Counter()

    @classmethod
    def of_lines(cls, lines: Iterable[str]) -> _HyphenEvidence:
        """The evidence of these lines, a word cut at a line end left out."""
        evidence = cls()
        pending = 0  # lines in which the second half of a cut word may still start
        for raw in lines:
            line = raw.strip().translate(_HYPHEN_FOLD)
            if not line:
                continue
            tokens = _HYPHEN_TOKEN.findall(line)
            first, last = 0, len(tokens)
            if pending and line[:1].isalnum():
                first = 1
                pending = 0 if line[:1].islower() else pending - 1
            if tokens and line.endswith("-") and line[-2:-1].isalnum():
                last -= 1
                pending = cls._CONTINUATION_LINES
            # Counted in bulk (Counter.update runs in C): a paragraph may have thousands
            # of lines.
            counted = tokens[first:last]
            evidence.forms.update(map(str.lower, counted))
            evidence.words.update(
                part.lower()
                for token in counted
                for part in (token.split("-") if "-" in token else (token,))
                if len(part) < 2 or not part.isupper()
            )
        return evidence

    def add(self, token: str, n: int = 1) -> None:
        """Count ``token`` ``n`` more times (a negative ``n`` takes it out again)."""
        self.forms[_hyphen_form(token)] += n
        for part in token.translate(_HYPHEN_FOLD).split("-"):
            # "RES" of "S/RES/2532" or "UN" is no word a typesetter could break.
            if len(part) < 2 or not part.isupper():
                self.words[part.lower()] += n

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (lower case) stands in the text as a word or an element."""
        return self.words[word] > 0 or self.words[word + "s"] > 0


def _hyphen_form(token: str) -> str:
    """A word as the evidence keys it: lower case, every hyphen an ASCII one."""
    return token.translate(_HYPHEN_FOLD).lower()


#: The evidence of the document being read, set by :func:`_document_hyphens`; without it
#: :func:`_join` looks at the paragraph it joins.
_DOCUMENT_HYPHENS: ContextVar[_HyphenEvidence | None] = ContextVar(
    "_DOCUMENT_HYPHENS", default=None
)


@contextmanager
def _document_hyphens(text: str) -> Iterator[_HyphenEvidence]:
    """Within the block, :func:`_join` decides line-end hyphens by how the whole of
    ``text`` writes its words, not only the paragraph being joined."""
    evidence = _HyphenEvidence.of_lines(clean_for_display(text).splitlines())
    token = _DOCUMENT_HYPHENS.set(evidence)
    try:
        yield evidence
    finally:
        _DOCUMENT_HYPHENS.reset(token)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _with_document_hyphens(
    parse: Callable[Concatenate[str, _P], _R],
) -> Callable[Concatenate[str, _P], _R]:
    """Decorate a reader of whole texts (``parse_text``) so that the hyphens of every
    paragraph it joins are decided with the evidence of the whole text."""

    @wraps(parse)
    def parse_with_document_hyphens(text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _document_hyphens(text):
            return parse(text, *args, **kwargs)

    return parse_with_document_hyphens


def _inflected(fragment: str, rest: str) -> bool:
    """Whether a break falls after a doubled consonant before a short ending
    ("control-\\nled", "submit-\\nted", "plan-\\nning"): an inflected word, not a compound.
    An adjective in "-al" before "-led" is a compound ("international-led")."""
    if fragment.endswith("al") and len(fragment) > 5:
        return False
    return (
        len(rest) <= 4
        and fragment[-1:] == rest[:1]
        and fragment[-1:].isalpha()
        and fragment[-1:] not in "aeiou"
    )


def _hyphen_glue(left: str, right: str, after: str, hyphen: str, evidence: _HyphenEvidence) -> str:
    """What joins a line ending ``left`` + ``hyphen`` to a line starting with the word
    ``right`` (``after`` is the rest of that line): the hyphen kept ("gender-based"),
    nothing (a line-break hyphen: "submit-\\nted"), or the hyphen and a space (a
    suspended hyphen: "troop- and police-contributing").

    The text decides first (the joined or the hyphenated form written elsewhere), then
    the lists of ``hyphens.toml`` in the order that file gives, then whether both parts
    are words of the text.
    """
    rules = _hyphen_rules()
    printed = left.translate(_HYPHEN_FOLD).rsplit("-", 1)[-1]
    fragment, head = printed.lower(), _hyphen_form(right).split("-", 1)[0]
    hyphenated, joined = _hyphen_form(f"{left}-{right}"), _hyphen_form(left + right)
    kept, closed = evidence.forms[hyphenated], evidence.forms[joined]
    if head in ("and", "or") and (_SUSPENDED_NEXT.match(after) or not closed):
        return hyphen + " "
    if kept != closed:
        return hyphen if kept > closed else ""
    if hyphenated in rules.keep_words:
        return hyphen
    compound = len(printed) < len(left) or len(head) < len(right)
    if compound and (fragment in rules.inner or head in rules.inner):
        return hyphen
    if joined in rules.join_words or head in rules.endings:
        return ""
    if fragment in rules.first:
        return hyphen
    if fragment in rules.same_letter and fragment[-1] == head[:1]:
        return hyphen
    head_is_word = evidence.is_word(head) or head in rules.second
    if fragment in rules.first_before_word and head_is_word:
        return hyphen
    if _inflected(fragment, head) and not printed[:1].isupper():
        return ""
    if head in rules.second and len(fragment) > 2:
        return hyphen
    if head in rules.second_after_word and len(fragment) > 2:
        # "Somali-led" but "detai-led": a word, a known first part or a name before it.
        named = printed[:1].isupper() and len(fragment) > 3
        if named or evidence.is_word(fragment) or fragment in rules.first_before_word:
            return hyphen
    if fragment in rules.join_first:
        return ""
    if len(fragment) > 2 and len(head) > 2 and head_is_word and evidence.is_word(fragment):
        return hyphen
    return ""


def _join(lines: list[_Line]) -> str:
    """Join wrapped lines into one string: undo line-break hyphenation, keep real hyphens
    ("Secretary-\\nGeneral", "gender-\\nbased"), join "S/Agenda/\\n2185" without a space,
    normalise space.

    Linear in the length of the lines: each line is looked at once, and a line-end
    hyphen only at its tail.
    """
    parts: list[str] = []
    previous = ""
    paragraph: _HyphenEvidence | None = None
    for line in lines:
        text = line.text
        if not parts:
            if text:
                parts.append(text)
                previous = text
            continue
        glue = " "
        hyphen = None
        if previous.endswith(_LINE_HYPHENS):
            hyphen = _HYPHEN_END.search(previous[-_HYPHEN_TAIL:])
        right = _HYPHEN_TOKEN.match(text) if hyphen else None
        if hyphen and right:
            left, mark, word = hyphen.group(1), hyphen.group(2), right.group(0)
            fragment = left.translate(_HYPHEN_FOLD).rsplit("-", 1)[-1]
            if (
                mark == "\u2011"
                or word[0].isupper()
                or word[0].isdigit()
                or not fragment.isalpha()
                or (len(fragment) > 1 and fragment.isupper())
            ):
                # A capital or a digit after the break, a number or an acronym before
                # it ("Secretary-\nGeneral", "COVID-\n19", "90-\nday", "UN-\nled"):
                # no word is hyphenated there.
                glue = mark
            else:
                evidence = _DOCUMENT_HYPHENS.get()
                if evidence is None:
                    if paragraph is None:
                        paragraph = _HyphenEvidence.of_lines(ln.text for ln in lines)
                    evidence = paragraph
                glue = _hyphen_glue(left, word, text[right.end() :], mark, evidence)
            # The glue puts the printed hyphen back when it is a real one.
            parts[-1] = parts[-1][:-1]
        elif previous.endswith("/"):
            glue = ""
        parts.append(glue)
        parts.append(text)
        previous = text
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    """Whitespace normalised, no space before ";", ":", "," or a final full stop."""
    text = normalize_space(text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_BEFORE_FINAL_STOP.sub(".", text)


def _final_punct(text: str) -> str:
    """The last punctuation of a paragraph, ignoring trailing footnote marks."""
    # Only the tail is searched: marks are a few characters, and the regex retries at
    # every position of a long run of them (a hostile line of "1 1 1 ...").
    text = _TRAILING_MARKS.sub("", text.rstrip()[-_MARKS_TAIL:])
    text = text.rstrip("\"'”’)]*")
    return text[-1:] if text[-1:] in (",", ";", ":", ".") else ""


# --------------------------------------------------------------------------- units


@dataclass
class _Unit:
    """A run of lines the splitter cut: a paragraph, a sub-paragraph or a heading."""

    lines: list[_Line]
    kind: str  # "op", "sub", "para"
    label: str | None = None
    number: int | None = None
    indent: int = 0
    md_heading: bool = False
    #: A short title line set off by its indent inside a list (a sub-heading).
    title: bool = False

    @property
    def text(self) -> str:
        return _join(self.lines)


def _ends_unit(text: str) -> bool:
    """Whether a line can end a paragraph or a lead-in (so that a label may follow)."""
    if _final_punct(text):
        return True
    # "...; and" wrapped so that the conjunction stands alone on its line.
    return text.endswith((" and", " or")) or text in ("and", "or")


def _is_title(text: str) -> bool:
    """A short capitalised line without final punctuation: a heading's shape."""
    return (
        len(text.split()) <= 10
        and text[:1].isupper()
        and not _final_punct(text)
        and text[-1:] not in ",;:.!?-"
        and _PP_OPENER.match(text) is None
    )


#: Small words a title-case heading leaves in lower case ("Protection of Civilians").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "with", "its", "their", "under"}
)
#: Operative verbs that open a paragraph, third person: a line opening with one after a
#: recital's final comma starts the operative part ("Recommends to the General ...").
_OP_OPENER = re.compile(
    r"^(?:Recommends|Decides|Requests|Calls|Urges|Demands|Condemns|Resolves|Takes\s+note|"
    r"Notes|Welcomes|Expresses|Appeals|Invites|Approves|Elects|Appoints|Endorses|"
    r"Authori[sz]es|Reaffirms|Affirms|Declares|Agrees|Deplores|Commends|Encourages|"
    r"Emphasi[sz]es|Stresses|Supports|Underlines|Hereby|Considers|Reiterates|Extends|"
    r"Renews|Directs|Instructs)\b"
)


def _opens_upper(text: str) -> bool:
    """Whether a line opens with a capital, past an opening quotation mark (the
    paragraphs of a presidential statement open with one: '"The Security Council ...')."""
    return text.lstrip("\"'“‘")[:1].isupper()


def _is_title_case(words: list[str]) -> bool:
    """Every word capitalised except the small ones ("of", "and"), the first too."""
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def is_title_heading(text: str) -> bool:
    """A short heading line: :func:`_is_title`, or a title-case line that opens with a
    participle ("Targeted Sanctions", "Monitoring and Reporting", "Reporting").

    A recital that lost its comma opens with a participle too, but the word after it is
    in lower case ("Acting under Chapter VII of the Charter", "Recalling its ..."), and
    it cites things (numbers, brackets) where a heading names a subject.
    """
    if _is_title(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 6 or not all(w.isalpha() for w in words):
        return False
    if not _is_title_case(words) or _final_punct(text):
        return False
    rest = words[1:]
    if rest and rest[0] in ("and", "or"):
        rest = rest[1:]  # "Monitoring and Reporting"
    return not rest or rest[0][:1].isupper()


def _ends_list_item(text: str) -> bool:
    """Whether a line ends an item of a list: ";" (perhaps "; and"), ":" or ".". An
    enumeration inside a sentence runs on with commas and "and"."""
    text = text.rstrip()
    return _final_punct(text) in (";", ":", ".") or text.endswith(("; and", "; or"))


def _inline_predecessor(unit_text: str, label: str) -> bool:
    """Whether the label before ``label`` ("(i)" before "(ii)", "(a)" before "(b)", "(1)"
    before "(2)") stands inside ``unit_text``: the list runs within the sentence."""
    key = label.strip("().}")
    before: list[str] = []
    if key.isdigit() and int(key) > 1:
        before.append(str(int(key) - 1))
    if is_roman(key) and key != "i":
        before.append(_to_roman(_from_roman(key) - 1))
    if len(key) == 1 and key.isalpha() and key not in "aA":
        before.append(chr(ord(key) - 1))
    return any(f"({b})" in unit_text for b in before)


#: A line at least this share of the widest line of its paragraph runs to the margin.
_FULL_WIDTH = 0.85


def _runs_full_width(prev: _Line, cur: _Unit) -> bool:
    """Whether ``prev`` runs to the right margin like the other lines of ``cur``: a line
    wrapped by the layout, not one ended by its writer. An item that ends there ("...
    of the OIOS;" / "(ii) production of ...") is an enumeration running inside the
    sentence when its first item stood inside the sentence too; a list set as a list
    ends its items short."""
    if len(cur.lines) < 2:
        return False
    widest = max(len(line.text) for line in cur.lines)
    return len(prev.text) >= _FULL_WIDTH * widest


def _next_is_op(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether the line right after ``lines[i]``, with no blank line between, opens
    operative paragraph ``expected`` ("1. Decides ..."). (Where blank lines set the
    paragraphs apart, a line without one before it goes on: a heading wrapped over two
    lines, say.)"""
    if i + 1 >= len(lines):
        return False
    op = _OP_LABEL.match(lines[i + 1].text)
    return bool(op and op.group("sep") == "." and int(op.group("num")) == expected)


def _next_line_is_item(lines: list[_Line], i: int) -> bool:
    """Whether the line right after ``lines[i]``, with no blank line between, opens with
    a parenthesised item label ("(a) To protect ...")."""
    return i + 1 < len(lines) and bool(_PAREN_LABEL.match(lines[i + 1].text))


def _next_is_label(lines: list[_Line], i: int) -> bool:
    """Whether the next non-blank line after ``lines[i]`` opens with a sub-paragraph label."""
    for j in range(i + 1, len(lines)):  # by index: a slice per call was quadratic
        line = lines[j]
        if line.text:
            return bool(_PAREN_LABEL.match(line.text) or _DOT_LABEL.match(line.text))
    return False


def _cited_marks(lines: list[_Line]) -> set[int]:
    """The footnote marks the text cites (:data:`_CITED_MARK`), as numbers."""
    return {
        int(number)
        for line in lines
        if line.text
        for match in _CITED_MARK.finditer(line.text)
        for number in match.groups()
        if number
    }


def _at_page_foot(lines: list[_Line], i: int) -> bool:
    """Whether the block that opens at ``lines[i]`` stands at the foot of a page: after
    it, and after any other notes printed below it, comes a page break (page furniture,
    a form feed) or the end of the text."""
    in_block = True
    for line in lines[i + 1 : i + _FOOT_LOOKAHEAD]:
        if line.page_break:
            return True
        if not line.text:
            in_block = False
        elif not in_block:
            if not _FOOTNOTE.match(line.text):
                return False
            in_block = True
    return i + _FOOT_LOOKAHEAD >= len(lines)


def _is_footnote(
    lines: list[_Line],
    i: int,
    note: re.Match[str],
    prev: _Line | None,
    cited: set[int],
    expected: int,
) -> bool:
    """Whether a block that opens with a number after a blank line (``note``, on
    ``lines[i]``) is a footnote rather than text of the body.

    A note must be shown to be one: its mark is cited in the text ("Charter1"), it stands
    at the foot of a page, or its number is next to one cited (old volumes number notes
    across the book, and the one on a title the scan left out is cited nowhere). And its
    text must not read on from the line before: a date, a year in brackets or a word in
    lower case after the number ("on" / "5 July 2006;") goes on with the sentence, and a
    sentence that has not ended goes on unless a cited note at the page's foot interrupts
    it. A slash mark ("1/") is never text. In doubt, the words stay in the body.
    """
    mark = note.group("mark")
    slash = mark.endswith("/")
    number = int(mark.rstrip("/"))
    if not slash and _RUNS_ON.match(note.group("text")):
        return False
    at_foot = _at_page_foot(lines, i)
    is_cited = number in cited
    if not slash and prev is not None and not _final_punct(prev.text):
        return is_cited and at_foot
    if not slash and number in (expected, expected - 1) and not (is_cited and at_foot):
        # "2 Requests ...": the next operative number, its full stop lost.
        return False
    return is_cited or at_foot or bool({number - 1, number + 1} & cited)


def _label_follows(before: str | None, label: str) -> bool:
    """Whether ``label`` can be the label after ``before`` in one list: "(7)" after
    "(6)", "(ii)" after "(i)", "(i)" after "(h)"."""
    if before is None or before in _BULLETS or label in _BULLETS:
        return False
    if before.startswith("(") != label.startswith("("):
        return False
    raw, key = label.strip("().}"), before.strip("().}")
    if key.isdigit():
        return raw == str(int(key) + 1)
    if is_roman(key) and raw == _next_key("paren-roman", key):
        return True
    return len(key) == 1 and raw == _next_key("paren-alpha", key)


def _units(lines: list[_Line], markdown: bool, removed: list[RemovedText]) -> list[_Unit]:
    """Cut the body into units.

    A unit starts at an operative number, a sub-paragraph label or bullet, after a blank
    line (unless the text goes on in lower case: a page break inside a sentence), at a
    more indented line after a line that ends a paragraph, and, in the preamble, at a line
    opening with a participle or adjective after a line ending with a comma.
    """
    units: list[_Unit] = []
    expected = 1
    blank_before = True
    prev: _Line | None = None
    in_operative = False
    op_indent: int | None = None
    # A label printed alone on its line ("1." then the text): the text that follows,
    # even after a blank line, belongs to it.
    awaiting_text = False
    # The last sub-paragraph label seen at each indent, within the current paragraph.
    sub_labels: dict[int, str] = {}

    def labelled(line: _Line, rest: str | None, kind: str, label: str, number: int | None) -> None:
        nonlocal awaiting_text
        units.append(
            _Unit([_Line(line.no, rest or "", line.indent)], kind, label, number, line.indent)
        )
        awaiting_text = rest is None

    page_break = False
    cited = _cited_marks(lines)
    for i, line in enumerate(lines):
        if not line.text:
            blank_before = True
            page_break = page_break or line.page_break
            continue
        text = line.text
        cur = units[-1] if units else None
        can_label = (
            blank_before
            or prev is None
            or _ends_unit(prev.text)
            or awaiting_text
            # A label more indented than the line before it, or after a short labelled
            # title ("(a) Protection of civilians"), starts a sub-paragraph.
            or (line.indent > prev.indent and cur is not None and cur.kind != "para")
            or (
                cur is not None
                and cur.kind == "sub"
                and len(cur.lines) == 1
                and len(cur.lines[0].text.split()) <= 8
            )
            # A sub-heading inside a list ("Root causes of conflict").
            or (cur is not None and cur.title)
        )
        op = (_MD_OP_LABEL if markdown else _OP_LABEL).match(text)
        if op and can_label and not line.md_heading:
            number = int(op.group("num"))
            long_ok = len(op.group("num")) <= _SHORT_OP_DIGITS or number == expected
            nested = markdown and op_indent is not None and line.indent >= op_indent + 2
            sep_ok = markdown or op.group("sep") == "." or number == expected
            plausible = number == expected or blank_before or bool(prev and _final_punct(prev.text))
            label = text[: op.start("rest")].strip() if op.group("rest") else text
            if sep_ok and plausible and long_ok and not nested:
                inner = _PAREN_LABEL.match(op.group("rest") or "")
                if inner and inner.group("rest"):
                    # "11. (a) Expresses ...": the paragraph opens with its first item.
                    labelled(line, "", "op", label, number)
                    labelled(line, inner.group("rest"), "sub", inner.group("label"), None)
                else:
                    labelled(line, op.group("rest"), "op", label, number)
                expected = number + 1
                in_operative = True
                sub_labels.clear()
                op_indent = line.indent if op_indent is None else op_indent
                blank_before, prev, page_break = False, line, False
                continue
            if nested:
                labelled(line, op.group("rest"), "sub", label, None)
                blank_before, prev, page_break = False, line, False
                continue
        sub = _PAREN_LABEL.match(text) or _DOT_LABEL.match(text) or _BULLET.match(text)
        cross_ref = bool(
            sub
            and prev is not None
            and not awaiting_text
            and _CROSS_REF_END.search(prev.text)
            and (sub.group("rest") or "")[:1].islower()
        )
        if (
            sub
            and sub.re is _PAREN_LABEL
            and cur is not None
            and prev is not None
            and not blank_before
            and not awaiting_text
            and (not _ends_list_item(prev.text) or _runs_full_width(prev, cur))
            and _inline_predecessor(cur.text, sub.group("label"))
        ):
            # "... by (1) the cessation of hostilities ...," / "(2) the establishment of
            # ...": an enumeration running inside the sentence, whose next item happens
            # to start a wrapped line. A real list item would follow one that ended.
            cross_ref = True
        if (
            sub
            and not can_label
            and cur is not None
            and cur.kind == "sub"
            and (sub.group("rest") or "")[:1].isupper()
            and _label_follows(sub_labels.get(line.indent), sub.group("label"))
        ):
            # The next label of a list at the same indent, after an item that ends
            # without punctuation ("... Joint Demarcation Committee" / "(7) National").
            can_label = True
        if (
            sub
            and can_label
            and not cross_ref
            and not line.md_heading
            and (units or sub.re is not _DOT_LABEL)
        ):
            labelled(line, sub.group("rest"), "sub", sub.group("label"), None)
            if sub.group("label") not in _BULLETS:
                sub_labels[line.indent] = sub.group("label")
            blank_before, prev, page_break = False, line, False
            continue
        note = _FOOTNOTE.match(text)
        if (
            note
            and blank_before
            and not markdown
            and note.group("mark")[0].isdigit()
            and not awaiting_text
            and text[:1].isdigit()
            and _is_footnote(lines, i, note, prev, cited, expected)
        ):
            # A footnote at the bottom of a page, between paragraphs.
            units.append(_Unit([line], "note", note.group("mark"), None, line.indent))
            blank_before, prev, page_break = False, line, False
            continue
        starts_new = cur is None or line.md_heading or (cur.lines and cur.lines[-1].md_heading)
        if awaiting_text or (cur is not None and cur.kind == "note" and not blank_before):
            starts_new = False
        elif cur is not None and cur.kind == "note":
            starts_new = True
        elif not starts_new and blank_before:
            # After a blank line a new paragraph starts, unless the sentence goes on
            # (lower-case start, or a hyphenated word broken over a page).
            # A page break inside a paragraph that has not ended goes on, too.
            assert cur is not None
            goes_on = text[:1].islower() or cur.lines[-1].text.endswith("-")
            if (
                prev is not None
                and _final_punct(prev.text) in ("", ",")
                and (leading := _LEADING_NUMBER.match(text))
                and _RUNS_ON.match(text[leading.end() :])
            ):
                # "... issued on" / "19 September 2005 by China", "... of resolution" /
                # "687 (1991) and": no paragraph opens with a number that reads on.
                goes_on = True
            if page_break and cur.kind != "note" and not _final_punct(cur.lines[-1].text):
                goes_on = goes_on or (
                    len(cur.text.split()) > 10
                    or len(cur.lines) > 1
                    or cur.kind != "para"
                    or bool(_PP_OPENER.match(cur.text))
                )
            if (
                page_break
                and cur.kind == "para"
                and len(cur.lines) > 1
                and cur.lines[0].indent > cur.lines[-1].indent == line.indent
                and not _PP_OPENER.match(text)
            ):
                # The page broke after a comma inside a paragraph ("... Guinea-Bissau," /
                # "ECOWAS, UNIOGBIS, ..."): a new paragraph would open with its first-line
                # indent, a continued one keeps the indent of its wrapped lines.
                goes_on = True
            starts_new = not goes_on
        elif (
            not starts_new
            and prev is not None
            and cur is not None
            and cur.kind in ("sub", "op")
            and _final_punct(prev.text)
            and line.indent >= prev.indent + 2
            and _is_title(text)
            and _next_is_label(lines, i)
        ):
            # A sub-heading between two items of a list, set off only by its indent:
            # "... efforts;" / "Root causes of conflict" / "(c) Provide ...".
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif (
            not starts_new
            and not markdown
            and prev is not None
            and cur is not None
            and cur.kind != "note"
            and (
                _next_is_op(lines, i, expected)
                or (cur.kind in ("op", "sub") and _next_line_is_item(lines, i))
            )
            and _final_punct(prev.text)
            and is_title_heading(text)
        ):
            # A heading line between the preamble and paragraph 1, between two numbered
            # paragraphs or between two items of a list, with no blank line around it:
            # "..., / Targeted Sanctions / 1. Decides ...", "... mandate: / Protection
            # of civilians / (a) To protect ...". It is a unit of its own, and the label
            # after it may open a paragraph or an item.
            units.append(_Unit([line], "para", indent=line.indent, title=True))
            blank_before, prev, page_break = False, line, False
            continue
        elif not starts_new and prev is not None and cur is not None and cur.kind == "para":
            ended = _final_punct(prev.text)
            if (
                (line.indent >= prev.indent + 2 and ended)
                or (ended == "," and _PP_OPENER.match(text) and not in_operative)
                or (
                    ended in (";", ".")
                    and _opens_upper(text)
                    and not in_operative
                    and not _ABBREVIATION_END.search(prev.text)
                )
                or (
                    # "Having examined the application ..., 26" / "Recommends to the
                    # General Assembly ...": a single operative paragraph after the
                    # last recital, with no blank line between them.
                    ended == ","
                    and not in_operative
                    and _OP_OPENER.match(text)
                    and _PP_OPENER.match(cur.text)
                )
            ):
                starts_new = True
        if cross_ref and cur is not None and cur.kind != "note":
            starts_new = False  # "paragraph 1" / "(g) of this resolution": one sentence
        if starts_new:
            units.append(_Unit([line], "para", indent=line.indent, md_heading=line.md_heading))
        else:
            assert cur is not None
            cur.lines.append(line)
        awaiting_text = False
        blank_before, prev, page_break = False, line, False
    return units


# --------------------------------------------------------------------------- building


@dataclass
class _Node:
    """A clause under construction."""

    ref: str
    section: Section
    label: str | None
    lines: list[_Line]
    heading: str | None = None
    children: list[_Node] = field(default_factory=list)
    #: For sub-paragraphs: the label family ("paren-alpha", "bullet", ...) and key.
    family: str = ""
    key: str = ""
    indent: int = 0

    def clause(self) -> Clause:
        children = tuple(child.clause() for child in self.children)
        first = self.lines[0].no
        last = max([ln.no for ln in self.lines] + [c.span.last_line for c in children if c.span])
        return Clause(
            ref=self.ref,
            section=self.section,
            label=self.label,
            text=_join(self.lines),
            children=children,
            heading=self.heading,
            span=Span(first_line=first, last_line=last),
        )


def _to_roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _from_roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(s):
        value = values[ch]
        total += -value if k + 1 < len(s) and values[s[k + 1]] > value else value
    return total


def _next_key(family: str, key: str) -> str:
    """The label key expected after ``key`` in a list of this family."""
    if family.endswith("roman"):
        return _to_roman(_from_roman(key) + 1) if is_roman(key) else ""
    if family.endswith("num"):
        return str(int(key) + 1) if key.isdigit() else ""
    if family.endswith("upper"):
        return chr(ord(key) + 1) if len(key) == 1 else ""
    if family == "bullet":
        return key
    if len(key) == 1 and key < "z":
        return chr(ord(key) + 1)
    return ""


def _ocr_roman(key: str) -> str:
    """Roman numerals misread as digits or "l": "(1)" for "(i)", "(11)" for "(ii)"."""
    folded = key.replace("1", "i").replace("l", "i")
    return folded if is_roman(folded) else ""


class _Builder:
    """Numbers the units and builds the clause trees, collecting warnings and headings."""

    def __init__(self) -> None:
        self.preamble: list[_Node] = []
        self.operative: list[_Node] = []
        self.headings: list[Heading] = []
        self.warnings: list[ParseWarning] = []
        #: Headings read since the last clause, waiting for the clause they stand before.
        self.pending_headings: list[tuple[str, Span, Section]] = []
        #: A heading inside a list, waiting for the item it stands before.
        self.pending_sub_heading: tuple[str, _Line] | None = None
        self.heading: str | None = None
        self.stack: list[_Node] = []  # open sub-paragraph path under the current clause
        self.last_op: int | None = None
        self.used_refs: set[str] = set()
        #: The next suffix to try for a ref used already, so that repeats cost no search.
        self.ref_suffixes: dict[str, int] = {}
        self.notes: list[Footnote] = []

    # -- top level ----------------------------------------------------------------

    def _open(self, node: _Node) -> None:
        self._flush_sub_heading(node.ref)
        for text, span, section in self.pending_headings:
            self.headings.append(Heading(text=text, section=section, before=node.ref, span=span))
            self.heading = text  # the clause falls under the last (innermost) heading
        self.pending_headings = []
        node.heading = self.heading
        (self.preamble if node.section == "preamble" else self.operative).append(node)
        self.used_refs.add(node.ref)
        self.stack = [node]

    def add_pp(self, unit: _Unit) -> None:
        ref = f"PP{len(self.preamble) + 1}"
        if self.operative and self.preamble and self.preamble[-1].heading != self.heading:
            pass
        self._open(_Node(ref, "preamble", None, unit.lines, indent=unit.indent))

    def add_op(self, unit: _Unit, number: int | None) -> None:
        if number is None:
            ref = f"OP{len(self.operative) + 1}"
        else:
            line = unit.lines[0].no
            if self.last_op is not None and number == self.last_op:
                self.warn("numbering-repeat", f"paragraph {number} is numbered twice", line)
            elif number != (self.last_op or 0) + 1:
                self.warn(
                    "numbering-gap",
                    f"expected paragraph {(self.last_op or 0) + 1}, found {number}",
                    line,
                )
            self.last_op = number
            ref = f"OP{number}"
            suffix = 2
            while ref in self.used_refs:
                ref, suffix = f"OP{number}-{suffix}", suffix + 1
        self._open(_Node(ref, "operative", unit.label, unit.lines, indent=unit.indent))

    def add_heading(self, unit: _Unit, section: Section) -> None:
        # Two headings in a row, each standing alone ("AMISOM" then "Priorities and
        # tasks"): two headings, both before the next clause. A heading wrapped over two
        # lines is one unit, so it stays one heading.
        span = Span(first_line=unit.lines[0].no, last_line=unit.lines[-1].no)
        self.pending_headings.append((unit.text, span, section))

    def add_sub_heading(self, unit: _Unit) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.pending_sub_heading = (f"{text} {unit.text}", line)
        else:
            self.pending_sub_heading = (unit.text, unit.lines[0])

    def _flush_sub_heading(self, before: str | None) -> None:
        if self.pending_sub_heading is not None:
            text, line = self.pending_sub_heading
            self.headings.append(
                Heading(
                    text=text,
                    section="operative",
                    before=before,
                    span=Span(first_line=line.no, last_line=line.no),
                )
            )
            self.pending_sub_heading = None

    def continue_text(self, unit: _Unit) -> None:
        self.stack[-1].lines.extend(unit.lines)

    def warn(self, code: str, message: str, line: int | None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, line=line))

    # -- sub-paragraphs -------------------------------------------------------------

    def add_sub(self, unit: _Unit, next_label: str | None) -> None:
        """Attach a labelled unit to the open clause, at the level its label continues."""
        label = unit.label or ""
        raw = label.strip("().}")
        if label in _BULLETS:
            families = ["bullet"]
        elif label.startswith("(") and raw.isdigit():
            families = ["paren-roman", "paren-num"] if _ocr_roman(raw) else ["paren-num"]
        elif label.startswith("("):
            families = ["paren-upper"] if raw.isupper() else ["paren-alpha", "paren-roman"]
        elif raw.isdigit():
            families = ["dot-num"]
        else:
            families = ["dot-alpha", "dot-roman"]
        # 1. Continue an open list (deepest first): "(i)" after "(h)" is the letter i.
        for depth in range(len(self.stack) - 1, 0, -1):
            level = self.stack[depth]
            if level.family not in families:
                continue
            key = self._key(level.family, raw)
            if level.family == "bullet":
                if abs(level.indent - unit.indent) <= 1:
                    self._attach(depth - 1, unit, level.family, label)
                    return
                continue
            if key and key == _next_key(level.family, level.key):
                self._attach(depth - 1, unit, level.family, key)
                return
        # A label repeated ("(a)" after "(a)") is a slip in the numbering, not a list
        # inside the item: a sibling, with a warning. (Nesting it made every repeat one
        # level deeper.)
        for depth in range(len(self.stack) - 1, 0, -1):
            level = self.stack[depth]
            if (
                level.family in families
                and level.family != "bullet"
                and self._key(level.family, raw) == level.key
            ):
                self.warn(
                    "numbering-repeat",
                    f"{label} is repeated in {self.stack[0].ref}: read as the next item",
                    unit.lines[0].no,
                )
                self._attach(depth - 1, unit, level.family, level.key)
                return
        # 2. Start a new list under the deepest open item.
        parent = len(self.stack) - 1
        if "bullet" in families:
            # A less indented bullet closes deeper bullet lists.
            while (
                parent > 0
                and self.stack[parent].family == "bullet"
                and (self.stack[parent].indent > unit.indent)
            ):
                parent -= 1
            self._attach(parent, unit, "bullet", label)
            return
        family = families[0]
        if (family == "paren-alpha" and raw == "i") or (family == "dot-alpha" and raw == "i"):
            family = family.replace("alpha", "roman")
        elif family == "paren-roman" and raw.isdigit():
            # "(1)" opening a list: roman when the next label is "(ii)" / "(11)".
            follow = (next_label or "").strip("().")
            if _ocr_roman(follow) != "ii":
                family = "paren-num"
        first = {"alpha": "a", "roman": "i", "num": "1", "upper": "A"}[family.split("-")[1]]
        key = self._key(family, raw)
        if key != first and len(self.stack) > 1:
            # A list that does not start at its first label: sibling of the same family
            # if one is open, else a new list with a numbering warning.
            for depth in range(len(self.stack) - 1, 0, -1):
                if self.stack[depth].family == family:
                    self.warn(
                        "numbering-gap",
                        f"expected {_next_key(family, self.stack[depth].key) or 'a label'} "
                        f"in {self.stack[0].ref}, found {label}",
                        unit.lines[0].no,
                    )
                    self._attach(depth - 1, unit, family, key)
                    return
        self._attach(parent, unit, family, key)

    @staticmethod
    def _key(family: str, raw: str) -> str:
        if family.endswith("roman"):
            return _ocr_roman(raw) if raw.isdigit() or "l" in raw else raw
        return raw

    def _bounded(self, parent_depth: int, unit: _Unit) -> int:
        """``parent_depth``, or the deepest level a child may hang from when the clause
        would nest deeper than :data:`MAX_CLAUSE_DEPTH` (kept flat, with a warning)."""
        deepest = MAX_CLAUSE_DEPTH - 2  # the stack's index of a level-9 parent
        if parent_depth <= deepest:
            return parent_depth
        self.warn(
            "too-deep",
            f"sub-paragraph {unit.label or ''} in {self.stack[0].ref} nests deeper than "
            f"{MAX_CLAUSE_DEPTH} levels: kept at level {MAX_CLAUSE_DEPTH}".replace("  ", " "),
            unit.lines[0].no,
        )
        return deepest

    def _attach(self, parent_depth: int, unit: _Unit, family: str, key: str) -> None:
        parent_depth = self._bounded(parent_depth, unit)
        parent = self.stack[parent_depth]
        ordinal = len(parent.children) + 1
        ref_label = f"({key})" if family != "bullet" else None
        ref = child_ref(parent.ref, ref_label, ordinal)
        if ref in self.used_refs:
            # A repeated label: "OP1(a)-2", as a repeated paragraph number gives "OP5-2".
            suffix = self.ref_suffixes.get(ref, 2)
            while f"{ref}-{suffix}" in self.used_refs:
                suffix += 1
            self.ref_suffixes[ref] = suffix + 1
            ref = f"{ref}-{suffix}"
        self.used_refs.add(ref)
        node = _Node(
            ref,
            parent.section,
            unit.label,
            unit.lines,
            family=family,
            key=key,
            indent=unit.indent,
        )
        parent.children.append(node)
        self.stack = [*self.stack[: parent_depth + 1], node]
        self._flush_sub_heading(node.ref)

    def add_unlabelled_child(self, unit: _Unit) -> None:
        self.stack = self.stack[: self._bounded(len(self.stack) - 1, unit) + 1]
        parent = self.stack[-1]
        node = _Node(
            child_ref(parent.ref, None, len(parent.children) + 1),
            parent.section,
            None,
            unit.lines,
            family="plain",
            indent=unit.indent,
        )
        parent.children.append(node)
        self.stack = [*self.stack, node]


def _is_heading(unit: _Unit, following: _Unit | None) -> bool:
    """A short line without final punctuation, followed by paragraphs."""
    if unit.kind != "para":
        return False
    if unit.md_heading:
        return True
    text = unit.text
    if following is None or len(unit.lines) > 2 or len(text.split()) > 16:
        return False
    if _final_punct(text) or text[-1:] in ",;:.!?" or not text[:1].isupper():
        return False
    return _PP_OPENER.match(text) is None


#: A section code opening a heading: "1a: Targeting illicit finances", "2B: Reporting".
_SECTION_CODE = re.compile(r"^\d{1,2}[A-Za-z]:\s+\S")


def _is_operative_heading(units: list[_Unit], k: int, stack: list[_Node]) -> bool:
    """In the operative part, a line standing alone between a paragraph that has ended
    and a numbered paragraph (or the next item of a list left open) is a heading, even
    when it opens with a participle ("Reporting", "Targeted sanctions in Somalia",
    "Armed Groups"), ends with a colon ("Rule of law:"), opens with a section code
    ("1a: Targeting illicit finances") or runs over two lines; so is each of several
    such lines in a row. A recital there would end with a comma, a paragraph going on
    would start in lower case."""
    if not stack or _final_punct(_join(stack[-1].lines)) not in (";", "."):
        return False
    while True:
        unit, following = units[k], _next(units, k)
        if not _heading_shape(unit) or following is None:
            return False
        if following.kind == "op":
            return True
        if following.kind != "para":
            break
        k += 1  # another heading follows ("Part 2: ..." / "2a: ..." / "13. Calls upon")
    if following.kind != "sub" or len(unit.lines) > 1 or len(unit.text.split()) > 8:
        return False
    # Inside a list: the next item must continue a list already open.
    label = following.label or ""
    return any(
        node.family and node.key and _continues(node.family, node.key, label) for node in stack[1:]
    )


def _heading_shape(unit: _Unit) -> bool:
    """An unlabelled unit of at most two lines and 20 words, starting with a capital or a
    section code, ending without punctuation or with a colon; a participle opening or a
    colon only on a short line (a lead-in or a recital that lost its comma is longer)."""
    text = unit.text
    words = len(text.split())
    if unit.kind != "para" or unit.md_heading or len(unit.lines) > 2 or words > 20:
        return False
    if not (text[:1].isupper() or _SECTION_CODE.match(text)):
        return False
    punct = _final_punct(text)
    if punct not in ("", ":") or text[-1:] in ",;.!?":
        return False
    return not ((punct == ":" or _PP_OPENER.match(text)) and (len(unit.lines) > 1 or words > 8))


def _build(units: list[_Unit], early: list[_Unit], *, statement: bool = False) -> _Builder:
    """Classify the units (PP, OP, sub-paragraph, heading, continuation) and build trees.

    A presidential statement (``statement``) has no preamble: its every paragraph is
    operative.
    """
    b = _Builder()
    numbered = any(u.kind == "op" for u in units)
    all_units = early + units
    # Without numbers, the operative part starts at the first paragraph that ends with
    # ";" or "." (preambular paragraphs end with ","), or at the last paragraph.
    first_op: int | None = None
    if statement and not numbered:
        first_op = 0
    elif not numbered:
        paras = [
            k
            for k, u in enumerate(all_units)
            if u.kind == "para" and not _is_heading(u, _next(all_units, k))
        ]
        first_op = next(
            (
                k
                for k in paras
                if _final_punct(all_units[k].text) in (";", ".")
                or (
                    _final_punct(all_units[k].text) == ":"
                    and not _PP_OPENER.match(all_units[k].text)
                )
            ),
            None,
        )
        if first_op is None and paras:
            last = all_units[paras[-1]]
            if not (_final_punct(last.text) == "," and _PP_OPENER.match(last.text)):
                first_op = paras[-1]
    section: Section = "preamble"
    for k, unit in enumerate(all_units):
        following = _next(all_units, k)
        if unit.kind == "note":
            first = unit.lines[0]
            match = _FOOTNOTE.match(first.text)
            body = [_Line(first.no, match.group("text") if match else first.text), *unit.lines[1:]]
            b.notes.append(Footnote(mark=unit.label or "", text=_join(body), line=first.no))
            continue
        if unit.kind == "op":
            section = "operative"
            b.add_op(unit, unit.number)
            continue
        if unit.kind == "sub":
            if len(b.stack) == 0 or (
                b.stack[0].family
                and b.stack[0].key
                and _continues(b.stack[0].family, b.stack[0].key, unit.label or "")
            ):
                # Labelled paragraphs without operative numbers ("(a) Resolves ...;",
                # "(b) Requests ..."): they are the operative paragraphs.
                section = "operative"
                b.add_op(unit, None)
                family, key = _family_of(unit.label or "")
                b.stack[0].family, b.stack[0].key = family, key
                continue
            if _is_numbered_heading(unit, following, b.stack):
                # "(i) Exemptions, advance approvals and notifications" above "9. Decides".
                first = unit.lines[0]
                titled = _Line(first.no, f"{unit.label} {first.text}", first.indent)
                b.add_heading(_Unit([titled], "para"), "operative")
                continue
            b.add_sub(unit, _next_sub_label(all_units, k))
            continue
        if (
            _is_heading(unit, following)
            or (
                numbered and section == "operative" and _is_operative_heading(all_units, k, b.stack)
            )
            or (section == "preamble" and _is_preamble_end_heading(unit, following, b.stack))
            or (section == "operative" and _is_lead_in_heading(unit, following, b.stack))
        ):
            if section == "operative" and b.stack and following and following.kind == "sub":
                # A sub-heading inside a list: it stands before the next item.
                b.add_sub_heading(unit)
                continue
            upcoming: Section = section
            if numbered and following is not None and following.kind == "op":
                upcoming = "operative"
            b.add_heading(unit, upcoming)
            continue
        if not numbered:
            if first_op is not None and k >= first_op:
                section = "operative"
            if section == "operative":
                b.add_op(unit, None)
            else:
                b.add_pp(unit)
            continue
        if section == "preamble" or not b.stack:
            b.add_pp(unit)
            continue
        # An unnumbered paragraph inside the operative part.
        previous = _join(b.stack[-1].lines)
        if (
            _final_punct(previous) == ":"
            and _final_punct(unit.text) == ":"
            and len(b.stack) > 1
            and b.stack[-1].family not in ("", "plain")
            and following is not None
            and following.kind == "sub"
        ):
            # "(c) Supporting the peace process:" / "To carry out ... the following
            # tasks:" / "(i) ...": the item's lead-in goes on in a second paragraph.
            b.continue_text(unit)
        elif _final_punct(previous) == ":" or (
            b.stack[-1].family == "plain" and _final_punct(previous) != "."
        ):
            b.add_unlabelled_child(unit)
        elif (
            _final_punct(unit.text) == ","
            and _PP_OPENER.match(unit.text)
            and (_final_punct(previous) in (";", "."))
        ):
            # A recital between operative parts ("B / Determined to ..., / Acting under").
            b.add_pp(unit)
        else:
            b.continue_text(unit)
    return b


def _is_preamble_end_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Between the last recital (which has ended) and paragraph 1, a title-case line that
    opens with a participle is a heading ("Targeted Sanctions", "Monitoring and
    Reporting"): a recital there would go on in lower case and end with a comma."""
    if following is None or following.kind != "op" or unit.kind != "para":
        return False
    if len(unit.lines) > 2 or not is_title_heading(unit.text):
        return False
    return not stack or bool(_final_punct(_join(stack[-1].lines)))


def _is_lead_in_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """Right after a lead-in ("... the following mandate:") and before its first item, a
    one-line title ("Monitoring and Reporting", "Protection of Civilians") is a heading
    of the items, not an unlabelled item holding them."""
    if following is None or following.kind != "sub" or unit.kind != "para" or not stack:
        return False
    if len(unit.lines) > 1 or not is_title_heading(unit.text):
        return False
    return _final_punct(_join(stack[-1].lines)) == ":"


def _is_numbered_heading(unit: _Unit, following: _Unit | None, stack: list[_Node]) -> bool:
    """A labelled title line right before a numbered paragraph, that continues no list
    open in the current paragraph: a heading that carries a number, not an item."""
    if following is None or following.kind != "op" or len(unit.lines) > 1:
        return False
    if not unit.text or not _is_title(unit.text):
        return False
    label = unit.label or ""
    if label in _BULLETS:
        return False
    for node in stack[1:]:
        if node.family and node.key and _continues(node.family, node.key, label):
            return False
    return True


def _family_of(label: str) -> tuple[str, str]:
    """The list family and key of a label that opens a list on its own."""
    raw = label.strip("().}")
    if label in _BULLETS:
        return "bullet", label
    style = "paren" if label.startswith("(") else "dot"
    if raw.isdigit():
        return f"{style}-num", raw
    if raw.isupper():
        return f"{style}-upper", raw
    if raw == "i" or (len(raw) > 1 and is_roman(raw)):
        return f"{style}-roman", raw
    return f"{style}-alpha", raw


def _continues(family: str, key: str, label: str) -> bool:
    """Whether ``label`` is the next one after ``key`` in a list of ``family``."""
    if family == "bullet":
        return label == key
    raw = label.strip("().}")
    if family.startswith("paren") != label.startswith("("):
        return False
    return bool(raw) and raw == _next_key(family, key)


def _next(units: list[_Unit], k: int) -> _Unit | None:
    return units[k + 1] if k + 1 < len(units) else None


def _next_sub_label(units: list[_Unit], k: int) -> str | None:
    # By index, not a slice: copying the rest of the list for every label was quadratic.
    for j in range(k + 1, len(units)):
        unit = units[j]
        if unit.kind == "op":
            return None
        if unit.kind == "sub":
            return unit.label
    return None


# --------------------------------------------------------------------------- checks


def _structural_warnings(draft_pp: list[_Node], draft_op: list[_Node]) -> list[ParseWarning]:
    """Preambular paragraphs without a final comma, operative ones without a verb."""
    warnings: list[ParseWarning] = []
    for node in draft_pp:
        last = node
        while last.children:
            last = last.children[-1]
        text = _join(last.lines)
        if _final_punct(text) != ",":
            warnings.append(
                ParseWarning(
                    code="preamble-no-comma",
                    message=f"{node.ref} does not end with a comma",
                    line=last.lines[-1].no,
                )
            )
    for node in draft_op:
        text = _join(node.lines).lstrip("\"'“‘([|")
        if not text[:1].isupper():
            warnings.append(
                ParseWarning(
                    code="operative-no-verb",
                    message=f"{node.ref} does not open with a capitalised verb",
                    line=node.lines[0].no,
                )
            )
    return warnings


# --------------------------------------------------------------------------- entry point


def _take_chapeau(lines: list[_Line], front: _Front) -> None:
    """The chapeau of a presidential statement ("At its 5546th meeting, held on ..., the
    President of the Security Council made the following statement on behalf of the
    Council:") becomes the statement's enacting formula, not its first paragraph.

    Looked for only where no enacting formula was found: in the first paragraph after
    the masthead, up to the line that ends with a colon.
    """
    start = front.body_start
    while start < len(lines) and not lines[start].text:
        start += 1
    if start == len(lines) or not _CHAPEAU_OPENING.match(lines[start].text):
        return
    end = start
    while end < len(lines) and lines[end].text and not lines[end].text.endswith(":"):
        end += 1
    if end == len(lines) or not lines[end].text:
        # No colon in the paragraph: the chapeau ends where its paragraph does.
        end -= 1
    chapeau = _join(lines[start : end + 1])
    if _CHAPEAU_WORDS not in chapeau or len(chapeau.split()) > _CHAPEAU_MAX_WORDS:
        return
    front.formula = chapeau
    front.formula_line = lines[start].no
    front.body_start = end + 1
    front.chapeau = True


def _status(
    head: _Masthead, closing: list[str], chapeau: bool
) -> tuple[DocumentKind | None, DocumentStatus | None, str | None]:
    """What the document is, where it stands and its vote: the masthead says draft,
    resolution or statement; a voting line at the end (old texts) says adopted, vetoed
    or not adopted, and a draft that lost its vote stays a draft."""
    kind, status, vote = head.kind, head.status, head.vote
    if chapeau and kind is None:
        kind, status = "statement", "adopted"
    # The record may run over several closing lines, up to the one that states the
    # outcome: "Vote: 11 in favour, ..." then "Not adopted.".
    records: list[str] = []
    for line in closing[:_RECORD_LINES]:
        if not (_closing_starts(line) or _VOTE_LINE.match(line)):
            break
        records.append(line)
        if vote_status(" ".join(records)) is not None:
            break
    record = " ".join(records) or None
    security_council = head.organ == "Security Council" or (head.symbol or "").startswith("S/")
    outcome = vote_status(record, security_council=security_council) if record else None
    if outcome is not None and kind != "statement":
        vote = vote or record
        if outcome == "adopted":
            kind, status = kind or "resolution", "adopted"
        else:
            kind, status = "draft", outcome
    return kind, status, vote


@_with_document_hyphens
def parse_text(text: str, *, path: str | None = None, markdown: bool = False) -> Draft:
    """Read a draft resolution or a presidential statement from plain text (copied from a
    PDF or Word file) or Markdown.

    Raises :class:`~resdiff.errors.ResolutionParseError` for empty input and for text
    without any paragraph (only a masthead, say), naming the file, line and column.
    """
    if not text.strip():
        raise ResolutionParseError(
            "empty input: expected a draft resolution", path=path, line=1, column=1
        )
    removed: list[RemovedText] = []
    lines = _take_furniture(_read_lines(text, markdown), removed, in_body=False)
    front = _split_masthead(lines)
    if front.formula is None:
        _take_chapeau(lines, front)
    head = _read_masthead(front.masthead, front.formula)
    statement = front.chapeau or head.kind == "statement"
    body_lines = _take_furniture(
        front.early_body
        + ([front.formula_rest] if front.formula_rest else [])
        + lines[front.body_start :],
        removed,
        in_body=True,
    )
    tail = _Tail()
    body_lines = _split_tail(body_lines, tail)
    units = _units(body_lines, markdown, removed)
    builder = _build(units, [], statement=statement)
    if not builder.preamble and not builder.operative:
        last = max([ln.no for ln in lines if ln.text] or [1])
        raise ResolutionParseError(
            "no paragraphs found: expected preambular paragraphs or numbered operative "
            "paragraphs after the masthead",
            path=path,
            line=min(last + 1, len(lines)),
            column=1,
        )
    kind, status, vote = _status(head, tail.closing, front.chapeau)
    # A statement's paragraphs speak as "The Security Council expresses ...": they open
    # with no operative verb by design, so that is not worth a warning.
    warnings = builder.warnings + _structural_warnings(
        builder.preamble, [] if kind == "statement" else builder.operative
    )
    warnings.sort(key=lambda w: w.line or 0)
    headings = list(builder.headings)
    for text_, span, section in builder.pending_headings:
        # A heading line with nothing after it: keep its words as a heading.
        headings.append(Heading(text=text_, section=section, before=None, span=span))
    preamble = tuple(node.clause() for node in builder.preamble)
    operative = tuple(node.clause() for node in builder.operative)
    return Draft(
        symbol=head.symbol,
        draft_symbol=head.draft_symbol,
        organ=head.organ,
        kind=kind,
        status=status,
        language=detect_language(" ".join(c.full_text() for c in preamble + operative)),
        sponsors=head.sponsors,
        date=head.date,
        title=head.title,
        adoption=head.adoption,
        vote=vote,
        masthead=head.lines,
        enacting_formula=front.formula,
        preamble=preamble,
        operative=operative,
        headings=tuple(headings),
        annexes=tuple(tail.annexes),
        footnotes=tuple(builder.notes + tail.footnotes),
        closing=tuple(tail.closing),
        warnings=tuple(warnings),
        furniture=tuple(sorted(removed, key=lambda r: r.line)),
    )


__all__ = [
    "clean_for_display",
    "is_title_heading",
    "parse_text",
    "split_sponsors",
    "vote_status",
]
