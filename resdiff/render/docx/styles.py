"""The report's styles: the names the tracked text uses (clauses, the drafts' headings,
clause labels) and ``styles.xml``, which defines them with the report's own styles
(title, headings, notes, tables).
"""

from __future__ import annotations

from ..html import PALETTE
from .markup import _W, _XML_DECL

#: Paragraph style of a clause by section and depth (0 paragraph, 1 sub-paragraph, ...).
CLAUSE_STYLES: dict[tuple[str, int], str] = {
    ("preamble", 0): "Preambular",
    ("operative", 0): "Operative",
    ("preamble", 1): "Subparagraph",
    ("operative", 1): "Subparagraph",
    ("preamble", 2): "Subsubparagraph",
    ("operative", 2): "Subsubparagraph",
}

#: Paragraph style of the drafts' own headings ("Political process") in the tracked text.
HEADING_STYLE = "DraftHeading"

#: Paragraph styles of an annex's title line and its other lines, and of the drafts'
#: footnotes, written after the operative part (:mod:`.annexes`).
ANNEX_TITLE_STYLE = "AnnexTitle"
ANNEX_STYLE = "AnnexText"
FOOTNOTE_STYLE = "DraftFootnote"
#: The prefixes of the hidden bookmarks opening each draft's annexes ("_rdoX1", "_rdnX1").
ANNEX_BOOKMARKS = {"old": "_rdoX", "new": "_rdnX"}

#: Character style of the paragraph numbers ("1.", "(a)") at the start of clauses.
LABEL_STYLE = "ClauseLabel"


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
            "Formula",
            "Enacting formula",
            '<w:keepNext/><w:spacing w:after="120"/><w:ind w:firstLine="567"/>',
            "<w:i/>",
        ),
        _pstyle(
            "Preambular",
            "Preambular paragraph",
            '<w:spacing w:after="120"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>',
        ),
        _pstyle("Operative", "Operative paragraph", _hanging(567)),
        _pstyle(
            HEADING_STYLE,
            "Draft heading",
            '<w:keepNext/><w:spacing w:before="200" w:after="120"/>',
            '<w:u w:val="single"/>',
        ),
        _pstyle(
            ANNEX_TITLE_STYLE,
            "Annex title",
            '<w:keepNext/><w:spacing w:before="360" w:after="120"/><w:jc w:val="center"/>',
            "<w:b/>",
        ),
        _pstyle(ANNEX_STYLE, "Annex text", '<w:spacing w:after="120"/><w:jc w:val="both"/>'),
        _pstyle(
            FOOTNOTE_STYLE,
            "Draft footnote",
            '<w:spacing w:after="60"/><w:ind w:left="567" w:hanging="567"/>',
            '<w:sz w:val="20"/>',
        ),
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
