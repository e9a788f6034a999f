"""The draft model: what a resolution or draft *is*, as immutable pydantic data.

A :class:`Draft` holds the masthead, the preamble and the operative part as trees of
:class:`Clause`, plus everything else the reader found (headings, annexes, footnotes,
page furniture it removed, warnings). Every model is frozen, round-trips exactly through
JSON (``Draft.model_validate_json(d.model_dump_json()) == d``) and publishes its JSON
schema (``resdiff schema``).

The keys ``symbol``, ``preamble`` and ``operative`` of a draft, and ``ref``, ``text`` and
``children`` of every clause, are a public contract: other tools rely on them.

This module holds data only. Reading lives in :mod:`resdiff.read`, analysis in
:mod:`resdiff.analyze`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Section = Literal["preamble", "operative"]
SourceFormat = Literal["text", "markdown", "akn"]
MeasureMode = Literal["mandatory", "hortatory", "voluntary"]
FurnitureKind = Literal["page-header", "page-footer", "page-number", "job-number", "other"]


class Frozen(BaseModel):
    """Base of every resdiff model: immutable, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


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


class Phrase(Frozen):
    """One operative or preambular phrase of a clause, as the analysis found it.

    A paragraph may carry several ("Commends ... and requests ..."). ``axis_a`` is the
    prescriptive force (1 declaratory ... 6 decides / authorizes) and ``axis_b`` the censure
    (1 expresses concern ... 7 condemns in the strongest terms); either is ``None`` when
    the phrase does not rank on that axis.
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


class Measure(Frozen):
    """A sanctions measure found in a clause, with the mode it is imposed in."""

    kind: str
    label: str
    mode: MeasureMode
    evidence: str


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

    @property
    def lead(self) -> str | None:
        """The opening phrase as printed ("Strongly condemns"), when the analysis found one."""
        return self.phrases[0].text if self.phrases and self.phrases[0].start == 0 else None

    def walk(self) -> Iterator[Clause]:
        """This clause, then its descendants, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self) -> str:
        """The clause's own text followed by its children's labels and texts."""
        parts = [self.text]
        for child in self.children:
            child_text = child.full_text()
            parts.append(f"{child.label} {child_text}" if child.label else child_text)
        return " ".join(p for p in parts if p)


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
    """A draft resolution or an adopted resolution.

    ``masthead`` keeps every masthead line as read; ``symbol``, ``organ``, ``kind``,
    ``sponsors``, ``date``, ``title`` and ``adoption`` are what the reader recognised in
    it. ``closing`` keeps what follows the last paragraph (a voting line in old texts).
    ``furniture`` is what the reader removed as page furniture, with line numbers.
    """

    symbol: str | None = None
    draft_symbol: str | None = None
    organ: str | None = None
    kind: Literal["draft", "resolution"] | None = None
    sponsors: tuple[str, ...] = ()
    date: _dt.date | None = None
    title: str | None = None
    adoption: str | None = None
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

    @property
    def name(self) -> str:
        """A short name for reports: the symbol, else the file name, else ``"draft"``."""
        if self.symbol:
            return self.symbol
        if self.source and self.source.path:
            return self.source.path.rsplit("/", 1)[-1]
        return "draft"

    @property
    def paragraphs(self) -> tuple[Clause, ...]:
        """Top-level paragraphs, preamble first."""
        return self.preamble + self.operative

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

    def outline(self, width: int = 60) -> str:
        """A one-line-per-clause outline: ``PP1  Recalling its resolutions ...``."""
        lines: list[str] = []
        header = self.name
        if self.sponsors:
            header += " — " + ", ".join(self.sponsors)
        lines.append(header)
        if self.chapter_vii:
            lines.append("  [Chapter VII]")
        for clause in self.walk():
            depth = clause.ref.count("(")
            text = clause.text if len(clause.text) <= width else clause.text[: width - 1] + "…"
            lines.append(f"{'  ' * depth}{clause.ref:<{12 - 2 * depth}} {text}")
        for annex in self.annexes:
            lines.append(f"Annex: {annex.title}")
        return "\n".join(lines)
