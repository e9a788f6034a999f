"""Comparison tables: which tables of a Word file hold two versions of a text, and which
of their columns is which.

Delegations and secretariats circulate a draft as a table, one row per provision: the
earlier text in one column and the proposal in another ("Original text | Proposed
amendment | Comments", "Zero draft | Rev.1", "Current text | Proposed text"), sometimes
with a column of comments, of who proposed what, or of paragraph numbers. A table is a
comparison table when

- its header names two versions (:class:`TableTerms`, the words of
  ``table_terms.toml``), and a column it names holds prose; or
- without such a header, two of its columns pair provisions row by row: in most rows
  with prose on both sides, the two cells open with the same paragraph number or the
  same lead word, or hold mostly the same words.

An ordinary table of a resolution never passes either test: an annex or a sanctions
list (names, titles, dates) has no header naming versions and no two columns of prose
that open alike; a list laid out as "(a) | text" has one column of prose only.

This module reads the tables' cells (:func:`find_tables`) and decides
(:func:`comparison_of`); :mod:`.versions` reads each version column as a draft.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from rapidfuzz import fuzz

from .package import _local

#: What a column of a comparison table holds.
ColumnRole = Literal["old", "new", "version", "comments", "label", "other"]

#: A header cell is short: a cell of more words is a row of text, not a column's name.
_HEADER_WORDS = 8
#: Rows merged across the table that may stand above its header (a title).
_TITLE_ROWS = 2
#: A cell of prose: this many words at least (a name, a date, a figure is not prose).
_PROSE_WORDS = 4
#: Rows that must pair, and the share of the rows with prose on both sides that must,
#: for two columns without a header naming them to be taken for two versions.
_MIN_PAIRED = 3
_PAIRED_SHARE = 0.6
#: The most columns tried pair by pair (a comparison table has two to five).
_MOST_COLUMNS = 8
#: A lead word pairs two cells from this many letters ("Decides", "Urges"; not "The").
_LEAD_LETTERS = 5
#: How far a revision moves a paragraph's number, at most, for two numbered cells to pair.
_RENUMBERED = 3
#: How alike two cells must be (rapidfuzz's token set ratio, 0-100) to pair by words.
_ALIKE = 60.0
#: Two cells pair by words only where the shorter holds this share of the longer's words
#: at least: a name and a sentence that opens with it ("Ahmed Ali | Ahmed Ali is a
#: commander …") share every word of the name (a token set ratio of 100), yet one is a
#: column of names, the other of reasons.
_BALANCE = 0.6
#: The words of a header cell, in lower case ("Rev.1" → "rev 1").
_WORD = re.compile(r"[a-z0-9#/\-\[\]…]+")
#: A paragraph number typed at the head of a cell: "1.", "(a)", "OP 3", "PP3", "3 bis".
_LEAD_LABEL = re.compile(
    r"\s*(?:(?:op|pp|para\.?|paragraph)\s?)?(\(?(?:\d{1,3}|[a-z]{1,4})[.)](?=\s)|\d{1,3}(?=\s))",
    re.IGNORECASE,
)
#: A cell of a label column: a paragraph number alone ("3", "3.", "OP 3", "PP 2",
#: "(a)", "3(a)", "OP3 (b)").
_LABEL_CELL = re.compile(
    r"(?:(?:op|pp|para\.?|paragraph)\s?)?(?:\d{1,3}(?:\s?bis|\s?ter)?\.?)?"
    r"(?:\s?\(?[a-z]{1,4}\))?(?:\s?\(?[ivx]{1,5}\))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TableTerms:
    """The words that name a comparison table's columns, and the cells that stand for
    no text (``table_terms.toml``; :meth:`default`)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    comments: tuple[str, ...]
    label: tuple[str, ...]
    deleted: frozenset[str]
    unchanged: frozenset[str]
    #: Words of ``old`` and ``new`` that name no version alone ("resolution", "text").
    generic: tuple[str, ...] = ()

    @staticmethod
    def default() -> TableTerms:
        """The shipped terms."""
        return _default_terms()

    def with_terms(self, **more: tuple[str, ...]) -> TableTerms:
        """These terms with more words for any list (``old``, ``new``, ``comments``,
        ``label``, ``deleted``, ``unchanged``): ``TableTerms.default().with_terms(
        old=("texte actuel",), new=("texte proposé",))``."""
        from dataclasses import replace

        changes: dict[str, Any] = {}
        for name, words in more.items():
            have = getattr(self, name)
            if isinstance(have, frozenset):
                changes[name] = have | {" ".join(w.lower().split()) for w in words}
            else:
                changes[name] = (*have, *_norm_terms(words))
        return replace(self, **changes)

    def role_of_header(self, text: str) -> ColumnRole | None:
        """What a header cell names: an earlier or a later text, comments, paragraph
        numbers, or ``None`` (no term of the lists)."""
        words = " ".join(_WORD.findall(text.lower()))
        if not words or len(words.split()) > _HEADER_WORDS:
            return None
        padded = f" {words} "

        def has(terms: tuple[str, ...]) -> bool:
            return any(f" {term} " in padded for term in terms)

        # Comments first: "Proposed by" names a proponent, not a proposal.
        if has(self.comments):
            return "comments"
        if has(self.old):
            return "old"
        if has(self.new):
            return "new"
        if has(self.label):
            return "label"
        return None

    def names_specifically(self, text: str) -> bool:
        """Whether a header cell names a version by a word more specific than those of
        ``generic`` ("Proposed text", "Rev.1"; not "Text" or "Resolution")."""
        padded = f" {' '.join(_WORD.findall(text.lower()))} "
        return any(
            f" {term} " in padded for term in (*self.old, *self.new) if term not in self.generic
        )

    def marker(self, text: str) -> Literal["deleted", "unchanged"] | None:
        """Whether a version cell's whole text stands for no text of its own: the
        provision dropped (``"deleted"``) or as in the other version
        (``"unchanged"``)."""
        key = " ".join(text.lower().split()).rstrip(".:;")
        if key in self.deleted:
            return "deleted"
        if key in self.unchanged or text.strip() in self.unchanged:
            return "unchanged"
        return None


def _norm_terms(values: Any) -> tuple[str, ...]:
    return tuple(" ".join(_WORD.findall(str(v).lower())) for v in values)


@cache
def _default_terms() -> TableTerms:
    raw = resources.files(__package__).joinpath("table_terms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    header, cells = data["header"], data["cells"]
    return TableTerms(
        old=_norm_terms(header["old"]),
        new=_norm_terms(header["new"]),
        comments=_norm_terms(header["comments"]),
        label=_norm_terms(header["label"]),
        deleted=frozenset(" ".join(str(v).lower().split()) for v in cells["deleted"]),
        unchanged=frozenset(" ".join(str(v).lower().split()) for v in cells["unchanged"]),
        generic=_norm_terms(header.get("generic", ())),
    )


@dataclass
class TableCell:
    """A cell of a table as read: where it stands on the table's grid and its text."""

    #: The cell element (``w:tc``).
    element: Any
    #: Its first grid column (0-based) and how many it spans (``w:gridSpan``).
    grid: int
    span: int
    #: A cell continuing the one above (``w:vMerge`` without ``restart``).
    continued: bool
    #: The text of each of its paragraphs, in the version read.
    texts: list[str]
    #: How many paragraph elements it holds (nested ones too).
    paragraphs: int

    @property
    def text(self) -> str:
        """Its paragraphs' text, one space between."""
        return " ".join(" ".join(t.split()) for t in self.texts if t.strip())

    def covers(self, column: int) -> bool:
        """Whether the cell spans grid column ``column``."""
        return self.grid <= column < self.grid + self.span


@dataclass
class TableRow:
    """A row of a table: its cells, and whether Word repeats it as a header row."""

    element: Any
    cells: list[TableCell]
    header: bool = False

    def at(self, column: int) -> TableCell | None:
        """The cell that spans grid column ``column`` (``None`` where the row is short)."""
        return next((c for c in self.cells if c.covers(column)), None)


@dataclass
class Table:
    """A table of the body as read, with what :func:`comparison_of` found in it."""

    element: Any
    #: Its place among the document's tables (1-based), as a user counts them.
    number: int
    rows: list[TableRow]
    #: The paragraph number (in the document) of each row's cells' first paragraph.
    lines: list[list[int]] = field(default_factory=list)
    #: Nothing with text stands between the table and the table before it (empty
    #: paragraphs, a page break): the rest of that table, broken at a page.
    follows_table: bool = False
    #: Grid columns (the widest row).
    width: int = 0
    #: Set by :func:`comparison_of`: the role of each grid column, the header's text of
    #: each, the rows that are headers (0-based), and why the table is (or is not) a
    #: comparison table.
    roles: list[ColumnRole] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    header_rows: frozenset[int] = frozenset()
    reason: str = ""

    @property
    def versions(self) -> list[int]:
        """The grid columns that hold a version, left to right."""
        return [k for k, role in enumerate(self.roles) if role in ("old", "new", "version")]

    @property
    def is_comparison(self) -> bool:
        """Whether two of its columns hold two versions of a text."""
        return len(self.versions) >= 2


def _words(text: str) -> int:
    return len(text.split())


def _lead(text: str) -> tuple[str, str]:
    """A cell's typed paragraph number ("3", "a"; "" when none) and its first word after
    it, in lower case."""
    found = _LEAD_LABEL.match(text)
    label = ""
    if found is not None:
        label = found.group(1).strip("().").lower()
        text = text[found.end() :]
    first = next(iter(_WORD.findall(text.lower())), "")
    return label, first


def _pairs(a: str, b: str) -> bool:
    """Whether two cells of prose hold the same provision in two versions: the same
    typed number, or the same lead word, or mostly the same words."""
    label_a, first_a = _lead(a)
    label_b, first_b = _lead(b)
    if label_a and label_a == label_b:
        return True
    if label_a.isdigit() and label_b.isdigit() and abs(int(label_a) - int(label_b)) > _RENUMBERED:
        # Paragraphs far apart in one text ("3." beside "15.": a text laid out in two
        # columns), whatever their words: a revision renumbers by a few.
        return False
    if len(first_a) >= _LEAD_LETTERS and first_a == first_b:
        return True
    short, long = sorted((_words(a), _words(b)))
    if short < _BALANCE * long:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= _ALIKE


def is_label_cell(text: str) -> bool:
    """Whether a cell holds a paragraph number alone ("3", "OP 3", "PP2", "(a)")."""
    text = text.strip()
    return bool(text) and len(text) <= 16 and _LABEL_CELL.fullmatch(text) is not None


def comparison_of(table: Table, terms: TableTerms) -> Table:
    """``table`` with the role of each of its columns: two version columns (the earlier
    ``"old"``, the later ``"new"``; more versions are ``"version"``), comments, labels,
    or other; none a version where it is not a comparison table (:attr:`Table.reason`
    says why)."""
    width = max((c.grid + c.span for row in table.rows for c in row.cells), default=0)
    table.width = width
    table.roles = ["other"] * width
    table.headers = [""] * width
    if width < 2:
        table.reason = "one column"
        return table
    texted = [k for k, row in enumerate(table.rows) if any(c.text for c in row.cells)]
    if not texted:
        table.reason = "no text"
        return table
    # The header: the first row with text, or the one after a title row or two merged
    # across the table ("Draft resolution on …: comparison"), read as both versions'.
    at = texted[0]
    for candidate in texted[: _TITLE_ROWS + 1]:
        at = candidate
        if len(table.rows[candidate].cells) > 1:
            break
    first = table.rows[at]
    named: dict[int, ColumnRole] = {}
    for cell in first.cells:
        role = terms.role_of_header(cell.text) if cell.span == 1 else None
        if role is not None:
            named[cell.grid] = role
    version_cols = [k for k, role in sorted(named.items()) if role in ("old", "new")]
    specific = any(terms.names_specifically(c.text) for c in first.cells if c.grid in version_cols)
    if len(version_cols) >= 2 and specific:
        header_text = [c.text for c in first.cells]
        # The header row, and any row Word repeats as one or that repeats its text (a
        # table split at a page break with the header written again).
        table.header_rows = frozenset(
            k
            for k, row in enumerate(table.rows)
            if k == at or row.header or [c.text for c in row.cells] == header_text
        )
        body = [row for k, row in enumerate(table.rows) if k not in table.header_rows]
        cells = [cell for row in body for cell in _at(row, version_cols)]
        if not any(_words(cell.text) >= _PROSE_WORDS for cell in cells):
            table.reason = "its header names versions, but no column it names holds prose"
            return table
        table.roles = [named.get(k, "other") for k in range(width)]
        for cell in first.cells:
            # Every header cell names its column (a column of no known name too).
            table.headers[cell.grid] = table.headers[cell.grid] or cell.text
        _order_versions(table, version_cols, named)
        for k in range(width):
            if table.roles[k] == "other" and _all_labels(body, k):
                table.roles[k] = "label"
        table.reason = "its header names the versions"
        return table
    if width > _MOST_COLUMNS:
        table.reason = f"more than {_MOST_COLUMNS} columns and no header naming versions"
        return table
    # No header naming versions: two columns that pair provisions row by row.
    best: tuple[int, int, int] | None = None
    for a in range(width):
        for b in range(a + 1, width):
            prose = paired = 0
            for row in table.rows:
                ca, cb = row.at(a), row.at(b)
                if ca is None or cb is None or ca is cb:
                    continue
                ta, tb = ca.text, cb.text
                if _words(ta) < _PROSE_WORDS or _words(tb) < _PROSE_WORDS:
                    continue
                prose += 1
                paired += _pairs(ta, tb)
            enough = paired >= _MIN_PAIRED and paired >= _PAIRED_SHARE * prose
            if enough and (best is None or paired > best[2]):
                best = (a, b, paired)
    if best is None:
        table.reason = "no header names versions and no two columns pair provisions"
        return table
    a, b, _ = best
    head = table.rows[texted[0]]
    if all(_words(c.text) <= _HEADER_WORDS // 2 for c in head.cells):
        # A header that names one of the two columns as comments or numbers ("Name |
        # Reason for listing"): a column of reasons, whatever its words.
        for k in (a, b):
            over = head.at(k)
            role = terms.role_of_header(over.text) if over is not None else None
            if over is not None and role in ("comments", "label"):
                table.reason = f"its header names column {k + 1} ({over.text!r}) as {role}"
                return table
    told = [lang for lang in (_language(table.rows, k) for k in (a, b)) if lang]
    if len(told) == 2 and told[0] != told[1]:
        # "1. Decides … | 1. Décide …": one text in two languages, not two versions.
        table.reason = f"its two columns of prose are in two languages ({', '.join(told)})"
        return table
    table.roles[a], table.roles[b] = "old", "new"
    table.header_rows = frozenset(k for k, row in enumerate(table.rows) if row.header)
    body = [row for k, row in enumerate(table.rows) if k not in table.header_rows]
    for k in range(width):
        if table.roles[k] != "other":
            continue
        table.roles[k] = "label" if _all_labels(body, k) else "comments"
    # A first row of short cells above the rows that pair is a header of names
    # resdiff does not know ("A | B"): kept as the columns' names, not as text.
    if texted[0] not in table.header_rows and all(
        _words(c.text) <= _HEADER_WORDS // 2 for c in head.cells
    ):
        named_cells = [head.at(k) for k in (a, b)]
        texts = [c.text if c is not None else "" for c in named_cells]
        if all(t and not is_label_cell(t) for t in texts) and texts[0] != texts[1]:
            table.header_rows = table.header_rows | {texted[0]}
            for cell in head.cells:
                table.headers[cell.grid] = cell.text
    table.reason = "two columns pair provisions row by row"
    return table


def _language(rows: list[TableRow], column: int) -> str | None:
    """The language a column's text is written in (``None``: not told)."""
    from ..language import detect_language

    return detect_language(" ".join(c.text for c in _at_each(rows, column))[:4000])


def _at(row: TableRow, columns: list[int]) -> list[TableCell]:
    return [c for c in (row.at(k) for k in columns) if c is not None]


def _all_labels(rows: list[TableRow], column: int) -> bool:
    """Whether every cell of ``column`` with text (one at least) is a paragraph number."""
    texts = [c.text for c in _at_each(rows, column) if c.text and c.span == 1]
    return bool(texts) and all(is_label_cell(t) for t in texts)


def _at_each(rows: list[TableRow], column: int) -> list[TableCell]:
    return [c for c in (row.at(column) for row in rows) if c is not None]


def _order_versions(table: Table, columns: list[int], named: dict[int, ColumnRole]) -> None:
    """Which of the version columns is the earlier: the one named so where one is named
    earlier and another later ("Proposed | Original" reads right to left), else the
    left one; a third version column and more are ``"version"``."""
    olds = [k for k in columns if named[k] == "old"]
    news = [k for k in columns if named[k] == "new"]
    if olds and news and news[0] < olds[0] and len(columns) == 2:
        old, new = olds[0], news[0]
    else:
        old, new = columns[0], columns[-1]
    for k in columns:
        table.roles[k] = "version"
    table.roles[old], table.roles[new] = "old", "new"


def grid_of(cell: Any, x: Any) -> tuple[int, bool]:
    """A cell's span of grid columns (``w:gridSpan``, at least 1) and whether it
    continues a vertical merge (``w:vMerge`` without ``w:val="restart"``)."""
    props = cell.find(x.q("tcPr"))
    if props is None:
        return 1, False
    span_el = props.find(x.q("gridSpan"))
    span = 1
    if span_el is not None:
        value = x.val(props, "gridSpan") or "1"
        span = int(value) if value.isdigit() and 0 < int(value) <= 64 else 1
    merge = props.find(x.q("vMerge"))
    continued = merge is not None and (x.val(props, "vMerge") or "continue") != "restart"
    return span, continued


def before_of(row: Any, x: Any) -> int:
    """The grid columns a row leaves empty before its first cell (``w:gridBefore``)."""
    props = row.find(x.q("trPr"))
    value = x.val(props, "gridBefore") if props is not None else None
    return int(value) if value is not None and value.isdigit() and int(value) <= 64 else 0


def repeated_header(row: Any, x: Any) -> bool:
    """Whether Word repeats the row at the top of each page (``w:tblHeader``)."""
    props = row.find(x.q("trPr"))
    return props is not None and props.find(x.q("tblHeader")) is not None


def is_table(el: Any) -> bool:
    """Whether an element is a table (``w:tbl``)."""
    return _local(el) == "tbl"
