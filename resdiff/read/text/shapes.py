"""Line shapes, asked by the third stage of the text reader (and by the tree after it):
a title or a heading's line, a line that ends a unit or an item of a list, an operative
verb opening a line, and what the next lines open with (the paragraph number the count
expects, a label)."""

from __future__ import annotations

import re

from ...brackets import bracket_groups
from ...compiled import compile_cached
from .lines import (
    _final_punct,
    _Line,
)
from .patterns import (
    _BARE_OP_ALONE,
    _BARE_OP_LABEL,
    _DOT_LABEL,
    _OP_LABEL,
    _PAREN_LABEL,
    _PARTICIPLE,
    _PP_OPENER,
)


def _whole_brackets(text: str) -> bool:
    """Whether a line is brackets from its first character to its last: a drafter's note
    ("[Note: ...]") or a text in dispute on a line of its own."""
    text = text.strip()
    if text[:1] != "[" or text[-1:] != "]":
        return False
    groups = bracket_groups(text)
    return bool(groups) and groups[0].start == 0 and groups[-1].end == len(text)


def _ends_unit(text: str, final: str) -> bool:
    """Whether a line can end a paragraph or a lead-in (so that a label may follow);
    ``final`` is its final punctuation (:func:`_final_punct`), which the caller has."""
    if final:
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
#: Every lead of the lexicon's operative verbs (``lexicon/verbs.toml``: "Recalls",
#: "Recognizes", "Regrets", "Confirms", ...) is here, so that a paragraph the analysis
#: reads as operative is also one the reader can open (after a heading, a number printed
#: without its full stop or misread by a scan). The reader cannot import the lexicon (it
#: comes after the reader in the pipeline); a test keeps the two lists in step
#: (``tests/test_read_text_verbs.py``). A first word that is also a noun is held only with
#: the words the lexicon gives it ("Records its", "Issues a", "Remains seized", "Stands
#: ready", "Pays tribute"): "Records of the General Assembly" opens no paragraph.
_OP_OPENER = compile_cached(
    r"^(?:Recommends|Decides|Requests|Calls|Urges|Demands|Condemns|Resolves|Takes\s+note|"
    r"Notes|Welcomes|Expresses|Appeals|Invites|Approves|Elects|Appoints|Endorses|"
    r"Authori[sz]es|Reaffirms|Affirms|Declares|Agrees|Deplores|Commends|Encourages|"
    r"Emphasi[sz]es|Stresses|Supports|Underlines|Hereby|Considers|Reiterates|Extends|"
    r"Renews|Directs|Instructs|"
    # The lexicon's other operative verbs, one word each.
    r"Accepts|Acknowledges|Adopts|Advises|Applauds|Appreciates|Asks|Believes|"
    r"Clarifies|Concludes|Concurs|Confirms|Congratulates|Deems|Denounces|Deprecates|"
    r"Determines|Entrusts|Establishes|Exhorts|Expects|Insists|"
    r"Intends|Observes|Proclaims|Re-?emphasi[sz]es|Recalls|Recogni[sz]es|Reconfirms|"
    r"Rejects|Reminds|Requires|Transmits|Underscores|Undertakes|"
    r"Warns|"
    # Theirs that are plural nouns too, not as a noun goes on ("Fears, Hopes and
    # Aspirations", "Foundations, Trusts and private donors", "Highlights of the Fund"):
    # a verb is followed by its object or clause ("Hopes that", "Regrets the").
    r"(?:Censures|Designates|Desires|Finds|Highlights|Hopes|Regrets|Salutes|Trusts)"
    r"(?!\s+(?:and|or|of)\b)|"
    # Theirs that are nouns too, with the words the lexicon gives them.
    r"Takes\s+into|Continues\s+to|Records\s+its|Issues\s+an?|Reposes\s+its|"
    r"Relies\s+(?:on|upon)|Stands\s+ready|Pays\s+tribute|Looks\s+forward|"
    r"Draws\s+(?:the\s+)?attention|Bears\s+in\s+mind|"
    r"Remains\s+(?:actively\s+)?seized|Remains\s+(?:(?:however|nevertheless)\s+)?"
    r"(?:(?:gravely|deeply|seriously)\s+)?concerned)\b"
)


#: Words that may stand before an operative verb ("Further requests", "Strongly condemns").
_VERB_PREFIXES = frozenset({"Further", "Also", "Strongly", "Again", "Firmly", "Once"})


def _opens_with_verb(text: str) -> bool:
    """Whether a paragraph's text opens with an operative verb, perhaps after a word that
    continues or stresses it ("Decides", "Further requests", "Strongly condemns")."""
    first, _, rest = text.partition(" ")
    if first in _VERB_PREFIXES:
        if first == "Once":
            rest = rest.removeprefix("again ")
        return _OP_OPENER.match(rest[:1].upper() + rest[1:]) is not None
    return _OP_OPENER.match(text) is not None


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


def _is_expected_op(
    op: re.Match[str] | None, expected: int, *, verb: bool = False, below: str = ""
) -> bool:
    """Whether an operative label found (``op``, of :data:`_OP_LABEL` or its Markdown
    twin) opens paragraph ``expected`` with a full stop ("3."), and, with ``verb``, its
    text with an operative verb (:func:`_opens_with_verb`): for a number alone on its
    line ("3." / "Expresses ...", as ``pdftotext`` without ``-layout`` prints a Word or
    LibreOffice list), the text ``below`` it."""
    return bool(
        op
        and op.groupdict().get("sep", ".") == "."
        and int(op.group("num")) == expected
        and (not verb or _opens_with_verb(op.group("rest") or below.lstrip()))
    )


#: Letters a scan prints for a digit of a paragraph's number ("Z." for "2.", S/RES/686
#: (1991); "S." for "5.", S/RES/902 (1994); "1O." for "10.").
_OCR_DIGITS = str.maketrans("ZSOolI", "250011")
#: The characters such a number may open with: a look-alike above or a digit.
OCR_NUMBER_FIRST = frozenset("ZSOolI0123456789")
#: Look-alikes read as a number standing alone: "I.", "l." and "O." are as likely a
#: part's Roman numeral or a name's initial.
_OCR_ALONE = frozenset({"Z", "S"})


def _ocr_op(text: str, expected: int, prev: _Line | None) -> re.Match[str] | None:
    """The number of operative paragraph ``expected`` as a scan misprints it at the start
    of ``text`` ("Z. Demands ..." for "2. Demands ..."), read as the digits (the label
    keeps what was printed): only the count's next number, letters for digits one for one
    (:data:`_OCR_DIGITS`), a full stop, an operative verb after it, and a line above that
    ended a paragraph. "Z. Brzezinski" and "S. Res." have no verb after them."""
    digits = str(expected)
    width = len(digits)
    printed = text[:width]
    if text[width : width + 2] != ". " or printed == digits:
        return None
    if printed.translate(_OCR_DIGITS) != digits:
        return None
    if printed not in _OCR_ALONE and not any(c.isdecimal() for c in printed):
        return None
    if prev is not None and not _final_punct(prev.text):
        return None
    found = _OP_LABEL.match(digits + text[width:])
    if found is None or not _opens_with_verb(found.group("rest") or ""):
        return None
    return found


def _ocr_misread(label: str | None, number: int) -> str | None:
    """What a reader's warning says of an operative label read as ``number`` with letters
    for its digits (:func:`_ocr_op`), or None for a label printed in digits."""
    printed = (label or "").rstrip(".")
    if not printed or printed.isdecimal() or printed.translate(_OCR_DIGITS) != str(number):
        return None
    return (
        f"“{printed}.” read as paragraph {number}: the number the count expects, as a scan "
        "misreads it"
    )


def _bare_op(lines: list[_Line], i: int, expected: int, *, counting: bool) -> re.Match[str] | None:
    """The number of operative paragraph ``expected`` printed without its full stop at
    the start of ``lines[i]`` ("3 Requests ...", "3<tab>Requests ..."; Word's numbering
    "%1" copied or printed), where the text opens with an operative verb; once the count
    so begun (``counting``), with any capital (a verb no list holds, a lead a scan
    damaged: "Reguests", "| Demands"). A number that
    opens a line of running text ("15 members of the Council", "2 000 troops", a year)
    is not the count's next, or no verb follows it. A number alone on its line
    (``pdftotext`` without ``-layout``) is read so where its text follows on the next
    line, no blank line between (:data:`_BARE_OP_ALONE`); one between blank lines or at
    a page break is a page's number (the furniture took it before this is asked)."""
    text = lines[i].text
    found = _BARE_OP_LABEL.match(text)
    ended = True
    if found is not None:
        rest = found.group("rest")
    else:
        found = _BARE_OP_ALONE.match(text)
        if found is None:
            # (Told before the line below is looked for: most lines so tried are no
            # number alone, "1000024-08292 (E)".)
            return None
        rest = _text_below(lines, i).lstrip()
        if not rest:
            return None
        ended = _ended_above(lines, i)
    # Once counting, one number may have gone as a page's number (or a heading's): the
    # number after it opens its paragraph with a verb.
    skipped = counting and int(found.group("num")) == expected + 1
    if int(found.group("num")) != expected and not skipped:
        return None
    if counting and not skipped and ended and rest[:1].isupper():
        return found
    return found if _opens_with_verb(rest) else None


def _ended_above(lines: list[_Line], i: int) -> bool:
    """Whether the text above ``lines[i]`` (over one blank line) ends a paragraph, as
    a number alone read as the next one's label with a capital below it needs: a full
    stop, semicolon or colon, a short line (a heading, "Political process"), or none;
    "... the ceiling of the Force to" / "" / "2" / "Battalions and" runs on."""
    for k in range(i - 1, max(i - 3, -1), -1):
        above = lines[k].text.rstrip().rstrip('"”’)]')
        if above:
            return above[-1:] in ".;:" or len(above.split()) <= 5
    return True


def _text_below(lines: list[_Line], i: int) -> str:
    """The text of the line after ``lines[i]``, or of the one after a blank line between
    them on the same page ("15" / "" / "Decides ..."): where a number alone on its line
    finds its paragraph's text; "" where there is none."""
    for k in range(i + 1, min(i + 3, len(lines))):
        line = lines[k]
        if line.page_break:
            return ""
        if line.text:
            return line.text
    return ""


def _bare_expected(text: str, expected: int, below: str = "") -> bool:
    """Whether ``text`` opens operative paragraph ``expected`` numbered without its full
    stop, its text opening with an operative verb ("2<tab>Urges ...", or "2" alone and
    ``below`` it, the next line, "Urges ..."): below a heading, as below a paragraph, the
    number alone is no proof ("2 000 troops")."""
    if not text[:1].isdecimal():
        return False
    bare = _BARE_OP_LABEL.match(text)
    if bare is not None:
        rest = bare.group("rest")
    else:
        bare = _BARE_OP_ALONE.match(text)
        rest = below.lstrip()
    return bool(bare and int(bare.group("num")) == expected and _opens_with_verb(rest))


def _next_is_op(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether the line right after ``lines[i]``, with no blank line between, opens
    operative paragraph ``expected`` ("1. Decides ...", or "1<tab>Decides ...", see
    :func:`_bare_expected`). (Where blank lines set the paragraphs apart, a line without
    one before it goes on: a heading wrapped over two lines, say.)"""
    if i + 1 >= len(lines):
        return False
    text = lines[i + 1].text
    below = _text_below(lines, i + 1)
    return _is_expected_op(_OP_LABEL.match(text), expected) or _bare_expected(text, expected, below)


def _op_after_blank(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether one blank line follows ``lines[i]`` and then operative paragraph
    ``expected`` opening with its verb ("" / "1. Encourages ...", or "1<tab>Encourages
    ..."): the line is a heading set off below only, as text copied from a PDF prints it
    ("... livelihoods;" / "Human rights, including child protection" / "" / "2.
    Reiterates ...")."""
    if i + 2 >= len(lines) or lines[i + 1].text:
        return False
    text = lines[i + 2].text
    below = _text_below(lines, i + 2)
    return _is_expected_op(_OP_LABEL.match(text), expected, verb=True) or _bare_expected(
        text, expected, below
    )


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


#: The most lines a run of headings above a paragraph takes ("MINUSMA's mandate" /
#: "General principles", a heading wrapped over two lines), and the most lines looked
#: through for it, blank lines and the blanks a page's furniture left included.
_HEADING_LINES = 4
_HEADING_LOOK = 24
#: The most words of one heading, wrapped or not ("Implementation of the Agreement on
#: Peace and Reconciliation in Mali, Political situation and elections": 14).
_HEADING_WORDS = 16


#: The most words of a heading that opens with a participle or ends with a colon, on its
#: own line or over several: a lead-in or a recital that lost its comma is longer.
_SHORT_HEADING_WORDS = 8


def _short_heading(text: str) -> bool:
    """A line of at most :data:`_SHORT_HEADING_WORDS` words, opening with a capital,
    that cites nothing (no figure, no bracket) and either opens with a participle and
    ends without punctuation ("Creating the conditions for humanitarian assistance") or
    ends with a colon ("Protection of civilians:"). Not a recital's participle
    ("Noting", "Reaffirming", "Acting"): "Acting under Chapter VII of the Charter" or
    "Noting with concern the situation" without its comma is a recital that lost it (a
    scan's, a copy's), which a heading without blank lines around it cannot be told
    from; read as one, "Acting under Chapter VII" no longer put the draft under
    Chapter VII."""
    words = text.split()
    if not 1 <= len(words) <= _SHORT_HEADING_WORDS or not text[:1].isupper():
        return False
    if _PARTICIPLE.match(text) is not None:
        return False
    if any(c.isdigit() or c in "()[]" for c in text):
        return False
    punct = _final_punct(text)
    if punct == ":":
        return True
    return punct == "" and text[-1:] not in ",;.!?" and _PP_OPENER.match(text) is not None


def _lost_comma_line(lines: list[_Line], i: int, expected: int) -> bool:
    """Whether ``lines[i]`` is a recital that lost its comma, alone on its line between
    paragraphs printed with no blank line between them ("... months;" / "Noting with
    concern the situation in Haiti" / "3. Calls upon ..."): led by a recital's
    participle (:data:`_PARTICIPLE`, which :func:`_short_heading` leaves to this rule),
    ending with no mark at all, right above paragraph ``expected`` opening with its verb.
    The caller checks that the paragraph above has ended; the tree reads the line as a
    recital out of place (``tree._lost_comma_recital``), as it does with blank lines."""
    text = lines[i].text
    if _PARTICIPLE.match(text) is None or _final_punct(text) or text[-1:] in ",;:.!?":
        return False
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    op = _OP_LABEL.match(after) if after[:1].isdecimal() else None
    return _is_expected_op(op, expected, verb=True)


def _heading_run(lines: list[_Line], i: int, expected: int) -> dict[int, bool] | None:
    """The lines of a run of headings that opens at ``lines[i]`` and ends where operative
    paragraph ``expected`` opens with its verb (its number perhaps alone on its line,
    the verb on the next: ``pdftotext`` without ``-layout``), as text copied from a PDF
    prints it with the blank lines lost: "... country;" / "MINUSMA's mandate" / "" /
    "General principles" / "" / "15. Decides ...", or a heading wrapped over two lines
    ("Implementation of the Agreement on Peace and Reconciliation in Mali," / "Political
    situation and elections", "... human rights law and related" / "aspects"). Each
    line's index maps to whether it opens a heading (after a blank line, or with a
    capital after a line that ends without a comma) or goes on with the one above (after
    its comma, or in lower case); ``None`` where the lines are no such run."""
    run: dict[int, bool] = {}
    above: str | None = None  # the heading line above, with no blank line between
    last = ""  # the last heading line
    words = 0  # the words of the heading the line is of
    for k in range(i, min(len(lines), i + _HEADING_LOOK)):
        text = lines[k].text
        if not text:
            above = None
            continue
        op = _OP_LABEL.match(text) if text[:1].isdecimal() else None
        below = _text_below(lines, k)
        if op is None and _bare_expected(text, expected, below):
            # "General principles" / "15<tab>Decides ...": numbered without full stops.
            return run or None
        if op is not None and int(op.group("num")) == expected:
            if not run or last.endswith(","):
                return None
            if op.group("rest") is None:
                after = next((line.text for line in lines[k + 1 : k + 3] if line.text), "")
                return run if _opens_with_verb(after) else None
            return run if _is_expected_op(op, expected, verb=True) else None
        if not run and _short_heading(text):
            # "... personnel;" / "Creating the conditions for humanitarian assistance" /
            # "3. Calls upon ...", or "Protection of civilians:": a heading that opens
            # with a participle or ends with a colon, on one short line, as a browser's
            # one-column print gives it with no blank line around it (the same heading
            # with blank lines is read by _heading_shape).
            run[k] = True
            above = last = text
            continue
        if len(run) == _HEADING_LINES or _final_punct(text) not in ("", ","):
            return None
        goes_on = above is not None and (
            above.endswith(",")
            or text[:1].islower()
            or above.rsplit(" ", 1)[-1] in _TITLE_SMALL_WORDS
        )
        if not goes_on and not is_title_heading(text.removesuffix(",")):
            return None
        if last.endswith(",") and not goes_on:
            return None  # a heading's comma, then a blank line: no heading ends so
        words = words + len(text.split()) if goes_on else len(text.split())
        if words > _HEADING_WORDS:
            return None
        run[k] = not goes_on
        above = last = text
    return None
