"""Reports of a draft's :class:`~resdiff.corpus.model.Precedents`: plain text, Markdown,
one self-contained HTML page (the timeline's page shell, palette and Content-Security-
Policy, see :mod:`resdiff.render.timeline`), JSON, and Word.

Each gives the counts of agreed, adapted and new paragraphs, then the draft paragraph by
paragraph: its status, its precedents (symbol, ref, date, similarity), the verdict against
the best one in words ("softens the language of S/RES/2600 (2021) OP4: operative verb
weakened: decides → calls upon") and the redline from it. Renderers read only the model.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal
from xml.sax.saxutils import escape, quoteattr

from ..display import register
from ..explain import describe_shift
from ..model import REPORT_PROPERTY
from ._common import DELETE, EQUAL, format_date, needs_gap, segments, wrap_words
from .css import fragment_of
from .html import redline_html
from .markdown import escape_md, redline_md
from .page import badge, e, page
from .text import redline_text

if TYPE_CHECKING:
    from ..corpus.model import ParagraphPrecedents, Precedent, Precedents
    from ..model import Redline

__all__ = [
    "render_precedents",
    "render_precedents_docx",
    "render_precedents_html",
    "render_precedents_markdown",
    "render_precedents_text",
    "verdict_phrase",
]

PrecedentFormat = Literal["text", "json", "md", "markdown", "html", "docx"]

_VERBS = {
    "softened": "softens",
    "strengthened": "strengthens",
    "mixed": "softens and strengthens",
    "reworded": "rewords",
    "unchanged": "repeats",
}

_STATUS_WORDS = {"agreed": "agreed language", "adapted": "adapted", "new": "new language"}
_STATUS_BADGE = {"agreed": "k-unchanged", "adapted": "k-reworded", "new": "k-added"}


def _where(p: Precedent) -> str:
    return f"{p.symbol or p.name} {p.ref}"


def _percent(value: float) -> str:
    return f"{int(value * 100)}%"


def verdict_phrase(paragraph: ParagraphPrecedents) -> str:
    """The paragraph's status in words, against its best precedent:
    ``softens the language of S/RES/2600 (2021) OP4 (93% similar): operative verb
    weakened: decides → calls upon``; ``agreed language of S/RES/2600 (2021) OP4 (and 5
    earlier texts)``; ``new language``."""
    if paragraph.status == "new" or not paragraph.precedents:
        return "new language"
    best = paragraph.precedents[0]
    if paragraph.status == "agreed":
        others = paragraph.agreed_count - 1
        more = f" (and {others} earlier text{'s' if others != 1 else ''})" if others > 0 else ""
        return f"agreed language of {_where(best)}{more}"
    text = (
        f"{_VERBS.get(best.kind or '', 'takes')} the language of {_where(best)} "
        f"({_percent(best.similarity)} similar)"
    )
    directional = [s for s in best.shifts if s.direction != "neutral"]
    shown = directional or list(best.shifts)
    if shown:
        text += ": " + describe_shift(shown[0])
        if len(shown) > 1:
            text += f" (+{len(shown) - 1} more)"
    return text


def _scope(found: Precedents) -> str:
    limit = (
        f"adopted before {format_date(found.before)}"
        if found.before
        else "adopted (no date limit: the draft is undated)"
    )
    if found.limited_by_symbol:
        # The limit an undated draft's symbol gave (S/RES/226 (1966), its date line
        # garbled by the scan), not one the user chose.
        limit += " (the draft is undated: the year of its symbol)"
    texts = "text" if found.documents == 1 else "texts"
    searched = f"{found.documents:,} {texts} {limit} searched in {found.index}"
    files = found.files if found.files is not None else found.documents
    if files != found.documents:
        # Texts as a reader counts them: the files beside them say what was folded and
        # why (a count of files read "124 texts" for 122, the newuser22 trial's).
        folded = found.folded
        named = "; ".join(folded[:3]) + (f"; {len(folded) - 3} more" if len(folded) > 3 else "")
        searched += (
            f" ({files:,} files: {files - found.documents:,} held a text already "
            f"counted, searched once — {named})"
        )
    parts = [searched]
    left = [
        (found.excluded_later, "adopted later"),
        (found.excluded_undated, "undated"),
        (found.excluded_not_adopted, "not adopted texts"),
        (found.excluded_self, "the draft itself"),
    ]
    out = [f"{n:,} {why}" for n, why in left if n]
    if found.undated:
        # Named with why each is undated (the scan's "of 14 October £964"), not counted
        # only: an analyst missing a text there sees which and can date its file.
        k = out.index(f"{found.excluded_undated:,} undated")
        out[k] += f" ({'; '.join(found.undated)})"
    if out:
        parts.append("left out: " + ", ".join(out))
    return "; ".join(parts)


def _counts(found: Precedents) -> str:
    counts = found.counts
    total = len(found.paragraphs)
    return (
        f"{total} paragraphs: {counts['agreed']} agreed language, {counts['adapted']} adapted, "
        f"{counts['new']} new"
    )


def _title(found: Precedents) -> str:
    name = found.draft.symbol or found.draft.name
    return f"Precedents of {name}"


def _draft_line(found: Precedents) -> str:
    facts = []
    if found.draft.symbol and found.draft.symbol != found.draft.name:
        facts.append(found.draft.name)
    if found.draft.status:
        facts.append(found.draft.status)
    if found.draft.date:
        facts.append(f"dated {format_date(found.draft.date)}")
    operative = found.draft.operative
    facts.append(
        f"{found.draft.preamble} preambular and {operative} operative paragraph"
        + ("" if operative == 1 else "s")
    )
    return "; ".join(facts)


def _precedent_line(p: Precedent) -> str:
    date = format_date(p.date) or "undated"
    kind = f" · {p.kind}" if p.kind else ""
    return f"{_where(p)} ({date}) · {_percent(p.similarity)} similar{kind}"


# ---------------------------------------------------------------------------------------
# Text


def render_precedents_text(found: Precedents, *, width: int = 88) -> str:
    """The precedents as plain text (wdiff-style redlines, ``[-old-] {+new+}``)."""

    def wrap(text: str, indent: str, rest: str | None = None) -> list[str]:
        return wrap_words(text, width, indent, rest)

    heading = _title(found)
    lines = [heading, "=" * min(len(heading), width)]
    lines += wrap(_draft_line(found), "")
    lines += wrap(_scope(found) + ".", "")
    lines += wrap(_counts(found) + ".", "")
    for p in found.paragraphs:
        lines.append("")
        lines += wrap(f"{p.ref:<6}{verdict_phrase(p)}", "", "      ")
        if p.status == "agreed":
            for q in p.precedents[1:]:
                lines += wrap(f"also {_where(q)} ({format_date(q.date) or 'undated'})", "      ")
            continue
        if p.status == "new":
            continue
        best = p.precedents[0]
        for shift in best.shifts:
            lines += wrap(f"- {describe_shift(shift)}", "      ", "        ")
        if best.redline:
            lines += wrap(redline_text(best.redline), "      ")
        for q in p.precedents[1:]:
            lines += wrap(f"also {_precedent_line(q)}", "      ", "        ")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# Markdown


def _cell(text: str) -> str:
    return escape_md(text).replace("\n", " ")


def render_precedents_markdown(found: Precedents) -> str:
    """The precedents in GitHub-flavoured Markdown: one table row per paragraph, then the
    redlines of the adapted paragraphs against their best precedent."""
    lines = [f"# {escape_md(_title(found))}", ""]
    lines += [_cell(_draft_line(found)) + ".", "", _cell(_scope(found)) + ".", ""]
    lines += [_cell(_counts(found)) + ".", ""]
    lines += ["| Ref | Status | Precedent | Similar | Verdict |", "|---|---|---|---|---|"]
    for p in found.paragraphs:
        best = p.precedents[0] if p.precedents else None
        lines.append(
            f"| {_cell(p.ref)} | {_STATUS_WORDS[p.status]} | "
            f"{_cell(_where(best)) if best else '—'} | "
            f"{_percent(best.similarity) if best else '—'} | {_cell(verdict_phrase(p))} |"
        )
    adapted = found.with_status("adapted")
    if adapted:
        lines += ["", "## Adapted paragraphs against their best precedent", ""]
        for p in adapted:
            best = p.precedents[0]
            lines += [f"### {escape_md(p.ref)} ← {escape_md(_precedent_line(best))}", ""]
            lines += [f"- {_cell(describe_shift(s))}" for s in best.shifts]
            if best.shifts:
                lines.append("")
            lines += ["> " + redline_md(best.redline), ""]
            for q in p.precedents[1:]:
                lines.append(f"- also {_cell(_precedent_line(q))}")
            if len(p.precedents) > 1:
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------------------------
# HTML


def _anchor(ref: str, k: int) -> str:
    return f"prec-{ref}-{k}"


def _paragraph_html(p: ParagraphPrecedents) -> str:
    status = badge(_STATUS_WORDS[p.status], _STATUS_BADGE[p.status])
    kind = ""
    if p.status == "adapted":
        best = p.precedents[0]
        kind = " " + badge(best.kind, f"k-{best.kind}") if best.kind else ""
    links = "".join(
        f'<li><a href="#{e(_anchor(p.ref, k))}">{e(_precedent_line(q))}</a></li>'
        for k, q in enumerate(p.precedents)
    )
    more = ""
    if p.status == "agreed" and p.agreed_count > len(p.precedents):
        more = (
            f'<span class="sub">and {p.agreed_count - len(p.precedents)} more earlier texts</span>'
        )
    text = (
        f'<p class="text">{redline_html(p.precedents[0].redline)}</p>'
        if p.status == "adapted" and p.precedents[0].redline
        else f'<p class="text">{e(p.text)}</p>'
    )
    return (
        f'<tr id="draft-{e(p.ref)}"><th scope="row">{e(p.ref)}</th>'
        f'<td>{status}{kind}<span class="sub">{e(verdict_phrase(p))}</span>'
        f'<ul class="plain">{links}</ul>{more}</td><td>{text}</td></tr>'
    )


def _precedents_html(p: ParagraphPrecedents) -> str:
    items = []
    for k, q in enumerate(p.precedents):
        shifts = "".join(f"<li>{e(describe_shift(s))}</li>" for s in q.shifts)
        items.append(
            f'<div id="{e(_anchor(p.ref, k))}"><h3>{e(p.ref)} ← {e(_precedent_line(q))}</h3>'
            + (f'<ul class="plain">{shifts}</ul>' if shifts else "")
            + f'<p class="text">{e(q.text)}</p>'
            + f'<p><a href="#draft-{e(p.ref)}">back to {e(p.ref)}</a></p></div>'
        )
    return "".join(items)


def render_precedents_html(found: Precedents, *, title: str | None = None) -> str:
    """One self-contained HTML page: the draft paragraph by paragraph, each marked by
    status with links to its precedents, the redline against the best; then the text of
    every precedent shown."""
    rows = "".join(_paragraph_html(p) for p in found.paragraphs)
    draft = (
        '<section class="card" aria-labelledby="draft-h">'
        '<h2 id="draft-h">The draft, paragraph by paragraph</h2>'
        f'<p class="muted">{e(_counts(found))}. {e(_scope(found))}. Adapted paragraphs show '
        "the redline from their best precedent: struck words were in it, underlined words "
        "are the draft's own.</p>"
        '<div class="scroll"><table><thead><tr><th scope="col">Ref</th>'
        '<th scope="col">Status and precedents</th><th scope="col">Text</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )
    shown = "".join(_precedents_html(p) for p in found.paragraphs if p.precedents)
    appendix = (
        '<section class="card" aria-labelledby="prec-h">'
        '<h2 id="prec-h">The precedents</h2>'
        '<p class="muted">Each precedent as adopted, with the verdict of the draft '
        f"paragraph against it.</p>{shown}</section>"
        if shown
        else ""
    )
    return page(
        title=title if title is not None else f"{_title(found)} — resdiff",
        eyebrow="Precedents: agreed, adapted and new language",
        heading=_title(found),
        body=draft + "\n" + appendix,
        footer=f"Produced by resdiff from {found.index}. {_draft_line(found)}.",
    )


# ---------------------------------------------------------------------------------------
# Word: written with the standard library alone. Words changed from the best precedent are
# struck through and underlined as formatting, not tracked changes: the report annotates
# one draft against many earlier texts, so there is no one document to accept them into.

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
# Characters XML 1.0 forbids, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The custom document property naming the file a precedents report (see
#: :data:`resdiff.model.REPORT_PROPERTY`).
_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
    f'name="{REPORT_PROPERTY}"><vt:lpwstr>precedents</vt:lpwstr></property></Properties>'
)


def _x(text: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", text))


def _run(
    text: str,
    *,
    bold: bool = False,
    strike: bool = False,
    underline: bool = False,
    size: int | None = None,
) -> str:
    props = ""
    if bold:
        props += "<w:b/>"
    if strike:
        props += "<w:strike/>"
    if underline:
        props += '<w:u w:val="single"/>'
    if size:
        props += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r>'


def _para(runs: str, style: str | None = None) -> str:
    ppr = f"<w:pPr><w:pStyle w:val={quoteattr(style)}/></w:pPr>" if style else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def _redline_runs(redline: Redline) -> str:
    runs: list[str] = []
    prev: tuple[int, str] | None = None
    for op, text in segments(redline):
        if needs_gap(prev, op, text):
            runs.append(_run(" "))
        runs.append(_run(text, strike=op == DELETE, underline=op not in (EQUAL, DELETE)))
        prev = (op, text)
    return "".join(runs)


def _paragraph(p: ParagraphPrecedents) -> list[str]:
    out = [_para(_run(f"{p.ref}  ", bold=True) + _run(verdict_phrase(p)), "Heading2")]
    if p.status == "adapted" and p.precedents[0].redline:
        best = p.precedents[0]
        out.append(_para(_redline_runs(best.redline)))
        out += [_para(_run("• " + describe_shift(s))) for s in best.shifts]
    else:
        out.append(_para(_run(p.text)))
    for q in p.precedents[1 if p.status == "adapted" else 0 :]:
        when = format_date(q.date) or "undated"
        out.append(
            _para(
                _run(
                    f"Precedent: {q.symbol or q.name} {q.ref} ({when}), "
                    f"{int(q.similarity * 100)}% similar" + (f", {q.kind}" if q.kind else ""),
                    size=18,
                )
            )
        )
    return out


def render_precedents_docx(found: Precedents) -> bytes:
    """The report as the bytes of a ``.docx`` file."""
    # Here, not at the top: the Word renderer's package is read only for a Word report.
    from .docx.package import zipped

    head = render_precedents_text(found).split("\n\n", 1)[0].splitlines()
    body = [_para(_run(head[0]), "Title")]
    body += [_para(_run(line)) for line in head[2:]]
    for p in found.paragraphs:
        body += _paragraph(p)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{_W}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/></w:pPr>'
        '<w:rPr><w:sz w:val="22"/></w:rPr></w:style></w:styles>'
    )
    parts = [
        (
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{_CT}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
            '<Override PartName="/docProps/custom.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.custom-properties+xml"/>'
            "</Types>",
        ),
        (
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_RELS}">'
            f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" '
            'Target="word/document.xml"/>'
            f'<Relationship Id="rId2" Type="{_OFFICE_RELS}/custom-properties" '
            'Target="docProps/custom.xml"/></Relationships>',
        ),
        (
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{_PKG_RELS}">'
            f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/styles" Target="styles.xml"/>'
            "</Relationships>",
        ),
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        # Says what the file is, so that `resdiff parse` of it warns: it is no draft.
        ("docProps/custom.xml", _CUSTOM),
    ]
    return zipped(parts)


def render_precedents(found: Precedents, fmt: PrecedentFormat = "text") -> str | bytes:
    """The report in ``fmt``: ``text``, ``md`` (``markdown``), ``html``, ``json`` (the
    ``resdiff.precedents/3`` contract) or ``docx`` (bytes of a Word file)."""
    if fmt == "json":
        return found.model_dump_json(indent=2, by_alias=True)
    if fmt in ("md", "markdown"):
        return render_precedents_markdown(found)
    if fmt == "html":
        return render_precedents_html(found)
    if fmt == "docx":
        return render_precedents_docx(found)
    return render_precedents_text(found)


# Precedents.__str__ and _repr_html_ find these through the display hooks.
register("precedents_text", render_precedents_text)


# The notebook shows the page as a fragment whose styles stay inside it.
register("precedents_html", fragment_of(render_precedents_html))
