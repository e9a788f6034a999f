"""The draft model: what a resolution or draft *is*, as immutable pydantic data.

A :class:`Draft` holds the masthead, the preamble and the operative part as trees of
:class:`Clause`, plus everything else the reader found (headings, annexes, footnotes,
page furniture it removed, warnings). Every model is frozen, round-trips exactly through
JSON (``Draft.model_validate_json(d.model_dump_json()) == d``) and publishes its JSON
schema (``resdiff schema``).

The keys ``symbol``, ``preamble`` and ``operative`` of a draft, and ``ref``, ``text`` and
``children`` of every clause, are a public contract: other tools rely on them.

This module holds data only. Reading lives in :mod:`resdiff.read`, analysis in
:mod:`resdiff.analyze`. Objects show themselves (``str``, ``_repr_html_``) through the
display hooks of :mod:`resdiff.display`, which the renderers fill: the model imports no
renderer.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .display import hook
from .limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DOCX_ELEMENTS,
    DEFAULT_MAX_DOCX_PARAGRAPHS,
    DEFAULT_MAX_DOCX_UNPACKED_BYTES,
    DEFAULT_MAX_PARAGRAPHS,
    DEFAULT_MAX_PDF_CHARS,
    DEFAULT_MAX_PDF_PAGE_CHARS,
    DEFAULT_MAX_PDF_PAGES,
)

if TYPE_CHECKING:
    import pandas

Section = Literal["preamble", "operative"]
SourceFormat = Literal["text", "markdown", "akn", "docx", "pdf"]
#: Which text of a Word file with tracked changes was read: the proposal with every change
#: accepted, or the original with every change rejected.
TrackedVersion = Literal["accepted", "original"]
MeasureMode = Literal["mandatory", "hortatory", "voluntary"]
#: What a document is: a draft resolution, an adopted resolution, or a presidential
#: statement (S/PRST/...), which has no preamble and speaks as "The Security Council ...".
DocumentKind = Literal["draft", "resolution", "statement"]
#: Where a document stands: still a draft, adopted (a resolution, or a statement made on
#: behalf of the Council), vetoed (a permanent member voted against), or not adopted (a
#: failed vote without a veto).
DocumentStatus = Literal["draft", "adopted", "vetoed", "not-adopted"]
#: The value of ``Draft.lexicon`` for a draft in a language the lexicon cannot read: its
#: structure is read, its analysis is not available (see ``Draft.language``).
LEXICON_UNAVAILABLE = "unavailable"
#: Deepest nesting of clauses a draft may hold, counting the paragraph itself as level 1:
#: UN texts go to about four (OP5(a)(ii) and a bullet below it), Word numbering to nine
#: levels. Readers keep deeper structure flat at this level with a warning, so that every
#: renderer, the JSON round trip and the comparison stay far from any recursion limit.
MAX_CLAUSE_DEPTH = 10


def clause_depth(clauses: Iterable[Clause]) -> int:
    """How deep the deepest of ``clauses`` nests (1 for paragraphs without children, 0
    for none), found without recursion so that it is safe on any tree."""
    deepest = 0
    stack = [(clause, 1) for clause in clauses]
    while stack:
        clause, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in clause.children)
    return deepest


FurnitureKind = Literal["page-header", "page-footer", "page-number", "job-number", "other"]


class Frozen(BaseModel):
    """Base of every resdiff model: immutable, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Limits(Frozen):
    """How much one input may hold, so that a server reading drafts for its users cannot
    be made to spend unbounded memory or time.

    ``max_bytes`` bounds the bytes read from one input (a file, standard input, a string
    or bytes); ``max_paragraphs`` the clauses one draft may hold, paragraphs and
    sub-paragraphs together (the comparison's cost grows with them). The defaults take
    any real resolution with room to spare: the largest in the shared corpus is under
    200 KB and 200 clauses. Pass ``limits=Limits(...)`` to
    :func:`resdiff.parse` and :func:`resdiff.compare`, or ``--max-bytes`` and
    ``--max-paragraphs`` on the command line, to raise or lower them.

    A Word file is bounded inside too, since a few megabytes of ZIP can unpack to a
    document that costs gigabytes: ``max_docx_unpacked_bytes``, the bytes its parts unpack
    to together (default 64 MB); ``max_docx_paragraphs``, its paragraph elements, empty
    ones included (200,000); ``max_docx_elements``, the XML elements of the parts read
    (2,000,000, counted while each part is parsed). A PDF likewise: ``max_pdf_pages``
    (2,000), ``max_pdf_chars``, the characters of its text layer (20,000,000), and
    ``max_pdf_page_chars``, those of one page (200,000). These have no command-line
    option.
    """

    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, ge=1)
    max_paragraphs: int = Field(default=DEFAULT_MAX_PARAGRAPHS, ge=1)
    max_docx_unpacked_bytes: int = Field(default=DEFAULT_MAX_DOCX_UNPACKED_BYTES, ge=1)
    max_docx_paragraphs: int = Field(default=DEFAULT_MAX_DOCX_PARAGRAPHS, ge=1)
    max_docx_elements: int = Field(default=DEFAULT_MAX_DOCX_ELEMENTS, ge=1)
    max_pdf_pages: int = Field(default=DEFAULT_MAX_PDF_PAGES, ge=1)
    max_pdf_chars: int = Field(default=DEFAULT_MAX_PDF_CHARS, ge=1)
    max_pdf_page_chars: int = Field(default=DEFAULT_MAX_PDF_PAGE_CHARS, ge=1)


#: The limits that :func:`resdiff.api.limits_in_force` sets for the code it wraps, and
#: that :func:`resdiff.parse` sets while it reads; ``None`` outside: the defaults. A
#: reader called without limits of its own (the Word reader) applies these.
LIMITS_IN_FORCE: ContextVar[Limits | None] = ContextVar("resdiff_limits", default=None)


class Span(Frozen):
    """Where something stands in its source: first and last line, counting from 1."""

    first_line: int = Field(ge=1)
    last_line: int = Field(ge=1)


class ParseWarning(Frozen):
    """A recoverable oddity in the input, kept so that nothing is silently accepted.

    ``code`` is a stable identifier (``numbering-gap``, ``numbering-repeat``,
    ``preamble-no-comma``, ``operative-no-verb``, ...); ``message`` says it in words.
    """

    code: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message} [{self.code}]"


#: The document flags, by their shift feature: the Chapter VII basis, an Article 39
#: determination, an authorization of force.
DOCUMENT_FLAGS = ("chapter-vii", "art39", "use-of-force")

#: The code of the warning that a flag of the summary rests on words still in dispute,
#: followed by the flag's shift feature: "disputed-chapter-vii", "disputed-art39",
#: "disputed-use-of-force".
DISPUTED_FLAG = "disputed-"

#: The warnings a reader must see before the others, in this order, because a verdict
#: rests on them: a summary flag read from words in dispute, alternatives read as the
#: first, bracketed words read as agreed, which version of tracked changes was read, a
#: guessed encoding. A report that lists only the first few lists these first.
FIRST_WARNINGS = (
    "disputed-chapter-vii",
    "disputed-art39",
    "disputed-use-of-force",
    "alternatives",
    "bracketed-text",
    "docx-tracked-changes",
    "docx-struck-text",
    "struck-text",
    "drafters-notes",
    "deleted-placeholder",
    "windows-1252",
)


def ordered_warnings(warnings: Iterable[ParseWarning]) -> list[ParseWarning]:
    """``warnings`` with those of :data:`FIRST_WARNINGS` first (in that order), then the
    others as they came (in reading order)."""
    rank = {code: k for k, code in enumerate(FIRST_WARNINGS)}
    listed = list(warnings)
    return sorted(listed, key=lambda w: rank.get(w.code, len(rank)))


class RemovedText(Frozen):
    """A line the reader took out as page furniture (running header, job number, page
    number), kept with its line number so that no word is lost."""

    line: int = Field(ge=1)
    text: str
    kind: FurnitureKind


class Source(Frozen):
    """Where a draft was read from."""

    path: str | None = None
    format: SourceFormat
    sha256: str | None = None
    version: TrackedVersion | None = Field(
        default=None,
        description="For a Word file with tracked changes: which version was read.",
    )


AddresseeScope = Literal["all", "plain", "narrowed"]
#: The tier of the Council's own decision on the prescriptive axis (``Phrase.axis_a``:
#: "decides", "authorizes", "extends"; verbs.toml): only an act of its own establishes,
#: extends or ends a mandate, and only a list under one is a list of decisions.
DECISION_TIER = 6


class Phrase(Frozen):
    """One clause of a paragraph: a lead verb or participle with the words it governs, as
    the analysis found it.

    A paragraph may carry several ("Commends ... and requests ..."; "Condemning ...,
    recalling ..., and further urging ..."). ``text`` is the lead as printed, ``lemma`` its
    lexicon entry; ``start`` and ``end`` delimit the whole clause in the paragraph's text.
    An **unled** clause has ``lemma == ""`` and empty ``text``: words before the first
    lead verb, or a sub-paragraph with none (a mandate task "To support ..."), kept so that
    their hedges, modals and conditions are read too.

    ``axis_a`` is the prescriptive force (1 declaratory ... 6 decides / authorizes) and
    ``axis_b`` the censure (1 expresses concern ... 7 condemns in the strongest terms);
    either is ``None`` when the phrase does not rank on that axis. The rest is read inside
    the clause: ``degree`` (an intensity word of a censure or concern, "deepest", with its
    rank), ``hedges``, ``conditions`` ("unless the Council decides otherwise"),
    ``exemptions`` ("shall not apply to"), the first ``modal``, the ``addressee`` and the
    ``scope`` of it ("all parties" / "the parties" / "relevant parties"), and the life-cycle
    words of measures and mandates (``lifecycle``: "renew", "terminate", "final", ...).
    """

    text: str
    lemma: str
    modifier: str | None = None
    axis_a: int | None = None
    axis_b: int | None = None
    hedges: tuple[str, ...] = ()
    modal: str | None = None
    addressee: str | None = None
    start: int = Field(default=0, ge=0, description="Character offset in the clause text.")
    end: int | None = Field(
        default=None, ge=0, description="Offset where the clause this phrase leads ends."
    )
    degree: str | None = None
    degree_rank: int | None = None
    conditions: tuple[str, ...] = ()
    exemptions: tuple[str, ...] = ()
    scope: AddresseeScope | None = None
    lifecycle: tuple[str, ...] = ()

    @property
    def led(self) -> bool:
        """Whether the clause opens with a lead verb or participle (not an unled clause)."""
        return bool(self.lemma)


class Measure(Frozen):
    """A sanctions measure found in a clause, with the mode it is imposed in.

    ``action`` is the life-cycle word that governs it, when there is one ("renew",
    "lift", "terminate"); ``ends`` says the clause ends the measure (lifts, terminates or
    suspends it) rather than imposing or keeping it.
    """

    kind: str
    label: str
    mode: MeasureMode
    evidence: str
    action: str | None = None
    ends: bool = False


class ClauseStart(Frozen):
    """Where a clause starts in a text that holds it with its neighbours: the clauses of
    a split's or merge's parts in the change's text (:attr:`Change.old_starts`)."""

    ref: str
    at: int = Field(
        ge=0,
        description="Offset in the text, in characters (Unicode code points), of the "
        "clause's label (of its words when it has none).",
    )


class Clause(Frozen):
    """A paragraph or sub-paragraph.

    ``ref`` is how people cite it: ``PP3``, ``OP5``, ``OP5(a)``, ``OP5(a)(ii)``. ``text`` is
    the clause's own words, whitespace normalised, without its number and without its
    children. ``label`` is the number as printed (``"5."``, ``"(a)"``), ``None`` for
    preambular paragraphs.
    """

    ref: str
    section: Section
    label: str | None = None
    text: str
    children: tuple[Clause, ...] = ()
    heading: str | None = None
    span: Span | None = None
    phrases: tuple[Phrase, ...] = ()
    measures: tuple[Measure, ...] = ()
    tracked_by: tuple[str, ...] = Field(
        default=(),
        description="Who made the tracked changes in the clause's own words (a Word file "
        "with tracked changes), in order of first appearance; empty elsewhere. Read by Word "
        "paragraph: clauses written on lines of one Word paragraph (soft line breaks) each "
        "name every author of that paragraph.",
    )

    @property
    def lead_phrase(self) -> Phrase | None:
        """The phrase the clause opens with, when the analysis found one."""
        if self.phrases and self.phrases[0].start == 0 and self.phrases[0].led:
            return self.phrases[0]
        return None

    @property
    def lead(self) -> str | None:
        """The opening phrase as printed ("Strongly condemns"), when the analysis found one."""
        phrase = self.lead_phrase
        return phrase.text if phrase is not None else None

    def walk(self) -> Iterator[Clause]:
        """This clause, then its descendants, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self) -> str:
        """The clause's own text followed by its children's labels and texts."""
        if not self.children:
            return self.text  # what the join below gives for no children
        parts = [self.text]
        for child in self.children:
            # A leaf's full text is its text: no call for each of a long list's items.
            child_text = child.full_text() if child.children else child.text
            label = child.label
            parts.append(f"{label} {child_text}" if label else child_text)
        return " ".join(filter(None, parts))  # the parts that are not empty

    def full_text_starts(self) -> tuple[ClauseStart, ...]:
        """Where this clause and each of its descendants (in reading order) start in
        :meth:`full_text`: the clause at 0, a sub-paragraph at its label (at its text when
        it has none). A sub-paragraph with neither label nor words starts where the
        words before it end."""
        out = [ClauseStart(ref=self.ref, at=0)]
        at = len(self.text)
        filled = bool(self.text)
        for child in self.children:
            child_text = child.full_text()
            piece = f"{child.label} {child_text}" if child.label else child_text
            inner = child.full_text_starts()
            if not piece:
                out += [start.model_copy(update={"at": at}) for start in inner]
                continue
            at += 1 if filled else 0
            words_at = at + (len(child.label) + 1 if child.label else 0)
            out.append(ClauseStart(ref=child.ref, at=at))
            out += [start.model_copy(update={"at": words_at + start.at}) for start in inner[1:]]
            at += len(piece)
            filled = True
        return tuple(out)


class Heading(Frozen):
    """An unnumbered heading inside the preamble or the operative part."""

    text: str
    section: Section
    before: str | None = Field(
        default=None, description="Ref of the first clause under this heading."
    )
    span: Span | None = None


class Annex(Frozen):
    """An annex: its title line and its paragraphs as text."""

    title: str
    paragraphs: tuple[str, ...] = ()
    span: Span | None = None


class Footnote(Frozen):
    """A footnote: its mark as printed and its text."""

    mark: str
    text: str
    line: int | None = None


class ChapterVII(Frozen):
    """The Chapter VII invocation of a draft, when it has one."""

    formula: str
    ref: str | None = None


class Draft(Frozen):
    """A draft resolution, an adopted resolution or a presidential statement.

    ``masthead`` keeps every masthead line as read; ``symbol``, ``organ``, ``kind``,
    ``status``, ``sponsors``, ``date``, ``title`` and ``adoption`` are what the reader
    recognised in it. ``kind`` says what the document is (draft / resolution /
    statement) and ``status`` where it stands (draft / adopted / vetoed / not-adopted),
    each ``None`` when the text does not say. A presidential statement has no preamble;
    its chapeau ("At its ... meeting, ... the President ... made the following statement
    on behalf of the Council:") is kept as its ``enacting_formula``. ``language`` is the
    ISO 639-1 code of the text's language when it could be told; a text that is not in
    English is read but not analysed (``lexicon == "unavailable"``). ``closing`` keeps
    what follows the last paragraph (a voting line in old texts). ``furniture`` is what
    the reader removed as page furniture, with line numbers.

    ``model_dump_json()`` is the draft's JSON contract (``schema: "resdiff.draft/1"``, as
    ``resdiff parse --format json`` prints it); a document without the key (written
    before it was added) reads as version 1.
    """

    schema_: Literal["resdiff.draft/1"] = Field(default="resdiff.draft/1", alias="schema")

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    symbol: str | None = None
    draft_symbol: str | None = None
    organ: str | None = None
    kind: DocumentKind | None = None
    status: DocumentStatus | None = Field(
        default=None,
        description="draft, adopted, vetoed or not-adopted (a failed vote); null when unknown.",
    )
    language: str | None = Field(
        default=None,
        pattern=r"^[a-z]{2}$",
        description="ISO 639-1 code of the text's language; null when it could not be told.",
    )
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    title: str | None = None
    adoption: str | None = None
    vote: str | None = Field(
        default=None, description="The vote as recorded, e.g. 'Adopted 11-0-4, 8700th meeting'."
    )
    masthead: tuple[str, ...] = ()
    enacting_formula: str | None = None
    preamble: tuple[Clause, ...] = ()
    operative: tuple[Clause, ...] = ()
    headings: tuple[Heading, ...] = ()
    annexes: tuple[Annex, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    closing: tuple[str, ...] = ()
    source: Source | None = None
    warnings: tuple[ParseWarning, ...] = ()
    furniture: tuple[RemovedText, ...] = ()
    chapter_vii: bool = False
    chapter_vii_formula: ChapterVII | None = None
    art39: bool = False
    art39_ref: str | None = None
    use_of_force: bool = False
    lexicon: str | None = Field(
        default=None,
        description="Which lexicon analysed the clauses: 'default', 'custom', 'unavailable' "
        "when the text is in a language the lexicon cannot read (see language), or null when "
        "the draft has not been analysed.",
    )

    @property
    def analysis_unavailable(self) -> bool:
        """Whether the analysis could not read this draft (a text not in English): its
        phrases are empty and its flags say nothing, so "no Chapter VII" is unknown, not
        absent."""
        return self.lexicon == LEXICON_UNAVAILABLE

    @property
    def name(self) -> str:
        """A short name for reports: the symbol, else the file name, else ``"draft"``;
        the original version of a Word file with tracked changes says so ("draft.docx
        (original)"), so a file compared with itself reads as two versions."""
        if self.symbol:
            name = self.symbol
        elif self.source and self.source.path:
            name = self.source.path.rsplit("/", 1)[-1]
        else:
            name = "draft"
        if self.source and self.source.version == "original":
            name += " (original)"
        return name

    @property
    def paragraphs(self) -> tuple[Clause, ...]:
        """Top-level paragraphs, preamble first."""
        return self.preamble + self.operative

    @property
    def printed(self) -> tuple[Clause, ...]:
        """Top-level paragraphs in the order of the document: :attr:`paragraphs`, except
        in a resolution in parts whose later parts open with recitals of their own ("A"
        / recitals / "1." ... "B" / recitals / "1."), where part B's recitals come after
        part A's operative paragraphs, as printed (read from the lines each paragraph
        stands on, when every one knows them)."""
        paragraphs = self.preamble + self.operative
        if not self.preamble or not self.operative or not self.headings:
            return paragraphs
        lines = [c.span.first_line if c.span is not None else -1 for c in paragraphs]
        cut = len(self.preamble)
        if min(lines) < 0 or lines[cut - 1] < lines[cut]:
            return paragraphs
        # Only lines read in order, in each part (a draft built or edited in code keeps
        # the lines its clauses came from, which tell nothing of their order), and a
        # heading before a recital printed after an operative paragraph: a part's own.
        if any(a >= b for a, b in pairwise(lines[:cut])) or any(
            a >= b for a, b in pairwise(lines[cut:])
        ):
            return paragraphs
        first_op = lines[cut]
        starts = {c.ref: lines[k] for k, c in enumerate(self.preamble)}
        if not any(h.before in starts and starts[h.before] > first_op for h in self.headings):
            return paragraphs
        order = sorted(range(len(paragraphs)), key=lines.__getitem__)
        return tuple(paragraphs[k] for k in order)

    def walk(self) -> Iterator[Clause]:
        """Every clause and sub-clause in reading order."""
        for clause in self.paragraphs:
            yield from clause.walk()

    def clause(self, ref: str) -> Clause:
        """The clause with this ref (``"OP3"``, ``"OP3(a)(ii)"``); ``KeyError`` if none."""
        wanted = ref.replace(" ", "").upper()
        for clause in self.walk():
            if clause.ref.upper() == wanted:
                return clause
        raise KeyError(ref)

    def texts(self) -> Iterator[str]:
        """Every piece of text the draft holds, each exactly once: masthead, formula,
        clause labels and texts, headings, annexes, footnotes, closing lines, furniture.

        This is what "no word lost" is checked against.
        """
        yield from self.masthead
        if self.enacting_formula:
            yield self.enacting_formula
        for clause in self.walk():
            if clause.label:
                yield clause.label
            yield clause.text
        for heading in self.headings:
            yield heading.text
        for annex in self.annexes:
            yield annex.title
            yield from annex.paragraphs
        for note in self.footnotes:
            yield note.mark
            yield note.text
        yield from self.closing
        for removed in self.furniture:
            yield removed.text

    def __str__(self) -> str:
        """The outline (:meth:`outline`), as ``resdiff parse`` prints it: a draft reads
        like the other objects do in a console, not as its fields."""
        return self.outline()

    def outline(self, width: int = 60) -> str:
        """A one-line-per-clause outline: ``PP1  Recalling its resolutions ...``."""
        lines: list[str] = []
        header = self.name
        if self.sponsors:
            header += " — " + ", ".join(self.sponsors)
        lines.append(header)
        what = self._what()
        if what:
            lines.append(f"  [{what}]")
        if self.analysis_unavailable:
            lines.append(f"  [language: {self.language or 'unknown'}; not analysed]")
        if self.chapter_vii:
            lines.append("  [Chapter VII]")
        # Depth from the tree, not the ref: a bullet adds a level without a bracket. The
        # ref column narrows as the indent grows, down to nothing (a negative width is a
        # format error).
        # Headings stand on lines of their own before the clause they head ("## I",
        # "## General provisions"); those before no clause, at the end.
        headed: dict[str | None, list[str]] = {}
        for heading in self.headings:
            headed.setdefault(heading.before, []).append(heading.text)
        # In the order of the document: a resolution in parts reads as printed.
        stack: list[tuple[Clause, int]] = [(c, 0) for c in reversed(self.printed)]
        while stack:
            clause, depth = stack.pop()
            stack.extend((child, depth + 1) for child in reversed(clause.children))
            text = clause.text if len(clause.text) <= width else clause.text[: width - 1] + "…"
            pad = max(0, 12 - 2 * depth)
            for title in headed.pop(clause.ref, ()):
                lines.append(f"{'  ' * depth}{'':<{pad}} ## {title}")
            lines.append(f"{'  ' * depth}{clause.ref:<{pad}} {text}")
        for titles in headed.values():
            lines.extend(f"{'':<12} ## {title}" for title in titles)
        for annex in self.annexes:
            lines.append(f"Annex: {annex.title}")
        return "\n".join(lines)

    def _what(self) -> str:
        """What the document is, in a few words, for the outline ("draft resolution,
        vetoed", "presidential statement"); empty when the text does not say."""
        outcome = {"vetoed": "vetoed", "not-adopted": "not adopted (failed vote)"}.get(
            self.status or ""
        )
        if self.kind == "statement":
            return ("draft " if self.status == "draft" else "") + "presidential statement"
        if self.kind == "resolution" and self.status in (None, "adopted"):
            return "adopted resolution"
        if self.kind in ("draft", "resolution") or self.status is not None:
            return "draft resolution" + (f", {outcome}" if outcome else "")
        return ""

    def _repr_html_(self) -> str:
        """Jupyter's view: masthead facts, flags and an outline table
        (:func:`resdiff.notebook.draft_html`)."""
        html: str = hook("draft_html")(self)
        return html


# ---------------------------------------------------------------------------------------
# The comparison model: what resdiff.compare returns. Renderers consume only this.

ChangeKind = Literal[
    "unchanged", "reworded", "softened", "strengthened", "mixed", "added", "dropped"
]
Direction = Literal["softer", "stronger", "neutral"]
MatchMethod = Literal[
    "identical", "normalised", "similar", "moved", "split", "merged", "added", "dropped"
]
#: A document flag across a comparison: in both drafts, added, dropped, in neither, or
#: unknown when either draft could not be analysed (a text not in English).
FlagStatus = Literal["kept", "added", "dropped", "absent", "unknown"]
#: ``unknown`` when a draft could not be analysed (not in English): nothing was weighed.
NetDirection = Literal["softer", "stronger", "mixed", "neutral", "unknown"]


#: Every change kind, in the order reports list them.
def symbol_key(symbol: str) -> str:
    """A document symbol as look-ups compare it: its spaces and case aside, so that
    "S/RES/2618(2022)" and "s/res/2618 (2022)" find "S/RES/2618 (2022)"."""
    return "".join(symbol.split()).upper()


#: Every feature a shift names (``Shift.feature``), for filters that check their argument
#: (:meth:`Comparison.where`).
SHIFT_FEATURES: tuple[str, ...] = (
    "verb", "lead", "censure", "modifier", "degree", "hedge", "condition", "exemption",
    "modal", "measure", "measure-mode", "addressee", "emphasis", "lifecycle", "scope",
    "quantity", "date", "reference", "number", "section", "chapter-vii", "art39",
    "use-of-force", "peace-finding", "warning", "polarity", "brackets", "wording",
)  # fmt: skip

CHANGE_KINDS: tuple[ChangeKind, ...] = (
    "added",
    "dropped",
    "softened",
    "strengthened",
    "mixed",
    "reworded",
    "unchanged",
)

#: A word-level redline: diff-match-patch operations (-1 delete, 0 keep, 1 insert).
Redline = tuple[tuple[int, str], ...]


class Shift(Frozen):
    """A named reason for a verdict: one feature that changed, from what to what.

    ``feature`` is one of ``verb`` (prescriptive force, axis A; a demand added or removed),
    ``lead`` (a preambular lead phrase), ``censure`` (axis B), ``modifier``, ``degree``
    (the intensity of a censure or concern), ``hedge``, ``condition``, ``exemption``,
    ``modal``, ``addressee`` (who is addressed, and how widely), ``measure``,
    ``measure-mode``, ``lifecycle`` (a measure or mandate imposed, renewed, lifted,
    terminated, given a sunset), ``quantity`` (a typed number: a cap, a duration, a
    reporting interval, a deadline; ``detail`` names the type), ``date`` and
    ``reference`` (neutral: a renewal date, a document symbol or citation moved on),
    ``section``, ``chapter-vii``, ``art39``, ``use-of-force``, ``polarity`` (an ask turned
    into its contrary by a negation: the old ask withdrawn, softer, and its contrary asked,
    stronger) and ``wording`` (neutral: the words of a paragraph added or dropped stand in
    another paragraph).

    ``weight`` is how much the shift counts in the document's balance (Chapter VII
    weighs most, preambular language least; the ladder is data in the lexicon).
    """

    feature: str
    old: str | None = None
    new: str | None = None
    direction: Direction
    ref: str | None = Field(default=None, description="The clause the shift was found in.")
    detail: str | None = Field(
        default=None, description="What the feature is about: a quantity's type, a measure."
    )
    weight: float = Field(default=0.0, ge=0.0, description="Weight in the document balance.")
    note: str | None = Field(
        default=None,
        description="Why the shift does not weigh where it would: the words of an added or "
        "dropped paragraph stand in a paragraph of the other draft.",
    )

    def describe(self) -> str:
        """The shift in plain words: ``operative verb weakened: decides → calls upon``."""
        text: str = hook("shift_text")(self)
        return text


#: :attr:`Shift.detail` of a flag (force) gone from one provision while the new text
#: holds it in another: named, not weighed; its note says where.
FLAG_STILL_HELD = "still held elsewhere"
#: :attr:`Shift.detail` of a flag come into one provision that the old text held in another.
FLAG_ALREADY_HELD = "already held elsewhere"
#: :attr:`Shift.detail` of an ask gone and one come under the same verb in one provision:
#: the same ask in new words, named once, not weighed.
ASK_RECAST = "same ask in new words"
#: How the note of a winding-down a later resolution does not restate opens (the
#: classifier writes it, the reports word it).
NOT_RESTATED = "not restated by the later text"
#: :attr:`Shift.detail` of a paragraph added or dropped whose words (nearly all) stand in
#: a paragraph of the other draft: named, not weighed; its note says where.
WORDS_ELSEWHERE = "words kept elsewhere"

#: What stands between the parts of a split or merge in a change's redline: a paragraph
#: break. An inserted break is where a paragraph was cut in two, a deleted one where two
#: were joined, so reports can show, and Word can track, the new paragraph structure.
PART_BREAK = "\n"

#: The tag of the Word content controls that hold a resdiff Word report's own matter
#: (title, key changes, tables, notes): the Word reader skips them, so a report reads
#: back as the two drafts it tracks.
REPORT_TAG = "resdiff-report"
#: The alias (the name Word shows) of those content controls. LibreOffice keeps the alias
#: when it saves a report again but drops the tag, so either marks the control.
REPORT_ALIAS = "resdiff report"


class Change(Frozen):
    """One change between the two drafts: a pair (or group) of aligned clauses, or an
    added or dropped one.

    ``old`` and ``new`` list the refs on each side: empty for added or dropped, several for
    a split or merge. ``match`` says how the clauses were paired and ``score`` how similar
    they are (0–1). ``moved`` means the clause changed its order relative to the other
    matched clauses. ``redline`` turns the old text into the new one; in a split or merge
    the parts' texts are joined by :data:`PART_BREAK`, so the redline shows where a
    paragraph was cut or where two were joined; each part's text is its full text
    (:meth:`Clause.full_text`), and when a part has sub-paragraphs ``old_starts`` and
    ``new_starts`` say where each clause of the parts starts in it.
    """

    kind: ChangeKind
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    moved: bool = False
    section: Section
    old_section: Section | None = None
    match: MatchMethod
    score: float = Field(ge=0.0, le=1.0)
    shifts: tuple[Shift, ...] = ()
    redline: Redline = ()
    children: tuple[Change, ...] = ()
    old_starts: tuple[ClauseStart, ...] = Field(
        default=(),
        description="For a split or merge whose parts have sub-paragraphs: every clause "
        "of the old parts (each part, then its sub-paragraphs in reading order) with where "
        "it starts in the old text of the redline, so that reports can lay the "
        "sub-paragraphs out; empty otherwise (each part then starts after a PART_BREAK).",
    )
    new_starts: tuple[ClauseStart, ...] = Field(
        default=(),
        description="The same for the new parts, in the new text of the redline.",
    )

    def __eq__(self, other: object) -> bool:
        """A change equals its kind's name (``change == "softened"``, as tests write it;
        the pytest plugin explains the assertion when it fails), and another change with
        the same fields."""
        if isinstance(other, str):
            return self.kind == other
        return super().__eq__(other)

    # Defining __eq__ would otherwise unset the hash a frozen model has.
    def __hash__(self) -> int:
        return super().__hash__()

    @property
    def old_text(self) -> str:
        """The old side's text, from the redline."""
        return "".join(text for op, text in self.redline if op <= 0)

    @property
    def new_text(self) -> str:
        """The new side's text, from the redline."""
        return "".join(text for op, text in self.redline if op >= 0)

    @property
    def refs(self) -> tuple[str, ...]:
        """Every ref this change touches, new side first."""
        return self.new + tuple(r for r in self.old if r not in self.new)

    @property
    def label(self) -> str:
        """``OP3 → OP4``, ``new OP3 (added)``, ``old OP3 (dropped)``, ``OP2 + OP3 → OP2``
        for reports. An added or dropped provision names its side, so that "old PP9
        (dropped)" and "new PP9 (added)" never read as the same paragraph."""
        old = " + ".join(self.old)
        new = " + ".join(self.new)
        if not self.old:
            return f"new {new} (added)"
        if not self.new:
            return f"old {old} (dropped)"
        return new if old == new else f"{old} → {new}"

    @property
    def weight(self) -> float:
        """How much this change counts in the document balance: its heaviest directional
        shift, its sub-paragraphs' included."""
        return max(
            (s.weight for c in self.walk() for s in c.shifts if s.direction != "neutral"),
            default=0.0,
        )

    def walk(self) -> Iterator[Change]:
        """This change, then the changes of its sub-paragraphs."""
        yield self
        for child in self.children:
            yield from child.walk()


class NumberedClause(Frozen):
    """A clause's ref and its number as printed (``"5."``, ``"(a)"``, ``"ii."``, or
    ``None`` for an unnumbered one), as :attr:`DraftInfo.clauses` lists them."""

    ref: str
    label: str | None = None
    tracked_by: tuple[str, ...] = Field(
        default=(),
        description="Who made the tracked changes in the clause's own words (see "
        ":attr:`Clause.tracked_by`).",
    )


class DraftInfo(Frozen):
    """What a comparison keeps of each draft: enough for every report to name it and to
    say what it is (``kind`` and ``status``: a draft, a vetoed draft, an adopted
    resolution, a presidential statement) and whether it could be analysed."""

    symbol: str | None = None
    name: str
    kind: DocumentKind | None = None
    status: DocumentStatus | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    preamble: int = 0
    operative: int = 0
    chapter_vii: bool = False
    art39: bool = False
    path: str | None = None
    language: str | None = None
    analysis_unavailable: bool = Field(
        default=False,
        description="The draft is in a language the lexicon cannot read: its flags are unknown.",
    )
    clauses: tuple[NumberedClause, ...] = Field(
        default=(),
        description="Every clause in reading order (sub-paragraphs after their paragraph) "
        "with its printed number, so that a report writes the draft in its own order and "
        "numbering; empty in documents written before it was kept (refs then give both).",
    )
    headings: tuple[Heading, ...] = Field(
        default=(),
        description="The draft's headings, each with the ref of the clause it stands "
        "before, so that a report can place them.",
    )
    warnings: tuple[ParseWarning, ...] = Field(
        default=(),
        description="What the reader and the analysis warned of (bracketed text read as "
        "agreed, a numbering gap, an unknown verb), so that a report forwarded to someone "
        "who did not run the command still says it; empty in documents written before "
        "version 6.",
    )


class MeasureChange(Frozen):
    """A sanctions measure added, dropped or changed in mode between the drafts."""

    measure: str
    label: str
    old_mode: MeasureMode | None = None
    new_mode: MeasureMode | None = None
    ref: str | None = None

    @property
    def status(self) -> Literal["added", "dropped", "changed"]:
        """``added``, ``dropped``, or ``changed`` (in mode)."""
        if self.old_mode is None:
            return "added"
        if self.new_mode is None:
            return "dropped"
        return "changed"


class HeadingChange(Frozen):
    """A heading added or removed between the drafts."""

    kind: Literal["added", "dropped"]
    text: str
    section: Section


class KeyChange(Frozen):
    """One of the few changes a reader must see first, heaviest first.

    ``label`` names the provision as reports do (``OP3 → OP4``, ``new OP8 (added)``);
    ``headline`` says the change in one line from its heaviest shift; ``shifts`` are the
    shifts that carry its weight, heaviest first.
    """

    label: str
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    kind: ChangeKind
    direction: Direction
    weight: float = Field(ge=0.0)
    headline: str
    shifts: tuple[Shift, ...] = ()


class Summary(Frozen):
    """The document-level verdict of a comparison.

    ``weight_softer`` and ``weight_stronger`` sum the weights of every softer and stronger
    shift. ``direction`` is decided headline first: the balance of the headline changes
    (Chapter VII, Article 39, force, measures and their life cycle, caps and durations;
    one fact told in several paragraphs counts once) decides when there are any; a class
    that is balanced (or empty) hands the decision to operative language, then to
    preambular language; "mixed" only when every class is balanced. So a headline change
    outweighs many small changes the other way, and the direction may differ from the
    plain sums. ``key_changes`` are the few changes reports open with, headline first.
    The flags (``chapter_vii``, ``art39``, ``use_of_force``) are ``unknown`` when either
    draft could not be analysed (a text not in English): never "absent" for want of
    reading.
    """

    counts: dict[ChangeKind, int]
    moved: int = 0
    chapter_vii: FlagStatus
    art39: FlagStatus
    use_of_force: FlagStatus = "absent"
    measures_added: tuple[MeasureChange, ...] = ()
    measures_dropped: tuple[MeasureChange, ...] = ()
    measures_changed: tuple[MeasureChange, ...] = ()
    headings: tuple[HeadingChange, ...] = ()
    direction: NetDirection
    direction_note: str | None = Field(
        default=None,
        description="Why the direction was weighed as it was, when it was not weighed on "
        "every change: a follow-up text that cites the old resolution and renews nothing "
        "is weighed on what it adds and changes (what it does not repeat stands).",
    )
    weight_softer: float = Field(default=0.0, ge=0.0)
    weight_stronger: float = Field(default=0.0, ge=0.0)
    key_changes: tuple[KeyChange, ...] = ()


#: What part of the texts outside the numbered paragraphs a :class:`TextChange` is about.
TextPart = Literal["annex", "footnotes"]


class TextChange(Frozen):
    """A part of the texts outside the numbered paragraphs that differs between the
    drafts: an annex (its title and paragraphs), or the footnotes, taken together. Its
    words are shown as a redline (in diff-match-patch ops over the part's lines joined by
    newlines); it is named, never weighed: an annex holds lists, mandates and names the
    operative paragraphs refer to, whose change a reader must see, but whose strength the
    lexicon does not read."""

    part: TextPart
    title: str = Field(description="The annex's title line, or 'Footnotes'.")
    kind: Literal["added", "dropped", "changed"]
    redline: Redline = ()


#: The version of the comparison JSON contract this library writes.
COMPARISON_SCHEMA = "resdiff.comparison/7"
#: Versions it reads (older documents are upgraded on load).
COMPARISON_SCHEMAS_READ = (
    "resdiff.comparison/1",
    "resdiff.comparison/2",
    "resdiff.comparison/3",
    "resdiff.comparison/4",
    "resdiff.comparison/5",
    "resdiff.comparison/6",
    COMPARISON_SCHEMA,
)


class Comparison(Frozen):
    """The result of :func:`resdiff.compare`: every change in the new draft's order (each
    dropped clause where it stood), and the document summary.

    Reads well in a notebook: ``cmp.softened``, ``cmp.dropped``,
    ``cmp.where(section="operative")``, ``cmp.change_for("OP3")``; ``str(cmp)`` is a text
    report. ``cmp.model_dump_json()`` is the public JSON contract
    (``schema: "resdiff.comparison/7"``); ``Comparison.model_validate_json`` also reads
    documents of version 6, which kept no tracked-change authors of the clauses
    (:attr:`NumberedClause.tracked_by`), of version 5, which kept no warnings of the
    drafts (:attr:`DraftInfo.warnings`), of version 4, which had no changes of annexes
    and footnotes
    (:attr:`text_changes`), of version 3, which had no note on how the direction was weighed
    (:attr:`Summary.direction_note`), of version 2, which had no clause starts in a split
    or merge (:attr:`Change.old_starts`) either, and of version 1, which had no weights
    and no key changes either.
    """

    schema_: Literal["resdiff.comparison/7"] = Field(default="resdiff.comparison/7", alias="schema")
    old: DraftInfo
    new: DraftInfo
    changes: tuple[Change, ...]
    summary: Summary
    text_changes: tuple[TextChange, ...] = Field(
        default=(),
        description="Annexes and footnotes that differ between the drafts, with their "
        "words: named, never weighed.",
    )

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Versions 1 to 6 differ only by what later versions added (version 2: weights,
        # key changes, detail; version 3: the clause starts of a split or merge; version
        # 4: the note on how the direction was weighed; version 5: the changes of annexes
        # and footnotes; version 6: the drafts' warnings; version 7: who made the tracked
        # changes of each clause), all of which default: the
        # document is read as it is, under the new name.
        if isinstance(data, dict) and data.get("schema") in COMPARISON_SCHEMAS_READ:
            return {**data, "schema": COMPARISON_SCHEMA}
        return data

    @property
    def key_changes(self) -> tuple[KeyChange, ...]:
        """The few changes to read first, headline first (``summary.key_changes``)."""
        return self.summary.key_changes

    def _of_kind(self, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)

    @property
    def added(self) -> tuple[Change, ...]:
        """Changes whose clauses are new."""
        return self._of_kind("added")

    @property
    def dropped(self) -> tuple[Change, ...]:
        """Changes whose clauses were removed."""
        return self._of_kind("dropped")

    @property
    def softened(self) -> tuple[Change, ...]:
        """Changes that weaken a clause."""
        return self._of_kind("softened")

    @property
    def strengthened(self) -> tuple[Change, ...]:
        """Changes that strengthen a clause."""
        return self._of_kind("strengthened")

    @property
    def mixed(self) -> tuple[Change, ...]:
        """Changes that weaken one thing and strengthen another."""
        return self._of_kind("mixed")

    @property
    def reworded(self) -> tuple[Change, ...]:
        """Changes of wording with no shift in strength."""
        return self._of_kind("reworded")

    @property
    def unchanged(self) -> tuple[Change, ...]:
        """Clauses that are the same in both drafts (possibly moved)."""
        return self._of_kind("unchanged")

    @property
    def moved(self) -> tuple[Change, ...]:
        """Changes whose clause changed its order relative to the others."""
        return tuple(c for c in self.changes if c.moved)

    @property
    def edits(self) -> tuple[Change, ...]:
        """Every change that is not ``unchanged`` or that moved."""
        return tuple(c for c in self.changes if c.kind != "unchanged" or c.moved)

    def where(
        self,
        *,
        kind: ChangeKind | None = None,
        section: Section | None = None,
        moved: bool | None = None,
        feature: str | None = None,
    ) -> tuple[Change, ...]:
        """Changes matching every given filter (``feature`` looks in the named shifts).
        ``ValueError`` for a kind, section or feature that does not exist ("softend",
        "operatve", "hedges"), which would otherwise match nothing silently."""
        for name, value, allowed in (
            ("kind", kind, CHANGE_KINDS),
            ("section", section, ("preamble", "operative")),
            ("feature", feature, SHIFT_FEATURES),
        ):
            if value is not None and value not in allowed:
                raise ValueError(
                    f"where({name}={value!r}): not a {name}; one of {', '.join(allowed)}"
                )
        found = []
        for change in self.changes:
            if kind is not None and change.kind != kind:
                continue
            if (
                section is not None
                and change.section != section
                and (change.old_section != section)
            ):
                continue
            if moved is not None and change.moved != moved:
                continue
            if feature is not None and not any(
                s.feature == feature for c in change.walk() for s in c.shifts
            ):
                continue
            found.append(change)
        return tuple(found)

    def change_for(self, ref: str, *, side: Literal["new", "old", "any"] = "any") -> Change:
        """The change touching this ref (``"OP3"`` or ``"OP3(a)"``); new-side refs are tried
        first. ``KeyError`` if none; ``ValueError`` for a side that is not ``"new"``,
        ``"old"`` or ``"any"``."""
        if side not in ("new", "old", "any"):
            raise ValueError(f"change_for(side={side!r}): side is 'new', 'old' or 'any'")
        wanted = ref.replace(" ", "").upper()
        sides: tuple[Literal["new", "old"], ...] = ("new", "old") if side == "any" else (side,)
        for which in sides:
            for top in self.changes:
                for change in top.walk():
                    refs = change.new if which == "new" else change.old
                    if wanted in (r.upper() for r in refs):
                        return change
        raise KeyError(ref)

    def __str__(self) -> str:
        """The text report (:func:`resdiff.render.text.render_text`)."""
        text: str = hook("comparison_text")(self)
        return text

    def _repr_html_(self) -> str:
        """Jupyter's view: the HTML report as an embeddable fragment
        (:func:`resdiff.notebook.comparison_html`)."""
        html: str = hook("comparison_html")(self)
        return html

    def to_dataframe(self, *, children: bool = False) -> pandas.DataFrame:
        """The changes as a pandas DataFrame, one row per change (sub-paragraph changes too
        with ``children=True``); see :func:`resdiff.notebook.comparison_dataframe`. Needs
        pandas: ``pip install 'resdiff[notebook]'``."""
        return hook("comparison_dataframe")(self, children=children)
