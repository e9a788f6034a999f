"""The package builder: :class:`WordDocument`, a Word package under construction (lists,
styles, paragraphs with tracked changes, comments and footnotes, tables, a first-page
header), written as its parts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from .markup import (
    _AUTHOR,
    _DATE,
    _DECL,
    _R,
    _W,
    _WML,
    Change,
    Level,
    Props,
    Run,
    _a,
    _num_pr,
    _Style,
    _x,
)
from .package import _rels, package


class WordDocument:
    """A Word package under construction: lists, styles, paragraphs (with tracked changes,
    comments and footnotes), tables and a first-page header; :meth:`to_bytes` writes it."""

    def __init__(self) -> None:
        self._abstracts: list[tuple[str, Sequence[Level]]] = []
        self._nums: list[tuple[str, str, dict[int, int]]] = []
        self._styles: list[_Style] = [
            # Space after every paragraph, as UN documents print them: in a PDF made from
            # the package, paragraphs stand apart.
            _Style("Normal", default=True, ppr='<w:spacing w:after="160"/>'),
            _Style(
                "Heading",
                based_on="Normal",
                ppr='<w:keepNext/><w:spacing w:before="240"/>',
                rpr="<w:b/>",
            ),
            _Style(
                "Preambular",
                based_on="Normal",
                ppr='<w:ind w:firstLine="567"/><w:jc w:val="both"/>',
            ),
            _Style("Operative", based_on="Normal", ppr='<w:jc w:val="both"/>'),
            _Style("FootnoteText", rpr='<w:sz w:val="18"/>'),
            _Style("FootnoteReference", kind="character", rpr='<w:vertAlign w:val="superscript"/>'),
        ]
        self._body: list[str] = []
        self._header: list[str] = []
        self._comments: list[str] = []
        self._footnotes: list[str] = []
        self._revision = 0
        #: The columns the body is set in (``w:cols``): a draft printed in two columns.
        self.columns = 1

    # -- definitions -------------------------------------------------------------------

    def add_abstract(self, levels: Sequence[Level]) -> str:
        """A list definition (``w:abstractNum``) with these levels (level 0 first)."""
        abstract_id = str(len(self._abstracts))
        self._abstracts.append((abstract_id, tuple(levels)))
        return abstract_id

    def add_num(self, abstract: str, *, starts: Mapping[int, int] | None = None) -> str:
        """A list instance (``w:num``) of ``abstract``; ``starts`` restarts levels at a
        value (``lvlOverride``/``startOverride``) the first time the instance is used."""
        num_id = str(len(self._nums) + 1)
        self._nums.append((num_id, abstract, dict(starts or {})))
        return num_id

    def add_style(
        self,
        style_id: str,
        *,
        num: str | None = None,
        level: int | None = None,
        based_on: str | None = None,
        default: bool = False,
        kind: Literal["paragraph", "numbering"] = "paragraph",
    ) -> str:
        """A paragraph style (or list style), with the numbering it gives its paragraphs."""
        if default:
            for style in self._styles:
                style.default = style.default and style.kind != "paragraph"
        self._styles.append(_Style(style_id, kind, num, level, based_on, default=default))
        return style_id

    # -- content ------------------------------------------------------------------------

    def _attrs(self, author: str | None = None) -> str:
        self._revision += 1
        who = _a(author if author is not None else _AUTHOR)
        return f' w:id="{self._revision}" w:author={who} w:date="{_DATE}"'

    def _runs(self, runs: Iterable[str | Run]) -> str:
        out: list[str] = []
        for item in runs:
            run = Run(item) if isinstance(item, str) else item
            out.append(self._run(run))
        return "".join(out)

    def _run(self, run: Run) -> str:
        tag = "w:delText" if run.change == "del" else "w:t"
        body = "".join(
            f'<w:r><{tag} xml:space="preserve">{_x(piece)}</{tag}></w:r>'
            if piece != "\n"
            else "<w:r><w:br/></w:r>"
            for piece in re.split(r"(\n)", run.text)
            if piece
        )
        if run.footnote is not None:
            note_id = len(self._footnotes) + 1
            self._footnotes.append(
                f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
                f"{_x(run.footnote)}</w:t></w:r></w:p></w:footnote>"
            )
            if run.footnote_mark is None:
                body += (
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:footnoteReference w:id="{note_id}"/></w:r>'
                )
            else:
                # A mark the document prints itself, in the run after the reference.
                body += (
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/></w:r>'
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f"<w:t>{_x(run.footnote_mark)}</w:t></w:r>"
                )
        if run.comment is not None:
            cid = len(self._comments)
            self._comments.append(
                f'<w:comment w:id="{cid}" w:author="{_AUTHOR}" w:date="{_DATE}" '
                f'w:initials="RT"><w:p><w:r><w:t xml:space="preserve">{_x(run.comment)}'
                "</w:t></w:r></w:p></w:comment>"
            )
            body = (
                f'<w:commentRangeStart w:id="{cid}"/>{body}<w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:commentReference w:id="{cid}"/></w:r>'
            )
        if run.change is None:
            return body
        if run.change in ("moveFrom", "moveTo"):
            rid = self._attrs(run.author)
            name = _a(run.move)
            return (
                f"<w:{run.change}RangeStart{rid} w:name={name}/>"
                f"<w:{run.change}{self._attrs(run.author)}>{body}</w:{run.change}>"
                f'<w:{run.change}RangeEnd w:id="{self._revision - 1}"/>'
            )
        return f"<w:{run.change}{self._attrs(run.author)}>{body}</w:{run.change}>"

    def paragraph_xml(
        self,
        *runs: str | Run,
        style: str | None = None,
        num: str | None = None,
        level: int | None = None,
        mark: Change | None = None,
        was: Props | None = None,
        numbering_inserted: bool = False,
        legacy_label: str | None = None,
    ) -> str:
        """A ``w:p`` (not added to the body): see :meth:`paragraph`."""
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{_x(style)}"/>'
        numbering = _num_pr(num, level, inserted_numbering=numbering_inserted)
        if legacy_label is not None and numbering:
            change = (
                f'<w:numberingChange w:id="{self._revision + 1}" w:author="{_AUTHOR}" '
                f'w:date="{_DATE}" w:original={_a(legacy_label)}/>'
            )
            self._revision += 1
            numbering = numbering.replace("</w:numPr>", f"{change}</w:numPr>")
        ppr += numbering
        if mark is not None:
            ppr += f"<w:rPr><w:{mark}{self._attrs()}/></w:rPr>"
        if was is not None:
            old = f'<w:pStyle w:val="{_x(was.style)}"/>' if was.style else ""
            old += _num_pr(was.num, was.level)
            ppr += f"<w:pPrChange{self._attrs()}><w:pPr>{old}</w:pPr></w:pPrChange>"
        head = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{head}{self._runs(runs)}</w:p>"

    def paragraph(
        self,
        *runs: str | Run,
        style: str | None = None,
        num: str | None = None,
        level: int | None = None,
        mark: Change | None = None,
        was: Props | None = None,
        numbering_inserted: bool = False,
        legacy_label: str | None = None,
    ) -> None:
        """Add a paragraph of ``runs`` (strings are plain text). ``num`` and ``level`` number
        it (``w:numPr``); ``mark`` tracks its paragraph mark as inserted, deleted or moved
        (an inserted mark splits a paragraph in two, a deleted one joins it to the next);
        ``was`` records the properties it had before a tracked formatting change;
        ``numbering_inserted`` marks its numbering as added by a tracked change;
        ``legacy_label`` writes an old-style ``w:numberingChange`` with that original
        label (``"%1:3:0:."`` for "3.")."""
        self._body.append(
            self.paragraph_xml(
                *runs,
                style=style,
                num=num,
                level=level,
                mark=mark,
                was=was,
                numbering_inserted=numbering_inserted,
                legacy_label=legacy_label,
            )
        )

    def table(self, rows: Sequence[Sequence[str | Sequence[str]]]) -> None:
        """Add a table; each cell is a text or a sequence of texts (one paragraph each)."""
        columns = max((len(row) for row in rows), default=1)
        grid = "".join('<w:gridCol w:w="4500"/>' for _ in range(columns))
        out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
        out.append(f"<w:tblGrid>{grid}</w:tblGrid>")
        for row in rows:
            out.append("<w:tr>")
            for cell in row:
                texts = [cell] if isinstance(cell, str) else list(cell)
                paras = "".join(self.paragraph_xml(t) for t in texts) or "<w:p/>"
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{paras}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._body.append("".join(out))

    def header(self, *texts: str) -> None:
        """Give the first page a header of its own holding these paragraphs (UN templates
        print the masthead there)."""
        self._header = [self.paragraph_xml(t) for t in texts]

    def raw(self, xml: str) -> None:
        """Add body XML as is (for edge cases the other methods do not make)."""
        self._body.append(xml)

    # -- the package ----------------------------------------------------------------------

    def _numbering_xml(self) -> str:
        abstracts = []
        for abstract_id, levels in self._abstracts:
            lvls = []
            for k, level in enumerate(levels):
                restart = (
                    f'<w:lvlRestart w:val="{level.restart}"/>' if level.restart is not None else ""
                )
                linked = f'<w:pStyle w:val="{_x(level.style)}"/>' if level.style else ""
                indent = 567 * (k + 1)
                lvls.append(
                    f'<w:lvl w:ilvl="{k}"><w:start w:val="{level.start}"/>'
                    f'<w:numFmt w:val="{level.fmt}"/>{restart}{linked}'
                    f"<w:lvlText w:val={_a(level.text)}/>"
                    '<w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{indent}" w:hanging="567"/></w:pPr></w:lvl>'
                )
            abstracts.append(
                f'<w:abstractNum w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
            )
        nums = []
        for num_id, abstract, starts in self._nums:
            overrides = "".join(
                f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
                for lvl, value in sorted(starts.items())
            )
            nums.append(
                f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                f"{overrides}</w:num>"
            )
        return f'{_DECL}<w:numbering xmlns:w="{_W}">{"".join(abstracts + nums)}</w:numbering>'

    def _styles_xml(self) -> str:
        out = []
        for style in self._styles:
            default = ' w:default="1"' if style.default else ""
            based = f'<w:basedOn w:val="{_x(style.based_on)}"/>' if style.based_on else ""
            ppr = style.ppr + _num_pr(style.num, style.level)
            body = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
            if style.rpr:
                body += f"<w:rPr>{style.rpr}</w:rPr>"
            out.append(
                f'<w:style w:type="{style.kind}"{default} w:styleId="{_x(style.style_id)}">'
                f'<w:name w:val="{_x(style.style_id)}"/>{based}{body}</w:style>'
            )
        defaults = (
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
            'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="22"/>'
            '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
            '<w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>'
        )
        return f'{_DECL}<w:styles xmlns:w="{_W}">{defaults}{"".join(out)}</w:styles>'

    def parts(self) -> dict[str, str]:
        """The package's parts by name, as XML text (tests change or drop some)."""
        rels = [("styles", "styles.xml"), ("numbering", "numbering.xml")]
        rels.append(("settings", "settings.xml"))
        overrides = {
            "/word/document.xml": f"{_WML}.document.main+xml",
            "/word/styles.xml": f"{_WML}.styles+xml",
            "/word/numbering.xml": f"{_WML}.numbering+xml",
            "/word/settings.xml": f"{_WML}.settings+xml",
        }
        parts: dict[str, str] = {}
        sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
        sect += 'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
        sect += 'w:gutter="0"/>'
        if self._header:
            rels.append(("header", "header1.xml"))
            overrides["/word/header1.xml"] = f"{_WML}.header+xml"
            parts["word/header1.xml"] = (
                f'{_DECL}<w:hdr xmlns:w="{_W}" xmlns:r="{_R}">{"".join(self._header)}</w:hdr>'
            )
            sect += f'<w:headerReference w:type="first" r:id="rId{len(rels)}"/><w:titlePg/>'
        if self.columns > 1:
            sect += f'<w:cols w:num="{self.columns}" w:space="567"/>'
        sect += "</w:sectPr>"
        settings = '<w:defaultTabStop w:val="567"/>'
        if self._comments:
            rels.append(("comments", "comments.xml"))
            overrides["/word/comments.xml"] = f"{_WML}.comments+xml"
            parts["word/comments.xml"] = (
                f'{_DECL}<w:comments xmlns:w="{_W}">{"".join(self._comments)}</w:comments>'
            )
        if self._footnotes:
            rels.append(("footnotes", "footnotes.xml"))
            overrides["/word/footnotes.xml"] = f"{_WML}.footnotes+xml"
            separators = (
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
            )
            parts["word/footnotes.xml"] = (
                f'{_DECL}<w:footnotes xmlns:w="{_W}">{separators}'
                f"{''.join(self._footnotes)}</w:footnotes>"
            )
            settings += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        parts["word/document.xml"] = (
            f'{_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
            f"{''.join(self._body)}{sect}</w:body></w:document>"
        )
        parts["word/styles.xml"] = self._styles_xml()
        parts["word/numbering.xml"] = self._numbering_xml()
        parts["word/settings.xml"] = f'{_DECL}<w:settings xmlns:w="{_W}">{settings}</w:settings>'
        parts["word/_rels/document.xml.rels"] = _rels(
            [(f"{_R}/{kind}", target) for kind, target in rels]
        )
        parts["_rels/.rels"] = _rels([(f"{_R}/officeDocument", "word/document.xml")])
        items = "".join(
            f'<Override PartName="{name}" ContentType="{kind}"/>'
            for name, kind in overrides.items()
        )
        parts["[Content_Types].xml"] = (
            f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f"{items}</Types>"
        )
        return parts

    def to_bytes(self) -> bytes:
        """The ``.docx`` package."""
        return package(self.parts())
