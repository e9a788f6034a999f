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

The steps live in one module a stage, each stage importing only the ones before it:
:mod:`.patterns` (every pattern and word list), :mod:`.hyphens` (the line-end hyphens and
the evidence that decides them), :mod:`.lines` (step 1 and the joining of a unit's lines),
:mod:`.furniture` (step 2), :mod:`.blocks` (steps 3 and 4) and :mod:`.masthead` (what the
masthead says), :mod:`.labels` (label sequences), :mod:`.shapes` (the shapes of lines) and
:mod:`.footnotes` (notes between paragraphs), which :mod:`.paragraphs` cuts step 5's units
with, then :mod:`.nodes` (a unit made a clause's node), :mod:`.headings` (which unit is a
heading), :mod:`.tree` (step 5's builder) and :mod:`.structure` (the warnings on the tree
built); this module reads a text through them (:func:`parse_text`) and keeps every name
they define importable from ``resdiff.read.text``, as before the split.

Nothing is dropped: every line ends up in the masthead, a clause, a heading, an annex, a
footnote, the closing or the furniture (see :mod:`resdiff.read.checks`).

Quotation marks and dashes are kept as printed (:func:`clean_for_display`); the
comparison folds them. The language of the paragraphs is told from their words
(:mod:`resdiff.read.language`), and the status from the masthead and the voting line
(:func:`vote_status`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...compiled import compile_cached
from ...errors import ResolutionParseError
from ...model import (
    DocumentKind,
    DocumentStatus,
    Draft,
    Footnote,
    Heading,
    ParseWarning,
    RemovedText,
)
from ..checks import refuse_past, too_many_paragraphs
from ..common import clean_for_display
from ..language import detect_language
from ..votes import (  # noqa: F401 - re-exported as before the split
    _AGAINST_LIST,
    _AGAINST_NAMES,
    _FAILED,
    _PERMANENT_MEMBER,
    _VETO,
    _VOTE_COUNT,
    _VOTES_NEEDED,
    _Count,
    _vote_count,
    vote_status,
)
from .blocks import (  # noqa: F401 - re-exported as before the split
    _closing_at,
    _footnote,
    _Front,
    _groups,
    _is_masthead_line,
    _is_masthead_part,
    _masthead_and_early,
    _read_annexes,
    _read_closing,
    _split_masthead,
    _split_tail,
    _Tail,
    _trailing_footnotes,
)
from .calls import drop_footnote_calls
from .columns import read_columns
from .footnotes import (  # noqa: F401 - re-exported as before the split
    _at_page_foot,
    _cited_marks,
    _is_footnote,
)
from .furniture import (  # noqa: F401 - re-exported as before the split
    _furniture_kind,
    _take_furniture,
)
from .headings import (  # noqa: F401 - re-exported as before the split
    _SECTION_CODE,
    _heading_shape,
    _is_heading,
    _is_lead_in_heading,
    _is_numbered_heading,
    _is_operative_heading,
    _is_preamble_end_heading,
    _next,
)
from .hyphens import (  # noqa: F401 - re-exported as before the split
    _DOCUMENT_HYPHENS,
    _P,
    _R,
    _as_printed,
    _document_hyphens,
    _hyphen_form,
    _hyphen_glue,
    _HyphenEvidence,
    _inflected,
    _with_document_hyphens,
    reread_document_hyphens,
    restore_joined_compounds,
)
from .labels import (  # noqa: F401 - re-exported as before the split
    _continues,
    _family_of,
    _from_roman,
    _label_follows,
    _next_key,
    _ocr_roman,
    _to_roman,
)
from .linenumbers import drop_line_numbers
from .lines import (  # noqa: F401 - re-exported as before the split
    _DISPLAY_FOLD,
    REPORT_OPERATIVE_HEADING,
    _final_punct,
    _join,
    _Line,
    _md_heading,
    _read_lines,
    _tidy,
    paren_numbers_as_operative,
    quoted_mail,
    report_matter,
    signature_after,
)
from .masthead import (  # noqa: F401 - re-exported as before the split
    _first_date,
    _Masthead,
    _multiword_states,
    _parse_date,
    _read_masthead,
    split_sponsors,
)
from .nesting import _Builder  # noqa: F401 - re-exported as before the split
from .nodes import (  # noqa: F401 - re-exported as before the split
    _clause,
    _Node,
)
from .paragraphs import (
    _units,
)
from .patterns import (  # noqa: F401 - re-exported as before the split
    _A_RES,
    _ABBREVIATION_END,
    _ADOPTED,
    _ADOPTED_BY,
    _ANNEX,
    _BARCODE,
    _BARE_NUMBER,
    _BRACKET_SYMBOL,
    _BULLET,
    _BULLETS,
    _CHAPEAU_MAX_WORDS,
    _CHAPEAU_OPENING,
    _CHAPEAU_WORDS,
    _CITED_MARK,
    _COLUMNS,
    _CROSS_REF_END,
    _DATE,
    _DATE_LINE,
    _DATE_PARTS,
    _DATE_REST,
    _DATE_STAMP,
    _DISTR,
    _DOT_LABEL,
    _DRAFT_ONLY,
    _DRAFT_RESOLUTION,
    _DRAFT_SYMBOL,
    _FIRST_WORD,
    _FOOT_LOOKAHEAD,
    _FOOTNOTE,
    _FORMULA,
    _FORMULA_ORGANS,
    _HYPHEN_END,
    _HYPHEN_FOLD,
    _HYPHEN_PREFIXES,
    _HYPHEN_TAIL,
    _HYPHEN_TOKEN,
    _JOB_NUMBER,
    _LEADING_NUMBER,
    _LINE_HYPHENS,
    _MARKS_TAIL,
    _MASTHEAD_MISC,
    _MD_EMPHASIS,
    _MD_ESCAPE,
    _MD_HEADING,
    _MD_OP_LABEL,
    _MD_QUOTE,
    _MONTH_NUMBERS,
    _MONTHS,
    _OLD_HEADER,
    _OP_LABEL,
    _ORGAN,
    _ORGAN_NAMES,
    _ORIGINAL,
    _OTHER_MONTHS,
    _PAGE_OF,
    _PAREN_LABEL,
    _PP_OPENER,
    _PRST,
    _RECORD_LINES,
    _RESOLUTION_GA,
    _RESOLUTION_N,
    _RUNS_ON,
    _S_RES,
    _SHORT_OP_DIGITS,
    _SPACE_BEFORE_FINAL_STOP,
    _SPACE_BEFORE_PUNCT,
    _SPONSORS,
    _STATEMENT_TITLE,
    _SUSPENDED_NEXT,
    _SYMBOL_ALONE,
    _TRAILING_MARKS,
    _VOTE_LINE,
    _closing_starts,
    _draft_resolution_end,
    _hyphen_rules,
    _HyphenRules,
)
from .shapes import (  # noqa: F401 - re-exported as before the split
    _OP_OPENER,
    _TITLE_SMALL_WORDS,
    _ends_list_item,
    _ends_unit,
    _is_title,
    _is_title_case,
    _next_is_label,
    _next_is_op,
    _next_line_is_item,
    _opens_upper,
    is_title_heading,
)
from .structure import _structural_warnings
from .tree import (  # noqa: F401 - re-exported as before the split
    _build,
    _next_sub_label,
)
from .units import (  # noqa: F401 - re-exported as before the split
    _FULL_WIDTH,
    _labels_below_their_text,
    _runs_full_width,
    _Unit,
)

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


#: A line that opens with a paragraph or item number ("12.", "(b)", "iv)").
_NUMBERED_LINE = compile_cached(r"^[ \t]*(?:\d{1,6}[.)]|\([a-z0-9]{1,6}\)|[a-z]{1,6}\))[ \t]", re.M)
#: A run of blank lines, which ends a block of text.
_BLANK_RUN = compile_cached(r"\n(?:[ \t]*\n)+")
#: A resolution's enacting formula ("The Security Council,"), as a second text copied
#: into the same file opens: found in a note or a closing line, it is another resolution.
_ENACTING = compile_cached(r"\bThe\s+(?:Security\s+Council|General\s+Assembly)\s*,\s")


def _second_resolution(
    notes: Sequence[Footnote], closing: Sequence[str]
) -> tuple[int | None] | None:
    """Where a second resolution copied after the first was read, as a note of the first
    (the printed volumes' "187" / "(1964). Resolution of …") or a closing line: the
    note's line (``None`` for a closing line); ``None`` if no note or closing line holds
    an enacting formula."""
    for note in notes:
        if _ENACTING.search(note.text):
            return (note.line,)
    if any(_ENACTING.search(line) for line in closing):
        return (None,)
    return None


#: How many numbered lines, and how many blocks of text, the paragraph limit is multiplied
#: by before a text is refused unread: a real draft has one number a clause at most, and
#: a block a paragraph or a few (a paragraph cut by a page break), never so many more.
_NUMBERED_MARGIN = 2
_BLOCK_MARGIN = 4
_SCAN_FLOOR = 10_000


def refuse_far_too_many(text: str, limit: int, path: str | None) -> None:
    """Refuse, in one scan, a text that holds far more numbered lines or blocks than
    ``limit`` paragraphs could. Called before :func:`parse_text`, whose passes over every
    line (the document's hyphenation first) ran before its builder stopped at the limit:
    850,000 one-line paragraphs (20 MB) took 27-48 s and 836 MB to be refused, more than
    a real draft of that size takes to read; now 0.3 s."""
    for pattern, margin in ((_NUMBERED_LINE, _NUMBERED_MARGIN), (_BLANK_RUN, _BLOCK_MARGIN)):
        # A low limit is left to the reader's builder, which names the very line that
        # passes it: a text of a few thousand lines reads in a moment.
        refuse_past(pattern, max(margin * limit, _SCAN_FLOOR), text, limit, path)


@_with_document_hyphens
def parse_text(
    text: str,
    *,
    path: str | None = None,
    markdown: bool = False,
    max_paragraphs: int | None = None,
    nested_by_indent: bool = False,
    line_numbers: bool = True,
    own_paragraphs: frozenset[int] = frozenset(),
    blank_gaps: bool = False,
) -> Draft:
    """Read a draft resolution or a presidential statement from plain text (copied from a
    PDF or Word file) or Markdown.

    Raises :class:`~resdiff.errors.ResolutionParseError` for empty input and for text
    without any paragraph (only a masthead, say), naming the file, line and column; and,
    given ``max_paragraphs``, as soon as the text has given more clauses than that, so a
    text of 60,000 one-line items is refused without building them all.

    ``line_numbers``: look for the line numbers of a print numbered in its margin,
    copied with the text (:mod:`.linenumbers`); the Word and PDF readers, which write
    their own text (the PDF reader drops the column itself), ask it not to.

    ``nested_by_indent``: a paragraph number indented deeper than the operative
    paragraphs' numbers is an item of the list it stands in, as in Markdown (the Word
    reader writes each list level indented as printed: "1." at the fourth level of
    "1. / (a) / (i) / 1." is no operative paragraph).

    ``own_paragraphs``: the numbers of the lines that open an unnumbered operative
    paragraph of its own (the Word reader's hint for a paragraph whose number a tracked
    change took off), read as such ("OP1bis") rather than as a second paragraph of the
    one above, as a printed text's unnumbered paragraph is.

    ``blank_gaps``: the text's blank lines are the gaps its reader measured between
    printed paragraphs (the PDF reader's); where they part the recitals, a recital's
    opener after a comma with no blank line before it is a wrapped line, not a recital.
    """
    if not text.strip():
        raise ResolutionParseError(
            "empty input: expected a draft resolution", path=path, line=1, column=1
        )
    removed: list[RemovedText] = []
    unquote = not markdown and quoted_mail(text)
    read = _read_lines(restore_joined_compounds(text), markdown, unquote=unquote)
    # A page copied in two columns side by side (``pdftotext -layout``): read down each.
    columned: list[int] = []
    if not markdown:
        read, columned = read_columns(read)
    # Not in Markdown, whose numbered items end with a full stop or a bracket.
    numbered_at = None if markdown or not line_numbers else drop_line_numbers(read, removed)
    if numbered_at is not None:
        reread_document_hyphens(line.text for line in read)
    lines = _take_furniture(read, removed, in_body=False)
    del read
    renumbered = not markdown and paren_numbers_as_operative(lines)
    signature = signature_after(lines)
    signed_off: int | None = None
    if signature is not None:
        # Kept as furniture with a warning: nothing of the input is lost.
        signed_off = lines[signature].no
        removed.extend(
            RemovedText(line=ln.no, text=_as_printed(ln.text), kind="other")
            for ln in lines[signature:]
            if ln.text.strip()
        )
        del lines[signature:]
    matter = report_matter(lines)
    report_lines: tuple[int, int | None] | None = None
    if matter is not None:
        # resdiff's own Word report, printed or copied: its summary, key changes and note
        # above the tracked text, and its last line, are kept as furniture.
        start, end = matter
        report_lines = (lines[start - 1].no, lines[end].no if end < len(lines) else None)
        # The report's own heading over the operative part, between the recitals and the
        # first operative paragraph, is the report's too (in a content control the Word
        # reader skips): read from the text LibreOffice saves of the report, every change
        # accepted, it came out as a heading the new draft added. The first such line is
        # the report's: a draft's own heading of those words stands below it.
        heading = next(
            (k for k in range(start, end) if lines[k].text.strip() == REPORT_OPERATIVE_HEADING),
            None,
        )
        removed.extend(
            RemovedText(line=ln.no, text=_as_printed(ln.text), kind="other")
            for ln in (*lines[:start], *lines[end:])
            if ln.text.strip()
        )
        if heading is not None:
            removed.append(
                RemovedText(line=lines[heading].no, text=REPORT_OPERATIVE_HEADING, kind="other")
            )
            lines[heading] = _Line(lines[heading].no, "")
        del lines[end:]
        del lines[:start]
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
    # What an error without paragraphs names: the line after the last with text (the
    # lines are numbered in order).
    last = next((ln.no for ln in reversed(lines) if ln.text), 1)
    line_count = len(lines)
    units = _units(
        body_lines,
        markdown,
        removed,
        nested_by_indent=nested_by_indent,
        masthead=[ln.text for ln in front.masthead],
        blank_gaps=blank_gaps and not markdown,
    )
    moved_labels = None if markdown else _labels_below_their_text(units)
    # Markdown calls its notes "[^1]", which its reader takes care of.
    kept_before = len(removed)
    calls, calls_at = (
        (0, None)
        if markdown
        else drop_footnote_calls(units, removed, (note.mark for note in tail.footnotes))
    )
    # The warning names the slash form only where a call had it (a text of bare-number
    # calls is told what it was told before).
    slashed = any(r.text.endswith("/") for r in removed[kept_before:])
    # The lines and then the units are let go as soon as they are read, and the nodes as
    # their clauses are made (:func:`_clause`): the cyclic collector walks whatever
    # is alive, and a text of 15,000 one-line items held all of them to the end.
    del lines, body_lines
    builder = _build(units, [], statement=statement, limit=max_paragraphs, own=own_paragraphs)
    del units
    if builder.stopped_at is not None and max_paragraphs is not None:
        raise too_many_paragraphs(
            builder.stopped_count, max_paragraphs, path, line=builder.stopped_at
        )
    if not builder.preamble and not builder.operative:
        raise ResolutionParseError(
            "no paragraphs found: expected preambular paragraphs or numbered operative "
            "paragraphs after the masthead",
            path=path,
            line=min(last + 1, line_count),
            column=1,
        )
    kind, status, vote = _status(head, tail.closing, front.chapeau)
    # A statement's paragraphs speak as "The Security Council expresses ...": they open
    # with no operative verb by design, so that is not worth a warning.
    warnings = builder.warnings + _structural_warnings(
        builder.preamble, [] if kind == "statement" else builder.operative
    )
    if signed_off is not None:
        warnings.append(
            ParseWarning(
                code="signature",
                message="an e-mail signature after the draft (from its “--” line) was left "
                "out of the text",
                line=signed_off,
            )
        )
    if report_lines is not None:
        last, footer = report_lines
        warnings.append(
            ParseWarning(
                code="resdiff-report",
                message=f"read as a resdiff report: its summary and notes (to line {last})"
                + (f" and its last line (line {footer})" if footer is not None else "")
                + " were left out of the draft's text",
                line=last,
            )
        )
    if renumbered:
        warnings.append(
            ParseWarning(
                code="paren-numbers",
                message="the operative paragraphs are numbered “(1)”, “(2)”, ...: read as "
                "paragraphs 1, 2, ...",
                line=1,
            )
        )
    if columned:
        pages = ", ".join(str(page) for page in columned)
        warnings.append(
            ParseWarning(
                code="text-columns",
                message=f"page{'s' if len(columned) > 1 else ''} {pages} of the text "
                f"{'are' if len(columned) > 1 else 'is'} set in two columns side by side "
                "(as pdftotext -layout copies a two-column print): read column by column, "
                "the left one first; check the order of the paragraphs, or send the PDF",
                line=1,
            )
        )
    if numbered_at is not None:
        warnings.append(
            ParseWarning(
                code="line-numbers",
                message="the lines are numbered in the left margin, as a draft printed "
                "with line numbers is: the numbers were left out of the text",
                line=numbered_at,
            )
        )
    if calls_at is not None:
        warnings.append(
            ParseWarning(
                code="footnote-calls",
                message=f"{calls} number{'s' if calls > 1 else ''} calling footnotes, "
                "printed apart after a paragraph's punctuation, a date or a name (as in "
                f"“of 12 June 1980, 42”){' or marked with a slash (“1/”)' if slashed else ''}, "
                "left out of the text",
                line=calls_at,
            )
        )
    if moved_labels is not None:
        warnings.append(
            ParseWarning(
                code="labels-below-text",
                message="a list's labels stand alone below their items' text, as a scan "
                "printed them: each read as the label of the text above it",
                line=moved_labels,
            )
        )
    if unquote:
        warnings.append(
            ParseWarning(
                code="quoted-mail",
                message="the text is quoted as in a forwarded e-mail: the '>' marks "
                "before its lines were left out",
                line=1,
            )
        )
    second = _second_resolution(builder.notes + tail.footnotes, tail.closing)
    if second is not None:
        warnings.append(
            ParseWarning(
                code="second-resolution",
                message="a second resolution seems to follow the first (its enacting "
                "formula after the first's end): it was read as a note or closing line, "
                "not compared; give each resolution a file of its own",
                line=second[0],
            )
        )
    if builder.second_formula is not None:
        warnings.append(
            ParseWarning(
                code="second-resolution",
                message="a second enacting formula follows the operative paragraphs, "
                "under no part's label: a second resolution seems to follow the first "
                "with no 'Adopted …' line between; its paragraphs were read on as the "
                "first's (numbered again), so a comparison mixes two texts; give each "
                "resolution a file of its own",
                line=builder.second_formula,
            )
        )
    warnings.sort(key=lambda w: w.line or 0)
    headings = list(builder.headings)
    for text_, span, section in builder.pending_headings:
        # A heading line with nothing after it: keep its words as a heading.
        headings.append(Heading(text=text_, section=section, before=None, span=span))
    preamble = tuple(map(_clause, builder.preamble))
    operative = tuple(map(_clause, builder.operative))
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
    "refuse_far_too_many",
    "split_sponsors",
    "vote_status",
]
