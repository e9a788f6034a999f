"""Lines, the first stage of the text reader: each line cleaned, numbered and stripped of
Markdown markup, and the lines of one unit joined into its text (wrapped lines, line-end
hyphens weighed against the document's own spelling: the evidence and the rules are in
:mod:`.hyphens`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from ...compiled import compile_cached
from ..common import DISPLAY_FOLD, clean_for_display, normalize_space
from .hyphens import (
    _ASCII_LINE_END,
    _BROWSER_LINE_END,
    _JOINED,
    _KEPT_BEFORE_FOLD,
    _OWN_HYPHENS_MARKED,
    _OWN_LINE_END,
    _SOFT_LINE_END,
    _SUSPENDED_AFTER,
    KEPT_HYPHEN,
    SOFT_HYPHEN,
    _browser_breaks,
    _document_evidence,
    _hyphen_glue,
    _HyphenEvidence,
)
from .patterns import (
    _HYPHEN_END,
    _HYPHEN_FOLD,
    _HYPHEN_TAIL,
    _HYPHEN_TOKEN,
    _LINE_HYPHENS,
    _MAMMOTH_BACK,
    _MAMMOTH_CITE,
    _MAMMOTH_NOTE,
    _MARKS_TAIL,
    _MD_EMPHASIS,
    _MD_ESCAPE,
    _MD_HEADING,
    _MD_QUOTE,
    _OTHER_BREAKS,
    _SPACE_BEFORE_FINAL_STOP,
    _SPACE_BEFORE_PUNCT,
    _TRAILING_MARKS,
)

# --------------------------------------------------------------------------- lines

# What :func:`resdiff.read.common.clean` folds, except the quotation marks: curly quotes
# and apostrophes are how the text is printed, so they are kept for display (the
# comparison folds them, with every dash, in resdiff.align.normalise and the analysis).
_DISPLAY_FOLD = DISPLAY_FOLD


@dataclass(slots=True)
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


#: One of the line breaks of :data:`.patterns._OTHER_BREAKS` (each made a newline).
_OTHER_BREAK = compile_cached(rf"[{_OTHER_BREAKS}]")
_TO_NEWLINE = dict.fromkeys((0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029), "\n")


#: The share of lines with text that must open with ">" for a text to be read as quoted
#: in an e-mail (every line quoted, some blank lines left bare).
QUOTED_SHARE = 0.9
_QUOTE_MARKS = compile_cached(r"^[ \t]*(?:>[ \t]?)+")


_PAREN_NUMBER = compile_cached(r"^\((?P<num>\d{1,3})\)\s+(?=[A-Z])")
#: The first "(1)" of an operative part opens with a verb ("Decides", "Reiterates"), not
#: "(1) There should be free and open transit" (S/RES/118 (1956): an item).
_PAREN_VERB = compile_cached(r"^\(1\)\s+(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z]+s\b")
_DOT_NUMBER = compile_cached(r"^\d{1,3}[.)]\s")
#: A line of lines joined by line breaks that :data:`_DOT_NUMBER` matches: one search of
#: the text, not one a line (a line holds no line break, and the space after the number is
#: the line's own).
_DOT_NUMBER_LINE = compile_cached(r"(?m)^\d{1,3}[.)][^\S\n]")


def paren_numbers_as_operative(lines: list[_Line]) -> bool:
    """Read "(1) Decides ...", "(2) Requests ..." as the operative paragraphs 1, 2, ... of
    a text that numbers its paragraphs so and no other way (a Word list printed "(1)",
    copied as text): read as items, the whole operative part became items of the last
    recital ("Acting under Chapter VII ..."), and a format-only copy of S/RES/2552 came
    out as "authorization of force added" (a new user's finding). Only when no line opens
    with "1." or "1)", a recital ending with a comma stands before the first "(1)", and
    the numbers run on in order; the lines are relabelled "1.", "2.", ... Returns whether it
    did."""
    # Only a line that opens with a bracket may be "(1)" (the pattern's first character),
    # and the lines are looked at one by one only if there is one and none opens with
    # "1.": the passes over every line cost 0.6 s per MB of short lines, and both are
    # told by searching the lines joined, in C.
    joined = "\n".join([line.text for line in lines])
    if not (joined.startswith("(") or "\n(" in joined) or _DOT_NUMBER_LINE.search(joined):
        return False
    opening = [k for k, line in enumerate(lines) if line.text[:1] == "("]
    found: list[int] = []
    expected = 1
    for k in opening:
        line = lines[k]
        m = _PAREN_NUMBER.match(line.text)
        if m is not None and int(m.group("num")) == expected:
            if expected == 1:
                # A recital before the first "(1)" (a heading may stand between them), and
                # the last line with text above it: asked here, once (this "(1)" is taken
                # or the text is not numbered so).
                above = lines[:k]
                recital = any(ln.text.rstrip().endswith(",") for ln in above)
                before = next((ln.text.rstrip() for ln in reversed(above) if ln.text.strip()), "")
                if not recital or before.endswith(":") or not _PAREN_VERB.match(line.text):
                    # No recital yet, a lead-in's list ("... the following
                    # requirements:"), or no verb: items, as printed.
                    return False
            found.append(k)
            expected += 1
    if len(found) < 2:
        return False
    for k in found:
        line = lines[k]
        m = _PAREN_NUMBER.match(line.text)
        assert m is not None
        line.text = f"{m.group('num')}. {line.text[m.end() :]}"
    return True


#: A signature delimiter: "-- " (the e-mail standard), "--", "---" or a longer rule of
#: hyphens (not of underscores: a PDF's footnote rule, "____________________").
_SIGNATURE_RULE = compile_cached(r"^(?:--\s?|-{3,})$")
#: The most lines a signature holds (a name, a title, a mission, an address, numbers).
SIGNATURE_LINES = 12


def signature_after(lines: list[_Line]) -> int | None:
    """The index of an e-mail's signature rule after the draft's last operative paragraph
    ("---" then a name, a mission, a telephone number), or ``None``. What follows it is
    the sender's, not the draft's: read into the last paragraph, a coordinator's name
    and number became words the Council decided (a new user's finding)."""
    # The last rule only, found from the end: a text of many rules is read once.
    # (A rule holds "--" at least: a line without it is not stripped and matched; the
    # look from the end ran at every line of a text with no rule, 0.16 s per MB of short
    # lines.)
    rule = next(
        (
            k
            for k in range(len(lines) - 1, -1, -1)
            if "--" in lines[k].text and _SIGNATURE_RULE.match(lines[k].text.strip())
        ),
        None,
    )
    if rule is None or not any(_DOT_NUMBER.match(ln.text.strip()) for ln in lines[:rule]):
        return None
    rest = [ln for ln in lines[rule + 1 :] if ln.text.strip()]
    # A short block, none of it numbered: a signature, not more of the text.
    if 0 < len(rest) <= SIGNATURE_LINES and not any(_DOT_NUMBER.match(ln.text) for ln in rest):
        return rule
    return None


#: The note above the tracked text of resdiff's own Word report ("Accept all changes to
#: read S/RES/1695 (2006); reject all to read japan-draft.txt, each in its own order
#: ...") and the line that ends the report ("Produced by resdiff. Revisions are signed
#: ..."): a report printed to PDF, or copied, read back.
_REPORT_NOTE = compile_cached(r"^Accept all changes to read \S")
#: The note's second half, on its first lines (a narrow page wraps it sooner).
_REPORT_NOTE_REST = compile_cached(r"; reject all to read \S")
#: Lines of the note :func:`report_matter` joins to find its second half.
_REPORT_NOTE_LINES = 4
_REPORT_END = compile_cached(r"^Produced by resdiff\. Revisions are signed ")
#: The heading resdiff's Word report sets over the operative part, in a content control
#: (``render/docx/document.py``): the report's, not the draft's.
REPORT_OPERATIVE_HEADING = "Operative part"
#: The last words of the note, and the most lines it may run over.
_REPORT_NOTE_END = "in both places."
_REPORT_NOTE_SPAN = 8


def report_matter(lines: list[_Line]) -> tuple[int, int] | None:
    """Where the draft stands in resdiff's own Word report read as text: from the line
    after the note above its tracked text (and the blank line or heading that ends it) to
    the line before the report's last line, as ``(start, end)`` indexes; ``None`` for
    any other text. The report's summary, its key changes and table, and that note are
    the report's, not the draft's: read as the draft's masthead, they gave the draft the
    adopted text's symbol and date, and the note became PP1 (a new user's trial)."""
    if "Accept all changes to read " not in "\n".join([ln.text for ln in lines]):
        # The note's opening words (what _REPORT_NOTE matches first), looked for at once:
        # a text of short lines spent 0.05 s per MB testing each line's first letter.
        return None
    note = next(
        (
            k
            for k, ln in enumerate(lines)
            if ln.text[:1] == "A"
            and _REPORT_NOTE.match(ln.text)
            and _REPORT_NOTE_REST.search(
                " ".join(x.text for x in lines[k : k + _REPORT_NOTE_LINES])
            )
        ),
        None,
    )
    if note is None:
        return None
    # The note ends at a blank line, or with its last words ("... in both places."), or
    # (a copy with no blank lines whose wording differs) after its first line: never
    # further, so that the draft below it is never taken for it.
    start = note + 1
    for k in range(note, min(len(lines), note + _REPORT_NOTE_SPAN)):
        if not lines[k].text:
            start = k
            break
        if lines[k].text.rstrip().endswith(_REPORT_NOTE_END):
            start = k + 1
            break
    end = next(
        (
            k
            for k in range(len(lines) - 1, start - 1, -1)
            if lines[k].text[:1] == "P" and _REPORT_END.match(lines[k].text)
        ),
        len(lines),
    )
    return start, end


def quoted_mail(text: str) -> bool:
    """Whether ``text`` is quoted as a forwarded e-mail quotes it, ">" (or "> >") before
    nearly every line: read as it stands, a forwarded draft gave "Article 39 dropped" and
    "arms embargo items narrowed" against its own original (a new user's finding)."""
    if ">" not in text:
        # No line quoted (QUOTED_SHARE is above 0): most texts, not split into lines.
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 3:
        return False
    quoted = sum(1 for ln in lines if ln.lstrip().startswith(">"))
    return quoted >= QUOTED_SHARE * len(lines)


def _read_lines(text: str, markdown: bool, *, unquote: bool = False) -> list[_Line]:
    """Split into numbered lines, fold typography, strip Markdown markup (and, with
    ``unquote``, an e-mail's quote marks: see :func:`quoted_mail`).

    Form feeds mark page breaks; they are removed from the text and remembered on the
    line so that furniture next to them is recognised.
    """
    if markdown and "\t" in text:
        # A tab indents to the next stop of four columns (CommonMark), before the fold
        # makes it one space: mammoth nests its sub-lists with tabs, which were read as
        # top-level paragraphs (a new user's trial).
        text = "\n".join(line.expandtabs(4) for line in text.split("\n"))
    # A soft hyphen ending a line (a browser's print, as pdftotext copies it) says the
    # word goes on: kept through the fold that takes every other soft hyphen out, marked
    # NUL (no text holds one: refused as binary before this), for the lines to be joined
    # with neither space nor hyphen ("imple\u00ad" / "mentation", "cross\u00ad\u2010" /
    # "cutting" read "implementation", "crosscutting").
    soft = "\u00ad" in text and "\x00" not in text
    marked = False  # a word's own hyphen marked at a line's end (below)
    # Only a text without the mark's own character may be marked (it would be forged).
    markable = _KEPT_BEFORE_FOLD not in text
    if soft:
        text = _SOFT_LINE_END.sub("\x00", text)
    if "\u2010" in text and "\x00" not in text and _browser_breaks(text):
        # The hyphens a browser printed where it broke words (at their soft hyphens, or
        # hyphenating a narrow column), as the PDF's own text gives them: U+2010 at line
        # ends, in a text that writes its own hyphens otherwise. Read as soft hyphens:
        # "cross\u2010" / "cutting" is "crosscutting", whatever word lists say.
        text = _BROWSER_LINE_END.sub("\x00", text)
        soft = True
        if markable:
            # The ASCII hyphens left at line ends are the words' own ("peace-" /
            # "keeping" in a text that writes "peacekeeping" elsewhere): kept, marked
            # KEPT_HYPHEN below, after the fold (which takes any the text holds).
            kept = _ASCII_LINE_END.subn(_KEPT_BEFORE_FOLD, text)
            text, marked = kept[0], kept[1] > 0
    if markable and KEPT_HYPHEN in text and _OWN_HYPHENS_MARKED.get():
        # A hyphen the text says is the word's own ("sub-\u200b" / "regional": the PDF
        # reader's, see _OWN_LINE_END): kept, marked as a browser's print's are. Only in
        # the PDF reader's text: any other's zero-width spaces are folded away unread.
        own = _OWN_LINE_END.subn(_KEPT_BEFORE_FOLD, text)
        text, marked = own[0], marked or own[1] > 0
    text = clean_for_display(text).replace("\r\n", "\n").replace("\r", "\n")
    if _OTHER_BREAK.search(text):
        # Unicode's line and paragraph separators, NEL and the information separators,
        # which str.splitlines ends lines at too, end lines here, one line each (the
        # reader finds the paragraphs in them by its own cues).
        text = text.translate(_TO_NEWLINE)
    lines: list[_Line] = []
    # Most texts have no form feed at all: then no line is looked at for one.
    breaks = "\f" in text or "\v" in text
    if not (breaks or soft or marked or unquote or markdown):
        # Nothing to look for in any line (most plain texts): each is only stripped, as
        # below (the tests a line would pass cost a third of the loop, and a hostile text
        # holds tens of thousands of short lines).
        append = lines.append
        for no, raw in enumerate(text.split("\n"), start=1):
            stripped = raw.strip()
            append(_Line(no, stripped, len(raw) - len(raw.lstrip()) if stripped else 0))
        return lines
    # What each line reads as, by its raw text (all it depends on): a hostile text repeats
    # one short line tens of thousands of times ("x-", "- x").
    read: dict[str, tuple[str, int, bool, bool]] = {}
    for no, original in enumerate(text.split("\n"), start=1):
        known = read.get(original)
        if known is not None:
            stripped, indent, page_break, md_heading = known
            lines.append(_Line(no, stripped, indent, page_break, md_heading))
            continue
        raw = original
        page_break = False
        if breaks and ("\f" in raw or "\v" in raw):
            page_break = True
            # The break opening a line (pdftotext starts each page with one) is no
            # indent: the line's own indent tells a recital's first line from its
            # wrapped ones.
            raw = raw.lstrip("\f\v").replace("\f", " ").replace("\v", " ")
        raw = raw.rstrip()
        if soft and raw.endswith("\x00"):
            raw = raw[:-1] + SOFT_HYPHEN
        elif marked and raw.endswith(_KEPT_BEFORE_FOLD):
            raw = raw[:-1] + "-" + KEPT_HYPHEN
        if unquote and ">" in raw[:8]:
            raw = _QUOTE_MARKS.sub("", raw)
        md_heading = False
        if markdown:
            # Each pattern needs its character: a line without it is left as it is.
            if raw[:1] == ">":
                raw = _MD_QUOTE.sub("", raw)
            if "#" in raw:
                heading = _md_heading(raw.strip())
                if heading is not None:
                    raw, md_heading = heading, True
            if "footnote-" in raw:
                raw = _MAMMOTH_NOTE.sub(r"\g<indent>[^\g<n>]: ", raw, count=1)
                raw = _MAMMOTH_BACK.sub("", _MAMMOTH_CITE.sub(r"[^\g<n>]", raw))
            # Emphasis first, then escapes: an escaped "\\*" is a star of the text.
            if "*" in raw or "_" in raw:
                raw = _MD_EMPHASIS.sub("", raw)
            if "\\" in raw:
                raw = _MD_ESCAPE.sub(r"\1", raw)
            raw = raw.rstrip()
        stripped = raw.lstrip()  # raw is stripped on the right already
        indent = len(raw) - len(stripped) if stripped else 0
        read[original] = (stripped, indent, page_break, md_heading)
        lines.append(_Line(no, stripped, indent, page_break, md_heading))
    return lines


# --------------------------------------------------------------------------- joining


def _join(lines: list[_Line]) -> str:
    """Join wrapped lines into one string: undo line-break hyphenation, keep real hyphens
    ("Secretary-\\nGeneral", "gender-\\nbased"), join "S/Agenda/\\n2185" without a space,
    normalise space.

    Linear in the length of the lines: each line is looked at once, and a line-end
    hyphen only at its tail. Within the read of a document the same lines are joined
    once (:data:`_JOINED`).
    """
    memo = _JOINED.get()
    if memo is None or not lines:
        return _join_lines(lines)
    if len(lines) == 1:
        # Asked for six times a unit by the stages: a text of 10,000 one-line units
        # ("# a", "(a) x") spent a third of its read tidying the same lines again.
        text = lines[0].text
        known = memo.get(text)
        if known is None:
            known = memo[text] = _join_lines(lines)
        return known
    key = tuple([line.text for line in lines])
    known = memo.get(key)
    if known is None:
        known = memo[key] = _join_lines(lines)
    return known


def _join_lines(lines: list[_Line]) -> str:
    # Line ends alike are decided alike: a hostile text repeats one short hyphenated
    # line thousands of times, and each decision weighs the whole document's evidence.
    glues: dict[tuple[str, str, str, str], str] = {}
    # What a hyphenated line end (its last characters, all the decision reads of it)
    # before a line gives: the glue that replaces the hyphen, or ``None`` (no word cut
    # there, a space), decided once for each.
    ends: dict[tuple[str, str], str | None] = {}
    # What joins a line to the one before it, by the two texts (all it depends on): whether
    # the last character of the line before is taken off (a hyphen), and the glue.
    steps: dict[tuple[str, str], tuple[bool, str]] = {}
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
        step = steps.get((previous, text))
        if step is None:
            chop = False
            glue = " "
            if previous.endswith(SOFT_HYPHEN):
                # A word broken at its soft hyphen (see _read_lines): joined whole.
                chop = True
                glue = ""
            elif previous.endswith(KEPT_HYPHEN):
                # A word's own hyphen at a browser's line end (see _read_lines): kept, and
                # its space where it is a suspended one ("troop-" / "and police-...").
                chop = True
                glue = " " if _SUSPENDED_AFTER.match(text) else ""
            elif previous.endswith(_LINE_HYPHENS):
                tail = previous[-_HYPHEN_TAIL:]
                decided = ends.get((tail, text), _UNDECIDED)
                if decided is _UNDECIDED:
                    decided = None
                    hyphen = _HYPHEN_END.search(tail)
                    right = _HYPHEN_TOKEN.match(text) if hyphen else None
                    if hyphen and right:
                        left, mark, word = hyphen.group(1), hyphen.group(2), right.group(0)
                        fragment = left.translate(_HYPHEN_FOLD).rsplit("-", 1)[-1]
                        # An acronym cut at a line end, as Word hyphenates words in capitals
                        # ("UNFI-" / "CYP"): joined where the text writes it whole elsewhere
                        # and never with the hyphen ("UN-" / "AU" keeps it).
                        acronym = (
                            len(fragment) > 1
                            and fragment.isupper()
                            and word.isupper()
                            and mark != "\u2011"
                        )
                        if not acronym and (
                            mark == "\u2011"
                            or word[0].isupper()
                            or word[0].isdigit()
                            or not fragment.isalpha()
                            or (len(fragment) > 1 and fragment.isupper())
                        ):
                            # A capital or a digit after the break, a number or an acronym
                            # before it ("Secretary-\nGeneral", "COVID-\n19", "90-\nday",
                            # "UN-\nled"): no word is hyphenated there.
                            decided = mark
                        else:
                            # The document's evidence, else the paragraph's (counted once).
                            evidence = _document_evidence()
                            if evidence is None:
                                if paragraph is None:
                                    paragraph = _HyphenEvidence.of_lines(ln.text for ln in lines)
                                evidence = paragraph
                            if acronym:
                                whole = evidence.forms[(fragment + word).lower()]
                                cut = evidence.forms[f"{fragment}-{word}".lower()]
                                decided = "" if whole > cut else mark
                            else:
                                after = text[right.end() :]
                                known = glues.get((left, word, mark, after))
                                if known is None:
                                    known = _hyphen_glue(left, word, after, mark, evidence)
                                    glues[(left, word, mark, after)] = known
                                decided = known
                    ends[(tail, text)] = decided
                if decided is not None:
                    # The glue puts the printed hyphen back when it is a real one.
                    chop = True
                    glue = decided
            elif previous.endswith("/") or (
                # A range's dash set close at a line end ("2021–" / "2023", "1 January–" /
                # "31 March"): the line goes on with no space; a dash set apart ("the
                # Council –") keeps its space.
                previous.endswith("\u2013") and previous[-2:-1].isalnum() and text[:1].isalnum()
            ):
                glue = ""
            step = steps[previous, text] = (chop, glue)
        chop, glue = step
        if chop:
            parts[-1] = previous[:-1]
        parts.append(glue)
        parts.append(text)
        previous = text
    joined = _tidy("".join(parts))
    # A soft hyphen left is a last line's (a unit cut at the break): no character.
    if KEPT_HYPHEN in joined:
        joined = joined.replace(KEPT_HYPHEN, "")
    return joined.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in joined else joined


#: Not decided yet (:func:`_join_lines`).
_UNDECIDED = "\0undecided"


#: The mark a space before punctuation is replaced with (the pattern's one group, always
#: matched): what the template r"\1" gives, called in C. A template is expanded by
#: ``re._subx`` in Python at every call, a match or not (2 µs a paragraph joined).
_THE_MARK: Callable[[re.Match[str]], str] = itemgetter(1)


def _tidy(text: str) -> str:
    """Whitespace normalised, no space before ";", ":", "," or a final full stop."""
    text = normalize_space(text)
    text = _SPACE_BEFORE_PUNCT.sub(_THE_MARK, text)
    return _SPACE_BEFORE_FINAL_STOP.sub(".", text)


#: The punctuation :func:`_final_punct` reports.
_FINAL_MARKS = frozenset(",;:.")
#: The characters a footnote mark (:data:`_TRAILING_MARKS`) ends in, besides digits, and
#: those stripped after the marks.
_MARK_ENDS = frozenset("/s*'’‘°\"”)]")


def _final_punct(text: str) -> str:
    """The last punctuation of a paragraph, ignoring trailing footnote marks."""
    # Fast path: a text ending in one of the four marks, or in a letter other than "s",
    # is decided by its last character (no footnote mark ends in either, and the
    # characters stripped below are neither).
    last = text[-1:]
    if last in _FINAL_MARKS:
        return last
    if last.isalpha() and last != "s":
        return ""
    if last and not (last in _MARK_ENDS or last.isdecimal() or last.isspace()):
        # Nor does a footnote mark end in any other character than a digit ("\d" is
        # ``str.isdecimal``), "/", "s", "*", "°" or a quote, and none of those is
        # stripped below: "x-", "x)" is decided by its last character too.
        return ""
    # Only the tail is searched: marks are a few characters, and the regex retries at
    # every position of a long run of them (a hostile line of "1 1 1 ...").
    return _tail_final_punct(text.rstrip()[-_MARKS_TAIL:])


@lru_cache(maxsize=4096)
def _tail_final_punct(tail: str) -> str:
    """:func:`_final_punct` of a text's last :data:`_MARKS_TAIL` characters, remembered
    by them: asked of the line before each line, and a hostile text repeats a job
    number "1000024-08292 (E)" a thousand times (searching each, a tenth of its read)."""
    text = _TRAILING_MARKS.sub("", tail)
    text = text.rstrip("\"'”’)]*")
    return text[-1:] if text[-1:] in (",", ";", ":", ".") else ""
