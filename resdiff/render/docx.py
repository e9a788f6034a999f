"""The Word report: the new draft with the changes as real tracked revisions.

:func:`render_docx` writes a complete Office Open XML package (``.docx``) with the
standard library alone. Every change's word redline becomes revision marks that Word and
LibreOffice list as changes to accept or reject: kept words are plain runs, deleted words
``<w:del>`` runs holding ``<w:delText>``, inserted words ``<w:ins>`` runs, each signed
with an author and a date. A paragraph the new draft dropped is a wholly deleted
paragraph (its paragraph mark deleted too), one it added a wholly inserted paragraph; a
split paragraph becomes its parts with an inserted paragraph mark between them, and a
merge the joined paragraph with a deleted one.
Accepting every revision gives the new draft's wording; rejecting every revision gives
the old draft's, in the new draft's order.

Above the text stand a title, the two drafts, a summary table (net direction, counts per
kind, Chapter VII / Article 39 / use-of-force status, measures, headings) and a table of
the changes with their reasons. The package holds no comments, macros or external links.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from ..explain import describe_shift
from ..model import PART_BREAK, Change, Comparison, DraftInfo, FlagStatus
from ._common import (
    DELETE,
    DIRECTION_WORDS,
    EQUAL,
    INSERT,
    KEY_CHANGES_TITLE,
    NO_KEY_CHANGES,
    draft_facts,
    draft_title,
    flag_statuses,
    heading_phrase,
    is_quiet,
    key_change_phrase,
    kind_counts,
    match_note,
    measure_groups,
    measure_phrase,
    section_move,
)
from ._common import title as change_title
from .html import PALETTE

__all__ = ["CLAUSE_STYLES", "LABEL_STYLE", "render_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

#: Paragraph style of a clause by section and depth (0 paragraph, 1 sub-paragraph, ...).
CLAUSE_STYLES: dict[tuple[str, int], str] = {
    ("preamble", 0): "Preambular",
    ("operative", 0): "Operative",
    ("preamble", 1): "Subparagraph",
    ("operative", 1): "Subparagraph",
    ("preamble", 2): "Subsubparagraph",
    ("operative", 2): "Subsubparagraph",
}

#: Character style of the paragraph numbers ("1.", "(a)") at the start of clauses.
LABEL_STYLE = "ClauseLabel"

# Characters XML 1.0 cannot hold at all; a draft's text should never contain them, but a
# valid package matters more than a stray control character.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_OP_REF = re.compile(r"^OP(\d+)$", re.IGNORECASE)
_SUB_REF = re.compile(r"\(([^()]+)\)$")
# Zip entries get a fixed timestamp so that the same comparison and date give the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _x(text: str) -> str:
    return escape(_INVALID_XML.sub("", text))


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("", text))


def clause_label(ref: str) -> str | None:
    """The printed number of a clause from its ref: ``OP3`` → ``3.``, ``OP3(a)`` → ``(a)``,
    ``OP3(a)(ii)`` → ``(ii)``; ``None`` for a preambular paragraph (``PP2``)."""
    if m := _SUB_REF.search(ref):
        return f"({m.group(1)})"
    if m := _OP_REF.match(ref):
        return f"{m.group(1)}."
    return None


class _Revisions:
    """Hands out revision ids and the attributes every revision mark carries."""

    def __init__(self, author: str, date: _dt.datetime) -> None:
        if date.tzinfo is None:
            date = date.replace(tzinfo=_dt.UTC)
        self.author = author
        self.date = date.astimezone(_dt.UTC).replace(microsecond=0)
        self.stamp = self.date.strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = 0

    def attrs(self) -> str:
        self._next += 1
        return f' w:id="{self._next}" w:author={_a(self.author)} w:date="{self.stamp}"'


def _text_content(text: str, tag: str) -> str:
    """Run content for ``text``: ``<w:t>`` (or ``<w:delText>``) pieces, tabs and breaks."""
    out: list[str] = []
    for piece in re.split(r"(\t|\r\n|\n|\r)", text):
        if not piece:
            continue
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\n", "\r", "\r\n"):
            out.append("<w:br/>")
        else:
            out.append(f'<{tag} xml:space="preserve">{_x(piece)}</{tag}>')
    return "".join(out)


def _run(
    text: str,
    *,
    deleted: bool = False,
    bold: bool = False,
    style: str | None = None,
    tab: bool = False,
) -> str:
    props = ""
    if style or bold:
        props = "<w:rPr>"
        if style:
            props += f'<w:rStyle w:val="{style}"/>'
        if bold:
            props += "<w:b/>"
        props += "</w:rPr>"
    body = _text_content(text, "w:delText" if deleted else "w:t")
    return f"<w:r>{props}{body}{'<w:tab/>' if tab else ''}</w:r>"


def _para(
    runs: str | Iterable[str], style: str | None = None, *, extra_ppr: str = "", mark: str = ""
) -> str:
    content = runs if isinstance(runs, str) else "".join(runs)
    ppr = ""
    if style or extra_ppr or mark:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        ppr += extra_ppr
        if mark:
            ppr += f"<w:rPr>{mark}</w:rPr>"
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def _text_para(text: str, style: str | None = None, *, bold: bool = False) -> str:
    return _para(_run(text, bold=bold), style)


# ---------------------------------------------------------------------------------------
# Tables


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
            ([f"{s.direction}: {DIRECTION_WORDS[s.direction]}"], direction_fill),
        ]
    ]
    for kind, n in kind_counts(s):
        rows.append([([kind.capitalize()], None), ([str(n)], _kind_fill(kind) if n else None)])
    rows.append([(["Moved"], None), ([str(s.moved)], PALETTE["moved-bg"] if s.moved else None)])
    for name, status in flag_statuses(s):
        rows.append([([name], None), ([status], _STATUS_FILL[status])])
    for group_name, group in measure_groups(s):
        rows.append([([group_name], None), ([measure_phrase(m) for m in group] or ["none"], None)])
    rows.append(
        [(["Headings"], None), ([heading_phrase(h) for h in s.headings] or ["none changed"], None)]
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


# ---------------------------------------------------------------------------------------
# The tracked text


def _primary_ref(change: Change) -> str:
    refs = change.new or change.old
    return refs[0] if refs else ""


def _tracked(items: list[tuple[int, str]], rev: _Revisions) -> list[str]:
    """``(op, run)`` pairs as runs, neighbouring runs of the same op in one revision mark
    (so an added or dropped paragraph's number shares the w:ins / w:del of its words)."""
    runs: list[str] = []
    i = 0
    while i < len(items):
        op = items[i][0]
        j = i
        while j < len(items) and items[j][0] == op:
            j += 1
        body = "".join(run for _, run in items[i:j])
        if op == INSERT:
            runs.append(f"<w:ins{rev.attrs()}>{body}</w:ins>")
        elif op == DELETE:
            runs.append(f"<w:del{rev.attrs()}>{body}</w:del>")
        else:
            runs.append(body)
        i = j
    return runs


def _mark(op: int, rev: _Revisions) -> str:
    """A paragraph mark tracked as inserted or deleted (or not tracked)."""
    if op == INSERT:
        return f"<w:ins{rev.attrs()}/>"
    if op == DELETE:
        return f"<w:del{rev.attrs()}/>"
    return ""


def _clause_paras_own(change: Change, depth: int, rev: _Revisions) -> list[str]:
    """One clause as paragraphs: its label, then its redline as tracked runs.

    A split or merge is one paragraph per part. The break between two parts is a tracked
    paragraph mark: inserted where the paragraph was cut (rejecting it joins the parts
    again), deleted where two paragraphs were joined (accepting it joins them); the later
    part's number is inserted (split) or deleted (merge) with it.
    """
    label = clause_label(_primary_ref(change))
    whole = INSERT if not change.old else DELETE if not change.new else EQUAL
    style = CLAUSE_STYLES.get((change.section, min(depth, 2)), "Operative")
    parts = {INSERT: iter(change.new[1:]), DELETE: iter(change.old[1:])}
    paragraphs: list[str] = []
    items: list[tuple[int, str]] = []
    if label:
        items.append((whole, _run(label, deleted=whole == DELETE, style=LABEL_STYLE, tab=True)))
    for op, text in change.redline:
        for k, piece in enumerate(text.split(PART_BREAK)):
            if k:
                paragraphs.append(_para(_tracked(items, rev), style, mark=_mark(op, rev)))
                items = []
                part = next(parts[op], None) if op in parts else None
                part_label = clause_label(part) if part else None
                if part_label:
                    run = _run(part_label, deleted=op == DELETE, style=LABEL_STYLE, tab=True)
                    items.append((op, run))
            if piece:
                items.append((op, _run(piece, deleted=op == DELETE)))
    paragraphs.append(_para(_tracked(items, rev), style, mark=_mark(whole, rev)))
    return paragraphs


def _clause_paras(change: Change, depth: int, rev: _Revisions) -> Iterator[str]:
    yield from _clause_paras_own(change, depth, rev)
    for child in change.children:
        yield from _clause_paras(child, depth + 1, rev)


def _draft_para(role: str, info: DraftInfo) -> str:
    facts = "; ".join(draft_facts(info))
    runs = [_run(f"{role}: ", bold=True), _run(draft_title(info), bold=True)]
    if facts:
        runs.append(_run(f" — {facts}"))
    if info.sponsors:
        runs.append(_run(f". Sponsors: {', '.join(info.sponsors)}"))
    return _para(runs, "DraftInfo")


def _body(cmp: Comparison, rev: _Revisions) -> str:
    old_t, new_t = draft_title(cmp.old), draft_title(cmp.new)
    parts = [
        _text_para(f"{old_t} → {new_t}", "Title"),
        _text_para("Comparison of draft resolutions, with every change tracked", "Subtitle"),
        _draft_para("Old", cmp.old),
        _draft_para("New", cmp.new),
        _text_para(KEY_CHANGES_TITLE, "Heading1"),
        *(
            [
                _text_para(f"{k}. {key_change_phrase(key)}")
                for k, key in enumerate(cmp.summary.key_changes, 1)
            ]
            or [_text_para(NO_KEY_CHANGES)]
        ),
        _text_para("Summary", "Heading1"),
        _summary_table(cmp),
    ]
    table = _changes_table(cmp)
    if table:
        parts += [_text_para("What changed and why", "Heading1"), table]
    parts += [
        _text_para(f"The text of {new_t}, with the changes tracked", "Heading1"),
        _text_para(
            f"Accept all changes to read {new_t}; reject all to read the wording of {old_t} "
            "(in the new order, with the new numbering). Moved paragraphs stand where the "
            "new draft puts them.",
            "Note",
        ),
    ]
    section: str | None = None
    if not cmp.changes:
        parts.append(_text_para("Neither draft has any paragraph.", "Note"))
    for change in cmp.changes:
        if change.section != section:
            section = change.section
            heading = "Preamble" if section == "preamble" else "Operative part"
            parts.append(_text_para(heading, "Heading2"))
        parts += list(_clause_paras(change, 0, rev))
    # Always a paragraph after the clauses, so the last clause's mark can be tracked.
    parts.append(
        _text_para(
            f"Produced by resdiff. Revisions are signed “{rev.author}”, {rev.stamp}.",
            "Note",
        )
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return "".join(parts) + sect


# ---------------------------------------------------------------------------------------
# The package parts

_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _document_xml(cmp: Comparison, rev: _Revisions) -> str:
    return (
        f'{_XML_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
        f"{_body(cmp, rev)}</w:body></w:document>"
    )


def _pstyle(
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    extra: str = "",
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    nxt = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f"{based}{nxt}<w:qFormat/>{extra}<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _hanging(left: int) -> str:
    return (
        f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs>'
        f'<w:spacing w:after="120"/><w:ind w:left="{left}" w:hanging="567"/><w:jc w:val="both"/>'
    )


def _styles_xml() -> str:
    accent = PALETTE["accent"].lstrip("#")
    muted = PALETTE["muted"].lstrip("#")
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr>'
        "</w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>",
        _pstyle(
            "Title",
            "Title",
            '<w:spacing w:after="60"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="40"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="200"/>',
            f'<w:i/><w:color w:val="{muted}"/><w:sz w:val="24"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Heading1",
            "heading 1",
            '<w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="30"/>',
            next_style="Normal",
        ),
        _pstyle(
            "Heading2",
            "heading 2",
            '<w:keepNext/><w:spacing w:before="240" w:after="100"/><w:outlineLvl w:val="1"/>',
            f'<w:b/><w:color w:val="{accent}"/><w:sz w:val="26"/>',
            next_style="Normal",
        ),
        _pstyle("DraftInfo", "Draft info", '<w:spacing w:after="60"/>', '<w:sz w:val="21"/>'),
        _pstyle(
            "Note",
            "Note",
            '<w:spacing w:before="60" w:after="160"/>',
            f'<w:i/><w:color w:val="{muted}"/><w:sz w:val="20"/>',
        ),
        _pstyle(
            "TableText",
            "Table text",
            '<w:spacing w:before="20" w:after="20"/>',
            '<w:sz w:val="20"/>',
        ),
        _pstyle(
            "TableLabel",
            "Table label",
            '<w:spacing w:before="20" w:after="20"/>',
            '<w:b/><w:sz w:val="20"/>',
            based_on="TableText",
        ),
        _pstyle(
            "TableHead",
            "Table heading",
            '<w:keepNext/><w:spacing w:before="20" w:after="20"/>',
            '<w:b/><w:sz w:val="20"/>',
            based_on="TableText",
        ),
        _pstyle(
            "Preambular",
            "Preambular paragraph",
            '<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>',
        ),
        _pstyle("Operative", "Operative paragraph", _hanging(567)),
        _pstyle("Subparagraph", "Subparagraph", _hanging(1134), based_on="Operative"),
        _pstyle("Subsubparagraph", "Sub-subparagraph", _hanging(1701), based_on="Operative"),
        f'<w:style w:type="character" w:styleId="{LABEL_STYLE}"><w:name w:val="Clause label"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{PALETTE["rule"][1:]}"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
        '<w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/>'
        '<w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="23"/><w:szCs w:val="23"/><w:lang w:val="en-GB"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
    )
    return f'{_XML_DECL}<w:styles xmlns:w="{_W}">{defaults}{"".join(styles)}</w:styles>'


def _settings_xml() -> str:
    # trackRevisions: edits the reader makes are tracked too, as in a negotiation.
    return (
        f'{_XML_DECL}<w:settings xmlns:w="{_W}">'
        '<w:trackRevisions/><w:defaultTabStop w:val="567"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>"
    )


def _content_types() -> str:
    overrides = {
        "/word/document.xml": f"{_WML}.document.main+xml",
        "/word/styles.xml": f"{_WML}.styles+xml",
        "/word/settings.xml": f"{_WML}.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        ),
    }
    items = "".join(
        f'<Override PartName="{part}" ContentType="{ctype}"/>' for part, ctype in overrides.items()
    )
    return (
        f'{_XML_DECL}<Types xmlns="{_CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{items}</Types>"
    )


def _rels(targets: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{rtype}" Target="{target}"/>'
        for i, (rtype, target) in enumerate(targets, 1)
    )
    return f'{_XML_DECL}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def _core_xml(cmp: Comparison, stamp: str) -> str:
    title = f"{draft_title(cmp.old)} → {draft_title(cmp.new)}: comparison"
    return (
        f"{_XML_DECL}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{_x(title)}</dc:title><dc:creator>resdiff</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _app_xml() -> str:
    return (
        f"{_XML_DECL}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>resdiff</Application></Properties>"
    )


def render_docx(
    cmp: Comparison, *, author: str = "resdiff", date: _dt.datetime | None = None
) -> bytes:
    """The comparison as a Word document (``.docx`` bytes) with real tracked changes.

    The new draft's text follows a title, the two drafts, a summary table and a table of
    the changes with their reasons. Each change's redline becomes revision marks signed by
    ``author`` at ``date`` (default: now; a naive datetime is taken as UTC): kept words
    plain, deleted words ``w:del``, inserted words ``w:ins``; dropped and added paragraphs
    are wholly deleted or inserted, paragraph mark included. Paragraph numbers ("3.",
    "(a)") follow the new draft and lead each paragraph as plain text; sub-paragraphs are
    indented. Word and LibreOffice offer every revision to accept or reject: accepting
    all gives the new draft's wording, rejecting all the old draft's.

    The same comparison, author and date always give the same bytes.
    """
    when = date if date is not None else _dt.datetime.now(_dt.UTC)
    rev = _Revisions(author, when)
    document = _document_xml(cmp, rev)
    parts = [
        ("[Content_Types].xml", _content_types()),
        (
            "_rels/.rels",
            _rels(
                [
                    (f"{_OFFICE_RELS}/officeDocument", "word/document.xml"),
                    (
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        "core-properties",
                        "docProps/core.xml",
                    ),
                    (f"{_OFFICE_RELS}/extended-properties", "docProps/app.xml"),
                ]
            ),
        ),
        ("docProps/core.xml", _core_xml(cmp, rev.stamp)),
        ("docProps/app.xml", _app_xml()),
        ("word/document.xml", document),
        ("word/styles.xml", _styles_xml()),
        ("word/settings.xml", _settings_xml()),
        (
            "word/_rels/document.xml.rels",
            _rels(
                [
                    (f"{_OFFICE_RELS}/styles", "styles.xml"),
                    (f"{_OFFICE_RELS}/settings", "settings.xml"),
                ]
            ),
        ),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()
