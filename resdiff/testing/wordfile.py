"""Word packages for tests and benchmarks: a draft as a real ``.docx``, and a small builder
for packages with tracked changes, comments and footnotes.

This is a testing tool of the library (:mod:`resdiff.testing`), used by the test suite and
``benchmarks/formats.py`` to check the Word reader (:mod:`resdiff.read.docx`) against
drafts whose structure is known. It writes the package with the standard library alone
(``zipfile`` and XML strings) and none of the Word reader's code.

:func:`draft_to_docx` writes a :class:`~resdiff.model.Draft` with **real automatic
numbering** — numbering definitions in ``numbering.xml`` and ``w:numPr`` on the
paragraphs, never a typed label: operative paragraphs are level 0 of one list ("1."),
their sub-paragraphs levels 1 and 2 of the same list ("(a)", "(i)"); other label families
("(1)", "a.", "–", "(A)") get lists of their own, restarted where the draft restarts them.
The enacting formula, preambular paragraphs, headings, annexes, closing lines and
footnotes are plain paragraphs; the masthead is one paragraph of lines (its lines are
printed lines: a sponsors line wraps). Given ``tracked=`` an earlier draft, the package
holds both drafts as tracked changes: rejecting every change gives the earlier draft,
accepting every change the later one, and a paragraph moved unchanged is a tracked move
(``w:moveFrom`` at its old place, ``w:moveTo`` at its new one).

:func:`lines_to_docx` writes a plain text as Word holds it once pasted in line by line
(or a ``.txt`` saved as ``.docx``): a Word paragraph per line, an empty one per blank line.

:class:`WordDocument` builds packages by hand, to make every case a test needs::

    doc = WordDocument()
    ops = doc.add_num(doc.add_abstract([Level("decimal", "%1."), Level("lowerLetter", "(%2)")]))
    doc.paragraph("Recalling its resolutions,")
    doc.paragraph("Decides to ", deleted("consider"), inserted("adopt"), " it;", num=ops)
    doc.paragraph(inserted("a new item;"), num=ops, level=1, mark="ins")  # a new paragraph
    doc.paragraph(commented("Requests", "too strong?"), " the Secretary-General;", num=ops)
    data = doc.to_bytes()
"""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from ..model import Clause, Draft
from ..read.common import is_roman

__all__ = [
    "Change",
    "Level",
    "Props",
    "Run",
    "WordDocument",
    "commented",
    "deleted",
    "draft_to_docx",
    "footnoted",
    "inserted",
    "lines_to_docx",
    "moved_from",
    "moved_to",
    "package",
]

#: A tracked change on a run or a paragraph mark.
Change = Literal["ins", "del", "moveFrom", "moveTo"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_AUTHOR = "resdiff.testing"
_DATE = "2024-01-01T00:00:00Z"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# XML 1.0 cannot hold these at all.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return escape(_INVALID_XML.sub("", text))


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("", text))


# --------------------------------------------------------------------------- building blocks


@dataclass(frozen=True)
class Level:
    """One level of a list definition: number format (``decimal``, ``lowerLetter``,
    ``lowerRoman``, ``upperLetter``, ``upperRoman``, ``bullet``, ``none``), level text
    (``"%1."``, ``"(%2)"``, a bullet character), start value, ``restart`` (``lvlRestart``:
    ``None`` for Word's default, ``0`` never) and a paragraph style linked to the level."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None
    style: str | None = None


@dataclass(frozen=True)
class Run:
    """A piece of paragraph text: plain, or a tracked change (``change``), with a comment
    on it (``comment``) or a footnote after it (``footnote``). Runs of a move share a
    ``move`` name."""

    text: str
    change: Change | None = None
    comment: str | None = None
    footnote: str | None = None
    move: str = "move1"


def inserted(text: str) -> Run:
    """Text inserted as a tracked change (``w:ins``)."""
    return Run(text, "ins")


def deleted(text: str) -> Run:
    """Text deleted as a tracked change (``w:del`` with ``w:delText``)."""
    return Run(text, "del")


def moved_from(text: str, name: str = "move1") -> Run:
    """Text moved away from here (``w:moveFrom``); its new place is :func:`moved_to` with
    the same ``name``."""
    return Run(text, "moveFrom", move=name)


def moved_to(text: str, name: str = "move1") -> Run:
    """Text moved here (``w:moveTo``) from the :func:`moved_from` of the same ``name``."""
    return Run(text, "moveTo", move=name)


def commented(text: str, comment: str) -> Run:
    """Text with a Word comment on it."""
    return Run(text, comment=comment)


def footnoted(text: str, note: str) -> Run:
    """Text followed by an automatically numbered footnote holding ``note``."""
    return Run(text, footnote=note)


@dataclass(frozen=True)
class Props:
    """Paragraph properties a tracked formatting change replaced (``w:pPrChange``): the
    style and the numbering (``num`` id and ``level``) the paragraph had before."""

    style: str | None = None
    num: str | None = None
    level: int | None = None


@dataclass
class _Style:
    style_id: str
    kind: str = "paragraph"
    num: str | None = None
    level: int | None = None
    based_on: str | None = None
    ppr: str = ""
    rpr: str = ""
    default: bool = False


def _num_pr(num: str | None, level: int | None, *, inserted_numbering: bool = False) -> str:
    if num is None and level is None:
        return ""
    out = "<w:numPr>"
    if level is not None:
        out += f'<w:ilvl w:val="{level}"/>'
    if num is not None:
        out += f'<w:numId w:val="{num}"/>'
    if inserted_numbering:
        out += f'<w:ins w:id="0" w:author="{_AUTHOR}" w:date="{_DATE}"/>'
    return out + "</w:numPr>"


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

    def _attrs(self) -> str:
        self._revision += 1
        return f' w:id="{self._revision}" w:author="{_AUTHOR}" w:date="{_DATE}"'

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
            body += (
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r>'
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
            rid = self._attrs()
            name = _a(run.move)
            return (
                f"<w:{run.change}RangeStart{rid} w:name={name}/>"
                f"<w:{run.change}{self._attrs()}>{body}</w:{run.change}>"
                f'<w:{run.change}RangeEnd w:id="{self._revision - 1}"/>'
            )
        return f"<w:{run.change}{self._attrs()}>{body}</w:{run.change}>"

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


def _rels(targets: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, 1)
    )
    return f'{_DECL}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def package(parts: Mapping[str, str | bytes]) -> bytes:
    """A ZIP package of these parts (deflated, fixed timestamps: same parts, same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def lines_to_docx(text: str, *, indent: bool = True) -> bytes:
    """A plain text as Word holds it once the text is pasted into Word or a ``.txt`` is
    saved as ``.docx``: each line one Word paragraph, each blank line an empty one, no
    numbering. ``indent=False`` drops the spaces that open a line, as a paste from a
    PDF does (the PDF sets its indents by position, not with spaces)."""
    doc = WordDocument()
    # Lines end at line feeds only: a form feed (a page break in a .txt) becomes a page
    # break inside its paragraph, which stands between words as a space does.
    for line in text.replace("\f", " ").rstrip("\n").split("\n"):
        line = line.rstrip()
        doc.paragraph(*([line if indent else line.lstrip()] if line.strip() else []))
    return doc.to_bytes()


# --------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class _Family:
    """How a list's labels look: ``prefix`` + number in ``fmt`` + ``suffix`` ("(" lowerLetter
    ")" for "(a)"); for bullets ``fmt`` is ``bullet`` and ``prefix`` the bullet."""

    prefix: str
    fmt: str
    suffix: str

    def level(self, k: int) -> Level:
        if self.fmt == "bullet":
            return Level("bullet", self.prefix)
        return Level(self.fmt, f"{self.prefix}%{k + 1}{self.suffix}")


#: The operative list: "1.", then "(a)", "(i)", "(A)", "(1)" as its deeper levels.
_OPERATIVE_LEVELS: tuple[_Family, ...] = (
    _Family("", "decimal", "."),
    _Family("(", "lowerLetter", ")"),
    _Family("(", "lowerRoman", ")"),
    _Family("(", "upperLetter", ")"),
    _Family("(", "decimal", ")"),
    _Family("(", "lowerLetter", ")"),
    _Family("(", "lowerRoman", ")"),
    _Family("(", "upperLetter", ")"),
    _Family("(", "decimal", ")"),
)

_LABEL = re.compile(r"^([(\[]?)([0-9]{1,4}|[a-z]{1,8}|[A-Z]{1,8})([).\]])$")
_PAIRS = {"(": ")", "[": "]"}


def _roman_value(key: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for k, ch in enumerate(key):
        value = values[ch]
        total += -value if k + 1 < len(key) and values[key[k + 1]] > value else value
    return total


def _letter_value(key: str) -> int | None:
    """Word's letters: a..z, then aa, bb, ... (27, 28, ...)."""
    if len(set(key)) != 1:
        return None
    return (len(key) - 1) * 26 + ord(key[0]) - ord("a") + 1


def _read_label(label: str, previous: tuple[_Family, int] | None) -> tuple[_Family, int] | None:
    """The list family and value of a printed label, ``None`` when Word's numbering cannot
    print it. "(i)" is roman at the start of a list or after "(h)"'s roman neighbour, a
    letter after "(h)"."""
    label = label.strip()
    if len(label) == 1 and not label.isalnum() and label not in "([":
        return _Family(label, "bullet", ""), 1
    match = _LABEL.match(label)
    if match is None:
        return None
    prefix, key, suffix = match.groups()
    if prefix and _PAIRS[prefix] != suffix:
        return None
    if not prefix and suffix == "]":
        return None
    if key.isdigit():
        return _Family(prefix, "decimal", suffix), int(key)
    upper = key.isupper()
    lower = key.lower()
    roman = _roman_value(lower) if is_roman(lower) else None
    letter = _letter_value(lower)
    letter_fmt = "upperLetter" if upper else "lowerLetter"
    roman_fmt = "upperRoman" if upper else "lowerRoman"
    options: list[tuple[_Family, int]] = []
    if roman is not None:
        options.append((_Family(prefix, roman_fmt, suffix), roman))
    if letter is not None:
        options.append((_Family(prefix, letter_fmt, suffix), letter))
    if not options:
        return None
    if previous is not None:
        for family, value in options:
            if family == previous[0] and value == previous[1] + 1:
                return family, value
    if roman is not None and (lower == "i" or letter is None):
        return options[0]
    return options[-1]


# --------------------------------------------------------------------------- drafts


@dataclass
class _Unit:
    """One paragraph of a draft as written: its kind, text and list role."""

    kind: str  # masthead, formula, heading, clause, annex, closing, note
    text: str
    section: str = ""
    depth: int = 0
    label: str | None = None
    #: The label's list family and value, when Word's numbering can print it.
    family: _Family | None = None
    value: int = 0
    #: Numbered in the operative list (its ancestors are too).
    operative_list: bool = False

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.kind, self.section, self.depth, self.text)

    @property
    def style(self) -> str | None:
        if self.kind == "heading":
            return "Heading"
        if self.kind != "clause":
            return None
        return "Preambular" if self.section == "preamble" and self.depth == 0 else "Operative"

    @property
    def written_text(self) -> str:
        """The text as written: a label Word cannot number is typed before it."""
        if self.label and self.family is None:
            return f"{self.label} {self.text}" if self.text else self.label
        return self.text


def _units(draft: Draft) -> list[_Unit]:
    """Every paragraph of a draft in reading order, headings before the clause they
    stand before, with the list role of each label."""
    # The masthead as one paragraph of lines: its lines are lines as printed (a sponsors
    # line wraps), not paragraphs.
    units = [_Unit("masthead", "\n".join(draft.masthead))] if draft.masthead else []
    if draft.enacting_formula:
        units.append(_Unit("formula", draft.enacting_formula))
    before: dict[str, list[str]] = {}
    known = {c.ref for c in draft.walk()}
    trailing: dict[str, list[str]] = {"preamble": [], "operative": []}
    for heading in draft.headings:
        if heading.before in known and heading.before is not None:
            before.setdefault(heading.before, []).append(heading.text)
        else:
            trailing[heading.section].append(heading.text)
    for section, clauses in (("preamble", draft.preamble), ("operative", draft.operative)):
        _clause_units(clauses, section, before, units)
        units.extend(_Unit("heading", text, section) for text in trailing[section])
    for annex in draft.annexes:
        units.append(_Unit("annex", annex.title))
        units.extend(_Unit("annex", text) for text in annex.paragraphs)
    units.extend(_Unit("closing", line) for line in draft.closing)
    units.extend(_Unit("note", f"{note.mark} {note.text}".strip()) for note in draft.footnotes)
    return units


def _clause_units(
    clauses: Sequence[Clause], section: str, before: dict[str, list[str]], units: list[_Unit]
) -> None:
    # Depth first with an explicit stack of (clause, depth, parent in the operative list).
    stack: list[tuple[Clause, int, bool]] = [(clause, 0, True) for clause in reversed(clauses)]
    # The last readable label seen at each depth in the current sibling list.
    previous: dict[int, tuple[_Family, int] | None] = {}
    while stack:
        clause, depth, parent_listed = stack.pop()
        for text in before.get(clause.ref, []):
            units.append(_Unit("heading", text, section))
        unit = _Unit("clause", clause.text, section, depth, clause.label)
        if clause.label:
            read = _read_label(clause.label, previous.get(depth))
            if read is not None:
                unit.family, unit.value = read
                previous[depth] = read
                unit.operative_list = (
                    parent_listed
                    and section == "operative"
                    and depth < len(_OPERATIVE_LEVELS)
                    and unit.family == _OPERATIVE_LEVELS[depth]
                )
        units.append(unit)
        stack.extend((child, depth + 1, unit.operative_list) for child in reversed(clause.children))
        previous[depth + 1] = None  # every clause opens its own list of sub-paragraphs


@dataclass
class _Lists:
    """The numbering of one version as Word counts it, to choose list instances that
    print each draft's labels: counters per abstract numbering, instances used."""

    starts: dict[str, dict[int, int]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def predict(self, abstract: str, num: str, level: int) -> int:
        state = self.counters.get(abstract, {})
        if num not in self.used and level in self.starts[num]:
            return self.starts[num][level]
        current = state.get(level)
        return self.starts[num].get(level, 1) if current is None else current + 1

    def advance(self, abstract: str, num: str, level: int) -> None:
        state = self.counters.setdefault(abstract, {})
        if num not in self.used:
            self.used.add(num)
            for overridden in self.starts[num]:
                state.pop(overridden, None)
        current = state.get(level)
        state[level] = self.starts[num].get(level, 1) if current is None else current + 1
        for deeper in [d for d in state if d > level]:
            del state[deeper]


class _Planner:
    """Chooses the list definition and instance of every numbered paragraph so that Word
    prints the draft's own labels: one list for the operative part and its levels, one
    per other label family; a new instance (``startOverride``) wherever the counters of
    the version being placed would print another number than the draft's."""

    def __init__(self, doc: WordDocument) -> None:
        self.doc = doc
        self.operative = doc.add_abstract(
            [family.level(k) for k, family in enumerate(_OPERATIVE_LEVELS)]
        )
        self.families: dict[_Family, str] = {}
        self.starts: dict[str, dict[int, int]] = {}
        self.abstract_for: dict[str, str] = {}
        self.current: dict[str, str] = {}

    def abstract_of(self, unit: _Unit) -> str:
        assert unit.family is not None
        if unit.operative_list:
            return self.operative
        if unit.family not in self.families:
            levels = [unit.family.level(k) for k in range(9)]
            self.families[unit.family] = self.doc.add_abstract(levels)
        return self.families[unit.family]

    def new_num(self, abstract: str, starts: Mapping[int, int] | None = None) -> str:
        num = self.doc.add_num(abstract, starts=starts)
        self.starts[num] = dict(starts or {})
        self.abstract_for[num] = abstract
        return num

    def place(
        self, unit: _Unit, lists: _Lists, shared: tuple[str, int] | None = None
    ) -> tuple[str, int]:
        """The instance and level for ``unit`` in the version ``lists`` counts, advancing
        its counters. ``shared`` is the instance the paragraph already has in the other
        version: kept when it prints the right label here too."""
        abstract = self.abstract_of(unit)
        level = min(unit.depth, 8)
        assert unit.family is not None
        bullet = unit.family.fmt == "bullet"  # a bullet prints the same whatever the count

        def prints_label(num: str) -> bool:
            return bullet or lists.predict(abstract, num, level) == unit.value

        if shared is not None:
            num, shared_level = shared
            if self.abstract_for[num] == abstract and shared_level == level and prints_label(num):
                lists.advance(abstract, num, level)
                self.current[abstract] = num
                return shared
        num = self.current.get(abstract) or self.new_num(abstract)
        if not prints_label(num):
            num = self.new_num(abstract, {level: unit.value})
        self.current[abstract] = num
        lists.advance(abstract, num, level)
        return num, level


@dataclass
class _Entry:
    """One paragraph of the tracked package: in both drafts, or in one only."""

    old: _Unit | None
    new: _Unit | None
    op: Change | Literal["equal", "change"]
    move: str = ""


def _entries(old: list[_Unit], new: list[_Unit]) -> list[_Entry]:
    """Align the paragraphs of two drafts: equal, changed (paired by similarity), deleted,
    inserted; a paragraph deleted at one place and inserted unchanged at another is a move."""
    matcher = difflib.SequenceMatcher(
        None, [u.key for u in old], [u.key for u in new], autojunk=False
    )
    out: list[_Entry] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(
                _Entry(old[i], new[j], "equal")
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        out.extend(_paired(old[i1:i2], new[j1:j2]))
    # Moves: the same paragraph deleted here and inserted there.
    inserted_at: dict[tuple[str, str, int, str], list[int]] = {}
    for k, entry in enumerate(out):
        if entry.op == "ins" and entry.new is not None:
            inserted_at.setdefault(entry.new.key, []).append(k)
    moves = 0
    for entry in out:
        if entry.op != "del" or entry.old is None or not entry.old.text.strip():
            continue
        targets = inserted_at.get(entry.old.key)
        if not targets:
            continue
        target = out[targets.pop(0)]
        moves += 1
        entry.op, entry.move = "moveFrom", f"move{moves}"
        target.op, target.move, target.old = "moveTo", f"move{moves}", entry.old
    return out


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _paired(old: list[_Unit], new: list[_Unit]) -> list[_Entry]:
    """Pair the paragraphs of a replaced block in order (similar ones of one kind become
    a change), the rest deleted or inserted where they stand."""
    pairs: list[tuple[int, int]] = []
    start = 0
    for i, unit in enumerate(old):
        best, best_j = 0.5, -1
        for j in range(start, len(new)):
            if new[j].kind == unit.kind and new[j].section == unit.section:
                score = _similar(unit.text, new[j].text)
                if score > best:
                    best, best_j = score, j
        if best_j >= 0:
            pairs.append((i, best_j))
            start = best_j + 1
    out: list[_Entry] = []
    i = j = 0
    for pi, pj in [*pairs, (len(old), len(new))]:
        out.extend(_Entry(unit, None, "del") for unit in old[i:pi])
        out.extend(_Entry(None, unit, "ins") for unit in new[j:pj])
        if pi < len(old) and pj < len(new):
            out.append(_Entry(old[pi], new[pj], "change"))
        i, j = pi + 1, pj + 1
    return out


def _word_diff(old: str, new: str) -> list[Run]:
    """The words of ``old`` turned into ``new`` as plain, deleted and inserted runs."""
    a = re.findall(r"\s+|\S+", old)
    b = re.findall(r"\s+|\S+", new)
    runs: list[Run] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(Run("".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(deleted("".join(a[i1:i2])))
        if j2 > j1:
            runs.append(inserted("".join(b[j1:j2])))
    return runs


def draft_to_docx(draft: Draft, *, tracked: Draft | None = None) -> bytes:
    """``draft`` as a Word package with real automatic numbering.

    With ``tracked`` (an earlier draft), the package holds both drafts as tracked changes:
    every change rejected gives ``tracked``, every change accepted gives ``draft``; a
    paragraph moved unchanged is a tracked move, numbering follows each version (a
    paragraph's own numbering change is a tracked ``w:pPrChange``).
    """
    doc = WordDocument()
    planner = _Planner(doc)
    new_units = _units(draft)
    if tracked is None:
        entries = [_Entry(None, unit, "equal") for unit in new_units]
    else:
        entries = _entries(_units(tracked), new_units)
    # The accepted version first: its paragraphs choose the list instances.
    accepted = _Lists(planner.starts)
    placed_new: dict[int, tuple[str, int] | None] = {}
    for k, entry in enumerate(entries):
        if entry.new is not None and entry.op not in ("del", "moveFrom"):
            placed_new[k] = planner.place(entry.new, accepted) if entry.new.family else None
    # Then the original: a paragraph keeps its instance where it prints the old label
    # too; otherwise (a paragraph only in the original, or numbered otherwise there) it
    # gets the instance that does, as a tracked numbering change.
    original = _Lists(planner.starts)
    planner.current = {}
    placed_old: dict[int, tuple[str, int] | None] = {}
    for k, entry in enumerate(entries):
        unit = entry.old
        if unit is None or entry.op in ("ins", "moveTo"):
            continue
        shared = placed_new.get(k)
        placed_old[k] = planner.place(unit, original, shared) if unit.family else None
    for k, entry in enumerate(entries):
        _write(doc, entry, placed_old.get(k), placed_new.get(k))
    return doc.to_bytes()


#: The paragraph mark of a paragraph only in one draft: inserted, deleted or moved.
_MARKS: dict[str, Change] = {"ins": "ins", "del": "del", "moveFrom": "moveFrom", "moveTo": "moveTo"}


def _write(
    doc: WordDocument,
    entry: _Entry,
    old_place: tuple[str, int] | None,
    new_place: tuple[str, int] | None,
) -> None:
    unit = entry.new if entry.op not in ("del", "moveFrom") else entry.old
    assert unit is not None
    place = new_place if entry.op not in ("del", "moveFrom") else old_place
    num, level = place if place is not None else (None, None)
    runs: list[str | Run]
    mark: Change | None = None
    if entry.op == "change" and entry.old is not None and entry.new is not None:
        runs = list(_word_diff(entry.old.written_text, entry.new.written_text))
    elif entry.op in _MARKS:
        mark = _MARKS[entry.op]
        runs = [Run(unit.written_text, mark, move=entry.move or "move1")]
    else:
        runs = [unit.written_text]
    was: Props | None = None
    if (
        entry.op in ("equal", "change")
        and entry.old is not None
        and (old_place != new_place or entry.old.style != unit.style)
    ):
        old_num, old_level = old_place if old_place is not None else (None, None)
        was = Props(entry.old.style, old_num if old_num else "0", old_level)
    doc.paragraph(*runs, style=unit.style, num=num, level=level, mark=mark, was=was)
