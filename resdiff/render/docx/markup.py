"""WordprocessingML written as text: the namespaces, text escaped for XML, runs and
paragraphs.

The report is written with the standard library alone, as strings. A character XML 1.0
cannot hold is written as its Unicode control picture (:func:`_x`), so that nothing of a
draft is dropped unseen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CUSTOM_PROPERTIES = "application/vnd.openxmlformats-officedocument.custom-properties"

# Characters XML 1.0 cannot hold at all; a draft's text should never contain them, but a
# valid package matters more than a stray control character. Each is written as its
# Unicode control picture ("\x1b" as "␛", a non-character as "�") so the reader of the
# report sees that something stood there: nothing of the draft is dropped unseen.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_PICTURES = {
    **{code: 0x2400 + code for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))},
    0xFFFE: 0xFFFD,
    0xFFFF: 0xFFFD,
}

_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _x(text: str) -> str:
    if _INVALID_XML.search(text):
        text = text.translate(_CONTROL_PICTURES)
    return escape(text)


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("", text))


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
