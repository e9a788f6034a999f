"""PDFs as users get them: real texts printed by other tools than resdiff's, each read
against the same text given as plain text (the twenty-ninth and thirtieth sessions'
harness, branches pdf19 and pdf20; not in CI: it needs Chromium and LibreOffice, about
three minutes).

Twelve AKN texts of ``../shared/corpus/akn`` (the six pairs of :data:`PAIRS`) are written
out by a writer of our own as **plain text** (the reference: one paragraph a line, blank
lines between) and as web pages in three layouts (:data:`CSS`), then printed:

- ``chrome-word``, ``chrome-columns``, ``chrome-large``: Chromium's ``--print-to-pdf`` of
  each page;
- ``lo-html-word``, ``lo-html-columns``: LibreOffice Writer opening the page and
  exporting PDF; ``lo-docx-word``, ``lo-docx-large``: the page saved as ``.docx`` by
  LibreOffice, that ``.docx`` converted to PDF;
- ``lo-fodt-*``: ``tests/pdf_fixtures.fodt`` (the Secretariat's layout) through
  LibreOffice: every line numbered (``linenumbers-each``), two columns (``columns``),
  two columns with every fifth line numbered on through the document
  (``columns-linenumbers``) or every line numbered again on each page
  (``columns-linenumbers-each``); and Word's traits imitated (no Word here): justified
  with widow and orphan control (``word-widows``), and the same with a table of
  contents under the title, its entries the text's headings (or "Preamble", "Operative
  part") with dotted leaders to a page number (``word-toc``). Word's real list
  numbering is ``benchmarks/formats.py``'s PDF leg (:func:`draft_to_docx` through
  LibreOffice).

Each PDF is parsed and set against the plain text's parse, provision by provision (the
same ref and the same words, whitespace aside); its words are counted (lost: the plain
text's words missing; added: words not in it); each pair is compared and every change's
kind and named shifts, the direction and the key changes set against the plain-text
pair's. ::

    PYTHONPATH=. python benchmarks/pdf_layouts.py --out /tmp/layouts [--legs LEG ...]
        [--no-print] [--detail FILE] [--tracked] [--official]

``--tracked`` adds the thirty-first session's tracked-changes print and scans;
``--official`` the thirty-second session's resolutions as the UN publishes them
(:func:`official`: US letter, the symbol block at the top right, footnotes at the foot
of the page that cites them, the job number in the footer), the twelve texts and
S/RES/2558 (2020), the one AKN text with a footnote; with the notes' numbers glued to
their text (``official-unhung``), and S/RES/2558 so with its note opened by a made-up
date (``official-figure``: the number glued to a figure); on a landscape page
(``official-landscape``) and two pages to a sheet (``official-2up``).

``--no-print`` reads the PDFs already under ``--out``. The made files are not kept in
the repository (real texts are never copied into it).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import html
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import resdiff  # noqa: E402
from resdiff.errors import ResdiffError  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "akn"
PAIRS = {
    "car-sanctions-2020": ("S_RES_2507_2020", "S_RES_2536_2020"),
    "somalia-piracy-2021": ("S_RES_2554_2020", "S_RES_2608_2021"),
    "unisfa-2022": ("S_RES_2609_2021", "S_RES_2630_2022"),
    "syria-crossborder-2020": ("S_RES_2504_2020", "S_RES_2533_2020"),
    "minurso-2021": ("S_RES_2548_2020", "S_RES_2602_2021"),
    "unifil-2021": ("S_RES_2539_2020", "S_RES_2591_2021"),
}
NAMES = sorted({name for pair in PAIRS.values() for name in pair})
#: Each leg: the folder under ``--out`` and the file of a text in it.
LEGS = {
    "chrome-word": ("chrome", "{n}.word.pdf"),
    "chrome-columns": ("chrome", "{n}.columns.pdf"),
    "chrome-large": ("chrome", "{n}.large.pdf"),
    "lo-html-word": ("lo", "{n}.word.pdf"),
    "lo-html-columns": ("lo", "{n}.columns.pdf"),
    "lo-docx-word": ("lodocx", "{n}.word.pdf"),
    "lo-docx-large": ("lodocx", "{n}.large.pdf"),
    "lo-fodt-columns-linenumbers": ("fodt", "{n}.cols-lines.pdf"),
    "lo-fodt-linenumbers-each": ("fodt", "{n}.lines.pdf"),
    "lo-fodt-columns": ("fodt", "{n}.cols.pdf"),
    "lo-fodt-columns-linenumbers-each": ("fodt", "{n}.cols-lines-each.pdf"),
    "lo-fodt-word-widows": ("fodt", "{n}.widows.pdf"),
    "lo-fodt-word-toc": ("fodt", "{n}.toc.pdf"),
}
#: Legs made and checked on request only (``--official``).
_OTHER_LEGS = {
    "official": ("official", "{n}.pdf"),
    # The same with the notes in the fixtures' "Note" style, without the hanging indent:
    # LibreOffice prints the note's number against its text ("1A/74/976-...", formats23).
    "official-unhung": ("official-unhung", "{n}.pdf"),
    # S/RES/2558 as official-unhung, its note's text opened by a made-up date ("1 January
    # 2022 to 31 December 2022: see A/74/976-..."): LibreOffice prints "11 January 2022",
    # the mark glued to the note's own figure (formats24).
    "official-figure": ("official-figure", "{n}.pdf"),
    # The official layout on a landscape page, and the official print two pages to a
    # sheet twice as wide (PDFium's n-up, as a print dialog's "2 pages per sheet";
    # formats24).
    "official-landscape": ("official-landscape", "{n}.pdf"),
    "official-2up": ("official-2up", "{n}.pdf"),
}
#: The US letter page of :func:`official` turned to landscape.
_LANDSCAPE = 'fo:page-width="27.94cm" fo:page-height="21.59cm"'

#: The made-up opening of :data:`_OTHER_LEGS`' "official-figure" note.
FIGURE_NOTE = "1 January 2022 to 31 December 2022: see "

CSS = {
    "word": """@page { size: A4; margin: 2.5cm 2.2cm 2.5cm 2.2cm; }
body { font-family: 'DejaVu Serif'; font-size: 10.5pt; text-align: justify;
  font-feature-settings: 'liga' 1, 'dlig' 1; }
.mast td { font-size: 10pt; } .mast .r { text-align: right; }
h1 { font-size: 13pt; text-align: left; } h2 { font-size: 11pt; font-variant: small-caps; }
p.pp { text-indent: 1.2cm; margin: 0 0 6pt 0; }
ol.op { margin: 0; padding-left: 1.2cm; } ol.op > li { margin: 0 0 6pt 0; padding-left: 0.3cm; }
p.hang { margin: 0 0 4pt 1cm; padding-left: 1cm; text-indent: -1cm; white-space: pre-wrap; }
.sc { font-variant: small-caps; }
.notes { font-size: 8.5pt; border-top: 0.5pt solid #000; margin-top: 12pt; }
""",
    "columns": """@page { size: Letter; margin: 2cm 1.6cm; }
body { font-family: 'DejaVu Sans'; font-size: 9pt; text-align: justify; }
.body { column-count: 2; column-gap: 0.8cm; }
.mast td { font-size: 9pt; } .mast .r { text-align: right; }
h1 { font-size: 12pt; font-variant: small-caps; } h2 { font-size: 9pt; font-variant: small-caps; }
p.pp { text-indent: 0.8cm; margin: 0 0 4pt 0; }
ol.op { margin: 0; padding-left: 0.8cm; } ol.op > li { margin: 0 0 4pt 0; }
ol.sub { list-style-type: lower-alpha; padding-left: 0.7cm; }
.sc { font-variant: small-caps; } .notes { font-size: 7.5pt; }
""",
    "large": """@page { size: A4; margin: 3.5cm 4cm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 13pt;
  line-height: 1.5; text-align: left; }
.mast td { font-size: 11pt; } .mast .r { text-align: right; }
h1 { font-size: 15pt; } h2 { font-size: 13pt; text-decoration: underline; }
p.pp { margin: 0 0 10pt 0; }
ol.op { margin: 0; padding-left: 1.5cm; } ol.op > li { margin: 0 0 10pt 0; }
p.hang { margin: 0 0 8pt 1.2cm; padding-left: 1.2cm; text-indent: -1.2cm; }
.sc { font-variant: small-caps; } .notes { font-size: 10pt; }
""",
}


def plain(doc: Any) -> str:
    """The document as plain text: one paragraph a line, blank lines between."""
    lines = [f"{left}    {right}".strip() for left, right in doc.masthead]
    lines.append("")
    lines += doc.title
    lines.append("")
    for block in doc.blocks:
        if block.kind in ("op", "sub", "text") and block.label:
            lines.append("    " * block.depth + f"{block.label} {block.text}")
        else:
            lines.append(block.text)
        lines.append("")
    return "\n".join(lines).replace("\u00ad", "")


def _shy(text: str, rng: random.Random) -> str:
    """Soft hyphens inside long words, as a hyphenating typesetter breaks them."""

    def cut(found: re.Match[str]) -> str:
        word = found.group(0)
        if rng.random() < 0.7:
            return word[: len(word) // 2] + "\u00ad" + word[len(word) // 2 :]
        return word

    return re.sub(r"[A-Za-z]{9,}", cut, text)


def _lead(text: str, style: str, rng: random.Random) -> str:
    """A paragraph with its lead word in italics (``i``) or small caps (``sc``)."""
    first, _, rest = text.partition(" ")
    body = html.escape(_shy(rest, rng))
    if style == "sc":
        return f'<span class="sc">{html.escape(first)}</span> {body}'
    return f"<i>{html.escape(first)}</i> {body}"


def page(doc: Any, layout: str, rng: random.Random) -> str:
    """The document as a web page in ``layout`` (a key of :data:`CSS`): operative
    paragraphs an HTML list (the browser's numbers), sub-paragraphs typed "(a)" with a
    hanging indent (a browser list in two columns), the masthead a table."""
    style = "sc" if layout == "large" else "i"
    out = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<style>{CSS[layout]}</style></head><body>",
        '<table class="mast" width="100%">',
    ]
    for left, right in doc.masthead:
        out.append(f'<tr><td>{html.escape(left)}</td><td class="r">{html.escape(right)}</td></tr>')
    out.append("</table>")
    out += [f"<h1>{html.escape(line)}</h1>" for line in doc.title]
    out.append('<div class="body">')
    state = {"op": False, "sub": False}

    def close_sub() -> None:
        if state["sub"]:
            out.append("</ol>")
            state["sub"] = False

    def close_op() -> None:
        close_sub()
        if state["op"]:
            out.append("</li></ol>")
            state["op"] = False

    expect = 0
    for block in doc.blocks:
        label = block.label or ""
        if block.kind == "op" and re.fullmatch(r"\d+\.", label):
            number = int(label[:-1])
            close_sub()
            if state["op"]:
                out.append("</li>")
            else:
                out.append(f'<ol class="op" start="{number}">')
                state["op"] = True
            out.append(f'<li value="{number}">' if expect and number != expect + 1 else "<li>")
            expect = number
            out.append(_lead(block.text, style, rng))
        elif (
            block.kind == "sub"
            and state["op"]
            and block.depth == 1
            and re.fullmatch(r"\([a-z]{1,2}\)", label)
        ):
            text = html.escape(_shy(block.text, rng))
            if layout == "columns":
                if not state["sub"]:
                    out.append('<ol class="sub" type="a">')
                    state["sub"] = True
                out.append(f"<li>{text}</li>")
            else:
                out.append(f'<p class="hang">{html.escape(label)}\t{text}</p>')
        else:
            close_op()
            if block.kind == "heading":
                out.append(f"<h2>{html.escape(block.text)}</h2>")
            elif block.kind == "pp":
                out.append(f'<p class="pp">{_lead(block.text, style, rng)}</p>')
            else:
                lab = html.escape(label + " ") if label else ""
                text = html.escape(_shy(block.text, rng))
                out.append(f'<p class="pp" style="margin-left:{block.depth}cm">{lab}{text}</p>')
    close_op()
    out.append("</div>")
    if doc.notes:
        out.append('<div class="notes">')
        out += [f"<p><sup>{html.escape(m)}</sup> {html.escape(t)}</p>" for m, t in doc.notes]
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def _soffice(args: list[str], out: Path) -> None:
    """LibreOffice headless in a throw-away profile, writing into ``out``."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="resdiff-layouts-") as profile:
        subprocess.run(
            [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", *args,
             "--outdir", str(out)],
            check=True, capture_output=True, timeout=1200,
        )  # fmt: skip


def make(out: Path) -> None:
    """Write the plain texts and pages and print every leg under ``out``."""
    from pdf_fixtures import convert, document_from_akn, fodt

    for folder in ("txt", "html", "chrome", "lo", "lodocx", "fodt"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    docs = {name: document_from_akn(CORPUS / f"{name}.xml") for name in NAMES}
    for name, doc in docs.items():
        (out / "txt" / f"{name}.txt").write_text(plain(doc), encoding="utf-8")
        for layout in CSS:
            text = page(doc, layout, random.Random(name + layout))
            (out / "html" / f"{name}.{layout}.html").write_text(text, encoding="utf-8")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="resdiff-layouts-chromium-") as profile:
        for source in sorted((out / "html").glob("*.html")):
            target = out / "chrome" / f"{source.stem}.pdf"
            subprocess.run(
                [chromium, f"--user-data-dir={profile}", "--headless", "--no-sandbox",
                 "--disable-gpu", f"--print-to-pdf={target}", source.as_uri()],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
    pages = [str(p) for p in sorted((out / "html").glob("*.html")) if ".large." not in p.name]
    _soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf", *pages], out / "lo")
    pages = [str(p) for p in sorted((out / "html").glob("*.html")) if ".columns." not in p.name]
    _soffice(
        ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", *pages],
        out / "lodocx",
    )
    _soffice(
        ["--convert-to", "pdf", *map(str, sorted((out / "lodocx").glob("*.docx")))],
        out / "lodocx",
    )
    sources = {}
    for name, doc in docs.items():
        replace = dataclasses.replace
        sources[f"{name}.cols-lines"] = fodt(
            replace(doc, columns=2, line_numbers=5, restart_numbers=False, hyphenate=0.6)
        )
        sources[f"{name}.lines"] = fodt(
            replace(doc, line_numbers=1, restart_numbers=False, hyphenate=0.3,
                    break_before_last=True)
        )  # fmt: skip
        sources[f"{name}.cols"] = fodt(replace(doc, columns=2, hyphenate=0.6))
        for kind, text in word_like(doc).items():
            sources[f"{name}.{kind}"] = text
        sources[f"{name}.cols-lines-each"] = fodt(
            replace(doc, columns=2, line_numbers=1, restart_numbers=True, hyphenate=0.3)
        )
    for name, pdf in convert(sources).items():
        (out / "fodt" / f"{name}.pdf").write_bytes(pdf)


#: A paragraph style's widow and orphan control, as Word sets it by default.
_WIDOWS = 'fo:text-align="justify" fo:line-height="120%"'
_TOC_STYLE = (
    '<style:style style:name="TOC" style:family="paragraph"><style:paragraph-properties>'
    '<style:tab-stops><style:tab-stop style:position="16cm" style:type="right" '
    'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
    "</style:paragraph-properties></style:style>"
)


def word_like(document: Any) -> dict[str, str]:
    """The document as LibreOffice texts with Word's traits: ``widows`` (justified, widow
    and orphan control) and ``toc`` (the same with a table of contents under the title)."""
    from pdf_fixtures import fodt

    text = fodt(dataclasses.replace(document, hyphenate=0.0))
    assert _WIDOWS in text, "the Body style of tests/pdf_fixtures.fodt changed"
    widows = text.replace(_WIDOWS, _WIDOWS + ' fo:widows="2" fo:orphans="2"')
    heads = [b.text for b in document.blocks if b.kind == "heading"]
    entries = "".join(
        f'<text:p text:style-name="TOC">{html.escape(head)}<text:tab/>{k}</text:p>'
        for k, head in enumerate(heads or ["Preamble", "Operative part"], start=1)
    )
    toc = (
        '<text:table-of-content text:name="TOC1"><text:table-of-content-source '
        'text:outline-level="1"/><text:index-body><text:index-title text:name="T">'
        '<text:p text:style-name="Heading">Contents</text:p></text:index-title>'
        f"{entries}</text:index-body></text:table-of-content>"
    )
    with_toc = widows.replace("</office:styles>", _TOC_STYLE + "</office:styles>")
    at = with_toc.find('<text:p text:style-name="Formula"')
    if at < 0:
        at = with_toc.find('<text:p text:style-name="PP"')
    return {"widows": widows, "toc": with_toc[:at] + toc + with_toc[at:]}


_WORD = re.compile(r"\w+")


def _words(draft: Any) -> collections.Counter[str]:
    return collections.Counter(
        w.lower() for c in draft.walk() for w in _WORD.findall(c.text.replace("\u2011", "-"))
    )


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2011", "-").split())


def _verdicts(comparison: Any) -> dict[tuple[tuple[str, ...], tuple[str, ...]], Any]:
    out = {}
    for top in comparison.changes:
        for change in top.walk():
            shifts = tuple(sorted((s.feature, s.direction) for s in change.shifts))
            out[tuple(change.old), tuple(change.new)] = (change.kind, shifts)
    return out


def agreement(expected: Any, got: Any) -> tuple[int, int, bool, int, int]:
    """How far comparison ``got`` reads as ``expected`` does: verdicts alike and of, the
    same direction, first key changes alike and of (one tally for every harness)."""
    a, b = _verdicts(expected), _verdicts(got)
    ka = [str(k.model_dump()) for k in expected.summary.key_changes]
    kb = [str(k.model_dump()) for k in got.summary.key_changes]
    return (
        sum(1 for k, v in a.items() if b.get(k) == v),
        len(a),
        expected.summary.direction == got.summary.direction,
        sum(1 for k in ka if k in kb),
        len(ka),
    )


def check(
    out: Path, legs: list[str], detail: list[str], names: list[str] = NAMES
) -> dict[str, dict[str, Any]]:
    """Each leg's figures against the plain texts of ``names`` (see the module's
    docstring)."""
    ref = {name: resdiff.parse(out / "txt" / f"{name}.txt") for name in names}
    summary: dict[str, dict[str, Any]] = {}
    for leg in legs:
        folder, pattern = LEGS.get(leg) or _OTHER_LEGS[leg]
        total = good = lost = added = same = errors = 0
        drafts = {}
        for name, plain_draft in ref.items():
            path = out / folder / pattern.format(n=name)
            if not path.exists():
                continue
            try:
                draft = resdiff.parse(path)
            except ResdiffError as exc:
                errors += 1
                detail.append(f"{leg} {name}: ERROR {exc}")
                continue
            drafts[name] = draft
            a = {c.ref: c.text for c in plain_draft.walk()}
            b = {c.ref: c.text for c in draft.walk()}
            right = sum(1 for k, t in a.items() if k in b and _norm(b[k]) == _norm(t))
            wa, wb = _words(plain_draft), _words(draft)
            gone, more = sum((wa - wb).values()), sum((wb - wa).values())
            total, good, lost, added = total + len(a), good + right, lost + gone, added + more
            same += right == len(a) == len(b)
            if right != len(a) or len(a) != len(b) or gone or more:
                detail.append(
                    f"{leg} {name}: {right}/{len(a)} provisions (pdf has {len(b)}), lost "
                    f"{gone} {dict((wa - wb).most_common(6))} added {more} "
                    f"{dict((wb - wa).most_common(6))}"
                )
                for k, t in a.items():
                    if k not in b:
                        detail.append(f"    missing {k}: {t[:90]}")
                    elif _norm(b[k]) != _norm(t):
                        x, y = _norm(t).split(), _norm(b[k]).split()
                        i = 0
                        while i < min(len(x), len(y)) and x[i] == y[i]:
                            i += 1
                        detail.append(
                            f"    {k}: txt …{' '.join(x[max(0, i - 4) : i + 6])}… | pdf "
                            f"…{' '.join(y[max(0, i - 4) : i + 6])}…"
                        )
                detail += [f"    extra {k}: {b[k][:90]}" for k in b if k not in a]
        verdicts = right_verdicts = directions = right_directions = keys = right_keys = 0
        for pair, (old, new) in PAIRS.items():
            if old not in drafts or new not in drafts:
                continue
            c1 = resdiff.compare(ref[old], ref[new])
            c2 = resdiff.compare(drafts[old], drafts[new])
            a, b = _verdicts(c1), _verdicts(c2)
            agree = sum(1 for k, v in a.items() if b.get(k) == v)
            verdicts, right_verdicts = verdicts + len(a), right_verdicts + agree
            directions += 1
            right_directions += c1.summary.direction == c2.summary.direction
            ka = [str(k.model_dump()) for k in c1.summary.key_changes]
            kb = [str(k.model_dump()) for k in c2.summary.key_changes]
            keys, right_keys = keys + len(ka), right_keys + sum(1 for k in ka if k in kb)
            if agree != len(a) or c1.summary.direction != c2.summary.direction:
                detail.append(
                    f"{leg} pair {pair}: {agree}/{len(a)} verdicts, direction "
                    f"{c1.summary.direction} vs {c2.summary.direction}"
                )
                detail += [
                    f"    {k}: txt {v} pdf {b.get(k)}" for k, v in a.items() if b.get(k) != v
                ]
        summary[leg] = {
            "texts": len(drafts),
            "errors": errors,
            "provisions": f"{good}/{total}",
            "identical": same,
            "lost": lost,
            "added": added,
            "verdicts": f"{right_verdicts}/{verdicts}",
            "directions": f"{right_directions}/{directions}",
            "key": f"{right_keys}/{keys}",
        }
    return summary


def make_tracked(out: Path) -> None:
    """The thirty-first session's two layouts: each pair as a Word file with the change
    from its first text to its second as tracked changes (``draft_to_docx``, the plain
    texts' parses), printed by LibreOffice with its markup shown (deletions struck,
    insertions underlined), under ``out/tracked``; and each text's Chromium print as
    images only, no text layer (``scanned_pdf``: what a scanner gives before OCR), under
    ``out/scan``."""
    from pdf_fixtures import scanned_pdf

    from resdiff.testing.wordfile.draft import draft_to_docx

    folder, scans = out / "tracked", out / "scan"
    folder.mkdir(parents=True, exist_ok=True)
    scans.mkdir(parents=True, exist_ok=True)
    for pair, (old, new) in PAIRS.items():
        a, b = (resdiff.parse(out / "txt" / f"{n}.txt") for n in (old, new))
        (folder / f"{pair}.docx").write_bytes(draft_to_docx(b, tracked=a))
    _soffice(["--convert-to", "pdf", *map(str, sorted(folder.glob("*.docx")))], folder)
    for name in NAMES:
        printed = (out / "chrome" / f"{name}.word.pdf").read_bytes()
        (scans / f"{name}.pdf").write_bytes(scanned_pdf(printed, scale=0.5))


def _provisions(plain_draft: Any, draft: Any) -> tuple[int, int, int, int]:
    """Provisions read right of the plain text's, their count, words lost and added."""
    a = {c.ref: _norm(c.text) for c in plain_draft.walk()}
    b = {c.ref: _norm(c.text) for c in draft.walk()}
    wa, wb = _words(plain_draft), _words(draft)
    right = sum(1 for k, t in a.items() if b.get(k) == t)
    return right, len(a), sum((wa - wb).values()), sum((wb - wa).values())


def check_tracked(out: Path, detail: list[str]) -> dict[str, dict[str, Any]]:
    """The tracked prints read both ways (the proposal against the pair's second text,
    ``version="original"`` against its first) and compared as one PDF (the original
    against the proposal, as ``resdiff compare FILE.pdf`` does) against the plain-text
    pair; the scans read, each an error expected."""
    from resdiff.read.pdf import parse_pdf

    ref = {name: resdiff.parse(out / "txt" / f"{name}.txt") for name in NAMES}
    figures = collections.Counter[str]()
    for pair, (old, new) in PAIRS.items():
        path = out / "tracked" / f"{pair}.pdf"
        if not path.exists():
            continue
        data = path.read_bytes()
        try:
            proposal = parse_pdf(data, path=str(path))
            original = parse_pdf(data, path=str(path), version="original")
        except ResdiffError as exc:
            figures["errors"] += 1
            detail.append(f"lo-docx-tracked {pair}: ERROR {exc}")
            continue
        for side, plain_draft, draft in (("new", ref[new], proposal), ("old", ref[old], original)):
            right, total, gone, more = _provisions(plain_draft, draft)
            figures["provisions"] += right
            figures["of"] += total
            figures["lost"] += gone
            figures["added"] += more
            if right != total or gone or more:
                detail.append(
                    f"lo-docx-tracked {pair} {side}: {right}/{total} provisions, lost {gone}"
                    f" added {more}"
                )
        c1 = resdiff.compare(ref[old], ref[new])
        c2 = resdiff.compare(original, proposal)
        agree, of, same, keys, keys_of = agreement(c1, c2)
        figures["verdicts"] += agree
        figures["verdicts of"] += of
        figures["directions"] += same
        figures["pairs"] += 1
        figures["key"] += keys
        figures["key of"] += keys_of
        if agree != of:
            a, b = _verdicts(c1), _verdicts(c2)
            detail.append(f"lo-docx-tracked pair {pair}: {agree}/{len(a)} verdicts")
            detail += [f"    {k}: txt {v} pdf {b.get(k)}" for k, v in a.items() if b.get(k) != v]
    scans = collections.Counter[str]()
    for name in NAMES:
        path = out / "scan" / f"{name}.pdf"
        if not path.exists():
            continue
        try:
            resdiff.parse(path)
            scans["read"] += 1
        except ResdiffError as exc:
            scans["refused"] += 1
            scans[str(exc).replace(str(path), "FILE")] += 1
    return {"lo-docx-tracked": dict(figures), "scan": dict(scans)}


#: The thirty-second session's layout: a resolution as the UN publishes it. The twelve
#: texts of :data:`PAIRS` and one with a footnote (the only one of the AKN corpus).
OFFICIAL_NAMES = [*NAMES, "S_RES_2558_2020"]
#: The UN's page: US letter (the Secretariat's New York prints), the fixtures' margins.
_A4 = 'fo:page-width="21cm" fo:page-height="29.7cm"'
_LETTER = 'fo:page-width="21.59cm" fo:page-height="27.94cm"'
#: Where a footnote's call mark stands in a paragraph, until the page is written.
_CALL = "\ue000{}\ue001"


def official(document: Any, *, hanging: bool = True) -> str:
    """``document`` (:func:`pdf_fixtures.document_from_akn`) as the UN publishes a
    resolution: US letter; the symbol block at the top right, the symbol in large bold
    type ("United Nations" beside it, "Distr.: General" and the date under it);
    "Resolution NNNN (YYYY)" and "Adopted by the Security Council at its NNNNth meeting,
    on ..." as the title; footnotes as the word processor's own, at the foot of the page
    that cites them, the call mark a superscript in the text (not listed at the end);
    page 1's footer with the job number ("20-17560 (E)"), its date stamps, the barcode
    and "Please recycle", the later pages' with the page number and the short job
    number, under the symbol as running header. ``hanging=False``: the notes in the
    fixtures' "Note" style, their numbers glued to their text."""
    from pdf_fixtures import fodt

    blocks = []
    notes = dict(document.notes)
    placed: set[str] = set()
    for block in document.blocks:
        text = block.text
        for mark in notes.keys() - placed:
            # The mark is glued to the word or the punctuation it follows ("... sustaining
            # peace,1 and"; not the "1" of "A/RES/70/1,").
            call = re.compile(rf"(?<=[A-Za-z,.;:)”’]){re.escape(mark)}(?=[\s.,;:]|$)")
            text, found = call.subn(_CALL.format(mark), text, count=1)
            if found:
                placed.add(mark)
        blocks.append(dataclasses.replace(block, text=text))
    text = fodt(dataclasses.replace(document, blocks=blocks, notes=[]))
    assert _A4 in text, "the page layout of tests/pdf_fixtures.fodt changed"
    text = text.replace(_A4, _LETTER)
    note_style = "UNNote" if hanging else "Note"
    for mark, body in notes.items():
        text = text.replace(
            html.escape(_CALL.format(mark), quote=False),
            f'<text:note text:id="ftn{mark}" text:note-class="footnote"><text:note-citation>'
            f'{mark}</text:note-citation><text:note-body><text:p text:style-name="{note_style}">'
            f"{html.escape(body, quote=False)}</text:p></text:note-body></text:note>",
        )
    symbol = html.escape(document.symbol, quote=False)
    # The symbol in large bold type; a footnote's call a raised number, the note's
    # number at a hanging indent, its text after a space (as the Secretariat's prints: a
    # note style without the indent glues "1A/74/976-..." together, see the README).
    style = (
        '<style:style style:name="Symbol" style:family="text"><style:text-properties '
        'fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="NoteNumber" style:family="text"><style:text-properties '
        'style:text-position="super 58%"/></style:style>'
        '<style:style style:name="UNNote" style:family="paragraph" '
        'style:parent-style-name="Note"><style:paragraph-properties fo:margin-left="1.27cm" '
        'fo:text-indent="-0.4cm"/></style:style>'
        '<text:notes-configuration text:note-class="footnote" '
        'text:citation-style-name="NoteNumber" text:citation-body-style-name="NoteNumber" '
        'style:num-format="1" text:start-value="0" text:footnotes-position="page" '
        'text:start-numbering-at="document"/>'
    )
    text = text.replace("</office:styles>", style + "</office:styles>", 1)
    first = f"<text:tab/>{symbol}</text:p>"
    assert first in text
    return text.replace(
        first, f'<text:tab/><text:span text:style-name="Symbol">{symbol}</text:span></text:p>', 1
    )


def make_official(out: Path) -> None:
    """The official layout (:func:`official`) of :data:`OFFICIAL_NAMES` under
    ``out/official``, and with notes without a hanging indent under
    ``out/official-unhung``, with the plain text of the one text not in :data:`NAMES`."""
    from pdf_fixtures import convert, document_from_akn

    for hanging, leg in ((True, "official"), (False, "official-unhung")):
        folder = out / leg
        folder.mkdir(parents=True, exist_ok=True)
        sources = {}
        for name in OFFICIAL_NAMES:
            doc = document_from_akn(CORPUS / f"{name}.xml")
            if name not in NAMES:
                (out / "txt" / f"{name}.txt").write_text(plain(doc), encoding="utf-8")
            sources[name] = official(doc, hanging=hanging)
        for name, pdf in convert(sources).items():
            (folder / f"{name}.pdf").write_bytes(pdf)
    folder = out / "official-figure"
    folder.mkdir(parents=True, exist_ok=True)
    doc = document_from_akn(CORPUS / "S_RES_2558_2020.xml")
    doc = dataclasses.replace(doc, notes=[(mark, FIGURE_NOTE + text) for mark, text in doc.notes])
    for name, pdf in convert({"S_RES_2558_2020": official(doc, hanging=False)}).items():
        (folder / f"{name}.pdf").write_bytes(pdf)
    folder = out / "official-landscape"
    folder.mkdir(parents=True, exist_ok=True)
    sources = {
        name: official(document_from_akn(CORPUS / f"{name}.xml")).replace(_LETTER, _LANDSCAPE)
        for name in OFFICIAL_NAMES
    }
    for name, pdf in convert(sources).items():
        (folder / f"{name}.pdf").write_bytes(pdf)
    folder = out / "official-2up"
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((out / "official").glob("*.pdf")):
        (folder / path.name).write_bytes(two_up(path.read_bytes()))


def two_up(pdf: bytes) -> bytes:
    """``pdf`` two pages to a sheet twice as wide, side by side (PDFium's n-up)."""
    import ctypes
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    width, height = source[0].get_size()
    sheets = pdfium.PdfDocument(
        pdfium.raw.FPDF_ImportNPagesToOne(
            source.raw, ctypes.c_float(2 * width), ctypes.c_float(height), 2, 1
        )
    )
    out = io.BytesIO()
    sheets.save(out)
    return out.getvalue()


def main() -> None:
    """Make (unless ``--no-print``) and check the legs; print a line a leg."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--legs", nargs="*", choices=sorted(LEGS), default=list(LEGS))
    parser.add_argument("--no-print", action="store_true")
    parser.add_argument("--detail", type=Path)
    parser.add_argument(
        "--tracked",
        action="store_true",
        help="also the tracked-changes print and the scans (thirty-first session)",
    )
    parser.add_argument(
        "--official",
        action="store_true",
        help="also the resolutions as the UN publishes them (thirty-second session)",
    )
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"the real-text corpus is not at {CORPUS}")
    if not args.no_print:
        make(args.out)
    detail: list[str] = []
    if args.tracked and not args.no_print:
        make_tracked(args.out)
    if args.official and not args.no_print:
        make_official(args.out)
    for leg, figures in check(args.out, args.legs, detail).items():
        print(leg, figures)
    if args.tracked:
        for leg, figures in check_tracked(args.out, detail).items():
            print(leg, figures)
    if args.official:
        official_legs = list(_OTHER_LEGS)
        for leg, figures in check(args.out, official_legs, detail, OFFICIAL_NAMES).items():
            print(leg, figures)
    if args.detail:
        args.detail.write_text("\n".join(detail) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
