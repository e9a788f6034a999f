"""The draft side of the model: a :class:`Draft` and its parts (clauses, phrases,
measures, headings, annexes, footnotes, warnings, the page furniture removed), the base
:class:`Frozen` and the :class:`Limits` a reader works within."""

# No ``from __future__ import annotations``: pydantic reads the fields' annotations as
# objects instead of evaluating strings (12 of the 630 million instructions of importing
# the model); the few that name a class defined later (or the class itself) are quoted.

import datetime as _dt
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from itertools import pairwise
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..display import hook
from ..limits import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DOCX_ELEMENTS,
    DEFAULT_MAX_DOCX_PARAGRAPHS,
    DEFAULT_MAX_DOCX_UNPACKED_BYTES,
    DEFAULT_MAX_PARAGRAPHS,
    DEFAULT_MAX_PDF_CHARS,
    DEFAULT_MAX_PDF_PAGE_CHARS,
    DEFAULT_MAX_PDF_PAGES,
)
from ..plain import one_line
from ..safe import printable
from .versions import renamed_to

Section = Literal["preamble", "operative"]
SourceFormat = Literal["text", "markdown", "akn", "docx", "pdf"]
#: Which text of a Word file with tracked changes was read: the proposal with every change
#: accepted, or the original with every change rejected.
TrackedVersion = Literal["accepted", "original"]
MeasureMode = Literal["mandatory", "hortatory", "voluntary"]
#: The modes of a measure, weakest first (a call to States, a request, a decision): whether
#: a change of mode softens or strengthens, and a mode's level on a chart.
MODE_RANK: dict[MeasureMode, int] = {"voluntary": 1, "hortatory": 2, "mandatory": 3}
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

#: What :attr:`Draft.name` adds for the original version of a file with tracked changes
#: (every change rejected), so that a file compared with itself reads as two versions.
ORIGINAL_SUFFIX = " (original)"


def clause_depth(clauses: "Iterable[Clause]") -> int:
    """How deep the deepest of ``clauses`` nests (1 for paragraphs without children, 0
    for none), found without recursion so that it is safe on any tree."""
    deepest = 0
    stack = [(clause, 1) for clause in clauses]
    while stack:
        clause, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in clause.children)
    return deepest


def ref_span(refs: "Iterable[str]") -> str:
    """Where a set of top-level refs runs, for an error that names what there is:
    ``PP1–PP19, OP1–OP8`` (``none`` for no refs); refs of parts and inserted paragraphs
    (``OP1-B``, ``OP2bis``) sort by their number."""

    def number(ref: str) -> tuple[int, int, str]:
        digits = ref[2:].split("-", 1)[0]
        head = "".join(ch for ch in digits[:6] if ch.isdigit())
        # "OP1" before its "OP1bis"
        return int(head or 0), len(ref), ref

    given = set(refs)
    spans = []
    for prefix in ("PP", "OP"):
        found = sorted({r for r in given if r.startswith(prefix)}, key=number)
        if found:
            spans.append(found[0] if len(found) == 1 else f"{found[0]}–{found[-1]}")
    others = sorted(r for r in given if not r.startswith(("PP", "OP")))
    return ", ".join(spans + others[:3]) or "none"


FurnitureKind = Literal["page-header", "page-footer", "page-number", "job-number", "other"]


class Frozen(BaseModel):
    """Base of every resdiff model: immutable, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


_Node = TypeVar("_Node", bound=Frozen)


def preorder(root: _Node) -> Iterator[_Node]:
    """``root``, then its descendants (its ``children``, theirs, ...), in reading order.

    One generator and a stack, not a generator per node: a list of 15,000 items was
    walked through 30,000 nested "yield from" steps, a tenth of its reading, and a chain
    deeper than Python's recursion limit could not be walked at all."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        children: Any = getattr(node, "children", ())
        if children:
            stack.extend(reversed(children))


class FrozenDict(dict):  # type: ignore[type-arg]  # a dict to pydantic and JSON alike
    """A dict that cannot be changed, and hashes: the mappings of the frozen models
    (``summary.counts``), which a server caching comparisons shares between requests. It
    is a ``dict`` to every reader and writes as one; what would change it raises."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError(f"{type(self).__name__} is immutable: a comparison is never changed")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]
    __ior__ = _refuse  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> "tuple[type[FrozenDict], tuple[dict[object, object]]]":
        # Pickled as its items (a subclass of dict pickles by setting items, refused here).
        return (FrozenDict, (dict(self),))


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
    # A PDF printed with its tracked changes: which version was read (a new user's
    # trial: a check of such a print listed none of its warnings).
    "pdf-struck-text",
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
    their hedges, modals and conditions are read too. A paragraph governed by a lead-in
    (:attr:`Heading.lead_in`, "Resolves:") with no verb of its own takes the lead-in's:
    its first phrase's ``text`` is then the verb as printed in the lead-in, not in the
    paragraph.

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
    suspends it) rather than imposing or keeping it. ``sunset_only`` says the measures,
    cited by the paragraph that imposed them, are only given an end ("... shall expire on
    31 July 2023"): kept until then, imposed nowhere by the clause.
    """

    kind: str
    label: str
    mode: MeasureMode
    evidence: str
    action: str | None = None
    ends: bool = False
    sunset_only: bool = Field(
        default=False,
        description="The measures cited by paragraph number are only given an end (a "
        "sunset): kept until then, not imposed by the clause (resdiff.draft/4).",
    )


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
    children: "tuple[Clause, ...]" = ()
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
    moved_as: str | None = Field(
        default=None,
        description="The name of the tracked move (Word's w:moveFrom/w:moveTo range) that "
        "holds all the clause's own words, in a Word file with tracked changes: the same "
        "name at the old place (the original version) and the new one (the accepted "
        "version), which the aligner pairs first. Null elsewhere (resdiff.draft/3).",
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

    def walk(self) -> "Iterator[Clause]":
        """This clause, then its descendants, in reading order."""
        # A leaf (most clauses) without a generator: every stage walks every paragraph.
        return preorder(self) if self.children else iter((self,))

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
    """An unnumbered heading inside the preamble or the operative part, or the lead-in of
    the operative paragraphs after it (``lead_in``).

    A **lead-in** is the line an operative part opens with in texts of the 1940s and
    1950s, "Resolves:", "Resolves that:", "Decides:", whose numbered items are clauses
    that take their verb from it ("1. To set up a commission ..." is a decision to set up
    a commission). It stands before clause ``before`` and governs every operative
    paragraph from there to the next heading or lead-in (or the end of the operative
    part): :meth:`Draft.lead_in_of`. The analysis reads each governed paragraph with the
    lead-in's verb before it. A lead-in over lettered items ("Decides: (a) To call upon
    ...") is read as a paragraph with sub-paragraphs instead, as it is printed.
    """

    text: str
    section: Section
    before: str | None = Field(
        default=None, description="Ref of the first clause under this heading."
    )
    span: Span | None = None
    lead_in: bool = Field(
        default=False,
        description="Whether this line is the lead-in of the operative paragraphs after it "
        "('Resolves:', 'Decides that:'), whose verb each of them takes, rather than a "
        "heading (resdiff.draft/2).",
    )


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


#: The version of the draft JSON contract this library writes.
DRAFT_SCHEMA: Literal["resdiff.draft/4"] = "resdiff.draft/4"
#: Versions it reads (older documents are upgraded on load).
DRAFT_SCHEMAS_READ = ("resdiff.draft/1", "resdiff.draft/2", "resdiff.draft/3", DRAFT_SCHEMA)


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

    ``model_dump_json()`` is the draft's JSON contract (``schema: "resdiff.draft/4"``, as
    ``resdiff parse --format json`` prints it). ``Draft.model_validate_json`` also reads
    version 3, which had no measures given only an end (:attr:`Measure.sunset_only`),
    version 2, which had no tracked moves (:attr:`Clause.moved_as`), version 1, which had
    no lead-ins either (:attr:`Heading.lead_in`), and a document without the key
    (written before it was added), read as version 1.
    """

    schema_: Literal["resdiff.draft/4"] = Field(default=DRAFT_SCHEMA, alias="schema")

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 2 only added the lead-in flag of a heading, version 3 a clause's
        # tracked move and version 4 a measure's sunset_only, all of which default: an
        # older document reads as it is, under the new name.
        return renamed_to(data, DRAFT_SCHEMAS_READ, DRAFT_SCHEMA)

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
            name += ORIGINAL_SUFFIX
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

    def lead_ins(self) -> dict[str, Heading]:
        """The lead-in (:attr:`Heading.lead_in`) of each operative paragraph one governs,
        by ref: the last one standing before it, unless a heading stands between (a
        sub-paragraph is governed through its paragraph). Empty for most drafts."""
        if not any(h.lead_in for h in self.headings):
            return {}
        starts: dict[str, list[Heading]] = {}
        for heading in self.headings:
            if heading.section == "operative" and heading.before is not None:
                starts.setdefault(heading.before, []).append(heading)
        governed: dict[str, Heading] = {}
        governing: Heading | None = None
        for clause in self.operative:
            for heading in starts.get(clause.ref, ()):
                governing = heading if heading.lead_in else None
            if governing is not None:
                governed[clause.ref] = governing
        return governed

    def lead_in_of(self, ref: str) -> Heading | None:
        """The lead-in that governs the operative paragraph ``ref`` or, for a
        sub-paragraph ("OP2(a)"), its paragraph (see :meth:`lead_ins`), None when none
        does."""
        return self.lead_ins().get(ref.replace(" ", "").split("(", 1)[0])

    def clause(self, ref: str) -> Clause:
        """The clause with this ref (``"OP3"``, ``"OP3(a)(ii)"``); ``KeyError`` if none,
        naming the paragraphs the draft has."""
        wanted = ref.replace(" ", "").upper()
        for clause in self.walk():
            if clause.ref.upper() == wanted:
                return clause
        there = ref_span(c.ref for c in (*self.preamble, *self.operative))
        raise KeyError(f"{ref}: no such paragraph in {self.name} (it has {there})")

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
        return printable(self.outline())

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
        # ref column narrows as the indent grows; the text starts at one column for every
        # clause, 12 wide or as wide as the deepest ref needs ("    OP4(a)(ii) ..." ran
        # two characters past the texts above it).
        # Headings stand on lines of their own before the clause they head ("## I",
        # "## General provisions"); those before no clause, at the end.
        # A lead-in stands on its line as printed, without the heading's marks.
        headed: dict[str | None, list[str]] = {}
        for heading in self.headings:
            shown = f"   {heading.text}" if heading.lead_in else f"## {heading.text}"
            headed.setdefault(heading.before, []).append(shown)
        column = max([12, *(2 * depth + len(c.ref) for c, depth in self._depths())])
        # In the order of the document: a resolution in parts reads as printed.
        for clause, depth in self._depths():
            text = clause.text if len(clause.text) <= width else clause.text[: width - 1] + "…"
            pad = column - 2 * depth
            for title in headed.pop(clause.ref, ()):
                lines.append(f"{'  ' * depth}{'':<{pad}} {title}")
            lines.append(f"{'  ' * depth}{clause.ref:<{pad}} {text}")
        for titles in headed.values():
            lines.extend(f"{'':<{column}} {title}" for title in titles)
        for annex in self.annexes:
            lines.append(f"Annex: {annex.title}")
        return "\n".join(lines)

    def _depths(self) -> Iterator[tuple[Clause, int]]:
        """Every printed clause with its depth in the tree (0 for a paragraph)."""
        stack: list[tuple[Clause, int]] = [(c, 0) for c in reversed(self.printed)]
        while stack:
            clause, depth = stack.pop()
            stack.extend((child, depth + 1) for child in reversed(clause.children))
            yield clause, depth

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

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        """Jupyter's view: masthead facts, flags and an outline table
        (:func:`resdiff.notebook.draft_html`)."""
        html: str = hook("draft_html")(self)
        return html
