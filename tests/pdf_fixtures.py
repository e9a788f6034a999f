"""Make PDFs that look like the ones the UN Secretariat publishes, for the PDF reader's tests.

A document (:class:`UNDocument`: masthead, body blocks, footnotes and the page furniture
of the real prints) is written as a flat OpenDocument text (``.fodt``) and converted by
LibreOffice headless, so the PDF has a real text layer laid out by a real typesetter:

* page 1: "United Nations" beside the symbol, the organ beside "Distr.: General", the
  date; a footer with the job number and date stamps ("21-10478 (E)  080721  080721"),
  the barcode ("*2110478*") and "Please recycle";
* later pages: the symbol as running header (right on odd pages, left on even ones) and
  a footer with the page number ("2/5") and the short job number, sides alternating;
* body: the enacting formula, preambular paragraphs with an italic first word and an
  indented first line, numbered operative paragraphs (number, tab, text), sub-paragraphs
  indented by depth, headings in bold, footnotes at the end; long words carry soft
  hyphens, so LibreOffice breaks some of them across lines with a visible hyphen.

:func:`document_from_akn` lays out a real AKN file of ``../shared/corpus/akn`` with the
block reading of :mod:`akn_render` (which does not use resdiff's AKN reader);
:func:`document_from_lines` takes a text the test writes. :func:`pdf_bytes` converts
documents with one LibreOffice run (a private profile, so a LibreOffice running elsewhere
does not take the job). :func:`scanned_pdf` turns a PDF into images only, as a scanner
would; :func:`encrypted_pdf` exports one with an open password, :func:`protected_pdf`
one with permissions only.

``python tests/pdf_fixtures.py [EVERY]`` (:func:`compare_libraries`) measures which
library reads these PDFs best: speed and quality of pypdfium2, pdfplumber and pdftotext
on every EVERY-th file of the corpus (the figures in :mod:`resdiff.read.pdf`).
"""

from __future__ import annotations

import atexit
import io
import itertools
import json
import random
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from akn_render import Block, Structure, _blocks, _Text, differences, heading_differences

from resdiff.model import Draft

#: Seconds one LibreOffice run may take before the test gives up.
SOFFICE_TIMEOUT = 300


def soffice() -> str:
    """The LibreOffice executable; skips the test when it is not installed."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed, so no test PDF can be made: "
            "apt-get install -y libreoffice-writer-nogui"
        )
    return exe


@dataclass
class UNDocument:
    """What a printed UN document holds, page furniture included.

    ``masthead`` rows are (left, right) pairs printed on one line with the right part at a
    tab stop; ``blocks`` are :class:`akn_render.Block` s in reading order; ``notes`` are
    (mark, text) footnotes printed at the end.
    """

    symbol: str
    job: str
    stamp: str
    masthead: list[tuple[str, str]]
    title: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    seed: str = ""
    #: The running header of the pages after the first (``None``: the symbol).
    running_header: str | None = None
    #: How the pages after the first print their number: ``{n}`` the page, ``{total}``
    #: the page count ("2/5", "- 2 -", "Page 2 of 5", a lone "2").
    page_number: str = "{n}/{total}"
    #: The page number printed under the running header instead of in the footer.
    page_number_at_top: bool = False
    #: Share of the words of ten letters or more given a soft hyphen.
    hyphenate: float = 0.4
    #: The short job number printed beside the page number on the pages after the first.
    job_on_later_pages: bool = True
    #: The last block printed alone on a new page.
    break_before_last: bool = False
    #: The columns the text under the title is set in (the masthead and title span the
    #: page).
    columns: int = 1
    #: Lines numbered in the left margin, as drafts under negotiation are printed: every
    #: ``line_numbers``-th line numbered (0: none), the count started again on each page
    #: with ``restart_numbers``.
    line_numbers: int = 0
    restart_numbers: bool = True

    @property
    def job_short(self) -> str:
        """The job number without the language letter: "21-10478"."""
        return self.job.split(" ")[0]

    @property
    def barcode(self) -> str:
        """The barcode line under the job number: "*2110478*"."""
        return "*" + self.job_short.replace("-", "") + "*"

    def words(self) -> str:
        """Every word the document prints, furniture excepted, one block a line (what a
        faithful reading must give back)."""
        lines = [" ".join(p for p in row if p) for row in self.masthead] + self.title
        for block in self.blocks:
            lines.append(f"{block.label} {block.text}".strip())
        lines.extend(f"{mark} {text}" for mark, text in self.notes)
        return "\n".join(lines).replace("\u00ad", "")


# --------------------------------------------------------------------------- documents


def document_from_akn(xml_path: Path) -> UNDocument:
    """The document of a real AKN file, laid out as the Secretariat prints it."""
    tx = _Text()
    masthead, blocks, symbol, job = _blocks(xml_path, tx)
    rows: list[tuple[str, str]] = []
    title: list[str] = []
    date = ""
    i = 0
    while i < len(masthead):
        line = masthead[i]
        after = masthead[i + 1] if i + 1 < len(masthead) else ""
        beside = (line == "United Nations" and after == symbol) or (
            after.startswith("Distr.") and line in ("Security Council", "General Assembly")
        )
        if beside:  # printed on one line, the second part at a tab stop
            rows.append((line, after))
            i += 2
        elif re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", line) and not title:
            rows.append(("", line))
            date = line
            i += 1
        else:
            title.append(line)
            i += 1
    job = job or "20-00000 (E)"
    return UNDocument(
        symbol=symbol,
        job=job,
        stamp=_stamp(date),
        masthead=rows,
        title=title,
        blocks=blocks,
        notes=tx.notes,
        seed=xml_path.name,
    )


_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def _stamp(date: str) -> str:
    """The date stamp printed beside the job number: "8 July 2021" gives "080721"."""
    found = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", date)
    if not found or found.group(2) not in _MONTHS:
        return "010120"
    day, month, year = found.groups()
    return f"{int(day):02d}{_MONTHS.index(month) + 1:02d}{year[2:]}"


def document_from_lines(
    *,
    symbol: str,
    job: str,
    date: str,
    title: Sequence[str],
    body: Sequence[tuple[str, str, str]],
    organ: str = "Security Council",
    distribution: str = "Distr.: General",
    notes: Sequence[tuple[str, str]] = (),
) -> UNDocument:
    """A document the test writes: ``body`` rows are (kind, label, text) with kind one of
    formula, pp, op, sub, sub2, heading."""
    blocks = []
    for kind, label, text in body:
        depth = 2 if kind == "sub2" else 1 if kind == "sub" else 0
        blocks.append(Block("sub" if depth else kind, text, label, depth))
    return UNDocument(
        symbol=symbol,
        job=job,
        stamp=_stamp(date),
        masthead=[("United Nations", symbol), (organ, distribution), ("", date)],
        title=list(title),
        blocks=blocks,
        notes=list(notes),
        seed=symbol,
    )


def long_document(paragraphs: int = 440) -> UNDocument:
    """A long resolution (about 50 pages with the default 440 operative paragraphs), with
    a short title as its running header: the speed budget of the PDF reader."""
    subjects = [
        "the protection of civilians",
        "the implementation of the ceasefire arrangements",
        "the reform of the security sector",
        "the return of refugees and internally displaced persons",
        "the strengthening of national institutions",
        "the monitoring of the arms embargo",
    ]
    verbs = ["Requests", "Encourages", "Urges", "Calls upon", "Decides", "Welcomes"]
    body: list[tuple[str, str, str]] = [("formula", "", "The Security Council,")]
    body += [
        ("pp", "", text)
        for text in [
            "Recalling its previous resolutions and the statements of its President on the "
            "situation in the Republic of Eastland,",
            "Reaffirming its strong commitment to the sovereignty, independence, territorial "
            "integrity and national unity of the Republic of Eastland,",
            "Expressing deep concern at the continuing deterioration of the humanitarian "
            "situation and the displacement of civilians in the northern provinces,",
        ]
        * 6
    ]
    for n in range(1, paragraphs + 1):
        subject = subjects[n % len(subjects)]
        text = (
            f"{verbs[n % len(verbs)]} all parties concerned to cooperate fully with the "
            f"Mission in {subject}, in accordance with paragraph {max(1, n - 1)} of this "
            "resolution, and to provide the Secretary-General with the information "
            "necessary for the comprehensive assessment requested in resolution 9990 "
            f"(2020), including on {subjects[(n + 2) % len(subjects)]};"
        )
        body.append(("op", f"{n}.", text))
        if n % 10 == 0:
            body.append(("sub", "(a)", f"Reporting on {subject} every 90 days;"))
            body.append(("sub", "(b)", "Consulting the troop-contributing countries;"))
    body.append(("op", f"{paragraphs + 1}.", "Decides to remain seized of the matter."))
    document = document_from_lines(
        symbol="S/RES/9990 (2021)",
        job="21-10999 (E)",
        date="30 July 2021",
        title=["Resolution 9990 (2021)", "Adopted by the Security Council on 30 July 2021"],
        body=body,
    )
    document.seed = "long"
    document.running_header = "Situation in Eastland"
    return document


# --------------------------------------------------------------------------- layout

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)

_INDENT = 1.27  # cm: the body margin, and each level of sub-paragraph

_STYLES = f"""
<style:default-style style:family="paragraph">
 <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
 <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt"
   fo:language="en" fo:country="GB" fo:hyphenate="false"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Masthead" style:family="paragraph">
 <style:paragraph-properties>
  <style:tab-stops><style:tab-stop style:position="11.5cm"/></style:tab-stops>
 </style:paragraph-properties>
</style:style>
<style:style style:name="Organ" style:family="paragraph" style:parent-style-name="Masthead">
 <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Title" style:family="paragraph">
 <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/>
 <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Subtitle" style:family="paragraph">
 <style:paragraph-properties fo:margin-bottom="0.4cm"/>
</style:style>
<style:style style:name="Body" style:family="paragraph">
 <style:paragraph-properties fo:margin-left="{_INDENT}cm" fo:margin-bottom="0.21cm"
   fo:text-align="justify" fo:line-height="120%"/>
</style:style>
<style:style style:name="Formula" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.21cm"
   fo:margin-left="{_INDENT}cm" fo:text-indent="{_INDENT}cm"/>
</style:style>
<style:style style:name="PP" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-left="{_INDENT}cm" fo:text-indent="{_INDENT}cm"/>
</style:style>
<style:style style:name="OP" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-left="{_INDENT}cm" fo:text-indent="0cm">
  <style:tab-stops><style:tab-stop style:position="{_INDENT}cm"/></style:tab-stops>
 </style:paragraph-properties>
</style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.21cm"
   fo:keep-with-next="always"
   fo:text-align="start"/>
 <style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Annex" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.21cm"
   fo:text-align="center"/>
 <style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Separator" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:text-align="center"/>
</style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
 <style:text-properties fo:font-size="8.5pt"/>
</style:style>
<style:style style:name="Rule" style:family="paragraph" style:parent-style-name="Body">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.21cm"
   fo:margin-left="{_INDENT}cm" fo:border-bottom="0.5pt solid #000000"
   fo:margin-right="12cm"/>
</style:style>
<style:style style:name="HeaderOdd" style:family="paragraph">
 <style:paragraph-properties fo:text-align="end"/>
 <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="HeaderEven" style:family="paragraph">
 <style:paragraph-properties fo:text-align="start"/>
 <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph">
 <style:paragraph-properties>
  <style:tab-stops>
   <style:tab-stop style:position="16.6cm" style:type="right"/>
  </style:tab-stops>
 </style:paragraph-properties>
 <style:text-properties fo:font-size="8pt"/>
</style:style>
<style:style style:name="PageTop" style:family="paragraph">
 <style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-size="9pt"/>
</style:style>
<style:style style:name="Break" style:family="paragraph">
 <style:paragraph-properties fo:break-after="page"/>
</style:style>
<style:style style:name="Barcode" style:family="paragraph" style:parent-style-name="Footer">
 <style:text-properties style:font-name="DejaVu Sans Mono" fo:font-size="9pt"/>
</style:style>
<style:style style:name="Lead" style:family="text">
 <style:text-properties fo:font-style="italic"/>
</style:style>
<style:style style:name="Recycle" style:family="text">
 <style:text-properties style:font-name="DejaVu Sans" fo:font-size="7pt"/>
</style:style>
"""

_PAGE = """
<style:page-layout style:name="A4">
 <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm"
   fo:margin-right="2.2cm"/>
 <style:header-style>
  <style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/>
 </style:header-style>
 <style:footer-style>
  <style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/>
 </style:footer-style>
</style:page-layout>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Masthead"
  style:master-page-name="First"/>
"""


def _soft_hyphens(text: str, rng: random.Random, share: float) -> str:
    """Put a soft hyphen inside a ``share`` of the long words, so that LibreOffice breaks
    such a word across two lines with a visible hyphen where one falls at a line end (as
    the UN's typesetter does)."""

    def hyphenate(found: re.Match[str]) -> str:
        word = found.group(0)
        if rng.random() >= share:
            return word
        cut = rng.randint(4, len(word) - 4)
        return word[:cut] + "\u00ad" + word[cut:]

    return re.sub(r"\b[A-Za-z]{10,}\b", hyphenate, text)


def _run(text: str, rng: random.Random, share: float, *, lead: bool = False) -> str:
    """Escaped text of one paragraph; with ``lead`` its first word is italic."""
    if lead and " " in text:
        first, rest = text.split(" ", 1)
        return f'<text:span text:style-name="Lead">{escape(first)}</text:span> ' + escape(
            _soft_hyphens(rest, rng, share)
        )
    return escape(_soft_hyphens(text, rng, share))


def _paragraph(style: str, body: str) -> str:
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def _sub_style(depth: int) -> str:
    return f"Sub{depth}"


def fodt(document: UNDocument) -> str:
    """The document as a flat OpenDocument text, ready for LibreOffice."""
    rng = random.Random(document.seed or document.symbol)
    share = document.hyphenate
    depths = {b.depth for b in document.blocks if b.kind in ("sub", "text")} | {1}
    sub_styles = "".join(
        f'<style:style style:name="{_sub_style(d)}" style:family="paragraph" '
        f'style:parent-style-name="Body"><style:paragraph-properties '
        f'fo:margin-left="{_INDENT * (d + 1):.2f}cm" fo:text-indent="0cm"><style:tab-stops>'
        f'<style:tab-stop style:position="{_INDENT:.2f}cm"/></style:tab-stops>'
        f"</style:paragraph-properties></style:style>"
        for d in sorted(depths)
    )
    paragraphs: list[str] = []
    first = True
    for left, right in document.masthead:
        style = (
            "P1"
            if first
            else ("Organ" if left in ("Security Council", "General Assembly") else "Masthead")
        )
        first = False
        paragraphs.append(_paragraph(style, f"{escape(left)}<text:tab/>{escape(right)}"))
    if first:  # no masthead: page 1 still opens with the first page's style
        paragraphs.append(_paragraph("P1", ""))
    for n, line in enumerate(document.title):
        paragraphs.append(_paragraph("Subtitle" if n else "Title", escape(line)))

    title_end = len(paragraphs)
    carry = ""
    for n, block in enumerate(document.blocks, start=1):
        if document.break_before_last and n == len(document.blocks):
            paragraphs.append(_paragraph("Break", ""))
        if block.kind == "op" and block.label and not block.text:
            carry = block.label  # "11. (a) Expresses ...": printed with its first item
            continue
        if block.kind == "formula":
            paragraphs.append(_paragraph("Formula", escape(block.text)))
        elif block.kind == "heading":
            paragraphs.append(_paragraph("Heading", escape(block.text)))
        elif block.kind == "annex":
            paragraphs.append(_paragraph("Annex", escape(block.text)))
        elif block.kind == "separator":
            paragraphs.append(_paragraph("Separator", escape(block.text or "*")))
        elif block.kind == "pp":
            paragraphs.append(_paragraph("PP", _run(block.text, rng, share, lead=True)))
        elif block.kind == "op" and block.label:
            paragraphs.append(
                _paragraph("OP", f"{escape(block.label)}<text:tab/>{_run(block.text, rng, share)}")
            )
        elif block.kind == "op":
            paragraphs.append(_paragraph("PP", _run(block.text, rng, share)))
        else:
            style = _sub_style(max(block.depth, 1))
            if block.label:
                body = f"{escape(block.label)}<text:tab/>{_run(block.text, rng, share)}"
                if carry:
                    body = f"{escape(carry)}<text:tab/>{body}"
                    style, carry = "OP", ""
            else:
                body = _run(block.text, rng, share)
            paragraphs.append(_paragraph(style, body))
    if document.notes:
        paragraphs.append(_paragraph("Rule", ""))
        for mark, text in document.notes:
            paragraphs.append(_paragraph("Note", f"{escape(mark)} {escape(text)}"))

    section_style = ""
    if document.columns > 1:
        # The text under the title in a section of its own, set in columns.
        section_style = (
            '<style:style style:name="Columns" style:family="section">'
            "<style:section-properties>"
            f'<style:columns fo:column-count="{document.columns}" fo:column-gap="0.8cm"/>'
            "</style:section-properties></style:style>"
        )
        paragraphs[title_end:] = [
            '<text:section text:style-name="Columns" text:name="Text">',
            *paragraphs[title_end:],
            "</text:section>",
        ]
    masters = _master_pages(document)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NS} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">'
        f'<office:font-face-decls><style:font-face style:name="DejaVu Serif" '
        f'svg:font-family="\'DejaVu Serif\'"/><style:font-face style:name="DejaVu Sans" '
        f'svg:font-family="\'DejaVu Sans\'"/><style:font-face style:name="DejaVu Sans Mono" '
        f"svg:font-family=\"'DejaVu Sans Mono'\"/></office:font-face-decls>"
        f"<office:styles>{_STYLES}{sub_styles}{_line_numbering(document)}</office:styles>"
        f"<office:automatic-styles>{_PAGE}{section_style}</office:automatic-styles>"
        f"<office:master-styles>{masters}</office:master-styles>"
        f"<office:body><office:text>{''.join(paragraphs)}</office:text></office:body>"
        f"</office:document>"
    )


def _line_numbering(document: UNDocument) -> str:
    """LibreOffice's line numbering (Word's Layout > Line Numbers), when the document has
    its lines numbered."""
    if not document.line_numbers:
        return ""
    restart = "true" if document.restart_numbers else "false"
    return (
        '<text:linenumbering-configuration text:number-lines="true" '
        f'text:increment="{document.line_numbers}" text:number-position="left" '
        f'text:offset="0.5cm" style:num-format="1" text:restart-on-page="{restart}" '
        'text:count-empty-lines="true"/>'
    )


def _master_pages(document: UNDocument) -> str:
    """Page 1 with the job number, stamps, barcode and "Please recycle" at its foot; the
    other pages with the running header (right on odd pages, left on even ones) and the
    page number and short job number at the foot, their sides alternating."""
    header = escape(document.running_header or document.symbol)
    job, short = escape(document.job), escape(document.job_short)
    stamps = f"{document.stamp}<text:tab/>{document.stamp}"
    number = (
        escape(document.page_number)
        .replace("{n}", '<text:page-number text:select-page="current">2</text:page-number>')
        .replace("{total}", "<text:page-count>2</text:page-count>")
    )

    def header_of(style: str) -> str:
        lines = [f'<text:p text:style-name="{style}">{header}</text:p>']
        if document.page_number_at_top:
            lines.append(f'<text:p text:style-name="PageTop">{number}</text:p>')
        return "".join(lines)

    def footer_of(number_first: bool) -> str:
        if document.page_number_at_top:
            return f'<text:p text:style-name="Footer">{short}</text:p>'
        if not document.job_on_later_pages:
            return f'<text:p text:style-name="PageTop">{number}</text:p>'
        parts = [number, short] if number_first else [short, number]
        return f'<text:p text:style-name="Footer">{parts[0]}<text:tab/>{parts[1]}</text:p>'

    return f"""
<style:master-page style:name="First" style:page-layout-name="A4"
  style:next-style-name="Standard">
 <style:footer>
  <text:p text:style-name="Footer">{job}<text:tab/>{stamps}</text:p>
  <text:p text:style-name="Barcode">{escape(document.barcode)}<text:tab/><text:span
    text:style-name="Recycle">Please recycle</text:span></text:p>
 </style:footer>
</style:master-page>
<style:master-page style:name="Standard" style:page-layout-name="A4">
 <style:header>{header_of("HeaderOdd")}</style:header>
 <style:header-left>{header_of("HeaderEven")}</style:header-left>
 <style:footer>{footer_of(False)}</style:footer>
 <style:footer-left>{footer_of(True)}</style:footer-left>
</style:master-page>
"""


# --------------------------------------------------------------------------- converting


def convert(
    sources: dict[str, str], *, filter_options: dict[str, object] | None = None
) -> dict[str, bytes]:
    """Convert flat ODF texts (name → ``.fodt`` content) to PDF in one LibreOffice run;
    name → PDF bytes. ``filter_options`` are PDF export options (LibreOffice's JSON
    form), for example an open password."""
    target = "pdf"
    if filter_options:
        target += ":writer_pdf_Export:" + json.dumps(filter_options)
    return convert_files(
        {f"{name}.fodt": content.encode("utf-8") for name, content in sources.items()}, target
    )


def convert_files(files: dict[str, bytes], target: str = "pdf") -> dict[str, bytes]:
    """Convert files (file name with its suffix → bytes: ``.fodt``, ``.docx``) to PDF in
    one LibreOffice run with a private profile; name without the suffix → PDF bytes.
    Skips the test when LibreOffice is missing."""
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="resdiff-pdf-") as tmp:
        folder = Path(tmp)
        for file_name, data in files.items():
            (folder / file_name).write_bytes(data)
        out = folder / "out"
        result = subprocess.run(
            [
                exe,
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                *(str(folder / file_name) for file_name in files),
            ],
            capture_output=True,
            text=True,
            timeout=SOFFICE_TIMEOUT,
            check=False,
        )
        pdfs = {}
        for file_name in files:
            name = Path(file_name).stem
            pdf = out / f"{name}.pdf"
            if not pdf.is_file():
                raise RuntimeError(
                    f"LibreOffice made no PDF of {name}: {result.stdout} {result.stderr}"
                )
            pdfs[name] = pdf.read_bytes()
        return pdfs


def pdf_bytes(documents: dict[str, UNDocument]) -> dict[str, bytes]:
    """The documents as PDFs (one LibreOffice run for all)."""
    return convert({name: fodt(doc) for name, doc in documents.items()})


def encrypted_pdf(document: UNDocument, password: str = "secret") -> bytes:
    """The document as a PDF that needs a password to open."""
    options: dict[str, object] = {
        "EncryptFile": {"type": "boolean", "value": "true"},
        "DocumentOpenPassword": {"type": "string", "value": password},
    }
    return convert({"encrypted": fodt(document)}, filter_options=options)["encrypted"]


def protected_pdf(document: UNDocument, *, may_copy: bool) -> bytes:
    """The document as a PDF that opens without a password but whose permissions (set
    with an owner password) allow or forbid copying its text."""
    options: dict[str, object] = {
        "RestrictPermissions": {"type": "boolean", "value": "true"},
        "PermissionPassword": {"type": "string", "value": "owner"},
        "EnableCopyingOfContent": {"type": "boolean", "value": str(may_copy).lower()},
    }
    return convert({"protected": fodt(document)}, filter_options=options)["protected"]


def scanned_pdf(pdf: bytes, *, scale: float = 1.0) -> bytes:
    """The pages of ``pdf`` as images only, without a text layer: what a scanner gives."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = [page.render(scale=scale).to_pil().convert("L") for page in document]
    finally:
        document.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:])
    return out.getvalue()


# --------------------------------------------------------------------------- measuring
# Which library reads the text layer best: ``python tests/pdf_fixtures.py [EVERY]`` lays
# out every EVERY-th file of ../shared/corpus/akn (default 5) as a PDF and reads each PDF
# with pypdfium2 and pdfplumber (pdftotext for reference), plain and laid out by the
# boxes of the characters, and prints speed and quality side by side.


def _layer_words(text: str) -> list[str]:
    """The words of a text with line-break and inner hyphens undone, in order."""
    from resdiff.read.common import clean

    text = clean(text.replace("\ufffe", "-\n").replace("\x02", "-\n"))
    # A hyphen before "and"/"or" on the next line is a suspended one ("troop- and
    # police-contributing"): the words stay apart, as in the document.
    text = re.sub(r"(?<=\w)-\s*\n\s*(?=\w)(?!(?:and|or)\b)|(?<=\w)-(?=\w)", "", text)
    return re.findall(r"[^\W\d_]+|\d+", text)


def compare_libraries(every: int = 5) -> str:
    """Speed and quality of the text layer read by each library, as a table.

    Columns: ms/page; words of the document lost; words not in it (glued or split
    words); share of the document's word pairs found in order (word order, and
    furniture breaking into the text); printed lines read as lines; hyphens kept at line
    ends; files whose text reader parse gives the AKN structure (PP/OP/sub-paragraphs).
    """
    import statistics
    import time
    from collections import Counter

    import pdfplumber
    import pypdfium2 as pdfium
    from akn_render import Structure, differences

    from resdiff.read import pdf as reader
    from resdiff.read.akn import parse_akn
    from resdiff.read.text import parse_text

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "akn"
    files = sorted(corpus.glob("*.xml"))[::every]
    documents = {path.stem: document_from_akn(path) for path in files}
    pdfs = pdf_bytes(documents)

    def pdfium_text(data: bytes) -> tuple[str, list[str], int]:
        document = pdfium.PdfDocument(data)
        pages = [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document]
        return "\n\f".join(pages), [], 0

    def plumber(data: bytes, layout: bool) -> tuple[str, list[str], int]:
        with pdfplumber.open(io.BytesIO(data)) as document:
            pages = [page.extract_text(layout=layout) or "" for page in document.pages]
        return "\n\f".join(pages), [], 0

    def plumber_boxes(data: bytes) -> tuple[str, list[str], int]:
        # pdfplumber's characters through resdiff's layout: the same lines, its speed.
        pages = []
        with pdfplumber.open(io.BytesIO(data)) as document:
            for page in document.pages:
                glyphs, space = [], False
                for char in page.chars:
                    if char["text"].isspace():
                        space = True
                        continue
                    bottom, top = page.height - char["bottom"], page.height - char["top"]
                    glyphs.append(
                        reader._Glyph(char["text"], char["x0"], char["x1"], bottom, top, space)
                    )
                    space = False
                pages.append(reader._rows(glyphs))
        return removed_lines(reader._take_furniture(reader._layout(pages)))

    def resdiff_layer(data: bytes) -> tuple[str, list[str], int]:
        return removed_lines(reader.pdf_text(data))

    def removed_lines(layer: reader.PdfText) -> tuple[str, list[str], int]:
        # The text handed on, the furniture taken out and the lines it stood on.
        removed = layer.furniture
        return layer.text, [r.text for r in removed], len({r.line for r in removed})

    def poppler(data: bytes) -> tuple[str, list[str], int]:
        done = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
        )
        return done.stdout.decode("utf-8"), [], 0

    ways = {
        "pypdfium2 plain text": pdfium_text,
        "pypdfium2 boxes (resdiff.read.pdf)": resdiff_layer,
        "pdfplumber plain text": lambda data: plumber(data, False),
        "pdfplumber layout=True": lambda data: plumber(data, True),
        "pdfplumber chars, resdiff layout": plumber_boxes,
    }
    if shutil.which("pdftotext"):
        ways["pdftotext -layout (reference)"] = poppler
    totals = {
        name: {"time": 0.0, "lost": 0, "extra": 0, "pairs": [], "lines": 0, "hyphens": 0,
               "structure": 0}
        for name in ways
    }  # fmt: skip
    pages = 0
    for path in files:
        data, document = pdfs[path.stem], documents[path.stem]
        truth = _layer_words(document.words().replace("\u2011", "-"))
        expected = Counter(truth)
        pairs = Counter(itertools.pairwise(truth))
        furniture = set(_layer_words(" ".join([document.symbol, document.job, document.stamp,
                                               document.barcode, "Please recycle"])))  # fmt: skip
        structure = Structure.of(parse_akn(path.read_text(encoding="utf-8"), path=str(path)))
        counted = pdfium.PdfDocument(data)
        pages += len(counted)
        counted.close()
        for name, read in ways.items():
            start = time.perf_counter()
            text, removed, removed_count = read(data)
            total = totals[name]
            total["time"] += time.perf_counter() - start
            got = _layer_words(text + "\n" + "\n".join(removed))
            total["lost"] += sum((expected - Counter(got)).values())
            total["extra"] += sum(
                n for w, n in (Counter(got) - expected).items()
                if w not in furniture and not w.isdigit()
            )  # fmt: skip
            read_words = _layer_words(text)
            found = Counter(itertools.pairwise(read_words))
            total["pairs"].append(sum((pairs & found).values()) / max(1, sum(pairs.values())))
            lines = text.split("\n")
            total["lines"] += sum(1 for line in lines if line.strip()) + removed_count
            total["hyphens"] += sum(1 for line in lines if re.search(r"[A-Za-z]-$", line))
            try:
                parsed = Structure.of(parse_text(text, path=path.name))
            except Exception:  # a reading the text reader cannot parse counts as a miss
                continue
            total["structure"] += not differences(structure, parsed)
    header = (
        f"{len(files)} PDFs, {pages} pages\n"
        f"{'reading':36} {'ms/page':>8} {'lost':>5} {'extra':>6} {'pairs':>7} "
        f"{'lines':>6} {'hyph.':>6} {'structure':>10}"
    )
    rows = [header]
    for name, total in totals.items():
        rows.append(
            f"{name:36} {1000 * total['time'] / pages:8.1f} {total['lost']:5d} "
            f"{total['extra']:6d} {statistics.mean(total['pairs']):7.4f} {total['lines']:6d} "
            f"{total['hyphens']:6d} {total['structure']:>5}/{len(files)}"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    print(compare_libraries(int(sys.argv[1]) if len(sys.argv) > 1 else 5))


__all__ = [
    "UNDocument",
    "compare_libraries",
    "convert",
    "document_from_akn",
    "document_from_lines",
    "encrypted_pdf",
    "fodt",
    "long_document",
    "pdf_bytes",
    "protected_pdf",
    "scanned_pdf",
    "soffice",
]


def pdf_of(*objects: bytes, root: int = 1) -> bytes:
    """A PDF of these objects, numbered from 1 (object ``root`` the catalogue), with a
    correct cross-reference table: PDFs written by hand, as the fuzzer and the hostile
    cases write them."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref, size = len(out), len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def one_page_pdf(stream: bytes) -> bytes:
    """A one-page PDF in Helvetica whose content stream is ``stream``."""
    return pdf_of(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


#: The Chromium profile of this process, made at its first print: the test workers that
#: `make test` runs side by side must not share the user's profile (a Chromium started on
#: a profile another one holds hands its job over to that one or waits on its lock).
_CHROMIUM_PROFILE: list[str] = []


def _chromium_profile() -> str:
    if not _CHROMIUM_PROFILE:
        folder = tempfile.mkdtemp(prefix="resdiff-chromium-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _CHROMIUM_PROFILE.append(folder)
    return _CHROMIUM_PROFILE[0]


def chromium_print(page: Path) -> bytes:
    """The web page ``page`` printed to PDF by Chromium (with its own header and footer),
    beside it; Chromium must be installed (the callers skip without it)."""
    assert CHROMIUM is not None
    pdf = page.with_suffix(".pdf")
    subprocess.run(
        [
            CHROMIUM,
            f"--user-data-dir={_chromium_profile()}",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes()


def read_as_akn(pdf: bytes, xml_path: Path, name: str, *, headings: bool = True) -> Draft:
    """The PDF ``pdf`` of the AKN text ``xml_path`` read back, asserted to give its
    structure (and its headings, with ``headings``) and to lose none of its words (the
    PDF prints a non-breaking hyphen, U+2011, as a plain one)."""
    from resdiff.read.akn import parse_akn
    from resdiff.read.checks import lost_words
    from resdiff.read.pdf import parse_pdf

    expected = Structure.of(parse_akn(xml_path.read_text(encoding="utf-8"), path=str(xml_path)))
    draft = parse_pdf(pdf, path=name)
    got = Structure.of(draft)
    assert not differences(expected, got), differences(expected, got)
    if headings:
        assert not heading_differences(expected, got), heading_differences(expected, got)
    source = document_from_akn(xml_path).words().replace("\u2011", "-")
    assert lost_words(source, draft) == []
    return draft
