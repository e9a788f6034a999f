"""The package's other parts: content types, relationships, settings, and the document
properties (core, application, and the custom properties naming each draft's kind).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from ...model import Comparison
from .._common import comparison_title
from .markup import _CT, _CUSTOM_PROPERTIES, _PKG_RELS, _W, _WML, _XML_DECL, _a, _x

# Zip entries get a fixed timestamp so that the same comparison and date give the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def zipped(parts: Iterable[tuple[str, str]]) -> bytes:
    """The bytes of a Word package of ``parts`` (each a name and its XML), in that order,
    deflated, every entry at the same fixed time: the same parts give the same bytes (the
    comparison's report and the precedents report alike)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


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


def _content_types(custom: bool) -> str:
    overrides = {
        "/word/document.xml": f"{_WML}.document.main+xml",
        "/word/styles.xml": f"{_WML}.styles+xml",
        "/word/settings.xml": f"{_WML}.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        ),
    }
    if custom:
        overrides["/docProps/custom.xml"] = f"{_CUSTOM_PROPERTIES}+xml"
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
    title = f"{comparison_title(cmp)}: comparison"
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


#: The custom document properties naming what each draft is (a draft, a resolution, a
#: presidential statement), which resdiff's Word reader gives back as the drafts' kind.
KIND_PROPERTIES = {"old": "resdiff old kind", "new": "resdiff new kind"}
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives every user-defined property.
_USER_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def _custom_xml(cmp: Comparison) -> str | None:
    """The drafts' kinds, symbols, dates (ISO), statuses and sponsors (one per line) as
    custom document properties (Word lists them under File > Properties), so that reading
    the report back gives the comparison back (a spent deadline is told by the new
    draft's date); ``None`` when none is known."""
    values: list[tuple[str, str | None]] = []
    for role, info in (("old", cmp.old), ("new", cmp.new)):
        values.append((KIND_PROPERTIES[role], info.kind))
        values += [
            (f"resdiff {role} symbol", info.symbol),
            (f"resdiff {role} date", info.date.isoformat() if info.date else None),
            (f"resdiff {role} status", info.status),
            (f"resdiff {role} sponsors", "\n".join(info.sponsors) or None),
        ]
    props = "".join(
        f'<property fmtid="{_USER_FMTID}" pid="{pid}" name={_a(name)}>'
        f"<vt:lpwstr>{_x(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(((n, v) for n, v in values if v), 2)
    )
    if not props:
        return None
    return f'{_XML_DECL}<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{props}</Properties>'


def _app_xml() -> str:
    return (
        f"{_XML_DECL}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>resdiff</Application></Properties>"
    )
