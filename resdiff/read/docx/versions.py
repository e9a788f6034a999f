"""The two versions a comparison table holds, each read as a draft.

:func:`find_tables` reads the cells of the body's tables (in the version of the tracked
changes asked for) and :func:`~.tables.comparison_of` decides which are comparison
tables; :func:`plan_versions` says, row by row, which cells give each version its
paragraphs (:class:`~.versions_pick.RowPick`), and where every other cell's text goes.
The reader then walks the document once per version (:mod:`.reader`, its ``pick``):
the text outside the comparison tables belongs to both versions, and in a comparison
table

- a version's cell is that version's paragraph; an empty one, a provision that version
  does not hold (added or dropped);
- a cell spanning both version columns (merged) is the same text in both;
- a cell holding only a deletion marker ("Deleted", "—") is no text of that version, and
  one holding only a marker of no change ("[…]", "No change") is the other version's
  text, each named in a note;
- a column of paragraph numbers ("OP 3", "PP2") gives its number to the provision of
  each version that has none of its own;
- the header row names the columns; a column of comments, of who proposed what, or of a
  third version is kept as notes (warnings of the drafts), never as text.

Every cell's text goes to a version, to the columns' names or to a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ...errors import ResolutionParseError
from ...model import Draft, ParseWarning, TrackedVersion
from .package import _local, _Package
from .reader import _Reader
from .tables import (
    ColumnRole,
    Table,
    TableCell,
    TableRow,
    TableTerms,
    before_of,
    comparison_of,
    grid_of,
    repeated_header,
)
from .versions_pick import RowPick

#: The codes of the drafts' warnings that a comparison table gives.
TABLE_WARNING = "docx-comparison-table"
TABLE_NOTE = "docx-table-note"
#: A label column's "PP 3" (a recital: no label of its own), "OP 3" or "3", "(a)".
_PREAMBLE_LABEL = re.compile(r"\s*pp", re.IGNORECASE)
_SUB_LABEL = re.compile(r"\([a-z]{1,4}\)|\([ivx]{1,5}\)", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}")
#: A body-level element whose children may be tables (content controls, custom XML).
_CONTAINERS = frozenset({"sdt", "sdtContent", "customXml"})


@dataclass(frozen=True)
class TableColumn:
    """A column of a comparison table: its number (1-based, as a user counts them), the
    text of its header ("" when none) and what it holds."""

    number: int
    header: str
    role: ColumnRole


@dataclass(frozen=True)
class TableNote:
    """Text of a comparison table that is no version's: a comment, a marker cell, a
    third version. ``line`` is its paragraph number in the Word document."""

    line: int
    table: int
    row: int
    column: int
    kind: Literal["comment", "deleted", "unchanged", "unmatched", "version", "label"]
    text: str

    def message(self, headers: Sequence[str]) -> str:
        """The note as a reader's warning says it."""
        name = headers[self.column - 1] if self.column - 1 < len(headers) else ""
        where = f"table {self.table}, row {self.row}, column {self.column}"
        where += f" ({name!r})" if name else ""
        if self.kind == "deleted":
            return f"{where} reads {self.text!r}: the provision is not in this version"
        if self.kind == "unmatched":
            return (
                f"{where} reads {self.text!r} (as in the other version), but the other "
                "version has no text in this row: the provision is in neither version"
            )
        if self.kind == "unchanged":
            return f"{where} reads {self.text!r}: the provision is read as in the other version"
        if self.kind == "label":
            return f"{where}: {self.text!r} is no paragraph number, kept as this note"
        kind = "a further version, not compared" if self.kind == "version" else "a comment"
        return f"{where}, {kind}: {self.text}"


@dataclass(frozen=True)
class TableVersions:
    """The two versions of a Word file's comparison tables, each a draft, with what the
    tables held besides: their columns and the notes (comments, markers)."""

    old: Draft
    new: Draft
    #: The columns of the first comparison table.
    columns: tuple[TableColumn, ...]
    #: The columns read as the earlier and the later version (1-based).
    old_column: int
    new_column: int
    #: How many comparison tables and rows were read.
    tables: int
    rows: int
    notes: tuple[TableNote, ...] = field(default_factory=tuple)


def find_tables(package: _Package, version: TrackedVersion, root: Any) -> list[Table]:
    """The body's tables (not those nested in a cell) with their cells' text in
    ``version``, read by a reader of their own."""
    if next(root.iter("{*}tbl"), None) is None:
        return []  # no table: no reader of the cells (its styles and numbering parsed)
    reader = _Reader(package, version, root=root)
    x = reader.x
    body = root.find(x.q("body"))
    if body is None:
        return []
    order: dict[Any, int] = {}
    for k, p in enumerate(body.iter(x.q("p"))):
        order[p] = k + 1
    numbers = {el: k + 1 for k, el in enumerate(body.iter(x.q("tbl")))}
    found: list[Table] = []
    pending = [iter(body)]
    texted_since = True  # text read since the last table (none yet)
    while pending:
        el = next(pending[-1], None)
        if el is None:
            pending.pop()
            continue
        name = _local(el)
        if name == "sdt" and reader._is_report_matter(el):
            continue  # a resdiff report's own tables (its summary, its changes)
        if name in _CONTAINERS:
            pending.append(iter(el))
        elif name == "tbl":
            table = _read_table(reader, el, numbers[el], order)
            table.follows_table = not texted_since
            found.append(table)
            texted_since = False
        elif name == "p" and "".join(t.text or "" for t in el.iter(x.q("t"))).strip():
            texted_since = True
    return found


def _read_table(reader: _Reader, el: Any, number: int, order: dict[Any, int]) -> Table:
    x = reader.x
    rows: list[TableRow] = []
    for row in reader._rows_of(el):
        grid = before_of(row, x)
        cells: list[TableCell] = []
        for cell in reader._cells_of(row):
            span, continued = grid_of(cell, x)
            texts = [p.text for p in reader._blocks(cell, 1, flow=False)]
            paragraphs = [p for p in cell.iter(x.q("p"))]
            cells.append(TableCell(cell, grid, span, continued, texts, len(paragraphs)))
            grid += span
        rows.append(TableRow(row, cells, header=repeated_header(row, x)))
    lines = [
        [min((order.get(p, 0) for p in c.element.iter(x.q("p"))), default=0) for c in r.cells]
        for r in rows
    ]
    return Table(el, number, rows, lines=lines)


def detect(
    package: _Package, version: TrackedVersion, root: Any, terms: TableTerms | None = None
) -> list[Table]:
    """The body's tables, each with its columns' roles (:func:`comparison_of`)."""
    terms = terms or TableTerms.default()
    return [comparison_of(t, terms) for t in find_tables(package, version, root)]


def chosen(tables: list[Table], columns: tuple[str, str] | None) -> tuple[int, int]:
    """The grid columns (0-based) read as the earlier and the later version: those the
    user named (numbers from 1, or header texts), else the first comparison table's."""
    first = next((t for t in tables if t.is_comparison), None)
    if columns is None:
        if first is None:
            raise ResolutionParseError(_no_table(tables))
        return first.roles.index("old"), first.roles.index("new")
    table = first or max(tables, key=lambda t: t.width, default=None)
    if table is None:
        raise ResolutionParseError("not a comparison table: the document holds no table")
    picked: list[int] = []
    for want in columns:
        want = want.strip()
        if want.isdigit():
            k = int(want) - 1
            if not 0 <= k < table.width:
                raise ResolutionParseError(
                    f"no column {want}: table {table.number} has {table.width} columns"
                )
            picked.append(k)
            continue
        named = [k for k, h in enumerate(table.headers) if h.strip().lower() == want.lower()]
        if not named:
            names = ", ".join(repr(h) for h in table.headers if h) or "none"
            raise ResolutionParseError(f"no column headed {want!r} (the headers: {names})")
        picked.append(named[0])
    if picked[0] == picked[1]:
        raise ResolutionParseError("the two columns to compare are the same column")
    return picked[0], picked[1]


def _no_table(tables: list[Table]) -> str:
    if not tables:
        return "not a comparison table: the document holds no table"
    reasons = "; ".join(f"table {t.number}: {t.reason}" for t in tables[:3])
    more = f" and {len(tables) - 3} more tables" if len(tables) > 3 else ""
    return f"not a comparison table ({reasons}{more})"


def plan_versions(
    tables: list[Table], old: int, new: int, terms: TableTerms
) -> tuple[dict[Any, list[RowPick]], dict[Any, list[RowPick]], list[TableNote], int]:
    """For each table read as two versions (every comparison table, or every table as
    wide when the user chose the columns), what each row gives the earlier and the later
    version; the notes; the rows read."""
    picks_old: dict[Any, list[RowPick]] = {}
    picks_new: dict[Any, list[RowPick]] = {}
    notes: list[TableNote] = []
    rows_read = 0
    any_found = any(t.is_comparison for t in tables)
    previous: Table | None = None
    for table in tables:
        # A table the detection did not take is read as two versions where it goes on
        # from one read so (as wide, nothing with text between: a table broken at a page
        # without its header), or, where none was taken, when it is as wide as the
        # columns the user chose; any other (a list in the text around) is read as the
        # text it is.
        goes_on = (
            previous is not None
            and previous.element in picks_old
            and table.follows_table
            and table.width == previous.width
        )
        wide = not any_found and table.width > max(old, new)
        if not (table.is_comparison or goes_on or wide):
            previous = table
            continue
        if not table.is_comparison:
            table.roles = (
                list(previous.roles) if goes_on and previous else ["comments"] * table.width
            )
        if table.roles[old] not in ("old", "new", "version") or table.roles[new] not in (
            "old",
            "new",
            "version",
        ):
            table.roles[old], table.roles[new] = "old", "new"
        row_old, row_new = [], []
        for k, row in enumerate(table.rows):
            if k in table.header_rows:
                row_old.append(RowPick())
                row_new.append(RowPick())
                continue
            rows_read += 1
            a, b = _row_picks(table, k, row, old, new, terms, notes)
            row_old.append(a)
            row_new.append(b)
        picks_old[table.element] = row_old
        picks_new[table.element] = row_new
        previous = table
    return picks_old, picks_new, notes, rows_read


def _row_picks(
    table: Table,
    k: int,
    row: TableRow,
    old: int,
    new: int,
    terms: TableTerms,
    notes: list[TableNote],
) -> tuple[RowPick, RowPick]:
    lines = table.lines
    read_old: set[int] = set()
    read_new: set[int] = set()
    label = ""
    at_old = at_new = None
    for position, cell in enumerate(row.cells):
        line = lines[k][position] if k < len(lines) else 0

        def note(kind: Any, text: str, cell: TableCell = cell, line: int = line) -> None:
            notes.append(TableNote(line, table.number, k + 1, cell.grid + 1, kind, text))

        if cell.covers(old) and cell.covers(new):
            read_old.add(position)
            read_new.add(position)
        elif cell.covers(old):
            at_old = position
        elif cell.covers(new):
            at_new = position
        elif cell.text:
            role = table.roles[cell.grid]
            if role == "label":
                label = _version_label(cell.text)
                if not label and not _PREAMBLE_LABEL.match(cell.text):
                    note("label", cell.text)
            else:
                note("version" if role in ("old", "new", "version") else "comment", cell.text)
    for mine, other, reads in ((at_old, at_new, read_old), (at_new, at_old, read_new)):
        if mine is None:
            continue
        cell = row.cells[mine]
        marker = terms.marker(cell.text) if cell.text else None
        line = lines[k][mine] if k < len(lines) else 0
        if marker is None:
            reads.add(mine)
            continue
        facing = row.cells[other].text if other is not None else ""
        # "[…]" facing an empty cell: no text to read as.
        kind: Literal["deleted", "unchanged", "unmatched"] = (
            "unmatched" if marker == "unchanged" and not facing else marker
        )
        notes.append(TableNote(line, table.number, k + 1, cell.grid + 1, kind, cell.text))
        if marker == "unchanged" and other is not None:
            reads.add(other)
    return RowPick(frozenset(read_old), label), RowPick(frozenset(read_new), label)


def _version_label(text: str) -> str:
    """The label a version's provision takes from a label column's cell: "(a)" of
    "3 (a)", "3." of "OP 3" or "3", none for a recital ("PP 2")."""
    if _PREAMBLE_LABEL.match(text):
        return ""
    subs = _SUB_LABEL.findall(text)
    if subs:
        return str(subs[-1]).lower()
    number = _NUMBER.search(text)
    return f"{number.group(0)}." if number else ""


def read_versions(
    package: _Package,
    version: TrackedVersion,
    draft_of: Callable[[_Reader], Draft],
    *,
    columns: tuple[str, str] | None = None,
    terms: TableTerms | None = None,
) -> TableVersions:
    """The two versions of the comparison tables of ``package`` (see the module), each
    read through ``draft_of`` (the Word reader's steps after the walk). ``columns``: the
    two columns to compare (numbers from 1 or header texts), else those found.

    Raises :class:`ResolutionParseError` where the document holds no comparison table
    (saying why of its first tables) or the columns named are not there."""
    terms = terms or TableTerms.default()
    root = package.xml(package.main)
    if root is None:  # pragma: no cover - _Package checked the main part exists
        raise ResolutionParseError(f"{package.main} is missing", path=package.path)
    try:
        tables = detect(package, version, root, terms)
        old, new = chosen(tables, columns)
    except ResolutionParseError as exc:
        raise ResolutionParseError(exc.message, path=package.path) from exc
    picks_old, picks_new, notes, rows = plan_versions(tables, old, new, terms)
    first = next(t for t in tables if t.element in picks_old)
    headers = [first.headers[k] if k < len(first.headers) else "" for k in range(first.width)]
    described = _described(headers, old, new, len(picks_old), rows)
    drafts: list[Draft] = []
    for which, picks in (("earlier", picks_old), ("later", picks_new)):
        reader = _Reader(package, version, root=root, pick=picks)
        draft = draft_of(reader)
        own = [
            ParseWarning(code=TABLE_WARNING, message=f"the {which} version of {described}", line=1)
        ]
        column = old if which == "earlier" else new
        for n in notes:
            mine = n.kind in ("deleted", "unchanged", "unmatched") and n.column - 1 == column
            shared = n.kind in ("comment", "version", "label") and which == "later"
            if mine or shared:
                own.append(
                    ParseWarning(code=TABLE_NOTE, message=n.message(headers), line=n.line or None)
                )
        warnings = sorted((*draft.warnings, *own), key=lambda w: w.line or 0)
        drafts.append(draft.model_copy(update={"warnings": tuple(warnings)}))
    return TableVersions(
        drafts[0],
        drafts[1],
        tuple(TableColumn(k + 1, headers[k], first.roles[k]) for k in range(first.width)),
        old + 1,
        new + 1,
        len(picks_old),
        rows,
        tuple(notes),
    )


def _described(headers: list[str], old: int, new: int, tables: int, rows: int) -> str:
    def name(k: int) -> str:
        return f"column {k + 1}" + (f" ({headers[k]!r})" if headers[k] else "")

    many = f"{tables} comparison tables" if tables > 1 else "a comparison table"
    return f"{many} ({rows} rows): {name(old)} against {name(new)}"
