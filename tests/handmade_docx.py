"""A small hand-made WordprocessingML writer for the tests of Word files as delegations
send them (``test_docx_constructs.py``): strings and :mod:`zipfile`, no code shared with the
reader or with :mod:`resdiff.testing.wordfile`, so that each construct is written in the
form Word writes it (runs, tracked insertions and deletions with authors and dates,
moves with their range marks, paragraph-mark changes, numbering, notes, comments).
"""

# ruff: noqa: E501 (WordprocessingML is written out whole, as Word writes it)
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
)
_id = [100]
DATE = ' w:date="2024-03-01T10:00:00Z"'


def nid() -> int:
    _id[0] += 1
    return _id[0]


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def dr(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'


def ins(*runs: str, author: str = "France") -> str:
    return f'<w:ins w:id="{nid()}" w:author="{author}"{DATE}>{"".join(runs)}</w:ins>'


def dele(*runs: str, author: str = "China") -> str:
    return f'<w:del w:id="{nid()}" w:author="{author}"{DATE}>{"".join(runs)}</w:del>'


def added(text: str, author: str = "France") -> str:
    """A run of ``text`` inserted by ``author``."""
    return ins(r(text), author=author)


def gone(text: str, author: str = "China") -> str:
    """A run of ``text`` deleted by ``author``."""
    return dele(dr(text), author=author)


def mark(kind: str, author: str = "France") -> str:
    return f'<w:{kind} w:id="{nid()}" w:author="{author}"{DATE}/>'


def p(
    *content: str,
    num: tuple[str, int] | None = None,
    mk: str | None = None,
    ppr_extra: str = "",
    change: str | None = None,
    style: str | None = None,
) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += ppr_extra
    if mk:
        ppr += f"<w:rPr>{mk}</w:rPr>"
    if change is not None:
        ppr += f'<w:pPrChange w:id="{nid()}" w:author="Japan"{DATE}><w:pPr>{change}</w:pPr></w:pPrChange>'
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(content)}</w:p>"


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="OP"><w:name w:val="Operative"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
</w:styles>"""


def notes(kind: str, items: dict[str, str]) -> str:
    body = "".join(
        f'<w:{kind} w:id="{k}"><w:p><w:r><w:{kind}Ref/></w:r>{v}</w:p></w:{kind}>'
        for k, v in items.items()
    )
    sep = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {NS}>{sep}{body}</w:{kind}s>'


def comments(items: dict[str, str]) -> str:
    body = "".join(
        f'<w:comment w:id="{k}" w:author="Russia"{DATE}><w:p>{r(v)}</w:p></w:comment>'
        for k, v in items.items()
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{body}</w:comments>'


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx(
    body: str,
    *,
    footnotes: dict[str, str] | None = None,
    comment: dict[str, str] | None = None,
    extra_rels: str = "",
    endnotes: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
) -> bytes:
    parts: dict[str, str | bytes] = {}
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    ]
    rels = [
        f'<Relationship Id="rIdN" Type="{REL}/numbering" Target="numbering.xml"/>',
        f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdH" Type="{REL}/hyperlink" Target="https://undocs.org/S/2024/1" TargetMode="External"/>',
    ]
    if footnotes is not None:
        parts["word/footnotes.xml"] = notes("footnote", footnotes)
        overrides.append(
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        )
        rels.append(f'<Relationship Id="rIdF" Type="{REL}/footnotes" Target="footnotes.xml"/>')
    if endnotes is not None:
        parts["word/endnotes.xml"] = notes("endnote", endnotes)
        overrides.append(
            '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
        )
        rels.append(f'<Relationship Id="rIdE" Type="{REL}/endnotes" Target="endnotes.xml"/>')
    if comment is not None:
        parts["word/comments.xml"] = comments(comment)
        overrides.append(
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        )
        rels.append(f'<Relationship Id="rIdC" Type="{REL}/comments" Target="comments.xml"/>')
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + extra_rels
        + "</Relationships>"
    )
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    )
    parts["word/numbering.xml"] = NUMBERING
    parts["word/styles.xml"] = STYLES
    for name in drop:
        parts.pop(name, None)
    parts.update(replace or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()
