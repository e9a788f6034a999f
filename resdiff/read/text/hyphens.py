"""Line-end hyphens, for the first stage of the text reader (:mod:`.lines`): soft hyphens
and a browser's printed breaks found at line ends, the evidence of how a document writes
its words away from line ends (:class:`_HyphenEvidence`, for the document being read or the
paragraph being joined), and the rules that decide whether a hyphen at a line's end is
kept, dropped or suspended (:func:`_hyphen_glue`). :func:`.lines._join` asks them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from ...compiled import compile_cached
from ..common import clean_for_display, normalize_space
from .patterns import (
    _HYPHEN_FOLD,
    _HYPHEN_TOKEN,
    _LINE_END_HYPHEN,
    _OTHER_BREAKS,
    _SUSPENDED_NEXT,
    _hyphen_rules,
)

# --------------------------------------------------------------------------- line ends

#: A soft hyphen, kept only as the last character of a line whose word goes on below.
SOFT_HYPHEN = "\u00ad"
#: What stands at a line's end: the spaces up to the line break looked through once
#: (linear). Every break of ``_read_lines`` ends a line (CR alone, Unicode's separators),
#: for the patterns built on it run before they are made newlines.
_AT_LINE_END = rf"(?=[^\S\r\n{_OTHER_BREAKS}]*(?:[\r\n{_OTHER_BREAKS}]|$))"
#: A soft hyphen at a line's end, with the hyphen a browser printed at the break after it.
_SOFT_LINE_END = compile_cached(rf"\u00ad[-\u2010]?{_AT_LINE_END}")


#: A hyphen (U+2010) after a letter at a line's end: the hyphen a browser prints where it
#: breaks a word (Chromium's print to PDF, read from the PDF's text), as
#: :data:`_SOFT_LINE_END` looks at line ends.
_BROWSER_LINE_END = compile_cached(rf"(?<=[^\W\d_])\u2010{_AT_LINE_END}")
#: An ASCII hyphen after a letter at a line's end: in a print whose own breaks are
#: :data:`_BROWSER_LINE_END`'s, the hyphen of a word written with it ("peace-" /
#: "keeping"), for Chromium prints a word's own hyphen as it is written.
_ASCII_LINE_END = compile_cached(rf"(?<=[^\W\d_])-{_AT_LINE_END}")
#: An ASCII hyphen after a letter with a zero-width space after it at a line's end: a
#: hyphen the text says is the word's own (the PDF reader writes it so for a hyphen
#: drawn with the letters before it, where the producer draws the hyphens of its own
#: breaks apart: LibreOffice's "sub-" / "regional"; formats24). Kept as
#: :data:`_ASCII_LINE_END`'s are in a browser's print, whatever the word lists say.
_OWN_LINE_END = compile_cached(rf"(?<=[^\W\d_])-\u200b{_AT_LINE_END}")
#: What such a hyphen is made, in the text, until the fold of :func:`.lines._read_lines`
#: (only in a text without the character, looked for first).
_KEPT_BEFORE_FOLD = "\x01"
#: The mark of such a hyphen after it on its line, until the lines are joined: the word
#: is joined with its hyphen, whatever the word lists say. A zero-width space, which the
#: fold takes out of every text before its lines are read (as it takes the soft hyphen):
#: a line holds one only where the reader put it, and no text can forge it (a control
#: character was forged, and its own taken out).
KEPT_HYPHEN = "\u200b"
#: The word after a word's own hyphen kept at a line end that makes it a suspended one
#: ("troop-" / "and police-contributing"): the hyphen keeps its space.
_SUSPENDED_AFTER = compile_cached(r"(?:and|or)(?![\w\u2010\u2011-])")


def _as_printed(line: str) -> str:
    """A line's text as printed, spaces normalised, for what gives lines as they are
    (the masthead, furniture): without the mark :data:`KEPT_HYPHEN`, which is the join's."""
    return normalize_space(line.replace(KEPT_HYPHEN, "") if KEPT_HYPHEN in line else line)


#: Line ends with such a hyphen a text must have, at least, for them to be read as a
#: browser's breaks: one alone may be a word its author wrote with U+2010 and wrapped.
BROWSER_BREAKS = 2


def _browser_breaks(text: str) -> bool:
    """Whether every U+2010 of ``text`` ends a line after a letter, at least
    :data:`BROWSER_BREAKS` of them: the hyphens a browser printed at its own breaks, in
    a text whose words are written with the ASCII hyphen (Chromium prints a word's own
    hyphen as it is written, "Secretary-" / "General"; a text written with U+2010
    holds some inside its lines)."""
    found = len(_BROWSER_LINE_END.findall(text))
    return found >= BROWSER_BREAKS and found == text.count("\u2010")


# --------------------------------------------------------------------------- evidence


class _HyphenEvidence:
    """How a text writes its words away from line ends: the first evidence for a
    line-end hyphen. "gender-based" written elsewhere in the document keeps the hyphen of
    "gender-\\nbased"; "implementation" written elsewhere drops that of "implementa-\\ntion".

    ``forms`` counts every word as written, lower-cased, a compound whole ("gender-based",
    "case-by-case"); ``words`` counts the words and the elements of compounds. A word cut
    by a line-end hyphen is counted in neither: how it is written is the question.
    """

    __slots__ = ("_families", "forms", "words")

    #: Lines after a hyphenated line end in which the cut word may go on: page furniture
    #: (a running header, a job number, a page number) may stand between its halves.
    _CONTINUATION_LINES = 5

    def __init__(self) -> None:
        self.forms: Counter[str] = Counter()
        self.words: Counter[str] = Counter()
        # The forms counted by their family (see :meth:`family`), counted when first
        # asked: most texts never ask.
        self._families: Counter[str] | None = None

    @classmethod
    def of_lines(cls, lines: Iterable[str]) -> _HyphenEvidence:
        """The evidence of these lines, a word cut at a line end left out."""
        evidence = cls()
        pending = 0  # lines in which the second half of a cut word may still start
        # Tokens gathered, then counted at once (Counter.update runs in C, but is a
        # Python call each time: a text may have tens of thousands of short lines).
        counted: list[str] = []
        count = counted.extend
        findall = _HYPHEN_TOKEN.findall
        # What a line gives, by the line and the count pending before it: its tokens and
        # the count pending after it. A hostile text repeats one short line ("x-") tens of
        # thousands of times, each looked at anew (a quarter of its read).
        seen: dict[tuple[str, int], tuple[list[str], int]] = {}
        for raw in lines:
            known = seen.get((raw, pending))
            if known is not None:
                tokens, pending = known
                count(tokens)
                continue
            before = pending
            line = raw.strip()
            if not line.isascii():
                # The hyphens folded are not ASCII: an ASCII line holds none.
                line = line.translate(_HYPHEN_FOLD)
            if not line:
                continue
            tokens = findall(line)
            if pending and line[:1].isalnum():
                pending = 0 if line[:1].islower() else pending - 1
                tokens = tokens[1:]
                cut = True
            else:
                cut = False
            if line[-1] == "-" and line[-2:-1].isalnum() and (tokens or cut):
                # (``cut``: the line's one token was the second half of a word cut
                # before; the list was not empty, so its last is dropped all the same.)
                del tokens[-1:]
                pending = cls._CONTINUATION_LINES
            seen[raw, before] = (tokens, pending)
            count(tokens)
        evidence._count(counted)
        return evidence

    @classmethod
    def of_text(cls, text: str) -> _HyphenEvidence:
        """The evidence of ``text``'s lines (:meth:`of_lines` of ``text.splitlines()``).

        A text with no line that ends with a hyphen has no word cut at a line end: its
        tokens are those of its lines in order (none runs over a line break), found in
        one search instead of one a line (a text of 15,000 short lines spent 8 ms).
        """
        folded = text if text.isascii() else text.translate(_HYPHEN_FOLD)
        if _LINE_END_HYPHEN.search(folded) is not None:
            return cls.of_lines(text.splitlines())
        evidence = cls()
        evidence._count(_HYPHEN_TOKEN.findall(folded))
        return evidence

    def _count(self, counted: list[str]) -> None:
        """Count the tokens of every line at once: a word in lower case, the parts of a
        compound, none in capitals but a letter alone ("RES" of "S/RES/2532").

        Each distinct token is looked at once, with its count (counted in C first): a
        text repeats most of its words, and looking at every one was 0.3 µs a token.
        """
        forms, words = self.forms, self.words
        for token, n in Counter(counted).items():
            forms[token.lower()] += n
            for part in token.split("-") if "-" in token else (token,):
                if len(part) < 2 or not part.isupper():
                    words[part.lower()] += n

    def add(self, token: str, n: int = 1) -> None:
        """Count ``token`` ``n`` more times (a negative ``n`` takes it out again)."""
        form = _hyphen_form(token)
        self.forms[form] += n
        if self._families is not None:
            for key in _family_keys(form):
                self._families[key] += n
        for part in token.translate(_HYPHEN_FOLD).split("-"):
            # "RES" of "S/RES/2532" or "UN" is no word a typesetter could break.
            if len(part) < 2 or not part.isupper():
                self.words[part.lower()] += n

    def family(self, fragment: str, head: str) -> tuple[int, int]:
        """How often the text writes another word of the family of ``fragment`` +
        ``head`` (a short first part, a head of :data:`_FAMILY_STEM` letters or more, both
        lower case) with the hyphen and how often closed up: "re-designated" written
        elsewhere, and no "redesignat...", keeps the hyphen of "re-" / "designations".
        ``(0, 0)`` when the parts are of no such length."""
        if not _FAMILY_FIRST[0] <= len(fragment) <= _FAMILY_FIRST[1]:
            return 0, 0
        if len(head) < _FAMILY_STEM:
            return 0, 0
        if self._families is None:
            # Each distinct form once, by its few keys: linear in the forms.
            families: Counter[str] = Counter()
            for form, n in self.forms.items():
                if n > 0:
                    for key in _family_keys(form):
                        families[key] += n
            self._families = families
        stem = head[:_FAMILY_STEM]
        return self._families[f"{fragment}-{stem}"], self._families[fragment + stem]

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (lower case) stands in the text as a word or an element."""
        return self.words[word] > 0 or self.words[word + "s"] > 0


#: The lengths of a first part whose word family is looked at: a prefix ("re", "co",
#: "pre", "non", "inter"), not a word that stands on its own.
_FAMILY_FIRST = (2, 5)
#: The letters of the part after the break that name its family ("designat(ions)",
#: "designat(ed)"): a word's stem, most endings after it.
_FAMILY_STEM = 6


def _family_keys(form: str) -> list[str]:
    """The keys a form is counted under by :meth:`_HyphenEvidence.family`: a compound of
    a short first part, that part, its hyphen and the first letters of the rest
    ("re-design" of "re-designated"); a closed word, its first letters for each length
    of a first part ("redesign", "redesigna", ... of "redesignated")."""
    low, high = _FAMILY_FIRST
    if "-" in form:
        first, _, rest = form.partition("-")
        if low <= len(first) <= high and len(rest) >= _FAMILY_STEM and rest.isalpha():
            return [f"{first}-{rest[:_FAMILY_STEM]}"]
        return []
    if not form.isalpha():
        return []
    return [form[:n] for n in range(low + _FAMILY_STEM, min(len(form), high + _FAMILY_STEM) + 1)]


def _hyphen_form(token: str) -> str:
    """A word as the evidence keys it: lower case, every hyphen an ASCII one."""
    return token.translate(_HYPHEN_FOLD).lower()


#: The evidence of the document being read, set by :func:`_document_hyphens` (its text
#: until :func:`_document_evidence` first counts it); without it :func:`_join` looks at
#: the paragraph it joins.
_DOCUMENT_HYPHENS: ContextVar[_HyphenEvidence | str | None] = ContextVar(
    "_DOCUMENT_HYPHENS", default=None
)


def _document_evidence() -> _HyphenEvidence | None:
    """The evidence of the document being read, counted from its text when a line-end
    hyphen first asks for it: most texts have none (0.2 s per MB of words counted)."""
    held = _DOCUMENT_HYPHENS.get()
    if isinstance(held, str):
        held = _HyphenEvidence.of_text(clean_for_display(held))
        _DOCUMENT_HYPHENS.set(held)
    return held


#: The texts :func:`_join` made while one document is read, by the lines' texts (all a
#: join depends on within one read): the stages ask for a paragraph's text several times,
#: and a hostile text repeats a paragraph a thousand times. A line alone: by its text.
_JoinedMemo = dict[tuple[str, ...] | str, str]
_JOINED: ContextVar[_JoinedMemo | None] = ContextVar("_JOINED", default=None)


@contextmanager
def _document_hyphens(text: str) -> Iterator[None]:
    """Within the block, :func:`_join` decides line-end hyphens by how the whole of
    ``text`` writes its words, not only the paragraph being joined."""
    token = _DOCUMENT_HYPHENS.set(text)
    joined = _JOINED.set({})
    try:
        yield
    finally:
        _JOINED.reset(joined)
        _DOCUMENT_HYPHENS.reset(token)


def reread_document_hyphens(lines: Iterable[str]) -> None:
    """Decide the hyphens of the text being read (within :func:`_document_hyphens`) by
    ``lines`` instead of its raw text: its lines once the reader took something out of
    them that is no word of the text (a print's line numbers, which read as the first
    word of every line, the second half of "Pre-" / "4  sident" among them)."""
    if _DOCUMENT_HYPHENS.get() is not None:
        _DOCUMENT_HYPHENS.set(_HyphenEvidence.of_lines(lines))


#: Whether the text being read is the PDF reader's own layer, whose "-" and zero-width
#: space at a line's end marks a word's own hyphen (:data:`_OWN_LINE_END`). Set only by
#: :func:`own_hyphens_marked`: a text given by a user may hold the character (a web
#: page's break hints), and the mark is never taken from one (review formats24).
_OWN_HYPHENS_MARKED: ContextVar[bool] = ContextVar("_OWN_HYPHENS_MARKED", default=False)


@contextmanager
def own_hyphens_marked() -> Iterator[None]:
    """Within the block, the text reader takes a line ending "-" and a zero-width space
    as a word's own hyphen (the PDF reader's mark, :data:`_OWN_LINE_END`)."""
    token = _OWN_HYPHENS_MARKED.set(True)
    try:
        yield
    finally:
        _OWN_HYPHENS_MARKED.reset(token)


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

    The text decides first (the joined or the hyphenated form written elsewhere, then
    for a short first part the other words of its family written with the hyphen only,
    :meth:`_HyphenEvidence.family`),
    then the lists of ``hyphens.toml`` in the order that file gives, then whether both
    parts are words of the text.
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
    # Then its other words of the family, written with the hyphen and never closed up
    # ("re-designated" for "re-" / "designations"). Only to keep it: the closed forms are
    # no evidence against it, for UN texts write "coordination" beside the title
    # "Humanitarian Co-ordinator" and "underperformance" beside "under-performing"
    # (measured on the AKN corpus: 5 breaks righted, 1 wronged, where closing up too
    # wronged 10 more).
    kept, closed = evidence.family(fragment, head)
    whole = len(printed) == len(left) and len(head) == len(right)  # no compound
    if kept and not closed and whole and head.isalpha():
        return hyphen
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


# --------------------------------------------------------------------------- joined compounds

#: A compound of capitalised parts written with hyphens ("Secretary-General",
#: "Under-Secretary-General"), as a document spells it away from line ends.
_CAPITAL_COMPOUND = compile_cached(r"\b[A-Z][a-z]++(?:-[A-Z][a-z]++)++\b")
#: The same parts run together ("SecretaryGeneral"): what ``pdftotext`` without
#: ``-layout`` makes of such a compound broken at a line's end, taking its hyphen for the
#: break's; of three parts, one hyphen lost and the other kept ("Under-SecretaryGeneral",
#: "UnderSecretary-General"), as a line's end breaks a word once.
_CAPITAL_JOINED = compile_cached(r"\b[A-Z][a-z]++(?:-?+[A-Z][a-z]++)++\b")


def restore_joined_compounds(text: str) -> str:
    """``text`` with each compound of capitalised parts run together ("SecretaryGeneral")
    written with its hyphens where the document itself writes it so elsewhere
    ("Secretary-General"): ``pdftotext`` without ``-layout`` drops the hyphen of a word
    broken at a line's end, its own hyphen too ("the SecretaryGeneral’s report", five
    times in a page copied from S/RES/2618 (2022) printed by Chromium), and the pairing of
    paragraphs read the two spellings as two words. A lower-case letter before a capital
    inside a word is no spelling of English prose; a name so written ("McDonald") is
    never written with a hyphen too, so it is left as it is."""
    if "-" not in text:
        return text
    hyphenated = {m.group().replace("-", ""): m.group() for m in _CAPITAL_COMPOUND.finditer(text)}
    if not hyphenated:
        return text
    return _CAPITAL_JOINED.sub(
        lambda m: hyphenated.get(m.group().replace("-", ""), m.group()), text
    )
