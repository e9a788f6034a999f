"""The corpus products' data: indexed documents and paragraphs, what a build did, and the
precedents of a draft (the ``resdiff.precedents/3`` JSON contract).

Pure data, as :mod:`resdiff.model` is: the renderers of :mod:`resdiff.render.precedents`
read these models and nothing else, so a saved JSON report renders like a fresh one.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

from pydantic import ConfigDict, Field, model_validator

from ..display import hook
from ..model import (
    ChangeKind,
    Clause,
    DocumentKind,
    DocumentStatus,
    Frozen,
    Redline,
    Section,
    Shift,
    SourceFormat,
)
from ..model.shift import symbol_key
from ..model.versions import renamed_to
from ..plain import one_line
from ..safe import printable

__all__ = [
    "PRECEDENTS_SCHEMA",
    "BuildReport",
    "Document",
    "DocumentFacts",
    "Failure",
    "IndexedParagraph",
    "ParagraphPrecedents",
    "Precedent",
    "PrecedentOptions",
    "PrecedentStatus",
    "Precedents",
    "QueriedDraft",
    "TextKey",
    "file_name",
    "listing_order",
    "symbol_year_start",
    "text_key",
    "texts_of",
]

PrecedentStatus = Literal["agreed", "adapted", "new"]


def symbol_year_start(symbol: str | None) -> _dt.date | None:
    """The first day of the year a resolution's symbol names ("S/RES/226 (1966)":
    1 January 1966), or ``None`` (a draft's symbol, "S/2006/512", names none): the limit
    of an undated draft (a scan that garbled its date line, "of 14 October £964"), so
    that no precedent can be younger than it. The texts of its own year are left out
    with the later ones, since none can be told older."""
    if not symbol or "/RES/" not in symbol.upper():
        return None
    head, bracket, tail = symbol.rpartition("(")
    year = tail.strip().removesuffix(")").strip()
    if (
        bracket
        and head.rstrip()[-1:].isdigit()
        and len(year) == 4
        and year.isdigit()
        and year[:2] in ("19", "20")
    ):
        return _dt.date(int(year), 1, 1)
    return None


#: The name and version of the precedents JSON contract.
PRECEDENTS_SCHEMA = "resdiff.precedents/3"


class Document(Frozen):
    """One indexed text: what its reader recognised (symbol, draft symbol, date, status,
    kind, title, organ, flags), where it came from (path, format, sha256 of its bytes),
    the agenda item when metadata gave one, and its paragraph counts. ``id`` is its row
    in the index."""

    id: int
    symbol: str | None = None
    draft_symbol: str | None = None
    date: _dt.date | None = None
    status: DocumentStatus | None = None
    kind: DocumentKind | None = None
    title: str | None = None
    organ: str | None = None
    agenda: str | None = None
    language: str | None = None
    path: str
    format: SourceFormat
    sha256: str
    chapter_vii: bool = False
    art39: bool = False
    use_of_force: bool = False
    preamble: int = 0
    operative: int = 0

    @property
    def name(self) -> str:
        """The symbol, else the file name: how reports name the document."""
        return self.symbol or self.path.replace("\\", "/").rsplit("/", 1)[-1]


class DocumentFacts(NamedTuple):
    """The few facts of a document that a precedents query reads for every document of
    the index (a plain tuple: thousands are read per query)."""

    id: int
    symbol: str | None
    date: _dt.date | None
    status: str | None
    sha256: str
    path: str
    first_paragraph: int
    last_paragraph: int

    @property
    def name(self) -> str:
        """The symbol, else the file name."""
        return self.symbol or self.path.replace("\\", "/").rsplit("/", 1)[-1]


class IndexedParagraph(Frozen):
    """One top-level paragraph of an indexed text, its sub-paragraphs included: ``text``
    as printed (:meth:`Clause.full_text`), ``folded`` (the words compared for agreed
    language), the lead verb and its tiers, its measures (kind, mode, lifted) and flags,
    and the analysed ``clause``."""

    id: int
    document: int
    position: int
    ref: str
    section: Section
    text: str
    folded: str
    lead: str | None = None
    axis_a: int | None = None
    axis_b: int | None = None
    measures: tuple[tuple[str, str, bool], ...] = ()
    flags: tuple[str, ...] = ()
    clause: Clause


class Failure(Frozen):
    """A file that could not be indexed, and why (the reader's error, with its line)."""

    path: str
    error: str


class BuildReport(Frozen):
    """What one :meth:`Corpus.build` or :meth:`Corpus.add` did: the files read and
    indexed, those skipped because the index already holds their bytes (``unchanged``),
    those whose earlier version at the same path was replaced, and the failures."""

    indexed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    failed: tuple[Failure, ...] = ()
    documents: int = Field(
        default=0, ge=0, description="Files (indexed documents) in the index after it."
    )
    paragraphs: int = Field(default=0, ge=0, description="Paragraphs in the index after it.")
    texts: int = Field(
        default=0,
        ge=0,
        description="Texts in the index after it, as a reader counts them "
        "(:func:`text_key`: two files of one symbol on one date are one text).",
    )
    folded: tuple[str, ...] = Field(
        default=(),
        description="Each file holding a text another file already holds, with that "
        "file: 'S_RES_542_1983.txt: the same text as S_RES_538_1983.txt'.",
    )


class PrecedentOptions(Frozen):
    """How precedents are found and shown.

    - ``threshold``: least similarity (0–1, :func:`resdiff.corpus.precedents.similarity`)
      for an earlier paragraph to be a precedent of an adapted paragraph; below it the
      paragraph is new language.
    - ``best``: precedents shown for an adapted paragraph, best first.
    - ``agreed``: earlier texts listed for agreed language, most recent first (all of them
      are counted in ``agreed_count``).
    - ``verdicts``: precedents of an adapted paragraph compared with it clause by clause
      (kind, shifts, redline), best first; the others give their similarity and text.
    - ``candidates``: candidates scored per paragraph (see :mod:`resdiff.corpus.search`).
    """

    threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    best: int = Field(default=3, ge=1, le=20)
    agreed: int = Field(default=5, ge=1, le=100)
    verdicts: int = Field(default=1, ge=0, le=20)
    candidates: int = Field(default=100, ge=1, le=1000)


class Precedent(Frozen):
    """An earlier paragraph a draft paragraph takes its words from.

    ``symbol``, ``date``, ``ref`` and ``text`` say which and what it reads; ``similarity``
    is the share of folded characters the two have in common, in order (1 for agreed
    language); ``kind`` and ``shifts`` are the clause-level verdict of the engine's
    comparison of the precedent with the draft paragraph (``unchanged`` for agreed
    language), and ``redline`` the word diff from the precedent to the draft paragraph.
    Only the best :attr:`PrecedentOptions.verdicts` precedents of an adapted paragraph,
    and the first of agreed language, carry a verdict and a redline: the others have
    ``kind`` ``None`` and no redline.
    """

    symbol: str | None = None
    name: str
    date: _dt.date | None = None
    ref: str
    similarity: float = Field(ge=0.0, le=1.0)
    kind: ChangeKind | None = None
    shifts: tuple[Shift, ...] = ()
    text: str
    redline: Redline = ()
    document: int = Field(description="The document's id in the index.")


class ParagraphPrecedents(Frozen):
    """One paragraph of the draft and where its words come from.

    ``status`` is ``agreed`` (the same words, folded, in an earlier adopted text: those
    texts in ``precedents``, most recent first, and how many in all in
    ``agreed_count``), ``adapted`` (the best earlier paragraphs at least as similar as
    the threshold, best first, each with its verdict) or ``new``.
    """

    ref: str
    section: Section
    text: str
    status: PrecedentStatus
    precedents: tuple[Precedent, ...] = ()
    agreed_count: int = Field(default=0, ge=0)


class QueriedDraft(Frozen):
    """The draft whose precedents were sought."""

    symbol: str | None = None
    name: str
    date: _dt.date | None = None
    status: DocumentStatus | None = None
    kind: DocumentKind | None = None
    preamble: int = 0
    operative: int = 0


class Precedents(Frozen):
    """The result of :meth:`Corpus.precedents`: every paragraph of the draft with its
    status and precedents, in the draft's order.

    ``before`` is the date precedents had to be older than (``None``: no limit); the
    index's documents left out are counted: adopted later than the limit
    (``excluded_later``), undated while a limit applied (``excluded_undated``), not
    adopted texts (``excluded_not_adopted``: drafts and vetoed texts are no agreed
    language), and the draft's own text when the index holds it (``excluded_self``).
    Each is a count of texts, as a reader counts them: two files of one resolution (the
    same symbol on the same date) are one text (``files`` counts the files searched,
    ``folded`` names the files folded into a text already counted), and ``undated``
    names the undated texts left out and why each is undated.
    ``model_dump_json()`` is the ``resdiff.precedents/3`` contract and reads back with
    ``Precedents.model_validate_json``; a ``resdiff.precedents/2`` file reads with none
    named undated (only counted), a ``resdiff.precedents/1`` file, whose counts were of
    files, with ``files`` equal to its ``documents`` and none folded.
    """

    schema_: Literal["resdiff.precedents/3"] = Field(default="resdiff.precedents/3", alias="schema")
    draft: QueriedDraft
    index: str = Field(description="The index file queried.")
    before: _dt.date | None = None
    documents: int = Field(
        ge=0,
        description="Texts searched: two files of one resolution (the same symbol on the "
        "same date) are one text (version 1 counted files).",
    )
    files: int | None = Field(
        default=None,
        ge=0,
        description="Files searched, at least documents (none in version 1 files).",
    )
    folded: tuple[str, ...] = Field(
        default=(),
        description="The files searched that hold a text already counted, each naming "
        "the file kept for it: searched as one text (none in version 1 files).",
    )
    excluded_later: int = Field(default=0, ge=0)
    excluded_undated: int = Field(default=0, ge=0)
    undated: tuple[str, ...] = Field(
        default=(),
        description="The undated texts left out (excluded_undated of them), each named "
        "with why it is undated: 'S/RES/226 (1966): its date line reads \u201cof 14 October "
        "\u00a3964\u201d, not a date as printed' (none in version 2 and older files).",
    )
    excluded_not_adopted: int = Field(default=0, ge=0)
    excluded_self: int = Field(default=0, ge=0)
    options: PrecedentOptions = PrecedentOptions()
    paragraphs: tuple[ParagraphPrecedents, ...]

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 3 names the undated texts left out (version 2 counted them only).
        # Version 2 counts texts, not files, and adds the files searched and those
        # folded into a text already counted: a version 1 file's counts are of files.
        if isinstance(data, dict) and data.get("schema") == "resdiff.precedents/1":
            data = {**data, "files": data.get("documents")}
        older = ("resdiff.precedents/1", "resdiff.precedents/2")
        return renamed_to(data, older, PRECEDENTS_SCHEMA)

    @property
    def limited_by_symbol(self) -> bool:
        """Whether ``before`` is the limit an undated draft's symbol gave
        (:func:`symbol_year_start`: S/RES/226 (1966), its date line garbled by the scan),
        not its date or one the user chose."""
        return (
            self.before is not None
            and self.draft.date is None
            and self.before == symbol_year_start(self.draft.symbol)
        )

    @property
    def counts(self) -> dict[PrecedentStatus, int]:
        """How many paragraphs have each status."""
        counts: dict[PrecedentStatus, int] = {"agreed": 0, "adapted": 0, "new": 0}
        for paragraph in self.paragraphs:
            counts[paragraph.status] += 1
        return counts

    def paragraph(self, ref: str) -> ParagraphPrecedents:
        """The paragraph with this ref; ``KeyError`` if none."""
        wanted = ref.replace(" ", "").upper()
        for paragraph in self.paragraphs:
            if paragraph.ref.upper() == wanted:
                return paragraph
        raise KeyError(ref)

    def with_status(self, status: PrecedentStatus) -> tuple[ParagraphPrecedents, ...]:
        """The paragraphs of one status, in the draft's order."""
        return tuple(p for p in self.paragraphs if p.status == status)

    def __str__(self) -> str:
        text: str = hook("precedents_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        html: str = hook("precedents_html")(self)
        return html


def precedents_json_schema() -> dict[str, Any]:
    """The JSON schema of the ``resdiff.precedents/3`` contract (``resdiff schema
    precedents``; checked in as ``resdiff/schemas/precedents.schema.json``)."""
    schema = Precedents.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


#: What makes indexed documents one text (:func:`text_key`).
TextKey = tuple[str, _dt.date | None] | int


def text_key(document: Document | DocumentFacts) -> TextKey:
    """What makes indexed documents one text: the same symbol on the same date (two files
    of one resolution: its AKN file and a Word copy; the scanned S_RES_542_1983.txt, which
    holds 538 (1983)), else the document itself. A file whose symbol was misread or
    mislabelled, dated otherwise, is another resolution: merged by its symbol alone, its
    paragraphs were lost."""
    if document.symbol:
        return (symbol_key(document.symbol), document.date)
    return document.id


def file_name(document: Document | DocumentFacts) -> str:
    """A file as the reports name it: its name, without its folders."""
    return document.path.replace("\\", "/").rsplit("/", 1)[-1]


def listing_order(document: Document | DocumentFacts) -> tuple[_dt.date, int]:
    """The order in which the files of one text are met: the earliest dated, then the
    first indexed (the file kept for a text, as the precedents lists keep it)."""
    return (document.date or _dt.date.max, document.id)


def texts_of(documents: Iterable[Document | DocumentFacts]) -> tuple[int, tuple[str, ...]]:
    """How many texts ``documents`` hold as a reader counts them (:func:`text_key`), and
    each file folded into a text another file already holds, named with that file
    ("S_RES_542_1983.txt: the same text as S_RES_538_1983.txt"), in listing order."""
    kept: dict[TextKey, Document | DocumentFacts] = {}
    folded: list[str] = []
    for d in sorted(documents, key=listing_order):
        first = kept.setdefault(text_key(d), d)
        if first is not d:
            folded.append(f"{file_name(d)}: the same text as {file_name(first)}")
    return len(kept), tuple(folded)
