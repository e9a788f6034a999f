"""The text reader's patterns and the word lists they use: furniture, masthead, statements,
status, the tail of the text, the body's labels, joining and Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...compiled import compile_cached, parsed_toml
from ..language import _data_folder
from ..votes import _FAILED

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
_DATE = compile_cached(rf"\b{_DATE_PARTS}\b")

# Page furniture. A line is furniture when every column of it (columns are separated by
# two or more spaces) is one of these.
#: A job number, with its date stamp, and the page number beside it when a copy from a PDF
#: puts both on one line with one space ("2 06-43349" on an even page, "06-43349 3" on an
#: odd one).
#: The job number of a UN document at a page's foot, with its page number on either side
#: as a PDF copies it: "06-43349", "2 06-43349", "06-43349 3", "2/5 20-01234" and
#: "20-01234 3/5" (one space between, a new user's copy of a UN PDF).
_JOB_NUMBER = compile_cached(
    r"^(?:\d{1,3}(?:\s?/\s?\d{1,3})?\s)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})*"
    r"(?:\s\d{1,3}(?:\s?/\s?\d{1,3})?)?$"
)
_BARCODE = compile_cached(r"^\*\d{6,}\*$")
#: The date stamp printed in its own column beside a job number: "06-43109 (E)    150706".
_DATE_STAMP = compile_cached(r"^\d{6}$")
_PAGE_OF = compile_cached(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$", re.IGNORECASE
)
_BARE_NUMBER = compile_cached(r"^\d{1,3}$")
#: A document symbol standing alone (running page header): "S/2021/309", "S/RES/1695 (2006)".
_SYMBOL_ALONE = compile_cached(r"^(?:[SAE]/[A-Za-z0-9.]+(?:/[A-Za-z0-9.\-]+)*)(?:\s*\(\d{4}\))?$")
_COLUMNS = compile_cached(r"\s{2,}")

# Masthead.
_S_RES = compile_cached(r"\bS/RES/(\d+)\s*\((\d{4})\)")
_A_RES = compile_cached(r"\bA/RES/(\d+/\d+[A-Z]?)")
#: A draft's symbol: the Council's ("S/2006/508", "S/12345"), the Assembly's and its
#: committees' ("A/78/L.30", "A/C.3/78/L.12", "A/HRC/54/L.3", "A/ES-11/L.7"), the
#: Economic and Social Council's and its commissions' ("E/2024/L.15", "E/CN.6/2024/L.3"),
#: with a revision, an addendum or a corrigendum ("/Rev.1/Corr.1").
_DRAFT_SYMBOL = compile_cached(
    r"\b(?:S/\d{4}/\d+|S/\d{3,5}"
    r"|A/(?:C\.\d/|HRC/)?\d+/L\.\d+|A/ES-\d+/(?:\d+/)?L\.\d+"
    r"|E/(?:CN\.\d+/)?\d{4}/L\.\d+)"
    r"(?:/Rev\.\d+)?(?:/Add\.\d+)?(?:/Corr\.\d+)?"
)
_ORGAN_NAMES = ("Security Council", "General Assembly", "Economic and Social Council")
_ORGAN = compile_cached(r"^(Security Council|General Assembly|Economic and Social Council)$")
_DISTR = compile_cached(r"^Distr\.?\s*:?\s*(?:General|Limited|Restricted)\b", re.IGNORECASE)
_ORIGINAL = compile_cached(r"^Original\s*:", re.IGNORECASE)
# The names end on a non-space: ".+?\s*:" tried every split of a run of spaces (quadratic).
#: A footnote's mark may stand by the colon: "Cuba:* draft resolution" (the note says on
#: whose behalf), "Cuba*: draft resolution".
_SPONSORS = compile_cached(
    r"^(?P<names>.*?[^\s*])\s*+\**+\s*+:\s*+\**+\s*+(?:revised\s+)?draft\s+resolution\b", re.I
)
_DRAFT_RESOLUTION = compile_cached(
    r":\s*+\**+\s*+(?:revised\s+)?draft\s+resolution\b", re.IGNORECASE
)
#: A masthead line that says the text is a draft: "Draft resolution", "[Revised draft
#: resolution]".
_DRAFT_ONLY = compile_cached(r"^\[?(?:Revised\s+)?draft\s+resolution\]?$", re.IGNORECASE)


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


#: "Resolution 578 (1985) of 12 December 1985"; the date's year may stand on the next
#: line, where a narrow column wraps the title ("... of 12 December" / "1985").
_RESOLUTION_N = compile_cached(
    rf"^RESOLUTION\s+(\d+)(?:\s*\((\d{{4}})\))?"
    rf"(?:\s+of\s+\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?)?$",
    re.IGNORECASE,
)
_RESOLUTION_GA = compile_cached(r"^RESOLUTION\s+(\d+/\d+[A-Z]?)\b", re.IGNORECASE)
#: Old printed volumes: "100 (1953). Resolution of 27 October 1953".
_OLD_HEADER = compile_cached(
    rf"^(\d+)\s*\((\d{{4}})\)\.?\s*Resolution of\s+\d{{1,2}}\s+(?:{_MONTHS})"
)
_BRACKET_SYMBOL = compile_cached(r"^\[\s*([SA]/[^\]\s,;]+)[^\]]*\]$")
_ADOPTED_BY = compile_cached(
    r"^(?:Resolution\s+)?[Aa]dopted by the ([A-Z][A-Za-z ]+?) (?:at its|on|without)\b"
)
_DATE_LINE = compile_cached(rf"^(?:of|on|dated|le|du|el)?\s*{_DATE_PARTS}\.?$")
#: A masthead date written in figures, day first as the United Nations and most
#: delegations write it: "15/02/2022", "15.02.2022".
_NUMERIC_DATE_LINE = compile_cached(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")
#: The end of an adoption line wrapped inside its date ("..., on 15 July" + "2006"): the
#: next line holds the rest of the date, or the whole of it.
_DATE_REST = compile_cached(
    rf"^(?:(?:of|on|dated)\s+)?(?:\d{{1,2}}\s+)?(?:(?:{_MONTHS})\s+)?\d{{4}}\.?$"
)
_MASTHEAD_MISC = compile_cached(
    r"^(?:United Nations|Original\s*:.*|[A-Z][a-z]+(?:-[a-z]+)?\s+session|"
    r"(?:Provisional\s+)?agenda\s+item.*|Agenda items?\s+[\d ,and]+|Item\s+\d+.*|"
    r"\[?Draft resolution\]?|Resolution adopted by the .*|"
    # "Distr.: General", "Distr. générale", "Distr.: Limited 12 May 2006", an OCR slip
    # ("Distr.: Genera1"): a short line. Not any line that opens with "Distr." ("Distr.:
    # Geneations ity Council Distr.: ... Security Council" is text, and is read the same
    # from a Word file, whose lines lose the spaces that set a masthead's columns apart).
    r"Distr\.[^\n]{0,40})$",
    re.IGNORECASE,
)
#: The enacting formula, alone on its line or opening it ("The Security Council, Having..."),
#: in English or in the French and Spanish texts (read, though not analysed).
_FORMULA = compile_cached(
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
_PRST = compile_cached(r"\bS/PRST/(\d{4})/(\d{1,4})\b")
#: The title line of a presidential statement, or of its draft.
_STATEMENT_TITLE = compile_cached(
    r"^(?:(?P<draft>Draft)\s+)?(?:presidential\s+statement|statement\s+by\s+the\s+President\s+"
    r"of\s+the\s+Security\s+Council)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
#: The chapeau of a presidential statement opens "At its 5546th meeting, held on ...";
#: it is one only if it also says the President "made the following statement".
_CHAPEAU_OPENING = compile_cached(r"^At\s+(?:its|the)\s+\d{1,5}(?:st|nd|rd|th)?\s+meeting\b")
_CHAPEAU_WORDS = "following statement"
#: Longest chapeau, in words: the item's title may be long, a paragraph is longer.
_CHAPEAU_MAX_WORDS = 150

# Status.
#: Most closing lines one voting record runs over ("Vote: ..." / "Not adopted."); more
#: are read as closing lines but not as the record, so a long closing costs no more.
_RECORD_LINES = 4
#: A voting line that opens the closing without saying "Adopted" or "Not adopted" first:
#: "Vote: 11 in favour, ...", "11 in favour, 1 against, 3 abstentions", "The draft
#: resolution received 11 votes in favour ...", "In favour: Albania, ...". It opens the
#: closing only after a sentence that ended (:func:`_closing_at`): a recital may recount a
#: vote on a wrapped line of its own.
_VOTE_LINE = compile_cached(
    r"^(?:(?:Recorded\s+)?Votes?|Voting|Result\s+of\s+the\s+vote)\s*:"
    r"|^\d{1,2}\s+(?:votes\s+)?in\s+favour\b"
    r"|^The\s+draft(?:\s+resolution)?\s+(?:received|obtained)\s+\d{1,2}\s+votes?\b"
    r"|^In\s+favour\s*:"
)

# Tail of the text. "Adapted at the 1821st meeting" is the print's "Adopted" read by OCR
# (S/RES/368 (1975)), and so is "Adapted unanimously at the" / "2312th meeting." (S/RES/494
# (1981)): only with "at the" and a meeting's number, or "unanimously", so that a
# paragraph opening "Adapted to ..." stays a paragraph.
_ADOPTED = compile_cached(
    r"^(?:\d{1,3}\s+)?(?:Adopted\b(?! by the \w+ \w+ at its)"
    r"|Adapted\s+(?:at\s+the\s+\d|unanimously\b))"
)


def _closing_starts(text: str) -> bool:
    """Whether a line opens the closing: a voting line, adopted or failed."""
    return bool(_ADOPTED.match(text) or _FAILED.match(text))


_ANNEX = compile_cached(
    r"^(?:ANNEX(?:ES)?|Annex(?:es)?)(?:(?:\s+(?:[IVXLC]+|[A-Z]|\d+))?"
    r"(?:\s+to\s+(?:the\s+)?(?:present\s+|this\s+)?resolution(?:\s+[\d/]+(?:\s*\(\d{4}\))?)?)?"
    # "Annex A – Items subject to a no-objection process", "Annex I: Items subject to
    # advance approval"
    # A title after a space alone ("Annex II Nuclear-related Items shall apply as set out
    # in ...") is no heading: a line of a paragraph may open so after a page break.
    r"(?:\s*[–—:-]\s*[^.;,\s][^.;,]{0,99})?)$"
)
#: A footnote line: a mark (digits or asterisks) then the note, perhaps glued ("6Ibid.").
#: The mark may stand in square brackets, as pandoc's plain text prints notes ("[1]
#: A/74/976-S/2020/773." under the rule); the mark is the number inside. A slash mark
#: may have one stray letter the scan glued to it, then a space and a capital: S/RES/780
#: (1992) prints its note "1/s United Nations Treaty Series, vol. 75, ...". The letter
#: opens the note's text, as printed (no letter of the input is dropped: the draft holds
#: every word of its source); the mark stays "1/", the number its call cites. Only after
#: a slash: "1s" or "12a" opens no note, nor "1/a" before a word in lower case, a figure
#: or a symbol, nor "1/so" (a word).
_FOOTNOTE = compile_cached(
    r"^(?P<open>\[)?(?P<mark>\d{1,3}/?|\*{1,3}|[†‡])(?(open)\])"
    r"(?:(?<=\d/)(?=[a-z][ \t]+[A-Z][a-z])|\s+(?=[A-Za-z\"'‘“(\[])|(?=[A-Z][a-z]))"
    r"(?P<text>.*)$"
)
#: A footnote mark cited in the text: glued to the word, bracket or punctuation it follows
#: ("Charter1", "(2006),1"; not "Add.1" or "Rev.1"), set after punctuation and a space
#: as old prints have it ("Mauritania, 16 in his", "Namibia, 17"), or with a slash ("of
#: 4 March 1994 1/ on"). Never at the start of a line, where a note prints its own mark.
_CITED_MARK = compile_cached(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_)][,;:])|(?<=\)\.)|(?<=[)\]\"'”’]))(\d{1,3})(?![\w/])"
    r"|(?<=[,;:])\s(\d{1,3})(?=\s+[a-z]|$)"
    r"|(?<=\s)(\d{1,3})/(?=[\s,.;:]|$)"
    # In square brackets, glued to what it follows ("sustaining peace,[1] and"): pandoc.
    r"|(?<=[^\s\[])\[(\d{1,3})\](?![\w(])"
)
#: What follows a number that goes on with a sentence rather than opening a note: a month
#: ("5 July 2006;"), a bracket ("687 (1991) and", "35 (f)"), punctuation ("1, 2 and 3"),
#: or a word in lower case ("22 of its resolution", "11 months") other than the
#: abbreviations a note opens with ("ibid.", "see").
_RUNS_ON = compile_cached(
    rf"^(?:(?:{_MONTHS})\b|(?i:{'|'.join(sorted(_OTHER_MONTHS))})\b|[(,–-]"
    r"|(?!(?:ibid|idem|see|cf)\b)[a-z])"
)
#: A number opening a line, then what follows it (for :data:`_RUNS_ON`).
_LEADING_NUMBER = compile_cached(r"^\d{1,4}(?:[,.]\d{3})*(?!\w)\s*")
#: Lines below a footnote looked through for the page break that puts it at the foot of a
#: page (other notes may stand between): a page holds fewer.
_FOOT_LOOKAHEAD = 60

# Body.
#: An operative paragraph number: "5." (and the OCR slip "5,") at the start of a line.
#: Numbers of more than :data:`_SHORT_OP_DIGITS` digits count only where the sequence
#: expects them (a compilation's paragraph 1000 follows 999; a line opening "2006." does
#: not open a paragraph); nine digits bound what ``int`` is asked to read.
#: An operative paragraph's number: "5.", and the paragraphs a negotiation inserts after one
#: without renumbering: "1 bis.", "2bis.", "3 ter.", "4 quater." (their ref is "OP1bis").
_INSERTED = "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies"
#: The suffixes of a label a negotiation adds without renumbering: the inserted
#: paragraphs, and an alternative text ("OP1 Alt", "OP1 Alt 2", "1 alternative").
_SUFFIXES = rf"{_INSERTED}|(?i:alt)(?:\.|ernative)?(?:\s?\d{{1,2}})?"
#: The text may follow the full stop with no space when it opens with a capital and a small
#: letter ("2.Urges": a PDF that sets the number 2.5 points from the verb, as LibreOffice
#: does for "100." in a list, loses the space).
#: "1)" too, as a Word list copied as text may print it (a new user's finding): then, as
#: after a comma, only the number the count expects is an operative paragraph's.
_OP_LABEL = compile_cached(
    rf"^(?P<num>\d{{1,9}})(?:\s?(?P<suffix>{_INSERTED}))?(?P<sep>[.,)])"
    r"(?:(?:\s+|(?<=\.)(?=[A-Z][a-z]))(?P<rest>\S.*))?$"
)
#: The suffix of such a label, as the reader keeps it in the unit's label ("1 bis.",
#: "OP1 bis").
_OP_SUFFIX = compile_cached(
    rf"^(?:OP\s?)?\d{{1,9}}\s?({_SUFFIXES})"
    r"(?:[.,):]|\s|$)"
)
#: The labels negotiation drafts give their paragraphs, typed or made by Word's numbering:
#: "PP1 Recalling ...", "OP3. Decides ...", "OP2 bis: Urges ...". What follows opens
#: with a capital, a bracket or a quotation mark (the verb or participle, or a bracketed
#: alternative), so that "OP1 of resolution 2231" running on from a line is no label.
#: An alternative text of a paragraph is labelled as the paragraph with "Alt" ("OP1 Alt",
#: "OP1 Alt 2"): its own paragraph, outside the count, as "1 bis" is.
_NEGOTIATION_LABEL = compile_cached(
    rf"^\[?(?P<label>(?P<side>PP|OP)\s?(?P<num>\d{{1,3}})"
    rf"(?:\s?(?P<suffix>{_SUFFIXES}))?"
    r"[.:)]?)\]?\s+(?P<rest>[A-Z(\[\"'‘“].*)$"
)
_MD_OP_LABEL = compile_cached(
    rf"^(?P<num>\d{{1,9}})(?:\s?(?P<suffix>{_INSERTED}))?[.)]\s+(?P<rest>\S.*)$"
)
_SHORT_OP_DIGITS = 3
#: An operative paragraph's number printed without a full stop, then a tab or spaces and
#: the paragraph's text ("1 Decides ...", "1<tab>Decides ..."): a paragraph's number
#: only where the count expects it and the text opens with an operative verb
#: (:func:`.shapes._bare_op`), for a line may open with a number in running text too
#: ("15 members of the Council", "2 000 troops"). (The empty "sep" is the stop it lacks.)
_BARE_OP_LABEL = compile_cached(r"^(?P<num>\d{1,3})(?P<sep>)[\t \u00a0]+(?P<rest>\S.*)$")
#: The same number alone on its line, its text on the next with no blank line between
#: (``pdftotext`` without ``-layout`` prints Word's "%1" numbering so): the groups of
#: :data:`_BARE_OP_LABEL`, empty.
_BARE_OP_ALONE = compile_cached(r"^(?P<num>\d{1,3})(?P<sep>)(?P<rest>)$")
#: The closing formula of a resolution, as its own sentence: "Decides to remain (actively)
#: seized of the matter." A scan that lost its number ("7.") at the start of the line
#: left it to run on from the paragraph before (S/RES/773 (1992)).
_CLOSING_FORMULA = compile_cached(
    r"^(?:Further\s+)?[Dd]ecides\s+to\s+remain\s+(?:actively\s+)?seized\s+of\s+(?:the|this)"
    r"\s+(?:matter|question|situation|issue)\s*\.$"
)
_PAREN_LABEL = compile_cached(
    r"^(?P<label>\((?P<key>[a-z]{1,4}|[A-Z]|\d{1,2})[)}])\s*(?P<rest>[^\s,;:.)].*)?$"
)
_DOT_LABEL = compile_cached(r"^(?P<label>(?P<key>[a-z]|[ivx]{1,4})\.)\s+(?P<rest>\S.*)$")
_BULLET = compile_cached(r"^(?P<label>[–—•·▪‣◦*+-])\s+(?P<rest>\S.*)$")
#: Words that open a preambular paragraph: participles, adjectives, "Deeply concerned",
#: and the "Whereas" of the earliest prints.
_PP_OPENER = compile_cached(
    r"^(?:(?:[A-Z][a-z]+ly|Further|Also|Again|Once again)\s+[a-z]+"
    r"|(?!United\b|Beijing\b|Kingdom\b|Red\b)[A-Z][a-z]+(?:ing|ed)\b"
    r"|(?:Mindful|Aware|Conscious|Convinced|Desirous|Cognizant|Anxious|Bearing|Keen|"
    r"Grateful|Seized|Resolved|Guided|Taking|Noting|Recognizing|Recognising|Whereas)\b)"
)
#: A paragraph led by a recital's participle ("Having considered", "Recalling", "Deeply
#: regretting"): a recital, whatever its final punctuation, unless an operative verb
#: follows a comma in it ("Noting the report, decides ..."). Not any "-ing" word:
#: "Pending the deployment of the Force, calls upon ..." is operative.
_PARTICIPLE = compile_cached(
    r"^(?:[A-Z][a-z]+ly\s+)?(?i:Having\s+[a-z]+|Recalling|Reaffirming|Reiterating|Noting"
    r"|Taking|Welcoming|Recogni[sz]ing|Expressing|Stressing|Emphasi[sz]ing|Underlining"
    r"|Underscoring|Considering|Bearing|Acknowledging|Deploring|Condemning|Commending"
    r"|Affirming|Determining|Acting|Registering|Encouraging|Appreciating|Believing"
    r"|Desiring|Regretting|Observing|Referring|Mindful)\b"
    r"(?![^;]*,\s*+(?:decides|calls|requests|urges|demands|authori[sz]es|approves"
    r"|endorses|welcomes|condemns|invites|encourages|appeals|extends|renews)\b)"
)
#: A trailing footnote mark after the final punctuation: "Sudan, 14", "S/10364, 46".
_TRAILING_MARKS = compile_cached(r"(?:(?:\s+|(?<=[,;:.]))(?:\d{1,3}/?s?|\*{1,3}|['’‘°]+\d{0,3}))+$")
#: Characters at the end of a paragraph :data:`_TRAILING_MARKS` looks at.
_MARKS_TAIL = 40
# "(?<!\s)": a run of spaces is tried from its first space only, not from each of them
# (which made a long run quadratic); the matches are the same, a match starting there.
_SPACE_BEFORE_PUNCT = compile_cached(r"(?<!\s)\s+([;:,])(?=\s|$)")
_SPACE_BEFORE_FINAL_STOP = compile_cached(r"(?<!\s)\s+\.$")
#: A line ending with an abbreviation ("Mr.", "No."): its full stop ends no paragraph.
_ABBREVIATION_END = compile_cached(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|No|Nos|St|Art|para|paras|vol|Corr|Add|Rev|[A-Z])\.$"
)
#: A line ending in the middle of a cross-reference, "paragraph 1" or "paragraph 7 (d) and":
#: a "(g)" opening the next line is part of the reference, not a sub-paragraph label.
_CROSS_REF_END = compile_cached(
    r"(?:\b(?:sub-?)?paragraphs?\s+\d{1,3}"
    r"|\S\s+\((?:[a-z]{1,4}|\d{1,2})\)(?:,|\s+(?:and|or|to))?)$",
    re.IGNORECASE,
)
#: A line that ends with a hyphen after a word: the word, with the elements before it when
#: it is a compound already ("case-by-" gives "case-by"), and the hyphen. U+2011 (the
#: non-breaking hyphen) counts: a PDF may print it last on a line, though no line breaks
#: at it by design. Searched in the last :data:`_HYPHEN_TAIL` characters of a line only.
_HYPHEN_END = compile_cached(r"(?<![^\W_])([^\W_]+(?:[-\u2010\u2011][^\W_]+)*)([-\u2010\u2011])$")
#: The line breaks of ``str.splitlines`` other than CR and LF that end a line of text
#: (vertical tab and form feed mark page breaks, see :func:`.lines._read_lines`), as
#: the characters of a class: the reader's lines end at them, and a line-end pattern
#: (:mod:`.hyphens`) looks at them before they are made newlines.
_OTHER_BREAKS = r"\x1c-\x1e\x85\u2028\u2029"
#: Longest word :data:`_HYPHEN_END` looks back over; a longer run is cut, which only
#: shortens what the hyphen rules see, and keeps each line's cost bounded.
_HYPHEN_TAIL = 100
#: The hyphens a line may end with: ASCII, U+2010 and the non-breaking U+2011.
_LINE_HYPHENS = ("-", "\u2010", "\u2011")
#: Every hyphen an ASCII one, so that "gender\u2011based" and "gender-based" count alike.
_HYPHEN_FOLD = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: A word as the hyphen rules read it: letters and digits, a compound whole ("gender-based").
_HYPHEN_TOKEN = compile_cached(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
#: The line breaks of ``str.splitlines``, each a space to ``str.strip`` too.
_BREAKS = r"\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
#: A hyphen that ends a line once the line is stripped: spaces other than line breaks
#: after it, then a line break or the end. Linear: the spaces after one hyphen are not
#: those after another.
_LINE_END_HYPHEN = compile_cached(rf"-[^\S{_BREAKS}]*(?:[{_BREAKS}]|\Z)")
#: After "and"/"or" that follows a line-end hyphen, a word with a hyphen of its own: the
#: first hyphen was suspended ("troop- and police-contributing", "short- and long-term").
_SUSPENDED_NEXT = compile_cached(r"\s+[^\W_]+[-\u2010\u2011]")
_FIRST_WORD = compile_cached(r"^([A-Za-z]+)")

# Markdown.
#: The opening of an ATX heading; its closing hashes are stripped by :func:`_md_heading`
#: with ``rstrip`` (a lazy text group followed by ``\s*#*\s*$`` backtracked cubically
#: over a long run of spaces).
_MD_HEADING = compile_cached(r"#{1,6}\s+")
_MD_QUOTE = compile_cached(r"^>\s?")
#: Emphasis marks, not an escaped one ("\\*as amended\\*" keeps its asterisks).
_MD_EMPHASIS = compile_cached(
    r"(?<![\w*\\])\*{1,3}(?=\S)|(?<=[^\s\\])\*{1,3}(?![\w*])"
    r"|(?<![\w\\])_{1,3}(?=\S)|(?<=[^\s\\])_{1,3}(?!\w)"
)
#: mammoth's footnotes (its Markdown of a Word file), as Markdown's own: the note, a
#: numbered item that opens with its anchor ("1. <a id="footnote-1"></a> A/74/976 ...
#: [↑](#footnote-ref-1)"), read as "[^1]: A/74/976 ..."; its citation, an anchor and a
#: link ('<a id="footnote-ref-1"></a>[\\[1\\]](\\#footnote\\-1)'), as "[^1]"; the link
#: back from the note left out. Before the escapes are read: mammoth escapes "[", "#", "-".
_MAMMOTH_NOTE = compile_cached(
    r"^(?P<indent>\s{0,8})(?P<n>\d{1,3})\\?\.\s{1,8}<a id=\"footnote-\d{1,3}\"></a>\s{0,8}"
)
_MAMMOTH_CITE = compile_cached(
    r"<a id=\"footnote-ref-\d{1,3}\"></a>\[\\?\[(?P<n>\d{1,3})\\?\]\]\(\\?#footnote\\?-\d{1,3}\)"
)
_MAMMOTH_BACK = compile_cached(r"\s{0,8}\[↑\]\(\\?#footnote\\?-ref\\?-\d{1,3}\)")
#: A backslash before any ASCII punctuation gives that character (CommonMark): pandoc
#: writes "Secretary-General\\'s".
_MD_ESCAPE = compile_cached(r"\\([!-/:-@\[-`{-~])")


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


#: Version of the parsed ``hyphens.toml`` kept in the user's cache.
_HYPHENS_FORMAT = 1


#: Where each field of :class:`_HyphenRules` is read in ``hyphens.toml``: its table and
#: the list's key (the one place the file's layout is written down).
_HYPHEN_FIELDS: dict[str, tuple[str, str]] = {
    "keep_words": ("keep", "words"),
    "inner": ("keep", "inner"),
    "first": ("keep", "first"),
    "same_letter": ("keep", "same_letter"),
    "first_before_word": ("keep", "first_before_word"),
    "second": ("keep", "second"),
    "second_after_word": ("keep", "second_after_word"),
    "join_words": ("join", "words"),
    "endings": ("join", "endings"),
    "join_first": ("join", "first"),
}


def _word_tables(data: Any) -> bool:
    """Whether ``data`` has the shape of a parsed ``hyphens.toml``: tables of word lists,
    every list :func:`_hyphen_rules` reads among them (a kept copy of another shape, or
    one that lacks a list, is passed over and the file parsed again, rather than failing
    every command that reads a text until the copy is deleted)."""
    return (
        isinstance(data, dict)
        and all(
            isinstance(table, dict)
            and all(
                isinstance(words, list) and all(isinstance(w, str) for w in words)
                for words in table.values()
            )
            for table in data.values()
        )
        and all(
            isinstance(data.get(table), dict) and key in data[table]
            for table, key in _HYPHEN_FIELDS.values()
        )
    )


@cache
def _hyphen_rules() -> _HyphenRules:
    """The lists of ``hyphens.toml`` in the readers' folder, read once (parsed, or read
    back as parsed from the user's cache: tomllib and importlib.resources are not imported
    by a command that reads a draft)."""
    raw = _data_folder().joinpath("hyphens.toml").read_text(encoding="utf-8")
    data = parsed_toml(raw, _HYPHENS_FORMAT, "hyphens-", _word_tables)

    def words(table: str, key: str) -> frozenset[str]:
        value = data.get(table, {}).get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"hyphens.toml: [{table}] {key} must be a list of words")
        return frozenset(w.lower() for w in value)

    return _HyphenRules(**{field: words(*place) for field, place in _HYPHEN_FIELDS.items()})


#: Word fragments that keep their hyphen when a line break falls after them, whatever
#: follows ("self-\ndefence", "gender-\nresponsive").
_HYPHEN_PREFIXES = _hyphen_rules().first

_BULLETS = frozenset("–—•·▪‣◦*+-")

#: A part label alone on its line: a capital letter or a Roman numeral, "Part" before it
#: or not, with a full stop or none ("A", "II", "PART B", "A.", "II."). Bounded: a line
#: of a few characters only.
_PART_LABEL = compile_cached(r"(?:(?:PART|Part) )?(?:[A-H]|I{1,3}|IV|VI{0,3}|IX|X)\.?\s*$")
_PART_LABEL_CHARS = 10
#: Any part's label, for telling a part's enacting formula from a second resolution's
#: (``second-resolution``): a General Assembly resolution's parts, each with its own
#: formula, run past "H" (omnibus texts in parts "A" to "T" and on) and Roman parts past
#: "X" ("XII"). Only a label the reader keeps as a heading above the formula is read.
_ANY_PART_LABEL = compile_cached(r"(?:(?:PART|Part) )?(?:[A-Z]|[IVXL]{1,7})\.?\s*$")
