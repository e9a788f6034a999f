"""Square brackets in negotiation drafts: wording not yet agreed.

Delegations circulate drafts with the words still in dispute between square brackets:
a phrase one side wants ("to cease hostilities [immediately]"), alternatives side by
side ("[Demands][Calls upon] the parties", "[Demands/Calls upon] the parties"), a whole
paragraph ("[4. Decides that ...]"). The draft keeps them as printed, and a comparison
shows them going as any other text. The lexicon reads the draft *without* them: the
bracket signs as spaces and, of alternatives, the first one only, each other alternative
blanked out character for character, so that every offset the analysis reports stands
in the text as printed. Reading the first alternative is a convention (the proposal as
tabled, before the alternatives offered to it) that the draft's warning names.

A drafter's note in brackets ("[Note: the United States proposes deleting this
paragraph]", "[Comment (China): ...]") is no text of the draft: the lexicon reads it as
blank, and the reader names it in a warning of its own.

Brackets that editors put in adopted texts are not negotiation brackets: "[sic]", an
ellipsis "[...]", a footnote number "[12]", a document symbol "[S/983]" or a citation
"[resolution 233 (1967)]". They are read as spaces too (harmless), but never warned of.

A paragraph may also be tabled in labelled alternatives: "2. Alt 1: Decides that ...
Alt 2: Calls upon ...", "[Option A: ...] [Option B: ...]". As with bracketed
alternatives, the lexicon reads the first: its label blanked, the others blanked from
the second label on (:func:`alternative_labels`). Alternatives laid out as paragraphs of
their own under "Alt 1" and "Alt 2" headings are the reader's to set aside.

One pass over the text, and one regular expression of bounded repetitions for the labels:
linear on any input (each slash of an "A/B" alternative is looked at in a bounded number
of steps).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .compiled import compile_cached
from .memo import remembered

if TYPE_CHECKING:
    from .model import Clause

__all__ = [
    "DELETION_MARKS",
    "LABEL_WORDS",
    "Bracket",
    "alternative_label",
    "alternative_labels",
    "bracket_groups",
    "bracketed_across",
    "drafters_notes",
    "every_alternative",
    "fold_brackets",
    "in_dispute",
    "labelled_alternatives",
    "may_open_with_label",
    "negotiation_brackets",
    "slash_alternatives",
    "span_ends",
    "spanned_parts",
    "struck_spans",
    "without_trailing_notes",
]

#: Words between "/" that mark alternatives inside one pair of brackets need at least
#: this many letters each side ("Demands/Calls upon"), so a symbol ("S/RES/1695",
#: "A/77/L.1") is never split.
_ALTERNATIVE_LETTERS = 3
#: What may stand between two bracket groups for the second to be an alternative to the
#: first: nothing ("[A][B]"), a slash or the word "or" ("[A] / [B]", "[A] or [B]"). A space
#: alone does not: "[immediately] [and unconditionally]" are two places of dispute.
_BETWEEN_ALTERNATIVES = frozenset({"/", "or"})
#: The content of editors' brackets, lower case and stripped.
_EDITORIAL = frozenset(
    {"sic", "...", "\u2026", ". . .", "sic!", "emphasis added", "emphasis in original"}
)
#: Words that join numbers in an editor's brackets ("[5, 6, 7, and 8]", "[paras 3-4]").
_REFERENCE_WORDS = frozenset({"and", "or", "to", "paragraph", "paragraphs", "para", "paras"})
#: What a negotiation draft leaves where it deleted words or a paragraph: "6. (deleted)",
#: "5 bis. [deleted]", "[Paragraph deleted]", "eastern Veloria [text deleted],". Read as no
#: words of the draft, in brackets (a note) and as a paragraph of its own (the reader's
#: deletion placeholders).
DELETION_MARKS = frozenset(
    {"deleted", "delete", "paragraph deleted", "text deleted", "deleted paragraph", "omitted"}
)
#: How a drafter's note in brackets opens: "[Note: the United States proposes deleting
#: this paragraph]", "[Comment (Russian Federation): ...]", "[Placeholder]", "[TBC]". A note
#: is no text of the draft: the analysis reads it as blank, and the reader names it apart.
_NOTE_HEADS = (
    "note",
    "notes",
    "nb",
    "n.b.",
    "comment",
    "comments",
    "drafting note",
    "drafter's note",
    "drafters' note",
    "editor's note",
    "explanatory note",
    "placeholder",
    "tbc",
    "tbd",
    "to be confirmed",
    "to be determined",
    # A mark where words were deleted ("eastern Veloria [deleted],"): no words of the draft.
    *sorted(DELETION_MARKS, key=len, reverse=True),
)
#: The first letters of the note words, for a quick no in :func:`_note`.
_NOTE_FIRSTS = frozenset(head[0] for head in _NOTE_HEADS)
#: How a document symbol opens ("S/983", "A/RES/61/1", "E/CN.4/...").
_SYMBOL_HEADS = ("s/", "a/", "e/", "st/", "res/")


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command).
class Bracket(NamedTuple):
    """One pair of square brackets: ``start`` is the offset of "[", ``end`` one past
    "]", ``alternative`` whether it offers an alternative to the group just before it."""

    start: int
    end: int
    alternative: bool

    def content(self, text: str) -> str:
        """The words between the brackets."""
        return text[self.start + 1 : self.end - 1]


#: A bracket that opens with "or" ("[30] [or 180] days") offers an alternative to the one
#: before it.
_OR_OPENS = compile_cached(r"\s*+(?:and/)?or\s++", re.IGNORECASE)


def bracket_groups(text: str) -> tuple[Bracket, ...]:
    """The outermost pairs of square brackets of ``text``, in order: nested brackets
    ("[to cease hostilities [immediately]]") are part of the pair around them, and an
    unmatched bracket is no pair (:func:`fold_brackets` still reads it as a space). One
    pass with a depth counter: linear on any input."""
    if "[" not in text:
        return ()
    return _bracket_groups(text)


#: How many bracketed texts the folds below remember: the reader, the analysis and the
#: comparison ask about the same texts again and again (ten times a paragraph), and a
#: red-lines check reads every outcome of a draft's alternatives, each a draft of
#: thousands of paragraphs (at 512, a 1,000-paragraph negotiating text read its every
#: paragraph again for each outcome: 0.45 s an outcome).
_REMEMBERED = 8192


# Each bracketed text is read once (see _REMEMBERED).
@remembered(_REMEMBERED)
def _bracket_groups(text: str) -> tuple[Bracket, ...]:
    groups: list[Bracket] = []
    depth = 0
    opened = -1
    for k, char in enumerate(text):
        if char == "[":
            if depth == 0:
                opened = k
            depth += 1
        elif char == "]" and depth > 0:
            depth -= 1
            if depth:
                continue
            alternative = False
            if groups and not _note(text[opened + 1 : k]):
                previous = groups[-1]
                raw = text[previous.end : opened]
                # "[30] [or 180]": the "or" inside the second bracket offers it too.
                offered = not raw.strip() and _OR_OPENS.match(text, opened + 1, k) is not None
                alternative = (
                    raw == "" or raw.strip().lower() in _BETWEEN_ALTERNATIVES or offered
                ) and not _note(previous.content(text))
            groups.append(Bracket(opened, k + 1, alternative))
    return tuple(groups)


def _unmatched(text: str) -> tuple[int, int]:
    """The offset of the last closing bracket of ``text`` with no opening one before it,
    and of the first opening bracket left open at its end: -1 where there is none. One
    pass with a depth counter."""
    depth = 0
    closer = opener = -1
    for k, char in enumerate(text):
        if char == "[":
            if depth == 0:
                opener = k
            depth += 1
        elif char == "]":
            if depth:
                depth -= 1
            else:
                closer = k
    return closer, (opener if depth else -1)


#: What may stand after a bracket that closes across paragraphs: the paragraph's own end.
_SPAN_TAIL = " \t\n,;:."


def span_ends(text: str) -> tuple[bool, bool]:
    """Whether ``text`` opens square brackets at its start that it does not close ("[
    Condemning the attacks ...,"), and whether it closes at its end brackets it did not
    open ("... of the Charter,]"): the ends of brackets that span paragraphs. A "]" that
    stands for the ")" of a bracket left open ("(S/2024/100];", a typist's slip) closes
    nothing."""
    if "[" not in text and "]" not in text:
        return False, False
    closer, opener = _unmatched(text)
    return (
        opener >= 0 and closer < 0 and text[:opener].strip() == "",
        closer >= 0
        and opener < 0
        and text[closer + 1 :].strip(_SPAN_TAIL) == ""
        and text.count("(") <= text.count(")"),
    )


def bracketed_across(texts: Sequence[str]) -> list[bool]:
    """For the texts of consecutive paragraphs (clauses and their items, in the order of
    the document): whether each stands in square brackets that span paragraphs, opened at
    the start of one ("[Condemning the attacks ...,") and closed at the end of the same or
    a later one ("Acting under Chapter VII of the Charter ...,]"), the paragraphs between
    included. A bracket that opens and never closes, or closes with none open, spans
    nothing: a scan's stray sign is no place of dispute."""
    out = [False] * len(texts)
    opened: int | None = None
    for k, text in enumerate(texts):
        if opened is not None and k - opened >= MOST_SPANNED:
            # Brackets left open this long are a stray sign, not a place of dispute.
            opened = None
        if "[" not in text and "]" not in text:
            continue
        opens, closes = span_ends(text)
        if opened is not None and closes:
            for j in range(opened, k + 1):
                out[j] = True
            opened = None
        elif opened is not None and ("[" in text or "]" in text):
            # Another bracket opens, or one closes mid-paragraph, before the first one
            # closed: no span read.
            opened = None
        if opens:
            opened = k
    return out


#: Most paragraphs brackets may span (a few recitals, a paragraph and its items).
MOST_SPANNED = 8


def spanned_parts(clauses: Iterable[Clause]) -> frozenset[int]:
    """The ``id`` of each clause or item of ``clauses`` that stands inside square
    brackets spanning paragraphs (see :func:`bracketed_across`). ``clauses`` come in the
    order of the document (:attr:`~resdiff.model.Draft.printed`: a resolution in parts
    prints part B's recitals after part A's operative paragraphs)."""
    parts = [part for clause in clauses for part in clause.walk()]
    if not any("[" in p.text for p in parts):
        return frozenset()
    inside = bracketed_across([p.text for p in parts])
    return frozenset(id(p) for p, held in zip(parts, inside, strict=True) if held)


def _letters_before(text: str, at: int) -> int:
    """How many letters stand just before ``at``, spaces before it skipped, counted up to
    :data:`_ALTERNATIVE_LETTERS`."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    n = 0
    while k >= 0 and n < _ALTERNATIVE_LETTERS and text[k].isalpha():
        n += 1
        k -= 1
    return n


def _letters_after(text: str, at: int) -> int:
    """How many letters stand just after ``at``, spaces after it skipped, counted up to
    :data:`_ALTERNATIVE_LETTERS`."""
    k = at + 1
    while k < len(text) and text[k].isspace():
        k += 1
    n = 0
    while k < len(text) and n < _ALTERNATIVE_LETTERS and text[k].isalpha():
        n += 1
        k += 1
    return n


def slash_alternatives(content: str) -> int | None:
    """Where the first alternative ends inside one pair of brackets written "A/B"
    ("Demands/Calls upon"), or ``None``. Each slash is looked at in a bounded number of
    steps (the letters next to it are counted up to three)."""
    at = content.find("/")
    while at >= 0:
        if (
            _letters_before(content, at) >= _ALTERNATIVE_LETTERS
            and _letters_after(content, at) >= _ALTERNATIVE_LETTERS
        ):
            return at
        at = content.find("/", at + 1)
    return None


def _note(content: str) -> bool:
    """Whether the words in a pair of brackets are a drafter's note: a note word alone or
    followed by ":", "(" or "-" ("[Note: ...]", "[Comment (China): ...]", "[TBC]")."""
    words = content.strip().lower()
    if words[:1] not in _NOTE_FIRSTS:
        # Most brackets hold draft text (or nothing): one look at the first letter.
        return False
    for head in _NOTE_HEADS:
        if words.startswith(head):
            rest = words[len(head) :].lstrip()
            if not rest or rest[0] in ":(-\u2013\u2014":
                return True
    return False


def struck_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` struck through in Markdown ("~~deleted words~~"), each from
    its first "~~" to one past its last, in order; an unmatched "~~" strikes nothing."""
    spans: list[tuple[int, int]] = []
    at = text.find("~~")
    while at >= 0:
        end = text.find("~~", at + 2)
        if end < 0:
            break
        spans.append((at, end + 2))
        at = text.find("~~", end + 2)
    return spans


#: The words that name an alternative, as drafts print them (capitalised, or in capitals),
#: shared with the reader's label headings ("Alt 2", "Option B").
LABEL_WORDS = r"(?:Alternative|ALTERNATIVE|Alt\.?|ALT\.?|Option|OPTION|Variant|VARIANT)"
#: The label of one of a paragraph's alternatives: "Alt 1:", "Alt. 2 -", "Alternative B)",
#: "Option 1:", "Variant 2." (a number or a letter).
_ALT_LABEL = compile_cached(
    rf"(?<!\w){LABEL_WORDS}[ \t]{{0,3}}(\d{{1,2}}|[A-H])(?!\w)[ \t]{{0,3}}[:.)\u2013\u2014-]"
)


def _after(index: str, later: str) -> bool:
    """Whether an alternative's index comes after ``index``, of the same kind: "Alt 3"
    after "Alt 1" (the second withdrawn), "Option C" after "Option A"."""
    if index.isdigit() != later.isdigit():
        return False
    return int(later) > int(index) if index.isdigit() else later > index


def _may_hold_label(text: str) -> bool:
    # Plain tests, not a generator in any(): asked of every clause the analysis reads.
    return (
        "Alt" in text
        or "ALT" in text
        or "Option" in text
        or "OPTION" in text
        or "Variant" in text
        or "VARIANT" in text
    )


#: What a label word (:data:`LABEL_WORDS`) opens with.
_LABEL_OPENINGS = ("Alt", "ALT", "Option", "OPTION", "Variant", "VARIANT")


def may_open_with_label(text: str) -> bool:
    """Whether ``text`` may open with an alternative's label (:func:`alternative_label`):
    whether a label word stands first once the spaces, brackets and parentheses before
    it are passed. False means that :func:`alternative_label`, :func:`alternative_labels`
    and :func:`labelled_alternatives` find none, so a caller with many texts to ask (the
    readers' last step, every clause of a draft) may skip them on it. A look at the
    opening, where :func:`_may_hold_label` scans the whole text for a label word six
    times (about 2 us a paragraph, asked of every paragraph by the reader and again by
    the analysis)."""
    return text.lstrip(" \t\n[(").startswith(_LABEL_OPENINGS)


def alternative_label(text: str) -> tuple[str, int, int] | None:
    """The index of the alternative a paragraph or heading is labelled as ("1", "B") and
    the span of its label, when ``text`` opens with one (after brackets and spaces)."""
    if not may_open_with_label(text):
        return None
    m = _ALT_LABEL.search(text, 0, 200)
    if m is None or text[: m.start()].strip(" \t\n[(") != "":
        return None
    return m.group(1), m.start(), m.end()


def _label_marks(text: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's alternative labels in order, each after the one before
    ("Alt 1: ... Alt 2: ... Alt 3: ..."): empty where the paragraph does not open with the
    label of a first alternative ("Alt 1", "Option A")."""
    first = alternative_label(text)
    if first is None or first[0] not in ("1", "A"):
        return []
    index, start, end = first
    marks = [(start, end)]
    for later in _ALT_LABEL.finditer(text, end):
        if _after(index, later.group(1)):
            marks.append((later.start(), later.end()))
            index = later.group(1)
    return marks


def alternative_labels(text: str) -> tuple[tuple[int, int], int | None] | None:
    """A paragraph tabled in labelled alternatives: the span of the first alternative's
    label, and where the second alternative's label starts (``None`` when the others
    stand in paragraphs of their own). ``None`` for a paragraph that does not open with
    the label of a first alternative ("Alt 1", "Option A")."""
    marks = _label_marks(text)
    if not marks:
        return None
    return marks[0], marks[1][0] if len(marks) > 1 else None


def labelled_alternatives(text: str) -> list[tuple[str, str]]:
    """The labelled alternatives of a paragraph, each as its label and its words: "Alt 1:
    Decides X; Alt 2: Calls upon Y;" → [("Alt 1", "Decides X;"), ("Alt 2", "Calls upon
    Y;")]. Empty for a paragraph that does not open with a first alternative's label."""
    marks = _label_marks(text)
    out: list[tuple[str, str]] = []
    for k, (start, end) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        words = text[end:stop].strip(" \t\n[]")
        out.append((text[start:end].rstrip(" \t:.)-\u2013\u2014"), words))
    return out


#: Bracket signs made spaces, one character for one (every offset kept): a translation
#: table, not a test of each character in Python.
_NO_BRACKETS = str.maketrans("[]", "  ")


def every_alternative(text: str) -> str:
    """``text`` with every alternative read, not only the first: the bracket signs, the
    labels of labelled alternatives, the drafters' notes and the struck-through words
    blanked out character for character, the words of each alternative kept. What a
    place of dispute still puts on the table."""
    if "[" not in text and "]" not in text and "~~" not in text and not _may_hold_label(text):
        return text
    return _every_alternative(text)


@remembered(_REMEMBERED)
def _every_alternative(text: str) -> str:
    chars = list(text)
    for start, end in struck_spans(text):
        for k in range(start, end):
            chars[k] = " "
    for group in bracket_groups(text):
        if _note(group.content(text)):
            for k in range(group.start, group.end):
                chars[k] = " "
    if _may_hold_label(text):
        for m in _ALT_LABEL.finditer(text):
            for k in range(m.start(), m.end()):
                chars[k] = " "
    return "".join(chars).translate(_NO_BRACKETS)


#: Most readings :func:`readings` gives of one text: a paragraph with more places of
#: dispute than this is read at the first ones (each reading is one more text to read).
MAX_READINGS = 64


def readings(text: str) -> list[str]:
    """``text`` read as each alternative still on the table would make it, one place of
    dispute at a time: first as the lexicon reads it (:func:`fold_brackets`), then, for
    each place, with a later alternative of a chain instead of the first ("for a period
    of [twelve][six] months" read "six months"), the second of a slash pair
    ("[shall/may]"), an optional bracket left out ("to comply[, as appropriate,]"), or
    another labelled alternative of the paragraph. Each reading but the labelled ones
    keeps the text's length and offsets; at most :data:`MAX_READINGS`. What a red line
    must hold under every outcome of the negotiation: every alternative read on its own,
    where :func:`every_alternative` runs them together ("[twelve][six]" would read as one
    number)."""
    base = fold_brackets(text)
    out = [base]
    groups = [g for g in bracket_groups(text) if not _note(g.content(text))]
    chains: list[list[Bracket]] = []
    for group in groups:
        if group.alternative and chains:
            chains[-1].append(group)
        else:
            chains.append([group])

    def shown(start: int, end: int, chars: list[str]) -> None:
        # The words of text[start:end] put back, their bracket signs and an opening "or"
        # as spaces.
        for k in range(start, end):
            chars[k] = " " if text[k] in "[]" else text[k]
        opening = _OR_OPENS.match(text, start + 1, end)
        if opening is not None:
            for k in range(opening.start(), opening.end()):
                chars[k] = " "

    for chain in chains:
        if len(out) >= MAX_READINGS:
            # Each reading copies the text: a hostile one with thousands of brackets is
            # read at its first places only, in time linear in its length.
            break
        first = chain[0]
        if len(chain) > 1:
            for later in chain[1 : MAX_READINGS + 1]:
                chars = list(base)
                for k in range(first.start, first.end):
                    chars[k] = " "
                shown(later.start, later.end, chars)
                out.append("".join(chars))
            continue
        slash = slash_alternatives(first.content(text))
        chars = list(base)
        if slash is not None:
            # "[shall/may]": the second, in place of the first.
            for k in range(first.start, first.start + 1 + slash + 1):
                chars[k] = " "
            shown(first.start + 1 + slash + 1, first.end, chars)
        else:
            # A bracket with no alternative may be left out.
            for k in range(first.start, first.end):
                chars[k] = " "
        out.append("".join(chars))
    if may_open_with_label(text):
        out += [fold_brackets(words) for _, words in labelled_alternatives(text)[1:]]
    unique = list(dict.fromkeys(out))
    return unique[:MAX_READINGS]


def fold_brackets(text: str) -> str:
    """``text`` as the lexicon reads it: every bracket sign as a space (nested or
    unmatched too), every alternative but the first, every drafter's note and every
    Markdown strike-through ("~~deleted words~~") blanked out, character for character
    (the length and every offset kept). Text with none of them is returned as it is."""
    if "[" not in text and "]" not in text and "~~" not in text and not may_open_with_label(text):
        return text
    return _fold_brackets(text)


@remembered(_REMEMBERED)
def _fold_brackets(text: str) -> str:
    # Labelled alternatives are read where the text opens with the first's label.
    may_label = may_open_with_label(text)
    labelled = alternative_labels(text) if may_label else None
    if labelled is None and may_label:
        # The one alternative a revision kept, its label still printed ("Alt 2: Calls
        # upon ..."): the label is no word of the provision.
        lone = alternative_label(text)
        if lone is not None:
            labelled = ((lone[1], lone[2]), None)
    if "[" not in text and "]" not in text and "~~" not in text and labelled is None:
        return text
    chars = list(text)
    if labelled is not None:
        # Of a paragraph tabled in labelled alternatives, the first is read: its label
        # and every other alternative blanked out.
        (label_start, label_end), others = labelled
        for k in range(label_start, label_end):
            chars[k] = " "
        for k in range(others if others is not None else len(text), len(text)):
            chars[k] = " "
    for start, end in struck_spans(text):
        # Struck-through words are deleted words, not read.
        for k in range(start, end):
            chars[k] = " "
    previous_end = 0
    for group in bracket_groups(text):
        if group.alternative:
            # The words between the two groups ("/", "or") go with the alternative.
            for k in range(previous_end, group.end):
                chars[k] = " "
        elif _note(group.content(text)):
            # A drafter's note is not read at all.
            for k in range(group.start, group.end):
                chars[k] = " "
        else:
            slash = slash_alternatives(group.content(text))
            if slash is not None:
                for k in range(group.start + 1 + slash, group.end):
                    chars[k] = " "
        previous_end = group.end
    return "".join(chars).translate(_NO_BRACKETS)


def _editorial(content: str) -> bool:
    """Whether the words in a pair of brackets are an editor's, not a negotiator's."""
    words = content.strip().lower()
    if words in _EDITORIAL:
        return True
    tokens = "".join(c if c.isalnum() else " " for c in words).split()
    if all(t.isdigit() or len(t) == 1 or t in _REFERENCE_WORDS for t in tokens):
        # Numbers, sub-paragraph letters and the words that join them: "[12]",
        # "[5, 6, 7, and 8]", "[paragraph 5 (a)]".
        return True
    if words.startswith(_SYMBOL_HEADS):
        # "[S/983]", "[S/RES/1695 (2006)]", "[A/77/L.1 and Corr.1]".
        return True
    return words.startswith(("resolution ", "resolutions ")) and words[-1:] == ")"


def negotiation_brackets(text: str) -> list[str]:
    """The bracketed words of ``text`` that read as negotiation brackets, each group with
    its alternatives as printed ("[Demands][Calls upon]"), in order."""
    found: list[str] = []
    groups = bracket_groups(text)
    k = 0
    while k < len(groups):
        # A group and the alternatives that follow it are one place of dispute.
        last = k
        while last + 1 < len(groups) and groups[last + 1].alternative:
            last += 1
        place = groups[k : last + 1]
        if not _note(place[0].content(text)) and not all(
            _editorial(g.content(text)) for g in place
        ):
            found.append(text[groups[k].start : groups[last].end])
        k = last + 1
    return found


def in_dispute(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` stand in a place of dispute: inside
    negotiation brackets (not a drafter's note, not an editor's brackets), or in a
    paragraph tabled in labelled alternatives."""
    for group in bracket_groups(text):
        if group.start < end and start < group.end:
            content = group.content(text)
            if not _note(content) and not _editorial(content):
                return True
    return alternative_labels(text) is not None


def drafters_notes(text: str) -> list[str]:
    """The drafters' notes in brackets of ``text`` as printed ("[Note: the United States
    proposes deleting this paragraph]"), in order."""
    return [
        text[g.start : g.end]
        for g in bracket_groups(text)
        if not g.alternative and _note(g.content(text))
    ]


def without_trailing_notes(text: str) -> str:
    """``text`` without the drafters' notes it ends with ("Condemning ..., [Comment (China):
    delete]" → "Condemning ...,"): where a paragraph's own last punctuation stands."""
    text = text.rstrip()
    for note in reversed(drafters_notes(text)):
        if not text.endswith(note):
            break
        text = text[: -len(note)].rstrip()
    return text
