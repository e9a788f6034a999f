"""The report's own matter: the drafts' lines, the summary table and the table of the
changes with their reasons, in the block content control resdiff's Word reader skips.
"""

from __future__ import annotations

from ...explain import describe_shift
from ...model import REPORT_ALIAS, REPORT_TAG, Change, Comparison, DraftInfo, FlagStatus
from .._common import (
    annex_moves,
    changed_lines,
    direction_words,
    draft_facts,
    draft_title,
    flag_lines,
    heading_phrase,
    is_quiet,
    kind_counts,
    match_note,
    measure_groups,
    measure_phrase,
    section_move,
    sponsors_phrase,
    text_change_title,
)
from .._common import title as change_title
from ..html import PALETTE
from .markup import _para, _run


def _cell(paragraphs: str, width: int, fill: str | None = None) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{paragraphs}</w:tc>'


def _lines_para(lines: list[str], style: str = "TableText") -> str:
    runs: list[str] = []
    for i, line in enumerate(lines):
        if i:
            runs.append("<w:r><w:br/></w:r>")
        runs.append(_run(line))
    return _para(runs or [_run("")], style)


def _table(rows: list[list[tuple[list[str], str | None]]], widths: list[int], header: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        "<w:tbl><w:tblPr>"
        '<w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    for i, row in enumerate(rows):
        is_head = header and i == 0
        trpr = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if is_head else "") + "</w:trPr>"
        cells: list[str] = []
        for col, (lines, fill) in enumerate(row):
            style = "TableHead" if is_head else ("TableLabel" if col == 0 else "TableText")
            cells.append(
                _cell(
                    _lines_para(lines, style),
                    widths[col],
                    PALETTE["head-bg"] if is_head else fill,
                )
            )
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _kind_fill(kind: str) -> str | None:
    return PALETTE.get(f"{kind}-bg")


_STATUS_FILL: dict[FlagStatus, str] = {
    "kept": PALETTE["kept-bg"],
    "added": PALETTE["added-bg"],
    "dropped": PALETTE["dropped-bg"],
    "absent": PALETTE["absent-bg"],
    # Not analysed (a draft not in English): shown like "absent", but the word says why.
    "unknown": PALETTE["absent-bg"],
}


_DIRECTION_KIND = {"softer": "softened", "stronger": "strengthened", "mixed": "mixed"}


def _summary_table(cmp: Comparison) -> str:
    s = cmp.summary
    direction_fill = _kind_fill(_DIRECTION_KIND.get(s.direction, "reworded"))
    rows: list[list[tuple[list[str], str | None]]] = [
        [
            (["Net direction"], None),
            ([f"{s.direction}: {direction_words(s)}"], direction_fill),
        ]
    ]
    for kind, n in kind_counts(s):
        rows.append([([kind.capitalize()], None), ([str(n)], _kind_fill(kind) if n else None)])
    rows.append([(["Moved"], None), ([str(s.moved)], PALETTE["moved-bg"] if s.moved else None)])
    sponsors = sponsors_phrase(cmp)
    if sponsors:
        rows.append([(["Sponsors"], None), ([sponsors], None)])
    for name, status, note in flag_lines(cmp):
        rows.append(
            [([name], None), ([f"{status}; {note}" if note else status], _STATUS_FILL[status])]
        )
    for group_name, group in measure_groups(s):
        rows.append([([group_name], None), ([measure_phrase(m) for m in group] or ["none"], None)])
    rows.append(
        [(["Headings"], None), ([heading_phrase(h) for h in s.headings] or ["none changed"], None)]
    )
    # The table says which annexes and footnotes differ and how many lines; their words
    # are tracked after the operative part in the text below.
    annexes = [
        f"{text_change_title(t)}: {len(changed_lines(t)[0])} line(s) differ"
        for t in cmp.text_changes
    ]
    annexes += [f"{title} · moved: {where}" for title, _, where in annex_moves(cmp)]
    rows.append(
        [
            (["Annexes, footnotes"], None),
            (
                [*annexes, "named, not weighed; tracked after the operative part below"]
                if annexes
                else ["none changed"],
                None,
            ),
        ]
    )
    return _table(rows, [3000, 6000], header=False)


def _why(change: Change) -> list[str]:
    lines = [describe_shift(shift) for shift in change.shifts]
    lines += [n for n in (section_move(change), match_note(change)) if n]
    if change.moved and change.old:
        lines.append(f"moved (was {' + '.join(change.old)})")
    if not lines:
        lines.append(
            {"added": "new paragraph", "dropped": "paragraph removed"}.get(
                change.kind, "wording changed" if change.kind != "unchanged" else "moved"
            )
        )
    return lines


def _changes_table(cmp: Comparison) -> str | None:
    rows: list[list[tuple[list[str], str | None]]] = [
        [(["Paragraph"], None), (["Change"], None), (["Why"], None)]
    ]
    for top in cmp.changes:
        for change in top.walk():
            if is_quiet(change):
                continue
            kind = change.kind + (", moved" if change.moved and change.kind != "unchanged" else "")
            if change.kind == "unchanged":
                kind = "moved"
            rows.append(
                [
                    ([change_title(change)], None),
                    ([kind], _kind_fill("moved" if kind == "moved" else change.kind)),
                    (_why(change), None),
                ]
            )
    if len(rows) == 1:
        return None
    return _table(rows, [1900, 1500, 5600], header=True)


def _draft_para(role: str, info: DraftInfo) -> str:
    facts = "; ".join(draft_facts(info))
    runs = [_run(f"{role}: ", bold=True), _run(draft_title(info), bold=True)]
    if facts:
        runs.append(_run(f" — {facts}"))
    if info.sponsors:
        runs.append(_run(f". Sponsors: {', '.join(info.sponsors)}"))
    return _para(runs, "DraftInfo")


def _report_block(xml: str) -> str:
    """The report's own matter (title, summary, tables, headings, notes) in a block
    content control tagged :data:`~resdiff.model.REPORT_TAG`: Word and LibreOffice
    show it as before, and resdiff's Word reader skips it, so that the report reads back
    as its tracked text alone. A document-part control, because LibreOffice imports a
    plain rich-text control as an input field and loses its first paragraph's style."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{REPORT_ALIAS}"/><w:tag w:val="{REPORT_TAG}"/>'
        f"<w:docPartObj/></w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>"
    )
